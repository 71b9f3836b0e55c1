"""The main window's menus and its account toolbar, built from the actions handed over.

The window and its action groups own the actions; this module only places them. Its words
keep the window's translation context ("MainWindow"), where the Spanish catalogue has them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMenuBar, QToolBar

from collectorpro.models.enums import UserRole
from collectorpro.services.office.users import UserView

__all__ = ["account_toolbar", "add_menu"]


def add_menu(bar: QMenuBar, title: str, entries: Sequence[QAction | None]) -> QMenu:
    """A menu of ``entries`` in order; ``None`` draws a separator."""
    menu = bar.addMenu(title)
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
    return menu


def account_toolbar(
    actions: Sequence[QAction], users: Sequence[UserView]
) -> tuple[QToolBar, QComboBox]:
    """The account actions in a word or two each, then "Working as" and the user picker."""
    translate = QCoreApplication.translate
    toolbar = QToolBar(translate("MainWindow", "Account actions"))
    toolbar.setObjectName("accountToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    # the toolbar names each action in a word or two; the menu and tooltip say it in full
    toolbar_names = (
        translate("MainWindow", "Log", "toolbar"),
        translate("MainWindow", "Promise", "toolbar"),
        translate("MainWindow", "Follow-up", "toolbar"),
        translate("MainWindow", "Payment", "toolbar"),
        translate("MainWindow", "Arrangement", "toolbar"),
        translate("MainWindow", "Letter", "toolbar"),
        translate("MainWindow", "Status", "toolbar"),
        translate("MainWindow", "Charge/adjust", "toolbar"),
    )
    for a, name in zip(actions, toolbar_names, strict=True):
        a.setIconText(name)
        toolbar.addAction(a)
    toolbar.addSeparator()
    toolbar.addWidget(QLabel(translate("MainWindow", "Working as ")))
    user_combo = QComboBox()
    user_combo.setObjectName("userCombo")
    roles = {
        UserRole.COLLECTOR: translate("MainWindow", "collector"),
        UserRole.MANAGER: translate("MainWindow", "manager"),
        UserRole.ADMIN: translate("MainWindow", "admin"),
    }
    for u in users:
        user_combo.addItem(
            translate("MainWindow", "{name} ({role})").format(
                name=u.name, role=roles.get(u.role, u.role.value)
            ),
            u.id,
        )
    toolbar.addWidget(user_combo)
    return toolbar, user_combo
