"""The letter that closes an account: paid in full, or settled in full.

Debtors ask for this letter to show a credit bureau, a landlord or a lender, so it states the
account, the creditor, the date of the last payment and a zero balance in plain words.
The wording follows ``locale``: English, or Spanish for "es…" locales.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph

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

__all__ = ["PaidInFullData", "render_paid_in_full_letter"]

_TEXT: Mapping[Language, Mapping[str, str]] = {
    "en": {
        **COMMON["en"],
        "paid": "Paid in full",
        "settled": "Settled in full",
        "original_balance": "Original balance",
        "total_paid": "Total paid",
        "final_payment": "Final payment received",
        "balance_now": "Balance now",
        "status": "Status",
        "subject": "Re: Account {number} — {outcome}",
        "dear": "Dear {name},",
        "about": " for {service}",
        "confirm_settled": "This letter confirms that your account with {creditor}{about} was "
        "<b>settled in full</b> on {on}. We accepted payments totaling {paid} in full "
        "satisfaction of the balance of {balance}.",
        "closed_settled": "The account is closed with a balance of {zero}. You owe nothing more "
        "on it, and we will not seek the remaining amount.",
        "confirm_paid": "This letter confirms that your account with {creditor}{about} was "
        "<b>paid in full</b> on {on}.",
        "closed_paid": "The account is closed with a balance of {zero}. "
        "You owe nothing more on it.",
        "thanks": "Thank you. Please keep this letter for your records.",
        "closing": "Sincerely,",
        "pdf_title": "{outcome} — Account {number}",
    },
    "es": {
        **COMMON["es"],
        "paid": "Pagada en su totalidad",
        "settled": "Liquidada en su totalidad",
        "original_balance": "Saldo original",
        "total_paid": "Total pagado",
        "final_payment": "Último pago recibido",
        "balance_now": "Saldo actual",
        "status": "Estado",
        "subject": "Asunto: Cuenta {number} — {outcome}",
        "dear": "Estimado(a) {name}:",
        "about": " por concepto de {service}",
        "confirm_settled": "Por medio de esta carta confirmamos que su cuenta con "
        "{creditor}{about} fue <b>liquidada en su totalidad</b> el {on}. Aceptamos pagos por "
        "un total de {paid} como pago total del saldo de {balance}.",
        "closed_settled": "La cuenta está cerrada con un saldo de {zero}. Usted no debe nada "
        "más en esta cuenta y no le cobraremos la cantidad restante.",
        "confirm_paid": "Por medio de esta carta confirmamos que su cuenta con {creditor}{about} "
        "fue <b>pagada en su totalidad</b> el {on}.",
        "closed_paid": "La cuenta está cerrada con un saldo de {zero}. Usted no debe nada más "
        "en esta cuenta.",
        "thanks": "Gracias. Por favor, conserve esta carta para sus registros.",
        "closing": "Atentamente,",
        "pdf_title": "{outcome} — Cuenta {number}",
    },
}


@dataclass(frozen=True, kw_only=True)
class PaidInFullData:
    """A closed account, as the letter states it. ``settled`` picks the settled-in-full wording."""

    letterhead: OfficeLetterhead
    letter_date: date
    debtor_name: str
    debtor_address: tuple[str, ...]
    creditor: str
    account_number: str
    original_balance_cents: int
    total_paid_cents: int
    final_payment_on: date
    settled: bool = False
    service_description: str = ""  # e.g. "Office visit of March 3, 2025"
    signer_name: str = ""
    signer_title: str = ""
    notice: str = ""
    locale: str = "en_US"

    def __post_init__(self) -> None:
        object.__setattr__(self, "debtor_address", tuple(self.debtor_address))
        if self.original_balance_cents <= 0 or self.total_paid_cents <= 0:
            raise ValidationError("The balance and the amount paid must be above zero.")
        if self.settled and self.total_paid_cents >= self.original_balance_cents:
            raise ValidationError(
                "A settlement is for less than the balance; send a paid-in-full letter instead."
            )

    @property
    def outcome(self) -> str:
        """Paid in full or settled in full, in the letter's language."""
        return _words(self)["settled" if self.settled else "paid"]


def _words(data: PaidInFullData) -> Mapping[str, str]:
    return _TEXT[language_of(data.locale)]


def _body(data: PaidInFullData) -> list[str]:
    locale, words = data.locale, _words(data)
    values = {
        "paid": esc(fmt_money(data.total_paid_cents, locale)),
        "balance": esc(fmt_money(data.original_balance_cents, locale)),
        "zero": esc(fmt_money(0, locale)),
        "on": esc(fmt_date(data.final_payment_on, locale)),
        "creditor": esc(data.creditor),
        "about": words["about"].format(service=esc(data.service_description))
        if data.service_description
        else "",
    }
    outcome = "settled" if data.settled else "paid"
    first = words[f"confirm_{outcome}"].format(**values)
    second = words[f"closed_{outcome}"].format(**values)
    return [first, second, esc(words["thanks"])]


def paid_in_full_story(data: PaidInFullData, width: float) -> list[Flowable]:
    """The letter's flowables, for callers that bundle letters into one print job."""
    s, words = styles(), _words(data)
    rows = [
        (words["account_number"], data.account_number),
        (words["creditor"], data.creditor),
        (words["original_balance"], fmt_money(data.original_balance_cents, data.locale)),
        (words["total_paid"], fmt_money(data.total_paid_cents, data.locale)),
        (words["final_payment"], fmt_date(data.final_payment_on, data.locale)),
        (words["balance_now"], fmt_money(0, data.locale)),
        (words["status"], data.outcome),
    ]
    subject = words["subject"].format(number=esc(data.account_number), outcome=esc(data.outcome))
    story: list[Flowable] = [
        Paragraph(esc(fmt_date(data.letter_date, data.locale)), s.body),
        spacer(16),
        address_block(data.debtor_name, data.debtor_address),
        spacer(18),
        Paragraph(f"<b>{subject}</b>", s.body),
        spacer(10),
        Paragraph(words["dear"].format(name=esc(data.debtor_name)), s.body),
        spacer(8),
    ]
    for text in _body(data):
        story += [Paragraph(text, s.body), spacer(8)]
    story += [rule(2, 6), detail_table(rows, width * 0.75), rule(6, 14)]
    signature = [
        Paragraph(esc(words["closing"]), s.body),
        spacer(34),
        *[
            Paragraph(esc(part), s.body)
            for part in (data.signer_name, data.signer_title, data.letterhead.name)
            if part
        ],
    ]
    story.append(KeepTogether(signature))
    if data.notice:
        story += [spacer(16), Paragraph(esc(data.notice), s.small)]
    return story


def render_paid_in_full_letter(
    data: PaidInFullData, out: Output, *, page_setup: PageSetup | None = None
) -> int:
    """Write the letter as a PDF to ``out`` (a path or binary file); return the page count."""
    setup = page_setup or PageSetup()
    words = _words(data)
    account = words["account"].format(number=data.account_number)
    return build_pdf(
        out,
        paid_in_full_story(data, setup.text_width),
        letterhead=letterhead_in(data.letterhead, language_of(data.locale)),
        title=words["pdf_title"].format(outcome=data.outcome, number=data.account_number),
        page_setup=setup,
        footer_text=f"{account}  ·  {data.outcome}",
        page_label=PAGE_LABEL[language_of(data.locale)],
    )
