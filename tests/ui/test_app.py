"""Starting the app: a bad database is explained, and an unexpected error is logged and shown."""

from __future__ import annotations

import logging
import sys

from collectorpro.ui import app as app_module


def test_an_unusable_database_is_explained_not_a_traceback(qapp, tmp_path, shown_messages):
    bogus = tmp_path / "office.sqlite3"
    bogus.write_text("these are not accounts")
    assert app_module.run_gui(bogus) == 2
    assert shown_messages == [("CollectorPro", f"{bogus} is not a CollectorPro database.")]
    assert bogus.read_text() == "these are not accounts"


def test_crash_handler_logs_and_shows_a_dialog(qapp, shown_messages, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_crash_handler()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="collectorpro"):
            sys.excepthook(*sys.exc_info())
    assert "boom in a slot" in caplog.text
    ((title, text),) = shown_messages
    assert title == "Something went wrong"
    assert "Your saved work is safe" in text
