"""Batch letters: who gets which letter, a dry run, then one print-ready PDF sorted by ZIP.

``plan_batch`` is the dry run: for every selected account, the letter it would get or the
reason it is skipped (cease communication, dispute pending, bankruptcy, attorney, deceased,
no valid address, a missing field). ``run_batch`` draws the letters in parts of a hundred,
joins the parts on disk into one PDF (one part in memory at a time, so memory does not
grow with the batch), writes the mailing log, and only then records everything in one transaction: a
cancelled or failed batch leaves no file, no history entry and no archive entry behind.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, NotFound, StorageError, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.documents.join import join_pdfs
from collectorpro.documents.letter import render_letter, render_letters
from collectorpro.models import Account, Address, Interaction, LetterBatch, Setting
from collectorpro.models.base import utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, Channel, ContactMethod
from collectorpro.services.accounts.book import load_account
from collectorpro.services.letters.compose import (
    LetterNotProduced,
    choose_language,
    letter_decision_in,
    prepare_letter,
    record_issue,
    template_for,
)
from collectorpro.services.letters.texts import TEMPLATES, template_label
from collectorpro.services.money.paperwork import debtor_name
from collectorpro.services.office import audit

__all__ = [
    "DEFAULT_RULES",
    "BatchEntry",
    "BatchPlan",
    "BatchResult",
    "BatchRule",
    "accounts_for_rule",
    "get_rules",
    "plan_batch",
    "run_batch",
    "save_rules",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
RULES_KEY = "letters.rules"
PART_SIZE = 100
# accounts that are still being collected (not closed, paid, settled, with an agency or lawyer)
COLLECTING = (AccountStatus.NEW, AccountStatus.ACTIVE, AccountStatus.PROMISE, AccountStatus.PLAN)


@dataclass(frozen=True)
class BatchRule:
    """A saved selection: days past due, and no letter in the last N days."""

    name: str
    template: str
    min_days: int = 0
    max_days: int | None = None
    no_letter_days: int | None = 21  # None: never written to
    include_disputed: bool = False

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(translate("LetterBatch", "Give the rule a name."), field="name")
        if self.template not in TEMPLATES:
            raise ValidationError(
                translate("LetterBatch", "Choose the letter the rule sends."), field="template"
            )
        if self.min_days < 0 or (self.max_days is not None and self.max_days < self.min_days):
            raise ValidationError(
                translate(
                    "LetterBatch", "The days past due must run from a smaller to a larger number."
                ),
                field="days",
            )
        if self.no_letter_days is not None and not 0 <= self.no_letter_days <= 3650:
            raise ValidationError(
                translate("LetterBatch", "Days since the last letter are out of range."),
                field="days",
            )

    def describe(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The rule's name as the window shows it: a standard rule's in the interface language."""
        return translate("LetterBatch", self.name)


# The names are the rules' keys (saved, and typed on the command line), so they stay English;
# ``BatchRule.label`` shows a standard rule's name in the interface language.
DEFAULT_RULES: tuple[BatchRule, ...] = (
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch", "Validation notice: new accounts never written to"),
              "validation_notice", 0, None, None),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "First reminder: 30–60 days past due, no letter in 21 days"),
              "reminder_1", 30, 60),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "Second reminder: 61–90 days past due, no letter in 21 days"),
              "reminder_2", 61, 90),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "Final notice: 91–120 days past due, no letter in 30 days"),
              "final_notice", 91, 120, 30),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch", "Dispute verification: open disputes"),
              "dispute_verification", 0, None, 0, True),
)  # fmt: skip


def get_rules(db: Database) -> tuple[BatchRule, ...]:
    """The office's saved rules (the defaults until it saves its own)."""
    with db.read() as session:
        row = session.get(Setting, RULES_KEY)
    if row is None:
        return DEFAULT_RULES
    try:
        return tuple(BatchRule(**item) for item in json.loads(row.value))
    except (ValueError, TypeError, ValidationError):  # bad JSON, or a rule BatchRule refuses
        return DEFAULT_RULES


def save_rules(db: Database, rules: Sequence[BatchRule], *, user_id: int | None) -> None:
    names = [r.name.strip() for r in rules]
    if len(set(names)) != len(names):
        raise ValidationError(
            translate("LetterBatch", "Two rules have the same name."), field="name"
        )
    for rule in rules:
        rule.validate()
    text = json.dumps([asdict(r) for r in rules], ensure_ascii=False)
    with db.write() as session:
        row = session.get(Setting, RULES_KEY)
        if row is None:
            session.add(Setting(key=RULES_KEY, value=text))
        else:
            row.value = text
        audit.record(
            session,
            user_id=user_id,
            action="letter_rules_saved",
            entity="setting",
            entity_id=None,
            summary=f"{len(rules)} batch letter rules saved",
        )


