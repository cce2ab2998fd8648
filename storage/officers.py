"""Officers: every Telegram user the bot knows, their registration and their language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.db import Row, Tx, utcnow


class Status(StrEnum):
    """Where a user stands; only `active` officers may act on proposals."""

    GUEST = "guest"  # has talked to the bot, not registered (yet)
    PENDING = "pending"  # registered, waiting for an admin
    ACTIVE = "active"
    REJECTED = "rejected"
    INACTIVE = "inactive"  # blocked the bot or was deactivated


@dataclass(frozen=True, slots=True)
class Officer:
    """One user as stored."""

    user_id: int
    chat_id: int
    full_name: str | None
    regency_code: str | None
    position: str | None
    phone: str | None
    status: Status
    language: str
    decided_by: int | None
    decided_at: str | None
    created_at: str
    updated_at: str
    request_no: int = 0  # which registration of this user is the latest


@dataclass(frozen=True, slots=True)
class Registration:
    """What a user told us when registering."""

    full_name: str
    regency_code: str
    position: str
    phone: str


_COLUMNS = (
    "user_id, chat_id, full_name, regency_code, position, phone, status, language, "
    "decided_by, decided_at, created_at, updated_at, request_no"
)


def _officer(row: Row) -> Officer:
    return Officer(
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        full_name=row["full_name"],
        regency_code=row["regency_code"],
        position=row["position"],
        phone=row["phone"],
        status=Status(row["status"]),
        language=row["language"],
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        request_no=row["request_no"],
    )


async def get(tx: Tx, user_id: int) -> Officer | None:
    """The user with this Telegram id, if the bot has seen them."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM officers WHERE user_id = ?", (user_id,))
    return None if row is None else _officer(row)


async def seen(tx: Tx, user_id: int, chat_id: int, language: str) -> Officer:
    """Record that a user wrote to us (new users start as guests) and return them."""
    now = utcnow()
    await tx.execute(
        "INSERT INTO officers (user_id, chat_id, language, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING",
        (user_id, chat_id, language, now, now),
    )
    officer = await get(tx, user_id)
    assert officer is not None  # just inserted
    return officer


async def mark_blocked(tx: Tx, chat_id: int) -> bool:
    """The user blocked the bot (or their chat is gone): inactive, remembering their status."""
    changed = await tx.execute(
        "UPDATE officers SET status_before_block = status, status = 'inactive', updated_at = ? "
        "WHERE chat_id = ? AND status != 'inactive'",
        (utcnow(), chat_id),
    )
    return changed > 0


async def reactivate(tx: Tx, user_id: int) -> Officer | None:
    """A blocked user wrote again: back to the status they had (a guest stays a guest)."""
    await tx.execute(
        "UPDATE officers SET status = COALESCE(status_before_block, 'guest'), "
        "status_before_block = NULL, updated_at = ? WHERE user_id = ? AND status = 'inactive'",
        (utcnow(), user_id),
    )
    return await get(tx, user_id)


async def restore_after_delivery(tx: Tx, chat_id: int) -> None:
    """A message reached a user marked blocked: they unblocked the bot; restore their status."""
    await tx.execute(
        "UPDATE officers SET status = status_before_block, status_before_block = NULL, "
        "updated_at = ? WHERE chat_id = ? AND status = 'inactive' "
        "AND status_before_block IS NOT NULL",
        (utcnow(), chat_id),
    )


async def menu_of(tx: Tx, user_id: int) -> str | None:
    """The signature of the menu last set for the user's chat."""
    value = await tx.scalar("SELECT menu FROM officers WHERE user_id = ?", (user_id,))
    return None if value is None else str(value)


async def set_menu(tx: Tx, user_id: int, signature: str) -> None:
    """Remember which menu the user's chat shows."""
    await tx.execute("UPDATE officers SET menu = ? WHERE user_id = ?", (signature, user_id))


async def submit_registration(tx: Tx, user_id: int, reg: Registration) -> Officer:
    """Store a registration and put the user in the queue for approval."""
    await tx.execute(
        "UPDATE officers SET full_name = ?, regency_code = ?, position = ?, phone = ?, "
        "status = 'pending', decided_by = NULL, decided_at = NULL, updated_at = ?, "
        "request_no = request_no + 1 WHERE user_id = ?",
        (reg.full_name, reg.regency_code, reg.position, reg.phone, utcnow(), user_id),
    )
    officer = await get(tx, user_id)
    assert officer is not None
    return officer


async def decide(
    tx: Tx, user_id: int, *, approve: bool, admin_id: int, request_no: int | None = None
) -> Officer | None:
    """Approve or reject a pending registration (the `request_no`th, when given); None when it
    is not pending any more, or a newer registration replaced that one."""
    now = utcnow()
    changed = await tx.execute(
        "UPDATE officers SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? "
        "WHERE user_id = ? AND status = 'pending' AND (? IS NULL OR request_no = ?)",
        (Status.ACTIVE if approve else Status.REJECTED, admin_id, now, now, user_id,
         request_no, request_no),
    )  # fmt: skip
    return await get(tx, user_id) if changed else None


async def set_language(tx: Tx, user_id: int, language: str) -> None:
    """Remember the user's language."""
    await tx.execute(
        "UPDATE officers SET language = ?, updated_at = ? WHERE user_id = ?",
        (language, utcnow(), user_id),
    )


async def list_by_status(tx: Tx, status: Status, regency_code: str | None = None) -> list[Officer]:
    """Users with this status (optionally of one regency), oldest registration first."""
    if regency_code is None:
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM officers WHERE status = ? ORDER BY updated_at, user_id",
            (status,),
        )
    else:
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM officers WHERE status = ? AND regency_code = ? "
            "ORDER BY full_name COLLATE NOCASE, user_id",
            (status, regency_code),
        )
    return [_officer(row) for row in rows]


async def count_active_by_regency(tx: Tx) -> dict[str, int]:
    """How many active officers each regency has (regencies with none are absent)."""
    rows = await tx.all(
        "SELECT regency_code, COUNT(*) FROM officers WHERE status = 'active' GROUP BY regency_code"
    )
    return {row[0]: row[1] for row in rows}
