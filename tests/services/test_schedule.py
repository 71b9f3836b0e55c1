"""Payment-plan schedule math: the invariants as properties, the calendar as examples."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from collectorpro.core.errors import DomainError
from collectorpro.services.plans.schedule import (
    MAX_INSTALLMENTS,
    Frequency,
    ScheduleError,
    ScheduleLine,
    add_months,
    build_schedule,
    due_dates,
    months_spanned,
    plan_policy_warnings,
    settlement_amount,
    suggested_max_installment,
)

frequencies = st.sampled_from(list(Frequency))
first_dues = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def plan_requests(draw: st.DrawFn) -> dict:
    total = draw(st.integers(min_value=1, max_value=10**9))
    down = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=total - 1)))
    remaining = total - down
    kwargs: dict = {
        "frequency": draw(frequencies),
        "first_due": draw(first_dues),
        "down_payment_cents": down,
    }
    if draw(st.booleans()):
        kwargs["installments"] = draw(st.integers(1, min(remaining, MAX_INSTALLMENTS)))
    else:
        floor = -(-remaining // MAX_INSTALLMENTS)  # smallest amount that keeps n <= 600
        kwargs["installment_cents"] = draw(st.integers(floor, remaining + 1000))
    if down and draw(st.booleans()):
        kwargs["down_payment_due"] = kwargs["first_due"] - timedelta(days=draw(st.integers(1, 60)))
    return {"total_cents": total, **kwargs}


@given(plan_requests())
def test_schedule_invariants(request: dict) -> None:
    lines = build_schedule(**request)

    assert sum(line.amount_cents for line in lines) == request["total_cents"]
    assert all(line.amount_cents > 0 for line in lines)
    assert all(a.due < b.due for a, b in pairwise(lines))
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))

    down = request["down_payment_cents"]
    if down:
        assert lines[0].is_down_payment and lines[0].amount_cents == down
        assert lines[0].due == request.get("down_payment_due", request["first_due"])
    installments = lines[1:] if down else lines
    assert not any(line.is_down_payment for line in installments)
    assert len({line.amount_cents for line in installments[:-1]}) <= 1
    if "installments" in request:
        assert len(installments) == request["installments"]
        # the last line absorbs the rounding: at least the others, by fewer than n cents
        assert 0 <= installments[-1].amount_cents - installments[0].amount_cents < len(installments)
    else:
        assert installments[0].amount_cents <= request["installment_cents"]
        assert 0 < installments[-1].amount_cents <= request["installment_cents"]


@given(first_dues, frequencies, st.integers(1, 60))
def test_due_dates_strictly_increase_and_start_on_or_after_first_due(first_due, frequency, n):
    dates = due_dates(first_due, frequency, n)
    assert len(dates) == n
    assert dates[0] >= first_due
    assert all(a < b for a, b in pairwise(dates))
    if frequency is Frequency.SEMIMONTHLY:
        assert {d.day for d in dates} <= {1, 15}
        assert (dates[0] - first_due).days < 17


@given(first_dues, st.integers(0, 600))
def test_monthly_dates_keep_their_day_unless_the_month_is_short(first_due, months):
    moved = add_months(first_due, months)
    month_end = calendar.monthrange(moved.year, moved.month)[1]
    assert moved.day == min(first_due.day, month_end)
    assert months_spanned(first_due, moved) == months


def test_monthly_from_january_31_clamps_and_comes_back():
    lines = build_schedule(40_000, frequency="monthly", first_due=date(2025, 1, 31), installments=4)
    assert [line.due for line in lines] == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
    ]
    assert [line.amount_cents for line in lines] == [10_000] * 4


def test_monthly_in_a_leap_year_uses_february_29():
    lines = build_schedule(
        30_000, frequency=Frequency.MONTHLY, first_due=date(2024, 1, 30), installments=3
    )
    assert [line.due for line in lines] == [date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30)]


def test_monthly_down_payment_keeps_the_anchor_day():
    lines = build_schedule(
        100_000,
        frequency="monthly",
        first_due=date(2024, 1, 31),
        installments=3,
        down_payment_cents=10_000,
    )
    assert [(line.due, line.amount_cents, line.is_down_payment) for line in lines] == [
        (date(2024, 1, 31), 10_000, True),
        (date(2024, 2, 29), 30_000, False),
        (date(2024, 3, 31), 30_000, False),
        (date(2024, 4, 30), 30_000, False),
    ]


def test_biweekly_every_fourteen_days():
    lines = build_schedule(
        10_000, frequency="biweekly", first_due=date(2025, 12, 19), installment_cents=3_000
    )
    assert [line.due for line in lines] == [
        date(2025, 12, 19),
        date(2026, 1, 2),
        date(2026, 1, 16),
        date(2026, 1, 30),
    ]
    assert [line.amount_cents for line in lines] == [3_000, 3_000, 3_000, 1_000]


def test_weekly_every_seven_days():
    lines = build_schedule(700, frequency="weekly", first_due=date(2025, 2, 25), installments=2)
    assert [line.due for line in lines] == [date(2025, 2, 25), date(2025, 3, 4)]
    assert [line.amount_cents for line in lines] == [350, 350]


@pytest.mark.parametrize(
    ("first_due", "expected"),
    [
        (date(2025, 1, 1), [date(2025, 1, 1), date(2025, 1, 15), date(2025, 2, 1)]),
        (date(2025, 1, 10), [date(2025, 1, 15), date(2025, 2, 1), date(2025, 2, 15)]),
        (date(2025, 1, 15), [date(2025, 1, 15), date(2025, 2, 1), date(2025, 2, 15)]),
        (date(2025, 12, 20), [date(2026, 1, 1), date(2026, 1, 15), date(2026, 2, 1)]),
    ],
)
def test_semimonthly_falls_on_the_1st_and_15th_on_or_after_first_due(first_due, expected):
    lines = build_schedule(100, frequency="semimonthly", first_due=first_due, installments=3)
    assert [line.due for line in lines] == expected
    assert [line.amount_cents for line in lines] == [33, 33, 34]


def test_semimonthly_down_payment_on_first_due_then_the_next_1st_or_15th():
    lines = build_schedule(
        1_000,
        frequency="semimonthly",
        first_due=date(2025, 1, 15),
        installments=2,
        down_payment_cents=200,
    )
    assert [(line.due, line.amount_cents) for line in lines] == [
        (date(2025, 1, 15), 200),
        (date(2025, 2, 1), 400),
        (date(2025, 2, 15), 400),
    ]


def test_down_payment_with_its_own_date_comes_before_the_series():
    lines = build_schedule(
        5_000,
        frequency="weekly",
        first_due=date(2025, 3, 10),
        installments=2,
        down_payment_cents=1_000,
        down_payment_due=date(2025, 3, 3),
    )
    assert [line.due for line in lines] == [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
    assert lines[0].is_down_payment and lines[0].number == 1
    assert [line.number for line in lines] == [1, 2, 3]


@pytest.mark.parametrize(
    ("total", "n", "amounts"),
    [
        (100, 3, [33, 33, 34]),
        (10, 6, [1, 1, 1, 1, 1, 5]),
        (5, 5, [1, 1, 1, 1, 1]),
        (99_999, 1, [99_999]),
    ],
)
def test_splitting_by_count(total, n, amounts):
    lines = build_schedule(total, frequency="monthly", first_due=date(2025, 1, 1), installments=n)
    assert [line.amount_cents for line in lines] == amounts


def test_installment_larger_than_the_total_gives_one_payment():
    lines = build_schedule(
        2_500, frequency="monthly", first_due=date(2025, 1, 1), installment_cents=10_000
    )
    assert [line.amount_cents for line in lines] == [2_500]


BASE = {"frequency": "monthly", "first_due": date(2025, 1, 1)}


@pytest.mark.parametrize(
    ("total", "kwargs", "message"),
    [
        (0, {"installments": 1}, "more than zero"),
        (-100, {"installments": 1}, "more than zero"),
        (1_000, {"installments": 2, "down_payment_cents": 1_000}, "less than the arranged total"),
        (1_000, {"installments": 2, "down_payment_cents": 2_000}, "less than the arranged total"),
        (1_000, {"installments": 2, "down_payment_cents": -1}, "cannot be negative"),
        (1_000, {"installments": 2, "installment_cents": 500}, "not both"),
        (1_000, {}, "number of installments or the installment amount"),
        (1_000, {"installments": 2, "frequency": "yearly"}, "not a payment frequency"),
        (1_000, {"installments": 0}, "at least one installment"),
        (1_000, {"installments": -3}, "at least one installment"),
        (100_000, {"installments": 601}, "more than 600"),
        (100_000, {"installment_cents": 10}, "too small"),
        (1_000, {"installment_cents": 0}, "more than zero"),
        (1_000, {"installment_cents": -5}, "more than zero"),
        (5, {"installments": 6}, "cannot be split into 6"),
        (105, {"installments": 6, "down_payment_cents": 100}, "cannot be split into 6"),
        (10.5, {"installments": 2}, "whole number of cents"),
        (1_000, {"installment_cents": 12.5}, "whole number of cents"),
        (1_000, {"installments": 2.0}, "whole number"),
        (
            1_000,
            {"installments": 2, "down_payment_cents": 100, "down_payment_due": date(2025, 1, 1)},
            "before the first installment",
        ),
        (
            1_000,
            {"installments": 2, "down_payment_cents": 100, "down_payment_due": date(2025, 2, 1)},
            "before the first installment",
        ),
        (1_000, {"installments": 2, "down_payment_due": date(2024, 12, 1)}, "without a down"),
    ],
)
def test_impossible_plans_are_refused_in_plain_words(total, kwargs, message):
    with pytest.raises(ScheduleError, match=message) as caught:
        build_schedule(total, **{**BASE, **kwargs})
    assert isinstance(caught.value, DomainError)
    assert isinstance(caught.value, ValueError)


def test_a_schedule_past_the_calendar_is_refused():
    with pytest.raises(ScheduleError, match="end of the calendar"):
        build_schedule(60_000, frequency="monthly", first_due=date(9998, 1, 1), installments=600)
    with pytest.raises(ScheduleError, match="end of the calendar"):
        build_schedule(60_000, frequency="weekly", first_due=date(9999, 12, 1), installments=600)


# --- settlement, affordability and policy ---------------------------------------------------


@pytest.mark.parametrize(
    ("balance", "kwargs", "expected"),
    [
        (10_000, {}, 10_000),
        (10_000, {"discount_percent": Decimal("40")}, 6_000),
        (10_001, {"discount_percent": 40}, 6_001),  # 6000.6 rounds half-up
        (10_000, {"discount_percent": Decimal("33.5")}, 6_650),
        (10_000, {"discount_percent": Decimal("0")}, 10_000),
        (10_000, {"discount_cents": 2_500}, 7_500),
        (1, {"discount_percent": Decimal("99.9")}, 1),  # never below a cent
    ],
)
def test_settlement_amount(balance, kwargs, expected):
    assert settlement_amount(balance, **kwargs) == expected


@pytest.mark.parametrize(
    ("balance", "kwargs", "message"),
    [
        (0, {}, "above zero"),
        (10_000, {"discount_percent": Decimal(100)}, "less than 100"),
        (10_000, {"discount_percent": Decimal(-1)}, "at least 0"),
        (10_000, {"discount_percent": 12.5}, "not a float"),
        (10_000, {"discount_percent": "lots"}, "not a percentage"),
        (10_000, {"discount_cents": 10_000}, "less than the balance"),
        (10_000, {"discount_cents": -1}, "cannot be negative"),
        (10_000, {"discount_cents": 1, "discount_percent": Decimal(1)}, "not both"),
    ],
)
def test_settlement_amount_refuses_nonsense(balance, kwargs, message):
    with pytest.raises(ScheduleError, match=message):
        settlement_amount(balance, **kwargs)


@given(st.integers(1, 10**10), st.decimals(min_value=0, max_value=Decimal("99.99"), places=2))
def test_settlement_never_exceeds_the_balance(balance, percent):
    assert 0 < settlement_amount(balance, discount_percent=percent) <= balance


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [("monthly", 50_000), ("semimonthly", 25_000), ("biweekly", 23_076), ("weekly", 11_538)],
)
def test_suggested_max_installment_is_half_the_disposable_income(frequency, expected):
    assert suggested_max_installment(300_000, 200_000, frequency) == expected


def test_no_disposable_income_suggests_nothing_and_negatives_are_refused():
    assert suggested_max_installment(100_000, 150_000, "monthly") == 0
    with pytest.raises(ScheduleError, match="cannot be negative"):
        suggested_max_installment(-1, 0, "monthly")
    with pytest.raises(ScheduleError, match="not a payment frequency"):
        suggested_max_installment(1, 0, "daily")


def test_policy_warnings_for_a_small_installment_and_a_long_plan():
    lines = build_schedule(
        120_000, frequency="monthly", first_due=date(2025, 1, 15), installment_cents=2_000
    )
    assert len(lines) == 60
    warnings = plan_policy_warnings(lines, min_installment_cents=2_500, max_months=24)
    assert warnings == [
        "The installment of $20.00 is below the office minimum of $25.00.",
        "The plan runs 59 months, longer than the office limit of 24 months.",
    ]


def test_policy_ignores_the_small_rounding_line_and_the_down_payment():
    lines = build_schedule(
        10_500,
        frequency="monthly",
        first_due=date(2025, 1, 15),
        installment_cents=5_000,
        down_payment_cents=100,
    )
    assert [line.amount_cents for line in lines] == [100, 5_000, 5_000, 400]
    assert plan_policy_warnings(lines, min_installment_cents=2_500, max_months=3) == []
    assert plan_policy_warnings([], min_installment_cents=2_500, max_months=3) == []


def test_a_single_small_payment_is_still_checked():
    lines = [ScheduleLine(date(2025, 1, 1), 500, number=1)]
    assert plan_policy_warnings(lines, min_installment_cents=1_000, max_months=12) == [
        "The installment of $5.00 is below the office minimum of $10.00."
    ]


@given(first_dues, first_dues)
def test_months_spanned_is_the_smallest_count_that_reaches_the_end(start, end):
    assume(end > start)
    months = months_spanned(start, end)
    assert add_months(start, months) >= end
    assert add_months(start, months - 1) < end
