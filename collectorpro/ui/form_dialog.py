"""A dialog that saves through a service and stays open, with the reason, when refused."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError

log = logging.getLogger(__name__)


class FormDialog(QDialog):
    """Subclasses add rows to ``self.form`` and implement ``save()``.

    ``save`` calls a service; a DomainError's message (or a storage problem) is shown in
    red above the buttons and the dialog stays open with everything the person typed.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.saved_id: int | None = None
        self.on_saved: Callable[[], None] | None = None

    def save(self) -> int | None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except DomainError as exc:
            self.show_error(str(exc))
            return
        except StorageError as exc:
            log.warning("save failed: %s", exc)
            self.show_error(str(exc))
            return
        super().accept()
        if self.on_saved is not None:
            self.on_saved()


def date_edit(value: QDate | None = None, *, minimum: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("MM/dd/yyyy")
    if minimum is not None:
        edit.setMinimumDate(minimum)
    return edit
