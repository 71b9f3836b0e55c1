"""Letters from an account's records: fill a template, check the guard, issue and archive.

``prepare_letter`` reads one account (``facts``) and fills its letter in (``fill``): the
finished ``LetterData`` — or ``LetterNotProduced`` naming exactly which field is missing on
which account, so nobody mails a notice without an address or a validation notice without its
itemization date. ``letter_decision`` asks the contact guard whether the letter may go out.
``issue_letter`` records what left the office in one transaction: the contact (a letter or
an email) in the account's history, the document in its archive, an audit event, and — for
the dispute verification letter — the end of the dispute hold.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.documents.letter_data import LetterData
from collectorpro.models import Dispute
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    Channel,
    ContactMethod,
    DisputeStatus,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.compliance.guard import context_in
from collectorpro.services.compliance.overrides import (
    ContactBlocked,
    Override,
)
from collectorpro.services.compliance.rules import Decision, evaluate
from collectorpro.services.letters.facts import LetterFacts, letter_context, read_facts
from collectorpro.services.letters.fill import (
    LetterNotProduced,
    LetterSetup,
    fill_letter,
    letter_setup,
    usual_settlement,
)
from collectorpro.services.letters.options import (
    DISPUTE_LETTERS,
    letter_options,
)
from collectorpro.services.letters.texts import template_label
from collectorpro.services.office.settings import office_profile

__all__ = [
    "DocumentView",
    "LetterBlocked",
    "LetterNotProduced",
    "Override",
    "letter_decision",
    "prepare_letter",
]


class LetterBlocked(ContactBlocked):
    """The contact guard stops this letter; ``decision`` says which rules and why."""

    def __init__(self, decision: Decision) -> None:
        super().__init__(
            decision, translate("Letters", "This letter may not be made now: {reasons}")
        )


# --- gathering the account ---------------------------------------------------------------------


def open_dispute_of(session: Session, account_id: int) -> Dispute | None:
    return session.scalar(
        select(Dispute)
        .where(Dispute.account_id == account_id, Dispute.status == DisputeStatus.OPEN)
        .order_by(Dispute.id.desc())
        .limit(1)
    )


def prepare_letter(
    session: Session,
    account_id: int,
    kind: str,
    *,
    today: date,
    language: str | None = None,
    settlement_cents: int | None = None,
    settlement_expiry: date | None = None,
    user_id: int | None = None,
) -> LetterData:
    """The letter ``kind`` for this account, ready to draw; LetterNotProduced if it cannot be.

    The account is read as a batch reads a chunk of them (``facts.read_facts``) and filled in
    by the same ``fill.fill_letter``.
    """
    facts = read_facts(session, [account_id], ledger=True)[account_id]
    return fill_letter(
        facts,
        letter_setup(session),
        kind,
        today=today,
        language=language,
        settlement_cents=settlement_cents,
        settlement_expiry=settlement_expiry,
    )


# --- the guard ---------------------------------------------------------------------------------


def letter_decision(
    db: Database, account_id: int, kind: str, *, channel: str = ContactMethod.LETTER, at: datetime
) -> Decision:
    """May this letter go out now? Dispute letters are not stopped by the dispute hold."""
    if channel not in (ContactMethod.LETTER, ContactMethod.EMAIL):
        raise ValidationError(translate("Letters", "Letters go by mail or email."))
    with db.read() as session:
        return letter_decision_in(session, account_id, kind, channel=channel, at=at)


def letter_decision_in(
    session: Session,
    account_id: int,
    kind: str,
    *,
    channel: str = ContactMethod.LETTER,
    at: datetime,
) -> Decision:
    """`letter_decision` inside the caller's session."""
    if channel not in (ContactMethod.LETTER, ContactMethod.EMAIL):
        raise ValidationError(translate("Letters", "Letters go by mail or email."))
    ctx = context_in(session, account_id, channel, at)
    if kind in DISPUTE_LETTERS:
        ctx = replace(ctx, dispute_pending=False)
    return evaluate(ctx)


def letter_decision_of(
    facts: LetterFacts,
    setup: LetterSetup,
    kind: str,
    *,
    channel: str = ContactMethod.LETTER,
    at: datetime,
) -> Decision:
    """`letter_decision` from facts read with ``at`` (a batch reads them by the chunk)."""
    profile = setup.profile
    ctx = letter_context(
        facts,
        channel,
        at,
        agency=profile.is_agency,
        enforce=profile.enforce_contact_rules,
        statute=setup.statute,
    )
    if kind in DISPUTE_LETTERS:
        ctx = replace(ctx, dispute_pending=False)
    return evaluate(ctx)


