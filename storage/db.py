"""One aiosqlite connection with serialised units of work."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)

Row = aiosqlite.Row


class StorageError(RuntimeError):
    """The database cannot be used (cannot be opened, or is newer than this code)."""


def utcnow() -> str:
    """The current instant as stored: ISO 8601 in UTC with a Z, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Tx:
    """A unit of work in progress: the only way repositories touch the database."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        cursor = await self._conn.execute(sql, tuple(params))
        count = cursor.rowcount
        await cursor.close()
        return count

    async def insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one INSERT; return the new row's id."""
        cursor = await self._conn.execute(sql, tuple(params))
        rowid = cursor.lastrowid
        await cursor.close()
        if rowid is None:  # pragma: no cover - sqlite always sets it after an INSERT
            raise RuntimeError("INSERT did not produce a row id")
        return rowid

    async def one(self, sql: str, params: Iterable[Any] = ()) -> Row | None:
        """The first row of a query, or None."""
        async with self._conn.execute(sql, tuple(params)) as cursor:
            return await cursor.fetchone()

    async def all(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        """Every row of a query."""
        async with self._conn.execute(sql, tuple(params)) as cursor:
            return list(await cursor.fetchall())

    async def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.one(sql, params)
        return None if row is None else row[0]


class Database:
    """The application's SQLite database.

    Tasks sharing one aiosqlite connection see each other's uncommitted writes, so every unit
    of work (reads included) runs inside `transaction()`, which holds a lock for its duration.
    Never await Telegram inside a transaction: it would hold every other user up.
    """

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.path = path

    @classmethod
    async def open(cls, path: Path, *, synchronous: str = "FULL") -> Database:
        """Open (creating folders as needed) with WAL, full sync, foreign keys and a timeout.

        FULL makes an accepted answer survive a power cut, not only a process crash; its
        cost is measured by bench/commit_durability.py (NORMAL is there for that comparison).
        """
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError(f"synchronous must be FULL or NORMAL, not {synchronous!r}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so Python's sqlite3 never
            # opens implicit transactions behind our back.
            conn = await aiosqlite.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"cannot open database {path}: {error}") from error
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute(f"PRAGMA synchronous = {synchronous}")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA busy_timeout = 5000")
        except sqlite3.Error as error:
            await conn.close()
            raise StorageError(f"cannot use database {path}: {error}") from error
        except BaseException:
            await conn.close()
            raise
        return cls(conn, path)

    async def close(self) -> None:
        """Wait for the unit of work in progress, then close."""
        async with self._lock:
            await self._conn.close()

    @asynccontextmanager
    async def transaction(self, *, write: bool = True) -> AsyncIterator[Tx]:
        """One serialised unit of work: committed on success, rolled back on any exception."""
        async with self._lock:
            # IMMEDIATE takes the write lock up front, so a write never fails half-way on a
            # lock held by another process (an export script, the sqlite3 shell).
            await self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield Tx(self._conn)
                await self._conn.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself fails: never leave the shared connection mid-transaction.
                if self._conn.in_transaction:
                    await self._conn.execute("ROLLBACK")
                raise
