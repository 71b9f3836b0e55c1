"""Who a document comes from: the office as printed at the top of its letters and receipts.

Plain data that the settings store fills and every document prints. It lives here, not in
``documents/``, so that reading the office's settings at start-up does not load ReportLab.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["OfficeLetterhead"]


@dataclass(frozen=True)
class OfficeLetterhead:
    """Who the document comes from, as printed at the top of its first page."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str | None = None
    logo_path: str | os.PathLike[str] | None = None
    phone_label: str = "Phone"  # "Teléfono" on a Spanish document

    def __post_init__(self) -> None:
        object.__setattr__(self, "address_lines", tuple(self.address_lines))

    @property
    def contact_line(self) -> str:
        parts = [f"{self.phone_label} {self.phone}" if self.phone else "", self.email or ""]
        return "  ·  ".join(p for p in parts if p)

    @property
    def text_lines(self) -> tuple[str, ...]:
        """The small lines under the office name."""
        contact = self.contact_line
        return (*self.address_lines, contact) if contact else self.address_lines
