"""Command line: `sinkron run` (long polling), `sinkron console` (try it without Telegram),
`sinkron doctor`, `sinkron backup PATH` and `sinkron restore PATH`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot.config import ConfigError, Settings, bot_token, load_config
from storage.db import StorageError

EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sinkron", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot against Telegram (long polling)")
    run.add_argument(
        "--config", type=Path, help="config file (default: $SINKRON_CONFIG or ./config.toml)"
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


class RedactToken(logging.Filter):
    """Replaces the bot token in every record, its arguments and its traceback: PTB puts the
    token in exception texts ("The token `123:ABC` was rejected"), and URLs carry it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token
        self._formatter = logging.Formatter()

    def _clean(self, text: str) -> str:
        return text.replace(self._token, "<token>")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._clean(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


def _setup_logging(level: int, token: str | None = None) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if token:
        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactToken(token))
    quiet_noisy_loggers()


def quiet_noisy_loggers() -> None:
    """Silence request logging: httpx logs every request URL, and the URL holds the token."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


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
    return _run(settings)


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


def _run(settings: Settings) -> int:
    token = bot_token(os.environ)
    if token is None:
        print(
            "sinkron: no bot token. Set it in the environment, e.g.\n"
            "  TELEGRAM_BOT_TOKEN=123456:ABC... sinkron run\n"
            "(ask @BotFather for a token). To try the bot without Telegram: sinkron console",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    _setup_logging(logging.INFO, token)
    from bot.app import build_application

    application = build_application(settings, token)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
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
    _setup_logging(logging.WARNING)
    from bot.console import console_settings, read_stdin, run_console

    database = db if db is not None else settings.storage.database.with_name("console.db")
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
