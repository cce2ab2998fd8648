"""The Rakor export: proposals as an XLSX workbook or a CSV file, and a status chart as a PNG.

Pure functions over stored proposals: no Telegram, no database. Columns come from the proposal
form (bot.domain.proposal.PROPOSAL), so a field added to the form appears in the export with its
label and its summary text; numbers, dates and instants stay numbers, dates and instants so that
Excel can sum, sort and filter them.

The workbook is written in openpyxl's write-only (streaming) mode, which supports what the
export needs (frozen header, autofilter, column widths, styled and hyperlink cells) without
keeping a cell object per value: 10,000 proposals take under 4 s and some 25 MB at the peak.

The CSV is for Excel on Indonesian Windows: UTF-8 with a byte order mark (without it Excel reads
UTF-8 as the ANSI code page and breaks "—" and "≈"), ";" between fields (Excel splits a CSV at
the regional list separator, which is ";" wherever the decimal mark is ",", as in id-ID) and
decimals written with a comma ("12,5"), dates day first ("12/03/2023").
"""

from __future__ import annotations

import csv
import functools
import html
import io
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum, auto
from typing import Any, Final
from zoneinfo import ZoneInfo

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

from bot.domain.forms import Answers, Field, Option
from bot.domain.lifecycle import Status
from bot.domain.proposal import PROPOSAL
from bot.domain.regions import REGENCIES, regency_by_code
from bot.texts import t
from storage.proposals import Proposal

__all__ = [
    "STATUS_COLOURS",
    "ExtraColumn",
    "proposals_csv",
    "proposals_xlsx",
    "status_chart_png",
]

# A column the caller adds after the form's: its header (in the reader's language; a text from
# `t` may be passed as is, its HTML is removed) and how to get its value from a proposal (a
# number, text, date, datetime, bool or None).
ExtraColumn = tuple[str, Callable[[Proposal], object]]
# What a cell holds (datetime is a date); None is an empty cell.
Value = str | int | float | date | None

# Words of the export that are not in the message catalogue (they appear nowhere in a chat).
_WORDS: Final[Mapping[str, Mapping[str, str]]] = {
    "id": {
        "sheet": "Usulan",
        "summary": "Ringkasan",
        "code": "Kode",
        "budget_year": "Tahun anggaran",
        "level": "Kewenangan (hasil pemeriksaan)",
        "outside": "Di luar kewenangan provinsi",
        "status": "Status",
        "submitted": "Diajukan pada",
        "changed": "Perubahan terakhir",
        "map": "Tautan peta",
        "total": "Jumlah",
        "cost_total": "Total biaya (Rp)",
        "chart_title": "Usulan per kabupaten/kota menurut status",
        "chart_axis": "Jumlah usulan",
        "chart_empty": "Belum ada usulan",
    },
    "en": {
        "sheet": "Proposals",
        "summary": "Summary",
        "code": "Code",
        "budget_year": "Budget year",
        "level": "Authority (as checked)",
        "outside": "Outside provincial authority",
        "status": "Status",
        "submitted": "Submitted at",
        "changed": "Last changed",
        "map": "Map link",
        "total": "Total",
        "cost_total": "Total cost (Rp)",
        "chart_title": "Proposals per regency/city by status",
        "chart_axis": "Number of proposals",
        "chart_empty": "No proposals yet",
    },
}

# Fixed colours per status (colour-blind-safe Okabe-Ito hues plus greys for the closed ends):
# the same status looks the same in every chart.
STATUS_COLOURS: Final[Mapping[str, str]] = {
    Status.DIAJUKAN: "#56B4E9",
    Status.VERIFIKASI: "#0072B2",
    Status.PERLU_PERBAIKAN: "#E69F00",
    Status.DIBAHAS_RAKOR: "#CC79A7",
    Status.DISETUJUI: "#009E73",
    Status.DITOLAK: "#D55E00",
    Status.DIALIHKAN: "#F0E442",
    Status.DIBATALKAN: "#999999",
}

MAX_WIDTH = 50  # characters; longer text wraps
MIN_WIDTH = 8
MAP_URL = "https://www.google.com/maps?q={lat},{lon}"

_DATE_FORMAT = "dd/mm/yyyy"
_DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
_INTEGER_FORMAT = "#,##0"
_AREA_FORMAT = '#,##0.00## "ha"'  # a number, shown with its unit
_HEADER_RGB = "FFDDEBF7"  # light blue
_LINK_RGB = "FF0563C1"  # Office's hyperlink blue

