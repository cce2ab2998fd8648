"""Button data, typed: one codec per button family, in the spirit of aiogram's CallbackData.

Telegram returns a button's callback data verbatim, and anyone can send any data: a press is
untrusted input. Every family is declared once here, as a prefix, the role a presser needs and
the layouts its data may take (`tinjau|d|<id>`, `reg|ok|<user>|<request>`). The same object
packs the data when a keyboard is drawn, gives the handler its pattern, parses a press back
into typed values, and tells the access layer which role the prefix needs: the keyboards, the
handlers and the access table cannot drift apart. Data that matches no layout is "not a button
of ours" (`parse` returns None; no handler's pattern matches it), so a forged number can never
overflow, a superscript can never reach int(), and no press raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.domain.lifecycle import Status

MAX_BYTES = 64  # Telegram's limit on callback data


class Part(Protocol):
    """One "|"-separated piece of button data."""

    @property
    def regex(self) -> str:
        """What the piece looks like (no groups that capture)."""
        ...

    def parse(self, text: str) -> Any | None:
        """The value, or None when `text` is not a valid piece."""
        ...

    def pack(self, value: Any) -> str:
        """The piece for `value` (ValueError when it cannot be one)."""
        ...


@dataclass(frozen=True, slots=True)
class Word:
    """One of a few fixed words (an action such as "ok", or an answer such as "hadir")."""

    words: tuple[str, ...]

    @property
    def regex(self) -> str:
        return "(?:" + "|".join(re.escape(word) for word in self.words) + ")"

    def parse(self, text: str) -> str | None:
        return text if text in self.words else None

    def pack(self, value: Any) -> str:
        if value not in self.words:
            raise ValueError(f"{value!r} is not one of {self.words}")
        return str(value)


def word(*words: str) -> Word:
    """A piece that is one of `words`."""
    return Word(tuple(words))


@dataclass(frozen=True, slots=True)
class Number:
    """A non-negative whole number of at most `digits` ASCII digits (a row id, an offset)."""

    digits: int = 9

    @property
    def regex(self) -> str:
        return f"[0-9]{{1,{self.digits}}}"

    def parse(self, text: str) -> int | None:
        # str.isdigit() accepts "²" and "٣", which int() refuses or reads: ASCII only.
        if 1 <= len(text) <= self.digits and text.isascii() and text.isdigit():
            return int(text)
        return None

    def pack(self, value: Any) -> str:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{value!r} is not a whole number >= 0")
        text = str(value)
        if len(text) > self.digits:
            raise ValueError(f"{value} has more than {self.digits} digits")
        return text


@dataclass(frozen=True, slots=True)
class Slug:
    """A short identifier: by default lower-case letters, digits, "_" and "." (a topic id)."""

    chars: int = 40
    alphabet: str = "a-z0-9_."  # a regex character class's inside

    @property
    def regex(self) -> str:
        return f"[{self.alphabet}]{{1,{self.chars}}}"

    def parse(self, text: str) -> str | None:
        return text if re.fullmatch(self.regex, text) else None

    def pack(self, value: Any) -> str:
        if not isinstance(value, str) or self.parse(value) is None:
            raise ValueError(f"{value!r} is not a slug of at most {self.chars} characters")
        return value


@dataclass(frozen=True, slots=True)
class Stamp:
    """A form button's draft stamp "<nonce>.<rev>", or the older "<rev>": (nonce|None, rev)."""

    @property
    def regex(self) -> str:
        return r"(?:[0-9]{1,9}\.)?[0-9]{1,9}"

    def parse(self, text: str) -> tuple[int | None, int] | None:
        nonce_text, dot, rev_text = text.rpartition(".")
        rev = Number().parse(rev_text)
        nonce = Number().parse(nonce_text) if dot else None
        if rev is None or (dot and nonce is None):
            return None
        return nonce, rev

    def pack(self, value: Any) -> str:
        nonce, rev = value
        stamp = Number().pack(rev)
        return stamp if nonce is None else f"{Number().pack(nonce)}.{stamp}"


class Buttons:
    """One family of buttons: its prefix, the role a presser needs and its data layouts."""

    def __init__(self, prefix: str, role: str, *layouts: Sequence[Part]) -> None:
        """`role` is "guest", "officer" or "admin"; each layout lists the pieces after the
        prefix, in order (a family may accept several, e.g. with and without a flag)."""
        self.prefix = prefix
        self.role = role
        self.layouts = tuple(tuple(layout) for layout in layouts)
        alternatives = "|".join(r"\|".join(p.regex for p in layout) for layout in self.layouts)
        self.pattern = re.compile(rf"^{re.escape(prefix)}\|(?:{alternatives})$")

    def pack(self, *values: Any) -> str:
        """The data for `values`, one per piece of a layout (ValueError if none fits)."""
        for layout in self.layouts:
            if len(layout) != len(values):
                continue
            try:
                pieces = [part.pack(value) for part, value in zip(layout, values, strict=True)]
            except (ValueError, TypeError):
                continue
            data = "|".join((self.prefix, *pieces))
            if len(data.encode()) > MAX_BYTES:
                raise ValueError(f"{data!r} is longer than Telegram's {MAX_BYTES} bytes")
            return data
        raise ValueError(f"no {self.prefix}| layout takes {values!r}")

    def parse(self, data: str | None) -> tuple[Any, ...] | None:
        """The values of a press of ours, or None for anything else (forged, stale, foreign)."""
        if data is None or not self.pattern.fullmatch(data):
            return None
        pieces = data.split("|")[1:]
        for layout in self.layouts:
            if len(layout) != len(pieces):
                continue
            values = [part.parse(piece) for part, piece in zip(layout, pieces, strict=True)]
            if all(value is not None for value in values):
                return tuple(values)
        return None


