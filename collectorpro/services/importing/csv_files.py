"""Reading CSV exports: the encoding, the separator, the header line, and the rows.

The encoding is settled by reading the whole file once (UTF-8 and UTF-16 with a BOM, UTF-8,
Windows-1252, then Latin-1); the separator by csv.Sniffer checked against how evenly each
candidate splits the first lines. A line too long to be a row is refused, not read.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from collectorpro.core.i18n import translate
from collectorpro.services.importing.source_rows import (
    SAMPLE_BYTES,
    SCAN_ROWS,
    ImportFileError,
    SourceInfo,
    cell_text,
    cells_problem,
    header_names,
    is_blank_record,
    is_empty,
    looks_like_header,
    open_error,
    padded,
)

__all__ = [
    "DELIMITERS",
    "FIELD_LIMIT",
    "LINE_LIMIT",
    "csv_records",
    "fit_csv_row",
    "inspect_csv",
]

FIELD_LIMIT = 1_000_000  # characters in one CSV field
LINE_LIMIT = 4_000_000  # characters on one physical line
DELIMITERS = ",;\t|"
_CHUNK = 1 << 20
_SNIFF_CHARS = 8 * 1024  # csv.Sniffer's regexes get slow on big samples

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# control bytes that never appear in a text export (tab, LF, VT, FF, CR and DOS EOF may)
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x19\x1b-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def inspect_csv(
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
    with contextlib.closing(csv_records(file, encoding, delimiter)) as reading:
        for _line, cells in reading:
            if is_blank_record(cells):
                continue
            records.append(cells)
            if len(records) > max(preview_rows, SCAN_ROWS):
                break
    if not records:
        raise ImportFileError(
            translate("ImportSources", "{name} has no rows: every line is blank.").format(
                name=file.name
            )
        )

    if has_header is None:
        has_header = looks_like_header(records[0], records[1:], _sniffer_says_header(sniff_text))
    headers = header_names(records, has_header)
    body = records[1:] if has_header else records
    preview = tuple(
        tuple(cell_text(c) for c in fit_csv_row(cells, len(headers))[0])
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
        raise open_error(file, exc) from exc
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
    return decoder.decode(head, final=len(head) < SAMPLE_BYTES)


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
            if rows >= SCAN_ROWS:
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


def csv_records(
    file: Path, encoding: str, delimiter: str
) -> Generator[tuple[int, list[str]], None, None]:
    """Yield (line where the record starts, cells); every failure becomes ImportFileError."""
    csv.field_size_limit(FIELD_LIMIT)
    try:
        handle = file.open(encoding=encoding, newline="")
    except OSError as exc:
        raise open_error(file, exc) from exc
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
                raise open_error(file, exc) from exc
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


def fit_csv_row(cells: Sequence[object], width: int) -> tuple[tuple[object, ...], str | None]:
    count = len(cells)
    while count > width and is_empty(cells[count - 1]):
        count -= 1  # "a,b,c," under three headings: a trailing separator, not a problem
    problem = None if count == width else cells_problem(count, width)
    return padded(cells[:count], width), problem


def _not_a_table(file: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "ImportSources",
            "{name} is not a CSV or Excel file (it contains binary data). Export "
            "the accounts again from the billing system as CSV or Excel.",
        ).format(name=file.name)
    )
