"""The management reports against the same figures computed in plain Python from raw rows."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.report_model import Report, ReportTable
from collectorpro.models import ContactOverride
from collectorpro.models.enums import (
    CONVERSATION_OUTCOMES,
    Channel,
    DisputeStatus,
    LedgerKind,
    Outcome,
    PaymentMethod,
    UserRole,
)
from collectorpro.services.accounts.aging import AgingBucket, bucket_for, days_past_due
from collectorpro.services.accounts.book import add_ledger_entry, load_account
from collectorpro.services.disputes.lifecycle import close_dispute, open_dispute
from collectorpro.services.money.payments import post_payment, reverse_payment
from collectorpro.services.office.database import open_database
from collectorpro.services.reports.catalog import (
    REPORTS,
    build_report,
    period_in_words,
)
from collectorpro.services.reports.figures import (
    BUCKETS,
    aging_figures,
    raw_aging_sql,
    weekly_collections,
)
from collectorpro.services.setup.demo import generate_demo
from tests.factories import TODAY, make_account, make_user

OFFICE_ZONE = ZoneInfo("America/New_York")  # the demo office's zone, and the default one
MONTH = (date(2026, 11, 1), TODAY)
WIDE = (date(2026, 8, 1), TODAY)


@dataclass
class Raw:
    """The demo office's rows, read once with sqlite3."""

    accounts: list[tuple]  # id, creditor, service_type, first_delinquency, placed_on, balance
    ledger: list[tuple]  # id, account_id, kind, amount, effective_date, reverses_id
    payments: dict[int, tuple]  # ledger_entry_id -> (method, received_by)
    creditors: dict[int, str]
    users: dict[int, str]
    promises: list[tuple]  # user_id, amount, status, created_at, resolved_at
    interactions: list[tuple]  # user_id, channel, outcome, occurred_at
    plans: dict[int, tuple]  # id -> (status, ended_at)
    installments: list[tuple]  # plan_id, due_date, amount, paid


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("reports") / "x.sqlite3")
    generate_demo(db, accounts=300, seed=5, today=TODAY)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def raw(demo) -> Raw:
    conn = demo.raw_connection()
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return Raw(
            accounts=q(
                "SELECT id, creditor_id, service_type, first_delinquency_date, placed_on,"
                " balance_cents FROM accounts"
            ),
            ledger=q(
                "SELECT id, account_id, kind, amount_cents, effective_date, reverses_id"
                " FROM ledger_entries"
            ),
            payments={
                e: (m, u)
                for e, m, u in q(
                    "SELECT ledger_entry_id, method, received_by_user_id FROM payments"
                )
            },
            creditors=dict(q("SELECT id, name FROM creditors")),
            users=dict(q("SELECT id, name FROM users")),
            promises=q(
                "SELECT user_id, amount_cents, status, created_at, resolved_at FROM promises"
            ),
            interactions=q("SELECT user_id, channel, outcome, occurred_at FROM interactions"),
            plans={i: (s, e) for i, s, e in q("SELECT id, status, ended_at FROM payment_plans")},
            installments=q(
                "SELECT plan_id, due_date, amount_cents, paid_cents FROM plan_installments"
            ),
        )
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "x.sqlite3")
    yield database
    database.dispose()


def table(report: Report, title: str) -> ReportTable:
    return next(t for t in report.tables if t.title == title)


def rows_by_label(t: ReportTable) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in t.rows}


def local_day(stored: str) -> date:
    moment = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    return moment.astimezone(OFFICE_ZONE).date()


def in_period(stored: str | None, period: tuple[date, date]) -> bool:
    return stored is not None and period[0] <= local_day(stored) <= period[1]


def check_totals(t: ReportTable) -> None:
    """Every column marked ``total`` sums to its totals cell."""
    assert t.totals is not None
    for i, col in enumerate(t.columns):
        if col.total:
            assert t.totals[i] == sum(row[i] or 0 for row in t.rows), (t.title, col.key)


# -------------------------------------------------------------------------------------- aging


