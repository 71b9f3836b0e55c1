"""The payment arrangement agreement both parties sign: who, what is owed, when it is paid.

The document refuses to print an agreement whose schedule does not add up to the arranged total,
or whose arrangement type contradicts the amounts: a signed paper with wrong numbers is worse
than no paper. The wording follows ``locale``: English, or Spanish for "es…" locales.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from collectorpro.core.errors import ValidationError
from collectorpro.core.schedule import Frequency, ScheduleLine
from collectorpro.documents.page import INK, RULE, OfficeLetterhead, Output, PageSetup, build_pdf
from collectorpro.documents.styles import (
    SHADE,
    address_block,
    detail_table,
    esc,
    fmt_date,
    fmt_money,
    rule,
    signature_block,
    spacer,
    styles,
)
from collectorpro.documents.wording import COMMON, PAGE_LABEL, Language, language_of, letterhead_in
from collectorpro.models.enums import Arrangement

__all__ = [
    "DEFAULT_TERMS",
    "DEFAULT_TERMS_ES",
    "Arrangement",
    "PlanAgreementData",
    "default_terms",
    "render_plan_agreement",
]


DEFAULT_TERMS: tuple[str, ...] = (
    "Payments are applied to this account in the order they are received.",
    "You may pay more than the scheduled amount, or pay early, at any time without penalty.",
    "Tell us right away if you cannot make a payment; we will try to work out a new date.",
)

DEFAULT_TERMS_ES: tuple[str, ...] = (
    "Los pagos se aplican a esta cuenta en el orden en que se reciben.",
    "Puede pagar más de lo programado, o pagar antes, en cualquier momento y sin penalidad.",
    "Avísenos de inmediato si no puede hacer un pago; trataremos de acordar una nueva fecha.",
)


def default_terms(locale: str = "en_US") -> tuple[str, ...]:
    """The standard terms in the language of ``locale`` ("en", "es", "es_US", …)."""
    return DEFAULT_TERMS_ES if language_of(locale) == "es" else DEFAULT_TERMS


_TEXT: Mapping[Language, Mapping[str, str]] = {
    "en": {
        **COMMON["en"],
        "dated": "Dated {date}",
        "number_and_dated": "Agreement no. <b>{number}</b>  ·  {dated}",
        "debtor": "Debtor",
        "represented_by": "represented by {office}",
        "balance_owed": "Balance owed",
        "arrangement": "Arrangement",
        "total_to_pay": "Total to be paid",
        "forgiven": "Amount forgiven if paid as agreed",
        "kind_and_payments": "{kind}: {payments}",
        "payments_one": "{count}{every} payment",
        "payments_many": "{count}{every} payments",
        "with_down_payment": "a down payment and {payments}",
        "agree_settlement": "{creditor} agrees to accept {total} in full settlement of the "
        "balance of {balance} on this account, and {debtor} agrees to pay it on the schedule "
        "below. When every payment has been made, the account is settled in full.",
        "agree_full": "{debtor} agrees to pay {creditor} the balance of {total} on this account "
        "on the schedule below. When every payment has been made, the account is paid in full.",
        "schedule": "Payment schedule",
        "col_number": "No.",
        "col_due": "Due date",
        "col_amount": "Amount",
        "down_payment": "{number}  (down payment)",
        "total": "Total",
        "terms": "Terms",
        "missed_heading": "If a payment is missed",
        "late_grace_one": "A payment is missed when it has not been received within 1 day "
        "after its due date.",
        "late_grace_many": "A payment is missed when it has not been received within {days} "
        "days after its due date.",
        "late": "A payment is missed when it has not been received by its due date.",
        "when_one": "If a payment is missed",
        "when_many": "If {count} payments are missed",
        "ends_settlement": "{when}, this agreement ends: the settlement no longer applies, and "
        "the original balance of {balance}, less the payments made, becomes due.",
        "ends": "{when}, this agreement ends and the whole unpaid balance becomes due at once.",
        "signatures": "Signatures",
        "by_signing": "By signing, both parties agree to the schedule and terms above.",
        "debtor_signature": "Debtor signature",
        "for_creditor": "For {creditor}",
        "date": "Date",
        "pdf_title": "{title} — {debtor}",
    },
    "es": {
        **COMMON["es"],
        "dated": "Fecha: {date}",
        "number_and_dated": "Acuerdo n.º <b>{number}</b>  ·  {dated}",
        "debtor": "Deudor",
        "represented_by": "representado por {office}",
        "balance_owed": "Saldo adeudado",
        "arrangement": "Tipo de acuerdo",
        "total_to_pay": "Total a pagar",
        "forgiven": "Monto que se perdona si paga según lo acordado",
        "kind_and_payments": "{kind}: {payments}",
        "payments_one": "{count} pago{every}",
        "payments_many": "{count} pagos{every}",
        "with_down_payment": "un pago inicial y {payments}",
        "agree_settlement": "{creditor} acepta recibir {total} como liquidación total del "
        "saldo de {balance} de esta cuenta, y {debtor} se compromete a pagar esa cantidad según "
        "el calendario siguiente. Una vez hechos todos los pagos, la cuenta quedará liquidada "
        "en su totalidad.",
        "agree_full": "{debtor} se compromete a pagar a {creditor} el saldo de {total} de esta "
        "cuenta según el calendario siguiente. Una vez hechos todos los pagos, la cuenta quedará "
        "pagada en su totalidad.",
        "schedule": "Calendario de pagos",
        "col_number": "N.º",
        "col_due": "Fecha de vencimiento",
        "col_amount": "Monto",
        "down_payment": "{number}  (pago inicial)",
        "total": "Total",
        "terms": "Condiciones",
        "missed_heading": "Si no se hace un pago",
        "late_grace_one": "Un pago se considera incumplido si no lo recibimos a más tardar el "
        "día siguiente a su vencimiento.",
        "late_grace_many": "Un pago se considera incumplido si no lo recibimos en los {days} días "
        "siguientes a su vencimiento.",
        "late": "Un pago se considera incumplido si no lo recibimos a más tardar en su fecha "
        "de vencimiento.",
        "when_one": "Si no se hace un pago",
        "when_many": "Si no se hacen {count} pagos",
        "ends_settlement": "{when}, este acuerdo termina: la liquidación deja de aplicarse y vence "
        "el saldo original de {balance}, menos los pagos ya hechos.",
        "ends": "{when}, este acuerdo termina y todo el saldo pendiente vence de inmediato.",
        "signatures": "Firmas",
        "by_signing": "Al firmar, ambas partes aceptan el calendario de pagos y las condiciones "
        "anteriores.",
        "debtor_signature": "Firma del deudor",
        "for_creditor": "Por {creditor}",
        "date": "Fecha",
        "pdf_title": "{title} — {debtor}",
    },
}

# Spanish names for what ``Arrangement.label`` / ``Arrangement.title`` say in English.
_ARRANGEMENT_ES: Mapping[Arrangement, tuple[str, str]] = {
    Arrangement.PAY_IN_FULL: ("Pago total", "Acuerdo de pago total"),
    Arrangement.SETTLEMENT: ("Liquidación", "Acuerdo de liquidación"),
    Arrangement.INSTALLMENT: ("Plan de pagos a plazos", "Acuerdo de plan de pagos"),
}

# How often, after "pago" / "pagos"; services pass ``Frequency.label`` ("Monthly").
_FREQUENCY_ES: Mapping[Frequency, tuple[str, str]] = {
    Frequency.WEEKLY: ("semanal", "semanales"),
    Frequency.BIWEEKLY: ("cada dos semanas", "cada dos semanas"),
    Frequency.SEMIMONTHLY: ("quincenal (días 1 y 15)", "quincenales (días 1 y 15)"),
    Frequency.MONTHLY: ("mensual", "mensuales"),
}


@dataclass(frozen=True, kw_only=True)
class PlanAgreementData:
    """An arrangement ready to print; ``schedule`` comes from ``services.plans.build_schedule``."""

    letterhead: OfficeLetterhead
    agreement_date: date
    creditor: str
    debtor_name: str
    debtor_address: tuple[str, ...]
    account_number: str
    balance_cents: int
    arranged_total_cents: int
    arrangement: Arrangement
    schedule: tuple[ScheduleLine, ...]
    grace_days: int = 0
    misses_to_default: int = 1  # missed payments that end the plan
    terms: tuple[str, ...] = DEFAULT_TERMS
    on_default_text: str | None = None  # replaces the standard "what happens" sentence
    creditor_address: tuple[str, ...] = ()  # empty: the letterhead's address
    frequency_label: str = ""  # e.g. "Monthly", shown with the arrangement
    agreement_number: str = ""
    office_signer: str = ""
    locale: str = "en_US"

    def __post_init__(self) -> None:
        for name in ("debtor_address", "schedule", "terms", "creditor_address"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "arrangement", Arrangement(self.arrangement))
        _check(self)


def _check(data: PlanAgreementData) -> None:
    if not data.schedule:
        raise ValidationError("An agreement needs at least one scheduled payment.")
    scheduled = sum(line.amount_cents for line in data.schedule)
    if scheduled != data.arranged_total_cents:
        raise ValidationError(
            f"The schedule adds up to {fmt_money(scheduled, data.locale)}, not the arranged "
            f"{fmt_money(data.arranged_total_cents, data.locale)}."
        )
    if data.arranged_total_cents <= 0 or data.balance_cents <= 0:
        raise ValidationError("The balance and the arranged total must be above zero.")
    if data.arrangement is Arrangement.SETTLEMENT:
        if data.arranged_total_cents >= data.balance_cents:
            raise ValidationError("A settlement is for less than the balance.")
    elif data.arranged_total_cents != data.balance_cents:
        raise ValidationError(f"A {data.arrangement.label.lower()} is for the whole balance.")
    if data.grace_days < 0:
        raise ValidationError("Grace days cannot be negative.")
    if data.misses_to_default < 1:
        raise ValidationError("At least one missed payment must be allowed to end the plan.")


def _money(locale: str, cents: int) -> str:
    return fmt_money(cents, locale)


def _words(data: PlanAgreementData) -> Mapping[str, str]:
    return _TEXT[language_of(data.locale)]


def _title(data: PlanAgreementData) -> str:
    if language_of(data.locale) == "es":
        return _ARRANGEMENT_ES[data.arrangement][1]
    return data.arrangement.title


def _kind(data: PlanAgreementData) -> str:
    if language_of(data.locale) == "es":
        return _ARRANGEMENT_ES[data.arrangement][0]
    return data.arrangement.label


def _every(data: PlanAgreementData, count: int) -> str:
    """How often the payments fall due, ready to follow the count ("6 monthly payments")."""
    label = data.frequency_label
    if not label:
        return ""
    if language_of(data.locale) == "en":
        return f" {label.lower()}"
    for frequency, (one, many) in _FREQUENCY_ES.items():
        if label.lower() in (frequency.value, frequency.label.lower()):
            return f" {one if count == 1 else many}"
    return f" ({label.lower()})"  # a label we cannot translate still says how often


def _terms(data: PlanAgreementData) -> tuple[str, ...]:
    """The terms to print: the standard ones follow the language; an office's own print as typed."""
    return default_terms(data.locale) if data.terms == DEFAULT_TERMS else data.terms


