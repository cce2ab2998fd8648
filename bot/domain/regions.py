"""The 14 regencies of Kalimantan Tengah and recognition of the names officers type for them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.domain.errors import Invalid

__all__ = [
    "REGENCIES",
    "Regency",
    "find_regencies",
    "find_regency",
    "regency_by_code",
]


@dataclass(frozen=True, slots=True)
class Regency:
    """A kabupaten or kota: Kemendagri code, official name, everyday name, capital, short forms."""

    code: str
    name: str
    short_name: str
    capital: str
    aliases: tuple[str, ...]


# Codes and names as in bot/data/kalteng-wilayah.csv (Kepmendagri 300.2.2-2138/2025);
# capitals and short forms from the domain brief.
REGENCIES: tuple[Regency, ...] = (
    Regency(
        "62.01", "Kabupaten Kotawaringin Barat", "Kotawaringin Barat", "Pangkalan Bun", ("Kobar",)
    ),
    Regency("62.02", "Kabupaten Kotawaringin Timur", "Kotawaringin Timur", "Sampit", ("Kotim",)),
    Regency("62.03", "Kabupaten Kapuas", "Kapuas", "Kuala Kapuas", ("Kapuas",)),
    Regency("62.04", "Kabupaten Barito Selatan", "Barito Selatan", "Buntok", ("Barsel",)),
    Regency("62.05", "Kabupaten Barito Utara", "Barito Utara", "Muara Teweh", ("Barut",)),
    Regency("62.06", "Kabupaten Katingan", "Katingan", "Kasongan", ("Katingan",)),
    Regency("62.07", "Kabupaten Seruyan", "Seruyan", "Kuala Pembuang", ("Seruyan",)),
    Regency("62.08", "Kabupaten Sukamara", "Sukamara", "Sukamara", ("Sukamara",)),
    Regency("62.09", "Kabupaten Lamandau", "Lamandau", "Nanga Bulik", ("Lamandau",)),
    Regency("62.10", "Kabupaten Gunung Mas", "Gunung Mas", "Kuala Kurun", ("Gumas",)),
    Regency("62.11", "Kabupaten Pulang Pisau", "Pulang Pisau", "Pulang Pisau", ("Pulpis",)),
    Regency("62.12", "Kabupaten Murung Raya", "Murung Raya", "Puruk Cahu", ("Mura",)),
    Regency("62.13", "Kabupaten Barito Timur", "Barito Timur", "Tamiang Layang", ("Bartim",)),
    Regency(
        "62.71", "Kota Palangka Raya", "Palangka Raya", "Palangka Raya", ("Palangkaraya", "PKY")
    ),
)

# Words officers put in front of a name ("Kab. Kapuas", "Pemkab Katingan"); they carry no
# information about which regency is meant.
_PREFIX_WORDS = frozenset({"kabupaten", "kab", "kota", "kotamadya", "kodya", "pemkab", "pemkot"})

# Regencies and cities of the neighbouring provinces that officers may type by mistake or
# confuse with ours ("Barito Kuala" beside Barito Utara/Selatan/Timur, "Kapuas Hulu" beside
# Kapuas): told where they are instead of "unknown" (fifteenth try-out).
_NEIGHBOURS: dict[str, str] = {
    **dict.fromkeys(
        ("baritokuala", "batola", "banjarmasin", "banjarbaru", "banjar", "tabalong",
         "balangan", "hulusungaiutara", "hulusungaitengah", "hulusungaiselatan", "tapin",
         "tanahlaut", "tanahbumbu", "kotabaru"),
        "Kalimantan Selatan",
    ),
    **dict.fromkeys(
        ("kapuashulu", "ketapang", "kayongutara", "sintang", "melawi", "pontianak", "sanggau",
         "sekadau", "landak", "bengkayang", "singkawang", "sambas", "mempawah", "kuburaya"),
        "Kalimantan Barat",
    ),
    **dict.fromkeys(
        ("kutaibarat", "mahakamulu", "samarinda", "balikpapan", "kutaikartanegara", "paser",
         "penajampaserutara", "bontang", "berau", "kutaitimur"),
        "Kalimantan Timur",
    ),
}  # fmt: skip

# Acceptance thresholds for misspellings, on rapidfuzz's 0-100 `fuzz.ratio` of space-free forms.
ACCEPT_SCORE = 85.0
ACCEPT_MARGIN = 10.0
SUGGEST_SCORE = 50.0
MAX_SUGGESTIONS = 3
# Shortest typed start of a name that is accepted on its own ("Sampi", "Gunun").
MIN_PREFIX_ACCEPT = 5
# Shortest typed start that is reported as ambiguous ("Bar", "Kua").
MIN_PREFIX_AMBIGUOUS = 3
# Longer input is cut before matching: no name is this long, and fuzzy matching is quadratic.
MAX_INPUT = 60
MAX_TYPED_PARAM = 40
# A typed list of regencies ("bartim, kotim dan pky"): its separators, and how much of it is
# read (all 14 names with prefixes fit several times over).
_LIST_SEPARATORS = re.compile(r"[,;+&\n]|\s+(?:dan|and|serta)\s+", re.IGNORECASE)
MAX_LIST_INPUT = 1000


def regency_by_code(code: str) -> Regency:
    """The regency with this code ("62.02"); KeyError if there is none."""
    return _by_code()[code]


def find_regency(text: str) -> Regency:
    """Recognise the regency an officer typed, or refuse with the closest regencies as suggestions.

    Input is compared without case, punctuation, spaces and leading "Kab."/"Kabupaten"/"Kota",
    against each regency's official name, everyday name, capital, short forms and code:

    1. an exact match is accepted ("kab. kapuas", "Kota Waringin Timur", "PKY", "Sampit");
    2. a start (3+ characters) of names or of words in names of two or more regencies is
       refused as Invalid("regency.ambiguous", typed=...), suggesting those regencies
       ("Barito", "Kotawaringin", "Kuala", "Timur");
    3. the start (5+ characters) of one regency's name is accepted ("Gunun", "Palangka");
    4. a misspelling is accepted only if its best `fuzz.ratio` is at least ACCEPT_SCORE (85)
       and at least ACCEPT_MARGIN (10) points ahead of every other regency ("Katingam");
    5. anything else raises Invalid("regency.unknown", typed=...) suggesting up to three
       regencies: those with a word starting as typed, then those scoring SUGGEST_SCORE (50) or
       more, best first; possibly none. When it names a regency or city of a neighbouring
       province the key is "regency.other_province", with province=... ("Barito Kuala" is in
       Kalimantan Selatan).

    Blank input raises Invalid("regency.empty").
    """
    # Only a bounded start is looked at: a pasted page must not cost more than a name.
    trimmed = " ".join(text.strip()[: MAX_INPUT * 4].split())
    if not trimmed:
        raise Invalid("regency.empty")
    queries = _query_forms(trimmed[:MAX_INPUT])
    exact = _exact_keys()
    for query in queries:
        if query in exact:
            return exact[query]

    ranked = _ranked(queries)
    starts, word_starts = _prefix_matches(queries)
    if len(starts | word_starts) > 1:
        # Several regencies fit what was typed so far ("Barito", "Kuala", "Timur"): ask.
        fitting = [code for code, _ in ranked if code in starts | word_starts]
        raise Invalid(
            "regency.ambiguous",
            suggestions=tuple(sorted(fitting[:MAX_SUGGESTIONS])),
            typed=_typed(trimmed),
        )
    long_queries = tuple(q for q in queries if len(q) >= MIN_PREFIX_ACCEPT)
    if len(starts) == 1 and _prefix_matches(long_queries)[0] == starts:
        return regency_by_code(next(iter(starts)))

    if ranked:
        best_code, best_score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best_score >= ACCEPT_SCORE and best_score - runner_up >= ACCEPT_MARGIN:
            return regency_by_code(best_code)
    # A regency with a word starting as typed ("Utara") is worth offering whatever its score.
    likely = [code for code, _ in ranked if code in word_starts] + [
        code for code, score in ranked if score >= SUGGEST_SCORE and code not in word_starts
    ]
    suggestions = tuple(likely[:MAX_SUGGESTIONS])
    for query in queries:
        if query in _NEIGHBOURS:
            raise Invalid(
                "regency.other_province",
                suggestions=suggestions,
                province=_NEIGHBOURS[query],
                typed=_typed(trimmed),
            )
    raise Invalid("regency.unknown", suggestions=suggestions, typed=_typed(trimmed))


def find_regencies(text: str) -> tuple[str, ...]:
    """The codes of the regencies in a typed list ("bartim, kotim", "kobar dan pky"), in the
    order typed, each once; or refuse naming the parts that are not a regency.

    Parts are split at commas, semicolons, "+", "&", line ends and the words "dan"/"and"/
    "serta", and each is read by `find_regency` (so short names, capitals, prefixes and clear
    typos all count). A part that is no regency as a whole but whose every word names one
    exactly ("kotim bartim") counts as those regencies. Blank input raises Invalid("regency.empty");
    unknown parts raise Invalid("regency.list_unknown", typed=<those parts, quoted and
    ", "-joined>, suggestions=<codes find_regency offered for them>, known=<the codes of the
    parts that were read>), keyed "regency.list_partly_unknown" when some parts were read.
    """
    parts = [" ".join(part.split()) for part in _LIST_SEPARATORS.split(text[:MAX_LIST_INPUT])]
    parts = [part for part in parts if part]
    if not parts:
        raise Invalid("regency.empty")
    codes: list[str] = []
    unknown: list[str] = []
    suggestions: list[str] = []
    for part in parts:
        named = _names_in(part.split())
        if len(named) > 1:  # "kotim bartim", "pky muara teweh": a list typed without commas
            codes += [regency.code for regency in named]
            continue
        try:
            codes.append(find_regency(part).code)
        except Invalid as refusal:
            unknown.append(_typed(part))
            suggestions += refusal.suggestions
    if unknown:
        # The parts understood travel with the refusal (`known`), so a tick-box step can keep
        # them ticked and ask only for the rest (try-out 15: "kotim dan palangka, juga kab
        # xyz" made the admin type Kotim and Palangka Raya again).
        raise Invalid(
            "regency.list_partly_unknown" if codes else "regency.list_unknown",
            suggestions=tuple(dict.fromkeys(suggestions)),
            typed=", ".join(f"\u201c{part}\u201d" for part in unknown),
            known=tuple(dict.fromkeys(codes)),
        )
    return tuple(dict.fromkeys(codes))


def _names_in(words: list[str]) -> list[Regency]:
    """The regencies the words name one after another, each by an exact name of up to three
    words ("pky muara teweh": Palangka Raya, Barito Utara); empty unless every word is used."""
    found: list[Regency] = []
    at = 0
    while at < len(words):
        for size in (3, 2, 1):
            regency = _exactly(" ".join(words[at : at + size])) if at + size <= len(words) else None
            if regency is not None:
                found.append(regency)
                at += size
                break
        else:
            return []
    return found


def _exactly(word: str) -> Regency | None:
    """The regency a single word names exactly ("kotim", "sampit"), if any."""
    keys = _exact_keys()
    return next((keys[form] for form in _query_forms(word) if form in keys), None)


def _typed(trimmed: str) -> str:
    """The officer's text for the refusal message, short enough to quote."""
    if len(trimmed) <= MAX_TYPED_PARAM:
        return trimmed
    return trimmed[: MAX_TYPED_PARAM - 1].rstrip() + "…"


