"""How the matcher reads round 65's ways of asking (round 38 of tuning, read from R77 and R78):
a term spelt out with hyphens or dots, Betawi slang, a decimal comma with spaces around it,
Canadian and Pakistani English tags and openers, the long form of the one term named, and an
English yes/no question beside a remark. Every reading has checks that fail on the matcher
before it (d1ce26b); the guards pass on both."""

from __future__ import annotations

import pytest

from bot.domain.authority import Level
from bot.domain.english import texting_written_out
from tests.readings import area_level, reading


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("R-T-L-H itu singkatannya apa ya?", "istilah.rtlh"),
        ("tolong jelaskan s.k.b.g itu apa", "istilah.skbg"),
        ("K.R. di tabel kumuh maksudnya apa", "istilah.kr"),
        ("what does h-u-n-t-a-p stand for?", "istilah.huntap"),
        # Guards: "a.n." and "s.d." spell no term and stay as they are.
        ("mohon cek status usulan a.n. Dinas Perkim Kab. Katingan", None),
        ("usulan kami s.d. hari ini belum ada kabar", None),
    ],
)
def test_a_term_spelt_out_with_hyphens_or_dots(question, expected):
    kind, topic = reading(question)
    if expected is None:
        assert kind == "status"
    else:
        assert (kind, topic) == ("topic", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("RAB entu ape sih bang? kate orang kudu dilampirin", "istilah.rab"),
        ("SK kumuh kite udeh 7 taon, masih bisa dipake kagak?", "usulan.sk_kumuh"),
        ("bedanye rusun ame rusus ape? nyang mane punye pusat?", None),
    ],
)
def test_betawi_slang_is_read(question, expected):
    kind, topic = reading(question)
    assert kind == "topic"
    if expected is not None:
        assert topic == expected


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kumuh 11 , 5 hektar di Selat itu urusan siapa?", Level.PROVINSI),
        ("ada kumuh 16 , 2 Ha di Sampit, siapa yg tangani?", Level.PUSAT),
        # Guard: a list's comma has no space before it.
        ("kumuh 3 lokasi , 5 ha semua siapa", Level.KABKOTA),
    ],
)
def test_a_decimal_comma_with_spaces_around_it(question, level):
    assert area_level(question) == level


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do I use this bot, eh?", "bot.cara_pakai"),
        ("Sorry to bug you, but how do I use this bot?", "bot.cara_pakai"),
        ("SPM target 100% itu, SPM-nya sendiri singkatan apa?", "istilah.spm"),
        # Guard: a bug reported is no apology.
        ("the bot has a bug when I send photos, who fixes it?", None),
    ],
)
def test_canadian_tags_apologies_and_the_long_form_of_one_term(question, expected):
    kind, topic = reading(question)
    if expected is None:
        assert topic != "bot.cara_pakai"
    else:
        assert (kind, topic) == ("topic", expected)


def test_sorry_to_bug_you_is_written_out():
    assert texting_written_out("sorry to bug you, but what is pbg?") == "what is pbg?"
    assert texting_written_out("the app has a bug") == "the app has a bug"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Please tell till what date proposals are accepted?", "deadline"),
        ("Any update on the proposals from Kasongan? Haven't heard a peep.", "status"),
        # Guards: a request ("Could you sign ...?") asks nothing the bot answers, and a hotel
        # near the venue is no question about the meeting.
        (
            "Could you sign the O&P statement in the Bupati's place? He is overseas and we "
            "cannot reach him.",
            "unsure",
        ),
        ("Any cheap hotels near the office for the Rakor? With parking please.", "unknown"),
    ],
)
def test_english_yes_no_questions_beside_a_remark(question, expected):
    assert reading(question)[0] == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Round 66's and round 64's styles (R79 to R82): swipe-keyboard glue and held letters.
        ("RP3KPitu singkatan apa ya", ("topic", "istilah.rp3kp")),
        ("SKBGdi rusun maksudnya apa", ("topic", "istilah.skbg")),
        ("halo bot, saya baru, cara pakainyaa gimanaa", ("topic", "bot.cara_pakai")),
        # A chat note: bullets that ask nothing, then the line that asks.
        (
            "**Agenda besok**\n- Rakor\n- Musrenbang\nRakor itu kepanjangannya apa?",
            ("topic", "istilah.rakor"),
        ),
        # Unnumbered questions with the one that matters marked.
        ("PSU itu apa? terus rakor kapan? yg penting no 1", ("topic", "istilah.psu")),
        # Guards: a word in capitals that ends a sentence is no glue, and a note whose
        # bullets ask is read whole.
        ("kantor dinas posisinya di mana?", ("topic", "disperkimtan.kontak")),
    ],
)
def test_glued_terms_held_letters_chat_notes_and_marked_questions(question, expected):
    assert reading(question) == expected


