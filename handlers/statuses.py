"""Where proposals stand: /status, "status usulan USL-2026-0003", "usulan saya sampai mana?"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.domain.quantities import format_datetime
from bot.domain.textsplit import split_lines
from bot.texts import t
from handlers import flows
from handlers.context import Context, Role
from storage import proposals
from storage.proposals import Proposal

LISTED = 10


def when(stamp: str, context: Context) -> str:
    """A stored UTC timestamp as officers read it: "28/11/2026 09.00" in the province's zone."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return format_datetime(moment.astimezone(context.state.settings.schedule.timezone))


def _row(proposal: Proposal, context: Context, lang: str) -> str:
    return t(
        lang,
        "status.row",
        code=proposal.code,
        title=proposal.title,
        status=t(lang, f"proposal.{proposal.status}"),
        when=when(proposal.updated_at, context),
    )


async def show(update: Update, context: Context, code: str | None) -> None:
    """One proposal by code, or the latest of the officer's regency; never another regency's."""
    who = context.who
    if who.role is Role.GUEST:
        await context.bot.send_message(who.chat_id, t(who.lang, "status.register_first"))
        return
    async with context.state.db.transaction(write=False) as tx:
        if code is not None:
            found = await proposals.by_code(tx, code)
            listed = [found] if found is not None else []
        elif who.is_admin:
            listed = await proposals.latest(tx, LISTED)  # the province sees every regency
        else:
            regency = who.officer.regency_code
            listed = await proposals.of_regency(tx, regency, LISTED) if regency else []
    if code is not None:
        visible = [p for p in listed if who.is_admin or p.regency_code == who.officer.regency_code]
        if not visible:
            # Not found and not yours look alike on purpose: codes of others reveal nothing.
            await context.bot.send_message(who.chat_id, t(who.lang, "status.not_found", code=code))
            return
        await context.bot.send_message(who.chat_id, _row(visible[0], context, who.lang))
        return
    if not listed:
        key = "status.none_province" if who.is_admin else "status.none"
        await context.bot.send_message(who.chat_id, t(who.lang, key))
        return
    title = "status.title_province" if who.is_admin else "status.title"
    lines = [t(who.lang, title, n=len(listed))]
    lines += [_row(p, context, who.lang) for p in listed]
    for piece in split_lines("\n\n".join(lines)):
        await context.bot.send_message(who.chat_id, piece)


async def status_command(update: Update, context: Context) -> None:
    """/status and /status USL-2026-0042."""
    code = context.args[0].upper() if context.args else None
    await show(update, context, code)
    await flows.remind(context)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Proposal status."""
    return [CommandHandler("status", status_command)]
