"""The CollectorPro records.

Ledger entries, interactions and audit events are append-only: the database refuses UPDATE
and DELETE on them (triggers in the first migration), and services never try.
Contact points (addresses, phones, emails) are never overwritten either: a change closes the
old row (valid_to) and adds a new one, so the history stays for skip tracing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collectorpro.models.base import Base, UTCDateTime, enum_type, utcnow
from collectorpro.models.enums import (
    AccountStatus,
    Arrangement,
    Channel,
    ContactKind,
    DisputeChannel,
    DisputeStatus,
    InstallmentStatus,
    LedgerKind,
    Outcome,
    PaymentMethod,
    PlanStatus,
    PromiseStatus,
    ServiceType,
    UserRole,
)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[UserRole] = mapped_column(enum_type(UserRole, "user_role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Creditor(Base):
    """The office or client the debt is owed to."""

    __tablename__ = "creditors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Debtor(Base):
    __tablename__ = "debtors"
    __table_args__ = (Index("ix_debtors_name", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    middle_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    suffix: Mapped[str] = mapped_column(String(20), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    addresses: Mapped[list[Address]] = relationship(back_populates="debtor")
    phones: Mapped[list[Phone]] = relationship(back_populates="debtor")
    emails: Mapped[list[Email]] = relationship(back_populates="debtor")


class _ContactPoint:
    source: Mapped[str] = mapped_column(String(40), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Address(_ContactPoint, Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"), index=True)
    line1: Mapped[str] = mapped_column(String(160))
    line2: Mapped[str] = mapped_column(String(160), default="")
    city: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(2))
    zip_code: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(2), default="US")

    debtor: Mapped[Debtor] = relationship(back_populates="addresses")


class Phone(_ContactPoint, Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"), index=True)
    number: Mapped[str] = mapped_column(String(20), index=True)  # E.164
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind, "phone_kind"))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)

    debtor: Mapped[Debtor] = relationship(back_populates="phones")


class Email(_ContactPoint, Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"), index=True)
    address: Mapped[str] = mapped_column(String(254), index=True)
    opt_out: Mapped[bool] = mapped_column(Boolean, default=False)

    debtor: Mapped[Debtor] = relationship(back_populates="emails")


class Account(Base):
    """One debt owed by one debtor to one creditor."""

    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("creditor_id", "account_number"),
        Index("ix_accounts_balance", "balance_cents"),
        Index("ix_accounts_delinquency", "first_delinquency_date"),
        Index("ix_accounts_status_balance", "status", "balance_cents"),
        # everything the worklist's priority section bounds and scores, by balance
        Index(
            "ix_accounts_priority",
            "balance_cents",
            "first_delinquency_date",
            "last_contact_at",
            "status",
            "assigned_user_id",
        ),
        Index("ix_accounts_status", "status"),
        Index("ix_accounts_last_contact", "last_contact_at"),
        Index("ix_accounts_next_action", "next_action_date"),
        Index("ix_accounts_number", "account_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    creditor_id: Mapped[int] = mapped_column(ForeignKey("creditors.id"), index=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"), index=True)
    account_number: Mapped[str] = mapped_column(String(40))
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    service_date: Mapped[date | None] = mapped_column(Date)
    first_delinquency_date: Mapped[date | None] = mapped_column(Date)
    last_payment_date: Mapped[date | None] = mapped_column(Date)
    itemization_date: Mapped[date | None] = mapped_column(Date)
    placed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[AccountStatus] = mapped_column(
        enum_type(AccountStatus, "account_status"), default=AccountStatus.NEW
    )
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    cease_communication: Mapped[bool] = mapped_column(Boolean, default=False)
    attorney_represented: Mapped[bool] = mapped_column(Boolean, default=False)
    bankruptcy: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    insurance_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # A cache of SUM(ledger_entries.amount_cents); changed only with a new entry.
    balance_cents: Mapped[int] = mapped_column(Integer, default=0)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_action_date: Mapped[date | None] = mapped_column(Date)
    next_action: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    creditor: Mapped[Creditor] = relationship()
    debtor: Mapped[Debtor] = relationship()
    assigned_user: Mapped[User | None] = relationship()


class LedgerEntry(Base):
    """An append-only money movement. Positive amounts raise the balance."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("amount_cents <> 0", name="nonzero_amount"),
        CheckConstraint(
            "(kind IN ('charge','interest','fee') AND amount_cents > 0)"
            " OR (kind IN ('payment','write_off') AND amount_cents < 0)"
            " OR kind IN ('adjustment','reversal')",
            name="sign_matches_kind",
        ),
        CheckConstraint(
            "(kind = 'reversal') = (reverses_id IS NOT NULL)", name="reversal_has_target"
        ),
        Index("ix_ledger_entries_account", "account_id", "effective_date"),
        # aging on an earlier day: the entries dated after it, with their accounts and amounts
        Index("ix_ledger_entries_effective", "effective_date", "account_id", "amount_cents"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[LedgerKind] = mapped_column(enum_type(LedgerKind, "ledger_kind"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    effective_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reference: Mapped[str] = mapped_column(String(80), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)


class Interaction(Base):
    """An append-only entry in the contact log; a correction is a new note."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_account", "account_id", "occurred_at"),
        # the worklist's follow-ups: the latest one set per account, and later real contacts
        Index(
            "ix_interactions_follow_up",
            "account_id",
            "id",
            "follow_up_date",
            sqlite_where=text("follow_up_date IS NOT NULL"),
            postgresql_where=text("follow_up_date IS NOT NULL"),
        ),
        Index(
            "ix_interactions_contacts",
            "account_id",
            "id",
            sqlite_where=text("channel != 'note'"),
            postgresql_where=text("channel != 'note'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel, "channel"))
    outcome: Mapped[Outcome] = mapped_column(enum_type(Outcome, "outcome"))
    notes: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PromiseToPay(Base):
    __tablename__ = "promises"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="positive_amount"),
        Index("ix_promises_account", "account_id", "due_date"),
        Index("ix_promises_status_due", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[PromiseStatus] = mapped_column(
        enum_type(PromiseStatus, "promise_status"), default=PromiseStatus.PENDING
    )
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PaymentPlan(Base):
    """An arrangement: pay in full, settle for less, or pay in installments.

    The plan's status moves (active → completed, broken or cancelled); its installments carry a
    cached view of what has been paid, recomputed from the payments whenever one posts.
    """

    __tablename__ = "payment_plans"
    __table_args__ = (
        CheckConstraint("arranged_total_cents > 0", name="positive_total"),
        CheckConstraint("balance_cents > 0", name="positive_balance"),
        CheckConstraint(
            "arrangement <> 'settlement' OR arranged_total_cents < balance_cents",
            name="settlement_below_balance",
        ),
        Index("ix_payment_plans_account", "account_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    arrangement: Mapped[Arrangement] = mapped_column(enum_type(Arrangement, "arrangement"))
    status: Mapped[PlanStatus] = mapped_column(
        enum_type(PlanStatus, "plan_status"), default=PlanStatus.ACTIVE
    )
    balance_cents: Mapped[int] = mapped_column(Integer)  # the balance when it was arranged
    arranged_total_cents: Mapped[int] = mapped_column(Integer)
    frequency: Mapped[str] = mapped_column(String(16), default="")
    agreed_on: Mapped[date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    # the settlement discount posted when a settlement was fulfilled
    discount_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))


class PlanInstallment(Base):
    __tablename__ = "plan_installments"
    __table_args__ = (
        UniqueConstraint("plan_id", "number"),
        CheckConstraint("amount_cents > 0", name="positive_amount"),
        CheckConstraint("paid_cents >= 0 AND paid_cents <= amount_cents", name="paid_in_range"),
        Index("ix_plan_installments_due", "status", "due_date"),
        Index("ix_plan_installments_due_date", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plans.id"))
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    is_down_payment: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[InstallmentStatus] = mapped_column(
        enum_type(InstallmentStatus, "installment_status"), default=InstallmentStatus.UPCOMING
    )


class Payment(Base):
    """The receipt side of a payment ledger entry. Append-only, like the ledger.

    Receipt numbers count up from 1 per office without gaps: they are taken inside the write
    transaction (BEGIN IMMEDIATE), so two collectors posting at once get consecutive numbers.
    """

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    receipt_number: Mapped[int] = mapped_column(Integer, unique=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod, "payment_method"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plans.id"), index=True)
    balance_after_cents: Mapped[int] = mapped_column(Integer)
    plan_summary: Mapped[str] = mapped_column(String(200), default="")
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Dispute(Base):
    """A debtor's dispute of the debt: opening one stops collection until verification."""

    __tablename__ = "disputes"
    __table_args__ = (
        CheckConstraint("amount_cents IS NULL OR amount_cents > 0", name="positive_amount"),
        Index("ix_disputes_status", "status", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    status: Mapped[DisputeStatus] = mapped_column(
        enum_type(DisputeStatus, "dispute_status"), default=DisputeStatus.OPEN
    )
    what: Mapped[str] = mapped_column(Text)  # what the debtor says is wrong
    amount_cents: Mapped[int | None] = mapped_column(Integer)  # the amount disputed, if named
    received_on: Mapped[date] = mapped_column(Date)
    received_via: Mapped[DisputeChannel] = mapped_column(
        enum_type(DisputeChannel, "dispute_channel")
    )
    written: Mapped[bool] = mapped_column(Boolean)
    status_before: Mapped[AccountStatus] = mapped_column(enum_type(AccountStatus, "account_status"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    verification_sent_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")


class ContactOverride(Base):
    """A contact the guard advised against, made anyway with a manager's written reason.

    Append-only: the record of who allowed what, and why.
    """

    __tablename__ = "contact_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(12))
    rules: Mapped[str] = mapped_column(Text)  # the blocking rules' ids, comma-separated
    reason: Mapped[str] = mapped_column(Text)
    manager_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class LetterBatch(Base):
    """One run of batch letters: what was asked, how many went out. Append-only."""

    __tablename__ = "letter_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    template: Mapped[str] = mapped_column(String(40))
    selection: Mapped[str] = mapped_column(Text)  # the rule or list filter, in words
    letters: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    output_path: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IssuedDocument(Base):
    """A letter, notice, receipt or agreement as it left the office. Append-only.

    ``payload`` is everything the PDF was drawn from (a letter's ``LetterData`` as JSON), so
    the document can be drawn again byte for byte; ``pdf`` keeps the file itself for
    documents issued one at a time. ``sha256`` is the digest of the PDF as issued, when the
    letter was drawn on its own.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (Index("ix_issued_documents_account", "account_id", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel, "channel"))
    recipient: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("letter_batches.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportBatch(Base):
    """One file imported (or refused): what came in and what became of it. Append-only."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # accounts | payments
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    creditor_id: Mapped[int | None] = mapped_column(ForeignKey("creditors.id"))
    profile_name: Mapped[str] = mapped_column(String(80), default="")
    rows: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    """Who did what to which record, and when. Append-only."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Office settings as key/value text (JSON where structured)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
