"""The one owner of an account's status: every change of ``Account.status`` goes through here.

Two kinds of move reach an account:

* the collector's own choice (``by_hand=True``, from the Change status dialog): only the moves
  in the models' ``ALLOWED_TRANSITIONS`` are offered and accepted, and each is written to the
  audit trail as ``status_changed`` with the collector's reason;
* the app's own follow-up to something that happened (a plan kept, broken, cancelled or
  reopened; a promise; a dispute opened or answered; a letter sent or a contact logged). These
  may also make the few ``SYSTEM_TRANSITIONS`` below, which a collector may not choose by hand.
  They add no audit event of their own: the operation that caused them already writes its
  audit event or history note (which names the change), and the move is logged here with who
  and why.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from collectorpro.core.errors import InvalidTransition
from collectorpro.core.i18n import label, translate
from collectorpro.models import Account
from collectorpro.models.enums import ALLOWED_TRANSITIONS, AccountStatus
from collectorpro.services.office import audit

log = logging.getLogger(__name__)

_S = AccountStatus

# Moves the app itself makes that a collector may not choose by hand:
# - a reversed payment reopens a completed plan, whatever the account became meanwhile
#   (paid, settled, written off, closed, on hold, with an agency or in legal), and a balance
#   owed again on a paid or settled account with an active plan puts it back on the plan;
# - a plan fulfilled by payments settles or pays the account even when it had already been
#   marked paid, settled, written off or closed.
SYSTEM_TRANSITIONS: dict[AccountStatus, frozenset[AccountStatus]] = {
    _S.PAID: frozenset({_S.PLAN, _S.SETTLED}),
    _S.SETTLED: frozenset({_S.PLAN, _S.PAID}),
    _S.WRITTEN_OFF: frozenset({_S.PLAN, _S.PAID, _S.SETTLED}),
    _S.CLOSED: frozenset({_S.PLAN, _S.PAID, _S.SETTLED}),
    _S.HOLD: frozenset({_S.PLAN}),
    _S.AGENCY: frozenset({_S.PLAN}),
    _S.LEGAL: frozenset({_S.PLAN}),
}


def may_move(old: AccountStatus, new: AccountStatus, *, by_hand: bool = False) -> bool:
    """Whether an account that is ``old`` may become ``new`` (by the collector, or by the app)."""
    if new in ALLOWED_TRANSITIONS[old]:
        return True
    return not by_hand and new in SYSTEM_TRANSITIONS.get(old, frozenset())


def move_status(
    session: Session,
    account: Account,
    new_status: AccountStatus,
    *,
    user_id: int | None,
    reason: str,
    by_hand: bool = False,
) -> bool:
    """Move the account to ``new_status`` in the caller's transaction; True if it moved.

    An unchanged status is left alone (False) for the app's own moves; a collector choosing the
    status the account already has is refused like any move the table does not list. An
    illegal move raises ``InvalidTransition`` naming both statuses and changes nothing.
    A move by hand is audited as ``status_changed`` with ``reason``; the app's own moves are
    logged with who and why, their operation's audit event or note being the lasting record.
    """
    new_status = AccountStatus(new_status)
    old = account.status
    if new_status is old and not by_hand:
        return False
    if not may_move(old, new_status, by_hand=by_hand):
        raise InvalidTransition(
            translate("Accounts", "An account that is {old} cannot be moved to {new}.").format(
                old=label(old).lower(), new=label(new_status).lower()
            )
        )
    account.status = new_status
    reason = reason.strip()
    if by_hand:
        summary = f"Status {old.value} → {new_status.value}"
        audit.record(
            session,
            user_id=user_id,
            action="status_changed",
            entity="account",
            entity_id=account.id,
            summary=f"{summary}: {reason}" if reason else summary,
        )
    else:
        log.info(
            "Account %s status %s → %s by user %s: %s",
            account.account_number,
            old.value,
            new_status.value,
            user_id,
            reason,
        )
    return True
