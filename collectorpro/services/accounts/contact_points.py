"""Debtor contact points. Nothing is overwritten: a change closes the old row and adds one.

Skip tracing needs to know where a person lived and which numbers used to reach them.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models import Account, Address, Debtor, Email, Phone
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactKind
from collectorpro.services.accounts.search import refresh_account_terms
from collectorpro.services.office import audit

US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "GU",
        "VI",
    ]
)
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def normalize_phone(text: str) -> str:
    """A US phone number as E.164, or a ValidationError in plain words."""
    try:
        parsed = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            translate("Contacts", "“{text}” is not a phone number.").format(text=text),
            field="phone",
        ) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            translate("Contacts", "“{text}” is not a valid phone number.").format(text=text),
            field="phone",
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    try:
        parsed = phonenumbers.parse(e164, "US")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def _debtor(session: Session, debtor_id: int) -> Debtor:
    debtor = session.get(Debtor, debtor_id)
    if debtor is None:
        raise NotFound(
            translate("Contacts", "There is no debtor with id {id}.").format(id=debtor_id)
        )
    return debtor


def _close(session: Session, model: type, row_id: int | None, debtor_id: int, today: date) -> None:
    if row_id is None:
        return
    row = session.get(model, row_id)
    if row is None or row.debtor_id != debtor_id:
        raise NotFound(translate("Contacts", "The contact being replaced no longer exists."))
    if row.valid_to is None:
        row.valid_to = today


def _after_change(session: Session, debtor_id: int, user_id: int, summary: str) -> None:
    account_ids = session.scalars(select(Account.id).where(Account.debtor_id == debtor_id)).all()
    session.flush()
    refresh_account_terms(session, account_ids)
    audit.record(
        session,
        user_id=user_id,
        action="contact_changed",
        entity="debtor",
        entity_id=debtor_id,
        summary=summary,
    )


def save_address(
    db: Database,
    *,
    debtor_id: int,
    user_id: int,
    line1: str,
    line2: str = "",
    city: str,
    state: str,
    zip_code: str,
    source: str = "collector",
    replaces_id: int | None = None,
    today: date,
) -> int:
    line1, line2, city = line1.strip(), line2.strip(), city.strip()
    state, zip_code = state.strip().upper(), zip_code.strip()
    if not line1:
        raise ValidationError(translate("Contacts", "Enter the street address."), field="line1")
    if not city:
        raise ValidationError(translate("Contacts", "Enter the city."), field="city")
    if state not in US_STATES:
        raise ValidationError(
            translate("Contacts", "“{state}” is not a US state code such as NY.").format(
                state=state
            ),
            field="state",
        )
    if not _ZIP.match(zip_code):
        raise ValidationError(
            translate("Contacts", "“{zip}” is not a ZIP code such as 12345.").format(zip=zip_code),
            field="zip",
        )
    with db.write() as session:
        _debtor(session, debtor_id)
        _close(session, Address, replaces_id, debtor_id, today)
        row = Address(
            debtor_id=debtor_id,
            line1=line1,
            line2=line2,
            city=city,
            state=state,
            zip_code=zip_code,
            source=source,
            valid_from=today,
        )
        session.add(row)
        _after_change(session, debtor_id, user_id, f"Address {line1}, {city} {state} saved")
        return row.id


def save_phone(
    db: Database,
    *,
    debtor_id: int,
    user_id: int,
    number: str,
    kind: ContactKind,
    consent: bool = False,
    do_not_call: bool = False,
    source: str = "collector",
    replaces_id: int | None = None,
    today: date,
) -> int:
    e164 = normalize_phone(number)
    with db.write() as session:
        _debtor(session, debtor_id)
        _close(session, Phone, replaces_id, debtor_id, today)
        row = Phone(
            debtor_id=debtor_id,
            number=e164,
            kind=ContactKind(kind),
            consent=consent,
            do_not_call=do_not_call,
            source=source,
            valid_from=today,
        )
        session.add(row)
        _after_change(session, debtor_id, user_id, f"Phone {format_phone(e164)} saved")
        return row.id


def save_email(
    db: Database,
    *,
    debtor_id: int,
    user_id: int,
    address: str,
    opt_out: bool = False,
    source: str = "collector",
    replaces_id: int | None = None,
    today: date,
) -> int:
    address = address.strip()
    if not _EMAIL.match(address):
        raise ValidationError(
            translate("Contacts", "“{address}” is not an email address.").format(address=address),
            field="email",
        )
    with db.write() as session:
        _debtor(session, debtor_id)
        _close(session, Email, replaces_id, debtor_id, today)
        row = Email(
            debtor_id=debtor_id, address=address, opt_out=opt_out, source=source, valid_from=today
        )
        session.add(row)
        _after_change(session, debtor_id, user_id, f"Email {address} saved")
        return row.id


def retire_contact(
    db: Database, *, debtor_id: int, user_id: int, kind: str, row_id: int, today: date
) -> None:
    """Mark an address, phone or email as no longer valid (it stays in the history)."""
    model = {"address": Address, "phone": Phone, "email": Email}.get(kind)
    if model is None:
        raise ValidationError(
            translate("Contacts", "Unknown kind of contact: {kind}.").format(kind=kind)
        )
    with db.write() as session:
        _debtor(session, debtor_id)
        _close(session, model, row_id, debtor_id, today)
        _after_change(session, debtor_id, user_id, f"{kind.capitalize()} {row_id} retired")
