"""Unit tests of the form engine's newer features and how form_view renders them.

Covers multi-select fields, file-collecting fields, values that need confirmation
(`NeedsConfirmation`), the cancel option, locked prefilled fields, `Field.check` warnings,
yes/no with nothing to answer, conditions that look up a missing answer, and the Telegram
rendering of those steps. The basic flow is in test_form_engine.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain import forms
from bot.domain.errors import Invalid, NeedsConfirmation
from bot.domain.forms import (
    CANCEL_OPTION,
    Answers,
    Command,
    ContactInput,
    Draft,
    Edit,
    Field,
    FileInput,
    Form,
    LocationInput,
    Note,
    Option,
    OptionInput,
    Step,
    TextInput,
    View,
    text_parser,
)
from handlers.plumbing import form_view
from tests.auxil.forms import asked, draft_of, feed

# Labels and prompts are real catalogue keys (bot/texts/id.py): rendering looks them up.
TITLE = "reg.title"
NAME_LABEL, NAME_PROMPT = "reg.full_name.label", "reg.full_name.prompt"
REGENCY_LABEL, REGENCY_PROMPT = "reg.regency.label", "reg.regency.prompt"
POSITION_LABEL, POSITION_PROMPT = "reg.position.label", "reg.position.prompt"
PHONE_LABEL, PHONE_PROMPT = "reg.phone.label", "reg.phone.prompt"

# --- helpers (copied in spirit from test_form_engine.py) ---------------------------------------


def _name(text: str) -> str:
    value = text.strip()
    if not value:
        raise Invalid("name.empty")
    return value


# --- test forms ------------------------------------------------------------------------------

WORKS = (
    Option("drainase", "Drainase"),
    Option("jalan", "Jalan lingkungan"),
    Option("sanitasi", "Sanitasi"),
)


def multi_form(min_choices: int = 0) -> Form:
    """name -> works (multi-select) -> phone."""
    return Form(
        name="works",
        title=TITLE,
        fields=(
            Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
            Field(
                "works",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                options=WORKS,
                multi=True,
                min_choices=min_choices,
            ),
            Field("phone", label=PHONE_LABEL, prompt=PHONE_PROMPT, parse=text_parser(str.strip)),
        ),
    )


MULTI = multi_form()
MULTI_TWO = multi_form(min_choices=2)
AT_WORKS = [TextInput("Budi")]
DRAINASE, JALAN, SANITASI = range(3)

# photos (required, at most 2) -> documents (optional).
FILES = Form(
    name="files",
    title=TITLE,
    fields=(
        Field("photos", label=NAME_LABEL, prompt=NAME_PROMPT, collect="photo", max_items=2),
        Field(
            "docs",
            label=POSITION_LABEL,
            prompt=POSITION_PROMPT,
            collect="document",
            optional=True,
        ),
    ),
)


def photo(n: int) -> FileInput:
    return FileInput("photo", f"photo-{n}", None, 1000 * n, "image/jpeg")


def document(n: int) -> FileInput:
    return FileInput("document", f"doc-{n}", f"laporan-{n}.pdf", 2000 * n, "application/pdf")


def stored_file(event: FileInput) -> dict[str, object]:
    return {
        "file_id": event.file_id,
        "name": event.name,
        "size": event.size,
        "mime": event.mime_type,
    }


# Any catalogue key with a parameter serves as the doubt's text.
DOUBT_KEY = "officers.unknown_regency"


def _floors(text: str) -> int:
    """A number of floors; more than 20 parses but looks wrong."""
    value = text.strip()
    if not value.isdigit():
        raise Invalid("floors.not_number", typed=text)
    floors = int(value)
    if floors > 20:
        raise NeedsConfirmation(DOUBT_KEY, floors, typed=value)
    return floors


def _many_floors(value: int, answers: Answers) -> Note | None:
    if value >= 10:
        return Note("floors.many", {"floors": value, "name": answers["name"]})
    return None


# name -> floors (may need confirmation; warns when many) -> note (optional).
DOUBTFUL = Form(
    name="doubtful",
    title=TITLE,
    fields=(
        Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
        Field(
            "floors",
            label=POSITION_LABEL,
            prompt=POSITION_PROMPT,
            parse=text_parser(_floors),
            check=_many_floors,
        ),
        Field(
            "note",
            label=PHONE_LABEL,
            prompt=PHONE_PROMPT,
            parse=text_parser(str.strip),
            optional=True,
        ),
    ),
)
AT_FLOORS = [TextInput("Budi")]
PENDING_45 = [*AT_FLOORS, TextInput("45")]

# regency -> proceed ("Batalkan" cancels the form) -> name.
AUTHORITY = Form(
    name="authority",
    title=TITLE,
    fields=(
        Field(
            "regency",
            label=REGENCY_LABEL,
            prompt=REGENCY_PROMPT,
            options=(Option("62.01", "Kobar"), Option("62.02", "Kotim")),
        ),
        Field(
            "proceed",
            label=POSITION_LABEL,
            prompt=POSITION_PROMPT,
            options=(Option("go", "Lanjutkan"), Option(CANCEL_OPTION, "Batalkan")),
        ),
        Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
    ),
)

DISTRICTS = {
    "62.01": (Option("62.01.01", "Arut Selatan"), Option("62.01.02", "Kumai")),
    "62.02": (Option("62.02.01", "Mentawa Baru Ketapang"), Option("62.02.02", "Baamang")),
}


def _districts(answers: Answers) -> Sequence[Option]:
    return DISTRICTS.get(answers.get("regency", ""), ())


# regency (locked by the caller) -> district (computed from the regency) -> name.
PLACE = Form(
    name="place",
    title=TITLE,
    fields=(
        Field(
            "regency",
            label=REGENCY_LABEL,
            prompt=REGENCY_PROMPT,
            options=(Option("62.01", "Kobar"), Option("62.02", "Kotim")),
        ),
        Field("district", label=POSITION_LABEL, prompt=POSITION_PROMPT, options=_districts),
        Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
    ),
)
REGENCY, DISTRICT, PLACE_NAME = range(3)
KOBAR = {"regency": "62.01"}
LOCKED_AT_SUMMARY = [OptionInput(1), TextInput("Budi")]  # Kumai, Budi


# --- multi-select ----------------------------------------------------------------------------


def test_multi_press_adds_the_option_to_the_selection_and_asks_the_same_field():
    before = draft_of(feed(MULTI, AT_WORKS))

    step = forms.handle(MULTI, before, OptionInput(JALAN))

    assert asked(step) == "works"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.partial == ["jalan"]
    assert draft.rev == before.rev + 1
    assert "works" not in draft.answers
    assert draft.current == "works"


def test_multi_selection_is_kept_in_option_order():
    step = feed(MULTI, [*AT_WORKS, OptionInput(SANITASI), OptionInput(DRAINASE)])

    assert draft_of(step).partial == ["drainase", "sanitasi"]


def test_multi_second_press_removes_the_option_and_still_counts_as_a_change():
    before = draft_of(feed(MULTI, [*AT_WORKS, OptionInput(DRAINASE), OptionInput(JALAN)]))

    step = forms.handle(MULTI, before, OptionInput(DRAINASE))

    assert asked(step) == "works"
    assert step.changed is True
    assert draft_of(step).partial == ["jalan"]
    assert draft_of(step).rev == before.rev + 1


def test_multi_finish_accepts_the_selection_and_asks_the_next_field():
    step = feed(MULTI, [*AT_WORKS, OptionInput(SANITASI), OptionInput(DRAINASE), Command.FINISH])

    assert asked(step) == "phone"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.answers == {"name": "Budi", "works": ["drainase", "sanitasi"]}
    assert draft.partial is None
    assert draft.history == ("name", "works")


@pytest.mark.parametrize("word", ["selesai", "Sudah ", "SELESAI"])
def test_multi_typed_done_word_accepts_the_selection(word):
    step = feed(MULTI, [*AT_WORKS, OptionInput(JALAN), TextInput(word)])

    assert asked(step) == "phone"
    assert draft_of(step).answers["works"] == ["jalan"]


def test_multi_finish_with_nothing_chosen_stores_an_empty_list_when_none_is_required():
    step = feed(MULTI, [*AT_WORKS, Command.FINISH])

    assert asked(step) == "phone"
    assert draft_of(step).answers["works"] == []


def test_multi_finish_with_fewer_than_the_minimum_is_refused_with_the_minimum():
    before = draft_of(feed(MULTI_TWO, [*AT_WORKS, OptionInput(JALAN)]))

    step = forms.handle(MULTI_TWO, before, Command.FINISH)

    assert asked(step) == "works"
    assert step.problem is not None
    assert step.problem.key == "form.choose_at_least"
    assert step.problem.params == {"min": 2}
    assert step.changed is False
    assert step.draft == before


def test_multi_finish_with_the_minimum_is_accepted():
    step = feed(MULTI_TWO, [*AT_WORKS, OptionInput(JALAN), OptionInput(DRAINASE), Command.FINISH])

    assert draft_of(step).answers["works"] == ["drainase", "jalan"]


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("drainase, jalan", ["drainase", "jalan"]),
        ("Sanitasi dan Drainase", ["drainase", "sanitasi"]),
        ("JALAN LINGKUNGAN,sanitasi", ["jalan", "sanitasi"]),
        ("  sanitasi  ", ["sanitasi"]),
    ],
)
def test_multi_typed_list_of_values_or_labels_is_accepted_directly(typed, chosen):
    step = feed(MULTI, [*AT_WORKS, TextInput(typed)])

    assert asked(step) == "phone"
    assert draft_of(step).answers["works"] == chosen


def test_multi_typed_option_is_added_to_the_ticked_ones_and_the_question_stays():
    step = feed(MULTI, [*AT_WORKS, OptionInput(DRAINASE), TextInput("sanitasi")])

    assert asked(step) == "works"
    assert "works" not in draft_of(step).answers
    assert draft_of(step).partial == ["drainase", "sanitasi"]
    assert step.changed
    assert step.warning == Note(
        "form.multi_added", {"added": ("Sanitasi",), "chosen": ("Drainase", "Sanitasi")}
    )
    finished = forms.handle(MULTI, draft_of(step), Command.FINISH)
    assert draft_of(finished).answers["works"] == ["drainase", "sanitasi"]


@pytest.mark.parametrize("typed", ["drainase, taman", "taman", "ya"])
def test_multi_typed_unknown_word_is_refused_with_the_multi_hint(typed):
    before = draft_of(feed(MULTI, [*AT_WORKS, OptionInput(JALAN)]))

    step = forms.handle(MULTI, before, TextInput(typed))

    assert asked(step) == "works"
    assert step.problem is not None
    assert step.problem.key == "form.use_buttons_multi"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize("index", [3, 99, -1])
def test_multi_press_out_of_range_is_a_stale_option(index):
    before = draft_of(feed(MULTI, [*AT_WORKS, OptionInput(JALAN)]))

    step = forms.handle(MULTI, before, OptionInput(index))

    assert asked(step) == "works"
    assert step.problem is not None
    assert step.problem.key == "form.stale_option"
    assert step.changed is False
    assert step.draft == before


def test_multi_press_from_an_old_message_is_stale_and_keeps_the_selection():
    first = draft_of(feed(MULTI, AT_WORKS))
    before = draft_of(forms.handle(MULTI, first, OptionInput(JALAN)))

    step = forms.handle(MULTI, before, OptionInput(DRAINASE), rev=first.rev)

    assert step.notice == "form.stale"
    assert step.changed is False
    assert draft_of(step).partial == ["jalan"]


def test_multi_edit_from_the_summary_starts_from_the_stored_selection():
    at_summary = [
        *AT_WORKS,
        OptionInput(DRAINASE),
        OptionInput(JALAN),
        Command.FINISH,
        TextInput("0812"),
    ]
    assert feed(MULTI, at_summary).view is View.SUMMARY

    step = feed(MULTI, [*at_summary, Edit(1), OptionInput(DRAINASE)])

    assert asked(step) == "works"
    assert draft_of(step).partial == ["jalan"]

    step = forms.handle(MULTI, draft_of(step), Command.FINISH)

    assert step.view is View.SUMMARY
    assert draft_of(step).answers["works"] == ["jalan"]


def test_multi_finish_after_edit_without_presses_keeps_the_stored_selection():
    at_summary = [*AT_WORKS, OptionInput(SANITASI), Command.FINISH, TextInput("0812")]

    step = feed(MULTI, [*at_summary, Edit(1), Command.FINISH])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers["works"] == ["sanitasi"]


def test_multi_selection_in_progress_survives_json_round_trip():
    draft = draft_of(feed(MULTI, [*AT_WORKS, OptionInput(SANITASI), OptionInput(JALAN)]))

    restored = forms.Draft.from_json(MULTI.name, draft.to_json())

    assert restored == draft
    step = forms.handle(MULTI, restored, Command.FINISH)
    assert draft_of(step).answers["works"] == ["jalan", "sanitasi"]


def test_back_from_a_multi_field_drops_the_selection_in_progress():
    step = feed(MULTI, [*AT_WORKS, OptionInput(JALAN), Command.BACK])

    assert asked(step) == "name"
    assert draft_of(step).partial is None


def test_a_half_ticked_multi_left_by_back_is_asked_again_with_its_ticks():
    """The console try-out: ticks without "Selesai", /kembali, then answering the step before
    jumped past the tick-box step for good (the ticks had been stored as its answer)."""
    events = [*AT_WORKS, OptionInput(JALAN), OptionInput(SANITASI), Command.BACK]
    back = draft_of(feed(MULTI, events))
    assert "works" not in back.answers
    assert back.held == {"works": ["jalan", "sanitasi"]}

    step = forms.handle(MULTI, back, TextInput("Budi Santoso"))

    assert asked(step) == "works"  # not passed over
    assert draft_of(step).partial == ["jalan", "sanitasi"]
    assert draft_of(step).held == {}
    ((_, markup),) = form_view.render(MULTI, step, "id")
    assert isinstance(markup, InlineKeyboardMarkup)
    labels = [str(b.text) for row in markup.inline_keyboard for b in row]
    assert "☑️ Jalan lingkungan" in labels and "☑️ Sanitasi" in labels
    step = forms.handle(MULTI, draft_of(step), Command.FINISH)
    assert asked(step) == "phone"
    assert draft_of(step).answers["works"] == ["jalan", "sanitasi"]


def test_back_after_a_half_ticked_multi_walks_back_one_step_at_a_time():
    events = [*AT_WORKS, OptionInput(JALAN), Command.BACK, TextInput("Budi"), Command.FINISH]
    at_phone = feed(MULTI, events)
    assert asked(at_phone) == "phone"

    back = forms.handle(MULTI, draft_of(at_phone), Command.BACK)

    assert asked(back) == "works"
    assert draft_of(back).answers["works"] == ["jalan"]


def test_held_ticks_survive_storage_and_an_unticked_step_holds_nothing():
    back = draft_of(feed(MULTI, [*AT_WORKS, OptionInput(JALAN), Command.BACK]))
    assert forms.Draft.from_json(MULTI.name, back.to_json()) == back
    # A draft stored before held ticks existed loads with none.
    older = back.to_json().replace(',"held":{"works":["jalan"]}', "")
    assert forms.Draft.from_json(MULTI.name, older).held == {}

    events = [*AT_WORKS, OptionInput(JALAN), OptionInput(JALAN), Command.BACK]
    assert draft_of(feed(MULTI, events)).held == {}


def test_back_follows_the_form_order_not_the_order_of_answers():
    """Back twice, answer, and the engine jumps to the first unanswered field; back from there
    asks the field just before it, not the one answered last."""
    form = Form(
        name="four",
        title=TITLE,
        fields=tuple(
            Field(name, label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name))
            for name in ("a", "b", "c", "d")
        ),
    )
    step = feed(form, [TextInput("1"), TextInput("2"), TextInput("3")])
    assert asked(step) == "d"
    for expected in ("c", "b"):
        step = forms.handle(form, draft_of(step), Command.BACK)
        assert asked(step) == expected
    step = forms.handle(form, draft_of(step), TextInput("2b"))
    assert asked(step) == "d"

    seen = []
    for _ in range(4):
        step = forms.handle(form, draft_of(step), Command.BACK)
        seen.append(step.field.name if step.field is not None else None)

    assert seen == ["c", "b", "a", "a"]
    assert step.notice == "form.at_first"


def test_back_passes_over_locked_fields():
    prefill = {"regency": "62.02"}
    step = forms.start(PLACE, prefill, locked=("regency",))
    assert asked(step) == "district"

    back = forms.handle(PLACE, draft_of(step), Command.BACK)

    assert back.notice == "form.at_first" and not back.changed
    ((_, markup),) = form_view.render(PLACE, step, "id")
    assert isinstance(markup, InlineKeyboardMarkup)
    assert not any("Kembali" in str(b.text) for row in markup.inline_keyboard for b in row)


def test_held_ticks_are_dropped_when_the_answer_they_depend_on_changes():
    form = Form(
        name="dep",
        title=TITLE,
        fields=(
            Field("kind", label=NAME_LABEL, prompt=NAME_PROMPT, options=WORKS),
            Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
            Field(
                "works",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                options=WORKS,
                multi=True,
                depends_on=("kind",),
            ),
        ),
    )
    events = [OptionInput(0), TextInput("Budi"), OptionInput(JALAN), Command.BACK, Command.BACK]
    step = feed(form, events)
    assert asked(step) == "kind" and draft_of(step).held == {"works": ["jalan"]}

    step = forms.handle(form, draft_of(step), OptionInput(1))

    assert draft_of(step).held == {}


def _regency_districts_multi() -> Form:
    return Form(
        name="districts",
        title=TITLE,
        fields=(
            Field(
                "regency",
                label=REGENCY_LABEL,
                prompt=REGENCY_PROMPT,
                options=(Option("62.01", "Kobar"), Option("62.02", "Kotim")),
            ),
            Field(
                "districts",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                options=_districts,
                multi=True,
            ),
            Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
        ),
    )


def test_changing_an_earlier_answer_drops_multi_choices_no_longer_offered():
    form = _regency_districts_multi()
    at_summary = [OptionInput(0), OptionInput(0), Command.FINISH, TextInput("Budi")]
    assert draft_of(feed(form, at_summary)).answers["districts"] == ["62.01.01"]

    step = feed(form, [*at_summary, Edit(0), OptionInput(1)])  # Kobar -> Kotim

    kotim = {o.value for o in DISTRICTS["62.02"]}
    assert set(draft_of(step).answers.get("districts") or ()) <= kotim


def test_multi_typed_label_containing_dan_is_accepted():
    form = Form(
        name="water",
        title=TITLE,
        fields=(
            Field(
                "works",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                options=(Option("drainase", "Drainase"), Option("air", "Air minum dan sanitasi")),
                multi=True,
            ),
        ),
    )

    step = feed(form, [TextInput("Air minum dan sanitasi")])

    assert step.problem is None
    assert draft_of(step).answers == {"works": ["air"]}


# --- file collection -------------------------------------------------------------------------


def test_photo_is_appended_to_the_collection_with_a_received_notice():
    before = draft_of(forms.start(FILES))

    step = forms.handle(FILES, before, photo(1))

    assert asked(step) == "photos"
    assert step.notice == "form.file_received"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.partial == [
        {"file_id": "photo-1", "name": None, "size": 1000, "mime": "image/jpeg"}
    ]
    assert draft.rev == before.rev + 1
    assert "photos" not in draft.answers


def test_finish_accepts_the_collected_photos_in_order():
    step = feed(FILES, [photo(1), photo(2), Command.FINISH])

    assert asked(step) == "docs"
    draft = draft_of(step)
    assert draft.answers == {"photos": [stored_file(photo(1)), stored_file(photo(2))]}
    assert draft.partial is None


@pytest.mark.parametrize("word", ["selesai", "sudah"])
def test_typed_done_word_accepts_the_collected_files(word):
    step = feed(FILES, [photo(1), TextInput(word)])

    assert asked(step) == "docs"
    assert draft_of(step).answers["photos"] == [stored_file(photo(1))]


def test_document_is_stored_with_its_name_and_mime_type():
    step = feed(FILES, [photo(1), Command.FINISH, document(1), Command.FINISH])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers["docs"] == [
        {"file_id": "doc-1", "name": "laporan-1.pdf", "size": 2000, "mime": "application/pdf"}
    ]


@pytest.mark.parametrize(
    "event", [document(1), TextInput("ini fotonya"), LocationInput(-2.2, 113.9)]
)
def test_photo_field_refuses_anything_but_a_photo(event):
    before = draft_of(feed(FILES, [photo(1)]))

    step = forms.handle(FILES, before, event)

    assert asked(step) == "photos"
    assert step.problem is not None
    assert step.problem.key == "form.send_photo"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize("event", [photo(3), TextInput("laporan")])
def test_document_field_refuses_anything_but_a_document(event):
    before = draft_of(feed(FILES, [photo(1), Command.FINISH]))

    step = forms.handle(FILES, before, event)

    assert asked(step) == "docs"
    assert step.problem is not None
    assert step.problem.key == "form.send_document"
    assert step.changed is False


def test_finish_without_files_on_a_required_field_asks_for_a_file():
    before = draft_of(forms.start(FILES))

    step = forms.handle(FILES, before, Command.FINISH)

    assert asked(step) == "photos"
    assert step.problem is not None
    assert step.problem.key == "form.need_file"
    assert step.changed is False
    assert step.draft == before


def test_finish_without_files_on_an_optional_field_stores_none():
    step = feed(FILES, [photo(1), Command.FINISH, Command.FINISH])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers["docs"] is None


def test_file_beyond_the_maximum_is_refused():
    before = draft_of(feed(FILES, [photo(1), photo(2)]))

    step = forms.handle(FILES, before, photo(3))

    assert asked(step) == "photos"
    assert step.problem is not None
    assert step.problem.key == "form.too_many_files"
    assert step.problem.params == {"max": 2}
    assert step.changed is False
    assert len(draft_of(step).partial) == 2


def test_skip_on_an_optional_collect_field_stores_none():
    step = feed(FILES, [photo(1), Command.FINISH, Command.SKIP])

    assert step.view is View.SUMMARY
    assert step.notice == "form.skipped"
    assert draft_of(step).answers["docs"] is None


def test_skip_on_a_required_collect_field_is_refused():
    before = draft_of(feed(FILES, [photo(1)]))

    step = forms.handle(FILES, before, Command.SKIP)

    assert step.notice == "form.cannot_skip"
    assert step.changed is False
    assert step.draft == before


# --- values that need confirmation -----------------------------------------------------------


def test_doubtful_value_waits_for_confirmation():
    before = draft_of(feed(DOUBTFUL, AT_FLOORS))

    step = forms.handle(DOUBTFUL, before, TextInput("45"))

    assert step.view is View.CONFIRM_VALUE
    assert step.field is not None
    assert step.field.name == "floors"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.pending == {"value": 45, "key": DOUBT_KEY, "params": {"typed": "45"}}
    assert "floors" not in draft.answers
    assert draft.current == "floors"
    assert draft.rev == before.rev + 1


@pytest.mark.parametrize("event", [Command.YES, TextInput("ya"), TextInput(" Ya ")])
def test_yes_keeps_the_doubtful_value_and_moves_on(event):
    step = feed(DOUBTFUL, [*PENDING_45, event])

    assert asked(step) == "note"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.answers == {"name": "Budi", "floors": 45}
    assert draft.pending is None
    assert draft.history == ("name", "floors")


@pytest.mark.parametrize("event", [Command.NO, TextInput("tidak")])
def test_no_drops_the_doubtful_value_and_asks_again(event):
    before = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, before, event)

    assert asked(step) == "floors"
    assert step.notice == "form.enter_again"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.pending is None
    assert "floors" not in draft.answers
    assert draft.rev == before.rev + 1


def test_new_text_while_a_value_is_pending_is_a_fresh_answer():
    step = feed(DOUBTFUL, [*PENDING_45, TextInput("3")])

    assert asked(step) == "note"
    assert draft_of(step).answers["floors"] == 3
    assert draft_of(step).pending is None


def test_new_doubtful_text_while_a_value_is_pending_replaces_the_pending_value():
    step = feed(DOUBTFUL, [*PENDING_45, TextInput("50")])

    assert step.view is View.CONFIRM_VALUE
    assert draft_of(step).pending == {"value": 50, "key": DOUBT_KEY, "params": {"typed": "50"}}


def test_finish_while_a_value_is_pending_asks_for_yes_or_no():
    before = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, before, Command.FINISH)

    assert step.view is View.CONFIRM_VALUE
    assert step.notice == "form.answer_yes_no"
    assert step.changed is False
    assert step.draft == before


def test_contact_input_while_a_value_is_pending_asks_for_yes_or_no():
    # Documents current behaviour: only typed text or a location replaces a pending value.
    before = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, before, ContactInput("+628123", own=True))

    assert step.view is View.CONFIRM_VALUE
    assert step.notice == "form.answer_yes_no"
    assert step.changed is False


def test_refused_fresh_answer_while_pending_leaves_storage_consistent_with_the_step():
    stored = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, stored, TextInput("banyak"))

    assert step.problem is not None
    assert step.problem.key == "floors.not_number"
    # The caller writes step.draft only when changed: otherwise it must equal the stored one.
    assert step.changed or step.draft == stored


def test_confirmation_button_from_an_old_message_is_stale():
    before = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, before, Command.YES, rev=before.rev - 1)

    assert step.view is View.CONFIRM_VALUE
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


def test_confirmation_button_with_the_current_rev_is_accepted():
    before = draft_of(feed(DOUBTFUL, PENDING_45))

    step = forms.handle(DOUBTFUL, before, Command.YES, rev=before.rev)

    assert draft_of(step).answers["floors"] == 45


def test_pending_value_survives_json_round_trip():
    draft = draft_of(feed(DOUBTFUL, PENDING_45))

    restored = Draft.from_json(DOUBTFUL.name, draft.to_json())

    assert restored == draft
    assert forms.handle(DOUBTFUL, restored, Command.SHOW).view is View.CONFIRM_VALUE
    step = forms.handle(DOUBTFUL, restored, Command.YES)
    assert draft_of(step).answers["floors"] == 45


def test_back_while_a_value_is_pending_drops_it_and_asks_the_previous_field():
    step = feed(DOUBTFUL, [*PENDING_45, Command.BACK])

    assert asked(step) == "name"
    assert step.changed is True
    assert draft_of(step).pending is None
    assert draft_of(step).partial is None


def test_cancel_then_no_while_a_value_is_pending_returns_to_the_confirmation():
    step = feed(DOUBTFUL, [*PENDING_45, Command.CANCEL, Command.NO])

    assert step.view is View.CONFIRM_VALUE
    assert step.notice == "form.cancel_aborted"
    assert draft_of(step).pending is not None


# --- the cancel option -----------------------------------------------------------------------


def test_choosing_the_cancel_option_asks_to_confirm_cancelling():
    before = draft_of(feed(AUTHORITY, [OptionInput(0)]))

    step = forms.handle(AUTHORITY, before, OptionInput(1))

    assert step.view is View.CONFIRM_CANCEL
    assert step.changed is True
    draft = draft_of(step)
    assert draft.confirming_cancel is True
    assert "proceed" not in draft.answers
    assert draft.rev == before.rev + 1


def test_typed_label_of_the_cancel_option_asks_to_confirm_cancelling():
    step = feed(AUTHORITY, [OptionInput(0), TextInput("batalkan")])

    assert step.view is View.CONFIRM_CANCEL
    assert CANCEL_OPTION not in draft_of(step).answers.values()


def test_yes_after_the_cancel_option_cancels_the_form():
    step = feed(AUTHORITY, [OptionInput(0), OptionInput(1), Command.YES])

    assert step.view is View.CANCELLED
    assert step.draft is None


def test_no_after_the_cancel_option_asks_the_same_field_again():
    step = feed(AUTHORITY, [OptionInput(0), OptionInput(1), Command.NO])

    assert asked(step) == "proceed"
    assert step.notice == "form.cancel_aborted"
    assert draft_of(step).answers == {"regency": "62.01"}


def test_the_other_option_next_to_cancel_is_stored():
    step = feed(AUTHORITY, [OptionInput(0), OptionInput(0)])

    assert asked(step) == "name"
    assert draft_of(step).answers["proceed"] == "go"


# --- locked fields ---------------------------------------------------------------------------


def test_start_with_a_locked_prefill_skips_that_field():
    step = forms.start(PLACE, KOBAR, locked=("regency",))

    assert asked(step) == "district"
    draft = draft_of(step)
    assert draft.locked == ("regency",)
    assert draft.answers == {"regency": "62.01"}


def test_edit_of_a_locked_field_is_stale_and_changes_nothing():
    before = draft_of(feed(PLACE, LOCKED_AT_SUMMARY, KOBAR, locked=("regency",)))
    assert before.current is None

    step = forms.handle(PLACE, before, Edit(REGENCY))

    assert step.view is View.SUMMARY
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


def test_edit_of_an_unlocked_field_beside_a_locked_one_is_allowed():
    before = draft_of(feed(PLACE, LOCKED_AT_SUMMARY, KOBAR, locked=("regency",)))

    step = forms.handle(PLACE, before, Edit(DISTRICT))

    assert asked(step) == "district"
    assert step.changed is True


def test_edit_of_a_prefilled_field_that_is_not_locked_is_allowed():
    before = draft_of(feed(PLACE, LOCKED_AT_SUMMARY, KOBAR))

    step = forms.handle(PLACE, before, Edit(REGENCY))

    assert asked(step) == "regency"


def test_locked_value_is_in_the_final_answers():
    step = feed(PLACE, [*LOCKED_AT_SUMMARY, Command.CONFIRM], KOBAR, locked=("regency",))

    assert step.view is View.DONE
    assert step.answers == {"regency": "62.01", "district": "62.01.02", "name": "Budi"}


def test_locked_fields_survive_json_round_trip():
    draft = draft_of(feed(PLACE, LOCKED_AT_SUMMARY, KOBAR, locked=("regency",)))

    restored = Draft.from_json(PLACE.name, draft.to_json())

    assert restored == draft
    assert restored.locked == ("regency",)
    assert forms.handle(PLACE, restored, Edit(REGENCY)).notice == "form.stale"


def test_draft_stored_before_the_new_keys_loads_with_defaults():
    old = (
        '{"answers":{"regency":"62.01"},"current":"district","history":["regency"],'
        '"rev":3,"confirming_cancel":false}'
    )

    draft = Draft.from_json(PLACE.name, old)

    assert draft == Draft(
        form="place",
        answers={"regency": "62.01"},
        current="district",
        history=("regency",),
        rev=3,
    )
    assert draft.locked == ()
    assert draft.partial is None
    assert draft.pending is None
    step = forms.handle(PLACE, draft, OptionInput(0))
    assert asked(step) == "name"
    assert draft_of(step).answers["district"] == "62.01.01"


# --- warnings from Field.check ---------------------------------------------------------------


def test_check_note_becomes_the_warning_of_the_next_step():
    step = feed(DOUBTFUL, [*AT_FLOORS, TextInput("12")])

    assert asked(step) == "note"
    assert step.warning == Note("floors.many", {"floors": 12, "name": "Budi"})
    assert draft_of(step).answers["floors"] == 12


def test_check_returning_none_gives_no_warning():
    step = feed(DOUBTFUL, [*AT_FLOORS, TextInput("3")])

    assert asked(step) == "note"
    assert step.warning is None


def test_check_applies_to_a_confirmed_doubtful_value():
    step = feed(DOUBTFUL, [*PENDING_45, Command.YES])

    assert step.warning == Note("floors.many", {"floors": 45, "name": "Budi"})


def test_warning_is_not_carried_to_the_following_step():
    step = feed(DOUBTFUL, [*AT_FLOORS, TextInput("12"), TextInput("dekat sungai")])

    assert step.view is View.SUMMARY
    assert step.warning is None


def test_check_is_not_called_for_a_skipped_value():
    def refuse_none(value: object, answers: Answers) -> Note | None:
        raise AssertionError("check called with a skipped value")

    form = Form(
        name="checked",
        title=TITLE,
        fields=(
            Field(
                "note",
                label=NAME_LABEL,
                prompt=NAME_PROMPT,
                parse=text_parser(str.strip),
                optional=True,
                check=refuse_none,
            ),
        ),
    )

    step = feed(form, [Command.SKIP])

    assert step.view is View.SUMMARY
    assert step.warning is None
    assert draft_of(step).answers == {"note": None}


# --- yes/no with nothing to answer -----------------------------------------------------------


@pytest.mark.parametrize("command", [Command.YES, Command.NO])
@pytest.mark.parametrize(
    ("events", "view"),
    [(AT_FLOORS, View.ASK), ([*AT_FLOORS, TextInput("3"), Command.SKIP], View.SUMMARY)],
)
def test_yes_or_no_with_nothing_pending_is_stale(command, events, view):
    before = draft_of(feed(DOUBTFUL, events))

    step = forms.handle(DOUBTFUL, before, command)

    assert step.view is view
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


# --- conditions looking up a missing answer --------------------------------------------------


def _house_only(answers: Answers) -> bool:
    return answers["kind"] == "house"  # KeyError until "kind" is answered


def test_condition_raising_key_error_does_not_apply():
    floors = Field("floors", label=POSITION_LABEL, prompt=POSITION_PROMPT, when=_house_only)

    assert floors.applies({}) is False
    assert floors.applies({"kind": "house"}) is True
    assert floors.applies({"kind": "road"}) is False


def test_field_whose_condition_looks_up_a_missing_answer_is_not_asked():
    # "floors" comes before "kind", so its condition never sees a kind: it never applies.
    form = Form(
        name="order",
        title=TITLE,
        fields=(
            Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
            Field(
                "floors",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                parse=text_parser(int),
                when=_house_only,
            ),
            Field(
                "kind",
                label=REGENCY_LABEL,
                prompt=REGENCY_PROMPT,
                options=(Option("house", "Rumah"), Option("road", "Jalan")),
            ),
        ),
    )

    step = feed(form, [TextInput("Budi")])
    assert asked(step) == "kind"

    step = feed(form, [TextInput("Budi"), OptionInput(0), Command.CONFIRM])
    assert step.view is View.DONE
    assert step.answers == {"name": "Budi", "kind": "house"}


def test_condition_raising_another_error_is_not_swallowed():
    def broken(answers: Answers) -> bool:
        raise ZeroDivisionError

    field = Field("x", label=NAME_LABEL, prompt=NAME_PROMPT, when=broken)

    with pytest.raises(ZeroDivisionError):
        field.applies({})


# --- skipped computed-option answers ---------------------------------------------------------


def test_editing_an_unrelated_answer_keeps_a_skipped_computed_option_field_skipped():
    form = Form(
        name="optional_place",
        title=TITLE,
        fields=(
            Field("name", label=NAME_LABEL, prompt=NAME_PROMPT, parse=text_parser(_name)),
            Field(
                "regency",
                label=REGENCY_LABEL,
                prompt=REGENCY_PROMPT,
                options=(Option("62.01", "Kobar"), Option("62.02", "Kotim")),
            ),
            Field(
                "district",
                label=POSITION_LABEL,
                prompt=POSITION_PROMPT,
                options=_districts,
                optional=True,
            ),
        ),
    )
    at_summary = [TextInput("Budi"), OptionInput(0), Command.SKIP]
    assert feed(form, at_summary).view is View.SUMMARY

    step = feed(form, [*at_summary, Edit(0), TextInput("Ani")])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {"name": "Ani", "regency": "62.01", "district": None}


# --- rendering (handlers/plumbing/form_view.py) ---------------------------------------------


def buttons(markup: object) -> list[tuple[str, str | None]]:
    """(text, callback_data) of every button of an inline keyboard, row by row."""
    assert isinstance(markup, InlineKeyboardMarkup), markup
    return [(str(b.text), b.callback_data) for row in markup.inline_keyboard for b in row]


def only_reply(replies: list[tuple[str, object]]) -> tuple[str, object]:
    assert len(replies) == 1, replies
    return replies[0]


def cb(step: Step, op: str, arg: int | None = None) -> str:
    """The callback data form_view stamps on a button of `step`'s draft."""
    return form_view.data(draft_of(step), op, arg)


