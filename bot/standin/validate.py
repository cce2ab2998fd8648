"""Request decoding and Telegram-like validation (HTML, limits, keyboards) for the stand-in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl

import httpx

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64

# Inline buttons must carry exactly one of these action fields besides "text".
INLINE_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)

# Tag -> MessageEntity type; span and code/pre get special handling below.
_ENTITY_FOR_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ApiError(Exception):
    """A Bot API error answer: HTTP status plus Telegram's description."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def bad_request(detail: str) -> ApiError:
    """A 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHtml(HTMLParser):
    """Parses Telegram's HTML subset into visible text plus MessageEntity dicts."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.chunks: list[str] = []
        self.length16 = 0  # visible length in UTF-16 code units, as entity offsets are
        self.open: list[tuple[str, int, dict[str, Any]]] = []
        self.entities: list[dict[str, Any]] = []

    def fail(self, reason: str) -> ApiError:
        line, column = self.getpos()
        index = self.line_starts[line - 1] + column
        byte_offset = len(self.source[:index].encode())
        return bad_request(f"can't parse entities: {reason} at byte offset {byte_offset}")

    def emit(self, text: str) -> None:
        self.chunks.append(text)
        self.length16 += _utf16_len(text)

    def handle_data(self, data: str) -> None:
        # html.parser hands bare "<" and "&" through as data; Telegram rejects both.
        if "<" in data:
            raise self.fail("Unexpected end of name token")
        if "&" in data:
            raise self.fail('Character "&" must be escaped as "&amp;"')
        self.emit(data)

    def _reference_end(self, name: str) -> bool:
        line, column = self.getpos()
        end = self.line_starts[line - 1] + column + 1 + len(name)
        return self.source[end : end + 1] == ";"

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES or not self._reference_end(name):
            raise self.fail(f'Unsupported HTML entity "&{name}"')
        self.emit(_NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        if not self._reference_end("#" + name):
            raise self.fail(f'Unsupported HTML entity "&#{name}"')
        code = int(name[1:], 16) if name[:1] in "xX" else int(name)
        if not 0 < code <= 0x10FFFF:
            raise self.fail(f'Unsupported HTML entity "&#{name}"')
        self.emit(chr(code))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ENTITY_FOR_TAG:
            raise self.fail(f'Unsupported start tag "{tag}"')
        attributes = {key: value or "" for key, value in attrs}
        extra: dict[str, Any] = {}
        kind = _ENTITY_FOR_TAG[tag]
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise self.fail('Tag "span" must have class "tg-spoiler"')
        if tag == "a":
            if "href" not in attributes:
                raise self.fail('Tag "a" must have attribute "href"')
            extra["url"] = attributes["href"]
        if tag == "tg-emoji":
            extra["custom_emoji_id"] = attributes.get("emoji-id", "")
        if tag == "blockquote" and "expandable" in attributes:
            kind = "expandable_blockquote"
        if tag == "code" and self.open and self.open[-1][0] == "pre":
            # <pre><code class="language-x"> is a single pre entity with a language.
            language = attributes.get("class", "").removeprefix("language-")
            if language:
                self.open[-1][2]["language"] = language
            kind = ""
        self.open.append((tag, self.length16, {"type": kind, **extra}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise self.fail(f'Unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.open:
            raise self.fail(f'Unexpected end tag "{tag}"')
        expected, start, entity = self.open.pop()
        if expected != tag:
            raise self.fail(f'Unmatched end tag, expected "</{expected}>", found "</{tag}>"')
        length = self.length16 - start
        if entity["type"] and length > 0:
            self.entities.append({**entity, "offset": start, "length": length})

    def handle_comment(self, data: str) -> None:
        raise self.fail("Unsupported HTML comment")

    def handle_decl(self, decl: str) -> None:
        raise self.fail("Unsupported HTML declaration")

    def handle_pi(self, data: str) -> None:
        raise self.fail("Unsupported HTML processing instruction")

    def unknown_decl(self, data: str) -> None:
        raise self.fail("Unsupported HTML declaration")


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Visible text and entities of an HTML-formatted text, or ApiError like Telegram."""
    if "</>" in text:  # html.parser silently drops it
        raise bad_request("can't parse entities: Empty end tag name")
    parser = _TelegramHtml(text)
    parser.feed(text)
    parser.close()
    if parser.open:
        tag = parser.open[-1][0]
        raise bad_request(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{tag}\""
        )
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.chunks), entities


def render(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The text Telegram stores (formatting applied, whitespace stripped) and its entities."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        visible, entities = parse_html(text)
    elif mode in ("", "markdown", "markdownv2"):
        # Markdown is passed through unparsed: the bot under test uses HTML.
        visible, entities = text, []
    else:
        raise bad_request("unsupported parse_mode")
    stripped = visible.strip()
    if stripped == visible:
        return visible, entities
    shift = _utf16_len(visible) - _utf16_len(visible.lstrip())
    limit = _utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def check_text(text: object, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Validate a message text; returns what render() returns."""
    if not isinstance(text, str) or not text.strip():
        raise bad_request("message text is empty")
    visible, entities = render(text, parse_mode)
    if not visible:
        raise bad_request("message text is empty")
    if len(visible) > MAX_TEXT:
        raise bad_request("message is too long")
    return visible, entities


def check_caption(caption: object, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Validate an optional media caption; an absent caption renders as empty text."""
    if caption is None or caption == "":
        return "", []
    visible, entities = render(str(caption), parse_mode)
    if len(visible) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return visible, entities


def _check_inline_button(button: object) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: Object expected as a button")
    if not isinstance(button.get("text"), str) or not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = INLINE_BUTTON_ACTIONS.intersection(button)
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request("can't parse inline keyboard button: exactly one action field expected")
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode()) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
            raise bad_request("BUTTON_URL_INVALID")


def _rows(markup: dict[str, Any], key: str) -> list[list[Any]]:
    rows = markup[key]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'can\'t parse reply keyboard markup JSON object: Field "{key}"')
    return rows


def check_reply_markup(markup: object) -> dict[str, Any] | None:
    """Validate reply_markup as decoded from the request; returns it as a dict (or None)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        for row in _rows(markup, "inline_keyboard"):
            for button in row:
                _check_inline_button(button)
    elif "keyboard" in markup:
        rows = _rows(markup, "keyboard")
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str) or not text.strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
        if not any(rows):
            raise bad_request("keyboard must be non-empty")
    elif markup.get("remove_keyboard") is not True and markup.get("force_reply") is not True:
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def inline_only(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of a markup that stays attached to the message (inline keyboards only)."""
    return markup if markup is not None and "inline_keyboard" in markup else None


def check_commands(commands: object) -> list[dict[str, str]]:
    """Validate setMyCommands' list; returns it reduced to command and description."""
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("too many commands")
    stored = []
    for item in commands:
        command = item.get("command") if isinstance(item, dict) else None
        description = item.get("description") if isinstance(item, dict) else None
        if not isinstance(command, str) or not _COMMAND_RE.fullmatch(command):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        stored.append({"command": command, "description": description})
    return stored


# --- request decoding ---------------------------------------------------------------------


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    mime_type: str


# Form values arrive as strings; these names are decoded the way Telegram reads them.
_INT_PARAMS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "user_id",
    }
)
_FLOAT_PARAMS = frozenset({"timeout", "latitude", "longitude"})
_BOOL_PARAMS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "disable_content_type_detection",
        "allow_paid_broadcast",
        "show_caption_above_media",
    }
)
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "commands",
        "scope",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "media",
    }
)


