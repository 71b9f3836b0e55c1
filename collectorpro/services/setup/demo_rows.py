"""The demo office's rows as they are built: plain tuples per table, numbered here.

Rows are bulk-inserted with executemany, table by table in ``TABLES`` order, so 200,000
accounts take a minute or so rather than an hour of ORM objects. The builders
(``demo_debtors``, ``demo_history``, ``demo_accounts``) append to a `DemoRows`.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time

__all__ = ["INSERTS", "TABLES", "DemoRows", "timestamp"]

_TS = "%Y-%m-%d %H:%M:%S.%f"

TABLES = (
    "debtors",
    "addresses",
    "phones",
    "emails",
    "accounts",
    "ledger",
    "interactions",
    "promises",
    "plans",
    "installments",
    "payments",
    "search",
)
INSERTS = {
    "debtors": "INSERT INTO debtors(id, first_name, middle_name, last_name, suffix, date_of_birth,"
    " preferred_language, created_at) VALUES (?,?,?,?,?,?,?,?)",
    "addresses": "INSERT INTO addresses(id, debtor_id, line1, line2, city, state, zip_code,"
    " country, source, valid_from, valid_to, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "phones": "INSERT INTO phones(id, debtor_id, number, kind, consent, do_not_call, source,"
    " valid_from, valid_to, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "emails": "INSERT INTO emails(id, debtor_id, address, opt_out, source, valid_from, valid_to,"
    " created_at) VALUES (?,?,?,?,?,?,?,?)",
    "accounts": "INSERT INTO accounts(id, creditor_id, debtor_id, account_number, service_type,"
    " service_date, first_delinquency_date, last_payment_date, itemization_date, placed_on,"
    " status, assigned_user_id, cease_communication, attorney_represented, bankruptcy, deceased,"
    " insurance_pending, balance_cents, last_contact_at, next_action_date, next_action,"
    " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "ledger": "INSERT INTO ledger_entries(id, account_id, kind, amount_cents, effective_date,"
    " posted_at, user_id, reference, memo, reverses_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "interactions": "INSERT INTO interactions(id, account_id, channel, outcome, notes, occurred_at,"
    " user_id, duration_seconds, follow_up_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "promises": "INSERT INTO promises(id, account_id, amount_cents, due_date, status,"
    " interaction_id, user_id, created_at, resolved_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "search": "INSERT INTO account_search(rowid, terms) VALUES (?, ?)",
    "plans": "INSERT INTO payment_plans(id, account_id, arrangement, status, balance_cents,"
    " arranged_total_cents, frequency, agreed_on, user_id, notes, created_at, end_reason)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "installments": "INSERT INTO plan_installments(id, plan_id, number, due_date, amount_cents,"
    " is_down_payment, paid_cents, status) VALUES (?,?,?,?,?,?,?,?)",
    "payments": "INSERT INTO payments(id, ledger_entry_id, receipt_number, method, plan_id,"
    " balance_after_cents, plan_summary, received_by_user_id, created_at)"
    " VALUES (?,?,?,?,?,?,?,?,?)",
}


def timestamp(moment: datetime) -> str:
    """A moment as the models store it: UTC, without the zone."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(_TS)


class DemoRows:
    """The rows built so far, the random source, the demo's today and the next ids."""

    def __init__(self, rng: random.Random, today: date, ids: dict[str, int]) -> None:
        self.rng, self.today, self.ids = rng, today, ids
        # late afternoon of `today`, but never later than this very moment: no contact
        # in the demo may lie in the future
        self.now = min(datetime.combine(today, time(17, 0), tzinfo=UTC), datetime.now(UTC))
        self.now_text = timestamp(self.now)
        self.rows: dict[str, list[tuple[object, ...]]] = {k: [] for k in TABLES}

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def clear(self) -> None:
        for rows in self.rows.values():
            rows.clear()
