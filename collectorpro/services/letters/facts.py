"""What a letter needs to know about its accounts, read for many accounts at once.

A batch of 10,000 letters cannot afford a dozen queries per account. ``read_facts`` reads
everything a letter and the contact guard's letter decision need — the account with its debtor
and creditor, the current addresses, phones and emails, the recent contact history, the open
dispute and (for the validation notice) the ledger — for a whole chunk of accounts in a fixed
number of queries, and hands back plain frozen ``LetterFacts``. One letter reads them the same
way, for a chunk of one, so a single letter and a batch cannot disagree.

``letter_context`` builds the guard's ``ContactContext`` from the facts as
``compliance.guard`` gathers it for one account (same addresses and phones in the same order,
same history window, same time-barred test), so ``evaluate`` gives the same decision.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import NotFound
from collectorpro.core.i18n import translate
from collectorpro.models import (
    Account,
    Address,
    Creditor,
    Debtor,
    Dispute,
    Email,
    Interaction,
    LedgerEntry,
    Phone,
)
from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    ContactKind,
    ContactMethod,
    DisputeStatus,
    LedgerKind,
    Outcome,
    ServiceType,
)
from collectorpro.services.compliance.guard import HISTORY_WINDOW, past_contacts
from collectorpro.services.compliance.rules import ContactContext
from collectorpro.services.compliance.time_limits import is_time_barred
from collectorpro.services.compliance.timezones import candidate_time_zones

T = TypeVar("T")

__all__ = [
    "LedgerRow",
    "LetterFacts",
    "MailingAddress",
    "account_is_time_barred",
    "chunks",
    "letter_context",
    "read_facts",
]


@dataclass(frozen=True)
class MailingAddress:
    line1: str
    line2: str
    city: str
    state: str
    zip_code: str

    def lines(self) -> tuple[str, ...]:
        """The address as printed lines, as ``money.paperwork.mailing_lines`` prints it."""
        first = (self.line1, self.line2) if self.line2 else (self.line1,)
        return (*first, f"{self.city}, {self.state} {self.zip_code}")


@dataclass(frozen=True)
class LedgerRow:
    id: int
    kind: LedgerKind
    amount_cents: int
    effective_date: date
    reverses_id: int | None


@dataclass(frozen=True)
class LetterFacts:
    """One account as its letters and the guard's letter decision see it."""

    account_id: int
    account_number: str
    debtor_name: str
    preferred_language: str | None
    creditor_name: str
    service_type: ServiceType
    status: AccountStatus
    balance_cents: int
    itemization_date: date | None
    first_delinquency_date: date | None
    last_payment_date: date | None
    cease_communication: bool
    attorney_represented: bool
    bankruptcy: bool
    deceased: bool
    addresses: tuple[MailingAddress, ...]  # current ones, newest first
    # read only when asked for (see read_facts): None when not read
    phones: tuple[tuple[str, ContactKind, bool], ...] | None  # current: number, kind, no calls
    email_opt_outs: tuple[bool, ...] | None  # one per current email address
    contacts: tuple[tuple[Channel, Outcome, datetime], ...] | None  # the guard's history window
    open_dispute: tuple[date, str] | None  # the newest open dispute: received on, what
    ledger: tuple[LedgerRow, ...] | None  # None when it was not read

    @property
    def mailing_lines(self) -> tuple[str, ...]:
        return self.addresses[0].lines() if self.addresses else ()

    @property
    def zip_code(self) -> str:
        return self.addresses[0].zip_code if self.addresses else ""


