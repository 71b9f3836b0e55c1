"""Words as documents print them, without ReportLab: markup escaping, dates and money.

Services that only fill a document's data (a letter's fields, its dates in the debtor's
locale) import these from here, so that the first window, which reads letters but draws
none, does not load ReportLab. ``styles`` re-exports them beside the paragraph styles.
"""

from __future__ import annotations

from datetime import date
from html import escape

from babel.dates import format_date

from collectorpro.core.money import format_money

__all__ = ["esc", "fmt_date", "fmt_money"]


def esc(text: object) -> str:
    """Text made safe for paragraph markup: ``&``, ``<`` and ``>`` escaped, quotes kept.

    (``html.escape`` rather than ``xml.sax.saxutils.escape``, which does the same but loads
    ``urllib.request`` and the HTTP client with it, at start-up.)
    """
    return escape(str(text), quote=False)


def fmt_date(value: date, locale: str, style: str = "long") -> str:
    """A date as the debtor's locale writes it ("January 31, 2026" / "31 de enero de 2026")."""
    return format_date(value, format=style, locale=locale)


def fmt_money(cents: int, locale: str) -> str:
    return format_money(cents, locale)
