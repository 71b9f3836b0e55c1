"""Bringing accounts' plans, promises and status in line with their payments, in place.

The rules, applied to many accounts at once: which installments are paid, due or missed,
which plans are completed, broken or reopened, which promises were kept or broken, and the
status, notes and next action that follow. Everything is recomputed from the payments that
stand (``allocation``), so a reversal reopens what it had paid. The facts of all the accounts
are read together (``facts.load_facts``, a fixed number of statements) and only what changed
is written, so a chunk of hundreds of accounts costs what one account used to.

Used by the upkeep (``upkeep.bring_up_to_date``) and, for one account, by posting and
reversing a payment and by making a plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.money import format_money
from collectorpro.models import (
    Account,
    LedgerEntry,
    PaymentPlan,
    PlanInstallment,
    utcnow,
)
from collectorpro.models.enums import (
    AccountStatus,
    Arrangement,
    InstallmentStatus,
    LedgerKind,
    PlanStatus,
    PromiseStatus,
)
from collectorpro.services.accounts.book import add_ledger_entry
from collectorpro.services.accounts.history import add_note
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office.settings import PlanPolicy
from collectorpro.services.plans.allocation import (
    InstallmentState,
    PromiseTerms,
    StandingPayment,
    evaluate_plan,
    evaluate_promises,
)
from collectorpro.services.plans.facts import AccountFacts, load_facts
from collectorpro.services.plans.standing import schedule_lines

__all__ = [
    "UpkeepReport",
    "accounts_to_refresh",
    "active_plan",
    "end_plan",
    "plan_note",
    "refresh_account",
    "refresh_accounts",
]


def active_plan(session: Session, account_id: int) -> PaymentPlan | None:
    return session.scalar(
        select(PaymentPlan).where(
            PaymentPlan.account_id == account_id, PaymentPlan.status == PlanStatus.ACTIVE
        )
    )


_UPKEEP_TEXTS = (
    (
        "plans_completed",
        QT_TRANSLATE_NOOP("Arrangements", "{count} plan completed"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} plans completed"),
    ),
    (
        "plans_broken",
        QT_TRANSLATE_NOOP("Arrangements", "{count} plan broken"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} plans broken"),
    ),
    (
        "plans_reopened",
        QT_TRANSLATE_NOOP("Arrangements", "{count} plan reopened"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} plans reopened"),
    ),
    (
        "promises_kept",
        QT_TRANSLATE_NOOP("Arrangements", "{count} promise kept"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} promises kept"),
    ),
    (
        "promises_broken",
        QT_TRANSLATE_NOOP("Arrangements", "{count} promise broken"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} promises broken"),
    ),
    (
        "accounts_paid",
        QT_TRANSLATE_NOOP("Arrangements", "{count} account paid in full"),
        QT_TRANSLATE_NOOP("Arrangements", "{count} accounts paid in full"),
    ),
)
_NOTHING_CHANGED = QT_TRANSLATE_NOOP("Arrangements", "Nothing changed.")


@dataclass
class UpkeepReport:
    plans_completed: int = 0
    plans_broken: int = 0
    plans_reopened: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    accounts_paid: int = 0

    def add(self, other: UpkeepReport) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def describe(self, *, translated: bool = True) -> str:
        """What changed, in the window's language (``translated=False``: English, for the
        audit trail)."""

        def shown(text: str) -> str:
            return translate("Arrangements", text) if translated else text

        parts = []
        for name, one, many in _UPKEEP_TEXTS:
            count = getattr(self, name)
            if count:
                parts.append(shown(one if count == 1 else many).format(count=count))
        return "; ".join(parts) if parts else shown(_NOTHING_CHANGED)


def plan_note(session: Session, account: Account, text: str, user_id: int | None) -> None:
    add_note(session, account.id, text, user_id)


def end_plan(session: Session, plan: PaymentPlan, status: PlanStatus, reason: str) -> None:
    plan.status = status
    plan.ended_at = utcnow()
    plan.end_reason = reason


def refresh_account(
    session: Session,
    account: Account,
    *,
    today: date,
    policy: PlanPolicy,
    user_id: int | None,
) -> UpkeepReport:
    """Bring one account's plans, promises and status in line with its payments, in place."""
    return refresh_accounts(session, [account.id], today=today, policy=policy, user_id=user_id)


def refresh_accounts(
    session: Session,
    account_ids: Sequence[int],
    *,
    today: date,
    policy: PlanPolicy,
    user_id: int | None,
) -> UpkeepReport:
    """Bring each account's plans, promises and status in line with its payments, in place."""
    report = UpkeepReport()
    for facts in load_facts(session, account_ids).values():
        report.add(_refresh(session, facts, today=today, policy=policy, user_id=user_id))
    return report


def accounts_to_refresh(
    session: Session, account_ids: Sequence[int], *, today: date, policy: PlanPolicy
) -> list[int]:
    """Those of ``account_ids`` that ``refresh_accounts`` would change, found in a read: the
    upkeep takes the write lock only for them."""
    return [
        account_id
        for account_id, facts in load_facts(session, account_ids).items()
        if _would_change(facts, today=today, policy=policy)
    ]


