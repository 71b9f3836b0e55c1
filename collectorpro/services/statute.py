"""Is this debt time-barred? The statute-of-limitations table and the account's dates.

The years to sue per state are the defaults in ``compliance`` with the office's own figures
over them (Settings); the clock starts at the last payment, or the first delinquency when
nothing was ever paid.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.models import Account, Address
from collectorpro.services.compliance import STATUTE_OF_LIMITATIONS_YEARS, is_time_barred
from collectorpro.services.office_settings import statute_overrides

__all__ = ["account_time_barred", "statute_table"]


def statute_table(session: Session) -> Mapping[str, int]:
    """Years to sue per state: the defaults, with the office's own figures over them."""
    table = dict(STATUTE_OF_LIMITATIONS_YEARS)
    table.update(statute_overrides(session))
    return table


def account_time_barred(session: Session, account: Account, today: date) -> bool:
    """Whether the time to sue has run out (False when the state or dates are unknown)."""
    start = account.last_payment_date or account.first_delinquency_date
    lines = _current_address(session, account)
    if start is None or lines is None:
        return False
    table = statute_table(session)
    if lines.state.upper() not in table:
        return False
    return is_time_barred(lines.state, start, today, table)


def _current_address(session: Session, account: Account) -> Address | None:
    return session.scalar(
        select(Address)
        .where(Address.debtor_id == account.debtor_id, Address.valid_to.is_(None))
        .order_by(Address.valid_from.desc(), Address.id.desc())
        .limit(1)
    )
