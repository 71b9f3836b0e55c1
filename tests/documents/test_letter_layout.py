"""The validation notice fits on one page, like the CFPB's Model Form B-1, in both languages."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from collectorpro.documents import OfficeLetterhead
from collectorpro.documents.letter import Itemization, LetterData, TearOff, render_letter
from collectorpro.documents.styles import fmt_date, fmt_money
from collectorpro.documents.wording import letterhead_in
from collectorpro.services.letters.texts import default_text, labels
from tests.documents.helpers import page_texts

LOCALES = {"en": "en_US", "es": "es_US"}
OFFICE = OfficeLetterhead(
    name="Hudson Valley Medical Billing & Recovery Services",
    address_lines=("1550 Western Avenue, Suite 300", "Albany, NY 12203-3518"),
    phone="(518) 555-0199",
    email="billing@hvmbrs.example",
)
CREDITOR = "St. Elizabeth's Regional Medical Center Physician Group"
DEBTOR = "María Guadalupe Hernández-Castillo"
ADDRESS = ("Apartment 12B, Building C", "1487 Riverside Drive West", "Poughkeepsie, NY 12601-3456")
ACCOUNT = "SEH-2024-0071842"
TODAY = date(2026, 11, 26)


def long_validation_notice(language: str) -> LetterData:
    """A validation notice with long names, a three-line address and every itemization line."""
    locale = LOCALES[language]
    words = labels(language)
    text = default_text("validation_notice", language)
    item = Itemization(date(2024, 9, 15), 1_243_528, 18_744, 7_500, 137_000, 1_132_772)
    values = {
        "office_name": OFFICE.name,
        "creditor": CREDITOR,
        "service": words["service_medical"],
        "account_number": ACCOUNT,
        "validation_end": fmt_date(date(2027, 1, 4), locale),
        "office_phone": OFFICE.phone,
        "office_address": ", ".join(OFFICE.address_lines),
    }
    return LetterData(
        kind="validation_notice",
        language=language,
        locale=locale,
        letterhead=letterhead_in(OFFICE, language),  # type: ignore[arg-type]
        letter_date=TODAY,
        recipient_name=DEBTOR,
        recipient_lines=ADDRESS,
        reference_rows=(
            (words["letter_date"], fmt_date(TODAY, locale)),
            (words["account_number"], ACCOUNT),
            (words["amount_due"], fmt_money(item.now_cents, locale)),
        ),
        title=text.title.format(**values),
        body=text.body.format(**values),
        labels=dict(words),
        itemization=item,
        tear_off=TearOff(OFFICE.name, OFFICE.address_lines, ACCOUNT),
        disclosure=words["disclosure"],
        footer_text=f"{words['account_number']} {ACCOUNT}",
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_validation_notice_fits_on_one_page(tmp_path: Path, language: str):
    out = tmp_path / f"notice-{language}.pdf"
    pages = render_letter(long_validation_notice(language), out)
    assert pages == len(PdfReader(out).pages) == 1
    (text,) = page_texts(out)
    words = labels(language)
    expected = [
        words["respond_title"],
        words["mail_to"],
        words["respond_spanish"],
        words["respond_not_mine"],
        words["respond_wrong_amount"],
        words["respond_original"],
        words["total_now"],
        "www.cfpb.gov/debt-collection",
        "Page 1 of 1" if language == "en" else "Página 1 de 1",
        f"{words['reference']}: {ACCOUNT}",
        "1487 Riverside Drive West",
        "Poughkeepsie, NY 12601-3456",
        "$12,435.28",
        "$11,327.72",
    ]
    if language == "en":
        expected += [
            "Contact us about your payment options:",
            "Póngase en contacto con nosotros para solicitar una copia de este formulario en "
            "español.",
        ]
    else:
        expected += [
            "Comuníquese con nosotros sobre sus opciones de pago:",
            "Contact us to request a copy of this form in English.",
        ]
    for item in expected:
        assert item in text, item
    assert text.count("\u2610") == 6  # every checkbox of the response form


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_of_the_notice_is_left_out(tmp_path: Path, language: str):
    """Every sentence of the body prints, word for word, in reading order."""
    out = tmp_path / f"notice-{language}.pdf"
    letter = long_validation_notice(language)
    render_letter(letter, out)
    text = " ".join(page_texts(out))
    position = 0
    for raw in letter.body.splitlines():
        line = raw.strip().removeprefix("## ").removeprefix("- ").replace("**", "")
        if not line or line.startswith("["):
            continue
        found = text.find(line, position)
        assert found >= 0, line
        position = found + len(line)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_notice_the_office_made_longer_runs_on_whole(tmp_path: Path, language: str):
    """Text added by the office goes on in two columns overleaf, the form at that page's foot."""
    out = tmp_path / f"longer-{language}.pdf"
    letter = long_validation_notice(language)
    added = "\n".join(
        f"- **Point {i}.** " + "Words the office added to its notice. " * 8 for i in range(9)
    )
    letter = replace(letter, body=letter.body.replace("[tear_off]", f"{added}\n\n[tear_off]"))
    assert render_letter(letter, out) == 2
    first, second = page_texts(out)
    assert "Point 0." in first and "Point 8." in second
    assert labels(language)["respond_title"] in second
    assert ("Page 2 of 2" if language == "en" else "Página 2 de 2") in second
    text = f"{first} {second}"
    for i in range(9):
        assert text.count(f"Point {i}.") == 1


def test_a_notice_archived_before_the_one_page_layout_is_drawn_as_it_was_issued(tmp_path: Path):
    letter = long_validation_notice("en")
    data = json.loads(letter.to_json())
    assert data.pop("layout") == 2
    archived = LetterData.from_json(json.dumps(data))  # kept before layouts were numbered
    assert archived.layout == 1
    assert render_letter(archived, tmp_path / "then.pdf") == 2
    assert LetterData.from_json(letter.to_json()) == letter
    assert render_letter(letter, tmp_path / "now.pdf") == 1
