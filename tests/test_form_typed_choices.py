"""Typed answers at choice, tick-box and file steps, and questions typed at free-text steps.

Unit tests of bot/domain/choosing.py, bot/domain/asides.py and what the form engine and
form_view make of them; the same behaviour end to end is in test_proposals.py.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain import choosing, forms
from bot.domain.asides import aside_question
from bot.domain.forms import Command, FileInput, Form, Label, Note, OptionInput, TextInput, View
from bot.domain.proposal import PROPOSAL
from handlers.plumbing import form_view
from tests.auxil.forms import asked, draft_of


def one_field(name: str) -> Form:
    """A form of the proposal's own field `name` (its real options and labels), always asked."""
    return Form(name="t", title=PROPOSAL.title, fields=(replace(PROPOSAL.field(name), when=None),))


def typed(name: str, text: str) -> forms.Step:
    """`text` typed at the proposal's field `name`, read with the labels of both languages."""
    form = one_field(name)
    start = draft_of(forms.start(form))
    return forms.handle(form, start, TextInput(text), names=form_view.option_names)


# --- choosing.pick ---------------------------------------------------------------------------

FUNDING = [
    ["apbd_prov", "APBD Provinsi"],
    ["apbn", "APBN"],
    ["apbd_kab", "APBD Kab/Kota"],
    ["bankeu", "Bantuan keuangan provinsi"],
    ["apbdes", "APBDes"],
]


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("APBD Provinsi", ["apbd_prov"]),  # a label as it is
        ("apbd prov", ["apbd_prov"]),  # an abbreviation written out
        ("APBD Prov.", ["apbd_prov"]),
        ("apbd propinsi", ["apbd_prov"]),
        ("apbd kab", ["apbd_kab"]),
        ("apbd kota", ["apbd_kab"]),  # one word of "Kab/Kota"
        ("dana apbn", ["apbn"]),  # a filler word passed over
        ("dana desa", ["apbdes"]),
        ("bantuan keuangan", ["bankeu"]),
        ("apbd", ["apbd_prov", "apbd_kab"]),  # ambiguous: both, never one picked
        ("provinsi", ["apbd_prov", "bankeu"]),
        ("swasta", []),
        ("", []),
        ("yang", []),  # nothing but filler names nothing
    ],
)
def test_pick_reads_funding_the_way_officers_type_it(text, picked):
    assert [FUNDING[i][0] for i in choosing.pick(text, FUNDING)] == picked


LAND = [
    ["pemda", "Aset pemda kab/kota"],
    ["desa", "Tanah desa"],
    ["warga_sertifikat", "Tanah warga (sertifikat)"],
    ["warga_skt", "Tanah warga (SKT)"],
]


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("aset pemda", ["pemda"]),
        ("tanah pemda", ["pemda"]),  # "aset" and "tanah" read alike
        ("pemkab", ["pemda"]),
        ("milik pemkot", ["pemda"]),
        ("pemerintah daerah", ["pemda"]),
        ("pemprov", []),  # the province's land is not among these options
        ("desa/kel", ["desa"]),  # "/" reads as "or"
        ("tanah desa/kel", ["desa"]),
        ("sertif", ["warga_sertifikat"]),  # the start of a word
        ("skt", ["warga_skt"]),
        ("tanah warga", ["warga_sertifikat", "warga_skt"]),
        ("tanah", ["pemda", "desa", "warga_sertifikat", "warga_skt"]),
        ("bukan pemda", []),  # an unknown word is never passed over
    ],
)
def test_pick_reads_land_status_the_way_officers_type_it(text, picked):
    assert [LAND[i][0] for i in choosing.pick(text, LAND)] == picked


