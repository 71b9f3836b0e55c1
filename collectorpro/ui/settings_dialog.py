"""One Settings window: the office, payment plans, letters, email and the interface language.

Each tab is the form of the matching Office-menu dialog, shown without its own buttons. OK
checks every tab first; a refused value brings its tab forward with the reason in red and the
cursor in the field. Only then is anything written, in one transaction
(``services.settings.save_settings``), so a mistake on one tab never half-saves the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.models.db import Database
from collectorpro.services.setup.settings import OfficeSettings, save_settings
from collectorpro.ui import translation
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.letter_settings import EmailSettingsDialog, LetterOptionsDialog
from collectorpro.ui.office_dialogs import OfficeProfileDialog, PlanPolicyDialog

log = logging.getLogger(__name__)

LAST_TAB_KEY = "settings/tab"
GEOMETRY_KEY = "settings/geometry"
PAGES = ("office", "plans", "letters", "email", "language")


class LanguagePage(QWidget):
    """Which language the window speaks: the system's, English or Spanish."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.choice = QComboBox()
        self.choice.setObjectName("interfaceLanguage")
        system = translation.LANGUAGES[translation.resolve(translation.SYSTEM)]
        self.choice.addItem(
            self.tr("As on this computer ({language})").format(language=system),
            translation.SYSTEM,
        )
        for code, name in translation.LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(
            max(0, self.choice.findData(translation.chosen_language(settings)))
        )
        self.initial = self.chosen()
        form.addRow(self.tr("&Language"), self.choice)
        note = QLabel(
            self.tr(
                "The window opens again in the language you choose. Letters keep following "
                "each debtor's preferred language."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow("", note)

    def chosen(self) -> str:
        return str(self.choice.currentData())


class SettingsDialog(QDialog):
    """Ctrl+, in the Office menu. ``language_changed`` is the new choice after OK, or None."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        on_calibration: Callable[[tuple[float, float]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.db, self.user_id, self.settings = db, user_id, settings
        self.language_changed: str | None = None
        self.saved: list[str] = []

        self.office = _embedded(OfficeProfileDialog(db, user_id))
        self.plans = _embedded(PlanPolicyDialog(db, user_id))
        self.letters = _embedded(LetterOptionsDialog(db, user_id, on_calibration=on_calibration))
        self.email = _embedded(EmailSettingsDialog(db, user_id))
        self.language = LanguagePage(settings)
        self.pages: list[FormDialog] = [self.office, self.plans, self.letters, self.email]
        self.initial = [
            _current(self.office.values),
            _current(self.plans.values),
            _current(self.letters.values),
            _current(self.email.values),
        ]

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.office, self.tr("&Office"))
        self.tabs.addTab(self.plans, self.tr("Payment &plans"))
        self.tabs.addTab(self.letters, self.tr("Le&tters"))
        self.tabs.addTab(self.email, self.tr("&Email"))
        self.tabs.addTab(self.language, self.tr("Lan&guage"))
        last = settings.value(LAST_TAB_KEY, 0)
        self.tabs.setCurrentIndex(int(last) if str(last).isdigit() else 0)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(640, 560)

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(name))

    def _refused(self, page: FormDialog, exc: DomainError) -> None:
        self.tabs.setCurrentWidget(page)
        page.show_error(str(exc))
        focus = getattr(page, "_focus_field", None)
        if isinstance(exc, ValidationError) and focus is not None:
            focus(exc)

    def accept(self) -> None:
        self.error_label.hide()
        for each in self.pages:
            each.error_label.hide()
        page: FormDialog = self.office  # the page being read, to show its refusal on it
        try:
            profile = _edited(self.office.values, self.initial[0])
            page = self.plans
            policy = _edited(self.plans.values, self.initial[1])
            page = self.letters
            letters = _edited(self.letters.values, self.initial[2])
            page = self.email
            smtp = _edited(self.email.values, self.initial[3])
        except DomainError as exc:
            self._refused(page, exc)
            return
        try:
            self.saved = save_settings(
                self.db,
                OfficeSettings(profile=profile, policy=policy, letters=letters, smtp=smtp),
                user_id=self.user_id,
            )
        except DomainError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        except StorageError as exc:
            log.warning("settings not saved: %s", exc)
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.email.store_password(self.email.values())
        if self.language.chosen() != self.language.initial:
            translation.save_choice(self.settings, self.language.chosen())
            self.language_changed = self.language.chosen()
        self._remember_layout()
        super().accept()

    def reject(self) -> None:
        self._remember_layout()
        super().reject()

    def _remember_layout(self) -> None:
        self.settings.setValue(LAST_TAB_KEY, self.tabs.currentIndex())
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())


D = TypeVar("D", bound=FormDialog)


def _embedded(dialog: D) -> D:
    """A form dialog shown as a page: no window of its own, no OK/Cancel of its own."""
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setModal(False)
    dialog.buttons.hide()
    # rows keep their natural height at the top; only text fields widen with the window
    dialog.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertStretch(layout.indexOf(dialog.buttons), 1)
    return dialog


def _current(values: Callable[[], object]) -> object:
    """What a page shows before any typing, to tell later whether it was touched."""
    try:
        return values()
    except DomainError:
        return None


class _Part(Protocol):
    def validate(self) -> None: ...


P = TypeVar("P", bound=_Part)


def _edited(values: Callable[[], P], initial: object) -> P | None:
    """The page's part, checked, when the person changed it; None when left untouched."""
    value = values()
    if value == initial:
        return None  # untouched: left as stored, whatever it is
    value.validate()
    return value
