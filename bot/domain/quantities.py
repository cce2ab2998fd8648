"""Parsers and formatters for the areas, rupiah, counts, dates and coordinates officers type.

Numbers are read the Indonesian way first ("1.500.000,5"), yet "12.5" and "1,500,000" work too.
A thousands grouping is a first group of 1-3 digits not starting with 0, then groups of exactly
3 digits ("1.500.000", "125.000", "1 500 000").

1. Spaces between digits always separate thousands ("1 500 000"); "12 5" is not a number.
2. When both "." and "," appear, the last one is the decimal mark and the other must be a
   well-formed thousands grouping: "Rp750.000.000,00" and "1,500.5" (= 1500,5, English style).
3. A mark that appears more than once separates thousands ("1.500.000", "1,500,000").
4. A lone mark is the decimal mark when no thousands reading exists: 1, 2 or 4+ digits after it
   ("12.5", "12,5", "9,99", "1,2345"), a first group starting with 0 ("0,125", "0.500") or of
   4+ digits ("1234.500").
5. A lone mark followed by exactly 3 digits after a 1-3 digit group ("1.500", "1,500") could be
   either. "." is read as thousands, the Indonesian convention ("1.500 ha", "12.500 m2",
   "Rp 950.000"). "," is refused as ambiguous for areas and money (`area.ambiguous`,
   `money.ambiguous`): English "1,500" and Indonesian "1,5" differ by a factor of 1000, too much
   to guess. Counts read it as thousands, since a count cannot be 1,5.
6. Exactly 3 digits after the decimal mark of a rule-2 number ("1.500,000") is refused as
   ambiguous as well: it is far more often a mistyped "1.500.000" than three decimals.

Signs, "±"-style approximations ("± 12 ha", "kurang lebih 12 ha"), full-width and other Unicode
digits, non-breaking spaces and a sentence's closing full stop are tolerated. Formatters write
Indonesian style and never print a number their parser would refuse or misread.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Final
from urllib.parse import unquote

from bot.domain.errors import Invalid
from bot.domain.forms import Label

__all__ = [
    "COUNT_UNITS",
    "HA_PER_M2",
    "KALTENG_BOUNDS",
    "MAX_AREA_HA",
    "MAX_COUNT",
    "MAX_RUPIAH",
    "MAX_YEAR",
    "MIN_RUPIAH",
    "MIN_YEAR",
    "format_count",
    "format_date",
    "format_datetime",
    "format_ha",
    "format_rupiah",
    "format_rupiah_full",
    "in_kalteng",
    "parse_area_ha",
    "parse_coordinates",
    "parse_count",
    "parse_date",
    "parse_rupiah",
    "spelled_numbers",
]

HA_PER_M2: Final = Decimal("0.0001")
MAX_AREA_HA: Final = Decimal(100_000)  # exclusive; larger than any one settlement area
MAX_RUPIAH: Final = 10 * 10**12  # exclusive: Rp 10 triliun
# Below Rp 1.000 no housing amount exists: "1,5" or "750" means a forgotten "M" or "juta".
MIN_RUPIAH: Final = 1_000
MAX_COUNT: Final = 10_000_000  # inclusive; more than the province's population
QUOTED_UNIT: Final = 40  # characters of an unread unit quoted back ("12 hektar lebih ...")
# Words after a number that are no unit are quoted back when they are words ("acre"), not a
# stray letter ("1e5") or a larger number ("dua belas juta": a number, only too large).
_WORDY_UNIT: Final = re.compile(r"[^\W\d_]{2}")
_NUMBER_WORDS: Final = frozenset({"ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun"})
COUNT_UNITS: Final = frozenset({"kk", "jiwa", "unit"})
# From independence (no Indonesian decree or plan is older) to a plan's farthest horizon.
MIN_YEAR, MAX_YEAR = 1945, 2100

# (min_lat, max_lat, min_lon, max_lon). The province officially spans 0°45' LU to 3°30' LS and
# 110°45' to 115°49' BT (Pemprov Kalteng / BPS "Kalimantan Tengah Dalam Angka"); each side is
# widened by 0.1-0.2° (11-20 km) so border villages, GPS error and rounded readings are never
# flagged. It is a box, not the border: parts of Kalimantan Selatan (Banjarmasin) and
# Kalimantan Barat fall inside, while Pontianak, Samarinda and Java fall outside. Good enough to
# catch a dropped minus sign or swapped digits, which is all the warning is for.
KALTENG_BOUNDS: Final = (-3.6, 0.9, 110.6, 116.0)

_AREA_STEP = Decimal("0.0001")
_COORD_STEP = Decimal("0.000001")
_SHORT_STEP = Decimal("0.01")
# Longest answers worth reading; anything longer is refused before any regex runs.
_MAX_NUMBER_TEXT = 80
_MAX_DATE_TEXT = 60
_MAX_COORD_TEXT = 120
_MAX_LINK_TEXT = 2048  # a Google Maps "place" link with its data= part runs to a few hundred

SUPERSCRIPT_AFTER_DIGIT = re.compile(r"\d[\u00b9\u00b2\u00b3\u2070-\u2079]")

# Characters normalised before NFKC: NFKC would turn "º" (typed for "°" on many phones) into "o".
_PRE_NFKC = str.maketrans(
    {
        "º": "°",
        "˚": "°",
        "\u2212": "-",  # minus sign
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash, autocorrected from "-"
        "\u2014": "-",
        "\u200b": None,  # zero-width space and friends: invisible, never meant
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)

# "± 12 ha", "kurang lebih 750 juta": estimates are common in reports; the number is what counts.
_APPROX = re.compile(
    r"(?:±|\+/-|\+-|(?:kurang|krg) (?:lebih|lbh)|(?:lebih|lbh) (?:kurang|krg)|kurleb|sekitar|"
    r"kira-kira|kira2|kira kira|kurang-lebih)\s*"
)
_SPELLED_ASIDE = re.compile(r"\s*\((?:[a-z]+\s*)+\)")
_ABOUT_SUFFIX = re.compile(r"(\d)-?an\b")
_MONEY_PREFIX = re.compile(r"(?:rp|idr)\s*[.:]?\s*")
# Accounting's ",-" after a rupiah amount ("Rp. 750.000,-") means "no sen".
_MONEY_DASH = re.compile(r"\s*[.,]?-+$")
# Sign, then digits with single marks between them (a leading ",5" allowed), then the rest.
_QUANTITY = re.compile(
    r"(?P<sign>[-+]?)\s*(?P<number>(?:\d|[.,](?=\d))(?:\d|[ .,](?=\d))*)\s*(?P<unit>.*)"
)
_MARK = re.compile(r"([ .,])")

# Area units, spaces and dots removed, to hectares per unit.
_AREA_UNITS: Final[dict[str, Decimal]] = {
    "": Decimal(1),
    **dict.fromkeys(("ha", "hektar", "hektare", "hektaar", "hectare", "hectares"), Decimal(1)),
    **dict.fromkeys(
        ("m2", "m^2", "mtr2", "meter2", "metre2", "meterpersegi", "mpersegi", "mtrpersegi"),
        HA_PER_M2,
    ),
    # The are (100 m²) still appears in land papers; it cannot mean anything else.
    **dict.fromkeys(("are", "ares"), Decimal("0.01")),
    **dict.fromkeys(("km2", "km^2", "kmpersegi", "kilometerpersegi"), Decimal(100)),
}
# "125000 m": almost surely square metres, but a length is what was typed.
_LINEAR_UNITS = frozenset({"m", "mtr", "meter", "metre", "km", "kilometer"})

_MONEY_UNITS: Final[dict[str, int]] = {
    "": 1,
    **dict.fromkeys(("rb", "ribu", "k"), 10**3),
    **dict.fromkeys(("jt", "juta"), 10**6),
    # "M" is miliar in Indonesian, never million.
    **dict.fromkeys(("m", "miliar", "milyar", "milyard", "miliard"), 10**9),
    **dict.fromkeys(("t", "triliun", "trilyun"), 10**12),
}

_COUNT_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("kk", "kepalakeluarga", "keluarga", "rumahtangga"), "kk"),
    **dict.fromkeys(("jiwa", "orang", "org", "penduduk", "warga"), "jiwa"),
    **dict.fromkeys(("unit", "rumah", "unitrumah", "bangunan", "buah"), "unit"),
}

_MONTHS: Final[dict[str, int]] = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "ags", "agus", "agst", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
_WEEKDAYS: Final[dict[str, int]] = {  # date.weekday(): Monday is 0
    **dict.fromkeys(("senin", "monday"), 0),
    **dict.fromkeys(("selasa", "tuesday"), 1),
    **dict.fromkeys(("rabu", "wednesday"), 2),
    **dict.fromkeys(("kamis", "thursday"), 3),
    **dict.fromkeys(("jumat", "jum'at", "jum’at", "friday"), 4),
    **dict.fromkeys(("sabtu", "saturday"), 5),
    **dict.fromkeys(("minggu", "ahad", "sunday"), 6),
}
_DATE_LEAD = re.compile(r"(?:tanggal|tgl)\.?\s*:?\s*")
_DATE_WEEKDAY = re.compile(r"([a-z'’]+)\s*,?\s*")
_YEAR = r"(\d{4}|\d{2})"
# Day first, the same mark twice: 28/11/2026, 28-11-26, 28.11.2026, 28 11 2026.
_DATE_NUMERIC = re.compile(rf"(\d{{1,2}})\s*([/.-])\s*(\d{{1,2}})\s*\2\s*{_YEAR}")
_DATE_SPACED = re.compile(rf"(\d{{1,2}}) (\d{{1,2}}) {_YEAR}")
# A four-digit year first cannot be mistaken: 2026-11-28.
_DATE_ISO = re.compile(r"(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
_DATE_NAMED = re.compile(rf"(\d{{1,2}})[\s.,/-]*([a-z]+)[\s.,/-]*{_YEAR}")
# "November 28, 2026": the month's name makes the order plain; a 4-digit year keeps it so.
_DATE_NAMED_FIRST = re.compile(r"([a-z]+)[\s.]*(\d{1,2})[\s,]+(\d{4})")

# Hemisphere words (already lower case) to letters, then labels that carry nothing.
_HEMISPHERE_WORDS = (
    (re.compile(r"lintang\s+selatan"), "ls"),
    (re.compile(r"lintang\s+utara"), "lu"),
    (re.compile(r"bujur\s+timur"), "bt"),
    (re.compile(r"bujur\s+barat"), "bb"),
    (re.compile(r"\bsouth\b"), "s"),
    (re.compile(r"\bnorth\b"), "n"),
    (re.compile(r"\beast\b"), "e"),
    (re.compile(r"\bwest\b"), "w"),
)
_COORD_LABELS = re.compile(
    r"\b(?:latitude|lat|longitude|long|lng|lon|lintang|bujur|koordinat|titik|lokasi)\b\s*[:=]?"
)
# Lat/lon: N S LU LS; E W BT BB. Negative halves: S, LS, W, BB (Barat = west).
_HEMISPHERES: Final[dict[str, tuple[str, int]]] = {
    "n": ("lat", 1),
    "lu": ("lat", 1),
    "s": ("lat", -1),
    "ls": ("lat", -1),
    "e": ("lon", 1),
    "bt": ("lon", 1),
    "w": ("lon", -1),
    "bb": ("lon", -1),
}
_HEMI = r"ls|lu|bt|bb|[nsew]"
# Phones type curly quotes and primes for minutes and seconds.
_PRIMES = str.maketrans(dict.fromkeys("′’‘`´", "'") | dict.fromkeys("″“”〃", '"'))
# One coordinate: decimal degrees or degrees-minutes(-seconds), hemisphere before or after.
_COORD_PART = re.compile(
    rf"(?:(?P<pre>{_HEMI})\s*)?(?P<sign>[-+])?\s*(?P<deg>\d{{1,3}}(?:[.,]\d+)?)(?:\s*°)?"
    r"(?:\s*(?P<min>\d{1,2}(?:[.,]\d+)?)\s*'(?:\s*(?P<sec>\d{1,2}(?:[.,]\d+)?)\s*\")?)?"
    rf"(?:\s*(?P<post>{_HEMI}))?"
)
# Where one coordinate may end and the next begin: a , ; / | or spaces, or nothing after a
# hemisphere letter or symbol ("2°12'36\"S113°55'12\"E").
_COORD_GAP = re.compile(r"\s*[,;/|]\s*|\s+|(?<=[a-z°'\"])(?=[-+\d])")
_LINK = re.compile(r"https?://|www\.|geo:|maps\.|goo\.gl")
_SHORT_LINK = re.compile(r"goo\.gl|maps\.app")
_N = r"([-+]?\d{1,3}(?:\.\d+)?)"
# Map links, the most exact first: the pin of a "place" link, a query, a path, the view centre.
_LINK_PAIRS = (
    re.compile(rf"!3d{_N}!4d{_N}"),
    re.compile(
        rf"[?&](?:q|query|ll|sll|center|destination|daddr|saddr)=(?:loc:)?\s*{_N}[\s,+]+{_N}"
    ),
    re.compile(rf"/(?:place|search|dir)/{_N}[\s,+]+{_N}"),
    re.compile(rf"mlat={_N}&mlon={_N}"),
    re.compile(rf"#map=\d+(?:\.\d+)?/{_N}/{_N}"),
    re.compile(rf"/@{_N},{_N}"),
    re.compile(rf"geo:{_N},{_N}"),
)


@dataclass(frozen=True, slots=True)
class _Typed:
    """An answer split into sign, number as typed and unit (lower case, no spaces or dots)."""

    negative: bool
    number: str
    unit: str
    unit_as_typed: str


class _NotNumber(Exception):  # noqa: N818 - reads as "raise _NotNumber"
    """The digits and marks do not form a number under the module's rules."""


