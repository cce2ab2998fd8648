"""Meetings: the schedule, documents, officers' answers (RSVP) and which jobs have fired."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from storage.db import Row, Tx, utcnow


def to_stamp(moment: datetime) -> str:
    """An aware time as stored: ISO 8601 in UTC with a Z, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_stamp(stamp: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


@dataclass(frozen=True, slots=True)
class NewMeeting:
    """What an admin scheduled."""

    title: str
    starts_at: datetime
    place: str
    agenda: str
    regencies: tuple[str, ...]  # invited regency codes (all 14 when everyone is invited)
    offsets_min: tuple[int, ...]  # reminder offsets in minutes, longest first
    created_by: int
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting as stored; `sequence` counts reschedules (the .ics SEQUENCE)."""

    id: int
    title: str
    starts_at: datetime
    place: str
    latitude: float | None
    longitude: float | None
    agenda: str
    regencies: tuple[str, ...]
    offsets_min: tuple[int, ...]
    status: str
    sequence: int
    scheduled_at: datetime  # when the current time was set: reminders due earlier are moot
    created_by: int

    @property
    def cancelled(self) -> bool:
        """Whether the meeting was called off."""
        return self.status == "cancelled"

    @property
    def ref(self) -> str:
        """How outbox rows and audit events name this meeting."""
        return f"meeting:{self.id}"


@dataclass(frozen=True, slots=True)
class Document:
    """A file attached to a meeting: the invitation letter, materials or the minutes."""

    id: int
    meeting_id: int
    kind: str  # undangan | materi | notulen
    file_id: str
    name: str | None
    mime: str | None


@dataclass(frozen=True, slots=True)
class Rsvp:
    """An officer's answer to an invitation."""

    user_id: int
    answer: str  # hadir | tidak | wakil
    representative: str | None
    answered_at: str


_COLUMNS = (
    "id, title, starts_at, place, latitude, longitude, agenda, regencies, offsets, status, "
    "sequence, scheduled_at, created_by"
)


def _meeting(row: Row) -> Meeting:
    return Meeting(
        id=row["id"],
        title=row["title"],
        starts_at=from_stamp(row["starts_at"]),
        place=row["place"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        agenda=row["agenda"],
        regencies=tuple(json.loads(row["regencies"])),
        offsets_min=tuple(json.loads(row["offsets"])),
        status=row["status"],
        sequence=row["sequence"],
        scheduled_at=from_stamp(row["scheduled_at"]),
        created_by=row["created_by"],
    )


async def create(tx: Tx, new: NewMeeting, now: datetime | None = None) -> Meeting:
    """Store a new meeting (`now`: the application's clock, for when it was scheduled)."""
    now_text = utcnow() if now is None else to_stamp(now)
    meeting_id = await tx.insert(
        "INSERT INTO meetings (title, starts_at, place, latitude, longitude, agenda, regencies, "
        "offsets, scheduled_at, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.title,
            to_stamp(new.starts_at),
            new.place,
            new.latitude,
            new.longitude,
            new.agenda,
            json.dumps(list(new.regencies)),
            json.dumps(list(new.offsets_min)),
            now_text,
            new.created_by,
            now_text,
            now_text,
        ),
    )
    meeting = await get(tx, meeting_id)
    assert meeting is not None
    return meeting


async def get(tx: Tx, meeting_id: int) -> Meeting | None:
    """One meeting by id."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,))
    return None if row is None else _meeting(row)


async def upcoming(tx: Tx, after: datetime, regency_code: str | None = None) -> list[Meeting]:
    """Scheduled meetings starting after `after`, soonest first (of one regency if given)."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM meetings WHERE status = 'scheduled' AND starts_at > ? "
        "ORDER BY starts_at, id",
        (to_stamp(after),),
    )
    found = [_meeting(row) for row in rows]
    if regency_code is None:
        return found
    return [m for m in found if regency_code in m.regencies]


