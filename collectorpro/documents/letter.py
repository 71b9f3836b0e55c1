"""Collection letters laid out for a #10 double-window envelope.

A letter is plain data (``LetterData``): who it comes from, who it goes to, a title and a body
written in a small markup the office can edit (see ``resources/letters/en.toml``), plus the
optional itemization table and tear-off response form of the validation notice. The data is
everything the PDF is made from, so an archived letter is re-created byte for byte from it.

Page layout (US Letter, tri-folded): the office's return address sits in the upper window and
the debtor's address in the lower window of a standard #10 double-window envelope; the body
starts under the first fold. ``window_offset`` nudges both blocks when an office's envelopes
differ; ``render_calibration_page`` prints the window outlines so the office can check.

The validation notice fits on one page, as the CFPB's Model Form B-1 does: its title and opening
paragraph sit beside the lower window, what the debt is for beside the itemization table, the
sections after the itemization (how to dispute, what else you can do) in two balanced columns of
8.5 point type, and the response form, in two columns of 8 point type, at the page's foot. Text
an office adds runs on in the same columns overleaf; every other letter keeps the plain layout.

``render_letters`` draws many letters into one PDF — one batch part — with each letter's own
"Page x of y", header and disclosure; pages are kept only until the part is written.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
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

from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts
from collectorpro.documents.page import INK, MUTED, RULE, OfficeLetterhead, Output, write_output
from collectorpro.documents.styles import esc, fmt_date, fmt_money, spacer, styles

__all__ = [
    "BLOCK_MARKERS",
    "Itemization",
    "LetterData",
    "TearOff",
    "body_blocks",
    "render_calibration_page",
    "render_letter",
    "render_letters",
]

PAGE_W, PAGE_H = 8.5 * inch, 11 * inch
MARGIN_X = 0.85 * inch
TOP = 0.9 * inch  # the frame's top on every page (room for the later pages' header)
BOTTOM = 1.0 * inch  # room for the disclosure and the page number
FOLD_1 = PAGE_H / 3  # from the top: the two folds of a tri-folded letter
FOLD_2 = 2 * PAGE_H / 3
# #10 double-window envelope, measured from the top-left corner of the (unfolded) letter
RETURN_WINDOW = (0.45 * inch, 0.45 * inch, 3.4 * inch, 0.95 * inch)  # x, y from top, w, h
RECIPIENT_WINDOW = (0.85 * inch, 2.05 * inch, 3.9 * inch, 1.1 * inch)
BODY_START = 3.45 * inch  # from the top: where the first page's text begins
# the validation notice sets its title and opening beside the lower window, as Model Form B-1
# does, in this box: x and y from the top-left corner, width and height (see _aside_box)
ASIDE = (
    RECIPIENT_WINDOW[0] + RECIPIENT_WINDOW[2] + 0.2 * inch,
    1.5 * inch,
    PAGE_W - MARGIN_X - (RECIPIENT_WINDOW[0] + RECIPIENT_WINDOW[2] + 0.2 * inch),
    BODY_START - 0.1 * inch - 1.5 * inch,
)
BLOCK_MARKERS = ("[itemization]", "[tear_off]", "[signature]")
# how letters are laid out now; an archived letter keeps the layout it was issued in, so it is
# drawn again byte for byte. 1: the validation notice ran to two pages. 2: it fits on one.
LAYOUT = 2
NOTICE = "validation_notice"  # the letter laid out on one page, as Model Form B-1
_BOX = "\u2610"  # ☐


@dataclass(frozen=True)
class Itemization:
    """The amounts of Model Form B-1: what was owed on the itemization date and since."""

    itemization_date: date
    owed_then_cents: int
    interest_cents: int
    fees_cents: int
    credits_cents: int  # payments and credits, a positive number
    now_cents: int


@dataclass(frozen=True)
class TearOff:
    """The response form at the foot of a validation notice."""

    office_name: str
    office_lines: tuple[str, ...]
    account_number: str


@dataclass(frozen=True, kw_only=True)
class LetterData:
    """One letter, filled in and ready to draw; ``labels`` hold its fixed words."""

    kind: str
    language: str
    locale: str
    letterhead: OfficeLetterhead
    letter_date: date
    recipient_name: str
    recipient_lines: tuple[str, ...]
    reference_rows: tuple[tuple[str, str], ...]
    title: str
    body: str
    labels: Mapping[str, str]
    itemization: Itemization | None = None
    tear_off: TearOff | None = None
    disclosure: str = ""
    footer_text: str = ""
    signer_lines: tuple[str, ...] = ()
    window_offset: tuple[float, float] = (0.0, 0.0)  # points right and down
    extra: Mapping[str, str] = field(default_factory=dict)  # e.g. the template's fields
    layout: int = LAYOUT

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient_lines", tuple(self.recipient_lines))
        object.__setattr__(self, "reference_rows", tuple(tuple(r) for r in self.reference_rows))
        object.__setattr__(self, "signer_lines", tuple(self.signer_lines))
        object.__setattr__(self, "window_offset", tuple(self.window_offset))
        object.__setattr__(self, "labels", dict(self.labels))
        object.__setattr__(self, "extra", dict(self.extra))

    def label(self, key: str, **values: str) -> str:
        text = self.labels.get(key, key)
        return text.format(**values) if values else text

    # --- the archive keeps this JSON; from_json gives back an equal LetterData ------------

    def to_json(self) -> str:
        data = asdict(self)
        data["letter_date"] = self.letter_date.isoformat()
        if self.itemization is not None:
            data["itemization"]["itemization_date"] = self.itemization.itemization_date.isoformat()
        data["letterhead"]["logo_path"] = (
            str(self.letterhead.logo_path) if self.letterhead.logo_path else None
        )
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LetterData:
        data: dict[str, Any] = json.loads(text)
        data["letterhead"] = OfficeLetterhead(**data["letterhead"])
        data["letter_date"] = date.fromisoformat(data["letter_date"])
        data.setdefault("layout", 1)  # archived before layouts were numbered
        if data.get("itemization"):
            item = dict(data["itemization"])
            item["itemization_date"] = date.fromisoformat(item["itemization_date"])
            data["itemization"] = Itemization(**item)
        if data.get("tear_off"):
            tear = dict(data["tear_off"])
            tear["office_lines"] = tuple(tear["office_lines"])
            data["tear_off"] = TearOff(**tear)
        return cls(**data)


# --- the body markup ---------------------------------------------------------------------------


def body_blocks(body: str) -> list[tuple[str, str]]:
    """Split the body into (kind, text) blocks: para, heading, bullet, or a marker."""
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line in BLOCK_MARKERS:
            flush()
            blocks.append(("marker", line))
        elif line.startswith("## "):
            flush()
            blocks.append(("heading", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(("bullet", line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return blocks


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(text: str) -> str:
    """Escape what the office typed, then turn **this** into bold."""
    return _BOLD.sub(r"<b>\1</b>", esc(text))


# --- flowables ---------------------------------------------------------------------------------


class _LetterStart(Flowable):
    """Marks where a letter begins and draws its first-page blocks at fixed page positions."""

    def __init__(self, index: int, data: LetterData, aside: Sequence[Flowable] = ()) -> None:
        super().__init__()
        self.index = index
        self.data = data
        self.aside = list(aside)  # set in the _aside_box, beside the lower window
        self.height = BODY_START - TOP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.begin_letter(self.index)  # type: ignore[attr-defined]
        x0, y0 = canvas.absolutePosition(0, 0)
        canvas.saveState()
        canvas.translate(-x0, -y0)  # draw in page coordinates from here on
        _draw_first_page(canvas, self.data)
        x, y, width, _height = _aside_box(self.data)
        y = PAGE_H - y
        for i, flowable in enumerate(self.aside):
            _w, h = flowable.wrap(width, PAGE_H)
            y -= (flowable.getSpaceBefore() if i else 0) + h
            flowable.drawOn(canvas, x, y)
            y -= flowable.getSpaceAfter()
        canvas.restoreState()


def _aside_box(data: LetterData) -> tuple[float, float, float, float]:
    """The ASIDE box, kept as clear of the lower window when the office's windows sit further
    right (``window_offset``)."""
    x, y, width, height = ASIDE
    dx = max(0.0, data.window_offset[0])
    return x + dx, y, width - dx, height


def _draw_first_page(canvas: Canvas, data: LetterData) -> None:
    dx, dy = data.window_offset
    lh = data.letterhead
    # the return address, in the upper window
    x, top, w, _h = RETURN_WINDOW
    x, y = x + 6 + dx, PAGE_H - top - dy - 12
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(x, y, _clip(lh.name, BOLD, 10.5, w - 12))
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    # the return address only: the office's email is in the letter's text where it matters
    phone = [f"{lh.phone_label} {lh.phone}"] if lh.phone else []
    for line in [*lh.address_lines[:3], *phone]:
        y -= 10.5
        canvas.drawString(x, y, _clip(line, REGULAR, 8.5, w - 12))
    # date, account and amount, to the right of the return window
    rows = [(label, value) for label, value in data.reference_rows]
    if rows:
        _draw_reference(canvas, rows)
    # the debtor, in the lower window
    x, top, w, _h = RECIPIENT_WINDOW
    x, y = x + 10 + dx, PAGE_H - top - dy - 16
    canvas.setFillColor(colors.black)
    for i, line in enumerate((data.recipient_name, *data.recipient_lines)):
        canvas.setFont(BOLD if i == 0 else REGULAR, 10.5)
        canvas.drawString(x, y, _clip(line, REGULAR, 10.5, w - 16))
        y -= 13
    # fold marks in the left margin help whoever folds a stack by hand
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for fold in (FOLD_1, FOLD_2):
        canvas.line(0.15 * inch, PAGE_H - fold, 0.35 * inch, PAGE_H - fold)


def _draw_reference(canvas: Canvas, rows: list[tuple[str, str]]) -> None:
    s = styles()
    table = Table(
        [[Paragraph(esc(k), s.label), Paragraph(esc(v), s.value_right)] for k, v in rows],
        colWidths=[1.35 * inch, 1.95 * inch],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#eef2f6")),
            ]
        )
    )
    _tw, th = table.wrapOn(canvas, 3.3 * inch, 2 * inch)
    table.drawOn(canvas, PAGE_W - MARGIN_X - 3.3 * inch, PAGE_H - 0.5 * inch - th)


def _clip(text: str, font: str, size: float, width: float) -> str:
    """Shorten a line that would run out of its envelope window."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _itemization_rows(data: LetterData) -> list[tuple[str, str, bool]]:
    """(label, amount, bold) for each line of the itemization."""
    item = data.itemization
    assert item is not None
    when = fmt_date(item.itemization_date, data.locale)
    money = partial(fmt_money, locale=data.locale)
    return [
        (data.label("owed_then", itemization_date=when), money(item.owed_then_cents), True),
        (data.label("between", itemization_date=when), "", False),
        (data.label("interest"), "+ " + money(item.interest_cents), False),
        (data.label("fees"), "+ " + money(item.fees_cents), False),
        (data.label("credits"), "\u2013 " + money(item.credits_cents), False),
        (data.label("total_now"), money(item.now_cents), True),
    ]


