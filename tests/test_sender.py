"""The outbox sender against the Bot API stand-in: pacing, retries, failures, restarts."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.services.sender import Sender
from bot.standin import BotApiStandIn
from storage import officers, outbox
from storage.db import Database
from storage.migrations import migrate
from storage.outbox import Failure, State

TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "outbox.db", synchronous="NORMAL")
    await migrate(database)
    yield database
    await database.close()


@pytest.fixture
def standin() -> BotApiStandIn:
    fake = BotApiStandIn()
    for chat in range(1, 61):
        fake.add_user(chat, f"Petugas {chat}")
    return fake


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    transport = httpx.MockTransport(standin.handle)
    request = HTTPXRequest(connection_pool_size=8, httpx_kwargs={"transport": transport})
    async with Bot(TOKEN, request=request) as telegram_bot:
        yield telegram_bot


def sender(db: Database, bot: Bot, **kwargs: float) -> Sender:
    options = {"per_second": 30.0, "per_chat_interval": 0.0, "retry_base": 0.02, **kwargs}
    return Sender(db, bot, **options)  # type: ignore[arg-type]


async def queue(db: Database, *items: tuple[str, int, str]) -> None:
    async with db.transaction() as tx:
        for key, chat, text in items:
            await outbox.enqueue(tx, key, chat, text, ref="test")


async def drained(db: Database, within: float = 10.0) -> dict[str, int]:
    deadline = time.monotonic() + within
    while True:
        async with db.transaction(write=False) as tx:
            left = await outbox.backlog(tx)
            counts = await outbox.count_by_state(tx, "test")
        if not left:
            return counts
        if time.monotonic() > deadline:
            raise AssertionError(f"not drained: {counts}")
        await asyncio.sleep(0.01)


async def drain_with(db: Database, bot: Bot, **kwargs: float) -> dict[str, int]:
    """Run a sender until the outbox is empty; return the outcome counts."""
    worker = sender(db, bot, **kwargs)
    await worker.start()
    try:
        return await drained(db)
    finally:
        await worker.stop()


def texts_to(standin: BotApiStandIn, chat: int) -> list[str | None]:
    return [m.text for m in standin.messages_for(chat)]


async def test_queueing_the_same_key_twice_queues_once(db: Database):
    async with db.transaction() as tx:
        assert await outbox.enqueue(tx, "k", 1, "satu") is True
        assert await outbox.enqueue(tx, "k", 1, "dua") is False
        assert await outbox.backlog(tx) == 1


async def test_everything_queued_is_sent_once(db, bot, standin):
    await queue(db, *[(f"m{i}", 1 + i % 10, f"pesan {i}") for i in range(40)])
    assert await drain_with(db, bot) == {"sent": 40}
    sent = Counter(m.text for m in standin.sent)
    assert len(sent) == 40
    assert set(sent.values()) == {1}


async def test_429_pauses_and_retries_without_loss_or_duplicate(db, bot, standin):
    standin.fail_next("sendMessage", status=429, description="Too Many Requests", retry_after=1)
    await queue(db, ("a", 1, "pertama"), ("b", 1, "kedua"), ("c", 2, "lain"))
    worker = sender(db, bot)
    started = time.monotonic()
    await worker.start()
    try:
        assert await drained(db) == {"sent": 3}
    finally:
        await worker.stop()
    assert time.monotonic() - started >= 0.9  # the retry_after was honoured
    assert texts_to(standin, 1) == ["pertama", "kedua"]  # still in order for that chat
    assert standin.stats.too_many == 1


async def test_server_errors_and_timeouts_are_retried_with_backoff(db, bot, standin):
    standin.fail_next("sendMessage", status=500, description="Internal Server Error", times=3)
    await queue(db, ("a", 1, "akhirnya sampai"))
    assert await drain_with(db, bot) == {"sent": 1}
    assert texts_to(standin, 1) == ["akhirnya sampai"]
    async with db.transaction(write=False) as tx:
        row = (await outbox.by_ref(tx, "test"))[0]
    assert row.attempts == 4


async def test_endless_server_errors_give_up_and_say_so(db, bot, standin):
    standin.fail_next("sendMessage", status=502, description="Bad Gateway", times=50)
    await queue(db, ("a", 1, "tidak pernah"))
    assert await drain_with(db, bot) == {"failed:gave_up": 1}


async def test_blocked_user_is_marked_inactive_and_not_retried(db, bot, standin):
    async with db.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        await tx.execute("UPDATE officers SET status = 'active' WHERE user_id = 5")
    standin.blocked.add(5)
    await queue(db, ("a", 5, "halo"), ("b", 6, "halo juga"))
    worker = sender(db, bot)
    await worker.start()
    try:
        counts = await drained(db)
    finally:
        await worker.stop()
    assert counts == {"sent": 1, "failed:blocked": 1}
    assert standin.stats.requests == 2  # one try each: a 403 is never retried
    async with db.transaction() as tx:
        blocked = await officers.get(tx, 5)
        assert blocked is not None
        assert blocked.status == "inactive"
        back = await officers.reactivate(tx, 5)
    assert back is not None
    assert back.status == "active"  # unblocking restores what they were


async def test_unknown_chat_is_a_permanent_failure(db, bot, standin):
    await queue(db, ("a", 999_999, "ke mana?"))
    assert await drain_with(db, bot) == {"failed:not_found": 1}


async def test_one_message_per_chat_per_interval(db, bot, standin):
    await queue(db, *[(f"m{i}", 1, f"pesan {i}") for i in range(4)])
    worker = sender(db, bot, per_chat_interval=0.2)
    await worker.start()
    try:
        await drained(db)
    finally:
        await worker.stop()
    times = standin.sent_times[1]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4
    # Paced, not back to back; the stand-in stamps arrival, a little jittered (0.18997 s seen).
    assert min(gaps) >= 0.18
    assert texts_to(standin, 1) == [f"pesan {i}" for i in range(4)]


async def test_global_pace_is_kept_under_telegram_like_limits(db, bot, standin):
    standin.enforce_limits(per_second=20, per_chat_per_second=1)
    await queue(db, *[(f"m{i}", 1 + i, f"pesan {i}") for i in range(50)])
    worker = sender(db, bot, per_second=19)
    started = time.monotonic()
    await worker.start()
    try:
        assert await drained(db) == {"sent": 50}
    finally:
        await worker.stop()
    assert standin.stats.too_many == 0
    assert time.monotonic() - started >= 1.5  # 50 messages at 19/s cannot take less


async def test_a_crash_mid_send_resends_what_was_in_flight(db, bot, standin):
    await queue(db, ("a", 1, "satu"), ("b", 2, "dua"))
    async with db.transaction() as tx:
        claimed = await outbox.claim(tx)  # a sender took them... and the process died
    assert {row.state for row in claimed} == {State.PENDING}  # returned as read
    assert await drain_with(db, bot) == {"sent": 2}


async def test_restart_mid_drain_sends_the_rest_and_nothing_twice(db, bot, standin):
    standin.response_delay = 0.01
    await queue(db, *[(f"m{i}", 1 + i % 30, f"pesan {i}") for i in range(60)])
    first = sender(db, bot, per_second=30)
    await first.start()
    await asyncio.sleep(0.3)
    await first.stop()  # a restart: what was in flight finishes and is recorded
    async with db.transaction(write=False) as tx:
        partial = await outbox.count_by_state(tx, "test")
    assert 0 < partial.get("sent", 0) < 60
    second = sender(db, bot, per_second=30)
    await second.start()
    try:
        assert await drained(db) == {"sent": 60}
    finally:
        await second.stop()
    assert set(Counter(m.text for m in standin.sent).values()) == {1}


async def test_stop_with_an_empty_outbox_is_quick(db, bot):
    worker = sender(db, bot)
    await worker.start()
    started = time.monotonic()
    await worker.stop()
    assert time.monotonic() - started < 0.5


def test_failure_reasons_are_the_documented_ones():
    assert {f.value for f in Failure} == {"blocked", "not_found", "invalid", "gave_up"}


async def test_a_failing_round_does_not_kill_the_sender(db, bot, standin, monkeypatch):
    calls = {"n": 0}
    real_claim = outbox.claim

    async def flaky_claim(tx, limit=outbox.CLAIM_BATCH):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("database is locked")
        return await real_claim(tx, limit)

    monkeypatch.setattr(outbox, "claim", flaky_claim)
    monkeypatch.setattr("bot.services.sender.IDLE_POLL_S", 0.05)
    await queue(db, ("a", 1, "tetap sampai"))
    assert await drain_with(db, bot) == {"sent": 1}
    assert texts_to(standin, 1) == ["tetap sampai"]


class DroppingTransport(httpx.AsyncBaseTransport):
    """The stand-in behind a flaky link: the first `drops` sends never reach it."""

    def __init__(self, standin: BotApiStandIn, drops: int) -> None:
        self._inner = httpx.MockTransport(standin.handle)
        self.drops = drops

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sendMessage") and self.drops:
            self.drops -= 1
            raise httpx.ConnectError("connection reset by peer", request=request)
        return await self._inner.handle_async_request(request)


async def test_dropped_connections_are_retried(db, standin):
    transport = DroppingTransport(standin, drops=2)
    request = HTTPXRequest(connection_pool_size=8, httpx_kwargs={"transport": transport})
    async with Bot(TOKEN, request=request) as flaky:
        await queue(db, ("a", 1, "lewat jaringan lemah"))
        worker = sender(db, flaky)
        await worker.start()
        try:
            assert await drained(db) == {"sent": 1}
        finally:
            await worker.stop()
    assert texts_to(standin, 1) == ["lewat jaringan lemah"]


async def test_stop_lets_a_send_in_flight_finish(db, bot, standin):
    standin.response_delay = 0.3
    await queue(db, ("a", 1, "sedang dikirim"))
    worker = sender(db, bot)
    await worker.start()
    await asyncio.sleep(0.1)  # the send is on the wire
    await worker.stop()
    async with db.transaction(write=False) as tx:
        assert await outbox.count_by_state(tx, "test") == {"sent": 1}  # not left 'sending'


async def test_failing_to_record_sent_does_not_resend(db, bot, standin, monkeypatch):
    real_sent = outbox.sent
    failures = {"left": 1}

    async def flaky_sent(tx, outgoing_id, message_id):
        if failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("database is locked")
        await real_sent(tx, outgoing_id, message_id)

    monkeypatch.setattr(outbox, "sent", flaky_sent)
    await queue(db, ("a", 1, "sekali saja"))
    assert await drain_with(db, bot) == {"sent": 1}
    assert texts_to(standin, 1) == ["sekali saja"]


async def test_a_message_scheduled_for_later_does_not_hold_the_chat(db, bot, standin):
    from bot.services.sender import utc_in

    async with db.transaction() as tx:
        await outbox.enqueue(tx, "later", 1, "pengingat besok", ref="test", not_before=utc_in(3600))
        await outbox.enqueue(tx, "now", 1, "sekarang", ref="test")
    worker = sender(db, bot)
    await worker.start()
    try:
        deadline = time.monotonic() + 5
        while texts_to(standin, 1) != ["sekarang"]:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
    finally:
        await worker.stop()


async def test_a_failed_first_part_takes_its_follow_ups_with_it(db, bot, standin):
    async with db.transaction() as tx:
        await outbox.enqueue(tx, "m", 1, "foto", kind="photo", file_id="tidak-ada", ref="test")
        await outbox.enqueue(tx, "m#2", 1, "sisa keterangan", ref="test")
    assert await drain_with(db, bot) == {"failed:invalid": 2}
    assert standin.messages_for(1) == []  # no orphan follow-up


async def test_an_alert_is_not_stuck_behind_a_broadcast(db, bot, standin):
    async with db.transaction() as tx:
        for chat in range(1, 41):
            await outbox.enqueue(tx, f"b{chat}", chat, "siaran", ref="test", bulk=True)
        await outbox.enqueue(tx, "alert", 50, "persetujuan", ref="test")
    worker = sender(db, bot, per_second=10)
    await worker.start()
    try:
        deadline = time.monotonic() + 5
        while "persetujuan" not in texts_to(standin, 50):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        sent_before = sum(1 for m in standin.sent if m.text == "siaran")
    finally:
        await worker.stop()
    assert sent_before <= 12  # went out in the first second, not after all 40


class Gate:
    """The stand-in behind a slow link: each send waits until the test lets it through."""

    def __init__(self, standin: BotApiStandIn) -> None:
        self._handle = standin.handle
        self._passes = asyncio.Semaphore(0)
        self.waiting = 0  # sends on the wire: received by "Telegram", not yet answered

    async def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sendMessage"):
            self.waiting += 1
            try:
                await self._passes.acquire()
            finally:
                self.waiting -= 1
        return await self._handle(request)

    def let_through(self, count: int) -> None:
        for _ in range(count):
            self._passes.release()


async def until(condition, what: str, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never: {what}")
        await asyncio.sleep(0.005)


def committed_copy(source: Path, target: Path) -> None:
    """What a SIGKILL would leave on disk now: every committed transaction, nothing else."""
    live, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        live.backup(copy)
    finally:
        copy.close()
        live.close()


async def test_a_crash_between_batches_resends_only_what_was_in_flight(
    db, standin, tmp_path, monkeypatch
):
    chats = range(1, 21)
    await queue(db, *[(f"m{chat}", chat, f"pesan {chat}") for chat in chats])
    writes: list[object] = []  # the transaction each 'sent' outcome was written in
    real_sent = outbox.sent

    async def noted_sent(tx, outgoing_id, message_id):
        writes.append(tx)
        await real_sent(tx, outgoing_id, message_id)

    monkeypatch.setattr(outbox, "sent", noted_sent)
    gate = Gate(standin)
    request = HTTPXRequest(
        connection_pool_size=32, httpx_kwargs={"transport": httpx.MockTransport(gate.handle)}
    )
    async with Bot(TOKEN, request=request) as slow:
        first = sender(db, slow, per_second=1000)
        await first.start()

        async def all_on_the_wire() -> bool:
            return gate.waiting == 20

        await until(all_on_the_wire, "20 sends on the wire")
        gate.let_through(12)  # twelve answers come back together

        async def twelve_written() -> bool:
            async with db.transaction(write=False) as tx:
                return (await outbox.count_by_state(tx, "test")).get("sent") == 12

        await until(twelve_written, "12 outcomes written")
        assert len(writes) == 12
        assert len({id(tx) for tx in writes}) == 1  # in one transaction, not twelve

        in_flight = gate.waiting
        committed_copy(db.path, tmp_path / "after-crash.db")  # the crash, between batches
        gate.let_through(in_flight)  # Telegram still delivers what was on the wire
        await first.stop()

    assert in_flight == 8
    assert len(standin.sent) == 20
    # The restart: a new sender on what the crash left, Telegram answering at once.
    crashed = await Database.open(tmp_path / "after-crash.db", synchronous="NORMAL")
    request = HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(standin.handle)})
    try:
        async with Bot(TOKEN, request=request) as fresh:
            assert await drain_with(crashed, fresh) == {"sent": 20}
    finally:
        await crashed.close()
    resent = len(standin.sent) - 20
    assert resent <= in_flight  # at-least-once, and no more than the crash caught mid-send
    assert {m.chat_id for m in standin.sent} == set(chats)
