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

import csv
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models import (
    Account,
    Address,
    Creditor,
    Debtor,
    Email,
    ImportBatch,
    LedgerEntry,
    Phone,
)
from collectorpro.models.base import utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    AccountStatus,
    ContactKind,
    LedgerKind,
    PaymentMethod,
    ServiceType,
)
from collectorpro.services.accounts.book import add_ledger_entry
from collectorpro.services.accounts.search import account_terms, refresh_account_terms
from collectorpro.services.importing.mapping import missing_required
from collectorpro.services.importing.records import (
    AccountRecord,
    PaymentRecord,
    Problem,
    account_record,
    payment_record,
)
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
    parse = account_record if kind == "accounts" else payment_record
    for row in iter_rows(info):
        if all(c is None or str(c).strip() == "" for c in row.cells):
            continue  # blank lines between blocks are not rows
        result = parse(row.cells, columns, info.headers, date_order=date_order)
        if row.problem and not isinstance(result, list):
            result = [Problem(translate("ImportRun", "row"), row.problem)]
        elif row.problem:
            result = [Problem(translate("ImportRun", "row"), row.problem), *result]
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
    with _Rejects(rejects_path, info.headers) as rejects:
        try:
            with db.write() as session:
                cred = _creditor(session, creditor, service_type)
                bulk = _NewAccounts(session, cred, user_id, today)
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
                            outcome, account_id = _apply_account(
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


def _creditor(session: Session, name: str, service_type: ServiceType) -> Creditor:
    found = session.scalar(select(Creditor).where(Creditor.name == name))
    if found is None:
        found = Creditor(name=name, service_type=service_type)
        session.add(found)
        session.flush()
    return found


class _NewAccounts:
    """New accounts written in blocks of a thousand with plain multi-row INSERTs.

    The import's transaction is BEGIN IMMEDIATE, so nobody else can write meanwhile and the
    new rows can be numbered here; the ORM would cost a round of flushes per account.
    """

    SIZE = 1000

    def __init__(self, session: Session, creditor: Creditor, user_id: int | None, today: date):
        self.session, self.creditor, self.user_id, self.today = session, creditor, user_id, today
        self.known = set(
            session.scalars(
                select(Account.account_number).where(Account.creditor_id == creditor.id)
            )
        )
        self.next_debtor = (session.scalar(select(func.max(Debtor.id))) or 0) + 1
        self.next_account = (session.scalar(select(func.max(Account.id))) or 0) + 1
        self.pending: list[AccountRecord] = []

    def is_new(self, number: str) -> bool:
        return number not in self.known

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.SIZE

    def add(self, record: AccountRecord) -> None:
        self.known.add(record.account_number)
        self.pending.append(record)

    def flush(self) -> None:
        if not self.pending:
            return
        now, today = utcnow(), self.today
        debtors, accounts, addresses, phones, emails, entries, terms = [], [], [], [], [], [], []
        for record in self.pending:
            debtor_id, account_id = self.next_debtor, self.next_account
            self.next_debtor += 1
            self.next_account += 1
            debtors.append(
                {
                    "id": debtor_id,
                    "first_name": record.first_name,
                    "middle_name": record.middle_name,
                    "last_name": record.last_name,
                    "suffix": record.suffix,
                    "date_of_birth": record.date_of_birth,
                    "preferred_language": record.language,
                    "created_at": now,
                }
            )
            accounts.append(
                {
                    "id": account_id,
                    "creditor_id": self.creditor.id,
                    "debtor_id": debtor_id,
                    "account_number": record.account_number,
                    "service_type": self.creditor.service_type,
                    "service_date": record.service_date,
                    "first_delinquency_date": record.first_delinquency_date
                    or record.service_date
                    or today,
                    "last_payment_date": record.last_payment_date,
                    "itemization_date": record.itemization_date or today,
                    "placed_on": today,
                    "status": AccountStatus.NEW,
                    "balance_cents": record.balance_cents,
                    "created_at": now,
                }
            )
            contact = {"debtor_id": debtor_id, "source": "import", "valid_from": today,
                       "created_at": now}  # fmt: skip
            if record.has_address:
                addresses.append(
                    contact
                    | {
                        "line1": record.address_line1,
                        "line2": record.address_line2,
                        "city": record.city,
                        "state": record.state,
                        "zip_code": record.zip_code,
                    }
                )
            if record.phone:
                phones.append(contact | {"number": record.phone, "kind": ContactKind.OTHER})
            if record.email:
                emails.append(contact | {"address": record.email})
            if record.balance_cents:
                entries.append(
                    {
                        "account_id": account_id,
                        "kind": LedgerKind.CHARGE,
                        "amount_cents": record.balance_cents,
                        "effective_date": record.service_date or today,
                        "posted_at": now,
                        "user_id": self.user_id,
                        "reference": "import",
                        "memo": "Balance placed from the billing system's file",
                    }
                )
            terms.append(
                {
                    "id": account_id,
                    "terms": account_terms(
                        account_number=record.account_number,
                        first_name=record.first_name,
                        middle_name=record.middle_name,
                        last_name=record.last_name,
                        phones=[record.phone] if record.phone else [],
                        emails=[record.email] if record.email else [],
                    ),
                }
            )
        for model, rows in (
            (Debtor, debtors),
            (Account, accounts),
            (Address, addresses),
            (Phone, phones),
            (Email, emails),
            (LedgerEntry, entries),
        ):
            if rows:
                self.session.execute(insert(model.__table__), rows)
        self.session.execute(
            text("INSERT INTO account_search(rowid, terms) VALUES (:id, :terms)"), terms
        )
        self.pending.clear()


def _apply_account(
    session: Session,
    creditor: Creditor,
    record: AccountRecord,
    on_duplicate: str,
    user_id: int | None,
    today: date,
) -> tuple[str, int]:
    account = session.scalar(
        select(Account).where(
            Account.creditor_id == creditor.id, Account.account_number == record.account_number
        )
    )
    if account is None:
        return "created", _create_account(session, creditor, record, user_id, today)
    if on_duplicate == "skip":
        return "skipped", account.id
    changed = False
    difference = record.balance_cents - account.balance_cents
    if difference:
        add_ledger_entry(
            session,
            account,
            kind=LedgerKind.ADJUSTMENT,
            amount_cents=difference,
            effective_date=today,
            user_id=user_id,
            reference="import",
            memo="Balance from the billing system's file (import)",
        )
        changed = True
    for name in ("first_delinquency_date", "last_payment_date", "itemization_date"):
        value = getattr(record, name)
        if value is not None and getattr(account, name) is None:
            setattr(account, name, value)
            changed = True
    changed = _add_contacts(session, account.debtor_id, record, today) or changed
    return ("updated" if changed else "unchanged"), account.id


def _create_account(
    session: Session, creditor: Creditor, record: AccountRecord, user_id: int | None, today: date
) -> int:
    debtor = Debtor(
        first_name=record.first_name,
        middle_name=record.middle_name,
        last_name=record.last_name,
        suffix=record.suffix,
        date_of_birth=record.date_of_birth,
        preferred_language=record.language,
    )
    session.add(debtor)
    session.flush()
    delinquent = record.first_delinquency_date or record.service_date or today
    account = Account(
        creditor_id=creditor.id,
        debtor_id=debtor.id,
        account_number=record.account_number,
        service_type=creditor.service_type,
        service_date=record.service_date,
        first_delinquency_date=delinquent,
        last_payment_date=record.last_payment_date,
        itemization_date=record.itemization_date or today,
        placed_on=today,
        status=AccountStatus.NEW,
        balance_cents=0,
    )
    session.add(account)
    session.flush()
    if record.balance_cents:
        add_ledger_entry(
            session,
            account,
            kind=LedgerKind.CHARGE,
            amount_cents=record.balance_cents,
            effective_date=record.service_date or today,
            user_id=user_id,
            reference="import",
            memo="Balance placed from the billing system's file",
        )
    _add_contacts(session, debtor.id, record, today)
    return account.id


def _add_contacts(session: Session, debtor_id: int, record: AccountRecord, today: date) -> bool:
    """New contact details are added beside the old ones (which stay for skip tracing)."""
    added = False
    if record.has_address:
        known = session.scalars(
            select(Address).where(Address.debtor_id == debtor_id, Address.valid_to.is_(None))
        ).all()
        key = (record.address_line1.lower(), record.zip_code[:5])
        if not any((a.line1.lower(), a.zip_code[:5]) == key for a in known):
            session.add(
                Address(
                    debtor_id=debtor_id,
                    line1=record.address_line1,
                    line2=record.address_line2,
                    city=record.city,
                    state=record.state,
                    zip_code=record.zip_code,
                    source="import",
                    valid_from=today,
                )
            )
            added = True
    if record.phone and not session.scalar(
        select(Phone.id).where(Phone.debtor_id == debtor_id, Phone.number == record.phone)
    ):
        session.add(
            Phone(
                debtor_id=debtor_id,
                number=record.phone,
                kind=ContactKind.OTHER,
                source="import",
                valid_from=today,
            )
        )
        added = True
    if record.email and not session.scalar(
        select(Email.id).where(Email.debtor_id == debtor_id, Email.address == record.email)
    ):
        session.add(
            Email(debtor_id=debtor_id, address=record.email, source="import", valid_from=today)
        )
        added = True
    return added


# --- payments ----------------------------------------------------------------------------------


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
    with _Rejects(rejects_path, info.headers) as rejects:
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
        file_sha256=_digest(info.path),
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


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
    except OSError as exc:
        raise StorageError(
            translate("ImportRun", "{name} could not be read again: {reason}.").format(
                name=path.name, reason=exc.strerror
            )
        ) from exc
    return sha.hexdigest()


@dataclass
class _Rejects:
    """The rejects CSV: each refused row as it was, with the reason; written atomically."""

    path: Path | None
    headers: tuple[str, ...]
    final_path: Path | None = None
    _temp: Path | None = None
    _writer: object = None
    _handle: object = None
    rows: int = 0
    _extra: list[str] = field(default_factory=list)

    def __enter__(self) -> _Rejects:
        if self.path is not None:
            try:
                fd, name = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=self.path.parent)
            except OSError as exc:
                raise StorageError(
                    translate(
                        "ImportRun", "The rejects file cannot be written in {folder}: {reason}."
                    ).format(folder=self.path.parent, reason=exc.strerror)
                ) from exc
            self._temp = Path(name)
            self._handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._handle)  # type: ignore[arg-type]
            self._writer.writerow(["line", "reason", *self.headers])  # type: ignore[attr-defined]
        return self

    def add(self, line: int, cells: tuple[object, ...], problems: list[Problem]) -> None:
        self.rows += 1
        if self._writer is None:
            return
        reason = "; ".join(str(p) for p in problems)
        values = ["" if c is None else str(c) for c in cells]
        self._writer.writerow([line, reason, *values])  # type: ignore[attr-defined]

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._handle is None:
            return
        self._handle.close()  # type: ignore[attr-defined]
        assert self._temp is not None and self.path is not None
        if exc_type is None and self.rows:
            os.replace(self._temp, self.path)
            self.final_path = self.path
        else:
            self._temp.unlink(missing_ok=True)
