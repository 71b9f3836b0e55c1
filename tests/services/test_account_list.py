"""The list service: search, filters, every sort, and pages that never repeat or skip."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from collectorpro.models.enums import AccountStatus, Channel, Outcome, ServiceType
from collectorpro.services.accounts import contact_points as contacts
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.aging import AgingBucket
from collectorpro.services.accounts.listing import UNASSIGNED, AccountQuery, SortKey
from collectorpro.services.contacts import log as interactions
from collectorpro.services.office.database import open_database
from tests.factories import TODAY, make_account, make_user


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("list") / "list.sqlite3")
    user = make_user(db)
    for i in range(23):
        make_account(
            db,
            number=f"RFM-{i:06d}",
            first=f"Pat{i % 5}",
            last=["Smith", "Núñez", "O'Brien", "Lee"][i % 4],
            phone=f"+1212555{i:04d}",
            email=f"p{i}@example.com",
            balance_cents=1000 * (i % 7) + 1,  # ties on purpose
            days_late=(i * 37) % 400,
            status=[AccountStatus.ACTIVE, AccountStatus.NEW, AccountStatus.HOLD][i % 3],
            creditor=["Riverside Family Medicine", "Cedar Valley Water & Power"][i % 2],
            service_type=[ServiceType.MEDICAL, ServiceType.UTILITY][i % 2],
        )
    interactions.log_interaction(
        db,
        account_id=1,
        user_id=user,
        channel=Channel.OUTBOUND_CALL,
        outcome=Outcome.NO_ANSWER,
        today=TODAY,
        occurred_at=datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
    )
    yield db
    db.dispose()


def numbers(db, query, *, offset=0, limit=100):
    rows = account_list.list_page(db, query, offset=offset, limit=limit, as_of=TODAY)
    return [r.account_number for r in rows]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_every_account_once_in_every_order(office, sort, descending):
    query = AccountQuery(sort=sort, descending=descending)
    whole = numbers(office, query)
    paged = [
        n for offset in range(0, 23, 5) for n in numbers(office, query, offset=offset, limit=5)
    ]
    assert paged == whole
    assert sorted(whole) == sorted({f"RFM-{i:06d}" for i in range(23)})


def test_balance_sort_orders_by_amount(office):
    rows = account_list.list_page(
        office, AccountQuery(sort=SortKey.BALANCE), offset=0, limit=100, as_of=TODAY
    )
    balances = [r.balance_cents for r in rows]
    assert balances == sorted(balances, reverse=True)


def test_search_by_name_without_accents_phone_email_and_number(office):
    assert len(numbers(office, AccountQuery(search="nunez"))) == 6
    assert numbers(office, AccountQuery(search="555-0007")) == ["RFM-000007"]
    assert numbers(office, AccountQuery(search="p12@example")) == ["RFM-000012"]
    assert numbers(office, AccountQuery(search="rfm-000013")) == ["RFM-000013"]
    assert numbers(office, AccountQuery(search="pat1 smith")) == ["RFM-000016"]  # every word
    assert numbers(office, AccountQuery(search='"*) OR (')) == []  # FTS syntax is inert


def test_filters_and_summary_agree(office):
    query = AccountQuery(
        statuses=frozenset({AccountStatus.HOLD}), service_types=frozenset({ServiceType.UTILITY})
    )
    rows = account_list.list_page(office, query, offset=0, limit=100, as_of=TODAY)
    summary = account_list.summarize(office, query, as_of=TODAY)
    assert summary.count == len(rows) > 0
    assert summary.total_balance_cents == sum(r.balance_cents for r in rows)
    assert all(r.status is AccountStatus.HOLD for r in rows)
    assert all(r.service_type is ServiceType.UTILITY for r in rows)


@pytest.mark.parametrize("bucket", list(AgingBucket))
def test_bucket_filter_matches_each_rows_bucket(office, bucket):
    query = AccountQuery(buckets=frozenset({bucket}))
    rows = account_list.list_page(office, query, offset=0, limit=100, as_of=TODAY)
    assert all(r.bucket is bucket for r in rows)
    everything = account_list.list_page(office, AccountQuery(), offset=0, limit=100, as_of=TODAY)
    assert len(rows) == sum(1 for r in everything if r.bucket is bucket)


def test_unassigned_filter(office):
    unassigned = AccountQuery(assigned_user_ids=frozenset({UNASSIGNED}))
    assert account_list.summarize(office, unassigned, as_of=TODAY).count == 23
    nobody = replace(unassigned, assigned_user_ids=frozenset({12345}))
    assert account_list.summarize(office, nobody, as_of=TODAY).count == 0


def test_new_contact_details_become_searchable(office):
    contacts.save_email(
        office, debtor_id=3, user_id=1, address="fresh.address@example.org", today=TODAY
    )
    assert numbers(office, AccountQuery(search="fresh.address")) == ["RFM-000002"]


def test_last_contact_shows_after_a_call(office):
    row = account_list.list_page(
        office, AccountQuery(search="RFM-000000"), offset=0, limit=1, as_of=TODAY
    )[0]
    assert row.last_contact_at is not None
    assert row.status is AccountStatus.ACTIVE
