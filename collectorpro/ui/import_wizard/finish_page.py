"""The import wizard's commit page: what will happen, the profile to save, the import.

``FinishPage`` runs the import in the thread pool, all or nothing, then saves the
profile; a cancelled or failed import leaves the office's data as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.services.importing.mapping import profile_from_mapping
from collectorpro.services.importing.profiles import list_profiles, save_profile
from collectorpro.services.importing.run import (
    ImportCancelled,
    ImportSummary,
    import_accounts,
    import_payments,
)
from collectorpro.ui.import_wizard.common import (
    ERROR_STYLE,
    WARNING_STYLE,
    WorkPanel,
    message_label,
    plural_text,
)
from collectorpro.ui.import_wizard.host import WizardHost
from collectorpro.ui.worker import Cancelled, Progress


class FinishPage(QWizardPage):
    """The profile to save and what will happen; Import writes everything in one step."""

    def __init__(self, wizard: WizardHost) -> None:
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
        self.profile_note = message_label("profileNameNote", WARNING_STYLE)
        layout.addWidget(self.profile_note)
        self.work = WorkPanel(self.tr("&Stop the import"), "import", self._busy_changed)
        layout.addWidget(self.work)
        self.error = message_label("importError", ERROR_STYLE)
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
                plural_text(
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
                plural_text(
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
                plural_text(
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

        def job(progress: Progress, cancelled: Cancelled) -> ImportSummary | None:
            try:
                if kind == "accounts":
                    return import_accounts(
                        db,
                        info,
                        columns,
                        creditor=creditor,
                        on_duplicate=on_duplicate,
                        service_type=service,
                        user_id=user_id,
                        today=today,
                        date_order=order,
                        rejects_path=rejects,
                        profile_name=profile_name,
                        progress=progress,
                        cancelled=cancelled,
                    )
                return import_payments(
                    db,
                    info,
                    columns,
                    user_id=user_id,
                    today=today,
                    date_order=order,
                    rejects_path=rejects,
                    profile_name=profile_name,
                    progress=progress,
                    cancelled=cancelled,
                )
            except ImportCancelled:
                return None

        self.error.clear()
        self.work.run(job, self._imported, self._failed)

    def _imported(self, summary: ImportSummary | None) -> None:
        if summary is None:
            self.error.setText(self.tr("The import was cancelled; nothing was changed."))
            return
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
