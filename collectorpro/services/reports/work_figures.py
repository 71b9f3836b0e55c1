"""The figures of the collectors' work: promises and plans, contacts, disputes and overrides.

Timestamps are stored in UTC; the period's days are the office's local days (see ``periods``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from collectorpro.core.i18n import translate
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    CONVERSATION_OUTCOMES,
    Channel,
    DisputeStatus,
    Outcome,
    PlanStatus,
)
from collectorpro.services.reports.periods import (
    NOBODY,
    by_name,
    local_date,
    names,
    office_zone,
    utc,
    utc_range,
)

OUTBOUND_ATTEMPTS = (Channel.OUTBOUND_CALL, Channel.VOICEMAIL)


# ------------------------------------------------------------------------ promises and plans


@dataclass(frozen=True)
class PromiseLine:
    """Promises made in the period, and those resolved (kept, broken, cancelled) in it."""

    label: str
    made: int
    made_cents: int
    kept: int
    kept_cents: int
    broken: int
    broken_cents: int
    cancelled: int
    cancelled_cents: int

    @property
    def kept_rate(self) -> float | None:
        decided = self.kept + self.broken
        return self.kept / decided if decided else None


@dataclass(frozen=True)
class PlanFigures:
    active_now: int
    active_cents: int  # arranged totals of the plans active now
    ended: tuple[tuple[PlanStatus, int, int], ...]  # ended in the period: status, plans, cents
    installments_due: int  # installments falling due in the period
    expected_cents: int
    received_cents: int  # paid towards those installments

    @property
    def received_rate(self) -> float | None:
        return self.received_cents / self.expected_cents if self.expected_cents else None


@dataclass(frozen=True)
class PromiseFigures:
    start: date
    end: date
    total: PromiseLine
    by_collector: tuple[PromiseLine, ...]
    plans: PlanFigures


def promise_figures(db: Database, start: date, end: date) -> PromiseFigures:
    """Promises by when they were made and when they were resolved; plans and installments.

    An installment is expected when its plan is active, completed, or ended on or after its
    due date: the later installments of a plan broken or cancelled earlier are not.
    """
    lo, hi = utc_range(start, end, office_zone(db))
    params = {"lo": lo, "hi": hi, "start": start.isoformat(), "end": end.isoformat()}
    with db.connect() as conn:
        users = names(conn, "users")
        cells: dict[object, list[int]] = defaultdict(lambda: [0] * 8)
        made = (
            "SELECT user_id, 'made', count(*), sum(amount_cents) FROM promises"
            " WHERE created_at >= :lo AND created_at < :hi GROUP BY user_id"
        )
        resolved = (
            "SELECT user_id, status, count(*), sum(amount_cents) FROM promises"
            " WHERE status IN ('kept', 'broken', 'cancelled')"
            " AND resolved_at >= :lo AND resolved_at < :hi GROUP BY user_id, status"
        )
        slot = {"made": 0, "kept": 2, "broken": 4, "cancelled": 6}
        for sql in (made, resolved):
            for user_id, what, count, cents in conn.execute(text(sql), params):
                for key in (user_id, "all"):
                    cells[key][slot[what]] += count
                    cells[key][slot[what] + 1] += cents
        active = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(arranged_total_cents), 0) FROM payment_plans"
                " WHERE status = 'active'"
            )
        ).one()
        ended = {
            status: (count, cents)
            for status, count, cents in conn.execute(
                text(
                    "SELECT status, count(*), sum(arranged_total_cents) FROM payment_plans"
                    " WHERE ended_at >= :lo AND ended_at < :hi GROUP BY status"
                ),
                params,
            )
        }
        due = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(i.amount_cents), 0),"
                " coalesce(sum(i.paid_cents), 0)"
                " FROM plan_installments AS i JOIN payment_plans AS p ON p.id = i.plan_id"
                " WHERE i.due_date BETWEEN :start AND :end AND (p.status IN"
                " ('active', 'completed') OR substr(p.ended_at, 1, 10) >= i.due_date)"
            ),
            params,
        ).one()

    def line(label: str, cell: list[int]) -> PromiseLine:
        return PromiseLine(label, *cell)

    plans = PlanFigures(
        active_now=active[0],
        active_cents=active[1],
        ended=tuple(
            (s, *ended.get(s.value, (0, 0)))
            for s in (PlanStatus.COMPLETED, PlanStatus.BROKEN, PlanStatus.CANCELLED)
        ),
        installments_due=due[0],
        expected_cents=due[1],
        received_cents=due[2],
    )
    total = cells.pop("all", [0] * 8)
    return PromiseFigures(
        start=start,
        end=end,
        total=line(translate("Reports", "All collectors"), total),
        by_collector=by_name(cells, users, line),
        plans=plans,
    )


def weekly_kept_rates(db: Database, end: date, weeks: int = 12) -> list[tuple[date, float | None]]:
    """Kept / (kept + broken) of promises resolved in each seven-day week ending on ``end``."""
    first = end - timedelta(days=7 * weeks - 1)
    counts = [[0, 0] for _ in range(weeks)]
    zone = office_zone(db)
    lo, hi = utc_range(first, end, zone)
    with db.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT resolved_at, status FROM promises WHERE status IN ('kept', 'broken')"
                " AND resolved_at >= :lo AND resolved_at < :hi"
            ),
            {"lo": lo, "hi": hi},
        )
        for moment, status in rows:
            week = (local_date(moment, zone) - first).days // 7
            counts[week][0 if status == "kept" else 1] += 1
    return [
        (first + timedelta(days=7 * i), kept / (kept + broken) if kept + broken else None)
        for i, (kept, broken) in enumerate(counts)
    ]


# ----------------------------------------------------------------------------------- activity


@dataclass(frozen=True)
class CollectorDay:
    collector: str
    day: date
    contacts: int
    outbound_attempts: int
    conversations: int


@dataclass(frozen=True)
class ActivityFigures:
    """Contacts (every channel but notes) in the office's local days of the period."""

    start: date
    end: date
    by_collector_day: tuple[CollectorDay, ...]
    by_channel: tuple[tuple[Channel, int], ...]
    by_outcome: tuple[tuple[Outcome, int], ...]
    outbound_attempts: int  # outbound calls and voicemails
    right_party_contacts: int  # outbound attempts that reached a conversation

    @property
    def contacts(self) -> int:
        return sum(count for _, count in self.by_channel)

    @property
    def conversations(self) -> int:
        return sum(count for o, count in self.by_outcome if o in CONVERSATION_OUTCOMES)

    @property
    def right_party_rate(self) -> float | None:
        if not self.outbound_attempts:
            return None
        return self.right_party_contacts / self.outbound_attempts


