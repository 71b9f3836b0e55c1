"""Office → Letter options and Email settings, driven like a person would."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select

from collectorpro.core.errors import ValidationError
from collectorpro.models import Setting
from collectorpro.services.letters.mailer import KEYRING_SERVICE, get_smtp_settings
from collectorpro.services.letters.options import (
    LetterOptions,
    get_letter_options,
    save_letter_options,
)
from collectorpro.ui import letter_settings
from collectorpro.ui.letter_settings import EmailSettingsDialog, LetterOptionsDialog
from tests.ui.driving import click, click_box, ok, shown, type_into


@pytest.fixture
def answers(monkeypatch) -> dict[str, list]:
    """Notices are recorded in ``answers["told"]`` instead of shown."""
    seen: dict[str, list] = {"told": []}
    monkeypatch.setattr(
        letter_settings, "inform", lambda _p, title, text: seen["told"].append((title, text))
    )
    return seen


# --- letter options -----------------------------------------------------------------------------


def test_letter_options_are_saved(qtbot, db):
    dialog = shown(qtbot, LetterOptionsDialog(db, 1))
    assert dialog.print_disclosure.isChecked() and dialog.print_disclosure.isEnabled()
    click_box(qtbot, dialog.print_disclosure)
    type_into(qtbot, dialog.pay_by_days, "21")
    type_into(qtbot, dialog.respond_by_days, "45")
    dialog.referral.setCurrentIndex(dialog.referral.findData("attorney"))
    assert dialog.referral.currentText() == "An attorney"
    type_into(qtbot, dialog.settlement_percent, "60")
    type_into(qtbot, dialog.settlement_days, "15")
    type_into(qtbot, dialog.offset_right, "0.1")
    type_into(qtbot, dialog.offset_down, "-0.05")
    type_into(qtbot, dialog.signer_name, "Kim Park")
    type_into(qtbot, dialog.signer_title, "Billing Manager")
    ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert get_letter_options(db) == LetterOptions(
        print_disclosure=False,
        pay_by_days=21,
        respond_by_days=45,
        referral="attorney",
        settlement_percent=60,
        settlement_days=15,
        offset_right_in=0.1,
        offset_down_in=-0.05,
        signer_name="Kim Park",
        signer_title="Billing Manager",
    )


def test_the_spin_boxes_keep_values_in_range(qtbot, db):
    dialog = shown(qtbot, LetterOptionsDialog(db, 1))
    type_into(qtbot, dialog.pay_by_days, "500")
    assert dialog.pay_by_days.value() <= 90
    type_into(qtbot, dialog.settlement_percent, "5")
    dialog.settlement_percent.interpretText()
    assert dialog.settlement_percent.value() >= 10
    type_into(qtbot, dialog.offset_right, "0.9")
    assert dialog.offset_right.value() <= 0.5
    assert (dialog.pay_by_days.minimum(), dialog.pay_by_days.maximum()) == (1, 90)
    assert (dialog.offset_down.minimum(), dialog.offset_down.maximum()) == (-0.5, 0.5)
    assert dialog.offset_down.singleStep() == 0.05


def test_a_refused_option_is_shown_at_its_field(qtbot, db, monkeypatch):
    def refuse(_db, _options, *, user_id):
        raise ValidationError("A settlement offer must last longer.", field="settlement_days")

    monkeypatch.setattr(letter_settings, "save_letter_options", refuse)
    dialog = shown(qtbot, LetterOptionsDialog(db, 1))
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "A settlement offer must last longer."
    assert dialog.settlement_days.hasFocus()
    assert get_letter_options(db) == LetterOptions()


def test_an_agency_always_prints_the_disclosure(qtbot, db):
    from dataclasses import replace

    from collectorpro.services.office.settings import get_office_profile, save_office_profile

    profile = replace(get_office_profile(db), is_agency=True)
    save_office_profile(db, profile, user_id=1)
    save_letter_options(db, LetterOptions(print_disclosure=False), user_id=1)
    dialog = shown(qtbot, LetterOptionsDialog(db, 1))
    assert dialog.print_disclosure.isChecked() and not dialog.print_disclosure.isEnabled()
    ok(qtbot, dialog)
    assert not get_letter_options(db).print_disclosure  # kept for when it stops being one


def test_the_calibration_page_gets_the_offsets_in_points(qtbot, db):
    calls: list[tuple[float, float]] = []
    dialog = shown(qtbot, LetterOptionsDialog(db, 1, on_calibration=calls.append))
    type_into(qtbot, dialog.offset_right, "0.25")
    type_into(qtbot, dialog.offset_down, "-0.1")
    click(qtbot, dialog.calibration)
    assert calls == [pytest.approx((18.0, -7.2))]
    assert get_letter_options(db) == LetterOptions()  # printing saves nothing


def test_no_calibration_button_without_a_printer_callback(qtbot, db):
    dialog = shown(qtbot, LetterOptionsDialog(db, 1))
    assert not dialog.calibration.isVisible()


# --- email settings -----------------------------------------------------------------------------


def fill_email(qtbot, dialog, password="s3cret-Pass"):
    type_into(qtbot, dialog.host, "smtp.example.com")
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    type_into(qtbot, dialog.username, "billing")
    type_into(qtbot, dialog.password, password)
    type_into(qtbot, dialog.from_address, "billing@example.com")
    type_into(qtbot, dialog.from_name, "Riverside Billing")


def stored_settings(db):
    with db.read() as session:
        return " ".join(row.value for row in session.scalars(select(Setting)))


def test_email_settings_saved_and_password_in_the_keyring(qtbot, db, answers, memory_keyring):
    dialog = shown(qtbot, EmailSettingsDialog(db, 1))
    assert dialog.password_note.isHidden()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    fill_email(qtbot, dialog)
    assert dialog.port.value() == 465  # follows SSL/TLS
    ok(qtbot, dialog)

    assert not dialog.isVisible() and answers["told"] == []
    settings = get_smtp_settings(db)
    assert (settings.host, settings.port, settings.security) == ("smtp.example.com", 465, "tls")
    assert (settings.username, settings.from_address, settings.from_name) == (
        "billing",
        "billing@example.com",
        "Riverside Billing",
    )
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "smtp.example.com:billing"): "s3cret-Pass"}
    assert "s3cret-Pass" not in stored_settings(db)


def test_a_bad_sending_address_is_refused_at_its_field(qtbot, db, answers, memory_keyring):
    dialog = shown(qtbot, EmailSettingsDialog(db, 1))
    fill_email(qtbot, dialog)
    type_into(qtbot, dialog.from_address, "billing at example")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "full email address" in dialog.error_label.text()
    assert dialog.from_address.hasFocus()
    assert not get_smtp_settings(db).configured and memory_keyring.secrets == {}


def test_without_a_keyring_the_person_is_told(qtbot, db, answers):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture resets it
    dialog = shown(qtbot, EmailSettingsDialog(db, 1))
    assert dialog.password_note.isVisible()
    fill_email(qtbot, dialog)
    ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert get_smtp_settings(db).host == "smtp.example.com"
    assert answers["told"] == [
        (
            "Password not saved",
            "This computer has no password store CollectorPro can use, so the password is not "
            "saved. CollectorPro will ask for it once each time it is started, when the first "
            "email goes out.",
        )
    ]
    assert "s3cret-Pass" not in stored_settings(db)


def test_no_password_typed_keeps_the_saved_one(qtbot, db, answers, memory_keyring):
    first = shown(qtbot, EmailSettingsDialog(db, 1))
    fill_email(qtbot, first)
    ok(qtbot, first)
    again = shown(qtbot, EmailSettingsDialog(db, 1))
    assert again.password.text() == "" and again.password.placeholderText()
    type_into(qtbot, again.from_name, "Riverside Billing Office")
    ok(qtbot, again)
    assert get_smtp_settings(db).from_name == "Riverside Billing Office"
    assert list(memory_keyring.secrets.values()) == ["s3cret-Pass"] and answers["told"] == []
