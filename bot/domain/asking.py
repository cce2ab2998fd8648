"""Understanding a question: a proposal's status, a slum area to rule on, or a knowledge topic.

Numeric authority questions ("kumuh 12 ha kewenangan siapa?") are computed with the same rules
as the proposal form (bot.domain.authority), never looked up. Other questions are matched
against the knowledge base, robust to how officers write:

1. normalise (case, punctuation, "m²"), expand abbreviations from the glossary ("psu" adds
   "prasarana sarana utilitas umum"), drop filler words and place names;
2. correct typos against the knowledge base's vocabulary (rapidfuzz, only for words it does
   not know) and stem with Sastrawi ("penanganan", "ditangani" -> "tangan");
3. score every topic: how much of the question its words explain, weighted by rarity (idf),
   blended with the best fuzzy match against its example questions;
4. answer when the best topic is clearly best, offer the top three when unsure, and hand the
   question to the province when nothing fits. Never a confident wrong answer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.domain.authority import Ruling, slum_ruling
from bot.domain.errors import Invalid
from bot.domain.knowledge import GLOSSARY_PREFIX, KnowledgeBase, Topic, load
from bot.domain.quantities import parse_area_ha
from bot.domain.regions import REGENCIES

# Tuned on tests/questions.py (see test_question_table): answer above ANSWER_AT when the best
# topic leads the next by LEAD; offer choices above CHOICES_AT; otherwise hand over.
ANSWER_AT = 0.55
LEAD = 0.08
CHOICES_AT = 0.32
MAX_QUESTION = 500  # characters looked at; the rest of a pasted essay adds nothing
TYPO_CUTOFF = 84

FILLER = frozenset(
    """
    apa apakah siapa siapakah bagaimana gimana gmn bgmn berapa brp kapan dimana mana
    yang yg di ke dari dr untuk utk buat bagi dan atau itu ini tsb tersebut ada adalah
    dengan dgn pada pd oleh dalam juga saja aja sih kah dong deh ya yah kan nih tuh
    saya sy aku kami kita anda bapak pak ibu bu mas mbak kak tolong mohon minta tanya
    bisa boleh dapat harus sudah udah belum mau ingin perlu jika kalau kalo bila
    the a an of to in is are what who which how does do for on at by it be can
    """.split()  # noqa: SIM905 - a word list reads better as text
)
SLUM_WORDS = frozenset({"kumuh", "slum", "slums", "delineasi"})
DUTY_WORDS = frozenset(
    {
        "siapa", "kewenangan", "wewenang", "berwenang", "menangani", "ditangani", "penanganan",
        "tangani", "urusan", "tanggung", "jawab", "who", "responsible", "handles", "handle",
        "authority", "level", "tingkat", "pemerintah",
    }
)  # fmt: skip
OTHER_AFFAIRS = frozenset({"psu", "jalan", "drainase", "rtlh", "rumah", "sertifikasi", "spm"})
STATUS_PHRASES = (
    "status usul", "usulan saya", "usulan kami", "usulan kita", "sampai mana", "sampai dimana",
    "sudah sampai", "posisi usul", "progres usul", "perkembangan usul", "nasib usul",
    "my proposal", "proposal status", "status of my", "status usulan",
)  # fmt: skip
GLOSSARY_CUES = re.compile(
    r"\b(apa itu|apa sih|itu apa|kepanjangan|singkatan|arti|artinya|maksudnya|definisi|"
    r"what is|what does|stand for|meaning of)\b"
)
_CODE = re.compile(r"\busl\s*[-/ ]?\s*(\d{4})\s*[-/ ]\s*(\d{1,5})\b")
_AREA = re.compile(
    r"(\d[\d.,]*\s*(?:ha|hektar|hektare|hektaran|are|m2|m²|meter persegi|km2|km²)\b)"
)
_WORD = re.compile(r"[a-z0-9]+")
GREETING_WORDS = frozenset(
    """
    halo hallo hai hi hello hey pagi siang sore malam selamat assalamualaikum asalamualaikum
    salam permisi terima kasih makasih trims thanks thank you tq ok oke okay sip siap mantap
    baik pak bu min admin bot sinkron
    """.split()  # noqa: SIM905 - a word list reads better as text
)


class Kind(StrEnum):
    """What the question turned out to be."""

    TOPIC = "topic"  # one knowledge-base topic answers it
    AREA = "area"  # a slum area: the level is computed
    STATUS = "status"  # the officer's proposals
    UNSURE = "unsure"  # a few topics might: let the officer choose
    UNKNOWN = "unknown"  # outside the knowledge base: hand over to the province
    GREETING = "greeting"  # "halo", "selamat pagi", "terima kasih": no question at all


@dataclass(frozen=True, slots=True)
class Understanding:
    """The matcher's reading of one question."""

    kind: Kind
    topic: Topic | None = None
    candidates: tuple[tuple[Topic, float], ...] = ()
    confidence: float = 0.0
    area_ha: Decimal | None = None
    ruling: Ruling | None = None
    code: str | None = None


def is_greeting(text: str) -> bool:
    """Whether the message is only a greeting or thanks ("halo", "terima kasih pak")."""
    words = _WORD.findall(normalise(text))
    return bool(words) and len(words) <= 5 and all(word in GREETING_WORDS for word in words)