def activity_figures(db: Database, start: date, end: date) -> ActivityFigures:
    # grouped by quarter-hour of UTC: every time zone's offset is a multiple of 15 minutes,
    # so each group falls on one local day
    sql = (
        "SELECT user_id, channel, outcome, substr(occurred_at, 1, 13),"
        " CAST(substr(occurred_at, 15, 2) AS INTEGER) / 15, count(*) FROM interactions"
        " WHERE occurred_at >= :lo AND occurred_at < :hi AND channel <> 'note'"
        " GROUP BY 1, 2, 3, 4, 5"
    )
    per_day: dict[tuple[int | None, date], list[int]] = defaultdict(lambda: [0, 0, 0])
    channels: dict[str, int] = defaultdict(int)
    outcomes: dict[str, int] = defaultdict(int)
    attempts = rpc = 0
    days: dict[tuple[str, int], date] = {}
    zone = office_zone(db)
    lo, hi = utc_range(start, end, zone)
    with db.connect() as conn:
        users = names(conn, "users")
        for user_id, channel, outcome, hour, quarter, count in conn.execute(
            text(sql), {"lo": lo, "hi": hi}
        ):
            day = days.get((hour, quarter))
            if day is None:
                moment = datetime.fromisoformat(f"{hour}:00").replace(tzinfo=UTC)
                moment += timedelta(minutes=15 * quarter)
                day = days[(hour, quarter)] = moment.astimezone(zone).date()
            cell = per_day[(user_id, day)]
            cell[0] += count
            channels[channel] += count
            outcomes[outcome] += count
            if channel in OUTBOUND_ATTEMPTS:
                attempts += count
                cell[1] += count
            if outcome in CONVERSATION_OUTCOMES:
                cell[2] += count
                if channel in OUTBOUND_ATTEMPTS:
                    rpc += count
    rows = [
        CollectorDay(users.get(uid, NOBODY) if uid else NOBODY, day, *cell)
        for (uid, day), cell in per_day.items()
    ]
    rows.sort(key=lambda r: (r.collector == NOBODY, r.collector.casefold(), r.day))
    return ActivityFigures(
        start=start,
        end=end,
        by_collector_day=tuple(rows),
        by_channel=tuple((c, channels[c.value]) for c in Channel if channels.get(c.value)),
        by_outcome=tuple((o, outcomes[o.value]) for o in Outcome if outcomes.get(o.value)),
        outbound_attempts=attempts,
        right_party_contacts=rpc,
    )


