"""The import wizard's last page: what the import did.

``ResultPage`` shows the summary, where the rejects file went and the profile saved, and
for payments the ones that could not be matched, to post by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from collectorpro.ui.import_wizard.common import ERROR_STYLE, count_text, message_label
from collectorpro.ui.import_wizard.host import WizardHost
from collectorpro.ui.tables import fill_table, make_table


class ResultPage(QWizardPage):
    """What the import did; for payments, the ones to post by hand."""

    def __init__(self, wizard: WizardHost) -> None:
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
        self.profile_error = message_label("profileError", ERROR_STYLE)
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
        fill_table(
            self.unmatched, [(count_text(line), number, why) for line, number, why in unmatched]
        )
        self.unmatched_label.setVisible(bool(unmatched))
        self.unmatched.setVisible(bool(unmatched))
