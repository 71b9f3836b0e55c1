"""May we call, text, email or write to this account's debtor now? The database side.

`compliance.evaluate` judges a `ContactContext` and knows nothing about storage; this module
builds that context from what is on file for one account, in one short read:

* time zones from the current address (state, ZIP; every one, should a skip trace have
  left two) and every current phone, so a debtor whose address and area code disagree is
  only called while it is 8 am to 9 pm in both;
* the contact history of the 30 days before `at` (the rolling limits look back 7 days;
  the extra margin costs nothing and keeps the query obviously sufficient);
* the account's standing flags, and what the contact points allow (do-not-call, opt-out,
  work numbers).

How the contact log maps onto the engine's history:

* outbound calls and voicemails are call attempts; an outbound call whose outcome is a
  conversation (`CONVERSATION_OUTCOMES`) is also a conversation;
* an inbound call is not an attempt, but Reg F counts a conversation whoever placed the
  call (Comment 14(b)(4)-1.ii), so an inbound call with a conversation outcome is passed on
  as a conversation. The engine's history has no "conversation that was not an attempt", so
  it also counts once towards the attempt limits. For calls that never changes whether or
  from when they are allowed (the 7-day wait after the conversation outlasts it), though it
  can list the 7-calls finding one call early; it can make the Massachusetts limit bite one
  contact early. Erring that way is deliberate;
* texts, emails and letters are attempts on their own channel; notes and in-person visits
  are not contacts the rules count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models import Account, Address, Dispute, Email, Interaction, Phone
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    CONVERSATION_OUTCOMES,
    JUDGED_AS,
    AccountStatus,
    Channel,
    ContactKind,
    ContactMethod,
    DisputeStatus,
    Outcome,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.compliance.rules import (
    CHANNELS,
    ContactContext,
    Decision,
    PastContact,
    evaluate,
)
from collectorpro.services.compliance.statute import account_time_barred, statute_table
from collectorpro.services.compliance.time_limits import is_time_barred
from collectorpro.services.compliance.timezones import candidate_time_zones, phone_time_zones
from collectorpro.services.disputes.lifecycle import has_open_dispute
from collectorpro.services.office.settings import office_profile

HISTORY_WINDOW = timedelta(days=30)

# A number's zones come from the numbering plan alone, and working them out takes about a
# millisecond; the worklist asks again for the same people every time it is refreshed.
phone_zones = lru_cache(maxsize=65_536)(phone_time_zones)


def contact_context(
    db: Database,
    account_id: int,
    channel: str,
    at: datetime,
    *,
    agency: bool | None = None,
    enforce: bool | None = None,
    workplace_calls_forbidden: bool = False,
) -> ContactContext:
    """The engine's input for contacting this account's debtor on `channel` at `at`.

    `agency` and `enforce` default to the office profile (an agency or an office collecting its
    own bills; whether the rules block or only advise); `workplace_calls_forbidden` is the
    caller's knowledge; see `ContactContext`. Raises NotFound for an unknown
    account and ValidationError for a naive `at` or an unknown channel.
    """
    _check_aware(at)
    with db.read() as session:
        return _gather(
            session,
            account_id,
            channel,
            at,
            agency=agency,
            enforce=enforce,
            workplace_calls_forbidden=workplace_calls_forbidden,
        )


def context_in(session: Session, account_id: int, channel: str, at: datetime) -> ContactContext:
    """`contact_context` inside the caller's session (batch work reads many accounts in one)."""
    _check_aware(at)
    return _gather(
        session, account_id, channel, at, agency=None, enforce=None, workplace_calls_forbidden=False
    )


def decide(
    db: Database,
    account_id: int,
    channel: str,
    at: datetime,
    *,
    agency: bool | None = None,
    enforce: bool | None = None,
    workplace_calls_forbidden: bool = False,
) -> Decision:
    """May this account's debtor be contacted on `channel` at `at`, and if not, from when?"""
    return evaluate(
        contact_context(
            db,
            account_id,
            channel,
            at,
            agency=agency,
            enforce=enforce,
            workplace_calls_forbidden=workplace_calls_forbidden,
        )
    )


def decide_all(
    db: Database,
    account_id: int,
    at: datetime,
    *,
    agency: bool | None = None,
    enforce: bool | None = None,
    workplace_calls_forbidden: bool = False,
) -> dict[str, Decision]:
    """The decision for every channel ("call", "sms", "email", "letter"), from one read."""
    with db.read() as session:
        return decide_all_in(
            session,
            account_id,
            at,
            agency=agency,
            enforce=enforce,
            workplace_calls_forbidden=workplace_calls_forbidden,
        )


