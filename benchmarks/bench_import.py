"""Importing a 100,000-row accounts file vs. a raw sqlite3 executemany of the same rows.

Ours: ``import_accounts`` — every field parsed and checked, duplicates looked up, the debtor,
account, address, phone and opening charge written, search words built, one transaction.
Baseline: the same rows, already split into values, inserted with ``executemany`` into the
same tables of a fresh database (no parsing, no checks, no search words). Peak memory is
measured in separate processes for 10,000 and 100,000 rows: it must not grow with the file.

Run: .venv/bin/python benchmarks/bench_import.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import record, report

from collectorpro.services.importing.mapping import suggest_mapping
from collectorpro.services.importing.run import import_accounts
from collectorpro.services.importing.sources import inspect
from collectorpro.services.office.database import open_database

TODAY = date(2026, 11, 24)
FIRST = ["Maria", "James", "Ana", "Robert", "Linh", "Jose", "Mary", "Keanu", "Sofia", "David"]
LAST = ["Garcia", "Smith", "Nguyen", "Johnson", "Martinez", "Brown", "Lopez", "Kealoha", "Lee"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Acct #", "Patient Name", "Address", "City", "ST", "Zip", "Home Phone",
                      "Balance Due", "DOS"])  # fmt: skip
        for i in range(rows):
            dos = TODAY - timedelta(days=rng.randrange(30, 900))
            out.writerow(
                [
                    f"P{i:07d}",
                    f"{rng.choice(LAST)}, {rng.choice(FIRST)}",
                    f"{rng.randrange(1, 9999)} Main St",
                    "Albany",
                    "NY",
                    f"122{rng.randrange(0, 99):02d}",
                    f"(518) 555-{rng.randrange(0, 10000):04d}",
                    f"${rng.randrange(500, 500000) / 100:,.2f}",
                    dos.strftime("%m/%d/%Y"),
                ]
            )


def raw_insert(db_path: Path, csv_path: Path) -> None:
    """The baseline: the same rows as plain values, inserted with executemany."""
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    conn = sqlite3.connect(db_path, isolation_level=None)
    now = "2026-11-24 12:00:00.000000"
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO creditors(id, name, service_type, address, phone, created_at)"
        " VALUES (1, 'Clinic', 'medical', '', '', ?)",
        (now,),
    )
    conn.executemany(
        "INSERT INTO debtors(id, first_name, middle_name, last_name, suffix, preferred_language,"
        " created_at) VALUES (?, ?, '', ?, '', 'en', ?)",
        ((i + 1, r[1].split(", ")[1], r[1].split(", ")[0], now) for i, r in enumerate(rows)),
    )
    conn.executemany(
        "INSERT INTO accounts(id, creditor_id, debtor_id, account_number, service_type,"
        " service_date, first_delinquency_date, itemization_date, placed_on, status,"
        " cease_communication, attorney_represented, bankruptcy, deceased, insurance_pending,"
        " balance_cents, next_action, created_at) VALUES (?, 1, ?, ?, 'medical', ?, ?, ?, ?,"
        " 'new', 0, 0, 0, 0, 0, ?, '', ?)",
        (
            (i + 1, i + 1, r[0], r[8], r[8], r[8], TODAY.isoformat(),
             round(float(r[7].strip("$").replace(",", "")) * 100), now)
            for i, r in enumerate(rows)
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO addresses(debtor_id, line1, line2, city, state, zip_code, country, source,"
        " valid_from, created_at) VALUES (?, ?, '', ?, ?, ?, 'US', 'import', ?, ?)",
        ((i + 1, r[2], r[3], r[4], r[5], TODAY.isoformat(), now) for i, r in enumerate(rows)),
    )
    conn.executemany(
        "INSERT INTO phones(debtor_id, number, kind, consent, do_not_call, source, valid_from,"
        " created_at) VALUES (?, ?, 'other', 0, 0, 'import', ?, ?)",
        (
            (i + 1, "+1518" + r[6][-8:].replace("-", ""), TODAY.isoformat(), now)
            for i, r in enumerate(rows)
        ),
    )
    conn.executemany(
        "INSERT INTO ledger_entries(account_id, kind, amount_cents, effective_date, posted_at,"
        " reference, memo) VALUES (?, 'charge', ?, ?, ?, 'import', '')",
        (
            (i + 1, round(float(r[7].strip("$").replace(",", "")) * 100), r[8], now)
            for i, r in enumerate(rows)
        ),
    )
    conn.execute("COMMIT")
    conn.close()


def child(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source = tmp / "accounts.csv"
        write_file(source, rows)
        ours_db, raw_db = tmp / "ours.sqlite3", tmp / "raw.sqlite3"
        db = open_database(ours_db)
        open_database(raw_db).dispose()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        info = inspect(source)
        summary = import_accounts(
            db, info, suggest_mapping(info.headers), creditor="Clinic", user_id=None, today=TODAY
        )
        ours = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        db.dispose()
        started = time.perf_counter()
        raw_insert(raw_db, source)
        raw = time.perf_counter() - started
    print(json.dumps({"rows": rows, "created": summary.created, "ours": ours, "raw": raw,
                      "peak_mb": peak / 1024, "before_mb": before / 1024}))  # fmt: skip


def _run_child(rows: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(rows)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return []
    print(f"Import: {args.rows:,}-row accounts file")
    big = _run_child(args.rows)
    small = _run_child(max(args.rows // 10, 1000))
    lines = [
        report(
            f"{int(big['created']):,} accounts imported",
            big["ours"],
            big["raw"],
            unit="s",
            baseline_is="sqlite3 executemany of the same rows, no checks",
        )
    ]
    line = (
        f"speed: ours {big['rows'] / big['ours']:,.0f} rows/s, raw {big['rows'] / big['raw']:,.0f}"
        f" rows/s ({big['raw'] / big['ours']:.0%} of raw); peak memory {small['peak_mb']:.0f} MB"
        f" at {int(small['rows']):,} rows, {big['peak_mb']:.0f} MB at {int(big['rows']):,}"
    )
    print(line)
    lines.append(line)
    record(
        "import speed, rows a second",
        f"{big['rows'] / big['ours']:,.0f}/s ({big['raw'] / big['ours']:.0%} of raw)",
        f"{big['rows'] / big['raw']:,.0f}/s (sqlite3 executemany of the same rows, no checks)",
        f"{big['ours'] / big['raw']:.2f}×",
    )
    record(
        f"import peak memory, {int(small['rows']):,} → {int(big['rows']):,} rows",
        f"{small['peak_mb']:.0f} → {big['peak_mb']:.0f} MB",
        "—",
        f"{big['peak_mb'] / small['peak_mb']:.2f}×",
    )
    return lines


if __name__ == "__main__":
    main()