def _parties(data: PlanAgreementData, width: float) -> Table:
    s, words = styles(), _words(data)
    creditor_lines = data.creditor_address or data.letterhead.address_lines
    office = data.letterhead.name
    creditor_cell: list[Flowable] = [
        Paragraph(esc(words["creditor"]), s.label),
        address_block(data.creditor, creditor_lines),
    ]
    if data.creditor != office:
        creditor_cell.append(Paragraph(words["represented_by"].format(office=esc(office)), s.small))
    debtor_cell = [
        Paragraph(esc(words["debtor"]), s.label),
        address_block(data.debtor_name, data.debtor_address),
    ]
    table = Table([[creditor_cell, debtor_cell]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table


def _summary_rows(data: PlanAgreementData) -> list[tuple[str, str]]:
    money = partial(_money, data.locale)
    words = _words(data)
    kind = _kind(data)
    count = sum(1 for line in data.schedule if not line.is_down_payment)
    if len(data.schedule) > 1:
        template = words["payments_one" if count == 1 else "payments_many"]
        payments = template.format(count=count, every=_every(data, count))
        if count != len(data.schedule):
            payments = words["with_down_payment"].format(payments=payments)
        kind = words["kind_and_payments"].format(kind=kind, payments=payments)
    rows = [
        (words["account_number"], data.account_number),
        (words["balance_owed"], money(data.balance_cents)),
        (words["arrangement"], kind),
        (words["total_to_pay"], money(data.arranged_total_cents)),
    ]
    if data.arrangement is Arrangement.SETTLEMENT:
        forgiven = data.balance_cents - data.arranged_total_cents
        rows.append((words["forgiven"], money(forgiven)))
    return rows


def _agreement_text(data: PlanAgreementData) -> str:
    money = partial(_money, data.locale)
    words = _words(data)
    debtor, creditor = esc(data.debtor_name), esc(data.creditor)
    total = esc(money(data.arranged_total_cents))
    balance = esc(money(data.balance_cents))
    key = "agree_settlement" if data.arrangement is Arrangement.SETTLEMENT else "agree_full"
    return words[key].format(creditor=creditor, debtor=debtor, total=total, balance=balance)


def _schedule_table(data: PlanAgreementData, width: float) -> Table:
    s, words = styles(), _words(data)
    rows: list[list[Flowable]] = [
        [
            Paragraph(esc(words["col_number"]), s.cell_head),
            Paragraph(esc(words["col_due"]), s.cell_head),
            Paragraph(esc(words["col_amount"]), s.cell_head_right),
        ]
    ]
    for index, line in enumerate(data.schedule, start=1):
        number = str(line.number or index)
        if line.is_down_payment:
            number = words["down_payment"].format(number=number)
        rows.append(
            [
                Paragraph(esc(number), s.cell),
                Paragraph(esc(fmt_date(line.due, data.locale, "medium")), s.cell),
                Paragraph(esc(fmt_money(line.amount_cents, data.locale)), s.cell_right),
            ]
        )
    total = sum(line.amount_cents for line in data.schedule)
    rows.append(
        [
            Paragraph(esc(words["total"]), s.cell_head),
            Paragraph("", s.cell),
            Paragraph(esc(fmt_money(total, data.locale)), s.cell_head_right),
        ]
    )
    table = Table(rows, colWidths=[width * 0.36, width * 0.36, width * 0.28], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [None, "#f8fafc"]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _missed_payment_text(data: PlanAgreementData) -> list[str]:
    money = partial(_money, data.locale)
    words = _words(data)
    if data.grace_days:
        late = words["late_grace_one" if data.grace_days == 1 else "late_grace_many"]
    else:
        late = words["late"]
    late = esc(late.format(days=data.grace_days))
    n = data.misses_to_default
    when = words["when_one" if n == 1 else "when_many"].format(count=n)
    if data.on_default_text:
        consequence = esc(data.on_default_text)
    elif data.arrangement is Arrangement.SETTLEMENT:
        consequence = words["ends_settlement"].format(
            when=esc(when), balance=esc(money(data.balance_cents))
        )
    else:
        consequence = words["ends"].format(when=esc(when))
    return [late, consequence]


def agreement_story(data: PlanAgreementData, width: float) -> list[Flowable]:
    """The agreement's flowables, for callers that bundle it into a larger document."""
    s, words = styles(), _words(data)
    subtitle = words["dated"].format(date=esc(fmt_date(data.agreement_date, data.locale)))
    if data.agreement_number:
        subtitle = words["number_and_dated"].format(
            number=esc(data.agreement_number), dated=subtitle
        )
    story: list[Flowable] = [
        Paragraph(esc(_title(data)), s.title),
        Paragraph(subtitle, s.label),
        rule(10, 10),
        _parties(data, width),
        rule(10, 6),
        detail_table(_summary_rows(data), width),
        spacer(8),
        Paragraph(_agreement_text(data), s.body),
        Paragraph(esc(words["schedule"]), s.heading),
        _schedule_table(data, width),
    ]
    terms = _terms(data)
    if terms:
        story.append(CondPageBreak(80))
        story.append(Paragraph(esc(words["terms"]), s.heading))
        story += [Paragraph(f"•  {esc(term)}", s.body) for term in terms]
    story.append(CondPageBreak(60))
    story.append(Paragraph(esc(words["missed_heading"]), s.heading))
    story += [Paragraph(text, s.body) for text in _missed_payment_text(data)]
    story.append(KeepTogether([spacer(14), *_signatures(data, width)]))
    return story


def _signatures(data: PlanAgreementData, width: float) -> Sequence[Flowable]:
    s, words = styles(), _words(data)
    office_caption = words["for_creditor"].format(creditor=data.creditor)
    block = signature_block(
        [(words["debtor_signature"], data.debtor_name), (office_caption, data.office_signer)],
        width,
        space=34,
        date_caption=words["date"],
    )
    return [
        Paragraph(esc(words["signatures"]), s.heading),
        Paragraph(esc(words["by_signing"]), s.small),
        block,
    ]


def render_plan_agreement(
    data: PlanAgreementData, out: Output, *, page_setup: PageSetup | None = None
) -> int:
    """Write the agreement as a PDF to ``out`` (a path or binary file); return the page count."""
    setup = page_setup or PageSetup()
    words, title = _words(data), _title(data)
    footer = f"{title}  ·  {words['account'].format(number=data.account_number)}"
    return build_pdf(
        out,
        agreement_story(data, setup.text_width),
        letterhead=letterhead_in(data.letterhead, language_of(data.locale)),
        title=words["pdf_title"].format(title=title, debtor=data.debtor_name),
        page_setup=setup,
        footer_text=footer,
        page_label=PAGE_LABEL[language_of(data.locale)],
    )
