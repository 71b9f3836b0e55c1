"""Report exports: CSV and XLSX read back as values, PDF read back as text, nothing half-written."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from collectorpro.core.errors import StorageError
from collectorpro.core.report_model import (
    Chart,
    Column,
    Report,
    ReportTable,
    Series,
)
from collectorpro.documents.page import OfficeLetterhead
from collectorpro.documents.report_pdf import render_report
from collectorpro.services.reports.export import (
    export_report,
    neutralise,
    sheet_name,
    write_csv,
)

FORMULA = '=HYPERLINK("http://x")'
LETTERHEAD = OfficeLetterhead(
    name="Ridgeline Financial Recovery", address_lines=("12 Main St", "Dayton, OH 45402")
)


def make_report(rows: int = 3) -> Report:
    collectors = ReportTable(
        "Collections by collector",
        (
            Column("collector", "Collector"),
            Column("payments", "Payments", "count", total=True),
            Column("collected", "Collected", "money", total=True),
            Column("share", "Share", "percent"),
            Column("last", "Last payment", "date"),
        ),
        (
            (FORMULA, 4, 123456, 0.25, date(2026, 11, 24)),
            ("-5 + 3", 2, 5000, 0.5, date(2026, 11, 2)),
            ("@SUM(A1)", 1, -1, None, None),
            *[(f"Collector {i}", 1, 100, 0.01, date(2026, 1, 1)) for i in range(rows - 3)],
        ),
        ("Total", 7 + rows - 3, 128455 + 100 * (rows - 3), None, None),
        note="Payments posted in the period.",
    )
    overrides = ReportTable(
        "Contact overrides: who allowed what [audit]",
        (
            Column("at", "When", "datetime"),
            Column("account", "Account"),
            Column("rules", "Rules overridden"),
        ),
        ((datetime(2026, 11, 3, 14, 30, tzinfo=UTC), "RFM-000123", "Time of day"),),
    )
    chart = Chart(
        "Collections per week",
        "bar",
        ("Nov 2", "Nov 9", "Nov 16"),
        (Series("Collected", (50.0, 1234.56, 0.0)),),
        "money",
    )
    return Report(
        name="collections",
        title="Collections",
        period="November 1–30, 2026",
        generated_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        tables=(collectors, overrides),
        headline=(("Collected", "$1,284.55"), ("Payments", "7")),
        charts=(chart,),
    )


def read_csv(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_neutralise_prefixes_formula_starts_only() -> None:
    assert neutralise(FORMULA) == "'" + FORMULA
    assert neutralise("-5 + 3") == "'-5 + 3"
    assert neutralise("+1") == "'+1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("\rx") == "'\rx"
    assert neutralise("Muñoz = fine") == "Muñoz = fine"
    assert neutralise("") == ""


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    first = sheet_name("Contact overrides: who allowed what [audit] / by manager?", taken)
    second = sheet_name("Contact overrides: who allowed what [audit] / by manager?", taken)
    assert len(first) <= 31 and len(second) <= 31
    assert first != second
    assert not set("[]:*?/\\") & set(first + second)
    assert sheet_name("", taken) and sheet_name("'quoted'", taken) == "quoted"


def test_csv_holds_values_and_neutralised_text(tmp_path: Path) -> None:
    path = tmp_path / "collections.csv"
    assert export_report(make_report(), path, "csv") is True
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    lines = read_csv(path)
    assert lines[0] == ["Collections", "November 1–30, 2026"]
    assert lines[1] == []
    assert lines[2] == ["Collections by collector"]
    assert lines[3] == ["Collector", "Payments", "Collected", "Share", "Last payment"]
    assert lines[4] == ["'" + FORMULA, "4", "1234.56", "25.0%", "2026-11-24"]
    assert lines[5] == ["'-5 + 3", "2", "50.00", "50.0%", "2026-11-02"]
    assert lines[6] == ["'@SUM(A1)", "1", "-0.01", "", ""]
    assert lines[7] == ["Total", "7", "1284.55", "", ""]
    assert lines[8] == ["Payments posted in the period."]
    assert lines[10] == ["Contact overrides: who allowed what [audit]"]
    assert lines[12] == ["2026-11-03 14:30", "RFM-000123", "Time of day"]
    assert list(tmp_path.iterdir()) == [path]


def test_csv_for_excel_starts_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "collections.csv"
    assert export_report(make_report(), path, "csv", excel_bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(path, "utf-8-sig")[0][0] == "Collections"


def test_xlsx_holds_numbers_dates_formats_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "collections.xlsx"
    assert export_report(make_report(), path, "xlsx") is True
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 2
    ws = book["Collections by collector"]
    assert "Collections" in ws["A1"].value and "November 1–30, 2026" in ws["A1"].value
    assert [c.value for c in ws[2]] == [
        "Collector",
        "Payments",
        "Collected",
        "Share",
        "Last payment",
    ]
    assert ws["A2"].font.b
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:E5"
    assert ws["A3"].value == "'" + FORMULA and ws["A3"].data_type == "s"
    assert ws["A4"].value == "'-5 + 3" and ws["A5"].value == "'@SUM(A1)"
    assert ws["B3"].value == 4 and isinstance(ws["B3"].value, int)
    assert ws["C3"].value == pytest.approx(1234.56) and "$" in ws["C3"].number_format
    assert ws["C5"].value == pytest.approx(-0.01)
    assert ws["D3"].value == pytest.approx(0.25) and "%" in ws["D3"].number_format
    assert ws["E3"].value == datetime(2026, 11, 24) and ws["E3"].is_date
    assert ws["D5"].value is None
    totals = [c.value for c in ws[6]]
    assert totals[:3] == ["Total", 7, pytest.approx(1284.55)]
    assert ws["A6"].font.b and ws["C6"].font.b and "$" in ws["C6"].number_format
    assert ws["A8"].value == "Payments posted in the period."
    assert 8 <= ws.column_dimensions["A"].width <= 61
    audit = book[book.sheetnames[1]]
    assert len(book.sheetnames[1]) <= 31 and "[" not in book.sheetnames[1]
    assert audit["A3"].value == datetime(2026, 11, 3, 14, 30) and audit["A3"].is_date
    assert "hh:mm" in audit["A3"].number_format
    assert list(tmp_path.iterdir()) == [path]


def test_pdf_shows_title_amounts_chart_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "collections.pdf"
    assert export_report(make_report(), path, "pdf", letterhead=LETTERHEAD) is True
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in (
        "Collections",
        "November 1–30, 2026",
        "Ridgeline Financial Recovery",
        "$1,234.56",
        "$1,284.55",
        "-$0.01",
        "25.0%",
        "11/24/2026",
        "Collections per week",
        "Contact overrides",
        FORMULA.replace('"', ""),  # extraction may drop nothing else; quotes vary by font
    ):
        assert expected in text.replace('"', ""), expected


def test_long_table_splits_across_pages_with_its_header(tmp_path: Path) -> None:
    out = io.BytesIO()
    pages = render_report(make_report(rows=400), out, letterhead=LETTERHEAD)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert pages == len(reader.pages) > 3
    for page in reader.pages[1:-1]:
        assert "Last payment" in page.extract_text()


def test_progress_is_reported_in_blocks(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_report(
        make_report(rows=1200),
        tmp_path / "r.xlsx",
        "xlsx",
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[0] == (500, 1201) and calls[-1] == (1201, 1201)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_cancelled_export_leaves_no_file(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"report.{fmt}"
    done = export_report(make_report(rows=1200), path, fmt, cancelled=lambda: True)  # type: ignore[arg-type]
    assert done is False
    assert list(tmp_path.iterdir()) == []


def test_cancel_half_way_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text("previous export")
    checks = iter([False, False, True])
    assert not export_report(make_report(rows=1200), path, "csv", cancelled=lambda: next(checks))
    assert path.read_text() == "previous export"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_missing_folder_raises_storage_error(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "gone" / f"report.{fmt}"
    with pytest.raises(StorageError, match=r"could not be saved to .*folder does not exist"):
        export_report(make_report(), path, fmt)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_unwritable_folder_raises_storage_error(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="permission denied"):
            export_report(make_report(), folder / f"report.{fmt}", fmt)  # type: ignore[arg-type]
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_write_failure_half_way_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up while writing: a StorageError and no temporary file left over."""
    import collectorpro.services.reports.export as export

    def full(value, kind):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_csv_cell", full)
    with pytest.raises(StorageError, match="disk is full"):
        write_csv(make_report(), tmp_path / "r.csv")
    assert list(tmp_path.iterdir()) == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(), min_size=1, max_size=6))
