"""How a form step looks in Telegram: texts and keyboards, built from the engine's Step."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import replace

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.domain import buttons, forms
from bot.domain.forms import Answers, Draft, Field, Form, Label, Note, Step, View
from bot.domain.textsplit import MESSAGE_LIMIT, shorten, split_message
from bot.texts import LANGUAGES, Raw, t

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove
Reply = tuple[str, Markup | None]


def data(draft: Draft, op: str, arg: int | None = None) -> str:
    """Callback data of a form button, stamped with the draft revision it was drawn for."""
    stamp = (draft.nonce, draft.rev)
    return buttons.FORM.pack(stamp, op) if arg is None else buttons.FORM.pack(stamp, op, arg)


# A summary shows long free text cut to this, so the whole form fits Telegram's 4,096
# characters; the full text is stored and shown when the field is edited.
SUMMARY_VALUE_CHARS = 200


def render(
    form: Form,
    step: Step,
    lang: str,
    *,
    previous: Draft | None = None,
    extra_notice: str | None = None,
    extra_rows: Sequence[tuple[str, str]] = (),
) -> list[Reply]:
    """The messages that show `step` (usually one)."""
    if step.view is View.DONE:
        return []  # the flow's announce() speaks
    if step.view is View.CANCELLED:
        return [(t(lang, "form.cancelled"), ReplyKeyboardRemove())]
    draft = step.draft
    assert draft is not None
    replies: list[Reply] = []
    left = _left_reply_keyboard(form, previous, step)
    if left is not None:
        # A share-number/location keyboard stays on screen until explicitly removed, and only
        # a message can remove it: say "noted" only if that field really got an answer. A
        # skip's own notice says it there, not after a bare "Baik." (tenth try-out).
        if left == "form.moving_on" and step.notice == "form.skipped":
            left, step = "form.skipped", replace(step, notice=None)
        replies.append((t(lang, left), ReplyKeyboardRemove()))
    if step.notice == "form.file_received" and step.field is not None:
        replies.append(_file_received(draft, step.field, lang))
        return replies

    head = _head(step, draft, lang, extra_notice)
    markup: Markup
    if step.view is View.CONFIRM_CANCEL:
        body, markup = (
            t(lang, "form.confirm_cancel"),
            _yes_no(draft, lang, "btn.yes_cancel", "btn.no_continue"),
        )
    elif step.view is View.CONFIRM_VALUE:
        assert draft.pending is not None
        body = t(lang, draft.pending["key"], **draft.pending["params"])
        markup = _yes_no(draft, lang, "btn.yes_right", "btn.no_change")
    elif step.view is View.SUMMARY:
        pieces, markup = _summary(form, draft, lang, list(extra_rows))
        replies += [(piece, None) for piece in pieces[:-1]]
        body = pieces[-1]
    else:
        assert step.field is not None
        suggested = frozenset(step.problem.suggestions if step.problem is not None else ())
        body, markup = _question(form, draft, step.field, lang, suggested)
    replies.append((f"{head}\n\n{body}" if head else body, markup))
    return replies


def _head(step: Step, draft: Draft, lang: str, extra_notice: str | None) -> str:
    lines = [t(lang, key) for key in (extra_notice, step.notice) if key]
    if step.warning is not None:  # its text carries its own icon: not every note is a warning
        lines.append(t(lang, step.warning.key, **resolve(step.warning.params, lang)))
    if step.problem is not None:
        lines.append("⚠️ " + t(lang, step.problem.key, **resolve(step.problem.params, lang)))
    return "\n".join(lines)


def resolve(params: Mapping[str, object], lang: str) -> dict[str, object]:
    """Prompt parameters with every Note (or tuple of Notes) put into words in `lang`."""
    return {name: _words(value, lang) for name, value in params.items()}


def _words(value: object, lang: str) -> object:
    if isinstance(value, Note):
        return Raw(t(lang, value.key, **resolve(value.params, lang)))
    if isinstance(value, Label):  # a button's plain text: "hibah & O&P" must be escaped
        return Raw(html.escape(t(lang, value.key), quote=False))
    if isinstance(value, tuple) and all(isinstance(item, Note | Label | str) for item in value):
        # A list of names: text keys put into words, plain names (places) escaped as is.
        return Raw(", ".join(_listed(item, lang) for item in value))
    return value


def _listed(item: Note | Label | str, lang: str) -> str:
    if isinstance(item, Note | Label):
        return str(_words(item, lang))
    return html.escape(item, quote=False)


def _left_reply_keyboard(form: Form, previous: Draft | None, step: Step) -> str | None:
    """The text key to remove a reply keyboard with, when the step left its field. Asking
    whether to cancel leaves it: "tidak" goes back to the step that wants the keyboard (and
    a "Baik." before "Batalkan isian ini?" read as if it were already cancelled)."""
    if previous is None or previous.current is None or not step.changed or step.draft is None:
        return None
    if step.view is View.CONFIRM_CANCEL:
        return None
    was = form.field(previous.current)
    now = step.field.name if step.field is not None and step.view is View.ASK else None
    if not (was.request_contact or was.request_location) or now == was.name:
        return None
    before, after = previous.answers, step.draft.answers
    # A skip stores None: "Dilewati" follows, so "Tercatat" (noted) would contradict it.
    answered = after.get(was.name) is not None and (
        was.name not in before or before[was.name] != after[was.name]
    )
    return "form.noted" if answered else "form.moving_on"


def _yes_no(draft: Draft, lang: str, yes: str, no: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(lang, yes), callback_data=data(draft, "y")),
                InlineKeyboardButton(t(lang, no), callback_data=data(draft, "n")),
            ]
        ]
    )


def _file_received(draft: Draft, field: Field, lang: str) -> Reply:
    count = len(draft.partial or ())
    text = t(lang, f"form.{field.collect}_received", n=count)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(lang, "btn.done"), callback_data=data(draft, "d")),
                InlineKeyboardButton(t(lang, "btn.cancel"), callback_data=data(draft, "x")),
            ]
        ]
    )
    return text, markup


def _question(
    form: Form, draft: Draft, field: Field, lang: str, suggested: frozenset[str]
) -> tuple[str, Markup]:
    number, total = forms.progress(form, draft, field)
    params = resolve(field.prompt_params(draft.answers), lang) if field.prompt_params else {}
    lines = [
        t(lang, "form.progress", title=Raw(t(lang, form.title)), n=number, total=total),
        t(lang, field.prompt, **params),
    ]
    if field.collect is not None:
        held = len(_collected(draft, field))
        if held:
            # Files sent at this step are added to these: say so, and how to start afresh.
            lines.append(t(lang, f"form.current_{field.collect}s", n=held))
    elif field.name in draft.answers and not field.multi:
        # The answer being replaced is echoed short: with the question around it, a 4,000-
        # character answer would not fit one message.
        current = _short(shown(field, draft.answers, lang))
        lines.append(t(lang, "form.current_answer", value=current))
    if field.hint:
        lines.append(t(lang, field.hint, **params))
    lines.append(t(lang, "form.nav_optional" if field.optional else "form.nav_required"))
    body = "\n\n".join(lines)

    if field.request_contact or field.request_location:
        key = "btn.share_phone" if field.request_contact else "btn.share_location"
        button = KeyboardButton(
            t(lang, key),
            request_contact=field.request_contact or None,
            request_location=field.request_location or None,
        )
        return body, ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)

    options = field.options_for(draft.answers)
    if field.multi:
        chosen = set(
            draft.partial if draft.partial is not None else draft.answers.get(field.name) or []
        )
        buttons = [
            InlineKeyboardButton(
                ("☑️ " if option.value in chosen else "⬜ ") + label(option, lang),
                callback_data=data(draft, "o", i),
            )
            for i, option in enumerate(options)
        ]
        rows = [
            *_rows(buttons, 2),
            [InlineKeyboardButton(t(lang, "btn.done"), callback_data=data(draft, "d"))],
        ]
    elif field.collect is not None:
        rows = [[InlineKeyboardButton(t(lang, "btn.done"), callback_data=data(draft, "d"))]]
        if _collected(draft, field):
            clear = InlineKeyboardButton(t(lang, "btn.clear_files"), callback_data=data(draft, "c"))
            rows.insert(0, [clear])
    else:
        buttons = [
            InlineKeyboardButton(
                ("👉 " if option.value in suggested else "") + label(option, lang),
                callback_data=data(draft, "o", i),
            )
            for i, option in enumerate(options)
        ]
        # Suggestions for a near miss go first, so the likely answer is one tap away.
        buttons.sort(key=lambda b: not str(b.text).startswith("👉"))
        rows = _rows(buttons, 2)
    nav = []
    if forms.previous_field(form, draft) is not None:
        nav.append(InlineKeyboardButton(t(lang, "btn.back"), callback_data=data(draft, "b")))
    if field.optional:
        nav.append(InlineKeyboardButton(t(lang, "btn.skip"), callback_data=data(draft, "s")))
    nav.append(InlineKeyboardButton(t(lang, "btn.cancel"), callback_data=data(draft, "x")))
    return body, InlineKeyboardMarkup([*rows, nav])


def _collected(draft: Draft, field: Field) -> list[object]:
    """The files a collecting step holds now: those sent since it was asked, else its answer."""
    held = draft.partial if draft.partial is not None else draft.answers.get(field.name)
    return list(held or ())


def _summary(
    form: Form, draft: Draft, lang: str, extra_rows: list[tuple[str, str]]
) -> tuple[list[str], Markup]:
    answered = forms.summary(form, draft)
    rows = [
        t(
            lang,
            "form.summary_row",
            label=t(lang, field.label),
            value=_short(shown(field, draft.answers, lang)),
        )
        for _, field, _ in answered
    ]
    rows += [t(lang, "form.summary_row", label=label, value=value) for label, value in extra_rows]
    body = t(lang, "form.summary", title=Raw(t(lang, form.title)), rows=Raw("\n".join(rows)))
    edit_buttons = [
        InlineKeyboardButton(
            t(lang, "btn.edit", label=t(lang, field.label)), callback_data=data(draft, "e", i)
        )
        for i, field, _ in answered
        if field.name not in draft.locked
    ]
    keyboard = [
        *_rows(edit_buttons, 2),
        [
            InlineKeyboardButton(t(lang, "btn.submit"), callback_data=data(draft, "ok")),
            InlineKeyboardButton(t(lang, "btn.cancel"), callback_data=data(draft, "x")),
        ],
    ]
    # Room for the notices put above the summary, then split at line ends if still too long.
    return split_message(body, MESSAGE_LIMIT - 600), InlineKeyboardMarkup(keyboard)


def _short(value: str) -> str:
    return shorten(value, SUMMARY_VALUE_CHARS)


def shown(field: Field, answers: Answers, lang: str) -> str:
    """An answer as the summary shows it."""
    value = answers.get(field.name)
    if value is None:
        return t(lang, "form.skipped_value")
    if field.show is not None:
        return field.show(value)
    if field.collect is not None:
        return t(lang, f"form.n_{field.collect}s", n=len(value))
    options = field.options_for(answers)
    if field.multi:
        by_value = {o.value: label(o, lang) for o in options}
        return ", ".join(by_value.get(v, v) for v in value) or t(lang, "form.none_chosen")
    for option in options:
        if option.value == value:
            return label(option, lang)
    return str(value)


def option_names(option: forms.Option) -> list[str]:
    """What a user may type to pick `option`: its value and its label in every language."""
    if not option.translate:
        return [option.value, option.label, *option.aliases]
    return [option.value, *(t(lang, option.label) for lang in LANGUAGES), *option.aliases]


def label(option: forms.Option, lang: str) -> str:
    """An option's button text in `lang`."""
    return t(lang, option.label) if option.translate else option.label


def _rows(buttons: Sequence[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
