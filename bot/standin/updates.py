"""Users, bot messages and realistic update factories for the Bot API stand-in."""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass, field
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    Contact,
    Document,
    InlineKeyboardMarkup,
    Location,
    Message,
    MessageEntity,
    PhotoSize,
    Update,
    User,
)

from bot.standin.validate import inline_only, render


def now() -> dtm.datetime:
    """The current time at Telegram's one-second resolution."""
    return dtm.datetime.now(dtm.UTC).replace(microsecond=0)


@dataclass
class SentMessage:
    """A message the bot sent; edits and deletions update it in place."""

    message_id: int
    chat_id: int
    text: str | None  # as the bot sent it (raw HTML when parse_mode is HTML); caption for media
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    kind: str  # "text", "photo", "document", "location"
    edited: bool = False
    deleted: bool = False
    file_id: str | None = None  # the photo's largest size or the document
    date: dtm.datetime = field(default_factory=now, repr=False)
    edit_date: dtm.datetime | None = field(default=None, repr=False)
    media: Any = field(default=None, repr=False)  # PhotoSize dict list or Document dict
    entities: list[dict[str, Any]] | None = field(default=None, repr=False)  # explicit entities

    @property
    def plain_text(self) -> str:
        """The text as the user sees it: HTML tags removed, entities unescaped, stripped."""
        if self.text is None:
            return ""
        return render(self.text, None if self.entities is not None else self.parse_mode)[0]


