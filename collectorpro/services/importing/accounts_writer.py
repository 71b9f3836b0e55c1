"""Writing imported accounts: new ones in blocks of plain INSERTs, known ones updated.

A new account number (for the chosen creditor) creates the debtor, the account, its contact
details and an opening charge; a known one is updated (a balance difference becomes an
adjustment with the reason "import", new contact details are added and the old ones kept) or
skipped, as asked. ``run.import_accounts`` drives these inside its one transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collectorpro.models import (
    Account,
    Address,
    Creditor,
    Debtor,
    Email,
    LedgerEntry,
    Phone,
)
from collectorpro.models.base import utcnow
from collectorpro.models.enums import (
    AccountStatus,
    ContactKind,
    LedgerKind,
    ServiceType,
)
from collectorpro.services.accounts.book import add_ledger_entry
from collectorpro.services.accounts.search import account_terms
from collectorpro.services.importing.bulk_rows import BulkInsert, stored_date, stored_moment
from collectorpro.services.importing.records import (
    AccountRecord,
)

__all__ = ["NewAccounts", "add_contacts", "apply_account", "create_account", "creditor_named"]


def creditor_named(session: Session, name: str, service_type: ServiceType) -> Creditor:
    found = session.scalar(select(Creditor).where(Creditor.name == name))
    if found is None:
        found = Creditor(name=name, service_type=service_type)
        session.add(found)
        session.flush()
    return found


class NewAccounts:
    """New accounts written in blocks of a thousand with plain multi-row INSERTs.

    The import's transaction is BEGIN IMMEDIATE, so nobody else can write meanwhile and the
    new rows can be numbered here; the ORM would cost a round of flushes per account.
    """

    SIZE = 1000

    def __init__(self, session: Session, creditor: Creditor, user_id: int | None, today: date):
        self.session, self.creditor, self.user_id, self.today = session, creditor, user_id, today
        self.known = set(
            session.scalars(
                select(Account.account_number).where(Account.creditor_id == creditor.id)
            )
        )
        self.next_debtor = (session.scalar(select(func.max(Debtor.id))) or 0) + 1
        self.next_account = (session.scalar(select(func.max(Account.id))) or 0) + 1
        self.pending: list[AccountRecord] = []

    def is_new(self, number: str) -> bool:
        return number not in self.known

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.SIZE

    def add(self, record: AccountRecord) -> None:
        self.known.add(record.account_number)
        self.pending.append(record)

    def flush(self) -> None:
        if not self.pending:
            return
        now, today = stored_moment(utcnow()), self.today
        on = today.isoformat()
        creditor_id, service_type = self.creditor.id, self.creditor.service_type.value
        user_id, new, other, charge = (
            self.user_id,
            AccountStatus.NEW.value,
            ContactKind.OTHER.value,
            LedgerKind.CHARGE.value,
        )
        debtors: list[tuple[object, ...]] = []
        accounts: list[tuple[object, ...]] = []
        addresses: list[tuple[object, ...]] = []
        phones: list[tuple[object, ...]] = []
        emails: list[tuple[object, ...]] = []
        entries: list[tuple[object, ...]] = []
        terms: list[tuple[object, ...]] = []
        debtor_id, account_id = self.next_debtor, self.next_account
        for record in self.pending:
            debtors.append(
                (
                    debtor_id,
                    record.first_name,
                    record.middle_name,
                    record.last_name,
                    record.suffix,
                    stored_date(record.date_of_birth),
                    record.language,
                    now,
                )
            )
            service_date = stored_date(record.service_date)
            accounts.append(
                (
                    account_id,
                    creditor_id,
                    debtor_id,
                    record.account_number,
                    service_type,
                    service_date,
                    stored_date(record.first_delinquency_date) or service_date or on,
                    stored_date(record.last_payment_date),
                    stored_date(record.itemization_date) or on,
                    on,
                    new,
                    record.balance_cents,
                    now,
                )
            )
            if record.has_address:
                addresses.append(
                    (
                        debtor_id,
                        record.address_line1,
                        record.address_line2,
                        record.city,
                        record.state,
                        record.zip_code,
                        "import",
                        on,
                        now,
                    )
                )
            if record.phone:
                phones.append((debtor_id, record.phone, other, "import", on, now))
            if record.email:
                emails.append((debtor_id, record.email, "import", on, now))
            if record.balance_cents:
                entries.append(
                    (
                        account_id,
                        charge,
                        record.balance_cents,
                        service_date or on,
                        now,
                        user_id,
                        "import",
                        "Balance placed from the billing system's file",
                    )
                )
            terms.append(
                (
                    account_id,
                    account_terms(
                        account_number=record.account_number,
                        first_name=record.first_name,
                        middle_name=record.middle_name,
                        last_name=record.last_name,
                        phones=[record.phone] if record.phone else [],
                        emails=[record.email] if record.email else [],
                    ),
                )
            )
            debtor_id += 1
            account_id += 1
        self.next_debtor, self.next_account = debtor_id, account_id
        session = self.session
        session.flush()  # an updated account's new details first, as the ORM's autoflush did
        _DEBTORS.write(session, debtors)
        _ACCOUNTS.write(session, accounts)
        _ADDRESSES.write(session, addresses)
        _PHONES.write(session, phones)
        _EMAILS.write(session, emails)
        _CHARGES.write(session, entries)
        session.connection().exec_driver_sql(
            "INSERT INTO account_search(rowid, terms) VALUES (?, ?)", terms
        )
        self.pending.clear()


# the columns each new row gives, in order; BulkInsert adds the model's fixed defaults
_DEBTORS = BulkInsert(
    Debtor.__table__,  # type: ignore[arg-type]
    ("id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
     "preferred_language", "created_at"),
)  # fmt: skip
_ACCOUNTS = BulkInsert(
    Account.__table__,  # type: ignore[arg-type]
    ("id", "creditor_id", "debtor_id", "account_number", "service_type", "service_date",
     "first_delinquency_date", "last_payment_date", "itemization_date", "placed_on", "status",
     "balance_cents", "created_at"),
)  # fmt: skip
_ADDRESSES = BulkInsert(
    Address.__table__,  # type: ignore[arg-type]
    ("debtor_id", "line1", "line2", "city", "state", "zip_code", "source", "valid_from",
     "created_at"),
)  # fmt: skip
_PHONES = BulkInsert(
    Phone.__table__,  # type: ignore[arg-type]
    ("debtor_id", "number", "kind", "source", "valid_from", "created_at"),
)
_EMAILS = BulkInsert(
    Email.__table__,  # type: ignore[arg-type]
    ("debtor_id", "address", "source", "valid_from", "created_at"),
)
_CHARGES = BulkInsert(
    LedgerEntry.__table__,  # type: ignore[arg-type]
    ("account_id", "kind", "amount_cents", "effective_date", "posted_at", "user_id", "reference",
     "memo"),
)  # fmt: skip


def apply_account(
    session: Session,
    creditor: Creditor,
    record: AccountRecord,
    on_duplicate: str,
    user_id: int | None,
    today: date,
) -> tuple[str, int]:
    account = session.scalar(
        select(Account).where(
            Account.creditor_id == creditor.id, Account.account_number == record.account_number
        )
    )
    if account is None:
        return "created", create_account(session, creditor, record, user_id, today)
    if on_duplicate == "skip":
        return "skipped", account.id
    changed = False
    difference = record.balance_cents - account.balance_cents
    if difference:
        add_ledger_entry(
            session,
            account,
            kind=LedgerKind.ADJUSTMENT,
            amount_cents=difference,
            effective_date=today,
            user_id=user_id,
            reference="import",
            memo="Balance from the billing system's file (import)",
        )
        changed = True
    for name in ("first_delinquency_date", "last_payment_date", "itemization_date"):
        value = getattr(record, name)
        if value is not None and getattr(account, name) is None:
            setattr(account, name, value)
            changed = True
    changed = add_contacts(session, account.debtor_id, record, today) or changed
    return ("updated" if changed else "unchanged"), account.id


def create_account(
    session: Session, creditor: Creditor, record: AccountRecord, user_id: int | None, today: date
) -> int:
    debtor = Debtor(
        first_name=record.first_name,
        middle_name=record.middle_name,
        last_name=record.last_name,
        suffix=record.suffix,
        date_of_birth=record.date_of_birth,
        preferred_language=record.language,
    )
    session.add(debtor)
    session.flush()
    delinquent = record.first_delinquency_date or record.service_date or today
    account = Account(
        creditor_id=creditor.id,
        debtor_id=debtor.id,
        account_number=record.account_number,
        service_type=creditor.service_type,
        service_date=record.service_date,
        first_delinquency_date=delinquent,
        last_payment_date=record.last_payment_date,
        itemization_date=record.itemization_date or today,
        placed_on=today,
        status=AccountStatus.NEW,
        balance_cents=0,
    )
    session.add(account)
    session.flush()
    if record.balance_cents:
        add_ledger_entry(
            session,
            account,
            kind=LedgerKind.CHARGE,
            amount_cents=record.balance_cents,
            effective_date=record.service_date or today,
            user_id=user_id,
            reference="import",
            memo="Balance placed from the billing system's file",
        )
    add_contacts(session, debtor.id, record, today)
    return account.id


def add_contacts(session: Session, debtor_id: int, record: AccountRecord, today: date) -> bool:
    """New contact details are added beside the old ones (which stay for skip tracing)."""
    added = False
    if record.has_address:
        known = session.scalars(
            select(Address).where(Address.debtor_id == debtor_id, Address.valid_to.is_(None))
        ).all()
        key = (record.address_line1.lower(), record.zip_code[:5])
        if not any((a.line1.lower(), a.zip_code[:5]) == key for a in known):
            session.add(
                Address(
                    debtor_id=debtor_id,
                    line1=record.address_line1,
                    line2=record.address_line2,
                    city=record.city,
                    state=record.state,
                    zip_code=record.zip_code,
                    source="import",
                    valid_from=today,
                )
            )
            added = True
    if record.phone and not session.scalar(
        select(Phone.id).where(Phone.debtor_id == debtor_id, Phone.number == record.phone)
    ):
        session.add(
            Phone(
                debtor_id=debtor_id,
                number=record.phone,
                kind=ContactKind.OTHER,
                source="import",
                valid_from=today,
            )
        )
        added = True
    if record.email and not session.scalar(
        select(Email.id).where(Email.debtor_id == debtor_id, Email.address == record.email)
    ):
        session.add(
            Email(debtor_id=debtor_id, address=record.email, source="import", valid_from=today)
        )
        added = True
    return added


# --- payments ----------------------------------------------------------------------------------
