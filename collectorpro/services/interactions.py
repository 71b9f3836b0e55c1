"""Logging contacts and recording promises to pay."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.i18n import QT_TRANSLATE_NOOP, label, translate
from collectorpro.models import (
    Account,
    Interaction,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
    utcnow,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    InstallmentStatus,
    Outcome,
    PlanStatus,
    PromiseStatus,
)
from collectorpro.services import audit
from collectorpro.services.accounts import load_account
from collectorpro.services.errors import ValidationError
from collectorpro.services.money import format_money
from collectorpro.services.overrides import ContactBlocked, Override, record_override

MAX_NOTES = 4000
MAX_DURATION_SECONDS = 6 * 3600
# Statuses that a new promise moves an account out of; others (plan, disputed…) stay.
PROMISE_FROM = {AccountStatus.NEW, AccountStatus.ACTIVE}
# contacts the office makes, and the channel the contact rules judge each one on
GUARDED_CHANNELS = {
    Channel.OUTBOUND_CALL: "call",
    Channel.VOICEMAIL: "call",
    Channel.SMS: "sms",
    Channel.EMAIL: "email",
    Channel.LETTER: "letter",
}


def _validate_promise(amount_cents: int | None, due: date | None, today: date) -> None:
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


def log_interaction(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    channel: Channel,
    outcome: Outcome,
    notes: str = "",
    occurred_at: datetime | None = None,
    duration_seconds: int | None = None,
    follow_up_date: date | None = None,
    promise_amount_cents: int | None = None,
    promise_due: date | None = None,
    today: date,
    override: Override | None = None,
    check_rules: bool = True,
) -> int:
    """Append a contact to the log (and the promise made in it, if any). Returns its id.

    An outbound contact is judged by the contact rules at the moment it was made; one they
    stop raises ``ContactBlocked`` unless ``override`` carries a manager's written reason.
    ``check_rules=False`` is for importing history, not for a collector's own contacts.
    """
    channel, outcome = Channel(channel), Outcome(outcome)
    notes = notes.strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            translate("Interactions", "Notes are limited to {count} characters.").format(
                count=MAX_NOTES
            ),
            field="notes",
        )
    if duration_seconds is not None and not 0 <= duration_seconds <= MAX_DURATION_SECONDS:
        raise ValidationError(
            translate("Interactions", "The call length is not plausible."), field="duration"
        )
    if follow_up_date is not None and follow_up_date < today:
        raise ValidationError(
            translate("Interactions", "The follow-up date cannot be in the past."),
            field="follow_up",
        )
    when = occurred_at or utcnow()
    if when.tzinfo is None:
        raise ValidationError(
            translate("Interactions", "The time of the contact needs a time zone."),
            field="occurred_at",
        )
    if when > utcnow():
        raise ValidationError(
            translate("Interactions", "A contact cannot be logged in the future."),
            field="occurred_at",
        )
    _validate_promise(promise_amount_cents, promise_due, today)
    if promise_amount_cents is not None and outcome is not Outcome.PROMISE_TO_PAY:
        outcome = Outcome.PROMISE_TO_PAY
    decision = None
    if check_rules and channel in GUARDED_CHANNELS:
        from collectorpro.services.contact_guard import decide  # (imports this module)

        decision = decide(db, account_id, GUARDED_CHANNELS[channel], when)
        if not decision.allowed and override is None:
            raise ContactBlocked(
                decision,
                translate("Interactions", "This {channel} may not be made now: {reasons}"),
                channel=label(channel).lower(),
            )
    with db.write() as session:
        account = load_account(session, account_id)
        interaction = Interaction(
            account_id=account_id,
            channel=channel,
            outcome=outcome,
            notes=notes,
            occurred_at=when,
            user_id=user_id,
            duration_seconds=duration_seconds,
            follow_up_date=follow_up_date,
        )
        session.add(interaction)
        session.flush()
        if channel is not Channel.NOTE and (
            account.last_contact_at is None or when > account.last_contact_at
        ):
            account.last_contact_at = when
        if account.status is AccountStatus.NEW and channel is not Channel.NOTE:
            account.status = AccountStatus.ACTIVE
        summary = f"{channel.label} logged on account {account.account_number}: {outcome.label}"
        if promise_amount_cents is not None and promise_due is not None:
            _add_promise(
                session, account, promise_amount_cents, promise_due, user_id, interaction.id
            )
            summary += f"; promise of {format_money(promise_amount_cents)} due {promise_due}"
        refresh_next_action(session, account, today)
        if decision is not None and not decision.allowed and override is not None:
            record_override(
                session,
                account=account,
                channel=GUARDED_CHANNELS[channel],
                decision=decision,
                override=override,
                user_id=user_id,
                interaction_id=interaction.id,
            )
        audit.record(
            session,
            user_id=user_id,
            action="interaction_logged",
            entity="interaction",
            entity_id=interaction.id,
            summary=summary,
        )
        return interaction.id


def _add_promise(
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
        account.status = AccountStatus.PROMISE
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
    _validate_promise(amount_cents, due_date, today)
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
        promise = _add_promise(session, account, amount_cents, due_date, user_id, interaction.id)
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
