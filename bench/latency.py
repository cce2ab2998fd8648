"""Reply latency and CPU per update under mixed traffic: `sinkron run` beside a bare echo bot.

Run: .venv/bin/python bench/latency.py [--rate 20] [--users 40] [--duration 45] [--warmup 5]
     [--only sinkron|echo] [--max-per-second N] [--profile DIR] [--keep DIR] [--seed 1]
(about 2.5 minutes with the defaults)

One run, two phases with the same traffic generator and the same kind of Bot API stand-in,
served over loopback HTTP by this process (the bots are child processes, so the CPU figures
are each bot's alone, read from /proc/<pid>/stat):

1. the baseline, bench/echo_bot.py: bare python-telegram-bot, long polling, echoes texts and
   answers button presses;
2. `sinkron run` with a temporary config.toml (base_url pointing at the stand-in) and a
   temporary database in which --users approved officers across the 14 regencies were
   registered beforehand through storage/.

Traffic: Poisson arrivals at --rate updates/s, each from a random user who is idle (their
previous update answered and their chat quiet for 0.25 s; a tick with nobody idle is
counted as skipped). Sinkron gets questions ("kumuh 12 ha kewenangan siapa", "apa itu RTLH",
"rakor kapan"...), /status, and proposal forms: /usul (resume or new when a draft exists),
a few answers typed or pressed on the keyboards the bot sent, then /batal and its
confirmation (sometimes the draft is left for later). The echo bot gets the same kinds of
texts and presses on its own messages. Unmeasured first: one question (Sinkron builds its
matcher then), one message from each user (Sinkron sets their command menu), then --warmup
seconds of traffic.

Latency = the stand-in's clock when the update was queued for getUpdates -> when the bot's
first visible call in answer to it (a send, an edit, answerCallbackQuery, a chat action to
that chat) reached the stand-in. Printed per bot: p50/p95/p99/max (and per kind of update for
Sinkron), CPU ms per update, and Sinkron's ratios to the echo bot. Targets (issue 11): p99
under 100 ms, CPU per update within 2x of the echo bot.

The phases run one after the other, so the two bots never compete for the CPU; the machine's
other load still shows in both, so compare ratios. CPU per update is the bot's CPU time over
the measured window (long polling included) divided by the updates driven in it.

--max-per-second sets Sinkron's `[delivery] max_per_second` (its one sending budget for
replies and the outbox). --keep DIR keeps the bots' logs (Sinkron's has one line per update
with its handler time) and the database. --profile DIR runs Sinkron under cProfile into
DIR/sinkron.prof (figures inflated by the profiler; read with `python -m pstats`); a sampling
profiler can attach instead: `py-spy record --pid <pid of "bot run"> --format raw`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.domain.regions import REGENCIES  # noqa: E402
from bot.standin import BotApiStandIn, SentMessage, serve  # noqa: E402
from storage import officers, regencies  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrations import migrate  # noqa: E402
from storage.regencies import RegencyRow  # noqa: E402

TOKEN = "123456:LATENCY-BENCH"
ADMIN = 900_001  # in admin_ids, never driven: proactive messages to it are not replies
FIRST_USER = 200_001
QUIET_S = 0.25  # a user acts again only after their chat has been quiet this long
NO_REPLY_S = 10.0  # an update unanswered this long is counted as unanswered
VISIBLE = frozenset(
    {
        "sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup", "sendLocation",
        "editMessageText", "editMessageCaption", "editMessageReplyMarkup", "deleteMessage",
        "answerCallbackQuery", "sendChatAction",
    }
)  # fmt: skip
QUESTIONS = (
    "kumuh 12 ha kewenangan siapa",
    "apa itu RTLH",
    "rakor kapan",
    "permukiman kumuh 120.000 m2",
    "siapa yang menangani PSU perumahan?",
    "apa itu SK kumuh",
    "kawasan kumuh 8 ha itu urusan siapa?",
    "usulan saya sudah sampai mana?",
    "syarat usulan rumah korban bencana apa saja",
    "berapa lama verifikasi usulan",
    "apa itu DED dan RAB",
    "when is the rakor",
)
FORM_TEXTS = (  # (a word of the question, the answer an officer would type)
    ("judul", "Peningkatan kualitas kawasan kumuh tepian sungai"),
    ("nama lokasi", "Kawasan Tepian Sungai RT 05"),
    ("luas", "12,5 ha"),
    ("(KK)", "120 KK"),
    ("jiwa", "450 jiwa"),
    ("unit rumah", "25 unit"),
    ("nomor SK", "188.45/123/2023"),
    ("Tanggal SK", "12/03/2023"),
    ("biaya", "1,5 M"),
    ("titik lokasi", "-2.54, 112.95"),
)


# --- the stand-in, timing replies ------------------------------------------------------------


@dataclass
class Pending:
    """One driven update: when it was queued and when the first visible answer arrived."""

    kind: str
    queued: float
    first: float | None = None


class TimedStandIn(BotApiStandIn):
    """The stand-in, noting for each driven update the arrival of the bot's first visible
    call to that chat (or answer to that callback query)."""

    def __init__(self) -> None:
        super().__init__()
        self.current: dict[int, Pending] = {}  # chat -> its latest driven update
        self.last_call: dict[int, float] = {}  # chat -> arrival of its latest visible call
        self.query_chat: dict[str, int] = {}  # callback query id -> chat
        self.polls = 0
        self.methods: Counter[str] = Counter()  # visible calls by method

    def queue(self, chat: int, kind: str, update: dict[str, Any]) -> Pending:
        """Queue an update for getUpdates, timing it from now."""
        query = update.get("callback_query")
        if query is not None:
            self.query_chat[query["id"]] = chat
        pending = Pending(kind, time.perf_counter())
        self.current[chat] = pending
        self.push(update)
        return pending

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer as the stand-in does; time the call if it answers a driven update."""
        arrived = time.perf_counter()
        index = len(self.calls)  # no await until the call is recorded: index is this call
        response = await super().handle(request)
        call = self.calls[index]
        if call.method == "getUpdates":
            self.polls += 1
        elif call.method in VISIBLE:
            self.methods[call.method] += 1
            chat = call.params.get("chat_id")
            if call.method == "answerCallbackQuery":
                chat = self.query_chat.get(str(call.params.get("callback_query_id")))
            if isinstance(chat, int):
                self.last_call[chat] = max(self.last_call.get(chat, 0.0), arrived)
                pending = self.current.get(chat)
                if pending is not None and arrived >= pending.queued:
                    pending.first = (
                        arrived if pending.first is None else min(pending.first, arrived)
                    )
        return response


