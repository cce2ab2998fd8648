"""What durability costs: one accepted form answer per transaction, synchronous FULL vs NORMAL.

Run: .venv/bin/python bench/commit_durability.py [--commits 1000] [--dir /path/on/target/disk]
Each commit is what accepting an answer does: read the draft, write it back, commit.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from storage import drafts
from storage.db import Database
from storage.migrations import migrate


async def measure(folder: Path, mode: str, commits: int) -> list[float]:
    """Seconds per commit for `commits` answer-sized transactions in one sync mode."""
    db = await Database.open(folder / f"bench-{mode.lower()}.db", synchronous=mode)
    try:
        await migrate(db)
        timings = []
        for i in range(commits):
            started = time.perf_counter()
            async with db.transaction() as tx:
                await drafts.get(tx, i % 300)
                state = f'{{"answers":{{"full_name":"Budi"}},"rev":{i}}}'
                await drafts.save(tx, i % 300, "reg", state)
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        await db.close()


def report(mode: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000
    rate = len(timings) / sum(timings)
    return f"{mode:<7} commits/s {rate:8.0f}   p50 {p50:6.2f} ms   p99 {p99:6.2f} ms"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        for mode in ("FULL", "NORMAL"):
            timings = await measure(Path(folder), mode, args.commits)
            print(report(mode, timings))


if __name__ == "__main__":
    asyncio.run(main())
