"""The declarative form engine: a form, its stored draft and one input give the next step.

Pure logic: no Telegram, no storage, no language. Fields name their prompts and labels by text
key; refusals are `Invalid` with a text key. The caller stores `Step.draft` (in the same
transaction that accepted the input) and renders `Step` for its channel.

Navigation rule: the field to ask is always the first applicable field (in declared order,
condition true) that has no answer yet; when there is none the draft is at its summary. That one
rule covers the normal flow, skip logic, editing from the summary (answer, then straight back to
the summary) and resume after a restart, with no extra mode flags to get wrong.

Besides one-shot questions a field may be multi-select (`multi`: buttons toggle, typed options
are added, "selesai" finishes) or collect files (`collect`: photos or documents until
"selesai", "hapus" removes those collected); their selection in progress lives in
`Draft.partial`. `/kembali` from such a step left half-done keeps its selection in
`Draft.held`: the step stays unanswered and is asked again, ticks kept, when its turn comes.
`/kembali` asks the field before the one asked, in the form's order (not in the order the
answers were given), so it walks back one step at a time however the user got there; only
while changing one answer picked at the summary (`Draft.editing`) does it return to the summary.
Typed options are matched by `bot.domain.choosing` (abbreviations, a word or the start of a
label, a clear typo); an answer that fits several options is refused with those options.
A parser may raise `NeedsConfirmation` for a value that parses but looks wrong; it waits in
`Draft.pending` until the user says yes or no.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any

from bot.domain import choosing
from bot.domain.errors import Invalid, NeedsConfirmation

Answers = Mapping[str, Any]

YES_WORDS = frozenset({"ya", "y", "iya", "yes", "ok", "oke", "setuju", "benar"})
NO_WORDS = frozenset({"tidak", "tdk", "t", "no", "n", "gak", "nggak", "enggak", "jangan"})
# At "cancel the form?", typing the command's own word again means yes.
CANCEL_YES_WORDS = YES_WORDS | {"batal", "batalkan", "hapus", "/batal"}
DONE_WORDS = frozenset({"selesai", "sudah", "cukup", "done", "finish", "lanjut"})
# At a file step, a short message starting with one of these removes the files collected.
# Between the options of a typed list: "drainase, jalan", "drainase sm jalan", "ded + rab".
LIST_SEPARATORS = r",|;|\n|\+|\s+(?:dan|and|&|sm|sama|serta|plus)\s+"
CLEAR_WORDS = frozenset({"hapus", "delete", "clear", "remove"})
# What may follow them: the files as a whole, never one of them ("foto yg kedua").
CLEAR_OBJECTS = frozenset(
    {"semua", "semuanya", "lampiran", "lampirannya", "foto", "fotonya", "file", "filenya",
     "dokumen", "dokumennya", "berkas", "lama", "yang", "yg", "ada", "all", "the", "files",
     "photos", "documents", "old", "attachments", "saja", "aja", "dulu", "dong", "pak", "bu"}
)  # fmt: skip
CLEAR_MAX_WORDS = 4
# An option with this value cancels the form (e.g. "Batalkan" after an authority warning).
CANCEL_OPTION = "__cancel__"
# The summary's Kirim button typed: "kirim", "ok kirim aja", "sudah benar, kirim", "send".
SEND_TYPED = re.compile(
    r"((ok|oke|ya|iya|sudah benar|sdh benar|udah benar|udh benar|benar|betul)[,.]?\s+)?"
    r"(kirim|kirimkan|kirim sekarang|send|submit|simpan|save)"
    r"(\s+(aja|saja|sekarang|skrg|pak|bu|ya|min))*[.!]*"
)
QUOTED_CHARS = 60  # a typed answer quoted back in a refusal
MULTI_EXAMPLE_OPTIONS = 2  # options named in a tick-box step's example of a typed answer


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextInput:
    """Something typed."""

    text: str


@dataclass(frozen=True, slots=True)
class OptionInput:
    """A press on the button of option number `index` of the field being asked."""

    index: int


@dataclass(frozen=True, slots=True)
class ContactInput:
    """A shared contact; `own` is true when it is the sender's own number."""

    phone: str
    own: bool


@dataclass(frozen=True, slots=True)
class LocationInput:
    """A shared map point."""

    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class FileInput:
    """A photo or document, kept as the channel's file id."""

    kind: str  # "photo" | "document"
    file_id: str
    name: str | None
    size: int | None
    mime_type: str | None

    caption: str | None = None  # text sent with the file, if any

    def record(self) -> dict[str, Any]:
        """How a collected file is stored in the answers."""
        return {
            "file_id": self.file_id,
            "name": self.name,
            "size": self.size,
            "mime": self.mime_type,
        }


