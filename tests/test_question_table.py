"""Answer quality as a test: the question tables, top-1 accuracy, exact levels, handovers."""

from __future__ import annotations

import pytest

from bot.domain import asking
from bot.domain.asking import Kind, Matcher, matcher
from bot.domain.knowledge import load
from tests import qa_questions_heldout as heldout
from tests.qa_questions import LEVELS, OUT_OF_SCOPE, TOPICS

MIN_ACCURACY = 0.90
# The held-out table was written independently and never used for tuning: it measures how the
# matcher generalises, so its bar is lower (and its figure is the honest one to quote).
MIN_HELDOUT_ACCURACY = 0.80


def accepted(expected: str | tuple[str, ...]) -> tuple[str, ...]:
    return expected if isinstance(expected, tuple) else (expected,)


def top1_accuracy(table: list[tuple[str, str | tuple[str, ...]]]) -> tuple[float, list[str]]:
    misses = []
    for question, expected in table:
        understood = matcher().understand(question)
        got = understood.topic.id if understood.topic is not None else None
        # A question about the meeting's date is answered from the live schedule (its topic
        # rides along), a slum-rule question with an area by the computed level stating the
        # whole rule: routed right, so it counts.
        if not understood.covers() & set(accepted(expected)):
            misses.append(f"{question!r}: {understood.kind} {got} (want {expected})")
    return 1 - len(misses) / len(table), misses


def test_topic_questions_reach_the_accuracy_bar(capsys):
    accuracy, misses = top1_accuracy(TOPICS)
    with capsys.disabled():
        print(f"\nquestion table: top-1 accuracy {accuracy:.1%} over {len(TOPICS)} questions")
        for miss in misses:
            print("  miss", miss)
    assert accuracy >= MIN_ACCURACY


def test_heldout_questions_reach_the_accuracy_bar(capsys):
    accuracy, misses = top1_accuracy(heldout.HELDOUT_TOPICS)
    with capsys.disabled():
        print(f"\nheld-out table: top-1 accuracy {accuracy:.1%} over {len(heldout.HELDOUT_TOPICS)}")
        for miss in misses:
            print("  miss", miss)
    assert accuracy >= MIN_HELDOUT_ACCURACY


@pytest.mark.parametrize(("question", "level"), LEVELS)
def test_numeric_authority_questions_are_computed_exactly(question, level):
    understood = matcher().understand(question)
    assert understood.kind is Kind.AREA
    assert understood.ruling is not None
    assert understood.ruling.level == level


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_questions_are_handed_over(question):
    assert matcher().understand(question).kind is Kind.UNKNOWN


def test_heldout_out_of_scope_questions_never_get_a_confident_answer(capsys):
    kinds = [matcher().understand(q).kind for q in heldout.HELDOUT_OUT_OF_SCOPE]
    with capsys.disabled():
        handed = sum(kind is Kind.UNKNOWN for kind in kinds)
        print(f"\nheld-out out-of-scope: {handed}/{len(kinds)} handed over directly")
    # At worst the officer is offered topics to choose from, always with the handover button.
    assert Kind.TOPIC not in kinds


def test_tables_are_big_enough():
    assert len(TOPICS) + len(LEVELS) >= 80
    assert len(OUT_OF_SCOPE) >= 15
    assert len({t for _, e in TOPICS for t in accepted(e)}) >= 40


def test_glossary_and_status_are_recognised():
    assert matcher().understand("apa itu RTLH?").topic.id == "istilah.rtlh"
    status = matcher().understand("status usulan USL-2026-0003 gmn")
    assert (status.kind, status.code) == (Kind.STATUS, "USL-2026-0003")
    assert matcher().understand("usulan saya sudah sampai mana?").kind is Kind.STATUS
    assert matcher().understand("halo pak").kind is Kind.GREETING


