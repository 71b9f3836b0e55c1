"""Process start to main window shown (first page loaded) vs. a bare PySide6 window, and
peak memory with 200,000 accounts vs. 1,000.

Run: .venv/bin/python benchmarks/bench_startup.py [--accounts 200000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import demo_database, report

PROBE = Path(__file__).with_name("startup_probe.py")


def probe(*args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_LAUNCHED_AT=repr(time.time()))
    out = subprocess.run(
        [sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def median_probe(runs: int, *args: str) -> dict[str, float]:
    results = [probe(*args) for _ in range(runs)]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def main() -> list[str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    big = demo_database(args.accounts)
    small = demo_database(1_000)
    print(f"Start-up and memory ({args.runs} runs each, median)")
    lines = []
    bare = median_probe(args.runs, "--mode", "bare")
    app = median_probe(args.runs, "--mode", "app", "--db", str(big))
    lines.append(
        report(
            f"start to window with first page ({args.accounts:,})",
            app["seconds"],
            bare["seconds"],
            unit="s",
        )
    )
    mem_big = median_probe(3, "--mode", "app", "--db", str(big), "--scroll", "20")
    mem_small = median_probe(3, "--mode", "app", "--db", str(small), "--scroll", "20")
    big_mb, small_mb = mem_big["peak_mb"], mem_small["peak_mb"]
    line = (
        f"{'peak memory, 20 pages scrolled':<46} {args.accounts:,}: {big_mb:.0f} MB"
        f"   1,000: {small_mb:.0f} MB   ratio {big_mb / small_mb:.2f}x"
    )
    print(line)
    lines.append(line)
    return lines


if __name__ == "__main__":
    main()
