"""Amounts, dates and times as the collector reads them (babel, the office's locale)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime

from collectorpro.core.i18n import day_in_words
from collectorpro.core.money import format_money

LOCALE = "en_US"


def money(cents: int | None) -> str:
    return "" if cents is None else format_money(cents, LOCALE)


def day(value: date | None) -> str:
    return "" if value is None else format_date(value, "short", locale=LOCALE)


def long_day(value: date | None) -> str:
    return "" if value is None else day_in_words(value, "medium")


def moment(value: datetime | None) -> str:
    """A UTC timestamp shown in this computer's local time."""
    if value is None:
        return ""
    return format_datetime(value.astimezone(), "short", locale=LOCALE)