@pytest.mark.parametrize(
    ("name", "topic_bar", "intent_bar"),
    [
        ("dev", 0.93, 0.95),
        ("round3", 0.96, 0.95),
        ("round4", 0.92, 0.95),
        ("round5", 0.92, 0.95),
        ("round6", 0.88, 0.95),
        ("round7", 0.95, 0.95),
        ("round8", 0.90, 0.95),
        ("round10", 0.89, 0.85),
        ("round16", 0.94, 0.85),
        ("round17", 0.95, 0.95),
        ("round18", 0.95, 0.95),
        ("round19", 0.91, 0.90),
        ("round23", 0.96, 0.95),
        ("round25", 0.97, 0.93),
    ],
)
def test_tuning_tables_reach_their_bars(capsys, name, topic_bar, intent_bar):
    """Round 2 ("dev", untouched 51.3%), round 3 (59.1%), round 4 (46.3%), round 5 (77.3%),
    round 6 (75.0%), round 7 (84.4%), round 8 (78.1%), round 10 (83.5%), round 16 (96.5%,
    written at the end of round 10 of tuning), round 17 (94.5%) and round 18 (96.0%, both
    written before round 11 of tuning), round 23 (91.8%) and round 25 (93.7% on 1c9e1b9, as
    round 15 of tuning began) were measured untouched, then became tuning tables once a
    fresh table took their place: the bars guard what the tuning bought."""
    from bench.qa_quality import TABLES, measure

    table = next(table for table in TABLES if table.name == name)
    result = measure(table, matcher())
    topics, intents = result["topics"], result["intents"]
    with capsys.disabled():
        print(f"\n{name} table: topics {topics}, intents {intents}")
    assert topics.right / topics.total >= topic_bar  # type: ignore[attr-defined]
    assert intents.right / intents.total >= intent_bar  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "topic_bar", "wrong_bar"),
    [
        ("round11", 0.96, 0.02),
        ("round12", 0.94, 0.025),
        ("round13", 0.96, 0.016),
        ("round14", 0.95, 0.025),
        ("round15", 0.95, 0.021),
        ("round20", 0.97, 0.01),
        ("round21", 0.94, 0.033),
        ("round22", 0.95, 0.042),
        ("round24", 0.92, 0.036),
        ("round26", 0.94, 0.02),
        ("round27", 0.94, 0.025),
        ("round28", 0.93, 0.033),
        ("round29", 0.92, 0.041),
        ("round30", 0.95, 0.031),
        ("round31", 0.95, 0.022),
        ("round32", 0.95, 0.022),
        ("round33", 0.95, 0.028),
        ("round34", 0.945, 0.039),
        ("round35", 0.945, 0.031),
        ("round36", 0.935, 0.016),
        ("round37", 0.915, 0.035),
        ("round38", 0.94, 0.033),
        ("round39", 0.955, 0.025),
        ("round40", 0.915, 0.045),
        ("round41", 0.945, 0.033),
        ("round42", 0.93, 0.024),
        ("round43", 0.95, 0.021),
        ("round44", 0.945, 0.016),
        ("round45", 0.96, 0.03),
        ("round46", 0.97, 0.013),
        ("round47", 0.945, 0.016),
        ("round48", 0.945, 0.019),
        ("round49", 0.95, 0.024),
        ("round50", 0.945, 0.009),
        ("round51", 0.91, 0.028),
        ("round52", 0.96, 0.025),
        ("round53", 0.915, 0.049),
        ("round54", 0.925, 0.033),
        ("round55", 0.96, 0.01),
        ("round56", 0.915, 0.036),
        ("round57", 0.96, 0.015),
        ("round58", 0.94, 0.012),
        ("round59", 0.965, 0.015),
        ("round60", 0.935, 0.018),
        ("round61", 0.945, 0.024),
        ("round62", 0.93, 0.024),
        ("round63", 0.96, 0.021),
        ("round64", 0.91, 0.03),
        ("round65", 0.97, 0.012),
        ("round66", 0.955, 0.018),
        ("round67", 0.955, 0.019),
        ("round68", 0.95, 0.021),
        ("round69", 0.9, 0.018),
    ],
)
def test_heldout_rounds_are_measured_without_reading_them(capsys, name, topic_bar, wrong_bar):
    """Rounds 11 to 15 and 19 to 21 were written by helpers who had not seen the knowledge base
    and are never read while tuning: only their counts are printed (rounds 10, 16, 17 and 18
    were too, until they opened for tuning in rounds 10, 11 and 12). Round 11,
    untouched before round 8's tuning: 87.0% / 5.4%; after it 93.0% / 3.7%. Round 12,
    untouched after it (fdf742b): 88.3% / 6.8%, the same topics and wrong answers as before
    it (0565b4f); after round 9's tuning 88.7% / 6.5%. Round 13, untouched after round 9's
    tuning (50b7eef): 94.5% / 2.2% (92.3% / 2.8% on 0565b4f). Once a computed slum level
    stated the whole rule and counted for the slum-rule topics: 89.5 / 3.4, 95.3 / 1.7,
    90.4 / 5.3 and 96.2% / 0.9% for rounds 10 to 13. Round 14, untouched before round 10's
    tuning (a7fbada and 75a9b8f alike): 94.1% / 3.5%, 3 of 28 out-of-scope answered; after
    it 94.6% / 2.8%. Round 15, written mid-round, untouched on 1ac64e3: 94.7% / 3.4%, 5 of
    28 out-of-scope answered (92.8% / 3.8% on a7fbada). Round 16, written at the end of round
    10's tuning, untouched on ff66e3d: 96.5% / 2.5%, all 28 out-of-scope handed over (94.6% /
    3.9% and 4 answered on a7fbada, counting computed levels as the bench then did); it opened
    for tuning in round 11. Round 17, written before round 11 of tuning and untouched on
    44021b4: 94.5% / 1.7%, intents 29/30, all out-of-scope handed over; at the round's end
    95.0% / 1.7%. Round 18, written with it and measured only at the round's start (44021b4:
    96.0% / 2.9%) and end (95.5% / 2.3%); both opened for tuning in round 12. Round 19,
    written before round 12 of tuning, untouched on 7615411 (and bb28dc3): 91.8% / 6.0%;
    round 20, written with it, untouched on 7615411: 96.2% / 1.6%; both the same at the
    round's end (dceec87). Round 21, written at the end of round 12 and first measured on
    dceec87: 91.4% / 5.9% (91.0% / 6.2% on bb28dc3, before the round). Round 22, written as
    round 13 of tuning began, untouched on 24bf4c1: 92.4% / 5.5%. At the end of round 13
    (3aeaad4, the tuning tables learned): 98.1, 96.2, 97.9, 97.1, 96.6, 99.2, 96.4 and 96.0%
    right, 1.0, 1.6, 0.9, 1.7, 1.4, 0.3, 2.6 and 3.6% wrong for rounds 11 to 15 and 20 to 22
    (round 19 opened for tuning in round 13). Rounds 23 and 24, written as round 14 began,
    untouched on 4e7962f: 91.8% / 3.5% and 91.4% / 3.6%; round 23 then opened for tuning.
    Round 24 at the end of round 14 (e7a32ea): 93.6% / 3.0%. Round 25, written during round
    14 and first measured on its last commit (e7a32ea): 93.7% / 2.0% (94.2% / 1.6% on
    4e7962f, before the round), 93.7% / 2.0% again on 1c9e1b9, then opened for tuning.
    Round 26, written as round 15 of tuning began, untouched on 1c9e1b9: 96.0% / 1.3%.
    Round 27 (formal writing), written as round 16 began, untouched on c57c4fe: 94.3% / 1.6%.
    Round 28 (code-switching, checks phrased as guesses, scenarios with numbers), written as
    round 17 began, untouched on 144d9f5: 94.0% / 3.2%, areas 23/25. Round 29 (lay
    descriptions, wrong premises, context before the question), written as round 18 began,
    untouched on 4a91407: 89.7% / 4.4%, 1 of 30 out of scope answered; at the round's end
    (cbefe3f) 90.9% / 5.0%, 2 answered. Round 30 (relayed questions, comparisons, negated
    checks), written at round 18's end, untouched on c92154e: 96.7% / 2.4%, intents 27/30;
    the same at round 19's end (6e5dc90), round 29 then 92.7% / 3.5%. Round 31 (formal
    letters, Banjar-flavoured and voice-typed messages), written at round 19's end, untouched
    on 6e5dc90: 96.1% / 1.6%, intents 29/30, areas 25/25, 1 of 30 out of scope answered;
    at round 20's end (7f2f396) 97.0% / 1.3%. Round 32 (new staff without the jargon, yes/no
    checks of hearsay, greetings with self-introductions, phone-keyboard typos), written as
    round 20 began, untouched on 9a1f730: 96.2% / 1.6%, intents 28/30, all out of scope
    handed over; the same at the round's end. Round 33 (case stories, relayed questions,
    WhatsApp slang, capitals and run-ons), written as round 21 began, untouched on b6458f4:
    96.7% / 1.8%, intents 29/30, 1 of 30 out of scope answered; at the round's end (aeba805)
    96.7% / 2.1%, intents 28/30. Round 34 (planning documents, auditors citing regulations,
    Javanese-flavoured messages, hypotheticals, vowel-dropping shorthand), written as round 22
    began, untouched on 6452b9b: 85.3% / 3.0%, intents 25/30, areas 24/25, all out of scope
    handed over; at the round's end (e807491) 95.5% / 3.3%, two of its styles taught knowing
    it has them. Round 35 (other roles asking, Dayak Ngaju words, autocorrect damage,
    chit-chat first, numbers as words), written as round 23 began, untouched on 79c6c20:
    90.9% / 3.2%, intents 25/30, areas 25/25, 1 of 30 out of scope answered; at the round's
    end (af38420) 90.9% / 2.5%, none answered; once its styles were taught by another writer's
    table (R8) at round 24's end (f6a4724) 95.3% / 2.5%, intents 27/30. Round 36 (search-box
    keywords, impatient officers, orders and quiz items, transmigrant particles, numbered
    facts first), written as round 24 began, untouched on a39d309: 91.7% / 1.3%, intents
    29/30, none answered; the same at the round's end, nothing built for its styles; once
    its styles were taught by other writers' tables (R11, R12) at round 25's end (c5782c4)
    93.0% / 1.3%. Round 37 (WhatsApp-group habits, outsiders asking, requests to simplify,
    "alay" spelling, the Islamic-polite register, templates, rhetorical doubts), written as
    round 25 began, untouched on bab9093: 91.4% / 2.4%, intents 27/30, none answered; at the
    round's end, its styles taught by R13 and R14, 92.2% / 3.0%, intents 26/30. Round 38
    (asking why, emoji, tech-shy senior officers, place-heavy messages, garbled acronyms,
    requests for lists, a preamble first, Jakarta-style English), written as round 26 began,
    untouched on 0801423: 90.1% / 3.6%, intents 29/30, none answered; at round 26's end
    (07ad225; its styles taught by R15 and R16, confused topic pairs by R17 and R18) 93.7% /
    3.3%, round 36 94.3% / 1.0%, round 37 92.7% / 2.7%. Round 39 (quoting what was read,
    consequences, vague references, transferred officers, explaining to a third party,
    literary words, step by step, hedged openers), written as round 27 began, untouched on
    eaabfbb: 91.8% / 2.8%, intents 27/30, none answered; at round 27's end (089f921; its
    styles taught by R25 and R26) 96.3% / 2.1%. Round 40 (regency nicknames with dates,
    command-line typing, two questions with one outside, proofreading, chains of
    conditions, misremembered names, complaints, unpunctuated lines), written at round 27's
    end, untouched on 089f921: 87.9% / 3.9%, intents 28/30, areas 23/24, none answered; 90.7% /
    3.9% once a second question "sekalian" outside the knowledge base left the first answered
    (8e61453, found in R27); 92.7% / 3.9% at round 28's end. Round 41 (checking a belief with
    a detail wrong, negation, where or to whom, predictive-text capitals, still in force, how
    long or how many, statements of confusion, asking for a format), written as round 28
    began, untouched on 2790191: 96.0% / 2.7%, one of 30 out of scope answered; at round 28's
    end (29a2fb0; its styles taught by R29 and R30) 95.6% / 2.7%. Round 42 (choice questions,
    timing, mid-conversation openings, number-heavy context, edge cases, bureaucratic
    preambles, conclusions checked, copy-paste leftovers), written mid-round, untouched on
    419a0cc: 91.7% / 2.4%; at the end (its styles taught by R31 and R32) 93.7% / 2.1%; 94.5% /
    1.8% at round 29's end. Round 43 (self-correction, institutions for levels, idioms, asking
    the bot what it knows, things on the ground, young officers' slang, relayed questions,
    rhetorical questions, texting English), written as round 29 began, untouched on 9fa08b4:
    92.0% / 3.0%, intents 27/30, areas 20/24, none answered; at round 29's end (57f614d; its
    styles taught by R33 and R34) 96.0% / 1.5%, areas 24/24. Round 44 (advice, checklists,
    attachments the bot cannot see, rights and duties, Enter for space, fat-finger typing,
    humour, quantifiers, formal British English), written while round 29 tuned and never
    taught: 93.4% / 0.9% on 9fa08b4, 93.9% / 0.9% at the end; 95.5% / 0.9% at round 30's end
    (eda0949; its styles taught by R35 and R36). Round 45 (asking the bot to act, complaints
    about the app, group voices, then and now, heavy punctuation, who is typing, yes/no with a
    fallback, telegraphic notes), written at round 29's end, untouched on c45b371: 95.6% /
    3.3%, intents 28/30, areas 21/24, none answered; at round 30's end (its styles taught by
    R37 and R38) 97.2% / 2.1%, intents 30/30, areas 22/24. Round 46 (dictation, two opinions
    to settle, urgency, signatures, the "izin" register, fill-in-the-blank and multiple choice,
    weighing two options, the topic fronted), written as round 30 began and never taught,
    untouched on c028d21: 94.3% / 2.1%, intents 28/30, areas 24/24, none answered; 95.1% / 2.1%
    at round 30's end. Round 47 (pantun openings, analogies with other sectors, pleading,
    bargaining to fit a rule, comparing regencies, Kotawaringin Malay words, dates in many
    formats, double negation; Indian English), written at round 30's end, untouched on
    eda0949: 85.4% / 1.5%, intents 23/30, areas 21/24, none answered; at round 31's end
    (its styles taught by R39 and R40, round 46's by R41 and R42) 95.5% / 0.9%, intents 27/30,
    areas 23/24, and round 46 98.0% / 0.6%. Round 48 (proverb openings, checklists, pointing
    back to an unseen chat, rehearsing an answer for someone else, emoji for words, two places
    in one message, honorific preambles, letters dropped or doubled; Australian and British
    casual English), written at round 31's end, untouched on 41e2083: 95.5% / 1.2%,
    intents 26/30, areas 24/24, none answered (the same on 0756031, the round's start); at
    round 32's end (its styles taught by R47 and R48) 96.4% / 1.2%. Rounds 49 (forwarded
    chats, star corrections, search keywords, format requests, handles, wrong assumptions,
    guessed answers, Gen-Z slang; Singapore English) and 50 (weak signal, vowel-less SMS,
    changed since last year, the bot's abilities, new officers, numbers in words, dictation
    mishearings, one clause per line; Philippine English), written at round 32's start,
    untouched on 2acba97: 95.9% / 2.1% and 92.9% / 0.6%; at its end (styles taught by R49,
    R50 and, unlearned, R51, R52) 96.3% / 1.8% and 95.0% / 0.6%. Round 51 (scanned-letter
    digits, quoting the bot, cancelled questions, other agencies, goal first, what is not
    allowed, role-play, relative times; Kenyan and Nigerian English), written mid-round and
    never taught: 92.0% / 2.7% on 2acba97, 91.6% / 2.7% at the end. Round 52 (Banjar words,
    hashtags, passive voice, the question mid-message, superlatives, examples asked, elongated
    letters, ranges; officers' word-for-word English), untouched on 22be495: 96.7% / 2.5%.
    Round 53 (exam imperatives, asides, Dayak Ngaju words, stuck metaphors, file names,
    commands named, email subjects, emoticons; Australian English), written mid-round 33,
    untouched on 22be495 and on the round's matcher then: 91.9% / 4.8%. Round 54 (terms in
    full, the legal basis asked, religious courtesies, slashed keywords, a nickname for the
    bot, a disaster as the setting, odd number formats and units, accented letters; a
    consultant's Dutch-German English), written late in round 33, untouched on 22be495 and
    mid-round alike: 88.3% / 3.9% (3.3% wrong once a fraction sign read as part of the area,
    463e22d). Round 55 (phone autocorrect, Malaysian Malay, a wrong premise to confirm,
    fill-in-the-blank, Telegram formatting, hypotheticals, voice typing, a newcomer's
    descriptions; Indian and Singapore English), written as round 34 began, untouched on
    7f5ba79: 95.6% / 0.3%, intents 24/30. A lint run printed about 60 of its questions to the
    tuner the day it was written, so round 56, in the same styles by other hands, is the
    unseen one. Round 56, written beside it and untouched on the same matcher: 89.2% / 3.9%,
    intents 23/30. Round 57 (old spelling, correcting the bot's last answer, what is not
    allowed, relative time words, vowel-less abbreviations, a reply quoting with ">", Roman
    numerals, nested conditionals; Filipino and Nigerian English), written mid-way through
    round 34 and nothing built for it: 88.8% / 1.2%, intents 25/30, on 7f5ba79 and 5e2ceac
    alike. At the end of round 34 (b14c62f): round 54 93.5% / 2.7%, round 55 96.8% / 0.3%,
    round 56 92.0% / 3.0%, round 57 88.8% / 1.2%. Round 58 (asking for someone else, the
    legal basis, comparisons, purpose first, letter wrapping, impatience, other area units,
    dates written many ways; Australian English and American officialese), written as round
    35 began, untouched on 0f3ba7f: 93.9% / 1.2%; its styles were then read from R65, R66.
    Round 59 (Gen-Z slang, forwarded messages, neighbouring-key typos, other provinces
    compared, Eastern Indonesian and Batak flavour, file names, yes/no checks, the time of
    year; machine-translated and Kenyan English), written early in round 35 and never taught:
    97.6% / 0.9%. At the end of round 35 (d44cec3): round 56 92.4% / 3.0%, round 57 (its
    styles read from R63, R64) 97.2% / 0.9%, round 58 94.7% / 0.6%, round 59 97.6% / 0.9%.
    Round 60 (Minangkabau flavour, mistyped commands, pasted table rows, to-do lists, double
    negatives, the answer guessed first, emoticons, two-word questions; Irish and South
    African English), written at the end of round 35 and never taught: 90.8% / 1.2% on
    0f3ba7f and on 4781ce0 alike. Round 61 ("alay" writing, words run together or split,
    hashtags, asking for an example, a story first, counting days, honorifics, Dayak Ngaju
    words; Singaporean and Nigerian English), written as round 36 began, untouched on 436b097:
    92.9% / 2.1%. Round 62 (Javanese krama, a question in pieces on several lines, numbers as
    words, a rule pasted first, hedges, named places, caps lock, what if late or wrong;
    Scottish and Caribbean English), written mid-round 36 and never taught: 85.7% / 2.1% on
    436b097, 86.9% / 2.1% on 787e391. At the end of round 36 (1665480): round 58 95.1% / 0.6%,
    round 60 (its styles read from R67, R68) 94.4% / 1.2%, round 61 (read from R69, R70)
    95.3% / 1.8%, round 62 86.9% / 2.1%. Round 63 (asking why a rule is so, emoji for words,
    a pasted group-chat log, nominalised letter Indonesian, an intern's report, money and
    years beside a rule, asking for the source, inverted word order; New Zealand and Welsh
    English), written at the end of round 36 and never taught: 96.8% / 1.5% on 436b097,
    97.2% / 1.5% on 0ad2286, one of 30 out of scope answered on both. Round 64 (Banjar and
    Sundanese words, a signature block, a link or file path beside the question, two questions
    with one marked, dotted abbreviations, a quiz or FAQ draft, a photo described; American
    Southern and Hong Kong English), written as round 37 began, untouched on a9af2cf: 90.7% /
    2.7%, one of 30 out of scope answered. In round 37 round 62's styles were read from R71
    and R72: round 62 86.9% / 2.1% -> 93.9% / 1.8% at the round's end (60eefd5), round 64 (its
    styles read from R75, R76) 91.9% / 2.7%. Round 65 (Betawi slang, thanks before the
    question, odd number formats, a colleague's case, a term spelled out letter by letter, an
    instruction about the answer, old polite letters, code-switching; Canadian and Pakistani
    English), written at the end of round 37 and never taught: 94.5% / 1.8% on a9af2cf, 94.1%
    / 2.1% on 60eefd5. Round 66 (Bugis particles, Malaysian Malay words, forwarded messages,
    claims to confirm, swipe-keyboard damage, urgency, markdown notes, asking for a superior;
    Irish and Singaporean English), written as round 38 began, untouched on d1ce26b: 96.4% /
    0.9%, all 30 out of scope handed over; at the round's end (6bd44e7) 96.8% / 1.2%, and round
    65 (its styles read from R77, R78) 98.0% / 0.6%. Round 67 (voice typing with spoken
    punctuation, fat-finger typos, text pasted from a PDF, Chinese-Indonesian chat, testing the
    bot, interns' slang, dates in many formats; Australian and South African English), written
    during round 38 and never taught: 96.4% / 1.2% on d1ce26b and on 6bd44e7. Round 68 (Manado
    or Ambon Malay, Palembang words, spreadsheet cells, meeting minutes, legal drafting, a
    retiring officer's backstory, words run together; New Zealand and Ghanaian English), written
    as round 39 began, untouched on 793241e: 95.2% / 1.8%, all 30 out of scope handed over;
    96.0% / 1.5% at the round's end (57cacc6), its styles read from R85, R86.
    Round 69 (Madurese words, Kutai Malay, a reply to an announcement, a checklist, an officer
    dictating, another province compared first, an apology for asking late, arithmetic in the
    question; Sri Lankan and Papua New Guinean English), written during round 39 and never
    taught: 91.2% / 1.2% on its start (bd64794) and its end (57cacc6). The bars
    sit about two questions below the figures at the end of the latest round: they
    guard against falling back and against confident wrong answers; the issue's target (95% right,
    under 2% wrong) is met by round 17 alone."""
    from bench.qa_quality import FINALS, TABLES, measure

    table = next(table for table in (*TABLES, *FINALS) if table.name == name)
    result = measure(table, matcher())
    topics = result["topics"]
    wrong, every = result["wrong"]  # type: ignore[misc]
    handed, offered, answered, _ = result["out"]  # type: ignore[misc]
    with capsys.disabled():  # counts only: the questions stay unread
        print(f"\n{name}: topics {topics}, intents {result['intents']}, areas {result['areas']}, "
              f"wrong {wrong}/{every}, out of scope handed over {handed}/"
              f"{handed + offered + answered}")  # fmt: skip
    assert topics.right / topics.total >= topic_bar  # type: ignore[attr-defined]
    assert wrong / every <= wrong_bar


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("p", Kind.GREETING),
        ("tolong bantu dong", Kind.GREETING),
        ("mau tanya pak", Kind.GREETING),
        ("usulan sy udh smp mana ya pak", Kind.STATUS),
        ("rakor tahun ini tgl brp", Kind.MEETING),
        ("kpn rakor", Kind.MEETING),
        ("sampai kapan usulan bisa dikirim", Kind.DEADLINE),
        ("dl usulan kpn y", Kind.DEADLINE),
        ("tenggat pengusulan sampai kapan min", Kind.DEADLINE),
        # Asking to ask: an opening, whatever terms it names; a subject after it is a question.
        ("sy dr dinas perkim kab katingan mau tanya", Kind.GREETING),
        ("saya staf bappeda barut, mau nanya dikit boleh?", Kind.GREETING),
        ("pak mau tanya soal rtlh", Kind.TOPIC),
        ("mau tanya, rakor kapan", Kind.MEETING),
        ("sy staf disperkimtan, bisa tanya?", Kind.GREETING),
        ("boleh sy bertanya?", Kind.GREETING),
        # The subject before "mau tanya" is the question itself.
        ("USL-2025-0012 mau tanya", Kind.STATUS),
        ("usulan kami ditolak pak, mau tanya", Kind.STATUS),
        ("masalah kumuh 16 ha mau tanya", Kind.AREA),
        ("rakor bulan depan mau tanya", Kind.MEETING),
        ("soal rtlh mau tanya dong", Kind.TOPIC),
        # Sums of money are handed over ("Angka tahunan ..."); counts are not sums.
        ("brp nilai bsps per unit", Kind.UNKNOWN),
        ("berapa bantuan bsps", Kind.UNKNOWN),
        ("berapa lama bantuan rtlh diproses", Kind.TOPIC),
        ("bts kirim usulan kpn", Kind.DEADLINE),
        ("kami blm kirim usulan, msh keburu gak", Kind.DEADLINE),
        ("thx", Kind.GREETING),
        ("baik pak, dicatat", Kind.GREETING),
        ("met siang", Kind.GREETING),
        ("thanks a lot!", Kind.GREETING),
        ("tarima kasih banyak lah", Kind.GREETING),
        ("bingung nih gak ngerti pake bot ini, tolong", Kind.GREETING),
        # Own proposals named, but a step to take or a process asked: not their status.
        ("usulan kami ditolak krn kecil, trus dananya cari dr mana?", Kind.TOPIC),
        ("usulan kami diperiksa kayak apa?", Kind.TOPIC),
        ("siapa yang memeriksa usulan kami?", Kind.TOPIC),
        # The proposer ("pengusul") is a person: no deadline question.
        ("kalau pengusul terlambat hadir di rakor gimana", Kind.TOPIC),
        # Not understanding greets only beside a plea for help; stray words never greet.
        ("ini boleh pak?", Kind.UNKNOWN),
        ("a", Kind.UNKNOWN),
        ("usulan kami kabarnya kayak apa pak", Kind.STATUS),
        # The next meeting after the last one is still the meeting.
        ("setelah rakor kemarin, rakor berikutnya kapan", Kind.MEETING),
        ("habis lebaran rakor kapan", Kind.MEETING),
        # A step after the meeting, not the meeting's date.
        ("abis dibahas di rakor, usulan masuk RKPD kpn?", Kind.TOPIC),
        ("stlh rakor usulan masuk musrenbang dl ya?", Kind.TOPIC),  # "dl" is "dulu" here
        ("ada rapat minggu dpn gk?", Kind.MEETING),
        ("usulan drainase ulun sudah diverifikasi kah?", Kind.STATUS),
        ("Selamat pagi Bapak/Ibu.", Kind.GREETING),
        ("apa aja yg ditanyain bot waktu ngisi /usul", Kind.TOPIC),  # bot.usul, see below
    ],
)
def test_intents_come_before_retrieval(question, kind):
    """The issue's own examples: greetings and help requests get a pointer, never a glossary
    entry; the officer's proposals and the meeting date come from live data."""
    assert matcher().understand(question).kind is kind


