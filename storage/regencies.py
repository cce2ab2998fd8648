"""The regencies table: reference rows kept equal to the domain's list at start-up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storage.db import Tx


@dataclass(frozen=True, slots=True)
class RegencyRow:
    """One regency as stored (the domain's `Regency` is the source of truth)."""

    code: str
    name: str
    short_name: str
    capital: str
    aliases: tuple[str, ...]


async def sync(tx: Tx, rows: Iterable[RegencyRow]) -> None:
    """Upsert every regency so foreign keys and SQL reports see the current list."""
    for row in rows:
        await tx.execute(
            "INSERT INTO regencies (code, name, short_name, capital, aliases) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "short_name = excluded.short_name, capital = excluded.capital, "
            "aliases = excluded.aliases",
            (row.code, row.name, row.short_name, row.capital, ", ".join(row.aliases)),
        )


async def all_rows(tx: Tx) -> list[RegencyRow]:
    """Every stored regency in code order."""
    rows = await tx.all(
        "SELECT code, name, short_name, capital, aliases FROM regencies ORDER BY code"
    )
    return [
        RegencyRow(r["code"], r["name"], r["short_name"], r["capital"], _split(r["aliases"]))
        for r in rows
    ]


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(aliases.split(", ")) if aliases else ()
