"""The letter that closes an account: paid in full, or settled in full.

Debtors ask for this letter to show a credit bureau, a landlord or a lender, so it states the
account, the creditor, the date of the last payment and a zero balance in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph

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

__all__ = ["PaidInFullData", "render_paid_in_full_letter"]


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
        return "Settled in full" if self.settled else "Paid in full"


def _body(data: PaidInFullData) -> list[str]:
    locale = data.locale
    paid = esc(fmt_money(data.total_paid_cents, locale))
    balance = esc(fmt_money(data.original_balance_cents, locale))
    zero = esc(fmt_money(0, locale))
    on = esc(fmt_date(data.final_payment_on, data.locale))
    creditor = esc(data.creditor)
    about = f" for {esc(data.service_description)}" if data.service_description else ""
    if data.settled:
        first = (
            f"This letter confirms that your account with {creditor}{about} was "
            f"<b>settled in full</b> on {on}. We accepted payments totaling {paid} in full "
            f"satisfaction of the balance of {balance}."
        )
        second = (
            f"The account is closed with a balance of {zero}. You owe nothing more on it, "
            "and we will not seek the remaining amount."
        )
    else:
        first = (
            f"This letter confirms that your account with {creditor}{about} was "
            f"<b>paid in full</b> on {on}."
        )
        second = f"The account is closed with a balance of {zero}. You owe nothing more on it."
    return [first, second, "Thank you. Please keep this letter for your records."]


def paid_in_full_story(data: PaidInFullData, width: float) -> list[Flowable]:
    """The letter's flowables, for callers that bundle letters into one print job."""
    s = styles()
    rows = [
        ("Account number", data.account_number),
        ("Creditor", data.creditor),
        ("Original balance", fmt_money(data.original_balance_cents, data.locale)),
        ("Total paid", fmt_money(data.total_paid_cents, data.locale)),
        ("Final payment received", fmt_date(data.final_payment_on, data.locale)),
        ("Balance now", fmt_money(0, data.locale)),
        ("Status", data.outcome),
    ]
    story: list[Flowable] = [
        Paragraph(esc(fmt_date(data.letter_date, data.locale)), s.body),
        spacer(16),
        address_block(data.debtor_name, data.debtor_address),
        spacer(18),
        Paragraph(f"<b>Re: Account {esc(data.account_number)} — {esc(data.outcome)}</b>", s.body),
        spacer(10),
        Paragraph(f"Dear {esc(data.debtor_name)},", s.body),
        spacer(8),
    ]
    for text in _body(data):
        story += [Paragraph(text, s.body), spacer(8)]
    story += [rule(2, 6), detail_table(rows, width * 0.75), rule(6, 14)]
    signature = [
        Paragraph("Sincerely,", s.body),
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
    return build_pdf(
        out,
        paid_in_full_story(data, setup.text_width),
        letterhead=data.letterhead,
        title=f"{data.outcome} — Account {data.account_number}",
        page_setup=setup,
        footer_text=f"Account {data.account_number}  ·  {data.outcome}",
    )
