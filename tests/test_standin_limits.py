"""Tests for the stand-in's opt-in flood control (429 Too Many Requests) and send statistics."""

import asyncio
import contextlib
import datetime as dtm
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, RetryAfter
from telegram.request import HTTPXRequest

from bot.standin import BotApiStandIn, serve

USER = 111
OTHER = 222
CHATS = range(1001, 1041)  # 40 chats for broadcasts
TOKEN = "123:TEST"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def mock_request(standin: BotApiStandIn) -> HTTPXRequest:
    return HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(standin.handle)})


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    # RetryAfter.retry_after as a timedelta, without PTB's deprecation warning (an error here).
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def standin() -> BotApiStandIn:
    standin = BotApiStandIn()
    for user_id in (USER, OTHER, *CHATS):
        standin.add_user(user_id, f"User {user_id}")
    return standin


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, request=mock_request(standin))
    async with bot:
        yield bot


async def broadcast(bot: Bot, chats: Iterable[int]) -> list[object]:
    """Send to every chat at once; each result is a Message or the exception raised."""
    sends = [bot.send_message(chat, "Undangan Rakor") for chat in chats]
    return list(await asyncio.gather(*sends, return_exceptions=True))


def refused(results: list[object]) -> list[RetryAfter]:
    return [result for result in results if isinstance(result, RetryAfter)]


async def test_global_limit_in_a_broadcast(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(clock=clock)
    results = await broadcast(bot, CHATS)
    too_many = refused(results)
    assert len(too_many) == 10
    assert len(results) - len(too_many) == 30
    assert all(error.retry_after == dtm.timedelta(seconds=1) for error in too_many)
    assert len(standin.sent) == 30
    late = [
        chat for chat, result in zip(CHATS, results, strict=True) if isinstance(result, RetryAfter)
    ]

    clock.advance(0.5)  # the 30 sends are still inside the window
    assert len(refused(await broadcast(bot, late[:1]))) == 1
    clock.advance(0.5)
    assert refused(await broadcast(bot, late)) == []
    assert len(standin.sent) == 40
    assert set(standin.sent_times) == set(CHATS)


async def test_global_window_slides(standin: BotApiStandIn, clock: FakeClock) -> None:
    standin.enforce_limits(per_second=3, clock=clock)
    async with httpx.AsyncClient(transport=httpx.MockTransport(standin.handle)) as client:

        async def send(chat: int) -> int:
            url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
            response = await client.post(url, data={"chat_id": chat, "text": "x"})
            return response.status_code

        assert [await send(1001), await send(1002)] == [200, 200]
        clock.advance(0.5)
        assert [await send(1003), await send(1004)] == [200, 429]
        clock.advance(0.5)  # the first two left the window (0.95 s), the third has not
        assert [await send(1004), await send(1005), await send(1006)] == [200, 200, 429]


async def test_over_http_with_concurrent_requests(standin: BotApiStandIn, clock: FakeClock) -> None:
    standin.enforce_limits(clock=clock)
    async with await serve(standin) as server, httpx.AsyncClient() as client:
        url = f"{server.base_url}{TOKEN}/sendMessage"
        responses = await asyncio.gather(
            *(client.post(url, json={"chat_id": chat, "text": "x"}) for chat in CHATS)
        )
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {200: 30, 429: 10}
    refusal = next(response.json() for response in responses if response.status_code == 429)
    assert refusal == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert (standin.stats.requests, standin.stats.sent_ok, standin.stats.too_many) == (40, 30, 10)


async def test_concurrent_sends_to_one_chat_take_one_slot(standin: BotApiStandIn) -> None:
    standin.enforce_limits()
    standin.response_delay = 0.01  # all five wait on the loop before any is answered
    async with httpx.AsyncClient(transport=httpx.MockTransport(standin.handle)) as client:
        url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
        responses = await asyncio.gather(
            *(client.post(url, data={"chat_id": USER, "text": f"{n}"}) for n in range(5))
        )
    assert sorted(response.status_code for response in responses) == [200, 429, 429, 429, 429]
    assert len(standin.sent_times[USER]) == 1


async def test_per_chat_limit(bot: Bot, standin: BotApiStandIn, clock: FakeClock) -> None:
    standin.enforce_limits(clock=clock)
    await bot.send_message(USER, "satu")
    clock.advance(0.5)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "dua")
    assert caught.value.retry_after == dtm.timedelta(seconds=1)
    await bot.send_message(OTHER, "lain")  # other chats are not held up
    clock.advance(0.6)
    await bot.send_message(USER, "dua")
    clock.advance(0.96)  # within the 5 % tolerance of one second
    await bot.send_message(USER, "tiga")
    assert [message.text for message in standin.messages_for(USER)] == ["satu", "dua", "tiga"]
    assert standin.sent_times[USER] == pytest.approx([5000.0, 5001.1, 5002.06])


async def test_per_chat_limit_with_real_clock(bot: Bot, standin: BotApiStandIn) -> None:
    standin.enforce_limits(per_chat_per_second=2)  # a 0.475 s window keeps the test quick
    await bot.send_message(USER, "satu")
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "dua")
    await asyncio.sleep(0.5)
    await bot.send_message(USER, "dua")
    first, second = standin.sent_times[USER]
    assert 0.475 <= second - first < 2
    assert abs(time.monotonic() - second) < 1  # time.monotonic() by default


