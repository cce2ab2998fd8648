"""Queueing proactive messages in the outbox, and the few direct replies that stay direct."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.domain.textsplit import split_message
from storage import outbox
from storage.db import Tx

log = logging.getLogger(__name__)


async def queue(
    tx: Tx,
    key: str,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    ref: str | None = None,
) -> bool:
    """Queue a text for one chat (split if longer than a message; buttons on the last piece)."""
    return await queue_pieces(tx, key, chat_id, split_message(text), markup, ref)


async def queue_pieces(
    tx: Tx,
    key: str,
    chat_id: int,
    pieces: list[str],
    markup: InlineKeyboardMarkup | None = None,
    ref: str | None = None,
    *,
    bulk: bool = False,
) -> bool:
    """Queue a text already split into messages: `key`, then `key#2`, `key#3`..."""
    queued = False
    for number, piece in enumerate(pieces, start=1):
        last = number == len(pieces)
        queued |= await outbox.enqueue(
            tx,
            key if number == 1 else f"{key}#{number}",
            chat_id,
            piece,
            markup=markup.to_dict() if markup is not None and last else None,
            ref=ref,
            bulk=bulk,
        )
    return queued


async def queue_for_admins(
    tx: Tx,
    admin_ids: Iterable[int],
    key: str,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    ref: str | None = None,
) -> int:
    """Queue the same message for every admin; returns how many admins it was queued for."""
    count = 0
    for admin_id in sorted(admin_ids):
        count += await queue(tx, f"{key}:{admin_id}", admin_id, text, markup, ref)
    return count


async def send(bot: Bot, chat_id: int, text: str) -> bool:
    """Send one message now, outside the outbox (an apology while something is broken)."""
    try:
        await bot.send_message(chat_id, text)
    except (Forbidden, BadRequest, NetworkError) as error:
        log.warning("could not message chat %s: %s", chat_id, error)
        return False
    return True


async def append_line(bot: Bot, sent: Iterable[outbox.Outgoing], line: str) -> None:
    """Add `line` under messages the outbox delivered (a question's notice, once answered); a
    message that cannot be edited (deleted, too old, never delivered) stays as it was."""
    for message in sent:
        if message.message_id is None or message.text is None:
            continue
        try:
            await bot.edit_message_text(
                message.text + "\n\n" + line, message.chat_id, message.message_id
            )
        except TelegramError as problem:
            log.warning("message %s in chat %s kept: %s", message.id, message.chat_id, problem)
