"""The bot's one sending budget: replies first, the outbox paced in what they leave."""

from __future__ import annotations

import asyncio
import itertools
import json

import httpx
import pytest
from telegram.error import RetryAfter

from bot.services.ratelimit import SendBudget
from bot.services.retrying import RetryingRequest
from tests.auxil.harness import ADMIN, OFFICER, Harness


class FakeTime:
    """A monotonic clock the budget's sleeps move forward (nothing really waits)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def budget_at(per_second: float, time: FakeTime, **kwargs: float) -> SendBudget:
    return SendBudget(per_second, clock=time, sleep=time.sleep, **kwargs)


def busiest_second(starts: list[float]) -> int:
    """The most sends started within any one second."""
    return max(sum(1 for t in starts if s <= t < s + 1.0) for s in starts)


async def bulk_starts(budget: SendBudget, time: FakeTime, count: int) -> list[float]:
    starts = []
    for _ in range(count):
        await budget.bulk()
        starts.append(time.now)
    return starts


def gaps(starts: list[float]) -> list[float]:
    return [round(b - a, 6) for a, b in itertools.pairwise(starts)]


async def test_the_outbox_goes_at_a_fixed_interval():
    time = FakeTime()
    starts = await bulk_starts(budget_at(10, time), time, 60)
    assert gaps(starts).count(0.0) == 1  # two at once after an idle spell, once...
    assert set(gaps(starts)[-40:]) == {0.1}  # ...then one every 1/10 s
    assert busiest_second(starts) <= 10


async def test_a_late_timer_costs_no_rate():
    on_time, late = FakeTime(), FakeTime()
    steady = await bulk_starts(budget_at(10, on_time), on_time, 40)
    budget = budget_at(10, late)
    stalled = await bulk_starts(budget, late, 20)
    late.now += 0.08  # the event loop was busy: the timer fired late (by under an interval)
    stalled += await bulk_starts(budget, late, 20)
    assert stalled[-1] == pytest.approx(steady[-1])  # the next send made it up
    assert busiest_second(stalled) <= 10


async def test_a_pause_is_honoured_and_not_followed_by_a_bunch():
    time = FakeTime()
    budget = budget_at(10, time)
    await bulk_starts(budget, time, 20)
    paused_at = time.now
    budget.pause(1.0)
    starts = await bulk_starts(budget, time, 20)
    assert starts[0] >= paused_at + 1.0
    assert gaps(starts).count(0.0) <= 1
    assert busiest_second(starts) <= 10


async def test_the_outbox_counts_replies_and_both_stay_under_telegrams_cap():
    time = FakeTime()
    budget = budget_at(10, time)
    starts, bulk = [], []
    for index in range(60):
        if index % 3:
            await budget.bulk()
            bulk.append(time.now)
        else:
            await budget.reply()
        starts.append(time.now)
    # The outbox starts a send only while the last second holds fewer than 10, replies counted.
    for moment in bulk:
        assert sum(1 for t in starts if moment - 1.0 < t < moment) < 10


async def test_a_reply_does_not_wait_behind_the_outbox():
    time = FakeTime()
    budget = budget_at(10, time)
    for _ in range(25):  # a broadcast going out at full pace
        await budget.bulk()
    before = time.now
    await budget.reply()
    assert time.now == before  # at once: a reply waits only for Telegram's own limit
    replied = time.now
    await budget.bulk()
    assert time.now - replied >= 0.1  # the outbox made room for it


async def test_replies_never_wait_and_the_outbox_makes_room():
    """PTB's AIORateLimiter paces replies to Telegram's limit; the budget only counts them."""
    time = FakeTime()
    budget = budget_at(10, time)
    for _ in range(40):  # a burst of replies beyond the outbox's rate
        await budget.reply()
    assert time.now == 100.0  # none waited
    assert budget.try_bulk() > 0  # the outbox waits for the second to clear
    await budget.bulk()
    assert time.now >= 101.0


async def test_a_429_pauses_the_outbox_but_not_replies():
    time = FakeTime()
    budget = budget_at(10, time)
    budget.pause(3.0)
    assert budget.try_bulk() == pytest.approx(3.0)
    before = time.now
    await budget.reply()
    assert time.now == before
    time.now += 3.0
    assert budget.try_bulk() == 0.0


async def test_a_429_to_a_reply_pauses_the_outbox():
    def flooded(request: httpx.Request) -> httpx.Response:
        body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7"}
        body["parameters"] = {"retry_after": 7}
        return httpx.Response(429, content=json.dumps(body).encode())

    budget = SendBudget(25)
    request = RetryingRequest(
        budget=budget, httpx_kwargs={"transport": httpx.MockTransport(flooded)}
    )
    await request.initialize()
    try:
        with pytest.raises(RetryAfter):
            await request.post("http://bot.invalid/bot123:T/sendMessage", None)
    finally:
        await request.shutdown()
    assert budget.recent == 1  # the reply took its slot
    assert budget.try_bulk() > 6  # and the outbox waits out Telegram's retry_after


async def test_direct_replies_and_the_outbox_share_one_budget(bot: Harness):
    state = bot.app.bot_data
    assert state.sender is not None
    budget = state.sender.budget
    assert budget is state.send_budget
    before = budget.recent
    await bot.send(OFFICER, "/bantuan")  # a direct reply
    replied = budget.recent
    assert replied > before
    await bot.register(OFFICER)  # the admins' registration request goes by the outbox
    assert any("Setujui" in str(m.reply_markup) for m in bot.standin.messages_for(ADMIN))
    assert budget.recent > replied


def test_the_budget_is_the_configured_rate_outside_tests(settings):
    from bot.app import build_application

    application = build_application(settings, "123456:TEST")
    assert application.bot_data.send_budget is not None
    assert application.bot_data.send_budget.per_second == settings.delivery.max_per_second
