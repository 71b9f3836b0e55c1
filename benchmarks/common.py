"""Shared helpers for benchmarks: building demo databases once, timing, printing."""

from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def demo_database(accounts: int, seed: int = 1) -> Path:
    """A demo office of this size, built once and reused by later runs.

    It is built under another name and renamed when whole, and a lock file makes a second
    benchmark asking for the same office wait for the first instead of building it again.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{accounts}-{seed}.sqlite3"
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            partial = path.with_suffix(".partial")
            for leftover in CACHE.glob(partial.name + "*"):
                leftover.unlink()
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "collectorpro",
                    "demo",
                    "--db",
                    str(partial),
                    "--accounts",
                    str(accounts),
                    "--seed",
                    str(seed),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            os.replace(partial, path)
            print(f"  built {path.name} in {time.perf_counter() - started:.1f} s")
        _bring_to_current_schema(path)
    return path


def _bring_to_current_schema(path: Path) -> None:
    """Apply migrations added since the office was cached, once, here: otherwise every copy
    a benchmark opens would be migrated (and backed up) again inside what it measures."""
    from collectorpro.services.office.database import open_database

    with tempfile.TemporaryDirectory(dir=CACHE) as backups:
        open_database(path, backup_dir=Path(backups)).dispose()


def best_of(fn: Callable[[], object], *, repeat: int = 7) -> float:
    """Median wall time of ``fn`` in seconds after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@dataclass(frozen=True)
class Row:
    """One line of the README's performance table."""

    office: str  # the office it was measured on ("200,000 accounts"), or "" when none
    what: str
    ours: str
    baseline: str
    ratio: str


# every figure measured in this process, in order; ``run_all`` writes them into the README
ROWS: list[Row] = []
# run_all runs each benchmark in a process of its own (so that no memory figure inherits the
# high-water mark of another's work) and reads the rows it records from this file
ROWS_FILE = "COLLECTORPRO_BENCHMARK_ROWS"
OFFICE = "COLLECTORPRO_BENCHMARK_OFFICE"


def record(what: str, ours: str, baseline: str, ratio: str) -> Row:
    """A figure for the README's table, already written out (rates, memory, counts)."""
    office = os.environ.get(OFFICE, "")  # set by run_all: the office the figures belong to
    row = Row(office, what, ours, baseline, ratio)
    ROWS.append(row)
    target = os.environ.get(ROWS_FILE)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(dataclasses.asdict(row)) + "\n")
    return row


def _amount(value: float, unit: str) -> str:
    if unit == "ms":
        value *= 1000
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:,.{digits}f} {unit}"


def report(
    name: str, ours: float, baseline: float, unit: str = "ms", *, baseline_is: str = ""
) -> str:
    """Print one timed figure against its raw baseline and record it for the README.

    ``baseline_is`` says what the baseline is ("the same page straight from sqlite3").
    """
    scale = 1000 if unit == "ms" else 1
    line = (
        f"{name:<46} ours {ours * scale:9.2f} {unit}   baseline {baseline * scale:9.2f} {unit}"
        f"   ratio {ours / baseline:6.2f}x"
    )
    print(line)
    base = _amount(baseline, unit) + (f" ({baseline_is})" if baseline_is else "")
    record(name, _amount(ours, unit), base, f"{ours / baseline:.2f}×")
    return line


def markdown_table(rows: list[Row], *, when: date, cores: int | None) -> str:
    """The README's performance table, from figures just measured."""
    lines = [
        f"Measured by `make benchmark` on {when:%-d %B %Y}, on a machine with "
        f"{cores or 'an unknown number of'} cores; each ratio is against a raw baseline "
        "measured in the same run.",
        "",
        "| office | what | CollectorPro | raw baseline | ratio |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        cells = (row.office or "—", row.what, row.ours, row.baseline, row.ratio)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


BEGIN = "<!-- benchmark figures: written by `make benchmark`, do not edit by hand -->"
END = "<!-- end of benchmark figures -->"


def write_into_readme(readme: Path, table: str) -> None:
    """Replace the figures between the README's markers with ``table``."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme.name} has no benchmark markers ({BEGIN!r} … {END!r})")
    text = text[: start + len(BEGIN)] + "\n" + table + text[end:]
    readme.write_text(text, encoding="utf-8")
