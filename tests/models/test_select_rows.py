"""Database.select_rows: the hot-read path of the account list."""

from __future__ import annotations

from sqlalchemy import bindparam, event, select

from collectorpro.models import Account
from collectorpro.models.db import MMAP_BYTES
from collectorpro.models.enums import AccountStatus
from collectorpro.services.office.database import open_database
from tests.factories import make_account


def test_plain_rows_with_bound_values_and_listeners_told(tmp_path):
    db = open_database(tmp_path / "rows.sqlite3")
    for i in range(3):
        make_account(db, number=f"SR-{i}", balance_cents=100 * (i + 1))
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    stmt = (
        select(Account.account_number, Account.balance_cents)
        .where(Account.balance_cents >= bindparam("least"))
        .order_by(Account.balance_cents)
    )
    assert db.select_rows(stmt, {"least": 200}) == [("SR-1", 200), ("SR-2", 300)]
    assert db.select_rows(stmt, {"least": 300}) == [("SR-2", 300)]
    assert len(seen) == 2 and all("FROM accounts" in s for s in seen)
    db.dispose()


def test_statements_whose_values_need_converting_are_left_to_the_caller(tmp_path):
    db = open_database(tmp_path / "rows.sqlite3")
    by_status = select(Account.id).where(Account.status == AccountStatus.NEW)
    in_list = select(Account.id).where(Account.id.in_([1, 2]))
    assert db.select_rows(by_status, {}) is None
    assert db.select_rows(in_list, {}) is None
    db.dispose()


def test_connections_read_the_file_in_place(tmp_path):
    db = open_database(tmp_path / "rows.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() == MMAP_BYTES
    db.dispose()
