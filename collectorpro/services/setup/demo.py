"""The demo office: realistic, deterministic sample accounts (same seed, same office).

Rows are built as tuples (``demo_rows``, filled by ``demo_accounts`` with its debtor and
history) and bulk-inserted with executemany in one transaction, so 200,000 accounts take a
minute or so rather than an hour of ORM objects.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from collectorpro.core.errors import DomainError
from collectorpro.models.db import Database
from collectorpro.services.office.settings import PROFILE_KEY, OfficeProfile
from collectorpro.services.setup.demo_accounts import add_account
from collectorpro.services.setup.demo_data import CREDITORS, USERS
from collectorpro.services.setup.demo_rows import INSERTS, TABLES, DemoRows, timestamp

__all__ = ["DEMO_OFFICE", "DemoSummary", "generate_demo"]

CHUNK = 5000
DEMO_OFFICE = OfficeProfile(
    name="Hudson Valley Billing Services",
    address_lines=("55 State Street, Suite 300", "Albany, NY 12207"),
    phone="(518) 555-0199",
    email="accounts@hudsonvalleybilling.example",
    state="NY",
    time_zone="America/New_York",
    is_agency=True,
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    debtors: int
    ledger_entries: int
    interactions: int
    promises: int
    total_balance_cents: int

    def describe(self) -> str:
        return (
            f"Demo office ready: {self.accounts:,} accounts for {self.debtors:,} debtors, "
            f"{self.ledger_entries:,} ledger entries, {self.interactions:,} interactions, "
            f"{self.promises:,} promises; total balance ${self.total_balance_cents / 100:,.2f}."
        )


def generate_demo(
    db: Database,
    *,
    accounts: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty office database with ``accounts`` sample accounts."""
    if accounts <= 0:
        raise DomainError("The number of demo accounts must be more than zero.")
    today = today or date.today()
    rng = random.Random(seed)
    conn = db.raw_connection()
    try:
        if conn.execute("SELECT count(*) FROM accounts").fetchone()[0]:
            raise DomainError(
                f"{db.path.name} already has accounts; demo data goes into an empty database."
            )
        conn.execute("BEGIN IMMEDIATE")
        now = timestamp(datetime.now(UTC))
        user_ids = []
        for name, role in USERS:
            row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO users(name, role, active, created_at) VALUES (?,?,1,?)",
                    (name, role, now),
                )
                row = (cur.lastrowid,)
            user_ids.append(row[0])
        creditor_ids = []
        for name, service_type, _prefix, address, phone in CREDITORS:
            row = conn.execute("SELECT id FROM creditors WHERE name = ?", (name,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO creditors(name, service_type, address, phone, created_at)"
                    " VALUES (?,?,?,?,?)",
                    (name, service_type, address, phone, now),
                )
                row = (cur.lastrowid,)
            creditor_ids.append(row[0])
        ids = {
            t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
            for t in (
                "debtors",
                "addresses",
                "phones",
                "emails",
                "accounts",
                "ledger_entries",
                "interactions",
                "promises",
                "payments",
                "plan_installments",
            )
        }
        ids["plans"] = conn.execute("SELECT coalesce(max(id), 0) FROM payment_plans").fetchone()[0]
        ids["installments"] = ids.pop("plan_installments")
        ids["receipts"] = conn.execute(
            "SELECT coalesce(max(receipt_number), 0) FROM payments"
        ).fetchone()[0]
        builder = DemoRows(rng, today, ids)
        counts = dict.fromkeys(TABLES, 0)
        total = 0
        for start in range(0, accounts, CHUNK):
            for _ in range(min(CHUNK, accounts - start)):
                total += add_account(builder, creditor_ids, user_ids[1:])
            for key in TABLES:
                conn.executemany(INSERTS[key], builder.rows[key])
                counts[key] += len(builder.rows[key])
            builder.clear()
            if progress is not None:
                progress(min(start + CHUNK, accounts), accounts)
        conn.execute(
            "INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)",
            (PROFILE_KEY, json.dumps(asdict(DEMO_OFFICE))),
        )
        conn.execute(
            "INSERT INTO audit_events(occurred_at, user_id, action, entity, entity_id, summary)"
            " VALUES (?, ?, 'demo_generated', 'office', NULL, ?)",
            (now, user_ids[0], f"Demo office generated: {accounts} accounts, seed {seed}"),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return DemoSummary(
        accounts=counts["accounts"],
        debtors=counts["debtors"],
        ledger_entries=counts["ledger"],
        interactions=counts["interactions"],
        promises=counts["promises"],
        total_balance_cents=total,
    )
