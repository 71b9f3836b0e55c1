"""The vocabulary of collections: statuses, entry kinds, channels and outcomes."""

from __future__ import annotations

from enum import StrEnum


class AccountStatus(StrEnum):
    NEW = "new"
    ACTIVE = "active"
    PROMISE = "promise"
    PLAN = "plan"
    DISPUTED = "disputed"
    HOLD = "hold"
    AGENCY = "agency"
    LEGAL = "legal"
    PAID = "paid"
    SETTLED = "settled"
    WRITTEN_OFF = "written_off"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


_S = AccountStatus
_WORKING = {_S.ACTIVE, _S.PROMISE, _S.PLAN, _S.DISPUTED, _S.HOLD, _S.AGENCY, _S.LEGAL}
_ENDINGS = {_S.PAID, _S.SETTLED, _S.WRITTEN_OFF, _S.CLOSED}

# Which status an account may move to from each status. Reopening a finished account goes
# back to active (a reversed payment, a write-off recalled); closed is the end of the road
# except for a deliberate reopen.
ALLOWED_TRANSITIONS: dict[AccountStatus, frozenset[AccountStatus]] = {
    _S.NEW: frozenset(_WORKING | _ENDINGS),
    _S.ACTIVE: frozenset((_WORKING | _ENDINGS) - {_S.ACTIVE}),
    _S.PROMISE: frozenset((_WORKING | _ENDINGS) - {_S.PROMISE}),
    _S.PLAN: frozenset((_WORKING | _ENDINGS) - {_S.PLAN}),
    _S.DISPUTED: frozenset(
        {_S.ACTIVE, _S.PROMISE, _S.PLAN, _S.HOLD, _S.AGENCY, _S.LEGAL} | _ENDINGS
    ),
    _S.HOLD: frozenset({_S.ACTIVE, _S.DISPUTED, _S.AGENCY, _S.LEGAL} | _ENDINGS),
    _S.AGENCY: frozenset({_S.ACTIVE, _S.LEGAL, _S.DISPUTED, _S.HOLD} | _ENDINGS),
    _S.LEGAL: frozenset({_S.ACTIVE, _S.AGENCY, _S.DISPUTED, _S.HOLD} | _ENDINGS),
    _S.PAID: frozenset({_S.ACTIVE, _S.CLOSED}),
    _S.SETTLED: frozenset({_S.ACTIVE, _S.CLOSED}),
    _S.WRITTEN_OFF: frozenset({_S.ACTIVE, _S.CLOSED}),
    _S.CLOSED: frozenset({_S.ACTIVE}),
}


class ServiceType(StrEnum):
    MEDICAL = "medical"
    UTILITY = "utility"
    OTHER = "other"


class LedgerKind(StrEnum):
    CHARGE = "charge"
    INTEREST = "interest"
    FEE = "fee"
    PAYMENT = "payment"
    ADJUSTMENT = "adjustment"
    REVERSAL = "reversal"
    WRITE_OFF = "write_off"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-").capitalize()


# Kinds whose amount raises the balance (positive), lowers it (negative), or either.
INCREASING_KINDS = frozenset({LedgerKind.CHARGE, LedgerKind.INTEREST, LedgerKind.FEE})
DECREASING_KINDS = frozenset({LedgerKind.PAYMENT, LedgerKind.WRITE_OFF})


class Channel(StrEnum):
    OUTBOUND_CALL = "outbound_call"
    INBOUND_CALL = "inbound_call"
    VOICEMAIL = "voicemail"
    EMAIL = "email"
    LETTER = "letter"
    SMS = "sms"
    NOTE = "note"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {
            "outbound_call": "Outbound call",
            "inbound_call": "Inbound call",
            "sms": "SMS",
            "in_person": "In person",
        }.get(self.value, self.value.replace("_", " ").capitalize())


