"""Batch letters: who gets which letter, a dry run, then one print-ready PDF sorted by ZIP.

``plan_batch`` is the dry run: for every selected account, the letter it would get or the
reason it is skipped (cease communication, dispute pending, bankruptcy, attorney, deceased,
no valid address, a missing field). It reads the accounts' facts a thousand at a time in a
fixed number of queries (``facts``) and judges them in memory with the rules a single letter
uses (``fill``, the contact guard's ``evaluate``).

``run_batch`` fills the letters in by the hundred and hands each hundred, as plain data, to a
pool of drawing processes (``documents.parts``: every core, a few parts in flight); each part
is joined into the batch file as soon as it is drawn, so memory does not grow with the batch.
It writes the mailing log, and only then records everything in one transaction: a cancelled
or failed batch leaves no file, no history entry and no archive entry behind.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from collectorpro.core.errors import DomainError, NotFound, StorageError, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.documents.join import PdfJoiner
from collectorpro.documents.parts import DrawnPart, PartOrder, PartPrinter
from collectorpro.models import LetterBatch
from collectorpro.models.base import utcnow
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.letters.compose import letter_decision_of
from collectorpro.services.letters.facts import LetterFacts, chunks, read_facts
from collectorpro.services.letters.fill import (
    LetterNotProduced,
    LetterSetup,
    check_letter,
    fill_letter,
    letter_language,
    letter_setup,
    letter_template,
)
from collectorpro.services.letters.recording import BatchLetter, record_batch
from collectorpro.services.letters.texts import TEMPLATES, template_label
from collectorpro.services.office import audit

__all__ = [
    "BatchEntry",
    "BatchPlan",
    "BatchResult",
    "plan_batch",
    "run_batch",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PART_SIZE = 100
PLAN_CHUNK = 1000  # accounts judged per read of their facts
RECORD_CHUNK = 500  # letters recorded at once


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
    """Who gets the letter and who is skipped, and why; included letters sorted by ZIP.

    The accounts are read a chunk at a time (``facts.read_facts``: a fixed number of queries
    per chunk, whatever the office's size) and judged in memory.
    """
    if template not in TEMPLATES:
        raise NotFound(
            translate("LetterBatch", "There is no letter template “{kind}”.").format(kind=template)
        )
    ids = list(dict.fromkeys(account_ids))
    moment = at or utcnow()
    entries: list[BatchEntry] = []
    done = 0
    with db.read() as session:  # one read for the whole dry run: settings are read once
        setup = letter_setup(session)
        for chunk in chunks(ids, PLAN_CHUNK):
            if cancelled is not None and cancelled():
                return BatchPlan(template, selection, tuple(entries), today, language, True)
            facts = read_facts(session, chunk)
            for account_id in chunk:
                one = _plan_one(facts[account_id], setup, template, today, language, moment)
                entries.append(one)
            done += len(chunk)
            if progress is not None:
                progress(done, len(ids))
    included = sorted(
        (e for e in entries if e.included), key=lambda e: (e.zip_code, e.account_number)
    )
    skipped = [e for e in entries if not e.included]
    return BatchPlan(template, selection, tuple(included + skipped), today, language)


def _plan_one(
    facts: LetterFacts,
    setup: LetterSetup,
    template: str,
    today: date,
    language: str | None,
    at: datetime,
) -> BatchEntry:
    lang = letter_language(facts, language)
    reason: str | None = None
    try:
        used = check_letter(facts, setup, template, today=today, language=lang)
    except LetterNotProduced as exc:
        reason = "; ".join(exc.missing).capitalize()
        used = letter_template(facts, setup, template, today)
    if reason is None:
        decision = letter_decision_of(facts, setup, template, channel=ContactMethod.LETTER, at=at)
        if not decision.allowed:
            reason = "; ".join(f.title for f in decision.blocks)
    number, name = facts.account_number, facts.debtor_name
    return BatchEntry(facts.account_id, number, name, facts.zip_code, used, lang, reason)


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
    workers: int | None = None,
) -> BatchResult:
    """Print the plan's letters into ``output``; record them only when everything is written.

    The parts are drawn on ``workers`` processes (every core by default; 1 draws them here).
    """
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
            workers,
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
    workers: int | None,
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
    entries: dict[Path, tuple[list[BatchEntry], int]] = {}  # each part in flight: its letters,
    # and how many of the plan's letters it stands for (with those that could not be made)
    done = 0
    with db.read() as session:
        setup = letter_setup(session)
    itemizes = setup.itemizes(plan.template)

    def drawn(part: DrawnPart) -> None:
        nonlocal done
        kept, size = entries.pop(part.order.path)
        drawing = part.drawing
        for entry, letter, pages, digest, payload in zip(
            kept, part.order.letters, drawing.pages, drawing.sha256, drawing.payloads, strict=True
        ):
            pages_of[entry.account_id] = pages
            row = {
                "account_id": entry.account_id,
                "kind": letter.kind,
                "language": letter.language,
                "title": letter.title,
                "pages": pages,
                "payload": payload,
                "sha256": digest,
                "recipient": ", ".join((letter.recipient_name, *letter.recipient_lines)),
            }
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        joiner.add(part.order.path)  # joined while the next parts are drawn
        part.order.path.unlink()
        done += size
        if progress is not None:
            progress(done, total)

    count = -(-len(todo) // part_size)
    combined = work / "combined.pdf"
    with (
        records.open("w", encoding="utf-8") as sink,
        PartPrinter(workers, count) as printer,
        PdfJoiner(combined) as joiner,
    ):
        for start in range(0, len(todo), part_size):
            if stop():
                return BatchResult(cancelled=True)
            chunk = todo[start : start + part_size]
            letters, kept = [], []
            with db.read() as session:
                facts = read_facts(session, [e.account_id for e in chunk], ledger=itemizes)
            for entry in chunk:
                try:
                    letter = fill_letter(
                        facts[entry.account_id],
                        setup,
                        plan.template,
                        today=plan.today,
                        language=entry.language,
                    )
                except LetterNotProduced as exc:
                    late.append(_skip(entry, "; ".join(exc.missing).capitalize()))
                    continue
                letters.append(letter)
                kept.append(entry)
            if not letters:
                done += len(chunk)
                continue
            path = work / f"part-{len(parts):05d}.pdf"
            parts.append(path)
            entries[path] = (kept, len(chunk))
            names = tuple(singles / _single_name(e) for e in kept)
            order = PartOrder(tuple(letters), path, names if per_account_dir else None)
            for part in printer.send(order):
                drawn(part)
        if stop():
            return BatchResult(cancelled=True)
        for part in printer.finish():
            drawn(part)
        if parts:
            joiner.close()
    if stop() or not parts:
        if not parts:
            raise DomainError(
                translate("LetterBatch", "No account in this batch could be sent the letter.")
            )
        return BatchResult(cancelled=True)
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
            rows = (BatchLetter(**json.loads(line)) for line in source)
            for chunk in chunks(rows, RECORD_CHUNK):  # keep the session small on a big batch
                record_batch(
                    session, chunk, batch_id=batch_id, user_id=user_id, today=plan.today, at=moment
                )
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