def test_a_note_whose_bullets_ask_is_read_whole():
    from bot.domain.asking import _noted_question

    assert _noted_question("**Catatan**\n- PBG apa?\n- SLF apa?\nyang mana dulu?") is None
    assert _noted_question("- PBG\n- SLF\nSLF itu apa?") == "SLF itu apa?"
    # A last line that asks more than what a term is leans on the list.
    assert _noted_question("- PBG\n- SLF\nyang mana dulu?") is None
    assert _noted_question("Rakor kapan?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A letter's abbreviations end no sentence: the status asked is the officer's.
        (
            "mohon cek status USL-2026-0031 a.n. Dinas Perkim Kab. Kapuas, sdh dibahas Rakor blm?",
            ("status", None),
        ),
        # A decree past its years asks whether it stands, not until when proposals are taken.
        (
            "SK kumuhnya sudah kadaluarsa, lewat 6 tahun, usulan kumuh masih bisa masuk?",
            ("topic", "usulan.sk_kumuh"),
        ),
        # Guards: a full stop after a place still ends its sentence; the deadline alone.
        ("Saya dari Kab. Katingan. Rakor kapan ya?", ("meeting", "siklus.rakor")),
        ("usulan masih bisa masuk?", ("deadline", None)),
    ],
)
def test_a_letters_abbreviations_and_a_decree_past_its_years(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # An independent review's probes that the first readings of this round got wrong:
        # each reads as it did on d1ce26b. A label's number before a spaced comma is no decimal.
        ("RT 02 , 11 ha kumuh, masuk kewenangan mana?", Level.PROVINSI),
        ("SK kumuh tahun 2021 , 12 ha itu kewenangan siapa?", Level.PROVINSI),
        ("tahap 1 , 10 ha dulu yang diusulkan, itu kewenangan siapa?", Level.PROVINSI),
    ],
)
def test_the_review_a_labels_number_is_no_decimal(question, expected):
    assert area_level(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "posisinya di mana" of a place, not of a proposal.
        ("Lokasi usulan kami posisinya di mana harus ditandai di peta?", "usulan.lokasi"),
        # "kepanjangan" is also "too long"; "who stands for" is "who represents".
        ("Judul kegiatan usulan PSU saya kepanjangan, ada batas karakternya?", "usulan.isi"),
        ("Who stands for the province in the Pokja PKP?", "koordinasi.pokja_pkp"),
        # A line after a list leans on it.
        (
            "Syarat yang diminta:\n- SK kumuh\n- surat pernyataan hibah\nyang kedua itu "
            "ditandatangani siapa?",
            "usulan.surat_pernyataan",
        ),
    ],
)
def test_the_review_places_too_long_and_lines_that_lean_on_a_list(question, expected):
    assert reading(question) == ("topic", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kadis wants me to email the DED. Is that ok?", "greeting"),
        ("Peserta K.B. bisa dapat RTLH?", "istilah.kb"),
        ("Usulan kami sudah masuk. Persiapan rakor udah sampai mana?", "status"),
        (
            "Usulan kami sudah sampai mana? Ada yang ditolak? Terutama yang kedua, RTLH Kapuas",
            "bot.ditolak_dialihkan",
        ),
        ("Rakornya di hotel dekat bundaran besar itu ya?", "unknown"),
        ("Who do I go to for trouble you can't fix in SIPD?", "istilah.sipd"),
    ],
)
def test_the_review_no_longer_reads_these_so(question, expected):
    kind, topic = reading(question)
    assert expected not in (kind, topic)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A second independent review's probes, on the readings after the first review's
        # mends (13d6d80): each reads as it did on d1ce26b.
        ("Kewenangan PSU sekarang posisinya di provinsi atau kabupaten? kami mau usul", "status"),
        ("Is the rakor going to be online this year? Our travel budget is tight.", "siklus.rakor"),
        ("Is a DED required for RTLH? Our consultant is expensive.", "istilah.ded"),
        ("Kader K.B. di kawasan kumuh bisa jadi penerima RTLH?", "istilah.kb"),
        (
            "Rencana kegiatan:\n- jaling\n- drainase\nJaling itu kewenangan provinsi kan?",
            "istilah.jaling",
        ),
        ("Rakornya ada di hotel mana?", "unknown"),
    ],
)
def test_the_second_review_no_longer_reads_these_so(question, expected):
    kind, topic = reading(question)
    assert expected not in (kind, topic)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("usulan masih bisa dikirim? SK kumuh masih berlaku sampai 2026", ("deadline", None)),
        ("JAdi gini pak, usulan kami ditolak kenapa?", ("topic", "bot.ditolak_dialihkan")),
    ],
)
def test_the_second_review_an_sk_in_order_and_a_held_shift_key(question, expected):
    assert reading(question) == expected


def test_the_second_review_a_count_before_the_area_is_no_decimal():
    assert area_level("kami 3 , 14 ha di tiga desa, siapa yang tangani?") == Level.PROVINSI
    assert area_level("lokasi kumuh kami ada dua yaitu 4 , 12 ha, kewenangan siapa?") == (
        Level.PROVINSI
    )
