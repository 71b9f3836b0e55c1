"""Writing a report to CSV, Excel (XLSX) or PDF, all or nothing.

Every writer fills a temporary file next to the target and moves it into place only when it is
complete, so a failed or cancelled export never leaves half a file where the user will look.
Text a person typed (names, notes, "what the debtor disputes") is neutralised first: a cell
that begins with ``=``, ``+``, ``-`` or ``@`` is a formula to a spreadsheet (OWASP "CSV
injection"), so it gets a leading apostrophe and opens as the text it is.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import re
import secrets
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from collectorpro.core.errors import StorageError
from collectorpro.core.i18n import translate
from collectorpro.core.report_model import Cell, Column, Report, ReportTable

if TYPE_CHECKING:
    from collectorpro.documents.page import OfficeLetterhead

__all__ = [
    "ExportFormat",
    "Progress",
    "export_report",
    "neutralise",
    "write_csv",
    "write_pdf",
    "write_xlsx",
]

ExportFormat = Literal["csv", "xlsx", "pdf"]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

ROW_BLOCK = 500  # rows between progress reports and cancel checks
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MAX_WIDTH = 60


class _Cancelled(Exception):
    """Raised inside a writer when the user pressed Cancel; never leaves this module."""


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# ------------------------------------------------------------------------------ plain values


def money_text(cents: int) -> str:
    """Cents as plain decimal text, "-1234.56": no currency sign, no grouping, a dot."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{part:02d}"


def percent_text(fraction: float) -> str:
    return f"{fraction * 100:.1f}%"


def _wall_clock(value: datetime) -> datetime:
    """The time as the report states it (already in the office's zone), without a zone."""
    return value.replace(tzinfo=None)


def _csv_cell(value: Cell, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, datetime):
        return _wall_clock(value).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if kind == "money":
        return money_text(int(value))
    if kind == "percent":
        return percent_text(float(value))
    return str(value)


def _totals(table: ReportTable) -> tuple[Cell, ...] | None:
    """The totals row with a "Total" label in a text first column that has none."""
    if table.totals is None:
        return None
    cells = list(table.totals)
    if cells and cells[0] in (None, "") and table.columns[0].kind == "text":
        cells[0] = translate("Reports", "Total")
    return tuple(cells)


class _Counter:
    """Counts rows across all tables, reports progress and checks Cancel every block."""

    def __init__(self, report: Report, progress: Progress | None, cancelled: Cancelled | None):
        self.total = sum(len(t.rows) for t in report.tables)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Cancelled

    def rows(self, table: ReportTable) -> Iterator[tuple[Cell, ...]]:
        for row in table.rows:
            yield row
            self.done += 1
            if self.done % ROW_BLOCK == 0:
                self.report()
                self.check()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)


# ---------------------------------------------------------------------------- atomic writing


def _not_saved(target: Path, exc: OSError) -> str:
    """Why the report could not be saved to ``target``, as one sentence for a person."""
    code = exc.errno
    if code == errno.ENOSPC:
        text = translate("Reports", "The report could not be saved to {path}: the disk is full.")
    elif code in (errno.EACCES, errno.EPERM):
        text = translate(
            "Reports",
            "The report could not be saved to {path}: permission denied; choose a folder you "
            "may write to.",
        )
    elif code == errno.EROFS:
        text = translate(
            "Reports", "The report could not be saved to {path}: the disk is read-only."
        )
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = translate(
            "Reports", "The report could not be saved to {path}: the folder does not exist."
        )
    elif code == errno.EISDIR:
        text = translate(
            "Reports",
            "The report could not be saved to {path}: a folder of that name is in the way.",
        )
    else:
        text = translate("Reports", "The report could not be saved to {path}: {reason}.")
    return text.format(path=target, reason=exc.strerror or str(exc))


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc`` (xlsxwriter wraps it in its own FileCreateError)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        for arg in seen.args:
            if isinstance(arg, OSError):
                return arg
        seen = seen.__cause__ or seen.__context__
    return None


def _atomic(path: str | os.PathLike[str], write: Callable[[Path], None]) -> bool:
    """Run ``write(temp)`` then move ``temp`` onto ``path``; False when it was cancelled."""
    target = Path(path)
    temp: Path | None = None
    try:
        # created like any file the user saves (umask permissions), unlike mkstemp's 0600
        name = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        with open(name, "xb"):
            temp = name
        write(temp)
        os.replace(temp, target)
        temp = None
        return True
    except _Cancelled:
        return False
    except Exception as exc:
        cause = _os_error(exc)
        if cause is None:
            raise
        raise StorageError(_not_saved(target, cause)) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------- CSV


