"""Opening the database: connection settings, migrations and the pre-migration backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Select, create_engine, event
from sqlalchemy.engine import Connection, Dialect, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from collectorpro.core.errors import StorageError, storage_message

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Kept here so that starting the app does not
# have to import Alembic (a noticeable part of start-up) just to learn nothing changed;
# tests check it against the scripts.
SCHEMA_HEAD = "0006"
BUSY_TIMEOUT_MS = 5000
MMAP_BYTES = 0x7FFF0000  # SQLite's own ceiling, 2 GB less 64 KB


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


def scripts_head_revision() -> str | None:
    """The head according to the migration scripts themselves (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling would defer BEGIN; we issue it ourselves so that
    # SAVEPOINTs and BEGIN IMMEDIATE behave (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Read the file in place through the operating system's cache instead of one system call
    # and a copy per page: the worklist's look-ups over a million accounts take a third less
    # work. (A file larger than this is read the ordinary way past it.)
    cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cur.close()


def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the lock up front: two collectors posting at the same instant queue up
    # behind the busy timeout instead of failing half-way with "database is locked".
    options = conn.get_execution_options()
    if options.get("single_statement", False):
        return  # one SELECT reads a consistent snapshot on its own; BEGIN would only cost
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN")


class Database:
    """One SQLite file: its engine and short-lived sessions for services."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", future=True)
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            if not _is_environment_failure(exc):
                raise
            raise StorageError(storage_message(self.path, exc)) from exc

    @contextmanager
    def connect(self, *, single_statement: bool = False) -> Iterator[Connection]:
        """A plain read connection, for hot read paths that need no ORM identity map.

        ``single_statement``: the caller runs one SELECT (a page of the account list, the
        status bar's count), which SQLite answers from one snapshot without a transaction.
        """
        try:
            with self.engine.connect() as conn:
                if single_statement:
                    conn.execution_options(single_statement=True)
                yield conn
        except DBAPIError as exc:
            if not _is_environment_failure(exc):
                raise
            raise StorageError(storage_message(self.path, exc)) from exc

    def select_rows(
        self, statement: Select[Any], params: Mapping[str, object]
    ) -> list[tuple[Any, ...]] | None:
        """Every row of one SELECT as the driver's plain tuples, for the hottest reads.

        A first page of the account list takes about as long in SQLAlchemy's execution and
        result machinery as in SQLite; this runs the statement, compiled once, straight on a
        pooled connection, outside a transaction (one SELECT reads one snapshot). The
        engine's ``before_cursor_execute`` listeners still see it. ``params`` fills the
        statement's bind parameters by name; the others keep the values it was built with.
        None when the statement has parameters the driver cannot take as they are (dates,
        enums): the caller then runs it the ordinary way.
        """
        driver = _driver_statement(statement, self.engine.dialect)
        if driver is None:
            return None
        sql, names, built = driver
        values = tuple(params[name] if name in params else built[name] for name in names)
        try:
            with self.engine.connect() as conn:
                cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
                try:
                    conn.dispatch.before_cursor_execute(conn, cursor, sql, values, None, False)
                    cursor.execute(sql, values)
                    return cursor.fetchall()  # type: ignore[no-any-return]
                finally:
                    cursor.close()
        except sqlite3.Error as exc:
            wrapped = DBAPIError.instance(sql, values, exc, sqlite3.Error)
            if not _is_environment_failure(wrapped):
                raise
            raise StorageError(storage_message(self.path, exc)) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error."""
        try:
            with self._sessions() as session:
                session.connection(execution_options={"immediate": True})
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except DBAPIError as exc:
            if not _is_environment_failure(exc):
                raise
            raise StorageError(storage_message(self.path, exc)) from exc

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same settings, for bulk loads and checks."""
        conn = sqlite3.connect(self.path, isolation_level=None)
        _on_connect(conn, None)
        return conn

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if has_table is None:
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def needs_migration(self) -> bool:
        return self.current_revision() != head_revision()

    def migrate(self, *, backup_dir: Path | None = None) -> Path | None:
        """Bring the schema to the newest revision; back up first if there was data.

        Returns the backup's path when one was taken.
        """
        backup_path = None
        current = self.current_revision()
        if current == head_revision():
            return None
        if current is not None and backup_dir is not None:
            backup_path = backup_database(self.path, backup_dir, label=f"before-{head_revision()}")
        from alembic import command

        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return backup_path

    def dispose(self) -> None:
        self.engine.dispose()


@lru_cache(maxsize=256)
def _driver_statement(
    statement: Select[Any], dialect: Dialect
) -> tuple[str, tuple[str, ...], dict[str, Any]] | None:
    """The SQL text, the order of its parameters and their built-in values (see select_rows)."""
    compiled = statement.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    if not compiled.positional or any(
        bind.expanding or bind.type.bind_processor(dialect) is not None
        for bind in compiled.binds.values()
    ):
        return None
    return compiled.string, names, dict(compiled.params)


def _is_environment_failure(exc: DBAPIError) -> bool:
    """Locked, full, read-only or damaged files are the environment's fault, not a bug."""
    return isinstance(exc.orig, sqlite3.OperationalError | sqlite3.DatabaseError) and not (
        isinstance(exc.orig, sqlite3.IntegrityError)
        or "no such" in str(exc.orig)
        or "syntax error" in str(exc.orig)
    )


def backup_database(source: Path, backup_dir: Path, *, label: str = "backup") -> Path:
    """Copy a live database with SQLite's online backup API (safe while it is open)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