_TAG = re.compile(r"<[^>]+>")
# Text that a spreadsheet could take for a formula; plain numbers and coordinates are harmless.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"[-+\d.,\s]+")


class _Kind(Enum):
    """How a column's values are written."""

    TEXT = auto()
    INTEGER = auto()  # counts and money: "#,##0"
    AREA = auto()  # hectares, 2 to 4 decimals
    DATE = auto()
    DATETIME = auto()  # naive, in the export's zone
    LINK = auto()  # a URL, written as a hyperlink
    ANY = auto()  # caller's columns: by the value's type


@dataclass(frozen=True, slots=True)
class _Table:
    headers: list[str]
    kinds: list[_Kind]
    rows: list[list[Value]]


# --- values ---------------------------------------------------------------------------------


def _word(lang: str, key: str) -> str:
    return _WORDS.get(lang, _WORDS["id"])[key]


def _unmarked(text: str) -> str:
    """Telegram HTML as plain text: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", text))


@functools.cache
def _plain(lang: str, key: str) -> str:
    """A catalogue text as plain text."""
    return _unmarked(t(lang, key))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_STATUSES: Final = frozenset(Status)


def _status_label(lang: str, status: str) -> str:
    if status not in _STATUSES:
        return status
    return _capitalised(_plain(lang, f"proposal.{status}"))


def _level_label(lang: str, level: str | None) -> str:
    if level is None:
        return _capitalised(_plain(lang, "usul.admin_level_unknown"))
    try:
        return _capitalised(_plain(lang, f"level.{level}"))
    except KeyError:
        return level


def _regency_name(code: str) -> str:
    try:
        return regency_by_code(code).name
    except KeyError:
        return code


def _budget_year(proposal: Proposal) -> int:
    # Proposals of year N are for year N+1's budget; older rows may not carry the column.
    budget_year: int | None = getattr(proposal, "budget_year", None)
    return proposal.year + 1 if budget_year is None else budget_year


def _instant(stored: str, zone: ZoneInfo) -> datetime | None:
    """A stored UTC timestamp as the wall-clock time in `zone`, naive (Excel has no zones)."""
    try:
        moment = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).replace(tzinfo=None)


def _map_link(gps: object) -> str | None:
    if not isinstance(gps, list | tuple) or len(gps) != 2:
        return None
    lat, lon = gps
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
        return None
    return MAP_URL.format(lat=lat, lon=lon)


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return value


def _hectares(value: object) -> float:
    return float(Decimal(str(value)))


def _iso_date(value: object) -> date:
    if not isinstance(value, str):
        raise TypeError(value)
    return date.fromisoformat(value)


# Fields whose stored value is written as a number or a date rather than its summary text.
_TYPED: Final[Mapping[str, tuple[_Kind, Callable[[object], Value]]]] = {
    "area_ha": (_Kind.AREA, _hectares),
    "households": (_Kind.INTEGER, _whole),
    "people": (_Kind.INTEGER, _whole),
    "units": (_Kind.INTEGER, _whole),
    "cost": (_Kind.INTEGER, _whole),
    "sk_date": (_Kind.DATE, _iso_date),
}


def _form_fields() -> list[Field]:
    """The form's fields as columns: those the summary shows, the regency (a column of its own
    at the front) excepted."""
    return [f for f in PROPOSAL.fields if f.in_summary and f.name != "regency"]


def _field_kind(field: Field) -> _Kind:
    if field.collect is not None:
        return _Kind.INTEGER
    return _TYPED[field.name][0] if field.name in _TYPED else _Kind.TEXT


def _option_label(option: Option, lang: str) -> str:
    return _plain(lang, option.label) if option.translate else option.label


def _answer(field: Field, answers: Answers, lang: str) -> Value:
    """One answer as its cell value: a number, date or the summary's text; None when empty."""
    value = answers.get(field.name)
    if field.collect is not None:  # photos, documents: how many
        return len(value) if isinstance(value, list) else 0
    if value is None:
        return None
    if field.name in _TYPED:
        try:
            return _TYPED[field.name][1](value)
        except (TypeError, ValueError, ArithmeticError):  # InvalidOperation is one
            pass  # an old or odd stored value: shown as text rather than lost
    try:
        return _shown(field, value, answers, lang)
    except (KeyError, IndexError, TypeError, ValueError):
        return str(value)


def _shown(field: Field, value: Any, answers: Answers, lang: str) -> str:
    """The summary's text for an answer (handlers.plumbing.form_view.shown, without Telegram)."""
    if field.show is not None:
        return field.show(value)
    options = field.options_for(answers)
    if field.multi:
        by_value = {o.value: _option_label(o, lang) for o in options}
        chosen = [by_value.get(v, str(v)) for v in value]
        return ", ".join(chosen) or _plain(lang, "form.none_chosen")
    for option in options:
        if option.value == value:
            return _option_label(option, lang)
    return str(value)


