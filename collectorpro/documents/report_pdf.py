"""A management report as a PDF: title, headline figures, charts, then every table.

Tables carry their header onto each page they run over, numbers are right-aligned and
formatted as the window shows them, and wide tables wrap their text columns (8 pt) rather than
run off the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from collectorpro.core.i18n import translate
from collectorpro.core.report_model import Cell, Chart, Report, ReportTable
from collectorpro.documents.fonts import BOLD, REGULAR
from collectorpro.documents.page import (
    INK,
    MUTED,
    RULE,
    OfficeLetterhead,
    Output,
    PageSetup,
    build_pdf,
)
from collectorpro.documents.styles import SHADE, esc, fmt_date, fmt_money, rule, spacer, styles

__all__ = ["render_report"]

LOCALE = "en_US"
PAGE = PageSetup(margin_left=0.6 * inch, margin_right=0.6 * inch)
# table type size and cell padding (left and right), tried in turn until a table fits
_SIZES = ((8.0, 4.0), (7.5, 3.5), (7.0, 3.0), (6.5, 2.5), (6.0, 2.0))
PALETTE = tuple(
    colors.HexColor(c) for c in ("#2f6690", "#d9822b", "#3a7d44", "#9b2c2c", "#6b4c9a", "#7a869a")
)
_NUMERIC = ("money", "count", "percent", "date", "datetime")
_MEASURE_ROWS = 300  # rows sampled when sizing columns; the rest wrap if they must
_MIN_TEXT = 0.75 * inch
_KEEP_ROWS = 30  # tables up to this long are never split


@cache
def _cell_styles(size: float) -> dict[str, ParagraphStyle]:
    s = styles()
    cell = ParagraphStyle(f"report_cell_{size}", parent=s.cell, fontSize=size, leading=size + 2)
    head = ParagraphStyle(f"report_head_{size}", parent=cell, fontName=BOLD)
    bold = ParagraphStyle(f"report_bold_{size}", parent=cell, fontName=BOLD)
    return {
        "cell": cell,
        "cell_right": ParagraphStyle(f"report_cell_r_{size}", parent=cell, alignment=TA_RIGHT),
        "head": head,
        "head_right": ParagraphStyle(f"report_head_r_{size}", parent=head, alignment=TA_RIGHT),
        "bold": bold,
        "bold_right": ParagraphStyle(f"report_bold_r_{size}", parent=bold, alignment=TA_RIGHT),
    }


def format_cell(value: Cell, kind: str) -> str:
    """A cell as the report shows it: "$1,234.56", "25.0%", "11/24/2026", "1,204"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        hour = value.hour % 12 or 12
        return f"{value:%m/%d/%Y} {hour}:{value:%M} {'AM' if value.hour < 12 else 'PM'}"
    if isinstance(value, date):
        return fmt_date(value, LOCALE, "MM/dd/yyyy")
    if kind == "money":
        return fmt_money(int(value), LOCALE)
    if kind == "percent":
        return f"{float(value) * 100:.1f}%"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}"


def render_report(report: Report, out: Output, *, letterhead: OfficeLetterhead) -> int:
    """Render ``report`` to ``out`` (a path or binary file); return the page count."""
    s = styles()
    width = PAGE.text_width
    story: list[Flowable] = [
        Paragraph(esc(report.title), s.title),
        Paragraph(
            esc(
                translate("Reports", "{period}  ·  Generated {when}").format(
                    period=report.period, when=format_cell(report.generated_at, "")
                )
            ),
            s.small,
        ),
        rule(4, 8),
    ]
    if report.headline:
        story += [_headline(report.headline), spacer(10)]
    for chart in report.charts:
        story.append(_chart_block(chart, width))
    for table in report.tables:
        story += _table_block(table, width)
    return build_pdf(
        out,
        story,
        letterhead=letterhead,
        title=f"{report.title} — {report.period}",
        page_setup=PAGE,
        footer_text=f"{report.title}  ·  {report.period}",
        page_label=translate("Reports", "Page {page} of {pages}"),
    )


# ---------------------------------------------------------------------------- headline


def _headline(figures: Sequence[tuple[str, str]]) -> Table:
    s = styles()
    data = [
        [Paragraph(esc(label), s.label), Paragraph(f"<b>{esc(value)}</b>", s.value_right)]
        for label, value in figures
    ]
    table = Table(data, colWidths=[2.4 * inch, 1.5 * inch], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, SHADE),
            ]
        )
    )
    return table


