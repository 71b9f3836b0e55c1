"""The worklist and the account list's first page run as many statements at 10,000 accounts
as at 1,000: counted with a ``before_cursor_execute`` listener, so a change that reads once
per account (a lazy load in a loop, a per-row rule check) fails here, untimed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import event

from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.listing import AccountQuery, SortKey
from collectorpro.services.compliance.guard import context_in, contexts_in
from collectorpro.services.compliance.rules import evaluate
from collectorpro.services.office.database import open_database
from collectorpro.services.setup.demo import generate_demo
from collectorpro.services.worklist.today import SHOWN_PER_SECTION, build_worklist
from tests.factories import TODAY

SIZES = (1_000, 10_000)
NOON_EASTERN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> Iterator[dict[int, Database]]:
    made = {}
    for size in SIZES:
        db = open_database(tmp_path_factory.mktemp(f"office{size}") / "office.sqlite3")
        generate_demo(db, accounts=size, seed=1, today=TODAY)
        made[size] = db
    yield made
    for db in made.values():
        db.dispose()


@contextmanager
def counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def statements_for(db: Database, work) -> tuple[list[str], object]:  # type: ignore[no-untyped-def]
    work(db)  # warm up: the office profile, caches
    with counting(db) as statements:
        result = work(db)
    return statements, result


def test_the_worklist_runs_the_same_statements_at_any_size(offices):
    def worklist(db):
        return build_worklist(db, today=TODAY, now=NOON_EASTERN)

    counts = {}
    listed = {}
    for size, db in offices.items():
        statements, result = statements_for(db, worklist)
        counts[size] = len(statements)
        listed[size] = len(result.items) + len(result.held)
    # the larger office lists more accounts, so a statement per listed account would show
    assert listed[10_000] > listed[1_000]
    assert counts[10_000] == counts[1_000], counts
    assert counts[1_000] <= 40, counts


def test_a_big_section_lists_its_first_accounts_and_counts_the_rest(offices):
    worklist = build_worklist(offices[10_000], today=TODAY, now=NOON_EASTERN)
    everything = worklist.items + worklist.held
    for key, total in worklist.totals:
        listed = sum(1 for i in everything if i.section == key)
        assert listed == min(total, SHOWN_PER_SECTION), key
    assert any(total > SHOWN_PER_SECTION for _key, total in worklist.totals)
    one = build_worklist(offices[1_000], today=TODAY, now=NOON_EASTERN, shown=1)
    assert all(
        sum(1 for i in one.items + one.held if i.section == key) == 1 for key, _t in one.totals
    )


def test_the_listed_accounts_are_judged_as_one_by_one(offices):
    db = offices[1_000]
    worklist = build_worklist(db, today=TODAY, now=NOON_EASTERN)
    ids = [i.account_id for i in worklist.items + worklist.held]
    with db.read() as session:
        together = contexts_in(session, ids, ContactMethod.CALL, NOON_EASTERN)
        for account_id in ids:
            alone = context_in(session, account_id, ContactMethod.CALL, NOON_EASTERN)
            assert together[account_id] == alone, account_id
            assert evaluate(together[account_id]) == evaluate(alone)
    assert worklist.held  # the demo office has people who may not be called at noon


@pytest.mark.parametrize(
    "query",
    [
        *(AccountQuery(sort=key) for key in SortKey),
        AccountQuery(sort=SortKey.DEBTOR, descending=False),
        AccountQuery(search="garcia"),
        AccountQuery(search="smith", sort=SortKey.BALANCE),
    ],
    ids=lambda q: f"{q.sort.value}-{'down' if q.descending else 'up'}-{q.search or 'all'}",
)
def test_the_first_page_and_the_status_bar_are_one_statement_each(offices, query):
    for db in offices.values():
        page, rows = statements_for(
            db, lambda db: account_list.list_page(db, query, offset=0, limit=200, as_of=TODAY)
        )
        assert len(page) == 1, page
        assert rows
        summary, _ = statements_for(db, lambda db: account_list.summarize(db, query, as_of=TODAY))
        assert len(summary) == 1, summary


def test_the_batch_read_takes_repeats_once_and_leaves_unknown_accounts_out(offices):
    db = offices[1_000]
    with db.read() as session:
        contexts = contexts_in(session, [1, 2, 2, 3, 10**9], ContactMethod.CALL, NOON_EASTERN)
        assert contexts_in(session, [], ContactMethod.CALL, NOON_EASTERN) == {}
    assert sorted(contexts) == [1, 2, 3]
