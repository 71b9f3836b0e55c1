"""The payment receipt: one page a debtor keeps as proof that a payment was received.

A reprint says COPY twice (a stamp by the title and a pale mark across the page) so it can never
pass for a second payment. The wording follows ``locale``: English, or Spanish for "es…" locales.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from collectorpro.core.errors import ValidationError
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
from collectorpro.documents.wording import COMMON, PAGE_LABEL, Language, language_of, letterhead_in
from collectorpro.models.enums import PaymentMethod

__all__ = ["ReceiptData", "render_receipt"]

_TEXT: Mapping[Language, Mapping[str, str]] = {
    "en": {
        **COMMON["en"],
        "title": "Payment receipt",
        "number_and_issued": "Receipt no. <b>{number}</b>  ·  Issued {issued}",
        "copy": "COPY",
        "reprint": "This is a reprint of the receipt issued {issued}. "
        "It does not record a new payment.",
        "received_from": "Received from",
        "amount_received": "Amount received",
        "date_received": "Date received",
        "method": "Payment method",
        "reference": "Reference",
        "balance_remaining": "Balance remaining",
        "plan": "Payment plan",
        "received_by": "Received by",
        "thanks": "Thank you for your payment. Please keep this receipt for your records.",
        "pdf_title": "Receipt {number}",
        "pdf_title_copy": "Receipt {number} (copy)",
    },
    "es": {
        **COMMON["es"],
        "title": "Recibo de pago",
        "number_and_issued": "Recibo n.º <b>{number}</b>  ·  Emitido el {issued}",
        "copy": "COPIA",
        "reprint": "Esta es una reimpresión del recibo emitido el {issued}. "
        "No registra un pago nuevo.",
        "received_from": "Recibido de",
        "amount_received": "Monto recibido",
        "date_received": "Fecha de recepción",
        "method": "Forma de pago",
        "reference": "Referencia",
        "balance_remaining": "Saldo pendiente",
        "plan": "Plan de pagos",
        "received_by": "Recibido por",
        "thanks": "Gracias por su pago. Por favor, conserve este recibo para sus registros.",
        "pdf_title": "Recibo {number}",
        "pdf_title_copy": "Recibo {number} (copia)",
    },
}

# Services pass ``PaymentMethod.label`` (English); a Spanish receipt names the method itself.
_METHOD_ES: Mapping[PaymentMethod, str] = {
    PaymentMethod.CASH: "Efectivo",
    PaymentMethod.CHECK: "Cheque",
    PaymentMethod.CARD: "Tarjeta",
    PaymentMethod.ACH: "Transferencia bancaria (ACH)",
    PaymentMethod.MONEY_ORDER: "Giro postal",
    PaymentMethod.OTHER: "Otro",
}


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


def _words(data: ReceiptData) -> Mapping[str, str]:
    return _TEXT[language_of(data.locale)]


def _method(data: ReceiptData) -> str:
    """The payment method in the receipt's language; a method typed by hand prints as typed."""
    if language_of(data.locale) == "en":
        return data.method
    for method, spanish in _METHOD_ES.items():
        if data.method in (method.label, method.value):
            return spanish
    return data.method


def _heading(data: ReceiptData, width: float) -> Table:
    s, words = styles(), _words(data)
    issued = data.issued_on or data.received_on
    left: list[Flowable] = [
        Paragraph(esc(words["title"]), s.title),
        Paragraph(
            words["number_and_issued"].format(
                number=esc(data.receipt_number), issued=esc(fmt_date(issued, data.locale))
            ),
            s.label,
        ),
    ]
    right: Flowable | str = Paragraph(esc(words["copy"]), s.stamp) if data.copy else ""
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
    s, words = styles(), _words(data)
    payer = [
        Paragraph(esc(words["received_from"]), s.label),
        address_block(data.debtor_name, data.debtor_address),
    ]
    amount = [
        Paragraph(esc(words["amount_received"]), s.label.clone("label_right", alignment=2)),
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
    s, words = styles(), _words(data)
    money = fmt_money
    rows: list[tuple[str, str]] = [
        (words["date_received"], fmt_date(data.received_on, data.locale)),
        (words["creditor"], data.creditor),
        (words["account_number"], data.account_number),
        (words["method"], _method(data)),
    ]
    if data.reference:
        rows.append((words["reference"], data.reference))
    rows.append((words["amount_received"], money(data.amount_cents, data.locale)))
    rows.append((words["balance_remaining"], money(data.balance_remaining_cents, data.locale)))
    if data.plan_status:
        rows.append((words["plan"], data.plan_status))
    rows.append((words["received_by"], data.received_by))

    story: list[Flowable] = [_heading(data, width)]
    if data.copy:
        issued = data.issued_on or data.received_on
        story.append(spacer(4))
        story.append(
            Paragraph(words["reprint"].format(issued=esc(fmt_date(issued, data.locale))), s.small)
        )
    story += [
        rule(10, 10),
        _payer_and_amount(data, width),
        rule(10, 6),
        detail_table(rows, width),
        rule(6, 12),
        Paragraph(esc(words["thanks"]), s.body),
    ]
    if data.notice:
        story += [spacer(10), Paragraph(esc(data.notice), s.small)]
    return story


def render_receipt(data: ReceiptData, out: Output, *, page_setup: PageSetup | None = None) -> int:
    """Write the receipt as a PDF to ``out`` (a path or binary file); return the page count."""
    setup = page_setup or PageSetup()
    words = _words(data)
    label = words["pdf_title"].format(number=data.receipt_number)
    account = words["account"].format(number=data.account_number)
    title = words["pdf_title_copy" if data.copy else "pdf_title"].format(number=data.receipt_number)
    return build_pdf(
        out,
        receipt_story(data, setup.text_width),
        letterhead=letterhead_in(data.letterhead, language_of(data.locale)),
        title=title,
        page_setup=setup,
        footer_text=f"{label}  ·  {account}",
        watermark=words["copy"] if data.copy else None,
        page_label=PAGE_LABEL[language_of(data.locale)],
    )
