"""The contact guard: what is on file for an account, judged by the compliance engine."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.models import Account, Address, Email, Phone, utcnow
from collectorpro.models.enums import AccountStatus, Channel, ContactKind, Outcome
from collectorpro.services.compliance import guard as contact_guard
from collectorpro.services.compliance.guard import decide, decide_all, past_contacts
from collectorpro.services.compliance.rules import CHANNELS, PastContact
from collectorpro.services.contacts.log import log_interaction
from collectorpro.services.office.database import open_database
from tests.factories import TODAY, make_account, make_user

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LATE_EVENING = datetime(2026, 11, 24, 21, 5, tzinfo=NY)
MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=NY)
NOON = datetime(2026, 11, 24, 12, 0, tzinfo=NY)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "guard.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def user(db) -> int:
    return make_user(db)


@pytest.fixture
def ny_account(db) -> int:
    return make_account(db)  # NY address, ZIP 12207, a 212 mobile


def rules(findings) -> list[str]:
    return [f.rule for f in findings]


def change(db, account_id: int, model, **values) -> None:
    """Set columns on the account or on every contact point of its debtor, as an import would."""
    with db.write() as session:
        account = session.get(Account, account_id)
        assert account is not None
        if model is Account:
            rows = [account]
        else:
            rows = session.scalars(select(model).where(model.debtor_id == account.debtor_id)).all()
        for row in rows:
            for name, value in values.items():
                setattr(row, name, value)


def log(db, user, account_id, when, channel=Channel.OUTBOUND_CALL, outcome=Outcome.NO_ANSWER):
    log_interaction(
        db,
        account_id=account_id,
        user_id=user,
        channel=channel,
        outcome=outcome,
        occurred_at=when,
        today=TODAY,
        check_rules=False,  # building the history, not a collector's contact
    )


def next_noon_in_new_york() -> datetime:
    """An instant inside the calling window, after the real clock (logging refuses the future)."""
    tomorrow = utcnow().astimezone(NY).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(12), tzinfo=NY)


# --- the calling window ------------------------------------------------------------------------


def test_new_york_debtor_at_9_05_pm_may_be_called_from_8_am_tomorrow(db, ny_account):
    decision = decide(db, ny_account, "call", LATE_EVENING)
    assert not decision.allowed
    assert rules(decision.blocks) == ["inconvenient_time"]
    assert decision.next_allowed_at == datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    assert decision.time_zones == ("America/New_York",)
    assert decision.summary() == "Call: not before 8:00 am tomorrow (their time)"


def test_california_debtor_at_the_same_instant_may_be_called(db):
    account = make_account(db, number="RFM-000002", state="CA", phone="+13105550188")
    change(db, account, Address, zip_code="90025", city="Los Angeles")
    decision = decide(db, account, "call", LATE_EVENING)  # 6:05 pm Pacific
    assert decision.allowed, decision.blocks
    assert decision.time_zones == ("America/Los_Angeles",)


def test_a_zip_from_another_state_keeps_both_zones(db):
    # ZIP 12207 is Albany, NY: a "CA" address with it might be a typo either way, so
    # Eastern counts too and 9:05 pm Eastern is too late.
    account = make_account(
        db, number="RFM-000002", state="CA", phone="+13105550188", zip_code="12207"
    )
    decision = decide(db, account, "call", LATE_EVENING)
    assert not decision.allowed
    assert set(decision.time_zones) == {"America/Los_Angeles", "America/New_York"}


def test_only_current_phones_narrow_the_window(db, ny_account):
    with db.write() as session:
        debtor_id = session.get(Account, ny_account).debtor_id
        session.add(
            Phone(
                debtor_id=debtor_id,
                number="+13105550199",
                kind=ContactKind.HOME,
                valid_from=TODAY - timedelta(days=900),
                valid_to=TODAY - timedelta(days=500),
            )
        )
    assert decide(db, ny_account, "call", MORNING).allowed  # the retired LA number is ignored
    change(db, ny_account, Phone, valid_to=None)
    decision = decide(db, ny_account, "call", MORNING)  # 6:00 am Pacific on the LA number
    assert not decision.allowed
    assert decision.next_allowed_at == datetime(2026, 11, 24, 8, 0, tzinfo=LA)


def test_texts_keep_the_window_but_email_and_letters_do_not(db, ny_account):
    decisions = decide_all(db, ny_account, LATE_EVENING)
    assert list(decisions) == list(CHANNELS)
    assert not decisions["sms"].allowed
    assert decisions["email"].allowed
    assert decisions["letter"].allowed


# --- the contact history -----------------------------------------------------------------------


def test_seven_calls_in_seven_days_block_the_eighth(db, user, ny_account):
    now = utcnow()
    moments = [now - timedelta(hours=h) for h in range(1, 8)]
    for when in moments[:6]:
        log(db, user, ny_account, when)
    at = next_noon_in_new_york()
    assert decide(db, ny_account, "call", at).allowed  # six calls: still fine

    log(db, user, ny_account, moments[6], channel=Channel.VOICEMAIL, outcome=Outcome.LEFT_MESSAGE)
    decision = decide(db, ny_account, "call", at)
    assert not decision.allowed
    assert rules(decision.blocks) == ["call_frequency"]
    assert decision.next_allowed_at is not None
    assert decision.next_allowed_at >= moments[6] + timedelta(days=7)
    assert decide(db, ny_account, "call", decision.next_allowed_at).allowed
    assert decide(db, ny_account, "sms", at).allowed  # the limit is on calls


def test_inbound_calls_and_notes_are_not_attempts(db, user, ny_account):
    now = utcnow()
    for h in range(1, 7):
        log(db, user, ny_account, now - timedelta(hours=h))
    log(db, user, ny_account, now - timedelta(hours=7), channel=Channel.INBOUND_CALL)
    log(db, user, ny_account, now - timedelta(hours=8), channel=Channel.NOTE)
    assert decide(db, ny_account, "call", next_noon_in_new_york()).allowed


def test_a_conversation_waits_seven_days_whoever_called(db, user, ny_account):
    talked_at = utcnow() - timedelta(hours=2)
    log(
        db,
        user,
        ny_account,
        talked_at,
        channel=Channel.INBOUND_CALL,
        outcome=Outcome.CALLBACK_REQUESTED,
    )
    decision = decide(db, ny_account, "call", next_noon_in_new_york())
    assert not decision.allowed
    assert "call_after_conversation" in rules(decision.blocks)
    assert decision.next_allowed_at is not None
    assert decision.next_allowed_at >= talked_at + timedelta(days=7)


def test_contacts_after_the_moment_asked_about_are_not_history(db, user, ny_account):
    now = utcnow()
    for h in range(1, 8):
        log(db, user, ny_account, now - timedelta(hours=h))
    before_them = now - timedelta(days=1)
    context = contact_guard.contact_context(db, ny_account, "call", before_them)
    assert context.history == ()


def test_past_contacts_maps_the_contact_log():
    t = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    rows = [
        (Channel.OUTBOUND_CALL, Outcome.PROMISE_TO_PAY, t),
        (Channel.OUTBOUND_CALL, Outcome.NO_ANSWER, t + timedelta(hours=1)),
        (Channel.VOICEMAIL, Outcome.RIGHT_PARTY_CONTACT, t + timedelta(hours=2)),
        (Channel.INBOUND_CALL, Outcome.WRONG_NUMBER, t + timedelta(hours=3)),
        (Channel.INBOUND_CALL, Outcome.DISPUTE, t + timedelta(hours=4)),
        (Channel.SMS, Outcome.SENT, t + timedelta(hours=5)),
        (Channel.EMAIL, Outcome.SENT, t + timedelta(hours=6)),
        (Channel.LETTER, Outcome.SENT, t + timedelta(hours=7)),
        (Channel.NOTE, Outcome.PROMISE_TO_PAY, t + timedelta(hours=8)),
        (Channel.IN_PERSON, Outcome.RIGHT_PARTY_CONTACT, t + timedelta(hours=9)),
    ]
    assert past_contacts(reversed(rows)) == (
        PastContact("call", t, conversation=True),
        PastContact("call", t + timedelta(hours=1)),
        PastContact("call", t + timedelta(hours=2)),
        PastContact("call", t + timedelta(hours=4), conversation=True),
        PastContact("sms", t + timedelta(hours=5)),
        PastContact("email", t + timedelta(hours=6)),
        PastContact("letter", t + timedelta(hours=7)),
    )


# --- flags and contact points ------------------------------------------------------------------


def test_cease_communication_blocks_every_channel_for_good(db, ny_account):
    change(db, ny_account, Account, cease_communication=True)
    decisions = decide_all(db, ny_account, NOON)
    for channel, decision in decisions.items():
        assert not decision.allowed, channel
        assert "cease_communication" in rules(decision.blocks)
        assert decision.next_allowed_at is None


def test_an_office_collecting_its_own_bills_gets_advice_instead(db, ny_account):
    change(db, ny_account, Account, cease_communication=True)
    decision = decide(db, ny_account, "letter", NOON, enforce=False)
    assert decision.allowed
    assert rules(decision.warnings) == ["cease_communication"]


def test_bankruptcy_and_disputes(db, ny_account):
    change(db, ny_account, Account, status=AccountStatus.DISPUTED)
    assert all(
        "dispute_pending" in rules(d.blocks) for d in decide_all(db, ny_account, NOON).values()
    )
    change(db, ny_account, Account, status=AccountStatus.ACTIVE, bankruptcy=True)
    decision = decide(db, ny_account, "email", NOON, enforce=False)
    assert not decision.allowed  # the stay binds creditors too
    assert rules(decision.blocks) == ["bankruptcy"]


def test_email_opt_out_blocks_only_email(db, ny_account):
    assert decide(db, ny_account, "email", NOON).allowed
    change(db, ny_account, Email, opt_out=True)
    decisions = decide_all(db, ny_account, NOON)
    assert rules(decisions["email"].blocks) == ["email_opt_out"]
    assert decisions["call"].allowed
    assert decisions["letter"].allowed


def test_no_current_email_or_phone_is_said_as_such(db, ny_account):
    change(db, ny_account, Email, valid_to=TODAY)
    decision = decide(db, ny_account, "email", NOON)
    assert rules(decision.blocks) == ["no_email"]
    assert decision.summary() == "Email: not allowed — no email address on file"
    change(db, ny_account, Phone, valid_to=TODAY)
    decision = decide(db, ny_account, "call", NOON)
    assert rules(decision.blocks) == ["no_phone"]
    assert "no phone number on file" in decision.summary()
    assert decision.next_allowed_at is None


def test_do_not_call_phone_blocks_calls_and_texts(db, ny_account):
    change(db, ny_account, Phone, do_not_call=True)
    decisions = decide_all(db, ny_account, NOON)
    assert rules(decisions["call"].blocks) == ["do_not_call"]
    assert rules(decisions["sms"].blocks) == ["do_not_call"]
    assert decisions["email"].allowed
    assert decisions["call"].next_allowed_at is None


def test_one_callable_number_is_enough(db, ny_account):
    change(db, ny_account, Phone, do_not_call=True)
    with db.write() as session:
        debtor_id = session.get(Account, ny_account).debtor_id
        session.add(
            Phone(
                debtor_id=debtor_id,
                number="+15185550111",
                kind=ContactKind.HOME,
                valid_from=TODAY,
            )
        )
    assert decide(db, ny_account, "call", NOON).allowed


def test_work_numbers_only_matter_when_the_employer_forbids_calls(db, ny_account):
    change(db, ny_account, Phone, kind=ContactKind.WORK)
    assert decide(db, ny_account, "call", NOON).allowed
    context = contact_guard.contact_context(db, ny_account, "call", NOON)
    assert context.workplace_number
    decision = decide(db, ny_account, "call", NOON, workplace_calls_forbidden=True)
    assert rules(decision.blocks) == ["workplace_calls"]


# --- the edges ---------------------------------------------------------------------------------


def test_decide_all_agrees_with_decide(db, ny_account):
    decisions = decide_all(db, ny_account, LATE_EVENING)
    for channel in CHANNELS:
        assert decisions[channel] == decide(db, ny_account, channel, LATE_EVENING)


def test_refuses_a_time_without_a_zone_and_an_unknown_account(db, ny_account):
    with pytest.raises(ValidationError):
        decide(db, ny_account, "call", datetime(2026, 11, 24, 12, 0))
    with pytest.raises(ValidationError):
        decide_all(db, ny_account, datetime(2026, 11, 24, 12, 0))
    with pytest.raises(ValidationError):
        decide(db, ny_account, "fax", NOON)
    with pytest.raises(NotFound):
        decide_all(db, 9999, NOON)


def test_a_time_barred_debt_warns_and_follows_the_offices_own_table(db):
    from collectorpro.models import Setting
    from collectorpro.services.compliance.statute import STATUTE_KEY

    old = make_account(db, number="OLD-1", days_late=4 * 365)  # New York: 3 years to sue
    findings = decide(db, old, "letter", NOON).warnings
    assert [f.rule for f in findings] == ["time_barred"]
    assert "1006.26" in findings[0].citation
    with db.write() as session:  # the office's attorney says 6 years here
        session.add(Setting(key=STATUTE_KEY, value='{"NY": 6}'))
    assert decide(db, old, "letter", NOON).warnings == ()
