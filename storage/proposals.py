"""Proposals (usulan kegiatan): tracking codes, lifecycle columns, answers, status events."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storage.db import Row, Tx, utcnow, utcnow_ms

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
    budget_year: int | None = None


@dataclass(frozen=True, slots=True)
class ProposalEvent:
    """One status change."""

    at: str
    actor_id: int | None
    from_status: str | None
    to_status: str
    note: str | None
    redirect: str | None = None
    id: int = 0


_COLUMNS = (
    "id, code, year, officer_id, regency_code, title, type, level, rule, outside_authority, "
    "status, answers, created_at, updated_at, budget_year"
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
        budget_year=row["budget_year"],
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
        "SELECT at, actor_id, from_status, to_status, note, redirect, id FROM proposal_events "
        "WHERE proposal_id = ? ORDER BY id",
        (proposal_id,),
    )
    return [ProposalEvent(*row) for row in rows]


# Statuses of proposals still to be decided: what a meeting has on its agenda for a regency.
UNDECIDED = ("diajukan", "verifikasi", "perlu_perbaikan", "dibahas_rakor")


async def undecided_of_regency(tx: Tx, regency_code: str, limit: int = 10) -> list[Proposal]:
    """A regency's proposals awaiting a decision, oldest first."""
    return await _of_regency_in(tx, regency_code, UNDECIDED, "id", limit)


# Statuses of proposals the province decided against: what "kenapa usulan kami ditolak?" means.
TURNED_DOWN = ("ditolak", "dialihkan")


async def turned_down_of_regency(tx: Tx, regency_code: str, limit: int) -> list[Proposal]:
    """A regency's refused or redirected proposals, the latest decided first."""
    return await _of_regency_in(tx, regency_code, TURNED_DOWN, "updated_at DESC, id DESC", limit)


async def _of_regency_in(
    tx: Tx, regency_code: str, statuses: Sequence[str], order: str, limit: int
) -> list[Proposal]:
    """A regency's proposals in `statuses`; `order` is an ORDER BY written here, never typed."""
    marks = ",".join("?" * len(statuses))
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE regency_code = ? AND status IN ({marks}) "
        f"ORDER BY {order} LIMIT ?",
        (regency_code, *statuses, limit),
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


async def transition(
    tx: Tx,
    proposal_id: int,
    expected: str,
    to: str,
    actor_id: int,
    note: str | None = None,
    redirect: str | None = None,
    *,
    seen: str | None = None,
) -> tuple[Proposal, ProposalEvent] | None:
    """Move a proposal from `expected` to `to` and record the event.

    None when it is no longer in `expected`, or changed since `seen` (its `updated_at` as the
    actor saw it): someone acted first, and nothing changes.
    """
    now = utcnow_ms()
    changed = await tx.execute(
        "UPDATE proposals SET status = ?, updated_at = ? WHERE id = ? AND status = ? "
        "AND (? IS NULL OR updated_at = ?)",
        (to, now, proposal_id, expected, seen, seen),
    )
    if not changed:
        return None
    event_id = await tx.insert(
        "INSERT INTO proposal_events (proposal_id, at, actor_id, from_status, to_status, note, "
        "redirect) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (proposal_id, now, actor_id, expected, to, note, redirect),
    )
    proposal = await by_id(tx, proposal_id)
    assert proposal is not None
    return proposal, ProposalEvent(now, actor_id, expected, to, note, redirect, event_id)


async def revise(tx: Tx, proposal_id: int, new: NewProposal) -> None:
    """Replace a returned proposal's answers (and what is computed from them); code kept."""
    await tx.execute(
        "UPDATE proposals SET title = ?, type = ?, level = ?, rule = ?, outside_authority = ?, "
        "answers = ?, updated_at = ? WHERE id = ?",
        (
            new.title,
            new.type,
            new.level,
            new.rule,
            int(new.outside_authority),
            json.dumps(dict(new.answers), ensure_ascii=False, separators=(",", ":")),
            utcnow_ms(),
            proposal_id,
        ),
    )


