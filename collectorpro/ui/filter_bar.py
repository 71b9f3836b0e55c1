"""Search box and filters above the account list; emits a new AccountQuery when they change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.i18n import label
from collectorpro.models.enums import AccountStatus, ServiceType
from collectorpro.services.accounts.aging import AgingBucket
from collectorpro.services.accounts.listing import UNASSIGNED, AccountQuery
from collectorpro.services.office.users import UserView

T = TypeVar("T")


class FilterBar(QWidget):
    queryChanged = Signal(object)  # AccountQuery
    DEBOUNCE_MS = 250

    def __init__(self, users: Sequence[UserView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = AccountQuery()
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        layout = QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(layout)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, account, phone or email  (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        top.addWidget(self.search, 1)

        self.status = self._combo(self.tr("All statuses"), [(label(s), s) for s in AccountStatus])
        self.bucket = self._combo(self.tr("All ages"), [(label(b), b) for b in AgingBucket])
        service_names = {  # ServiceType has no label of its own
            ServiceType.MEDICAL: self.tr("Medical"),
            ServiceType.UTILITY: self.tr("Utility"),
            ServiceType.OTHER: self.tr("Other"),
        }
        self.service = self._combo(
            self.tr("All services"),
            [(service_names.get(t, t.value.capitalize()), t) for t in ServiceType],
        )
        self.assigned = self._combo(
            self.tr("Anyone"),
            [(self.tr("Unassigned"), UNASSIGNED), *((u.name, u.id) for u in users)],
        )
        for caption_text, combo in (
            (self.tr("Status"), self.status),
            (self.tr("Aging"), self.bucket),
            (self.tr("Service"), self.service),
            (self.tr("Assigned"), self.assigned),
        ):
            caption = QLabel(caption_text)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        self.clear_button.clicked.connect(self.clear)
        top.addWidget(self.clear_button)
        layout.addStretch(1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._emit)

    @staticmethod
    def _combo(all_label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_label, None)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def current_query(self) -> AccountQuery:
        def chosen(combo: QComboBox, kind: Callable[[Any], T]) -> frozenset[T]:
            # Qt hands enum members back as plain values; turn them back into members
            data = combo.currentData()
            return frozenset() if data is None else frozenset({kind(data)})

        return replace(
            self._query,
            search=self.search.text().strip(),
            statuses=chosen(self.status, AccountStatus),
            buckets=chosen(self.bucket, AgingBucket),
            service_types=chosen(self.service, ServiceType),
            assigned_user_ids=chosen(self.assigned, int),
        )

    def set_sort(self, query: AccountQuery) -> None:
        """Remember the sort the table chose, so filtering keeps it."""
        self._query = query

    def is_filtered(self) -> bool:
        q = self.current_query()
        return bool(q.search or q.statuses or q.buckets or q.service_types or q.assigned_user_ids)

    def clear(self) -> None:
        for combo in (self.status, self.bucket, self.service, self.assigned):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self._query:
            self._query = query
            self.queryChanged.emit(query)
