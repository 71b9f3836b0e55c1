"""Batch letters: the dry run's skip rules, one PDF sorted by ZIP, the log, and Cancel."""

from __future__ import annotations

import csv
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from collectorpro.core.errors import StorageError, ValidationError
from collectorpro.models import Address, Interaction, IssuedDocument, LetterBatch
from collectorpro.models.enums import AccountStatus, Channel, DisputeChannel
from collectorpro.services.accounts.book import load_account
from collectorpro.services.disputes.lifecycle import open_dispute
from collectorpro.services.letters.archive import account_documents
from collectorpro.services.letters.batch import plan_batch, run_batch
from collectorpro.services.letters.rules import (
    DEFAULT_RULES,
    BatchRule,
    accounts_for_rule,
    get_rules,
    save_rules,
)
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


@pytest.fixture
def user(db):
    return make_user(db)


def flag(db, account_id, **values):
    with db.write() as session:
        account = load_account(session, account_id)
        for name, value in values.items():
            setattr(account, name, value)


@pytest.fixture
def office(db, user):
    """Nine accounts 45 days late: three to print, six to skip for every reason there is."""
    ids = {}
    for n, (name, zip_code) in enumerate(
        [("print_c", "14850"), ("print_a", "10001"), ("print_b", "12207"), ("cease", None),
         ("dispute", None), ("bankrupt", None), ("attorney", None), ("deceased", None),
         ("no_address", None)]
    ):  # fmt: skip
        ids[name] = make_account(db, number=f"B-{n:03d}", zip_code=zip_code)
    flag(db, ids["cease"], cease_communication=True)
    flag(db, ids["bankrupt"], bankruptcy=True)
    flag(db, ids["attorney"], attorney_represented=True)
    flag(db, ids["deceased"], deceased=True)
    open_dispute(
        db,
        account_id=ids["dispute"],
        user_id=user,
        what="Not mine.",
        received_on=TODAY,
        received_via=DisputeChannel.PHONE,
        today=TODAY,
    )
    with db.write() as session:
        debtor = load_account(session, ids["no_address"]).debtor_id
        for address in session.scalars(select(Address).where(Address.debtor_id == debtor)):
            address.valid_to = TODAY
    return ids


def plan(db, ids, template="reminder_1", **kw):
    return plan_batch(db, template, ids, today=TODAY, selection="test", at=AT, **kw)


def test_the_dry_run_says_who_is_skipped_and_why(db, office):
    result = plan(db, office.values())
    reasons = {e.account_number: e.skip_reason for e in result.skipped}
    assert [e.account_number for e in result.included] == ["B-001", "B-002", "B-000"]  # by ZIP
    assert "stop" in reasons["B-003"].lower()  # cease communication
    assert "dispute" in reasons["B-004"].lower()
    assert "bankruptcy" in reasons["B-005"].lower()
    assert "lawyer" in reasons["B-006"].lower()
    assert "deceased" in reasons["B-007"].lower() or "died" in reasons["B-007"].lower()
    assert reasons["B-008"] == "No mailing address on file"
    assert result.summary() == "3 letters to print, 6 skipped"
    with db.read() as session:  # a dry run writes nothing
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1  # the dispute


def test_the_batch_prints_one_pdf_in_zip_order_with_a_log_and_records_each_letter(
    db, office, user, tmp_path
):
    out, log, singles = tmp_path / "batch.pdf", tmp_path / "log.csv", tmp_path / "singles"
    seen = []
    result = run_batch(
        db,
        plan(db, office.values()),
        out,
        user_id=user,
        log_path=log,
        per_account_dir=singles,
        progress=lambda done, total: seen.append((done, total)),
        part_size=2,  # two parts joined into one file
    )
    assert (result.letters, result.skipped) == (3, 6)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == result.pages == 3
    assert ["10001" in p for p in pages] == [True, False, False]
    assert "14850" in pages[2] and "Page 1 of 1" in pages[2]
    rows = list(csv.DictReader(log.open(encoding="utf-8-sig")))
    assert [r["status"] for r in rows].count("printed") == 3
    assert {r["reason"] for r in rows if r["status"] == "skipped"} >= {"No mailing address on file"}
    assert seen[-1] == (4, 4)
    files = sorted(p.name for p in singles.iterdir())
    assert files == ["B-000-reminder_1.pdf", "B-001-reminder_1.pdf", "B-002-reminder_1.pdf"]
    docs = account_documents(db, office["print_a"])
    assert len(docs) == 1 and docs[0].batch_id == result.batch_id
    with db.read() as session:
        stored = session.get(IssuedDocument, docs[0].id)
        assert (
            stored.sha256
            == hashlib.sha256((singles / "B-001-reminder_1.pdf").read_bytes()).hexdigest()
        )
        letters = session.scalars(
            select(Interaction).where(Interaction.channel == Channel.LETTER)
        ).all()
        assert len(letters) == 3
        assert session.get(LetterBatch, result.batch_id).letters == 3
    # a rule with "no letter in 21 days" now leaves them out
    rule = BatchRule("r", "reminder_1", 30, 60, 21)
    assert set(accounts_for_rule(db, rule, today=TODAY)).isdisjoint(
        {office["print_a"], office["print_b"], office["print_c"]}
    )


