"""Shared helpers for benchmarks: building demo databases once, timing, printing."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def demo_database(accounts: int, seed: int = 1) -> Path:
    """A demo office of this size, built once and reused by later runs."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{accounts}-{seed}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "collectorpro",
                "demo",
                "--db",
                str(path),
                "--accounts",
                str(accounts),
                "--seed",
                str(seed),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def best_of(fn: Callable[[], object], *, repeat: int = 7) -> float:
    """Median wall time of ``fn`` in seconds after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(name: str, ours: float, baseline: float, unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    line = (
        f"{name:<46} ours {ours * scale:9.2f} {unit}   baseline {baseline * scale:9.2f} {unit}"
        f"   ratio {ours / baseline:6.2f}x"
    )
    print(line)
    return line
