"""Time limits that are pure rules: whether the time to sue has run out (the statute of
limitations, 1006.26(b)), and whether a medical debt may be reported to the credit bureaus.

Pure in, pure out, like the contact rules beside them (``rules``); the office's own years to
sue come from ``statute``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.services.compliance.rules import Finding
from collectorpro.services.compliance.timezones import (
    month_abbreviation,
)

__all__ = [
    "MEDICAL_REPORTING_MIN_CENTS",
    "MEDICAL_REPORTING_WAIT",
    "STATUTE_OF_LIMITATIONS_YEARS",
    "ReportingDecision",
    "is_time_barred",
    "may_report_medical_debt",
]


# --- time-barred debts -------------------------------------------------------------------------

# Years to sue on a written contract or open account. Defaults only: an office confirms them
# with counsel and overrides them in Settings (passed in as `table`).
STATUTE_OF_LIMITATIONS_YEARS: Mapping[str, int] = MappingProxyType(
    {
        "AL": 6, "AK": 3, "AZ": 6, "AR": 5, "CA": 4, "CO": 6, "CT": 6, "DE": 3, "DC": 3,
        "FL": 5, "GA": 6, "HI": 6, "ID": 5, "IL": 10, "IN": 6, "IA": 10, "KS": 5, "KY": 10,
        "LA": 10, "ME": 6, "MD": 3, "MA": 6, "MI": 6, "MN": 6, "MS": 3, "MO": 10, "MT": 8,
        "NE": 5, "NV": 6, "NH": 3, "NJ": 6, "NM": 6, "NY": 3, "NC": 3, "ND": 6, "OH": 6,
        "OK": 5, "OR": 6, "PA": 4, "RI": 10, "SC": 3, "SD": 6, "TN": 6, "TX": 4, "UT": 6,
        "VT": 6, "VA": 5, "WA": 6, "WV": 10, "WI": 6, "WY": 10,
    }
)  # fmt: skip


def is_time_barred(
    state: str,
    last_payment_or_delinquency: date,
    today: date,
    table: Mapping[str, int] = STATUTE_OF_LIMITATIONS_YEARS,
) -> bool:
    """True from the anniversary on: erring early keeps a collector from threatening a suit."""
    code = (state or "").strip().upper()
    years = table.get(code)
    if years is None:
        raise ValidationError(
            translate(
                "ContactRules",
                "No time limit to sue is set for the state “{state}”. Add it in Settings.",
            ).format(state=state),
            field="state",
        )
    start = last_payment_or_delinquency
    try:
        barred_on = start.replace(year=start.year + years)
    except ValueError:  # 29 February into a common year
        barred_on = date(start.year + years, 2, 28)
    return today >= barred_on


# --- medical debt on credit reports ------------------------------------------------------------

MEDICAL_REPORTING_MIN_CENTS = 50_000
MEDICAL_REPORTING_WAIT = timedelta(days=365)
_BUREAU_POLICY = QT_TRANSLATE_NOOP(
    "ContactRules", "Equifax, Experian and TransUnion medical-debt reporting policy (2022–2023)"
)


@dataclass(frozen=True)
class ReportingDecision:
    """Whether a medical debt may go to the credit bureaus; earliest_date None means never."""

    allowed: bool
    blocks: tuple[Finding, ...]
    earliest_date: date | None

    def summary(self) -> str:
        if self.allowed:
            return translate("ContactRules", "Credit reporting: allowed")
        if self.earliest_date is None:
            return translate("ContactRules", "Credit reporting: never — {reasons}").format(
                reasons="; ".join(b.title for b in self.blocks)
            )
        d = self.earliest_date
        return translate(
            "ContactRules", "Credit reporting: not before {month} {day}, {year}"
        ).format(month=month_abbreviation(d.month), day=d.day, year=d.year)

    def to_json_dict(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "summary": self.summary(),
            "earliest_date": self.earliest_date.isoformat() if self.earliest_date else None,
            "blocks": [b.to_json_dict() for b in self.blocks],
        }


def may_report_medical_debt(
    first_delinquency: date, original_amount_cents: int, today: date
) -> ReportingDecision:
    """The bureaus drop medical debts under $500 and wait a year from first delinquency."""
    if original_amount_cents < 0:
        raise ValidationError(
            translate("ContactRules", "The original amount can't be negative."), field="amount"
        )
    blocks: list[Finding] = []
    policy = translate("ContactRules", _BUREAU_POLICY)
    earliest: date | None = first_delinquency + MEDICAL_REPORTING_WAIT
    if original_amount_cents < MEDICAL_REPORTING_MIN_CENTS:
        earliest = None
        blocks.append(
            Finding(
                rule="medical_debt_under_500",
                title=translate("ContactRules", "medical debts under $500 are never reported"),
                reason=translate(
                    "ContactRules",
                    "The credit bureaus don't accept medical debts whose original amount "
                    "was under $500.",
                ),
                citation=policy,
            )
        )
    if today < first_delinquency + MEDICAL_REPORTING_WAIT:
        blocks.append(
            Finding(
                rule="medical_debt_one_year",
                title=translate("ContactRules", "wait one year from the first missed payment"),
                reason=translate(
                    "ContactRules",
                    "Medical debt can be reported only once a full year has passed since "
                    "it first became delinquent.",
                ),
                citation=policy,
            )
        )
    return ReportingDecision(allowed=not blocks, blocks=tuple(blocks), earliest_date=earliest)
