"""Unit tests of the pure form engine (bot/domain/forms.py) and the registration form."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.domain import forms
from bot.domain.errors import Invalid
from bot.domain.forms import (
    Answers,
    Command,
    ContactInput,
    Draft,
    Edit,
    Field,
    Form,
    LocationInput,
    Option,
    OptionInput,
    TextInput,
    View,
    text_parser,
)
from bot.domain.registration import REGISTRATION
from tests.auxil.forms import asked, draft_of, feed

# --- test forms ------------------------------------------------------------------------------


def _name(text: str) -> str:
    value = text.strip()
    if not value:
        raise Invalid("name.empty")
    return value


def _floors(text: str) -> int:
    if not text.strip().isdigit():
        raise Invalid("floors.not_number", typed=text)
    return int(text)


KINDS = (Option("house", "Rumah"), Option("road", "Jalan"))

# name -> kind (buttons) -> floors (only for a house) -> note (optional).
SURVEY = Form(
    name="survey",
    title="survey.title",
    fields=(
        Field("name", label="survey.name", prompt="survey.name?", parse=text_parser(_name)),
        Field("kind", label="survey.kind", prompt="survey.kind?", options=KINDS),
        Field(
            "floors",
            label="survey.floors",
            prompt="survey.floors?",
            parse=text_parser(_floors),
            when=lambda answers: answers.get("kind") == "house",
        ),
        Field(
            "note",
            label="survey.note",
            prompt="survey.note?",
            parse=text_parser(str.strip),
            optional=True,
        ),
    ),
)
NAME, KIND, FLOORS, NOTE = range(4)

DISTRICTS = {
    "62.01": (Option("62.01.01", "Arut Selatan"), Option("62.01.02", "Kumai")),
    "62.02": (Option("62.02.01", "Mentawa Baru Ketapang"), Option("62.02.02", "Baamang")),
}


def _districts(answers: Answers) -> Sequence[Option]:
    return DISTRICTS.get(answers.get("regency", ""), ())


# regency (buttons) -> district (buttons computed from the regency) -> remark.
PLACE = Form(
    name="place",
    title="place.title",
    fields=(
        Field(
            "regency",
            label="place.regency",
            prompt="place.regency?",
            options=(Option("62.01", "Kobar"), Option("62.02", "Kotim")),
        ),
        Field("district", label="place.district", prompt="place.district?", options=_districts),
        Field("remark", label="place.remark", prompt="place.remark?", parse=text_parser(str)),
    ),
)


HOUSE = [TextInput("Budi"), OptionInput(0), TextInput("2")]  # name, kind=house, floors
ROAD = [TextInput("Budi"), OptionInput(1)]  # name, kind=road (no floors)
HOUSE_AT_SUMMARY = [*HOUSE, TextInput("dekat sungai")]
ROAD_AT_SUMMARY = [*ROAD, Command.SKIP]


# --- start -----------------------------------------------------------------------------------


def test_start_asks_the_first_field():
    step = forms.start(SURVEY, nonce=7)

    assert asked(step) == "name"
    assert step.changed is True
    assert draft_of(step) == Draft(form="survey", answers={}, current="name", rev=0, nonce=7)


def test_each_new_draft_gets_its_own_nonce():
    nonces = {draft_of(forms.start(SURVEY)).nonce for _ in range(20)}
    assert len(nonces) > 15  # random: an old draft's buttons do not fit a new draft


def test_start_with_prefill_skips_answered_fields():
    step = forms.start(SURVEY, {"name": "Budi", "kind": "road"})

    assert asked(step) == "note"  # floors does not apply to a road
    assert draft_of(step).answers == {"name": "Budi", "kind": "road"}
    assert draft_of(step).history == ()


def test_start_with_complete_prefill_goes_to_the_summary():
    step = forms.start(SURVEY, {"name": "Budi", "kind": "road", "note": None})

    assert step.view is View.SUMMARY
    assert step.field is None
    assert draft_of(step).current is None


def test_start_does_not_alias_the_prefill_mapping():
    prefill = {"name": "Budi"}
    step = feed(SURVEY, [OptionInput(1)], prefill)

    assert draft_of(step).answers == {"name": "Budi", "kind": "road"}
    assert prefill == {"name": "Budi"}


# --- answering -------------------------------------------------------------------------------


def test_answer_is_stored_and_the_next_field_asked():
    step = feed(SURVEY, [TextInput("  Budi  ")])

    assert asked(step) == "kind"
    assert step.changed is True
    assert step.problem is None
    draft = draft_of(step)
    assert draft.answers == {"name": "Budi"}
    assert draft.current == "kind"
    assert draft.history == ("name",)


def test_parser_refusal_asks_the_same_field_with_the_problem():
    before = draft_of(feed(SURVEY, [TextInput("Budi"), OptionInput(0)]))

    step = forms.handle(SURVEY, before, TextInput("dua"))

    assert asked(step) == "floors"
    assert step.changed is False
    assert step.problem is not None
    assert step.problem.key == "floors.not_number"
    assert step.problem.params == {"typed": "dua"}
    assert step.draft == before


def test_option_button_stores_the_option_value():
    step = feed(SURVEY, [TextInput("Budi"), OptionInput(1)])

    assert draft_of(step).answers == {"name": "Budi", "kind": "road"}
    assert asked(step) == "note"


@pytest.mark.parametrize("index", [2, 99, -1])
def test_option_button_out_of_range_is_a_stale_option(index):
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, OptionInput(index))

    assert asked(step) == "kind"
    assert step.problem is not None
    assert step.problem.key == "form.stale_option"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize(
    ("typed", "value"),
    [("Rumah", "house"), ("  jalan ", "road"), ("RUMAH", "house"), ("road", "road")],
)
def test_typed_text_matching_an_option_label_or_value_is_accepted(typed, value):
    step = feed(SURVEY, [TextInput("Budi"), TextInput(typed)])

    assert draft_of(step).answers["kind"] == value


def test_typed_text_matching_no_option_is_refused_with_the_options():
    step = feed(SURVEY, [TextInput("Budi"), TextInput("gedung")])

    assert asked(step) == "kind"
    assert step.problem is not None
    assert step.problem.key == "form.no_such_option"
    assert step.problem.params == {"typed": "gedung", "choices": ("Rumah", "Jalan")}
    assert "kind" not in draft_of(step).answers


def test_text_parser_refuses_a_shared_location():
    step = feed(SURVEY, [LocationInput(-2.2, 113.9)])

    assert asked(step) == "name"
    assert step.problem is not None
    assert step.problem.key == "form.expect_text"


# --- back ------------------------------------------------------------------------------------


def test_back_from_a_field_asks_the_previous_field_keeping_its_answer():
    step = feed(SURVEY, [TextInput("Budi"), Command.BACK])

    assert asked(step) == "name"
    assert step.changed is True
    draft = draft_of(step)
    assert draft.current == "name"
    assert draft.answers == {"name": "Budi"}
    assert draft.history == ("name",)  # a record of answers: going back leaves it alone


def test_back_from_the_summary_asks_the_last_answered_field():
    step = feed(SURVEY, [*HOUSE_AT_SUMMARY, Command.BACK])

    assert asked(step) == "note"
    assert draft_of(step).answers["note"] == "dekat sungai"


def test_back_at_the_first_field_says_so_and_changes_nothing():
    start = forms.start(SURVEY)

    step = forms.handle(SURVEY, draft_of(start), Command.BACK)

    assert asked(step) == "name"
    assert step.notice == "form.at_first"
    assert step.changed is False
    assert step.draft == start.draft


def test_answer_after_back_returns_to_the_summary_when_the_rest_is_answered():
    step = feed(SURVEY, [*HOUSE_AT_SUMMARY, Command.BACK, Command.BACK, TextInput("3")])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {
        "name": "Budi",
        "kind": "house",
        "floors": 3,
        "note": "dekat sungai",
    }


def test_back_never_asks_a_field_that_no_longer_applies():
    # house with 2 floors, then kind changed to road from the summary: floors no longer applies.
    events = [*HOUSE_AT_SUMMARY, Edit(KIND), OptionInput(1)]
    step = feed(SURVEY, events)
    assert step.view is View.SUMMARY

    seen = []
    for _ in range(4):
        step = forms.handle(SURVEY, draft_of(step), Command.BACK)
        seen.append(step.field.name if step.field else None)

    assert "floors" not in seen


# --- skip ------------------------------------------------------------------------------------


def test_skip_on_an_optional_field_stores_none():
    step = feed(SURVEY, [*ROAD, Command.SKIP])

    assert step.view is View.SUMMARY
    assert step.notice == "form.skipped"
    assert step.changed is True
    assert draft_of(step).answers == {"name": "Budi", "kind": "road", "note": None}
    assert draft_of(step).history == ("name", "kind", "note")


def test_skip_refused_on_required_field():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, Command.SKIP)

    assert asked(step) == "kind"
    assert step.notice == "form.cannot_skip"
    assert step.changed is False
    assert step.draft == before


def test_skip_at_the_summary_has_nothing_to_skip():
    before = draft_of(feed(SURVEY, ROAD_AT_SUMMARY))

    step = forms.handle(SURVEY, before, Command.SKIP)

    assert step.view is View.SUMMARY
    assert step.notice == "form.nothing_to_skip"
    assert step.draft == before


# --- skip logic ------------------------------------------------------------------------------


def test_conditional_field_is_asked_when_its_condition_holds():
    step = feed(SURVEY, [TextInput("Budi"), OptionInput(0)])

    assert asked(step) == "floors"


def test_conditional_field_is_not_asked_when_its_condition_is_false():
    step = feed(SURVEY, ROAD)

    assert asked(step) == "note"
    assert [f.name for f in SURVEY.applicable(draft_of(step).answers)] == ["name", "kind", "note"]


def test_conditional_field_leaves_summary_and_result_when_its_condition_becomes_false():
    at_summary = feed(SURVEY, HOUSE_AT_SUMMARY)
    assert [f.name for _, f, _ in forms.summary(SURVEY, draft_of(at_summary))] == [
        "name",
        "kind",
        "floors",
        "note",
    ]

    step = feed(SURVEY, [*HOUSE_AT_SUMMARY, Edit(KIND), OptionInput(1)])

    assert step.view is View.SUMMARY
    assert forms.summary(SURVEY, draft_of(step)) == [
        (NAME, SURVEY.fields[NAME], "Budi"),
        (KIND, SURVEY.fields[KIND], "road"),
        (NOTE, SURVEY.fields[NOTE], "dekat sungai"),
    ]
    done = forms.handle(SURVEY, draft_of(step), Command.CONFIRM)
    assert done.view is View.DONE
    assert done.answers == {"name": "Budi", "kind": "road", "note": "dekat sungai"}


def test_conditional_field_is_asked_when_an_edit_makes_its_condition_true():
    step = feed(SURVEY, [*ROAD_AT_SUMMARY, Edit(KIND), OptionInput(0)])

    assert asked(step) == "floors"
    step = forms.handle(SURVEY, draft_of(step), TextInput("4"))
    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {"name": "Budi", "kind": "house", "note": None, "floors": 4}


def test_field_depending_on_a_hidden_field_no_longer_applies():
    yes_no = (Option("yes", "Ya"), Option("no", "Tidak"))
    chain = Form(
        name="chain",
        title="chain.title",
        fields=(
            Field("owns", label="l", prompt="p", options=yes_no),
            Field(
                "rented", label="l", prompt="p", options=yes_no, when=lambda a: a["owns"] == "yes"
            ),
            Field(
                "tenant",
                label="l",
                prompt="p",
                parse=text_parser(str),
                when=lambda a: a.get("rented") == "yes",
            ),
        ),
    )
    # owns=yes, rented=yes, tenant typed; then owns changed to no: rented is hidden.
    step = feed(chain, [OptionInput(0), OptionInput(0), TextInput("Andi"), Edit(0), OptionInput(1)])
    done = forms.handle(chain, draft_of(step), Command.CONFIRM)

    assert done.answers == {"owns": "no"}  # actual: {"owns": "no", "tenant": "Andi"}


# --- edit ------------------------------------------------------------------------------------


def test_edit_from_the_summary_asks_that_field_showing_its_answer():
    before = draft_of(feed(SURVEY, HOUSE_AT_SUMMARY))

    step = forms.handle(SURVEY, before, Edit(NAME))

    assert asked(step) == "name"
    assert step.changed is True
    assert draft_of(step).current == "name"
    assert draft_of(step).answers == before.answers
    assert draft_of(step).rev == before.rev + 1


def test_answer_after_edit_returns_to_the_summary():
    step = feed(SURVEY, [*HOUSE_AT_SUMMARY, Edit(NAME), TextInput("Siti")])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {
        "name": "Siti",
        "kind": "house",
        "floors": 2,
        "note": "dekat sungai",
    }


def test_back_while_changing_an_answer_from_the_summary_returns_to_the_summary():
    """Found in the eighth try-out: /kembali there walked on into the form's earlier steps."""
    at_summary = draft_of(feed(SURVEY, HOUSE_AT_SUMMARY))
    editing = draft_of(forms.handle(SURVEY, at_summary, Edit(FLOORS)))
    assert editing.editing is True
    assert forms.Draft.from_json("survey", editing.to_json()).editing is True  # survives restart

    step = forms.handle(SURVEY, editing, Command.BACK)

    assert step.view is View.SUMMARY
    assert step.notice == "form.back_to_summary"
    assert draft_of(step).answers == at_summary.answers
    assert draft_of(step).editing is False
    # From the summary itself /kembali still walks back one step at a time.
    assert asked(forms.handle(SURVEY, draft_of(step), Command.BACK)) == "note"


