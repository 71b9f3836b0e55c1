"""The account list's first page, search and status-bar figures vs. the same from sqlite3.

Every sortable column is measured both ways up against a hand-written sqlite3 query returning
the same 200 rows (same columns, same order), so the ratio is what the service adds: building
the statement, reading the rows and handing them over as ``AccountRow`` snapshots.

Run: .venv/bin/python benchmarks/bench_account_list.py [--accounts 200000] [--db PATH]
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date
from pathlib import Path

from common import best_of, demo_database, report

from collectorpro.models.db import MMAP_BYTES
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.listing import AccountQuery, SortKey
from collectorpro.services.office.database import open_database

PAGE = 200
REPEAT = 25  # a first page takes about a millisecond: many runs keep the median steady

COLUMNS = """a.id, a.account_number, d.first_name, d.last_name, c.name, a.service_type,
       a.balance_cents, a.first_delinquency_date, a.status, a.last_contact_at,
       a.next_action_date, a.next_action"""
ACCOUNTS_FIRST = (
    "accounts a JOIN debtors d ON d.id = a.debtor_id JOIN creditors c ON c.id = a.creditor_id"
)
# the name sorts walk the small table's name index; CROSS JOIN keeps SQLite to that order
DEBTORS_FIRST = (
    "debtors d CROSS JOIN accounts a ON d.id = a.debtor_id JOIN creditors c ON c.id = a.creditor_id"
)
CREDITORS_FIRST = (
    "creditors c CROSS JOIN accounts a ON c.id = a.creditor_id JOIN debtors d ON d.id = a.debtor_id"
)

# (FROM, ORDER BY) of each sort, largest first (descending); ascending swaps every direction
RAW_ORDER = {
    SortKey.ACCOUNT_NUMBER: (ACCOUNTS_FIRST, "a.account_number DESC, a.id DESC"),
    SortKey.DEBTOR: (DEBTORS_FIRST, "d.last_name DESC, d.first_name DESC, d.id DESC, a.id DESC"),
    SortKey.CREDITOR: (CREDITORS_FIRST, "c.name DESC, c.id DESC, a.id DESC"),
    SortKey.BALANCE: (ACCOUNTS_FIRST, "a.balance_cents DESC, a.id DESC"),
    # most days past due = the earliest delinquency date (no date: not past due)
    SortKey.DAYS_PAST_DUE: (ACCOUNTS_FIRST, "a.first_delinquency_date ASC, a.id ASC"),
    SortKey.BUCKET: (ACCOUNTS_FIRST, "a.first_delinquency_date ASC, a.id ASC"),
    SortKey.STATUS: (ACCOUNTS_FIRST, "a.status DESC, a.id DESC"),
    SortKey.LAST_CONTACT: (ACCOUNTS_FIRST, "a.last_contact_at DESC, a.id DESC"),
    SortKey.NEXT_ACTION: (ACCOUNTS_FIRST, "a.next_action_date DESC, a.id DESC"),
}


def raw_page_sql(sort: SortKey, descending: bool) -> str:
    source, order = RAW_ORDER[sort]
    if not descending:
        swapped = order.replace("DESC", "\0").replace("ASC", "DESC").replace("\0", "ASC")
        order = swapped
    return f"SELECT {COLUMNS} FROM {source} ORDER BY {order} LIMIT ?"


RAW_SEARCH = f"""
SELECT {COLUMNS} FROM {ACCOUNTS_FIRST}
WHERE a.id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)
ORDER BY a.first_delinquency_date ASC, a.id ASC LIMIT ?
"""
RAW_COUNT = "SELECT count(*), coalesce(sum(balance_cents), 0) FROM accounts"
RAW_COUNT_SEARCH = """
SELECT count(*), coalesce(sum(balance_cents), 0) FROM accounts
WHERE id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)
"""


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="an office to measure instead of the demo")
    parser.add_argument("--all-sorts", action="store_true", help="every column, both ways")
    args = parser.parse_args()
    path = args.db or demo_database(args.accounts)
    db = open_database(path)  # migrates first, so both sides see the same indexes
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # the app's own connection settings
    today = date.today()
    accounts = raw.execute("SELECT count(*) FROM accounts").fetchone()[0]
    print(f"Account list, {accounts:,} accounts, first page of {PAGE} rows")
    lines = []

    sorts = [(key, way) for key in SortKey for way in (True, False)]
    if not args.all_sorts:
        sorts = [(key, True) for key in SortKey]
    for key, descending in sorts:
        query = AccountQuery(sort=key, descending=descending)
        ours = best_of(
            lambda query=query: account_list.list_page(db, query, offset=0, limit=PAGE, as_of=today)
        )
        sql = raw_page_sql(key, descending)
        base = best_of(lambda sql=sql: raw.execute(sql, (PAGE,)).fetchall(), repeat=REPEAT)
        mine = [r.id for r in account_list.list_page(db, query, offset=0, limit=PAGE, as_of=today)]
        if mine != [r[0] for r in raw.execute(sql, (PAGE,))]:
            raise SystemExit(f"the raw query for {key} returns other rows than the list")
        way = "down" if descending else "up"
        lines.append(
            report(
                f"first page sorted by {key.value} ({way})",
                ours,
                base,
                baseline_is="the same page straight from sqlite3",
            )
        )

    term = "garcia"
    search_query = AccountQuery(search=term)
    ours = best_of(
        lambda: account_list.list_page(db, search_query, offset=0, limit=PAGE, as_of=today)
    )
    base = best_of(lambda: raw.execute(RAW_SEARCH, ('"garcia"*', PAGE)).fetchall())
    lines.append(
        report(f"search '{term}'", ours, base, baseline_is="the same FTS query in sqlite3")
    )

    ours = best_of(lambda: account_list.summarize(db, AccountQuery(), as_of=today))
    base = best_of(lambda: raw.execute(RAW_COUNT).fetchone())
    lines.append(
        report("status bar count and total", ours, base, baseline_is="the same sums in sqlite3")
    )
    ours = best_of(lambda: account_list.summarize(db, search_query, as_of=today))
    base = best_of(lambda: raw.execute(RAW_COUNT_SEARCH, ('"garcia"*',)).fetchone())
    lines.append(report(f"status bar count and total, search '{term}'", ours, base))
    db.dispose()
    raw.close()
    return lines


if __name__ == "__main__":
    main()
