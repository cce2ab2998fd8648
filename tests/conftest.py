"""Fixtures: a running Application per test, on its own database and Bot API stand-in."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.auxil.harness import Harness, make_settings


@pytest.fixture
def settings(tmp_path: Path):
    """Settings with two admins and a fresh database file."""
    return make_settings(tmp_path / "sinkron.db")


@pytest.fixture
async def bot(settings) -> AsyncIterator[Harness]:
    """The running bot, driven as Telegram users would."""
    harness = Harness(settings)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


def pytest_configure(config: pytest.Config) -> None:
    """Opt in to PTB's future RetryAfter.retry_after (a timedelta), as the application does;
    keep the matcher's fitted weights in the run's own directory, not the user's cache."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    cache = tempfile.mkdtemp(prefix="sinkron-matcher-cache-")
    os.environ["SINKRON_CACHE_DIR"] = cache
    config.add_cleanup(lambda: shutil.rmtree(cache, ignore_errors=True))
