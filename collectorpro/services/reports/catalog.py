"""The management reports by name: each one's figures laid out as a ``Report`` of tables.

``build_report`` is the one entry point the window, the exporters and the command line use.
Money stays in cents and rates stay fractions; only the headline figures are words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar, overload

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, day_in_words, translate
from collectorpro.core.money import format_money
from collectorpro.core.report_model import Chart, Report, ReportTable, Series
from collectorpro.models.db import Database
from collectorpro.services.accounts.aging import BUCKET_RANGES
from collectorpro.services.reports import figures as f
from collectorpro.services.reports.periods import long_date, period_in_words
from collectorpro.services.reports.tables import (
    activity_tables,
    aging_chart,
    aging_tables,
    collection_tables,
    compliance_tables,
    promise_tables,
    recovery_table,
    weekly_chart,
    weekly_table,
)

__all__ = ["REPORTS", "build_report", "period_in_words", "report_title"]

# English titles by name; ``report_title`` gives them in the interface language
REPORTS: dict[str, str] = {
    "aging": QT_TRANSLATE_NOOP("Reports", "Aging of balances"),
    "collections": QT_TRANSLATE_NOOP("Reports", "Collections"),
    "promises": QT_TRANSLATE_NOOP("Reports", "Promises and payment plans"),
    "recovery": QT_TRANSLATE_NOOP("Reports", "Recovery by month of placement"),
    "activity": QT_TRANSLATE_NOOP("Reports", "Collector activity"),
    "compliance": QT_TRANSLATE_NOOP("Reports", "Disputes and contact overrides"),
    "weekly": QT_TRANSLATE_NOOP("Reports", "Weekly management summary"),
}
WEEKS = 12

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")


class _Stopped(Exception):
    """Cancel was pressed: unwinds the report's steps to ``build_report``."""


def report_title(name: str) -> str:
    """The title of the report called ``name`` in the interface language."""
    return translate("Reports", REPORTS[name])


