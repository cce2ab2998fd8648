"""Updates of different users handled at once, each user's own updates strictly in order.

PTB handles updates one at a time by default, so one slow update (a commit waiting for the
disk, a Telegram call taking a second on a bad network) holds up every other officer's reply.
A form is a conversation: one user's answers must be handled in the order they were typed, or
an answer could land on the wrong question. So: a lock per user, and up to MAX_CONCURRENT
users' updates in flight. The database stays consistent regardless: every unit of work is one
transaction, and transactions are serialised (storage/db.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 16


class PerUserOrder(BaseUpdateProcessor):
    """Concurrent across users, sequential within one user (or chat, for updates with no
    user)."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent_updates)
        # user id -> [its lock, how many updates hold or wait for it]; dropped when unused,
        # so the table holds only users with an update in flight.
        self._locks: dict[object, list[Any]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run `coroutine` once this user's earlier updates are done."""
        key = _key(update)
        entry = self._locks.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _key(update: object) -> object:
    """Whose turn this update waits for: the user, else the chat, else one shared queue."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
    return ("other",)
