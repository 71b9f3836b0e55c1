"""Disputes: the debtor says the debt is wrong. Collection stops until it is verified.

Opening a dispute puts the account on hold (status "disputed", and the contact guard blocks
collection); mailing the verification lifts the hold and the account goes back to the status
it had. A dispute ends resolved or withdrawn. Every step is logged and audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import InvalidTransition, NotFound, ValidationError
from collectorpro.core.i18n import label, translate
from collectorpro.core.money import format_money
from collectorpro.models import Account, Dispute, User, utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    ALLOWED_TRANSITIONS,
    AccountStatus,
    DisputeChannel,
    DisputeStatus,
    Outcome,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.history import add_note
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit

__all__ = [
    "DisputeView",
    "account_disputes",
    "close_dispute",
    "has_open_dispute",
    "list_disputes",
    "mark_verification_sent",
    "open_dispute",
    "record_verification_sent",
]

MAX_TEXT = 4000
OPEN_STATUSES = (DisputeStatus.OPEN, DisputeStatus.VERIFICATION_SENT)


@dataclass(frozen=True)
class DisputeView:
    id: int
    account_id: int
    account_number: str
    debtor_name: str
    status: DisputeStatus
    what: str
    amount_cents: int | None
    received_on: date
    received_via: DisputeChannel
    written: bool
    recorded_by: str
    created_at: datetime
    verification_sent_on: date | None
    closed_at: datetime | None
    outcome: str

    def days_open(self, today: date) -> int:
        end = self.closed_at.date() if self.closed_at else today
        return max(0, (end - self.received_on).days)


def has_open_dispute(session: Session, account_id: int) -> bool:
    """Is collection stopped on this account by a dispute still waiting for verification?"""
    return (
        session.scalar(
            select(Dispute.id)
            .where(Dispute.account_id == account_id, Dispute.status == DisputeStatus.OPEN)
            .limit(1)
        )
        is not None
    )


def _note(session: Session, account_id: int, text: str, user_id: int | None) -> None:
    add_note(session, account_id, text, user_id, Outcome.DISPUTE)


def open_dispute(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    what: str,
    received_on: date,
    received_via: DisputeChannel | str,
    today: date,
    amount_cents: int | None = None,
    written: bool | None = None,
) -> int:
    """Record a dispute and put the account on hold. Returns the dispute's id.

    ``written`` defaults to what the channel implies (a letter or email is written).
    """
    what = what.strip()
    if not what:
        raise ValidationError(translate("Disputes", "Say what the debtor disputes."), field="what")
    if len(what) > MAX_TEXT:
        raise ValidationError(
            translate("Disputes", "The description is limited to {count} characters.").format(
                count=MAX_TEXT
            ),
            field="what",
        )
    try:
        via = DisputeChannel(received_via)
    except ValueError:
        raise ValidationError(
            translate("Disputes", "Choose how the dispute was received."), field="via"
        ) from None
    if received_on > today:
        raise ValidationError(
            translate("Disputes", "A dispute cannot be received in the future."),
            field="received_on",
        )
    if amount_cents is not None and amount_cents <= 0:
        raise ValidationError(
            translate("Disputes", "The disputed amount must be more than zero."), field="amount"
        )
    with db.write() as session:
        account = load_account(session, account_id)
        if has_open_dispute(session, account_id):
            raise InvalidTransition(
                translate("Disputes", "This account already has an open dispute.")
            )
        old = account.status
        if (
            old is not AccountStatus.DISPUTED
            and AccountStatus.DISPUTED not in ALLOWED_TRANSITIONS[old]
        ):
            raise InvalidTransition(
                translate(
                    "Disputes",
                    "An account that is {status} cannot be put on dispute hold. Reopen it first.",
                ).format(status=label(old).lower())
            )
        if amount_cents is not None and amount_cents > max(account.balance_cents, 0):
            raise ValidationError(
                translate(
                    "Disputes", "The disputed amount is more than the balance of {balance}."
                ).format(balance=format_money(account.balance_cents)),
                field="amount",
            )
        dispute = Dispute(
            account_id=account_id,
            status=DisputeStatus.OPEN,
            what=what,
            amount_cents=amount_cents,
            received_on=received_on,
            received_via=via,
            written=via.written if written is None else written,
            status_before=old,
            user_id=user_id,
        )
        session.add(dispute)
        move_status(
            session, account, AccountStatus.DISPUTED, user_id=user_id, reason="dispute received"
        )
        session.flush()
        amount = f" ({format_money(amount_cents)})" if amount_cents else ""
        kind = "Written" if dispute.written else "Oral"
        _note(
            session,
            account_id,
            f"{kind} dispute received {received_on.isoformat()} by {via.label.lower()}{amount}: "
            f"{what} Collection is on hold until the verification is mailed.",
            user_id,
        )
        audit.record(
            session,
            user_id=user_id,
            action="dispute_opened",
            entity="dispute",
            entity_id=dispute.id,
            summary=f"Dispute on account {account.account_number}{amount}; status "
            f"{old.value} → disputed.",
        )
        return dispute.id


def _load(session: Session, dispute_id: int) -> tuple[Dispute, Account]:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise NotFound(translate("Disputes", "There is no dispute {id}.").format(id=dispute_id))
    return dispute, load_account(session, dispute.account_id)


def _lift_hold(
    session: Session, account: Account, dispute: Dispute, *, user_id: int | None, reason: str
) -> None:
    if account.status is not AccountStatus.DISPUTED:
        return
    before = dispute.status_before
    if before is AccountStatus.DISPUTED or before not in ALLOWED_TRANSITIONS[account.status]:
        before = AccountStatus.ACTIVE
    move_status(session, account, before, user_id=user_id, reason=reason)


def mark_verification_sent(
    db: Database, *, dispute_id: int, user_id: int, sent_on: date, today: date
) -> None:
    """The verification was mailed: collection may resume, the account leaves dispute hold."""
    if sent_on > today:
        raise ValidationError(
            translate("Disputes", "The verification cannot be sent in the future."),
            field="sent_on",
        )
    with db.write() as session:
        dispute, account = _load(session, dispute_id)
        if dispute.status is not DisputeStatus.OPEN:
            raise InvalidTransition(
                translate(
                    "Disputes",
                    "This dispute is {status}; only an open dispute waits for verification.",
                ).format(status=label(dispute.status).lower())
            )
        if sent_on < dispute.received_on:
            raise ValidationError(
                translate(
                    "Disputes", "The verification cannot be sent before the dispute was received."
                ),
                field="sent_on",
            )
        record_verification_sent(session, dispute, account, sent_on=sent_on, user_id=user_id)


def record_verification_sent(
    session: Session, dispute: Dispute, account: Account, *, sent_on: date, user_id: int | None
) -> None:
    """Mark the verification as mailed in the caller's transaction (also used by letters)."""
    dispute.status = DisputeStatus.VERIFICATION_SENT
    dispute.verification_sent_on = sent_on
    _lift_hold(session, account, dispute, user_id=user_id, reason="verification of the debt mailed")
    _note(
        session,
        account.id,
        f"Verification of the debt mailed {sent_on.isoformat()}; collection may resume.",
        user_id,
    )
    audit.record(
        session,
        user_id=user_id,
        action="dispute_verified",
        entity="dispute",
        entity_id=dispute.id,
        summary=f"Verification sent on account {account.account_number}; status "
        f"disputed → {account.status.value}.",
    )


