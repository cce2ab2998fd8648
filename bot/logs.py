"""Log lines for operators and log collectors: one line per event, as text or JSON, with the
bot's secrets redacted, and one INFO line per handled update (its id, the user's id, the
handler, the duration; never its text)."""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop

FORMATS = ("text", "json")

# Extra fields a record may carry, in the order they are printed; the first two are stamped on
# every record logged while an update is handled.
FIELDS = ("update_id", "user_id", "kind", "handler", "outcome", "duration_ms")

log = logging.getLogger(__name__)


@dataclass
class _Handling:
    """The update being handled in this task, and the last handler callback it reached."""

    update_id: int | None
    user_id: int | None
    kind: str
    handler: str = "-"
    outcome: str = "ok"


_current: ContextVar[_Handling | None] = ContextVar("sinkron_update", default=None)


@contextmanager
def handling(update: object) -> Iterator[None]:
    """Scope one update: records logged inside carry its ids; one INFO line when it is done."""
    if isinstance(update, Update):
        user = update.effective_user
        # The kind of update ("message", "callback_query"...), never its content.
        kind = next((key for key in Update.ALL_TYPES if getattr(update, key, None)), "-")
        scope = _Handling(update.update_id, user.id if user else None, kind)
    else:
        scope = _Handling(None, None, type(update).__name__)
    reset = _current.set(scope)
    started = time.perf_counter()
    try:
        yield
    except BaseException:
        scope.outcome = "error"
        raise
    finally:
        took = round((time.perf_counter() - started) * 1000, 1)
        log.info(
            "update handled",
            extra={
                "kind": scope.kind,
                "handler": scope.handler,
                "outcome": scope.outcome,
                "duration_ms": took,
            },
        )
        _current.reset(reset)


Callback = Callable[[Any, Any], Coroutine[Any, Any, Any]]


def handler_name(callback: Callable[..., Any]) -> str:
    """ "registration.start_registration": the callback's module (last part) and name."""
    target = getattr(callback, "func", callback)  # functools.partial
    module = getattr(target, "__module__", None) or "?"
    name = getattr(target, "__qualname__", None) or type(target).__name__
    return f"{module.rsplit('.', 1)[-1]}.{name}"


def _traced(callback: Callback) -> Callback:
    name = handler_name(callback)

    @functools.wraps(callback)
    async def traced(update: Any, context: Any) -> Any:
        scope = _current.get()
        if scope is not None:
            scope.handler = name
        try:
            return await callback(update, context)
        except ApplicationHandlerStop:
            raise  # PTB's "stop here", not a failure
        except Exception:
            if scope is not None:
                scope.outcome = "error"
            raise

    return traced


def trace_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Make every registered handler name itself in the update's log line when it runs.

    Call once, after all handlers are added: the line names the last handler reached (the
    feature's, or access.identify when the access layer stopped the update)."""
    for group in application.handlers.values():
        for handler in group:
            handler.callback = _traced(handler.callback)


class Redact(logging.Filter):
    """Replaces each secret (the bot token, the webhook secret) in every record, its arguments
    and its traceback: PTB puts the token in exception texts ("The token `123:ABC` was
    rejected"), request URLs carry it, and debug logs show setWebhook's parameters."""

    def __init__(self, token: str | None = None, webhook_secret: str | None = None) -> None:
        super().__init__()
        pairs = ((token, "<token>"), (webhook_secret, "<secret>"))
        self._secrets = [(secret, label) for secret, label in pairs if secret]
        self._formatter = logging.Formatter()

    def _clean(self, text: str) -> str:
        for secret, label in self._secrets:
            text = text.replace(secret, label)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg = self._clean(record.getMessage())
        except Exception:  # arguments that do not fit the message: logging reports that itself
            return True
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


class _StampUpdate(logging.Filter):
    """Adds the ids of the update being handled to every record logged while handling it."""

    def filter(self, record: logging.LogRecord) -> bool:
        scope = _current.get()
        if scope is not None:
            record.update_id = scope.update_id
            record.user_id = scope.user_id
        return True


def _time(record: logging.LogRecord) -> str:
    # Local time with its offset: readable in WIB on the server, unambiguous for a collector.
    moment = datetime.fromtimestamp(record.created, UTC).astimezone()
    return moment.isoformat(timespec="milliseconds")


def _fields(record: logging.LogRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in FIELDS if hasattr(record, name)}


def _traceback(formatter: logging.Formatter, record: logging.LogRecord) -> str:
    text = record.exc_text or (
        formatter.formatException(record.exc_info) if record.exc_info else ""
    )
    if record.stack_info:
        text = f"{text}\n{record.stack_info}" if text else record.stack_info
    return text


class TextFormatter(logging.Formatter):
    """`TIME LEVEL LOGGER: MESSAGE key=value...`; a traceback follows on its own lines."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_time(record)} {record.levelname} {record.name}: {record.getMessage()}"
        for name, value in _fields(record).items():
            line += f" {name}={'-' if value is None else value}"
        traceback = _traceback(self, record)
        return f"{line}\n{traceback}" if traceback else line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the update's fields, and the
    traceback as `exception`."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": _time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **_fields(record),
        }
        traceback = _traceback(self, record)
        if traceback:
            entry["exception"] = traceback
        return json.dumps(entry, ensure_ascii=False, default=str)


def make_handler(
    stream: TextIO, log_format: str = "text", redact: Redact | None = None
) -> logging.Handler:
    """A stream handler writing `log_format` lines, update ids stamped, secrets redacted."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    handler.addFilter(_StampUpdate())
    handler.addFilter(redact or Redact())
    return handler


def setup_logging(
    level: int,
    log_format: str = "text",
    *,
    token: str | None = None,
    webhook_secret: str | None = None,
    stream: TextIO | None = None,
) -> logging.Handler:
    """Log to `stream` (stderr by default) at `level` for the whole process; returns the
    handler it added."""
    redact = Redact(token, webhook_secret)
    handler = make_handler(stream if stream is not None else sys.stderr, log_format, redact)
    root = logging.getLogger()
    # Handlers someone else added (none in `sinkron run`) must not see the secrets either.
    for other in root.handlers:
        other.addFilter(redact)
    root.addHandler(handler)
    root.setLevel(level)
    quiet_noisy_loggers()
    return handler


def quiet_noisy_loggers() -> None:
    """Keep a busy day readable at INFO: httpx logs every request (and its URL holds the token),
    APScheduler every job run; both only speak up from WARNING."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
