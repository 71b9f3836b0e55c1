"""Office → Settings: every office setting in one window, all saved together or not at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from collectorpro.models import AuditEvent
from collectorpro.services.letters.mailer import KEYRING_SERVICE, get_smtp_settings
from collectorpro.services.letters.options import get_letter_options
from collectorpro.services.office.settings import get_office_profile, get_plan_policy
from collectorpro.ui import translation
from collectorpro.ui.settings_dialog import SettingsDialog
from tests.ui.driving import ok, shown, type_into


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def audit_count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_one_window_saves_office_plans_letters_and_email(qtbot, db, settings, memory_keyring):
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    tab_names = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert tab_names == ["Office", "Payment plans", "Letters", "Email", "Language"]
    # the office
    type_into(qtbot, dialog.office.name, "Riverside Billing Office")
    dialog.office.address.setPlainText("1 Main St\nAlbany, NY 12207")
    # payment plans: smallest installment and the settlement approval threshold
    dialog.show_page("plans")
    type_into(qtbot, dialog.plans.minimum, "40.00")
    dialog.plans.approval.setValue(30)
    # letters
    dialog.show_page("letters")
    dialog.letters.pay_by_days.setValue(21)
    # email
    dialog.show_page("email")
    type_into(qtbot, dialog.email.host, "smtp.example.com")
    type_into(qtbot, dialog.email.username, "billing")
    type_into(qtbot, dialog.email.password, "s3cret-Pass")
    type_into(qtbot, dialog.email.from_address, "billing@example.com")
    ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert dialog.saved == ["profile", "policy", "letters", "smtp"]
    profile = get_office_profile(db)
    assert profile.name == "Riverside Billing Office"
    assert profile.address_lines == ("1 Main St", "Albany, NY 12207")
    policy = get_plan_policy(db)
    assert policy.min_installment_cents == 4_000 and policy.approval_discount_percent == 30
    assert get_letter_options(db).pay_by_days == 21
    assert get_smtp_settings(db).host == "smtp.example.com"
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "smtp.example.com:billing"): "s3cret-Pass"}
    assert dialog.language_changed is None


def test_a_mistake_on_one_tab_saves_nothing_and_shows_that_tab(qtbot, db, settings):
    before_profile, before_policy = get_office_profile(db), get_plan_policy(db)
    events = audit_count(db)
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    type_into(qtbot, dialog.office.name, "Riverside Billing Office")
    dialog.show_page("email")
    type_into(qtbot, dialog.email.host, "smtp.example.com")
    type_into(qtbot, dialog.email.from_address, "not an address")
    dialog.show_page("plans")
    type_into(qtbot, dialog.plans.minimum, "12..50")  # a typo in an amount
    ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.plans
    assert dialog.plans.error_label.isVisible() and dialog.plans.error_label.text()
    # nothing was written: not the office name typed on the first tab either
    assert get_office_profile(db) == before_profile and get_plan_policy(db) == before_policy
    assert audit_count(db) == events

    type_into(qtbot, dialog.plans.minimum, "12.50")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.email
    assert "sending address" in dialog.email.error_label.text()
    assert dialog.email.from_address.hasFocus()
    assert get_office_profile(db) == before_profile


def test_an_office_needs_a_name(qtbot, db, settings):
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    dialog.show_page("language")
    dialog.office.name.clear()
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.office
    assert "name" in dialog.office.error_label.text()


def test_untouched_tabs_are_not_written(qtbot, db, settings):
    events = audit_count(db)
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    ok(qtbot, dialog)  # email was never set up: that is not an error
    assert not dialog.isVisible() and dialog.saved == []
    assert audit_count(db) == events


def test_the_logo_is_chosen_on_the_office_tab(qtbot, db, settings, tmp_path, monkeypatch):
    from collectorpro.ui import office_dialogs

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(office_dialogs, "choose_logo_file", lambda _parent: str(logo))
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    choose = dialog.office.findChild(QPushButton, "chooseLogo")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert dialog.office.logo.text() == str(logo)
    ok(qtbot, dialog)
    assert get_office_profile(db).logo_path == str(logo)


def test_the_language_choice_is_kept_per_person(qtbot, db, settings):
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    dialog.show_page("language")
    combo = dialog.language.choice
    assert combo.currentData() == translation.SYSTEM
    combo.setCurrentIndex(combo.findData("es"))
    ok(qtbot, dialog)
    assert dialog.language_changed == "es"
    assert translation.chosen_language(settings) == "es"


def test_the_last_tab_and_size_come_back(qtbot, db, settings):
    dialog = shown(qtbot, SettingsDialog(db, 1, settings))
    dialog.show_page("letters")
    dialog.resize(780, 620)
    dialog.reject()
    again = shown(qtbot, SettingsDialog(db, 1, settings))
    assert again.tabs.currentWidget() is again.letters
    assert (again.width(), again.height()) == (780, 620)
