"""The import's files: the digest that names the file imported, and the rejects CSV.

The rejects file is written next to where the person asked for it and moved into place only
when the import is done, so a failed or cancelled import leaves no half file behind.
"""

from __future__ import annotations

import csv
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from collectorpro.core.errors import StorageError
from collectorpro.core.i18n import translate
from collectorpro.services.importing.records import (
    Problem,
)

__all__ = ["RejectsFile", "file_digest"]


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
    except OSError as exc:
        raise StorageError(
            translate("ImportRun", "{name} could not be read again: {reason}.").format(
                name=path.name, reason=exc.strerror
            )
        ) from exc
    return sha.hexdigest()


@dataclass
class RejectsFile:
    """The rejects CSV: each refused row as it was, with the reason; written atomically."""

    path: Path | None
    headers: tuple[str, ...]
    final_path: Path | None = None
    _temp: Path | None = None
    _writer: object = None
    _handle: object = None
    rows: int = 0
    _extra: list[str] = field(default_factory=list)

    def __enter__(self) -> RejectsFile:
        if self.path is not None:
            try:
                fd, name = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=self.path.parent)
            except OSError as exc:
                raise StorageError(
                    translate(
                        "ImportRun", "The rejects file cannot be written in {folder}: {reason}."
                    ).format(folder=self.path.parent, reason=exc.strerror)
                ) from exc
            self._temp = Path(name)
            self._handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._handle)  # type: ignore[arg-type]
            self._writer.writerow(["line", "reason", *self.headers])  # type: ignore[attr-defined]
        return self

    def add(self, line: int, cells: tuple[object, ...], problems: list[Problem]) -> None:
        self.rows += 1
        if self._writer is None:
            return
        reason = "; ".join(str(p) for p in problems)
        values = ["" if c is None else str(c) for c in cells]
        self._writer.writerow([line, reason, *values])  # type: ignore[attr-defined]

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._handle is None:
            return
        self._handle.close()  # type: ignore[attr-defined]
        assert self._temp is not None and self.path is not None
        if exc_type is None and self.rows:
            os.replace(self._temp, self.path)
            self.final_path = self.path
        else:
            self._temp.unlink(missing_ok=True)
