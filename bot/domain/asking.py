"""Understanding a question: a proposal's status, a slum area to rule on, or a knowledge topic.

Numeric authority questions ("kumuh 12 ha kewenangan siapa?") are computed with the same rules
as the proposal form (bot.domain.authority), never looked up. Other questions are matched
against the knowledge base, robust to how officers write:

1. normalise (case, punctuation, "m²"), expand abbreviations from the glossary ("psu" adds
   "prasarana sarana utilitas umum"), drop filler words and place names;
2. correct typos against the knowledge base's vocabulary (rapidfuzz, only for words it does
   not know) and stem with Sastrawi ("penanganan", "ditangani" -> "tangan");
3. score every topic: how much of the question its words explain (BM25 over its title,
   keywords and example questions, and at half weight its answer), weighted by rarity (idf),
   blended with the best fuzzy match against its example questions;
4. read the question a second time with a linear classifier trained on the example
   questions (bot.domain.topic_model: words, word pairs and character n-grams, which survive
   typos and chat spelling); the topics are ranked by both readings' evidence together;
5. answer when both readings pick the same topic, or when the first alone finds a clear
   winner; offer the top three when unsure; hand the question to the province when nothing
   fits. Intents (the officer's own proposals, the next meeting, the deadline, how to
   submit, greetings) and slum areas come before any of this, read by the patterns of
   bot.domain.cues. How it was measured: bench/qa_quality.py and docs/decisions.md.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache

import numpy
import snowballstemmer
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.domain import cues, pasted_table
from bot.domain.authority import Level, Ruling, slum_ruling
from bot.domain.described import Descriptions
from bot.domain.english import INDONESIAN, language_asked, texting_written_out, written_in_english
from bot.domain.errors import Invalid
from bot.domain.knowledge import GLOSSARY_PREFIX, LEARNED_PREFIX, KnowledgeBase, Term, Topic, load
from bot.domain.lexicon import Lexicon
from bot.domain.long_forms import spells_out
from bot.domain.places import begins_with_place
from bot.domain.proposal import today
from bot.domain.quantities import DIGIT_WORDS, parse_area_ha, spelled_numbers
from bot.domain.regions import REGENCIES
from bot.domain.similarity import ExampleSimilarity
from bot.domain.slum_score import MAX_SCORE, Band, band
from bot.domain.topic_model import TopicModel

# Tuned on the tuning tables (bench/qa_quality.py's TUNABLE), last by a grid over these
# thresholds that kept confident wrong answers and choices on out-of-scope questions from
# rising (docs/decisions.md, "Round 6 of tuning"): answer
# when the classifier's reading agrees on the best topic (above AGREED_AT, explaining
# CHOICES_COVERAGE of the question), or alone when the best topic scores ALONE_AT, leads the
# next unrelated topic by ALONE_LEAD and explains ANSWER_COVERAGE; offer choices above
# CHOICES_AT; otherwise hand over.
ALONE_AT = 0.55
AGREED_AT = 0.45  # the agreement counts from a fair score up: below it both readings guess
ALONE_LEAD = 0.05
# The lead over the next unrelated topic the agreement needs: that topic may rank above on
# the blended score, which the classifier's agreement overrules, but not by this much or more
# (leave-one-out over the tuning tables, `bench/thresholds.py AGREED_LEAD=...`: at -0.15 one
# confident wrong answer fewer and no right one lost; -0.1 lost 7 right for 3 wrong, 0 lost
# 123 right for 23 wrong; docs/decisions.md, round 21).
AGREED_LEAD = -0.15
ALONE_TRADE = 0.05  # a clearer lead makes up for a lower score
CHOICES_AT = 0.25
# How close behind the classifier's best class its "no topic answers this" class may score
# and still keep the question from a confident answer. Leave-one-out over the tuning tables
# (bench/thresholds.py, docs/decisions.md round 23): 0 -> 0.15 costs 7 right answers of
# 10,816 for 8 fewer of 949 out-of-scope questions answered and 1 fewer wrong; 0.3 and 0.5
# cost 21 and 50 right.
OUTSIDE_MARGIN = 0.15
ANSWER_COVERAGE = 0.6
CHOICES_COVERAGE = 0.2
# A question with a word the knowledge base has never seen ("CPNS", "paspor") is about
# something else unless the known words explain most of it.
UNKNOWN_WORD_COVERAGE = 0.7
# ... or the classifier agrees on the topic and the known words explain half.
AGREED_UNKNOWN_WORD_COVERAGE = 0.55
# BM25's usual values, and a bit less weight on glossary entries and answer text: measured
# best on every tuning table at once (docs/decisions.md, "Round 6 of tuning").
BM25_K1 = 1.6
BM25_B = 0.75
STAR_LIKE = 50  # fuzz.ratio from which a starred word corrects the slip before it
BLEND = 0.65  # share of BM25 in the score; the rest is the closest example question
GLOSSARY_DAMPING = 0.9
# The answer's own words count too, at a fraction of a title or example word: a question about
# a fact the answer states ("BSPS per unit berapa") finds it even when no example asked it.
ANSWER_TEXT_WEIGHT = 0.3
# How much the classifier's decision score (about -1.5 to 1.5) adds to a topic's 0..1 score
# when ranking: on the tuning tables top-1 ranking rose from 877 to 899 of 932 questions with
# it, and anywhere from 0.3 to 1.0 did nearly as well (docs/decisions.md, "Round 7").
MODEL_WEIGHT = 0.5
# Suffixes a known word may carry without being two words typed together.
SUFFIXES = ("kan", "nya", "lah", "kah", "in", "an", "i")
MAX_QUESTION = 500  # characters looked at; the rest of a pasted essay adds nothing
# Of a longer message, its opening (who writes, about where) and its end (a letter's question
# comes last, before at most a closing formula): the middle is the situation told at length.
OPENING_KEPT = 120
SHORT_WORD = 3  # "dan", "di": no word of substance shared with a long form
# A sentence ends at its stop, question or exclamation mark before a space, and at a colon:
# "tadi error, jadi saya tanya di sini saja: DED itu apa?".
# Not after "LAPOR!", the complaints service whose name ends in its mark, nor after a letter's
# abbreviations ("a.n. Dinas Perkim Kab. Barsel, sdh dibahas?" is one sentence).
SENTENCE_END = re.compile(
    r"(?<=[.!?:])(?<!lapor!)(?<!\ba\.n\.)(?<!\bu\.p\.)(?<!\bkab\.)(?<!\bkec\.)(?<!\bkel\.)"
    r"(?<!\bds\.)(?<!\bsdr\.)(?<!\bjl\.)(?<!\bno\.)\s+",
    re.IGNORECASE,
)
LINE_END = re.compile(r"[ \t]*\n\s*")  # form fields pasted line by line above a question
# Words that make a clause ask, beside the question words ("what types of proposal ...").
ASKING_WORDS = frozenset({"apa", "apakah", "mana", "what", "which", "how"})
# Fewer words after a correction ("eh maksud saya kabupaten") leave the subject to the rest.
CORRECTED_WORDS = 3
MAX_CORRECTION_WORDS = 6  # a term or an area put right, with a word or two around it
TYPO_CUTOFF = 84
VOWELS = frozenset("aeiou")
# A shorthand's consonants ("kwngn" for "kewenangan") name a word only from three on: "jl"
# or "dk" could be anything.
MIN_SKELETON = 3
VOICE_PIECES = 4  # voice typing cuts a word into at most this many pieces ("dis per kim tan")
MIN_REJOINED = 5  # letters from which pieces joined make a word worth rejoining
# Digits a scanned letter or a worn keyboard puts for letters ("usu1an", "rak0r", "per1u");
# "2" stays the plural mark ("rumah2").
GLYPHS = {"0": "o", "1": "li", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
MIN_GLYPHED = 3  # letters and digits from which a word is read as misprinted ("b0t")
SHORTHAND_SHARE = 0.7  # a shorthand cut short keeps this much of the word's consonants
# From this length one wrong, missing or extra letter is a typo whose word is known when only
# one known word is that close ("poker" -> "pokir"): the ratio cutoff above reaches it only
# from seven letters on (one letter of five is 80).
ONE_EDIT_FROM = 4
# A word this long that is no known spelling, stemmed to a known stem it does not contain
# ("delinasi" -> "dinas"), is looked up as written at this 0-100 ratio before the stem is kept.
OVERSTEMMED_FROM = 6
MISSTEMMED_CUTOFF = 88
YEARS = ("19", "20")  # a four-digit word starting so is a year ("2025")
SHORT_DEADLINE_WORDS = 5  # "what is the deadline": no other subject named
WHAT_ABOUT_WORDS = 5  # "klo tanahnya blm bersertifikat?": a bare "what about X"
# A message this long may ask when of something else than the meeting it names: the when
# must then stand within MEETING_SPAN words of the meeting's name.
LONG_MESSAGE_WORDS = 20
MEETING_SPAN = 8
FOLLOW_UP_WORDS = 7  # the follow-ups of tests/qa_followups.py set A have 2 to 7 words
SLUM_TYPO_CUTOFF = 80  # "kumh", "kmuh" (89), "kumhu" (80); "rumah" (60), "kumpul" (73) are not
# rapidfuzz token_sort_ratio from which two questions (fillers aside) are one reworded.
SAME_QUESTION = 90
# Indonesian letter names, as voice typing writes an acronym spoken letter by letter.
LETTER_NAMES = {
    "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "ef": "f", "ge": "g", "ha": "h",
    "i": "i", "je": "j", "ka": "k", "el": "l", "em": "m", "en": "n", "o": "o", "pe": "p",
    "ki": "q", "er": "r", "es": "s", "te": "t", "u": "u", "ve": "v", "fe": "v", "we": "w",
    "eks": "x", "ye": "y", "zet": "z",
    # as English letters are said ("ar si", "pee kay pee")
    "ar": "r", "si": "c", "pee": "p", "kay": "k", "dee": "d", "tee": "t", "ess": "s",
    "jay": "j", "vee": "v", "zed": "z", "aitch": "h",
}  # fmt: skip
# A digit spoken inside a spelt acronym: "er pe tiga ka pe" is "rp3kp".
DIGIT_NAMES = {word: str(digit) for word, digit in DIGIT_WORDS.items()}
SPOKEN = LETTER_NAMES | DIGIT_NAMES
# Words joining a question on to what came before: "kalau KAK di dokumen perkim maksudnya?"
LEADING_JOINERS = frozenset({"kalau", "kalo", "klo", "nah", "terus", "trus", "lalu", "and", "so"})
# How far below the best reading a learned entry may score and still answer (see
# Matcher._learned_close); the bench's tables hold no learned entries, tests/test_faq.py does.
LEARNED_MARGIN = 0.1
# Words between asking a name and a term that is a guess at it ("namanya apa ya, RAB?").
GUESS_GAP = 2
MAX_PLACE_WORDS = 3  # words of a village's or district's name read after "desa", "kec", ...
# Learned topics a matcher extends its base's classifier with; more are fitted afresh, which
# costs about as much as fitting one class at a time.
MAX_EXTENDED = 20
RUN_ON = 10  # letters from which an unknown word may be a glued phrase
MAX_PIECE = 20  # letters of the longest known word looked for in one
MAX_PIECES = 6  # words a glued phrase may hold: more is likelier a name than a phrase
MAX_SPELT = 8  # letters of the longest acronym spelt out: a long run of "a a a" costs nothing
MAX_TERMS_ASKED = 4  # "KB KS KR itu apa"; more is a list pasted, not a question

OVERVIEW = ".ringkasan"  # a family's overview topic
AUTHORITY_PREFIX = "kewenangan."  # who does what: each answer states every level's part
DELINEATION_TOPIC = "kumuh.luas_delineasi"  # which of a slum's areas counts
# The topics stating the slum-area rule: a computed level carries them, since its answer states
# the whole rule with its source (and, at the centre's level, the caution and other channels).
SLUM_RULE_TOPIC = "kewenangan.kumuh"
PSU_AUTHORITY_TOPIC = "kewenangan.psu"
OTHER_CHANNELS_TOPIC = "pendanaan.saluran_lain"  # funding outside the province's authority
# The terms naming a work of PSU (public infrastructure, facilities and utilities): whose job
# one is asks the PSU rule.
PSU_PARTS = frozenset(
    GLOSSARY_PREFIX + slug
    for slug in ("jaling", "drainase", "spam", "spald", "ipal", "tps3r", "mck", "psu")
)
TIME_ZONE_TOPIC = "istilah.wib"
READINESS_TOPICS = ("usulan.kesiapan", "usulan.dokumen_teknis")  # what a proposal must carry
STATEMENT_TOPIC = "usulan.surat_pernyataan"  # the grant and O&P statement, and the regent's letter
SLUM_FACTS = "kumuh."  # slum facts (scores, kinds, data, designation), not the kewenangan.* rules
SLUM_CENTRE_TOPIC = "kewenangan.kumuh_pusat"
BAND_LIMITS = {Decimal(10), Decimal(15)}  # the slum-area bands' limits, in ha
# No one slum reaches this: an area this large beside a province-wide total is the total.
PROVINCE_TOTAL_HA = Decimal(100)
BAND_END = "="  # an end of a band of areas ("antara 10 sampai 14 ha"), exact as typed
# How far a bound moves an area across a limit: under 10 ha is just below it.
NUDGES = {"<": Decimal("-0.0001"), ">": Decimal("0.0001"), None: Decimal(0), BAND_END: Decimal(0)}
# The topics a slum's area alone answers: which level handles it, and which area counts.
SLUM_AREA_TOPICS = frozenset({SLUM_RULE_TOPIC, SLUM_CENTRE_TOPIC, DELINEATION_TOPIC})
# "trs syaratnya apa" right after these answers: the topic that says what is required.
REQUIREMENTS_AFTER = {
    SLUM_RULE_TOPIC: READINESS_TOPICS[0],
    DELINEATION_TOPIC: READINESS_TOPICS[0],
    PSU_AUTHORITY_TOPIC: READINESS_TOPICS[0],
    SLUM_CENTRE_TOPIC: OTHER_CHANNELS_TOPIC,
}
# A slum score's band: the heavy band (confirmed) and the other bands (unconfirmed) by topic.
SCORE_TOPICS = {True: "kumuh.penilaian", False: "kumuh.tingkat_sedang_ringan"}
# "X untuk <term> apa": something for the term is asked, not what the term means.
PURPOSE_WORDS = frozenset({"untuk", "utk", "buat", "bagi", "for"})
RAKOR_TOPIC = "siklus.rakor"  # what a meeting question is about, besides the live schedule
# A bot command named in a question is what the question is about, unless the question asks of
# something else beside it (BESIDE_COMMAND).
COMMAND_TOPICS = {"usul": "bot.usul", "status": "bot.status", "bantuan": "bot.cara_pakai"}
BOT_PREFIX = "bot."  # the topics about the bot itself: its commands and how to use it
# A message naming a command is about something else when its words without the command read
# a rule this surely (R57, round 33 of tuning: tunable tables flat from 0.5 to 0.7, 8 more
# right and 8 fewer wrong than never). Not a proposal's contents ("usulan."): "lampiran foto
# di /usul maks brp" asks what the form takes, which the command's topic answers (six-group
# leave-out: 96.89% -> 96.96% right, 256 -> 246 wrong against reading those too).
BESIDE_COMMAND = 0.7
FORM_TOPICS = ("usulan.",)  # what a proposal holds: the /usul form's own subject
# "cara kirim usulan lewat bot", "how do I submit a proposal here": the /usul walk-through.
SUBMIT_TOPIC = "bot.usul"
DECISION_TOPIC = "bot.ditolak_dialihkan"  # what a decision on a proposal means, what next
STATUS_TOPIC = "bot.status"  # what each status of a proposal means
KINDS_TOPIC = "usulan.jenis"  # the kinds of proposal the province takes
AGENCY_TOPIC = "disperkimtan.kontak"  # the provincial agency: what it is, its units, contact
OVERVIEW_TOPIC = "kewenangan.ringkasan"  # the authority map: who does what, level by level
HOW_TO_SUBMIT = "how_to_submit"  # the intent the /usul topic answers


class Kind(StrEnum):
    """What the question turned out to be."""

    TOPIC = "topic"  # one knowledge-base topic answers it
    AREA = "area"  # a slum area: the level is computed
    STATUS = "status"  # the officer's proposals
    UNSURE = "unsure"  # a few topics might: let the officer choose
    UNKNOWN = "unknown"  # outside the knowledge base: hand over to the province
    GREETING = "greeting"  # "halo", "selamat pagi", "terima kasih": no question at all
    MEETING = "meeting"  # when/where is the (next) meeting: live data, not past years
    DEADLINE = "deadline"  # until when proposals are taken: live data


@dataclass(frozen=True, slots=True)
class Understanding:
    """The matcher's reading of one question."""

    kind: Kind
    topic: Topic | None = None
    candidates: tuple[tuple[Topic, float], ...] = ()
    confidence: float = 0.0
    area_ha: Decimal | None = None
    bound: str | None = None  # "<" for "kurang dari 10 ha", ">" for "lebih dari 15 ha"
    # A band's upper end ("antara 10 sampai 14 ha"), area_ha its lower one.
    area_to: Decimal | None = None
    ruling: Ruling | None = None
    code: str | None = None
    amount: bool = False  # a sum of money asked, which changes by year: the province answers
    score: int | None = None  # a total slum score asked about: its band leads the answer
    # More glossary entries answered beside the first: "X vs Y", "KB KS KR itu apa".
    also: tuple[Topic, ...] = ()
    # "dasar hukumnya apa?" right after an answer: that answer's source is what is asked.
    basis_only: bool = False
    # "maksudnya gimana?" right after an answer: that answer, still on screen, is all there is.
    on_screen: bool = False
    # "singkatnya gimana?" right after an answer: its first paragraph, which states the gist.
    brief: bool = False
    # "rusus itu apa? sekalian, berapa unit di Mura tahun lalu?": the part answered; the
    # other part is the province's, and the reply says so.
    partly: bool = False

    def covers(self) -> frozenset[str]:
        """The topics this answer states in substance: the topic answered, or the one a live
        answer carries (the meeting's); for a computed slum level, the whole slum-area rule
        (the reply states every band with its source) and, at the centre's level, the
        centre's topic too (its caution and other channels are in the reply)."""
        if self.kind is Kind.AREA and self.ruling is not None:
            centre = self.ruling.level is Level.PUSAT
            return frozenset({SLUM_RULE_TOPIC, *((SLUM_CENTRE_TOPIC,) if centre else ())})
        if self.kind in (Kind.TOPIC, Kind.MEETING) and self.topic is not None:
            return frozenset({self.topic.id, *(other.id for other in self.also)})
        return frozenset()

    def about_slum_areas(self) -> bool:
        """Whether a bare area next ("klo 16 ha?") asks the slum rule again: after a computed
        level, or after the rule itself was answered (its basis, "kewenangan kumuh gmn")."""
        return self.kind is Kind.AREA or self.subject() in (SLUM_RULE_TOPIC, SLUM_CENTRE_TOPIC)

    def subject(self) -> str | None:
        """The topic a follow-up builds on ("dasar hukumnya apa?"): the topic answered, the
        rule a computed slum level applied, or the meeting topic beside the schedule."""
        if self.kind in (Kind.TOPIC, Kind.AREA, Kind.MEETING) and self.topic is not None:
            return self.topic.id
        return None


def is_greeting(text: str) -> bool:
    """Whether the message is only a greeting or thanks ("halo", "terima kasih pak", "apa
    kabar?")."""
    words = cues.WORD.findall(cues.HOW_ARE_YOU.sub("halo", normalise(text)))
    if not words:
        return cues.ACKNOWLEDGING.fullmatch(text.strip()) is not None  # "👍", "🙏🙏"
    return (
        len(words) <= 12
        and all(
            word in cues.GREETING_WORDS
            or word in cues.HELP_WORDS
            or (word in cues.CONFUSED_WORDS and bool(cues.PLEA_WORDS & set(words)))
            for word in words
        )
        # "harus dari mana?", "petugas mana?": help words alone ask something else.
        and any(word in cues.GREETING_WORDS for word in words)
    )


def is_thanks(text: str) -> bool:
    """Whether a greeting says thank you ("makasih pak", "terima kasih infonya")."""
    return is_greeting(text) and bool(cues.THANKS_WORDS & set(cues.WORD.findall(normalise(text))))


def leans_on_earlier(text: str) -> bool:
    """Whether a question may need the talk before it to be understood: short ("contohnya?"),
    opening as a follow-up ("terus siapa yg tanda tangan") or pointing back ("yang tadi").
    A question that stands alone is handed over alone, not with an unrelated earlier one."""
    words = cues.WORD.findall(normalise(text))
    return (
        len(words) <= FOLLOW_UP_WORDS  # none at all included
        or words[0] in cues.WHAT_ABOUT | cues.CARRYING_ON
        or bool(cues.POINTING_BACK.intersection(words))
    )


def normalise(text: str) -> str:
    """Lower case, compatibility forms folded, "m²" spelt "m2", chat reduplication written
    once ("kecil2" -> "kecil", "usulan2" -> "usulan"), whitespace collapsed, Javanese,
    Dayak, Sundanese, Madurese, Balinese and Bugis words in Indonesian ("sinten" -> "siapa",
    "kueh" -> "dimana", "naon" -> "apa"), Minangkabau ("apo" -> "apa", "artinyo" ->
    "artinya"), Kotawaringin Malay ("kamek" -> "saya", "syaratnye" ->
    "syaratnya"), Banjar "bila rakor tuh?" written "kapan rakor tuh?"
    and "napa haja" (what all) "apa saja"; @mentions, a template's sender fields and labels
    and a voice note's hesitations ("eee", "gitu loh") gone, hashtags split, and a quiz item
    (marked, or with a blank or choices) as the question its stem stands for; an apology for
    a weak signal ("maaf sinyal putus2") gone."""
    text = text[:MAX_QUESTION]
    if not cues.FRACTIONS.keys().isdisjoint(text):
        text = cues.VULGAR_FRACTION.sub(_fraction_written, text)
    text = cues.GLUED_TERM.sub(_glued_term, text)
    text = unicodedata.normalize("NFKC", text).casefold().replace("m²", "m2")
    if not text.isascii():
        text = _unaccented(text)
    if "|" in text or "\t" in text:
        text = pasted_table.with_units(text)  # "Luas (ha)" over "3,5": 3,5 ha
    if "@" in text:
        text = cues.MENTION.sub(" ", text)
    if "how far" in text:
        text = cues.HOW_FAR_HELLO.sub("", text)
    if "." in text or "/" in text:
        text = cues.LINK.sub(r" \1 ", cues.FILE_OR_LINK.sub(" ", text))
    if "#" in text:
        text = cues.HASHTAG.sub(r"\1 \2", text)
    if ":" in text:
        text = cues.TEMPLATE_LABEL.sub(" ", cues.TEMPLATE_FIELD.sub(" ", text))
        text = cues.ANSWER_BLANK.sub("", text)
    if "=" in text:
        text = cues.EQUALS_BLANK.sub(
            r"\1 itu apa?", cues.EQUALS_BEGUN.sub(r"\1 itu singkatan apa?", text)
        )
        text = cues.EQUALS_CLAIM.sub(r"\1 itu ", text)
    if "*" in text:
        text = cues.STAR_CORRECTION.sub(_star_corrected, text)
    text = " ".join(cues.REDUPLICATED.sub(r"\1", text).split())
    text = texting_written_out(text)
    if "sq" in text:
        text = cues.SQUARE_METRES.sub(r"\1\2m2", text)
    text = cues.SPLIT_HECTARE.sub("hektar", text)  # "hek tar", as voice typing splits it
    if "hekt" in text or "hect" in text:
        text = cues.GLUED_UNIT.sub(r"\1\2 ", text)  # "7 hektardi": "7 hektar di"
    text = cues.GLUED_AREA_WORD.sub(r"\1 ", text)  # "kumuh7": "kumuh 7"
    text = cues.AFTER_NUMBER.sub(_hectare_typed, text)
    if " , " in text:
        text = cues.SPACED_DECIMAL.sub(r"\1\2,\3", text)
    if "'" in text:
        text = cues.BUGIS_TAG.sub("", text)
    if not cues.REGIONAL_STARTS.isdisjoint(word.strip(cues.PUNCTUATION) for word in text.split()):
        text = cues.REGIONAL_PHRASE.sub(lambda found: cues.REGIONAL_PHRASES[found.group()], text)
        text = cues.REGIONAL_WORD.sub(_regional, text)
        text = " ".join(text.split())  # the particles that went leave no double space
    if "keun" in text:
        text = cues.SUNDANESE_KAN.sub(r"\1kan", text)
    text = " ".join(cues.VOICE_FILLER.sub(" ", text).split())
    if cues.WEAK_SIGNAL_WORDS.search(text):
        text = " ".join(cues.WEAK_SIGNAL.sub(" ", text).split())
    if "sedang " in text:
        text = cues.PROGRESSIVE.sub("", text)
    if ".." in text or "…" in text:
        text = cues.PAUSE.sub(" ", text)  # "usulan kami... sudah sampai mana": a pause
    if "nye" in text:
        text = cues.MALAY_NYA.sub(_nya_ending, text)
    if "nyo" in text:
        text = cues.MINANG_NYO.sub(_nya_ending, text)
    if "kependekan" in text:  # another word for "singkatan", which every glossary cue knows
        text = text.replace("kependekan", "singkatan")
    if cues.QUIZ_MARK.match(text):
        text = _quiz_stem(text)
    elif "__" in text or cues.QUIZ_OPTIONS.search(text):
        text = _blank_asked(text)
    return cues.BANJAR_WHAT.sub("apa saja", cues.BILA_WHEN.sub("kapan", text))


