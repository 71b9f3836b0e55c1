"""Office → Letter texts, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from collectorpro.services.letters.texts import EDITABLE, FIELDS, get_letter_text, save_letter_text
from collectorpro.ui import letter_texts_dialog
from collectorpro.ui.letter_texts_dialog import LetterTextsDialog
from tests.ui.driving import click, shown, type_into


@pytest.fixture
def answers(monkeypatch) -> dict[str, list]:
    """Questions are recorded and answered from ``answers["yes"]`` (yes when it is empty)."""
    seen: dict[str, list] = {"asked": [], "yes": []}

    def fake_confirm(_parent, title, text):
        seen["asked"].append((title, text))
        return seen["yes"].pop(0) if seen["yes"] else True

    monkeypatch.setattr(letter_texts_dialog, "confirm", fake_confirm)
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

    row = list(FIELDS).index("balance")
    assert dialog.placeholders.item(row).text() == "{balance} — The balance today"
    double_click(qtbot, dialog.placeholders, row)

    assert dialog.body.toPlainText() == "Pay {balance} now."
    assert dialog.body.hasFocus()


def test_a_placeholder_goes_into_the_title_when_that_was_being_edited(qtbot, db, answers):
    dialog = shown(qtbot, LetterTextsDialog(db, 1))
    type_into(qtbot, dialog.title, "Account ")
    double_click(qtbot, dialog.placeholders, list(FIELDS).index("account_number"))
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
