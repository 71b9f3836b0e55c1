"""Business days and the validation period of Regulation F.

A debt collector may assume the consumer received the validation notice five days after it
was mailed, not counting Saturdays, Sundays and the legal public holidays of 5 U.S.C. 6103(a);
the validation period ends 30 days after that assumed receipt (12 CFR 1006.34(b)(5)). The
holidays come from the ``holidays`` package, which follows the federal calendar (including the
Friday or Monday a holiday is observed on when it falls on a weekend, and Juneteenth).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

__all__ = [
    "RECEIPT_BUSINESS_DAYS",
    "VALIDATION_DAYS",
    "add_business_days",
    "assumed_receipt",
    "federal_holiday",
    "is_business_day",
    "validation_period_end",
]

RECEIPT_BUSINESS_DAYS = 5
VALIDATION_DAYS = 30


@cache
def _calendar(year: int) -> holidays.HolidayBase:
    # the holidays package loads every country's calendar machinery on import; loaded with
    # the first business day counted rather than with the window, which counts none
    import holidays

    return holidays.country_holidays("US", years=year)


def federal_holiday(day: date) -> str | None:
    """The federal holiday's name on ``day`` (observed dates included), or None."""
    return _calendar(day.year).get(day)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and federal_holiday(day) is None


def add_business_days(start: date, days: int) -> date:
    """The date ``days`` business days after ``start`` (``start`` itself is not counted)."""
    if days < 0:
        raise ValueError("Count business days forward only.")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def assumed_receipt(mailed_on: date) -> date:
    """When the debtor is assumed to have the notice: 5 business days after mailing."""
    return add_business_days(mailed_on, RECEIPT_BUSINESS_DAYS)


def validation_period_end(mailed_on: date) -> date:
    """The last day of the validation period for a notice mailed on ``mailed_on``."""
    return assumed_receipt(mailed_on) + timedelta(days=VALIDATION_DAYS)
