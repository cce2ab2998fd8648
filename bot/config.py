"""Loads config.toml into frozen, validated settings; every mistake is one line naming the key."""

from __future__ import annotations

import difflib
import ipaddress
import json
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.meeting_time import (
    DEFAULT_REMINDER_OFFSETS,
    MAX_OFFSET,
    format_offset,
    parse_offset,
)

# Offsets are a domain concept (admins type them for each meeting); re-exported for callers.
from bot.domain.priority import Weights

__all__ = [
    "DEFAULT_REMINDER_OFFSETS",
    "MAX_OFFSET",
    "AccessSettings",
    "ConfigError",
    "DeliverySettings",
    "ScheduleSettings",
    "Settings",
    "StorageSettings",
    "TelegramSettings",
    "bot_token",
    "format_offset",
    "load_config",
    "parse_offset",
    "webhook_secret",
]

CONFIG_ENV = "SINKRON_CONFIG"
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
WEBHOOK_SECRET_ENV = "SINKRON_WEBHOOK_SECRET"
DEFAULT_FILE = "config.toml"

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_BASE_FILE_URL = "https://api.telegram.org/file/bot"
DEFAULT_DATABASE = "data/sinkron.db"
DEFAULT_TIMEZONE = "Asia/Pontianak"
DEFAULT_MAX_PER_SECOND = 25.0
# Telegram refuses bots that send more than about 30 messages a second overall.
MAX_PER_SECOND_LIMIT = 30.0
MODES = ("polling", "webhook")
# Loopback: the webhook server speaks plain HTTP, so only a TLS proxy on the same host (nginx,
# Caddy) should reach it; a container that publishes the port sets "0.0.0.0".
DEFAULT_LISTEN = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_HEALTH_PATH = "/healthz"
# Telegram's rule for secret_token, plus a floor of our own so it cannot be guessed.
SECRET_MIN_LENGTH = 16
_SECRET = re.compile(rf"[A-Za-z0-9_-]{{{SECRET_MIN_LENGTH},256}}")
# Served paths go into tornado's route regex: letters, digits, "_", "-" and "/" need no escaping.
_PATH = re.compile(r"/[A-Za-z0-9_/-]*")


class ConfigError(Exception):
    """The configuration cannot be used; the message is one line naming file, key and fix."""


@dataclass(frozen=True, slots=True)
class TelegramSettings:
    """Where the Bot API lives (the public one, or a local Bot API server), and how updates
    arrive: long polling, or a webhook served on listen:port at `webhook_url`'s path."""

    base_url: str = DEFAULT_BASE_URL
    base_file_url: str = DEFAULT_BASE_FILE_URL
    mode: str = "polling"
    webhook_url: str | None = None  # always set (and checked) when mode is "webhook"
    listen: str = DEFAULT_LISTEN
    port: int = DEFAULT_PORT
    health_path: str = DEFAULT_HEALTH_PATH

    @property
    def webhook_path(self) -> str:
        """The path the webhook server answers Telegram on (webhook_url's path)."""
        return urlsplit(self.webhook_url or "").path or "/"


@dataclass(frozen=True, slots=True)
class AccessSettings:
    """Telegram user ids of provincial staff, who get the admin commands."""

    admin_ids: frozenset[int] = frozenset()

    def with_admin(self, user_id: int) -> AccessSettings:
        """A copy that also treats `user_id` as an admin."""
        return replace(self, admin_ids=self.admin_ids | {user_id})


@dataclass(frozen=True, slots=True)
class StorageSettings:
    """The SQLite database file (absolute once produced by `load_config`)."""

    database: Path = Path(DEFAULT_DATABASE)


def _default_zone() -> ZoneInfo:
    return ZoneInfo(DEFAULT_TIMEZONE)


def _default_offsets() -> tuple[timedelta, ...]:
    return tuple(parse_offset(text) for text in DEFAULT_REMINDER_OFFSETS)


