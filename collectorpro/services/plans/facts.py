"""What the upkeep needs to know about a set of accounts, read in a fixed number of queries.

``load_facts`` reads, for every account of a chunk at once, the account rows, the payments
that stand, the plans still open or completed with their installments, the promises not
cancelled and the latest follow-up date: six statements whatever the number of accounts,
plans or payments. The rows come back as ORM objects in the caller's session so that the
upkeep's changes to them are written by the same unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from collectorpro.models import (
    Account,
    Interaction,
    LedgerEntry,
    Payment,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
)
from collectorpro.models.enums import LedgerKind, PlanStatus, PromiseStatus

__all__ = ["AccountFacts", "PaymentRow", "load_facts"]

# (entry id, date paid, cents, plan id, recorded at), oldest first: as ``standing_payments``
PaymentRow = tuple[int, date, int, int | None, datetime]


@dataclass
class AccountFacts:
    account: Account
    payments: list[PaymentRow] = field(default_factory=list)
    plans: list[PaymentPlan] = field(default_factory=list)  # active or completed, by id
    installments: dict[int, list[PlanInstallment]] = field(default_factory=dict)  # by number
    promises: list[PromiseToPay] = field(default_factory=list)  # not cancelled, by due date
    follow_up: date | None = None  # of the latest contact that set one


def load_facts(session: Session, account_ids: Sequence[int]) -> dict[int, AccountFacts]:
    """The facts of each account in ``account_ids`` that exists, in six statements."""
    session.flush()
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    accounts = session.scalars(select(Account).where(Account.id.in_(ids))).all()
    facts = {a.id: AccountFacts(a) for a in accounts}

    reversal = aliased(LedgerEntry)
    payments = session.execute(
        select(
            LedgerEntry.account_id,
            LedgerEntry.id,
            LedgerEntry.effective_date,
            LedgerEntry.amount_cents,
            Payment.plan_id,
            LedgerEntry.posted_at,
        )
        .outerjoin(Payment, Payment.ledger_entry_id == LedgerEntry.id)
        .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
        .where(
            LedgerEntry.account_id.in_(ids),
            LedgerEntry.kind == LedgerKind.PAYMENT,
            reversal.id.is_(None),
        )
        .order_by(LedgerEntry.account_id, LedgerEntry.effective_date, LedgerEntry.id)
    )
    for account_id, entry_id, paid_on, cents, plan_id, at in payments:
        facts[account_id].payments.append((entry_id, paid_on, -cents, plan_id, at))

    plans = session.scalars(
        select(PaymentPlan)
        .where(
            PaymentPlan.account_id.in_(ids),
            PaymentPlan.status.in_([PlanStatus.ACTIVE, PlanStatus.COMPLETED]),
        )
        .order_by(PaymentPlan.id)
    ).all()
    by_plan: dict[int, list[PlanInstallment]] = defaultdict(list)
    if plans:
        for row in session.scalars(
            select(PlanInstallment)
            .where(PlanInstallment.plan_id.in_([p.id for p in plans]))
            .order_by(PlanInstallment.plan_id, PlanInstallment.number)
        ):
            by_plan[row.plan_id].append(row)
    for plan in plans:
        owner = facts[plan.account_id]
        owner.plans.append(plan)
        owner.installments[plan.id] = by_plan[plan.id]

    for promise in session.scalars(
        select(PromiseToPay)
        .where(
            PromiseToPay.account_id.in_(ids),
            PromiseToPay.status != PromiseStatus.CANCELLED,
        )
        .order_by(PromiseToPay.account_id, PromiseToPay.due_date, PromiseToPay.id)
    ):
        facts[promise.account_id].promises.append(promise)

    latest = (
        select(
            Interaction.account_id,
            Interaction.follow_up_date,
            func.row_number()
            .over(
                partition_by=Interaction.account_id,
                order_by=(Interaction.occurred_at.desc(), Interaction.id.desc()),
            )
            .label("rank"),
        )
        .where(Interaction.account_id.in_(ids), Interaction.follow_up_date.is_not(None))
        .subquery()
    )
    for account_id, follow_up in session.execute(
        select(latest.c.account_id, latest.c.follow_up_date).where(latest.c.rank == 1)
    ):
        facts[account_id].follow_up = follow_up
    return facts
