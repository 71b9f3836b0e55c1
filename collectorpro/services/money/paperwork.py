"""Filling documents from the records: plan agreements, receipts and paid-in-full letters.

Every function here reads the database and returns the finished PDF as bytes; the window
previews, prints or saves them, the command line writes them to a file.
"""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

# the package, not its names: ``documents.render_receipt`` and the rest load ReportLab when a
# document is first drawn, not when the window (which imports this module) opens
from collectorpro import documents
from collectorpro.core.errors import DomainError, NotFound
from collectorpro.core.i18n import translate
from collectorpro.models import (
    Account,
    Address,
    LedgerEntry,
    Payment,
    PaymentPlan,
    User,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, LedgerKind
from collectorpro.services.accounts.book import load_account
from collectorpro.services.accounts.snapshots import format_receipt_number
from collectorpro.services.office import audit
from collectorpro.services.office.settings import office_profile, plan_policy
from collectorpro.services.plans.schedule import Frequency, ScheduleLine
from collectorpro.services.plans.standing import installments_of

__all__ = [
    "format_receipt_number",
    "mailing_lines",
    "paid_in_full_pdf",
    "plan_agreement_pdf",
    "receipt_entry_id",
    "receipt_pdf",
]


def debtor_name(account: Account) -> str:
    d = account.debtor
    return " ".join(p for p in (d.first_name, d.middle_name, d.last_name, d.suffix) if p)


def mailing_lines(session: Session, debtor_id: int) -> tuple[str, ...]:
    """The debtor's current mailing address as printed lines (empty when none is on file)."""
    address = session.scalar(
        select(Address)
        .where(Address.debtor_id == debtor_id, Address.valid_to.is_(None))
        .order_by(Address.valid_from.desc(), Address.id.desc())
        .limit(1)
    )
    if address is None:
        return ()
    lines = [address.line1]
    if address.line2:
        lines.append(address.line2)
    lines.append(f"{address.city}, {address.state} {address.zip_code}")
    return tuple(lines)


def document_locale(account: Account) -> str:
    """Documents speak the debtor's language: Spanish for a Spanish speaker, else English."""
    spanish = (account.debtor.preferred_language or "").lower().startswith("es")
    return "es_US" if spanish else "en_US"


def _user_name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.name if user else ""


def plan_agreement_pdf(db: Database, plan_id: int) -> bytes:
    with db.read() as session:
        plan = session.get(PaymentPlan, plan_id)
        if plan is None:
            raise NotFound(
                translate("Paperwork", "There is no payment plan {plan}.").format(plan=plan_id)
            )
        account = load_account(session, plan.account_id)
        profile = office_profile(session)
        policy = plan_policy(session)
        schedule = tuple(
            ScheduleLine(
                i.due_date, i.amount_cents, number=i.number, is_down_payment=i.is_down_payment
            )
            for i in installments_of(session, plan.id)
        )
        data = documents.PlanAgreementData(
            letterhead=profile.letterhead,
            agreement_date=plan.agreed_on,
            creditor=account.creditor.name,
            debtor_name=debtor_name(account),
            debtor_address=mailing_lines(session, account.debtor_id),
            account_number=account.account_number,
            balance_cents=plan.balance_cents,
            arranged_total_cents=plan.arranged_total_cents,
            arrangement=plan.arrangement,
            schedule=schedule,
            grace_days=policy.grace_days,
            misses_to_default=policy.misses_to_break,
            frequency_label=Frequency(plan.frequency).label if plan.frequency else "",
            agreement_number=f"{plan.id:05d}",
            office_signer=_user_name(session, plan.user_id),
            locale=document_locale(account),
        )
    out = io.BytesIO()
    documents.render_plan_agreement(data, out)
    return out.getvalue()


def receipt_entry_id(db: Database, receipt_number: str) -> int:
    """The payment's ledger entry for a receipt number as printed ("000042" or "42")."""
    text = receipt_number.strip().lstrip("#")
    if not text.isdigit():
        raise NotFound(
            translate("Paperwork", "“{receipt}” is not a receipt number.").format(
                receipt=receipt_number
            )
        )
    with db.read() as session:
        entry_id = session.scalar(
            select(Payment.ledger_entry_id).where(Payment.receipt_number == int(text))
        )
    if entry_id is None:
        raise NotFound(
            translate("Paperwork", "There is no receipt {receipt}.").format(
                receipt=format_receipt_number(int(text))
            )
        )
    return entry_id


def receipt_pdf(db: Database, ledger_entry_id: int, *, copy: bool, user_id: int | None) -> bytes:
    """The receipt of a payment; ``copy`` marks a reprint (and the reprint is audited)."""
    with db.read() as session:
        payment = session.scalar(select(Payment).where(Payment.ledger_entry_id == ledger_entry_id))
        entry = session.get(LedgerEntry, ledger_entry_id)
        if payment is None or entry is None:
            raise NotFound(
                translate(
                    "Paperwork",
                    "This ledger entry has no receipt: only payments posted in CollectorPro "
                    "have one.",
                )
            )
        account = load_account(session, entry.account_id)
        profile = office_profile(session)
        data = documents.ReceiptData(
            letterhead=profile.letterhead,
            receipt_number=format_receipt_number(payment.receipt_number),
            received_on=entry.effective_date,
            issued_on=payment.created_at.date(),
            debtor_name=debtor_name(account),
            debtor_address=mailing_lines(session, account.debtor_id),
            creditor=account.creditor.name,
            account_number=account.account_number,
            amount_cents=-entry.amount_cents,
            method=payment.method.label,
            reference=entry.reference,
            balance_remaining_cents=payment.balance_after_cents,
            plan_status=payment.plan_summary or None,
            received_by=_user_name(session, payment.received_by_user_id),
            copy=copy,
            locale=document_locale(account),
        )
    out = io.BytesIO()
    documents.render_receipt(data, out)
    if copy:
        with db.write() as session:
            audit.record(
                session,
                user_id=user_id,
                action="receipt_reprinted",
                entity="payment",
                entity_id=payment.id,
                summary=f"Copy of receipt {data.receipt_number} on account {data.account_number}",
            )
    return out.getvalue()


def paid_in_full_pdf(db: Database, account_id: int, *, today: date) -> bytes:
    """The letter confirming an account is paid (or settled) in full."""
    with db.read() as session:
        account = load_account(session, account_id)
        if account.status not in (AccountStatus.PAID, AccountStatus.SETTLED):
            raise DomainError(
                translate(
                    "Paperwork",
                    "A paid-in-full letter is only for an account that is paid or settled.",
                )
            )
        reversal = aliased(LedgerEntry)
        rows = session.execute(
            select(LedgerEntry.kind, LedgerEntry.amount_cents, LedgerEntry.effective_date)
            .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
            .where(LedgerEntry.account_id == account_id, reversal.id.is_(None))
        ).all()
        paid = [(on, -cents) for kind, cents, on in rows if kind is LedgerKind.PAYMENT]
        if not paid:
            raise DomainError(
                translate(
                    "Paperwork",
                    "No payments stand on this account, so there is nothing to confirm.",
                )
            )
        charged = sum(
            cents
            for kind, cents, _on in rows
            if kind in (LedgerKind.CHARGE, LedgerKind.INTEREST, LedgerKind.FEE)
            or (kind is LedgerKind.ADJUSTMENT and cents > 0)
        )
        total_paid = sum(c for _d, c in paid)
        settled = account.status is AccountStatus.SETTLED
        # what was charged over the account's life; a settlement paid less than that
        original = max(charged, total_paid + (1 if settled else 0))
        data = documents.PaidInFullData(
            letterhead=office_profile(session).letterhead,
            letter_date=today,
            debtor_name=debtor_name(account),
            debtor_address=mailing_lines(session, account.debtor_id),
            creditor=account.creditor.name,
            account_number=account.account_number,
            original_balance_cents=original,
            total_paid_cents=total_paid,
            final_payment_on=max(d for d, _c in paid),
            settled=settled,
            locale=document_locale(account),
        )
    out = io.BytesIO()
    documents.render_paid_in_full_letter(data, out)
    return out.getvalue()