def _extra(value: object, zone: ZoneInfo, lang: str) -> Value:
    """A caller's value as a cell value."""
    if isinstance(value, bool):
        return _plain(lang, "opt.yes" if value else "opt.no")
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
    if value is None or isinstance(value, int | float | date | str):
        return value
    return str(value)


def _table(
    rows: Sequence[Proposal], lang: str, zone: ZoneInfo, extra_columns: Sequence[ExtraColumn]
) -> _Table:
    fields = _form_fields()
    headers = [
        _word(lang, "code"),
        _word(lang, "budget_year"),
        _plain(lang, "usul.regency.label"),
        *(_plain(lang, f.label) for f in fields),
        _word(lang, "level"),
        _word(lang, "outside"),
        _word(lang, "status"),
        _word(lang, "submitted"),
        _word(lang, "changed"),
        _word(lang, "map"),
        *(_unmarked(header) for header, _ in extra_columns),
    ]
    kinds = [
        _Kind.TEXT,
        _Kind.ANY,  # a year: no thousands mark
        _Kind.TEXT,
        *(_field_kind(f) for f in fields),
        _Kind.TEXT,
        _Kind.TEXT,
        _Kind.TEXT,
        _Kind.DATETIME,
        _Kind.DATETIME,
        _Kind.LINK,
        *(_Kind.ANY for _ in extra_columns),
    ]
    yes, no = _plain(lang, "opt.yes"), _plain(lang, "opt.no")
    body: list[list[Value]] = []
    for proposal in rows:
        answers = proposal.answers
        # Only what the form asks given these answers: a stale answer to a question no longer
        # asked (the type changed) is not the proposal's.
        asked = {f.name for f in PROPOSAL.applicable(answers)}
        body.append(
            [
                proposal.code,
                _budget_year(proposal),
                _regency_name(proposal.regency_code),
                *(_answer(f, answers, lang) if f.name in asked else None for f in fields),
                _level_label(lang, proposal.level),
                yes if proposal.outside_authority else no,
                _status_label(lang, proposal.status),
                _instant(proposal.created_at, zone),
                _instant(proposal.updated_at, zone),
                _map_link(answers.get("gps")),
                *(_extra(value(proposal), zone, lang) for _, value in extra_columns),
            ]
        )
    return _Table(headers, kinds, body)


# --- summary --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tally:
    """Counts per regency and status, and the cost per regency, regencies in official order."""

    regencies: list[tuple[str, str, str]]  # code, name, short name
    counts: Mapping[str, Counter[str]]
    costs: Mapping[str, int]


def _tally(rows: Iterable[Proposal]) -> _Tally:
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    costs: defaultdict[str, int] = defaultdict(int)
    for proposal in rows:
        counts[proposal.regency_code][proposal.status] += 1
        cost = proposal.answers.get("cost")
        if isinstance(cost, int) and not isinstance(cost, bool):
            costs[proposal.regency_code] += cost
    regencies = [(r.code, r.name, r.short_name) for r in REGENCIES]
    known = {r.code for r in REGENCIES}
    # A code outside the 14 would be a data error: still counted, never dropped.
    regencies += [(code, code, code) for code in sorted(set(counts) - known)]
    return _Tally(regencies, counts, costs)


# --- XLSX -----------------------------------------------------------------------------------


def proposals_xlsx(
    rows: Sequence[Proposal],
    lang: str,
    *,
    zone: ZoneInfo,
    extra_columns: Sequence[ExtraColumn] = (),
) -> bytes:
    """The proposals as a workbook: one row each on the first sheet, a regency x status summary
    on the second. Instants are wall-clock times in `zone`."""
    table = _table(rows, lang, zone, extra_columns)
    workbook = Workbook(write_only=True)
    styles = _Styles(workbook)
    _write_proposals(workbook.create_sheet(_word(lang, "sheet")), table, styles)
    _write_summary(workbook.create_sheet(_word(lang, "summary")), _tally(rows), lang, styles)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _font(*, bold: bool = False, link: bool = False) -> Any:
    # The workbook's default font, spelt out: a font without name and size renders differently
    # from one application to the next.
    if link:
        return Font(name="Calibri", size=11, family=2, color=_LINK_RGB, underline="single")
    return Font(name="Calibri", size=11, family=2, scheme="minor", bold=bold)