def find_rule(db: Database, name: str) -> BatchRule:
    for rule in get_rules(db):
        if rule.name.casefold() == name.strip().casefold():
            return rule
    known = "; ".join(r.name for r in get_rules(db))
    raise NotFound(
        translate(
            "LetterBatch", "There is no letter rule “{name}”. The rules are: {known}."
        ).format(name=name, known=known)
    )


def accounts_for_rule(db: Database, rule: BatchRule, *, today: date) -> list[int]:
    """The accounts a rule selects, in account-number order."""
    statuses = COLLECTING + ((AccountStatus.DISPUTED,) if rule.include_disputed else ())
    stmt = select(Account.id).where(Account.status.in_(statuses), Account.balance_cents > 0)
    if rule.min_days > 0:
        stmt = stmt.where(Account.first_delinquency_date <= today - timedelta(rule.min_days))
    if rule.max_days is not None:
        stmt = stmt.where(Account.first_delinquency_date >= today - timedelta(rule.max_days))
    letters = select(Interaction.id).where(
        Interaction.account_id == Account.id, Interaction.channel == Channel.LETTER
    )
    if rule.no_letter_days is None:
        stmt = stmt.where(~letters.exists())
    elif rule.no_letter_days > 0:
        since = datetime.combine(today - timedelta(rule.no_letter_days), time.min, tzinfo=UTC)
        recent = letters.where(Interaction.occurred_at >= since)
        stmt = stmt.where(~recent.exists())
    with db.read() as session:
        return list(session.scalars(stmt.order_by(Account.account_number)))


# --- the dry run -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchEntry:
    account_id: int
    account_number: str
    debtor_name: str
    zip_code: str
    template: str  # the template used (a time-barred variant where it applies)
    language: str
    skip_reason: str | None = None

    @property
    def included(self) -> bool:
        return self.skip_reason is None


@dataclass(frozen=True)
class BatchPlan:
    template: str
    selection: str
    entries: tuple[BatchEntry, ...]
    today: date
    language: str | None = None
    cancelled: bool = False

    @property
    def included(self) -> tuple[BatchEntry, ...]:
        return tuple(e for e in self.entries if e.included)

    @property
    def skipped(self) -> tuple[BatchEntry, ...]:
        return tuple(e for e in self.entries if not e.included)

    def summary(self) -> str:
        n, s = len(self.included), len(self.skipped)
        if n == 1:
            return translate("LetterBatch", "1 letter to print, {skipped} skipped").format(
                skipped=s
            )
        return translate("LetterBatch", "{count} letters to print, {skipped} skipped").format(
            count=n, skipped=s
        )


def _zip(session: Session, debtor_id: int) -> str:
    return (
        session.scalar(
            select(Address.zip_code)
            .where(Address.debtor_id == debtor_id, Address.valid_to.is_(None))
            .order_by(Address.valid_from.desc(), Address.id.desc())
            .limit(1)
        )
        or ""
    )


