"""Webhook mode end to end: `sinkron run` as a process, the stand-in posting updates to it over
loopback HTTP with the secret header; a registration and a proposal, a forged post refused, the
health route answering."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.standin import SECRET_HEADER, BotApiStandIn, serve
from bot.webhook import Health, add_health_route
from tests.auxil.harness import ADMIN, OFFICER, TOKEN, make_settings
from tests.auxil.proposal_steps import SLUM

SECRET = "Sinkron_webhook-secret_0123456789"
# A bound for a hung child process, not a timing: the child builds the question matcher
# (about 14 s on an idle 2-core machine) before it binds, longer when the machine is busy
# (over 60 s once, with three measurements running beside the suite).
DEADLINE_S = 120.0
ADMIN_NAME = "Siti Rahmawati"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def write_config(tmp_path: Path, base_url: str, port: int) -> tuple[Path, str]:
    url = f"http://127.0.0.1:{port}/telegram/sinkron"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\nbase_url = "{base_url}"\nmode = "webhook"\nwebhook_url = "{url}"\n'
        f'listen = "127.0.0.1"\nport = {port}\nhealth_path = "/sehat"\n'
        f"[access]\nadmin_ids = [{ADMIN}]\n"
        '[storage]\ndatabase = "sinkron.db"\n',
        encoding="utf-8",
    )
    return config, url


class BotProcess:
    """`sinkron run --log-format json` in webhook mode; its log lines collected as they come."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self.handled: dict[int, dict[str, Any]] = {}
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            line = raw.decode().rstrip("\n")
            self.lines.append(line)
            entry = json.loads(line)  # every line is one JSON object
            if entry["message"] == "update handled":
                self.handled[entry["update_id"]] = entry

    async def wait_handled(self, update_id: int) -> dict[str, Any]:
        """Wait for the log line saying the update was handled (every reply is sent by then)."""
        deadline = time.monotonic() + DEADLINE_S
        while update_id not in self.handled:
            if time.monotonic() > deadline or self.process.returncode is not None:
                raise AssertionError(f"update {update_id} not handled: {self.lines[-5:]}")
            await asyncio.sleep(0.01)
        return self.handled[update_id]

    async def stop(self) -> int:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), DEADLINE_S)
        await self._reader
        return code


async def start_bot(config: Path) -> BotProcess:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "SINKRON_WEBHOOK_SECRET": SECRET,
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("SINKRON_CONFIG", None)
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot", "run", "--config", str(config), "--log-format", "json"),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    return BotProcess(process)


