"""Showing a report: its headline figures, its tables and its charts (QtCharts).

The same ``Report`` the exporters write is shown here, so what the manager sees on screen is
what lands in the spreadsheet and the PDF.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.report_model import Cell, Chart, Column, Report, ReportTable
from collectorpro.ui import formatting
from collectorpro.ui.tables import RIGHT, make_table

__all__ = ["ChartWidget", "HeadlineWidget", "ReportTableWidget", "cell_text"]


def cell_text(value: Cell, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "money" and isinstance(value, int):
        return formatting.money(value)
    if column.kind == "percent" and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    if column.kind == "count" and isinstance(value, int):
        return f"{value:,}"
    if column.kind == "datetime" and isinstance(value, datetime):
        return formatting.moment(value)
    if column.kind == "date" and isinstance(value, date):
        return formatting.day(value)
    return str(value)


class ReportTableWidget(QWidget):
    """One report table with its title, its note and a bold totals row."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(self.tr(table.title))
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        self.table: QTableWidget = make_table([self.tr(c.title) for c in table.columns])
        rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            is_total = table.totals is not None and r == len(rows) - 1
            for c, (value, column) in enumerate(zip(row, table.columns, strict=True)):
                text = cell_text(value, column)
                if is_total and c == 0 and not text:
                    text = self.tr("Total")
                item = QTableWidgetItem(text)
                if column.kind in ("money", "count", "percent"):
                    item.setTextAlignment(RIGHT)
                if is_total:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(min(len(rows), 14)))
        self.table.setMinimumHeight(min(height, 420))
        layout.addWidget(self.table)
        if table.note:
            note = QLabel(self.tr(table.note))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)


class HeadlineWidget(QWidget):
    """The report's headline figures as large numbers in a row."""

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (label, value) in enumerate(report.headline):
            number = QLabel(value)
            number.setObjectName(f"headline{i}")
            number.setStyleSheet("font-size: 20px; font-weight: 600;")
            caption = QLabel(self.tr(label))
            caption.setStyleSheet("color: #555;")
            grid.addWidget(number, 0, i)
            grid.addWidget(caption, 1, i)


class ChartWidget(QChartView):
    """A report chart drawn with QtCharts: bars or a line, money in dollars."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = chart
        qchart = QChart()
        qchart.setTitle(self.tr(chart.title))
        qchart.setMargins(QMargins(4, 4, 4, 4))
        qchart.legend().setVisible(len(chart.series) > 1)
        qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(chart.labels))
        axis_y = QValueAxis()
        peak = max(
            (max((v for v in s.values if v is not None), default=0) for s in chart.series),
            default=0,
        )
        if chart.unit == "percent":
            axis_y.setLabelFormat("%.0f%%")
            scale = 100.0
            axis_y.setRange(0, 100)
        else:
            # large sums read in thousands ($20k), on round steps
            scale = 0.001 if chart.unit == "money" and peak >= 10_000 else 1.0
            axis_y.setRange(0, peak * scale * 1.1 if peak > 0 else 1)
            axis_y.applyNiceNumbers()
            if chart.unit == "money":
                axis_y.setLabelFormat("$%.0fk" if scale < 1 else "$%.0f")
            else:
                axis_y.setLabelFormat("%.0f")
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        axis_x.setLabelsFont(small)
        axis_y.setLabelsFont(small)
        if len(chart.labels) > 6:
            axis_x.setLabelsAngle(-90)  # a narrow chart keeps every label whole
        qchart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if chart.kind == "bar":
            bars = QBarSeries()
            for series in chart.series:
                bar_set = QBarSet(self.tr(series.name))
                bar_set.append([(v or 0.0) * scale for v in series.values])
                bars.append(bar_set)
            qchart.addSeries(bars)
            bars.attachAxis(axis_x)
            bars.attachAxis(axis_y)
        else:
            for series in chart.series:
                line = QLineSeries()
                line.setName(self.tr(series.name))
                for i, value in enumerate(series.values):
                    if value is not None:  # a gap: nothing to measure that week
                        line.append(i, value * scale)
                qchart.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
        self.setChart(qchart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
