"""The demo office: realistic, deterministic sample accounts (same seed, same office).

Rows are built as tuples and bulk-inserted with executemany in one transaction, so
200,000 accounts take a minute or so rather than an hour of ORM objects.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

from collectorpro.core.errors import DomainError
from collectorpro.models.db import Database
from collectorpro.services.accounts.search import account_terms
from collectorpro.services.office.settings import PROFILE_KEY, OfficeProfile, PlanPolicy
from collectorpro.services.plans.allocation import evaluate_plan
from collectorpro.services.plans.schedule import Frequency, add_months, build_schedule
from collectorpro.services.setup.demo_data import (
    CONTACTS,
    CREDITOR_WEIGHTS,
    CREDITORS,
    FIRST_NAMES_EN,
    FIRST_NAMES_ES,
    LAST_NAMES_EN,
    LAST_NAMES_ES,
    PLACE_WEIGHTS,
    PLACES,
    STATUS_WEIGHTS,
    STREETS,
    USERS,
)

CHUNK = 5000
DEMO_GRACE_DAYS = PlanPolicy().grace_days
PAYMENT_METHODS = ("card", "cash", "ach", "money_order")
DEMO_OFFICE = OfficeProfile(
    name="Hudson Valley Billing Services",
    address_lines=("55 State Street, Suite 300", "Albany, NY 12207"),
    phone="(518) 555-0199",
    email="accounts@hudsonvalleybilling.example",
    state="NY",
    time_zone="America/New_York",
    is_agency=True,
)
Progress = Callable[[int, int], None]
_TS = "%Y-%m-%d %H:%M:%S.%f"
CONVERSATIONS = {"right_party_contact", "promise_to_pay", "refused", "callback_requested"}


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    debtors: int
    ledger_entries: int
    interactions: int
    promises: int
    total_balance_cents: int

    def describe(self) -> str:
        return (
            f"Demo office ready: {self.accounts:,} accounts for {self.debtors:,} debtors, "
            f"{self.ledger_entries:,} ledger entries, {self.interactions:,} interactions, "
            f"{self.promises:,} promises; total balance ${self.total_balance_cents / 100:,.2f}."
        )


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(_TS)


class _Builder:
    def __init__(self, rng: random.Random, today: date, ids: dict[str, int]) -> None:
        self.rng, self.today, self.ids = rng, today, ids
        # late afternoon of `today`, but never later than this very moment: no contact
        # in the demo may lie in the future
        self.now = min(datetime.combine(today, time(17, 0), tzinfo=UTC), datetime.now(UTC))
        self.rows: dict[str, list[tuple[object, ...]]] = {k: [] for k in _ORDER}
        self.contact_choices = [(c[0], c[1], c[3]) for c in CONTACTS]
        self.contact_weights = [c[2] for c in CONTACTS]
        self.statuses = [s for s, _ in STATUS_WEIGHTS]
        self.status_weights = [w for _, w in STATUS_WEIGHTS]

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def clear(self) -> None:
        for rows in self.rows.values():
            rows.clear()

    def debtor(self) -> tuple[int, str, str, list[str], list[str]]:
        rng = self.rng
        spanish = rng.random() < 0.22
        first = rng.choice(FIRST_NAMES_ES if spanish and rng.random() < 0.8 else FIRST_NAMES_EN)
        last = rng.choice(LAST_NAMES_ES if spanish else LAST_NAMES_EN)
        language = "es" if spanish and rng.random() < 0.7 else "en"
        debtor_id = self.next_id("debtors")
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 62))
        since = self.today - timedelta(days=rng.randrange(400, 3000))
        created = _ts(self.now - timedelta(days=rng.randrange(1, 400)))
        self.rows["debtors"].append(
            (debtor_id, first, "", last, "", born.isoformat(), language, created)
        )
        state, cities, area_codes = rng.choices(PLACES, PLACE_WEIGHTS)[0]
        city, zip_code = rng.choice(cities)
        moved = rng.random() < 0.15
        if moved:  # an old address kept for skip tracing
            old_city, old_zip = rng.choice(cities)
            moved_on = self.today - timedelta(days=rng.randrange(30, 380))
            self.rows["addresses"].append(
                (
                    self.next_id("addresses"),
                    debtor_id,
                    f"{rng.randrange(10, 9999)} {rng.choice(STREETS)}",
                    "",
                    old_city,
                    state,
                    old_zip,
                    "US",
                    "billing system",
                    since.isoformat(),
                    moved_on.isoformat(),
                    created,
                )
            )
            since_addr = moved_on
        else:
            since_addr = since
        line2 = f"Apt {rng.randrange(1, 40)}" if rng.random() < 0.25 else ""
        self.rows["addresses"].append(
            (
                self.next_id("addresses"),
                debtor_id,
                f"{rng.randrange(10, 9999)} {rng.choice(STREETS)}",
                line2,
                city,
                state,
                zip_code,
                "US",
                "billing system",
                since_addr.isoformat(),
                None,
                created,
            )
        )
        phones = []
        for n in range(rng.choice((1, 1, 2, 2, 3))):
            number = f"+1{rng.choice(area_codes)}5550{rng.randrange(100, 200):03d}"[:12]
            kind = ("mobile", "home", "work")[min(n, 2)] if rng.random() < 0.8 else "mobile"
            retired = n > 0 and rng.random() < 0.2
            self.rows["phones"].append(
                (
                    self.next_id("phones"),
                    debtor_id,
                    number,
                    kind,
                    int(rng.random() < 0.6),
                    int(rng.random() < 0.04),
                    "billing system",
                    since.isoformat(),
                    (self.today - timedelta(days=rng.randrange(20, 300))).isoformat()
                    if retired
                    else None,
                    created,
                )
            )
            if not retired:
                phones.append(number)
        emails = []
        if rng.random() < 0.75:
            domain = rng.choice(("example.com", "example.org", "example.net"))
            address = f"{_ascii(first)}.{_ascii(last)}{rng.randrange(1, 99)}@{domain}".lower()
            self.rows["emails"].append(
                (
                    self.next_id("emails"),
                    debtor_id,
                    address,
                    int(rng.random() < 0.05),
                    "billing system",
                    since.isoformat(),
                    None,
                    created,
                )
            )
            emails.append(address)
        return debtor_id, first, last, phones, emails

    def account(self, creditor_ids: list[int], user_ids: list[int]) -> int:
        rng = self.rng
        debtor_id, first, last, phones, emails = self.debtor()
        c = rng.choices(range(len(CREDITORS)), CREDITOR_WEIGHTS)[0]
        _name, service_type, prefix, _addr, _phone = CREDITORS[c]
        account_id = self.next_id("accounts")
        number = f"{prefix}-{account_id:06d}"
        # a few accounts arrive before they are past due (the "current" aging bucket)
        days_late = 0 if rng.random() < 0.03 else int(rng.expovariate(1 / 140)) % 900
        delinquent = self.today - timedelta(days=days_late)
        service_date = delinquent - timedelta(days=30)
        itemized = min(self.today, delinquent + timedelta(days=rng.randrange(0, 30)))
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
            when = self.today - timedelta(days=rng.randrange(0, max(1, days_late)))
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
                    self.today - timedelta(days=3),
                    "CHK 1001",
                    "Payment received",
                    None,
                )
            )
            balance = 0
        status = "paid" if balance <= 0 else rng.choices(self.statuses, self.status_weights)[0]
        plan_next_due = None
        if status == "plan" and days_late >= 30:
            balance, plan_next_due = self.plan(account_id, balance, entries)
            last_payment = max((e[2] for e in entries if e[0] == "payment"), default=last_payment)
        elif status == "plan":
            status = "active"
        ledger_ids = []
        running = 0
        user_for_payments = rng.choice(user_ids)
        for kind, cents, when, ref, memo, plan_id in sorted(entries, key=lambda e: e[2]):
            entry_id = self.next_id("ledger_entries")
            ledger_ids.append((entry_id, kind, cents, when))
            running += cents
            if kind == "payment":
                self.rows["payments"].append(
                    (
                        self.next_id("payments"),
                        entry_id,
                        self.next_id("receipts"),
                        "check" if ref.startswith("CHK") else rng.choice(PAYMENT_METHODS),
                        plan_id,
                        running,
                        "",
                        user_for_payments,
                        _ts(datetime.combine(when, time(15, 0), tzinfo=UTC)),
                    )
                )
            self.rows["ledger"].append(
                (
                    entry_id,
                    account_id,
                    kind,
                    cents,
                    when.isoformat(),
                    _ts(datetime.combine(when, time(15, 0), tzinfo=UTC)),
                    None,
                    ref,
                    memo,
                    None,
                )
            )
        bounced = next((e for e in ledger_ids if e[1] == "payment"), None)
        if bounced is not None and status != "paid" and rng.random() < 0.05:
            when = min(self.today, bounced[3] + timedelta(days=6))
            self.rows["ledger"].append(
                (
                    self.next_id("ledger_entries"),
                    account_id,
                    "reversal",
                    -bounced[2],
                    when.isoformat(),
                    _ts(datetime.combine(when, time(15, 0), tzinfo=UTC)),
                    None,
                    "NSF",
                    "Returned check: insufficient funds",
                    bounced[0],
                )
            )
            balance -= bounced[2]
        user = rng.choice(user_ids) if rng.random() < 0.8 else None
        last_contact, next_date, next_label = self.history(
            account_id, status, days_late, user, balance
        )
        if plan_next_due is not None and (next_date is None or plan_next_due < next_date):
            next_date, next_label = plan_next_due, "Installment due"
        flags = [int(rng.random() < p) for p in (0.01, 0.01, 0.005, 0.003, 0.05)]
        self.rows["accounts"].append(
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
                _ts(self.now),
            )
        )
        self.rows["search"].append(
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

    def history(
        self, account_id: int, status: str, days_late: int, user: int | None, balance: int
    ) -> tuple[str | None, str | None, str]:
        rng = self.rng
        if status == "new":
            return None, None, ""
        last_contact = None
        follow_up = None
        span = max(1, min(days_late, 200))
        moments = sorted(
            self.now - timedelta(days=rng.randrange(0, span), minutes=rng.randrange(0, 600))
            for _ in range(rng.choice((1, 2, 3, 4, 6)))
        )
        for moment in moments:
            channel, outcome, note = rng.choices(self.contact_choices, self.contact_weights)[0]
            duration = (
                rng.randrange(20, 600) if channel in ("outbound_call", "inbound_call") else None
            )
            wants_follow_up = outcome in CONVERSATIONS and rng.random() < 0.5
            follow = (
                (self.today + timedelta(days=rng.randrange(-5, 14))) if wants_follow_up else None
            )
            self.rows["interactions"].append(
                (
                    self.next_id("interactions"),
                    account_id,
                    channel,
                    outcome,
                    note,
                    _ts(moment),
                    user,
                    duration,
                    follow.isoformat() if follow else None,
                    _ts(moment),
                )
            )
            if channel != "note":
                last_contact = _ts(moment)
            if follow is not None:
                follow_up = follow
        next_date, label = (follow_up, "Follow up") if follow_up else (None, "")
        if status == "promise" and balance > 0:
            due = self.today + timedelta(days=rng.randrange(-3, 15))
            amount = min(balance, max(2500, balance // rng.choice((1, 2, 4, 6)) // 100 * 100))
            made = self.now - timedelta(days=rng.randrange(1, 10))
            interaction_id = self.next_id("interactions")
            self.rows["interactions"].append(
                (
                    interaction_id,
                    account_id,
                    "outbound_call",
                    "promise_to_pay",
                    f"Promised ${amount / 100:,.2f} by {due:%m/%d/%Y}.",
                    _ts(made),
                    user,
                    rng.randrange(60, 600),
                    None,
                    _ts(made),
                )
            )
            last_contact = max(last_contact or "", _ts(made))
            self.rows["promises"].append(
                (
                    self.next_id("promises"),
                    account_id,
                    amount,
                    due.isoformat(),
                    "pending",
                    interaction_id,
                    user,
                    _ts(made),
                    None,
                )
            )
            if next_date is None or due < next_date:
                next_date, label = due, "Promise due"
        elif rng.random() < 0.06:
            due = self.today - timedelta(days=rng.randrange(10, 90))
            kept = rng.random() < 0.45
            self.rows["promises"].append(
                (
                    self.next_id("promises"),
                    account_id,
                    5000,
                    due.isoformat(),
                    "kept" if kept else "broken",
                    None,
                    user,
                    _ts(datetime.combine(due - timedelta(days=7), time(16), tzinfo=UTC)),
                    _ts(datetime.combine(due + timedelta(days=1), time(16), tzinfo=UTC)),
                )
            )
        return last_contact, next_date.isoformat() if next_date else None, label

    def plan(
        self,
        account_id: int,
        balance: int,
        entries: list[tuple[str, int, date, str, str, int | None]],
    ) -> tuple[int, str | None]:
        """A monthly plan agreed some months ago, its past installments mostly paid.

        Returns the balance left and the next unpaid installment's due date.
        """
        rng = self.rng
        count = rng.choice((3, 4, 6, 6, 9, 12))
        agreed = add_months(self.today, -rng.randrange(0, min(count - 1, 5) + 1))
        agreed -= timedelta(days=rng.randrange(0, 20))
        lines = build_schedule(
            balance,
            frequency=Frequency.MONTHLY,
            first_due=agreed + timedelta(days=7),
            installments=count,
        )
        plan_id = self.next_id("plans")
        paid = 0
        missed_one = False
        for line in lines:
            if line.due > self.today - timedelta(days=DEMO_GRACE_DAYS + 1):
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
        state = evaluate_plan(lines, paid, today=self.today, grace_days=DEMO_GRACE_DAYS)
        self.rows["plans"].append(
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
                _ts(datetime.combine(agreed, time(16, 0), tzinfo=UTC)),
                "",
            )
        )
        for installment in state.installments:
            self.rows["installments"].append(
                (
                    self.next_id("installments"),
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


def _ascii(text: str) -> str:
    from collectorpro.services.accounts.search import fold

    return "".join(ch for ch in fold(text) if ch.isalnum())


INSERTS = {
    "debtors": "INSERT INTO debtors(id, first_name, middle_name, last_name, suffix, date_of_birth,"
    " preferred_language, created_at) VALUES (?,?,?,?,?,?,?,?)",
    "addresses": "INSERT INTO addresses(id, debtor_id, line1, line2, city, state, zip_code,"
    " country, source, valid_from, valid_to, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "phones": "INSERT INTO phones(id, debtor_id, number, kind, consent, do_not_call, source,"
    " valid_from, valid_to, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "emails": "INSERT INTO emails(id, debtor_id, address, opt_out, source, valid_from, valid_to,"
    " created_at) VALUES (?,?,?,?,?,?,?,?)",
    "accounts": "INSERT INTO accounts(id, creditor_id, debtor_id, account_number, service_type,"
    " service_date, first_delinquency_date, last_payment_date, itemization_date, placed_on,"
    " status, assigned_user_id, cease_communication, attorney_represented, bankruptcy, deceased,"
    " insurance_pending, balance_cents, last_contact_at, next_action_date, next_action,"
    " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "ledger": "INSERT INTO ledger_entries(id, account_id, kind, amount_cents, effective_date,"
    " posted_at, user_id, reference, memo, reverses_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "interactions": "INSERT INTO interactions(id, account_id, channel, outcome, notes, occurred_at,"
    " user_id, duration_seconds, follow_up_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "promises": "INSERT INTO promises(id, account_id, amount_cents, due_date, status,"
    " interaction_id, user_id, created_at, resolved_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "search": "INSERT INTO account_search(rowid, terms) VALUES (?, ?)",
    "plans": "INSERT INTO payment_plans(id, account_id, arrangement, status, balance_cents,"
    " arranged_total_cents, frequency, agreed_on, user_id, notes, created_at, end_reason)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "installments": "INSERT INTO plan_installments(id, plan_id, number, due_date, amount_cents,"
    " is_down_payment, paid_cents, status) VALUES (?,?,?,?,?,?,?,?)",
    "payments": "INSERT INTO payments(id, ledger_entry_id, receipt_number, method, plan_id,"
    " balance_after_cents, plan_summary, received_by_user_id, created_at)"
    " VALUES (?,?,?,?,?,?,?,?,?)",
}
_ORDER = (
    "debtors",
    "addresses",
    "phones",
    "emails",
    "accounts",
    "ledger",
    "interactions",
    "promises",
    "plans",
    "installments",
    "payments",
    "search",
)


def generate_demo(
    db: Database,
    *,
    accounts: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty office database with ``accounts`` sample accounts."""
    if accounts <= 0:
        raise DomainError("The number of demo accounts must be more than zero.")
    today = today or date.today()
    rng = random.Random(seed)
    conn = db.raw_connection()
    try:
        if conn.execute("SELECT count(*) FROM accounts").fetchone()[0]:
            raise DomainError(
                f"{db.path.name} already has accounts; demo data goes into an empty database."
            )
        conn.execute("BEGIN IMMEDIATE")
        now = _ts(datetime.now(UTC))
        user_ids = []
        for name, role in USERS:
            row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO users(name, role, active, created_at) VALUES (?,?,1,?)",
                    (name, role, now),
                )
                row = (cur.lastrowid,)
            user_ids.append(row[0])
        creditor_ids = []
        for name, service_type, _prefix, address, phone in CREDITORS:
            row = conn.execute("SELECT id FROM creditors WHERE name = ?", (name,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO creditors(name, service_type, address, phone, created_at)"
                    " VALUES (?,?,?,?,?)",
                    (name, service_type, address, phone, now),
                )
                row = (cur.lastrowid,)
            creditor_ids.append(row[0])
        ids = {
            t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
            for t in (
                "debtors",
                "addresses",
                "phones",
                "emails",
                "accounts",
                "ledger_entries",
                "interactions",
                "promises",
                "payments",
                "plan_installments",
            )
        }
        ids["plans"] = conn.execute("SELECT coalesce(max(id), 0) FROM payment_plans").fetchone()[0]
        ids["installments"] = ids.pop("plan_installments")
        ids["receipts"] = conn.execute(
            "SELECT coalesce(max(receipt_number), 0) FROM payments"
        ).fetchone()[0]
        builder = _Builder(rng, today, ids)
        counts = dict.fromkeys(_ORDER, 0)
        total = 0
        for start in range(0, accounts, CHUNK):
            for _ in range(min(CHUNK, accounts - start)):
                total += builder.account(creditor_ids, user_ids[1:])
            for key in _ORDER:
                conn.executemany(INSERTS[key], builder.rows[key])
                counts[key] += len(builder.rows[key])
            builder.clear()
            if progress is not None:
                progress(min(start + CHUNK, accounts), accounts)
        conn.execute(
            "INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)",
            (PROFILE_KEY, json.dumps(asdict(DEMO_OFFICE))),
        )
        conn.execute(
            "INSERT INTO audit_events(occurred_at, user_id, action, entity, entity_id, summary)"
            " VALUES (?, ?, 'demo_generated', 'office', NULL, ?)",
            (now, user_ids[0], f"Demo office generated: {accounts} accounts, seed {seed}"),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return DemoSummary(
        accounts=counts["accounts"],
        debtors=counts["debtors"],
        ledger_entries=counts["ledger"],
        interactions=counts["interactions"],
        promises=counts["promises"],
        total_balance_cents=total,
    )
