"""Today's worklist: the sections in order, the score's parts, and calls held by the rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from collectorpro.models import PromiseToPay
from collectorpro.models.enums import AccountStatus, Channel, Outcome, PromiseStatus
from collectorpro.services.accounts.book import load_account
from collectorpro.services.contacts.log import log_interaction
from collectorpro.services.contacts.promises import record_promise
from collectorpro.services.office.database import open_database
from collectorpro.services.worklist.today import build_worklist, score_parts
from tests.factories import TODAY, make_account, make_user

NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
EARLY = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)  # 7:30 am in New York, 4:30 am in LA


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "w.sqlite3")
    user = make_user(db)
    ids = {
        "due": make_account(db, number="W-DUE", days_late=40),
        "broken": make_account(db, number="W-BROKEN", days_late=80),
        "follow": make_account(db, number="W-FOLLOW", days_late=60),
        "new": make_account(db, number="W-NEW", status=AccountStatus.NEW, days_late=20),
        "big": make_account(db, number="W-BIG", balance_cents=500_000, days_late=300),
        "small": make_account(db, number="W-SMALL", balance_cents=2_000, days_late=31),
        "paid": make_account(db, number="W-PAID", status=AccountStatus.PAID),
        "ca": make_account(db, number="W-CA", state="CA", phone="+13105550188", days_late=50),
    }
    record_promise(
        db, account_id=ids["due"], user_id=user, amount_cents=5_000, due_date=TODAY, today=TODAY
    )
    with db.write() as session:
        session.add(
            PromiseToPay(
                account_id=ids["broken"],
                amount_cents=7_500,
                due_date=TODAY - timedelta(days=3),
                status=PromiseStatus.BROKEN,
                resolved_at=NOON_EASTERN - timedelta(days=1),
            )
        )
        for key in ("due", "broken", "follow", "big", "small", "ca"):
            load_account(session, ids[key]).last_contact_at = NOON_EASTERN - timedelta(days=10)
    log_interaction(
        db,
        account_id=ids["follow"],
        user_id=user,
        channel=Channel.NOTE,
        outcome=Outcome.NONE,
        notes="Call back Monday",
        follow_up_date=TODAY,
        occurred_at=NOON_EASTERN - timedelta(days=2),
        today=TODAY - timedelta(days=2),
    )
    yield db, ids
    db.dispose()


def test_sections_come_in_working_order(office):
    db, _ids = office
    worklist = build_worklist(db, today=TODAY, now=NOON_EASTERN)
    order = [(i.section, i.account_number) for i in worklist.items]
    assert order[:4] == [
        ("due", "W-DUE"),
        ("broken", "W-BROKEN"),
        ("follow_up", "W-FOLLOW"),
        ("new", "W-NEW"),
    ]
    rest = [number for section, number in order[4:]]
    assert rest[0] == "W-BIG" and "W-PAID" not in rest
    assert worklist.items[0].reason == "Promise of $50.00 due today"
    assert worklist.items[1].reason == "Promise of $75.00 broken"
    assert worklist.held == ()


def test_the_score_is_the_sum_of_its_parts(office):
    db, _ids = office
    for item in build_worklist(db, today=TODAY, now=NOON_EASTERN).items:
        assert item.score == pytest.approx(sum(points for _name, points in item.parts), abs=0.11)
    parts = dict(score_parts(500_000, 300, None, kept=1, broken=3))
    assert parts == {
        "Balance": 40.0,
        "Days past due": 25.0,
        "Since last contact": 20.0,
        "Promises kept": -5.0,
    }


def test_accounts_that_may_not_be_called_now_are_held_with_the_time(office):
    db, _ids = office
    worklist = build_worklist(db, today=TODAY, now=EARLY)
    held = {i.account_number: i for i in worklist.held}
    assert "W-DUE" in held and "W-CA" in held
    assert held["W-DUE"].call.next_allowed_at == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    assert "not before 8:00 am" in held["W-DUE"].call.summary()
    assert all(i.callable_now for i in worklist.items)


def test_working_an_account_takes_it_off_the_follow_up_section(office):
    db, ids = office
    user = make_user(db, "Second")
    log_interaction(
        db,
        account_id=ids["follow"],
        user_id=user,
        channel=Channel.OUTBOUND_CALL,
        outcome=Outcome.NO_ANSWER,
        occurred_at=NOON_EASTERN,
        today=TODAY,
    )
    worklist = build_worklist(db, today=TODAY, now=NOON_EASTERN)
    assert [i.account_number for i in worklist.section("follow_up")] == []


def test_only_my_accounts(office):
    db, ids = office
    user = make_user(db, "Mine")
    with db.write() as session:
        load_account(session, ids["small"]).assigned_user_id = user
    worklist = build_worklist(db, today=TODAY, now=NOON_EASTERN, assigned_user_id=user)
    assert [i.account_number for i in worklist.items] == ["W-SMALL"]
