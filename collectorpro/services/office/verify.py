"""Checking a database: SQLite's own checks, and that every cached balance equals its ledger."""

from __future__ import annotations

from dataclasses import dataclass

from collectorpro.core.money import format_money
from collectorpro.models.db import Database, head_revision

SHOW_AT_MOST = 10


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    problems: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]

    def describe(self) -> str:
        lines = [f"{name}: {count:,}" for name, count in self.counts]
        if self.ok:
            lines.append("OK: no problems found.")
        else:
            lines.append(f"{len(self.problems)} problem(s) found:")
            lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


def verify_database(db: Database) -> VerifyReport:
    problems: list[str] = []
    raw = db.raw_connection()
    try:
        integrity = [r[0] for r in raw.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"SQLite integrity: {m}" for m in integrity[:SHOW_AT_MOST]]
        fk = raw.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _ in fk[:SHOW_AT_MOST]:
            problems.append(f"{table} row {rowid} points at a missing {parent} record")
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            problems.append(
                f"schema revision {revision[0] if revision else 'none'} is not the current "
                f"{head_revision()}"
            )
        mismatches = raw.execute(
            "SELECT a.account_number, a.balance_cents, coalesce(l.total, 0)"
            " FROM accounts a LEFT JOIN (SELECT account_id, sum(amount_cents) AS total"
            "   FROM ledger_entries GROUP BY account_id) l ON l.account_id = a.id"
            " WHERE a.balance_cents <> coalesce(l.total, 0)"
        ).fetchall()
        for number, cached, ledger in mismatches[:SHOW_AT_MOST]:
            problems.append(
                f"account {number}: balance shows {format_money(cached)} "
                f"but its ledger adds up to {format_money(ledger)}"
            )
        if len(mismatches) > SHOW_AT_MOST:
            problems.append(f"… and {len(mismatches) - SHOW_AT_MOST} more accounts like these")
        bad_reversals = raw.execute(
            "SELECT r.id FROM ledger_entries r JOIN ledger_entries o ON o.id = r.reverses_id"
            " WHERE o.account_id <> r.account_id OR r.amount_cents <> -o.amount_cents"
        ).fetchall()
        for (entry_id,) in bad_reversals[:SHOW_AT_MOST]:
            problems.append(f"reversal {entry_id} does not mirror the entry it reverses")
        counts = tuple(
            (label, raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for label, table in (
                ("accounts", "accounts"),
                ("debtors", "debtors"),
                ("ledger entries", "ledger_entries"),
                ("interactions", "interactions"),
                ("promises", "promises"),
                ("audit events", "audit_events"),
            )
        )
    finally:
        raw.close()
    return VerifyReport(ok=not problems, problems=tuple(problems), counts=counts)
