"""Meeting times and reminder offsets as admins type them: "besok jam 1 siang", "7d, 1d, 2h"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import pairwise
from typing import Final
from zoneinfo import ZoneInfo

from bot.domain.errors import Invalid
from bot.domain.quantities import _clean, format_date, format_datetime, parse_date

__all__ = [
    "DEFAULT_REMINDER_OFFSETS",
    "MAX_AHEAD",
    "MAX_OFFSET",
    "MAX_OFFSETS",
    "MIN_AHEAD",
    "format_offset",
    "parse_meeting_time",
    "parse_offset",
    "parse_offsets",
]

DEFAULT_REMINDER_OFFSETS: Final = ("7d", "1d", "2h")
# A reminder more than a year ahead is a typo (and unbounded numbers overflow timedelta).
MAX_OFFSET: Final = timedelta(days=365)
# More reminders than this for one meeting is noise the invitees learn to ignore.
MAX_OFFSETS: Final = 6
# A meeting must start at least this far ahead: one starting now could not be announced.
MIN_AHEAD: Final = timedelta(minutes=1)
# Calendar years (the same date two years on): further ahead is a mistyped year.
MAX_AHEAD: Final = 2

# -- offsets in configuration: "7d", "36h", "90m" -----------------------------------------------

# Lower case only: "1M" could mean a month to a reader, and this would read it as a minute.
_OFFSET_RE = re.compile(r"\s*([0-9]+)([dhm])\s*", re.ASCII)
_UNITS: Final = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}

# -- meeting times --------------------------------------------------------------------------

# Longest answer worth reading: "Rabu, 18 November 2026 pukul 09.00 WIB s.d. selesai" is 52.
_MAX_WHEN_TEXT = 100
_PERIOD = r"pagi|siang|sore|petang|malam"
# The hours (24-hour clock) each part of the day covers. Every span is under 12 hours, so "jam 3"
# with a period word has at most one reading (03.00 or 15.00).
_PERIOD_HOURS: Final[dict[str, range]] = {
    "pagi": range(1, 12),  # "jam 1 pagi" is 01.00; "jam 12 pagi" is refused, not guessed
    "siang": range(10, 16),  # "jam 11 siang" 11.00, "jam 12 siang" 12.00, "jam 3 siang" 15.00
    "sore": range(14, 19),  # "jam 2 sore" 14.00 to "jam 6 sore" 18.00
    "petang": range(15, 20),
    "malam": range(18, 24),  # "jam 12 malam" is midnight of which day? Refused.
}
# Indonesia's three zones have no daylight saving, so each is a fixed offset from UTC.
_ZONES: Final[dict[str, timezone]] = {
    "wib": timezone(timedelta(hours=7), "WIB"),
    "wita": timezone(timedelta(hours=8), "WITA"),
    "wit": timezone(timedelta(hours=9), "WIT"),
}
_ZONE = r"wita|wit|wib"  # longest first, so "wita" is not read as "wit" + "a"
_LEAD = r"(?:jam|pukul|pkl|pk)\.?\s*:?\s*"
_RANGE = r"(?:-|s\s*/\s*d|s\.\s*d\.?|sd\.?|sampai(?:\s+dengan)?|hingga|until|to)"


def _clock_pattern(hour: str, minute: str, period: str) -> str:
    """An hour, optional minutes after "." or ":", an optional part of the day; groups named."""
    return rf"(?P<{hour}>\d{{1,2}})(?:[.:](?P<{minute}>\d{{2}}))?(?:\s*(?P<{period}>{_PERIOD}))?"


# A start time, optionally its zone and the end of a range ("13.00-15.00", "09.00 s/d selesai").
_TIME = re.compile(
    rf"(?:(?P<before>{_PERIOD})\s*)?(?P<lead>{_LEAD})?"
    rf"(?P<clock>{_clock_pattern('hour', 'minute', 'period')})"
    rf"(?:\s*(?P<zone>{_ZONE}))?"
    rf"(?:\s*{_RANGE}\s*(?:selesai|(?:{_LEAD})?"
    rf"(?P<end>{_clock_pattern('end_hour', 'end_minute', 'end_period')})"
    rf"(?:\s*(?P<end_zone>{_ZONE}))?))?"
)
# Where the date part ends and the time part begins (or the other way round).
_GAP = re.compile(r"\s*[,;]\s*|\s+-\s+|\s+")
_PERIOD_TAIL = re.compile(rf"\s+(?:{_PERIOD})$")
# Days named relative to today in the caller's zone. "nanti" is "later today": "nanti jam 16".
_RELATIVE_DAYS: Final[dict[str, int]] = {
    **dict.fromkeys(("hari ini", "nanti", "today"), 0),
    **dict.fromkeys(("besok", "esok", "esok hari", "tomorrow"), 1),
    **dict.fromkeys(("lusa", "besok lusa"), 2),
    # Read so that it is refused as past, not as an unknown time (fifteenth try-out).
    **dict.fromkeys(("kemarin", "kmrn", "kemaren", "yesterday"), -1),
}
# A leap year, so "29/02" without a year is still recognised as a date missing its year.
_SOME_YEAR = "2028"

# -- reminder offsets typed by admins: "7 hari, 1 hari, 2 jam", "H-7, H-1" --------------------

_MAX_OFFSETS_TEXT = 200
_NO_REMINDERS = frozenset(
    {"tidak ada", "tidak", "tanpa", "tanpa pengingat", "tidak ada pengingat", "-", "0", "none"}
)
_MINUTE, _HOUR, _DAY = timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)
# Unit as typed to (length, written as a word). "hr" is missing on purpose: hari or hour?
# "bulan" too: a month is 28 to 31 days, and a reminder must not move with the calendar.
_OFFSET_UNITS: Final[dict[str, tuple[timedelta, bool]]] = {
    **dict.fromkeys(("m",), (_MINUTE, False)),
    **dict.fromkeys(("mnt", "menit", "min", "mins", "minute", "minutes"), (_MINUTE, True)),
    **dict.fromkeys(("h", "j"), (_HOUR, False)),
    **dict.fromkeys(("jam", "jm", "hour", "hours"), (_HOUR, True)),
    **dict.fromkeys(("d",), (_DAY, False)),
    **dict.fromkeys(("hari", "day", "days"), (_DAY, True)),
    **dict.fromkeys(("w",), (7 * _DAY, False)),
    **dict.fromkeys(("minggu", "mgg", "mg", "pekan", "week", "weeks"), (7 * _DAY, True)),
}
# "H-7" (and English "D-7") is the countdown to an event day: seven days before.
_OFFSET_ITEM = re.compile(
    r"(?:(?:[hd]\s*-\s*(?P<days>\d+))"
    r"|(?:(?P<amount>\d+)(?P<fraction>[.,]\d+)?\s*(?P<unit>(?!dan\b|and\b)[a-z]+)))"
    r"(?:\s+(?:sebelum(?:nya)?|before)(?:\s+(?:rapat|acara|pertemuan|the meeting|meeting))?)?"
)
_OFFSET_GAP = re.compile(r"(?:\s*(?:[,;]|\bdan\b|\band\b)\s*)+|\s+")
_PIECE = re.compile(r"[^\s,;]+")
# Checked on the text as typed, before lower-casing: "1M" may mean a month (bulan) to a reader.
_CAPITAL_M = re.compile(r"\d+\s*M\b")


@dataclass(frozen=True, slots=True)
class _Clock:
    """A valid wall-clock time, the zone it was typed in (None: the caller's) and its text."""

    hour: int
    minute: int
    zone: timezone | None
    typed: str


@dataclass(frozen=True, slots=True)
class _Offset:
    """One reminder offset as typed, for the checks that look at its neighbours."""

    length: timedelta
    unit: timedelta
    word: bool
    typed: str


# -- parsers ----------------------------------------------------------------------------------


# Refusals whose message shows an example date: one two weeks ahead, never already past.
_WITH_EXAMPLE = frozenset(
    {"when.format", "when.too_far", "when.no_date", "when.no_year", "when.time_or_date"}
)
# "06.09" alone: 06.09 in the morning, or the sixth of September with a dot (try-out 15).
_CLOCK_OR_DAY = re.compile(r"(\d{1,2})\.(\d{2})")
EXAMPLE_AHEAD = timedelta(days=14)


def example_date(now: datetime, zone: ZoneInfo) -> str:
    """The date a message offers as an example ("18/12/2026"): two weeks from `now`."""
    return format_date(now.astimezone(zone).date() + EXAMPLE_AHEAD)


def parse_meeting_time(text: str, *, now: datetime, zone: ZoneInfo) -> datetime:
    """A meeting's start, read by `_parse_meeting_time`; a refusal that shows an example
    carries `example`, a date two weeks ahead (a fixed date in a text goes stale)."""
    try:
        return _parse_meeting_time(text, now=now, zone=zone)
    except Invalid as refusal:
        if refusal.key in _WITH_EXAMPLE:
            refusal.params["example"] = example_date(now, zone)
        raise


def _parse_meeting_time(text: str, *, now: datetime, zone: ZoneInfo) -> datetime:
    """A meeting's start as an aware datetime in `zone`, seconds zero.

    The date and the time may come in either order, split by a space, comma or " - ":
    "18/11/2026 09.00", "Rabu, 18 Nov 2026 pukul 09:00", "09.00 18/11/2026", "jam 9 besok".
    The date is anything parse_date reads, or "hari ini"/"nanti", "besok"/"esok" or "lusa",
    counted from `now` (aware) in `zone`. The time is "09.00" or "09:00", or an hour after
    jam/pukul/pkl ("jam 9"), optionally with pagi, siang, sore, petang or malam ("jam 1 siang"
    is 13.00), WIB, WITA or WIT (converted to `zone`) and a range's end, which is dropped
    ("13.00-15.00", "09.00 s/d selesai"). Nothing is guessed: "jam 2" alone could be 02.00 or
    14.00 and is refused; a zero-padded "02.00" is read as written.

    Refused with text.empty, when.format, when.no_time (date), when.no_date (time),
    when.time_or_date (time, day: "06.09" alone, a time or a day and month),
    when.no_year (date: as typed), when.bad_time (time: as typed, also for a wall time the zone
    skips or repeats), when.ambiguous_hour (time, morning, afternoon), when.past (when) for
    less than MIN_AHEAD ahead of `now`, when.too_far (when) for more than MAX_AHEAD years
    ahead, and parse_date's date.invalid, date.weekday_mismatch and date.out_of_range.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    value = _clean(text).removesuffix(".").strip()
    if not value:
        raise Invalid("text.empty")
    if len(value) > _MAX_WHEN_TEXT:
        raise Invalid("when.format")
    today = now.astimezone(zone).date()

    # Every split into a date part and a time part is tried; exactly one reading must remain.
    readings: set[datetime] = set()
    refusal: Invalid | None = None
    for gap in _GAP.finditer(value):
        left, right = value[: gap.start()], value[gap.end() :]
        if not left or not right:
            continue
        for time_text, day_text in ((right, left), (left, right)):
            shape = _time_shape(time_text)
            if shape is None:
                continue
            try:
                day = _read_day(day_text, today)
                if day is None:
                    if _lacks_year(day_text):
                        raise Invalid("when.no_year", date=day_text)
                    continue
                readings.add(_moment(day, _clock(shape), zone))
            except Invalid as error:
                refusal = refusal or error  # the first is the one nearest the text's start
    if len(readings) > 1:
        raise Invalid("when.format")
    if not readings:
        raise refusal or _without_split(value, today)
    result = readings.pop()
    if result < now + MIN_AHEAD:
        raise Invalid("when.past", when=format_datetime(result))
    if result > _years_later(now.astimezone(zone), MAX_AHEAD):
        raise Invalid("when.too_far", when=format_datetime(result))
    return result


def parse_offset(text: str) -> timedelta:
    """Read a reminder offset such as "7d", "36h" or "90m" (a positive whole number + d/h/m).

    The strict form config.toml uses. Raises ValueError for anything else, including zero and
    offsets over 365 days.
    """
    match = _OFFSET_RE.fullmatch(text)
    if match is None:
        raise ValueError(f"not an offset like 7d, 36h or 90m: {text!r}")
    digits, unit = match.groups()
    # Length guard first: int() of a huge digit string is slow and would overflow timedelta.
    if len(digits.lstrip("0")) > 6:
        raise ValueError(f"offset longer than {format_offset(MAX_OFFSET)}: {text!r}")
    amount = int(digits)
    if amount == 0:
        raise ValueError(f"offset must be greater than zero: {text!r}")
    offset = amount * _UNITS[unit.lower()]
    if offset > MAX_OFFSET:
        raise ValueError(f"offset longer than {format_offset(MAX_OFFSET)}: {text!r}")
    return offset


def format_offset(offset: timedelta) -> str:
    """Write an offset in its largest whole unit: 7 days -> "7d", 36 h -> "36h", 90 min -> "90m".

    Raises ValueError unless the offset is a positive whole number of minutes.
    """
    if offset <= timedelta(0) or offset % _UNITS["m"]:
        raise ValueError(f"not a positive whole number of minutes: {offset!r}")
    for unit in ("d", "h", "m"):
        if not offset % _UNITS[unit]:
            return f"{offset // _UNITS[unit]}{unit}"
    raise AssertionError("unreachable: every whole number of minutes has a unit")


def parse_offsets(text: str) -> tuple[timedelta, ...]:
    """Reminder offsets typed by an admin: unique, longest first; () for no reminders.

    Items are "7d", "2h", "30m" (also "1w"), "7 hari", "2 jam", "30 menit", "1 minggu", "H-7"
    (7 days), each optionally followed by "sebelum"/"sebelumnya", separated by commas,
    semicolons, "dan" or spaces. format_offset's output reads back unchanged. "tidak ada",
    "tanpa", "-", "0" or "none" mean no reminders. Refused with text.empty, offsets.format
    (part: the piece not understood, such as "7", "1,5 jam", "2 bulan" or "1M"), offsets.zero
    (part), offsets.too_long (part, days), offsets.too_many (max) and offsets.ambiguous (part,
    as_list, as_one) for "1 jam 30 menit": two reminders, or one 90 minutes before?
    """
    value = _clean(text).removesuffix(".").strip()
    if not value:
        raise Invalid("text.empty")
    if value in _NO_REMINDERS:
        return ()
    if len(value) > _MAX_OFFSETS_TEXT:
        raise Invalid("offsets.format", part=value[:30] + "…")
    if capital := _CAPITAL_M.search(text):
        raise Invalid("offsets.format", part=capital[0])
    items: list[tuple[_Offset, bool]] = []  # each offset, and whether only spaces precede it
    spaced, position = False, 0
    while position < len(value):
        match = _OFFSET_ITEM.match(value, position)
        if match is None or (
            match.end() < len(value) and not _OFFSET_GAP.match(value, match.end())
        ):
            piece = _PIECE.match(value, position)
            raise Invalid("offsets.format", part=piece[0] if piece else value[position:])
        items.append((_offset(match), spaced))
        gap = _OFFSET_GAP.match(value, match.end())
        spaced = gap is not None and not gap[0].strip()
        position = gap.end() if gap else match.end()
    for (first, _), (second, only_spaces) in pairwise(items):
        # "1 jam 30 menit" is how a duration is said; "7d 1d 2h" is a list in config style.
        if only_spaces and first.word and second.word and second.length < first.unit:
            raise Invalid(
                "offsets.ambiguous",
                part=f"{first.typed} {second.typed}",
                as_list=f"{format_offset(first.length)}, {format_offset(second.length)}",
                as_one=format_offset(first.length + second.length),
            )
    offsets = sorted({item.length for item, _ in items}, reverse=True)
    if len(offsets) > MAX_OFFSETS:
        raise Invalid("offsets.too_many", max=MAX_OFFSETS)
    return tuple(offsets)


# -- meeting time helpers ---------------------------------------------------------------------


def _time_shape(text: str) -> re.Match[str] | None:
    """The time pattern's match when `text` is shaped like a time, else None.

    A bare number ("9") is a day, a count, anything: a time needs jam/pukul, minutes or a part
    of the day. Contradictions (two different zones or parts of the day) are no time either.
    """
    match = _TIME.fullmatch(text)
    if match is None:
        return None
    before, period = match["before"], match["period"]
    if before and period and before != period:
        return None
    if not (match["lead"] or match["minute"] or before or period):
        return None
    zone, end_zone = match["zone"], match["end_zone"]
    if zone and end_zone and zone != end_zone:
        return None
    return match


def _clock(match: re.Match[str]) -> _Clock:
    """The start time of a time-shaped text, checked; a range's end is checked and dropped."""
    typed = match.string[match.start("lead" if match["lead"] else "clock") : match.end("clock")]
    if match["end"] is not None:
        end_hour, end_minute = int(match["end_hour"]), int(match["end_minute"] or 0)
        end_period = match["end_period"]
        # 24.00 may end a range ("sampai 24.00"), never start one.
        if end_minute > 59 or not (end_hour < 24 or (end_hour == 24 and end_minute == 0)):
            raise Invalid("when.bad_time", time=match["end"])
        if end_period and _in_period(end_hour, end_period) is None:
            raise Invalid("when.bad_time", time=match["end"])
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if hour > 23 or minute > 59:
        raise Invalid("when.bad_time", time=typed)
    period = match["period"] or match["before"]
    # "jam 1-3 siang": the part of the day after a range covers its start when it can.
    if period is None and match["end_period"] and _in_period(hour, match["end_period"]) is not None:
        period = match["end_period"]
    if period is not None:
        reading = _in_period(hour, period)
        if reading is None:
            raise Invalid("when.bad_time", time=typed)
        hour = reading
    elif 1 <= hour <= 6 and len(match["hour"]) == 1:
        # Spoken Indonesian counts 12 hours: "jam 2" is 14.00 far more often than 02.00.
        raise Invalid(
            "when.ambiguous_hour",
            time=typed,
            morning=f"{hour:02d}.{minute:02d}",
            afternoon=f"{hour + 12:02d}.{minute:02d}",
        )
    zone_word = match["zone"] or match["end_zone"]  # "08.00-12.00 WIB": for the whole range
    return _Clock(hour, minute, _ZONES[zone_word] if zone_word else None, typed)


def _in_period(hour: int, period: str) -> int | None:
    """The 24-hour reading of `hour` in a part of the day ("3", "sore" -> 15), else None."""
    readings = {hour} if hour == 0 or hour >= 12 else {hour, hour + 12}
    fitting = [reading for reading in readings if reading in _PERIOD_HOURS[period]]
    return fitting[0] if fitting else None


def _read_day(text: str, today: date) -> date | None:
    """The date a date part names; None when it is no date at all (date errors propagate)."""
    if text in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[text])
    try:
        return parse_date(text)
    except Invalid as refusal:
        if refusal.key == "date.format":
            return None
        raise


