"""Fixtures every test shares: a private keyring, and a demo office built once per run."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from collectorpro.services.office.database import open_database
from collectorpro.services.setup.demo import generate_demo
from tests.factories import TODAY


class MemoryKeyring(KeyringBackend):
    """Secrets stay in memory: tests never touch the real system keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    generate_demo(db, accounts=300, seed=7, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo_db_path(demo_template, tmp_path) -> Path:
    """A private copy of a 300-account demo office."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, copy)
    return copy
