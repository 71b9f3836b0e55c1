"""The first start: the welcome sets up an office, builds the demo, or creates nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from collectorpro.core import paths
from collectorpro.core.errors import StorageError, ValidationError
from collectorpro.models.enums import UserRole
from collectorpro.services.accounts.listing import AccountQuery, summarize
from collectorpro.services.office.settings import OfficeProfile, get_office_profile
from collectorpro.services.office.users import list_users
from collectorpro.services.setup import first_run
from collectorpro.services.setup.first_run import needs_first_run, set_up_office
from collectorpro.ui import app as app_module
from collectorpro.ui import office_dialogs, welcome
from collectorpro.ui.welcome import WelcomeDialog
from tests.factories import TODAY


@pytest.fixture
def dialog(qtbot, tmp_path) -> WelcomeDialog:
    d = WelcomeDialog(tmp_path / "office.sqlite3", tmp_path / "demo-office.sqlite3", TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def fill_office(qtbot, d: WelcomeDialog, *, agency: bool = True) -> None:
    qtbot.keyClicks(d.name, "Hudson Valley Billing")
    qtbot.keyClicks(d.street, "55 State Street, Suite 300")
    qtbot.keyClicks(d.city, "Albany")
    choose(d.state, "NY")
    qtbot.keyClicks(d.zip_code, "12207")
    qtbot.keyClicks(d.phone, "518-555-0199")
    qtbot.keyClicks(d.email, "office@hudsonvalley.example")
    qtbot.mouseClick(d.agency_radio if agency else d.own_bills_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.first_user, "Dana Whitfield")


def test_setting_up_the_office_saves_the_profile_and_a_manager(qtbot, dialog, tmp_path):
    fill_office(qtbot, dialog)
    choose(dialog.state, "CA")  # the time zone follows the state…
    assert dialog.time_zone.currentData() == "America/Los_Angeles"
    choose(dialog.state, "NY")
    choose(dialog.time_zone, "America/Chicago")  # …and can still be chosen by hand
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.choice == "office"
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert dialog.db is not None and dialog.db.path == tmp_path / "office.sqlite3"
    profile = get_office_profile(dialog.db)
    assert profile == OfficeProfile(
        name="Hudson Valley Billing",
        address_lines=("55 State Street, Suite 300", "Albany, NY 12207"),
        phone="(518) 555-0199",
        email="office@hudsonvalley.example",
        state="NY",
        time_zone="America/Chicago",
        is_agency=True,
        enforce_contact_rules=True,
    )
    users = list_users(dialog.db)
    assert [(u.name, u.role) for u in users] == [("Dana Whitfield", UserRole.MANAGER)]
    assert not (tmp_path / "demo-office.sqlite3").exists()
    dialog.db.dispose()


def test_an_office_collecting_its_own_bills_still_keeps_to_the_rules(qtbot, dialog):
    fill_office(qtbot, dialog, agency=False)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.db is not None
    profile = get_office_profile(dialog.db)
    assert (profile.is_agency, profile.enforce_contact_rules) == (False, True)
    dialog.db.dispose()


def test_missing_office_name_is_explained_and_nothing_is_created(qtbot, dialog, tmp_path):
    qtbot.keyClicks(dialog.first_user, "Dana Whitfield")
    qtbot.keyClicks(dialog.zip_code, "1220")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.choice is None and dialog.db is None
    errors = dialog.error_labels
    assert errors["name"].isVisible()
    assert "Enter the office's name" in errors["name"].text()
    assert errors["zip"].text() == "“1220” is not a ZIP code, like 12207."
    assert "collect for others" in errors["kind"].text()
    assert not errors["first_user"].isVisible()
    assert list(tmp_path.iterdir()) == []

    qtbot.keyClicks(dialog.name, "Hudson Valley Billing")  # fixing it clears the messages
    qtbot.keyClicks(dialog.zip_code, "7")
    qtbot.mouseClick(dialog.own_bills_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "office"
    assert not any(label.isVisible() for label in errors.values())
    dialog.db.dispose()


def test_a_logo_is_chosen_with_browse(qtbot, dialog, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(office_dialogs, "choose_logo_file", lambda _parent: str(logo))
    fill_office(qtbot, dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.logo.text() == str(logo)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert get_office_profile(dialog.db).logo_path == str(logo)
    dialog.db.dispose()


def test_exploring_the_demo_builds_it_in_its_own_file(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(welcome, "DEMO_ACCOUNTS", 30)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.progress.isVisible()
    assert not dialog.setup_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=30_000)

    assert dialog.choice == "demo"
    assert dialog.db is not None and dialog.db.path == tmp_path / "demo-office.sqlite3"
    assert summarize(dialog.db, AccountQuery(), as_of=TODAY).count == 30
    assert get_office_profile(dialog.db).name == "Hudson Valley Billing Services"
    assert not (tmp_path / "office.sqlite3").exists()
    dialog.db.dispose()


def test_closing_the_welcome_creates_nothing(qtbot, dialog, tmp_path):
    fill_office(qtbot, dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WelcomeDialog.DialogCode.Rejected
    assert dialog.choice is None and dialog.db is None
    assert list(tmp_path.iterdir()) == []


# -- the service ----------------------------------------------------------------------------


def test_needs_first_run_only_without_a_database(tmp_path):
    path = tmp_path / "office.sqlite3"
    assert needs_first_run(path)
    db = set_up_office(path, OfficeProfile(name="Our office"), "Dana Whitfield")
    db.dispose()
    assert not needs_first_run(path)


def test_set_up_office_refuses_an_existing_file(tmp_path):
    path = tmp_path / "office.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(StorageError, match="already exists"):
        set_up_office(path, OfficeProfile(name="Our office"), "Dana Whitfield")
    assert path.exists()


def test_set_up_office_needs_a_name_and_a_user(tmp_path):
    path = tmp_path / "office.sqlite3"
    with pytest.raises(ValidationError) as raised:
        set_up_office(path, OfficeProfile(name="Our office"), "  ")
    assert raised.value.field == "first_user"
    assert not path.exists()


def test_set_up_office_into_an_unwritable_folder_leaves_no_file(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root writes into any ordinary folder…
            if not Path("/proc/self").is_dir():
                pytest.skip("no folder this user cannot write into")
            folder = Path("/proc")  # …but creates no file here
        path = folder / "office.sqlite3"
        with pytest.raises(StorageError, match=r"could not be opened|may not write"):
            set_up_office(path, OfficeProfile(name="Our office"), "Dana Whitfield")
        assert not any(folder.glob("office.sqlite3*"))
    finally:
        (tmp_path / "read-only").chmod(0o755)


def test_a_failure_half_way_removes_the_half_made_file(tmp_path, monkeypatch):
    """The same promise where permissions cannot be taken away (tests running as root)."""

    def disk_full(*_args, **_kwargs):
        raise StorageError("The disk is full. Free some space and try again; nothing was changed.")

    monkeypatch.setattr(first_run, "save_office_profile", disk_full)
    path = tmp_path / "office.sqlite3"
    with pytest.raises(StorageError, match="The disk is full"):
        set_up_office(path, OfficeProfile(name="Our office"), "Dana Whitfield")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_demo_office_is_reused(tmp_path):
    path = tmp_path / "demo-office.sqlite3"
    assert first_run.build_demo_office(path, accounts=5, today=TODAY)
    size = path.stat().st_size
    assert first_run.build_demo_office(path, accounts=5, today=TODAY)
    assert path.stat().st_size == size


def test_a_cancelled_demo_leaves_no_file(tmp_path):
    path = tmp_path / "demo-office.sqlite3"
    assert not first_run.build_demo_office(path, accounts=5, today=TODAY, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


# -- starting the app -----------------------------------------------------------------------


@pytest.fixture
def fresh_install(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path)
    monkeypatch.setattr(paths, "default_database_path", lambda: tmp_path / "collectorpro.sqlite3")
    monkeypatch.setattr(
        app_module,
        "settings",
        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    return tmp_path


def test_without_a_database_the_app_welcomes_and_closing_exits(qapp, fresh_install, monkeypatch):
    asked: list[tuple[Path, Path]] = []
    monkeypatch.setattr(
        welcome, "run_welcome", lambda default, demo, **_: asked.append((default, demo)) or None
    )
    assert app_module.run_gui(None) == 0
    assert asked == [
        (fresh_install / "collectorpro.sqlite3", fresh_install / "demo-office.sqlite3")
    ]
    assert not (fresh_install / "collectorpro.sqlite3").exists()


def test_the_app_opens_the_office_the_welcome_set_up(qapp, fresh_install, monkeypatch):
    def welcomed(default: Path, _demo: Path, **_options):
        return set_up_office(default, OfficeProfile(name="Our office"), "Dana Whitfield")

    monkeypatch.setattr(welcome, "run_welcome", welcomed)
    shown: list[str] = []

    def look_and_close() -> int:
        """Stands in for the event loop: a real exec() would leave PySide unable to deliver
        the later tests' worker signals."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()
        return 0

    monkeypatch.setattr(qapp, "exec", look_and_close)
    assert app_module.run_gui(None) == 0
    assert any("CollectorPro" in title for title in shown)
    assert (fresh_install / "collectorpro.sqlite3").exists()