def expected_aging(raw: Raw, as_of: date):
    """bucket -> [accounts, cents], per creditor and type too, and the credit balances."""
    # today's aging is the accounts' balances: every entry, even one dated later (the demo
    # dates a late fee the day after delinquency); an earlier day counts entries up to it
    balance: dict[int, int] = defaultdict(int)
    for _id, account_id, _kind, cents, effective, _rev in raw.ledger:
        if as_of == TODAY or date.fromisoformat(effective) <= as_of:
            balance[account_id] += cents
    overall = {b: [0, 0] for b in AgingBucket}
    by_creditor: dict[str, dict] = defaultdict(lambda: {b: 0 for b in AgingBucket})
    by_type: dict[str, dict] = defaultdict(lambda: {b: 0 for b in AgingBucket})
    credit = [0, 0]
    for account_id, creditor, service_type, fdd, placed, _cached in raw.accounts:
        cents = balance[account_id]
        if date.fromisoformat(placed) > as_of or cents == 0:
            continue
        if cents < 0:
            credit[0] += 1
            credit[1] += cents
            continue
        bucket = bucket_for(days_past_due(fdd and date.fromisoformat(fdd), as_of))
        overall[bucket][0] += 1
        overall[bucket][1] += cents
        by_creditor[raw.creditors[creditor]][bucket] += cents
        by_type[service_type.capitalize()][bucket] += cents
    return overall, by_creditor, by_type, credit


def check_aging(report: Report, raw: Raw, as_of: date) -> None:
    overall, by_creditor, by_type, credit = expected_aging(raw, as_of)
    total = sum(cents for _, cents in overall.values())
    by_bucket = table(report, "Aging by bucket")
    assert [row[0] for row in by_bucket.rows] == [b.label for b in AgingBucket]
    for row, bucket in zip(by_bucket.rows, AgingBucket, strict=True):
        assert list(row[1:3]) == overall[bucket]
    check_totals(by_bucket)
    # the buckets add up to the total outstanding, and so does every breakdown
    assert by_bucket.totals[2] == total == sum(by_bucket.values("amount"))
    assert by_bucket.totals[1] == sum(n for n, _ in overall.values())
    if total:
        assert sum(by_bucket.values("share")) == pytest.approx(1.0)
    for title, expected in (
        ("Aging by creditor", by_creditor),
        ("Aging by service type", by_type),
    ):
        t = table(report, title)
        check_totals(t)
        assert t.totals[t.column("total")] == total
        got = rows_by_label(t)
        assert set(got) == set(expected)
        for label, cents in expected.items():
            assert list(got[label][: len(BUCKETS)]) == [cents[b] for b in BUCKETS]
            assert got[label][len(BUCKETS)] == sum(cents.values())
    credits = table(report, "Credit balances")
    assert credits.rows == (("Credit balances", credit[0], credit[1]),)
    assert report.period == f"As of {period_in_words(as_of, as_of)}"


def test_aging_today_ties_to_the_ledger(demo, raw):
    report = build_report(demo, "aging", today=TODAY)
    check_aging(report, raw, TODAY)
    assert "balance above zero" in table(report, "Aging by bucket").note
    # the cached balances the fast path reads are the ledger sums
    ledger = Counter()
    for _id, account_id, _k, cents, _d, _r in raw.ledger:
        ledger[account_id] += cents
    assert all(ledger[a[0]] == a[5] for a in raw.accounts)


def test_aging_ninety_days_back(demo, raw):
    as_of = TODAY - timedelta(days=90)
    figures = aging_figures(demo, as_of, today=TODAY)
    assert figures.from_ledger
    check_aging(build_report(demo, "aging", as_of=as_of, today=TODAY), raw, as_of)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 400))
def test_aging_any_day_back_adds_up(demo, raw, days_back):
    as_of = TODAY - timedelta(days=days_back)
    check_aging(build_report(demo, "aging", as_of=as_of, today=TODAY), raw, as_of)


def test_the_benchmark_baseline_gives_the_same_buckets(demo):
    as_of = TODAY - timedelta(days=45)
    conn = demo.raw_connection()
    try:
        baseline = {
            b: (n, c) for b, n, c in conn.execute(raw_aging_sql(), {"as_of": as_of.isoformat()})
        }
    finally:
        conn.close()
    figures = aging_figures(demo, as_of, today=TODAY)
    ours = {
        b.value: (n, c)
        for b, n, c in zip(BUCKETS, figures.overall.accounts, figures.overall.cents, strict=True)
        if n
    }
    assert ours == baseline


