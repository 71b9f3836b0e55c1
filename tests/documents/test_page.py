"""The shared page: paper sizes, fonts, letterhead, numbering and where the bytes go."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Paragraph

from collectorpro.core.errors import StorageError
from collectorpro.documents import OfficeLetterhead, PageSetup, build_pdf, register_fonts
from collectorpro.documents.styles import esc, styles
from tests.documents.helpers import LETTERHEAD, page_size, page_texts, pdf_text


def _story(paragraphs: int = 1) -> list[Paragraph]:
    return [Paragraph(f"Line {i} for José Muñoz.", styles().body) for i in range(paragraphs)]


def test_letter_is_the_default_and_a4_is_an_option(tmp_path: Path):
    build_pdf(tmp_path / "letter.pdf", _story(), letterhead=LETTERHEAD, title="t")
    build_pdf(
        tmp_path / "a4.pdf", _story(), letterhead=LETTERHEAD, title="t", page_setup=PageSetup.a4()
    )
    assert page_size(tmp_path / "letter.pdf") == pytest.approx(LETTER)
    assert page_size(tmp_path / "a4.pdf") == pytest.approx(A4)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"paper": "legal"}, "Unknown paper size"),
        ({"margin_left": 5}, "quarter inch"),
        ({"margin_left": 200, "margin_right": 200}, "too little room"),
    ],
)
def test_impossible_page_setups_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        PageSetup(**kwargs)


def test_letterhead_and_page_x_of_y_on_every_page(tmp_path: Path):
    out = tmp_path / "long.pdf"
    pages = build_pdf(out, _story(150), letterhead=LETTERHEAD, title="t", footer_text="Foot")
    texts = page_texts(out)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Riverside Family Medicine" in text
        assert "Foot" in text
    assert "1200 Alameda Ave, Suite 4" in texts[0]
    assert "Phone (505) 555-0142" in texts[0]
    assert "billing@riversidefm.example" in texts[0]
    assert "1200 Alameda Ave" not in texts[1]  # later pages carry only a compact header


def test_accented_names_survive_in_embedded_dejavu(tmp_path: Path):
    out = tmp_path / "names.pdf"
    names = "José Muñoz · Zoë Ångström · Nguyễn Văn Đức · Łukasz Żółć"
    build_pdf(out, [Paragraph(esc(names), styles().body)], letterhead=LETTERHEAD, title="t")
    assert names in pdf_text(out)
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVuSans" in font["/BaseFont"]
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded, not referenced


def test_markup_characters_in_data_print_as_typed(tmp_path: Path):
    out = tmp_path / "markup.pdf"
    odd = OfficeLetterhead(name="O'Brien & Sons <Billing>", address_lines=["1 Main St"])
    build_pdf(out, [Paragraph(esc("Smith & Co <x>"), styles().body)], letterhead=odd, title="t")
    text = pdf_text(out)
    assert "O'Brien & Sons <Billing>" in text
    assert "Smith & Co <x>" in text
    assert odd.address_lines == ("1 Main St",)


def test_a_binary_file_object_receives_the_pdf():
    buffer = io.BytesIO()
    pages = build_pdf(buffer, _story(), letterhead=LETTERHEAD, title="t")
    assert pages == 1
    assert buffer.getvalue().startswith(b"%PDF-")


def test_the_same_document_gives_the_same_bytes():
    first, second = io.BytesIO(), io.BytesIO()
    build_pdf(first, _story(), letterhead=LETTERHEAD, title="t")
    build_pdf(second, _story(), letterhead=LETTERHEAD, title="t")
    assert first.getvalue() == second.getvalue()


def test_an_unwritable_place_is_a_storage_error_and_leaves_nothing(tmp_path: Path):
    target = tmp_path / "missing-folder" / "out.pdf"
    with pytest.raises(StorageError, match="could not be saved"):
        build_pdf(target, _story(), letterhead=LETTERHEAD, title="t")
    assert not (tmp_path / "missing-folder").exists()


def test_a_path_is_replaced_whole(tmp_path: Path):
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")
    build_pdf(str(out), _story(), letterhead=LETTERHEAD, title="t")
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_a_logo_is_drawn_and_a_broken_one_is_skipped(tmp_path: Path, caplog):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 160), (20, 90, 160)).save(logo)
    with_logo = OfficeLetterhead(name="Clinic", address_lines=("1 Main St",), logo_path=logo)
    out = tmp_path / "logo.pdf"
    build_pdf(out, _story(), letterhead=with_logo, title="t")
    xobjects = PdfReader(out).pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())

    broken = OfficeLetterhead(name="Clinic", logo_path=tmp_path / "nope.png")
    with caplog.at_level(logging.WARNING):
        build_pdf(tmp_path / "broken.pdf", _story(), letterhead=broken, title="t")
    assert "logo" in caplog.text
    assert "Clinic" in pdf_text(tmp_path / "broken.pdf")


def test_a_very_long_office_name_still_prints_whole(tmp_path: Path):
    name = "Saint Bartholomew's Regional Pediatric and Family Medicine Associates of the Valley"
    out = tmp_path / "long-name.pdf"
    build_pdf(out, _story(), letterhead=OfficeLetterhead(name=name), title="t")
    assert name in pdf_text(out)


def test_fonts_register_once():
    register_fonts()
    register_fonts()
