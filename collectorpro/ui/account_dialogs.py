"""Dialogs for working an account: log a contact, record a promise, change status, post
a charge or adjustment, and keep contact details."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from collectorpro.core.i18n import label
from collectorpro.core.money import parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    ContactKind,
    LedgerKind,
    Outcome,
)
from collectorpro.services.accounts import book as accounts
from collectorpro.services.accounts import contact_points as contacts
from collectorpro.services.accounts.snapshots import AddressView, EmailView, PhoneView
from collectorpro.services.compliance.overrides import ContactBlocked, Override
from collectorpro.services.compliance.rules import Decision
from collectorpro.services.contacts import log as interactions
from collectorpro.services.contacts import promises
from collectorpro.ui.form_dialog import FormDialog, date_edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _AccountDialog(FormDialog):
    def __init__(
        self,
        title: str,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.db, self.account_id, self.user_id, self.today = db, account_id, user_id, today


class LogInteractionDialog(_AccountDialog):
    """Log a contact. One the contact rules stop asks for a manager's override first.

    ``now`` is the moment the contact is logged for; ``request_override`` asks for the
    manager's permission (the window sets both; tests replace them).
    """

    CALL_CHANNELS = {Channel.OUTBOUND_CALL, Channel.INBOUND_CALL, Channel.VOICEMAIL}

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log interaction"), db, account_id, user_id, today, parent)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.request_override: Callable[[Decision], Override | None] | None = None
        self.channel = QComboBox()
        for ch in Channel:
            self.channel.addItem(label(ch), ch)
        self.outcome = QComboBox()
        for oc in Outcome:
            self.outcome.addItem(label(oc), oc)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said or done"))
        self.notes.setTabChangesFocus(True)
        self.duration = QSpinBox()
        self.duration.setRange(0, 360)
        self.duration.setSuffix(self.tr(" min"))
        self.follow_up_on = QCheckBox(self.tr("Follow up on"))
        self.follow_up = date_edit(to_qdate(self.today), minimum=to_qdate(self.today))
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.promise_box = QGroupBox(self.tr("Promise to pay"))
        self.promise_box.setCheckable(True)
        self.promise_box.setChecked(False)
        promise_form = QFormLayout(self.promise_box)
        self.promise_amount = QLineEdit()
        self.promise_amount.setPlaceholderText("0.00")
        self.promise_due = date_edit(to_qdate(self.today), minimum=to_qdate(self.today))
        promise_form.addRow(self.tr("Amount"), self.promise_amount)
        promise_form.addRow(self.tr("Due"), self.promise_due)

        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Call length"), self.duration)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow(self.follow_up_on, self.follow_up)
        self.form.addRow(self.promise_box)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.promise_box.toggled.connect(self._promise_toggled)
        self._channel_changed()
        self.resize(440, self.sizeHint().height())

    def _channel_changed(self) -> None:
        self.duration.setEnabled(self.channel.currentData() in self.CALL_CHANNELS)

    def _promise_toggled(self, on: bool) -> None:
        if on:
            self.outcome.setCurrentIndex(self.outcome.findData(Outcome.PROMISE_TO_PAY))
            self.promise_amount.setFocus()

    def save(self) -> int:
        amount = due = None
        if self.promise_box.isChecked():
            amount = parse_money(self.promise_amount.text(), field="promised amount")
            due = to_pydate(self.promise_due.date())
        channel = Channel(self.channel.currentData())
        minutes = self.duration.value()
        follow_up = to_pydate(self.follow_up.date()) if self.follow_up_on.isChecked() else None

        def log(override: Override | None = None) -> int:
            return interactions.log_interaction(
                self.db,
                account_id=self.account_id,
                user_id=self.user_id,
                channel=channel,
                outcome=Outcome(self.outcome.currentData()),
                notes=self.notes.toPlainText(),
                duration_seconds=minutes * 60
                if channel in self.CALL_CHANNELS and minutes
                else None,
                follow_up_date=follow_up,
                promise_amount_cents=amount,
                promise_due=due,
                today=self.today,
                occurred_at=occurred_at,
                override=override,
            )

        occurred_at = self.now()
        try:
            return log()
        except ContactBlocked as blocked:
            override = self.request_override(blocked.decision) if self.request_override else None
            if override is None:
                raise
            return log(override)


class PromiseDialog(_AccountDialog):
    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record promise to pay"), db, account_id, user_id, today, parent)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.due = date_edit(to_qdate(self.today), minimum=to_qdate(self.today))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Due"), self.due)
        self.form.addRow(self.tr("Notes"), self.notes)

    def save(self) -> int:
        return promises.record_promise(
            self.db,
            account_id=self.account_id,
            user_id=self.user_id,
            amount_cents=parse_money(self.amount.text(), field="promised amount"),
            due_date=to_pydate(self.due.date()),
            notes=self.notes.text(),
            today=self.today,
        )


class StatusDialog(_AccountDialog):
    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        allowed: tuple[AccountStatus, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Change status"), db, account_id, user_id, today, parent)
        self.status = QComboBox()
        for s in allowed:
            self.status.addItem(label(s), s)
        self.reason = QLineEdit()
        self.form.addRow(self.tr("New status"), self.status)
        self.form.addRow(self.tr("Reason"), self.reason)

    def save(self) -> None:
        accounts.change_status(
            self.db,
            account_id=self.account_id,
            user_id=self.user_id,
            new_status=AccountStatus(self.status.currentData()),
            reason=self.reason.text(),
        )
        return None


class LedgerEntryDialog(_AccountDialog):
    KINDS = (LedgerKind.CHARGE, LedgerKind.INTEREST, LedgerKind.FEE, LedgerKind.ADJUSTMENT)

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Post charge or adjustment"), db, account_id, user_id, today, parent
        )
        self.kind = QComboBox()
        for k in self.KINDS:
            self.kind.addItem(label(k), k)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.effective = date_edit(to_qdate(self.today))
        self.effective.setMaximumDate(to_qdate(self.today))
        self.reason = QLineEdit()
        self.reference = QLineEdit()
        self.hint = self.tr("An adjustment below zero (e.g. -25.00) lowers the balance.")
        self.amount.setToolTip(self.hint)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Effective date"), self.effective)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Reference"), self.reference)

    def save(self) -> int:
        kind = LedgerKind(self.kind.currentData())
        cents = parse_money(
            self.amount.text(), field="amount", allow_negative=kind is LedgerKind.ADJUSTMENT
        )
        return accounts.post_ledger_entry(
            self.db,
            account_id=self.account_id,
            user_id=self.user_id,
            kind=kind,
            amount_cents=cents,
            effective_date=to_pydate(self.effective.date()),
            reason=self.reason.text(),
            reference=self.reference.text(),
            today=self.today,
        )


class _ContactDialog(FormDialog):
    def __init__(
        self,
        title: str,
        db: Database,
        debtor_id: int,
        user_id: int,
        today: date,
        replaces_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.db, self.debtor_id, self.user_id = db, debtor_id, user_id
        self.today, self.replaces_id = today, replaces_id
        self.source = QLineEdit("collector")
        self.source.setToolTip(self.tr("Where this came from: the debtor, a skip trace…"))


class AddressDialog(_ContactDialog):
    def __init__(
        self,
        db: Database,
        debtor_id: int,
        user_id: int,
        today: date,
        *,
        current: AddressView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change address") if current else self.tr("Add address")
        replaces = current.id if current else None
        super().__init__(title, db, debtor_id, user_id, today, replaces, parent)
        self.line1 = QLineEdit(current.line1 if current else "")
        self.line2 = QLineEdit(current.line2 if current else "")
        self.city = QLineEdit(current.city if current else "")
        self.state = QLineEdit(current.state if current else "")
        self.state.setMaxLength(2)
        self.zip_code = QLineEdit(current.zip_code if current else "")
        for caption, widget in (
            (self.tr("Street"), self.line1),
            (self.tr("Apt / suite"), self.line2),
            (self.tr("City"), self.city),
            (self.tr("State"), self.state),
            (self.tr("ZIP"), self.zip_code),
            (self.tr("Source"), self.source),
        ):
            self.form.addRow(caption, widget)

    def save(self) -> int:
        return contacts.save_address(
            self.db,
            debtor_id=self.debtor_id,
            user_id=self.user_id,
            line1=self.line1.text(),
            line2=self.line2.text(),
            city=self.city.text(),
            state=self.state.text(),
            zip_code=self.zip_code.text(),
            source=self.source.text(),
            replaces_id=self.replaces_id,
            today=self.today,
        )


class PhoneDialog(_ContactDialog):
    def __init__(
        self,
        db: Database,
        debtor_id: int,
        user_id: int,
        today: date,
        *,
        current: PhoneView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change phone") if current else self.tr("Add phone")
        replaces = current.id if current else None
        super().__init__(title, db, debtor_id, user_id, today, replaces, parent)
        self.number = QLineEdit(contacts.format_phone(current.number) if current else "")
        self.number.setPlaceholderText("(555) 555-0123")
        self.kind = QComboBox()
        kind_names = {  # ContactKind has no label of its own
            ContactKind.MOBILE: self.tr("Mobile"),
            ContactKind.HOME: self.tr("Home"),
            ContactKind.WORK: self.tr("Work"),
            ContactKind.OTHER: self.tr("Other"),
        }
        for k in ContactKind:
            self.kind.addItem(kind_names.get(k, k.value.capitalize()), k)
        if current:
            self.kind.setCurrentIndex(self.kind.findData(current.kind))
        self.consent = QCheckBox(self.tr("Consent to call this number"))
        self.consent.setChecked(bool(current and current.consent))
        self.do_not_call = QCheckBox(self.tr("Do not call"))
        self.do_not_call.setChecked(bool(current and current.do_not_call))
        self.form.addRow(self.tr("Number"), self.number)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow("", self.consent)
        self.form.addRow("", self.do_not_call)
        self.form.addRow(self.tr("Source"), self.source)

    def save(self) -> int:
        return contacts.save_phone(
            self.db,
            debtor_id=self.debtor_id,
            user_id=self.user_id,
            number=self.number.text(),
            kind=ContactKind(self.kind.currentData()),
            consent=self.consent.isChecked(),
            do_not_call=self.do_not_call.isChecked(),
            source=self.source.text(),
            replaces_id=self.replaces_id,
            today=self.today,
        )


class EmailDialog(_ContactDialog):
    def __init__(
        self,
        db: Database,
        debtor_id: int,
        user_id: int,
        today: date,
        *,
        current: EmailView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change email") if current else self.tr("Add email")
        replaces = current.id if current else None
        super().__init__(title, db, debtor_id, user_id, today, replaces, parent)
        self.address = QLineEdit(current.address if current else "")
        self.opt_out = QCheckBox(self.tr("Opted out of email"))
        self.opt_out.setChecked(bool(current and current.opt_out))
        self.form.addRow(self.tr("Email"), self.address)
        self.form.addRow("", self.opt_out)
        self.form.addRow(self.tr("Source"), self.source)

    def save(self) -> int:
        return contacts.save_email(
            self.db,
            debtor_id=self.debtor_id,
            user_id=self.user_id,
            address=self.address.text(),
            opt_out=self.opt_out.isChecked(),
            source=self.source.text(),
            replaces_id=self.replaces_id,
            today=self.today,
        )


class FollowUpDialog(_AccountDialog):
    """Set a follow-up date, with a short note of what to do then."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Set follow-up"), db, account_id, user_id, today, parent)
        from datetime import timedelta

        tomorrow = self.today + timedelta(days=1)
        self.when = date_edit(to_qdate(tomorrow), minimum=to_qdate(self.today))
        self.when.setObjectName("followUpDate")
        self.note = QLineEdit()
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("e.g. Call back after payday"))
        self.form.addRow(self.tr("Follow up on"), self.when)
        self.form.addRow(self.tr("Note"), self.note)

    def save(self) -> int:
        when = to_pydate(self.when.date())
        note = self.note.text().strip() or self.tr("Follow up on {date}").format(
            date=when.isoformat()
        )
        return interactions.log_interaction(
            self.db,
            account_id=self.account_id,
            user_id=self.user_id,
            channel=Channel.NOTE,
            outcome=Outcome.NONE,
            notes=note,
            follow_up_date=when,
            today=self.today,
        )
