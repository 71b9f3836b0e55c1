"""The Help menu: the user guide, the keyboard shortcuts, About, the data and log folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.paths import resource
from collectorpro.ui import translation
from collectorpro.ui.tables import fill_table, make_table

__all__ = ["GuideWindow", "ShortcutsDialog", "open_folder"]


def open_folder(path: Path) -> bool:
    """Show a folder in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def guide_path(language: str) -> Path:
    """The guide in the interface language, or the English one."""
    localized = resource("help", f"guide_{language}.html")
    return localized if localized.is_file() else resource("help", "guide.html")


class GuideWindow(QDialog):
    """The short user guide, shipped as HTML in resources/help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CollectorPro guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(translation.current().language)
        try:
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The guide could not be found in {path}.").format(path=str(path))
            )
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut the window has, read from its actions."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = sorted(
            {
                (a.text().replace("&", "").rstrip("…"), a.shortcut().toString())
                for a in actions
                if not a.shortcut().isEmpty()
            }
        )
        self.table: QTableWidget = make_table([self.tr("What"), self.tr("Keys")])
        self.table.setObjectName("shortcuts")
        fill_table(self.table, rows)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)