def _glued_term(found: re.Match[str]) -> str:
    """ "KRdi" -> "KR di"; "JAdi", "SAya" (a Shift key held) are a word as they are."""
    word = found.group()
    return word if is_indonesian_root(word.casefold()) else f"{found.group(1)} {found.group(2)}"


def _unaccented(text: str) -> str:
    """Accents off letters ("kumüh", "kéwenangan", "ÓPD") and invisible characters out (a
    zero-width space inside "RLH"): a keyboard's long press or a pasted document's leftovers,
    never meant; no word the bot knows has an accent. Other scripts' marks and emoji are left
    as they are."""
    decomposed = unicodedata.normalize("NFD", text.translate(cues.INVISIBLE))
    if decomposed.isascii():
        return decomposed
    bare = "".join(char for char in decomposed if ord(char) not in cues.LATIN_ACCENTS)
    return unicodedata.normalize("NFC", bare)


def _fraction_written(found: re.Match[str]) -> str:
    """ "12½" as "12,5", "½" as "0,5": NFKC would make "12½" "121⁄2", read as 2 ha."""
    return f"{found.group(1) or '0'},{cues.FRACTIONS[found.group(2)]}"


def _star_corrected(found: re.Match[str]) -> str:
    """The starred word in place of the slip before it, when it is a spelling of it ("pkk
    *pkp" -> "pkp"); otherwise both words, the star dropped ("kota *kabupaten")."""
    slip, fixed = found.groups()
    if fuzz.ratio(slip, fixed) >= STAR_LIKE:
        return fixed
    return f"{slip} {fixed}"


def _regional(found: re.Match[str]) -> str:
    """A regional word in Indonesian; Dayak "en" (what) after a spoken letter stays a letter
    ("a pe be en" is "apbn")."""
    word = found.group()
    if word in LETTER_NAMES:
        before = found.string[: found.start()].rsplit(maxsplit=1)
        if before and before[-1] in LETTER_NAMES:
            return word
    return cues.REGIONAL[word]


def _nya_ending(found: re.Match[str]) -> str:
    """ "syaratnya" for Malay "syaratnye" and Minangkabau "syaratnyo"; an Indonesian word
    ending so ("kampanye", "berkampanye") as it is."""
    word = found.group()
    indonesian = is_indonesian_root(word) or is_indonesian_root(stem(word))
    return word if indonesian else f"{found.group(1)}nya"


def _hectare_typed(found: re.Match[str]) -> str:
    """ "hektar" for a word one slip from it after a number ("kumuh 13 hektr"), which the
    area reading would miss; any other word as it is."""
    space, word = found.groups()
    slipped = min(Levenshtein.distance(word, unit) for unit in ("hektar", "hektare")) == 1
    return f"{space}hektar" if slipped else found.group()


def _quiz_stem(text: str) -> str:
    """A quiz item's stem as the question it stands for: "pilihan ganda: mbr adalah a. ...
    b. ..." -> "mbr itu apa", "penetapan psu merupakan kewenangan ... a. ..." -> "penetapan
    psu merupakan kewenangan siapa". A true-or-false statement is read as it stands."""
    stem = cues.QUIZ_MARK.sub("", text, count=1)
    cut = cues.QUIZ_OPTIONS.sub("", stem)
    cut = " ".join(cues.QUIZ_BLANK.sub(" ", cut).split())
    if cut == stem:  # neither options nor a blank: a statement to judge
        return cut
    if cues.QUIZ_WHOSE.search(cut):
        return f"{cut} siapa"
    if cues.QUIZ_MEANING.search(cut):
        return f"{cut} apa"
    if "singkatan" in cut:  # "skbg merupakan singkatan dari": "skbg itu singkatan dari"
        return cues.QUIZ_COPULA.sub(" itu ", cut, count=1).strip()
    copula = cues.QUIZ_COPULA.search(cut)
    if copula is None or len(cut[: copula.start()].split()) > 2:
        return cut  # "rentang skor kumuh sedang adalah ...": no term is defined
    return f"{cut[: copula.start()]} itu apa, {cut[copula.end() :]}".strip(" ,")


def _without_opening(text: str) -> str | None:
    """The message without what opens it and is not asked about (an analogy, a proverb, a
    pantun's lines, a pointer to an earlier chat, asking whether the bot can answer), or None
    without one."""
    opened = cues.BOT_ABILITY_OPENING.sub("", text, count=1)
    opened = cues.EARLIER_CHAT_OPENING.sub("", opened, count=1)
    opened = cues.PROVERB_OPENING.sub("", opened, count=1)
    opened = _without_pantun(cues.ANALOGY_OPENING.sub("", opened, count=1))
    return None if opened == text else opened


def _without_pantun(text: str) -> str:
    """The message without a pantun's opening lines, when something follows them."""
    first = cues.PANTUN_FIRST.match(text)
    second = None if first is None else cues.PANTUN_SECOND.match(text, first.end())
    if second is not None:
        return text[second.end() :]
    if (named := cues.PANTUN_NAMED_TWICE.match(text)) is not None and named.end() < len(text):
        second = cues.PANTUN_SECOND.match(text, named.end())
        return text[(named if second is None else second).end() :]
    return text


def _blank_asked(text: str) -> str:
    """A message with a blank or choices and no quiz marker, as the question it stands for:
    "O&P in the letter = Operation and ____?" -> "o&p in the letter itu apa?", "kumuh 12 ha
    kewenangan ____ ?" -> "... kewenangan siapa ?", "terlambat setelah ____ hari kerja?" ->
    "... setelah berapa hari kerja?", "LAPOR! itu: a) ... b) ...?" -> "lapor! itu: apa?"
    (choices only after a stem left open: "itu:", "adalah")."""
    asked = cues.QUIZ_OPTIONS.sub("", text)
    if asked != text:
        # "syarat di poin a) dan b) wajib semua?": items named, no choice offered.
        asked = text if cues.STEM_OPEN.search(asked) is None else f"{asked} apa?"
    asked = cues.EXPANSION_BLANK.sub(" itu apa", asked, count=1)
    return " ".join(cues.UNDERSCORE_BLANK.sub(_blank_word, asked).split())


def _blank_word(found: re.Match[str]) -> str:
    """The question word a blank stands for, by the words around it."""
    if cues.QUIZ_WHOSE.search(found.string[: found.start()].rstrip()):
        return "siapa"
    if cues.BLANK_COUNTED.match(found.string[found.end() :]):
        return "berapa"
    return "apa"


def _reply_parts(text: str) -> tuple[str, str] | None:
    """A reply's quoted lines (">" off) and the officer's own lines, when it has both."""
    quoted: list[str] = []
    own: list[str] = []
    for line in text.splitlines():
        if (mark := cues.QUOTED_LINE.match(line)) is not None:
            quoted.append(line[mark.end() :])
        else:
            own.append(line)
    if not quoted or not "".join(own).strip():
        return None
    return "\n".join(quoted), "\n".join(own)


def _either_way(refused: Invalid, unit: str) -> Decimal | None:
    """An area whose number reads two ways ("40,000 m2": 40 000 m2 in English, 40 m2 in
    Indonesian), when both readings fall to one level: the larger; None otherwise ("12,500
    ha" is 12,5 ha for the province or 12 500 ha for the centre, which no answer may guess).
    In square metres three decimals are read as thousands ("125,000 m2" is 12,5 ha): no slum
    is measured to the square millimetre, nor is one a few square metres."""
    if refused.key != "area.ambiguous":
        return None
    if cues.SQUARE_METRE_UNIT.fullmatch(unit):
        try:
            return parse_area_ha(f"{refused.params['thousands']} {unit}")
        except Invalid:
            return None
    readings = []
    for reading in (refused.params["thousands"], refused.params["decimal"]):
        try:
            readings.append(parse_area_ha(f"{reading} {unit}"))
        except Invalid:
            return None
    if len({slum_ruling(area).level for area in readings}) != 1:
        return None
    return max(readings)


def _agenda_item(text: str) -> str | None:
    """Of a numbered to-do list, the one item for the bot ("tanya bot: ...", "tanya: ..."),
    without its number and that opening, or the one item that asks among chores ("cek SK",
    "kirim email"); None unless the message is such a list."""
    if "\n" not in text:
        return None
    items = [
        line[mark.end() :] for line in text.splitlines() if (mark := cues.AGENDA_ITEM.match(line))
    ]
    if len(items) < 2:
        return None
    lowered = [item.casefold() for item in items]
    for_bot = [opening for item in lowered if (opening := cues.AGENDA_ASK.match(item))]
    if len(for_bot) == 1:
        return for_bot[0].string[for_bot[0].end() :]
    asking = [item for item in lowered if "?" in item and _asks_something(normalise(item))]
    if for_bot or len(asking) != 1:
        return None
    chores = [item for item in lowered if item is not asking[0]]
    return asking[0] if all(cues.CHORE.match(item) for item in chores) else None


def _noted_question(text: str) -> str | None:
    """Of a chat note (a header, bullets that ask nothing, then a line that asks: "**Agenda
    minggu depan**\n- Rakor\n- Musrenbang\nRakor itu kepanjangannya apa?"), the line that
    asks; None for any other message."""
    if "\n" not in text:
        return None
    lines = [line for line in cues.EMPHASIS.sub("", text).splitlines() if line.strip()]
    bullets = [line for line in lines[:-1] if cues.BULLET.match(line)]
    if len(bullets) < 2 or any("?" in line for line in lines[:-1]) or "?" not in lines[-1]:
        return None
    last = lines[-1].casefold()
    if cues.BULLET.match(last) or not (
        cues.MEANING.search(last) or cues.GLOSSARY_CUES.search(last)
    ):
        return None  # "Jaling itu kewenangan provinsi kan?" asks more than what it is
    return lines[-1]


def _marked_item(text: str) -> str | None:
    """Of numbered questions, the one the message marks as the one that matters ("yg penting
    no 1 dulu", "terutama yang kedua"), without its number; None when none is marked or the
    marked number is not there."""
    folded = text.casefold()
    marked = cues.MARKED_ITEM.search(folded)
    if marked is None:
        return None
    which = marked.group("which") or marked.group("which_en")
    wanted = int(which) if which.isdigit() else cues.ORDINALS[which]
    numbers = list(cues.NUMBERED_ITEM.finditer(folded[: marked.start()]))
    if not numbers:
        # "BMD itu singkatan apa? trus jadwal rakor kapan? yg penting no 1": questions told
        # apart by their marks, unnumbered.
        if not cues.MARK_CLOSING.issuperset(cues.WORD.findall(folded[marked.end() :])):
            return None  # "terutama yang kedua, RTLH Kapuas": the second proposal, not question
        asked = [part.strip() for part in cues.AFTER_MARK.split(folded[: marked.start()])]
        asked = [part for part in asked if part.endswith("?")]
        return asked[wanted - 1] if len(asked) >= 2 and wanted <= len(asked) else None
    if len(numbers) < 2 or [int(n.group(1)) for n in numbers] != list(range(1, len(numbers) + 1)):
        return None
    if wanted > len(numbers):
        return None
    end = numbers[wanted].start() if wanted < len(numbers) else marked.start()
    return folded[numbers[wanted - 1].end() : end].strip()


def _excerpt(text: str) -> str:
    """The message, or of one over MAX_QUESTION characters its opening and its end, each cut
    at a space: "Dengan hormat, ... [a long account] ... kumuh 11 ha tersebut kewenangan
    siapa?" keeps its question."""
    if len(text) <= MAX_QUESTION:
        return text
    head = text[:OPENING_KEPT].rsplit(" ", 1)[0]
    tail = text[len(text) - (MAX_QUESTION - OPENING_KEPT) :]
    return f"{head} {tail.split(' ', 1)[-1]}"


@lru_cache(maxsize=1)
def _stemmer() -> object:
    return StemmerFactory().create_stemmer()


@cache
def _root_shapes() -> dict[str, set[str]]:
    """Sastrawi's Indonesian root words by their consonants (`skeleton`)."""
    dictionary = _stemmer().delegatedStemmer.dictionary  # type: ignore[attr-defined]
    shapes: dict[str, set[str]] = {}
    for word in dictionary.words:
        shapes.setdefault(skeleton(word), set()).add(word)
    return shapes


def is_indonesian_root(word: str) -> bool:
    """Whether Sastrawi's dictionary of Indonesian root words (about 30,000) holds it."""
    dictionary = _stemmer().delegatedStemmer.dictionary  # type: ignore[attr-defined]
    return bool(dictionary.contains(word))


