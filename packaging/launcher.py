"""The frozen app's entry point: the same as the `collectorpro` command."""

import sys

from collectorpro.cli import main

if __name__ == "__main__":
    sys.exit(main())
