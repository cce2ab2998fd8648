"""One bot-wide sending budget, shared by direct replies and the outbox sender.

Telegram lets a bot send about 30 messages a second in all. Replies to a user (PTB's own
sends from handlers, through `RetryingRequest`) and the outbox (broadcasts, alerts, reminders)
draw from one budget of `per_second` sends, so the two together stay under that limit:

- the outbox starts a send only while fewer than `per_second` sends (replies included) started
  in the last second (a sliding window, as Telegram counts);
- replies never wait here: they are counted, so the outbox makes room, and PTB's
  AIORateLimiter paces them to Telegram's own limit with the bursts Telegram allows. A person
  waiting for an answer must not queue behind the bot's self-imposed margin, nor behind a
  strict sliding window (bench/latency.py: p99 0.6-1.0 s when replies waited for `per_second`,
  about 0.35 s when they waited for 30 in a sliding second, far less when they do not wait);
- the outbox is paced at a fixed interval of 1/per_second (GCRA, a virtual schedule with a
  tolerance of one send, so a timer that fires late costs no rate), and replies count in the
  window it checks: the outbox uses what replies leave;
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

    @property
    def recent(self) -> int:
        """Sends started within the last second (replies and outbox)."""
        self._window_wait(self._clock(), self._capacity)
        return len(self._starts)

    def pause(self, seconds: float) -> None:
        """Telegram answered 429: the outbox sends nothing for `seconds`."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def note_reply(self) -> None:
        """A direct reply is starting: count it in the window, so the outbox leaves it the
        room. It does not move the outbox's schedule: after a few replies an admin alert must
        not wait an interval per reply while the window has room (it did: 0.3 s after a
        registration's seven replies)."""
        now = self._clock()
        self._window_wait(now, self._capacity)  # drop what left the window
        self._starts.append(now)

    def try_bulk(self) -> float:
        """Take a slot for an outbox send and return 0, or return the seconds to wait: for a
        429 pause, the outbox's schedule, room in the window, and no reply waiting."""
        now = self._clock()
        window = self._window_wait(now, self._capacity)
        if window > 0:
            # Full (a burst of replies, or the outbox's own burst after an idle spell): the
            # outbox resumes at its interval once a slot frees, with no burst to catch up, or
            # the window would replay that burst every second.
            self._schedule = max(self._schedule, now + window + self._tolerance)
        wait = max(self._paused_until - now, self._schedule - self._tolerance - now, window)
        if wait > 0:
            return wait
        self._take(now)
        return 0.0

    async def reply(self) -> None:
        """A direct reply: counted at once, never delayed here (see the module docstring)."""
        self.note_reply()

    async def bulk(self) -> None:
        """Wait for a slot for an outbox send (see `try_bulk`)."""
        while wait := self.try_bulk():
            await self._sleep(max(wait, MIN_SLEEP_S))

    def _window_wait(self, now: float, capacity: int) -> float:
        """Seconds until fewer than `capacity` sends started within the last window."""
        starts = self._starts
        while starts and now - starts[0] >= WINDOW_S:
            starts.popleft()
        if len(starts) < capacity:
            return 0.0
        return starts[len(starts) - capacity] + WINDOW_S - now

    def _take(self, now: float) -> None:
        self._starts.append(now)
        self._schedule = max(self._schedule, now) + self._interval
