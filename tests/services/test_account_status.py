"""One owner of an account's status: every change goes through accounts.status.move_status."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import func, select

import collectorpro
from collectorpro.core.errors import InvalidTransition
from collectorpro.models import Account, AuditEvent
from collectorpro.models.enums import ALLOWED_TRANSITIONS, AccountStatus
from collectorpro.services.accounts.status import SYSTEM_TRANSITIONS, may_move, move_status
from collectorpro.services.office.database import open_database
from tests.factories import make_account, make_user

PACKAGE = Path(collectorpro.__file__).resolve().parent
OWNER = PACKAGE / "services" / "accounts" / "status.py"


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "status.sqlite3")
    yield db, make_user(db), make_account(db, balance_cents=10_000)
    db.dispose()


def _audit_count(session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_an_illegal_move_is_refused_in_the_collectors_words_and_changes_nothing(office):
    db, user, account_id = office
    with db.write() as session:
        account = session.get(Account, account_id)
        account.status = AccountStatus.CLOSED  # set-up, straight to the column
    with db.write() as session:
        account = session.get(Account, account_id)
        with pytest.raises(InvalidTransition) as caught:
            move_status(
                session, account, AccountStatus.PROMISE, user_id=user, reason="x", by_hand=True
            )
        assert str(caught.value) == "An account that is closed cannot be moved to promise."
        assert account.status is AccountStatus.CLOSED
        with pytest.raises(InvalidTransition, match="closed cannot be moved to promise"):
            move_status(session, account, AccountStatus.PROMISE, user_id=user, reason="x")
        assert account.status is AccountStatus.CLOSED
        assert _audit_count(session) == 0
    with db.read() as session:
        assert session.get(Account, account_id).status is AccountStatus.CLOSED


def test_an_allowed_move_by_hand_is_made_and_audited_with_who_and_why(office):
    db, user, account_id = office
    with db.write() as session:
        account = session.get(Account, account_id)
        moved = move_status(
            session, account, AccountStatus.HOLD, user_id=user, reason=" asked ", by_hand=True
        )
        assert moved is True
    with db.read() as session:
        assert session.get(Account, account_id).status is AccountStatus.HOLD
        event = session.scalars(select(AuditEvent)).one()
        assert (event.action, event.entity, event.entity_id, event.user_id) == (
            "status_changed",
            "account",
            account_id,
            user,
        )
        assert event.summary == "Status active → hold: asked"


def test_an_automatic_move_adds_no_audit_event_and_an_unchanged_status_is_left_alone(office):
    db, user, account_id = office
    with db.write() as session:
        account = session.get(Account, account_id)
        assert (
            move_status(session, account, AccountStatus.ACTIVE, user_id=user, reason="x") is False
        )
        assert move_status(session, account, AccountStatus.PLAN, user_id=user, reason="plan")
        assert _audit_count(session) == 0
    with db.read() as session:
        assert session.get(Account, account_id).status is AccountStatus.PLAN


def test_system_moves_are_not_open_to_the_collector():
    for old, targets in SYSTEM_TRANSITIONS.items():
        for new in targets:
            assert new not in ALLOWED_TRANSITIONS[old], (old, new)
            assert may_move(old, new)
            assert not may_move(old, new, by_hand=True)


def _direct_account_status_writes(path: Path) -> list[str]:
    """``<account>.status = …`` (also ``+=``, annotated, tuple targets) outside the owner.

    The receiver is an account when its own name (``account``, ``acct``, ``self.account``,
    ``row.account``) mentions "account" or "acct"; plans, disputes, installments and promises
    have statuses of their own and may set them.
    """

    def receiver_name(node: ast.expr) -> str:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        if isinstance(node, ast.Subscript):
            return receiver_name(node.value)
        return ""

    def targets(node: ast.AST) -> list[ast.expr]:
        if isinstance(node, ast.Assign):
            found = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            found = [node.target]
        else:
            return []
        flat: list[ast.expr] = []
        while found:
            target = found.pop()
            if isinstance(target, ast.Tuple | ast.List):
                found.extend(target.elts)
            else:
                flat.append(target)
        return flat

    hits = []
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        for target in targets(node):
            if not (isinstance(target, ast.Attribute) and target.attr == "status"):
                continue
            name = receiver_name(target.value).lower()
            if "account" in name or "acct" in name:
                hits.append(f"{path.relative_to(PACKAGE.parent)}:{target.lineno}")
    return hits


def test_only_the_owner_assigns_an_accounts_status():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert OWNER in modules
    assert _direct_account_status_writes(OWNER), "the scan no longer sees the owner's write"
    offenders = [
        hit for path in modules if path != OWNER for hit in _direct_account_status_writes(path)
    ]
    assert not offenders, (
        "Change an account's status with accounts.status.move_status, not directly: "
        + ", ".join(offenders)
    )
