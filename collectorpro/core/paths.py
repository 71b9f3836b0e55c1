"""Where CollectorPro keeps its files, and where its bundled resources are.

Every path the application uses comes from here, so the source checkout, an installed
package and the frozen PyInstaller bundle all agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from collectorpro import APP_AUTHOR, APP_NAME


def resources_dir() -> Path:
    """The folder holding fonts, icons, letter texts and translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "collectorpro.sqlite3"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