def decide_all_in(
    session: Session,
    account_id: int,
    at: datetime,
    *,
    agency: bool | None = None,
    enforce: bool | None = None,
    workplace_calls_forbidden: bool = False,
) -> dict[str, Decision]:
    """``decide_all`` in the caller's session."""
    _check_aware(at)
    base = _gather(
        session,
        account_id,
        ContactMethod.CALL,
        at,
        agency=agency,
        enforce=enforce,
        workplace_calls_forbidden=workplace_calls_forbidden,
    )
    return {channel: evaluate(replace(base, channel=channel)) for channel in CHANNELS}


# --- reading the account -----------------------------------------------------------------------


def _gather(
    session: Session,
    account_id: int,
    channel: str,
    at: datetime,
    *,
    agency: bool | None,
    enforce: bool | None,
    workplace_calls_forbidden: bool,
) -> ContactContext:
    account = load_account(session, account_id)
    if agency is None or enforce is None:
        profile = office_profile(session)
        agency = profile.is_agency if agency is None else agency
        enforce = profile.enforce_contact_rules if enforce is None else enforce
    debtor_id = account.debtor_id
    addresses = session.scalars(
        select(Address)
        .where(Address.debtor_id == debtor_id, Address.valid_to.is_(None))
        .order_by(Address.valid_from.desc(), Address.id.desc())
    ).all()
    phones = session.scalars(
        select(Phone)
        .where(Phone.debtor_id == debtor_id, Phone.valid_to.is_(None))
        .order_by(Phone.id)
    ).all()
    emails = session.scalars(
        select(Email).where(Email.debtor_id == debtor_id, Email.valid_to.is_(None))
    ).all()
    moment = at.astimezone(UTC)
    interactions = session.execute(
        select(Interaction.channel, Interaction.outcome, Interaction.occurred_at).where(
            Interaction.account_id == account_id,
            Interaction.occurred_at >= moment - HISTORY_WINDOW,
            Interaction.occurred_at <= moment,
        )
    ).all()
    return _context(
        account,
        channel,
        at,
        addresses=addresses,
        phones=phones,
        emails=emails,
        interactions=interactions,
        dispute_open=has_open_dispute(session, account_id),
        time_barred=account_time_barred(session, account, moment.date()),
        agency=agency,
        enforce=enforce,
        workplace_calls_forbidden=workplace_calls_forbidden,
    )


def contexts_in(
    session: Session, account_ids: Sequence[int], channel: str, at: datetime
) -> dict[int, ContactContext]:
    """`context_in` for many accounts with a fixed number of statements, however many.

    The worklist judges the rows it shows this way: the same facts as one account's read
    (accounts, current addresses, phones and emails, 30 days of contacts, open disputes, the
    office profile and the years to sue), each read once for all the accounts. Unknown ids
    are left out.
    """
    _check_aware(at)
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    moment = at.astimezone(UTC)
    accounts = session.scalars(select(Account).where(Account.id.in_(ids))).all()
    debtor_ids = sorted({a.debtor_id for a in accounts})
    addresses: dict[int, list[Address]] = defaultdict(list)
    for address in session.scalars(
        select(Address)
        .where(Address.debtor_id.in_(debtor_ids), Address.valid_to.is_(None))
        .order_by(Address.valid_from.desc(), Address.id.desc())
    ):
        addresses[address.debtor_id].append(address)
    phones: dict[int, list[Phone]] = defaultdict(list)
    for phone in session.scalars(
        select(Phone)
        .where(Phone.debtor_id.in_(debtor_ids), Phone.valid_to.is_(None))
        .order_by(Phone.id)
    ):
        phones[phone.debtor_id].append(phone)
    emails: dict[int, list[Email]] = defaultdict(list)
    for email in session.scalars(
        select(Email).where(Email.debtor_id.in_(debtor_ids), Email.valid_to.is_(None))
    ):
        emails[email.debtor_id].append(email)
    contacts: dict[int, list[tuple[Channel, Outcome, datetime]]] = defaultdict(list)
    for account_id, contact_channel, outcome, occurred_at in session.execute(
        select(
            Interaction.account_id,
            Interaction.channel,
            Interaction.outcome,
            Interaction.occurred_at,
        ).where(
            Interaction.account_id.in_(ids),
            Interaction.occurred_at >= moment - HISTORY_WINDOW,
            Interaction.occurred_at <= moment,
        )
    ):
        contacts[account_id].append((contact_channel, outcome, occurred_at))
    disputed = set(
        session.scalars(
            select(Dispute.account_id)
            .where(Dispute.account_id.in_(ids), Dispute.status == DisputeStatus.OPEN)
            .distinct()
        )
    )
    profile = office_profile(session)
    years_to_sue = statute_table(session)
    result = {}
    for account in accounts:
        found = addresses.get(account.debtor_id, [])
        result[account.id] = _context(
            account,
            channel,
            at,
            addresses=found,
            phones=phones.get(account.debtor_id, []),
            emails=emails.get(account.debtor_id, []),
            interactions=contacts.get(account.id, []),
            dispute_open=account.id in disputed,
            time_barred=_time_barred(
                account, found[0] if found else None, moment.date(), years_to_sue
            ),
            agency=profile.is_agency,
            enforce=profile.enforce_contact_rules,
            workplace_calls_forbidden=False,
        )
    return result


