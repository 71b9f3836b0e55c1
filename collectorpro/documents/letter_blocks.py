"""The parts letters share: the itemization table, the tear-here line, two balanced columns,
a block set at the page's foot, and the signature."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from collectorpro.documents.fonts import BOLD, REGULAR
from collectorpro.documents.letter_data import LetterData
from collectorpro.documents.letter_page import BOTTOM, PAGE_H, TOP
from collectorpro.documents.page import INK, MUTED, RULE
from collectorpro.documents.styles import esc, fmt_date, fmt_money, spacer, styles

__all__ = [
    "CHECK_BOX",
    "AtFoot",
    "Columns",
    "CutLine",
    "itemization_table",
    "itemization_widths",
    "signature",
]

CHECK_BOX = "\u2610"  # ☐


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


def itemization_table(
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


def itemization_widths(data: LetterData, size: float) -> tuple[float, float]:
    """The label and amount columns just wide enough to set every line on one line."""
    label = amount = 0.0
    for (text, money, strong), indent in zip(_itemization_rows(data), _ITEM_INDENT, strict=True):
        font = BOLD if strong else REGULAR
        label = max(label, stringWidth(text, font, size) + indent + _ITEM_PAD)
        amount = max(amount, stringWidth(money, font, size) + _ITEM_PAD + _ITEM_AMOUNT_RIGHT)
    return label + 2, max(amount + 2, 0.9 * inch)


class CutLine(Flowable):
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


class Columns(Flowable):
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
        first = Columns([], self.gap, fixed=(left, right))
        return [first, Columns(rest, self.gap)] if rest else [first]

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


class AtFoot(Flowable):
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


def signature(data: LetterData) -> Flowable:
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
