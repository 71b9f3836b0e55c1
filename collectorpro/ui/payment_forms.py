"""Posting a payment and reversing one that did not stand (a bounced check, a chargeback)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label
from collectorpro.core.money import parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import PaymentMethod
from collectorpro.services.money import payments
from collectorpro.ui import formatting, messages
from collectorpro.ui.account_dialogs import to_pydate, to_qdate
from collectorpro.ui.form_dialog import FormDialog, date_edit

# translated where shown, in the context of the dialog that shows them
REFERENCE_LABELS = {
    PaymentMethod.CHECK: QT_TRANSLATE_NOOP("PostPaymentDialog", "Check number"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("PostPaymentDialog", "Card: last 4 / authorization"),
    PaymentMethod.MONEY_ORDER: QT_TRANSLATE_NOOP("PostPaymentDialog", "Money order number"),
    PaymentMethod.ACH: QT_TRANSLATE_NOOP("PostPaymentDialog", "Bank reference"),
}
REVERSAL_REASONS = (
    QT_TRANSLATE_NOOP("ReversePaymentDialog", "Returned check (insufficient funds)"),
    QT_TRANSLATE_NOOP("ReversePaymentDialog", "Returned check (account closed)"),
    QT_TRANSLATE_NOOP("ReversePaymentDialog", "Card chargeback"),
    QT_TRANSLATE_NOOP("ReversePaymentDialog", "ACH return"),
    QT_TRANSLATE_NOOP("ReversePaymentDialog", "Posted in error"),
)


class PostPaymentDialog(FormDialog):
    """Amount, date, method, reference, note. The receipt number comes from the service."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
        *,
        balance_cents: int,
    ) -> None:
        super().__init__(self.tr("Post payment"), parent)
        self.db, self.account_id, self.user_id, self.today = db, account_id, user_id, today
        self.balance_cents = balance_cents
        self.result: payments.PaymentResult | None = None
        self.on_posted: Callable[[payments.PaymentResult], None] | None = None
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.setPlaceholderText("0.00")
        self.after = QLabel()
        self.after.setObjectName("balanceAfter")
        self.received = date_edit(to_qdate(today))
        self.received.setObjectName("receivedOn")
        self.received.setMaximumDate(to_qdate(today))
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for method in PaymentMethod:
            self.method.addItem(label(method), method)
        self.method.setCurrentIndex(self.method.findData(PaymentMethod.CHECK))
        self.reference = QLineEdit()
        self.reference.setObjectName("paymentReference")
        self.reference.setMaxLength(payments.MAX_REFERENCE)
        self.reference_label = QLabel()
        self.reference_label.setBuddy(self.reference)
        self.note = QPlainTextEdit()
        self.note.setObjectName("paymentNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.form.addRow(self.tr("Balance"), QLabel(formatting.money(balance_cents)))
        self.form.addRow(self.tr("&Amount"), self.amount)
        self.form.addRow("", self.after)
        self.form.addRow(self.tr("&Received on"), self.received)
        self.form.addRow(self.tr("&Method"), self.method)
        self.form.addRow(self.reference_label, self.reference)
        self.form.addRow(self.tr("&Note"), self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Post payment"))
        self.amount.textChanged.connect(self._show_after)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self._show_after()
        self.setMinimumWidth(420)

    def _method_changed(self) -> None:
        method = PaymentMethod(self.method.currentData())
        text = REFERENCE_LABELS.get(method)
        self.reference_label.setText(
            QCoreApplication.translate("PostPaymentDialog", text) if text else self.tr("Reference")
        )

    def _show_after(self) -> None:
        try:
            cents = parse_money(self.amount.text())
        except ValidationError:
            self.after.clear()
            return
        left = self.balance_cents - cents
        if left < 0:
            self.after.setText(
                self.tr("Credit after: {amount}").format(amount=formatting.money(-left))
            )
            self.after.setStyleSheet("color: #9a5b00;")
        else:
            self.after.setText(
                self.tr("Balance after: {amount}").format(amount=formatting.money(left))
            )
            self.after.setStyleSheet("color: #555;")

    def save(self) -> int | None:
        cents = parse_money(self.amount.text())
        kwargs = {
            "account_id": self.account_id,
            "user_id": self.user_id,
            "amount_cents": cents,
            "received_on": to_pydate(self.received.date()),
            "method": PaymentMethod(self.method.currentData()),
            "reference": self.reference.text(),
            "note": self.note.toPlainText(),
            "today": self.today,
        }
        try:
            result = payments.post_payment(self.db, **kwargs)
        except payments.OverpaymentNeedsConfirmation as exc:
            if not messages.confirm(
                self, self.tr("Overpayment"), self.tr("{text} Post it anyway?").format(text=exc)
            ):
                raise ValidationError(
                    self.tr("Not posted. Correct the amount or confirm the credit.")
                ) from None
            result = payments.post_payment(self.db, allow_overpayment=True, **kwargs)
        self.result = result
        return result.payment_id

    def accept(self) -> None:
        super().accept()
        if self.result is not None and self.on_posted is not None and not self.isVisible():
            self.on_posted(self.result)


class ReversePaymentDialog(FormDialog):
    """Reverse a payment with a reason and, optionally, a returned-payment fee."""

    def __init__(
        self,
        db: Database,
        ledger_entry_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
        *,
        description: str,
    ) -> None:
        super().__init__(self.tr("Reverse payment"), parent)
        self.db, self.entry_id, self.user_id, self.today = db, ledger_entry_id, user_id, today
        self.result: payments.ReversalResult | None = None
        what = QLabel(description)
        what.setStyleSheet("font-weight: 600;")
        self.reason = QComboBox()
        self.reason.setObjectName("reversalReason")
        self.reason.setEditable(True)
        self.reason.addItems(
            [QCoreApplication.translate("ReversePaymentDialog", r) for r in REVERSAL_REASONS]
        )
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why the payment did not stand"))
        self.charge_fee = QCheckBox(self.tr("Charge a returned-payment &fee"))
        self.charge_fee.setObjectName("chargeFee")
        self.fee = QLineEdit("25.00")
        self.fee.setObjectName("feeAmount")
        self.fee.setEnabled(False)
        self.charge_fee.toggled.connect(self.fee.setEnabled)
        self.form.addRow(self.tr("Payment"), what)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow("", self.charge_fee)
        self.form.addRow(self.tr("Fee &amount"), self.fee)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reverse payment"))
        self.setMinimumWidth(440)

    def save(self) -> int | None:
        fee = parse_money(self.fee.text(), field="fee") if self.charge_fee.isChecked() else 0
        if not self.reason.currentText().strip():
            raise ValidationError(self.tr("Say why the payment is reversed."))
        if not messages.confirm(
            self,
            self.tr("Reverse payment"),
            self.tr(
                "Reverse this payment? The balance goes back up and any installments or "
                "promises it paid open again. A reversal is a new ledger entry; the payment "
                "itself stays in the ledger."
            ),
        ):
            raise ValidationError(self.tr("Not reversed."))
        self.result = payments.reverse_payment(
            self.db,
            ledger_entry_id=self.entry_id,
            user_id=self.user_id,
            reason=self.reason.currentText(),
            fee_cents=fee,
            today=self.today,
        )
        return self.result.reversal_entry_id
