"""Reminder timing: 200 meetings x 3 offsets falling due within the next few minutes.

Run: .venv/bin/python bench/reminders.py [--meetings 200] [--per-second 5] [--officers 3]

The real Application (JobQueue, scheduler, outbox, sender) runs on a real SQLite file against
the in-process Bot API stand-in. Meetings start a few minutes ahead with reminders 3, 2 and
1 minutes before (`--per-second` meetings start in the same second, so their alarms ring
together); each invites one regency with `--officers` active officers. Lateness is the time a
reminder row was queued in the outbox minus its due time. Beside it, in the same run and on the
same loop, a bare JobQueue job per due time that only notes the time: the baseline, what
APScheduler alone gives.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from telegram.ext import CallbackContext

from bot.app import build_application, running
from bot.config import AccessSettings, Settings, StorageSettings
from bot.domain.regions import REGENCIES
from bot.standin import BotApiStandIn
from storage import meetings
from storage.db import utcnow
from storage.meetings import NewMeeting

TOKEN = "123456:BENCH"
ADMIN = 900_001
OFFSETS_MIN = (3, 2, 1)


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return (
        f"n={len(ordered)}  min {ordered[0] * 1000:.0f} ms  p50 {cut[49] * 1000:.0f} ms  "
        f"p90 {cut[89] * 1000:.0f} ms  p99 {cut[98] * 1000:.0f} ms  "
        f"max {ordered[-1] * 1000:.0f} ms"
    )


async def bench(count: int, per_second: int, officers: int, folder: Path) -> None:
    standin = BotApiStandIn()
    settings = Settings(
        access=AccessSettings(frozenset({ADMIN})), storage=StorageSettings(folder / "bench.db")
    )
    standin.add_user(ADMIN, "Admin")
    app = build_application(
        settings, TOKEN, transport=httpx.MockTransport(standin.handle), per_chat_interval=1.0
    )
    baseline: list[float] = []

    async def note(context: CallbackContext[Any, Any, Any, Any]) -> None:
        assert context.job is not None
        baseline.append((datetime.now(UTC) - context.job.data).total_seconds())

    async with running(app):
        state = app.bot_data
        chat = 1
        async with state.db.transaction() as tx:
            for regency in REGENCIES:
                for _ in range(officers):
                    standin.add_user(chat, f"Petugas {chat}")
                    await tx.execute(
                        "INSERT INTO officers (user_id, chat_id, full_name, regency_code, "
                        "position, phone, status, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, 'Kasi', '081234567890', 'active', ?, ?)",
                        (chat, chat, f"Petugas {chat}", regency.code, utcnow(), utcnow()),
                    )
                    chat += 1
        # Whole seconds (times are stored to the second), a few seconds from now.
        first = datetime.now(UTC).replace(microsecond=0) + timedelta(
            minutes=max(OFFSETS_MIN), seconds=5
        )
        due_times = []
        async with state.db.transaction() as tx:
            for number in range(count):
                start = first + timedelta(seconds=number // per_second)
                await meetings.create(
                    tx,
                    NewMeeting(
                        title=f"Rapat {number}",
                        starts_at=start,
                        place="Aula",
                        agenda="Bench",
                        regencies=(REGENCIES[number % len(REGENCIES)].code,),
                        offsets_min=OFFSETS_MIN,
                        created_by=ADMIN,
                    ),
                )
                due_times += [start - timedelta(minutes=m) for m in OFFSETS_MIN]
        for meeting_id in range(1, count + 1):
            await state.scheduler.plan_meeting(meeting_id)
        assert app.job_queue is not None
        for due in due_times:
            delay = (due - datetime.now(UTC)).total_seconds()
            app.job_queue.run_once(note, when=max(0.0, delay), data=due, name=f"baseline@{due}")
        last = max(due_times)
        print(
            f"{count} meetings x {len(OFFSETS_MIN)} offsets = {len(due_times)} alarms, "
            f"{per_second} meetings per second, {officers} invitees each; "
            f"last due in {(last - datetime.now(UTC)).total_seconds():.0f} s",
            flush=True,
        )
        cpu_before = time.process_time()
        await asyncio.sleep((last - datetime.now(UTC)).total_seconds() + 3)
        cpu = time.process_time() - cpu_before
        async with state.db.transaction(write=False) as tx:
            rows = await tx.all(
                "SELECT key, not_before FROM outbox WHERE key LIKE 'reminder:%' ORDER BY id"
            )
            fired = await tx.scalar("SELECT COUNT(*) FROM schedule_fired WHERE outcome > 0")
        lateness = []
        for key, queued in rows:
            due = datetime.fromisoformat(key.split(":", 3)[3].rsplit(":", 1)[0])
            lateness.append((datetime.fromisoformat(queued) - due).total_seconds())
        keys = [key for key, _ in rows]
        print(f"reminders queued: {len(rows)} (expected {len(due_times) * officers}), "
              f"duplicates {len(keys) - len(set(keys))}, alarms fired {fired}")  # fmt: skip
        print(f"Sinkron reminder lateness (queued - due): {percentiles(lateness)}")
        print(f"baseline bare JobQueue job lateness:      {percentiles(baseline)}")
        print(f"CPU during the run: {cpu:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=200)
    parser.add_argument("--per-second", type=int, default=5)
    parser.add_argument("--officers", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(bench(args.meetings, args.per_second, args.officers, Path(folder)))


if __name__ == "__main__":
    main()
