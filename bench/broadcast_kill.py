"""Crash duplicates: `sinkron run` killed (SIGKILL) N times during a broadcast, restarted each time.

Run: .venv/bin/python bench/broadcast_kill.py [--officers 300] [--kills 5] [--rate 29]
     [--latency 0.3] [--seed 11]

The real bot runs as a process (`python -m bot run`) on a real SQLite file against the Bot API
stand-in served over loopback HTTP from this process, with Telegram-like flood limits and a
`--latency` round trip per API call. One message per officer is queued before the first start.
The stand-in itself kills the bot, at a random delivery between the 30th and 60th of each run,
so the kill and the count of sends in flight (received by "Telegram", not yet answered) are
the same instant. After each kill the bot starts again; duplicates of a kill are deliveries
after the restart to officers who already had the message. At-least-once delivery promises
that a kill re-sends no more than what was in flight (plus the odd message answered in the
last few milliseconds whose outcome was not yet committed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bot.standin import BotApiStandIn, serve
from storage import outbox
from storage.db import Database
from storage.migrations import migrate

TOKEN = "123456:BENCH"
ROOT = Path(__file__).resolve().parent.parent
KILL_AFTER = (30, 60)  # deliveries into a run before its kill, drawn at random
DEADLINE_S = 120.0


@dataclass
class Run:
    """One life of the bot process, as the stand-in saw it."""

    kill_at: int | None  # the delivery that triggers the kill (None: the last run, not killed)
    delivered: int = 0
    in_flight_at_kill: int | None = None
    killed: asyncio.Event = field(default_factory=asyncio.Event)


class Watch:
    """Wraps the stand-in's handler: counts sends in flight, logs deliveries, kills on cue."""

    def __init__(self, standin: BotApiStandIn) -> None:
        self._inner = standin.handle
        self.in_flight = 0
        self.deliveries: list[tuple[int, int]] = []  # (run number, chat id) in delivery order
        self.run: Run | None = None
        self.run_number = 0
        self.pid: int | None = None

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer like the stand-in; a send that was delivered may trigger the kill."""
        sending = request.url.path.endswith("/sendMessage")
        if sending:
            self.in_flight += 1
        try:
            response = await self._inner(request)
        finally:
            if sending:
                self.in_flight -= 1
        if sending and response.status_code == 200:
            chat = json.loads(response.content)["result"]["chat"]["id"]
            self.deliveries.append((self.run_number, chat))
            run = self.run
            if run is not None and not run.killed.is_set():
                run.delivered += 1
                if run.delivered == run.kill_at and self.pid is not None:
                    # This request's answer never reaches the bot either: it counts as in
                    # flight. No await between the count and the kill.
                    run.in_flight_at_kill = self.in_flight + 1
                    os.kill(self.pid, signal.SIGKILL)
                    run.killed.set()
        return response


async def queue_broadcast(path: Path, officers: int) -> None:
    """The bot's database with one broadcast copy per officer, queued as /siaran queues them."""
    db = await Database.open(path)
    try:
        await migrate(db)
        async with db.transaction() as tx:
            for chat in range(1, officers + 1):
                await outbox.enqueue(
                    tx, f"bench:1:{chat}", chat, f"Siaran untuk {chat}", ref="bench", bulk=True
                )
    finally:
        await db.close()


async def start_bot(config: Path, log: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
    env.pop("SINKRON_CONFIG", None)
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(config),
            cwd=ROOT, env=env, stdout=sink, stderr=sink,
        )  # fmt: skip


async def quiet(watch: Watch) -> None:
    """Until the stand-in has answered every request the dead bot left behind."""
    while watch.in_flight:  # noqa: ASYNC110 - a counter, polled as the other benchmarks poll
        await asyncio.sleep(0.01)


async def bench(args: argparse.Namespace, folder: Path) -> None:
    rng = random.Random(args.seed)
    standin = BotApiStandIn()
    for chat in range(1, args.officers + 1):
        standin.add_user(chat, f"Petugas {chat}")
    standin.enforce_limits(per_second=30, per_chat_per_second=1, retry_after=1)
    standin.response_delay = args.latency
    watch = Watch(standin)
    standin.handle = watch.handle  # type: ignore[method-assign]
    database = folder / "sinkron.db"
    await queue_broadcast(database, args.officers)
    log = folder / "bot.log"
    runs: list[Run] = []
    async with await serve(standin) as server:
        config = folder / "config.toml"
        config.write_text(
            f'[telegram]\nbase_url = "{server.base_url}"\n'
            f'[storage]\ndatabase = "{database}"\n'
            f"[delivery]\nmax_per_second = {args.rate}\n",
            encoding="utf-8",
        )
        started = time.monotonic()
        for number in range(args.kills + 1):
            last = number == args.kills
            run = Run(kill_at=None if last else rng.randint(*KILL_AFTER))
            runs.append(run)
            watch.run_number, watch.run = number, run
            process = await start_bot(config, log)
            watch.pid = process.pid
            if last:
                while len({chat for _, chat in watch.deliveries}) < args.officers:
                    if time.monotonic() - started > DEADLINE_S:
                        raise SystemExit(f"not everyone got the broadcast; see {log}")
                    await asyncio.sleep(0.05)
                await asyncio.sleep(1.0)  # anything re-sent late would show up by now
                process.send_signal(signal.SIGTERM)
                await process.wait()
                break
            try:
                await asyncio.wait_for(run.killed.wait(), DEADLINE_S)
            except TimeoutError:
                process.kill()
                raise SystemExit(f"run {number} never reached its kill; see {log}") from None
            await process.wait()
            await quiet(watch)
    report(args, watch, runs, standin.stats.too_many)


def report(args: argparse.Namespace, watch: Watch, runs: list[Run], too_many: int) -> None:
    """Per kill: deliveries before it, sends in flight at it, re-sends after the restart."""
    print(
        f"officers: {args.officers}   configured rate: {args.rate:g}/s   latency: "
        f"{args.latency:g} s   kills: {args.kills} (SIGKILL, then a fresh start)"
    )
    print("kill  delivered-in-run  in-flight-at-kill  re-sent-after-restart")
    served: set[int] = set()
    resent: list[int] = []
    for number in range(len(runs)):
        chats = [chat for run_number, chat in watch.deliveries if run_number == number]
        if number:
            # Duplicates of kill i: deliveries in run i+1 to officers served before it began.
            resent.append(sum(1 for chat in chats if chat in served))
        served.update(chats)
    for number, run in enumerate(runs[:-1]):
        print(
            f"{number + 1:>4}  {run.delivered:>16}  {run.in_flight_at_kill or 0:>17}  "
            f"{resent[number]:>21}"
        )
    per_chat = Counter(chat for _, chat in watch.deliveries)
    lost = sum(1 for chat in range(1, args.officers + 1) if per_chat[chat] == 0)
    duplicated = sum(count - 1 for count in per_chat.values() if count > 1)
    flights = sum(run.in_flight_at_kill or 0 for run in runs)
    print(
        f"total: in flight {flights}, re-sent {duplicated} "
        f"({duplicated - flights:+d} beyond what was in flight)   lost: {lost}   "
        f"429s: {too_many}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--officers", type=int, default=300)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--rate", type=float, default=29.0, help="[delivery] max_per_second")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per API answer")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(bench(args, Path(folder)))


if __name__ == "__main__":
    main()
