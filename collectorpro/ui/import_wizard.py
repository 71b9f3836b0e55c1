"""The import wizard: a billing system's or bank's file, its columns, the check, the import.

Reading, parsing, checking and writing are the importing services'; the pages only show what
the file holds and collect what the clerk decides. The check and the import run in the thread
pool with a progress bar and Cancel, and the import is all or nothing: a cancelled or failed
import leaves the office's data as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collectorpro.models.db import Database
from collectorpro.models.enums import ServiceType
from collectorpro.services.errors import DomainError, StorageError
from collectorpro.services.importing.mapping import (
    FIELDS,
    ImportKind,
    ImportProfile,
    missing_required,
    profile_from_mapping,
    resolve_mapping,
    suggest_mapping,
)
from collectorpro.services.importing.profiles import list_profiles, save_profile
from collectorpro.services.importing.records import account_record, payment_record
from collectorpro.services.importing.run import (
    ImportCancelled,
    ImportPreview,
    ImportSummary,
    import_accounts,
    import_payments,
    preview_import,
)
from collectorpro.services.importing.sources import ImportFileError, SourceInfo, inspect
from collectorpro.services.users import list_creditors
from collectorpro.ui import formatting
from collectorpro.ui.tables import fill_table, make_table
from collectorpro.ui.worker import Worker, busy_bar, run_job, start

__all__ = ["ImportWizard"]

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #9a5b00;"
ERROR_COLOR = QColor("#b3261e")
PREVIEW_ROWS = 10
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}

# workers given up on (Back during the check) stay referenced until the pool is done with them
_ABANDONED: set[Worker] = set()


def _count(n: int) -> str:
    return format_decimal(n, locale=formatting.LOCALE)


def _plural(n: int, one: str, many: str, **values: str) -> str:
    """``one`` ("1 row") or ``many`` ("{n} rows"), with the count and the values filled in."""
    return (one if n == 1 else many).format(n=_count(n), **values)


def _tab_chain(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _message_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WorkPanel(QWidget):
    """A progress bar and a Cancel button for one job in the thread pool at a time."""

    def __init__(self, cancel_text: str, name: str, on_busy: Callable[[], None]) -> None:
        super().__init__()
        self.on_busy = on_busy
        self.worker: Worker | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Progress")
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def run(
        self,
        job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        on_result: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        worker = Worker(job)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(lambda result: self._done(worker, on_result, result))
        worker.signals.failed.connect(lambda message: self._done(worker, on_failed, message))
        self.worker = worker
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.show()
        self.on_busy()
        start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def abandon(self) -> None:
        """Cancel and forget the running job: its result, if any, is dropped."""
        worker = self.worker
        if worker is None:
            return
        worker.cancel()
        for signal in (worker.signals.progress, worker.signals.finished, worker.signals.failed):
            signal.disconnect()
        _ABANDONED.add(worker)
        worker.signals.finished.connect(lambda _r: _ABANDONED.discard(worker))
        worker.signals.failed.connect(lambda _m: _ABANDONED.discard(worker))
        self.worker = None
        self.hide()
        self.on_busy()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _done(self, worker: Worker, callback: Callable[[Any], None], value: object) -> None:
        if worker is not self.worker:
            return
        self.worker = None
        self.hide()
        callback(value)
        self.on_busy()


class FilePage(QWizardPage):
    """What kind of file, which file, which saved profile and (for accounts) which creditor."""

    def __init__(self, wizard: ImportWizard, kind: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("A CSV or Excel export from the billing system, the bank or the lockbox.")
        )
        self.profiles: dict[str, ImportProfile] = {}
        self.creditors = [c.name for c in list_creditors(wizard.db)]
        self._read_path = ""  # the file last read, to notice a path typed anew
        self._reader: Worker | None = None  # the file being read in the background
        self._reads = 0  # counts reads, so that only the latest one's answer is shown

        layout = QVBoxLayout(self)
        self.accounts = QRadioButton(self.tr("&Accounts from the billing system"))
        self.accounts.setObjectName("importAccounts")
        self.payments = QRadioButton(self.tr("&Payments from the bank or lockbox"))
        self.payments.setObjectName("importPayments")
        self.kind_group = QButtonGroup(self)
        for button in (self.accounts, self.payments):
            self.kind_group.addButton(button)
            layout.addWidget(button)
        (self.payments if kind == "payments" else self.accounts).setChecked(True)

        self.form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importFile")
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV or Excel file…"))
        self.browse = QPushButton(self.tr("Br&owse…"))
        self.browse.setObjectName("browseFile")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)
        self.form.addRow(file_label, file_row)
        self.detected = QLabel()
        self.detected.setObjectName("detectedFormat")
        self.detected.setWordWrap(True)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.detected)
        self.reading = busy_bar()
        self.reading.setObjectName("readingFile")
        self.form.addRow("", self.reading)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("&Sheet"))
        self.sheet_label.setBuddy(self.sheet)
        self.form.addRow(self.sheet_label, self.sheet)
        self.profile = QComboBox()
        self.profile.setObjectName("importProfile")
        profile_label = QLabel(self.tr("Saved p&rofile"))
        profile_label.setBuddy(self.profile)
        self.form.addRow(profile_label, self.profile)
        self.creditor = QComboBox()
        self.creditor.setObjectName("importCreditor")
        self.creditor.setEditable(True)
        self.creditor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.creditor.addItems(self.creditors)
        self.creditor.setCurrentIndex(-1)
        self.creditor.setEditText("")
        line = self.creditor.lineEdit()
        line.setPlaceholderText(self.tr("Choose the creditor or type a new one"))
        self.creditor_label = QLabel(self.tr("&Creditor"))
        self.creditor_label.setBuddy(self.creditor)
        self.form.addRow(self.creditor_label, self.creditor)
        self.service = QComboBox()
        self.service.setObjectName("newCreditorService")
        for service, label in (
            (ServiceType.MEDICAL, self.tr("Medical")),
            (ServiceType.UTILITY, self.tr("Utility")),
            (ServiceType.OTHER, self.tr("Other")),
        ):
            self.service.addItem(label, service)
        self.service_label = QLabel(self.tr("New creditor's &kind of service"))
        self.service_label.setBuddy(self.service)
        self.form.addRow(self.service_label, self.service)
        layout.addLayout(self.form)
        self.error = _message_label("importFileError", ERROR_STYLE)
        self.warning = _message_label("importFileWarning", WARNING_STYLE)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addStretch(1)

        chain = [self.accounts, self.payments, self.path_edit, self.browse, self.sheet]
        chain += [self.profile, self.creditor, self.service]
        _tab_chain(chain)

        self.browse.clicked.connect(self.choose_file)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.sheet.activated.connect(self._sheet_chosen)
        self.creditor.editTextChanged.connect(self._creditor_changed)
        self._reload_profiles()
        self._show_rows()

    # -- what was chosen ---------------------------------------------------------------------
    def kind(self) -> ImportKind:
        return "payments" if self.payments.isChecked() else "accounts"

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def creditor_name(self) -> str:
        """The creditor typed or chosen, spelled as on file when it is already known."""
        text = " ".join(self.creditor.currentText().split())
        known = {name.casefold(): name for name in self.creditors}
        return known.get(text.casefold(), text)

    def is_new_creditor(self) -> bool:
        name = self.creditor_name()
        return bool(name) and name not in self.creditors

    def service_type(self) -> ServiceType:
        return ServiceType(self.service.currentData())

    @property
    def busy(self) -> bool:
        """The file is still being read."""
        return self._reader is not None

    def isComplete(self) -> bool:
        if self.w.info is None or self.busy:
            return False
        return self.kind() == "payments" or bool(self.creditor_name())

    # -- choosing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.w.ask_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        if self.w.settings is not None:
            self.w.settings.setValue("import/lastDir", str(path.parent))
        self.path_edit.setText(str(path))
        self.read_file()

    def _path_typed(self) -> None:
        path = self.path()
        if (str(path) if path else "") != self._read_path:
            self.read_file()

    def _kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._reload_profiles()
            self._show_rows()
            self.completeChanged.emit()

    def _reload_profiles(self) -> None:
        self.profiles = {p.name: p for p in list_profiles(self.w.db, self.kind())}
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("No saved profile"), None)
        for name in self.profiles:
            self.profile.addItem(name, name)
        self.profile.blockSignals(False)
        self._profile_changed()

    def _profile_changed(self, *_args: object) -> None:
        name = self.profile.currentData()
        self.w.profile = self.profiles.get(name) if name else None
        if self.path() is not None:
            self.read_file()

    def _sheet_chosen(self, _index: int) -> None:
        self.read_file(sheet=self.sheet.currentText())

    def _creditor_changed(self, _text: str) -> None:
        self._show_rows()
        self.completeChanged.emit()

    def _show_rows(self) -> None:
        accounts = self.kind() == "accounts"
        self.form.setRowVisible(self.creditor, accounts)
        self.form.setRowVisible(self.service, accounts and self.is_new_creditor())
        info = self.w.info
        self.form.setRowVisible(self.sheet, info is not None and info.kind == "xlsx")

    # -- reading -----------------------------------------------------------------------------
    def read_file(self, *, sheet: str | None = None) -> None:
        """Inspect the file in the background (with the saved profile's settings, if chosen).

        A large workbook takes a moment to open; the window stays usable meanwhile, and a
        newer read (another file, sheet or profile) wins over one still running.
        """
        path = self.path()
        profile = self.w.profile
        self.error.clear()
        self.warning.clear()
        self._reads += 1
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None
        if path is None:
            self._show_read(path, None)
            return
        tries: list[dict[str, Any]] = []
        if profile is not None:
            settings = dict(
                sheet=profile.sheet,
                delimiter=profile.delimiter,
                has_header=profile.has_header,
                encoding=profile.encoding,
            )
            tries.append(settings | ({"sheet": sheet} if sheet else {}))
        tries.append({"sheet": sheet} if sheet else {})

        def job(_progress: object, _cancelled: object) -> tuple[SourceInfo | None, list[str]]:
            problems: list[str] = []  # why each try failed, in order
            for overrides in tries:
                try:
                    return inspect(path, preview_rows=PREVIEW_ROWS, **overrides), problems
                except ImportFileError as exc:
                    problems.append(str(exc))
            return None, problems

        read = self._reads
        self.reading.show()
        self._reader = run_job(
            job,
            on_result=lambda result: self._file_read(read, path, profile, result),
            on_failed=lambda message: self._file_read(read, path, profile, (None, [message])),
        )
        self.completeChanged.emit()

    def stop_reading(self) -> None:
        """Forget a read still running (the wizard is closing); its answer is dropped."""
        self._reads += 1
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None
        self.reading.hide()

    def _file_read(
        self,
        read: int,
        path: Path,
        profile: ImportProfile | None,
        result: tuple[SourceInfo | None, list[str]],
    ) -> None:
        if read != self._reads:
            return  # a newer read has started; its answer is the one to show
        self._reader = None
        info, problems = result
        if info is None:
            self.error.setText(problems[-1] if problems else "")
        elif problems and profile is not None:
            self.warning.setText(
                self.tr(
                    "The saved profile “{name}” does not fit this file ({why}); "
                    "the file was read as found."
                ).format(name=profile.name, why=problems[0])
            )
        self._show_read(path, info)

    def _show_read(self, path: Path | None, info: SourceInfo | None) -> None:
        self.reading.hide()
        self._read_path = str(path) if path else ""
        self.w.info = info
        self.detected.setText(self.describe(info) if info is not None else "")
        self.sheet.clear()
        if info is not None and info.kind == "xlsx":
            self.sheet.addItems(list(info.sheet_names))
            self.sheet.setCurrentText(info.sheet or "")
        self._show_rows()
        self.completeChanged.emit()

    def describe(self, info: SourceInfo) -> str:
        """What was found, in words: "Windows-1252 text, separated by semicolons, …"."""
        if info.kind == "xlsx":
            parts = [self.tr("Excel workbook, sheet {sheet}").format(sheet=info.sheet or "")]
        else:
            separators = {
                ",": self.tr("commas"),
                ";": self.tr("semicolons"),
                "\t": self.tr("tabs"),
                "|": self.tr("vertical bars"),
            }
            encoding = info.encoding or "utf-8"
            parts = [
                self.tr("{encoding} text").format(encoding=ENCODINGS.get(encoding, encoding)),
                self.tr("separated by {separator}").format(
                    separator=separators.get(info.delimiter or ",", info.delimiter or ",")
                ),
            ]
        rows = info.row_count_estimate
        if rows is not None:
            parts.append(_plural(rows, self.tr("1 row"), self.tr("{n} rows")))
        parts.append(
            self.tr("first row holds the column names")
            if info.has_header
            else self.tr("no row of column names (the columns are numbered)")
        )
        return ", ".join(parts)


class _MappingCombo(QComboBox):
    """Scrolling the table must not change a mapping the mouse happens to pass over."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class MappingPage(QWizardPage):
    """Which field each column fills, with the first rows shown as they will be read."""

    def __init__(self, wizard: ImportWizard) -> None:
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
        self.profile_note = _message_label("profileNote", WARNING_STYLE)
        self.missing = _message_label("missingFields", ERROR_STYLE)
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
        _tab_chain(chain)

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


class CheckPage(QWizardPage):
    """Every row read and checked, the problems listed; nothing is written yet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row of the file is read and checked; nothing is imported yet.")
        )
        layout = QVBoxLayout(self)
        self.work = WorkPanel(self.tr("&Stop the check"), "check", self._busy_changed)
        layout.addWidget(self.work)
        self.result = QLabel()
        self.result.setObjectName("checkSummary")
        self.result.setStyleSheet("font-weight: 600;")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.problems = make_table([self.tr("Line"), self.tr("Column"), self.tr("Reason")])
        self.problems.setObjectName("problemsTable")
        layout.addWidget(self.problems, 1)
        self.more = QLabel()
        self.more.setObjectName("moreProblems")
        self.more.setWordWrap(True)
        layout.addWidget(self.more)
        self.valid_only = QCheckBox(
            self.tr(
                "Import the &valid rows only (the rest go to a rejects file to fix and "
                "import again)"
            )
        )
        self.valid_only.setObjectName("validOnly")
        layout.addWidget(self.valid_only)
        self.duplicates = QGroupBox(self.tr("Accounts already on file"))
        box = QVBoxLayout(self.duplicates)
        self.update_existing = QRadioButton(
            self.tr(
                "&Update accounts already on file (new balance as an adjustment, new contact "
                "details added)"
            )
        )
        self.update_existing.setObjectName("updateDuplicates")
        self.skip_existing = QRadioButton(self.tr("S&kip accounts already on file"))
        self.skip_existing.setObjectName("skipDuplicates")
        self.update_existing.setChecked(True)
        box.addWidget(self.update_existing)
        box.addWidget(self.skip_existing)
        layout.addWidget(self.duplicates)
        self.error = _message_label("checkError", ERROR_STYLE)
        layout.addWidget(self.error)
        self.valid_only.toggled.connect(lambda _checked: self.completeChanged.emit())

    def on_duplicate(self) -> str:
        return "skip" if self.skip_existing.isChecked() else "update"

    def initializePage(self) -> None:
        self.w.preview = None
        self.result.setText(self.tr("Checking the rows…"))
        self.error.clear()
        self.more.clear()
        self.problems.setRowCount(0)
        self.valid_only.setChecked(False)
        self.valid_only.hide()
        self.duplicates.setVisible(self.w.kind == "accounts")
        info, kind, order = self.w.info, self.w.kind, self.w.mapping_page.order()
        columns = self.w.mapping_page.columns()
        assert info is not None

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            try:
                return preview_import(
                    info,
                    columns,
                    kind=kind,
                    date_order=order,
                    progress=progress,
                    cancelled=cancelled,
                )
            except ImportCancelled:
                return None

        self.work.run(job, self._checked, self._failed)

    def cleanupPage(self) -> None:
        self.work.abandon()  # Back while checking: the check is dropped
        super().cleanupPage()

    def _checked(self, preview: object) -> None:
        if preview is None:
            self.result.setText(self.tr("The check was stopped. Go Back and Next to run it again."))
            return
        assert isinstance(preview, ImportPreview)
        self.w.preview = preview
        valid, bad = preview.valid, preview.rejected_count
        if preview.missing_fields:
            self.result.setText(
                self.tr("No column is chosen for: {fields}.").format(
                    fields=", ".join(preview.missing_fields)
                )
            )
        elif preview.rows == 0:
            self.result.setText(self.tr("The file has no rows to import."))
        elif valid == 0:
            self.result.setText(self.tr("No row can be imported: every row has a problem."))
        else:
            good = _plural(
                valid, self.tr("1 row can be imported"), self.tr("{n} rows can be imported")
            )
            if bad:
                problems = _plural(bad, self.tr("1 has problems"), self.tr("{n} have problems"))
                self.result.setText(
                    self.tr("{good}, {problems}").format(good=good, problems=problems)
                )
            else:
                self.result.setText(
                    _plural(
                        valid,
                        self.tr("The row can be imported; it has no problems."),
                        self.tr("All {n} rows can be imported; none has problems."),
                    )
                )
        fill_table(
            self.problems,
            [
                (_count(row.line), problem.column, problem.reason)
                for row in preview.rejected
                for problem in row.problems
            ],
        )
        if bad > len(preview.rejected):
            self.more.setText(
                self.tr(
                    "The first {shown} rows with problems are listed; the rejects file will have "
                    "all {n}."
                ).format(shown=_count(len(preview.rejected)), n=_count(bad))
            )
        self.valid_only.setVisible(bad > 0 and valid > 0)
        if bad and valid:
            self.valid_only.setFocus()

    def _busy_changed(self) -> None:
        self.completeChanged.emit()
        self.w.work_stopped()

    def _failed(self, message: str) -> None:
        self.result.clear()
        self.error.setText(message)

    def isComplete(self) -> bool:
        preview = self.w.preview
        if self.work.busy or preview is None or not preview.can_import:
            return False
        return not preview.rejected_count or self.valid_only.isChecked()


class FinishPage(QWizardPage):
    """The profile to save and what will happen; Import writes everything in one step."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr(
                "Nothing is written until you press Import, and then all at once: a cancelled "
                "import changes nothing."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.plan = QLabel()
        self.plan.setObjectName("importPlan")
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.plan)
        form = QFormLayout()
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profileName")
        self.profile_name.setPlaceholderText(self.tr("Leave empty not to save them"))
        form.addRow(self.tr("Save these settings as a profile &named"), self.profile_name)
        layout.addLayout(form)
        self.profile_note = _message_label("profileNameNote", WARNING_STYLE)
        layout.addWidget(self.profile_note)
        self.work = WorkPanel(self.tr("&Stop the import"), "import", self._busy_changed)
        layout.addWidget(self.work)
        self.error = _message_label("importError", ERROR_STYLE)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.known_profiles: list[str] = []
        self.profile_name.textChanged.connect(self._name_changed)

    def rejects_path(self) -> Path:
        info = self.w.info
        assert info is not None
        return info.path.with_name(f"{info.path.stem}-rejects.csv")

    def initializePage(self) -> None:
        self.error.clear()
        self.known_profiles = [p.name for p in list_profiles(self.w.db)]
        self.profile_name.setText(self.w.profile.name if self.w.profile else "")
        self._name_changed(self.profile_name.text())
        self.plan.setText(self._plan())

    def _plan(self) -> str:
        w = self.w
        info, preview = w.info, w.preview
        assert info is not None and preview is not None
        parts = []
        if w.kind == "accounts":
            creditor = w.file_page.creditor_name()
            parts.append(
                _plural(
                    preview.valid,
                    self.tr("1 account from {file} will be placed for {creditor}."),
                    self.tr("{n} accounts from {file} will be placed for {creditor}."),
                    file=info.path.name,
                    creditor=creditor,
                )
            )
            if w.file_page.is_new_creditor():
                parts.append(
                    self.tr(
                        "{creditor} is new: it will be added as a creditor ({service})."
                    ).format(creditor=creditor, service=w.file_page.service.currentText())
                )
            parts.append(
                self.tr(
                    "Accounts already on file will be updated: a new balance is posted as an "
                    "adjustment and new contact details are added."
                )
                if w.check_page.on_duplicate() == "update"
                else self.tr("Accounts already on file will be left as they are.")
            )
        else:
            parts.append(
                _plural(
                    preview.valid,
                    self.tr(
                        "1 payment from {file} will be matched to its account by account number."
                    ),
                    self.tr(
                        "{n} payments from {file} will be matched to accounts by account number."
                    ),
                    file=info.path.name,
                )
            )
            parts.append(
                self.tr(
                    "Each payment matched is posted with a receipt; those that cannot be matched "
                    "are listed for you to post by hand."
                )
            )
        if preview.rejected_count:
            parts.append(
                _plural(
                    preview.rejected_count,
                    self.tr("1 row with problems will go to {rejects}, to fix and import again."),
                    self.tr(
                        "{n} rows with problems will go to {rejects}, to fix and import again."
                    ),
                    rejects=self.rejects_path().name,
                )
            )
        return "\n\n".join(parts)

    def _name_changed(self, text: str) -> None:
        name = text.strip().casefold()
        chosen = self.w.profile.name.casefold() if self.w.profile else None
        if name and name == chosen:
            self.profile_note.setText(self.tr("The saved profile will be updated."))
        elif name and name in {n.casefold() for n in self.known_profiles}:
            self.profile_note.setText(
                self.tr("A profile with this name already exists; it will be replaced.")
            )
        else:
            self.profile_note.clear()

    def validatePage(self) -> bool:
        if self.w.summary is not None:
            return True
        if not self.work.busy:
            self._start()
        return False

    def _start(self) -> None:
        w = self.w
        info, kind, columns, order = (
            w.info,
            w.kind,
            w.mapping_page.columns(),
            w.mapping_page.order(),
        )
        assert info is not None
        db, user_id, today = w.db, w.user_id, w.today
        rejects = self.rejects_path()
        profile_name = self.profile_name.text().strip() or (w.profile.name if w.profile else "")
        creditor, service = w.file_page.creditor_name(), w.file_page.service_type()
        on_duplicate = w.check_page.on_duplicate()

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            common = dict(
                user_id=user_id,
                today=today,
                date_order=order,
                rejects_path=rejects,
                profile_name=profile_name,
                progress=progress,
                cancelled=cancelled,
            )
            try:
                if kind == "accounts":
                    return import_accounts(
                        db,
                        info,
                        columns,
                        creditor=creditor,
                        on_duplicate=on_duplicate,
                        service_type=service,
                        **common,
                    )
                return import_payments(db, info, columns, **common)
            except ImportCancelled:
                return None

        self.error.clear()
        self.work.run(job, self._imported, self._failed)

    def _imported(self, summary: object) -> None:
        if summary is None:
            self.error.setText(self.tr("The import was cancelled; nothing was changed."))
            return
        assert isinstance(summary, ImportSummary)
        self.w.summary = summary
        self._save_profile()
        if self.w.on_done is not None:
            self.w.on_done()
        self.w.next()

    def _save_profile(self) -> None:
        w = self.w
        name = self.profile_name.text().strip()
        if not name or w.info is None:
            return
        info = w.info
        try:
            profile = profile_from_mapping(
                name,
                w.kind,
                info.headers,
                w.mapping_page.columns(),
                has_header=info.has_header,
                date_order=w.mapping_page.order(),
                # the separator and encoding are found again in each file; the sheet only
                # matters when there is a choice
                sheet=info.sheet if len(info.sheet_names) > 1 else None,
            )
            save_profile(w.db, profile, user_id=w.user_id)
        except (DomainError, StorageError) as exc:
            w.profile_error = str(exc)
        else:
            w.saved_profile = name

    def _failed(self, message: str) -> None:
        self.error.setText(message)

    def _busy_changed(self) -> None:
        busy = self.work.busy
        self.profile_name.setEnabled(not busy)
        self.completeChanged.emit()  # the wizard updates its buttons; then Back goes off
        if busy:  # an import cannot be left half-way to go Back
            self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.w.work_stopped()

    def isComplete(self) -> bool:
        return not self.work.busy


