"""End to end: real long polling, in process and as `sinkron run` over loopback HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.app import build_application, running
from bot.standin import BotApiStandIn, serve
from tests.auxil.harness import ADMIN, OFFICER, TOKEN, make_settings

# A bound for a reply that never comes, not a timing: a restarted `sinkron run` builds the
# question matcher (about 16 s on an idle 2-core machine, longer when it is busy) first.
DEADLINE_S = 60.0


async def reply_count(standin: BotApiStandIn, chat_id: int, count: int) -> list[str]:
    """Wait until the bot has sent `count` messages to `chat_id`; return their texts."""
    deadline = time.monotonic() + DEADLINE_S
    while len(standin.messages_for(chat_id)) < count:
        if time.monotonic() > deadline:
            sent = [m.plain_text for m in standin.messages_for(chat_id)]
            raise AssertionError(f"chat {chat_id} got {len(sent)} of {count}: {sent}")
        await asyncio.sleep(0.02)
    return [m.plain_text for m in standin.messages_for(chat_id)]


async def type_and_wait(standin: BotApiStandIn, user_id: int, text: str, replies: int = 1) -> str:
    """The user types `text` (queued for getUpdates); return the last of the bot's replies."""
    before = len(standin.messages_for(user_id))
    standin.push(standin.text_update(user_id, text))
    return (await reply_count(standin, user_id, before + replies))[-1]


async def test_polling_application_registers_an_officer(tmp_path: Path):
    standin = BotApiStandIn()
    standin.add_user(OFFICER, "Budi")
    standin.add_user(ADMIN, "Admin")
    transport = httpx.MockTransport(standin.handle)
    app = build_application(make_settings(tmp_path / "db.sqlite"), TOKEN, transport=transport)
    async with running(app):
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            standin.push(standin.text_update(OFFICER, "/start"))
            texts = await reply_count(standin, OFFICER, 2)
            assert "langkah 1 dari 4" in texts[1]
            assert "langkah 2" in await type_and_wait(standin, OFFICER, "Budi Santoso")
            assert "langkah 3" in await type_and_wait(standin, OFFICER, "Gumas")
            assert "langkah 4" in await type_and_wait(standin, OFFICER, "Staf")
            summary = await type_and_wait(standin, OFFICER, "+62 812 3456 7890", replies=2)
            assert "Kabupaten Gunung Mas" in summary
        finally:
            await app.updater.stop()


def write_config(tmp_path: Path, base_url: str, database: str) -> Path:
    """A config.toml pointing the bot at the stand-in, with ADMIN as its admin."""
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\nbase_url = "{base_url}"\n'
        f"[access]\nadmin_ids = [{ADMIN}]\n"
        f'[storage]\ndatabase = "{database}"\n',
        encoding="utf-8",
    )
    return config


STARTED: list[asyncio.subprocess.Process] = []


@pytest.fixture(autouse=True)
async def no_stray_bots():
    """A failing test must not leave a `sinkron run` behind."""
    yield
    while STARTED:
        process = STARTED.pop()
        if process.returncode is None:
            process.kill()
            await process.wait()


