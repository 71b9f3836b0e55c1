"""Open the files offices export (CSV or Excel) and stream their rows.

The bytes decide what a file is, not its name: a workbook renamed ``.csv`` is read as a
workbook, a PDF renamed ``.csv`` is refused with a message a clerk understands. Every
failure caused by the file is an `ImportFileError`; nothing else escapes for bad input.
Reading each kind lives in ``csv_files`` and ``workbooks``; what they share, in
``source_rows``.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from collectorpro.core.i18n import translate
from collectorpro.services.importing.csv_files import (
    FIELD_LIMIT,
    LINE_LIMIT,
    csv_records,
    fit_csv_row,
    inspect_csv,
)
from collectorpro.services.importing.source_rows import (
    ImportFileError,
    Row,
    SourceInfo,
    SourceKind,
    cell_text,
    is_blank_record,
    read_head,
)
from collectorpro.services.importing.workbooks import fit_sheet_row, inspect_xlsx, xlsx_records

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

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_MAGIC = b"%PDF"


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
    head = read_head(file)
    if not head:
        raise ImportFileError(translate("ImportSources", "{name} is empty.").format(name=file.name))
    if head.startswith(_ZIP_MAGIC):
        return inspect_xlsx(file, preview_rows, sheet, has_header)
    _refuse_known_binaries(file, head)
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise ImportFileError(
            translate(
                "ImportSources", "“{separator}” cannot be used as the column separator."
            ).format(separator=delimiter)
        )
    return inspect_csv(file, head, preview_rows, delimiter, has_header, encoding)


def iter_rows(info: SourceInfo) -> Iterator[Row]:
    """Stream the data rows (the header line skipped), fitted to the number of headings.

    Blank rows are skipped; line numbers still count them, as a spreadsheet would.
    """
    width = len(info.headers)
    records: Iterator[tuple[int, Sequence[object]]]
    fit: Callable[[Sequence[object], int], tuple[tuple[object, ...], str | None]]
    if info.kind == "xlsx":
        records = xlsx_records(info.path, info.sheet)
        fit = fit_sheet_row
    else:
        records = csv_records(info.path, info.encoding or "utf-8", info.delimiter or ",")
        fit = fit_csv_row
    header_pending = info.has_header
    for line, cells in records:
        if is_blank_record(cells):
            continue
        if header_pending:
            header_pending = False
            continue
        fitted, problem = fit(cells, width)
        yield Row(line, fitted, problem)


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
