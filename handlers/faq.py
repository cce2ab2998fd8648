"""/faq and "Simpan sebagai FAQ": the province's answers become entries that answer at once."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons, learned
from bot.domain.errors import Invalid
from bot.domain.forms import Answers, TextInput
from bot.domain.learned import FAQ_FORM, Knowledge
from bot.domain.quantities import format_date
from bot.domain.textsplit import shorten, split_message
from bot.services import notify
from bot.state import AppState
from bot.texts import LANGUAGES, t
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, faq, officers, outbox, questions
from storage.db import Tx
from storage.faq import FaqEntry
from storage.questions import Question, QuestionStatus

log = logging.getLogger(__name__)

PAGE = 5
ANSWER_PREVIEW = 160  # characters of an answer shown in the list
# Waiting questions a new entry is checked against: every one (at most 3 per user) in practice.
WAITING_SCANNED = 1000
OFFERED_SHOWN = 8  # buttons for waiting questions in other words, at most


# --- the knowledge questions are answered from ----------------------------------------------


def answered_on(entry: FaqEntry, zone: ZoneInfo) -> str:
    """The day an entry's answer was given, as the province reads it ("12/03/2026")."""
    moment = datetime.fromisoformat(entry.answered_at.replace("Z", "+00:00"))
    return format_date(moment.astimezone(zone).date())


def marker(entry: FaqEntry, lang: str, zone: ZoneInfo) -> str:
    """The source line of a learned answer: "dijawab petugas provinsi, 12/03/2026"."""
    return t(lang, "faq.marker", date=answered_on(entry, zone))


async def rebuild(state: AppState) -> Knowledge:
    """Build the knowledge base and matcher from the shipped topics and the active entries."""
    # Updates of different users run at once: two admins' edits must not race, or a build
    # from the older entries could land last.
    async with state.knowledge_lock:
        return await _rebuild(state)


async def _rebuild(state: AppState) -> Knowledge:
    async with state.db.transaction(write=False) as tx:
        entries = await faq.active(tx)
    zone = state.settings.schedule.timezone
    # Building the matcher takes up to a second of CPU: off the event loop, so other updates
    # and the outbox go on meanwhile (questions asked meanwhile use the previous matcher).
    state.knowledge = await asyncio.to_thread(
        learned.build, entries, lambda entry, lang: marker(entry, lang, zone), LANGUAGES
    )
    log.info("matcher rebuilt with %d learned entries", len(entries))
    return state.knowledge


async def current(state: AppState) -> Knowledge:
    """The knowledge questions are answered from (built from the database on first use)."""
    if state.knowledge is None:
        async with state.knowledge_lock:
            if state.knowledge is None:  # nobody built it while this waited
                return await _rebuild(state)
    assert state.knowledge is not None
    return state.knowledge


# --- the form -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Saved:
    """What submitting the FAQ form did: "created", "updated", "exists" or "gone"."""

    outcome: str
    entry_id: int
    entry: FaqEntry | None