def normalise(text: str) -> str:
    """Lower case, compatibility forms folded, "m²" spelt "m2", whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text[:MAX_QUESTION]).casefold().replace("m²", "m2")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _stemmer() -> object:
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """The Sastrawi stem of one lower-case word ("penanganan" -> "tangan")."""
    if word.isdigit() or len(word) <= 3:
        return word
    result: str = _stemmer().stem(word)  # type: ignore[attr-defined]
    return result or word


class Matcher:
    """Scores questions against one knowledge base; build once, use for every question."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._expansions: dict[str, tuple[str, ...]] = {}
        for term in kb.terms:
            expanded = tuple(_WORD.findall(term.expansion.casefold()))
            for alias in {term.term.casefold(), *term.aliases}:
                if " " not in alias:
                    self._expansions[alias] = expanded
        self._places = frozenset(
            word
            for regency in REGENCIES
            for name in (regency.short_name, regency.capital, *regency.aliases)
            for word in _WORD.findall(name.casefold())
        ) - {"kota", "kabupaten"}
        self._docs: list[Counter[str]] = []
        self._examples: list[tuple[int, str]] = []
        for index, topic in enumerate(kb.topics):
            words: Counter[str] = Counter()
            for text in (topic.title_id, topic.title_en, *topic.keywords, *topic.examples):
                words.update(self._terms(text, correct=False))
            self._docs.append(words)
            for example in topic.examples:
                self._examples.append((index, " ".join(self._terms(example, correct=False))))
        self.vocabulary = frozenset(word for doc in self._docs for word in doc)
        count = len(self._docs)
        frequency = Counter(word for doc in self._docs for word in set(doc))
        self._idf = {w: math.log(1 + count / n) for w, n in frequency.items()}
        self._unknown_idf = math.log(1 + count)
        self._example_texts = [text for _, text in self._examples]
        self._vocab_list = sorted(self.vocabulary)

    # --- words -----------------------------------------------------------------------------

    def _terms(self, text: str, *, correct: bool) -> list[str]:
        words: list[str] = []
        for word in _WORD.findall(normalise(text)):
            if word in FILLER or word in self._places:
                continue
            words.append(word)
            words.extend(self._expansions.get(word, ()))
        stems = []
        for word in words:
            if word in FILLER:
                continue
            stemmed = stem(word)
            if correct and stemmed not in self.vocabulary and len(word) >= 4:
                stemmed = self._corrected(word) or stemmed
            stems.append(stemmed)
        return stems

    def _corrected(self, word: str) -> str | None:
        found = process.extractOne(
            stem(word), self._vocab_list, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        return None if found is None else str(found[0])

    # --- reading a question -----------------------------------------------------------------

    def understand(self, question: str) -> Understanding:
        """What the question asks, and how sure the matcher is."""
        text = normalise(question)
        if is_greeting(text):
            return Understanding(Kind.GREETING)
        code = _CODE.search(text)
        if code is not None:
            year, number = code.groups()
            return Understanding(Kind.STATUS, code=f"USL-{year}-{int(number):04d}")
        if any(phrase in text for phrase in STATUS_PHRASES):
            return Understanding(Kind.STATUS)
        area = self._area(text)
        if area is not None:
            return Understanding(Kind.AREA, area_ha=area, ruling=slum_ruling(area), confidence=1.0)
        glossary = self._glossary(text)
        if glossary is not None:
            return Understanding(Kind.TOPIC, topic=glossary, confidence=1.0)
        return self._topic(text)

    def _area(self, text: str) -> Decimal | None:
        words = set(_WORD.findall(text))
        about_slums = bool(words & SLUM_WORDS)
        about_duty = bool(words & DUTY_WORDS) and not words & OTHER_AFFAIRS
        if not (about_slums or about_duty):
            return None
        for match in _AREA.finditer(text):
            try:
                return parse_area_ha(match.group(1))
            except Invalid:
                continue
        return None

    def _glossary(self, text: str) -> Topic | None:
        if GLOSSARY_CUES.search(text) is None:
            return None
        words = _WORD.findall(text)
        for term in self.kb.terms:
            names = {term.term.casefold(), *term.aliases}
            if any(name in words or (" " in name and name in text) for name in names):
                return self.kb.topic(GLOSSARY_PREFIX + term.slug)
        return None

    def _topic(self, text: str) -> Understanding:
        query = self._terms(text, correct=True)
        if not query:
            return Understanding(Kind.UNKNOWN)
        ranked = self.rank(query)
        best_topic, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        top = tuple(ranked[:3])
        if best >= ANSWER_AT and best - runner_up >= LEAD:
            return Understanding(Kind.TOPIC, topic=best_topic, candidates=top, confidence=best)
        if best >= CHOICES_AT:
            return Understanding(Kind.UNSURE, candidates=top, confidence=best)
        return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)

    def rank(self, query: Sequence[str]) -> list[tuple[Topic, float]]:
        """Every topic with its score for the stemmed query words, best first."""
        weights = [self._idf.get(word, self._unknown_idf) for word in query]
        total = sum(weights) or 1.0
        similarity = [0.0] * len(self._docs)
        joined = " ".join(query)
        for _, score, position in process.extract(
            joined, self._example_texts, scorer=fuzz.token_set_ratio, limit=None
        ):
            index = self._examples[position][0]
            similarity[index] = max(similarity[index], score / 100)
        scored = []
        for index, doc in enumerate(self._docs):
            covered = sum(w for word, w in zip(query, weights, strict=True) if word in doc)
            scored.append((self.kb.topics[index], 0.6 * covered / total + 0.4 * similarity[index]))
        scored.sort(key=lambda pair: pair[1], reverse=True)
        return scored


@cache
def matcher() -> Matcher:
    """The matcher of the shipped knowledge base (built on first use)."""
    return Matcher(load())


def examples_of(topics: Iterable[Topic], limit: int) -> list[str]:
    """A few example questions to offer as buttons."""
    return [topic.examples[0] for topic in topics if topic.examples][:limit]
