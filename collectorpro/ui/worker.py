"""Long work off the window's thread: a QRunnable with progress, Cancel and a result.

The service function gets ``progress(done, total)`` and ``cancelled()`` callbacks and knows
nothing about Qt; the signals arrive on the window's thread, so slots may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from collectorpro.errors import StorageError
from collectorpro.services.errors import DomainError

__all__ = ["Worker", "start"]

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs ``job(progress, cancelled)`` in the thread pool."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the dialog holds it until the result has arrived

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self._cancel.is_set)
        except (DomainError, StorageError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: log it, tell the person, keep the window alive
            log.exception("background work failed")
            self.signals.failed.emit(
                f"Something went wrong and the work stopped ({type(exc).__name__}). "
                "Nothing was recorded; the details are in the log file."
            )
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