class _Ambiguous(Exception):  # noqa: N818 - an outcome, not a failure of the code
    """The number reads two ways; the readings are written so each parses unambiguously."""

    def __init__(self, typed: str, thousands: Decimal, decimal: Decimal) -> None:
        super().__init__(typed)
        self.typed, self.thousands, self.decimal = typed, _plain(thousands), _plain(decimal)


# -- parsers ----------------------------------------------------------------------------------


def _positive(typed: _Typed, kind: str, *, comma_groups: bool) -> Decimal:
    """The typed number, else Invalid `<kind>.not_number`, `.ambiguous`, `.zero` or `.negative`."""
    try:
        number = _read(typed.number, comma_groups=comma_groups)
    except _NotNumber:
        raise Invalid(f"{kind}.not_number") from None
    except _Ambiguous as ambiguous:
        raise Invalid(
            f"{kind}.ambiguous",
            typed=ambiguous.typed,
            thousands=ambiguous.thousands,
            decimal=ambiguous.decimal,
        ) from None
    if number == 0:
        raise Invalid(f"{kind}.zero")
    if typed.negative:
        raise Invalid(f"{kind}.negative")
    return number


def parse_area_ha(text: str) -> Decimal:
    """An area in hectares, rounded half up to 4 decimals (1 m²), without trailing zeros.

    No unit means hectares; also m2/m²/meter persegi, are (100 m²) and km2. A number in
    words ("dua belas setengah", "dua belas ribu m2"; up to 999.999) is read when the digits
    are no number. Refused with
    text.empty, area.not_number, area.ambiguous (typed, thousands, decimal),
    area.ambiguous_unit (unit: a length such as "m"), area.unknown_unit (unit: words after
    the number that are no unit of area), area.zero, area.negative,
    area.too_small (min: under 0,0001 ha once rounded) and area.too_large (max).
    """
    typed = _typed_or_spelled(text)
    if typed is None:
        if text.strip().isascii() and text.strip().isdigit():
            # Digits past the length worth reading ("9" typed 5000 times): a number, too large.
            raise Invalid("area.too_large", max=format_ha(MAX_AREA_HA))
        raise Invalid("area.not_number")
    if typed.unit in _LINEAR_UNITS:
        raise Invalid("area.ambiguous_unit", unit=typed.unit_as_typed)
    factor = _AREA_UNITS.get(typed.unit)
    if (
        factor is None
        and _WORDY_UNIT.search(typed.unit) is not None
        and typed.unit_as_typed.split()[0] not in _NUMBER_WORDS
    ):
        # "12,5 hektar lebih sedikit", "12 acre": a number was typed; the words after it are
        # what the bot does not read, and the officer is told which.
        raise Invalid("area.unknown_unit", unit=_shortened(typed.unit_as_typed))
    if factor is None:
        raise Invalid("area.not_number")
    number = _positive(typed, "area", comma_groups=False)
    hectares = number * factor
    if hectares >= MAX_AREA_HA:  # before quantize, which fails on very long numbers
        raise Invalid("area.too_large", max=format_ha(MAX_AREA_HA))
    # Down, never up: rounding must not carry 9,99995 ha across a legal threshold (10 ha).
    rounded = hectares.quantize(_AREA_STEP, ROUND_DOWN)
    if rounded == 0:
        raise Invalid("area.too_small", min=format_ha(_AREA_STEP))
    if rounded >= MAX_AREA_HA:
        raise Invalid("area.too_large", max=format_ha(MAX_AREA_HA))
    return _trim(rounded)


