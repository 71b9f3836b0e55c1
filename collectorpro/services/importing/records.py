"""From a file's row to a checked record: every field parsed, every problem named.

``account_record`` and ``payment_record`` take one row's cells and the column mapping and
return the record or the list of problems (column heading and reason) — the validation
preview shows those, the rejects file carries them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

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

__all__ = [
    "AccountRecord",
    "AccountRows",
    "PaymentRecord",
    "Problem",
    "account_record",
    "payment_record",
]


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


class AccountRows:
    """Reads account records from the rows of one file: the mapping's work is done once.

    Each field is read in the same order as ever, so a row's problems come in the same
    order; a field no column feeds is left at its default without being asked for.
    """

    # (field, default) read after the name, in this order; their parsers are set per file
    _DETAILS = (
        ("date_of_birth", None),
        ("address_line1", ""),
        ("address_line2", ""),
        ("city", ""),
        ("state", ""),
        ("zip_code", ""),
        ("phone", ""),
        ("email", ""),
        ("service_date", None),
        ("first_delinquency_date", None),
        ("last_payment_date", None),
        ("itemization_date", None),
        ("language", "en"),
    )

    def __init__(
        self, columns: Mapping[int, str], headers: Sequence[str], *, date_order: str = "MDY"
    ) -> None:
        index = {field: i for i, field in columns.items()}
        heading = {
            field: (headers[i] if i < len(headers) else field) for i, field in columns.items()
        }
        on = partial(parse_date, order=date_order)
        parsers: dict[str, Callable[[object], object]] = {
            "date_of_birth": on,
            "address_line1": partial(clean_text, max_len=160),
            "address_line2": partial(clean_text, max_len=160),
            "city": partial(clean_text, max_len=80),
            "state": parse_state,
            "zip_code": parse_zip,
            "phone": parse_phone,
            "email": parse_email,
            "service_date": on,
            "first_delinquency_date": on,
            "last_payment_date": on,
            "itemization_date": on,
            "language": parse_language,
        }

        def field(name: str, parse: Callable[[object], object], required: bool) -> _Field:
            return _Field(name, index.get(name), heading.get(name, name), parse, required)

        self._number = field("account_number", partial(clean_text, max_len=40), True)
        self._balance = field("balance", parse_money, True)
        self._whole_name = (
            field("debtor_name", parse_name, True) if "debtor_name" in index else None
        )
        self._name_parts = (
            field("first_name", parse_name_part, True),
            field("last_name", parse_name_part, True),
            field("middle_name", parse_name_part, False),
        )
        self._details = tuple(
            (field(name, parsers[name], False), default)
            for name, default in self._DETAILS
            if name in index  # a field no column feeds keeps its default, without a problem
        )
        self._defaults: dict[str, object] = {name: default for name, default in self._DETAILS}
        self._description = (
            field("service_description", partial(clean_text, max_len=200), False)
            if "service_description" in index
            else None
        )
        self._balance_heading = heading.get("balance", "balance")

    def read(self, cells: Sequence[object]) -> AccountRecord | list[Problem]:
        """The row's record, or every problem found in it."""
        problems: list[Problem] = []
        number = self._number.read(cells, problems)
        balance = self._balance.read(cells, problems)
        if self._whole_name is not None:
            name = self._whole_name.read(cells, problems)
            first, middle, last, suffix = name if name else ("", "", "", "")  # type: ignore[misc]
        else:
            first_name, last_name, middle_name = self._name_parts
            first = first_name.read(cells, problems) or ""
            last = last_name.read(cells, problems) or ""
            middle = middle_name.read(cells, problems) or ""
            suffix = ""
        record: dict[str, object] = dict(self._defaults)
        for detail, default in self._details:
            record[detail.name] = detail.read(cells, problems) or default
        if self._description is not None:
            self._description.read(cells, problems)  # checked, never printed
        if balance is not None and balance < 0:  # type: ignore[operator]
            problems.append(
                Problem(self._balance_heading, translate("ImportRecords", "is below zero"))
            )
        if problems:
            return problems
        return AccountRecord(
            account_number=str(number),
            first_name=str(first),
            middle_name=str(middle),
            last_name=str(last),
            suffix=str(suffix),
            balance_cents=int(balance),  # type: ignore[call-overload]
            **record,  # type: ignore[arg-type]
        )


class _Field:
    """One mapped field of a row: where its cell is, its heading and how to read it."""

    __slots__ = ("heading", "index", "name", "parse", "required")

    def __init__(
        self,
        name: str,
        index: int | None,
        heading: str,
        parse: Callable[[object], object],
        required: bool,
    ) -> None:
        self.name, self.index, self.heading = name, index, heading
        self.parse, self.required = parse, required

    def read(self, cells: Sequence[object], problems: list[Problem]) -> object:
        """The parsed cell, or None with the problem noted (an empty required cell is one)."""
        index = self.index
        value = cells[index] if index is not None and index < len(cells) else None
        if value is None or (isinstance(value, str) and not value.strip()):  # is_blank
            if self.required:
                problems.append(Problem(self.heading, translate("ImportRecords", "is empty")))
            return None
        try:
            return self.parse(value)
        except FieldError as exc:
            problems.append(Problem(self.heading, str(exc)))
            return None


def account_record(
    cells: Sequence[object],
    columns: Mapping[int, str],
    headers: Sequence[str],
    *,
    date_order: str = "MDY",
) -> AccountRecord | list[Problem]:
    """One row's record or its problems; `AccountRows` reads a whole file the same way."""
    return AccountRows(columns, headers, date_order=date_order).read(cells)


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