def _shapes(
    kb: KnowledgeBase, vocabulary: frozenset[str] | set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The known words by their consonants, for officers' vowel-dropping shorthand ("usln",
    "kwngn", "prsyrtn"): their stems (a word and its stem each give theirs, "lampiran",
    "lampir"), and the words as written, for shorthand written out in the text where the word
    rules read it ("12 hktr, kwngn sp?" -> "12 hektare, kewenangan sp?"). The knowledge base's
    own writing counts (titles, keywords, answers, its examples but not the tables'
    questions); when two share consonants, the one written at least twice as often wins
    ("prmhn": "perumahan", not "permohonan"; "kmh": "kumuh", not an example's typo "kumhu"),
    else neither."""
    counts: Counter[str] = Counter()
    for topic in kb.topics:
        examples = " ".join(example for example in topic.examples if example not in kb.asked)
        text = f"{topic.title_id} {' '.join(topic.keywords)} {topic.answer_id} {examples}"
        counts.update(cues.WORD.findall(normalise(cues.TAG.sub(" ", text))))
    stems: dict[str, Counter[str]] = {}
    written: dict[str, Counter[str]] = {}
    for word, count in counts.items():
        stemmed = stem(word)
        if stemmed not in vocabulary or len(word) <= MIN_SKELETON or not word.isalpha():
            continue
        for form in {word, stemmed}:
            stems.setdefault(skeleton(form), Counter())[stemmed] += count
        written.setdefault(skeleton(word), Counter())[word] += count
    return _dominant(stems), _dominant(written)


def _dominant(by_shape: dict[str, Counter[str]]) -> dict[str, str]:
    """Of the words sharing each shape, the one written at least twice as often as any other."""
    chosen = {}
    for shape, words in by_shape.items():
        ranked = words.most_common(2)
        if len(shape) >= MIN_SKELETON and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            chosen[shape] = ranked[0][0]
    return chosen


def skeleton(word: str) -> str:
    """A word's first letter and the consonants after it, a repeated one once: "kewenangan"
    and "kwngn" are both "kwngn"."""
    shape = word[:1]
    for letter in word[1:]:
        if letter not in VOWELS and letter != shape[-1]:
            shape += letter
    return shape


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """The Sastrawi stem of one lower-case word ("penanganan" -> "tangan")."""
    if word.isdigit() or len(word) <= 3:
        return word
    result: str = _stemmer().stem(word)  # type: ignore[attr-defined]
    return result or word


# Filler stems whose derived words carry meaning of their own.
MEANINGFUL_STEMS = frozenset({"tetap"})


@lru_cache(maxsize=1)
def _english_stemmer() -> object:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=20_000)
def english_stem(word: str) -> str:
    """The Snowball (Porter 2) stem of one lower-case English word ("handles" -> "handl"):
    Sastrawi leaves English words whole, so "handles" never met "handled" or "handling"."""
    result: str = _english_stemmer().stemWord(word)  # type: ignore[attr-defined]
    return result or word


class Matcher:
    """Scores questions against one knowledge base; build once, use for every question."""

    def __init__(self, kb: KnowledgeBase, *, base: Matcher | None = None) -> None:
        """`base`: a matcher of the same knowledge base without some topics added at the end
        (the shipped one, before learned entries): its fitted classifier is extended, and the
        texts it read are not read again, rather than starting over."""
        self.kb = kb
        self._expansions: dict[str, tuple[str, ...]] = {}
        for term in kb.terms:
            expanded = tuple(cues.WORD.findall(term.expansion.casefold()))
            for alias in {term.term.casefold(), *term.aliases}:
                if " " not in alias:
                    self._expansions[alias] = expanded
        # Like the glossary expansions, split once: English word -> its Indonesian words.
        self._indonesian = {en: tuple(cues.WORD.findall(id_)) for en, id_ in INDONESIAN.items()}
        # Each regency's names, to tell a message about two regencies' slums apart.
        self._regency_names = [
            re.compile(
                r"\b("
                + "|".join(
                    re.escape(name.casefold())
                    for name in (regency.short_name, regency.capital, *regency.aliases)
                )
                + r")\b"
            )
            for regency in REGENCIES
        ]
        self._places = frozenset(
            word
            for regency in REGENCIES
            for name in (regency.short_name, regency.capital, *regency.aliases)
            for word in cues.WORD.findall(name.casefold())
        ) - {"kota", "kabupaten"} | {"kalteng", "kalimantan"}

        # English words: those of the English titles and answers (and the English-Indonesian
        # word list) that the Indonesian ones never use. They take the English stem, in the
        # topics and in questions alike; a word both languages write ("data") keeps Sastrawi's.
        def words_of(texts: Sequence[str]) -> set[str]:
            return {
                w for text in texts for w in cues.WORD.findall(normalise(cues.TAG.sub(" ", text)))
            }

        # Only the shipped topics say which words are English: a learned entry's text stands in
        # both languages, and would make "proposal" Indonesian with every entry an admin saves.
        shipped = [topic for topic in kb.topics if not topic.id.startswith(LEARNED_PREFIX)]
        self._english_words = frozenset(
            (words_of([t for topic in shipped for t in (topic.title_en, topic.answer_en)])
             | set(INDONESIAN))
            - words_of([t for topic in shipped for t in (topic.title_id, topic.answer_id)])
        )  # fmt: skip
        self._docs: list[Counter[str]] = []
        example_words: list[tuple[int, str]] = []
        # Words the knowledge base speaks of (titles, keywords, examples, answers): a question
        # with words outside all of them is probably about something else.
        spoken: set[str] = set()
        self._names: list[frozenset[str]] = []
        # Each text's words, read once for every use below (and kept for a matcher built on
        # this one, when it reads words the same way).
        same_reading = (
            base is not None
            and base._english_words == self._english_words
            and base._expansions == self._expansions
        )
        self._read: dict[str, list[str]] = dict(base._read) if base and same_reading else {}
        read = self._read

        def terms(text: str) -> list[str]:
            if text not in read:
                read[text] = self._terms(text, correct=False)
            return read[text]

        for index, topic in enumerate(kb.topics):
            words: Counter[str] = Counter()
            for text in (topic.title_id, topic.title_en, *topic.keywords, *topic.examples):
                words.update(terms(text))
                if text not in kb.asked:  # the tables' typos are no words the matcher knows
                    spoken.update(terms(text))
            # What the topic is named by (its title's words, its one-word keywords): a
            # one-word question must be one of them ("gubernur" only occurs in "sk gubernur").
            names = [topic.title_id, topic.title_en, *(k for k in topic.keywords if " " not in k)]
            self._names.append(
                frozenset(w for name in names for w in self._terms(name, correct=False))
            )
            answer = cues.TAG.sub(" ", f"{topic.answer_id} {topic.answer_en}")
            answer_words = self._terms(answer, correct=False)
            for word in answer_words:
                words[word] += ANSWER_TEXT_WEIGHT  # type: ignore[assignment]
            spoken.update(answer_words)
            self._docs.append(words)
            for example in topic.examples:
                example_words.append((index, " ".join(terms(example))))
        self.vocabulary = frozenset(spoken)
        self._subject_words = self.vocabulary

        self._lengths = [sum(doc.values()) for doc in self._docs]
        self._index = {topic.id: i for i, topic in enumerate(kb.topics)}
        self._mean_length = sum(self._lengths) / max(1, len(self._lengths))
        self._length_factors = [
            BM25_K1 * (1 - BM25_B + BM25_B * length / self._mean_length) for length in self._lengths
        ]
        # Each word's postings as arrays (the topics using it, its counts there, and BM25's
        # denominator): a question's words are then scored a word at a time, not a topic.
        postings: dict[str, list[tuple[int, float]]] = {}
        for index, doc in enumerate(self._docs):
            for word, tf in doc.items():
                postings.setdefault(word, []).append((index, tf))
        self._postings: dict[str, tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]] = {}
        for word, pairs in postings.items():
            indices = numpy.array([index for index, _ in pairs], dtype=numpy.intp)
            counts = numpy.array([tf for _, tf in pairs], dtype=float)
            factors = numpy.array([self._length_factors[index] for index, _ in pairs])
            self._postings[word] = (indices, counts, counts + factors)
        count = len(self._docs)
        frequency = Counter(word for doc in self._docs for word in set(doc))
        self._idf = {w: math.log(1 + count / n) for w, n in frequency.items()}
        self._unknown_idf = math.log(1 + count)
        self.similarity = ExampleSimilarity(example_words, len(self._docs))
        # Glossary topics' scores are damped: a term's definition answers only when asked.
        self._damping = numpy.array(
            [GLOSSARY_DAMPING if t.id.startswith(GLOSSARY_PREFIX) else 1.0 for t in kb.topics]
        )
        self._rakor = kb.topic(RAKOR_TOPIC) if RAKOR_TOPIC in self._index else None
        # Every name of every glossary term, by its first word, to find terms in a question.
        self._term_names: dict[str, list[tuple[list[str], Term]]] = {}
        for term in kb.terms:
            for name in {term.term.casefold(), *term.aliases}:
                if name_words := cues.WORD.findall(name):
                    self._term_names.setdefault(name_words[0], []).append((name_words, term))
        # Terms named by one word ("apbn", "dak"): a list of them is never a long form.
        self._one_word_terms = frozenset(
            names[0] for entries in self._term_names.values() for names, _ in entries
            if len(names) == 1
        )  # fmt: skip
        self._term_words = sorted(
            {word for names in self._term_names.values() for name, _ in names for word in name}
        )
        # What letters spoken one by one may spell: any word of a term's name ("pokja pe pe a
        # es" is "pokja ppas").
        self._spelt_words = frozenset(self._term_words)
        # The classifier also learns classes beyond the topics: the questions no topic
        # answers, and each intent's messages ("how to submit" teaches the /usul topic).
        self._outside = len(kb.topics)
        self._intent_of: dict[int, Kind] = {}
        labelled: list[tuple[int, str]] = [
            (index, text)
            for index, topic in enumerate(kb.topics)
            for text in (topic.title_id, topic.title_en, *topic.examples)
        ]
        labelled += [(self._outside, text) for text in kb.outside]
        for name, examples in kb.intents:
            if name == HOW_TO_SUBMIT:
                if SUBMIT_TOPIC not in self._index:
                    continue
                label = self._index[SUBMIT_TOPIC]
            else:
                label = self._outside + 1 + len(self._intent_of)
                self._intent_of[label] = Kind(name)
            labelled += [(label, text) for text in examples]
        extended = self._extended(base, labelled, terms) if base is not None else None
        self._model = extended or TopicModel(
            ((label, terms(text), spelled_words(text)) for label, text in labelled),
            self._outside + 1 + len(self._intent_of),
        )
        self._stem_lexicon = Lexicon(self.vocabulary)
        # Every word as written anywhere the matcher knows of, to split words typed together;
        # not the tables' questions, whose typos ("kriteriakumuh") are no spelling.
        written = frozenset(
            word
            for topic in kb.topics
            for text in (
                topic.title_id, topic.title_en, *topic.keywords,
                *(example for example in topic.examples if example not in kb.asked),
                cues.TAG.sub(" ", f"{topic.answer_id} {topic.answer_en}"),
            )
            for word in cues.WORD.findall(normalise(text))
        )  # fmt: skip
        known = cues.FILLER | cues.GREETING_WORDS | set(cues.SLANG) | set(INDONESIAN)
        self._spellings = written | known | self._places
        self._spelling_lexicon = Lexicon(written)
        self._skeletons, self._written_shapes = _shapes(kb, self.vocabulary)
        self._written = written
        # The terms are the base's (learned entries add topics, never terms): read them once.
        self._descriptions: Descriptions = (
            base._descriptions
            if base is not None
            else Descriptions.of(kb.terms, lambda text: self._terms(text, correct=False))
        )

    def _extended(
        self,
        base: Matcher,
        labelled: Sequence[tuple[int, str]],
        terms: Callable[[str], list[str]],
    ) -> TopicModel | None:
        """`base`'s classifier with the topics this knowledge base adds after `base`'s, when
        it is `base`'s knowledge base with a few topics added at the end; else None."""
        old = len(base.kb.topics)
        added = len(self.kb.topics) - old
        if (
            not 0 < added <= MAX_EXTENDED
            or [t.id for t in self.kb.topics[:old]] != [t.id for t in base.kb.topics]
            or self.kb.outside != base.kb.outside
            or self.kb.intents != base.kb.intents
        ):
            return None
        # The outside class and the intents' classes come after the topics: they move up.
        relabel = [*range(old), *(label + added for label in range(old, base._model.topics))]
        new = [
            (label, terms(text), spelled_words(text))
            for label, text in labelled
            if old <= label < self._outside
        ]
        classes = self._outside + 1 + len(self._intent_of)
        # The class of questions no topic answers is the learned entries' rival by design (the
        # province answers what no topic does): it learns their examples as counter-examples.
        return TopicModel.extended(base._model, relabel, classes, new, refit=[self._outside])

    # --- words -----------------------------------------------------------------------------

    def _terms(self, text: str, *, correct: bool) -> list[str]:
        words: list[str] = []
        naming = 0  # words left of a village's or district's name after "desa", "kec", ...
        for raw in cues.WORD.findall(normalise(text)):
            word = cues.SLANG.get(raw, raw)
            if word in cues.PLACE_PREFIXES:
                naming = MAX_PLACE_WORDS
            elif naming:
                naming -= 1
                if correct and self._unknown_name(word):
                    continue  # "desa Sei Gohong": a name, not words the question is about
            if word in cues.FILLER or word in self._places or word.isdigit():
                continue
            words.append(word)
            words.extend(self._expansions.get(word, ()))
            if correct:  # questions only: topics keep their English
                words.extend(self._indonesian.get(word, ()))
        stems = []
        for word in words:
            if word in cues.FILLER:
                continue
            stemmed = english_stem(word) if word in self._english_words else stem(word)
            # "diperlukan" stems to the filler "perlu"; but "ditetapkan" and "penetapan"
            # (designating, the act of the slum decree) are no "tetap" (still).
            if stemmed in cues.FILLER and stemmed not in MEANINGFUL_STEMS:
                continue
            if correct and stemmed not in self.vocabulary:
                read = (
                    self._transposed(word)
                    or self._colloquial(word)
                    or self._english(word)
                    or self._shorthand(word)
                )
                stemmed = read or stemmed
            if correct and stemmed not in self.vocabulary and len(word) >= 4:
                stemmed = self._corrected(word) or stemmed
            elif correct and len(word) >= OVERSTEMMED_FROM and stemmed not in word:
                stemmed = self._misstemmed(word) or stemmed
            stems.append(stemmed)
        return stems

    def _vague(self, question: str) -> bool:
        """Whether a question points at something ("this one", "tersebut") and names no more
        than one thing of its own ("who handles this one?")."""
        if cues.POINTERS.isdisjoint(cues.WORD.findall(normalise(question))):
            return False
        named = set(self._terms(question, correct=True)) - {"one"}  # "this one", "that one"
        return len(named) <= 1

    def _unknown_name(self, word: str) -> bool:
        """Whether a word after "desa", "kec" is a name: no known word, and no known word
        typed wrong ("desa kumh" is a slum, "tanah desa blm brsertifikat" a certificate)."""
        if stem(word) in self.vocabulary or word in self._spellings:
            return False
        # Not one letter off: a name ("Gohong") is often a letter away from a word ("gotong").
        return not (
            self._colloquial(word) or self._english(word) or self._corrected(word, one_edit=False)
        )

    def _colloquial(self, word: str) -> str | None:
        """Spoken-style affixes Sastrawi does not know: "ngurusnya" -> "urus",
        "disiapin" -> "siap", "ngeluarin" -> "keluar"; Javanese "-ipun", "-ne", "-e" (its)
        and "-aken" (-kan): "pembagianipun", "carane", "lahane", "diusulaken"."""
        bases = [word]
        for suffix in ("innya", "in", "nya", "ipun", "aken", "ne", "e"):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                bases.append(word[: -len(suffix)])
        for base in bases:
            for prefix in ("", "nge", "ng", "ny", "di", "m", "n"):
                if base.startswith(prefix) and len(base) > len(prefix) + 2:
                    candidate = stem(base[len(prefix) :])
                    if candidate in self.vocabulary:
                        return candidate
        return None

    def _shorthand(self, word: str) -> str | None:
        """The one known word whose consonants a vowel-dropping shorthand keeps ("usln" ->
        "usul", "kwngn" -> "wenang", "dokmn" -> "dokumen"): no vowel after the first letter,
        or one with four consonants kept ("hunt" is no "henti"); none when two words share
        those consonants."""
        vowels = sum(letter in VOWELS for letter in word[1:])
        shape = skeleton(word)
        if vowels > 1 or (vowels and len(shape) <= MIN_SKELETON) or not word.isalpha():
            return None
        if shape in self._skeletons:
            return self._skeletons[shape]
        # Cut short as well ("jml" for "jumlah"): the one stem whose consonants it begins.
        started = {
            stemmed
            for known, stemmed in self._skeletons.items()
            if known.startswith(shape) and len(shape) >= SHORTHAND_SHARE * len(known)
        }
        return started.pop() if len(started) == 1 else None

    def _misstemmed(self, word: str) -> str | None:
        """The stem of the known word a typo was meant for, when the stemmer made another known
        stem of the typo by cutting at the wrong place ("delinasi", delineasi typed short,
        stems to "dinas"): the known word as written this close, when its stem differs."""
        if word in self._spellings:
            return None
        close = self._spelling_lexicon.closest(word, MISSTEMMED_CUTOFF)
        return stem(close[0]) if close is not None and stem(close[0]) in self.vocabulary else None

    def _transposed(self, word: str) -> str | None:
        """The stem of the one known word two neighbouring letters swapped make ("rthl" ->
        "rtlh", "pus" -> "psu"): the commonest slip in a short acronym, which the ratio the
        typo correction scores by cannot reach (one swap in four letters scores 75) or
        reaches a wrong neighbour ("rthl" is 86 from "rth")."""
        swapped = {
            word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)
        }
        stems = {stem(known) for known in swapped & self._spellings} & self.vocabulary
        return stems.pop() if len(stems) == 1 else None

    def _english(self, word: str) -> str | None:
        """An English word the topics never wrote in this form: "preventing" meets
        "prevention" by their English stem."""
        candidate = english_stem(word)
        return candidate if candidate in self.vocabulary else None

    def _corrected(self, word: str, *, one_edit: bool = True) -> str | None:
        """The known word a typo most likely meant: its stem against the topics' stems, or
        the word as typed against every word as written ("kewenangn" -> "kewenangan",
        whose stem "wenang" the first comparison cannot reach), whichever is closer; with
        `one_edit`, failing both, the one known word a letter away."""
        by_stem = self._stem_lexicon.closest(stem(word), TYPO_CUTOFF)
        as_written = self._spelling_lexicon.closest(word, TYPO_CUTOFF)
        if as_written is not None and (by_stem is None or as_written[1] > by_stem[1]):
            written = stem(as_written[0])
            if written in self.vocabulary:
                return written
        if by_stem is not None:
            return str(by_stem[0])
        return self._one_edit(word) if one_edit else None

    def _one_edit(self, word: str) -> str | None:
        """The stem of the one known word a letter away, if only one is (measured two-fold
        in docs/decisions.md: the short words a phone's autocorrect or a slip changes)."""
        if len(word) < ONE_EDIT_FROM:
            return None
        close = self._spelling_lexicon.one_edit(word, limit=3)
        stems = {stem(spelling) for spelling in close} & self.vocabulary
        return stems.pop() if len(stems) == 1 else None

    def _unjoined(self, text: str) -> str:
        """Words typed without their space, written apart: "kriteriakumuh" -> "kriteria
        kumuh", "7aspek" -> "7 aspek"; a held last letter written once ("ajaa" -> "aja").
        In an English sentence an unknown word is left whole: it is likelier an English word
        the lists lack than two typed together ("message" is no "mess age")."""
        words = []
        english = written_in_english(cues.WORD.findall(text))
        old = not english and self._old_spelling(text)
        for word in self._rejoined(text.split()):
            core = word.strip(cues.PUNCTUATION)
            if old and (modern := self._modern(core)) is not None:
                words.append(word.replace(core, modern))
                continue
            if (read := self._misprinted(core)) is not None:
                words.append(word.replace(core, read))
                continue
            if not english and (full := self._written_out(core)) is not None:
                words.append(word.replace(core, full))
                continue
            if len(core) < 4 or core in self._spellings or not core.isalnum():
                words.append(word)
                continue
            apart = self._apart(core, glued=not english)
            words.append(word if apart is None else word.replace(core, apart))
        return self._lettered(" ".join(words))

    def _old_spelling(self, text: str) -> bool:
        """Whether a message is written in the spelling before 1972: an unknown word with a
        mark only it writes ("itoe", "pandjang", "artinja") is a known word respelled; a name
        or an abbreviation with such letters ("Ditjen", "Tjilik", "TJSL") is not."""
        if cues.OLD_SPELLING_MARK.search(text) is None:
            return False  # most messages: no word to look at
        return any(
            cues.OLD_SPELLING_MARK.search(word) is not None and self._modern(word) is not None
            for word in cues.WORD.findall(text)
        )

    def _modern(self, word: str) -> str | None:
        """The known word an unknown one writes in the old spelling ("itoe" -> "itu",
        "pandjangnja" -> "panjangnya", "jang" -> "yang", "kerdja" -> "kerja"); None when the
        modern spelling is no known word either. "j" for "y" is tried first, then "j" kept
        (a modern "j" among old letters: "djoedjoer" is "jujur" either way)."""
        if word in self._spellings or not word.isalpha():
            return None
        kept = word
        for old, new in cues.OLD_TO_MODERN:
            kept = kept.replace(old, new)
        for candidate in (kept.replace("j", "y").replace("\0", "j"), kept.replace("\0", "j")):
            if candidate != word and (
                candidate in self._spellings or stem(candidate) in self.vocabulary
            ):
                return candidate
        return None

    def _misprinted(self, word: str) -> str | None:
        """The knowledge base's word a scanned letter or a worn keyboard misprinted: digits
        for letters ("usu1an" -> "usulan", "rak0r" -> "rakor", "b0t" -> "bot") or "rn" for
        "m" ("kurnuh" -> "kumuh", "karni" -> "kami"); None when no known word results, or the
        word is known as typed ("pernah" stays)."""
        if len(word) < MIN_GLYPHED or word in self._spellings or not word.isalnum():
            return None
        if word.isalpha():
            if "rn" not in word or stem(word) in self.vocabulary:
                return None
            read = word.replace("rn", "m")
            return read if read in self._spellings else None
        small = cues.ALAY_SMALL_WORD.fullmatch(word) is not None
        if cues.MISPRINTED.fullmatch(word) is None and not small:
            return None  # "5rt", "4lokasi": a count before a word, no misprint
        readings = [""]
        for letter in word:
            readings = [read + glyph for read in readings for glyph in GLYPHS.get(letter, letter)]
        known = {
            read
            for read in readings
            if read in self._spellings and (not small or read in cues.FILLER)
        }
        return known.pop() if len(known) == 1 else None

    def _rejoined(self, words: list[str]) -> list[str]:
        """A word voice typing cut in pieces, whole again: "ben cana" -> "bencana", "dis per
        kim tan" -> "disperkimtan", "us ulan" -> "usulan"; only into a word the knowledge
        base writes, and only when a piece is no word of its own ("di tolak" stays)."""
        out: list[str] = []
        at = 0
        while at < len(words):
            for size in range(VOICE_PIECES, 1, -1):
                pieces = words[at : at + size]
                cores = [piece.strip(cues.PUNCTUATION) for piece in pieces]
                # Only the last piece may carry punctuation after it ("rak or?").
                if len(pieces) < size or any(
                    core != piece for core, piece in zip(cores[:-1], pieces[:-1], strict=True)
                ):
                    continue
                joined = "".join(cores)
                if (
                    len(joined) >= MIN_REJOINED
                    and joined.isalpha()
                    and joined in self._written
                    and any(core not in self._spellings for core in cores)
                ):
                    out.append(pieces[-1].replace(cores[-1], joined))
                    at += size
                    break
            else:
                out.append(words[at])
                at += 1
        return out

    def _written_out(self, word: str) -> str | None:
        """The knowledge base's word a vowel-dropping shorthand stands for, as written
        ("kwngn" -> "kewenangan", "hktr" -> "hektare", "urusn" -> "urusan"), for an unknown
        word with no vowel after its first letter, or one among four consonants kept; None
        otherwise, or when two words share those consonants."""
        vowels = sum(letter in VOWELS for letter in word[1:])
        if (
            len(word) <= MIN_SKELETON
            or word in self._spellings
            or not word.isalpha()
            or vowels > 1
            or (vowels and len(skeleton(word)) <= MIN_SKELETON)
        ):
            return None
        full = self._written_shapes.get(skeleton(word))
        if full is None and word.endswith("ny"):
            # "knfrmsny": the word with its "-nya" ("konfirmasinya").
            full = self._written_shapes.get(skeleton(word[:-2]))
            full = None if full is None else f"{full}nya"
        # A word of one vowel is an acronym's kind ("sipd"): an unknown one ("sppd", a travel
        # order) is not it with a letter dropped. An Indonesian root of the same consonants
        # may be meant as well ("pngn": "pangan" or "pengen", not "penanganan").
        if full is None or sum(letter in VOWELS for letter in full) < 2:
            return None
        roots = _root_shapes().get(skeleton(word), set())
        if any(not (full.startswith(root) or root.startswith(full)) for root in roots):
            return None
        return full

    def _lettered(self, text: str) -> str:
        """Acronyms spoken letter by letter, as voice typing writes them, in letters: "de e de
        itu apa" -> "ded itu apa", "pe es u" -> "psu", "er pe tiga ka pe" -> "rp3kp", or typed
        apart ("r l h") or with hyphens or dots ("p-b-g", "r.t.l.h"); only into a glossary
        term's name."""
        split = text.split()
        words = [
            # Only a word with a hyphen or a dot after its first letter is looked at again.
            self._unhyphenated(
                word, asked=_pair_asked(split[max(0, at - 2) : at], split[at + 1 : at + 3])
            )
            if len(word) > 2 and word[1] in "-."
            else word
            for at, word in enumerate(split)
        ]
        # A mark after the last letter ("apa itu r l h?") closes the run and stays after it.
        cores = [word.rstrip(cues.PUNCTUATION) for word in words]
        out: list[str] = []
        at = 0
        while at < len(words):
            end = at
            while (
                end < len(words)
                and end - at < MAX_SPELT
                and (
                    cores[end] in LETTER_NAMES
                    or (len(cores[end]) == 1 and cores[end].isalpha())  # "r l h"
                    or (end > at and cores[end] in DIGIT_NAMES)
                )
            ):
                end += 1
                if cores[end - 1] != words[end - 1]:
                    break
            # The longest run from here that spells a term ("pe es u" before "pe es").
            spelt = next(
                (
                    (size, joined)
                    for size in range(end - at, 1, -1)
                    if (joined := "".join(SPOKEN.get(w, w) for w in cores[at : at + size]))
                    in self._spelt_words
                ),
                None,
            )
            if spelt is None:
                out.append(words[at])
                at += 1
            else:
                last = at + spelt[0] - 1
                out.append(spelt[1] + words[last][len(cores[last]) :])
                at += spelt[0]
        return " ".join(out)

    def _unhyphenated(self, word: str, *, asked: bool) -> str:
        """ "p-b-g?" -> "pbg?" when the letters spell a term's word; any other word as it is.
        Two letters only where the pair itself is asked: "K.B." is also family planning and
        "K.K." the family card."""
        core = word.rstrip(cues.PUNCTUATION)
        if len(core) < 3 or core[1] not in "-." or not cues.SPELT_APART.fullmatch(core):
            return word
        if len(core) == 3 and not asked:
            return word
        joined = "".join(char for char in core if char not in "-.")
        return joined + word[len(core) :] if joined in self._spelt_words else word

    def _apart(self, word: str, *, glued: bool = True) -> str | None:
        held = cues.HELD_LAST.sub(r"\1", word)
        if held in self._spellings or (
            # "pakainyaa": a known word with its suffix, its last letter held
            held != word and len(held) >= RUN_ON // 2 and stem(held) in self.vocabulary
        ):
            return held
        if cues.HELD_INSIDE.search(word):
            # "rakooor", "hibbbah", "kumuuuh": the held letter once, or twice where the known
            # word has two ("saaaat" is "saat").
            for kept in (r"\1", r"\1\1"):
                if (
                    once := cues.HELD_LAST.sub(r"\1", cues.HELD_INSIDE.sub(kept, word))
                ) in self._spellings:
                    return once
        digits = cues.LEADING_DIGITS.match(word)
        if digits is not None and digits.group(2) in self._spellings:
            return f"{digits.group(1)} {digits.group(2)}"
        if not glued:
            return None  # an English sentence's unknown word is English, not two words
        if not word.isalpha() or stem(word) in self.vocabulary or self._colloquial(word):
            return None  # a known word with affixes: "perumahannya"
        if any(word.endswith(end) and word[: -len(end)] in self._spellings for end in SUFFIXES):
            return None  # "buatkan" is "buat" with its suffix, not "buat kan"
        splits = [
            (min(cut, len(word) - cut), word[:cut], word[cut:])
            for cut in range(3, len(word) - 2)
            if word[:cut] in self._spellings and word[cut:] in self._spellings
        ]
        if not splits:
            if (root := stem(word)) != word and is_indonesian_root(root):
                return None  # an Indonesian word with affixes, however rare here: "ditutupnya"
            return self._segmented(word) if len(word) >= RUN_ON else None
        _, left, right = max(splits)  # the most even split of "usulankegiatan"
        return f"{left} {right}"

    def _segmented(self, word: str) -> str | None:
        """A whole phrase typed as one word, as voice typing glues it ("datausulanyangwajib
        diisi" -> "data usulan yang wajib diisi"): the fewest known words that spell it, each
        of three letters or more but for a few known short ones, or nothing."""
        # fewest[i]: the fewest pieces spelling word[:i], and where the last piece starts.
        fewest: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(word)
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - MAX_PIECE), end - 1):
                piece, before = word[start:end], fewest[start]
                if before is None or (len(piece) < 3 and piece not in cues.SHORT_WORDS):
                    continue
                if piece in self._spellings and (
                    fewest[end] is None or before[0] + 1 < fewest[end][0]  # type: ignore[index]
                ):
                    fewest[end] = (before[0] + 1, start)
        if fewest[-1] is None or fewest[-1][0] > MAX_PIECES:
            return None
        pieces, end = [], len(word)
        while end:
            start = fewest[end][1]  # type: ignore[index]
            pieces.append(word[start:end])
            end = start
        return " ".join(reversed(pieces))

    # --- reading a question -----------------------------------------------------------------

    def understand(
        self,
        question: str,
        *,
        after_area: bool = False,
        after: tuple[str, str] | None = None,
    ) -> Understanding:
        """What the question asks, and how sure the matcher is. `after_area`: the asker was
        just given a computed slum level, so "klo 16 ha?" asks the same of another area.
        `after`: the asker's previous question and the topic that answered it, so a
        follow-up the words alone leave in doubt ("klo tanahnya blm bersertifikat?") is read
        with it, and answered when that reading lands on the same topic or a kin one."""
        question = _excerpt(question)
        if (parts := _reply_parts(question)) is not None:
            quoted, own = parts
            alone = self.understand(own, after_area=after_area, after=after)
            if self._asks_alone(alone, own):
                return alone
            question = f"{quoted}\n{own}"  # the quote is what is asked about: read together
        if (item := _marked_item(question)) is not None:
            # "1) ... 2) ... yg penting no 1 dulu": the officer says which one to answer.
            alone = self.understand(item, after_area=after_area, after=after)
            if alone.kind not in (Kind.UNKNOWN, Kind.UNSURE):
                return alone
        if (noted := _noted_question(question)) is not None:
            # "**Agenda**\n- Rakor\n- Musrenbang\nRakor itu kepanjangannya apa?": a term's
            # meaning asked under a list; any other last line leans on the list ("total
            # segitu", "yang kedua itu") and is read with it.
            alone = self.understand(noted, after_area=after_area, after=after)
            if (
                alone.kind is Kind.TOPIC
                and alone.topic is not None
                and alone.topic.id.startswith(GLOSSARY_PREFIX)
            ):
                return alone
        if (item := _agenda_item(question)) is not None:
            # The other items of a to-do list are chores ("rekap usulan Barsel", "kirim ke
            # kabid"), not what is asked; they outweighed the item that asks.
            alone = self.understand(item, after_area=after_area, after=after)
            if alone.kind not in (Kind.UNKNOWN, Kind.UNSURE):
                return alone
        understood = self._understand(question, after_area=after_area)
        if understood.kind in (Kind.UNKNOWN, Kind.UNSURE) and _letters_only(question):
            # "a) b) c)", "a b c": list markers or stray letters, no question to read and no
            # follow-up of the last answer ("p", a ping, was read as a greeting above).
            return Understanding(Kind.UNKNOWN)
        if (
            understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and (opened := _without_opening(normalise(question))) is not None
        ):
            # "Jalan-jalan ke Sampit, jangan lupa beli kerupuk. ...", "Kayak pasien dirujuk ke
            # rumah sakit lain, ...": a pantun's lines or an analogy with another sector
            # outweighed the question; read without them, and taken when that reads. Only
            # then: "Kayak desa kami kumuh 11 ha, kewenangan siapa?" is an example, not an
            # analogy, and "Pergi ke lokasi kemarin, luasnya naik jadi 12 ha" no pantun.
            focused = self._understand(opened, after_area=after_area)
            if focused.kind not in (Kind.UNKNOWN, Kind.UNSURE):
                understood = focused
        if (
            understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and not understood.amount
            and (asked := asked_sentences(question, choices=True, lines=True)) is not None
        ):
            # "Selamat pagi. Saya staf baru di Kotim, diminta Kadis menyiapkan ... . Siapa
            # yang menetapkan lokasi kumuh?": the greeting and the situation told first
            # outweigh the question in the words; the sentences that ask are read alone.
            focused = self._understand(asked, after_area=after_area)
            if focused.kind not in (Kind.UNKNOWN, Kind.UNSURE, Kind.TOPIC) or (
                focused.kind is Kind.TOPIC
                and focused.topic is not None
                and (
                    any(topic is focused.topic for topic, _ in understood.candidates)
                    # "tadi error, jadi saya tanya di sini saja: DED itu kepanjangan apa?":
                    # a term beside its cue is asked, whatever the preamble's words rank.
                    or (focused.topic.id.startswith(GLOSSARY_PREFIX) and focused.confidence >= 1)
                )
            ):
                # A topic the whole message also ranked among its best: the situation told
                # may name another one ("nenek ... rumahnya mau roboh. apa yg hrs dilengkapi").
                understood = focused
        if (
            understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and cues.YES_NO_OPENING.search(question) is not None
            and (asked := asked_sentences(question, yes_no=True)) is not None
        ):
            # "Is housing ... handled by the centre? Don't wanna promise the village ...": an
            # English yes/no question read alone, taken for who is responsible, an area or
            # the officer's proposals; "Is the rakor online this year? ..." or "Is a DED
            # required for RTLH? ..." alone reads as the Rakor or the DED entry, which answer
            # neither, and is handed over as before.
            focused = self._understand(asked, after_area=after_area)
            if focused.kind in (Kind.STATUS, Kind.DEADLINE, Kind.AREA) or (
                focused.kind is Kind.TOPIC
                and focused.topic is not None
                and focused.topic.id.startswith(AUTHORITY_PREFIX)
            ):
                understood = focused
        if (
            understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and understood.candidates
            and (entry := understood.candidates[0][0]).id.startswith(GLOSSARY_PREFIX)
            and cues.LONG_FORM_ASKED.search(plain := normalise(question)) is not None
            and len(named := self._named_terms(cues.WORD.findall(plain))) == 1
            and GLOSSARY_PREFIX + named[0][2].slug == entry.id
        ):
            # "What's this BAST they want signed ...? Grand if you could tell me what it
            # stands for.": the long form of the one term the message names, however far
            # from it; the words around it left the reading in doubt.
            understood = self._sure(entry.id)
        elif (
            understood.kind is Kind.TOPIC
            and understood.topic is not None
            and not understood.topic.id.startswith(GLOSSARY_PREFIX)
            and cues.LONG_FORM_OF.search(plain := normalise(question)) is not None
            and len(slugs := {t.slug for _, _, t in self._named_terms(cues.WORD.findall(plain))})
            == 1
            and (entry_id := GLOSSARY_PREFIX + slugs.pop()) in self._index
        ):
            # "SPM perumahan target 100 %, SPM-nya itu singkatan apa pak?": the long form of
            # the one term named is asked, whatever topic the words around it rank first.
            understood = self._sure(entry_id)
        if (
            understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and OVERVIEW_TOPIC in self._index
            and cues.WHO_DOES_WHAT.search(normalise(question)) is not None
        ):
            # "Kindly share the overall breakup of housing and settlement functions between
            # Centre, Province and District. Who is doing what exactly?": the words the
            # matcher does not know left it in doubt; who does what is the overview.
            understood = self._sure(OVERVIEW_TOPIC)
        if (
            understood.kind in (Kind.STATUS, Kind.MEETING, Kind.DEADLINE)
            and (asked := asked_sentences(question)) is not None
        ):
            # "Update from Puruk Cahu: we have several ideas for next year. What types of
            # proposal can a regency send?": a report told first ("rapat internal minggu
            # ini ...") is no question about the officer's proposals or the meeting; the
            # sentences that ask are, when they ask of a topic.
            # Or another of these ("Kadis minta usulan dikirim sebelum batas waktu. Saya
            # lupa batasnya kapan?": the deadline, not the meeting the report names).
            focused = self._understand(asked, after_area=after_area)
            if (
                focused.kind is Kind.TOPIC
                # "Any news on the proposals we sent in? Where are they at?": the asking
                # sentence asks where they stand, of the proposals the one before names.
                and not (understood.kind is Kind.STATUS and cues.THEIR_STANDING.search(asked))
            ) or (
                focused.kind in (Kind.STATUS, Kind.MEETING, Kind.DEADLINE)
                and focused.kind is not understood.kind
            ):
                understood = focused
        outside = self._outside_quote(question, after_area)
        if outside is not None:
            # The officer asks outside the quote (an area, an intent, what a term named there
            # means), and the quote is what they ask about or its setting: it is not read
            # alone. A question as vague as "saya harus cek apa saja?" leaves the quote the
            # subject.
            understood = outside
        elif (relayed := cues.RELAYED.search(question.casefold())) is not None and _asks_something(
            quoted := relayed.group("quoted")
        ):
            # "pak lurah tanya 'KR di tabel kumuh itu artinya apa?', jelasinnya gimana?": the
            # quoted question is read alone; "how do I explain it" around it says nothing of
            # what it is about.
            focused = self._understand(quoted, after_area=after_area)
            if focused.kind not in (Kind.UNKNOWN, Kind.UNSURE):
                understood = focused
        if (swapped := self._swapped(question)) is not None:
            # "syarat usulan RTLH, eh salah, maksud saya PSU, apa aja?": a term or an area
            # put right in place; the question around it still holds.
            focused = self._understand(swapped, after_area=after_area)
            if focused.kind not in (Kind.UNKNOWN, Kind.UNSURE):
                understood = focused
        elif understood.kind is not Kind.GREETING and (fixed := corrected(question)) is not None:
            # Not after a closing: a question taken back with only "I found it" after it
            # stays one. "RAB itu singkatan apa? eh ralat, ... RKS": the words corrected away
            # would pull toward what the officer did not mean; the corrected part is read
            # alone. It may leave the subject unsaid ("ralat, seharusnya yang tanda tangan
            # siapa?"): when its own reading scores the whole message's topic as high as its
            # pick, the whole message, subject and all, is the better reading.
            focused = self._understand(fixed, after_area=after_area)
            torn = understood.kind is Kind.TOPIC and any(
                topic is understood.topic and score >= focused.confidence
                for topic, score in focused.candidates
            )
            if focused.kind not in (Kind.UNKNOWN, Kind.UNSURE) and not torn:
                understood = focused
        if understood.kind in (Kind.UNKNOWN, Kind.UNSURE) and (
            part := self._answered_part(question, after_area)
        ):
            return part
        if understood.kind in (Kind.TOPIC, Kind.AREA) and self._asks_beyond(question):
            # "kumuh 12 ha kabupaten atau provinsi? sekalian, harga semen berapa?": answered
            # whole, the second question is still the province's, and the reply says so.
            understood = replace(understood, partly=True)
        if (
            understood.kind is Kind.TOPIC
            and understood.topic is not None
            and not understood.topic.id.startswith(GLOSSARY_PREFIX)  # a term is named
            and self._vague(question)
        ):
            # "who handles this one?": one word of substance and a pointer at what is not
            # there; a confident answer would be a guess (a learned batch made it one).
            understood = replace(understood, kind=Kind.UNSURE, topic=None)
        if understood.kind is Kind.TOPIC and cues.STAFF_NUMBER.search(normalise(question)):
            # "lupa no hp admin yg urus usulan": the office's contacts among choices, never
            # given as that person's number.
            understood = replace(understood, kind=Kind.UNSURE, topic=None)
        found = understood.topic
        if (
            understood.kind is Kind.TOPIC
            and found is not None
            and found.id.startswith(LEARNED_PREFIX)
            and not self._within(question, found)
        ):
            # The province answered "pagu PSU 2025": "pagu PSU 2026" or "... kab Kapuas
            # 2025" is another question, which the province answers again.
            return Understanding(Kind.UNKNOWN, candidates=understood.candidates)
        previous, topic_id = after if after is not None else ("", "")
        before = self.kb.topic(topic_id) if topic_id in self._index else None
        if before is not None and language_asked(question) is not None:
            # "in English please" after an answer: that answer again, in the language asked
            # (the reply's language is the handler's), not the bot's how-to its words rank;
            # after a computed slum level, the level computed again, not the whole rule.
            again = self._understand(previous) if previous else None
            if again is not None and again.kind is Kind.AREA:
                return again
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0)
        if _only_basis(question):
            # "dasar hukumnya apa?": the basis of what was just answered, printed under it;
            # alone it names no subject, whatever topic its words happen to share.
            if before is not None:
                return Understanding(Kind.TOPIC, topic=before, confidence=1.0, basis_only=True)
            # With nothing before it, the bot asks the basis of what: topics that merely
            # share "dasar" or "hukum" are no choice to offer (twelfth try-out).
            return Understanding(Kind.UNSURE, basis_only=True)
        if (
            before is not None
            and before.id in SCORE_TOPICS.values()
            and (scored := self._score_again(question)) is not None
        ):
            return scored  # "klo skor 40?", "kalo 30?" right after a score's band
        words = spelled_words(question)
        if before is not None and _only_words(
            words, cues.SHORTER, cues.SHORTER_ASIDES, cues.MORE_OF_IT, cues.TALK_WORDS
        ):
            # "singkatnya gimana, poin-poinnya aja" right after an answer: its gist (a
            # learned "penjelasan singkat ... Pokja PPAS" once took it for that term).
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0, brief=True)
        if before is not None and _area_alone(question):
            # "kalau 12 ha?" after a definition or another topic: the slum-area rule's
            # question when the subject was it, else choices led by it, never the subject's
            # answer again ("12 ha" says nothing about the huntara just defined).
            if before.id in (SLUM_RULE_TOPIC, SLUM_CENTRE_TOPIC, DELINEATION_TOPIC):
                return self._understand(question, after_area=True)
            return understood
        if (
            before is not None
            and (needed := REQUIREMENTS_AFTER.get(before.id)) in self._index
            and understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and len(words) <= FOLLOW_UP_WORDS
            and cues.REQUIREMENTS.search(" ".join(words)) is not None
        ):
            # "trs syaratnya apa" right after whose a slum or PSU work is: what a proposal of
            # it to the province must carry, or for a slum of 15 ha or more, which no such
            # proposal fits, the channels that do fund it.
            return self._sure(needed)
        if (
            before is not None
            and before.id == RAKOR_TOPIC
            and understood.kind is not Kind.MEETING
            and self._about_the_meeting(words)
        ):
            # "dmn tempatnya", "jam brp" right after the meeting: the meeting's place, time.
            return self._intent(Kind.MEETING)
        if (
            before is not None
            and before.id == STATUS_TOPIC
            and 2 <= len(words) <= WHAT_ABOUT_WORDS
            and words[0] in cues.WHAT_ABOUT
            and (rest := cues.STATUS_NAME.sub(" ", " ".join(words))) != " ".join(words)
            and all(w in cues.WHAT_ABOUT or w in cues.FILLER for w in rest.split()[1:])
        ):
            # "klo dibahas di Rakor?" right after what "perlu perbaikan" means: another status
            # of the list just given, not what the Rakor is (follow-ups table C).
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0, on_screen=True)
        if (
            before is not None
            and before.id.startswith(GLOSSARY_PREFIX)
            and understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and (about := self._about_term(before, question)) is not None
        ):
            return about  # "syaratnya apa aja" right after "apa itu RTLH"
        if (
            before is not None
            and not before.id.startswith(GLOSSARY_PREFIX)
            and (
                understood.kind in (Kind.UNSURE, Kind.UNKNOWN)
                or (
                    understood.kind is Kind.TOPIC
                    and understood.topic is not None
                    and understood.topic.id.startswith(GLOSSARY_PREFIX)
                )
            )
            and 2 <= len(words) <= WHAT_ABOUT_WORDS
            and words[0] in cues.WHAT_ABOUT
            and cues.GLOSSARY_CUES.search(plain := normalise(question)) is None
            and (terms := self._terms(plain, correct=True))
            and self.coverage(terms, before) >= 1.0
        ):
            # "kalau SKBG?" after who issues permits: a bare "what about X" whose X the answer
            # just given covers asks the same of X, which that answer gives, not what X means.
            # A topic of its own the words name ("klo sedang sama ringan?" after the heavy
            # band) is left to them: a narrower neighbour the answer only mentions.
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0)
        said = " ".join(words)
        bare_signing = (
            cues.WHO_SIGNS.search(said) is not None and cues.SIGNED_THING.search(said) is None
        )
        if (
            before is not None
            and understood.kind is Kind.TOPIC
            and understood.topic is not None
            and len(words) <= FOLLOW_UP_WORDS
            and words
            and (
                (words[0] in cues.CARRYING_ON and not self._kin_to(before, understood.topic))
                or (bare_signing and understood.topic.id != before.id)
            )
            # "terus DED itu apa?", "trus kewenangan kumuh gimana": a follow-up naming its
            # own subject asks about that, not about the one before.
            and not self._names_its_topic(question, understood.topic)
        ):
            # "trus siapa yg tanda tangan?" right after the asset grant: "and then" carries
            # the subject on, so the reading with the question before wins when it lands on
            # the subject or a kin topic; the words alone may name another topic confidently.
            together = self._understand(f"{previous} {question}")
            if (
                together.kind is Kind.TOPIC
                and together.topic is not None
                and self._kin_to(before, together.topic)
            ):
                return together
            if bare_signing:
                # "siapa yg tanda tangan?" after another subject: who signs what is not
                # said; the topic its words name alone (a community request's) is a guess.
                return replace(understood, kind=Kind.UNSURE, topic=None)
        if (
            before is not None
            and before.id.startswith(AUTHORITY_PREFIX)
            and _only_words(words, cues.LEVELS_NAMED, cues.LEVEL_PART_WORDS, cues.WHAT_ABOUT)
        ):
            # "bagaimana dengan bagian kabupaten/kota?" after the housing sub-affair: the
            # answer just given states each level's part; the overview or another level's
            # topic the bare level ranks first is a guess (follow-ups table C).
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0, on_screen=True)
        if (
            before is not None
            and understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
            and not understood.amount
            and _only_words(
                words,
                cues.MORE_OF_IT,
                cues.WHAT_ABOUT,
                cues.CARRYING_ON,
                cues.POINTING_BACK,
                cues.TALK_WORDS,
            )
        ):
            # "maksudnya gimana tuh?", "contohnya apa aja?" right after an answer: more of
            # it, which that answer (with its example and source) is; alone it names nothing
            # to hand over (follow-ups table C).
            return Understanding(Kind.TOPIC, topic=before, confidence=1.0, on_screen=True)
        if before is None or understood.kind is not Kind.UNSURE:
            return understood
        if len(words) > FOLLOW_UP_WORDS and not any(
            topic.id == before.id or _kin(before, topic) or _kin(topic, before)
            for topic, _ in understood.candidates
        ):
            # A whole question of its own ("can you give an overview of which level does
            # what?"), none of whose choices is the subject: not read as a follow-up.
            return understood
        together = self._understand(f"{previous} {question}")
        found = together.topic
        if (
            together.kind is Kind.TOPIC
            and found is not None
            and (found.id == before.id or _kin(before, found) or _kin(found, before))
            # A definition again answers no follow-up ("pokir dprd bisa masuk usulan ini?"
            # after "hibah itu apa"): the question before's words pulled it back.
            and not (found.id == before.id and found.id.startswith(GLOSSARY_PREFIX))
        ):
            return together
        return understood

    def intents_asked(self, question: str) -> list[Kind]:
        """The schedule questions of a message of several ("rakor kpn? trs batas usulan
        kpn?"): the next meeting and the proposal deadline, each read from a clause of its
        own, in the order asked."""
        kinds: list[Kind] = []
        for clause in asked_clauses(question):
            kind = self._understand(clause).kind
            if kind in (Kind.MEETING, Kind.DEADLINE) and kind not in kinds:
                kinds.append(kind)
        return kinds

    def also_asked(self, question: str, answered: Understanding) -> tuple[Topic, ...]:
        """Other topics a message of several questions asks, each read confidently from a
        clause of its own and neither answered nor kin to what was: the reply answers one
        and offers these (at most two), rather than leaving the rest unsaid."""
        given = answered.covers()
        kin = [self.kb.topic(topic_id) for topic_id in given if topic_id in self._index]
        found: dict[str, Topic] = {}
        for clause in asked_clauses(question):
            if _only_basis(clause):
                continue  # "dasar hukumnya apa?": printed under the answer
            other = self._understand(clause)
            topic = other.topic
            if (
                other.kind is Kind.TOPIC
                and topic is not None
                and topic.id not in given
                and not topic.id.startswith(GLOSSARY_PREFIX)
                and not any(self._kin_to(before, topic) for before in kin)
            ):
                found.setdefault(topic.id, topic)
        return tuple(found.values())[:2]

    def _names_its_topic(self, question: str, topic: Topic) -> bool:
        """Whether the question names `topic` by a word of its title or one-word keywords,
        or names a glossary term."""
        terms = set(self._terms(self._unjoined(question), correct=True))
        return bool(terms & self._names[self._index[topic.id]]) or bool(self._terms_asked(question))

    @staticmethod
    def _kin_to(before: Topic, found: Topic) -> bool:
        """Whether `found` is the subject `before` or a topic kin to it either way."""
        return found.id == before.id or _kin(before, found) or _kin(found, before)

    def _about_term(self, entry: Topic, question: str) -> Understanding | None:
        """A short follow-up after a term's definition, read with the term's name rather than
        the question before ("apa itu RTLH" would pull it back to the definition): a topic
        about the term that the reading finds with confidence, never the definition again."""
        slug = entry.id.removeprefix(GLOSSARY_PREFIX)
        term = next((term for term in self.kb.terms if term.slug == slug), None)
        words = spelled_words(question)
        if term is None or len(words) > FOLLOW_UP_WORDS:
            return None
        if not all(word in cues.FILLER or stem(word) in self._subject_words for word in words):
            return None  # a word the knowledge base never uses: another subject
        found = self._understand(f"{term.term} {question}")
        if (
            found.kind is Kind.TOPIC
            and found.topic is not None
            and not found.topic.id.startswith(GLOSSARY_PREFIX)
            and found.confidence >= ALONE_AT
        ):
            return found
        return None

    def asks_when_or_where(self, question: str) -> bool:
        """Whether a message is a bare "when, where, what" and nothing else ("di mana
        tempatnya", "jam brp mulainya"): about a meeting, when one is expected."""
        return self._about_the_meeting(spelled_words(question))

    def _about_the_meeting(self, words: Sequence[str]) -> bool:
        """Whether a bare follow-up asks when, where or what about the meeting just shown,
        with nothing but such words ("jadwal musrenbang kapan" is another event's)."""
        joined = " ".join(words)
        return (self._asks_when(joined) or cues.AGENDA.search(joined) is not None) and all(
            word in cues.FILLER
            or word in cues.WHEN_WORDS
            or word in cues.CARRYING_ON  # "trs dmn tempatnya?"
            or cues.WHEN.search(word)
            for word in words
        )

    @staticmethod
    def _asks_when(spelled: str) -> bool:
        """When or where: "kapan", "jam brp", "di mana"; not "biasanya bulan apa" (usually
        when?), which is about the yearly cycle rather than a date."""
        return (
            cues.WHEN.search(spelled) is not None or cues.PLACE.search(spelled) is not None
        ) and "biasanya" not in spelled

    def _answered_part(self, question: str, after_area: bool) -> Understanding | None:
        """The part of a two-part message the knowledge base answers, when the other part,
        added with "sekalian", "satu lagi", "oh ya", is one it does not ("jaling itu apa?
        sekalian harga paving per m2 di Buntok berapa?"): read whole, the second part
        handed both over."""
        parts = cues.ALSO_ASKING.split(question, maxsplit=1)
        if len(parts) != 3:  # the two sides and the marker between
            return None
        readings = [self._understand(part, after_area=after_area) for part in parts[::2]]
        kinds = [reading.kind for reading in readings]
        if Kind.UNKNOWN not in kinds:
            return None
        side = 1 - kinds.index(Kind.UNKNOWN)
        answered = readings[side]
        # Only a part that asks ("nobar timnas malam ini? sekalian abis rakor" asks nothing
        # of the Rakor).
        if answered.kind not in (Kind.TOPIC, Kind.AREA) or not _part_asks(parts[2 * side]):
            return None
        return replace(answered, partly=True)

    def _asks_beyond(self, question: str) -> bool:
        """Whether a part added with "sekalian", "satu lagi", "oh ya" asks something the
        knowledge base hands over, beside a part it answers."""
        parts = cues.ALSO_ASKING.split(question, maxsplit=1)
        if len(parts) != 3 or not all(_part_asks(part) for part in parts[::2]):
            return False
        kinds = [self._understand(part).kind for part in parts[::2]]
        return Kind.UNKNOWN in kinds and (Kind.TOPIC in kinds or Kind.AREA in kinds)

    def _understand(self, question: str, *, after_area: bool = False) -> Understanding:
        # "apa kewenangan kab selain kumuh di bawah 10 ha": an area set aside is not asked.
        text = cues.EXCEPT_AREA.sub(" ", self._unjoined(normalise(question)))
        if (rounded := cues.ROUNDED_AREA.sub(" ", text)) != text and self._areas(rounded):
            text = rounded  # the measured area is told beside the rounded one
        text = cues.HEDGE.sub(" ", cues.REPORT_OPENING.sub("", cues.CHAT_STAMP.sub("", text)))
        text = self._terms_aside(text)
        if (address := cues.LEADING_ADDRESS.match(text)) is not None and self._named_terms(
            spelled_words(rest := text[address.end() :])
        ):
            text = rest  # "kak, bapperida itu apa": "kak" addresses; KAK is not asked
        if (
            (whose := cues.SHORT_WHOSE.match(text)) is not None
            and cues.WHO_IS.isdisjoint(words := whose.group(1).split())
            and cues.FILLER.isdisjoint(words)  # "mbr itu siapa": who they are
            and self._named_terms(words)
        ):
            text = f"{whose.group(1)} kewenangan siapa"
        if is_greeting(text) or self._taken_back_only(text):
            return Understanding(Kind.GREETING)
        if (
            cues.WHO_ARE_YOU.search(text) is not None
            and (help_id := COMMAND_TOPICS["bantuan"]) in self._index
        ):
            return self._sure(help_id)  # "kamu ini bot apa": what the bot is and does
        if self._opening(text):
            return Understanding(Kind.GREETING)
        code = cues.CODE.search(text)
        if (
            code is not None
            and cues.GLOSSARY_CUES.search(text) is not None
            and cues.OWN.search(text) is None
            and SUBMIT_TOPIC in self._index
        ):
            # "kode USL-2026-0012 itu artinya apa?": the tracking code a sent proposal gets;
            # "USL-2026-0012 statusnya dibahas rakor tu artinya": what its status means.
            status = cues.STATUS_NAME.search(text) is not None and STATUS_TOPIC in self._index
            return self._sure(STATUS_TOPIC if status else SUBMIT_TOPIC)
        if code is not None:
            year, number = code.groups()
            return Understanding(Kind.STATUS, code=f"USL-{year}-{int(number):04d}")
        if (short := cues.SHORT_CODE.search(text)) is not None:
            return Understanding(Kind.STATUS, code=short.group(1))  # "usulan 0001 gmn"
        spelled = " ".join(cues.SLANG.get(word, word) for word in cues.WORD.findall(text))
        if cues.BARE_STATUS.search(text) is not None:
            return Understanding(Kind.STATUS)
        if (
            any(phrase in text or phrase in spelled for phrase in cues.STATUS_PHRASES)
            and cues.MEANING.search(spelled) is None  # "what do the proposal statuses mean?"
            and cues.COMPARE.search(spelled) is None  # "bedanya verifikasi sama dibahas ..."
            and cues.FILLED_HOW.search(spelled) is None  # "lokasi diisi sampe mana"
            and cues.STATUS_ORDER.search(spelled) is None
            and cues.WHAT_IF_NOT.search(spelled) is None
            # "batas kewenangan provinsi sampai mana?": how far a rule reaches, no proposal.
            and (cues.PROPOSAL.search(spelled) is not None or cues.OWN.search(text) is not None)
        ):
            return Understanding(Kind.STATUS)
        if cues.LODGING.search(spelled) is not None or (
            cues.NOT_OURS.search(spelled) is not None
            and not (cues.MEETING.search(spelled) and cues.WHEN.search(spelled))
        ):
            # "dress code rakor", "SPPD rakor diganti?", "peserta rakor nginap dimana": beside
            # the subject, the province's to answer, which it may have done in a FAQ (fifteenth
            # try-out: its saved wording lost to the meeting's place); "rakor kapan? mau pesan
            # tiket" still asks when the meeting is.
            saved = self._topic(text)
            if (
                saved.kind is Kind.TOPIC
                and saved.topic
                and saved.topic.id.startswith(LEARNED_PREFIX)
            ):
                return saved
            return Understanding(Kind.UNKNOWN, amount=cues.HOW_MUCH.search(spelled) is not None)
        if cues.SLUM_LISTED.search(spelled) and cues.NAMED_PLACE.search(spelled):
            # "kelurahan Baamang Hulu termasuk kawasan kumuh ga?": a fact of one place's
            # decree, which no topic holds (fourteenth try-out: the slum-area rule answered).
            return Understanding(Kind.UNKNOWN)
        about_proposal = cues.PROPOSAL.search(spelled) is not None
        if about_proposal and cues.FORGOT_CODE.search(spelled) is not None:
            return Understanding(Kind.STATUS)  # "sy lupa kode usulan kami": their list
        # The officer's own proposals ("kami", or their regency by name), how they are getting
        # on, and not a general "kalau usulan ditolak..." or "biasanya".
        own = self._own(text, spelled)
        if (
            about_proposal
            and own
            and (
                cues.PROGRESS.search(spelled) is not None
                or (
                    cues.STUCK.search(spelled) is not None
                    and _asks_something(spelled)
                    # "usulan kumuh 15 ha kami mentok di provinsi, itu kewenangan siapa?"
                    and cues.AREA.search(text) is None
                    and cues.AUTHORITY_ASKED.search(spelled) is None
                )
            )
            and cues.GENERAL.search(spelled) is None
            and cues.MEANING.search(spelled) is None  # "what does rejected mean"
            and cues.COMPARE.search(spelled) is None  # "beda ditolak dan dialihkan apa?"
            and cues.FUNDING_WHAT.search(spelled) is None  # "ditolak, alternatif pendanaan?"
            and cues.STILL_OPEN.search(spelled) is None  # "usulan masih diterima?": deadline
            and cues.CHANNEL_CHOICE.search(spelled) is None  # "lewat bot atau surat?"
        ):
            return Understanding(Kind.STATUS)
        if (
            about_proposal
            and cues.STILL_OPEN.search(spelled)
            and not self._unmet(spelled)
            # "SK kumuhnya kadaluarsa, usulan kumuh masih bisa masuk?": whether the decree
            # still stands, not until when proposals are taken.
            and cues.SK_EXPIRED.search(spelled) is None
        ):
            return self._intent(Kind.DEADLINE)
        if (
            about_proposal
            and SUBMIT_TOPIC in self._index
            and cues.SEND.search(spelled) is not None
            and cues.HOW.search(spelled) is not None
            and (cues.KINDS_OF.search(spelled) is None or cues.STEPS.search(spelled) is not None)
            and cues.DECIDED.search(spelled) is None
            # "how quickly does the province respond once we send", "how does the province
            # review what we send": what happens after sending, not how to send.
            and cues.RESPONSE.search(spelled) is None
            and cues.REVIEWED.search(spelled) is None
            # "cara mengisi biaya di form", "what photos should we send": one part of the
            # proposal, which the topics about that part answer.
            and cues.PROPOSAL_PART.search(spelled) is None
            # "usulan wajib dilengkapi surat pernyataan, maksudnya gimana buat kami": what a
            # requirement means ("buat" there is "for"), not how to send.
            and cues.MEANING.search(spelled) is None
            and cues.ADDRESS.search(spelled) is None
            and cues.ALREADY_SENT.search(spelled) is None  # "yang kita kirim bulan lalu"
        ):
            return self._sure(SUBMIT_TOPIC)
        # Chat spellings first ("kpn rakor", "rakor jam brp"), then the when/where cues.
        # "rakor biasanya bulan apa" (usually when?) is about the yearly cycle, not the date.
        if (
            (self._asks_when(spelled) or cues.AGENDA.search(spelled) is not None)
            and cues.MEETING.search(spelled) is not None
            and _when_beside_meeting(spelled)
            and cues.REPRESENTED.search(spelled) is None
            and not _reminder_asked(spelled)  # "pengingat rapat dikirim kapan"
            and not _deadline_before_meeting(spelled)
            and (not _past_meeting(spelled) or cues.NEXT_MEETING.search(spelled) is not None)
            and (
                cues.AFTER_MEETING.search(spelled) is None
                or cues.NEXT_MEETING.search(spelled) is not None
            )
        ):
            return self._intent(Kind.MEETING)
        if (
            not about_proposal
            and cues.DEADLINE_ALONE.search(spelled) is not None
            and len(cues.WORD.findall(spelled)) <= SHORT_DEADLINE_WORDS
            and cues.MEETING.search(spelled) is None
            and cues.RESPONSE.search(spelled) is None  # "batas waktu dibalas?": the review's
        ):
            return self._intent(Kind.DEADLINE)  # "what is the deadline", "tenggat kpn?"
        if (
            about_proposal
            and (
                cues.DEADLINE.search(spelled) is not None
                # "dl" is "deadline" and also "dulu" (first): a when-cue tells them apart.
                or (cues.LIMIT.search(spelled) is not None and cues.WHEN.search(spelled))
            )
            and cues.RESPONSE.search(spelled) is None  # "batas waktu prov menanggapi usulan"
        ):
            return self._intent(Kind.DEADLINE)
        areas = self._areas(text, follow_up=after_area)
        if (
            areas
            and cues.WHICH_AREA.search(spelled) is not None
            and DELINEATION_TOPIC in self._index
        ):
            # "yg dipake luas kelurahan atau luas yg di SK? kelurahan kami 300 ha": which area
            # counts is the question, whatever the number typed.
            return self._sure(DELINEATION_TOPIC)
        if (
            not areas
            and (
                cues.AREA_SOURCE.search(spelled) is not None
                or cues.WHICH_AREA.search(spelled) is not None
            )
            and cues.SLUM_OR_AUTHORITY.search(spelled) is not None
            and DELINEATION_TOPIC in self._index
        ):
            # "luasan kumuh dihitungnya dari mana": which area counts, with no number typed.
            return self._sure(DELINEATION_TOPIC)
        if (
            not areas
            and cues.AT_MOST.search(text) is not None
            and cues.AREA.search(text) is not None
            and cues.SLUM_OR_AUTHORITY.search(spelled) is not None
            and SLUM_RULE_TOPIC in self._index
        ):
            # "kumuh maksimal 10 ha": 10 ha or less straddles a band's limit; the rule with
            # every band answers either side.
            return self._sure(SLUM_RULE_TOPIC)
        if (
            not areas
            and cues.BEYOND_PROVINCE.search(spelled) is not None
            and cues.SLUM_OR_AUTHORITY.search(spelled) is not None
            and cues.FUNDING_WHAT.search(spelled) is None
            and cues.WHICH_ONE.search(spelled) is None  # "desa ratusan ha, dihitung yg mana"
            and SLUM_CENTRE_TOPIC in self._index
        ):
            # "kumuhnya puluhan hektar, bukan wewenang prov kan": past the province's band.
            return self._sure(SLUM_CENTRE_TOPIC)
        if areas and (
            cues.FUNDING_WHAT.search(spelled) is not None
            or (
                cues.FUNDING_CHOICES.search(spelled) is not None
                and cues.AUTHORITY_ASKED.search(spelled) is None
            )
        ):
            areas = []  # "kumuh 6 ha didanai pakai apa": the funding channels, not the level
        if (
            areas
            and cues.PROVINCE_TOTAL.search(spelled) is not None
            and max(area for area, _ in areas) >= PROVINCE_TOTAL_HA
        ):
            # "total kumuh di Kalteng brp? ada yg bilang 6.998 ha": the province's figures,
            # a sum of many slums, not one to compute.
            areas = []
        if (
            areas
            and cues.EXAMPLE_FIGURE.search(spelled)
            and not cues.SLUM_WORD.search(spelled)
            and not _level_asked(spelled)
        ):
            # "luasnya ditulis dlm ha atau m2, misal 12,5 Ha atau 125.000 M2?": how to write an
            # area, with an example of one; no slum's.
            areas = []
        if areas and cues.PERMIT.search(spelled) and not cues.SLUM_WORD.search(spelled):
            # "izin pengembangan kawasan permukiman 25 ha, siapa yang menerbitkan": a permit,
            # which no slum band decides.
            areas = []
        if (
            areas
            and (cues.REQUIREMENTS.search(spelled) or cues.SK_STANDING.search(spelled))
            and not _level_asked(spelled)
        ):
            # "usulan kumuh 12 ha, syarat kesiapannya apa lagi", "SK kumuhnya dari 2019,
            # masih bisa dipakai utk kumuh 12 ha?": the papers, not the area's level.
            areas = []
        if (
            areas
            and not _level_asked(spelled)
            and "__" not in question  # a blank to fill beside an area asks its level
            and (cues.GLOSSARY_CUES.search(text) or cues.MEANING.search(text))
            and self._term_beside_cue(text) is not None
        ):
            # "SK kumuh Kapuas tertulis '12 ha', ha itu kependekan dr apa": a term beside its
            # cue is asked; the area is where it was read.
            areas = []
        if areas and (told := self._area_told_only(question, text)) is not None:
            # "Kumuh di desa kami 6 ha, jadi bukan provinsi. Dananya dicari dari mana?": the
            # area is the situation; the question after it asks something else.
            return told
        if len({slum_ruling(_nudged(*each)).level for each in areas}) == 1:
            area, bound = areas[0]
            ruling = slum_ruling(_nudged(area, bound))
            rule = SLUM_CENTRE_TOPIC if ruling.level is Level.PUSAT else SLUM_RULE_TOPIC
            spanned = bound == BAND_END
            return Understanding(
                Kind.AREA,
                topic=self.kb.topic(rule) if rule in self._index else None,
                area_ha=area,
                ruling=ruling,
                confidence=1.0,
                bound=None if spanned else bound,
                area_to=areas[-1][0] if spanned else None,
            )
        if (
            areas
            and SLUM_RULE_TOPIC in self._index
            and (
                self._several_regencies(text)
                # "tiga lokasi: 4 ha, 11 ha dan 17 ha, masing-masing kewenangan siapa?"
                or cues.EACH.search(spelled) is not None
                # "batas 10 ha dan 15 ha itu dari mana": the bands' own limits
                or {area for area, _ in areas} == BAND_LIMITS
            )
        ):
            # "Kapuas ada kumuh 12 ha, Pulpis 6 ha, dua2nya bisa ke prov?": two regencies'
            # slums, each its own level: the rule with every band answers both.
            return self._sure(SLUM_RULE_TOPIC)
        if areas and (chosen := self._area_asked(question, after_area)) is not None:
            # "Luasnya 8 ha... eh, ternyata 11 ha. Kalau 11 ha, tanggung jawab siapa?": of
            # areas told, the one the asking sentence names and asks the level of.
            return chosen
        if areas and DELINEATION_TOPIC in self._index:
            # "SK-nya 25 ha tapi yang ditangani 12 ha": areas of different levels ask which
            # one counts, which the delineated-area topic answers, not one computed level.
            return self._sure(DELINEATION_TOPIC)
        if (scored := self._score(text, spelled)) is not None:
            return scored
        if (
            cues.HOW_MUCH.search(spelled) is not None and cues.MONEY.search(spelled) is not None
        ) or cues.YEAR_FIGURE.search(spelled) is not None:
            return self._amount(text)
        if (
            (place := cues.PLACE_SCORE.search(spelled)) is not None
            and begins_with_place(spelled[place.start("place") :])
            and not cues.NUMBER.search(spelled)
        ):
            return Understanding(Kind.UNKNOWN)
        command = cues.COMMAND.search(text)
        if command is not None and not self._beside_command(text):
            # "/usul itu buat apa", "di /usul nnti desanya diketik?": about the bot's command;
            # "selain /usul, perintah apa lagi": every command, which the help topic lists.
            # "got what commands ah? like /usul, /status", "beda /usul dan /status": the
            # commands themselves asked about; not "kenapa /usul saya tidak muncul di /status"
            # (review, round 34), which the first command's topic answers.
            several = len(set(cues.COMMAND.findall(text))) > 1 and (
                cues.COMMANDS_ASKED.search(spelled) is not None
                or cues.COMPARE.search(spelled) is not None
            )
            named = (
                "bantuan" if several or cues.OTHER_COMMANDS.search(spelled) else command.group(1)
            )
            if COMMAND_TOPICS[named] in self._index:
                return self._sure(COMMAND_TOPICS[named])
        if (
            cues.TIME_ZONE.search(spelled) is not None
            and cues.MEETING.search(spelled) is None  # "rakor jam 9 wib ya?": the meeting's
            and cues.THE_BOT.search(spelled) is None  # the bot's own times: how to use it
            and TIME_ZONE_TOPIC in self._index
        ):
            # "kalteng pake WIB atau WITA", "what time zone is Central Kalimantan in": the
            # province's zone, whatever else the words share with topics.
            return self._sure(TIME_ZONE_TOPIC)
        terms = self._terms_asked(text)
        if terms:
            learned = self._topic(text)  # the province's own answer to the comparison, if any
            found = learned.topic
            if learned.kind is Kind.TOPIC and found and found.id.startswith(LEARNED_PREFIX):
                return learned
            first, *others = terms
            return Understanding(Kind.TOPIC, topic=first, also=tuple(others), confidence=1.0)
        if (
            cues.RAKOR_STATUS_MEANING.search(spelled) is not None
            and cues.PLANNING_STEP.search(spelled) is None
            and STATUS_TOPIC in self._index
        ):
            # "'dibahas di rakor' itu berarti udh disetujui?": the status, not the Rakor
            # (its term) nor the yearly cycle after it.
            return self._sure(STATUS_TOPIC)
        if (described := self._term_described(text)) is not None:
            return Understanding(Kind.TOPIC, topic=described, confidence=1.0)
        glossary = self._glossary(text)
        if glossary is not None:
            # A decision beside the term ("dialihkan ke DAK maksudnya"), unless the term's own
            # meaning is asked outright ("apa arti DAK, usulan kami dialihkan").
            decided = (
                cues.DECIDED.search(spelled) is not None
                and (about_proposal or cues.STATUS_NAME.search(spelled) is not None)
                and not self._asked_outright(text, glossary)
            )
            # "forum PKP vs pokja PKP bedanya apa": a term set against something no term
            # names, which a topic naming both answers, not one side's definition.
            against = self._set_against(spelled)
            beyond = cues.BEYOND_MEANING.search(text) is not None or decided
            if beyond or against:
                # "Pokja PKP tu fungsinya apa": its role, not what the name means; and
                # "usulan dialihkan ke APBD kab maksudnya apa": the decision, not the term. A
                # topic the words pick confidently answers that, else the definition does.
                about_role = self._topic(text)
                found = about_role.topic
                # "dialihkan ke DAK maksudnya ...": what the decision means, which the term's
                # definition never explains ("... apa itu DAK" still asks for the term).
                explains = decided and cues.DECISION_MEANING.search(text) is not None
                if (
                    about_role.kind is Kind.TOPIC
                    and found is not None
                    and not (explains and found.id.startswith(GLOSSARY_PREFIX))
                    # "PSU bedanya apa sama fasum?": a topic that never names the other side
                    # (who handles PSU) answers no comparison; the definition is nearer.
                    and (beyond or _names_any(found, against))
                ):
                    return about_role
                if explains and DECISION_TOPIC in self._index:
                    return self._sure(DECISION_TOPIC)
                if about_role.kind is Kind.UNSURE and decided:
                    return about_role  # the term's definition never explains a decision
            return Understanding(Kind.TOPIC, topic=glossary, confidence=1.0)
        if cues.OTHER_PROVINCE.search(text) is not None:
            if (
                cues.CAME_FROM.search(text) is None
                or cues.HERE.search(text) is None
                or cues.COMPARE.search(text) is not None
            ):
                # "lokasi kumuh yg ditangani pemprov kalsel", "aturan RTLH di Jabar apa
                # bedanya dengan di sini": another province's data or rules, which this
                # knowledge base (Kalimantan Tengah's) does not hold.
                return Understanding(Kind.UNKNOWN)
            # "dulu di Kalsel kumuh dibagi per luas, di Kalteng sama?": the province the
            # officer came from is only the comparison; what is asked is this one's rule.
            text = cues.OTHER_PROVINCE.sub(" ", text)
        return self._topic(text)

    def _set_against(self, spelled: str) -> frozenset[str]:
        """The words a comparison sets against the one term it names ("forum PKP vs pokja PKP
        bedanya apa" -> {"forum"}); none when it compares no thing or several terms, or
        when the words are the term's own long form ("prasarana, sarana, utilitas dlm PSU
        itu bedanya apa?" asks what the term means, part by part)."""
        words = spelled.split()
        named = {term.slug: term for _, _, term in self._named_terms(words)}
        if cues.COMPARE.search(spelled) is None or len(named) != 1:
            return frozenset()
        term = next(iter(named.values()))
        name = set(cues.WORD.findall(term.term.casefold()))
        own = set(cues.WORD.findall(term.expansion.casefold())) | name
        long_form = {word for word in words if len(word) > SHORT_WORD} & (own - name)
        if len(long_form) >= 2:
            return frozenset()
        return frozenset(
            word
            for word in words
            if len(word) > SHORT_WORD
            and word not in own
            and word not in cues.FILLER
            and word not in cues.QUESTION_WORDS
            and cues.COMPARE.fullmatch(word) is None
        )

    def _area_asked(self, question: str, after_area: bool) -> Understanding | None:
        """The computed level of the one area an asking sentence names when the sentences
        before it told others, corrected or updated since ("... tercatat 12 ha, sekarang 17
        ha. Kawasan 17 ha itu kewenangan siapa?"); None unless that sentence asks a level."""
        asked = asked_sentences(question)
        if asked is None or cues.RESTATED.search(normalise(question)) is None:
            return None  # "SK-nya 25 ha. Yang ditangani 12 ha, siapa?": which area counts
        spelled = " ".join(spelled_words(asked))
        if not _level_asked(spelled) or cues.WHICH_AREA.search(spelled) is not None:
            return None
        reading = self._understand(asked, after_area=after_area)
        return reading if reading.kind is Kind.AREA else None

    def _area_told_only(self, question: str, text: str) -> Understanding | None:
        """The topic a message asks about when its areas are all in sentences that ask
        nothing and its asking sentences do not ask about a level or proposing ("Usulan kumuh
        7 ha kami ditolak, bukan kewenangan provinsi. Terus kami harus bagaimana?"); None
        when the words pick no other topic than the slum-area rules with confidence."""
        asked = asked_sentences(question)
        if asked is None or self._areas(normalise(asked)):
            return None
        if _level_asked(" ".join(spelled_words(asked))):
            return None
        reading = self._topic(text)
        found = reading.topic
        if reading.kind is not Kind.TOPIC or found is None or found.id in SLUM_AREA_TOPICS:
            return None
        return reading

    def _within(self, question: str, entry: Topic) -> bool:
        """Whether every year and place the question names is one the entry's own questions
        name: a learned answer holds for what was asked, not for another year or regency."""

        def particulars(text: str) -> set[str]:
            words = cues.WORD.findall(normalise(text))
            return {w for w in words if w in self._places or (len(w) == 4 and w[:2] in YEARS)}

        named = set().union(*(particulars(text) for text in entry.examples))
        return particulars(question) <= named

    def readable(self, text: str) -> bool:
        """Whether any word of the message is one the bot can read: a word the knowledge base
        or the word lists use, a place, or an Indonesian root. "asdfgh qwerty" and "hahaha"
        are not, and are asked again rather than handed over to the province."""
        for raw in cues.WORD.findall(normalise(text)):
            word = cues.SLANG.get(raw, raw)
            if len(word) < 2:
                continue  # "a) b) c)": list markers or stray letters, not words
            if (
                word in self._spellings
                or word.isdigit()
                or stem(word) in self.vocabulary
                or is_indonesian_root(word)
                or is_indonesian_root(stem(word))
            ):
                return True
        return False

    @staticmethod
    def _taken_back_only(text: str) -> bool:
        """ "eh nggak jadi deh", "rakor kapan? eh ga jadi", "never mind, thanks": a question
        taken back and nothing asked after it; a closing to acknowledge, not words to match."""
        taken = cues.CANCELLED.search(text)
        if taken is None:
            # "oke sudah paham pak", "Makasih, penjelasannya sudah jelas" close; "usulan kami
            # sudah jelas" and "apakah kewenangannya sudah jelas" ask.
            taken = cues.KNOWN_ALREADY.search(text)
            if taken is None:
                return False
            before = cues.WORD.findall(text[: taken.start()])
            thanked = not cues.THANKS_WORDS.isdisjoint(cues.WORD.findall(text))
            if not thanked and not all(_courtesy(word) for word in before):
                return False
        return all(
            _courtesy(word) or word in cues.FOUND_IT
            for word in cues.WORD.findall(text[taken.end() :])
        )

    def _opening(self, text: str) -> bool:
        """ "sy dr dinas perkim kab katingan mau tanya": asking to ask, after no more than who
        is asking, whatever terms the introduction names; or a greeting with who is asking."""
        found = cues.ASK_TO_ASK.search(text)
        # Without "mau tanya", a greeting and who is asking is all the same an opening
        # ("Assalamualaikum, saya staf baru Dinas Perkim Kab. Sukamara").
        words = cues.WORD.findall(text if found is None else text[: found.start()])
        if found is None and not set(words) & cues.SALUTATIONS:
            return False  # "info disperkim kapuas" is a question, not a hello
        return all(
            word in cues.INTRODUCING
            or word in cues.FILLER
            or word in cues.GREETING_WORDS
            or word in self._places
            for word in words
        )

    def _several_regencies(self, text: str) -> bool:
        """Whether the message names two regencies or more ("Kapuas ..., Pulpis ...")."""
        return sum(pattern.search(text) is not None for pattern in self._regency_names) > 1

    @staticmethod
    def _unmet(spelled: str) -> bool:
        """ "DED belum ada, usulan masih bisa diterima?": a condition not met before "still
        open?" asks who may propose, not until when, unless a time is named."""
        still = cues.STILL_OPEN.search(spelled)
        if still is None or cues.TIME_NAMED.search(spelled) is not None:
            return False
        # "blm kirim usulan, masih bisa?", "belum kami kirim, ...": not yet sent is the
        # deadline question itself.
        before = spelled[: still.start()]
        return any(
            cues.SEND.search(spelled, condition.end(), still.start()) is None
            for condition in (*cues.UNMET.finditer(before), *cues.CONDITION.finditer(before))
        )

    def _own(self, text: str, spelled: str) -> bool:
        """Whether the question is about the asker's own proposals ("kami", "yg kmrn
        dikirim", or their regency by name)."""
        return (
            cues.OWN.search(text) is not None
            or cues.PARTICULAR.search(spelled) is not None
            or any(w in self._places for w in spelled.split())
        )

    def _score(self, text: str, spelled: str) -> Understanding | None:
        """ "skornya 63 masuk kategori apa": the scoring topic of the score's band (heavy, the
        confirmed band; the others, the unconfirmed ranges), with the score to lead with."""
        if cues.NON_SLUM_SCORE.search(spelled) and cues.SCORE_OF_SLUM.search(spelled) is None:
            # "skor prioritas kami 70 itu bagus?": another score, which no topic rates; how
            # the priority score is made ("dihitung dari apa") the review topic explains.
            if cues.PRIORITY.search(spelled) is not None and cues.SCORE.search(spelled) is None:
                return None
            return Understanding(Kind.UNKNOWN)
        found = cues.SCORE.search(spelled)
        if (
            found is None
            or len(cues.NUMBER.findall(spelled)) != 1
            or cues.SCORE_OF_SLUM.search(spelled) is None
            or cues.OTHER_SCORE.search(spelled) is not None
            or cues.NEGATIVE.search(text) is not None  # "skor -5": no total is below zero
        ):
            return None
        score = int(found.group(3))
        if score > MAX_SCORE:
            return None  # not a total score: the province can say what it is
        topic = SCORE_TOPICS[band(score) is Band.HEAVY]
        if topic not in self._index:
            return None
        return Understanding(Kind.TOPIC, topic=self.kb.topic(topic), confidence=1.0, score=score)

    def _score_again(self, question: str) -> Understanding | None:
        """Another total score, asked in a bare follow-up ("klo skor 40?", "kalau 30 gmn"):
        one number up to the maximum total, beside nothing but follow-up words."""
        words = spelled_words(question)
        numbers = [word for word in words if word.isdigit()]
        if len(numbers) != 1 or int(numbers[0]) > MAX_SCORE or cues.NEGATIVE.search(question):
            return None
        if cues.AREA.search(normalise(question)) is not None:
            return None  # "klo 2 ha?": an area, never a score
        at = words.index(numbers[0])
        if at and words[at - 1] in cues.BAND_NAMED:
            return None  # "kategori 2 itu apa": a band by its number, never a total score
        if not all(
            word.isdigit()
            or word in cues.FOLLOW_UP
            or word in cues.FILLER
            or cues.SCORE_WORD.fullmatch(word)
            or word in cues.BAND_ASKED  # "skornya 63 masuk apa" right after a score's band
            for word in words
        ):
            return None
        score = int(numbers[0])
        topic = SCORE_TOPICS[band(score) is Band.HEAVY]
        if topic not in self._index:
            return None
        return Understanding(Kind.TOPIC, topic=self.kb.topic(topic), confidence=1.0, score=score)

    def _amount(self, text: str) -> Understanding:
        """A sum of money asked: only a learned entry (the province's own answer) gives it."""
        found = self._topic(text)
        if found.kind is Kind.TOPIC and found.topic and found.topic.id.startswith(LEARNED_PREFIX):
            return found
        return Understanding(
            Kind.UNKNOWN, candidates=found.candidates, confidence=found.confidence, amount=True
        )

    def _areas(self, text: str, *, follow_up: bool = False) -> list[tuple[Decimal, str | None]]:
        """The slum areas asked about, in hectares, each with "<" or ">" when a bound was
        typed. Of several, only the one the question names as the slum's when every other
        is a village's: "desa kami 45 ha tp delineasi kumuh di SK cm 4,5 ha" asks about
        4.5 ha, while "SK-nya 25 ha tapi yang ditangani 12 ha" keeps both (a real doubt)."""
        words = set(cues.WORD.findall(text))
        about_slums = any(
            word.startswith(cues.SLUM_WORDS)
            # "kumh", "kmuh": the one word the whole computation hangs on, typed in a hurry
            or (len(word) >= 4 and fuzz.ratio(word, "kumuh") >= SLUM_TYPO_CUTOFF)
            for word in words
        )
        about_duty = (
            bool(words & cues.DUTY_WORDS or cues.WHICH_LEVEL.search(text) is not None)
            and not words & cues.OTHER_AFFAIRS
        )
        # Right after a computed level, an area alone ("klo 16 ha?") is another slum's;
        # "psu 2 ha", "sawah 16 ha" or a village's area is other land.
        again = follow_up and all(
            word.isdigit()
            or word in cues.FOLLOW_UP
            or word in cues.FILLER
            or word in cues.DUTY_WORDS
            for word in words
        )
        if not (about_slums or about_duty or again):
            return []
        if (then := cues.THEN_AND_NOW.search(text)) is not None and cues.AREA.search(
            text, then.end()
        ):
            # The areas told of the past are not asked about, when an area follows "now"
            # ("kumuh 12 ha dulu kabupaten, sekarang siapa?" still asks of its 12 ha).
            text = text[then.end() :]
        elif (revised := cues.AFTER_REVISION.search(text)) is not None and cues.AREA.search(
            text, revised.end()
        ):
            text = text[revised.end() :]  # "8 ha, setelah revisi SK jadi 10 ha": 10 ha
        text = spelled_numbers(text)  # "kumuh dua belas ha" is 12 ha
        text = cues.NOT_REACHING.sub("kurang dari ", text)
        text = cues.SHORT_OF.sub(r"kurang dari \1", text)
        text = cues.AT_MOST.sub("paling banyak ", text)
        if (band := cues.RANGE.search(text)) is not None and (
            band.group("between") or band.group("to") not in ("dan", "and")
        ):
            # "kumuh 10-15 ha" names the rule's band, not an area to compute; a band within
            # one level ("antara 10 sampai 14 ha") is answered by that level, unless another
            # area is told beside it ("kumuh 12 ha, luas desa 20-30 ha": which one counts).
            alone = cues.AREA.search(text[: band.start()] + " " + text[band.end() :]) is None
            return _band(band) if alone else []
        if any(_at_limit(about.group("number")) for about in cues.ABOUT_NUMBER.finditer(text)):
            return []  # "sekitar 10-an ha" may fall either side of the limit: the whole rule
        text = cues.ABOUT_NUMBER.sub(r"\g<number>", text)
        found: list[tuple[Decimal, str | None]] = []
        owners: list[str | None] = []  # whose area each is, from the words typed before it
        limits: list[bool] = []  # each found area's: named as the rule's limit
        start = 0
        for match in cues.AREA.finditer(text):
            before = text[start : match.start()]
            owners.append(_owner(cues.WORD.findall(before)))
            start = match.end()
            number, unit = match.group("number"), match.group("unit")
            try:
                area = parse_area_ha(f"{number} {unit}")
                if thousand := match.group("thousand"):  # "120 rb m2", "1 juta m2"
                    millions = thousand in ("juta", "jt", "million")
                    if millions and cues.MONEY_BEFORE.search(
                        text, max(0, match.start() - 40), match.start()
                    ):
                        # "harga tanah 1 juta m2": a price per square metre, no area
                        owners.pop()
                        continue
                    times = 10**6 if millions else 1000
                    area = parse_area_ha(f"{parse_area_ha(f'{number} ha') * times} {unit}")
            except Invalid as refused:
                if (either := _either_way(refused, unit)) is None:
                    owners[-1] = "unreadable"  # an area that could not be read: no choosing
                    continue
                area = either
            bound = match.group("bound")
            if bound == "paling banyak":
                # At most 9 ha is the regency's either way; at most 10 ha is 10 ha (the
                # province's) or less (the regency's): a doubt the whole rule answers.
                if slum_ruling(area).level is not slum_ruling(_nudged(area, "<")).level:
                    owners[-1] = "unreadable"
                    continue
                bound = None
            found.append(
                (area, None if bound is None else "<" if bound.startswith(cues.BELOW) else ">")
            )
            limits.append(
                area in BAND_LIMITS
                and (
                    cues.LIMIT_BEFORE.search(before) is not None
                    or (
                        cues.LIMIT_AFTER.match(text, match.end()) is not None
                        and cues.LIMIT_AFTER_BEFORE.search(before) is not None
                    )
                    or (
                        bool(limits)
                        and limits[-1]
                        and cues.LIMIT_JOIN.fullmatch(before) is not None
                    )
                )
            )
        if any(limits) and not all(limits):
            # "kumuh 6 ha, di bawah batas 10 ha": the slum's area is the one asked about.
            return [each for each, limit in zip(found, limits, strict=True) if not limit]
        if len(found) > 1 and owners.count("slum") == 1 and set(owners) == {"slum", "village"}:
            return [found[owners.index("slum")]]
        if not found and again:
            # "klo 14,9?" right after "kumuh 12 ha": the same unit as the area before.
            numbers = cues.BARE_NUMBER.findall(text)
            if len(numbers) == 1 and not cues.YEAR.fullmatch(numbers[0]):
                try:
                    return [(parse_area_ha(f"{numbers[0]} ha"), None)]
                except Invalid:
                    return []
        return found

    def _glossary(self, text: str) -> Topic | None:
        """ "apa itu PSU": the glossary entry, when the term is what the question is about.

        The question's other words must be filler or cue words (one more is allowed, as in
        "DAK tematik PPKT itu dana apa"), else a topic about the term answers it better.
        """
        if cues.KNOWN_TERM.search(text) is not None and (unknown := self._not_known_term(text)):
            return unknown
        beside_cue = self._term_beside_cue(text)
        if beside_cue is not None:
            return beside_cue
        if cues.GLOSSARY_CUES.search(text) is None:
            return None
        if (first := self._leading_term(cues.WORD.findall(text))) is not None:
            return self.kb.topic(GLOSSARY_PREFIX + first.slug)  # "KAK dlm dokumen ... itu apa"
        rest = cues.GLOSSARY_CUES.sub(" ", text)
        words = [cues.SLANG.get(w, w) for w in cues.WORD.findall(rest)]
        content = [w for w in words if w not in cues.FILLER and w not in self._places]
        if cues.ATTRIBUTE_NOUNS.intersection(content):
            return None  # "kriteria kumuh itu apa aja": the criteria, a topic of their own
        for term in self.kb.terms:
            for name in (term.term.casefold(), *term.aliases):
                name_words = cues.WORD.findall(name)
                fits = name_words and _contains(content, name_words)
                if fits and len(content) - len(name_words) <= 1:
                    return self.kb.topic(GLOSSARY_PREFIX + term.slug)
        return None

    def _term_described(self, text: str) -> Topic | None:
        """ "dokumen yg isinya rincian biaya pekerjaan itu namanya apa?": the glossary term a
        description names when its name is asked. A term named before the asking is what is
        asked ("RTLH singkatannya apa" is the glossary's own question, "PBG itu pengganti IMB
        ya? singkatannya apa" asks PBG's); one named further before a name asked is part of
        the description, known by name and so not the answer ("program bantuan bedah rumah
        ... yg swadaya namanya apa" is BSPS). Terms right after the asking are guesses ("...,
        renstra atau rpjmd?": the choices), later ones context ("yg kadang diminta bareng
        DED"); neither lends the description its words."""
        cue = cues.NAME_ASKED.search(text)
        if (
            cue is None
            # "... namanya apa & gunanya apa", "... namanya apa dan siapa yg tanda tangan",
            # "... istilahnya apa, bisa diusulkan?": more is asked, which a topic answers.
            or cues.BEYOND_MEANING.search(text, cue.end()) is not None
            or cues.MORE_ASKED.search(text, cue.end()) is not None
            # "desa yg kena banjir kemarin namanya apa", "orang provinsi yang verifikasi ...
            # namanya apa": a place's or a person's name, which no term is.
            or cues.NAMED_ONE.search(text, 0, cue.start()) is not None
        ):
            return None
        words = cues.WORD.findall(text)
        asking_at = len(cues.WORD.findall(text[: cue.start()]))
        asked_end = len(cues.WORD.findall(text[: cue.end()]))
        named = self._named_terms(words)
        abbreviation = cue.group(1) in cues.ABBREVIATION_ASKED
        if any(
            asking_at >= end and (abbreviation or asking_at - end <= GUESS_GAP)
            for _, end, _ in named
        ):
            return None  # "RTLH itu singkatannya apa": the term is what is asked
        after = [(start, end, term) for start, end, term in named if start >= asked_end]
        guessed = [term.slug for start, _, term in after if start - asked_end <= GUESS_GAP]
        # Terms named in the description are known by name, and not what is asked.
        context = {term.slug for _, _, term in named} - set(guessed)
        kept = [w for at, w in enumerate(words) if not any(s <= at < e for s, e, _ in after)]
        slug = self._descriptions.named(
            set(self._terms(" ".join(kept), correct=True)),
            among=guessed if len(guessed) > 1 else (),
            leaving=context,
        )
        return None if slug is None else self.kb.topic(GLOSSARY_PREFIX + slug)

    def _not_known_term(self, text: str) -> Topic | None:
        """ "RKA sudah saya pahami, tinggal DPA yang belum, itu artinya apa?": the first term
        named after the last clause that says the officer knows a term, when a cue asks its
        meaning; None when no clause names a known term ("saya sudah baca juknis, kriteria
        RTLH itu apa?" knows no term), no term follows, or a property of it is asked."""
        clauses = cues.CLAUSE_BREAK.split(text)
        known = [
            at
            for at, clause in enumerate(clauses)
            if cues.KNOWN_TERM.search(clause) and self._named_terms(cues.WORD.findall(clause))
        ]
        if not known:
            return None
        # The first term after the last clause saying what is known ("Kalau BMD sudah saya
        # paham, lalu BMN yang disebut di naskah hibah ... itu apa?": BMN, not "hibah").
        for clause in clauses[known[-1] + 1 :]:
            words = cues.WORD.findall(clause)
            if named := self._named_terms(words):
                start, end, term = named[0]
                break
        else:
            return None
        if cues.ATTRIBUTE_NOUNS.intersection(words[:start]):
            return None  # "RAB sudah paham, kriteria RKS apa?": the criteria, not the term
        after = " ".join(words[end:])
        # "BMN apa?" beside it, or a cue of meaning anywhere ("..., itu artinya apa?").
        if cues.GLOSSARY_CUES.search(text) is None and cues.TERM_BEFORE.match(after) is None:
            return None
        return self.kb.topic(GLOSSARY_PREFIX + term.slug)

    def _term_beside_cue(self, text: str) -> Topic | None:
        """The glossary term a cue points at: "apa itu X", "X itu apa", "X bedanya apa"."""
        # Chat spellings of the cue words ("SKT tu surat ap"), never of a term's own name.
        words = [
            w if w in self._term_names else self._term_typo(cues.SLANG.get(w, w))
            for w in cues.WORD.findall(text)
        ]
        # An abbreviation opening its own long form ("huntara itu singkatan hunian tetap ...")
        # is what is asked, the term inside the guess is not; then a term right after "apa
        # itu" beats one before a cue ("kak, apa itu RTLH": "kak" greets); between two of a
        # kind, the longer name wins. A term that is also a way to address the admin, at the
        # message's start or end, loses to any other ("rtlh itu apa sih kak").
        found: tuple[bool, bool, bool, int, Term] | None = None
        cued: set[int] = set()  # where the cued terms start
        ends = _ends_before(text, "?,.")
        asked_ends, paused, stopped = ends["?"], ends[","], ends["."]
        for start in range(len(words)):
            for size, term in self._names_at(words, start):
                # Within its question: "KUA-PPAS itu apa??? bukan kantor urusan agama kan"
                # asks what it means, the joke after it is no "apa bukan" (is it not); in
                # "RKPD itu apa sih??? rencana kerja ...", "apa sih" points at no later term.
                begin = max((i + 1 for i in asked_ends if i < start), default=0)
                end = next((i + 1 for i in asked_ends if i >= start + size - 1), len(words))
                if end == start + size or (end < len(words) and words[end] in ("atau", "or")):
                    # "bukankah IPAL bagian dari SPALD? apa bedanya?"; "Rakor itu rapat
                    # koordinasi kan? atau rapat kopi wkwk": a second guess at the same term.
                    end = len(words)
                before = " ".join(words[begin:start]) + " "
                # "RPJMD 2025-2029 itu dokumen apa": the years a plan runs are part of its
                # name (one year is the thing's that year: "Rakor 2025 itu apa jadi ...").
                named_end = start + size
                if named_end + 1 < end and all(
                    cues.YEAR.fullmatch(word) for word in words[named_end : named_end + 2]
                ):
                    named_end += 2
                after = " ".join(words[named_end:end])
                comma = next((i + 1 for i in paused if i >= named_end), end)
                cued_after = cues.TERM_AFTER.search(before) is not None or (
                    # "what SKBG, boss?", "What KAK is?", "what BMD is, the ... said it": a
                    # bare "what" and the term alone in its question (not "what DED, RAB and
                    # RKS do we need", "what SK kumuh, ours is from 2019, ...").
                    f" {before}".endswith(" what ")
                    and (
                        all(word in cues.BARE_WHAT_ASIDES for word in words[named_end:end])
                        or words[named_end:comma] == ["is"]
                    )
                )
                checked = _states_expansion(term, after, self._one_word_terms)
                if (
                    not (
                        cued_after
                        or checked
                        or cues.TERM_BEFORE.match(after)
                        # "SPM itu apa, yg ada target 100% itu?": the cue's clause ends at a
                        # comma and what follows says which one (not "DED itu apa, wajib
                        # dilampirkan gak ...?", a question of its own)
                        or (
                            comma < end
                            and words[comma] in ("yg", "yang", "which", "that", "the")
                            # "delineasi itu apa, yang dihitung luas yang mana?" asks on
                            and cues.CLAUSE_ASKS.isdisjoint(words[comma + 1 : end])
                            and cues.TERM_BEFORE.fullmatch(" ".join(words[named_end:comma]))
                        )
                    )
                    and not (start == 0 and _cued_after_clause(after))
                ):
                    continue
                cued.add(start)
                # A long form spelled out after it is checked whatever word comes before
                # ("... sudah memiliki PBG (persetujuan bangunan gedung), sudah benar?").
                if (
                    not cued_after
                    and not checked
                    # "... bit now. KK means households?": no word across a full stop possesses
                    # the term, nor across a comma one whose meaning is asked ("sweet as, KK
                    # means ..."; "drainase, PSU apa lagi" asks which other works)
                    and start - 1 not in stopped
                    and not (start - 1 in paused and cues.MEANING.match(after))
                    and self._possessed(words[:start], after)
                ):
                    continue
                opens = cues.EXPANSION_CUE.match(after) is not None
                if not cued_after and opens and not _shortened(term):
                    continue  # the abbreviation the clause opens with is asked about
                addressed = words[start] in cues.HONORIFICS and (
                    start == 0 or start + size == len(words)
                )
                key = (not addressed, opens and _shortened(term), cued_after, size)
                if found is None or key > found[:4]:
                    found = (*key, term)
        # "RC di dokumen DAK maksudnya apa": the term the question opens with, placed "in"
        # another, is what is asked about; the one beside the cue is its setting. The
        # question is the clause holding the cue ("Lapor pak, ... Sekalian tanya, KB di
        # tabel SK kumuh itu singkatan apa?": KB, found in a console pass).
        offset = 0
        for clause in cues.CLAUSE_BREAK.split(text):
            said = words[offset : offset + len(cues.WORD.findall(clause))]
            holds_cue = any(offset <= start < offset + len(said) for start in cued)
            if holds_cue and (first := self._leading_term(said)) is not None:
                found = (True, True, True, 0, first)
                break
            offset += len(said)
        if found is None:
            return self._meaning_of_it(text, words)
        return self.kb.topic(GLOSSARY_PREFIX + found[4].slug)

    def _meaning_of_it(self, text: str, words: Sequence[str]) -> Topic | None:
        """ "SKBG bukan sertifikat tanah kan? maksudnya apa": the one abbreviation named
        before a last clause that asks only what it means, else None ("... lokasi masuk SK
        kumuh atau tidak, itu maksudnya apa" asks about the whole line, not "kumuh")."""
        *before, last = cues.CLAUSE_BREAK.split(text.strip())
        if not before or cues.MEANING_OF_IT.match(last) is None:
            return None
        said = words[: len(words) - len(cues.WORD.findall(last))]
        named = {term.slug: term for _, _, term in self._named_terms(said)}
        if len(named) != 1 or not _shortened(term := next(iter(named.values()))):
            return None
        return self.kb.topic(GLOSSARY_PREFIX + term.slug)

    def _term_typo(self, word: str) -> str:
        """The word of a term's name an unknown word beside a cue was typed for ("musrembang
        itu apa", "apa itu SK kumur"), when only one is that close; else the word."""
        if len(word) < ONE_EDIT_FROM or word in self._spellings:
            return word
        close = process.extract(
            word, self._term_words, scorer=Levenshtein.distance, score_cutoff=1, limit=2
        )
        return close[0][0] if len(close) == 1 else word

    def _unit_only(self, text: str, glossary: Topic) -> bool:
        """Whether the term is named only as the unit of a number ("12 ha", "500 m2"), not
        of one ("1 ha")."""
        words = cues.WORD.findall(text)
        starts = self._term_starts(words, glossary)
        # "1 ha itu brp meter persegi" asks what the unit is worth: one of it is the unit.
        return bool(starts) and all(
            start > 0 and words[start - 1][-1].isdigit() and words[start - 1] != "1"
            for start in starts
        )

    def _asked_outright(self, text: str, glossary: Topic) -> bool:
        """Whether a meaning cue comes right before the term's name ("apa itu DAK", "apa
        arti DAK", "pengertian DAK"), or a sentence of its own opens with the term and asks
        its meaning ("..., DAK itu artinya apa")."""
        words = cues.WORD.findall(text)
        if any(
            cues.TERM_AFTER.search(" ".join(words[:start]) + " ") is not None
            for start in self._term_starts(words, glossary)
        ):
            return True
        for clause in cues.CLAUSE_BREAK.split(text):
            said = cues.WORD.findall(clause)
            for size, term in self._names_at(said, 0) if said else ():
                after = " ".join(said[size:])
                if GLOSSARY_PREFIX + term.slug == glossary.id and cues.TERM_BEFORE.match(after):
                    return True
        return False

    def _term_starts(self, words: Sequence[str], glossary: Topic) -> list[int]:
        """Where the glossary entry's term is named among the words."""
        return [
            start
            for start in range(len(words))
            for _, term in self._names_at(words, start)
            if GLOSSARY_PREFIX + term.slug == glossary.id
        ]

    def _beside_command(self, text: str) -> bool:
        """Whether a message naming a command asks about something else: a term its form or
        list names ("form /usul nanya SKT, SKT itu apa?") or a rule its words read as surely
        without the command ("Waktu isi /usul ada pilihan PSU permukiman atau PSU perumahan.
        Yang jadi kewenangan provinsi yang mana?")."""
        rest = cues.COMMAND.sub(" ", text)
        if self._glossary(rest) is not None:
            return True
        reading = self._topic(rest)
        return (
            reading.kind is Kind.TOPIC
            and reading.topic is not None
            and not reading.topic.id.startswith((BOT_PREFIX, *FORM_TOPICS))
            and reading.confidence >= BESIDE_COMMAND
        )

    def _terms_asked(self, text: str) -> list[Topic]:
        """ "apa bedanya RTLH sama BSPS", "KB KS KR itu apa": the two to four glossary terms a
        comparison or a question of meaning names, in the order typed, side by side or joined
        by "sama", "dan", "vs"...; empty unless that is all it asks. A comparison may be
        followed by a guess about one of its terms ("bedanya huntap sama huntara apa? huntap
        itu yg tetap?"), which names no other."""
        found = self._terms_in(text)
        clauses = [clause for clause in cues.CLAUSE_BREAK.split(text) if clause.strip()]
        if found or len(clauses) < 2:
            return found
        first = self._terms_in(clauses[0])
        compared = {topic.id for topic in first}
        later = cues.WORD.findall(" ".join(clauses[1:]))
        named = {GLOSSARY_PREFIX + term.slug for _, _, term in self._named_terms(later)}
        return first if named <= compared else []

    def _terms_aside(self, text: str) -> str:
        """The message without a term it names only as the field it asks in ("kumuh
        artinya apa dlm istilah perkim") or to set it aside ("yg sy tanya RPJMD, bukan
        RKPD"), when it names another term to ask."""
        for pattern in (cues.TERM_FIELD, cues.SET_ASIDE_TERM):
            for found in reversed(list(pattern.finditer(text))):
                named = found.groupdict().get("term") or found.group().split()[-1]
                rest = text[: found.start()] + " " + text[found.end() :]
                if self._named_terms(spelled_words(named)) and self._named_terms(
                    spelled_words(rest)
                ):
                    text = rest
        return text

    def _names_term_of(self, text: str, topic: Topic) -> bool:
        """Whether the text names the term whose glossary entry `topic` is."""
        named = self._named_terms(cues.WORD.findall(normalise(text)))
        return any(GLOSSARY_PREFIX + term.slug == topic.id for _, _, term in named)

    def _asks_alone(self, understood: Understanding, own: str) -> bool:
        """Whether the officer's own words below a quoted message ask something of their own:
        an area, an intent, thanks, or a term they name beside its cue ("> usulan masuk RKPD
        provinsi / RKPD itu singkatan apa"); not "> kumuh 100.000 m2 / itu tanggung jawab
        siapa", which asks about the quote."""
        if understood.kind is Kind.GREETING:
            return is_thanks(own)
        if understood.kind in (Kind.UNKNOWN, Kind.UNSURE):
            return False
        if understood.kind is not Kind.TOPIC or understood.topic is None:
            return True
        # A term beside its cue ("OP itu apa ya?"); not "itu cukup buat RTLH?" under "> SKT",
        # which asks about the quote.
        if not understood.topic.id.startswith(GLOSSARY_PREFIX) or understood.confidence < 1:
            return False
        return self._names_term_of(own, understood.topic)

    def _outside_quote(self, question: str, after_area: bool) -> Understanding | None:
        """How a message reads outside words it quotes someone saying, when that asks of an
        area, an intent or a term named after it ("tadi bot tanya 'apakah lahan clean and
        clear?', clean and clear itu artinya apa?" asks what the term means); None otherwise
        ("kata Pak Sekdis 'harus ada DED', betul?" asks about the quote)."""
        folded = question.casefold()
        said = cues.SAID_QUOTE.search(folded)
        opening = said is None  # a line quoted at the message's start, from a form or a rule
        if opening:
            said = cues.OPENING_QUOTE.match(folded)
        if said is None:
            return None
        after = question[said.end("quote") :]
        if not _asks_something(after):
            return None  # the question is the quote's, or before it
        focused = self._understand(question[: said.start("quote")] + after, after_area=after_area)
        if focused.kind in (Kind.UNKNOWN, Kind.UNSURE, Kind.GREETING):
            return None
        if focused.kind is not Kind.TOPIC or focused.topic is None:
            return focused
        # A quoted rule, then "kalau belum ada data jiwa gimana?", asks about the rule, not
        # what the term it names means.
        if (
            opening
            and focused.topic.id.startswith(GLOSSARY_PREFIX)
            and cues.MEANING.search(after.casefold()) is None
        ):
            return None
        # After the quote, not who said it ("staf Pokja PKP bilang '...', apa iya?").
        return focused if self._names_term_of(after, focused.topic) else None

    def _swapped(self, question: str) -> str | None:
        """The message with a term or an area the officer corrected put right in place ("KB
        di tabel itu apa, eh salah, KR maksud saya, kepanjangannya apa?" -> "kr di tabel itu
        apa, kepanjangannya apa?", "kumuh 9,5 ha, eh koreksi, 10,5 ha, siapa?" -> "kumuh 10,5
        ha, siapa?"); None when the correction is more than a term or an area, or what it
        corrects is not found before it."""
        split = _split_at_correction(question)
        if split is None:
            return None
        before, after = split
        found = cues.CORRECTION_HEAD.match(after)
        head = cues.MEANT_AFTER.sub("", found.group() if found else "").strip()
        rest = after[found.end() :] if found else after
        words = cues.WORD.findall(head)
        if not words or len(words) > MAX_CORRECTION_WORDS:
            return None  # "eh ralat, yang saya tanyakan sebenarnya soal ...": read as it is
        if len(areas := list(cues.AREA.finditer(head))) == 1:
            meant = areas[0].group()
            spans = [match.span() for match in cues.AREA.finditer(before)]
        else:
            # "yang di daftar itu RKS": the one term named is what is meant.
            named = self._named_terms(words)
            if len(named) != 1:
                return None
            ((first, last, _),) = named
            if not set(words[:first] + words[last:]) <= cues.POINTING_AT_TERM:
                return None  # "eh salah, pencegahan kumuh": more than the term is put right
            meant = " ".join(words[first:last])
            places = list(cues.WORD.finditer(before))
            spans = [
                (places[start].start(), places[end - 1].end())
                for start, end, _ in self._named_terms([m.group() for m in places])
            ]
        if not spans:
            return None
        start, end = spans[-1]
        return f"{before[:start]}{meant}{before[end:]}{rest}"

    def _named_terms(self, words: Sequence[str]) -> list[tuple[int, int, Term]]:
        """The glossary terms named among the words: start, end and term, the longest name
        at each start."""
        named: list[tuple[int, int, Term]] = []
        start = 0
        while start < len(words):
            fits = self._names_at(words, start)
            if fits:
                size, term = max(fits, key=lambda fit: fit[0])
                named.append((start, start + size, term))
                start += size
            else:
                start += 1
        return named

    def _terms_in(self, text: str) -> list[Topic]:
        """The terms a comparison or a question of meaning names, when that is all it asks."""
        if (
            cues.COMPARE.search(text) is None
            and cues.GLOSSARY_CUES.search(text) is None
            and cues.SAME.search(text) is None  # "SKPD sama OPD sama aja?"
        ):
            return []
        words = cues.WORD.findall(text)
        named = self._named_terms(words)
        slugs = list(dict.fromkeys(term.slug for _, _, term in named))
        if not 2 <= len(named) <= MAX_TERMS_ASKED or len(slugs) != len(named):
            return []
        between = [words[end:after] for (_, end, _), (after, _, _) in itertools.pairwise(named)]
        if any(gap and not set(gap) <= cues.JOINING for gap in between):
            return []  # "beda jadwal musrenbang dan rkpd": more than the terms
        first_start, last_end = named[0][0], named[-1][1]
        # Nothing else of substance: "bedanya DAK dan APBD utk penanganan kumuh" asks more.
        rest = [cues.SLANG.get(word, word) for word in words[:first_start] + words[last_end:]]
        other = [
            word
            for word in rest
            if word not in cues.FILLER
            and word not in cues.JOINING
            and word not in cues.GREETING_WORDS
            and word not in cues.CONFUSED
            and cues.COMPARE.search(word) is None
            and cues.GLOSSARY_CUES.search(word) is None
        ]
        if len(other) > 1 or any(
            word.isdigit() or pattern.search(word) is not None
            for word in rest
            for pattern in (cues.WHEN, cues.BEYOND_DEFINITION, cues.BEYOND_MEANING, cues.HOW_MUCH)
        ):
            return []  # "bedanya dak dan apbd berapa"
        return [self.kb.topic(GLOSSARY_PREFIX + slug) for slug in slugs]

    def _possessed(self, before: Sequence[str], after: str) -> bool:
        """ "website resmi Disperkimtan apa": a word of substance right before the term and
        the cue right after it ask for the term's website, not its meaning ("itu" between
        them, as in "rusus itu apa", keeps the meaning)."""
        if before and before[-1] in cues.ATTRIBUTE_NOUNS:
            return True  # "kriteria kumuh itu apa aja": the criteria, not what a slum is
        if not before or after.startswith(("itu ", "tu ", "tuh ", "teh ")):
            return False
        word = before[-1]
        if word in PURPOSE_WORDS and len(before) > 1 and before[-2] not in cues.FILLER:
            return True  # "mutu beton minimal untuk drainase lingkungan apa": the concrete's
        return not (
            word in cues.FILLER
            or word in cues.GREETING_WORDS
            or word in cues.JOINING
            or cues.GLOSSARY_CUES.search(word) is not None
        )

    def _leading_term(self, words: Sequence[str]) -> Term | None:
        """The glossary term a question opens with (after a word naming its kind, as in "kode
        KS ...", or a word joining it on, as in "kalau KAK ...") when a place word follows it
        ("KB di data kumuh ..."), else None."""
        start = 1 if words and words[0] in LEADING_JOINERS else 0
        start += 1 if len(words) > start and words[start] in cues.KIND_NOUNS else 0
        for size, term in self._names_at(words, start) if len(words) > start else ():
            end = start + size
            if _cued_after_clause(" ".join(words[end:])):
                return term  # "BSPS yang dari Kementerian PKP itu singkatan apa"
            if len(words) > end + 1 and words[end] in ("yang", "yg"):
                end += 1  # "PKP yang di urusan perumahan itu maksudnya apa"
            # "rusun di Sampit ...": placed in a town, not in a document naming it.
            if (
                len(words) > end
                and words[end] in cues.IN
                and (len(words) == end + 1 or words[end + 1] not in self._places)
            ):
                return term
        return None

    def _names_at(self, words: Sequence[str], start: int) -> list[tuple[int, Term]]:
        """Every glossary term whose name is typed at `words[start]`, with its length in
        words."""
        return [
            (len(name_words), term)
            for name_words, term in self._term_names.get(words[start], ())
            if list(words[start : start + len(name_words)]) == name_words
        ]

    def _topic(self, text: str) -> Understanding:
        query = self._terms(text, correct=True)
        spelled = spelled_words(text)
        if not spelled:
            return Understanding(Kind.UNKNOWN)
        # The classifier's reading. Its intents come after the word rules, for wordings they
        # miss; from its character pieces, even of words the matcher drops ("thx", "tabe").
        decision = self._model.scores(query, spelled)
        model_best = int(decision.argmax())
        intent = self._intent_of.get(model_best)
        # Only above zero, the classifier's own line for "this class": "xyz abc" is no
        # greeting, "oke siap pak nanti kami kabari lagi ya" is one however long.
        sure = decision[model_best] > 0
        if intent is Kind.GREETING and sure:
            return self._intent(intent)
        # Any other intent needs two words of substance ("lanjut" or "batas" alone is no
        # meeting or deadline) and the classifier's own "yes" too: an intent that is only the
        # least unlikely class ("klo kirim usulan skrg kapan dikerjakannya") is no deadline.
        typed = {word for word in spelled if word not in cues.FILLER}  # not the added words
        joined = " ".join(spelled)
        if (
            intent is not None
            and intent is not Kind.GREETING
            and len(typed) > 1
            and sure
            # Like the word rules: the officer's own proposals ("siapa yang menentukan usulan
            # disetujui" is general), and a deadline for proposals.
            and (
                intent is not Kind.STATUS
                or (self._own(text, joined) and cues.GENERAL.search(joined) is None)
            )
            and (
                intent is not Kind.DEADLINE
                or (
                    cues.PROPOSAL.search(joined) is not None
                    and not self._unmet(joined)
                    and cues.RESPONSE.search(joined) is None
                )
            )
        ):
            return self._intent(intent)
        if not query:
            return Understanding(Kind.UNKNOWN)
        # Both readings' evidence together decides the order; each topic keeps its own 0..1
        # score for the thresholds below.
        ranked = self.rank(query, decision)
        if (
            ranked[0][0].id.startswith(GLOSSARY_PREFIX)
            and cues.BEYOND_DEFINITION.search(joined) is not None
            and cues.GLOSSARY_CUES.search(joined) is None
            and cues.MEANING.search(joined) is None
            and ranked[0][0].id
            not in {GLOSSARY_PREFIX + term.slug for _, _, term in self._named_terms(spelled)}
        ):
            # "napa haja syarat dokumennya?": requirements asked without naming RKS, whose
            # expansion ("... dan syarat-syarat") and examples share the words; a definition
            # would not answer it and the term is not what is asked, so the topics behind it
            # are read as usual (the named term still gets the handover below).
            ranked = [pair for pair in ranked if not pair[0].id.startswith(GLOSSARY_PREFIX)]
        authority = cues.AUTHORITY_ASKED.search(joined) is not None
        if ranked[0][0].id.startswith(GLOSSARY_PREFIX) and (
            cues.ELIGIBLE.search(joined)
            or cues.YES_NO_END.search(joined)
            or cues.PART_OF.search(joined)
            or authority
        ):
            # "IPAL komunal kewenangan siapa": whose job a work of PSU is, the PSU rule's
            if authority and ranked[0][0].id in PSU_PARTS and PSU_AUTHORITY_TOPIC in self._index:
                return self._sure(PSU_AUTHORITY_TOPIC)
            # "IPAL komunal bs masuk usulan prov?": whether it may be proposed, which the
            # proposal topics answer; a definition says what it is, not that ("is that part
            # of the SPM?" asks what the standard covers).
            ranked = [pair for pair in ranked if not pair[0].id.startswith(GLOSSARY_PREFIX)]
        if (
            cues.WHO_HANDLES.search(joined)
            and cues.DESIGNATE.search(joined) is None
            # a slum fact ranked first (its score, its kinds), not another authority topic
            and ranked[0][0].id.startswith(SLUM_FACTS)
            and any(word.startswith(cues.SLUM_WORDS) for word in spelled)
        ):
            # "kumuh berat tp kecil, tetep kabupaten yg nangani?": which level handles it,
            # which the slum-area rule decides, when the words rank it among the best three.
            ranked = _preferred(ranked, (SLUM_RULE_TOPIC,))
        if (
            ranked[0][0].id in (SLUM_CENTRE_TOPIC, DELINEATION_TOPIC)
            and cues.SLUM_BANDS_ASKED.search(joined)
            and cues.CENTRE_OR_OUTLINE.search(joined) is None
        ):
            # "provinsi pegang kumuh yg ukuran berapa", "kewenangan kumuh per luasan": the
            # bands of the slum-area rule, not the centre's share or the outline's area alone.
            ranked = _preferred(ranked, (SLUM_RULE_TOPIC,))
        if (
            ranked[0][0].id == STATUS_TOPIC
            and {m.group(1) for m in cues.STATUS_NAME.finditer(joined)}
            in ({"ditolak"}, {"dialihkan"})
            and cues.AFTER_DECISION.search(joined) is not None
        ):
            # "statusnya dialihkan itu kami harus gimana": what that decision means for them
            # and what next, not the list of every status.
            ranked = _preferred(ranked, (DECISION_TOPIC,))
        if (
            ranked[0][0].id.startswith(AUTHORITY_PREFIX)
            and cues.FUNDING_WHAT.search(joined) is not None
            and cues.WHO_HANDLES.search(joined) is None
        ):
            # "kumuh di atas 15 ha cari dananya ke mana?", "kumuh >15 ha itu dananya lwt
            # apa?": the funding channels, not whose authority it is, which the question
            # already takes as known.
            ranked = _preferred(ranked, (OTHER_CHANNELS_TOPIC,))
        if cues.WHICH_OFFICE.search(joined) and AGENCY_TOPIC in self._index:
            # "dinas mana di provinsi yg menangani usulan", "yg pegang PSU bidang mana": the
            # agency and its units, not the overview of who does what.
            ranked = _preferred(ranked, (AGENCY_TOPIC,))
        if cues.WHAT_TO_PROPOSE.search(joined) and KINDS_TOPIC in self._index:
            # "bs usul apa aja ke prov?", "bisa ngusulin apa lagi": the kinds of proposal,
            # not the overview of authority or what one proposal holds.
            ranked = _preferred(ranked, (KINDS_TOPIC,))
        if (cues.MISSING_DOCUMENT.search(joined) and cues.ANYWAY.search(joined)) or (
            cues.PAPERS_ASKED.search(joined) and any(w.startswith("usul") for w in spelled)
        ):
            # "RAB blm ada, msh bs usul?", "usul jalan, berkasnya apa aja": what readiness
            # asks, not the missing document's own topic or the cost or the works beside it,
            # when the words rank it among the best three.
            ranked = _preferred(ranked, READINESS_TOPICS)
        if (
            ranked[0][0].id == STATEMENT_TOPIC
            and cues.REGENT_LETTER.search(joined)
            and cues.STATEMENT.search(joined) is None
        ):
            # "surat bupati perlu ga buat usulan ke prov?": one of the papers readiness lists,
            # not the statement of willingness to take the grant that shares its sentence.
            ranked = _preferred(ranked, READINESS_TOPICS[:1])
        best_topic, best = ranked[0]
        # The lead is measured against the best topic that is not kin to the winner: a tie
        # with its own related topic, or with a glossary term it explains, is no doubt.
        runner_up = next((score for topic, score in ranked[1:] if not _kin(best_topic, topic)), 0.0)
        top = tuple(ranked[:3])
        # How much of the question (by word rarity) the best topic explains: a question about
        # "cara daftar CPNS" shares "cara daftar" with the bot's help, not its point.
        covered = self.coverage(query, best_topic)
        unknown = any(word not in self._subject_words for word in query)
        answer = Understanding(Kind.TOPIC, topic=best_topic, candidates=top, confidence=best)
        if best_topic.id.startswith(GLOSSARY_PREFIX) and (
            # "jadwal musrenbang kecamatan kapan": a definition never says when or where;
            cues.WHEN.search(text) is not None
            or cues.WHEN.search(joined) is not None  # "musrenbang prov kpn"
            # nor gives a year's figure, a document, requirements or a how-to ("alokasi dak
            # ppkt kotim 2025", "daftar jadi penghuni rusunawa syaratnya apa"), unless the
            # question asks what the term means after all.
            or (
                cues.BEYOND_DEFINITION.search(joined) is not None
                and cues.GLOSSARY_CUES.search(joined) is None
                and cues.MEANING.search(joined) is None
            )
        ):
            # The province's own answer to such a question (a how-to, requirements...) close
            # behind the definition answers it ("tata cara pengusulan DAK PPKT" once it
            # answered "mekanisme pengusulan ... DAK PPKT").
            saved = next(
                (
                    pair
                    for pair in ranked[1:3]
                    if pair[0].id.startswith(LEARNED_PREFIX)
                    and pair[1] >= ALONE_AT
                    and self.coverage(query, pair[0]) >= ANSWER_COVERAGE
                    # an answer the province gave to a how-to, not to "berapa nilai BSPS"
                    and any(
                        cues.BEYOND_DEFINITION.search(normalise(example))
                        for example in pair[0].examples
                    )
                ),
                None,
            )
            if saved is not None:
                return Understanding(
                    Kind.TOPIC, topic=saved[0], candidates=top, confidence=saved[1]
                )
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)
        if best_topic.id.startswith(GLOSSARY_PREFIX) and self._unit_only(text, best_topic):
            # "klo 12 ha?": a unit after a number asks nothing about the unit; the topics
            # beside it are offered, never what a hectare is.
            others = tuple(pair for pair in ranked if not pair[0].id.startswith(GLOSSARY_PREFIX))
            return Understanding(Kind.UNSURE, candidates=others[:3], confidence=best)
        if cues.REQUEST.search(joined) is not None or cues.PERSON_ASKED.search(joined):
            # "tolong buatkan surat undangan rapat pokja", "minta file materi rakor": a task
            # or a file for someone to hand over, which no answer here does.
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)
        if len(set(query)) == 1 and query[0] not in self._names[self._index[best_topic.id]]:
            # One word that merely occurs in a topic's examples ("gubernur", "bupati") says
            # too little to answer with, or to offer topics that only mention it.
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)

        # Two readings of different kinds (word overlap with the examples, and a classifier
        # that learned what tells topics apart) picking the same topic is evidence enough
        # when the words alone leave a doubt (measured in docs/decisions.md: fewer wrong
        # answers than lowering the thresholds for the same gain).
        def agreed() -> bool:  # computed only when the words alone leave a doubt
            return (
                best >= AGREED_AT
                and best - runner_up >= AGREED_LEAD
                and covered >= CHOICES_COVERAGE
                and model_best == self._index[best_topic.id]
                # One word is one feature to the classifier too: no second opinion.
                and len(set(query)) > 1
            )

        if (learned := self._learned_close(text, query, ranked, covered)) is not None:
            # Before the class of questions no shipped topic answers: the province's own
            # answers are to just such questions ("harga semen per sak di Sampit").
            return learned
        if model_best == self._outside:
            # The classifier reads it as one of the questions no topic answers ("cara daftar
            # CPNS", "jumlah penduduk Lamandau"): the province answers it, not a near topic.
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)
        if decision[self._outside] + OUTSIDE_MARGIN >= decision[model_best]:
            # ... or as nearly one of them: not answered alone, the best topics offered beside
            # the province when the words reach them ("napa haja syarat dokumennya?").
            if best >= CHOICES_AT and covered >= CHOICES_COVERAGE:
                return Understanding(Kind.UNSURE, candidates=top, confidence=best)
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)
        if unknown and covered < UNKNOWN_WORD_COVERAGE:
            if covered >= AGREED_UNKNOWN_WORD_COVERAGE and agreed():
                return answer
            return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)
        if agreed():
            return answer
        # Without the second reading's agreement only a clear winner answers alone.
        lead = best - runner_up
        if covered >= ANSWER_COVERAGE and (
            (best >= ALONE_AT and lead >= ALONE_LEAD)
            or (best >= ALONE_AT - ALONE_TRADE and lead >= ALONE_LEAD + ALONE_TRADE)
        ):
            return answer
        if best >= CHOICES_AT and covered >= CHOICES_COVERAGE:
            return Understanding(Kind.UNSURE, candidates=top, confidence=best)
        return Understanding(Kind.UNKNOWN, candidates=top, confidence=best)

    def _learned_close(
        self,
        question: str,
        query: Sequence[str],
        ranked: Sequence[tuple[Topic, float]],
        covered: float,
    ) -> Understanding | None:
        """The province's own answer, when one of the three best readings is a learned entry
        that scores nearly as well as the best and explains most of the question: its few
        example questions lose to a shipped topic's many, though it answers the narrower
        question the province was asked ("berapa MB batas file pdf" after it answered "maks
        brp MB?")."""
        best = ranked[0][1]
        for topic, score in ranked[:3]:
            if (
                topic.id.startswith(LEARNED_PREFIX)
                and score >= ALONE_AT
                and score >= best - LEARNED_MARGIN
                # ... explains nearly as much of the question as the best does ("syarat
                # usulan BSPS" is not the province's answer on BSPS per unit) ...
                and self.coverage(query, topic) >= max(ANSWER_COVERAGE, covered - LEARNED_MARGIN)
                # ... and asks the same kind of thing: "BSPS untuk siapa" is not "berapa".
                and _asks(question) <= set().union(*map(_asks, topic.examples))
            ):
                return Understanding(
                    Kind.TOPIC, topic=topic, candidates=tuple(ranked[:3]), confidence=score
                )
        return None

    def _sure(self, topic_id: str) -> Understanding:
        """The topic `topic_id`, read by a word rule: answered with no doubt."""
        return Understanding(Kind.TOPIC, topic=self.kb.topic(topic_id), confidence=1.0)

    def _intent(self, kind: Kind) -> Understanding:
        """The answer to an intent, read by the word rules or by the classifier."""
        if kind is Kind.MEETING:
            return Understanding(Kind.MEETING, topic=self._rakor, confidence=1.0)
        return Understanding(kind, confidence=1.0)

    def coverage(self, query: Sequence[str], topic: Topic) -> float:
        """The share of the query's weight (idf) made of words the topic uses."""
        doc = self._docs[self._index[topic.id]]
        weights = [(word, self._idf.get(word, self._unknown_idf)) for word in query]
        total = sum(weight for _, weight in weights) or 1.0
        return sum(weight for word, weight in weights if word in doc) / total

    def rank(self, query: Sequence[str], decision: numpy.ndarray) -> list[tuple[Topic, float]]:
        """Every topic with its 0..1 score for the stemmed query words, in the order both
        readings' evidence gives: the score plus MODEL_WEIGHT times the classifier's
        `decision` (ties by the score, then the knowledge base's order).

        The score is BM25 over each topic's words (title, keywords, examples), normalised to
        0..1 by the best a topic could score, blended with the closest example question.
        Glossary topics are held back: "apa itu X" questions go straight to them.
        """
        weights = [self._idf.get(word, self._unknown_idf) for word in query]
        best_possible = sum(weights) * (BM25_K1 + 1) or 1.0
        bm25 = numpy.zeros(len(self._docs))
        for word, weight in zip(query, weights, strict=True):
            if word in self._postings:
                indices, counts, denominators = self._postings[word]
                bm25[indices] += weight * counts * (BM25_K1 + 1) / denominators
        similarity = self.similarity.closeness(query)
        score = BLEND * bm25 / best_possible + (1 - BLEND) * similarity
        score *= self._damping
        order = numpy.lexsort((-score, -(score + MODEL_WEIGHT * decision[: len(score)])))
        topics, values = self.kb.topics, score.tolist()
        return [(topics[index], values[index]) for index in order.tolist()]


