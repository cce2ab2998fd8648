"""Which offered option a typed answer names: "apbd prov", "aset pemda", "kota", "blm tau".

Officers type options the way they write them in letters: abbreviated ("prov", "kab", "pemda",
"pemkab"), by a word or two of the label ("kota" for "Kabupaten/kota") or by its start
("sertif"). Both sides are read the same way: lower case, split into words (a "/" in a label
or an answer reads as "or"), a small table of abbreviations and chat spellings written out.

An answer names an option when every word typed is a word of one of the option's names, or
the start of one (three letters at least); filler words ("milik", "yang", "di") are passed
over. Exact words beat starts of words. More than one option left is ambiguous: the caller
asks again with those options, it never picks one. Pure and language-free: the caller gives
every name an option goes by (its value and its label in every language).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Typed word -> the words it stands for. Applied to answers and to option names alike, so
# "APBD Prov" meets "APBD Provinsi" and "perkotaan" meets "kota".
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "prov": ("provinsi",),
    "propinsi": ("provinsi",),
    "kab": ("kabupaten",),
    "kabkota": ("kabupaten", "kota"),
    "perkotaan": ("kota",),
    "perdesaan": ("desa",),
    "pedesaan": ("desa",),
    "ds": ("desa",),
    "kel": ("kelurahan",),
    "pemda": ("pemerintah", "daerah"),
    "pemkab": ("pemerintah", "kabupaten"),
    "pemkot": ("pemerintah", "kota"),
    "pemprov": ("pemerintah", "provinsi"),
    "pemdes": ("pemerintah", "desa"),
    "aset": ("tanah",),
    "lahan": ("tanah",),
    "pusat": ("nasional",),
    "damkar": ("kebakaran",),
    "sampah": ("persampahan",),
    "tdk": ("tidak",),
    "gak": ("tidak",),
    "ga": ("tidak",),
    "nggak": ("tidak",),
    "enggak": ("tidak",),
    "iya": ("ya",),
    "blm": ("belum",),
    "tau": ("tahu",),
    "sdh": ("sudah",),
    "udh": ("sudah",),
}
# Phrases read as one word before the words are split.
PHRASES: tuple[tuple[str, str], ...] = (
    ("dana desa", "apbdes"),
    ("add", "apbdes"),
    ("ruang terbuka hijau", "rth"),
    ("bantuan keuangan", "bankeu"),
)
# Words an answer may carry around the option's name.
FILLER = frozenset(
    {
        "di", "ke", "dari", "yang", "yg", "milik", "punya", "pakai", "pake", "dengan", "dgn",
        "untuk", "utk", "sumber", "dana", "aja", "saja", "dong", "pilih", "the", "of", "from",
    }
)  # fmt: skip
MIN_PREFIX = 3  # "sertif" is the start of "sertifikat"; "se" starts too many words
_WORD = re.compile(r"[^\W_]+")


def pick(typed: str, names: Sequence[Iterable[str]]) -> list[int]:
    """The indexes of the options `typed` may name, best first; `names[i]` are option i's names.

    Empty when none fits, one index when the answer is clear, several when it is ambiguous.
    """
    whole = " ".join(typed.split()).casefold()
    spelled = [[" ".join(n.split()).casefold() for n in option] for option in names]
    exact = [i for i, option in enumerate(spelled) if whole and whole in option]
    if exact:
        return exact
    asked = [group for group in _groups(typed) if not set(group) <= FILLER]
    if not asked:
        return []
    vocabulary = [_vocabulary(option) for option in spelled]
    by_word = [i for i, vocab in enumerate(vocabulary) if _fits(asked, vocab, prefix=False)]
    if by_word:
        return by_word
    return [i for i, vocab in enumerate(vocabulary) if _fits(asked, vocab, prefix=True)]


def _groups(text: str) -> list[tuple[str, ...]]:
    """The typed words, one group each; "desa/kel" is one group of alternatives."""
    lowered = " ".join(text.split()).casefold()
    for phrase, word in PHRASES:
        lowered = re.sub(rf"\b{phrase}\b", word, lowered)
    found = []
    for raw in lowered.split():
        # "desa/kel" is one answer naming either; "kab/kota" likewise.
        alternatives = _WORD.findall(raw)
        if not alternatives:
            continue
        if "/" in raw and len(alternatives) > 1:
            found.append(tuple(alternatives))
        else:
            found.extend((w,) for w in alternatives)
    return found


def _vocabulary(names: Iterable[str]) -> frozenset[str]:
    """Every word an option's names contain, with the words their abbreviations stand for."""
    vocab: set[str] = set()
    for name in names:
        for word in _WORD.findall(name):
            vocab.add(word)
            vocab.update(EXPANSIONS.get(word, ()))
    return frozenset(vocab)


def _fits(asked: list[tuple[str, ...]], vocab: frozenset[str], *, prefix: bool) -> bool:
    """Whether every typed word (or, for "a/b", one of its alternatives) is in `vocab`."""
    return all(any(_known(word, vocab, prefix=prefix) for word in group) for group in asked)


def _known(word: str, vocab: frozenset[str], *, prefix: bool) -> bool:
    expanded = EXPANSIONS.get(word)
    if word in vocab or (expanded is not None and vocab.issuperset(expanded)):
        return True
    if not prefix or len(word) < MIN_PREFIX:
        return False
    return any(known.startswith(word) for known in vocab)
