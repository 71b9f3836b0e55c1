"""Send letter…: pick a template and language; OK draws the letter for the preview.

The dialog shows, before anything is drawn, whether the contact rules allow a letter and an
email to this debtor now, and where an email would go.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from collectorpro.core.money import format_money, parse_money
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.letters.compose import (
    ComposedLetter,
    compose_letter,
    letter_decision,
    settlement_defaults,
    template_title,
)
from collectorpro.services.letters.emailing import email_target
from collectorpro.services.letters.texts import LANGUAGES, TEMPLATES, language_name
from collectorpro.ui.form_dialog import FormDialog, date_edit

__all__ = ["SendLetterDialog"]


class SendLetterDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        account_id: int,
        today: date,
        *,
        preferred_language: str = "en",
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Send letter"), parent)
        self.db, self.account_id, self.today = db, account_id, today
        self.composed: ComposedLetter | None = None
        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        for name in TEMPLATES:
            self.template.addItem(template_title(name), name)
        if kind is not None and (i := self.template.findData(kind)) >= 0:
            self.template.setCurrentIndex(i)
        self.form.addRow(self.tr("&Letter:"), self.template)
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        preferred = preferred_language if preferred_language in LANGUAGES else "en"
        self.language.addItem(
            self.tr("The debtor's language ({language})").format(language=language_name(preferred)),
            None,
        )
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.form.addRow(self.tr("L&anguage:"), self.language)
        self.settlement = QLineEdit()
        self.settlement.setObjectName("settlementAmount")
        usual = settlement_defaults(db, account_id, today)
        self.settlement.setPlaceholderText(
            self.tr("{amount} ({percent} % of the balance)").format(
                amount=format_money(usual.amount_cents), percent=usual.percent
            )
        )
        self.form.addRow(self.tr("Settlement &amount:"), self.settlement)
        expiry = max(usual.expiry, today + timedelta(days=1))
        self.expiry = date_edit(
            QDate(expiry.year, expiry.month, expiry.day),
            minimum=QDate(today.year, today.month, today.day).addDays(1),
        )
        self.expiry.setObjectName("settlementExpiry")
        self.form.addRow(self.tr("Offer &ends on:"), self.expiry)
        self.mail_light = QLabel()
        self.mail_light.setObjectName("mailLight")
        self.mail_light.setWordWrap(True)
        self.email_light = QLabel()
        self.email_light.setObjectName("emailLight")
        self.email_light.setWordWrap(True)
        self.form.addRow(self.tr("By mail:"), self.mail_light)
        self.form.addRow(self.tr("By email:"), self.email_light)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Preview…"))
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()
        self.resize(520, self.sizeHint().height())

    @property
    def kind(self) -> str:
        return str(self.template.currentData())

    def _template_changed(self) -> None:
        settlement = self.kind == "settlement_offer"
        for widget in (self.settlement, self.expiry):
            widget.setVisible(settlement)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(settlement)
        now = datetime.now(UTC)
        mail = letter_decision(
            self.db, self.account_id, self.kind, channel=ContactMethod.LETTER, at=now
        )
        mail_email = letter_decision(
            self.db, self.account_id, self.kind, channel=ContactMethod.EMAIL, at=now
        )
        self.mail_light.setText(self._light(mail.allowed, [b.title for b in mail.blocks]))
        target = email_target(self.db, self.account_id)
        if target.address is None:
            self.email_light.setText(self._light(False, [self.tr(target.problem or "")]))
        else:
            self.email_light.setText(
                self._light(mail_email.allowed, [b.title for b in mail_email.blocks])
                + " — "
                + target.address
            )

    def _light(self, allowed: bool, reasons: list[str]) -> str:
        if allowed:
            return self.tr("✔ allowed")
        return self.tr("✖ not allowed — {reasons}").format(reasons="; ".join(reasons))

    def save(self) -> int | None:
        settlement_cents = None
        settlement_expiry: date | None = None
        if self.kind == "settlement_offer":
            text = self.settlement.text().strip()
            settlement_cents = parse_money(text, field="settlement") if text else None
            ends = self.expiry.date()
            settlement_expiry = date(ends.year(), ends.month(), ends.day())
        self.composed = compose_letter(
            self.db,
            self.account_id,
            self.kind,
            today=self.today,
            language=self.language.currentData(),
            settlement_cents=settlement_cents,
            settlement_expiry=settlement_expiry,
        )
        return None
