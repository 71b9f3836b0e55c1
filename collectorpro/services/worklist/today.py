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

import heapq
import json
import math
from collections import Counter, defaultdict
from collections.abc import Container, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Row, text

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, day_in_words, translate
from collectorpro.core.money import format_money
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.compliance.guard import contexts_in
from collectorpro.services.compliance.rules import Decision, evaluate
from collectorpro.services.worklist import queries

__all__ = [
    "SECTIONS",
    "SHOWN_PER_SECTION",
    "WorkItem",
    "Worklist",
    "build_worklist",
    "score_parts",
]

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
SHOWN_PER_SECTION = 50  # accounts listed (and judged by the contact rules) per section


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
    # how many accounts each section holds (only the first of them are listed and judged)
    totals: tuple[tuple[str, int], ...] = ()

    def section(self, key: str) -> tuple[WorkItem, ...]:
        return tuple(i for i in self.items if i.section == key)

    def total(self, key: str) -> int:
        """Accounts in the section, listed or not (held ones included)."""
        return dict(self.totals).get(key, 0)


def section_title(key: str) -> str:
    """A section's title in the interface language."""
    return translate("Worklist", dict(SECTIONS)[key])


def score_parts(
    balance_cents: int, days_past_due: int, days_since_contact: int | None, kept: int, broken: int
) -> tuple[tuple[str, float], ...]:
    """The priority score's parts, each with its points (they add up to the score)."""
    names = (
        translate("Worklist", "Balance"),
        translate("Worklist", "Days past due"),
        translate("Worklist", "Since last contact"),
        translate("Worklist", "Promises kept"),
    )
    points = _points(balance_cents, days_past_due, days_since_contact, kept, broken)
    return tuple(zip(names, points, strict=True))


def _points(
    balance_cents: int, days_past_due: int, days_since_contact: int | None, kept: int, broken: int
) -> tuple[float, float, float, float]:
    return (
        round(min(40.0, max(balance_cents, 0) / 5_000), 1),  # $50 a point, max 40
        round(min(30.0, days_past_due / 12), 1),  # 12 days a point, max 30
        20.0 if days_since_contact is None else round(min(20.0, days_since_contact / 2), 1),
        float(min(10, 5 * kept) - min(10, 5 * broken)),
    )


# the promises part spans 20 points; the margin covers the rounding of the parts
_PROMISES_SPAN = 20.5


class _Facts(NamedTuple):
    """What a worklist row is made of, as read."""

    id: int
    account_number: str
    first_name: str
    last_name: str
    balance_cents: int
    first_delinquency_date: str | None
    last_contact_at: str | None
    kept: int
    broken: int


PRIORITY_CANDIDATES = 3  # times the priority rows: the likely accounts the bound comes from


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
    shown: int = SHOWN_PER_SECTION,
) -> Worklist:
    """The worklist for ``today``; the call rules are judged at ``now``.

    Each section lists its first ``shown`` accounts (the priority section at most
    ``priority_limit``) and counts the rest; only the accounts listed are judged by the
    contact rules. The statements run are the same however large the office.
    """
    params: dict[str, object] = {
        "today": today.isoformat(),
        "since": (today - LOOK_BACK).isoformat(),
        "user": assigned_user_id,
    }
    order = {key: i for i, (key, _t) in enumerate(SECTIONS)}
    limit = min(priority_limit, shown)

    Reason = tuple[str, int | None, int | None, str | None]

    def sections(
        keys: Sequence[str], taken: Container[int] = ()
    ) -> tuple[dict[int, tuple[str, Reason]], list[Row[Any]]]:
        """The accounts of these sections (each in the first it qualifies for, none of
        ``taken``) with why, and those still collected with their score but for promises."""
        found: dict[int, tuple[str, Reason]] = {}
        with db.connect() as conn:
            for key in keys:
                for account_id, what, number, cents, day in conn.execute(
                    text(queries.SECTION_QUERIES[key]), params
                ).all():
                    if account_id not in taken:
                        found.setdefault(account_id, (key, (what, number, cents, day)))
            ids = json.dumps({str(i): order[key] for i, (key, _w) in found.items()})
            members = conn.execute(text(queries.SECTION_MEMBERS), {**params, "sections": ids}).all()
        return found, members

    def priority_rows(seen: dict[str, object]) -> Sequence[Row[Any]]:
        with db.connect() as conn:
            bounds = _priority_bounds(conn, seen, limit, today)
            return conn.execute(
                text(queries.PRIORITY_ROWS), {**seen, **bounds, "limit": limit}
            ).all()

    # The follow-ups take as long as the other sections together, and the priority section
    # about as long as judging the sections' calls: each pair runs on both cores (SQLite lets
    # go of the interpreter while it works).
    with ThreadPoolExecutor(max_workers=1) as helper:
        later = helper.submit(sections, ("follow_up",))
        due, members = sections(("due", "broken"))
        follow_ups, follow_up_members = later.result()
        for account_id, found in follow_ups.items():
            due.setdefault(account_id, found)
        members += [m for m in follow_up_members if due[m[0]][0] == "follow_up"]
        new, new_members = sections(("new",), taken=due)
        due.update(new)
        members += new_members
        params["sections"] = json.dumps({str(i): order[key] for i, (key, _w) in due.items()})
        priority_later = helper.submit(priority_rows, dict(params))
        totals = Counter(SECTIONS[section][0] for _id, section, _partial in members)
        likely = _candidates(members, shown)
        with db.connect() as conn:
            rows = conn.execute(
                text(queries.CANDIDATE_ROWS), {"sections": json.dumps(likely)}
            ).all()
        listed = [
            _item(_Facts(m[0], *m[2:]), SECTIONS[m[1]][0], _reason(*due[m[0]][1]), today)
            for m in _first_by_score(rows, shown, today)
        ]
        judged = _judge_calls(db, listed, now)
        priority = [_item(row, "priority", "", today) for row in priority_later.result()]
    judged += _judge_calls(db, priority, now)
    totals["priority"] = len(priority)
    judged.sort(key=lambda i: (order[i.section], -i.score, i.account_number))
    return Worklist(
        today=today,
        items=tuple(i for i in judged if i.callable_now),
        held=tuple(i for i in judged if not i.callable_now),
        totals=tuple((key, totals[key]) for key, _t in SECTIONS if key in totals),
    )