def _shortened(words: str) -> str:
    """Words quoted back in a message, cut to a phone's line."""
    return words if len(words) <= QUOTED_UNIT else f"{words[: QUOTED_UNIT - 1]}…"


def parse_rupiah(text: str) -> int:
    """An amount in whole rupiah (half a rupiah and up rounds up).

    Takes "Rp"/"Rp."/"IDR" in front, ",-" or "rupiah" after, and ribu/rb/k, juta/jt,
    M/miliar/milyar and T/triliun. Refused with text.empty, money.not_number, money.ambiguous
    (typed, thousands, decimal), money.zero, money.negative, money.missing_unit (value: under
    Rp 1.000 without ribu/juta/M/T), money.too_small (min: under Rp 1.000 with one) and
    money.too_large (max).
    """
    typed = _split(_clean(text), limit=_MAX_NUMBER_TEXT, money=True)
    if typed is None:
        raise Invalid("money.not_number")
    unit = typed.unit.removesuffix("rupiah").removesuffix("rp")
    multiplier = _MONEY_UNITS.get(unit)
    if multiplier is None:
        raise Invalid("money.not_number")
    number = _positive(typed, "money", comma_groups=False)
    amount = number * multiplier
    if amount >= MAX_RUPIAH:
        raise Invalid("money.too_large", max=format_rupiah(MAX_RUPIAH))
    rupiah = int(amount.quantize(Decimal(1), ROUND_HALF_UP))
    if rupiah < MIN_RUPIAH:
        if multiplier == 1:
            raise Invalid("money.missing_unit", value=typed.number)
        raise Invalid("money.too_small", min=format_rupiah(MIN_RUPIAH))
    return rupiah