class ContactMethod(StrEnum):
    """The channels the contact rules judge; each guarded ``Channel`` counts as one."""

    CALL = "call"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return {"sms": "Text message"}.get(self.value, self.value.capitalize())


# Contacts the office makes, and the method the contact rules judge each one on.
JUDGED_AS: dict[Channel, ContactMethod] = {
    Channel.OUTBOUND_CALL: ContactMethod.CALL,
    Channel.VOICEMAIL: ContactMethod.CALL,
    Channel.SMS: ContactMethod.SMS,
    Channel.EMAIL: ContactMethod.EMAIL,
    Channel.LETTER: ContactMethod.LETTER,
}


class Outcome(StrEnum):
    RIGHT_PARTY_CONTACT = "right_party_contact"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"
    THIRD_PARTY = "third_party"
    PROMISE_TO_PAY = "promise_to_pay"
    REFUSED = "refused"
    DISPUTE = "dispute"
    PAYMENT_TAKEN = "payment_taken"
    CALLBACK_REQUESTED = "callback_requested"
    SENT = "sent"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"none": "—", "right_party_contact": "Right-party contact"}.get(
            self.value, self.value.replace("_", " ").capitalize()
        )


# Outcomes that mean the collector actually spoke with the debtor (Reg F's "conversation").
CONVERSATION_OUTCOMES = frozenset(
    {
        Outcome.RIGHT_PARTY_CONTACT,
        Outcome.PROMISE_TO_PAY,
        Outcome.REFUSED,
        Outcome.DISPUTE,
        Outcome.PAYMENT_TAKEN,
        Outcome.CALLBACK_REQUESTED,
    }
)


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Arrangement(StrEnum):
    """How the debtor agreed to pay."""

    PAY_IN_FULL = "pay_in_full"
    SETTLEMENT = "settlement"
    INSTALLMENT = "installment"

    @property
    def label(self) -> str:
        return {
            "pay_in_full": "Payment in full",
            "settlement": "Settlement",
            "installment": "Installment plan",
        }[self.value]

    @property
    def title(self) -> str:
        return {
            "pay_in_full": "Payment in full agreement",
            "settlement": "Settlement agreement",
            "installment": "Payment plan agreement",
        }[self.value]


class PlanStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    BROKEN = "broken"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class InstallmentStatus(StrEnum):
    """Where one scheduled payment stands; recomputed from the payments, never typed in."""

    UPCOMING = "upcoming"
    DUE = "due"  # due date reached, still inside the grace period
    PARTIAL = "partial"  # something paid, not all, not yet missed
    PAID = "paid"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class PaymentMethod(StrEnum):
    CASH = "cash"
    CHECK = "check"
    CARD = "card"
    ACH = "ach"
    MONEY_ORDER = "money_order"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "cash": "Cash",
            "check": "Check",
            "card": "Card",
            "ach": "Bank transfer (ACH)",
            "money_order": "Money order",
            "other": "Other",
        }[self.value]


class DisputeStatus(StrEnum):
    OPEN = "open"  # collection stops until the verification is mailed
    VERIFICATION_SENT = "verification_sent"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            "open": "Open",
            "verification_sent": "Verification sent",
            "resolved": "Resolved",
            "withdrawn": "Withdrawn",
        }[self.value]


class DisputeChannel(StrEnum):
    """How the dispute reached the office."""

    MAIL = "mail"
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"
    WEBSITE = "website"

    @property
    def label(self) -> str:
        return {
            "mail": "Letter",
            "phone": "Phone call",
            "email": "Email",
            "in_person": "In person",
            "website": "Website",
        }[self.value]

    @property
    def written(self) -> bool:
        return self in (DisputeChannel.MAIL, DisputeChannel.EMAIL, DisputeChannel.WEBSITE)


class UserRole(StrEnum):
    COLLECTOR = "collector"
    MANAGER = "manager"
    ADMIN = "admin"


class ContactKind(StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    OTHER = "other"