def _rate_words(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


# ----------------------------------------------------------------------------------- reports


class _Steps:
    """Counts the report's steps for the progress bar and stops when Cancel was pressed."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fn: Callable[[], T]) -> T:
        if self.cancelled is not None and self.cancelled():
            raise _Stopped
        result = fn()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        return result


def _report(
    name: str,
    period: str,
    tables: Sequence[ReportTable],
    headline: Sequence[tuple[str, str]] = (),
    charts: Sequence[Chart] = (),
) -> Report:
    return Report(
        name=name,
        title=report_title(name),
        period=period,
        generated_at=datetime.now(UTC),
        tables=tuple(tables),
        headline=tuple(headline),
        charts=tuple(charts),
    )


def _aging(db: Database, as_of: date, today: date, step: _Steps) -> Report:
    aging = step(lambda: f.aging_figures(db, as_of, today=today))
    over_90 = sum(
        cents
        for r, cents in zip(BUCKET_RANGES, aging.overall.cents, strict=True)
        if r.min_days > 90
    )
    headline = (
        (translate("Reports", "Total outstanding"), format_money(aging.total_cents)),
        (translate("Reports", "Accounts with a balance"), f"{aging.accounts:,}"),
        (translate("Reports", "Over 90 days"), format_money(over_90)),
    )
    return _report(
        "aging",
        translate("Reports", "As of {date}").format(date=long_date(as_of)),
        aging_tables(aging),
        headline,
        (aging_chart(aging),),
    )


def _collections(db: Database, start: date, end: date, step: _Steps) -> Report:
    c = step(lambda: f.collection_figures(db, start, end))
    weeks = step(lambda: f.weekly_collections(db, end, WEEKS))
    tables = collection_tables(c)
    headline = (
        (translate("Reports", "Collected"), format_money(c.total.gross_cents)),
        (translate("Reports", "Reversed"), format_money(c.total.reversed_cents)),
        (translate("Reports", "Net collected"), format_money(c.total.net_cents)),
        (translate("Reports", "Payments"), f"{c.total.payments:,}"),
    )
    return _report(
        "collections",
        period_in_words(start, end),
        (*tables.values(), weekly_table(weeks)),
        headline,
        (weekly_chart(weeks),),
    )


def _promises(db: Database, start: date, end: date, step: _Steps) -> Report:
    p = step(lambda: f.promise_figures(db, start, end))
    headline = (
        (translate("Reports", "Promises made"), f"{p.total.made:,}"),
        (translate("Reports", "Promises kept"), f"{p.total.kept:,}"),
        (translate("Reports", "Kept rate"), _rate_words(p.total.kept_rate)),
        (translate("Reports", "Active plans"), f"{p.plans.active_now:,}"),
    )
    return _report(
        "promises", period_in_words(start, end), tuple(promise_tables(p).values()), headline
    )


def _recovery(
    db: Database, start: date | None, end: date | None, today: date, step: _Steps
) -> Report:
    lines = step(lambda: f.recovery_figures(db, today=today, start=start, end=end))
    table = recovery_table(lines, today)
    chart = Chart(
        translate("Reports", "Recovery rate by month of placement"),
        "bar",
        tuple(day_in_words(line.month, "yMMM") for line in lines),
        (Series(translate("Reports", "Recovery rate"), tuple(line.rate or 0.0 for line in lines)),),
        "percent",
    )
    rate = table.totals[table.column("rate")] if table.totals else None
    headline = (
        (
            translate("Reports", "Overall recovery rate"),
            _rate_words(rate if isinstance(rate, float) else None),
        ),
    )
    if start is not None:
        period = translate("Reports", "Placed {period}").format(
            period=period_in_words(start, min(end or today, today))
        )
    else:
        period = translate("Reports", "Placed through {date}").format(
            date=long_date(min(end or today, today))
        )
    return _report("recovery", period, (table,), headline, (chart,))


def _activity(db: Database, start: date, end: date, step: _Steps) -> Report:
    a = step(lambda: f.activity_figures(db, start, end))
    headline = (
        (translate("Reports", "Contacts"), f"{a.contacts:,}"),
        (translate("Reports", "Outbound attempts"), f"{a.outbound_attempts:,}"),
        (translate("Reports", "Right-party contact rate"), _rate_words(a.right_party_rate)),
    )
    return _report(
        "activity", period_in_words(start, end), tuple(activity_tables(a).values()), headline
    )


def _compliance(db: Database, start: date, end: date, today: date, step: _Steps) -> Report:
    c = step(lambda: f.compliance_figures(db, start, end, today=today))
    headline = (
        (translate("Reports", "Disputes received"), f"{sum(n for _, n, _ in c.opened):,}"),
        (translate("Reports", "Open disputes"), f"{len(c.open_now):,}"),
        (translate("Reports", "Contact overrides"), f"{len(c.overrides):,}"),
    )
    return _report("compliance", period_in_words(start, end), compliance_tables(c), headline)


def _weekly(db: Database, end: date, today: date, step: _Steps) -> Report:
    start = end - timedelta(days=6)
    aging = step(lambda: f.aging_figures(db, end, today=today))
    c = step(lambda: f.collection_figures(db, start, end))
    p = step(lambda: f.promise_figures(db, start, end))
    a = step(lambda: f.activity_figures(db, start, end))
    weeks = step(lambda: f.weekly_collections(db, end, WEEKS))
    rates = step(lambda: f.weekly_kept_rates(db, end, WEEKS))
    collections, promises = collection_tables(c), promise_tables(p)
    headline = (
        (translate("Reports", "Collected"), format_money(c.total.gross_cents)),
        (translate("Reports", "Net collected"), format_money(c.total.net_cents)),
        (translate("Reports", "Promise kept rate"), _rate_words(p.total.kept_rate)),
        (translate("Reports", "Accounts with a balance"), f"{aging.accounts:,}"),
        (translate("Reports", "Total outstanding"), format_money(aging.total_cents)),
    )
    kept_chart = Chart(
        translate("Reports", "Promises kept per week"),
        "line",
        tuple(day_in_words(week, "MMMd") for week, _ in rates),
        (Series(translate("Reports", "Kept rate"), tuple(rate for _, rate in rates)),),
        "percent",
    )
    tables = (
        aging_tables(aging)[0],
        collections["method"],
        collections["collector"],
        promises["promises"],
        promises["plans"],
        activity_tables(a)["channel"],
    )
    return _report(
        "weekly",
        period_in_words(start, end),
        tables,
        headline,
        (aging_chart(aging), weekly_chart(weeks), kept_chart),
    )


_STEPS = {
    "aging": 1,
    "collections": 2,
    "promises": 1,
    "recovery": 1,
    "activity": 1,
    "compliance": 1,
    "weekly": 6,
}


@overload
def build_report(
    db: Database,
    name: str,
    *,
    as_of: date | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date,
    progress: Progress | None = None,
    cancelled: None = None,
) -> Report: ...


@overload
def build_report(
    db: Database,
    name: str,
    *,
    as_of: date | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled,
) -> Report | None: ...


def build_report(
    db: Database,
    name: str,
    *,
    as_of: date | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Report | None:
    """Build the report called ``name`` (a key of ``REPORTS``).

    Aging is as of ``as_of`` (today by default). Period reports cover ``start`` to ``end``
    inclusive, by default the month so far; the weekly summary is the seven days ending on
    ``end`` (today by default). Returns None when ``cancelled()`` turned true between steps:
    the worker then shows "Cancelled." rather than an error.
    """
    if name not in REPORTS:
        raise NotFound(
            translate("Reports", "There is no report called “{name}”.").format(name=name)
        )
    step = _Steps(_STEPS[name], progress, cancelled)
    try:
        return _build(db, name, as_of, start, end, today, step)
    except _Stopped:
        return None


def _build(
    db: Database,
    name: str,
    as_of: date | None,
    start: date | None,
    end: date | None,
    today: date,
    step: _Steps,
) -> Report:
    if name == "aging":
        as_of = as_of or today
        if as_of > today:
            raise ValidationError(
                translate("Reports", "Aging cannot be shown as of a future date."), field="as_of"
            )
        return _aging(db, as_of, today, step)
    end = end or today
    if name == "weekly":
        if end > today:
            raise ValidationError(
                translate("Reports", "The week cannot end in the future."), field="end"
            )
        return _weekly(db, end, today, step)
    if start is not None and end < start:
        raise ValidationError(
            translate("Reports", "The period ends before it starts."), field="end"
        )
    if name == "recovery":
        return _recovery(db, start, end, today, step)
    start = start or end.replace(day=1)
    if end < start:
        raise ValidationError(
            translate("Reports", "The period ends before it starts."), field="end"
        )
    if name == "collections":
        return _collections(db, start, end, step)
    if name == "promises":
        return _promises(db, start, end, step)
    if name == "activity":
        return _activity(db, start, end, step)
    return _compliance(db, start, end, today, step)
