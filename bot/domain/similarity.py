"""How close a question comes to each topic's example questions: the matcher's typo-tolerant
reading, beside BM25 over words and the classifier.

Each example's stemmed words are sorted once, so a plain Indel ratio against the question's
sorted words is rapidfuzz's token_sort_ratio: word order does not matter and a typo costs a
letter, not the word. A topic's closeness is that of its closest example.

This comparison, with every distinct example text (about 17,700 as shipped), is the largest
single cost of a question: about half of its time. rapidfuzz's `cdist` gives one query row to
one core however many workers it is allowed, so where the process may use two cores or more
the examples are compared in two halves at once, the second on a helper thread (`cdist`
releases the GIL). The scores are the same to the bit either way; the halves only save time.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy
from rapidfuzz import fuzz, process

# Below this many distinct texts a thread's hand-over costs about what the halving saves.
SPLIT_FROM = 4000


def _cores() -> int:
    """The cores this process may run on (the container's share, not the host's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@cache
def _helper() -> ThreadPoolExecutor:
    """One thread for every matcher in the process: questions are read one at a time."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="sinkron-similarity")


class ExampleSimilarity:
    """Per topic, how close a question is to the closest of its example questions (0..1)."""

    def __init__(self, examples: Sequence[tuple[int, str]], topics: int) -> None:
        """`examples` are (topic index, the example's stemmed words), topic by topic."""
        self._topics = topics
        # About one example in seven is another's words again (the same question learned under
        # two tables, or sorted alike): each distinct text is compared once, then spread back.
        distinct: dict[str, int] = {}
        self._slots = numpy.array(
            [
                distinct.setdefault(" ".join(sorted(text.split())), len(distinct))
                for _, text in examples
            ],
            dtype=numpy.intp,
        )
        self.texts = list(distinct)
        half = len(self.texts) // 2
        self._halves = (self.texts[:half], self.texts[half:])
        # Whether the halves are compared at once (settable: the benchmark measures both).
        self.halved = len(self.texts) >= SPLIT_FROM and _cores() > 1
        # Where each topic's run of examples starts, and whose run it is.
        firsts = [p for p, (i, _) in enumerate(examples) if p == 0 or examples[p - 1][0] != i]
        self._starts = numpy.array(firsts, dtype=numpy.intp)
        self._owners = numpy.array([examples[p][0] for p in firsts], dtype=numpy.intp)

    def _ratios(self, query: str) -> numpy.ndarray:
        """The ratio (0..100) of the sorted query with every distinct example text."""
        if not self.halved:
            whole: numpy.ndarray = process.cdist([query], self.texts, scorer=fuzz.ratio)[0]
            return whole
        first, second = self._halves
        later = _helper().submit(process.cdist, [query], second, scorer=fuzz.ratio)
        now = process.cdist([query], first, scorer=fuzz.ratio)[0]
        return numpy.concatenate((now, later.result()[0]))

    def closeness(self, words: Sequence[str]) -> numpy.ndarray:
        """Each topic's closest example to the stemmed `words`, 0..1 (0 for a topic without)."""
        best = numpy.zeros(self._topics)
        if not self.texts:
            return best
        ratios = self._ratios(" ".join(sorted(" ".join(words).split())))[self._slots]
        best[self._owners] = numpy.maximum.reduceat(ratios, self._starts) / 100
        return best
