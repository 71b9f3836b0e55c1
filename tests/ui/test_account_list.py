"""The account list asks the database no more than it needs to."""

from __future__ import annotations

from PySide6.QtCore import Qt

from collectorpro.services.accounts import listing
from collectorpro.services.accounts.listing import SortKey
from collectorpro.ui.account_model import COLUMN_OF


def test_sorting_reorders_the_page_without_counting_the_accounts_again(qtbot, window, monkeypatch):
    counted = []
    real = listing.summarize
    monkeypatch.setattr(listing, "summarize", lambda *a, **k: counted.append(1) or real(*a, **k))
    before = window.summary_label.text()
    header = window.table.horizontalHeader()
    header.setSortIndicator(COLUMN_OF[SortKey.BALANCE], Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.model.query.sort is SortKey.BALANCE)
    assert window.model.index(0, 0).data() == "RFM-000001"  # $1,250.00, the largest
    assert counted == [] and window.summary_label.text() == before
    qtbot.keyClicks(window.filters.search, "smith")  # a new question is counted again
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert counted and window.summary_label.text().startswith("1 account ·")


def test_the_first_page_is_loaded_once_when_the_window_opens(qtbot, office, settings, monkeypatch):
    from collectorpro.ui.main_window import MainWindow

    loads = []
    real = listing.list_page
    monkeypatch.setattr(listing, "list_page", lambda *a, **k: loads.append(1) or real(*a, **k))
    window = MainWindow(office, settings)
    qtbot.addWidget(window)
    assert loads == [1]