@pytest.mark.parametrize(
    ("options", "text", "picked"),
    [
        ([["provinsi", "Provinsi"], ["kabkota", "Kabupaten/kota"]], "kota", ["kabkota"]),
        ([["provinsi", "Provinsi"], ["kabkota", "Kabupaten/kota"]], "kab", ["kabkota"]),
        ([["provinsi", "Provinsi"], ["kabkota", "Kabupaten/kota"]], "prov", ["provinsi"]),
        ([["perkotaan", "Perkotaan"], ["perdesaan", "Perdesaan"]], "kota", ["perkotaan"]),
        ([["perkotaan", "Perkotaan"], ["perdesaan", "Perdesaan"]], "di desa", ["perdesaan"]),
        ([["ya", "Ya"], ["tidak", "Tidak"], ["belum_tahu", "Belum tahu"]], "tdk", ["tidak"]),
        (
            [["ya", "Ya"], ["tidak", "Tidak"], ["belum_tahu", "Belum tahu"]],
            "blm tau",
            ["belum_tahu"],
        ),
        ([["ya", "Ya"], ["tidak", "Tidak"]], "iya", ["ya"]),
        ([["a", "Air minum"], ["s", "Sanitasi/air limbah"]], "air", ["a", "s"]),
        ([["a", "Air minum"], ["s", "Sanitasi/air limbah"]], "ai", []),  # too short a start
    ],
)
def test_pick_writes_out_abbreviations_on_both_sides(options, text, picked):
    assert [options[i][0] for i in choosing.pick(text, options)] == picked


YES_NO_UNKNOWN = [["ya", "Ya"], ["tidak", "Tidak"], ["belum_tahu", "Belum tahu"]]


@pytest.mark.parametrize(
    ("options", "text", "picked"),
    [
        (YES_NO_UNKNOWN, "iya pak sdh", ["ya"]),  # the console try-out
        (YES_NO_UNKNOWN, "ya sudah bu", ["ya"]),
        (YES_NO_UNKNOWN, "iya udah", ["ya"]),
        # a yes with the question's words echoed after it (eleventh try-out: refused)
        (YES_NO_UNKNOWN, "ya tercantum", ["ya"]),
        (YES_NO_UNKNOWN, "iya ada pak", ["ya"]),
        (YES_NO_UNKNOWN, "ya tapi belum", []),  # a negation after it: asked again
        (YES_NO_UNKNOWN, "tidak pak", ["tidak"]),
        (YES_NO_UNKNOWN, "blm tau bu", ["belum_tahu"]),
        (YES_NO_UNKNOWN, "sudah", []),  # "sudah" is passed over only after a yes
        (YES_NO_UNKNOWN, "tidak sudah", []),
        # "belum" alone is "not yet": never the "Belum" of "Belum tahu"; asked again
        (YES_NO_UNKNOWN, "belum", []),
        (YES_NO_UNKNOWN, "blm pak", []),
        ([["sudah", "Sudah"], ["belum", "Belum"]], "blm", ["belum"]),
        (FUNDING, "apbd prov pak", ["apbd_prov"]),
        ([["ded", "DED"], ["kesepakatan", "Kesepakatan masyarakat"]], "kesepakatan warga",
         ["kesepakatan"]),
        (LAND, "tanah masyarakat", ["warga_sertifikat", "warga_skt"]),
    ],
)  # fmt: skip
def test_pick_passes_over_honorifics_and_a_sudah_after_yes(options, text, picked):
    assert [options[i][0] for i in choosing.pick(text, options)] == picked


SECTOR_NAMES = [
    ["air_minum", "Air minum"],
    ["sanitasi", "Sanitasi/air limbah"],
    ["drainase", "Drainase"],
    ["jalan", "Jalan lingkungan"],
]


@pytest.mark.parametrize(
    ("options", "text", "picked"),
    [
        (SECTOR_NAMES, "air mnum", ["air_minum"]),  # the console try-out
        (SECTOR_NAMES, "drainse", ["drainase"]),
        (SECTOR_NAMES, "jalan lingkngan", ["jalan"]),
        (SECTOR_NAMES, "sanitsi", ["sanitasi"]),
        (SECTOR_NAMES, "air mnm", []),  # too far from "minum"
        (SECTOR_NAMES, "jln", []),  # short words are never read as typos
        ([["a", "Drainase"], ["b", "Drainage"]], "drainse", []),  # near both: never picked
        (LAND, "bukan pemda", []),
        (LAND, "bukn pemda", []),  # a typo of a negation is no option's word either
        ([["kota", "Kota"], ["desa", "Desa"]], "kita", []),
    ],
)
def test_pick_forgives_a_clear_typo_only_when_one_option_is_left(options, text, picked):
    assert [options[i][0] for i in choosing.pick(text, options)] == picked


