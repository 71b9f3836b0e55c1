"""Disputes: record one, mark its verification mailed, resolve it, and the manager's list.

Opening a dispute stops collection on the account until the verification is mailed; the
services keep that rule, these widgets only ask them and show what they answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label
from collectorpro.core.money import parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import DisputeChannel, DisputeStatus
from collectorpro.services.disputes import lifecycle as disputes
from collectorpro.services.disputes.lifecycle import DisputeView
from collectorpro.ui import formatting, messages
from collectorpro.ui.account_dialogs import to_pydate, to_qdate
from collectorpro.ui.form_dialog import FormDialog, date_edit
from collectorpro.ui.tables import fill_table, make_table

log = logging.getLogger(__name__)

OPEN_STATUSES = (DisputeStatus.OPEN, DisputeStatus.VERIFICATION_SENT)
GEOMETRY_KEY = "disputes/geometry"


def can_mark_verification(view: DisputeView | None) -> bool:
    return view is not None and view.status is DisputeStatus.OPEN


def can_close(view: DisputeView | None) -> bool:
    return view is not None and view.status in OPEN_STATUSES


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: #555;")
    return note


def _bold(text: str) -> QLabel:
    bold = QLabel(text)
    bold.setStyleSheet("font-weight: 600;")
    bold.setWordWrap(True)
    bold.setTextFormat(Qt.TextFormat.PlainText)
    return bold


def _stretch(table: QTableWidget, column: int) -> None:
    """The long column takes the spare width; its whole text shows on hover."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _text_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(80)
    return edit


