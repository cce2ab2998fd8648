"""`sinkron doctor`: one line per check of a deployment, and an exit code that says if it is fit.
The webhook server's health route answers the same checks (bot/webhook.py)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from telegram import Bot
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from bot.config import Settings
from storage import backup
from storage.migrations import MIGRATIONS

# A delivery error this recent with updates waiting means Telegram cannot reach the bot.
STUCK_AFTER_ERROR_MIN = 10


@dataclass(frozen=True, slots=True)
class Check:
    """One check's outcome."""

    name: str
    ok: bool
    detail: str
    # A person's name: shown to the operator at the terminal, left out of the health route.
    personal: str = ""

    def line(self, *, personal: bool = True) -> str:
        """How it is printed; `personal=False` leaves out people's names."""
        extra = f" ({self.personal})" if personal and self.personal else ""
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}{extra}"


def _database(path: Path) -> list[Check]:
    if not path.exists():
        return [Check("database", False, f"no database at {path} (it is made by `sinkron run`)")]
    try:
        report = backup.check(path)
    except Exception as error:
        return [Check("database", False, str(error))]
    wal = path.with_name(path.name + "-wal")
    wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0
    current = report.version == len(MIGRATIONS)
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        backlog = connection.execute(
            "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"
        ).fetchone()[0]
    return [
        Check(
            "database",
            current,
            f"{path}, schema {report.version}"
            + ("" if current else f" (this code expects {len(MIGRATIONS)}: run `sinkron run`)")
            + f", integrity ok, {report.size / 1e6:.1f} MB, WAL {wal_mb:.1f} MB",
        ),
        Check("outbox", True, f"{backlog} messages waiting to be sent"),
    ]


async def run_checks(
    settings: Settings, token: str | None, transport: httpx.AsyncBaseTransport | None = None
) -> list[Check]:
    """Every check, in order; none raises."""
    checks = [Check("config", True, f"{settings.source or 'defaults (no config file)'}")]
    zone = settings.schedule.timezone
    now = datetime.now(UTC)
    checks.append(
        Check(
            "clock",
            True,
            f"{now:%Y-%m-%d %H:%M} UTC = {now.astimezone(zone):%H:%M} {zone.key} "
            f"({now.astimezone(zone).tzname()})",
        )
    )
    # In a thread: the integrity check reads the whole file, and the health route runs these
    # checks inside the bot's event loop.
    checks += await asyncio.to_thread(_database, settings.storage.database)
    if not token:
        checks.append(Check("token", False, "TELEGRAM_BOT_TOKEN is not set"))
        return checks
    request = HTTPXRequest(httpx_kwargs={"transport": transport} if transport else None)
    bot = Bot(
        token,
        base_url=settings.telegram.base_url,
        base_file_url=settings.telegram.base_file_url,
        request=request,
    )
    started = time.monotonic()
    try:
        async with bot:
            me = bot.bot
            took = (time.monotonic() - started) * 1000
            checks.append(Check("token", True, f"@{me.username} answers in {took:.0f} ms"))
            checks.append(await _webhook(bot, settings))
            if not settings.access.admin_ids:
                checks.append(Check("admins", False, "[access] admin_ids is empty"))
            for admin_id in sorted(settings.access.admin_ids):
                try:
                    chat = await bot.get_chat(admin_id)
                    checks.append(
                        Check(f"admin {admin_id}", True, "reachable", personal=chat.full_name or "")
                    )
                except TelegramError as error:
                    checks.append(
                        Check(
                            f"admin {admin_id}",
                            False,
                            f"{error}: they must open the bot and press Start once",
                        )
                    )
    except TelegramError as error:
        checks.append(
            Check("token", False, f"{type(error).__name__} from {settings.telegram.base_url}")
        )
    return checks


async def _webhook(bot: Bot, settings: Settings) -> Check:
    """Whether Telegram delivers updates the way [telegram] mode says."""
    info = await bot.get_webhook_info()
    wanted = settings.telegram.webhook_url if settings.telegram.mode == "webhook" else ""
    if info.url != wanted:
        if not wanted:
            return Check(
                "webhook",
                False,
                f"Telegram delivers to {info.url} but [telegram] mode is polling: another "
                "deployment with this token? `sinkron run` in polling mode removes the webhook",
            )
        return Check(
            "webhook",
            False,
            f"Telegram delivers to {info.url or 'nobody (no webhook set)'}, not to {wanted}: "
            "`sinkron run` sets it at start",
        )
    if not wanted:
        return Check("webhook", True, "none (long polling)")
    detail = f"{wanted}, {info.pending_update_count} updates waiting"
    if info.last_error_date is None:
        return Check("webhook", True, detail)
    ago = (datetime.now(UTC) - info.last_error_date).total_seconds() / 60
    detail += f", last delivery error {ago:.0f} min ago: {info.last_error_message}"
    # Updates piling up behind a fresh error: Telegram cannot reach us (proxy, TLS, firewall).
    stuck = ago < STUCK_AFTER_ERROR_MIN and info.pending_update_count > 0
    return Check("webhook", not stuck, detail)
