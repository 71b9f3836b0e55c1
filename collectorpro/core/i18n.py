"""Translatable text for every layer, without importing Qt.

The services and documents layers call ``translate(context, text)`` for words a person reads
(error messages, report headings, the reasons a contact is blocked). With no translator installed
— the command line, the tests, a service used on its own — the English text comes back unchanged.
The window installs Qt's translator (``collectorpro.ui.translation``), so the same call then
answers in the interface language from ``resources/translations/collectorpro_es.qm``.

``pyside6-lupdate`` finds the calls by name: ``translate("Context", "Text")`` and
``QT_TRANSLATE_NOOP("Context", "Text")`` for text defined before it is shown (module constants).
Placeholders are named (``{amount}``) and filled with ``str.format`` after translating, so a
translation may put them in another order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from babel.dates import format_date, format_skeleton

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_locale = "en_US"


def translate(context: str, text: str) -> str:
    """``text`` in the interface language; English when no translator is installed."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation where it is defined; ``translate`` it where it is shown."""
    del context
    return text


def install(translator: Translator | None, locale: str = "en_US") -> None:
    """Route ``translate`` through ``translator`` (``None`` goes back to English).

    ``locale`` (babel's name, "es_US") names months and orders dates in ``day_in_words``.
    """
    global _translator, _locale
    _translator = translator
    _locale = locale if translator is not None else "en_US"


def locale() -> str:
    return _locale


def day_in_words(value: date, form: str = "medium") -> str:
    """A date with its month named, in the interface language: "Nov 24, 2026", "24 nov 2026".

    ``form`` is a babel style ("medium", "long") or a skeleton ("MMMd", "yMMM", "yMMMM",
    "MMMMd") that each language orders its own way. Dates written with numbers only stay
    month-first everywhere (``collectorpro.ui.formatting.day``), as the date fields are.
    """
    if form in ("short", "medium", "long", "full"):
        return format_date(value, form, locale=_locale)
    return format_skeleton(form, value, locale=_locale)


def label(member: Enum, attribute: str = "label") -> str:
    """The translated label of a vocabulary value (a status, a channel, an aging bucket…).

    ``attribute`` picks another English text of the member (an arrangement's ``title``). An enum
    without labels reads as its value ("money_order" → "Money order"). Every English label is
    listed in ``core.label_texts`` so that lupdate finds it; a test keeps that complete.
    """
    return translate(LABEL_CONTEXT, english_label(member, attribute))


def english_label(member: Enum, attribute: str = "label") -> str:
    text = getattr(member, attribute, None)
    if isinstance(text, str):
        return text
    return str(member.value).replace("_", " ").capitalize()


LABEL_CONTEXT = "Labels"