def test_aging_follows_payments_and_a_reversal_on_their_own_dates(db):
    user = make_user(db)
    account = make_account(db, balance_cents=125_000, days_late=45)
    paid = post_payment(
        db,
        account_id=account,
        user_id=user,
        amount_cents=30_000,
        received_on=TODAY - timedelta(days=3),
        method=PaymentMethod.CHECK,
        today=TODAY,
    )
    reverse_payment(
        db, ledger_entry_id=paid.ledger_entry_id, user_id=user, reason="NSF", today=TODAY
    )
    # an overpaid account: a credit balance, outside the buckets
    other = make_account(db, number="RFM-000002", balance_cents=5_000, days_late=200)
    post_payment(
        db,
        account_id=other,
        user_id=user,
        amount_cents=7_500,
        received_on=TODAY,
        method=PaymentMethod.CASH,
        today=TODAY,
        allow_overpayment=True,
    )

    def bucket_amounts(as_of: date) -> tuple[dict[AgingBucket, int], int]:
        figures = aging_figures(db, as_of, today=TODAY)
        amounts = dict(zip(BUCKETS, figures.overall.cents, strict=True))
        return {b: c for b, c in amounts.items() if c}, figures.credit_cents

    assert bucket_amounts(TODAY) == ({AgingBucket.D31_60: 125_000}, -2_500)
    assert bucket_amounts(TODAY - timedelta(days=1)) == (
        {AgingBucket.D31_60: 95_000, AgingBucket.OVER_180: 5_000},
        0,
    )
    # before the first account was placed (45 days ago) it is not aged at all
    assert bucket_amounts(TODAY - timedelta(days=46)) == ({AgingBucket.D121_180: 5_000}, 0)
    report = build_report(db, "aging", today=TODAY)
    assert table(report, "Credit balances").rows == (("Credit balances", 1, -2_500),)


# -------------------------------------------------------------------------------- collections


def expected_collections(raw: Raw, period: tuple[date, date]):
    kinds = {row[0]: row[2] for row in raw.ledger}
    gross: Counter = Counter()
    reversed_: Counter = Counter()
    for entry_id, _account, kind, cents, effective, reverses in raw.ledger:
        if not period[0] <= date.fromisoformat(effective) <= period[1]:
            continue
        if kind == "payment":
            gross[raw.payments[entry_id][0]] += -cents
        elif kind == "reversal" and kinds[reverses] == "payment":
            reversed_[raw.payments[reverses][0]] += cents
    return gross, reversed_


@pytest.mark.parametrize("period", [MONTH, WIDE, (date(2026, 10, 3), date(2026, 10, 3))])
def test_collections_by_method_tie_to_the_ledger(demo, raw, period):
    gross, reversed_ = expected_collections(raw, period)
    report = build_report(demo, "collections", start=period[0], end=period[1], today=TODAY)
    by_method = table(report, "Collections by payment method")
    got = {row[0]: (row[2], row[4], row[5]) for row in by_method.rows}
    assert got == {
        PaymentMethod(m).label: (gross[m], reversed_[m], gross[m] - reversed_[m])
        for m in set(gross) | set(reversed_)
    }
    summary = table(report, "Collections summary").rows[0]
    assert summary[2] == sum(gross.values())
    assert summary[4] == sum(reversed_.values())
    assert summary[5] == summary[2] - summary[4]
    for title in (
        "Collections by payment method",
        "Collections by collector",
        "Collections by creditor",
    ):
        t = table(report, title)
        check_totals(t)
        assert t.totals[1:] == summary[1:]
    assert report.period == period_in_words(*period)


def test_collections_by_collector_and_per_week(demo, raw):
    by_user: Counter = Counter()
    for entry_id, _a, kind, cents, effective, _r in raw.ledger:
        if kind == "payment" and MONTH[0] <= date.fromisoformat(effective) <= MONTH[1]:
            by_user[raw.users.get(raw.payments[entry_id][1], "—")] += -cents
    report = build_report(demo, "collections", start=MONTH[0], end=MONTH[1], today=TODAY)
    got = {row[0]: row[2] for row in table(report, "Collections by collector").rows}
    assert got == dict(by_user)
    weeks = weekly_collections(demo, TODAY, weeks=12)
    assert len(weeks) == 12 and weeks[-1][0] == TODAY - timedelta(days=6)
    for start, cents in weeks:
        assert cents == sum(
            -c
            for _i, _a, k, c, d, _r in raw.ledger
            if k == "payment" and start <= date.fromisoformat(d) <= start + timedelta(days=6)
        )
    chart = report.charts[0]
    assert chart.unit == "money" and chart.series[0].values == tuple(c / 100 for _, c in weeks)


