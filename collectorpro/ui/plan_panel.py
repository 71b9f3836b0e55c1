"""The Plan tab: the account's current arrangement, its installments, and earlier plans."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.i18n import label
from collectorpro.models.enums import InstallmentStatus
from collectorpro.services.plans.views import PlanView
from collectorpro.ui import formatting
from collectorpro.ui.tables import fill_table, make_table

STATUS_COLORS = {
    InstallmentStatus.PAID: "#1e7b34",
    InstallmentStatus.MISSED: "#b3261e",
    InstallmentStatus.DUE: "#9a5b00",
    InstallmentStatus.PARTIAL: "#9a5b00",
}


class PlanPanel(QWidget):
    """Shows one plan at a time (the newest first) and asks the window to act on it."""

    planChanged = Signal()  # another plan was chosen: the window updates its actions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans: tuple[PlanView, ...] = ()
        layout = QVBoxLayout(self)
        self.bar = QToolBar()
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.bar)
        top = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("planChooser")
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(14)
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = make_table(
            [self.tr("#"), self.tr("Due"), self.tr("Amount"), self.tr("Paid"), self.tr("Status")],
            stretch_last=True,
        )
        self.table.setObjectName("installmentTable")
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No payment arrangement yet. Use Payment arrangement to set one up.")
        )
        self.empty.setObjectName("noPlan")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        layout.addWidget(self.empty)
        self.show_plans(())

    def current_plan(self) -> PlanView | None:
        index = self.chooser.currentIndex()
        return self.plans[index] if 0 <= index < len(self.plans) else None

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons beside the plan chooser for the window's plan actions."""
        self.bar.addActions(list(actions))

    def show_plans(self, plans: Sequence[PlanView]) -> None:
        self.plans = tuple(plans)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for plan in self.plans:
            self.chooser.addItem(
                self.tr("{arrangement} of {date} — {status}").format(
                    arrangement=label(plan.arrangement),
                    date=formatting.day(plan.agreed_on),
                    status=label(plan.status),
                )
            )
        self.chooser.blockSignals(False)
        has_plans = bool(self.plans)
        for widget in (self.chooser, self.summary, self.table):
            widget.setVisible(has_plans)
        self.empty.setVisible(not has_plans)
        self._show_chosen()

    def _show_chosen(self) -> None:
        plan = self.current_plan()
        self.planChanged.emit()
        if plan is None:
            fill_table(self.table, [])
            self.summary.clear()
            return
        lines = [
            self.tr("{arranged} arranged on a balance of {balance} · {frequency}").format(
                arranged=formatting.money(plan.arranged_total_cents),
                balance=formatting.money(plan.balance_cents),
                frequency=plan.frequency_label,  # translated by the service
            ),
            self.tr("Paid {paid} of {total} · {summary}").format(
                paid=formatting.money(plan.state.paid_cents),
                total=formatting.money(plan.state.total_cents),
                summary=plan.summary(formatting.day),
            ),
        ]
        if plan.approved_by:
            lines.append(
                self.tr("Discount approved by {name} on {when}").format(
                    name=plan.approved_by, when=formatting.moment(plan.approved_at)
                )
            )
        self.summary.setText("\n".join(lines))
        fill_table(
            self.table,
            [
                (
                    self.tr("Down") if i.is_down_payment else str(i.number),
                    formatting.day(i.due),
                    formatting.money(i.amount_cents),
                    formatting.money(i.paid_cents),
                    label(i.status),
                )
                for i in plan.installments
            ],
            right={2, 3},
        )
        for row, i in enumerate(plan.installments):
            color = STATUS_COLORS.get(i.status)
            if color:
                self.table.item(row, 4).setForeground(QBrush(QColor(color)))