class OpenDisputeDialog(FormDialog):
    """What the debtor disputes, how much, when and how it reached the office."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record dispute"), parent)
        self.db, self.account_id, self.user_id, self.today = db, account_id, user_id, today
        self.what = _text_edit(
            "disputeWhat", self.tr("What the debtor says is wrong, in their words")
        )
        self.amount = QLineEdit()
        self.amount.setObjectName("disputeAmount")
        self.amount.setPlaceholderText(self.tr("Empty: the whole balance"))
        self.received = date_edit(to_qdate(today))
        self.received.setObjectName("disputeReceivedOn")
        self.received.setMaximumDate(to_qdate(today))
        self.via = QComboBox()
        self.via.setObjectName("disputeVia")
        for channel in DisputeChannel:
            self.via.addItem(label(channel), channel)
        self.written = QCheckBox(self.tr("Received in &writing"))
        self.written.setObjectName("disputeWritten")
        # the box follows the channel until the person decides otherwise
        self._written_follows_channel = True
        self.written.clicked.connect(self._written_chosen)
        self.via.currentIndexChanged.connect(self._channel_changed)
        self.form.addRow(
            _note(
                self.tr(
                    "Collection stops on this account until the verification of the debt is mailed."
                )
            )
        )
        self.form.addRow(self.tr("&What is disputed"), self.what)
        self.form.addRow(self.tr("&Amount disputed"), self.amount)
        self.form.addRow(self.tr("&Received on"), self.received)
        self.form.addRow(self.tr("Received &how"), self.via)
        self.form.addRow("", self.written)
        self._channel_changed()
        self.setMinimumWidth(460)

    def _written_chosen(self) -> None:
        self._written_follows_channel = False

    def _channel_changed(self) -> None:
        if self._written_follows_channel:
            self.written.setChecked(DisputeChannel(self.via.currentData()).written)

    def save(self) -> int:
        text = self.amount.text().strip()
        amount = parse_money(text) if text else None
        return disputes.open_dispute(
            self.db,
            account_id=self.account_id,
            user_id=self.user_id,
            what=self.what.toPlainText(),
            received_on=to_pydate(self.received.date()),
            received_via=DisputeChannel(self.via.currentData()),
            today=self.today,
            amount_cents=amount,
            written=self.written.isChecked(),
        )


def _describe(dialog: FormDialog, dispute: DisputeView) -> None:
    dialog.form.addRow(
        QCoreApplication.translate("DisputeDescription", "Account"),
        _bold(f"{dispute.account_number} · {dispute.debtor_name}"),
    )
    dialog.form.addRow(
        QCoreApplication.translate("DisputeDescription", "Dispute"),
        _bold(
            QCoreApplication.translate("DisputeDescription", "Received {date}: {what}").format(
                date=formatting.day(dispute.received_on), what=dispute.what
            )
        ),
    )


class _DisputeDialog(FormDialog):
    """A dialog about one recorded dispute, which it describes at the top."""

    def __init__(
        self,
        title: str,
        db: Database,
        dispute: DisputeView,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.db, self.dispute, self.user_id, self.today = db, dispute, user_id, today
        _describe(self, dispute)


class VerificationSentDialog(_DisputeDialog):
    """A verification mailed outside CollectorPro: record the day it went out."""

    def __init__(
        self,
        db: Database,
        dispute: DisputeView,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Verification sent"), db, dispute, user_id, today, parent)
        self.sent_on = date_edit(to_qdate(today), minimum=to_qdate(dispute.received_on))
        self.sent_on.setObjectName("verificationSentOn")
        self.sent_on.setMaximumDate(to_qdate(today))
        self.form.addRow(self.tr("&Mailed on"), self.sent_on)
        self.form.addRow(
            _note(
                self.tr(
                    "Use this for a verification mailed outside CollectorPro. The usual way "
                    "is Send letter → Dispute verification letter, which records it by itself. "
                    "Collection may resume once the verification is mailed."
                )
            )
        )
        self.setMinimumWidth(440)

    def save(self) -> None:
        disputes.mark_verification_sent(
            self.db,
            dispute_id=self.dispute.id,
            user_id=self.user_id,
            sent_on=to_pydate(self.sent_on.date()),
            today=self.today,
        )


class CloseDisputeDialog(_DisputeDialog):
    """End a dispute: resolved (after the verification) or withdrawn by the debtor."""

    def __init__(
        self,
        db: Database,
        dispute: DisputeView,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Resolve or withdraw dispute"), db, dispute, user_id, today, parent
        )
        self.outcome = _text_edit(
            "disputeOutcome", self.tr("How it ended, e.g. the debtor accepted the itemization")
        )
        self.withdrawn = QCheckBox(self.tr("The debtor &withdrew the dispute"))
        self.withdrawn.setObjectName("disputeWithdrawn")
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        self.form.addRow("", self.withdrawn)
        if dispute.status is DisputeStatus.OPEN:
            # the service refuses to resolve before the verification is mailed
            self.withdrawn.setChecked(True)
            self.withdrawn.setEnabled(False)
            self.form.addRow(
                _note(
                    self.tr(
                        "The verification has not been mailed yet, so the dispute can only "
                        "be withdrawn now. To resolve it, mail the verification first."
                    )
                )
            )
        self.setMinimumWidth(440)

    def save(self) -> None:
        disputes.close_dispute(
            self.db,
            dispute_id=self.dispute.id,
            user_id=self.user_id,
            outcome=self.outcome.toPlainText(),
            withdrawn=self.withdrawn.isChecked(),
            today=self.today,
        )


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("DisputeTables", "Yes")
    return QCoreApplication.translate("DisputeTables", "No")


def _amount(cents: int | None) -> str:
    if cents is None:
        return QCoreApplication.translate("DisputeTables", "Whole balance")
    return formatting.money(cents)


class DisputesWindow(QDialog):
    """The manager's list of disputes, oldest first: the ones waiting longest come first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DisputesWindow", "Received"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Days open"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Account"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Debtor"),
        QT_TRANSLATE_NOOP("DisputesWindow", "What"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Amount"),
        QT_TRANSLATE_NOOP("DisputesWindow", "How"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Written"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Status"),
        QT_TRANSLATE_NOOP("DisputesWindow", "Recorded by"),
    )

    def __init__(
        self,
        db: Database,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
        on_open_account: Callable[[int], None] | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disputes"))
        self.db, self.user_id, self.today = db, user_id, today
        self.on_open_account = on_open_account
        self.settings = settings
        self.disputes: tuple[DisputeView, ...] = ()
        self.dialog: FormDialog | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("disputeStatusFilter")
        self.status_filter.addItem(self.tr("Open and verification sent"), OPEN_STATUSES)
        self.status_filter.addItem(self.tr("All"), tuple(DisputeStatus))
        for status in DisputeStatus:
            self.status_filter.addItem(label(status), (status,))
        show = QLabel(self.tr("&Show"))
        show.setBuddy(self.status_filter)
        top.addWidget(show)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("disputeCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.table = make_table(
            [QCoreApplication.translate("DisputesWindow", h) for h in self.HEADERS],
            stretch_last=False,
        )
        self.table.setObjectName("disputeTable")
        _stretch(self.table, self.HEADERS.index("What"))
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.verification_button = QPushButton(self.tr("&Verification sent…"))
        self.resolve_button = QPushButton(self.tr("&Resolve or withdraw…"))
        self.go_button = QPushButton(self.tr("&Go to account"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.verification_button, self.resolve_button, self.go_button):
            buttons.addWidget(button)
            button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        self.refresh_button.setAutoDefault(False)
        layout.addLayout(buttons)

        self.verification_button.clicked.connect(self.mark_verification_sent)
        self.resolve_button.clicked.connect(self.close_selected)
        self.go_button.clicked.connect(self.go_to_account)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.reject)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.go_to_account)
        self.go_button.setVisible(on_open_account is not None)

        geometry = settings.value(GEOMETRY_KEY) if settings is not None else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 520)
        self.refresh()

    # -- the list ------------------------------------------------------------------------
    def selected(self) -> DisputeView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.disputes[row] if 0 <= row < len(self.disputes) else None

    def refresh(self) -> None:
        """Reload the list, keeping the same dispute selected when it is still shown."""
        keep = self.selected()
        statuses = tuple(self.status_filter.currentData())
        try:
            self.disputes = disputes.list_disputes(self.db, statuses=statuses)
        except (DomainError, StorageError) as exc:
            log.warning("disputes could not be listed: %s", exc)
            messages.error(self, self.tr("Disputes"), str(exc))
            self.disputes = ()
        fill_table(
            self.table,
            [
                (
                    formatting.day(v.received_on),
                    str(v.days_open(self.today)),
                    v.account_number,
                    v.debtor_name,
                    v.what,
                    _amount(v.amount_cents),
                    label(v.received_via),
                    _yes_no(v.written),
                    label(v.status),
                    v.recorded_by,
                )
                for v in self.disputes
            ],
            right={1, 5},
        )
        self.count_label.setText(self.tr("{count} dispute(s)").format(count=len(self.disputes)))
        for row, view in enumerate(self.disputes):
            if keep is not None and view.id == keep.id:
                self.table.selectRow(row)
                break
        else:
            self.table.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.selected()
        self.verification_button.setEnabled(can_mark_verification(view))
        self.resolve_button.setEnabled(can_close(view))
        self.go_button.setEnabled(view is not None and self.on_open_account is not None)

    # -- actions -------------------------------------------------------------------------
    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.on_saved = self.refresh
        self.dialog = dialog
        dialog.open()
        return dialog

    def mark_verification_sent(self) -> FormDialog | None:
        view = self.selected()
        if not can_mark_verification(view):
            return None
        assert view is not None
        return self._open(
            VerificationSentDialog(self.db, view, self.user_id, self.today, parent=self)
        )

    def close_selected(self) -> FormDialog | None:
        view = self.selected()
        if not can_close(view):
            return None
        assert view is not None
        return self._open(CloseDisputeDialog(self.db, view, self.user_id, self.today, parent=self))

    def go_to_account(self) -> None:
        view = self.selected()
        if view is None or self.on_open_account is None:
            return
        self.on_open_account(view.account_id)
        self.accept()

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