async def test_edits_count_other_methods_do_not(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(clock=clock)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="ok")]])
    message = await bot.send_message(USER, "Pilih", reply_markup=markup)
    # Not sending methods: neither limited nor counted.
    assert await bot.send_chat_action(USER, "typing")
    await bot.get_me()
    with pytest.raises(RetryAfter):
        await bot.edit_message_text("Dipilih", USER, message.message_id)
    clock.advance(1)
    await bot.edit_message_text("Dipilih", USER, message.message_id)
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)not modified"):  # failures take no slot
        await bot.edit_message_text("Dipilih", USER, message.message_id)
    await bot.edit_message_reply_markup(USER, message.message_id, reply_markup=markup)
    clock.advance(1)
    assert await bot.delete_message(USER, message.message_id)
    photo = standin.photo_sizes(1280, 960, 1000)[-1]["file_id"]
    await bot.send_photo(USER, photo)
    stats = standin.stats
    assert stats.by_method == {
        "sendMessage": 1,
        "editMessageText": 3,
        "editMessageReplyMarkup": 1,
        "sendPhoto": 1,
    }
    assert (stats.requests, stats.sent_ok, stats.too_many) == (6, 4, 1)
    assert standin.sent_times == {USER: [5000.0, 5001.0, 5002.0, 5003.0]}


async def test_refused_and_failed_sends_take_no_slot(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(per_second=2, clock=clock)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "x")
    await bot.send_message(USER, "x")
    clock.advance(0.3)
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "y")
    await bot.send_message(OTHER, "x")  # the refused send did not use the second slot
    with pytest.raises(RetryAfter):
        await bot.send_message(1001, "x")
    assert (standin.stats.requests, standin.stats.sent_ok, standin.stats.too_many) == (5, 2, 2)


async def test_fail_next_comes_first(bot: Bot, standin: BotApiStandIn, clock: FakeClock) -> None:
    standin.enforce_limits(clock=clock)
    standin.fail_next("sendMessage", status=400, description="Bad Request: injected")
    with pytest.raises(BadRequest, match=r"(?i)injected"):
        await bot.send_message(USER, "x")
    await bot.send_message(USER, "x")  # the injected failure took no slot
    standin.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 9")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(OTHER, "x")  # injected, though OTHER is within its limit
    assert caught.value.retry_after == dtm.timedelta(seconds=1)  # fail_next's default
    assert (standin.stats.requests, standin.stats.sent_ok, standin.stats.too_many) == (3, 1, 1)
    assert standin.limits is not None
    assert standin.limits.refused == 0  # the 429 was injected, not the limits' own


async def test_limits_count_their_own_refusals(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(per_second=2, clock=clock)
    standin.fail_next("sendMessage", status=429, description="Too Many Requests")
    for chat in (USER, OTHER, 1001, 1002):
        with contextlib.suppress(RetryAfter):
            await bot.send_message(chat, "x")
    assert standin.limits is not None
    assert (standin.stats.too_many, standin.limits.refused) == (2, 1)  # injected + refused


async def test_retry_after_tells_when_a_window_frees(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(retry_after=5, clock=clock)
    await bot.send_message(USER, "x")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "x")
    assert caught.value.retry_after == dtm.timedelta(seconds=5)  # the configured floor

    # One send per 10 s with a burst of 3: three at once, then the window is 3 * 9.5 s.
    standin.enforce_limits(per_chat_per_second=0.1, burst=3, clock=clock)
    for text in "abc":
        await bot.send_message(OTHER, text)
    clock.advance(10)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(OTHER, "d")
    assert caught.value.retry_after == dtm.timedelta(seconds=19)  # ceil(28.5 - 10)
    clock.advance(18.6)
    await bot.send_message(OTHER, "d")


async def test_limits_off_and_clear_stats(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(clock=clock)
    assert len(refused(await broadcast(bot, CHATS))) == 10
    assert standin.limits is not None
    standin.limits_off()
    assert standin.limits is None
    assert refused(await broadcast(bot, CHATS)) == []
    assert refused(await broadcast(bot, [USER])) == []
    await bot.send_message(USER, "lagi")  # no per-chat limit either
    stats = standin.stats
    assert (stats.requests, stats.sent_ok, stats.too_many) == (82, 72, 10)
    assert stats.by_method == {"sendMessage": 82}
    assert standin.sent_times[USER] == [clock.now, clock.now]
    standin.clear_stats()
    assert standin.stats is stats
    assert (stats.requests, stats.sent_ok, stats.too_many, stats.by_method) == (0, 0, 0, {})
    assert standin.sent_times == {}


async def test_clear_stats_keeps_windows(
    bot: Bot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    standin.enforce_limits(clock=clock)
    await bot.send_message(USER, "x")
    standin.clear_stats()
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "x")
    standin.enforce_limits(clock=clock)  # starts with empty windows
    await bot.send_message(USER, "x")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"per_second": 0},
        {"per_chat_per_second": -1},
        {"retry_after": 0},
        {"burst": 0},
    ],
)
def test_enforce_limits_rejects_nonsense(standin: BotApiStandIn, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be"):
        standin.enforce_limits(**kwargs)
    assert standin.limits is None


def test_slow_global_rate_gets_a_longer_window(standin: BotApiStandIn) -> None:
    standin.enforce_limits(per_second=0.5)
    assert standin.limits is not None
    assert standin.limits.capacity == 1
    assert standin.limits.window == pytest.approx(1.9)
