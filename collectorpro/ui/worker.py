"""Long work off the window's thread: a QRunnable with progress, Cancel and a typed result.

The service function gets ``progress(done, total)`` and ``cancelled()`` callbacks and knows
nothing about Qt; the signals arrive on the window's thread, so slots may touch widgets.
``run_job`` is generic in the job's result: its ``on_result`` takes exactly what the job
returns, so a slot needs no cast and a type checker sees a mismatch. ``BackgroundCalls`` is
for a view that asks again and again (a list as the search changes, a document after each
payment): it holds its workers until they end, drops an answer once its owner is gone, and
can let the newest request win over an older one that finishes late.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar
from shiboken6 import isValid

from collectorpro.core.errors import DomainError, StorageError

__all__ = [
    "BackgroundCalls",
    "Cancelled",
    "Job",
    "Progress",
    "Worker",
    "busy_bar",
    "run_call",
    "run_job",
    "start",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], T]


class _Signals(QObject):
    progress = Signal(int, int)
    # Qt carries the result as a Python object; Worker[T] is where its type is kept
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable, Generic[T]):
    """Runs ``job(progress, cancelled)`` in the thread pool; its result is a ``T``."""

    def __init__(self, job: Job[T]) -> None:
        super().__init__()
        self.job = job
        self.signals = _Signals()
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.setAutoDelete(False)  # the dialog holds it until the result has arrived

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def ended(self) -> bool:
        """The job has returned or failed (its signal may still be on its way)."""
        return self._ended.is_set()

    def wait(self, seconds: float) -> bool:
        """Block until the job has returned (True) or ``seconds`` have passed (False)."""
        return self._ended.wait(seconds)

    def on_result(self, slot: Callable[[T], object]) -> None:
        self.signals.finished.connect(slot)

    def on_failed(self, slot: Callable[[str], object]) -> None:
        self.signals.failed.connect(slot)

    def on_progress(self, slot: Callable[[int, int], object]) -> None:
        self.signals.progress.connect(slot)

    def run(self) -> None:
        try:
            self._run_job()
        finally:
            # only after the last signal has gone: a window that waits for this may then close
            self._ended.set()

    def _run_job(self) -> None:
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


def start(worker: Worker[T]) -> Worker[T]:
    QThreadPool.globalInstance().start(worker)
    return worker


def run_job(
    job: Job[T],
    *,
    on_result: Callable[[T], object],
    on_failed: Callable[[str], object],
    progress_bar: QProgressBar | None = None,
    on_progress: Callable[[int, int], object] | None = None,
) -> Worker[T]:
    """Start ``job`` in the pool; its result, failure and progress come back on this thread."""
    worker = Worker(job)
    if progress_bar is not None:
        bar = progress_bar

        def show(done: int, total: int) -> None:
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

        worker.on_progress(show)
    if on_progress is not None:
        worker.on_progress(on_progress)
    worker.on_result(on_result)
    worker.on_failed(on_failed)
    return start(worker)


def run_call(
    call: Callable[[], T],
    *,
    on_result: Callable[[T], object],
    on_failed: Callable[[str], object],
) -> Worker[T]:
    """``run_job`` for a call that reports no progress and cannot be stopped half-way."""
    return run_job(lambda _progress, _cancelled: call(), on_result=on_result, on_failed=on_failed)


class BackgroundCalls(QObject):
    """The calls one part of the window runs in the pool, and which of their answers it takes.

    A result or failure reaches its slot on the window's thread only while this object lives
    (a window closed meanwhile drops it) and, with ``newest_only``, only if no later call was
    started since: a newer request wins over an older one that finishes late. Each worker is
    held until its job has returned, whether or not its answer is still wanted. ``busyChanged``
    says when the owner starts waiting and when it has nothing more to wait for.

    ``after_repaint`` starts each call only once the window has repainted what changed before
    it was asked for. A job that runs Python (drawing a PDF) shares the interpreter's lock with
    the window, whose painting asks Python for every cell it draws and would wait for the lock
    at each one. Qt posts its repaints at low priority; an event of the same priority posted
    after them is delivered after them.
    """

    busyChanged = Signal(bool)
    _START = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject, *, newest_only: bool, after_repaint: bool = False) -> None:
        super().__init__(parent)
        self.newest_only = newest_only
        self.after_repaint = after_repaint
        self._serial = 0
        self._awaited: set[int] = set()  # the calls whose answers are still wanted
        self._workers: list[Worker[Any]] = []
        self._to_start: list[Worker[Any]] = []

    @property
    def busy(self) -> bool:
        return bool(self._awaited)

    def run(
        self,
        call: Callable[[], T],
        *,
        on_result: Callable[[T], object],
        on_failed: Callable[[str], object],
    ) -> Worker[T]:
        was_busy = self.busy
        if self.newest_only:
            self._awaited.clear()
        self._serial += 1
        serial = self._serial
        self._awaited.add(serial)

        def result(value: T) -> None:
            if self._take(serial):
                on_result(value)

        def failed(message: str) -> None:
            if self._take(serial):
                on_failed(message)

        worker: Worker[T] = Worker(lambda _progress, _cancelled: call())
        worker.on_result(result)
        worker.on_failed(failed)
        self._workers = [w for w in self._workers if not w.ended]
        self._workers.append(worker)
        if self.after_repaint:
            self._to_start.append(worker)
            QCoreApplication.postEvent(
                self, QEvent(self._START), Qt.EventPriority.LowEventPriority.value
            )
        else:
            start(worker)
        if not was_busy:
            self.busyChanged.emit(True)
        return worker

    def event(self, event: QEvent) -> bool:
        if event.type() == self._START and self._to_start:
            start(self._to_start.pop(0))
            return True
        return super().event(event)

    def forget(self) -> None:
        """Want none of the answers on their way (a newer one is already in hand)."""
        if self._awaited:
            self._awaited.clear()
            self.busyChanged.emit(False)

    def _take(self, serial: int) -> bool:
        if not isValid(self) or serial not in self._awaited:
            return False
        self._awaited.discard(serial)
        if not self._awaited:
            self.busyChanged.emit(False)
        return True


def busy_bar() -> QProgressBar:
    """A thin, hidden "working…" bar for views that reload in the background."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumHeight(6)
    bar.setTextVisible(False)
    bar.hide()
    return bar
