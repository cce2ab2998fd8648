"""Command line: `sinkron run` (long polling or webhook), `sinkron console` (try it without
Telegram), `sinkron doctor`, `sinkron backup PATH` and `sinkron restore PATH`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot.config import (
    WEBHOOK_SECRET_ENV,
    ConfigError,
    Settings,
    bot_token,
    load_config,
    webhook_secret,
)
from bot.logs import FORMATS, quiet_noisy_loggers, setup_logging
from storage.db import StorageError

# quiet_noisy_loggers: also for callers that set up logging themselves (tests, benchmarks).
__all__ = ["main", "quiet_noisy_loggers"]

EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sinkron", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot against Telegram ([telegram] mode)")
    run.add_argument(
        "--config", type=Path, help="config file (default: $SINKRON_CONFIG or ./config.toml)"
    )
    run.add_argument(
        "--log-format",
        choices=FORMATS,
        default="text",
        help="text lines for people (default) or one JSON object per line for log collectors",
    )
    console = sub.add_parser("console", help="try the bot in this terminal, no Telegram needed")
    console.add_argument("--config", type=Path, help="config file (as for run)")
    console.add_argument(
        "--db", type=Path, help="the console's database (default: console.db beside the bot's)"
    )
    doctor = sub.add_parser("doctor", help="check config, token, admins, database and clock")
    doctor.add_argument("--config", type=Path, help="config file (as for run)")
    for name, help_text in (
        ("backup", "copy the database while the bot runs (checked), e.g. sinkron backup b.db"),
        ("restore", "put a backup in place of the database (the bot must be stopped)"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("path", type=Path, help="the backup file")
        command.add_argument("--config", type=Path, help="config file (as for run)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sinkron` command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = load_config(args.config, os.environ)
    except ConfigError as error:
        print(f"sinkron: configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "console":
        return _console(settings, args.db)
    if args.command == "doctor":
        return _doctor(settings)
    if args.command in ("backup", "restore"):
        return _backup_or_restore(args.command, settings, args.path)
    return _run(settings, args.log_format)


def _doctor(settings: Settings) -> int:
    from bot.doctor import run_checks

    checks = asyncio.run(run_checks(settings, bot_token(os.environ)))
    for check in checks:
        print(check.line())
    return 0 if all(check.ok for check in checks) else 1


def _backup_or_restore(command: str, settings: Settings, path: Path) -> int:
    from storage import backup

    database = settings.storage.database
    try:
        if command == "backup":
            report = backup.backup(database, path)
        else:
            report = backup.restore(path, database)
    except (StorageError, OSError) as error:
        print(f"sinkron: {command} failed: {error}", file=sys.stderr)
        return EXIT_CONFIG
    counts = ", ".join(f"{table} {n}" for table, n in report.counts.items())
    done = "backed up to" if command == "backup" else "restored into"
    print(
        f"sinkron: {done} {report.path} ({report.size / 1e6:.1f} MB, schema {report.version}, "
        f"integrity ok): {counts}"
    )
    return 0


def _run(settings: Settings, log_format: str) -> int:
    token = bot_token(os.environ)
    if token is None:
        print(
            "sinkron: no bot token. Set it in the environment, e.g.\n"
            "  TELEGRAM_BOT_TOKEN=123456:ABC... sinkron run\n"
            "(ask @BotFather for a token). To try the bot without Telegram: sinkron console",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    secret = None
    if settings.telegram.mode == "webhook":
        try:
            secret = webhook_secret(os.environ)
        except ConfigError as error:
            print(f"sinkron: configuration error: {error}", file=sys.stderr)
            return EXIT_CONFIG
        if secret is None:
            print(
                f'sinkron: [telegram] mode = "webhook" needs {WEBHOOK_SECRET_ENV} in the '
                "environment (16 to 256 letters, digits, _ and -), so that only Telegram can "
                "post updates to the bot",
                file=sys.stderr,
            )
            return EXIT_CONFIG
    setup_logging(logging.INFO, log_format, token=token, webhook_secret=secret)
    from bot.app import build_application

    application = build_application(settings, token)
    try:
        if secret is None:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
        else:
            from bot.webhook import WebhookError, serve

            try:
                asyncio.run(serve(application, secret))
            except WebhookError as error:
                print(f"sinkron: {error}", file=sys.stderr)
                return EXIT_CONFIG
    except StorageError as error:
        print(f"sinkron: database error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except InvalidToken:
        print(
            "sinkron: the Bot API refused the bot token (401/404): check TELEGRAM_BOT_TOKEN, "
            f"and [telegram] base_url ({settings.telegram.base_url}) if you use a local server",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except TelegramError as error:
        print(
            f"sinkron: cannot talk to the Bot API at {settings.telegram.base_url}: {error}",
            file=sys.stderr,
        )
        return 1
    return 0


def _console(settings: Settings, db: Path | None) -> int:
    from bot.console import console_settings, read_stdin, run_console

    database = db if db is not None else settings.storage.database.with_name("console.db")
    # Warnings go to a file beside the database: in the terminal they would break into the
    # conversation being tried (tenth try-out).
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        log_file: TextIO = database.with_suffix(".log").open("a", encoding="utf-8")
    except OSError:
        log_file = sys.stderr  # the database's own error then says what is wrong
    setup_logging(logging.WARNING, stream=log_file)
    try:
        asyncio.run(run_console(console_settings(settings, database), read_stdin, sys.stdout))
    except StorageError as error:
        print(f"sinkron: database error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
