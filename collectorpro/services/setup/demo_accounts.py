"""A demo account: its creditor, ledger (charges, fees, adjustments, payments, a returned
check), status, payment plan, contact history and search words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from collectorpro.services.accounts.search import account_terms
from collectorpro.services.office.settings import PlanPolicy
from collectorpro.services.plans.allocation import evaluate_plan
from collectorpro.services.plans.schedule import Frequency, add_months, build_schedule
from collectorpro.services.setup.demo_data import CREDITOR_WEIGHTS, CREDITORS, STATUS_WEIGHTS
from collectorpro.services.setup.demo_debtors import add_debtor
from collectorpro.services.setup.demo_history import add_history
from collectorpro.services.setup.demo_rows import DemoRows, timestamp

__all__ = ["DEMO_GRACE_DAYS", "PAYMENT_METHODS", "add_account", "add_plan"]

DEMO_GRACE_DAYS = PlanPolicy().grace_days
PAYMENT_METHODS = ("card", "cash", "ach", "money_order")
_STATUSES = [s for s, _ in STATUS_WEIGHTS]
_STATUS_WEIGHTS = [w for _, w in STATUS_WEIGHTS]


def add_account(demo: DemoRows, creditor_ids: list[int], user_ids: list[int]) -> int:
    rng = demo.rng
    debtor_id, first, last, phones, emails = add_debtor(demo)
    c = rng.choices(range(len(CREDITORS)), CREDITOR_WEIGHTS)[0]
    _name, service_type, prefix, _addr, _phone = CREDITORS[c]
    account_id = demo.next_id("accounts")
    number = f"{prefix}-{account_id:06d}"
    # a few accounts arrive before they are past due (the "current" aging bucket)
    days_late = 0 if rng.random() < 0.03 else int(rng.expovariate(1 / 140)) % 900
    delinquent = demo.today - timedelta(days=days_late)
    service_date = delinquent - timedelta(days=30)
    itemized = min(demo.today, delinquent + timedelta(days=rng.randrange(0, 30)))
    if service_type == "medical":
        opening = int(rng.lognormvariate(6.2, 1.0) * 100) + 2500
    else:
        opening = int(rng.lognormvariate(5.2, 0.6) * 100) + 1500
    opening = min(opening, 4_500_000)
    entries: list[tuple[str, int, date, str, str, int | None]] = [
        (
            "charge",
            opening,
            service_date,
            f"INV-{account_id:07d}",
            "Balance from the billing system",
            None,
        )
    ]
    if service_type == "utility" and rng.random() < 0.4:
        fee = rng.choice((1500, 2000, 2500))
        if days_late > 1:  # a late fee follows the due date; a current account has none
            entries.append(("fee", fee, delinquent + timedelta(days=1), "", "Late fee", None))
    if service_type == "medical" and rng.random() < 0.2:
        adj = -int(opening * rng.uniform(0.1, 0.4))
        if adj:
            entries.append(
                ("adjustment", adj, itemized, "EOB", "Insurance contractual adjustment", None)
            )
    balance = sum(e[1] for e in entries)
    last_payment = None
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
        if balance <= 0 or days_late < 5:
            break
        pay = min(balance, max(1000, int(balance * rng.uniform(0.05, 0.35)) // 100 * 100))
        when = demo.today - timedelta(days=rng.randrange(0, max(1, days_late)))
        entries.append(
            (
                "payment",
                -pay,
                when,
                f"CHK {rng.randrange(1000, 9999)}",
                "Payment received",
                None,
            )
        )
        balance -= pay
        last_payment = max(last_payment or when, when)
    if balance > 0 and rng.random() < 0.02:
        entries.append(
            (
                "payment",
                -balance,
                demo.today - timedelta(days=3),
                "CHK 1001",
                "Payment received",
                None,
            )
        )
        balance = 0
    status = "paid" if balance <= 0 else rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
    plan_next_due = None
    if status == "plan" and days_late >= 30:
        balance, plan_next_due = add_plan(demo, account_id, balance, entries)
        last_payment = max((e[2] for e in entries if e[0] == "payment"), default=last_payment)
    elif status == "plan":
        status = "active"
    ledger_ids = []
    running = 0
    user_for_payments = rng.choice(user_ids)
    for kind, cents, when, ref, memo, plan_id in sorted(entries, key=lambda e: e[2]):
        entry_id = demo.next_id("ledger_entries")
        ledger_ids.append((entry_id, kind, cents, when))
        running += cents
        posted = timestamp(datetime.combine(when, time(15, 0), tzinfo=UTC))
        if kind == "payment":
            demo.rows["payments"].append(
                (
                    demo.next_id("payments"),
                    entry_id,
                    demo.next_id("receipts"),
                    "check" if ref.startswith("CHK") else rng.choice(PAYMENT_METHODS),
                    plan_id,
                    running,
                    "",
                    user_for_payments,
                    posted,
                )
            )
        demo.rows["ledger"].append(
            (
                entry_id,
                account_id,
                kind,
                cents,
                when.isoformat(),
                posted,
                None,
                ref,
                memo,
                None,
            )
        )
    bounced = next((e for e in ledger_ids if e[1] == "payment"), None)
    if bounced is not None and status != "paid" and rng.random() < 0.05:
        when = min(demo.today, bounced[3] + timedelta(days=6))
        demo.rows["ledger"].append(
            (
                demo.next_id("ledger_entries"),
                account_id,
                "reversal",
                -bounced[2],
                when.isoformat(),
                timestamp(datetime.combine(when, time(15, 0), tzinfo=UTC)),
                None,
                "NSF",
                "Returned check: insufficient funds",
                bounced[0],
            )
        )
        balance -= bounced[2]
    user = rng.choice(user_ids) if rng.random() < 0.8 else None
    last_contact, next_date, next_label = add_history(
        demo, account_id, status, days_late, user, balance
    )
    if plan_next_due is not None and (next_date is None or plan_next_due < next_date):
        next_date, next_label = plan_next_due, "Installment due"
    flags = [int(rng.random() < p) for p in (0.01, 0.01, 0.005, 0.003, 0.05)]
    demo.rows["accounts"].append(
        (
            account_id,
            creditor_ids[c],
            debtor_id,
            number,
            service_type,
            service_date.isoformat(),
            delinquent.isoformat(),
            last_payment.isoformat() if last_payment else None,
            itemized.isoformat(),
            itemized.isoformat(),
            status,
            user,
            *flags,
            balance,
            last_contact,
            next_date,
            next_label,
            demo.now_text,
        )
    )
    demo.rows["search"].append(
        (
            account_id,
            account_terms(
                account_number=number,
                first_name=first,
                last_name=last,
                phones=phones,
                emails=emails,
            ),
        )
    )
    return balance


def add_plan(
    demo: DemoRows,
    account_id: int,
    balance: int,
    entries: list[tuple[str, int, date, str, str, int | None]],
) -> tuple[int, str | None]:
    """A monthly plan agreed some months ago, its past installments mostly paid.

    Returns the balance left and the next unpaid installment's due date.
    """
    rng = demo.rng
    count = rng.choice((3, 4, 6, 6, 9, 12))
    agreed = add_months(demo.today, -rng.randrange(0, min(count - 1, 5) + 1))
    agreed -= timedelta(days=rng.randrange(0, 20))
    lines = build_schedule(
        balance,
        frequency=Frequency.MONTHLY,
        first_due=agreed + timedelta(days=7),
        installments=count,
    )
    plan_id = demo.next_id("plans")
    paid = 0
    missed_one = False
    for line in lines:
        if line.due > demo.today - timedelta(days=DEMO_GRACE_DAYS + 1):
            break
        if not missed_one and rng.random() < 0.12:
            missed_one = True  # one missed payment; a second would break the plan
            continue
        when = line.due - timedelta(days=rng.randrange(0, 4))
        entries.append(
            (
                "payment",
                -line.amount_cents,
                when,
                f"CHK {rng.randrange(1000, 9999)}",
                f"Plan installment {line.number}",
                plan_id,
            )
        )
        paid += line.amount_cents
    state = evaluate_plan(lines, paid, today=demo.today, grace_days=DEMO_GRACE_DAYS)
    demo.rows["plans"].append(
        (
            plan_id,
            account_id,
            "installment",
            "active",
            balance,
            balance,
            "monthly",
            agreed.isoformat(),
            None,
            "",
            timestamp(datetime.combine(agreed, time(16, 0), tzinfo=UTC)),
            "",
        )
    )
    for installment in state.installments:
        demo.rows["installments"].append(
            (
                demo.next_id("installments"),
                plan_id,
                installment.number,
                installment.due.isoformat(),
                installment.amount_cents,
                0,
                installment.paid_cents,
                installment.status.value,
            )
        )
    upcoming = state.next_due
    return balance - paid, upcoming.due.isoformat() if upcoming else None
