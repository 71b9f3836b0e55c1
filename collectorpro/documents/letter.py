"""Collection letters laid out for a #10 double-window envelope.

The parts live beside this module: the letter as data and its body markup (``letter_data``),
the page with its envelope windows, per-letter canvas and calibration page (``letter_page``),
the parts letters share (``letter_blocks``) and the validation notice laid out on one page as
Model Form B-1 (``validation_notice``). Here: every other letter's plain layout, the response
form as letters archived before layout 2 drew it, and drawing letters into a PDF.

``render_letters`` draws many letters into one PDF — one batch part — with each letter's own
"Page x of y", header and disclosure; pages are kept only until the part is written.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from collectorpro.documents.fonts import REGULAR, register_fonts
from collectorpro.documents.letter_blocks import CHECK_BOX, CutLine, itemization_table, signature
from collectorpro.documents.letter_data import (
    BLOCK_MARKERS,
    NOTICE,
    Itemization,
    LetterData,
    TearOff,
    body_blocks,
    inline,
)
from collectorpro.documents.letter_page import (
    BOTTOM,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    TOP,
    LettersCanvas,
    LetterStart,
    render_calibration_page,
)
from collectorpro.documents.page import RULE, Output, write_output
from collectorpro.documents.styles import esc, spacer, styles
from collectorpro.documents.validation_notice import notice_story, tear_off

__all__ = [
    "BLOCK_MARKERS",
    "Itemization",
    "LetterData",
    "TearOff",
    "body_blocks",
    "letter_story",
    "render_calibration_page",
    "render_letter",
    "render_letters",
]


def _tear_off_v1(data: LetterData, width: float) -> Flowable:
    """The response form as letters archived before layout 2 drew it (over two pages)."""
    tear = data.tear_off
    assert tear is not None
    s = styles()
    cell = s.cell
    small = ParagraphStyle("tear_small", parent=cell, fontSize=8.5, leading=11)
    box = f'<font name="{REGULAR}">{CHECK_BOX}</font>'
    left = [
        Paragraph(f"<b>{esc(data.label('respond_title'))}</b>", s.heading),
        Paragraph(esc(data.label("respond_check")), small),
        spacer(3),
        Paragraph(f"<b>{esc(data.label('respond_dispute'))}</b>", small),
        Paragraph(f"&nbsp;&nbsp;{box} {esc(data.label('respond_not_mine'))}", small),
        Paragraph(f"&nbsp;&nbsp;{box} {esc(data.label('respond_wrong_amount'))}", small),
        Paragraph(f"&nbsp;&nbsp;{box} {esc(data.label('respond_other'))}", small),
        spacer(3),
        Paragraph(f"{box} {esc(data.label('respond_original'))}", small),
        spacer(3),
        Paragraph(f"{box} {esc(data.label('respond_enclosed'))} $ ____________", small),
        Paragraph(
            esc(
                data.label(
                    "respond_payable",
                    office_name=tear.office_name,
                    account_number=tear.account_number,
                )
            ),
            small,
        ),
        spacer(3),
        Paragraph(f"{box} {esc(data.label('respond_spanish'))}", small),
    ]
    right = [
        Paragraph(f"<b>{esc(data.label('mail_to'))}</b>", small),
        Paragraph("<br/>".join(esc(x) for x in (tear.office_name, *tear.office_lines)), cell),
        spacer(14),
        Paragraph("<br/>".join(esc(x) for x in (data.recipient_name, *data.recipient_lines)), cell),
        spacer(4),
        Paragraph(f"{esc(data.label('reference'))}: {esc(tear.account_number)}", small),
    ]
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return KeepTogether([CondPageBreak(3.2 * inch), CutLine(data.label("tear_off_cut")), table])


def letter_story(index: int, data: LetterData, width: float) -> list[Flowable]:
    """One letter's flowables, starting with its first-page blocks."""
    if data.kind == NOTICE and data.layout >= 2:
        return notice_story(index, data, width)
    s = styles()
    bullet = ParagraphStyle("bullet", parent=s.body, leftIndent=12, bulletIndent=0, spaceAfter=3)
    story: list[Flowable] = [
        LetterStart(index, data),
        Paragraph(esc(data.title), s.title),
        spacer(8),
    ]
    for kind, text in body_blocks(data.body):
        if kind == "para":
            story += [Paragraph(inline(text), s.body), spacer(7)]
        elif kind == "heading":
            story.append(Paragraph(inline(text), s.heading))
        elif kind == "bullet":
            story.append(Paragraph(inline(text), bullet, bulletText="\u2022"))
        elif text == "[itemization]" and data.itemization is not None:
            story += [spacer(4), itemization_table(data, width * 0.8), spacer(8)]
        elif text == "[tear_off]" and data.tear_off is not None:
            if data.layout >= 2:
                story += [spacer(6), KeepTogether(tear_off(data, width))]
            else:
                story += [spacer(6), _tear_off_v1(data, width)]
        elif text == "[signature]":
            story.append(signature(data))
    return story


# --- drawing letters into a PDF ---------------------------------------------------------------


def render_letters(letters: Sequence[LetterData], out: Output) -> list[int]:
    """Draw the letters one after another into one PDF; return each letter's page count."""
    if not letters:
        raise ValueError("There are no letters to draw.")
    register_fonts()
    width = PAGE_W - 2 * MARGIN_X
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=letters[0].title if len(letters) == 1 else "Letters",
        author=letters[0].letterhead.name,
        creator="CollectorPro",
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X,
        BOTTOM,
        width,
        PAGE_H - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("letter", [frame])])
    story: list[Flowable] = []
    for i, data in enumerate(letters):
        if i:
            story.append(PageBreak())
        story += letter_story(i, data, width)
    made: list[LettersCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> LettersCanvas:
        canvas = LettersCanvas(*args, letters=letters, **kwargs)
        made.append(canvas)
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
    write_output(out, buffer.getvalue())
    return made[-1].page_counts()


def render_letter(data: LetterData, out: Output) -> int:
    """One letter as its own PDF; returns its page count."""
    return render_letters([data], out)[0]
