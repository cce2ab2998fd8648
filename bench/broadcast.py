"""A broadcast to 1,000 officers through a Telegram-like Bot API over loopback HTTP.

Run: .venv/bin/python bench/broadcast.py [--officers 1000] [--rate 25] [--inject-every 15]
     [--latency 0.3]

The Bot API stand-in runs in a child process (so the CPU figure is the bot's alone), enforces
Telegram-like flood limits (30 messages/s for the bot, 1/s per chat, answering 429 with
retry_after) and injects an extra 429 every --inject-every seconds. The bot side is the real
outbox and sender on a real SQLite file, with the sender's HTTP pool built as bot/app.py builds
it. Printed: achieved messages/s against the configured rate, 429s received (injected, and
answered by the flood limits: the second number should be 0), messages lost and duplicated,
and CPU time per message.

Crashes mid-broadcast: bench/broadcast_kill.py.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Bot
from telegram.request import HTTPXRequest

from bot.services.sender import Sender
from bot.standin import BotApiStandIn, serve
from storage import outbox
from storage.db import Database
from storage.migrations import migrate

TOKEN = "123456:BENCH"


def stand_in(officers: int, inject_every: float, latency: float, pipe: Connection) -> None:
    """Child process: serve the stand-in until told to stop, then report what it saw."""

    async def main() -> None:
        standin = BotApiStandIn()
        for chat in range(1, officers + 1):
            standin.add_user(chat, f"Petugas {chat}")
        standin.enforce_limits(per_second=30, per_chat_per_second=1, retry_after=1)
        standin.response_delay = latency  # a mobile-network round trip to Telegram
        server = await serve(standin)
        pipe.send(server.port)

        async def inject() -> None:
            while True:
                await asyncio.sleep(inject_every)
                standin.fail_next("sendMessage", status=429, description="Too Many Requests")

        injector = asyncio.create_task(inject())
        await asyncio.to_thread(pipe.recv)  # the parent says "done"
        injector.cancel()
        await server.close()
        per_chat = Counter(m.chat_id for m in standin.sent)
        limits = standin.limits
        refused = 0 if limits is None else limits.refused
        pipe.send((dict(per_chat), standin.stats.too_many, refused, standin.stats.requests))

    asyncio.run(main())


async def broadcast(officers: int, rate: float, port: int, folder: Path) -> tuple[float, float]:
    """Queue one message per officer and drain it; returns (wall seconds, CPU seconds)."""
    db = await Database.open(folder / "bench.db")
    await migrate(db)
    async with db.transaction() as tx:
        for chat in range(1, officers + 1):
            await outbox.enqueue(tx, f"broadcast:1:{chat}", chat, f"Siaran untuk {chat}", ref="b")
    # As bot/app.py builds the sender's request: a connection per send a second allows in
    # flight (a pool of 8 capped this benchmark at 8 / 0.3 s = 26.7 msg/s with --latency 0.3).
    request = HTTPXRequest(connection_pool_size=max(8, math.ceil(rate)), read_timeout=30.0)
    bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
    await bot.initialize()
    sender = Sender(db, bot, per_second=rate, per_chat_interval=1.0)
    started, cpu = time.perf_counter(), time.process_time()
    await sender.start()
    while True:
        async with db.transaction(write=False) as tx:
            if not await outbox.backlog(tx):
                break
        await asyncio.sleep(0.05)
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    await sender.stop()
    await bot.shutdown()
    await db.close()
    return wall, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--officers", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=25.0, help="[delivery] max_per_second")
    parser.add_argument("--inject-every", type=float, default=15.0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per API answer")
    args = parser.parse_args()
    os.environ.setdefault("PTB_TIMEDELTA", "true")

    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.Process(
        target=stand_in,
        args=(args.officers, args.inject_every, args.latency, theirs),
        daemon=True,
    )
    child.start()
    port = ours.recv()
    with tempfile.TemporaryDirectory() as folder:
        wall, cpu = asyncio.run(broadcast(args.officers, args.rate, port, Path(folder)))
    ours.send("done")
    per_chat, too_many, refused, requests = ours.recv()
    child.join(timeout=10)

    delivered = sum(per_chat.values())
    lost = sum(1 for chat in range(1, args.officers + 1) if per_chat.get(chat, 0) == 0)
    duplicated = sum(count - 1 for count in per_chat.values() if count > 1)
    achieved = args.officers / wall
    print(
        f"officers: {args.officers}   configured rate: {args.rate:g}/s   "
        f"limits: 30/s, 1/s/chat   latency: {args.latency:g} s"
    )
    print(f"delivered: {delivered} in {wall:.1f} s = {achieved:.1f} msg/s "
          f"({achieved / args.rate:.0%} of the configured rate)")  # fmt: skip
    print(
        f"429s received: {too_many} = {too_many - refused} injected + {refused} from the "
        f"flood limits (requests: {requests})"
    )
    # Each 429 pauses the sender for its retry_after (1 s here), which is not made up after.
    paused = float(too_many)
    if paused and wall > paused:
        pacing = args.officers / (wall - paused)
        print(f"outside the {paused:g} s of 429 pauses: {pacing:.1f} msg/s "
              f"({pacing / args.rate:.0%} of the configured rate)")  # fmt: skip
    print(f"lost: {lost}   duplicated: {duplicated}")
    print(f"CPU (bot process): {cpu:.2f} s = {cpu / args.officers * 1000:.2f} ms per message")


if __name__ == "__main__":
    main()
