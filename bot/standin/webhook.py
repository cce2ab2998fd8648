"""The stand-in's webhook: setWebhook's checks and the delivery of queued updates to the bot's
server over HTTP, one at a time and in order, with the secret header, retried until answered
with 2xx (as Telegram does)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram import WebhookInfo

from bot.standin.updates import now
from bot.standin.validate import bad_request

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass
class Delivery:
    """One attempt to deliver an update: its id and the HTTP status (0: no answer)."""

    update_id: int
    status: int


@dataclass
class Webhook:
    """A webhook as set by setWebhook."""

    url: str
    secret_token: str | None
    allowed_updates: list[str] | None
    max_connections: int
    last_error_date: datetime | None = None
    last_error_message: str | None = None
    deliveries: list[Delivery] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Webhook:
        """Check setWebhook's parameters as Telegram does (a local Bot API server: http is
        allowed, so the bot can be reached over loopback)."""
        url = params.get("url")
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise bad_request("bad webhook: Failed to resolve host: Name or service not known")
        secret = params.get("secret_token")
        if secret is not None and not (isinstance(secret, str) and _SECRET.fullmatch(secret)):
            raise bad_request("secret token contains unallowed characters")
        allowed = params.get("allowed_updates")
        if allowed is not None and not (
            isinstance(allowed, list) and all(isinstance(kind, str) for kind in allowed)
        ):
            raise bad_request("can't parse allowed updates")
        try:
            connections = int(params.get("max_connections", 40))
        except (TypeError, ValueError):
            raise bad_request("invalid max_connections specified") from None
        if not 1 <= connections <= 100:
            raise bad_request("invalid max_connections specified")
        return cls(str(url), secret, allowed or None, connections)

    def wants(self, update: dict[str, Any]) -> bool:
        """Whether the update is of a type the bot asked for."""
        return self.allowed_updates is None or any(k in update for k in self.allowed_updates)

    def info(self, pending: int) -> dict[str, Any]:
        """getWebhookInfo's answer."""
        return WebhookInfo(
            url=self.url,
            has_custom_certificate=False,
            pending_update_count=pending,
            last_error_date=self.last_error_date,
            last_error_message=self.last_error_message,
            max_connections=self.max_connections,
            allowed_updates=self.allowed_updates,
        ).to_dict()


class Deliverer:
    """Posts pending updates to the webhook until it is removed; one task per webhook."""

    def __init__(
        self,
        webhook: Webhook,
        pending: Callable[[], list[dict[str, Any]]],
        delivered: Callable[[int], None],
        wait: Callable[[float], Awaitable[None]],
        *,
        retry_s: float,
    ) -> None:
        self.webhook = webhook
        self._pending = pending
        self._delivered = delivered
        self._wait = wait
        self._retry_s = retry_s
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        """Stop delivering (an update being posted may still arrive)."""
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self) -> None:
        # trust_env off: a proxy from the environment must not carry loopback posts elsewhere.
        async with httpx.AsyncClient(timeout=10.0, trust_env=False) as client:
            while True:
                pending = self._pending()
                if not pending:
                    await self._wait(1.0)
                    continue
                update = pending[0]
                if not self.webhook.wants(update):
                    self._delivered(update["update_id"])  # Telegram drops what was not asked for
                elif await self._post(client, update):
                    self._delivered(update["update_id"])
                else:
                    await asyncio.sleep(self._retry_s)

    async def _post(self, client: httpx.AsyncClient, update: dict[str, Any]) -> bool:
        headers = {"Content-Type": "application/json"}
        if self.webhook.secret_token is not None:
            headers[SECRET_HEADER] = self.webhook.secret_token
        try:
            response = await client.post(
                self.webhook.url, content=json.dumps(update), headers=headers
            )
        except httpx.HTTPError as error:
            self._failed(update, 0, f"Connection failed: {type(error).__name__}")
            return False
        if response.is_success:
            self.webhook.deliveries.append(Delivery(update["update_id"], response.status_code))
            return True
        status = response.status_code
        message = f"Wrong response from the webhook: {status} {response.reason_phrase}"
        self._failed(update, status, message)
        return False

    def _failed(self, update: dict[str, Any], status: int, message: str) -> None:
        self.webhook.deliveries.append(Delivery(update["update_id"], status))
        self.webhook.last_error_date = now()
        self.webhook.last_error_message = message
