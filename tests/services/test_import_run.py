"""Importing accounts and payments: preview, all-or-nothing commit, re-import, rejects."""

from __future__ import annotations

import contextlib
import csv
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from collectorpro.core.errors import DomainError
from collectorpro.models import Account, Address, ImportBatch, LedgerEntry, Payment
from collectorpro.models.enums import LedgerKind
from collectorpro.services.importing.mapping import suggest_mapping
from collectorpro.services.importing.run import (
    ImportCancelled,
    import_accounts,
    import_payments,
    preview_import,
)
from collectorpro.services.importing.sources import ImportFileError, inspect
from collectorpro.services.office.database import open_database
from tests.factories import make_user

TODAY = date(2026, 11, 24)
HEADER = "Acct #,Patient Name,Address,City,ST,Zip,Home Phone,Balance Due,DOS,Last Pmt\n"
ROWS = [
    'A-100,"Munoz, Jose",12 Elm St,Albany,NY,12207,(518) 555-0142,"$1,250.00",03/02/2026,\n',
    'A-101,"SMITH, ANN B",4 Oak Ave,Troy,NY,12180,518-555-0199,(0.00),2026-04-01,05/01/2026\n',
    'A-102,"Lee, Kim",9 Pine Rd,Albany,New York,12208,,"$75.5",4/5/26,\n',
    'A-103,"Bad, Amount",1 Main,Albany,NY,12207,,"12,50.0x",03/02/2026,\n',  # rejected
    'A-104,"Nguyen, Lan",1 Main,Albany,ZZ,12207,,$10.00,02/30/2026,\n',  # two problems
]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def accounts_file(tmp_path, rows=ROWS, name="accounts.csv"):
    return write(tmp_path, name, HEADER + "".join(rows))


def run(db, path, tmp_path, **kw):
    info = inspect(path)
    columns = suggest_mapping(info.headers)
    args = dict(
        creditor="Riverside Family Medicine",
        user_id=None,
        today=TODAY,
        rejects_path=tmp_path / "rejects.csv",
    )
    return import_accounts(db, info, columns, **(args | kw))


def dump(db):
    conn = db.raw_connection()
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_the_preview_counts_and_names_each_problem(tmp_path):
    info = inspect(accounts_file(tmp_path))
    columns = suggest_mapping(info.headers)
    assert set(columns.values()) >= {"account_number", "debtor_name", "balance", "service_date"}
    preview = preview_import(info, columns)
    assert (preview.rows, preview.valid, preview.rejected_count) == (5, 3, 2)
    assert preview.can_import and preview.missing_fields == ()
    bad = {r.line: r.describe() for r in preview.rejected}
    assert "Balance Due" in bad[5]
    assert "ST" in bad[6] and "DOS" in bad[6]


