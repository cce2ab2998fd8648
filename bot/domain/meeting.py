"""Meeting forms: scheduling (/rapat_baru), moving, documents, and a representative's name.

Times typed by admins are read in the province's zone and stored as UTC ISO stamps; reminder
offsets are stored in their canonical text ("7d, 1d, 2h") and become minutes when the meeting
is created.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.errors import Invalid
from bot.domain.forms import (
    Answers,
    Field,
    FileInput,
    Form,
    Input,
    Option,
    text_parser,
)
from bot.domain.meeting_time import example_date, format_offset, parse_meeting_time, parse_offsets
from bot.domain.parsing import parse_representative, parse_text
from bot.domain.proposal import point_parser
from bot.domain.quantities import format_datetime
from bot.domain.regions import REGENCIES

TITLE_MAX, PLACE_MAX, AGENDA_MAX = 150, 200, 1500
AGENDA_MIN = 5  # "Rakor" is the shortest agenda that says anything
DEFAULT_DURATION = timedelta(hours=4)  # a Rakor takes a morning; the .ics needs an end
ATTENDANCE_BEFORE = timedelta(days=1)  # admins get the attendance summary a day ahead
DOCUMENT_KINDS = ("undangan", "materi", "notulen")
ALL = "semua"
CHOSEN = "pilih"


def default_title(year: int) -> str:
    """The yearly meeting's usual name."""
    return f"Rakor dan Sinkronisasi Bidang Kawasan Permukiman {year}"


def stamp(moment: datetime) -> str:
    """A time as a form answer: UTC ISO with a Z, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def moment(value: str) -> datetime:
    """A form answer's time back as an aware UTC datetime."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def shown_time(value: str, zone: ZoneInfo) -> str:
    """ "18/11/2026 09.00 WIB": the wall-clock time in `zone` with the zone's abbreviation."""
    local = moment(value).astimezone(zone)
    return f"{format_datetime(local)} {local.tzname() or ''}".strip()


def offsets_text(offsets: Sequence[timedelta]) -> str:
    """Offsets in their canonical typed form, "7d, 1d, 2h" ("" for none)."""
    return ", ".join(format_offset(offset) for offset in offsets)


