"""What the import wizard's pages share.

The message styles, the size of the file's preview, counts and plurals in the clerk's
locale, the tab order, and ``WorkPanel``: the progress bar and Cancel under which the
check and the import run in the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any, TypeVar

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from collectorpro.ui import formatting
from collectorpro.ui.worker import Job, Worker, start

T = TypeVar("T")  # what the job in the pool gives back

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #9a5b00;"
ERROR_COLOR = QColor("#b3261e")
PREVIEW_ROWS = 10

# workers given up on (Back during the check) stay referenced until the pool is done with them
_ABANDONED: set[Worker] = set()


def count_text(n: int) -> str:
    return format_decimal(n, locale=formatting.LOCALE)


def plural_text(n: int, one: str, many: str, **values: str) -> str:
    """``one`` ("1 row") or ``many`` ("{n} rows"), with the count and the values filled in."""
    return (one if n == 1 else many).format(n=count_text(n), **values)


def tab_chain(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def message_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WorkPanel(QWidget):
    """A progress bar and a Cancel button for one job in the thread pool at a time."""

    def __init__(self, cancel_text: str, name: str, on_busy: Callable[[], None]) -> None:
        super().__init__()
        self.on_busy = on_busy
        self.worker: Worker | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Progress")
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def run(
        self, job: Job[T], on_result: Callable[[T], None], on_failed: Callable[[str], None]
    ) -> None:
        worker = Worker(job)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(lambda result: self._done(worker, on_result, result))
        worker.signals.failed.connect(lambda message: self._done(worker, on_failed, message))
        self.worker = worker
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.show()
        self.on_busy()
        start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def abandon(self) -> None:
        """Cancel and forget the running job: its result, if any, is dropped."""
        worker = self.worker
        if worker is None:
            return
        worker.cancel()
        for signal in (worker.signals.progress, worker.signals.finished, worker.signals.failed):
            signal.disconnect()
        _ABANDONED.add(worker)
        worker.signals.finished.connect(lambda _r: _ABANDONED.discard(worker))
        worker.signals.failed.connect(lambda _m: _ABANDONED.discard(worker))
        self.worker = None
        self.hide()
        self.on_busy()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _done(self, worker: Worker, callback: Callable[[Any], None], value: object) -> None:
        if worker is not self.worker:
            return
        self.worker = None
        self.hide()
        callback(value)
        self.on_busy()
