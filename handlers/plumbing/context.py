"""The callback context every handler receives, and who the user is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.state import AppState
from storage.officers import Officer, Status


class Role(IntEnum):
    """What a user may do; each role may do everything the lower ones may."""

    GUEST = 0  # unregistered, pending or rejected: help, language, registration
    OFFICER = 1  # an approved officer of a regency
    ADMIN = 2  # provincial staff, from [access] admin_ids


@dataclass(frozen=True, slots=True)
class Identity:
    """The user behind an update, as resolved once per update by the access layer."""

    user_id: int
    chat_id: int
    telegram_name: str
    officer: Officer
    is_admin: bool

    @property
    def role(self) -> Role:
        """The user's rights now."""
        if self.is_admin:
            return Role.ADMIN
        return Role.OFFICER if self.officer.status is Status.ACTIVE else Role.GUEST

    @property
    def lang(self) -> str:
        """The language to answer in."""
        return self.officer.language

    @property
    def display_name(self) -> str:
        """The registered name, or the Telegram name before registration."""
        return self.officer.full_name or self.telegram_name


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    """PTB's context plus the resolved identity (one context is shared by all groups)."""

    identity: Identity | None = None

    @property
    def state(self) -> AppState:
        """Settings, database and flows of this application."""
        return self.bot_data

    @property
    def who(self) -> Identity:
        """The identity set by the access layer (group -1) for this update."""
        if self.identity is None:
            raise RuntimeError("identity is resolved by the access layer before any handler")
        return self.identity
