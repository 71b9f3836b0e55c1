"""Days past due and aging buckets: pure functions, used by the list, reports and filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class AgingBucket(StrEnum):
    CURRENT = "current"
    D1_30 = "1-30"
    D31_60 = "31-60"
    D61_90 = "61-90"
    D91_120 = "91-120"
    D121_180 = "121-180"
    OVER_180 = "180+"

    @property
    def label(self) -> str:
        return "Current" if self is AgingBucket.CURRENT else f"{self.value} days"


@dataclass(frozen=True)
class BucketRange:
    bucket: AgingBucket
    min_days: int
    max_days: int | None  # None: no upper limit


BUCKET_RANGES: tuple[BucketRange, ...] = (
    BucketRange(AgingBucket.CURRENT, -(10**6), 0),
    BucketRange(AgingBucket.D1_30, 1, 30),
    BucketRange(AgingBucket.D31_60, 31, 60),
    BucketRange(AgingBucket.D61_90, 61, 90),
    BucketRange(AgingBucket.D91_120, 91, 120),
    BucketRange(AgingBucket.D121_180, 121, 180),
    BucketRange(AgingBucket.OVER_180, 181, None),
)


def days_past_due(first_delinquency: date | None, as_of: date) -> int:
    """Whole days since the account first went delinquent; 0 when not delinquent yet."""
    if first_delinquency is None:
        return 0
    return max(0, (as_of - first_delinquency).days)


def bucket_for(days: int) -> AgingBucket:
    for r in BUCKET_RANGES[1:]:
        if days >= r.min_days and (r.max_days is None or days <= r.max_days):
            return r.bucket
    return AgingBucket.CURRENT


def delinquency_date_range(bucket: AgingBucket, as_of: date) -> tuple[date | None, date | None]:
    """The first-delinquency dates (inclusive) whose accounts fall in ``bucket`` on ``as_of``.

    Lets a bucket filter run as an indexed date range in SQL. (None, None) for CURRENT means
    "no delinquency date or one on/after as_of" and is handled by the caller.
    """
    bucket = AgingBucket(bucket)
    r = next(r for r in BUCKET_RANGES if r.bucket == bucket)
    latest = as_of - timedelta(days=max(r.min_days, 0))
    earliest = None if r.max_days is None else as_of - timedelta(days=r.max_days)
    return earliest, latest