class FaqFlow(flows.FormFlow):
    """Saving an answered question as an entry, or changing an entry; the matcher follows."""

    form = FAQ_FORM
    role = Role.ADMIN

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Saved:
        """Create or update the entry."""
        paraphrases = answers.get("paraphrases") or []
        number = answers.get("entry")
        if number is not None:
            changed = await faq.update(
                tx, number, answers["question"], paraphrases, answers["answer"], who.user_id
            )
            if changed is None:  # retired (or never existed) while the form was open
                return Saved("gone", number, None)
            await audit.record(tx, who.user_id, "faq_entry.updated", f"faq:{number}")
            return Saved("updated", number, changed)
        source = answers.get("source")
        answered_at = None
        if source is not None:
            # Two forms from one answer (the button pressed twice) make one entry.
            existing = await faq.by_source(tx, source)
            if existing is not None:
                return Saved("exists", existing.id, existing)
            asked = await questions.get(tx, source)
            answered_at = asked.answered_at if asked is not None else None
        entry = await faq.create(
            tx,
            answers["question"],
            paraphrases,
            answers["answer"],
            who.user_id,
            source_question=source,
            answered_at=answered_at,
        )
        await audit.record(
            tx, who.user_id, "faq_entry.created", f"faq:{entry.id}", f"question:{source}"
        )
        return Saved("created", entry.id, entry)

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Rebuild the matcher so the entry answers from now on, and say so."""
        saved: Saved = result
        who = context.who
        waiting: list[Question] = []
        offered: list[Question] = []
        if saved.outcome in ("created", "updated"):
            await rebuild(context.state)
            assert saved.entry is not None
            waiting, offered = await _answer_waiting(context, saved.entry)
        if saved.outcome == "created" and saved.entry is not None:
            zone = context.state.settings.schedule.timezone
            text = t(
                who.lang, "faq.saved", id=saved.entry_id, marker=marker(saved.entry, who.lang, zone)
            )
        elif saved.outcome == "updated":
            text = t(who.lang, "faq.updated", id=saved.entry_id)
        elif saved.outcome == "exists":
            text = t(who.lang, "faq.exists", id=saved.entry_id)
        else:
            text = t(who.lang, "faq.not_found", id=saved.entry_id)
        if waiting:
            ids = ", ".join(f"#{question.number}" for question in waiting)
            text += "\n\n" + t(who.lang, "faq.answered_waiting", n=len(waiting), ids=ids)
        await context.bot.send_message(who.chat_id, text)
        if offered:
            # Asked in other words: the admin decides, one press each.
            rows = [
                [_button(who.lang, "btn.faq_send_to", buttons.FAQ.pack("w", saved.entry_id, q.id),
                         id=q.number)]
                for q in offered[:OFFERED_SHOWN]
            ]  # fmt: skip
            await context.bot.send_message(
                who.chat_id,
                t(who.lang, "faq.offer_waiting", n=len(offered), id=saved.entry_id),
                reply_markup=InlineKeyboardMarkup(rows),
            )


def save_button(question_id: int, lang: str) -> InlineKeyboardMarkup:
    """ "Simpan sebagai FAQ" under the confirmation that an answer was passed on."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "btn.faq_save"), callback_data=buttons.FAQ.pack("s", question_id)
                )
            ]
        ]
    )


async def _save_question(
    update: Update, context: Context, question_id: int, *, check_similar: bool = True
) -> None:
    """Start the form from an answered question: its text and the answer prefilled (unless an
    entry answers the same question already and `check_similar`: then offer that one)."""
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        asked = await questions.get(tx, question_id)
        existing = await faq.by_source(tx, question_id)
    if asked is None or asked.status is not QuestionStatus.ANSWERED or not asked.answer:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.not_answered"))
        return
    if existing is not None:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.exists", id=existing.id))
        return
    if check_similar and (similar := await _similar_entry(context, asked.text)) is not None:
        # Two entries for one question would split its paraphrases and drift apart: offer the
        # one there is first.
        await _offer_similar(context, similar, asked.id)
        return
    if await flows.busy_with_other_form(context):
        return
    prefill: dict[str, Any] = {"entry": None, "source": asked.id}
    refused = False
    for name, value in (("question", asked.text), ("answer", asked.answer)):
        # What fits goes in as is; what does not (a question pasted as an essay) is asked.
        parse = FAQ_FORM.field(name).parse
        assert parse is not None
        try:
            prefill[name] = parse(TextInput(value), prefill)
        except Invalid:
            refused = True
    await context.bot.send_message(who.chat_id, t(who.lang, "faq.saving"))
    await flows.begin(
        update,
        context,
        context.state.flows[FAQ_FORM.name],
        prefill,
        locked=("entry", "source"),
        notice="faq.prefill_too_long" if refused else None,
    )


async def _similar_entry(context: Context, question: str) -> FaqEntry | None:
    """The active entry asked in the same words, or the one the bot now answers it with."""
    async with context.state.db.transaction(write=False) as tx:
        entries = await faq.active(tx)
    same = learned.asking_the_same(entries, question)
    if same is not None:
        return same
    number = (await current(context.state)).learned_answer(question)
    return next((entry for entry in entries if entry.id == number), None)


