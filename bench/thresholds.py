"""The answer thresholds measured leave-one-out over the tuning tables, on a grid.

Run: .venv/bin/python bench/thresholds.py  (about 20 minutes on 2 cores)
     .venv/bin/python bench/thresholds.py AGREED_LEAD=-0.1,-0.05  (one threshold's values,
     the others as they are; about 10 minutes)

Each tuning table is read by a matcher with every other tuning table learned (as
`bench/asked.py --leave-one-out` does), once per point of the grid: the matcher's answer
thresholds (bot/domain/asking.py: AGREED_AT, AGREED_LEAD, ALONE_AT, ALONE_LEAD and
OUTSIDE_MARGIN) are module constants read at each question, so one matcher per table serves
every point. Printed per point: topic questions right, confident wrong answers and
out-of-scope questions answered, over all tuning tables; the current thresholds are marked.
Thresholds are chosen on this figure, never on a held-out table.
"""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.asked import learning, tuning_tables
from bench.qa_quality import confidently_wrong, topic_right
from bot.domain import asking
from bot.domain.asking import Matcher
from bot.domain.knowledge import load

GRID: dict[str, tuple[float, ...]] = {
    "AGREED_AT": (0.45, 0.5),
    "AGREED_LEAD": (-math.inf, 0.0, 0.04),
    "ALONE_AT": (0.55, 0.6),
    "ALONE_LEAD": (0.05, 0.08),
    "OUTSIDE_MARGIN": (0.15,),  # OUTSIDE_MARGIN=0,0.3,0.5 measures others
}


def main() -> None:
    """Measure every grid point and print the totals, best trade-offs first."""
    # "AGREED_LEAD=-0.1,-0.05" narrows the grid to those values of one threshold, the others
    # kept as they are in bot/domain/asking.py.
    for arg in sys.argv[1:]:
        name, _, values = arg.partition("=")
        if name not in GRID:
            raise SystemExit(f"no threshold {name!r}; one of {', '.join(GRID)}")
        for other in GRID:
            GRID[other] = (getattr(asking, other),)
        GRID[name] = tuple(dict.fromkeys((getattr(asking, name), *map(float, values.split(",")))))
    current = tuple(getattr(asking, name) for name in GRID)
    points = list(itertools.product(*GRID.values()))
    # right, wrong, out of scope answered per point
    totals = {point: [0, 0, 0] for point in points}
    questions = outside = 0
    bare = load(asked=False)
    tables = tuning_tables()
    for table in tables:
        matcher = Matcher(learning(bare, [other for other in tables if other is not table]))
        questions += len(table.topics)
        outside += len(table.out_of_scope)
        for point in points:
            for name, value in zip(GRID, point, strict=True):
                setattr(asking, name, value)
            count = totals[point]
            for question, expected in table.topics:
                understood = matcher.understand(question)
                right = topic_right(understood, expected)
                count[0] += right
                count[1] += confidently_wrong(understood, right)
            count[2] += sum(
                confidently_wrong(matcher.understand(q), False) for q in table.out_of_scope
            )
        print(f"{table.name} measured", file=sys.stderr, flush=True)
    print(f"{len(tables)} tuning tables: {questions} topic questions, {outside} out of scope")
    print("  ".join(GRID) + "   right   wrong   out of scope answered")
    for point in sorted(points, key=lambda p: (totals[p][1] - 0.5 * totals[p][0] / 100, p)):
        right, wrong, answered = totals[point]
        mark = "  <- current" if point == current else ""
        values = "  ".join(f"{value:<{len(name)}}" for name, value in zip(GRID, point, strict=True))
        print(
            f"{values}  {100 * right / questions:.2f}%  {wrong} ({100 * wrong / questions:.2f}%)"
            f"  {answered}{mark}"
        )


if __name__ == "__main__":
    main()
