"""``ImportWizard``: the import wizard itself, which the main window opens.

It holds what the pages find and decide (the file read, the profile, the check, the
summary), asks for the file, and closes only once the work in the thread pool has stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from collectorpro.models.db import Database
from collectorpro.services.importing.mapping import FIELDS, ImportKind, ImportProfile
from collectorpro.services.importing.run import ImportPreview, ImportSummary
from collectorpro.services.importing.sources import SourceInfo
from collectorpro.ui.import_wizard.check_page import CheckPage
from collectorpro.ui.import_wizard.file_page import FilePage
from collectorpro.ui.import_wizard.finish_page import FinishPage
from collectorpro.ui.import_wizard.mapping_page import MappingPage
from collectorpro.ui.import_wizard.result_page import ResultPage


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
