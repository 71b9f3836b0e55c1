"""Opening an office's database: checks, migration with a backup, the first user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from collectorpro.core.errors import StorageError, storage_message
from collectorpro.core.i18n import translate
from collectorpro.models import User
from collectorpro.models.db import Database
from collectorpro.models.enums import UserRole

SQLITE_MAGIC = b"SQLite format 3\x00"


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate an office database.

    Raises StorageError with a message a person can act on when the file cannot be used.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(
            translate("Office", "{path} is a folder, not a database file.").format(path=path)
        )
    if not path.parent.exists():
        raise StorageError(
            translate("Office", "The folder {folder} does not exist.").format(folder=path.parent)
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise StorageError(
                    translate("Office", "{path} is not a CollectorPro database.").format(path=path)
                )
    db = Database(path)
    try:
        db.migrate(backup_dir=backup_dir if backup_dir is not None else path.parent / "backups")
        ensure_default_user(db)
    except (OperationalError, sqlite3.Error) as exc:
        db.dispose()
        raise StorageError(storage_message(path, exc)) from exc
    except SQLAlchemyError as exc:
        db.dispose()
        raise StorageError(
            translate("Office", "{path} could not be opened: {reason}").format(
                path=path, reason=exc
            )
        ) from exc
    return db


def ensure_default_user(db: Database) -> int:
    """Make sure there is at least one user to record actions under; return the first one."""
    with db.read() as session:
        user_id = session.scalar(select(User.id).order_by(User.id).limit(1))
    if user_id is not None:
        return user_id
    with db.write() as session:
        user = User(name="Office manager", role=UserRole.MANAGER)
        session.add(user)
        session.flush()
        return user.id