def test_cancel_stores_and_logs_nothing(db, office, user, tmp_path):
    out = tmp_path / "batch.pdf"
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # after the first part

    result = run_batch(
        db,
        plan(db, office.values()),
        out,
        user_id=user,
        cancelled=cancel,
        part_size=1,
        log_path=tmp_path / "log.csv",
    )
    assert result.cancelled
    assert not out.exists() and not (tmp_path / "log.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".collectorpro")] == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(IssuedDocument)) == 0
        assert session.scalar(select(func.count()).select_from(LetterBatch)) == 0


def test_a_dry_run_can_be_cancelled(db, office):
    result = plan(db, office.values(), cancelled=lambda: True)
    assert result.cancelled and result.entries == ()


def test_an_unwritable_folder_changes_nothing(db, office, user, tmp_path):
    missing = tmp_path / "no such folder" / "batch.pdf"
    with pytest.raises(StorageError):
        run_batch(db, plan(db, office.values()), missing, user_id=user)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(IssuedDocument)) == 0


def test_rules_select_by_days_past_due_and_last_letter(db):
    young = make_account(db, number="Y-1", days_late=10)
    mid = make_account(db, number="M-1", days_late=45)
    old = make_account(db, number="O-1", days_late=100)
    paid = make_account(db, number="P-1", days_late=45, status=AccountStatus.PAID)
    first = next(r for r in DEFAULT_RULES if r.template == "reminder_1")
    assert accounts_for_rule(db, first, today=TODAY) == [mid]
    final = next(r for r in DEFAULT_RULES if r.template == "final_notice")
    assert accounts_for_rule(db, final, today=TODAY) == [old]
    never = next(r for r in DEFAULT_RULES if r.template == "validation_notice")
    assert set(accounts_for_rule(db, never, today=TODAY)) == {young, mid, old}
    with db.write() as session:
        session.add(
            Interaction(
                account_id=mid,
                channel=Channel.LETTER,
                outcome="sent",
                occurred_at=AT - timedelta(days=30),
            )
        )
    assert accounts_for_rule(db, first, today=TODAY) == [mid]  # 30 days ago: due again
    assert mid not in accounts_for_rule(db, never, today=TODAY)
    assert paid not in accounts_for_rule(db, never, today=TODAY)


def test_rules_are_saved_and_checked(db, user):
    assert get_rules(db) == DEFAULT_RULES
    mine = (BatchRule("Monthly reminders", "reminder_1", 30, None, 28),)
    save_rules(db, mine, user_id=user)
    assert get_rules(db) == mine
    with pytest.raises(ValidationError):
        save_rules(db, (BatchRule("Bad", "reminder_1", 60, 30),), user_id=user)
    with pytest.raises(ValidationError):
        save_rules(db, mine + mine, user_id=user)
    assert get_rules(db) == mine


def test_names_that_look_like_formulas_are_neutralised_in_the_log(db, user, tmp_path):
    acct = make_account(db, number="=HYPERLINK(1)", first="=cmd", last="Doe")
    log = tmp_path / "log.csv"
    run_batch(db, plan(db, [acct]), tmp_path / "b.pdf", user_id=user, log_path=log)
    row = next(csv.DictReader(log.open(encoding="utf-8-sig")))
    assert row["account_number"] == "'=HYPERLINK(1)" and row["debtor_name"].startswith("'=")
