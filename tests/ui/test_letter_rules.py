"""Office → Batch letter rules, driven like a person would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from collectorpro.models.enums import AccountStatus
from collectorpro.services.letters.rules import DEFAULT_RULES, BatchRule, get_rules, save_rules
from collectorpro.services.letters.texts import template_label
from collectorpro.ui import messages
from collectorpro.ui.letter_rules import LetterRulesDialog
from tests.factories import TODAY, make_account


@pytest.fixture
def asked(monkeypatch) -> dict[str, list]:
    """Questions are recorded and answered from ``asked["answers"]`` (yes when empty)."""
    seen: dict[str, list] = {"questions": [], "answers": []}

    def fake_confirm(_parent, title, text):
        seen["questions"].append((title, text))
        return seen["answers"].pop(0) if seen["answers"] else True

    monkeypatch.setattr(messages, "confirm", fake_confirm)
    return seen


@pytest.fixture
def dialog(qtbot, db, asked) -> LetterRulesDialog:
    d = LetterRulesDialog(db, 1, TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def names_shown(d: LetterRulesDialog) -> list[str]:
    return [d.rules_list.item(row).text() for row in range(d.rules_list.count())]


def press_ok(qtbot, d: LetterRulesDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)


def test_shows_the_standard_rules_until_the_office_saves_its_own(dialog):
    assert names_shown(dialog) == [r.name for r in DEFAULT_RULES]
    assert dialog.current_rules() == DEFAULT_RULES
    assert dialog.rules_list.currentRow() == 0
    first = DEFAULT_RULES[0]
    assert dialog.name.text() == first.name
    assert dialog.template.currentText() == template_label(first.template, "en")
    assert dialog.max_days.text() == "no upper limit"
    assert dialog.no_letter.value() is None
    assert not dialog.error_label.isVisible()


def test_selecting_a_rule_shows_its_fields(qtbot, dialog):
    dialog.rules_list.setCurrentRow(3)  # final notice: 91–120 days, no letter in 30
    assert dialog.min_days.value() == 91
    assert dialog.max_days.value() == 120
    assert dialog.no_letter.value() == 30
    assert not dialog.include_disputed.isChecked()
    dialog.rules_list.setCurrentRow(4)  # dispute verification: any time, disputed
    assert dialog.no_letter.value() == 0
    assert dialog.include_disputed.isChecked()


def test_editing_a_rule_and_pressing_ok_saves_it(qtbot, db, dialog):
    dialog.rules_list.setCurrentRow(1)
    retype(qtbot, dialog.name, "Gentle reminder")
    dialog.min_days.setValue(35)
    dialog.max_days.setValue(70)
    dialog.no_letter.setValue(14)
    assert dialog.rules_list.item(1).text() == "Gentle reminder"
    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_rules(db)
    assert saved[1] == BatchRule("Gentle reminder", "reminder_1", 35, 70, 14)
    assert saved[0] == DEFAULT_RULES[0]
    assert len(saved) == len(DEFAULT_RULES)


def test_no_upper_limit_and_never_written_to_are_saved_as_none(qtbot, db, dialog):
    dialog.rules_list.setCurrentRow(2)
    dialog.max_days.setValue(dialog.max_days.minimum())
    dialog.no_letter.kind.setCurrentIndex(0)
    press_ok(qtbot, dialog)
    saved = get_rules(db)[2]
    assert saved.max_days is None
    assert saved.no_letter_days is None


def test_adding_a_rule_and_typing_its_name(qtbot, db, dialog):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.rules_list.currentRow() == len(DEFAULT_RULES)
    retype(qtbot, dialog.name, "Settlement offer: over a year")
    dialog.template.setCurrentIndex(dialog.template.findData("settlement_offer"))
    dialog.min_days.setValue(365)
    press_ok(qtbot, dialog)

    saved = get_rules(db)
    assert len(saved) == len(DEFAULT_RULES) + 1
    assert saved[-1] == BatchRule("Settlement offer: over a year", "settlement_offer", 365)


def test_removing_a_rule_asks_first(qtbot, db, asked, dialog):
    dialog.rules_list.setCurrentRow(1)
    asked["answers"].append(False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked["questions"]) == 1
    assert DEFAULT_RULES[1].name in asked["questions"][0][1]
    assert len(dialog.current_rules()) == len(DEFAULT_RULES)

    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # yes this time
    assert DEFAULT_RULES[1].name not in names_shown(dialog)
    assert get_rules(db) == DEFAULT_RULES  # nothing saved before OK
    press_ok(qtbot, dialog)
    assert get_rules(db) == DEFAULT_RULES[:1] + DEFAULT_RULES[2:]


def test_moving_and_duplicating_rules(qtbot, db, dialog):
    dialog.rules_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.move_up_button, Qt.MouseButton.LeftButton)
    assert dialog.rules_list.currentRow() == 1
    assert dialog.current_rules()[1] == DEFAULT_RULES[2]
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    copy = dialog.current_rules()[2]
    assert copy == replace(DEFAULT_RULES[2], name=f"{DEFAULT_RULES[2].name} (copy)")
    press_ok(qtbot, dialog)
    assert [r.name for r in get_rules(db)] == names_shown(dialog)


def test_a_maximum_below_the_minimum_is_refused_and_nothing_is_saved(qtbot, db, dialog):
    dialog.rules_list.setCurrentRow(2)
    dialog.max_days.setValue(40)  # the minimum is 61
    dialog.rules_list.setCurrentRow(0)  # look elsewhere before pressing OK
    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "smaller to a larger" in dialog.error_label.text()
    assert dialog.error_label.objectName() == "errorLabel"
    assert dialog.rules_list.currentRow() == 2  # the offending rule is selected again
    assert dialog.max_days.value() == 40  # nothing typed is lost
    assert get_rules(db) == DEFAULT_RULES

    dialog.max_days.setValue(90)  # fixing it clears the error and OK goes through
    assert not dialog.error_label.isVisible()
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_rules(db)[2].max_days == 90


def test_two_rules_with_the_same_name_are_refused(qtbot, db, dialog):
    save_rules(db, DEFAULT_RULES[:2], user_id=1)
    d = LetterRulesDialog(db, 1, TODAY)
    qtbot.addWidget(d)
    d.show()
    d.rules_list.setCurrentRow(1)
    retype(qtbot, d.name, DEFAULT_RULES[0].name)
    d.rules_list.setCurrentRow(0)
    press_ok(qtbot, d)

    assert d.isVisible()
    assert "same name" in d.error_label.text()
    assert d.rules_list.currentRow() == 1
    assert get_rules(db) == DEFAULT_RULES[:2]


def test_an_empty_name_is_refused(qtbot, db, dialog):
    dialog.name.clear()
    assert dialog.rules_list.item(0).text() == "(no name)"
    press_ok(qtbot, dialog)
    assert "name" in dialog.error_label.text()
    assert get_rules(db) == DEFAULT_RULES


def test_the_count_shows_how_many_accounts_the_edited_rule_selects(qtbot, db, dialog):
    for number, days in (("A-1", 10), ("A-2", 45), ("A-3", 50), ("A-4", 200)):
        make_account(db, number=number, days_late=days)
    make_account(db, number="A-5", days_late=40, status=AccountStatus.DISPUTED)

    dialog.rules_list.setCurrentRow(1)  # 30–60 days, no letter in 21
    qtbot.waitUntil(lambda: dialog.count_label.text() == "This rule selects 2 accounts today.")
    dialog.include_disputed.setChecked(True)  # edited, not saved: the count follows
    qtbot.waitUntil(lambda: dialog.count_label.text() == "This rule selects 3 accounts today.")
    dialog.max_days.setValue(45)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "This rule selects 2 accounts today.")
    dialog.min_days.setValue(41)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "This rule selects 1 account today.")
    assert get_rules(db) == DEFAULT_RULES


def test_reset_loads_the_standard_rules_after_asking(qtbot, db, asked):
    mine = (BatchRule("Only one", "reminder_2", 10, 20, 7),)
    save_rules(db, mine, user_id=1)
    d = LetterRulesDialog(db, 1, TODAY)
    qtbot.addWidget(d)
    d.show()
    assert names_shown(d) == ["Only one"]

    asked["answers"].append(False)
    qtbot.mouseClick(d.reset_button, Qt.MouseButton.LeftButton)
    assert d.current_rules() == mine

    qtbot.mouseClick(d.reset_button, Qt.MouseButton.LeftButton)
    assert len(asked["questions"]) == 2
    assert d.current_rules() == DEFAULT_RULES
    assert names_shown(d) == [r.name for r in DEFAULT_RULES]
    assert get_rules(db) == mine  # until OK
    press_ok(qtbot, d)
    assert get_rules(db) == DEFAULT_RULES


def test_cancel_discards_the_edits(qtbot, db, dialog):
    retype(qtbot, dialog.name, "Something else")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_rules(db) == DEFAULT_RULES
