"""Collection letters laid out for a #10 double-window envelope.

A letter is plain data (``LetterData``): who it comes from, who it goes to, a title and a body
written in a small markup the office can edit (see ``resources/letters/en.toml``), plus the
optional itemization table and tear-off response form of the validation notice. The data is
everything the PDF is made from, so an archived letter is re-created byte for byte from it.

Page layout (US Letter, tri-folded): the office's return address sits in the upper window and
the debtor's address in the lower window of a standard #10 double-window envelope; the body
starts under the first fold. ``window_offset`` nudges both blocks when an office's envelopes
differ; ``render_calibration_page`` prints the window outlines so the office can check.

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
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
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
from collectorpro.documents.page import INK, MUTED, RULE, OfficeLetterhead, Output, _write
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
BLOCK_MARKERS = ("[itemization]", "[tear_off]", "[signature]")
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

    def __init__(self, index: int, data: LetterData) -> None:
        super().__init__()
        self.index = index
        self.data = data
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
        canvas.restoreState()


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
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _itemization_table(data: LetterData, width: float) -> Table:
    item = data.itemization
    assert item is not None
    s = styles()
    when = fmt_date(item.itemization_date, data.locale)
    money = partial(fmt_money, locale=data.locale)
    rows = [
        (data.label("owed_then", itemization_date=when), money(item.owed_then_cents), True),
        (data.label("between", itemization_date=when), "", False),
        (data.label("interest"), "+ " + money(item.interest_cents), False),
        (data.label("fees"), "+ " + money(item.fees_cents), False),
        (data.label("credits"), "\u2013 " + money(item.credits_cents), False),
        (data.label("total_now"), money(item.now_cents), True),
    ]
    cells = [
        [
            Paragraph(("<b>%s</b>" if strong else "%s") % esc(label), s.cell),
            Paragraph(("<b>%s</b>" if strong else "%s") % esc(amount), s.cell_right),
        ]
        for label, amount, strong in rows
    ]
    table = Table(cells, colWidths=[width * 0.72, width * 0.28], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (0, -1), 8),
                ("LEFTPADDING", (0, 2), (0, 4), 20),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eef2f6")),
            ]
        )
    )
    return table


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


def _tear_off(data: LetterData, width: float) -> Flowable:
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
            story += [spacer(6), _tear_off(data, width)]
        elif text == "[signature]":
            story.append(_signature(data))
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
    _write(out, buffer.getvalue())
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
    _write(out, buffer.getvalue())
