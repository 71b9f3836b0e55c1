"""The office's size is invisible in the number of statements.

Clicking an account, posting a payment and the plans' upkeep with nothing due send the same
SQL statements in a 1,000-account and a 10,000-account demo office. A change that brings back
a query per account (or per plan, promise or payment of the office) makes the counts differ
and fails here; nothing is timed.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from collectorpro.models.enums import Arrangement, PaymentMethod
from collectorpro.services.desk.account_pane import get_account_pane
from collectorpro.services.money.payments import post_payment
from collectorpro.services.office.database import open_database
from collectorpro.services.plans.arrangements import PlanTerms, create_plan
from collectorpro.services.plans.schedule import Frequency
from collectorpro.services.plans.upkeep import bring_up_to_date
from collectorpro.services.setup.demo import generate_demo
from tests.factories import TODAY, make_account, make_user
from tests.querycount import counted

AT = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # 11 am in New York
SIZES = (1_000, 10_000)


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[int, Path]:
    """A demo office of each size, built once, its plans and promises brought up to date."""
    built = {}
    for size in SIZES:
        path = tmp_path_factory.mktemp(f"office{size}") / "office.sqlite3"
        db = open_database(path)
        generate_demo(db, accounts=size, seed=3, today=TODAY)
        bring_up_to_date(db, today=TODAY)
        db.dispose()
        built[size] = path
    return built


@pytest.fixture
def offices(templates, tmp_path):
    """A private copy of each office, with one account of the same shape added to each."""
    opened = {}
    for size, template in templates.items():
        copy = tmp_path / f"office{size}.sqlite3"
        shutil.copy(template, copy)
        db = open_database(copy)
        user = make_user(db, "Sam Ortiz")
        account = make_account(db, number="SCALE-1", balance_cents=900_00)
        create_plan(
            db,
            account_id=account,
            user_id=user,
            terms=PlanTerms(
                arrangement=Arrangement.INSTALLMENT,
                arranged_total_cents=900_00,
                frequency=Frequency.MONTHLY,
                first_due=TODAY + timedelta(days=7),
                installments=3,
            ),
            today=TODAY,
        )
        opened[size] = (db, user, account)
    yield opened
    for db, _user, _account in opened.values():
        db.dispose()


def _counts(offices, work) -> dict[int, int]:
    counts = {}
    for size, (db, user, account) in offices.items():
        with counted(db) as statements:
            work(db, user, account)
        counts[size] = len(statements)
    return counts


def test_the_offices_differ_in_size(offices) -> None:
    from sqlalchemy import func, select

    from collectorpro.models import Account

    sizes = {}
    for size, (db, _u, _a) in offices.items():
        with db.read() as session:
            sizes[size] = session.scalar(select(func.count(Account.id)))
    assert sizes == {1_000: 1_001, 10_000: 10_001}


def test_clicking_an_account_costs_the_same_in_a_bigger_office(offices) -> None:
    counts = _counts(
        offices, lambda db, _u, account: get_account_pane(db, account, as_of=TODAY, at=AT)
    )
    assert counts[1_000] == counts[10_000], counts


def test_posting_a_payment_costs_the_same_in_a_bigger_office(offices) -> None:
    def pay(db, user, account) -> None:
        post_payment(
            db,
            account_id=account,
            user_id=user,
            amount_cents=300_00,
            received_on=TODAY,
            method=PaymentMethod.CHECK,
            today=TODAY,
        )

    counts = _counts(offices, pay)
    assert counts[1_000] == counts[10_000], counts


def test_upkeep_with_nothing_due_costs_the_same_in_a_bigger_office(offices) -> None:
    counts = _counts(offices, lambda db, _u, _a: bring_up_to_date(db, today=TODAY))
    assert counts[1_000] == counts[10_000], counts
    assert counts[1_000] <= 3, counts  # the date it last ran up to, and nothing more
