"""Opening the database: connection settings, migrations and the pre-migration backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from collectorpro.core.errors import StorageError, storage_message

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Kept here so that starting the app does not
# have to import Alembic (a noticeable part of start-up) just to learn nothing changed;
# tests check it against the scripts.
SCHEMA_HEAD = "0006"
BUSY_TIMEOUT_MS = 5000


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
