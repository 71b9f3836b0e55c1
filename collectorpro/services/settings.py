"""Saving the office's settings together: profile, plan policy, letter options and email server.

The Settings window edits all four at once. Everything is checked before anything is written,
and what changed is written in one transaction with one audit event per part, so a refused
value or a failed write leaves every setting as it was.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from collectorpro.models.db import Database
from collectorpro.services import audit
from collectorpro.services.letters import OPTIONS_KEY, LetterOptions, letter_options
from collectorpro.services.mailer import SMTP_KEY, SmtpSettings
from collectorpro.services.office_settings import (
    POLICY_KEY,
    PROFILE_KEY,
    OfficeProfile,
    PlanPolicy,
    _load,
    _save,
    office_profile,
    plan_policy,
)


@dataclass(frozen=True)
class OfficeSettings:
    """The parts the Settings window edits; ``None`` leaves a part alone."""

    profile: OfficeProfile | None = None
    policy: PlanPolicy | None = None
    letters: LetterOptions | None = None
    smtp: SmtpSettings | None = None

    def validate(self) -> None:
        """Raise the first part's ValidationError; nothing has been written yet."""
        for part in (self.profile, self.policy, self.letters, self.smtp):
            if part is not None:
                part.validate()


def save_settings(db: Database, settings: OfficeSettings, *, user_id: int | None) -> list[str]:
    """Write the parts that differ from what is stored; returns their names ("profile"…)."""
    settings.validate()
    saved: list[str] = []
    with db.write() as session:
        if settings.profile is not None and settings.profile != office_profile(session):
            _save(session, PROFILE_KEY, settings.profile)
            _audit(session, user_id, "office_profile_saved", _profile_summary(settings.profile))
            saved.append("profile")
        if settings.policy is not None and settings.policy != plan_policy(session):
            _save(session, POLICY_KEY, settings.policy)
            _audit(session, user_id, "plan_policy_saved", _policy_summary(settings.policy))
            saved.append("policy")
        if settings.letters is not None and settings.letters != letter_options(session):
            _save(session, OPTIONS_KEY, settings.letters)
            _audit(session, user_id, "letter_options_saved", "Letter options saved")
            saved.append("letters")
        if settings.smtp is not None and settings.smtp != _load(session, SMTP_KEY, SmtpSettings):
            _save(session, SMTP_KEY, settings.smtp)
            _audit(session, user_id, "smtp_settings_saved", _smtp_summary(settings.smtp))
            saved.append("smtp")
    return saved


def _audit(session: Session, user_id: int | None, action: str, summary: str) -> None:
    audit.record(
        session,
        user_id=user_id,
        action=action,
        entity="setting",
        entity_id=None,
        summary=summary,
    )


def _profile_summary(profile: OfficeProfile) -> str:
    return f"Office profile saved: {profile.name}"


def _policy_summary(policy: PlanPolicy) -> str:
    return "Plan policy saved: " + ", ".join(f"{k}={v}" for k, v in sorted(asdict(policy).items()))


def _smtp_summary(smtp: SmtpSettings) -> str:
    return (
        f"Email settings saved: {smtp.host}:{smtp.port} ({smtp.security}), "
        f"sending as {smtp.from_address}"
    )
