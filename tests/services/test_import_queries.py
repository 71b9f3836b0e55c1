"""Importing new accounts costs a fixed number of statements plus one round of inserts a block.

A file of 2,000 new accounts and one of 200 send the same statements, except that the bigger
one writes more blocks of new rows (each block: debtors, accounts, addresses, phones, emails,
opening charges, search words). A change that brings back a query per row fails here;
nothing is timed.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from datetime import date

from collectorpro.services.importing.accounts_writer import NewAccounts
from collectorpro.services.importing.mapping import suggest_mapping
from collectorpro.services.importing.run import import_accounts
from collectorpro.services.importing.sources import inspect
from collectorpro.services.office.database import open_database
from tests.querycount import counted

TODAY = date(2026, 11, 24)
TABLES_PER_BLOCK = 7  # debtors, accounts, addresses, phones, emails, ledger_entries, search


def accounts_file(path, rows):
    """``rows`` new accounts with every detail, and a rejected row every fiftieth line."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Acct #", "Patient Name", "Address", "City", "ST", "Zip", "Home Phone",
                      "Email", "Balance Due", "DOS"])  # fmt: skip
        for i in range(rows):
            balance = "12,50.0x" if i % 50 == 49 else f"${100 + i % 900}.25"
            out.writerow([f"P{i:06d}", "Garcia, Maria", f"{i + 1} Main St", "Albany", "NY",
                          "12207", f"(518) 555-{i % 10000:04d}", f"m{i}@example.com", balance,
                          "03/02/2026"])  # fmt: skip
    return path


def import_counted(tmp_path, rows):
    source = accounts_file(tmp_path / f"accounts-{rows}.csv", rows)
    db = open_database(tmp_path / f"office-{rows}.sqlite3")
    try:
        info = inspect(source)
        with counted(db) as statements:
            summary = import_accounts(
                db, info, suggest_mapping(info.headers), creditor="Clinic", user_id=None,
                today=TODAY, rejects_path=tmp_path / f"rejects-{rows}.csv",
            )  # fmt: skip
    finally:
        db.dispose()
    return summary, statements


def test_new_accounts_cost_one_round_of_inserts_per_block_and_nothing_per_row(tmp_path):
    small, few = import_counted(tmp_path, 200)
    big, many = import_counted(tmp_path, 2_000)
    assert (small.created, small.rejected) == (196, 4)
    assert (big.created, big.rejected) == (1_960, 40)

    blocks = math.ceil(big.created / NewAccounts.SIZE) - math.ceil(small.created / NewAccounts.SIZE)
    extra = Counter(many) - Counter(few)
    assert Counter(few) - Counter(many) == Counter()
    assert all(statement.startswith("INSERT INTO") for statement in extra), list(extra)
    assert sum(extra.values()) <= blocks * TABLES_PER_BLOCK
    assert len(few) <= 10 + TABLES_PER_BLOCK  # the fixed part: no query per row hides in it
