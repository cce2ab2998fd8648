"""Whether words spell out an abbreviation, rightly or not.

An officer checking a term often states a long form that is wrong ("RTRW itu rukun tetangga
rukun warga kan?", "SPM is the Standard of Minimum Payment, right?"): the question is still
what the term stands for. Such a guess is recognised by its shape, not its truth: the
initials of its words are the abbreviation's letters ("rukun tetangga rukun warga": RTRW), or
its words' beginnings make up the abbreviation in order, as Indonesian syllable abbreviations
do ("rumah susun": rusun).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

# Small words a long form carries that no initial stands for ("Standard of Minimum Payment").
LINKING = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "in",
        "to",
        "dan",
        "di",
        "dari",
        "ke",
        "untuk",
        "atau",
        "yang",
        "yg",
    }
)
VOWELS = frozenset("aeiou")
SYLLABLE_NAME = 4
# A guess is a phrase, not a sentence: from two words up to this many.
MOST_WORDS = 7


def letters(name: str) -> str:
    """The letters of a term's name, folded ("KUA-PPAS": "kuappas")."""
    return "".join(char for char in name.casefold() if char.isalpha())


def spells_out(name: str, words: Sequence[str]) -> bool:
    """Whether `words` read as a long form of the abbreviation `name`: by initials in any
    order (a guess may swap them) or by word or syllable beginnings in order."""
    wanted = letters(name)
    content = [word for word in words if word not in LINKING]
    if not 2 <= len(content) <= MOST_WORDS or len(wanted) < 2:
        return False
    if any(wanted in word for word in content):
        return False  # "APBD prov dan APBD kab": the name itself again, not a long form
    if len(content) == len(wanted) and Counter(w[0] for w in content) == Counter(wanted):
        return True
    # Pieces of words spell a short name too easily ("SK itu urusan kabupaten"): only
    # names of a syllable abbreviation's length are read that way.
    return len(wanted) >= SYLLABLE_NAME and _by_beginnings(wanted, content)


def _by_beginnings(wanted: str, words: Sequence[str]) -> bool:
    """Whether `wanted` is made of one piece of each word in turn, every word used except at
    most one trailing ("rumah susun sewa": rusun, the guess a word long). A piece starts a
    word or a syllable (after a vowel): "ru" of rumah, "sun" of susun."""

    def fits(rest: str, index: int) -> bool:
        if not rest:
            return index >= len(words) - 1
        if index == len(words):
            return False
        word = words[index]
        starts = [0, *(at for at in range(1, len(word)) if word[at - 1] in VOWELS)]
        return any(
            word[at : at + size] == rest[:size] and fits(rest[size:], index + 1)
            for at in starts
            for size in range(min(len(word) - at, len(rest)), 0, -1)
        )

    return len(words) >= 2 and fits(wanted, 0)
