"""Users and creditors, for pickers and filters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from collectorpro.models import Creditor, User
from collectorpro.models.db import Database
from collectorpro.models.enums import ServiceType, UserRole


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    role: UserRole


@dataclass(frozen=True)
class CreditorView:
    id: int
    name: str
    service_type: ServiceType


def list_users(db: Database) -> tuple[UserView, ...]:
    with db.read() as session:
        rows = session.scalars(select(User).where(User.active).order_by(User.name))
        return tuple(UserView(id=u.id, name=u.name, role=u.role) for u in rows)


def list_creditors(db: Database) -> tuple[CreditorView, ...]:
    with db.read() as session:
        rows = session.scalars(select(Creditor).order_by(Creditor.name))
        return tuple(CreditorView(id=c.id, name=c.name, service_type=c.service_type) for c in rows)
