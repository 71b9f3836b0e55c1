"""What the first window needs from below Qt, imported before PySide6 is.

Once PySide6 is loaded it looks at the source of every module imported after it (for its
``__feature__`` switches), which at start-up costs a few hundred milliseconds over the
database layer and the services the first window uses. ``collectorpro`` (cli.main) imports
this module before it imports the window, so those load at plain Python speed. Nothing here
may import Qt; a test checks that.
"""

from __future__ import annotations

from collectorpro.core import report_model
from collectorpro.services.accounts import contact_points, listing
from collectorpro.services.compliance import guard
from collectorpro.services.contacts import log, promises
from collectorpro.services.desk import account_pane
from collectorpro.services.money import paperwork, payments
from collectorpro.services.office import database, users
from collectorpro.services.plans import arrangements, upkeep
from collectorpro.services.worklist import today

__all__ = ["PRELOADED"]

# the window's action groups import the contacts, money and plans services, the dashboard
# the report model and the worklist tab today's worklist: all of them when the window opens
PRELOADED = (
    account_pane,
    arrangements,
    contact_points,
    database,
    guard,
    listing,
    log,
    paperwork,
    payments,
    promises,
    report_model,
    today,
    upkeep,
    users,
)
