"""Reading Excel workbooks (.xlsx) read-only: the sheet chosen, its headings and rows.

openpyxl raises many kinds of errors on damaged files; every one of them becomes the same
message a clerk can act on. openpyxl itself is loaded only when a workbook is opened.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from collectorpro.core.i18n import translate
from collectorpro.services.importing.source_rows import (
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

__all__ = ["fit_sheet_row", "inspect_xlsx", "xlsx_records"]


class _OpenSheet:
    """A workbook opened read-only and the sheet to read; openpyxl raises many kinds of
    errors on damaged files, and every one of them means the same thing to a clerk."""

    def __init__(self, file: Path, sheet: str | None) -> None:
        from openpyxl import load_workbook  # type: ignore[import-untyped]  # loaded on first use

        self.file = file
        try:
            self._handle = file.open("rb")
        except OSError as exc:
            raise open_error(file, exc) from exc
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

    def records(self) -> Generator[tuple[int, list[object]], None, None]:
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


def inspect_xlsx(
    file: Path, preview_rows: int, sheet: str | None, has_header: bool | None
) -> SourceInfo:
    opened = _OpenSheet(file, sheet)
    records: list[list[object]] = []
    rows = opened.records()
    try:
        for _line, cells in rows:
            if is_blank_record(cells):
                continue
            records.append(cells)
            if len(records) > max(preview_rows, SCAN_ROWS):
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
        has_header = looks_like_header(records[0], records[1:], None)
    headers = header_names(records, has_header)
    body = records[1:] if has_header else records
    preview = tuple(
        tuple(cell_text(c) for c in fit_sheet_row(cells, len(headers))[0])
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


def xlsx_records(file: Path, sheet: str | None) -> Generator[tuple[int, list[object]], None, None]:
    return _OpenSheet(file, sheet).records()


def fit_sheet_row(cells: Sequence[object], width: int) -> tuple[tuple[object, ...], str | None]:
    count = len(cells)
    while count and is_empty(cells[count - 1]):
        count -= 1  # a sheet has no row length: only values past the last heading matter
    problem = None if count <= width else cells_problem(count, width)
    return padded(cells[:count], width), problem
