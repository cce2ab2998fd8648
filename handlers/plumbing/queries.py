"""Answering button presses without letting Telegram's refusal cut the real work short."""

from __future__ import annotations

import logging
from typing import Any

from telegram import CallbackQuery
from telegram.error import BadRequest

from bot.domain.buttons import Buttons

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


def pressed(family: Buttons, query: CallbackQuery) -> tuple[Any, ...]:
    """The values of a press the handler's pattern (`family.pattern`) already matched."""
    values = family.parse(query.data)
    if values is None:  # the pattern and the layouts are one object: this cannot happen
        raise ValueError(f"{query.data!r} matched {family.prefix}|'s pattern but not a layout")
    return values
