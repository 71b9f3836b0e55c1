"""Ledger rules: entries move the cached balance in the same transaction, and only then."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collectorpro.core.errors import InvalidTransition, NotFound, ValidationError
from collectorpro.models.enums import AccountStatus, LedgerKind
from collectorpro.services.accounts import book as accounts
from collectorpro.services.office.database import open_database
from tests.factories import TODAY, make_account, make_user


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "ledger.sqlite3")
    yield db, make_user(db), make_account(db, balance_cents=10_000)
    db.dispose()


def ledger_sum(db, account_id):
    raw = db.raw_connection()
    try:
        return raw.execute(
            "SELECT coalesce(sum(amount_cents), 0) FROM ledger_entries WHERE account_id = ?",
            (account_id,),
        ).fetchone()[0]
    finally:
        raw.close()


entry = st.tuples(
    st.sampled_from(
        [LedgerKind.CHARGE, LedgerKind.FEE, LedgerKind.INTEREST, LedgerKind.ADJUSTMENT]
    ),
    st.integers(min_value=-500_000, max_value=500_000).filter(lambda c: c != 0),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(entry, max_size=12))
def test_balance_always_equals_the_sum_of_the_ledger(office, entries):
    db, user, account_id = office
    for kind, cents in entries:
        if kind is not LedgerKind.ADJUSTMENT:
            cents = abs(cents)
        accounts.post_ledger_entry(
            db,
            account_id=account_id,
            user_id=user,
            kind=kind,
            amount_cents=cents,
            effective_date=TODAY,
            reason="test",
            today=TODAY,
        )
    detail = accounts.get_account_detail(db, account_id, as_of=TODAY)
    assert detail.balance_cents == ledger_sum(db, account_id)
    # the running balance of the newest line is the balance
    assert detail.ledger[0].running_balance_cents == detail.balance_cents


@pytest.mark.parametrize(
    ("kind", "cents", "reason", "when", "message"),
    [
        (LedgerKind.CHARGE, 0, "x", TODAY, "cannot be zero"),
        (LedgerKind.CHARGE, -100, "x", TODAY, "must be a positive amount"),
        (LedgerKind.ADJUSTMENT, -100, "  ", TODAY, "Give a reason"),
        (LedgerKind.FEE, 100, "x", TODAY + timedelta(days=1), "future"),
        (LedgerKind.PAYMENT, -100, "x", TODAY, "cannot be posted here"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(office, kind, cents, reason, when, message):
    db, user, account_id = office
    with pytest.raises(ValidationError, match=message):
        accounts.post_ledger_entry(
            db,
            account_id=account_id,
            user_id=user,
            kind=kind,
            amount_cents=cents,
            effective_date=when,
            reason=reason,
            today=TODAY,
        )
    assert accounts.get_account_detail(db, account_id, as_of=TODAY).balance_cents == 10_000
    assert ledger_sum(db, account_id) == 10_000


def test_unknown_account_is_not_found(office):
    db, _user, _account = office
    with pytest.raises(NotFound):
        accounts.get_account_detail(db, 999, as_of=TODAY)
    with pytest.raises(NotFound):
        accounts.find_account_id(db, "NOPE-1")


def test_status_transitions_are_enforced_and_audited(office):
    db, user, account_id = office
    accounts.change_status(
        db, account_id=account_id, user_id=user, new_status=AccountStatus.PAID, reason="paid"
    )
    with pytest.raises(InvalidTransition, match="cannot be moved to plan"):
        accounts.change_status(
            db, account_id=account_id, user_id=user, new_status=AccountStatus.PLAN
        )
    raw = db.raw_connection()
    summaries = [
        r[0] for r in raw.execute("SELECT summary FROM audit_events WHERE entity='account'")
    ]
    raw.close()
    assert summaries == ["Status active → paid: paid"]


def test_a_failed_write_leaves_nothing_behind(office, monkeypatch):
    db, user, account_id = office
    from collectorpro.services.office import audit

    def broken(*args, **kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        accounts.post_ledger_entry(
            db,
            account_id=account_id,
            user_id=user,
            kind=LedgerKind.FEE,
            amount_cents=500,
            effective_date=TODAY,
            reason="late fee",
            today=TODAY,
        )
    assert ledger_sum(db, account_id) == 10_000
    assert accounts.get_account_detail(db, account_id, as_of=TODAY).balance_cents == 10_000
