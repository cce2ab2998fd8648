"""The second reading of a question: a linear classifier trained on the example questions.

Every example question of every topic (its own, the paraphrases, a learned entry's) is a
training sample labelled with its topic. Features are the matcher's stemmed words, adjacent
word pairs, and the character 2- to 4-grams of each chat-spelled word (" rtlh " gives " r",
"rt", "rtl", ...), which survive typos, glued words and chat spelling. Each feature set is
weighted by rarity (sublinear tf-idf) and scaled to unit length. A one-vs-rest linear SVM
(scikit-learn's liblinear) learns which features tell topics *apart*, which nearest-example
similarity cannot: "lahan" beside "hibah" is another question than "lahan" in a proposal.

The fit (about 9 s of a 13 s build) is kept between starts: keyed by a hash of the exact
examples' features and the fit's settings, in $SINKRON_CACHE_DIR (default
~/.cache/sinkron), and read back instead of fitted again when nothing changed. liblinear with a
fixed seed gives the same weights for the same input, so a cached fit answers exactly as a
fresh one; a missing or damaged file only means a slower start.

Only fitting uses scikit-learn; a question is scored here with one numpy product over the
columns of the weights its features select (well under a millisecond).

A few new classes (the province's learned FAQ entries) extend a fitted model instead of
refitting it (`TopicModel.extended`): one-vs-rest fits each class on its own, so the new
classes are fitted the same way against every example, old and new, and the old classes keep
their weights. That takes a fraction of a second where a whole fit takes seconds; the old
classes only miss the new examples as counter-examples, which the new class's own weights
and the matcher's other readings make up for.
"""

from __future__ import annotations

import hashlib
import math
import os
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Self

import numpy
import sklearn
from scipy.sparse import csr_matrix, vstack
from sklearn.svm import LinearSVC

SMALLEST = 2
LARGEST = 4
REGULARISATION = 0.5  # LinearSVC's C: softer than the default fits many near-duplicates
TOLERANCE = 1e-3  # liblinear's stopping tolerance: 10x its default, half the fit time, same ranks
RARE = 2  # a character piece seen in fewer examples than this is noise, not a feature
CACHE_ENV = "SINKRON_CACHE_DIR"  # where fitted weights are kept between starts


def _word_features(words: Sequence[str]) -> Counter[str]:
    found: Counter[str] = Counter(f"w {word}" for word in words)
    found.update(f"b {first} {second}" for first, second in pairwise(words))
    return found


