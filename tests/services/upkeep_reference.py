"""The per-account upkeep as it was before it became set-based: the oracle of the property test.

A literal copy of the rules that ran one account at a time (``refresh_account`` loading each
account's payments, plans and promises with its own queries, inside one transaction over
every account with an open plan or a pending promise). ``test_upkeep_sets`` checks that the
set-based, incremental upkeep leaves every office exactly as this one does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from collectorpro.core.money import format_money
from collectorpro.models import (
    Account,
    LedgerEntry,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
    utcnow,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    Arrangement,
    LedgerKind,
    PlanStatus,
    PromiseStatus,
)
from collectorpro.services.accounts.book import add_ledger_entry, load_account
from collectorpro.services.accounts.history import refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit
from collectorpro.services.office.settings import PlanPolicy, plan_policy
from collectorpro.services.plans.allocation import (
    InstallmentState,
    PromiseTerms,
    StandingPayment,
    evaluate_plan,
    evaluate_promises,
)
from collectorpro.services.plans.refresh import UpkeepReport, active_plan, end_plan, plan_note
from collectorpro.services.plans.standing import installments_of, schedule_lines, standing_payments


def refresh_account(
    session: Session,
    account: Account,
    *,
    today: date,
    policy: PlanPolicy,
    user_id: int | None,
) -> UpkeepReport:
    """Bring the account's plans, promises and status in line with its payments, in place."""
    report = UpkeepReport()
    session.flush()
    payments = standing_payments(session, account.id)
    plans = session.scalars(
        select(PaymentPlan)
        .where(
            PaymentPlan.account_id == account.id,
            PaymentPlan.status.in_([PlanStatus.ACTIVE, PlanStatus.COMPLETED]),
        )
        .order_by(PaymentPlan.id)
    ).all()
    for plan in plans:
        installments = installments_of(session, plan.id)
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

    promise_report = _refresh_promises(session, account, payments, today, policy, user_id)
    report.add(promise_report)

    has_active_plan = active_plan(session, account.id) is not None
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
    elif _nothing_pending(session, account, has_active_plan):
        move_status(
            session,
            account,
            AccountStatus.ACTIVE,
            user_id=user_id,
            reason="no promise or plan is pending",
        )
    if payments:
        account.last_payment_date = max(p[1] for p in payments)
    refresh_next_action(session, account, today)
    return report


def _nothing_pending(session: Session, account: Account, has_active_plan: bool) -> bool:
    """A promise or plan status whose promise or plan is over."""
    if account.status is AccountStatus.PROMISE:
        return not _pending_promises(session, account.id)
    return account.status is AccountStatus.PLAN and not has_active_plan


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


def _pending_promises(session: Session, account_id: int) -> bool:
    return (
        session.scalar(
            select(PromiseToPay.id)
            .where(
                PromiseToPay.account_id == account_id,
                PromiseToPay.status == PromiseStatus.PENDING,
            )
            .limit(1)
        )
        is not None
    )


def _refresh_promises(
    session: Session,
    account: Account,
    payments: list[tuple[int, date, int, int | None, datetime]],
    today: date,
    policy: PlanPolicy,
    user_id: int | None,
) -> UpkeepReport:
    report = UpkeepReport()
    promises = session.scalars(
        select(PromiseToPay).where(
            PromiseToPay.account_id == account.id,
            PromiseToPay.status != PromiseStatus.CANCELLED,
        )
    ).all()
    if not promises:
        return report
    terms = [PromiseTerms(p.id, p.amount_cents, p.created_at, p.due_date) for p in promises]
    verdicts = evaluate_promises(
        terms,
        [StandingPayment(d, c, at) for _e, d, c, _p, at in payments],
        today=today,
        grace_days=policy.grace_days,
    )
    for promise in promises:
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
                account,
                f"Promise to pay {format_money(promise.amount_cents)} by "
                f"{promise.due_date.isoformat()} was broken.",
                user_id,
            )
    return report


def bring_up_to_date(
    db: Database, *, today: date, user_id: int | None = None, account_ids: Iterable[int] = ()
) -> UpkeepReport:
    """Mark missed installments, broken plans and kept or broken promises as of ``today``.

    Looks at every account with an active plan or a pending promise (or only ``account_ids``).
    """
    report = UpkeepReport()
    with db.write() as session:
        policy = plan_policy(session)
        ids = list(account_ids)
        if not ids:
            ids = list(
                session.scalars(
                    select(Account.id).where(
                        or_(
                            Account.id.in_(
                                select(PaymentPlan.account_id).where(
                                    PaymentPlan.status == PlanStatus.ACTIVE
                                )
                            ),
                            Account.id.in_(
                                select(PromiseToPay.account_id).where(
                                    PromiseToPay.status == PromiseStatus.PENDING
                                )
                            ),
                        )
                    )
                )
            )
        for account_id in ids:
            account = load_account(session, account_id)
            report.add(
                refresh_account(session, account, today=today, policy=policy, user_id=user_id)
            )
        if any(vars(report).values()):
            audit.record(
                session,
                user_id=user_id,
                action="plans_brought_up_to_date",
                entity="office",
                entity_id=None,
                summary=f"As of {today.isoformat()}: {report.describe(translated=False)}",
            )
    return report
