"""The one error handler: log it, apologise, and alert admins without flooding them."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from telegram import Update
from telegram.error import BadRequest, NetworkError

from bot.services import notify
from bot.texts import t
from handlers.plumbing.context import Context
from handlers.plumbing.queries import acknowledge
from storage import officers

log = logging.getLogger(__name__)

ALERT_INTERVAL_S = 60.0


async def on_error(update: object, context: Context) -> None:
    """Log with the traceback; tell the user their data is safe; alert admins once a minute."""
    log.error("error while handling an update", exc_info=context.error)
    lang = await _language(update, context)
    if isinstance(update, Update):
        if update.callback_query is not None:
            await acknowledge(update.callback_query)  # stop the spinner of the failed press
        if update.effective_chat is not None:
            await notify.send(context.bot, update.effective_chat.id, t(lang, "error.user"))

    if isinstance(context.error, NetworkError) and not isinstance(context.error, BadRequest):
        # Telegram or the network failing after the retries: nothing a person can act on
        # (the log has it). Admins hear of errors in the bot itself, and a request Telegram
        # refuses ("can't parse entities") is one: PTB's BadRequest is a NetworkError too.
        return
    state = context.state
    now = time.monotonic()
    if state.last_error_alert is not None and now - state.last_error_alert < ALERT_INTERVAL_S:
        return
    state.last_error_alert = now
    error = context.error
    summary = f"{type(error).__name__}: {error}"[:500]
    minute = datetime.now(UTC).strftime("%Y%m%d%H%M")
    try:
        async with state.db.transaction() as tx:
            # One alert per minute per admin, even across restarts: the key says so.
            await notify.queue_for_admins(
                tx,
                state.settings.access.admin_ids,
                f"alert:{minute}",
                t("id", "error.admin", error=summary),
            )
    except Exception:  # the database may be what failed: the log has it all the same
        log.exception("could not queue the error alert for admins")
        return
    state.wake_sender()


async def _language(update: object, context: Context) -> str:
    """The user's language, read again: PTB gives error handlers a fresh context. (Kept out of
    PTB's per-user memory on purpose: that would hold an entry for every stranger forever.)"""
    user = update.effective_user if isinstance(update, Update) else None
    if user is None:
        return "id"
    try:
        async with context.state.db.transaction(write=False) as tx:
            officer = await officers.get(tx, user.id)
    except Exception:  # the database may be what failed
        return "id"
    return officer.language if officer is not None else "id"