class ResultPage(QWizardPage):
    """What the import did; for payments, the ones to post by hand."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The import is done and recorded in the office's history."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.details = QLabel()
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.profile_error = _message_label("profileError", ERROR_STYLE)
        layout.addWidget(self.profile_error)
        self.unmatched_label = QLabel(
            self.tr("These payments were not posted; post them by hand on the right account:")
        )
        self.unmatched_label.setWordWrap(True)
        layout.addWidget(self.unmatched_label)
        self.unmatched = make_table([self.tr("Line"), self.tr("Account"), self.tr("Why")])
        self.unmatched.setObjectName("unmatchedTable")
        layout.addWidget(self.unmatched, 10)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary = self.w.summary
        assert summary is not None
        self.summary_label.setText(summary.describe())
        details = []
        if summary.rejects_path is not None:
            details.append(
                self.tr(
                    "The rows with problems are in {path}: fix them there and import that file "
                    "again."
                ).format(path=str(summary.rejects_path))
            )
        if self.w.saved_profile:
            details.append(
                self.tr("The settings were saved as the profile “{name}”.").format(
                    name=self.w.saved_profile
                )
            )
        self.details.setText("\n".join(details))
        self.profile_error.setText(
            self.tr("The profile could not be saved: {why}").format(why=self.w.profile_error)
            if self.w.profile_error
            else ""
        )
        unmatched = list(summary.unmatched)
        fill_table(self.unmatched, [(_count(line), number, why) for line, number, why in unmatched])
        self.unmatched_label.setVisible(bool(unmatched))
        self.unmatched.setVisible(bool(unmatched))


class ImportWizard(QWizard):
    """Import accounts or payments from a file. ``summary`` is set once imported."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        today: date,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        kind: str = "accounts",
    ) -> None:
        super().__init__(parent)
        if kind not in FIELDS:
            raise ValueError(f"kind must be 'accounts' or 'payments', not {kind!r}")
        self.db, self.user_id, self.today, self.settings = db, user_id, today, settings
        self.on_done: Callable[[], None] | None = None
        self.info: SourceInfo | None = None
        self.profile: ImportProfile | None = None  # the saved profile chosen on the first page
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.saved_profile = ""
        self.profile_error = ""
        self._close_when_idle = False
        self.setWindowTitle(self.tr("Import accounts or payments"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self, kind)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.finish_page = FinishPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.check_page,
            self.finish_page,
            self.result_page,
        ):
            self.addPage(page)
        self.resize(900, 680)

    @property
    def kind(self) -> ImportKind:
        return self.file_page.kind()

    @property
    def busy(self) -> bool:
        return self.check_page.work.busy or self.finish_page.work.busy

    def ask_file(self) -> Path | None:
        """The file to import; None when the person changes their mind."""
        folder = self.settings.value("import/lastDir") if self.settings else None
        if not folder:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(folder),
            self.tr("CSV or Excel files (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def reject(self) -> None:
        self.file_page.stop_reading()
        if self.busy:  # closes once the work has stopped; a cancelled import writes nothing
            self._close_when_idle = True
            self.check_page.work.cancel()
            self.finish_page.work.cancel()
            return
        super().reject()

    def work_stopped(self) -> None:
        if self._close_when_idle and not self.busy:
            self._close_when_idle = False
            if self.summary is None:
                super().reject()
            else:
                super().accept()
