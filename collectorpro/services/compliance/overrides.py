"""A manager's written permission to make a contact the rules stop, and its record.

The collector names the manager and writes why; the permission is kept (append-only) with the
contact it allowed and in the audit trail, so the office can show who allowed what, and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models import Account, ContactOverride, User
from collectorpro.models.enums import UserRole
from collectorpro.services.compliance.rules import Decision
from collectorpro.services.office import audit

__all__ = ["MIN_OVERRIDE_REASON", "ContactBlocked", "Override", "check_override", "record_override"]

MIN_OVERRIDE_REASON = 15


class ContactBlocked(DomainError):
    """The contact rules stop this contact; ``decision`` says which rules and why.

    ``message`` is an already translated sentence with a ``{reasons}`` placeholder (and any
    other placeholder named in ``values``); by default "This contact may not be made now: …".
    """

    def __init__(self, decision: Decision, message: str | None = None, **values: str) -> None:
        self.decision = decision
        reasons = "; ".join(f.reason for f in decision.blocks)
        if message is None:
            message = translate("Overrides", "This contact may not be made now: {reasons}")
        super().__init__(message.format(reasons=reasons, **values))


@dataclass(frozen=True)
class Override:
    """A manager's permission to send despite the guard, with the reason in writing."""

    manager_user_id: int
    reason: str


def check_override(session: Session, override: Override) -> User:
    manager = session.get(User, override.manager_user_id)
    if manager is None or not manager.active:
        raise ValidationError(
            translate("Overrides", "Choose the manager who allows this."), field="manager"
        )
    if manager.role not in (UserRole.MANAGER, UserRole.ADMIN):
        raise ValidationError(
            translate(
                "Overrides",
                "{name} is a collector; only a manager may allow a contact the rules stop.",
            ).format(name=manager.name),
            field="manager",
        )
    if len(override.reason.strip()) < MIN_OVERRIDE_REASON:
        raise ValidationError(
            translate(
                "Overrides", "Write the reason in a full sentence; it goes into the audit trail."
            ),
            field="reason",
        )
    return manager


def record_override(
    session: Session,
    *,
    account: Account,
    channel: str,
    decision: Decision,
    override: Override,
    user_id: int | None,
    interaction_id: int | None,
) -> None:
    """Keep the manager's permission with the contact it allowed."""
    manager = check_override(session, override)
    rules = ",".join(f.rule for f in decision.blocks)
    session.add(
        ContactOverride(
            account_id=account.id,
            channel=channel,
            rules=rules,
            reason=override.reason.strip(),
            manager_user_id=manager.id,
            user_id=user_id,
            interaction_id=interaction_id,
        )
    )
    audit.record(
        session,
        user_id=user_id,
        action="contact_override",
        entity="account",
        entity_id=account.id,
        summary=f"{channel.capitalize()} on account {account.account_number} allowed by "
        f"{manager.name} despite {rules}: {override.reason.strip()}",
    )
