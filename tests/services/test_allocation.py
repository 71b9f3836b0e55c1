"""Payments applied to installments and promises: property tests and the plain cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collectorpro.models.enums import InstallmentStatus, PromiseStatus
from collectorpro.services.plans.allocation import (
    PromiseTerms,
    StandingPayment,
    allocate,
    evaluate_plan,
    evaluate_promises,
)
from collectorpro.services.plans.schedule import build_schedule

amounts = st.lists(st.integers(min_value=1, max_value=10_000_00), min_size=1, max_size=40)


@given(amounts, st.integers(min_value=-1_000, max_value=500_000_00))
def test_allocation_fills_the_oldest_first_and_never_overfills(dues, paid):
    got = allocate(dues, paid)
    assert len(got) == len(dues)
    assert sum(got) == min(max(paid, 0), sum(dues))
    assert all(0 <= g <= d for g, d in zip(got, dues, strict=True))
    # only one installment can be partly paid, and everything before it is fully paid
    first_short = next((i for i, (g, d) in enumerate(zip(got, dues, strict=True)) if g < d), None)
    if first_short is not None:
        assert all(g == d for g, d in zip(got[:first_short], dues[:first_short], strict=True))
        assert all(g == 0 for g in got[first_short + 1 :])


@given(amounts, st.integers(min_value=0, max_value=500_000_00), st.integers(0, 1_000))
def test_paying_more_never_makes_an_installment_worse(dues, paid, more):
    before = allocate(dues, paid)
    after = allocate(dues, paid + more)
    assert all(a >= b for a, b in zip(after, before, strict=True))


def _plan():
    return build_schedule(300_00, frequency="monthly", first_due=date(2026, 12, 1), installments=3)


def test_a_partial_payment_carries_over_to_the_next_installment():
    state = evaluate_plan(_plan(), 150_00, today=date(2026, 12, 2), grace_days=5)
    assert [i.paid_cents for i in state.installments] == [100_00, 50_00, 0]
    assert [i.status for i in state.installments] == [
        InstallmentStatus.PAID,
        InstallmentStatus.PARTIAL,
        InstallmentStatus.UPCOMING,
    ]
    assert state.next_due is state.installments[1]
    assert not state.completed


def test_an_installment_is_missed_only_after_the_grace_period():
    lines = _plan()
    on_due = evaluate_plan(lines, 0, today=date(2026, 12, 1), grace_days=5)
    assert on_due.installments[0].status is InstallmentStatus.DUE
    last_grace_day = evaluate_plan(lines, 0, today=date(2026, 12, 6), grace_days=5)
    assert last_grace_day.installments[0].status is InstallmentStatus.DUE
    after = evaluate_plan(lines, 0, today=date(2026, 12, 7), grace_days=5)
    assert after.installments[0].status is InstallmentStatus.MISSED
    assert after.missed == 1 and not after.broken(2) and after.broken(1)


def test_paying_everything_completes_the_plan():
    state = evaluate_plan(_plan(), 300_00, today=date(2027, 6, 1), grace_days=5)
    assert state.completed and state.missed == 0 and state.next_due is None
    assert state.summary(2) == "All 3 payments made"


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 15, tzinfo=UTC)


def test_promises_kept_broken_or_pending():
    made = at(date(2026, 11, 1))
    promises = [
        PromiseTerms(1, 50_00, made, date(2026, 11, 10)),
        PromiseTerms(2, 50_00, made, date(2026, 11, 20)),
        PromiseTerms(3, 50_00, made, date(2026, 12, 20)),
    ]
    # the extra 10.00 carries to promise 2
    payments = [StandingPayment(date(2026, 11, 9), 60_00, at(date(2026, 11, 9)))]
    verdict = evaluate_promises(promises, payments, today=date(2026, 11, 30), grace_days=5)
    assert verdict == {1: PromiseStatus.KEPT, 2: PromiseStatus.BROKEN, 3: PromiseStatus.PENDING}


def test_a_payment_recorded_before_the_promise_was_made_does_not_keep_it():
    promise = PromiseTerms(1, 50_00, at(date(2026, 11, 15)), date(2026, 11, 20))
    earlier = StandingPayment(date(2026, 11, 14), 50_00, at(date(2026, 11, 14)))
    verdict = evaluate_promises([promise], [earlier], today=date(2026, 11, 30), grace_days=0)
    assert verdict[1] is PromiseStatus.BROKEN


@given(
    st.lists(st.integers(1, 500_00), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 500_00)), max_size=8),
)
def test_promises_are_kept_only_when_enough_was_paid(amounts_, raw_payments):
    start = date(2026, 10, 1)
    promises = [
        PromiseTerms(i, a, at(start), start + timedelta(days=10 * (i + 1)))
        for i, a in enumerate(amounts_)
    ]
    payments = [
        StandingPayment(start + timedelta(days=d), c, at(start + timedelta(days=d)))
        for d, c in raw_payments
    ]
    verdict = evaluate_promises(promises, payments, today=start, grace_days=3)
    kept = [p for p in promises if verdict[p.id] is PromiseStatus.KEPT]
    assert sum(p.amount_cents for p in kept) <= sum(p.amount_cents for p in payments)
    # nothing is broken on the day the promises were made
    assert PromiseStatus.BROKEN not in verdict.values()
