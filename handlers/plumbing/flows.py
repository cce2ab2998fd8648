"""Runs declarative forms over Telegram: routes input to the engine, stores, renders."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    Update,
)
from telegram.error import BadRequest

from bot.domain import buttons, forms
from bot.domain.errors import Invalid
from bot.domain.forms import (
    Answers,
    Command,
    Draft,
    Edit,
    Event,
    Field,
    Form,
    OptionInput,
    Step,
    TextInput,
    View,
)
from bot.domain.regions import find_regencies
from bot.texts import Raw, t
from handlers.plumbing import form_view
from handlers.plumbing.context import Context, Identity, Role
from storage import drafts
from storage.db import Tx

log = logging.getLogger(__name__)


class FormFlow(ABC):
    """A form plus what happens when it is submitted."""

    form: Form

    @abstractmethod
    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Store the submitted answers, inside the transaction that deletes the draft."""

    # Who may submit this form. Checked again at submission: rights can change mid-form.
    role: Role = Role.GUEST

    @abstractmethod
    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Tell the user (and others) after the commit; gets what `finish` returned."""

    async def refusal(self, context: Context, answers: Answers) -> str | None:
        """Why the user may not submit these answers now (a closed deadline, a time that has
        passed), already in their language; the draft stays."""
        return None

    async def summary_extras(
        self, answers: Answers, lang: str, context: Context
    ) -> list[tuple[str, str]]:
        """Rows the summary adds after the answers: (label, value), already in `lang`."""
        return []

    def read_choices(self, field: Field, text: str) -> Sequence[str] | None:
        """Text typed at a multi-select step, read this flow's way: the option values it
        chooses (raising Invalid, whose message is shown, for what it cannot read), or None to
        leave the text to the engine, which knows only the options' labels."""
        return None

    def read_ahead(self, field: Field, text: str) -> Sequence[Event] | None:
        """Text the engine refused at a one-choice step, read this flow's way as the answer of
        that step and the next ("kotim, bartim" at "to whom?": specific regencies, these):
        the events to apply in turn, or None to keep the refusal."""
        return None


class TypedRegencies:
    """For a flow whose "audience" step offers specific regencies (option `chosen`), then asks
    for them at a "regencies" step: regencies typed the way officers name them ("bartim,
    kotim", "kobar dan pky") at either step. Mix in before FormFlow."""

    chosen: str

    def read_choices(self, field: Field, text: str) -> Sequence[str] | None:
        """The typed regencies at the regencies step."""
        return find_regencies(text) if field.name == "regencies" else None

    def read_ahead(self, field: Field, text: str) -> Sequence[Event] | None:
        """Regencies typed at the audience step: as if the specific-regencies option had been
        pressed and they were typed next."""
        if field.name != "audience":
            return None
        try:
            codes = find_regencies(text)
        except Invalid as refusal:
            if refusal.key == "regency.list_partly_unknown":
                # "kotim dan palangka, juga kab xyz": a list with one name unknown; the
                # regencies step names "kab xyz" (fifteenth try-out: the whole was refused
                # as no option, the unknown part unnamed).
                return choose_then_type(field, self.chosen, text)
            return None  # not a list of regencies: the engine's refusal names the options
        return choose_then_type(field, self.chosen, ", ".join(codes))


def choose_then_type(field: Field, value: str, typed: str) -> list[Event]:
    """The events that choose option `value` at `field`, then type `typed` at the step that
    choice leads to."""
    values = [option.value for option in field.options_for({})]
    return [OptionInput(values.index(value)), TextInput(typed)]


async def begin(
    update: Update,
    context: Context,
    flow: FormFlow,
    prefill: Answers | None = None,
    *,
    locked: tuple[str, ...] = (),
    fresh: bool = False,
    notice: str | None = None,
    keep_buttons: bool = False,
) -> None:
    """Start `flow` for the user, or resume the draft they already have open.

    `fresh` discards an open draft first (the user chose "mulai baru"); `keep_buttons` leaves
    the pressed message's buttons usable (an invitation's RSVP buttons stay changeable).
    """
    who = context.who
    async with context.state.db.transaction() as tx:
        stored = None if fresh else await drafts.get(tx, who.user_id)
        if stored is not None and stored.form in context.state.flows:
            resumed = context.state.flows[stored.form]
            draft = _load(resumed.form, stored.form, stored.state)
            step = forms.handle(resumed.form, draft, Command.SHOW)
            await drafts.save(tx, who.user_id, stored.form, draft.to_json())
            flow, notice = resumed, "form.resumed"
        else:
            step = forms.start(flow.form, prefill, locked=locked)
            assert step.draft is not None
            await drafts.save(tx, who.user_id, flow.form.name, step.draft.to_json())
    await _send(update, context, flow, step, extra_notice=notice, keep_buttons=keep_buttons)