# --- what users do -------------------------------------------------------------------------


def _buttons(message: SentMessage) -> list[tuple[str, str]]:
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


@dataclass
class User:
    """One officer's place in their traffic script."""

    user_id: int
    rng: random.Random
    in_form: bool = False
    steps_left: int = 0
    cancelling: bool = False
    mix: Counter[str] = field(default_factory=Counter)

    def latest_with(self, standin: BotApiStandIn, prefix: str) -> SentMessage | None:
        """The newest message to this user with a button whose data starts with `prefix`."""
        for message in reversed(standin.messages_for(self.user_id)):
            if not message.deleted and any(d.startswith(prefix) for _, d in _buttons(message)):
                return message
        return None

    def next_sinkron(self, standin: BotApiStandIn) -> tuple[str, dict[str, Any]]:
        """The next update of this officer talking to Sinkron, and its kind."""
        uid = self.user_id
        if self.cancelling:
            self.cancelling = self.in_form = False
            confirm = self.latest_with(standin, "f|")
            if confirm is not None:
                for _, data in _buttons(confirm):
                    if data.endswith("|y"):
                        return "button", standin.callback_update(uid, confirm.message_id, data)
        if self.in_form:
            prompt = self.latest_with(standin, "usul|")
            latest = standin.messages_for(uid)[-1] if standin.messages_for(uid) else None
            if prompt is not None and prompt is latest:  # "resume the draft or start anew?"
                choices = [d for _, d in _buttons(prompt) if d.startswith("usul|")]
                data = self.rng.choice(choices)
                return "button", standin.callback_update(uid, prompt.message_id, data)
            if self.steps_left <= 0:
                if self.rng.random() < 0.3:
                    self.in_form = False  # the draft stays for another day
                    return self.next_sinkron(standin)
                self.cancelling = True
                return "command", standin.text_update(uid, "/batal")
            self.steps_left -= 1
            return self._form_step(standin)
        # A form session is about 8 updates, anything else one: this split gives roughly
        # 45 % form traffic, 35 % questions, 10 % /status and 10 % topic buttons.
        roll = self.rng.random()
        if roll < 0.09:
            self.in_form, self.steps_left = True, self.rng.randint(3, 8)
            return "command", standin.text_update(uid, "/usul")
        if roll < 0.65:
            return "question", standin.text_update(uid, self.rng.choice(QUESTIONS))
        if roll < 0.80:
            return "status", standin.text_update(uid, "/status")
        topics = self.latest_with(standin, "tanya|t|")  # "did you mean" topic buttons
        if topics is None:
            return "question", standin.text_update(uid, self.rng.choice(QUESTIONS))
        choices = [d for _, d in _buttons(topics) if d.startswith("tanya|t|")]
        data = self.rng.choice(choices)
        return "button", standin.callback_update(uid, topics.message_id, data)

    def _form_step(self, standin: BotApiStandIn) -> tuple[str, dict[str, Any]]:
        uid = self.user_id
        question = self.latest_with(standin, "f|")
        if question is None:  # the form's first message has not come: resume it
            return "command", standin.text_update(uid, "/usul")
        buttons = _buttons(question)
        options = [d for _, d in buttons if "|o|" in d]
        done = [d for _, d in buttons if d.endswith("|d")]
        ticked = any(label.startswith("✅") for label, _ in buttons)
        if done and (ticked or not options):
            data = done[0]
        elif options:
            data = self.rng.choice(options[:8])
        else:
            text = question.plain_text
            answer = next((a for word, a in FORM_TEXTS if word in text), None)
            return "form text", standin.text_update(uid, answer or "Kawasan Tepian Sungai RT 05")
        return "button", standin.callback_update(uid, question.message_id, data)

    def next_echo(self, standin: BotApiStandIn) -> tuple[str, dict[str, Any]]:
        """The next update to the echo bot: the same kinds of texts and presses."""
        uid = self.user_id
        roll = self.rng.random()
        sent = standin.messages_for(uid)
        if roll < 0.35 and sent:
            return "button", standin.callback_update(uid, sent[-1].message_id, "echo")
        if roll < 0.65:
            return "question", standin.text_update(uid, self.rng.choice(QUESTIONS))
        if roll < 0.75:
            return "status", standin.text_update(uid, "/status")
        if roll < 0.85:
            return "command", standin.text_update(uid, self.rng.choice(("/usul", "/batal")))
        return "form text", standin.text_update(uid, self.rng.choice(FORM_TEXTS)[1])