def _compact(text: str) -> str:
    """Lower case, letters and digits only: "Kota Waringin-Timur" -> "kotawaringintimur"."""
    return utils.default_process(text).replace(" ", "")


def _query_forms(text: str) -> tuple[str, ...]:
    """The typed text without spaces, and again without leading prefix words, if any."""
    words = utils.default_process(text).split()
    forms = ["".join(words)]
    # Keep the last word: "Kota" alone is a (poor) query, not an empty one.
    while len(words) > 1 and words[0] in _PREFIX_WORDS:
        words = words[1:]
        forms.append("".join(words))
    return tuple(dict.fromkeys(form for form in forms if form))


def _bare_names(regency: Regency) -> Iterable[str]:
    """The names an officer may type for a regency, without administrative prefix."""
    yield regency.short_name
    yield regency.capital
    yield from regency.aliases


@functools.cache
def _by_code() -> dict[str, Regency]:
    return {regency.code: regency for regency in REGENCIES}


@functools.cache
def _bare_keys() -> tuple[tuple[str, str], ...]:
    """(compact name, code) for every bare name: the targets of prefix and fuzzy matching."""
    pairs = {(_compact(name), r.code) for r in REGENCIES for name in _bare_names(r)}
    return tuple(sorted(pairs))


@functools.cache
def _word_keys() -> tuple[tuple[str, str], ...]:
    """(word, code) for every word of every bare name: "Timur" fits Kotim and Bartim."""
    pairs = {
        (word, r.code)
        for r in REGENCIES
        for name in _bare_names(r)
        for word in utils.default_process(name).split()
    }
    return tuple(sorted(pairs))


