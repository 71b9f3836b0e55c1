"""The report figures laid out as tables and charts: typed cells, totals rows, notes.

Money stays in cents and rates stay fractions; the exporters and the window format them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from babel.dates import format_date

from collectorpro.models.enums import DisputeStatus
from collectorpro.services.reports import figures as f
from collectorpro.services.reports.model import Cell, Chart, Column, ReportTable, Series
from collectorpro.services.reports.periods import LOCALE, long_date


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# ------------------------------------------------------------------------------------ tables


def _number(cell: Cell) -> int:
    return cell if isinstance(cell, int) else 0


def make_table(
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    note: str = "",
    *,
    overall: Mapping[str, Cell] | None = None,
) -> ReportTable:
    """A table whose totals row sums the columns marked ``total``; no totals when none is.

    ``overall`` fills other cells of the totals row, such as a rate over all the rows (a rate
    of sums, never a sum of rates).
    """
    cols = tuple(columns)
    frozen = tuple(tuple(row) for row in rows)
    if not any(c.total for c in cols):
        return ReportTable(title, cols, frozen, None, note)
    extra = overall or {}
    totals: list[Cell] = [
        sum(_number(row[i]) for row in frozen) if c.total else extra.get(c.key)
        for i, c in enumerate(cols)
    ]
    if cols[0].kind == "text" and not cols[0].total and cols[0].key not in extra:
        totals[0] = "Total"
    return ReportTable(title, cols, frozen, tuple(totals), note)


def _money(key: str, title: str) -> Column:
    return Column(key, title, "money", total=True)


def _count(key: str, title: str) -> Column:
    return Column(key, title, "count", total=True)


def aging_tables(aging: f.AgingFigures) -> tuple[ReportTable, ...]:
    when = long_date(aging.as_of)
    how = (
        "Balances recomputed from the ledger entries effective on or before that date."
        if aging.from_ledger
        else "Current balances, as the accounts show them."
    )
    note = (
        f"Accounts placed on or before {when} with a balance above zero. {how} Credit balances "
        "are listed separately and are not in the buckets."
    )
    total = aging.total_cents
    line = aging.overall
    bucket_rows = [
        (bucket.label, line.accounts[i], line.cents[i], share(line.cents[i], total))
        for i, bucket in enumerate(f.BUCKETS)
    ]
    by_bucket = make_table(
        "Aging by bucket",
        (
            Column("bucket", "Days past due"),
            _count("accounts", "Accounts"),
            _money("amount", "Amount"),
            Column("share", "Share", "percent"),
        ),
        bucket_rows,
        note,
        overall={"share": 1.0 if total else None},
    )
    credit = ReportTable(
        "Credit balances",
        (
            Column("label", ""),
            Column("accounts", "Accounts", "count"),
            Column("amount", "Amount", "money"),
        ),
        (("Credit balances", aging.credit_accounts, aging.credit_cents),),
        None,
        "Overpaid accounts (a balance below zero); outside the buckets and the total.",
    )

    def cross(title: str, first: str, lines: tuple[f.AgingLine, ...]) -> ReportTable:
        columns = (
            Column(first, first.replace("_", " ").capitalize()),
            *(_money(b.value, b.label) for b in f.BUCKETS),
            _money("total", "Total"),
            _count("accounts", "Accounts"),
        )
        rows = [(line.label, *line.cents, line.total_cents, line.total_accounts) for line in lines]
        return make_table(title, columns, rows, note)

    return (
        by_bucket,
        credit,
        cross("Aging by creditor", "creditor", aging.by_creditor),
        cross("Aging by service type", "service_type", aging.by_service_type),
    )


_COLLECTION_COLUMNS = (
    _count("payments", "Payments"),
    _money("gross", "Collected"),
    _count("reversals", "Reversals"),
    _money("reversed", "Reversed"),
    _money("net", "Net collected"),
)


def _collection_row(line: f.CollectionLine) -> tuple[Cell, ...]:
    return (
        line.label,
        line.payments,
        line.gross_cents,
        line.reversals,
        line.reversed_cents,
        line.net_cents,
    )


def collection_tables(c: f.CollectionFigures) -> dict[str, ReportTable]:
    note = (
        "Payments by their effective date; a reversal (a returned check, a chargeback) dated "
        "in the period counts against the method, collector and creditor of its payment."
    )
    summary = ReportTable(
        "Collections summary",
        (Column("label", ""), *_COLLECTION_COLUMNS),
        (_collection_row(c.total),),
        None,
        note,
    )

    def by(title: str, key: str, heading: str, lines: tuple[f.CollectionLine, ...]) -> ReportTable:
        return make_table(
            title,
            (Column(key, heading), *_COLLECTION_COLUMNS),
            [_collection_row(line) for line in lines],
        )

    return {
        "summary": summary,
        "method": by("Collections by payment method", "method", "Method", c.by_method),
        "collector": by("Collections by collector", "collector", "Received by", c.by_collector),
        "creditor": by("Collections by creditor", "creditor", "Creditor", c.by_creditor),
    }


def weekly_table(weeks: list[tuple[date, int]]) -> ReportTable:
    return make_table(
        "Collections per week",
        (Column("week", "Week of", "date"), _money("collected", "Collected")),
        weeks,
        "Payments (before reversals) in the seven days starting on each date.",
    )


def weekly_chart(weeks: list[tuple[date, int]]) -> Chart:
    return Chart(
        "Collections per week",
        "bar",
        tuple(format_date(start, "MMM d", locale=LOCALE) for start, _ in weeks),
        (Series("Collected", tuple(cents / 100 for _, cents in weeks)),),
        "money",
    )


def promise_tables(p: f.PromiseFigures) -> dict[str, ReportTable]:
    columns = (
        Column("collector", "Collector"),
        _count("made", "Made"),
        _money("made_amount", "Amount promised"),
        _count("kept", "Kept"),
        _money("kept_amount", "Amount kept"),
        _count("broken", "Broken"),
        _money("broken_amount", "Amount broken"),
        _count("cancelled", "Cancelled"),
        Column("kept_rate", "Kept rate", "percent"),
    )
    rows = [
        (
            line.label,
            line.made,
            line.made_cents,
            line.kept,
            line.kept_cents,
            line.broken,
            line.broken_cents,
            line.cancelled,
            line.kept_rate,
        )
        for line in p.by_collector
    ]
    promises = make_table(
        "Promises to pay",
        columns,
        rows,
        "Made: promises recorded in the period. Kept, broken, cancelled: promises resolved in "
        "the period. Kept rate = kept / (kept + broken).",
        overall={"kept_rate": p.total.kept_rate},
    )
    plans = p.plans
    plan_rows: list[tuple[Cell, ...]] = [("Active now", plans.active_now, plans.active_cents)]
    plan_rows += [
        (f"{status.label} in the period", count, cents) for status, count, cents in plans.ended
    ]
    plan_table = ReportTable(
        "Payment plans",
        (
            Column("plans", ""),
            Column("count", "Plans", "count"),
            Column("amount", "Arranged", "money"),
        ),
        tuple(plan_rows),
        None,
        "Arranged: the total the debtors agreed to pay under those plans.",
    )
    installments = ReportTable(
        "Plan installments due in the period",
        (
            Column("installments", "Installments", "count"),
            Column("expected", "Expected", "money"),
            Column("received", "Received", "money"),
            Column("received_rate", "Received share", "percent"),
        ),
        (
            (
                plans.installments_due,
                plans.expected_cents,
                plans.received_cents,
                plans.received_rate,
            ),
        ),
        None,
        "Installments falling due in the period on plans still running then; received is what "
        "has been paid towards them so far.",
    )
    return {"promises": promises, "plans": plan_table, "installments": installments}


def activity_tables(a: f.ActivityFigures) -> dict[str, ReportTable]:
    per_day = make_table(
        "Contacts by collector and day",
        (
            Column("collector", "Collector"),
            Column("day", "Day", "date"),
            _count("contacts", "Contacts"),
            _count("outbound_attempts", "Outbound attempts"),
            _count("conversations", "Conversations"),
        ),
        [
            (r.collector, r.day, r.contacts, r.outbound_attempts, r.conversations)
            for r in a.by_collector_day
        ],
        "Every contact but notes, on the office's local days.",
    )
    total = a.contacts
    channel = make_table(
        "Contacts by channel",
        (
            Column("channel", "Channel"),
            _count("contacts", "Contacts"),
            Column("share", "Share", "percent"),
        ),
        [(c.label, n, share(n, total)) for c, n in a.by_channel],
        overall={"share": 1.0 if total else None},
    )
    outcome = make_table(
        "Contacts by outcome",
        (
            Column("outcome", "Outcome"),
            _count("contacts", "Contacts"),
            Column("share", "Share", "percent"),
        ),
        [
            (o.label if o.value != "none" else "No outcome", n, share(n, total))
            for o, n in a.by_outcome
        ],
        overall={"share": 1.0 if total else None},
    )
    rate = ReportTable(
        "Right-party contact rate",
        (
            Column("outbound_attempts", "Outbound attempts", "count"),
            Column("right_party_contacts", "Right-party contacts", "count"),
            Column("rate", "Rate", "percent"),
        ),
        ((a.outbound_attempts, a.right_party_contacts, a.right_party_rate),),
        None,
        "Outbound attempts are outbound calls and voicemails; a right-party contact is an "
        "attempt whose outcome was a conversation with the debtor.",
    )
    return {"per_day": per_day, "channel": channel, "outcome": outcome, "rate": rate}


def compliance_tables(c: f.ComplianceFigures) -> tuple[ReportTable, ...]:
    def statuses(
        title: str, lines: tuple[tuple[DisputeStatus, int, int], ...], note: str
    ) -> ReportTable:
        return make_table(
            title,
            (
                Column("status", "Status"),
                _count("disputes", "Disputes"),
                _money("amount", "Amount disputed"),
            ),
            [(s.label, n, cents) for s, n, cents in lines],
            note,
        )

    open_now = make_table(
        "Open disputes",
        (
            Column("account", "Account"),
            Column("debtor", "Debtor"),
            Column("status", "Status"),
            Column("received_on", "Received", "date"),
            Column("days_open", "Days open", "count"),
            _money("amount", "Amount disputed"),
            Column("what", "What the debtor disputes"),
        ),
        [
            (
                d.account_number,
                d.debtor_name,
                d.status.label,
                d.received_on,
                d.days_open,
                d.amount_cents,
                d.what,
            )
            for d in c.open_now
        ],
        "Disputes still open or waiting after the verification was sent, today.",
    )
    overrides = ReportTable(
        "Contact overrides",
        (
            Column("at", "When", "datetime"),
            Column("account", "Account"),
            Column("channel", "Channel"),
            Column("rules", "Rules overridden"),
            Column("manager", "Allowed by"),
            Column("collector", "Contact by"),
            Column("reason", "Reason"),
        ),
        tuple(
            (o.at, o.account_number, o.channel, o.rules, o.manager, o.collector, o.reason)
            for o in c.overrides
        ),
        None,
        "Contacts the rules advised against, made with a manager's written permission; "
        "times in the office's time zone.",
    )
    return (
        statuses("Disputes received in the period", c.opened, "By where each dispute stands now."),
        statuses("Disputes closed in the period", c.closed, ""),
        open_now,
        overrides,
    )


def aging_chart(aging: f.AgingFigures) -> Chart:
    return Chart(
        "Amount owed by days past due",
        "bar",
        tuple(b.label for b in f.BUCKETS),
        (Series("Amount", tuple(cents / 100 for cents in aging.overall.cents)),),
        "money",
    )


def recovery_table(lines: Sequence[f.RecoveryLine], today: date) -> ReportTable:
    placed = sum(line.placed_cents for line in lines)
    return make_table(
        "Recovery by month of placement",
        (
            Column("month", "Placed in"),
            _count("accounts", "Accounts"),
            _money("placed", "Amount placed"),
            _money("collected", "Collected"),
            Column("rate", "Recovery rate", "percent"),
        ),
        [
            (
                format_date(line.month, "MMMM y", locale=LOCALE),
                line.accounts,
                line.placed_cents,
                line.collected_cents,
                line.rate,
            )
            for line in lines
        ],
        "Amount placed: charges, interest, fees and upward adjustments. Collected: payments "
        f"less their reversals, to {long_date(today)}.",
        overall={"rate": share(sum(x.collected_cents for x in lines), placed)},
    )
