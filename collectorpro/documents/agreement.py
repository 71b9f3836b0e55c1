"""The payment arrangement agreement both parties sign: who, what is owed, when it is paid.

The document refuses to print an agreement whose schedule does not add up to the arranged total,
or whose arrangement type contradicts the amounts: a signed paper with wrong numbers is worse
than no paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

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
from collectorpro.models.enums import Arrangement
from collectorpro.services.errors import ValidationError
from collectorpro.services.plans import ScheduleLine

__all__ = ["DEFAULT_TERMS", "Arrangement", "PlanAgreementData", "render_plan_agreement"]


DEFAULT_TERMS: tuple[str, ...] = (
    "Payments are applied to this account in the order they are received.",
    "You may pay more than the scheduled amount, or pay early, at any time without penalty.",
    "Tell us right away if you cannot make a payment; we will try to work out a new date.",
)


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


def _parties(data: PlanAgreementData, width: float) -> Table:
    s = styles()
    creditor_lines = data.creditor_address or data.letterhead.address_lines
    office = data.letterhead.name
    creditor_cell: list[Flowable] = [
        Paragraph("Creditor", s.label),
        address_block(data.creditor, creditor_lines),
    ]
    if data.creditor != office:
        creditor_cell.append(Paragraph(f"represented by {esc(office)}", s.small))
    debtor_cell = [
        Paragraph("Debtor", s.label),
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
    kind = data.arrangement.label
    count = sum(1 for line in data.schedule if not line.is_down_payment)
    if len(data.schedule) > 1:
        every = f" {data.frequency_label.lower()}" if data.frequency_label else ""
        payments = f"{count}{every} payment{'s' if count != 1 else ''}"
        if count != len(data.schedule):
            payments = f"a down payment and {payments}"
        kind = f"{kind}: {payments}"
    rows = [
        ("Account number", data.account_number),
        ("Balance owed", money(data.balance_cents)),
        ("Arrangement", kind),
        ("Total to be paid", money(data.arranged_total_cents)),
    ]
    if data.arrangement is Arrangement.SETTLEMENT:
        forgiven = data.balance_cents - data.arranged_total_cents
        rows.append(("Amount forgiven if paid as agreed", money(forgiven)))
    return rows


def _agreement_text(data: PlanAgreementData) -> str:
    money = partial(_money, data.locale)
    debtor, creditor = esc(data.debtor_name), esc(data.creditor)
    total = money(data.arranged_total_cents)
    if data.arrangement is Arrangement.SETTLEMENT:
        return (
            f"{creditor} agrees to accept {total} in full settlement of the balance of "
            f"{money(data.balance_cents)} on this account, and {debtor} agrees to pay it on the "
            "schedule below. When every payment has been made, the account is settled in full."
        )
    return (
        f"{debtor} agrees to pay {creditor} the balance of {total} on this account on the "
        "schedule below. When every payment has been made, the account is paid in full."
    )


def _schedule_table(data: PlanAgreementData, width: float) -> Table:
    s = styles()
    rows: list[list[Flowable]] = [
        [
            Paragraph("No.", s.cell_head),
            Paragraph("Due date", s.cell_head),
            Paragraph("Amount", s.cell_head_right),
        ]
    ]
    for index, line in enumerate(data.schedule, start=1):
        number = str(line.number or index)
        if line.is_down_payment:
            number += "  (down payment)"
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
            Paragraph("Total", s.cell_head),
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
    if data.grace_days:
        days = "day" if data.grace_days == 1 else "days"
        late = (
            f"A payment is missed when it has not been received within {data.grace_days} "
            f"{days} after its due date."
        )
    else:
        late = "A payment is missed when it has not been received by its due date."
    n = data.misses_to_default
    when = "If a payment is missed" if n == 1 else f"If {n} payments are missed"
    if data.on_default_text:
        consequence = esc(data.on_default_text)
    elif data.arrangement is Arrangement.SETTLEMENT:
        consequence = (
            f"{when}, this agreement ends: the settlement no longer applies, and the original "
            f"balance of {money(data.balance_cents)}, less the payments made, becomes due."
        )
    else:
        consequence = (
            f"{when}, this agreement ends and the whole unpaid balance becomes due at once."
        )
    return [late, consequence]


def agreement_story(data: PlanAgreementData, width: float) -> list[Flowable]:
    """The agreement's flowables, for callers that bundle it into a larger document."""
    s = styles()
    subtitle = f"Dated {esc(fmt_date(data.agreement_date, data.locale))}"
    if data.agreement_number:
        subtitle = f"Agreement no. <b>{esc(data.agreement_number)}</b>  ·  {subtitle}"
    story: list[Flowable] = [
        Paragraph(esc(data.arrangement.title), s.title),
        Paragraph(subtitle, s.label),
        rule(10, 10),
        _parties(data, width),
        rule(10, 6),
        detail_table(_summary_rows(data), width),
        spacer(8),
        Paragraph(_agreement_text(data), s.body),
        Paragraph("Payment schedule", s.heading),
        _schedule_table(data, width),
    ]
    if data.terms:
        story.append(CondPageBreak(80))
        story.append(Paragraph("Terms", s.heading))
        story += [Paragraph(f"•  {esc(term)}", s.body) for term in data.terms]
    story.append(CondPageBreak(60))
    story.append(Paragraph("If a payment is missed", s.heading))
    story += [Paragraph(text, s.body) for text in _missed_payment_text(data)]
    story.append(KeepTogether([spacer(14), *_signatures(data, width)]))
    return story


def _signatures(data: PlanAgreementData, width: float) -> Sequence[Flowable]:
    s = styles()
    office_caption = f"For {data.creditor}"
    return [
        Paragraph("Signatures", s.heading),
        Paragraph("By signing, both parties agree to the schedule and terms above.", s.small),
        signature_block(
            [("Debtor signature", data.debtor_name), (office_caption, data.office_signer)],
            width,
            space=34,
        ),
    ]


def render_plan_agreement(
    data: PlanAgreementData, out: Output, *, page_setup: PageSetup | None = None
) -> int:
    """Write the agreement as a PDF to ``out`` (a path or binary file); return the page count."""
    setup = page_setup or PageSetup()
    footer = f"{data.arrangement.title}  ·  Account {data.account_number}"
    return build_pdf(
        out,
        agreement_story(data, setup.text_width),
        letterhead=data.letterhead,
        title=f"{data.arrangement.title} — {data.debtor_name}",
        page_setup=setup,
        footer_text=footer,
    )