def parse_count(text: str, unit: str) -> int:
    """A whole, positive number of `unit` ("kk", "jiwa" or "unit"), the unit word optional.

    KK: kk, kepala keluarga, keluarga, rumah tangga. Jiwa: jiwa, orang, org, penduduk, warga.
    Unit: unit, rumah, unit rumah, bangunan, buah. Refused with text.empty, count.not_number,
    count.wrong_unit (expected, typed: unit codes), count.ambiguous (typed, thousands, decimal),
    count.zero, count.negative, count.not_whole (typed) and count.too_large (max).
    """
    if unit not in COUNT_UNITS:
        raise ValueError(f"unit must be one of {sorted(COUNT_UNITS)}, got {unit!r}")
    typed = _typed_or_spelled(text)
    if typed is None:
        raise Invalid("count.not_number")
    if typed.unit:
        word_unit = _COUNT_WORDS.get(typed.unit)
        if word_unit is None:
            raise Invalid("count.not_number")
        if word_unit != unit:
            raise Invalid("count.wrong_unit", expected=unit, typed=word_unit)
    number = _positive(typed, "count", comma_groups=True)
    if number != number.to_integral_value():
        raise Invalid("count.not_whole", typed=typed.number)
    if number > MAX_COUNT:
        raise Invalid("count.too_large", max=format_count(MAX_COUNT))
    return int(number)