class UpdateFactory:
    """State shared by the stand-in's API side and the update factories."""

    def __init__(self, *, bot_id: int, bot_username: str) -> None:
        self.bot_user = User(
            id=bot_id,
            first_name="Sinkron",
            is_bot=True,
            username=bot_username,
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        self.users: dict[int, User] = {}
        self.sent: list[SentMessage] = []
        self.messages: dict[int, SentMessage] = {}
        # file_id -> ("photo" | "document", media as returned in a Message)
        self.files: dict[str, tuple[str, Any]] = {}
        # callback query id -> answered yet
        self.queries: dict[str, bool] = {}
        self._last_update_id = 100_000
        self._last_message_id = 0
        self._last_file = 0
        self._last_query = 0

    # --- ids -------------------------------------------------------------------------------

    def next_update_id(self) -> int:
        """A fresh, increasing update_id."""
        self._last_update_id += 1
        return self._last_update_id

    def next_message_id(self) -> int:
        """A fresh message id; one counter serves users and the bot, as in a private chat."""
        self._last_message_id += 1
        return self._last_message_id

    def continue_ids_after(self, floor: int) -> None:
        """Give message and file ids above `floor` from now on: a console reopening its
        database must not hand out ids the bot stored in an earlier run (a reply to an old
        question would reach another officer, an old file id another file)."""
        self._last_message_id = max(self._last_message_id, floor)
        self._last_file = max(self._last_file, floor)

    def _file_ids(self, prefix: str) -> tuple[str, str]:
        self._last_file += 1
        number = self._last_file
        return f"{prefix}AgUAAxkBAAI{number:08d}", f"AQAD{number:08d}"

    def photo_sizes(self, width: int, height: int, file_size: int) -> list[dict[str, Any]]:
        """A thumbnail plus the full size, registered so the ids can be sent back."""
        scale = 90 / max(width, height, 1)
        thumb_id, thumb_unique = self._file_ids("AgAC")
        full_id, full_unique = self._file_ids("AgAC")
        sizes = [
            PhotoSize(
                thumb_id,
                thumb_unique,
                max(1, round(width * scale)),
                max(1, round(height * scale)),
                file_size=max(1, file_size // 50),
            ).to_dict(),
            PhotoSize(full_id, full_unique, width, height, file_size=file_size).to_dict(),
        ]
        self.files[thumb_id] = self.files[full_id] = ("photo", sizes)
        return sizes

    def document(self, file_name: str, mime_type: str, file_size: int) -> dict[str, Any]:
        """A registered Document dict."""
        file_id, unique_id = self._file_ids("BQAC")
        document = Document(
            file_id, unique_id, file_name=file_name, mime_type=mime_type, file_size=file_size
        ).to_dict()
        self.files[file_id] = ("document", document)
        return document

    # --- users and chats -------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "id",
    ) -> None:
        """Register a user and their private chat (chat id == user id); idempotent."""
        if user_id not in self.users:
            self.users[user_id] = User(
                id=user_id,
                first_name=first_name,
                is_bot=False,
                last_name=last_name,
                username=username,
                language_code=language_code,
            )

    def user(self, user_id: int) -> User:
        """A registered user; KeyError tells the test author to call add_user first."""
        try:
            return self.users[user_id]
        except KeyError:
            raise KeyError(f"unknown user {user_id}: call add_user() first") from None

    def chat(self, chat_id: int) -> Chat:
        """The private chat of a registered user."""
        user = self.user(chat_id)
        return Chat(
            id=user.id,
            type=Chat.PRIVATE,
            first_name=user.first_name,
            last_name=user.last_name,
            username=user.username,
        )

    # --- messages --------------------------------------------------------------------------

    def bot_message(self, sent: SentMessage) -> Message:
        """The Message Telegram would return (or embed in a callback query) for a bot message."""
        if sent.entities is not None:
            visible, entities = sent.plain_text, sent.entities
        else:
            visible, entities = render(sent.text or "", sent.parse_mode)
        inline = inline_only(sent.reply_markup)
        content: dict[str, Any] = {}
        entity_objects = MessageEntity.de_list(entities) if entities else None
        if sent.kind == "text":
            content.update(text=visible, entities=entity_objects)
        else:
            content.update(caption=visible or None, caption_entities=entity_objects)
        if sent.kind == "photo":
            content["photo"] = PhotoSize.de_list(sent.media)
        elif sent.kind == "document":
            content["document"] = Document.de_json(sent.media)
        elif sent.kind == "location":
            content = {"location": Location(**sent.media)}
        return Message(
            message_id=sent.message_id,
            date=sent.date,
            chat=self.chat(sent.chat_id),
            from_user=self.bot_user,
            edit_date=sent.edit_date,
            reply_markup=InlineKeyboardMarkup.de_json(inline) if inline else None,
            **content,
        )

    # --- update factories ------------------------------------------------------------------

    def _message_update(self, user_id: int, **content: Any) -> dict[str, Any]:
        message = Message(
            message_id=self.next_message_id(),
            date=now(),
            chat=self.chat(user_id),
            from_user=self.user(user_id),
            **content,
        )
        return Update(self.next_update_id(), message=message).to_dict()

    def text_update(self, user_id: int, text: str) -> dict[str, Any]:
        """A text message; a leading "/command" (or "/command@bot") gets a bot_command entity."""
        entities = None
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0] if text.strip() else text
            length = len(command.encode("utf-16-le")) // 2
            entities = [MessageEntity(MessageEntity.BOT_COMMAND, 0, length)]
        return self._message_update(user_id, text=text, entities=entities)

    def reply_update(self, user_id: int, message_id: int, text: str) -> dict[str, Any]:
        """A text message that replies to the bot's message `message_id` (KeyError if none)."""
        sent = self.messages.get(message_id)
        if sent is None:
            raise KeyError(f"the bot sent no message with id {message_id}")
        return self._message_update(user_id, text=text, reply_to_message=self.bot_message(sent))

    def callback_update(self, user_id: int, message_id: int, data: str) -> dict[str, Any]:
        """A button press on the bot's message `message_id` (KeyError if there is none)."""
        sent = self.messages.get(message_id)
        if sent is None:
            raise KeyError(f"the bot sent no message with id {message_id}")
        user = self.user(user_id)
        self._last_query += 1
        query_id = f"{user_id}{self._last_query:06d}"
        self.queries[query_id] = False
        query = CallbackQuery(
            id=query_id,
            from_user=user,
            chat_instance=str(-abs(sent.chat_id) - 1),
            message=self.bot_message(sent),
            data=data,
        )
        return Update(self.next_update_id(), callback_query=query).to_dict()

    def contact_update(
        self,
        user_id: int,
        phone_number: str,
        *,
        contact_user_id: int | None = None,
        first_name: str | None = None,
    ) -> dict[str, Any]:
        """A shared contact; by default the user's own, as a request_contact button sends it."""
        user = self.user(user_id)
        own = contact_user_id is None or contact_user_id == user_id
        contact = Contact(
            phone_number=phone_number,
            first_name=first_name or (user.first_name if own else "Kontak"),
            last_name=user.last_name if own else None,
            user_id=user_id if contact_user_id is None else contact_user_id,
        )
        return self._message_update(user_id, contact=contact)

    def location_update(self, user_id: int, latitude: float, longitude: float) -> dict[str, Any]:
        """A shared location."""
        location = Location(longitude=longitude, latitude=latitude)
        return self._message_update(user_id, location=location)

    def photo_update(
        self,
        user_id: int,
        *,
        file_size: int,
        width: int = 1280,
        height: int = 960,
        caption: str | None = None,
    ) -> dict[str, Any]:
        """A photo as Telegram delivers it: a thumbnail PhotoSize and the full size."""
        self.user(user_id)
        sizes = PhotoSize.de_list(self.photo_sizes(width, height, file_size))
        return self._message_update(user_id, photo=sizes, caption=caption)

    def document_update(
        self,
        user_id: int,
        *,
        file_name: str,
        mime_type: str,
        file_size: int,
        caption: str | None = None,
    ) -> dict[str, Any]:
        """A file sent as a document."""
        self.user(user_id)
        document = Document.de_json(self.document(file_name, mime_type, file_size))
        return self._message_update(user_id, document=document, caption=caption)
