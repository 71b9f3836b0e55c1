"""The letter's page: US Letter, tri-folded into a #10 double-window envelope.

The office's return address sits in the upper window and the debtor's address in the lower
window of a standard #10 double-window envelope; the body starts under the first fold.
``window_offset`` nudges both blocks when an office's envelopes differ;
``render_calibration_page`` prints the window outlines so the office can check. Every page of a
batch part is kept by ``LettersCanvas`` until the part is written, so each letter gets its own
"Page x of y", header and disclosure.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts
from collectorpro.documents.letter_data import LetterData
from collectorpro.documents.page import INK, MUTED, RULE, OfficeLetterhead, Output, write_output
from collectorpro.documents.styles import esc, styles

__all__ = [
    "BODY_START",
    "BOTTOM",
    "MARGIN_X",
    "PAGE_H",
    "PAGE_W",
    "TOP",
    "LetterStart",
    "LettersCanvas",
    "aside_box",
    "draw_first_page",
    "render_calibration_page",
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
# does, in this box: x and y from the top-left corner, width and height (see aside_box)
ASIDE = (
    RECIPIENT_WINDOW[0] + RECIPIENT_WINDOW[2] + 0.2 * inch,
    1.5 * inch,
    PAGE_W - MARGIN_X - (RECIPIENT_WINDOW[0] + RECIPIENT_WINDOW[2] + 0.2 * inch),
    BODY_START - 0.1 * inch - 1.5 * inch,
)


class LetterStart(Flowable):
    """Marks where a letter begins and draws its first-page blocks at fixed page positions."""

    def __init__(self, index: int, data: LetterData, aside: Sequence[Flowable] = ()) -> None:
        super().__init__()
        self.index = index
        self.data = data
        self.aside = list(aside)  # set in the aside_box, beside the lower window
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
        draw_first_page(canvas, self.data)
        x, y, width, _height = aside_box(self.data)
        y = PAGE_H - y
        for i, flowable in enumerate(self.aside):
            _w, h = flowable.wrap(width, PAGE_H)
            y -= (flowable.getSpaceBefore() if i else 0) + h
            flowable.drawOn(canvas, x, y)
            y -= flowable.getSpaceAfter()
        canvas.restoreState()


def aside_box(data: LetterData) -> tuple[float, float, float, float]:
    """The ASIDE box, kept as clear of the lower window when the office's windows sit further
    right (``window_offset``)."""
    x, y, width, height = ASIDE
    dx = max(0.0, data.window_offset[0])
    return x + dx, y, width - dx, height


def draw_first_page(canvas: Canvas, data: LetterData) -> None:
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


# --- the canvas: per-letter page numbers, headers and disclosures ------------------------------


class LettersCanvas(Canvas):
    """Keeps each part's pages until the end so every letter can say "Page x of y"."""

    def __init__(self, *args: Any, letters: Sequence[LetterData] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letters = letters
        self._current = 0
        self._pages: list[tuple[int, dict[str, Any]]] = []
        self._disclosures: dict[str, Paragraph] = {}

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
            self._disclosure(data.disclosure, width).drawOn(self, MARGIN_X, y + 12)
        self.restoreState()

    def _disclosure(self, text: str, width: float) -> Paragraph:
        """The disclosure set once per part and drawn on each of its pages (it is the same
        words on every page of a language)."""
        para = self._disclosures.get(text)
        if para is None:
            style = ParagraphStyle(
                "disclosure", fontName=REGULAR, fontSize=7.5, leading=9, textColor=MUTED
            )
            para = Paragraph(esc(text), style)
            para.wrapOn(self, width, 0.5 * inch)
            self._disclosures[text] = para
        return para


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
    draw_first_page(canvas, sample)
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
