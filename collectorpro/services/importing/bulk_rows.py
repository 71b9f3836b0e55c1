"""New rows written in blocks with the driver's executemany, stored as the models store them.

A Core ``insert()`` with a list of dicts costs SQLAlchemy a round of parameter building and
type conversion for every row, which is most of an import's writing time. Here each row is a
plain tuple already in its stored form (dates and timestamps as SQLite text, enums as their
values, booleans as 0 or 1), and the statement is built once from the model's table: the
columns a row gives, then every column the model fills with a fixed default, as the ORM would.
A column the model fills by calling a function (a timestamp) must be given.

The stored forms and the ``?`` placeholders are SQLite's, like the search index the import
also fills; a PostgreSQL office would need its own (this is where they would go, or in
``models`` beside the engine's other specifics).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import Enum

from sqlalchemy import Table
from sqlalchemy.orm import Session

__all__ = ["BulkInsert", "stored_date", "stored_moment"]


def stored_date(value: date | None) -> str | None:
    """A date as SQLAlchemy's SQLite Date stores it: YYYY-MM-DD."""
    return None if value is None else value.isoformat()


def stored_moment(value: datetime) -> str:
    """An aware timestamp as models.base.UTCDateTime stores it: naive UTC with microseconds."""
    moment = value.astimezone(UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


def _stored_default(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


class BulkInsert:
    """One INSERT for ``table`` taking rows of ``columns`` (in that order) as tuples."""

    def __init__(self, table: Table, columns: Sequence[str]) -> None:
        given = list(columns)
        unknown = [name for name in given if name not in table.c]
        if unknown:
            raise ValueError(f"{table.name} has no columns {unknown}")
        defaults: list[tuple[str, object]] = []
        for column in table.c:
            if column.name in given or column.default is None:
                continue
            if not column.default.is_scalar:
                raise ValueError(f"{table.name}.{column.name} is filled by a function: give it")
            defaults.append((column.name, _stored_default(column.default.arg)))  # type: ignore[attr-defined]
        names = given + [name for name, _ in defaults]
        self.defaults = tuple(value for _, value in defaults)
        self.statement = (
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        )

    def write(self, session: Session, rows: Sequence[tuple[object, ...]]) -> None:
        """Insert the rows in the session's transaction (nothing for no rows)."""
        if not rows:
            return
        if self.defaults:
            rows = [row + self.defaults for row in rows]
        session.connection().exec_driver_sql(self.statement, list(rows))