def test_not_understanding_alone_is_neither_a_greeting_nor_an_answer():
    """ "tidak paham pak" may offer choices (the bot's how-to among them) or be handed over,
    but it never greets and is never answered outright: stray words carry no question."""
    assert matcher().understand("tidak paham pak").kind in (Kind.UNKNOWN, Kind.UNSURE)


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("slum area 8 hectares whose authority", "kabkota"),
        ("klo luasnya 15 ha pas masih bisa ke provinsi ga?", "pusat"),
        ("kumuh tepat 10 ha ditangani siapa", "provinsi"),
        # Which level, asked without naming one or in chat words.
        ("lokasinya tepat 10 ha jatuh ke mana ya", "provinsi"),
        ("kumuh 9 ha yg nangani sapa", "kabkota"),
        # Typed in a hurry: the slum word misspelt.
        ("kewenangn kumh 12 hektar", "provinsi"),
    ],
)
def test_areas_in_any_unit_and_boundary_wording_are_computed(question, level):
    understood = matcher().understand(question)
    assert understood.kind is Kind.AREA
    assert understood.ruling is not None and understood.ruling.level.value == level


def test_english_questions_meet_indonesian_examples():
    """An English question gains the Indonesian words of its English ones, so it reaches
    topics whose examples are Indonesian: "uninhabitable houses" finds the RTLH topic."""
    question = "How do we propose repairs of uninhabitable houses to the province?"
    assert matcher().understand(question).topic.id == "usulan.rtlh"
    owner = matcher().understand("who owns the building after the province builds it")
    assert owner.topic is not None and owner.topic.id == "hibah.aset"
    # The same question without the lexicon: the words alone do not get there.
    saved = dict(asking.INDONESIAN)
    asking.INDONESIAN.clear()
    try:
        # (nor the tables' questions, some of which ask it in English)
        assert Matcher(load(asked=False)).understand(question).kind is not Kind.TOPIC
    finally:
        asking.INDONESIAN.update(saved)


