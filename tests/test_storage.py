"""Storage on a real temporary SQLite file: migrations, transactions, repositories."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot.domain.regions import REGENCIES
from storage import audit, drafts, migrations, officers, regencies
from storage.db import Database
from storage.migrations import MIGRATIONS, migrate
from storage.officers import Registration, Status
from storage.regencies import RegencyRow

ROWS = [RegencyRow(r.code, r.name, r.short_name, r.capital, r.aliases) for r in REGENCIES]
TABLES = {
    "regencies",
    "officers",
    "drafts",
    "audit_events",
    "proposals",
    "proposal_events",
    "questions",
    "question_notices",
    "attachments",
    "meetings",
    "meeting_documents",
    "meeting_rsvps",
    "schedule_fired",
    "deadlines",
    "outbox",
    "broadcasts",
    "faq_entries",
}
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
ADMIN = 900


class SimulatedError(Exception):
    """Raised inside a transaction to make it fail."""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sinkron.db"


@pytest.fixture
async def raw(path: Path) -> AsyncIterator[Database]:
    """An opened database that has not been migrated."""
    database = await Database.open(path)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
async def db(raw: Database) -> AsyncIterator[Database]:
    """A migrated database with the regencies synced."""
    await migrate(raw)
    async with raw.transaction() as tx:
        await regencies.sync(tx, ROWS)
    return raw


async def scalar(db: Database, sql: str) -> object:
    async with db.transaction(write=False) as tx:
        return await tx.scalar(sql)


async def tables(db: Database) -> set[str]:
    async with db.transaction(write=False) as tx:
        rows = await tx.all("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def registration(regency_code: str = "62.02", name: str = "Budi Santoso") -> Registration:
    return Registration(name, regency_code, "Kasi Permukiman", "+6281234567890")


async def pending(db: Database, user_id: int, regency_code: str = "62.02", name: str = "Budi"):
    async with db.transaction() as tx:
        await officers.seen(tx, user_id, user_id, "id")
        return await officers.submit_registration(tx, user_id, registration(regency_code, name))


# --- migrations ------------------------------------------------------------------------------


async def test_migrate_empty_file_reaches_the_latest_version(raw: Database):
    assert await scalar(raw, "PRAGMA user_version") == 0

    version = await migrate(raw)

    assert version == len(MIGRATIONS) == 10
    assert await scalar(raw, "PRAGMA user_version") == len(MIGRATIONS)
    assert await tables(raw) == TABLES


async def test_migrate_again_is_a_no_op_keeping_data(path: Path, db: Database):
    async with db.transaction() as tx:
        await drafts.save(tx, 1, "reg", '{"kept":true}')

    assert await migrate(db) == len(MIGRATIONS)

    assert await scalar(db, "PRAGMA user_version") == len(MIGRATIONS)
    assert await tables(db) == TABLES
    async with db.transaction() as tx:
        stored = await drafts.get(tx, 1)
    assert stored is not None
    assert stored.state == '{"kept":true}'


async def test_migrate_after_reopening_keeps_data(path: Path):
    first = await Database.open(path)
    try:
        await migrate(first)
        async with first.transaction() as tx:
            await regencies.sync(tx, ROWS)
    finally:
        await first.close()

    second = await Database.open(path)
    try:
        assert await migrate(second) == len(MIGRATIONS)
        assert await scalar(second, "SELECT COUNT(*) FROM regencies") == len(ROWS)
    finally:
        await second.close()


async def test_migrate_refuses_a_database_newer_than_the_code(raw: Database):
    newer = len(MIGRATIONS) + 3
    async with raw.transaction() as tx:
        await tx.execute(f"PRAGMA user_version = {newer}")

    with pytest.raises(RuntimeError) as caught:
        await migrate(raw)

    message = str(caught.value)
    assert f"schema version {newer}" in message
    assert f"({len(MIGRATIONS)})" in message
    assert await scalar(raw, "PRAGMA user_version") == newer
    assert await tables(raw) == set()


async def test_failing_migration_changes_nothing(raw: Database, monkeypatch):
    await migrate(raw)
    broken = ("CREATE TABLE extra (x INTEGER)", "CREATE TABEL oops (y INTEGER)")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, broken))

    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        await migrate(raw)

    assert await scalar(raw, "PRAGMA user_version") == len(MIGRATIONS)
    assert await tables(raw) == TABLES  # no half-created "extra"


async def test_failing_first_migration_leaves_an_empty_file(raw: Database, monkeypatch):
    broken = ("CREATE TABLE extra (x INTEGER)", "CREATE TABEL oops (y INTEGER)")
    monkeypatch.setattr(migrations, "MIGRATIONS", (broken,))

    with pytest.raises(sqlite3.OperationalError):
        await migrate(raw)

    assert await scalar(raw, "PRAGMA user_version") == 0
    assert await tables(raw) == set()


# --- connection and transactions -------------------------------------------------------------


async def test_open_sets_the_pragmas(path: Path, raw: Database):
    assert path.parent.is_dir()  # the missing folder was created
    assert await scalar(raw, "PRAGMA journal_mode") == "wal"
    assert await scalar(raw, "PRAGMA synchronous") == 2  # FULL
    assert await scalar(raw, "PRAGMA foreign_keys") == 1
    assert await scalar(raw, "PRAGMA busy_timeout") == 5000


async def test_transaction_commits_on_success(path: Path, db: Database):
    async with db.transaction() as tx:
        await drafts.save(tx, 7, "reg", "{}")

    # Visible to another connection: really committed, not only pending on ours.
    async with (
        aiosqlite.connect(path) as other,
        other.execute("SELECT user_id, form FROM drafts") as cursor,
    ):
        assert await cursor.fetchall() == [(7, "reg")]


async def test_transaction_rolls_back_on_exception(db: Database):
    async def save_then_fail() -> None:
        async with db.transaction() as tx:
            await drafts.save(tx, 7, "reg", "{}")
            assert await drafts.get(tx, 7) is not None
            raise SimulatedError

    with pytest.raises(SimulatedError):
        await save_then_fail()

    async with db.transaction() as tx:
        assert await drafts.get(tx, 7) is None
        await drafts.save(tx, 8, "reg", "{}")  # the connection is usable again
    assert await scalar(db, "SELECT COUNT(*) FROM drafts") == 1


async def test_concurrent_read_modify_write_loses_no_update(db: Database):
    async with db.transaction() as tx:
        await tx.execute("CREATE TABLE counter (n INTEGER NOT NULL)")
        await tx.execute("INSERT INTO counter (n) VALUES (0)")

    async def increment() -> None:
        async with db.transaction() as tx:
            n = await tx.scalar("SELECT n FROM counter")
            await tx.execute("UPDATE counter SET n = ?", (n + 1,))

    await asyncio.gather(*(increment() for _ in range(50)))

    assert await scalar(db, "SELECT n FROM counter") == 50


async def test_insert_returns_the_new_row_id_and_execute_the_row_count(db: Database):
    async with db.transaction() as tx:
        first = await tx.insert("INSERT INTO audit_events (at, action) VALUES ('t', 'a')")
        second = await tx.insert("INSERT INTO audit_events (at, action) VALUES ('t', 'a')")
        changed = await tx.execute("UPDATE audit_events SET detail = 'd' WHERE action = 'a'")

    assert second == first + 1
    assert changed == 2


# --- constraints -----------------------------------------------------------------------------


async def test_officer_with_an_unknown_regency_is_refused(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")

    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        async with db.transaction() as tx:
            await officers.submit_registration(tx, 1, registration("99.99"))

    async with db.transaction() as tx:
        officer = await officers.get(tx, 1)
    assert officer is not None
    assert officer.status is Status.GUEST
    assert officer.regency_code is None


async def test_unknown_status_is_refused(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")

    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        async with db.transaction() as tx:
            await tx.execute("UPDATE officers SET status = 'banned' WHERE user_id = 1")


# --- officers --------------------------------------------------------------------------------


async def test_seen_creates_a_guest(db: Database):
    async with db.transaction() as tx:
        officer = await officers.seen(tx, 1, 101, "en")

    assert officer.user_id == 1
    assert officer.chat_id == 101
    assert officer.status is Status.GUEST
    assert officer.language == "en"
    assert (officer.full_name, officer.regency_code, officer.position, officer.phone) == (
        None,
        None,
        None,
        None,
    )
    assert (officer.decided_by, officer.decided_at) == (None, None)
    assert STAMP.fullmatch(officer.created_at)
    assert officer.updated_at == officer.created_at


async def test_seen_again_keeps_the_officer(db: Database):
    async with db.transaction() as tx:
        first = await officers.seen(tx, 1, 101, "id")
        await officers.set_language(tx, 1, "en")
    async with db.transaction() as tx:
        again = await officers.seen(tx, 1, 101, "id")

    assert again.status is Status.GUEST
    assert again.created_at == first.created_at
    assert again.language == "en"  # the chosen language is not overwritten
    assert await scalar(db, "SELECT COUNT(*) FROM officers") == 1


async def test_seen_keeps_a_pending_registration(db: Database):
    await pending(db, 1)

    async with db.transaction() as tx:
        officer = await officers.seen(tx, 1, 1, "id")

    assert officer.status is Status.PENDING
    assert officer.full_name == "Budi"


async def test_get_unknown_officer_is_none(db: Database):
    async with db.transaction() as tx:
        assert await officers.get(tx, 42) is None


async def test_submit_registration_puts_the_officer_in_pending(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")
        officer = await officers.submit_registration(tx, 1, registration("62.02", "Budi Santoso"))

    assert officer.status is Status.PENDING
    assert officer.full_name == "Budi Santoso"
    assert officer.regency_code == "62.02"
    assert officer.position == "Kasi Permukiman"
    assert officer.phone == "+6281234567890"
    assert officer.decided_by is None


async def test_approve_makes_the_officer_active_once(db: Database):
    await pending(db, 1)

    async with db.transaction() as tx:
        approved = await officers.decide(tx, 1, approve=True, admin_id=ADMIN)
    async with db.transaction() as tx:
        again = await officers.decide(tx, 1, approve=False, admin_id=ADMIN + 1)
        now = await officers.get(tx, 1)

    assert approved is not None
    assert approved.status is Status.ACTIVE
    assert approved.decided_by == ADMIN
    assert approved.decided_at is not None
    assert STAMP.fullmatch(approved.decided_at)
    assert again is None
    assert now == approved  # the second decision changed nothing


async def test_reject_makes_the_officer_rejected(db: Database):
    await pending(db, 1)

    async with db.transaction() as tx:
        rejected = await officers.decide(tx, 1, approve=False, admin_id=ADMIN)

    assert rejected is not None
    assert rejected.status is Status.REJECTED
    assert rejected.decided_by == ADMIN


async def test_decide_on_a_guest_or_unknown_user_is_none(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")
        assert await officers.decide(tx, 1, approve=True, admin_id=ADMIN) is None
        assert await officers.decide(tx, 2, approve=True, admin_id=ADMIN) is None
        officer = await officers.get(tx, 1)

    assert officer is not None
    assert officer.status is Status.GUEST


async def test_resubmitting_after_rejection_clears_the_decision(db: Database):
    await pending(db, 1)
    async with db.transaction() as tx:
        await officers.decide(tx, 1, approve=False, admin_id=ADMIN)

    officer = await pending(db, 1, name="Budi Santoso")

    assert officer.status is Status.PENDING
    assert (officer.decided_by, officer.decided_at) == (None, None)


async def test_list_by_status_oldest_first(db: Database):
    for user_id in (3, 1, 2):
        await pending(db, user_id)
    async with db.transaction() as tx:
        await officers.seen(tx, 4, 4, "id")  # a guest: not listed
        # Stamps are to the second: make the order of registration explicit.
        for user_id, stamp in ((3, "2025-01-01T00:00:03Z"), (1, "2025-01-01T00:00:05Z")):
            await tx.execute(
                "UPDATE officers SET updated_at = ? WHERE user_id = ?", (stamp, user_id)
            )
        await tx.execute(
            "UPDATE officers SET updated_at = '2025-01-01T00:00:04Z' WHERE user_id = 2"
        )
        listed = await officers.list_by_status(tx, Status.PENDING)
        guests = await officers.list_by_status(tx, Status.GUEST)

    assert [o.user_id for o in listed] == [3, 2, 1]
    assert [o.user_id for o in guests] == [4]


async def test_list_by_status_of_a_regency_by_name(db: Database):
    await pending(db, 1, "62.02", "citra")
    await pending(db, 2, "62.02", "Agus")
    await pending(db, 3, "62.71", "Ani")
    await pending(db, 4, "62.02", "Budi")

    async with db.transaction() as tx:
        listed = await officers.list_by_status(tx, Status.PENDING, "62.02")
        none = await officers.list_by_status(tx, Status.ACTIVE, "62.02")

    assert [o.full_name for o in listed] == ["Agus", "Budi", "citra"]
    assert none == []


async def test_count_active_by_regency(db: Database):
    for user_id, code in ((1, "62.02"), (2, "62.02"), (3, "62.71"), (4, "62.01"), (5, "62.02")):
        await pending(db, user_id, code)
    async with db.transaction() as tx:
        for user_id in (1, 2, 3):
            await officers.decide(tx, user_id, approve=True, admin_id=ADMIN)
        await officers.decide(tx, 4, approve=False, admin_id=ADMIN)
        counts = await officers.count_active_by_regency(tx)

    assert counts == {"62.02": 2, "62.71": 1}


async def test_set_language(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")
        await officers.set_language(tx, 1, "en")
        officer = await officers.get(tx, 1)

    assert officer is not None
    assert officer.language == "en"


async def test_set_language_refuses_an_unknown_language(db: Database):
    async with db.transaction() as tx:
        await officers.seen(tx, 1, 1, "id")

    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        async with db.transaction() as tx:
            await officers.set_language(tx, 1, "fr")


# --- drafts ----------------------------------------------------------------------------------


async def test_draft_save_get_replace_delete(db: Database):
    async with db.transaction() as tx:
        assert await drafts.get(tx, 1) is None
        await drafts.save(tx, 1, "reg", '{"answers":{"full_name":"Nur’aini"}}')
        await drafts.save(tx, 2, "other", "{}")
        saved = await drafts.get(tx, 1)

    assert saved is not None
    assert (saved.user_id, saved.form, saved.state) == (
        1,
        "reg",
        '{"answers":{"full_name":"Nur’aini"}}',
    )
    assert STAMP.fullmatch(saved.updated_at)

    async with db.transaction() as tx:
        await drafts.save(tx, 1, "proposal", '{"rev":3}')
        replaced = await drafts.get(tx, 1)
    assert replaced is not None
    assert (replaced.form, replaced.state) == ("proposal", '{"rev":3}')
    assert await scalar(db, "SELECT COUNT(*) FROM drafts") == 2

    async with db.transaction() as tx:
        await drafts.delete(tx, 1)
        await drafts.delete(tx, 1)  # deleting twice is harmless
        assert await drafts.get(tx, 1) is None
        other = await drafts.get(tx, 2)
    assert other is not None
    assert other.form == "other"


# --- audit -----------------------------------------------------------------------------------


async def test_audit_events_by_subject_and_action_oldest_first(db: Database):
    async with db.transaction() as tx:
        await audit.record(tx, 1, "reg.submit", "officer:1")
        await audit.record(tx, ADMIN, "reg.approve", "officer:1", "ok")
        await audit.record(tx, 2, "reg.submit", "officer:2")
        await audit.record(tx, None, "system.start")
        await audit.record(tx, ADMIN, "reg.reject", "officer:2", "bukan petugas")

    async with db.transaction(write=False) as tx:
        about_1 = await audit.for_subject(tx, "officer:1")
        about_2 = await audit.for_subject(tx, "officer:2")
        submits = await audit.by_action(tx, "reg.submit")
        starts = await audit.by_action(tx, "system.start")
        unknown = await audit.for_subject(tx, "officer:3")

    assert [(e.actor_id, e.action, e.detail) for e in about_1] == [
        (1, "reg.submit", None),
        (ADMIN, "reg.approve", "ok"),
    ]
    assert [(e.action, e.detail) for e in about_2] == [
        ("reg.submit", None),
        ("reg.reject", "bukan petugas"),
    ]
    assert [e.subject for e in submits] == ["officer:1", "officer:2"]
    assert submits[0].id < submits[1].id
    assert [(e.actor_id, e.subject) for e in starts] == [(None, None)]
    assert STAMP.fullmatch(starts[0].at)
    assert unknown == []


async def test_audit_event_is_rolled_back_with_its_action(db: Database):
    async def approve_then_fail() -> None:
        async with db.transaction() as tx:
            await audit.record(tx, ADMIN, "reg.approve", "officer:1")
            raise SimulatedError

    with pytest.raises(SimulatedError):
        await approve_then_fail()

    async with db.transaction(write=False) as tx:
        assert await audit.by_action(tx, "reg.approve") == []


# --- regencies -------------------------------------------------------------------------------


async def test_regency_sync_is_idempotent(db: Database):
    async with db.transaction() as tx:
        await regencies.sync(tx, ROWS)
        await regencies.sync(tx, ROWS)
        stored = await regencies.all_rows(tx)

    assert stored == ROWS
    assert len(stored) == 14


async def test_regency_sync_updates_a_changed_row(db: Database):
    renamed = RegencyRow("62.71", "Kota Palangkaraya", "Palangkaraya", "Palangkaraya", ("PKY",))

    async with db.transaction() as tx:
        await regencies.sync(tx, [renamed])
        stored = await regencies.all_rows(tx)

    assert len(stored) == len(ROWS)
    assert stored[-1] == renamed
    assert stored[:-1] == ROWS[:-1]


async def test_regency_sync_keeps_officers_referencing_it(db: Database):
    await pending(db, 1, "62.02")

    async with db.transaction() as tx:
        await regencies.sync(tx, ROWS)
        officer = await officers.get(tx, 1)

    assert officer is not None
    assert officer.regency_code == "62.02"


@pytest.mark.parametrize(
    "aliases", [(), ("Kotim",), ("Palangkaraya", "PKY"), ("Nur’aini", "李")], ids=repr
)
async def test_regency_aliases_round_trip(raw: Database, aliases):
    await migrate(raw)
    row = RegencyRow("62.99", "Kabupaten Contoh", "Contoh", "Ibu Kota", aliases)

    async with raw.transaction() as tx:
        await regencies.sync(tx, [row])
        stored = await regencies.all_rows(tx)

    assert stored == [row]
    assert isinstance(stored[0].aliases, tuple)


async def test_cancelled_unit_of_work_stays_cancelled(db: Database):
    """Cancelling a task mid-transaction must cancel it, whatever SQLite says on rollback."""
    started = asyncio.Event()

    async def unit() -> None:
        async with db.transaction() as tx:
            await tx.execute(
                "INSERT INTO drafts (user_id, form, state, updated_at) VALUES (1, 'f', '{}', 'x')"
            )
            started.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(unit())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.transaction(write=False) as tx:
        assert await tx.scalar("SELECT COUNT(*) FROM drafts") == 0  # rolled back


async def test_retention_removes_old_settled_messages_and_idle_strangers_only(db: Database):
    from datetime import UTC, datetime

    from storage import retention

    old, recent = "2025-01-01T00:00:00Z", "2026-11-30T00:00:00Z"
    now = datetime(2026, 12, 2, tzinfo=UTC)
    async with db.transaction() as tx:
        for number, (state, created) in enumerate(
            [("sent", old), ("failed", old), ("pending", old), ("sent", recent)]
        ):
            await tx.execute(
                "INSERT INTO outbox (key, chat_id, kind, text, state, not_before, created_at) "
                "VALUES (?, 1, 'text', 'x', ?, ?, ?)",
                (f"k{number}", state, created, created),
            )
        for user, status, touched in (
            (1, "guest", old),  # idle stranger: goes
            (2, "guest", old),  # asked a question: stays (the knowledge base learns from it)
            (3, "guest", recent),
            (4, "active", old),
        ):
            await tx.execute(
                "INSERT INTO officers (user_id, chat_id, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (user, user, status, touched, touched),
            )
        await tx.execute(
            "INSERT INTO questions (asker_id, text, asked_at, status) VALUES (2, 'q', ?, 'bot')",
            (old,),
        )
        removed = await retention.purge(tx, now, outbox_days=180, guest_days=90)
        keys = [row[0] for row in await tx.all("SELECT key FROM outbox ORDER BY key")]
        users = [row[0] for row in await tx.all("SELECT user_id FROM officers ORDER BY user_id")]
        kept = await retention.purge(tx, now, outbox_days=0, guest_days=0)
    assert removed == (2, 1)
    assert keys == ["k2", "k3"]  # pending and recent rows stay
    assert users == [2, 3, 4]
    assert kept == (0, 0)  # 0 keeps everything


# --- learned FAQ entries and answered questions -----------------------------------------------


async def test_faq_entry_create_update_retire(db: Database):
    from storage import faq

    async with db.transaction() as tx:
        first = await faq.create(
            tx, "berapa harga semen?", ["semen brp"], "Cek pasar.", ADMIN,
            answered_at="2026-03-01T02:00:00Z",
        )  # fmt: skip
        second = await faq.create(tx, "siapa pokja pkp?", [], "Tim daerah.", ADMIN)
    assert first.paraphrases == ("semen brp",)
    assert first.answered_at == "2026-03-01T02:00:00Z"
    assert STAMP.fullmatch(second.answered_at)
    assert first.active
    async with db.transaction() as tx:
        # a new paraphrase keeps the answer's date; a new answer moves it
        reworded = await faq.update(tx, first.id, "harga semen?", ["a", "b"], "Cek pasar.", 7)
        answered = await faq.update(tx, first.id, "harga semen?", [], "Rp 65.000.", 7)
    assert reworded is not None
    assert reworded.answered_at == "2026-03-01T02:00:00Z"
    assert reworded.paraphrases == ("a", "b")
    assert reworded.updated_by == 7
    assert answered is not None
    assert answered.answered_at != "2026-03-01T02:00:00Z"
    assert answered.created_by == ADMIN
    async with db.transaction() as tx:
        retired = await faq.retire(tx, first.id, ADMIN)
        again = await faq.retire(tx, first.id, ADMIN)
        edited_after = await faq.update(tx, first.id, "x", [], "y", ADMIN)
        active = await faq.active(tx)
        listed, total = await faq.page(tx, 10, 0)
    assert retired is not None
    assert not retired.active
    assert retired.retired_by == ADMIN
    assert again is None
    assert edited_after is None
    assert [e.id for e in active] == [second.id]
    assert ([e.id for e in listed], total) == ([second.id], 1)


async def test_faq_paraphrases_keep_their_characters(path: Path, db: Database):
    from storage import faq

    async with db.transaction() as tx:
        entry = await faq.create(tx, "apa itu “SK kumuh”?", ["kumuh² & ‘SK’"], "<b>x</b>", ADMIN)
    await db.close()
    reopened = await Database.open(path)
    try:
        async with reopened.transaction(write=False) as tx:
            again = await faq.get(tx, entry.id)
    finally:
        await reopened.close()
    assert again == entry


async def test_faq_entry_by_source_question(db: Database):
    from storage import faq, questions

    async with db.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        question_id = await questions.record(tx, 5, "q", None, None)
        assert await faq.by_source(tx, question_id) is None
        entry = await faq.create(tx, "pertanyaan", [], "jawab", ADMIN, source_question=question_id)
        assert await faq.by_source(tx, question_id) == entry
        await faq.retire(tx, entry.id, ADMIN)
        assert await faq.by_source(tx, question_id) is None


async def test_a_question_takes_one_admins_answer(db: Database):
    from storage import questions

    async with db.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        question_id = await questions.record(tx, 5, "q", None, None)
        assert await questions.answer(tx, question_id, "too early", ADMIN) is None  # not sent
        handed = await questions.hand_over(tx, question_id, 5)
        assert handed is not None
        assert handed.handed_over_at is not None
        assert STAMP.fullmatch(handed.handed_over_at)
        assert [q.id for q in await questions.open_asked_by(tx, 5)] == [question_id]
        first = await questions.answer(tx, question_id, "jawaban", ADMIN, "Admin Satu")
        second = await questions.answer(tx, question_id, "lain", ADMIN + 1, "Admin Dua")
        corrected = await questions.answer(tx, question_id, "ralat", ADMIN, "Admin Satu")
        assert await questions.open_asked_by(tx, 5) == []
    assert first is not None
    assert first.answered_by_name == "Admin Satu"
    assert second is None
    assert corrected is not None
    assert corrected.answer == "ralat"


async def test_handed_over_questions_are_numbered_among_themselves(db: Database):
    """The number shown (#1, #2...) counts handed-over questions only: the bot's own answers
    in between leave no gap."""
    from storage import questions

    async with db.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        ids = [await questions.record(tx, 5, f"q{i}", None, None) for i in range(5)]
        first = await questions.hand_over(tx, ids[1], 5)
        second = await questions.hand_over(tx, ids[4], 5)
        again = await questions.hand_over(tx, ids[4], 5)  # already sent: no new number
        kept = await questions.get(tx, ids[0])
    assert first is not None and second is not None
    assert (first.id, first.number) == (ids[1], 1)
    assert (second.id, second.number) == (ids[4], 2)
    assert again is None
    assert kept is not None and kept.handover_no is None


async def test_a_question_keeps_what_the_bot_had_in_mind(db: Database):
    from storage import questions

    async with db.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        alone = await questions.record(tx, 5, "apa itu RTLH", "istilah.rtlh", 0.9)
        follow_up = await questions.record(
            tx, 5, "contohnya?", None, 0.1, follows=("apa itu RTLH", "istilah.rtlh")
        )
        first = await questions.get(tx, alone)
        second = await questions.get(tx, follow_up)
    assert first is not None and (first.follows_text, first.follows_topic) == (None, None)
    assert second is not None
    assert (second.follows_text, second.follows_topic) == ("apa itu RTLH", "istilah.rtlh")


async def test_questions_handed_over_before_the_upgrade_keep_their_numbers(
    raw: Database, monkeypatch
):
    """Officers were shown #<row id> for questions already handed over: those numbers stay
    valid after the upgrade, and new handovers count on from the highest."""
    from storage import questions

    # Version 9 numbered the handovers: the database is made as the version before left it.
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:8])
    await migrate(raw)
    async with raw.transaction() as tx:
        await officers.seen(tx, 5, 5, "id")
        for number, status in enumerate(("bot", "open", "bot", "answered", "bot"), start=1):
            await tx.execute(
                "INSERT INTO questions (id, asker_id, text, asked_at, status) "
                "VALUES (?, 5, ?, '2026-01-01T00:00:00Z', ?)",
                (number * 10, f"q{number}", status),
            )
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    assert await migrate(raw) == len(MIGRATIONS)
    async with raw.transaction() as tx:
        shown = {q: (await questions.get(tx, q)) for q in (10, 20, 30, 40)}
        handed = await questions.hand_over(tx, 30, 5)
    assert {q: (found.handover_no if found else -1) for q, found in shown.items()} == {
        10: None,
        20: 20,
        30: None,
        40: 40,
    }
    assert handed is not None and handed.number == 41
