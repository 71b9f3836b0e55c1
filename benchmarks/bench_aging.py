"""The aging report over 1,000,000 accounts and 5,000,000 ledger entries vs. a hand-written
GROUP BY over the same data, in the same run.

The office is synthetic (built straight with sqlite3 into the real schema, once, then cached):
1,000,000 accounts of 100,000 debtors, five ledger entries each (a charge, interest, a fee,
two payments) spread over three years. Two measurements:

* as of an earlier date, against ``raw_aging_sql()`` — one GROUP BY over the ledger summing
  each account's entries up to that date, bucketed in SQL. Ours gets the same balances as
  the kept balance less the entries dated after the date (a range of the ledger's date
  index), so the ratio shows what that saves;
* as of today, from the balances the app keeps, against a GROUP BY over ``accounts``.

Run: .venv/bin/python benchmarks/bench_aging.py [--accounts 1000000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import date, timedelta

from common import CACHE, best_of, report

from collectorpro.models.db import MMAP_BYTES
from collectorpro.services.office.database import open_database
from collectorpro.services.reports.figures import aging_figures, raw_aging_sql

ENTRIES_PER_ACCOUNT = 5
TODAY = date(2026, 11, 24)


def build(accounts: int):  # type: ignore[no-untyped-def]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"aging-{accounts}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial)  # the real schema, migrated
    db.dispose()
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO creditors(id, name, service_type, address, phone, created_at)"
        " VALUES (?, ?, ?, '', '', '2024-01-01 00:00:00.000000')",
        [(i, f"Creditor {i}", ("medical", "utility", "other")[i % 3]) for i in range(1, 13)],
    )
    debtors = max(accounts // 10, 1)
    conn.executemany(
        "INSERT INTO debtors(id, first_name, middle_name, last_name, suffix, preferred_language,"
        " created_at) VALUES (?, 'Pat', '', ?, '', 'en', '2024-01-01 00:00:00.000000')",
        ((i, f"Debtor{i}") for i in range(1, debtors + 1)),
    )
    rng = random.Random(7)
    start = TODAY - timedelta(days=3 * 365)

    def account_rows():  # type: ignore[no-untyped-def]
        for i in range(1, accounts + 1):
            placed = start + timedelta(days=rng.randrange(3 * 365))
            delinquent = placed + timedelta(days=rng.randrange(0, 60))
            yield (
                i,
                1 + i % 12,
                1 + i % debtors,
                f"A{i:08d}",
                ("medical", "utility", "other")[i % 3],
                delinquent.isoformat(),
                placed.isoformat(),
            )

    conn.executemany(
        "INSERT INTO accounts(id, creditor_id, debtor_id, account_number, service_type,"
        " first_delinquency_date, placed_on, status, cease_communication, attorney_represented,"
        " bankruptcy, deceased, insurance_pending, balance_cents, next_action, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'active', 0, 0, 0, 0, 0, 0, '',"
        " '2024-01-01 00:00:00.000000')",
        account_rows(),
    )
    balances: dict[int, int] = {}

    def ledger_rows():  # type: ignore[no-untyped-def]
        for account_id in range(1, accounts + 1):
            # early enough that all five entries are on the books by today
            day = start + timedelta(days=rng.randrange(3 * 365 - 200))
            charge = rng.randrange(2_000, 300_000)
            rows = [
                ("charge", charge, day),
                ("interest", charge // 100, day + timedelta(days=30)),
                ("fee", 2_500, day + timedelta(days=45)),
                ("payment", -rng.randrange(1, charge // 2 + 2), day + timedelta(days=60)),
                ("payment", -rng.randrange(1, charge // 3 + 2), day + timedelta(days=200)),
            ]
            for kind, cents, on in rows:
                if on <= TODAY:
                    balances[account_id] = balances.get(account_id, 0) + cents
                    yield account_id, kind, cents, on.isoformat()

    conn.executemany(
        "INSERT INTO ledger_entries(account_id, kind, amount_cents, effective_date, posted_at,"
        " reference, memo) VALUES (?, ?, ?, ?, '2024-01-01 00:00:00.000000', '', '')",
        ledger_rows(),
    )
    conn.executemany(
        "UPDATE accounts SET balance_cents = ? WHERE id = ?",
        ((cents, account_id) for account_id, cents in balances.items()),
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    partial.rename(path)
    print(f"  built {path.name} in {time.perf_counter() - started:.0f} s")
    return path


RAW_TODAY = """
SELECT CASE WHEN balance_cents < 0 THEN 'credit'
            WHEN first_delinquency_date IS NULL OR first_delinquency_date >= :as_of
              THEN 'current'
            WHEN first_delinquency_date >= date(:as_of, '-30 days') THEN '1-30'
            WHEN first_delinquency_date >= date(:as_of, '-60 days') THEN '31-60'
            WHEN first_delinquency_date >= date(:as_of, '-90 days') THEN '61-90'
            WHEN first_delinquency_date >= date(:as_of, '-120 days') THEN '91-120'
            WHEN first_delinquency_date >= date(:as_of, '-180 days') THEN '121-180'
            ELSE '180+' END AS bucket,
       count(*), sum(balance_cents)
FROM accounts WHERE balance_cents <> 0 AND placed_on <= :as_of
GROUP BY creditor_id, service_type, bucket
"""


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1_000_000)
    args = parser.parse_args()
    path = build(args.accounts)
    db = open_database(path)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # the app's own connection settings
    entries = raw.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]
    print(f"Aging report, {args.accounts:,} accounts, {entries:,} ledger entries")
    earlier = TODAY - timedelta(days=90)
    lines = []
    ours = best_of(lambda: aging_figures(db, earlier, today=TODAY), repeat=3)
    base = best_of(
        lambda: raw.execute(raw_aging_sql(), {"as_of": earlier.isoformat()}).fetchall(), repeat=3
    )
    lines.append(
        report(
            "aging as of 90 days ago (from the ledger)",
            ours,
            base,
            unit="s",
            baseline_is="hand-written GROUP BY over the ledger",
        )
    )
    ours = best_of(lambda: aging_figures(db, TODAY, today=TODAY), repeat=3)
    base = best_of(
        lambda: raw.execute(RAW_TODAY, {"as_of": TODAY.isoformat()}).fetchall(), repeat=3
    )
    lines.append(
        report(
            "aging as of today (kept balances)",
            ours,
            base,
            unit="s",
            baseline_is="hand-written GROUP BY over accounts",
        )
    )
    db.dispose()
    raw.close()
    return lines


if __name__ == "__main__":
    main()
