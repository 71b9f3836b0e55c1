"""Open the files offices export (CSV or Excel) and stream their rows.

The bytes decide what a file is, not its name: a workbook renamed ``.csv`` is read as a
workbook, a PDF renamed ``.csv`` is refused with a message a clerk understands. Every
failure caused by the file is an `ImportFileError`; nothing else escapes for bad input.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal, NamedTuple

from collectorpro.core.errors import DomainError
from collectorpro.core.i18n import translate
from collectorpro.services.importing.mapping import suggest_mapping

__all__ = [
    "FIELD_LIMIT",
    "LINE_LIMIT",
    "ImportFileError",
    "Row",
    "SourceInfo",
    "SourceKind",
    "cell_text",
    "inspect",
    "iter_rows",
]

FIELD_LIMIT = 1_000_000  # characters in one CSV field
LINE_LIMIT = 4_000_000  # characters on one physical line
DELIMITERS = ",;\t|"
_CHUNK = 1 << 20
_SAMPLE_BYTES = 64 * 1024
_SNIFF_CHARS = 8 * 1024  # csv.Sniffer's regexes get slow on big samples
_SCAN_ROWS = 50

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_MAGIC = b"%PDF"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# control bytes that never appear in a text export (tab, LF, VT, FF, CR and DOS EOF may)
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x19\x1b-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

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


# ---------------------------------------------------------------------------- public


def inspect(
    path: str | Path,
    *,
    preview_rows: int = 20,
    sheet: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
    encoding: str | None = None,
) -> SourceInfo:
    """Find out what a file is and how to read it; overrides come from a saved profile."""
    file = Path(path)
    head = _read_head(file)
    if not head:
        raise ImportFileError(translate("ImportSources", "{name} is empty.").format(name=file.name))
    if head.startswith(_ZIP_MAGIC):
        return _inspect_xlsx(file, preview_rows, sheet, has_header)
    _refuse_known_binaries(file, head)
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise ImportFileError(
            translate(
                "ImportSources", "“{separator}” cannot be used as the column separator."
            ).format(separator=delimiter)
        )
    return _inspect_csv(file, head, preview_rows, delimiter, has_header, encoding)


def iter_rows(info: SourceInfo) -> Iterator[Row]:
    """Stream the data rows (the header line skipped), fitted to the number of headings.

    Blank rows are skipped; line numbers still count them, as a spreadsheet would.
    """
    width = len(info.headers)
    if info.kind == "xlsx":
        records = _xlsx_records(info.path, info.sheet)
        fit = _fit_sheet_row
    else:
        records = _csv_records(info.path, info.encoding or "utf-8", info.delimiter or ",")
        fit = _fit_csv_row
    header_pending = info.has_header
    for line, cells in records:
        if _is_blank_record(cells):
            continue
        if header_pending:
            header_pending = False
            continue
        fitted, problem = fit(cells, width)
        yield Row(line, fitted, problem)


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


# ---------------------------------------------------------------------------- opening


def _read_head(file: Path) -> bytes:
    try:
        with file.open("rb") as handle:
            return handle.read(_SAMPLE_BYTES)
    except OSError as exc:
        raise _open_error(file, exc) from exc


def _open_error(file: Path, exc: OSError) -> ImportFileError:
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


def _refuse_known_binaries(file: Path, head: bytes) -> None:
    name = file.name
    suffix = file.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        if suffix == ".xls":
            raise ImportFileError(
                translate(
                    "ImportSources",
                    "{name} is an old Excel 97–2003 workbook. Open it in Excel and save it "
                    "as “Excel Workbook (.xlsx)” or as CSV, then import that file.",
                ).format(name=name)
            )
        raise ImportFileError(
            translate(
                "ImportSources",
                "{name} is password-protected (or an old Excel 97–2003 workbook). Open "
                "it in Excel, remove the password and save it as “Excel Workbook "
                "(.xlsx)”, then try again.",
            ).format(name=name)
        )
    if head.startswith(_PDF_MAGIC):
        raise ImportFileError(
            translate(
                "ImportSources",
                "{name} is a PDF document, not a CSV or Excel file. Ask the billing "
                "system for an export as CSV or Excel.",
            ).format(name=name)
        )
    start = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:512].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        raise ImportFileError(
            translate(
                "ImportSources",
                "{name} is a web page or XML file, not a CSV or Excel file. Open it in "
                "Excel and save it as “Excel Workbook (.xlsx)” or as CSV, then import "
                "that file.",
            ).format(name=name)
        )


def _not_a_table(file: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "ImportSources",
            "{name} is not a CSV or Excel file (it contains binary data). Export "
            "the accounts again from the billing system as CSV or Excel.",
        ).format(name=file.name)
    )


# ---------------------------------------------------------------------------- CSV


def _inspect_csv(
    file: Path,
    head: bytes,
    preview_rows: int,
    delimiter: str | None,
    has_header: bool | None,
    encoding: str | None,
) -> SourceInfo:
    if encoding is None:
        encoding, line_count = _detect_encoding(file, head)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise ImportFileError(
                translate("ImportSources", "“{encoding}” is not a text encoding.").format(
                    encoding=encoding
                )
            ) from exc
        line_count = None
    sample = _decoded_sample(head, encoding)
    sniff_text = _whole_lines(sample, _SNIFF_CHARS)
    if delimiter is None:
        delimiter = _sniff_delimiter(sniff_text)

    records: list[list[str]] = []
    with contextlib.closing(_csv_records(file, encoding, delimiter)) as reading:
        for _line, cells in reading:
            if _is_blank_record(cells):
                continue
            records.append(cells)
            if len(records) > max(preview_rows, _SCAN_ROWS):
                break
    if not records:
        raise ImportFileError(
            translate("ImportSources", "{name} has no rows: every line is blank.").format(
                name=file.name
            )
        )

    if has_header is None:
        has_header = _looks_like_header(records[0], records[1:], _sniffer_says_header(sniff_text))
    headers = _headers(records, has_header)
    body = records[1:] if has_header else records
    preview = tuple(
        tuple(cell_text(c) for c in _fit_csv_row(cells, len(headers))[0])
        for cells in body[:preview_rows]
    )
    estimate = None
    if line_count is not None:
        estimate = max(line_count - (1 if has_header else 0), len(body))
    return SourceInfo(
        path=file,
        kind="csv",
        encoding=encoding,
        delimiter=delimiter,
        has_header=has_header,
        headers=headers,
        preview=preview,
        row_count_estimate=estimate,
    )


def _detect_encoding(file: Path, head: bytes) -> tuple[str, int]:
    """Read the whole file once, in chunks, and settle on an encoding; count the lines too.

    UTF-8 with a BOM, UTF-16 with a BOM, UTF-8, then Windows-1252 (when it decodes and has no
    control characters), then Latin-1, which decodes anything.
    """
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith(_UTF16_BOMS):
        candidates = ["utf-16"]
    else:
        if b"\x00" in head or len(_CONTROL_BYTES.findall(head)) > max(2, len(head) // 100):
            raise _not_a_table(file)
        candidates = ["utf-8", "cp1252"]
    alive = {name: codecs.getincrementaldecoder(name)() for name in candidates}
    line_feeds = returns = 0
    last = b""
    try:
        with file.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                if candidates != ["utf-16"] and b"\x00" in chunk:
                    raise _not_a_table(file)
                line_feeds += chunk.count(b"\n")
                returns += chunk.count(b"\r")
                last = chunk[-1:]
                for name in list(alive):
                    try:
                        text = alive[name].decode(chunk)
                    except UnicodeDecodeError:
                        del alive[name]
                        continue
                    if name == "cp1252" and _CONTROL_CHARS.search(text):
                        del alive[name]
                    elif name == "utf-16" and "\x00" in text:
                        raise _not_a_table(file)
            for name in list(alive):
                try:
                    alive[name].decode(b"", final=True)
                except UnicodeDecodeError:
                    del alive[name]
    except OSError as exc:
        raise _open_error(file, exc) from exc
    if candidates == ["utf-16"] and not alive:
        raise _not_a_table(file)
    if candidates == ["utf-8-sig"] and not alive:
        raise ImportFileError(
            translate(
                "ImportSources",
                "{name} says it is UTF-8 text but contains bytes that are not. Export "
                "it again from the billing system.",
            ).format(name=file.name)
        )
    encoding = next((name for name in candidates if name in alive), "latin-1")
    lines = (line_feeds or returns) + (0 if last in (b"\n", b"\r") else 1)
    return encoding, lines


def _decoded_sample(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(head, final=len(head) < _SAMPLE_BYTES)


def _whole_lines(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind("\n"), cut.rfind("\r"))
    return cut[: end + 1] if end > 0 else cut


def _sniff_delimiter(sample: str) -> str:
    """csv.Sniffer first; when it fails or picks a separator that splits nothing, the
    separator that gives the most rows of the same width wins; comma as the last resort."""
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except (csv.Error, re.error, ValueError):
        sniffed = None
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])  # ties: the earlier one, comma first
    if sniffed in scores and scores[sniffed][0] > 0 and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best][0] > 0 else ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the most common width, that width); 0 when nothing is split."""
    widths: dict[int, int] = {}
    rows = 0
    try:
        for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            if not cells:
                continue
            widths[len(cells)] = widths.get(len(cells), 0) + 1
            rows += 1
            if rows >= _SCAN_ROWS:
                break
    except csv.Error:
        return (0.0, 0)
    if not rows:
        return (0.0, 0)
    width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
    if width < 2:
        return (0.0, 0)
    return (count / rows, width)