# --------------------------------------------------------------------------------- compliance


@dataclass(frozen=True)
class OpenDispute:
    account_number: str
    debtor_name: str
    status: DisputeStatus
    received_on: date
    days_open: int
    amount_cents: int | None
    what: str


@dataclass(frozen=True)
class OverrideLine:
    at: datetime  # in the office's time zone
    account_number: str
    channel: str
    rules: str
    manager: str
    collector: str
    reason: str


@dataclass(frozen=True)
class ComplianceFigures:
    start: date
    end: date
    opened: tuple[tuple[DisputeStatus, int, int], ...]  # received in the period, by status now
    closed: tuple[tuple[DisputeStatus, int, int], ...]  # closed in the period
    open_now: tuple[OpenDispute, ...]
    overrides: tuple[OverrideLine, ...]


def compliance_figures(db: Database, start: date, end: date, *, today: date) -> ComplianceFigures:
    zone = office_zone(db)
    lo, hi = utc_range(start, end, zone)
    params = {"lo": lo, "hi": hi, "start": start.isoformat(), "end": end.isoformat()}
    with db.connect() as conn:
        users = names(conn, "users")

        def by_status(where: str) -> tuple[tuple[DisputeStatus, int, int], ...]:
            found = {
                s: (n, c)
                for s, n, c in conn.execute(
                    text(
                        "SELECT status, count(*), coalesce(sum(amount_cents), 0) FROM disputes"
                        f" WHERE {where} GROUP BY status"
                    ),
                    params,
                )
            }
            return tuple((s, *found[s.value]) for s in DisputeStatus if s.value in found)

        opened = by_status("received_on BETWEEN :start AND :end")
        closed = by_status("closed_at >= :lo AND closed_at < :hi")
        open_now = tuple(
            OpenDispute(
                number,
                f"{last}, {first}",
                DisputeStatus(status),
                date.fromisoformat(received),
                max(0, (today - date.fromisoformat(received)).days),
                amount,
                what,
            )
            for number, first, last, status, received, amount, what in conn.execute(
                text(
                    "SELECT a.account_number, d.first_name, d.last_name, x.status,"
                    " x.received_on, x.amount_cents, x.what FROM disputes AS x"
                    " JOIN accounts AS a ON a.id = x.account_id"
                    " JOIN debtors AS d ON d.id = a.debtor_id"
                    " WHERE x.status IN ('open', 'verification_sent')"
                    " ORDER BY x.received_on, x.id"
                )
            )
        )
        overrides = tuple(
            OverrideLine(
                utc(created).astimezone(zone),
                number,
                channel,
                rules,
                users.get(manager, NOBODY),
                users.get(user, NOBODY) if user else NOBODY,
                reason,
            )
            for created, number, channel, rules, manager, user, reason in conn.execute(
                text(
                    "SELECT o.created_at, a.account_number, o.channel, o.rules,"
                    " o.manager_user_id, o.user_id, o.reason FROM contact_overrides AS o"
                    " JOIN accounts AS a ON a.id = o.account_id"
                    " WHERE o.created_at >= :lo AND o.created_at < :hi ORDER BY o.created_at"
                ),
                params,
            )
        )
    return ComplianceFigures(start, end, opened, closed, open_now, overrides)