class _Styles:
    """The workbook's cell styles, registered once as named styles.

    A cell made with a style's array costs a fraction of assigning font, fill and alignment cell
    by cell (each assignment hashes the style object), which matters at 10,000 rows.
    """

    def __init__(self, workbook: Any) -> None:
        plain = Alignment()
        specs = {
            "header": (
                "General",
                _font(bold=True),
                PatternFill(fill_type="solid", start_color=_HEADER_RGB, end_color=_HEADER_RGB),
                Alignment(wrap_text=True, vertical="center"),
            ),
            "count": (_INTEGER_FORMAT, _font(), None, plain),
            "area": (_AREA_FORMAT, _font(), None, plain),
            "date": (_DATE_FORMAT, _font(), None, plain),
            "datetime": (_DATETIME_FORMAT, _font(), None, plain),
            "link": ("General", _font(link=True), None, plain),
            "wrap": ("General", _font(), None, Alignment(wrap_text=True, vertical="top")),
            "text": ("General", _font(), None, plain),
            "total": ("General", _font(bold=True), None, plain),
            "total count": (_INTEGER_FORMAT, _font(bold=True), None, plain),
        }
        self._arrays: dict[str, Any] = {}
        for name, (number_format, font, fill, alignment) in specs.items():
            style = NamedStyle(
                name=f"Sinkron {name}",
                number_format=number_format,
                font=font,
                fill=fill,
                alignment=alignment,
            )
            workbook.add_named_style(style)
            self._arrays[name] = style.as_tuple()

    def cell(self, sheet: Any, value: Value, style: str) -> Any:
        """A cell holding `value` in the named style (text stays text, never a formula)."""
        cell = Cell(sheet, row=1, column=1, style_array=self._arrays[style])
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
        return cell


def _text_width(value: Value) -> int:
    """About how many characters a value takes in its cell."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max(map(len, value.splitlines())) if "\n" in value else len(value)
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, int):
        return len(f"{value:,}")
    return len(f"{value:,.2f}")


def _widths(table: _Table) -> list[int]:
    """Column widths from the longest header or value, within MIN_WIDTH and MAX_WIDTH."""
    widths = []
    columns = zip(*table.rows, strict=True) if table.rows else ((),) * len(table.headers)
    for header, kind, column in zip(table.headers, table.kinds, columns, strict=True):
        longest = len(header) + 2  # bold, and the filter button
        numbers = [v for v in column if isinstance(v, int | float) and not isinstance(v, bool)]
        if numbers:  # the longest number is the largest or the most negative
            unit = len(" ha") if kind is _Kind.AREA else 0
            longest = max(longest, _text_width(max(numbers)) + unit, _text_width(min(numbers)))
        for value in column:
            if not isinstance(value, int | float):
                longest = max(longest, _text_width(value))
                if longest >= MAX_WIDTH:
                    break
        widths.append(min(max(longest + 1, MIN_WIDTH), MAX_WIDTH))
    return widths


def _safe_text(value: str) -> str:
    """Text without the control characters XML cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def _write_proposals(sheet: Any, table: _Table, styles: _Styles) -> None:
    # Write-only sheets take views and column widths before the first row, filters any time
    # before saving.
    widths = _widths(table)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([styles.cell(sheet, _safe_text(header), "header") for header in table.headers])
    writers = [
        _writer(kind, wrap=kind in (_Kind.TEXT, _Kind.ANY) and width >= MAX_WIDTH)
        for kind, width in zip(table.kinds, widths, strict=True)
    ]
    for row in table.rows:
        sheet.append(
            [
                None if value is None else write(sheet, styles, value)
                for write, value in zip(writers, row, strict=True)
            ]
        )
    last = get_column_letter(len(table.headers))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"


_Writer = Callable[[Any, _Styles, Value], Any]


def _writer(kind: _Kind, *, wrap: bool) -> _Writer:
    """How the values of a column become cells: plain values where the default style does."""
    text_style = "wrap" if wrap else "text"

    def write(sheet: Any, styles: _Styles, value: Value) -> Any:
        if isinstance(value, str):
            text = _safe_text(value)
            if kind is _Kind.LINK:
                cell = styles.cell(sheet, text, "link")
                cell.hyperlink = text
                return cell
            if wrap or text.startswith("=") or text in ERROR_CODES:
                # Typed text stays text: "=..." is no formula, "#N/A" no error value.
                return styles.cell(sheet, text, text_style)
            return text
        if isinstance(value, datetime):
            return styles.cell(sheet, value, "datetime")
        if isinstance(value, date):
            return styles.cell(sheet, value, "date")
        if kind is _Kind.AREA:
            return styles.cell(sheet, value, "area")
        if kind is _Kind.INTEGER and isinstance(value, int) and abs(value) >= 1000:
            # Smaller numbers look the same without the format, and a plain value is cheaper.
            return styles.cell(sheet, value, "count")
        return value

    return write


