"""`sinkron console`: the real Application against the Bot API stand-in, in a terminal."""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx
from telegram import Update

from bot.app import SinkronApp, build_application, running, settle
from bot.config import Settings
from bot.standin import BotApiStandIn, SentMessage
from bot.texts import t
from storage import officers

LANG = "id"
TOKEN = "100000:CONSOLE"
OFFICER_BASE = 100_000
ADMIN_BASE = 900_000
ADMIN_SEATS = 3  # admin, admin2, admin3 are admins in the console
ID_WRAP = 2_000_000_000  # stand-in ids start from the clock's milliseconds modulo this
WATCH_INTERVAL_S = 1.0  # how often the console looks for messages that arrived unasked
_FIRST_NAMES = ("Budi", "Sari", "Andi", "Rina", "Dedi", "Wati", "Yusuf", "Lina", "Agus")
_PERSONA = re.compile(r"^(officer|admin)(\d*)$")

ReadLine = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True, slots=True)
class Persona:
    """A pretend Telegram user the console types as."""

    key: str
    user_id: int
    first_name: str
    phone: str


def persona(key: str) -> Persona | None:
    """The persona named `officer`, `officer2`, `admin`, `admin3`...; None for other names."""
    match = _PERSONA.match(key.strip().lower())
    if match is None:
        return None
    kind, digits = match.groups()
    if len(digits) > 2:
        return None  # no persona past 99, and int() of a long run of digits is refused
    number = int(digits or "1")
    if number < 1 or number > 99 or (kind == "admin" and number > ADMIN_SEATS):
        return None
    canonical = kind if number == 1 else f"{kind}{number}"
    if kind == "admin":
        name = "Admin Provinsi" if number == 1 else f"Admin Provinsi {number}"
        return Persona(canonical, ADMIN_BASE + number, name, "")
    name = _FIRST_NAMES[(number - 1) % len(_FIRST_NAMES)]
    return Persona(canonical, OFFICER_BASE + number, name, f"+6281200000{number:03d}")


def console_settings(settings: Settings, database: Path) -> Settings:
    """The configuration with the console's own database and its admin personas."""
    for seat in range(1, ADMIN_SEATS + 1):
        settings = settings.with_admin(ADMIN_BASE + seat)
    return settings.with_database(database)