# ------------------------------------------------------------------------------ charts


def _axis_label(unit: str, span: float) -> object:
    """How the value axis writes a number; chart money is already in dollars."""
    if unit == "money":
        return lambda v: f"${v:,.0f}" if span >= 5 else f"${v:,.2f}"
    if unit == "percent":
        return lambda v: f"{v * 100:.0f}%" if span >= 0.05 else f"{v * 100:.1f}%"
    return lambda v: f"{v:,.0f}" if span >= 5 else f"{v:,.1f}"


def _chart_block(chart: Chart, width: float) -> Flowable:
    s = styles()
    heading = Paragraph(esc(chart.title), s.heading)
    values = [v for series in chart.series for v in series.values if v is not None]
    if not chart.labels or not values:
        nothing = translate("Reports", "Nothing to show for this period.")
        return KeepTogether([heading, Paragraph(esc(nothing), s.small)])
    return KeepTogether([heading, _drawing(chart, width, values)])


def _drawing(chart: Chart, width: float, values: list[float]) -> Drawing:
    height = 2.3 * inch
    many = len(chart.series) > 1
    legend_room = 16 if many else 0
    longest = max(stringWidth(label, REGULAR, 7) for label in chart.labels)
    slot = (width - 60) / len(chart.labels)
    slanted = longest > slot - 4
    label_room = min(longest * 0.6, 60) + 14 if slanted else 16
    low, high = min(0.0, min(values)), max(values)
    if high <= low:
        high = low + 1
    drawing = Drawing(width, height)
    plot = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
    plot.x = 56
    plot.y = label_room + legend_room
    plot.width = width - plot.x - 8
    plot.height = height - plot.y - 10
    # a line leaves a gap where a week had nothing to measure; a bar shows nothing there
    plot.data = [
        tuple(v if v is not None or chart.kind == "line" else 0.0 for v in series.values)
        for series in chart.series
    ]
    plot.valueAxis.valueMin = low
    plot.valueAxis.valueMax = high * 1.08 if high > 0 else high
    plot.valueAxis.labelTextFormat = _axis_label(chart.unit, high - low)
    plot.valueAxis.labels.fontName = REGULAR
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.strokeColor = RULE
    plot.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.forceZero = True
    plot.categoryAxis.categoryNames = list(chart.labels)
    plot.categoryAxis.labels.fontName = REGULAR
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.fillColor = INK
    plot.categoryAxis.strokeColor = RULE
    if slanted:
        plot.categoryAxis.labels.angle = 35
        plot.categoryAxis.labels.boxAnchor = "ne"
        plot.categoryAxis.labels.dx = 2
        plot.categoryAxis.labels.dy = -2
    else:
        plot.categoryAxis.labels.boxAnchor = "n"
        plot.categoryAxis.labels.dy = -3
    for index in range(len(chart.series)):
        colour = PALETTE[index % len(PALETTE)]
        if chart.kind == "bar":
            plot.bars[index].fillColor = colour
            plot.bars[index].strokeColor = None
        else:
            plot.lines[index].strokeColor = colour
            plot.lines[index].strokeWidth = 1.6
    if chart.kind == "bar":
        plot.barSpacing = 1
        plot.groupSpacing = 6
    drawing.add(plot)
    if many:
        legend = Legend()
        legend.x, legend.y = plot.x, 6
        legend.fontName, legend.fontSize = REGULAR, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], series.name) for i, series in enumerate(chart.series)
        ]
        drawing.add(legend)
    elif chart.series and chart.series[0].name:
        drawing.add(
            String(
                width - 8,
                height - 8,
                chart.series[0].name,
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    return drawing


# ------------------------------------------------------------------------------ tables


def _table_block(table: ReportTable, width: float) -> list[Flowable]:
    s = styles()
    heading = Paragraph(esc(table.title), s.heading)
    body: list[Flowable] = []
    if not table.rows:
        body.append(
            Paragraph(esc(translate("Reports", "Nothing to show for this period.")), s.small)
        )
    elif table.columns:
        body.append(_grid(table, width))
    if table.note:
        body += [spacer(3), Paragraph(esc(table.note), s.small)]
    if len(table.rows) <= _KEEP_ROWS:
        return [KeepTogether([heading, *body])]  # a short table moves whole with its note
    # a long one starts where it is, but never with its heading alone at the foot of a page
    return [CondPageBreak(1.2 * inch), heading, *body]


@dataclass(frozen=True)
class _Layout:
    size: float
    padding: float
    widths: list[float]
    wrap_numbers: bool  # only when even the smallest type cannot fit every number


def _layout(table: ReportTable, rows: list[list[str]], width: float) -> _Layout:
    """Column widths that fit ``width``: numbers never wrap, text and headers may.

    A wide table (the aging by creditor has nine money columns) steps its type down from 8 pt
    to 6 pt until its numbers fit on a portrait page; only past that do numbers wrap.
    """
    numeric = [c.kind in _NUMERIC for c in table.columns]
    sample = rows[:_MEASURE_ROWS] + rows[-1:]  # the last row is the (bold) totals row
    for size, padding in _SIZES:
        natural = [
            max(
                [stringWidth(column.title, BOLD, size)]
                + [stringWidth(row[i], BOLD, size) for row in sample]
            )
            + 2 * padding
            + 1
            for i, column in enumerate(table.columns)
        ]
        if sum(natural) <= width:
            return _Layout(size, padding, natural, False)
        # numbers keep their width (headers wrap between words); text columns share the rest
        needed = list(natural)
        for i, column in enumerate(table.columns):
            if numeric[i]:
                words = [stringWidth(w, BOLD, size) for w in column.title.split()]
                values = [stringWidth(row[i], BOLD, size) for row in sample]
                needed[i] = max(words + values) + 2 * padding + 1
        fixed = sum(w for w, n in zip(needed, numeric, strict=True) if n)
        text = [w for w, n in zip(needed, numeric, strict=True) if not n]
        room = width - fixed
        if room >= _MIN_TEXT * len(text):
            shares = iter(_share(text, room) if text else [])
            widths = [w if n else next(shares) for w, n in zip(needed, numeric, strict=True)]
            return _Layout(size, padding, widths, False)
    scale = width / sum(natural)
    return _Layout(size, padding, [w * scale for w in natural], True)


def _share(natural: list[float], room: float) -> list[float]:
    """Split ``room`` among text columns: narrow ones keep their width, wide ones share."""
    widths = list(natural)
    pending = set(range(len(natural)))
    left = room
    while pending:
        each = left / len(pending)
        narrow = [i for i in pending if natural[i] <= each]
        if not narrow:
            for i in pending:
                widths[i] = each
            break
        for i in narrow:
            left -= natural[i]
            pending.remove(i)
    return widths


def _grid(table: ReportTable, width: float) -> Table:
    columns = table.columns
    kinds = [c.kind for c in columns]
    body = [[format_cell(v, k) for v, k in zip(row, kinds, strict=False)] for row in table.rows]
    totals: list[str] | None = None
    if table.totals is not None:
        totals = [format_cell(v, k) for v, k in zip(table.totals, kinds, strict=False)]
        if totals and not totals[0] and kinds[0] == "text":
            totals[0] = translate("Reports", "Total")
    layout = _layout(table, body + ([totals] if totals else []), width)
    st = _cell_styles(layout.size)
    right = [k in _NUMERIC for k in kinds]

    def cell(text: str, i: int, bold: bool) -> object:
        if right[i] and not layout.wrap_numbers:
            return text  # a plain string: fast for long tables, and it never wraps
        if not text:
            return ""
        key = ("bold" if bold else "cell") + ("_right" if right[i] else "")
        return Paragraph(esc(text), st[key])

    data: list[list[object]] = [
        [
            Paragraph(esc(c.title), st["head_right" if right[i] else "head"])
            for i, c in enumerate(columns)
        ]
    ]
    data += [[cell(text, i, False) for i, text in enumerate(row)] for row in body]
    if totals is not None:
        data.append([cell(text, i, True) for i, text in enumerate(totals)])
    grid = Table(data, colWidths=layout.widths, repeatRows=1, hAlign="LEFT")
    last = len(data) - 1
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), layout.size),
        ("LEADING", (0, 0), (-1, -1), layout.size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), layout.padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), layout.padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, r in enumerate(right) if r]
    body_end = last - 1 if totals is not None else last
    if body_end >= 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, body_end), [colors.white, SHADE]))
    if totals is not None:
        commands += [
            ("FONTNAME", (0, last), (-1, last), BOLD),
            ("LINEABOVE", (0, last), (-1, last), 0.8, INK),
        ]
    grid.setStyle(TableStyle(commands))
    return grid
