"""Reading back what a PDF says, as a person (or a screen reader) would."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from string import Formatter

from pypdf import PdfReader

from collectorpro.documents import OfficeLetterhead

LETTERHEAD = OfficeLetterhead(
    name="Riverside Family Medicine",
    address_lines=("1200 Alameda Ave, Suite 4", "Albuquerque, NM 87104"),
    phone="(505) 555-0142",
    email="billing@riversidefm.example",
)

DEBTOR_ADDRESS = ("742 Calle Peña", "Las Cruces, NM 88001")


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space (line breaks too) folded into one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def pdf_title(path: Path) -> str:
    """The title a PDF viewer shows in its window bar."""
    metadata = PdfReader(path).metadata
    return str(metadata.title) if metadata else ""


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


def assert_translated(wording: Mapping[str, Mapping[str, str]]) -> None:
    """Every English text has a Spanish twin that fills the same placeholders."""
    assert wording["en"].keys() == wording["es"].keys()
    for key, english in wording["en"].items():
        assert _placeholders(english) == _placeholders(wording["es"][key]), key
