"""Run every benchmark and write the README's performance table from the figures just measured.

    python benchmarks/run_all.py              # everything; rewrites the table in README.md
    python benchmarks/run_all.py --only aging # one benchmark; prints, leaves the README alone

The 200,000- and 1,000,000-account demo offices are built once and cached under
benchmarks/.cache (the million takes a quarter of an hour the first time).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OFFICE, ROOT, ROWS_FILE, Row, markdown_table, write_into_readme

HERE = Path(__file__).resolve().parent

# (benchmark module, its arguments, the office its figures belong to)
RUNS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "bench_startup",
        ("--accounts", "1000", "--accounts", "200000", "--accounts", "1000000"),
        "the size in the row",
    ),
    ("bench_account_list", ("--accounts", "200000"), "200,000 accounts"),
    ("bench_account_list", ("--accounts", "1000000", "--all-sorts"), "1,000,000 accounts"),
    ("bench_worklist", ("--accounts", "200000"), "200,000 accounts"),
    ("bench_worklist", ("--accounts", "1000000"), "1,000,000 accounts"),
    ("bench_upkeep", ("--accounts", "200000"), "200,000 accounts"),
    ("bench_upkeep", ("--accounts", "1000000"), "1,000,000 accounts"),
    ("bench_gui_stall", ("--accounts", "1000000"), "1,000,000 accounts"),
    ("bench_letters", (), "200,000 accounts"),
    ("bench_aging", (), "1,000,000 accounts, 5,000,000 entries"),
    ("bench_import", (), "100,000-row file"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the benchmarks whose module name has this")
    args = parser.parse_args()
    runs = [r for r in RUNS if args.only is None or args.only in r[0]]
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for module, argv, office in runs:
            print(f"\n== {module} {' '.join(argv)}", flush=True)
            # each in a process of its own: no figure inherits another's memory or caches
            recorded = Path(folder) / f"{len(rows)}-{module}.jsonl"
            env = dict(os.environ, **{ROWS_FILE: str(recorded), OFFICE: office})
            subprocess.run(
                [sys.executable, "-u", str(HERE / f"{module}.py"), *argv], env=env, check=True
            )
            if recorded.exists():
                lines = recorded.read_text(encoding="utf-8").splitlines()
                rows.extend(Row(**json.loads(line)) for line in lines)
    table = markdown_table(rows, when=date.today(), cores=os.cpu_count())
    print(f"\n{table}")
    if args.only is None:
        write_into_readme(ROOT / "README.md", table)
        print(f"README.md's performance table rewritten ({time.perf_counter() - started:.0f} s).")


if __name__ == "__main__":
    main()
