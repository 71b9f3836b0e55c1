"""From a file's row to a checked record: every field parsed, every problem named.

``account_record`` and ``payment_record`` take one row's cells and the column mapping and
return the record or the list of problems (column heading and reason) — the validation
preview shows those, the rejects file carries them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from collectorpro.core.i18n import translate
from collectorpro.services.importing.addresses import parse_state, parse_zip
from collectorpro.services.importing.names import parse_name, parse_name_part
from collectorpro.services.importing.parsers import (
    FieldError,
    clean_text,
    is_blank,
    parse_date,
    parse_email,
    parse_language,
    parse_money,
    parse_phone,
)

__all__ = ["AccountRecord", "PaymentRecord", "Problem", "account_record", "payment_record"]


@dataclass(frozen=True)
class Problem:
    column: str  # the file's heading (or the field's name)
    reason: str  # in the window's language: the preview and the rejects file show it

    def __str__(self) -> str:
        return translate("ImportRecords", "{column}: {reason}").format(
            column=self.column, reason=self.reason
        )


@dataclass(frozen=True)
class AccountRecord:
    account_number: str
    first_name: str
    middle_name: str
    last_name: str
    suffix: str
    balance_cents: int
    date_of_birth: date | None = None
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    zip_code: str = ""
    phone: str = ""
    email: str = ""
    service_date: date | None = None
    first_delinquency_date: date | None = None
    last_payment_date: date | None = None
    itemization_date: date | None = None
    language: str = "en"

    @property
    def has_address(self) -> bool:
        return bool(self.address_line1 and self.city and self.state and self.zip_code)


@dataclass(frozen=True)
class PaymentRecord:
    account_number: str
    amount_cents: int
    paid_on: date
    method: str = "check"
    reference: str = ""
    payer_name: str = ""


class _Reader:
    """Reads mapped fields from one row, collecting problems instead of stopping at one."""

    def __init__(
        self, cells: Sequence[object], columns: Mapping[int, str], headers: Sequence[str]
    ) -> None:
        self.values = {field: cells[i] if i < len(cells) else None for i, field in columns.items()}
        self.heading = {
            field: (headers[i] if i < len(headers) else field) for i, field in columns.items()
        }
        self.problems: list[Problem] = []

    def get(self, field: str, parse: Callable[[object], object], *, required: bool = False):  # type: ignore[no-untyped-def]
        value = self.values.get(field)
        if is_blank(value):
            if required:
                self.problems.append(
                    Problem(self.heading.get(field, field), translate("ImportRecords", "is empty"))
                )
            return None
        try:
            return parse(value)
        except FieldError as exc:
            self.problems.append(Problem(self.heading.get(field, field), str(exc)))
            return None

    def has(self, field: str) -> bool:
        return field in self.values


def account_record(
    cells: Sequence[object],
    columns: Mapping[int, str],
    headers: Sequence[str],
    *,
    date_order: str = "MDY",
) -> AccountRecord | list[Problem]:
    r = _Reader(cells, columns, headers)
    on = lambda v: parse_date(v, order=date_order)  # noqa: E731
    number = r.get("account_number", lambda v: clean_text(v, 40), required=True)
    balance = r.get("balance", parse_money, required=True)
    if r.has("debtor_name"):
        name = r.get("debtor_name", parse_name, required=True)
        first, middle, last, suffix = name if name else ("", "", "", "")
    else:
        first = r.get("first_name", parse_name_part, required=True) or ""
        last = r.get("last_name", parse_name_part, required=True) or ""
        middle = r.get("middle_name", parse_name_part) or ""
        suffix = ""
    record = dict(
        date_of_birth=r.get("date_of_birth", on),
        address_line1=r.get("address_line1", lambda v: clean_text(v, 160)) or "",
        address_line2=r.get("address_line2", lambda v: clean_text(v, 160)) or "",
        city=r.get("city", lambda v: clean_text(v, 80)) or "",
        state=r.get("state", parse_state) or "",
        zip_code=r.get("zip_code", parse_zip) or "",
        phone=r.get("phone", parse_phone) or "",
        email=r.get("email", parse_email) or "",
        service_date=r.get("service_date", on),
        first_delinquency_date=r.get("first_delinquency_date", on),
        last_payment_date=r.get("last_payment_date", on),
        itemization_date=r.get("itemization_date", on),
        language=r.get("language", parse_language) or "en",
    )
    if r.has("service_description"):
        r.get("service_description", lambda v: clean_text(v, 200))  # checked, never printed
    if balance is not None and balance < 0:
        r.problems.append(
            Problem(
                r.heading.get("balance", "balance"), translate("ImportRecords", "is below zero")
            )
        )
    if r.problems:
        return r.problems
    return AccountRecord(
        account_number=str(number),
        first_name=str(first),
        middle_name=str(middle),
        last_name=str(last),
        suffix=str(suffix),
        balance_cents=int(balance),  # type: ignore[arg-type]
        **record,  # type: ignore[arg-type]
    )


_METHODS = {
    "cash": "cash",
    "check": "check",
    "cheque": "check",
    "chk": "check",
    "card": "card",
    "credit card": "card",
    "debit card": "card",
    "cc": "card",
    "ach": "ach",
    "eft": "ach",
    "bank transfer": "ach",
    "money order": "money_order",
    "mo": "money_order",
}


def _method(value: object) -> str:
    text = clean_text(value, 40).lower().strip(". ")
    method = _METHODS.get(text)
    if method is None:
        raise FieldError(
            translate(
                "ImportRecords", "is not a payment method (cash, check, card, ACH, money order)"
            )
        )
    return method


def payment_record(
    cells: Sequence[object],
    columns: Mapping[int, str],
    headers: Sequence[str],
    *,
    date_order: str = "MDY",
) -> PaymentRecord | list[Problem]:
    r = _Reader(cells, columns, headers)
    number = r.get("account_number", lambda v: clean_text(v, 40), required=True)
    amount = r.get("amount", parse_money, required=True)
    paid_on = r.get("paid_on", lambda v: parse_date(v, order=date_order), required=True)
    method = r.get("method", _method) or "check"
    reference = r.get("reference", lambda v: clean_text(v, 80)) or ""
    payer = r.get("payer_name", lambda v: clean_text(v, 200)) or ""
    if amount is not None and amount <= 0:
        r.problems.append(
            Problem(
                r.heading.get("amount", "amount"),
                translate("ImportRecords", "must be more than zero"),
            )
        )
    if r.problems:
        return r.problems
    return PaymentRecord(str(number), int(amount), paid_on, method, str(reference), str(payer))  # type: ignore[arg-type]
