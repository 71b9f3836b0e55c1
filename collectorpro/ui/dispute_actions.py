"""The window's dispute work: record one, mark verification sent, resolve it, the office list.

Kept apart from the main window so the window stays a layout; this object owns the Disputes
action, answers the account's Disputes tab and works through the window it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from collectorpro.ui.dispute_dialogs import (
    CloseDisputeDialog,
    DisputesWindow,
    OpenDisputeDialog,
    VerificationSentDialog,
)
from collectorpro.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from collectorpro.ui.main_window import MainWindow

__all__ = ["DisputeActions"]


class DisputeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.disputes_window: DisputesWindow | None = None
        panel = window.detail.disputes
        panel.recordRequested.connect(self.record_dispute)
        panel.verificationRequested.connect(self.verification_sent)
        panel.resolveRequested.connect(self.resolve_dispute)
        self.act_disputes = window._action(
            self.tr("&Disputes…"), self.show_disputes, "Ctrl+Shift+D"
        )

    def record_dispute(self) -> FormDialog | None:
        w = self.window
        account_id = w.current_account_id()
        if account_id is None:
            return None
        return w._open(OpenDisputeDialog(w.db, account_id, w.user_id(), w.today(), parent=w))

    def verification_sent(self, dispute: object) -> FormDialog:
        w = self.window
        return w._open(
            VerificationSentDialog(w.db, dispute, w.user_id(), w.today(), parent=w)  # type: ignore[arg-type]
        )

    def resolve_dispute(self, dispute: object) -> FormDialog:
        w = self.window
        return w._open(
            CloseDisputeDialog(w.db, dispute, w.user_id(), w.today(), parent=w)  # type: ignore[arg-type]
        )

    def show_disputes(self) -> DisputesWindow:
        w = self.window

        def go_to(account_id: int) -> None:
            if not w.select_account(account_id):
                w.filters.clear()
                w.select_account(account_id)
            w.detail.tabs.setCurrentWidget(w.detail.disputes)

        window = DisputesWindow(
            w.db,
            w.user_id(),
            w.today(),
            parent=w,
            on_open_account=go_to,
            settings=w.settings,
        )
        window.finished.connect(lambda _result: w.refresh())
        self.disputes_window = window
        window.open()
        return window
