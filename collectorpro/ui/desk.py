"""What the window's action groups (money, disputes) are given to work with, by name.

An action group owns its actions and the flows behind them; it never reaches into the
window. The window hands it this: the database, the detail pane it acts on, who is working
and which day and moment it is, the office's users, the selected account, and the window's own
ways of running a service call, opening a dialog, making an action and refreshing after a change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from collectorpro.models.db import Database
from collectorpro.services.office.users import UserView
from collectorpro.ui.detail_pane import DetailPane
from collectorpro.ui.form_dialog import FormDialog

__all__ = ["Desk", "RunCall"]

T = TypeVar("T")


class RunCall(Protocol):
    """Run a service call; a refusal or a storage failure is shown and gives None."""

    def __call__(self, work: Callable[[], T], /) -> T | None: ...


@dataclass(frozen=True)
class Desk:
    parent: QWidget  # dialogs and previews open over it
    db: Database
    detail: DetailPane
    settings: QSettings | None
    user_id: Callable[[], int]
    today: Callable[[], date]
    account_id: Callable[[], int | None]
    run: RunCall
    # open a form dialog over the window; saving it refreshes the account
    open_dialog: Callable[[FormDialog], FormDialog]
    make_action: Callable[..., QAction]
    refresh: Callable[[], None]
    select_account: Callable[[int], bool]
    clear_filters: Callable[[], None]
    show_message: Callable[[str, int], None]
    # email a document to the account's debtor from its preview
    email_document: Callable[[int, str, str, bytes], object]
    # the window's clock (a contact is logged at this moment) and the office's active users
    now: Callable[[], datetime]
    users: Callable[[], Sequence[UserView]]