def _letters_only(question: str) -> bool:
    """Whether every word of the message is a single letter ("a) b) c)", "x y")."""
    words = cues.WORD.findall(question.casefold())
    return bool(words) and all(len(word) == 1 and word.isalpha() for word in words)


def _states_expansion(term: Term, after: str, names: Container[str] = ()) -> bool:
    """Whether the words after an abbreviation spell its long form out to be checked, and
    end there: "DAK itu dana alokasi khusus kan?", "RC = readiness criteria kah?"; not
    "SKBG, sertifikat ... gedung, itu diterbitkan siapa" (an aside). A guess shaped like the
    abbreviation counts too, right or wrong (`spells_out`), unless it names another term
    among `names` (the one-word names of terms)."""
    long = cues.WORD.findall(term.expansion.casefold())
    if len(long) < 2 or not _shortened(term):
        return False
    words = cues.WORD.findall(after)
    while words and words[0] in cues.EXPANSION_LEAD:
        words = words[1:]
    said = sum(word in long for word in words[: len(long)])
    tags = words[len(long) :]
    if said >= max(2, math.ceil(len(long) * 2 / 3)) and all(
        word in cues.EXPANSION_TAGS for word in tags
    ):
        return True
    # A wrong long form checked all the same ("RTRW itu rukun tetangga rukun warga kan?"):
    # what the term stands for is still the question.
    end = len(words)
    while end and words[end - 1] in cues.EXPANSION_TAGS:
        end -= 1
    # Other terms' names are a list of terms ("apbd prov apbn dak csr"), never a long form.
    own = set(cues.WORD.findall(term.term.casefold()))
    if any(word in names and word not in own for word in words[:end]):
        return False
    # Two guesses to choose from ("musyawarah perencanaan pembangunan atau musyawarah
    # rencana anggaran?"): either may be the long form.
    guesses = [
        list(group)
        for joiner, group in itertools.groupby(words[:end], key=lambda word: word in ("atau", "or"))
        if not joiner
    ]
    if len(guesses) < 2:
        return spells_out(term.term, words[:end]) or _opinions_weighed(term, words[:end])
    return any(
        spells_out(term.term, guess)
        or (len(guess) <= len(long) + 1 and sum(word in long for word in guess) >= len(long))
        for guess in guesses
    )


