"""The account list: filtered, sorted pages straight from SQL, never every row in memory.

Sorting, filtering and LIMIT are done by SQLite with an index behind each sortable column,
so the list stays quick at hundreds of thousands of accounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from itertools import repeat

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from collectorpro.models import Account, Creditor, Debtor
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, ServiceType
from collectorpro.models.joins import outer_loop_join
from collectorpro.services.accounts.aging import AgingBucket, delinquency_date_range
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


_SEARCHING = "\x00search"  # stands for "some search words" in a cached statement's shape
_MATCHING = text("SELECT rowid FROM account_search WHERE account_search MATCH :search_terms")


def _filtered(stmt: Select, query: AccountQuery, as_of: date) -> Select:  # type: ignore[type-arg]
    conditions: list[ColumnElement[bool]] = []
    if query.search:
        # the words are bound when the statement runs (see _shape)
        conditions.append(Account.id.in_(_MATCHING))
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
            # the debtor's and creditor's ids keep people of one name together, so the
            # name indexes give the order without sorting the office
            SortKey.DEBTOR: [
                directed(Debtor.last_name),
                directed(Debtor.first_name),
                directed(Debtor.id),
            ],
            SortKey.CREDITOR: [directed(Creditor.name), directed(Creditor.id)],
            SortKey.BALANCE: [directed(Account.balance_cents)],
            SortKey.STATUS: [directed(Account.status)],
            SortKey.LAST_CONTACT: [directed(Account.last_contact_at)],
            SortKey.NEXT_ACTION: [directed(Account.next_action_date)],
        }[key]
    # the id makes the order total, so pages never repeat or skip a row; it runs the way the
    # first column does, so one index (the column, then the row id) gives the whole order
    first_down = desc != (key in (SortKey.DAYS_PAST_DUE, SortKey.BUCKET))
    cols.append(Account.id.desc() if first_down else Account.id.asc())
    return cols


_PAGE_COLUMNS = (
    Account.id,
    Account.account_number,
    Debtor.first_name,
    Debtor.last_name,
    Creditor.name,
    # read as stored: AccountRow turns them into enums and dates when they are looked at
    type_coerce(Account.service_type, String),
    Account.balance_cents,
    type_coerce(Account.first_delinquency_date, String),
    type_coerce(Account.status, String),
    type_coerce(Account.last_contact_at, String),
    type_coerce(Account.next_action_date, String),
    Account.next_action,
)


@lru_cache(maxsize=64)
def _page_statement(shape: AccountQuery, as_of: date) -> Select:  # type: ignore[type-arg]
    """The page query for one shape of question (the search words and the page are bound).

    Building the statement costs more than running it for a first page, so each shape is
    built once and reused; SQLAlchemy then finds the compiled form in its cache.
    """
    accounts, debtors, creditors = Account.__table__, Debtor.__table__, Creditor.__table__
    by_debtor = Debtor.id == Account.debtor_id
    by_creditor = Creditor.id == Account.creditor_id
    if shape.sort is SortKey.DEBTOR and not shape.search:
        # walk the debtors' name index (first page: 200 look-ups, not a sort of the office)
        joined = outer_loop_join(debtors, accounts, by_debtor).join(creditors, by_creditor)
    elif shape.sort is SortKey.CREDITOR and not shape.search:
        joined = outer_loop_join(creditors, accounts, by_creditor).join(debtors, by_debtor)
    else:
        joined = accounts.join(debtors, by_debtor).join(creditors, by_creditor)
    stmt = select(*_PAGE_COLUMNS).select_from(joined)
    return (
        _filtered(stmt, shape, as_of)
        .order_by(*_order_by(shape))
        .offset(bindparam("page_offset", type_=Integer))
        .limit(bindparam("page_limit", type_=Integer))
    )


@lru_cache(maxsize=64)
def _summary_statement(shape: AccountQuery, as_of: date) -> Select:  # type: ignore[type-arg]
    return _filtered(
        select(func.count(), func.coalesce(func.sum(Account.balance_cents), 0)), shape, as_of
    )


def _shape(query: AccountQuery) -> tuple[AccountQuery, dict[str, object]]:
    """The query without its search words (bound at run time), and the bound values."""
    expression = match_expression(query.search)
    if expression is None:
        return replace(query, search=""), {}
    return replace(query, search=_SEARCHING), {"search_terms": expression}


def list_page(
    db: Database, query: AccountQuery, *, offset: int, limit: int, as_of: date
) -> list[AccountRow]:
    shape, params = _shape(query)
    stmt = _page_statement(shape, as_of)
    bound = {**params, "page_offset": offset, "page_limit": limit}
    # the driver's plain tuples: AccountRow keeps them without a Row object in between
    values = db.select_rows(stmt, bound)
    if values is None:  # filters with dates or statuses: the ordinary way
        with db.connect(single_statement=True) as conn:
            result = conn.execute(stmt, bound)
            values = result.cursor.fetchall()
            result.close()
    return list(map(AccountRow, zip(values, repeat(as_of))))


def summarize(db: Database, query: AccountQuery, *, as_of: date) -> ListSummary:
    """Count and total balance of everything the query selects (for the status bar)."""
    shape, params = _shape(query)
    stmt = _summary_statement(shape, as_of)
    rows = db.select_rows(stmt, params)
    if rows is not None:
        ((count, total),) = rows
    else:
        with db.connect(single_statement=True) as conn:
            count, total = conn.execute(stmt, params).one()
    return ListSummary(count=int(count), total_balance_cents=int(total))


def matching_account_ids(db: Database, query: AccountQuery, *, as_of: date) -> list[int]:
    """Every account the list shows for ``query`` (all pages)."""
    shape, params = _shape(query)
    stmt = _filtered(select(Account.id), shape, as_of).order_by(Account.id)
    with db.read() as session:
        return list(session.scalars(stmt, params))
