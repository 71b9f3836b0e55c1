"""The window's account work: logging a contact, a promise, a follow-up, a status change, a
charge or adjustment, and the debtor's addresses, phones and emails.

Kept apart from the main window like the money and dispute actions: this object owns the
actions and the dialogs behind them and works through the ``Desk`` it is given. Its words
keep the window's translation context ("MainWindow"), where the Spanish catalogue has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from collectorpro.services.accounts import contact_points as contacts
from collectorpro.services.accounts.snapshots import AddressView, EmailView, PhoneView
from collectorpro.services.compliance.overrides import Override
from collectorpro.services.compliance.rules import Decision
from collectorpro.ui import messages, override_dialog
from collectorpro.ui.account_dialogs import (
    AddressDialog,
    EmailDialog,
    FollowUpDialog,
    LedgerEntryDialog,
    LogInteractionDialog,
    PhoneDialog,
    PromiseDialog,
    StatusDialog,
)
from collectorpro.ui.desk import Desk
from collectorpro.ui.form_dialog import FormDialog

__all__ = ["AccountActions", "ContactPoint"]

ContactPoint = AddressView | PhoneView | EmailView


class AccountActions(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        make = desk.make_action
        translate = QCoreApplication.translate
        self.act_log = make(
            translate("MainWindow", "&Log interaction…"), self.log_interaction, "Ctrl+L"
        )
        self.act_promise = make(
            translate("MainWindow", "Record &promise…"), self.record_promise, "Ctrl+Shift+P"
        )
        self.act_status = make(
            translate("MainWindow", "Change &status…"), self.change_status, "Ctrl+Shift+S"
        )
        self.act_entry = make(
            translate("MainWindow", "Post charge or &adjustment…"), self.post_entry, "Ctrl+Shift+A"
        )
        self.act_follow_up = make(
            translate("MainWindow", "Set &follow-up…"), self.set_follow_up, "Ctrl+Shift+F"
        )
        detail = desk.detail
        detail.contactAdd.connect(lambda kind: self.open_contact_dialog(kind, None))
        detail.contactChange.connect(self.open_contact_dialog)
        detail.contactRetire.connect(self.retire_contact)

    def log_interaction(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        dialog = LogInteractionDialog(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        return w.open_dialog(self._guarded(dialog))

    def _guarded(self, dialog: LogInteractionDialog) -> LogInteractionDialog:
        """The dialog logs at the window's clock and asks for an override when stopped."""
        w = self.desk
        dialog.now = w.now
        translate = QCoreApplication.translate

        def request(decision: Decision) -> Override | None:
            what = {
                "call": translate("MainWindow", "This call"),
                "sms": translate("MainWindow", "This text message"),
                "email": translate("MainWindow", "This email"),
                "letter": translate("MainWindow", "This letter"),
            }.get(decision.channel) or translate("MainWindow", "This {channel}").format(
                channel=decision.channel
            )
            return override_dialog.ask_override(
                dialog, decision, w.users(), what=what, current_user_id=w.user_id()
            )

        dialog.request_override = request
        return dialog

    def set_follow_up(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        return w.open_dialog(
            FollowUpDialog(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        )

    def record_promise(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        return w.open_dialog(
            PromiseDialog(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        )

    def change_status(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        shown = w.detail.detail
        if account_id is None or shown is None:
            return None
        return w.open_dialog(
            StatusDialog(
                w.db,
                account_id,
                w.user_id(),
                w.today(),
                shown.allowed_statuses,
                parent=w.parent,
            )
        )

    def post_entry(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        return w.open_dialog(
            LedgerEntryDialog(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        )

    # -- the debtor's addresses, phones and emails ---------------------------------------
    def open_contact_dialog(self, kind: str, current: ContactPoint | None) -> FormDialog | None:
        w = self.desk
        shown = w.detail.detail
        if shown is None:
            return None
        db, debtor, user, today = w.db, shown.debtor_id, w.user_id(), w.today()
        dialog: FormDialog
        if kind == "address":
            address = current if isinstance(current, AddressView) else None
            dialog = AddressDialog(db, debtor, user, today, current=address, parent=w.parent)
        elif kind == "phone":
            phone = current if isinstance(current, PhoneView) else None
            dialog = PhoneDialog(db, debtor, user, today, current=phone, parent=w.parent)
        else:
            email = current if isinstance(current, EmailView) else None
            dialog = EmailDialog(db, debtor, user, today, current=email, parent=w.parent)
        return w.open_dialog(dialog)

    def retire_contact(self, kind: str, current: ContactPoint) -> None:
        w = self.desk
        shown = w.detail.detail
        if shown is None:
            return
        translate = QCoreApplication.translate
        question = {
            "address": translate(
                "MainWindow", "Mark this address as no longer valid? It stays in the history."
            ),
            "phone": translate(
                "MainWindow", "Mark this phone as no longer valid? It stays in the history."
            ),
            "email": translate(
                "MainWindow", "Mark this email as no longer valid? It stays in the history."
            ),
        }.get(kind) or translate(
            "MainWindow", "Mark this {kind} as no longer valid? It stays in the history."
        ).format(kind=kind)
        if not messages.confirm(w.parent, translate("MainWindow", "No longer valid"), question):
            return
        debtor_id, row_id = shown.debtor_id, current.id
        w.run(
            lambda: contacts.retire_contact(
                w.db,
                debtor_id=debtor_id,
                user_id=w.user_id(),
                kind=kind,
                row_id=row_id,
                today=w.today(),
            )
        )
        w.refresh()