class Console:
    """Turns typed lines into updates for the Application and prints what the bot sends."""

    def __init__(
        self, app: SinkronApp, standin: BotApiStandIn, out: TextIO, files: Path | None = None
    ) -> None:
        self.app = app
        self.standin = standin
        self.out = out
        self.files = files  # where files the bot sends are saved, to be opened
        # The admins have opened the bot before (as in real life), so requests can reach them.
        for seat in range(1, ADMIN_SEATS + 1):
            self._enter(persona(f"admin{seat}"))
        self.me = self._enter(persona("officer"))
        self._shown: dict[int, tuple[str | None, str]] = {}  # message id -> (text, markup)
        self._answers_seen = 0
        self._announced: dict[int, int] = {}  # chat id -> unread messages already mentioned

    async def recall_users(self) -> None:
        """Every persona the database knows has opened the bot before: their chats exist, so
        an approval or a broadcast reaches them rather than failing as "chat not found"."""
        async with self.app.bot_data.db.transaction(write=False) as tx:
            known = [
                officer.user_id
                for status in officers.Status
                for officer in await officers.list_by_status(tx, status)
            ]
        for user_id in known:
            who = persona(_key_of(user_id))
            if who is not None and who.user_id == user_id:
                self._enter(who)

    def _enter(self, who: Persona | None) -> Persona:
        assert who is not None
        self.standin.add_user(who.user_id, who.first_name, language_code=LANG)
        return who

    @property
    def prompt(self) -> str:
        """What the input line starts with: who is typing."""
        return f"[{self.me.key}] > "

    def say(self, text: str) -> None:
        """Print a line of the console's own."""
        print(text, file=self.out)

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the user wants to leave."""
        line = line.strip()
        if not line:
            return True
        word, _, rest = line.partition(" ")
        if word in ("/quit", "/keluar", "/exit"):
            return False
        if word == "/as":
            return self._switch(rest)
        if word == "/who":
            self.say(t(LANG, "console.you_are", key=self.me.key, name=self.me.first_name))
            return True
        if word == "/help":
            self.say(t(LANG, "console.help"))
            return True
        if word in ("/block", "/unblock"):
            # Telegram answers 403 to a bot messaging someone who blocked it: try that path.
            if word == "/block":
                self.standin.blocked.add(self.me.user_id)
            else:
                self.standin.blocked.discard(self.me.user_id)
            self.say(t(LANG, f"console.{word[1:]}ed", key=self.me.key))
            return True
        update = self._update_for(line, word, rest)
        if update is not None:
            await self.app.process_update(Update.de_json(update, self.app.bot))
            # Queued messages (to admins, to officers) and broadcast reports arrive before the
            # next prompt, so a demo reads in order.
            await settle(self.app)
            reporter = self.app.bot_data.reporter
            if reporter is not None:
                await reporter.check()
                await settle(self.app)
            self.show_new()
        return True

    def _switch(self, key: str) -> bool:
        who = persona(key)
        if who is None:
            self.say(t(LANG, "console.bad_persona", key=key))
            return True
        self.me = self._enter(who)
        self.say(t(LANG, "console.switched", key=who.key, name=who.first_name))
        self.show_new()
        return True

    def _update_for(self, line: str, word: str, rest: str) -> dict[str, Any] | None:
        uid = self.me.user_id
        if line.startswith("\\"):  # a backslash sends the rest literally, never as a button
            return self.standin.text_update(uid, line[1:])
        if word == "/reply":
            latest = self.standin.messages_for(uid)
            if not latest or not rest.strip():
                self.say(t(LANG, "console.bad_reply"))
                return None
            return self.standin.reply_update(uid, latest[-1].message_id, rest.strip())
        if word == "/contact":
            return self.standin.contact_update(uid, rest.strip() or self.me.phone)
        if word == "/loc":
            try:
                lat, lon = (
                    float(part.replace(",", ".")) for part in rest.replace(";", " ").split()
                )
            except ValueError:
                self.say(t(LANG, "console.bad_loc"))
                return None
            return self.standin.location_update(uid, lat, lon)
        if word in ("/photo", "/doc"):
            path = Path(rest.strip()).expanduser()
            if not path.is_file():
                self.say(t(LANG, "console.no_file", path=rest.strip()))
                return None
            size = path.stat().st_size
            if word == "/photo":
                return self.standin.photo_update(uid, file_size=size)
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return self.standin.document_update(
                uid, file_name=path.name, mime_type=mime, file_size=size
            )
        # A typed "\n" is a line break: a message of several lines, as a chat app sends a
        # reply quoting an earlier message ("> ...\nRKPD itu apa?").
        return self._button_press(line) or self.standin.text_update(uid, line.replace("\\n", "\n"))

    def _button_press(self, line: str) -> dict[str, Any] | None:
        """A number or a button's label presses that button of the latest keyboard."""
        found = self._latest_keyboard()
        if found is None or line.startswith("/"):  # a command is never a button's label
            return None
        message, buttons = found
        chosen = None
        typed = _label_key(line)
        for button in buttons:
            if typed and _label_key(button["text"]) == typed:
                chosen = button  # a label wins over a number ("0001" in the review queue)
        # A long run of digits is text to send (an area typed as 5000 nines): int() of it
        # would be slow and refused.
        if chosen is None and line.isdigit() and len(line) <= 3 and 1 <= int(line) <= len(buttons):
            chosen = buttons[int(line) - 1]
        if chosen is None:
            return None
        uid = self.me.user_id
        if "callback_data" in chosen:
            return self.standin.callback_update(uid, message.message_id, chosen["callback_data"])
        if chosen.get("request_contact"):
            return self.standin.contact_update(uid, self.me.phone)
        return self.standin.text_update(uid, chosen["text"])

    def _latest_keyboard(self) -> tuple[SentMessage, list[dict[str, Any]]] | None:
        for message in reversed(self.standin.messages_for(self.me.user_id)):
            if message.deleted:
                continue
            buttons = _buttons(message)
            if buttons:
                return message, buttons
        return None

    def show_new(self) -> bool:
        """Print what the bot sent (or reworded) in the current chat; count the others'.

        True when something was printed."""
        printed = False
        for message in self.standin.messages_for(self.me.user_id):
            before = self._shown.get(message.message_id)
            snapshot = (message.text, repr(message.reply_markup))
            if message.deleted or before == snapshot:
                continue
            self._shown[message.message_id] = snapshot
            # Buttons taken off a pressed message are not news; a reworded text is, and so are
            # new buttons under the same text (a box ticked in a multi-choice step).
            if before is None or before[0] != message.text:
                self._print_message(message, edited=before is not None)
                printed = True
            elif _rows(message):
                self.say("\n" + t(LANG, "console.buttons_updated", name=self.me.first_name))
                self._print_buttons(message)
                printed = True
        answers = self.standin.callback_answers[self._answers_seen :]
        self._answers_seen = len(self.standin.callback_answers)
        for answer in answers:
            if answer.get("text"):
                self.say(t(LANG, "console.toast", text=answer["text"]))
                printed = True
        waiting: dict[int, int] = {}
        for message in self.standin.sent:
            if message.chat_id != self.me.user_id and message.message_id not in self._shown:
                waiting[message.chat_id] = waiting.get(message.chat_id, 0) + 1
        for chat_id, count in sorted(waiting.items()):
            # Say it once per new arrival, not after every line typed.
            if count > self._announced.get(chat_id, 0):
                self.say(t(LANG, "console.waiting", n=count, key=_key_of(chat_id)))
                printed = True
        self._announced = waiting
        return printed

    def _print_message(self, message: SentMessage, edited: bool) -> None:
        head = t(LANG, "console.edited" if edited else "console.from_bot", name=self.me.first_name)
        self.say(f"\n{head}")
        if message.kind == "document" and isinstance(message.media, dict):
            self.say(f"   📄 {message.media.get('file_name') or ''}")
            self._save(message, message.media.get("file_name") or "berkas")
        elif message.kind == "photo":
            self.say("   📷")
            self._save(message, "foto.png")
        elif message.kind == "location" and isinstance(message.media, dict):
            # A pin in Telegram: its coordinates here, rather than an empty message.
            self.say(f"   📍 {message.media['latitude']:.6f}, {message.media['longitude']:.6f}")
        for text_line in message.plain_text.splitlines() or (
            [] if message.kind != "text" else [""]
        ):
            self.say(f"   {text_line}")
        self._print_buttons(message)

    def _save(self, message: SentMessage, name: str) -> None:
        """Save a file the bot made (an export, an .ics, a chart) where it can be opened
        (fifteenth try-out: the console only printed its name)."""
        content = self.standin.uploads.get(message.file_id or "")
        if self.files is None or content is None:
            return  # a file an officer sent, passed on by its id: no bytes here
        self.files.mkdir(parents=True, exist_ok=True)
        path = self.files / f"{message.message_id}-{Path(name).name}"
        path.write_bytes(content)
        self.say(t(LANG, "console.saved", path=path))

    def _print_buttons(self, message: SentMessage) -> None:
        """The message's buttons, numbered as a typed number presses them."""
        number = 0
        for row in _rows(message):
            labels = []
            for button in row:
                number += 1
                labels.append(f"[{number}] {button['text']}")
            self.say("   " + "   ".join(labels))