async def feed(
    update: Update,
    context: Context,
    event: Event,
    *,
    rev: int | None = None,
    nonce: int | None = None,
    notice: str | None = None,
) -> bool:
    """Give one input to the user's open form; False when they have none.

    `notice` is a text key said above what the form shows next.
    """
    who = context.who
    result: Any = None
    refusal = await _refusal(context) if event is Command.CONFIRM else None
    async with context.state.db.transaction() as tx:
        stored = await drafts.get(tx, who.user_id)
        if stored is None:
            return False
        flow = context.state.flows.get(stored.form)
        if flow is None:
            # A form removed from the code since the draft was saved: nothing can resume it.
            log.warning("dropping draft of unknown form %r for %s", stored.form, who.user_id)
            await drafts.delete(tx, who.user_id)
            return False
        draft = _load(flow.form, stored.form, stored.state)
        if event is Command.CONFIRM and (who.role < flow.role or refusal is not None):
            refused = True
            step = forms.handle(flow.form, draft, Command.SHOW)
        else:
            refused = False
            step = _handle(flow, draft, event, rev=rev, nonce=nonce)
        if step.changed or step.draft != draft:
            if step.draft is None:
                await drafts.delete(tx, who.user_id)
            else:
                await drafts.save(tx, who.user_id, flow.form.name, step.draft.to_json())
        if step.view is View.DONE:
            result = await flow.finish(tx, who, step.answers)
    # Committed: only now talk to Telegram (never inside a transaction).
    if refused:
        await context.bot.send_message(
            who.chat_id, refusal or t(who.lang, "form.no_longer_allowed")
        )
        return True
    await _send(update, context, flow, step, previous=draft, extra_notice=notice)
    if step.view is View.DONE:
        await flow.announce(update, context, result)
    return True


def _handle(
    flow: FormFlow, draft: Draft, event: Event, *, rev: int | None, nonce: int | None
) -> Step:
    """The engine's step for `event`, with text typed at a tick-box step read first by the
    flow's own reader, and text the engine refuses at a one-choice step offered to it after."""
    field = flow.form.field(draft.current) if draft.current is not None else None
    names = form_view.option_names
    if (
        not isinstance(event, TextInput)
        or field is None
        or draft.pending is not None
        or draft.confirming_cancel
    ):
        return forms.handle(flow.form, draft, event, rev=rev, nonce=nonce, names=names)
    if field.multi and event.text.strip().casefold() not in forms.DONE_WORDS:
        try:
            chosen = flow.read_choices(field, event.text)
        except Invalid as problem:
            known = problem.params.get("known")  # the part of the list that was read
            ticked = [str(value) for value in known] if isinstance(known, tuple) else []
            return forms.tick(flow.form, draft, ticked, problem)
        if chosen is not None:
            # Handed on as the option values, comma-separated: the engine's own typed-choice
            # rule then applies (every value is a name of its option).
            event = TextInput(", ".join(chosen))
    step = forms.handle(flow.form, draft, event, rev=rev, nonce=nonce, names=names)
    ahead = None if step.problem is None or field.multi else flow.read_ahead(field, event.text)
    if not ahead:
        return step
    went = draft
    for next_event in ahead:
        # Through the flow's own readers: a list typed ahead is read, or refused naming the
        # part it does not know, as if typed at its own step.
        step = _handle(flow, went, next_event, rev=None, nonce=None)
        if step.draft is None:  # pragma: no cover - a flow's events never end its form
            break
        went = step.draft
    return replace(step, changed=True)


async def _refusal(context: Context) -> str | None:
    """What the open form's flow says against submitting it now (the draft stays)."""
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, context.who.user_id)
    flow: FormFlow | None = None if stored is None else context.state.flows.get(stored.form)
    if stored is None or flow is None:
        return None
    return await flow.refusal(context, _load(flow.form, stored.form, stored.state).answers)


def _load(form: Form, name: str, state: str) -> Draft:
    """A stored draft, made to fit the form even if the form changed since it was saved."""
    return forms.fit(form, Draft.from_json(name, state))


async def remind(context: Context) -> None:
    """After something else was answered mid-form: one line saying the form is still open,
    with a button that shows its question again (plain messages still answer the form)."""
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, who.user_id)
    if stored is None or stored.form not in context.state.flows:
        return
    flow: FormFlow = context.state.flows[stored.form]
    draft = _load(flow.form, stored.form, stored.state)
    button = InlineKeyboardButton(
        t(who.lang, "btn.continue_form"), callback_data=form_view.data(draft, "v")
    )
    await context.bot.send_message(
        who.chat_id,
        t(who.lang, "form.still_open", title=Raw(t(who.lang, flow.form.title))),
        reply_markup=InlineKeyboardMarkup([[button]]),
    )


