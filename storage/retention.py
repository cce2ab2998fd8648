"""Removing what only grows: old delivered messages and strangers who never came back."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Tx
from storage.meetings import to_stamp


async def purge(tx: Tx, now: datetime, *, outbox_days: int, guest_days: int) -> tuple[int, int]:
    """Delete settled outbox rows older than `outbox_days` and idle guests older than
    `guest_days` (0 keeps them); how many of each went."""
    messages = guests = 0
    if outbox_days:
        messages = await tx.execute(
            "DELETE FROM outbox WHERE state IN ('sent', 'failed') AND created_at < ?",
            (to_stamp(now - timedelta(days=outbox_days)),),
        )
    if guest_days:
        # Only users with nothing attached: no questions (the knowledge base learns from
        # them), no open form, never registered.
        guests = await tx.execute(
            "DELETE FROM officers WHERE status = 'guest' AND updated_at < ? "
            "AND user_id NOT IN (SELECT asker_id FROM questions) "
            "AND user_id NOT IN (SELECT user_id FROM drafts)",
            (to_stamp(now - timedelta(days=guest_days)),),
        )
    return messages, guests
