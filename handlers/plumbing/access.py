"""Group -1: resolve who sent each update and refuse what their role may not do."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import ApplicationHandlerStop

from bot.services.throttle import Verdict
from bot.texts import language_of, t
from handlers.plumbing.commands import callback_role, required_role
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.menu import refresh_if_stale
from handlers.plumbing.queries import acknowledge
from storage import audit, officers
from storage.officers import Status

log = logging.getLogger(__name__)


def command_of(update: Update) -> str | None:
    """The command a message starts with ("start" for "/start@sinkron_bot x"), if any."""
    message = update.effective_message
    if message is None or not message.text or update.callback_query is not None:
        return None
    for entity in message.entities:
        if entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0:
            return message.text[1 : entity.length].split("@", 1)[0].lower()
    return None


async def identify(update: Update, context: Context) -> None:
    """Attach the sender's identity to the context; stop updates they may not act on."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != ChatType.PRIVATE:
        # The bot works in private chats only; group traffic is not ours to answer.
        raise ApplicationHandlerStop
    state = context.state
    # Every update passes here: one read for a known user (the usual case), a write only for
    # a new or returning one.
    async with state.db.transaction(write=False) as tx:
        officer = await officers.get(tx, user.id)
        shown = await officers.menu_of(tx, user.id) if officer is not None else None
    if officer is None or officer.status is Status.INACTIVE:
        async with state.db.transaction() as tx:
            officer = await officers.get(tx, user.id)
            if officer is None:
                language = language_of(user.language_code)
                officer = await officers.seen(tx, user.id, chat.id, language)
            elif officer.status is Status.INACTIVE:
                # They unblocked the bot and wrote: messages reach them again.
                officer = await officers.reactivate(tx, user.id) or officer
            shown = await officers.menu_of(tx, user.id)
    who = Identity(
        user_id=user.id,
        chat_id=chat.id,
        telegram_name=user.full_name,
        officer=officer,
        is_admin=state.is_admin(user.id),
    )
    context.identity = who

    if update.edited_message is not None:
        # An edit is not a new answer: feeding it to a form would answer the wrong question.
        await update.edited_message.reply_text(t(who.lang, "general.edit_ignored"))
        raise ApplicationHandlerStop

    await refresh_if_stale(context.bot, state.db, who, shown)

    needed = _needed_role(update)
    if who.role >= needed:
        return
    await _refuse(update, context, who, needed)
    raise ApplicationHandlerStop


def _needed_role(update: Update) -> Role:
    query = update.callback_query
    if query is not None:
        return callback_role(query.data or "")
    command = command_of(update)
    return Role.GUEST if command is None else required_role(command)


async def _refuse(update: Update, context: Context, who: Identity, needed: Role) -> None:
    if who.role is Role.GUEST:
        verdict = context.state.guest_throttle.check(who.user_id)
        if verdict is not Verdict.ALLOW:
            # Past the allowance: one friendly word, then nothing answered or stored.
            if update.callback_query is not None:
                await acknowledge(update.callback_query)
            elif verdict is Verdict.WARN and update.effective_message is not None:
                await update.effective_message.reply_text(t(who.lang, "access.slow_down"))
            return
    if needed is Role.ADMIN:
        key = "access.admin_only"
        what = update.callback_query.data if update.callback_query else command_of(update)
        # A non-admin with an admin button or command is either lost or probing: keep a trail.
        log.warning("refused admin action %r from user %s", what, who.user_id)
        async with context.state.db.transaction() as tx:
            await audit.record(tx, who.user_id, "access.denied", f"user:{who.user_id}", what)
    elif who.officer.status is Status.PENDING:
        key = "access.pending"
    elif who.officer.status is Status.REJECTED:
        key = "access.rejected"
    else:
        key = "access.register_first"
    text = t(who.lang, key)
    if update.callback_query is not None:
        await acknowledge(update.callback_query, text, alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)