def _would_change(facts: AccountFacts, *, today: date, policy: PlanPolicy) -> bool:
    """Whether ``_refresh`` would change anything on this account (it changes nothing here)."""
    account, payments = facts.account, facts.payments
    for plan in facts.plans:
        installments = facts.installments[plan.id]
        paid = sum(c for _e, _d, c, pid, _at in payments if pid == plan.id)
        state = evaluate_plan(
            schedule_lines(installments), paid, today=today, grace_days=policy.grace_days
        )
        if any(
            row.paid_cents != new.paid_cents or row.status is not new.status
            for row, new in zip(installments, state.installments, strict=True)
        ):
            return True
        if plan.status is PlanStatus.ACTIVE and (
            state.completed or state.broken(policy.misses_to_break)
        ):
            return True
        if plan.status is PlanStatus.COMPLETED and not state.completed:
            return True
    if facts.promises:
        verdicts = evaluate_promises(
            [PromiseTerms(p.id, p.amount_cents, p.created_at, p.due_date) for p in facts.promises],
            [StandingPayment(d, c, at) for _e, d, c, _p, at in payments],
            today=today,
            grace_days=policy.grace_days,
        )
        if any(verdicts[p.id] is not p.status for p in facts.promises):
            return True
    has_active_plan = any(p.status is PlanStatus.ACTIVE for p in facts.plans)
    if (
        (account.balance_cents <= 0 and payments and account.status not in _FINISHED)
        or (
            account.balance_cents > 0
            and account.status in (AccountStatus.PAID, AccountStatus.SETTLED)
        )
        or _nothing_pending(facts, has_active_plan)
    ):
        return True
    if payments and account.last_payment_date != max(p[1] for p in payments):
        return True
    return (account.next_action_date, account.next_action) != _next_action(facts)


def _refresh(
    session: Session, facts: AccountFacts, *, today: date, policy: PlanPolicy, user_id: int | None
) -> UpkeepReport:
    report = UpkeepReport()
    account, payments = facts.account, facts.payments
    for plan in facts.plans:
        installments = facts.installments[plan.id]
        paid = sum(c for _e, _d, c, pid, _at in payments if pid == plan.id)
        state = evaluate_plan(
            schedule_lines(installments), paid, today=today, grace_days=policy.grace_days
        )
        _store_installments(installments, state.installments)
        if plan.status is PlanStatus.ACTIVE and state.completed:
            _complete(session, account, plan, user_id, today)
            report.plans_completed += 1
        elif plan.status is PlanStatus.ACTIVE and state.broken(policy.misses_to_break):
            end_plan(session, plan, PlanStatus.BROKEN, f"{state.missed} payments missed")
            if account.status is AccountStatus.PLAN:
                move_status(
                    session,
                    account,
                    AccountStatus.ACTIVE,
                    user_id=user_id,
                    reason=f"payment plan broken: {state.missed} payments missed",
                )
            plan_note(
                session,
                account,
                f"Payment plan broken: {state.missed} payments missed "
                f"({format_money(state.total_cents - state.paid_cents)} of the plan unpaid).",
                user_id,
            )
            report.plans_broken += 1
        elif plan.status is PlanStatus.COMPLETED and not state.completed:
            _reopen(session, account, plan, user_id, today)
            report.plans_reopened += 1

    report.add(_refresh_promises(session, facts, today, policy, user_id))

    has_active_plan = any(p.status is PlanStatus.ACTIVE for p in facts.plans)
    if account.balance_cents <= 0 and payments and account.status not in _FINISHED:
        move_status(
            session, account, AccountStatus.PAID, user_id=user_id, reason="balance paid in full"
        )
        report.accounts_paid += 1
        plan_note(session, account, "Balance paid in full.", user_id)
    elif account.balance_cents > 0 and account.status in (
        AccountStatus.PAID,
        AccountStatus.SETTLED,
    ):
        move_status(
            session,
            account,
            AccountStatus.PLAN if has_active_plan else AccountStatus.ACTIVE,
            user_id=user_id,
            reason="a balance is owed again",
        )
    elif _nothing_pending(facts, has_active_plan):
        move_status(
            session,
            account,
            AccountStatus.ACTIVE,
            user_id=user_id,
            reason="no promise or plan is pending",
        )
    if payments:
        account.last_payment_date = max(p[1] for p in payments)
    _set_next_action(facts)
    return report


def _pending(facts: AccountFacts) -> list[date]:
    return [p.due_date for p in facts.promises if p.status is PromiseStatus.PENDING]


def _nothing_pending(facts: AccountFacts, has_active_plan: bool) -> bool:
    """A promise or plan status whose promise or plan is over."""
    if facts.account.status is AccountStatus.PROMISE:
        return not _pending(facts)
    return facts.account.status is AccountStatus.PLAN and not has_active_plan


def _set_next_action(facts: AccountFacts) -> None:
    account = facts.account
    next_date, next_action = _next_action(facts)
    if account.next_action_date != next_date:
        account.next_action_date = next_date
    if account.next_action != next_action:
        account.next_action = next_action


