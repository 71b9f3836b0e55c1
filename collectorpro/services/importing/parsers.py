"""Parse one imported cell at a time: explicit formats, plain-word refusals.

Every parser takes what a file gives (text from a CSV; text, numbers, dates from Excel) and
returns a clean value or raises `FieldError` with a short reason. Nothing is guessed
silently: "1.234,56" is refused, not read as 1.23.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import TypeGuard

import phonenumbers

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.money import MAX_CENTS

__all__ = [
    "DATE_ORDERS",
    "FieldError",
    "clean_text",
    "is_blank",
    "parse_date",
    "parse_email",
    "parse_language",
    "parse_money",
    "parse_phone",
]

DATE_ORDERS = ("MDY", "DMY")
MAX_NAME = 200


class FieldError(ValueError):
    """A cell that cannot be read; the message is a short reason in plain words, in the
    window's language (the import preview and the rejects file show it)."""


def is_blank(value: object) -> bool:
    """An empty cell: None, or text that is only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_to_text(value: object) -> str:
    """The stripped text of a cell; refuses an empty one."""
    if value is None:
        raise FieldError(translate("ImportParsers", "empty"))
    text = value if isinstance(value, str) else str(value)
    text = text.strip()
    if not text:
        raise FieldError(translate("ImportParsers", "empty"))
    return text


def is_number(value: object) -> TypeGuard[int | float | Decimal]:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def whole_number(value: int | float | Decimal, reason: str) -> int:
    """An Excel number that must be whole (a ZIP code, a phone number).

    ``reason`` is English marked with QT_TRANSLATE_NOOP("ImportParsers", …).
    """
    try:
        number = int(value)
    except (OverflowError, ValueError, InvalidOperation):
        raise FieldError(translate("ImportParsers", reason)) from None
    if number != value:
        raise FieldError(translate("ImportParsers", reason))
    return number


# ---------------------------------------------------------------------------- money

_AMOUNT = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+")


def parse_money(value: object) -> int:
    """Cents from "1,234.56", "$1,234.56", "(12.00)", "-12.00", "12.5" or an Excel number.

    Refused: spaces or dots as thousand separators, currency words, more than two decimals
    (unless the extra ones are zeros). Excel numbers are rounded half-even to cents.
    """
    if is_number(value):
        return _number_to_cents(value)
    text = cell_to_text(value)
    minus_signs = 0
    if text.startswith("(") and text.endswith(")"):
        minus_signs, text = 1, text[1:-1].strip()
    if text.endswith("-"):  # "12.00-", as some older systems print credits
        minus_signs, text = minus_signs + 1, text[:-1].rstrip()
    sign, text = _take_sign(text)
    if text.startswith("$"):
        text = text[1:].lstrip()
        if not sign:
            sign, text = _take_sign(text)
    minus_signs += sign == "-"
    if minus_signs > 1:
        raise FieldError(translate("ImportParsers", "not an amount: more than one minus sign"))
    negative = minus_signs == 1
    if not _AMOUNT.fullmatch(text):
        raise FieldError(translate("ImportParsers", "not an amount"))
    whole, _, decimals = text.replace(",", "").partition(".")
    if len(decimals) > 2 and decimals[2:].strip("0"):
        raise FieldError(translate("ImportParsers", "more than two decimal places"))
    cents = int(whole or "0") * 100 + int((decimals[:2] or "0").ljust(2, "0"))
    return _checked(-cents if negative else cents)


def _take_sign(text: str) -> tuple[str, str]:
    if text[:1] in ("-", "+"):
        return text[0], text[1:].lstrip()
    return "", text


def _number_to_cents(value: int | float | Decimal) -> int:
    if isinstance(value, int):
        return _checked(value * 100)
    try:
        exact = Decimal(str(value)) if isinstance(value, float) else value
        if not exact.is_finite():
            raise FieldError(translate("ImportParsers", "not an amount"))
        cents = (exact * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    except InvalidOperation as exc:
        raise FieldError(translate("ImportParsers", "not an amount")) from exc
    return _checked(int(cents))


def _checked(cents: int) -> int:
    if abs(cents) >= MAX_CENTS:
        raise FieldError(translate("ImportParsers", "amount too large"))
    return cents


# ---------------------------------------------------------------------------- dates

_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
_MONTHS["sept"] = 9
# Month names for the reasons a person reads (calendar.month_name would stay English).
_MONTH_NAMES = (
    "",
    QT_TRANSLATE_NOOP("ImportParsers", "January"),
    QT_TRANSLATE_NOOP("ImportParsers", "February"),
    QT_TRANSLATE_NOOP("ImportParsers", "March"),
    QT_TRANSLATE_NOOP("ImportParsers", "April"),
    QT_TRANSLATE_NOOP("ImportParsers", "May"),
    QT_TRANSLATE_NOOP("ImportParsers", "June"),
    QT_TRANSLATE_NOOP("ImportParsers", "July"),
    QT_TRANSLATE_NOOP("ImportParsers", "August"),
    QT_TRANSLATE_NOOP("ImportParsers", "September"),
    QT_TRANSLATE_NOOP("ImportParsers", "October"),
    QT_TRANSLATE_NOOP("ImportParsers", "November"),
    QT_TRANSLATE_NOOP("ImportParsers", "December"),
)
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})", re.ASCII)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_SERIAL_TEXT = re.compile(r"\d{5}(\.\d+)?", re.ASCII)
_NAMED_MONTH_FIRST = re.compile(r"([a-z]+)\.? (\d{1,2}),? (\d{2}|\d{4})", re.ASCII)  # Nov 24, 2024
_DAY_FIRST_NAMED = re.compile(r"(\d{1,2})[ -]([a-z]+)\.?[ -](\d{2}|\d{4})", re.ASCII)  # 24-Nov-24
_TIME_PART = re.compile(
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]\.?m\.?)?)$", re.ASCII | re.IGNORECASE
)


def parse_date(value: object, *, order: str = "MDY") -> date:
    """A date from 11/24/2024, 1/2/03, 2024-11-24, 20241124, Nov 24, 2024, 24-Nov-2024, an
    Excel date or serial number. ``order`` ("MDY" or "DMY") says how to read 01/02/2024;
    two-digit years 00–69 are 2000s, 70–99 are 1900s. A time of day is ignored.
    """
    if order not in DATE_ORDERS:
        raise ValueError(f"order must be one of {DATE_ORDERS}, not {order!r}")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time | timedelta):
        raise FieldError(translate("ImportParsers", "a time, not a date"))
    if is_number(value):
        return _from_serial(value)
    text = cell_to_text(value)
    if _SERIAL_TEXT.fullmatch(text):
        return _from_serial(Decimal(text))
    text = _TIME_PART.sub("", text).strip().lower()
    if match := _NUMERIC_DATE.fullmatch(text):
        first, _, second, third = match.groups()
        if len(first) == 4 and len(third) <= 2:  # 2024-11-24, 2024/11/24
            return _make_date(int(third), int(second), int(first))
        if len(first) > 2 or len(third) not in (2, 4):
            raise FieldError(translate("ImportParsers", "not a date"))
        if order == "DMY":
            day, month = int(first), int(second)
        else:
            month, day = int(first), int(second)
        return _make_date(day, month, _full_year(third))
    if match := _COMPACT_DATE.fullmatch(text):
        year_text, month_text, day_text = match.groups()
        return _make_date(int(day_text), int(month_text), int(year_text))
    if match := _NAMED_MONTH_FIRST.fullmatch(text):
        name, day_text, year_text = match.groups()
        return _make_date(int(day_text), _month_named(name), _full_year(year_text))
    if match := _DAY_FIRST_NAMED.fullmatch(text):
        day_text, name, year_text = match.groups()
        return _make_date(int(day_text), _month_named(name), _full_year(year_text))
    raise FieldError(translate("ImportParsers", "not a date"))


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def _month_named(name: str) -> int:
    try:
        return _MONTHS[name]
    except KeyError:
        raise FieldError(
            translate("ImportParsers", "“{name}” is not a month").format(name=name)
        ) from None


def _make_date(day: int, month: int, year: int) -> date:
    if not 1800 <= year <= 2200:
        raise FieldError(
            translate("ImportParsers", "the year {year} is out of range").format(year=year)
        )
    if not 1 <= month <= 12:
        raise FieldError(
            translate("ImportParsers", "there is no month {month}").format(month=month)
        )
    last = calendar.monthrange(year, month)[1]
    if day == 29 and month == 2 and last == 28:
        raise FieldError(
            translate("ImportParsers", "February 29 does not exist in {year}").format(year=year)
        )
    if not 1 <= day <= last:
        raise FieldError(
            translate("ImportParsers", "the day {day} does not exist in {month}").format(
                day=day, month=translate("ImportParsers", _MONTH_NAMES[month])
            )
        )
    return date(year, month, day)


def _from_serial(value: int | float | Decimal) -> date:
    """Excel's 1900 date system, whose day 60 is the 29 February 1900 that never was."""
    try:
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldError(translate("ImportParsers", "not a date"))
        serial = int(value)  # the fraction is the time of day
    except (OverflowError, ValueError, InvalidOperation) as exc:
        raise FieldError(translate("ImportParsers", "not a date")) from exc
    if serial == 60:
        raise FieldError(
            translate("ImportParsers", "Excel day 60 is 29 February 1900, which does not exist")
        )
    if not 1 <= serial <= _EXCEL_MAX_SERIAL:
        raise FieldError(
            translate("ImportParsers", "not a date: the number is outside Excel's dates")
        )
    base = date(1899, 12, 31) if serial < 60 else date(1899, 12, 30)
    return base + timedelta(days=serial)


