"""Batch parts drawn on a pool of processes come back in order, and are drawn here when the
pool breaks (a worker killed, a bundle that cannot start one)."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from pypdf import PdfReader

from collectorpro.documents import parts
from collectorpro.documents.letter import LetterData
from collectorpro.documents.parts import PartOrder, PartPrinter
from tests.documents.test_letter_layout import long_validation_notice


def _orders(tmp_path, count):
    base = long_validation_notice("en")
    return [
        PartOrder(
            tuple(replace(base, recipient_name=f"Debtor {n}-{i}") for i in range(2)),
            tmp_path / f"part-{n}.pdf",
        )
        for n in range(count)
    ]


def _drawn(printer, orders):
    done = []
    for order in orders:
        done += printer.send(order)
    return done + printer.finish()


def test_parts_come_back_in_the_order_they_were_sent(tmp_path):
    orders = _orders(tmp_path, 5)
    with PartPrinter(workers=2) as printer:
        done = _drawn(printer, orders)
    assert [d.order.path for d in done] == [o.path for o in orders]
    for d in done:
        assert d.drawing.pages == (1, 1)
        assert len(PdfReader(d.order.path).pages) == 2
        assert LetterData.from_json(d.drawing.payloads[1]) == d.order.letters[1]


class _BrokenPool:
    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        pass

    def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        pass


def test_a_broken_pool_leaves_the_parts_to_this_process(tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "ProcessPoolExecutor", _BrokenPool)
    orders = _orders(tmp_path, 3)
    with PartPrinter(workers=2) as printer:
        done = _drawn(printer, orders)
    assert [d.order.path for d in done] == [o.path for o in orders]
    assert all(len(PdfReader(o.path).pages) == 2 for o in orders)