def _next_action(facts: AccountFacts) -> tuple[date | None, str]:
    """Next action = the earliest pending promise or unpaid installment, or the latest follow-up
    (as ``accounts.history.refresh_next_action`` finds it for one account)."""
    promise_due = min(_pending(facts), default=None)
    installment_due = min(
        (
            row.due_date
            for plan in facts.plans
            if plan.status is PlanStatus.ACTIVE
            for row in facts.installments[plan.id]
            if row.status is not InstallmentStatus.PAID
        ),
        default=None,
    )
    # stored on the account in English; the list translates them where it shows them
    candidates = (
        (promise_due, QT_TRANSLATE_NOOP("Interactions", "Promise due")),
        (installment_due, QT_TRANSLATE_NOOP("Interactions", "Installment due")),
        (facts.follow_up, QT_TRANSLATE_NOOP("Interactions", "Follow up")),
    )
    dated = [(d, label) for d, label in candidates if d is not None]
    return min(dated) if dated else (None, "")


_FINISHED = {
    AccountStatus.PAID,
    AccountStatus.SETTLED,
    AccountStatus.CLOSED,
    AccountStatus.WRITTEN_OFF,
}


def _store_installments(rows: list[PlanInstallment], states: tuple[InstallmentState, ...]) -> None:
    for row, state in zip(rows, states, strict=True):
        if row.paid_cents != state.paid_cents:
            row.paid_cents = state.paid_cents
        if row.status is not state.status:
            row.status = state.status


def _complete(
    session: Session, account: Account, plan: PaymentPlan, user_id: int | None, today: date
) -> None:
    end_plan(session, plan, PlanStatus.COMPLETED, "All payments made")
    if plan.arrangement is Arrangement.SETTLEMENT and account.balance_cents > 0:
        discount = account.balance_cents
        entry = add_ledger_entry(
            session,
            account,
            kind=LedgerKind.ADJUSTMENT,
            amount_cents=-discount,
            effective_date=today,
            user_id=user_id,
            memo=f"Settlement discount: settlement plan {plan.id} fulfilled",
        )
        plan.discount_entry_id = entry.id
        move_status(
            session, account, AccountStatus.SETTLED, user_id=user_id, reason="settlement fulfilled"
        )
        plan_note(
            session,
            account,
            f"Settlement fulfilled: {format_money(plan.arranged_total_cents)} paid; "
            f"the remaining {format_money(discount)} is forgiven.",
            user_id,
        )
    elif account.balance_cents <= 0:
        move_status(
            session,
            account,
            AccountStatus.PAID,
            user_id=user_id,
            reason="payment plan completed: balance paid in full",
        )
        plan_note(session, account, "Payment plan completed: balance paid in full.", user_id)
    else:
        move_status(
            session,
            account,
            AccountStatus.ACTIVE,
            user_id=user_id,
            reason="payment plan completed with a balance still owed",
        )
        plan_note(
            session,
            account,
            f"Payment plan completed; {format_money(account.balance_cents)} is still owed "
            "(charges added after the plan was made).",
            user_id,
        )


def _reopen(
    session: Session, account: Account, plan: PaymentPlan, user_id: int | None, today: date
) -> None:
    plan.status = PlanStatus.ACTIVE
    plan.ended_at = None
    plan.end_reason = ""
    if plan.discount_entry_id is not None:
        discount = session.get(LedgerEntry, plan.discount_entry_id)
        assert discount is not None
        add_ledger_entry(
            session,
            account,
            kind=LedgerKind.REVERSAL,
            amount_cents=-discount.amount_cents,
            effective_date=today,
            user_id=user_id,
            memo=f"Settlement discount withdrawn: settlement plan {plan.id} is open again",
            reverses_id=discount.id,
        )
        plan.discount_entry_id = None
    move_status(
        session,
        account,
        AccountStatus.PLAN,
        user_id=user_id,
        reason="payment plan reopened: a payment was reversed",
    )
    plan_note(session, account, "Payment plan reopened: a payment was reversed.", user_id)


def _refresh_promises(
    session: Session,
    facts: AccountFacts,
    today: date,
    policy: PlanPolicy,
    user_id: int | None,
) -> UpkeepReport:
    report = UpkeepReport()
    if not facts.promises:
        return report
    terms = [PromiseTerms(p.id, p.amount_cents, p.created_at, p.due_date) for p in facts.promises]
    verdicts = evaluate_promises(
        terms,
        [StandingPayment(d, c, at) for _e, d, c, _p, at in facts.payments],
        today=today,
        grace_days=policy.grace_days,
    )
    for promise in facts.promises:
        new = verdicts[promise.id]
        if new is promise.status:
            continue
        promise.status = new
        promise.resolved_at = None if new is PromiseStatus.PENDING else utcnow()
        if new is PromiseStatus.KEPT:
            report.promises_kept += 1
        elif new is PromiseStatus.BROKEN:
            report.promises_broken += 1
            plan_note(
                session,
                facts.account,
                f"Promise to pay {format_money(promise.amount_cents)} by "
                f"{promise.due_date.isoformat()} was broken.",
                user_id,
            )
    return report
