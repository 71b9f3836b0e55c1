"""python -m collectorpro"""

import sys

from collectorpro.cli import main

sys.exit(main())
