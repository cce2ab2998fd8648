"""User-facing text: one catalogue per language, looked up by key with escaped parameters."""

from __future__ import annotations

import html
from collections.abc import Mapping

from bot.texts.en import TEXTS as ENGLISH
from bot.texts.id import TEXTS as INDONESIAN

LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"

_CATALOGUES: Mapping[str, Mapping[str, str]] = {"id": INDONESIAN, "en": ENGLISH}


class Raw(str):
    """Text that is already safe HTML (built from other `t` results): inserted as is."""

    __slots__ = ()


def t(lang: str, key: str, /, **params: object) -> str:
    """The text `key` in `lang` (Indonesian when unknown), parameters HTML-escaped.

    Messages are sent with parse_mode HTML, so every value that comes from a user (a name,
    a typed answer) is escaped here, by construction, before it can break the markup.
    """
    catalogue = _CATALOGUES.get(lang, INDONESIAN)
    template = catalogue.get(key)
    if template is None:
        template = INDONESIAN[key]  # KeyError for a key no catalogue has: a bug, caught by tests
    text: str = template.format(**{k: _safe(v) for k, v in params.items()})
    return text


def _safe(value: object) -> str:
    return value if isinstance(value, Raw) else html.escape(str(value), quote=False)


def language_of(telegram_code: str | None) -> str:
    """Our language for a new user, from the language their Telegram app uses."""
    return "en" if telegram_code and telegram_code.lower().startswith("en") else DEFAULT_LANGUAGE
