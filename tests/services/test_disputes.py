"""Disputes: opening one stops collection; mailing the verification lets it resume."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from collectorpro.core.errors import InvalidTransition, ValidationError
from collectorpro.models.enums import AccountStatus, DisputeChannel, DisputeStatus
from collectorpro.services.accounts.book import change_status, get_account_detail
from collectorpro.services.compliance.guard import decide
from collectorpro.services.disputes.lifecycle import (
    account_disputes,
    close_dispute,
    list_disputes,
    mark_verification_sent,
    open_dispute,
)
from collectorpro.services.office.database import open_database
from tests.factories import TODAY, make_account, make_user

NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def user(db):
    return make_user(db)


@pytest.fixture
def account(db):
    return make_account(db, status=AccountStatus.PROMISE)


def dispute(db, account, user, **kw):
    args = {
        "account_id": account,
        "user_id": user,
        "what": "Says the insurance already paid the office visit.",
        "received_on": TODAY - timedelta(days=2),
        "received_via": DisputeChannel.MAIL,
        "today": TODAY,
    }
    return open_dispute(db, **(args | kw))


def test_opening_a_dispute_puts_the_hold_on_and_blocks_every_channel(db, account, user):
    assert decide(db, account, "letter", NOON_EASTERN).allowed
    dispute_id = dispute(db, account, user, amount_cents=100_00)
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.status is AccountStatus.DISPUTED
    assert "Written dispute received" in detail.history[0].notes
    for channel in ("call", "sms", "email", "letter"):
        decision = decide(db, account, channel, NOON_EASTERN)
        assert not decision.allowed
        assert "dispute_pending" in {b.rule for b in decision.blocks}
    (view,) = account_disputes(db, account)
    assert view.id == dispute_id and view.status is DisputeStatus.OPEN and view.written
    assert view.amount_cents == 100_00 and view.days_open(TODAY) == 2


def test_the_verification_lifts_the_hold_and_restores_the_status(db, account, user):
    dispute_id = dispute(db, account, user)
    mark_verification_sent(db, dispute_id=dispute_id, user_id=user, sent_on=TODAY, today=TODAY)
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.PROMISE
    assert decide(db, account, "letter", NOON_EASTERN).allowed
    close_dispute(
        db, dispute_id=dispute_id, user_id=user, outcome="EOB showed a balance due", today=TODAY
    )
    (view,) = account_disputes(db, account)
    assert view.status is DisputeStatus.RESOLVED and view.closed_at is not None
    assert list_disputes(db) == ()


def test_a_dispute_cannot_be_resolved_before_verification_but_can_be_withdrawn(db, account, user):
    dispute_id = dispute(db, account, user, received_via=DisputeChannel.PHONE)
    assert not account_disputes(db, account)[0].written  # a phone call is an oral dispute
    with pytest.raises(InvalidTransition, match="Mail the verification"):
        close_dispute(db, dispute_id=dispute_id, user_id=user, outcome="x", today=TODAY)
    close_dispute(
        db,
        dispute_id=dispute_id,
        user_id=user,
        outcome="Debtor called back",
        withdrawn=True,
        today=TODAY,
    )
    assert account_disputes(db, account)[0].status is DisputeStatus.WITHDRAWN
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.PROMISE


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"what": "  "}, "what the debtor disputes"),
        ({"received_on": TODAY + timedelta(days=1)}, "in the future"),
        ({"received_via": "pigeon"}, "how the dispute was received"),
        ({"amount_cents": 0}, "more than zero"),
        ({"amount_cents": 99_999_00}, "more than the balance"),
    ],
)
def test_bad_disputes_are_refused_and_change_nothing(db, account, user, changes, message):
    with pytest.raises(ValidationError, match=message):
        dispute(db, account, user, **changes)
    assert account_disputes(db, account) == ()
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.PROMISE


def test_one_open_dispute_at_a_time_and_not_on_a_closed_account(db, account, user):
    dispute(db, account, user)
    with pytest.raises(InvalidTransition, match="already has an open dispute"):
        dispute(db, account, user)
    closed = make_account(db, number="RFM-000009", status=AccountStatus.ACTIVE)
    change_status(db, account_id=closed, user_id=user, new_status=AccountStatus.CLOSED)
    with pytest.raises(InvalidTransition, match="cannot be put on dispute hold"):
        dispute(db, closed, user)


def test_the_manager_list_shows_open_disputes_oldest_first(db, user):
    first = make_account(db, number="RFM-000101")
    second = make_account(db, number="RFM-000102")
    dispute(db, second, user, received_on=TODAY - timedelta(days=1))
    dispute(db, first, user, received_on=TODAY - timedelta(days=20))
    assert [v.account_number for v in list_disputes(db)] == ["RFM-000101", "RFM-000102"]
    assert list_disputes(db, statuses=(DisputeStatus.RESOLVED,)) == ()
