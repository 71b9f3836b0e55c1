"""Emailing a letter or a receipt to the debtor, and recording that it went.

The debtor's email must be on file and not opted out (1006.6(e)); the contact guard is asked
for the email channel first; every message carries the opt-out line in the debtor's language;
and only a message the server accepted is logged and archived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from collectorpro.core.errors import DomainError
from collectorpro.core.i18n import translate
from collectorpro.documents.letter_data import LetterData
from collectorpro.models import Email
from collectorpro.models.base import utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import Channel, ContactMethod
from collectorpro.services.accounts.book import load_account
from collectorpro.services.letters.archive import archive_document
from collectorpro.services.letters.compose import LetterBlocked, Override, letter_decision
from collectorpro.services.letters.issue import issue_letter
from collectorpro.services.letters.mailer import OutgoingEmail, SmtpSettings, send_email
from collectorpro.services.letters.texts import labels
from collectorpro.services.money.paperwork import debtor_name
from collectorpro.services.office.settings import office_profile

__all__ = ["EmailTarget", "email_document", "email_letter", "email_target"]

_SUBJECT = {
    "en": "{title} — account {account_number}",
    "es": "{title} — cuenta {account_number}",
}
_BODY = {
    "en": "Dear {name},\n\nPlease find attached: {title}, about your account {account_number}.\n"
    "If you have questions, call us at {phone}.\n\n{office}",
    "es": "Estimado(a) {name}:\n\nLe enviamos adjunto: {title}, sobre su cuenta "
    "{account_number}.\nSi tiene preguntas, llámenos al {phone}.\n\n{office}",
}


@dataclass(frozen=True)
class EmailTarget:
    """Where an account's email goes, or why it cannot go."""

    address: str | None
    name: str
    problem: str | None = None


def email_target(db: Database, account_id: int) -> EmailTarget:
    with db.read() as session:
        account = load_account(session, account_id)
        name = debtor_name(account)
        emails = session.scalars(
            select(Email)
            .where(Email.debtor_id == account.debtor_id, Email.valid_to.is_(None))
            .order_by(Email.valid_from.desc(), Email.id.desc())
        ).all()
    if not emails:
        return EmailTarget(
            None,
            name,
            translate("LetterMail", "There is no email address on file for this debtor."),
        )
    usable = [e for e in emails if not e.opt_out]
    if not usable:
        return EmailTarget(
            None,
            name,
            translate(
                "LetterMail",
                "The debtor asked not to be emailed (opt-out); send the letter by mail.",
            ),
        )
    return EmailTarget(usable[0].address, name)


def _message(
    db: Database, account_id: int, title: str, language: str, pdf: bytes, filename: str
) -> tuple[OutgoingEmail, str]:
    target = email_target(db, account_id)
    if target.address is None:
        raise DomainError(target.problem or translate("LetterMail", "No email address."))
    with db.read() as session:
        account = load_account(session, account_id)
        profile = office_profile(session)
        number = account.account_number
    lang = language if language in _SUBJECT else "en"
    words = labels(lang)
    phone = profile.phone or profile.email or profile.name
    body = _BODY[lang].format(
        name=target.name, title=title, account_number=number, phone=phone, office=profile.name
    )
    if profile.is_agency:
        body += "\n\n" + words["disclosure"]
    message = OutgoingEmail(
        to_address=target.address,
        to_name=target.name,
        subject=_SUBJECT[lang].format(title=title, account_number=number),
        body=body,
        attachment_name=filename,
        attachment=pdf,
        opt_out_line=words["opt_out_email"].format(office_phone=phone),
    )
    return message, target.address


def _filename(title: str, account_number: str) -> str:
    stem = re.sub(r"[^\w-]+", "-", f"{title}-{account_number}", flags=re.UNICODE).strip("-")
    return f"{stem[:80]}.pdf"


def email_letter(
    db: Database,
    letter: LetterData,
    pdf: bytes,
    *,
    account_id: int,
    pages: int,
    settings: SmtpSettings,
    password: str | None,
    user_id: int | None,
    today: date,
    at: datetime | None = None,
    override: Override | None = None,
) -> int:
    """Send a letter as a PDF attachment; log and archive it. Returns the archive entry's id."""
    moment = at or utcnow()
    decision = letter_decision(db, account_id, letter.kind, channel=ContactMethod.EMAIL, at=moment)
    if not decision.allowed and override is None:
        raise LetterBlocked(decision)
    number = dict(letter.reference_rows).get(letter.labels.get("account_number", ""), "")
    message, address = _message(
        db, account_id, letter.title, letter.language, pdf, _filename(letter.title, number)
    )
    send_email(settings, password, message)
    return issue_letter(
        db,
        letter,
        pdf,
        account_id=account_id,
        channel=Channel.EMAIL,
        recipient=address,
        pages=pages,
        user_id=user_id,
        today=today,
        at=moment,
        override=override,
    )


def email_document(
    db: Database,
    *,
    account_id: int,
    kind: str,
    title: str,
    pdf: bytes,
    settings: SmtpSettings,
    password: str | None,
    user_id: int | None,
    today: date,
    language: str = "en",
    at: datetime | None = None,
) -> int:
    """Send a receipt, plan agreement or paid-in-full letter; archive it. Returns its id.

    These answer the debtor's own payment, so only the opt-out and the hard stops apply.
    """
    decision = letter_decision(db, account_id, kind, channel=ContactMethod.EMAIL, at=at or utcnow())
    hard = [f for f in decision.blocks if f.rule not in ("dispute_pending",)]
    if hard:
        raise LetterBlocked(decision)
    with db.read() as session:
        number = load_account(session, account_id).account_number
    message, address = _message(db, account_id, title, language, pdf, _filename(title, number))
    send_email(settings, password, message)
    return archive_document(
        db,
        account_id=account_id,
        kind=kind,
        title=title,
        pdf=pdf,
        channel=Channel.EMAIL,
        recipient=address,
        language=language,
        user_id=user_id,
        today=today,
    )
