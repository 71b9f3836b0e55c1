"""The letter texts: the defaults shipped in ``resources/letters`` and the office's own edits.

A text is a title and a body with named placeholders such as ``{balance}``. The office edits
them in the app; an edit is checked before it is saved (only known placeholders, balanced
braces) so a typo is caught at the desk and not in a batch of 2,000 letters. Edits are kept
in the settings table per template and language; "Reset" removes the edit.
"""

from __future__ import annotations

import json
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from sqlalchemy.orm import Session

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.paths import resource
from collectorpro.models.db import Database
from collectorpro.services.office import audit
from collectorpro.services.office.settings import setting_text, store_setting

__all__ = [
    "FIELDS",
    "LANGUAGES",
    "TEMPLATES",
    "TIME_BARRED_VARIANTS",
    "LetterText",
    "default_text",
    "field_description",
    "labels",
    "language_name",
    "letter_text",
    "placeholders_in",
    "reset_letter_text",
    "save_letter_text",
    "template_label",
]

LANGUAGES: Mapping[str, str] = MappingProxyType(
    {
        "en": QT_TRANSLATE_NOOP("LetterTexts", "English"),
        "es": QT_TRANSLATE_NOOP("LetterTexts", "Spanish (Español)"),
    }
)
TEXTS_KEY = "letters.texts"
MAX_BODY = 12_000

# The letters a person picks; the time-barred variants replace the reminders on an old debt.
TEMPLATES: tuple[str, ...] = (
    "validation_notice",
    "reminder_1",
    "reminder_2",
    "final_notice",
    "settlement_offer",
    "dispute_acknowledgment",
    "dispute_verification",
)
TIME_BARRED_VARIANTS: Mapping[str, str] = MappingProxyType(
    {
        "reminder_1": "reminder_1_time_barred",
        "reminder_2": "reminder_2_time_barred",
        "final_notice": "final_notice_time_barred",
    }
)
EDITABLE: tuple[str, ...] = TEMPLATES + tuple(TIME_BARRED_VARIANTS.values())

# Every placeholder a letter text may use, with what it becomes, for the editor's list.
FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "debtor_name": QT_TRANSLATE_NOOP("LetterTexts", "The debtor's full name"),
        "account_number": QT_TRANSLATE_NOOP("LetterTexts", "The account number"),
        "creditor": QT_TRANSLATE_NOOP("LetterTexts", "The creditor's name"),
        "service": QT_TRANSLATE_NOOP(
            "LetterTexts", "What was provided, in general words (e.g. medical services)"
        ),
        "balance": QT_TRANSLATE_NOOP("LetterTexts", "The balance today"),
        "letter_date": QT_TRANSLATE_NOOP("LetterTexts", "The date on the letter"),
        "office_name": QT_TRANSLATE_NOOP("LetterTexts", "Your office's name"),
        "office_phone": QT_TRANSLATE_NOOP("LetterTexts", "Your office's phone number"),
        "office_address": QT_TRANSLATE_NOOP(
            "LetterTexts", "Your office's mailing address on one line"
        ),
        "office_email": QT_TRANSLATE_NOOP("LetterTexts", "Your office's email address"),
        "pay_by": QT_TRANSLATE_NOOP(
            "LetterTexts", "The date to pay by (letter date + the days in Settings → Letters)"
        ),
        "respond_by": QT_TRANSLATE_NOOP("LetterTexts", "The date to respond by, on a final notice"),
        "referral_to": QT_TRANSLATE_NOOP("LetterTexts", "Who a final notice refers the account to"),
        "validation_end": QT_TRANSLATE_NOOP(
            "LetterTexts", "The end of the validation period (validation notice)"
        ),
        "itemization_date": QT_TRANSLATE_NOOP("LetterTexts", "The itemization date"),
        "settlement_amount": QT_TRANSLATE_NOOP("LetterTexts", "The amount offered to settle"),
        "settlement_expiry": QT_TRANSLATE_NOOP(
            "LetterTexts", "The last day of the settlement offer"
        ),
        "dispute_received_on": QT_TRANSLATE_NOOP(
            "LetterTexts", "When the open dispute was received"
        ),
        "dispute_what": QT_TRANSLATE_NOOP("LetterTexts", "What the debtor disputes, as recorded"),
    }
)


def language_name(code: str) -> str:
    """ "English" or "Spanish (Español)" in the interface language."""
    return translate("LetterTexts", LANGUAGES[code])


def field_description(name: str) -> str:
    """What a placeholder stands for, in the interface language."""
    return translate("LetterTexts", FIELDS[name])


