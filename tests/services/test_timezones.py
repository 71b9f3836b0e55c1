"""Candidate time zones from address and phones, and the clock helpers the compliance rules use."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from collectorpro.core.errors import ValidationError
from collectorpro.services.compliance import timezones
from collectorpro.services.compliance.time_limits import STATUTE_OF_LIMITATIONS_YEARS
from collectorpro.services.compliance.timezones import (
    candidate_time_zones,
    clock_text,
    day_phrase,
    first_instant_within_hours,
    phone_time_zones,
    zone_info,
    zone_label,
)

ET = "America/New_York"
CT = "America/Chicago"
MT = "America/Denver"
PT = "America/Los_Angeles"


@pytest.mark.parametrize(
    ("state", "zip_code", "expected"),
    [
        pytest.param("CA", None, (PT,), id="california"),
        pytest.param("NY", "10001", (ET,), id="new-york"),
        pytest.param("HI", None, ("Pacific/Honolulu",), id="hawaii"),
        pytest.param("AZ", "85001", ("America/Phoenix",), id="arizona-phoenix"),
        pytest.param("AZ", "86515", ("America/Phoenix", MT), id="arizona-navajo-nation"),
        pytest.param("AK", "99501", ("America/Anchorage",), id="alaska-anchorage"),
        pytest.param("AK", "99546", ("America/Adak",), id="alaska-adak"),
        pytest.param("PR", "00901", ("America/Puerto_Rico",), id="puerto-rico"),
        # split states without a ZIP: every zone of the state
        pytest.param("TN", None, (CT, ET), id="tennessee-no-zip"),
        pytest.param("FL", "", (ET, CT), id="florida-empty-zip"),
        pytest.param("TX", "garbage", (CT, MT), id="texas-malformed-zip"),
        # Florida panhandle
        pytest.param("FL", "32501", (CT,), id="pensacola"),
        pytest.param("FL", "32401", (CT, ET), id="panama-city-straddles"),
        pytest.param("FL", "32301", (ET,), id="tallahassee"),
        pytest.param("FL", "33101", (ET,), id="miami"),
        # Texas
        pytest.param("TX", "79901", (MT,), id="el-paso"),
        pytest.param("TX", "88510", (MT,), id="el-paso-885"),
        pytest.param("TX", "75201", (CT,), id="dallas"),
        # Tennessee
        pytest.param("TN", "37902", (ET,), id="knoxville"),
        pytest.param("TN", "37203", (CT,), id="nashville"),
        pytest.param("TN", "38103", (CT,), id="memphis"),
        # Kentucky
        pytest.param("KY", "42001", (CT,), id="paducah"),
        pytest.param("KY", "40202", (ET,), id="louisville"),
        # Indiana
        pytest.param("IN", "46402", (CT,), id="gary"),
        pytest.param("IN", "47708", (CT,), id="evansville"),
        pytest.param("IN", "46204", (ET,), id="indianapolis"),
        # Michigan
        pytest.param("MI", "49938", (ET, CT), id="upper-peninsula"),
        pytest.param("MI", "48201", (ET,), id="detroit"),
        # the plains
        pytest.param("ND", "58601", (MT,), id="dickinson-nd"),
        pytest.param("ND", "58102", (CT,), id="fargo"),
        pytest.param("SD", "57701", (MT,), id="rapid-city"),
        pytest.param("SD", "57104", (CT,), id="sioux-falls"),
        pytest.param("NE", "69361", (MT,), id="scottsbluff"),
        pytest.param("NE", "68102", (CT,), id="omaha"),
        pytest.param("KS", "67735", (CT, MT), id="goodland"),
        pytest.param("KS", "66101", (CT,), id="kansas-city-ks"),
        # the north-west
        pytest.param("OR", "97914", (MT, PT), id="ontario-or"),
        pytest.param("OR", "97201", (PT,), id="portland"),
        pytest.param("ID", "83814", (PT,), id="coeur-d-alene"),
        pytest.param("ID", "83702", (MT,), id="boise"),
        pytest.param("NV", "89883", (MT,), id="west-wendover"),
        pytest.param("NV", "89101", (PT,), id="las-vegas"),
        # formats and normalisation
        pytest.param("fl", " 32501-1234 ", (CT,), id="zip-plus-four-lowercase-state"),
        pytest.param("FL", "325011234", (CT,), id="zip-nine-digits"),
        pytest.param(None, "79901", (MT,), id="state-from-zip"),
        pytest.param("", "96799", ("Pacific/Pago_Pago",), id="american-samoa-zip"),
        pytest.param("CA", "10001", (PT, ET), id="zip-disagrees-with-state"),
        pytest.param("AE", "09001", (), id="military-mail"),
        pytest.param("XX", None, (), id="unknown-state"),
        pytest.param(None, None, (), id="nothing-known"),
    ],
)
def test_zones_from_address(state: str | None, zip_code: str | None, expected: tuple) -> None:
    assert candidate_time_zones(state, zip_code, []) == expected


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        pytest.param("(212) 555-0100", (ET,), id="manhattan"),
        pytest.param("+1 415 555 0100", (PT,), id="san-francisco"),
        pytest.param("+1 907 555 0100", ("America/Adak", "America/Anchorage"), id="alaska-two"),
        pytest.param("+44 20 7946 0000", ("Europe/London",), id="foreign"),
        pytest.param("800-555-0100", (), id="toll-free-says-nothing"),
        pytest.param("not a phone", (), id="unparseable"),
        pytest.param("555", (), id="too-short"),
    ],
)
def test_zones_from_phone(phone: str, expected: tuple) -> None:
    assert phone_time_zones(phone) == expected


def test_address_first_then_phones_without_repeats() -> None:
    zones = candidate_time_zones(
        "NY", "10001", ["212-555-0100", "+1 415 555 0100", "(646) 555-0100", "+1 907 555 0100"]
    )
    assert zones == (ET, PT, "America/Adak", "America/Anchorage")


def test_phones_alone_and_any_iterable() -> None:
    assert candidate_time_zones(None, None, iter(["junk", "+1 312 555 0100"])) == (CT,)


def test_every_zone_in_the_tables_is_loadable() -> None:
    names = {z for zs in timezones._STATE_ZONES.values() for z in zs}
    names |= {z for zs in timezones._ZIP_PREFIX_ZONES.values() for z in zs}
    names |= {z for _, zs in timezones._ZIP5_ZONES.values() for z in zs}
    for name in names:
        ZoneInfo(name)
    # every state and DC that the statute-of-limitations table knows has a clock here too
    assert set(STATUTE_OF_LIMITATIONS_YEARS) <= set(timezones._STATE_ZONES)


def test_every_split_prefix_belongs_to_a_split_state() -> None:
    """A prefix override naming a zone its state never reaches would be a typo in the table."""
    for prefix, zones in timezones._ZIP_PREFIX_ZONES.items():
        state = timezones._state_for_zip(prefix + "00")
        assert state is not None, prefix
        assert set(zones) <= set(timezones._STATE_ZONES[state]), prefix


# --- clock helpers -------------------------------------------------------------------------------

NYZ = ZoneInfo(ET)
LAZ = ZoneInfo(PT)


@pytest.mark.parametrize(
    ("moment", "zones", "expected"),
    [
        pytest.param(
            datetime(2026, 11, 24, 12, tzinfo=NYZ),
            (NYZ,),
            datetime(2026, 11, 24, 12, tzinfo=NYZ),
            id="inside",
        ),
        pytest.param(
            datetime(2026, 11, 24, 7, 59, tzinfo=NYZ),
            (NYZ,),
            datetime(2026, 11, 24, 8, tzinfo=NYZ),
            id="early",
        ),
        pytest.param(
            datetime(2026, 11, 24, 21, tzinfo=NYZ),
            (NYZ,),
            datetime(2026, 11, 25, 8, tzinfo=NYZ),
            id="late",
        ),
        pytest.param(
            datetime(2026, 11, 24, 21, 5, tzinfo=NYZ),
            (NYZ, LAZ),
            datetime(2026, 11, 25, 11, tzinfo=NYZ),
            id="two-zones",
        ),
        pytest.param(
            datetime(2026, 3, 8, 5, 30, tzinfo=UTC),
            (NYZ,),
            datetime(2026, 3, 8, 12, tzinfo=UTC),
            id="spring-forward",
        ),
        pytest.param(
            datetime(2026, 11, 1, 1, 30, tzinfo=UTC),
            (NYZ,),
            datetime(2026, 11, 1, 13, tzinfo=UTC),
            id="fall-back",
        ),
    ],
)
def test_first_instant_within_hours(moment: datetime, zones: tuple, expected: datetime) -> None:
    found = first_instant_within_hours(moment, zones, time(8), time(21))
    assert found == expected
    assert found is not None and found.tzinfo is UTC


def test_zones_that_never_share_the_hours() -> None:
    zones = (ZoneInfo("Europe/London"), ZoneInfo("Asia/Shanghai"), LAZ)
    moment = datetime(2026, 1, 15, 12, tzinfo=UTC)
    assert first_instant_within_hours(moment, zones, time(8), time(21)) is None


@pytest.mark.parametrize(
    ("t", "text"),
    [
        (time(8), "8:00 am"),
        (time(0, 5), "12:05 am"),
        (time(12, 30), "12:30 pm"),
        (time(21), "9:00 pm"),
    ],
)
def test_clock_text(t: time, text: str) -> None:
    assert clock_text(t) == text


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 11, 24), "today"),
        (date(2026, 11, 25), "tomorrow"),
        (date(2026, 11, 27), "on Friday, Nov 27"),
        (date(2027, 1, 4), "on Monday, Jan 4, 2027"),
    ],
)
def test_day_phrase(day: date, text: str) -> None:
    assert day_phrase(day, date(2026, 11, 24)) == text


def test_zone_labels_and_errors() -> None:
    assert zone_label(ET) == "Eastern"
    assert zone_label("America/Phoenix") == "Arizona"
    assert zone_label("America/Puerto_Rico") == "Puerto Rico"
    with pytest.raises(ValidationError) as err:
        zone_info("Mars/Olympus_Mons")
    assert err.value.field == "time_zones"