def test_callback_data_is_stamped_with_the_draft_revision():
    draft = draft_of(feed(MULTI, AT_WORKS))
    later = replace(draft, rev=draft.rev + 1)

    assert form_view.data(draft, "d").startswith("f|")
    assert form_view.data(draft, "d").endswith(f"{draft.rev}|d")
    assert form_view.data(draft, "o", 2).endswith(f"{draft.rev}|o|2")
    assert form_view.data(later, "d") != form_view.data(draft, "d")


def test_multi_question_marks_chosen_options_and_offers_finish():
    step = feed(MULTI, [*AT_WORKS, OptionInput(JALAN)])

    _, markup = only_reply(form_view.render(MULTI, step, "id"))

    shown = buttons(markup)
    assert ("⬜ Drainase", cb(step, "o", 0)) in shown
    assert ("☑️ Jalan lingkungan", cb(step, "o", 1)) in shown
    assert ("⬜ Sanitasi", cb(step, "o", 2)) in shown
    assert ("Selesai ✅", cb(step, "d")) in shown


def test_multi_question_after_edit_marks_the_stored_selection():
    at_summary = [*AT_WORKS, OptionInput(SANITASI), Command.FINISH, TextInput("0812")]
    step = feed(MULTI, [*at_summary, Edit(1)])

    _, markup = only_reply(form_view.render(MULTI, step, "id"))

    texts = [text for text, _ in buttons(markup)]
    assert "☑️ Sanitasi" in texts
    assert "⬜ Drainase" in texts
    assert "⬜ Jalan lingkungan" in texts


