"""Payment receipts: what a debtor reads on the paper they keep."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from collectorpro.core.errors import ValidationError
from collectorpro.core.money import format_money
from collectorpro.documents import PageSetup, ReceiptData, render_receipt
from collectorpro.documents.receipt import _TEXT
from collectorpro.documents.wording import language_of
from collectorpro.models.enums import PaymentMethod
from tests.documents.helpers import (
    DEBTOR_ADDRESS,
    LETTERHEAD,
    assert_translated,
    page_size,
    pdf_text,
    pdf_title,
)

RECEIPT = ReceiptData(
    letterhead=LETTERHEAD,
    receipt_number="R-2026-00417",
    received_on=date(2026, 1, 5),
    debtor_name="José Muñoz",
    debtor_address=DEBTOR_ADDRESS,
    creditor="Riverside Family Medicine",
    account_number="RFM-000123",
    amount_cents=123_456,
    method="Check",
    reference="Check #1042",
    balance_remaining_cents=87_450,
    plan_status="On plan: next payment due February 5, 2026",
    received_by="Kim Park",
)


def test_receipt_shows_the_payment(tmp_path: Path):
    out = tmp_path / "receipt.pdf"
    assert render_receipt(RECEIPT, out) == 1
    text = pdf_text(out)
    for expected in (
        "Payment receipt",
        "R-2026-00417",
        "José Muñoz",
        "742 Calle Peña",
        "Las Cruces, NM 88001",
        "Riverside Family Medicine",
        "RFM-000123",
        "$1,234.56",
        "$874.50",
        "Check #1042",
        "On plan: next payment due February 5, 2026",
        "Kim Park",
        "January 5, 2026",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "COPY" not in text
    assert "reprint" not in text


def test_a_reprint_says_copy_and_when_the_original_was_issued(tmp_path: Path):
    out = tmp_path / "copy.pdf"
    reprint = replace(RECEIPT, copy=True, issued_on=date(2026, 1, 6))
    render_receipt(reprint, out)
    text = pdf_text(out)
    assert text.count("COPY") >= 2  # the stamp by the title and the mark across the page
    assert "reprint of the receipt issued January 6, 2026" in text
    assert "$1,234.56" in text


def test_optional_lines_are_left_out_when_empty(tmp_path: Path):
    out = tmp_path / "plain.pdf"
    render_receipt(replace(RECEIPT, reference="", plan_status=None), out)
    text = pdf_text(out)
    assert "Reference" not in text
    assert "Payment plan" not in text


def test_a_notice_prints_at_the_bottom(tmp_path: Path):
    out = tmp_path / "notice.pdf"
    render_receipt(replace(RECEIPT, notice="This is a communication from a debt collector."), out)
    assert "This is a communication from a debt collector." in pdf_text(out)


def test_spanish_locale_formats_dates_and_money(tmp_path: Path):
    out = tmp_path / "es.pdf"
    render_receipt(replace(RECEIPT, locale="es_US"), out)
    text = pdf_text(out)
    assert "5 de enero de 2026" in text
    assert format_money(123_456, "es_US") in text


def test_a_spanish_receipt_speaks_spanish_throughout(tmp_path: Path):
    out = tmp_path / "recibo.pdf"
    render_receipt(replace(RECEIPT, locale="es_US"), out)
    text = pdf_text(out)
    for expected in (
        "Recibo de pago",
        "Recibo n.º R-2026-00417 · Emitido el 5 de enero de 2026",
        "Recibido de José Muñoz",
        "Monto recibido",
        format_money(123_456, "es_US"),
        format_money(87_450, "es_US"),
        "Fecha de recepción 5 de enero de 2026",
        "Número de cuenta RFM-000123",
        "Forma de pago Cheque",
        "Saldo pendiente",
        "Recibido por Kim Park",
        "Gracias por su pago. Por favor, conserve este recibo para sus registros.",
        "Teléfono (505) 555-0142",
        "Recibo R-2026-00417 · Cuenta RFM-000123",
    ):
        assert expected in text, expected
    for english in (
        "Payment receipt",
        "Amount received",
        "Payment method",
        "Balance remaining",
        "Thank you",
        "Phone",
        "Account RFM",
        "COP",
    ):
        assert english not in text, english
    assert pdf_title(out) == "Recibo R-2026-00417"


def test_a_spanish_reprint_says_copia(tmp_path: Path):
    out = tmp_path / "copia.pdf"
    render_receipt(replace(RECEIPT, locale="es_US", copy=True, issued_on=date(2026, 1, 6)), out)
    text = pdf_text(out)
    assert text.count("COPIA") >= 2
    assert "Esta es una reimpresión del recibo emitido el 6 de enero de 2026." in text
    assert "COPY" not in text
    assert pdf_title(out) == "Recibo R-2026-00417 (copia)"


@pytest.mark.parametrize(
    ("method", "printed"),
    [
        (PaymentMethod.ACH.label, "Transferencia bancaria (ACH)"),
        (PaymentMethod.MONEY_ORDER.label, "Giro postal"),
        ("cash", "Efectivo"),
        ("Venmo", "Venmo"),  # a method typed by hand prints as typed
    ],
)
def test_the_payment_method_is_named_in_spanish(tmp_path: Path, method, printed):
    out = tmp_path / "metodo.pdf"
    render_receipt(replace(RECEIPT, locale="es_US", method=method), out)
    assert f"Forma de pago {printed}" in pdf_text(out)


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("es_US", "es"),
        ("es", "es"),
        ("es-MX", "es"),
        ("ES_us", "es"),
        ("en_US", "en"),
        ("fr", "en"),
    ],
)
def test_the_locale_picks_the_language(locale, language):
    assert language_of(locale) == language


def test_every_receipt_text_has_a_spanish_twin():
    assert_translated(_TEXT)


def test_a4_receipt(tmp_path: Path):
    out = tmp_path / "a4.pdf"
    render_receipt(RECEIPT, out, page_setup=PageSetup.a4())
    assert page_size(out) == pytest.approx((595.27, 841.89), abs=0.1)
    assert "Page 1 of 1" in pdf_text(out)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount_cents": 0}, "above zero"),
        ({"amount_cents": -500}, "above zero"),
        ({"receipt_number": "  "}, "receipt number"),
    ],
)
def test_receipts_that_make_no_sense_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        replace(RECEIPT, **changes)
