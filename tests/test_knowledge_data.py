"""The knowledge base (bot/data/knowledge.toml) is complete, well-formed and true to the domain
notes restated in docs/domain.md."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.domain.authority import RULINGS
from bot.domain.knowledge import load
from bot.standin.validate import ApiError, parse_html

KNOWLEDGE = Path(__file__).resolve().parent.parent / "bot" / "data" / "knowledge.toml"

TOPIC_KEYS = {
    "id": str,
    "title_id": str,
    "title_en": str,
    "answer_id": str,
    "answer_en": str,
    "source": str,
    "unconfirmed": bool,
    "keywords": list,
    "examples": list,
    "related": list,
}
TERM_KEYS = {"term": str, "expansion": str, "aliases": list, "meaning_id": str, "meaning_en": str}
REQUIRED_TERM_KEYS = ("term", "expansion", "meaning_id", "meaning_en")

MAX_ANSWER_CHARS = 900  # officers read on cheap phones
MIN_TOPICS, MAX_TOPICS = 30, 50  # 46 since the meeting invitations topic (round 13)
MIN_EXAMPLES, MAX_EXAMPLES = 4, 10

TOPIC_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")

# The slum thresholds' legal wording exactly as the law reads (docs/domain.md).
UNDER_10 = "dengan luas di bawah 10 (sepuluh) ha"
FROM_10_TO_15 = "dengan luas 10 (sepuluh) ha sampai dengan di bawah 15 (lima belas) ha"
FROM_15 = "15 (lima belas) ha atau lebih"  # unconfirmed wording

# The kumuh sedang (38-59) and ringan (16-37) score bands, unconfirmed (docs/domain.md).
UNCONFIRMED_BANDS = (
    re.compile(r"\b38\s*(?:[–-]|sampai|to)\s*59\b"),
    re.compile(r"\b16\s*(?:[–-]|sampai|to)\s*37\b"),
)

# Every term officers type (docs/domain.md); pairs like "KAK/TOR" are listed one by one.
DOMAIN_TERMS = (
    "PKP", "Perkim", "Disperkimtan", "PSU", "jalan lingkungan", "jaling", "drainase", "kumuh",
    "KR", "KS", "KB", "SK kumuh", "delineasi", "RTLH", "RLH", "bedah rumah", "BSPS", "MBR",
    "rusun", "rusunawa", "rusus", "huntara", "huntap", "KK", "jiwa", "ha", "DED", "RAB", "RKS",
    "KAK", "TOR", "site plan", "RC", "BAST", "hibah", "BMD", "BMN", "O&P", "SPM", "Pokja PKP",
    "Pokja PPAS", "Pokja AMPL", "RP3KP", "RP2KPKP", "KOTAKU", "DAK", "DAK Tematik PPKT", "APBN",
    "APBD", "APBDes", "Bankeu", "Pokir", "Musrenbang", "RKPD", "Renja", "Renstra", "RPJMD",
    "KUA-PPAS", "RKA", "DPA", "SIPD", "Bapperida", "OPD", "SKPD", "SPAM", "SPALD", "IPAL",
    "TPS3R", "MCK", "RTRW", "RDTR", "PBG", "SLF", "SKBG",
)  # fmt: skip

# A regulation cited by name and number belongs in `source`, which the bot prints itself.
CITATION = re.compile(
    r"\b(?:UU|PP|Perpres|Permen|Kepmendagri|Keppres)\b[^.\n]{0,12}\d+/\d{4}|\bPasal \d"
)
TAG = re.compile(r"<(/?)([^\s>/]*)([^>]*)>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


@cache
def knowledge() -> dict[str, Any]:
    with KNOWLEDGE.open("rb") as file:
        return tomllib.load(file)


def topics() -> list[dict[str, Any]]:
    return knowledge()["topic"]


def terms() -> list[dict[str, Any]]:
    return knowledge()["term"]


def unconfirmed_ids() -> set[str]:
    return {t["id"] for t in topics() if t["unconfirmed"]}


def test_version_is_1():
    assert knowledge()["version"] == 1
    assert set(knowledge()) == {"version", "topic", "term"}


def test_topic_count_fits_the_brief():
    assert MIN_TOPICS <= len(topics()) <= MAX_TOPICS


def test_topics_have_every_key_filled():
    problems = []
    for index, topic in enumerate(topics()):
        name = topic.get("id", f"topic #{index}")
        if set(topic) != set(TOPIC_KEYS):
            problems.append(f"{name}: keys {sorted(set(topic) ^ set(TOPIC_KEYS))} wrong")
            continue
        for key, kind in TOPIC_KEYS.items():
            value = topic[key]
            if not isinstance(value, kind):
                problems.append(f"{name}.{key}: not a {kind.__name__}")
            elif kind is str and not value.strip():
                problems.append(f"{name}.{key}: empty")
            elif kind is list and not (
                value and all(isinstance(v, str) and v.strip() for v in value)
            ):
                problems.append(f"{name}.{key}: empty list or blank item")
    assert not problems, "\n".join(problems)


def test_topic_ids_are_unique_dotted_lowercase():
    ids = [t["id"] for t in topics()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert [i for i in ids if not TOPIC_ID.fullmatch(i)] == []


def test_related_topics_exist():
    ids = {t["id"] for t in topics()}
    problems = [
        f"{t['id']} -> {r}"
        for t in topics()
        for r in t["related"]
        if r not in ids or r == t["id"] or t["related"].count(r) > 1
    ]
    assert not problems, problems


def test_answers_fit_cheap_phones():
    too_long = [
        f"{t['id']}.{key}: {len(t[key])}"
        for t in topics()
        for key in ("answer_id", "answer_en")
        if len(t[key]) > MAX_ANSWER_CHARS
    ]
    assert not too_long, too_long


def test_each_topic_has_four_to_ten_distinct_examples():
    wrong = [
        f"{t['id']}: {len(t['examples'])}"
        for t in topics()
        if not MIN_EXAMPLES <= len(set(t["examples"])) == len(t["examples"]) <= MAX_EXAMPLES
    ]
    assert not wrong, wrong


def test_keywords_are_lowercase_and_distinct():
    wrong = [
        f"{t['id']}: {k!r}"
        for t in topics()
        for k in t["keywords"]
        if k != k.lower() or k != k.strip() or t["keywords"].count(k) > 1
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("key", ["answer_id", "answer_en"])
def test_answers_are_telegram_html_with_bold_and_italic_only(key):
    problems = []
    for topic in topics():
        text = topic[key]
        try:
            parse_html(text)  # bare & or <, unknown entities, unbalanced tags
        except ApiError as error:
            problems.append(f"{topic['id']}: {error}")
        for closing, tag, attributes in TAG.findall(text):
            if tag not in ("b", "i") or attributes:
                problems.append(f"{topic['id']}: <{closing}{tag}{attributes}> is not allowed")
        stray = ENTITY.sub("", text)
        if "&" in stray or ">" in TAG.sub("", text):
            problems.append(f"{topic['id']}: unescaped & or >")
    assert not problems, "\n".join(problems)


def test_plain_fields_carry_no_markup():
    """Titles, examples, keywords and glossary fields are plain text the bot escapes itself."""
    fields = [(t["id"], t[k]) for t in topics() for k in ("title_id", "title_en", "source")]
    fields += [(t["id"], v) for t in topics() for k in ("keywords", "examples") for v in t[k]]
    fields += [(g["term"], g[k]) for g in terms() for k in REQUIRED_TERM_KEYS]
    fields += [(g["term"], a) for g in terms() for a in g.get("aliases", [])]
    wrong = [
        f"{name}: {value!r}" for name, value in fields if TAG.search(value) or ENTITY.search(value)
    ]
    # Shown most often and most likely pasted into HTML: keep them free of & < > altogether.
    shown = [(t["id"], t[k]) for t in topics() for k in ("title_id", "title_en")]
    shown += [(g["term"], g[k]) for g in terms() for k in ("meaning_id", "meaning_en")]
    wrong += [f"{name}: {value!r}" for name, value in shown if set("&<>") & set(value)]
    assert not wrong, wrong


def test_answers_leave_citations_to_the_source_field():
    cited = [
        f"{t['id']}.{key}: {m.group()!r}"
        for t in topics()
        for key in ("answer_id", "answer_en")
        if (m := CITATION.search(t[key]))
    ]
    assert not cited, cited


def test_sources_are_lists_of_citations():
    wrong = [
        t["id"]
        for t in topics()
        if any(not part.strip() or part != part.strip() for part in t["source"].split("; "))
    ]
    assert not wrong, wrong


def test_glossary_entries_are_complete():
    problems = []
    for index, entry in enumerate(terms()):
        name = entry.get("term", f"term #{index}")
        if not set(REQUIRED_TERM_KEYS) <= set(entry) <= set(TERM_KEYS):
            problems.append(f"{name}: keys {sorted(entry)}")
            continue
        for key in REQUIRED_TERM_KEYS:
            if not isinstance(entry[key], str) or not entry[key].strip():
                problems.append(f"{name}.{key}: empty")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or any(
            not isinstance(a, str) or not a.strip() or a != a.lower() for a in aliases
        ):
            problems.append(f"{name}.aliases: must be non-empty lowercase strings")
    assert not problems, "\n".join(problems)


def test_every_domain_term_is_in_the_glossary():
    known = set()
    for entry in terms():
        known |= {entry["term"].lower(), *entry.get("aliases", [])}
    missing = [term for term in DOMAIN_TERMS if term.lower() not in known]
    assert not missing, missing


def test_glossary_words_point_to_one_entry_each():
    owner: dict[str, str] = {}
    clashes = []
    for entry in terms():
        for word in {entry["term"].lower(), *entry.get("aliases", [])}:
            if word in owner:
                clashes.append(f"{word!r}: {owner[word]} and {entry['term']}")
            owner[word] = entry["term"]
    assert not clashes, clashes


@pytest.mark.parametrize("wording", [UNDER_10, FROM_10_TO_15, FROM_15])
def test_slum_thresholds_are_quoted_verbatim(wording):
    assert any(wording in t["answer_id"] for t in topics())


def test_quoted_rulings_match_the_authority_code_and_cite_its_source():
    """A topic quoting a ruling's legal words names the source the bot stamps on proposals."""
    quoted = {r.quote: r for r in RULINGS.values() if r.quote}
    assert set(quoted) == {UNDER_10, FROM_10_TO_15, FROM_15}
    problems = [
        f"{t['id']} quotes {ruling.rule} but its source lacks {ruling.source!r}"
        for t in topics()
        for quote, ruling in quoted.items()
        if f"“{quote}”" in t["answer_id"] and ruling.source not in t["source"]
    ]
    assert not problems, problems


