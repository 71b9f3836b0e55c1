"""A payment plan's schedule as plain data: how often it falls due, and its lines.

The schedule maths (``services.plans.schedule``) builds these; the agreement PDF prints them.
Both speak this vocabulary, so neither needs the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Frequency(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    SEMIMONTHLY = "semimonthly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return {
            Frequency.WEEKLY: "Weekly",
            Frequency.BIWEEKLY: "Every two weeks",
            Frequency.SEMIMONTHLY: "Twice a month (1st and 15th)",
            Frequency.MONTHLY: "Monthly",
        }[self]

    @property
    def periods_per_year(self) -> int:
        return {
            Frequency.WEEKLY: 52,
            Frequency.BIWEEKLY: 26,
            Frequency.SEMIMONTHLY: 24,
            Frequency.MONTHLY: 12,
        }[self]


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    """One payment the debtor agrees to make.

    ``number`` is the 1-based position in the schedule (the down payment, when there is one, is
    number 1); 0 means "not numbered" for lines built by hand elsewhere.
    """

    due: date
    amount_cents: int
    number: int = 0
    is_down_payment: bool = False
