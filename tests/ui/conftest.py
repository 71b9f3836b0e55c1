"""Fixtures for driving the real window: a small known office and isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings

from collectorpro.models.db import Database
from collectorpro.models.enums import ServiceType
from collectorpro.services.office.database import open_database
from collectorpro.ui import messages
from collectorpro.ui.main_window import MainWindow
from tests.factories import TODAY, make_account, make_user

# the window's clock in tests: noon in New York on TODAY, inside every calling window
NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def office(tmp_path) -> Iterator[Database]:
    db = open_database(tmp_path / "office.sqlite3")
    make_user(db, "Kim Park")
    make_account(db)  # José Muñoz, 45 days, $1,250.00, medical, NY
    make_account(
        db,
        number="RFM-000002",
        first="Ann",
        last="Smith",
        phone="+13105550188",
        email="ann.smith@example.com",
        balance_cents=5_000,
        days_late=200,
        state="CA",
    )
    make_account(
        db,
        number="CVW-000003",
        first="Lee",
        last="Wong",
        phone="+18085550123",
        email="lee@example.com",
        balance_cents=72_550,
        days_late=10,
        creditor="Cedar Valley Water & Power",
        service_type=ServiceType.UTILITY,
    )
    yield db
    db.dispose()


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """An office with one user and no accounts, for the settings dialogs."""
    database = open_database(tmp_path / "office.sqlite3")
    make_user(database, "Kim Park")
    yield database
    database.dispose()


@pytest.fixture
def shown_messages(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of shown; confirmations answer yes."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: seen.append((title, text)))
    monkeypatch.setattr(messages, "info", lambda _p, title, text: seen.append((title, text)))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: True)
    return seen


@pytest.fixture
def window(qtbot, office, settings, shown_messages) -> MainWindow:
    w = MainWindow(office, settings, today=lambda: TODAY, now=lambda: NOON_EASTERN)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # plans and promises are brought up to date in the background once the window is up
    qtbot.waitUntil(lambda: w.upkeep.done)
    return w
