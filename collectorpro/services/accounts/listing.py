"""The account list: filtered, sorted pages straight from SQL, never every row in memory.

Sorting, filtering and LIMIT are done by SQLite with an index behind each sortable column,
so the list stays quick at hundreds of thousands of accounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from collectorpro.models import Account, Creditor, Debtor
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, ServiceType
from collectorpro.services.accounts.aging import (
    AgingBucket,
    bucket_for,
    days_past_due,
    delinquency_date_range,
)
from collectorpro.services.accounts.search import match_expression
from collectorpro.services.accounts.snapshots import AccountRow, ListSummary


class SortKey(StrEnum):
    ACCOUNT_NUMBER = "account_number"
    DEBTOR = "debtor"
    CREDITOR = "creditor"
    BALANCE = "balance"
    DAYS_PAST_DUE = "days_past_due"
    BUCKET = "bucket"
    STATUS = "status"
    LAST_CONTACT = "last_contact"
    NEXT_ACTION = "next_action"


UNASSIGNED = 0  # in AccountQuery.assigned_user_ids: accounts with nobody assigned


@dataclass(frozen=True)
class AccountQuery:
    """What the person asked the list to show. Empty sets mean "no filter"."""

    search: str = ""
    statuses: frozenset[AccountStatus] = field(default_factory=frozenset)
    buckets: frozenset[AgingBucket] = field(default_factory=frozenset)
    service_types: frozenset[ServiceType] = field(default_factory=frozenset)
    assigned_user_ids: frozenset[int] = field(default_factory=frozenset)
    sort: SortKey = SortKey.DAYS_PAST_DUE
    descending: bool = True


def _bucket_condition(bucket: AgingBucket, as_of: date) -> ColumnElement[bool]:
    col = Account.first_delinquency_date
    if bucket == AgingBucket.CURRENT:
        return or_(col.is_(None), col >= as_of)
    earliest, latest = delinquency_date_range(bucket, as_of)
    if earliest is None:
        return col <= latest
    return and_(col >= earliest, col <= latest)


def _filtered(stmt: Select, query: AccountQuery, as_of: date) -> Select:  # type: ignore[type-arg]
    conditions: list[ColumnElement[bool]] = []
    expression = match_expression(query.search)
    if expression is not None:
        matching = text("SELECT rowid FROM account_search WHERE account_search MATCH :q")
        conditions.append(Account.id.in_(matching.bindparams(q=expression)))
    if query.statuses:
        conditions.append(Account.status.in_(sorted(query.statuses)))
    if query.service_types:
        conditions.append(Account.service_type.in_(sorted(query.service_types)))
    if query.buckets:
        conditions.append(or_(*(_bucket_condition(b, as_of) for b in sorted(query.buckets))))
    if query.assigned_user_ids:
        ids = sorted(i for i in query.assigned_user_ids if i != UNASSIGNED)
        parts: list[ColumnElement[bool]] = [Account.assigned_user_id.in_(ids)] if ids else []
        if UNASSIGNED in query.assigned_user_ids:
            parts.append(Account.assigned_user_id.is_(None))
        conditions.append(or_(*parts))
    return stmt.where(*conditions) if conditions else stmt


def _order_by(query: AccountQuery) -> list[ColumnElement[object]]:
    desc = query.descending
    key = query.sort

    def directed(col: ColumnElement[object], *, reverse: bool = False) -> ColumnElement[object]:
        going_down = desc != reverse
        ordered = col.desc() if going_down else col.asc()
        return ordered.nulls_last() if going_down else ordered.nulls_first()

    if key in (SortKey.DAYS_PAST_DUE, SortKey.BUCKET):
        # more days past due = an earlier delinquency date
        cols = [directed(Account.first_delinquency_date, reverse=True)]
    else:
        cols = {
            SortKey.ACCOUNT_NUMBER: [directed(Account.account_number)],
            SortKey.DEBTOR: [directed(Debtor.last_name), directed(Debtor.first_name)],
            SortKey.CREDITOR: [directed(Creditor.name)],
            SortKey.BALANCE: [directed(Account.balance_cents)],
            SortKey.STATUS: [directed(Account.status)],
            SortKey.LAST_CONTACT: [directed(Account.last_contact_at)],
            SortKey.NEXT_ACTION: [directed(Account.next_action_date)],
        }[key]
    # the id makes the order total, so pages never repeat or skip a row
    cols.append(Account.id.desc() if desc else Account.id.asc())
    return cols


def list_page(
    db: Database, query: AccountQuery, *, offset: int, limit: int, as_of: date
) -> list[AccountRow]:
    stmt = (
        select(
            Account.id,
            Account.account_number,
            Debtor.first_name,
            Debtor.last_name,
            Creditor.name,
            Account.service_type,
            Account.balance_cents,
            Account.first_delinquency_date,
            Account.status,
            Account.last_contact_at,
            Account.next_action_date,
            Account.next_action,
        )
        .join(Debtor, Debtor.id == Account.debtor_id)
        .join(Creditor, Creditor.id == Account.creditor_id)
    )
    stmt = _filtered(stmt, query, as_of).order_by(*_order_by(query)).offset(offset).limit(limit)
    with db.connect() as conn:
        rows = conn.execute(stmt).all()
    result = []
    for r in rows:
        days = days_past_due(r.first_delinquency_date, as_of)
        result.append(
            AccountRow(
                id=r.id,
                account_number=r.account_number,
                debtor_name=f"{r.last_name}, {r.first_name}",
                creditor_name=r.name,
                service_type=r.service_type,
                balance_cents=r.balance_cents,
                days_past_due=days,
                bucket=bucket_for(days),
                status=r.status,
                last_contact_at=r.last_contact_at,
                next_action_date=r.next_action_date,
                next_action=r.next_action,
            )
        )
    return result


def summarize(db: Database, query: AccountQuery, *, as_of: date) -> ListSummary:
    """Count and total balance of everything the query selects (for the status bar)."""
    stmt = _filtered(
        select(func.count(Account.id), func.coalesce(func.sum(Account.balance_cents), 0)),
        query,
        as_of,
    )
    with db.connect() as conn:
        count, total = conn.execute(stmt).one()
    return ListSummary(count=int(count), total_balance_cents=int(total))


def matching_account_ids(db: Database, query: AccountQuery, *, as_of: date) -> list[int]:
    """Every account the list shows for ``query`` (all pages)."""
    stmt = _filtered(select(Account.id), query, as_of).order_by(Account.id)
    with db.read() as session:
        return list(session.scalars(stmt))
