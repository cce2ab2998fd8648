"""`sinkron doctor`: every check on one line, failures named, against the Bot API stand-in."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import httpx
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.config import AccessSettings, Settings, StorageSettings
from bot.doctor import Check, run_checks
from bot.standin import BotApiStandIn
from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, TOKEN, Harness


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


async def test_names_are_for_the_terminal_only(bot: Harness):
    checks = await run_checks(bot.settings, TOKEN, httpx.MockTransport(bot.standin.handle))
    [admin] = [check for check in checks if check.name == f"admin {ADMIN}"]
    assert admin.line() == f"ok   admin {ADMIN}: reachable (Admin)"
    assert admin.line(personal=False) == f"ok   admin {ADMIN}: reachable"
    [webhook] = [check for check in checks if check.name == "webhook"]
    assert (webhook.ok, webhook.detail) == (True, "none (long polling)")


def webhook_settings(settings: Settings, url: str) -> Settings:
    telegram = dataclasses.replace(settings.telegram, mode="webhook", webhook_url=url)
    return dataclasses.replace(settings, telegram=telegram)


async def test_the_webhook_telegram_uses_must_be_the_configured_one(bot: Harness):
    transport = httpx.MockTransport(bot.standin.handle)
    url = "http://127.0.0.1:9/telegram/sinkron"  # nothing listens: nothing may be waiting
    settings = webhook_settings(bot.settings, url)

    async def webhook_check(settings: Settings) -> Check:
        return next(c for c in await run_checks(settings, TOKEN, transport) if c.name == "webhook")

    missing = await webhook_check(settings)
    assert not missing.ok and "nobody (no webhook set)" in missing.detail

    telegram = Bot(TOKEN, request=HTTPXRequest(httpx_kwargs={"transport": transport}))
    bot.standin.webhook_retry_s = 0.01
    async with telegram:
        await telegram.set_webhook(url)
        good = await webhook_check(settings)
        assert good.ok and good.detail == f"{url}, 0 updates waiting"

        stale = await webhook_check(bot.settings)  # the config says polling
        assert not stale.ok and "another deployment" in stale.detail

        # Telegram cannot reach the bot: the update waits behind a fresh error.
        bot.standin.push(bot.standin.text_update(OFFICER, "halo"))
        for _ in range(500):
            if (await telegram.get_webhook_info()).last_error_message:
                break
            await asyncio.sleep(0.01)
        stuck = await webhook_check(settings)
        assert not stuck.ok
        assert "1 updates waiting, last delivery error 0 min ago: Connection failed" in stuck.detail
        await telegram.delete_webhook(drop_pending_updates=True)
