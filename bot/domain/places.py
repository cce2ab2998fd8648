"""Recognition of the kecamatan and desa/kelurahan names officers type, within one regency."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from bot.domain import wilayah
from bot.domain.errors import Invalid
from bot.domain.wilayah import Area

__all__ = ["find_kecamatan", "find_village", "places_asked", "suggest_villages"]

# Acceptance of misspellings, on rapidfuzz's 0-100 `fuzz.ratio` of space-free forms (the same
# score, threshold and lead as for regency names) ...
ACCEPT_SCORE = 85.0
ACCEPT_MARGIN = 10.0
# ... and at most this Indel distance: one wrong or swapped letter, or two missing or extra
# ones. Many names share a long first word ("Tumbang", "Sungai") that inflates the ratio, so
# without it "Tumbang Bulan" would pass for "Tumbang Puan".
MAX_TYPO_DISTANCE = 2
# Below this many letters a "typo" is as likely a start of a longer name ("Pak" for "Paku").
MIN_FUZZY_LEN = 5
SUGGEST_SCORE = 50.0
MAX_SUGGESTIONS = 3
# Shortest typed text for which names containing it are suggested.
MIN_CONTAINED = 3
# Longer input is cut before matching: no name is this long, and fuzzy matching is quadratic.
MAX_INPUT = 60
MAX_TYPED_PARAM = 40

# Words put in front of a name; they say what the name is, not which one.
_KECAMATAN_PREFIXES = frozenset({"kecamatan", "kec"})
_VILLAGE_PREFIXES = frozenset({"desa", "ds", "kelurahan", "kel"})

# Abbreviations officers use, as words (dots become spaces first). "Sei" and "Gn" are in the
# official names themselves; "Tj" is common in writing. All spell the full word in keys.
_ABBREVIATIONS = {"sei": "sungai", "gn": "gunung", "tj": "tanjung"}

# Official names number siblings with Roman numerals (Patas I, Patas II); keys use digits so
# "Patas 2" and "Patas II" meet.
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}
_ROMAN |= {"viii": "8", "ix": "9", "x": "10"}

# Words that tell neighbouring places apart (Kumai Hulu / Kumai Hilir, Mentaya Hilir Utara /
# Selatan). A misspelling is only accepted for a name that has every such word typed, so a
# correctly typed but non-existent "X Hulu" is never taken for "X Hilir".
_CONTRASTS = frozenset(
    {"hulu", "hilir", "ulu", "barat", "timur", "utara", "selatan", "tengah", "baru", "lama"}
    | {"atas", "bawah", "dalam", "luar", "besar", "kecil", "darat", "laut", "kiri", "kanan"}
)

# Apostrophes are dropped inside words ("Manta'a" = "Mantaa"), not turned into spaces.
_APOSTROPHES = re.compile("['`´‘’ʼʻ]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class _Names:
    """Normalised names of one set of places (a regency's kecamatan, a kecamatan's villages)."""

    keys: tuple[str, ...]  # distinct compact keys, sorted
    areas: dict[str, tuple[Area, ...]]  # key -> places with it (several only across kecamatan)
    words: dict[str, frozenset[str]]  # key -> its normalised words


@dataclass(frozen=True, slots=True)
class _Query:
    keys: tuple[str, ...]  # compact forms: as typed, then without prefix words
    words: frozenset[str]  # words of the last form
    typed: str  # for refusal messages


def find_kecamatan(regency_code: str, text: str) -> Area:
    """Recognise a kecamatan of this regency ("62.02") as typed, or refuse.

    Case, punctuation, apostrophes, spaces, "Kec."/"Kecamatan", abbreviations (Sei, Gn., Tj.)
    and Roman numerals do not matter; a misspelling is accepted only if it clearly fits one
    name (see `_accepted`). Refusals: Invalid("text.empty") for blank input, else
    Invalid("kecamatan.unknown", suggestions=codes, typed=..., regency=<official regency name>)
    suggesting up to three kecamatan of the regency, or Invalid("kecamatan.is_village",
    suggestions=codes, typed=..., kecamatan=<names>) when a village of the regency is named.
    KeyError for an unknown regency code.
    """
    names = _kecamatan_names(regency_code)
    query = _query(text, _KECAMATAN_PREFIXES)
    found = _exact(names, query)
    if not found:
        hit = _accepted(names, query)
        found = names.areas[hit[0]] if hit else ()
    if len(found) == 1:
        return found[0]
    if not found:
        # "kasongan lama" at the kecamatan: a village's name, whose kecamatan is offered
        # (fourteenth try-out: refused, with three unrelated kecamatan suggested).
        villages = _exact(_regency_village_names(regency_code), _query(text, _VILLAGE_PREFIXES))
        parents = tuple(dict.fromkeys(village.parent for village in villages))
        if parents:
            raise Invalid(
                "kecamatan.is_village",
                suggestions=parents,
                typed=query.typed,
                kecamatan=", ".join(wilayah.area_by_code(code).name for code in parents),
            )
    regency = wilayah.area_by_code(regency_code).name
    codes = tuple(area.code for area in found) or _suggested(names, query, MAX_SUGGESTIONS)
    raise Invalid("kecamatan.unknown", suggestions=codes, typed=query.typed, regency=regency)


def find_village(kecamatan_code: str, text: str) -> Area:
    """Recognise a desa or kelurahan of this kecamatan ("62.01.01") as typed, or refuse.

    Normalisation as for `find_kecamatan`, with "Desa"/"Ds."/"Kelurahan"/"Kel." as prefixes.
    Refusals: Invalid("text.empty") for blank input; Invalid("village.other_kecamatan",
    suggestions=codes, typed=..., kecamatan=<kecamatan names, ", "-joined>) when the name, or a
    clear misspelling of it, is of another kecamatan of the regency (of several if it is in
    several); else Invalid("village.unknown", suggestions=codes, typed=..., kecamatan=<name>)
    suggesting up to three villages of this kecamatan. KeyError for a non-kecamatan code.
    """
    local = _village_names(kecamatan_code)
    kecamatan = wilayah.area_by_code(kecamatan_code)
    query = _query(text, _VILLAGE_PREFIXES)
    found = _exact(local, query)
    if not found:
        regional = _regency_village_names(kecamatan.parent)
        # A name typed exactly as it is elsewhere beats a misspelling of one here.
        elsewhere = _exact(regional, query)
        if not elsewhere:
            found, elsewhere = _misspelt_village(local, regional, query)
        if elsewhere:
            raise Invalid(
                "village.other_kecamatan",
                suggestions=tuple(area.code for area in elsewhere),
                typed=query.typed,
                kecamatan=", ".join(wilayah.area_by_code(a.parent).name for a in elsewhere),
            )
    if len(found) == 1:
        return found[0]
    codes = tuple(area.code for area in found) or _suggested(local, query, MAX_SUGGESTIONS)
    raise Invalid("village.unknown", suggestions=codes, typed=query.typed, kecamatan=kecamatan.name)


def suggest_villages(regency_code: str, text: str, limit: int = 3) -> tuple[Area, ...]:
    """Up to `limit` villages anywhere in this regency that best fit the text, best first.

    Exact matches come first, then names containing what was typed (or contained in it), then
    names scoring SUGGEST_SCORE or more; blank text gives (). KeyError for an unknown regency.
    """
    names = _regency_village_names(regency_code)
    if limit <= 0 or not text.strip():
        return ()
    query = _query(text, _VILLAGE_PREFIXES)
    codes = _suggested(names, query, limit)
    return tuple(wilayah.area_by_code(code) for code in codes)


# "Desa Hampalit itu masuk kecamatan apa", "kel langkai di kec mana", "which regency is Tewah
# in": where a named place lies, which the place list answers.
_WHERE_ASKED = re.compile(
    r"\b((masuk|termasuk|ada di|di|letak\w*|wilayah)\s+(kecamatan|kec|kabupaten|kab|kota|"
    r"kabupaten/kota|wilayah|daerah)\s*(apa|mana|mn|mna)|(kecamatan|kec|kabupaten|kab)(nya)?\s+"
    r"(apa|mana|mn)|which (district|kecamatan|regency|kabupaten)|kode (wilayah|desa|kelurahan|"
    r"kecamatan|kemendagri))\b"
)
# Longest place name in words ("Mentawa Baru Ketapang", "Sungai Tatas Hilir"), and the
# shortest unprefixed one-word name taken for a place ("Tewah", not "desa" words like "Baru").
MAX_NAME_WORDS = 4
MIN_BARE_NAME = 5


def places_asked(text: str) -> tuple[Area, ...]:
    """The villages and kecamatan whose whereabouts a question asks ("Desa Hampalit masuk
    kecamatan apa?"), named exactly (after "desa", "kel.", "kec." or, of two words or more,
    without); () when it asks no such thing or names none."""
    if _WHERE_ASKED.search(text.casefold()) is None:
        return ()
    words = _words(text[: MAX_INPUT * 4])
    villages, kecamatan = _province_village_names(), _province_kecamatan_names()
    found: list[Area] = []
    start = 0
    while start < len(words):
        prefixed = start > 0 and words[start - 1] in _VILLAGE_PREFIXES | _KECAMATAN_PREFIXES
        for size in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            key = "".join(words[start : start + size])
            if size == 1 and (
                words[start] in _CONTRASTS or (not prefixed and len(key) < MIN_BARE_NAME)
            ):
                continue  # "desa baru" is a new village; "di" or "kota" no place at all
            named = villages.areas.get(key, ()) + kecamatan.areas.get(key, ())
            if named:
                found.extend(named)
                start += size - 1
                break
        start += 1
    return tuple(dict.fromkeys(found))


def begins_with_place(text: str) -> bool:
    """Whether a text begins with the name of a village or a kecamatan of the province
    ("Tumbang Tangoi berapa ya"); not with a word that only follows "desa" ("desa harus",
    "desa kami")."""
    words = _words(text[: MAX_INPUT * 4])
    villages, kecamatan = _province_village_names(), _province_kecamatan_names()
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        if size == 1 and words[0] in _CONTRASTS:
            continue
        key = "".join(words[:size])
        if key in villages.areas or key in kecamatan.areas:
            return True
    return False


@functools.cache
def _province_village_names() -> _Names:
    return _names(area for area in wilayah.areas() if area.level in ("desa", "kelurahan"))


@functools.cache
def _province_kecamatan_names() -> _Names:
    return _names(area for area in wilayah.areas() if area.level == "kecamatan")


def _misspelt_village(
    local: _Names, regional: _Names, query: _Query
) -> tuple[tuple[Area, ...], tuple[Area, ...]]:
    """(villages here, villages elsewhere) that a misspelling clearly means; both maybe empty."""
    hit = _accepted(regional, query)
    if hit is not None:
        key = hit[0]
        # A name in two kecamatan is taken as the one here.
        return (local.areas[key], ()) if key in local.areas else ((), regional.areas[key])
    hit = _accepted(local, query)
    if hit is None:
        return (), ()
    key, score = hit
    # Clear among the names here, but not ahead of every name elsewhere: the officer may mean
    # one of those, so ask rather than guess.
    if any(s >= score for k, s in _scores(regional, query) if k not in local.areas):
        return (), ()
    return local.areas[key], ()


def _exact(names: _Names, query: _Query) -> tuple[Area, ...]:
    """The places named exactly as typed (several if their names normalise alike), or ()."""
    for key in query.keys:
        if key in names.areas:
            return names.areas[key]
    return ()


def _accepted(names: _Names, query: _Query) -> tuple[str, float] | None:
    """(key, score) of the one name a misspelling clearly means, or None.

    The best `fuzz.ratio` must be at least ACCEPT_SCORE and ACCEPT_MARGIN ahead of every other
    name, within MAX_TYPO_DISTANCE edits, the text at least MIN_FUZZY_LEN long, and the name
    must keep the typed numeral and every typed contrast word (hulu, hilir, barat, ...).
    """
    if not query.keys or len(query.keys[-1]) < MIN_FUZZY_LEN:
        return None
    ranked = _scores(names, query)
    if not ranked:
        return None
    key, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < ACCEPT_SCORE or score - runner_up < ACCEPT_MARGIN:
        return None
    if min(Indel.distance(typed, key) for typed in query.keys) > MAX_TYPO_DISTANCE:
        return None
    words = names.words[key]
    if _numerals(words) != _numerals(query.words) or not (query.words & _CONTRASTS) <= words:
        return None
    return key, score


def _suggested(names: _Names, query: _Query, limit: int) -> tuple[str, ...]:
    """Codes worth offering: exact, then containing or contained in the text, then close."""
    exact = [key for key in query.keys if key in names.areas]
    contained = {
        key
        for key in names.keys
        for typed in query.keys
        if (len(typed) >= MIN_CONTAINED and typed in key)
        or (len(key) >= MIN_CONTAINED and key in typed)
    }
    ranked = _scores(names, query)
    order = (
        exact
        + [key for key, _ in ranked if key in contained]
        + [key for key, score in ranked if score >= SUGGEST_SCORE and key not in contained]
    )
    codes = dict.fromkeys(area.code for key in order for area in names.areas[key])
    return tuple(codes)[:limit]


def _scores(names: _Names, query: _Query) -> list[tuple[str, float]]:
    """(key, best score over the query forms) for every name, best first, then by key."""
    best: dict[str, float] = {}
    for typed in query.keys:
        for key, score, _ in process.extract(
            typed, names.keys, scorer=fuzz.ratio, processor=None, limit=None
        ):
            best[key] = max(best.get(key, 0.0), score)
    return sorted(best.items(), key=lambda item: (-item[1], item[0]))


def _numerals(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word for word in words if word.isdigit())


def _query(text: str, prefixes: frozenset[str]) -> _Query:
    """The typed text in matching form; Invalid("text.empty") if it is blank."""
    # Only a bounded start is looked at: a pasted page must not cost more than a name.
    trimmed = " ".join(text.strip()[: MAX_INPUT * 4].split())
    if not trimmed:
        raise Invalid("text.empty")
    words = _words(trimmed[:MAX_INPUT])
    forms = ["".join(words)]
    # Keep the last word: "Desa" alone is a (poor) query, not an empty one.
    while len(words) > 1 and words[0] in prefixes:
        words = words[1:]
        forms.append("".join(words))
    return _Query(
        keys=tuple(dict.fromkeys(form for form in forms if form)),
        words=frozenset(words),
        typed=_typed(trimmed),
    )


def _typed(trimmed: str) -> str:
    """The officer's text for the refusal message, short enough to quote."""
    if len(trimmed) <= MAX_TYPED_PARAM:
        return trimmed
    return trimmed[: MAX_TYPED_PARAM - 1].rstrip() + "…"


