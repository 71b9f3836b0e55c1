"""Parsing what people type as money, and the aging buckets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collectorpro.core.errors import ValidationError
from collectorpro.core.money import format_money, parse_money
from collectorpro.services.accounts.aging import (
    BUCKET_RANGES,
    AgingBucket,
    bucket_for,
    days_past_due,
    delinquency_date_range,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1,234.56", 123456),
        ("$1,234.56", 123456),
        ("12", 1200),
        ("12.5", 1250),
        (".99", 99),
        (" 7.05 ", 705),
    ],
)
def test_parse_money(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize(("text", "cents"), [("(12.00)", -1200), ("-12.00", -1200), ("-$3", -300)])
def test_parse_negative_money_where_allowed(text, cents):
    assert parse_money(text, allow_negative=True) == cents
    with pytest.raises(ValidationError, match="cannot be negative"):
        parse_money(text)


@pytest.mark.parametrize("text", ["", "abc", "12.3.4", "1.234", "1e5", "$", "--5", "12,34a"])
def test_malformed_money_is_explained(text):
    with pytest.raises(ValidationError):
        parse_money(text)


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_formatted_money_parses_back(cents):
    assert parse_money(format_money(cents), allow_negative=True) == cents


def test_buckets_have_the_agreed_edges():
    assert [bucket_for(d) for d in (0, 1, 30, 31, 60, 61, 90, 91, 120, 121, 180, 181, 5000)] == [
        AgingBucket.CURRENT,
        AgingBucket.D1_30,
        AgingBucket.D1_30,
        AgingBucket.D31_60,
        AgingBucket.D31_60,
        AgingBucket.D61_90,
        AgingBucket.D61_90,
        AgingBucket.D91_120,
        AgingBucket.D91_120,
        AgingBucket.D121_180,
        AgingBucket.D121_180,
        AgingBucket.OVER_180,
        AgingBucket.OVER_180,
    ]
    assert len(BUCKET_RANGES) == len(AgingBucket)


@given(st.integers(min_value=0, max_value=4000), st.sampled_from(list(AgingBucket)))
def test_bucket_date_ranges_agree_with_bucket_for(days_late, bucket):
    as_of = date(2026, 11, 24)
    delinquent = as_of - timedelta(days=days_late)
    in_bucket = bucket_for(days_past_due(delinquent, as_of)) == bucket
    earliest, latest = delinquency_date_range(bucket, as_of)
    if bucket == AgingBucket.CURRENT:
        in_range = delinquent >= as_of
    else:
        in_range = delinquent <= latest and (earliest is None or delinquent >= earliest)
    assert in_bucket == in_range


def test_days_past_due_never_negative():
    assert days_past_due(None, date(2026, 1, 1)) == 0
    assert days_past_due(date(2026, 2, 1), date(2026, 1, 1)) == 0
