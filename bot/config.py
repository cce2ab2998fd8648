"""Loads config.toml into frozen, validated settings; every mistake is one line naming the key."""

from __future__ import annotations

import difflib
import json
import math
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
]

CONFIG_ENV = "SINKRON_CONFIG"
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
DEFAULT_FILE = "config.toml"

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_BASE_FILE_URL = "https://api.telegram.org/file/bot"
DEFAULT_DATABASE = "data/sinkron.db"
DEFAULT_TIMEZONE = "Asia/Pontianak"
DEFAULT_MAX_PER_SECOND = 25.0
# Telegram refuses bots that send more than about 30 messages a second overall.
MAX_PER_SECOND_LIMIT = 30.0


class ConfigError(Exception):
    """The configuration cannot be used; the message is one line naming file, key and fix."""


@dataclass(frozen=True, slots=True)
class TelegramSettings:
    """Where the Bot API lives (the public one, or a local Bot API server)."""

    base_url: str = DEFAULT_BASE_URL
    base_file_url: str = DEFAULT_BASE_FILE_URL


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
class Settings:
    """Everything configurable; `source` is the file it came from (None: all defaults)."""

    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    access: AccessSettings = field(default_factory=AccessSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    priority: Weights = field(default_factory=Weights)
    retention: RetentionSettings = field(default_factory=RetentionSettings)
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


_TABLES = ("telegram", "access", "storage", "schedule", "delivery", "priority", "retention")


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
            source=self.path.resolve(),
        )

    def _telegram(self, table: dict[str, Any]) -> TelegramSettings:
        self._known_keys("telegram", table, ("base_url", "base_file_url"))
        return TelegramSettings(
            base_url=self._url(table, "base_url", DEFAULT_BASE_URL),
            base_file_url=self._url(table, "base_file_url", DEFAULT_BASE_FILE_URL),
        )

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


def _did_you_mean(name: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean {close[0]}?)" if close else ""
