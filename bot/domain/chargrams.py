"""A second, independent reading of a question: character n-grams against example questions.

Words are cut into overlapping 3- to 5-letter pieces (" rtlh ", "rtl", "tlh "), weighted by
rarity (tf-idf) and compared by cosine with every example question of every topic. Pieces
survive what breaks whole words: typos ("kewenanagan"), chat spelling ("diusulin"), glued or
split words ("jalanlingkungan"). The matcher trusts a topic it was unsure about when this
model, which shares none of its word handling, picks the same topic first.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

import numpy

SMALLEST = 3
LARGEST = 5
COMMON_SHARE = 0.04
WordSplitter = Callable[[str], list[str]]


def grams(words: Iterable[str]) -> Counter[str]:
    """The character n-grams of each word, padded with a space on both sides."""
    found: Counter[str] = Counter()
    for word in words:
        padded = f" {word} "
        for size in range(SMALLEST, LARGEST + 1):
            for start in range(len(padded) - size + 1):
                found[padded[start : start + size]] += 1
    return found


class CharGrams:
    """Cosine similarity of a question to the example questions of each topic."""

    def __init__(self, examples: Iterable[tuple[int, str]], topics: int, words: WordSplitter):
        """`examples` are (topic index, text); `words` splits a text the way questions are."""
        self._words = words
        self._topics = topics
        vectors = [(index, grams(words(text))) for index, text in examples]
        frequency = Counter(gram for _, vector in vectors for gram in vector)
        count = len(vectors)
        self._idf = {gram: math.log(1 + count / n) for gram, n in frequency.items()}
        # Pieces found in many examples (" ke", "an ") weigh little and cost the most to
        # add up: they shape each example's norm but are left out of the lookup.
        common = {gram for gram, n in frequency.items() if n > COMMON_SHARE * count}
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for position, (_, vector) in enumerate(vectors):
            for gram, weight in self._unit(vector).items():
                if gram not in common:
                    postings[gram].append((position, weight))
        # Each gram's postings as two arrays: a question's score is then one bincount.
        self._postings = {
            gram: (
                numpy.array([p for p, _ in found], dtype=numpy.intp),
                numpy.array([w for _, w in found], dtype=numpy.float64),
            )
            for gram, found in postings.items()
        }
        # Which topic each example belongs to, by position.
        self._owners = numpy.array([index for index, _ in vectors], dtype=numpy.intp)
        self._examples = len(vectors)

    def _unit(self, vector: Counter[str]) -> dict[str, float]:
        weights = {
            gram: (1 + math.log(n)) * self._idf[gram]
            for gram, n in vector.items()
            if gram in self._idf
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {gram: w / norm for gram, w in weights.items()}

    def similarity(self, text: str) -> list[float]:
        """Per topic index, the best cosine between the text and one of its examples."""
        positions, weights = [], []
        for gram, weight in self._unit(grams(self._words(text))).items():
            found = self._postings.get(gram)
            if found is not None:
                positions.append(found[0])
                weights.append(found[1] * weight)
        best = numpy.zeros(self._topics)
        if positions:
            scores = numpy.bincount(
                numpy.concatenate(positions),
                weights=numpy.concatenate(weights),
                minlength=self._examples,
            )
            numpy.maximum.at(best, self._owners, scores)
        return best.tolist()

    def best(self, text: str) -> int | None:
        """The index of the topic whose example is closest, None when nothing is shared."""
        similarity = self.similarity(text)
        top = max(range(len(similarity)), key=similarity.__getitem__, default=None)
        return None if top is None or similarity[top] == 0.0 else top
