"""In-process stand-in for Telegram's Bot API, for tests and the terminal demo."""

from bot.standin.api import BotApiStandIn, Call
from bot.standin.http import StandInServer, serve
from bot.standin.updates import SentMessage
from bot.standin.validate import ApiError, UploadedFile

__all__ = [
    "ApiError",
    "BotApiStandIn",
    "Call",
    "SentMessage",
    "StandInServer",
    "UploadedFile",
    "serve",
]
