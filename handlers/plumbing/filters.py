"""Filter words admins type after /tinjau, /ekspor and /prioritas, read in one place."""

from __future__ import annotations

import re
from typing import Any

from bot.domain.lifecycle import Status
from bot.domain.proposal import TYPES
from bot.domain.regions import find_regency, regency_by_code
from bot.texts import t

# Statuses as admins type them: "perlu perbaikan", "dibahas rakor", "perlu_perbaikan".
_STATUS_PHRASES = {
    **{s.value: s.value for s in Status},
    **{s.value.replace("_", " "): s.value for s in Status},
    "dibahas di rakor": Status.DIBAHAS_RAKOR.value,
    "rakor": Status.DIBAHAS_RAKOR.value,
    "diperbaiki": Status.PERLU_PERBAIKAN.value,
}
_YEAR_WORDS = re.compile(r"\b(?:ta|tahun|t\.a\.)?\s*(20\d\d)\b")
LEVEL_WORDS = ("kabkota", "provinsi", "pusat")


def read_filters(args: list[str], flags: tuple[str, ...] = ()) -> dict[str, Any]:
    """Filter words as admins type them, in any order: "kotim kumuh provinsi", "palangka raya
    perlu perbaikan", "TA 2027 kab kotim csv". Returns regency, type, level, status, budget
    year and the `flags` found (True); Invalid when words remain that name no regency."""
    text = " " + " ".join(args).casefold() + " "
    found: dict[str, Any] = {}
    if (year := _YEAR_WORDS.search(text)) is not None:
        found["budget_year"] = int(year[1])
        text = text[: year.start()] + " " + text[year.end() :]
    for phrase in sorted(_STATUS_PHRASES, key=len, reverse=True):
        if f" {phrase} " in text:
            found["status"] = _STATUS_PHRASES[phrase]
            text = text.replace(f" {phrase} ", " ", 1)
            break
    rest = []
    for word in text.split():
        if word in flags:
            found[word] = True
        elif word in TYPES:
            found["type"] = word
        elif word in LEVEL_WORDS:
            found["level"] = word
        else:
            rest.append(word)
    if rest:
        found["regency"] = find_regency(" ".join(rest)).code  # Invalid if no regency
    return found


def describe(filters: dict[str, Any], lang: str) -> str:
    """The filters in words for a list's header ("Kotawaringin Timur · kumuh · TA 2027"), so
    a filtered list never reads as the whole queue (fifteenth try-out); "" when unfiltered."""
    parts = []
    if "regency" in filters:
        parts.append(regency_by_code(filters["regency"]).short_name)
    if "type" in filters:
        parts.append(t(lang, f"usul.type.{filters['type']}"))
    if "level" in filters:
        parts.append(t(lang, f"level.{filters['level']}"))
    if "status" in filters:
        parts.append(t(lang, f"proposal.{filters['status']}"))
    if "budget_year" in filters:
        parts.append(f"TA {filters['budget_year']}")
    return " · ".join(parts)


def with_filters(text: str, filters: dict[str, Any], lang: str) -> str:
    """text, followed by the filters it was narrowed by: "nothing waiting" under a filter
    must not read as an empty queue (fifteenth try-out)."""
    shown = describe(filters, lang)
    return f"{text} {t(lang, 'list.filtered', filters=shown)}" if shown else text
