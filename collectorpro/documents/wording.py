"""The language a document speaks, and the words every document shares.

A document follows its data's ``locale``: "es", "es_US" or "es-MX" print in Spanish (formal
"usted", as a medical office writes to its patients); everything else prints in English.
Each document keeps its own ``_TEXT = {"en": {...}, "es": {...}}`` table with named
``str.format`` placeholders; the words below are shared so that all documents call the same
thing by the same name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Literal

from collectorpro.core.letterhead import OfficeLetterhead

__all__ = ["COMMON", "LANGUAGES", "PAGE_LABEL", "Language", "language_of", "letterhead_in"]

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")


def language_of(locale: str) -> Language:
    """The language of the fixed wording for a babel locale such as "en_US" or "es_US"."""
    return "es" if locale.strip().lower().startswith("es") else "en"


COMMON: Mapping[Language, Mapping[str, str]] = {
    "en": {
        "account": "Account {number}",
        "account_number": "Account number",
        "creditor": "Creditor",
    },
    "es": {
        "account": "Cuenta {number}",
        "account_number": "Número de cuenta",
        "creditor": "Acreedor",
    },
}

_PHONE = {"en": "Phone", "es": "Teléfono"}
PAGE_LABEL = {"en": "Page {page} of {pages}", "es": "Página {page} de {pages}"}


def letterhead_in(letterhead: OfficeLetterhead, language: Language) -> OfficeLetterhead:
    """The letterhead with its "Phone" label in ``language``."""
    return replace(letterhead, phone_label=_PHONE[language])
