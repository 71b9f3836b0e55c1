"""Today's worklist: which accounts to work now, in which order, and why.

Sections, in the order a collector works them:

1. promises and installments due today;
2. promises broken and installments missed (in the last two weeks, not worked since);
3. follow-ups scheduled for today or earlier;
4. new accounts never contacted;
5. everything else still being collected, by a priority score whose parts are shown.

Accounts the contact rules stop calling right now are listed apart, with the time they may be
called. The score is deliberately simple so a collector can check it by hand: points for the
balance, the days past due and the days since the last contact, plus or minus for the
debtor's history of keeping promises.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import text

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, day_in_words, translate
from collectorpro.core.money import format_money
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.compliance.guard import context_in
from collectorpro.services.compliance.rules import Decision, evaluate

__all__ = ["SECTIONS", "WorkItem", "Worklist", "build_worklist", "score_parts"]

SECTIONS = (
    ("due", QT_TRANSLATE_NOOP("Worklist", "Due today")),
    ("broken", QT_TRANSLATE_NOOP("Worklist", "Broken promises and missed installments")),
    ("follow_up", QT_TRANSLATE_NOOP("Worklist", "Follow-ups due")),
    ("new", QT_TRANSLATE_NOOP("Worklist", "New, never contacted")),
    ("priority", QT_TRANSLATE_NOOP("Worklist", "Everything else, by priority")),
)
COLLECTING = ("new", "active", "promise", "plan")
LOOK_BACK = timedelta(days=14)
PRIORITY_LIMIT = 200


@dataclass(frozen=True)
class WorkItem:
    account_id: int
    account_number: str
    debtor_name: str
    balance_cents: int
    days_past_due: int
    section: str
    reason: str
    score: float
    parts: tuple[tuple[str, float], ...]
    call: Decision | None = None  # the contact rules' answer for a call now

    @property
    def callable_now(self) -> bool:
        return self.call is None or self.call.allowed


@dataclass(frozen=True)
class Worklist:
    today: date
    items: tuple[WorkItem, ...]  # in working order, callable ones first within each section
    held: tuple[WorkItem, ...]  # may not be called right now

    def section(self, key: str) -> tuple[WorkItem, ...]:
        return tuple(i for i in self.items if i.section == key)


def section_title(key: str) -> str:
    """A section's title in the interface language."""
    return translate("Worklist", dict(SECTIONS)[key])


def score_parts(
    balance_cents: int, days_past_due: int, days_since_contact: int | None, kept: int, broken: int
) -> tuple[tuple[str, float], ...]:
    """The priority score's parts, each with its points (they add up to the score)."""
    return (
        (  # $50 a point, max 40
            translate("Worklist", "Balance"),
            round(min(40.0, max(balance_cents, 0) / 5_000), 1),
        ),
        (  # 12 days a point, max 30
            translate("Worklist", "Days past due"),
            round(min(30.0, days_past_due / 12), 1),
        ),
        (
            translate("Worklist", "Since last contact"),
            20.0 if days_since_contact is None else round(min(20.0, days_since_contact / 2), 1),
        ),
        (
            translate("Worklist", "Promises kept"),
            float(min(10, 5 * kept) - min(10, 5 * broken)),
        ),
    )


_BASE = """
SELECT a.id, a.account_number, d.first_name, d.last_name, a.balance_cents,
       a.first_delinquency_date, a.last_contact_at, a.status,
       coalesce(p.kept, 0) AS kept, coalesce(p.broken, 0) AS broken
FROM accounts a
JOIN debtors d ON d.id = a.debtor_id
LEFT JOIN (
    SELECT account_id, sum(status = 'kept') AS kept, sum(status = 'broken') AS broken
    FROM promises GROUP BY account_id
) p ON p.account_id = a.id
WHERE a.status IN ('new', 'active', 'promise', 'plan') AND a.balance_cents > 0
"""

# Each row: the account, what is due (a key of _REASONS), an installment's number, an amount in
# cents and a date; the reason is worded in Python, in the interface language.
_SECTION_QUERIES = {
    "due": """
        SELECT account_id, 'promise_due', NULL, amount_cents, NULL FROM promises
        WHERE status = 'pending' AND due_date = :today
        UNION ALL
        SELECT pp.account_id, 'installment_due', pi.number, pi.amount_cents, NULL
        FROM plan_installments pi JOIN payment_plans pp ON pp.id = pi.plan_id
        WHERE pp.status = 'active' AND pi.due_date = :today
          AND pi.status NOT IN ('paid', 'missed')
    """,
    "broken": """
        SELECT pr.account_id, 'promise_broken', NULL, pr.amount_cents, NULL FROM promises pr
        JOIN accounts a ON a.id = pr.account_id
        WHERE pr.status = 'broken' AND pr.due_date >= :since
          AND (a.last_contact_at IS NULL OR a.last_contact_at < pr.resolved_at)
        UNION ALL
        SELECT pp.account_id, 'installment_missed', pi.number, pi.amount_cents, NULL
        FROM plan_installments pi JOIN payment_plans pp ON pp.id = pi.plan_id
        JOIN accounts a ON a.id = pp.account_id
        WHERE pi.status = 'missed' AND pi.due_date >= :since
          AND (a.last_contact_at IS NULL OR date(a.last_contact_at) <= pi.due_date)
    """,
    "follow_up": """
        SELECT i.account_id, 'follow_up', NULL, NULL, i.follow_up_date FROM interactions i
        WHERE i.follow_up_date IS NOT NULL AND i.follow_up_date <= :today
          AND i.id = (SELECT max(j.id) FROM interactions j
                      WHERE j.account_id = i.account_id AND j.follow_up_date IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM interactions k WHERE k.account_id = i.account_id
                          AND k.id > i.id AND k.channel != 'note')
    """,
    "new": """
        SELECT id, 'new', NULL, NULL, NULL FROM accounts
        WHERE status = 'new' AND last_contact_at IS NULL AND balance_cents > 0
        ORDER BY balance_cents DESC LIMIT 200
    """,
}
_REASONS = {
    "promise_due": QT_TRANSLATE_NOOP("Worklist", "Promise of {amount} due today"),
    "installment_due": QT_TRANSLATE_NOOP("Worklist", "Installment {number} of {amount} due today"),
    "promise_broken": QT_TRANSLATE_NOOP("Worklist", "Promise of {amount} broken"),
    "installment_missed": QT_TRANSLATE_NOOP("Worklist", "Installment {number} of {amount} missed"),
    "follow_up": QT_TRANSLATE_NOOP("Worklist", "Follow-up set for {date}"),
    "new": QT_TRANSLATE_NOOP("Worklist", "New account, never contacted"),
}


