"""People's names as offices export them: "Muñoz, José A.", "JOSE MUNOZ JR", casing that
keeps McDonald and de la Cruz, and the parts put back together. Part of the import parsers."""

from __future__ import annotations

import re
import unicodedata

from collectorpro.core.i18n import translate
from collectorpro.services.importing.parsers import MAX_NAME, FieldError, cell_to_text

__all__ = [
    "combine_name",
    "parse_name",
    "parse_name_part",
]


_SUFFIXES = {
    "jr": "Jr",
    "sr": "Sr",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
    "2nd": "II",
    "3rd": "III",
}
_NAME_CHARS = re.compile(r"[^\W\d_]|[ .,'’\-]")
_NAME_TEXT = re.compile(r"(?:[^\W\d_]|[ .,'’\-])*")  # every character one of _NAME_CHARS
_MAC_NAMES = {
    "macarthur",
    "macaulay",
    "macdonald",
    "macdougall",
    "macfarlane",
    "macgregor",
    "macinnes",
    "macintyre",
    "mackay",
    "mackenzie",
    "mackinnon",
    "maclaren",
    "maclean",
    "macleod",
    "macmillan",
    "macneil",
    "macpherson",
    "macrae",
}


def parse_name(value: object) -> tuple[str, str, str, str]:
    """(first, middle, last, suffix) from "Smith, John A", "John A. Smith Jr.",
    "GARCIA-LOPEZ, MARIA". All-caps or all-lowercase names are title-cased with care for
    McDonald, O'Brien and MacLeod; mixed case is kept as typed; accents are kept.
    A single word is taken as the last name.
    """
    text = _name_text(value)
    parts = [p.strip() for p in text.split(",")]
    if any(not p for p in parts):
        raise FieldError(translate("ImportParsers", "not a name: a comma with nothing beside it"))
    suffix = ""
    if len(parts) >= 2 and _suffix(parts[-1]):
        suffix = _suffix(parts.pop())
    if len(parts) > 2:
        raise FieldError(translate("ImportParsers", "not a name: too many commas"))
    if len(parts) == 2:  # Last [Suffix], First [Middle] [Suffix]
        last_words = parts[0].split()
        given = parts[1].split()
        if len(last_words) > 1 and _suffix(last_words[-1]) and not suffix:
            suffix = _suffix(last_words.pop())
        if len(given) > 1 and _suffix(given[-1]) and not suffix:
            suffix = _suffix(given.pop())
        first, middle = given[0], " ".join(given[1:])
        last = " ".join(last_words)
    else:  # First [Middle] Last [Suffix]
        words = parts[0].split()
        if len(words) > 2 and _suffix(words[-1]) and not suffix:
            suffix = _suffix(words.pop())
        if len(words) == 1:
            first, middle, last = "", "", words[0]
        else:
            start = _last_name_start(words)
            first, middle, last = words[0], " ".join(words[1:start]), " ".join(words[start:])
    if _suffix(last) or not any(ch.isalpha() for ch in last):
        raise FieldError(translate("ImportParsers", "not a name: no last name"))
    first, middle, last = (_cased(p) for p in (first, middle, last))
    return first, middle, last, suffix


def parse_name_part(value: object, max_len: int = 80) -> str:
    """One name column (a first, middle or last name), cased like `parse_name`."""
    text = _name_text(value)
    if "," in text:
        raise FieldError(translate("ImportParsers", "not a name: it has a comma"))
    if len(text) > max_len:
        raise FieldError(
            translate("ImportParsers", "longer than {limit} characters").format(limit=max_len)
        )
    return _cased(text)


def combine_name(first: str, last: str, *, middle: str = "", suffix: str = "") -> str:
    """The whole name as a letter shows it: "John A. Smith Jr"."""
    return " ".join(part.strip() for part in (first, middle, last, suffix) if part.strip())


_PARTICLES = {"de", "del", "della", "der", "di", "da", "dos", "du", "la", "le", "van", "von"}


def _last_name_start(words: list[str]) -> int:
    """Where the last name begins: "Maria de la Cruz" -> "de la Cruz"."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return start


def _suffix(text: str) -> str:
    return _SUFFIXES.get(text.lower().rstrip(".").strip(), "")


def _name_text(value: object) -> str:
    if not isinstance(value, str) and value is not None:
        raise FieldError(translate("ImportParsers", "not a name"))
    text = " ".join(unicodedata.normalize("NFC", cell_to_text(value)).split())
    if len(text) > MAX_NAME:
        raise FieldError(
            translate("ImportParsers", "longer than {limit} characters").format(limit=MAX_NAME)
        )
    if not _NAME_TEXT.fullmatch(text):
        bad = sorted({ch for ch in text if not _NAME_CHARS.fullmatch(ch)})
        control = translate("ImportParsers", "a control character")
        shown = " ".join(ch if ch.isprintable() else control for ch in bad)
        raise FieldError(
            translate("ImportParsers", "a name does not contain {characters}").format(
                characters=shown
            )
        )
    if not any(ch.isalpha() for ch in text):
        raise FieldError(translate("ImportParsers", "not a name"))
    return text


def _cased(text: str) -> str:
    if text.isascii():  # no ASCII character but a letter has a case
        if text.upper() != text and text.lower() != text:
            return text  # typed in mixed case: the person's own spelling
    else:
        letters = [ch for ch in text if ch.isalpha()]
        if any(ch.islower() for ch in letters) and any(ch.isupper() for ch in letters):
            return text
    return re.sub(r"[^\W\d_]+", lambda m: _cased_word(m.group(), m.start(), text), text)


def _cased_word(word: str, start: int, text: str) -> str:
    lower = word.lower()
    after_apostrophe = start > 0 and text[start - 1] in "'’"
    if after_apostrophe and len(word) == 1:
        return lower  # the s of "Smith's", rare in a name but harmless
    if lower.startswith("mc") and len(word) > 2:
        return "Mc" + lower[2:].capitalize()
    if lower in _MAC_NAMES:
        return "Mac" + lower[3:].capitalize()
    return lower.capitalize()


# ---------------------------------------------------------------------------- addresses
