"""Work an account through the dialogs, as a collector would, and check what was saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from collectorpro.models.enums import AccountStatus
from collectorpro.services.accounts.book import get_account_detail
from collectorpro.ui.account_dialogs import (
    LedgerEntryDialog,
    LogInteractionDialog,
    PhoneDialog,
    PromiseDialog,
    StatusDialog,
)
from collectorpro.ui.main_window import MainWindow
from tests.factories import TODAY


def select(qtbot, window: MainWindow, number: str) -> int:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(model.index(row, 1)).center(),
    )
    account_id = window.current_account_id()
    assert account_id is not None
    return account_id


def open_dialog(qtbot, window, shortcut_key, dialog_class, modifiers=None):
    mods = modifiers or Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.table, shortcut_key, mods)
    dialog = window.findChild(dialog_class)
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def list_status(window: MainWindow, account_id: int) -> str:
    return window.model.index(window.model.row_of(account_id), 6).data()


def test_log_a_call_with_a_promise_shows_in_history_and_promises(qtbot, window):
    account_id = select(qtbot, window, "RFM-000001")
    dialog = open_dialog(qtbot, window, Qt.Key.Key_L, LogInteractionDialog)
    qtbot.keyClicks(dialog.notes, "Spoke with Jose; will pay Friday.")
    dialog.duration.setValue(4)
    dialog.promise_box.setChecked(True)
    qtbot.keyClicks(dialog.promise_amount, "150")
    dialog.promise_due.setDate(QDate(2026, 11, 27))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    history = window.detail.history
    assert history.rowCount() == 1
    assert history.item(0, 1).text() == "Outbound call"
    assert history.item(0, 2).text() == "Promise to pay"
    assert history.item(0, 5).text() == "Spoke with Jose; will pay Friday."
    assert window.detail.promises.rowCount() == 1
    assert window.detail.promises.item(0, 1).text() == "$150.00"
    detail = get_account_detail(window.db, account_id, as_of=TODAY)
    assert detail.status is AccountStatus.PROMISE
    assert detail.history[0].duration_seconds == 240
    assert list_status(window, account_id) == "Promise"  # the list shows it at once
    assert window.current_account_id() == account_id  # and keeps the selection


def test_a_typo_in_the_promise_amount_is_explained_and_nothing_is_saved(qtbot, window):
    account_id = select(qtbot, window, "RFM-000001")
    dialog = open_dialog(qtbot, window, Qt.Key.Key_L, LogInteractionDialog)
    qtbot.keyClicks(dialog.notes, "Promised something")
    dialog.promise_box.setChecked(True)
    qtbot.keyClicks(dialog.promise_amount, "12.3.4")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "12.3.4" in dialog.error_label.text()
    assert get_account_detail(window.db, account_id, as_of=TODAY).history == ()
    dialog.promise_amount.clear()
    qtbot.keyClicks(dialog.promise_amount, "12.34")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert get_account_detail(window.db, account_id, as_of=TODAY).promises[0].amount_cents == 1234


def test_record_a_promise(qtbot, window):
    account_id = select(qtbot, window, "RFM-000002")
    dialog = open_dialog(
        qtbot,
        window,
        Qt.Key.Key_P,
        PromiseDialog,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClicks(dialog.amount, "$25.00")
    dialog.due.setDate(QDate(2026, 12, 1))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    promises = window.detail.promises
    assert promises.rowCount() == 1
    assert promises.item(0, 0).text() == "12/1/26"
    assert promises.item(0, 2).text() == "Pending"
    assert "Promise to pay $25.00" in window.detail.history.item(0, 5).text()
    assert list_status(window, account_id) == "Promise"
    next_action = window.model.index(window.model.row_of(account_id), 8).data()
    assert next_action == "Promise due 12/1/26"


def test_zero_promise_is_refused(qtbot, window):
    select(qtbot, window, "RFM-000002")
    window.act_promise.trigger()
    dialog = window.findChild(PromiseDialog)
    qtbot.keyClicks(dialog.amount, "0")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "more than zero" in dialog.error_label.text()


def test_change_status_offers_only_allowed_moves(qtbot, window):
    account_id = select(qtbot, window, "RFM-000001")
    dialog = open_dialog(
        qtbot,
        window,
        Qt.Key.Key_S,
        StatusDialog,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert "New" not in offered and "Active" not in offered
    assert "Hold" in offered
    dialog.status.setCurrentIndex(dialog.status.findText("Hold"))
    qtbot.keyClicks(dialog.reason, "Insurance appeal")
    press_ok(qtbot, dialog)
    assert list_status(window, account_id) == "Hold"
    assert window.detail.badges.itemAt(0).widget().text() == "Hold"


def test_post_an_adjustment_updates_ledger_and_balance(qtbot, window):
    account_id = select(qtbot, window, "RFM-000001")
    dialog = open_dialog(
        qtbot,
        window,
        Qt.Key.Key_A,
        LedgerEntryDialog,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog.kind.setCurrentIndex(dialog.kind.findText("Adjustment"))
    qtbot.keyClicks(dialog.amount, "-250.00")
    press_ok(qtbot, dialog)
    assert "reason" in dialog.error_label.text()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Prompt-pay discount")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.detail.balance_label.text() == "$1,000.00"
    ledger = window.detail.ledger
    assert ledger.item(0, 1).text() == "Adjustment"
    assert ledger.item(0, 2).text() == "-$250.00"
    assert ledger.item(0, 3).text() == "$1,000.00"
    assert window.model.index(window.model.row_of(account_id), 3).data() == "$1,000.00"
    qtbot.waitUntil(lambda: not window.model.counting)  # the total is counted again behind
    assert window.summary_label.text() == "3 accounts · $1,775.50 total balance"


def test_a_charge_cannot_be_negative(qtbot, window):
    select(qtbot, window, "RFM-000001")
    window.act_entry.trigger()
    dialog = window.findChild(LedgerEntryDialog)
    qtbot.keyClicks(dialog.amount, "-5")
    qtbot.keyClicks(dialog.reason, "oops")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot be negative" in dialog.error_label.text()
    assert window.detail.ledger.rowCount() == 1


def test_changing_a_phone_keeps_the_old_one_in_history(qtbot, window):
    select(qtbot, window, "RFM-000001")
    window.detail.tabs.setCurrentIndex(2)
    phones = window.detail.phones
    phones.table.selectRow(0)
    qtbot.mouseClick(phones.change_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PhoneDialog)
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, "not a phone")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "not a phone number" in dialog.error_label.text()
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, "(718) 555-0199")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert phones.table.rowCount() == 2
    assert phones.table.item(0, 0).text() == "(718) 555-0199"
    assert phones.table.item(0, 6).text() == ""  # current
    assert phones.table.item(1, 0).text() == "(212) 555-0143"
    assert phones.table.item(1, 6).text() == "11/24/26"  # closed today, kept
    # the new number is searchable at once
    qtbot.keyClicks(window.filters.search, "0199")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_retiring_an_email_asks_and_keeps_it(qtbot, window):
    select(qtbot, window, "RFM-000001")
    emails = window.detail.emails
    emails.table.selectRow(0)
    qtbot.mouseClick(emails.retire_button, Qt.MouseButton.LeftButton)
    assert emails.table.rowCount() == 1
    assert emails.table.item(0, 4).text() == "11/24/26"
    assert not emails.change_button.isEnabled() or emails.table.currentRow() < 0
