"""`sinkron backup` while the bot runs, and `sinkron restore` only when it does not."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram import Update

from bot.__main__ import main
from bot.config import DeliverySettings, Settings
from bot.standin import BotApiStandIn
from storage import backup, officers
from storage.db import StorageError
from tests.auxil.harness import ADMIN, OFFICER, Harness, make_settings
from tests.auxil.proposal_steps import SLUM, play


def write_config(tmp_path: Path, database: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\ndatabase = "{database}"\n', encoding="utf-8")
    return config


async def test_a_backup_taken_while_running_restores_to_a_database_the_bot_starts_on(
    bot: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    database = bot.settings.storage.database
    copy = tmp_path / "backups" / "sinkron-copy.db"
    assert main(["backup", str(copy), "--config", str(write_config(tmp_path, database))]) == 0
    printed = capsys.readouterr().out
    assert "integrity ok" in printed and "proposals 1" in printed

    # Restoring over the running bot's database is refused: it holds the lock.
    with pytest.raises(StorageError, match="in use"):
        backup.restore(copy, database)

    # Into a fresh place, then a bot starts on it with everything there.
    target = tmp_path / "restored" / "sinkron.db"
    target.parent.mkdir()
    restored = backup.restore(copy, target)
    assert restored.counts["proposals"] == 1
    other = Harness(make_settings(target))
    await other.start()
    try:
        assert "USL-2026-0001" in (await other.send(ADMIN, "/status"))[0]
    finally:
        await other.stop()


def test_a_damaged_or_foreign_file_is_refused(tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError):
        backup.restore(junk, tmp_path / "sinkron.db")
    config = write_config(tmp_path, tmp_path / "missing.db")
    assert main(["backup", str(tmp_path / "x.db"), "--config", str(config)]) == 2


# --- a backup taken in the middle of a broadcast ------------------------------------------

NOTICE = "Siaran uji cadangan: Rakor dimajukan ke pukul 08.00."
FIRST_OFFICER = 200_001
OFFICERS = range(FIRST_OFFICER, FIRST_OFFICER + 20)


def slow_settings(database: Path) -> Settings:
    """Five messages a second: twenty officers take four seconds, time to back up midway."""
    return replace(make_settings(database), delivery=DeliverySettings(max_per_second=5))


async def seed_officers(bot: Harness) -> None:
    """Twenty approved officers, written straight to storage (registration has its own tests)."""
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction() as tx:
        for user_id in OFFICERS:
            bot.standin.add_user(user_id, f"Petugas {user_id}")
            await officers.seen(tx, user_id, user_id, "id")
            registration = officers.Registration(f"Petugas {user_id}", "62.02", "Kasi", "0812")
            await officers.submit_registration(tx, user_id, registration)
            await officers.decide(tx, user_id, approve=True, admin_id=ADMIN)


def notices(standin: BotApiStandIn) -> Counter[int]:
    return Counter(m.chat_id for m in standin.sent if m.plain_text.endswith(f"\n\n{NOTICE}"))


async def sent_at_least(bot: Harness, count: int) -> None:
    """Wait until the outbox has recorded `count` broadcast copies as sent."""
    assert bot.app is not None
    for _ in range(1000):
        async with bot.app.bot_data.db.transaction(write=False) as tx:
            sent = await tx.scalar(
                "SELECT COUNT(*) FROM outbox WHERE key LIKE 'broadcast:%' AND state = 'sent'"
            )
        if sent >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"only {sent} copies sent")


def outbox_states(path: Path) -> dict[int, str]:
    """Each broadcast copy's state in a database file, by chat."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT chat_id, state FROM outbox WHERE key LIKE 'broadcast:%'"
        ).fetchall()
    return dict(rows)