async def recent(tx: Tx, since: datetime) -> list[Meeting]:
    """Every meeting (cancelled too) starting after `since`, soonest first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM meetings WHERE starts_at > ? ORDER BY starts_at, id",
        (to_stamp(since),),
    )
    return [_meeting(row) for row in rows]


async def reschedule(
    tx: Tx, meeting_id: int, starts_at: datetime, now: datetime | None = None
) -> Meeting | None:
    """Move a scheduled meeting; bumps its sequence. None if it is not scheduled."""
    now_text = utcnow() if now is None else to_stamp(now)
    changed = await tx.execute(
        "UPDATE meetings SET starts_at = ?, sequence = sequence + 1, scheduled_at = ?, "
        "updated_at = ? WHERE id = ? AND status = 'scheduled'",
        (to_stamp(starts_at), now_text, now_text, meeting_id),
    )
    return await get(tx, meeting_id) if changed else None


async def cancel(tx: Tx, meeting_id: int, now: datetime | None = None) -> Meeting | None:
    """Call a scheduled meeting off; bumps its sequence (and the .ics stamp). None if it was
    not scheduled."""
    now_text = utcnow() if now is None else to_stamp(now)
    changed = await tx.execute(
        "UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, scheduled_at = ?, "
        "updated_at = ? WHERE id = ? AND status = 'scheduled'",
        (now_text, now_text, meeting_id),
    )
    return await get(tx, meeting_id) if changed else None


# --- documents ------------------------------------------------------------------------------


async def add_document(
    tx: Tx,
    meeting_id: int,
    kind: str,
    file_id: str,
    name: str | None,
    mime: str | None,
    size: int | None,
    added_by: int,
) -> Document:
    """Attach one file to a meeting."""
    doc_id = await tx.insert(
        "INSERT INTO meeting_documents (meeting_id, kind, file_id, name, mime, size, added_by, "
        "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (meeting_id, kind, file_id, name, mime, size, added_by, utcnow()),
    )
    return Document(doc_id, meeting_id, kind, file_id, name, mime)


async def documents(tx: Tx, meeting_id: int) -> list[Document]:
    """A meeting's files in the order they were added."""
    rows = await tx.all(
        "SELECT id, meeting_id, kind, file_id, name, mime FROM meeting_documents "
        "WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    return [Document(*row) for row in rows]


# --- answers ---------------------------------------------------------------------------------


async def answer(
    tx: Tx, meeting_id: int, user_id: int, answer: str, representative: str | None = None
) -> None:
    """Record (or change) an officer's answer to an invitation."""
    await tx.execute(
        "INSERT INTO meeting_rsvps (meeting_id, user_id, answer, representative, answered_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, user_id) DO UPDATE SET "
        "answer = excluded.answer, representative = excluded.representative, "
        "answered_at = excluded.answered_at",
        (meeting_id, user_id, answer, representative, utcnow()),
    )


async def answers(tx: Tx, meeting_id: int) -> dict[int, Rsvp]:
    """Every answer to a meeting's invitation, by officer."""
    rows = await tx.all(
        "SELECT user_id, answer, representative, answered_at FROM meeting_rsvps "
        "WHERE meeting_id = ?",
        (meeting_id,),
    )
    return {row[0]: Rsvp(*row) for row in rows}


# --- fired jobs ------------------------------------------------------------------------------


async def mark_fired(tx: Tx, job: str, due: datetime, outcome: int) -> bool:
    """Record that `job` ran (or was skipped) for its `due` time; False if it already had."""
    changed = await tx.execute(
        "INSERT INTO schedule_fired (job, due_at, fired_at, outcome) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (job, due_at) DO NOTHING",
        (job, to_stamp(due), utcnow(), outcome),
    )
    return changed == 1


async def fired(tx: Tx, job: str, due: datetime) -> bool:
    """Whether `job` already ran (or was skipped) for this due time."""
    return (
        await tx.scalar(
            "SELECT 1 FROM schedule_fired WHERE job = ? AND due_at = ?", (job, to_stamp(due))
        )
        is not None
    )


async def set_outcome(tx: Tx, job: str, due: datetime, outcome: int) -> None:
    """How many messages a fired job queued."""
    await tx.execute(
        "UPDATE schedule_fired SET outcome = ? WHERE job = ? AND due_at = ?",
        (outcome, job, to_stamp(due)),
    )