def _label_key(label: str) -> str:
    """A label without emoji and punctuation, so "kirim" presses "✅ Kirim"."""
    return "".join(char for char in label.casefold() if char.isalnum())


def _rows(message: SentMessage) -> list[list[dict[str, Any]]]:
    markup = message.reply_markup or {}
    rows: list[list[dict[str, Any]]] = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return rows


def _buttons(message: SentMessage) -> list[dict[str, Any]]:
    return [button for row in _rows(message) for button in row]


def _key_of(chat_id: int) -> str:
    if chat_id > ADMIN_BASE:
        number = chat_id - ADMIN_BASE
        return "admin" if number == 1 else f"admin{number}"
    number = chat_id - OFFICER_BASE
    return "officer" if number == 1 else f"officer{number}"


async def run_console(settings: Settings, read_line: ReadLine, out: TextIO) -> None:
    """Run the console until the user quits or input ends."""
    standin = BotApiStandIn()
    # No per-chat pause: there is no real Telegram to protect, and the demo should feel quick.
    transport = httpx.MockTransport(standin.handle)
    app = build_application(settings, TOKEN, transport=transport, per_chat_interval=0.0)
    # Ids from the clock (milliseconds, wrapping every 23 days): above any this database
    # holds from an earlier run, which the stand-in, new at every start, cannot know.
    standin.continue_ids_after(int(time.time() * 1000) % ID_WRAP)
    async with running(app):
        console = Console(app, standin, out, settings.storage.database.parent / "console-files")
        await console.recall_users()
        database = settings.storage.database
        console.say(t(LANG, "console.banner", db=database, log=database.with_suffix(".log")))
        console.show_new()
        # Reminders and other scheduled messages arrive while the user is typing: show them
        # as they come, then the prompt again.
        watcher = asyncio.create_task(_watch(console, app))
        try:
            while True:
                line = await read_line(console.prompt)
                if line is None or not await console.handle(line):
                    break
        finally:
            watcher.cancel()
    console.say(t(LANG, "console.bye"))


async def _watch(console: Console, app: SinkronApp) -> None:
    """Print what arrives between two lines typed (a reminder ringing)."""
    while True:
        await asyncio.sleep(WATCH_INTERVAL_S)
        with contextlib.suppress(TimeoutError):
            await settle(app, within=2.0)
        if console.show_new():
            console.out.write(console.prompt)
            console.out.flush()


async def read_stdin(prompt: str) -> str | None:
    """One line from the terminal without blocking the event loop; None at end of input."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None
