"""The first start: set up the office in one short form, or look around the demo office.

Closing the welcome creates nothing; the next start asks again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.models.db import Database
from collectorpro.services.accounts.contact_points import format_phone, normalize_phone
from collectorpro.services.compliance import timezones as tz
from collectorpro.services.office.database import open_database
from collectorpro.services.office.settings import OfficeProfile
from collectorpro.services.setup.first_run import build_demo_office, set_up_office, setup_problems
from collectorpro.ui import office_dialogs, translation
from collectorpro.ui.office_dialogs import US_TIME_ZONES
from collectorpro.ui.us_states import US_STATE_NAMES
from collectorpro.ui.worker import Worker, start

__all__ = ["DEMO_ACCOUNTS", "WelcomeDialog", "run_welcome"]

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = 2000
ERROR_STYLE = "color: #b3261e;"
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")


class WelcomeDialog(QDialog):
    """Shown when there is no office database yet.

    After ``accept()``, ``choice`` is "office" or "demo" and ``db`` is the opened database;
    after ``reject()`` nothing was created.
    """

    def __init__(
        self, default_path: Path, demo_path: Path, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.default_path, self.demo_path, self.today = Path(default_path), Path(demo_path), today
        self.choice: str | None = None
        self.language_choice: str | None = None  # set when the person picks another language
        self.db: Database | None = None
        self.worker: Worker | None = None
        self.error_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Welcome to CollectorPro"))
        self.setModal(True)

        heading = QLabel(self.tr("Welcome to CollectorPro"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Tell CollectorPro about your office to start. Everything here can be changed "
                "later under Office ▸ Settings."
            )
        )
        intro.setWordWrap(True)

        # -- the office ---------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setObjectName("officeName")
        self.name.setPlaceholderText(self.tr("As it should head your letters"))
        self.street = QLineEdit()
        self.street.setObjectName("officeStreet")
        self.street.setPlaceholderText(self.tr("Street and suite"))
        self.city = QLineEdit()
        self.city.setObjectName("officeCity")
        self.city.setPlaceholderText(self.tr("City"))
        self.state = QComboBox()
        self.state.setObjectName("officeState")
        self.state.addItem(self.tr("State"), "")
        for code, _name in US_STATE_NAMES:
            self.state.addItem(code, code)
        for index in range(1, self.state.count()):
            state_name = QCoreApplication.translate("UsStates", US_STATE_NAMES[index - 1][1])
            self.state.setItemData(index, state_name, Qt.ItemDataRole.ToolTipRole)
        self.zip_code = QLineEdit()
        self.zip_code.setObjectName("officeZip")
        self.zip_code.setPlaceholderText(self.tr("ZIP"))
        self.zip_code.setMaxLength(10)
        self.zip_code.setFixedWidth(90)
        city_row = QWidget()
        city_layout = QHBoxLayout(city_row)
        city_layout.setContentsMargins(0, 0, 0, 0)
        city_layout.addWidget(self.city, 1)
        city_layout.addWidget(self.state)
        city_layout.addWidget(self.zip_code)
        city_row.setFocusProxy(self.city)
        self.phone = QLineEdit()
        self.phone.setObjectName("officePhone")
        self.phone.setPlaceholderText("(518) 555-0199")
        self.email = QLineEdit()
        self.email.setObjectName("officeEmail")
        self.email.setPlaceholderText("office@example.com")
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("officeTimeZone")
        for zone in US_TIME_ZONES:
            self.time_zone.addItem(f"{tz.zone_label(zone)} ({zone})", zone)
        self.logo = QLineEdit()
        self.logo.setObjectName("officeLogo")
        self.logo.setPlaceholderText(self.tr("Optional: a picture for the top of your letters"))
        self.logo.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo, 1)
        logo_layout.addWidget(self.browse_button)
        logo_row.setFocusProxy(self.browse_button)
        self.agency_radio = QRadioButton(
            self.tr("We are a collection agency (the federal debt collection rules apply as law)")
        )
        self.agency_radio.setObjectName("isAgency")
        self.own_bills_radio = QRadioButton(
            self.tr(
                "We collect our own bills (the rules apply as good practice; "
                "CollectorPro still keeps to them)"
            )
        )
        self.own_bills_radio.setObjectName("ownBills")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.agency_radio)
        self.kind_group.addButton(self.own_bills_radio)
        kind_box = QWidget()
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.agency_radio)
        kind_layout.addWidget(self.own_bills_radio)
        kind_box.setFocusProxy(self.agency_radio)

        office_box = QGroupBox(self.tr("Your office"))
        office_form = QFormLayout(office_box)
        office_form.addRow(self.tr("Office &name"), self._field(self.name, "name"))
        office_form.addRow(self.tr("&Street"), self._field(self.street, "street"))
        office_form.addRow(
            self.tr("&City, state, ZIP"), self._field(city_row, "city", "state", "zip")
        )
        office_form.addRow(self.tr("&Phone"), self._field(self.phone, "phone"))
        office_form.addRow(self.tr("&Email"), self._field(self.email, "email"))
        office_form.addRow(self.tr("&Time zone"), self._field(self.time_zone, "time_zone"))
        office_form.addRow(self.tr("&Logo"), self._field(logo_row, "logo_path"))
        office_form.addRow(self.tr("Who you collect for"), self._field(kind_box, "kind"))

        self.first_user = QLineEdit()
        self.first_user.setObjectName("firstUser")
        self.first_user.setPlaceholderText(self.tr("Your full name"))
        you_box = QGroupBox(self.tr("You"))
        you_form = QFormLayout(you_box)
        you_form.addRow(self.tr("Your na&me"), self._field(self.first_user, "first_user"))
        you_note = QLabel(
            self.tr("You will be the office manager. You can add your collectors afterwards.")
        )
        you_note.setWordWrap(True)
        you_note.setStyleSheet("color: #555;")
        you_form.addRow("", you_note)

        # -- the demo -----------------------------------------------------------------------
        self.demo_button = QPushButton(self.tr("E&xplore the demo office"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.explore_demo)
        self.demo_note = QLabel(
            self.tr(
                "Not ready yet? Look around a made-up office with {count} accounts. It is kept "
                "in a file of its own, apart from your office."
            ).format(count=f"{DEMO_ACCOUNTS:,}")
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("color: #555;")
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_note, 1)
        demo_row.addWidget(self.demo_button)

        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.setup_button = QPushButton(self.tr("&Set up my office"))
        self.setup_button.setObjectName("setupButton")
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self.set_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.setup_button)

        layout = QVBoxLayout(self)
        # the language first: a person who reads Spanish finds "Español" whatever shows now
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        for code, name in translation.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(translation.current().language))
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(office_box)
        layout.addWidget(you_box)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(demo_row)
        layout.addWidget(self.progress)

        self._form_widgets: tuple[QWidget, ...] = (office_box, you_box)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.name.setFocus()

    def _field(self, widget: QWidget, *keys: str) -> QWidget:
        """The field with room under it for what is wrong with it, in plain words."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for key in keys:
            label = QLabel()
            label.setObjectName(f"{key}Error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            column.addWidget(label)
            self.error_labels[key] = label
            self._fields[key] = widget
        box.setFocusProxy(widget)
        return box

    # -- the office ---------------------------------------------------------------------------
    def _state_chosen(self) -> None:
        zones = tz.candidate_time_zones(str(self.state.currentData()), None, ())
        if zones:
            index = self.time_zone.findData(zones[0])
            if index < 0:
                self.time_zone.addItem(f"{tz.zone_label(zones[0])} ({zones[0]})", zones[0])
                index = self.time_zone.count() - 1
            self.time_zone.setCurrentIndex(index)

    def _language_chosen(self, index: int) -> None:
        """Close, to be shown again in the chosen language (nothing has been created yet)."""
        chosen = str(self.language.itemData(index))
        if chosen == translation.current().language or self.worker is not None:
            return
        self.language_choice = chosen
        super().reject()

    def browse_logo(self) -> None:
        chosen = office_dialogs.choose_logo_file(self)
        if chosen:
            self.logo.setText(chosen)

    def profile(self) -> OfficeProfile:
        """The office as typed, before any checks."""
        state = str(self.state.currentData() or "")
        city, zip_code = self.city.text().strip(), self.zip_code.text().strip()
        tail = " ".join(part for part in (state, zip_code) if part)
        city_line = f"{city}, {tail}" if city and tail else city or (tail if zip_code else "")
        lines = tuple(line for line in (self.street.text().strip(), city_line) if line)
        return OfficeProfile(
            name=self.name.text().strip(),
            address_lines=lines,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            logo_path=self.logo.text().strip(),
            state=state,
            time_zone=str(self.time_zone.currentData()),
            is_agency=self.agency_radio.isChecked(),
            # an office collecting its own bills keeps to the rules too, as good practice
            enforce_contact_rules=True,
        )

    def problems(self) -> dict[str, str]:
        profile = self.profile()
        found = setup_problems(profile, self.first_user.text())
        zip_code = self.zip_code.text().strip()
        if zip_code and not _ZIP.match(zip_code):
            found["zip"] = self.tr("“{zip}” is not a ZIP code, like 12207.").format(zip=zip_code)
        if self.kind_group.checkedButton() is None:
            found["kind"] = self.tr(
                "Choose whether you collect for others or collect your own bills."
            )
        return found

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        for key in self.error_labels:
            if key in problems:
                self._fields[key].setFocus()
                break
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Messages add lines; the dialog grows so the fields keep their height."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.size().expandedTo(self.sizeHint()))

    def set_up(self) -> None:
        if self.busy:
            return
        problems = self.problems()
        self.show_problems(problems)
        self._show_status("")
        if problems:
            return
        profile = self.profile()
        if profile.phone:
            profile = replace(profile, phone=format_phone(normalize_phone(profile.phone)))
        try:
            db = set_up_office(self.default_path, profile, self.first_user.text().strip())
        except ValidationError as exc:
            if exc.field in self.error_labels:
                self.show_problems({exc.field: str(exc)})
            else:
                self._show_status(str(exc), error=True)
            return
        except (DomainError, StorageError) as exc:
            log.warning("setting up the office failed: %s", exc)
            self._show_status(str(exc), error=True)
            return
        self.db, self.choice = db, "office"
        self.accept()

    # -- the demo -----------------------------------------------------------------------------
    def explore_demo(self) -> None:
        if self.busy:
            return
        self.show_problems({})
        path, accounts, today = self.demo_path, DEMO_ACCOUNTS, self.today
        worker = Worker(
            lambda progress, cancelled: build_demo_office(
                path, accounts=accounts, today=today, progress=progress, cancelled=cancelled
            )
        )
        worker.signals.progress.connect(self._demo_progress)
        worker.signals.finished.connect(self._demo_built)
        worker.signals.failed.connect(self._demo_failed)
        self.worker = worker
        self._busy(True)
        self._show_status(self.tr("Building the demo office…"))
        start(worker)

    def _demo_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _demo_built(self, ready: object) -> None:
        cancelled = self.worker is not None and self.worker.cancelled
        self.worker = None
        self._busy(False)
        if cancelled or not ready:
            super().reject()
            return
        try:
            self.db = open_database(self.demo_path)
        except StorageError as exc:
            self._show_status(str(exc), error=True)
            return
        self.choice = "demo"
        self.accept()

    def _demo_failed(self, message: str) -> None:
        cancelled = self.worker is not None and self.worker.cancelled
        self.worker = None
        self._busy(False)
        if cancelled:
            super().reject()
            return
        self._show_status(message, error=True)

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)  # moving until the first count arrives
        self.progress.setVisible(busy)
        for widget in (*self._form_widgets, self.setup_button, self.demo_button):
            widget.setEnabled(not busy)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))
        self._grow_to_fit()

    def reject(self) -> None:
        if self.worker is not None:
            # the demo is being built: stop, remove it, then close
            self.worker.cancel()
            self._show_status(self.tr("Stopping; the demo office will not be kept…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()


def run_welcome(
    default_path: Path,
    demo_path: Path,
    on_language: Callable[[str], object] | None = None,
) -> Database | None:
    """The database to open, or None when the person closed the welcome.

    Picking another language calls ``on_language`` (which keeps the choice and installs it)
    and shows the welcome again, in that language.
    """
    while True:
        dialog = WelcomeDialog(default_path, demo_path, date.today())
        dialog.exec()
        if dialog.language_choice is None or on_language is None:
            return dialog.db if dialog.choice is not None else None
        on_language(dialog.language_choice)
