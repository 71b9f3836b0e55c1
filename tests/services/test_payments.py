"""Arrangements, payments, reversals and receipts, through the services a window would call."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from collectorpro.core.errors import InvalidTransition, ValidationError
from collectorpro.models.enums import (
    AccountStatus,
    Arrangement,
    InstallmentStatus,
    PaymentMethod,
    PlanStatus,
    PromiseStatus,
    UserRole,
)
from collectorpro.services.accounts.book import change_status, get_account_detail
from collectorpro.services.contacts.promises import record_promise
from collectorpro.services.money.paperwork import paid_in_full_pdf, plan_agreement_pdf, receipt_pdf
from collectorpro.services.money.payments import (
    OverpaymentNeedsConfirmation,
    post_payment,
    reverse_payment,
)
from collectorpro.services.office.database import open_database
from collectorpro.services.office.settings import (
    OfficeProfile,
    PlanPolicy,
    get_plan_policy,
    save_office_profile,
    save_plan_policy,
)
from collectorpro.services.plans.arrangements import (
    PlanTerms,
    arrangement_context,
    cancel_plan,
    create_plan,
)
from collectorpro.services.plans.schedule import Frequency
from collectorpro.services.plans.upkeep import bring_up_to_date
from collectorpro.services.plans.views import list_plans
from tests.factories import TODAY, make_account, make_user


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def user(db):
    return make_user(db)


@pytest.fixture
def account(db):
    return make_account(db, balance_cents=600_00)


def six_month_plan(db, account, user, *, down=100_00):
    return create_plan(
        db,
        account_id=account,
        user_id=user,
        terms=PlanTerms(
            arrangement=Arrangement.INSTALLMENT,
            arranged_total_cents=600_00,
            frequency=Frequency.MONTHLY,
            first_due=TODAY + timedelta(days=7),
            installments=5,
            down_payment_cents=down,
            down_payment_due=TODAY if down else None,
        ),
        today=TODAY,
    )


def pay(db, account, user, cents, *, on=TODAY, today=TODAY, **kw):
    return post_payment(
        db,
        account_id=account,
        user_id=user,
        amount_cents=cents,
        received_on=on,
        method=kw.pop("method", PaymentMethod.CHECK),
        reference=kw.pop("reference", "CHK 1001"),
        today=today,
        **kw,
    )


def pdf_text(data: bytes) -> str:
    import io

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


# --- creating plans ---------------------------------------------------------------------------


def test_a_plan_saves_its_schedule_and_moves_the_account(db, account, user):
    plan_id = six_month_plan(db, account, user)
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.id == plan_id and plan.status is PlanStatus.ACTIVE
    assert [i.amount_cents for i in plan.installments] == [100_00] * 6
    assert plan.installments[0].is_down_payment
    assert sum(i.amount_cents for i in plan.installments) == 600_00
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.status is AccountStatus.PLAN
    assert "Installment plan arranged" in detail.history[0].notes


def test_one_active_plan_at_a_time(db, account, user):
    six_month_plan(db, account, user)
    assert not arrangement_context(db, account).can_arrange
    with pytest.raises(InvalidTransition, match="already has an active plan"):
        six_month_plan(db, account, user)


def test_terms_that_do_not_fit_the_balance_are_refused(db, account, user):
    def terms(**kw):
        base = {
            "arrangement": Arrangement.INSTALLMENT,
            "arranged_total_cents": 600_00,
            "first_due": TODAY,
            "installments": 3,
        }
        return PlanTerms(**(base | kw))

    with pytest.raises(ValidationError, match="whole balance"):
        create_plan(
            db,
            account_id=account,
            user_id=user,
            terms=terms(arranged_total_cents=5_00),
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="less than the balance"):
        create_plan(
            db,
            account_id=account,
            user_id=user,
            terms=terms(arrangement=Arrangement.SETTLEMENT),
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="in the past"):
        create_plan(
            db,
            account_id=account,
            user_id=user,
            terms=terms(first_due=TODAY - timedelta(days=1)),
            today=TODAY,
        )
    assert list_plans(db, account, today=TODAY) == ()
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.ACTIVE


def test_a_disputed_account_cannot_take_a_plan(db, account, user):
    change_status(db, account_id=account, user_id=user, new_status=AccountStatus.DISPUTED)
    context = arrangement_context(db, account)
    assert "The debt is disputed" in context.refusal


def test_a_large_settlement_discount_needs_a_manager(db, account, user):
    manager = make_user(db, "Dana Reyes", UserRole.MANAGER)
    terms = PlanTerms(
        arrangement=Arrangement.SETTLEMENT,
        arranged_total_cents=300_00,  # 50% off, above the default 20%
        first_due=TODAY,
    )
    with pytest.raises(ValidationError, match="manager must approve"):
        create_plan(db, account_id=account, user_id=user, terms=terms, today=TODAY)
    with pytest.raises(ValidationError, match="Only a manager"):
        create_plan(
            db,
            account_id=account,
            user_id=user,
            terms=terms,
            today=TODAY,
            approved_by_user_id=user,
        )
    create_plan(
        db,
        account_id=account,
        user_id=user,
        terms=terms,
        today=TODAY,
        approved_by_user_id=manager,
    )
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.approved_by == "Dana Reyes" and plan.approved_at is not None
    assert "Dana Reyes" in [m.name for m in arrangement_context(db, account).approvers]


def test_a_small_discount_needs_no_approval(db, account, user):
    terms = PlanTerms(Arrangement.SETTLEMENT, 540_00, TODAY)  # 10% off
    create_plan(db, account_id=account, user_id=user, terms=terms, today=TODAY)
    assert list_plans(db, account, today=TODAY)[0].approved_by == ""


def test_a_plan_replaces_pending_promises(db, account, user):
    record_promise(
        db,
        account_id=account,
        user_id=user,
        amount_cents=50_00,
        due_date=TODAY + timedelta(days=3),
        today=TODAY,
    )
    six_month_plan(db, account, user)
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.promises[0].status is PromiseStatus.CANCELLED
    assert detail.status is AccountStatus.PLAN


def test_policy_is_saved_and_validated(db, user):
    save_plan_policy(db, PlanPolicy(grace_days=10, misses_to_break=3), user_id=user)
    assert get_plan_policy(db).grace_days == 10
    with pytest.raises(ValidationError, match="grace period"):
        save_plan_policy(db, PlanPolicy(grace_days=-1), user_id=user)
    assert get_plan_policy(db).grace_days == 10


# --- payments -------------------------------------------------------------------------------


def test_a_payment_lowers_the_balance_and_pays_the_down_payment(db, account, user):
    six_month_plan(db, account, user)
    result = pay(db, account, user, 100_00)
    assert result.receipt_number == "000001"
    assert result.balance_after_cents == 500_00
    assert result.status is AccountStatus.PLAN
    assert "1 of 6 payments made" in result.plan_summary
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.installments[0].status is InstallmentStatus.PAID
    assert plan.installments[1].status is InstallmentStatus.UPCOMING
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.balance_cents == 500_00
    assert detail.last_payment_date == TODAY
    assert detail.ledger[0].reference == "CHK 1001"


@pytest.mark.parametrize(
    ("cents", "on", "message"),
    [
        (0, TODAY, "more than zero"),
        (-5_00, TODAY, "more than zero"),
        (10_00, TODAY + timedelta(days=1), "in the future"),
    ],
)
def test_bad_payments_are_refused_and_change_nothing(db, account, user, cents, on, message):
    with pytest.raises(ValidationError, match=message):
        pay(db, account, user, cents, on=on)
    assert get_account_detail(db, account, as_of=TODAY).balance_cents == 600_00


def test_an_unknown_method_is_refused(db, account, user):
    with pytest.raises(ValidationError, match="how the payment was made"):
        pay(db, account, user, 10_00, method="barter")


def test_overpaying_needs_confirmation_and_leaves_a_credit(db, account, user):
    with pytest.raises(OverpaymentNeedsConfirmation) as refused:
        pay(db, account, user, 650_00)
    assert refused.value.credit_cents == 50_00
    assert get_account_detail(db, account, as_of=TODAY).balance_cents == 600_00
    result = pay(db, account, user, 650_00, allow_overpayment=True)
    assert result.balance_after_cents == -50_00
    assert result.status is AccountStatus.PAID and result.paid_off


def test_paying_the_plan_in_full_completes_it_and_marks_the_account_paid(db, account, user):
    six_month_plan(db, account, user)
    for month in range(6):
        result = pay(db, account, user, 100_00, reference=f"CHK {month}")
    assert result.status is AccountStatus.PAID
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.status is PlanStatus.COMPLETED
    letter = pdf_text(paid_in_full_pdf(db, account, today=TODAY))
    assert "Paid in full" in letter and "$600.00" in letter


def test_a_fulfilled_settlement_forgives_the_rest(db, account, user):
    terms = PlanTerms(Arrangement.SETTLEMENT, 500_00, TODAY + timedelta(days=2))  # 16.7% off
    create_plan(db, account_id=account, user_id=user, terms=terms, today=TODAY)
    result = pay(db, account, user, 500_00)
    assert result.status is AccountStatus.SETTLED
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.balance_cents == 0
    assert detail.ledger[0].memo.startswith("Settlement discount")
    letter = pdf_text(paid_in_full_pdf(db, account, today=TODAY))
    assert "Settled in full" in letter


def test_receipt_numbers_are_sequential_across_accounts(db, account, user):
    other = make_account(db, number="RFM-000002", balance_cents=100_00)
    numbers = [
        pay(db, account, user, 10_00).receipt_number,
        pay(db, other, user, 10_00).receipt_number,
        pay(db, account, user, 10_00).receipt_number,
    ]
    assert numbers == ["000001", "000002", "000003"]


def test_a_refused_payment_does_not_use_up_a_receipt_number(db, account, user):
    pay(db, account, user, 10_00)
    with pytest.raises(OverpaymentNeedsConfirmation):
        pay(db, account, user, 10_000_00)
    assert pay(db, account, user, 10_00).receipt_number == "000002"


def test_two_payments_at_the_same_moment_get_distinct_numbers_without_gaps(tmp_path):
    path = tmp_path / "office.sqlite3"
    setup = open_database(path)
    user = make_user(setup)
    accounts = [
        make_account(setup, number=f"RFM-{i:06d}", balance_cents=10_000_00) for i in range(2)
    ]
    setup.dispose()
    per_thread = 15
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker(account_id: int) -> None:
        own = open_database(path)  # each collector's PC has its own connection
        try:
            start.wait()
            for _ in range(per_thread):
                numbers.append(pay(own, account_id, user, 1_00).receipt_number)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=worker, args=(a,)) for a in accounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"{n:06d}" for n in range(1, 2 * per_thread + 1)]


def test_payments_rows_are_append_only(db, account, user):
    pay(db, account, user, 10_00)
    raw = db.raw_connection()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("UPDATE payments SET receipt_number = 99")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("DELETE FROM payments")
    raw.close()


# --- reversals ------------------------------------------------------------------------------


def test_reversing_a_bounced_check_reopens_the_installment(db, account, user):
    six_month_plan(db, account, user)
    first = pay(db, account, user, 100_00)
    result = reverse_payment(
        db,
        ledger_entry_id=first.ledger_entry_id,
        user_id=user,
        reason="Returned check",
        fee_cents=25_00,
        today=TODAY,
    )
    assert result.balance_after_cents == 625_00
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.installments[0].status is InstallmentStatus.DUE
    detail = get_account_detail(db, account, as_of=TODAY)
    kinds = [line.kind.value for line in detail.ledger[:3]]
    assert kinds == ["fee", "reversal", "payment"]
    assert detail.ledger[2].reversed_by_id == result.reversal_entry_id
    with pytest.raises(InvalidTransition, match="already been reversed"):
        reverse_payment(
            db, ledger_entry_id=first.ledger_entry_id, user_id=user, reason="again", today=TODAY
        )


def test_reversing_the_last_payment_reopens_a_paid_account_and_its_plan(db, account, user):
    six_month_plan(db, account, user)
    results = [pay(db, account, user, 100_00) for _ in range(6)]
    assert results[-1].status is AccountStatus.PAID
    reverse_payment(
        db,
        ledger_entry_id=results[-1].ledger_entry_id,
        user_id=user,
        reason="Chargeback",
        today=TODAY,
    )
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.status is PlanStatus.ACTIVE
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.PLAN


def test_reversing_a_settlement_payment_withdraws_the_discount(db, account, user):
    create_plan(
        db,
        account_id=account,
        user_id=user,
        terms=PlanTerms(Arrangement.SETTLEMENT, 500_00, TODAY),
        today=TODAY,
    )
    result = pay(db, account, user, 500_00)
    reverse_payment(
        db,
        ledger_entry_id=result.ledger_entry_id,
        user_id=user,
        reason="Returned check",
        today=TODAY,
    )
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.balance_cents == 600_00
    assert detail.status is AccountStatus.PLAN


def test_reversing_reopens_a_kept_promise(db, account, user):
    record_promise(
        db,
        account_id=account,
        user_id=user,
        amount_cents=50_00,
        due_date=TODAY + timedelta(days=3),
        today=TODAY,
    )
    result = pay(db, account, user, 50_00)
    assert get_account_detail(db, account, as_of=TODAY).promises[0].status is PromiseStatus.KEPT
    reverse_payment(
        db,
        ledger_entry_id=result.ledger_entry_id,
        user_id=user,
        reason="Card chargeback",
        today=TODAY,
    )
    assert get_account_detail(db, account, as_of=TODAY).promises[0].status is PromiseStatus.PENDING


def test_only_payments_can_be_reversed_and_a_reason_is_required(db, account, user):
    detail = get_account_detail(db, account, as_of=TODAY)
    charge = detail.ledger[0].id
    with pytest.raises(InvalidTransition, match="Only payments"):
        reverse_payment(db, ledger_entry_id=charge, user_id=user, reason="x", today=TODAY)
    first = pay(db, account, user, 10_00)
    with pytest.raises(ValidationError, match="Say why"):
        reverse_payment(
            db, ledger_entry_id=first.ledger_entry_id, user_id=user, reason=" ", today=TODAY
        )
    with pytest.raises(ValidationError, match="negative"):
        reverse_payment(
            db,
            ledger_entry_id=first.ledger_entry_id,
            user_id=user,
            reason="x",
            fee_cents=-1,
            today=TODAY,
        )
    assert get_account_detail(db, account, as_of=TODAY).balance_cents == 590_00


# --- keeping plans up to date -----------------------------------------------------------------


def test_missed_installments_break_the_plan_on_start_up(db, account, user):
    six_month_plan(db, account, user, down=0)
    # first due TODAY+7, second a month later; grace 5 days, two misses break it
    later = TODAY + timedelta(days=7 + 31 + 6)
    report = bring_up_to_date(db, today=later)
    assert report.plans_broken == 1
    (plan,) = list_plans(db, account, today=later)
    assert plan.status is PlanStatus.BROKEN and plan.end_reason == "2 payments missed"
    detail = get_account_detail(db, account, as_of=later)
    assert detail.status is AccountStatus.ACTIVE
    assert detail.history[0].notes.startswith("Payment plan broken")
    assert bring_up_to_date(db, today=later).describe() == "Nothing changed."


def test_one_missed_installment_does_not_break_the_plan(db, account, user):
    six_month_plan(db, account, user, down=0)
    later = TODAY + timedelta(days=7 + 6)
    assert bring_up_to_date(db, today=later).plans_broken == 0
    (plan,) = list_plans(db, account, today=later)
    assert plan.installments[0].status is InstallmentStatus.MISSED
    assert plan.status is PlanStatus.ACTIVE


def test_an_unpaid_promise_is_broken_after_the_grace_period(db, account, user):
    record_promise(
        db,
        account_id=account,
        user_id=user,
        amount_cents=50_00,
        due_date=TODAY + timedelta(days=3),
        today=TODAY,
    )
    report = bring_up_to_date(db, today=TODAY + timedelta(days=9))
    assert report.promises_broken == 1
    detail = get_account_detail(db, account, as_of=TODAY)
    assert detail.promises[0].status is PromiseStatus.BROKEN
    assert detail.status is AccountStatus.ACTIVE


def test_cancelling_a_plan(db, account, user):
    plan_id = six_month_plan(db, account, user)
    with pytest.raises(ValidationError):
        cancel_plan(db, plan_id=plan_id, user_id=user, reason="", today=TODAY)
    cancel_plan(db, plan_id=plan_id, user_id=user, reason="Debtor asked to start over", today=TODAY)
    assert list_plans(db, account, today=TODAY)[0].status is PlanStatus.CANCELLED
    assert get_account_detail(db, account, as_of=TODAY).status is AccountStatus.ACTIVE
    assert arrangement_context(db, account).can_arrange


# --- documents --------------------------------------------------------------------------------


def test_receipt_and_agreement_say_what_happened(db, account, user):
    save_office_profile(
        db,
        OfficeProfile(name="Riverside Family Medicine", address_lines=("1 Main St", "Albany, NY")),
        user_id=user,
    )
    plan_id = six_month_plan(db, account, user)
    agreement = pdf_text(plan_agreement_pdf(db, plan_id))
    assert "Riverside Family Medicine" in agreement
    assert "José Muñoz" in agreement and "$600.00" in agreement
    result = pay(db, account, user, 100_00, method=PaymentMethod.MONEY_ORDER, reference="MO-77")
    receipt = pdf_text(receipt_pdf(db, result.ledger_entry_id, copy=False, user_id=user))
    assert "000001" in receipt and "$100.00" in receipt and "$500.00" in receipt
    assert "Money order" in receipt and "MO-77" in receipt and "Kim Park" in receipt
    assert "COPY" not in receipt
    copy = pdf_text(receipt_pdf(db, result.ledger_entry_id, copy=True, user_id=user))
    assert "COPY" in copy


def test_a_paid_in_full_letter_needs_a_paid_account(db, account, user):
    from collectorpro.core.errors import DomainError

    with pytest.raises(DomainError, match="only for an account that is paid"):
        paid_in_full_pdf(db, account, today=TODAY)


def test_a_payment_made_before_the_plan_does_not_count_towards_it(db, user):
    account = make_account(db, number="RFM-000700", balance_cents=700_00)
    pay(db, account, user, 100_00, on=date(2026, 11, 20))
    six_month_plan(db, account, user, down=0)
    (plan,) = list_plans(db, account, today=TODAY)
    assert plan.balance_cents == 600_00
    assert all(i.paid_cents == 0 for i in plan.installments)
