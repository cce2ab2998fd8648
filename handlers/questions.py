"""/tanya and plain questions: answers with sources, choices when unsure, handover to admins."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons, cues
from bot.domain.asking import (
    DELINEATION_TOPIC,
    Kind,
    Understanding,
    is_greeting,
    is_thanks,
    leans_on_earlier,
    normalise,
    same_question,
)
from bot.domain.authority import SLUM_CENTRE_FROM_HA, SLUM_PROVINCE_FROM_HA, Level
from bot.domain.english import (
    INDONESIAN_MARKS,
    courtesy_in_english,
    has_english_word,
    language_asked,
    written_in_english,
)
from bot.domain.knowledge import Topic
from bot.domain.learned import Knowledge
from bot.domain.places import places_asked
from bot.domain.proposal import PROVINCE_ZONE, SK_MAX_AGE_YEARS, decree_age
from bot.domain.quantities import SUPERSCRIPT_AFTER_DIGIT, format_ha
from bot.domain.regions import regency_by_code
from bot.domain.slum_score import band
from bot.domain.textsplit import shorten, split_message
from bot.domain.wilayah import Area, area_by_code
from bot.services import meeting_notices, notify
from bot.services.throttle import Verdict
from bot.state import FOLLOW_UP
from bot.texts import Raw, names_a_button, t
from handlers import deadlines, faq, proposal_view, proposals, statuses
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, broadcasts, meetings, officers, outbox, questions
from storage import deadlines as deadline_store
from storage.broadcasts import Broadcast
from storage.db import Tx
from storage.meetings import Meeting, from_stamp, to_stamp
from storage.officers import Status
from storage.questions import Question, QuestionStatus

# "Assalamualaikum" (and its chat spellings) is answered with "Waalaikumsalam" first.
# A question about the Rakor, and meetings that are the Rakor (not one preparing for it).
RAKOR_NAMED = re.compile(r"\b(rakor\w*|rapat koordinasi)\b", re.IGNORECASE)
PREPARING = re.compile(r"\b(persiapan|pra[- ]?rakor|prarakor|preparation|preparatory)\b", re.I)
SALAM = re.compile(r"\b(ass?alamu?'?all?aikum|askum|ass?alamualaikum\w*)\b", re.IGNORECASE)

log = logging.getLogger(__name__)

# Questions one user may have waiting for the province at once: enough for real needs, and a
# bound on how often anyone (registered or not) can page every admin.
MAX_OPEN_PER_USER = 3
# Shown by /tanya alone: one question per kind of answer the bot gives.
EXAMPLE_QUESTIONS = (
    "kumuh 12 ha kewenangan siapa?",
    "apa bedanya PSU perumahan dan PSU permukiman?",
    "apa saja syarat usulan ke provinsi?",
    "kapan Rakor?",
    "apa itu RTLH?",
)
# An earlier answer quoted back to a second admin: enough to recognise it.
QUOTED_ANSWER = 500
QUESTION_KEPT = 2000  # characters of a question stored and handed over
# The asker's previous question quoted to the admin as context: enough to know the subject.
QUOTED_PREVIOUS = 500
# At a handover, the asker's questions this long before it are shown to the admin too (the
# conversation that led to it), the newest few of them.
CONVERSATION = timedelta(minutes=30)
CONVERSATION_SHOWN = 3
# A deadline only announced by broadcast: the last few broadcasts are looked at, and the one
# naming it quoted up to this many characters.
ANNOUNCEMENTS_LOOKED_AT = 10
PLACES_LISTED = 5  # places of one name listed ("Tewah" is a kelurahan and a kecamatan)
ANNOUNCEMENT_QUOTED = 300
# The topics on slum decrees: a year named in the question gets the decree's age computed.
DECREE_TOPICS = frozenset({"kumuh.penetapan", "usulan.sk_kumuh", "istilah.skkumuh"})
REFUSALS_TOPIC = "bot.ditolak_dialihkan"  # asked with "kami": their own come first


async def ask(update: Update, context: Context) -> None:
    """/tanya: explain what can be asked, or answer what follows the command."""
    who = context.who
    message = update.effective_message
    assert message is not None
    text = " ".join(context.args or ())
    if not text.strip():
        keyboard = [
            [InlineKeyboardButton(q, callback_data=buttons.QUESTION.pack("ex", i))]
            for i, q in enumerate(EXAMPLE_QUESTIONS)
        ]
        # While a form is open, plain messages answer the form: say how to ask instead.
        key = "qa.intro_in_form" if await flows.has_draft(context) else "qa.intro"
        await message.reply_text(t(who.lang, key), reply_markup=InlineKeyboardMarkup(keyboard))
        return
    await answer_text(update, context, text)
    await flows.remind(context)


async def answer_text(update: Update, context: Context, text: str) -> None:
    """Answer a question typed by the user (plain message or after /tanya)."""
    who = context.who
    if cues.ACKNOWLEDGING.fullmatch(text.strip()):
        # "👍", "🙏🙏": thanks or "noted", as officers end a chat, not a question in pictures
        await context.bot.send_message(who.chat_id, t(who.lang, "qa.thanks", name=who.display_name))
        return
    if not any(char.isalpha() for char in text):
        # Emoji, punctuation or a bare number ("🙏", "??", "9": a button number that no longer
        # fits): nothing to look up, nothing to hand over, nothing a follow-up could mean.
        await context.bot.send_message(who.chat_id, t(who.lang, "qa.no_words"))
        return
    if names_a_button(text):
        # "Setujui" typed after its button went stale: a button's name, not a question
        # (fifteenth try-out: a knowledge-base topic came back).
        typed = text.strip()
        await context.bot.send_message(who.chat_id, t(who.lang, "qa.button_typed", label=typed))
        return
    if who.role is Role.GUEST:
        verdict = context.state.guest_throttle.check(who.user_id)
        if verdict is Verdict.WARN:
            await context.bot.send_message(who.chat_id, t(who.lang, "access.slow_down"))
        if verdict is not Verdict.ALLOW:
            return  # nothing stored past the allowance
    if SUPERSCRIPT_AFTER_DIGIT.search(text):
        # "12² ha" would read as 122 ha: ask for the number as written, never guess.
        await context.bot.send_message(who.chat_id, t(who.lang, "number.superscript"))
        return
    if places := places_asked(text):
        # "Desa Hampalit masuk kecamatan apa?": the place list answers it (fourteenth
        # try-out: the topic on filling in a proposal's location was given).
        await context.bot.send_message(who.chat_id, _places_text(places, who.lang))
        return
    knowledge = await faq.current(context.state)
    await _recall(context, knowledge)
    # What the bot had in mind when reading this question: handed over, a bare follow-up
    # ("contohnya?") reaches the admin with it, or the admin could not tell what it asks.
    follows = context.state.recent_topics.get(who.user_id, context.state.now())
    if follows is not None:
        follows = (follows[0][:QUESTION_KEPT], follows[1])
    # Kept as context only for a question that may lean on it: a full question on another
    # subject would reach the admin with an unrelated one quoted (ninth try-out).
    leaning = follows if follows is not None and leans_on_earlier(text) else None
    earlier = follows[0] if follows is not None else None
    understood = (
        Understanding(Kind.GREETING) if is_greeting(text) else _understand(context, text, knowledge)
    )
    if (
        understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
        and who.role is not Role.GUEST
        and knowledge.matcher.asks_when_or_where(text)
        and await _upcoming(context)
    ):
        # "di mana tempatnya" after a reminder, or days after the invitation: the meeting the
        # officer is invited to is what such a bare question means (twelfth try-out).
        understood = Understanding(Kind.MEETING)
    if (
        understood.kind in (Kind.UNKNOWN, Kind.UNSURE)
        and cues.REVISING.search(normalise(text)) is not None
        and await proposals.explain_revision(context)
    ):
        return  # "gmn cara perbaikinya?" after the "perlu perbaikan" notice (twelfth try-out)
    if understood.kind is Kind.GREETING:
        if is_thanks(text):
            key = "qa.thanks"
        elif cues.ACKNOWLEDGED_IN_WORDS.fullmatch(normalise(text).strip(" .!")):
            # "ok", "siap pak" after an answer: acknowledged, not greeted as if just arrived.
            key = "qa.ack"
        elif who.role is not Role.GUEST:
            key = "qa.hello"
        elif who.officer.status is Status.PENDING:
            key = "qa.hello_pending"
        else:
            key = "qa.hello_guest"
        words = cues.WORD.findall(normalise(text))
        english = courtesy_in_english(words) or written_in_english(words)
        lang = "en" if who.lang == "id" and english else who.lang
        reply = t(lang, key, name=who.display_name)
        if SALAM.search(text):  # "assalamualaikum" is answered in kind first
            reply = f"{t(lang, 'qa.salam')}\n{reply}"
        if lang != who.lang:  # "hi, do you speak english?": how to keep it English
            reply += "\n\n" + t(lang, "qa.always_language")
        await context.bot.send_message(who.chat_id, reply)
        return
    if understood.kind is Kind.STATUS:
        await statuses.show(update, context, understood.code)
        return
    if understood.kind in (Kind.MEETING, Kind.DEADLINE):
        lang = _answer_language(who.lang, text, earlier)  # "when is the next meeting?" in English
        # "rakor kpn? trs batas usulan kpn?": both schedules, in one reply, in the order asked.
        asked = knowledge.matcher.intents_asked(text)
        kinds = asked if understood.kind in asked else [understood.kind, *asked]
        parts = [
            await _next_meeting_text(context, lang, rakor=RAKOR_NAMED.search(text) is not None)
            if kind is Kind.MEETING
            else await _deadline_text(context, lang)
            for kind in kinds
        ]
        await context.bot.send_message(who.chat_id, "\n\n".join(parts))
        return
    if understood.kind is Kind.UNKNOWN and not knowledge.matcher.readable(text):
        # "asdfgh", "hahaha": no word to hand over to the province; ask in words instead.
        await context.bot.send_message(who.chat_id, t(who.lang, "qa.no_words"))
        return
    topic_id = understood.topic.id if understood.topic is not None else None
    if understood.kind is Kind.AREA:
        topic_id = "kewenangan.kumuh.luas"
    async with context.state.db.transaction() as tx:
        question_id = await questions.record(
            tx,
            who.user_id,
            text[:QUESTION_KEPT],
            topic_id,
            round(understood.confidence, 3),
            follows=leaning,
        )
    # An English question to an officer who reads Indonesian is answered in English (every
    # topic has both), with the command that makes it the default.
    lang = _answer_language(who.lang, text, earlier)
    if understood.on_screen and (leaning is None or _answer_language(who.lang, leaning[0]) != lang):
        # The answer on screen is in another language (or gone): it is given again in full.
        understood = replace(understood, on_screen=False)
    reply, markup = _reply(understood, question_id, lang, knowledge)
    if understood.kind in (Kind.UNKNOWN, Kind.UNSURE) and who.officer.status is Status.PENDING:
        # "sdh bs dipake blm?" while waiting: whatever it asks, say what it waits for first
        # (twelfth try-out: only a "did you mean" menu).
        reply = f"{t(lang, 'qa.still_pending')}\n\n{reply}"
    if (lead := _decree_age_line(understood, text, context, lang)) is not None:
        reply = f"{lead}\n\n{reply}"
    if _asks_own_refusal(understood, text, who):
        # "kenapa usulan kami ditolak?": the regency's own refused proposals with the
        # province's notes come first, then why proposals are refused in general.
        reply = f"{await statuses.turned_down(context, lang)}\n\n{reply}"
    if understood.partly:
        # "rusus itu apa? sekalian, berapa unit di Mura?": the rest is the province's.
        reply += "\n\n" + t(lang, "qa.partly", button=t(lang, "btn.ask_province"))
    elif understood.kind in (Kind.TOPIC, Kind.AREA) and (
        others := knowledge.matcher.also_asked(text, understood)
    ):
        # One answered of several: said, not hidden, and the others a tap away, first.
        reply += "\n\n" + t(lang, "qa.several")
        markup = _offering_first(markup, others, question_id, lang)
    if lang != who.lang:
        reply += "\n\n" + t(lang, "qa.always_language")
    await _send(update, context, reply, markup)


def _asks_own_refusal(understood: Understanding, question: str, who: Identity) -> bool:
    """Whether an officer asks why their own proposals were refused or redirected."""
    topic = understood.topic
    return (
        understood.kind is Kind.TOPIC
        and topic is not None
        and topic.id == REFUSALS_TOPIC
        and not understood.basis_only
        and not understood.on_screen
        and who.role is Role.OFFICER
        and cues.OWN.search(normalise(question)) is not None
    )


def _decree_age_line(
    understood: Understanding, question: str, context: Context, lang: str
) -> str | None:
    """ "SK kumuh kami thn 2019 masih bisa dipakai?": the decree's age, computed, before the
    rule on slum decrees (the ninth try-out left the officer to count)."""
    topic = understood.topic
    if understood.kind is not Kind.TOPIC or topic is None or understood.basis_only:
        return None
    if topic.id not in DECREE_TOPICS:
        return None
    this_year = context.state.now().astimezone(PROVINCE_ZONE).year
    if (found := decree_age(question, this_year)) is None:
        return None
    year, years = found
    if years > SK_MAX_AGE_YEARS:
        return t(lang, "qa.sk_age_old", year=year, years=years, max=SK_MAX_AGE_YEARS)
    if years == SK_MAX_AGE_YEARS:
        return t(lang, "qa.sk_age_edge", year=year, less=years - 1, max=SK_MAX_AGE_YEARS)
    return t(lang, "qa.sk_age_fresh", year=year, max=SK_MAX_AGE_YEARS)


def _answer_language(lang: str, question: str, earlier: str | None = None) -> str:
    """English for an English question from an officer who reads Indonesian, else theirs.

    A short follow-up to an English question ("and 16 ha?", "what about PSU?") is too short
    to read as English by itself: with an English word and no Indonesian one in it, it stays
    in English ("kumuh 100.000 m2" does not)."""
    if (asked := language_asked(question)) is not None:
        return asked  # "in English please", "pakai bahasa indonesia aja"
    if lang != "id":
        return lang
    words = cues.WORD.findall(normalise(question))
    if written_in_english(words):
        return "en"
    carried_on = (
        earlier is not None
        and leans_on_earlier(question)
        and not INDONESIAN_MARKS.intersection(words)
        and has_english_word(words)
        and written_in_english(cues.WORD.findall(normalise(earlier)))
    )
    return "en" if carried_on else lang


def _understand(context: Context, text: str, knowledge: Knowledge) -> Understanding:
    """The question read with what this user was just told, which that reading updates."""
    user, now = context.who.user_id, context.state.now()
    areas, topics = context.state.recent_areas, context.state.recent_topics
    understood = knowledge.matcher.understand(
        text,
        after_area=areas.get(user, now) is not None,
        after=topics.get(user, now),
    )
    if understood.kind is Kind.GREETING:
        return understood  # thanks and hellos keep the subject open
    if understood.about_slum_areas():
        areas.mark(user, now, True)
    else:
        areas.forget(user)
    if (subject := understood.subject()) is not None:
        topics.mark(user, now, (text, subject))
    elif understood.kind is not Kind.UNSURE:
        topics.forget(user)  # another subject: an intent, a handover
    return understood


async def _recall(context: Context, knowledge: Knowledge) -> None:
    """Soon after a restart, read back what the user was last told before it from their last
    question in the database, so "dasar hukumnya?" or "klo 16 ha?" still builds on it."""
    state, user = context.state, context.who.user_id
    now = state.now()
    if state.started_at is None or now - state.started_at > FOLLOW_UP:
        state.recalled.clear()  # the window is over: nothing to read back, nothing to keep
        return
    if user in state.recalled:
        return
    state.recalled.add(user)  # once: later questions are remembered in memory again
    if state.recent_topics.get(user, now) or state.recent_areas.get(user, now):
        return
    async with state.db.transaction(write=False) as tx:
        last = await questions.last_asked_by(tx, user)
    if last is None:
        return
    asked_at = from_stamp(last.asked_at)
    if not timedelta(0) <= now - asked_at <= FOLLOW_UP:
        return
    understood = knowledge.matcher.understand(last.text)
    if understood.about_slum_areas():
        state.recent_areas.mark(user, asked_at, True)
    # The topic the user picked from the choices, if they did, else the one answered.
    picked = knowledge.topic(last.topic) if last.topic else None
    subject = picked.id if picked is not None else understood.subject()
    if subject is not None:
        state.recent_topics.mark(user, asked_at, (last.text, subject))


def _places_text(places: tuple[Area, ...], lang: str) -> str:
    """Where each named place lies: its kecamatan and regency, with its official code."""
    lines = []
    for place in places[:PLACES_LISTED]:
        regency = area_by_code(place.code[:5]).name
        if place.level == "kecamatan":
            lines.append(
                t(lang, "qa.place_kecamatan", name=place.name, regency=regency, code=place.code)
            )
        else:
            kecamatan = area_by_code(place.parent).name
            lines.append(
                t(lang, f"qa.place_{place.level}", name=place.name, kecamatan=kecamatan,
                  regency=regency, code=place.code)
            )  # fmt: skip
    if len(places) > PLACES_LISTED:
        lines.append(t(lang, "qa.place_more", n=len(places) - PLACES_LISTED))
    return "\n".join(lines)


async def _upcoming(context: Context) -> list[Meeting]:
    """The meetings ahead that the user is invited to (every one, for admins)."""
    who = context.who
    regency = None if who.is_admin else who.officer.regency_code
    async with context.state.db.transaction(write=False) as tx:
        return await meetings.upcoming(tx, context.state.now(), regency)


async def _next_meeting_text(context: Context, lang: str, *, rakor: bool = False) -> str:
    """The next meeting the user is invited to (any, for admins and guests), or none yet,
    in `lang`. Asked for the Rakor (`rakor`), the next Rakor; when only other meetings are
    scheduled ("Rapat persiapan Rakor"), it says the Rakor is not, then names the next one."""
    who = context.who
    if who.role is Role.GUEST:
        # Meetings are for registered officers: a stranger learns nothing of them.
        pending = who.officer.status is Status.PENDING
        return t(lang, "qa.meeting_pending" if pending else "qa.meeting_guest")
    zone = context.state.settings.schedule.timezone
    ahead = await _upcoming(context)
    if not ahead:
        return await _not_invited_text(context, lang)
    rakors = [m for m in ahead if RAKOR_NAMED.search(m.title) and not PREPARING.search(m.title)]
    meeting = rakors[0] if rakors else ahead[0]
    key = "qa.meeting_rakor_not_yet" if rakor and not rakors else "qa.meeting_next"
    return t(
        lang,
        key,
        title=meeting.title,
        details=Raw(meeting_notices.details(meeting, zone, lang)),
    )


async def _not_invited_text(context: Context, lang: str) -> str:
    """No meeting ahead for the officer's regency: none at all, or the next one, to which
    their regency is not invited (fourteenth try-out: "belum ada rapat" while a Rakor for
    three other regencies was set that morning)."""
    async with context.state.db.transaction(write=False) as tx:
        others = await meetings.upcoming(tx, context.state.now())
    if not others:
        return t(lang, "qa.meeting_none")
    zone = context.state.settings.schedule.timezone
    meeting = others[0]
    when = meeting_notices.when_text(meeting.starts_at, zone, lang)
    return t(lang, "qa.meeting_not_invited", title=meeting.title, when=when)


async def _deadline_text(context: Context, lang: str) -> str:
    """This budget year's proposal deadline, from what the province set, in `lang`."""
    zone = context.state.settings.schedule.timezone
    now = context.state.now()
    year = deadlines.budget_year_now(now.astimezone(zone))
    async with context.state.db.transaction(write=False) as tx:
        deadline = await deadline_store.get(tx, year)
    if deadline is None:
        announced = await _deadline_announced(context)
        if announced is None:
            return t(lang, "qa.deadline_none")
        # Announced in a broadcast but never set with /tenggat (twelfth try-out): what the
        # province said, with when, rather than "none set" seconds after it said one.
        return t(
            lang,
            "qa.deadline_announced",
            when=meeting_notices.when_text(from_stamp(announced.created_at), zone, lang),
            text=shorten(announced.text, ANNOUNCEMENT_QUOTED),
        )
    key = "qa.deadline_closed" if deadline.closed(now) else "qa.deadline_open"
    when = meeting_notices.when_text(deadline.closes_at, zone, lang)
    return t(lang, key, year=year, when=when)