# --- driving a bot ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one phase measured."""

    latencies: dict[str, list[float]]  # kind -> seconds
    unanswered: int
    skipped: int
    driven: int
    wall: float
    cpu: float
    calls: Counter[str]  # the bot's visible calls by method


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(
    standin: TimedStandIn,
    users: list[User],
    rng: random.Random,
    *,
    sinkron: bool,
    rate: float,
    seconds: float,
) -> tuple[list[Pending], int]:
    """Poisson arrivals at `rate` for `seconds`; returns the driven updates and skipped ticks."""
    loop = asyncio.get_running_loop()
    start = next_at = loop.time()
    driven: list[Pending] = []
    skipped = 0
    while True:
        next_at += rng.expovariate(rate)
        if next_at - start > seconds:
            break
        await asyncio.sleep(max(0.0, next_at - loop.time()))
        now = time.perf_counter()
        idle = [user for user in users if _idle(standin, user.user_id, now)]
        if not idle:
            skipped += 1
            continue
        user = rng.choice(idle)
        kind, update = user.next_sinkron(standin) if sinkron else user.next_echo(standin)
        user.mix[kind] += 1
        driven.append(standin.queue(user.user_id, kind, update))
    return driven, skipped


def _idle(standin: TimedStandIn, chat: int, now: float) -> bool:
    pending = standin.current.get(chat)
    if pending is None:
        return True
    if pending.first is None:
        return now - pending.queued > NO_REPLY_S
    return now - standin.last_call.get(chat, 0.0) >= QUIET_S


async def settle(standin: TimedStandIn, driven: list[Pending], within: float = NO_REPLY_S) -> None:
    """Wait for the first answer to every driven update (or `within` seconds)."""
    deadline = time.perf_counter() + within
    while True:
        if all(p.first is not None for p in driven) or time.perf_counter() > deadline:
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(QUIET_S)


