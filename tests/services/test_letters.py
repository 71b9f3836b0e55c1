"""Letters from the records: every template in both languages, missing fields, the guard."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from collectorpro.core.errors import ValidationError
from collectorpro.documents.letter import LetterData
from collectorpro.models import (
    Address,
    ContactOverride,
    Interaction,
    IssuedDocument,
)
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    DisputeChannel,
    DisputeStatus,
    LedgerKind,
    UserRole,
)
from collectorpro.services.accounts.book import add_ledger_entry, load_account
from collectorpro.services.compliance.business_days import validation_period_end
from collectorpro.services.disputes.lifecycle import account_disputes, open_dispute
from collectorpro.services.letters.archive import account_documents, document_pdf
from collectorpro.services.letters.compose import (
    LetterBlocked,
    LetterNotProduced,
    Override,
    letter_pdf,
    prepare_letter,
)
from collectorpro.services.letters.issue import issue_letter
from collectorpro.services.letters.options import LetterOptions, save_letter_options
from collectorpro.services.letters.texts import (
    TEMPLATES,
    letter_text,
    reset_letter_text,
    save_letter_text,
)
from collectorpro.services.office.database import open_database
from collectorpro.services.office.settings import OfficeProfile, save_office_profile
from tests.factories import TODAY, make_account, make_user

NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
PROFILE = OfficeProfile(
    name="Hudson Valley Billing Services",
    address_lines=("120 Main Street, Suite 4", "Albany, NY 12207"),
    phone="(518) 555-0142",
    email="billing@hvbs.example",
    state="NY",
    is_agency=True,
)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    save_office_profile(database, PROFILE, user_id=None)
    yield database
    database.dispose()


@pytest.fixture
def user(db):
    return make_user(db)


@pytest.fixture
def account(db):
    return make_account(db)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def render(db, account_id, kind, **kw) -> tuple[LetterData, str]:
    with db.read() as session:
        letter = prepare_letter(session, account_id, kind, today=TODAY, **kw)
    return letter, text_of(letter_pdf(letter)[0])


def set_language(db, account_id, language):
    with db.write() as session:
        load_account(session, account_id).debtor.preferred_language = language


def with_dispute(db, account_id, user):
    return open_dispute(
        db,
        account_id=account_id,
        user_id=user,
        what="Says the insurance paid the visit.",
        received_on=TODAY - timedelta(days=3),
        received_via=DisputeChannel.MAIL,
        today=TODAY,
    )


# the words each letter must carry, in each language (beyond name, account and balance)
REQUIRED = {
    ("validation_notice", "en"): [
        "Notice of debt",
        "is a debt collector",
        "As of October 10, 2026, you owed:",
        "You were charged this amount in interest:",
        "You were charged this amount in fees:",
        "You paid or were credited this amount toward the debt:",
        "Total amount of the debt now:",
        "by January 1, 2027",  # the validation period's end
        "original creditor",
        "www.cfpb.gov/debt-collection",
        "How do you want to respond?",
        "Mail this form to:",
        "Póngase en contacto con nosotros para solicitar una copia de este formulario en español",
    ],
    ("validation_notice", "es"): [
        "Aviso de deuda",
        "es un cobrador de deudas",
        "Al 10 de octubre de 2026, usted debía:",
        "Cantidad total de la deuda ahora:",
        "el 1 de enero de 2027",
        "www.cfpb.gov/debt-collection",
        "¿Cómo quiere responder?",
        "Envíe este formulario por correo a:",
    ],
    ("reminder_1", "en"): ["Payment reminder", "by December 8, 2026"],
    ("reminder_1", "es"): ["Recordatorio de pago", "8 de diciembre de 2026"],
    ("reminder_2", "en"): ["Second notice", "payment plan"],
    ("reminder_2", "es"): ["Segundo aviso", "plan de pagos"],
    ("final_notice", "en"): ["Final notice", "referred to a collection agency"],
    ("final_notice", "es"): ["Aviso final", "una agencia de cobranza"],
    ("settlement_offer", "en"): ["settle", "$875.00", "by December 24, 2026"],
    ("settlement_offer", "es"): ["liquidar", "$875.00", "24 de diciembre de 2026"],
    ("dispute_acknowledgment", "en"): ["We received your dispute", "insurance paid the visit"],
    ("dispute_acknowledgment", "es"): ["Recibimos su disputa", "insurance paid the visit"],
    ("dispute_verification", "en"): ["Verification of your account", "Total amount of the debt"],
    ("dispute_verification", "es"): ["Verificación de su cuenta", "Cantidad total de la deuda"],
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", TEMPLATES)
def test_every_template_in_both_languages_holds_what_it_must(db, account, user, kind, language):
    if kind.startswith("dispute"):
        with_dispute(db, account, user)
    set_language(db, account, language)
    letter, text = render(db, account, kind)
    assert letter.language == language
    for item in REQUIRED[(kind, language)]:
        assert item in text, item
    for item in ("José Muñoz", "RFM-000001", "12 Elm St", "Albany, NY 12207"):
        assert item in text
    assert "$1,250.00" in text  # babel writes US Spanish amounts the US way too
    disclosure = "attempt to collect a debt" if language == "en" else "intento de cobrar una deuda"
    assert disclosure in text
    assert ("Page 1 of" if language == "en" else "Página 1 de") in text


def test_validation_period_is_computed_from_the_letter_date(db, account):
    letter, _text = render(db, account, "validation_notice")
    assert validation_period_end(TODAY) == date(2027, 1, 1)  # Thanksgiving is skipped
    assert "January 1, 2027" in letter.body


def test_itemization_ties_to_the_ledger(db, account, user):
    with db.write() as session:
        acct = load_account(session, account)
        after = acct.itemization_date + timedelta(days=5)
        add_ledger_entry(
            session,
            acct,
            kind=LedgerKind.INTEREST,
            amount_cents=1_234,
            effective_date=after,
            user_id=user,
        )
        add_ledger_entry(
            session,
            acct,
            kind=LedgerKind.FEE,
            amount_cents=2_500,
            effective_date=after,
            user_id=user,
        )
        add_ledger_entry(
            session,
            acct,
            kind=LedgerKind.PAYMENT,
            amount_cents=-10_000,
            effective_date=after,
            user_id=user,
        )
        balance = acct.balance_cents
    letter, text = render(db, account, "validation_notice")
    item = letter.itemization
    assert item.owed_then_cents == 125_000
    assert (item.interest_cents, item.fees_cents, item.credits_cents) == (1_234, 2_500, 10_000)
    assert item.now_cents == balance == 125_000 + 1_234 + 2_500 - 10_000
    assert "+ $12.34" in text and "– $100.00" in text and "$1,187.34" in text


def test_a_letter_without_a_mailing_address_is_not_produced(db, account):
    with db.write() as session:
        acct = load_account(session, account)
        for address in session.scalars(select(Address).where(Address.debtor_id == acct.debtor_id)):
            address.valid_to = TODAY
    with pytest.raises(LetterNotProduced) as caught:
        render(db, account, "reminder_1")
    assert caught.value.missing == ("no mailing address on file",)
    assert "RFM-000001" in str(caught.value)


def test_a_validation_notice_needs_the_itemization_date(db, account):
    with db.write() as session:
        load_account(session, account).itemization_date = None
    with pytest.raises(LetterNotProduced, match="no itemization date on the account"):
        render(db, account, "validation_notice")
    render(db, account, "reminder_1")  # a reminder does not need it


def test_dispute_letters_need_an_open_dispute(db, account):
    with pytest.raises(LetterNotProduced, match="no open dispute"):
        render(db, account, "dispute_acknowledgment")


def test_a_time_barred_debt_gets_the_variant_without_threat_of_suit(db):
    old = make_account(db, number="OLD-1", days_late=4 * 365)  # New York: 3 years
    letter, text = render(db, old, "final_notice")
    assert letter.kind == "final_notice_time_barred"
    assert "we will not sue you for it" in text
    assert "referred" not in text and "attorney" not in text
    set_language(db, old, "es")
    letter, text = render(db, old, "reminder_1")
    assert letter.kind == "reminder_1_time_barred"
    assert "no lo demandaremos" in text


def test_the_disclosure_is_switchable_for_an_office_collecting_its_own_bills(db, account):
    save_letter_options(db, LetterOptions(print_disclosure=False), user_id=None)
    _letter, text = render(db, account, "reminder_1")
    assert "attempt to collect a debt" in text  # an agency prints it whatever the switch
    save_office_profile(
        db, PROFILE.__class__(**{**PROFILE.__dict__, "is_agency": False}), user_id=None
    )
    _letter, text = render(db, account, "reminder_1")
    assert "attempt to collect a debt" not in text


def test_medical_letters_print_no_clinical_detail(db, account, user):
    with db.write() as session:
        acct = load_account(session, account)
        add_ledger_entry(
            session,
            acct,
            kind=LedgerKind.CHARGE,
            amount_cents=5_000,
            effective_date=TODAY,
            user_id=user,
            memo="CPT 44950 appendectomy, dx K35.80",
        )
    for kind in ("validation_notice", "reminder_1", "final_notice"):
        _letter, text = render(db, account, kind)
        assert "appendectomy" not in text and "K35" not in text and "44950" not in text
        assert kind == "final_notice" or "medical services" in text


def test_settlement_offer_amount_and_expiry_can_be_chosen(db, account):
    _letter, text = render(
        db,
        account,
        "settlement_offer",
        settlement_cents=60_000,
        settlement_expiry=date(2026, 12, 15),
    )
    assert "$600.00" in text and "December 15, 2026" in text
    with pytest.raises(ValidationError):
        render(db, account, "settlement_offer", settlement_cents=200_000)
    with pytest.raises(ValidationError):
        render(db, account, "settlement_offer", settlement_expiry=TODAY)


def test_issuing_logs_the_letter_and_archives_what_reproduces_it(db, account, user):
    with db.read() as session:
        letter = prepare_letter(session, account, "validation_notice", today=TODAY)
    pdf, pages = letter_pdf(letter)
    doc_id = issue_letter(
        db, letter, pdf, account_id=account, pages=pages, user_id=user, today=TODAY, at=NOON_EASTERN
    )
    docs = account_documents(db, account)
    assert [d.id for d in docs] == [doc_id]
    assert docs[0].kind_label == "Validation notice (Model Form B-1)"
    assert docs[0].channel is Channel.LETTER and docs[0].pages == pages == 1
    assert document_pdf(db, doc_id) == pdf
    with db.read() as session:
        stored = session.get(IssuedDocument, doc_id)
        again = letter_pdf(LetterData.from_json(stored.payload))[0]
        interaction = session.get(Interaction, stored.interaction_id)
        assert interaction.channel is Channel.LETTER
        assert "Validation notice" in interaction.notes
    assert again == pdf  # drawn again from the archive: byte for byte


def test_a_letter_the_guard_stops_needs_a_managers_override(db, account, user):
    with db.write() as session:
        load_account(session, account).cease_communication = True
    with db.read() as session:
        letter = prepare_letter(session, account, "reminder_1", today=TODAY)
    pdf, pages = letter_pdf(letter)
    args = dict(account_id=account, pages=pages, user_id=user, today=TODAY, at=NOON_EASTERN)
    with pytest.raises(LetterBlocked, match="stop contacting"):
        issue_letter(db, letter, pdf, **args)
    with pytest.raises(ValidationError, match="only a manager"):
        issue_letter(
            db, letter, pdf, override=Override(user, "The debtor asked for a copy."), **args
        )
    manager = make_user(db, "Ana Reyes", UserRole.MANAGER)
    with pytest.raises(ValidationError, match="full sentence"):
        issue_letter(db, letter, pdf, override=Override(manager, "ok"), **args)
    assert account_documents(db, account) == ()
    issue_letter(
        db, letter, pdf, override=Override(manager, "The debtor asked for a copy."), **args
    )
    with db.read() as session:
        override = session.scalars(select(ContactOverride)).one()
        assert override.manager_user_id == manager and "cease_communication" in override.rules


def test_the_verification_letter_goes_out_during_the_hold_and_lifts_it(db, account, user):
    with_dispute(db, account, user)
    with db.read() as session:
        reminder = prepare_letter(session, account, "reminder_1", today=TODAY)
        verification = prepare_letter(session, account, "dispute_verification", today=TODAY)
    pdf, pages = letter_pdf(reminder)
    with pytest.raises(LetterBlocked, match="dispute"):
        issue_letter(
            db,
            reminder,
            pdf,
            account_id=account,
            pages=pages,
            user_id=user,
            today=TODAY,
            at=NOON_EASTERN,
        )
    pdf, pages = letter_pdf(verification)
    issue_letter(
        db,
        verification,
        pdf,
        account_id=account,
        pages=pages,
        user_id=user,
        today=TODAY,
        at=NOON_EASTERN,
    )
    (dispute,) = account_disputes(db, account)
    assert dispute.status is DisputeStatus.VERIFICATION_SENT
    with db.read() as session:
        assert load_account(session, account).status is AccountStatus.ACTIVE


def test_the_office_edits_a_text_with_checked_placeholders(db, account, user):
    with pytest.raises(ValidationError, match=r"\{balanse\}"):
        save_letter_text(
            db, "reminder_1", "en", title="Reminder", body="You owe {balanse}.", user_id=user
        )
    with pytest.raises(ValidationError, match="brace"):
        save_letter_text(
            db, "reminder_1", "en", title="Reminder", body="You owe {balance.", user_id=user
        )
    save_letter_text(
        db,
        "reminder_1",
        "en",
        title="A friendly reminder",
        body="Dear {debtor_name},\n\nPlease pay {balance} by {pay_by}.\n",
        user_id=user,
    )
    _letter, text = render(db, account, "reminder_1")
    assert "A friendly reminder" in text and "Please pay $1,250.00 by December 8, 2026" in text
    reset_letter_text(db, "reminder_1", "en", user_id=user)
    with db.read() as session:
        assert not letter_text(session, "reminder_1", "en").custom
    _letter, text = render(db, account, "reminder_1")
    assert "Payment reminder" in text


def test_an_edit_that_needs_a_missing_office_field_names_it(db, account, user):
    save_office_profile(db, OfficeProfile(name="Clinic", is_agency=True), user_id=None)
    with pytest.raises(LetterNotProduced, match=r"no office phone number"):
        render(db, account, "reminder_1")


def test_account_ledger_memos_and_names_are_escaped(db, user):
    acct = make_account(db, number="AMP-1", first="Ann & <Bo>", last="O'Neil")
    _letter, text = render(db, acct, "reminder_1")
    assert "Ann & <Bo> O'Neil" in text


def test_spanish_language_can_be_overridden_per_letter(db, account):
    set_language(db, account, "es")
    letter, text = render(db, account, "reminder_1", language="en")
    assert letter.language == "en" and "Payment reminder" in text
    with pytest.raises(ValidationError):
        render(db, account, "reminder_1", language="fr")


def test_receipts_and_paid_in_full_letters_speak_the_debtors_language(db, account, user):
    from collectorpro.models.enums import PaymentMethod
    from collectorpro.services.money.paperwork import paid_in_full_pdf, receipt_pdf
    from collectorpro.services.money.payments import post_payment

    set_language(db, account, "es")
    result = post_payment(
        db,
        account_id=account,
        user_id=user,
        amount_cents=125_000,
        received_on=TODAY,
        method=PaymentMethod.CASH,
        today=TODAY,
    )
    receipt = text_of(receipt_pdf(db, result.ledger_entry_id, copy=False, user_id=user))
    assert "Recibo de pago" in receipt and "Página 1 de 1" in receipt
    assert "Teléfono (518) 555-0142" in receipt and "Phone" not in receipt
    letter = text_of(paid_in_full_pdf(db, account, today=TODAY))
    assert "Pagada en su totalidad" in letter or "pagada en su totalidad" in letter