def test_pick_prefers_whole_words_to_starts_of_words():
    options = [["kota", "Kota"], ["kotawaringin", "Kotawaringin"]]

    assert choosing.pick("kota", options) == [0]
    assert choosing.pick("kotaw", options) == [1]


# --- single choice in the engine -------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("funding", "apbd prov", "apbd_prov"),
        ("funding", "Provincial APBD", "apbd_prov"),  # the English label works too
        ("land_status", "aset pemda", "pemda"),
        ("land_status", "pemkab", "pemda"),
        ("housing_scale", "kota", "kabkota"),
        ("housing_scale", "kab", "kabkota"),
        ("housing_scale", "prov", "provinsi"),
        ("setting", "kota", "perkotaan"),
        ("setting", "desa", "perdesaan"),
        ("type", "rtlh", "rtlh"),
        ("clean_clear", "blm tau", "belum_tahu"),
        ("clean_clear", "iya pak sdh", "ya"),
        ("in_sk", "iya pak sdh", "ya"),
        ("funding", "apbd prov bu", "apbd_prov"),
        ("type", "kumh", "kumuh"),
        ("type", "penanganan kumuh", "kumuh"),  # ninth try-out
    ],
)
def test_typed_abbreviation_picks_the_option_of_a_real_proposal_field(field, text, value):
    step = typed(field, text)

    assert step.problem is None
    assert draft_of(step).answers == {field: value}


def test_ambiguous_answer_is_asked_again_with_the_options_it_fits():
    step = typed("funding", "apbd")

    assert asked(step) == "funding"
    assert draft_of(step).answers == {}
    assert step.problem is not None
    assert step.problem.key == "form.ambiguous_option"
    assert step.problem.suggestions == ("apbd_prov", "apbd_kab")
    assert step.problem.params["choices"] == (
        Label("usul.funding.apbd_prov"),
        Label("usul.funding.apbd_kab"),
    )


def test_ambiguous_answer_is_rendered_in_indonesian_with_the_fitting_buttons_first():
    form = one_field("funding")
    step = typed("funding", "apbd")

    ((text, markup),) = form_view.render(form, step, "id")

    assert "“apbd” cocok dengan lebih dari satu pilihan: APBD Provinsi, APBD Kab/Kota." in text
    assert isinstance(markup, InlineKeyboardMarkup)
    first_row = [str(b.text) for b in markup.inline_keyboard[0]]
    assert first_row == ["👉 APBD Provinsi", "👉 APBD Kab/Kota"]


def test_unknown_answer_lists_every_option():
    form = one_field("setting")
    step = typed("setting", "pinggir sungai")

    ((text, _),) = form_view.render(form, step, "id")

    assert step.problem is not None and step.problem.key == "form.no_such_option"
    assert "“pinggir sungai” tidak cocok dengan pilihan yang ada: Perkotaan, Perdesaan." in text


def test_place_names_listed_in_a_refusal_are_escaped():
    form = Form(
        name="t",
        title=PROPOSAL.title,
        fields=(forms.Field("x", "usul.type.label", "usul.type.prompt", options=(
            forms.Option("a", "Desa <A>"), forms.Option("b", "Desa B"))),),
    )  # fmt: skip
    step = forms.handle(form, draft_of(forms.start(form)), TextInput("desa"))

    ((text, _),) = form_view.render(form, step, "id")

    assert "Desa &lt;A&gt;, Desa B" in text


# --- tick boxes ------------------------------------------------------------------------------

SECTORS = one_field("sectors")


def ticked(*indexes: int) -> forms.Draft:
    draft = draft_of(forms.start(SECTORS))
    for index in indexes:
        draft = draft_of(forms.handle(SECTORS, draft, OptionInput(index)))
    return draft


def test_typed_sector_with_nothing_ticked_is_the_answer_and_is_said_back():
    step = forms.handle(
        SECTORS, ticked(), TextInput("drainase, jalan"), names=form_view.option_names
    )

    assert step.view is View.SUMMARY
    assert draft_of(step).answers == {"sectors": ["drainase", "jalan"]}
    ((text, _),) = form_view.render(SECTORS, step, "id")
    assert "✔️ Sektor: Drainase, Jalan lingkungan." in text


