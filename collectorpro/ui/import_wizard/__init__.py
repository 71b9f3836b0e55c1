"""The import wizard: a billing system's or bank's file, its columns, the check, the import.

Reading, parsing, checking and writing are the importing services'; the pages only show what
the file holds and collect what the clerk decides. The check and the import run in the thread
pool with a progress bar and Cancel, and the import is all or nothing: a cancelled or failed
import leaves the office's data as it was.

One module per page (``file_page``, ``mapping_page``, ``check_page``, ``finish_page``,
``result_page``), what they share in ``common``, and ``ImportWizard``, which ties them
together, in ``wizard``; the main window opens ``ImportWizard`` from here.
"""

from collectorpro.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
