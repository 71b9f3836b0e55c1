"""Working the day from the Today tab with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from collectorpro.models.enums import Channel
from collectorpro.services.accounts.book import get_account_detail
from tests.factories import TODAY


def open_today(qtbot, window):
    window.act_today.trigger()
    view = window.worklist
    qtbot.waitUntil(lambda: not view.busy and view.worklist is not None, timeout=10_000)
    return view


def test_the_today_tab_lists_accounts_and_holds_the_one_not_to_call(qtbot, window):
    view = open_today(qtbot, window)
    assert view.heading.text() == "Today — 2 accounts to work"
    sections = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert sections == ["Everything else, by priority (2)", "Not to be called right now (1)"]
    held = view.tree.topLevelItem(1).child(0)
    assert held.text(0) == "CVW-000003" and "(8:00 am Hawaii)" in held.text(4)
    first = view.tree.topLevelItem(0).child(0)
    assert "Priority" in first.toolTip(5) and "Balance" in first.toolTip(5)
    # the first account is selected and shown in the detail pane
    assert window.current_account_id() == view.current_account_id() is not None
    assert window.detail.detail.account_number == first.text(0)


def test_next_previous_and_log_a_call_then_move_on(qtbot, window):
    view = open_today(qtbot, window)
    first = window.current_account_id()
    window.act_next.trigger()
    second = window.current_account_id()
    assert second != first
    assert window.detail.detail.id == second
    window.act_previous.trigger()
    assert window.current_account_id() == first
    dialog = window.log_interaction()
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.OUTBOUND_CALL))
    qtbot.keyClicks(dialog.notes, "Left a message")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert window.current_account_id() == second  # moved on
    worked = view.tree.topLevelItem(0).child(0)
    assert worked.text(0).startswith("✓ ") and worked.font(0).strikeOut()
    history = get_account_detail(window.db, first, as_of=TODAY).history
    assert history[0].notes == "Left a message"


def test_set_a_follow_up_from_the_keyboard(qtbot, window):
    open_today(qtbot, window)
    account = window.current_account_id()
    dialog = window.set_follow_up()
    qtbot.keyClicks(dialog.note, "Call after payday")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    detail = get_account_detail(window.db, account, as_of=TODAY)
    assert detail.history[0].notes == "Call after payday"
    assert detail.history[0].follow_up_date is not None
