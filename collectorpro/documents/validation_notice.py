"""The validation notice on one page, as the CFPB's Model Form B-1 lays it out.

Its title and opening paragraph sit beside the lower window, what the debt is for beside the
itemization table, the sections after the itemization (how to dispute, what else you can do)
in two balanced columns of 8.5 point type, and the response form, in two columns of 8 point
type, at the page's foot. Text an office adds runs on in the same columns overleaf.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from collectorpro.documents.fonts import BOLD, REGULAR
from collectorpro.documents.letter_blocks import (
    CHECK_BOX,
    AtFoot,
    Columns,
    CutLine,
    itemization_table,
    itemization_widths,
    signature,
)
from collectorpro.documents.letter_data import LetterData, body_blocks, inline
from collectorpro.documents.letter_page import PAGE_H, LetterStart, aside_box
from collectorpro.documents.page import RULE
from collectorpro.documents.styles import esc, spacer, styles

__all__ = ["notice_story", "tear_off"]


@dataclass(frozen=True)
class _NoticeStyles:
    title: ParagraphStyle
    aside: ParagraphStyle  # the opening, beside the lower window
    body: ParagraphStyle
    bullet: ParagraphStyle
    first_heading: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    rights: ParagraphStyle  # the dispute and other-rights sections, in two columns
    rights_heading: ParagraphStyle
    rights_bullet: ParagraphStyle
    form: ParagraphStyle  # the response form
    form_heading: ParagraphStyle
    form_choice: ParagraphStyle
    form_choice_indented: ParagraphStyle
    form_note: ParagraphStyle
    form_address: ParagraphStyle


@cache
def _notice_styles() -> _NoticeStyles:
    """Model Form B-1 sets its lower sections and the form in 8 to 9 point type."""
    s = styles()
    body = ParagraphStyle("notice_body", parent=s.body, fontSize=9.5, leading=12.5, spaceAfter=5)
    cell = ParagraphStyle("notice_cell", parent=s.cell, fontSize=9, leading=11)
    rights = ParagraphStyle(
        "notice_rights", parent=s.body, fontSize=8.5, leading=10.5, spaceAfter=3
    )
    heading = ParagraphStyle(
        "notice_heading", parent=s.heading, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3
    )
    form = ParagraphStyle("notice_form", parent=s.body, fontSize=8, leading=10)
    choice = ParagraphStyle(
        "notice_choice",
        parent=form,
        leftIndent=11,
        bulletIndent=0,
        bulletFontName=REGULAR,
        bulletFontSize=8,
    )
    return _NoticeStyles(
        title=ParagraphStyle("notice_title", parent=s.title, fontSize=15, leading=18, spaceAfter=4),
        aside=ParagraphStyle("notice_aside", parent=body, leading=12),
        body=body,
        first_heading=ParagraphStyle("notice_first_heading", parent=heading, spaceBefore=0),
        bullet=ParagraphStyle(
            "notice_bullet", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=3
        ),
        heading=heading,
        cell=cell,
        cell_right=ParagraphStyle("notice_cell_right", parent=cell, alignment=TA_RIGHT),
        rights=rights,
        rights_heading=ParagraphStyle(
            "notice_rights_heading",
            parent=rights,
            fontName=BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        rights_bullet=ParagraphStyle(
            "notice_rights_bullet", parent=rights, leftIndent=10, bulletIndent=0, spaceAfter=3
        ),
        form=form,
        form_heading=ParagraphStyle(
            "notice_form_heading", parent=form, fontName=BOLD, fontSize=10, leading=13
        ),
        form_choice=choice,
        form_choice_indented=ParagraphStyle(
            "notice_choice_indented", parent=choice, leftIndent=21, bulletIndent=10
        ),
        form_note=ParagraphStyle("notice_form_note", parent=form, leftIndent=11),
        form_address=ParagraphStyle("notice_form_address", parent=form, fontSize=8.5, leading=10.5),
    )


def _stacked_height(flowables: Sequence[Flowable], width: float) -> float:
    height = 0.0
    for i, flowable in enumerate(flowables):
        height += flowable.wrap(width, PAGE_H)[1] + (flowable.getSpaceBefore() if i else 0)
        height += flowable.getSpaceAfter() if i < len(flowables) - 1 else 0
    return height


def _notice_itemization(data: LetterData, width: float, story: list[Flowable]) -> list[Flowable]:
    """The itemization table, with the paragraph before it (what the debt is for) set beside it
    when there is room; it takes that paragraph off the end of ``story``."""
    n = _notice_styles()
    widths = itemization_widths(data, n.cell.fontSize)
    table = itemization_table(
        data, width, cell=n.cell, cell_right=n.cell_right, padding=2, widths=widths
    )
    gutter = 16
    beside = width - sum(widths) - gutter
    last = story[-1] if story else None
    if isinstance(last, Paragraph) and last.style is n.body and beside >= 1.5 * inch:
        _w, table_h = table.wrap(sum(widths), PAGE_H)
        _w, text_h = last.wrap(beside, PAGE_H)
        if text_h <= table_h:
            story.pop()
            row = Table([[last, table]], colWidths=[beside + gutter, sum(widths)])
            row.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, 0), gutter),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            return [spacer(2), row, spacer(10)]
    return [spacer(3), table, spacer(10)]


def notice_story(index: int, data: LetterData, width: float) -> list[Flowable]:
    """The validation notice on one page, laid out as Model Form B-1: the title and opening
    beside the lower window, the rights that follow the itemization in two balanced columns of
    8.5 point type, the response form at the page's foot.
    """
    n = _notice_styles()
    blocks = body_blocks(data.body)
    opening = 0
    while opening < len(blocks) and blocks[opening][0] == "para":
        opening += 1
    aside: list[Flowable] = [
        Paragraph(esc(data.title), n.title),
        *[Paragraph(inline(text), n.aside) for _kind, text in blocks[:opening]],
    ]
    story: list[Flowable]
    _x, _y, aside_w, aside_h = aside_box(data)
    if _stacked_height(aside, aside_w) <= aside_h:
        story = [LetterStart(index, data, aside)]
        blocks = blocks[opening:]
    else:  # an opening too long for the box stays in the body
        story = [LetterStart(index, data), Paragraph(esc(data.title), n.title)]
    rights: list[Flowable] | None = None  # collects what follows the itemization
    for kind, text in blocks:
        upper = rights is None
        target = story if rights is None else rights
        if kind == "para":
            target.append(Paragraph(inline(text), n.body if upper else n.rights))
        elif kind == "heading":
            style = (
                (n.first_heading if len(story) == 1 else n.heading) if upper else n.rights_heading
            )
            target.append(Paragraph(inline(text), style))
        elif kind == "bullet":
            style = n.bullet if upper else n.rights_bullet
            target.append(Paragraph(inline(text), style, bulletText="\u2022"))
        elif text == "[itemization]" and data.itemization is not None:
            story += _notice_itemization(data, width, story)
            rights = []
        elif text == "[tear_off]" and data.tear_off is not None:
            if rights:
                story.append(Columns(rights))
            rights = None
            story.append(AtFoot(tear_off(data, width), space=8))
        elif text == "[signature]":
            if rights:
                story.append(Columns(rights))
            rights = None
            story.append(signature(data))
    if rights:
        story.append(Columns(rights))
    return story


def tear_off(data: LetterData, width: float) -> list[Flowable]:
    """The response form, as on Model Form B-1: the choices left, where to mail it right."""
    tear = data.tear_off
    assert tear is not None
    n = _notice_styles()
    small = n.form

    def choice(text: str, indent: bool = False, more: str = "") -> Paragraph:
        style = n.form_choice_indented if indent else n.form_choice
        return Paragraph(esc(text) + more, style, bulletText=CHECK_BOX)

    payable = data.label(
        "respond_payable", office_name=tear.office_name, account_number=tear.account_number
    )
    choices = [
        [
            Paragraph(f"<b>{esc(data.label('respond_dispute'))}</b>", small),
            choice(data.label("respond_not_mine"), indent=True),
            choice(data.label("respond_wrong_amount"), indent=True),
            choice(data.label("respond_other"), indent=True),
            spacer(3),
            choice(data.label("respond_original")),
        ],
        [
            choice(data.label("respond_enclosed"), more="<br/>$&nbsp;________________"),
            Paragraph(esc(payable), n.form_note),
            spacer(3),
            choice(data.label("respond_spanish")),
        ],
    ]
    inner = width * 0.64 - 14
    grid = Table([choices], colWidths=[inner * 0.52, inner * 0.48])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    left = [
        Paragraph(f"<b>{esc(data.label('respond_title'))}</b>", n.form_heading),
        Paragraph(esc(data.label("respond_check")), small),
        spacer(3),
        grid,
    ]
    right = [
        Paragraph(f"<b>{esc(data.label('mail_to'))}</b>", small),
        spacer(1),
        Paragraph(
            "<br/>".join(esc(x) for x in (tear.office_name, *tear.office_lines)), n.form_address
        ),
        spacer(6),
        Paragraph(
            "<br/>".join(esc(x) for x in (data.recipient_name, *data.recipient_lines)),
            n.form_address,
        ),
        spacer(4),
        Paragraph(f"{esc(data.label('reference'))}: {esc(tear.account_number)}", small),
    ]
    table = Table([[left, right]], colWidths=[width * 0.64, width * 0.36])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return [CutLine(data.label("tear_off_cut")), table]
