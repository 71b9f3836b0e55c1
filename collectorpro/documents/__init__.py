"""PDF documents (receipts, plan agreements, letters) built with ReportLab from plain data.

Services fill the frozen ``*Data`` dataclasses; nothing here touches the database or Qt.
"""

from __future__ import annotations

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