def _candidates(members: Sequence[Row[Any]], shown: int) -> dict[str, int]:
    """The members that can be among their section's first ``shown``, as {id: section}.

    Each section's ``shown``-th best score without promises is ``s``; the first ``shown``
    then score at least s - 10 with them, which no member below s - 20 can reach.
    """
    partials: dict[int, list[float]] = defaultdict(list)
    for _id, section, partial in members:
        partials[section].append(partial)
    least = {
        section: heapq.nlargest(shown, scores)[-1] - _PROMISES_SPAN if len(scores) > shown else None
        for section, scores in partials.items()
    }
    return {
        str(account_id): section
        for account_id, section, partial in members
        if least[section] is None or partial >= least[section]
    }


def _first_by_score(members: Sequence[Row[Any]], shown: int, today: date) -> list[Row[Any]]:
    """Each section's first ``shown`` members by score (then account number), as listed.

    The score is ``_points`` summed, written out inline: this runs once per account in a
    section, tens of thousands of times in a large office.
    """
    today_number = today.toordinal()
    day_numbers: dict[str, int] = {}  # many accounts share a day

    def day_number(value: str) -> int:
        found = day_numbers.get(value)
        if found is None:
            found = day_numbers[value] = date.fromisoformat(value).toordinal()
        return found

    by_section: dict[int, list[tuple[float, str, Row[Any]]]] = defaultdict(list)
    for m in members:
        _id, section, number, _first, _last, balance, delinquent, contacted, kept, broken = m
        b = max(balance, 0) / 5_000
        points = 40.0 if b >= 40.0 else round(b, 1)
        if delinquent:
            d = max(0, today_number - day_number(delinquent)) / 12
            points += 30.0 if d >= 30.0 else round(d, 1)
        else:
            points += 0.0
        if contacted is None:
            points += 20.0
        else:
            c = max(0, today_number - day_number(str(contacted)[:10])) / 2
            points += 20.0 if c >= 20.0 else round(c, 1)
        points += float(min(10, 5 * kept) - min(10, 5 * broken))
        by_section[section].append((-round(points, 1), number, m))
    return [
        m
        for section in sorted(by_section)
        for _score, _number, m in heapq.nsmallest(
            shown, by_section[section], key=lambda e: (e[0], e[1])
        )
    ]


def _priority_bounds(
    conn: Connection, params: dict[str, object], rank: int, today: date
) -> dict[str, object]:
    """What an account must have to score among the first ``rank`` of the priority section.

    The parts are at most 40 (balance), 30 (days past due), 20 (since the last contact) and
    10 (promises): an account scoring ``t`` or more has a balance part of at least t - 60, a
    days part of at least t - 70 and a contact part of at least t - 80. ``t`` is the score of
    the rank-th best of the largest balances, which the first ``rank`` can only beat, so the
    bounds leave out no account that belongs (a small margin covers rounding).
    """
    open_bounds: dict[str, object] = {
        "least_balance": 1,
        "latest_delinquency": None,
        "contact_before": None,
    }
    if rank <= 0:
        return open_bounds
    threshold = conn.execute(
        text(queries.PRIORITY_THRESHOLD),
        {
            **params,
            "rank": rank,
            "candidates": rank * PRIORITY_CANDIDATES,
            # 30 points from 360 days past due, 20 from 40 days since the last contact
            "full_days": (today - timedelta(days=360)).isoformat(),
            "full_since": (
                datetime(today.year, today.month, today.day) - timedelta(days=40)
            ).isoformat(sep=" "),
        },
    ).scalar()
    if threshold is None:
        return open_bounds
    t = float(threshold) - 0.01
    bounds = dict(open_bounds)
    if t - 60 > 0:
        bounds["least_balance"] = max(1, math.floor(5_000 * (t - 60)))
    if t - 70 > 0:
        bounds["latest_delinquency"] = (
            today - timedelta(days=math.ceil(12 * (t - 70)))
        ).isoformat()
    if t - 80 > 0:
        midnight = datetime(today.year, today.month, today.day)
        before = midnight - timedelta(days=2 * (t - 80))
        bounds["contact_before"] = before.isoformat(sep=" ")
    return bounds


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
    """Each listed item with the contact rules' answer for a call now (one read for all)."""
    with db.read() as session:
        contexts = contexts_in(session, [i.account_id for i in items], ContactMethod.CALL, now)
    return [replace(item, call=evaluate(contexts[item.account_id])) for item in items]
