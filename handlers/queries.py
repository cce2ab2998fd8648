"""Answering button presses without letting Telegram's refusal cut the real work short."""

from __future__ import annotations

import logging

from telegram import CallbackQuery
from telegram.error import BadRequest

log = logging.getLogger(__name__)


async def acknowledge(
    query: CallbackQuery, text: str | None = None, *, alert: bool = False
) -> None:
    """Stop the button's spinner (and show `text`), best effort.

    Telegram refuses answers to presses that waited too long (the bot was down, the network
    slow). The press itself still counts: its work must not be lost to that refusal.
    """
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as error:
        log.info("callback query not answered: %s", error)
