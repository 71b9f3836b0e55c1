"""The import wizard's third page: every row read and checked, nothing written yet.

``CheckPage`` runs the check in the thread pool, lists the problems, and asks whether to
import the valid rows only and what to do with accounts already on file.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from collectorpro.services.importing.run import ImportCancelled, ImportPreview, preview_import
from collectorpro.ui.import_wizard.common import (
    ERROR_STYLE,
    WorkPanel,
    count_text,
    message_label,
    plural_text,
)
from collectorpro.ui.import_wizard.host import WizardHost
from collectorpro.ui.tables import fill_table, make_table
from collectorpro.ui.worker import Cancelled, Progress


class CheckPage(QWizardPage):
    """Every row read and checked, the problems listed; nothing is written yet."""

    def __init__(self, wizard: WizardHost) -> None:
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
        self.error = message_label("checkError", ERROR_STYLE)
        layout.addWidget(self.error)
        self.valid_only.toggled.connect(lambda _checked: self.completeChanged.emit())

    def on_duplicate(self) -> Literal["update", "skip"]:
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

        def job(progress: Progress, cancelled: Cancelled) -> ImportPreview | None:
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

    def _checked(self, preview: ImportPreview | None) -> None:
        if preview is None:
            self.result.setText(self.tr("The check was stopped. Go Back and Next to run it again."))
            return
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
            good = plural_text(
                valid, self.tr("1 row can be imported"), self.tr("{n} rows can be imported")
            )
            if bad:
                problems = plural_text(bad, self.tr("1 has problems"), self.tr("{n} have problems"))
                self.result.setText(
                    self.tr("{good}, {problems}").format(good=good, problems=problems)
                )
            else:
                self.result.setText(
                    plural_text(
                        valid,
                        self.tr("The row can be imported; it has no problems."),
                        self.tr("All {n} rows can be imported; none has problems."),
                    )
                )
        fill_table(
            self.problems,
            [
                (count_text(row.line), problem.column, problem.reason)
                for row in preview.rejected
                for problem in row.problems
            ],
        )
        if bad > len(preview.rejected):
            self.more.setText(
                self.tr(
                    "The first {shown} rows with problems are listed; the rejects file will have "
                    "all {n}."
                ).format(shown=count_text(len(preview.rejected)), n=count_text(bad))
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
