"""SQLAlchemy models, column types and migrations. Never imports Qt or services."""

from collectorpro.models.base import Base, UTCDateTime, utcnow
from collectorpro.models.entities import (
    Account,
    Address,
    AuditEvent,
    Creditor,
    Debtor,
    Email,
    Interaction,
    LedgerEntry,
    Payment,
    PaymentPlan,
    Phone,
    PlanInstallment,
    PromiseToPay,
    Setting,
    User,
)

__all__ = [
    "Account",
    "Address",
    "AuditEvent",
    "Base",
    "Creditor",
    "Debtor",
    "Email",
    "Interaction",
    "LedgerEntry",
    "Payment",
    "PaymentPlan",
    "Phone",
    "PlanInstallment",
    "PromiseToPay",
    "Setting",
    "UTCDateTime",
    "User",
    "utcnow",
]
