"""`sinkron backup` while the bot runs, and `sinkron restore` only when it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from storage import backup
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