def parse_date(text: str) -> date:
    """A calendar date, day always first: 28/11/2026, 28-11-26, 28.11.2026, 28 Nov 2026.

    Indonesian and English month names and abbreviations (Nopember, Agt, Peb too), an ISO
    2026-11-28, "November 28, 2026", and a leading "tgl" or weekday ("Sabtu, 28/11/2026").
    Two-digit years 00-69 are 2000-2069, 70-99 are 1970-1999. Refused with text.empty,
    date.format, date.out_of_range (min, max), date.invalid (day, month, year) and
    date.weekday_mismatch (typed, date, weekday: the date's ISO weekday, Monday 1, and
    actual: that day's name as a text key).
    """
    value = _clean(text).removesuffix(".").strip()
    if not value:
        raise Invalid("text.empty")
    if len(value) > _MAX_DATE_TEXT:
        raise Invalid("date.format")
    value, weekday_typed = _strip_weekday(value)
    day_month_year = _date_parts(value)
    if day_month_year is None:
        raise Invalid("date.format")
    day, month, year = day_month_year
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Invalid("date.out_of_range", min=MIN_YEAR, max=MAX_YEAR)
    try:
        result = date(year, month, day)
    except ValueError:
        raise Invalid("date.invalid", day=day, month=month, year=year) from None
    if weekday_typed is not None and _WEEKDAYS[weekday_typed] != result.weekday():
        raise Invalid(
            "date.weekday_mismatch",
            typed=weekday_typed,
            date=format_date(result),
            weekday=result.isoweekday(),
            actual=Label(f"day.{result.isoweekday()}"),  # its name, in the reader's language
        )
    return result


def parse_coordinates(text: str) -> tuple[float, float]:
    """(latitude, longitude) in degrees, rounded to 6 decimals (about 11 cm).

    Decimal pairs ("-2.21, 113.92", "-2,21; 113,92", "-2.21 113.92"), degrees-minutes-seconds
    with N/S/E/W or LU/LS/BT/BB (then either order), and Google Maps, OpenStreetMap or geo:
    links. Without hemisphere letters latitude comes first. Refused with text.empty,
    coords.format, coords.short_link (a maps.app.goo.gl link hides the numbers),
    coords.swapped (lat, lon: the pair as probably meant) and coords.out_of_range (lat, lon).
    Outside Kalimantan Tengah is not refused; see in_kalteng.
    """
    value = _clean(text)
    if not value:
        raise Invalid("text.empty")
    if len(value) > _MAX_LINK_TEXT:
        raise Invalid("coords.format")
    if _LINK.search(value):
        return _link_coordinates(value)
    if len(value) > _MAX_COORD_TEXT:
        raise Invalid("coords.format")
    value = value.translate(_PRIMES).replace("''", '"')
    for pattern, letters in _HEMISPHERE_WORDS:
        value = pattern.sub(letters, value)
    value = " ".join(_COORD_LABELS.sub(" ", value).split())
    readings = {
        pair
        for gap in _COORD_GAP.finditer(value)
        if (pair := _coordinate_pair(value[: gap.start()], value[gap.end() :])) is not None
    }
    if len(readings) != 1:  # none, or a split like "2,113,92" that reads two ways
        raise Invalid("coords.format")
    first, second, lettered = readings.pop()
    return _checked(first, second, lettered=lettered)


def in_kalteng(lat: float, lon: float) -> bool:
    """Whether the point lies in the (generous) bounding box of Kalimantan Tengah."""
    min_lat, max_lat, min_lon, max_lon = KALTENG_BOUNDS
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


# -- formatters -------------------------------------------------------------------------------


def format_ha(value: Decimal | float) -> str:
    """Hectares the Indonesian way, "12,5 ha", "1.250 ha", "0,05 ha": at most 4 decimals.

    Exactly three decimals get a fourth zero ("2,1250 ha") so the text never reads as thousands.
    """
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    return _indonesian(number.quantize(_AREA_STEP, ROUND_HALF_UP)) + " ha"


def format_rupiah(value: int) -> str:
    """Short form, at most 2 decimals: "Rp 1,5 M", "Rp 12,3 juta", "Rp 950.000", "Rp 2 T".

    Below Rp 1 juta the amount is written in full. M is miliar, T triliun.
    """
    sign, amount = ("-" if value < 0 else ""), abs(value)
    for exponent, name in ((12, "T"), (9, "M"), (6, "juta")):
        short = Decimal(amount).scaleb(-exponent).quantize(_SHORT_STEP, ROUND_HALF_UP)
        # Rounding may reach the next unit: 999.999.999 is "Rp 1 M", not "Rp 1.000 juta".
        if short >= 1 and (exponent > 6 or amount >= 10**6):
            return f"{sign}Rp {_indonesian(short)} {name}"
    return format_rupiah_full(value)


def format_rupiah_full(value: int) -> str:
    """Every digit: "Rp 1.500.000.000"."""
    return ("-" if value < 0 else "") + "Rp " + _thousands(abs(value))


def format_count(value: int) -> str:
    """Thousands marked with dots: "1.200"."""
    return ("-" if value < 0 else "") + _thousands(abs(value))


def format_date(value: date) -> str:
    """Day first, zero-padded: "28/11/2026"."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_datetime(value: datetime) -> str:
    """The value's own wall-clock time, "28/11/2026 09.00": Indonesian writes hours.minutes."""
    return f"{format_date(value)} {value.hour:02d}.{value.minute:02d}"


