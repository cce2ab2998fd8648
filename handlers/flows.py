"""Runs declarative forms over Telegram: routes input to the engine, stores, renders."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MaybeInaccessibleMessage,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest

from bot.domain import forms
from bot.domain.forms import Answers, Command, Draft, Edit, Event, Field, Form, Step, View
from bot.texts import Raw, t
from handlers.context import Context, Identity
from storage import drafts
from storage.db import Tx

log = logging.getLogger(__name__)

PREFIX = "f|"

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


class FormFlow(ABC):
    """A form plus what happens when it is submitted."""

    form: Form

    @abstractmethod
    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Store the submitted answers, inside the transaction that deletes the draft."""

    @abstractmethod
    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Tell the user (and others) after the commit; gets what `finish` returned."""


async def begin(
    update: Update, context: Context, flow: FormFlow, prefill: Answers | None = None
) -> None:
    """Start `flow` for the user, or resume the draft they already have open."""
    who = context.who
    async with context.state.db.transaction() as tx:
        stored = await drafts.get(tx, who.user_id)
        if stored is not None and stored.form in context.state.flows:
            resumed = context.state.flows[stored.form]
            draft = Draft.from_json(stored.form, stored.state)
            step = forms.handle(resumed.form, draft, Command.SHOW)
            flow, notice = resumed, "form.resumed"
        else:
            step = forms.start(flow.form, prefill)
            notice = None
            assert step.draft is not None
            await drafts.save(tx, who.user_id, flow.form.name, step.draft.to_json())
    await _render(update, context, flow, step, extra_notice=notice)


async def feed(update: Update, context: Context, event: Event, *, rev: int | None = None) -> bool:
    """Give one input to the user's open form; False when they have none."""
    who = context.who
    result: Any = None
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
        draft = Draft.from_json(stored.form, stored.state)
        step = forms.handle(flow.form, draft, event, rev=rev)
        if step.changed:
            if step.draft is None:
                await drafts.delete(tx, who.user_id)
            else:
                await drafts.save(tx, who.user_id, flow.form.name, step.draft.to_json())
        if step.view is View.DONE:
            result = await flow.finish(tx, who, step.answers)
    # Committed: only now talk to Telegram (never inside a transaction).
    await _render(update, context, flow, step, previous=draft)
    if step.view is View.DONE:
        await flow.announce(update, context, result)
    return True


def parse_callback(data: str) -> tuple[int, Event] | None:
    """Decode `f|<rev>|<op>[|<n>]` button data into (rev, event); None when malformed."""
    parts = data.split("|")
    if len(parts) < 3 or parts[0] != "f" or not parts[1].isdigit():
        return None
    rev, op, arg = int(parts[1]), parts[2], parts[3] if len(parts) > 3 else ""
    simple = {
        "ok": Command.CONFIRM,
        "x": Command.CANCEL,
        "y": Command.CANCEL_YES,
        "n": Command.CANCEL_NO,
        "b": Command.BACK,
        "s": Command.SKIP,
    }
    if op in simple:
        return rev, simple[op]
    if op in ("o", "e") and arg.isdigit():
        index = int(arg)
        return rev, forms.OptionInput(index) if op == "o" else Edit(index)
    return None


def _data(draft: Draft, op: str, arg: int | None = None) -> str:
    return f"{PREFIX}{draft.rev}|{op}" + ("" if arg is None else f"|{arg}")


# --- rendering ----------------------------------------------------------------------------


async def _render(
    update: Update,
    context: Context,
    flow: FormFlow,
    step: Step,
    *,
    previous: Draft | None = None,
    extra_notice: str | None = None,
) -> None:
    lang = context.who.lang
    message = update.effective_message
    if message is None:  # pragma: no cover - every routed update has a message
        return
    notices = [t(lang, key) for key in (extra_notice, step.notice) if key]
    if step.problem is not None:
        notices.append("⚠️ " + t(lang, step.problem.key, **step.problem.params))
    head = "\n".join(notices)

    if step.view is View.DONE:
        return  # the flow's announce() speaks
    if step.view is View.CANCELLED:
        await message.reply_text(t(lang, "form.cancelled"), reply_markup=ReplyKeyboardRemove())
        return

    if _left_contact_field(flow.form, previous, step):
        # The share-my-number keyboard stays on screen until explicitly removed.
        await message.reply_text(t(lang, "form.noted"), reply_markup=ReplyKeyboardRemove())

    assert step.draft is not None
    if step.view is View.CONFIRM_CANCEL:
        body = t(lang, "form.confirm_cancel")
        markup: Markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        t(lang, "btn.yes_cancel"), callback_data=_data(step.draft, "y")
                    ),
                    InlineKeyboardButton(
                        t(lang, "btn.no_continue"), callback_data=_data(step.draft, "n")
                    ),
                ]
            ]
        )
    elif step.view is View.SUMMARY:
        body, markup = _summary(flow.form, step.draft, lang)
    else:
        assert step.field is not None
        body, markup = _question(flow.form, step.draft, step.field, step, lang)
    text = f"{head}\n\n{body}" if head else body
    await message.reply_text(text, reply_markup=markup)


