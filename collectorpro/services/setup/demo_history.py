"""A demo account's contact history: calls, letters and notes, follow-ups, and promises to
pay (pending, kept or broken)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from collectorpro.services.setup.demo_data import CONTACTS
from collectorpro.services.setup.demo_rows import DemoRows, timestamp

__all__ = ["CONVERSATIONS", "add_history"]

CONVERSATIONS = {"right_party_contact", "promise_to_pay", "refused", "callback_requested"}
_CONTACT_CHOICES = [(c[0], c[1], c[3]) for c in CONTACTS]
_CONTACT_WEIGHTS = [c[2] for c in CONTACTS]


def add_history(
    demo: DemoRows, account_id: int, status: str, days_late: int, user: int | None, balance: int
) -> tuple[str | None, str | None, str]:
    rng = demo.rng
    if status == "new":
        return None, None, ""
    last_contact = None
    follow_up = None
    span = max(1, min(days_late, 200))
    moments = sorted(
        demo.now - timedelta(days=rng.randrange(0, span), minutes=rng.randrange(0, 600))
        for _ in range(rng.choice((1, 2, 3, 4, 6)))
    )
    for moment in moments:
        channel, outcome, note = rng.choices(_CONTACT_CHOICES, _CONTACT_WEIGHTS)[0]
        duration = rng.randrange(20, 600) if channel in ("outbound_call", "inbound_call") else None
        wants_follow_up = outcome in CONVERSATIONS and rng.random() < 0.5
        follow = (demo.today + timedelta(days=rng.randrange(-5, 14))) if wants_follow_up else None
        occurred = timestamp(moment)
        demo.rows["interactions"].append(
            (
                demo.next_id("interactions"),
                account_id,
                channel,
                outcome,
                note,
                occurred,
                user,
                duration,
                follow.isoformat() if follow else None,
                occurred,
            )
        )
        if channel != "note":
            last_contact = occurred
        if follow is not None:
            follow_up = follow
    next_date, label = (follow_up, "Follow up") if follow_up else (None, "")
    if status == "promise" and balance > 0:
        due = demo.today + timedelta(days=rng.randrange(-3, 15))
        amount = min(balance, max(2500, balance // rng.choice((1, 2, 4, 6)) // 100 * 100))
        made = demo.now - timedelta(days=rng.randrange(1, 10))
        interaction_id = demo.next_id("interactions")
        demo.rows["interactions"].append(
            (
                interaction_id,
                account_id,
                "outbound_call",
                "promise_to_pay",
                f"Promised ${amount / 100:,.2f} by {due:%m/%d/%Y}.",
                timestamp(made),
                user,
                rng.randrange(60, 600),
                None,
                timestamp(made),
            )
        )
        last_contact = max(last_contact or "", timestamp(made))
        demo.rows["promises"].append(
            (
                demo.next_id("promises"),
                account_id,
                amount,
                due.isoformat(),
                "pending",
                interaction_id,
                user,
                timestamp(made),
                None,
            )
        )
        if next_date is None or due < next_date:
            next_date, label = due, "Promise due"
    elif rng.random() < 0.06:
        due = demo.today - timedelta(days=rng.randrange(10, 90))
        kept = rng.random() < 0.45
        demo.rows["promises"].append(
            (
                demo.next_id("promises"),
                account_id,
                5000,
                due.isoformat(),
                "kept" if kept else "broken",
                None,
                user,
                timestamp(datetime.combine(due - timedelta(days=7), time(16), tzinfo=UTC)),
                timestamp(datetime.combine(due + timedelta(days=1), time(16), tzinfo=UTC)),
            )
        )
    return last_contact, next_date.isoformat() if next_date else None, label