_ITEM_INDENT = (8, 8, 20, 20, 20, 8)  # the label column's left padding, row by row
_ITEM_PAD = 6  # ReportLab's usual cell padding
_ITEM_AMOUNT_RIGHT = 8


def _itemization_table(
    data: LetterData,
    width: float,
    *,
    cell: ParagraphStyle | None = None,
    cell_right: ParagraphStyle | None = None,
    padding: float = 3,
    widths: tuple[float, float] | None = None,
) -> Table:
    s = styles()
    cell = cell or s.cell
    cell_right = cell_right or s.cell_right
    cells = [
        [
            Paragraph(("<b>%s</b>" if strong else "%s") % esc(label), cell),
            Paragraph(("<b>%s</b>" if strong else "%s") % esc(amount), cell_right),
        ]
        for label, amount, strong in _itemization_rows(data)
    ]
    table = Table(cells, colWidths=list(widths or (width * 0.72, width * 0.28)), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (0, -1), _ITEM_INDENT[0]),
                ("LEFTPADDING", (0, 2), (0, 4), _ITEM_INDENT[2]),
                ("RIGHTPADDING", (-1, 0), (-1, -1), _ITEM_AMOUNT_RIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eef2f6")),
            ]
        )
    )
    return table


def _itemization_widths(data: LetterData, size: float) -> tuple[float, float]:
    """The label and amount columns just wide enough to set every line on one line."""
    label = amount = 0.0
    for (text, money, strong), indent in zip(_itemization_rows(data), _ITEM_INDENT, strict=True):
        font = BOLD if strong else REGULAR
        label = max(label, stringWidth(text, font, size) + indent + _ITEM_PAD)
        amount = max(amount, stringWidth(money, font, size) + _ITEM_PAD + _ITEM_AMOUNT_RIGHT)
    return label + 2, max(amount + 2, 0.9 * inch)