def test_english_words_meet_their_other_inflections():
    """English words take their Snowball stem on both sides: "preventing" in a question
    meets "prevention" in the topic, where Sastrawi would leave both whole."""
    from bot.domain.asking import english_stem

    assert english_stem("preventing") == english_stem("prevention") == "prevent"
    question = "who is in charge of preventing new slums from forming"
    understood = matcher().understand(question)
    assert understood.topic is not None
    assert understood.topic.id == "kewenangan.pencegahan_kumuh"
    # Indonesian words keep Sastrawi's stem: "penanganan" is not cut as if English.
    assert "tangan" in matcher()._terms("penanganan kumuh", correct=True)


def test_a_unit_after_a_number_is_no_question_about_the_unit():
    """ "klo 12 ha?" alone offers the slum topics, never the definition of a hectare; "1 ha
    itu brp meter persegi" still asks what the unit is."""
    bare = matcher().understand("klo 12 ha?")
    assert bare.kind is Kind.UNSURE
    assert "kewenangan.kumuh" in {topic.id for topic, _ in bare.candidates}
    assert all(not topic.id.startswith("istilah.") for topic, _ in bare.candidates)
    assert matcher().understand("1 ha itu brp meter persegi").topic.id == "istilah.ha"


@pytest.mark.parametrize("question", ["legal basisnya apa", "aturannya dmn", "uu nya apa"])
def test_the_basis_asked_in_chat_words_is_the_basis_of_the_answer_before(question):
    after = ("kumuh 12 ha kewenangan siapa", "kewenangan.kumuh")
    assert matcher().understand(question, after=after).topic.id == "kewenangan.kumuh"


