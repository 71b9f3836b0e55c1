"""Which column of an export feeds which field, suggested from the headings and saved by
heading name, so next month's file with its columns in another order still maps."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from collectorpro.core.errors import DomainError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.services.importing.headings import (
    ABBREVIATIONS,
    ACCOUNT_SYNONYMS,
    PAYMENT_SYNONYMS,
    ROLES,
)

__all__ = [
    "ACCOUNT_FIELDS",
    "FIELDS",
    "PAYMENT_FIELDS",
    "ImportKind",
    "ImportProfile",
    "ProfileError",
    "ResolvedMapping",
    "TargetField",
    "missing_required",
    "normalize_header",
    "profile_from_json",
    "profile_from_mapping",
    "profile_to_json",
    "resolve_mapping",
    "suggest_mapping",
]

ImportKind = Literal["accounts", "payments"]
_PROFILE_VERSION = 1


class ProfileError(DomainError):
    """A saved import profile that cannot be used; the message says why."""


@dataclass(frozen=True)
class TargetField:
    """A field an import can fill. ``label`` and ``note`` are English, marked for translation;
    ``shown_label`` and ``shown_note`` are what a person reads."""

    key: str
    label: str
    required: bool = False
    note: str = ""

    @property
    def shown_label(self) -> str:
        return translate("ImportMapping", self.label)

    @property
    def shown_note(self) -> str:
        return translate("ImportMapping", self.note) if self.note else ""


ACCOUNT_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "account_number", QT_TRANSLATE_NOOP("ImportMapping", "Account number"), required=True
    ),
    TargetField(
        "debtor_name",
        QT_TRANSLATE_NOOP("ImportMapping", "Debtor name"),
        note=QT_TRANSLATE_NOOP("ImportMapping", "the whole name in one column"),
    ),
    TargetField(
        "first_name",
        QT_TRANSLATE_NOOP("ImportMapping", "First name"),
        note=QT_TRANSLATE_NOOP("ImportMapping", "with Last name, instead of Debtor name"),
    ),
    TargetField("middle_name", QT_TRANSLATE_NOOP("ImportMapping", "Middle name")),
    TargetField(
        "last_name",
        QT_TRANSLATE_NOOP("ImportMapping", "Last name"),
        note=QT_TRANSLATE_NOOP("ImportMapping", "with First name, instead of Debtor name"),
    ),
    TargetField("date_of_birth", QT_TRANSLATE_NOOP("ImportMapping", "Date of birth")),
    TargetField("address_line1", QT_TRANSLATE_NOOP("ImportMapping", "Address line 1")),
    TargetField("address_line2", QT_TRANSLATE_NOOP("ImportMapping", "Address line 2")),
    TargetField("city", QT_TRANSLATE_NOOP("ImportMapping", "City")),
    TargetField("state", QT_TRANSLATE_NOOP("ImportMapping", "State")),
    TargetField("zip_code", QT_TRANSLATE_NOOP("ImportMapping", "ZIP code")),
    TargetField("phone", QT_TRANSLATE_NOOP("ImportMapping", "Phone")),
    TargetField("email", QT_TRANSLATE_NOOP("ImportMapping", "Email")),
    TargetField("balance", QT_TRANSLATE_NOOP("ImportMapping", "Balance"), required=True),
    TargetField(
        "service_date",
        QT_TRANSLATE_NOOP("ImportMapping", "Service date"),
        note=QT_TRANSLATE_NOOP("ImportMapping", "DOS"),
    ),
    TargetField(
        "first_delinquency_date", QT_TRANSLATE_NOOP("ImportMapping", "First delinquency date")
    ),
    TargetField("last_payment_date", QT_TRANSLATE_NOOP("ImportMapping", "Last payment date")),
    TargetField("itemization_date", QT_TRANSLATE_NOOP("ImportMapping", "Itemization date")),
    TargetField(
        "service_description",
        QT_TRANSLATE_NOOP("ImportMapping", "Service description"),
        note=QT_TRANSLATE_NOOP("ImportMapping", "kept; never on letters"),
    ),
    TargetField("language", QT_TRANSLATE_NOOP("ImportMapping", "Language")),
)

PAYMENT_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "account_number", QT_TRANSLATE_NOOP("ImportMapping", "Account number"), required=True
    ),
    TargetField("amount", QT_TRANSLATE_NOOP("ImportMapping", "Amount"), required=True),
    TargetField("paid_on", QT_TRANSLATE_NOOP("ImportMapping", "Date paid"), required=True),
    TargetField("method", QT_TRANSLATE_NOOP("ImportMapping", "Method")),
    TargetField("reference", QT_TRANSLATE_NOOP("ImportMapping", "Reference")),
    TargetField("payer_name", QT_TRANSLATE_NOOP("ImportMapping", "Payer name")),
)

FIELDS: dict[str, tuple[TargetField, ...]] = {
    "accounts": ACCOUNT_FIELDS,
    "payments": PAYMENT_FIELDS,
}


def missing_required(mapped: Iterable[str], kind: ImportKind = "accounts") -> tuple[str, ...]:
    """Labels of the required fields no column feeds; a name is a whole name or first + last.

    The labels are in the window's language: the wizard shows them.
    """
    have = set(mapped)
    missing = []
    for target in _fields(kind):
        if target.required and target.key not in have:
            missing.append(target.shown_label)
        elif target.key == "debtor_name" and not (
            "debtor_name" in have or {"first_name", "last_name"} <= have
        ):
            missing.append(translate("ImportMapping", "Debtor name (or First name and Last name)"))
    return tuple(missing)


# ---------------------------------------------------------------------------- suggestions


def normalize_header(header: str) -> str:
    """'Acct #' -> 'account number', 'Addr1' -> 'address 1', 'E-Mail' -> 'e mail'."""
    text = header.casefold().replace("#", " number ").replace("&", " and ")
    text = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ", text)
    words = re.sub(r"[\W_]+", " ", text).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def suggest_mapping(headers: Sequence[str], *, kind: ImportKind = "accounts") -> dict[int, str]:
    """Column index -> field, from the headings. Each field gets at most one column: the one
    whose heading matches best (ties: the first column)."""
    synonyms = _synonyms(kind)
    candidates: list[tuple[float, int, str]] = []
    for index, header in enumerate(headers):
        for key, score in _scores(normalize_header(header or ""), synonyms).items():
            candidates.append((-score, index, key))
    candidates.sort()
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for _score, index, key in candidates:
        if index in mapping or key in taken:
            continue
        mapping[index] = key
        taken.add(key)
    return dict(sorted(mapping.items()))


def _scores(heading: str, synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for key, phrases in synonyms.items():
        if heading in phrases:
            scores[key] = 100 - phrases.index(heading) / 100
    if scores:
        return scores
    stripped, bonus = heading, 0
    while True:
        for role, weight in ROLES:
            if stripped.startswith(role + " "):
                stripped, bonus = stripped[len(role) + 1 :], max(bonus, weight)
                break
        else:
            break
    if stripped == heading:
        return scores
    for key, phrases in synonyms.items():
        if stripped in phrases:
            scores[key] = 50 + bonus - phrases.index(stripped) / 100
    return scores


def _synonyms(kind: str) -> dict[str, tuple[str, ...]]:
    if kind == "accounts":
        return ACCOUNT_SYNONYMS
    if kind == "payments":
        return PAYMENT_SYNONYMS
    raise ValueError(f"kind must be 'accounts' or 'payments', not {kind!r}")


def _fields(kind: str) -> tuple[TargetField, ...]:
    _synonyms(kind)
    return FIELDS[kind]


# ---------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class ImportProfile:
    """A saved way of reading one office's export.

    ``mapping`` is field -> heading name (or a 0-based column number for a file without
    headings), so columns can move between exports.
    """

    name: str
    kind: ImportKind
    mapping: dict[str, int | str] = field(default_factory=dict, hash=False)
    date_order: str = "MDY"
    delimiter: str | None = None  # None: detect
    sheet: str | None = None  # None: the first sheet
    has_header: bool | None = None  # None: detect
    encoding: str | None = None  # None: detect


@dataclass(frozen=True)
class ResolvedMapping:
    columns: dict[int, str]  # column index -> field
    missing: tuple[str, ...]  # headings the profile expects that this file does not have


def profile_from_mapping(
    name: str,
    kind: ImportKind,
    headers: Sequence[str],
    columns: Mapping[int, str],
    *,
    has_header: bool = True,
    date_order: str = "MDY",
    delimiter: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
) -> ImportProfile:
    """A profile from the mapping a person confirmed: by heading name when there are headings."""
    mapping: dict[str, int | str] = {
        key: (headers[index] if has_header else index) for index, key in columns.items()
    }
    profile = ImportProfile(
        name=name,
        kind=kind,
        mapping=mapping,
        date_order=date_order,
        delimiter=delimiter,
        sheet=sheet,
        has_header=has_header,
        encoding=encoding,
    )
    _validate(profile)
    return profile


def resolve_mapping(profile: ImportProfile, headers: Sequence[str]) -> ResolvedMapping:
    """Find the profile's columns in this file: exact heading first, then ignoring case,
    spaces and punctuation."""
    exact = {h: i for i, h in reversed(list(enumerate(headers)))}
    loose = {normalize_header(h): i for i, h in reversed(list(enumerate(headers)))}
    columns: dict[int, str] = {}
    missing: list[str] = []
    for key, where in profile.mapping.items():
        if isinstance(where, int):
            index: int | None = where if 0 <= where < len(headers) else None
        else:
            index = exact.get(where, loose.get(normalize_header(where)))
        if index is None or index in columns:
            missing.append(
                translate("ImportMapping", "column {number}").format(number=where + 1)
                if isinstance(where, int)
                else where
            )
            continue
        columns[index] = key
    return ResolvedMapping(dict(sorted(columns.items())), tuple(missing))


def profile_to_json(profile: ImportProfile) -> str:
    return json.dumps(
        {
            "version": _PROFILE_VERSION,
            "name": profile.name,
            "kind": profile.kind,
            "mapping": profile.mapping,
            "date_order": profile.date_order,
            "delimiter": profile.delimiter,
            "sheet": profile.sheet,
            "has_header": profile.has_header,
            "encoding": profile.encoding,
        },
        ensure_ascii=False,
        indent=2,
    )


def profile_from_json(text: str) -> ImportProfile:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise ProfileError(
            translate("ImportMapping", "The saved import profile is damaged and cannot be read.")
        ) from exc
    if not isinstance(data, dict):
        raise ProfileError(
            translate("ImportMapping", "The saved import profile is damaged and cannot be read.")
        )
    if data.get("version") != _PROFILE_VERSION:
        raise ProfileError(
            translate(
                "ImportMapping",
                "The saved import profile was made by another CollectorPro version.",
            )
        )
    mapping = data.get("mapping")
    if not isinstance(mapping, dict):
        raise ProfileError(
            translate("ImportMapping", "The saved import profile has no column mapping.")
        )
    profile = ImportProfile(
        name=_typed(data, "name", str),
        kind=cast(ImportKind, _typed(data, "kind", str)),
        mapping=dict(mapping),
        date_order=_typed(data, "date_order", str),
        delimiter=_typed(data, "delimiter", str, optional=True),
        sheet=_typed(data, "sheet", str, optional=True),
        has_header=_typed(data, "has_header", bool, optional=True),
        encoding=_typed(data, "encoding", str, optional=True),
    )
    _validate(profile)
    return profile


def _typed(data: dict[str, Any], key: str, kind: type, *, optional: bool = False) -> Any:
    value = data.get(key)
    if (value is None and optional) or isinstance(value, kind):
        return value
    raise ProfileError(
        translate("ImportMapping", "The saved import profile is damaged ({key}).").format(key=key)
    )


def _validate(profile: ImportProfile) -> None:
    name = profile.name or translate("ImportMapping", "(no name)")
    if profile.kind not in FIELDS:
        raise ProfileError(
            translate(
                "ImportMapping", "The import profile “{name}” is for an unknown kind of file."
            ).format(name=name)
        )
    keys = {f.key for f in FIELDS[profile.kind]}
    for key, where in profile.mapping.items():
        if key not in keys:
            raise ProfileError(
                translate(
                    "ImportMapping", "The import profile “{name}” maps an unknown field ({key})."
                ).format(name=name, key=key)
            )
        if isinstance(where, bool) or not isinstance(where, int | str):
            raise ProfileError(
                translate(
                    "ImportMapping", "The import profile “{name}” is damaged ({key})."
                ).format(name=name, key=key)
            )
        if isinstance(where, int) and where < 0:
            raise ProfileError(
                translate(
                    "ImportMapping", "The import profile “{name}” is damaged ({key})."
                ).format(name=name, key=key)
            )
    targets = list(profile.mapping.values())
    if len(targets) != len(set(targets)):
        raise ProfileError(
            translate(
                "ImportMapping", "The import profile “{name}” uses one column for two fields."
            ).format(name=name)
        )
    if profile.date_order not in ("MDY", "DMY"):
        raise ProfileError(
            translate(
                "ImportMapping", "The import profile “{name}” has an unknown date order."
            ).format(name=name)
        )
    if profile.delimiter is not None and (
        len(profile.delimiter) != 1 or profile.delimiter in '"\r\n'
    ):
        raise ProfileError(
            translate(
                "ImportMapping", "The import profile “{name}” has an unusable column separator."
            ).format(name=name)
        )
