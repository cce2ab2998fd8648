"""Proposals (usulan kegiatan): tracking codes, lifecycle columns, answers, status events."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storage.db import Row, Tx, utcnow

CODE_PREFIX = "USL"


@dataclass(frozen=True, slots=True)
class NewProposal:
    """What submitting a proposal stores."""

    officer_id: int
    regency_code: str
    title: str
    type: str
    level: str | None
    rule: str | None
    outside_authority: bool
    answers: Mapping[str, Any]  # JSON-safe values keyed by form field name


@dataclass(frozen=True, slots=True)
class Proposal:
    """A stored proposal."""

    id: int
    code: str
    year: int
    officer_id: int
    regency_code: str
    title: str
    type: str
    level: str | None
    rule: str | None
    outside_authority: bool
    status: str
    answers: Mapping[str, Any]
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class ProposalEvent:
    """One status change."""

    at: str
    actor_id: int | None
    from_status: str | None
    to_status: str
    note: str | None


_COLUMNS = (
    "id, code, year, officer_id, regency_code, title, type, level, rule, outside_authority, "
    "status, answers, created_at, updated_at"
)


def _proposal(row: Row) -> Proposal:
    return Proposal(
        id=row["id"],
        code=row["code"],
        year=row["year"],
        officer_id=row["officer_id"],
        regency_code=row["regency_code"],
        title=row["title"],
        type=row["type"],
        level=row["level"],
        rule=row["rule"],
        outside_authority=bool(row["outside_authority"]),
        status=row["status"],
        answers=json.loads(row["answers"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def format_code(year: int, seq: int) -> str:
    """The tracking code officers quote: USL-2026-0042."""
    return f"{CODE_PREFIX}-{year}-{seq:04d}"


async def submit(tx: Tx, new: NewProposal, *, year: int, status: str) -> Proposal:
    """Store a proposal with the next tracking code of `year` and its first status event.

    The sequence is read and written in one write transaction (BEGIN IMMEDIATE), so two
    officers submitting at once can never get the same code.
    """
    seq = int(
        await tx.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM proposals WHERE year = ?", (year,))
    )
    now = utcnow()
    proposal_id = await tx.insert(
        "INSERT INTO proposals (code, year, seq, officer_id, regency_code, title, type, level, "
        "rule, outside_authority, status, answers, created_at, updated_at, budget_year) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            format_code(year, seq),
            year,
            seq,
            new.officer_id,
            new.regency_code,
            new.title,
            new.type,
            new.level,
            new.rule,
            int(new.outside_authority),
            status,
            json.dumps(dict(new.answers), ensure_ascii=False, separators=(",", ":")),
            now,
            now,
            year + 1,  # proposals of year N are for year N+1's budget
        ),
    )
    await tx.insert(
        "INSERT INTO proposal_events (proposal_id, at, actor_id, from_status, to_status) "
        "VALUES (?, ?, ?, NULL, ?)",
        (proposal_id, now, new.officer_id, status),
    )
    proposal = await by_id(tx, proposal_id)
    assert proposal is not None
    return proposal


async def by_id(tx: Tx, proposal_id: int) -> Proposal | None:
    """One proposal by its row id."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM proposals WHERE id = ?", (proposal_id,))
    return None if row is None else _proposal(row)


async def by_code(tx: Tx, code: str) -> Proposal | None:
    """One proposal by its tracking code (case-insensitive)."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM proposals WHERE code = ?", (code.upper(),))
    return None if row is None else _proposal(row)


async def of_officer(tx: Tx, officer_id: int, limit: int = 10) -> list[Proposal]:
    """An officer's own proposals, newest first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE officer_id = ? ORDER BY id DESC LIMIT ?",
        (officer_id, limit),
    )
    return [_proposal(row) for row in rows]


async def events(tx: Tx, proposal_id: int) -> list[ProposalEvent]:
    """The status history of one proposal, oldest first."""
    rows = await tx.all(
        "SELECT at, actor_id, from_status, to_status, note FROM proposal_events "
        "WHERE proposal_id = ? ORDER BY id",
        (proposal_id,),
    )
    return [ProposalEvent(*row) for row in rows]


async def of_regency(tx: Tx, regency_code: str, limit: int = 10) -> list[Proposal]:
    """A regency's proposals, most recently changed first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE regency_code = ? "
        "ORDER BY updated_at DESC, id DESC LIMIT ?",
        (regency_code, limit),
    )
    return [_proposal(row) for row in rows]


async def latest(tx: Tx, limit: int = 10) -> list[Proposal]:
    """The province's most recently changed proposals."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals ORDER BY updated_at DESC, id DESC LIMIT ?", (limit,)
    )
    return [_proposal(row) for row in rows]


# Statuses of proposals still to be decided: what a meeting has on its agenda for a regency.
UNDECIDED = ("diajukan", "verifikasi", "perlu_perbaikan", "dibahas_rakor")


async def undecided_of_regency(tx: Tx, regency_code: str, limit: int = 10) -> list[Proposal]:
    """A regency's proposals awaiting a decision, oldest first."""
    marks = ",".join("?" * len(UNDECIDED))
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE regency_code = ? AND status IN ({marks}) "
        "ORDER BY id LIMIT ?",
        (regency_code, *UNDECIDED, limit),
    )
    return [_proposal(row) for row in rows]


async def regencies_with_proposals(tx: Tx, budget_year: int) -> set[str]:
    """Regencies that submitted at least one proposal (not withdrawn) for a budget year."""
    rows = await tx.all(
        "SELECT DISTINCT regency_code FROM proposals WHERE budget_year = ? "
        "AND status != 'dibatalkan'",
        (budget_year,),
    )
    return {row[0] for row in rows}
