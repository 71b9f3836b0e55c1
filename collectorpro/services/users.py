"""Users and creditors, for pickers and filters."""

from __future__ import annotations

from sqlalchemy import select

from collectorpro.models import Creditor, User
from collectorpro.models.db import Database
from collectorpro.services.snapshots import CreditorView, UserView


def list_users(db: Database) -> tuple[UserView, ...]:
    with db.read() as session:
        rows = session.scalars(select(User).where(User.active).order_by(User.name))
        return tuple(UserView(id=u.id, name=u.name, role=u.role) for u in rows)


def list_creditors(db: Database) -> tuple[CreditorView, ...]:
    with db.read() as session:
        rows = session.scalars(select(Creditor).order_by(Creditor.name))
        return tuple(CreditorView(id=c.id, name=c.name, service_type=c.service_type) for c in rows)
