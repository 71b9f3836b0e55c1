"""Importing accounts and payments: the preview, then one all-or-nothing transaction.

``preview_import`` reads the whole file once (streaming) and says how many rows are fine and
which are not, with line, column and reason. ``import_accounts`` and ``import_payments`` read
it again and write everything in one transaction — a failure, a Cancel or a dry run leaves
the database exactly as it was. Rows with problems never stop the valid ones; they go to a
rejects CSV the office can fix and import again.

Accounts: a new account number (for the chosen creditor) creates the debtor, the account,
its contact details and an opening charge; a known one is updated (a balance difference
becomes an adjustment with the reason "import", new contact details are added and the old
ones kept) or skipped, as asked. Importing the same file twice changes nothing the second
time. Payments: matched by account number with a check of the payer's name; unmatched or
ambiguous rows are listed for the person to resolve by hand and are not posted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models import (
    Account,
    ImportBatch,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    PaymentMethod,
    ServiceType,
)
from collectorpro.services.accounts.search import refresh_account_terms
from collectorpro.services.importing.accounts_writer import (
    NewAccounts,
    apply_account,
    creditor_named,
)
from collectorpro.services.importing.mapping import missing_required
from collectorpro.services.importing.records import (
    AccountRecord,
    AccountRows,
    PaymentRecord,
    Problem,
    payment_record,
)
from collectorpro.services.importing.rejects import RejectsFile, file_digest
from collectorpro.services.importing.sources import SourceInfo, iter_rows
from collectorpro.services.money.payments import post_payment_in
from collectorpro.services.office import audit

__all__ = [
    "ImportCancelled",
    "ImportPreview",
    "ImportSummary",
    "RejectedRow",
    "import_accounts",
    "import_payments",
    "preview_import",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Kind = Literal["accounts", "payments"]
PREVIEW_PROBLEMS = 200  # problems kept for the preview; the rejects file has them all


class ImportCancelled(DomainError):
    """Cancel was pressed: nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("ImportRun", "The import was cancelled; nothing was changed."))


@dataclass(frozen=True)
class RejectedRow:
    line: int
    problems: tuple[Problem, ...]

    def describe(self) -> str:
        return "; ".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class ImportPreview:
    rows: int
    valid: int
    rejected: tuple[RejectedRow, ...]  # the first PREVIEW_PROBLEMS
    rejected_count: int
    missing_fields: tuple[str, ...]  # required fields no column feeds

    @property
    def can_import(self) -> bool:
        return not self.missing_fields and self.valid > 0


@dataclass(frozen=True)
class ImportSummary:
    kind: Kind
    rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: int = 0
    posted: int = 0  # payments
    unmatched: tuple[tuple[int, str, str], ...] = ()  # (line, account number, why)
    rejects_path: Path | None = None
    batch_id: int | None = None
    dry_run: bool = False

    def describe(self) -> str:
        if self.kind == "payments":
            text = (
                QT_TRANSLATE_NOOP(
                    "ImportRun",
                    "Dry run: {posted} payments posted, {unmatched} to resolve by hand, "
                    "{rejected} rejected.",
                )
                if self.dry_run
                else QT_TRANSLATE_NOOP(
                    "ImportRun",
                    "{posted} payments posted, {unmatched} to resolve by hand, "
                    "{rejected} rejected.",
                )
            )
        else:
            text = (
                QT_TRANSLATE_NOOP(
                    "ImportRun",
                    "Dry run: {created} created, {updated} updated, {unchanged} unchanged, "
                    "{skipped} skipped, {rejected} rejected.",
                )
                if self.dry_run
                else QT_TRANSLATE_NOOP(
                    "ImportRun",
                    "{created} created, {updated} updated, {unchanged} unchanged, "
                    "{skipped} skipped, {rejected} rejected.",
                )
            )
        return translate("ImportRun", text).format(
            posted=self.posted,
            unmatched=len(self.unmatched),
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
            rejected=self.rejected,
        )


def _records(
    info: SourceInfo,
    columns: Mapping[int, str],
    kind: Kind,
    date_order: str,
) -> Iterator[tuple[int, AccountRecord | PaymentRecord | list[Problem], tuple[object, ...]]]:
    parse: Callable[[Sequence[object]], AccountRecord | PaymentRecord | list[Problem]]
    if kind == "accounts":
        parse = AccountRows(columns, info.headers, date_order=date_order).read
    else:
        parse = partial(
            payment_record, columns=columns, headers=info.headers, date_order=date_order
        )
    for row in iter_rows(info):
        if all(c is None or str(c).strip() == "" for c in row.cells):
            continue  # blank lines between blocks are not rows
        result = parse(row.cells)
        if row.problem:  # the row's shape first, then what its fields have, if anything
            problems = result if isinstance(result, list) else []
            result = [Problem(translate("ImportRun", "row"), row.problem), *problems]
        yield row.line_number, result, row.cells