def _opinions_weighed(term: Term, words: Sequence[str]) -> bool:
    """ "SLF is Sertifikat Laik Fungsi, my friend say Surat Layak Fisik. Which one correct
    ah?": two people's long forms set side by side, and which is right asked; the term's
    meaning is the question. The first guess is read up to where the next opinion begins."""
    said = " ".join(words)
    if cues.WHICH_IS_RIGHT.search(said) is None:
        return False
    opinions = cues.OPINION.split(said, maxsplit=1)
    if len(opinions) < 2:
        return False  # "DED itu detail engineering design, yang mana yang wajib ...": one
    first = opinions[0].split()
    return any(spells_out(term.term, first[:size]) for size in range(2, len(first) + 1))


def _shortened(term: Term) -> bool:
    """Whether a term is an abbreviation ("RTLH", "jaling"), not a word its own long form
    holds ("kumuh": "perumahan dan permukiman kumuh")."""
    return term.term.casefold() not in term.expansion.casefold()


def _courtesy(word: str) -> bool:
    """Whether a word only greets, thanks or fills ("oke", "pak", "makasih", "ya")."""
    return word in cues.GREETING_WORDS or word in cues.FILLER


def _only_words(words: Sequence[str], needed: frozenset[str], *allowed: frozenset[str]) -> bool:
    """Whether a follow-up is short, holds a word of `needed` and, besides filler, nothing
    but those and words of `allowed` ("bagian kabupaten?", "contohnya apa aja?")."""
    return (
        len(words) <= FOLLOW_UP_WORDS
        and any(word in needed for word in words)
        and all(
            word in needed or word in cues.FILLER or any(word in kind for kind in allowed)
            for word in words
        )
    )


