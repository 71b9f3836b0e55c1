"""What a report is made of: tables of typed columns, headline figures and charts.

Values keep their real types all the way to the exporter: money is an ``int`` of cents,
dates are ``date``, percentages are a ``float`` fraction (0.25 is 25 %), counts are ``int``.
The exporters and the window format them; nothing here is a display string except text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

__all__ = ["Chart", "Column", "ColumnKind", "Report", "ReportTable", "Series"]

ColumnKind = Literal["text", "money", "count", "percent", "date", "datetime"]
Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = "text"
    total: bool = False  # summed in the totals row (money and count columns)


@dataclass(frozen=True)
class ReportTable:
    """One table of a report; ``totals`` is the totals row (None where a column has none)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    note: str = ""

    def column(self, key: str) -> int:
        for index, col in enumerate(self.columns):
            if col.key == key:
                return index
        raise KeyError(key)

    def values(self, key: str) -> list[Cell]:
        index = self.column(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Series:
    """One line or set of bars; None is a gap (a week with nothing to measure)."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    """A bar or line chart: one label per point, one or more series; money in dollars."""

    title: str
    kind: Literal["bar", "line"]
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    unit: Literal["money", "count", "percent"] = "count"


@dataclass(frozen=True)
class Report:
    name: str  # aging, collections, promises, recovery, activity, compliance, weekly
    title: str
    period: str  # in words: "As of November 24, 2026", "November 1–30, 2026"
    generated_at: datetime
    tables: tuple[ReportTable, ...]
    headline: tuple[tuple[str, str], ...] = ()  # ("Collected", "$12,345.00")
    charts: tuple[Chart, ...] = field(default_factory=tuple)
