"""Backup and restore of the database: SQLite's online backup, checked before it is trusted."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from storage.db import StorageError, claim_lock, release_lock
from storage.migrations import MIGRATIONS

# What a backup report counts: enough to see at a glance that the copy is the real thing.
COUNTED = ("officers", "proposals", "meetings", "questions", "outbox")


@dataclass(frozen=True, slots=True)
class Report:
    """A checked copy: its size, schema version and row counts."""

    path: Path
    size: int
    version: int
    counts: dict[str, int]


def backup(database: Path, target: Path) -> Report:
    """Copy `database` to `target` while the bot may be running (SQLite's online backup API
    gives a consistent snapshot), check the copy's integrity, then move it into place."""
    if not database.exists():
        raise StorageError(f"no database at {database}")
    partial = target.with_name(target.name + ".partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    try:
        report = check(partial)
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return Report(target, target.stat().st_size, report.version, report.counts)


def check(path: Path) -> Report:
    """A database file's integrity, schema version and counts; StorageError if unusable."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StorageError(f"cannot open {path}: {error}") from error
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise StorageError(f"{path} failed its integrity check: {verdict}")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        counts = {
            table: int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in COUNTED
        }
    except sqlite3.Error as error:
        raise StorageError(f"{path} is not a Sinkron database: {error}") from error
    finally:
        connection.close()
    return Report(path, path.stat().st_size, version, counts)


def restore(source: Path, database: Path) -> Report:
    """Put a backup in place of `database`. Refused while a bot holds the database, and for a
    copy that fails its check or comes from newer code than this."""
    report = check(source)
    if report.version > len(MIGRATIONS):
        raise StorageError(
            f"{source} has schema version {report.version}, newer than this code "
            f"({len(MIGRATIONS)}): upgrade Sinkron first"
        )
    owner = claim_lock(database)  # StorageError while a bot runs on it
    try:
        partial = database.with_name(database.name + ".restoring")
        with open(source, "rb") as reader, open(partial, "wb") as writer:
            writer.write(reader.read())
            writer.flush()
            os.fsync(writer.fileno())
        # The old write-ahead log belongs to the old file: it must not be replayed onto this.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + suffix).unlink()
        os.replace(partial, database)
    finally:
        release_lock(owner)
    return Report(database, database.stat().st_size, report.version, report.counts)
