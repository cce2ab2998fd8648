"""Per-application state shared by handlers: settings, the database, registered flows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from telegram import Bot

from bot.config import Settings
from bot.services.ratelimit import SendBudget
from bot.services.recent import Recent
from bot.services.reporter import Reporter
from bot.services.scheduler import Scheduler, utc_now
from bot.services.sender import Sender
from bot.services.throttle import Throttle
from storage.db import Database

if TYPE_CHECKING:
    from bot.domain.learned import Knowledge

GUEST_ACTIONS_PER_HOUR = 20
# How long after an answer a short follow-up ("klo 16 ha?", "trs dokumennya?") builds on it.
FOLLOW_UP = timedelta(minutes=15)
# A phone on a weak line sends a message twice when its owner taps send again: the copy
# arrives seconds to a couple of minutes after the first.
RESENT = timedelta(minutes=2)


class AppState:
    """Created empty by PTB as `bot_data`; filled in by `build_application` and `post_init`."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._db: Database | None = None
        # Form name -> handlers.plumbing.flows.FormFlow; loosely typed: bot/ never imports handlers/
        self.flows: Mapping[str, Any] = {}
        # monotonic time of the last error alert sent to admins (at most one a minute)
        self.last_error_alert: float | None = None
        self.sender: Sender | None = None
        # Sends per second shared by direct replies and the sender (build_application).
        self.send_budget: SendBudget | None = None
        self._sender_bot: Bot | None = None
        # Seconds between two messages to one chat; tests shorten it, production keeps 1 s.
        self.per_chat_interval = 1.0
        self.reporter: Reporter | None = None
        self.report_interval = 3.0  # seconds between broadcast progress updates
        self._scheduler: Scheduler | None = None
        # What time it is for meetings, deadlines and reminders; tests move it.
        self.clock: Callable[[], datetime] = utc_now
        # Questions and refused commands of users who have not registered: 20 an hour each,
        # so a stranger cannot fill the database or page the admins with audit trails.
        self.guest_throttle = Throttle(limit=GUEST_ACTIONS_PER_HOUR, window=3600.0)
        # Who was just given a computed slum level, and each user's last answered question
        # with its topic.
        self.recent_areas: Recent[bool] = Recent(FOLLOW_UP)
        self.recent_topics: Recent[tuple[str, str]] = Recent(FOLLOW_UP)
        # Each user's last message kept out of a free-text form step as a question (the step
        # and the text): the same message sent again at that step is its answer after all.
        self.recent_asides: Recent[tuple[str, str]] = Recent(FOLLOW_UP)
        # Each user's last typed answer a form step took (the step's label key and the text):
        # the same text arriving again within RESENT at a free-text step is a resend, not
        # that step's answer ("Kasongan Lama" twice saved the village as the location name).
        self.recent_answers: Recent[tuple[str, str]] = Recent(RESENT)
        # Each admin's one-word answer held back (the notice replied to, and the text): the
        # same word replied again to the same notice is the answer after all.
        self.short_answers: Recent[tuple[int, str]] = Recent(FOLLOW_UP)
        # Each user asked "Hapus draf ...?" (the draft's nonce): a typed "ya" or "tidak"
        # answers that question, never the form's current step.
        self.restart_asked: Recent[int] = Recent(FOLLOW_UP)
        # Each user shown /usul's "Usulan baru / Salin usulan lama" choice: text typed instead
        # of a press (not a question) is the new proposal's title.
        self.start_asked: Recent[bool] = Recent(FOLLOW_UP)
        # When the database opened, and the users whose last question was read back from it
        # since: for FOLLOW_UP after a restart, that question stands in for the lost memory.
        self.started_at: datetime | None = None
        self.recalled: set[int] = set()
        # Priority scores by (proposal id, last change, day): see handlers.priorities.
        self.score_cache: dict[Any, Any] = {}
        # The knowledge base questions are answered from (shipped plus learned FAQ entries)
        # with its matcher: built from the database on first use and rebuilt whenever an
        # entry is added, changed or retired (handlers.faq.rebuild).
        self.knowledge: Knowledge | None = None
        self.knowledge_lock = asyncio.Lock()  # one rebuild at a time (updates run at once)

    @property
    def settings(self) -> Settings:
        """The validated configuration."""
        if self._settings is None:
            raise RuntimeError("settings are set by build_application")
        return self._settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._settings = value

    @property
    def db(self) -> Database:
        """The open database (between post_init and post_shutdown)."""
        if self._db is None:
            raise RuntimeError("the database is opened in post_init")
        return self._db

    @db.setter
    def db(self, value: Database | None) -> None:
        self._db = value

    async def close_db(self) -> None:
        """Close the database if it is open."""
        if self._db is not None:
            await self._db.close()
            self._db = None

    @property
    def sender_bot(self) -> Bot:
        """The Bot the outbox sender sends with (built by build_application)."""
        if self._sender_bot is None:
            raise RuntimeError("the sender's bot is built by build_application")
        return self._sender_bot

    @sender_bot.setter
    def sender_bot(self, value: Bot) -> None:
        self._sender_bot = value

    @property
    def scheduler(self) -> Scheduler:
        """The alarm clock for reminders (between post_init and shutdown)."""
        if self._scheduler is None:
            raise RuntimeError("the scheduler is started in post_init")
        return self._scheduler

    @scheduler.setter
    def scheduler(self, value: Scheduler | None) -> None:
        self._scheduler = value

    def now(self) -> datetime:
        """The current time (UTC), from the application's clock."""
        return self.clock()

    def wake_sender(self) -> None:
        """Messages were queued (and committed): have the sender look now."""
        if self.sender is not None:
            self.sender.wake()

    def is_admin(self, user_id: int) -> bool:
        """Admin rights come from the configuration, checked on every call."""
        return user_id in self.settings.access.admin_ids