async def run_phase(
    name: str, command: list[str], env: dict[str, str], standin: TimedStandIn, args: Any
) -> Outcome:
    """Start one bot, greet it from every user, warm it up, then measure."""
    users = [User(FIRST_USER + i, random.Random(args.seed * 1000 + i)) for i in range(args.users)]
    arrivals = random.Random(args.seed)
    log_path = Path(args.folder) / f"{name}.log"
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    process = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, env=env, stdout=log, stderr=log
    )
    try:
        deadline = time.perf_counter() + 30
        while standin.polls == 0:
            if process.returncode is not None or time.perf_counter() > deadline:
                raise SystemExit(f"{name} did not start:\n{log_path.read_text()[-3000:]}")
            await asyncio.sleep(0.05)
        # The first question builds Sinkron's matcher (about a second of CPU): not in the window.
        first = standin.text_update(users[0].user_id, QUESTIONS[1])
        await settle(standin, [standin.queue(users[0].user_id, "greeting", first)], 120.0)
        greetings = []
        for user in users:  # first contact: Sinkron sets the officer's command menu
            update = standin.text_update(user.user_id, "/bantuan" if name == "sinkron" else "halo")
            greetings.append(standin.queue(user.user_id, "greeting", update))
            await asyncio.sleep(0.05)
        await settle(standin, greetings)
        sinkron = name == "sinkron"
        warm, _ = await drive(
            standin, users, arrivals, sinkron=sinkron, rate=args.rate, seconds=args.warmup
        )
        await settle(standin, warm)
        cpu_before, started = cpu_seconds(process.pid), time.perf_counter()
        calls_before = Counter(standin.methods)
        driven, skipped = await drive(
            standin, users, arrivals, sinkron=sinkron, rate=args.rate, seconds=args.duration
        )
        await settle(standin, driven)
        cpu = cpu_seconds(process.pid) - cpu_before
        wall = time.perf_counter() - started
        calls = standin.methods - calls_before
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()
        os.close(log)
    latencies: dict[str, list[float]] = defaultdict(list)
    for pending in driven:
        if pending.first is not None:
            latencies[pending.kind].append(pending.first - pending.queued)
    unanswered = sum(1 for pending in driven if pending.first is None)
    return Outcome(dict(latencies), unanswered, skipped, len(driven), wall, cpu, calls)


async def seed_database(path: Path, users: int) -> None:
    """Register and approve `users` officers, spread over the regencies, through storage/."""
    db = await Database.open(path)
    try:
        await migrate(db)
        async with db.transaction() as tx:
            await regencies.sync(
                tx,
                (RegencyRow(r.code, r.name, r.short_name, r.capital, r.aliases) for r in REGENCIES),
            )
            for index in range(users):
                user_id = FIRST_USER + index
                await officers.seen(tx, user_id, user_id, "id")
                registration = officers.Registration(
                    full_name=f"Petugas Uji {index + 1}",
                    regency_code=REGENCIES[index % len(REGENCIES)].code,
                    position="Kasi Permukiman",
                    phone="081234567890",
                )
                await officers.submit_registration(tx, user_id, registration)
                await officers.decide(tx, user_id, approve=True, admin_id=ADMIN)
    finally:
        await db.close()


def new_standin(users: int) -> TimedStandIn:
    """A stand-in knowing the admin and every driven user."""
    standin = TimedStandIn()
    standin.add_user(ADMIN, "Admin Provinsi")
    for index in range(users):
        standin.add_user(FIRST_USER + index, f"Petugas {index + 1}")
    return standin


async def bench(args: Any) -> dict[str, Outcome]:
    """Run the phases asked for; returns their outcomes by bot name."""
    folder = Path(args.folder)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
    env.pop("SINKRON_CONFIG", None)
    outcomes: dict[str, Outcome] = {}
    for name in ("echo", "sinkron"):
        if args.only not in (None, name):
            continue
        standin = new_standin(args.users)
        async with await serve(standin) as server:
            if name == "echo":
                command = [sys.executable, str(ROOT / "bench" / "echo_bot.py"), server.base_url]
            else:
                database = folder / "sinkron.db"
                await seed_database(database, args.users)
                config = folder / "config.toml"
                config.write_text(
                    f'[telegram]\nbase_url = "{server.base_url}"\n'
                    f"[access]\nadmin_ids = [{ADMIN}]\n"
                    f'[storage]\ndatabase = "{database}"\n'
                    + (
                        f"[delivery]\nmax_per_second = {args.max_per_second}\n"
                        if args.max_per_second is not None
                        else ""
                    ),
                    encoding="utf-8",
                )
                profile: list[str] = []
                if args.profile is not None:
                    args.profile.mkdir(parents=True, exist_ok=True)
                    profile = ["-m", "cProfile", "-o", str(args.profile / "sinkron.prof")]
                command = [sys.executable, *profile, "-m", "bot", "run", "--config", str(config)]
            outcomes[name] = await run_phase(name, command, env, standin, args)
        print(f"{name}: done", file=sys.stderr)
    return outcomes


