"""The database itself: migrations, connection settings, and append-only tables."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from collectorpro.models import Base
from collectorpro.models.db import Database, head_revision
from collectorpro.services.office.database import open_database
from tests.factories import make_account, make_user


def test_migrating_an_empty_file_builds_every_table_at_head(tmp_path):
    db = Database(tmp_path / "new.sqlite3")
    assert db.current_revision() is None
    assert db.migrate(backup_dir=tmp_path / "backups") is None  # nothing to back up yet
    assert db.current_revision() == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "account_search" in tables
    db.dispose()


def test_migrations_match_the_models(tmp_path):
    """Autogenerate finds nothing to do: the revisions and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = Database(tmp_path / "x.sqlite3")
    db.migrate()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the FTS5 search index lives outside the models, with its shadow tables
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("account_"))]
    assert diff == []
    db.dispose()


def test_the_recorded_head_is_the_newest_migration():
    from collectorpro.models.db import scripts_head_revision

    assert head_revision() == scripts_head_revision()


def test_connection_settings(tmp_path):
    db = open_database(tmp_path / "x.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.dispose()


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    """A file from the first release: its data survives the upgrade and a backup is kept."""
    from alembic import command

    from collectorpro.models.db import _alembic_config

    path = tmp_path / "office.sqlite3"
    db = Database(path)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert db.current_revision() == "0001"
    make_account(db, number="OLD-1", balance_cents=12_345)
    backup = db.migrate(backup_dir=tmp_path / "backups")
    assert db.current_revision() == head_revision()
    assert backup is not None and backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM accounts").fetchone() == (1,)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT balance_cents FROM accounts").scalar() == 12_345
        assert conn.exec_driver_sql("SELECT count(*) FROM payments").scalar() == 0
    db.dispose()


@pytest.mark.parametrize("table", ["ledger_entries", "interactions", "audit_events"])
def test_append_only_tables_refuse_update_and_delete(tmp_path, table):
    db = open_database(tmp_path / "x.sqlite3")
    user = make_user(db)
    account = make_account(db)
    from collectorpro.models.enums import Channel, Outcome
    from collectorpro.services.contacts.log import log_interaction
    from tests.factories import TODAY

    log_interaction(
        db,
        account_id=account,
        user_id=user,
        channel=Channel.NOTE,
        outcome=Outcome.NONE,
        notes="x",
        today=TODAY,
    )
    raw = db.raw_connection()
    assert raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 1
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(f"UPDATE {table} SET id = id")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(f"DELETE FROM {table}")
    raw.close()
    db.dispose()


def test_ledger_constraints_refuse_wrong_signs(tmp_path):
    db = open_database(tmp_path / "x.sqlite3")
    account = make_account(db)
    raw = db.raw_connection()
    insert = (
        "INSERT INTO ledger_entries(account_id, kind, amount_cents, effective_date, posted_at,"
        " reference, memo) VALUES (?, ?, ?, '2026-01-01', '2026-01-01 00:00:00', '', '')"
    )
    for kind, amount in (("payment", 100), ("charge", -100), ("adjustment", 0)):
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute(insert, (account, kind, amount))
    with pytest.raises(sqlite3.IntegrityError):  # a reversal must point at its entry
        raw.execute(insert, (account, "reversal", -100))
    raw.close()
    db.dispose()


def test_a_file_that_is_not_a_database_is_refused_in_words(tmp_path):
    from collectorpro.core.errors import StorageError

    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("shopping list")
    with pytest.raises(StorageError, match="is not a CollectorPro database"):
        open_database(bogus)
    assert bogus.read_text() == "shopping list"
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "missing" / "x.sqlite3")
