"""Ordered schema migrations, applied at start-up against PRAGMA user_version."""

from __future__ import annotations

import logging

from storage.db import Database, StorageError

log = logging.getLogger(__name__)

# Never edit a shipped migration: append a new one. Each is a tuple of single statements so it
# can run inside one transaction (sqlite3's executescript would commit half-way).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE regencies (
            code        TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            short_name  TEXT NOT NULL,
            capital     TEXT NOT NULL,
            aliases     TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE officers (
            user_id      INTEGER PRIMARY KEY,
            chat_id      INTEGER NOT NULL,
            full_name    TEXT,
            regency_code TEXT REFERENCES regencies(code),
            position     TEXT,
            phone        TEXT,
            status       TEXT NOT NULL DEFAULT 'guest'
                         CHECK (status IN ('guest', 'pending', 'active', 'rejected', 'inactive')),
            language     TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
            decided_by   INTEGER,
            decided_at   TEXT,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX officers_by_status ON officers(status, regency_code)",
        """
        CREATE TABLE drafts (
            user_id     INTEGER PRIMARY KEY,
            form        TEXT NOT NULL,
            state       TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE audit_events (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            actor_id    INTEGER,
            action      TEXT NOT NULL,
            subject     TEXT,
            detail      TEXT
        ) STRICT
        """,
        "CREATE INDEX audit_by_subject ON audit_events(subject, at)",
    ),
    (
        # Lifecycle facts are columns; the form's answers are one JSON document keyed by field
        # name, so the form declaration stays the single source of truth for its contents.
        """
        CREATE TABLE proposals (
            id            INTEGER PRIMARY KEY,
            code          TEXT NOT NULL UNIQUE,
            year          INTEGER NOT NULL,
            seq           INTEGER NOT NULL,
            officer_id    INTEGER NOT NULL REFERENCES officers(user_id),
            regency_code  TEXT NOT NULL REFERENCES regencies(code),
            title         TEXT NOT NULL,
            type          TEXT NOT NULL,
            level         TEXT CHECK (level IN ('kabkota', 'provinsi', 'pusat')),
            rule          TEXT,
            outside_authority INTEGER NOT NULL DEFAULT 0 CHECK (outside_authority IN (0, 1)),
            status        TEXT NOT NULL,
            answers       TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            UNIQUE (year, seq)
        ) STRICT
        """,
        "CREATE INDEX proposals_by_regency ON proposals(regency_code, status)",
        "CREATE INDEX proposals_by_officer ON proposals(officer_id, created_at)",
        """
        CREATE TABLE proposal_events (
            id           INTEGER PRIMARY KEY,
            proposal_id  INTEGER NOT NULL REFERENCES proposals(id),
            at           TEXT NOT NULL,
            actor_id     INTEGER,
            from_status  TEXT,
            to_status    TEXT NOT NULL,
            note         TEXT
        ) STRICT
        """,
        "CREATE INDEX proposal_events_by_proposal ON proposal_events(proposal_id, id)",
    ),
    (
        # Every question asked is kept: what the bot answered (topic, confidence) and, for those
        # handed over, the province's answer; that is how the knowledge base grows.
        """
        CREATE TABLE questions (
            id           INTEGER PRIMARY KEY,
            asker_id     INTEGER NOT NULL REFERENCES officers(user_id),
            text         TEXT NOT NULL,
            asked_at     TEXT NOT NULL,
            topic        TEXT,
            confidence   REAL,
            status       TEXT NOT NULL CHECK (status IN ('bot', 'open', 'answered')),
            answer       TEXT,
            answered_by  INTEGER,
            answered_at  TEXT
        ) STRICT
        """,
        "CREATE INDEX questions_by_status ON questions(status, asked_at)",
        """
        CREATE TABLE question_notices (
            chat_id      INTEGER NOT NULL,
            message_id   INTEGER NOT NULL,
            question_id  INTEGER NOT NULL REFERENCES questions(id),
            PRIMARY KEY (chat_id, message_id)
        ) STRICT
        """,
    ),
    (
        # Every proactive message is a row here, written in the same transaction as its cause;
        # the unique key makes queueing the same message twice impossible.
        """
        CREATE TABLE outbox (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,
            chat_id     INTEGER NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('text', 'photo', 'document')),
            text        TEXT,
            file_id     TEXT,
            markup      TEXT,
            ref         TEXT,
            bulk        INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1)),
            state       TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            attempts    INTEGER NOT NULL DEFAULT 0,
            not_before  TEXT NOT NULL,
            error       TEXT,
            failure     TEXT CHECK (failure IN ('blocked', 'not_found', 'invalid', 'gave_up')),
            message_id  INTEGER,
            created_at  TEXT NOT NULL,
            sent_at     TEXT
        ) STRICT
        """,
        "CREATE INDEX outbox_due ON outbox(state, bulk, not_before, id)",
        "CREATE INDEX outbox_by_ref ON outbox(ref)",
        "CREATE INDEX outbox_by_message ON outbox(chat_id, message_id)",
        # Blocking the bot makes an officer inactive; writing again restores this status.
        "ALTER TABLE officers ADD COLUMN status_before_block TEXT",
        # Signature of the command menu last set for the user's chat: a deploy that changes
        # the commands refreshes each user's menu on their next message.
        "ALTER TABLE officers ADD COLUMN menu TEXT",
        """
        CREATE TABLE broadcasts (
            id                INTEGER PRIMARY KEY,
            admin_id          INTEGER NOT NULL,
            kind              TEXT NOT NULL CHECK (kind IN ('text', 'photo', 'document')),
            text              TEXT NOT NULL,
            file_id           TEXT,
            audience          TEXT NOT NULL,
            recipients        INTEGER NOT NULL,
            progress_chat     INTEGER,
            progress_message  INTEGER,
            created_at        TEXT NOT NULL,
            reported_at       TEXT
        ) STRICT
        """,
    ),
    (
        # Files the bot makes itself (a meeting's .ics): uploaded once, then re-sent by the
        # file id Telegram gave back, so a thousand invitations upload the bytes once.
        """
        CREATE TABLE attachments (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            mime        TEXT NOT NULL,
            data        BLOB NOT NULL,
            file_id     TEXT,
            created_at  TEXT NOT NULL
        ) STRICT
        """,
        "ALTER TABLE outbox ADD COLUMN attachment_id INTEGER REFERENCES attachments(id)",
        # Meetings are the schedule's source of truth: the JobQueue only holds alarms that are
        # re-created from these rows at every start. Times are UTC.
        """
        CREATE TABLE meetings (
            id            INTEGER PRIMARY KEY,
            title         TEXT NOT NULL,
            starts_at     TEXT NOT NULL,
            place         TEXT NOT NULL,
            latitude      REAL,
            longitude     REAL,
            agenda        TEXT NOT NULL,
            regencies     TEXT NOT NULL,
            offsets       TEXT NOT NULL,
            status        TEXT NOT NULL DEFAULT 'scheduled'
                          CHECK (status IN ('scheduled', 'cancelled')),
            sequence      INTEGER NOT NULL DEFAULT 0,
            scheduled_at  TEXT NOT NULL,
            created_by    INTEGER NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX meetings_by_start ON meetings(status, starts_at)",
        """
        CREATE TABLE meeting_documents (
            id          INTEGER PRIMARY KEY,
            meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
            kind        TEXT NOT NULL CHECK (kind IN ('undangan', 'materi', 'notulen')),
            file_id     TEXT NOT NULL,
            name        TEXT,
            mime        TEXT,
            size        INTEGER,
            added_by    INTEGER NOT NULL,
            added_at    TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX meeting_documents_by_meeting ON meeting_documents(meeting_id, id)",
        """
        CREATE TABLE meeting_rsvps (
            meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
            user_id         INTEGER NOT NULL REFERENCES officers(user_id),
            answer          TEXT NOT NULL CHECK (answer IN ('hadir', 'tidak', 'wakil')),
            representative  TEXT,
            answered_at     TEXT NOT NULL,
            PRIMARY KEY (meeting_id, user_id)
        ) STRICT
        """,
        # One row per scheduled job run (or skip): a job fires at most once per due time,
        # across restarts and reschedules; outcome is how many messages it queued, -1 skipped.
        """
        CREATE TABLE schedule_fired (
            job       TEXT NOT NULL,
            due_at    TEXT NOT NULL,
            fired_at  TEXT NOT NULL,
            outcome   INTEGER NOT NULL,
            PRIMARY KEY (job, due_at)
        ) STRICT
        """,
        """
        CREATE TABLE deadlines (
            budget_year  INTEGER PRIMARY KEY,
            closes_at    TEXT NOT NULL,
            offsets      TEXT NOT NULL,
            reopened     INTEGER NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),
            set_by       INTEGER NOT NULL,
            set_at       TEXT NOT NULL
        ) STRICT
        """,
        # The budget year a proposal is for: the year after the one it was submitted in (the
        # yearly cycle plans year N+1 in year N); submission deadlines count by it.
        "ALTER TABLE proposals ADD COLUMN budget_year INTEGER",
        "UPDATE proposals SET budget_year = year + 1",
    ),
    (
        # SQLite cannot add a CHECK to an existing column without rebuilding the table, and a
        # rebuild under foreign keys needs them switched off, which cannot happen inside a
        # migration's transaction: triggers refuse unknown statuses instead.
        """
        CREATE TRIGGER proposals_known_status_insert BEFORE INSERT ON proposals
        WHEN NEW.status NOT IN ('diajukan', 'verifikasi', 'perlu_perbaikan', 'dibahas_rakor',
                                'disetujui', 'ditolak', 'dialihkan', 'dibatalkan')
        BEGIN SELECT RAISE(ABORT, 'unknown proposal status'); END
        """,
        """
        CREATE TRIGGER proposals_known_status_update BEFORE UPDATE OF status ON proposals
        WHEN NEW.status NOT IN ('diajukan', 'verifikasi', 'perlu_perbaikan', 'dibahas_rakor',
                                'disetujui', 'ditolak', 'dialihkan', 'dibatalkan')
        BEGIN SELECT RAISE(ABORT, 'unknown proposal status'); END
        """,
        """
        CREATE TRIGGER proposal_events_known_status BEFORE INSERT ON proposal_events
        WHEN NEW.to_status NOT IN ('diajukan', 'verifikasi', 'perlu_perbaikan', 'dibahas_rakor',
                                   'disetujui', 'ditolak', 'dialihkan', 'dibatalkan')
        BEGIN SELECT RAISE(ABORT, 'unknown proposal status'); END
        """,
        # Where a redirected proposal was sent (APBD kab/kota, APBN, DAK...).
        "ALTER TABLE proposal_events ADD COLUMN redirect TEXT",
        # The review queue reads by status, oldest first.
        "CREATE INDEX proposals_by_status ON proposals(status, updated_at)",
    ),
    (
        # Which registration of a user a decision button was made for: someone rejected who
        # registers again gets a new number, so an old copy of the first request cannot
        # approve the second.
        "ALTER TABLE officers ADD COLUMN request_no INTEGER NOT NULL DEFAULT 0",
    ),
    (
        # Answers the province taught the bot: learned entries live here, beside the shipped
        # knowledge base (bot/data), so an upgrade that replaces those files keeps them. Retired
        # entries stay for the record; paraphrases are a JSON list of strings.
        """
        CREATE TABLE faq_entries (
            id               INTEGER PRIMARY KEY,
            question         TEXT NOT NULL,
            paraphrases      TEXT NOT NULL DEFAULT '[]',
            answer           TEXT NOT NULL,
            created_by       INTEGER NOT NULL,
            created_at       TEXT NOT NULL,
            updated_by       INTEGER NOT NULL,
            updated_at       TEXT NOT NULL,
            answered_at      TEXT NOT NULL,
            retired_by       INTEGER,
            retired_at       TEXT,
            source_question  INTEGER REFERENCES questions(id)
        ) STRICT
        """,
        "CREATE INDEX faq_entries_active ON faq_entries(retired_at, id)",
        # When a question went to the province, and the name of whoever answered it: a question
        # sent twice is told when the first went, a second answer whose answer came first.
        "ALTER TABLE questions ADD COLUMN handed_over_at TEXT",
        "ALTER TABLE questions ADD COLUMN answered_by_name TEXT",
    ),
    (
        # Questions handed over to the province are numbered among themselves (#1, #2...):
        # numbered by row id, an officer saw gaps for every question the bot answered. Those
        # handed over already keep the number they were shown (their id); new ones follow on.
        "ALTER TABLE questions ADD COLUMN handover_no INTEGER",
        "UPDATE questions SET handover_no = id WHERE status IN ('open', 'answered')",
        "CREATE UNIQUE INDEX questions_by_handover_no ON questions(handover_no)",
        # The asker's previous question and the topic the bot answered it with, when the bot
        # still had them in mind: a bare follow-up ("contohnya?") reaches the admin with them.
        "ALTER TABLE questions ADD COLUMN follows_text TEXT",
        "ALTER TABLE questions ADD COLUMN follows_topic TEXT",
    ),
    (
        # One asker's questions, newest first: read back after a restart and, at a handover,
        # the conversation that led to it.
        "CREATE INDEX questions_by_asker ON questions(asker_id, id)",
    ),
)


async def migrate(db: Database) -> int:
    """Bring the schema to the latest version; return the version reached."""
    async with db.transaction() as tx:
        current = int(await tx.scalar("PRAGMA user_version"))
    if current > len(MIGRATIONS):
        raise StorageError(
            f"database {db.path} has schema version {current}, newer than this code "
            f"({len(MIGRATIONS)}): upgrade Sinkron before using it"
        )
    for version in range(current + 1, len(MIGRATIONS) + 1):
        async with db.transaction() as tx:
            for statement in MIGRATIONS[version - 1]:
                await tx.execute(statement)
            # PRAGMA takes no parameters; version is our own integer.
            await tx.execute(f"PRAGMA user_version = {version}")
        log.info("database migrated to schema version %d", version)
    return len(MIGRATIONS)
