"""Proactive messages to admins and officers (direct for now; the outbox will own this)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError

log = logging.getLogger(__name__)


async def send(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> bool:
    """Send one proactive message; False (and a log line) when Telegram refuses it."""
    try:
        await bot.send_message(chat_id, text, reply_markup=markup)
    except (Forbidden, BadRequest) as error:
        # An admin who never opened the bot, or who blocked it: nothing to retry.
        log.warning("could not message chat %s: %s", chat_id, error)
        return False
    except NetworkError as error:
        log.warning("network error messaging chat %s: %s", chat_id, error)
        return False
    return True


async def send_many(
    bot: Bot, chat_ids: Iterable[int], text: str, markup: InlineKeyboardMarkup | None = None
) -> int:
    """Send the same message to several chats; return how many got it."""
    delivered = 0
    for chat_id in chat_ids:
        delivered += await send(bot, chat_id, text, markup)
    return delivered


async def send_returning(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Like `send`, but return the message (to remember its id); None when refused."""
    try:
        return await bot.send_message(chat_id, text, reply_markup=markup)
    except (Forbidden, BadRequest, NetworkError) as error:
        log.warning("could not message chat %s: %s", chat_id, error)
        return None