@functools.cache
def _exact_keys() -> dict[str, Regency]:
    """Every compact form accepted as is: names, with and without prefixes, and codes."""
    keys: dict[str, Regency] = {}
    for regency in REGENCIES:
        forms = {_compact(regency.name), regency.code.replace(".", "")}
        for name in _bare_names(regency):
            bare = _compact(name)
            forms |= {bare, "kab" + bare, "kabupaten" + bare, "kota" + bare}
        for form in forms:
            if keys.setdefault(form, regency) is not regency:
                # Two regencies sharing a key would turn an exact match into a guess.
                raise RuntimeError(f"{form!r} names both {keys[form].code} and {regency.code}")
    return keys


def _prefix_matches(queries: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Codes of regencies with a bare name, and with any word of one, starting as typed."""
    usable = [query for query in queries if len(query) >= MIN_PREFIX_AMBIGUOUS]
    starts = {code for key, code in _bare_keys() for q in usable if key.startswith(q)}
    word_starts = {code for word, code in _word_keys() for q in usable if word.startswith(q)}
    return starts, word_starts


def _ranked(queries: tuple[str, ...]) -> list[tuple[str, float]]:
    """(code, best score) per regency over all queries and names, best first, then by code."""
    keys = _bare_keys()
    choices = [key for key, _ in keys]
    best: dict[str, float] = {}
    for query in queries:
        for _, score, index in process.extract(
            query, choices, scorer=fuzz.ratio, processor=None, limit=None
        ):
            code = keys[index][1]
            best[code] = max(best.get(code, 0.0), score)
    return sorted(best.items(), key=lambda item: (-item[1], item[0]))
