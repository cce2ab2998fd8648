"""In-process stand-in for Telegram's Bot API, for tests and the terminal demo."""

from bot.standin.api import BotApiStandIn, Call
from bot.standin.http import StandInServer, serve
from bot.standin.limits import SENDING_METHODS, FloodControl, SendStats
from bot.standin.updates import SentMessage
from bot.standin.validate import ApiError, UploadedFile
from bot.standin.webhook import SECRET_HEADER, Delivery, Webhook

__all__ = [
    "SECRET_HEADER",
    "SENDING_METHODS",
    "ApiError",
    "BotApiStandIn",
    "Call",
    "Delivery",
    "FloodControl",
    "SendStats",
    "SentMessage",
    "StandInServer",
    "UploadedFile",
    "Webhook",
    "serve",
]