def _queue_clause(
    statuses: Sequence[str], regency_code: str | None, type_: str | None, level: str | None
) -> tuple[str, list[Any]]:
    where = [f"status IN ({','.join('?' * len(statuses))})"]
    params: list[Any] = list(statuses)
    for column, value in (("regency_code", regency_code), ("type", type_), ("level", level)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(where), params


async def queue_versions(
    tx: Tx,
    statuses: Sequence[str],
    *,
    regency_code: str | None = None,
    type_: str | None = None,
    level: str | None = None,
) -> list[tuple[int, str]]:
    """(id, last change) of every proposal in the queue: enough to find cached scores without
    reading thousands of answers."""
    clause, params = _queue_clause(statuses, regency_code, type_, level)
    rows = await tx.all(f"SELECT id, updated_at FROM proposals WHERE {clause}", params)
    return [(row[0], row[1]) for row in rows]


async def by_ids(tx: Tx, ids: Sequence[int]) -> list[Proposal]:
    """Proposals by id, in the order given (missing ones left out)."""
    found: dict[int, Proposal] = {}
    for start in range(0, len(ids), 500):  # SQLite's parameter limit
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = await tx.all(f"SELECT {_COLUMNS} FROM proposals WHERE id IN ({marks})", chunk)
        found.update((row["id"], _proposal(row)) for row in rows)
    return [found[i] for i in ids if i in found]


async def review_queue(
    tx: Tx,
    statuses: Sequence[str],
    *,
    regency_code: str | None = None,
    type_: str | None = None,
    level: str | None = None,
    limit: int = 10,
    offset: int = 0,
) -> tuple[list[Proposal], int]:
    """Proposals in `statuses` (filtered), oldest change first, and how many match in all."""
    clause, params = _queue_clause(statuses, regency_code, type_, level)
    total = int(await tx.scalar(f"SELECT COUNT(*) FROM proposals WHERE {clause}", params))
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE {clause} ORDER BY updated_at, id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [_proposal(row) for row in rows], total


async def regency_page(
    tx: Tx, regency_code: str | None, limit: int, offset: int
) -> tuple[list[Proposal], int]:
    """A page of a regency's proposals (every regency's when None), last changed first."""
    if regency_code is None:
        total = int(await tx.scalar("SELECT COUNT(*) FROM proposals"))
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM proposals ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
    else:
        total = int(
            await tx.scalar(
                "SELECT COUNT(*) FROM proposals WHERE regency_code = ?", (regency_code,)
            )
        )
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM proposals WHERE regency_code = ? "
            "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
            (regency_code, limit, offset),
        )
    return [_proposal(row) for row in rows], total


async def by_codes_ending(tx: Tx, year: int | None, seq: int) -> list[Proposal]:
    """Proposals whose sequence number is `seq` (of one year when given), newest year first."""
    if year is None:
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM proposals WHERE seq = ? ORDER BY year DESC", (seq,)
        )
    else:
        rows = await tx.all(
            f"SELECT {_COLUMNS} FROM proposals WHERE seq = ? AND year = ?", (seq, year)
        )
    return [_proposal(row) for row in rows]


async def submitted_at(tx: Tx, proposal_id: int) -> str | None:
    """When the proposal last went (back) to the province: its latest move to diajukan."""
    value = await tx.scalar(
        "SELECT MAX(at) FROM proposal_events WHERE proposal_id = ? AND to_status = 'diajukan'",
        (proposal_id,),
    )
    return None if value is None else str(value)


async def for_export(
    tx: Tx,
    *,
    budget_year: int | None = None,
    regency_code: str | None = None,
    status: str | None = None,
) -> list[Proposal]:
    """Every proposal matching the filters, by code (the export's order)."""
    where, params = ["1 = 1"], []
    for column, value in (
        ("budget_year", budget_year),
        ("regency_code", regency_code),
        ("status", status),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM proposals WHERE {' AND '.join(where)} ORDER BY year, seq",
        params,
    )
    return [_proposal(row) for row in rows]
