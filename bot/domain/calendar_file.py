"""The .ics file attached to a meeting invitation, for officers' phone calendar apps."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import STATUS, Alarm, Calendar, Event

PRODID = "-//Sinkron//Disperkimtan Kalteng//ID"
FILENAME_LIMIT = 60
FALLBACK_NAME = "rapat"  # for a title with no letters or digits at all (only emoji, say)

# C0 controls (and DEL) are not allowed in iCalendar TEXT (RFC 5545 3.3.11) and make some apps
# refuse the whole file. Tab is allowed; CR and LF are escaped by icalendar as "\n".
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One version of a meeting, as the calendar file describes it."""

    uid: str
    title: str
    start: datetime
    duration: timedelta
    place: str
    description: str
    alarms: tuple[timedelta, ...]  # reminder offsets before the start
    sequence: int  # 0 first; bumped on every reschedule or cancellation
    stamp: datetime  # when this version was made
    zone: ZoneInfo
    latitude: float | None = None
    longitude: float | None = None
    cancelled: bool = False

    def __post_init__(self) -> None:
        if self.start.utcoffset() is None or self.stamp.utcoffset() is None:
            raise ValueError("start and stamp must be timezone-aware")
        if self.duration <= timedelta(0):
            raise ValueError(f"duration must be positive, not {self.duration}")
        if any(offset < timedelta(0) for offset in self.alarms):
            raise ValueError(f"alarm offsets are before the start, so not negative: {self.alarms}")
        if self.sequence < 0:
            raise ValueError(f"sequence must not be negative, not {self.sequence}")
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude come together or not at all")


def meeting_ics(event: CalendarEvent) -> bytes:
    """The iCalendar file (RFC 5545, CRLF, folded at 75 octets) for one meeting."""
    start = event.start.astimezone(event.zone)
    # Add the duration in UTC: aware arithmetic in one zone is wall-clock arithmetic and would be
    # an hour off across a daylight-saving change (none in Indonesia, but the zone is a parameter).
    end = (event.start.astimezone(UTC) + event.duration).astimezone(event.zone)

    calendar = Calendar()
    calendar.prodid = PRODID
    calendar.version = "2.0"
    calendar.calscale = "GREGORIAN"
    # Always PUBLISH, also for a cancellation. CANCEL (like REQUEST) is an iTIP scheduling
    # message (RFC 5546 3.2.5) that needs an ORGANIZER and ATTENDEEs with e-mail addresses, which
    # officers reached on Telegram do not have, and apps only act on it when it arrives as an
    # e-mail invitation; a file opened from Telegram is imported, and importers typically ignore
    # or reject CANCEL. PUBLISH allows STATUS:CANCELLED (RFC 5546 3.2.1): with the same UID and a
    # higher SEQUENCE, apps that match the UID mark the imported event cancelled (Google Calendar
    # drops cancelled events), and the others still show it with a cancelled status.
    calendar.method = "PUBLISH"

    vevent = Event.new(
        uid=event.uid,
        sequence=event.sequence,
        stamp=event.stamp,  # icalendar writes DTSTAMP in UTC, as RFC 5545 requires
        start=start,
        end=end,
        summary=_text(event.title),
        location=_text(event.place),
        description=_text(event.description),
        status=STATUS.CANCELLED if event.cancelled else STATUS.CONFIRMED,
    )
    if event.latitude is not None and event.longitude is not None:
        vevent.add("GEO", (event.latitude, event.longitude))
    if not event.cancelled:  # no reminders for a meeting that will not take place
        for offset in event.alarms:
            vevent.add_component(Alarm.new_display(description=_text(event.title), trigger=-offset))
    calendar.add_component(vevent)

    # A VTIMEZONE covering only the years around the meeting: it states the offset in force then
    # (for Asia/Pontianak one STANDARD block at +0700) instead of the zone's history since 1970,
    # which for Pontianak begins with a confusing +0800 (WITA before 1988).
    calendar.add_missing_timezones(
        first_date=date(start.year, 1, 1), last_date=date(end.year + 2, 1, 1)
    )
    data: bytes = calendar.to_ical()  # unannotated in icalendar 7.3, so Any to mypy
    return data


def ics_filename(title: str, start: datetime) -> str:
    """A safe ASCII name like "rakor-dan-sinkronisasi-2026-11-18.ics", dated as `start` shows it."""
    suffix = f"-{start.date().isoformat()}.ics"
    # NFKD splits accented letters ("é" -> "e" + accent), so only the accent is dropped.
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    room = FILENAME_LIMIT - len(suffix)
    if len(slug) > room:
        cut = slug[: room + 1]
        # Cut at a word boundary when the title is long, unless that leaves almost nothing.
        slug = cut.rsplit("-", 1)[0] if "-" in cut[room // 2 :] else slug[:room]
        slug = slug.strip("-")
    return f"{slug or FALLBACK_NAME}{suffix}"


def _text(value: str) -> str:
    return _CONTROL.sub("", value)