def _level_asked(spelled: str) -> bool:
    """Whether words beside an area ask its level: which government, or whether it may be
    proposed ("bisa diusulkan ke provinsi?")."""
    return bool(cues.LEVEL_ASKED.search(spelled) or cues.ELIGIBLE.search(spelled))


def _owner(before: Sequence[str]) -> str | None:
    """Whose area follows these words: "slum" ("delineasi kumuh di SK cm"), "village" ("luas
    desanya"), or None when they do not say."""
    near = before[-cues.AREA_OWNER_WORDS :]
    slum = any(word.startswith(cues.SLUM_WORDS) or word == "didelineasi" for word in near)
    village = any(word in cues.VILLAGE_WORDS for word in near)
    return "slum" if slum and not village else "village" if village else None


def _band(band: re.Match[str]) -> list[tuple[Decimal, str | None]]:
    """A band of slum areas' two ends when one level holds both, else none (the whole rule
    answers "kumuh 10-15 ha")."""
    unit = band.group("unit")
    try:
        ends = [parse_area_ha(f"{band.group(end)} {unit}") for end in ("low", "high")]
    except Invalid:
        return []
    if slum_ruling(ends[0]).level is not slum_ruling(ends[1]).level:
        return []
    return [(end, BAND_END) for end in ends]


