"""The outbox: proactive messages queued with their cause, sent and reported by one sender."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from storage.db import Row, Tx, utcnow

CLAIM_BATCH = 200


class State(StrEnum):
    """Where a queued message is."""

    PENDING = "pending"
    SENDING = "sending"  # claimed by the sender; left here only by a crash
    SENT = "sent"
    FAILED = "failed"


class Failure(StrEnum):
    """Why a message will never be delivered."""

    BLOCKED = "blocked"  # 403: the user blocked the bot
    NOT_FOUND = "not_found"  # 400 chat not found: never started the bot, or deleted
    INVALID = "invalid"  # 400 otherwise: the message itself is wrong
    GAVE_UP = "gave_up"  # network or server errors, retried until the limit


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One queued message."""

    id: int
    key: str
    chat_id: int
    kind: str
    text: str | None
    file_id: str | None
    markup: Mapping[str, Any] | None
    ref: str | None
    state: State
    attempts: int
    failure: Failure | None
    error: str | None
    message_id: int | None
    bulk: bool = False
    attachment_id: int | None = None  # a file the bot made (storage.attachments), not a file id


_COLUMNS = (
    "id, key, chat_id, kind, text, file_id, markup, ref, state, attempts, failure, error, "
    "message_id, bulk, attachment_id"
)


def _outgoing(row: Row) -> Outgoing:
    return Outgoing(
        id=row["id"],
        key=row["key"],
        chat_id=row["chat_id"],
        kind=row["kind"],
        text=row["text"],
        file_id=row["file_id"],
        markup=None if row["markup"] is None else json.loads(row["markup"]),
        ref=row["ref"],
        state=State(row["state"]),
        attempts=row["attempts"],
        failure=None if row["failure"] is None else Failure(row["failure"]),
        error=row["error"],
        message_id=row["message_id"],
        bulk=bool(row["bulk"]),
        attachment_id=row["attachment_id"],
    )