async def _offer_similar(context: Context, entry: FaqEntry, question_id: int) -> None:
    who = context.who
    markup = InlineKeyboardMarkup(
        [
            [_button(who.lang, "btn.faq_add_to", buttons.FAQ.pack("ep", entry.id, question_id),
                     id=entry.id)],
            [_button(who.lang, "btn.faq_save_new", buttons.FAQ.pack("sn", question_id))],
        ]
    )  # fmt: skip
    await context.bot.send_message(
        who.chat_id,
        t(
            who.lang,
            "faq.similar",
            id=entry.id,
            question=entry.question,
            answer=_short(entry.answer, 2 * ANSWER_PREVIEW),
        ),
        reply_markup=markup,
    )


async def _answer_waiting(
    context: Context, entry: FaqEntry
) -> tuple[list[Question], list[Question]]:
    """Answer, with a new or changed entry, the questions still waiting for the province that
    ask it in the same words, fillers aside (other officers', asked before it was saved); their
    them, and the waiting questions the entry would answer but in other words. Only
    the same words go at once: a reworded question may ask something else, and nobody reads
    this answer before it goes; the others are offered to the admin, one button each."""
    knowledge = await current(context.state)
    done: list[Question] = []
    offered: list[Question] = []
    notices: list[outbox.Outgoing] = []
    async with context.state.db.transaction() as tx:
        for waiting in await questions.open_ones(tx, limit=WAITING_SCANNED):
            # What the bot would now answer a new question with: a waiting question about
            # another year or place keeps waiting for its own answer.
            if knowledge.learned_answer(waiting.text) != entry.id:
                continue
            if learned.asking_the_same([entry], waiting.text, exact=True) is None:
                offered.append(waiting)
                continue
            sent = await _send_entry(context, tx, entry, waiting)
            if sent is not None:
                notices += sent
                done.append(waiting)
    if done:
        await _after_sending(context, entry, notices)
    return done, offered


async def _send_entry(
    context: Context, tx: Tx, entry: FaqEntry, waiting: Question
) -> list[outbox.Outgoing] | None:
    """Record `entry` as the province's answer to `waiting` and queue it for the asker; the
    admins' notices of the question, or None if it was not waiting (or its asker is gone)."""
    who = context.who
    asker = await officers.get(tx, waiting.asker_id)
    if asker is None:
        return None
    if await questions.answer(tx, waiting.id, entry.answer, who.user_id, who.display_name) is None:
        return None
    lang = asker.language
    zone = context.state.settings.schedule.timezone
    text = t(
        lang, "qa.province_answer", question=waiting.text, answer=entry.answer, id=waiting.number
    )
    text += "\n\n" + t(lang, "qa.source", source=marker(entry, lang, zone))
    ref = f"answer:{waiting.id}"
    await notify.queue(tx, f"{ref}:faq{entry.id}", asker.chat_id, text, ref=ref)
    await audit.record(
        tx, who.user_id, "question.answered", f"question:{waiting.id}", f"faq:{entry.id}"
    )
    return await outbox.by_ref(tx, f"question:{waiting.id}")


async def _after_sending(context: Context, entry: FaqEntry, notices: list[outbox.Outgoing]) -> None:
    context.state.wake_sender()
    line = t("id", "qa.notice_answered_faq", id=entry.id, name=context.who.display_name)
    await notify.append_line(context.bot, notices, line)


async def _send_to_one(context: Context, entry_id: int, question_id: int) -> None:
    """The admin's press of "📨 Kirim ke #N": the entry's answer to that waiting question."""
    who = context.who
    async with context.state.db.transaction() as tx:
        entry = await faq.get(tx, entry_id)
        waiting = await questions.get(tx, question_id)
        sent = None
        open_now = waiting is not None and waiting.status is QuestionStatus.OPEN
        if entry is not None and entry.active and waiting is not None and open_now:
            sent = await _send_entry(context, tx, entry, waiting)
    if entry is None or not entry.active:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.not_found", id=entry_id))
        return
    number = waiting.number if waiting is not None else question_id
    if sent is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.not_waiting", id=number))
        return
    await _after_sending(context, entry, sent)
    await context.bot.send_message(
        who.chat_id, t(who.lang, "faq.sent_to_one", id=number, entry=entry_id)
    )


# --- /faq -----------------------------------------------------------------------------------