def test_exact_boundaries_are_spelled_out():
    answers = " ".join(t["answer_id"] for t in topics())
    assert "tepat 10,0 ha sudah kewenangan provinsi" in answers
    assert "tepat 15,0 ha" in answers


def test_central_slum_wording_appears_only_in_unconfirmed_topics():
    quoting = {t["id"] for t in topics() if FROM_15 in t["answer_id"] + t["answer_en"]}
    assert quoting
    assert quoting <= unconfirmed_ids()


@pytest.mark.parametrize("band", UNCONFIRMED_BANDS, ids=["sedang", "ringan"])
def test_medium_and_light_bands_appear_only_in_unconfirmed_topics(band):
    stating = {t["id"] for t in topics() if band.search(t["answer_id"] + t["answer_en"])}
    assert stating
    assert stating <= unconfirmed_ids()
    for entry in terms():
        if band.search(entry["meaning_id"]):
            assert "belum terkonfirmasi" in entry["meaning_id"], entry["term"]
            assert "unconfirmed" in entry["meaning_en"], entry["term"]


def test_unconfirmed_topics_say_so_in_both_languages():
    silent = [
        t["id"]
        for t in topics()
        if t["unconfirmed"]
        and not (
            "belum terkonfirmasi" in t["answer_id"]
            and re.search(r"not yet confirmed|unconfirmed", t["answer_en"])
        )
    ]
    assert not silent, silent


def test_every_answers_first_paragraph_stands_alone():
    """A request for the gist ("singkatnya gimana?") is answered with the first paragraph:
    it must close every tag it opens and be more than a heading."""
    for topic in load().topics:
        for answer in (topic.answer_id, topic.answer_en):
            first = answer.split("\n\n", 1)[0]
            opened = sorted(re.findall(r"<(\w+)[^>]*>", first))
            assert opened == sorted(re.findall(r"</(\w+)>", first)), topic.id
            assert len(re.sub(r"<[^>]+>", "", first)) >= 20, topic.id
