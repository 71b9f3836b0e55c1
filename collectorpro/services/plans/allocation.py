"""Where the money went: payments applied to installments and promises. Pure functions.

Nothing here is stored as the truth. The truth is the ledger; these functions turn the
payments that still stand (not reversed) into the state of each installment and promise, so
reversing a bounced check simply makes the same calculation come out differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models.enums import InstallmentStatus, PromiseStatus
from collectorpro.services.plans.schedule import ScheduleLine

__all__ = [
    "InstallmentState",
    "PlanState",
    "PromiseTerms",
    "StandingPayment",
    "allocate",
    "evaluate_plan",
    "evaluate_promises",
]


# PlanState.summary, whole for each case: (next due known?, any missed?) -> wording
_ALL_MADE = QT_TRANSLATE_NOOP("Allocation", "All {count} payments made")
_SUMMARIES = {
    (False, False): QT_TRANSLATE_NOOP("Allocation", "{paid} of {count} payments made"),
    (True, False): QT_TRANSLATE_NOOP(
        "Allocation", "{paid} of {count} payments made; next due {due}"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Allocation", "{paid} of {count} payments made; {missed} missed (plan ends at {limit})"
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Allocation",
        "{paid} of {count} payments made; next due {due}; {missed} missed (plan ends at {limit})",
    ),
}


def allocate(amounts: Sequence[int], paid_cents: int) -> list[int]:
    """Apply ``paid_cents`` to ``amounts`` oldest first; a partial payment carries over.

    Returns what each amount received. Overpayment beyond the total is not allocated.
    """
    left = max(0, paid_cents)
    result = []
    for amount in amounts:
        take = min(amount, left)
        result.append(take)
        left -= take
    return result


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due: date
    amount_cents: int
    paid_cents: int
    status: InstallmentStatus
    is_down_payment: bool = False

    @property
    def owed_cents(self) -> int:
        return self.amount_cents - self.paid_cents


@dataclass(frozen=True)
class PlanState:
    installments: tuple[InstallmentState, ...]
    paid_cents: int
    total_cents: int

    @property
    def missed(self) -> int:
        return sum(1 for i in self.installments if i.status is InstallmentStatus.MISSED)

    @property
    def completed(self) -> bool:
        return self.paid_cents >= self.total_cents

    @property
    def next_due(self) -> InstallmentState | None:
        return next((i for i in self.installments if i.status is not InstallmentStatus.PAID), None)

    def broken(self, misses_to_break: int) -> bool:
        return not self.completed and self.missed >= misses_to_break

    def summary(
        self,
        misses_to_break: int,
        *,
        show_date: Callable[[date], str] = date.isoformat,
        translated: bool = True,
    ) -> str:
        """One line for a receipt or a list: "3 of 7 payments made; next due 2027-01-15".

        In the window's language; ``translated=False`` gives English, for what is stored (the
        receipt keeps its own wording).
        """
        paid = sum(1 for i in self.installments if i.status is InstallmentStatus.PAID)
        count = len(self.installments)
        if self.completed:
            text = _ALL_MADE
        else:
            text = _SUMMARIES[(self.next_due is not None, bool(self.missed))]
        upcoming = self.next_due
        return (translate("Allocation", text) if translated else text).format(
            paid=paid,
            count=count,
            due=show_date(upcoming.due) if upcoming is not None else "",
            missed=self.missed,
            limit=misses_to_break,
        )


def evaluate_plan(
    lines: Sequence[ScheduleLine], paid_cents: int, *, today: date, grace_days: int
) -> PlanState:
    """The state of every installment given what has been paid towards the plan by ``today``.

    An installment is missed when it is not fully paid ``grace_days`` after its due date.
    """
    paid = allocate([line.amount_cents for line in lines], paid_cents)
    states = []
    for line, got in zip(lines, paid, strict=True):
        if got >= line.amount_cents:
            status = InstallmentStatus.PAID
        elif today > line.due + timedelta(days=grace_days):
            status = InstallmentStatus.MISSED
        elif today >= line.due:
            status = InstallmentStatus.DUE
        elif got > 0:
            status = InstallmentStatus.PARTIAL
        else:
            status = InstallmentStatus.UPCOMING
        states.append(
            InstallmentState(
                number=line.number,
                due=line.due,
                amount_cents=line.amount_cents,
                paid_cents=got,
                status=status,
                is_down_payment=line.is_down_payment,
            )
        )
    total = sum(line.amount_cents for line in lines)
    return PlanState(tuple(states), min(max(0, paid_cents), total), total)


@dataclass(frozen=True)
class PromiseTerms:
    id: int
    amount_cents: int
    made_at: datetime
    due: date


@dataclass(frozen=True)
class StandingPayment:
    paid_on: date
    amount_cents: int
    recorded_at: datetime


def evaluate_promises(
    promises: Sequence[PromiseTerms],
    payments: Sequence[StandingPayment],
    *,
    today: date,
    grace_days: int,
) -> dict[int, PromiseStatus]:
    """Kept, broken or still pending, for each promise, given the payments that stand.

    A payment counts towards a promise when it was recorded after the promise was made and
    paid by the promise's due date plus the grace period; each payment goes to the earliest-due
    promise it can, and what is left carries over to the next.
    """
    ordered = sorted(promises, key=lambda p: (p.due, p.id))
    owed = {p.id: p.amount_cents for p in ordered}
    for payment in sorted(payments, key=lambda p: (p.paid_on, p.recorded_at)):
        left = payment.amount_cents
        for promise in ordered:
            if left <= 0:
                break
            if owed[promise.id] <= 0:
                continue
            in_time = payment.paid_on <= promise.due + timedelta(days=grace_days)
            if in_time and payment.recorded_at >= promise.made_at:
                take = min(left, owed[promise.id])
                owed[promise.id] -= take
                left -= take
    result = {}
    for promise in ordered:
        if owed[promise.id] <= 0:
            result[promise.id] = PromiseStatus.KEPT
        elif today > promise.due + timedelta(days=grace_days):
            result[promise.id] = PromiseStatus.BROKEN
        else:
            result[promise.id] = PromiseStatus.PENDING
    return result
