"""The payment-arrangement wizard: how the debt is paid, on what terms, the schedule, confirm.

All the arithmetic is the services' (``build_schedule``, ``settlement_amount`` and friends);
the pages only collect what the collector and the debtor agreed and show it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.core.i18n import label
from collectorpro.core.money import parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import Arrangement
from collectorpro.services.plans import arrangements
from collectorpro.services.plans.schedule import (
    settlement_amount,
)
from collectorpro.ui import formatting
from collectorpro.ui.arrangement_terms import ERROR_STYLE, WARNING_STYLE, TermsPage, message_label
from collectorpro.ui.tables import fill_table, make_table


def refusal_for(db: Database, account_id: int) -> str:
    """Why no arrangement can be made on this account now ("" when one can)."""
    return arrangements.arrangement_context(db, account_id).refusal


class ArrangementPage(QWizardPage):
    """Pay in full, settle for less (with a discount), or pay in installments."""

    def __init__(self, wizard: ArrangementWizard) -> None:
        super().__init__()
        self.w = wizard
        ctx = wizard.context
        self.setTitle(self.tr("How will the debt be paid?"))
        self.setSubTitle(
            self.tr("Balance {balance} on account {number}.").format(
                balance=formatting.money(ctx.balance_cents), number=ctx.account_number
            )
        )
        layout = QVBoxLayout(self)
        self.kind = QButtonGroup(self)
        self.full = QRadioButton(self.tr("Payment in &full"))
        self.settle = QRadioButton(self.tr("&Settlement for less than the balance"))
        self.plan = QRadioButton(self.tr("&Installment plan for the whole balance"))
        for button, arrangement in (
            (self.full, Arrangement.PAY_IN_FULL),
            (self.settle, Arrangement.SETTLEMENT),
            (self.plan, Arrangement.INSTALLMENT),
        ):
            button.setObjectName(f"arrangement_{arrangement.value}")
            self.kind.addButton(button)
            layout.addWidget(button)
        self.plan.setChecked(True)

        self.settlement_box = QGroupBox(self.tr("Settlement"))
        form = QFormLayout(self.settlement_box)
        mode_row = QHBoxLayout()
        self.by_percent = QRadioButton(self.tr("Discount in &percent"))
        self.by_amount = QRadioButton(self.tr("Discount as an a&mount"))
        self.by_percent.setChecked(True)
        mode_row.addWidget(self.by_percent)
        mode_row.addWidget(self.by_amount)
        mode_row.addStretch(1)
        form.addRow(mode_row)
        self.discount = QLineEdit()
        self.discount.setObjectName("discount")
        self.discount.setPlaceholderText(self.tr("e.g. 20"))
        form.addRow(self.tr("&Discount"), self.discount)
        self.settled_label = QLabel()
        self.settled_label.setObjectName("settlementAmount")
        self.settled_label.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("Debtor pays"), self.settled_label)
        pay_row = QHBoxLayout()
        self.lump = QRadioButton(self.tr("In one &lump sum"))
        self.short_plan = QRadioButton(self.tr("In a short p&lan"))
        self.lump.setChecked(True)
        pay_row.addWidget(self.lump)
        pay_row.addWidget(self.short_plan)
        pay_row.addStretch(1)
        form.addRow(pay_row)
        self.approval_note = message_label("approvalNote", WARNING_STYLE)
        form.addRow(self.approval_note)
        self.approver = QComboBox()
        self.approver.setObjectName("approver")
        self.approver.addItem(self.tr("Choose the manager who approves…"), None)
        for user in ctx.approvers:
            self.approver.addItem(user.name, user.id)
        self.approver_label = QLabel(self.tr("Approved &by"))
        self.approver_label.setBuddy(self.approver)
        form.addRow(self.approver_label, self.approver)
        layout.addWidget(self.settlement_box)
        self.error = message_label("arrangementError", ERROR_STYLE)
        layout.addWidget(self.error)
        layout.addStretch(1)

        for signal in (
            self.kind.buttonToggled,
            self.by_percent.toggled,
            self.discount.textChanged,
            self.lump.toggled,
            self.approver.currentIndexChanged,
        ):
            signal.connect(self._changed)
        self._changed()

    def arrangement(self) -> Arrangement:
        if self.full.isChecked():
            return Arrangement.PAY_IN_FULL
        return Arrangement.SETTLEMENT if self.settle.isChecked() else Arrangement.INSTALLMENT

    def arranged_total(self) -> int:
        """The amount the debtor will pay; raises ValidationError for a bad discount."""
        balance = self.w.context.balance_cents
        if self.arrangement() is not Arrangement.SETTLEMENT:
            return balance
        text = self.discount.text().strip()
        if not text:
            raise ValidationError(self.tr("Enter the discount."))
        if self.by_percent.isChecked():
            try:
                percent = Decimal(text.rstrip("%").strip())
            except InvalidOperation:
                raise ValidationError(
                    self.tr("“{text}” is not a percentage.").format(text=text)
                ) from None
            total = settlement_amount(balance, discount_percent=percent)
        else:
            total = settlement_amount(balance, discount_cents=parse_money(text, field="discount"))
        if total >= balance:
            raise ValidationError(self.tr("A settlement needs a discount above zero."))
        return total

    def needs_approval(self) -> bool:
        try:
            total = self.arranged_total()
        except DomainError:
            return False
        return self.w.context.policy.needs_approval(self.w.context.balance_cents, total)

    def approver_id(self) -> int | None:
        data = self.approver.currentData()
        return int(data) if data is not None and self.needs_approval() else None

    def _changed(self, *_args: object) -> None:
        settling = self.arrangement() is Arrangement.SETTLEMENT
        self.settlement_box.setVisible(settling)
        self.discount.setPlaceholderText(
            self.tr("e.g. 20") if self.by_percent.isChecked() else self.tr("e.g. 150.00")
        )
        self.error.clear()
        self.settled_label.clear()
        if settling:
            try:
                total = self.arranged_total()
                self.settled_label.setText(formatting.money(total))
            except DomainError as exc:
                if self.discount.text().strip():
                    self.error.setText(str(exc))
        approval = settling and self.needs_approval()
        limit = self.w.context.policy.approval_discount_percent
        if approval and not self.w.context.approvers:
            self.approval_note.setText(
                self.tr(
                    "A discount above {limit}% needs a manager's approval, and this office "
                    "has no manager set up."
                ).format(limit=limit)
            )
        elif approval:
            self.approval_note.setText(
                self.tr("A discount above {limit}% needs a manager's approval.").format(limit=limit)
            )
        else:
            self.approval_note.clear()
        self.approval_note.setVisible(approval)
        self.approver.setVisible(approval)
        self.approver_label.setVisible(approval)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.arrangement() is not Arrangement.SETTLEMENT:
            return True
        try:
            self.arranged_total()
        except DomainError:
            return False
        return not self.needs_approval() or self.approver.currentData() is not None


class SchedulePage(QWizardPage):
    def __init__(self, wizard: ArrangementWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Schedule"))
        self.setSubTitle(self.tr("Check the dates and amounts with the debtor."))
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("#"), self.tr("Due"), self.tr("Amount")])
        self.table.setObjectName("scheduleTable")
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setObjectName("scheduleTotal")
        self.total.setStyleSheet("font-weight: 600;")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.total)
        self.warnings = message_label("scheduleWarnings", WARNING_STYLE)
        layout.addWidget(self.warnings)

    def initializePage(self) -> None:
        lines = self.w.terms_page.schedule()
        fill_table(
            self.table,
            [
                (
                    self.tr("Down payment") if line.is_down_payment else str(line.number),
                    formatting.long_day(line.due),
                    formatting.money(line.amount_cents),
                )
                for line in lines
            ],
            right={2},
        )
        total = sum(line.amount_cents for line in lines)
        self.total.setText(
            self.tr("Total {total} in {count} payments").format(
                total=formatting.money(total), count=len(lines)
            )
            if len(lines) > 1
            else self.tr("Total {total} in one payment").format(total=formatting.money(total))
        )
        self.warnings.setText(self.w.terms_page.warnings.text())


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ArrangementWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(
            self.tr("Saving sets the account to plan and logs the arrangement in its history.")
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("confirmSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("&Notes (optional)")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("planNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        layout.addWidget(self.notes)
        self.open_agreement = QCheckBox(self.tr("Open the &agreement to print when saved"))
        self.open_agreement.setObjectName("openAgreement")
        self.open_agreement.setChecked(True)
        layout.addWidget(self.open_agreement)
        self.error = message_label("confirmError", ERROR_STYLE)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.error.clear()
        terms = self.w.terms_page.terms()
        lines = arrangements.schedule_for(terms)
        ctx = self.w.context
        parts = [
            self.tr("{arrangement} for {name}, account {number}.").format(
                arrangement=label(terms.arrangement),
                name=ctx.debtor_name,
                number=ctx.account_number,
            ),
            self.tr("Balance {balance}; the debtor pays {total}.").format(
                balance=formatting.money(ctx.balance_cents),
                total=formatting.money(terms.arranged_total_cents),
            ),
            self.tr("{count} payment(s) from {first} to {last}.").format(
                count=len(lines),
                first=formatting.long_day(lines[0].due),
                last=formatting.long_day(lines[-1].due),
            ),
        ]
        approver = self.w.arrangement_page.approver_id()
        if approver is not None:
            parts.append(
                self.tr("Discount approved by {name}.").format(
                    name=self.w.arrangement_page.approver.currentText()
                )
            )
        self.summary.setText("\n".join(parts))

    def validatePage(self) -> bool:
        try:
            self.w.plan_id = arrangements.create_plan(
                self.w.db,
                account_id=self.w.account_id,
                user_id=self.w.user_id,
                terms=self.w.terms_page.terms(),
                today=self.w.today,
                approved_by_user_id=self.w.arrangement_page.approver_id(),
                notes=self.notes.toPlainText(),
            )
        except (DomainError, StorageError) as exc:
            self.error.setText(str(exc))
            return False
        return True


class ArrangementWizard(QWizard):
    """Arrange how an account is paid. ``plan_id`` is set once saved."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.account_id, self.user_id, self.today = db, account_id, user_id, today
        self.context = arrangements.arrangement_context(db, account_id)
        self.plan_id: int | None = None
        self.on_saved: Callable[[], None] | None = None
        self.on_agreement: Callable[[int], None] | None = None
        self.setWindowTitle(
            self.tr("Payment arrangement — {name}, account {number}").format(
                name=self.context.debtor_name, number=self.context.account_number
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.arrangement_page = ArrangementPage(self)
        self.terms_page = TermsPage(self)
        self.schedule_page = SchedulePage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.arrangement_page, self.terms_page, self.schedule_page, self.confirm_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save arrangement"))
        self.resize(620, 600)

    def accept(self) -> None:
        super().accept()
        if self.plan_id is None:
            return
        if self.on_saved is not None:
            self.on_saved()
        if self.confirm_page.open_agreement.isChecked() and self.on_agreement is not None:
            self.on_agreement(self.plan_id)