ID = Number()  # a row id
USER = Number(15)  # a Telegram user id
SMALL = Number(6)  # a request number or a page offset
STATUS_WORDS = tuple(status.value for status in Status)

# --- every family ------------------------------------------------------------------------------

FORM = Buttons(
    "f",
    "guest",  # form buttons act on the presser's own draft only
    (Stamp(), word("ok", "x", "y", "n", "b", "s", "d", "v", "c")),
    (Stamp(), word("o", "e"), Number(4)),
)
LANGUAGE = Buttons("lang", "guest", (word("id", "en"),))
REGISTRATION = Buttons(
    "reg",
    "admin",
    # Decisions name the request they decide; "l" marks the copy in /petugas's list. Old
    # messages without a request number are still read, and refused as stale.
    (word("ok", "no"), USER, SMALL, word("l")),
    (word("ok", "no"), USER, SMALL),
    (word("ok", "no"), USER, word("l")),
    (word("ok", "no"), USER),
)
# Families that share a prefix (one role) are told apart by their first word: each is one
# handler's pattern.
REJECTION_REASON = Buttons("reg", "admin", (word("why"), USER, SMALL))
PROPOSAL = Buttons(
    "usul",
    "officer",
    (word("resume", "blank", "copy"),),
    # new/del carry the draft's nonce (a stale button never deletes a later draft); copy,
    # fix, wd (withdraw?), wdy (withdraw!) and files (its photos, PDFs, point) a proposal id.
    (word("new", "del", "copy", "fix", "wd", "wdy", "files"), ID),
)
QUESTION = Buttons(
    "tanya",
    "guest",  # a handover acts on the presser's own question only
    (word("t"), ID, Slug()),
    (word("ex", "h"), ID),
)
BROADCAST = Buttons("siaran", "admin", (word("ulang"), ID))
MEETING_ANSWER = Buttons(
    "rapat",
    "officer",  # answers and documents of the presser's own regency's meetings
    (word("j"), ID, word("hadir", "tidak", "wakil")),
)
MEETING_DOCUMENTS = Buttons("rapat", "officer", (word("d"), ID))
MEETING_ADMIN = Buttons("rapat-adm", "admin", (word("a", "u", "x", "xy", "n", "f"), ID))
REVIEW_DETAIL = Buttons("tinjau", "admin", (word("d"), ID))
REVIEW_CARD = Buttons("tinjau", "admin", (word("c"), ID))
REVIEW_MOVE = Buttons(
    "tinjau",
    "admin",
    # A move ("t", or "y" once confirmed): from and to statuses and the version pin of the
    # card it was drawn on.
    (word("t", "y"), ID, word(*STATUS_WORDS), word(*STATUS_WORDS), Slug(10, "0-9a-z")),
)
STATUS_PAGE = Buttons("status", "officer", (word("p"), SMALL))
# Tell every officer a budget year's deadline as set: the year, then the deadline (and the
# one it replaced, 0 for none) in minutes since the epoch, so an older message's press is
# told the deadline has moved since.
DEADLINE_NOTICE = Buttons("tenggat", "admin", (word("umum"), Number(4), Number(10), Number(10)))
FAQ = Buttons(
    "faq",
    "admin",
    (word("p", "s", "sn", "e", "r", "ry", "u"), ID),
    # edit entry <id> adding question <id> as one more way to ask it; send its answer to it
    (word("ep", "w"), ID, ID),
)

FAMILIES = (
    FORM, LANGUAGE, REGISTRATION, REJECTION_REASON, PROPOSAL, QUESTION, BROADCAST,
    MEETING_ANSWER, MEETING_DOCUMENTS, MEETING_ADMIN, REVIEW_DETAIL, REVIEW_CARD, REVIEW_MOVE,
    STATUS_PAGE, FAQ, DEADLINE_NOTICE,
)  # fmt: skip


def families_of(data: str) -> list[Buttons]:
    """The families whose prefix `data` carries (not yet whether it parses)."""
    prefix = data.split("|", 1)[0]
    return [family for family in FAMILIES if family.prefix == prefix]
