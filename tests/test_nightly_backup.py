"""The nightly backup switched on in config.toml: a JobQueue job that copies the live database,
checks the copy and keeps only the newest few, while the bot goes on answering."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import BackupSettings, ConfigError, load_config
from tests.auxil.harness import OFFICER, Harness


async def test_the_nightly_job_copies_checks_and_rotates(settings, tmp_path: Path):
    folder = tmp_path / "backups"
    bot = Harness(replace(settings, backup=BackupSettings(directory=folder, keep=2)))
    await bot.start()
    try:
        await bot.send(OFFICER, "/start")  # something in the database worth keeping
        assert bot.app is not None
        (job,) = bot.app.job_queue.get_jobs_by_name("backup")
        first_night = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)  # 02.30 WIB
        for night in range(3):
            bot.travel_to(first_night + timedelta(days=night))
            await job.run(bot.app)
        copies = sorted(path.name for path in folder.iterdir())
        # Named in the province's zone; the oldest of three is gone.
        assert copies == ["sinkron-20261205-0230.db", "sinkron-20261206-0230.db"]
        with sqlite3.connect(folder / copies[-1]) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT count(*) FROM officers").fetchone()[0] >= 1
        # The bot kept answering throughout.
        assert await bot.send(OFFICER, "/bantuan")
    finally:
        await bot.stop()


async def test_no_job_unless_switched_on(bot: Harness):
    assert bot.app is not None
    assert bot.app.job_queue.get_jobs_by_name("backup") == ()


def test_backup_settings_are_read_and_checked(tmp_path: Path):
    config = tmp_path / "config.toml"
    config.write_text('[backup]\ndirectory = "copies"\nkeep = 3\n')
    assert load_config(config, {}).backup == BackupSettings(tmp_path / "copies", 3)
    config.write_text("[backup]\nkeep = 0\n")
    with pytest.raises(ConfigError) as caught:
        load_config(config, {})
    assert "[backup] keep = 0: expected a whole number of copies from 1 to 365" in str(caught.value)
