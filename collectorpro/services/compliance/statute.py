"""Is this debt time-barred? The statute-of-limitations table and the account's dates.

The years to sue per state are the defaults in ``compliance`` with the office's own figures
over them (Settings); the clock starts at the last payment, or the first delinquency when
nothing was ever paid.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models import Account, Address
from collectorpro.models.db import Database
from collectorpro.services.compliance.time_limits import (
    STATUTE_OF_LIMITATIONS_YEARS,
    is_time_barred,
)
from collectorpro.services.office import audit
from collectorpro.services.office.settings import setting_text, store_setting

__all__ = [
    "STATUTE_KEY",
    "account_time_barred",
    "get_statute_table",
    "save_statute_overrides",
    "statute_overrides",
    "statute_table",
]


STATUTE_KEY = "compliance.statute_years"


def statute_overrides(session: Session) -> dict[str, int]:
    """The office's own years-to-sue per state, over the built-in table."""
    text = setting_text(session, STATUTE_KEY)
    if text is None:
        return {}
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        str(k).upper(): v
        for k, v in stored.items()
        if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 30
    }


def get_statute_table(db: Database) -> dict[str, tuple[int, bool]]:
    """Years to sue per state, and whether the office's own figure replaces the default."""
    defaults = STATUTE_OF_LIMITATIONS_YEARS
    with db.read() as session:
        overrides = statute_overrides(session)
    table = {state: (years, False) for state, years in defaults.items()}
    for state, years in overrides.items():
        if defaults.get(state) != years:
            table[state] = (years, True)
    return dict(sorted(table.items()))


def save_statute_overrides(
    db: Database, overrides: Mapping[str, int], *, user_id: int | None
) -> None:
    """Replace the office's years-to-sue figures.

    The mapping is the whole new set: a state left out, or given its default figure, uses the
    default again. Only the differences are stored.
    """
    defaults = STATUTE_OF_LIMITATIONS_YEARS
    stored: dict[str, int] = {}
    for raw_state, years in overrides.items():
        state = str(raw_state).strip().upper()
        if not (len(state) == 2 and state.isascii() and state.isalpha()):
            raise ValidationError(
                translate(
                    "OfficeSettings",
                    "“{state}” is not a state code. Use the two-letter code, like NY.",
                ).format(state=raw_state),
                field=state or str(raw_state),
            )
        if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 30:
            raise ValidationError(
                translate(
                    "OfficeSettings",
                    "The years to sue in {state} must be a whole number from 1 to 30.",
                ).format(state=state),
                field=state,
            )
        if defaults.get(state) != years:
            stored[state] = years
    with db.write() as session:
        before = statute_overrides(session)
        store_setting(session, STATUTE_KEY, json.dumps(stored, sort_keys=True))
        changes = [
            f"{state} {before.get(state, defaults.get(state, '—'))}→"
            f"{stored.get(state, defaults.get(state, '—'))}"
            for state in sorted(set(before) | set(stored))
            if before.get(state) != stored.get(state)
        ]
        audit.record(
            session,
            user_id=user_id,
            action="statute_years_saved",
            entity="setting",
            entity_id=None,
            summary=f"Years to sue saved: {', '.join(changes) or 'no change'}; "
            + (f"{len(stored)} state(s) differ from the defaults." if stored else "all defaults."),
        )


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
