"""Learned FAQ entries: answers the province gave, kept to answer the same question next time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from storage.db import Row, Tx, utcnow


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """One learned entry as stored; `answered_at` is the date its answer is marked with."""

    id: int
    question: str
    paraphrases: tuple[str, ...]
    answer: str
    created_by: int
    created_at: str
    updated_by: int
    updated_at: str
    answered_at: str
    retired_by: int | None
    retired_at: str | None
    source_question: int | None

    @property
    def active(self) -> bool:
        """Whether the entry still answers questions."""
        return self.retired_at is None


_COLUMNS = (
    "id, question, paraphrases, answer, created_by, created_at, updated_by, updated_at, "
    "answered_at, retired_by, retired_at, source_question"
)


def _entry(row: Row) -> FaqEntry:
    return FaqEntry(
        id=row["id"],
        question=row["question"],
        paraphrases=tuple(json.loads(row["paraphrases"])),
        answer=row["answer"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
        answered_at=row["answered_at"],
        retired_by=row["retired_by"],
        retired_at=row["retired_at"],
        source_question=row["source_question"],
    )


def _json(paraphrases: Sequence[str]) -> str:
    return json.dumps(list(paraphrases), ensure_ascii=False)


async def create(
    tx: Tx,
    question: str,
    paraphrases: Sequence[str],
    answer: str,
    admin_id: int,
    *,
    source_question: int | None = None,
    answered_at: str | None = None,
) -> FaqEntry:
    """Store a new entry; `answered_at` defaults to now (the day the province answered)."""
    now = utcnow()
    entry_id = await tx.insert(
        "INSERT INTO faq_entries (question, paraphrases, answer, created_by, created_at, "
        "updated_by, updated_at, answered_at, source_question) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            question,
            _json(paraphrases),
            answer,
            admin_id,
            now,
            admin_id,
            now,
            answered_at or now,
            source_question,
        ),
    )
    entry = await get(tx, entry_id)
    assert entry is not None
    return entry


async def get(tx: Tx, entry_id: int) -> FaqEntry | None:
    """One entry, active or retired."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM faq_entries WHERE id = ?", (entry_id,))
    return None if row is None else _entry(row)


async def update(
    tx: Tx,
    entry_id: int,
    question: str,
    paraphrases: Sequence[str],
    answer: str,
    admin_id: int,
) -> FaqEntry | None:
    """Change an active entry; None if it is retired or unknown.

    Its date moves to today only when the answer itself changed: a new paraphrase does not make
    an old answer newer.
    """
    now = utcnow()
    changed = await tx.execute(
        "UPDATE faq_entries SET question = ?, paraphrases = ?, "
        "answered_at = CASE WHEN answer = ? THEN answered_at ELSE ? END, answer = ?, "
        "updated_by = ?, updated_at = ? WHERE id = ? AND retired_at IS NULL",
        (question, _json(paraphrases), answer, now, answer, admin_id, now, entry_id),
    )
    return await get(tx, entry_id) if changed else None


async def retire(tx: Tx, entry_id: int, admin_id: int) -> FaqEntry | None:
    """Stop an entry answering (it stays for the record); None if already retired or unknown."""
    changed = await tx.execute(
        "UPDATE faq_entries SET retired_at = ?, retired_by = ? WHERE id = ? AND retired_at IS NULL",
        (utcnow(), admin_id, entry_id),
    )
    return await get(tx, entry_id) if changed else None


async def restore(tx: Tx, entry_id: int) -> FaqEntry | None:
    """Let a retired entry answer again; None if it is active or unknown."""
    changed = await tx.execute(
        "UPDATE faq_entries SET retired_at = NULL, retired_by = NULL "
        "WHERE id = ? AND retired_at IS NOT NULL",
        (entry_id,),
    )
    return await get(tx, entry_id) if changed else None


async def retired(tx: Tx, limit: int) -> list[FaqEntry]:
    """The entries retired last, latest first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM faq_entries WHERE retired_at IS NOT NULL "
        "ORDER BY retired_at DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [_entry(row) for row in rows]


async def active(tx: Tx) -> list[FaqEntry]:
    """Every entry that answers questions, oldest first."""
    rows = await tx.all(f"SELECT {_COLUMNS} FROM faq_entries WHERE retired_at IS NULL ORDER BY id")
    return [_entry(row) for row in rows]


async def page(tx: Tx, limit: int, offset: int) -> tuple[list[FaqEntry], int]:
    """One page of the active entries, newest first, and how many there are in all."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM faq_entries WHERE retired_at IS NULL "
        "ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    total = await tx.scalar("SELECT COUNT(*) FROM faq_entries WHERE retired_at IS NULL")
    return [_entry(row) for row in rows], int(total)


async def by_source(tx: Tx, question_id: int) -> FaqEntry | None:
    """The active entry learned from this question, if there is one."""
    row = await tx.one(
        f"SELECT {_COLUMNS} FROM faq_entries WHERE source_question = ? AND retired_at IS NULL "
        "ORDER BY id LIMIT 1",
        (question_id,),
    )
    return None if row is None else _entry(row)
