"""The office's own settings: who it is (printed on every document) and its plan policy.

Settings live in the ``settings`` table as small JSON documents, one per group, so a newer
CollectorPro can add a field without a migration: missing fields take their defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import translate
from collectorpro.core.letterhead import OfficeLetterhead
from collectorpro.models import Setting
from collectorpro.models.db import Database
from collectorpro.services.office import audit

__all__ = [
    "OfficeProfile",
    "PlanPolicy",
    "get_office_profile",
    "get_plan_policy",
    "save_office_profile",
    "save_plan_policy",
    "write_office_profile",
    "write_plan_policy",
]

PROFILE_KEY = "office.profile"
POLICY_KEY = "policy.plans"


@dataclass(frozen=True)
class OfficeProfile:
    """The office as its letters and receipts introduce it."""

    name: str = "Our office"
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    state: str = ""
    time_zone: str = "America/New_York"
    is_agency: bool = False  # an agency collects for others; an office collects its own bills
    # the contact rules block (True) or only advise (False); agencies are bound by Reg F, an
    # office collecting its own bills follows it as best practice
    enforce_contact_rules: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "address_lines", tuple(self.address_lines))

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(
                translate("OfficeSettings", "The office needs a name; it heads every letter."),
                field="name",
            )

    @property
    def letterhead(self) -> OfficeLetterhead:
        return OfficeLetterhead(
            name=self.name,
            address_lines=self.address_lines,
            phone=self.phone,
            email=self.email or None,
            logo_path=self.logo_path or None,
        )


@dataclass(frozen=True)
class PlanPolicy:
    """The office's rules for arrangements; breaking one warns, it does not forbid."""

    min_installment_cents: int = 2_500
    max_months: int = 24
    # settlements with a larger discount (percent of the balance) need a manager's approval
    approval_discount_percent: int = 20
    grace_days: int = 5
    misses_to_break: int = 2

    def validate(self) -> None:
        if self.min_installment_cents < 0:
            raise ValidationError(
                translate("OfficeSettings", "The minimum installment cannot be negative."),
                field="minimum",
            )
        if not 1 <= self.max_months <= 600:
            raise ValidationError(
                translate("OfficeSettings", "The longest plan must be between 1 and 600 months."),
                field="max_months",
            )
        if not 0 <= self.approval_discount_percent <= 100:
            raise ValidationError(
                translate(
                    "OfficeSettings", "The discount needing approval is a percentage from 0 to 100."
                ),
                field="approval_discount_percent",
            )
        if not 0 <= self.grace_days <= 60:
            raise ValidationError(
                translate("OfficeSettings", "The grace period must be between 0 and 60 days."),
                field="grace_days",
            )
        if not 1 <= self.misses_to_break <= 12:
            raise ValidationError(
                translate(
                    "OfficeSettings",
                    "The missed payments that break a plan must be between 1 and 12.",
                ),
                field="misses_to_break",
            )

    def needs_approval(self, balance_cents: int, arranged_cents: int) -> bool:
        """Is the discount from ``balance_cents`` to ``arranged_cents`` above the threshold?"""
        discount = balance_cents - arranged_cents
        return discount > 0 and discount * 100 > balance_cents * self.approval_discount_percent


T = TypeVar("T")


def setting_text(session: Session, key: str) -> str | None:
    """A setting's stored text, read once per session (a batch reads them for every letter)."""
    cache: dict[str, str | None] = session.info.setdefault("collectorpro.settings", {})
    if key not in cache:
        row = session.get(Setting, key)
        cache[key] = None if row is None else row.value
    return cache[key]


def store_setting(session: Session, key: str, text: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.info.setdefault("collectorpro.settings", {})[key] = text


def load_setting(session: Session, key: str, cls: type[T]) -> T:
    """A settings group stored as JSON, its missing or mistyped fields at their defaults."""
    text = setting_text(session, key)
    default = cls()
    if text is None:
        return default
    try:
        stored: Any = json.loads(text)
    except ValueError:
        return default
    if not isinstance(stored, dict):
        return default
    known = {f.name: f for f in fields(cls)}
    values = {}
    for name, value in stored.items():
        if name not in known:
            continue
        expected = type(getattr(default, name))
        if expected is tuple and isinstance(value, list):
            value = tuple(str(v) for v in value)
        if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
            values[name] = value
    return replace(default, **values)


def save_setting(session: Session, key: str, value: Any) -> None:
    store_setting(session, key, json.dumps(asdict(value), ensure_ascii=False, sort_keys=True))


def get_office_profile(db: Database) -> OfficeProfile:
    with db.read() as session:
        return load_setting(session, PROFILE_KEY, OfficeProfile)


def get_plan_policy(db: Database) -> PlanPolicy:
    with db.read() as session:
        return load_setting(session, POLICY_KEY, PlanPolicy)


def plan_policy(session: Session) -> PlanPolicy:
    return load_setting(session, POLICY_KEY, PlanPolicy)


def office_profile(session: Session) -> OfficeProfile:
    return load_setting(session, PROFILE_KEY, OfficeProfile)


def write_setting_part(
    session: Session,
    key: str,
    value: Any,
    *,
    current: Any,
    user_id: int | None,
    action: str,
    summary: str,
) -> bool:
    """Store one settings group in the caller's transaction, with its audit event, if it
    differs from ``current``; True when it was written."""
    if value == current:
        return False
    save_setting(session, key, value)
    audit.record(
        session, user_id=user_id, action=action, entity="setting", entity_id=None, summary=summary
    )
    return True


def write_office_profile(session: Session, profile: OfficeProfile, *, user_id: int | None) -> bool:
    """Store the profile in the caller's transaction if it changed; True when it did."""
    return write_setting_part(
        session,
        PROFILE_KEY,
        profile,
        current=office_profile(session),
        user_id=user_id,
        action="office_profile_saved",
        summary=f"Office profile saved: {profile.name}",
    )


def write_plan_policy(session: Session, policy: PlanPolicy, *, user_id: int | None) -> bool:
    """Store the plan policy in the caller's transaction if it changed; True when it did."""
    return write_setting_part(
        session,
        POLICY_KEY,
        policy,
        current=plan_policy(session),
        user_id=user_id,
        action="plan_policy_saved",
        summary="Plan policy saved: "
        + ", ".join(f"{k}={v}" for k, v in sorted(asdict(policy).items())),
    )


def save_office_profile(db: Database, profile: OfficeProfile, *, user_id: int | None) -> None:
    profile.validate()
    with db.write() as session:
        write_office_profile(session, profile, user_id=user_id)


def save_plan_policy(db: Database, policy: PlanPolicy, *, user_id: int | None) -> None:
    policy.validate()
    with db.write() as session:
        write_plan_policy(session, policy, user_id=user_id)
