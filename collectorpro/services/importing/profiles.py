"""Saved import profiles: next month's file maps itself by the column headings saved now."""

from __future__ import annotations

import json

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models.db import Database
from collectorpro.services.importing.mapping import (
    ImportProfile,
    ProfileError,
    profile_from_json,
    profile_to_json,
)
from collectorpro.services.office import audit
from collectorpro.services.office.settings import setting_text, store_setting

__all__ = ["delete_profile", "get_profile", "list_profiles", "save_profile"]

PROFILES_KEY = "import.profiles"


def _load(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    return (
        {k: v for k, v in stored.items() if isinstance(v, str)} if isinstance(stored, dict) else {}
    )


def list_profiles(db: Database, kind: str | None = None) -> tuple[ImportProfile, ...]:
    with db.read() as session:
        stored = _load(setting_text(session, PROFILES_KEY))
    profiles = []
    for text in stored.values():
        try:
            profile = profile_from_json(text)
        except ProfileError:
            continue  # a damaged entry is left out rather than stopping every import
        if kind is None or profile.kind == kind:
            profiles.append(profile)
    return tuple(sorted(profiles, key=lambda p: p.name.casefold()))


def get_profile(db: Database, name: str) -> ImportProfile:
    for profile in list_profiles(db):
        if profile.name.casefold() == name.strip().casefold():
            return profile
    raise NotFound(
        translate("ImportProfiles", "There is no import profile “{name}”.").format(name=name)
    )


def save_profile(db: Database, profile: ImportProfile, *, user_id: int | None) -> None:
    if not profile.name.strip():
        raise ValidationError(translate("ImportProfiles", "Give the profile a name."), field="name")
    with db.write() as session:
        stored = _load(setting_text(session, PROFILES_KEY))
        stored = {k: v for k, v in stored.items() if k.casefold() != profile.name.casefold()}
        stored[profile.name] = profile_to_json(profile)
        store_setting(session, PROFILES_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True))
        audit.record(
            session,
            user_id=user_id,
            action="import_profile_saved",
            entity="setting",
            entity_id=None,
            summary=f"Import profile “{profile.name}” ({profile.kind}) saved",
        )


def delete_profile(db: Database, name: str, *, user_id: int | None) -> None:
    with db.write() as session:
        stored = _load(setting_text(session, PROFILES_KEY))
        kept = {k: v for k, v in stored.items() if k.casefold() != name.strip().casefold()}
        if len(kept) == len(stored):
            raise NotFound(
                translate("ImportProfiles", "There is no import profile “{name}”.").format(
                    name=name
                )
            )
        store_setting(session, PROFILES_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=True))
        audit.record(
            session,
            user_id=user_id,
            action="import_profile_deleted",
            entity="setting",
            entity_id=None,
            summary=f"Import profile “{name}” deleted",
        )
