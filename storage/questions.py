"""Questions officers asked: the bot's answer, handovers to the province, and their answers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage import outbox
from storage.db import Row, Tx, utcnow


class QuestionStatus(StrEnum):
    """Who answered."""

    BOT = "bot"  # answered from the knowledge base (or not yet handed over)
    OPEN = "open"  # handed over to the province, waiting
    ANSWERED = "answered"  # a provincial admin answered


@dataclass(frozen=True, slots=True)
class Question:
    """One question as stored."""

    id: int
    asker_id: int
    text: str
    asked_at: str
    topic: str | None
    confidence: float | None
    status: QuestionStatus
    answer: str | None
    answered_by: int | None
    answered_at: str | None
    handed_over_at: str | None = None  # None for questions handed over before it was kept
    answered_by_name: str | None = None  # how the answering admin was named at the time
    handover_no: int | None = None  # its number among the questions handed over
    # The asker's previous question and the topic the bot answered it with, when the bot read
    # this one with them in mind (a follow-up window after an answer).
    follows_text: str | None = None
    follows_topic: str | None = None

    @property
    def number(self) -> int:
        """The number officers and admins see ("#3"): counted over handed-over questions."""
        return self.handover_no if self.handover_no is not None else self.id


_COLUMNS = (
    "id, asker_id, text, asked_at, topic, confidence, status, answer, answered_by, answered_at, "
    "handed_over_at, answered_by_name, handover_no, follows_text, follows_topic"
)


def _question(row: Row) -> Question:
    return Question(
        id=row["id"],
        asker_id=row["asker_id"],
        text=row["text"],
        asked_at=row["asked_at"],
        topic=row["topic"],
        confidence=row["confidence"],
        status=QuestionStatus(row["status"]),
        answer=row["answer"],
        answered_by=row["answered_by"],
        answered_at=row["answered_at"],
        handed_over_at=row["handed_over_at"],
        answered_by_name=row["answered_by_name"],
        handover_no=row["handover_no"],
        follows_text=row["follows_text"],
        follows_topic=row["follows_topic"],
    )


async def record(
    tx: Tx,
    asker_id: int,
    text: str,
    topic: str | None,
    confidence: float | None,
    *,
    follows: tuple[str, str] | None = None,
) -> int:
    """Keep a question and what the bot made of it; return its id.

    `follows`: the asker's previous question and the topic that answered it, when the bot
    read this one as possibly building on them.
    """
    follows_text, follows_topic = follows if follows is not None else (None, None)
    return await tx.insert(
        "INSERT INTO questions (asker_id, text, asked_at, topic, confidence, status, "
        "follows_text, follows_topic) VALUES (?, ?, ?, ?, ?, 'bot', ?, ?)",
        (asker_id, text, utcnow(), topic, confidence, follows_text, follows_topic),
    )


async def get(tx: Tx, question_id: int) -> Question | None:
    """One question."""
    row = await tx.one(f"SELECT {_COLUMNS} FROM questions WHERE id = ?", (question_id,))
    return None if row is None else _question(row)


async def hand_over(tx: Tx, question_id: int, asker_id: int) -> Question | None:
    """Send a question to the province, giving it the next handover number; None if it is
    not the asker's or already sent."""
    changed = await tx.execute(
        "UPDATE questions SET status = 'open', handed_over_at = ?, "
        "handover_no = (SELECT COALESCE(MAX(handover_no), 0) + 1 FROM questions) "
        "WHERE id = ? AND asker_id = ? AND status = 'bot'",
        (utcnow(), question_id, asker_id),
    )
    return await get(tx, question_id) if changed else None


async def choose_topic(tx: Tx, question_id: int, asker_id: int, topic: str) -> None:
    """Record the topic the asker picked for their question."""
    await tx.execute(
        "UPDATE questions SET topic = ? WHERE id = ? AND asker_id = ? AND status = 'bot'",
        (topic, question_id, asker_id),
    )


async def remember_notice(tx: Tx, question_id: int, chat_id: int, message_id: int) -> None:
    """Note which admin message shows a question, so a reply to it answers that question."""
    await tx.execute(
        "INSERT OR REPLACE INTO question_notices (chat_id, message_id, question_id) "
        "VALUES (?, ?, ?)",
        (chat_id, message_id, question_id),
    )


async def by_notice(tx: Tx, chat_id: int, message_id: int) -> Question | None:
    """The question an admin message shows, if it shows one.

    Notices sent through the outbox are found by the outbox row's ref ("question:<id>");
    those sent as direct replies (/pertanyaan) by question_notices.
    """
    found = await tx.scalar(
        "SELECT question_id FROM question_notices WHERE chat_id = ? AND message_id = ?",
        (chat_id, message_id),
    )
    if found is None:
        sent = await outbox.by_message(tx, chat_id, message_id)
        if sent is None or not (sent.ref or "").startswith("question:"):
            return None
        found = int((sent.ref or "").split(":", 1)[1])
    return await get(tx, int(found))


async def answer(
    tx: Tx, question_id: int, text: str, admin_id: int, admin_name: str | None = None
) -> Question | None:
    """Record the province's answer; None if the question is not waiting for one.

    The admin who answered may answer again (a correction replaces their answer); once one
    admin has answered, another admin's answer is refused, so the asker gets one answer.
    """
    changed = await tx.execute(
        "UPDATE questions SET status = 'answered', answer = ?, answered_by = ?, "
        "answered_by_name = ?, answered_at = ? "
        "WHERE id = ? AND (status = 'open' OR (status = 'answered' AND answered_by = ?))",
        (text, admin_id, admin_name, utcnow(), question_id, admin_id),
    )
    return await get(tx, question_id) if changed else None


async def open_ones(tx: Tx, limit: int = 20) -> list[Question]:
    """Questions waiting for the province, oldest first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM questions WHERE status = 'open' ORDER BY id LIMIT ?", (limit,)
    )
    return [_question(row) for row in rows]


async def count_open(tx: Tx) -> int:
    """How many questions wait for the province."""
    return int(await tx.scalar("SELECT COUNT(*) FROM questions WHERE status = 'open'"))


async def open_asked_by(tx: Tx, asker_id: int) -> list[Question]:
    """One user's questions waiting for the province, oldest first."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM questions WHERE asker_id = ? AND status = 'open' ORDER BY id",
        (asker_id,),
    )
    return [_question(row) for row in rows]


async def open_of(tx: Tx, asker_id: int) -> int:
    """How many of one user's questions wait for the province."""
    return int(
        await tx.scalar(
            "SELECT COUNT(*) FROM questions WHERE asker_id = ? AND status = 'open'", (asker_id,)
        )
    )


async def asked_before(
    tx: Tx, asker_id: int, question_id: int, since: str, limit: int
) -> list[Question]:
    """One user's questions before `question_id` asked at `since` or later (a stored UTC
    stamp), oldest first, the newest `limit` of them."""
    rows = await tx.all(
        f"SELECT {_COLUMNS} FROM questions WHERE asker_id = ? AND id < ? AND asked_at >= ? "
        "ORDER BY id DESC LIMIT ?",
        (asker_id, question_id, since, limit),
    )
    return [_question(row) for row in reversed(rows)]


async def last_asked_by(tx: Tx, asker_id: int) -> Question | None:
    """One user's newest question, whatever became of it."""
    row = await tx.one(
        f"SELECT {_COLUMNS} FROM questions WHERE asker_id = ? ORDER BY id DESC LIMIT 1",
        (asker_id,),
    )
    return None if row is None else _question(row)