def test_text_cells_survive_a_csv_round_trip(tmp_path: Path, texts: list[str]) -> None:
    table = ReportTable(
        "Notes", (Column("note", "Note"), Column("n", "N", "count")), tuple((t, 1) for t in texts)
    )
    report = Report("notes", "Notes", "Today", datetime(2026, 1, 1), (table,))
    path = tmp_path / "notes.csv"
    assert write_csv(report, path, excel=True)
    rows = read_csv(path, "utf-8-sig")[4 : 4 + len(texts)]
    for (written, count), original in zip(rows, texts, strict=True):
        assert count == "1"
        if original.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert written == "'" + original
            written = written[1:]
        assert written == original


def test_refused_rename_raises_storage_error_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last step failing (a read-only share, a file open in Excel) leaves no temp file."""
    import collectorpro.services.reports.export as export

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export.os, "replace", refuse)
    with pytest.raises(StorageError, match="permission denied"):
        export_report(make_report(), tmp_path / "r.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []


def test_wide_money_table_keeps_every_amount_on_one_line() -> None:
    buckets = [f"{lo}-{lo + 29} days" for lo in range(1, 240, 30)]
    columns = (
        Column("creditor", "Creditor"),
        *(Column(f"b{i}", title, "money", total=True) for i, title in enumerate(buckets)),
        Column("accounts", "Accounts", "count", total=True),
    )
    row = ("Riverside Family Medicine", *([152980607] * len(buckets)), 1477)
    table = ReportTable("Aging by creditor", columns, (row,), ("Total", *row[1:]))
    report = Report("aging", "Aging", "As of today", datetime(2026, 11, 25), (table,))
    out = io.BytesIO()
    render_report(report, out, letterhead=LETTERHEAD)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert text.count("$1,529,806.07") == 2 * len(buckets)
