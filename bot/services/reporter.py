"""Broadcast progress and reports: one admin message kept up to date, then a final report."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, TelegramError

from bot.domain import buttons
from bot.domain.regions import regency_by_code
from bot.services import notify
from bot.services.background import Background
from bot.texts import Raw, t
from storage import broadcasts, outbox
from storage.broadcasts import Broadcast, Outcome
from storage.db import Database

log = logging.getLogger(__name__)

LISTED_FAILURES = 20
REASONS = ("blocked", "not_found", "gave_up", "invalid")


def tally(broadcast: Broadcast, outcomes: Sequence[Outcome]) -> dict[str, int]:
    """Sent, failed (by reason) and still waiting, per recipient."""
    counts = {"sent": 0, "failed": 0, "waiting": 0, **dict.fromkeys(REASONS, 0)}
    for outcome in outcomes:
        if outcome.state == "sent":
            counts["sent"] += 1
        elif outcome.state == "failed":
            counts["failed"] += 1
            counts[outcome.failure or "invalid"] += 1
        else:
            counts["waiting"] += 1
    counts["waiting"] += max(0, broadcast.recipients - len(outcomes))
    return counts


def progress_text(broadcast: Broadcast, counts: dict[str, int], lang: str = "id") -> str:
    """The line the admin watches while a broadcast goes out."""
    return t(
        lang,
        "siaran.progress",
        id=broadcast.id,
        sent=counts["sent"],
        total=broadcast.recipients,
        failed=counts["failed"],
    )


def report_text(
    broadcast: Broadcast, counts: dict[str, int], outcomes: Sequence[Outcome], lang: str = "id"
) -> str:
    """The final report: delivered, failed with reasons (names), blocked."""
    lines = [
        t(
            lang,
            "siaran.report",
            id=broadcast.id,
            sent=counts["sent"],
            total=broadcast.recipients,
            failed=counts["failed"],
            blocked=counts["blocked"],
        )
    ]
    failed = [o for o in outcomes if o.state == "failed"]
    for outcome in failed[:LISTED_FAILURES]:
        regency = regency_by_code(outcome.regency_code).short_name if outcome.regency_code else "—"
        lines.append(
            t(
                lang,
                "siaran.report_row",
                name=outcome.name or str(outcome.chat_id),
                regency=regency,
                reason=Raw(t(lang, f"siaran.reason.{outcome.failure or 'invalid'}")),
            )
        )
    if len(failed) > LISTED_FAILURES:
        lines.append(t(lang, "siaran.report_more", n=len(failed) - LISTED_FAILURES))
    return "\n".join(lines)


class Reporter:
    """Polls unfinished broadcasts: edits their progress message, queues their final report."""

    def __init__(
        self, db: Database, bot: Bot, *, interval: float, wake_sender: Callable[[], None]
    ) -> None:
        self._db = db
        self._bot = bot
        self._interval = interval
        self._wake_sender = wake_sender
        self._shown: dict[int, str] = {}  # broadcast id -> progress text on screen
        self._loop = Background("broadcast-reporter", self._run)

    async def start(self) -> None:
        """Start watching (unfinished broadcasts of an earlier run included)."""
        self._loop.start()

    async def stop(self) -> None:
        """Stop watching; a later start picks up where this left off."""
        await self._loop.stop()

    async def _run(self) -> None:
        while True:
            try:
                await self.check()
            except Exception:  # never let a report bug stop the reports
                log.exception("broadcast reporter failed; trying again")
            await asyncio.sleep(self._interval)

    async def check(self) -> None:
        """One round: update every unfinished broadcast's progress, report finished ones."""
        async with self._db.transaction(write=False) as tx:
            pending = [
                (b, await broadcasts.outcomes(tx, b)) for b in await broadcasts.unreported(tx)
            ]
        for broadcast, outcomes in pending:
            counts = tally(broadcast, outcomes)
            await self._show(broadcast, progress_text(broadcast, counts))
            if counts["waiting"] == 0:
                await self._report(broadcast, counts, outcomes)

    async def _show(self, broadcast: Broadcast, text: str) -> None:
        if broadcast.progress_chat is None or broadcast.progress_message is None:
            return
        if self._shown.get(broadcast.id) == text:
            return  # Telegram refuses an edit that changes nothing
        try:
            await self._bot.edit_message_text(
                text, chat_id=broadcast.progress_chat, message_id=broadcast.progress_message
            )
        except BadRequest as error:
            log.debug("progress of broadcast %s not edited: %s", broadcast.id, error)
        except TelegramError as error:
            log.info("progress of broadcast %s not edited: %s", broadcast.id, error)
            return  # try again next round
        self._shown[broadcast.id] = text

    async def _report(
        self, broadcast: Broadcast, counts: dict[str, int], outcomes: Sequence[Outcome]
    ) -> None:
        markup = None
        if counts["failed"]:
            label = t("id", "btn.resend_failed", n=counts["failed"])
            markup = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            label, callback_data=buttons.BROADCAST.pack("ulang", broadcast.id)
                        )
                    ]
                ]
            )
        async with self._db.transaction() as tx:
            current = await broadcasts.get(tx, broadcast.id)
            if current is None or current.reported_at is not None:
                return
            await broadcasts.mark_reported(tx, broadcast.id)
            await notify.queue(
                tx,
                f"broadcast-report:{broadcast.id}:{outbox.now_stamp()}",
                # To the admin watching its progress (who pressed "resend", if anyone did).
                broadcast.progress_chat or broadcast.admin_id,
                report_text(broadcast, counts, outcomes),
                markup,
            )
        self._shown.pop(broadcast.id, None)
        self._wake_sender()
