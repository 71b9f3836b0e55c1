"""Money at the edges: parse what a person typed into integer cents, and format cents.

Below the UI every amount is an ``int`` of cents; ``Decimal`` is used only to parse.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency

from collectorpro.services.errors import ValidationError

_STRIP = re.compile(r"[\s$,]")
MAX_CENTS = 10**12  # ten billion dollars: far beyond any consumer debt, far below int64


def parse_money(text: str, *, field: str = "amount", allow_negative: bool = False) -> int:
    """Turn '1,234.56', '$1,234.56', '(12.00)' or '-12' into cents.

    Raises ValidationError with a message a collector understands.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(f"Enter an {field}.", field=field)
    negative = False
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1]
    cleaned = _STRIP.sub("", raw)
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:]
    if not re.fullmatch(r"\d+(\.\d{0,2})?|\.\d{1,2}", cleaned):
        raise ValidationError(
            f"“{text.strip()}” is not an amount. Type dollars and cents, like 125.50.",
            field=field,
        )
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValidationError(f"“{text.strip()}” is not an amount.", field=field) from exc
    cents = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if negative:
        cents = -cents
    if cents < 0 and not allow_negative:
        raise ValidationError(f"The {field} cannot be negative.", field=field)
    if abs(cents) >= MAX_CENTS:
        raise ValidationError(f"The {field} is too large.", field=field)
    return cents


def format_money(cents: int, locale: str = "en_US", currency: str = "USD") -> str:
    return format_currency(Decimal(cents) / 100, currency, locale=locale)
