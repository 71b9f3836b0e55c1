"""Emailing a letter to the debtor: delivered with its PDF and opt-out line, then recorded."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from collectorpro.core.errors import DomainError
from collectorpro.models import Email
from collectorpro.models.enums import Channel
from collectorpro.services.accounts.book import load_account
from collectorpro.services.letters.archive import account_documents
from collectorpro.services.letters.compose import LetterBlocked, letter_pdf, prepare_letter
from collectorpro.services.letters.emailing import email_document, email_letter, email_target
from collectorpro.services.letters.mailer import MailError, SmtpSettings
from collectorpro.services.office.database import open_database
from collectorpro.services.office.settings import OfficeProfile, save_office_profile
from tests.factories import TODAY, make_account, make_user
from tests.services.test_mailer import _free_port, start_server  # noqa: F401 (fixture)

AT = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    save_office_profile(
        database,
        OfficeProfile(
            name="Hudson Valley Billing",
            address_lines=("120 Main Street", "Albany, NY 12207"),
            phone="(518) 555-0142",
            is_agency=True,
        ),
        user_id=None,
    )
    yield database
    database.dispose()


def settings(port: int) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1", port=port, security="none", from_address="billing@hvbs.example"
    )


def spanish_notice(db, account):
    with db.write() as session:
        load_account(session, account).debtor.preferred_language = "es"
    with db.read() as session:
        letter = prepare_letter(session, account, "validation_notice", today=TODAY)
    return letter, *letter_pdf(letter)


def test_a_validation_notice_is_emailed_to_a_spanish_speaking_debtor(db, start_server):  # noqa: F811
    handler, port = start_server()
    account, user = make_account(db), make_user(db)
    letter, pdf, pages = spanish_notice(db, account)
    doc_id = email_letter(
        db,
        letter,
        pdf,
        account_id=account,
        pages=pages,
        settings=settings(port),
        password=None,
        user_id=user,
        today=TODAY,
        at=AT,
    )
    (envelope,) = handler.envelopes
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert envelope.rcpt_tos == ["jose.munoz@example.com"]
    assert "Aviso de deuda" in message["Subject"]
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    text = body.get_content()
    assert "Estimado(a) José Muñoz" in text
    assert "responda con la palabra STOP" in text  # the opt-out line, in Spanish
    assert "cobrador de deudas" in text  # an agency's disclosure
    attachment = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    assert attachment.get_payload(decode=True) == pdf
    (doc,) = account_documents(db, account)
    assert doc.id == doc_id and doc.channel is Channel.EMAIL
    assert doc.recipient == "jose.munoz@example.com" and doc.language == "es"


def test_an_opted_out_debtor_is_not_emailed(db, start_server):  # noqa: F811
    handler, port = start_server()
    account, user = make_account(db), make_user(db)
    with db.write() as session:
        for row in session.scalars(select(Email)):
            row.opt_out = True
    assert "opt-out" in email_target(db, account).problem
    letter, pdf, pages = spanish_notice(db, account)
    with pytest.raises((LetterBlocked, DomainError)):
        email_letter(
            db,
            letter,
            pdf,
            account_id=account,
            pages=pages,
            settings=settings(port),
            password=None,
            user_id=user,
            today=TODAY,
            at=AT,
        )
    assert handler.envelopes == [] and account_documents(db, account) == ()


def test_an_unreachable_server_records_nothing(db):
    account, user = make_account(db), make_user(db)
    letter, pdf, pages = spanish_notice(db, account)
    with pytest.raises(MailError, match="could not reach"):
        email_letter(
            db,
            letter,
            pdf,
            account_id=account,
            pages=pages,
            settings=settings(_free_port()),
            password=None,
            user_id=user,
            today=TODAY,
            at=AT,
        )
    assert account_documents(db, account) == ()


def test_a_receipt_is_emailed_and_archived(db, start_server):  # noqa: F811
    handler, port = start_server()
    account, user = make_account(db), make_user(db)
    _letter, pdf, _pages = spanish_notice(db, account)
    email_document(
        db,
        account_id=account,
        kind="receipt",
        title="Payment receipt 000001",
        pdf=pdf,
        settings=settings(port),
        password=None,
        user_id=user,
        today=TODAY,
        at=AT,
    )
    assert len(handler.envelopes) == 1
    (doc,) = account_documents(db, account)
    assert doc.kind_label == "Receipt" and doc.channel is Channel.EMAIL