Input = TextInput | OptionInput | ContactInput | LocationInput | FileInput


class Command(StrEnum):
    """Navigation the user asks for."""

    SHOW = "show"  # re-show where the draft stands (resume)
    BACK = "back"
    SKIP = "skip"
    CANCEL = "cancel"
    YES = "yes"  # to "cancel the form?" or "keep this doubtful value?"
    NO = "no"
    CONFIRM = "confirm"
    FINISH = "finish"  # end a multi-select or a file collection
    CLEAR = "clear"  # remove the files collected at a file step (to replace them)


@dataclass(frozen=True, slots=True)
class Edit:
    """From the summary: answer field number `index` again."""

    index: int


Event = Input | Command | Edit


# --- declarations -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """A choice offered as a button: `label` is shown as is, or looked up when `translate`;
    `aliases` are other names officers type for it ("jaling" for jalan lingkungan)."""

    value: str
    label: str
    translate: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Note:
    """A text key with its parameters: a warning or a doubt to show the user."""

    key: str
    params: Mapping[str, object] = dc_field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Label:
    """A text key naming a field or an option: plain text (a button's), which a channel
    escapes when it puts it into a formatted message ("hibah & O&P")."""

    key: str


Parser = Callable[[Input, Answers], Any]
Names = Callable[["Option"], Iterable[str]]
Options = Sequence[Option] | Callable[[Answers], Sequence[Option]]


@dataclass(frozen=True, slots=True)
class Field:
    """One question of a form."""

    name: str
    label: str  # text key: the field's name in the summary
    prompt: str  # text key: the question
    parse: Parser | None = None  # typed/shared input -> stored value (raises Invalid)
    options: Options = ()
    optional: bool = False
    when: Callable[[Answers], bool] | None = None  # skip logic: ask only when true
    hint: str | None = None  # text key: an example of what to type
    request_contact: bool = False  # offer the channel's "share my number" button
    request_location: bool = False  # offer the channel's "share my location" button
    show: Callable[[Any], str] | None = None  # stored value -> summary text (language-free)
    prompt_params: Callable[[Answers], Mapping[str, object]] | None = None  # fill the prompt
    check: Callable[[Any, Answers], Note | None] | None = None  # a warning about an accepted value
    multi: bool = False  # options are toggled; the value is the list of chosen option values
    min_choices: int = 0  # for multi: how many must be chosen
    # for multi: how many options typed at once answer the step outright; fewer are ticked
    # and the step waits for more or "selesai" (sectors: officers type one at a time too)
    typed_answers_from: int = 1
    collect: str | None = None  # "photo" | "document": the value is a list of files
    max_items: int = 10  # for collect: more are refused
    depends_on: tuple[str, ...] = ()  # earlier fields whose change makes this answer stale
    in_summary: bool = True  # False for a step whose meaning the summary shows otherwise
    free_text: bool = False  # any text is an answer: the channel keeps questions out of it

    def applies(self, answers: Answers) -> bool:
        """Whether this field is asked, given the answers so far.

        A condition that looks up an answer not given yet (KeyError) does not hold yet.
        """
        if self.when is None:
            return True
        try:
            return self.when(answers)
        except KeyError:
            return False

    def options_for(self, answers: Answers) -> Sequence[Option]:
        """The buttons offered for this field, given the answers so far."""
        return self.options(answers) if callable(self.options) else self.options


@dataclass(frozen=True, slots=True)
class Form:
    """An ordered list of fields with a name (stored with drafts) and a title (text key)."""

    name: str
    title: str
    fields: tuple[Field, ...]

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"form {self.name}: duplicate field names")

    def field(self, name: str) -> Field:
        """The field called `name`."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def possible(self, answers: Answers) -> list[Field]:
        """The fields that are or may still be asked: those whose condition holds, or cannot be
        told yet because it depends on an answer not given. Counting these, a form's length
        only shrinks as it is filled in, never jumps up."""
        visible: dict[str, Any] = {}
        asked = []
        for candidate in self.fields:
            if candidate.when is None:
                holds: bool | None = True
            else:
                try:
                    holds = bool(candidate.when(visible))
                except KeyError:
                    holds = None  # undecided
            if holds is not False:
                asked.append(candidate)
                if holds and candidate.name in answers:
                    visible[candidate.name] = answers[candidate.name]
        return asked

    def applicable(self, answers: Answers) -> list[Field]:
        """The fields asked given these answers, in order.

        Conditions see only the answers of fields that themselves apply, so an answer hidden
        by an earlier change (a "yes" to a question no longer asked) cannot keep a later
        question alive.
        """
        visible: dict[str, Any] = {}
        asked = []
        for candidate in self.fields:
            if candidate.applies(visible):
                asked.append(candidate)
                if candidate.name in answers:
                    visible[candidate.name] = answers[candidate.name]
        return asked


# --- state --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draft:
    """A form being filled in. `rev` changes with every accepted input so stale buttons show."""

    form: str
    answers: Mapping[str, Any] = dc_field(default_factory=dict)
    current: str | None = None  # the field being asked; None at the summary
    # Answered fields, most recent last: a record only. /kembali follows the form's order
    # (`previous_field`), so answering after going back never loses a step on the way back.
    history: tuple[str, ...] = ()
    rev: int = 0
    nonce: int = 0  # random per draft: buttons of an earlier draft never match a later one
    confirming_cancel: bool = False
    locked: tuple[str, ...] = ()  # prefilled by the system (the officer's regency): not editable
    partial: Any = None  # a multi-select or file collection in progress
    pending: Mapping[str, Any] | None = None  # a doubtful value waiting for yes/no
    # Selections of multi-select or file steps left half-done by /kembali (never answered):
    # given back as `partial` when the step is asked again.
    held: Mapping[str, Any] = dc_field(default_factory=dict)
    # Asking a field the user chose to change from the summary: /kembali returns there.
    editing: bool = False

    def to_json(self) -> str:
        """The draft's state for storage (the form name is stored beside it)."""
        return json.dumps(
            {
                "answers": dict(self.answers),
                "current": self.current,
                "history": list(self.history),
                "rev": self.rev,
                "nonce": self.nonce,
                "confirming_cancel": self.confirming_cancel,
                "locked": list(self.locked),
                "partial": self.partial,
                "pending": None if self.pending is None else dict(self.pending),
                "held": dict(self.held),
                "editing": self.editing,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, form: str, text: str) -> Draft:
        """A stored draft back in memory (drafts saved before a key existed get its default)."""
        data = json.loads(text)
        return cls(
            form=form,
            answers=data["answers"],
            current=data["current"],
            history=tuple(data["history"]),
            rev=data["rev"],
            nonce=data.get("nonce", 0),
            confirming_cancel=data["confirming_cancel"],
            locked=tuple(data.get("locked", ())),
            partial=data.get("partial"),
            pending=data.get("pending"),
            held=data.get("held") or {},
            editing=data.get("editing", False),
        )


class View(StrEnum):
    """What the user should see next."""

    ASK = "ask"
    CONFIRM_VALUE = "confirm_value"  # "is this really right?" about Draft.pending
    SUMMARY = "summary"
    CONFIRM_CANCEL = "confirm_cancel"
    CANCELLED = "cancelled"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Step:
    """The engine's answer: what to store and what to show."""

    view: View
    draft: Draft | None  # None once the form is done or cancelled: delete the stored draft
    changed: bool  # whether the stored draft must be written (or deleted)
    field: Field | None = None  # the field asked, for ASK
    problem: Invalid | None = None  # why the input was refused
    notice: str | None = None  # text key of a remark ("form.stale", "form.cannot_skip", ...)
    # About the value just accepted (shown with the next question), or what a typed choice or
    # a removal changed on the question asked again.
    warning: Note | None = None
    answers: Mapping[str, Any] = dc_field(default_factory=dict)  # final answers, for DONE


# --- engine -------------------------------------------------------------------------------


def start(
    form: Form,
    prefill: Answers | None = None,
    *,
    locked: Sequence[str] = (),
    nonce: int | None = None,
) -> Step:
    """A new draft, asking the first field that has no answer in `prefill`.

    `locked` fields keep their prefilled answer: the summary offers no edit for them.
    `nonce` tells this draft's buttons from an earlier draft's (random unless given).
    """
    draft = Draft(
        form=form.name,
        answers=dict(prefill or {}),
        locked=tuple(locked),
        nonce=secrets.randbelow(1 << 20) if nonce is None else nonce,
    )
    return _advance(form, draft, changed=True)


def fit(form: Form, draft: Draft) -> Draft:
    """A stored draft made to fit the form as it is now (fields renamed, added or removed).

    Returns `draft` itself when it already fits.
    """
    names = {f.name for f in form.fields}
    answers = {k: v for k, v in draft.answers.items() if k in names}
    current_ok = draft.current is None or (
        draft.current in names and form.field(draft.current) in form.applicable(answers)
    )
    nxt = _next_field(form, answers)
    held_ok = set(draft.held) <= names
    if (
        answers == dict(draft.answers)
        and current_ok
        and held_ok
        and not (draft.current is None and nxt)
    ):
        return draft
    refitted = replace(
        draft,
        answers=answers,
        history=tuple(h for h in draft.history if h in names),
        locked=tuple(name for name in draft.locked if name in names),
        partial=None,
        pending=None,
        held={k: v for k, v in draft.held.items() if k in names},
        rev=draft.rev + 1,
    )
    return _asking(form, refitted, None if nxt is None else nxt.name)


def plain_names(option: Option) -> Iterable[str]:
    """What a user may type to pick `option` when no translations are known."""
    return (option.value,) if option.translate else (option.value, option.label)


def handle(
    form: Form,
    draft: Draft,
    event: Event,
    *,
    rev: int | None = None,
    nonce: int | None = None,
    names: Names = plain_names,
) -> Step:
    """Apply one input or command.

    `rev` (and `nonce`) come with button presses: a mismatch means the button is stale.
    `names` says what a user may type to pick an option (its label in every language).
    """
    if (rev is not None and rev != draft.rev) or (nonce is not None and nonce != draft.nonce):
        return _view(form, draft, notice="form.stale")
    if draft.confirming_cancel:
        return _while_confirming_cancel(form, draft, event)
    match event:
        case Command.SHOW:
            return _view(form, draft)
        case Command.CANCEL:
            return Step(View.CONFIRM_CANCEL, _bump(draft, confirming_cancel=True), changed=True)
        case Command.BACK:
            return _back(form, draft)
        case Command.SKIP:
            return _skip(form, draft)
        case Command.CONFIRM:
            return _confirm(form, draft)
        case Command.YES | Command.NO if draft.pending is not None:
            return _answer(form, draft, event, names)
        case Command.YES | Command.NO:
            return _view(form, draft, notice="form.stale")
        case Command.FINISH | Command.CLEAR:
            return _answer(form, draft, event, names)
        case Edit(index=index):
            return _edit(form, draft, index)
        case _:
            return _answer(form, draft, event, names)


def tick(form: Form, draft: Draft, values: Sequence[str], problem: Invalid) -> Step:
    """Tick `values` at the current multi-select step and show it with `problem`: the part of
    a typed list that was understood is kept while the rest is refused."""
    current = form.field(draft.current) if draft.current is not None else None
    if current is None or not current.multi:
        return _view(form, draft, problem=problem)
    order = [o.value for o in current.options_for(draft.answers)]
    chosen = list(draft.partial or ())
    merged = sorted(
        {*chosen, *(v for v in values if v in order)},
        key=lambda v: order.index(v) if v in order else len(order),
    )
    return _view(form, _bump(draft, partial=merged), changed=merged != chosen, problem=problem)


def progress(form: Form, draft: Draft, field: Field) -> tuple[int, int]:
    """Step n of total for `field`: counted over the fields that may still be asked (never
    jumping up as answers come in); locked fields are never asked, so they are not steps."""
    steps = [f for f in form.possible(draft.answers) if f.name not in draft.locked]
    return (steps.index(field) + 1 if field in steps else len(steps)), len(steps)


def summary(form: Form, draft: Draft) -> list[tuple[int, Field, Any]]:
    """The applicable answered fields with their answers, each with its index in the form."""
    applicable = {f.name for f in form.applicable(draft.answers)}
    return [
        (i, f, draft.answers.get(f.name))
        for i, f in enumerate(form.fields)
        if f.name in applicable and f.name in draft.answers and f.in_summary
    ]


def _bump(draft: Draft, **changes: Any) -> Draft:
    return replace(draft, rev=draft.rev + 1, **changes)


def _next_field(form: Form, answers: Answers) -> Field | None:
    for candidate in form.applicable(answers):
        if candidate.name not in answers:
            return candidate
    return None


def _advance(form: Form, draft: Draft, *, changed: bool, notice: str | None = None) -> Step:
    if draft.editing:  # the change is made: what comes next is the normal flow
        draft, changed = replace(draft, editing=False), True
    nxt = _next_field(form, draft.answers)
    current = None if nxt is None else nxt.name
    if current != draft.current or current in draft.held:
        draft = _asking(form, draft, current)
        changed = True
    if nxt is None:
        return Step(View.SUMMARY, draft, changed=changed, notice=notice)
    return Step(View.ASK, draft, changed=changed, field=nxt, notice=notice)


def _view(
    form: Form,
    draft: Draft,
    *,
    notice: str | None = None,
    problem: Invalid | None = None,
    changed: bool = False,
) -> Step:
    """Show where the draft stands; `changed` when `draft` differs from the stored one."""
    if draft.confirming_cancel:
        return Step(View.CONFIRM_CANCEL, draft, changed=changed, notice=notice)
    if draft.pending is not None and draft.current is not None:
        field = form.field(draft.current)
        return Step(View.CONFIRM_VALUE, draft, changed=changed, field=field, notice=notice)
    if draft.current is None:
        return Step(View.SUMMARY, draft, changed=changed, notice=notice, problem=problem)
    return Step(
        View.ASK,
        draft,
        changed=changed,
        field=form.field(draft.current),
        notice=notice,
        problem=problem,
    )


def _while_confirming_cancel(form: Form, draft: Draft, event: Event) -> Step:
    word = event.text.strip().casefold() if isinstance(event, TextInput) else None
    if word is not None and word not in CANCEL_YES_WORDS | NO_WORDS:
        word = _short_yes_no(word, CANCEL_YES_WORDS)  # "eh jangan dulu pak", "ya batalkan saja"
    if event is Command.YES or event is Command.CANCEL or word in CANCEL_YES_WORDS:
        return Step(View.CANCELLED, None, changed=True)
    if event is Command.NO or word in NO_WORDS:
        resumed = _bump(draft, confirming_cancel=False)
        return _view(form, resumed, notice="form.cancel_aborted", changed=True)
    # A longer message is most likely meant for something else (fifteenth try-out: an admin's
    # message met an old "Batalkan isian ini?"): say it was not taken, and why.
    typed = event.text if isinstance(event, TextInput) else ""
    long = len(re.findall(r"[\w/]+", typed)) > YES_NO_MAX_WORDS
    notice = "form.answer_yes_no_first" if long else "form.answer_yes_no"
    return Step(View.CONFIRM_CANCEL, draft, changed=False, notice=notice)


# A short reply to a yes-or-no question with more words than its answer: "eh jangan dulu pak".
YES_NO_MAX_WORDS = 5
_MORE_NO_WORDS = frozenset({"ga", "gk", "jgn", "ngga", "nda", "ndak", "belum", "blm", "kada"})


def _short_yes_no(text: str, yes_words: frozenset[str]) -> str | None:
    """The yes or no word a short reply carries ("jangan dulu", "gak jadi pak" → no), a no
    outweighing a yes; None when it carries neither or is too long to be only an answer."""
    words = re.findall(r"[\w/]+", text)
    if not words or len(words) > YES_NO_MAX_WORDS:
        return None
    if any(w in NO_WORDS or w in _MORE_NO_WORDS for w in words):
        return "tidak"
    return next((w for w in words if w in yes_words), None)


def _back(form: Form, draft: Draft) -> Step:
    # Changing one answer from the summary, /kembali goes back to the summary (the answer as
    # it was), not on into the form's earlier questions.
    editing = draft.editing and draft.current is not None
    previous = previous_field(form, draft)
    if previous is None and not editing:
        return _view(form, draft, notice="form.at_first")
    answers = dict(draft.answers)
    held = dict(draft.held)
    if draft.current is not None and draft.partial is not None:
        current = form.field(draft.current)
        if current.name not in answers:
            # Ticks or files of a step never finished: it stays unanswered (so it is asked
            # again when its turn comes, not passed over) and gets them back then.
            if draft.partial:
                held[current.name] = draft.partial
            else:
                held.pop(current.name, None)
        elif draft.partial:
            # A stored answer being changed (from the summary): what was ticked or sent so far
            # is kept as the answer, not lost.
            answers[current.name] = draft.partial
        elif current.collect:
            # Files removed on purpose stay removed: the step is asked again when its turn comes.
            answers.pop(current.name, None)
    cleared = _bump(draft, answers=answers, partial=None, pending=None, held=held, editing=False)
    if editing or previous is None:
        return _advance(form, cleared, changed=True, notice="form.back_to_summary")
    moved = _asking(form, cleared, previous.name)
    return Step(View.ASK, moved, changed=True, field=previous)


def previous_field(form: Form, draft: Draft) -> Field | None:
    """The field /kembali asks: the answered field just before the one asked (the last one at
    the summary), in the form's order, passing over fields that do not apply or are locked.
    None at the first step."""
    end = (
        len(form.fields) if draft.current is None else form.fields.index(form.field(draft.current))
    )
    before = [
        f
        for f in form.applicable(draft.answers)
        if form.fields.index(f) < end and f.name in draft.answers and f.name not in draft.locked
    ]
    return before[-1] if before else None


def _asking(form: Form, draft: Draft, name: str | None) -> Draft:
    """`draft` asking field `name` (None: at the summary), with the selection /kembali held
    for that field given back (ticks of options no longer offered dropped)."""
    if name is None or name not in draft.held:
        return replace(draft, current=name)
    held = dict(draft.held)
    kept = held.pop(name)
    field = form.field(name)
    if field.multi:
        try:
            offered = {o.value for o in field.options_for(draft.answers)}
        except KeyError:  # options computed from an answer that is gone
            offered = set()
        kept = [value for value in kept if value in offered]
    return replace(draft, current=name, held=held, partial=kept or None)


def _skip(form: Form, draft: Draft) -> Step:
    if draft.current is None:
        return _view(form, draft, notice="form.nothing_to_skip")
    current = form.field(draft.current)
    if not current.optional:
        return _view(form, draft, notice="form.cannot_skip")
    return _accept(form, draft, current, None, notice="form.skipped")


def _confirm(form: Form, draft: Draft) -> Step:
    if draft.current is not None:
        return _view(form, draft, notice="form.finish_first")
    applicable = form.applicable(draft.answers)
    final = {f.name: draft.answers.get(f.name) for f in applicable}
    return Step(View.DONE, None, changed=True, answers=final)


def _edit(form: Form, draft: Draft, index: int) -> Step:
    if draft.current is not None or not 0 <= index < len(form.fields):
        return _view(form, draft, notice="form.stale")
    target = form.fields[index]
    if target not in form.applicable(draft.answers) or target.name in draft.locked:
        return _view(form, draft, notice="form.stale")
    moved = _bump(draft, current=target.name, editing=True)
    return Step(View.ASK, moved, changed=True, field=target)


def _answer(form: Form, draft: Draft, event: Event, names: Names = plain_names) -> Step:
    if draft.current is None:
        if isinstance(event, TextInput) and SEND_TYPED.fullmatch(event.text.strip().casefold()):
            return _confirm(form, draft)  # "kirim", "ok kirim aja": the Kirim button, typed
        return _view(form, draft, notice="form.use_summary_buttons")
    current = form.field(draft.current)
    if draft.pending is not None:
        return _settle_pending(form, draft, current, event)
    if event is Command.CLEAR and current.collect is None:
        return _view(form, draft, notice="form.stale")
    if current.multi:
        return _choose(form, draft, current, event, names)
    if current.collect is not None:
        return _gather(form, draft, current, event)
    if event is Command.FINISH:
        return _view(form, draft, notice="form.stale")
    try:
        value = _parse(current, event, draft.answers, names)
    except NeedsConfirmation as doubt:
        pending = {"value": doubt.value, "key": doubt.key, "params": doubt.params}
        return _view(form, _bump(draft, pending=pending), changed=True)
    except Invalid as problem:
        return _view(form, draft, problem=problem)
    if value == CANCEL_OPTION:
        return Step(View.CONFIRM_CANCEL, _bump(draft, confirming_cancel=True), changed=True)
    return _accept(form, draft, current, value)


def _settle_pending(form: Form, draft: Draft, current: Field, event: Event) -> Step:
    assert draft.pending is not None
    word = event.text.strip().casefold() if isinstance(event, TextInput) else None
    if event is Command.YES or word in YES_WORDS:
        return _accept(form, draft, current, draft.pending["value"])
    if event is Command.NO or word in NO_WORDS:
        return _view(form, _bump(draft, pending=None), changed=True, notice="form.enter_again")
    if isinstance(event, TextInput | LocationInput):
        # A fresh answer replaces the doubtful one, which is dropped even if this one is refused.
        step = _answer(form, _bump(draft, pending=None), event)  # typed values need no names
        return step if step.changed else replace(step, changed=True)
    return _view(form, draft, notice="form.answer_yes_no")


def _choose(form: Form, draft: Draft, current: Field, event: Event, names: Names) -> Step:
    offered = current.options_for(draft.answers)
    chosen: list[str] = list(
        draft.partial if draft.partial is not None else draft.answers.get(current.name) or []
    )
    order = [o.value for o in offered]
    word = event.text.strip().casefold() if isinstance(event, TextInput) else None
    if isinstance(event, OptionInput):
        if not 0 <= event.index < len(offered):
            return _view(form, draft, problem=Invalid("form.stale_option"))
        value = offered[event.index].value
        chosen = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
        chosen.sort(key=lambda v: order.index(v) if v in order else len(order))
        return _view(form, _bump(draft, partial=chosen), changed=True)
    if event is Command.FINISH or word in DONE_WORDS:
        if len(chosen) < current.min_choices:
            return _view(
                form, draft, problem=Invalid("form.choose_at_least", min=current.min_choices)
            )
        return _accept(form, draft, current, chosen)
    if not isinstance(event, TextInput):
        return _view(form, draft, problem=_use_buttons_multi(offered))
    typed = _typed_choices(event.text, offered, names)
    if isinstance(typed, Invalid):
        return _view(form, draft, problem=typed)
    if not chosen and len(typed) >= max(current.typed_answers_from, current.min_choices):
        # Nothing ticked: a typed list is the answer, said back with the next question.
        step = _accept(form, draft, current, typed)
        said = Note(
            "form.multi_chosen", {"label": Label(current.label), "chosen": _labels(offered, typed)}
        )
        return step if step.warning is not None else replace(step, warning=said)
    # Something is ticked already: what is typed is ticked too, never swapped in for it.
    added = [v for v in typed if v not in chosen]
    merged = sorted({*chosen, *typed}, key=lambda v: order.index(v) if v in order else len(order))
    note = Note(
        "form.multi_added" if added else "form.multi_already",
        {"added": _labels(offered, added or typed), "chosen": _labels(offered, merged)},
    )
    step = _view(form, _bump(draft, partial=merged), changed=True)
    return replace(step, warning=note)


def _labels(
    offered: Sequence[Option], values: Iterable[str] | None = None
) -> tuple[Label | str, ...]:
    """How the channel names these options (all when `values` is None), in offered order."""
    wanted = None if values is None else set(values)
    return tuple(
        Label(o.label) if o.translate else o.label
        for o in offered
        if wanted is None or o.value in wanted
    )


def _typed_choices(text: str, offered: Sequence[Option], names: Names) -> list[str] | Invalid:
    """ "drainase, jalan lingkungan" -> those options' values, or why not (an unknown part, or
    one that fits several options)."""
    spelled = [list(names(option)) for option in offered]
    whole = choosing.pick(text, spelled)
    if len(whole) == 1:
        return [offered[whole[0]].value]  # a label may itself contain "dan" or a comma
    split = re.split(LIST_SEPARATORS, text, flags=re.IGNORECASE)
    parts = [p.strip() for p in split if p.strip()]
    values = []
    for part in parts:
        found = whole if len(parts) == 1 else choosing.pick(part, spelled)
        if not found:
            return _use_buttons_multi(offered)
        if len(found) > 1:
            return _ambiguous(part, [offered[i] for i in found])
        values.append(offered[found[0]].value)
    return [o.value for o in offered if o.value in values] or _use_buttons_multi(offered)


def _use_buttons_multi(offered: Sequence[Option]) -> Invalid:
    """How to answer a tick-box step, with a typed example made of its own first options."""
    return Invalid("form.use_buttons_multi", example=_labels(offered[:MULTI_EXAMPLE_OPTIONS]))


def _ambiguous(typed: str, fitting: Sequence[Option]) -> Invalid:
    """An answer that fits several options: asked again with those options, none picked."""
    return Invalid(
        "form.ambiguous_option",
        suggestions=tuple(o.value for o in fitting),
        typed=_quoted(typed),
        choices=_labels(fitting),
    )


def _quoted(typed: str) -> str:
    """A typed answer short enough to quote back."""
    text = " ".join(typed.split())
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 1] + "…"


def _gather(form: Form, draft: Draft, current: Field, event: Event) -> Step:
    items: list[Any] = list(
        draft.partial if draft.partial is not None else draft.answers.get(current.name) or []
    )
    word = event.text.strip().casefold() if isinstance(event, TextInput) else None
    if event is Command.CLEAR or _asks_to_clear(word):
        if not items:
            return _view(form, draft, problem=Invalid("form.no_files_to_clear"))
        # Kept as an empty list, not None: None would mean "the stored files" again.
        cleared = _bump(draft, partial=[])
        return replace(
            _view(form, cleared, changed=True),
            warning=Note("form.files_cleared", {"n": len(items)}),
        )
    # A field's parser, when it has one, decides which files fit (a photo sent "as a file").
    fits = isinstance(event, FileInput) and (
        current.parse is not None or event.kind == current.collect
    )
    if isinstance(event, FileInput) and fits:
        if len(items) >= current.max_items:
            return _view(form, draft, problem=Invalid("form.too_many_files", max=current.max_items))
        try:
            item = event.record() if current.parse is None else current.parse(event, draft.answers)
        except Invalid as problem:
            return _view(form, draft, problem=problem)
        items.append(item)
        return _view(form, _bump(draft, partial=items), changed=True, notice="form.file_received")
    if event is Command.FINISH or word in DONE_WORDS:
        if not items and not current.optional:
            return _view(form, draft, problem=Invalid("form.need_file", kind=current.collect))
        return _accept(form, draft, current, items or None)
    kind = "photo" if current.collect == "photo" else "document"
    return _view(form, draft, problem=Invalid(f"form.send_{kind}"))


def _asks_to_clear(word: str | None) -> bool:
    """ "hapus", "hapus lampiran lama", "hapus semua foto": a short message starting so, and
    naming nothing but the files as a whole ("hapus foto yg kedua" names one file, which
    the step cannot remove alone: it is refused, not taken for all of them)."""
    if not word:
        return False
    said = re.findall(r"\w+", word)
    return (
        bool(said)
        and said[0] in CLEAR_WORDS
        and len(said) <= CLEAR_MAX_WORDS
        and all(w in CLEAR_OBJECTS for w in said[1:])
    )


def _accept(
    form: Form, draft: Draft, current: Field, value: Any, *, notice: str | None = None
) -> Step:
    changed_value = current.name in draft.answers and draft.answers[current.name] != value
    answers = {**draft.answers, current.name: value}
    held = {k: v for k, v in draft.held.items() if k != current.name}
    if changed_value:
        for stale in _drop_dependants(form, answers, current.name):
            held.pop(stale, None)
    # Answers that no longer fit computed options (a kecamatan of another regency) go too.
    for later in form.fields[form.fields.index(current) + 1 :]:
        kept = answers.get(later.name)
        if not callable(later.options) or kept is None:  # unanswered, or skipped on purpose
            continue
        try:
            offered = {o.value for o in later.options_for(answers)}
        except KeyError:  # options computed from an answer that is gone
            del answers[later.name]
            continue
        chosen = kept if isinstance(kept, list) else [kept]
        if offered and not offered.issuperset(chosen):
            del answers[later.name]
    history = (*[h for h in draft.history if h != current.name], current.name)
    moved = _bump(draft, answers=answers, history=history, partial=None, pending=None, held=held)
    step = _advance(form, moved, changed=True, notice=notice)
    if current.check is not None and value is not None:
        step = replace(step, warning=current.check(value, answers))
    return step


def _drop_dependants(form: Form, answers: dict[str, Any], changed: str) -> set[str]:
    """Forget answers that depend (directly or through others) on the field that changed;
    the names of the fields forgotten."""
    stale = {changed}
    for later in form.fields:
        if stale.intersection(later.depends_on):
            stale.add(later.name)
            answers.pop(later.name, None)
    return stale - {changed}


def _parse(current: Field, event: Event, answers: Answers, names: Names = plain_names) -> Any:
    if isinstance(event, OptionInput):
        offered = current.options_for(answers)
        if not 0 <= event.index < len(offered):
            raise Invalid("form.stale_option")
        return offered[event.index].value
    if isinstance(event, Command | Edit):  # pragma: no cover - handled by handle()
        raise Invalid("form.stale_option")
    if current.parse is not None:
        return current.parse(event, answers)
    offered = current.options_for(answers)
    if isinstance(event, TextInput) and offered:
        found = choosing.pick(event.text, [list(names(option)) for option in offered])
        if len(found) == 1:
            return offered[found[0]].value
        if found:
            raise _ambiguous(event.text, [offered[i] for i in found])
        raise Invalid("form.no_such_option", typed=_quoted(event.text), choices=_labels(offered))
    raise Invalid("form.use_buttons")


def text_parser(parse: Callable[[str], Any]) -> Parser:
    """Adapt a parser of typed text into a field parser refusing anything but text."""

    def parse_input(event: Input, answers: Answers) -> Any:
        if not isinstance(event, TextInput):
            raise Invalid("form.expect_text")
        if SEND_TYPED.fullmatch(event.text.strip().casefold()):
            # "Kirim" typed at a text step (after changing one answer, say) is the summary's
            # button, never a name or a title (fourteenth try-out: saved as the name).
            raise Invalid("form.send_typed_early")
        return parse(event.text)

    return parse_input
