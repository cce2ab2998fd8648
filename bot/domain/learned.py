"""Learned FAQ entries as knowledge-base topics, and the matcher over both.

An entry the province saved from an answered question becomes one more topic (`faq.<id>`):
its title is the question, its examples the question and its paraphrases, its answer the
admin's words, its source the "answered by provincial staff, <date>" marker. The matcher is
rebuilt whenever entries change; it knows no difference between shipped and learned topics.
Pure: no storage, no Telegram; the caller supplies the entries and the marker text.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from bot.domain.asking import MAX_EXTENDED, Kind, Matcher, matcher, same_question
from bot.domain.errors import Invalid
from bot.domain.forms import Answers, Field, Form, Input, TextInput, text_parser
from bot.domain.knowledge import LEARNED_PREFIX, KnowledgeBase, Topic, load
from bot.domain.parsing import parse_text, strip_controls

PREFIX = LEARNED_PREFIX
# A question is a title and a button label, not an essay; an answer fits one Telegram message
# (4,096 characters) with its title and source line around it.
QUESTION_MIN, QUESTION_MAX = 5, 300
ANSWER_MIN, ANSWER_MAX = 2, 3000
MAX_PARAPHRASES = 10


class Entry(Protocol):
    """What a learned entry must offer to become a topic (storage.faq.FaqEntry does)."""

    @property
    def id(self) -> int: ...

    @property
    def question(self) -> str: ...

    @property
    def paraphrases(self) -> tuple[str, ...]: ...

    @property
    def answer(self) -> str: ...


E = TypeVar("E", bound=Entry)


def topic_id(entry_id: int) -> str:
    """The topic id of entry `entry_id`."""
    return f"{PREFIX}{entry_id}"


def entry_id(topic_id: str) -> int | None:
    """The entry behind a learned topic id; None for a shipped topic."""
    number = topic_id.removeprefix(PREFIX)
    if number == topic_id or not (number.isascii() and number.isdigit()):
        return None
    return int(number)


def to_topic(entry: Entry, source: str) -> Topic:
    """One entry as a topic; `source` is the marker line's plain text."""
    # Admins type plain text; topic answers are Telegram HTML.
    answer = html.escape(entry.answer, quote=False)
    return Topic(
        id=topic_id(entry.id),
        title_id=entry.question,
        title_en=entry.question,
        answer_id=answer,
        answer_en=answer,
        source=source,
        unconfirmed=False,
        keywords=(),
        examples=(entry.question, *entry.paraphrases),
        related=(),
    )


@dataclass(frozen=True, slots=True)
class Knowledge:
    """The knowledge base questions are answered from, and its matcher.

    `sources` holds the marker of each learned topic per language ("dijawab petugas provinsi,
    12/03/2026" / "answered by provincial staff, 12/03/2026"); shipped topics name their own.
    """

    kb: KnowledgeBase
    matcher: Matcher
    sources: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, shipped or learned; None if there is none (or it retired)."""
        try:
            return self.kb.topic(topic_id)
        except KeyError:
            return None

    def source(self, topic: Topic, lang: str) -> str:
        """A topic's source line in `lang`."""
        return self.sources.get(topic.id, {}).get(lang, topic.source)

    def learned_answer(self, question: str) -> int | None:
        """The learned entry the matcher answers `question` with, if it answers with one."""
        found = self.matcher.understand(question)
        if found.kind is not Kind.TOPIC or found.topic is None:
            return None
        return entry_id(found.topic.id)


def asking_the_same(entries: Sequence[E], question: str, *, exact: bool = False) -> E | None:
    """The entry whose question or one of its paraphrases is `question` reworded a little
    (with `exact`, in the same words, fillers aside)."""
    for entry in entries:
        said = (entry.question, *entry.paraphrases)
        if any(same_question(text, question, exact=exact) for text in said):
            return entry
    return None


