"""Batch letters: choose the accounts, see the dry run, print one PDF sorted by ZIP code.

Both steps run in the thread pool with a progress bar and Cancel; a cancelled batch prints
and records nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError
from collectorpro.models.db import Database
from collectorpro.services.letters.batch import BatchPlan, BatchResult, plan_batch, run_batch
from collectorpro.services.letters.compose import template_title
from collectorpro.services.letters.rules import accounts_for_rule, get_rules
from collectorpro.services.letters.texts import LANGUAGES, TEMPLATES, language_name
from collectorpro.ui import messages
from collectorpro.ui.letter_rules import LetterRulesDialog
from collectorpro.ui.tables import fill_table, make_table
from collectorpro.ui.worker import Cancelled, Job, Progress, Worker, run_job

__all__ = ["BatchLettersDialog"]

R = TypeVar("R")  # what one of the dialog's two background steps gives back


class BatchLettersDialog(QDialog):
    def __init__(
        self,
        db: Database,
        *,
        user_id: int,
        today: date,
        list_ids: Callable[[], list[int]],
        list_description: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        on_done: Callable[[BatchResult], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch letters"))
        self.db, self.user_id, self.today = db, user_id, today
        self.list_ids, self.list_description = list_ids, list_description
        self.settings, self.on_done = settings, on_done
        self.plan: BatchPlan | None = None
        # not `result`, which would hide QDialog.result(), the dialog's exit code
        self.batch_result: BatchResult | None = None
        self.worker: Worker[Any] | None = None
        self.rules = get_rules(db)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        source = QVBoxLayout()
        self.from_list = QRadioButton(
            self.tr("Accounts in the list as it is filtered now ({what})").format(
                what=list_description
            )
        )
        self.from_list.setObjectName("fromList")
        self.from_rule = QRadioButton(self.tr("A saved rule:"))
        self.from_rule.setObjectName("fromRule")
        self.rule = QComboBox()
        self.rule.setObjectName("ruleCombo")
        for rule in self.rules:
            self.rule.addItem(rule.label, rule.name)
        group = QButtonGroup(self)
        group.addButton(self.from_list)
        group.addButton(self.from_rule)
        self.from_rule.setChecked(True)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.from_rule)
        rule_row.addWidget(self.rule, 1)
        self.rules_button = QPushButton(self.tr("&Rules…"))
        self.rules_button.setObjectName("editRules")
        self.rules_button.clicked.connect(self.edit_rules)
        rule_row.addWidget(self.rules_button)
        source.addLayout(rule_row)
        source.addWidget(self.from_list)
        form.addRow(self.tr("Accounts:"), source)
        self.template = QComboBox()
        self.template.setObjectName("batchTemplate")
        for name in TEMPLATES:
            self.template.addItem(template_title(name), name)
        form.addRow(self.tr("&Letter:"), self.template)
        self.language = QComboBox()
        self.language.setObjectName("batchLanguage")
        self.language.addItem(self.tr("Each debtor's own language"), None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        form.addRow(self.tr("L&anguage:"), self.language)
        self.per_account = QCheckBox(self.tr("Also save one PDF per account, in a folder"))
        self.per_account.setObjectName("perAccount")
        form.addRow("", self.per_account)
        layout.addLayout(form)

        self.table = make_table(
            [
                self.tr("Account"),
                self.tr("Debtor"),
                self.tr("ZIP"),
                self.tr("Letter"),
                self.tr("Language"),
                self.tr("Result"),
            ]
        )
        self.table.setObjectName("batchTable")
        layout.addWidget(self.table, 1)
        self.summary = QLabel(
            self.tr("Press Dry run to see who gets the letter and who is skipped.")
        )
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.dry_run_button = QPushButton(self.tr("&Dry run"))
        self.dry_run_button.setObjectName("dryRunButton")
        self.print_button = QPushButton(self.tr("&Print batch…"))
        self.print_button.setObjectName("printBatchButton")
        self.print_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelBatchButton")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.print_button.clicked.connect(self.print_batch)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        for widget in (self.template, self.language, self.rule):
            widget.currentIndexChanged.connect(self._invalidate)
        self.from_list.toggled.connect(self._invalidate)
        self._rule_changed()
        self.resize(900, 600)

    # -- choosing --------------------------------------------------------------------------
    def edit_rules(self) -> LetterRulesDialog:
        """The office's saved rules; the list here follows what is saved."""
        dialog = LetterRulesDialog(self.db, self.user_id, self.today, parent=self)
        dialog.accepted.connect(self._reload_rules)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def _reload_rules(self) -> None:
        current = self.rule.currentData()
        self.rules = get_rules(self.db)
        self.rule.clear()
        for rule in self.rules:
            self.rule.addItem(rule.label, rule.name)
        if (i := self.rule.findData(current)) >= 0:
            self.rule.setCurrentIndex(i)

    def _rule_changed(self) -> None:
        name = self.rule.currentData()
        rule = next((r for r in self.rules if r.name == name), None)
        if rule is not None and (i := self.template.findData(rule.template)) >= 0:
            self.template.setCurrentIndex(i)

    def _invalidate(self) -> None:
        if self.worker is None:
            self.plan = None
            self.print_button.setEnabled(False)

    def _selection(self) -> tuple[list[int], str]:
        if self.from_list.isChecked():
            return self.list_ids(), self.tr("list filter: {what}").format(
                what=self.list_description
            )
        name = self.rule.currentData()
        rule = next(r for r in self.rules if r.name == name)
        return accounts_for_rule(self.db, rule, today=self.today), f"rule “{rule.name}”"

    # -- the two steps ---------------------------------------------------------------------
    def dry_run(self) -> None:
        try:
            ids, selection = self._selection()
        except (DomainError, OSError) as exc:
            messages.error(self, self.tr("No dry run"), str(exc))
            return
        template, language = str(self.template.currentData()), self.language.currentData()
        today = self.today

        def job(progress: Progress, cancelled: Cancelled) -> BatchPlan:
            return plan_batch(
                self.db,
                template,
                ids,
                today=today,
                selection=selection,
                language=language,
                progress=progress,
                cancelled=cancelled,
            )

        self.summary.setText(self.tr("Checking {n} accounts…").format(n=len(ids)))
        self._run(job, self._planned)

    def _planned(self, plan: BatchPlan) -> None:
        if plan.cancelled:
            self.summary.setText(self.tr("The dry run was cancelled."))
            return
        self.plan = plan
        fill_table(
            self.table,
            [
                (
                    e.account_number,
                    e.debtor_name,
                    e.zip_code,
                    template_title(e.template),
                    language_name(e.language),
                    self.tr("Print")
                    if e.included
                    else self.tr("Skip: {reason}").format(reason=self.tr(e.skip_reason or "")),
                )
                for e in plan.entries
            ],
        )
        n, skipped = len(plan.included), len(plan.skipped)
        self.summary.setText(
            self.tr("{n} letters to print, {skipped} skipped.").format(n=n, skipped=skipped)
        )
        self.print_button.setEnabled(n > 0)
        if n:
            self.print_button.setFocus()

    def ask_output(self) -> tuple[Path, Path | None] | None:
        """Where the batch PDF (and the per-account folder) go; None when cancelled."""
        folder = self.settings.value("batch/lastDir") if self.settings else None
        if not folder:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        name = f"letters-{self.template.currentData()}-{self.today.isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the batch as"),
            str(Path(str(folder)) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        singles = (
            path.with_name(path.stem + "-per-account") if self.per_account.isChecked() else None
        )
        return path, singles

    def print_batch(self) -> None:
        plan = self.plan
        if plan is None:
            return
        chosen = self.ask_output()
        if chosen is None:
            return
        output, singles = chosen
        if self.settings is not None:
            self.settings.setValue("batch/lastDir", str(output.parent))
        log_path = output.with_name(output.stem + "-mailing-log.csv")

        def job(progress: Progress, cancelled: Cancelled) -> BatchResult:
            return run_batch(
                self.db,
                plan,
                output,
                user_id=self.user_id,
                per_account_dir=singles,
                log_path=log_path,
                progress=progress,
                cancelled=cancelled,
            )

        self.summary.setText(self.tr("Printing {n} letters…").format(n=len(plan.included)))
        self._run(job, self._printed)

    def _printed(self, result: BatchResult) -> None:
        self.batch_result = result
        if result.cancelled:
            self.summary.setText(
                self.tr("The batch was cancelled; nothing was printed or recorded.")
            )
            return
        self.plan = None
        self.print_button.setEnabled(False)
        self.summary.setText(
            self.tr(
                "{letters} letters on {pages} pages saved to {path}, with the mailing log "
                "beside it. {skipped} skipped. Every letter is in its account's history."
            ).format(
                letters=result.letters,
                pages=result.pages,
                path=str(result.output),
                skipped=result.skipped,
            )
        )
        if self.on_done is not None:
            self.on_done(result)

    # -- running -----------------------------------------------------------------------------
    def _run(self, job: Job[R], on_result: Callable[[R], None]) -> None:
        self._busy(True)
        self.worker = run_job(
            job,
            on_result=lambda result: self._finished(on_result, result),
            on_failed=self._failed,
            progress_bar=self.progress,
        )

    def _finished(self, on_result: Callable[[R], None], result: R) -> None:
        self.worker = None
        self._busy(False)
        on_result(result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self.summary.setText(message)
        messages.error(self, self.tr("Batch letters"), message)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        for widget in (self.dry_run_button, self.print_button, self.close_button):
            widget.setEnabled(not busy)
        if not busy:
            self.print_button.setEnabled(self.plan is not None and bool(self.plan.included))

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.worker is not None:
            self.cancel()
            return  # closes once the work has stopped
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.worker is not None:
            self.cancel()
            return
        super().keyPressEvent(event)
