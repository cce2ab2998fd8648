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


def small_number(text: str, digits: int = 9) -> int | None:
    """A button's number: ASCII digits only, at most `digits` of them; None otherwise.

    Button data can be forged: "²" passes str.isdigit() yet int() refuses it, and twenty
    digits overflow SQLite's integers. Both must read as "not a button of ours".
    """
    if 1 <= len(text) <= digits and text.isascii() and text.isdigit():
        return int(text)
    return None
