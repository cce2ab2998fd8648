"""Broadcasts: who sent what to whom, and how delivery went (counted from the outbox)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storage import outbox
from storage.db import Tx, utcnow


@dataclass(frozen=True, slots=True)
class Broadcast:
    """One broadcast as stored."""

    id: int
    admin_id: int
    kind: str
    text: str
    file_id: str | None
    audience: Mapping[str, Any]
    recipients: int
    progress_chat: int | None
    progress_message: int | None
    created_at: str
    reported_at: str | None

    @property
    def ref(self) -> str:
        """The outbox ref of its messages."""
        return f"broadcast:{self.id}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of the broadcast for one recipient, over every attempt.

    `state` is "sent" when every part of the message (a long text's pieces, a caption's rest)
    has been delivered in some round, "waiting" while a part is still queued, "failed" else.
    """

    chat_id: int
    state: str
    failure: str | None
    name: str | None
    regency_code: str | None


_COLUMNS = (
    "id, admin_id, kind, text, file_id, audience, recipients, progress_chat, progress_message, "
    "created_at, reported_at"
)


def _broadcast(row: Any) -> Broadcast:
    return Broadcast(
        id=row["id"],
        admin_id=row["admin_id"],
        kind=row["kind"],
        text=row["text"],
        file_id=row["file_id"],
        audience=json.loads(row["audience"]),
        recipients=row["recipients"],
        progress_chat=row["progress_chat"],
        progress_message=row["progress_message"],
        created_at=row["created_at"],
        reported_at=row["reported_at"],
    )


async def recipients(tx: Tx, audience: Mapping[str, Any]) -> list[tuple[int, int]]:
    """(user id, chat id) of the active officers an audience reaches, by user id."""
    kind = audience["kind"]
    if kind == "kabupaten":
        codes = list(audience["regencies"])
        marks = ",".join("?" * len(codes))
        rows = await tx.all(
            f"SELECT user_id, chat_id FROM officers WHERE status = 'active' "
            f"AND regency_code IN ({marks}) ORDER BY user_id",
            codes,
        )
    elif kind == "status":
        rows = await tx.all(
            "SELECT user_id, chat_id FROM officers WHERE status = 'active' AND regency_code IN "
            "(SELECT regency_code FROM proposals WHERE status = ?) ORDER BY user_id",
            (audience["status"],),
        )
    else:
        rows = await tx.all(
            "SELECT user_id, chat_id FROM officers WHERE status = 'active' ORDER BY user_id"
        )
    return [(row[0], row[1]) for row in rows]


async def create(
    tx: Tx,
    admin_id: int,
    kind: str,
    text: str,
    file_id: str | None,
    audience: Mapping[str, Any],
    count: int,
) -> Broadcast:
    """Record a broadcast (its messages are queued in the same transaction by the caller)."""
    broadcast_id = await tx.insert(
        "INSERT INTO broadcasts (admin_id, kind, text, file_id, audience, recipients, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (admin_id, kind, text, file_id, json.dumps(dict(audience)), count, utcnow()),
    )
    found = await get(tx, broadcast_id)
    assert found is not None
    return found


async def get(tx: Tx, broadcast_id: int) -> Broadcast | None:
    """One broadcast."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM broadcasts WHERE id = ?", (broadcast_id,))
    return None if row is None else _broadcast(row)


async def set_progress_message(tx: Tx, broadcast_id: int, chat_id: int, message_id: int) -> None:
    """Remember the admin's message that shows the progress (reports go to that admin)."""
    await tx.execute(
        "UPDATE broadcasts SET progress_chat = ?, progress_message = ? WHERE id = ?",
        (chat_id, message_id, broadcast_id),
    )


async def unreported(tx: Tx) -> list[Broadcast]:
    """Broadcasts whose final report is not out yet."""
    rows = await tx.all(f"SELECT {_COLUMNS} FROM broadcasts WHERE reported_at IS NULL ORDER BY id")
    return [_broadcast(row) for row in rows]


async def mark_reported(tx: Tx, broadcast_id: int) -> None:
    """The final report is queued."""
    await tx.execute("UPDATE broadcasts SET reported_at = ? WHERE id = ?", (utcnow(), broadcast_id))


async def reopen(tx: Tx, broadcast_id: int) -> None:
    """A resend started: the broadcast reports again when it settles."""
    await tx.execute("UPDATE broadcasts SET reported_at = NULL WHERE id = ?", (broadcast_id,))


async def recent(tx: Tx, limit: int = 10) -> list[Broadcast]:
    """The latest broadcasts, newest first."""
    rows = await tx.all(f"SELECT {_COLUMNS} FROM broadcasts ORDER BY id DESC LIMIT ?", (limit,))
    return [_broadcast(row) for row in rows]


async def reached(tx: Tx, broadcast: Broadcast, chat_id: int) -> bool:
    """Whether the broadcast was sent (or is on its way) to `chat_id`."""
    return any(found == chat_id for found, _, _, _ in await outbox.parts(tx, broadcast.ref))


async def outcomes(tx: Tx, broadcast: Broadcast) -> list[Outcome]:
    """Each recipient's outcome over every round (see Outcome); one pass over the rows."""
    parts: dict[int, dict[str, tuple[str, str | None]]] = {}
    for chat_id, key, state, failure in await outbox.parts(tx, broadcast.ref):
        suffix = key.partition("#")[2]
        seen = parts.setdefault(chat_id, {})
        if seen.get(suffix, ("",))[0] != "sent":  # once delivered, a part stays delivered
            seen[suffix] = (state, failure)
    names = await _names(tx, list(parts))
    found = []
    for chat_id, by_part in sorted(parts.items()):
        states = [state for state, _ in by_part.values()]
        if all(state == "sent" for state in states):
            state, failure = "sent", None
        elif any(state in ("pending", "sending") for state in states):
            state, failure = "waiting", None
        else:
            state = "failed"
            failure = next(f for s, f in by_part.values() if s == "failed")
        name, regency = names.get(chat_id, (None, None))
        found.append(Outcome(chat_id, state, failure, name, regency))
    return found


async def _names(tx: Tx, chats: list[int]) -> dict[int, tuple[str | None, str | None]]:
    if not chats:
        return {}
    marks = ",".join("?" * len(chats))
    rows = await tx.all(
        f"SELECT chat_id, full_name, regency_code FROM officers WHERE chat_id IN ({marks})",
        chats,
    )
    return {row[0]: (row[1], row[2]) for row in rows}


async def requeue_failed_parts(tx: Tx, broadcast: Broadcast, chat_id: int, round_tag: str) -> int:
    """Queue again, under fresh keys, the parts this recipient has not received yet."""
    rows = await outbox.by_ref(tx, broadcast.ref)
    delivered = {
        r.key.partition("#")[2] for r in rows if r.chat_id == chat_id and r.state == "sent"
    }
    queued: set[str] = set()
    count = 0
    for row in rows:
        suffix = row.key.partition("#")[2]
        if row.chat_id != chat_id or suffix in delivered or suffix in queued:
            continue
        queued.add(suffix)
        key = f"broadcast:{broadcast.id}:{chat_id}:{round_tag}" + (f"#{suffix}" if suffix else "")
        count += await outbox.enqueue(
            tx,
            key,
            chat_id,
            row.text,
            kind=row.kind,
            file_id=row.file_id,
            markup=row.markup,
            ref=broadcast.ref,
            bulk=True,
        )
    return count
