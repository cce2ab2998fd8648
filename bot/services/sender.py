"""The one sender: drains the outbox at Telegram's pace, retries what may pass, reports the rest.

Pacing: the outbox's share of the bot's one sending budget (bot.services.ratelimit: a fixed
interval of 1/per_second under a sliding one-second cap, direct replies first), at most one
message per chat every `per_chat_interval` seconds, messages to one chat in queue order.
Outcomes:

- sent: the row keeps Telegram's message id (an admin's reply to it can be traced back);
- 429: the whole bot pauses for `retry_after`, the message goes back to the queue;
- network errors, timeouts, 5xx: retried with exponential backoff, up to MAX_ATTEMPTS;
- 403 (blocked) and 400 chat not found: failed for good, and the officer marked inactive;
- any other 400: failed for good (the message itself is wrong).

Final outcomes (sent, failed) are written in batches: one transaction takes every outcome that
arrived since the last one (a group commit: while one batch commits, the next gathers), and
the claim of more work writes what is waiting first. A crash leaves claimed rows in `sending`;
`start` puts them back, so they are sent again: at-least-once. A duplicate is possible for a
message in flight at the crash (sent, Telegram's answer not yet back), for one answered but
whose outcome was not yet committed (at most one commit's time: a few milliseconds, about one
message at 29/s), and for one whose answer never came back (a read timeout after Telegram had
delivered it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
import warnings
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.services.background import Background
from bot.services.ratelimit import SendBudget
from storage import attachments, officers, outbox
from storage.attachments import Attachment
from storage.db import Database, Tx
from storage.outbox import Failure, Outgoing

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
RECORD_TRIES = 3
MAX_BACKOFF_S = 300.0
IDLE_POLL_S = 1.0

Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What Telegram said about one send, waiting to be written with the next batch."""

    item: Outgoing
    message_id: int | None = None  # sent
    failure: Failure | None = None  # failed for good
    error: str = ""
    deactivate: bool = False