class AccountDisputesPanel(QWidget):
    """One account's disputes, newest first, with Record / Verification sent / Resolve.

    The panel never reads the database: the window hands it ``account_disputes`` and
    answers its request signals by opening the dialogs above.
    """

    recordRequested = Signal()
    verificationRequested = Signal(object)  # the DisputeView
    resolveRequested = Signal(object)  # the DisputeView
    disputeChanged = Signal()  # another dispute was selected

    HEADERS = (
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Received"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Status"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "What"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Amount"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "How"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Written"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Verification mailed"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Outcome"),
        QT_TRANSLATE_NOOP("AccountDisputesPanel", "Recorded by"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disputes: tuple[DisputeView, ...] = ()
        self._has_account = False
        layout = QVBoxLayout(self)
        self.bar = QToolBar()
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.bar)
        self.act_record = QAction(self.tr("Record &dispute…"), self)
        self.act_verification = QAction(self.tr("&Verification sent…"), self)
        self.act_resolve = QAction(self.tr("&Resolve…"), self)
        self.act_resolve.setToolTip(self.tr("Resolve the dispute, or record that it was withdrawn"))
        self.bar.addActions([self.act_record, self.act_verification, self.act_resolve])
        self.act_record.triggered.connect(self.recordRequested.emit)
        self.act_verification.triggered.connect(self._ask_verification)
        self.act_resolve.triggered.connect(self._ask_resolve)
        self.table = make_table(
            [QCoreApplication.translate("AccountDisputesPanel", h) for h in self.HEADERS],
            stretch_last=False,
        )
        self.table.setObjectName("accountDisputeTable")
        _stretch(self.table, self.HEADERS.index("What"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No disputes on this account."))
        self.empty.setObjectName("noDisputes")
        self.empty.setStyleSheet("color: #666;")
        layout.addWidget(self.empty)
        self.clear()

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """More buttons on the panel's tool bar (e.g. the window's Send letter)."""
        self.bar.addActions(list(actions))

    def selected(self) -> DisputeView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.disputes[row] if 0 <= row < len(self.disputes) else None

    def set_disputes(self, views: Sequence[DisputeView]) -> None:
        """Show an account's disputes; the newest one still open is selected."""
        keep = self.selected()
        self.disputes = tuple(views)
        self._has_account = True
        fill_table(
            self.table,
            [
                (
                    formatting.day(v.received_on),
                    label(v.status),
                    v.what,
                    _amount(v.amount_cents),
                    label(v.received_via),
                    _yes_no(v.written),
                    formatting.day(v.verification_sent_on),
                    v.outcome,
                    v.recorded_by,
                )
                for v in self.disputes
            ],
            right={3},
        )
        self.table.setVisible(bool(self.disputes))
        self.empty.setVisible(not self.disputes)
        ids = [v.id for v in self.disputes]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        else:
            open_rows = [r for r, v in enumerate(self.disputes) if v.status in OPEN_STATUSES]
            if open_rows:
                self.table.selectRow(open_rows[0])
            else:
                self.table.clearSelection()
        self._selection_changed()

    def clear(self) -> None:
        """No account shown: nothing to record a dispute on."""
        self.set_disputes(())
        self._has_account = False
        self.update_actions()

    def update_actions(self) -> None:
        view = self.selected()
        has_open = any(v.status is DisputeStatus.OPEN for v in self.disputes)
        self.act_record.setEnabled(self._has_account and not has_open)
        self.act_verification.setEnabled(can_mark_verification(view))
        self.act_resolve.setEnabled(can_close(view))

    def _selection_changed(self) -> None:
        self.update_actions()
        self.disputeChanged.emit()

    def _ask_verification(self) -> None:
        view = self.selected()
        if can_mark_verification(view):
            self.verificationRequested.emit(view)

    def _ask_resolve(self) -> None:
        view = self.selected()
        if can_close(view):
            self.resolveRequested.emit(view)
