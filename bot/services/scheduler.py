"""The alarm clock: meeting reminders, attendance summaries and deadline reminders.

SQLite is the source of truth (meetings, deadlines, `schedule_fired`); PTB's JobQueue
(APScheduler) only holds alarms, re-created from the tables at every start under
deterministic names (`reminder:<meeting>:<offset min>`, `attendance:<meeting>`,
`deadline:<year>:<offset min>`). When an alarm rings, one transaction checks that the job is
still what the tables say, records it in `schedule_fired` (at most once per due time) and
queues its messages in the outbox (whose unique keys also refuse a second copy).

At start-up a job whose time passed while the bot was down is run at once if its meeting has
not started (or its deadline not passed), otherwise recorded as skipped and logged. A job due
before the meeting was scheduled or moved (a 7-day reminder for a meeting set 3 days ahead) is
moot and skipped without noise.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram.ext import CallbackContext, Job, JobQueue

from bot.domain.meeting import due_jobs
from bot.domain.proposal import PROPOSAL
from bot.services import meeting_notices
from storage import backup, deadlines, drafts, meetings, officers, proposals, retention
from storage.db import Database, StorageError, Tx
from storage.meetings import Meeting, to_stamp
from storage.officers import Status

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
SKIPPED = -1
CLOSED_GRACE = timedelta(days=1)  # how late the closing notice is still sent after a stop
BATCH = 50  # alarms per transaction: bounds how long officers' answers wait for the lock
# APScheduler drops a job that runs more than its grace time late (1 s by default): a busy
# loop must delay a reminder, never lose it.
_JOB_KWARGS = {"misfire_grace_time": None, "coalesce": True}


def utc_now() -> datetime:
    """The real time."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Alarm:
    """One job: what it is about and when it is due."""

    # deterministic: reminder:<meeting>:<min>, attendance:<meeting>, deadline:<y>:<min>,
    # deadline:<y>:closed
    name: str
    kind: str  # reminder | attendance | deadline | closed
    subject: int  # meeting id or budget year
    offset_min: int
    due: datetime