def close_dispute(
    db: Database,
    *,
    dispute_id: int,
    user_id: int,
    outcome: str,
    withdrawn: bool = False,
    today: date,
) -> None:
    """End a dispute as resolved (with how) or withdrawn by the debtor."""
    outcome = outcome.strip()
    if not outcome:
        raise ValidationError(translate("Disputes", "Say how the dispute ended."), field="outcome")
    if len(outcome) > MAX_TEXT:
        raise ValidationError(translate("Disputes", "The outcome is too long."), field="outcome")
    with db.write() as session:
        dispute, account = _load(session, dispute_id)
        if dispute.status not in OPEN_STATUSES:
            raise InvalidTransition(
                translate("Disputes", "This dispute is already {status}.").format(
                    status=label(dispute.status).lower()
                )
            )
        if not withdrawn and dispute.status is DisputeStatus.OPEN:
            raise InvalidTransition(
                translate(
                    "Disputes",
                    "Mail the verification before resolving the dispute; the debtor may also "
                    "withdraw it.",
                )
            )
        dispute.status = DisputeStatus.WITHDRAWN if withdrawn else DisputeStatus.RESOLVED
        dispute.closed_at = utcnow()
        dispute.outcome = outcome
        word = "withdrawn" if withdrawn else "resolved"
        _lift_hold(session, account, dispute, user_id=user_id, reason=f"dispute {word}: {outcome}")
        _note(session, account.id, f"Dispute {word}: {outcome}", user_id)
        audit.record(
            session,
            user_id=user_id,
            action=f"dispute_{word}",
            entity="dispute",
            entity_id=dispute.id,
            summary=f"Dispute on account {account.account_number} {word}: {outcome}",
        )


def _views(session: Session, query) -> tuple[DisputeView, ...]:  # type: ignore[no-untyped-def]
    users = {uid: name for uid, name in session.execute(select(User.id, User.name))}
    views = []
    for dispute in session.scalars(query):
        account = session.get(Account, dispute.account_id)
        assert account is not None
        d = account.debtor
        views.append(
            DisputeView(
                id=dispute.id,
                account_id=account.id,
                account_number=account.account_number,
                debtor_name=" ".join(p for p in (d.first_name, d.last_name) if p),
                status=dispute.status,
                what=dispute.what,
                amount_cents=dispute.amount_cents,
                received_on=dispute.received_on,
                received_via=dispute.received_via,
                written=dispute.written,
                recorded_by=users.get(dispute.user_id or 0, ""),
                created_at=dispute.created_at,
                verification_sent_on=dispute.verification_sent_on,
                closed_at=dispute.closed_at,
                outcome=dispute.outcome,
            )
        )
    return tuple(views)


def account_disputes(db: Database, account_id: int) -> tuple[DisputeView, ...]:
    with db.read() as session:
        return disputes_in(session, account_id)


def disputes_in(session: Session, account_id: int) -> tuple[DisputeView, ...]:
    """The account's disputes, newest first, read in the caller's session."""
    load_account(session, account_id)
    return _views(
        session,
        select(Dispute)
        .where(Dispute.account_id == account_id)
        .order_by(Dispute.received_on.desc(), Dispute.id.desc()),
    )


def list_disputes(
    db: Database, *, statuses: tuple[DisputeStatus, ...] = OPEN_STATUSES
) -> tuple[DisputeView, ...]:
    """The manager's list: disputes in these statuses, oldest first (the most urgent)."""
    with db.read() as session:
        return _views(
            session,
            select(Dispute)
            .where(Dispute.status.in_(statuses))
            .order_by(Dispute.received_on, Dispute.id),
        )
