"""Opt-in Telegram-like flood control and send statistics for the Bot API stand-in.

Telegram does not publish its exact algorithm; the stand-in approximates the documented advice
("no more than 30 messages per second overall, no more than one per second in a chat") with
sliding windows:

* the whole bot may make at most `per_second` sends in any window of 1 second;
* one chat may get at most `burst` sends (1 unless set) in any window of
  `burst / per_chat_per_second` seconds, so its average rate is `per_chat_per_second`.

Both windows are shortened by WINDOW_TOLERANCE (5 %: 0.95 s instead of 1 s) to absorb timer
jitter, so a client pacing itself at exactly the limit (sleep(1) between sends, which asyncio
may end a clock tick early) is not refused. A refused send gets HTTP 429 and does not count.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from dataclasses import dataclass, field

from bot.standin.validate import ApiError

# Methods that deliver or change a message in a chat; only these are counted and limited.
SENDING_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "sendLocation",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "copyMessage",
        "forwardMessage",
    }
)

WINDOW_TOLERANCE = 0.05


@dataclass
class SendStats:
    """Counters over sending methods (SENDING_METHODS), kept whether or not limits are on."""

    requests: int = 0  # requests of sending methods, whatever their outcome
    sent_ok: int = 0  # of those, answered successfully
    too_many: int = 0  # of those, answered 429 (flood control or an injected fault)
    by_method: Counter[str] = field(default_factory=Counter)  # requests per sending method
    # chat id -> the stand-in's clock (time.monotonic by default) at each successful send
    sent_times: dict[int, list[float]] = field(default_factory=dict, repr=False)

    def clear(self) -> None:
        """Reset every counter in place (references to this object stay valid)."""
        self.requests = self.sent_ok = self.too_many = 0
        self.by_method.clear()
        self.sent_times.clear()


class FloodControl:
    """Sliding-window send limits for the whole bot and per chat (see the module docstring).

    Not thread-safe: the stand-in runs on one event loop, and `refusal` and `record` are called
    with no await in between, so concurrent requests cannot both take the last free slot."""

    def __init__(
        self,
        *,
        per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        retry_after: int = 1,
        burst: int | None = None,
    ) -> None:
        if not per_second > 0 or not per_chat_per_second > 0:
            raise ValueError("per_second and per_chat_per_second must be positive")
        if retry_after < 1:
            raise ValueError("retry_after must be at least 1 (PTB ignores a 429 without it)")
        if burst is not None and burst < 1:
            raise ValueError("burst must be at least 1")
        self.per_second = per_second
        self.per_chat_per_second = per_chat_per_second
        self.retry_after = retry_after
        self.burst = burst
        # A rate below one per second gets a longer window holding a single send.
        nominal = max(1.0, 1.0 / per_second)
        self.capacity = max(1, math.floor(per_second * nominal + 1e-9))
        self.window = nominal * (1 - WINDOW_TOLERANCE)
        self.chat_capacity = burst or 1
        self.chat_window = self.chat_capacity / per_chat_per_second * (1 - WINDOW_TOLERANCE)
        self._recent: deque[float] = deque()  # sends within the last `window`, oldest first
        self._by_chat: dict[int, deque[float]] = {}  # the last `chat_capacity` sends per chat
        # 429s these limits answered (SendStats.too_many also counts faults injected by tests)
        self.refused = 0

    def refusal(self, chat_id: object, now: float) -> ApiError | None:
        """The 429 to answer if a send to `chat_id` at `now` would break a limit, else None.

        retry_after is the configured value, or when a window frees up later than that, the
        wait until it does (rounded up), so a client that obeys it is not refused again."""
        recent = self._recent
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        waits = []
        if len(recent) >= self.capacity:
            waits.append(recent[0] + self.window - now)
        chat = self._by_chat.get(chat_id) if isinstance(chat_id, int) else None
        if chat is not None and len(chat) >= self.chat_capacity:
            wait = chat[0] + self.chat_window - now
            if wait > 0:
                waits.append(wait)
        if not waits:
            return None
        seconds = max(self.retry_after, math.ceil(max(waits)))
        self.refused += 1
        return ApiError(429, f"Too Many Requests: retry after {seconds}", retry_after=seconds)

    def record(self, chat_id: object, now: float) -> None:
        """Count a successful send to `chat_id` at `now`."""
        self._recent.append(now)
        if isinstance(chat_id, int):
            chat = self._by_chat.get(chat_id)
            if chat is None:
                chat = self._by_chat[chat_id] = deque(maxlen=self.chat_capacity)
            chat.append(now)