def test_confirm_value_shows_the_doubt_with_yes_and_change_buttons():
    step = feed(DOUBTFUL, PENDING_45)

    text, markup = only_reply(form_view.render(DOUBTFUL, step, "id"))

    assert 'Kabupaten/kota "45" tidak dikenal' in text
    assert buttons(markup) == [("✅ Ya, benar", cb(step, "y")), ("✏️ Ubah", cb(step, "n"))]


def test_second_photo_received_is_one_short_message():
    step = feed(FILES, [photo(1), photo(2)])

    text, markup = only_reply(form_view.render(FILES, step, "id"))

    assert text.startswith("📷 Foto ke-2 diterima")
    assert "\n" not in text
    assert ("Selesai ✅", cb(step, "d")) in buttons(markup)


def test_first_document_received_says_document():
    step = feed(FILES, [photo(1), Command.FINISH, document(1)])

    text, _ = only_reply(form_view.render(FILES, step, "id"))

    assert text.startswith("📄 Berkas ke-1 diterima")


def test_summary_has_no_edit_button_for_a_locked_field():
    step = feed(PLACE, LOCKED_AT_SUMMARY, KOBAR, locked=("regency",))

    text, markup = only_reply(form_view.render(PLACE, step, "id"))

    assert "Kobar" in text  # the locked answer is still shown
    data = [d for _, d in buttons(markup)]
    assert cb(step, "e", DISTRICT) in data
    assert cb(step, "e", PLACE_NAME) in data
    assert cb(step, "e", REGENCY) not in data
    assert all("Kabupaten/kota" not in label for label, _ in buttons(markup))