# -- numbers ----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """NFKC (full-width digits, NBSP, "m²"), ASCII digits and "-", single spaces, lower case,
    no question or exclamation marks at the end.

    A superscript right after a digit is refused (number.superscript): NFKC would read
    "12² ha" as 122 ha.
    """
    if SUPERSCRIPT_AFTER_DIGIT.search(text):
        raise Invalid("number.superscript")
    value = unicodedata.normalize("NFKC", text.translate(_PRE_NFKC))
    # Arabic-Indic, Devanagari and other decimal digits NFKC leaves alone.
    value = "".join(
        str(unicodedata.decimal(char)) if not char.isascii() and char.isdecimal() else char
        for char in value
    )
    # "12 ha?": an officer unsure of the figure still gives it; the summary shows it back.
    return " ".join(value.rstrip("?!").split()).lower()


def _split(value: str, *, limit: int, money: bool = False) -> _Typed | None:
    """Sign, number and unit of a cleaned answer, or None when it is not shaped like one."""
    if not value:
        raise Invalid("text.empty")
    if len(value) > limit:
        return None
    if approx := _APPROX.match(value):
        value = value[approx.end() :]
    # A letter's "12 (dua belas) hektare", "Rp 1.500.000.000 (satu miliar lima ratus juta
    # rupiah)": the words repeat the digits, which are read; "120-an KK" is about 120.
    value = _SPELLED_ASIDE.sub("", value)
    value = _ABOUT_SUFFIX.sub(r"\1", value)
    negative = False
    if money:
        if value.startswith(("-", "+")):
            negative, value = value[0] == "-", value[1:].lstrip()
        if prefix := _MONEY_PREFIX.match(value):
            value = value[prefix.end() :]
        value = _MONEY_DASH.sub("", value)
    match = _QUANTITY.fullmatch(value)
    if match is None:
        return None
    unit = match["unit"].strip()
    return _Typed(
        negative=negative or match["sign"] == "-",
        number=match["number"],
        unit=unit.replace(" ", "").replace(".", ""),
        unit_as_typed=unit,
    )


def _typed_or_spelled(text: str) -> _Typed | None:
    """An area's or a count's number and unit, as digits or else in words:
    voice typing writes "dua belas koma lima hektar" and "seratus dua puluh KK", and officers
    say "dua belas setengah" (12,5). The form's summary shows the number read, so a misreading
    is seen before anything is sent."""
    # "12 , 5 ha": a decimal mark typed with a space on each side, one number in a form's field.
    value = _SPACED_MARK.sub(r"\1\2\3", _clean(text))
    typed = _split(value, limit=_MAX_NUMBER_TEXT)
    if typed is not None or len(value) > _MAX_NUMBER_TEXT:
        return typed
    in_digits = _HALF.sub(r"\1,5", spelled_numbers(value))
    return None if in_digits == value else _split(in_digits, limit=_MAX_NUMBER_TEXT)


def _read(number: str, *, comma_groups: bool) -> Decimal:
    """The value of digits with " . ," marks under the module rules.

    `comma_groups` reads a lone "," before exactly 3 digits as thousands instead of refusing it.
    Raises _NotNumber or _Ambiguous.
    """
    pieces = _MARK.split(number)
    runs, marks = pieces[0::2], pieces[1::2]
    if not runs[0]:  # ",5" or ".5"
        if len(marks) == 1 and marks[0] != " ":
            return Decimal("0." + runs[1])
        raise _NotNumber
    if not marks:
        return Decimal(number)
    last = marks[-1]
    whole = Decimal("".join(runs))
    as_whole = _grouped(runs, marks)
    as_decimal = (
        last != " "
        and last not in marks[:-1]
        and (len(runs) == 2 or _grouped(runs[:-1], marks[:-1]))
    )
    if not as_decimal:
        if as_whole:
            return whole
        raise _NotNumber
    fraction = Decimal("".join(runs[:-1]) + "." + runs[-1])
    if as_whole:  # rule 5: a lone mark before exactly 3 digits
        if last == "." or comma_groups:
            return whole
        raise _Ambiguous(number, whole, fraction)
    if len(runs[-1]) == 3 and any(mark != " " for mark in marks[:-1]):  # rule 6
        raise _Ambiguous(number, whole, fraction)
    return fraction


def _grouped(runs: list[str], marks: list[str]) -> bool:
    """Whether digit runs split by marks form a thousands grouping with one kind of mark."""
    return (
        len({mark for mark in marks if mark != " "}) <= 1
        and 1 <= len(runs[0]) <= 3
        and runs[0][0] != "0"
        and all(len(run) == 3 for run in runs[1:])
    )


def _trim(value: Decimal) -> Decimal:
    """Without trailing zeros, and never in exponent form (10, not 1E+1)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _indonesian(value: Decimal) -> str:
    """Dot for thousands, comma for decimals, no trailing zeros; see format_ha for 3 decimals."""
    whole, _, fraction = format(abs(value), "f").partition(".")
    fraction = fraction.rstrip("0")
    if len(fraction) == 3 and whole != "0":
        fraction += "0"
    text = _thousands(int(whole)) + ("," + fraction if fraction else "")
    return "-" + text if value < 0 and text != "0" else text


def _plain(value: Decimal) -> str:
    """A reading of an ambiguous number, written so it parses back one way only: "1500", "1,5"."""
    whole, _, fraction = format(value, "f").partition(".")
    fraction = fraction.rstrip("0")
    if len(fraction) == 3 and whole != "0":
        fraction += "0"
    return whole + ("," + fraction if fraction else "")


# -- dates ------------------------------------------------------------------------------------


