"""Fuzzy lookups in a fixed word list, comparing only the words whose length can reach the cut-off.

A typo is compared with every known word the matcher holds (some 4,000 spellings). Most of
them cannot score: the ratio of two words is at most 2·min/(sum of lengths), and an edit
distance of 1 needs lengths at most 1 apart. Comparing only the lengths that can reach the
cut-off gives the same answer (the same word, ties broken by the list's order) for a fraction
of the work: the unknown words of a question were the slowest part of its reading.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein


class Lexicon:
    """A sorted word list with length-filtered fuzzy lookups."""

    def __init__(self, words: frozenset[str] | set[str]) -> None:
        self.words = tuple(sorted(words))
        self._by_lengths: dict[tuple[int, int], tuple[str, ...]] = {}

    def _lengths(self, shortest: int, longest: int) -> tuple[str, ...]:
        """The words of `shortest` to `longest` letters, in the list's order (kept per span:
        a question's words have a few dozen lengths between them)."""
        span = (shortest, longest)
        if span not in self._by_lengths:
            self._by_lengths[span] = tuple(w for w in self.words if shortest <= len(w) <= longest)
        return self._by_lengths[span]

    def closest(self, word: str, cutoff: float) -> tuple[str, float] | None:
        """The known word with the best `fuzz.ratio` to `word`, at least `cutoff` (above 0),
        if any."""
        size = len(word)
        # ratio <= 200·n / (size + n) for a word of n letters: solve for n at the cut-off.
        shortest = math.ceil(cutoff * size / (200 - cutoff) - 1e-9)
        longest = math.floor(size * (200 - cutoff) / cutoff + 1e-9)
        found = process.extractOne(
            word, self._lengths(shortest, longest), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        return (str(found[0]), float(found[1])) if found is not None else None

    def one_edit(self, word: str, limit: int) -> list[str]:
        """Up to `limit` known words one edit (or none) away from `word`."""
        size = len(word)
        found = process.extract(
            word,
            self._lengths(size - 1, size + 1),
            scorer=Levenshtein.distance,
            score_cutoff=1,
            limit=limit,
        )
        return [str(spelling) for spelling, _, _ in found]
