"""The account list's first page (search, sort by balance) vs. the same page from sqlite3.

Run: .venv/bin/python benchmarks/bench_account_list.py [--accounts 200000]
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date

from common import best_of, demo_database, report

from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.listing import AccountQuery, SortKey
from collectorpro.services.office.database import open_database

PAGE = 200

RAW_SORTED = """
SELECT a.id, a.account_number, d.first_name, d.last_name, c.name, a.service_type,
       a.balance_cents, a.first_delinquency_date, a.status, a.last_contact_at,
       a.next_action_date, a.next_action
FROM accounts a JOIN debtors d ON d.id = a.debtor_id JOIN creditors c ON c.id = a.creditor_id
ORDER BY a.balance_cents DESC, a.id DESC LIMIT ?
"""
RAW_SEARCH = """
SELECT a.id, a.account_number, d.first_name, d.last_name, c.name, a.service_type,
       a.balance_cents, a.first_delinquency_date, a.status, a.last_contact_at,
       a.next_action_date, a.next_action
FROM accounts a JOIN debtors d ON d.id = a.debtor_id JOIN creditors c ON c.id = a.creditor_id
WHERE a.id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)
ORDER BY a.first_delinquency_date ASC, a.id DESC LIMIT ?
"""
RAW_COUNT = "SELECT count(*), coalesce(sum(balance_cents), 0) FROM accounts"


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200_000)
    args = parser.parse_args()
    path = demo_database(args.accounts)
    db = open_database(path)
    raw = sqlite3.connect(path)
    today = date.today()
    print(f"Account list, {args.accounts:,} accounts, first page of {PAGE} rows")
    lines = []

    sort_query = AccountQuery(sort=SortKey.BALANCE, descending=True)
    ours = best_of(
        lambda: account_list.list_page(db, sort_query, offset=0, limit=PAGE, as_of=today)
    )
    base = best_of(lambda: raw.execute(RAW_SORTED, (PAGE,)).fetchall())
    lines.append(report("sorted by balance", ours, base))

    term = "garcia"
    search_query = AccountQuery(search=term)
    ours = best_of(
        lambda: account_list.list_page(db, search_query, offset=0, limit=PAGE, as_of=today)
    )
    base = best_of(lambda: raw.execute(RAW_SEARCH, ('"garcia"*', PAGE)).fetchall())
    lines.append(report(f"search '{term}'", ours, base))

    ours = best_of(lambda: account_list.summarize(db, AccountQuery(), as_of=today))
    base = best_of(lambda: raw.execute(RAW_COUNT).fetchone())
    lines.append(report("status bar count and total", ours, base))
    db.dispose()
    raw.close()
    return lines


if __name__ == "__main__":
    main()