async def _deadline_announced(context: Context) -> Broadcast | None:
    """The latest broadcast of the last few that reached the user and names a deadline."""
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        for sent in await broadcasts.recent(tx, limit=ANNOUNCEMENTS_LOOKED_AT):
            if cues.DEADLINE.search(normalise(sent.text)) is None:
                continue
            if who.is_admin or await broadcasts.reached(tx, sent, who.chat_id):
                return sent
    return None


def _reply(
    understood: Understanding, question_id: int, lang: str, knowledge: Knowledge
) -> tuple[str, InlineKeyboardMarkup]:
    handover = InlineKeyboardButton(
        t(lang, "btn.ask_province"), callback_data=buttons.QUESTION.pack("h", question_id)
    )
    if understood.kind is Kind.AREA:
        # The slum-rule topic the level carries, and which of a slum's areas counts.
        rows = [
            [_topic_button(topic, question_id, lang)]
            for topic in (understood.topic, knowledge.topic(DELINEATION_TOPIC))
            if topic is not None
        ]
        return _area_text(understood, lang), InlineKeyboardMarkup([*rows, [handover]])
    if understood.kind is Kind.TOPIC and understood.topic is not None:
        topic = understood.topic
        keyboard = _topic_buttons(topic, question_id, handover, lang, knowledge)
        if understood.basis_only:  # the answer is still on screen: its source, not again
            return _basis_text(topic, lang, knowledge.source(topic, lang)), keyboard
        if understood.brief:  # "singkatnya gimana?": the gist of the answer just given
            return topic_text(topic, lang, knowledge.source(topic, lang), brief=True), keyboard
        if understood.on_screen:
            # "contohnya apa aja?", "maksudnya gimana?" asking more of the answer just given:
            # it is still on screen, and all the knowledge base holds; sent again it would
            # only cost the officer's data. More detail is the province's to give.
            title = html.escape(topic.title(lang))
            button = t(lang, "btn.ask_province")
            return t(lang, "qa.same_answer", title=title, button=button), keyboard
        text = topic_text(topic, lang, knowledge.source(topic, lang))
        for also in understood.also:  # "apa bedanya RTLH sama BSPS": both, in one reply
            text += "\n\n" + topic_text(also, lang, knowledge.source(also, lang))
        if understood.score is not None:  # "skornya 63 masuk apa": the band comes first
            text = (
                t(lang, f"qa.score_{band(understood.score)}", score=understood.score)
                + "\n\n"
                + text
            )
        return text, keyboard
    if understood.kind is Kind.UNSURE and understood.basis_only:
        return t(lang, "qa.basis_of_what"), InlineKeyboardMarkup([[handover]])
    if understood.kind is Kind.UNSURE:
        rows = [
            [
                InlineKeyboardButton(
                    topic.title(lang),
                    callback_data=buttons.QUESTION.pack("t", question_id, topic.id),
                )
            ]
            for topic, _ in understood.candidates
        ]
        return t(lang, "qa.unsure"), InlineKeyboardMarkup([*rows, [handover]])
    key = "qa.unknown_amount" if understood.amount else "qa.unknown"
    return t(lang, key), InlineKeyboardMarkup([[handover]])


