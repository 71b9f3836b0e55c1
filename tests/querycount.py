"""Counting the SQL statements a piece of work sends, for tests that catch a query per row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from collectorpro.models.db import Database

__all__ = ["counted"]


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    """The statements sent to ``db`` while the block runs, in order."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
