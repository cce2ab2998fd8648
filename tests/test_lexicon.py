"""The length-filtered fuzzy lookups give what a lookup over the whole list gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.domain.asking import matcher
from bot.domain.lexicon import Lexicon

WORDS = frozenset(
    [
        "kumuh",
        "kumuhnya",
        "kewenangan",
        "wenang",
        "rtlh",
        "rtl",
        "rth",
        "psu",
        "pus",
        "delineasi",
        "dinas",
        "usulan",
        "usul",
        "usulkan",
        "rakor",
        "raker",
        "provinsi",
        "prov",
        "kabupaten",
        "kab",
        "kota",
        "drainase",
        "jalan",
        "lingkungan",
        "bsps",
        "dak",
        "ppkt",
        "a",
        "ab",
        "abc",
        "abcd",
        "abcdefghijklmnopqrstuvwxyz",
    ]
)
# Letters the word list has, and some it lacks (a digit, an accent, a hyphen): a letter no
# known word has still counts against every word.
LETTERS = st.text(alphabet="abcdeklmnoprstuvwhiy5é-", min_size=1, max_size=14)


def whole_list_closest(words: tuple[str, ...], word: str, cutoff: float) -> object:
    found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (found[0], found[1]) if found is not None else None


@settings(max_examples=300, deadline=None)
@given(word=LETTERS, cutoff=st.sampled_from([75.0, 80.0, 84.0, 88.0, 90.0, 100.0]))
def test_closest_is_the_whole_lists_best(word: str, cutoff: float) -> None:
    lexicon = Lexicon(WORDS)
    assert lexicon.closest(word, cutoff) == whole_list_closest(lexicon.words, word, cutoff)


@settings(max_examples=300, deadline=None)
@given(word=LETTERS)
def test_one_edit_is_the_whole_lists_nearest(word: str) -> None:
    lexicon = Lexicon(WORDS)
    whole = process.extract(
        word, lexicon.words, scorer=Levenshtein.distance, score_cutoff=1, limit=3
    )
    assert lexicon.one_edit(word, limit=3) == [spelling for spelling, _, _ in whole]


@settings(max_examples=200, deadline=None)
@given(word=LETTERS, cutoff=st.sampled_from([84.0, 88.0]))
def test_the_shipped_lists_lookups_are_the_whole_lists(word: str, cutoff: float) -> None:
    """The matcher's own lists (thousands of words, every letter they use) both ways."""
    found = matcher()
    for lexicon in (found._spelling_lexicon, found._stem_lexicon):
        assert lexicon.closest(word, cutoff) == whole_list_closest(lexicon.words, word, cutoff)
        whole = process.extract(
            word, lexicon.words, scorer=Levenshtein.distance, score_cutoff=1, limit=3
        )
        assert lexicon.one_edit(word, limit=3) == [spelling for spelling, _, _ in whole]


def test_the_matchers_typos_read_as_before() -> None:
    """Typos of the shipped vocabulary, each looked up both ways."""
    spellings = matcher()._spelling_lexicon
    typos = ["kewenangn", "kumh", "delinasi", "drainse", "usulann", "provinsii", "rakorr"]
    for typo in typos:
        assert spellings.closest(typo, 84) == whole_list_closest(spellings.words, typo, 84)
        assert spellings.closest(typo, 84) is not None
