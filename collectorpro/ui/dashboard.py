"""The dashboard: this week's headline figures and three charts, from the weekly summary.

It shows the same figures and charts as the weekly management summary PDF; it is built in
the thread pool when the tab is first opened and again on Refresh. The chart widgets (and
QtCharts behind them) are imported when the first figures arrive, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.report_model import Report
from collectorpro.ui.worker import Worker, busy_bar, run_call

if TYPE_CHECKING:  # imported with the first figures (see _loaded)
    from collectorpro.ui.report_widgets import ChartWidget

__all__ = ["DashboardView"]


class DashboardView(QWidget):
    def __init__(self, load: Callable[[], Report], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.report: Report | None = None
        self.worker: Worker[Report] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Dashboard"))
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        top.addWidget(self.heading, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.progress = busy_bar()
        layout.addWidget(self.progress)
        self.content = QWidget()
        self.grid = QGridLayout(self.content)
        layout.addWidget(self.content, 1)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        layout.addWidget(self.status)
        self.charts: list[ChartWidget] = []

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def reload(self) -> None:
        if self.worker is not None:
            return
        self.worker = run_call(self.load, on_result=self._loaded, on_failed=self._failed)
        self.progress.show()
        self.status.setText(self.tr("Working out this week's figures…"))

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.hide()
        self.status.setText(message)

    def _loaded(self, report: Report) -> None:
        from collectorpro.ui.report_widgets import ChartWidget, HeadlineWidget  # on first use

        self.worker = None
        self.progress.hide()
        self.report = report
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.heading.setText(self.tr("Dashboard — {period}").format(period=report.period))
        self.grid.addWidget(HeadlineWidget(report), 0, 0, 1, 2)
        self.charts = [ChartWidget(chart) for chart in report.charts]
        for i, chart in enumerate(self.charts):
            last_alone = i == len(self.charts) - 1 and i % 2 == 0
            self.grid.addWidget(chart, 1 + i // 2, i % 2, 1, 2 if last_alone else 1)
        self.status.setText(self.tr("The weekly summary report prints the same figures."))
