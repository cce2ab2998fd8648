"""bot/data/asked.toml: the tuning tables' questions learned, and never a held-out one."""

from __future__ import annotations

import tomllib

from bench.asked import TARGET, render
from bench.qa_quality import FINALS, TABLES, TUNABLE
from bot.domain.knowledge import load
from tests import qa_followups


def test_the_shipped_file_is_what_the_tuning_tables_give():
    # A table opened for tuning (bench/qa_quality.TUNABLE) without running bench/asked.py
    # would teach nothing; a table closed again would go on teaching.
    assert TARGET.read_text("utf-8") == render(), "run .venv/bin/python bench/asked.py"


def test_no_held_out_question_is_learned():
    asked = tomllib.loads(TARGET.read_text("utf-8"))
    learned = {
        *asked["outside"],
        *(q for qs in asked["intents"].values() for q in qs),
        *(q for qs in asked["topics"].values() for q in qs),
    }
    tuning = {
        q
        for table in TABLES
        if table.name in TUNABLE
        for q in (
            *(q for q, _ in table.topics),
            *(q for q, _ in table.intents),
            *table.out_of_scope,
        )
    }
    held_out = [table for table in (*TABLES, *FINALS) if table.name not in TUNABLE]
    # The held-out tables by name: a held-out table listed as tunable would be learned.
    rounds = (11, 12, 13, 14, 15, 20, 21, 22, 24, *range(26, 70))
    never = {f"round{n}" for n in rounds}
    assert not never & set(TUNABLE)
    assert {table.name for table in held_out} >= never
    for table in held_out:
        asked_there = {
            q
            for q in (
                *(q for q, _ in table.topics),
                *(q for q, _ in table.intents),
                *(q for q, _ in table.areas),
                *table.out_of_scope,
            )
            if q in learned and q not in tuning  # the same words in a tuning table are its own
        }
        assert not asked_there, table.name
    follow_ups = {q for pair in qa_followups.FOLLOWUPS_B for q in pair[:2]}
    assert not (follow_ups & learned) - tuning


def test_the_knowledge_base_learns_them_and_can_leave_them_out():
    asked = tomllib.loads(TARGET.read_text("utf-8"))
    topic_id, questions = next(iter(asked["topics"].items()))
    with_them, without = load().topic(topic_id), load(asked=False).topic(topic_id)
    assert with_them.examples == (*without.examples, *questions)
    assert len(load().outside) == len(load(asked=False).outside) + len(asked["outside"])
