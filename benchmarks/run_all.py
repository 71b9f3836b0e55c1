"""Run every benchmark and print the figures for the README."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_account_list
import bench_aging
import bench_import
import bench_letters
import bench_startup

if __name__ == "__main__":
    sys.argv = sys.argv[:1]
    bench_account_list.main()
    bench_startup.main()
    bench_letters.main()
    bench_aging.main()
    bench_import.main()
