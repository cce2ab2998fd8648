"""/petugas: admins see pending registrations and the officers of each regency."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.domain import buttons
from bot.domain.errors import Invalid
from bot.domain.regions import REGENCIES, find_regency, regency_by_code
from bot.domain.textsplit import split_message
from bot.texts import t
from handlers.plumbing.context import Context
from storage import officers
from storage.officers import Status

# Buttons for this many pending requests at most; the rest are listed in text only.
PENDING_WITH_BUTTONS = 8


async def list_officers(update: Update, context: Context) -> None:
    """Pending registrations with decision buttons and active officers per regency;
    `/petugas <regency>` lists one regency's officers."""
    who = context.who
    message = update.effective_message
    assert message is not None
    if context.args:
        typed = " ".join(context.args)
        try:
            regency = find_regency(typed)
        except Invalid as problem:
            names = ", ".join(regency_by_code(code).short_name for code in problem.suggestions)
            key = "officers.unknown_regency_suggest" if names else "officers.unknown_regency"
            await message.reply_text(t(who.lang, key, typed=typed[:40], names=names))
            return
        async with context.state.db.transaction(write=False) as tx:
            members = await officers.list_by_status(tx, Status.ACTIVE, regency.code)
            waiting = await officers.list_by_status(tx, Status.PENDING, regency.code)
        lines = [t(who.lang, "officers.of_regency", regency=regency.name, n=len(members))]
        lines += [
            t(who.lang, "officers.row", name=o.full_name, position=o.position, phone=o.phone)
            for o in members
        ]
        if waiting:
            # "0 active" alone hid a registration from there awaiting a decision (fifteenth
            # try-out); the decision buttons are on /petugas.
            names = ", ".join(o.full_name or "?" for o in waiting)
            lines.append(t(who.lang, "officers.of_regency_pending", n=len(waiting), names=names))
        for piece in split_message("\n".join(lines)):
            await message.reply_text(piece)
        return

    async with context.state.db.transaction(write=False) as tx:
        pending = await officers.list_by_status(tx, Status.PENDING)
        counts = await officers.count_active_by_regency(tx)
    lines = [t(who.lang, "officers.pending_title", n=len(pending))]
    keyboard = []
    for number, o in enumerate(pending, start=1):
        short = regency_by_code(o.regency_code or "").short_name
        lines.append(
            t(
                who.lang,
                "officers.pending_row",
                number=number,
                name=o.full_name,
                regency=short,
                position=o.position,
                phone=o.phone,
            )
        )
        if number <= PENDING_WITH_BUTTONS:
            keyboard.append(
                [
                    InlineKeyboardButton(
                        t(who.lang, "btn.approve_n", n=number),
                        callback_data=buttons.REGISTRATION.pack("ok", o.user_id, o.request_no, "l"),
                    ),
                    InlineKeyboardButton(
                        t(who.lang, "btn.reject_n", n=number),
                        callback_data=buttons.REGISTRATION.pack("no", o.user_id, o.request_no, "l"),
                    ),
                ]
            )
    lines.append("")
    lines.append(t(who.lang, "officers.active_title", n=sum(counts.values())))
    lines += [
        t(who.lang, "officers.count_row", regency=r.short_name, n=counts.get(r.code, 0))
        for r in REGENCIES
    ]
    lines.append("")
    lines.append(t(who.lang, "officers.hint"))
    pieces = split_message("\n".join(lines))
    for piece in pieces[:-1]:
        await message.reply_text(piece)
    markup = InlineKeyboardMarkup(keyboard) if keyboard else None
    await message.reply_text(pieces[-1], reply_markup=markup)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Officer administration."""
    return [CommandHandler("petugas", list_officers)]