# --- issuing and the archive -------------------------------------------------------------------


OTHER_KINDS = {
    "receipt": QT_TRANSLATE_NOOP("Letters", "Receipt"),
    "plan_agreement": QT_TRANSLATE_NOOP("Letters", "Payment-plan agreement"),
    "paid_in_full": QT_TRANSLATE_NOOP("Letters", "Paid-in-full letter"),
}


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    title: str
    language: str
    channel: Channel
    recipient: str
    pages: int
    issued_at: datetime
    user_name: str
    batch_id: int | None

    @property
    def kind_label(self) -> str:
        try:
            return template_title(self.kind)
        except DomainError:
            other = OTHER_KINDS.get(self.kind)
            if other is None:
                return self.kind.replace("_", " ").capitalize()
            return translate("Letters", other)


# The English template names of resources/letters/en.toml, marked so that the window can show
# them in the interface language; a letter itself names its template in the debtor's language.
_TEMPLATE_LABELS = (
    QT_TRANSLATE_NOOP("Letters", "Validation notice (Model Form B-1)"),
    QT_TRANSLATE_NOOP("Letters", "First reminder"),
    QT_TRANSLATE_NOOP("Letters", "Second reminder"),
    QT_TRANSLATE_NOOP("Letters", "Final notice"),
    QT_TRANSLATE_NOOP("Letters", "First reminder (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Second reminder (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Final notice (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Settlement offer"),
    QT_TRANSLATE_NOOP("Letters", "Dispute acknowledgment"),
    QT_TRANSLATE_NOOP("Letters", "Dispute verification letter"),
)


def template_title(kind: str) -> str:
    """The name of a letter template as the window shows it, in the interface language."""
    return translate("Letters", template_label(kind, "en"))


@dataclass(frozen=True)
class SettlementDefaults:
    """What a settlement offer proposes unless the collector types other terms."""

    amount_cents: int
    percent: int
    expiry: date


def settlement_defaults(db: Database, account_id: int, today: date) -> SettlementDefaults:
    with db.read() as session:
        account = load_account(session, account_id)
        options = letter_options(session)
        amount, expiry = usual_settlement(account.balance_cents, options, today)
    return SettlementDefaults(amount, options.settlement_percent, expiry)


def letter_pdf(letter: LetterData) -> tuple[bytes, int]:
    # ReportLab is loaded when the first letter is drawn, not when the window that may draw
    # one opens (this module is imported at start-up through the letters archive)
    from collectorpro.documents.letter import render_letter

    out = io.BytesIO()
    pages = render_letter(letter, out)
    return out.getvalue(), pages


@dataclass(frozen=True)
class ComposedLetter:
    """A letter ready to preview: its data (what the archive keeps) and its PDF."""

    letter: LetterData
    pdf: bytes
    pages: int

    @property
    def file_name(self) -> str:
        number = dict(self.letter.reference_rows).get(
            self.letter.labels.get("account_number", ""), ""
        )
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in number)
        return f"{self.letter.kind.replace('_', '-')}-{safe}.pdf"


def compose_letter(
    db: Database,
    account_id: int,
    kind: str,
    *,
    today: date,
    language: str | None = None,
    settlement_cents: int | None = None,
    settlement_expiry: date | None = None,
) -> ComposedLetter:
    """Prepare and draw one letter for the preview (nothing is recorded yet)."""
    with db.read() as session:
        letter = prepare_letter(
            session,
            account_id,
            kind,
            today=today,
            language=language,
            settlement_cents=settlement_cents,
            settlement_expiry=settlement_expiry,
        )
    pdf, pages = letter_pdf(letter)
    return ComposedLetter(letter, pdf, pages)


def calibration_pdf(db: Database, offset: tuple[float, float] | None = None) -> bytes:
    """The envelope check page, with the office's return address and adjustment."""
    with db.read() as session:
        letterhead = office_profile(session).letterhead
        chosen = offset if offset is not None else letter_options(session).window_offset
    from collectorpro.documents.letter_page import render_calibration_page  # see letter_pdf

    out = io.BytesIO()
    render_calibration_page(out, letterhead=letterhead, offset=chosen)
    return out.getvalue()
