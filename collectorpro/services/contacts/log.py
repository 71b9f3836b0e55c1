"""Logging a contact with the debtor: a call, voicemail, text, email, letter, visit or note.

An outbound contact is judged by the contact rules (``compliance.guard``) at the moment it was
made; a promise to pay made in it is recorded with it (``promises``).
"""

from __future__ import annotations

from datetime import date, datetime

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import label, translate
from collectorpro.core.money import format_money
from collectorpro.models import (
    Interaction,
    utcnow,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    JUDGED_AS,
    AccountStatus,
    Channel,
    Outcome,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.history import refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.compliance.guard import decide
from collectorpro.services.compliance.overrides import ContactBlocked, Override, record_override
from collectorpro.services.contacts.promises import MAX_NOTES, add_promise, validate_promise
from collectorpro.services.office import audit

MAX_DURATION_SECONDS = 6 * 3600


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
    validate_promise(promise_amount_cents, promise_due, today)
    if promise_amount_cents is not None and outcome is not Outcome.PROMISE_TO_PAY:
        outcome = Outcome.PROMISE_TO_PAY
    decision = None
    if check_rules and channel in JUDGED_AS:
        decision = decide(db, account_id, JUDGED_AS[channel], when)
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
            move_status(
                session,
                account,
                AccountStatus.ACTIVE,
                user_id=user_id,
                reason=f"{channel.label} logged",
            )
        summary = f"{channel.label} logged on account {account.account_number}: {outcome.label}"
        if promise_amount_cents is not None and promise_due is not None:
            add_promise(
                session, account, promise_amount_cents, promise_due, user_id, interaction.id
            )
            summary += f"; promise of {format_money(promise_amount_cents)} due {promise_due}"
        refresh_next_action(session, account, today)
        if decision is not None and not decision.allowed and override is not None:
            record_override(
                session,
                account=account,
                channel=JUDGED_AS[channel],
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
