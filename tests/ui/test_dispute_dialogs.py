"""Disputes recorded, verified and closed through the dialogs; the statute of limitations table."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from collectorpro.models.enums import AccountStatus, DisputeChannel, DisputeStatus
from collectorpro.services.accounts.book import get_account_detail
from collectorpro.services.compliance.statute import get_statute_table
from collectorpro.services.disputes.lifecycle import account_disputes, list_disputes, open_dispute
from collectorpro.ui.dispute_dialogs import (
    CloseDisputeDialog,
    OpenDisputeDialog,
    VerificationSentDialog,
)
from collectorpro.ui.dispute_lists import AccountDisputesPanel, DisputesWindow
from collectorpro.ui.statute_dialog import StatuteDialog
from tests.factories import TODAY, make_user
from tests.ui.driving import click, click_box, ok, type_into

JOSE, ANN, LEE = 1, 2, 3  # the accounts of the `office` fixture; Jose owes $1,250.00


@pytest.fixture
def user(office) -> int:
    return make_user(office, "Dana Reyes")


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def dispute(office, user, account=JOSE, days_ago=5, **kw):
    args = {
        "account_id": account,
        "user_id": user,
        "what": "Says the insurance paid the visit.",
        "received_on": TODAY - timedelta(days=days_ago),
        "received_via": DisputeChannel.MAIL,
        "today": TODAY,
    }
    return open_dispute(office, **(args | kw))


def cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


# --- recording a dispute --------------------------------------------------------------------


def test_record_a_dispute_by_typing(qtbot, office, user):
    dialog = show(qtbot, OpenDisputeDialog(office, JOSE, user, TODAY))
    assert dialog.received.maximumDate().toPython() == TODAY
    type_into(qtbot, dialog.what, "Says the bill was paid by insurance in March.")
    type_into(qtbot, dialog.amount, "200.00")
    choose(dialog.via, DisputeChannel.PHONE)
    assert not dialog.written.isChecked()  # a phone call is oral
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    [view] = account_disputes(office, JOSE)
    assert dialog.saved_id == view.id
    assert view.status is DisputeStatus.OPEN
    assert view.amount_cents == 200_00
    assert view.received_via is DisputeChannel.PHONE and not view.written
    assert view.received_on == TODAY
    assert view.recorded_by == "Dana Reyes"
    assert get_account_detail(office, JOSE, as_of=TODAY).status is AccountStatus.DISPUTED


def test_an_empty_amount_disputes_the_whole_balance(qtbot, office, user):
    dialog = show(qtbot, OpenDisputeDialog(office, JOSE, user, TODAY))
    type_into(qtbot, dialog.what, "Never had an account there.")
    assert dialog.written.isChecked()  # the first channel is a letter
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    [view] = account_disputes(office, JOSE)
    assert view.amount_cents is None and view.written


def test_written_follows_the_channel_until_the_person_changes_it(qtbot, office, user):
    dialog = show(qtbot, OpenDisputeDialog(office, JOSE, user, TODAY))
    choose(dialog.via, DisputeChannel.PHONE)
    assert not dialog.written.isChecked()
    choose(dialog.via, DisputeChannel.EMAIL)
    assert dialog.written.isChecked()
    click_box(qtbot, dialog.written)  # an email forwarding a call note: the person knows
    assert not dialog.written.isChecked()
    choose(dialog.via, DisputeChannel.WEBSITE)
    assert not dialog.written.isChecked()
    type_into(qtbot, dialog.what, "Wrong amount.")
    ok(qtbot, dialog)
    [view] = account_disputes(office, JOSE)
    assert view.received_via is DisputeChannel.WEBSITE and not view.written


@pytest.mark.parametrize(
    ("amount", "words"),
    [("5000", "more than the balance of $1,250.00"), ("12.3.4", "not an amount")],
)
def test_a_bad_amount_shows_the_reason_and_records_nothing(qtbot, office, user, amount, words):
    dialog = show(qtbot, OpenDisputeDialog(office, JOSE, user, TODAY))
    type_into(qtbot, dialog.what, "Too much.")
    type_into(qtbot, dialog.amount, amount)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert words in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert account_disputes(office, JOSE) == ()
    assert get_account_detail(office, JOSE, as_of=TODAY).status is AccountStatus.ACTIVE


def test_nothing_said_keeps_the_dialog_open(qtbot, office, user):
    dialog = show(qtbot, OpenDisputeDialog(office, JOSE, user, TODAY))
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Say what the debtor disputes" in dialog.error_label.text()


# --- the manager's list ---------------------------------------------------------------------


@pytest.fixture
def two_disputes(office, user):
    first = dispute(office, user, JOSE, days_ago=9, amount_cents=300_00)
    second = dispute(
        office, user, ANN, days_ago=2, received_via=DisputeChannel.PHONE, what="Not mine."
    )
    return first, second


def test_the_list_verification_and_resolution(qtbot, office, user, two_disputes, settings):
    gone_to: list[int] = []
    window = show(
        qtbot,
        DisputesWindow(office, user, TODAY, on_open_account=gone_to.append, settings=settings),
    )
    table = window.table
    assert table.rowCount() == 2
    assert cells(table, 2) == ["RFM-000001", "RFM-000002"]  # oldest first
    assert cells(table, 1) == ["9", "2"]
    assert cells(table, 5) == ["$300.00", "Whole balance"]
    assert cells(table, 6) == ["Letter", "Phone call"]
    assert cells(table, 7) == ["Yes", "No"]
    assert cells(table, 8) == ["Open", "Open"]
    assert cells(table, 9) == ["Dana Reyes", "Dana Reyes"]
    assert window.count_label.text() == "2 dispute(s)"
    assert not window.verification_button.isEnabled()  # nothing selected
    assert not window.resolve_button.isEnabled()

    table.selectRow(0)
    assert window.verification_button.isEnabled() and window.resolve_button.isEnabled()
    click(qtbot, window.verification_button)
    verify = window.dialog
    assert isinstance(verify, VerificationSentDialog) and verify.isVisible()
    assert verify.sent_on.minimumDate().toPython() == TODAY - timedelta(days=9)
    assert verify.sent_on.maximumDate().toPython() == TODAY
    ok(qtbot, verify)
    assert not verify.isVisible(), verify.error_label.text()
    [jose] = account_disputes(office, JOSE)
    assert jose.status is DisputeStatus.VERIFICATION_SENT and jose.verification_sent_on == TODAY
    assert get_account_detail(office, JOSE, as_of=TODAY).status is AccountStatus.ACTIVE
    # the list refreshed itself and kept the selection
    assert cells(table, 8) == ["Verification sent", "Open"]
    assert window.selected().id == jose.id
    assert not window.verification_button.isEnabled()
    assert window.resolve_button.isEnabled()

    click(qtbot, window.resolve_button)
    close = window.dialog
    assert isinstance(close, CloseDisputeDialog)
    assert close.withdrawn.isEnabled() and not close.withdrawn.isChecked()
    type_into(qtbot, close.outcome, "Itemization mailed; the debtor accepts the balance.")
    ok(qtbot, close)
    assert not close.isVisible(), close.error_label.text()
    [jose] = account_disputes(office, JOSE)
    assert jose.status is DisputeStatus.RESOLVED
    assert jose.outcome == "Itemization mailed; the debtor accepts the balance."
    assert cells(table, 2) == ["RFM-000002"]  # a resolved dispute leaves the default list
    assert window.selected() is None

    window.status_filter.setCurrentIndex(window.status_filter.findText("All"))
    assert table.rowCount() == 2
    window.status_filter.setCurrentIndex(window.status_filter.findText("Resolved"))
    assert cells(table, 2) == ["RFM-000001"]
    table.selectRow(0)
    assert not window.verification_button.isEnabled()
    assert not window.resolve_button.isEnabled()
    assert window.go_button.isEnabled()
    window.status_filter.setCurrentIndex(window.status_filter.findText("Withdrawn"))
    assert table.rowCount() == 0

    window.status_filter.setCurrentIndex(window.status_filter.findText("All"))
    table.selectRow(0)
    click(qtbot, window.go_button)
    assert gone_to == [JOSE]
    assert not window.isVisible()
    assert settings.value("disputes/geometry") is not None


def test_an_open_dispute_can_only_be_withdrawn(qtbot, office, user, two_disputes):
    window = show(qtbot, DisputesWindow(office, user, TODAY))
    assert not window.go_button.isVisible()  # nobody to hand the account to
    window.table.selectRow(1)
    close = window.close_selected()
    assert close.withdrawn.isChecked() and not close.withdrawn.isEnabled()
    type_into(qtbot, close.outcome, "The debtor found the receipt; withdrawn by phone.")
    ok(qtbot, close)
    assert not close.isVisible(), close.error_label.text()
    [ann] = account_disputes(office, ANN)
    assert ann.status is DisputeStatus.WITHDRAWN
    assert get_account_detail(office, ANN, as_of=TODAY).status is AccountStatus.ACTIVE
    assert cells(window.table, 2) == ["RFM-000001"]


def test_double_click_goes_to_the_account(qtbot, office, user, two_disputes):
    gone_to: list[int] = []
    window = show(qtbot, DisputesWindow(office, user, TODAY, on_open_account=gone_to.append))
    table = window.table
    rect = table.visualRect(table.model().index(1, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert gone_to == [ANN]
    assert not window.isVisible()


def test_refresh_shows_a_dispute_recorded_elsewhere(qtbot, office, user):
    window = show(qtbot, DisputesWindow(office, user, TODAY))
    assert window.table.rowCount() == 0
    dispute(office, user, LEE)
    click(qtbot, window.refresh_button)
    assert cells(window.table, 2) == ["CVW-000003"]


def test_the_window_remembers_its_size(qtbot, office, user, settings):
    window = show(qtbot, DisputesWindow(office, user, TODAY, settings=settings))
    window.resize(700, 400)
    click(qtbot, window.close_button)
    again = show(qtbot, DisputesWindow(office, user, TODAY, settings=settings))
    assert (again.width(), again.height()) == (700, 400)


# --- one account's disputes -----------------------------------------------------------------


def test_account_panel_asks_the_window_to_act(qtbot, office, user):
    panel = show(qtbot, AccountDisputesPanel())
    assert not panel.act_record.isEnabled()  # no account shown yet
    panel.set_disputes(account_disputes(office, JOSE))
    assert panel.empty.isVisible() and not panel.table.isVisible()
    assert panel.act_record.isEnabled()
    assert not panel.act_verification.isEnabled() and not panel.act_resolve.isEnabled()
    with qtbot.waitSignal(panel.recordRequested):
        panel.act_record.trigger()

    dispute_id = dispute(office, user, JOSE)
    panel.set_disputes(account_disputes(office, JOSE))
    assert panel.table.isVisible() and panel.table.item(0, 1).text() == "Open"
    assert panel.selected().id == dispute_id  # the open one is selected
    assert not panel.act_record.isEnabled()  # one open dispute at a time
    with qtbot.waitSignal(panel.verificationRequested) as asked:
        panel.act_verification.trigger()
    assert asked.args[0].id == dispute_id
    with qtbot.waitSignal(panel.resolveRequested) as asked:
        panel.act_resolve.trigger()
    assert asked.args[0].id == dispute_id

    panel.table.clearSelection()
    assert panel.selected() is None
    assert not panel.act_verification.isEnabled() and not panel.act_resolve.isEnabled()
    panel.clear()
    assert not panel.act_record.isEnabled()


def test_the_panel_dialogs_close_the_dispute(qtbot, office, user):
    dispute_id = dispute(office, user, JOSE)
    [view] = account_disputes(office, JOSE)
    dialog = show(qtbot, VerificationSentDialog(office, view, user, TODAY))
    dialog.sent_on.setDate(dialog.sent_on.date().addDays(-1))
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    [view] = account_disputes(office, JOSE)
    assert view.verification_sent_on == TODAY - timedelta(days=1)
    dialog = show(qtbot, CloseDisputeDialog(office, view, user, TODAY))
    click_box(qtbot, dialog.withdrawn)
    type_into(qtbot, dialog.outcome, "Withdrawn in writing.")
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert list_disputes(office) == ()
    [view] = account_disputes(office, JOSE)
    assert view.id == dispute_id and view.status is DisputeStatus.WITHDRAWN


# --- the statute of limitations -------------------------------------------------------------


def test_change_new_york_to_six_years_then_reset(qtbot, office, user):
    dialog = show(qtbot, StatuteDialog(office, user))
    assert "confirm them with your attorney" in dialog.note.text()
    ny = dialog.years["NY"]
    row = sorted(dialog.years).index("NY")
    assert dialog.table.item(row, 0).text() == "NY"
    assert dialog.table.item(row, 2).text() == "3"
    assert not dialog.table.item(row, 0).font().bold()
    ny.setFocus()
    ny.lineEdit().selectAll()
    qtbot.keyClicks(ny, "6")
    assert ny.value() == 6
    assert dialog.table.item(row, 0).font().bold()
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    table = get_statute_table(office)
    assert table["NY"] == (6, True)
    assert table["CA"] == (4, False)

    dialog = show(qtbot, StatuteDialog(office, user))
    assert dialog.years["NY"].value() == 6
    click(qtbot, dialog.reset_button)
    assert dialog.years["NY"].value() == 3
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert get_statute_table(office)["NY"] == (3, False)
    assert not any(overridden for _, overridden in get_statute_table(office).values())


def test_cancel_saves_nothing(qtbot, office, user):
    dialog = show(qtbot, StatuteDialog(office, user))
    dialog.years["TX"].setValue(9)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert get_statute_table(office)["TX"] == (4, False)
