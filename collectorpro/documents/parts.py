"""Drawing a batch's parts on every core: each part a PDF of letters, drawn from plain data.

A batch of 10,000 letters is drawn in parts of a hundred. ``PartPrinter`` hands the parts to a
pool of processes (``concurrent.futures.ProcessPoolExecutor`` with the "spawn" start method,
which works the same on Windows, macOS, Linux and in the PyInstaller bundle), keeps only a few
parts in flight so memory does not grow with the batch, and gives the results back in the
order the parts were sent. Each part is written straight to disk by the process that drew it.

With one core, or for a batch of one part, it draws in this process. Should the pool break (a
worker killed, or a bundle whose launcher does not call ``multiprocessing.freeze_support``), the
parts still owed are drawn here, so the batch finishes either way.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from collectorpro.documents.letter import LetterData, render_letter, render_letters

__all__ = ["Drawing", "DrawnPart", "PartOrder", "PartPrinter", "cores", "draw_part"]


@dataclass(frozen=True)
class PartOrder:
    """One part to draw: its letters, the file to write and, when each letter is also kept on
    its own, one file name per letter (the part's own folder of single letters)."""

    letters: tuple[LetterData, ...]
    path: Path
    singles: tuple[Path, ...] | None = None


@dataclass(frozen=True)
class Drawing:
    """What drawing a part gives back: small, so little crosses between the processes."""

    pages: tuple[int, ...]  # each letter's page count
    sha256: tuple[str, ...]  # each single letter's digest ("" when none is kept)
    payloads: tuple[str, ...]  # each letter's data as the archive keeps it (LetterData JSON)


@dataclass(frozen=True)
class DrawnPart:
    order: PartOrder
    drawing: Drawing


def draw_part(order: PartOrder) -> Drawing:
    """Draw one part (and its single letters); runs in a worker process or in this one."""
    pages = render_letters(order.letters, order.path)
    digests = [""] * len(order.letters)
    if order.singles is not None:
        for i, (letter, path) in enumerate(zip(order.letters, order.singles, strict=True)):
            data = _single(letter)
            digests[i] = hashlib.sha256(data).hexdigest()
            path.write_bytes(data)
    payloads = tuple(letter.to_json() for letter in order.letters)
    return Drawing(tuple(pages), tuple(digests), payloads)


def _single(letter: LetterData) -> bytes:
    out = io.BytesIO()
    render_letter(letter, out)
    return out.getvalue()


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class PartPrinter:
    """Draws parts in order, a bounded number at a time, on ``workers`` processes.

    ``send`` hands a part over and returns the parts finished meanwhile (oldest first, at most
    as many as keep the number in flight bounded); ``finish`` waits for the rest. Leaving the
    ``with`` block early (Cancel) drops the parts not started and waits for those being drawn.
    """

    def __init__(self, workers: int | None = None, parts: int | None = None) -> None:
        wanted = cores() if workers is None else workers
        if parts is not None:
            wanted = min(wanted, parts)
        self.workers = max(1, wanted)
        self.in_flight = 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[PartOrder, Future[Drawing] | None]] = deque()

    def __enter__(self) -> PartPrinter:
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()

    def send(self, order: PartOrder) -> list[DrawnPart]:
        future: Future[Drawing] | None = None
        if self._pool is not None:
            try:
                future = self._pool.submit(draw_part, order)
            except BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
        self._pending.append((order, future))
        done: list[DrawnPart] = []
        while len(self._pending) > self.in_flight or (
            self._pending and self._ready(self._pending[0][1])
        ):
            done.append(self._take())
        return done

    def finish(self) -> list[DrawnPart]:
        return [self._take() for _ in range(len(self._pending))]

    @staticmethod
    def _ready(future: Future[Drawing] | None) -> bool:
        return future is None or future.done()

    def _take(self) -> DrawnPart:
        order, future = self._pending.popleft()
        if future is None:
            return DrawnPart(order, draw_part(order))
        try:
            return DrawnPart(order, future.result())
        except BrokenProcessPool:  # draw here what the pool could not
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            return DrawnPart(order, draw_part(order))