def _words(text: str) -> list[str]:
    """Normalised words: "Sei. Karetau Manta'a II" -> ["sungai", "karetau", "mantaa", "2"]."""
    # NFKD splits accents off letters (and full-width forms into ASCII) so they can be dropped.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    spaced = _NOT_ALNUM.sub(" ", _APOSTROPHES.sub("", plain))
    words = []
    for word in spaced.split():
        word = _ROMAN.get(word, word)
        # "01" and "1" are the same numeral.
        if word.isdigit():
            word = str(int(word))
        words.append(_ABBREVIATIONS.get(word, word))
    return words


def _names(places: Iterable[Area]) -> _Names:
    areas: dict[str, list[Area]] = {}
    words: dict[str, frozenset[str]] = {}
    for area in places:
        name_words = _words(area.name)
        key = "".join(name_words)
        areas.setdefault(key, []).append(area)
        words.setdefault(key, frozenset(name_words))
    return _Names(
        keys=tuple(sorted(areas)),
        areas={key: tuple(found) for key, found in areas.items()},
        words=words,
    )


@functools.cache
def _kecamatan_names(regency_code: str) -> _Names:
    return _names(wilayah.kecamatan_of(regency_code))


@functools.cache
def _village_names(kecamatan_code: str) -> _Names:
    return _names(wilayah.villages_of(kecamatan_code))


@functools.cache
def _regency_village_names(regency_code: str) -> _Names:
    return _names(
        village
        for kecamatan in wilayah.kecamatan_of(regency_code)
        for village in wilayah.villages_of(kecamatan.code)
    )
