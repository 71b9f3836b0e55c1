"""The main window's layout memory: its size and place, the splitter, the account list's
columns and who was working, kept in ``QSettings`` between starts.

The window hands over exactly the widgets whose state is kept, by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QComboBox, QMainWindow, QSplitter, QTableView

__all__ = ["WindowLayout"]

# the account list's columns the first time, before the person has moved any
FIRST_COLUMN_WIDTHS = (105, 165, 165, 90, 110, 85, 80, 130, 140)


def _state(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


@dataclass(frozen=True)
class WindowLayout:
    settings: QSettings
    window: QMainWindow
    splitter: QSplitter
    table: QTableView
    user_combo: QComboBox

    def restore(self) -> bool:
        """Put the window back as it was; True when the list's columns (and order) were kept."""
        s = self.settings
        geometry = _state(s, "main/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1360, 820)
        splitter = _state(s, "main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([800, 560])
        header = _state(s, "main/accountColumns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        else:
            for col, width in enumerate(FIRST_COLUMN_WIDTHS):
                self.table.setColumnWidth(col, width)
        user_id = s.value("main/userId")
        if user_id is not None:
            index = self.user_combo.findData(int(str(user_id)))
            if index >= 0:
                self.user_combo.setCurrentIndex(index)
        return header is not None

    def save(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.window.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        s.setValue("main/accountColumns", self.table.horizontalHeader().saveState())
        if self.user_combo.currentData() is not None:
            s.setValue("main/userId", int(self.user_combo.currentData()))
        s.sync()
