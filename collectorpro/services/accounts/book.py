"""Reading one account whole, changing its status, and posting charges and adjustments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label, translate
from collectorpro.core.money import format_money
from collectorpro.models import (
    Account,
    Address,
    Creditor,
    Debtor,
    Email,
    Interaction,
    LedgerEntry,
    Payment,
    Phone,
    PromiseToPay,
    User,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    ALLOWED_TRANSITIONS,
    DECREASING_KINDS,
    INCREASING_KINDS,
    AccountStatus,
    LedgerKind,
)
from collectorpro.services.accounts.aging import bucket_for, days_past_due
from collectorpro.services.accounts.snapshots import (
    AccountDetail,
    AddressView,
    EmailView,
    InteractionView,
    LedgerLine,
    PhoneView,
    PromiseView,
    format_receipt_number,
)
from collectorpro.services.accounts.status import move_status
from collectorpro.services.office import audit

# English labels, marked for translation; translated where the flags are handed out.
FLAG_LABELS = {
    "cease_communication": QT_TRANSLATE_NOOP("Accounts", "Cease communication"),
    "attorney_represented": QT_TRANSLATE_NOOP("Accounts", "Attorney represented"),
    "bankruptcy": QT_TRANSLATE_NOOP("Accounts", "Bankruptcy"),
    "deceased": QT_TRANSLATE_NOOP("Accounts", "Deceased"),
    "insurance_pending": QT_TRANSLATE_NOOP("Accounts", "Insurance pending"),
}
MAX_MEMO = 2000


def load_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(
            translate("Accounts", "There is no account with id {id}.").format(id=account_id)
        )
    return account


def find_account_id(db: Database, account_number: str) -> int:
    """The account with this number (across creditors; it must be unambiguous)."""
    with db.read() as session:
        ids = session.scalars(
            select(Account.id).where(Account.account_number == account_number.strip()).limit(2)
        ).all()
    if not ids:
        raise NotFound(
            translate("Accounts", "There is no account numbered {number}.").format(
                number=account_number
            )
        )
    if len(ids) > 1:
        raise NotFound(
            translate(
                "Accounts", "More than one creditor has an account numbered {number}."
            ).format(number=account_number)
        )
    return ids[0]


def _user_names(session: Session) -> dict[int, str]:
    return {uid: name for uid, name in session.execute(select(User.id, User.name))}


def get_account_detail(db: Database, account_id: int, *, as_of: date) -> AccountDetail:
    with db.read() as session:
        return account_detail_in(session, account_id, as_of=as_of)


def account_detail_in(session: Session, account_id: int, *, as_of: date) -> AccountDetail:
    """The account whole, read in the caller's session."""
    account = load_account(session, account_id)
    debtor = session.get(Debtor, account.debtor_id)
    creditor = session.get(Creditor, account.creditor_id)
    assert debtor is not None and creditor is not None
    users = _user_names(session)

    reversal = aliased(LedgerEntry)
    entries = session.execute(
        select(LedgerEntry, reversal.id, Payment.receipt_number)
        .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
        .outerjoin(Payment, Payment.ledger_entry_id == LedgerEntry.id)
        .where(LedgerEntry.account_id == account_id)
        .order_by(LedgerEntry.effective_date, LedgerEntry.id)
    ).all()
    running = 0
    ledger: list[LedgerLine] = []
    for entry, reversed_by, receipt in entries:
        running += entry.amount_cents
        ledger.append(
            LedgerLine(
                id=entry.id,
                kind=entry.kind,
                amount_cents=entry.amount_cents,
                running_balance_cents=running,
                effective_date=entry.effective_date,
                posted_at=entry.posted_at,
                user_name=users.get(entry.user_id or 0, ""),
                reference=entry.reference,
                memo=entry.memo,
                reverses_id=entry.reverses_id,
                reversed_by_id=reversed_by,
                receipt_number=None if receipt is None else format_receipt_number(receipt),
            )
        )

    history = tuple(
        InteractionView(
            id=i.id,
            channel=i.channel,
            outcome=i.outcome,
            notes=i.notes,
            occurred_at=i.occurred_at,
            user_name=users.get(i.user_id or 0, ""),
            duration_seconds=i.duration_seconds,
            follow_up_date=i.follow_up_date,
        )
        for i in session.scalars(
            select(Interaction)
            .where(Interaction.account_id == account_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        )
    )
    promises = tuple(
        PromiseView(
            id=p.id,
            amount_cents=p.amount_cents,
            due_date=p.due_date,
            status=p.status,
            created_at=p.created_at,
            user_name=users.get(p.user_id or 0, ""),
        )
        for p in session.scalars(
            select(PromiseToPay)
            .where(PromiseToPay.account_id == account_id)
            .order_by(PromiseToPay.due_date.desc(), PromiseToPay.id.desc())
        )
    )

    def contact_order(model):  # type: ignore[no-untyped-def]
        # current ones first, then the most recently closed
        return (model.valid_to.is_not(None), model.valid_to.desc(), model.id.desc())

    addresses = tuple(
        AddressView(
            id=a.id,
            line1=a.line1,
            line2=a.line2,
            city=a.city,
            state=a.state,
            zip_code=a.zip_code,
            source=a.source,
            valid_from=a.valid_from,
            valid_to=a.valid_to,
        )
        for a in session.scalars(
            select(Address).where(Address.debtor_id == debtor.id).order_by(*contact_order(Address))
        )
    )
    phones = tuple(
        PhoneView(
            id=p.id,
            number=p.number,
            kind=p.kind,
            consent=p.consent,
            do_not_call=p.do_not_call,
            source=p.source,
            valid_from=p.valid_from,
            valid_to=p.valid_to,
        )
        for p in session.scalars(
            select(Phone).where(Phone.debtor_id == debtor.id).order_by(*contact_order(Phone))
        )
    )
    emails = tuple(
        EmailView(
            id=e.id,
            address=e.address,
            opt_out=e.opt_out,
            source=e.source,
            valid_from=e.valid_from,
            valid_to=e.valid_to,
        )
        for e in session.scalars(
            select(Email).where(Email.debtor_id == debtor.id).order_by(*contact_order(Email))
        )
    )
    days = days_past_due(account.first_delinquency_date, as_of)
    name_parts = [debtor.first_name, debtor.middle_name, debtor.last_name, debtor.suffix]
    return AccountDetail(
        id=account.id,
        account_number=account.account_number,
        debtor_id=debtor.id,
        debtor_name=" ".join(p for p in name_parts if p),
        date_of_birth=debtor.date_of_birth,
        preferred_language=debtor.preferred_language,
        creditor_name=creditor.name,
        service_type=account.service_type,
        status=account.status,
        balance_cents=account.balance_cents,
        days_past_due=days,
        bucket=bucket_for(days),
        service_date=account.service_date,
        first_delinquency_date=account.first_delinquency_date,
        last_payment_date=account.last_payment_date,
        itemization_date=account.itemization_date,
        placed_on=account.placed_on,
        assigned_user_name=users.get(account.assigned_user_id or 0, ""),
        flags=tuple(
            translate("Accounts", text)
            for attr, text in FLAG_LABELS.items()
            if getattr(account, attr)
        ),
        allowed_statuses=allowed_next_statuses(account.status),
        history=history,
        ledger=tuple(reversed(ledger)),
        promises=promises,
        addresses=addresses,
        phones=phones,
        emails=emails,
    )


def allowed_next_statuses(status: AccountStatus) -> tuple[AccountStatus, ...]:
    allowed = ALLOWED_TRANSITIONS[status]
    return tuple(s for s in AccountStatus if s in allowed)


def change_status(
    db: Database, *, account_id: int, user_id: int, new_status: AccountStatus, reason: str = ""
) -> None:
    new_status = AccountStatus(new_status)
    with db.write() as session:
        account = load_account(session, account_id)
        move_status(session, account, new_status, user_id=user_id, reason=reason, by_hand=True)


def add_ledger_entry(
    session: Session,
    account: Account,
    *,
    kind: LedgerKind,
    amount_cents: int,
    effective_date: date,
    user_id: int | None,
    reference: str = "",
    memo: str = "",
    reverses_id: int | None = None,
) -> LedgerEntry:
    """Append an entry and move the cached balance with it, in the caller's transaction."""
    entry = LedgerEntry(
        account_id=account.id,
        kind=kind,
        amount_cents=amount_cents,
        effective_date=effective_date,
        user_id=user_id,
        reference=reference,
        memo=memo,
        reverses_id=reverses_id,
    )
    session.add(entry)
    session.execute(
        update(Account)
        .where(Account.id == account.id)
        .values(balance_cents=Account.balance_cents + amount_cents)
    )
    session.flush()
    session.refresh(account, ["balance_cents"])
    return entry


def post_ledger_entry(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    kind: LedgerKind,
    amount_cents: int,
    effective_date: date,
    reason: str,
    reference: str = "",
    today: date,
) -> int:
    """Post a charge, interest, fee or adjustment (payments have their own service).

    Charges, interest and fees take a positive amount; an adjustment is signed (negative
    lowers the balance). Every entry needs a reason, which becomes its memo.
    """
    kind = LedgerKind(kind)
    if kind not in (LedgerKind.CHARGE, LedgerKind.INTEREST, LedgerKind.FEE, LedgerKind.ADJUSTMENT):
        raise ValidationError(
            translate("Accounts", "A {kind} cannot be posted here.").format(
                kind=label(kind).lower()
            ),
            field="kind",
        )
    if amount_cents == 0:
        raise ValidationError(translate("Accounts", "The amount cannot be zero."), field="amount")
    if kind in INCREASING_KINDS and amount_cents < 0:
        raise ValidationError(
            translate(
                "Accounts",
                "A {kind} must be a positive amount; use an adjustment to lower the balance.",
            ).format(kind=label(kind).lower()),
            field="amount",
        )
    if kind in DECREASING_KINDS:  # pragma: no cover - excluded above
        raise ValidationError(
            translate("Accounts", "Use the payment dialog to post payments."), field="kind"
        )
    if effective_date > today:
        raise ValidationError(
            translate("Accounts", "The effective date cannot be in the future."), field="date"
        )
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            translate("Accounts", "Give a reason for this entry."), field="reason"
        )
    if len(reason) > MAX_MEMO:
        raise ValidationError(translate("Accounts", "The reason is too long."), field="reason")
    with db.write() as session:
        account = load_account(session, account_id)
        entry = add_ledger_entry(
            session,
            account,
            kind=kind,
            amount_cents=amount_cents,
            effective_date=effective_date,
            user_id=user_id,
            reference=reference.strip()[:80],
            memo=reason,
        )
        audit.record(
            session,
            user_id=user_id,
            action=f"{kind.value}_posted",
            entity="ledger_entry",
            entity_id=entry.id,
            summary=f"{kind.label} of {format_money(amount_cents)} on account "
            f"{account.account_number}: {reason}",
        )
        return entry.id
