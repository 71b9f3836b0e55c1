"""Immutable views handed to the UI and the command line; never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from collectorpro.models.enums import (
    AccountStatus,
    Channel,
    ContactKind,
    LedgerKind,
    Outcome,
    PromiseStatus,
    ServiceType,
)
from collectorpro.services.accounts.aging import AgingBucket, bucket_for, days_past_due


class AccountRow(tuple[tuple[object, ...], date]):
    """One line of the account list, immutable like every snapshot.

    It is the pair (the values as the page query read them: text dates, enum values; the
    day the list is aged on), and turns a value into a date or an enum only when it is looked
    at: a page of 200 rows is read far more often than each of its cells is shown, and
    building 200 frozen dataclasses of converted values cost several times the query itself.
    The page query (``listing``) selects the values in the order the properties read them.
    """

    __slots__ = ()

    @property
    def id(self) -> int:
        return self[0][0]  # type: ignore[return-value]

    @property
    def account_number(self) -> str:
        return self[0][1]  # type: ignore[return-value]

    @property
    def debtor_name(self) -> str:
        return f"{self[0][3]}, {self[0][2]}"

    @property
    def creditor_name(self) -> str:
        return self[0][4]  # type: ignore[return-value]

    @property
    def service_type(self) -> ServiceType:
        return ServiceType(str(self[0][5]))

    @property
    def balance_cents(self) -> int:
        return self[0][6]  # type: ignore[return-value]

    @property
    def first_delinquency_date(self) -> date | None:
        return _day(self[0][7])

    @property
    def days_past_due(self) -> int:
        return days_past_due(self.first_delinquency_date, self[1])  # type: ignore[arg-type]

    @property
    def bucket(self) -> AgingBucket:
        return bucket_for(self.days_past_due)

    @property
    def status(self) -> AccountStatus:
        return AccountStatus(str(self[0][8]))

    @property
    def last_contact_at(self) -> datetime | None:
        value = self[0][9]
        if value is None or isinstance(value, datetime):
            return value
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)

    @property
    def next_action_date(self) -> date | None:
        return _day(self[0][10])

    @property
    def next_action(self) -> str:
        return self[0][11]  # type: ignore[return-value]


def _day(value: object) -> date | None:
    """A stored day (ISO text) as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class ListSummary:
    count: int
    total_balance_cents: int


def format_receipt_number(number: int) -> str:
    """Receipt numbers print as six digits: 000042."""
    return f"{number:06d}"


@dataclass(frozen=True)
class LedgerLine:
    id: int
    kind: LedgerKind
    amount_cents: int
    running_balance_cents: int
    effective_date: date
    posted_at: datetime
    user_name: str
    reference: str
    memo: str
    reverses_id: int | None
    reversed_by_id: int | None
    receipt_number: str | None = None  # payments posted in CollectorPro have one

    @property
    def reversible(self) -> bool:
        return self.kind is LedgerKind.PAYMENT and self.reversed_by_id is None


@dataclass(frozen=True)
class InteractionView:
    id: int
    channel: Channel
    outcome: Outcome
    notes: str
    occurred_at: datetime
    user_name: str
    duration_seconds: int | None
    follow_up_date: date | None


@dataclass(frozen=True)
class PromiseView:
    id: int
    amount_cents: int
    due_date: date
    status: PromiseStatus
    created_at: datetime
    user_name: str


@dataclass(frozen=True)
class AddressView:
    id: int
    line1: str
    line2: str
    city: str
    state: str
    zip_code: str
    source: str
    valid_from: date
    valid_to: date | None

    @property
    def current(self) -> bool:
        return self.valid_to is None

    def one_line(self) -> str:
        street = ", ".join(p for p in (self.line1, self.line2) if p)
        return f"{street}, {self.city}, {self.state} {self.zip_code}"


@dataclass(frozen=True)
class PhoneView:
    id: int
    number: str
    kind: ContactKind
    consent: bool
    do_not_call: bool
    source: str
    valid_from: date
    valid_to: date | None

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class EmailView:
    id: int
    address: str
    opt_out: bool
    source: str
    valid_from: date
    valid_to: date | None

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class AccountDetail:
    id: int
    account_number: str
    debtor_id: int
    debtor_name: str
    date_of_birth: date | None
    preferred_language: str
    creditor_name: str
    service_type: ServiceType
    status: AccountStatus
    balance_cents: int
    days_past_due: int
    bucket: AgingBucket
    service_date: date | None
    first_delinquency_date: date | None
    last_payment_date: date | None
    itemization_date: date | None
    placed_on: date
    assigned_user_name: str
    flags: tuple[str, ...]
    allowed_statuses: tuple[AccountStatus, ...]
    history: tuple[InteractionView, ...]
    ledger: tuple[LedgerLine, ...]
    promises: tuple[PromiseView, ...]
    addresses: tuple[AddressView, ...]
    phones: tuple[PhoneView, ...]
    emails: tuple[EmailView, ...]