async def test_a_backup_taken_mid_broadcast_restores_and_the_bot_finishes_the_broadcast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    database = tmp_path / "live" / "sinkron.db"
    database.parent.mkdir()
    bot = Harness(slow_settings(database))
    bot.send_rate = None  # the configured 5/s: the backup must catch the broadcast mid-way
    bot.standin.response_delay = 0.05  # sends take a moment: some are in flight at the backup
    await bot.start()
    assert bot.app is not None
    try:
        await seed_officers(bot)
        await bot.send(ADMIN, "/siaran")
        await bot.send(ADMIN, NOTICE)
        assert "Jumlah penerima: 20 petugas" in (await bot.press(ADMIN, "Semua petugas aktif"))[-1]
        # "Kirim" without waiting for delivery (Harness.press would wait for all of it).
        message, data = bot.find_button(ADMIN, "Kirim")
        update = bot.standin.callback_update(ADMIN, message.message_id, data)
        await bot.app.process_update(Update.de_json(update, bot.app.bot))
        await sent_at_least(bot, 3)

        # `sinkron backup` while the sender works (synchronous: the bot is frozen meanwhile,
        # so the copy's `sending` rows are exactly the sends in flight or claimed).
        copy = tmp_path / "backups" / "mid-broadcast.db"
        assert main(["backup", str(copy), "--config", str(write_config(tmp_path, database))]) == 0
        assert "integrity ok" in capsys.readouterr().out
        # The machine dies right after: the sender takes nothing more (what it had started
        # finishes, as on a real stop; those are the "in flight" that may arrive twice).
        sender = bot.app.bot_data.sender
        assert sender is not None
        await sender.stop()
    finally:
        await bot.stop()
    before = outbox_states(copy)
    assert len(before) == len(OFFICERS)
    states = Counter(before.values())
    assert states["sent"] >= 1 and states["pending"] >= 1, states  # truly midway
    in_flight = {chat for chat, state in before.items() if state == "sending"}

    # Restore on a new machine; the bot starts on it against the same Telegram.
    target = tmp_path / "restored" / "sinkron.db"
    target.parent.mkdir()
    backup.restore(copy, target)
    restored = Harness(slow_settings(target), standin=bot.standin)
    restored.send_rate = None
    await restored.start()
    try:
        await restored.settle()
        await restored.report()
        got = notices(restored.standin)
        assert set(got) == set(OFFICERS)  # nobody missed
        twice = {chat for chat, count in got.items() if count > 1}
        assert twice <= in_flight, (twice, in_flight)  # duplicates only from sends in flight
        assert max(got.values()) <= 2
        assert "Terkirim: 20 dari 20" in restored.last(ADMIN).plain_text
    finally:
        await restored.stop()


# --- nightly copies and their rotation ------------------------------------------------------


async def test_nightly_backup_names_copies_by_time_and_keeps_the_newest(bot: Harness, tmp_path):
    database = bot.settings.storage.database
    folder = tmp_path / "nightly"
    folder.mkdir()
    (folder / "manual-before-upgrade.db").write_bytes(b"kept: not a nightly name")
    (folder / "sinkron-20261101-0200.db.partial").write_bytes(b"an interrupted copy")
    start = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    for night in range(5):
        report = backup.nightly_backup(database, folder, 3, start + timedelta(days=night))
        assert report.path.name == f"sinkron-2026120{1 + night}-0200.db"
        assert backup.check(report.path).version == report.version
    assert sorted(p.name for p in folder.iterdir()) == [
        "manual-before-upgrade.db",
        "sinkron-20261203-0200.db",
        "sinkron-20261204-0200.db",
        "sinkron-20261205-0200.db",
    ]


def test_rotation_keeps_the_newest_by_time_and_touches_nothing_else(tmp_path: Path):
    for name in (
        "sinkron-20261231-2359.db",
        "sinkron-20270101-0000.db",
        "sinkron-20261231-0200.db",
        "sinkron-20270101-0000.db-wal",  # not a copy
        "notes.txt",
    ):
        (tmp_path / name).write_text(name)
    deleted = backup.rotate(tmp_path, keep=2)
    assert [p.name for p in deleted] == ["sinkron-20261231-0200.db"]
    assert backup.rotate(tmp_path, keep=2) == []  # idempotent
    assert backup.rotate(tmp_path / "missing", keep=2) == []
    with pytest.raises(ValueError, match="keep"):
        backup.rotate(tmp_path, keep=0)


def test_a_failed_nightly_copy_deletes_no_older_copy(tmp_path: Path):
    folder = tmp_path / "nightly"
    folder.mkdir()
    old = folder / "sinkron-20261101-0200.db"
    old.write_bytes(b"an older copy")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError):
        backup.nightly_backup(junk, folder, 1, datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    assert [p.name for p in folder.iterdir()] == [old.name]
