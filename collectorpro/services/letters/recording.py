"""Recording a printed batch: every letter in its account's history and archive, by the chunk.

``record_issue`` records one letter as sent; a batch of 10,000 would spend a dozen statements
on each. ``record_batch`` writes the same rows for a chunk of letters at once — the contact in
the history, the document in the archive (append-only, pointing at its contact), the last
contact and a new account's move to active, and the next action worked out again for the whole
chunk in three queries — in the caller's transaction. A dispute verification letter, which also
ends a dispute hold, goes through ``record_issue`` one by one, as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collectorpro.core.i18n import QT_TRANSLATE_NOOP
from collectorpro.models import (
    Account,
    Interaction,
    IssuedDocument,
    PaymentPlan,
    PlanInstallment,
    PromiseToPay,
)
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    InstallmentStatus,
    Outcome,
    PlanStatus,
    PromiseStatus,
)
from collectorpro.services.accounts.status import move_status
from collectorpro.services.letters.issue import contact_how, contact_note, record_issue

__all__ = ["BatchLetter", "record_batch"]


@dataclass(frozen=True)
class BatchLetter:
    """One printed letter of a batch, as the archive keeps it."""

    account_id: int
    kind: str
    language: str
    title: str
    recipient: str
    pages: int
    payload: str
    sha256: str


def record_batch(
    session: Session,
    letters: Sequence[BatchLetter],
    *,
    batch_id: int,
    user_id: int | None,
    today: date,
    at: datetime,
) -> None:
    """Record these mailed letters (one per account) in the caller's transaction."""
    plain = [letter for letter in letters if letter.kind != "dispute_verification"]
    for letter in letters:
        if letter.kind == "dispute_verification":
            account = session.get(Account, letter.account_id)
            assert account is not None
            record_issue(
                session,
                account=account,
                kind=letter.kind,
                language=letter.language,
                title=letter.title,
                channel=Channel.LETTER,
                recipient=letter.recipient,
                pages=letter.pages,
                payload=letter.payload,
                sha256=letter.sha256,
                batch_id=batch_id,
                user_id=user_id,
                today=today,
                at=at,
            )
    if not plain:
        return
    ids = [letter.account_id for letter in plain]
    how = contact_how(Channel.LETTER, "")
    accounts = {a.id: a for a in session.scalars(select(Account).where(Account.id.in_(ids)))}
    contact_ids = session.scalars(
        insert(Interaction).returning(Interaction.id, sort_by_parameter_order=True),
        [
            {
                "account_id": letter.account_id,
                "channel": Channel.LETTER,
                "outcome": Outcome.SENT,
                "notes": contact_note(letter.kind, letter.language, how),
                "occurred_at": at,
                "user_id": user_id,
            }
            for letter in plain
        ],
    ).all()
    session.execute(
        insert(IssuedDocument),
        [
            {
                "account_id": letter.account_id,
                "kind": letter.kind,
                "language": letter.language,
                "title": letter.title[:200],
                "channel": Channel.LETTER,
                "recipient": letter.recipient,
                "pages": letter.pages,
                "payload": letter.payload,
                "pdf": None,
                "sha256": letter.sha256,
                "batch_id": batch_id,
                "interaction_id": contact_id,
                "user_id": user_id,
                "issued_at": at,
            }
            for letter, contact_id in zip(plain, contact_ids, strict=True)
        ],
    )
    for letter in plain:
        account = accounts[letter.account_id]
        if account.last_contact_at is None or at > account.last_contact_at:
            account.last_contact_at = at
        if account.status is AccountStatus.NEW:
            reason = f"{letter.kind} {how}"
            move_status(session, account, AccountStatus.ACTIVE, user_id=user_id, reason=reason)
    _refresh_next_actions(session, [accounts[i] for i in dict.fromkeys(ids)])


def _refresh_next_actions(session: Session, accounts: Sequence[Account]) -> None:
    """``accounts.history.refresh_next_action`` for many accounts in three queries: the
    earliest pending promise or unpaid installment, or the latest follow-up."""
    session.flush()
    ids = [a.id for a in accounts]
    promises = dict(
        session.execute(
            select(PromiseToPay.account_id, func.min(PromiseToPay.due_date))
            .where(
                PromiseToPay.account_id.in_(ids),
                PromiseToPay.status == PromiseStatus.PENDING,
            )
            .group_by(PromiseToPay.account_id)
        ).all()
    )
    follow_ups: dict[int, date] = {}
    for account_id, follow_up in session.execute(
        select(Interaction.account_id, Interaction.follow_up_date)
        .where(Interaction.account_id.in_(ids), Interaction.follow_up_date.is_not(None))
        .order_by(Interaction.account_id, Interaction.occurred_at.desc(), Interaction.id.desc())
    ).all():
        if follow_up is not None:
            follow_ups.setdefault(account_id, follow_up)
    installments = dict(
        session.execute(
            select(PaymentPlan.account_id, func.min(PlanInstallment.due_date))
            .join(PaymentPlan, PaymentPlan.id == PlanInstallment.plan_id)
            .where(
                PaymentPlan.account_id.in_(ids),
                PaymentPlan.status == PlanStatus.ACTIVE,
                PlanInstallment.status != InstallmentStatus.PAID,
            )
            .group_by(PaymentPlan.account_id)
        ).all()
    )
    for account in accounts:
        candidates = (
            (promises.get(account.id), QT_TRANSLATE_NOOP("Interactions", "Promise due")),
            (installments.get(account.id), QT_TRANSLATE_NOOP("Interactions", "Installment due")),
            (follow_ups.get(account.id), QT_TRANSLATE_NOOP("Interactions", "Follow up")),
        )
        dated = [(d, label) for d, label in candidates if d is not None]
        if dated:
            account.next_action_date, account.next_action = min(dated)
        else:
            account.next_action_date, account.next_action = None, ""
