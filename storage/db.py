"""One aiosqlite connection with serialised units of work."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
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


def utcnow_ms() -> str:
    """The current instant to the millisecond, where it is a version (a proposal's last
    change): two changes within one second must still differ."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class Tx:
    """A unit of work in progress: the only way repositories touch the database.

    Every `await` on the connection is a round trip to aiosqlite's thread (about 30 us of CPU
    and a wake-up of the event loop): queries and inserts take one, not one per cursor step
    (bench/latency.py; a busy machine makes each wake-up slower).
    """

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
        row = await self._conn.execute_insert(sql, tuple(params))
        if row is None or row[0] is None:  # pragma: no cover - sqlite always has one
            raise RuntimeError("INSERT did not produce a row id")
        return int(row[0])

    async def one(self, sql: str, params: Iterable[Any] = ()) -> Row | None:
        """The first row of a query, or None (for queries of one row: all rows are read)."""
        rows = await self._conn.execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    async def all(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        """Every row of a query."""
        return list(await self._conn.execute_fetchall(sql, tuple(params)))

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

    def __init__(self, conn: aiosqlite.Connection, path: Path, owner: int | None = None) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.path = path
        self._owner = owner  # the file descriptor holding the single-instance lock
        self._holder: asyncio.Task[Any] | None = None  # the task inside a transaction

    @classmethod
    async def open(
        cls, path: Path, *, synchronous: str = "FULL", exclusive: bool = False
    ) -> Database:
        """Open (creating folders as needed) with WAL, full sync, foreign keys and a timeout.

        FULL makes an accepted answer survive a power cut, not only a process crash; its
        cost is measured by bench/commit_durability.py (NORMAL is there for that comparison).
        """
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError(f"synchronous must be FULL or NORMAL, not {synchronous!r}")
        owner = claim_lock(path) if exclusive else None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so Python's sqlite3 never
            # opens implicit transactions behind our back.
            conn = await aiosqlite.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            release_lock(owner)
            raise StorageError(f"cannot open database {path}: {error}") from error
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute(f"PRAGMA synchronous = {synchronous}")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA busy_timeout = 5000")
        except sqlite3.Error as error:
            await conn.close()
            release_lock(owner)
            raise StorageError(f"cannot use database {path}: {error}") from error
        except BaseException:
            await conn.close()
            release_lock(owner)
            raise
        return cls(conn, path, owner)

    def held_by_current_task(self) -> bool:
        """Whether the running task is inside a transaction (tests assert it never talks to
        Telegram then: every other user would wait on that round trip)."""
        return self._holder is not None and self._holder is asyncio.current_task()

    async def close(self) -> None:
        """Wait for the unit of work in progress, then close (and let another process in)."""
        async with self._lock:
            await self._conn.close()
        release_lock(self._owner)
        self._owner = None

    @asynccontextmanager
    async def transaction(self, *, write: bool = True) -> AsyncIterator[Tx]:
        """One serialised unit of work: committed on success, rolled back on any exception."""
        async with self._lock:
            self._holder = asyncio.current_task()
            try:
                async with self._unit(write=write) as tx:
                    yield tx
            finally:
                self._holder = None

    @asynccontextmanager
    async def _unit(self, *, write: bool = True) -> AsyncIterator[Tx]:
        # IMMEDIATE takes the write lock up front, so a write never fails half-way on a
        # lock held by another process (an export script, the sqlite3 shell).
        await self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield Tx(self._conn)
            await self._conn.execute("COMMIT")
        except BaseException:
            # Also when COMMIT itself fails: never leave the shared connection mid-transaction.
            # A task cancelled while awaiting COMMIT may find it already done by the worker
            # thread ("no transaction is active"): that must not replace the cancellation,
            # or the task would carry on instead of stopping.
            with contextlib.suppress(sqlite3.OperationalError):
                await self._conn.execute("ROLLBACK")
            raise


def claim_lock(path: Path) -> int:
    """Hold `<database>.lock` so a second bot on the same database refuses to start.

    Two senders on one outbox would resend each other's messages in flight and double the
    rate Telegram sees. The operating system drops the lock when the process dies.
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise StorageError(f"cannot open database {path}: {error}") from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        os.close(fd)
        raise StorageError(
            f"database {path} is in use by another Sinkron process; stop it first"
        ) from error
    return fd


def release_lock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases the flock