def read_facts(
    session: Session,
    account_ids: Sequence[int],
    *,
    at: datetime | None = None,
    contact_points: bool = False,
    ledger: bool = False,
) -> dict[int, LetterFacts]:
    """The facts of these accounts in three to seven queries, whatever their number.

    A letter needs the account, its debtor's current addresses and its open dispute. What only
    calls, texts and emails are judged on is read when asked for: ``at`` reads the contact
    history the guard looks back on from that moment, ``contact_points`` the debtor's phones
    and emails. ``ledger`` reads the ledger rows the validation notice itemizes. An unknown
    account is refused with NotFound, as loading it alone would be.
    """
    ids = list(dict.fromkeys(account_ids))
    if not ids:
        return {}
    run = session.connection().execute  # plain rows: no ORM objects to build and track
    accounts = run(
        select(
            Account.id,
            Account.account_number,
            Account.debtor_id,
            Account.service_type,
            Account.status,
            Account.balance_cents,
            Account.itemization_date,
            Account.first_delinquency_date,
            Account.last_payment_date,
            Account.cease_communication,
            Account.attorney_represented,
            Account.bankruptcy,
            Account.deceased,
            Debtor.first_name,
            Debtor.middle_name,
            Debtor.last_name,
            Debtor.suffix,
            Debtor.preferred_language,
            Creditor.name,
        )
        .join(Debtor, Debtor.id == Account.debtor_id)
        .join(Creditor, Creditor.id == Account.creditor_id)
        .where(Account.id.in_(ids))
    ).all()
    by_id = {row.id: row for row in accounts}
    for account_id in ids:
        if account_id not in by_id:
            raise NotFound(
                translate("Accounts", "There is no account with id {id}.").format(id=account_id)
            )
    debtors = list({row.debtor_id for row in accounts})
    addresses: dict[int, list[MailingAddress]] = defaultdict(list)
    for a in run(
        select(
            Address.debtor_id, Address.line1, Address.line2, Address.city, Address.state,
            Address.zip_code,
        )
        .where(Address.debtor_id.in_(debtors), Address.valid_to.is_(None))
        .order_by(Address.debtor_id, Address.valid_from.desc(), Address.id.desc())
    ):  # fmt: skip
        addresses[a.debtor_id].append(MailingAddress(a.line1, a.line2, a.city, a.state, a.zip_code))
    phones: dict[int, list[tuple[str, ContactKind, bool]]] = defaultdict(list)
    emails: dict[int, list[bool]] = defaultdict(list)
    for p in (
        ()
        if not contact_points
        else run(
            select(Phone.debtor_id, Phone.number, Phone.kind, Phone.do_not_call)
            .where(Phone.debtor_id.in_(debtors), Phone.valid_to.is_(None))
            .order_by(Phone.debtor_id, Phone.id)
        )
    ):
        phones[p.debtor_id].append((p.number, p.kind, p.do_not_call))
    for e in (
        ()
        if not contact_points
        else run(
            select(Email.debtor_id, Email.opt_out)
            .where(Email.debtor_id.in_(debtors), Email.valid_to.is_(None))
            .order_by(Email.debtor_id, Email.id)
        )
    ):
        emails[e.debtor_id].append(e.opt_out)
    contacts: dict[int, list[tuple[Channel, Outcome, datetime]]] = defaultdict(list)
    if at is not None:
        moment = at.astimezone(UTC)
        for i in run(
            select(
                Interaction.account_id,
                Interaction.channel,
                Interaction.outcome,
                Interaction.occurred_at,
            )
            .where(
                Interaction.account_id.in_(ids),
                Interaction.occurred_at >= moment - HISTORY_WINDOW,
                Interaction.occurred_at <= moment,
            )
            .order_by(Interaction.account_id, Interaction.occurred_at, Interaction.id)
        ):
            contacts[i.account_id].append((i.channel, i.outcome, i.occurred_at))
    disputes: dict[int, tuple[date, str]] = {}
    for d in run(
        select(Dispute.account_id, Dispute.received_on, Dispute.what)
        .where(Dispute.account_id.in_(ids), Dispute.status == DisputeStatus.OPEN)
        .order_by(Dispute.account_id, Dispute.id.desc())
    ):
        disputes.setdefault(d.account_id, (d.received_on, d.what))
    entries: dict[int, list[LedgerRow]] = defaultdict(list)
    if ledger:
        for entry in run(
            select(
                LedgerEntry.account_id,
                LedgerEntry.id,
                LedgerEntry.kind,
                LedgerEntry.amount_cents,
                LedgerEntry.effective_date,
                LedgerEntry.reverses_id,
            )
            .where(LedgerEntry.account_id.in_(ids))
            .order_by(LedgerEntry.account_id, LedgerEntry.id)
        ):
            entries[entry.account_id].append(
                LedgerRow(
                    entry.id,
                    entry.kind,
                    entry.amount_cents,
                    entry.effective_date,
                    entry.reverses_id,
                )
            )
    facts: dict[int, LetterFacts] = {}
    for account_id in ids:
        row = by_id[account_id]
        names = (row.first_name, row.middle_name, row.last_name, row.suffix)
        facts[account_id] = LetterFacts(
            account_id=account_id,
            account_number=row.account_number,
            debtor_name=" ".join(p for p in names if p),
            preferred_language=row.preferred_language,
            creditor_name=row.name,
            service_type=row.service_type,
            status=row.status,
            balance_cents=row.balance_cents,
            itemization_date=row.itemization_date,
            first_delinquency_date=row.first_delinquency_date,
            last_payment_date=row.last_payment_date,
            cease_communication=row.cease_communication,
            attorney_represented=row.attorney_represented,
            bankruptcy=row.bankruptcy,
            deceased=row.deceased,
            addresses=tuple(addresses.get(row.debtor_id, ())),
            phones=tuple(phones.get(row.debtor_id, ())) if contact_points else None,
            email_opt_outs=tuple(emails.get(row.debtor_id, ())) if contact_points else None,
            contacts=tuple(contacts.get(account_id, ())) if at is not None else None,
            open_dispute=disputes.get(account_id),
            ledger=tuple(entries.get(account_id, ())) if ledger else None,
        )
    return facts


