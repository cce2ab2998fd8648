"""Tests for reading meeting times and reminder offsets as admins type them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import config
from bot.domain.errors import Invalid
from bot.domain.meeting_time import (
    DEFAULT_REMINDER_OFFSETS,
    MAX_OFFSET,
    format_offset,
    parse_meeting_time,
    parse_offset,
    parse_offsets,
)

WIB = ZoneInfo("Asia/Pontianak")
# Tuesday 10 November 2026, 08.00 WIB: the meeting week's dates are all ahead.
NOW = datetime(2026, 11, 10, 8, 0, tzinfo=WIB)
D, H, M = timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)
EXAMPLE = "24/11/2026"  # the example date a refusal shows: two weeks after NOW, never past


def when(text: str, now: datetime = NOW, zone: ZoneInfo = WIB) -> datetime:
    return parse_meeting_time(text, now=now, zone=zone)


def at(day: int, hour: int, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


def refusal_of_time(text: str, now: datetime = NOW, zone: ZoneInfo = WIB) -> Invalid:
    with pytest.raises(Invalid) as caught:
        when(text, now, zone)
    return caught.value


def refusal_of_offsets(text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        parse_offsets(text)
    return caught.value


# -- meeting times: accepted forms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # absolute dates, every way parse_date reads them, then the time
        ("18/11/2026 09.00", at(18, 9)),
        ("18/11/2026 09:00", at(18, 9)),
        ("18-11-2026 jam 9", at(18, 9)),
        ("18-11-2026 pukul 9", at(18, 9)),
        ("18 November 2026 pukul 09:00", at(18, 9)),
        ("18 Nov 2026 09.30", at(18, 9, 30)),
        ("Rabu, 18/11/2026 09.00", at(18, 9)),
        ("tgl 18/11/2026 jam 09.00", at(18, 9)),
        ("18/11/26 9.00", at(18, 9)),
        ("2026-11-18 09:00", at(18, 9)),
        ("18.11.2026 09.00", at(18, 9)),
        ("18/11/2026, pkl. 09.00", at(18, 9)),
        ("18/11/2026 - 09.00", at(18, 9)),
        ("18/11/2026 09.00.", at(18, 9)),  # a sentence's full stop
        ("１８/１１/２０２６　０９.００", at(18, 9)),  # full-width digits and space
        # time first
        ("09.00 18/11/2026", at(18, 9)),
        ("pukul 09.00 WIB, Rabu 18 November 2026", at(18, 9)),
        ("jam 9 besok", at(11, 9)),
        # an invitation's whole line
        ("Rabu, 18 November 2026 pukul 09.00 WIB s.d. selesai", at(18, 9)),
    ],
)
def test_dates_with_times(text: str, expected: datetime) -> None:
    result = when(text)
    assert result == expected
    assert result.tzinfo is WIB
    assert result.second == 0 and result.microsecond == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hari ini 15.30", at(10, 15, 30)),
        ("nanti jam 16", at(10, 16)),
        ("besok 13.00", at(11, 13)),
        ("esok 13.00", at(11, 13)),
        ("besok jam 1 siang", at(11, 13)),
        ("lusa 09.00", at(12, 9)),
        ("Besok pagi jam 9", at(11, 9)),
        ("nanti malam jam 7", at(10, 19)),
    ],
)
def test_days_named_relative_to_today(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("jam 9 pagi", 9, 0),
        ("jam 11 siang", 11, 0),
        ("pukul 12 siang", 12, 0),
        ("jam 1 siang", 13, 0),
        ("jam 2 sore", 14, 0),
        ("jam 3 sore", 15, 0),
        ("jam 3.30 sore", 15, 30),
        ("jam 5 petang", 17, 0),
        ("jam 7 malam", 19, 0),
        ("jam 19 malam", 19, 0),  # the 24-hour hour agreeing with its part of the day
        ("13.00 siang", 13, 0),
        ("malam jam 8", 20, 0),  # the part of the day first
        ("7pagi", 7, 0),
    ],
)
def test_parts_of_the_day_pick_the_12_hour_reading(text: str, hour: int, minute: int) -> None:
    assert when(f"besok {text}") == at(11, hour, minute)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("09.00 WIB", 9),
        ("10.00 WITA", 9),  # UTC+8
        ("11.00 WIT", 9),  # UTC+9
        ("jam 10 pagi wita", 9),
        ("10.00wita", 9),
    ],
)
def test_indonesian_zones_are_converted_to_the_callers(text: str, hour: int) -> None:
    result = when(f"18/11/2026 {text}")
    assert result == at(18, hour)
    assert result.tzinfo is WIB


def test_zone_words_convert_into_any_zone() -> None:
    makassar = ZoneInfo("Asia/Makassar")  # WITA
    result = when("18/11/2026 09.00 WIB", zone=makassar)
    assert (result.hour, result.tzinfo) == (10, makassar)
    assert when("18/11/2026 09.00", zone=makassar) == datetime(2026, 11, 18, 9, tzinfo=makassar)


def test_a_zone_word_may_move_the_date() -> None:
    assert when("19/11/2026 06.00 WIT") == at(19, 4)
    assert when("19/11/2026 00.30 WITA") == at(18, 23, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13.00-15.00", at(18, 13)),
        ("13.00 - 15.00 WIB", at(18, 13)),
        ("09.00 s/d 12.00", at(18, 9)),
        ("09.00 s.d. 12.00", at(18, 9)),
        ("09.00 sd selesai", at(18, 9)),
        ("jam 09.00 sampai selesai", at(18, 9)),
        ("09.00-24.00", at(18, 9)),  # 24.00 may end a range
        ("08.00-12.00 WITA", at(18, 7)),  # a zone after the range covers its start
        ("jam 1-3 siang", at(18, 13)),  # so does a part of the day, when it fits
        ("jam 9-11 malam", at(18, 21)),
        ("jam 8-12 siang", at(18, 8)),  # "8 siang" does not exist: 8 is read as written
        ("jam 10-2 siang", at(18, 10)),
    ],
)
def test_a_range_keeps_its_start(text: str, expected: datetime) -> None:
    assert when(f"18/11/2026 {text}") == expected


def test_zero_padded_early_hours_are_read_as_written() -> None:
    assert when("besok 02.00") == at(11, 2)
    assert when("besok jam 00.15") == at(11, 0, 15)
    assert when("besok jam 7") == at(11, 7)  # 07.00 starts many a working day


def test_relative_days_count_in_the_zone_across_midnight() -> None:
    # 23.30 WIB on 2 December is still 16.30 UTC: "besok" is the 3rd, not the 4th.
    now_utc = datetime(2026, 12, 2, 16, 30, tzinfo=UTC)
    assert when("besok 09.00", now=now_utc) == at(3, 9, month=12)
    assert when("hari ini 23.45", now=now_utc) == at(2, 23, 45, month=12)
    assert when("lusa 09.00", now=now_utc) == at(4, 9, month=12)
    # 00.30 WIB on the 3rd is still the 2nd in UTC: "besok" is the 4th.
    assert when("besok 09.00", now=datetime(2026, 12, 2, 17, 30, tzinfo=UTC)) == at(4, 9, month=12)


def test_the_zone_has_no_daylight_saving() -> None:
    for month in range(1, 13):
        result = when(f"15/{month:02d}/2027 09.00")
        assert result.utcoffset() == timedelta(hours=7)
        assert result.astimezone(UTC).hour == 2


# -- meeting times: refusals -----------------------------------------------------------------


def test_empty() -> None:
    assert refusal_of_time("").key == "text.empty"
    assert refusal_of_time("  \u200b ").key == "text.empty"


@pytest.mark.parametrize(
    "text",
    [
        "halo",
        "rapat",
        "18/11/2026 9",  # a bare number is not a time: 09.00? 21.00? the 9th?
        "18/11/2026 09.5",
        "18/11/2026 0900",
        "18/11/2026 jam 9 pagi jam 9 malam",
        "18/11/2026 pagi jam 9 malam",  # contradicting parts of the day
        "18/11/2026 09.00 WIB - 12.00 WITA",  # contradicting zones
        "besok rabu 09.00",
        "18/11/2026 09.00 " + "x" * 100,
    ],
)
def test_unreadable(text: str) -> None:
    assert refusal_of_time(text).key == "when.format"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("18/11/2026", "18/11/2026"),
        ("Rabu, 18 November 2026", "18/11/2026"),
        ("besok", "11/11/2026"),
        ("besok pagi", "11/11/2026"),
    ],
)
def test_a_date_without_a_time(text: str, date: str) -> None:
    refusal = refusal_of_time(text)
    assert (refusal.key, refusal.params) == ("when.no_time", {"date": date})


@pytest.mark.parametrize("text", ["jam 9", "09.00 WIB", "pukul 13.00-15.00"])
def test_a_time_without_a_date(text: str) -> None:
    refusal = refusal_of_time(text)
    assert refusal.key == "when.no_date"
    assert str(refusal.params["time"]) in text.lower()


def test_a_dotted_pair_that_is_a_time_or_a_date_says_both() -> None:
    """ "06.09" alone is 06.09 in the morning or 6 September: the refusal names both
    readings (fifteenth try-out: only the date was asked for, as if a time were typed)."""
    refusal = refusal_of_time("06.09")
    assert refusal.key == "when.time_or_date"
    assert (refusal.params["time"], refusal.params["day"]) == ("06.09", "6/9")
    assert refusal_of_time("09.45").key == "when.no_date"  # 45 is no month


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("18/11 09.00", "18/11"),
        ("Rabu, 18 November pukul 09.00", "rabu, 18 november"),
        ("jam 9 18-11", "18-11"),
        ("29/02 09.00", "29/02"),
        ("18 Nov", "18 nov"),
    ],
)
def test_a_date_without_its_year(text: str, date: str) -> None:
    refusal = refusal_of_time(text)
    assert (refusal.key, refusal.params) == ("when.no_year", {"date": date, "example": EXAMPLE})


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("31/02/2026 09.00", "date.invalid", {"day": 31, "month": 2, "year": 2026}),
        ("31/02/2026", "date.invalid", {"day": 31, "month": 2, "year": 2026}),
        ("18/13/2026 09.00", "date.invalid", {"day": 18, "month": 13, "year": 2026}),
        ("18/11/2101 09.00", "date.out_of_range", {"min": 1945, "max": 2100}),
    ],
)
def test_date_problems_are_parse_dates(text: str, key: str, params: dict[str, object]) -> None:
    refusal = refusal_of_time(text)
    assert (refusal.key, refusal.params) == (key, params)


def test_a_weekday_that_does_not_match_the_date() -> None:
    refusal = refusal_of_time("Selasa, 18/11/2026 09.00")
    assert refusal.key == "date.weekday_mismatch"
    assert refusal.params["date"] == "18/11/2026"


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("18/11/2026 25.00", "25.00"),
        ("18/11/2026 24.00", "24.00"),
        ("18/11/2026 09.75", "09.75"),
        ("18/11/2026 jam 15 pagi", "jam 15 pagi"),
        ("18/11/2026 jam 12 malam", "jam 12 malam"),  # midnight of which day?
        ("18/11/2026 jam 12 pagi", "jam 12 pagi"),
        ("18/11/2026 13.00-25.00", "25.00"),
        ("18/11/2026 13.00-15 pagi", "15 pagi"),
        ("25.00", "25.00"),  # a wrong time is reported before the missing date
    ],
)
def test_impossible_times(text: str, typed: str) -> None:
    refusal = refusal_of_time(text)
    assert (refusal.key, refusal.params) == ("when.bad_time", {"time": typed})


@pytest.mark.parametrize(
    ("text", "typed", "morning", "afternoon"),
    [
        ("besok jam 2", "jam 2", "02.00", "14.00"),
        ("besok 1.30", "1.30", "01.30", "13.30"),
        ("18/11/2026 pukul 6", "pukul 6", "06.00", "18.00"),
        ("18/11/2026 jam 1-3", "jam 1", "01.00", "13.00"),
    ],
)
def test_an_hour_that_reads_two_ways(text: str, typed: str, morning: str, afternoon: str) -> None:
    refusal = refusal_of_time(text)
    assert refusal.key == "when.ambiguous_hour"
    assert refusal.params == {"time": typed, "morning": morning, "afternoon": afternoon}


def test_past_and_too_close() -> None:
    refusal = refusal_of_time("01/11/2026 09.00")
    assert (refusal.key, refusal.params) == ("when.past", {"when": "01/11/2026 09.00"})
    assert refusal_of_time("hari ini 07.59").key == "when.past"
    assert refusal_of_time("hari ini 08.00").key == "when.past"  # starting right now
    # "kemarin" is read, to be refused as past rather than as no time (fifteenth try-out)
    assert refusal_of_time("kemarin 09.00").key == "when.past"
    assert when("hari ini 08.01") == at(10, 8, 1)  # one minute ahead is enough
    late = NOW + timedelta(seconds=30)
    assert refusal_of_time("hari ini 08.01", now=late).key == "when.past"
    # The message shows the time in the caller's zone, not as typed.
    refusal = refusal_of_time("hari ini 08.30 WITA")
    assert refusal.params == {"when": "10/11/2026 07.30"}


def test_too_far_ahead() -> None:
    assert when("10/11/2028 08.00") == at(10, 8, year=2028)  # exactly two years
    refusal = refusal_of_time("10/11/2028 08.01")
    assert (refusal.key, refusal.params) == (
        "when.too_far",
        {"when": "10/11/2028 08.01", "example": EXAMPLE},
    )
    assert refusal_of_time("18/11/2062 09.00").key == "when.too_far"  # "62" typed for "26"
    leap_day = datetime(2028, 2, 29, 12, tzinfo=WIB)
    assert when("28/02/2030 12.00", now=leap_day) == datetime(2030, 2, 28, 12, tzinfo=WIB)
    assert refusal_of_time("01/03/2030 12.00", now=leap_day).key == "when.too_far"


def test_wall_times_a_daylight_saving_zone_skips_or_repeats_are_refused() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 1, 5, 12, tzinfo=berlin)
    skipped = refusal_of_time("29/03/2026 02.30", now=now, zone=berlin)
    assert (skipped.key, skipped.params) == ("when.bad_time", {"time": "02.30"})
    assert refusal_of_time("25/10/2026 02.30", now=now, zone=berlin).key == "when.bad_time"
    assert when("25/10/2026 02.30 WIB", now=now, zone=berlin).hour == 21  # a fixed zone is fine
    assert when("25/10/2026 09.00", now=now, zone=berlin).utcoffset() == timedelta(hours=1)


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        when("18/11/2026 09.00", now=datetime(2026, 11, 10, 8))


# -- reminder offsets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d, 1d, 2h", (7 * D, D, 2 * H)),
        ("30m", (30 * M,)),
        ("7d 1d 2h", (7 * D, D, 2 * H)),
        ("2h, 7d, 1d", (7 * D, D, 2 * H)),  # sorted, longest first
        ("7 hari, 1 hari, 2 jam", (7 * D, D, 2 * H)),
        ("30 menit", (30 * M,)),
        ("1 minggu", (7 * D,)),
        ("1w, 2 pekan", (14 * D, 7 * D)),
        ("H-7, H-3, H-1", (7 * D, 3 * D, D)),
        ("h - 7 dan D-1", (7 * D, D)),
        ("2 jam sebelum", (2 * H,)),
        ("1 hari sebelumnya, 2 jam sebelum rapat", (D, 2 * H)),
        ("7d; 1d dan 2h", (7 * D, D, 2 * H)),
        ("7d,1d,,2h,", (7 * D, D, 2 * H)),
        ("1d, 24h, 1440m", (D,)),  # the same reminder once
        ("7 Hari, 2 JAM", (7 * D, 2 * H)),
        ("365d", (MAX_OFFSET,)),
    ],
)
def test_offsets(text: str, expected: tuple[timedelta, ...]) -> None:
    assert parse_offsets(text) == expected


@pytest.mark.parametrize("text", ["tidak ada", "Tidak ada.", "tanpa", "-", "0", "none", "NONE"])
def test_no_reminders(text: str) -> None:
    assert parse_offsets(text) == ()


def test_canonical_offsets_read_back_unchanged() -> None:
    offsets = (8 * D, 36 * H, 90 * M, 5 * M)
    assert parse_offsets(", ".join(format_offset(o) for o in offsets)) == offsets


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("7", "7"),  # days? hours?
        ("7 dan 1d", "7"),
        ("7d, x", "x"),
        ("1,5 jam", "1,5 jam"),  # no rounding: type 90m
        ("2 bulan", "2 bulan"),  # 28 to 31 days
        ("2 hr", "2 hr"),  # hari or hour?
        ("1M", "1M"),  # a month to some readers
        ("7d1d", "7d1d"),
        ("tidak ada, 1d", "tidak"),
        ("sebelum", "sebelum"),
    ],
)
def test_offsets_not_understood(text: str, part: str) -> None:
    refusal = refusal_of_offsets(text)
    assert (refusal.key, refusal.params) == ("offsets.format", {"part": part})


def test_offsets_text_too_long() -> None:
    refusal = refusal_of_offsets("1d " * 100)
    assert refusal.key == "offsets.format"
    assert len(str(refusal.params["part"])) < 40


@pytest.mark.parametrize(("text", "part"), [("0d", "0d"), ("7d, 0 jam", "0 jam"), ("H-0", "h-0")])
def test_zero_offset(text: str, part: str) -> None:
    refusal = refusal_of_offsets(text)
    assert (refusal.key, refusal.params) == ("offsets.zero", {"part": part})


@pytest.mark.parametrize("text", ["366d", "53 minggu", "9999999999999m", "H-400"])
def test_offset_too_long(text: str) -> None:
    refusal = refusal_of_offsets(text)
    assert refusal.key == "offsets.too_long"
    assert refusal.params == {"part": text.lower(), "days": 365}


def test_too_many_offsets() -> None:
    assert len(parse_offsets("6d 5d 4d 3d 2d 1d")) == 6
    assert len(parse_offsets("6d 5d 4d 3d 2d 1d 24h")) == 6  # a repeat is not a seventh
    refusal = refusal_of_offsets("7d 6d 5d 4d 3d 2d 1d")
    assert (refusal.key, refusal.params) == ("offsets.too_many", {"max": 6})


@pytest.mark.parametrize(
    ("text", "part", "as_list", "as_one"),
    [
        ("1 jam 30 menit", "1 jam 30 menit", "1h, 30m", "90m"),
        ("7d, 1 hari 2 jam sebelum", "1 hari 2 jam sebelum", "1d, 2h", "26h"),
    ],
)
def test_a_duration_said_in_two_units(text: str, part: str, as_list: str, as_one: str) -> None:
    refusal = refusal_of_offsets(text)
    assert refusal.key == "offsets.ambiguous"
    assert refusal.params == {"part": part, "as_list": as_list, "as_one": as_one}
    # A comma, the config style or a larger second amount make the list plain.
    assert parse_offsets(text.replace(" 30", ", 30").replace(" 2 jam", ", 2 jam"))
    assert parse_offsets("1h 30m") == (H, 30 * M)
    assert parse_offsets("1 hari 2 hari") == (2 * D, D)


def test_offsets_empty() -> None:
    assert refusal_of_offsets("  ").key == "text.empty"


# -- due times and the config-file offsets ---------------------------------------------------


def test_config_offsets_live_here_and_are_reexported() -> None:
    assert config.parse_offset is parse_offset
    assert config.format_offset is format_offset
    assert config.MAX_OFFSET is MAX_OFFSET
    assert config.DEFAULT_REMINDER_OFFSETS is DEFAULT_REMINDER_OFFSETS
    assert tuple(parse_offset(t) for t in DEFAULT_REMINDER_OFFSETS) == (7 * D, D, 2 * H)
    # The strict config form and the admin's form agree on every canonical offset.
    for text in ("7d", "36h", "90m", "365d"):
        assert parse_offsets(text) == (parse_offset(text),)
