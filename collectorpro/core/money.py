"""Money at the edges: parse what a person typed into integer cents, and format cents.

Below the UI every amount is an ``int`` of cents; ``Decimal`` is used only to parse.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate

_STRIP = re.compile(r"[\s$,]")
MAX_CENTS = 10**12  # ten billion dollars: far beyond any consumer debt, far below int64

# Whole sentences for the fields the window asks amounts for: (empty, negative, too large).
# A field not listed here gets the general sentence with its name filled in.
_FIELD_MESSAGES: dict[str, tuple[str, str, str]] = {
    "amount": (
        QT_TRANSLATE_NOOP("Money", "Enter an amount."),
        QT_TRANSLATE_NOOP("Money", "The amount cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The amount is too large."),
    ),
    "fee": (
        QT_TRANSLATE_NOOP("Money", "Enter an fee."),
        QT_TRANSLATE_NOOP("Money", "The fee cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The fee is too large."),
    ),
    "settlement": (
        QT_TRANSLATE_NOOP("Money", "Enter an settlement."),
        QT_TRANSLATE_NOOP("Money", "The settlement cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The settlement is too large."),
    ),
    "promised amount": (
        QT_TRANSLATE_NOOP("Money", "Enter an promised amount."),
        QT_TRANSLATE_NOOP("Money", "The promised amount cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The promised amount is too large."),
    ),
    "discount": (
        QT_TRANSLATE_NOOP("Money", "Enter an discount."),
        QT_TRANSLATE_NOOP("Money", "The discount cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The discount is too large."),
    ),
    "down payment": (
        QT_TRANSLATE_NOOP("Money", "Enter an down payment."),
        QT_TRANSLATE_NOOP("Money", "The down payment cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The down payment is too large."),
    ),
    "income": (
        QT_TRANSLATE_NOOP("Money", "Enter an income."),
        QT_TRANSLATE_NOOP("Money", "The income cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The income is too large."),
    ),
    "expenses": (
        QT_TRANSLATE_NOOP("Money", "Enter an expenses."),
        QT_TRANSLATE_NOOP("Money", "The expenses cannot be negative."),
        QT_TRANSLATE_NOOP("Money", "The expenses is too large."),
    ),
}
_EMPTY, _NEGATIVE, _TOO_LARGE = range(3)


def _field_message(field: str, which: int) -> str:
    known = _FIELD_MESSAGES.get(field)
    if known is not None:
        return translate("Money", known[which])
    if which == _EMPTY:
        return translate("Money", "Enter an {field}.").format(field=field)
    if which == _NEGATIVE:
        return translate("Money", "The {field} cannot be negative.").format(field=field)
    return translate("Money", "The {field} is too large.").format(field=field)


def parse_money(text: str, *, field: str = "amount", allow_negative: bool = False) -> int:
    """Turn '1,234.56', '$1,234.56', '(12.00)' or '-12' into cents.

    Raises ValidationError with a message a collector understands.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(_field_message(field, _EMPTY), field=field)
    negative = False
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1]
    cleaned = _STRIP.sub("", raw)
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:]
    if not re.fullmatch(r"\d+(\.\d{0,2})?|\.\d{1,2}", cleaned):
        raise ValidationError(
            translate(
                "Money", "“{text}” is not an amount. Type dollars and cents, like 125.50."
            ).format(text=text.strip()),
            field=field,
        )
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValidationError(
            translate("Money", "“{text}” is not an amount.").format(text=text.strip()),
            field=field,
        ) from exc
    cents = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if negative:
        cents = -cents
    if cents < 0 and not allow_negative:
        raise ValidationError(_field_message(field, _NEGATIVE), field=field)
    if abs(cents) >= MAX_CENTS:
        raise ValidationError(_field_message(field, _TOO_LARGE), field=field)
    return cents


def format_money(cents: int, locale: str = "en_US", currency: str = "USD") -> str:
    return format_currency(Decimal(cents) / 100, currency, locale=locale)
