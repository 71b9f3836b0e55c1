"""The "Today" view: the worklist in sections, worked from the keyboard.

Alt+Down / Alt+Up move to the next or previous account; the window's own actions (log a
call, record a promise, set a follow-up) work on the account selected here. An account worked
in this session is ticked and the selection moves on to the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collectorpro.services.worklist.today import SECTIONS, WorkItem, Worklist
from collectorpro.ui import formatting
from collectorpro.ui.tables import RIGHT
from collectorpro.ui.worker import Worker, busy_bar, run_job

__all__ = ["WorklistView"]

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
HELD = "held"


class WorklistView(QWidget):
    """Sections of accounts; emits ``accountChanged`` when the selection moves."""

    accountChanged = Signal(object)  # the account id, or None

    def __init__(self, load: Callable[[bool], Worklist], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load  # (only mine) -> Worklist, run in the thread pool
        self.worklist: Worklist | None = None
        self.done: set[int] = set()
        self.worker: Worker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("worklistHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        top.addWidget(self.heading, 1)
        self.only_mine = QCheckBox(self.tr("Only my accounts"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.only_mine)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.progress = busy_bar()
        layout.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setObjectName("worklistTree")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Debtor"),
                self.tr("Balance"),
                self.tr("Days past due"),
                self.tr("Why"),
                self.tr("Priority"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.status = QLabel()
        self.status.setObjectName("worklistStatus")
        self.status.setStyleSheet("color: #555;")
        layout.addWidget(self.status)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.worker is not None:
            return
        only_mine = self.only_mine.isChecked()
        self.worker = run_job(
            lambda _progress, _cancelled: self.load(only_mine),
            on_result=self._loaded,
            on_failed=self._failed,
        )
        self.progress.show()
        self.status.setText(self.tr("Building today's worklist…"))

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.hide()
        self.status.setText(message)

    def _loaded(self, worklist: object) -> None:
        self.worker = None
        self.progress.hide()
        assert isinstance(worklist, Worklist)
        self.set_worklist(worklist)

    def set_worklist(self, worklist: Worklist) -> None:
        current = self.current_account_id()
        self.worklist = worklist
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for key, title in (*SECTIONS, (HELD, "")):
            items = worklist.held if key == HELD else worklist.section(key)
            if not items:
                continue
            if key == HELD:
                shown = self.tr("Not to be called right now")
            else:  # the services mark their section titles in the "Worklist" context
                shown = QCoreApplication.translate("Worklist", title)
            header = QTreeWidgetItem([self._heading(worklist, key, shown, len(items))])
            header.setFirstColumnSpanned(True)
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for item in items:
                header.addChild(self._row(item, held=key == HELD))
            header.setExpanded(True)
        total = len(worklist.items)
        self.heading.setText(self.tr("Today — {n} accounts to work").format(n=total))
        self.status.setText(
            self.tr("{held} more may not be called right now (listed last, with the time).").format(
                held=len(worklist.held)
            )
            if worklist.held
            else ""
        )
        if current is None or not self.select(current):
            self.select_next()

    def _heading(self, worklist: Worklist, key: str, title: str, listed: int) -> str:
        """ "Follow-ups due (50)", or "(50 of 3,968)" when the section holds more than it lists."""
        in_section = listed + sum(1 for i in worklist.held if i.section == key)
        total = worklist.total(key) if key != HELD else 0
        if total > in_section:
            return self.tr("{title} ({n} of {total})").format(
                title=title, n=listed, total=QLocale().toString(total)
            )
        return self.tr("{title} ({n})").format(title=title, n=listed)

    def _row(self, item: WorkItem, *, held: bool) -> QTreeWidgetItem:
        why = item.reason
        if held and item.call is not None:
            why = item.call.summary()
        row = QTreeWidgetItem(
            [
                item.account_number,
                item.debtor_name,
                formatting.money(item.balance_cents),
                str(item.days_past_due),
                why,
                f"{item.score:g}",
            ]
        )
        row.setData(0, ACCOUNT_ROLE, item.account_id)
        for column in (2, 3, 5):
            row.setTextAlignment(column, RIGHT)
        # the parts' names come from the service, already in the interface language
        parts = " + ".join(
            self.tr("{name} {points}").format(name=name, points=f"{points:g}")
            for name, points in item.parts
        )
        row.setToolTip(
            5, self.tr("Priority {score:g} = {parts}").format(score=item.score, parts=parts)
        )
        if held:
            row.setForeground(4, QBrush(QColor("#b3261e")))
        if item.account_id in self.done:
            self._mark(row)
        return row

    def _mark(self, row: QTreeWidgetItem) -> None:
        font = row.font(0)
        font.setStrikeOut(True)
        for column in range(self.tree.columnCount()):
            row.setFont(column, font)
            row.setForeground(column, QBrush(QColor("#888888")))
        row.setText(0, "✓ " + row.text(0).removeprefix("✓ "))

    # -- moving ------------------------------------------------------------------------------
    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            rows.extend(header.child(j) for j in range(header.childCount()))
        return rows

    def current_account_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(0, ACCOUNT_ROLE)
        return int(value) if value is not None else None

    def select(self, account_id: int) -> bool:
        for row in self._rows():
            if row.data(0, ACCOUNT_ROLE) == account_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def select_next(self, step: int = 1) -> bool:
        """Move to the next (or, with -1, previous) account not yet worked in this session."""
        rows = self._rows()
        if not rows:
            self.accountChanged.emit(None)
            return False
        current = self.tree.currentItem()
        index = rows.index(current) if current in rows else -1
        candidates = rows[index + 1 :] if step > 0 else list(reversed(rows[: max(index, 0)]))
        for row in candidates:
            if row.data(0, ACCOUNT_ROLE) not in self.done:
                self.tree.setCurrentItem(row)
                return True
        if index < 0:
            self.tree.setCurrentItem(rows[0])
            return True
        return False

    def mark_worked(self, account_id: int, *, move_on: bool = True) -> None:
        """The account was worked: tick it and (by default) go to the next one."""
        self.done.add(account_id)
        for row in self._rows():
            if row.data(0, ACCOUNT_ROLE) == account_id:
                self._mark(row)
        if move_on and self.current_account_id() == account_id:
            self.select_next()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None or current.data(0, ACCOUNT_ROLE) is None:
            self.accountChanged.emit(None)
            return
        self.accountChanged.emit(int(current.data(0, ACCOUNT_ROLE)))