# --- report ----------------------------------------------------------------------------------


def percentiles(values: list[float]) -> tuple[float, float, float, float]:
    """p50, p95, p99 and max, in milliseconds."""
    ordered = sorted(values)
    if len(ordered) < 2:
        only = ordered[0] * 1000 if ordered else float("nan")
        return only, only, only, only
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return ordered[len(ordered) // 2] * 1000, cuts[94] * 1000, cuts[98] * 1000, ordered[-1] * 1000


def report(outcomes: dict[str, Outcome], args: Any) -> None:
    """Print the figures of each bot and Sinkron's ratios to the echo bot."""
    print(f"traffic: {args.rate:g} updates/s (Poisson) from {args.users} users, "
          f"{args.duration:g} s measured after {args.warmup:g} s warm-up")  # fmt: skip
    summary: dict[str, tuple[float, float, float, float, float]] = {}
    for name, outcome in outcomes.items():
        every = [value for values in outcome.latencies.values() for value in values]
        p50, p95, p99, top = percentiles(every)
        per_update = outcome.cpu / max(outcome.driven, 1) * 1000
        summary[name] = (p50, p95, p99, top, per_update)
        print(
            f"{name:8} {outcome.driven} updates ({outcome.driven / outcome.wall:.1f}/s, "
            f"{outcome.skipped} ticks skipped, {outcome.unanswered} unanswered): "
            f"p50 {p50:.1f} ms  p95 {p95:.1f}  p99 {p99:.1f}  max {top:.1f}   "
            f"CPU {per_update:.2f} ms/update ({outcome.cpu / outcome.wall:.0%} of a core)"
        )
        total = sum(outcome.calls.values())
        rates = ", ".join(
            f"{method} {count / outcome.wall:.1f}/s"
            for method, count in outcome.calls.most_common()
        )
        print(f"    calls per update {total / max(outcome.driven, 1):.2f}: {rates}")
        if name == "sinkron":
            for kind, values in sorted(outcome.latencies.items()):
                k50, k95, k99, kmax = percentiles(values)
                print(f"    {kind:10} n={len(values):4}  p50 {k50:6.1f}  p95 {k95:6.1f}  "
                      f"p99 {k99:6.1f}  max {kmax:6.1f} ms")  # fmt: skip
    if "echo" in summary and "sinkron" in summary:
        ours, base = summary["sinkron"], summary["echo"]
        print(
            f"sinkron/echo: p50 {ours[0] / base[0]:.1f}x  p99 {ours[2] / base[2]:.1f}x  "
            f"CPU per update {ours[4] / base[4]:.2f}x   "
            f"targets: p99 < 100 ms ({'met' if ours[2] < 100 else 'NOT met'}), "
            f"CPU <= 2x echo ({'met' if ours[4] <= 2 * base[4] else 'NOT met'})"
        )


def main() -> None:
    """Parse the options, run the phases in a temporary folder and print the report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=20.0, help="updates per second")
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--duration", type=float, default=45.0, help="measured seconds")
    parser.add_argument("--warmup", type=float, default=5.0, help="unrecorded seconds first")
    parser.add_argument("--only", choices=("sinkron", "echo"), help="run one bot only")
    parser.add_argument("--profile", type=Path, help="run Sinkron under cProfile into DIR")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--max-per-second",
        type=float,
        help="Sinkron's [delivery] max_per_second (default: its own)",
    )
    parser.add_argument("--keep", type=Path, help="keep the bots' logs and database in DIR")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        for stale in args.keep.glob("sinkron.db*"):  # start from a fresh database
            stale.unlink()
        args.folder = str(args.keep)
        report(asyncio.run(bench(args)), args)
        return
    with tempfile.TemporaryDirectory(prefix="sinkron-latency-") as folder:
        args.folder = folder
        report(asyncio.run(bench(args)), args)


if __name__ == "__main__":
    main()