def _strip_weekday(value: str) -> tuple[str, str | None]:
    """The date without a leading "tgl" or weekday name, and the weekday name if there was one."""
    weekday = None
    value = value[lead.end() :] if (lead := _DATE_LEAD.match(value)) else value
    match = _DATE_WEEKDAY.match(value)
    if match and match[1] in _WEEKDAYS:
        weekday, value = match[1], value[match.end() :]
        value = value[lead.end() :] if (lead := _DATE_LEAD.match(value)) else value
    return value, weekday


def _date_parts(value: str) -> tuple[int, int, int] | None:
    """Day, month and four-digit year as typed (not yet checked), or None for no known form."""
    if match := _DATE_NUMERIC.fullmatch(value):
        return int(match[1]), int(match[3]), _full_year(match[4])
    if match := _DATE_SPACED.fullmatch(value):
        return int(match[1]), int(match[2]), _full_year(match[3])
    if match := _DATE_ISO.fullmatch(value):
        return int(match[4]), int(match[3]), int(match[1])
    if (match := _DATE_NAMED.fullmatch(value)) and match[2] in _MONTHS:
        return int(match[1]), _MONTHS[match[2]], _full_year(match[3])
    if (match := _DATE_NAMED_FIRST.fullmatch(value)) and match[1] in _MONTHS:
        return int(match[2]), _MONTHS[match[1]], int(match[3])
    return None


def _full_year(year: str) -> int:
    """Two digits as Python's %y does: 00-69 are 20xx, 70-99 are 19xx; 4 digits as typed."""
    if len(year) == 4:
        return int(year)
    return int(year) + (2000 if int(year) <= 69 else 1900)


# -- coordinates ------------------------------------------------------------------------------


def _coordinate_pair(left: str, right: str) -> tuple[Decimal, Decimal, bool] | None:
    """(latitude, longitude, lettered) when both halves are coordinates, else None."""
    first, second = _coordinate(left), _coordinate(right)
    if first is None or second is None:
        return None
    (axis_1, value_1), (axis_2, value_2) = first, second
    if axis_1 is not None and axis_1 == axis_2:
        return None
    if axis_1 == "lon" or axis_2 == "lat":  # lettered halves may come in either order
        return value_2, value_1, True
    return value_1, value_2, axis_1 is not None or axis_2 is not None


def _coordinate(text: str) -> tuple[str | None, Decimal] | None:
    """(axis or None, signed degrees) of one half, or None when it is not one coordinate."""
    match = _COORD_PART.fullmatch(text)
    if match is None:
        return None
    pre, post, sign = match["pre"], match["post"], match["sign"]
    degrees = Decimal(match["deg"].replace(",", "."))
    minutes, seconds = _decimal(match["min"]), _decimal(match["sec"])
    hemisphere = pre or post
    if (pre and post) or (hemisphere and sign):
        return None
    # Only the last unit given may have decimals, and minutes and seconds stay under 60.
    if minutes is not None and (degrees % 1 or minutes >= 60):
        return None
    if seconds is not None and (minutes is None or minutes % 1 or seconds >= 60):
        return None
    value = degrees + (minutes or Decimal(0)) / 60 + (seconds or Decimal(0)) / 3600
    if hemisphere:
        axis, factor = _HEMISPHERES[hemisphere]
        return axis, value * factor
    return None, -value if sign == "-" else value


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text.replace(",", "."))


def _link_coordinates(value: str) -> tuple[float, float]:
    """The pair inside a map link, most exact source first."""
    link = unquote(value)
    for pattern in _LINK_PAIRS:
        if match := pattern.search(link):
            return _checked(Decimal(match[1]), Decimal(match[2]), lettered=False)
    if _SHORT_LINK.search(link):
        raise Invalid("coords.short_link")
    raise Invalid("coords.format")


def _checked(first: Decimal, second: Decimal, *, lettered: bool) -> tuple[float, float]:
    """Range checks on a (latitude, longitude) pair, then rounding to 6 decimals."""
    if not lettered and abs(first) > 90 and abs(second) <= 90 and abs(first) <= 180:
        raise Invalid("coords.swapped", lat=_degrees(second), lon=_degrees(first))
    if abs(first) > 90 or abs(second) > 180:
        raise Invalid("coords.out_of_range", lat=_degrees(first), lon=_degrees(second))
    # "+ 0.0" turns -0.0 (from "-0.0") into 0.0.
    return (
        float(first.quantize(_COORD_STEP, ROUND_HALF_UP)) + 0.0,
        float(second.quantize(_COORD_STEP, ROUND_HALF_UP)) + 0.0,
    )