class _CutLine(Flowable):
    """A dashed line across the page with a short instruction: tear here."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 16

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(4, 3)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.7)
        c.line(0, 10, self.width, 10)
        c.setFont(REGULAR, 7.5)
        c.setFillColor(MUTED)
        c.drawCentredString(self.width / 2, 0, self.text)
        c.restoreState()


_Placed = tuple[Flowable, float, float]  # a flowable, its space before, its height


class _Columns(Flowable):
    """Flowables set in two columns that end about level, read down the left, then the right.

    A paragraph may run on from the foot of the left column to the head of the right one; a
    heading (``keepWithNext``) never stays alone at a column's foot. What does not fit on a
    page goes on, again in two columns, on the next.
    """

    def __init__(
        self,
        flowables: Sequence[Flowable],
        gap: float = 16,
        fixed: tuple[list[_Placed], list[_Placed]] | None = None,
    ) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self.gap = gap
        self._fixed = fixed
        self._laid: tuple[float, list[_Placed], list[_Placed], float] | None = None

    def _column(self, width: float) -> float:
        return (width - self.gap) / 2

    @staticmethod
    def _fill(
        items: Sequence[Flowable], width: float, height: float
    ) -> tuple[list[_Placed], list[Flowable]]:
        """What fits in one column ``height`` tall, splitting the paragraph at its foot."""
        placed: list[_Placed] = []
        rest = list(items)
        used = 0.0
        while rest:
            flowable = rest[0]
            before = flowable.getSpaceBefore() if placed else 0.0
            room = height - used - before
            _w, h = flowable.wrap(width, room)
            if h <= room + 1e-6:
                placed.append((flowable, before, h))
                used += before + h + flowable.getSpaceAfter()
                rest.pop(0)
                continue
            parts = flowable.split(width, room) if room > 0 else []
            if len(parts) > 1:
                _w, h = parts[0].wrap(width, room)
                placed.append((parts[0], before, h))
                rest[0:1] = parts[1:]
            break
        while rest and placed and placed[-1][0].getKeepWithNext():
            rest.insert(0, placed.pop()[0])  # a heading goes with its text
        return placed, rest

    @staticmethod
    def _height(column: Sequence[_Placed]) -> float:
        total = sum(before + h for _f, before, h in column)
        return total + sum(f.getSpaceAfter() for f, _b, _h in column[:-1])

    def _layout(self, width: float) -> tuple[list[_Placed], list[_Placed], float]:
        if self._fixed is not None:
            left, right = self._fixed
            return left, right, max(self._height(left), self._height(right))
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1], self._laid[2], self._laid[3]
        column = self._column(width)
        whole, _rest = self._fill(self.flowables, column, 1e6)
        low, high = self._height(whole) / 2, self._height(whole)
        while high - low > 0.5:  # the lowest column height that takes everything
            middle = (low + high) / 2
            _left, rest = self._fill(self.flowables, column, middle)
            _right, rest = self._fill(rest, column, middle)
            low, high = (low, middle) if not rest else (middle, high)
        left, rest = self._fill(self.flowables, column, high)
        right, _rest = self._fill(rest, column, high)
        height = max(self._height(left), self._height(right))
        self._laid = (width, left, right, height)
        return left, right, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self._layout(avail_width)[2]
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._fixed is not None:
            return []
        column = self._column(avail_width)
        left, rest = self._fill(self.flowables, column, avail_height)
        right, rest = self._fill(rest, column, avail_height)
        if not left:
            return []
        first = _Columns([], self.gap, fixed=(left, right))
        return [first, _Columns(rest, self.gap)] if rest else [first]

    def draw(self) -> None:
        left, right, _height = self._layout(self.width)
        column = self._column(self.width)
        for x, placed in ((0.0, left), (column + self.gap, right)):
            y = self.height
            for flowable, before, h in placed:
                flowable.wrap(column, h + 1)
                y -= before + h
                flowable.drawOn(self.canv, x, y)
                y -= flowable.getSpaceAfter()


class _AtFoot(Flowable):
    """Flowables set at the foot of what is left of the page, as the tear-off form sits."""

    def __init__(self, flowables: Sequence[Flowable], space: float = 0) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self.space = space  # the least room kept above them
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._heights = [f.wrap(avail_width, avail_height)[1] for f in self.flowables]
        needed = self.space + sum(self._heights)
        self.height = max(needed, avail_height - 0.01)
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # too little room left: the form goes whole to the next page; only a form taller than a
        # whole page is broken
        return list(self.flowables) if avail_height >= PAGE_H - TOP - BOTTOM - 1 else []

    def draw(self) -> None:
        y = 0.0
        for flowable, h in reversed(list(zip(self.flowables, self._heights, strict=True))):
            flowable.drawOn(self.canv, 0, y)
            y += h


def _tear_off(data: LetterData, width: float) -> list[Flowable]:
    """The response form, as on Model Form B-1: the choices left, where to mail it right."""
    tear = data.tear_off
    assert tear is not None
    n = _notice_styles()
    small = n.form

    def choice(text: str, indent: bool = False, more: str = "") -> Paragraph:
        style = n.form_choice_indented if indent else n.form_choice
        return Paragraph(esc(text) + more, style, bulletText=_BOX)

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
    return [_CutLine(data.label("tear_off_cut")), table]


def _tear_off_v1(data: LetterData, width: float) -> Flowable:
    """The response form as letters archived before layout 2 drew it (over two pages)."""
    tear = data.tear_off
    assert tear is not None
    s = styles()
    cell = s.cell
    small = ParagraphStyle("tear_small", parent=cell, fontSize=8.5, leading=11)
    box = f'<font name="{REGULAR}">{_BOX}</font>'
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
    return KeepTogether([CondPageBreak(3.2 * inch), _CutLine(data.label("tear_off_cut")), table])


def letter_story(index: int, data: LetterData, width: float) -> list[Flowable]:
    """One letter's flowables, starting with its first-page blocks."""
    if data.kind == NOTICE and data.layout >= 2:
        return _notice_story(index, data, width)
    s = styles()
    bullet = ParagraphStyle("bullet", parent=s.body, leftIndent=12, bulletIndent=0, spaceAfter=3)
    story: list[Flowable] = [
        _LetterStart(index, data),
        Paragraph(esc(data.title), s.title),
        spacer(8),
    ]
    for kind, text in body_blocks(data.body):
        if kind == "para":
            story += [Paragraph(_inline(text), s.body), spacer(7)]
        elif kind == "heading":
            story.append(Paragraph(_inline(text), s.heading))
        elif kind == "bullet":
            story.append(Paragraph(_inline(text), bullet, bulletText="\u2022"))
        elif text == "[itemization]" and data.itemization is not None:
            story += [spacer(4), _itemization_table(data, width * 0.8), spacer(8)]
        elif text == "[tear_off]" and data.tear_off is not None:
            if data.layout >= 2:
                story += [spacer(6), KeepTogether(_tear_off(data, width))]
            else:
                story += [spacer(6), _tear_off_v1(data, width)]
        elif text == "[signature]":
            story.append(_signature(data))
    return story


