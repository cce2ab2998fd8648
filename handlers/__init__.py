"""Telegram-facing handlers: one module per feature here, the shared plumbing in `plumbing/`;
`register` wires them all."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, TypeHandler

from handlers import (
    broadcasts,
    deadlines,
    exports,
    faq,
    general,
    meetings,
    officers,
    priorities,
    proposals,
    questions,
    registration,
    review,
    statuses,
)
from handlers.plumbing import access, errors, form_input

# Group order matters: access resolves the user and may stop the update before any feature
# sees it; features come next; fallbacks last, so they answer only what nobody took.
ACCESS_GROUP = -1
FEATURE_GROUP = 0


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every handler, in the groups that give access control and fallbacks their place."""
    application.add_handler(TypeHandler(Update, access.identify), group=ACCESS_GROUP)
    features = [
        *registration.handlers(),
        *officers.handlers(),
        *general.command_questions(),
        *proposals.handlers(),
        *questions.handlers(),
        *faq.handlers(),
        *broadcasts.handlers(),
        *meetings.handlers(),
        *review.handlers(),
        *priorities.handlers(),
        *exports.handlers(),
        *deadlines.handlers(),
        *statuses.handlers(),
        *general.handlers(),
        *form_input.handlers(),
        *general.fallbacks(),
    ]
    application.add_handlers(features, group=FEATURE_GROUP)
    application.add_error_handler(errors.on_error)
