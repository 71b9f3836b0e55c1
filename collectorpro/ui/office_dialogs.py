"""Office-wide settings the collector edits from the Office menu: profile and plan policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from collectorpro.core.money import format_money, parse_money
from collectorpro.models.db import Database
from collectorpro.services.compliance import timezones as tz
from collectorpro.services.office.settings import (
    OfficeProfile,
    PlanPolicy,
    get_office_profile,
    get_plan_policy,
    save_office_profile,
    save_plan_policy,
)
from collectorpro.services.plans import arrangements
from collectorpro.ui.form_dialog import FormDialog

US_TIME_ZONES = (
    tz.EASTERN,
    tz.CENTRAL,
    tz.MOUNTAIN,
    tz.ARIZONA,
    tz.PACIFIC,
    tz.ALASKA,
    tz.HAWAII,
)


def choose_logo_file(parent: QWidget | None) -> str:
    """The picture the person picked, or "" (a function so tests can answer it)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ChooseLogoFile", "Choose the office logo"),
        "",
        QCoreApplication.translate("ChooseLogoFile", "Pictures (*.png *.jpg *.jpeg)"),
    )
    return chosen


class OfficeProfileDialog(FormDialog):
    """Who the office is: printed at the top of every receipt, agreement and letter."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Office profile"), parent)
        self.db, self.user_id = db, user_id
        self.profile = profile = get_office_profile(db)
        self.name = QLineEdit(profile.name)
        self.name.setObjectName("officeName")
        self.address = QPlainTextEdit("\n".join(profile.address_lines))
        self.address.setObjectName("officeAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.address.setPlaceholderText(self.tr("Street\nCity, ST ZIP"))
        self.phone = QLineEdit(profile.phone)
        self.email = QLineEdit(profile.email)
        self.state = QLineEdit(profile.state)
        self.state.setMaxLength(2)
        self.state.setFixedWidth(50)
        self.time_zone = QComboBox()
        for zone in US_TIME_ZONES:
            self.time_zone.addItem(f"{tz.zone_label(zone)} ({zone})", zone)
        if self.time_zone.findData(profile.time_zone) < 0:
            self.time_zone.addItem(profile.time_zone, profile.time_zone)
        self.time_zone.setCurrentIndex(self.time_zone.findData(profile.time_zone))
        self.is_agency = QCheckBox(self.tr("We are a collection agency (we collect for others)"))
        self.is_agency.setChecked(profile.is_agency)
        self.logo = QLineEdit(profile.logo_path)
        self.logo.setObjectName("officeLogo")
        self.logo.setPlaceholderText(self.tr("Optional: a picture for the top of your letters"))
        self.logo.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setObjectName("chooseLogo")
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo, 1)
        logo_layout.addWidget(browse)
        self.form.addRow(self.tr("Office &name"), self.name)
        self.form.addRow(self.tr("&Address"), self.address)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("&Email"), self.email)
        self.form.addRow(self.tr("&State"), self.state)
        self.form.addRow(self.tr("&Time zone"), self.time_zone)
        self.form.addRow(self.tr("&Logo"), logo_row)
        self.form.addRow("", self.is_agency)
        self.resize(460, self.sizeHint().height())

    def values(self) -> OfficeProfile:
        lines = tuple(
            line.strip() for line in self.address.toPlainText().splitlines() if line.strip()
        )
        return replace(
            self.profile,
            name=self.name.text().strip(),
            address_lines=lines,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            logo_path=self.logo.text().strip(),
            state=self.state.text().strip().upper(),
            time_zone=str(self.time_zone.currentData()),
            is_agency=self.is_agency.isChecked(),
        )

    def browse_logo(self) -> None:
        chosen = choose_logo_file(self)
        if chosen:
            self.logo.setText(chosen)

    def save(self) -> None:
        save_office_profile(self.db, self.values(), user_id=self.user_id)


class PlanPolicyDialog(FormDialog):
    """The office's rules for payment arrangements."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Payment plan policy"), parent)
        self.db, self.user_id = db, user_id
        policy = get_plan_policy(db)
        self.minimum = QLineEdit(format_money(policy.min_installment_cents).lstrip("$"))
        self.minimum.setObjectName("minimumInstallment")
        self.max_months = QSpinBox()
        self.max_months.setObjectName("maxMonths")
        self.max_months.setRange(1, 600)
        self.max_months.setSuffix(self.tr(" months"))
        self.max_months.setValue(policy.max_months)
        self.approval = QSpinBox()
        self.approval.setObjectName("approvalPercent")
        self.approval.setRange(0, 100)
        self.approval.setSuffix(" %")
        self.approval.setValue(policy.approval_discount_percent)
        self.grace = QSpinBox()
        self.grace.setObjectName("graceDays")
        self.grace.setRange(0, 60)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setValue(policy.grace_days)
        self.misses = QSpinBox()
        self.misses.setObjectName("missesToBreak")
        self.misses.setRange(1, 12)
        self.misses.setValue(policy.misses_to_break)
        self.form.addRow(self.tr("&Smallest installment"), self.minimum)
        self.form.addRow(self.tr("&Longest plan"), self.max_months)
        self.form.addRow(self.tr("Settlement discount needing a &manager above"), self.approval)
        self.form.addRow(self.tr("&Grace period before a payment is missed"), self.grace)
        self.form.addRow(self.tr("Missed payments that &break a plan"), self.misses)

    def values(self) -> PlanPolicy:
        return PlanPolicy(
            min_installment_cents=parse_money(self.minimum.text()),
            max_months=self.max_months.value(),
            approval_discount_percent=self.approval.value(),
            grace_days=self.grace.value(),
            misses_to_break=self.misses.value(),
        )

    def save(self) -> None:
        save_plan_policy(self.db, self.values(), user_id=self.user_id)


class CancelPlanDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        plan_id: int,
        user_id: int,
        today: date,
        parent: QWidget | None = None,
        *,
        description: str,
    ) -> None:
        super().__init__(self.tr("Cancel payment plan"), parent)
        self.db, self.plan_id, self.user_id, self.today = db, plan_id, user_id, today
        self.description = description
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(
            self.tr("Why the plan ends, e.g. the debtor asked for new terms")
        )
        self.reason.setMinimumWidth(360)
        self.form.addRow(self.tr("Plan"), _bold(description))
        self.form.addRow(self.tr("&Reason"), self.reason)

    def save(self) -> None:
        arrangements.cancel_plan(
            self.db,
            plan_id=self.plan_id,
            user_id=self.user_id,
            reason=self.reason.text(),
            today=self.today,
        )


def _bold(text: str) -> QWidget:
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    label.setWordWrap(True)
    return label
