"""The import wizard: choose the file, match the columns, check the rows, import, see the result."""

from __future__ import annotations

import random
import time

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import func, select

from collectorpro.models import Account, ImportBatch, Payment
from collectorpro.services.importing.profiles import list_profiles
from collectorpro.services.importing.run import ImportCancelled
from collectorpro.services.office.database import open_database
from collectorpro.ui.import_wizard import ImportWizard, check_page, file_page, finish_page
from tests.factories import TODAY, make_account, make_user

HEADER = "Acct #,Patient Name,Address,City,ST,Zip,Home Phone,Balance Due,DOS\n"
ROWS = [
    'A-100,"Munoz, Jose",12 Elm St,Albany,NY,12207,(518) 555-0142,"$1,250.00",03/02/2026\n',
    'A-101,"Smith, Ann",4 Oak Ave,Troy,NY,12180,518-555-0199,$75.50,04/25/2026\n',
    'A-102,"Bad, Amount",1 Main St,Albany,NY,12207,,"12,50.0x",03/02/2026\n',
]
CREDITOR = "Riverside Family Medicine"


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "x.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def user(db):
    return make_user(db, "Kim Park")


@pytest.fixture
def open_wizard(qtbot, db, user, settings, shown_messages, monkeypatch):
    """A wizard whose Browse… answers with the given file."""

    def make(path, kind="accounts"):
        wizard = ImportWizard(db, user, TODAY, settings=settings, kind=kind)
        qtbot.addWidget(wizard)
        monkeypatch.setattr(wizard, "ask_file", lambda: path)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_box(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def button(wizard, which):
    return wizard.button(getattr(QWizard.WizardButton, which))


def next_page(qtbot, wizard):
    click(qtbot, button(wizard, "NextButton"))


def choose(qtbot, wizard, creditor=CREDITOR):
    click(qtbot, wizard.file_page.browse)
    wait_for_file(qtbot, wizard)
    if creditor:
        qtbot.keyClicks(wizard.file_page.creditor.lineEdit(), creditor)


def wait_for_file(qtbot, wizard):
    """The file is read in the background; Next waits for it too."""
    qtbot.waitUntil(lambda: not wizard.file_page.busy)


def wait_for_check(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.busy and wizard.check_page.result.text() != "")
    assert wizard.preview is not None


def mapped(wizard):
    """Heading -> field key, as the mapping page shows it."""
    headers = wizard.info.headers
    return {headers[i]: key for i, key in wizard.mapping_page.columns().items()}


def preview_headers(wizard):
    table = wizard.mapping_page.preview
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def preview_cell(wizard, row, heading):
    table = wizard.mapping_page.preview
    item = table.item(row, preview_headers(wizard).index(heading))
    return item.text() if item else ""


def count(db, model):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_import_accounts_from_start_to_finish(qtbot, open_wizard, db, tmp_path, settings):
    path = write(tmp_path, "accounts.csv", HEADER + "".join(ROWS))
    wizard = open_wizard(path)
    done = []
    wizard.on_done = lambda: done.append(True)
    page = wizard.file_page
    assert not button(wizard, "NextButton").isEnabled()
    choose(qtbot, wizard, creditor="")
    assert page.detected.text() == (
        "UTF-8 text, separated by commas, 3 rows, first row holds the column names"
    )
    assert settings.value("import/lastDir") == str(tmp_path)
    assert not button(wizard, "NextButton").isEnabled()  # accounts need their creditor
    qtbot.keyClicks(page.creditor.lineEdit(), CREDITOR)
    assert page.is_new_creditor() and page.service.isVisible()
    assert button(wizard, "NextButton").isEnabled()

    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapped(wizard) == {
        "Acct #": "account_number",
        "Patient Name": "debtor_name",
        "Address": "address_line1",
        "City": "city",
        "ST": "state",
        "Zip": "zip_code",
        "Home Phone": "phone",
        "Balance Due": "balance",
        "DOS": "service_date",
    }
    assert mapping.combos[7].currentText() == "Balance"
    assert mapping.table.item(0, 0).text() == "Acct #"
    assert [mapping.table.item(0, c).text() for c in (1, 2, 3)] == ["A-100", "A-101", "A-102"]
    assert mapping.missing.text() == ""
    assert preview_cell(wizard, 0, "Debtor name") == "Jose Munoz"
    assert preview_cell(wizard, 0, "Balance") == "$1,250.00"
    assert preview_cell(wizard, 1, "Service date") == "4/25/26"
    assert mapping.problem_text(2) == "Balance Due: not an amount"
    assert mapping.preview.item(2, 1).foreground().color().name() == "#b3261e"
    assert mapping.problem_text(1) == ""

    # days first: 04/25/2026 is no longer a date, and the preview says so at once
    mapping.date_order.setCurrentIndex(mapping.date_order.findData("DMY"))
    assert mapping.problem_text(1).startswith("DOS:")
    mapping.date_order.setCurrentIndex(mapping.date_order.findData("MDY"))
    # the DOS column left out: its field leaves the preview
    mapping.combos[8].setCurrentIndex(0)
    assert "Service date" not in preview_headers(wizard)
    # the balance column left out: Balance is still to choose, and Next waits for it
    mapping.combos[7].setCurrentIndex(0)
    assert "Balance" in mapping.missing.text()
    assert not button(wizard, "NextButton").isEnabled()
    mapping.combos[7].setCurrentIndex(mapping.combos[7].findData("balance"))
    mapping.combos[8].setCurrentIndex(mapping.combos[8].findData("service_date"))
    assert "Service date" in preview_headers(wizard) and mapping.missing.text() == ""

    next_page(qtbot, wizard)
    check = wizard.check_page
    wait_for_check(qtbot, wizard)
    assert check.result.text() == "2 rows can be imported, 1 has problems"
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "4"
    assert check.problems.item(0, 1).text() == "Balance Due"
    assert check.update_existing.isChecked() and check.duplicates.isVisible()
    assert not button(wizard, "NextButton").isEnabled()
    click_box(qtbot, check.valid_only)
    assert check.valid_only.isChecked() and button(wizard, "NextButton").isEnabled()

    next_page(qtbot, wizard)
    finish = wizard.finish_page
    assert "2 accounts from accounts.csv" in finish.plan.text()
    assert "accounts-rejects.csv" in finish.plan.text()
    assert finish.profile_name.text() == ""
    qtbot.keyClicks(finish.profile_name, "Riverside monthly")
    click(qtbot, button(wizard, "CommitButton"))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    summary = wizard.result_page.summary_label.text()
    assert "2 created" in summary and "1 rejected" in summary
    assert wizard.summary is not None and wizard.summary.created == 2
    assert (tmp_path / "accounts-rejects.csv").exists()
    assert "accounts-rejects.csv" in wizard.result_page.details.text()
    assert not wizard.result_page.unmatched.isVisible()
    assert done == [True]
    assert count(db, Account) == 2
    [profile] = list_profiles(db, "accounts")
    assert profile.name == "Riverside monthly" and profile.mapping["balance"] == "Balance Due"
    assert not button(wizard, "BackButton").isEnabled()
    click(qtbot, button(wizard, "FinishButton"))
    assert not wizard.isVisible()

    # next month: the saved profile maps the file, whatever the order of its columns
    moved = "DOS,Balance Due,Acct #,Patient Name,Address,City,ST,Zip,Home Phone\n"
    path2 = write(tmp_path, "december.csv", moved + '03/02/2026,$20.00,A-200,"Lee, Kim",,,,,\n')
    again = open_wizard(path2)
    again.file_page.profile.setCurrentIndex(again.file_page.profile.findText("Riverside monthly"))
    wait_for_file(qtbot, again)
    choose(qtbot, again)
    assert again.profile is not None
    assert again.file_page.creditor.findText(CREDITOR) >= 0  # on file now
    assert not again.file_page.is_new_creditor() and not again.file_page.service.isVisible()
    next_page(qtbot, again)
    assert mapped(again) == {
        "Acct #": "account_number",
        "Patient Name": "debtor_name",
        "Address": "address_line1",
        "City": "city",
        "ST": "state",
        "Zip": "zip_code",
        "Home Phone": "phone",
        "Balance Due": "balance",
        "DOS": "service_date",
    }
    assert again.mapping_page.combos[0].currentData() == "service_date"


def test_a_profile_chosen_after_the_file_maps_it_too(qtbot, open_wizard, db, tmp_path):
    from collectorpro.services.importing.mapping import profile_from_mapping
    from collectorpro.services.importing.profiles import save_profile

    headers = ("Ref", "Who", "Owed")
    profile = profile_from_mapping(
        "Odd export", "accounts", headers, {0: "account_number", 1: "debtor_name", 2: "balance"}
    )
    save_profile(db, profile, user_id=None)
    path = write(tmp_path, "odd.csv", "Ref,Who,Owed\nX1,Ann Smith,10.00\n")
    make_account(db)  # Riverside Family Medicine is on file
    wizard = open_wizard(path)
    choose(qtbot, wizard, creditor="riverside family medicine")
    assert wizard.file_page.creditor_name() == CREDITOR  # spelled as on file
    assert not wizard.file_page.is_new_creditor()
    wizard.file_page.profile.setCurrentIndex(1)
    wait_for_file(qtbot, wizard)
    next_page(qtbot, wizard)
    assert mapped(wizard) == {"Ref": "account_number", "Who": "debtor_name", "Owed": "balance"}
    next_page(qtbot, wizard)
    wait_for_check(qtbot, wizard)
    assert not wizard.check_page.valid_only.isVisible()
    assert wizard.check_page.result.text() == "The row can be imported; it has no problems."
    next_page(qtbot, wizard)
    assert wizard.finish_page.profile_name.text() == "Odd export"
    assert "will be updated" in wizard.finish_page.profile_note.text()


def test_payments_that_match_no_account_are_listed(qtbot, open_wizard, db, tmp_path):
    account_id = make_account(db, number="RFM-000002", first="Ann", last="Smith")
    path = write(
        tmp_path,
        "lockbox.csv",
        "Account Number,Amount Paid,Payment Date,Check Number,Payer\n"
        "RFM-000002,100.00,11/20/2026,1234,Ann Smith\n"
        "ZZZ-999,50.00,11/20/2026,1235,Bo Diaz\n",
    )
    wizard = open_wizard(path, kind="payments")
    assert wizard.file_page.payments.isChecked()
    assert not wizard.file_page.creditor.isVisible()
    choose(qtbot, wizard, creditor="")
    assert button(wizard, "NextButton").isEnabled()
    next_page(qtbot, wizard)
    assert set(mapped(wizard).values()) == {
        "account_number",
        "amount",
        "paid_on",
        "reference",
        "payer_name",
    }
    next_page(qtbot, wizard)
    wait_for_check(qtbot, wizard)
    assert wizard.check_page.result.text() == "All 2 rows can be imported; none has problems."
    assert not wizard.check_page.duplicates.isVisible()
    next_page(qtbot, wizard)
    click(qtbot, button(wizard, "CommitButton"))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    page = wizard.result_page
    assert page.summary_label.text() == ("1 payments posted, 1 to resolve by hand, 0 rejected.")
    assert page.unmatched.isVisible() and page.unmatched.rowCount() == 1
    assert [page.unmatched.item(0, c).text() for c in range(3)] == [
        "3",
        "ZZZ-999",
        "no account ZZZ-999",
    ]
    assert count(db, Payment) == 1
    assert account_id


def test_cancel_during_the_import_writes_nothing(qtbot, open_wizard, db, tmp_path, monkeypatch):
    real = finish_page.import_accounts

    def slow(db, info, columns, **kw):
        deadline = time.monotonic() + 10
        while not kw["cancelled"]() and time.monotonic() < deadline:  # a long import
            time.sleep(0.01)
        return real(db, info, columns, **kw)

    monkeypatch.setattr(finish_page, "import_accounts", slow)
    done = []
    # enough rows for the import to look at Cancel on its way (it does every 200 rows)
    rows = [f'B-{n},"Doe, Pat",,,,,,$10.00,03/02/2026\n' for n in range(250)]
    path = write(tmp_path, "big.csv", HEADER + "".join(rows) + ROWS[2])
    wizard = open_wizard(path)
    wizard.on_done = lambda: done.append(True)
    choose(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_for_check(qtbot, wizard)
    assert wizard.check_page.result.text() == "250 rows can be imported, 1 has problems"
    click_box(qtbot, wizard.check_page.valid_only)
    next_page(qtbot, wizard)
    click(qtbot, button(wizard, "CommitButton"))
    finish = wizard.finish_page
    assert wizard.busy and finish.work.isVisible()
    assert not button(wizard, "BackButton").isEnabled()
    assert not button(wizard, "CommitButton").isEnabled()
    click(qtbot, finish.work.cancel_button)
    qtbot.waitUntil(lambda: not wizard.busy)
    assert finish.error.text() == "The import was cancelled; nothing was changed."
    assert wizard.currentPage() is finish and wizard.summary is None
    assert count(db, Account) == 0 and count(db, ImportBatch) == 0
    assert not (tmp_path / "big-rejects.csv").exists()
    assert done == []
    assert button(wizard, "CommitButton").isEnabled()  # and it can be tried again


def test_closing_the_wizard_during_the_import_cancels_it(
    qtbot, open_wizard, db, tmp_path, monkeypatch
):
    real = finish_page.import_accounts
    started = []

    def slow(db, info, columns, **kw):
        started.append(True)
        deadline = time.monotonic() + 10
        while not kw["cancelled"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(db, info, columns, **kw)

    monkeypatch.setattr(finish_page, "import_accounts", slow)
    rows = [f'B-{n},"Doe, Pat",,,,,,$10.00,03/02/2026\n' for n in range(250)]
    wizard = open_wizard(write(tmp_path, "big.csv", HEADER + "".join(rows)))
    choose(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_for_check(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, button(wizard, "CommitButton"))
    qtbot.waitUntil(lambda: bool(started))
    click(qtbot, button(wizard, "CancelButton"))
    assert wizard.isVisible()  # until the import has stopped
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert count(db, Account) == 0


def test_going_back_during_the_check_drops_it(qtbot, open_wizard, tmp_path, monkeypatch):
    real = check_page.preview_import
    calls = []

    def slow(info, columns, **kw):
        calls.append(True)
        if len(calls) == 1:  # the first check runs until it is cancelled
            while not kw["cancelled"]():
                time.sleep(0.01)
            raise ImportCancelled
        return real(info, columns, **kw)

    monkeypatch.setattr(check_page, "preview_import", slow)
    wizard = open_wizard(write(tmp_path, "accounts.csv", HEADER + "".join(ROWS)))
    choose(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.busy and wizard.check_page.work.isVisible()
    click(qtbot, button(wizard, "BackButton"))
    assert wizard.currentPage() is wizard.mapping_page and not wizard.busy
    next_page(qtbot, wizard)
    wait_for_check(qtbot, wizard)
    assert len(calls) == 2
    assert wizard.check_page.result.text() == "2 rows can be imported, 1 has problems"


def test_a_workbook_shows_its_sheets(qtbot, open_wizard, tmp_path):
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Printed on", "11/24/2026"])
    sheet = book.create_sheet("Accounts")
    sheet.append(["Acct #", "Patient Name", "Balance Due"])
    sheet.append(["A-100", "Munoz, Jose", 1250.0])
    path = tmp_path / "export.xlsx"
    book.save(path)
    wizard = open_wizard(path)
    choose(qtbot, wizard)
    page = wizard.file_page
    assert page.detected.text().startswith("Excel workbook, sheet Notes")
    assert page.sheet.isVisible()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Notes", "Accounts"]
    page.sheet.setCurrentIndex(1)
    page.sheet.activated.emit(1)  # as when chosen from the list
    wait_for_file(qtbot, page.w)
    assert page.detected.text().startswith("Excel workbook, sheet Accounts, 1 row")
    next_page(qtbot, wizard)
    assert mapped(wizard) == {
        "Acct #": "account_number",
        "Patient Name": "debtor_name",
        "Balance Due": "balance",
    }
    assert wizard.mapping_page.table.item(2, 1).text() == "1250"


def test_a_file_that_is_not_a_table_is_refused_on_the_first_page(qtbot, open_wizard, tmp_path):
    path = tmp_path / "scan.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    wizard = open_wizard(path)
    choose(qtbot, wizard)
    page = wizard.file_page
    assert "binary data" in page.error.text() and page.error.isVisible()
    assert page.detected.text() == ""
    assert not button(wizard, "NextButton").isEnabled()


def test_a_profile_that_does_not_fit_the_file_is_set_aside(qtbot, open_wizard, db, tmp_path):
    from collectorpro.services.importing.mapping import profile_from_mapping
    from collectorpro.services.importing.profiles import save_profile

    profile = profile_from_mapping(
        "Old workbook",
        "accounts",
        ("Acct #", "Patient Name", "Balance Due"),
        {0: "account_number", 1: "debtor_name", 2: "balance"},
        sheet="Placements",
    )
    save_profile(db, profile, user_id=None)
    book = Workbook()
    book.active.title = "Accounts"
    book.active.append(["Acct #", "Patient Name", "Balance Due"])
    book.active.append(["A-100", "Munoz, Jose", 1250.0])
    path = tmp_path / "export.xlsx"
    book.save(path)
    wizard = open_wizard(path)
    page = wizard.file_page
    page.profile.setCurrentIndex(page.profile.findText("Old workbook"))
    wait_for_file(qtbot, page.w)
    choose(qtbot, wizard)
    assert "does not fit this file" in page.warning.text() and "Placements" in page.warning.text()
    assert page.error.text() == ""
    assert page.detected.text().startswith("Excel workbook, sheet Accounts")
    next_page(qtbot, wizard)
    assert mapped(wizard) == {
        "Acct #": "account_number",
        "Patient Name": "debtor_name",
        "Balance Due": "balance",
    }


def test_the_file_is_read_in_the_background_and_the_latest_choice_wins(
    qtbot, open_wizard, tmp_path, monkeypatch
):
    slow = write(tmp_path, "slow.csv", HEADER + ROWS[0])
    quick = write(tmp_path, "quick.csv", HEADER + "".join(ROWS[:2]))
    real_inspect = file_page.inspect

    def inspect(path, **options):
        if path == slow:
            time.sleep(0.5)  # a large workbook opening
        return real_inspect(path, **options)

    monkeypatch.setattr(file_page, "inspect", inspect)
    wizard = open_wizard(slow)
    page = wizard.file_page
    click(qtbot, page.browse)
    assert page.busy and page.reading.isVisible()
    assert not button(wizard, "NextButton").isEnabled()  # Next waits for the file
    page.load(quick)  # the person picks another file before the first is read
    wait_for_file(qtbot, wizard)
    qtbot.wait(700)  # the slow read finishes too, and is ignored
    assert wizard.info is not None and wizard.info.path == quick
    assert "2 rows" in page.detected.text() and not page.reading.isVisible()


def test_closing_while_the_file_is_read_drops_the_read(qtbot, open_wizard, tmp_path, monkeypatch):
    slow = write(tmp_path, "slow.csv", HEADER + ROWS[0])
    real_inspect = file_page.inspect
    monkeypatch.setattr(
        file_page, "inspect", lambda path, **o: time.sleep(0.3) or real_inspect(path, **o)
    )
    wizard = open_wizard(slow)
    click(qtbot, wizard.file_page.browse)
    wizard.reject()
    qtbot.wait(500)
    assert not wizard.isVisible() and wizard.info is None
