"""The demo office is realistic and deterministic; verify catches a broken balance."""

from __future__ import annotations

import sqlite3

import pytest

from collectorpro.core.errors import DomainError
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.aging import AgingBucket
from collectorpro.services.accounts.listing import AccountQuery
from collectorpro.services.office.database import open_database
from collectorpro.services.office.verify import verify_database
from collectorpro.services.setup.demo import generate_demo
from tests.factories import TODAY


def fingerprint(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT group_concat(account_number || ':' || balance_cents, ',')"
            " FROM (SELECT account_number, balance_cents FROM accounts ORDER BY id)"
        ).fetchone()[0]
    finally:
        conn.close()


def test_same_seed_same_office(tmp_path, demo_db_path):
    again = tmp_path / "again.sqlite3"
    db = open_database(again)
    generate_demo(db, accounts=300, seed=7, today=TODAY)
    db.dispose()
    assert fingerprint(again) == fingerprint(demo_db_path)


def test_demo_office_is_realistic(demo_db_path):
    conn = sqlite3.connect(demo_db_path)
    states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM addresses")}
    assert {"HI", "AK", "AZ"} <= states
    languages = dict(conn.execute("SELECT preferred_language, count(*) FROM debtors GROUP BY 1"))
    assert languages["es"] > 10
    assert conn.execute("SELECT count(*) FROM addresses WHERE valid_to IS NOT NULL").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM ledger_entries WHERE kind='reversal'").fetchone()[0]
    mismatched = conn.execute(
        "SELECT count(*) FROM accounts a WHERE balance_cents <>"
        " (SELECT coalesce(sum(amount_cents), 0) FROM ledger_entries l WHERE l.account_id = a.id)"
    ).fetchone()[0]
    assert mismatched == 0
    services = {r[0] for r in conn.execute("SELECT DISTINCT service_type FROM accounts")}
    assert services == {"medical", "utility"}
    conn.close()
    db = open_database(demo_db_path)
    for bucket in AgingBucket:
        query = AccountQuery(buckets=frozenset({bucket}))
        assert account_list.summarize(db, query, as_of=TODAY).count > 0, bucket
    # what the demo wrote reads back through the models
    rows = account_list.list_page(db, AccountQuery(), offset=0, limit=50, as_of=TODAY)
    assert any(r.last_contact_at is not None and r.last_contact_at.tzinfo for r in rows)
    db.dispose()


def test_demo_for_today_has_no_contact_in_the_future(tmp_path):
    from datetime import UTC, datetime

    db = open_database(tmp_path / "today.sqlite3")
    generate_demo(db, accounts=150, seed=2)
    conn = db.raw_connection()
    latest = conn.execute("SELECT max(occurred_at) FROM interactions").fetchone()[0]
    conn.close()
    db.dispose()
    assert latest <= datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_demo_has_no_ledger_entry_after_today(tmp_path):
    """Late fees follow the due date, so an account that just fell due carries none yet."""
    db = open_database(tmp_path / "fees.sqlite3")
    generate_demo(db, accounts=1500, seed=3, today=TODAY)
    conn = db.raw_connection()
    latest = conn.execute("SELECT max(effective_date) FROM ledger_entries").fetchone()[0]
    fees = conn.execute("SELECT count(*) FROM ledger_entries WHERE kind = 'fee'").fetchone()[0]
    conn.close()
    db.dispose()
    assert latest <= TODAY.isoformat() and fees > 0


def test_demo_refuses_a_database_with_accounts(demo_db_path):
    db = open_database(demo_db_path)
    with pytest.raises(DomainError, match="already has accounts"):
        generate_demo(db, accounts=10)
    db.dispose()


def test_verify_passes_on_the_demo_and_catches_a_wrong_balance(demo_db_path):
    db = open_database(demo_db_path)
    report = verify_database(db)
    assert report.ok, report.problems
    conn = db.raw_connection()
    number = conn.execute("SELECT account_number FROM accounts WHERE id = 5").fetchone()[0]
    conn.execute("UPDATE accounts SET balance_cents = balance_cents + 1 WHERE id = 5")
    conn.close()
    report = verify_database(db)
    assert not report.ok
    assert any(number in p for p in report.problems)
    assert "problem(s) found" in report.describe()
    db.dispose()


def test_demo_payments_have_receipts_and_plans_agree_with_them(demo_db_path):
    from collectorpro.models.enums import PlanStatus
    from collectorpro.services.plans.upkeep import bring_up_to_date
    from collectorpro.services.plans.views import list_plans

    conn = sqlite3.connect(demo_db_path)
    payments = conn.execute("SELECT count(*) FROM ledger_entries WHERE kind='payment'").fetchone()
    receipts = [r[0] for r in conn.execute("SELECT receipt_number FROM payments ORDER BY 1")]
    assert len(receipts) == payments[0] > 0
    assert receipts == list(range(1, len(receipts) + 1))  # no gaps
    plan_accounts = [
        r[0] for r in conn.execute("SELECT account_id FROM payment_plans WHERE status='active'")
    ]
    assert plan_accounts
    profile = conn.execute("SELECT value FROM settings WHERE key='office.profile'").fetchone()
    assert "Hudson Valley Billing Services" in profile[0]
    conn.close()
    db = open_database(demo_db_path)
    report = bring_up_to_date(db, today=TODAY)
    assert report.plans_broken == 0 and report.plans_completed == 0
    for account_id in plan_accounts[:10]:
        (plan,) = list_plans(db, account_id, today=TODAY)
        assert plan.status is PlanStatus.ACTIVE
        assert sum(i.amount_cents for i in plan.installments) == plan.arranged_total_cents
    db.dispose()
