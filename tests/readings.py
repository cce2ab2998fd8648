"""How the matcher reads one question, for the reading-style tests."""

from __future__ import annotations

from bot.domain.asking import Kind, matcher
from bot.domain.authority import Level


def reading(question: str) -> tuple[str, str | None]:
    """The kind of answer and its topic's id."""
    understood = matcher().understand(question)
    topic = understood.topic.id if understood.topic is not None else None
    return understood.kind.value, topic


def area_level(question: str) -> Level | None:
    """The level a computed slum area gets; None when the question is not read as one."""
    understood = matcher().understand(question)
    if understood.kind is not Kind.AREA or understood.ruling is None:
        return None
    return understood.ruling.level
