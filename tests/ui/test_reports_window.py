"""Reports and the dashboard, from the window: show, export, print."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QDate, Qt

from collectorpro.ui import reports_window
from collectorpro.ui.reports_window import period_for
from tests.factories import TODAY


def open_reports(qtbot, window):
    window.act_reports.trigger()
    dialog = window.reports_window
    qtbot.waitExposed(dialog)
    return dialog


def show(qtbot, dialog, name):
    dialog.choice.setCurrentIndex(dialog.choice.findData(name))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.report is not None, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.report.name == name, timeout=20_000)


def test_aging_is_shown_and_exported_to_excel(qtbot, window, tmp_path):
    dialog = open_reports(qtbot, window)
    assert dialog.as_of.isVisible() and not dialog.start.isVisible()
    show(qtbot, dialog, "aging")
    first = dialog.tables[0].table
    last_row = first.rowCount() - 1
    assert first.item(last_row, 0).text() in ("Total", "All accounts")
    # the three accounts' balances: $1,250.00 + $50.00 + $725.50
    texts = [first.item(last_row, c).text() for c in range(first.columnCount())]
    assert "$2,025.50" in texts
    target = tmp_path / "aging.xlsx"
    dialog.ask_path = lambda fmt: target
    qtbot.mouseClick(dialog.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and target.exists(), timeout=20_000)
    values = [
        c.value for row in openpyxl.load_workbook(target).worksheets[0].iter_rows() for c in row
    ]
    assert 2025.5 in values
    assert "Saved to" in dialog.status.text()


def test_a_custom_period_for_collections(qtbot, window):
    dialog = open_reports(qtbot, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData("collections"))
    assert dialog.start.isVisible() and not dialog.as_of.isVisible()
    dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    dialog.start.setDate(QDate(2026, 11, 1))
    dialog.end.setDate(QDate(2026, 11, 24))
    show(qtbot, dialog, "collections")
    assert "November 1" in dialog.report.period and "24, 2026" in dialog.report.period


def test_print_goes_through_the_pdf_preview(qtbot, window, monkeypatch):
    shown = []
    dialog = open_reports(qtbot, window)
    dialog.show_pdf = lambda parent, pdf, **kw: shown.append((kw["title"], pdf))
    show(qtbot, dialog, "weekly")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0][0].startswith("Weekly") and shown[0][1].startswith(b"%PDF")


def test_the_dashboard_draws_its_charts(qtbot, window):
    window.act_dashboard.trigger()
    view = window.dashboard
    qtbot.waitUntil(lambda: not view.busy and view.report is not None, timeout=20_000)
    assert len(view.charts) == 3
    titles = [c.chart().title() for c in view.charts]
    assert "Amount owed by days past due" in titles and "Collections per week" in titles
    assert view.findChild(type(view.heading), "headline0").text()
    # the third chart has the row to itself, and no axis label is cut short
    assert view.grid.getItemPosition(view.grid.indexOf(view.charts[2]))[1:] == (0, 1, 2)
    for chart_view in view.charts:
        for axis in chart_view.chart().axes():
            assert axis.labelsFont().pointSizeF() < chart_view.font().pointSizeF()


def test_large_sums_read_in_thousands_on_round_steps(qtbot):
    from PySide6.QtCharts import QValueAxis

    from collectorpro.core.report_model import Chart, Series
    from collectorpro.ui.report_widgets import ChartWidget

    spec = Chart("Collected", "bar", ("a", "b"), (Series("Paid", (12_345.0, 47_423.0)),), "money")
    widget = ChartWidget(spec)
    qtbot.addWidget(widget)
    (axis,) = [a for a in widget.chart().axes() if isinstance(a, QValueAxis)]
    assert axis.labelFormat() == "$%.0fk" and axis.max() == 60 and axis.min() == 0
    small = ChartWidget(Chart("Fees", "bar", ("a",), (Series("Fees", (850.0,)),), "money"))
    qtbot.addWidget(small)
    (axis,) = [a for a in small.chart().axes() if isinstance(a, QValueAxis)]
    assert axis.labelFormat() == "$%.0f" and axis.max() >= 850


def test_named_periods():
    assert period_for("this_month", TODAY) == (TODAY.replace(day=1), TODAY)
    first, last = period_for("last_week", TODAY)
    assert (last - first).days == 6 and first.weekday() == 0
    assert reports_window.FORMATS["xlsx"][1] == ".xlsx"