def preview_import(
    info: SourceInfo,
    columns: Mapping[int, str],
    *,
    kind: Kind = "accounts",
    date_order: str = "MDY",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """Parse every row; count the good ones and keep the first problems for the screen."""
    missing = missing_required(columns.values(), kind)
    rows = valid = rejected_count = 0
    rejected: list[RejectedRow] = []
    for line, result, _cells in _records(info, columns, kind, date_order):
        rows += 1
        if isinstance(result, list):
            rejected_count += 1
            if len(rejected) < PREVIEW_PROBLEMS:
                rejected.append(RejectedRow(line, tuple(result)))
        else:
            valid += 1
        if rows % 500 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(rows, info.row_count_estimate or rows)
    if progress is not None:
        progress(rows, rows)
    return ImportPreview(rows, valid, tuple(rejected), rejected_count, missing)


# --- accounts ----------------------------------------------------------------------------------


class _Stop(Exception):
    """Raised inside the transaction to roll it back (dry run or Cancel)."""


def import_accounts(
    db: Database,
    info: SourceInfo,
    columns: Mapping[int, str],
    *,
    creditor: str,
    user_id: int | None,
    today: date,
    on_duplicate: Literal["update", "skip"] = "update",
    service_type: ServiceType = ServiceType.MEDICAL,  # for a creditor new to the office
    date_order: str = "MDY",
    dry_run: bool = False,
    rejects_path: Path | None = None,
    profile_name: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Import the file's accounts for ``creditor`` in one transaction; see the module doc."""
    _require_columns(columns, "accounts")
    creditor = creditor.strip()
    if not creditor:
        raise ValidationError(
            translate("ImportRun", "Choose the creditor these accounts belong to."),
            field="creditor",
        )
    counts = {"rows": 0, "created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "rejected": 0}
    batch_id: int | None = None
    with RejectsFile(rejects_path, info.headers) as rejects:
        try:
            with db.write() as session:
                cred = creditor_named(session, creditor, service_type)
                bulk = NewAccounts(session, cred, user_id, today)
                touched: list[int] = []
                for line, result, cells in _records(info, columns, "accounts", date_order):
                    counts["rows"] += 1
                    if isinstance(result, list):
                        counts["rejected"] += 1
                        rejects.add(line, cells, result)
                    else:
                        assert isinstance(result, AccountRecord)
                        if bulk.is_new(result.account_number):
                            bulk.add(result)
                            counts["created"] += 1
                        else:
                            bulk.flush()  # a number twice in the file: the first goes in first
                            outcome, account_id = apply_account(
                                session, cred, result, on_duplicate, user_id, today
                            )
                            counts[outcome] += 1
                            if outcome == "updated":
                                touched.append(account_id)
                    _tick(counts["rows"], info, progress, cancelled)
                    if bulk.full:
                        bulk.flush()
                bulk.flush()
                refresh_account_terms(session, touched)
                batch_id = _finish(
                    session, info, "accounts", cred.id, profile_name, counts, user_id,
                    cancelled=cancelled, dry_run=dry_run,
                )  # fmt: skip
        except _Stop:
            pass  # a dry run: everything rolled back
    return ImportSummary(
        kind="accounts",
        rows=counts["rows"],
        created=counts["created"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        skipped=counts["skipped"],
        rejected=counts["rejected"],
        rejects_path=rejects.final_path if counts["rejected"] else None,
        batch_id=batch_id,
        dry_run=dry_run,
    )


def _tick(
    rows: int, info: SourceInfo, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    if rows % 50:
        return
    if cancelled is not None and cancelled():
        raise ImportCancelled
    if progress is not None:
        progress(rows, max(info.row_count_estimate or rows, rows))


def import_payments(
    db: Database,
    info: SourceInfo,
    columns: Mapping[int, str],
    *,
    user_id: int | None,
    today: date,
    date_order: str = "MDY",
    dry_run: bool = False,
    rejects_path: Path | None = None,
    profile_name: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Post the file's payments with receipts, in one transaction; unmatched rows are listed."""
    _require_columns(columns, "payments")
    counts = {"rows": 0, "posted": 0, "rejected": 0}
    unmatched: list[tuple[int, str, str]] = []
    batch_id: int | None = None
    with RejectsFile(rejects_path, info.headers) as rejects:
        try:
            with db.write() as session:
                for line, result, cells in _records(info, columns, "payments", date_order):
                    counts["rows"] += 1
                    if isinstance(result, list):
                        counts["rejected"] += 1
                        rejects.add(line, cells, result)
                    else:
                        assert isinstance(result, PaymentRecord)
                        why = _post(session, result, user_id, today)
                        if why:
                            unmatched.append((line, result.account_number, why))
                            column = translate("ImportRun", "account")
                            rejects.add(line, cells, [Problem(column, why)])
                        else:
                            counts["posted"] += 1
                    _tick(counts["rows"], info, progress, cancelled)
                batch_id = _finish(
                    session,
                    info,
                    "payments",
                    None,
                    profile_name,
                    {
                        "rows": counts["rows"],
                        "created": counts["posted"],
                        "updated": 0,
                        "unchanged": 0,
                        "skipped": len(unmatched),
                        "rejected": counts["rejected"],
                    },
                    user_id,
                    cancelled=cancelled,
                    dry_run=dry_run,
                )
        except _Stop:
            pass  # a dry run: everything rolled back
    return ImportSummary(
        kind="payments",
        rows=counts["rows"],
        posted=counts["posted"],
        rejected=counts["rejected"],
        unmatched=tuple(unmatched),
        rejects_path=rejects.final_path if (counts["rejected"] or unmatched) else None,
        batch_id=batch_id,
        dry_run=dry_run,
    )


def _same_person(payer: str, account: Account) -> bool:
    """A loose name check: the debtor's last name appears in the payer's name."""
    if not payer:
        return True
    words = {w.strip(".,").casefold() for w in payer.split()}
    return account.debtor.last_name.casefold() in words or any(
        part.casefold() in words for part in account.debtor.last_name.replace("-", " ").split()
    )


def _post(session: Session, record: PaymentRecord, user_id: int | None, today: date) -> str:
    """Post one payment; the reason it cannot be matched (in the window's language: the
    person resolves it), or "" when posted."""
    accounts = session.scalars(
        select(Account).where(Account.account_number == record.account_number).limit(3)
    ).all()
    if not accounts:
        return translate("ImportRun", "no account {number}").format(number=record.account_number)
    if len(accounts) > 1:
        return translate("ImportRun", "account {number} exists for more than one creditor").format(
            number=record.account_number
        )
    account = accounts[0]
    if not _same_person(record.payer_name, account):
        debtor = account.debtor
        return translate(
            "ImportRun", "the payer “{payer}” does not match the debtor “{debtor}”"
        ).format(payer=record.payer_name, debtor=f"{debtor.first_name} {debtor.last_name}")
    if record.paid_on > today:
        return translate("ImportRun", "the payment date is in the future")
    try:
        with session.begin_nested():
            post_payment_in(
                session,
                account_id=account.id,
                user_id=user_id,
                amount_cents=record.amount_cents,
                received_on=record.paid_on,
                method=PaymentMethod(record.method),
                reference=record.reference,
                note="Imported payment",
                today=today,
                allow_overpayment=False,
            )
    except DomainError as exc:
        return str(exc)
    return ""


# --- shared ------------------------------------------------------------------------------------


def _require_columns(columns: Mapping[int, str], kind: Kind) -> None:
    missing = missing_required(columns.values(), kind)
    if missing:
        raise ValidationError(
            translate("ImportRun", "No column is chosen for: {fields}.").format(
                fields=", ".join(missing)
            )
        )


def _finish(
    session: Session,
    info: SourceInfo,
    kind: str,
    creditor_id: int | None,
    profile_name: str,
    counts: Mapping[str, int],
    user_id: int | None,
    *,
    cancelled: Cancelled | None,
    dry_run: bool,
) -> int:
    """The last step inside the transaction: Cancel, the batch record, or a dry run's undo."""
    if cancelled is not None and cancelled():
        raise ImportCancelled  # up to the last moment, Cancel writes nothing
    batch_id = _record_batch(session, info, kind, creditor_id, profile_name, counts, user_id)
    if dry_run:
        raise _Stop
    return batch_id


def _record_batch(
    session: Session,
    info: SourceInfo,
    kind: str,
    creditor_id: int | None,
    profile_name: str,
    counts: Mapping[str, int],
    user_id: int | None,
) -> int:
    batch = ImportBatch(
        kind=kind,
        file_name=info.path.name,
        file_sha256=file_digest(info.path),
        creditor_id=creditor_id,
        profile_name=profile_name,
        rows=counts["rows"],
        created=counts["created"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        skipped=counts["skipped"],
        rejected=counts["rejected"],
        user_id=user_id,
    )
    session.add(batch)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action=f"import_{kind}",
        entity="import_batch",
        entity_id=batch.id,
        summary=f"Imported {info.path.name}: {counts['rows']} rows, {counts['created']} "
        f"{'posted' if kind == 'payments' else 'created'}, {counts['rejected']} rejected",
    )
    return batch.id
