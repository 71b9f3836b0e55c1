"""The payment receipt: one page a debtor keeps as proof that a payment was received.

A reprint says COPY twice (a stamp by the title and a pale mark across the page) so it can never
pass for a second payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from collectorpro.documents.page import OfficeLetterhead, Output, PageSetup, build_pdf
from collectorpro.documents.styles import (
    address_block,
    detail_table,
    esc,
    fmt_date,
    fmt_money,
    rule,
    spacer,
    styles,
)
from collectorpro.services.errors import ValidationError

__all__ = ["ReceiptData", "render_receipt"]


@dataclass(frozen=True, kw_only=True)
class ReceiptData:
    """Everything printed on a receipt, as plain values a service fills in."""

    letterhead: OfficeLetterhead
    receipt_number: str
    received_on: date
    debtor_name: str
    debtor_address: tuple[str, ...]
    creditor: str
    account_number: str
    amount_cents: int
    method: str
    balance_remaining_cents: int
    received_by: str
    reference: str = ""
    plan_status: str | None = None
    issued_on: date | None = None  # None: issued the day the payment was received
    copy: bool = False
    locale: str = "en_US"
    notice: str = ""  # e.g. a disclosure the office must print on every receipt

    def __post_init__(self) -> None:
        object.__setattr__(self, "debtor_address", tuple(self.debtor_address))
        if self.amount_cents <= 0:
            raise ValidationError("A receipt is for an amount above zero.", field="amount")
        if not self.receipt_number.strip():
            raise ValidationError("A receipt needs a receipt number.", field="receipt_number")


def _heading(data: ReceiptData, width: float) -> Table:
    s = styles()
    issued = data.issued_on or data.received_on
    left: list[Flowable] = [
        Paragraph("Payment receipt", s.title),
        Paragraph(
            f"Receipt no. <b>{esc(data.receipt_number)}</b>  ·  "
            f"Issued {esc(fmt_date(issued, data.locale))}",
            s.label,
        ),
    ]
    right: Flowable | str = Paragraph("COPY", s.stamp) if data.copy else ""
    table = Table([[left, right]], colWidths=[width - 90, 90])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def _payer_and_amount(data: ReceiptData, width: float) -> Table:
    s = styles()
    payer = [
        Paragraph("Received from", s.label),
        address_block(data.debtor_name, data.debtor_address),
    ]
    amount = [
        Paragraph("Amount received", s.label.clone("label_right", alignment=2)),
        Paragraph(esc(fmt_money(data.amount_cents, data.locale)), s.amount),
    ]
    table = Table([[payer, amount]], colWidths=[width * 0.55, width * 0.45])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def receipt_story(data: ReceiptData, width: float) -> list[Flowable]:
    """The receipt's flowables, for callers that bundle receipts into a larger document."""
    s = styles()
    money = fmt_money
    rows: list[tuple[str, str]] = [
        ("Date received", fmt_date(data.received_on, data.locale)),
        ("Creditor", data.creditor),
        ("Account number", data.account_number),
        ("Payment method", data.method),
    ]
    if data.reference:
        rows.append(("Reference", data.reference))
    rows.append(("Amount received", money(data.amount_cents, data.locale)))
    rows.append(("Balance remaining", money(data.balance_remaining_cents, data.locale)))
    if data.plan_status:
        rows.append(("Payment plan", data.plan_status))
    rows.append(("Received by", data.received_by))

    story: list[Flowable] = [_heading(data, width)]
    if data.copy:
        issued = data.issued_on or data.received_on
        story.append(spacer(4))
        story.append(
            Paragraph(
                f"This is a reprint of the receipt issued {esc(fmt_date(issued, data.locale))}. "
                "It does not record a new payment.",
                s.small,
            )
        )
    story += [
        rule(10, 10),
        _payer_and_amount(data, width),
        rule(10, 6),
        detail_table(rows, width),
        rule(6, 12),
        Paragraph("Thank you for your payment. Please keep this receipt for your records.", s.body),
    ]
    if data.notice:
        story += [spacer(10), Paragraph(esc(data.notice), s.small)]
    return story


def render_receipt(data: ReceiptData, out: Output, *, page_setup: PageSetup | None = None) -> int:
    """Write the receipt as a PDF to ``out`` (a path or binary file); return the page count."""
    setup = page_setup or PageSetup()
    label = f"Receipt {data.receipt_number}"
    return build_pdf(
        out,
        receipt_story(data, setup.text_width),
        letterhead=data.letterhead,
        title=f"{label} (copy)" if data.copy else label,
        page_setup=setup,
        footer_text=f"{label}  ·  Account {data.account_number}",
        watermark="COPY" if data.copy else None,
    )
