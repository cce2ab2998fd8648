"""Submission deadlines: until when regencies may send proposals for a budget year."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Row, Tx, utcnow
from storage.meetings import from_stamp, to_stamp


@dataclass(frozen=True, slots=True)
class Deadline:
    """The last moment proposals for `budget_year` are taken, and its reminders."""

    budget_year: int
    closes_at: datetime
    offsets_min: tuple[int, ...]
    reopened: bool  # an admin reopened the window after it closed
    set_by: int

    def closed(self, now: datetime) -> bool:
        """Whether /usul refuses new proposals for this budget year at `now`."""
        return not self.reopened and now >= self.closes_at


def _deadline(row: Row) -> Deadline:
    return Deadline(
        budget_year=row["budget_year"],
        closes_at=from_stamp(row["closes_at"]),
        offsets_min=tuple(json.loads(row["offsets"])),
        reopened=bool(row["reopened"]),
        set_by=row["set_by"],
    )


_COLUMNS = "budget_year, closes_at, offsets, reopened, set_by"


async def put(
    tx: Tx, budget_year: int, closes_at: datetime, offsets_min: Sequence[int], set_by: int
) -> Deadline:
    """Set (or move) a budget year's deadline; a new deadline closes a reopened window again."""
    await tx.execute(
        "INSERT INTO deadlines (budget_year, closes_at, offsets, reopened, set_by, set_at) "
        "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (budget_year) DO UPDATE SET "
        "closes_at = excluded.closes_at, offsets = excluded.offsets, reopened = 0, "
        "set_by = excluded.set_by, set_at = excluded.set_at",
        (budget_year, to_stamp(closes_at), json.dumps(list(offsets_min)), set_by, utcnow()),
    )
    found = await get(tx, budget_year)
    assert found is not None
    return found


async def reopen(tx: Tx, budget_year: int) -> bool:
    """Take proposals again after the deadline; False if there is no such deadline."""
    changed = await tx.execute(
        "UPDATE deadlines SET reopened = 1, set_at = ? WHERE budget_year = ?",
        (utcnow(), budget_year),
    )
    return changed == 1


async def get(tx: Tx, budget_year: int) -> Deadline | None:
    """The deadline of one budget year."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM deadlines WHERE budget_year = ?", (budget_year,))
    return None if row is None else _deadline(row)


async def every(tx: Tx) -> list[Deadline]:
    """Every deadline, latest budget year first."""
    rows = await tx.all(f"SELECT {_COLUMNS} FROM deadlines ORDER BY budget_year DESC")
    return [_deadline(row) for row in rows]