# Regencies that have sent nothing for a budget year are reminded H-7, H-3 and H-1.
DEFAULT_DEADLINE_OFFSETS = ("7d", "3d", "1d")


def _default_deadline_offsets() -> tuple[timedelta, ...]:
    return tuple(parse_offset(text) for text in DEFAULT_DEADLINE_OFFSETS)


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """Zone for showing times (`timezone.key` is its name) and reminder offsets, longest first."""

    # Factories, not constants: building a ZoneInfo reads zone data, which import must not do.
    timezone: ZoneInfo = field(default_factory=_default_zone)
    reminder_offsets: tuple[timedelta, ...] = field(default_factory=_default_offsets)
    deadline_offsets: tuple[timedelta, ...] = field(default_factory=_default_deadline_offsets)


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """Global cap on proactive messages per second."""

    max_per_second: float = DEFAULT_MAX_PER_SECOND


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """How long records that only grow are kept, in days (0 keeps them forever)."""

    outbox_days: int = 180  # delivered or failed messages: the delivery record
    guest_days: int = 90  # users who wrote once and never registered nor asked anything


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """The nightly copy of the database: off while `directory` is None."""

    directory: Path | None = None
    keep: int = 7  # newest copies kept; older ones are deleted after each night's copy


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable; `source` is the file it came from (None: all defaults)."""

    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    access: AccessSettings = field(default_factory=AccessSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    priority: Weights = field(default_factory=Weights)
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    backup: BackupSettings = field(default_factory=BackupSettings)
    source: Path | None = None

    def with_database(self, database: Path) -> Settings:
        """A copy using another database file (the console uses a scratch one)."""
        return replace(self, storage=replace(self.storage, database=database))

    def with_admin(self, user_id: int) -> Settings:
        """A copy that also treats `user_id` as an admin."""
        return replace(self, access=self.access.with_admin(user_id))


def bot_token(env: Mapping[str, str]) -> str | None:
    """The bot token from TELEGRAM_BOT_TOKEN, stripped; None when unset or blank."""
    return env.get(TOKEN_ENV, "").strip() or None


def webhook_secret(env: Mapping[str, str]) -> str | None:
    """The webhook secret from SINKRON_WEBHOOK_SECRET, stripped; None when unset or blank.

    Raises ConfigError when Telegram would refuse it or it is too short to be a secret; the
    message never repeats the value."""
    secret = env.get(WEBHOOK_SECRET_ENV, "").strip()
    if not secret:
        return None
    if not _SECRET.fullmatch(secret):
        raise ConfigError(
            f"{WEBHOOK_SECRET_ENV}: expected {SECRET_MIN_LENGTH} to 256 characters, only "
            "letters, digits, _ and - (Telegram's rule), e.g. the output of "
            "`python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`"
        )
    return secret


def load_config(path: Path | None, env: Mapping[str, str]) -> Settings:
    """Load settings from `path`, else $SINKRON_CONFIG, else ./config.toml if any, else defaults.

    A path given explicitly (argument or environment) must exist. A relative `storage.database`
    is resolved against the config file's directory, or the current directory without a file.
    Raises ConfigError with a one-line message naming the file and key.
    """
    explicit_from = "--config"
    if path is None and env.get(CONFIG_ENV, "").strip():
        path = Path(env[CONFIG_ENV].strip())
        explicit_from = CONFIG_ENV
    elif path is None and Path(DEFAULT_FILE).is_file():
        path = Path(DEFAULT_FILE)
        explicit_from = ""

    if path is None:
        return Settings(storage=StorageSettings(database=Path.cwd() / DEFAULT_DATABASE))

    if not path.is_file():
        origin = f" (given by {explicit_from})" if explicit_from else ""
        what = "is a directory, not a file" if path.is_dir() else "file not found"
        raise ConfigError(f"{path}: {what}{origin}")
    return _Loader(path).load(_read_toml(path))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        # utf-8-sig: Windows editors add a byte-order mark that TOML itself does not allow.
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line N, column M)".
        raise ConfigError(f"{path}: TOML syntax error: {exc}") from exc


def _show(value: object) -> str:
    """A value in TOML-like notation, on one line and short enough for an error message."""
    text = _toml_repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _toml_repr(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_repr(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_repr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return repr(value)


_TABLES = (
    "telegram", "access", "storage", "schedule", "delivery", "priority", "retention", "backup",
)  # fmt: skip


class _Loader:
    """Validates one parsed file: each table reader checks its keys and fills in defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, data: dict[str, Any]) -> Settings:
        for name, value in data.items():
            if name not in _TABLES:
                known = ", ".join(f"[{t}]" for t in _TABLES)
                raise ConfigError(
                    f"{self.path}: [{name}]: unknown table{_did_you_mean(name, _TABLES)}; "
                    f"expected {known}"
                )
            if not isinstance(value, dict):
                raise ConfigError(
                    f"{self.path}: {name} = {_show(value)}: expected a table, "
                    f"written as a [{name}] header followed by its keys"
                )
        # A missing table reads as an empty one, so every default goes through the same checks.
        return Settings(
            telegram=self._telegram(data.get("telegram", {})),
            access=self._access(data.get("access", {})),
            storage=self._storage(data.get("storage", {})),
            schedule=self._schedule(data.get("schedule", {})),
            delivery=self._delivery(data.get("delivery", {})),
            priority=self._priority(data.get("priority", {})),
            retention=self._retention(data.get("retention", {})),
            backup=self._backup(data.get("backup", {})),
            source=self.path.resolve(),
        )

    def _telegram(self, table: dict[str, Any]) -> TelegramSettings:
        keys = ("base_url", "base_file_url", "mode", "webhook_url", "listen", "port")
        self._known_keys("telegram", table, (*keys, "health_path"))
        mode = table.get("mode", "polling")
        if mode not in MODES:
            raise self._error("telegram", "mode", mode, 'expected "polling" or "webhook"')
        webhook_url = self._webhook_url(table, mode)
        health_path = table.get("health_path", DEFAULT_HEALTH_PATH)
        if not isinstance(health_path, str) or not _PATH.fullmatch(health_path):
            raise self._error(
                "telegram",
                "health_path",
                health_path,
                f'expected a path of letters, digits, _, - and /, e.g. "{DEFAULT_HEALTH_PATH}"',
            )
        if webhook_url is not None and health_path == urlsplit(webhook_url).path:
            raise self._error(
                "telegram", "health_path", health_path, "must differ from webhook_url's path"
            )
        return TelegramSettings(
            base_url=self._url(table, "base_url", DEFAULT_BASE_URL),
            base_file_url=self._url(table, "base_file_url", DEFAULT_BASE_FILE_URL),
            mode=mode,
            webhook_url=webhook_url,
            listen=self._listen(table.get("listen", DEFAULT_LISTEN)),
            port=self._port(table.get("port", DEFAULT_PORT)),
            health_path=health_path,
        )

    def _webhook_url(self, table: dict[str, Any], mode: str) -> str | None:
        example = 'e.g. "https://bot.example.go.id/telegram/sinkron"'
        if "webhook_url" not in table:
            if mode == "webhook":
                raise ConfigError(
                    f'{self.path}: [telegram] webhook_url: required when mode = "webhook"; '
                    f"the public HTTPS address Telegram posts updates to, {example}"
                )
            return None
        value = table["webhook_url"]
        expected = (
            "expected the public https:// address Telegram posts updates to (http:// only for "
            f"a loopback host), with a path of letters, digits, _, - and /, {example}"
        )
        if not isinstance(value, str):
            raise self._error("telegram", "webhook_url", value, expected)
        parts = urlsplit(value)
        try:
            bad_port = parts.port == 0
        except ValueError:  # not a number, or out of range
            bad_port = True
        secure = parts.scheme == "https" or (
            parts.scheme == "http" and _is_loopback(parts.hostname or "")
        )
        if (
            not secure
            or bad_port
            or not parts.hostname
            or parts.username is not None
            or parts.query
            or parts.fragment
            or not _PATH.fullmatch(parts.path)
            or parts.path == "/"
        ):
            raise self._error("telegram", "webhook_url", value, expected)
        return value

    def _listen(self, value: object) -> str:
        expected = (
            f'expected an IP address to listen on, e.g. "{DEFAULT_LISTEN}" (behind a proxy on '
            'this host) or "0.0.0.0" (all interfaces, e.g. in a container)'
        )
        if not isinstance(value, str):
            raise self._error("telegram", "listen", value, expected)
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise self._error("telegram", "listen", value, expected) from None
        return value

    def _port(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
            expected = f"expected a TCP port number from 1 to 65535, e.g. {DEFAULT_PORT}"
            raise self._error("telegram", "port", value, expected)
        return value

    def _url(self, table: dict[str, Any], key: str, default: str) -> str:
        value = table.get(key, default)
        if isinstance(value, str):
            parts = urlsplit(value)
            if parts.scheme in ("http", "https") and parts.netloc and value == value.strip():
                return value
        expected = f'expected a URL starting with https:// or http://, e.g. "{default}"'
        raise self._error("telegram", key, value, expected)

    def _access(self, table: dict[str, Any]) -> AccessSettings:
        self._known_keys("access", table, ("admin_ids",))
        ids = table.get("admin_ids", [])
        expected = "expected a list of Telegram user ids (positive whole numbers), e.g. [123456789]"
        if not isinstance(ids, list):
            raise self._error("access", "admin_ids", ids, expected)
        for item in ids:
            # bool is an int subclass: `true` must not pass as user id 1.
            if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
                raise self._error(
                    "access", "admin_ids", ids, f"{_show(item)} is not a user id; {expected}"
                )
        return AccessSettings(admin_ids=frozenset(ids))

    def _storage(self, table: dict[str, Any]) -> StorageSettings:
        self._known_keys("storage", table, ("database",))
        value = table.get("database", DEFAULT_DATABASE)
        if not isinstance(value, str) or not value.strip():
            expected = (
                f'expected the SQLite file\'s path as a non-empty string, e.g. "{DEFAULT_DATABASE}"'
            )
            raise self._error("storage", "database", value, expected)
        database = Path(value.strip()).expanduser()
        if not database.is_absolute():
            # Relative to the file, not the CWD, so the bot finds its data however it is started.
            database = self.path.resolve().parent / database
        return StorageSettings(database=database)

    def _schedule(self, table: dict[str, Any]) -> ScheduleSettings:
        self._known_keys("schedule", table, ("timezone", "reminder_offsets", "deadline_offsets"))
        offsets = table.get("reminder_offsets", list(DEFAULT_REMINDER_OFFSETS))
        before_deadline = table.get("deadline_offsets", list(DEFAULT_DEADLINE_OFFSETS))
        return ScheduleSettings(
            timezone=self._timezone(table.get("timezone", DEFAULT_TIMEZONE)),
            reminder_offsets=self._offsets(offsets),
            deadline_offsets=self._offsets(before_deadline, "deadline_offsets"),
        )

    def _timezone(self, value: object) -> ZoneInfo:
        expected = f'expected an IANA time zone name, e.g. "{DEFAULT_TIMEZONE}" (WIB)'
        if not isinstance(value, str) or not value:
            raise self._error("schedule", "timezone", value, expected)
        try:
            return ZoneInfo(value)
        # ValueError: names like "../x" or absolute paths, which zoneinfo refuses outright.
        except (ZoneInfoNotFoundError, ValueError):
            raise self._error(
                "schedule", "timezone", value, f"unknown time zone; {expected}"
            ) from None

    def _offsets(self, value: object, key: str = "reminder_offsets") -> tuple[timedelta, ...]:
        expected = (
            "expected a list of offsets, each a positive whole number followed by d, h or m "
            '(at most 365d), e.g. ["7d", "1d", "2h"]'
        )
        if not isinstance(value, list):
            raise self._error("schedule", key, value, expected)
        offsets: list[timedelta] = []
        for item in value:
            try:
                if not isinstance(item, str):
                    raise ValueError(item)
                offset = parse_offset(item)
            except ValueError:
                raise self._error(
                    "schedule",
                    key,
                    value,
                    f"{_show(item)} is not an offset; {expected}",
                ) from None
            if offset in offsets:
                # "1d" and "24h" are the same reminder; sending it twice would look like a bug.
                raise self._error(
                    "schedule",
                    key,
                    value,
                    f"{_show(item)} repeats an offset already listed; {expected}",
                )
            offsets.append(offset)
        return tuple(sorted(offsets, reverse=True))

    def _delivery(self, table: dict[str, Any]) -> DeliverySettings:
        self._known_keys("delivery", table, ("max_per_second",))
        value = table.get("max_per_second", DEFAULT_MAX_PER_SECOND)
        # bool is an int subclass, and NaN fails every comparison: both need explicit checks.
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or math.isnan(value)
            or not 0 < value <= MAX_PER_SECOND_LIMIT
        ):
            expected = (
                "expected a number greater than 0 and at most 30 (messages per second), e.g. 25"
            )
            raise self._error("delivery", "max_per_second", value, expected)
        return DeliverySettings(max_per_second=float(value))

    def _retention(self, table: dict[str, Any]) -> RetentionSettings:
        names = ("outbox_days", "guest_days")
        self._known_keys("retention", table, names)
        values: dict[str, int] = {}
        for name in names:
            value = table.get(name, getattr(RetentionSettings(), name))
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
                expected = "expected a whole number of days from 0 (keep forever) to 3650, e.g. 90"
                raise self._error("retention", name, value, expected)
            values[name] = value
        return RetentionSettings(**values)

    def _backup(self, table: dict[str, Any]) -> BackupSettings:
        self._known_keys("backup", table, ("directory", "keep"))
        directory = table.get("directory", "")
        if not isinstance(directory, str):
            expected = 'expected a folder\'s path as a string, e.g. "backups", or "" for none'
            raise self._error("backup", "directory", directory, expected)
        keep = table.get("keep", BackupSettings().keep)
        if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= 365:
            expected = "expected a whole number of copies from 1 to 365, e.g. 7"
            raise self._error("backup", "keep", keep, expected)
        if not directory.strip():
            return BackupSettings(None, keep)
        path = Path(directory.strip()).expanduser()
        # Relative to the file, like the database, however the bot is started.
        return BackupSettings(
            path if path.is_absolute() else self.path.resolve().parent / path, keep
        )

    def _priority(self, table: dict[str, Any]) -> Weights:
        names = tuple(f.name for f in fields(Weights))
        self._known_keys("priority", table, names)
        values: dict[str, float] = {}
        for name in names:
            value = table.get(name, getattr(Weights(), name))
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not (math.isfinite(value) and 0 <= value <= 1000)
            ):
                expected = "expected a number of points from 0 to 1000, e.g. 20"
                raise self._error("priority", name, value, expected)
            values[name] = float(value)
        if not any(values.values()):
            raise self._error("priority", names[0], table.get(names[0], 0),
                              "at least one weight must be above zero")  # fmt: skip
        return Weights(**values)

    def _known_keys(self, table_name: str, table: dict[str, Any], known: tuple[str, ...]) -> None:
        for key in table:
            if key not in known:
                raise ConfigError(
                    f"{self.path}: [{table_name}] {key}: unknown key{_did_you_mean(key, known)}; "
                    f"expected one of: {', '.join(known)}"
                )

    def _error(self, table: str, key: str, value: object, expected: str) -> ConfigError:
        return ConfigError(f"{self.path}: [{table}] {key} = {_show(value)}: {expected}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _did_you_mean(name: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean {close[0]}?)" if close else ""
