"""The office's years to sue per state (the statute of limitations table letters rely on)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidgetItem, QWidget

from collectorpro.models.db import Database
from collectorpro.services.compliance.statute import get_statute_table, save_statute_overrides
from collectorpro.services.compliance.time_limits import STATUTE_OF_LIMITATIONS_YEARS
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.tables import make_table

STATE, YEARS, DEFAULT = range(3)
MIN_YEARS, MAX_YEARS = 1, 30


class _YearsBox(QSpinBox):
    """A spin box in a long table: scrolling the table must not change the figures."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class StatuteDialog(FormDialog):
    """Years to sue per state; a figure that differs from the default is shown in bold."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statute of limitations"), parent)
        self.db, self.user_id = db, user_id
        self.defaults = dict(STATUTE_OF_LIMITATIONS_YEARS)
        note = self.tr(
            "Years after the last payment (or the first delinquency when there was none) after "
            "which a debt is time-barred: letters then use the time-barred wording and never "
            "threaten a suit. These are common figures for written contracts; confirm them "
            "with your attorney."
        )
        self.note = QLabel(note)
        self.note.setObjectName("statuteNote")
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.table = make_table(
            [self.tr("State"), self.tr("Years to sue"), self.tr("Default")], stretch_last=False
        )
        self.table.setObjectName("statuteTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(360)
        self.form.addRow(self.table)
        self.reset_button = QPushButton(self.tr("&Reset all to defaults"))
        self.reset_button.setObjectName("statuteReset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.form.addRow(self.reset_button)
        self.years: dict[str, QSpinBox] = {}
        self._fill({state: years for state, (years, _) in get_statute_table(db).items()})
        self.resize(420, 640)

    def _fill(self, figures: dict[str, int]) -> None:
        self.years = {}
        self.table.setRowCount(len(figures))
        for row, (state, years) in enumerate(sorted(figures.items())):
            self.table.setItem(row, STATE, QTableWidgetItem(state))
            default = self.defaults.get(state)
            default_item = QTableWidgetItem(self.tr("none") if default is None else str(default))
            default_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, DEFAULT, default_item)
            box = _YearsBox()
            box.setObjectName(f"statuteYears{state}")
            box.setRange(MIN_YEARS, MAX_YEARS)
            box.setValue(years)
            box.setAccessibleName(self.tr("Years to sue in {state}").format(state=state))
            box.valueChanged.connect(lambda _value, s=state, r=row: self._mark(r, s))
            self.table.setCellWidget(row, YEARS, box)
            self.years[state] = box
            self._mark(row, state)

    def _mark(self, row: int, state: str) -> None:
        """Bold the state whose figure is the office's own."""
        item = self.table.item(row, STATE)
        changed = self.years[state].value() != self.defaults.get(state)
        font = QFont(item.font())
        font.setBold(changed)
        item.setFont(font)
        item.setToolTip(self.tr("The office's own figure") if changed else "")

    def figures(self) -> dict[str, int]:
        return {state: box.value() for state, box in self.years.items()}

    def reset_to_defaults(self) -> None:
        """Every state back to its default; states the office added are dropped."""
        self._fill(dict(self.defaults))

    def save(self) -> None:
        save_statute_overrides(self.db, self.figures(), user_id=self.user_id)
