"""Question-matching latency over the question tables: p50, p99 and max per question.

Run: .venv/bin/python bench/qa_latency.py [--rounds 20]
The first round is reported separately: it fills the stemming cache, as the first questions
after a restart do. The warm rounds are run again with the example questions compared on one
core (`ExampleSimilarity.halved` off), as when the machine's other core is busy. The matcher
is built twice: fitting its classifier (the first start after an upgrade) and reading the
kept fit back (every later restart).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.asking import Matcher
from bot.domain.knowledge import load
from bot.domain.topic_model import CACHE_ENV
from tests.qa_questions import LEVELS, OUT_OF_SCOPE, TOPICS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    questions = [q for q, _ in TOPICS] + [q for q, _ in LEVELS] + list(OUT_OF_SCOPE)

    # Both builds a restart can see: the first after an upgrade fits the classifier and keeps
    # the fit; the next reads it back (a fresh directory, so neither depends on earlier runs).
    with tempfile.TemporaryDirectory() as cache:
        os.environ[CACHE_ENV] = cache
        for label in ("build, fitting", "build, fit read back"):
            started = time.perf_counter()
            matcher = Matcher(load())
            print(
                f"{label}: {(time.perf_counter() - started) * 1000:.0f} ms "
                f"({len(matcher.kb.topics)} topics, {len(matcher.vocabulary)} stems)"
            )

    first = []
    for question in questions:
        t0 = time.perf_counter()
        matcher.understand(question)
        first.append((time.perf_counter() - t0) * 1000)
    timings = []
    for _ in range(args.rounds):
        for question in questions:
            t0 = time.perf_counter()
            matcher.understand(question)
            timings.append((time.perf_counter() - t0) * 1000)
    # The same again with the example questions compared on one core: what a question costs
    # when the other core is busy (or the machine has only one).
    halved = matcher.similarity.halved
    matcher.similarity.halved = False
    one_core = []
    for _ in range(args.rounds):
        for question in questions:
            t0 = time.perf_counter()
            matcher.understand(question)
            one_core.append((time.perf_counter() - t0) * 1000)
    print(f"examples compared in two halves at once: {'yes' if halved else 'no (one core)'}")
    for label, values in (
        ("first round", first),
        (f"warm, {args.rounds} rounds", timings),
        ("warm, one core", one_core),
    ):
        ordered = sorted(values)
        p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
        print(
            f"{label:>18}: {len(values)} questions  p50 {statistics.median(ordered):.2f} ms"
            f"  p99 {p99:.2f} ms  max {ordered[-1]:.2f} ms"
        )


if __name__ == "__main__":
    main()