RETIRED_WORDS = frozenset({"pensiun", "dipensiunkan", "retired", "arsip"})


async def list_entries(update: Update, context: Context) -> None:
    """/faq: the active entries, newest first, each with Ubah and Pensiunkan; /faq pensiun:
    the entries retired last, each with a button to let it answer again (fifteenth try-out:
    a retired entry could not be seen or brought back)."""
    if {arg.casefold() for arg in context.args or ()} & RETIRED_WORDS:
        await _show_retired(context)
    else:
        await _show_page(context, 0)
    await flows.remind(context)


async def _show_retired(context: Context) -> None:
    who = context.who
    zone = context.state.settings.schedule.timezone
    async with context.state.db.transaction(write=False) as tx:
        entries = await faq.retired(tx, PAGE)
    if not entries:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.retired_none"))
        return
    lines = [t(who.lang, "faq.retired_title", n=len(entries))]
    rows = []
    for entry in entries:
        lines.append(_row(entry, who.lang, zone))
        rows.append(
            [_button(who.lang, "btn.faq_restore", buttons.FAQ.pack("u", entry.id), id=entry.id)]
        )
    await _send_list(context, lines, rows)


async def _show_page(context: Context, offset: int) -> None:
    who = context.who
    zone = context.state.settings.schedule.timezone
    async with context.state.db.transaction(write=False) as tx:
        entries, total = await faq.page(tx, PAGE, offset)
        if not entries and offset:  # a page emptied by retirements: start again
            offset = 0
            entries, total = await faq.page(tx, PAGE, offset)
    if not entries:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.list_none"))
        return
    lines = [
        t(who.lang, "faq.list_title", total=total, first=offset + 1, last=offset + len(entries))
    ]
    rows: list[list[InlineKeyboardButton]] = []
    for entry in entries:
        lines.append(_row(entry, who.lang, zone))
        rows.append(
            [
                _button(who.lang, "btn.faq_edit", buttons.FAQ.pack("e", entry.id), id=entry.id),
                _button(who.lang, "btn.faq_retire", buttons.FAQ.pack("r", entry.id), id=entry.id),
            ]
        )
    lines.append(t(who.lang, "faq.list_hint"))
    nav = []
    if offset > 0:
        nav.append(_button(who.lang, "btn.prev_page", buttons.FAQ.pack("p", max(0, offset - PAGE))))
    if offset + PAGE < total:
        nav.append(_button(who.lang, "btn.next_page", buttons.FAQ.pack("p", offset + PAGE)))
    if nav:
        rows.append(nav)
    await _send_list(context, lines, rows)


def _row(entry: FaqEntry, lang: str, zone: ZoneInfo) -> str:
    """An entry as a list shows it: question, answer's start, who answered when, ways asked."""
    return t(
        lang,
        "faq.list_row",
        id=entry.id,
        question=entry.question,
        answer=_short(entry.answer, ANSWER_PREVIEW),
        marker=marker(entry, lang, zone),
        n=1 + len(entry.paraphrases),
    )


async def _send_list(
    context: Context, lines: list[str], rows: list[list[InlineKeyboardButton]]
) -> None:
    """A list in as few messages as fit, its buttons under the last."""
    pieces = split_message("\n\n".join(lines))
    for number, piece in enumerate(pieces, start=1):
        markup = InlineKeyboardMarkup(rows) if number == len(pieces) else None
        await context.bot.send_message(context.who.chat_id, piece, reply_markup=markup)


def _short(text: str, limit: int) -> str:
    return shorten(text, limit)