class Sender:
    """Drains the outbox in the background between `start` and `stop`."""

    def __init__(
        self,
        db: Database,
        bot: Bot,
        *,
        per_second: float,
        per_chat_interval: float = 1.0,
        clock: Clock = time.monotonic,
        retry_base: float = 2.0,
        on_settled: Callable[[Outgoing], Awaitable[None]] | None = None,
        budget: SendBudget | None = None,
    ) -> None:
        self._db = db
        self._bot = bot
        # The bot's whole budget when shared with direct replies (AppState.send_budget).
        self._budget = budget or SendBudget(per_second, clock=clock)
        self._per_second = self._budget.per_second
        self._per_chat_interval = per_chat_interval
        self._clock = clock
        self._retry_base = retry_base  # seconds before the first retry; doubles each time
        self._on_settled = on_settled
        self._wake = asyncio.Event()
        self._loop = Background("outbox-sender", self._run)
        self._stopping = False
        self._chat_ready: dict[int, float] = {}  # chat id -> monotonic time it may get more
        self._chat_busy: set[int] = set()  # chats with a send in flight: one at a time, in order
        self._in_flight: set[asyncio.Task[None]] = set()
        # One send in flight per slot of a second: with a 0.3 s round trip, 9 are needed at 29/s.
        self._limit = asyncio.Semaphore(max(1, math.ceil(self._per_second)))
        self._outcomes: list[_Outcome] = []  # answered by Telegram, not yet written
        self._writer: asyncio.Task[None] | None = None  # writes `_outcomes` while there are any
        self._uploads: dict[int, asyncio.Lock] = {}  # attachment id -> its first upload
        self.idle = asyncio.Event()

    @property
    def budget(self) -> SendBudget:
        """The sending budget the sender draws from (shared with direct replies in the app)."""
        return self._budget

    @property
    def busy(self) -> bool:
        """Whether sends are under way."""
        return bool(self._in_flight)

    def wake(self) -> None:
        """Something was queued: look now rather than at the next poll."""
        self._wake.set()

    async def start(self) -> None:
        """Requeue what a crash left half-sent, then start draining."""
        self._stopping = False
        async with self._db.transaction() as tx:
            recovered = await outbox.recover(tx)
        if recovered:
            log.warning("%d messages were being sent at the last stop; sending again", recovered)
        self._loop.start()

    async def stop(self) -> None:
        """Stop taking new rows; let sends in flight finish (their outcome is recorded)."""
        self._stopping = True  # even a round that swallowed the cancellation ends the loop
        await self._loop.stop()
        await self._wait_in_flight()
        await self._outcomes_written()

    async def _wait_in_flight(self) -> None:
        # asyncio.wait, not gather: cancelling the waiter (at stop) must not cancel the sends.
        if self._in_flight:
            await asyncio.wait(set(self._in_flight))

    # --- the loop ----------------------------------------------------------------------------

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._round()
            except Exception:
                if self._stopping:
                    return
                # The sender must outlive a bad round (a locked database, a bug): what was
                # claimed goes back to the queue, and the next round tries again.
                log.exception("outbox sender round failed; retrying in %s s", IDLE_POLL_S)
                # Sends in flight finish and their outcomes are written first: then every row
                # still 'sending' was claimed but never tried, and can go back without risking
                # a duplicate (if the outcomes cannot be written, nothing goes back).
                await self._wait_in_flight()
                with contextlib.suppress(Exception):
                    async with self._recording() as tx:
                        await outbox.recover(tx)
                await asyncio.sleep(IDLE_POLL_S)

    async def _round(self) -> None:
        """Claim and send what is due, or wait until something is."""
        self._wake.clear()
        # Outcomes first, in the same commit: a chat whose last message was just sent can be
        # claimed again, and the outcomes cost no transaction of their own.
        async with self._recording() as tx:
            # About two seconds of sending per batch: a message queued meanwhile (an approval
            # during a big broadcast) waits at most that long to be claimed.
            batch = await outbox.claim(tx, limit=max(10, int(self._per_second * 2)))
        if batch:
            self.idle.clear()
            await self._drain(batch)
            return
        if self._in_flight:
            await self._wait_in_flight()
            return
        self.idle.set()
        async with self._db.transaction(write=False) as tx:
            due_in = await outbox.next_due_in(tx)
        # Sleep until woken by new work, the next retry falls due, or the poll interval.
        wait = IDLE_POLL_S if due_in is None else min(IDLE_POLL_S, max(due_in, 0.005))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def _drain(self, batch: list[Outgoing]) -> None:
        """Send a claimed batch: chats in turn, each chat's messages in order."""
        queues: dict[int, deque[Outgoing]] = {}
        for item in batch:
            queues.setdefault(item.chat_id, deque()).append(item)
        while queues:
            now = self._clock()
            ready = [
                chat
                for chat in queues
                if chat not in self._chat_busy and self._chat_ready.get(chat, 0.0) <= now
            ]
            if not ready:
                waits = [self._chat_ready.get(chat, 0.0) - now for chat in queues]
                await asyncio.sleep(min(max(min(waits), 0.001), 0.05))
                continue
            # Bulk copies (broadcasts) after everything else, then oldest first.
            ready.sort(key=lambda chat: (queues[chat][0].bulk, queues[chat][0].id))
            for chat in ready:
                await self._budget.bulk()
                if chat not in queues:  # a retry held this chat back meanwhile (slot unused)
                    continue
                item = queues[chat].popleft()
                if not queues[chat]:
                    del queues[chat]
                self._chat_ready[chat] = self._clock() + self._per_chat_interval
                self._chat_busy.add(chat)
                await self._limit.acquire()
                task = asyncio.create_task(self._deliver(item, queues))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)

    async def _deliver(self, item: Outgoing, queues: dict[int, deque[Outgoing]]) -> None:
        try:
            await self._attempt(item, queues)
        except Exception:  # a bug must not kill the sender: log it, retry later (capped)
            log.exception("unexpected error sending outbox row %s", item.id)
            with contextlib.suppress(Exception):
                if item.attempts + 1 >= MAX_ATTEMPTS:
                    await self._fail(item, Failure.GAVE_UP, "internal error", deactivate=False)
                else:
                    async with self._recording() as tx:
                        await outbox.retry_later(
                            tx, item.id, timedelta(seconds=30), "internal error"
                        )
        finally:
            self._chat_busy.discard(item.chat_id)
            self._limit.release()

    async def _attempt(self, item: Outgoing, queues: dict[int, deque[Outgoing]]) -> None:
        try:
            message = await self._send(item)
        except RetryAfter as error:
            pause = _retry_after(error)
            self._budget.pause(pause)
            await self._requeue(
                item, queues, timedelta(seconds=pause), f"429: {error}", count=False
            )
            return
        except Forbidden as error:
            await self._fail(item, Failure.BLOCKED, str(error), deactivate=True)
            return
        except BadRequest as error:
            gone = "chat not found" in str(error).lower()
            failure = Failure.NOT_FOUND if gone else Failure.INVALID
            await self._fail(item, failure, str(error), deactivate=gone)
            return
        except (NetworkError, TelegramError) as error:  # timeouts, 5xx, dropped connections
            if item.attempts + 1 >= MAX_ATTEMPTS:
                await self._fail(item, Failure.GAVE_UP, str(error), deactivate=False)
            else:
                delay = min(MAX_BACKOFF_S, self._retry_base * 2.0**item.attempts)
                await self._requeue(item, queues, timedelta(seconds=delay), str(error))
            return
        self._settle(_Outcome(item, message_id=message.message_id))

    # --- outcomes, written in batches ----------------------------------------------------------

    def _settle(self, outcome: _Outcome) -> None:
        """Telegram has answered for good: write it with the next batch, never send it again."""
        self._outcomes.append(outcome)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_loop(), name="outbox-outcomes")

    async def _write_loop(self) -> None:
        """Write outcomes while there are any: each commit takes all that came meanwhile."""
        failures = 0
        while self._outcomes:
            try:
                async with self._recording():
                    pass
            except Exception:
                failures += 1
                if failures == RECORD_TRIES:
                    # Kept and retried: dropping them would resend what Telegram already has
                    # (they stay 'sending' until written, and only a crash sends them again).
                    log.exception("could not record %d outbox outcomes", len(self._outcomes))
                await asyncio.sleep(min(0.5 * failures, 5.0))
            else:
                failures = 0
                # A chat's next message is claimable only once its last one is written: a
                # sender gone idle meanwhile must look again now, not at its next poll.
                self._wake.set()

    @asynccontextmanager
    async def _recording(self) -> AsyncIterator[Tx]:
        """A write transaction that first writes every outcome waiting (taken once the lock is
        held, so outcomes that came while waiting for it go too); if it fails, they wait."""
        taken: list[_Outcome] = []
        try:
            async with self._db.transaction() as tx:
                taken, self._outcomes = self._outcomes, []
                for outcome in taken:
                    item = outcome.item
                    if outcome.failure is None:
                        await outbox.sent(tx, item.id, outcome.message_id or 0)
                        # Delivered to someone marked blocked: they unblocked the bot.
                        await officers.restore_after_delivery(tx, item.chat_id)
                    else:
                        await outbox.failed(tx, item.id, outcome.failure, outcome.error)
                        if outcome.deactivate:
                            await officers.mark_blocked(tx, item.chat_id)
                yield tx
        except BaseException:
            self._outcomes[:0] = taken
            raise
        for outcome in taken:
            if outcome.failure is not None:
                item = outcome.item
                log.info(
                    "outbox row %s to chat %s failed (%s): %s",
                    item.id, item.chat_id, outcome.failure, outcome.error,
                )  # fmt: skip
            await self._settled(outcome.item)

    async def _outcomes_written(self) -> None:
        """At stop: let the writer finish, then write what is left (RECORD_TRIES tries)."""
        if self._writer is not None:
            await asyncio.wait({self._writer}, timeout=RECORD_TRIES * 2.0)
        for attempt in range(RECORD_TRIES):
            if not self._outcomes:
                return
            try:
                async with self._recording():
                    pass
            except Exception:
                if attempt + 1 == RECORD_TRIES:
                    # Left 'sending': the next start sends them again (duplicates, logged here).
                    log.exception("could not record %d outbox outcomes", len(self._outcomes))
                    return
                await asyncio.sleep(0.5 * (attempt + 1))

    async def _send(self, item: Outgoing) -> Message:
        markup = (
            None
            if item.markup is None
            else InlineKeyboardMarkup.de_json(dict(item.markup), self._bot)
        )
        if item.kind == "photo":
            return await self._bot.send_photo(
                item.chat_id, item.file_id or "", caption=item.text,
                parse_mode=ParseMode.HTML, reply_markup=markup,
            )  # fmt: skip
        if item.kind == "document":
            source, attachment = await self._document_source(item)
            if attachment is None or attachment.file_id is not None:
                return await self._send_document(item, source, markup)
            # The first send uploads; sends of the same file wait for its id, not upload again.
            async with self._uploads.setdefault(attachment.id, asyncio.Lock()):
                source, attachment = await self._document_source(item)
                message = await self._send_document(item, source, markup)
                if attachment is not None and attachment.file_id is None and message.document:
                    async with self._db.transaction() as tx:
                        await attachments.remember_file_id(
                            tx, attachment.id, message.document.file_id
                        )
            return message
        return await self._bot.send_message(
            item.chat_id, item.text or "", parse_mode=ParseMode.HTML, reply_markup=markup,
            disable_web_page_preview=True,
        )  # fmt: skip

    async def _send_document(
        self, item: Outgoing, source: str | InputFile, markup: InlineKeyboardMarkup | None
    ) -> Message:
        return await self._bot.send_document(
            item.chat_id, source, caption=item.text, parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )  # fmt: skip

    async def _document_source(self, item: Outgoing) -> tuple[str | InputFile, Attachment | None]:
        """A file id to send, or the bytes of a file the bot made (uploaded once, then by id)."""
        if item.attachment_id is None:
            return item.file_id or "", None
        async with self._db.transaction(write=False) as tx:
            attachment = await attachments.get(tx, item.attachment_id)
        if attachment is None:  # pragma: no cover - rows reference attachments by foreign key
            return item.file_id or "", None
        if attachment.file_id is not None:
            return attachment.file_id, attachment
        return InputFile(attachment.data, filename=attachment.name), attachment

    async def _requeue(
        self,
        item: Outgoing,
        queues: dict[int, deque[Outgoing]],
        delay: timedelta,
        error: str,
        *,
        count: bool = True,
    ) -> None:
        # Later messages to the same chat wait too, so the chat still reads them in order.
        held = list(queues.pop(item.chat_id, ()))
        async with self._recording() as tx:  # outcomes waiting go with it, for free
            await outbox.retry_later(tx, item.id, delay, error, count=count)
            await outbox.release(tx, [h.id for h in held])
        self._chat_ready[item.chat_id] = self._clock() + delay.total_seconds()

    async def _fail(
        self, item: Outgoing, failure: Failure, error: str, *, deactivate: bool
    ) -> None:
        self._settle(_Outcome(item, failure=failure, error=error, deactivate=deactivate))

    async def _settled(self, item: Outgoing) -> None:
        if self._on_settled is not None:
            await self._on_settled(item)


def _retry_after(error: RetryAfter) -> float:
    # PTB 22 warns that retry_after becomes a timedelta; accept either without the warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def utc_in(seconds: float) -> datetime:
    """A moment `seconds` from now, for scheduling a message."""
    return datetime.now(UTC) + timedelta(seconds=seconds)
