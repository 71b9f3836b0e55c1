"""Periods, time zones and names shared by the report figures and tables.

Money dates (ledger ``effective_date``, due dates) are compared as dates. Timestamps are stored
in UTC; a period of days means the office's local days, turned into a UTC range for the query.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.engine import Connection

from collectorpro.core.i18n import day_in_words
from collectorpro.models.db import Database
from collectorpro.services.compliance.timezones import zone_info
from collectorpro.services.office.settings import get_office_profile

LOCALE = "en_US"
NOBODY = "—"  # a payment or contact recorded without a user
T = TypeVar("T")
_TS = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UTC timestamp in SQLite


def office_zone(db: Database) -> ZoneInfo:
    """The office's time zone: its local days are the days of a report's period."""
    return zone_info(get_office_profile(db).time_zone)


def utc_range(start: date, end: date, zone: ZoneInfo) -> tuple[str, str]:
    """The stored-UTC bounds [lo, hi) of the local days ``start`` to ``end`` inclusive."""
    lo = datetime.combine(start, time(), tzinfo=zone).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    return lo.strftime(_TS), hi.strftime(_TS)


def utc(stored: str) -> datetime:
    """A timestamp as SQLite holds it, made aware (UTC)."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def local_date(stored: str, zone: ZoneInfo) -> date:
    return utc(stored).astimezone(zone).date()


def names(conn: Connection, table: str) -> dict[int, str]:
    """id → name of the users or creditors (small tables, read whole)."""
    return {row[0]: row[1] for row in conn.execute(text(f"SELECT id, name FROM {table}"))}


def by_name(
    cells: Mapping[object, list[int]], known: dict[int, str], make: Callable[[str, list[int]], T]
) -> tuple[T, ...]:
    """One line per person or creditor, alphabetical; records without one ("—") last."""
    labelled = [
        (known.get(key, NOBODY) if isinstance(key, int) else NOBODY, cell)
        for key, cell in cells.items()
    ]
    labelled.sort(key=lambda item: (item[0] == NOBODY, item[0].casefold()))
    return tuple(make(label, cell) for label, cell in labelled)


def long_date(day: date) -> str:
    return day_in_words(day, "long")


def period_in_words(start: date, end: date) -> str:
    """ "November 1 – November 30, 2026"; the year once when both ends share it."""
    if start == end:
        return long_date(end)
    if start.year == end.year:
        return f"{day_in_words(start, 'MMMMd')} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"
