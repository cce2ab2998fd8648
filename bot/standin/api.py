"""A stateful in-process stand-in for Telegram's Bot API, driven through PTB's real HTTP path."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from telegram import AcceptedGiftTypes, ChatFullInfo

from bot.standin.limits import SENDING_METHODS, FloodControl, SendStats
from bot.standin.updates import SentMessage, UpdateFactory, now
from bot.standin.validate import (
    CHAT_ACTIONS,
    NOT_MODIFIED,
    SCOPES,
    ApiError,
    UploadedFile,
    bad_request,
    check_caption,
    check_commands,
    check_reply_markup,
    check_text,
    decode_params,
    inline_only,
)
from bot.standin.webhook import Deliverer, Webhook


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    params: dict[str, Any]


# What Telegram compares to decide "message is not modified".
_CONTENT_KEYS = ("text", "entities", "caption", "caption_entities", "reply_markup")


def _json_response(status: int, payload: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, json=payload)


def _scope_key(scope: dict[str, Any]) -> str:
    return json.dumps(scope, sort_keys=True, separators=(",", ":"))


class BotApiStandIn(UpdateFactory):
    """Telegram's Bot API for one bot, in memory. Use `handle` as an httpx MockTransport handler
    or serve it over loopback with bot.standin.http.serve."""

    def __init__(self, *, bot_id: int = 7000000001, bot_username: str = "sinkron_bot") -> None:
        super().__init__(bot_id=bot_id, bot_username=bot_username)
        self.calls: list[Call] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.blocked: set[int] = set()
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes the bot uploaded
        self.response_delay: float = 0.0
        self.pending: list[dict[str, Any]] = []  # updates not yet confirmed or delivered
        # Pause before posting an update again to a webhook that failed (Telegram waits longer).
        self.webhook_retry_s = 0.2
        self._deliverer: Deliverer | None = None
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._faults: dict[str, deque[ApiError]] = {}
        self.stats = SendStats()
        # Times sends for `stats.sent_times` and flood control; tests may swap in a fake clock.
        self.clock: Callable[[], float] = time.monotonic
        self._limits: FloodControl | None = None
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": lambda p: self.bot_user.to_dict(),
            "getWebhookInfo": self._webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": lambda p: self._send_media(p, "photo"),
            "sendDocument": lambda p: self._send_media(p, "document"),
            "sendMediaGroup": self._send_media_group,
            "sendLocation": self._send_location,
            "editMessageText": self._edit_text,
            "editMessageCaption": self._edit_caption,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda p: self.commands.get(self._commands_key(p), []),
            "deleteMyCommands": self._delete_my_commands,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "close": lambda p: True,
            "logOut": lambda p: True,
        }
        # Methods that wait (long polls) or start and stop delivery are awaited in `handle`.
        self._async_methods = {
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
        }
        self._canonical = {name.lower(): name for name in [*self._methods, *self._async_methods]}

    # --- inspection and control --------------------------------------------------------------

    def messages_for(self, chat_id: int) -> list[SentMessage]:
        """All messages the bot sent to `chat_id`, including deleted ones, in send order."""
        return [message for message in self.sent if message.chat_id == chat_id]

    def calls_to(self, method: str) -> list[Call]:
        """Calls of one method (case-insensitive)."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for getUpdates or the webhook and wake whoever waits (thread-safe)."""
        update.setdefault("update_id", self.next_update_id())
        self.pending.append(update)
        try:
            current: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, event in list(self._waiters):
            if loop is current:
                event.set()
            else:
                # A poll waiting on a loop that has since closed has nobody left to wake.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(event.set)

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` with this error (429 gets retry_after)."""
        if status == 429 and retry_after is None:
            retry_after = 1  # without it PTB would raise NetworkError, not RetryAfter
        error = ApiError(status, description, retry_after=retry_after)
        self._faults.setdefault(method.lower(), deque()).extend([error] * times)

    @property
    def sent_times(self) -> dict[int, list[float]]:
        """Chat id -> `clock()` at each successful send to it (same as `stats.sent_times`)."""
        return self.stats.sent_times

    @property
    def limits(self) -> FloodControl | None:
        """The flood control in force, or None."""
        return self._limits

    def enforce_limits(
        self,
        per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        retry_after: int = 1,
        burst: int | None = None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Answer sends beyond Telegram-like rates with 429 (see bot.standin.limits).

        Sending methods only (SENDING_METHODS). The bot may make `per_second` sends in any
        sliding 1-second window; a chat may get one send (or `burst`) per 1/per_chat_per_second
        seconds; both windows are 5 % shorter to absorb timer jitter. A refused send does not
        count. Faults queued with fail_next come first. Calling again starts with empty windows.
        `clock` replaces the stand-in's clock (time.monotonic) for limits and sent_times."""
        if clock is not None:
            self.clock = clock
        self._limits = FloodControl(
            per_second=per_second,
            per_chat_per_second=per_chat_per_second,
            retry_after=retry_after,
            burst=burst,
        )

    def limits_off(self) -> None:
        """Stop limiting sends (statistics keep being collected)."""
        self._limits = None

    def clear_stats(self) -> None:
        """Reset `stats` and `sent_times`; flood-control windows are not affected."""
        self.stats.clear()

    # --- transport ---------------------------------------------------------------------------

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one Bot API request (`{base_url}{token}/{method}`) like Telegram would."""
        segments = request.url.path.rstrip("/").split("/")
        name = segments[-1]
        method = self._canonical.get(name.lower()) if len(segments) >= 3 else None
        try:
            params = decode_params(request)
        except ApiError as error:
            params = {}
            failure: ApiError | None = error
        else:
            failure = None
        self.calls.append(Call(method or name, params))
        sending = method in SENDING_METHODS
        if method != "getUpdates" and self.response_delay > 0:
            await asyncio.sleep(self.response_delay)
        try:
            if method is None or not segments[-2].startswith("bot"):
                raise ApiError(404, "Not Found")
            if sending:
                self.stats.requests += 1
                self.stats.by_method[method] += 1
            faults = self._faults.get(method.lower())
            if faults:
                raise faults.popleft()
            if failure is not None:
                raise failure
            if method in self._async_methods:
                result = await self._async_methods[method](params)
            elif sending:
                result = self._send(method, params)
            else:
                result = self._methods[method](params)
        except ApiError as error:
            if sending and error.status == 429:
                self.stats.too_many += 1
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.retry_after is not None:
                payload["parameters"] = {"retry_after": error.retry_after}
            return _json_response(error.status, payload)
        return _json_response(200, {"ok": True, "result": result})

    def _send(self, method: str, params: dict[str, Any]) -> Any:
        """Run a sending method under flood control, counting a successful send.

        No await from the limit check to the count: concurrent requests on the loop cannot
        both take the last free slot of a window."""
        moment = self.clock()
        chat_id = params.get("chat_id")
        limits = self._limits
        if limits is not None:
            refusal = limits.refusal(chat_id, moment)
            if refusal is not None:
                raise refusal
        result = self._methods[method](params)
        if limits is not None:
            limits.record(chat_id, moment)
        self.stats.sent_ok += 1
        if isinstance(chat_id, int):
            self.stats.sent_times.setdefault(chat_id, []).append(moment)
        return result

    # --- updates -----------------------------------------------------------------------------

    def _confirm(self, offset: object) -> None:
        if not isinstance(offset, int) or offset == 0:
            return
        if offset < 0:
            # Telegram: start from the -offset'th update from the end, forget the rest.
            del self.pending[:offset]
        else:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self._deliverer is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._confirm(params.get("offset"))
        limit = params.get("limit", 100)
        limit = min(max(limit, 1), 100) if isinstance(limit, int) else 100
        timeout = params.get("timeout", 0)
        if not self.pending and isinstance(timeout, int | float) and timeout > 0:
            await self._wait_for_update(timeout)
        return self.pending[:limit]

    async def _wait_for_update(self, seconds: float) -> None:
        """Wait until `push` is called or `seconds` have passed."""
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        self._waiters.add(waiter)
        try:
            async with asyncio.timeout(seconds):
                await waiter[1].wait()
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(waiter)

    # --- webhook -----------------------------------------------------------------------------

    @property
    def webhook(self) -> Webhook | None:
        """The webhook set by the bot (with its delivery attempts), or None."""
        return self._deliverer.webhook if self._deliverer is not None else None

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        if not params.get("url"):
            return await self._delete_webhook(params)
        webhook = Webhook.from_params(params)
        await self.close_webhook()
        if params.get("drop_pending_updates"):
            self.pending.clear()
        self._deliverer = Deliverer(
            webhook,
            pending=lambda: self.pending,
            delivered=self._delivered,
            wait=self._wait_for_update,
            retry_s=self.webhook_retry_s,
        )
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        await self.close_webhook()
        if params.get("drop_pending_updates"):
            self.pending.clear()
        return True

    def _delivered(self, update_id: int) -> None:
        self.pending = [u for u in self.pending if u["update_id"] != update_id]

    def _webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        if self._deliverer is not None:
            return self._deliverer.webhook.info(len(self.pending))
        return {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }

    async def close_webhook(self) -> None:
        """Stop delivering to the webhook, if one is set (the server does this on close)."""
        if self._deliverer is not None:
            deliverer, self._deliverer = self._deliverer, None
            await deliverer.close()

    # --- messages ----------------------------------------------------------------------------

    def _chat_id(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if not isinstance(chat_id, int) or chat_id not in self.users:
            raise bad_request("chat not found")
        return chat_id

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.chat(self._chat_id(params))
        full = ChatFullInfo(
            id=chat.id,
            type=chat.type,
            first_name=chat.first_name,
            last_name=chat.last_name,
            username=chat.username,
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types=AcceptedGiftTypes(True, True, True, True, True),
        )
        return full.to_dict()

    def _store(self, message: SentMessage) -> dict[str, Any]:
        self.sent.append(message)
        self.messages[message.message_id] = message
        return self.bot_message(message).to_dict()

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        entities = params.get("entities")
        text = params.get("text")
        check_text(text, None if entities else params.get("parse_mode"))
        markup = check_reply_markup(params.get("reply_markup"))
        message = SentMessage(
            message_id=self.next_message_id(),
            chat_id=chat_id,
            text=str(text),
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
            kind="text",
            entities=entities or None,
        )
        return self._store(message)

    def _media_for(self, source: object, kind: str) -> Any:
        """The photo sizes or document a sendPhoto/sendDocument source resolves to."""
        if isinstance(source, str) and source in self.files:
            known_kind, media = self.files[source]
            if known_kind != kind:
                raise bad_request("type of file mismatch")
            return media
        if isinstance(source, UploadedFile):
            name, mime, size = source.filename, source.mime_type, len(source.content)
        elif isinstance(source, str) and source.startswith(("http://", "https://")):
            # Telegram would download the URL; pretend it found a reasonable file there.
            name, mime, size = source.rsplit("/", 1)[-1] or "file", "application/pdf", 100_000
        elif isinstance(source, str) and source:
            raise bad_request("wrong file identifier/HTTP URL specified")
        else:
            raise bad_request(f"there is no {kind} in the request")
        if kind == "photo":
            sizes = self.photo_sizes(1280, 960, size)
            if isinstance(source, UploadedFile):  # the full size's bytes, as for a document
                self.uploads[sizes[-1]["file_id"]] = source.content
            return sizes
        document = self.document(name, mime, size)
        if isinstance(source, UploadedFile):  # kept so tests can read what the bot made
            self.uploads[document["file_id"]] = source.content
        return document

    def _send_media(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        caption = params.get("caption")
        entities = params.get("caption_entities") or None
        check_caption(caption, None if entities else params.get("parse_mode"))
        markup = check_reply_markup(params.get("reply_markup"))
        media = self._media_for(params.get(kind), kind)
        message = SentMessage(
            message_id=self.next_message_id(),
            chat_id=chat_id,
            text=caption or None,
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
            kind=kind,
            file_id=media[-1]["file_id"] if kind == "photo" else media["file_id"],
            media=media,
            entities=entities,
        )
        return self._store(message)

    def _send_media_group(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """An album: 2-10 photos/videos, or 2-10 documents, each a message of its own."""
        chat_id = self._chat_id(params)
        items = params.get("media")
        if not isinstance(items, list) or not 2 <= len(items) <= 10:
            raise bad_request("wrong number of media specified: must be 2-10")
        kinds = {item.get("type") for item in items if isinstance(item, dict)}
        if len(kinds) != 1 or kinds - {"photo", "document"}:
            raise bad_request("media group must be all photos or all documents")
        kind = str(kinds.pop())
        sent = []
        for item in items:
            media = self._media_for(item.get("media"), kind)
            message = SentMessage(
                message_id=self.next_message_id(),
                chat_id=chat_id,
                text=item.get("caption"),
                parse_mode=item.get("parse_mode"),
                reply_markup=None,
                kind=kind,
                file_id=media[-1]["file_id"] if kind == "photo" else media["file_id"],
                media=media,
            )
            sent.append(self._store(message))
        return sent

    def _send_location(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        latitude, longitude = params.get("latitude"), params.get("longitude")
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
            raise bad_request("wrong latitude or longitude")
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise bad_request("wrong latitude or longitude")
        message = SentMessage(
            message_id=self.next_message_id(),
            chat_id=chat_id,
            text=None,
            parse_mode=None,
            reply_markup=check_reply_markup(params.get("reply_markup")),
            kind="location",
            media={"latitude": latitude, "longitude": longitude},
        )
        return self._store(message)

    def _target(self, params: dict[str, Any], action: str) -> SentMessage:
        if "inline_message_id" in params:
            raise bad_request("inline messages are not supported by the stand-in")
        chat_id = self._chat_id(params)
        message = self.messages.get(params.get("message_id", 0))
        if message is None or message.deleted or message.chat_id != chat_id:
            raise bad_request(f"message to {action} not found")
        return message

    def _edit_markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        # Edits may only attach inline keyboards; omitting reply_markup removes the keyboard.
        markup = check_reply_markup(params.get("reply_markup"))
        if markup is not None and inline_only(markup) is None:
            raise bad_request("inline keyboard expected")
        return markup

    def _apply_edit(
        self,
        message: SentMessage,
        text: str | None,
        parse_mode: str | None,
        markup: dict[str, Any] | None,
        entities: list[dict[str, Any]] | None,
    ) -> dict[str, Any]:
        old = self.bot_message(message).to_dict()
        before = (message.text, message.parse_mode, message.reply_markup, message.entities)
        message.text, message.parse_mode, message.reply_markup = text, parse_mode, markup
        message.entities = entities
        new = self.bot_message(message).to_dict()
        if all(old.get(key) == new.get(key) for key in _CONTENT_KEYS):
            message.text, message.parse_mode, message.reply_markup, message.entities = before
            raise bad_request(NOT_MODIFIED)
        message.edited = True
        message.edit_date = now()
        return self.bot_message(message).to_dict()

    def _edit_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._target(params, "edit")
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        entities = params.get("entities") or None
        check_text(params.get("text"), None if entities else params.get("parse_mode"))
        markup = self._edit_markup(params)
        text = str(params["text"])
        return self._apply_edit(message, text, params.get("parse_mode"), markup, entities)

    def _edit_caption(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._target(params, "edit")
        if message.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        entities = params.get("caption_entities") or None
        check_caption(params.get("caption"), None if entities else params.get("parse_mode"))
        markup = self._edit_markup(params)
        caption = params.get("caption") or None
        return self._apply_edit(message, caption, params.get("parse_mode"), markup, entities)

    def _edit_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._target(params, "edit")
        markup = self._edit_markup(params)
        return self._apply_edit(message, message.text, message.parse_mode, markup, message.entities)

    def _delete_message(self, params: dict[str, Any]) -> bool:
        self._target(params, "delete").deleted = True
        return True

    # --- other methods -----------------------------------------------------------------------

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = params.get("callback_query_id")
        if self.queries.get(str(query_id), True):
            # Unknown ids and second answers both get this from Telegram.
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if len(str(params.get("text", ""))) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self.queries[str(query_id)] = True
        self.callback_answers.append(params)
        return True

    def _commands_key(self, params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
            raise bad_request("can't parse BotCommandScope JSON object")
        if "chat_id" in scope and scope["chat_id"] not in self.users:
            raise bad_request("chat not found")
        return _scope_key(scope), str(params.get("language_code") or "")

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        key = self._commands_key(params)
        stored = check_commands(params.get("commands"))
        if stored:
            self.commands[key] = stored
        else:
            self.commands.pop(key, None)  # an empty list deletes, as in Telegram
        return True

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat_id(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True
