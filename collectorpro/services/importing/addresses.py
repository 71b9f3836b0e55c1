"""States and ZIP codes as offices export them: "NY", "N.Y.", "New York", "Calif", ZIP+4 and
ZIP codes Excel stripped of their leading zero. Part of the import parsers."""

from __future__ import annotations

import re

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.services.importing.parsers import (
    FieldError,
    cell_to_text,
    is_number,
    whole_number,
)

__all__ = [
    "parse_state",
    "parse_zip",
]


STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "DC": "District of Columbia",
    "PR": "Puerto Rico",
    "VI": "Virgin Islands",
    "GU": "Guam",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
    "AA": "Armed Forces Americas",
    "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific",
}
_STATE_ALIASES = {
    "WASHINGTON DC": "DC",
    "WASHINGTON D C": "DC",
    "US VIRGIN ISLANDS": "VI",
    "U S VIRGIN ISLANDS": "VI",
    "UNITED STATES VIRGIN ISLANDS": "VI",
    # AP-style abbreviations ("Calif.", "Mass."), as older systems print them
    **{
        alias: code
        for code, aliases in {
            "AL": "ALA",
            "AZ": "ARIZ",
            "AR": "ARK",
            "CA": "CALIF CAL",
            "CO": "COLO",
            "CT": "CONN",
            "DE": "DEL",
            "FL": "FLA",
            "IL": "ILL",
            "IN": "IND",
            "KS": "KAN KANS",
            "MA": "MASS",
            "MI": "MICH",
            "MN": "MINN",
            "MS": "MISS",
            "MT": "MONT",
            "NE": "NEB NEBR",
            "NV": "NEV",
            "OK": "OKLA",
            "OR": "ORE",
            "TN": "TENN",
            "TX": "TEX",
            "WA": "WASH",
            "WI": "WIS WISC",
            "WY": "WYO",
        }.items()
        for alias in aliases.split()
    },
    **{"W VA": "WV", "WVA": "WV", "PENN": "PA", "PENNA": "PA"},
}
_STATE_LOOKUP = {
    **{code: code for code in STATES},
    **{name.upper(): code for code, name in STATES.items()},
    **_STATE_ALIASES,
}


def parse_state(value: object) -> str:
    """The two-letter USPS code from "NY", "ny", "N.Y." or "New York" (50 states, DC,
    territories, military)."""
    key = " ".join(re.sub(r"[.,]", " ", cell_to_text(value)).upper().split())
    code = _STATE_LOOKUP.get(key) or _STATE_LOOKUP.get(key.replace(" ", ""))
    if code is None:
        raise FieldError(translate("ImportParsers", "not a US state"))
    return code


def parse_zip(value: object) -> str:
    """ "12207", "12207-1234" or "122071234" as 12207 or 12207-1234. A number from Excel that
    lost its leading zero (2108, or 21081234 for ZIP+4) gets it back; text never does."""
    if is_number(value):
        number = whole_number(value, QT_TRANSLATE_NOOP("ImportParsers", "not a ZIP code"))
        digits = str(number)
        if number < 0:
            raise FieldError(translate("ImportParsers", "not a ZIP code"))
        if len(digits) in (4, 8):
            digits = "0" + digits
    else:
        text = cell_to_text(value)
        match = re.fullmatch(r"(\d{5})(?:[- ]?(\d{4}))?", text, re.ASCII)
        if not match:
            if re.fullmatch(r"\d{1,4}", text, re.ASCII):
                raise FieldError(
                    translate("ImportParsers", "a ZIP code has 5 digits, not {count}").format(
                        count=len(text)
                    )
                )
            raise FieldError(translate("ImportParsers", "not a ZIP code"))
        digits = match.group(1) + (match.group(2) or "")
    if len(digits) not in (5, 9):
        raise FieldError(
            translate("ImportParsers", "a ZIP code has 5 or 9 digits, not {count}").format(
                count=len(digits)
            )
        )
    if digits[:5] == "00000":
        raise FieldError(translate("ImportParsers", "00000 is not a ZIP code"))
    return digits if len(digits) == 5 else f"{digits[:5]}-{digits[5:]}"


# ---------------------------------------------------------------------------- contact
