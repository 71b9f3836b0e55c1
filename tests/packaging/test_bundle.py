"""The executable bundle: built with the project's spec, it passes its own self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    build = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "packaging" / "collectorpro.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app = tmp_path / "dist" / "CollectorPro" / "CollectorPro"
    assert app.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [str(app), "--self-test"], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    assert "Self-test passed." in done.stdout
    # a person gets from the welcome dialog to a working office, and the window speaks Spanish
    assert "ok       office set up from the welcome dialog" in done.stdout
    assert "ok       Spanish window (Archivo menu, Qt's Cancelar)" in done.stdout
    # the resources the code reaches through paths.resource() are in the bundle
    internal = tmp_path / "dist" / "CollectorPro" / "_internal"
    for part in ("resources/fonts/DejaVuSans.ttf", "resources/letters/es.toml",
                 "resources/help/guide.html", "resources/help/guide_es.html",
                 "resources/translations/collectorpro_es.qm",
                 "collectorpro/models/migrations/env.py"):  # fmt: skip
        assert (internal / part).exists(), part
    # babel keeps English and Spanish only; Qt's translations likewise
    locales = {p.stem.split("_")[0] for p in (internal / "babel" / "locale-data").iterdir()}
    assert locales <= {"en", "es", "root"}, sorted(locales)[:10]
    qt_catalogues = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert qt_catalogues <= {"qtbase_en.qm", "qtbase_es.qm"}, sorted(qt_catalogues)[:10]
    # unused Qt parts are filtered out
    names = [p.name for p in internal.rglob("*")]
    assert not any("WebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n for n in names)
    shutil.rmtree(tmp_path / "work", ignore_errors=True)
