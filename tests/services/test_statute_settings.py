"""The office's own years to sue per state, over the built-in statute of limitations table."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from collectorpro.core.errors import ValidationError
from collectorpro.models import AuditEvent
from collectorpro.services.compliance.statute import (
    STATUTE_KEY,
    get_statute_table,
    save_statute_overrides,
    statute_overrides,
    statute_table,
)
from collectorpro.services.compliance.time_limits import (
    STATUTE_OF_LIMITATIONS_YEARS,
    is_time_barred,
)
from collectorpro.services.office.database import open_database
from tests.factories import make_user


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def user(db):
    return make_user(db)


def overrides(db) -> dict[str, int]:
    with db.read() as session:
        return statute_overrides(session)


def test_a_new_office_uses_the_defaults_for_every_state(db):
    table = get_statute_table(db)
    assert table == {s: (y, False) for s, y in STATUTE_OF_LIMITATIONS_YEARS.items()}
    assert list(table) == sorted(table)


def test_round_trip_stores_only_the_differences_and_is_audited(db, user):
    save_statute_overrides(db, {"NY": 6, "CA": 4, "tx": 5}, user_id=user)
    assert overrides(db) == {"NY": 6, "TX": 5}  # CA 4 is the default: nothing to store
    table = get_statute_table(db)
    assert table["NY"] == (6, True)
    assert table["TX"] == (5, True)
    assert table["CA"] == (4, False)
    assert len(table) == len(STATUTE_OF_LIMITATIONS_YEARS)
    with db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "statute_years_saved")
        ).one()
    assert event.user_id == user and event.entity == "setting"
    assert "NY 3→6" in event.summary and "TX 4→5" in event.summary


def test_a_state_only_the_office_knows_is_listed(db, user):
    save_statute_overrides(db, {"PR": 15}, user_id=user)
    assert get_statute_table(db)["PR"] == (15, True)


def test_saving_the_default_value_removes_the_override(db, user):
    save_statute_overrides(db, {"NY": 6, "FL": 4}, user_id=user)
    save_statute_overrides(db, {"NY": 3, "FL": 4}, user_id=user)
    assert overrides(db) == {"FL": 4}
    assert get_statute_table(db)["NY"] == (3, False)
    save_statute_overrides(db, dict(STATUTE_OF_LIMITATIONS_YEARS), user_id=user)
    assert overrides(db) == {}
    assert not any(overridden for _, overridden in get_statute_table(db).values())


def test_the_mapping_replaces_the_whole_set(db, user):
    save_statute_overrides(db, {"NY": 6, "FL": 4}, user_id=user)
    save_statute_overrides(db, {"FL": 4}, user_id=user)
    assert overrides(db) == {"FL": 4}


@pytest.mark.parametrize(
    ("entries", "field", "words"),
    [
        ({"NY": 0}, "NY", "from 1 to 30"),
        ({"NY": 31}, "NY", "from 1 to 30"),
        ({"NY": True}, "NY", "from 1 to 30"),
        ({"NY": 6.5}, "NY", "from 1 to 30"),
        ({"NEW": 6}, "NEW", "not a state code"),
        ({"N1": 6}, "N1", "not a state code"),
        ({"": 6}, "", "not a state code"),
    ],
)
def test_bad_entries_are_refused_and_nothing_is_saved(db, user, entries, field, words):
    save_statute_overrides(db, {"TX": 5}, user_id=user)
    with pytest.raises(ValidationError) as caught:
        save_statute_overrides(db, {"NY": 6, **entries}, user_id=user)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert overrides(db) == {"TX": 5}


def test_is_time_barred_honours_an_override(db, user):
    last_payment, today = date(2022, 1, 10), date(2026, 1, 10)  # four years on
    with db.read() as session:
        assert is_time_barred("NY", last_payment, today, statute_table(session))
    save_statute_overrides(db, {"NY": 6}, user_id=user)
    with db.read() as session:
        table = statute_table(session)
    assert table["NY"] == 6
    assert not is_time_barred("NY", last_payment, today, table)
    assert is_time_barred("NY", last_payment, date(2028, 1, 10), table)


def test_a_damaged_setting_falls_back_to_the_defaults(db):
    from collectorpro.services.office.settings import store_setting

    with db.write() as session:
        store_setting(session, STATUTE_KEY, "not json")
    assert get_statute_table(db)["NY"] == (3, False)