def _degrees(value: Decimal) -> str:
    """Degrees as people paste them: dot decimals, at most 6 of them, "-2.21"."""
    text = format(value.quantize(_COORD_STEP, ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# The digits' names, as officers type numbers out ("sembilan koma lima").
DIGIT_WORDS: Final[dict[str, int]] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # fmt: skip


_ENGLISH_UNITS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_ENGLISH_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


# Fractions said before a unit of area ("setengah hektar" is 0,5 ha), as the decimals they are.
_FRACTIONS: Final[dict[str, str]] = {"setengah": "5", "seperempat": "25", "half": "5"}
_AREA_UNIT: Final = re.compile(r"(ha|hektar\w*|hectares?|are|m2|meter persegi)\b")
# "dua belas setengah" once its words are digits: "12 setengah" is 12,5.
_HALF: Final = re.compile(r"^(\d+) setengah\b")
_SPACED_MARK: Final = re.compile(r"(\d) ([.,]) (\d)")
# "12 (dua belas)": digits, then words in brackets (checked to be the same number).
_SAID_TWICE: Final = re.compile(r"(\d+)\s*\(\s*([a-z][a-z -]*?)\s*\)")


def _said_once(match: re.Match[str]) -> str:
    """The digits alone when the bracketed words spell the same number, else as typed."""
    words = match.group(2).split()
    number, used = _number_at(words, 0)
    if not used:
        number, used = _english_number_at(words, 0)
    same = used == len(words) and number == str(int(match.group(1)))
    return match.group(1) if same else match.group(0)


def spelled_numbers(text: str) -> str:
    """Numbers written in words, in digits: "kumuh dua belas ha" -> "kumuh 12 ha",
    "dua puluh lima" -> "25", "seratus dua puluh" -> "120", "sembilan koma lima" -> "9,5",
    "dua belas ribu" -> "12000" (up to 999.999), and in English "twelve" -> "12", "fourteen
    point five" -> "14.5" (up to 99); every other word stays as it is. A number in digits
    followed by itself in words, as letters write them ("12 (dua belas) hektare"), is written
    once."""
    text = _SAID_TWICE.sub(_said_once, text)
    words = text.split(" ")
    out: list[str] = []
    at = 0
    while at < len(words):
        number, used = _number_at(words, at)
        if not used:
            number, used = _english_number_at(words, at)
        # "half a hectare": the article between the fraction and its unit.
        article = int(words[at] == "half" and words[at + 1 : at + 2] == ["a"])
        if (
            not used
            and words[at] in _FRACTIONS
            and _AREA_UNIT.match(" ".join(words[at + 1 + article :]))
        ):
            # "setengah hektar", "satu setengah ha": a fraction of a unit, alone or after a
            # whole number.
            if out[-3:-2] and out[-3].isdigit() and out[-2:] == ["and", "a"]:
                del out[-2:]  # "fourteen and a half hectares"
            whole = out.pop() if out and out[-1].isdigit() else "0"
            number, used = f"{whole},{_FRACTIONS[words[at]]}", 1 + article
        out.append(number if used else words[at])
        at += used or 1
    return " ".join(out)


def _english_number_at(words: list[str], at: int) -> tuple[str, int]:
    """The English number spelled from words[at] on ("twenty-one", "fourteen point five")."""

    def word(i: int) -> str:
        return words[i] if i < len(words) else ""

    first, i = word(at), at
    tens, _, unit = first.partition("-")  # "twenty-one"
    if tens in _ENGLISH_TENS and (not unit or 0 < _ENGLISH_UNITS.get(unit, 0) < 10):
        total, i = _ENGLISH_TENS[tens] + _ENGLISH_UNITS.get(unit, 0), i + 1
        if not unit and 0 < _ENGLISH_UNITS.get(word(i), 0) < 10:  # "twenty one"
            total, i = total + _ENGLISH_UNITS[word(i)], i + 1
    elif first in _ENGLISH_UNITS:
        total, i = _ENGLISH_UNITS[first], i + 1
    else:
        return "", 0
    number = str(total)
    if word(i) == "point" and 0 < _ENGLISH_UNITS.get(word(i + 1), 0) < 10:
        number, i = f"{number}.{_ENGLISH_UNITS[word(i + 1)]}", i + 2
    return number, i - at


def _number_at(words: list[str], at: int) -> tuple[str, int]:
    """The number spelled from words[at] on, in digits, and how many words it took: up to
    999.999 ("dua belas ribu lima ratus" -> "12500", "seribu" -> "1000")."""
    total, i = _below_thousand(words, at)
    following = words[i] if i < len(words) else ""
    # "seribu" opens a number; "ribu" multiplies the number before it.
    thousands = 1 if i == at and following == "seribu" else total if following == "ribu" else 0
    if thousands:
        rest, i = _below_thousand(words, i + 1)
        total = thousands * 1000 + rest
    if i == at:
        return "", 0
    number = str(total)
    if i + 1 < len(words) and words[i] == "koma" and DIGIT_WORDS.get(words[i + 1]):
        number, i = f"{number},{DIGIT_WORDS[words[i + 1]]}", i + 2  # "sembilan koma lima"
    return number, i - at


def _below_thousand(words: list[str], at: int) -> tuple[int, int]:
    """The number under a thousand spelled from words[at] on, and the index after it (`at`
    itself when none is)."""

    def word(i: int) -> str:
        return words[i] if i < len(words) else ""

    def digit(i: int) -> int | None:
        return DIGIT_WORDS.get(word(i))

    total, i = 0, at
    if word(i) == "seratus":
        total, i = 100, i + 1
    elif digit(i) and word(i + 1) == "ratus":
        total, i = 100 * (digit(i) or 0), i + 2
    if word(i) == "sebelas":
        total, i = total + 11, i + 1
    elif word(i) == "sepuluh":
        total, i = total + 10, i + 1
    elif digit(i) and word(i + 1) == "belas":
        total, i = total + 10 + (digit(i) or 0), i + 2
    else:
        if digit(i) and word(i + 1) == "puluh":
            total, i = total + 10 * (digit(i) or 0), i + 2
        if digit(i):
            total, i = total + (digit(i) or 0), i + 1
    return total, i