def test_an_answer_ends_the_change_from_the_summary():
    step = feed(SURVEY, [*HOUSE_AT_SUMMARY, Edit(NAME), TextInput("Siti")])
    assert draft_of(step).editing is False
    step = forms.handle(SURVEY, draft_of(step), Command.BACK)
    assert asked(step) == "note"  # back from the summary again: the normal walk


def test_edit_while_a_field_is_asked_is_stale():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, Edit(NAME))

    assert asked(step) == "kind"
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize("index", [-1, 4, 50])
def test_edit_of_a_field_number_out_of_range_is_stale(index):
    before = draft_of(feed(SURVEY, HOUSE_AT_SUMMARY))

    step = forms.handle(SURVEY, before, Edit(index))

    assert step.view is View.SUMMARY
    assert step.notice == "form.stale"
    assert step.draft == before


def test_edit_of_a_field_that_does_not_apply_is_stale():
    before = draft_of(feed(SURVEY, ROAD_AT_SUMMARY))

    step = forms.handle(SURVEY, before, Edit(FLOORS))

    assert step.view is View.SUMMARY
    assert step.notice == "form.stale"
    assert step.changed is False


# --- rev -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event", [OptionInput(0), Command.CONFIRM, Command.CANCEL, Command.BACK, Edit(NAME)]
)
def test_stale_rev_changes_nothing(event):
    before = draft_of(feed(SURVEY, ROAD_AT_SUMMARY))

    step = forms.handle(SURVEY, before, event, rev=before.rev - 1)

    assert step.view is View.SUMMARY
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