# --- the guard's view of the facts -------------------------------------------------------------


def account_is_time_barred(facts: LetterFacts, today: date, table: Mapping[str, int]) -> bool:
    """``compliance.statute.account_time_barred`` on the facts: the newest current address's
    state, the last payment or first delinquency, the office's years to sue."""
    start = facts.last_payment_date or facts.first_delinquency_date
    if start is None or not facts.addresses:
        return False
    state = facts.addresses[0].state
    if state.upper() not in table:
        return False
    return is_time_barred(state, start, today, table)


@lru_cache(maxsize=65_536)
def _zones(state: str | None, zip_code: str | None, phones: tuple[str, ...]) -> tuple[str, ...]:
    """The candidate zones, remembered: a batch meets the same ZIP codes again and again."""
    return candidate_time_zones(state, zip_code, phones)


def letter_context(
    facts: LetterFacts,
    channel: str,
    at: datetime,
    *,
    agency: bool,
    enforce: bool,
    statute: Mapping[str, int],
) -> ContactContext:
    """The guard's context for contacting this account on ``channel`` at ``at``, as
    ``compliance.guard`` gathers it, for deciding whether the letter may go out.

    A letter (by mail) is judged on the account's standing flags, its dispute and its debt's
    age only; what else the guard gathers counts for calls, texts and emails alone, and is
    left out when it was not read (``read_facts``): the debtor's phones and emails and the
    contact history (and with them the phones' time zones, which cost more to work out than
    all the rest). The decision is the same; only ``Decision.time_zones`` lists fewer zones.
    Judging a call, text or email needs ``facts`` read with ``contact_points`` and ``at``.
    """
    if channel != ContactMethod.LETTER and (facts.phones is None or facts.contacts is None):
        raise ValueError("judging a call, text or email needs the phones, emails and history")
    zones = [z for a in facts.addresses for z in _zones(a.state, a.zip_code, ())]
    phones = facts.phones or ()
    if channel in (ContactMethod.CALL, ContactMethod.SMS):
        zones.extend(_zones(None, None, tuple(number for number, _kind, _dnc in phones)))
    callable_phones = [p for p in phones if not p[2]]
    emails = facts.email_opt_outs
    return ContactContext(
        channel=channel,
        at=at,
        time_zones=tuple(dict.fromkeys(zones)),
        history=past_contacts(facts.contacts or ()),
        state=facts.addresses[0].state if facts.addresses else None,
        cease_communication=facts.cease_communication,
        attorney_represented=facts.attorney_represented,
        bankruptcy=facts.bankruptcy,
        deceased=facts.deceased,
        dispute_pending=facts.status is AccountStatus.DISPUTED or facts.open_dispute is not None,
        no_phone=facts.phones is not None and not phones,
        do_not_call=bool(phones) and not callable_phones,
        no_email=emails is not None and not emails,
        email_opt_out=bool(emails) and all(emails or ()),
        workplace_number=bool(callable_phones)
        and all(p[1] is ContactKind.WORK for p in callable_phones),
        workplace_calls_forbidden=False,
        time_barred=account_is_time_barred(facts, at.astimezone(UTC).date(), statute),
        agency=agency,
        enforce=enforce,
    )


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of ``size``: the unit a batch reads its facts in, or records in."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
