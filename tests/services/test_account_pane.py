"""The detail pane's snapshot: one read, consistent, and a fixed number of statements."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from collectorpro.core.errors import NotFound
from collectorpro.models.enums import Arrangement, PaymentMethod
from collectorpro.services.accounts.book import get_account_detail
from collectorpro.services.compliance.guard import decide_all
from collectorpro.services.desk.account_pane import get_account_pane
from collectorpro.services.disputes.lifecycle import account_disputes
from collectorpro.services.letters.archive import account_documents
from collectorpro.services.money.payments import post_payment
from collectorpro.services.office.database import open_database
from collectorpro.services.plans.arrangements import PlanTerms, cancel_plan, create_plan
from collectorpro.services.plans.schedule import Frequency
from collectorpro.services.plans.views import list_plans
from tests.factories import TODAY, make_account, make_user
from tests.querycount import counted

AT = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # 11 am in New York


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


def _plan(db, account: int, user: int, installments: int = 4) -> int:
    return create_plan(
        db,
        account_id=account,
        user_id=user,
        terms=PlanTerms(
            arrangement=Arrangement.INSTALLMENT,
            arranged_total_cents=600_00,
            frequency=Frequency.MONTHLY,
            first_due=TODAY + timedelta(days=7),
            installments=installments,
        ),
        today=TODAY,
    )


def _with_plans(db, number: str, plans: int) -> int:
    user = make_user(db, name=f"Collector {number}")
    account = make_account(db, number=number, balance_cents=600_00)
    for n in range(plans):
        plan = _plan(db, account, user, installments=2 + n)
        if n < plans - 1:
            cancel_plan(db, plan_id=plan, user_id=user, reason="Renegotiated", today=TODAY)
    post_payment(
        db,
        account_id=account,
        user_id=user,
        amount_cents=10_00,
        method=PaymentMethod.CASH,
        received_on=TODAY,
        today=TODAY,
    )
    return account


def test_the_pane_is_what_the_separate_reads_say(db) -> None:
    account = _with_plans(db, "RFM-000001", 2)
    pane = get_account_pane(db, account, as_of=TODAY, at=AT)
    assert pane.detail == get_account_detail(db, account, as_of=TODAY)
    assert pane.plans == list_plans(db, account, today=TODAY)
    assert len(pane.plans) == 2
    assert pane.documents == account_documents(db, account)
    assert pane.disputes == account_disputes(db, account)
    assert dict(pane.decisions) == decide_all(db, account, AT)
    assert set(pane.decisions) == {"call", "sms", "email", "letter"}


def test_the_pane_costs_the_same_statements_however_many_plans(db) -> None:
    one = _with_plans(db, "RFM-000001", 1)
    five = _with_plans(db, "RFM-000002", 5)
    get_account_pane(db, one, as_of=TODAY, at=AT)  # warm the settings cache and the pool
    with counted(db) as for_one:
        get_account_pane(db, one, as_of=TODAY, at=AT)
    with counted(db) as for_five:
        pane = get_account_pane(db, five, as_of=TODAY, at=AT)
    assert len(pane.plans) == 5
    assert len(for_five) == len(for_one), "a statement per plan crept into the pane"


def test_plans_are_read_without_a_query_per_plan(db) -> None:
    one = _with_plans(db, "RFM-000001", 1)
    five = _with_plans(db, "RFM-000002", 5)
    list_plans(db, one, today=TODAY)
    with counted(db) as for_one:
        list_plans(db, one, today=TODAY)
    with counted(db) as for_five:
        list_plans(db, five, today=TODAY)
    assert len(for_five) == len(for_one)


def test_an_account_that_is_not_there(db) -> None:
    with pytest.raises(NotFound):
        get_account_pane(db, 999, as_of=TODAY, at=AT)
