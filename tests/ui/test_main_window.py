"""Drive the main window as a collector would: find, filter, sort, select, read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from collectorpro.services.accounts.listing import SortKey
from collectorpro.services.office.database import open_database
from collectorpro.ui.account_model import COLUMN_OF, AccountTableModel
from collectorpro.ui.main_window import MainWindow
from tests.factories import TODAY


def visible_numbers(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def list_loaded(qtbot, window: MainWindow) -> None:
    """A new search, filter or order, and the list's count and total, load in the background."""
    qtbot.waitUntil(lambda: not window.model.loading)


def test_window_lists_accounts_with_count_and_total(qtbot, window):
    assert window.model.rowCount() == 3
    list_loaded(qtbot, window)
    assert window.summary_label.text() == "3 accounts · $2,025.50 total balance"
    # default order: most days past due first
    assert visible_numbers(window) == ["RFM-000002", "RFM-000001", "CVW-000003"]
    # the first account is open in the detail pane from the start
    assert window.detail.name_label.text() == "Ann Smith"


def test_model_passes_qt_model_tester(qtmodeltester, office):
    model = AccountTableModel(office, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_typing_in_search_finds_by_name_phone_and_account(qtbot, window):
    search = window.filters.search
    qtbot.keyClicks(search, "munoz")  # accents do not matter
    qtbot.waitUntil(lambda: visible_numbers(window) == ["RFM-000001"])
    search.clear()
    qtbot.keyClicks(search, "0188")  # last four of Ann Smith's phone
    qtbot.waitUntil(lambda: visible_numbers(window) == ["RFM-000002"])
    search.clear()
    qtbot.keyClicks(search, "CVW-0000")
    qtbot.waitUntil(lambda: visible_numbers(window) == ["CVW-000003"])
    list_loaded(qtbot, window)
    assert window.summary_label.text().startswith("1 account ·")


def test_search_with_no_match_shows_an_empty_state_that_clears(qtbot, window):
    qtbot.keyClicks(window.filters.search, "nobody here")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.empty_state)
    assert "No accounts match" in window.empty_label.text()
    qtbot.mouseClick(window.empty_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert window.filters.search.text() == ""


def test_filters_narrow_the_list(qtbot, window):
    service = window.filters.service
    service.setCurrentIndex(service.findText("Utility"))
    list_loaded(qtbot, window)
    assert visible_numbers(window) == ["CVW-000003"]
    service.setCurrentIndex(0)
    bucket = window.filters.bucket
    bucket.setCurrentIndex(bucket.findText("180+ days"))
    list_loaded(qtbot, window)
    assert visible_numbers(window) == ["RFM-000002"]
    assert window.summary_label.text() == "1 account · $50.00 total balance"


def test_clicking_a_header_sorts_in_sql(qtbot, window):
    header = window.table.horizontalHeader()
    balance_col = COLUMN_OF[SortKey.BALANCE]
    x = header.sectionViewportPosition(balance_col) + 5
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    list_loaded(qtbot, window)
    first = visible_numbers(window)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    list_loaded(qtbot, window)
    second = visible_numbers(window)
    assert {tuple(first), tuple(second)} == {
        ("RFM-000002", "CVW-000003", "RFM-000001"),
        ("RFM-000001", "CVW-000003", "RFM-000002"),
    }
    assert window.model.query.sort is SortKey.BALANCE


def test_selecting_an_account_shows_its_detail(qtbot, window):
    row = visible_numbers(window).index("RFM-000001")
    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(window.model.index(row, 1)).center(),
    )
    assert window.detail.name_label.text() == "José Muñoz"
    assert window.detail.balance_label.text() == "$1,250.00"
    assert "45 days past due" in window.detail.dpd_label.text()
    assert window.detail.ledger.rowCount() == 1
    assert window.detail.ledger.item(0, 2).text() == "$1,250.00"
    assert window.detail.phones.table.item(0, 0).text() == "(212) 555-0143"
    assert window.act_log.isEnabled()


def test_empty_office_explains_itself(qtbot, tmp_path, settings, shown_messages):
    db = open_database(tmp_path / "empty.sqlite3")
    w = MainWindow(db, settings, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.list_stack.currentWidget() is w.empty_state
    assert "No accounts yet" in w.empty_label.text()
    assert not w.empty_clear.isVisibleTo(w)
    assert not w.act_log.isEnabled()
    db.dispose()


def test_layout_is_remembered_between_runs(qtbot, office, settings, shown_messages):
    first = MainWindow(office, settings, today=lambda: TODAY)
    qtbot.addWidget(first)
    first.show()
    first.resize(731, 512)
    first.splitter.setSizes([450, 280])
    first.table.setColumnWidth(1, 321)
    first.close()
    second = MainWindow(office, settings, today=lambda: TODAY)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.table.columnWidth(1) == 321
    assert abs(second.splitter.sizes()[0] - first.splitter.sizes()[0]) <= 2


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    window.table.setFocus()
    window.act_find.trigger()
    assert QApplication.focusWidget() is window.filters.search


def test_detail_shows_whether_each_channel_may_be_used_now(qtbot, window):
    lights = window.detail.guard.lights
    assert set(lights) == {"call", "sms", "email", "letter"}
    letter = lights["letter"].label.text()
    assert letter.startswith("Letter:")
    assert "allowed" in letter


def test_no_two_window_actions_share_a_shortcut(window):
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and action.parent() is window
    )
    assert [key for key, n in keys.items() if n > 1] == []
