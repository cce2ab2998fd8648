"""A per-user allowance of actions in a sliding window, for users the bot does not know yet."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from enum import Enum


class Verdict(Enum):
    """What to do with one more action."""

    ALLOW = "allow"
    WARN = "warn"  # the first one over the limit: say so, once
    DROP = "drop"  # later ones: silence, and nothing stored


class Throttle:
    """At most `limit` actions per `window` seconds per key.

    Keys are forgotten once their window has passed (swept when there are many), so strangers
    leave no memory behind.
    """

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sweep_above: int = 1000,
    ) -> None:
        self._limit = limit
        self._window = window
        self._clock = clock
        self._sweep_above = sweep_above
        self._seen: dict[Hashable, deque[float]] = {}
        self._warned: set[Hashable] = set()

    def check(self, key: Hashable) -> Verdict:
        """Count one action for `key` if it is allowed."""
        now = self._clock()
        if len(self._seen) > self._sweep_above:
            self._sweep(now)
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] >= self._window:
            times.popleft()
        if len(times) < self._limit:
            times.append(now)
            self._warned.discard(key)
            return Verdict.ALLOW
        if key in self._warned:
            return Verdict.DROP
        self._warned.add(key)
        return Verdict.WARN

    def __len__(self) -> int:
        """How many keys are remembered."""
        return len(self._seen)

    def _sweep(self, now: float) -> None:
        for key in [
            k for k, times in self._seen.items() if not times or now - times[-1] >= self._window
        ]:
            del self._seen[key]
            self._warned.discard(key)
