"""The arrangement wizard's second page: the terms (total, installments, frequency, dates),
with the schedule's warnings and an affordability suggestion as the collector types.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from collectorpro.core.errors import DomainError, ValidationError
from collectorpro.core.i18n import label
from collectorpro.core.money import parse_money
from collectorpro.models.enums import Arrangement
from collectorpro.services.plans import arrangements
from collectorpro.services.plans.schedule import (
    Frequency,
    ScheduleLine,
    plan_policy_warnings,
    suggested_max_installment,
)
from collectorpro.ui import formatting
from collectorpro.ui.account_dialogs import to_pydate, to_qdate
from collectorpro.ui.form_dialog import date_edit

__all__ = ["ERROR_STYLE", "WARNING_STYLE", "TermsPage", "TermsPageHost", "message_label"]


class ChosenArrangement(Protocol):
    """The first page as this one reads it: what kind of arrangement, for how much."""

    lump: QRadioButton

    def arrangement(self) -> Arrangement: ...

    def arranged_total(self) -> int: ...


class TermsPageHost(Protocol):
    """What this page uses of the wizard that holds it."""

    @property
    def arrangement_page(self) -> ChosenArrangement: ...

    @property
    def context(self) -> arrangements.ArrangementContext: ...


ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #9a5b00;"


def message_label(name: str, style: str) -> QLabel:
    message = QLabel()
    message.setObjectName(name)
    message.setStyleSheet(style)
    message.setWordWrap(True)
    return message


class TermsPage(QWizardPage):
    """Dates and amounts: one payment, or a plan with an optional down payment."""

    def __init__(self, wizard: TermsPageHost) -> None:
        super().__init__()
        self.w = wizard
        today = to_qdate(wizard.today)
        self.setTitle(self.tr("Terms"))
        layout = QVBoxLayout(self)
        self.single_box = QGroupBox(self.tr("One payment"))
        single = QFormLayout(self.single_box)
        self.single_due = date_edit(today, minimum=today)
        self.single_due.setObjectName("singleDue")
        single.addRow(self.tr("&Due on"), self.single_due)
        layout.addWidget(self.single_box)

        self.plan_box = QGroupBox(self.tr("Installments"))
        form = QFormLayout(self.plan_box)
        self.has_down = QCheckBox(self.tr("&Down payment"))
        self.has_down.setObjectName("hasDownPayment")
        self.down = QLineEdit()
        self.down.setObjectName("downPayment")
        self.down.setPlaceholderText("0.00")
        self.down_due = date_edit(today, minimum=today)
        self.down_due.setObjectName("downPaymentDue")
        down_row = QHBoxLayout()
        down_row.addWidget(self.down)
        down_row.addWidget(QLabel(self.tr("due")))
        down_row.addWidget(self.down_due)
        form.addRow(self.has_down, down_row)
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for f in Frequency:
            self.frequency.addItem(label(f), f)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.MONTHLY))
        form.addRow(self.tr("&Frequency"), self.frequency)
        self.first_due = date_edit(to_qdate(wizard.today).addDays(7), minimum=today)
        self.first_due.setObjectName("firstDue")
        form.addRow(self.tr("First &installment due"), self.first_due)
        self.by_count = QRadioButton(self.tr("Number of &payments"))
        self.by_count.setObjectName("byCount")
        self.by_amount = QRadioButton(self.tr("Amount of each pa&yment"))
        self.by_amount.setObjectName("byAmount")
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setObjectName("installmentCount")
        self.count.setRange(1, 600)
        self.count.setValue(6)
        self.each = QLineEdit()
        self.each.setObjectName("installmentAmount")
        self.each.setPlaceholderText("0.00")
        form.addRow(self.by_count, self.count)
        form.addRow(self.by_amount, self.each)
        self.computed = QLabel()
        self.computed.setObjectName("computed")
        self.computed.setStyleSheet("font-weight: 600;")
        form.addRow("", self.computed)
        layout.addWidget(self.plan_box)

        self.afford = QGroupBox(self.tr("&Affordability (optional)"))
        self.afford.setObjectName("affordability")
        self.afford.setCheckable(True)
        self.afford.setChecked(False)
        afford_form = QFormLayout(self.afford)
        self.income = QLineEdit()
        self.income.setObjectName("income")
        self.expenses = QLineEdit()
        self.expenses.setObjectName("expenses")
        afford_form.addRow(self.tr("Monthly &income"), self.income)
        afford_form.addRow(self.tr("Monthly &expenses"), self.expenses)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        afford_form.addRow("", self.suggestion)
        layout.addWidget(self.afford)

        self.warnings = message_label("termsWarnings", WARNING_STYLE)
        self.error = message_label("termsError", ERROR_STYLE)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addStretch(1)

        for signal in (
            self.has_down.toggled,
            self.down.textChanged,
            self.down_due.dateChanged,
            self.frequency.currentIndexChanged,
            self.first_due.dateChanged,
            self.by_count.toggled,
            self.count.valueChanged,
            self.each.textChanged,
            self.single_due.dateChanged,
            self.afford.toggled,
            self.income.textChanged,
            self.expenses.textChanged,
        ):
            signal.connect(self._changed)

    def single_payment(self) -> bool:
        first = self.w.arrangement_page
        return first.arrangement() is Arrangement.PAY_IN_FULL or (
            first.arrangement() is Arrangement.SETTLEMENT and first.lump.isChecked()
        )

    def initializePage(self) -> None:
        self._changed()

    def terms(self) -> arrangements.PlanTerms:
        """What was entered, as the service's terms; raises DomainError when incomplete."""
        first = self.w.arrangement_page
        total = first.arranged_total()
        if self.single_payment():
            return arrangements.PlanTerms(
                arrangement=first.arrangement(),
                arranged_total_cents=total,
                first_due=to_pydate(self.single_due.date()),
                installments=1,
            )
        down = 0
        if self.has_down.isChecked():
            down = parse_money(self.down.text(), field="down payment")
            if down <= 0:
                raise ValidationError(self.tr("The down payment must be more than zero."))
        by_count = self.by_count.isChecked()
        return arrangements.PlanTerms(
            arrangement=first.arrangement(),
            arranged_total_cents=total,
            frequency=Frequency(self.frequency.currentData()),
            first_due=to_pydate(self.first_due.date()),
            installments=self.count.value() if by_count else None,
            installment_cents=None if by_count else parse_money(self.each.text()),
            down_payment_cents=down,
            down_payment_due=to_pydate(self.down_due.date()) if down else None,
        )

    def schedule(self) -> list[ScheduleLine]:
        return arrangements.schedule_for(self.terms())

    def _changed(self, *_args: object) -> None:
        single = self.single_payment()
        self.single_box.setVisible(single)
        self.plan_box.setVisible(not single)
        self.afford.setVisible(not single)
        self.down.setEnabled(self.has_down.isChecked())
        self.down_due.setEnabled(self.has_down.isChecked())
        self.count.setEnabled(self.by_count.isChecked())
        self.each.setEnabled(not self.by_count.isChecked())
        self.error.clear()
        self.computed.clear()
        warnings: list[str] = []
        try:
            lines = self.schedule()
        except DomainError as exc:
            lines = []
            self.error.setText(str(exc))
        installments = [line for line in lines if not line.is_down_payment]
        if installments and not single:
            each, last = installments[0].amount_cents, installments[-1].amount_cents
            if last != each:
                text = self.tr("{count} payments of {each}, the last {last}").format(
                    count=len(installments),
                    each=formatting.money(each),
                    last=formatting.money(last),
                )
            else:
                text = self.tr("{count} payments of {each}").format(
                    count=len(installments), each=formatting.money(each)
                )
            self.computed.setText(text)
        if lines:
            policy = self.w.context.policy
            warnings = plan_policy_warnings(
                lines,
                min_installment_cents=policy.min_installment_cents,
                max_months=policy.max_months,
            )
        warnings.extend(self._affordability(installments))
        self.warnings.setText("\n".join(warnings))
        self.completeChanged.emit()

    def _affordability(self, installments: list[ScheduleLine]) -> list[str]:
        if not self.afford.isChecked() or not self.afford.isVisible():
            self.suggestion.clear()
            return []
        try:
            income = parse_money(self.income.text(), field="income")
            expenses = parse_money(self.expenses.text(), field="expenses")
            frequency = Frequency(self.frequency.currentData())
            most = suggested_max_installment(income, expenses, frequency)
        except DomainError:
            self.suggestion.setText(self.tr("Enter the monthly income and expenses."))
            return []
        self.suggestion.setText(
            self.tr("Suggested most per payment: {amount}").format(amount=formatting.money(most))
        )
        if installments and installments[0].amount_cents > most:
            return [
                self.tr(
                    "Each payment of {each} is more than the {most} the debtor can likely afford."
                ).format(
                    each=formatting.money(installments[0].amount_cents), most=formatting.money(most)
                )
            ]
        return []

    def isComplete(self) -> bool:
        try:
            self.schedule()
        except DomainError:
            return False
        return True
