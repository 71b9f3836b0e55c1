"""Today's worklist vs. hand-written sqlite3 queries selecting the same rows.

Ours is everything the Today tab waits for: the sections, each section's first accounts by
score, the priority section, the names, and the contact rules' answer for every listed
account. The baseline selects the same rows straight from sqlite3: the four section queries,
one window query that scores and ranks every section's members, and the plain priority query
(every collected account scored and sorted). It judges no calls, so the ratio includes the
rules' work on the listed accounts; the aim is the absolute time (1 s at a million accounts).

Run: .venv/bin/python benchmarks/bench_worklist.py [--accounts 200000] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import best_of, demo_database, report

from collectorpro.models.db import MMAP_BYTES
from collectorpro.services.compliance import guard
from collectorpro.services.office.database import open_database
from collectorpro.services.worklist import queries
from collectorpro.services.worklist import today as worklist
from collectorpro.services.worklist.today import SECTIONS, SHOWN_PER_SECTION, build_worklist

COLLECTED = "a.status IN ('new', 'active', 'promise', 'plan') AND a.balance_cents > 0"
SCORE = """
    round(min(40.0, max(a.balance_cents, 0) / 5000.0), 1)
  + round(min(30.0, max(0, coalesce(
        julianday(:today) - julianday(a.first_delinquency_date), 0)) / 12.0), 1)
  + CASE WHEN a.last_contact_at IS NULL THEN 20.0
         ELSE round(min(20.0, max(0,
             julianday(:today) - julianday(date(a.last_contact_at))) / 2.0), 1) END
  + min(10, 5 * coalesce(p.kept, 0)) - min(10, 5 * coalesce(p.broken, 0))
"""
PROMISES = """
LEFT JOIN (SELECT account_id, sum(status = 'kept') AS kept, sum(status = 'broken') AS broken
           FROM promises GROUP BY account_id) p ON p.account_id = a.id
"""
RAW_RANKED = f"""
SELECT id, section, account_number, first_name, last_name FROM (
    SELECT a.id, CAST(j.value AS INTEGER) AS section, a.account_number, d.first_name,
           d.last_name,
           row_number() OVER (PARTITION BY j.value ORDER BY {SCORE} DESC, a.account_number)
             AS place
    FROM json_each(:sections) j
    JOIN accounts a ON a.id = CAST(j.key AS INTEGER)
    JOIN debtors d ON d.id = a.debtor_id
    {PROMISES}
    WHERE {COLLECTED}
) WHERE place <= :shown
"""
RAW_PRIORITY = f"""
SELECT a.id, a.account_number, d.first_name, d.last_name
FROM accounts a JOIN debtors d ON d.id = a.debtor_id
{PROMISES}
WHERE {COLLECTED} AND a.id NOT IN (SELECT CAST(key AS INTEGER) FROM json_each(:sections))
ORDER BY
    min(40.0, a.balance_cents / 5000.0)
  + min(30.0, max(0, julianday(:today) - julianday(a.first_delinquency_date)) / 12.0)
  + CASE WHEN a.last_contact_at IS NULL THEN 20.0
         ELSE min(20.0, (julianday(:today) - julianday(a.last_contact_at)) / 2.0) END
  + min(10, 5 * coalesce(p.kept, 0)) - min(10, 5 * coalesce(p.broken, 0))
  DESC, a.id LIMIT :shown
"""


def raw_worklist(raw: sqlite3.Connection, today: date) -> list[tuple[str, int]]:
    """(section, account id) of every listed row, selected straight from sqlite3."""
    params: dict[str, object] = {
        "today": today.isoformat(),
        "since": (today - worklist.LOOK_BACK).isoformat(),
        "shown": SHOWN_PER_SECTION,
    }
    order = {key: i for i, (key, _t) in enumerate(SECTIONS)}
    seen: dict[int, int] = {}
    for key, _title in SECTIONS[:-1]:
        for row in raw.execute(queries.SECTION_QUERIES[key], params):
            seen.setdefault(row[0], order[key])
    params["sections"] = json.dumps({str(i): s for i, s in seen.items()})
    rows = [(SECTIONS[r[1]][0], r[0]) for r in raw.execute(RAW_RANKED, params)]
    rows += [("priority", r[0]) for r in raw.execute(RAW_PRIORITY, params)]
    return rows


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="an office to measure instead of the demo")
    args = parser.parse_args()
    path = args.db or demo_database(args.accounts)
    db = open_database(path)  # migrates first, so both sides see the same indexes
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # the app's own connection settings
    today = date.today()
    now = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=17)  # noon ET
    accounts = raw.execute("SELECT count(*) FROM accounts").fetchone()[0]
    print(f"Today's worklist, {accounts:,} accounts, {SHOWN_PER_SECTION} listed per section")

    def ours_once() -> object:
        return build_worklist(db, today=today, now=now)

    def ours_first() -> object:
        guard.phone_zones.cache_clear()  # as on the first load after the app starts
        return ours_once()

    first = best_of(ours_first, repeat=3)
    ours = best_of(ours_once, repeat=3)
    base = best_of(lambda: raw_worklist(raw, today), repeat=3)
    listed = ours_once()
    mine = {(i.section, i.account_id) for i in listed.items + listed.held}  # type: ignore[attr-defined]
    theirs = set(raw_worklist(raw, today))
    same = len(mine & theirs)
    print(f"  {len(mine)} rows listed and judged; {same} of them also in the raw selection")
    lines = [
        report(
            "today's worklist, first load (listed rows judged)",
            first,
            base,
            unit="s",
            baseline_is="sqlite3 selecting the same rows, none judged",
        ),
        report(
            "today's worklist, refreshed",
            ours,
            base,
            unit="s",
            baseline_is="sqlite3 selecting the same rows, none judged",
        ),
    ]
    db.dispose()
    raw.close()
    return lines


if __name__ == "__main__":
    main()
