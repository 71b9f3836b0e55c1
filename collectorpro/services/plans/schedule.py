"""Payment-plan schedule math: pure functions, no database, property-tested.

The plan wizard, the agreement PDF and the plans service all ask these functions, so a
schedule shown on screen, printed and stored is the same schedule, down to the cent.

Rules a collector can rely on:

* The lines add up to the arranged total exactly; all installments but the last are equal and
  the last absorbs the rounding (it is never zero or negative).
* Due dates strictly increase. ``monthly`` keeps the first due date's day of the month and clamps
  to short months without drifting (Jan 31 → Feb 28/29 → Mar 31). ``semimonthly`` falls on the
  1st and the 15th: the series starts on the first 1st or 15th on or after ``first_due``.
* A down payment, when there is one, is the first line. Without ``down_payment_due`` it is due on
  ``first_due`` and the installments start one period later (semimonthly: on the next 1st or 15th
  after it); with it, it must fall strictly before the first installment, which then starts the
  series at ``first_due``.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from collectorpro.core.errors import DomainError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.money import format_money
from collectorpro.core.schedule import Frequency, ScheduleLine

__all__ = [
    "DISPOSABLE_INCOME_SHARE",
    "MAX_INSTALLMENTS",
    "Frequency",
    "ScheduleError",
    "ScheduleLine",
    "add_months",
    "build_schedule",
    "due_dates",
    "months_spanned",
    "plan_policy_warnings",
    "settlement_amount",
    "suggested_max_installment",
]

MAX_INSTALLMENTS = 600  # fifty years of monthly payments: anything longer is a typing mistake
DISPOSABLE_INCOME_SHARE = Decimal("0.50")  # share of income left after expenses we suggest asking


class ScheduleError(DomainError, ValueError):
    """A plan that cannot be built as asked; the message says why in plain words.

    Still a ValueError, as ``build_schedule`` has always promised its callers.
    """


def _error(text: str) -> ScheduleError:
    """A ScheduleError whose message is ``text`` (marked for translation) in the window's
    language."""
    return ScheduleError(translate("Plans", text))


# The sentence for an amount that is not whole cents, by the amount's name.
_NOT_WHOLE_CENTS = {
    "installment amount": QT_TRANSLATE_NOOP(
        "Plans", "The installment amount must be a whole number of cents."
    ),
    "arranged total": QT_TRANSLATE_NOOP(
        "Plans", "The arranged total must be a whole number of cents."
    ),
    "down payment": QT_TRANSLATE_NOOP("Plans", "The down payment must be a whole number of cents."),
    "balance": QT_TRANSLATE_NOOP("Plans", "The balance must be a whole number of cents."),
    "discount": QT_TRANSLATE_NOOP("Plans", "The discount must be a whole number of cents."),
    "monthly income": QT_TRANSLATE_NOOP(
        "Plans", "The monthly income must be a whole number of cents."
    ),
    "monthly expenses": QT_TRANSLATE_NOOP(
        "Plans", "The monthly expenses must be a whole number of cents."
    ),
}


def _frequency(value: Frequency | str) -> Frequency:
    try:
        return Frequency(value)
    except ValueError:
        choices = ", ".join(f.value for f in Frequency)
        message = translate(
            "Plans", "“{value}” is not a payment frequency. Use one of: {choices}."
        ).format(value=value, choices=choices)
        raise ScheduleError(message) from None


def _cents(value: object, what: str) -> int:
    """Amounts are whole cents; a float or a bool here is a caller's bug we refuse loudly."""
    if isinstance(value, bool) or not isinstance(value, int):
        known = _NOT_WHOLE_CENTS.get(what)
        if known is not None:
            raise _error(known)
        raise ScheduleError(
            translate("Plans", "The {what} must be a whole number of cents.").format(what=what)
        )
    return value


