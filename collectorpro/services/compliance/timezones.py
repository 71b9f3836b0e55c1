"""Which time zones a debtor might be in, from the address and the phone numbers on file.

Reg F asks a collector to respect the debtor's local time; when the address and the phones
point at different zones, every candidate counts (12 CFR 1006.6(b)(1)(i)). This module only
gathers candidates; `compliance.evaluate` decides. An empty answer means "nothing known", and
`evaluate` then assumes the conservative set of every continental US zone.

Zones are the broad IANA zones (America/New_York for all of Eastern, America/Chicago for all of
Central, ...): since 2007 every US area inside one of them keeps the same clock, and fewer
distinct names keep the answer short. Only ZIP prefixes near a zone line are refined; where a
three-digit prefix straddles the line both zones are returned, so the time window shrinks
instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import timezone as phone_timezone

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate

EASTERN = "America/New_York"
CENTRAL = "America/Chicago"
MOUNTAIN = "America/Denver"
ARIZONA = "America/Phoenix"
PACIFIC = "America/Los_Angeles"
ALASKA = "America/Anchorage"
ALEUTIAN = "America/Adak"
HAWAII = "Pacific/Honolulu"

# Every zone a state or territory reaches; the first is the zone of a ZIP prefix not listed
# in _ZIP_PREFIX_ZONES. APO/FPO "states" (AA, AE, AP) say nothing about a clock.
_STATE_ZONES: dict[str, tuple[str, ...]] = {
    "AL": (CENTRAL,),
    "AK": (ALASKA, ALEUTIAN),
    "AZ": (ARIZONA, MOUNTAIN),  # the Navajo Nation keeps daylight saving time
    "AR": (CENTRAL,),
    "CA": (PACIFIC,),
    "CO": (MOUNTAIN,),
    "CT": (EASTERN,),
    "DE": (EASTERN,),
    "DC": (EASTERN,),
    "FL": (EASTERN, CENTRAL),
    "GA": (EASTERN,),
    "HI": (HAWAII,),
    "ID": (MOUNTAIN, PACIFIC),
    "IL": (CENTRAL,),
    "IN": (EASTERN, CENTRAL),
    "IA": (CENTRAL,),
    "KS": (CENTRAL, MOUNTAIN),
    "KY": (EASTERN, CENTRAL),
    "LA": (CENTRAL,),
    "ME": (EASTERN,),
    "MD": (EASTERN,),
    "MA": (EASTERN,),
    "MI": (EASTERN, CENTRAL),
    "MN": (CENTRAL,),
    "MS": (CENTRAL,),
    "MO": (CENTRAL,),
    "MT": (MOUNTAIN,),
    "NE": (CENTRAL, MOUNTAIN),
    "NV": (PACIFIC, MOUNTAIN),
    "NH": (EASTERN,),
    "NJ": (EASTERN,),
    "NM": (MOUNTAIN,),
    "NY": (EASTERN,),
    "NC": (EASTERN,),
    "ND": (CENTRAL, MOUNTAIN),
    "OH": (EASTERN,),
    "OK": (CENTRAL,),
    "OR": (PACIFIC, MOUNTAIN),
    "PA": (EASTERN,),
    "RI": (EASTERN,),
    "SC": (EASTERN,),
    "SD": (CENTRAL, MOUNTAIN),
    "TN": (CENTRAL, EASTERN),
    "TX": (CENTRAL, MOUNTAIN),
    "UT": (MOUNTAIN,),
    "VT": (EASTERN,),
    "VA": (EASTERN,),
    "WA": (PACIFIC,),
    "WV": (EASTERN,),
    "WI": (CENTRAL,),
    "WY": (MOUNTAIN,),
    "PR": ("America/Puerto_Rico",),
    "VI": ("America/St_Thomas",),
    "GU": ("Pacific/Guam",),
    "MP": ("Pacific/Saipan",),
    "AS": ("Pacific/Pago_Pago",),
    "AA": (),
    "AE": (),
    "AP": (),
}

_BOTH_EC = (EASTERN, CENTRAL)
_BOTH_CM = (CENTRAL, MOUNTAIN)

# Three-digit ZIP prefixes of split states that are not in the state's first zone, or that
# straddle the line (then both zones).
_ZIP_PREFIX_ZONES: dict[str, tuple[str, ...]] = {
    # Florida panhandle west of the Apalachicola River
    "324": (CENTRAL, EASTERN),
    "325": (CENTRAL,),
    # Texas: El Paso and Hudspeth counties
    "798": (CENTRAL, MOUNTAIN),
    "799": (MOUNTAIN,),
    "885": (MOUNTAIN,),
    # Tennessee: East Tennessee keeps Eastern time
    "373": (CENTRAL, EASTERN),
    "374": (EASTERN,),
    "376": (EASTERN,),
    "377": (EASTERN,),
    "378": (EASTERN,),
    "379": (EASTERN,),
    # Kentucky: the western half keeps Central time
    "401": _BOTH_EC,
    "420": (CENTRAL,),
    "421": (CENTRAL,),
    "422": (CENTRAL,),
    "423": (CENTRAL,),
    "424": (CENTRAL,),
    "426": _BOTH_EC,
    "427": _BOTH_EC,
    # Indiana: the Chicago and Evansville corners keep Central time
    "463": (CENTRAL,),
    "464": (CENTRAL,),
    "475": _BOTH_EC,
    "476": (CENTRAL,),
    "477": (CENTRAL,),
    # Michigan's Upper Peninsula: four counties on the Wisconsin line keep Central time
    "498": _BOTH_EC,
    "499": _BOTH_EC,
    # North Dakota: the south-west keeps Mountain time
    "585": _BOTH_CM,
    "586": (MOUNTAIN,),
    "588": _BOTH_CM,
    # South Dakota: west river keeps Mountain time
    "575": _BOTH_CM,
    "576": _BOTH_CM,
    "577": (MOUNTAIN,),
    # Nebraska: the panhandle and the south-west keep Mountain time
    "690": _BOTH_CM,
    "691": _BOTH_CM,
    "692": _BOTH_CM,
    "693": (MOUNTAIN,),
    # Kansas: four counties on the Colorado line keep Mountain time
    "677": _BOTH_CM,
    "678": _BOTH_CM,
    # Oregon: Malheur County keeps Mountain time
    "979": (MOUNTAIN, PACIFIC),
    # Idaho: the panhandle keeps Pacific time
    "835": (PACIFIC, MOUNTAIN),
    "838": (PACIFIC,),
    # Arizona: Navajo Nation
    "860": (ARIZONA, MOUNTAIN),
    "865": (ARIZONA, MOUNTAIN),
}

# Single ZIP codes that differ from their prefix (or sit in another territory's prefix).
_ZIP5_ZONES: dict[str, tuple[str, tuple[str, ...]]] = {
    "89883": ("NV", (MOUNTAIN,)),  # West Wendover
    "99546": ("AK", (ALEUTIAN,)),  # Adak
    "99547": ("AK", (ALEUTIAN,)),  # Atka
    "96799": ("AS", ("Pacific/Pago_Pago",)),
    "96950": ("MP", ("Pacific/Saipan",)),
    "96951": ("MP", ("Pacific/Saipan",)),
    "96952": ("MP", ("Pacific/Saipan",)),
}

# Which state a three-digit ZIP prefix belongs to: (first prefix, last prefix, state).
_ZIP_PREFIX_STATES: tuple[tuple[int, int, str], ...] = (
    (5, 5, "NY"),
    (6, 7, "PR"),
    (8, 8, "VI"),
    (9, 9, "PR"),
    (10, 27, "MA"),
    (28, 29, "RI"),
    (30, 38, "NH"),
    (39, 49, "ME"),
    (50, 59, "VT"),
    (60, 69, "CT"),
    (70, 89, "NJ"),
    (90, 99, "AE"),
    (100, 149, "NY"),
    (150, 196, "PA"),
    (197, 199, "DE"),
    (200, 200, "DC"),
    (201, 201, "VA"),
    (202, 205, "DC"),
    (206, 219, "MD"),
    (220, 246, "VA"),
    (247, 268, "WV"),
    (270, 289, "NC"),
    (290, 299, "SC"),
    (300, 319, "GA"),
    (320, 339, "FL"),
    (340, 340, "AA"),
    (341, 349, "FL"),
    (350, 369, "AL"),
    (370, 385, "TN"),
    (386, 397, "MS"),
    (398, 399, "GA"),
    (400, 427, "KY"),
    (430, 459, "OH"),
    (460, 479, "IN"),
    (480, 499, "MI"),
    (500, 528, "IA"),
    (530, 549, "WI"),
    (550, 567, "MN"),
    (569, 569, "DC"),
    (570, 577, "SD"),
    (580, 588, "ND"),
    (590, 599, "MT"),
    (600, 629, "IL"),
    (630, 658, "MO"),
    (660, 679, "KS"),
    (680, 693, "NE"),
    (700, 714, "LA"),
    (716, 729, "AR"),
    (730, 749, "OK"),
    (750, 799, "TX"),
    (800, 816, "CO"),
    (820, 831, "WY"),
    (832, 838, "ID"),
    (840, 847, "UT"),
    (850, 865, "AZ"),
    (870, 884, "NM"),
    (885, 885, "TX"),
    (889, 898, "NV"),
    (900, 961, "CA"),
    (962, 966, "AP"),
    (967, 968, "HI"),
    (969, 969, "GU"),
    (970, 979, "OR"),
    (980, 994, "WA"),
    (995, 999, "AK"),
)

_ZIP_RE = re.compile(r"(\d{5})(?:-?\d{4})?")
_UNKNOWN_ZONE = "Etc/Unknown"


def candidate_time_zones(
    state: str | None, zip_code: str | None, phones: Iterable[str]
) -> tuple[str, ...]:
    """Every IANA zone the debtor might be in: address first, then each phone, no repeats.

    A state whose ZIP is unknown gives all its zones. A ZIP from another state than the one
    on the address adds that state's zones too (one of the two is a typo; we can't tell
    which). Phones that can't be parsed, toll-free numbers and the library's "Etc/Unknown"
    are skipped; an area code that spans zones gives them all. Nothing known gives `()`.
    """
    zones: list[str] = []
    state_code = (state or "").strip().upper() or None
    zip5 = _zip5(zip_code)
    zip_state = _state_for_zip(zip5) if zip5 else None
    if state_code is not None:
        if zip5 is not None and zip_state == state_code:
            zones.extend(_zones_for_zip(zip5, state_code))
        else:
            zones.extend(_STATE_ZONES.get(state_code, ()))
    if zip5 is not None and zip_state is not None and zip_state != state_code:
        zones.extend(_zones_for_zip(zip5, zip_state))
    for phone in phones:
        zones.extend(phone_time_zones(phone))
    return tuple(dict.fromkeys(zones))


def phone_time_zones(phone: str) -> tuple[str, ...]:
    """The zones the numbering plan gives a phone number (US default), or `()` if unknown."""
    try:
        number = phonenumbers.parse(phone, "US")
    except phonenumbers.NumberParseException:
        return ()
    if not phonenumbers.is_valid_number(number):
        return ()
    # Toll-free and other non-geographic numbers list every zone of the plan: no information.
    if not phonenumbers.is_number_geographical(number):
        return ()
    zones = phone_timezone.time_zones_for_number(number)
    return tuple(zone for zone in zones if zone != _UNKNOWN_ZONE)


def _zip5(zip_code: str | None) -> str | None:
    match = _ZIP_RE.fullmatch((zip_code or "").strip())
    return match.group(1) if match else None


def _state_for_zip(zip5: str) -> str | None:
    if zip5 in _ZIP5_ZONES:
        return _ZIP5_ZONES[zip5][0]
    prefix = int(zip5[:3])
    for first, last, state in _ZIP_PREFIX_STATES:
        if first <= prefix <= last:
            return state
    return None


def _zones_for_zip(zip5: str, state: str) -> tuple[str, ...]:
    if zip5 in _ZIP5_ZONES:
        return _ZIP5_ZONES[zip5][1]
    if zip5[:3] in _ZIP_PREFIX_ZONES:
        return _ZIP_PREFIX_ZONES[zip5[:3]]
    return _STATE_ZONES.get(state, ())[:1]


# --- clocks in several zones at once, and how to say them --------------------------------------

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("TimeZones", "Monday"),
    QT_TRANSLATE_NOOP("TimeZones", "Tuesday"),
    QT_TRANSLATE_NOOP("TimeZones", "Wednesday"),
    QT_TRANSLATE_NOOP("TimeZones", "Thursday"),
    QT_TRANSLATE_NOOP("TimeZones", "Friday"),
    QT_TRANSLATE_NOOP("TimeZones", "Saturday"),
    QT_TRANSLATE_NOOP("TimeZones", "Sunday"),
)
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("TimeZones", "Jan"),
    QT_TRANSLATE_NOOP("TimeZones", "Feb"),
    QT_TRANSLATE_NOOP("TimeZones", "Mar"),
    QT_TRANSLATE_NOOP("TimeZones", "Apr"),
    QT_TRANSLATE_NOOP("TimeZones", "May"),
    QT_TRANSLATE_NOOP("TimeZones", "Jun"),
    QT_TRANSLATE_NOOP("TimeZones", "Jul"),
    QT_TRANSLATE_NOOP("TimeZones", "Aug"),
    QT_TRANSLATE_NOOP("TimeZones", "Sep"),
    QT_TRANSLATE_NOOP("TimeZones", "Oct"),
    QT_TRANSLATE_NOOP("TimeZones", "Nov"),
    QT_TRANSLATE_NOOP("TimeZones", "Dec"),
)
_ZONE_LABELS = {
    EASTERN: QT_TRANSLATE_NOOP("TimeZones", "Eastern"),
    "America/Detroit": QT_TRANSLATE_NOOP("TimeZones", "Eastern"),
    "America/Indiana/Indianapolis": QT_TRANSLATE_NOOP("TimeZones", "Eastern"),
    "America/Kentucky/Louisville": QT_TRANSLATE_NOOP("TimeZones", "Eastern"),
    CENTRAL: QT_TRANSLATE_NOOP("TimeZones", "Central"),
    MOUNTAIN: QT_TRANSLATE_NOOP("TimeZones", "Mountain"),
    "America/Boise": QT_TRANSLATE_NOOP("TimeZones", "Mountain"),
    ARIZONA: QT_TRANSLATE_NOOP("TimeZones", "Arizona"),
    PACIFIC: QT_TRANSLATE_NOOP("TimeZones", "Pacific"),
    ALASKA: QT_TRANSLATE_NOOP("TimeZones", "Alaska"),
    ALEUTIAN: QT_TRANSLATE_NOOP("TimeZones", "Aleutian"),
    HAWAII: QT_TRANSLATE_NOOP("TimeZones", "Hawaii"),
}
_MAX_ROUNDS = 64  # zones that never share the hours would otherwise push forward forever


def zone_info(name: str) -> ZoneInfo:
    """The zone, or a ValidationError a person can read (a typo in settings, a missing tzdata)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            translate("TimeZones", "“{name}” is not a known time zone.").format(name=name),
            field="time_zones",
        ) from exc


