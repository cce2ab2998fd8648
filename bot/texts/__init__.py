"""User-facing text: one catalogue per language, looked up by key with escaped parameters."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import cache

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


def _plain_label(text: str) -> str:
    """A button's words alone: no emoji, counts or numbers ("✅ Setujui #{n}" -> "setujui")."""
    text = re.sub(r"\{[^}]*\}|#|\(\s*\)", " ", text)
    return " ".join("".join(c for c in text if c.isalnum() or c.isspace()).casefold().split())


# Labels that are also what a question may be about ("dokumen?" after an answer): read on.
_SUBJECT_LABELS = frozenset(
    {"dokumen", "documents", "lampiran", "attachments", "detail", "kehadiran", "attendance"}
)


@cache
def _button_labels() -> frozenset[str]:
    return frozenset(
        label
        for catalogue in _CATALOGUES.values()
        for key, text in catalogue.items()
        if key.startswith("btn.") and (label := _plain_label(text)) not in _SUBJECT_LABELS
    ) - {""}


def names_a_button(typed: str) -> bool:
    """Whether a message only names a button ("Setujui", "✅ Kirim"), in either language."""
    return _plain_label(typed) in _button_labels()
