"""The Accounts tab: search and filters over the paged account list, or the empty state.

A layout with the few moves the window makes on it: select an account, step to the next
one, show the list's count and total. The model loads its pages from SQL; this panel only
shows them, with a busy bar while a new search or filter is read in the background and
"Counting the accounts…" until the list's figures are in. Its words keep the window's
translation context ("MainWindow"), where the Spanish catalogue has them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collectorpro.services.accounts.snapshots import ListSummary
from collectorpro.services.office.users import UserView
from collectorpro.ui import formatting, messages
from collectorpro.ui.account_model import COLUMN_OF, AccountTableModel
from collectorpro.ui.filter_bar import FilterBar
from collectorpro.ui.worker import busy_bar

__all__ = ["AccountListPanel"]


class AccountListPanel(QWidget):
    def __init__(self, model: AccountTableModel, users: Sequence[UserView]) -> None:
        super().__init__()
        translate = QCoreApplication.translate
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.filters = FilterBar(users)

        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 15px;")
        empty_layout.addWidget(self.empty_label)
        self.empty_clear = QPushButton(translate("MainWindow", "Clear search and filters"))
        self.empty_clear.clicked.connect(self.filters.clear)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        self.progress = busy_bar()
        self.progress.setObjectName("listBusy")
        layout.addWidget(self.progress)
        layout.addWidget(self.list_stack, 1)

        # the count and total of the list, shown in the window's status bar
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        model.loadingChanged.connect(self.progress.setVisible)
        model.modelReset.connect(self._page_shown)
        model.countingStarted.connect(self._counting)
        model.loadFailed.connect(self._load_failed)

    def enable_sorting(self) -> None:
        """Let the headers sort; the model takes the header's order (restored or Qt's own)."""
        self.table.setSortingEnabled(True)

    def sync_sort_indicator(self) -> None:
        q = self.model.query
        order = Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF[q.sort], order)
        header.blockSignals(False)

    def _page_shown(self) -> None:
        self.filters.set_sort(self.model.query)  # filtering keeps the order the table chose
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.table)

    def _counting(self) -> None:
        # the words of the letter rules' live count, which the Spanish catalogue has
        self.summary_label.setText(
            QCoreApplication.translate("LetterRulesDialog", "Counting the accounts…")
        )

    def _load_failed(self, message: str) -> None:
        self.summary_label.clear()
        messages.error(self, QCoreApplication.translate("MainWindow", "Not done"), message)

    def show_summary(self, summary: ListSummary) -> None:
        translate = QCoreApplication.translate
        self.summary_label.setText(
            (
                translate("MainWindow", "1 account · {total} total balance")
                if summary.count == 1
                else translate("MainWindow", "{count} accounts · {total} total balance")
            ).format(
                count=f"{summary.count:,}", total=formatting.money(summary.total_balance_cents)
            )
        )
        if summary.count:
            self.list_stack.setCurrentWidget(self.table)
            return
        filtered = self.filters.is_filtered()
        self.empty_label.setText(
            translate("MainWindow", "No accounts match the search and filters.")
            if filtered
            else translate(
                "MainWindow",
                "No accounts yet.\nAccounts appear here once they are imported "
                "from your billing system.",
            )
        )
        self.empty_clear.setVisible(filtered)
        self.list_stack.setCurrentWidget(self.empty_state)

    def current_account_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def select_account(self, account_id: int) -> bool:
        row = self.model.row_of(account_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def select_next(self, step: int) -> None:
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            account_id = self.model.account_id(row)
            if account_id is not None:
                self.select_account(account_id)