def _lacks_year(text: str) -> bool:
    """Whether `text` would be a date with a year after it: "18/11", "Rabu 18 November"."""
    for mark in ("/", ".", "-", " "):
        try:
            parse_date(f"{text}{mark}{_SOME_YEAR}")
        except Invalid as refusal:
            # Only the weekday can be wrong for the stand-in year; "09.00" + year is no date.
            if refusal.key == "date.weekday_mismatch":
                return True
        else:
            return True
    return False


def _moment(day: date, clock: _Clock, zone: ZoneInfo) -> datetime:
    """The clock time on `day`, in the zone it was typed in, as a datetime in `zone`."""
    if clock.zone is not None:
        return datetime.combine(day, time(clock.hour, clock.minute), clock.zone).astimezone(zone)
    local = datetime.combine(day, time(clock.hour, clock.minute), zone)
    # Zones with daylight saving skip or repeat an hour; Indonesia's do not, but `zone` is
    # configurable, and a skipped or doubled wall time has no single meaning.
    back = local.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != local.replace(tzinfo=None) or (
        local.replace(fold=1).utcoffset() != local.utcoffset()
    ):
        raise Invalid("when.bad_time", time=clock.typed)
    return local


def _without_split(value: str, today: date) -> Invalid:
    """Why a text with no date-and-time reading was refused: what is missing, if anything."""
    day = _read_day(_PERIOD_TAIL.sub("", value), today)  # "besok pagi" still lacks a time
    if day is not None:
        return Invalid("when.no_time", date=format_date(day))
    both = _CLOCK_OR_DAY.fullmatch(value)
    if both and 1 <= int(both[1]) <= 23 and 1 <= int(both[2]) <= 12:
        return Invalid("when.time_or_date", time=value, day=f"{int(both[1])}/{int(both[2])}")
    if (shape := _time_shape(value)) is not None:
        clock = _clock(shape)  # a wrong time is worth fixing before adding the date
        return Invalid("when.no_date", time=clock.typed)
    if _lacks_year(value):
        return Invalid("when.no_year", date=value)
    return Invalid("when.format")


def _years_later(moment: datetime, years: int) -> datetime:
    """The same wall-clock time `years` later; 29 February becomes 28 February."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


# -- offset helpers ---------------------------------------------------------------------------


def _offset(match: re.Match[str]) -> _Offset:
    """One typed offset, checked."""
    part = match[0]
    if match["days"] is not None:
        digits, unit, word = match["days"], _DAY, False
    else:
        known = _OFFSET_UNITS.get(match["unit"])
        if known is None or match["fraction"]:  # "1,5 jam": type "90m"; no rounding guesses
            raise Invalid("offsets.format", part=part)
        digits, (unit, word) = match["amount"], known
    # Length guard first: int() of a huge digit string is slow and would overflow timedelta.
    if len(digits.lstrip("0")) > 6 or int(digits) * unit > MAX_OFFSET:
        raise Invalid("offsets.too_long", part=part, days=MAX_OFFSET.days)
    if int(digits) == 0:
        raise Invalid("offsets.zero", part=part)
    return _Offset(int(digits) * unit, unit, word, part)