def build(
    entries: Sequence[E],
    marker: Callable[[E, str], str],
    languages: Sequence[str],
    base: KnowledgeBase | None = None,
) -> Knowledge:
    """The shipped knowledge base plus `entries`, with a matcher over all of it.

    `marker(entry, lang)` gives an entry's source line; the first language's is the topic's
    own source. Without entries the shipped matcher (built once per process) is reused.
    """
    shipped = base or load()
    if not entries:
        return Knowledge(shipped, matcher() if base is None else Matcher(shipped))
    topics = [to_topic(entry, marker(entry, languages[0])) for entry in entries]
    kb = replace(shipped, topics=(*shipped.topics, *topics))
    sources = {
        topic_id(entry.id): {lang: marker(entry, lang) for lang in languages} for entry in entries
    }
    # The shipped matcher's classifier is extended by a few entries rather than refitted.
    extend = base is None and len(entries) <= MAX_EXTENDED
    return Knowledge(kb, Matcher(kb, base=matcher() if extend else None), sources)


# --- what the FAQ form accepts --------------------------------------------------------------


def parse_question(text: str) -> str:
    """A question as an entry's title: one line, 5 to 300 characters."""
    return parse_text(text, max_len=QUESTION_MAX, min_len=QUESTION_MIN, single_line=True)


def parse_answer(text: str) -> str:
    """The answer in the admin's words: line breaks kept, at most 3,000 characters."""
    return parse_text(text, max_len=ANSWER_MAX, min_len=ANSWER_MIN)


def parse_paraphrases(text: str) -> list[str]:
    """Other ways to ask the same, one per line; blank lines and repeats dropped."""
    lines: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(strip_controls(text).splitlines(), start=1):
        if not line.strip():
            continue
        value = " ".join(line.split())
        if len(value) > QUESTION_MAX:
            raise Invalid("faq.paraphrase_too_long", line=number, max=QUESTION_MAX)
        if len(value) < QUESTION_MIN:
            raise Invalid("faq.paraphrase_too_short", line=number, min=QUESTION_MIN)
        if value.casefold() not in seen:
            seen.add(value.casefold())
            lines.append(value)
    if not lines:
        raise Invalid("text.empty")
    if len(lines) > MAX_PARAPHRASES:
        raise Invalid("faq.too_many_paraphrases", max=MAX_PARAPHRASES, n=len(lines))
    return lines


def _paraphrases(event: Input, answers: Answers) -> list[str]:
    """The paraphrases typed; typed after a "+", added to those already there (try-out 15:
    adding one way to ask, when changing an entry, meant typing every other again)."""
    typed = event.text.lstrip() if isinstance(event, TextInput) else ""
    if not typed.startswith("+"):
        replaced: list[str] = text_parser(parse_paraphrases)(event, answers)
        return replaced
    added = parse_paraphrases(
        "\n".join(line.lstrip().removeprefix("+") for line in typed.splitlines())
    )
    kept = list(answers.get("paraphrases") or ())
    said = {known.casefold() for known in kept}
    merged = [*kept, *(line for line in added if line.casefold() not in said)]
    if len(merged) > MAX_PARAPHRASES:
        raise Invalid("faq.too_many_paraphrases", max=MAX_PARAPHRASES, n=len(merged))
    return merged


def _shown_paraphrases(value: Sequence[str]) -> str:
    return " / ".join(value)


# Saving an answer as an entry, or changing one: `entry` (the entry changed, None for a new
# one) and `source` (the question it was learned from) are prefilled and locked.
FAQ_FORM = Form(
    name="faq",
    title="faq.title",
    fields=(
        Field("entry", "faq.title", "faq.title", in_summary=False),
        Field("source", "faq.title", "faq.title", in_summary=False),
        Field("question", "faq.question.label", "faq.question.prompt", hint="faq.question.hint",
              parse=text_parser(parse_question),
              prompt_params=lambda a: {"min": QUESTION_MIN, "max": QUESTION_MAX}),
        Field("answer", "faq.answer.label", "faq.answer.prompt", parse=text_parser(parse_answer),
              prompt_params=lambda a: {"max": ANSWER_MAX}),
        Field("paraphrases", "faq.paraphrases.label", "faq.paraphrases.prompt",
              hint="faq.paraphrases.hint", optional=True, parse=_paraphrases,
              show=_shown_paraphrases,
              prompt_params=lambda a: {"question": a.get("question", ""), "max": MAX_PARAPHRASES}),
    ),
)  # fmt: skip
