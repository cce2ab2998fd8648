"""Drives the real Application through the Bot API stand-in, as Telegram users would."""

from __future__ import annotations

from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from telegram import Update

from bot.app import SinkronApp, build_application, running, settle
from bot.config import AccessSettings, Settings, StorageSettings
from bot.standin import BotApiStandIn, SentMessage

TOKEN = "123456:TEST-TOKEN"
ADMIN = 900_001
ADMIN2 = 900_002
OFFICER = 100_001
OFFICER2 = 100_002


def make_settings(database: Path) -> Settings:
    """Default settings with two admins and a database of the test's own."""
    return Settings(
        access=AccessSettings(frozenset({ADMIN, ADMIN2})),
        storage=StorageSettings(database),
    )


class Harness:
    """One Application on one database, fed updates with `process_update`."""

    def __init__(self, settings: Settings, standin: BotApiStandIn | None = None) -> None:
        self.settings = settings
        self.standin = standin or BotApiStandIn()
        self._stack: AsyncExitStack | None = None
        self.app: SinkronApp | None = None
        self.per_chat_interval = 0.0
        # A test's users answer in microseconds: at Telegram's 25/s their replies would fill
        # the sending window and hold the outbox up. Tests of pacing set their own.
        self.send_rate: float | None = 1000.0
        self.calls_in_transaction: list[str] = []
        # The application's clock runs this far ahead of real time (see travel_to).
        self.clock_shift = timedelta(0)
        for user_id, name in (
            (ADMIN, "Admin"),
            (ADMIN2, "Admin Dua"),
            (OFFICER, "Budi"),
            (OFFICER2, "Sari"),
        ):
            self.standin.add_user(user_id, name)

    async def start(self) -> None:
        """Build and start a fresh Application (post_init included)."""
        transport = httpx.MockTransport(self._guarded)
        # No per-chat pause between queued messages: pacing has tests of its own.
        self.app = build_application(
            self.settings,
            TOKEN,
            transport=transport,
            per_chat_interval=self.per_chat_interval,
            send_rate=self.send_rate,
            report_interval=60.0,  # tests drive reports with report() instead
            retry_backoff=(0.01, 0.01),
        )
        # Set before post_init: the scheduler plans its alarms at start with this clock.
        self.app.bot_data.clock = self.now
        self._stack = AsyncExitStack()
        await self._stack.enter_async_context(running(self.app))

    async def _guarded(self, request: httpx.Request) -> httpx.Response:
        """The stand-in, noting any Bot API call made from inside a database transaction: that
        round trip would hold every other user's unit of work up."""
        state = self.app.bot_data if self.app is not None else None
        db = getattr(state, "_db", None)
        if db is not None and db.held_by_current_task():
            self.calls_in_transaction.append(request.url.path.rsplit("/", 1)[-1])
        return await self.standin.handle(request)

    async def stop(self) -> None:
        """Stop the Application as a shutdown would (the database file stays)."""
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None
        assert not self.calls_in_transaction, (
            f"Bot API called inside a transaction: {self.calls_in_transaction}"
        )

    async def restart(self) -> None:
        """A new process on the same database and the same Telegram."""
        await self.stop()
        await self.start()

    def now(self) -> datetime:
        """What time it is for the application."""
        return datetime.now(UTC) + self.clock_shift

    def travel_to(self, moment: datetime) -> None:
        """Make it `moment` for the application now (time keeps running from there).

        Alarms already planned keep their real delay: restart (or re-plan) to apply the jump.
        """
        self.clock_shift = moment - datetime.now(UTC)

    # --- acting as users ---------------------------------------------------------------

    async def process(self, update: dict[str, Any]) -> list[SentMessage]:
        """Feed one update; return every message the bot sent while handling it."""
        assert self.app is not None
        before = len(self.standin.sent)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        await self.settle()
        return self.standin.sent[before:]

    async def report(self) -> None:
        """One round of broadcast progress and reports, then their delivery."""
        assert self.app is not None
        reporter = self.app.bot_data.reporter
        assert reporter is not None
        await self.settle()
        await reporter.check()
        await self.settle()

    async def settle(self, within: float = 10.0) -> None:
        """Wait until the outbox has sent (or given up on) everything due now."""
        assert self.app is not None
        await settle(self.app, within)

    async def send(self, user_id: int, text: str) -> list[str]:
        """The user types `text`; return the plain texts the bot sent to them."""
        sent = await self.process(self.standin.text_update(user_id, text))
        return [m.plain_text for m in sent if m.chat_id == user_id]

    async def press(self, user_id: int, label: str) -> list[str]:
        """The user presses the newest button whose label contains `label` (case-insensitive)."""
        message, data = self.find_button(user_id, label)
        sent = await self.process(self.standin.callback_update(user_id, message.message_id, data))
        return [m.plain_text for m in sent if m.chat_id == user_id]

    async def share_contact(
        self, user_id: int, phone: str, contact_user_id: int | None = None
    ) -> list[str]:
        """The user shares a contact (their own unless `contact_user_id` says otherwise)."""
        update = self.standin.contact_update(user_id, phone, contact_user_id=contact_user_id)
        sent = await self.process(update)
        return [m.plain_text for m in sent if m.chat_id == user_id]

    def find_button(self, user_id: int, label: str) -> tuple[SentMessage, str]:
        """The newest message to `user_id` with an inline button labelled like `label`."""
        for message in reversed(self.standin.messages_for(user_id)):
            markup = message.reply_markup or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if label.casefold() in button["text"].casefold():
                        return message, button["callback_data"]
        raise AssertionError(f"no button {label!r} in the chat of {user_id}")

    def texts(self, chat_id: int) -> list[str]:
        """Every message the bot sent to a chat, as the user reads it."""
        return [m.plain_text for m in self.standin.messages_for(chat_id)]

    def last(self, chat_id: int) -> SentMessage:
        """The newest message the bot sent to a chat."""
        return self.standin.messages_for(chat_id)[-1]

    async def register(
        self,
        user_id: int,
        *,
        name: str = "Ir. Budi Santoso, M.T.",
        regency: str = "Kotim",
        position: str = "Kasi Permukiman",
        phone: str = "0812 3456 7890",
    ) -> None:
        """Walk the registration form to its submission."""
        await self.send(user_id, "/start")
        await self.send(user_id, name)
        await self.send(user_id, regency)
        await self.send(user_id, position)
        await self.send(user_id, phone)
        await self.press(user_id, "Kirim")

    async def approve(self, user_id: int, admin: int = ADMIN) -> None:
        """An admin approves `user_id` from the registration request they received."""
        for message in reversed(self.standin.messages_for(admin)):
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    data = button["callback_data"]
                    if data.startswith(f"reg|ok|{user_id}|") and not data.endswith("|l"):
                        await self.process(
                            self.standin.callback_update(
                                admin, message.message_id, button["callback_data"]
                            )
                        )
                        return
        raise AssertionError(f"admin {admin} has no request of {user_id}")
