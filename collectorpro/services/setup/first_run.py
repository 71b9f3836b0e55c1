"""The very first start: a new office's database, or the demo office to look around in.

Both leave nothing behind when they fail or are cancelled, so the next start asks again
instead of opening a half-made office.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models import Account, User
from collectorpro.models.db import Database
from collectorpro.models.enums import UserRole
from collectorpro.services.accounts.contact_points import US_STATES, normalize_phone
from collectorpro.services.compliance.timezones import zone_info
from collectorpro.services.office import audit
from collectorpro.services.office.database import ensure_default_user, open_database
from collectorpro.services.office.settings import OfficeProfile, save_office_profile
from collectorpro.services.setup.demo import generate_demo

__all__ = [
    "build_demo_office",
    "needs_first_run",
    "set_up_office",
    "setup_problems",
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_USER_NAME_LENGTH = 120  # users.name
# SQLite's companions of a database file (WAL mode, and a rollback journal if one was left)
_SIDE_FILES = ("-wal", "-shm", "-journal")


def needs_first_run(path: Path | str) -> bool:
    """No office database yet: the welcome decides what to create."""
    return not Path(path).exists()


def setup_problems(profile: OfficeProfile, first_user: str) -> dict[str, str]:
    """What keeps this office from being set up, by field, in plain words (empty: nothing)."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = translate(
            "FirstRun", "Enter the office's name; it heads every letter and receipt."
        )
    if not first_user.strip():
        problems["first_user"] = translate(
            "FirstRun", "Enter your name; CollectorPro records your work under it."
        )
    elif len(first_user.strip()) > _USER_NAME_LENGTH:
        problems["first_user"] = translate(
            "FirstRun", "Use at most {limit} characters for your name."
        ).format(limit=_USER_NAME_LENGTH)
    if profile.phone.strip():
        try:
            normalize_phone(profile.phone)
        except ValidationError as exc:
            # {problem} is the whole sentence saying what is wrong with the number
            problems["phone"] = translate(
                "FirstRun", "{problem} Use the office's number, like (518) 555-0199."
            ).format(problem=exc)
    if profile.email.strip() and not _EMAIL.match(profile.email.strip()):
        problems["email"] = translate(
            "FirstRun", "“{email}” is not an email address, like office@example.com."
        ).format(email=profile.email.strip())
    if profile.state and profile.state not in US_STATES:
        problems["state"] = translate(
            "FirstRun", "“{state}” is not a US state code such as NY."
        ).format(state=profile.state)
    try:
        zone_info(profile.time_zone)
    except ValidationError as exc:
        problems["time_zone"] = str(exc)
    if profile.logo_path and not Path(profile.logo_path).is_file():
        problems["logo_path"] = translate(
            "FirstRun", "There is no file at {path}. Choose the logo again."
        ).format(path=profile.logo_path)
    return problems


def set_up_office(
    path: Path | str,
    profile: OfficeProfile,
    first_user: str,
    *,
    backup_dir: Path | None = None,
) -> Database:
    """Create the office's database at ``path`` with its profile and first user, a manager.

    The file must not exist yet. On any failure nothing is left at ``path``; a DomainError or
    StorageError keeps its message for the person.
    """
    path = Path(path)
    problems = setup_problems(profile, first_user)
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)
    if path.exists():
        raise StorageError(
            translate(
                "FirstRun",
                "{path} already exists. CollectorPro will not set up a new office over it.",
            ).format(path=path)
        )
    with _removed_on_failure(path):
        db = open_database(path, backup_dir=backup_dir)
        try:
            user_id = _make_first_user(db, first_user.strip())
            save_office_profile(db, profile, user_id=user_id)
        except BaseException:
            db.dispose()
            raise
    return db


def _make_first_user(db: Database, name: str) -> int:
    """The office's manager becomes its first user.

    Opening the database already made a placeholder "Office manager" for the work to be
    recorded under; the person who set up the office takes its place rather than sitting
    beside it, so the window starts as them and there is one manager, not two.
    """
    placeholder_id = ensure_default_user(db)
    with db.write() as session:
        user = session.get(User, placeholder_id)
        if user is None or session.scalar(select(func.count(User.id))) != 1:
            user = User(name=name, role=UserRole.MANAGER)
            session.add(user)
        user.name = name
        user.role = UserRole.MANAGER
        user.active = True
        session.flush()
        audit.record(
            session,
            user_id=user.id,
            action="user_created",
            entity="user",
            entity_id=user.id,
            summary=f"{name} set up the office and is its manager",
        )
        return user.id


Progress = Callable[[int, int], None]


def build_demo_office(
    path: Path | str,
    *,
    accounts: int,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    backup_dir: Path | None = None,
) -> bool:
    """Make ``path`` a demo office of ``accounts`` sample accounts; False when cancelled.

    A demo office already at ``path`` is kept as it is (a person may have worked in it).
    A file this call creates is removed again if the build fails or is cancelled.
    """
    path = Path(path)
    is_new = not path.exists()
    with _removed_on_failure(path) if is_new else _nothing():
        db = open_database(path, backup_dir=backup_dir)
        try:
            with db.read() as session:
                has_accounts = bool(session.scalar(select(func.count(Account.id))))
            if not has_accounts:
                generate_demo(db, accounts=accounts, today=today, progress=progress)
        finally:
            db.dispose()
        if cancelled is not None and cancelled():
            if is_new:
                _remove(path)
            return False
    return True


@contextmanager
def _removed_on_failure(path: Path) -> Iterator[None]:
    try:
        yield
    except BaseException as exc:
        try:
            _remove(path)
        except OSError as cleanup:
            if isinstance(exc, DomainError | StorageError):
                # {problem} is the whole message of the failure that stopped the setup
                raise StorageError(
                    translate(
                        "FirstRun",
                        "{problem} The unfinished file {path} could not be removed ({reason}); "
                        "delete it before trying again.",
                    ).format(problem=exc, path=path, reason=cleanup)
                ) from exc
        raise


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _remove(path: Path) -> None:
    for side in _SIDE_FILES:
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