def test_a_typo_is_read_as_the_word_it_was_written_for():
    """ "prmukiman" is corrected against words as written ("permukiman"), whose stem the
    comparison of stems alone could not reach."""
    understood = matcher().understand("psu prmukiman siapa yg tanganin")
    assert understood.kind is Kind.TOPIC and understood.topic.id == "kewenangan.psu"


def test_two_letters_swapped_in_a_short_acronym_are_read_as_it():
    """ "rthl" is one swap from "rtlh", which fuzzy ratios score below the typo cut-off, and
    closer by them to "rth" (green open space)."""
    understood = matcher().understand("syarat usulan rthl apa aja")
    assert understood.kind is Kind.TOPIC and understood.topic.id == "usulan.rtlh"


def test_a_typo_the_stemmer_cuts_into_another_word_is_read_as_meant():
    """ "delinasi" (delineasi typed short) stems to "dinas", a known stem: the known word as
    written that close is the one meant."""
    understood = matcher().understand("arti delinasi apa")
    assert understood.kind is Kind.TOPIC and understood.topic.id == "istilah.delineasi"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("btw RKPD tuh basically dokumen apa sih?", "istilah.rkpd"),
        ("so basically SK kumuh itu literally surat apa ya", "istilah.skkumuh"),
    ],
)
def test_jakarta_style_fillers_leave_the_term_asked(question, term):
    """Young staff's English fillers ("btw", "basically", "literally") say nothing of the
    subject: the question is the glossary one it would be without them."""
    assert matcher().understand(question).topic.id == term


