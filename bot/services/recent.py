"""Who was just told something a short follow-up may build on: bounded, in memory only.

PTB's `user_data` would keep a dict per user forever once touched (strangers included), so
the bot keeps its own map and forgets entries once their window has passed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta


class Recent:
    """When each user last got a given kind of answer, for `window` after it."""

    def __init__(self, window: timedelta, *, limit: int = 10_000) -> None:
        self._window = window
        self._limit = limit
        self._at: OrderedDict[int, datetime] = OrderedDict()  # oldest first

    def mark(self, user_id: int, now: datetime) -> None:
        """`user_id` got the answer at `now`."""
        self._at[user_id] = now
        self._at.move_to_end(user_id)
        while self._at and (
            len(self._at) > self._limit or now - next(iter(self._at.values())) > self._window
        ):
            self._at.popitem(last=False)  # the oldest: over the bound or out of its window

    def within(self, user_id: int, now: datetime) -> bool:
        """Whether `user_id` got the answer no longer than the window before `now`."""
        at = self._at.get(user_id)
        return at is not None and timedelta(0) <= now - at <= self._window

    def forget(self, user_id: int) -> None:
        """`user_id` moved on to another subject."""
        self._at.pop(user_id, None)

    def __len__(self) -> int:
        return len(self._at)
