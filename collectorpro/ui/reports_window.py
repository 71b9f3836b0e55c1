"""Reports: pick one and its period, look at it, print it or export it (CSV, Excel, PDF).

Building a report and writing an export run in the thread pool with a progress bar and
Cancel; the window stays responsive on a big office.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.i18n import QT_TRANSLATE_NOOP
from collectorpro.core.report_model import Report
from collectorpro.models.db import Database
from collectorpro.services.office.settings import get_office_profile
from collectorpro.services.reports.catalog import REPORTS, build_report, report_title
from collectorpro.services.reports.export import ExportFormat, export_report
from collectorpro.ui import messages
from collectorpro.ui.report_widgets import ChartWidget, HeadlineWidget, ReportTableWidget
from collectorpro.ui.worker import Cancelled, Job, Progress, Worker, run_job

__all__ = ["ReportsWindow", "period_for"]

R = TypeVar("R")  # what a background job of the window gives back
PRESETS = ("today", "this_week", "last_week", "this_month", "last_month", "custom")
# the file dialog filters, translated where the dialog is shown
FORMATS: dict[ExportFormat, tuple[str, str]] = {
    "xlsx": (QT_TRANSLATE_NOOP("ReportsWindow", "Excel workbook (*.xlsx)"), ".xlsx"),
    "csv": (QT_TRANSLATE_NOOP("ReportsWindow", "CSV for Excel (*.csv)"), ".csv"),
    "pdf": (QT_TRANSLATE_NOOP("ReportsWindow", "PDF document (*.pdf)"), ".pdf"),
}


def period_for(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period."""
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    if preset == "today":
        return today, today
    if preset == "this_week":
        return monday, today
    if preset == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if preset == "this_month":
        return first, today
    if preset == "last_month":
        last = first - timedelta(days=1)
        return last.replace(day=1), last
    raise ValueError(preset)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsWindow(QDialog):
    def __init__(
        self,
        db: Database,
        *,
        today: date,
        settings: QSettings | None = None,
        show_pdf: Callable[..., object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports"))
        self.db, self.today, self.settings, self.show_pdf = db, today, settings, show_pdf
        self.report: Report | None = None
        self.worker: Worker | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("reportChoice")
        for name in REPORTS:
            self.choice.addItem(report_title(name), name)
        label = QLabel(self.tr("&Report:"))
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice)
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        for key, label in zip(
            PRESETS,
            (
                self.tr("Today"),
                self.tr("This week"),
                self.tr("Last week"),
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("Custom"),
            ),
            strict=True,
        ):
            self.preset.addItem(label, key)
        self.preset.setCurrentIndex(PRESETS.index("this_week"))
        top.addWidget(self.preset)
        self.start = QDateEdit()
        self.end = QDateEdit()
        self.as_of = QDateEdit(_qdate(today))
        for edit, name in ((self.start, "periodStart"), (self.end, "periodEnd"),
                           (self.as_of, "asOf")):  # fmt: skip
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("MM/dd/yyyy")
            edit.setMaximumDate(_qdate(today))
        self.from_label, self.to_label = QLabel(self.tr("from")), QLabel(self.tr("to"))
        self.as_of_label = QLabel(self.tr("as of"))
        for widget in (self.from_label, self.start, self.to_label, self.end, self.as_of_label,
                       self.as_of):  # fmt: skip
            top.addWidget(widget)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("showReport")
        self.show_button.setDefault(True)
        top.addWidget(self.show_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.body = QScrollArea()
        self.body.setWidgetResizable(True)
        self.placeholder = QLabel(self.tr("Choose a report and a period, then press Show."))
        self.body.setWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.hide()
        layout.addWidget(self.progress)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        bottom.addWidget(self.status, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        bottom.addWidget(self.cancel_button)
        self.export_buttons: dict[ExportFormat, QPushButton] = {}
        formats: tuple[tuple[ExportFormat, str], ...] = (
            ("xlsx", self.tr("Export to &Excel…")),
            ("csv", self.tr("Export to &CSV…")),
            ("pdf", self.tr("Save as &PDF…")),
        )
        for fmt, label in formats:
            button = QPushButton(label)
            button.setObjectName(f"export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            bottom.addWidget(button)
            self.export_buttons[fmt] = button
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_report)
        bottom.addWidget(self.print_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.show_button.clicked.connect(self.build)
        self.cancel_button.clicked.connect(self.cancel)
        self._preset_changed()
        self._choice_changed()
        geometry = settings.value("reports/geometry") if settings else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 720)

    # -- choosing ----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return str(self.choice.currentData())

    def _choice_changed(self) -> None:
        aging = self.name == "aging"
        periodic = self.name not in ("aging", "recovery")
        for widget in (self.preset, self.from_label, self.start, self.to_label, self.end):
            widget.setVisible(periodic)
        for widget in (self.as_of_label, self.as_of):
            widget.setVisible(aging)

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            first, last = period_for(str(key), self.today)
            self.start.setDate(_qdate(first))
            self.end.setDate(_qdate(last))

    # -- building ----------------------------------------------------------------------------
    def build(self) -> None:
        name = self.name
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        as_of = _pydate(self.as_of.date())
        today = self.today

        def job(progress: Progress, cancelled: Cancelled) -> Report | None:
            return build_report(
                self.db,
                name,
                as_of=as_of,
                start=start,
                end=end,
                today=today,
                progress=progress,
                cancelled=cancelled,
            )

        self.status.setText(self.tr("Working out the figures…"))
        self._run(job, self._built)

    def _built(self, report: Report | None) -> None:
        if report is None:
            self.status.setText(self.tr("Cancelled."))
            return
        self.report = report
        page = QWidget()
        page.setObjectName("reportPage")
        layout = QVBoxLayout(page)
        heading = QLabel(
            self.tr("{title} — {period}").format(title=self.tr(report.title), period=report.period)
        )
        heading.setObjectName("reportHeading")
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        layout.addWidget(heading)
        if report.headline:
            layout.addWidget(HeadlineWidget(report))
        for chart in report.charts:
            layout.addWidget(ChartWidget(chart))
        self.tables = [ReportTableWidget(t) for t in report.tables]
        for widget in self.tables:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.body.setWidget(page)
        self.status.setText(
            self.tr("{title}, {period}").format(title=report.title, period=report.period)
        )
        for button in (*self.export_buttons.values(), self.print_button):
            button.setEnabled(True)

    # -- exporting ---------------------------------------------------------------------------
    def ask_path(self, fmt: ExportFormat) -> Path | None:
        """Where to save the export (tests replace this)."""
        folder = self.settings.value("reports/lastDir") if self.settings else None
        if not folder:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        label, suffix = FORMATS[fmt]
        assert self.report is not None
        name = f"{self.report.name}-{self.today.isoformat()}{suffix}"
        chosen, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            str(Path(str(folder)) / name),
            QCoreApplication.translate("ReportsWindow", label),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self, fmt: ExportFormat) -> None:
        report = self.report
        if report is None:
            return
        path = self.ask_path(fmt)
        if path is None:
            return
        if self.settings is not None:
            self.settings.setValue("reports/lastDir", str(path.parent))
        letterhead = get_office_profile(self.db).letterhead

        def job(progress: Progress, cancelled: Cancelled) -> Path | None:
            done = export_report(
                report,
                path,
                fmt,
                excel_bom=True,
                progress=progress,
                cancelled=cancelled,
                letterhead=letterhead,
            )
            return path if done else None

        self.status.setText(self.tr("Saving {path}…").format(path=str(path)))
        self._run(job, self._exported)

    def _exported(self, path: Path | None) -> None:
        if path is None:
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        self.last_export = path
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))

    def print_report(self) -> None:
        """Print through the PDF preview (its Print… asks for the printer)."""
        report = self.report
        if report is None or self.show_pdf is None:
            return
        import io

        from collectorpro.documents.report_pdf import render_report

        out = io.BytesIO()
        try:
            render_report(report, out, letterhead=get_office_profile(self.db).letterhead)
        except (ValueError, OSError) as exc:
            messages.error(self, self.tr("Not printed"), str(exc))
            return
        self.preview = self.show_pdf(
            self,
            out.getvalue(),
            title=self.tr("{title} — {period}").format(title=report.title, period=report.period),
            suggested_name=f"{report.name}-{self.today.isoformat()}.pdf",
            settings=self.settings,
        )

    # -- running -----------------------------------------------------------------------------
    def _run(self, job: Job[R | None], on_result: Callable[[R | None], None]) -> None:
        self._busy(True)
        self.worker = run_job(
            job,
            on_result=lambda result: self._finished(on_result, result),
            on_failed=self._failed,
            progress_bar=self.progress,
        )

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _finished(self, on_result: Callable[[R | None], None], result: R | None) -> None:
        cancelled = self.worker is not None and self.worker.cancelled
        self.worker = None
        self._busy(False)
        on_result(None if cancelled and not isinstance(result, Report) else result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self.status.setText(message)
        messages.error(self, self.tr("Reports"), message)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0 if busy else 1)
        self.cancel_button.setEnabled(busy)
        self.show_button.setEnabled(not busy)
        for button in (*self.export_buttons.values(), self.print_button):
            button.setEnabled(not busy and self.report is not None)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def reject(self) -> None:
        if self.worker is not None:
            self.cancel()
            return
        if self.settings is not None:
            self.settings.setValue("reports/geometry", self.saveGeometry())
        super().reject()