def test_an_officer_moved_from_another_province_is_answered_about_this_one():
    """Naming another province alone hands over (its rules are not held here); an officer
    telling where they came from ("dulu", "waktu saya di") and asking about this province
    ("di Kalteng", "di sini") asks about Kalimantan Tengah, unless they ask how the two
    differ."""
    moved = matcher().understand(
        "dulu di kalsel pembagian kumuh berdasarkan luas, di kalteng sama?"
    )
    assert moved.kind is Kind.TOPIC and moved.topic.id == "kewenangan.kumuh"
    came = matcher().understand(
        "sebelumnya saya di Kaltim; di sini jenis usulan apa yang bisa diajukan ke provinsi?"
    )
    assert came.kind is Kind.TOPIC and came.topic.id == "usulan.jenis"
    assert (
        matcher().understand("aturan RTLH di Jatim apa bedanya dengan di sini").kind is Kind.UNKNOWN
    )
    assert matcher().understand("daftar lokasi kumuh di Kalsel").kind is Kind.UNKNOWN
    # Without the officer's own past it compares the two provinces, whose other rules are
    # not held here.
    same = matcher().understand(
        "apakah pembagian kewenangan kumuh di Kalteng sama dengan di Kalsel?"
    )
    assert same.kind is Kind.UNKNOWN


