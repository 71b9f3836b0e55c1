"""The Help menu's actions: the guide, the keyboard shortcuts, the data and log folders and
About. Its words keep the window's translation context ("MainWindow")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

import collectorpro
from collectorpro.core import paths
from collectorpro.ui import messages

if TYPE_CHECKING:  # the guide and the shortcuts list are imported when first opened
    from collectorpro.ui import help_dialogs

__all__ = ["HelpActions"]


class HelpActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        make_action: Callable[..., QAction],
        actions: Callable[[], Sequence[QAction]],
    ) -> None:
        """``actions``: every action of the window, for the shortcuts list."""
        super().__init__(parent)
        self.window = parent
        self.actions = actions
        self.help_window: help_dialogs.GuideWindow | help_dialogs.ShortcutsDialog | None = None
        translate = QCoreApplication.translate
        make = make_action
        self.act_about = make(translate("MainWindow", "&About CollectorPro"), self.about)
        self.act_guide = make(translate("MainWindow", "CollectorPro &guide"), self.show_guide, "F1")
        self.act_shortcuts = make(
            translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts
        )
        self.act_data_folder = make(
            translate("MainWindow", "Open &data folder"),
            lambda: _open_folder(paths.user_data_dir()),
        )
        self.act_log_folder = make(
            translate("MainWindow", "Open &log folder"),
            lambda: _open_folder(paths.user_log_dir()),
        )
        # the Help menu, in order (None: a separator)
        self.menu_entries = (
            self.act_guide,
            self.act_shortcuts,
            None,
            self.act_data_folder,
            self.act_log_folder,
            None,
            self.act_about,
        )

    def show_guide(self) -> help_dialogs.GuideWindow:
        from collectorpro.ui import help_dialogs

        guide = help_dialogs.GuideWindow(self.window)
        self.help_window = guide
        guide.open()
        return guide

    def show_shortcuts(self) -> help_dialogs.ShortcutsDialog:
        from collectorpro.ui import help_dialogs

        shortcuts = help_dialogs.ShortcutsDialog(list(self.actions()), self.window)
        self.help_window = shortcuts
        shortcuts.open()
        return shortcuts

    def about(self) -> None:
        translate = QCoreApplication.translate
        messages.info(
            self.window,
            translate("MainWindow", "About CollectorPro"),
            translate(
                "MainWindow",
                "CollectorPro {version}\nA collections workbench for small medical and utility "
                "offices.\n\nLicense: proprietary; all rights reserved.\nData folder: {data}",
            ).format(version=collectorpro.__version__, data=str(paths.user_data_dir())),
        )


def _open_folder(path: Path) -> bool:
    from collectorpro.ui import help_dialogs

    return help_dialogs.open_folder(path)
