"""The report figures laid out as tables and charts: typed cells, totals rows, notes.

Money stays in cents and rates stay fractions; the exporters and the window format them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from collectorpro.core.i18n import day_in_words, label, translate
from collectorpro.core.report_model import Cell, Chart, Column, ReportTable, Series
from collectorpro.models.enums import DisputeStatus
from collectorpro.services.reports import figures as f
from collectorpro.services.reports.periods import long_date


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
        totals[0] = translate("Reports", "Total")
    return ReportTable(title, cols, frozen, tuple(totals), note)


def _money(key: str, title: str) -> Column:
    return Column(key, title, "money", total=True)


def _count(key: str, title: str) -> Column:
    return Column(key, title, "count", total=True)


def aging_tables(aging: f.AgingFigures) -> tuple[ReportTable, ...]:
    when = long_date(aging.as_of)
    if aging.from_ledger:
        note = translate(
            "Reports",
            "Accounts placed on or before {date} with a balance above zero. Balances recomputed "
            "from the ledger entries effective on or before that date. Credit balances are "
            "listed separately and are not in the buckets.",
        )
    else:
        note = translate(
            "Reports",
            "Accounts placed on or before {date} with a balance above zero. Current balances, as "
            "the accounts show them. Credit balances are listed separately and are not in the "
            "buckets.",
        )
    note = note.format(date=when)
    total = aging.total_cents
    line = aging.overall
    bucket_rows = [
        (label(bucket), line.accounts[i], line.cents[i], share(line.cents[i], total))
        for i, bucket in enumerate(f.BUCKETS)
    ]
    by_bucket = make_table(
        translate("Reports", "Aging by bucket"),
        (
            Column("bucket", translate("Reports", "Days past due")),
            _count("accounts", translate("Reports", "Accounts")),
            _money("amount", translate("Reports", "Amount")),
            Column("share", translate("Reports", "Share"), "percent"),
        ),
        bucket_rows,
        note,
        overall={"share": 1.0 if total else None},
    )
    credit = ReportTable(
        translate("Reports", "Credit balances"),
        (
            Column("label", ""),
            Column("accounts", translate("Reports", "Accounts"), "count"),
            Column("amount", translate("Reports", "Amount"), "money"),
        ),
        ((translate("Reports", "Credit balances"), aging.credit_accounts, aging.credit_cents),),
        None,
        translate(
            "Reports",
            "Overpaid accounts (a balance below zero); outside the buckets and the total.",
        ),
    )

    def cross(title: str, first: str, heading: str, lines: tuple[f.AgingLine, ...]) -> ReportTable:
        columns = (
            Column(first, heading),
            *(_money(b.value, label(b)) for b in f.BUCKETS),
            _money("total", translate("Reports", "Total")),
            _count("accounts", translate("Reports", "Accounts")),
        )
        rows = [(line.label, *line.cents, line.total_cents, line.total_accounts) for line in lines]
        return make_table(title, columns, rows, note)

    return (
        by_bucket,
        credit,
        cross(
            translate("Reports", "Aging by creditor"),
            "creditor",
            translate("Reports", "Creditor"),
            aging.by_creditor,
        ),
        cross(
            translate("Reports", "Aging by service type"),
            "service_type",
            translate("Reports", "Service type"),
            aging.by_service_type,
        ),
    )


def _collection_columns() -> tuple[Column, ...]:
    return (
        _count("payments", translate("Reports", "Payments")),
        _money("gross", translate("Reports", "Collected")),
        _count("reversals", translate("Reports", "Reversals")),
        _money("reversed", translate("Reports", "Reversed")),
        _money("net", translate("Reports", "Net collected")),
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
    note = translate(
        "Reports",
        "Payments by their effective date; a reversal (a returned check, a chargeback) dated "
        "in the period counts against the method, collector and creditor of its payment.",
    )
    summary = ReportTable(
        translate("Reports", "Collections summary"),
        (Column("label", ""), *_collection_columns()),
        (_collection_row(c.total),),
        None,
        note,
    )

    def by(title: str, key: str, heading: str, lines: tuple[f.CollectionLine, ...]) -> ReportTable:
        return make_table(
            title,
            (Column(key, heading), *_collection_columns()),
            [_collection_row(line) for line in lines],
        )

    return {
        "summary": summary,
        "method": by(
            translate("Reports", "Collections by payment method"),
            "method",
            translate("Reports", "Method"),
            c.by_method,
        ),
        "collector": by(
            translate("Reports", "Collections by collector"),
            "collector",
            translate("Reports", "Received by"),
            c.by_collector,
        ),
        "creditor": by(
            translate("Reports", "Collections by creditor"),
            "creditor",
            translate("Reports", "Creditor"),
            c.by_creditor,
        ),
    }


def weekly_table(weeks: list[tuple[date, int]]) -> ReportTable:
    return make_table(
        translate("Reports", "Collections per week"),
        (
            Column("week", translate("Reports", "Week of"), "date"),
            _money("collected", translate("Reports", "Collected")),
        ),
        weeks,
        translate(
            "Reports", "Payments (before reversals) in the seven days starting on each date."
        ),
    )


def weekly_chart(weeks: list[tuple[date, int]]) -> Chart:
    return Chart(
        translate("Reports", "Collections per week"),
        "bar",
        tuple(day_in_words(start, "MMMd") for start, _ in weeks),
        (Series(translate("Reports", "Collected"), tuple(cents / 100 for _, cents in weeks)),),
        "money",
    )


def promise_tables(p: f.PromiseFigures) -> dict[str, ReportTable]:
    columns = (
        Column("collector", translate("Reports", "Collector")),
        _count("made", translate("Reports", "Made")),
        _money("made_amount", translate("Reports", "Amount promised")),
        _count("kept", translate("Reports", "Kept")),
        _money("kept_amount", translate("Reports", "Amount kept")),
        _count("broken", translate("Reports", "Broken")),
        _money("broken_amount", translate("Reports", "Amount broken")),
        _count("cancelled", translate("Reports", "Cancelled")),
        Column("kept_rate", translate("Reports", "Kept rate"), "percent"),
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
        translate("Reports", "Promises to pay"),
        columns,
        rows,
        translate(
            "Reports",
            "Made: promises recorded in the period. Kept, broken, cancelled: promises resolved in "
            "the period. Kept rate = kept / (kept + broken).",
        ),
        overall={"kept_rate": p.total.kept_rate},
    )
    plans = p.plans
    plan_rows: list[tuple[Cell, ...]] = [
        (translate("Reports", "Active now"), plans.active_now, plans.active_cents)
    ]
    plan_rows += [
        (
            translate("Reports", "{status} in the period").format(status=label(status)),
            count,
            cents,
        )
        for status, count, cents in plans.ended
    ]
    plan_table = ReportTable(
        translate("Reports", "Payment plans"),
        (
            Column("plans", ""),
            Column("count", translate("Reports", "Plans"), "count"),
            Column("amount", translate("Reports", "Arranged"), "money"),
        ),
        tuple(plan_rows),
        None,
        translate("Reports", "Arranged: the total the debtors agreed to pay under those plans."),
    )
    installments = ReportTable(
        translate("Reports", "Plan installments due in the period"),
        (
            Column("installments", translate("Reports", "Installments"), "count"),
            Column("expected", translate("Reports", "Expected"), "money"),
            Column("received", translate("Reports", "Received"), "money"),
            Column("received_rate", translate("Reports", "Received share"), "percent"),
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
        translate(
            "Reports",
            "Installments falling due in the period on plans still running then; received is "
            "what has been paid towards them so far.",
        ),
    )
    return {"promises": promises, "plans": plan_table, "installments": installments}


def activity_tables(a: f.ActivityFigures) -> dict[str, ReportTable]:
    per_day = make_table(
        translate("Reports", "Contacts by collector and day"),
        (
            Column("collector", translate("Reports", "Collector")),
            Column("day", translate("Reports", "Day"), "date"),
            _count("contacts", translate("Reports", "Contacts")),
            _count("outbound_attempts", translate("Reports", "Outbound attempts")),
            _count("conversations", translate("Reports", "Conversations")),
        ),
        [
            (r.collector, r.day, r.contacts, r.outbound_attempts, r.conversations)
            for r in a.by_collector_day
        ],
        translate("Reports", "Every contact but notes, on the office's local days."),
    )
    total = a.contacts
    channel = make_table(
        translate("Reports", "Contacts by channel"),
        (
            Column("channel", translate("Reports", "Channel")),
            _count("contacts", translate("Reports", "Contacts")),
            Column("share", translate("Reports", "Share"), "percent"),
        ),
        [(label(c), n, share(n, total)) for c, n in a.by_channel],
        overall={"share": 1.0 if total else None},
    )
    outcome = make_table(
        translate("Reports", "Contacts by outcome"),
        (
            Column("outcome", translate("Reports", "Outcome")),
            _count("contacts", translate("Reports", "Contacts")),
            Column("share", translate("Reports", "Share"), "percent"),
        ),
        [
            (
                label(o) if o.value != "none" else translate("Reports", "No outcome"),
                n,
                share(n, total),
            )
            for o, n in a.by_outcome
        ],
        overall={"share": 1.0 if total else None},
    )
    rate = ReportTable(
        translate("Reports", "Right-party contact rate"),
        (
            Column("outbound_attempts", translate("Reports", "Outbound attempts"), "count"),
            Column("right_party_contacts", translate("Reports", "Right-party contacts"), "count"),
            Column("rate", translate("Reports", "Rate"), "percent"),
        ),
        ((a.outbound_attempts, a.right_party_contacts, a.right_party_rate),),
        None,
        translate(
            "Reports",
            "Outbound attempts are outbound calls and voicemails; a right-party contact is an "
            "attempt whose outcome was a conversation with the debtor.",
        ),
    )
    return {"per_day": per_day, "channel": channel, "outcome": outcome, "rate": rate}


def compliance_tables(c: f.ComplianceFigures) -> tuple[ReportTable, ...]:
    def statuses(
        title: str, lines: tuple[tuple[DisputeStatus, int, int], ...], note: str
    ) -> ReportTable:
        return make_table(
            title,
            (
                Column("status", translate("Reports", "Status")),
                _count("disputes", translate("Reports", "Disputes")),
                _money("amount", translate("Reports", "Amount disputed")),
            ),
            [(label(s), n, cents) for s, n, cents in lines],
            note,
        )

    open_now = make_table(
        translate("Reports", "Open disputes"),
        (
            Column("account", translate("Reports", "Account")),
            Column("debtor", translate("Reports", "Debtor")),
            Column("status", translate("Reports", "Status")),
            Column("received_on", translate("Reports", "Received"), "date"),
            Column("days_open", translate("Reports", "Days open"), "count"),
            _money("amount", translate("Reports", "Amount disputed")),
            Column("what", translate("Reports", "What the debtor disputes")),
        ),
        [
            (
                d.account_number,
                d.debtor_name,
                label(d.status),
                d.received_on,
                d.days_open,
                d.amount_cents,
                d.what,
            )
            for d in c.open_now
        ],
        translate(
            "Reports", "Disputes still open or waiting after the verification was sent, today."
        ),
    )
    overrides = ReportTable(
        translate("Reports", "Contact overrides"),
        (
            Column("at", translate("Reports", "When"), "datetime"),
            Column("account", translate("Reports", "Account")),
            Column("channel", translate("Reports", "Channel")),
            Column("rules", translate("Reports", "Rules overridden")),
            Column("manager", translate("Reports", "Allowed by")),
            Column("collector", translate("Reports", "Contact by")),
            Column("reason", translate("Reports", "Reason")),
        ),
        tuple(
            (o.at, o.account_number, o.channel, o.rules, o.manager, o.collector, o.reason)
            for o in c.overrides
        ),
        None,
        translate(
            "Reports",
            "Contacts the rules advised against, made with a manager's written permission; "
            "times in the office's time zone.",
        ),
    )
    return (
        statuses(
            translate("Reports", "Disputes received in the period"),
            c.opened,
            translate("Reports", "By where each dispute stands now."),
        ),
        statuses(translate("Reports", "Disputes closed in the period"), c.closed, ""),
        open_now,
        overrides,
    )


def aging_chart(aging: f.AgingFigures) -> Chart:
    return Chart(
        translate("Reports", "Amount owed by days past due"),
        "bar",
        tuple(label(b) for b in f.BUCKETS),
        (
            Series(
                translate("Reports", "Amount"), tuple(cents / 100 for cents in aging.overall.cents)
            ),
        ),
        "money",
    )


def recovery_table(lines: Sequence[f.RecoveryLine], today: date) -> ReportTable:
    placed = sum(line.placed_cents for line in lines)
    return make_table(
        translate("Reports", "Recovery by month of placement"),
        (
            Column("month", translate("Reports", "Placed in")),
            _count("accounts", translate("Reports", "Accounts")),
            _money("placed", translate("Reports", "Amount placed")),
            _money("collected", translate("Reports", "Collected")),
            Column("rate", translate("Reports", "Recovery rate"), "percent"),
        ),
        [
            (
                day_in_words(line.month, "yMMMM"),
                line.accounts,
                line.placed_cents,
                line.collected_cents,
                line.rate,
            )
            for line in lines
        ],
        translate(
            "Reports",
            "Amount placed: charges, interest, fees and upward adjustments. Collected: payments "
            "less their reversals, to {date}.",
        ).format(date=long_date(today)),
        overall={"rate": share(sum(x.collected_cents for x in lines), placed)},
    )
