"""Turns messages, form commands and form buttons into form-engine events."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.domain import buttons, forms
from bot.domain.asides import aside_question, ends_asking
from bot.domain.forms import (
    Command,
    ContactInput,
    Edit,
    Event,
    FileInput,
    LocationInput,
    TextInput,
)
from bot.domain.parsing import strip_controls
from bot.texts import t
from handlers import general, meetings, proposals, questions
from handlers.plumbing import flows
from handlers.plumbing.context import Context
from handlers.plumbing.queries import acknowledge

_FORM_COMMANDS = {"kembali": Command.BACK, "lewati": Command.SKIP, "batal": Command.CANCEL}
# "ubah judul", "\\ganti biaya" typed at a form's summary: that part's button, typed.
EDIT_TYPED = re.compile(
    r"\W*(ubah|ganti|edit|perbaiki|koreksi|revisi|betulkan|change)\s+(bagian\s+)?(?P<part>.+?)\W*"
)
# "luasnya ganti 12,8 ha", "judul salah": the part first, then that it changes.
PART_FIRST = re.compile(
    r"\W*(?P<part>\w+?(\s\w+?)?)(nya)?\s+(mau\s+|perlu\s+|harus\s+)?"
    r"(ganti|diganti|ubah|diubah|salah|keliru|revisi|direvisi|dikoreksi)\b.*"
)
SUBMITTED = ""  # the label key remembered for a form's submit button once the form is sent
LABEL_MATCH = 85  # partial_ratio from which a typed part names a field's label ("biaya")


def event_of(update: Update) -> Event | None:
    """The form input a message carries, if it carries one."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return None
    if message.contact is not None:
        own = message.contact.user_id == user.id
        return ContactInput(message.contact.phone_number, own=own)
    if message.location is not None:
        return LocationInput(message.location.latitude, message.location.longitude)
    if message.photo:
        largest = message.photo[-1]
        return FileInput(
            "photo", largest.file_id, None, largest.file_size, "image/jpeg",
            _clean(message.caption),
        )  # fmt: skip
    if message.document is not None:
        doc = message.document
        return FileInput(
            "document", doc.file_id, _clean(doc.file_name), doc.file_size, doc.mime_type,
            _clean(message.caption),
        )  # fmt: skip
    if message.text is not None:
        return TextInput(strip_controls(message.text))
    return None


def _clean(text: str | None) -> str | None:
    return None if text is None else strip_controls(text)


async def answer_form(update: Update, context: Context) -> None:
    """A message is, in this order: an admin's answer to a question, the answer to the open
    form's current question, or a question for the knowledge base."""
    if await questions.relay_answer(update, context):
        return
    event = event_of(update)
    if isinstance(event, TextInput) and await proposals.answer_restart(update, context, event.text):
        return  # "ya" at "Hapus draf ...?": that question's answer, not the current step's
    if isinstance(event, TextInput) and await proposals.answer_start_choice(
        update, context, event.text
    ):
        return  # a title typed at "Usulan baru / Salin usulan lama"
    if isinstance(event, TextInput) and await _answer_aside(update, context, event.text):
        return
    if isinstance(event, TextInput) and await _edit_typed(update, context, event.text):
        return
    if isinstance(event, TextInput) and await _resent(update, context, event.text):
        return
    if isinstance(event, TextInput):
        if await _feed_text(update, context, event):
            return
    elif event is not None and await flows.feed(update, context, event):
        return
    if isinstance(event, TextInput) and await meetings.answer_typed(update, context, event.text):
        return  # "siap pak sy hadir": the answer to the one open invitation
    if isinstance(event, TextInput):
        await questions.answer_text(update, context, event.text)
        return
    await general.unexpected_message(update, context)


async def _answer_aside(update: Update, context: Context, text: str) -> bool:
    """A question typed where the open form takes no text as its answer, or takes any text
    ("btw rakor thn ini kpn ya?" at a free-text step, "kumuh 16 ha kewenangan siapa?" at the
    summary): answered, and the form shown again briefly. False when `text` is the step's
    answer, or there is no such form step."""
    question = aside_question(text)
    # Past an aside's length, only a step that takes no text would hear a question in it.
    long_question = question is None and ends_asking(text)
    if question is None and not long_question:
        return False
    question = question or text
    opened = await _idle_form(context)
    if opened is None:
        return False
    flow, draft = opened
    if draft.current is None:
        # At the summary nothing typed is an answer: the question is answered, and one line
        # with the summary's buttons says what is waiting (not the whole summary again).
        await questions.answer_text(update, context, question)
        await flows.remind_summary(context, flow, draft)
        return True
    field = flow.form.field(draft.current)
    who, state = context.who, context.state
    if not field.free_text:
        # A number, a date, a choice or a file step ("klo kumuhnya 16 ha gmn pak" at the
        # area, "clean and clear tu maksudnya apa?" at its yes/no): a question the step would
        # refuse anyway is answered; one it takes is its answer.
        if forms.handle(flow.form, draft, TextInput(text)).problem is None:
            return False
    elif long_question:
        return False  # "... kenapa? Karena sedimen ...": a justification may ask in passing
    else:
        said = (field.name, " ".join(text.split()).casefold())
        if state.recent_asides.get(who.user_id, state.now()) == said:
            # Sent again after being kept out: the officer means it as the answer.
            state.recent_asides.forget(who.user_id)
            return False
        state.recent_asides.mark(who.user_id, state.now(), said)
    label = t(who.lang, field.label)
    await context.bot.send_message(who.chat_id, t(who.lang, "form.aside_not_saved", label=label))
    await questions.answer_text(update, context, question)
    notice = "form.aside_continue" if field.free_text else "form.aside_back"
    await flows.feed(update, context, Command.SHOW, notice=notice)
    return True


