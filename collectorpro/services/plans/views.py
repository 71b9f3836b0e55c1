"""Plans as the window shows them: frozen views with their installments' states.

An account's plans are read with a fixed number of statements however many it has: the
policy, the standing payments and every plan's installments once each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import NotFound
from collectorpro.core.i18n import label, translate
from collectorpro.models import (
    PaymentPlan,
    PlanInstallment,
    User,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    Arrangement,
    PlanStatus,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.office.settings import PlanPolicy, plan_policy
from collectorpro.services.plans.allocation import (
    InstallmentState,
    PlanState,
    evaluate_plan,
)
from collectorpro.services.plans.schedule import (
    Frequency,
    ScheduleLine,
)

__all__ = [
    "PlanView",
    "get_plan",
    "list_plans",
    "plans_in",
]

from collectorpro.services.plans.standing import schedule_lines, standing_payments


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
            schedule_lines(installments), paid_cents, today=today, grace_days=policy.grace_days
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