def test_matching_rev_is_accepted():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, OptionInput(1), rev=before.rev)

    assert step.notice is None
    assert draft_of(step).answers["kind"] == "road"


def test_each_accepted_input_increments_rev():
    step = forms.start(SURVEY)
    revs = [draft_of(step).rev]
    for event in [TextInput("Budi"), TextInput("x"), OptionInput(0), Command.BACK, OptionInput(1)]:
        step = forms.handle(SURVEY, draft_of(step), event)
        revs.append(draft_of(step).rev)

    # The refused "x" for the kind keeps the revision; everything else moves it on by one.
    assert revs == [0, 1, 1, 2, 3, 4]


# --- cancel ----------------------------------------------------------------------------------


def test_cancel_asks_for_confirmation():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, Command.CANCEL)

    assert step.view is View.CONFIRM_CANCEL
    assert step.changed is True
    assert draft_of(step).confirming_cancel is True
    assert draft_of(step).rev == before.rev + 1
    assert draft_of(step).answers == {"name": "Budi"}


@pytest.mark.parametrize("word", ["ya", " YA ", "oke", "y"])
def test_typed_yes_while_confirming_cancel_cancels(word):
    step = feed(SURVEY, [TextInput("Budi"), Command.CANCEL, TextInput(word)])

    assert step.view is View.CANCELLED
    assert step.draft is None
    assert step.changed is True


