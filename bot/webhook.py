"""Webhook mode: PTB's own webhook server (which checks Telegram's secret header on every
update) with one route added, the health check."""

from __future__ import annotations

import asyncio
import re
import signal
import time
from contextlib import suppress
from http import HTTPStatus

import httpx
import tornado.web
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Updater

from bot.app import SinkronApp, running
from bot.config import Settings
from bot.doctor import Check, run_checks

# A probe every few seconds must not become a getMe, a getChat per admin and an integrity
# check of the whole database each time: the answer is reused for this long.
HEALTH_TTL_S = 60.0


class WebhookError(Exception):
    """The webhook cannot be served: its message is one line saying what to fix."""


class Health:
    """The `sinkron doctor` checks for the health route: one run at a time, reused for `ttl`
    seconds, so probing it (by anyone who can reach it) costs at most one run a minute."""

    def __init__(
        self,
        settings: Settings,
        token: str,
        *,
        ttl: float = HEALTH_TTL_S,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self._token = token
        self._ttl = ttl
        self._transport = transport
        self._lock = asyncio.Lock()
        self._checks: list[Check] = []
        self._at = -float("inf")

    async def checks(self) -> list[Check]:
        """The latest checks, run again when older than the ttl."""
        async with self._lock:  # probes arriving during a run wait for it, not run their own
            if time.monotonic() - self._at >= self._ttl:
                self._checks = await run_checks(self._settings, self._token, self._transport)
                self._at = time.monotonic()
            return self._checks


class _HealthHandler(tornado.web.RequestHandler):
    """GET: one line per check, 200 when all pass, 503 otherwise; no people's names."""

    def initialize(self, health: Health) -> None:
        self.health = health

    async def get(self) -> None:
        checks = await self.health.checks()
        self.set_status(
            HTTPStatus.OK if all(c.ok for c in checks) else HTTPStatus.SERVICE_UNAVAILABLE
        )
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        await self.finish("".join(check.line(personal=False) + "\n" for check in checks))


def add_health_route(updater: Updater, path: str, health: Health) -> None:
    """Serve `health` at `path` on the running webhook server of `updater`.

    PTB has no public way to add a route, so this reaches its server's tornado Application;
    the version of PTB is pinned below 23, and tests/test_webhook.py fails if this breaks."""
    server = getattr(updater, "_httpd", None)
    application = getattr(getattr(server, "_http_server", None), "request_callback", None)
    if not isinstance(application, tornado.web.Application):
        raise RuntimeError(
            "python-telegram-bot's webhook server is not where this version expects it: "
            "the health route cannot be added"
        )
    application.add_handlers(r".*", [(re.escape(path), _HealthHandler, {"health": health})])


async def serve(application: SinkronApp, secret: str, stop: asyncio.Event | None = None) -> None:
    """Run the bot in webhook mode until SIGINT or SIGTERM (or `stop` is set).

    The same life cycle as `Application.run_webhook` (which offers no place to add a route):
    the application starts, then PTB's webhook server starts and calls setWebhook with the
    secret; on the way out the server stops first, then the application."""
    settings = application.bot_data.settings
    telegram = settings.telegram
    updater = application.updater
    assert updater is not None, "the application is built with an Updater"
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError):  # no signal handlers on Windows' event loop
            loop.add_signal_handler(sig, stop.set)
    async with running(application):
        try:
            await updater.start_webhook(
                listen=telegram.listen,
                port=telegram.port,
                url_path=telegram.webhook_path,
                webhook_url=telegram.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        except TelegramError as error:  # setWebhook refused: the address, usually
            raise WebhookError(
                f"Telegram refused the webhook {telegram.webhook_url} "
                f"([telegram] webhook_url): {error}"
            ) from error
        except OSError as error:  # the port is taken, or the address is not this machine's
            raise WebhookError(
                f"cannot listen on {telegram.listen}:{telegram.port} ([telegram] listen and "
                f"port): {error.strerror or error}"
            ) from error
        try:
            health = Health(settings, application.bot.token)
            add_health_route(updater, telegram.health_path, health)
            await stop.wait()
        finally:
            await updater.stop()
