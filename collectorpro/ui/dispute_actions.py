"""The window's dispute work: record one, mark verification sent, resolve it, the office list.

Kept apart from the main window so the window stays a layout; this object owns the Disputes
action, answers the account's Disputes tab and works through the ``Desk`` it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from collectorpro.services.disputes.lifecycle import DisputeView
from collectorpro.ui.desk import Desk
from collectorpro.ui.dispute_dialogs import (
    CloseDisputeDialog,
    OpenDisputeDialog,
    VerificationSentDialog,
)
from collectorpro.ui.dispute_lists import DisputesWindow
from collectorpro.ui.form_dialog import FormDialog

__all__ = ["DisputeActions"]


class DisputeActions(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        self.disputes_window: DisputesWindow | None = None
        panel = desk.detail.disputes
        panel.recordRequested.connect(self.record_dispute)
        panel.verificationRequested.connect(self.verification_sent)
        panel.resolveRequested.connect(self.resolve_dispute)
        self.act_disputes = desk.make_action(
            self.tr("&Disputes…"), self.show_disputes, "Ctrl+Shift+D"
        )

    def record_dispute(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        return w.open_dialog(
            OpenDisputeDialog(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        )

    def verification_sent(self, dispute: DisputeView) -> FormDialog:
        w = self.desk
        return w.open_dialog(
            VerificationSentDialog(w.db, dispute, w.user_id(), w.today(), parent=w.parent)
        )

    def resolve_dispute(self, dispute: DisputeView) -> FormDialog:
        w = self.desk
        return w.open_dialog(
            CloseDisputeDialog(w.db, dispute, w.user_id(), w.today(), parent=w.parent)
        )

    def show_disputes(self) -> DisputesWindow:
        w = self.desk

        def go_to(account_id: int) -> None:
            if not w.select_account(account_id):
                w.clear_filters()
                w.select_account(account_id)
            w.detail.tabs.setCurrentWidget(w.detail.disputes)

        window = DisputesWindow(
            w.db,
            w.user_id(),
            w.today(),
            parent=w.parent,
            on_open_account=go_to,
            settings=w.settings,
        )
        window.finished.connect(lambda _result: w.refresh())
        self.disputes_window = window
        window.open()
        return window
