"""How the matcher reads round 60's ways of asking (round 36 of tuning): a Minangkabau flavour
("rks tu apo?"), a to-do list with the question as one item, form fields pasted above the
question, two-word "psu siapa", and Irish English courtesies. Every reading has checks that
fail on the matcher before it (436b097); the guards pass on both."""

from __future__ import annotations

import pytest

from bot.domain import asking
from bot.domain.asking import normalise
from tests.readings import reading


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("bast tu apo? indak paham ambo", ("topic", "istilah.bast")),
        ("rtlh tu apo sabananyo?", ("topic", "istilah.rtlh")),
        ("DED tu apo? panjang bana singkatannyo", ("topic", "istilah.ded")),
        ("baa caronyo mangirim usulan?", reading("bagaimana caranya mengirim usulan?")),
        ("dima kantor disperkimtan? ambo bisuak ka Palangka", ("topic", "disperkimtan.kontak")),
        ("sia nan manetapkan lokasi kumuh?", reading("siapa yang menetapkan lokasi kumuh?")),
    ],
)
def test_minangkabau_words_are_read_in_indonesian(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("artinyo", "artinya"),
        ("singkatannyo apo", "singkatannya apa"),
        ("jangan sia-sia", "jangan sia"),  # in vain, written once; not "siapa"
        ("sia nan manetapkan", "siapa yang menetapkan"),
        ("kampanye", "kampanye"),  # an Indonesian word that ends so
    ],
)
def test_minangkabau_endings_and_their_guards(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "1. rekap usulan Kapuas\n2. tanya bot: garis besar pembagian urusan perkim "
            "pusat-prov-kab gimana?\n3. kirim ke kabid",
            ("topic", "kewenangan.ringkasan"),
        ),
        (
            "1. cek SK\n2. tanya: hibah tu apo artinyo\n3. kirim ke bagian aset",
            reading("hibah itu apa"),
        ),
        ("To do:\n1) telpon kades\n2) RTLH itu singkatan apa?", ("topic", "istilah.rtlh")),
    ],
)
def test_the_item_of_a_to_do_list_that_asks_is_read_alone(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # Two items ask: the list is read whole.
        "1. syarat usulan psu apa?\n2. rakor kapan?",
        # Lettered options are a quiz's, not a to-do list.
        "Siapa yang menetapkan lokasi kumuh?\na. gubernur\nb. bupati/wali kota\nc. menteri",
    ],
)
def test_other_lists_are_read_whole(question):
    assert asking._agenda_item(question) is None
    assert reading(question) == reading(question.replace("\n", " "))


def test_form_fields_pasted_above_a_question_are_not_what_it_asks():
    question = (
        "Nama kegiatan: Drainase Kel. Menteng\nKK: 40\nJiwa: 150\n\n"
        "Jiwa di sini maksudnya apa, dihitung gimana?"
    )
    assert reading(question) == ("topic", "istilah.jiwa")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("psu siapa", ("topic", "kewenangan.psu")),
        ("jalan lingkungan siapa?", ("topic", "kewenangan.psu")),
        # Who someone is, not whose a thing is: as before.
        ("admin siapa", reading("admin siapa ya")),
        ("kamu siapa", reading("kamu siapa ya")),
    ],
)
def test_a_thing_and_who_asks_whose_it_is(question, expected):
    assert reading(question) == expected


def test_irish_courtesies_do_not_drown_the_term():
    question = (
        "What's this BAST the contractor wants signed at the end of the works? Grand if you "
        "could tell me what it stands for."
    )
    assert reading(question) == ("topic", "istilah.bast")
