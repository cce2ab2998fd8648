"""`sinkron doctor`: one line per check of a deployment, and an exit code that says if it is fit."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Check:
    """One check's outcome."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """How it is printed."""
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


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
    checks += _database(settings.storage.database)
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
            if not settings.access.admin_ids:
                checks.append(Check("admins", False, "[access] admin_ids is empty"))
            for admin_id in sorted(settings.access.admin_ids):
                try:
                    chat = await bot.get_chat(admin_id)
                    checks.append(Check(f"admin {admin_id}", True, f"reachable ({chat.full_name})"))
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
