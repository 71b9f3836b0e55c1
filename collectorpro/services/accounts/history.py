"""The account's history as the app writes it: notes, and the next action to take.

Every package that changes an account in a way a collector should see later (a payment, a
dispute, a plan's upkeep, a letter) writes its note here, in its own transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.i18n import QT_TRANSLATE_NOOP
from collectorpro.models import (
    Account,
    Interaction,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
    utcnow,
)
from collectorpro.models.enums import (
    Channel,
    InstallmentStatus,
    Outcome,
    PlanStatus,
    PromiseStatus,
)


def refresh_next_action(session: Session, account: Account, today: date) -> None:
    """Next action = the earliest pending promise or unpaid installment, or the latest follow-up."""
    session.flush()
    promise_due = session.scalar(
        select(PromiseToPay.due_date)
        .where(
            PromiseToPay.account_id == account.id,
            PromiseToPay.status == PromiseStatus.PENDING,
        )
        .order_by(PromiseToPay.due_date)
        .limit(1)
    )
    follow_up = session.scalar(
        select(Interaction.follow_up_date)
        .where(Interaction.account_id == account.id, Interaction.follow_up_date.is_not(None))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    )
    installment_due = session.scalar(
        select(PlanInstallment.due_date)
        .join(PaymentPlan, PaymentPlan.id == PlanInstallment.plan_id)
        .where(
            PaymentPlan.account_id == account.id,
            PaymentPlan.status == PlanStatus.ACTIVE,
            PlanInstallment.status != InstallmentStatus.PAID,
        )
        .order_by(PlanInstallment.due_date)
        .limit(1)
    )
    # stored on the account in English; the list translates them where it shows them
    candidates = (
        (promise_due, QT_TRANSLATE_NOOP("Interactions", "Promise due")),
        (installment_due, QT_TRANSLATE_NOOP("Interactions", "Installment due")),
        (follow_up, QT_TRANSLATE_NOOP("Interactions", "Follow up")),
    )
    dated = [(d, label) for d, label in candidates if d is not None]
    if dated:
        account.next_action_date, account.next_action = min(dated)
    else:
        account.next_action_date, account.next_action = None, ""


def add_note(
    session: Session,
    account_id: int,
    text: str,
    user_id: int | None,
    outcome: Outcome = Outcome.NONE,
) -> None:
    """A note in the account's history, written by the app in the caller's transaction."""
    session.add(
        Interaction(
            account_id=account_id,
            channel=Channel.NOTE,
            outcome=outcome,
            notes=text,
            occurred_at=utcnow(),
            user_id=user_id,
        )
    )