def _left_contact_field(form: Form, previous: Draft | None, step: Step) -> bool:
    if previous is None or previous.current is None or not step.changed:
        return False
    was = form.field(previous.current)
    now = step.field.name if step.field is not None and step.view is View.ASK else None
    return was.request_contact and now != was.name


def _question(form: Form, draft: Draft, field: Field, step: Step, lang: str) -> tuple[str, Markup]:
    applicable = form.applicable(draft.answers)
    number = applicable.index(field) + 1 if field in applicable else len(applicable)
    lines = [
        t(lang, "form.progress", title=Raw(t(lang, form.title)), n=number, total=len(applicable)),
        t(lang, field.prompt),
    ]
    if field.name in draft.answers:
        lines.append(t(lang, "form.current_answer", value=_shown(field, draft.answers, lang)))
    if field.hint:
        lines.append(t(lang, field.hint))
    lines.append(t(lang, "form.nav_optional" if field.optional else "form.nav_required"))
    body = "\n\n".join(lines)

    if field.request_contact:
        reply = ReplyKeyboardMarkup(
            [[KeyboardButton(t(lang, "btn.share_phone"), request_contact=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        return body, reply

    options = field.options_for(draft.answers)
    suggested = set(step.problem.suggestions) if step.problem is not None else set()
    buttons = [
        InlineKeyboardButton(
            ("👉 " if option.value in suggested else "") + _label(option, lang),
            callback_data=_data(draft, "o", i),
        )
        for i, option in enumerate(options)
    ]
    # Suggestions for a near miss go first, so the likely answer is one tap away.
    buttons.sort(key=lambda b: not str(b.text).startswith("👉"))
    rows = _rows(buttons, 2)
    nav = []
    if draft.history:
        nav.append(InlineKeyboardButton(t(lang, "btn.back"), callback_data=_data(draft, "b")))
    if field.optional:
        nav.append(InlineKeyboardButton(t(lang, "btn.skip"), callback_data=_data(draft, "s")))
    nav.append(InlineKeyboardButton(t(lang, "btn.cancel"), callback_data=_data(draft, "x")))
    return body, InlineKeyboardMarkup([*rows, nav])


def _summary(form: Form, draft: Draft, lang: str) -> tuple[str, Markup]:
    rows = [
        t(
            lang,
            "form.summary_row",
            label=t(lang, field.label),
            value=_shown(field, draft.answers, lang),
        )
        for _, field, _ in forms.summary(form, draft)
    ]
    body = t(lang, "form.summary", title=Raw(t(lang, form.title)), rows=Raw("\n".join(rows)))
    edit_buttons = [
        InlineKeyboardButton(
            t(lang, "btn.edit", label=t(lang, field.label)), callback_data=_data(draft, "e", i)
        )
        for i, field, _ in forms.summary(form, draft)
    ]
    keyboard = [
        *_rows(edit_buttons, 2),
        [
            InlineKeyboardButton(t(lang, "btn.submit"), callback_data=_data(draft, "ok")),
            InlineKeyboardButton(t(lang, "btn.cancel"), callback_data=_data(draft, "x")),
        ],
    ]
    return body, InlineKeyboardMarkup(keyboard)


def _shown(field: Field, answers: Answers, lang: str) -> str:
    value = answers.get(field.name)
    if value is None:
        return t(lang, "form.skipped_value")
    if field.show is not None:
        return field.show(value)
    for option in field.options_for(answers):
        if option.value == value:
            return _label(option, lang)
    return str(value)


def _label(option: forms.Option, lang: str) -> str:
    return t(lang, option.label) if option.translate else option.label


def _rows(buttons: Sequence[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]


async def clear_buttons(message: MaybeInaccessibleMessage | None) -> None:
    """Take the buttons off a message whose choice was made, so it cannot be pressed twice."""
    if not isinstance(message, Message) or message.reply_markup is None:
        return
    try:
        await message.edit_reply_markup(reply_markup=None)
    except BadRequest as error:  # already edited or too old: harmless
        log.debug("could not clear buttons: %s", error)