def _at_limit(number: str) -> bool:
    """Whether "<number>-an" ("about ...") is about a limit of the slum rule (10 or 15 ha)."""
    try:
        return parse_area_ha(f"{number} ha") in BAND_LIMITS
    except Invalid:
        return False


def _nudged(area: Decimal, bound: str | None) -> Decimal:
    """Under a limit is just below it; over one, just above: 10 ha is the province's, "kurang
    dari 10 ha" the regency's, "lebih dari 14,5 ha" still the province's."""
    return max(Decimal(0), area + NUDGES[bound])


def _names_any(topic: Topic, words: frozenset[str]) -> bool:
    """Whether a topic's title or answer names any of the words."""
    said = set(cues.WORD.findall(f"{topic.title_id} {topic.answer_id}".casefold()))
    return not said.isdisjoint(words)


def _preferred(ranked: list[tuple[Topic, float]], ids: Sequence[str]) -> list[tuple[Topic, float]]:
    """The ranking with those of `ids` among its best three moved to the front."""
    near = [pair for pair in ranked[:3] if pair[0].id in ids]
    return near + [pair for pair in ranked if pair not in near]


def _past_meeting(spelled: str) -> bool:
    """Whether a meeting already held is asked about: "rakor kemarin", "rakor 2025 dmn" (a
    year before the province's this year), which the yearly cycle's record answers."""
    named = cues.MEETING_YEAR.search(spelled)
    return cues.PAST.search(spelled) is not None or (
        named is not None and int(named.group(1)) < today().year
    )


