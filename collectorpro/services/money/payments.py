"""Posting payments with their receipts, and reversing them when a check comes back.

A payment is a ledger entry plus its ``payments`` row (method, receipt number, what the receipt
says). Both are append-only: a bounced check is a reversal entry pointing at the payment, and
the plans and promises it had satisfied open again because they are recomputed from the
payments that still stand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, InvalidTransition, NotFound, ValidationError
from collectorpro.core.i18n import label, translate
from collectorpro.core.money import format_money
from collectorpro.models import Account, LedgerEntry, Payment, PaymentPlan
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    LedgerKind,
    Outcome,
    PaymentMethod,
    PlanStatus,
)
from collectorpro.services.accounts.book import add_ledger_entry, load_account
from collectorpro.services.accounts.history import add_note
from collectorpro.services.money.paperwork import format_receipt_number
from collectorpro.services.office import audit
from collectorpro.services.office.settings import plan_policy
from collectorpro.services.plans.refresh import refresh_account
from collectorpro.services.plans.standing import plan_state

__all__ = [
    "MAX_REFERENCE",
    "OverpaymentNeedsConfirmation",
    "PaymentResult",
    "ReversalResult",
    "post_payment",
    "reverse_payment",
]

MAX_REFERENCE = 80
MAX_NOTE = 2000
MAX_PAYMENT_CENTS = 100_000_000_00  # a hundred million dollars: more is a typing mistake


class OverpaymentNeedsConfirmation(DomainError):
    """The payment is larger than the balance; post again with ``allow_overpayment=True``."""

    def __init__(self, amount_cents: int, balance_cents: int) -> None:
        credit = amount_cents - max(balance_cents, 0)
        super().__init__(
            translate(
                "Payments",
                "The payment of {amount} is more than the balance of {balance}. "
                "Posting it leaves a credit of {credit} on the account.",
            ).format(
                amount=format_money(amount_cents),
                balance=format_money(balance_cents),
                credit=format_money(credit),
            )
        )
        self.amount_cents = amount_cents
        self.balance_cents = balance_cents
        self.credit_cents = credit


@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    ledger_entry_id: int
    receipt_number: str
    balance_after_cents: int
    status: AccountStatus
    plan_summary: str

    @property
    def paid_off(self) -> bool:
        return self.status in (AccountStatus.PAID, AccountStatus.SETTLED)


@dataclass(frozen=True)
class ReversalResult:
    reversal_entry_id: int
    fee_entry_id: int | None
    balance_after_cents: int
    status: AccountStatus


def _validate(amount_cents: int, received_on: date, today: date, reference: str, note: str) -> None:
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise ValidationError(
            translate("Payments", "The amount must be a whole number of cents."), field="amount"
        )
    if amount_cents <= 0:
        raise ValidationError(
            translate("Payments", "A payment must be more than zero."), field="amount"
        )
    if amount_cents > MAX_PAYMENT_CENTS:
        raise ValidationError(
            translate("Payments", "That amount is too large to be a payment."), field="amount"
        )
    if received_on > today:
        raise ValidationError(
            translate("Payments", "A payment cannot be received in the future."), field="date"
        )
    if len(reference) > MAX_REFERENCE:
        raise ValidationError(
            translate("Payments", "The reference is limited to {limit} characters.").format(
                limit=MAX_REFERENCE
            ),
            field="reference",
        )
    if len(note) > MAX_NOTE:
        raise ValidationError(
            translate("Payments", "The note is limited to {limit} characters.").format(
                limit=MAX_NOTE
            ),
            field="note",
        )


def post_payment(
    db: Database,
    *,
    account_id: int,
    user_id: int,
    amount_cents: int,
    received_on: date,
    method: PaymentMethod | str,
    reference: str = "",
    note: str = "",
    today: date,
    allow_overpayment: bool = False,
) -> PaymentResult:
    """Post a payment, number its receipt and bring the account's plan and promises up to date.

    Raises ``OverpaymentNeedsConfirmation`` when the amount is above the balance unless
    ``allow_overpayment`` says the collector confirmed the credit balance.
    """
    reference, note = reference.strip(), note.strip()
    try:
        method = PaymentMethod(method)
    except ValueError:
        raise ValidationError(
            translate("Payments", "Choose how the payment was made."), field="method"
        ) from None
    _validate(amount_cents, received_on, today, reference, note)
    with db.write() as session:
        return post_payment_in(
            session,
            account_id=account_id,
            user_id=user_id,
            amount_cents=amount_cents,
            received_on=received_on,
            method=method,
            reference=reference,
            note=note,
            today=today,
            allow_overpayment=allow_overpayment,
        )


def post_payment_in(
    session: Session,
    *,
    account_id: int,
    user_id: int | None,
    amount_cents: int,
    received_on: date,
    method: PaymentMethod,
    reference: str,
    note: str,
    today: date,
    allow_overpayment: bool,
) -> PaymentResult:
    """``post_payment`` in the caller's transaction (an import posts a whole file in one)."""
    account = load_account(session, account_id)
    if account.status is AccountStatus.CLOSED:
        raise InvalidTransition(
            translate("Payments", "This account is closed. Reopen it before posting payments.")
        )
    if amount_cents > account.balance_cents and not allow_overpayment:
        raise OverpaymentNeedsConfirmation(amount_cents, account.balance_cents)
    policy = plan_policy(session)
    plan = session.scalar(
        select(PaymentPlan).where(
            PaymentPlan.account_id == account_id, PaymentPlan.status == PlanStatus.ACTIVE
        )
    )
    entry = add_ledger_entry(
        session,
        account,
        kind=LedgerKind.PAYMENT,
        amount_cents=-amount_cents,
        effective_date=received_on,
        user_id=user_id,
        reference=reference,
        memo=note,
    )
    plan_summary = ""
    if plan is not None:
        # The receipt states the plan as it stands with this payment counted. It is stored
        # with the payment, so it stays in English like the rest of the records.
        state = plan_state(
            session, plan, today=today, grace_days=policy.grace_days, extra_cents=amount_cents
        )
        plan_summary = (
            f"{plan.arrangement.label}: " + state.summary(policy.misses_to_break, translated=False)
            if not state.completed
            else f"{plan.arrangement.label}: all payments made"
        )
    number = (session.scalar(select(func.max(Payment.receipt_number))) or 0) + 1
    payment = Payment(
        ledger_entry_id=entry.id,
        receipt_number=number,
        method=method,
        plan_id=plan.id if plan else None,
        balance_after_cents=account.balance_cents,
        plan_summary=plan_summary[:200],
        received_by_user_id=user_id,
    )
    session.add(payment)
    session.flush()
    receipt = format_receipt_number(number)
    text = f"Payment of {format_money(amount_cents)} received by {method.label.lower()}"
    if reference:
        text += f" ({reference})"
    text += f"; receipt {receipt}."
    if note:
        text += f" {note}"
    add_note(session, account_id, text, user_id, Outcome.PAYMENT_TAKEN)
    refresh_account(session, account, today=today, policy=policy, user_id=user_id)
    audit.record(
        session,
        user_id=user_id,
        action="payment_posted",
        entity="payment",
        entity_id=payment.id,
        summary=f"{text} Account {account.account_number}; balance "
        f"{format_money(account.balance_cents)}.",
    )
    return PaymentResult(
        payment_id=payment.id,
        ledger_entry_id=entry.id,
        receipt_number=receipt,
        balance_after_cents=account.balance_cents,
        status=account.status,
        plan_summary=plan_summary,
    )