def add_months(start: date, months: int, *, day: int | None = None) -> date:
    """``start`` moved by whole months, on ``day`` (default: start's day), clamped to month end.

    Passing the original day each time is what makes Jan 31 → Feb 28 → Mar 31 come back.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise _error(QT_TRANSLATE_NOOP("Plans", "The schedule runs past the end of the calendar."))
    wanted = start.day if day is None else day
    return date(year, month + 1, min(wanted, calendar.monthrange(year, month + 1)[1]))


def _next_semimonthly(on_or_after: date) -> date:
    if on_or_after.day == 1:
        return on_or_after
    if on_or_after.day <= 15:
        return on_or_after.replace(day=15)
    return add_months(on_or_after, 1, day=1)


def due_dates(first_due: date, frequency: Frequency | str, count: int) -> list[date]:
    """``count`` due dates of the series that starts at ``first_due``.

    For ``semimonthly`` the first date is the first 1st or 15th on or after ``first_due``.
    """
    freq = _frequency(frequency)
    try:
        if freq is Frequency.WEEKLY:
            return [first_due + timedelta(weeks=i) for i in range(count)]
        if freq is Frequency.BIWEEKLY:
            return [first_due + timedelta(weeks=2 * i) for i in range(count)]
        if freq is Frequency.MONTHLY:
            return [add_months(first_due, i) for i in range(count)]
        start = _next_semimonthly(first_due)
        # Pairs of (1st, 15th) per month counted from the start, so the series never drifts.
        offset = 0 if start.day == 1 else 1
        return [
            add_months(start, (offset + i) // 2, day=1 if (offset + i) % 2 == 0 else 15)
            for i in range(count)
        ]
    except OverflowError:
        raise _error(
            QT_TRANSLATE_NOOP("Plans", "The schedule runs past the end of the calendar.")
        ) from None


def _dates_after(first_due: date, freq: Frequency, count: int) -> list[date]:
    """``count`` due dates of the series, starting one period after ``first_due``.

    Monthly dates stay anchored on first_due's day, so Jan 31 → Feb 28 → Mar 31 still holds.
    Semimonthly dates start on the next 1st or 15th strictly after first_due.
    """
    if freq is Frequency.SEMIMONTHLY:
        return due_dates(first_due + timedelta(days=1), freq, count)
    return due_dates(first_due, freq, count + 1)[1:]


def _split(remaining: int, installments: int | None, installment_cents: int | None) -> list[int]:
    if installments is not None:
        count = installments
        if isinstance(count, bool) or not isinstance(count, int):
            raise _error(
                QT_TRANSLATE_NOOP("Plans", "The number of installments must be a whole number.")
            )
        if count < 1:
            raise _error(QT_TRANSLATE_NOOP("Plans", "A plan needs at least one installment."))
        if count > MAX_INSTALLMENTS:
            raise ScheduleError(
                translate("Plans", "A plan cannot have more than {limit} installments.").format(
                    limit=MAX_INSTALLMENTS
                )
            )
        if remaining < count:
            raise ScheduleError(
                translate(
                    "Plans",
                    "{remaining} cents cannot be split into {count} installments of at least "
                    "a cent.",
                ).format(remaining=remaining, count=count)
            )
        each = remaining // count  # rounded down: the last line is larger by under `count` cents
        return [each] * (count - 1) + [remaining - each * (count - 1)]
    assert installment_cents is not None
    each = _cents(installment_cents, "installment amount")
    if each <= 0:
        raise _error(QT_TRANSLATE_NOOP("Plans", "The installment amount must be more than zero."))
    count = -(-remaining // each)
    if count > MAX_INSTALLMENTS:
        raise ScheduleError(
            translate(
                "Plans",
                "That installment is too small: the plan would need {count} payments "
                "(the limit is {limit}).",
            ).format(count=count, limit=MAX_INSTALLMENTS)
        )
    return [each] * (count - 1) + [remaining - each * (count - 1)]


def build_schedule(
    total_cents: int,
    *,
    frequency: Frequency | str,
    first_due: date,
    installments: int | None = None,
    installment_cents: int | None = None,
    down_payment_cents: int = 0,
    down_payment_due: date | None = None,
) -> list[ScheduleLine]:
    """The lines of a plan for ``total_cents``: an optional down payment, then installments.

    Give exactly one of ``installments`` (how many) or ``installment_cents`` (how much each).
    Raises ScheduleError for anything that cannot be a plan.
    """
    total = _cents(total_cents, "arranged total")
    down = _cents(down_payment_cents, "down payment")
    freq = _frequency(frequency)
    if total <= 0:
        raise _error(QT_TRANSLATE_NOOP("Plans", "The arranged total must be more than zero."))
    if down < 0:
        raise _error(QT_TRANSLATE_NOOP("Plans", "The down payment cannot be negative."))
    if down >= total:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans",
                "The down payment must be less than the arranged total; "
                "for a single payment arrange a payment in full instead.",
            )
        )
    if (installments is None) == (installment_cents is None):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans",
                "Give either the number of installments or the installment amount, not both.",
            )
            if installments is not None
            else QT_TRANSLATE_NOOP(
                "Plans", "Give the number of installments or the installment amount."
            )
        )
    if down_payment_due is not None and down == 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans", "A down payment date was given without a down payment amount."
            )
        )

    amounts = _split(total - down, installments, installment_cents)

    lines: list[ScheduleLine] = []
    if down:
        if down_payment_due is None:
            down_due, dates = first_due, _dates_after(first_due, freq, len(amounts))
        else:
            down_due, dates = down_payment_due, due_dates(first_due, freq, len(amounts))
        if down_due >= dates[0]:
            raise ScheduleError(
                translate(
                    "Plans", "The down payment must be due before the first installment ({due})."
                ).format(due=f"{dates[0]:%Y-%m-%d}")
            )
        lines.append(ScheduleLine(down_due, down, number=1, is_down_payment=True))
    else:
        dates = due_dates(first_due, freq, len(amounts))
    first_number = len(lines) + 1
    lines.extend(
        ScheduleLine(due, amount, number=first_number + i)
        for i, (due, amount) in enumerate(zip(dates, amounts, strict=True))
    )
    return lines


def settlement_amount(
    balance_cents: int,
    *,
    discount_percent: Decimal | int | None = None,
    discount_cents: int | None = None,
) -> int:
    """What the debtor pays to settle ``balance_cents`` with a discount.

    A percentage is applied to the balance and the result rounded half-up to the cent, so
    "40% off $100.01" is $60.01, never less than a cent. With neither discount the settlement
    is the whole balance.
    """
    balance = _cents(balance_cents, "balance")
    if balance <= 0:
        raise _error(QT_TRANSLATE_NOOP("Plans", "Only a balance above zero can be settled."))
    if discount_percent is not None and discount_cents is not None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans", "Give the discount as a percentage or as an amount, not both."
            )
        )
    if discount_cents is not None:
        off = _cents(discount_cents, "discount")
        if off < 0:
            raise _error(QT_TRANSLATE_NOOP("Plans", "The discount cannot be negative."))
        if off >= balance:
            raise _error(QT_TRANSLATE_NOOP("Plans", "The discount must be less than the balance."))
        return balance - off
    if discount_percent is None:
        return balance
    if isinstance(discount_percent, float | bool):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans", "Give the discount percentage as an exact number, not a float."
            )
        )
    try:
        percent = Decimal(discount_percent)
    except (InvalidOperation, TypeError, ValueError):
        raise ScheduleError(
            translate("Plans", "“{value}” is not a percentage.").format(value=discount_percent)
        ) from None
    if not percent.is_finite() or percent < 0 or percent >= 100:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Plans", "The discount percentage must be at least 0 and less than 100."
            )
        )
    pay = (Decimal(balance) * (100 - percent) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return max(1, int(pay))


def suggested_max_installment(
    monthly_income_cents: int, monthly_expenses_cents: int, frequency: Frequency | str
) -> int:
    """The most we suggest asking per payment: half of what is left after expenses.

    The monthly figure is spread over the year (weekly: x12/52, biweekly: x12/26, semimonthly:
    /2) and rounded down to the cent. Nothing left over gives 0: no plan should be pushed.
    """
    income = _cents(monthly_income_cents, "monthly income")
    expenses = _cents(monthly_expenses_cents, "monthly expenses")
    if income < 0 or expenses < 0:
        raise _error(QT_TRANSLATE_NOOP("Plans", "Income and expenses cannot be negative."))
    freq = _frequency(frequency)
    disposable = income - expenses
    if disposable <= 0:
        return 0
    per_year = Decimal(disposable) * DISPOSABLE_INCOME_SHARE * 12
    return int(per_year / freq.periods_per_year)  # int() truncates toward zero: rounded down


def months_spanned(start: date, end: date) -> int:
    """Whole months needed to get from ``start`` to ``end`` (a part month counts as one)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months + 1 if add_months(start, months) < end else months


