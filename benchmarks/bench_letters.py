"""A batch of 10,000 letters vs. ReportLab drawing the same text on a bare canvas.

Ours: ``run_batch`` — every letter laid out (window blocks, paragraphs, per-letter page
numbers), parts joined on disk into one PDF, the mailing log, and the history and archive
rows committed. Baseline: the same titles and body text, wrapped and drawn line by line with
``canvas.drawString`` into one file, nothing recorded. Peak memory is measured in separate
processes for 1,000 and 10,000 letters: it must not grow with the batch.

Run: .venv/bin/python benchmarks/bench_letters.py [--letters 10000]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import demo_database, report

from collectorpro.documents.fonts import BOLD, REGULAR, register_fonts
from collectorpro.documents.letter import body_blocks
from collectorpro.services.letters.batch import plan_batch, run_batch
from collectorpro.services.letters.compose import prepare_letter
from collectorpro.services.office.database import open_database

DEMO_ACCOUNTS = 16_000


def _office(tmp: Path) -> Path:
    """A private copy of the demo office (the batch writes history into it)."""
    source = demo_database(DEMO_ACCOUNTS)
    target = tmp / "office.sqlite3"
    shutil.copy(source, target)
    return target


def _letters_plan(db, count: int, today: date):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from collectorpro.models import Account
    from collectorpro.models.enums import AccountStatus

    with db.read() as session:
        ids = list(
            session.scalars(
                select(Account.id)
                .where(
                    Account.status.in_([AccountStatus.ACTIVE, AccountStatus.NEW]),
                    Account.balance_cents > 0,
                )
                .order_by(Account.id)
            )
        )
    plan = plan_batch(db, "reminder_1", ids, today=today, selection="benchmark")
    included = plan.included[:count]
    if len(included) < count:
        raise SystemExit(f"only {len(included)} accounts can get a letter; use a bigger demo")
    from dataclasses import replace

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


def child(count: int) -> None:
    """One measured run in a fresh process; prints JSON with the figures."""
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = open_database(_office(tmp))
        plan = _letters_plan(db, count, today)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        result = run_batch(db, plan, tmp / "batch.pdf", user_id=None, log_path=tmp / "log.csv")
        ours = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # the baseline afterwards, so its letters in memory do not count in our peak
        with db.read() as session:
            letters = [
                prepare_letter(session, e.account_id, "reminder_1", today=today)
                for e in plan.included
            ]
        started = time.perf_counter()
        _bare_canvas(letters, tmp / "bare.pdf")
        bare = time.perf_counter() - started
        size = (tmp / "batch.pdf").stat().st_size
        db.dispose()
    print(
        json.dumps(
            {
                "letters": result.letters,
                "pages": result.pages,
                "ours": ours,
                "bare": bare,
                "peak_mb": peak / 1024,
                "before_mb": rss_before / 1024,
                "file_mb": size / 1e6,
            }
        )
    )


def _run_child(count: int) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(count)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return []
    demo_database(DEMO_ACCOUNTS)
    print(f"Batch letters: {args.letters:,} first reminders into one PDF")
    big = _run_child(args.letters)
    small = _run_child(max(args.letters // 10, 100))
    lines = [
        report(
            f"{big['letters']:,} letters ({big['pages']:,} pages)",
            big["ours"],
            big["bare"],
            unit="s",
        )
    ]
    rate, bare_rate = big["letters"] / big["ours"], big["letters"] / big["bare"]
    line = f"letters per second: ours {rate:,.0f}, bare canvas {bare_rate:,.0f}"
    print(line)
    lines.append(line)
    line = (
        f"peak memory: {small['peak_mb']:.0f} MB at {small['letters']:,} letters, "
        f"{big['peak_mb']:.0f} MB at {big['letters']:,} letters "
        f"(after preparing the plan: {small['before_mb']:.0f} / {big['before_mb']:.0f} MB); "
        f"batch file {big['file_mb']:.1f} MB"
    )
    print(line)
    lines.append(line)
    return lines


if __name__ == "__main__":
    main()