def test_collections_hand_built(db):
    kim, luis = make_user(db, "Kim Park"), make_user(db, "Luis Ortega")
    account = make_account(db, balance_cents=100_000)
    card = post_payment(
        db,
        account_id=account,
        user_id=kim,
        amount_cents=20_000,
        received_on=TODAY - timedelta(days=2),
        method="card",
        today=TODAY,
    )
    cash = post_payment(
        db,
        account_id=account,
        user_id=luis,
        amount_cents=10_000,
        received_on=TODAY - timedelta(days=1),
        method="cash",
        today=TODAY,
    )
    reverse_payment(
        db, ledger_entry_id=cash.ledger_entry_id, user_id=kim, reason="Bounced", today=TODAY
    )
    report = build_report(
        db, "collections", start=TODAY - timedelta(days=6), end=TODAY, today=TODAY
    )
    # label: payments, gross, reversals, reversed, net
    assert rows_by_label(table(report, "Collections by payment method")) == {
        "Cash": (1, 10_000, 1, 10_000, 0),
        "Card": (1, 20_000, 0, 0, 20_000),
    }
    # the reversal counts against the collector who took the payment, not the one reversing it
    assert rows_by_label(table(report, "Collections by collector")) == {
        "Kim Park": (1, 20_000, 0, 0, 20_000),
        "Luis Ortega": (1, 10_000, 1, 10_000, 0),
    }
    assert dict(report.headline)["Net collected"] == "$200.00"
    assert card.ledger_entry_id
    # a period before the reversal still shows the cash payment whole
    early = build_report(
        db,
        "collections",
        start=TODAY - timedelta(days=6),
        end=TODAY - timedelta(days=1),
        today=TODAY,
    )
    assert table(early, "Collections summary").rows[0][1:] == (2, 30_000, 0, 0, 30_000)


# ------------------------------------------------------------------- promises, plans, recovery


def test_promises_and_kept_rate(demo, raw):
    report = build_report(demo, "promises", start=WIDE[0], end=WIDE[1], today=TODAY)
    made = [p for p in raw.promises if in_period(p[3], WIDE)]
    resolved = Counter(p[2] for p in raw.promises if in_period(p[4], WIDE))
    t = table(report, "Promises to pay")
    check_totals(t)
    totals = dict(zip([c.key for c in t.columns], t.totals, strict=True))
    assert totals["made"] == len(made) > 0
    assert totals["made_amount"] == sum(p[1] for p in made)
    assert (totals["kept"], totals["broken"]) == (resolved["kept"], resolved["broken"])
    assert resolved["kept"] + resolved["broken"] > 0
    rate = resolved["kept"] / (resolved["kept"] + resolved["broken"])
    assert totals["kept_rate"] == pytest.approx(rate)
    assert dict(report.headline)["Kept rate"] == f"{rate:.1%}"
    for row in t.rows:
        kept, broken = row[t.column("kept")], row[t.column("broken")]
        assert row[-1] == (kept / (kept + broken) if kept + broken else None)

    expected = received = count = 0
    for plan_id, due, amount, paid in raw.installments:
        status, ended = raw.plans[plan_id]
        if WIDE[0] <= date.fromisoformat(due) <= WIDE[1] and (
            status in ("active", "completed") or (ended and ended[:10] >= due)
        ):
            count, expected, received = count + 1, expected + amount, received + paid
    assert table(report, "Plan installments due in the period").rows[0][:3] == (
        count,
        expected,
        received,
    )
    plans = rows_by_label(table(report, "Payment plans"))
    assert plans["Active now"][0] == sum(1 for s, _ in raw.plans.values() if s == "active")


def test_recovery_by_month_of_placement(demo, raw):
    kinds = {row[0]: row[2] for row in raw.ledger}
    placed_month = {a[0]: a[4][:7] for a in raw.accounts}
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for a in raw.accounts:
        expected[a[4][:7]][0] += 1
    for _id, account, kind, cents, _d, reverses in raw.ledger:
        cell = expected[placed_month[account]]
        if kind in ("charge", "interest", "fee") or (kind == "adjustment" and cents > 0):
            cell[1] += cents
        elif kind == "payment" or (kind == "reversal" and kinds[reverses] == "payment"):
            cell[2] -= cents
    report = build_report(demo, "recovery", today=TODAY)
    t = report.tables[0]
    check_totals(t)
    assert len(t.rows) == len(expected)
    for row, month in zip(t.rows, sorted(expected), strict=True):
        accounts, placed, collected = expected[month]
        assert row[0] == date.fromisoformat(f"{month}-01").strftime("%B %Y")
        assert row[1:4] == (accounts, placed, collected)
        assert row[4] == pytest.approx(collected / placed)
    placed_total = sum(v[1] for v in expected.values())
    assert t.totals[-1] == pytest.approx(sum(v[2] for v in expected.values()) / placed_total)


