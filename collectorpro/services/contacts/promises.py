"""Promises to pay: recorded on their own or with the contact in which they were made.

Whether a promise was kept or broken is decided by the plans' upkeep
(``plans.arrangements``) from the payments that stand.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import translate
from collectorpro.core.money import format_money
from collectorpro.models import Account, Interaction, PromiseToPay, utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, Channel, Outcome, PromiseStatus
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.history import refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit

MAX_NOTES = 4000
# Statuses that a new promise moves an account out of; others (plan, disputed…) stay.
PROMISE_FROM = {AccountStatus.NEW, AccountStatus.ACTIVE}


def validate_promise(amount_cents: int | None, due: date | None, today: date) -> None:
    if (amount_cents is None) != (due is None):
        raise ValidationError(
            translate("Interactions", "A promise needs both an amount and a due date."),
            field="promise",
        )
    if amount_cents is not None and amount_cents <= 0:
        raise ValidationError(
            translate("Interactions", "The promised amount must be more than zero."),
            field="amount",
        )
    if due is not None and due < today:
        raise ValidationError(
            translate("Interactions", "The promise's due date cannot be in the past."),
            field="due",
        )


def add_promise(
    session: Session,
    account: Account,
    amount_cents: int,
    due: date,
    user_id: int,
    interaction_id: int | None,
) -> PromiseToPay:
    promise = PromiseToPay(
        account_id=account.id,
        amount_cents=amount_cents,
        due_date=due,
        status=PromiseStatus.PENDING,
        interaction_id=interaction_id,
        user_id=user_id,
    )
    session.add(promise)
    if account.status in PROMISE_FROM:
        move_status(
            session, account, AccountStatus.PROMISE, user_id=user_id, reason="promise to pay"
        )
    session.flush()
    return promise


def record_promise(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    amount_cents: int,
    due_date: date,
    notes: str = "",
    today: date,
) -> int:
    """Record a promise to pay; it also shows in the history as a note. Returns its id."""
    validate_promise(amount_cents, due_date, today)
    notes = notes.strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            translate("Interactions", "Notes are limited to {count} characters.").format(
                count=MAX_NOTES
            ),
            field="notes",
        )
    with db.write() as session:
        account = load_account(session, account_id)
        text = f"Promise to pay {format_money(amount_cents)} by {due_date.isoformat()}."
        interaction = Interaction(
            account_id=account_id,
            channel=Channel.NOTE,
            outcome=Outcome.PROMISE_TO_PAY,
            notes=f"{text} {notes}".strip(),
            occurred_at=utcnow(),
            user_id=user_id,
        )
        session.add(interaction)
        session.flush()
        promise = add_promise(session, account, amount_cents, due_date, user_id, interaction.id)
        refresh_next_action(session, account, today)
        audit.record(
            session,
            user_id=user_id,
            action="promise_recorded",
            entity="promise",
            entity_id=promise.id,
            summary=f"{text} Account {account.account_number}.",
        )
        return promise.id