# --- the validation notice: one page, as Model Form B-1 ----------------------------------------


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
    widths = _itemization_widths(data, n.cell.fontSize)
    table = _itemization_table(
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


def _notice_story(index: int, data: LetterData, width: float) -> list[Flowable]:
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
        *[Paragraph(_inline(text), n.aside) for _kind, text in blocks[:opening]],
    ]
    story: list[Flowable]
    _x, _y, aside_w, aside_h = _aside_box(data)
    if _stacked_height(aside, aside_w) <= aside_h:
        story = [_LetterStart(index, data, aside)]
        blocks = blocks[opening:]
    else:  # an opening too long for the box stays in the body
        story = [_LetterStart(index, data), Paragraph(esc(data.title), n.title)]
    rights: list[Flowable] | None = None  # collects what follows the itemization
    for kind, text in blocks:
        upper = rights is None
        target = story if rights is None else rights
        if kind == "para":
            target.append(Paragraph(_inline(text), n.body if upper else n.rights))
        elif kind == "heading":
            style = (
                (n.first_heading if len(story) == 1 else n.heading) if upper else n.rights_heading
            )
            target.append(Paragraph(_inline(text), style))
        elif kind == "bullet":
            style = n.bullet if upper else n.rights_bullet
            target.append(Paragraph(_inline(text), style, bulletText="\u2022"))
        elif text == "[itemization]" and data.itemization is not None:
            story += _notice_itemization(data, width, story)
            rights = []
        elif text == "[tear_off]" and data.tear_off is not None:
            if rights:
                story.append(_Columns(rights))
            rights = None
            story.append(_AtFoot(_tear_off(data, width), space=8))
        elif text == "[signature]":
            if rights:
                story.append(_Columns(rights))
            rights = None
            story.append(_signature(data))
    if rights:
        story.append(_Columns(rights))
    return story


