"""Join PDF files into one, streaming: one part in memory at a time.

A batch of 10,000 letters is drawn in parts of a hundred; this copies each part's pages,
with the fonts and images they use, straight into the output file and forgets the part.
What stays in memory is one number per object written (for the cross-reference table) and
one per page, so a batch ten times bigger needs no more memory to join.

pypdf parses each part; objects are written as they are (streams keep their compression),
with their references renumbered for the joined file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    PdfObject,
    StreamObject,
)

__all__ = ["PdfJoiner", "join_pdfs"]

_CATALOG, _PAGES = 1, 2  # the joined file's own objects, written last but numbered first


class _Writer:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offsets: dict[int, int] = {}
        self.next_id = _PAGES + 1
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def allocate(self) -> int:
        number = self.next_id
        self.next_id += 1
        return number

    def write(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.out.tell()
        self.out.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(self.out)
        self.out.write(b"\nendobj\n")

    def finish(self, kids: list[int]) -> None:
        pages = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Count"): _number(len(kids)),
                NameObject("/Kids"): ArrayObject(IndirectObject(k, 0, None) for k in kids),  # type: ignore[arg-type]
            }
        )
        self.write(_PAGES, pages)
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(_PAGES, 0, None),  # type: ignore[arg-type]
            }
        )
        self.write(_CATALOG, catalog)
        start = self.out.tell()
        size = self.next_id
        self.out.write(f"xref\n0 {size}\n".encode())
        self.out.write(b"0000000000 65535 f \n")
        for number in range(1, size):
            self.out.write(f"{self.offsets[number]:010d} 00000 n \n".encode())
        trailer = f"trailer\n<< /Size {size} /Root {_CATALOG} 0 R >>\nstartxref\n{start}\n%%EOF\n"
        self.out.write(trailer.encode())


def _number(value: int) -> PdfObject:
    from pypdf.generic import NumberObject

    return NumberObject(value)


class _Part:
    """Copies one part's pages; object numbers are mapped per part."""

    def __init__(self, reader: PdfReader, writer: _Writer) -> None:
        self.reader = reader
        self.writer = writer
        self.mapping: dict[int, int] = {}
        self.pending: list[tuple[int, int]] = []  # (old number, new number) still to write

    def ref(self, old: IndirectObject) -> IndirectObject:
        number = self.mapping.get(old.idnum)
        if number is None:
            number = self.writer.allocate()
            self.mapping[old.idnum] = number
            self.pending.append((old.idnum, number))
        return IndirectObject(number, 0, None)  # type: ignore[arg-type]

    def rewrite(self, obj: PdfObject) -> PdfObject:
        if isinstance(obj, IndirectObject):
            return self.ref(obj)
        if isinstance(obj, StreamObject):
            copy = obj.__class__()
            copy._data = obj._data  # the stream as stored, still compressed
            for key, value in obj.items():
                copy[NameObject(key)] = self.rewrite(value)
            return copy
        if isinstance(obj, DictionaryObject):
            return DictionaryObject({NameObject(k): self.rewrite(v) for k, v in obj.items()})
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.rewrite(v) for v in obj)
        return obj

    def copy_page(self, index: int) -> int:
        page = self.reader.pages[index]
        number = self.writer.allocate()
        body = DictionaryObject()
        for key, value in page.items():
            if key == "/Parent":
                continue
            body[NameObject(key)] = self.rewrite(value)
        body[NameObject("/Parent")] = IndirectObject(_PAGES, 0, None)  # type: ignore[arg-type]
        self.writer.write(number, body)
        self.flush()
        return number

    def flush(self) -> None:
        while self.pending:
            old, new = self.pending.pop()
            obj = self.reader.get_object(old)
            self.writer.write(new, self.rewrite(obj if obj is not None else NullObject()))


class PdfJoiner:
    """Joins parts as they come: ``add`` copies one part's pages into the file being written,
    ``close`` finishes it and puts it in place. A joiner not closed leaves no file behind."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = target.with_name(f".{target.name}.part")
        self._out: BinaryIO | None = self.temp.open("wb")
        self._writer = _Writer(self._out)
        self._kids: list[int] = []

    def __enter__(self) -> PdfJoiner:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()

    def add(self, path: Path) -> None:
        part = _Part(PdfReader(path), self._writer)
        for index in range(len(part.reader.pages)):
            self._kids.append(part.copy_page(index))

    def close(self) -> int:
        """Finish the file; returns its page count."""
        assert self._out is not None
        self._writer.finish(self._kids)
        self._out.close()
        self._out = None
        os.replace(self.temp, self.target)
        return len(self._kids)

    def discard(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
        self.temp.unlink(missing_ok=True)


def join_pdfs(parts: Iterable[Path], target: Path) -> int:
    """Write the pages of ``parts``, in order, into ``target``; return the page count."""
    joiner = PdfJoiner(target)
    try:
        for path in parts:
            joiner.add(path)
        return joiner.close()
    finally:
        joiner.discard()