def first_instant_within_hours(
    moment: datetime, zones: Iterable[ZoneInfo], start: time, end: time
) -> datetime | None:
    """First instant >= moment whose local clock is in [start, end) in every zone, as UTC.

    Each zone that is outside pushes the instant to its own next `start`; repeating until no
    zone pushes gives the earliest common instant. zoneinfo takes care of daylight saving.
    None when the zones never share those hours.
    """
    zones = tuple(zones)
    t = moment.astimezone(UTC)
    for _ in range(_MAX_ROUNDS):
        moved = False
        for zone in zones:
            local = t.astimezone(zone)
            if local.time() < start:
                day = local.date()
            elif local.time() >= end:
                day = local.date() + timedelta(days=1)
            else:
                continue
            t = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
            moved = True
        if not moved:
            return t
    return None


def zone_label(name: str) -> str:
    """ "Eastern", "Pacific"… for US zones; the city for any other (Puerto Rico, Toronto)."""
    if name in _ZONE_LABELS:
        return translate("TimeZones", _ZONE_LABELS[name])
    return name.rsplit("/", 1)[-1].replace("_", " ")


def clock_text(t: time) -> str:
    """12-hour clock as collectors say it: 8:00 am, 12:30 pm."""
    hour, minute = t.hour % 12 or 12, f"{t.minute:02d}"
    if t.hour < 12:
        return translate("TimeZones", "{hour}:{minute} am").format(hour=hour, minute=minute)
    return translate("TimeZones", "{hour}:{minute} pm").format(hour=hour, minute=minute)


def day_phrase(day: date, reference: date) -> str:
    """ "today", "tomorrow", or "on Friday, Nov 27" (with the year when it differs)."""
    delta = (day - reference).days
    if delta == 0:
        return translate("TimeZones", "today")
    if delta == 1:
        return translate("TimeZones", "tomorrow")
    values = {
        "weekday": translate("TimeZones", WEEKDAY_NAMES[day.weekday()]),
        "month": month_abbreviation(day.month),
        "day": day.day,
        "year": day.year,
    }
    if day.year == reference.year:
        return translate("TimeZones", "on {weekday}, {month} {day}").format(**values)
    return translate("TimeZones", "on {weekday}, {month} {day}, {year}").format(**values)


def month_abbreviation(month: int) -> str:
    """ "Jan" … "Dec" (1 to 12) in the interface language."""
    return translate("TimeZones", MONTH_ABBREVIATIONS[month - 1])
