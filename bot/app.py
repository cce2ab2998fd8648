"""Builds the Application: config -> storage -> services -> handlers."""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import HTTPXRequest

import handlers
from bot import logs
from bot.config import Settings
from bot.domain.regions import REGENCIES
from bot.services.per_user import PerUserOrder
from bot.services.ratelimit import SendBudget
from bot.services.reporter import Reporter
from bot.services.retrying import BACKOFF_S, RetryingRequest
from bot.services.scheduler import Scheduler
from bot.services.sender import Sender
from bot.state import AppState
from handlers.broadcasts import BroadcastFlow
from handlers.faq import FaqFlow
from handlers.meetings import DocumentsFlow, MeetingFlow, RepresentativeFlow, RescheduleFlow
from handlers.plumbing.context import Context, Role
from handlers.plumbing.menu import set_chat_menu, set_default_menus
from handlers.proposals import ProposalFlow, RevisionFlow
from handlers.registration import RegistrationFlow, RejectionReasonFlow
from handlers.review import BulkFlow, ReasonFlow
from storage import officers, outbox, regencies
from storage.db import Database
from storage.migrations import migrate
from storage.regencies import RegencyRow

log = logging.getLogger(__name__)

SinkronApp = Application[Any, Context, dict[Any, Any], dict[Any, Any], AppState, Any]


class SinkronApplication(SinkronApp):
    """PTB's Application, with one log line per handled update (bot/logs.py)."""

    async def process_update(self, update: object) -> None:
        """Handle `update` as PTB does, timed, its ids on every line logged meanwhile."""
        with logs.handling(update):
            await super().process_update(update)


def build_application(
    settings: Settings,
    token: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    per_chat_interval: float = 1.0,
    send_rate: float | None = None,
    report_interval: float = 3.0,
    retry_backoff: Sequence[float] = BACKOFF_S,
) -> SinkronApp:
    """The bot, wired; `transport` replaces the network (the Bot API stand-in)."""
    # PTB 22 warns on every 429 that RetryAfter.retry_after will become a timedelta; opt in now
    # (the sender reads either form).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    builder = (
        ApplicationBuilder()
        .application_class(SinkronApplication)
        .token(token)
        .base_url(settings.telegram.base_url)
        .base_file_url(settings.telegram.base_file_url)
        .context_types(ContextTypes(context=Context, bot_data=AppState))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                tzinfo=settings.schedule.timezone,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        # Replies stay under Telegram's flood limits and ride out a 429 with its retry_after.
        .rate_limiter(AIORateLimiter(max_retries=3))
        # Different users' updates at once, each user's in order (bot/services/per_user.py).
        .concurrent_updates(PerUserOrder())
        .post_init(_open_resources)
        .post_stop(_stop_sender)
        .post_shutdown(_close_resources)
    )
    # Direct replies are retried on 5xx and network errors (the outbox has its own retries).
    # One sending budget for replies and the outbox together, replies first.
    # `send_rate` overrides it for tests, whose users type faster than any person: their
    # replies would fill the window and hold the outbox up (pacing has tests of its own).
    budget = SendBudget(send_rate or settings.delivery.max_per_second)
    builder = builder.request(
        RetryingRequest(
            connection_pool_size=16,
            backoff=retry_backoff,
            budget=budget,
            httpx_kwargs={"transport": transport} if transport is not None else None,
        )
    )
    if transport is not None:
        builder = builder.get_updates_request(HTTPXRequest(httpx_kwargs={"transport": transport}))
    application: SinkronApp = builder.build()
    state = application.bot_data
    state.settings = settings
    state.per_chat_interval = per_chat_interval
    state.send_budget = budget
    state.report_interval = report_interval
    # The sender's own Bot: no AIORateLimiter (the sender paces and handles 429 itself) and a
    # pool wide enough for sends in parallel.
    sender_request = HTTPXRequest(
        # One connection per send the rate allows in flight: a slow link must not cap the rate.
        connection_pool_size=max(8, math.ceil(settings.delivery.max_per_second)),
        # A long read timeout: giving up on an answer Telegram is still writing would resend a
        # message it has already delivered.
        read_timeout=30.0,
        httpx_kwargs={"transport": transport} if transport is not None else None,
    )
    state.sender_bot = Bot(
        token,
        base_url=settings.telegram.base_url,
        base_file_url=settings.telegram.base_file_url,
        request=sender_request,
    )
    admins = settings.access.admin_ids
    zone = settings.schedule.timezone
    flows = [
        RegistrationFlow(admins),
        ProposalFlow(zone, admins),
        BroadcastFlow(),
        MeetingFlow(zone, settings.schedule.reminder_offsets, state),
        RescheduleFlow(zone, state),
        DocumentsFlow(),
        RepresentativeFlow(state),
        RevisionFlow(admins),
        ReasonFlow(admins),
        BulkFlow(admins),
        RejectionReasonFlow(),
        FaqFlow(),
    ]
    state.flows = {flow.form.name: flow for flow in flows}
    handlers.register(application)
    logs.trace_handlers(application)
    return application


