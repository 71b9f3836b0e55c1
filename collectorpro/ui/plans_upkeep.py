"""Plans and promises brought up to date in the background once the window is up.

There is no daemon: each start marks the installments missed and the plans and promises
broken since the last run (``services.plans.upkeep``). At a big office the first run of a day
looks at thousands of accounts, so it runs in the thread pool, in the service's short write
transactions, while the person already works; the status bar says how far it has got and
then what it changed, and the window refreshes the list and the account when something did.
Closing the window stops it after the chunk in hand (what was done stays done).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal

from collectorpro.models.db import Database
from collectorpro.services.plans import upkeep
from collectorpro.services.plans.upkeep import UpkeepReport
from collectorpro.ui.worker import Cancelled, Progress, Worker, run_job

__all__ = ["PlansUpkeep"]

log = logging.getLogger(__name__)

# how long closing the window waits for the chunk in hand to be written
CLOSE_WAIT_SECONDS = 10.0


class PlansUpkeep(QObject):
    finished = Signal()  # the run is over: done, failed or nothing to do

    def __init__(
        self,
        db: Database,
        *,
        today: Callable[[], date],
        show_message: Callable[[str, int], None],
        on_changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.show_message = show_message
        self.on_changed = on_changed
        self.worker: Worker[UpkeepReport] | None = None
        self.report: UpkeepReport | None = None
        self.done = False
        self._looked_at = 0

    @property
    def running(self) -> bool:
        return self.worker is not None and not self.done

    def start(self) -> None:
        if self.worker is not None or self.done:  # running, run, or the window closed first
            return
        db, today = self.db, self.today()

        def job(progress: Progress, cancelled: Cancelled) -> UpkeepReport:
            return upkeep.bring_up_to_date(db, today=today, progress=progress, cancelled=cancelled)

        self.worker = run_job(
            job, on_result=self._finished, on_failed=self._failed, on_progress=self._progress
        )

    def stop(self) -> None:
        """The window is closing: stop after the chunk in hand and drop what comes back."""
        worker = self.worker
        if worker is None or self.done:
            self.done = True
            return
        self.done = True
        for signal in (worker.signals.progress, worker.signals.finished, worker.signals.failed):
            signal.disconnect()
        worker.cancel()
        if not worker.wait(CLOSE_WAIT_SECONDS):
            log.warning("plans upkeep still writing when the window closed")

    def _progress(self, done: int, total: int) -> None:
        if not total or self.done:
            return
        self._looked_at = total
        self.show_message(
            QCoreApplication.translate(
                "MainWindow", "Bringing plans and promises up to date… {done} of {total}"
            ).format(done=f"{done:,}", total=f"{total:,}"),
            0,
        )

    def _finished(self, report: UpkeepReport) -> None:
        self.report = report
        changed = any(vars(report).values())
        if changed or self._looked_at:
            self.show_message(
                QCoreApplication.translate(
                    "MainWindow", "Plans and promises brought up to date: {what}"
                ).format(what=report.describe()),
                15_000,
            )
        self.done = True
        if changed:
            self.on_changed()
        self.finished.emit()

    def _failed(self, message: str) -> None:
        log.warning("plans upkeep failed: %s", message)
        self.show_message(message, 15_000)
        self.done = True
        self.finished.emit()