def test_an_english_word_is_not_split_into_two():
    """ "message" is no "mess" (lodging) and "age": in an English sentence an unknown word
    is an English one, not two typed together; a number before its unit still parts."""
    understood = matcher().understand("In a message I read usulan jaling. What does jaling mean?")
    assert understood.kind is Kind.TOPIC and understood.topic.id == "istilah.jaling"
    assert matcher().understand("is a 12ha slum area the province's job?").kind is Kind.AREA


def test_an_area_in_an_english_compound_is_computed():
    understood = matcher().understand("Who handles a 40-hectare slum area?")
    assert understood.kind is Kind.AREA and understood.ruling is not None
    assert understood.ruling.level.name == "PUSAT"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("mohon dijelaskan akronim RKS yang termaktub dalam daftar berkas", "istilah.rks"),
        ("perkenankan saya bertanya, apa makna RAB dalam usulan?", "istilah.rab"),
        ("I would like to ask what is meant by site plan", "istilah.siteplan"),
        ("sebelum isi form, DAK itu sendiri dana apa ya?", "istilah.dak"),
    ],
)
def test_formal_words_for_meaning_ask_the_term(question, term):
    """ "akronim", "makna", "meant by" ask what a term means as "arti" and "what is" do."""
    assert matcher().understand(question).topic.id == term


def test_polite_hedges_and_joining_are_no_question():
    """ "kalau boleh tahu" is a courtesy, not a condition that makes the rest hypothetical;
    "izin bergabung" greets a group."""
    asked = matcher().understand("kalau boleh tahu, usulan kami statusnya apa? diterima?")
    assert asked.kind is Kind.STATUS
    assert matcher().understand("selamat siang bapak ibu, izin bergabung").kind is Kind.GREETING


def test_what_would_follow_from_a_slip_is_no_status_question():
    """ "kalau ... tidak diisi, nanti gimana nasib usulannya": a consequence asked before it
    happens, answered by the topic of the part left out, not the officer's live status."""
    understood = matcher().understand(
        "kalau perkiraan biaya tidak saya isi, nanti gimana nasib usulannya?"
    )
    assert understood.kind is not Kind.STATUS
    assert matcher().understand("kalau belum ada kabar, usulan kami sampai mana?").kind is (
        Kind.STATUS
    )


