"""What the import wizard's pages use of the wizard that holds them.

The pages share the file read, the profile chosen, the check and the import's result through
the wizard; they name it by this protocol rather than by its class, so the wizard may build
its pages without the pages knowing the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QWizard

from collectorpro.models.db import Database
from collectorpro.services.importing.mapping import ImportKind, ImportProfile
from collectorpro.services.importing.run import ImportPreview, ImportSummary
from collectorpro.services.importing.sources import SourceInfo

__all__ = ["ColumnChoice", "WizardHost"]


class ColumnChoice(Protocol):
    """The mapping page as the later pages read it: which column feeds which field."""

    def columns(self) -> dict[int, str]: ...

    def order(self) -> str: ...


class WizardHost(Protocol):
    db: Database
    user_id: int
    today: date
    settings: QSettings | None
    on_done: Callable[[], None] | None
    info: SourceInfo | None
    profile: ImportProfile | None
    preview: ImportPreview | None
    summary: ImportSummary | None
    saved_profile: str
    profile_error: str

    @property
    def kind(self) -> ImportKind: ...

    @property
    def mapping_page(self) -> ColumnChoice: ...

    def ask_file(self) -> Path | None: ...

    def button(self, which: QWizard.WizardButton) -> QAbstractButton: ...

    def next(self) -> None: ...

    def work_stopped(self) -> None: ...