def offsets_minutes(text: str) -> tuple[int, ...]:
    """A stored offsets answer as whole minutes, longest first."""
    return tuple(int(offset.total_seconds() // 60) for offset in parse_offsets(text or "-"))


_location = point_parser("rapat.location.expected", "rapat.location.outside")


def _document(event: Input, answers: Answers) -> dict[str, Any]:
    if not isinstance(event, FileInput):  # pragma: no cover - the engine passes files only
        raise Invalid("form.send_document")
    return event.record()


def _agenda(text: str) -> str:
    """The agenda: words, at least AGENDA_MIN characters; "-" or "..." would go out to every
    invited officer as the meeting's agenda (thirteenth try-out)."""
    value = parse_text(text, max_len=AGENDA_MAX, min_len=AGENDA_MIN)
    if not any(char.isalpha() for char in value):
        raise Invalid("text.too_short", min=AGENDA_MIN, length=0)
    return value


def _offsets(text: str) -> str:
    return offsets_text(parse_offsets(text))


def _shown_offsets(value: str) -> str:
    return value or "—"


def _time_field(zone: ZoneInfo, clock: Callable[[], datetime]) -> Field:
    return Field(
        "starts_at",
        "rapat.when.label",
        "rapat.when.prompt",
        hint="rapat.when.hint",
        prompt_params=lambda answers: {"example": example_date(clock(), zone)},
        parse=text_parser(lambda text: stamp(parse_meeting_time(text, now=clock(), zone=zone))),
        show=lambda value: shown_time(value, zone),
    )


def _meeting_field() -> Field:
    # Prefilled and locked by the handler: which meeting the form is about.
    return Field("meeting", "rapat.meeting.label", "rapat.meeting.label", in_summary=False)


def meeting_form(
    zone: ZoneInfo,
    default_offsets: Sequence[timedelta],
    clock: Callable[[], datetime] | None = None,
) -> Form:
    """/rapat_baru: title, time, place, map point, agenda, who is invited, reminders, files."""
    now = clock or (lambda: datetime.now(zone))
    defaults = offsets_text(default_offsets)
    offset_options = (Option(defaults, f"⏰ {defaults}"),) if defaults else ()
    return Form(
        name="rapat",
        title="rapat.title",
        fields=(
            Field("title", "rapat.title_field.label", "rapat.title_field.prompt",
                  options=lambda a: (Option(default_title(now().year), default_title(now().year)),),
                  parse=text_parser(lambda text: parse_text(text, max_len=TITLE_MAX, min_len=3,
                                                          single_line=True))),
            _time_field(zone, now),
            Field("place", "rapat.place.label", "rapat.place.prompt", hint="rapat.place.hint",
                  parse=text_parser(lambda text: parse_text(text, max_len=PLACE_MAX, min_len=3,
                                                          single_line=True))),
            Field("location", "rapat.location.label", "rapat.location.prompt",
                  hint="rapat.location.hint", optional=True, request_location=True,
                  parse=_location, show=lambda v: f"{v[0]:.6f}, {v[1]:.6f}"),
            Field("agenda", "rapat.agenda.label", "rapat.agenda.prompt", hint="rapat.agenda.hint",
                  parse=text_parser(_agenda)),
            Field("audience", "rapat.audience.label", "rapat.audience.prompt",
                  options=(Option(ALL, "rapat.audience.semua", translate=True),
                           Option(CHOSEN, "rapat.audience.pilih", translate=True))),
            Field("regencies", "rapat.regencies.label", "rapat.regencies.prompt",
                  hint="regency.list_hint",
                  when=lambda a: a["audience"] == CHOSEN, multi=True, min_choices=1,
                  options=tuple(Option(r.code, r.short_name) for r in REGENCIES),
                  depends_on=("audience",)),
            Field("offsets", "rapat.offsets.label", "rapat.offsets.prompt",
                  hint="rapat.offsets.hint", options=offset_options,
                  parse=text_parser(_offsets), show=_shown_offsets),
            Field("documents", "rapat.documents.label", "rapat.documents.prompt",
                  hint="rapat.documents.hint", optional=True, collect="document",
                  parse=_document),
        ),
    )  # fmt: skip


def reschedule_form(zone: ZoneInfo, clock: Callable[[], datetime] | None = None) -> Form:
    """Moving a meeting: its new time."""
    now = clock or (lambda: datetime.now(zone))
    return Form(
        name="rapat_ubah",
        title="rapat.move_title",
        fields=(_meeting_field(), _time_field(zone, now)),
    )


DOCUMENTS_FORM = Form(
    name="rapat_dok",
    title="rapat.docs_title",
    fields=(
        _meeting_field(),
        Field("kind", "rapat.doc_kind.label", "rapat.doc_kind.prompt",
              options=tuple(Option(k, f"rapat.doc.{k}", translate=True) for k in DOCUMENT_KINDS)),
        Field("files", "rapat.documents.label", "rapat.doc_files.prompt", collect="document",
              parse=_document),
    ),
)  # fmt: skip

REPRESENTATIVE_FORM = Form(
    name="rapat_wakil",
    title="rapat.rep_title",
    fields=(
        _meeting_field(),
        Field("name", "rapat.rep.label", "rapat.rep.prompt", hint="rapat.rep.hint",
              parse=text_parser(parse_representative)),
    ),
)  # fmt: skip


def invited(answers: Answers) -> tuple[str, ...]:
    """The regency codes a meeting form invites."""
    if answers.get("audience") == CHOSEN:
        return tuple(answers["regencies"])
    return tuple(r.code for r in REGENCIES)


def due_jobs(starts_at: datetime, offsets_min: Sequence[int]) -> list[tuple[str, int, datetime]]:
    """(kind, offset minutes, due time) of a meeting's jobs: one reminder per offset and the
    attendance summary a day ahead."""
    jobs = [("reminder", m, starts_at - timedelta(minutes=m)) for m in offsets_min]
    jobs.append(("attendance", int(ATTENDANCE_BEFORE.total_seconds() // 60),
                 starts_at - ATTENDANCE_BEFORE))  # fmt: skip
    return jobs
