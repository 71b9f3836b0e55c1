"""Saving the office's settings together: profile, plan policy, letter options and email server.

The Settings window edits all four at once. Everything is checked before anything is written,
and what changed is written in one transaction with one audit event per part, so a refused
value or a failed write leaves every setting as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from collectorpro.models.db import Database
from collectorpro.services.letters.mailer import SmtpSettings, write_smtp_settings
from collectorpro.services.letters.options import LetterOptions, write_letter_options
from collectorpro.services.office.settings import (
    OfficeProfile,
    PlanPolicy,
    write_office_profile,
    write_plan_policy,
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
    """Write the parts that differ from what is stored; returns their names ("profile"…).

    Each part's own module writes and audits it; this only puts them in one transaction.
    """
    settings.validate()
    saved: list[str] = []
    with db.write() as session:
        if settings.profile is not None and write_office_profile(
            session, settings.profile, user_id=user_id
        ):
            saved.append("profile")
        if settings.policy is not None and write_plan_policy(
            session, settings.policy, user_id=user_id
        ):
            saved.append("policy")
        if settings.letters is not None and write_letter_options(
            session, settings.letters, user_id=user_id
        ):
            saved.append("letters")
        if settings.smtp is not None and write_smtp_settings(
            session, settings.smtp, user_id=user_id
        ):
            saved.append("smtp")
    return saved
