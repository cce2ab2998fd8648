"""meeting_ics / ics_filename: the .ics file attached to meeting invitations, parsed back."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Alarm, Calendar, Event

from bot.domain.calendar_file import CalendarEvent, ics_filename, meeting_ics

PONTIANAK = ZoneInfo("Asia/Pontianak")
START = datetime(2026, 11, 18, 8, 30, tzinfo=PONTIANAK)
TITLE = "Rakor & Sinkronisasi; PKP, Kalteng 🏘️ — tahap II"
PLACE = "Aula Jayang Tingang, Lt. 2; Jl. RTA Milono, Palangka Raya"
DESCRIPTION = (
    "Agenda:\n1. Paparan usulan (kumuh 8,5 ha; RTLH 120 unit)\n"
    '2. Diskusi "kewenangan" \\ tindak lanjut\n\nMohon hadir tepat waktu 🙏 — Kasongan, Sampit'
)


def make_event(**changes) -> CalendarEvent:
    event = CalendarEvent(
        uid="rapat-12@sinkron.disperkimtan.kalteng",
        title=TITLE,
        start=START,
        duration=timedelta(hours=4),
        place=PLACE,
        description=DESCRIPTION,
        alarms=(timedelta(days=7), timedelta(days=1), timedelta(hours=2)),
        sequence=0,
        stamp=datetime(2026, 11, 1, 9, 15, tzinfo=PONTIANAK),
        zone=PONTIANAK,
        latitude=-2.2096,
        longitude=113.9163,
    )
    return dataclasses.replace(event, **changes)


def parse(data: bytes) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(data)
    [event] = calendar.events
    return calendar, event


def alarms(event: Event) -> list[Alarm]:
    return [c for c in event.subcomponents if isinstance(c, Alarm)]


def test_calendar_header():
    calendar, _ = parse(meeting_ics(make_event()))
    assert calendar["PRODID"] == "-//Sinkron//Disperkimtan Kalteng//ID"
    assert calendar["VERSION"] == "2.0"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["METHOD"] == "PUBLISH"


def test_start_and_end_are_the_same_instants_in_the_zone():
    _, event = parse(meeting_ics(make_event()))
    assert event.start == START
    assert event.end == START + timedelta(hours=4)
    assert event.start.utcoffset() == timedelta(hours=7)
    assert event["DTSTART"].params["TZID"] == "Asia/Pontianak"
    assert event["DTEND"].params["TZID"] == "Asia/Pontianak"


def test_start_in_another_zone_is_expressed_in_the_meeting_zone():
    start_utc = START.astimezone(UTC)
    data = meeting_ics(make_event(start=start_utc))
    _, event = parse(data)
    assert event.start == start_utc
    assert event["DTSTART"].params["TZID"] == "Asia/Pontianak"
    assert b"DTSTART;TZID=Asia/Pontianak:20261118T083000\r\n" in data
    assert b"DTEND;TZID=Asia/Pontianak:20261118T123000\r\n" in data


def test_end_is_start_plus_duration_across_a_daylight_saving_change():
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 10, 24, 20, 0, tzinfo=berlin)  # clocks go back on the 25th at 3:00
    _, event = parse(
        meeting_ics(make_event(start=start, duration=timedelta(hours=12), zone=berlin))
    )
    assert event.end.astimezone(UTC) - event.start.astimezone(UTC) == timedelta(hours=12)
    assert event.end.hour == 7  # not 8: wall-clock arithmetic would make the meeting 13 hours
    calendar, _ = parse(meeting_ics(make_event(start=start, zone=berlin)))
    [timezone] = calendar.timezones
    assert {c.name for c in timezone.subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_timezone_component_for_the_zone():
    data = meeting_ics(make_event())
    calendar, _ = parse(data)
    [timezone] = calendar.timezones
    assert timezone.tz_name == "Asia/Pontianak"
    offsets = [c["TZOFFSETTO"].td for c in timezone.subcomponents if c.name == "STANDARD"]
    assert offsets == [timedelta(hours=7)]
    assert b"TZOFFSETTO:+0700\r\n" in data
    # A phone that goes by the VTIMEZONE (not its own zone database) gets the same instant.
    assert START.replace(tzinfo=timezone.to_tz()).astimezone(UTC) == START.astimezone(UTC)


def test_stamp_is_utc():
    data = meeting_ics(make_event())
    _, event = parse(data)
    assert b"DTSTAMP:20261101T021500Z\r\n" in data
    assert event.stamp == datetime(2026, 11, 1, 2, 15, tzinfo=UTC)


def test_identity_sequence_and_status():
    _, event = parse(meeting_ics(make_event(sequence=3)))
    assert event["UID"] == "rapat-12@sinkron.disperkimtan.kalteng"
    assert event["SEQUENCE"] == 3
    assert event["STATUS"] == "CONFIRMED"


def test_geo_when_coordinates_given():
    _, event = parse(meeting_ics(make_event()))
    assert event["GEO"].latitude == pytest.approx(-2.2096)
    assert event["GEO"].longitude == pytest.approx(113.9163)
    _, event = parse(meeting_ics(make_event(latitude=None, longitude=None)))
    assert "GEO" not in event


def test_one_display_alarm_per_offset_before_the_start():
    _, event = parse(meeting_ics(make_event()))
    found = alarms(event)
    assert [a["TRIGGER"].dt for a in found] == [
        -timedelta(days=7),
        -timedelta(days=1),
        -timedelta(hours=2),
    ]
    assert all(a["ACTION"] == "DISPLAY" for a in found)
    assert all(a["DESCRIPTION"] == TITLE for a in found)
    # Relative to the start: no RELATED=END, no absolute date-time.
    assert all(a["TRIGGER"].params.get("RELATED", "START") == "START" for a in found)


def test_no_alarms_when_none_asked():
    _, event = parse(meeting_ics(make_event(alarms=())))
    assert alarms(event) == []


def test_cancelled_meeting():
    data = meeting_ics(make_event(cancelled=True, sequence=2))
    calendar, event = parse(data)
    assert calendar["METHOD"] == "PUBLISH"  # see meeting_ics: importers do not take CANCEL
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 2
    assert event["UID"] == "rapat-12@sinkron.disperkimtan.kalteng"
    assert alarms(event) == []
    assert b"VALARM" not in data


@pytest.mark.parametrize("field", ["title", "place", "description"])
@pytest.mark.parametrize(
    "text",
    [
        TITLE,
        PLACE,
        DESCRIPTION,
        "a,b;c:d\\e\\nf\\,g",  # characters iCalendar escapes, and already-escaped-looking ones
        "Ruang 1\nRuang 2\n\n  indented\tand tabbed ",
        "Désa Tumbang Manjul, Seruyan 🌧️👨‍👩‍👧 – ½ hari « rapat » " + "panjang " * 40,
    ],
)
def test_text_round_trips_exactly(field: str, text: str):
    _, event = parse(meeting_ics(make_event(**{field: text})))
    prop = {"title": "SUMMARY", "place": "LOCATION", "description": "DESCRIPTION"}[field]
    assert str(event[prop]) == text


def test_control_characters_are_dropped():
    _, event = parse(meeting_ics(make_event(description="a\x00b\x1bc\x7fd\te\nf")))
    assert str(event["DESCRIPTION"]) == "abcd\te\nf"


def test_crlf_in_text_becomes_one_newline():
    _, event = parse(meeting_ics(make_event(description="baris 1\r\nbaris 2")))
    assert str(event["DESCRIPTION"]) == "baris 1\nbaris 2"


def test_lines_are_crlf_and_folded_at_75_octets():
    long = "Rapat koordinasi 🏘️ penanganan kawasan kumuh; " * 30
    data = meeting_ics(make_event(title=long, place=long, description=long + "\n" + long))
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert data.count(b"\r") == data.count(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long texts were really folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a multi-byte character
    _, event = parse(data)
    assert str(event["SUMMARY"]) == long


def test_output_is_deterministic():
    assert meeting_ics(make_event()) == meeting_ics(make_event())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": datetime(2026, 11, 18, 8, 30)}, "aware"),
        ({"stamp": datetime(2026, 11, 1, 9, 15)}, "aware"),
        ({"duration": timedelta(0)}, "duration"),
        ({"alarms": (timedelta(hours=-1),)}, "alarm"),
        ({"sequence": -1}, "sequence"),
        ({"latitude": None}, "latitude"),
    ],
)
def test_invalid_events_are_refused(changes, message: str):
    with pytest.raises(ValueError, match=message):
        make_event(**changes)


SAFE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.ics")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rakor dan Sinkronisasi", "rakor-dan-sinkronisasi-2026-11-18.ics"),
        ("Rakor / Sinkronisasi\\PKP: 2026?", "rakor-sinkronisasi-pkp-2026-2026-11-18.ics"),
        ("🏘️ Rapat Évaluasi — Kotawaringin 🙏", "rapat-evaluasi-kotawaringin-2026-11-18.ics"),
        ("../../etc/passwd", "etc-passwd-2026-11-18.ics"),
        ("🏘️🙏", "rapat-2026-11-18.ics"),
        ("", "rapat-2026-11-18.ics"),
    ],
)
def test_filename(title: str, expected: str):
    assert ics_filename(title, START) == expected


def test_long_title_is_cut_at_a_word():
    title = "Rapat Koordinasi dan Sinkronisasi Program Perumahan dan Kawasan Permukiman Provinsi"
    name = ics_filename(title, START)
    assert name == "rapat-koordinasi-dan-sinkronisasi-program-2026-11-18.ics"
    assert len(name) <= 60


@pytest.mark.parametrize(
    "title",
    [
        "x" * 500,
        "Rapat " + "🏘️" * 200,
        "Rakor/PKP " * 50,
        "a" * 44 + " " + "b" * 44,
    ],
)
def test_filename_is_safe_and_short(title: str):
    name = ics_filename(title, START)
    assert SAFE_NAME.fullmatch(name), name
    assert len(name) <= 60
    assert name.isascii()