@dataclass(frozen=True)
class LetterText:
    kind: str
    language: str
    title: str
    body: str
    custom: bool  # the office edited it


@cache
def _defaults(language: str) -> Mapping[str, Mapping[str, str]]:
    path = resource("letters", f"{language}.toml")
    with path.open("rb") as handle:
        return MappingProxyType(tomllib.load(handle))


def _check(kind: str, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(
            translate(
                "LetterTexts", "Letters are available in English and Spanish, not “{language}”."
            ).format(language=language)
        )
    if kind not in EDITABLE:
        raise NotFound(
            translate("LetterTexts", "There is no letter template “{kind}”.").format(kind=kind)
        )


def labels(language: str) -> Mapping[str, str]:
    """The fixed words of a letter (page numbers, table labels, the tear-off form)."""
    _check("reminder_1", language)
    return _defaults(language)["labels"]


def template_label(kind: str, language: str = "en") -> str:
    _check(kind, language)
    return str(_defaults(language)[kind]["label"])


def default_text(kind: str, language: str) -> LetterText:
    _check(kind, language)
    section = _defaults(language)[kind]
    return LetterText(kind, language, section["title"], section["body"].strip() + "\n", False)


def _edits(session: Session) -> dict[str, dict[str, dict[str, str]]]:
    text = setting_text(session, TEXTS_KEY)
    if text is None:
        return {}
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def letter_text(session: Session, kind: str, language: str) -> LetterText:
    """The text the office uses now: its edit, or the default."""
    _check(kind, language)
    edit = _edits(session).get(kind, {}).get(language)
    if isinstance(edit, dict) and isinstance(edit.get("body"), str):
        return LetterText(kind, language, str(edit.get("title", "")), edit["body"], True)
    return default_text(kind, language)


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``; ValidationError on broken braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(
            translate(
                "LetterTexts",
                "A brace {open} or {close} is not closed. Write placeholders as {example}; a "
                "lone brace is not allowed ({problem}).",
            ).format(open="{", close="}", example="{balance}", problem=exc)
        ) from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name or spec or conversion or not name.isidentifier():
            raise ValidationError(
                translate(
                    "LetterTexts",
                    "“{placeholder}” is not a placeholder. Use a name from the list, such as "
                    "{example}.",
                ).format(placeholder=f"{{{name}{':' + spec if spec else ''}}}", example="{balance}")
            )
        names.append(name)
    return names


def validate_text(title: str, body: str) -> None:
    if not title.strip():
        raise ValidationError(translate("LetterTexts", "The letter needs a title."), field="title")
    if not body.strip():
        raise ValidationError(translate("LetterTexts", "The letter needs some text."), field="body")
    if len(body) > MAX_BODY:
        raise ValidationError(
            translate("LetterTexts", "The text is limited to {count} characters.").format(
                count=MAX_BODY
            ),
            field="body",
        )
    unknown = sorted({n for n in placeholders_in(title) + placeholders_in(body) if n not in FIELDS})
    if unknown:
        names = ", ".join(f"{{{n}}}" for n in unknown)
        raise ValidationError(
            translate(
                "LetterTexts",
                "CollectorPro does not know the placeholder {names}. Pick one from the list.",
            ).format(names=names),
            field="body",
        )


def _store(session: Session, edits: dict[str, dict[str, dict[str, str]]]) -> None:
    store_setting(session, TEXTS_KEY, json.dumps(edits, ensure_ascii=False, sort_keys=True))


def save_letter_text(
    db: Database, kind: str, language: str, *, title: str, body: str, user_id: int | None
) -> None:
    _check(kind, language)
    validate_text(title, body)
    with db.write() as session:
        edits = _edits(session)
        edits.setdefault(kind, {})[language] = {"title": title.strip(), "body": body}
        _store(session, edits)
        audit.record(
            session,
            user_id=user_id,
            action="letter_text_saved",
            entity="setting",
            entity_id=None,
            summary=f"Letter text “{template_label(kind, 'en')}” ({language}) edited",
        )


def reset_letter_text(db: Database, kind: str, language: str, *, user_id: int | None) -> None:
    _check(kind, language)
    with db.write() as session:
        edits = _edits(session)
        if edits.get(kind, {}).pop(language, None) is None:
            return
        _store(session, edits)
        audit.record(
            session,
            user_id=user_id,
            action="letter_text_reset",
            entity="setting",
            entity_id=None,
            summary=f"Letter text “{template_label(kind, 'en')}” ({language}) back to default",
        )


def get_letter_text(db: Database, kind: str, language: str) -> LetterText:
    """`letter_text` in its own short read, for the letter editor."""
    with db.read() as session:
        return letter_text(session, kind, language)