def _basis_text(topic: Topic, lang: str, source: str | None) -> str:
    """The source of an answer just given, asked for after it ("dasar hukumnya apa?")."""
    title = html.escape(topic.title(lang), quote=False)
    text = t(lang, "qa.basis", title=title, source=source or topic.source)
    return text + ("\n\n" + t(lang, "qa.unconfirmed") if topic.unconfirmed else "")


def topic_text(topic: Topic, lang: str, source: str | None = None, *, brief: bool = False) -> str:
    """A topic's answer with its title, source (`source` in `lang` when the topic's own is
    not: a learned entry's marker) and, where due, the caution; `brief`, only the answer's
    first paragraph, which states the level or fact (every answer is written so)."""
    # Titles and sources are plain text; answers are HTML already.
    title = html.escape(topic.title(lang), quote=False)
    line = t(lang, "qa.source", source=source or topic.source)
    answer = topic.answer(lang).split("\n\n", 1)[0] if brief else topic.answer(lang)
    parts = [f"<b>{title}</b>", answer, line]
    if topic.unconfirmed:
        parts.append(t(lang, "qa.unconfirmed"))
    return "\n\n".join(parts)


def _topic_buttons(
    topic: Topic,
    question_id: int,
    handover: InlineKeyboardButton,
    lang: str,
    knowledge: Knowledge,
) -> InlineKeyboardMarkup:
    rows = [
        [_topic_button(other, question_id, lang)]
        for other in map(knowledge.topic, topic.related[:2])
        if other is not None
    ]
    return InlineKeyboardMarkup([*rows, [handover]])