def _reason(what: str, number: int | None, cents: int | None, day: str | date | None) -> str:
    """Why an account is in its section, with money and dates as people read them."""
    shown_day = ""
    if day is not None:
        value = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
        shown_day = day_in_words(value, "medium")
    return translate("Worklist", _REASONS[what]).format(
        number=number,
        amount=format_money(cents) if cents is not None else "",
        date=shown_day,
    )


def build_worklist(
    db: Database,
    *,
    today: date,
    now: datetime,
    assigned_user_id: int | None = None,
    priority_limit: int = PRIORITY_LIMIT,
) -> Worklist:
    """The worklist for ``today``; the call rules are judged at ``now``."""
    params = {"today": today.isoformat(), "since": (today - LOOK_BACK).isoformat()}
    seen: dict[int, tuple[str, str]] = {}
    with db.connect() as conn:
        for key, _title in SECTIONS[:-1]:
            for account_id, what, number, cents, day in conn.execute(
                text(_SECTION_QUERIES[key]), params
            ):
                seen.setdefault(account_id, (key, _reason(what, number, cents, day)))
        base = _BASE + (" AND a.assigned_user_id = :user" if assigned_user_id else "")
        rows = {
            row.id: row
            for row in conn.execute(
                text(base + " AND a.id IN (SELECT value FROM json_each(:ids))"),
                {**params, "ids": _json_ids(seen), "user": assigned_user_id},
            )
        }
        ordered_sql = (
            base
            + """ ORDER BY
                min(40.0, a.balance_cents / 5000.0)
              + min(30.0, max(0, julianday(:today) - julianday(a.first_delinquency_date)) / 12.0)
              + CASE WHEN a.last_contact_at IS NULL THEN 20.0
                     ELSE min(20.0, (julianday(:today) - julianday(a.last_contact_at)) / 2.0) END
              + min(10, 5 * coalesce(p.kept, 0)) - min(10, 5 * coalesce(p.broken, 0))
              DESC, a.id LIMIT :limit"""
        )
        priority = list(
            conn.execute(
                text(ordered_sql),
                {**params, "limit": priority_limit + len(seen), "user": assigned_user_id},
            )
        )
    items: list[WorkItem] = []
    for account_id, (key, reason) in seen.items():
        row = rows.get(account_id)
        if row is not None:
            items.append(_item(row, key, reason, today))
    for row in priority:
        if row.id not in seen and len(items) < len(seen) + priority_limit:
            items.append(_item(row, "priority", "", today))
    order = {key: i for i, (key, _t) in enumerate(SECTIONS)}
    items.sort(key=lambda i: (order[i.section], -i.score, i.account_number))
    judged = _judge_calls(db, items, now)
    return Worklist(
        today=today,
        items=tuple(i for i in judged if i.callable_now),
        held=tuple(i for i in judged if not i.callable_now),
    )


def _json_ids(seen: dict[int, tuple[str, str]]) -> str:
    return "[" + ",".join(str(i) for i in seen) + "]"


def _item(row, section: str, reason: str, today: date) -> WorkItem:  # type: ignore[no-untyped-def]
    delinquent = (
        date.fromisoformat(row.first_delinquency_date) if row.first_delinquency_date else None
    )
    dpd = max(0, (today - delinquent).days) if delinquent else 0
    since = None
    if row.last_contact_at:
        last = datetime.fromisoformat(str(row.last_contact_at)).date()
        since = max(0, (today - last).days)
    parts = score_parts(row.balance_cents, dpd, since, int(row.kept), int(row.broken))
    score = round(sum(p for _n, p in parts), 1)
    if not reason:
        reason = translate("Worklist", "Priority {score}").format(score=f"{score:g}")
    return WorkItem(
        account_id=row.id,
        account_number=row.account_number,
        debtor_name=f"{row.first_name} {row.last_name}".strip(),
        balance_cents=row.balance_cents,
        days_past_due=dpd,
        section=section,
        reason=reason,
        score=score,
        parts=parts,
    )


def _judge_calls(db: Database, items: list[WorkItem], now: datetime) -> list[WorkItem]:
    """Each item with the contact rules' answer for a call now (one read for all)."""
    judged = []
    with db.read() as session:
        for n, item in enumerate(items, start=1):
            decision = evaluate(context_in(session, item.account_id, ContactMethod.CALL, now))
            judged.append(replace(item, call=decision))
            if n % 200 == 0:
                session.expunge_all()
    return judged
