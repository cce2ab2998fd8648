"""Splitting long texts into pieces that fit one Telegram message."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import partial

MESSAGE_LIMIT = 4096

# Tags and entities, and a character that shows, for telling a short text needs no parse.
_MARKUP = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_PLAINLY_VISIBLE = re.compile(r"[^\s]")


# --- Telegram HTML -------------------------------------------------------------------------------
#
# split_message() cuts a Telegram HTML text (parse_mode HTML) into pieces that each fit one
# message. Lengths are measured on the raw HTML in UTF-16 code units: Telegram counts the visible
# text (tags removed, entities as one character) in UTF-16 units, and the raw length is never
# smaller, so a raw piece within the limit is within it for Telegram too.

CAPTION_LIMIT = 1024
MIN_LIMIT = 8  # room for any entity ("&quot;") or an emoji (2 units) in a piece of its own

# One atom each: a tag (quoted attribute values may hold ">"), an entity, or a single character.
_ATOM_RE = re.compile(
    r"""</?[A-Za-z](?:[^>"']|"[^"]*"|'[^']*')*>"""
    r"|&(?:[A-Za-z][A-Za-z0-9]*|\#[0-9]+|\#[xX][0-9A-Fa-f]+);"
    r"|.",
    re.DOTALL,
)
_TAG_NAME_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# A start tag directly followed by its end tag: left behind when a cut falls just before/after
# formatted text; Telegram accepts it but it is noise.
_EMPTY_PAIR_RE = re.compile(
    r"""<([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?></\1\s*>""", re.IGNORECASE
)
_SENTENCE_ENDS = frozenset(".!?;…")
_CLOSERS = frozenset("\"')]}»”’")
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f\u2060\ufeff")
_ZWJ = "\u200d"

# Cut preferences, best first; a cut is only ever placed between two visible characters.
_PARAGRAPH, _LINE, _SENTENCE, _SPACE, _HARD, _HARD_IN_CLUSTER = range(6)

_Stack = tuple[tuple[str, str], ...]  # open tags, outermost first: (name, raw start tag)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _breaks(char: str) -> bool:
    """Whitespace a line may be broken at (not a no-break space)."""
    return char.isspace() and char not in _NO_BREAK_SPACES


def _joins(char: str) -> bool:
    """A character that belongs to the grapheme before it (combining mark, variation selector)."""
    return char == _ZWJ or unicodedata.category(char) in ("Mn", "Me", "Mc")


class _Html:
    """A Telegram HTML text as atoms, with what is needed to cut it between any two atoms."""

    def __init__(self, text: str) -> None:
        self.raw: list[str] = _ATOM_RE.findall(text)
        n = self.n = len(self.raw)
        self.visible: list[str | None] = []
        self.is_end: list[bool] = []
        self.stacks: list[_Stack] = []  # stacks[k]: tags open between atoms k-1 and k
        self.cum = [0] * (n + 1)  # cum[k]: UTF-16 length of atoms[:k]
        self.open_len: list[int] = []  # UTF-16 length of re-opening stacks[k]
        self.close_len: list[int] = []  # ... and of closing it
        stack: _Stack = ()
        open_len = close_len = 0
        for index, atom in enumerate(self.raw):
            self.stacks.append(stack)
            self.open_len.append(open_len)
            self.close_len.append(close_len)
            size = len(atom) if atom.isascii() else _utf16_len(atom)
            self.cum[index + 1] = self.cum[index] + size
            tag = _TAG_NAME_RE.match(atom) if atom[0] == "<" else None
            if tag is None:
                self.visible.append(html.unescape(atom) if atom[0] == "&" else atom)
                self.is_end.append(False)
                continue
            self.visible.append(None)
            name = tag.group(2).lower()
            self.is_end.append(bool(tag.group(1)))
            if not tag.group(1):
                stack = (*stack, (name, atom))
            else:
                names = [open_name for open_name, _ in stack]
                if name not in names:
                    continue
                # Close it, and anything wrongly left open inside it.
                stack = stack[: len(names) - 1 - names[::-1].index(name)]
            open_len = sum(_utf16_len(raw) for _, raw in stack)
            close_len = sum(len(name) + 3 for name, _ in stack)  # </name>
        self.stacks.append(stack)
        self.open_len.append(open_len)
        self.close_len.append(close_len)
        # next_solid[k]: first atom >= k that is visible and not whitespace (n if none).
        self.next_solid = [n] * (n + 1)
        for index in range(n - 1, -1, -1):
            char = self.visible[index]
            solid = char is not None and not char.isspace()
            self.next_solid[index] = index if solid else self.next_solid[index + 1]
        self.rank: list[int | None] = [None] * (n + 1)
        self.before: list[int] = [n] * (n + 1)  # the visible atom just before a cut
        self._rank_cuts()

    def _rank_cuts(self) -> None:
        shown = [index for index, char in enumerate(self.visible) if char is not None]
        chars = [self.visible[index] or "" for index in shown]
        for j in range(len(shown) - 1):
            left, right = chars[j], chars[j + 1]
            if _breaks(left[-1]):
                continue  # inside a run of whitespace: cut at its start instead
            cut = shown[j] + 1
            while cut < shown[j + 1] and self.is_end[cut]:
                cut += 1  # end tags stay with the text they close, start tags go with theirs
            self.before[cut] = shown[j]
            if _breaks(right[0]):
                newlines = 0
                run = j + 1
                while run < len(chars) and chars[run].isspace():
                    newlines += chars[run].count("\n")
                    run += 1
                if newlines >= 2:
                    self.rank[cut] = _PARAGRAPH
                elif newlines:
                    self.rank[cut] = _LINE
                else:
                    back = j
                    while back > 0 and chars[back][-1] in _CLOSERS:
                        back -= 1
                    sentence = chars[back][-1] in _SENTENCE_ENDS
                    self.rank[cut] = _SENTENCE if sentence else _SPACE
            elif _joins(right[0]) or left[-1] == _ZWJ:
                self.rank[cut] = _HARD_IN_CLUSTER
            else:
                self.rank[cut] = _HARD

    def skip_space(self, start: int) -> int:
        while start < self.n and (self.visible[start] or "x").isspace():
            start += 1
        return start

    def blank_from(self, start: int) -> bool:
        return self.next_solid[start] == self.n

    def next_cut(self, start: int, limit: int) -> int | None:
        """Where the piece starting at `start` should end, or None if no piece fits."""
        base = self.open_len[start] - self.cum[start]
        if base + self.cum[self.n] + self.close_len[self.n] <= limit:
            return self.n
        best: list[int | None] = [None] * (_HARD_IN_CLUSTER + 1)
        cut = start + 1
        while cut < self.n and base + self.cum[cut] <= limit:
            rank = self.rank[cut]
            if (
                rank is not None
                and self.before[cut] >= start
                and base + self.cum[cut] + self.close_len[cut] <= limit
            ):
                best[rank] = cut  # the last one of each kind: the fullest piece
            cut += 1
        return next((cut for cut in best if cut is not None), None)

    def piece(self, start: int, end: int) -> str:
        """Atoms start..end as valid HTML of its own, without whitespace at either end."""
        first = self.next_solid[start]
        if first >= end:
            return ""
        last = end - 1
        while (self.visible[last] or "x").isspace():
            last -= 1
        parts = [raw for _, raw in self.stacks[start]]
        for index in range(start, end):
            char = self.visible[index]
            if char is None or not char.isspace() or first <= index <= last:
                parts.append(self.raw[index])
        parts.extend(f"</{name}>" for name, _ in reversed(self.stacks[end]))
        text = "".join(parts)
        while True:
            text, count = _EMPTY_PAIR_RE.subn("", text)
            if not count:
                return text

    def split(self, limit_of: Callable[[int], int]) -> list[str]:
        """Pieces from the whole text; limit_of(i) is the limit for the i-th piece."""
        pieces: list[str] = []
        start = self.skip_space(0)
        while not self.blank_from(start):
            limit = limit_of(len(pieces))
            # Re-opened formatting taking half the piece (say an <a> with a huge href) would
            # leave room for only a few characters a piece: send the rest as plain text instead.
            end = self.next_cut(start, limit) if self.open_len[start] * 2 <= limit else None
            if end is None:
                rest = "".join(char for char in self.visible[start:] if char is not None)
                plain = _Html(html.escape(rest, quote=False))
                pieces.extend(plain.split(partial(_shifted, limit_of, len(pieces))))
                return pieces
            piece = self.piece(start, end)
            if piece:
                pieces.append(piece)
            start = self.skip_space(end)
        return pieces


def _shifted(limit_of: Callable[[int], int], done: int, index: int) -> int:
    return limit_of(done + index)


def _check_limit(limit: int) -> None:
    if limit < MIN_LIMIT:
        raise ValueError(f"limit must be at least {MIN_LIMIT}, got {limit}")


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut a Telegram HTML `text` into pieces of at most `limit` UTF-16 units each.

    Cuts go, by preference, at blank lines, line breaks, sentence ends, spaces, and only as a
    last resort anywhere between two characters; never inside a tag or an entity. Tags open at a
    cut are closed at the end of the piece and re-opened (same attributes) at the start of the
    next, so each piece is valid HTML on its own. Pieces are stripped of whitespace and never
    blank; a blank text gives no pieces, a text that fits comes back unchanged as the only one.
    """
    _check_limit(limit)
    if "<" not in text and "&" not in text:
        # Plain text (most messages): no parse needed to tell blank from fitting.
        if not text.strip():
            return []
        if _utf16_len(text) <= limit:
            return [text]
    if _utf16_len(text) <= limit and _PLAINLY_VISIBLE.search(_MARKUP.sub("", text)):
        # Fits, and has a visible character outside tags and entities: nothing to parse. (The
        # raw HTML is never shorter than what Telegram counts.)
        return [text]
    parsed = _Html(text)
    if parsed.blank_from(0):
        return []
    if _utf16_len(text) <= limit:
        return [text]
    return parsed.split(lambda _: limit)


def split_caption(text: str) -> tuple[str, list[str]]:
    """A media caption of at most CAPTION_LIMIT and the rest of `text` as follow-up messages."""
    parsed = _Html(text)
    if parsed.blank_from(0):
        return "", []
    if _utf16_len(text) <= CAPTION_LIMIT:
        return text, []
    pieces = parsed.split(lambda index: CAPTION_LIMIT if index == 0 else MESSAGE_LIMIT)
    return pieces[0], pieces[1:]


# --- Plain-text previews -------------------------------------------------------------------------


def shorten(text: str, limit: int) -> str:
    """Plain text on one line in at most `limit` characters, cut at a word end with "…".

    Titles and notes are previewed in lists and buttons; a cut mid-word ("Pembangunan
    Draina…") reads as a typo, so the cut falls at the last space unless that loses more
    than half the room (one very long word).
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–(") + "…"
