"""Audit trail: who did what, when; written in the same transaction as the action."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Tx, utcnow


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One recorded action."""

    id: int
    at: str
    actor_id: int | None
    action: str
    subject: str | None
    detail: str | None


async def record(
    tx: Tx, actor_id: int | None, action: str, subject: str | None = None, detail: str | None = None
) -> None:
    """Append one event."""
    await tx.insert(
        "INSERT INTO audit_events (at, actor_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
        (utcnow(), actor_id, action, subject, detail),
    )


async def for_subject(tx: Tx, subject: str) -> list[AuditEvent]:
    """Every event about one subject, oldest first."""
    rows = await tx.all(
        "SELECT id, at, actor_id, action, subject, detail FROM audit_events "
        "WHERE subject = ? ORDER BY id",
        (subject,),
    )
    return [AuditEvent(*row) for row in rows]


async def by_action(tx: Tx, action: str) -> list[AuditEvent]:
    """Every event of one kind, oldest first."""
    rows = await tx.all(
        "SELECT id, at, actor_id, action, subject, detail FROM audit_events "
        "WHERE action = ? ORDER BY id",
        (action,),
    )
    return [AuditEvent(*row) for row in rows]