def _offering_first(
    markup: InlineKeyboardMarkup, others: Sequence[Topic], question_id: int, lang: str
) -> InlineKeyboardMarkup:
    """The reply's buttons with the other questions' topics put first, none twice."""
    offered = [[_topic_button(topic, question_id, lang)] for topic in others]
    shown = {row[0].callback_data for row in offered}
    rest = [
        list(row) for row in markup.inline_keyboard if row and row[0].callback_data not in shown
    ]
    return InlineKeyboardMarkup([*offered, *rest])


def _topic_button(topic: Topic, question_id: int, lang: str) -> InlineKeyboardButton:
    """A button opening `topic` under the answer to question `question_id`."""
    data = buttons.QUESTION.pack("t", question_id, topic.id)
    return InlineKeyboardButton("➡️ " + topic.title(lang), callback_data=data)


def _area_text(understood: Understanding, lang: str) -> str:
    ruling = understood.ruling
    assert ruling is not None and understood.area_ha is not None
    area = format_ha(understood.area_ha)
    if understood.area_to is not None:  # a band: "antara 10 sampai 14 ha"
        area = t(lang, "qa.area_span", low=area, high=format_ha(understood.area_to))
    elif understood.bound is not None:  # "kurang dari 10 ha": said back as asked
        key = "qa.area_below" if understood.bound == "<" else "qa.area_above"
        area = t(lang, key, area=area)
    # The centre's share rests on wording not yet confirmed against the official text; that it
    # is not the province's is confirmed (the province's band ends below 15 ha).
    key = "qa.area_centre" if ruling.level is Level.PUSAT else "qa.area"
    first = t(lang, key, area=area, level=Raw(t(lang, f"level.{ruling.level}")))
    above = SLUM_CENTRE_FROM_HA if ruling.level is Level.PROVINSI else SLUM_PROVINCE_FROM_HA
    if understood.bound == ">" and ruling.level is not Level.PUSAT and understood.area_ha < above:
        # "lebih dari 10 ha" may be 20 ha: where this level ends belongs in the first lines.
        level = Raw(t(lang, f"level.{ruling.level}"))
        first += " " + t(lang, "qa.area_until", limit=format_ha(above), level=level)
    lines = [
        first,
        t(lang, "qa.area_basis", quote=ruling.quote or "", source=ruling.source),
        # Every band, so the reply answers "and the others?" and a boundary at once.
        t(lang, "qa.area_rule"),
    ]
    if ruling.unconfirmed:
        lines.append(t(lang, "qa.unconfirmed"))
    if ruling.level is Level.PROVINSI:
        lines.append(t(lang, "qa.area_propose"))
    else:
        channels = ", ".join(t(lang, f"channel.{c}") for c in ruling.channels)
        lines.append(t(lang, "qa.area_channels", channels=Raw(channels)))
    return "\n\n".join(lines)


