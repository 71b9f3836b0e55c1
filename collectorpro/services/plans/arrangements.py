"""Payment arrangements: making a plan, keeping its installments and the promises up to date.

The life of a plan: active → completed (every installment paid), broken (too many missed) or
cancelled (by the collector). There is no background job: ``bring_up_to_date`` runs when the
app starts, and the payment service runs ``refresh_account`` whenever money moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from collectorpro.core.errors import InvalidTransition, NotFound, ValidationError
from collectorpro.core.i18n import label, translate
from collectorpro.core.money import format_money
from collectorpro.models import (
    Account,
    Interaction,
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
    Outcome,
    PlanStatus,
    PromiseStatus,
    UserRole,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.history import refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit
from collectorpro.services.office.settings import PlanPolicy, plan_policy
from collectorpro.services.office.users import UserView
from collectorpro.services.plans.schedule import (
    Frequency,
    ScheduleLine,
    build_schedule,
    plan_policy_warnings,
)

__all__ = [
    "MAX_NOTES",
    "ArrangementContext",
    "PlanTerms",
    "arrangement_context",
    "cancel_plan",
    "create_plan",
    "schedule_for",
]

from collectorpro.services.plans.refresh import active_plan, end_plan, plan_note, refresh_account

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


def _debtor_name(account: Account) -> str:
    d = account.debtor
    return " ".join(p for p in (d.first_name, d.middle_name, d.last_name, d.suffix) if p)


def arrangement_context(db: Database, account_id: int) -> ArrangementContext:
    with db.read() as session:
        account = load_account(session, account_id)
        active = active_plan(session, account_id)
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
        active = active_plan(session, account_id)
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
        end_plan(session, plan, PlanStatus.CANCELLED, f"Cancelled: {reason}")
        if account.status is AccountStatus.PLAN:
            move_status(
                session,
                account,
                AccountStatus.ACTIVE,
                user_id=user_id,
                reason=f"payment plan cancelled: {reason}",
            )
        plan_note(session, account, f"Payment plan cancelled: {reason}", user_id)
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