def test_import_creates_accounts_and_a_second_run_changes_nothing(db, tmp_path):
    path = accounts_file(tmp_path)
    summary = run(db, path, tmp_path)
    assert (summary.created, summary.rejected, summary.updated) == (3, 2, 0)
    with (tmp_path / "rejects.csv").open(encoding="utf-8-sig") as handle:
        rejects = list(csv.reader(handle))
    assert rejects[0][:2] == ["line", "reason"] and len(rejects) == 3
    assert rejects[1][0] == "5" and "Balance Due" in rejects[1][1]
    with db.read() as session:
        jose = session.scalars(select(Account).where(Account.account_number == "A-100")).one()
        assert jose.balance_cents == 125_000
        assert (jose.debtor.first_name, jose.debtor.last_name) == ("Jose", "Munoz")
        assert (
            session.scalars(select(Address).where(Address.debtor_id == jose.debtor_id)).one().state
            == "NY"
        )
        kim = session.scalars(select(Account).where(Account.account_number == "A-102")).one()
        assert kim.balance_cents == 7_550 and kim.service_date == date(2026, 4, 5)
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
    before = dump(db)
    again = run(db, path, tmp_path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    after = dump(db)
    changed = [line for line in after if line not in before]
    assert all("import_batches" in line or "audit_events" in line for line in changed)


def test_a_new_balance_becomes_an_import_adjustment_and_new_details_are_added(db, tmp_path):
    run(db, accounts_file(tmp_path), tmp_path)
    rows = [ROWS[0].replace('"$1,250.00"', '"$1,000.00"').replace("12 Elm St", "99 New Rd")]
    summary = run(db, accounts_file(tmp_path, rows, "next.csv"), tmp_path)
    assert summary.updated == 1
    with db.read() as session:
        jose = session.scalars(select(Account).where(Account.account_number == "A-100")).one()
        assert jose.balance_cents == 100_000
        adjustment = session.scalars(
            select(LedgerEntry).where(
                LedgerEntry.account_id == jose.id, LedgerEntry.kind == LedgerKind.ADJUSTMENT
            )
        ).one()
        assert adjustment.amount_cents == -25_000 and adjustment.reference == "import"
        lines = {
            a.line1
            for a in session.scalars(select(Address).where(Address.debtor_id == jose.debtor_id))
        }
        assert lines == {"12 Elm St", "99 New Rd"}  # the old one is kept


def test_duplicates_can_be_skipped(db, tmp_path):
    run(db, accounts_file(tmp_path), tmp_path)
    rows = [ROWS[0].replace('"$1,250.00"', '"$1.00"')]
    summary = run(db, accounts_file(tmp_path, rows, "n.csv"), tmp_path, on_duplicate="skip")
    assert summary.skipped == 1


def test_dry_run_and_cancel_leave_the_database_as_it_was(db, tmp_path):
    before = dump(db)
    summary = run(db, accounts_file(tmp_path), tmp_path, dry_run=True)
    assert summary.dry_run and summary.created == 3
    assert dump(db) == before
    many = [f'C-{i},"Doe, Jane",1 Main,Albany,NY,12207,,$5.00,03/02/2026,\n' for i in range(450)]
    calls = []
    with pytest.raises(ImportCancelled):
        run(
            db,
            accounts_file(tmp_path, many, "many.csv"),
            tmp_path,
            cancelled=lambda: calls.append(1) or len(calls) > 1,
        )
    assert dump(db) == before


def test_missing_required_columns_are_named(db, tmp_path):
    path = write(tmp_path, "x.csv", "Name,Phone\nAnn,5185550142\n")
    info = inspect(path)
    with pytest.raises(DomainError, match="Account number"):
        import_accounts(
            db, info, suggest_mapping(info.headers), creditor="C", user_id=None, today=TODAY
        )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=12))
def test_any_cell_text_is_imported_or_rejected_never_a_crash(tmp_path, cells):
    database = open_database(tmp_path / f"h{abs(hash(tuple(cells)))}.sqlite3")
    try:
        row = ",".join('"' + c.replace('"', '""') + '"' for c in cells[:10])
        path = tmp_path / "fuzz.csv"
        path.write_text(HEADER + row + "\n", encoding="utf-8")
        try:
            info = inspect(path)
        except ImportFileError:
            return
        columns = suggest_mapping(info.headers)
        with contextlib.suppress(DomainError):  # refused in words is fine; a crash is not
            import_accounts(database, info, columns, creditor="C", user_id=None, today=TODAY)
    finally:
        database.dispose()


PAYMENTS = "Account,Amount,Date,Method,Check No,Payer\n"


def test_payments_are_matched_posted_with_receipts_and_the_rest_listed(db, tmp_path):
    run(db, accounts_file(tmp_path), tmp_path)
    user = make_user(db)
    path = write(
        tmp_path,
        "lockbox.csv",
        PAYMENTS
        + "A-100,$200.00,11/20/2026,Check,1044,Jose Munoz\n"
        + "A-102,25,11/21/2026,cash,,\n"
        + "A-999,$10.00,11/21/2026,check,55,Nobody\n"
        + "A-101,$5.00,11/21/2026,check,56,John Other\n"
        + "A-100,abc,11/21/2026,check,57,Jose Munoz\n",
    )
    info = inspect(path)
    columns = suggest_mapping(info.headers, kind="payments")
    summary = import_payments(
        db, info, columns, user_id=user, today=TODAY, rejects_path=tmp_path / "p-rejects.csv"
    )
    assert (summary.posted, summary.rejected) == (2, 1)
    assert [(line, number) for line, number, _why in summary.unmatched] == [
        (4, "A-999"),
        (5, "A-101"),
    ]
    assert "does not match" in summary.unmatched[1][2]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 2
        jose = session.scalars(select(Account).where(Account.account_number == "A-100")).one()
        assert jose.balance_cents == 105_000
    before = dump(db)
    dry = import_payments(db, info, columns, user_id=user, today=TODAY, dry_run=True)
    assert dry.posted == 2 and dump(db) == before


def test_cancel_on_a_small_file_still_writes_nothing(db, tmp_path):
    before = dump(db)
    with pytest.raises(ImportCancelled):
        run(db, accounts_file(tmp_path), tmp_path, cancelled=lambda: True)
    assert dump(db) == before