def _time_barred(
    account: Account, newest_address: Address | None, today: date, table: Mapping[str, int]
) -> bool:
    """`statute.account_time_barred` from an address already read (the newest current one)."""
    start = account.last_payment_date or account.first_delinquency_date
    if start is None or newest_address is None:
        return False
    if newest_address.state.upper() not in table:
        return False
    return is_time_barred(newest_address.state, start, today, table)


def _context(
    account: Account,
    channel: str,
    at: datetime,
    *,
    addresses: Sequence[Address],
    phones: Sequence[Phone],
    emails: Sequence[Email],
    interactions: Iterable[tuple[Channel, Outcome, datetime]],
    dispute_open: bool,
    time_barred: bool,
    agency: bool,
    enforce: bool,
    workplace_calls_forbidden: bool,
) -> ContactContext:
    """The engine's input from what was read about one account (newest address first)."""
    # Normally one current address; if a skip trace left two, both zones count.
    zones = [z for a in addresses for z in candidate_time_zones(a.state, a.zip_code, ())]
    zones.extend(z for p in phones for z in phone_zones(p.number))
    state = addresses[0].state if addresses else None  # the newest
    callable_phones = [p for p in phones if not p.do_not_call]
    return ContactContext(
        channel=channel,
        at=at,
        time_zones=tuple(dict.fromkeys(zones)),
        history=past_contacts(interactions),
        state=state,
        cease_communication=account.cease_communication,
        attorney_represented=account.attorney_represented,
        bankruptcy=account.bankruptcy,
        deceased=account.deceased,
        dispute_pending=account.status is AccountStatus.DISPUTED or dispute_open,
        no_phone=not phones,
        do_not_call=bool(phones) and not callable_phones,
        no_email=not emails,
        email_opt_out=bool(emails) and all(e.opt_out for e in emails),
        workplace_number=bool(callable_phones)
        and all(p.kind is ContactKind.WORK for p in callable_phones),
        workplace_calls_forbidden=workplace_calls_forbidden,
        time_barred=time_barred,
        agency=agency,
        enforce=enforce,
    )


def past_contacts(rows: Iterable[tuple[Channel, Outcome, datetime]]) -> tuple[PastContact, ...]:
    """The engine's history from (channel, outcome, occurred_at) rows of the contact log.

    See the module docstring for what counts; rows that don't count are dropped.
    """
    history: list[PastContact] = []
    for channel, outcome, occurred_at in rows:
        talked = outcome in CONVERSATION_OUTCOMES
        if channel in JUDGED_AS:  # contact-log channels that are attempts, as the rules count them
            kind = JUDGED_AS[channel]
            conversation = talked and channel is Channel.OUTBOUND_CALL
            history.append(PastContact(kind, occurred_at, conversation))
        elif channel is Channel.INBOUND_CALL and talked:
            history.append(PastContact(ContactMethod.CALL, occurred_at, conversation=True))
    history.sort(key=lambda c: c.at)
    return tuple(history)


def _check_aware(at: datetime) -> None:
    if not isinstance(at, datetime) or at.utcoffset() is None:
        raise ValidationError(
            translate("ContactRules", "A contact time must include its time zone."), field="at"
        )
