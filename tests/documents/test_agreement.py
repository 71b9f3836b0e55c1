"""Plan agreements: parties, amounts, the schedule, what a miss means, signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date

from collectorpro.core.errors import ValidationError
from collectorpro.core.money import format_money
from collectorpro.documents import (
    DEFAULT_TERMS,
    Arrangement,
    PageSetup,
    PlanAgreementData,
    render_plan_agreement,
)
from collectorpro.documents.agreement import _TEXT, DEFAULT_TERMS_ES, default_terms
from collectorpro.services.plans.schedule import Frequency, ScheduleLine, build_schedule
from tests.documents.helpers import (
    DEBTOR_ADDRESS,
    LETTERHEAD,
    assert_translated,
    page_size,
    page_texts,
    pdf_text,
    pdf_title,
)


def _agreement(**changes) -> PlanAgreementData:
    schedule = build_schedule(
        120_000,
        frequency="monthly",
        first_due=date(2026, 1, 31),
        installments=6,
        down_payment_cents=20_000,
    )
    base = {
        "letterhead": LETTERHEAD,
        "agreement_date": date(2026, 1, 5),
        "creditor": "Riverside Family Medicine",
        "debtor_name": "José Muñoz",
        "debtor_address": DEBTOR_ADDRESS,
        "account_number": "RFM-000123",
        "balance_cents": 120_000,
        "arranged_total_cents": 120_000,
        "arrangement": Arrangement.INSTALLMENT,
        "schedule": schedule,
        "grace_days": 10,
        "misses_to_default": 2,
        "frequency_label": "Monthly",
        "agreement_number": "PA-0091",
        "office_signer": "Kim Park",
    }
    return PlanAgreementData(**{**base, **changes})


def test_installment_agreement(tmp_path: Path):
    out = tmp_path / "plan.pdf"
    data = _agreement()
    pages = render_plan_agreement(data, out)
    text = pdf_text(out)
    for expected in (
        "Payment plan agreement",
        "PA-0091",
        "January 5, 2026",
        "Creditor",
        "Riverside Family Medicine",
        "1200 Alameda Ave, Suite 4",
        "Debtor",
        "José Muñoz",
        "742 Calle Peña",
        "RFM-000123",
        "$1,200.00",
        "Installment plan: a down payment and 6 monthly payments",
        "1 (down payment)",
        "$200.00",
        "$166.66",
        "$166.70",
        "within 10 days after its due date",
        "If 2 payments are missed, this agreement ends and the whole unpaid balance",
        "Debtor signature",
        "For Riverside Family Medicine",
        "Kim Park",
        f"Page 1 of {pages}",
    ):
        assert expected in text, expected
    # every due date, clamped to the month's end and back
    for due in ("Jan 31, 2026", "Feb 28, 2026", "Mar 31, 2026", "Apr 30, 2026", "Jul 31, 2026"):
        assert due in text, due
    assert text.count("Date") >= 2  # a date line beside each signature
    assert "settle" not in text.lower()


def test_settlement_agreement_states_the_discount_and_the_way_back(tmp_path: Path):
    out = tmp_path / "settlement.pdf"
    schedule = build_schedule(
        90_000, frequency="biweekly", first_due=date(2026, 2, 6), installment_cents=30_000
    )
    data = _agreement(
        arrangement="settlement",
        arranged_total_cents=90_000,
        schedule=schedule,
        misses_to_default=1,
        grace_days=0,
        frequency_label="Biweekly",
    )
    render_plan_agreement(data, out)
    text = pdf_text(out)
    assert "Settlement agreement" in text
    assert "Settlement: 3 biweekly payments" in text
    assert "accept $900.00 in full settlement of the balance of $1,200.00" in text
    assert "$300.00" in text  # forgiven if paid as agreed, and each payment
    assert "by its due date" in text
    assert "If a payment is missed, this agreement ends: the settlement no longer applies" in text
    for due in ("Feb 6, 2026", "Feb 20, 2026", "Mar 6, 2026"):
        assert due in text


def test_pay_in_full_single_payment(tmp_path: Path):
    out = tmp_path / "pif.pdf"
    data = _agreement(
        arrangement=Arrangement.PAY_IN_FULL,
        schedule=[ScheduleLine(date(2026, 1, 15), 120_000, number=1)],
        frequency_label="",
    )
    render_plan_agreement(data, out)
    text = pdf_text(out)
    assert "Payment in full agreement" in text
    assert "Jan 15, 2026" in text
    assert "the account is paid in full" in text


def test_a_long_schedule_runs_over_pages_with_its_header_repeated(tmp_path: Path):
    out = tmp_path / "long.pdf"
    schedule = build_schedule(
        360_000, frequency="weekly", first_due=date(2026, 1, 2), installments=72
    )
    data = _agreement(
        balance_cents=360_000,
        arranged_total_cents=360_000,
        schedule=schedule,
        frequency_label="Weekly",
    )
    pages = render_plan_agreement(data, out)
    texts = page_texts(out)
    assert pages == len(texts) >= 3
    assert all(f"Page {n} of {pages}" in t for n, t in enumerate(texts, start=1))
    assert "Due date" in texts[1]  # the header row repeats on the next page
    assert "Total $3,600.00" in " ".join(texts)
    assert "Debtor signature" in texts[-1]


def test_custom_terms_and_consequence(tmp_path: Path):
    out = tmp_path / "custom.pdf"
    data = _agreement(
        terms=["Pay at the front desk or by phone.", "Checks payable to R&F <Clinic>."],
        on_default_text="The account returns to collection & may be reported.",
    )
    render_plan_agreement(data, out)
    text = pdf_text(out)
    assert "Pay at the front desk or by phone." in text
    assert "Checks payable to R&F <Clinic>." in text
    assert "The account returns to collection & may be reported." in text
    assert "order they are received" not in text  # the default terms are replaced


def test_a_spanish_installment_agreement(tmp_path: Path):
    out = tmp_path / "acuerdo.pdf"
    data = _agreement(locale="es_US", frequency_label=Frequency.MONTHLY.label)
    render_plan_agreement(data, out)
    text = pdf_text(out)
    for expected in (
        "Acuerdo de plan de pagos",
        "Acuerdo n.º PA-0091 · Fecha: 5 de enero de 2026",
        "Acreedor",
        "Deudor",
        "Número de cuenta RFM-000123",
        f"Saldo adeudado {format_money(120_000, 'es_US')}",
        "Plan de pagos a plazos: un pago inicial y 6 pagos mensuales",
        "José Muñoz se compromete a pagar a Riverside Family Medicine el saldo de",
        "la cuenta quedará pagada en su totalidad",
        "Calendario de pagos",
        "N.º Fecha de vencimiento Monto",
        "1 (pago inicial)",
        format_date(date(2026, 1, 31), "medium", locale="es_US"),
        format_date(date(2026, 7, 31), "medium", locale="es_US"),
        format_money(16_670, "es_US"),
        "Condiciones",
        *DEFAULT_TERMS_ES,
        "Si no se hace un pago",
        "en los 10 días siguientes a su vencimiento",
        "Si no se hacen 2 pagos, este acuerdo termina y todo el saldo pendiente vence",
        "Firmas",
        "Firma del deudor Fecha Por Riverside Family Medicine Fecha",
        "Teléfono (505) 555-0142",
        "Acuerdo de plan de pagos · Cuenta RFM-000123",
    ):
        assert expected in text, expected
    for english in (
        "agreement",
        "Creditor",
        "Debtor",
        "Balance owed",
        "Due date",
        "down payment",
        "Terms",
        "missed",
        "Date",
        "Signatures",
        "Phone",
        "Account",
        DEFAULT_TERMS[0],
    ):
        assert english not in text, english
    assert pdf_title(out) == "Acuerdo de plan de pagos — José Muñoz"


def test_a_spanish_settlement_agreement(tmp_path: Path):
    out = tmp_path / "liquidacion.pdf"
    schedule = build_schedule(
        90_000, frequency="biweekly", first_due=date(2026, 2, 6), installment_cents=30_000
    )
    data = _agreement(
        locale="es_US",
        arrangement="settlement",
        arranged_total_cents=90_000,
        schedule=schedule,
        misses_to_default=1,
        grace_days=1,
        frequency_label="Biweekly",
        creditor="Valley Labs & Imaging",
    )
    render_plan_agreement(data, out)
    text = pdf_text(out)
    nine, twelve = format_money(90_000, "es_US"), format_money(120_000, "es_US")
    for expected in (
        "Acuerdo de liquidación",
        "Liquidación: 3 pagos cada dos semanas",
        f"Valley Labs & Imaging acepta recibir {nine} como liquidación total del saldo de {twelve}",
        "representado por Riverside Family Medicine",
        f"Monto que se perdona si paga según lo acordado {format_money(30_000, 'es_US')}",
        "a más tardar el día siguiente a su vencimiento",
        "Si no se hace un pago, este acuerdo termina: la liquidación deja de aplicarse",
        "Por Valley Labs & Imaging",
        "quedará liquidada en su totalidad",
    ):
        assert expected in text, expected
    assert "settle" not in text.lower()


def test_spanish_terms_replace_only_the_standard_ones(tmp_path: Path):
    assert default_terms() == DEFAULT_TERMS
    assert default_terms("en_US") == DEFAULT_TERMS
    assert default_terms("es_US") == default_terms("es") == DEFAULT_TERMS_ES
    assert len(DEFAULT_TERMS_ES) == len(DEFAULT_TERMS)
    out = tmp_path / "propias.pdf"
    render_plan_agreement(_agreement(locale="es_US", terms=["Pague en la recepción."]), out)
    text = pdf_text(out)
    assert "Pague en la recepción." in text
    assert DEFAULT_TERMS_ES[0] not in text


def test_every_agreement_text_has_a_spanish_twin():
    assert_translated(_TEXT)


def test_a4_agreement(tmp_path: Path):
    out = tmp_path / "a4.pdf"
    render_plan_agreement(_agreement(), out, page_setup=PageSetup.a4())
    assert page_size(out) == pytest.approx((595.27, 841.89), abs=0.1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"arranged_total_cents": 119_999}, "adds up to \\$1,200.00, not the arranged"),
        ({"schedule": []}, "at least one scheduled payment"),
        ({"arrangement": "settlement"}, "less than the balance"),
        ({"balance_cents": 150_000}, "installment plan is for the whole balance"),
        ({"grace_days": -1}, "cannot be negative"),
        ({"misses_to_default": 0}, "At least one missed payment"),
    ],
)
def test_agreements_with_wrong_numbers_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        _agreement(**changes)


def test_an_unknown_arrangement_is_refused():
    with pytest.raises(ValueError, match="barter"):
        _agreement(arrangement="barter")