def _signature(data: LetterData) -> Flowable:
    s = styles()
    lines = data.signer_lines or (data.letterhead.name,)
    return KeepTogether(
        [
            spacer(4),
            Paragraph(esc(data.label("sincerely")), s.body),
            spacer(22),
            *[Paragraph(esc(line), s.body) for line in lines],
        ]
    )


# --- the canvas: per-letter page numbers, headers and disclosures ------------------------------


class _LettersCanvas(Canvas):
    """Keeps each part's pages until the end so every letter can say "Page x of y"."""

    def __init__(self, *args: Any, letters: Sequence[LetterData] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letters = letters
        self._current = 0
        self._pages: list[tuple[int, dict[str, Any]]] = []

    def begin_letter(self, index: int) -> None:
        self._current = index

    def showPage(self) -> None:
        self._pages.append((self._current, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for letter, _state in self._pages:
            totals[letter] = totals.get(letter, 0) + 1
        seen: dict[int, int] = {}
        for letter, state in self._pages:
            seen[letter] = seen.get(letter, 0) + 1
            self.__dict__.update(state)
            self._decorate(self._letters[letter], seen[letter], totals[letter])
            Canvas.showPage(self)
        Canvas.save(self)

    def page_counts(self) -> list[int]:
        counts = [0] * len(self._letters)
        for letter, _state in self._pages:
            counts[letter] += 1
        return counts

    def _decorate(self, data: LetterData, page: int, pages: int) -> None:
        self.saveState()
        if page > 1:
            self.setFont(BOLD, 8.5)
            self.setFillColor(INK)
            header = f"{data.recipient_name}  ·  {data.label('account_number')} "
            header += dict(data.reference_rows).get(data.label("account_number"), "")
            self.drawString(MARGIN_X, PAGE_H - 0.55 * inch, header)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, PAGE_H - 0.65 * inch, PAGE_W - MARGIN_X, PAGE_H - 0.65 * inch)
        width = PAGE_W - 2 * MARGIN_X
        y = 0.45 * inch
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_W - MARGIN_X, y, data.label("page_of", page=str(page), pages=str(pages))
        )
        left = data.footer_text
        if left:
            self.drawString(MARGIN_X, y, left)
        if data.disclosure:
            style = ParagraphStyle(
                "disclosure", fontName=REGULAR, fontSize=7.5, leading=9, textColor=MUTED
            )
            para = Paragraph(esc(data.disclosure), style)
            _w, h = para.wrapOn(self, width, 0.5 * inch)
            para.drawOn(self, MARGIN_X, y + 12)
            del h
        self.restoreState()


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
    made: list[_LettersCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _LettersCanvas:
        canvas = _LettersCanvas(*args, letters=letters, **kwargs)
        made.append(canvas)
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
    write_output(out, buffer.getvalue())
    return made[-1].page_counts()


def render_letter(data: LetterData, out: Output) -> int:
    """One letter as its own PDF; returns its page count."""
    return render_letters([data], out)[0]


def render_calibration_page(
    out: Output,
    *,
    letterhead: OfficeLetterhead,
    offset: tuple[float, float] = (0.0, 0.0),
    instructions: str = "",
) -> None:
    """A page with the envelope windows outlined, to check an office's envelopes."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    canvas.setTitle("Envelope calibration")
    sample = LetterData(
        kind="calibration",
        language="en",
        locale="en_US",
        letterhead=letterhead,
        letter_date=date(2000, 1, 1),
        recipient_name="Recipient Name",
        recipient_lines=("123 Sample Street, Apt 4", "Springfield, NY 12345-6789"),
        reference_rows=(),
        title="",
        body="",
        labels={},
        window_offset=offset,
    )
    _draw_first_page(canvas, sample)
    canvas.setDash(3, 3)
    canvas.setStrokeColor(colors.HexColor("#b42318"))
    canvas.setLineWidth(0.8)
    for x, top, w, h in (RETURN_WINDOW, RECIPIENT_WINDOW):
        canvas.rect(x, PAGE_H - top - h, w, h)
    canvas.setStrokeColor(MUTED)
    for fold in (FOLD_1, FOLD_2):
        canvas.line(0.15 * inch, PAGE_H - fold, PAGE_W - 0.15 * inch, PAGE_H - fold)
    canvas.setDash()
    s = styles()
    text = instructions or (
        "Envelope check. Print this page on plain paper at 100% size (no “fit to page”), fold "
        "it in three along the grey dashed lines and slide it into one of your #10 "
        "double-window envelopes. The office address must show in the upper window and the "
        "sample recipient in the lower one, with the red outlines just outside the window "
        "edges. If the text sits too low, too high or to one side, measure by how much and "
        "enter that adjustment in Office → Letter options, then print this page again."
    )
    para = Paragraph(esc(text), s.body)
    _w, h = para.wrapOn(canvas, PAGE_W - 2 * MARGIN_X, 3 * inch)
    para.drawOn(canvas, MARGIN_X, PAGE_H - FOLD_1 - 0.5 * inch - h)
    canvas.showPage()
    canvas.save()
    write_output(out, buffer.getvalue())
