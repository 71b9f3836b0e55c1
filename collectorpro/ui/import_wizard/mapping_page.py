"""The import wizard's second page: which field each column of the file fills.

``MappingPage`` starts from the saved profile or a guess from the headings, and shows the
first rows as they will be read while the clerk chooses.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from collectorpro.services.importing.mapping import (
    FIELDS,
    ImportProfile,
    missing_required,
    resolve_mapping,
    suggest_mapping,
)
from collectorpro.services.importing.records import account_record, payment_record
from collectorpro.services.importing.sources import SourceInfo
from collectorpro.ui import formatting
from collectorpro.ui.import_wizard.common import (
    ERROR_COLOR,
    ERROR_STYLE,
    PREVIEW_ROWS,
    WARNING_STYLE,
    message_label,
    tab_chain,
)
from collectorpro.ui.import_wizard.host import WizardHost
from collectorpro.ui.tables import make_table


class _MappingCombo(QComboBox):
    """Scrolling the table must not change a mapping the mouse happens to pass over."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class MappingPage(QWizardPage):
    """Which field each column fills, with the first rows shown as they will be read."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Say which field each column of the file fills; the others are not imported.")
        )
        self.combos: list[QComboBox] = []
        self._built_for: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("Month/Day/Year"), "MDY")
        self.date_order.addItem(self.tr("Day/Month/Year"), "DMY")
        form.addRow(self.tr("&Date order"), self.date_order)
        layout.addLayout(form)
        self.table = make_table(
            [
                self.tr("Column in the file"),
                self.tr("Example"),
                self.tr("Example"),
                self.tr("Example"),
                self.tr("Import as"),
            ]
        )
        self.table.setObjectName("mappingTable")
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table, 3)
        self.profile_note = message_label("profileNote", WARNING_STYLE)
        self.missing = message_label("missingFields", ERROR_STYLE)
        layout.addWidget(self.profile_note)
        layout.addWidget(self.missing)
        layout.addWidget(QLabel(self.tr("The first rows, as they will be read:")))
        self.preview = make_table([self.tr("Row")])
        self.preview.setObjectName("livePreview")
        layout.addWidget(self.preview, 2)
        self.date_order.currentIndexChanged.connect(self._refresh)

    def initializePage(self) -> None:
        info, profile = self.w.info, self.w.profile
        assert info is not None
        key = (info, self.w.kind, profile)
        if key != self._built_for:
            self._built_for = key
            self._build(info, profile)
        self._refresh()

    def _build(self, info: SourceInfo, profile: ImportProfile | None) -> None:
        self.profile_note.clear()
        if profile is not None:
            resolved = resolve_mapping(profile, info.headers)
            columns = resolved.columns
            if resolved.missing:
                self.profile_note.setText(
                    self.tr(
                        "This file has no column the profile “{name}” expects: {columns}."
                    ).format(name=profile.name, columns=", ".join(resolved.missing))
                )
            order = profile.date_order
        else:
            columns = suggest_mapping(info.headers, kind=self.w.kind)
            order = "MDY"
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(max(self.date_order.findData(order), 0))
        self.date_order.blockSignals(False)

        fields = FIELDS[self.w.kind]
        self.table.setRowCount(0)
        self.table.setRowCount(len(info.headers))
        self.combos = []
        for row, heading in enumerate(info.headers):
            self.table.setItem(row, 0, QTableWidgetItem(heading))
            for sample in range(3):
                cells = info.preview[sample] if sample < len(info.preview) else ()
                value = cells[row] if row < len(cells) else ""
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, 1 + sample, item)
            combo = _MappingCombo()
            combo.setObjectName(f"mapColumn{row}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.addItem(self.tr("— not imported —"), None)
            for target in fields:
                combo.addItem(target.shown_label, target.key)
                if target.note:
                    combo.setItemData(
                        combo.count() - 1, target.shown_note, Qt.ItemDataRole.ToolTipRole
                    )
            chosen = combo.findData(columns[row]) if row in columns else 0
            combo.setCurrentIndex(max(chosen, 0))
            combo.currentIndexChanged.connect(partial(self._combo_changed, row))
            self.table.setCellWidget(row, 4, combo)
            self.combos.append(combo)
        chain = [self.date_order, *self.combos, self.preview]
        tab_chain(chain)

    def columns(self) -> dict[int, str]:
        """Column index -> field key, as chosen now."""
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def order(self) -> str:
        return str(self.date_order.currentData())

    def missing_fields(self) -> tuple[str, ...]:
        return missing_required(self.columns().values(), self.w.kind)

    def _combo_changed(self, row: int, *_args: object) -> None:
        key = self.combos[row].currentData()
        if key:  # one column per field: the column that had it gives it up
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        missing = self.missing_fields()
        self.missing.setText(
            self.tr("Still to choose: {fields}.").format(
                fields=", ".join(self.tr(label) for label in missing)
            )
            if missing
            else ""
        )
        self._fill_preview()
        self.completeChanged.emit()

    def _fill_preview(self) -> None:
        info = self.w.info
        if info is None:
            return
        kind = self.w.kind
        columns = self.columns()
        where = {key: index for index, key in columns.items()}
        shown = [f for f in FIELDS[kind] if f.key in where]
        unmapped = {f.key for f in FIELDS[kind]} - set(where)
        headers = [self.tr("Row"), *(f.shown_label for f in shown)]
        if not shown:
            headers.append(self.tr("Problems"))
        parse = account_record if kind == "accounts" else payment_record
        self.preview.clear()
        self.preview.clearSpans()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        rows = info.preview[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            result = parse(cells, columns, info.headers, date_order=self.order())
            self.preview.setItem(r, 0, QTableWidgetItem(str(r + 1)))
            if isinstance(result, list):  # the reasons, across the row's empty fields
                problems = "; ".join(str(p) for p in result if p.column not in unmapped)
                item = QTableWidgetItem(problems)
                item.setForeground(ERROR_COLOR)
                item.setToolTip(problems)
                self.preview.setItem(r, 1, item)
                if len(headers) > 2:
                    self.preview.setSpan(r, 1, 1, len(headers) - 1)
                continue
            for c, target in enumerate(shown, start=1):
                value = _shown_value(result, target.key, cells[where[target.key]])
                self.preview.setItem(r, c, QTableWidgetItem(value))

    def problem_text(self, row: int) -> str:
        """What the live preview says is wrong with a row ("" when it reads well)."""
        item = self.preview.item(row, 1)
        if item is None or item.foreground().color() != ERROR_COLOR:
            return ""
        return item.text()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.missing_fields()


def _shown_value(record: object, key: str, raw: str) -> str:
    """A parsed field as the preview shows it."""
    if key == "debtor_name":
        parts = ("first_name", "middle_name", "last_name", "suffix")
        return " ".join(str(getattr(record, p)) for p in parts if getattr(record, p))
    if key in ("balance", "amount"):
        return formatting.money(getattr(record, f"{key}_cents"))
    value = getattr(record, key, raw)  # a service description is checked, not kept
    if isinstance(value, date):
        return formatting.day(value)
    return "" if value is None else str(value)