def test_summary_without_locks_offers_an_edit_button_for_every_answer():
    step = feed(PLACE, LOCKED_AT_SUMMARY, KOBAR)

    _, markup = only_reply(form_view.render(PLACE, step, "id"))

    data = [d for _, d in buttons(markup)]
    assert {cb(step, "e", i) for i in (REGENCY, DISTRICT, PLACE_NAME)} <= set(data)


def test_summary_shows_chosen_labels_and_photo_counts():
    multi = feed(MULTI, [*AT_WORKS, TextInput("sanitasi, drainase"), TextInput("0812")])
    files = feed(FILES, [photo(1), photo(2), Command.FINISH, Command.SKIP])

    multi_text, _ = only_reply(form_view.render(MULTI, multi, "id"))
    files_text, _ = only_reply(form_view.render(FILES, files, "id"))

    assert "Drainase, Sanitasi" in multi_text
    assert "2 foto" in files_text


def _steps_to_render() -> list[tuple[Form, Step]]:
    return [
        (MULTI, feed(MULTI, [*AT_WORKS, OptionInput(JALAN)])),
        (MULTI, feed(MULTI, [*AT_WORKS, TextInput("jalan"), TextInput("0812")])),
        (FILES, feed(FILES, [photo(1), photo(2)])),
        (FILES, forms.start(FILES)),
        (DOUBTFUL, feed(DOUBTFUL, PENDING_45)),
        (DOUBTFUL, feed(DOUBTFUL, [*AT_FLOORS, Command.CANCEL])),
        (AUTHORITY, feed(AUTHORITY, [OptionInput(0)])),
        (PLACE, feed(PLACE, LOCKED_AT_SUMMARY, KOBAR, locked=("regency",))),
    ]


