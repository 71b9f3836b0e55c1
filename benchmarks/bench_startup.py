"""Process start to main window shown (first page loaded) vs. a bare PySide6 window, at 1,000,
200,000 and 1,000,000 accounts, and peak memory with the big office vs. 1,000.

The baseline is a bare QMainWindow holding an empty QTableView, measured in the same run.
Every child process runs from compiled bytecode (a cache under benchmarks/.cache, warmed
first), as an installed copy of CollectorPro does, so neither side pays for compiling.
Each office is copied to a temporary folder first: the window's upkeep writes to it.
Aim: at most 2x the baseline at every size.

Run: .venv/bin/python benchmarks/bench_startup.py [--accounts N]... [--runs 5]
(``--accounts`` may be given more than once; without it, all three sizes.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CACHE, demo_database, report

PROBE = Path(__file__).with_name("startup_probe.py")
BYTECODE = CACHE / "pycache"


def ready(path: Path) -> bool:
    """A cached office that is complete (not still being built by another process)."""
    companions = (".tmp", "-wal", "-journal")
    return path.exists() and not any(Path(f"{path}{c}").exists() for c in companions)


def office(accounts: int) -> Path | None:
    cached = CACHE / f"demo-{accounts}-1.sqlite3"
    if accounts <= 200_000 and not cached.exists():
        return demo_database(accounts)
    return cached if ready(cached) else None


def probe(*args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_LAUNCHED_AT=repr(time.time()))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    out = subprocess.run(
        [sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def median_probe(runs: int, *args: str) -> dict[str, float]:
    results = [probe(*args) for _ in range(runs)]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, action="append")
    parser.add_argument("--runs", type=int, default=5)
    args, _rest = parser.parse_known_args()
    sizes = args.accounts or [1_000, 200_000, 1_000_000]
    print(f"Start-up and memory ({args.runs} runs each, median)")
    lines = []
    with tempfile.TemporaryDirectory(prefix="startup-") as folder:
        copies: dict[int, Path] = {}
        for accounts in sorted({1_000, *sizes}):
            source = office(accounts)
            if source is None:
                line = f"{f'start to window ({accounts:,})':<46} office not built yet; skipped"
                print(line)
                lines.append(line)
                continue
            copies[accounts] = Path(folder) / f"office-{accounts}.sqlite3"
            shutil.copyfile(source, copies[accounts])
        probe("--mode", "bare")  # warm the bytecode cache and the disk
        for path in copies.values():
            probe("--mode", "app", "--db", str(path), "--finish-upkeep")  # today's upkeep
        bare = median_probe(args.runs, "--mode", "bare")
        for accounts, path in copies.items():
            if accounts not in sizes:
                continue  # only for the memory comparison
            app = median_probe(args.runs, "--mode", "app", "--db", str(path))
            lines.append(
                report(
                    f"start to window with first page ({accounts:,})",
                    app["seconds"],
                    bare["seconds"],
                    unit="s",
                )
            )
        if len(copies) >= 2:
            small, big = 1_000, max(copies)
            mem_big = median_probe(3, "--mode", "app", "--db", str(copies[big]), "--scroll", "20")
            mem_small = median_probe(
                3, "--mode", "app", "--db", str(copies[small]), "--scroll", "20"
            )
            big_mb, small_mb = mem_big["peak_mb"], mem_small["peak_mb"]
            line = (
                f"{'peak memory, 20 pages scrolled':<46} {big:,}: {big_mb:.0f} MB"
                f"   {small:,}: {small_mb:.0f} MB   ratio {big_mb / small_mb:.2f}x"
            )
            print(line)
            lines.append(line)
    return lines


if __name__ == "__main__":
    main()
