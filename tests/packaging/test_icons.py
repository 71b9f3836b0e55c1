"""The executable's icon for Windows and macOS, drawn from the SVG the window uses."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from make_icons import ICO_SIZES, render_png, write_icon


@pytest.fixture(autouse=True)
def _application(qapp):
    """Draw with the suite's QApplication; a bare QGuiApplication would break later widget tests."""
    return qapp


def test_the_windows_icon_holds_every_size(tmp_path):
    ico = write_icon(tmp_path / "collectorpro.ico")
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert set(ICO_SIZES) <= set(image.info["sizes"])
        image.size = (256, 256)
        big = image.convert("RGBA")
    # drawn, not blank: some pixels are opaque and not all are one colour
    assert big.getextrema()[3][1] == 255
    assert len(big.getcolors(maxcolors=1 << 20) or []) > 10


def test_the_mac_icon_is_written(tmp_path):
    with Image.open(write_icon(tmp_path / "collectorpro.icns")) as image:
        assert image.format == "ICNS"


@pytest.mark.qt_log_ignore("Cannot read file")
def test_a_broken_svg_is_refused(tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("not an svg")
    try:
        render_png(32, broken)
    except ValueError as exc:
        assert "not a drawable SVG" in str(exc)
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("a broken SVG was drawn")
