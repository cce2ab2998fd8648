"""`sinkron doctor`: every check on one line, failures named, against the Bot API stand-in."""

from __future__ import annotations

from pathlib import Path

import httpx

from bot.config import AccessSettings, Settings, StorageSettings
from bot.doctor import run_checks
from bot.standin import BotApiStandIn
from tests.auxil.harness import ADMIN, ADMIN2, TOKEN, Harness


async def test_a_healthy_deployment_passes_every_check(bot: Harness):
    checks = await run_checks(bot.settings, TOKEN, httpx.MockTransport(bot.standin.handle))
    lines = [check.line() for check in checks]
    assert all(check.ok for check in checks), lines
    names = [check.name for check in checks]
    assert names[:5] == ["config", "clock", "database", "outbox", "token"]
    assert f"admin {ADMIN}" in names and f"admin {ADMIN2}" in names
    assert any("WIB" in line for line in lines)


async def test_failures_are_named_and_the_token_never_printed(tmp_path: Path):
    standin = BotApiStandIn()  # knows no admin: their chats are not found
    settings = Settings(
        access=AccessSettings(frozenset({ADMIN})), storage=StorageSettings(tmp_path / "none.db")
    )
    checks = await run_checks(settings, TOKEN, httpx.MockTransport(standin.handle))
    failed = {check.name: check.detail for check in checks if not check.ok}
    assert "database" in failed and "sinkron run" in failed["database"]
    assert "press Start" in failed[f"admin {ADMIN}"]
    assert TOKEN not in " ".join(check.line() for check in checks)
    missing = await run_checks(settings, None)
    assert [c.name for c in missing if not c.ok][-1] == "token"
