"""What every export shares, CSV or workbook: the row, what a file is, its headings.

The errors a clerk reads when a file cannot be opened, a cell as the preview shows it, and
the rules that tell a heading from data. ``sources`` reads files with these; ``csv_files``
and ``workbooks`` read each kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal, NamedTuple

from collectorpro.core.errors import DomainError
from collectorpro.core.i18n import translate
from collectorpro.services.importing.mapping import suggest_mapping

__all__ = [
    "SAMPLE_BYTES",
    "SCAN_ROWS",
    "ImportFileError",
    "Row",
    "SourceInfo",
    "SourceKind",
    "cell_text",
    "cells_problem",
    "header_names",
    "is_blank_record",
    "is_empty",
    "looks_like_header",
    "open_error",
    "padded",
    "read_head",
]

SAMPLE_BYTES = 64 * 1024
SCAN_ROWS = 50

_NUMBER_LIKE = re.compile(r"[(+-]?\$?\s?-?(\d[\d,]*(\.\d*)?|\.\d+)\)?-?")
_DATE_LIKE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}([ T].*)?")

SourceKind = Literal["csv", "xlsx"]


class ImportFileError(DomainError):
    """The file cannot be read as an export; the message says why in a clerk's words."""


@dataclass(frozen=True)
class SourceInfo:
    """What `inspect` found out about a file: enough to show a preview and to read it."""

    path: Path
    kind: SourceKind
    encoding: str | None  # CSV only
    delimiter: str | None  # CSV only
    has_header: bool
    headers: tuple[str, ...]
    preview: tuple[tuple[str, ...], ...]
    row_count_estimate: int | None
    sheet: str | None = None  # XLSX only: the sheet read
    sheet_names: tuple[str, ...] = ()  # XLSX only: every worksheet, to offer a choice


class Row(NamedTuple):
    """One data row: the line a person sees in a spreadsheet, its cells, and what is odd."""

    line_number: int
    cells: tuple[object, ...]
    problem: str | None = None  # e.g. "has 7 cells, expected 9", in the window's language


def cell_text(value: object) -> str:
    """A cell as a person would read it in the preview."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def read_head(file: Path) -> bytes:
    try:
        with file.open("rb") as handle:
            return handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise open_error(file, exc) from exc


def open_error(file: Path, exc: OSError) -> ImportFileError:
    name = file.name or str(file)
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(
            translate(
                "ImportSources", "{name} was not found. It may have been moved or renamed."
            ).format(name=name)
        )
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(
            translate("ImportSources", "{name} is a folder, not a file.").format(name=name)
        )
    if isinstance(exc, PermissionError):
        return ImportFileError(
            translate(
                "ImportSources",
                "{name} could not be opened: it is open in another program or you may "
                "not read it. Close it (for example in Excel) and try again.",
            ).format(name=name)
        )
    reason = exc.strerror or str(exc)
    return ImportFileError(
        translate("ImportSources", "{name} could not be read ({reason}).").format(
            name=name, reason=reason
        )
    )


def cells_problem(count: int, width: int) -> str:
    """The reason a row has the wrong number of cells, for the preview and the rejects file."""
    return translate("ImportSources", "has {count} cells, expected {width}").format(
        count=count, width=width
    )


def padded(cells: Sequence[object], width: int) -> tuple[object, ...]:
    fitted = tuple(cells[:width])
    return fitted + (None,) * (width - len(fitted))


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank_record(cells: Sequence[object]) -> bool:
    return all(is_empty(c) for c in cells)


def _looks_like_data(value: object) -> bool:
    """Amounts, dates and numbers are data; a heading is words."""
    if value is None or isinstance(value, bool):
        return False
    if not isinstance(value, str):
        return True
    text = value.strip()
    return bool(text) and bool(_NUMBER_LIKE.fullmatch(text) or _DATE_LIKE.fullmatch(text))


def looks_like_header(
    first: Sequence[object], rest: Sequence[Sequence[object]], sniffer: bool | None
) -> bool:
    if any(_looks_like_data(c) for c in first):
        return False
    if suggest_mapping([cell_text(c) for c in first]):
        return True  # "Acct #", "Patient Name": headings CollectorPro knows
    if any(_looks_like_data(c) for row in rest for c in row):
        return True
    return True if sniffer is None else sniffer


def header_names(records: Sequence[Sequence[object]], has_header: bool) -> tuple[str, ...]:
    """Heading names, unique so a saved profile can find its columns by name."""
    if not has_header:
        width = max(len(_trimmed(r)) for r in records)
        return tuple(f"Column {i}" for i in range(1, width + 1))
    names = [" ".join(cell_text(c).split()) for c in _trimmed(records[0])]
    seen: dict[str, int] = {}
    result = []
    for index, name in enumerate(names, start=1):
        name = name or f"Column {index}"
        key = name.casefold()
        seen[key] = seen.get(key, 0) + 1
        result.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return tuple(result)


def _trimmed(cells: Sequence[object]) -> Sequence[object]:
    count = len(cells)
    while count and is_empty(cells[count - 1]):
        count -= 1
    return cells[:count]