def _coerce(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        if name in _INT_PARAMS:
            return int(value)
        if name in _FLOAT_PARAMS:
            number = float(value)
            return int(number) if number.is_integer() else number
        if name in _JSON_PARAMS:
            return json.loads(value)
    except ValueError:
        return value  # left as a string, so validation rejects it like Telegram would
    if name in _BOOL_PARAMS:
        return value.lower() in ("true", "1")
    return value


def _multipart(body: bytes, content_type: str) -> list[tuple[str, Any]]:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise bad_request("multipart boundary is missing")
    fields: list[tuple[str, Any]] = []
    for part in body.split(b"--" + match.group(1).encode())[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode().strip().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if name is None:
            continue
        content = content.removesuffix(b"\r\n")
        if filename is None:
            fields.append((name.group(1), content.decode()))
        else:
            mime = headers.get("content-type", "application/octet-stream")
            upload = UploadedFile(filename.group(1).replace("%22", '"'), content, mime)
            fields.append((name.group(1), upload))
    return fields


def decode_params(request: httpx.Request) -> dict[str, Any]:
    """Decode query, form, multipart or JSON parameters into typed values."""
    try:
        return _decode_params(request)
    except UnicodeDecodeError:
        raise bad_request("request parameters must be UTF-8") from None


def _decode_params(request: httpx.Request) -> dict[str, Any]:
    fields: list[tuple[str, Any]] = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    content_type = request.headers.get("content-type", "")
    body = request.content
    if content_type.startswith("multipart/form-data"):
        fields += _multipart(body, content_type)
    elif content_type.startswith("application/json") and body:
        try:
            payload = json.loads(body)
        except ValueError:
            raise bad_request("can't parse JSON request body") from None
        fields += list(payload.items()) if isinstance(payload, dict) else []
    elif body:
        fields += parse_qsl(body.decode(), keep_blank_values=True)
    return {name: _coerce(name, value) for name, value in fields}
