"""The validation period: 5 business days to assumed receipt, then 30 calendar days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collectorpro.services.compliance.business_days import (
    add_business_days,
    assumed_receipt,
    federal_holiday,
    is_business_day,
    validation_period_end,
)


@pytest.mark.parametrize(
    ("mailed", "receipt", "end"),
    [
        # Monday: Tuesday..Monday are the five business days
        (date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 8)),
        # Friday: the weekend does not count
        (date(2026, 3, 6), date(2026, 3, 13), date(2026, 4, 12)),
        # Saturday and Sunday mailings count from Monday
        (date(2026, 3, 7), date(2026, 3, 13), date(2026, 4, 12)),
        (date(2026, 3, 8), date(2026, 3, 13), date(2026, 4, 12)),
        # Thanksgiving (Thursday 26 November 2026) is skipped
        (date(2026, 11, 24), date(2026, 12, 2), date(2027, 1, 1)),
        # Christmas Day, then New Year's Day across the year end
        (date(2026, 12, 23), date(2026, 12, 31), date(2027, 1, 30)),
        (date(2026, 12, 28), date(2027, 1, 5), date(2027, 2, 4)),
        # Independence Day 2026 falls on a Saturday: observed Friday 3 July
        (date(2026, 6, 30), date(2026, 7, 8), date(2026, 8, 7)),
        # Juneteenth, Friday 19 June 2026
        (date(2026, 6, 16), date(2026, 6, 24), date(2026, 7, 24)),
        # month and year ends; February of a common year
        (date(2027, 1, 22), date(2027, 1, 29), date(2027, 2, 28)),
        (date(2026, 1, 23), date(2026, 1, 30), date(2026, 3, 1)),
        # a leap year: 30 days after 31 January is 1 March
        (date(2028, 1, 24), date(2028, 1, 31), date(2028, 3, 1)),
    ],
)
def test_validation_period_end(mailed: date, receipt: date, end: date) -> None:
    assert assumed_receipt(mailed) == receipt
    assert validation_period_end(mailed) == end


def test_holidays_and_weekends() -> None:
    assert federal_holiday(date(2026, 11, 26)) == "Thanksgiving Day"
    assert federal_holiday(date(2026, 7, 3)) is not None  # observed
    assert federal_holiday(date(2026, 11, 25)) is None
    assert not is_business_day(date(2026, 11, 28))  # Saturday
    assert not is_business_day(date(2026, 11, 26))
    assert is_business_day(date(2026, 11, 25))


def test_zero_days_and_refuses_negative() -> None:
    assert add_business_days(date(2026, 3, 7), 0) == date(2026, 3, 7)
    with pytest.raises(ValueError):
        add_business_days(date(2026, 3, 7), -1)


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31)))
def test_receipt_is_a_business_day_at_least_a_week_after(mailed: date) -> None:
    receipt = assumed_receipt(mailed)
    assert is_business_day(receipt)
    assert timedelta(days=5) <= receipt - mailed <= timedelta(days=12)
    days = [mailed + timedelta(days=i) for i in range(1, (receipt - mailed).days + 1)]
    assert sum(is_business_day(d) for d in days) == 5
    assert validation_period_end(mailed) == receipt + timedelta(days=30)
