"""What stands on an account's plans: the payments not reversed, each plan's installments, and
the state they add up to. Read by the upkeep, the plan views, payments and paperwork."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from collectorpro.models import (
    LedgerEntry,
    Payment,
    PaymentPlan,
    PlanInstallment,
)
from collectorpro.models.enums import (
    LedgerKind,
)
from collectorpro.services.plans.allocation import (
    PlanState,
    evaluate_plan,
)
from collectorpro.services.plans.schedule import (
    ScheduleLine,
)

__all__ = [
    "installments_of",
    "plan_state",
    "schedule_lines",
    "standing_payments",
]


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


def schedule_lines(installments: Iterable[PlanInstallment]) -> list[ScheduleLine]:
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
        schedule_lines(installments_of(session, plan.id)),
        paid + extra_cents,
        today=today,
        grace_days=grace_days,
    )