# ---------------------------------------------------------------------------- names


# "(518) 555-0142", "518-555-0142", "518.555.0142", "518 555 0142", "5185550142": the shapes
# most US exports use. phonenumbers reads each as country code 1 and these ten digits (the
# first 2-9, so there is no national prefix or country code to strip), so its general parse
# can be skipped for them; whether the number is valid is still its decision.
_US_TEN_DIGITS = re.compile(
    r"\(([2-9][0-9]{2})\) ?([0-9]{3})-([0-9]{4})|([2-9][0-9]{2})([-. ]?)([0-9]{3})\5([0-9]{4})",
    re.ASCII,
)
# is_valid_number tries the regions of country code 1 in turn, US first (it has no leading
# digits); a number valid for the US is therefore valid, and is_valid_number is only asked
# about the others. Checked here so a change in phonenumbers' metadata turns the shortcut off.
_US_METADATA = phonenumbers.PhoneMetadata.metadata_for_region("US")
_US_DECIDES_FIRST = (
    phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(1, ("",))[0] == "US"
    and _US_METADATA is not None
    and _US_METADATA.leading_digits is None
)


def parse_phone(value: object, region: str = "US") -> str:
    """E.164 ("+15185550142") for a valid number; an extension is dropped."""
    if is_number(value):
        text = str(whole_number(value, QT_TRANSLATE_NOOP("ImportParsers", "not a phone number")))
    else:
        text = cell_to_text(value)
    if len(text) > 60:
        raise FieldError(translate("ImportParsers", "not a phone number: too long"))
    if region == "US" and (shape := _US_TEN_DIGITS.fullmatch(text)):
        area, exchange, line = shape.group(1, 2, 3) if shape.group(1) else shape.group(4, 6, 7)
        national = f"{area}{exchange}{line}"
        number = phonenumbers.PhoneNumber(country_code=1, national_number=int(national))
        if not (
            (_US_DECIDES_FIRST and phonenumbers.is_valid_number_for_region(number, "US"))
            or phonenumbers.is_valid_number(number)
        ):
            raise FieldError(translate("ImportParsers", "not a valid phone number"))
        return f"+1{national}"
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError(translate("ImportParsers", "not a phone number")) from exc
    if not phonenumbers.is_valid_number(number):
        raise FieldError(translate("ImportParsers", "not a valid phone number"))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def parse_email(value: object) -> str:
    """An address with one @ and a dotted domain, the domain lower-cased; conservative:
    plain ASCII only, no spaces."""
    text = cell_to_text(value)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if any(ch.isspace() for ch in text):
        raise FieldError(translate("ImportParsers", "an email address has no spaces"))
    if text.count("@") != 1:
        raise FieldError(translate("ImportParsers", "an email address has one @"))
    local, domain = text.split("@")
    domain = domain.lower().rstrip(".")
    if len(text) > 254 or len(local) > 64:
        raise FieldError(translate("ImportParsers", "too long for an email address"))
    if not _LOCAL_PART.fullmatch(local):
        raise FieldError(translate("ImportParsers", "not an email address"))
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        raise FieldError(translate("ImportParsers", "not an email domain"))
    if not re.fullmatch(r"[a-z]{2,63}|xn--[a-z0-9-]+", labels[-1]):
        raise FieldError(translate("ImportParsers", "not an email domain"))
    return f"{local}@{domain}"


