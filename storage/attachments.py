"""Files the bot makes and sends itself (a meeting's .ics), uploaded once and then re-sent."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Tx, utcnow


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file's bytes, and Telegram's id for it once it has been uploaded."""

    id: int
    name: str
    mime: str
    data: bytes
    file_id: str | None


async def put(tx: Tx, key: str, name: str, mime: str, data: bytes) -> int:
    """Store a file under a unique key (the same key twice keeps the first); its id."""
    await tx.execute(
        "INSERT INTO attachments (key, name, mime, data, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO NOTHING",
        (key, name, mime, data, utcnow()),
    )
    return int(await tx.scalar("SELECT id FROM attachments WHERE key = ?", (key,)))


async def get(tx: Tx, attachment_id: int) -> Attachment | None:
    """One file by id."""
    row = await tx.one(
        "SELECT id, name, mime, data, file_id FROM attachments WHERE id = ?", (attachment_id,)
    )
    return None if row is None else Attachment(row[0], row[1], row[2], bytes(row[3]), row[4])


async def remember_file_id(tx: Tx, attachment_id: int, file_id: str) -> None:
    """Telegram has the file: later sends use its id instead of uploading again."""
    await tx.execute(
        "UPDATE attachments SET file_id = ? WHERE id = ? AND file_id IS NULL",
        (file_id, attachment_id),
    )