def test_an_explicit_database_skips_the_welcome(qapp, fresh_install, monkeypatch, shown_messages):
    monkeypatch.setattr(welcome, "run_welcome", lambda *_: pytest.fail("welcome shown"))
    bogus = fresh_install / "elsewhere.sqlite3"
    bogus.write_text("not a database")
    assert app_module.run_gui(bogus) == 2


def test_picking_spanish_shows_the_welcome_again_in_spanish(qtbot, tmp_path, monkeypatch):
    from collectorpro.ui import translation

    titles: list[str] = []
    chosen: list[str] = []

    def exec_(dialog) -> int:  # stands in for the modal loop: look, then act like a person
        qtbot.addWidget(dialog)
        titles.append(dialog.windowTitle())
        if len(titles) == 1:
            dialog.language.setCurrentIndex(dialog.language.findData("es"))
        else:
            dialog.reject()
        return 0

    def language_chosen(code: str) -> None:
        chosen.append(code)
        translation.current().apply(code)

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    try:
        db = welcome.run_welcome(
            tmp_path / "office.sqlite3", tmp_path / "demo.sqlite3", on_language=language_chosen
        )
    finally:
        translation.current().apply("en")
    assert chosen == ["es"]
    assert titles == ["Welcome to CollectorPro", "Bienvenido a CollectorPro"]
    assert db is None and not (tmp_path / "office.sqlite3").exists()


def test_choosing_the_language_already_shown_keeps_the_welcome_open(qtbot, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.isVisible() and dialog.language_choice is None
