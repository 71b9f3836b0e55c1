"""Logging contacts and recording promises: what is saved and what is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.models.enums import AccountStatus, Channel, Outcome, PromiseStatus
from collectorpro.services.accounts.book import get_account_detail
from collectorpro.services.contacts import log as interactions
from collectorpro.services.contacts import promises
from collectorpro.services.office.database import open_database
from tests.factories import TODAY, make_account, make_user

NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "i.sqlite3")
    yield db, make_user(db), make_account(db, status=AccountStatus.NEW)
    db.dispose()


def log(db, user, account, **kw):
    args = dict(
        channel=Channel.OUTBOUND_CALL,
        outcome=Outcome.RIGHT_PARTY_CONTACT,
        today=TODAY,
        occurred_at=NOON_EASTERN,  # inside the calling hours, whatever the clock says
    )
    args.update(kw)
    return interactions.log_interaction(db, account_id=account, user_id=user, **args)


def test_first_contact_activates_a_new_account_and_sets_follow_up(office):
    db, user, account = office
    log(db, user, account, notes="  hello  ", follow_up_date=TODAY + timedelta(days=3))
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.status is AccountStatus.ACTIVE
    assert detail.history[0].notes == "hello"
    assert detail.history[0].user_name == "Kim Park"


def test_promise_in_a_call_moves_status_and_next_action(office):
    db, user, account = office
    log(db, user, account, promise_amount_cents=5000, promise_due=TODAY + timedelta(days=2))
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.status is AccountStatus.PROMISE
    assert detail.promises[0].status is PromiseStatus.PENDING
    assert detail.history[0].outcome is Outcome.PROMISE_TO_PAY


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"promise_amount_cents": 5000}, "both an amount and a due date"),
        ({"promise_amount_cents": -1, "promise_due": TODAY}, "more than zero"),
        ({"promise_amount_cents": 100, "promise_due": TODAY - timedelta(days=1)}, "past"),
        ({"follow_up_date": TODAY - timedelta(days=1)}, "follow-up date"),
        ({"notes": "x" * 5000}, "limited"),
        ({"duration_seconds": -5}, "not plausible"),
        ({"occurred_at": datetime(2026, 1, 1)}, "time zone"),
        ({"occurred_at": datetime.now(UTC) + timedelta(hours=1)}, "future"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_logged(office, kwargs, message):
    db, user, account = office
    with pytest.raises(ValidationError, match=message):
        log(db, user, account, **kwargs)
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.history == () and detail.promises == ()
    assert detail.status is AccountStatus.NEW


def test_unknown_account(office):
    db, user, _ = office
    with pytest.raises(NotFound):
        log(db, user, 4242)


def test_record_promise_writes_note_promise_and_audit(office):
    db, user, account = office
    promises.record_promise(
        db, account_id=account, user_id=user, amount_cents=2500, due_date=TODAY, today=TODAY
    )
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.promises[0].amount_cents == 2500
    assert detail.history[0].channel is Channel.NOTE
    raw = db.raw_connection()
    actions = [r[0] for r in raw.execute("SELECT action FROM audit_events")]
    raw.close()
    assert actions == ["promise_recorded"]


def test_a_call_the_rules_stop_needs_a_managers_written_reason(office):
    from sqlalchemy import select

    from collectorpro.core.errors import ValidationError
    from collectorpro.models import AuditEvent, ContactOverride
    from collectorpro.models.enums import UserRole
    from collectorpro.services.compliance.overrides import ContactBlocked, Override

    db, user, account = office
    late = datetime(2026, 11, 24, 2, 30, tzinfo=UTC)  # 9:30 pm in New York
    with pytest.raises(ContactBlocked, match="8 am to 9 pm") as caught:
        log(db, user, account, occurred_at=late, outcome=Outcome.NO_ANSWER)
    assert caught.value.decision.blocks[0].rule == "inconvenient_time"
    with pytest.raises(ValidationError, match="only a manager"):
        log(
            db,
            user,
            account,
            occurred_at=late,
            override=Override(user, "Debtor asked us to call late."),
        )
    manager = make_user(db, "Ana Reyes", UserRole.MANAGER)
    interaction = log(
        db,
        user,
        account,
        occurred_at=late,
        outcome=Outcome.NO_ANSWER,
        override=Override(manager, "The debtor asked us to call after work."),
    )
    with db.read() as session:
        override = session.scalars(select(ContactOverride)).one()
        assert (override.interaction_id, override.channel) == (interaction, "call")
        assert override.rules == "inconvenient_time"
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "contact_override")
        ).one()
        assert "Ana Reyes" in audit.summary
    # an inbound call is never stopped
    log(db, user, account, occurred_at=late, channel=Channel.INBOUND_CALL)
