"""The error handler: the user hears an apology, admins an alert at most once a minute."""

from __future__ import annotations

import logging

import pytest

from bot.__main__ import quiet_noisy_loggers
from storage import officers
from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, Harness


@pytest.fixture
def broken_listing(monkeypatch):
    async def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(officers, "count_active_by_regency", explode)


@pytest.mark.usefixtures("broken_listing")
async def test_error_apologises_and_alerts_admins_once_a_minute(bot: Harness, caplog):
    replies = await bot.send(ADMIN, "/petugas")
    assert replies[0].startswith("Maaf, terjadi kesalahan")
    assert "tetap aman" in replies[0]
    assert "RuntimeError: disk on fire" in replies[1]  # the alert, to every admin
    assert "RuntimeError: disk on fire" in bot.last(ADMIN2).plain_text
    assert "Traceback" in caplog.text
    assert "disk on fire" in caplog.text

    before = len(bot.standin.messages_for(ADMIN2))
    replies = await bot.send(ADMIN, "/petugas")
    assert len(replies) == 1  # apology only: no second alert within the minute
    assert len(bot.standin.messages_for(ADMIN2)) == before


async def test_token_never_reaches_the_log(bot: Harness, caplog):
    httpx_logger = logging.getLogger("httpx")
    level = httpx_logger.level
    quiet_noisy_loggers()
    try:
        caplog.set_level(logging.INFO)
        await bot.send(OFFICER, "/start")
        await bot.send(OFFICER, "Budi Santoso")
    finally:
        httpx_logger.setLevel(level)
    assert "TEST-TOKEN" not in caplog.text


async def test_error_on_a_button_press_answers_it_in_the_users_language(bot: Harness, monkeypatch):
    await bot.send(OFFICER, "/bahasa")
    await bot.press(OFFICER, "English")
    await bot.send(OFFICER, "/start")
    await bot.send(OFFICER, "Budi Santoso")

    async def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("handlers.plumbing.flows.drafts.save", explode)
    replies = await bot.press(OFFICER, "Kapuas")
    assert len(replies) == 1
    assert replies[0].startswith("Sorry, something went wrong on our side.")
    assert bot.standin.callback_answers[-1].get("text") is None  # the spinner was stopped
    monkeypatch.undo()
    assert "step 3 of 4" not in "".join(replies)
    assert "step 2 of 4" in (await bot.send(OFFICER, "/start"))[-1]  # nothing half-saved


async def test_a_reply_survives_telegrams_500_without_alerting_admins(bot):
    from tests.auxil.harness import ADMIN2, OFFICER

    bot.standin.fail_next("sendMessage", status=500, description="Internal Server Error")
    replies = await bot.send(OFFICER, "/bantuan")
    assert replies and "Maaf" not in replies[0]  # retried and delivered
    bot.standin.fail_next("sendMessage", status=500, description="Internal Server Error", times=3)
    await bot.send(OFFICER, "/bantuan")  # lost after the retries: logged, not an admin page
    assert not any("Galat" in text for text in bot.texts(ADMIN2))


async def test_a_message_telegram_refuses_alerts_admins(bot):
    """A 400 ("can't parse entities") is a bug in the bot's own message, not the network's:
    PTB's BadRequest is a NetworkError, which alone would have kept it from the admins."""
    bot.standin.fail_next("sendMessage", status=400, description="Bad Request: can't parse")
    replies = await bot.send(OFFICER, "/bantuan")
    assert replies and replies[0].startswith("Maaf, terjadi kesalahan")
    assert any("BadRequest" in text for text in bot.texts(ADMIN2))