class Scheduler:
    """Plans alarms from the database and runs them."""

    def __init__(
        self,
        db: Database,
        job_queue: JobQueue[Any],
        *,
        zone: ZoneInfo,
        admins: Iterable[int],
        wake_sender: Callable[[], None],
        clock: Clock = utc_now,
    ) -> None:
        self._db = db
        self._jobs = job_queue
        self._zone = zone
        self._admins = frozenset(admins)
        self._wake = wake_sender
        self.clock = clock
        self._rung: list[Alarm] = []
        self._flusher: asyncio.Task[None] | None = None

    def keep_tidy(self, *, outbox_days: int, guest_days: int) -> None:
        """Every night at 03.00 in the province's zone, remove what only grows."""

        async def tidy(context: CallbackContext[Any, Any, Any, Any]) -> None:
            async with self._db.transaction() as tx:
                messages, guests = await retention.purge(
                    tx, self.clock(), outbox_days=outbox_days, guest_days=guest_days
                )
            log.info("retention: %d old messages and %d idle guests removed", messages, guests)

        self._jobs.run_daily(tidy, time=dtime(3, 0, tzinfo=self._zone), name="retention")

    def back_up_nightly(self, database: Path, directory: Path, keep: int) -> None:
        """Every night at 02.30 in the province's zone, an integrity-checked copy of the
        database into `directory`, keeping the newest `keep`. The copy runs in a worker thread
        (SQLite's online backup), so updates keep being answered meanwhile."""

        async def copy(context: CallbackContext[Any, Any, Any, Any]) -> None:
            now = self.clock().astimezone(self._zone)
            try:
                report = await asyncio.to_thread(
                    backup.nightly_backup, database, directory, keep, now
                )
            except (OSError, StorageError) as error:
                # Logged at ERROR: the error handler's admin alert covers updates, not jobs.
                log.error("nightly backup into %s failed: %s", directory, error)
                return
            log.info("nightly backup: %s, %d bytes", report.path, report.size)

        self._jobs.run_daily(copy, time=dtime(2, 30, tzinfo=self._zone), name="backup")

    async def start(self) -> None:
        """Re-create every alarm from the tables (run missed ones, skip stale ones)."""
        now = self.clock()
        async with self._db.transaction(write=False) as tx:
            # A day back: reminders of meetings that began while the bot was down get logged.
            planned = await meetings.recent(tx, now - timedelta(days=1))
            every = await deadlines.every(tx)
        for meeting in planned:
            await self.plan_meeting(meeting.id)
        for deadline in every:
            await self.plan_deadline(deadline.budget_year)

    # --- planning ----------------------------------------------------------------------------

    async def plan_meeting(self, meeting_id: int) -> list[Alarm]:
        """(Re)plan one meeting's alarms after it was created, moved or cancelled."""
        self._drop(f"reminder:{meeting_id}:", f"attendance:{meeting_id}")
        async with self._db.transaction(write=False) as tx:
            meeting = await meetings.get(tx, meeting_id)
        if meeting is None or meeting.cancelled:
            return []
        alarms = [
            Alarm(
                f"{kind}:{meeting.id}:{offset}" if kind == "reminder" else f"{kind}:{meeting.id}",
                kind,
                meeting.id,
                offset,
                due,
            )
            for kind, offset, due in due_jobs(meeting.starts_at, meeting.offsets_min)
        ]
        return await self._arm(alarms, begins=meeting.starts_at, since=meeting.scheduled_at)

    async def plan_deadline(self, budget_year: int) -> list[Alarm]:
        """(Re)plan a submission deadline's reminders."""
        self._drop(f"deadline:{budget_year}:")
        async with self._db.transaction(write=False) as tx:
            deadline = await deadlines.get(tx, budget_year)
        if deadline is None or deadline.reopened:
            return []
        alarms = [
            Alarm(
                f"deadline:{budget_year}:{m}",
                "deadline",
                budget_year,
                m,
                deadline.closes_at - timedelta(minutes=m),
            )
            for m in deadline.offsets_min
        ]
        # At the close, officers with a proposal still open hear it cannot be sent now
        # (fifteenth try-out: they learnt it only on pressing "Kirim"); missed while the bot
        # was down, that is still worth saying for a day after, unlike a reminder.
        closing = Alarm(
            f"deadline:{budget_year}:closed", "closed", budget_year, 0, deadline.closes_at
        )
        return [
            *await self._arm(alarms, begins=deadline.closes_at, since=None),
            *await self._arm([closing], begins=deadline.closes_at + CLOSED_GRACE, since=None),
        ]

    async def _arm(
        self, alarms: list[Alarm], *, begins: datetime, since: datetime | None
    ) -> list[Alarm]:
        """Schedule what is ahead, run now what was missed, record what is moot or too late."""
        now = self.clock()
        armed = []
        async with self._db.transaction(write=False) as tx:
            pending = [a for a in alarms if not await meetings.fired(tx, a.name, a.due)]
        # Of the reminders missed while the bot was down, only the latest is still worth
        # sending ("2 jam lagi"); the earlier ones ("7 hari lagi") would only confuse.
        missed = [a for a in pending if a.due <= now and (since is None or a.due >= since)]
        latest_missed = max(missed, key=lambda a: a.due, default=None)
        for alarm in pending:
            if alarm.due > now:
                delay = (alarm.due - now).total_seconds()
            elif since is not None and alarm.due < since:
                await self._record_skip(alarm, reason=None)  # moot: set after its time
                continue
            elif now >= begins:
                await self._record_skip(alarm, reason="it has begun")
                continue
            elif alarm is not latest_missed and alarm.kind == latest_missed.kind:  # type: ignore[union-attr]
                await self._record_skip(alarm, reason="a later reminder replaces it")
                continue
            else:
                delay = 0.0  # missed while the bot was down; still useful
                log.info("running %s due %s, missed while stopped", alarm.name, alarm.due)
            self._jobs.run_once(
                self._ring, when=delay, data=alarm, name=alarm.name, job_kwargs=_JOB_KWARGS
            )
            armed.append(alarm)
        return armed

    async def _record_skip(self, alarm: Alarm, *, reason: str | None) -> None:
        async with self._db.transaction() as tx:
            recorded = await meetings.mark_fired(tx, alarm.name, alarm.due, SKIPPED)
        if recorded and reason is not None:
            log.warning("skipped %s due %s: %s", alarm.name, alarm.due, reason)

    def _drop(self, *prefixes: str) -> None:
        for job in self._jobs.jobs():
            name = job.name or ""
            if any(name == p or name.startswith(p) for p in prefixes):
                job.schedule_removal()

    # --- ringing -----------------------------------------------------------------------------

    async def _ring(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        job: Job[Any] | None = context.job
        if job is None or not isinstance(job.data, Alarm):  # pragma: no cover - set by _arm
            return
        # Alarms that ring together (a province's meetings set at the same hour) are handled
        # in shared transactions: one commit, one fsync, for many.
        self._rung.append(job.data)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        await asyncio.shield(self._flusher)

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # let the alarms of this instant join
        while self._rung:
            batch, self._rung = self._rung[:BATCH], self._rung[BATCH:]
            try:
                await self.fire(*batch)
            except Exception:
                # Not recorded as fired: the next start runs them, if still in time.
                log.exception("alarms %s failed", ", ".join(a.name for a in batch))

    async def fire(self, *alarms: Alarm) -> int:
        """Queue the alarms' messages, each once per due time; how many were queued."""
        total = 0
        async with self._db.transaction() as tx:
            for alarm in alarms:
                if not await meetings.mark_fired(tx, alarm.name, alarm.due, 0):
                    continue  # already fired (or skipped) for this time
                if alarm.kind == "deadline":
                    queued = await self._deadline_reminders(tx, alarm)
                elif alarm.kind == "closed":
                    queued = await self._closing_notices(tx, alarm)
                else:
                    queued = await self._meeting_alarm(tx, alarm)
                await meetings.set_outcome(tx, alarm.name, alarm.due, queued)
                log.info("%s due %s queued %d messages", alarm.name, to_stamp(alarm.due), queued)
                total += queued
        if total:
            self._wake()
        return total

    async def _meeting_alarm(self, tx: Tx, alarm: Alarm) -> int:
        meeting = await meetings.get(tx, alarm.subject)
        if meeting is None or not self._current(meeting, alarm):
            return 0  # moved or cancelled since the alarm was set
        if alarm.kind == "attendance":
            admins = await meeting_notices.attendance_for_admins(
                tx, meeting, self._admins, alarm.due, self._zone
            )
            nudged = await meeting_notices.nudge(tx, meeting, self._zone, "nudge-auto")
            return admins + nudged
        return await meeting_notices.remind(
            tx, meeting, alarm.offset_min, alarm.due, self._zone, self.clock()
        )

    @staticmethod
    def _current(meeting: Meeting, alarm: Alarm) -> bool:
        if meeting.cancelled:
            return False
        return any(
            due == alarm.due and offset == alarm.offset_min and kind == alarm.kind
            for kind, offset, due in due_jobs(meeting.starts_at, meeting.offsets_min)
        )

    async def _closing_notices(self, tx: Tx, alarm: Alarm) -> int:
        deadline = await deadlines.get(tx, alarm.subject)
        if deadline is None or deadline.reopened or deadline.closes_at != alarm.due:
            return 0  # reopened, or moved since the alarm was set
        count = 0
        for user_id in await drafts.users_with(tx, PROPOSAL.name):
            officer = await officers.get(tx, user_id)
            if officer is None or officer.status is not Status.ACTIVE:
                continue
            count += await meeting_notices.closed_with_draft(
                tx, officer, deadline, self._zone, alarm.due
            )
        return count

    async def _deadline_reminders(self, tx: Tx, alarm: Alarm) -> int:
        deadline = await deadlines.get(tx, alarm.subject)
        if deadline is None or deadline.reopened:
            return 0
        if deadline.closes_at - timedelta(minutes=alarm.offset_min) != alarm.due:
            return 0  # the deadline moved since the alarm was set
        done = await proposals.regencies_with_proposals(tx, deadline.budget_year)
        count = 0
        for officer in await officers.list_by_status(tx, Status.ACTIVE):
            if officer.regency_code is None or officer.regency_code in done:
                continue
            count += await meeting_notices.deadline_reminder(
                tx, officer, deadline, alarm.offset_min, alarm.due, self._zone, self.clock()
            )
        return count
