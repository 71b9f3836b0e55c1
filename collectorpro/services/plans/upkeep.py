"""Keeping plans and promises up to date as the days pass, in the background and in short steps.

Time alone changes a plan or a promise only on the day an installment falls due, the day it
is missed (its due date plus the grace days) and the day a promise is broken. So the upkeep
keeps the date it last ran up to (with the grace days and misses-to-break it ran with) and,
on its next run, looks only at the accounts where one of those days fell since: a start on
the same day does nothing at all, a start the next morning a day's worth of accounts. The
first run, a run back in time, or a change of the plan policy looks at every account with an
open plan or a pending promise (as ``everything=True`` does).

The accounts are looked at a thousand at a time in a read, which takes no lock, to find the
few that the rules would change; only those are written, 25 at a time, each chunk in
its own short write transaction with a rest between two, so another collector's window, a
payment or an import waits at most one chunk; the rules themselves are
in ``refresh`` (shared with posting a payment and making a plan). ``bring_up_to_date`` runs
after the window opens (off its thread), after every payment and reversal through
``refresh.refresh_account``, and from ``collectorpro plans update``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from collectorpro.models import PaymentPlan, PlanInstallment, PromiseToPay
from collectorpro.models.db import Database
from collectorpro.models.enums import InstallmentStatus, PlanStatus, PromiseStatus
from collectorpro.services.office import audit
from collectorpro.services.office.settings import (
    PlanPolicy,
    plan_policy,
    setting_text,
    store_setting,
)
from collectorpro.services.plans.refresh import (
    UpkeepReport,
    accounts_to_refresh,
    refresh_accounts,
)

__all__ = [
    "CHUNK",
    "UpkeepReport",
    "Watermark",
    "accounts_due",
    "bring_up_to_date",
    "read_watermark",
]

WATERMARK_KEY = "plans.upkeep_through"
# accounts looked at per read (no lock is taken: the rules say which of them would change)
LOOK_CHUNK = 1000
# accounts changed per write transaction: a chunk of 25 is read again, judged and written in
# well under 200 ms, so nobody waits long for the write lock
CHUNK = 25
# the rest between two chunks: longer than the longest sleep of SQLite's busy handler (100 ms),
# so a collector's payment or import waiting for the write lock always gets it before the
# next chunk instead of finding it taken again each time it looks
PAUSE_S = 0.12

_UNPAID = (InstallmentStatus.UPCOMING, InstallmentStatus.PARTIAL, InstallmentStatus.DUE)


@dataclass(frozen=True)
class Watermark:
    """How far the upkeep has run: up to ``through``, with this policy's grace and limit."""

    through: date
    grace_days: int
    misses_to_break: int

    def covers(self, policy: PlanPolicy) -> bool:
        return (self.grace_days, self.misses_to_break) == (
            policy.grace_days,
            policy.misses_to_break,
        )