# "eh jangan dulu pak", "gak jadi" (fourteenth try-out: "Mohon jawab ya atau tidak")
@pytest.mark.parametrize("word", ["tidak", "Tidak", "nggak", "n", "eh jangan dulu pak", "gak jadi"])
def test_typed_no_while_confirming_cancel_returns_to_the_field(word):
    step = feed(SURVEY, [TextInput("Budi"), Command.CANCEL, TextInput(word)])

    assert asked(step) == "kind"
    assert step.notice == "form.cancel_aborted"
    assert draft_of(step).confirming_cancel is False
    assert draft_of(step).answers == {"name": "Budi"}


def test_other_text_while_confirming_cancel_asks_for_yes_or_no():
    before = draft_of(feed(SURVEY, [TextInput("Budi"), Command.CANCEL]))

    step = forms.handle(SURVEY, before, TextInput("Rumah"))

    assert step.view is View.CONFIRM_CANCEL
    assert step.notice == "form.answer_yes_no"
    assert step.changed is False
    assert step.draft == before
    # A longer message was meant for something else: said not taken, and why (fifteenth
    # try-out: an admin's message met an old "Batalkan isian ini?" and got "ya atau tidak").
    long = forms.handle(SURVEY, before, TextInput("tolong cek usulan kotim yang kemarin masuk"))
    assert long.notice == "form.answer_yes_no_first" and long.draft == before


