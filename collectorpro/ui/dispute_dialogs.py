"""Disputes: record one, mark its verification mailed, resolve it, and the manager's list.

Opening a dispute stops collection on the account until the verification is mailed; the
services keep that rule, these widgets only ask them and show what they answer.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from collectorpro.core.i18n import label
from collectorpro.core.money import parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import DisputeChannel, DisputeStatus
from collectorpro.services.disputes import lifecycle as disputes
from collectorpro.services.disputes.lifecycle import DisputeView
from collectorpro.ui import formatting
from collectorpro.ui.account_dialogs import to_pydate, to_qdate
from collectorpro.ui.form_dialog import FormDialog, date_edit

log = logging.getLogger(__name__)


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
