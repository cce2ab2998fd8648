"""Direct replies that ride out Telegram's passing failures (5xx, timeouts, dropped links)
and draw on the bot's one sending budget (bot.services.ratelimit) before they go."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

from bot.services.ratelimit import SENDING_METHODS, SendBudget

log = logging.getLogger(__name__)

# Seconds before each retry: a reply a user waits for is worth a second or two, not more.
BACKOFF_S: Sequence[float] = (0.5, 1.5)


class RetryingRequest(HTTPXRequest):
    """PTB's HTTPX request, retrying a call that failed with a 5xx or a network error.

    Edits and callback answers are idempotent; a message whose answer was lost may arrive
    twice, which is rare and better than a reply lost. Not for getUpdates (its own loop
    retries) nor for the outbox sender (which has its own backoff and records).

    With a `budget`, every attempt of a sending method first takes a reply's slot of it (ahead
    of the outbox), and a 429 pauses the outbox for its retry_after: Telegram's limit is the
    bot's, and replies come first. PTB's AIORateLimiter above retries the 429 itself.
    """

    def __init__(
        self,
        *args: object,
        backoff: Sequence[float] = BACKOFF_S,
        budget: SendBudget | None = None,
        **kwargs: object,
    ):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._backoff = tuple(backoff)
        self._budget = budget

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One Bot API call, tried again after each delay in `backoff` while it fails."""
        budget = self._budget if url.rsplit("/", 1)[-1] in SENDING_METHODS else None
        for delay in (*self._backoff, None):
            if budget is not None:
                await budget.reply()
            try:
                code, payload = await super().do_request(
                    url, method, request_data, read_timeout, write_timeout, connect_timeout,
                    pool_timeout,
                )  # fmt: skip
            except NetworkError as error:  # includes timeouts and dropped connections
                if delay is None:
                    raise
                log.info("Bot API call failed (%s); retrying in %s s", type(error).__name__, delay)
            else:
                if code == 429 and budget is not None:
                    budget.pause(_retry_after(payload))
                if code < 500 or delay is None:
                    return code, payload
                log.info("Bot API answered %s; retrying in %s s", code, delay)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover


def _retry_after(payload: bytes) -> float:
    """The retry_after of a 429's body (1 s if it has none: PTB's own reading comes later)."""
    with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
        return float(json.loads(payload)["parameters"]["retry_after"])
    return 1.0