@pytest.mark.parametrize("text", ["ya batalkan saja", "iya pak"])
def test_a_short_yes_while_confirming_cancel_cancels(text):
    step = feed(SURVEY, [TextInput("Budi"), Command.CANCEL, TextInput(text)])
    assert step.view is View.CANCELLED


def test_cancel_yes_button_cancels_the_form():
    step = feed(SURVEY, [TextInput("Budi"), Command.CANCEL, Command.YES])

    assert step.view is View.CANCELLED
    assert step.draft is None
    assert step.changed is True
    assert step.answers == {}


def test_cancel_no_button_returns_to_the_field():
    before = draft_of(feed(SURVEY, [TextInput("Budi"), Command.CANCEL]))

    step = forms.handle(SURVEY, before, Command.NO)

    assert asked(step) == "kind"
    assert step.notice == "form.cancel_aborted"
    assert draft_of(step).confirming_cancel is False
    assert draft_of(step).rev == before.rev + 1


def test_cancel_no_button_at_the_summary_returns_to_the_summary():
    step = feed(SURVEY, [*ROAD_AT_SUMMARY, Command.CANCEL, Command.NO])

    assert step.view is View.SUMMARY
    assert draft_of(step).confirming_cancel is False


@pytest.mark.parametrize("event", [Command.NO, TextInput("tidak")], ids=["button", "typed"])
def test_aborted_cancel_must_be_stored(event):
    before = draft_of(feed(SURVEY, [TextInput("Budi"), Command.CANCEL]))

    step = forms.handle(SURVEY, before, event)

    assert step.draft != before  # the engine did change the draft ...
    assert step.changed is True  # ... so the caller must write it


def test_cancel_answer_without_a_pending_cancel_is_stale():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))

    step = forms.handle(SURVEY, before, Command.YES)

    assert asked(step) == "kind"
    assert step.notice == "form.stale"
    assert step.changed is False
    assert step.draft == before


# --- confirm ---------------------------------------------------------------------------------


def test_confirm_before_the_summary_asks_to_finish_first():
    before = draft_of(feed(SURVEY, ROAD))

    step = forms.handle(SURVEY, before, Command.CONFIRM)

    assert asked(step) == "note"
    assert step.notice == "form.finish_first"
    assert step.changed is False
    assert step.answers == {}


def test_confirm_at_the_summary_finishes_with_the_applicable_answers():
    step = feed(SURVEY, [*ROAD_AT_SUMMARY, Command.CONFIRM])

    assert step.view is View.DONE
    assert step.draft is None
    assert step.changed is True
    assert step.answers == {"name": "Budi", "kind": "road", "note": None}


def test_confirm_leaves_out_a_stored_answer_of_a_field_that_does_not_apply():
    # A prefilled floors answer for a road: stored, but never part of the result.
    step = feed(
        SURVEY, [Command.CONFIRM], {"name": "Budi", "kind": "road", "floors": 9, "note": ""}
    )

    assert step.view is View.DONE
    assert step.answers == {"name": "Budi", "kind": "road", "note": ""}


# --- dependent options -----------------------------------------------------------------------


def test_changing_an_earlier_answer_drops_a_later_answer_no_longer_offered():
    at_summary = [OptionInput(0), OptionInput(1), TextInput("dekat pelabuhan")]
    assert draft_of(feed(PLACE, at_summary)).answers["district"] == "62.01.02"

    step = feed(PLACE, [*at_summary, Edit(0), OptionInput(1)])

    assert asked(step) == "district"  # Kumai is not in Kotawaringin Timur
    assert draft_of(step).answers == {"regency": "62.02", "remark": "dekat pelabuhan"}
    assert step.field is not None
    assert [o.label for o in step.field.options_for(draft_of(step).answers)] == [
        "Mentawa Baru Ketapang",
        "Baamang",
    ]
    step = forms.handle(PLACE, draft_of(step), OptionInput(1))
    assert step.view is View.SUMMARY
    assert draft_of(step).answers["district"] == "62.02.02"


