"""The frozen app's entry point: the same as the `collectorpro` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First, before anything else runs: batch printing draws its parts in a pool of spawned
    # processes, and in the PyInstaller bundle each of those processes starts this same
    # executable. freeze_support() recognises such a start, runs the pool's work and exits
    # there, instead of opening a second CollectorPro window. PyInstaller's multiprocessing
    # runtime hook makes this work on Linux and macOS as on Windows (the pool spawns on all
    # three). The CLI is imported after it, so a drawing process does not load it first.
    multiprocessing.freeze_support()

    from collectorpro.cli import main

    sys.exit(main())
