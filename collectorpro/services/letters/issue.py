"""Issuing a letter: the one place that records it as sent, in the contact history and the
archive, and lets the guard's override and the dispute verification ride along with it."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError
from collectorpro.documents.letter_data import LetterData
from collectorpro.models import (
    Account,
    Interaction,
    IssuedDocument,
)
from collectorpro.models.base import utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    ContactMethod,
    Outcome,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.history import refresh_next_action
from collectorpro.services.accounts.status import move_status
from collectorpro.services.compliance.overrides import (
    Override,
    check_override,
    record_override,
)
from collectorpro.services.disputes.lifecycle import record_verification_sent
from collectorpro.services.letters.compose import (
    OTHER_KINDS,
    LetterBlocked,
    letter_decision,
    open_dispute_of,
)
from collectorpro.services.letters.texts import (
    LANGUAGES,
    TIME_BARRED_VARIANTS,
    template_label,
)
from collectorpro.services.office import audit

__all__ = [
    "contact_how",
    "contact_note",
    "issue_letter",
    "record_issue",
]


def record_issue(
    session: Session,
    *,
    account: Account,
    kind: str,
    language: str,
    title: str,
    channel: Channel,
    recipient: str,
    pages: int,
    payload: str = "",
    pdf: bytes | None = None,
    sha256: str = "",
    batch_id: int | None = None,
    user_id: int | None,
    today: date,
    at: datetime | None = None,
) -> tuple[int, int]:
    """Log the contact and archive the document in the caller's transaction.

    Returns (document id, interaction id).
    """
    moment = at or utcnow()
    how = contact_how(channel, recipient)
    interaction = Interaction(
        account_id=account.id,
        channel=channel,
        outcome=Outcome.SENT,
        notes=contact_note(kind, language, how),
        occurred_at=moment,
        user_id=user_id,
    )
    session.add(interaction)
    session.flush()
    if account.last_contact_at is None or moment > account.last_contact_at:
        account.last_contact_at = moment
    if account.status is AccountStatus.NEW:
        move_status(session, account, AccountStatus.ACTIVE, user_id=user_id, reason=f"{kind} {how}")
    document = IssuedDocument(
        account_id=account.id,
        kind=kind,
        language=language,
        title=title[:200],
        channel=channel,
        recipient=recipient,
        pages=pages,
        payload=payload,
        pdf=pdf,
        sha256=sha256,
        batch_id=batch_id,
        interaction_id=interaction.id,
        user_id=user_id,
        issued_at=moment,
    )
    session.add(document)
    session.flush()
    if kind == "dispute_verification":
        dispute = open_dispute_of(session, account.id)
        if dispute is not None:
            record_verification_sent(session, dispute, account, sent_on=today, user_id=user_id)
    refresh_next_action(session, account, today)
    if batch_id is None:
        audit.record(
            session,
            user_id=user_id,
            action="document_issued",
            entity="issued_document",
            entity_id=document.id,
            summary=f"{_label(kind)} {how} on account {account.account_number}",
        )
    return document.id, interaction.id


def contact_how(channel: Channel, recipient: str) -> str:
    """How the letter went, as the history and the status change say it."""
    return "emailed to " + recipient if channel is Channel.EMAIL else "mailed"


def contact_note(kind: str, language: str, how: str) -> str:
    """The history's line for a letter sent: "First reminder mailed (Spanish)." """
    return f"{_label(kind)} {how}" + (f" ({LANGUAGES[language]})" if language != "en" else "") + "."


def _label(kind: str) -> str:
    try:
        return template_label(kind, "en")
    except DomainError:
        return OTHER_KINDS.get(kind, kind.replace("_", " ").capitalize())


def issue_letter(
    db: Database,
    letter: LetterData,
    pdf: bytes,
    *,
    account_id: int,
    channel: Channel = Channel.LETTER,
    recipient: str = "",
    pages: int,
    user_id: int | None,
    today: date,
    at: datetime | None = None,
    override: Override | None = None,
) -> int:
    """Record a letter that was printed, saved or emailed. Returns the archive entry's id.

    The guard is asked again here, at the moment of sending; a block needs ``override``.
    """
    moment = at or utcnow()
    engine_channel = ContactMethod.EMAIL if channel is Channel.EMAIL else ContactMethod.LETTER
    base_kind = _base_kind(letter.kind)
    decision = letter_decision(db, account_id, base_kind, channel=engine_channel, at=moment)
    if not decision.allowed and override is None:
        raise LetterBlocked(decision)
    with db.write() as session:
        account = load_account(session, account_id)
        if override is not None and not decision.allowed:
            check_override(session, override)
        doc_id, interaction_id = record_issue(
            session,
            account=account,
            kind=letter.kind,
            language=letter.language,
            title=letter.title,
            channel=channel,
            recipient=recipient or ", ".join((letter.recipient_name, *letter.recipient_lines)),
            pages=pages,
            payload=letter.to_json(),
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            user_id=user_id,
            today=today,
            at=moment,
        )
        if override is not None and not decision.allowed:
            record_override(
                session,
                account=account,
                channel=engine_channel,
                decision=decision,
                override=override,
                user_id=user_id,
                interaction_id=interaction_id,
            )
        return doc_id


def _base_kind(kind: str) -> str:
    for base, variant in TIME_BARRED_VARIANTS.items():
        if kind == variant:
            return base
    return kind
