"""Batch letters on the 200,000-account demo office: the dry run, and a 10,000-letter batch.

Dry run: ``plan_batch`` judges every account the validation-notice rule picks (over 100,000)
— its letter filled in, the contact guard's letter decision, the reason it is skipped — against
the same facts read straight from sqlite3 in the same chunks and not judged at all.

Batch: ``run_batch`` — every letter laid out (window blocks, paragraphs, per-letter page
numbers) in parts drawn on every core, joined on disk into one PDF, the mailing log, and the
history and archive rows committed — against ReportLab drawing the same titles and body text
line by line with ``canvas.drawString`` into one file on one core, nothing recorded. Peak
memory is measured in separate processes for 1,000 and 10,000 letters (this process and, apart,
the largest drawing process, sampled while the batch runs): it must not grow with the batch.

Each run works on its own copy of the cached demo office, in the temporary folder.

Run: .venv/bin/python benchmarks/bench_letters.py [--letters 10000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from common import demo_database, record, report

from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts
from collectorpro.documents.letter import body_blocks
from collectorpro.services.letters.batch import plan_batch, run_batch
from collectorpro.services.letters.facts import chunks, read_facts
from collectorpro.services.letters.fill import fill_letter, letter_setup
from collectorpro.services.letters.rules import DEFAULT_RULES, accounts_for_rule
from collectorpro.services.office.database import open_database

DEMO_ACCOUNTS = 200_000
TODAY = date(2026, 12, 8)


def _office(tmp: Path) -> Path:
    """A private copy of the demo office (the batch writes history into it)."""
    target = tmp / "office.sqlite3"
    shutil.copy(demo_database(DEMO_ACCOUNTS), target)
    return target


def _letters_plan(db, count: int):  # type: ignore[no-untyped-def]
    rule = next(r for r in DEFAULT_RULES if r.template == "reminder_1")
    ids = accounts_for_rule(db, rule, today=TODAY)
    plan = plan_batch(db, "reminder_1", ids[: count * 11 // 10], today=TODAY, selection="bench")
    included = plan.included[:count]
    if len(included) < count:
        raise SystemExit(f"only {len(included)} accounts can get a letter; use a bigger demo")
    return replace(plan, entries=included)


def _bare_canvas(letters, out: Path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(str(out), pagesize=LETTER, invariant=1)
    width, height = LETTER
    for letter in letters:
        y = height - 72
        canvas.setFont(BOLD, 10.5)
        canvas.drawString(40, y, letter.letterhead.name)
        for line in (letter.recipient_name, *letter.recipient_lines):
            y -= 13
            canvas.drawString(72, y, line)
        y = height - 250
        canvas.setFont(BOLD, 16)
        canvas.drawString(61, y, letter.title)
        canvas.setFont(REGULAR, 10)
        for _kind, text in body_blocks(letter.body):
            for line in simpleSplit(text.replace("**", ""), REGULAR, 10, width - 122):
                y -= 14
                if y < 72:
                    canvas.showPage()
                    canvas.setFont(REGULAR, 10)
                    y = height - 72
                canvas.drawString(61, y, line)
            y -= 8
        canvas.showPage()
    canvas.save()


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the drawing processes): on a
    machine shared with other work the wall time says more about the others than about us."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _rss_mb(pid: int) -> float:
    """A process's resident memory now (Linux), 0 when it is gone."""
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class _MemoryWatch(threading.Thread):
    """The most memory this process, and apart the largest of its drawing processes, held
    while the batch ran (sampled every 20 ms: ru_maxrss would also count what the office's
    migration or the plan held before, and a worker's moment between fork and exec)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.done = threading.Event()
        self.own = self.workers = 0.0

    def run(self) -> None:
        me = os.getpid()
        while not self.done.wait(0.02):
            self.own = max(self.own, _rss_mb(me))
            for child in multiprocessing.active_children():
                if child.pid is not None:
                    self.workers = max(self.workers, _rss_mb(child.pid))


def batch_child(count: int) -> None:
    """One measured batch in a fresh process; prints JSON with the figures."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = open_database(_office(tmp))
        plan = _letters_plan(db, count)
        rss_before = _rss_mb(os.getpid())
        watch = _MemoryWatch()
        watch.start()
        cpu = _cpu_seconds()
        started = time.perf_counter()
        result = run_batch(db, plan, tmp / "batch.pdf", user_id=None, log_path=tmp / "log.csv")
        ours = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu
        watch.done.set()
        watch.join()
        peak, workers_peak = watch.own, watch.workers
        size = (tmp / "batch.pdf").stat().st_size
        # the baseline afterwards, so its letters in memory do not count in our peak
        with db.read() as session:
            setup = letter_setup(session)
            ids = [e.account_id for e in plan.included]
            letters = []
            for chunk in chunks(ids, 1000):
                facts = read_facts(session, chunk)
                letters += [fill_letter(facts[i], setup, "reminder_1", today=TODAY) for i in chunk]
        started = time.perf_counter()
        _bare_canvas(letters, tmp / "bare.pdf")
        bare = time.perf_counter() - started
        db.dispose()
    print(
        json.dumps(
            {
                "letters": result.letters,
                "pages": result.pages,
                "ours": ours,
                "bare": bare,
                "cpu": cpu,
                "peak_mb": peak,
                "workers_peak_mb": workers_peak,
                "before_mb": rss_before,
                "file_mb": size / 1e6,
            }
        )
    )