def plan_batch(
    db: Database,
    template: str,
    account_ids: Iterable[int],
    *,
    today: date,
    selection: str,
    language: str | None = None,
    at: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchPlan:
    """Who gets the letter and who is skipped, and why; included letters sorted by ZIP."""
    if template not in TEMPLATES:
        raise NotFound(
            translate("LetterBatch", "There is no letter template “{kind}”.").format(kind=template)
        )
    ids = list(dict.fromkeys(account_ids))
    moment = at or utcnow()
    entries: list[BatchEntry] = []
    with db.read() as session:  # one read for the whole dry run: settings are read once
        for done, account_id in enumerate(ids, start=1):
            if cancelled is not None and cancelled():
                return BatchPlan(template, selection, tuple(entries), today, language, True)
            entries.append(_plan_one(session, template, account_id, today, language, moment))
            if done % 200 == 0:
                session.expunge_all()  # keep memory flat on a big office
            if progress is not None and (done % 25 == 0 or done == len(ids)):
                progress(done, len(ids))
    included = sorted(
        (e for e in entries if e.included), key=lambda e: (e.zip_code, e.account_number)
    )
    skipped = [e for e in entries if not e.included]
    return BatchPlan(template, selection, tuple(included + skipped), today, language)


def _plan_one(
    session: Session,
    template: str,
    account_id: int,
    today: date,
    language: str | None,
    at: datetime,
) -> BatchEntry:
    account = load_account(session, account_id)
    number, name = account.account_number, debtor_name(account)
    zip_code = _zip(session, account.debtor_id)
    lang = choose_language(account, language)
    reason: str | None = None
    try:
        letter = prepare_letter(session, account_id, template, today=today, language=lang)
        used = letter.kind
    except LetterNotProduced as exc:
        reason = "; ".join(exc.missing).capitalize()
        used = template_for(session, account, template, today)
    if reason is None:
        decision = letter_decision_in(
            session, account_id, template, channel=ContactMethod.LETTER, at=at
        )
        if not decision.allowed:
            reason = "; ".join(f.title for f in decision.blocks)
    return BatchEntry(account_id, number, name, zip_code, used, lang, reason)


# --- the run -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    letters: int = 0
    pages: int = 0
    skipped: int = 0
    output: Path | None = None
    log: Path | None = None
    batch_id: int | None = None
    cancelled: bool = False
    late_skips: tuple[BatchEntry, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        if self.cancelled:
            return translate(
                "LetterBatch", "The batch was cancelled; nothing was printed or recorded."
            )
        if self.letters == 1:
            return translate("LetterBatch", "1 letter on {pages} pages; {skipped} skipped.").format(
                pages=self.pages, skipped=self.skipped
            )
        return translate(
            "LetterBatch", "{count} letters on {pages} pages; {skipped} skipped."
        ).format(count=self.letters, pages=self.pages, skipped=self.skipped)


LOG_COLUMNS = (
    "account_number",
    "debtor_name",
    "zip_code",
    "letter",
    "language",
    "pages",
    "status",
    "reason",
)


def run_batch(
    db: Database,
    plan: BatchPlan,
    output: Path,
    *,
    user_id: int | None,
    per_account_dir: Path | None = None,
    log_path: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    part_size: int = PART_SIZE,
) -> BatchResult:
    """Print the plan's letters into ``output``; record them only when everything is written."""
    output = Path(output)
    if not plan.included:
        raise DomainError(
            translate("LetterBatch", "No account in this batch can be sent the letter.")
        )
    if output.suffix.lower() != ".pdf":
        raise ValidationError(
            translate("LetterBatch", "The batch file must end in .pdf."), field="output"
        )
    try:
        work = Path(tempfile.mkdtemp(prefix=".collectorpro-batch-", dir=output.parent))
    except OSError as exc:
        raise StorageError(
            translate("LetterBatch", "CollectorPro cannot write in {folder}: {reason}.").format(
                folder=output.parent, reason=exc.strerror
            )
        ) from exc
    try:
        return _run(
            db,
            plan,
            output,
            work,
            user_id,
            per_account_dir,
            log_path,
            progress,
            cancelled,
            part_size,
        )
    except OSError as exc:
        raise StorageError(
            translate(
                "LetterBatch", "The batch could not be written: {reason}. Nothing was recorded."
            ).format(reason=exc.strerror or exc)
        ) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(
    db: Database,
    plan: BatchPlan,
    output: Path,
    work: Path,
    user_id: int | None,
    per_account_dir: Path | None,
    log_path: Path | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    part_size: int,
) -> BatchResult:
    def stop() -> bool:
        return cancelled is not None and cancelled()

    todo = list(plan.included)
    total = len(todo) + 1
    records = work / "records.jsonl"  # what to archive, kept on disk until the commit
    singles = work / "single"
    if per_account_dir is not None:
        singles.mkdir()
    parts: list[Path] = []
    pages_of: dict[int, int] = {}
    late: list[BatchEntry] = []
    done = 0
    with records.open("w", encoding="utf-8") as sink:
        for start in range(0, len(todo), part_size):
            if stop():
                return BatchResult(cancelled=True)
            chunk = todo[start : start + part_size]
            letters, kept = [], []
            with db.read() as session:
                for entry in chunk:
                    try:
                        letter = prepare_letter(
                            session,
                            entry.account_id,
                            plan.template,
                            today=plan.today,
                            language=entry.language,
                        )
                    except LetterNotProduced as exc:
                        late.append(_skip(entry, "; ".join(exc.missing).capitalize()))
                        continue
                    letters.append(letter)
                    kept.append(entry)
            if letters:
                part = work / f"part-{len(parts):05d}.pdf"
                counts = render_letters(letters, part)
                parts.append(part)
                for entry, letter, pages in zip(kept, letters, counts, strict=True):
                    pages_of[entry.account_id] = pages
                    digest = ""
                    if per_account_dir is not None:
                        single = io.BytesIO()
                        render_letter(letter, single)
                        data = single.getvalue()
                        digest = hashlib.sha256(data).hexdigest()
                        (singles / _single_name(entry)).write_bytes(data)
                    row = {
                        "account_id": entry.account_id,
                        "kind": letter.kind,
                        "language": letter.language,
                        "title": letter.title,
                        "pages": pages,
                        "payload": letter.to_json(),
                        "sha256": digest,
                        "recipient": ", ".join((letter.recipient_name, *letter.recipient_lines)),
                    }
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if stop() or not parts:
        if not parts:
            raise DomainError(
                translate("LetterBatch", "No account in this batch could be sent the letter.")
            )
        return BatchResult(cancelled=True)
    combined = work / "combined.pdf"
    join_pdfs(parts, combined)
    log_file = work / "log.csv"
    _write_log(log_file, plan, pages_of, late)
    if stop():
        return BatchResult(cancelled=True)
    total_pages = sum(pages_of.values())
    letters_sent = len(pages_of)
    skipped = len(plan.skipped) + len(late)
    batch_id = _commit(db, plan, records, output, letters_sent, skipped, total_pages, user_id)
    os.replace(combined, output)
    if log_path is not None:
        shutil.move(log_file, log_path)
    if per_account_dir is not None:
        per_account_dir.mkdir(parents=True, exist_ok=True)
        for single in singles.iterdir():
            shutil.move(single, per_account_dir / single.name)
    if progress is not None:
        progress(total, total)
    return BatchResult(
        letters=letters_sent,
        pages=total_pages,
        skipped=skipped,
        output=output,
        log=log_path,
        batch_id=batch_id,
        late_skips=tuple(late),
    )


def _skip(entry: BatchEntry, reason: str) -> BatchEntry:
    return BatchEntry(
        entry.account_id,
        entry.account_number,
        entry.debtor_name,
        entry.zip_code,
        entry.template,
        entry.language,
        reason,
    )


def _single_name(entry: BatchEntry) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in entry.account_number)
    return f"{safe}-{entry.template}.pdf"


def _write_log(
    path: Path, plan: BatchPlan, pages_of: dict[int, int], late: list[BatchEntry]
) -> None:
    late_ids = {e.account_id: e for e in late}
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(LOG_COLUMNS)
        for entry in plan.entries:
            entry = late_ids.get(entry.account_id, entry)
            writer.writerow(
                [
                    _cell(entry.account_number),
                    _cell(entry.debtor_name),
                    _cell(entry.zip_code),
                    template_label(entry.template, "en"),
                    entry.language,
                    pages_of.get(entry.account_id, 0),
                    "printed" if entry.account_id in pages_of else "skipped",
                    entry.skip_reason or "",
                ]
            )


def _cell(text: str) -> str:
    """Text a spreadsheet will show as text, never run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _commit(
    db: Database,
    plan: BatchPlan,
    records: Path,
    output: Path,
    letters: int,
    skipped: int,
    pages: int,
    user_id: int | None,
) -> int:
    """Every letter into its account's history and archive, in one transaction."""
    moment = utcnow()
    with db.write() as session:
        batch = LetterBatch(
            template=plan.template,
            selection=plan.selection,
            letters=letters,
            skipped=skipped,
            pages=pages,
            output_path=str(output),
            user_id=user_id,
            created_at=moment,
        )
        session.add(batch)
        session.flush()
        batch_id = batch.id
        with records.open(encoding="utf-8") as source:
            for count, line in enumerate(source, start=1):
                row = json.loads(line)
                account = load_account(session, row["account_id"])
                record_issue(
                    session,
                    account=account,
                    kind=row["kind"],
                    language=row["language"],
                    title=row["title"],
                    channel=Channel.LETTER,
                    recipient=row["recipient"],
                    pages=row["pages"],
                    payload=row["payload"],
                    sha256=row["sha256"],
                    batch_id=batch_id,
                    user_id=user_id,
                    today=plan.today,
                    at=moment,
                )
                if count % 200 == 0:  # keep the session small on a big batch
                    session.flush()
                    session.expunge_all()
        audit.record(
            session,
            user_id=user_id,
            action="letter_batch",
            entity="letter_batch",
            entity_id=batch_id,
            summary=f"{template_label(plan.template, 'en')}: {letters} letters, {skipped} "
            f"skipped ({plan.selection})",
        )
        return batch_id
