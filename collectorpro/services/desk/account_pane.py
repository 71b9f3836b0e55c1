"""Everything the detail pane shows for one account, as one frozen snapshot from one read.

The header and history, the plans, the archived documents, the disputes and whether each
channel may be used now are read in one read transaction, so the pane never shows a payment
with the plan that did not yet count it, and clicking an account costs a fixed number of
statements however many plans, letters or disputes it has.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from collectorpro.models.db import Database
from collectorpro.services.accounts.book import account_detail_in
from collectorpro.services.accounts.snapshots import AccountDetail
from collectorpro.services.compliance.guard import decide_all_in
from collectorpro.services.compliance.rules import Decision
from collectorpro.services.disputes.lifecycle import DisputeView, disputes_in
from collectorpro.services.letters.archive import documents_in
from collectorpro.services.letters.compose import DocumentView
from collectorpro.services.plans.views import PlanView, plans_in

__all__ = ["AccountPane", "get_account_pane"]


@dataclass(frozen=True)
class AccountPane:
    detail: AccountDetail
    plans: tuple[PlanView, ...]
    documents: tuple[DocumentView, ...]
    disputes: tuple[DisputeView, ...]
    # the decision per channel ("call", "sms", "email", "letter") at the moment asked
    decisions: Mapping[str, Decision]


def get_account_pane(db: Database, account_id: int, *, as_of: date, at: datetime) -> AccountPane:
    """The account as of ``as_of`` (a date) with the contact decisions at ``at`` (aware)."""
    with db.read() as session:
        return AccountPane(
            detail=account_detail_in(session, account_id, as_of=as_of),
            plans=plans_in(session, account_id, today=as_of),
            documents=documents_in(session, account_id),
            disputes=disputes_in(session, account_id),
            decisions=MappingProxyType(decide_all_in(session, account_id, at)),
        )