async def _open_resources(application: SinkronApp) -> None:
    """Open and migrate the database, sync reference rows, set the command menus."""
    state = application.bot_data
    db = await Database.open(state.settings.storage.database, exclusive=True)
    try:
        await migrate(db)
        async with db.transaction() as tx:
            await regencies.sync(
                tx,
                (RegencyRow(r.code, r.name, r.short_name, r.capital, r.aliases) for r in REGENCIES),
            )
    except BaseException:
        await db.close()
        raise
    state.db = db
    state.started_at = state.now()
    await state.sender_bot.initialize()
    state.sender = Sender(
        db,
        state.sender_bot,
        per_second=state.settings.delivery.max_per_second,
        per_chat_interval=state.per_chat_interval,
        budget=state.send_budget,
    )
    await state.sender.start()
    # Progress edits go through the application's bot: replies' pace, not the outbox's.
    state.reporter = Reporter(
        db, application.bot, interval=state.report_interval, wake_sender=state.wake_sender
    )
    await state.reporter.start()
    # Alarms come from the tables at every start: restarts neither lose nor repeat reminders.
    assert application.job_queue is not None, "python-telegram-bot[job-queue] is a dependency"
    state.scheduler = Scheduler(
        db,
        application.job_queue,
        zone=state.settings.schedule.timezone,
        admins=state.settings.access.admin_ids,
        wake_sender=state.wake_sender,
        clock=lambda: state.clock(),
    )
    await state.scheduler.start()
    # The matcher with the province's learned FAQ entries, ready before the first question
    # (without entries it is the shipped one, built once per process).
    await handlers.faq.current(state)
    state.scheduler.keep_tidy(
        outbox_days=state.settings.retention.outbox_days,
        guest_days=state.settings.retention.guest_days,
    )
    nightly = state.settings.backup
    if nightly.directory is not None:
        state.scheduler.back_up_nightly(
            state.settings.storage.database, nightly.directory, nightly.keep
        )
    await set_default_menus(application.bot)
    admins = sorted(state.settings.access.admin_ids)
    if not admins:
        log.warning("[access] admin_ids is empty: registrations will reach nobody")
    async with db.transaction(write=False) as tx:
        known = {admin_id: await officers.get(tx, admin_id) for admin_id in admins}
    for admin_id, officer in known.items():
        lang = officer.language if officer is not None else "id"
        await set_chat_menu(application.bot, db, admin_id, admin_id, Role.ADMIN, lang)


async def _stop_sender(application: SinkronApp) -> None:
    """Stop draining the outbox (what is queued stays queued for the next start)."""
    state = application.bot_data
    if state.reporter is not None:
        await state.reporter.stop()
        state.reporter = None
    if state.sender is not None:
        await state.sender.stop()
        state.sender = None
    await state.sender_bot.shutdown()


async def _close_resources(application: SinkronApp) -> None:
    """Close the database."""
    await application.bot_data.close_db()


@asynccontextmanager
async def running(application: SinkronApp) -> AsyncIterator[SinkronApp]:
    """Run the Application's life cycle as `run_polling` does, without polling.

    For the console and tests, which feed updates with `process_update`, and webhook mode.
    """
    try:
        await application.initialize()
        try:
            if application.post_init is not None:
                await application.post_init(application)
            await application.start()
            yield application
        finally:
            if application.running:
                await application.stop()
            # Also after a failed post_init: the outbox sender may already be running.
            if application.post_stop is not None:
                await application.post_stop(application)
    finally:
        # Also when start-up failed (token or database refused), as PTB's run_* do.
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


async def settle(application: SinkronApp, within: float = 10.0) -> None:
    """Wait until the outbox has sent (or given up on) everything due now.

    For the console and tests, which show what a user would have received by then.
    """
    state = application.bot_data
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        async with state.db.transaction(write=False) as tx:
            due = await outbox.due_or_sending(tx)
        if not due and (state.sender is None or not state.sender.busy):
            return
        if loop.time() > deadline:
            raise TimeoutError(f"the outbox still has {due} messages due after {within} s")
        await asyncio.sleep(0.005)