# The largest revision button data carries (bot.domain.buttons.Stamp: nine digits); a draft
# gains one revision per answer, so it is never reached.
@pytest.mark.parametrize("rev", [0, 999_999_999])
def test_every_callback_data_fits_telegrams_64_bytes(rev):
    checked = 0
    for form, step in _steps_to_render():
        at_rev = replace(step, draft=replace(draft_of(step), rev=rev))
        for _, markup in form_view.render(form, at_rev, "id"):
            if not isinstance(markup, InlineKeyboardMarkup):
                continue
            for _, data in buttons(markup):
                assert data is not None
                assert data.startswith("f|")
                assert str(rev) in data
                assert len(data.encode()) <= 64, data
                checked += 1
    assert checked > 20


@pytest.mark.parametrize("word", ["batal", "Batalkan", "/batal", "ya"])
def test_saying_cancel_again_at_the_cancel_question_cancels(word):
    step = forms.start(MULTI, nonce=1)
    step = forms.handle(MULTI, draft_of(step), forms.Command.CANCEL)
    step = forms.handle(MULTI, draft_of(step), TextInput(word))
    assert step.view is View.CANCELLED


def test_back_from_a_file_collection_keeps_the_files_sent_for_when_it_is_asked_again():
    step = forms.start(FILES, nonce=1)
    photo = forms.FileInput("photo", "p1", None, 10, "image/jpeg")
    step = forms.handle(FILES, draft_of(step), photo)
    step = forms.handle(FILES, draft_of(step), forms.Command.FINISH)
    step = forms.handle(FILES, draft_of(step), forms.FileInput("document", "d1", "a.pdf", 5, "x"))
    step = forms.handle(FILES, draft_of(step), forms.Command.BACK)
    sent = [{"file_id": "d1", "name": "a.pdf", "size": 5, "mime": "x"}]
    # Not finished, so not an answer: the step is asked again, with the file it had.
    assert "docs" not in draft_of(step).answers
    assert draft_of(step).held == {"docs": sent}
    step = forms.handle(FILES, draft_of(step), forms.Command.FINISH)
    assert asked(step) == "docs"
    assert draft_of(step).partial == sent and draft_of(step).held == {}
    step = forms.handle(FILES, draft_of(step), forms.Command.FINISH)
    assert draft_of(step).answers["docs"] == sent
