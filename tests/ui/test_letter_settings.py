"""Office → Letter texts, Letter options and Email settings, driven like a person would."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from collectorpro.models import Setting
from collectorpro.services.errors import ValidationError
from collectorpro.services.letter_texts import EDITABLE, get_letter_text, save_letter_text
from collectorpro.services.letters import LetterOptions, get_letter_options, save_letter_options
from collectorpro.services.mailer import KEYRING_SERVICE, get_smtp_settings
from collectorpro.ui import letter_settings
from collectorpro.ui.letter_settings import (
    EmailSettingsDialog,
    LetterOptionsDialog,
    LetterTextsDialog,
)
from tests.ui.driving import click, click_box, ok, shown, type_into


@pytest.fixture
def answers(monkeypatch) -> dict[str, list]:
    """Questions and notices are recorded; a question is answered from ``answers["yes"]``."""
    seen: dict[str, list] = {"asked": [], "told": [], "yes": []}

    def fake_confirm(_parent, title, text):
        seen["asked"].append((title, text))
        return seen["yes"].pop(0) if seen["yes"] else True

    monkeypatch.setattr(letter_settings, "confirm", fake_confirm)
    monkeypatch.setattr(
        letter_settings, "inform", lambda _p, title, text: seen["told"].append((title, text))
    )
    return seen


def double_click(qtbot, items, row):
    """Press, release and double-click on a list row, the events a real double-click makes."""
    centre = items.visualItemRect(items.item(row)).center()
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(items.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def type_at_end(qtbot, editor, text):
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def row_text(dialog, kind):
    return dialog.templates.item(EDITABLE.index(kind)).text()


def choose_template(dialog, kind):
    dialog.templates.setCurrentRow(EDITABLE.index(kind))


# --- letter texts -------------------------------------------------------------------------------


def test_edit_a_letter_text_and_save_it(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    choose_template(dialog, "reminder_1")
    assert dialog.title.text() == get_letter_text(db, "reminder_1", "en").title
    assert "(edited)" not in row_text(dialog, "reminder_1")

    type_into(qtbot, dialog.title, "Friendly reminder")
    type_at_end(qtbot, dialog.body, "Call us today, we can help.")
    assert row_text(dialog, "reminder_1").endswith("*")
    click(qtbot, dialog.save_button)

    saved = get_letter_text(db, "reminder_1", "en")
    assert saved.custom and saved.title == "Friendly reminder"
    assert saved.body.endswith("Call us today, we can help.")
    assert row_text(dialog, "reminder_1") == "First reminder (edited)"
    assert dialog.status.text() == "Saved." and dialog.error_label.isHidden()
    assert not get_letter_text(db, "reminder_1", "es").custom


def test_an_unknown_placeholder_is_shown_and_nothing_is_saved(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    before = get_letter_text(db, "validation_notice", "en")
    type_at_end(qtbot, dialog.body, "You owe {balanse} today.")
    click(qtbot, dialog.save_button)

    assert dialog.error_label.isVisible()
    assert "{balanse}" in dialog.error_label.text()
    assert dialog.body.textCursor().selectedText() == "{balanse}"
    assert dialog.body.toPlainText().endswith("You owe {balanse} today.")
    assert get_letter_text(db, "validation_notice", "en") == before


def test_an_empty_title_is_refused_at_the_title(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    type_into(qtbot, dialog.title, "   ")
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "The letter needs a title."
    assert dialog.title.hasFocus()
    assert not get_letter_text(db, "validation_notice", "en").custom


def test_double_clicking_a_placeholder_inserts_it_at_the_cursor(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    dialog.body.setFocus()
    dialog.body.clear()
    qtbot.keyClicks(dialog.body, "Pay  now.")
    cursor = dialog.body.textCursor()
    cursor.setPosition(4)
    dialog.body.setTextCursor(cursor)

    row = list(letter_settings.FIELDS).index("balance")
    assert dialog.placeholders.item(row).text() == "{balance} — The balance today"
    double_click(qtbot, dialog.placeholders, row)

    assert dialog.body.toPlainText() == "Pay {balance} now."
    assert dialog.body.hasFocus()


def test_a_placeholder_goes_into_the_title_when_that_was_being_edited(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    type_into(qtbot, dialog.title, "Account ")
    double_click(qtbot, dialog.placeholders, list(letter_settings.FIELDS).index("account_number"))
    assert dialog.title.text() == "Account {account_number}"


def test_reset_to_default_asks_first(qtbot, db, answers):
    save_letter_text(db, "final_notice", "es", title="Aviso", body="Pague hoy.\n", user_id=1)
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    choose_template(dialog, "final_notice")
    assert dialog.title.text() == "Aviso"
    assert row_text(dialog, "final_notice").endswith("(edited)")

    answers["yes"].append(False)
    click(qtbot, dialog.reset_button)
    assert answers["asked"][-1][0] == "Reset to default"
    assert get_letter_text(db, "final_notice", "es").custom

    click(qtbot, dialog.reset_button)
    default = get_letter_text(db, "final_notice", "es")
    assert not default.custom
    assert dialog.title.text() == default.title
    assert "(edited)" not in row_text(dialog, "final_notice")
    assert not dialog.reset_button.isEnabled()


def test_switching_with_unsaved_changes_asks(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    type_at_end(qtbot, dialog.body, "More words.")

    answers["yes"].append(False)  # keep editing
    choose_template(dialog, "settlement_offer")
    assert answers["asked"][-1][0] == "Unsaved changes"
    assert dialog.kind == "validation_notice"
    assert dialog.templates.currentRow() == 0
    assert dialog.body.toPlainText().endswith("More words.")

    answers["yes"].append(False)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_code == "en" and dialog.language.currentData() == "en"

    answers["yes"].append(True)  # drop the changes
    choose_template(dialog, "settlement_offer")
    assert len(answers["asked"]) == 3
    assert dialog.kind == "settlement_offer"
    assert dialog.body.toPlainText() == get_letter_text(db, "settlement_offer", "en").body
    assert not dialog.is_dirty()
    assert not get_letter_text(db, "validation_notice", "en").custom


def test_closing_without_changes_does_not_ask(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible() and answers["asked"] == []


def test_closing_with_changes_asks(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    type_at_end(qtbot, dialog.body, "x")
    answers["yes"].append(False)
    click(qtbot, dialog.close_button)
    assert dialog.isVisible()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert not get_letter_text(db, "validation_notice", "en").custom


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

    from collectorpro.services.office_settings import get_office_profile, save_office_profile

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