async def open_form(context: Context) -> tuple[FormFlow, Draft] | None:
    """The user's open form and its draft as it stands, if they have one."""
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, context.who.user_id)
    if stored is None or stored.form not in context.state.flows:
        return None
    flow: FormFlow = context.state.flows[stored.form]
    return flow, _load(flow.form, stored.form, stored.state)


async def remind_summary(context: Context, flow: FormFlow, draft: Draft) -> None:
    """After a question answered at a form's summary: one line saying it waits, with its
    submit, show and cancel buttons (not the whole summary again)."""
    who = context.who
    keyboard = [
        [
            InlineKeyboardButton(
                t(who.lang, "btn.submit"), callback_data=form_view.data(draft, "ok")
            ),
            InlineKeyboardButton(
                t(who.lang, "btn.show_summary"), callback_data=form_view.data(draft, "v")
            ),
        ],
        [InlineKeyboardButton(t(who.lang, "btn.cancel"), callback_data=form_view.data(draft, "x"))],
    ]
    await context.bot.send_message(
        who.chat_id,
        t(who.lang, "form.summary_waiting", title=Raw(t(who.lang, flow.form.title))),
        reply_markup=InlineKeyboardMarkup(keyboard),
    )


async def busy_with_other_form(context: Context) -> bool:
    """True (after saying so, with the open form's button) when the user has a form open.

    For buttons that start a form about one record: `begin` would resume the open form
    instead, and this button's work would land on the wrong record.
    """
    if not await has_draft(context):
        return False
    who = context.who
    await context.bot.send_message(who.chat_id, t(who.lang, "form.finish_open_first"))
    await remind(context)
    return True


async def has_draft(context: Context) -> bool:
    """Whether the user has a form open."""
    async with context.state.db.transaction(write=False) as tx:
        return await drafts.get(tx, context.who.user_id) is not None


def parse_callback(data: str) -> tuple[int | None, int, Event] | None:
    """Decode `f|<nonce>.<rev>|<op>[|<n>]` button data into (nonce, rev, event).

    None when malformed. Buttons from before nonces existed (`f|<rev>|...`) have no nonce.
    """
    values = buttons.FORM.parse(data)
    if values is None:
        return None
    (nonce, rev), op, *rest = values
    simple = {
        "ok": Command.CONFIRM,
        "x": Command.CANCEL,
        "y": Command.YES,
        "n": Command.NO,
        "b": Command.BACK,
        "s": Command.SKIP,
        "d": Command.FINISH,
        "v": Command.SHOW,
        "c": Command.CLEAR,
    }
    if op in simple:
        return nonce, rev, simple[op]
    (index,) = rest  # "o" (an option) or "e" (edit a field) with its number
    return nonce, rev, forms.OptionInput(index) if op == "o" else Edit(index)


async def _send(
    update: Update,
    context: Context,
    flow: FormFlow,
    step: Step,
    *,
    previous: Draft | None = None,
    extra_notice: str | None = None,
    keep_buttons: bool = False,
) -> None:
    message = update.effective_message
    if message is None:  # pragma: no cover - every routed update has a message
        return
    lang = context.who.lang
    rows = []
    if step.view is View.SUMMARY and step.draft is not None:
        rows = await flow.summary_extras(step.draft.answers, lang, context)
    replies = form_view.render(
        flow.form, step, lang, previous=previous, extra_notice=extra_notice, extra_rows=rows
    )
    pressed = update.callback_query is not None
    if pressed and _toggled_in_place(step, previous) and len(replies) == 1:
        # Ticking boxes of a multi-select redraws the same question: edit it in place rather
        # than filling the chat with one copy per tick.
        text, markup = replies[0]
        if isinstance(markup, InlineKeyboardMarkup) and await _edit(message, text, markup):
            return
    if pressed and not keep_buttons:
        await clear_buttons(message)  # the pressed message's buttons are spent
    for text, markup in replies:
        await message.reply_text(text, reply_markup=markup)


def _toggled_in_place(step: Step, previous: Draft | None) -> bool:
    # Only an accepted tick on the current question: a stale press (notice, nothing changed)
    # gets a fresh message at the bottom of the chat, where the user is looking.
    return (
        step.view is View.ASK
        and step.changed
        and step.notice is None
        and step.field is not None
        and step.field.multi
        and step.problem is None
        and previous is not None
        and previous.current == step.field.name
    )


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup) -> bool:
    try:
        await message.edit_text(text, reply_markup=markup)
    except BadRequest as error:  # too old to edit: send a fresh copy instead
        log.debug("could not edit the question in place: %s", error)
        return False
    return True


async def clear_buttons(message: MaybeInaccessibleMessage | None) -> None:
    """Take the buttons off a message whose choice was made, so it cannot be pressed twice."""
    if not isinstance(message, Message) or message.reply_markup is None:
        return
    try:
        await message.edit_reply_markup(reply_markup=None)
    except BadRequest as error:  # already edited or too old: harmless
        log.debug("could not clear buttons: %s", error)