@lru_cache(maxsize=50_000)
def _pieces(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(
        "c " + padded[start : start + size]
        for size in range(SMALLEST, LARGEST + 1)
        for start in range(len(padded) - size + 1)
    )


def _char_features(words: Sequence[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for word in words:
        found.update(_pieces(word))
    return found


def _svm() -> LinearSVC:
    return LinearSVC(C=REGULARISATION, tol=TOLERANCE, random_state=0)


def _cache_dir() -> Path | None:
    """Where fitted weights are kept between starts: $SINKRON_CACHE_DIR (empty: nowhere),
    else $XDG_CACHE_HOME/sinkron or ~/.cache/sinkron."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "sinkron"
    try:
        return Path.home() / ".cache" / "sinkron"
    except RuntimeError:  # no home to be found (a bare container user): keep nothing
        return None


def _fit(features: csr_matrix, labels: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The one-vs-rest weights and intercepts for these examples, fitted or, when the very
    same fit was saved before, read back (the fit is deterministic, so both are the same
    numbers). A restart then skips most of the matcher's build; any doubt means a new fit."""
    key = hashlib.sha256(f"{REGULARISATION} {TOLERANCE} {sklearn.__version__}".encode())
    for part in (features.data, features.indices, features.indptr, labels):
        key.update(str(part.dtype).encode())
        key.update(numpy.ascontiguousarray(part).tobytes())
    key.update(str(features.shape).encode())
    directory = _cache_dir()
    path = None if directory is None else directory / f"svm-{key.hexdigest()[:40]}.npz"
    if path is not None and path.exists():
        try:
            with path.open("rb") as stream, numpy.load(stream) as saved:
                shape = (int(saved["rows"]), int(saved["columns"]))
                coef = csr_matrix((saved["data"], saved["indices"], saved["indptr"]), shape=shape)
                return coef.toarray(), saved["intercept"]
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
            pass  # unreadable or cut short: fitted again below, and saved over
    model = _svm().fit(features, labels)
    if path is not None:
        _save(path, csr_matrix(model.coef_), model.intercept_)
    return model.coef_, model.intercept_


def _save(path: Path, coef: csr_matrix, intercept: numpy.ndarray) -> None:
    """Keep a fit for the next start, in place of older ones (a fit is only good for the
    examples it was made from); a cache that cannot be written is only a slower start."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as out:
            numpy.savez(
                out,
                data=coef.data,
                indices=coef.indices,
                indptr=coef.indptr,
                rows=coef.shape[0],
                columns=coef.shape[1],
                intercept=intercept,
            )
        os.replace(partial, path)  # whole or not at all, beside a reader or another writer
        for old in path.parent.glob("svm-*.npz"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        partial.unlink(missing_ok=True)


class TopicModel:
    """Decision scores per topic index for a question."""

    def __init__(self, examples: Iterable[tuple[int, Sequence[str], Sequence[str]]], topics: int):
        """`examples` are (topic index, stemmed words, chat-spelled words); `topics` is how
        many topic indexes there are."""
        self._topics = topics
        self._features: csr_matrix | None = None  # every example's features, to extend by
        self._labels = numpy.zeros(0, dtype=numpy.intp)
        samples = [
            (index, _word_features(words), _char_features(spelled))
            for index, words, spelled in examples
        ]
        count = len(samples)
        frequency: Counter[str] = Counter()
        for _, words, pieces in samples:
            frequency.update(words.keys())
            frequency.update(pieces.keys())
        kept = sorted(f for f, n in frequency.items() if n >= RARE or not f.startswith("c "))
        self._columns = {feature: column for column, feature in enumerate(kept)}
        # scikit-learn's smoothed idf, so a feature in every example still counts a little.
        self._idf = numpy.array([math.log((1 + count) / (1 + frequency[f])) + 1 for f in kept])
        self._weights = numpy.zeros((len(kept), topics))
        self._bias = numpy.full(topics, -numpy.inf)
        labels = sorted({index for index, _, _ in samples})
        if len(labels) < 2:  # nothing to tell apart: every topic scores alike
            self._bias[labels] = 0.0
            return
        rows: list[numpy.ndarray] = []
        columns: list[numpy.ndarray] = []
        values: list[numpy.ndarray] = []
        for row, (_, words, pieces) in enumerate(samples):
            for part in (words, pieces):
                found, weights = self._vector(part)
                rows.append(numpy.full(len(found), row))
                columns.append(found)
                values.append(weights)
        features = csr_matrix(
            (numpy.concatenate(values), (numpy.concatenate(rows), numpy.concatenate(columns))),
            shape=(count, len(kept)),
        )
        self._features = features
        self._labels = numpy.array([index for index, _, _ in samples])
        coef, intercept = _fit(features, self._labels)
        if len(labels) == 2:  # a binary fit keeps one row: the second class's side
            coef, intercept = numpy.vstack([-coef, coef]), numpy.array([-intercept[0], *intercept])
        self._weights[:, labels] = coef.T
        self._bias[labels] = intercept
        self._weights = numpy.ascontiguousarray(self._weights)

    @property
    def topics(self) -> int:
        """How many classes the model scores."""
        return self._topics

    @classmethod
    def extended(
        cls,
        base: TopicModel,
        relabel: Sequence[int],
        topics: int,
        added: Iterable[tuple[int, Sequence[str], Sequence[str]]],
        refit: Iterable[int] = (),
    ) -> Self | None:
        """`base` with its class i moved to `relabel[i]`, out of `topics` classes, and the
        `added` examples learned: every class they bring that `base` has no weights for is
        fitted one-vs-rest against all examples. `base`'s features and weights stay as they
        are (a feature only the added examples have is not one), but for the classes in
        `refit` (new indexes), fitted again with the added examples as counter-examples. None
        when `base` learned too little to extend."""
        if base._features is None:
            return None
        model = cls.__new__(cls)
        model._topics = topics
        model._columns, model._idf = base._columns, base._idf
        moved = numpy.array(relabel, dtype=numpy.intp)
        model._weights = numpy.zeros((len(base._columns), topics))
        model._bias = numpy.full(topics, -numpy.inf)
        model._weights[:, moved] = base._weights
        model._bias[moved] = base._bias
        rows: list[numpy.ndarray] = []
        labels = list(moved[base._labels])
        for index, words, spelled in added:
            row = numpy.zeros(len(base._columns))
            for part in (_word_features(words), _char_features(spelled)):
                columns, weights = model._vector(part)
                row[columns] += weights
            rows.append(row)
            labels.append(index)
        model._features = vstack([base._features, csr_matrix(numpy.array(rows))]).tocsr()
        model._labels = numpy.array(labels)
        new = set(labels[len(base._labels) :]) - set(moved[base._bias > -numpy.inf])
        for label in sorted(new | set(refit)):
            fit = _svm().fit(model._features, model._labels == label)
            model._weights[:, label] = fit.coef_[0]
            model._bias[label] = fit.intercept_[0]
        model._weights = numpy.ascontiguousarray(model._weights)
        return model

    def _vector(self, counts: Counter[str]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Known features' columns and their unit-length sublinear tf-idf weights."""
        known = [(self._columns[f], n) for f, n in counts.items() if f in self._columns]
        if not known:
            return numpy.zeros(0, dtype=numpy.intp), numpy.zeros(0)
        columns, tf = numpy.array(known).T
        weights = (1 + numpy.log(tf)) * self._idf[columns]
        return columns, weights / numpy.linalg.norm(weights)

    def scores(self, words: Sequence[str], spelled: Sequence[str]) -> numpy.ndarray:
        """The decision score of every topic index: above 0 the model says "this topic"."""
        total = self._bias.copy()
        for part in (_word_features(words), _char_features(spelled)):
            columns, weights = self._vector(part)
            if len(columns):
                total += weights @ self._weights[columns]
        return total