def _button(lang: str, key: str, data: str, **params: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(t(lang, key, **params), callback_data=data)


async def _active(context: Context, entry_id: int) -> FaqEntry | None:
    async with context.state.db.transaction(write=False) as tx:
        entry = await faq.get(tx, entry_id)
    return entry if entry is not None and entry.active else None


async def _edit(update: Update, context: Context, entry_id: int, adding: int | None = None) -> None:
    """Ubah: the form again, every answer prefilled, straight to its summary; with `adding`,
    that question's text joins the ways to ask (when there is room and it is new)."""
    who = context.who
    entry = await _active(context, entry_id)
    if entry is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.not_found", id=entry_id))
        return
    if await flows.busy_with_other_form(context):
        return
    paraphrases = list(entry.paraphrases)
    if adding is not None:
        async with context.state.db.transaction(write=False) as tx:
            asked = await questions.get(tx, adding)
        added = _with_paraphrase(entry, paraphrases, asked.text if asked else None)
        if added == paraphrases:
            # Full, too long or already there: say so, or the admin believes it was added.
            await context.bot.send_message(
                who.chat_id, t(who.lang, "faq.not_added", max=learned.MAX_PARAPHRASES)
            )
        paraphrases = added
    await context.bot.send_message(who.chat_id, t(who.lang, "faq.editing", id=entry.id))
    prefill = {
        "entry": entry.id,
        "source": entry.source_question,
        "question": entry.question,
        "answer": entry.answer,
        "paraphrases": paraphrases or None,
    }
    await flows.begin(
        update,
        context,
        context.state.flows[FAQ_FORM.name],
        prefill,
        locked=("entry", "source"),
        keep_buttons=True,  # the list stays usable for the other entries
    )


def _with_paraphrase(entry: FaqEntry, paraphrases: list[str], text: str | None) -> list[str]:
    """`paraphrases` with `text` added, if it is a new way to ask that the form would take."""
    if text is None or len(paraphrases) >= learned.MAX_PARAPHRASES:
        return paraphrases
    try:
        value = learned.parse_question(text)
    except Invalid:
        return paraphrases  # an essay of a question: the admin can add a short form by hand
    said = {known.casefold() for known in (entry.question, *paraphrases)}
    return paraphrases if value.casefold() in said else [*paraphrases, value]


async def _ask_retire(context: Context, entry_id: int) -> None:
    who = context.who
    entry = await _active(context, entry_id)
    if entry is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "faq.not_found", id=entry_id))
        return
    markup = InlineKeyboardMarkup(
        [[_button(who.lang, "btn.faq_retire_yes", buttons.FAQ.pack("ry", entry.id), id=entry.id)]]
    )
    await context.bot.send_message(
        who.chat_id,
        t(who.lang, "faq.retire_confirm", id=entry.id, question=entry.question),
        reply_markup=markup,
    )


async def _retire(context: Context, entry_id: int, *, restore: bool = False) -> None:
    """Stop an entry answering, or with `restore` let a retired one answer again."""
    who = context.who
    async with context.state.db.transaction() as tx:
        if restore:
            changed = await faq.restore(tx, entry_id)
        else:
            changed = await faq.retire(tx, entry_id, who.user_id)
        if changed is not None:
            action = "faq_entry.restored" if restore else "faq_entry.retired"
            await audit.record(tx, who.user_id, action, f"faq:{entry_id}")
    if changed is None:
        refused = "faq.not_retired" if restore else "faq.not_found"
        await context.bot.send_message(who.chat_id, t(who.lang, refused, id=entry_id))
        return
    await rebuild(context.state)
    done = "faq.restored" if restore else "faq.retired"
    await context.bot.send_message(who.chat_id, t(who.lang, done, id=entry_id))


async def press(update: Update, context: Context) -> None:
    """The /faq list's buttons, the retire confirmation and "Simpan sebagai FAQ"."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    op, number, *rest = pressed(buttons.FAQ, query)
    if op == "p":
        await _show_page(context, number)
    elif op == "s":
        await _save_question(update, context, number)
    elif op == "sn":
        await _save_question(update, context, number, check_similar=False)
    elif op == "e":
        await _edit(update, context, number)
    elif op == "ep":
        await _edit(update, context, number, adding=rest[0])
    elif op == "w":
        await _send_to_one(context, number, rest[0])
    elif op == "r":
        await _ask_retire(context, number)
    elif op == "u":
        await flows.clear_buttons(query.message)
        await _retire(context, number, restore=True)
    elif op == "ry":
        await flows.clear_buttons(query.message)  # asked once, answered once
        await _retire(context, number)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Learned FAQ entries."""
    return [
        CommandHandler("faq", list_entries),
        CallbackQueryHandler(press, pattern=buttons.FAQ.pattern),
    ]
