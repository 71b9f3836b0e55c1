"""The audit trail: one event per change, written in the same transaction as the change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from collectorpro.models import AuditEvent, utcnow


def record(
    session: Session,
    *,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
) -> None:
    session.add(
        AuditEvent(
            occurred_at=utcnow(),
            user_id=user_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
        )
    )
