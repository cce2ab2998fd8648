"""Review at scale: /status and /tinjau handler time, and the export, on a big database.

Run: .venv/bin/python bench/review_scale.py [--proposals 10000] [--audit 100000] [--rounds 30]

Builds a database with `--proposals` proposals spread over the 14 regencies and every status
(realistic answers, 2-4 status events each) and `--audit` audit events, then drives the real
Application through the in-process Bot API stand-in: the time `process_update` takes for
/status (an officer, first page and a code), /tinjau and /tinjau prioritas (an admin), beside
/bantuan (a handler that touches no proposal) as the baseline of the same run. Then the XLSX
export of every proposal: wall time and peak Python memory (tracemalloc), and the process's
peak resident memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from telegram import Update

from bot.app import build_application, running
from bot.config import AccessSettings, Settings, StorageSettings
from bot.domain.regions import REGENCIES
from bot.domain.wilayah import kecamatan_of, villages_of
from bot.standin import BotApiStandIn
from storage import proposals
from storage.db import utcnow

TOKEN = "123456:BENCH"
ADMIN = 900_001
STATUSES = (
    "diajukan", "verifikasi", "perlu_perbaikan", "dibahas_rakor", "disetujui", "ditolak",
    "dialihkan", "dibatalkan",
)  # fmt: skip


def answers_for(number: int, regency: str, rng: random.Random) -> dict[str, object]:
    kecamatan = kecamatan_of(regency)[number % len(kecamatan_of(regency))]
    village = villages_of(kecamatan.code)[0]
    return {
        "title": f"Peningkatan kualitas kawasan kumuh lokasi {number}",
        "type": "kumuh",
        "sectors": ["drainase", "jalan", "air_minum"][: 1 + number % 3],
        "regency": regency,
        "kecamatan": kecamatan.code,
        "village": village.code,
        "location_name": f"Kawasan tepian sungai RT {number % 20:02d}",
        "setting": "perkotaan",
        "area_ha": f"{10 + number % 5}.{number % 10}",
        "households": 40 + number % 300,
        "people": 150 + number % 1200,
        "land_status": "aset_pemda",
        "clean_clear": "ya" if number % 3 else "belum_tahu",
        "sk_number": f"188.45/{number}/2023",
        "sk_date": "2023-03-12",
        "in_sk": "ya",
        "readiness": ["ded", "rab"][: number % 3],
        "cost": rng.randrange(300, 5000) * 1_000_000,
        "funding": "apbd_provinsi",
        "gps": [-2.2 - (number % 100) / 1000, 113.9 + (number % 100) / 1000],
        "justification": "Genangan setiap hujan karena drainase tersumbat; warga terdampak.",
    }


async def build(db_path: Path, count: int, audit_count: int, officers: list[int]) -> None:
    from storage.db import Database
    from storage.migrations import migrate

    rng = random.Random(7)
    db = await Database.open(db_path)
    await migrate(db)
    now = utcnow()
    async with db.transaction() as tx:
        for r in REGENCIES:
            await tx.execute(
                "INSERT OR IGNORE INTO regencies (code, name, short_name, capital, aliases) "
                "VALUES (?, ?, ?, ?, '[]')",
                (r.code, r.name, r.short_name, r.capital),
            )
        for index, user in enumerate(officers):
            await tx.execute(
                "INSERT INTO officers (user_id, chat_id, full_name, regency_code, position, "
                "phone, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'Kasi', "
                "'081234567890', 'active', ?, ?)",
                (user, user, f"Petugas {user}", REGENCIES[index % 14].code, now, now),
            )
        for number in range(1, count + 1):
            regency = REGENCIES[number % 14].code
            status = STATUSES[number % len(STATUSES)]
            answers = answers_for(number, regency, rng)
            stamp = f"2026-{1 + number % 11:02d}-{1 + number % 27:02d}T08:00:00Z"
            proposal_id = await tx.insert(
                "INSERT INTO proposals (code, year, seq, officer_id, regency_code, title, type, "
                "level, rule, outside_authority, status, answers, created_at, updated_at, "
                "budget_year) VALUES (?, 2026, ?, ?, ?, ?, 'kumuh', 'provinsi', 'kumuh.provinsi', "
                "0, ?, ?, ?, ?, 2027)",
                (
                    proposals.format_code(2026, number), number, officers[number % 14], regency,
                    answers["title"], status, json.dumps(answers), stamp, stamp,
                ),
            )  # fmt: skip
            for step, to in enumerate(("diajukan", "verifikasi", status)[: 2 + number % 2]):
                await tx.execute(
                    "INSERT INTO proposal_events (proposal_id, at, actor_id, from_status, "
                    "to_status, note) VALUES (?, ?, ?, ?, ?, ?)",
                    (proposal_id, stamp, ADMIN, None if step == 0 else "diajukan", to, None),
                )
        for number in range(audit_count):
            await tx.execute(
                "INSERT INTO audit_events (at, actor_id, action, subject, detail) "
                "VALUES (?, ?, 'proposal.verifikasi', ?, NULL)",
                (now, ADMIN, f"proposal:USL-2026-{1 + number % count:04d}"),
            )
    await db.close()


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = statistics.quantiles(ordered, n=20)[18] if len(ordered) >= 2 else ordered[0]
    return f"p50 {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


async def bench(count: int, audit_count: int, rounds: int, folder: Path) -> None:
    officers = [100_000 + i for i in range(1, 15)]
    started = time.perf_counter()
    await build(folder / "scale.db", count, audit_count, officers)
    print(f"built {count} proposals and {audit_count} audit events in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    standin = BotApiStandIn()
    standin.add_user(ADMIN, "Admin")
    for user in officers:
        standin.add_user(user, f"Petugas {user}")
    settings = Settings(
        access=AccessSettings(frozenset({ADMIN})), storage=StorageSettings(folder / "scale.db")
    )
    app = build_application(settings, TOKEN, transport=httpx.MockTransport(standin.handle))
    async with running(app):

        async def timed(user: int, text: str) -> list[float]:
            times = []
            for _ in range(rounds):
                # Idle between rounds, as between two officers' messages: back to back, the
                # replies would queue behind PTB's 30 messages/s limiter and time that instead.
                await asyncio.sleep(0.15)
                update = Update.de_json(standin.text_update(user, text), app.bot)
                begin = time.perf_counter()
                await app.process_update(update)
                times.append(time.perf_counter() - begin)
            return times

        officer = officers[1]
        code = proposals.format_code(2026, 15)  # a proposal of that officer's regency
        for label, user, text in (
            ("/bantuan (baseline)", officer, "/bantuan"),
            ("/status (officer)", officer, "/status"),
            (f"/status {code}", officer, f"/status {code}"),
            ("/tinjau (admin)", ADMIN, "/tinjau"),
            ("/tinjau kotim verifikasi", ADMIN, "/tinjau kotim verifikasi"),
            ("/tinjau prioritas", ADMIN, "/tinjau prioritas"),
        ):
            print(f"{label:28} {summary(await timed(user, text))}", flush=True)

        from bot.services.export import proposals_xlsx

        state = app.bot_data
        async with state.db.transaction(write=False) as tx:
            every = await proposals.for_export(tx)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        begin = time.perf_counter()
        data = proposals_xlsx(every, "id", zone=settings.schedule.timezone)
        elapsed = time.perf_counter() - begin
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # Traced separately: tracemalloc slows allocation-heavy code several times over.
        tracemalloc.start()
        proposals_xlsx(every, "id", zone=settings.schedule.timezone)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"export of {len(every)} proposals: {elapsed:.2f} s, {len(data) / 1e6:.1f} MB; "
              f"process peak RSS {rss:.0f} MB ({rss_before:.0f} MB before), "
              f"Python allocations peak {peak / 1e6:.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--proposals", type=int, default=10_000)
    parser.add_argument("--audit", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(bench(args.proposals, args.audit, args.rounds, Path(folder)))


if __name__ == "__main__":
    main()