def _write_summary(sheet: Any, tally: _Tally, lang: str, styles: _Styles) -> None:
    statuses = list(Status)
    headers = [
        _plain(lang, "usul.regency.label"),
        *(_status_label(lang, s) for s in statuses),
        _word(lang, "total"),
        _word(lang, "cost_total"),
    ]
    names_width = max(len(name) for _, name, _ in tally.regencies) + 2
    widths = [names_width, *(max(len(h) + 2, MIN_WIDTH) for h in headers[1:-1]), 20]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
    sheet.freeze_panes = "B2"
    sheet.append([styles.cell(sheet, header, "header") for header in headers])
    column_totals = [0] * (len(statuses) + 1)
    cost_total = 0
    for code, name, _ in tally.regencies:
        counts = tally.counts.get(code, Counter())
        numbers = [counts[s] for s in statuses]
        numbers.append(sum(counts.values()))
        column_totals = [a + b for a, b in zip(column_totals, numbers, strict=True)]
        cost = tally.costs.get(code, 0)
        cost_total += cost
        sheet.append([name, *numbers, styles.cell(sheet, cost, "count")])
    sheet.append(
        [
            styles.cell(sheet, _word(lang, "total"), "total"),
            *(styles.cell(sheet, number, "total count") for number in column_totals),
            styles.cell(sheet, cost_total, "total count"),
        ]
    )


# --- CSV ------------------------------------------------------------------------------------


def proposals_csv(
    rows: Sequence[Proposal],
    lang: str,
    *,
    zone: ZoneInfo,
    extra_columns: Sequence[ExtraColumn] = (),
) -> bytes:
    """The first sheet of the workbook as CSV for Excel: UTF-8 with BOM, ";" between fields,
    decimal commas, dates as dd/mm/yyyy and instants as dd/mm/yyyy hh:mm in `zone`."""
    table = _table(rows, lang, zone, extra_columns)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_text(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([_csv_value(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def _csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _csv_text(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return _decimal_comma(value)
    return str(value)


def _decimal_comma(value: float) -> str:
    """12.5 -> "12,5": at most 4 decimals, none when whole; no thousands marks."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _csv_text(value: str) -> str:
    # A field starting like a formula would be run by Excel ("CSV injection"): a leading
    # apostrophe keeps it text. Numbers and coordinates ("-2.540000, 112.950000") are left alone.
    if value.startswith(_FORMULA_START) and not _HARMLESS.fullmatch(value):
        return "'" + value
    return value


# --- chart ----------------------------------------------------------------------------------

CHART_SIZE = (8.0, 6.0)  # inches: 960 x 720 pixels at CHART_DPI, readable on a phone
CHART_DPI = 120


def status_chart_png(rows: Sequence[Proposal], lang: str) -> bytes:
    """Horizontal stacked bars: proposals per regency (official order, top down) by status."""
    tally = _tally(rows)
    names = [short for _, _, short in tally.regencies]
    positions = list(range(len(names)))
    # No pyplot: a Figure with its own Agg canvas leaves matplotlib's global state alone.
    figure = Figure(figsize=CHART_SIZE, dpi=CHART_DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    left = [0] * len(names)
    for status in Status:
        counts = [tally.counts.get(code, Counter())[status] for code, _, _ in tally.regencies]
        if not any(counts):
            continue
        axes.barh(
            positions,
            counts,
            left=left,
            color=STATUS_COLOURS[status],
            edgecolor="white",
            linewidth=0.5,
            label=_status_label(lang, status),
        )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for position, total in zip(positions, left, strict=True):
        if total:
            axes.annotate(
                str(total),
                (total, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=9,
            )
    axes.set_yticks(positions, labels=names)
    axes.set_ylim(len(names) - 0.5, -0.5)  # the first regency on top, even with no bars
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlim(0, max(max(left, default=0) * 1.1, 1))
    axes.set_xlabel(_word(lang, "chart_axis"))
    axes.set_title(_word(lang, "chart_title") if any(left) else _word(lang, "chart_empty"))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="x", alpha=0.3)
    axes.set_axisbelow(True)
    if any(left):
        figure.legend(loc="outside lower center", ncols=4, fontsize=9, frameon=False)
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