# ---------------------------------------------------------------------- activity, compliance


def test_activity_counts(demo, raw):
    contacts = [i for i in raw.interactions if i[1] != "note" and in_period(i[3], MONTH)]
    report = build_report(demo, "activity", start=MONTH[0], end=MONTH[1], today=TODAY)
    by_channel = table(report, "Contacts by channel")
    check_totals(by_channel)
    assert {r[0]: r[1] for r in by_channel.rows} == {
        Channel(c).label: n for c, n in Counter(i[1] for i in contacts).items()
    }
    outcomes = {r[0]: r[1] for r in table(report, "Contacts by outcome").rows}
    assert sum(outcomes.values()) == len(contacts)
    assert outcomes["Right-party contact"] == sum(
        1 for i in contacts if i[2] == Outcome.RIGHT_PARTY_CONTACT
    )
    per_day = Counter(
        (raw.users.get(i[0], "—") if i[0] else "—", local_day(i[3])) for i in contacts
    )
    t = table(report, "Contacts by collector and day")
    check_totals(t)
    assert {(r[0], r[1]): r[2] for r in t.rows} == dict(per_day)
    attempts = [i for i in contacts if i[1] in ("outbound_call", "voicemail")]
    rpc = sum(1 for i in attempts if i[2] in CONVERSATION_OUTCOMES)
    assert table(report, "Right-party contact rate").rows == (
        (len(attempts), rpc, rpc / len(attempts)),
    )


def test_compliance_disputes_and_overrides(db):
    # services stamp closings and overrides with the real clock: the period is the real week
    today = datetime.now(UTC).astimezone(OFFICE_ZONE).date()
    manager = make_user(db, "Dana Whitfield", UserRole.MANAGER)
    collector = make_user(db, "Kim Park")
    first = make_account(db, number="RFM-000001")
    second = make_account(db, number="RFM-000002", first="Ana", last="Ruiz")
    old = open_dispute(
        db,
        account_id=first,
        user_id=collector,
        what="Not my bill",
        received_on=today - timedelta(days=40),
        received_via="mail",
        today=today,
        amount_cents=12_500,
    )
    open_dispute(
        db,
        account_id=second,
        user_id=collector,
        what="Already paid",
        received_on=today - timedelta(days=2),
        received_via="phone",
        today=today,
    )
    close_dispute(
        db, dispute_id=old, user_id=manager, outcome="Debtor withdrew", withdrawn=True, today=today
    )
    with db.write() as session:
        session.add(
            ContactOverride(
                account_id=second,
                channel="sms",
                rules="time_of_day",
                reason="Debtor asked for a text tonight.",
                manager_user_id=manager,
                user_id=collector,
            )
        )
    report = build_report(db, "compliance", start=today - timedelta(days=6), end=today, today=today)
    received = table(report, "Disputes received in the period")
    assert received.rows == ((DisputeStatus.OPEN.label, 1, 0),)
    closed = table(report, "Disputes closed in the period")
    assert closed.rows == ((DisputeStatus.WITHDRAWN.label, 1, 12_500),)
    open_now = table(report, "Open disputes")
    assert [(r[0], r[1], r[4]) for r in open_now.rows] == [("RFM-000002", "Ruiz, Ana", 2)]
    overrides = table(report, "Contact overrides").rows
    assert len(overrides) == 1
    at, number, channel, rules, allowed_by, made_by, reason = overrides[0]
    assert (number, channel, rules, allowed_by, made_by) == (
        "RFM-000002",
        "sms",
        "time_of_day",
        "Dana Whitfield",
        "Kim Park",
    )
    assert str(at.tzinfo) == "America/New_York"
    assert reason.startswith("Debtor asked")


# ---------------------------------------------------------------------- weekly and the catalog


