"""The knowledge base: topics and glossary terms from bot/data/knowledge.toml, loaded once.

Extra example questions per topic (paraphrases in the words officers type) live beside it in
bot/data/paraphrases.toml, so the answers file stays readable; bot/data/outside.toml holds
questions near the subject that no topic answers, which teach the matcher to hand over, and
bot/data/intents.toml messages asking for live data (the officer's proposals, the next
meeting, the deadline) or for help.
"""

from __future__ import annotations

import html
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

GLOSSARY_PREFIX = "istilah."
LEARNED_PREFIX = "faq."  # entries admins saved from their answers (bot/domain/learned.py)
# The intents intents.toml may teach (bot.domain.asking.Kind values, and how to submit).
INTENTS = frozenset({"status", "meeting", "deadline", "greeting", "how_to_submit"})
GLOSSARY_SOURCE = "Glosarium bidang perumahan dan kawasan permukiman (PKP)"


@dataclass(frozen=True, slots=True)
class Topic:
    """One answerable subject, in both languages, with its source."""

    id: str
    title_id: str
    title_en: str
    answer_id: str
    answer_en: str
    source: str
    unconfirmed: bool
    keywords: tuple[str, ...]
    examples: tuple[str, ...]
    related: tuple[str, ...]

    def title(self, lang: str) -> str:
        """The title in `lang` (English when asked, Indonesian otherwise)."""
        return self.title_en if lang == "en" else self.title_id

    def answer(self, lang: str) -> str:
        """The answer in `lang` (English when asked, Indonesian otherwise)."""
        return self.answer_en if lang == "en" else self.answer_id


@dataclass(frozen=True, slots=True)
class Term:
    """A term officers type (PSU, RTLH, ...) with its expansion."""

    term: str
    expansion: str
    aliases: tuple[str, ...]
    meaning_id: str
    meaning_en: str

    @property
    def slug(self) -> str:
        """A stable id part: the term lower-cased, non-alphanumerics dropped."""
        return "".join(ch for ch in self.term.casefold() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Every topic (glossary terms included, as `istilah.*` topics) and the raw terms."""

    topics: tuple[Topic, ...]
    terms: tuple[Term, ...]
    # Questions near the subject that no topic answers: what "hand it over" looks like.
    outside: tuple[str, ...] = ()
    # Messages asking for live data or the bot's help, by intent ("status", "meeting", ...).
    intents: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


def _term_topic(term: Term) -> Topic:
    # Topic answers are Telegram HTML: a term like "O&P" must be escaped to appear at all.
    heading = f"<b>{html.escape(term.term)}</b> — {html.escape(term.expansion)}"
    return Topic(
        id=GLOSSARY_PREFIX + term.slug,
        title_id=f"Istilah: {term.term}",
        title_en=f"Term: {term.term}",
        answer_id=f"{heading}\n{html.escape(term.meaning_id, quote=False)}",
        answer_en=f"{heading}\n{html.escape(term.meaning_en, quote=False)}",
        source=GLOSSARY_SOURCE,
        unconfirmed=False,
        keywords=(term.term.casefold(), term.expansion.casefold(), *term.aliases),
        examples=(
            f"apa itu {term.term}",
            f"{term.term} itu apa",
            f"kepanjangan {term.term}",
            f"what is {term.term}",
        ),
        related=(),
    )


def _with_paraphrases(topics: list[Topic]) -> list[Topic]:
    """Each topic with its extra example questions from paraphrases.toml appended."""
    resource = files("bot").joinpath("data/paraphrases.toml")
    if not resource.is_file():
        return topics
    extra: dict[str, list[str]] = tomllib.loads(resource.read_text("utf-8")).get("paraphrases", {})
    known = {topic.id for topic in topics}
    if unknown := sorted(set(extra) - known):
        raise ValueError(f"paraphrases.toml: unknown topic ids {unknown}")
    return [
        replace(topic, examples=(*topic.examples, *extra.get(topic.id, ()))) for topic in topics
    ]


@cache
def load() -> KnowledgeBase:
    """Read and check the shipped knowledge base (once per process)."""
    data = tomllib.loads(files("bot").joinpath("data/knowledge.toml").read_text("utf-8"))
    topics = [
        Topic(
            id=entry["id"],
            title_id=entry["title_id"],
            title_en=entry["title_en"],
            answer_id=entry["answer_id"].strip(),
            answer_en=entry["answer_en"].strip(),
            source=entry["source"],
            unconfirmed=bool(entry.get("unconfirmed", False)),
            keywords=tuple(k.casefold() for k in entry.get("keywords", ())),
            examples=tuple(entry.get("examples", ())),
            related=tuple(entry.get("related", ())),
        )
        for entry in data.get("topic", ())
    ]
    terms = tuple(
        Term(
            term=entry["term"],
            expansion=entry["expansion"],
            aliases=tuple(a.casefold() for a in entry.get("aliases", ())),
            meaning_id=entry["meaning_id"].strip(),
            meaning_en=entry["meaning_en"].strip(),
        )
        for entry in data.get("term", ())
    )
    topics += [_term_topic(term) for term in terms]
    topics = _with_paraphrases(topics)
    ids = [topic.id for topic in topics]
    if len(set(ids)) != len(ids):
        raise ValueError("knowledge.toml: duplicate topic ids")
    outside = tomllib.loads(files("bot").joinpath("data/outside.toml").read_text("utf-8"))
    intents = tomllib.loads(files("bot").joinpath("data/intents.toml").read_text("utf-8"))
    if unknown := sorted(set(intents) - INTENTS):
        raise ValueError(f"intents.toml: unknown intents {unknown}")
    return KnowledgeBase(
        tuple(topics),
        terms,
        tuple(outside["outside"]),
        tuple((name, tuple(examples)) for name, examples in intents.items()),
    )
