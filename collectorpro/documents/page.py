"""The page every CollectorPro document shares: letterhead, footer, "Page x of y".

Receipts, plan agreements and letters hand ``build_pdf`` a story of flowables; it lays them out
under the office's letterhead on Letter or A4, numbers the pages in a second pass, and writes the
finished file in one go so a failed render never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from collectorpro.core.errors import StorageError
from collectorpro.core.letterhead import OfficeLetterhead
from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts

__all__ = ["NumberedCanvas", "OfficeLetterhead", "Output", "PageSetup", "build_pdf"]

log = logging.getLogger(__name__)

Output = str | os.PathLike[str] | BinaryIO
Paper = Literal["letter", "a4"]

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")

_NAME_SIZE = 15.0
_LINE_SIZE = 9.0
_LINE_LEADING = 11.5
_GAP = 14.0  # between the letterhead rule and the first line of text
_COMPACT_HEIGHT = 18.0
_LOGO_MAX_WIDTH = 1.8 * inch


@dataclass(frozen=True)
class PageSetup:
    """Paper and margins in points (1/72 inch); US Letter with 3/4 inch margins by default."""

    paper: Paper = "letter"
    margin_top: float = 0.75 * inch
    margin_bottom: float = 0.75 * inch
    margin_left: float = 0.85 * inch
    margin_right: float = 0.85 * inch

    def __post_init__(self) -> None:
        if self.paper not in ("letter", "a4"):
            raise ValueError(f"Unknown paper size {self.paper!r}; use 'letter' or 'a4'.")
        margins = (self.margin_top, self.margin_bottom, self.margin_left, self.margin_right)
        if any(m < 0.25 * inch for m in margins):
            raise ValueError("Margins under a quarter inch are cut off by most printers.")
        width, height = self.size
        if width - self.margin_left - self.margin_right < 4 * inch or (
            height - self.margin_top - self.margin_bottom < 6 * inch
        ):
            raise ValueError("The margins leave too little room for the text.")

    @classmethod
    def a4(cls) -> PageSetup:
        return cls(paper="a4", margin_left=0.8 * inch, margin_right=0.8 * inch)

    @property
    def size(self) -> tuple[float, float]:
        return LETTER if self.paper == "letter" else A4

    @property
    def text_width(self) -> float:
        return self.size[0] - self.margin_left - self.margin_right


class NumberedCanvas(Canvas):
    """Keeps every page until the end so each can say "Page x of y" (the two-pass trick)."""

    def __init__(
        self,
        *args: Any,
        footer_at: tuple[float, float] = (0.0, 0.0),
        page_label: str = "Page {page} of {pages}",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer_at = footer_at
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        x, y = self._footer_at
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawRightString(x, y, self._page_label.format(page=self._pageNumber, pages=total))
        self.restoreState()


def letterhead_height(letterhead: OfficeLetterhead) -> float:
    """Room the first-page letterhead takes, down to and including its rule."""
    return _NAME_SIZE + 6 + _LINE_LEADING * len(letterhead.text_lines) + 6


def _logo(
    letterhead: OfficeLetterhead, max_height: float
) -> tuple[ImageReader | None, float, float]:
    """The logo and its drawn size, or None when there is none or it cannot be read."""
    if letterhead.logo_path is None:
        return None, 0.0, 0.0
    try:
        image = ImageReader(str(letterhead.logo_path))
        w, h = image.getSize()
    except Exception as exc:  # a broken logo must not stop a receipt from printing
        log.warning("Letterhead logo %s could not be read: %s", letterhead.logo_path, exc)
        return None, 0.0, 0.0
    scale = min(_LOGO_MAX_WIDTH / w, max_height / h)
    return image, w * scale, h * scale


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest font size from ``size`` down to ``smallest`` at which ``text`` fits."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


@dataclass(frozen=True)
class _Decor:
    letterhead: OfficeLetterhead
    setup: PageSetup
    footer_text: str
    watermark: str | None

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)
        lh, setup = self.letterhead, self.setup
        width, height = setup.size
        top = height - setup.margin_top
        block = letterhead_height(lh)
        image, logo_w, logo_h = _logo(lh, block - 10)
        text_width = setup.text_width - (logo_w + 12 if logo_w else 0)
        canvas.saveState()
        canvas.setFillColor(INK)
        size = _fit(lh.name, BOLD, _NAME_SIZE, text_width, 7)
        canvas.setFont(BOLD, size)
        canvas.drawString(setup.margin_left, top - _NAME_SIZE, lh.name)
        canvas.setFillColor(MUTED)
        y = top - _NAME_SIZE - 6
        for line in lh.text_lines:
            y -= _LINE_LEADING
            canvas.setFont(REGULAR, _fit(line, REGULAR, _LINE_SIZE, text_width, 6.5))
            canvas.drawString(setup.margin_left, y + 2.5, line)
        if image is not None and logo_w:
            x = width - setup.margin_right - logo_w
            canvas.drawImage(image, x, top - logo_h, logo_w, logo_h, mask="auto")
        self._rule(canvas, top - block)
        canvas.restoreState()
        self._footer(canvas)

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)
        setup = self.setup
        top = setup.size[1] - setup.margin_top
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 9)
        canvas.drawString(setup.margin_left, top - 10, self.letterhead.name)
        self._rule(canvas, top - _COMPACT_HEIGHT)
        canvas.restoreState()
        self._footer(canvas)

    def _rule(self, canvas: Canvas, y: float) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.75)
        canvas.line(self.setup.margin_left, y, self.setup.size[0] - self.setup.margin_right, y)

    def _footer(self, canvas: Canvas) -> None:
        if not self.footer_text:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.setup.margin_left, self.footer_y, self.footer_text)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas) -> None:
        """A large pale diagonal word (COPY) under the text, readable but not in the way."""
        if not self.watermark:
            return
        width, height = self.setup.size
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.80, 0.12, 0.12, alpha=0.13))
        canvas.setFont(BOLD, 110)
        canvas.translate(width / 2, height / 2 - 40)
        canvas.rotate(35)
        canvas.drawCentredString(0, 0, self.watermark)
        canvas.restoreState()

    @property
    def footer_y(self) -> float:
        return max(self.setup.margin_bottom / 2 - 3, 14.0)


def build_pdf(
    out: Output,
    story: Iterable[Flowable],
    *,
    letterhead: OfficeLetterhead,
    title: str,
    page_setup: PageSetup | None = None,
    footer_text: str = "",
    watermark: str | None = None,
    page_label: str = "Page {page} of {pages}",
) -> int:
    """Lay ``story`` out under the letterhead, write it to ``out``, return the page count.

    ``out`` is a path (replaced atomically) or a binary file object. ``watermark`` prints a
    pale diagonal word on every page, e.g. COPY on a reprinted receipt.
    Raises StorageError when the file cannot be written.
    """
    register_fonts()
    setup = page_setup or PageSetup()
    width, height = setup.size
    decor = _Decor(letterhead, setup, footer_text, watermark)
    body_height = height - setup.margin_top - setup.margin_bottom

    def frame(name: str, header: float) -> Frame:
        return Frame(
            setup.margin_left,
            setup.margin_bottom,
            setup.text_width,
            body_height - header - _GAP,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        leftMargin=setup.margin_left,
        rightMargin=setup.margin_right,
        topMargin=setup.margin_top,
        bottomMargin=setup.margin_bottom,
        title=title,
        author=letterhead.name,
        creator="CollectorPro",
        invariant=1,  # the same data gives the same bytes: reprints and tests compare cleanly
        initialFontName=REGULAR,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame("first", letterhead_height(letterhead))],
                onPage=decor.first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame("later", _COMPACT_HEIGHT)], onPage=decor.later_page),
        ]
    )
    footer_at = (width - setup.margin_right, decor.footer_y)
    doc.build(
        list(story),
        canvasmaker=partial(NumberedCanvas, footer_at=footer_at, page_label=page_label),
    )
    write_output(out, buffer.getvalue())
    return int(doc.page)


def write_output(out: Output, data: bytes) -> None:
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
        return
    path = Path(out)  # type: ignore[arg-type]
    temp = path.with_name(f".{path.name}.part")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise StorageError(f"The document could not be saved to {path}: {reason}.") from exc