@pytest.mark.parametrize(
    ("field", "text", "chosen"),
    [
        ("sectors", "air mnum, drainse", ["air_minum", "drainase"]),
        ("readiness", "kesepakatan warga", ["kesepakatan"]),
        ("readiness", "RAB, kesepakatan warga", ["rab", "kesepakatan"]),
    ],
)
def test_typed_tick_box_answers_with_a_typo_or_a_synonym(field, text, chosen):
    step = typed(field, text)

    assert step.problem is None
    assert draft_of(step).answers == {field: chosen}


def test_typed_sector_is_added_to_the_ticked_ones_and_what_is_selected_is_said():
    drainase = 3
    step = forms.handle(
        SECTORS, ticked(drainase), TextInput("air minum"), names=form_view.option_names
    )

    assert asked(step) == "sectors"
    assert draft_of(step).partial == ["air_minum", "drainase"]
    ((text, markup),) = form_view.render(SECTORS, step, "id")
    assert "➕ Ditambahkan: Air minum." in text
    assert "Terpilih sekarang: <b>Air minum, Drainase</b>" in text
    assert isinstance(markup, InlineKeyboardMarkup)
    labels = [str(b.text) for row in markup.inline_keyboard for b in row]
    assert "☑️ Air minum" in labels and "☑️ Drainase" in labels


def test_typing_a_ticked_sector_again_keeps_it_and_says_so():
    drainase = 3
    step = forms.handle(
        SECTORS, ticked(drainase), TextInput("drainase"), names=form_view.option_names
    )

    assert draft_of(step).partial == ["drainase"]
    assert step.warning is not None and step.warning.key == "form.multi_already"


def test_ambiguous_typed_sector_ticks_nothing_and_names_the_candidates():
    before = ticked(3)

    step = forms.handle(SECTORS, before, TextInput("jalan, air"), names=form_view.option_names)

    assert step.draft == before and not step.changed
    ((text, _),) = form_view.render(SECTORS, step, "id")
    assert "“air” cocok dengan lebih dari satu pilihan: Air minum, Sanitasi/air limbah." in text


def test_typed_sector_added_to_a_stored_selection_when_edited_from_the_summary():
    done = forms.handle(SECTORS, ticked(3), Command.FINISH)
    editing = draft_of(forms.handle(SECTORS, draft_of(done), forms.Edit(0)))

    step = forms.handle(SECTORS, editing, TextInput("rth"), names=form_view.option_names)

    assert draft_of(step).partial == ["drainase", "rth"]
    finished = forms.handle(SECTORS, draft_of(step), Command.FINISH)
    assert draft_of(finished).answers == {"sectors": ["drainase", "rth"]}


@pytest.mark.parametrize(
    ("field", "example"),
    [
        ("readiness", "misalnya <i>DED, RAB</i>"),
        ("sectors", "misalnya <i>Air minum, Sanitasi/air limbah</i>"),
    ],
)
def test_a_refused_tick_box_answer_gets_an_example_from_its_own_options(field, example):
    form = one_field(field)
    step = typed(field, "dokumen lengkap semua")

    ((text, _),) = form_view.render(form, step, "id")

    assert step.problem is not None and step.problem.key == "form.use_buttons_multi"
    assert example in text
    if field == "readiness":
        assert "drainase" not in text.casefold()


# --- removing files --------------------------------------------------------------------------

PHOTOS = one_field("photos")
OLD = [{"file_id": "old-1", "name": None, "size": 1, "mime": "image/jpeg"}] * 2


def photo(n: int) -> FileInput:
    return FileInput("photo", f"new-{n}", None, 1000, "image/jpeg")


def editing_photos() -> forms.Draft:
    """At the summary with two stored photos, the photo step opened again (a revision)."""
    at_summary = draft_of(forms.start(PHOTOS, {"photos": OLD}))
    return draft_of(forms.handle(PHOTOS, at_summary, forms.Edit(0)))


