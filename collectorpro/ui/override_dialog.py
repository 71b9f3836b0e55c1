"""A manager's written permission to contact despite the rules (Reg F overrides)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collectorpro.services.compliance.overrides import MIN_OVERRIDE_REASON, Override
from collectorpro.services.compliance.rules import Decision
from collectorpro.services.office.users import UserView

__all__ = ["OverrideDialog", "ask_override"]


class OverrideDialog(QDialog):
    """Shows why the contact is stopped; a manager and a reason let it through."""

    def __init__(
        self,
        decision: Decision,
        users: Sequence[UserView],
        *,
        what: str,
        current_user_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The contact rules stop this"))
        layout = QVBoxLayout(self)
        reasons = "".join(
            f"<li><b>{b.title}</b> — {b.reason} <i>({b.citation})</i></li>" for b in decision.blocks
        )
        intro = QLabel(
            self.tr(
                "<p>{what} may not go out now:</p><ul>{reasons}</ul><p>A manager may allow it "
                "anyway. The manager's name and your reason go into the audit trail.</p>"
            ).format(what=what, reasons=reasons)
        )
        intro.setWordWrap(True)
        intro.setObjectName("overrideReasons")
        layout.addWidget(intro)
        form = QFormLayout()
        self.manager = QComboBox()
        self.manager.setObjectName("overrideManager")
        for user in users:
            self.manager.addItem(f"{user.name} ({user.role.value})", user.id)
        if current_user_id is not None and (i := self.manager.findData(current_user_id)) >= 0:
            self.manager.setCurrentIndex(i)
        form.addRow(self.tr("Allowed by:"), self.manager)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(
            self.tr(
                "Why this contact is needed anyway, e.g. the debtor's attorney asked for a copy."
            )
        )
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("overrideProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.users = {u.id: u for u in users}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Allow and send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def override(self) -> Override:
        return Override(int(self.manager.currentData()), self.reason.toPlainText().strip())

    def accept(self) -> None:
        user = self.users.get(int(self.manager.currentData()))
        problem = ""
        if user is None or user.role.value not in ("manager", "admin"):
            name = user.name if user else self.tr("This person")
            problem = self.tr(
                "{name} is not a manager; only a manager may allow a contact the rules stop."
            ).format(name=name)
        elif len(self.reason.toPlainText().strip()) < MIN_OVERRIDE_REASON:
            problem = self.tr("Write the reason in a full sentence.")
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()


def ask_override(
    parent: QWidget | None,
    decision: Decision,
    users: Sequence[UserView],
    *,
    what: str,
    current_user_id: int | None = None,
) -> Override | None:
    """The manager's permission, or None when the person gave up (tests replace this)."""
    dialog = OverrideDialog(
        decision, users, what=what, current_user_id=current_user_id, parent=parent
    )
    return dialog.override() if dialog.exec() == QDialog.DialogCode.Accepted else None
