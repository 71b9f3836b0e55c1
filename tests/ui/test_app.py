"""Starting the app: a bad database is explained, and an unexpected error is logged and shown."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QSettings

from collectorpro.ui import app as app_module


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    """The app reads this person's settings (the language among them) from a file of the test's."""
    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(app_module, "settings", lambda: QSettings(path, QSettings.Format.IniFormat))


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


def test_the_window_icon_is_the_collectorpro_icon(qapp, tmp_path, shown_messages):
    icon = app_module.window_icon()
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull()
    bogus = tmp_path / "office.sqlite3"
    bogus.write_text("these are not accounts")
    assert app_module.run_gui(bogus) == 2
    assert not qapp.windowIcon().isNull()