async def _send(
    update: Update, context: Context, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    pieces = split_message(text)
    for piece in pieces[:-1]:
        await context.bot.send_message(context.who.chat_id, piece)
    await context.bot.send_message(context.who.chat_id, pieces[-1], reply_markup=markup)


async def press(update: Update, context: Context) -> None:
    """The buttons under answers: a topic, an example question, or "ask the province"."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    op, number, *rest = pressed(buttons.QUESTION, query)
    who = context.who
    if op == "t":
        topic_id, question_id = rest[0], number
        knowledge = await faq.current(context.state)
        topic = knowledge.topic(topic_id)
        if topic is None:  # unknown, or a learned entry retired since the buttons were drawn
            await context.bot.send_message(who.chat_id, t(who.lang, "form.stale_button"))
            return
        async with context.state.db.transaction() as tx:
            # The officer's own pick is the best label for growing the knowledge base.
            await questions.choose_topic(tx, question_id, who.user_id, topic.id)
            asked = await questions.get(tx, question_id)
        lang = who.lang
        if asked is not None and asked.asker_id == who.user_id:
            # The pick is the subject now: a follow-up builds on it.
            subject = (asked.text, topic.id)
            context.state.recent_topics.mark(who.user_id, context.state.now(), subject)
            lang = _answer_language(who.lang, asked.text)  # the language the choices were in
        handover = InlineKeyboardButton(
            t(lang, "btn.ask_province"),
            callback_data=buttons.QUESTION.pack("h", question_id),
        )
        markup = _topic_buttons(topic, question_id, handover, lang, knowledge)
        text = topic_text(topic, lang, knowledge.source(topic, lang))
        await _send(update, context, text, markup)
    elif op == "ex" and number < len(EXAMPLE_QUESTIONS):
        await answer_text(update, context, EXAMPLE_QUESTIONS[number])
    elif op == "h" and await _hand_over(update, context, number):
        await flows.clear_buttons(query.message)  # a question is handed over once


async def _hand_over(update: Update, context: Context, question_id: int) -> bool:
    """Send the question to the province; False when it may be sent later (too many wait)."""
    who = context.who
    knowledge = await faq.current(context.state)  # names the topic of a previous question
    async with context.state.db.transaction() as tx:
        waiting = await questions.open_of(tx, who.user_id)
        pressed_on = await questions.get(tx, question_id)
        # Only the asker's own question still with the bot can go (or wait for room to).
        sendable = (
            pressed_on is not None
            and pressed_on.asker_id == who.user_id
            and pressed_on.status is QuestionStatus.BOT
        )
        earlier = await _same_open(tx, pressed_on) if pressed_on and sendable else None
        if earlier is not None or waiting >= MAX_OPEN_PER_USER or not sendable:
            question = None
        else:
            question = await questions.hand_over(tx, question_id, who.user_id)
        if question is not None:
            await audit.record(tx, who.user_id, "question.handed_over", f"question:{question_id}")
            before: list[Question] = []
            if question.follows_text is not None:  # only a follow-up carries its conversation
                since = to_stamp(from_stamp(question.asked_at) - CONVERSATION)
                before = await questions.asked_before(
                    tx, who.user_id, question.id, since, CONVERSATION_SHOWN
                )
            queued = await notify.queue_for_admins(
                tx,
                context.state.settings.access.admin_ids,
                f"question:{question.id}",
                _admin_notice(who, question, knowledge, before),
                ref=f"question:{question.id}",
            )
            if not queued:
                log.error("question %s reaches no admin: [access] admin_ids is empty", question_id)
    if earlier is not None:
        # The province has it already: a second copy would only page the admins twice.
        sent_at = earlier.handed_over_at or earlier.asked_at
        when = proposal_view.when(sent_at, context)
        await context.bot.send_message(
            who.chat_id, t(who.lang, "qa.already_open", when=when, id=earlier.number)
        )
        return True
    if question is None:
        # Too many waiting: the button stays, to be pressed again once one is answered.
        full = sendable and waiting >= MAX_OPEN_PER_USER
        key = "qa.too_many_open" if full else "qa.already_sent"
        await context.bot.send_message(who.chat_id, t(who.lang, key, n=MAX_OPEN_PER_USER))
        return not full
    context.state.wake_sender()
    sent = t(who.lang, "qa.sent", id=question.number)
    if len(question.text) >= QUESTION_KEPT:
        # An essay is cut where storage stops: say so, since its question may come last.
        sent += "\n\n" + t(who.lang, "qa.sent_cut", n=f"{QUESTION_KEPT:,}".replace(",", "."))
    await context.bot.send_message(who.chat_id, sent)
    return True


async def _same_open(tx: Tx, asked: Question) -> Question | None:
    """The asker's question still waiting for the province that reads like `asked`."""
    for waiting in await questions.open_asked_by(tx, asked.asker_id):
        if same_question(waiting.text, asked.text):
            return waiting
    return None


def _admin_notice(
    who: Identity, question: Question, knowledge: Knowledge, before: Sequence[Question] = ()
) -> str:
    """What the admins are sent: the question, and what the asker asked before it."""
    regency = regency_by_code(who.officer.regency_code).name if who.officer.regency_code else "—"
    asked = {"name": who.display_name, "regency": regency, "question": question.text}
    parts = [_earlier_in_conversation(question, before, knowledge)]
    parts.append(previous_question(question, "id", knowledge))
    given = knowledge.topic(question.topic) if question.topic else None
    if given is not None:  # what the officer found wanting: the answer they were given
        title = given.title("id")
        parts.append(t("id", "qa.admin_question_given", topic=title))
    context = "\n\n".join(part for part in parts if part is not None)
    if not context:
        return t("id", "qa.admin_question", id=question.number, **asked)
    key = "qa.admin_question_followup"
    return t("id", key, id=question.number, context=Raw(context), **asked)


def _earlier_in_conversation(
    question: Question, before: Sequence[Question], knowledge: Knowledge
) -> str | None:
    """For a follow-up, the asker's questions shortly before it, each with what the bot did
    with it, beyond the one the bot had in mind (shown on its own): fifteenth try-out, a
    handed-over follow-up of a follow-up carried only the question right before it. A
    question that stands alone comes alone (ninth try-out: an unrelated one misled)."""
    if question.follows_text is None:
        return None
    lines = []
    for earlier in before:
        if earlier.text in (question.follows_text, question.text):
            continue
        topic = knowledge.topic(earlier.topic) if earlier.topic else None
        what = topic.title("id") if topic is not None else t("id", "qa.admin_earlier_none")
        quoted = _quoted(earlier.text)
        lines.append(t("id", "qa.admin_earlier_line", question=quoted, topic=what))
    if not lines:
        return None
    return t("id", "qa.admin_earlier", lines=Raw("\n".join(lines)))


def previous_question(question: Question, lang: str, knowledge: Knowledge) -> str | None:
    """The asker's previous question and the topic the bot answered it with, as context for
    the admin who answers `question`; None when the bot had nothing in mind when it was asked."""
    if question.follows_text is None or question.follows_text == question.text:
        return None  # nothing in mind, or the same question asked again
    topic = knowledge.topic(question.follows_topic) if question.follows_topic else None
    title = topic.title(lang) if topic is not None else question.follows_topic or "—"
    previous = _quoted(question.follows_text)
    return t(lang, "qa.admin_question_context", previous=previous, topic=title)


def _quoted(text: str) -> str:
    """An earlier question as the admin is shown it: cut after QUOTED_PREVIOUS characters."""
    return text if len(text) <= QUOTED_PREVIOUS else text[: QUOTED_PREVIOUS - 1] + "…"


async def relay_answer(update: Update, context: Context) -> bool:
    """An admin's reply to a question notice: queue it for the asker. False if not such a reply."""
    who = context.who
    message = update.effective_message
    if not who.is_admin or message is None or message.reply_to_message is None:
        return False
    if not message.text:
        return False
    if message.text.lstrip().startswith("/") or sum(c.isalnum() for c in message.text) < 2:
        # "/batal" or "." sent as a reply would reach the officer as the answer, and an
        # answer cannot be taken back: ask for the answer in words instead.
        await message.reply_text(t(who.lang, "qa.answer_not_words"))
        return True
    if len(message.text.split()) == 1:
        # "ok" slipped out as a reply reaches the officer as the province's answer, which
        # cannot be taken back (fifteenth try-out): the same word replied again is meant.
        said = (message.reply_to_message.message_id, message.text.strip().casefold())
        state = context.state
        if state.short_answers.get(who.user_id, state.now()) != said:
            state.short_answers.mark(who.user_id, state.now(), said)
            await message.reply_text(t(who.lang, "qa.answer_one_word", text=message.text.strip()))
            return True
        state.short_answers.forget(who.user_id)
    answered = asker = None
    others: list[outbox.Outgoing] = []  # the other admins' notices of the question
    async with context.state.db.transaction() as tx:
        asked = await questions.by_notice(tx, who.chat_id, message.reply_to_message.message_id)
        if asked is not None:
            answered = await questions.answer(
                tx, asked.id, message.text, who.user_id, who.display_name
            )
            asker = await officers.get(tx, asked.asker_id)
            if answered is not None and asker is not None:
                others = [
                    notice
                    for notice in await outbox.by_ref(tx, f"question:{asked.id}")
                    if notice.chat_id != who.chat_id
                ]
                await audit.record(tx, who.user_id, "question.answered", f"question:{asked.id}")
                text = t(
                    asker.language,
                    "qa.province_answer",
                    question=asked.text,
                    answer=message.text,
                    id=asked.number,
                )
                await notify.queue(
                    tx,
                    f"answer:{asked.id}:{message.message_id}",
                    asker.chat_id,
                    text,
                    ref=f"answer:{asked.id}",
                )
    # Committed: only now talk to Telegram (never inside a transaction).
    if asked is None:
        # A reply to some other bot message: not a question to look up either.
        await message.reply_text(t(who.lang, "qa.reply_not_a_question"))
        return True
    if answered is None and asked.status is QuestionStatus.ANSWERED:
        # Another admin was first: the asker keeps the one answer they were sent.
        await message.reply_text(_already_answered(asked, context))
        return True
    if answered is None or asker is None:
        await message.reply_text(t(who.lang, "qa.answer_failed"))
        return True
    context.state.wake_sender()
    await notify.append_line(
        context.bot, others, t("id", "qa.notice_answered", name=who.display_name)
    )
    name = asker.full_name or t(who.lang, "qa.the_asker")
    await message.reply_text(
        t(who.lang, "qa.answer_relayed", name=name),
        reply_markup=faq.save_button(asked.id, who.lang),
    )
    return True


def _already_answered(asked: Question, context: Context) -> str:
    lang = context.who.lang
    earlier = asked.answer or ""
    if len(earlier) > QUOTED_ANSWER:
        earlier = earlier[: QUOTED_ANSWER - 1] + "…"
    return t(
        lang,
        "qa.already_answered",
        name=asked.answered_by_name or t(lang, "qa.another_admin"),
        when=proposal_view.when(asked.answered_at, context) if asked.answered_at else "—",
        answer=earlier,
    )


async def list_open(update: Update, context: Context) -> None:
    """/pertanyaan: each open question as its own message, so an admin can reply to it."""
    who = context.who
    message = update.effective_message
    assert message is not None
    knowledge = await faq.current(context.state)
    async with context.state.db.transaction(write=False) as tx:
        waiting = await questions.open_ones(tx, limit=10)
        total = await questions.count_open(tx)
        askers = {q.asker_id: await officers.get(tx, q.asker_id) for q in waiting}
    if not total:
        await message.reply_text(t(who.lang, "qa.open_none"))
        return
    await message.reply_text(t(who.lang, "qa.open_title", n=total))
    for question in waiting:
        # Who asked: the same question from two regencies is two questions to answer.
        asker = askers.get(question.asker_id)
        code = asker.regency_code if asker is not None else None
        row = t(
            who.lang,
            "qa.open_row",
            id=question.number,
            when=proposal_view.when(question.asked_at, context),
            name=(asker.full_name if asker is not None else None) or "—",
            regency=regency_by_code(code).name if code else "—",
            question=question.text,
        )
        previous = previous_question(question, who.lang, knowledge)
        sent: Message = await message.reply_text(
            row if previous is None else f"{row}\n\n{previous}"
        )
        async with context.state.db.transaction() as tx:
            await questions.remember_notice(tx, question.id, sent.chat_id, sent.message_id)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Questions and answers."""
    return [
        CommandHandler("tanya", ask),
        CommandHandler("pertanyaan", list_open),
        CallbackQueryHandler(press, pattern=buttons.QUESTION.pattern),
    ]
