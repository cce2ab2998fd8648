"""Fixtures: a running Application per test, on its own database and Bot API stand-in."""

from __future__ import annotations

import os
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
    """Opt in to PTB's future RetryAfter.retry_after (a timedelta), as the application does."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
