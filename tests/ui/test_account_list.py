"""The account list asks the database no more than it needs to, and never makes the window wait.

A new search, filter or order is read in the background behind a busy bar; the list's count
and total follow its page; a newer question wins over an older one whose answer comes late.
"""

from __future__ import annotations

import threading

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
    qtbot.waitUntil(lambda: not window.model.loading)  # the count and total come after the page
    assert counted and window.summary_label.text().startswith("1 account ·")


def test_the_first_page_is_loaded_once_when_the_window_opens(qtbot, office, settings, monkeypatch):
    from collectorpro.ui.main_window import MainWindow

    loads = []
    real = listing.list_page
    monkeypatch.setattr(listing, "list_page", lambda *a, **k: loads.append(1) or real(*a, **k))
    window = MainWindow(office, settings)
    qtbot.addWidget(window)
    assert loads == [1]


def test_a_search_shows_its_page_then_its_count_and_total(qtbot, window, monkeypatch):
    qtbot.waitUntil(lambda: not window.model.loading)
    page_ready, figures_ready = threading.Event(), threading.Event()
    real_page, real_summary = listing.list_page, listing.summarize
    monkeypatch.setattr(
        listing, "list_page", lambda *a, **k: page_ready.wait(10) and real_page(*a, **k)
    )
    monkeypatch.setattr(
        listing, "summarize", lambda *a, **k: figures_ready.wait(10) and real_summary(*a, **k)
    )
    busy = window.accounts_tab.progress
    qtbot.keyClicks(window.filters.search, "smith")
    qtbot.waitUntil(busy.isVisible)
    assert window.model.rowCount() == 3  # the list as it was until the new page is in
    assert window.filters.search.isEnabled()  # and the person may go on typing
    page_ready.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == "RFM-000002"
    assert not busy.isVisible()
    assert window.summary_label.text() == "Counting the accounts…"
    figures_ready.set()
    qtbot.waitUntil(lambda: window.summary_label.text() == "1 account · $50.00 total balance")


def test_a_newer_search_wins_over_an_older_one_that_comes_late(qtbot, window, monkeypatch):
    qtbot.waitUntil(lambda: not window.model.loading)
    slow_search_may_end, slow_search_ended = threading.Event(), threading.Event()
    real = listing.list_page

    def list_page(db, query, **kwargs):
        if query.search != "munoz":
            return real(db, query, **kwargs)
        slow_search_may_end.wait(10)
        try:
            return real(db, query, **kwargs)
        finally:
            slow_search_ended.set()

    monkeypatch.setattr(listing, "list_page", list_page)
    search = window.filters.search
    qtbot.keyClicks(search, "munoz")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    search.clear()
    qtbot.keyClicks(search, "wong")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.summary_label.text() == "1 account · $725.50 total balance")
    assert window.model.index(0, 0).data() == "CVW-000003"
    slow_search_may_end.set()
    qtbot.waitUntil(slow_search_ended.is_set)
    qtbot.wait(200)  # its page has come back by now, and is dropped
    assert window.model.rowCount() == 1 and window.model.index(0, 0).data() == "CVW-000003"
    assert window.model.query.search == "wong" and not window.accounts_tab.progress.isVisible()
    assert window.summary_label.text() == "1 account · $725.50 total balance"


def test_a_slow_filter_leaves_the_selected_account_open_until_its_page_is_in(
    qtbot, window, monkeypatch
):
    qtbot.waitUntil(lambda: not window.model.loading)
    assert window.detail.name_label.text() == "Ann Smith"
    page_ready = threading.Event()
    real = listing.list_page
    monkeypatch.setattr(listing, "list_page", lambda *a, **k: page_ready.wait(10) and real(*a, **k))
    service = window.filters.service
    service.setCurrentIndex(service.findText("Utility"))
    qtbot.waitUntil(window.accounts_tab.progress.isVisible)
    assert window.current_account_id() is not None and window.detail.detail is not None
    page_ready.set()
    qtbot.waitUntil(lambda: not window.model.loading)
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == [
        "CVW-000003"
    ]
    # as before: a new list has no account selected until the person picks one
    assert window.current_account_id() is None and window.detail.detail is None
