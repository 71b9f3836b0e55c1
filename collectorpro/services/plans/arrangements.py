"""Payment arrangements: making a plan, keeping its installments and the promises up to date.

The life of a plan: active → completed (every installment paid), broken (too many missed) or
cancelled (by the collector). There is no background job: ``bring_up_to_date`` runs when the
app starts, and the payment service runs ``refresh_account`` whenever money moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from collectorpro.core.errors import InvalidTransition, NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label, translate
from collectorpro.core.money import format_money
from collectorpro.models import (
    Account,
    Interaction,
    LedgerEntry,
    Payment,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
    User,
    utcnow,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    ALLOWED_TRANSITIONS,
    AccountStatus,
    Arrangement,
    Channel,
    LedgerKind,
    Outcome,
    PlanStatus,
    PromiseStatus,
    UserRole,
)
from collectorpro.services.accounts.book import add_ledger_entry, load_account
from collectorpro.services.accounts.history import add_note, refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit
from collectorpro.services.office.settings import PlanPolicy, plan_policy
from collectorpro.services.office.users import UserView
from collectorpro.services.plans.allocation import (
    InstallmentState,
    PlanState,
    PromiseTerms,
    StandingPayment,
    evaluate_plan,
    evaluate_promises,
)
from collectorpro.services.plans.schedule import (
    Frequency,
    ScheduleLine,
    build_schedule,
    plan_policy_warnings,
)

__all__ = [
    "ArrangementContext",
    "PlanTerms",
    "PlanView",
    "UpkeepReport",
    "arrangement_context",
    "bring_up_to_date",
    "cancel_plan",
    "create_plan",
    "list_plans",
    "refresh_account",
    "schedule_for",
]

MAX_NOTES = 2000


@dataclass(frozen=True)
class PlanTerms:
    """What the collector and the debtor agreed, before it becomes a schedule."""

    arrangement: Arrangement
    arranged_total_cents: int
    first_due: date
    frequency: Frequency = Frequency.MONTHLY
    installments: int | None = 1
    installment_cents: int | None = None
    down_payment_cents: int = 0
    down_payment_due: date | None = None


def schedule_for(terms: PlanTerms) -> list[ScheduleLine]:
    """The schedule of an arrangement; payment in full is one payment on its date."""
    if Arrangement(terms.arrangement) is Arrangement.PAY_IN_FULL:
        return build_schedule(
            terms.arranged_total_cents,
            frequency=Frequency.MONTHLY,
            first_due=terms.first_due,
            installments=1,
        )
    return build_schedule(
        terms.arranged_total_cents,
        frequency=terms.frequency,
        first_due=terms.first_due,
        installments=terms.installments,
        installment_cents=terms.installment_cents,
        down_payment_cents=terms.down_payment_cents,
        down_payment_due=terms.down_payment_due,
    )


@dataclass(frozen=True)
class ArrangementContext:
    """What the plan wizard needs to know about an account before it starts."""

    account_id: int
    account_number: str
    debtor_name: str
    balance_cents: int
    status: AccountStatus
    policy: PlanPolicy
    approvers: tuple[UserView, ...]
    active_plan_id: int | None
    refusal: str  # empty when an arrangement may be made

    @property
    def can_arrange(self) -> bool:
        return not self.refusal


def _refusal(account: Account, active_plan_id: int | None) -> str:
    if active_plan_id is not None:
        return translate(
            "Arrangements",
            "This account already has an active plan. Cancel it before making a new one.",
        )
    if account.balance_cents <= 0:
        return translate(
            "Arrangements", "There is no balance to arrange: the account owes nothing."
        )
    if account.status is AccountStatus.DISPUTED:
        return translate(
            "Arrangements",
            "The debt is disputed: collection is on hold until the verification is mailed, "
            "so no arrangement can be made yet.",
        )
    if AccountStatus.PLAN not in ALLOWED_TRANSITIONS[account.status]:
        return translate(
            "Arrangements",
            "An account that is {status} cannot take a payment arrangement. "
            "Change its status first.",
        ).format(status=label(account.status).lower())
    return ""


def _active_plan(session: Session, account_id: int) -> PaymentPlan | None:
    return session.scalar(
        select(PaymentPlan).where(
            PaymentPlan.account_id == account_id, PaymentPlan.status == PlanStatus.ACTIVE
        )
    )


def _debtor_name(account: Account) -> str:
    d = account.debtor
    return " ".join(p for p in (d.first_name, d.middle_name, d.last_name, d.suffix) if p)


def arrangement_context(db: Database, account_id: int) -> ArrangementContext:
    with db.read() as session:
        account = load_account(session, account_id)
        active = _active_plan(session, account_id)
        approvers = tuple(
            UserView(id=u.id, name=u.name, role=u.role)
            for u in session.scalars(
                select(User)
                .where(User.active.is_(True), User.role.in_([UserRole.MANAGER, UserRole.ADMIN]))
                .order_by(User.name)
            )
        )
        return ArrangementContext(
            account_id=account.id,
            account_number=account.account_number,
            debtor_name=_debtor_name(account),
            balance_cents=account.balance_cents,
            status=account.status,
            policy=plan_policy(session),
            approvers=approvers,
            active_plan_id=active.id if active else None,
            refusal=_refusal(account, active.id if active else None),
        )


def _check_terms(terms: PlanTerms, balance_cents: int, today: date) -> list[ScheduleLine]:
    arrangement = Arrangement(terms.arrangement)
    if arrangement is Arrangement.SETTLEMENT:
        if terms.arranged_total_cents >= balance_cents:
            raise ValidationError(
                translate(
                    "Arrangements", "A settlement is for less than the balance of {balance}."
                ).format(balance=format_money(balance_cents)),
                field="amount",
            )
    elif terms.arranged_total_cents != balance_cents:
        raise ValidationError(
            translate(
                "Arrangements", "A {arrangement} is for the whole balance of {balance}."
            ).format(arrangement=label(arrangement).lower(), balance=format_money(balance_cents)),
            field="amount",
        )
    if terms.first_due < today:
        raise ValidationError(
            translate("Arrangements", "The first payment cannot be due in the past."),
            field="first_due",
        )
    if terms.down_payment_due is not None and terms.down_payment_due < today:
        raise ValidationError(
            translate("Arrangements", "The down payment cannot be due in the past."),
            field="down_payment",
        )
    return schedule_for(terms)


def create_plan(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    terms: PlanTerms,
    today: date,
    approved_by_user_id: int | None = None,
    notes: str = "",
) -> int:
    """Save an arrangement with its installments; the account moves to "plan". Returns its id.

    Pending promises on the account are superseded by the plan and marked cancelled.
    """
    notes = notes.strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            translate("Arrangements", "Notes are limited to {limit} characters.").format(
                limit=MAX_NOTES
            ),
            field="notes",
        )
    arrangement = Arrangement(terms.arrangement)
    with db.write() as session:
        account = load_account(session, account_id)
        active = _active_plan(session, account_id)
        refusal = _refusal(account, active.id if active else None)
        if refusal:
            raise InvalidTransition(refusal)
        schedule = _check_terms(terms, account.balance_cents, today)
        policy = plan_policy(session)
        approved_at: datetime | None = None
        if policy.needs_approval(account.balance_cents, terms.arranged_total_cents):
            if approved_by_user_id is None:
                discount = account.balance_cents - terms.arranged_total_cents
                raise ValidationError(
                    translate(
                        "Arrangements",
                        "A discount of {discount} is more than the office's {percent} limit: "
                        "a manager must approve it.",
                    ).format(
                        discount=format_money(discount),
                        percent=f"{policy.approval_discount_percent}%",
                    ),
                    field="approval",
                )
            approver = session.get(User, approved_by_user_id)
            if approver is None or not approver.active or approver.role is UserRole.COLLECTOR:
                raise ValidationError(
                    translate("Arrangements", "Only a manager can approve this discount."),
                    field="approval",
                )
            approved_at = utcnow()
        elif approved_by_user_id is not None:
            approved_at = utcnow()
        plan = PaymentPlan(
            account_id=account_id,
            arrangement=arrangement,
            status=PlanStatus.ACTIVE,
            balance_cents=account.balance_cents,
            arranged_total_cents=terms.arranged_total_cents,
            frequency="" if len(schedule) == 1 else Frequency(terms.frequency).value,
            agreed_on=today,
            user_id=user_id,
            approved_by_user_id=approved_by_user_id if approved_at else None,
            approved_at=approved_at,
            notes=notes,
        )
        session.add(plan)
        session.flush()
        session.add_all(
            PlanInstallment(
                plan_id=plan.id,
                number=line.number,
                due_date=line.due,
                amount_cents=line.amount_cents,
                is_down_payment=line.is_down_payment,
            )
            for line in schedule
        )
        superseded = 0
        for promise in session.scalars(
            select(PromiseToPay).where(
                PromiseToPay.account_id == account_id,
                PromiseToPay.status == PromiseStatus.PENDING,
            )
        ):
            promise.status = PromiseStatus.CANCELLED
            promise.resolved_at = utcnow()
            superseded += 1
        old_status = account.status
        move_status(
            session, account, AccountStatus.PLAN, user_id=user_id, reason="payment plan made"
        )
        text = _plan_description(arrangement, schedule, terms.arranged_total_cents)
        warnings = plan_policy_warnings(
            schedule,
            min_installment_cents=policy.min_installment_cents,
            max_months=policy.max_months,
            translated=False,  # the account's history stays in English
        )
        details = [text]
        if approved_at is not None and plan.approved_by_user_id is not None:
            details.append(f"Discount approved by {session.get(User, approved_by_user_id).name}.")  # type: ignore[union-attr]
        if warnings:
            details.append("Outside office policy: " + " ".join(warnings))
        if superseded:
            details.append(f"{superseded} pending promise(s) replaced by the plan.")
        if notes:
            details.append(notes)
        session.add(
            Interaction(
                account_id=account_id,
                channel=Channel.NOTE,
                outcome=Outcome.NONE,
                notes=" ".join(details),
                occurred_at=utcnow(),
                user_id=user_id,
            )
        )
        refresh_account(session, account, today=today, policy=policy, user_id=user_id)
        audit.record(
            session,
            user_id=user_id,
            action="plan_created",
            entity="payment_plan",
            entity_id=plan.id,
            summary=f"{text} Account {account.account_number}; status {old_status.value} → plan.",
        )
        return plan.id


def _plan_description(
    arrangement: Arrangement, schedule: list[ScheduleLine], total_cents: int
) -> str:
    first = schedule[0]
    if len(schedule) == 1:
        return (
            f"{arrangement.label} arranged: {format_money(total_cents)} "
            f"due {first.due.isoformat()}."
        )
    down = " after a down payment" if first.is_down_payment else ""
    return (
        f"{arrangement.label} arranged: {format_money(total_cents)} in {len(schedule)} "
        f"payments{down}, first due {first.due.isoformat()}."
    )


def cancel_plan(db: Database, *, plan_id: int, user_id: int, reason: str, today: date) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            translate("Arrangements", "Say why the plan is cancelled."), field="reason"
        )
    if len(reason) > MAX_NOTES:
        raise ValidationError(translate("Arrangements", "The reason is too long."), field="reason")
    with db.write() as session:
        plan = session.get(PaymentPlan, plan_id)
        if plan is None:
            raise NotFound(
                translate("Arrangements", "There is no payment plan {plan}.").format(plan=plan_id)
            )
        if plan.status is not PlanStatus.ACTIVE:
            raise InvalidTransition(
                translate("Arrangements", "This plan is already {status}.").format(
                    status=label(plan.status).lower()
                )
            )
        account = load_account(session, plan.account_id)
        _end_plan(session, plan, PlanStatus.CANCELLED, f"Cancelled: {reason}")
        if account.status is AccountStatus.PLAN:
            move_status(
                session,
                account,
                AccountStatus.ACTIVE,
                user_id=user_id,
                reason=f"payment plan cancelled: {reason}",
            )
        _note(session, account, f"Payment plan cancelled: {reason}", user_id)
        refresh_next_action(session, account, today)
        audit.record(
            session,
            user_id=user_id,
            action="plan_cancelled",
            entity="payment_plan",
            entity_id=plan.id,
            summary=f"Plan on account {account.account_number} cancelled: {reason}",
        )


# --- keeping plans and promises up to date -------------------------------------------------


# (counter, one, many): the wording of each change in UpkeepReport.describe
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


def _note(session: Session, account: Account, text: str, user_id: int | None) -> None:
    add_note(session, account.id, text, user_id)


def _end_plan(session: Session, plan: PaymentPlan, status: PlanStatus, reason: str) -> None:
    plan.status = status
    plan.ended_at = utcnow()
    plan.end_reason = reason


def standing_payments(
    session: Session, account_id: int
) -> list[tuple[int, date, int, int | None, datetime]]:
    """(entry id, date, cents, plan id, posted at) of each payment on the account not reversed."""
    reversal = aliased(LedgerEntry)
    rows = session.execute(
        select(
            LedgerEntry.id,
            LedgerEntry.effective_date,
            LedgerEntry.amount_cents,
            Payment.plan_id,
            LedgerEntry.posted_at,
        )
        .outerjoin(Payment, Payment.ledger_entry_id == LedgerEntry.id)
        .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
        .where(
            LedgerEntry.account_id == account_id,
            LedgerEntry.kind == LedgerKind.PAYMENT,
            reversal.id.is_(None),
        )
        .order_by(LedgerEntry.effective_date, LedgerEntry.id)
    ).all()
    return [(eid, on, -cents, plan_id, at) for eid, on, cents, plan_id, at in rows]


def installments_of(session: Session, plan_id: int) -> list[PlanInstallment]:
    return list(
        session.scalars(
            select(PlanInstallment)
            .where(PlanInstallment.plan_id == plan_id)
            .order_by(PlanInstallment.number)
        )
    )


def _lines(installments: Iterable[PlanInstallment]) -> list[ScheduleLine]:
    return [
        ScheduleLine(i.due_date, i.amount_cents, number=i.number, is_down_payment=i.is_down_payment)
        for i in installments
    ]


def plan_state(
    session: Session, plan: PaymentPlan, *, today: date, grace_days: int, extra_cents: int = 0
) -> PlanState:
    """The plan's state from the payments that stand (plus ``extra_cents`` not yet saved)."""
    paid = sum(
        c for _e, _d, c, pid, _at in standing_payments(session, plan.account_id) if pid == plan.id
    )
    return evaluate_plan(
        _lines(installments_of(session, plan.id)),
        paid + extra_cents,
        today=today,
        grace_days=grace_days,
    )


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
        state = evaluate_plan(_lines(installments), paid, today=today, grace_days=policy.grace_days)
        _store_installments(installments, state.installments)
        if plan.status is PlanStatus.ACTIVE and state.completed:
            _complete(session, account, plan, user_id, today)
            report.plans_completed += 1
        elif plan.status is PlanStatus.ACTIVE and state.broken(policy.misses_to_break):
            _end_plan(session, plan, PlanStatus.BROKEN, f"{state.missed} payments missed")
            if account.status is AccountStatus.PLAN:
                move_status(
                    session,
                    account,
                    AccountStatus.ACTIVE,
                    user_id=user_id,
                    reason=f"payment plan broken: {state.missed} payments missed",
                )
            _note(
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

    has_active_plan = _active_plan(session, account.id) is not None
    if account.balance_cents <= 0 and payments and account.status not in _FINISHED:
        move_status(
            session, account, AccountStatus.PAID, user_id=user_id, reason="balance paid in full"
        )
        report.accounts_paid += 1
        _note(session, account, "Balance paid in full.", user_id)
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
    _end_plan(session, plan, PlanStatus.COMPLETED, "All payments made")
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
        _note(
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
        _note(session, account, "Payment plan completed: balance paid in full.", user_id)
    else:
        move_status(
            session,
            account,
            AccountStatus.ACTIVE,
            user_id=user_id,
            reason="payment plan completed with a balance still owed",
        )
        _note(
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
    _note(session, account, "Payment plan reopened: a payment was reversed.", user_id)


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
            _note(
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


# --- reading plans ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    id: int
    account_id: int
    arrangement: Arrangement
    status: PlanStatus
    balance_cents: int
    arranged_total_cents: int
    frequency: str
    agreed_on: date
    created_by: str
    approved_by: str
    approved_at: datetime | None
    ended_at: datetime | None
    end_reason: str
    notes: str
    state: PlanState
    policy: PlanPolicy

    @property
    def installments(self) -> tuple[InstallmentState, ...]:
        return self.state.installments

    @property
    def schedule(self) -> tuple[ScheduleLine, ...]:
        return tuple(
            ScheduleLine(i.due, i.amount_cents, number=i.number, is_down_payment=i.is_down_payment)
            for i in self.state.installments
        )

    @property
    def frequency_label(self) -> str:
        if self.frequency:
            return label(Frequency(self.frequency))
        return translate("Arrangements", "One payment")

    def summary(self, show_date: Callable[[date], str] = date.isoformat) -> str:
        if self.status is PlanStatus.ACTIVE:
            return self.state.summary(self.policy.misses_to_break, show_date=show_date)
        if not self.end_reason:
            return label(self.status)
        # the reason is kept as it was recorded
        return translate("Arrangements", "{status}: {reason}").format(
            status=label(self.status), reason=self.end_reason
        )


def _plan_view(
    plan: PaymentPlan,
    users: dict[int, str],
    *,
    installments: Iterable[PlanInstallment],
    paid_cents: int,
    policy: PlanPolicy,
    today: date,
) -> PlanView:
    return PlanView(
        id=plan.id,
        account_id=plan.account_id,
        arrangement=plan.arrangement,
        status=plan.status,
        balance_cents=plan.balance_cents,
        arranged_total_cents=plan.arranged_total_cents,
        frequency=plan.frequency,
        agreed_on=plan.agreed_on,
        created_by=users.get(plan.user_id or 0, ""),
        approved_by=users.get(plan.approved_by_user_id or 0, ""),
        approved_at=plan.approved_at,
        ended_at=plan.ended_at,
        end_reason=plan.end_reason,
        notes=plan.notes,
        state=evaluate_plan(
            _lines(installments), paid_cents, today=today, grace_days=policy.grace_days
        ),
        policy=policy,
    )


def _views_of(session: Session, plans: list[PaymentPlan], today: date) -> tuple[PlanView, ...]:
    """Views of plans on one account, from a fixed number of reads however many there are."""
    if not plans:
        return ()
    policy = plan_policy(session)
    users = {uid: name for uid, name in session.execute(select(User.id, User.name))}
    paid: dict[int | None, int] = {}
    for _e, _d, cents, plan_id, _at in standing_payments(session, plans[0].account_id):
        paid[plan_id] = paid.get(plan_id, 0) + cents
    installments: dict[int, list[PlanInstallment]] = {plan.id: [] for plan in plans}
    for row in session.scalars(
        select(PlanInstallment)
        .where(PlanInstallment.plan_id.in_(list(installments)))
        .order_by(PlanInstallment.plan_id, PlanInstallment.number)
    ):
        installments[row.plan_id].append(row)
    return tuple(
        _plan_view(
            plan,
            users,
            installments=installments[plan.id],
            paid_cents=paid.get(plan.id, 0),
            policy=policy,
            today=today,
        )
        for plan in plans
    )


def plans_in(session: Session, account_id: int, *, today: date) -> tuple[PlanView, ...]:
    """The account's arrangements, newest first, read in the caller's session."""
    load_account(session, account_id)
    plans = list(
        session.scalars(
            select(PaymentPlan)
            .where(PaymentPlan.account_id == account_id)
            .order_by(PaymentPlan.id.desc())
        )
    )
    return _views_of(session, plans, today)


def list_plans(db: Database, account_id: int, *, today: date) -> tuple[PlanView, ...]:
    """The account's arrangements, newest first."""
    with db.read() as session:
        return plans_in(session, account_id, today=today)


def get_plan(db: Database, plan_id: int, *, today: date) -> PlanView:
    with db.read() as session:
        plan = session.get(PaymentPlan, plan_id)
        if plan is None:
            raise NotFound(
                translate("Arrangements", "There is no payment plan {plan}.").format(plan=plan_id)
            )
        return _views_of(session, [plan], today)[0]
