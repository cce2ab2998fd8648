"""One bot-wide sending budget, shared by direct replies and the outbox sender.

Telegram lets a bot send about 30 messages a second in all. Replies to a user (PTB's own
sends from handlers, through `RetryingRequest`) and the outbox (broadcasts, alerts, reminders)
draw from one budget of `per_second` sends, so the two together stay under that limit:

- at most `per_second` sends start in any one-second window (a sliding window, as Telegram
  counts), whoever makes them: the hard cap;
- replies come first: a reply takes the next free slot of the window (during a broadcast at
  full pace, at most one interval, 1/per_second, away) and the outbox waits while a reply does;
- the outbox is paced at a fixed interval of 1/per_second (GCRA, a virtual schedule with a
  tolerance of one send, so a timer that fires late costs no rate), and every reply moves
  that schedule back by one interval: the outbox uses what replies leave;
- after a 429 the outbox pauses for its `retry_after` (`pause`); replies do not wait for it
  (PTB's AIORateLimiter retries their own 429s).

Why a fixed interval rather than letting the window through in bursts: 29 sends released at
once leave the process over ~100 ms as each is encoded and written, stretched differently from
one second to the next, and Telegram's window (the stand-in's, at least) then sees 31; with a
0.3 s round trip the bursts also arrive bunched. Measured in bench/broadcast.py. The price: a
429 pause is not made up afterwards by a burst (the window would allow one), so each pause
costs its full retry_after.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable

# Methods that put or change a message in a chat: what Telegram's flood limit counts.
SENDING_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendAnimation",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendSticker",
        "sendPoll",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "editMessageMedia",
        "copyMessage",
        "forwardMessage",
    }
)

WINDOW_S = 1.0
# Sends the outbox may make at once after an idle spell: with 2, a timer that fires up to one
# interval late costs no rate (the next send catches up), and no bunch forms.
BURST = 2
MIN_SLEEP_S = 0.002

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class SendBudget:
    """Sends per second for the whole bot; `reply` for direct replies, `bulk` for the outbox."""

    def __init__(
        self,
        per_second: float,
        *,
        burst: int = BURST,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if not per_second > 0:
            raise ValueError("per_second must be positive")
        self.per_second = per_second
        self._capacity = max(1, math.floor(per_second))
        self._interval = 1.0 / per_second
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self._tolerance = (burst - 1) * self._interval
        self._clock = clock
        self._sleep = sleep  # tests pass one that moves their clock
        self._starts: deque[float] = deque()  # sends started within the last window
        self._schedule = 0.0  # GCRA's theoretical time of the outbox's next send
        self._paused_until = 0.0
        self._replies_waiting = 0

    @property
    def recent(self) -> int:
        """Sends started within the last second (replies and outbox)."""
        self._window_wait(self._clock())
        return len(self._starts)

    def pause(self, seconds: float) -> None:
        """Telegram answered 429: the outbox sends nothing for `seconds`."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def try_reply(self) -> float:
        """Take a slot for a direct reply and return 0, or return the seconds to wait."""
        now = self._clock()
        wait = self._window_wait(now)
        if wait <= 0:
            self._take(now)
        return max(wait, 0.0)

    def try_bulk(self) -> float:
        """Take a slot for an outbox send and return 0, or return the seconds to wait: for a
        429 pause, the outbox's schedule, room in the window, and no reply waiting."""
        now = self._clock()
        window = self._window_wait(now)
        if window > 0:
            # Full (a burst of replies, or the outbox's own burst after an idle spell): the
            # outbox resumes at its interval once a slot frees, with no burst to catch up, or
            # the window would replay that burst every second.
            self._schedule = max(self._schedule, now + window + self._tolerance)
        wait = max(self._paused_until - now, self._schedule - self._tolerance - now, window)
        if wait > 0:
            return wait
        if self._replies_waiting:
            return MIN_SLEEP_S  # a reply is about to take the free slot: look again after it
        self._take(now)
        return 0.0

    async def reply(self) -> None:
        """Wait for a slot for a direct reply: only for the window, never behind the outbox."""
        self._replies_waiting += 1
        try:
            while wait := self.try_reply():
                await self._sleep(max(wait, MIN_SLEEP_S))
        finally:
            self._replies_waiting -= 1

    async def bulk(self) -> None:
        """Wait for a slot for an outbox send (see `try_bulk`)."""
        while wait := self.try_bulk():
            await self._sleep(max(wait, MIN_SLEEP_S))

    def _window_wait(self, now: float) -> float:
        starts = self._starts
        while starts and now - starts[0] >= WINDOW_S:
            starts.popleft()
        if len(starts) < self._capacity:
            return 0.0
        return starts[0] + WINDOW_S - now

    def _take(self, now: float) -> None:
        self._starts.append(now)
        self._schedule = max(self._schedule, now) + self._interval
