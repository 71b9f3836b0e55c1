"""Long work off the window's thread: a QRunnable with progress, Cancel and a result.

The service function gets ``progress(done, total)`` and ``cancelled()`` callbacks and knows
nothing about Qt; the signals arrive on the window's thread, so slots may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar

from collectorpro.core.errors import DomainError, StorageError

__all__ = ["Worker", "busy_bar", "run_job", "start"]

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
                QCoreApplication.translate(
                    "Worker",
                    "Something went wrong and the work stopped ({error}). "
                    "Nothing was recorded; the details are in the log file.",
                ).format(error=type(exc).__name__)
            )
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker


def run_job(
    job: Job,
    *,
    on_result: Callable[[Any], None],
    on_failed: Callable[[str], None],
    progress_bar: QProgressBar | None = None,
) -> Worker:
    """Start ``job`` in the pool; its result, failure and progress come back on this thread."""
    worker = Worker(job)
    if progress_bar is not None:
        bar = progress_bar

        def show(done: int, total: int) -> None:
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

        worker.signals.progress.connect(show)
    worker.signals.finished.connect(on_result)
    worker.signals.failed.connect(on_failed)
    return start(worker)


def busy_bar() -> QProgressBar:
    """A thin, hidden "working…" bar for views that reload in the background."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumHeight(6)
    bar.setTextVisible(False)
    bar.hide()
    return bar
