"""Office → Letter options and Email settings, and the helpers the letter dialogs share.

Office → Letter texts is in ``letter_texts_dialog``. Each dialog reads through a service and saves
through one; a refusal (a ValidationError with its ``field``) is shown in red and the named field
gets the focus, so nothing the person typed is lost. ``confirm`` and ``inform`` wrap the message
boxes so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from collectorpro.core.errors import ValidationError
from collectorpro.models.db import Database
from collectorpro.services.letters.mailer import (
    SmtpSettings,
    get_smtp_settings,
    keyring_available,
    load_password,
    save_smtp_settings,
    store_password,
)
from collectorpro.services.letters.options import (
    LetterOptions,
    get_letter_options,
    save_letter_options,
)
from collectorpro.services.office.settings import get_office_profile
from collectorpro.ui import messages
from collectorpro.ui.form_dialog import FormDialog

POINTS_PER_INCH = 72
ERROR_STYLE = "color: #b3261e;"


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; tests replace this."""
    return messages.confirm(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something they must know; tests replace this."""
    messages.info(parent, title, text)


def make_error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def make_note(text: str) -> QLabel:
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
        on_calibration: Callable[[tuple[float, float]], object] | None = None,
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
            make_note(
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
        chain_tab_order([*order, *_dialog_buttons(self.buttons)])

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
        self.password_note = make_note(
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
        chain_tab_order([*order, *_dialog_buttons(self.buttons)])
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


def chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