def test_weekly_summary(demo, raw):
    report = build_report(demo, "weekly", today=TODAY)
    week = (TODAY - timedelta(days=6), TODAY)
    assert report.period == "November 18 – November 24, 2026"
    gross, reversed_ = expected_collections(raw, week)
    headline = dict(report.headline)
    collected = sum(gross.values())
    assert headline["Collected"] == f"${collected / 100:,.2f}"
    assert headline["Net collected"] == f"${(collected - sum(reversed_.values())) / 100:,.2f}"
    overall, *_ = expected_aging(raw, TODAY)
    outstanding = sum(c for _, c in overall.values())
    assert headline["Total outstanding"] == f"${outstanding / 100:,.2f}"
    assert headline["Accounts with a balance"] == f"{sum(n for n, _ in overall.values()):,}"
    aging_chart, weekly_chart, kept_chart = report.charts
    assert sum(aging_chart.series[0].values) == pytest.approx(outstanding / 100)
    assert len(weekly_chart.labels) == len(kept_chart.labels) == 12
    assert kept_chart.kind == "line" and kept_chart.unit == "percent"
    first = TODAY - timedelta(days=83)
    weekly = [[0, 0] for _ in range(12)]
    for _u, _amount, status, _made, resolved in raw.promises:
        if status in ("kept", "broken") and in_period(resolved, (first, TODAY)):
            weekly[(local_day(resolved) - first).days // 7][status == "broken"] += 1
    assert sum(k + b for k, b in weekly) > 0
    assert kept_chart.series[0].values == tuple(k / (k + b) if k + b else None for k, b in weekly)
    titles = [t.title for t in report.tables]
    assert titles[:3] == [
        "Aging by bucket",
        "Collections by payment method",
        "Collections by collector",
    ]
    assert "Contacts by channel" in titles and "Promises to pay" in titles


def test_every_report_builds_with_progress_and_totals(demo):
    for name, title in REPORTS.items():
        seen: list[tuple[int, int]] = []
        report = build_report(demo, name, today=TODAY, progress=lambda d, t: seen.append((d, t)))  # noqa: B023
        assert report.name == name and report.title == title
        assert seen and seen[-1][0] == seen[-1][1]
        for t in report.tables:
            assert all(len(row) == len(t.columns) for row in t.rows)
            if t.totals is not None:
                check_totals(t)
            for col in t.columns:
                if col.kind == "money":
                    assert all(v is None or isinstance(v, int) for v in t.values(col.key))


def test_bad_requests(demo):
    with pytest.raises(NotFound):
        build_report(demo, "pipeline", today=TODAY)
    with pytest.raises(ValidationError):
        build_report(demo, "collections", start=TODAY, end=TODAY - timedelta(days=1), today=TODAY)
    with pytest.raises(ValidationError):
        build_report(demo, "aging", as_of=TODAY + timedelta(days=1), today=TODAY)
    # aging ignores a period, even a backwards one the window's unused date fields may hold
    aging = build_report(demo, "aging", start=TODAY, end=TODAY - timedelta(days=1), today=TODAY)
    assert aging.name == "aging"


def test_cancel_stops_between_steps(demo):
    seen: list[int] = []
    asked = iter([False, False, True])
    report = build_report(
        demo,
        "weekly",
        today=TODAY,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: next(asked),
    )
    assert report is None and seen == [1, 2]


def test_periods_in_words():
    assert (
        period_in_words(date(2026, 11, 1), date(2026, 11, 30)) == "November 1 – November 30, 2026"
    )
    assert (
        period_in_words(date(2025, 12, 1), date(2026, 1, 31))
        == "December 1, 2025 – January 31, 2026"
    )
    assert period_in_words(TODAY, TODAY) == "November 24, 2026"


def test_ledger_entry_helper_moves_the_aging(db):
    """An interest entry posted through the ledger service shows up in the aging at once."""
    account = make_account(db, balance_cents=10_000, days_late=10)
    with db.write() as session:
        add_ledger_entry(
            session,
            load_account(session, account),
            kind=LedgerKind.INTEREST,
            amount_cents=250,
            effective_date=TODAY,
            user_id=None,
        )
    assert aging_figures(db, TODAY, today=TODAY).bucket_cents(AgingBucket.D1_30) == 10_250
    assert (
        aging_figures(db, TODAY - timedelta(days=1), today=TODAY).bucket_cents(AgingBucket.D1_30)
        == 10_000
    )