def reverse_payment(
    db: Database,
    *,
    ledger_entry_id: int,
    user_id: int,
    reason: str,
    today: date,
    fee_cents: int = 0,
) -> ReversalResult:
    """Undo a payment that did not stand (returned check, chargeback) with a reversal entry.

    An optional returned-payment fee is charged at the same time. Installments and promises the
    payment had satisfied open again; a paid or settled account goes back to work.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            translate("Payments", "Say why the payment is reversed."), field="reason"
        )
    if len(reason) > MAX_NOTE:
        raise ValidationError(translate("Payments", "The reason is too long."), field="reason")
    if isinstance(fee_cents, bool) or not isinstance(fee_cents, int) or fee_cents < 0:
        raise ValidationError(
            translate("Payments", "The returned-payment fee cannot be negative."), field="fee"
        )
    if fee_cents > MAX_PAYMENT_CENTS:
        raise ValidationError(translate("Payments", "That fee is too large."), field="fee")
    with db.write() as session:
        entry = session.get(LedgerEntry, ledger_entry_id)
        if entry is None:
            raise NotFound(translate("Payments", "That ledger entry does not exist."))
        if entry.kind is not LedgerKind.PAYMENT:
            raise InvalidTransition(
                translate(
                    "Payments", "Only payments can be reversed here; this entry is a {kind}."
                ).format(kind=label(entry.kind).lower())
            )
        already = session.scalar(
            select(LedgerEntry.id).where(LedgerEntry.reverses_id == ledger_entry_id)
        )
        if already is not None:
            raise InvalidTransition(
                translate("Payments", "This payment has already been reversed.")
            )
        account: Account = load_account(session, entry.account_id)
        policy = plan_policy(session)
        effective = max(today, entry.effective_date)
        reversal = add_ledger_entry(
            session,
            account,
            kind=LedgerKind.REVERSAL,
            amount_cents=-entry.amount_cents,
            effective_date=effective,
            user_id=user_id,
            reference=entry.reference,
            memo=f"Payment reversed: {reason}",
            reverses_id=entry.id,
        )
        fee_id = None
        if fee_cents:
            fee = add_ledger_entry(
                session,
                account,
                kind=LedgerKind.FEE,
                amount_cents=fee_cents,
                effective_date=effective,
                user_id=user_id,
                memo="Returned payment fee",
            )
            fee_id = fee.id
        text = (
            f"Payment of {format_money(-entry.amount_cents)} from "
            f"{entry.effective_date.isoformat()} reversed: {reason}."
        )
        if fee_cents:
            text += f" Returned payment fee of {format_money(fee_cents)} charged."
        add_note(session, account.id, text, user_id)
        refresh_account(session, account, today=today, policy=policy, user_id=user_id)
        audit.record(
            session,
            user_id=user_id,
            action="payment_reversed",
            entity="ledger_entry",
            entity_id=reversal.id,
            summary=f"{text} Account {account.account_number}.",
        )
        return ReversalResult(
            reversal_entry_id=reversal.id,
            fee_entry_id=fee_id,
            balance_after_cents=account.balance_cents,
            status=account.status,
        )