def test_photo_step_with_stored_photos_says_new_ones_are_added_and_offers_removal():
    draft = editing_photos()
    step = forms.handle(PHOTOS, draft, Command.SHOW)

    ((text, markup),) = form_view.render(PHOTOS, step, "id")

    assert "kirim isian baru untuk mengganti" not in text
    assert "Sudah ada 2 foto. Foto yang Anda kirim <b>ditambahkan</b>" in text
    assert isinstance(markup, InlineKeyboardMarkup)
    datas = {str(b.text): b.callback_data for row in markup.inline_keyboard for b in row}
    assert datas["🗑 Hapus lampiran yang ada"] == form_view.data(draft, "c")


@pytest.mark.parametrize(
    "event", [Command.CLEAR, TextInput("hapus"), TextInput("Hapus lampiran lama")]
)
def test_removing_files_empties_the_step_and_new_files_replace_the_old(event):
    step = forms.handle(PHOTOS, editing_photos(), event)

    assert asked(step) == "photos"
    assert draft_of(step).partial == []
    assert step.warning == Note("form.files_cleared", {"n": 2})
    step = forms.handle(PHOTOS, draft_of(step), photo(1))
    step = forms.handle(PHOTOS, draft_of(step), Command.FINISH)
    assert [p["file_id"] for p in draft_of(step).answers["photos"]] == ["new-1"]


def test_removed_required_photos_cannot_be_finished_empty():
    cleared = draft_of(forms.handle(PHOTOS, editing_photos(), Command.CLEAR))

    step = forms.handle(PHOTOS, cleared, Command.FINISH)

    assert step.problem is not None and step.problem.key == "form.need_file"


def test_removing_with_nothing_collected_is_refused_gently():
    draft = draft_of(forms.start(PHOTOS))

    step = forms.handle(PHOTOS, draft, TextInput("hapus"))

    assert step.problem is not None and step.problem.key == "form.no_files_to_clear"
    assert not step.changed


@pytest.mark.parametrize(
    "text", ["hapus yang lama nanti saya kirim", "hapus foto yg kedua", "delete the last one"]
)
def test_a_text_naming_more_than_all_files_is_not_a_removal(text):
    """Only the files as a whole can be removed: "hapus foto yg kedua" is refused, not taken
    for all of them (the review of round 14)."""
    step = forms.handle(PHOTOS, editing_photos(), TextInput(text))

    assert step.problem is not None and step.problem.key == "form.send_photo"


def test_clear_button_outside_a_file_step_is_stale():
    step = forms.handle(SECTORS, ticked(), Command.CLEAR)

    assert step.notice == "form.stale" and not step.changed


def test_going_back_after_removing_files_keeps_them_removed():
    form = Form(name="t", title=PROPOSAL.title, fields=(PROPOSAL.field("title"), *PHOTOS.fields))
    at_summary = draft_of(forms.start(form, {"title": "Judul usulan", "photos": OLD}))
    editing = draft_of(forms.handle(form, at_summary, forms.Edit(1)))
    editing = replace(editing, history=("title", "photos"))
    cleared = draft_of(forms.handle(form, editing, Command.CLEAR))

    back = draft_of(forms.handle(form, cleared, Command.BACK))

    assert "photos" not in back.answers


