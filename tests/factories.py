"""Small builders for test records, written through the ORM like an import would."""

from __future__ import annotations

from datetime import date, timedelta

from collectorpro.models import Account, Address, Creditor, Debtor, Email, Phone, User
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, ContactKind, LedgerKind, ServiceType, UserRole
from collectorpro.services.accounts.book import add_ledger_entry
from collectorpro.services.accounts.search import refresh_account_terms

TODAY = date(2026, 11, 24)
# a ZIP code inside the state, so the address gives one time zone
ZIP_OF_STATE = {"NY": "12207", "CA": "90012", "MA": "02108", "TX": "75201", "HI": "96813"}


def make_user(db: Database, name: str = "Kim Park", role: UserRole = UserRole.COLLECTOR) -> int:
    with db.write() as session:
        user = User(name=name, role=role)
        session.add(user)
        session.flush()
        return user.id


def make_account(
    db: Database,
    *,
    number: str = "RFM-000001",
    first: str = "José",
    last: str = "Muñoz",
    balance_cents: int = 125_000,
    days_late: int = 45,
    status: AccountStatus = AccountStatus.ACTIVE,
    state: str = "NY",
    phone: str = "+12125550143",
    email: str = "jose.munoz@example.com",
    creditor: str = "Riverside Family Medicine",
    service_type: ServiceType = ServiceType.MEDICAL,
    zip_code: str | None = None,
) -> int:
    with db.write() as session:
        cred = session.query(Creditor).filter_by(name=creditor).one_or_none()
        if cred is None:
            cred = Creditor(name=creditor, service_type=service_type)
            session.add(cred)
        debtor = Debtor(first_name=first, last_name=last, preferred_language="en")
        session.add(debtor)
        session.flush()
        since = TODAY - timedelta(days=400)
        session.add_all(
            [
                Address(
                    debtor_id=debtor.id,
                    line1="12 Elm St",
                    city="Albany",
                    state=state,
                    zip_code=zip_code or ZIP_OF_STATE.get(state, "12207"),
                    valid_from=since,
                ),
                Phone(debtor_id=debtor.id, number=phone, kind=ContactKind.MOBILE, valid_from=since),
                Email(debtor_id=debtor.id, address=email, valid_from=since),
            ]
        )
        delinquent = TODAY - timedelta(days=days_late)
        account = Account(
            creditor_id=cred.id,
            debtor_id=debtor.id,
            account_number=number,
            service_type=service_type,
            service_date=delinquent - timedelta(days=30),
            first_delinquency_date=delinquent,
            itemization_date=delinquent,
            placed_on=delinquent,
            status=status,
            balance_cents=0,
        )
        session.add(account)
        session.flush()
        if balance_cents:
            add_ledger_entry(
                session,
                account,
                kind=LedgerKind.CHARGE,
                amount_cents=balance_cents,
                effective_date=delinquent - timedelta(days=30),
                user_id=None,
                memo="Opening balance",
            )
        refresh_account_terms(session, [account.id])
        return account.id