def read_watermark(session: Session) -> Watermark | None:
    text = setting_text(session, WATERMARK_KEY)
    if text is None:
        return None
    try:
        stored = json.loads(text)
        return Watermark(
            date.fromisoformat(stored["through"]),
            int(stored["grace_days"]),
            int(stored["misses_to_break"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: the next run looks at everything and writes it again


def _write_watermark(session: Session, today: date, policy: PlanPolicy) -> None:
    value = {
        "through": today.isoformat(),
        "grace_days": policy.grace_days,
        "misses_to_break": policy.misses_to_break,
    }
    store_setting(session, WATERMARK_KEY, json.dumps(value, sort_keys=True))


def accounts_due(
    session: Session, *, today: date, policy: PlanPolicy, since: Watermark | None
) -> list[int]:
    """The accounts whose plans or promises time may have changed since ``since`` (all the
    accounts with an open plan or a pending promise when there is nothing to go on)."""
    if since is None or since.through > today or not since.covers(policy):
        plans = select(PaymentPlan.account_id).where(PaymentPlan.status == PlanStatus.ACTIVE)
        promises = select(PromiseToPay.account_id).where(
            PromiseToPay.status == PromiseStatus.PENDING
        )
        return sorted(set(session.scalars(plans.union(promises))))
    if since.through == today:
        return []
    grace = timedelta(days=policy.grace_days)
    # falls due: since < due <= today; missed or broken: since < due + grace < today
    due_from, due_to = since.through + timedelta(days=1), today
    late_from, late_to = since.through - grace, today - grace - timedelta(days=1)
    installments = (
        select(PaymentPlan.account_id)
        .join(PlanInstallment, PlanInstallment.plan_id == PaymentPlan.id)
        .where(
            PaymentPlan.status == PlanStatus.ACTIVE,
            PlanInstallment.status.in_(_UNPAID),
            or_(
                PlanInstallment.due_date.between(due_from, due_to),
                PlanInstallment.due_date.between(late_from, late_to),
            ),
        )
    )
    promises = select(PromiseToPay.account_id).where(
        PromiseToPay.status == PromiseStatus.PENDING,
        PromiseToPay.due_date.between(late_from, late_to),
    )
    # an open plan already missed often enough to break: a reversal reopens a completed plan
    # with its installments marked missed, and breaking it is left to the upkeep
    unbroken = (
        select(PaymentPlan.account_id)
        .join(PlanInstallment, PlanInstallment.plan_id == PaymentPlan.id)
        .where(
            PaymentPlan.status == PlanStatus.ACTIVE,
            PlanInstallment.status == InstallmentStatus.MISSED,
        )
        .group_by(PaymentPlan.id, PaymentPlan.account_id)
        .having(func.count() >= policy.misses_to_break)
    )
    return sorted(set(session.scalars(installments.union(promises, unbroken))))


def bring_up_to_date(
    db: Database,
    *,
    today: date,
    user_id: int | None = None,
    account_ids: Iterable[int] = (),
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    pause: float = PAUSE_S,
) -> UpkeepReport:
    """Mark missed installments, broken plans and kept or broken promises as of ``today``.

    Looks at the accounts time may have changed since the last run (``everything``: every
    account with an open plan or a pending promise; or only ``account_ids``), ``LOOK_CHUNK`` at
    a time in a read, and changes those the rules would change ``CHUNK`` at a time, each chunk
    in its own write transaction, ``pause`` seconds apart. ``progress(done, total)`` follows
    the accounts looked at;
    when ``cancelled()`` turns true the run stops after the chunk in hand, what it did stays,
    and the next run starts again from the same date.
    """
    report = UpkeepReport()
    explicit = list(account_ids)
    with db.read() as session:
        policy = plan_policy(session)
        since = None if everything else read_watermark(session)
        ids = explicit or accounts_due(session, today=today, policy=policy, since=since)
    if not explicit and since is not None and since.through == today and since.covers(policy):
        return report  # already up to date today: not even a write
    writes = 0
    for start in range(0, len(ids), LOOK_CHUNK):
        if cancelled is not None and cancelled():
            return report
        if progress is not None:
            progress(start, len(ids))
        with db.read() as session:  # no lock: most accounts looked at need nothing
            changing = accounts_to_refresh(
                session, ids[start : start + LOOK_CHUNK], today=today, policy=policy
            )
        for first in range(0, len(changing), CHUNK):
            if writes and pause:
                time.sleep(pause)  # let anyone waiting for the write lock go first
            if cancelled is not None and cancelled():
                return report
            with db.write() as session:
                report.add(
                    refresh_accounts(
                        session,
                        changing[first : first + CHUNK],
                        today=today,
                        policy=policy,
                        user_id=user_id,
                    )
                )
            writes += 1
    if progress is not None:
        progress(len(ids), len(ids))
    with db.write() as session:
        if not explicit:
            _write_watermark(session, today, policy)
        if any(vars(report).values()):
            audit.record(
                session,
                user_id=user_id,
                action="plans_brought_up_to_date",
                entity="office",
                entity_id=None,
                summary=f"As of {today.isoformat()}: {report.describe(translated=False)}",
            )
    return report