def _raw_facts(path: Path, ids: list[int]) -> None:
    """The dry run's facts straight from sqlite3, in the same chunks, judged not at all."""
    con = sqlite3.connect(path)
    for chunk in chunks(ids, 1000):
        marks = ",".join("?" * len(chunk))
        rows = con.execute(
            "SELECT a.id, a.account_number, a.debtor_id, a.service_type, a.status, "
            "a.balance_cents, a.itemization_date, a.first_delinquency_date, a.last_payment_date, "
            "a.cease_communication, a.attorney_represented, a.bankruptcy, a.deceased, "
            "d.first_name, d.middle_name, d.last_name, d.suffix, d.preferred_language, c.name "
            "FROM accounts a JOIN debtors d ON d.id = a.debtor_id "
            f"JOIN creditors c ON c.id = a.creditor_id WHERE a.id IN ({marks})",
            chunk,
        ).fetchall()
        debtors = [row[2] for row in rows]
        con.execute(
            "SELECT debtor_id, line1, line2, city, state, zip_code FROM addresses "
            f"WHERE debtor_id IN ({','.join('?' * len(debtors))}) AND valid_to IS NULL "
            "ORDER BY debtor_id, valid_from DESC, id DESC",
            debtors,
        ).fetchall()
        con.execute(
            "SELECT account_id, received_on, what FROM disputes "
            f"WHERE account_id IN ({marks}) AND status = 'open' ORDER BY account_id, id DESC",
            chunk,
        ).fetchall()
    con.close()


def dry_run_child() -> None:
    """The dry run over every account the validation-notice rule picks; prints JSON."""
    with tempfile.TemporaryDirectory() as folder:
        path = _office(Path(folder))
        db = open_database(path)
        rule = next(r for r in DEFAULT_RULES if r.template == "validation_notice")
        started = time.perf_counter()
        ids = accounts_for_rule(db, rule, today=TODAY)
        selected = time.perf_counter() - started
        plan_batch(db, rule.template, ids[:2000], today=TODAY, selection="warm-up")
        cpu = time.process_time()
        started = time.perf_counter()
        plan = plan_batch(db, rule.template, ids, today=TODAY, selection="bench")
        ours = time.perf_counter() - started
        cpu = time.process_time() - cpu
        started = time.perf_counter()
        _raw_facts(path, ids)
        raw = time.perf_counter() - started
        db.dispose()
    print(
        json.dumps(
            {
                "accounts": len(ids),
                "included": len(plan.included),
                "ours": ours,
                "cpu": cpu,
                "raw": raw,
                "selected": selected,
            }
        )
    )


def _run_child(*argv: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, *argv], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--child", type=int)
    parser.add_argument("--dry-run-child", action="store_true")
    args = parser.parse_args()
    if args.child:
        batch_child(args.child)
        return []
    if args.dry_run_child:
        dry_run_child()
        return []
    demo_database(DEMO_ACCOUNTS)
    lines = []
    print(f"Batch letters on the {DEMO_ACCOUNTS:,}-account demo office ({os.cpu_count()} cores)")
    dry = _run_child("--dry-run-child")
    rate, raw_rate = dry["accounts"] / dry["ours"], dry["accounts"] / dry["raw"]
    line = (
        f"dry run: {dry['accounts']:,.0f} accounts judged at {rate:,.0f} a second "
        f"({dry['included']:,.0f} to print; the rule picked them in {dry['selected']:.2f} s); "
        f"their facts straight from sqlite3 at {raw_rate:,.0f} a second; "
        f"CPU time {dry['cpu'] / dry['accounts'] * 1e6:.0f} µs an account "
        f"({dry['accounts'] / dry['cpu']:,.0f} a second of CPU)"
    )
    print(line)
    lines.append(line)
    record(
        "batch dry run, accounts judged a second",
        f"{rate:,.0f}/s",
        f"{raw_rate:,.0f}/s (the same facts straight from sqlite3, not judged)",
        f"{rate / raw_rate:.2f}×",
    )
    big = _run_child("--child", str(args.letters))
    small = _run_child("--child", str(max(args.letters // 10, 100)))
    lines.append(
        report(
            f"{big['letters']:,} letters ({big['pages']:,} pages)",
            big["ours"],
            big["bare"],
            unit="s",
            baseline_is="ReportLab drawString of the same text, one core, nothing recorded",
        )
    )
    rate, bare_rate = big["letters"] / big["ours"], big["letters"] / big["bare"]
    cores = os.cpu_count() or 1
    line = (
        f"letters per second: ours {rate:,.0f}, bare canvas {bare_rate:,.0f}; CPU time "
        f"{big['cpu'] / big['letters'] * 1e3:.1f} ms a letter, all processes "
        f"(at most {cores * big['letters'] / big['cpu']:,.0f} a second on {cores} idle cores)"
    )
    print(line)
    lines.append(line)
    line = (
        f"peak memory: {small['peak_mb']:.0f} MB at {small['letters']:,} letters, "
        f"{big['peak_mb']:.0f} MB at {big['letters']:,} letters "
        f"(before the batch: {small['before_mb']:.0f} / {big['before_mb']:.0f} MB; "
        f"largest drawing process {small['workers_peak_mb']:.0f} / "
        f"{big['workers_peak_mb']:.0f} MB); batch file {big['file_mb']:.1f} MB"
    )
    print(line)
    lines.append(line)
    record(
        f"batch peak memory, {small['letters']:,} → {big['letters']:,} letters",
        f"{small['peak_mb']:.0f} → {big['peak_mb']:.0f} MB",
        f"drawing processes {small['workers_peak_mb']:.0f} → {big['workers_peak_mb']:.0f} MB",
        f"{big['peak_mb'] / small['peak_mb']:.2f}×",
    )
    return lines


if __name__ == "__main__":
    main()
