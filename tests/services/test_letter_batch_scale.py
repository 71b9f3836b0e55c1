"""Batch letters at an office's size: the dry run's statements do not grow with the accounts,
the pooled printing draws what one process draws, and Cancel records nothing."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import event, func, select

from collectorpro.models import Account, Interaction, IssuedDocument, LetterBatch, PromiseToPay
from collectorpro.models.enums import AccountStatus, Channel, DisputeChannel, PromiseStatus
from collectorpro.services.disputes.lifecycle import open_dispute
from collectorpro.services.letters.batch import plan_batch, run_batch
from collectorpro.services.letters.rules import DEFAULT_RULES, accounts_for_rule
from collectorpro.services.office.database import open_database
from collectorpro.services.office.settings import OfficeProfile, save_office_profile
from tests.factories import TODAY, make_account, make_user

AT = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    save_office_profile(
        database,
        OfficeProfile(
            name="Hudson Valley Billing Services",
            address_lines=("120 Main Street", "Albany, NY 12207"),
            phone="(518) 555-0142",
            is_agency=True,
        ),
        user_id=None,
    )
    yield database
    database.dispose()


@contextmanager
def statements(db):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def accounts(db, n, start=0):
    ids = []
    for i in range(start, start + n):
        status = AccountStatus.NEW if i % 3 == 0 else AccountStatus.ACTIVE
        ids.append(
            make_account(db, number=f"S-{i:04d}", zip_code=f"{12000 + i % 90:05d}", status=status)
        )
    return ids


def test_the_dry_run_reads_the_same_number_of_statements_for_20_or_200_accounts(db):
    few = accounts(db, 20)
    many = few + accounts(db, 180, start=20)
    with db.write() as session:  # a few reasons to skip, so the judging is exercised
        for account in session.scalars(select(Account).where(Account.id.in_(many[::17]))):
            account.cease_communication = True
    with statements(db) as small:
        plan_small = plan_batch(db, "reminder_1", few, today=TODAY, selection="t", at=AT)
    with statements(db) as big:
        plan_big = plan_batch(db, "reminder_1", many, today=TODAY, selection="t", at=AT)
    assert len(plan_small.entries) == 20 and len(plan_big.entries) == 200
    assert len(plan_big.skipped) == len(many[::17])
    assert len(big) == len(small)


def test_the_dispute_rules_read_only_open_disputes(db):
    user = make_user(db)
    quiet = make_account(db, number="Q-1")
    disputed = make_account(db, number="D-1")
    open_dispute(
        db,
        account_id=disputed,
        user_id=user,
        what="Not mine.",
        received_on=TODAY,
        received_via=DisputeChannel.PHONE,
        today=TODAY,
    )
    rule = next(r for r in DEFAULT_RULES if r.template == "dispute_verification")
    assert accounts_for_rule(db, rule, today=TODAY) == [disputed]
    reminder = next(r for r in DEFAULT_RULES if r.template == "reminder_1")
    assert accounts_for_rule(db, reminder, today=TODAY) == [quiet]


def _texts(path):
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_pooled_printing_draws_what_one_process_draws(db, tmp_path):
    user = make_user(db)
    ids = accounts(db, 7)
    plan = plan_batch(db, "validation_notice", ids, today=TODAY, selection="t", at=AT)
    pooled = run_batch(db, plan, tmp_path / "pooled.pdf", user_id=user, part_size=2, workers=2)
    alone = run_batch(db, plan, tmp_path / "alone.pdf", user_id=user, part_size=2, workers=1)
    assert pooled.letters == alone.letters == 7
    assert pooled.pages == alone.pages
    assert _texts(tmp_path / "pooled.pdf") == _texts(tmp_path / "alone.pdf")
    with db.read() as session:
        for batch_id in (pooled.batch_id, alone.batch_id):
            payloads = session.scalars(
                select(IssuedDocument.payload)
                .where(IssuedDocument.batch_id == batch_id)
                .order_by(IssuedDocument.id)
            ).all()
            assert len(payloads) == 7
        assert (
            session.scalar(
                select(func.count()).select_from(Account).where(Account.status == AccountStatus.NEW)
            )
            == 0
        )


def test_recording_a_batch_keeps_each_account_as_one_letter_would(db, tmp_path):
    user = make_user(db)
    fresh, promised = accounts(db, 2)
    with db.write() as session:
        session.add(
            PromiseToPay(
                account_id=promised,
                amount_cents=5_000,
                due_date=TODAY.replace(day=28),
                status=PromiseStatus.PENDING,
            )
        )
    plan = plan_batch(db, "reminder_1", [fresh, promised], today=TODAY, selection="t", at=AT)
    result = run_batch(db, plan, tmp_path / "b.pdf", user_id=user, workers=1)
    with db.read() as session:
        first, second = (session.get(Account, i) for i in (fresh, promised))
        assert first.status is AccountStatus.ACTIVE  # was new
        assert second.next_action == "Promise due"
        assert second.next_action_date == TODAY.replace(day=28)
        assert first.next_action == "" and first.last_contact_at is not None
        docs = session.scalars(
            select(IssuedDocument).where(IssuedDocument.batch_id == result.batch_id)
        ).all()
        contacts = {c.id: c for c in session.scalars(select(Interaction))}
        assert {d.account_id for d in docs} == {fresh, promised}
        for doc in docs:
            contact = contacts[doc.interaction_id]
            assert contact.account_id == doc.account_id and contact.channel is Channel.LETTER
            assert contact.notes == "First reminder mailed."


def test_cancelling_a_pooled_batch_records_nothing(db, tmp_path):
    user = make_user(db)
    ids = accounts(db, 6)
    plan = plan_batch(db, "reminder_1", ids, today=TODAY, selection="t", at=AT)
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 2  # after two parts were handed to the pool

    out = tmp_path / "batch.pdf"
    result = run_batch(db, plan, out, user_id=user, part_size=1, workers=2, cancelled=cancel)
    assert result.cancelled
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".collectorpro")] == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(IssuedDocument)) == 0
        assert session.scalar(select(func.count()).select_from(LetterBatch)) == 0
        letters = select(func.count()).select_from(Interaction)
        assert session.scalar(letters.where(Interaction.channel == Channel.LETTER)) == 0
        assert (
            session.scalar(
                select(func.count()).select_from(Account).where(Account.status == AccountStatus.NEW)
            )
            == 2
        )
