"""The office's letter options (Settings → Letters): how its letters read and print, the
days they give, the settlement they offer by default and the envelope adjustment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models.db import Database
from collectorpro.services.office.settings import load_setting, write_setting_part

__all__ = [
    "DISPUTE_LETTERS",
    "LOCALES",
    "OPTIONS_KEY",
    "LetterOptions",
    "get_letter_options",
    "letter_options",
    "save_letter_options",
    "write_letter_options",
]


OPTIONS_KEY = "letters.options"
LOCALES: Mapping[str, str] = {"en": "en_US", "es": "es_US"}
# letters that answer a dispute: the dispute hold does not stop them (1006.38)
DISPUTE_LETTERS = frozenset({"dispute_acknowledgment", "dispute_verification"})


@dataclass(frozen=True)
class LetterOptions:
    """How the office's letters read and print (Office → Letter options)."""

    # the "attempt to collect a debt" disclosure; an agency always prints it
    print_disclosure: bool = True
    pay_by_days: int = 14
    respond_by_days: int = 30
    referral: str = "agency"  # or "attorney": who a final notice names
    settlement_percent: int = 70  # of the balance, offered by default
    settlement_days: int = 30
    offset_right_in: float = 0.0  # envelope adjustment, inches (negative: left / up)
    offset_down_in: float = 0.0
    signer_name: str = ""
    signer_title: str = ""

    def validate(self) -> None:
        if not 1 <= self.pay_by_days <= 90:
            raise ValidationError(
                translate("Letters", "Days to pay must be between 1 and 90."), field="pay_by_days"
            )
        if not 10 <= self.respond_by_days <= 120:
            raise ValidationError(
                translate(
                    "Letters", "Days to respond to a final notice must be between 10 and 120."
                ),
                field="respond_by_days",
            )
        if self.referral not in ("agency", "attorney"):
            raise ValidationError(
                translate("Letters", "Choose who a final notice refers to."), field="referral"
            )
        if not 10 <= self.settlement_percent <= 100:
            raise ValidationError(
                translate(
                    "Letters", "A settlement offer must be between 10% and 100% of the balance."
                ),
                field="settlement_percent",
            )
        if not 1 <= self.settlement_days <= 120:
            raise ValidationError(
                translate("Letters", "A settlement offer must last between 1 and 120 days."),
                field="settlement_days",
            )
        for name in ("offset_right_in", "offset_down_in"):
            if abs(getattr(self, name)) > 0.5:
                raise ValidationError(
                    translate(
                        "Letters",
                        "An envelope adjustment of more than half an inch means the envelopes "
                        "do not fit the layout; check the calibration page.",
                    ),
                    field=name,
                )

    @property
    def window_offset(self) -> tuple[float, float]:
        return (self.offset_right_in * 72, self.offset_down_in * 72)


def get_letter_options(db: Database) -> LetterOptions:
    with db.read() as session:
        return letter_options(session)


def letter_options(session: Session) -> LetterOptions:
    return load_setting(session, OPTIONS_KEY, LetterOptions)


def write_letter_options(session: Session, options: LetterOptions, *, user_id: int | None) -> bool:
    """Store the letter options in the caller's transaction if they changed; True when so."""
    return write_setting_part(
        session,
        OPTIONS_KEY,
        options,
        current=letter_options(session),
        user_id=user_id,
        action="letter_options_saved",
        summary="Letter options saved",
    )


def save_letter_options(db: Database, options: LetterOptions, *, user_id: int | None) -> None:
    options.validate()
    with db.write() as session:
        write_letter_options(session, options, user_id=user_id)