def _said(text: str) -> str:
    """Text as a resend repeats it: its words, whatever the spacing, case and marks."""
    return " ".join(re.findall(r"\w+", text.casefold()))


async def _feed_text(update: Update, context: Context, event: TextInput) -> bool:
    """Give typed text to the open form, remembering it when a step took it as its answer."""
    before = await _idle_form(context)
    if not await flows.feed(update, context, event):
        return False
    if before is not None and before[1].current is not None:
        after = await flows.open_form(context)
        if after is None or after[1].current != before[1].current:
            label = before[0].form.field(before[1].current).label
            state = context.state
            state.recent_answers.mark(context.who.user_id, state.now(), (label, _said(event.text)))
    return True


async def _resent(update: Update, context: Context, text: str) -> bool:
    """The answer a form step just took, arriving again at a free-text step a moment later:
    a resend on a weak line, kept out of that step, which is asked again. Sent once more, it
    is the step's answer after all. False when `text` is no such repeat."""
    who, state = context.who, context.state
    last = state.recent_answers.get(who.user_id, state.now())
    if last is None or last[1] != _said(text):
        return False
    state.recent_answers.forget(who.user_id)
    opened = await _idle_form(context)
    if opened is None:
        if last[0] != SUBMITTED:
            return False
        # "Kirim" again after the form was sent: nothing is sent twice (fourteenth try-out:
        # the copy went to the question matcher and got a "did you mean" menu).
        await context.bot.send_message(who.chat_id, t(who.lang, "form.resent_done"))
        return True
    flow, draft = opened
    if draft.current is None or not flow.form.field(draft.current).free_text:
        return False  # "ya" at two yes/no steps running is two answers
    label = t(who.lang, last[0])
    await context.bot.send_message(who.chat_id, t(who.lang, "form.resent", label=label))
    await flows.feed(update, context, Command.SHOW)
    return True


async def _idle_form(context: Context) -> tuple[flows.FormFlow, forms.Draft] | None:
    """The user's open form, unless it waits for a yes or no (a value to confirm, or
    whether to cancel), where typed text answers that."""
    opened = await flows.open_form(context)
    if opened is None or opened[1].pending is not None or opened[1].confirming_cancel:
        return None
    return opened


async def _edit_typed(update: Update, context: Context, text: str) -> bool:
    """ "ubah judul" at a form's summary opens that part again, as its button does. False
    when `text` is no such request or names no part the summary shows."""
    said = text.strip().casefold()
    typed = EDIT_TYPED.fullmatch(said) or PART_FIRST.fullmatch(said)
    if typed is None:
        return False
    opened = await _idle_form(context)
    if opened is None or opened[1].current is not None:
        return False  # not at a summary
    flow, draft = opened
    part = typed.group("part").removesuffix("nya")
    named = [
        (fuzz.ratio(part, label), index)
        for index, field in enumerate(flow.form.fields)
        if field in flow.form.applicable(draft.answers) and field.name not in draft.locked
        for label in [t(context.who.lang, field.label).casefold()]
        if part in label or fuzz.partial_ratio(part, label) >= LABEL_MATCH
    ]
    if not named:
        return False
    return await flows.feed(update, context, Edit(max(named)[1]))


async def navigate_form(update: Update, context: Context) -> None:
    """/kembali, /lewati and /batal inside a form."""
    message = update.effective_message
    assert message is not None and message.text is not None
    name = message.text[1:].split()[0].split("@", 1)[0].lower()
    if not await flows.feed(update, context, _FORM_COMMANDS[name]):
        await message.reply_text(t(context.who.lang, "form.none_open"))


async def press_form_button(update: Update, context: Context) -> None:
    """A button under a question, the summary or the cancel confirmation."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = flows.parse_callback(query.data)
    await acknowledge(query)
    if parsed is not None:
        nonce, rev, event = parsed
        if await flows.feed(update, context, event, rev=rev, nonce=nonce):
            if event is Command.CONFIRM and await flows.open_form(context) is None:
                state, label = context.state, t(context.who.lang, "btn.submit")
                state.recent_answers.mark(
                    context.who.user_id, state.now(), (SUBMITTED, _said(label))
                )
            return  # feed redrew or cleared the pressed message
    await context.bot.send_message(context.who.chat_id, t(context.who.lang, "form.stale_button"))
    await flows.clear_buttons(query.message)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Form navigation and input."""
    return [
        CommandHandler(list(_FORM_COMMANDS), navigate_form),
        CallbackQueryHandler(press_form_button, pattern=buttons.FORM.pattern),
        MessageHandler(
            (filters.TEXT & ~filters.COMMAND)
            | filters.CONTACT
            | filters.LOCATION
            | filters.PHOTO
            | filters.Document.ALL,
            answer_form,
        ),
    ]
