"""The letter that closes an account, paid in full or settled in full."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from collectorpro.core.errors import ValidationError
from collectorpro.core.money import format_money
from collectorpro.documents import PaidInFullData, render_paid_in_full_letter
from collectorpro.documents.paid_in_full import _TEXT
from tests.documents.helpers import (
    DEBTOR_ADDRESS,
    LETTERHEAD,
    assert_translated,
    pdf_text,
    pdf_title,
)

PAID = PaidInFullData(
    letterhead=LETTERHEAD,
    letter_date=date(2026, 6, 1),
    debtor_name="José Muñoz",
    debtor_address=DEBTOR_ADDRESS,
    creditor="Riverside Family Medicine",
    account_number="RFM-000123",
    original_balance_cents=125_000,
    total_paid_cents=125_000,
    final_payment_on=date(2026, 5, 28),
    service_description="office visits in 2025",
    signer_name="Kim Park",
    signer_title="Billing Manager",
)


def test_paid_in_full_letter(tmp_path: Path):
    out = tmp_path / "paid.pdf"
    assert render_paid_in_full_letter(PAID, out) == 1
    text = pdf_text(out)
    for expected in (
        "June 1, 2026",
        "Dear José Muñoz,",
        "742 Calle Peña",
        "Re: Account RFM-000123 — Paid in full",
        "paid in full on May 28, 2026",
        "office visits in 2025",
        "$1,250.00",
        "$0.00",
        "Kim Park",
        "Billing Manager",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "settle" not in text.lower()


def test_settled_in_full_letter(tmp_path: Path):
    out = tmp_path / "settled.pdf"
    render_paid_in_full_letter(replace(PAID, settled=True, total_paid_cents=90_000), out)
    text = pdf_text(out)
    assert "Re: Account RFM-000123 — Settled in full" in text
    assert "settled in full on May 28, 2026" in text
    assert "payments totaling $900.00 in full" in text
    assert "balance of $1,250.00" in text
    assert "Paid in full" not in text


def test_a_spanish_paid_in_full_letter(tmp_path: Path):
    out = tmp_path / "pagada.pdf"
    render_paid_in_full_letter(replace(PAID, locale="es_US"), out)
    text = pdf_text(out)
    for expected in (
        "1 de junio de 2026",
        "Asunto: Cuenta RFM-000123 — Pagada en su totalidad",
        "Estimado(a) José Muñoz:",
        "fue pagada en su totalidad el 28 de mayo de 2026",
        "por concepto de office visits in 2025",  # the office's own words print as typed
        "Usted no debe nada más en esta cuenta.",
        "Número de cuenta RFM-000123",
        f"Saldo original {format_money(125_000, 'es_US')}",
        f"Saldo actual {format_money(0, 'es_US')}",
        "Último pago recibido 28 de mayo de 2026",
        "Estado Pagada en su totalidad",
        "Atentamente,",
        "Kim Park",
        "Teléfono (505) 555-0142",
        "Cuenta RFM-000123 · Pagada en su totalidad",
    ):
        assert expected in text, expected
    for english in ("Dear", "Re:", "Paid in full", "Sincerely", "Account", "Thank you", "Phone"):
        assert english not in text, english
    assert "liquidada" not in text.lower()
    assert pdf_title(out) == "Pagada en su totalidad — Cuenta RFM-000123"


def test_a_spanish_settled_in_full_letter(tmp_path: Path):
    out = tmp_path / "liquidada.pdf"
    settled = replace(PAID, locale="es_US", settled=True, total_paid_cents=90_000)
    assert settled.outcome == "Liquidada en su totalidad"
    render_paid_in_full_letter(settled, out)
    text = pdf_text(out)
    assert "Asunto: Cuenta RFM-000123 — Liquidada en su totalidad" in text
    assert "fue liquidada en su totalidad el 28 de mayo de 2026" in text
    assert (
        f"Aceptamos pagos por un total de {format_money(90_000, 'es_US')} como pago total del "
        f"saldo de {format_money(125_000, 'es_US')}." in text
    )
    assert "no le cobraremos la cantidad restante" in text
    assert "pagada en su totalidad" not in text.lower()
    assert "settle" not in text.lower()


def test_every_letter_text_has_a_spanish_twin():
    assert_translated(_TEXT)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"settled": True}, "less than the balance"),
        ({"total_paid_cents": 0}, "above zero"),
        ({"original_balance_cents": -1}, "above zero"),
    ],
)
def test_letters_that_would_mislead_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        replace(PAID, **changes)
