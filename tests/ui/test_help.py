"""The Help menu: guide, shortcuts, folders, About."""

from __future__ import annotations

import collectorpro
from collectorpro.core import paths
from collectorpro.ui import help_dialogs


def test_the_guide_opens_with_f1(qtbot, window):
    window.act_guide.trigger()
    guide = window.help_window
    qtbot.waitExposed(guide)
    assert "Your day" in guide.browser.toPlainText()
    assert window.act_guide.shortcut().toString() == "F1"


def test_the_shortcuts_list_is_read_from_the_actions(qtbot, window):
    window.act_shortcuts.trigger()
    table = window.help_window.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Send letter"] == "Ctrl+Shift+L"
    assert rows["Today's worklist"] == "Ctrl+T"
    assert rows["Log interaction"] == "Ctrl+L"


def test_folders_and_about(window, monkeypatch, shown_messages):
    opened = []
    monkeypatch.setattr(help_dialogs, "open_folder", lambda path: opened.append(path) or True)
    window.act_data_folder.trigger()
    window.act_log_folder.trigger()
    assert opened == [paths.user_data_dir(), paths.user_log_dir()]
    window.act_about.trigger()
    title, text = shown_messages[-1]
    assert title == "About CollectorPro" and collectorpro.__version__ in text