def test_changing_an_earlier_answer_keeps_a_later_answer_still_offered():
    at_summary = [OptionInput(0), OptionInput(1), TextInput("dekat pelabuhan")]

    step = feed(PLACE, [*at_summary, Edit(0), OptionInput(0)])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {
        "regency": "62.01",
        "district": "62.01.02",
        "remark": "dekat pelabuhan",
    }


# --- draft storage, show, summary input ------------------------------------------------------


@pytest.mark.parametrize(
    "events",
    [
        [TextInput("Hj. Siti Nur’aini — 李小龍 🙂"), OptionInput(0)],
        [TextInput("Budi"), OptionInput(1), Command.SKIP],
        [TextInput("Budi"), Command.CANCEL],
    ],
    ids=["non-ascii", "skipped-none", "confirming-cancel"],
)
def test_draft_json_round_trip(events):
    draft = draft_of(feed(SURVEY, events))

    text = draft.to_json()
    again = Draft.from_json("survey", text)

    assert again == draft
    assert isinstance(again.history, tuple)


def test_draft_json_keeps_non_ascii_text_readable():
    draft = draft_of(feed(SURVEY, [TextInput("Nur’aini 李")]))

    text = draft.to_json()

    assert "Nur’aini 李" in text
    assert Draft.from_json("survey", text).answers == {"name": "Nur’aini 李"}


def test_show_resumes_where_the_draft_stands():
    before = draft_of(feed(SURVEY, [TextInput("Budi")]))
    resumed = Draft.from_json("survey", before.to_json())

    step = forms.handle(SURVEY, resumed, Command.SHOW)

    assert asked(step) == "kind"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize("event", [TextInput("Budi"), OptionInput(0)])
def test_input_at_the_summary_points_to_the_summary_buttons(event):
    before = draft_of(feed(SURVEY, ROAD_AT_SUMMARY))

    step = forms.handle(SURVEY, before, event)

    assert step.view is View.SUMMARY
    assert step.notice == "form.use_summary_buttons"
    assert step.changed is False
    assert step.draft == before


@pytest.mark.parametrize("typed", ["kirim", "Kirim", "ok kirim aja", "sudah benar, kirim", "send"])
def test_the_send_button_typed_at_the_summary_sends(typed):
    """Ninth try-out: "kirim" typed at a summary was refused with "Tekan Kirim"."""
    step = forms.handle(SURVEY, draft_of(feed(SURVEY, ROAD_AT_SUMMARY)), TextInput(typed))
    assert step.view is View.DONE


def test_form_with_duplicate_field_names_is_refused():
    with pytest.raises(ValueError, match="form twice: duplicate field names"):
        Form(
            name="twice",
            title="t",
            fields=(Field("a", label="l", prompt="p"), Field("a", label="l2", prompt="p2")),
        )


# --- the registration form -------------------------------------------------------------------

REGISTRATION_TYPED = [
    TextInput("Ir. Budi Santoso, M.T."),
    TextInput("kotim"),
    TextInput("Kasi Permukiman"),
    TextInput("0812-3456-7890"),
]


def test_registration_by_typed_text_gives_clean_answers():
    at_summary = feed(REGISTRATION, REGISTRATION_TYPED)
    assert at_summary.view is View.SUMMARY

    done = forms.handle(REGISTRATION, draft_of(at_summary), Command.CONFIRM)

    assert done.view is View.DONE
    assert done.answers == {
        "full_name": "Ir. Budi Santoso, M.T.",
        "regency": "62.02",
        "position": "Kasi Permukiman",
        "phone": "+6281234567890",
    }


def test_registration_accepts_the_officers_own_contact():
    step = feed(REGISTRATION, [*REGISTRATION_TYPED[:3], ContactInput("6281234567890", own=True)])

    assert step.view is View.SUMMARY
    assert draft_of(step).answers["phone"] == "+6281234567890"


def test_registration_refuses_someone_elses_contact():
    step = feed(REGISTRATION, [*REGISTRATION_TYPED[:3], ContactInput("6281234567890", own=False)])

    assert asked(step) == "phone"
    assert step.problem is not None
    assert step.problem.key == "phone.not_own"
    assert "phone" not in draft_of(step).answers


def test_registration_refuses_a_location_for_the_name():
    step = feed(REGISTRATION, [LocationInput(-2.21, 113.92)])

    assert asked(step) == "full_name"
    assert step.problem is not None
    assert step.problem.key == "form.expect_text"
    assert draft_of(step).answers == {}
