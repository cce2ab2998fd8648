"""/tenggat: the province sets, shows and reopens the deadline for a budget year's proposals."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons
from bot.domain.errors import Invalid
from bot.domain.meeting_time import parse_meeting_time
from bot.services import meeting_notices
from bot.services.meeting_notices import before_text, when_text
from bot.texts import Raw, t
from handlers.plumbing import flows
from handlers.plumbing.context import Context
from handlers.plumbing.form_view import resolve
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, deadlines
from storage.deadlines import Deadline
from storage.officers import Status, list_by_status

_YEAR = re.compile(r"((?:19|20)\d\d)")  # "1999" too: a wrong year, said as such
REOPEN_WORDS = frozenset({"buka", "dibuka", "reopen", "open"})
CLOSE_WORDS = frozenset({"tutup", "ditutup", "close"})
_ADVERBS = frozenset({"sekarang", "skrg", "now", "lagi", "kembali", "again", "saja", "aja"})
WEEKEND = (6, 7)  # ISO weekdays: Saturday, Sunday


def budget_year_now(now: datetime) -> int:
    """The budget year proposals sent now are for: next year (the cycle plans year N+1 in N)."""
    return now.year + 1


async def closed_deadline(context: Context) -> Deadline | None:
    """The deadline that keeps /usul closed now, if any."""
    zone = context.state.settings.schedule.timezone
    now = context.state.now()
    async with context.state.db.transaction(write=False) as tx:
        deadline = await deadlines.get(tx, budget_year_now(now.astimezone(zone)))
    return deadline if deadline is not None and deadline.closed(now) else None


async def closed_text(context: Context, deadline: Deadline) -> str:
    """Why /usul is closed, whether a draft is kept, and whom to ask."""
    who = context.who
    zone = context.state.settings.schedule.timezone
    # Only a draft that exists is "kept" (fifteenth try-out: said right after a cancel).
    key = "tenggat.closed_draft" if await flows.has_draft(context) else "tenggat.closed"
    return t(
        who.lang,
        key,
        year=deadline.budget_year,
        when=when_text(deadline.closes_at, zone, who.lang),
    )


def _describe(deadline: Deadline, context: Context) -> str:
    who = context.who
    zone = context.state.settings.schedule.timezone
    now = context.state.now()
    if deadline.reopened:
        state = t(who.lang, "tenggat.state_reopened")
    elif deadline.closed(now):
        state = t(who.lang, "tenggat.state_closed")
    else:
        state = t(who.lang, "tenggat.state_open")
    reminders = ", ".join(
        before_text(timedelta(minutes=m), who.lang) for m in deadline.offsets_min
    ) or t(who.lang, "rapat.reminder_none")
    return t(
        who.lang,
        "tenggat.row",
        year=deadline.budget_year,
        when=when_text(deadline.closes_at, zone, who.lang),
        state=Raw(state),
        reminders=reminders,
    )


def _example(now: datetime, zone: ZoneInfo) -> dict[str, object]:
    """The year and date the command's examples use: this cycle's budget year, and a day two
    weeks ahead, so an example typed as shown is never already past."""
    local = now.astimezone(zone)
    return {"year": budget_year_now(local), "date": f"{local + timedelta(days=14):%d/%m/%Y}"}


async def deadline_command(update: Update, context: Context) -> None:
    """/tenggat; /tenggat 2027 30/11/2026 17.00; /tenggat 2027 tutup; /tenggat 2027 buka."""
    who = context.who
    zone = context.state.settings.schedule.timezone
    now = context.state.now()
    example = _example(now, zone)
    args = list(context.args or ())
    if not args:
        async with context.state.db.transaction(write=False) as tx:
            every = await deadlines.every(tx)
        lines = [_describe(d, context) for d in every] or [t(who.lang, "tenggat.none")]
        await context.bot.send_message(
            who.chat_id, "\n\n".join([*lines, t(who.lang, "tenggat.usage", **example)])
        )
        return
    current = budget_year_now(now.astimezone(zone))
    year = current
    if (found := _YEAR.fullmatch(args[0])) is not None:
        year = int(found[1])
        args = args[1:]
    if year != current:
        # Proposals sent now are stamped for next year's budget: a deadline for another year
        # could never close /usul, and would remind every regency of a year nobody can send.
        await context.bot.send_message(who.chat_id, t(who.lang, "tenggat.wrong_year", **example))
        return
    rest = " ".join(args).strip()
    if not rest:
        # "/tenggat 2027": that year's deadline, as /tenggat alone lists them (fifteenth
        # try-out: only the usage came back).
        async with context.state.db.transaction(write=False) as tx:
            deadline = await deadlines.get(tx, year)
        shown = _describe(deadline, context) if deadline else t(who.lang, "tenggat.none")
        await context.bot.send_message(
            who.chat_id, "\n\n".join([shown, t(who.lang, "tenggat.usage", **example)])
        )
        return
    # "tutup sekarang", "buka lagi", "reopen now": the word that acts, and an adverb after it.
    action = " ".join(w for w in rest.casefold().split() if w not in _ADVERBS)
    if action in CLOSE_WORDS:
        await _close_now(context, year)
        return
    if action in REOPEN_WORDS:
        async with context.state.db.transaction() as tx:
            existing = await deadlines.get(tx, year)
            reopened = existing is not None and existing.closed(now)
            if reopened:
                await deadlines.reopen(tx, year)
                await audit.record(tx, who.user_id, "deadline.reopened", f"deadline:{year}")
        if existing is not None and not reopened:
            when = when_text(existing.closes_at, zone, who.lang)
            text = t(who.lang, "tenggat.not_closed", when=when, **example)
            await context.bot.send_message(who.chat_id, text)
            return
        await context.state.scheduler.plan_deadline(year)
        key = "tenggat.reopened" if reopened else "tenggat.no_such"
        await context.bot.send_message(who.chat_id, t(who.lang, key, **example))
        return
    try:
        closes_at = parse_meeting_time(rest, now=now, zone=zone)
    except Invalid as problem:
        reason = t(who.lang, problem.key, **resolve(problem.params, who.lang))
        await context.bot.send_message(
            who.chat_id, t(who.lang, "tenggat.bad_time", reason=Raw(reason), **example)
        )
        return
    offsets = _offsets(context)
    async with context.state.db.transaction() as tx:
        before = await deadlines.get(tx, year)
        deadline = await deadlines.put(tx, year, closes_at, offsets, who.user_id)
        await audit.record(
            tx, who.user_id, "deadline.set", f"deadline:{year}", closes_at.isoformat()
        )
    await context.state.scheduler.plan_deadline(year)
    text = t(who.lang, "tenggat.set", row=Raw(_describe(deadline, context)))
    if before is not None and before.closes_at != closes_at:
        # What it was, so a move (earlier, above all) is seen at once (fifteenth try-out:
        # fifteen days earlier passed without a word); officers hear it in its reminders.
        was = when_text(before.closes_at, zone, who.lang)
        key = "tenggat.moved_earlier" if closes_at < before.closes_at else "tenggat.moved_later"
        text += "\n" + t(who.lang, key, was=was)
    local = closes_at.astimezone(zone)
    if local.isoweekday() in WEEKEND:
        # Saved as typed (the province may mean it), but said: offices are closed that day
        # (thirteenth try-out: a Sunday passed without a word).
        day = t(who.lang, f"day.{local.isoweekday()}")
        text += "\n\n" + t(who.lang, "tenggat.weekend", day=day)
    replaced = before.closes_at if before is not None else None
    markup = await _announce_button(context, deadline, replaced)
    await context.bot.send_message(who.chat_id, text, reply_markup=markup)


def _offsets(context: Context) -> tuple[int, ...]:
    """The configured reminder offsets, in minutes before the deadline."""
    schedule = context.state.settings.schedule
    return tuple(int(offset.total_seconds() // 60) for offset in schedule.deadline_offsets)


async def _close_now(context: Context, year: int) -> None:
    """ "/tenggat 2027 tutup": close sending now (fifteenth try-out: only a time ahead could
    be set). Officers with a proposal open hear it at once, as at any close; "buka" undoes
    it."""
    who = context.who
    now = context.state.now().replace(second=0, microsecond=0)
    zone = context.state.settings.schedule.timezone
    async with context.state.db.transaction() as tx:
        existing = await deadlines.get(tx, year)
        open_now = existing is None or not existing.closed(context.state.now())
        if open_now:
            offsets = existing.offsets_min if existing else _offsets(context)
            await deadlines.put(tx, year, now, offsets, who.user_id)
            await audit.record(tx, who.user_id, "deadline.closed", f"deadline:{year}")
    if not open_now:
        assert existing is not None
        when = when_text(existing.closes_at, zone, who.lang)
        await context.bot.send_message(
            who.chat_id, t(who.lang, "tenggat.already_closed", year=year, when=when)
        )
        return
    await context.state.scheduler.plan_deadline(year)
    when = when_text(now, zone, who.lang)
    await context.bot.send_message(
        who.chat_id, t(who.lang, "tenggat.closed_now", year=year, when=when)
    )


async def _announce_button(
    context: Context, deadline: Deadline, was: datetime | None
) -> InlineKeyboardMarkup:
    """The button that tells every active officer this deadline (fifteenth try-out: a
    deadline moved fifteen days earlier reached officers only through their reminders)."""
    async with context.state.db.transaction(write=False) as tx:
        officers = len(await list_by_status(tx, Status.ACTIVE))
    data = buttons.DEADLINE_NOTICE.pack(
        "umum", deadline.budget_year, _minutes(deadline.closes_at), _minutes(was) if was else 0
    )
    label = t(context.who.lang, "btn.tenggat_announce", n=officers)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])


def _minutes(moment: datetime) -> int:
    """A moment as whole minutes since the epoch: a deadline's identity in button data."""
    return int(moment.timestamp() // 60)


async def announce(update: Update, context: Context) -> None:
    """ "Beri tahu semua petugas": queue the deadline for every active officer, once."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    who = context.who
    _, year, minutes, was_minutes = pressed(buttons.DEADLINE_NOTICE, query)
    now = context.state.now()
    zone = context.state.settings.schedule.timezone
    async with context.state.db.transaction() as tx:
        deadline = await deadlines.get(tx, year)
        current = deadline is not None and _minutes(deadline.closes_at) == minutes
        if deadline is None or not current or deadline.closed(now):
            count = None
        else:
            was = datetime.fromtimestamp(was_minutes * 60, UTC) if was_minutes else None
            count = await meeting_notices.announce_deadline(tx, deadline, was, zone, now)
            await audit.record(
                tx, who.user_id, "deadline.announced", f"deadline:{year}", str(count)
            )
    await flows.clear_buttons(query.message)
    if count is None:
        # Moved again (or closed) since that message: its deadline is no longer the one.
        await context.bot.send_message(
            who.chat_id, t(who.lang, "tenggat.announce_stale", year=year)
        )
        return
    context.state.wake_sender()
    await context.bot.send_message(
        who.chat_id, t(who.lang, "tenggat.announced", year=year, n=count)
    )


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Submission deadlines."""
    return [
        CommandHandler("tenggat", deadline_command),
        CallbackQueryHandler(announce, pattern=buttons.DEADLINE_NOTICE.pattern),
    ]
