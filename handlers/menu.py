"""The command menus shown by Telegram's "/" button, per role and language (setMyCommands)."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import BadRequest, Forbidden

from bot.texts import LANGUAGES, t
from handlers.commands import commands_for
from handlers.context import Role

log = logging.getLogger(__name__)


def _menu(role: Role, lang: str) -> list[BotCommand]:
    return [BotCommand(c.name, t(lang, c.help_key)) for c in commands_for(role, menu_only=True)]


async def set_default_menus(bot: Bot) -> None:
    """Everyone's menu before they register, in each language Telegram apps may report."""
    await bot.set_my_commands(_menu(Role.GUEST, "id"), scope=BotCommandScopeDefault())
    for lang in LANGUAGES:
        await bot.set_my_commands(
            _menu(Role.GUEST, lang), scope=BotCommandScopeDefault(), language_code=lang
        )


async def set_chat_menu(bot: Bot, chat_id: int, role: Role, lang: str) -> None:
    """One user's menu, for their role and chosen language (best effort)."""
    try:
        await bot.set_my_commands(_menu(role, lang), scope=BotCommandScopeChat(chat_id))
    except (BadRequest, Forbidden) as error:
        # An admin listed in config who has not opened the bot yet: set on their /start.
        log.info("menu for chat %s not set: %s", chat_id, error)
