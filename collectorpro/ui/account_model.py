"""The account list's item model: rows come from SQL a page at a time (fetchMore).

The window's first page, and the page again after a change to an account, are read at once:
the window selects an account on them straight away. A page for a new search, filter or order
is read in the thread pool, and so are the list's count and total, after its page is shown.
A newer question wins over an older one whose answer comes late.
"""

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
from collectorpro.ui.worker import BackgroundCalls

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
_USUAL = AccountQuery()


def _accounts(query: AccountQuery) -> AccountQuery:
    """The question without its order: what the count and total depend on."""
    return replace(query, sort=_USUAL.sort, descending=_USUAL.descending)


class AccountTableModel(QAbstractTableModel):
    """Holds only the rows scrolled into view so far; sorting and filtering happen in SQL."""

    PAGE_SIZE = 200
    summaryChanged = Signal(object)  # ListSummary: the count and total of the list shown
    countingStarted = Signal()  # the list shown is new: its count and total are on their way
    loadingChanged = Signal(bool)  # a page for a new question is being read in the background
    loadFailed = Signal(str)

    def __init__(
        self, db: Database, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._query = AccountQuery()  # the question the rows answer
        self._wanted = self._query  # the newest question asked
        self._rows: list[AccountRow] = []
        self._more = False  # the last page read was full: there may be more rows
        self._summary = ListSummary(0, 0)
        self._counted: AccountQuery | None = None  # the accounts the figures are of
        self._loaded = False  # until the window's first load, a sort only sets the order
        self._pages = BackgroundCalls(self, newest_only=True)
        self._figures = BackgroundCalls(self, newest_only=True)
        self._pages.busyChanged.connect(self.loadingChanged)

    # -- what the window asks for -------------------------------------------------------
    @property
    def query(self) -> AccountQuery:
        """The question the rows shown answer (a newer one may be on its way)."""
        return self._query

    @property
    def summary(self) -> ListSummary:
        return self._summary

    @property
    def loading(self) -> bool:
        """A page or the figures of the list are still being read."""
        return self._pages.busy or self._figures.busy

    @property
    def counting(self) -> bool:
        return self._figures.busy

    def set_query(self, query: AccountQuery) -> None:
        self._wanted = query
        if not self._loaded:  # the window's first page, read before the window shows
            self._read_now(keep_loaded=False, recount=False)
            return
        if query == self._query:  # back to the question shown: what is on its way is stale
            self._pages.forget()
            return
        db, today, limit = self._db, self._today(), self.PAGE_SIZE
        self._pages.run(
            lambda: account_list.list_page(db, query, offset=0, limit=limit, as_of=today),
            on_result=lambda rows: self._show(query, rows, limit, recount=False),
            on_failed=self.loadFailed.emit,
        )

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Read again at once, e.g. after a change (keeps the scroll depth); count it behind."""
        self._read_now(keep_loaded=keep_loaded, recount=True)

    def _read_now(self, *, keep_loaded: bool, recount: bool) -> None:
        self._loaded = True
        query = self._wanted
        kept = len(self._rows) if keep_loaded and query == self._query else 0
        limit = max(self.PAGE_SIZE, kept)
        rows = account_list.list_page(self._db, query, offset=0, limit=limit, as_of=self._today())
        self._pages.forget()  # this page answers the newest question
        self._show(query, rows, limit, recount=recount)

    def _show(
        self, query: AccountQuery, rows: list[AccountRow], limit: int, *, recount: bool
    ) -> None:
        self.beginResetModel()
        self._query, self._rows, self._more = query, rows, len(rows) >= limit
        self.endResetModel()
        # another order of the same accounts has the same count and total: not counted again
        if recount or _accounts(query) != self._counted:
            self._count(query)

    def _count(self, query: AccountQuery) -> None:
        if _accounts(query) != self._counted:
            self._counted = _accounts(query)
            self.countingStarted.emit()
        if not self._rows:  # an empty first page: no account matches, nothing to count
            self._figures.forget()
            self._set_summary(ListSummary(0, 0))
            return
        db, today = self._db, self._today()
        self._figures.run(
            lambda: account_list.summarize(db, query, as_of=today),
            on_result=self._set_summary,
            on_failed=self._not_counted,
        )

    def _not_counted(self, message: str) -> None:
        self._counted = None  # counted again with the next page
        self.loadFailed.emit(message)

    def _set_summary(self, summary: ListSummary) -> None:
        self._summary = summary
        self._more = self._more and len(self._rows) < summary.count
        self.summaryChanged.emit(summary)

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
        return not parent.isValid() and self._more

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
        self._more = len(page) >= self.PAGE_SIZE
        if not page:
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
        query = replace(self._wanted, sort=COLUMNS[column].key, descending=descending)
        if not self._loaded:  # the header's order as the table is set up: loaded with the rest
            self._query = self._wanted = query
            return
        self.set_query(query)
