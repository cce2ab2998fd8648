"""Which offered option a typed answer names: "apbd prov", "aset pemda", "kota", "blm tau".

Officers type options the way they write them in letters: abbreviated ("prov", "kab", "pemda",
"pemkab"), by a word or two of the label ("kota" for "Kabupaten/kota") or by its start
("sertif"). Both sides are read the same way: lower case, split into words (a "/" in a label
or an answer reads as "or"), a small table of abbreviations and chat spellings written out.

An answer names an option when every word typed is a word of one of the option's names, or
the start of one (three letters at least); filler words ("milik", "yang", "di") and the way
officers address the province ("pak", "bu", "min") are passed over, and so is "sudah" after a
yes ("iya pak sdh"). Exact words beat starts of words. Only when nothing fits so is a typo
forgiven ("air mnum"): a word of four letters or more close to one of an option's words, and
only if that leaves a single option. More than one option left is ambiguous: the caller asks
again with those options, it never picks one. Pure and language-free: the caller gives every
name an option goes by (its value and its label in every language).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

# Typed word -> the words it stands for. Applied to answers and to option names alike, so
# "APBD Prov" meets "APBD Provinsi" and "perkotaan" meets "kota".
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "prov": ("provinsi",),
    "propinsi": ("provinsi",),
    "kab": ("kabupaten",),
    "kabkota": ("kabupaten", "kota"),
    "perkotaan": ("kota",),
    # "penanganan kumuh", "penataan kumuh": the slum upgrading the form calls "peningkatan
    # kualitas kawasan kumuh" (ninth try-out)
    "penanganan": ("peningkatan",),
    "penataan": ("peningkatan",),
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
    "udah": ("sudah",),
    "warga": ("masyarakat",),
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
        # how officers address the province: "iya pak", "apbd prov bu"
        "pak", "bu", "bapak", "ibu", "kak", "mas", "mbak", "mba", "min",
    }
)  # fmt: skip
# Answers of their own: typed alone, each names only an option it is the whole name of.
ANSWER_WORDS = frozenset({("belum",), ("tidak",), ("ya",), ("sudah",)})
MIN_PREFIX = 3  # "sertif" is the start of "sertifikat"; "se" starts too many words
# A typo is forgiven only in words this long, on both sides, this close (rapidfuzz's 0-100
# `fuzz.ratio`): "mnum" ~ "minum" (89), while "kota" and "kita" stay apart.
TYPO_MIN_LETTERS = 4
TYPO_MIN_RATIO = 80
# Words that turn an answer around: never read as a typo of another word.
NEGATIONS = frozenset({"bukan", "tidak", "belum", "jangan", "tanpa", "selain", "kecuali"})
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
    if len(asked) == 1 and _said(asked[0]) in ANSWER_WORDS:
        # "belum" alone is "not yet", never the "belum" of "Belum tahu": a bare yes, no or
        # not-yet names only an option it is the whole of, else it is asked again.
        word = _said(asked[0])
        return [
            i
            for i, option in enumerate(spelled)
            if any(tuple(_said((w,))[0] for w in _WORD.findall(n)) == word for n in option)
        ]
    found = _matching(asked, vocabulary)
    settled = _without_sudah_after_yes(asked)
    if not found and settled != asked:
        found = _matching(settled, vocabulary)  # "iya pak sdh": the yes is the answer
    if found:
        return found
    near = [i for i, vocab in enumerate(vocabulary) if _fits_with_typos(settled, vocab)]
    return near if len(near) == 1 else []


def _matching(asked: list[tuple[str, ...]], vocabulary: list[frozenset[str]]) -> list[int]:
    """The options every typed word names, by whole words or else by starts of words."""
    by_word = [i for i, vocab in enumerate(vocabulary) if _fits(asked, vocab, prefix=False)]
    if by_word:
        return by_word
    return [i for i, vocab in enumerate(vocabulary) if _fits(asked, vocab, prefix=True)]


def _without_sudah_after_yes(asked: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The typed words without a "sudah" that follows a yes ("iya sdh", "ya sudah"); a yes
    that opens the answer and the question's words echoed after it ("ya tercantum", "iya ada
    pak") is the yes, unless a negation follows ("ya tapi belum")."""
    if (
        len(asked) > 1
        and _said(asked[0]) == ("ya",)
        and not any(word in NEGATIONS for group in asked[1:] for word in _said(group))
    ):
        return asked[:1]
    kept: list[tuple[str, ...]] = []
    for group in asked:
        if kept and _said(kept[-1]) == ("ya",) and _said(group) == ("sudah",):
            continue
        kept.append(group)
    return kept


def _said(group: tuple[str, ...]) -> tuple[str, ...]:
    """A one-word group written out ("iya" -> "ya"); other groups as they are."""
    if len(group) != 1:
        return group
    return EXPANSIONS.get(group[0], group)


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


def _fits_with_typos(asked: list[tuple[str, ...]], vocab: frozenset[str]) -> bool:
    """Whether every typed word is in `vocab`, starts one of its words, or is a near miss of
    one ("mnum" for "minum")."""
    return all(
        any(_known(word, vocab, prefix=True) or _near(word, vocab) for word in group)
        for group in asked
    )


def _near(word: str, vocab: frozenset[str]) -> bool:
    if len(word) < TYPO_MIN_LETTERS or word in NEGATIONS:
        return False
    return any(
        len(known) >= TYPO_MIN_LETTERS and fuzz.ratio(word, known) >= TYPO_MIN_RATIO
        for known in vocab
    )


def _known(word: str, vocab: frozenset[str], *, prefix: bool) -> bool:
    expanded = EXPANSIONS.get(word)
    if word in vocab or (expanded is not None and vocab.issuperset(expanded)):
        return True
    if not prefix or len(word) < MIN_PREFIX:
        return False
    return any(known.startswith(word) for known in vocab)