def write_csv(
    report: Report,
    path: str | os.PathLike[str],
    *,
    excel: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bool:
    """Write ``report`` as CSV; False (and no file) when cancelled.

    Layout: a line with the report title and period, then per table a blank line, the table
    title, the header row, the rows and a "Total" row. Values are written so a spreadsheet
    re-imports them as values: money as plain decimal text "1234.56" (no sign, no grouping),
    percentages as "25.0%", dates ISO "2026-11-24", date-times "2026-11-24 14:30". UTF-8;
    ``excel=True`` adds a byte-order mark so Excel reads accents ("Muñoz") correctly.
    """
    counter = _Counter(report, progress, cancelled)

    def write(temp: Path) -> None:
        counter.check()
        encoding = "utf-8-sig" if excel else "utf-8"
        with open(temp, "w", encoding=encoding, newline="") as handle:
            out = csv.writer(handle)
            out.writerow([neutralise(report.title), neutralise(report.period)])
            for table in report.tables:
                kinds = [c.kind for c in table.columns]
                out.writerow([])
                out.writerow([neutralise(table.title)])
                out.writerow([neutralise(c.title) for c in table.columns])
                for row in counter.rows(table):
                    out.writerow([_csv_cell(v, k) for v, k in zip(row, kinds, strict=False)])
                totals = _totals(table)
                if totals is not None:
                    out.writerow([_csv_cell(v, k) for v, k in zip(totals, kinds, strict=False)])
                if table.note:
                    out.writerow([neutralise(table.note)])
        counter.report()

    return _atomic(path, write)


# ------------------------------------------------------------------------------------ XLSX

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_NUMBER_FORMATS = {
    "money": "$#,##0.00",
    "count": "#,##0",
    "percent": "0.0%",
    "date": "mm/dd/yyyy",
    "datetime": "mm/dd/yyyy hh:mm",
    "text": "@",
}
_NUMERIC = ("money", "count", "percent")


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique worksheet name: at most 31 characters, none of []:*?/\\."""
    name = _SHEET_FORBIDDEN.sub(" ", title)
    name = re.sub(r"\s+", " ", name).strip().strip("'").strip()
    if not name:
        name = translate("Reports", "Sheet {number}").format(number=len(taken) + 1)
    if name.lower() == "history":  # reserved by Excel
        name = translate("Reports", "History table")
    base, number = name[:31].rstrip(), 1
    name = base
    while name.lower() in taken:
        number += 1
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)].rstrip() + suffix
    taken.add(name.lower())
    return name


def _display_width(value: Cell, kind: str) -> int:
    """Roughly how many characters Excel shows for ``value`` with its number format."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0) + 1
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if kind == "money":
        return len(f"${abs(int(value)) / 100:,.2f}") + (1 if int(value) < 0 else 0)
    if kind == "percent":
        return len(percent_text(float(value)))
    return len(f"{value:,}") if isinstance(value, int) else len(str(value))


def write_xlsx(
    report: Report,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bool:
    """Write ``report`` as an Excel workbook, one worksheet per table; False when cancelled.

    Each sheet: row 1 the report title and period, row 2 the bold header (frozen, with an
    autofilter), then the rows with real numbers and dates, then a bold totals row holding
    numbers (not formulas, so the file needs no recalculation). Money is dollars formatted
    "$#,##0.00", percentages fractions formatted "0.0%", dates "mm/dd/yyyy".
    """
    import xlsxwriter  # imported here: only exports need it

    counter = _Counter(report, progress, cancelled)

    def write(temp: Path) -> None:
        counter.check()
        book = xlsxwriter.Workbook(
            str(temp),
            {"constant_memory": True, "remove_timezone": True},
        )
        try:
            _fill_workbook(book, report, counter)
        finally:
            book.close()
        counter.report()

    return _atomic(path, write)


def _fill_workbook(book: Any, report: Report, counter: _Counter) -> None:
    title_format = book.add_format({"bold": True, "font_size": 13})
    header = {
        numeric: book.add_format(
            {"bold": True, "bottom": 1, "text_wrap": False, "align": "right" if numeric else "left"}
        )
        for numeric in (False, True)
    }
    formats = {
        (kind, bold): book.add_format(
            {"num_format": fmt, "bold": bold, **({"top": 1} if bold else {})}
        )
        for kind, fmt in _NUMBER_FORMATS.items()
        for bold in (False, True)
    }
    note_format = book.add_format({"italic": True, "font_color": "#52606d"})
    taken: set[str] = set()
    if not report.tables:
        sheet = book.add_worksheet(sheet_name(report.title, taken))
        sheet.write_string(0, 0, neutralise(f"{report.title} — {report.period}"), title_format)
        return
    for table in report.tables:
        sheet = book.add_worksheet(sheet_name(table.title, taken))
        heading = " — ".join(p for p in (report.title, table.title, report.period) if p)
        sheet.write_string(0, 0, neutralise(heading), title_format)
        columns = table.columns
        widths = [len(c.title) + 3 for c in columns]  # room for the autofilter button
        for col, column in enumerate(columns):
            sheet.write_string(1, col, neutralise(column.title), header[column.kind in _NUMERIC])
        row_index = 2
        for row in counter.rows(table):
            _write_row(sheet, row_index, row, columns, formats, widths, bold=False)
            row_index += 1
        last_data_row = row_index - 1
        totals = _totals(table)
        if totals is not None:
            _write_row(sheet, row_index, totals, columns, formats, widths, bold=True)
            row_index += 1
        if table.note:
            sheet.write_string(row_index + 1, 0, neutralise(table.note), note_format)
        if columns:
            sheet.freeze_panes(2, 0)
            sheet.autofilter(1, 0, max(last_data_row, 1), len(columns) - 1)
            for col, width in enumerate(widths):
                sheet.set_column(col, col, min(max(width, 8), _MAX_WIDTH) + 1)


def _write_row(
    sheet: Any,
    row_index: int,
    row: tuple[Cell, ...],
    columns: tuple[Column, ...],
    formats: dict[tuple[str, bool], Any],
    widths: list[int],
    *,
    bold: bool,
) -> None:
    for col, (value, column) in enumerate(zip(row, columns, strict=False)):
        kind = column.kind
        if value is None:
            if bold:
                sheet.write_blank(row_index, col, None, formats["text", True])
            continue
        widths[col] = max(widths[col], _display_width(value, kind))
        if isinstance(value, str):
            sheet.write_string(row_index, col, neutralise(value), formats["text", bold])
        elif isinstance(value, datetime):
            sheet.write_datetime(row_index, col, _wall_clock(value), formats["datetime", bold])
        elif isinstance(value, date):
            sheet.write_datetime(row_index, col, value, formats["date", bold])
        elif kind == "money":
            dollars = float(Decimal(int(value)) / 100)
            sheet.write_number(row_index, col, dollars, formats["money", bold])
        elif kind in ("count", "percent"):
            sheet.write_number(row_index, col, value, formats[kind, bold])
        else:
            sheet.write_number(row_index, col, value, formats["count", bold])


# ------------------------------------------------------------------------------------- PDF


def write_pdf(
    report: Report,
    path: str | os.PathLike[str],
    *,
    letterhead: OfficeLetterhead | None = None,
    cancelled: Cancelled | None = None,
) -> bool:
    """Write ``report`` as a PDF under the office letterhead; False when cancelled.

    Without a letterhead the page carries the name "CollectorPro"; callers that know the
    office should pass its letterhead.
    """
    from collectorpro.documents.page import OfficeLetterhead
    from collectorpro.documents.report_pdf import render_report

    head = letterhead or OfficeLetterhead(name="CollectorPro")

    def write(temp: Path) -> None:
        if cancelled is not None and cancelled():
            raise _Cancelled
        buffer = io.BytesIO()
        render_report(report, buffer, letterhead=head)
        if cancelled is not None and cancelled():
            raise _Cancelled
        temp.write_bytes(buffer.getvalue())

    return _atomic(path, write)


# -------------------------------------------------------------------------------- dispatch


def export_report(
    report: Report,
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    *,
    excel_bom: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    letterhead: OfficeLetterhead | None = None,
) -> bool:
    """Write ``report`` to ``path`` as ``fmt``; True when written, False when cancelled.

    Either the whole file is written or none of it. Raises StorageError (a message for a
    person) when the file cannot be written, ValueError for an unknown format.
    """
    if fmt == "csv":
        return write_csv(report, path, excel=excel_bom, progress=progress, cancelled=cancelled)
    if fmt == "xlsx":
        return write_xlsx(report, path, progress=progress, cancelled=cancelled)
    if fmt == "pdf":
        done = write_pdf(report, path, letterhead=letterhead, cancelled=cancelled)
        if done and progress is not None:
            total = sum(len(t.rows) for t in report.tables)
            progress(total, total)
        return done
    raise ValueError(f"Unknown export format {fmt!r}; use csv, xlsx or pdf.")
