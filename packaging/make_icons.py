"""Draw CollectorPro's icon (resources/icons/collectorpro.svg) as a Windows .ico or macOS .icns.

Qt renders the SVG; Pillow packs the sizes each platform asks for. The spec calls this on
Windows and macOS; `python packaging/make_icons.py OUT.ico` does it by hand.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "collectorpro.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a square PNG of ``size`` pixels, transparent around the drawing."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a drawable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_icon(out: Path, svg: Path = SVG) -> Path:
    """Write ``out`` as .ico (Windows) or .icns (macOS), from a 1024-pixel drawing."""
    from PIL import Image

    image = Image.open(io.BytesIO(render_png(1024, svg)))
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".ico":
        image.save(out, format="ICO", sizes=ICO_SIZES)
    elif out.suffix.lower() == ".icns":
        image.save(out, format="ICNS")
    else:
        raise ValueError(f"{out.name}: make a .ico or an .icns")
    return out


if __name__ == "__main__":
    for name in sys.argv[1:] or ["build/collectorpro.ico"]:
        print(write_icon(Path(name)))