async def start_bot(config: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
    env.pop("SINKRON_CONFIG", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(config),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    STARTED.append(process)
    return process


async def stop_bot(process: asyncio.subprocess.Process, sig: int) -> tuple[int, str]:
    process.send_signal(sig)
    _, stderr = await asyncio.wait_for(process.communicate(), DEADLINE_S)
    assert process.returncode is not None
    return process.returncode, stderr.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
async def test_sinkron_run_over_http_survives_kill_9(tmp_path: Path):
    standin = BotApiStandIn()
    standin.add_user(OFFICER, "Budi")
    standin.add_user(ADMIN, "Admin")
    async with await serve(standin) as server:
        config = write_config(tmp_path, server.base_url, "state/sinkron.db")
        bot = await start_bot(config)
        standin.push(standin.text_update(OFFICER, "/start"))
        texts = await reply_count(standin, OFFICER, 2)
        assert "Selamat datang di Sinkron" in texts[0]
        assert "langkah 2" in await type_and_wait(standin, OFFICER, "Budi Santoso")
        assert "langkah 3" in await type_and_wait(standin, OFFICER, "Kab. Kapuas")
        code, _ = await stop_bot(bot, signal.SIGKILL)  # a crash: no shutdown at all
        assert code == -signal.SIGKILL

        bot = await start_bot(config)
        assert "langkah 4" in await type_and_wait(standin, OFFICER, "Kasi Permukiman")
        summary = await type_and_wait(standin, OFFICER, "081234567890", replies=2)
        assert "Budi Santoso" in summary
        assert "Kabupaten Kapuas" in summary
        code, stderr = await stop_bot(bot, signal.SIGTERM)
        assert code == 0, stderr
        assert TOKEN not in stderr  # request URLs carry the token; they must not be logged
    assert (tmp_path / "state" / "sinkron.db").exists()


async def press_and_wait(standin: BotApiStandIn, user_id: int, label: str, replies: int = 1) -> str:
    """The user presses the newest button labelled like `label`; return the last reply."""
    for message in reversed(standin.messages_for(user_id)):
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if label.casefold() in button["text"].casefold():
                    before = len(standin.messages_for(user_id))
                    standin.push(
                        standin.callback_update(
                            user_id, message.message_id, button["callback_data"]
                        )
                    )
                    return (await reply_count(standin, user_id, before + replies))[-1]
    raise AssertionError(f"no button {label!r}")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
async def test_proposal_survives_kill_9_mid_form(tmp_path: Path):
    standin = BotApiStandIn()
    standin.add_user(OFFICER, "Budi")
    standin.add_user(ADMIN, "Admin")
    async with await serve(standin) as server:
        config = write_config(tmp_path, server.base_url, "sinkron.db")
        bot = await start_bot(config)
        standin.push(standin.text_update(OFFICER, "/start"))
        await reply_count(standin, OFFICER, 2)
        for answer in ("Budi Santoso", "Kotim", "Kasi Permukiman"):
            await type_and_wait(standin, OFFICER, answer)
        await type_and_wait(standin, OFFICER, "081234567890", replies=2)
        await press_and_wait(standin, OFFICER, "Kirim")
        await reply_count(standin, ADMIN, 1)
        await press_and_wait(standin, ADMIN, "Setujui", replies=0)
        await reply_count(standin, OFFICER, 9)  # the approval arrived
        await type_and_wait(standin, OFFICER, "/usul")
        await type_and_wait(standin, OFFICER, "Peningkatan kualitas kawasan kumuh Baamang Hulu")
        await press_and_wait(standin, OFFICER, "Peningkatan kualitas kawasan kumuh")
        code, _ = await stop_bot(bot, signal.SIGKILL)
        assert code == -signal.SIGKILL

        bot = await start_bot(config)
        reply = await type_and_wait(standin, OFFICER, "/usul")
        assert "Peningkatan kualitas kawasan kumuh Baamang Hulu" in reply  # the draft is there
        resumed = await press_and_wait(standin, OFFICER, "Lanjutkan draf")
        assert "Sektor apa saja" in resumed
        code, stderr = await stop_bot(bot, signal.SIGTERM)
        assert code == 0, stderr


async def test_a_refused_token_is_one_line_and_never_printed(tmp_path: Path):
    standin = BotApiStandIn()
    async with await serve(standin) as server:
        # A mistyped local Bot API path: the server answers 404 to every call.
        config = write_config(tmp_path, server.base_url.removesuffix("bot") + "wrong/", "db.sqlite")
        bot = await start_bot(config)
        _, stderr_bytes = await asyncio.wait_for(bot.communicate(), DEADLINE_S)
    stderr = stderr_bytes.decode()
    assert bot.returncode == 2, stderr
    assert TOKEN not in stderr
    assert TOKEN.split(":")[1] not in stderr  # not even the secret half
    assert "refused the bot token" in stderr.splitlines()[-1]