def test_what_a_requirement_means_is_not_how_to_send():
    """ "buat kami" is "for us", not "make": the requirement's meaning is asked."""
    understood = matcher().understand(
        "di SE tertulis usulan wajib dilengkapi surat pernyataan hibah, maksudnya gimana buat kami"
    )
    assert understood.topic is not None and understood.topic.id == "usulan.surat_pernyataan"


def test_risk_and_loss_read_as_consequence():
    understood = matcher().understand("apa ruginya kalau SK kumuh belum ada")
    assert understood.topic is not None and understood.topic.id == "usulan.sk_kumuh"


def test_a_named_command_is_what_the_question_is_about():
    assert matcher().understand("apa aja yg ditanyain bot waktu ngisi /usul").topic.id == "bot.usul"
    assert matcher().understand("di /status ada tulisan dialihkan").topic.id == "bot.status"


def test_a_terms_role_is_answered_by_its_topic_and_its_meaning_by_the_glossary():
    assert matcher().understand("pokja pkp tu fungsinya apa di daerah").topic.id == (
        "koordinasi.pokja_pkp"
    )
    assert matcher().understand("pokja pkp itu apa").topic.id == "istilah.pokjapkp"


def test_a_term_after_the_cue_beats_a_form_of_address_before_it():
    # "kak" greets an officer and is also the KAK (terms of reference) entry.
    assert matcher().understand("kak, apa itu rtlh").topic.id == "istilah.rtlh"
    assert matcher().understand("kak apa artinya kb").topic.id == "istilah.kb"
    assert matcher().understand("KAK itu apa sih").topic.id == "istilah.kak"


def test_a_term_owned_by_the_word_before_it_is_not_asked_about():
    # "the official website of Disperkimtan": not what "Disperkimtan" means.
    assert matcher().understand("website resmi disperkimtan apa").topic is None or (
        matcher().understand("website resmi disperkimtan apa").topic.id != "istilah.disperkimtan"
    )
    assert matcher().understand("disperkimtan itu apa").topic.id == "istilah.disperkimtan"
    assert matcher().understand("pokir tu ap?").topic.id == "istilah.pokir"  # chat "ap"
    # two terms joined by "sm" (sama): the glossary, not a topic that mentions both
    assert matcher().understand("huntara sm huntap bedanya apa").topic.id.startswith("istilah.")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kriteriakumuh ada apa aja", "kriteria kumuh ada apa aja"),
        ("7aspek kumuh itu apa ajaa?", "7 aspek kumuh itu apa aja?"),
        ("arti status dibahasrakor", "arti status dibahas rakor"),
        # A whole phrase glued by voice typing: the fewest known words that spell it.
        ("datausulanyangwajibdiisi apa aja", "data usulan yang wajib diisi apa aja"),
        ("kampung di tangkiling", "kampung di tangkiling"),  # an unknown name stays whole
        # Known words, numbers, areas and words with affixes stay as typed.
        ("luas kumuh 120000 m2, 15ha", "luas kumuh 120000 m2, 15ha"),
        ("perumahannya di palangkaraya", "perumahannya di palangkaraya"),
    ],
)
def test_words_typed_together_are_read_apart(typed, read):
    assert matcher()._unjoined(typed) == read
    assert matcher().understand("kriteriakumuh ada apa aja").topic.id == "kumuh.aspek"


def test_areas_of_different_levels_ask_which_one_counts():
    two = matcher().understand("di SK kawasannya 25 ha tp yg mau ditangani cm 12 ha, masuk prov ga")
    assert two.kind is Kind.TOPIC and two.topic.id == "kumuh.luas_delineasi"
    same = matcher().understand("kumuh lebih dari 15 ha, kira2 20 ha, ke provinsi atau pusat?")
    assert same.kind is Kind.AREA and same.ruling.level.value == "pusat"


def test_a_definition_never_answers_when_or_how_they_relate():
    assert matcher().understand("jadwal musrenbang kecamatan di kapuas kapan").kind is Kind.UNKNOWN
    assert matcher().understand("KAK dlm dokumen perencanaan itu apa").topic.id == "istilah.kak"
    related = matcher().understand("hubungan rakor dgn RKPD apa")
    assert related.topic is None or not related.topic.id.startswith("istilah.")


def test_a_band_of_areas_names_the_rule_and_is_not_computed():
    band = matcher().understand("provinsi cuma megang kumuh 10-15 ha aja kah?")
    assert band.kind is not Kind.AREA


def test_help_requests_and_salam_are_greetings():
    for text in ("tolong bantu sy", "assalamualaikum wr wb, selamat siang bapak ibu"):
        assert matcher().understand(text).kind is Kind.GREETING


@pytest.mark.parametrize(("name", "bar"), [("A", 0.84), ("B", 0.74)])
def test_follow_ups_are_read_with_the_question_before(capsys, name, bar):
    """tests/qa_followups.py, written by a helper who had not seen the knowledge base: set A
    may be tuned on, set B is held out (counts only). Read alone: 40/50 and 37/50; read after
    the question before (a follow-up in doubt, answered when that reading lands on the same
    topic or a kin one): 42/50 and 38/50, no more wrong answers. With the legal basis asked
    alone ("dasar hukumnya apa?") read as the basis of what was just answered: A 42/50."""
    from bench.qa_quality import measure_follow_ups
    from tests import qa_followups

    items = getattr(qa_followups, f"FOLLOWUPS_{name}")
    alone, together, wrong, every = measure_follow_ups(items, matcher())
    with capsys.disabled():
        print(f"\nfollow-ups {name}: {together}/{every} ({alone} alone), wrong {wrong}")
    assert together >= alone
    assert together / every >= bar