def plan_policy_warnings(
    schedule: Sequence[ScheduleLine],
    *,
    min_installment_cents: int,
    max_months: int,
    locale: str = "en_US",
    translated: bool = True,
) -> list[str]:
    """Ways a plan departs from the office's policy, for the collector to see before saving.

    Warnings, not errors: a manager may approve an exception. The regular installment is
    compared with the minimum; the smaller final line that absorbs the rounding is not.
    ``translated=False`` gives them in English, for the account's history.
    """
    if not schedule:
        return []
    warnings: list[str] = []
    installments = [line for line in schedule if not line.is_down_payment]
    regular = installments[:-1] if len(installments) > 1 else installments
    smallest = min((line.amount_cents for line in regular), default=None)
    if smallest is not None and smallest < min_installment_cents:
        text = QT_TRANSLATE_NOOP(
            "Plans",
            "The installment of {installment} is below the office minimum of {minimum}.",
        )
        warnings.append(
            (translate("Plans", text) if translated else text).format(
                installment=format_money(smallest, locale),
                minimum=format_money(min_installment_cents, locale),
            )
        )
    months = months_spanned(schedule[0].due, schedule[-1].due)
    if months > max_months:
        text = QT_TRANSLATE_NOOP(
            "Plans",
            "The plan runs {months} months, longer than the office limit of {limit} months.",
        )
        warnings.append(
            (translate("Plans", text) if translated else text).format(
                months=months, limit=max_months
            )
        )
    return warnings
