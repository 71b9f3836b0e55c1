"""Type styles, formatting and small building blocks shared by every document.

Everything a person typed (names, addresses, references) goes through ``esc`` before it meets
ReportLab's paragraph markup, so "Smith & Sons <billing>" prints as typed instead of breaking
the render.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts
from collectorpro.documents.page import INK, MUTED, RULE
from collectorpro.documents.text import esc, fmt_date, fmt_money

__all__ = [
    "Styles",
    "address_block",
    "detail_table",
    "esc",
    "fmt_date",
    "fmt_money",
    "rule",
    "signature_block",
    "spacer",
    "styles",
]

SHADE = colors.HexColor("#eef2f6")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    value_right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    amount: ParagraphStyle
    stamp: ParagraphStyle


@cache
def styles() -> Styles:
    """The house styles; built once, after the fonts are registered."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD)
    value = ParagraphStyle("value", parent=body, leading=13)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
        ),
        label=ParagraphStyle("label", parent=body, fontSize=9, leading=13, textColor=MUTED),
        value=value,
        value_right=ParagraphStyle("value_right", parent=value, alignment=TA_RIGHT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        amount=ParagraphStyle(
            "amount", parent=body, fontName=BOLD, fontSize=20, leading=24, alignment=TA_RIGHT
        ),
        stamp=ParagraphStyle(
            "stamp",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#b42318"),
            borderColor=colors.HexColor("#b42318"),
            borderWidth=1.2,
            borderPadding=(3, 6, 3, 6),
        ),
    )


def rule(space_before: float = 6, space_after: float = 6) -> HRFlowable:
    return HRFlowable(
        width="100%", thickness=0.6, color=RULE, spaceBefore=space_before, spaceAfter=space_after
    )


def address_block(
    name: str, lines: Sequence[str], style: ParagraphStyle | None = None
) -> Paragraph:
    """A name and mailing address, one line each, as on an envelope."""
    text = "<br/>".join(esc(part) for part in (name, *lines) if part)
    return Paragraph(text, style or styles().value)


def detail_table(
    rows: Sequence[tuple[str, str | Flowable]], width: float, *, label_share: float = 0.34
) -> Table:
    """Label / value rows, e.g. "Account number | RFM-000123", with light separators."""
    s = styles()
    data = [
        [
            Paragraph(esc(label), s.label),
            value if isinstance(value, Flowable) else Paragraph(esc(value), s.value),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, SHADE),
            ]
        )
    )
    return table


def signature_block(
    parties: Sequence[tuple[str, str]],
    width: float,
    *,
    space: float = 30,
    date_caption: str = "Date",
) -> Table:
    """Side-by-side signature and date lines, one column per (caption, printed name).

    The blank row above each line leaves room to sign by hand.
    """
    s = styles()
    gutter = 24.0
    column = (width - gutter * (len(parties) - 1)) / len(parties)
    sign_w, date_w = column * 0.64, column * 0.32
    widths: list[float] = []
    row_blank: list[object] = []
    row_caption: list[object] = []
    row_name: list[object] = []
    for i, (caption, name) in enumerate(parties):
        if i:
            widths.append(gutter)
            row_blank.append("")
            row_caption.append("")
            row_name.append("")
        widths += [sign_w, column - sign_w - date_w, date_w]
        row_blank += ["", "", ""]
        row_caption += [Paragraph(esc(caption), s.small), "", Paragraph(esc(date_caption), s.small)]
        row_name += [Paragraph(esc(name), s.cell), "", ""]
    table = Table(
        [row_blank, row_caption, row_name], colWidths=widths, rowHeights=[space, None, None]
    )
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for i in range(len(parties)):
        first = i * 4
        commands.append(("LINEABOVE", (first, 1), (first, 1), 0.8, INK))
        commands.append(("LINEABOVE", (first + 2, 1), (first + 2, 1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


def spacer(height: float) -> Spacer:
    return Spacer(1, height)