async def until(condition: Any, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class Chat:
    """Users acting through Telegram (the stand-in), which posts to the bot's webhook."""

    def __init__(self, standin: BotApiStandIn, bot: BotProcess) -> None:
        self.standin = standin
        self.bot = bot

    async def act(self, update: dict[str, Any]) -> dict[str, Any]:
        self.standin.push(update)
        return await self.bot.wait_handled(update["update_id"])

    async def say(self, user_id: int, text: str) -> str:
        await self.act(self.standin.text_update(user_id, text))
        return self.standin.messages_for(user_id)[-1].plain_text

    async def press(self, user_id: int, label: str) -> str:
        for message in reversed(self.standin.messages_for(user_id)):
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if label.casefold() in button["text"].casefold():
                        data = button["callback_data"]
                        await self.act(
                            self.standin.callback_update(user_id, message.message_id, data)
                        )
                        return self.standin.messages_for(user_id)[-1].plain_text
        raise AssertionError(f"no button {label!r} for {user_id}")

    async def step(self, user_id: int, kind: str, value: Any) -> None:
        if kind == "text":
            await self.say(user_id, str(value))
        elif kind == "press":
            await self.press(user_id, str(value))
        elif kind == "location":
            await self.act(self.standin.location_update(user_id, *value))
        elif kind == "photo":
            await self.act(self.standin.photo_update(user_id, file_size=int(value)))
        else:  # pragma: no cover - a typo in a script
            raise ValueError(kind)


async def test_webhook_mode_registers_an_officer_and_takes_a_proposal(tmp_path: Path):
    standin = BotApiStandIn()
    standin.webhook_retry_s = 0.05  # the bot's server is up a moment after setWebhook
    standin.add_user(OFFICER, "Budi")
    standin.add_user(ADMIN, ADMIN_NAME)
    async with await serve(standin) as server:
        config, url = write_config(tmp_path, server.base_url, free_port())
        bot = await start_bot(config)
        try:
            await until(lambda: standin.webhook is not None, "setWebhook")
            [call] = standin.calls_to("setWebhook")
            assert call.params["url"] == url
            assert call.params["secret_token"] == SECRET
            chat = Chat(standin, bot)

            # Registration, approved by the admin from the request the outbox brings them.
            first = await chat.act(standin.text_update(OFFICER, "/start"))
            assert "langkah 1 dari 4" in standin.messages_for(OFFICER)[-1].plain_text
            for answer in ("Budi Santoso", "Kotim", "Kasi Permukiman"):
                await chat.say(OFFICER, answer)
            assert "Budi Santoso" in await chat.say(OFFICER, "081234567890")
            await chat.press(OFFICER, "Kirim")
            await until(lambda: standin.messages_for(ADMIN), "the registration request")
            await chat.press(ADMIN, "Setujui")
            await until(
                lambda: any("disetujui" in m.plain_text for m in standin.messages_for(OFFICER)),
                "the approval",
            )

            # A proposal, from /usul to its tracking code and the admins' alert.
            await chat.say(OFFICER, "/usul")
            for kind, value in SLUM:
                await chat.step(OFFICER, kind, value)
            before = len(standin.messages_for(ADMIN))
            assert "USL-2026-0001" in await chat.press(OFFICER, "Kirim")
            await until(lambda: len(standin.messages_for(ADMIN)) > before, "the admins' alert")
            assert "USL-2026-0001" in standin.messages_for(ADMIN)[-1].plain_text

            # Every update was posted with the secret and answered 200.
            webhook = standin.webhook
            assert webhook is not None
            assert {d.status for d in webhook.deliveries if d.update_id >= first["update_id"]} == {
                200
            }

            async with httpx.AsyncClient() as client:
                # Anyone else posting to the webhook is refused, whatever they send.
                update = standin.text_update(OFFICER, "/bantuan")
                for headers in ({SECRET_HEADER: "tebakan-yang-salah-0123456789"}, {}):
                    forged = await client.post(
                        url, json=update, headers={**headers, "Content-Type": "application/json"}
                    )
                    assert forged.status_code == 403
                await asyncio.sleep(0.2)
                assert update["update_id"] not in bot.handled

                health = await client.get(url.replace("/telegram/sinkron", "/sehat"))
                assert health.status_code == 200, health.text
                assert health.headers["content-type"].startswith("text/plain")
                lines = health.text.splitlines()
                names = [line.split(":", 1)[0].split()[-1] for line in lines]
                assert names[:6] == ["config", "clock", "database", "outbox", "token", "webhook"]
                assert all(line.startswith("ok") for line in lines), lines
                assert f"admin {ADMIN}: reachable" in health.text
                assert ADMIN_NAME not in health.text  # ids only, never names
                calls = len(standin.calls_to("getMe"))
                again = await client.get(url.replace("/telegram/sinkron", "/sehat"))
                assert again.text == health.text
                assert len(standin.calls_to("getMe")) == calls  # a second probe is served cached
        finally:
            code = await bot.stop()
    assert code == 0, bot.lines[-5:]

    # The log: one JSON line per handled update with its ids and handler, no personal data.
    log = "\n".join(bot.lines)
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert SECRET not in log
    for private in ("Budi Santoso", "081234567890", "Baamang", ADMIN_NAME):
        assert private not in log
    entry = bot.handled[first["update_id"]]
    assert entry["user_id"] == OFFICER
    assert entry["kind"] == "message"
    assert entry["handler"].startswith("registration.")
    assert entry["outcome"] == "ok"
    assert isinstance(entry["duration_ms"], float)
    assert entry["level"] == "INFO"


async def test_a_taken_port_is_one_line_naming_listen_and_port(tmp_path: Path):
    standin = BotApiStandIn()
    async with await serve(standin) as server:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            config, _ = write_config(tmp_path, server.base_url, taken.getsockname()[1])
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "SINKRON_WEBHOOK_SECRET": SECRET}
            env.pop("SINKRON_CONFIG", None)
            process = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "bot", "run", "--config", str(config)),
                env=env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            _, stderr = await asyncio.wait_for(process.communicate(), DEADLINE_S)
    err = stderr.decode()
    assert process.returncode == 2, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("sinkron: cannot listen on 127.0.0.1:")
    assert "[telegram] listen and port" in last
    assert SECRET not in err and TOKEN not in err


async def test_health_runs_the_checks_once_per_interval_however_often_probed(tmp_path: Path):
    standin = BotApiStandIn()
    settings = make_settings(tmp_path / "none.db")
    transport = httpx.MockTransport(standin.handle)
    health = Health(settings, TOKEN, ttl=60.0, transport=transport)
    results = await asyncio.gather(*(health.checks() for _ in range(20)))
    assert all(result is results[0] for result in results)
    assert len(standin.calls_to("getMe")) == 1
    assert not all(check.ok for check in results[0])  # no database yet, no admin reachable

    fresh = Health(settings, TOKEN, ttl=0.0, transport=transport)
    await fresh.checks()
    await fresh.checks()
    assert len(standin.calls_to("getMe")) == 3


async def test_the_health_route_fails_loudly_if_ptb_moves_its_server(tmp_path: Path):
    class Elsewhere:
        _httpd = None

    health = Health(make_settings(tmp_path / "db"), TOKEN)
    with pytest.raises(RuntimeError, match="webhook server is not where"):
        add_health_route(Elsewhere(), "/healthz", health)  # type: ignore[arg-type]
