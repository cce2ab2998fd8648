"""The command menus shown by Telegram's "/" button, per role and language (setMyCommands)."""

from __future__ import annotations

import hashlib
import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import BadRequest, Forbidden

from bot.texts import LANGUAGES, t
from handlers.plumbing.commands import commands_for
from handlers.plumbing.context import Identity, Role
from storage import officers
from storage.db import Database

log = logging.getLogger(__name__)


def _menu(role: Role, lang: str) -> list[BotCommand]:
    return [
        BotCommand(c.name, t(lang, c.help_key_for(role)))
        for c in commands_for(role, menu_only=True)
    ]


async def set_default_menus(bot: Bot) -> None:
    """Everyone's menu before they register, in each language Telegram apps may report."""
    await bot.set_my_commands(_menu(Role.GUEST, "id"), scope=BotCommandScopeDefault())
    for lang in LANGUAGES:
        await bot.set_my_commands(
            _menu(Role.GUEST, lang), scope=BotCommandScopeDefault(), language_code=lang
        )


def signature(role: Role, lang: str) -> str:
    """A short fingerprint of a role's menu in a language: it changes when the commands do."""
    text = "|".join(f"{c.command}={c.description}" for c in _menu(role, lang))
    return f"{role.name}:{lang}:" + hashlib.sha1(text.encode()).hexdigest()[:12]


async def set_chat_menu(
    bot: Bot, db: Database, user_id: int, chat_id: int, role: Role, lang: str
) -> None:
    """One user's menu, for their role and chosen language (best effort), remembered."""
    try:
        await bot.set_my_commands(_menu(role, lang), scope=BotCommandScopeChat(chat_id))
    except (BadRequest, Forbidden) as error:
        # An admin listed in config who has not opened the bot yet: set on their /start.
        log.info("menu for chat %s not set: %s", chat_id, error)
        return
    async with db.transaction() as tx:
        await officers.set_menu(tx, user_id, signature(role, lang))


async def refresh_if_stale(bot: Bot, db: Database, who: Identity, shown: str | None) -> None:
    """Set the user's menu if what their chat shows (`shown`, `officers.menu_of`, read with
    the identity) is not their role's current menu (after a deploy that changed commands, an
    approval, a removal from the admins)."""
    wanted = signature(who.role, who.lang)
    if shown != wanted and (shown is not None or who.role is not Role.GUEST):
        # A brand-new guest sees the default menu already: no call needed for them.
        await set_chat_menu(bot, db, who.user_id, who.chat_id, who.role, who.lang)
