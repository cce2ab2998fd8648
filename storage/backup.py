"""Backup and restore of the database: SQLite's online backup, checked before it is trusted."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.db import StorageError, claim_lock, release_lock
from storage.migrations import MIGRATIONS

# What a backup report counts: enough to see at a glance that the copy is the real thing.
COUNTED = ("officers", "proposals", "meetings", "questions", "outbox")

# Nightly copies: `sinkron-YYYYMMDD-HHMM.db`, so that name order is time order. Rotation touches
# only names of this form: a copy an operator made by hand is never deleted.
NIGHTLY_FORMAT = "sinkron-%Y%m%d-%H%M.db"
_NIGHTLY = re.compile(r"sinkron-\d{8}-\d{4}\.db")


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
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy inherits WAL mode, and would then leave -wal and -shm files beside
                # itself whenever it is opened: a backup is one self-contained file.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as error:  # a full disk, a file that is not a database
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot copy {database} to {target}: {error}") from error
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


def nightly_name(now: datetime) -> str:
    """The file name of the copy taken at `now` (formatted as given: pass the display zone)."""
    return now.strftime(NIGHTLY_FORMAT)


def rotate(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` nightly copies in `directory`, and leftovers of an
    interrupted copy; return what was deleted. Other files are never touched."""
    if keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    if not directory.is_dir():
        return []
    copies = sorted(p for p in directory.iterdir() if _NIGHTLY.fullmatch(p.name) and p.is_file())
    leftovers = [
        p for p in directory.iterdir() if p.name.endswith(".partial") and _NIGHTLY.fullmatch(p.stem)
    ]
    doomed = copies[:-keep] + leftovers
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def nightly_backup(database: Path, directory: Path, keep: int, now: datetime) -> Report:
    """Take tonight's checked copy into `directory` as `sinkron-YYYYMMDD-HHMM.db`, then keep
    only the newest `keep` copies. Blocking (SQLite's backup runs in this thread): call it from
    a worker thread in the bot. A failed copy raises StorageError and deletes nothing."""
    if keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    report = backup(database, directory / nightly_name(now))
    rotate(directory, keep)
    return report
