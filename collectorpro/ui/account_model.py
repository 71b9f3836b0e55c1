"""The account list's item model: rows come from SQL a page at a time (fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label
from collectorpro.models.db import Database
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.listing import AccountQuery, SortKey
from collectorpro.services.accounts.snapshots import AccountRow, ListSummary
from collectorpro.ui import formatting

AccountIdRole = Qt.ItemDataRole.UserRole + 1

_ModelIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


# the column titles are translated where they are shown (headerData), in this context
CONTEXT = "AccountTableModel"


def _next_action(text: str) -> str:
    """The account's next action, stored in English (marked in services.interactions)."""
    return QCoreApplication.translate("Interactions", text) if text else ""


@dataclass(frozen=True)
class Column:
    key: SortKey
    title: str  # English, marked with QT_TRANSLATE_NOOP(CONTEXT, …)
    text: Callable[[AccountRow], str]
    align: Qt.AlignmentFlag = _LEFT


COLUMNS: tuple[Column, ...] = (
    Column(
        SortKey.ACCOUNT_NUMBER,
        QT_TRANSLATE_NOOP("AccountTableModel", "Account"),
        lambda r: r.account_number,
    ),
    Column(
        SortKey.DEBTOR, QT_TRANSLATE_NOOP("AccountTableModel", "Debtor"), lambda r: r.debtor_name
    ),
    Column(
        SortKey.CREDITOR,
        QT_TRANSLATE_NOOP("AccountTableModel", "Creditor"),
        lambda r: r.creditor_name,
    ),
    Column(
        SortKey.BALANCE,
        QT_TRANSLATE_NOOP("AccountTableModel", "Balance"),
        lambda r: formatting.money(r.balance_cents),
        _RIGHT,
    ),
    Column(
        SortKey.DAYS_PAST_DUE,
        QT_TRANSLATE_NOOP("AccountTableModel", "Days past due"),
        lambda r: str(r.days_past_due),
        _RIGHT,
    ),
    Column(
        SortKey.BUCKET, QT_TRANSLATE_NOOP("AccountTableModel", "Aging"), lambda r: label(r.bucket)
    ),
    Column(
        SortKey.STATUS, QT_TRANSLATE_NOOP("AccountTableModel", "Status"), lambda r: label(r.status)
    ),
    Column(
        SortKey.LAST_CONTACT,
        QT_TRANSLATE_NOOP("AccountTableModel", "Last contact"),
        lambda r: formatting.moment(r.last_contact_at),
    ),
    Column(
        SortKey.NEXT_ACTION,
        QT_TRANSLATE_NOOP("AccountTableModel", "Next action"),
        lambda r: f"{_next_action(r.next_action)} {formatting.day(r.next_action_date)}".strip(),
    ),
)
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}
_ALERT = QBrush(QColor("#b3261e"))


class AccountTableModel(QAbstractTableModel):
    """Holds only the rows scrolled into view so far; sorting and filtering happen in SQL."""

    PAGE_SIZE = 200
    summaryChanged = Signal(object)  # ListSummary

    def __init__(
        self, db: Database, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._query = AccountQuery()
        self._rows: list[AccountRow] = []
        self._summary = ListSummary(0, 0)
        self._loaded = False  # until the window's first load, a sort only sets the order

    # -- what the window asks for -------------------------------------------------------
    @property
    def query(self) -> AccountQuery:
        return self._query

    @property
    def summary(self) -> ListSummary:
        return self._summary

    def set_query(self, query: AccountQuery) -> None:
        # another order of the same accounts has the same count and total: not counted again
        reordered = replace(query, sort=self._query.sort, descending=self._query.descending)
        recount = not self._loaded or reordered != self._query
        self._query = query
        self._load(keep_loaded=False, recount=recount)

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Fetch again from the database, e.g. after a change; keeps the scroll depth."""
        self._load(keep_loaded=keep_loaded, recount=True)

    def _load(self, *, keep_loaded: bool, recount: bool) -> None:
        self._loaded = True
        wanted = max(self.PAGE_SIZE, len(self._rows)) if keep_loaded else self.PAGE_SIZE
        today = self._today()
        summary = (
            account_list.summarize(self._db, self._query, as_of=today) if recount else self._summary
        )
        rows = account_list.list_page(self._db, self._query, offset=0, limit=wanted, as_of=today)
        self.beginResetModel()
        self._summary, self._rows = summary, rows
        self.endResetModel()
        self.summaryChanged.emit(self._summary)

    def account_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == account_id:
                return i
        return None

    # -- Qt's side -----------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._summary.count

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = account_list.list_page(
            self._db,
            self._query,
            offset=len(self._rows),
            limit=self.PAGE_SIZE,
            as_of=self._today(),
        )
        if not page:
            # the database shrank behind us; stop asking for more
            self._summary = replace(self._summary, count=len(self._rows))
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == AccountIdRole:
            return row.id
        if column.key is SortKey.NEXT_ACTION and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            overdue = row.next_action_date is not None and row.next_action_date < self._today()
            if not overdue:
                return None
            return _ALERT if role == Qt.ItemDataRole.ForegroundRole else self.tr("Overdue")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].align)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMNS[column].key, descending=descending)
        if not self._loaded:  # the header's order as the table is set up: loaded with the rest
            self._query = query
            return
        self.set_query(query)