_LANGUAGES = {
    "en": "en",
    "eng": "en",
    "english": "en",
    "es": "es",
    "spa": "es",
    "sp": "es",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
}


def parse_language(value: object) -> str:
    """ "en" or "es" from "English", "Spanish", "Español", "SP", "es-US"."""
    key = cell_to_text(value).lower().replace("_", "-").split("-")[0].strip()
    if key not in _LANGUAGES:
        raise FieldError(
            translate(
                "ImportParsers",
                "not a language CollectorPro writes letters in (English or Spanish)",
            )
        )
    return _LANGUAGES[key]


# ---------------------------------------------------------------------------- text


# Unicode's control characters (category Cc, fixed for good: U+0000-U+001F and U+007F-U+009F)
# other than tab, line feed and carriage return
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: object, max_len: int) -> str:
    """Text stripped, whitespace runs collapsed to one space; "" for an empty cell.

    Refuses control characters and text over ``max_len``. Text beginning with = + - @ is
    kept as typed: it is data here, and exports neutralise it.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = value if isinstance(value, str) else str(value)
    if _CONTROL.search(text):
        raise FieldError(translate("ImportParsers", "contains a control character"))
    text = " ".join(text.replace("\u00a0", " ").split())
    if len(text) > max_len:
        raise FieldError(
            translate("ImportParsers", "longer than {limit} characters").format(limit=max_len)
        )
    return text