# --- questions typed at free-text steps -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("btw rakor thn ini kpn ya?", "rakor thn ini kpn ya?"),
        ("Btw, rakor tahun ini kapan", "rakor tahun ini kapan"),
        ("eh, syarat DED apa aja", "syarat DED apa aja"),
        ("mau tanya, usulan kami sudah diverifikasi?", "usulan kami sudah diverifikasi?"),
        ("oh ya pak, tenggatnya kapan?", "tenggatnya kapan?"),
        ("Apakah RTLH bisa diusulkan lewat sini?", "Apakah RTLH bisa diusulkan lewat sini?"),
        ("kapan rakor?? 🙏", "kapan rakor?? 🙏"),
        # Short and asking by its words, without "?" (the console try-out's first one).
        ("klo kumuhnya 16 ha gmn pak", "klo kumuhnya 16 ha gmn pak"),
        ("kumuh 16 ha kewenangan siapa", "kumuh 16 ha kewenangan siapa"),
        ("rakor kapan ya bu", "rakor kapan ya bu"),
        ("syarat DED brp lembar", "syarat DED brp lembar"),
        ("siapa yang menangani kumuh 8 ha", "siapa yang menangani kumuh 8 ha"),
        ("Berapa batas luas kumuh provinsi", "Berapa batas luas kumuh provinsi"),
        ("bisa ga diusulkan lewat bot", "bisa ga diusulkan lewat bot"),
        ("RTLH boleh gak pakai APBD prov", "RTLH boleh gak pakai APBD prov"),
        ("apa bisa kumuh 8 ha diusulkan", "apa bisa kumuh 8 ha diusulkan"),
        ("usulan kami sudah masuk atau belum", "usulan kami sudah masuk atau belum"),
        ("ini kewenangan provinsi ya ga", "ini kewenangan provinsi ya ga"),
        ("perlu DED juga kah", "perlu DED juga kah"),
        ("bisakah RTLH diusulkan", "bisakah RTLH diusulkan"),
        ("RTLH termasuk PSU kah pak", "RTLH termasuk PSU kah pak"),
    ],
)
def test_asides_and_short_questions_are_not_answers(text, question):
    assert aside_question(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak.",
        # a justification that asks in passing, or ends long with a question
        "Drainase tersumbat, kenapa? Karena sedimen menumpuk sejak 2019 dan 120 KK terdampak"
        " banjir setiap musim hujan.",
        "Warga sudah bertahun-tahun menunggu perbaikan jalan lingkungan ini, akses sekolah dan"
        " puskesmas terputus setiap hujan, sampai kapan warga harus menunggu?",
        "Ehsan Residence blok C, drainase tersumbat",  # "eh" must be a word of its own
        "btw " + "alasan panjang " * 30,  # an opener on a long text is the text's own
        "",
        # Titles, places and justifications, question words inside them included.
        "Perbaikan jalan lingkungan RT 03",
        "Genangan setiap hujan, warga kesulitan akses",
        "Peningkatan kualitas kawasan kumuh Baamang Hulu",
        "Pembangunan PSU Perumahan Griya Berkah",  # "-kah" of a name
        "Rehabilitasi RTLH Perumahan Barokah blok C",
        "Kawasan Tepian Sungai Mentaya RT 05",
        "188.45/123/2023",
        "Belum tahu apa penyebabnya, tiap hujan tergenang",
        "Apabila hujan, jalan tergenang dan warga terisolasi",
        "Normalisasi drainase agar air bisa tidak meluap",
        "Jalan tanah becek saat hujan, akses sekolah terputus.",
        # Past 60 characters a question word closing the text is the justification's own.
        "Warga sudah bertahun-tahun menunggu perbaikan jalan ini, entah sampai kapan",
    ],
)
def test_answers_that_merely_contain_a_question_mark_are_answers(text):
    assert aside_question(text) is None


def test_a_typed_list_may_join_its_options_with_sm_or_plus():
    """ "drainase sm jalan" (the seventh try-out) is two sectors, like "drainase, jalan"."""
    for typed in ("drainase sm jalan", "drainase + jalan", "drainase sama jalan"):
        step = forms.handle(SECTORS, ticked(), TextInput(typed))
        assert step.problem is None, typed


def test_a_sector_may_be_typed_by_the_name_officers_use():
    """ "jaling" is jalan lingkungan, "ipal" sanitation (tenth try-out: "jaling" refused)."""
    step = forms.handle(
        SECTORS, ticked(), TextInput("drainase, jaling, ipal"), names=form_view.option_names
    )
    assert draft_of(step).answers == {"sectors": ["sanitasi", "drainase", "jalan"]}


def test_one_sector_typed_alone_is_ticked_and_the_step_waits():
    """ "jaling" alone is ticked, not the answer: officers type sectors one at a time too
    (eleventh try-out: the next sector typed was read as the kecamatan)."""
    step = typed("sectors", "jaling")
    assert step.view is View.ASK and draft_of(step).partial == ["jalan"]
    step = forms.handle(
        SECTORS, draft_of(step), TextInput("drainase, air mnum"), names=form_view.option_names
    )
    assert draft_of(step).partial == ["air_minum", "drainase", "jalan"]
    done = forms.handle(SECTORS, draft_of(step), TextInput("selesai"))
    assert draft_of(done).answers == {"sectors": ["air_minum", "drainase", "jalan"]}
