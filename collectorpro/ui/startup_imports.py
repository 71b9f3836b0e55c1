"""What the first window needs from below Qt, imported before PySide6 is.

Once PySide6 is loaded it looks at the source of every module imported after it (for its
``__feature__`` switches), which at start-up costs a few hundred milliseconds over the
database layer and the services the first window uses. ``collectorpro`` (cli.main) imports
this module before it imports the window, so those load at plain Python speed. Nothing here
may import Qt; a test checks that.
"""

from __future__ import annotations

from collectorpro.services.accounts import contact_points, listing
from collectorpro.services.compliance import guard
from collectorpro.services.desk import account_pane
from collectorpro.services.office import database, users
from collectorpro.services.plans import upkeep

__all__ = ["PRELOADED"]

PRELOADED = (account_pane, contact_points, database, guard, listing, upkeep, users)
