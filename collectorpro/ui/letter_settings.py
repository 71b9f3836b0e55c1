"""Office → Letter texts, Letter options and Email settings.

Each dialog reads through a service and saves through one; a refusal (a ValidationError with
its ``field``) is shown in red and the named field gets the focus, so nothing the person typed
is lost. ``confirm`` and ``inform`` wrap the message boxes so tests can answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collectorpro.models.db import Database
from collectorpro.services.errors import DomainError, StorageError, ValidationError
from collectorpro.services.letter_texts import (
    EDITABLE,
    FIELDS,
    LANGUAGES,
    LetterText,
    field_description,
    get_letter_text,
    language_name,
    placeholders_in,
    reset_letter_text,
    save_letter_text,
)
from collectorpro.services.letters import (
    LetterOptions,
    get_letter_options,
    save_letter_options,
    template_title,
)
from collectorpro.services.mailer import (
    SmtpSettings,
    get_smtp_settings,
    keyring_available,
    load_password,
    save_smtp_settings,
    store_password,
)
from collectorpro.services.office_settings import get_office_profile
from collectorpro.ui import messages
from collectorpro.ui.form_dialog import FormDialog

log = logging.getLogger(__name__)

POINTS_PER_INCH = 72
ERROR_STYLE = "color: #b3261e;"


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; tests replace this."""
    return messages.confirm(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something they must know; tests replace this."""
    messages.info(parent, title, text)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(300)
    return label


class _FieldErrors:
    """Mixin for FormDialogs: a ValidationError puts the focus on the field it names."""

    fields: dict[str, QWidget]

    def _focus_field(self, exc: ValidationError) -> None:
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit | QSpinBox | QDoubleSpinBox):
                widget.selectAll()


# --- letter texts -------------------------------------------------------------------------------


class LetterTextsDialog(QDialog):
    """The office's wording of each letter, per language, with the placeholders at hand."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.user_id = db, user_id
        self.setWindowTitle(self.tr("Letter texts"))
        self.setModal(True)

        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.templates = QListWidget()
        self.templates.setObjectName("letterTemplates")
        for kind in EDITABLE:
            item = QListWidgetItem(template_title(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.templates.addItem(item)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        templates_label = QLabel(self.tr("Le&tters"))
        templates_label.setBuddy(self.templates)

        self.title = QLineEdit()
        self.title.setObjectName("letterTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setMinimumSize(460, 300)
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("letterPlaceholders")
        self.placeholders.setToolTip(self.tr("Double-click a placeholder to insert it"))
        for name in FIELDS:
            item = QListWidgetItem(f"{{{name}}} — {field_description(name)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.setMaximumHeight(150)
        help_text = _note(
            self.tr(
                "A blank line starts a new paragraph. A line starting with “## ” is a heading, "
                "a line starting with “- ” is a list item, and **two stars** make text bold. "
                "[itemization], [tear_off] and [signature] on a line of their own place those "
                "parts of the letter. Double-click a placeholder to insert it at the cursor."
            )
        )
        help_text.setObjectName("letterHelp")
        self.error_label = _error_label()
        self.status = QLabel()
        self.status.setObjectName("letterStatus")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reset_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.setText(self.tr("&Save"))
        self.reset_button.setText(self.tr("&Reset to default"))
        self.close_button.setText(self.tr("Close"))
        self.save_button.setDefault(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(templates_label)
        left_layout.addWidget(self.templates)
        right = QWidget()
        editor = QFormLayout(right)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addRow(self.tr("T&itle"), self.title)
        editor.addRow(self.tr("&Text"), self.body)
        editor.addRow(self.tr("&Placeholders"), self.placeholders)
        editor.addRow("", help_text)
        editor.addRow("", self.error_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        _chain_tab_order(
            [
                self.language,
                self.templates,
                self.title,
                self.body,
                self.placeholders,
                self.save_button,
                self.reset_button,
                self.close_button,
            ]
        )

        self._insert_into: QLineEdit | QPlainTextEdit = self.body
        self.title.installEventFilter(self)
        self.body.installEventFilter(self)
        self._loaded: LetterText | None = None
        self._shown = ("", "")  # the saved text as the editors hold it
        self._custom: dict[str, bool] = {}
        self._kind = EDITABLE[0]
        self._language = str(self.language.currentData())

        self.templates.currentRowChanged.connect(self._template_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.title.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.close_button.clicked.connect(self.reject)

        self._refresh_markers()
        self.templates.setCurrentRow(0)
        self.resize(900, 620)

    # what is on screen

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def language_code(self) -> str:
        return self._language

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        return (self.title.text(), self.body.toPlainText()) != self._shown

    def _label(self, kind: str) -> str:
        label = template_title(kind)
        if self._custom.get(kind):
            label += " " + self.tr("(edited)")
        if kind == self._kind and self.is_dirty():
            label += " *"
        return label

    def _refresh_markers(self) -> None:
        self._custom = {
            kind: get_letter_text(self.db, kind, self._language).custom for kind in EDITABLE
        }
        self._update_labels()

    def _update_labels(self) -> None:
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            kind = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(self._label(kind))
            item.setToolTip(
                self.tr("Not saved yet") if kind == self._kind and self.is_dirty() else ""
            )
        self.reset_button.setEnabled(bool(self._custom.get(self._kind)) or self.is_dirty())

    def _load(self) -> None:
        self._loaded = get_letter_text(self.db, self._kind, self._language)
        self._custom[self._kind] = self._loaded.custom
        for editor in (self.title, self.body):
            editor.blockSignals(True)
        self.title.setText(self._loaded.title)
        self.body.setPlainText(self._loaded.body)
        for editor in (self.title, self.body):
            editor.blockSignals(False)
        self._shown = (self.title.text(), self.body.toPlainText())
        self._clear_error()
        self._update_labels()

    def _edited(self) -> None:
        self.status.clear()
        self._update_labels()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # switching

    def _may_leave(self) -> bool:
        """True when there is nothing unsaved, or the person agrees to drop it."""
        if not self.is_dirty():
            return True
        return confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to “{letter}” are not saved. Discard them?").format(
                letter=template_title(self._kind)
            ),
        )

    def _template_chosen(self, row: int) -> None:
        if row < 0:
            return
        kind = str(self.templates.item(row).data(Qt.ItemDataRole.UserRole))
        if kind == self._kind and self._loaded is not None:
            return
        if not self._may_leave():
            self.templates.blockSignals(True)
            self.templates.setCurrentRow(EDITABLE.index(self._kind))
            self.templates.blockSignals(False)
            return
        self._kind = kind
        self._load()

    def _language_chosen(self, index: int) -> None:
        language = str(self.language.itemData(index))
        if language == self._language:
            return
        if not self._may_leave():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(self._language))
            self.language.blockSignals(False)
            return
        self._language = language
        self._loaded = None
        self._refresh_markers()
        self._load()

    # editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.title, self.body):
            self._insert_into = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        editor = self._insert_into
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        title, body = self.title.text(), self.body.toPlainText()
        try:
            save_letter_text(
                self.db, self._kind, self._language, title=title, body=body, user_id=self.user_id
            )
        except ValidationError as exc:
            self._show_error(str(exc))
            self._point_at(exc)
            return False
        except (DomainError, StorageError) as exc:
            log.warning("letter text not saved: %s", exc)
            self._show_error(str(exc))
            return False
        self._loaded = get_letter_text(self.db, self._kind, self._language)
        self._custom[self._kind] = self._loaded.custom
        if self.title.text() != self._loaded.title:
            self.title.setText(self._loaded.title)
        self._shown = (self.title.text(), self.body.toPlainText())
        self._clear_error()
        self._update_labels()
        self.status.setText(self.tr("Saved."))
        return True

    def _point_at(self, exc: ValidationError) -> None:
        """Put the cursor on what was refused: the title, or the first unknown placeholder."""
        if exc.field == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        body = self.body.toPlainText()
        try:
            unknown = [name for name in placeholders_in(body) if name not in FIELDS]
        except ValidationError:
            return
        if not unknown:
            return
        start = body.find("{" + unknown[0] + "}")
        if start < 0:
            return
        # the document counts UTF-16 units, Python counts code points
        begin = len(body[:start].encode("utf-16-le")) // 2
        cursor = self.body.textCursor()
        cursor.setPosition(begin)
        cursor.setPosition(begin + len(unknown[0]) + 2, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)

    def reset_to_default(self) -> None:
        letter = template_title(self._kind)
        if self._custom.get(self._kind):
            question = self.tr(
                "Replace the office's text of “{letter}” with the text CollectorPro comes with? "
                "The office's wording is lost."
            )
        else:
            question = self.tr("Discard your changes to “{letter}”?")
        if not confirm(self, self.tr("Reset to default"), question.format(letter=letter)):
            return
        try:
            reset_letter_text(self.db, self._kind, self._language, user_id=self.user_id)
        except (DomainError, StorageError) as exc:
            log.warning("letter text not reset: %s", exc)
            self._show_error(str(exc))
            return
        self._load()
        self.status.setText(self.tr("Back to the default text."))

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


# --- letter options -----------------------------------------------------------------------------


def _spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin


def _inches(name: str, value: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(2)
    spin.setRange(-0.5, 0.5)
    spin.setSingleStep(0.05)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin


class LetterOptionsDialog(_FieldErrors, FormDialog):
    """How letters read (days to pay, settlement terms, signer) and where they print."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        parent: QWidget | None = None,
        *,
        on_calibration: Callable[[tuple[float, float]], None] | None = None,
    ) -> None:
        super().__init__(self.tr("Letter options"), parent)
        self.db, self.user_id, self.on_calibration = db, user_id, on_calibration
        self.options = options = get_letter_options(db)
        self.is_agency = get_office_profile(db).is_agency
        days = self.tr(" days")

        self.print_disclosure = QCheckBox(
            self.tr(
                "Print the debt-collector disclosure on letters "
                "(collection agencies always print it)"
            )
        )
        self.print_disclosure.setObjectName("printDisclosure")
        self.print_disclosure.setChecked(options.print_disclosure or self.is_agency)
        if self.is_agency:
            self.print_disclosure.setEnabled(False)
            self.print_disclosure.setToolTip(
                self.tr("The office profile says you are a collection agency.")
            )
        self.pay_by_days = _spin("payByDays", 1, 90, options.pay_by_days, days)
        self.respond_by_days = _spin("respondByDays", 10, 120, options.respond_by_days, days)
        self.referral = QComboBox()
        self.referral.setObjectName("referral")
        self.referral.addItem(self.tr("A collection agency"), "agency")
        self.referral.addItem(self.tr("An attorney"), "attorney")
        self.referral.setCurrentIndex(max(0, self.referral.findData(options.referral)))
        self.settlement_percent = _spin(
            "settlementPercent", 10, 100, options.settlement_percent, self.tr(" % of the balance")
        )
        self.settlement_days = _spin("settlementDays", 1, 120, options.settlement_days, days)
        self.offset_right = _inches(
            "offsetRight", options.offset_right_in, self.tr(" in. to the right")
        )
        self.offset_down = _inches("offsetDown", options.offset_down_in, self.tr(" in. down"))
        self.signer_name = QLineEdit(options.signer_name)
        self.signer_name.setObjectName("signerName")
        self.signer_title = QLineEdit(options.signer_title)
        self.signer_title.setObjectName("signerTitle")
        self.calibration = QPushButton(self.tr("Print &calibration page…"))
        self.calibration.setObjectName("printCalibration")
        self.calibration.setAutoDefault(False)
        self.calibration.clicked.connect(self.print_calibration)
        self.calibration.setVisible(on_calibration is not None)

        envelope = QHBoxLayout()
        envelope.addWidget(self.offset_right)
        envelope.addWidget(self.offset_down)
        envelope.addWidget(self.calibration)
        envelope.addStretch(1)
        self.form.addRow("", self.print_disclosure)
        self.form.addRow(self.tr("Days to &pay (from the letter date)"), self.pay_by_days)
        self.form.addRow(self.tr("Days to &respond to a final notice"), self.respond_by_days)
        self.form.addRow(self.tr("A final notice &refers the account to"), self.referral)
        self.form.addRow(self.tr("Settlement &offer"), self.settlement_percent)
        self.form.addRow(self.tr("Settlement offer &lasts"), self.settlement_days)
        envelope_label = QLabel(self.tr("&Envelope adjustment"))
        envelope_label.setBuddy(self.offset_right)
        self.form.addRow(envelope_label, envelope)
        self.form.addRow(
            "",
            _note(
                self.tr(
                    "Moves the address so it sits in the envelope window. Negative numbers "
                    "move it left or up. Print a calibration page on plain paper and hold it "
                    "behind an envelope to check."
                )
            ),
        )
        self.form.addRow(self.tr("Signed by (&name)"), self.signer_name)
        self.form.addRow(self.tr("Signer's &title"), self.signer_title)
        self.fields = {
            "print_disclosure": self.print_disclosure,
            "pay_by_days": self.pay_by_days,
            "respond_by_days": self.respond_by_days,
            "referral": self.referral,
            "settlement_percent": self.settlement_percent,
            "settlement_days": self.settlement_days,
            "offset_right_in": self.offset_right,
            "offset_down_in": self.offset_down,
            "signer_name": self.signer_name,
            "signer_title": self.signer_title,
        }
        order: list[QWidget] = [
            self.print_disclosure,
            self.pay_by_days,
            self.respond_by_days,
            self.referral,
            self.settlement_percent,
            self.settlement_days,
            self.offset_right,
            self.offset_down,
            self.calibration,
            self.signer_name,
            self.signer_title,
        ]
        _chain_tab_order([*order, *_dialog_buttons(self.buttons)])

    def offsets_in_points(self) -> tuple[float, float]:
        return (
            self.offset_right.value() * POINTS_PER_INCH,
            self.offset_down.value() * POINTS_PER_INCH,
        )

    def print_calibration(self) -> None:
        if self.on_calibration is not None:
            self.on_calibration(self.offsets_in_points())

    def values(self) -> LetterOptions:
        return LetterOptions(
            print_disclosure=(
                self.options.print_disclosure
                if self.is_agency
                else self.print_disclosure.isChecked()
            ),
            pay_by_days=self.pay_by_days.value(),
            respond_by_days=self.respond_by_days.value(),
            referral=str(self.referral.currentData()),
            settlement_percent=self.settlement_percent.value(),
            settlement_days=self.settlement_days.value(),
            offset_right_in=round(self.offset_right.value(), 2),
            offset_down_in=round(self.offset_down.value(), 2),
            signer_name=self.signer_name.text().strip(),
            signer_title=self.signer_title.text().strip(),
        )

    def save(self) -> None:
        try:
            save_letter_options(self.db, self.values(), user_id=self.user_id)
        except ValidationError as exc:
            self._focus_field(exc)
            raise


# --- email settings -----------------------------------------------------------------------------

USUAL_PORTS = {"none": 25, "starttls": 587, "tls": 465}


class EmailSettingsDialog(_FieldErrors, FormDialog):
    """The office's outgoing mail server; the password goes to the keyring, never the database."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Email settings"), parent)
        self.db, self.user_id = db, user_id
        settings = get_smtp_settings(db)
        self.host = QLineEdit(settings.host)
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(settings.port)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "tls")
        self.security.addItem(self.tr("None: not encrypted (not recommended)"), "none")
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.security.currentIndexChanged.connect(self._security_chosen)
        self.username = QLineEdit(settings.username)
        self.username.setObjectName("smtpUsername")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if settings.configured and load_password(settings):
            self.password.setPlaceholderText(self.tr("Saved; type a new one to change it"))
        self.password_note = _note(
            self.tr(
                "This computer has no password store CollectorPro can use: the password "
                "is asked for once each time CollectorPro is started."
            )
        )
        self.password_note.setObjectName("passwordNote")
        self.password_note.setVisible(not keyring_available())
        self.from_address = QLineEdit(settings.from_address)
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText("billing@example.com")
        self.from_name = QLineEdit(settings.from_name)
        self.from_name.setObjectName("fromName")

        self.form.addRow(self.tr("Mail &server"), self.host)
        self.form.addRow(self.tr("&Security"), self.security)
        self.form.addRow(self.tr("P&ort"), self.port)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("Pass&word"), self.password)
        self.form.addRow("", self.password_note)
        self.form.addRow(self.tr("Send &from (address)"), self.from_address)
        self.form.addRow(self.tr("Sender &name"), self.from_name)
        self.fields = {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "username": self.username,
            "from_address": self.from_address,
            "from_name": self.from_name,
        }
        order: list[QWidget] = [
            self.host,
            self.security,
            self.port,
            self.username,
            self.password,
            self.from_address,
            self.from_name,
        ]
        _chain_tab_order([*order, *_dialog_buttons(self.buttons)])
        self.resize(460, self.sizeHint().height())

    def _security_chosen(self, index: int) -> None:
        """Follow the usual port for the choice unless the person set an unusual one."""
        if self.port.value() in USUAL_PORTS.values():
            self.port.setValue(USUAL_PORTS[str(self.security.itemData(index))])

    def values(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text(),
            from_address=self.from_address.text(),
            from_name=self.from_name.text(),
        )

    def save(self) -> None:
        settings = self.values()
        try:
            save_smtp_settings(self.db, settings, user_id=self.user_id)
        except ValidationError as exc:
            self._focus_field(exc)
            raise
        self.store_password(settings)

    def store_password(self, settings: SmtpSettings) -> None:
        """Keep a newly typed password in the system keyring (saying so when there is none)."""
        password = self.password.text()
        if password and not store_password(settings, password):
            inform(
                self,
                self.tr("Password not saved"),
                self.tr(
                    "This computer has no password store CollectorPro can use, so the password "
                    "is not saved. CollectorPro will ask for it once each time it is started, "
                    "when the first email goes out."
                ),
            )


def _dialog_buttons(box: QDialogButtonBox) -> list[QAbstractButton]:
    return [
        button
        for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        if (button := box.button(role)) is not None
    ]


def _chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
