"""Which glossary term a description names: "dokumen yg isinya rincian perkiraan biaya
pekerjaan itu namanya apa?" is the RAB.

A newcomer who does not know a term describes it and asks for its name. The description is
matched against each term's long form and meaning, in the knowledge base's own words: every
shared word counts by how rare it is among the terms, words of the long form count twice, and
how much of the long form the description covers counts on top ("warga berpenghasilan rendah"
is all of MBR's). A term is named only when it leads the next clearly; otherwise the question
is read as any other.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from bot.domain.knowledge import Term

# The words of asking for a name, which say nothing of what is named.
NAME_WORDS = frozenset({"nama", "sebut", "istilah", "singkat", "called", "call", "name", "term"})
LONG_FORM_WEIGHT = 2.0
COVERED_WEIGHT = 5.0  # for the whole long form described
# Chosen on the training tables: the lowest right reading scored 11, a wrong guess such as
# "program rumah subsidi dari bank" under 5; the leader must also stand clear of the second.
MIN_SCORE = 10.0
LEAD = 1.4
LEAD_AMONG_CHOICES = 1.1  # the asker has already narrowed it down
# One shared word is a coincidence ("laporan ... namanya apa" is no LAPOR!, "forum
# perencanaan desa" no APBDes: the independent review of round 34).
MIN_SHARED = 2


@dataclass(frozen=True)
class Descriptions:
    """Each term's long-form and meaning words (stemmed as questions are) and their rarity."""

    long_form: dict[str, frozenset[str]]
    meaning: dict[str, frozenset[str]]
    weight: dict[str, float]

    @classmethod
    def of(cls, terms: Iterable[Term], stems: Callable[[str], list[str]]) -> Descriptions:
        long_form, meaning = {}, {}
        for term in terms:
            long_form[term.slug] = frozenset(stems(term.expansion)) - NAME_WORDS
            said = stems(f"{term.meaning_id} {term.meaning_en}")
            meaning[term.slug] = frozenset(said) - NAME_WORDS - long_form[term.slug]
        counts = Counter(w for slug in long_form for w in long_form[slug] | meaning[slug])
        weight = {word: math.log(len(long_form) / n) for word, n in counts.items()}
        return cls(long_form, meaning, weight)

    def score(self, words: Collection[str], slug: str) -> float:
        """How well the words describe the term."""
        found = sum(self.weight[w] for w in self.long_form[slug] if w in words)
        whole = sum(self.weight[w] for w in self.long_form[slug]) or 1.0
        said = sum(self.weight[w] for w in self.meaning[slug] if w in words)
        return LONG_FORM_WEIGHT * found + said + COVERED_WEIGHT * found / whole

    def named(
        self, words: Collection[str], *, among: Collection[str] = (), leaving: Collection[str] = ()
    ) -> str | None:
        """The term the words describe, if one leads clearly: among the offered choices when
        there are any, never one named only as context."""
        candidates = [s for s in (among or self.long_form) if s in self.long_form]
        ranked = sorted(
            ((self.score(words, slug), slug) for slug in candidates if slug not in leaving),
            reverse=True,
        )
        if not ranked or ranked[0][0] < MIN_SCORE:
            return None
        leader = ranked[0][1]
        if len((self.long_form[leader] | self.meaning[leader]) & set(words)) < MIN_SHARED:
            return None
        lead = LEAD_AMONG_CHOICES if among else LEAD
        if len(ranked) > 1 and ranked[0][0] < lead * ranked[1][0]:
            return None
        return ranked[0][1]
