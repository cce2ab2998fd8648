"""Fuzzy lookups in a fixed word list, comparing only the words that can reach the cut-off.

A typo is compared with every known word the matcher holds (some 4,000 spellings). Most of
them cannot score, and two cheap bounds tell which:
- lengths: the ratio of two words is at most 2·min/(sum of lengths), and an edit distance of
  1 needs lengths at most 1 apart;
- letters: whatever their order, two words differ by at least the letters one has and the
  other lacks (their bags of letters), and each such letter costs the ratio one insertion or
  deletion (an edit, at most two of them).
Comparing only the words within both bounds gives the same answer (the same word, ties
broken by the list's order) for a fraction of the work: the unknown words of a question were
the slowest part of reading one that is out of scope.
"""

from __future__ import annotations

import math

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Slack on the bound's arithmetic: a word the bound keeps by a rounding hair is compared.
EPSILON = 1e-9


class _Span:
    """The list's words of some lengths, in the list's order, with their letters counted."""

    def __init__(self, words: tuple[str, ...], sizes: numpy.ndarray, counts: numpy.ndarray) -> None:
        self.words = words
        self.sizes = sizes
        # One row per letter, one column per word: a letter's counts are a contiguous row.
        self.counts = counts

    def apart(self, word: str, columns: dict[str, int]) -> numpy.ndarray:
        """For each word of the span, the letters `word` and it do not share (as bags)."""
        shared = numpy.zeros(len(self.words), dtype=numpy.int32)
        for letter in set(word):
            if letter in columns:
                shared += numpy.minimum(self.counts[columns[letter]], word.count(letter))
        result: numpy.ndarray = self.sizes + len(word) - 2 * shared
        return result


class Lexicon:
    """A sorted word list with fuzzy lookups filtered by length and by letters."""

    def __init__(self, words: frozenset[str] | set[str]) -> None:
        self.words = tuple(sorted(words))
        self._columns = {letter: at for at, letter in enumerate(sorted(set("".join(self.words))))}
        self._sizes = numpy.array([len(word) for word in self.words], dtype=numpy.int32)
        # Every word's letters counted once, here: a span takes its words' columns.
        letters = [self._columns[letter] for word in self.words for letter in word]
        owners = numpy.repeat(numpy.arange(len(self.words)), self._sizes)
        self._counts = numpy.zeros((len(self._columns), len(self.words)), dtype=numpy.int32)
        numpy.add.at(self._counts, (numpy.array(letters, dtype=numpy.intp), owners), 1)
        self._spans: dict[tuple[int, int], _Span] = {}

    def _span(self, shortest: int, longest: int) -> _Span:
        """The words of `shortest` to `longest` letters (kept per span: a question's words
        have a few dozen lengths between them)."""
        key = (shortest, longest)
        if key not in self._spans:
            within = numpy.flatnonzero((self._sizes >= shortest) & (self._sizes <= longest))
            words = tuple(self.words[at] for at in within)
            self._spans[key] = _Span(words, self._sizes[within], self._counts[:, within])
        return self._spans[key]

    def closest(self, word: str, cutoff: float) -> tuple[str, float] | None:
        """The known word with the best `fuzz.ratio` to `word`, at least `cutoff` (above 0),
        if any."""
        size = len(word)
        # ratio <= 200·n / (size + n) for a word of n letters: solve for n at the cut-off.
        shortest = math.ceil(cutoff * size / (200 - cutoff) - EPSILON)
        longest = math.floor(size * (200 - cutoff) / cutoff + EPSILON)
        span = self._span(shortest, longest)
        # ratio = 100·(1 - edits / (size + n)), and the unshared letters are edits.
        allowed = (100 - cutoff) * (span.sizes + size) / 100 + EPSILON
        kept = numpy.flatnonzero(span.apart(word, self._columns) <= allowed)
        found = process.extractOne(
            word, [span.words[at] for at in kept], scorer=fuzz.ratio, score_cutoff=cutoff
        )
        return (str(found[0]), float(found[1])) if found is not None else None

    def one_edit(self, word: str, limit: int) -> list[str]:
        """Up to `limit` known words one edit (or none) away from `word`."""
        size = len(word)
        span = self._span(size - 1, size + 1)
        # One edit leaves at most two letters unshared (a letter replaced by another).
        kept = numpy.flatnonzero(span.apart(word, self._columns) <= 2)
        found = process.extract(
            word,
            [span.words[at] for at in kept],
            scorer=Levenshtein.distance,
            score_cutoff=1,
            limit=limit,
        )
        return [str(spelling) for spelling, _, _ in found]
