"""The import wizard's first page: which kind of file, which file, which profile.

``FilePage`` reads the chosen file in the background (with the saved profile's settings,
if one is chosen), says what it found, and for accounts asks which creditor they are for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from collectorpro.models.enums import ServiceType
from collectorpro.services.importing.mapping import ImportKind, ImportProfile
from collectorpro.services.importing.profiles import list_profiles
from collectorpro.services.importing.sources import ImportFileError, SourceInfo, inspect
from collectorpro.services.office.users import list_creditors
from collectorpro.ui.import_wizard.common import (
    ERROR_STYLE,
    PREVIEW_ROWS,
    WARNING_STYLE,
    message_label,
    plural_text,
    tab_chain,
)
from collectorpro.ui.import_wizard.host import WizardHost
from collectorpro.ui.worker import Worker, busy_bar, run_job

ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


class FilePage(QWizardPage):
    """What kind of file, which file, which saved profile and (for accounts) which creditor."""

    def __init__(self, wizard: WizardHost, kind: str) -> None:
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
        self.error = message_label("importFileError", ERROR_STYLE)
        self.warning = message_label("importFileWarning", WARNING_STYLE)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addStretch(1)

        chain = [self.accounts, self.payments, self.path_edit, self.browse, self.sheet]
        chain += [self.profile, self.creditor, self.service]
        tab_chain(chain)

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
            parts.append(plural_text(rows, self.tr("1 row"), self.tr("{n} rows")))
        parts.append(
            self.tr("first row holds the column names")
            if info.has_header
            else self.tr("no row of column names (the columns are numbered)")
        )
        return ", ".join(parts)
