"""A bare python-telegram-bot echo bot: the baseline of bench/latency.py.

Run: TELEGRAM_BOT_TOKEN=123456:ECHO .venv/bin/python bench/echo_bot.py BASE_URL

Long polling with PTB's defaults (no rate limiter, no persistence, no database): every text
message (commands included) is answered with its own text, every button press with an empty
answerCallbackQuery. BASE_URL is the Bot API endpoint ending in "/bot", like
`[telegram] base_url` of Sinkron's config.
"""

from __future__ import annotations

import os
import sys

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message with the same text."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge a button press."""
    if update.callback_query is not None:
        await update.callback_query.answer()


def main() -> int:
    """Poll `sys.argv[1]` until SIGINT/SIGTERM; returns the exit code."""
    if len(sys.argv) != 2 or "TELEGRAM_BOT_TOKEN" not in os.environ:
        print(__doc__, file=sys.stderr)
        return 2
    application = (
        Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"]).base_url(sys.argv[1]).build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(press))
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