def stamp(moment: datetime) -> str:
    """A time as the outbox stores it (UTC, to the millisecond, sortable as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def now_stamp() -> str:
    """The current time as the outbox stores it."""
    return stamp(datetime.now(UTC))


async def enqueue(
    tx: Tx,
    key: str,
    chat_id: int,
    text: str | None,
    *,
    kind: str = "text",
    file_id: str | None = None,
    markup: Mapping[str, Any] | None = None,
    ref: str | None = None,
    not_before: datetime | None = None,
    bulk: bool = False,
    attachment_id: int | None = None,
) -> bool:
    """Queue one message; False when a message with this key was queued before.

    `bulk` messages (broadcast copies) go after everything else that is due, so an approval or
    an alert does not wait behind a thousand-officer broadcast.
    """
    when = now_stamp() if not_before is None else stamp(not_before)
    changed = await tx.execute(
        "INSERT INTO outbox (key, chat_id, kind, text, file_id, markup, ref, bulk, not_before, "
        "created_at, attachment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO NOTHING",
        (
            key,
            chat_id,
            kind,
            text,
            file_id,
            None if markup is None else json.dumps(markup, separators=(",", ":")),
            ref,
            int(bulk),
            when,
            utcnow(),
            attachment_id,
        ),
    )
    return changed == 1


async def recover(tx: Tx) -> int:
    """After a crash: messages caught mid-send go back to the queue (sent at least once)."""
    return await tx.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")


async def claim(tx: Tx, limit: int = CLAIM_BATCH) -> list[Outgoing]:
    """Take the due messages, oldest first, marking them as being sent.

    Only the oldest unsettled message of each chat is taken: a chat reads its messages in the
    order they were queued, even when one of them waits for a retry.
    """
    now = now_stamp()
    # An earlier message holds a chat back while it is being sent, due, or waiting for a retry
    # (it has an error); one scheduled for later and never tried does not.
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM outbox AS o WHERE state = 'pending' AND not_before <= ? "
        "AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.chat_id = o.chat_id AND e.id < o.id "
        "AND (e.state = 'sending' OR (e.state = 'pending' AND (e.not_before <= ? "
        "OR e.error IS NOT NULL)))) ORDER BY bulk, id LIMIT ?",
        (now, now, limit),
    )
    if rows:
        ids = [row["id"] for row in rows]
        marks = ",".join("?" * len(ids))
        await tx.execute(f"UPDATE outbox SET state = 'sending' WHERE id IN ({marks})", ids)
    return [_outgoing(row) for row in rows]


async def sent(tx: Tx, outgoing_id: int, message_id: int) -> None:
    """Delivered."""
    await tx.execute(
        "UPDATE outbox SET state = 'sent', message_id = ?, sent_at = ?, error = NULL, "
        "attempts = attempts + 1 WHERE id = ?",
        (message_id, utcnow(), outgoing_id),
    )


async def retry_later(
    tx: Tx, outgoing_id: int, delay: timedelta, error: str, *, count: bool = True
) -> None:
    """A passing failure: back to the queue after `delay` (a 429 does not count as a try)."""
    await tx.execute(
        "UPDATE outbox SET state = 'pending', attempts = attempts + ?, not_before = ?, "
        "error = ? WHERE id = ? AND state = 'sending'",
        (1 if count else 0, stamp(datetime.now(UTC) + delay), error[:500], outgoing_id),
    )


async def release(tx: Tx, outgoing_ids: list[int]) -> None:
    """Claimed but not tried (their chat must wait): back to the queue unchanged."""
    if outgoing_ids:
        marks = ",".join("?" * len(outgoing_ids))
        await tx.execute(
            f"UPDATE outbox SET state = 'pending' WHERE id IN ({marks}) AND state = 'sending'",
            outgoing_ids,
        )


async def failed(tx: Tx, outgoing_id: int, failure: Failure, error: str) -> None:
    """Never deliverable; nor are the later parts of the same message (key#2, key#3...)."""
    await tx.execute(
        "UPDATE outbox SET state = 'failed', failure = ?, error = ?, attempts = attempts + 1 "
        "WHERE id = ? AND state = 'sending'",
        (failure, error[:500], outgoing_id),
    )
    key = await tx.scalar("SELECT key FROM outbox WHERE id = ?", (outgoing_id,))
    base = str(key).split("#", 1)[0]
    # A follow-up without its first part (a caption's rest without the photo) makes no sense.
    await tx.execute(
        "UPDATE outbox SET state = 'failed', failure = ?, error = 'an earlier part failed' "
        "WHERE substr(key, 1, ?) = ? AND id > ? AND state = 'pending'",
        (failure, len(base) + 1, base + "#", outgoing_id),
    )


async def by_message(tx: Tx, chat_id: int, message_id: int) -> Outgoing | None:
    """The queued message Telegram knows as (chat, message id)."""
    row = await tx.one(
        f"SELECT {_COLUMNS} FROM outbox WHERE chat_id = ? AND message_id = ?",
        (chat_id, message_id),
    )
    return None if row is None else _outgoing(row)


async def parts(tx: Tx, ref: str) -> list[tuple[int, str, str, str | None]]:
    """(chat, key, state, failure) of every row about `ref`, oldest first."""
    rows = await tx.all(
        "SELECT chat_id, key, state, failure FROM outbox WHERE ref = ? ORDER BY id", (ref,)
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


async def by_ref(tx: Tx, ref: str) -> list[Outgoing]:
    """Every message queued about one thing (a broadcast, a question), in order."""
    rows = await tx.all(f"SELECT {_COLUMNS} FROM outbox WHERE ref = ? ORDER BY id", (ref,))
    return [_outgoing(row) for row in rows]


async def count_by_state(tx: Tx, ref: str) -> dict[str, int]:
    """How many messages about `ref` are in each state (failed split by reason)."""
    rows = await tx.all(
        "SELECT state, failure, COUNT(*) FROM outbox WHERE ref = ? GROUP BY state, failure",
        (ref,),
    )
    counts: dict[str, int] = {}
    for state, failure, count in rows:
        name = state if failure is None else f"{state}:{failure}"
        counts[name] = counts.get(name, 0) + count
    return counts


async def backlog(tx: Tx) -> int:
    """Messages not yet settled (pending or being sent), due or not."""
    return int(await tx.scalar("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"))


async def next_due(tx: Tx) -> str | None:
    """When the earliest pending message becomes due (None when nothing is pending)."""
    value = await tx.scalar("SELECT MIN(not_before) FROM outbox WHERE state = 'pending'")
    return None if value is None else str(value)


async def due_or_sending(tx: Tx) -> int:
    """Messages being sent or due now (what a sender that keeps up is working on)."""
    return int(
        await tx.scalar(
            "SELECT COUNT(*) FROM outbox WHERE state = 'sending' "
            "OR (state = 'pending' AND not_before <= ?)",
            (now_stamp(),),
        )
    )


async def next_due_in(tx: Tx) -> float | None:
    """Seconds until the earliest pending message is due (0 if one is due; None if none)."""
    earliest = await next_due(tx)
    if earliest is None:
        return None
    moment = datetime.strptime(earliest, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())
