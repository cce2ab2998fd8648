"""Drafts: the one form a user has open, stored so nothing they typed is lost."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Tx, utcnow


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """A draft as stored: the form's name and its state as JSON text."""

    user_id: int
    form: str
    state: str
    updated_at: str


async def get(tx: Tx, user_id: int) -> StoredDraft | None:
    """The user's open draft, if any."""
    row = await tx.one(
        "SELECT user_id, form, state, updated_at FROM drafts WHERE user_id = ?", (user_id,)
    )
    if row is None:
        return None
    return StoredDraft(row["user_id"], row["form"], row["state"], row["updated_at"])


async def save(tx: Tx, user_id: int, form: str, state: str) -> None:
    """Create or replace the user's draft."""
    await tx.execute(
        "INSERT INTO drafts (user_id, form, state, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET form = excluded.form, state = excluded.state, "
        "updated_at = excluded.updated_at",
        (user_id, form, state, utcnow()),
    )


async def delete(tx: Tx, user_id: int) -> None:
    """Drop the user's draft (finished or cancelled)."""
    await tx.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))


async def users_with(tx: Tx, form: str) -> list[int]:
    """The users who have this form open."""
    rows = await tx.all("SELECT user_id FROM drafts WHERE form = ? ORDER BY user_id", (form,))
    return [int(row["user_id"]) for row in rows]
