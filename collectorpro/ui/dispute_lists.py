"""The lists of disputes: the manager's office-wide list and the account's Disputes tab.

Both only show what the disputes service answers and ask for the dialogs in
``dispute_dialogs`` when the person records, verifies or resolves one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label
from collectorpro.models.db import Database
from collectorpro.models.enums import DisputeStatus
from collectorpro.services.disputes import lifecycle as disputes
from collectorpro.services.disputes.lifecycle import DisputeView
from collectorpro.ui import formatting, messages
from collectorpro.ui.dispute_dialogs import CloseDisputeDialog, VerificationSentDialog
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.tables import fill_table, make_table

log = logging.getLogger(__name__)

__all__ = ["AccountDisputesPanel", "DisputesWindow", "can_close", "can_mark_verification"]


OPEN_STATUSES = (DisputeStatus.OPEN, DisputeStatus.VERIFICATION_SENT)
GEOMETRY_KEY = "disputes/geometry"


def can_mark_verification(view: DisputeView | None) -> bool:
    return view is not None and view.status is DisputeStatus.OPEN


def can_close(view: DisputeView | None) -> bool:
    return view is not None and view.status in OPEN_STATUSES


def stretch_column(table: QTableWidget, column: int) -> None:
    """The long column takes the spare width; its whole text shows on hover."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("DisputeTables", "Yes")
    return QCoreApplication.translate("DisputeTables", "No")


def amount_text(cents: int | None) -> str:
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
        stretch_column(self.table, self.HEADERS.index("What"))
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
                    amount_text(v.amount_cents),
                    label(v.received_via),
                    yes_no(v.written),
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
        stretch_column(self.table, self.HEADERS.index("What"))
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
                    amount_text(v.amount_cents),
                    label(v.received_via),
                    yes_no(v.written),
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
