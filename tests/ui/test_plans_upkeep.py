"""Start-up: the window opens at once; plans and promises are brought up to date behind it."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import timedelta

from collectorpro.services.office.database import open_database
from collectorpro.services.plans import arrangements, upkeep
from collectorpro.services.plans.upkeep import UpkeepReport
from collectorpro.ui.main_window import MainWindow
from tests.factories import TODAY
from tests.ui.conftest import NOON_EASTERN

LATER = TODAY + timedelta(days=40)  # the plan's first installments are long missed


def plan_for_the_first_account(office) -> None:
    arrangements.create_plan(
        office,
        account_id=1,
        user_id=1,
        terms=arrangements.PlanTerms(
            arrangement="installment",
            arranged_total_cents=125_000,
            first_due=TODAY,
            installments=5,
        ),
        today=TODAY,
    )


def status_shown(window: MainWindow, account_number: str) -> str:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == account_number:
            return str(model.index(row, 6).data())
    raise AssertionError(account_number)


def test_the_window_works_while_the_upkeep_runs_and_shows_what_it_changed(
    qtbot, office, settings, shown_messages, monkeypatch
):
    plan_for_the_first_account(office)
    release = threading.Event()
    real = upkeep.bring_up_to_date

    def held_back(db, **kwargs):
        kwargs["progress"](1, 4)
        while not release.wait(0.02):
            if kwargs["cancelled"]():  # the window closed first
                return UpkeepReport()
        return real(db, **kwargs)

    monkeypatch.setattr(upkeep, "bring_up_to_date", held_back)
    window = MainWindow(office, settings, today=lambda: LATER, now=lambda: NOON_EASTERN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: "up to date… 1 of 4" in window.statusBar().currentMessage(), timeout=5000
    )

    # the list, the detail pane and the search answer while the upkeep is still running
    assert window.upkeep.running and window.model.rowCount() == 3
    assert window.select_account(3) and window.detail.name_label.text() == "Lee Wong"
    assert window.select_account(1) and window.detail.name_label.text() == "José Muñoz"
    assert status_shown(window, "RFM-000001") == "Plan"
    qtbot.keyClicks(window.filters.search, "munoz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.select_account(1) and not window.upkeep.done

    with qtbot.waitSignal(window.upkeep.finished, timeout=10_000):
        release.set()
    assert "1 plan broken" in window.statusBar().currentMessage()
    # what changed is in the list and the detail pane without a manual refresh
    assert status_shown(window, "RFM-000001") == "Active"
    assert window.current_account_id() == 1
    assert window.detail.detail is not None and window.detail.detail.status.value == "active"


def test_closing_the_window_stops_the_upkeep_after_the_chunk_in_hand(
    qtbot, office, settings, shown_messages, monkeypatch
):
    asked_to_stop = threading.Event()

    def long_run(db, *, today, progress, cancelled, **_kwargs):
        progress(0, 1_000_000)
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        if cancelled():
            asked_to_stop.set()
        return UpkeepReport()

    monkeypatch.setattr(upkeep, "bring_up_to_date", long_run)
    window = MainWindow(office, settings, now=lambda: NOON_EASTERN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.upkeep.running)
    started = time.monotonic()
    window.close()
    assert asked_to_stop.is_set() and time.monotonic() - started < 5
    assert window.upkeep.worker is not None and window.upkeep.worker.ended


def test_a_second_start_the_same_day_finds_nothing_to_do(qtbot, office, settings, window):
    plan_for_the_first_account(office)
    again = MainWindow(office, settings, today=lambda: TODAY, now=lambda: NOON_EASTERN)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.upkeep.done)
    assert again.upkeep.report is not None and not any(vars(again.upkeep.report).values())
    assert "brought up to date" not in again.statusBar().currentMessage()


def test_the_first_window_opens_without_reports_letters_import_charts_or_pdf_viewer(tmp_path):
    """What a start imports: none of ReportLab, the PDF viewer, reports, letters or import."""
    open_database(tmp_path / "office.sqlite3").dispose()  # an office already at the head
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from collectorpro.services.office.database import open_database
from collectorpro.ui.main_window import MainWindow
folder = Path({str(tmp_path)!r})
window = MainWindow(
    open_database(folder / "office.sqlite3"),
    QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
)
window.show()
QTimer.singleShot(200, app.quit)
app.exec()
window.close()
print(" ".join(sorted(name for name in sys.modules if not name.startswith("_"))))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(out.split())
    deferred = {
        "collectorpro.ui.reports_window",
        "collectorpro.ui.report_widgets",
        "collectorpro.ui.import_wizard",
        "collectorpro.ui.batch_letters",
        "collectorpro.ui.send_letter",
        "collectorpro.ui.settings_dialog",
        "collectorpro.services.reports.catalog",
        "collectorpro.services.importing.run",
        "collectorpro.services.letters.batch",
        "collectorpro.services.letters.mailer",
        "PySide6.QtCharts",
        "PySide6.QtPdf",
        "PySide6.QtPrintSupport",
        "openpyxl",
        "xlsxwriter",
        "pypdf",
        "keyring",
        # documents are drawn on first use: the letters and receipts the window may make
        # import ReportLab (and the Pillow it brings) only then
        "reportlab",
        "PIL",
        "collectorpro.documents.page",
        "collectorpro.documents.letter",
        "collectorpro.documents.receipt",
        "collectorpro.documents.agreement",
        # counted only when a letter's validation period is (with the federal holidays)
        "holidays",
        "collectorpro.ui.help_dialogs",
        "alembic",  # the schema is checked without it; it migrates only an office behind
        "smtplib",
    }
    assert "collectorpro.ui.main_window" in loaded
    assert not deferred & loaded, sorted(deferred & loaded)


def test_what_loads_before_qt_does_not_bring_qt_in():
    script = (
        "import sys, collectorpro.ui.startup_imports; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