def _when_beside_meeting(spelled: str) -> bool:
    """Whether the when, where or agenda asked is the meeting's: in a long message only
    beside its name. "Untuk jadwal internal ..., mohon dijelaskan siklus tahunan: kapan
    kabupaten menyiapkan usulan, ..., posisi Rakor, ..." asks about the cycle; the "kapan"
    is another clause's."""
    if spelled.count(" ") < LONG_MESSAGE_WORDS:
        return True
    cued = [cues.WHEN, cues.PLACE, cues.AGENDA]
    asked = [spelled.count(" ", 0, m.start()) for cue in cued for m in cue.finditer(spelled)]
    named = [spelled.count(" ", 0, m.start()) for m in cues.MEETING.finditer(spelled)]
    return any(abs(a - n) <= MEETING_SPAN for a in asked for n in named)


def _deadline_before_meeting(spelled: str) -> bool:
    """Whether the deadline is asked and the meeting named only as the time before which
    ("usulan ditutup sebelum rakor ya? batas akhirnya kapan?")."""
    return (
        cues.DEADLINE_ALONE.search(spelled) is not None
        and cues.BEFORE_MEETING.search(spelled) is not None
        and len(cues.MEETING.findall(spelled)) == len(cues.BEFORE_MEETING.findall(spelled))
    )


def _reminder_asked(spelled: str) -> bool:
    """Whether the bot's reminders are what is asked about ("pengingat rapat dikirim kapan"),
    named before the when, not a date asked to set one ("tgl brp rakor, biar sy pasang
    pengingat")."""
    reminder, when = cues.REMINDERS.search(spelled), cues.WHEN.search(spelled)
    return reminder is not None and (
        when is None
        or reminder.start() < when.start()
        # "when are the meeting reminders sent?": their sending is what is asked
        or cues.SENT.search(spelled, reminder.end()) is not None
    )


def _only_basis(question: str) -> bool:
    """Whether a message asks for a legal basis and nothing else ("itu dasar hukumnya apa?")."""
    words = [
        word
        for word in spelled_words(question)
        if word not in cues.FILLER and word not in cues.CARRYING_ON  # "trus dasar hukumnya?"
    ]
    return any(word in cues.BASIS_WORDS for word in words) and all(
        word in cues.BASIS_WORDS or word.isdigit() for word in words
    )


def spelled_words(text: str) -> list[str]:
    """The words of a text with chat spellings written out ("bs" -> "bisa")."""
    return [cues.SLANG.get(word, word) for word in cues.WORD.findall(normalise(text))]


def asked_clauses(text: str) -> list[str]:
    """The clauses of a message that ask something, when it asks two or more ("... bs
    diusulin ke prov ga, trus klo bs dananya dr mana, trus hrs ada DED dulu atau ga?");
    otherwise none."""
    clauses = [c for c in cues.QUESTION_BREAK.split(normalise(text)) if _asks_something(c)]
    return clauses if len(clauses) >= 2 else []


def _ends_before(text: str, marks: str) -> dict[str, list[int]]:
    """For each mark ("?", ",", "."), the indices of the words directly followed by it, in
    order; the text between words is read once for all of them."""
    found = list(cues.WORD.finditer(text))
    ends: dict[str, list[int]] = {mark: [] for mark in marks}
    for i, word in enumerate(found):
        gap = text[word.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        for mark in marks:
            if mark in gap:
                ends[mark].append(i)
    return ends


def _cued_after_clause(after: str) -> bool:
    """Whether the words after a term are a clause saying which one, closed by "itu" and a
    cue ("yang dikeluarkan pak bupati itu sebenarnya dokumen apa"): the term is asked about,
    and any term inside the clause is its setting."""
    after = " ".join(cues.SLANG.get(word, word) for word in after.split())
    found = cues.WHICH_ONE_CLAUSE.match(after)
    return found is not None and cues.TERM_BEFORE.match(after[found.end() :]) is not None


def corrected(text: str) -> str | None:
    """What a message asks after the officer corrected themselves ("PSU kawasan industri,
    salah ketik, maksudnya PSU kawasan permukiman: kewenangannya di tingkat apa?" -> "psu
    kawasan permukiman: kewenangannya di tingkat apa?"); None without a correction, or when
    too little follows it to read alone."""
    split = _split_at_correction(text)
    if split is None:
        return None
    rest = split[1]
    # "salah paham min, sy ga nanya PSU. yg saya tanya ...": a second mark after the first
    # takes back what the first let through.
    while (again := _split_at_correction(rest)) is not None and len(
        cues.WORD.findall(again[1])
    ) >= CORRECTED_WORDS:
        rest = again[1]
    return rest if len(cues.WORD.findall(rest)) >= CORRECTED_WORDS else None


def _split_at_correction(text: str) -> tuple[str, str] | None:
    """A normalised message's words before the officer's correction mark and what follows
    it (its empty opening words dropped); None without a mark."""
    plain = normalise(text)
    found = (cues.CORRECTION.search(plain), cues.CANCELLED.search(plain))
    known = cues.KNOWN_ALREADY.search(plain)
    marks = [mark for mark in found if mark is not None]
    if known is not None and "," not in known.group("stop"):
        marks.append(known)
    if not marks:
        return None
    mark = min(marks, key=lambda each: each.start())
    before = plain[: mark.start()].rstrip(" ,.;:-…")
    return before, cues.CORRECTED_OPENING.sub("", plain[mark.end() :])


def _area_alone(text: str) -> bool:
    """Whether a message is an area and nothing else but "what about" ("kalau 12 ha?",
    "klo 500 m2 gmn")."""
    plain = normalise(text)
    rest = cues.AREA.sub(" ", plain)
    if rest == plain:
        return False
    return all(
        word in cues.WHAT_ABOUT or word in cues.FILLER or word in cues.QUESTION_WORDS
        for word in spelled_words(rest)
    )


def asked_sentences(
    text: str, *, choices: bool = False, lines: bool = False, yes_no: bool = False
) -> str | None:
    """Of a message of several sentences, those that ask something, when some do not (a
    greeting, who writes, the situation); otherwise None. `choices`: a choice closed by a
    question mark asks too (a status's "diterima atau masih diperiksa?" is read whole).
    `lines`: a line ends a sentence too (form fields pasted above the question, "KK: 85").
    `yes_no`: only English yes/no questions ("Is X handled by the centre? ..."), and only
    when no sentence asks by its words."""
    sentences: list[str] = []
    parts = SENTENCE_END.split(text.strip())
    if lines:
        parts = [line for part in parts for line in LINE_END.split(part)]
    for part in parts:
        if (
            sentences
            and sentences[-1].rstrip().endswith("?")
            and (cues.FALLBACK.match(part.casefold()) or cues.BARE_WHEN.fullmatch(part.casefold()))
        ):
            # "usulan masih bisa dikirim minggu depan? kalau tidak, batasnya hari apa?": the
            # fallback asks on from the question before it, which names the subject; so does
            # a bare when ("... masih sama dengan tahun lalu? sampai tanggal berapa").
            sentences[-1] = f"{sentences[-1]} {part}"
        elif part:
            sentences.append(part)
    asking = [part for part in sentences if _asks_something(normalise(part), choices=choices)]
    if yes_no:
        # "Is housing ... handled by the centre? Don't wanna promise ...": an English yes/no
        # question, when no sentence asks otherwise ("What does X mean? Is that bad?" is
        # asked by its first, and read by the reading without yes_no).
        asking = [] if asking else [part for part in sentences if _yes_no_asked(part)]
    if not asking or len(asking) == len(sentences):
        return None
    return " ".join(asking)


def _pair_asked(before: list[str], after: list[str]) -> bool:
    """Whether the two words before and the two after two letters spelt out ask about them as
    a term."""
    return (
        cues.PAIR_ASKED_BEFORE.search(" ".join(before)) is not None
        or cues.PAIR_ASKED_AFTER.match(" ".join(after)) is not None
    )


def _yes_no_asked(sentence: str) -> bool:
    """Whether an English sentence asks yes or no by its first word and its mark; not "Could
    you sign it?", a request."""
    words = cues.WORD.findall(sentence.casefold())
    return (
        len(words) > 1
        and words[0] in cues.ENGLISH_YES_NO
        and words[1] not in ("you", "u")
        and sentence.rstrip().endswith("?")
        # "Is that ok?" names nothing; "Any update on the BAST?" asks news the province has,
        # unless of the officer's proposals.
        and not cues.ENGLISH_TAG_WORDS.issuperset(words[1:])
        and (
            words[1] not in ("update", "updates", "news", "progress")
            or "proposal" in sentence  # "proposals" too
            or "usul" in sentence
        )
    )


def _part_asks(part: str) -> bool:
    """Whether one part of a two-part message asks: as a clause does, or closed by a question
    mark ("... urusan wajib atau pilihan? sekalian, gaji PPPK ..."), which beside a marker of
    a second question is no aside."""
    return _asks_something(part) or part.rstrip().endswith("?")


def _asks_something(clause: str, *, choices: bool = False) -> bool:
    """Whether one clause asks: a question word in it, "-kah", or a yes/no tag closing it;
    with `choices`, also a choice closed by a question mark ("... kabupaten atau provinsi?")."""
    words = [cues.SLANG.get(word, word) for word in cues.WORD.findall(clause)]
    while words and words[-1] in cues.CLOSING_COURTESY:
        words.pop()  # "... atau ga? makasih pak"
    return (
        bool(words)
        and (
            any(word in cues.QUESTION_WORDS or word in ASKING_WORDS for word in words)
            or any(word.endswith("kah") and len(word) > 4 for word in words)
            or words[-1] in cues.YES_NO_TAGS
            # "May I know the score range ...?", "may I ask about the Rakor": asking politely.
            or words[:2] == ["may", "i"]
            # "... tanggung jawab kabupaten atau provinsi?": a choice asked.
            or (choices and clause.rstrip().endswith("?") and "atau" in words)
        )
    )


def same_question(first: str, second: str, *, exact: bool = False) -> bool:
    """Whether two questions are one reworded a little ("siapa nama PPK kegiatan PSU tahun
    ini?", "siapa nama PPK utk kegiatan PSU thn ini ya"): chat spellings written out and
    fillers dropped, but never the words that make the question (siapa/kapan, harus/boleh,
    ini/lalu, minimal/maksimal); in order, fuzz.ratio from SAME_QUESTION, or with `exact`
    the same words; never two about other numbers or years."""
    words = [_meant(first), _meant(second)]
    if words[0] == words[1]:
        return True
    if exact or {w for w in words[0] if w.isdigit()} != {w for w in words[1] if w.isdigit()}:
        return False
    if {w for w in words[0] if w in cues.ASKING} != {w for w in words[1] if w in cues.ASKING}:
        return False
    return fuzz.ratio(" ".join(words[0]), " ".join(words[1])) >= SAME_QUESTION


def _asks(text: str) -> set[str]:
    """The question words of a text ("siapa", "berapa", "kapan"...)."""
    return {word for word in spelled_words(text) if word in cues.QUESTION_WORDS}


def _meant(text: str) -> list[str]:
    return [word for word in spelled_words(text) if word not in cues.FILLER or word in cues.ASKING]


def _kin(best: Topic, other: Topic) -> bool:
    """Whether answering `best` also answers a question meant for `other`."""
    if other.id.startswith(GLOSSARY_PREFIX) and not best.id.startswith(GLOSSARY_PREFIX):
        return True
    # An overview ("kewenangan.ringkasan") answers, in brief, every question of its family.
    family = best.id.partition(".")[0]
    if best.id.endswith(OVERVIEW) and other.id.partition(".")[0] == family:
        return True
    return other.id in best.related or best.id in other.related


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether `part` occurs in `words` as a run of consecutive words."""
    size = len(part)
    return any(list(words[i : i + size]) == list(part) for i in range(len(words) - size + 1))


@cache
def matcher() -> Matcher:
    """The matcher of the shipped knowledge base (built on first use)."""
    return Matcher(load())
