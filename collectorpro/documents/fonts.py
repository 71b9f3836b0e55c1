"""The bundled DejaVu fonts, registered once and embedded in every PDF.

The PDF base fonts (Helvetica and friends) cannot print "Muñoz" or "Nguyễn" reliably; DejaVu
covers the names our offices see and is embedded (subset), so a letter prints the same on any
printer and in any viewer.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from collectorpro.core.paths import resource

__all__ = ["BOLD", "ITALIC", "REGULAR", "register_fonts"]

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()  # batch letters render in worker threads
_registered = False


def register_fonts() -> None:
    """Register the DejaVu family with ReportLab; cheap to call before every render."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(
                    f"The font file {path} is missing; reinstall CollectorPro to print documents."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs pick these; there is no bold-oblique file, bold stands in.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
