"""What each user was just told, for short follow-ups to build on: bounded, in memory only.

PTB's `user_data` would keep a dict per user forever once touched (strangers included), so
the bot keeps its own map and forgets entries once their window has passed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta
from typing import Generic, TypeVar

V = TypeVar("V")


class Recent(Generic[V]):
    """The last value marked for each user, for `window` after it was marked."""

    def __init__(self, window: timedelta, *, limit: int = 10_000) -> None:
        self._window = window
        self._limit = limit
        self._at: OrderedDict[int, tuple[datetime, V]] = OrderedDict()  # oldest first

    def mark(self, user_id: int, now: datetime, value: V) -> None:
        """`user_id` was told `value` at `now`."""
        self._at[user_id] = (now, value)
        self._at.move_to_end(user_id)
        while self._at and (
            len(self._at) > self._limit or now - next(iter(self._at.values()))[0] > self._window
        ):
            self._at.popitem(last=False)  # the oldest: over the bound or out of its window

    def get(self, user_id: int, now: datetime) -> V | None:
        """What `user_id` was told no longer than the window before `now`, else None."""
        found = self._at.get(user_id)
        if found is None or not timedelta(0) <= now - found[0] <= self._window:
            return None
        return found[1]

    def forget(self, user_id: int) -> None:
        """`user_id` moved on to another subject."""
        self._at.pop(user_id, None)

    def __len__(self) -> int:
        return len(self._at)
