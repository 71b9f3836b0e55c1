"""PDF documents (receipts, plan agreements, letters) built with ReportLab from plain data.

Services fill the frozen ``*Data`` dataclasses; nothing here touches the database or Qt.

The names below are loaded on first use (PEP 562), not when the package is imported:
importing any ``collectorpro.documents.<module>`` runs this file first, and loading ReportLab
here would cost every start-up of the window about half a second for PDFs it has not been
asked for. The modules that hold only data (``letter_data``, ``wording``, ``text``) import no
ReportLab at all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collectorpro.documents.agreement import (
        DEFAULT_TERMS,
        Arrangement,
        PlanAgreementData,
        render_plan_agreement,
    )
    from collectorpro.documents.fonts import register_fonts
    from collectorpro.documents.page import OfficeLetterhead, Output, PageSetup, build_pdf
    from collectorpro.documents.paid_in_full import PaidInFullData, render_paid_in_full_letter
    from collectorpro.documents.receipt import ReceiptData, render_receipt

_HOME = {
    "DEFAULT_TERMS": "agreement",
    "Arrangement": "agreement",
    "PlanAgreementData": "agreement",
    "render_plan_agreement": "agreement",
    "register_fonts": "fonts",
    "OfficeLetterhead": "page",
    "Output": "page",
    "PageSetup": "page",
    "build_pdf": "page",
    "PaidInFullData": "paid_in_full",
    "render_paid_in_full_letter": "paid_in_full",
    "ReceiptData": "receipt",
    "render_receipt": "receipt",
}

__all__ = [
    "DEFAULT_TERMS",
    "Arrangement",
    "OfficeLetterhead",
    "Output",
    "PageSetup",
    "PaidInFullData",
    "PlanAgreementData",
    "ReceiptData",
    "build_pdf",
    "register_fonts",
    "render_paid_in_full_letter",
    "render_plan_agreement",
    "render_receipt",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