def _sniffer_says_header(sample: str) -> bool | None:
    try:
        return csv.Sniffer().has_header(sample)
    except (csv.Error, re.error, ValueError, ZeroDivisionError, IndexError):
        return None


def _csv_records(file: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line where the record starts, cells); every failure becomes ImportFileError."""
    csv.field_size_limit(FIELD_LIMIT)
    try:
        handle = file.open(encoding=encoding, newline="")
    except OSError as exc:
        raise _open_error(file, exc) from exc
    except LookupError as exc:
        raise ImportFileError(
            translate("ImportSources", "“{encoding}” is not a text encoding.").format(
                encoding=encoding
            )
        ) from exc
    with handle:
        reader = csv.reader(_bounded_lines(handle, file), delimiter=delimiter, quotechar='"')
        start = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger" in str(exc):
                    raise ImportFileError(
                        translate(
                            "ImportSources",
                            "Line {line} of {name} has a field longer than {limit} characters; "
                            "perhaps a quote mark is missing.",
                        ).format(line=start, name=file.name, limit=f"{FIELD_LIMIT:,}")
                    ) from exc
                raise ImportFileError(
                    translate(
                        "ImportSources",
                        "Line {line} of {name} could not be read as CSV ({reason}).",
                    ).format(line=start, name=file.name, reason=exc)
                ) from exc
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    translate(
                        "ImportSources",
                        "{name} changed while it was read or mixes text encodings near line "
                        "{line}. Export it again and try once more.",
                    ).format(name=file.name, line=start)
                ) from exc
            except OSError as exc:
                raise _open_error(file, exc) from exc
            yield start, cells
            start = reader.line_num + 1


def _bounded_lines(handle: io.TextIOBase, file: Path) -> Iterator[str]:
    """Physical lines, refusing one so long that it cannot be an export row."""
    number = 0
    while line := handle.readline(LINE_LIMIT + 1):
        number += 1
        if len(line) > LINE_LIMIT:
            raise ImportFileError(
                translate(
                    "ImportSources",
                    "Line {line} of {name} is longer than {limit} characters; it is not a "
                    "CSV export.",
                ).format(line=number, name=file.name, limit=f"{LINE_LIMIT:,}")
            )
        yield line


def _fit_csv_row(cells: Sequence[object], width: int) -> tuple[tuple[object, ...], str | None]:
    count = len(cells)
    while count > width and _is_empty(cells[count - 1]):
        count -= 1  # "a,b,c," under three headings: a trailing separator, not a problem
    problem = None if count == width else _cells_problem(count, width)
    return _padded(cells[:count], width), problem


# ---------------------------------------------------------------------------- XLSX


class _OpenSheet:
    """A workbook opened read-only and the sheet to read; openpyxl raises many kinds of
    errors on damaged files, and every one of them means the same thing to a clerk."""

    def __init__(self, file: Path, sheet: str | None) -> None:
        from openpyxl import load_workbook

        self.file = file
        try:
            self._handle = file.open("rb")
        except OSError as exc:
            raise _open_error(file, exc) from exc
        self._workbook: Any = None
        try:
            with zipfile.ZipFile(self._handle) as archive:
                names = archive.namelist()
            if not any(n.startswith("xl/") for n in names):
                raise ImportFileError(
                    translate(
                        "ImportSources",
                        "{name} is a ZIP archive, not an Excel workbook. Unzip it and import "
                        "the CSV or Excel file inside.",
                    ).format(name=file.name)
                )
            self._handle.seek(0)
            self._workbook = load_workbook(self._handle, read_only=True, data_only=True)
            self.sheet_names = tuple(ws.title for ws in self._workbook.worksheets)
            self._worksheet = self._pick(sheet)
            self.title: str = self._worksheet.title
            self.max_row: int | None = self._worksheet.max_row
            # the stored dimension may be wrong (some programs write "A1"): read what is there
            self._worksheet.reset_dimensions()
        except ImportFileError:
            self.close()
            raise
        except Exception as exc:  # any parser failure means a damaged file
            self.close()
            raise _damaged(file) from exc

    def _pick(self, sheet: str | None) -> Any:
        worksheets = list(self._workbook.worksheets)
        if sheet is None:
            if not worksheets:
                raise ImportFileError(
                    translate("ImportSources", "{name} has no sheets with rows.").format(
                        name=self.file.name
                    )
                )
            return worksheets[0]
        for candidate in worksheets:
            if candidate.title == sheet:
                return candidate
        names = ", ".join(self.sheet_names) or translate("ImportSources", "none")
        raise ImportFileError(
            translate(
                "ImportSources", "{name} has no sheet named “{sheet}” (its sheets: {sheets})."
            ).format(name=self.file.name, sheet=sheet, sheets=names)
        )

    def records(self) -> Iterator[tuple[int, list[object]]]:
        try:
            rows = self._worksheet.iter_rows(min_row=1, values_only=True)
            line = 0
            while True:
                try:
                    values = next(rows)
                except StopIteration:
                    return
                except Exception as exc:  # damaged sheet XML
                    raise _damaged(self.file) from exc
                line += 1
                yield line, list(values)
        finally:
            self.close()

    def close(self) -> None:
        if self._workbook is not None:
            with contextlib.suppress(Exception):  # closing must not hide the first error
                self._workbook.close()
            self._workbook = None
        self._handle.close()


def _damaged(file: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "ImportSources",
            "{name} is damaged or is not a real Excel workbook. Open it in Excel, "
            "save it again as “Excel Workbook (.xlsx)” and try once more.",
        ).format(name=file.name)
    )


def _inspect_xlsx(
    file: Path, preview_rows: int, sheet: str | None, has_header: bool | None
) -> SourceInfo:
    opened = _OpenSheet(file, sheet)
    records: list[list[object]] = []
    rows = opened.records()
    try:
        for _line, cells in rows:
            if _is_blank_record(cells):
                continue
            records.append(cells)
            if len(records) > max(preview_rows, _SCAN_ROWS):
                break
    finally:
        rows.close()
        opened.close()
    if not records:
        raise ImportFileError(
            translate("ImportSources", "The sheet “{sheet}” in {name} is empty.").format(
                sheet=opened.title, name=file.name
            )
        )
    if has_header is None:
        has_header = _looks_like_header(records[0], records[1:], None)
    headers = _headers(records, has_header)
    body = records[1:] if has_header else records
    preview = tuple(
        tuple(cell_text(c) for c in _fit_sheet_row(cells, len(headers))[0])
        for cells in body[:preview_rows]
    )
    estimate = None
    if isinstance(opened.max_row, int):
        estimate = max(opened.max_row - (1 if has_header else 0), len(body))
    return SourceInfo(
        path=file,
        kind="xlsx",
        encoding=None,
        delimiter=None,
        has_header=has_header,
        headers=headers,
        preview=preview,
        row_count_estimate=estimate,
        sheet=opened.title,
        sheet_names=opened.sheet_names,
    )


def _xlsx_records(file: Path, sheet: str | None) -> Iterator[tuple[int, list[object]]]:
    return _OpenSheet(file, sheet).records()


def _fit_sheet_row(cells: Sequence[object], width: int) -> tuple[tuple[object, ...], str | None]:
    count = len(cells)
    while count and _is_empty(cells[count - 1]):
        count -= 1  # a sheet has no row length: only values past the last heading matter
    problem = None if count <= width else _cells_problem(count, width)
    return _padded(cells[:count], width), problem


# ---------------------------------------------------------------------------- shared


def _cells_problem(count: int, width: int) -> str:
    """The reason a row has the wrong number of cells, for the preview and the rejects file."""
    return translate("ImportSources", "has {count} cells, expected {width}").format(
        count=count, width=width
    )


def _padded(cells: Sequence[object], width: int) -> tuple[object, ...]:
    fitted = tuple(cells[:width])
    return fitted + (None,) * (width - len(fitted))


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_blank_record(cells: Sequence[object]) -> bool:
    return all(_is_empty(c) for c in cells)


def _looks_like_data(value: object) -> bool:
    """Amounts, dates and numbers are data; a heading is words."""
    if value is None or isinstance(value, bool):
        return False
    if not isinstance(value, str):
        return True
    text = value.strip()
    return bool(text) and bool(_NUMBER_LIKE.fullmatch(text) or _DATE_LIKE.fullmatch(text))


def _looks_like_header(
    first: Sequence[object], rest: Sequence[Sequence[object]], sniffer: bool | None
) -> bool:
    if any(_looks_like_data(c) for c in first):
        return False
    if suggest_mapping([cell_text(c) for c in first]):
        return True  # "Acct #", "Patient Name": headings CollectorPro knows
    if any(_looks_like_data(c) for row in rest for c in row):
        return True
    return True if sniffer is None else sniffer


def _headers(records: Sequence[Sequence[object]], has_header: bool) -> tuple[str, ...]:
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
    while count and _is_empty(cells[count - 1]):
        count -= 1
    return cells[:count]
