"""How the matcher reads round 60's ways of asking (round 36 of tuning): a Minangkabau flavour
("rks tu apo?"), a to-do list with the question as one item, form fields pasted above the
question, two-word "psu siapa", and Irish English courtesies. Every reading has checks that
fail on the matcher before it (436b097); the guards pass on both. Below them, round 61's
(read from R69 and R70): stretched letters and digits for letters, "kak" addressing the admin,
Nigerian English and Dayak words, the time left, and an area whose number reads two ways."""

from __future__ import annotations

import pytest

from bot.domain import asking
from bot.domain.asking import normalise
from bot.domain.authority import Level
from tests.readings import area_level, reading


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


# Round 61's ways of asking, read from R69 and R70.


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rakooor singkatan apa yaaa", ("topic", "istilah.rakor")),
        ("kata hibbbah tu maksudnya apa sih", ("topic", "istilah.hibah")),
        ("saaaat rakor kapan", ("meeting", "siklus.rakor")),  # a letter kept twice
        ("r4b itu 4p4 ya min", ("topic", "istilah.rab")),
        ("4lokasi kumuh di kotim", reading("4 lokasi kumuh di kotim")),  # a count, no letters
    ],
)
def test_alay_writing_is_read_plainly(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rtlh itu apa sih kak", ("topic", "istilah.rtlh")),
        ("kak, bapperida itu apa", ("topic", "istilah.bapperida")),
        # KAK (terms of reference) asked, with or without someone addressed.
        ("KAK itu apa kak", ("topic", "istilah.kak")),
        ("apa itu KAK", ("topic", "istilah.kak")),
    ],
)
def test_kak_addressing_the_admin_is_not_the_term(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Abeg, wetin be Renja?", ("topic", "istilah.renja")),
        ("Please how far, kumuh means what?", ("topic", "istilah.kumuh")),
        ("how far with our proposals?", ("status", None)),  # "how far along": the status
        (
            "kanampi cara provinsi ngecek usulan, dinda?",
            reading("bagaimana cara provinsi cek usulan?"),
        ),
        ("sisa waktu ngusulin berapa hari lagi bang", ("deadline", None)),
        ("sisa waktu rakor berapa hari lagi", ("meeting", "siklus.rakor")),
    ],
)
def test_nigerian_english_dayak_and_the_time_left(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "level"),
    [
        # 40 000 m2 in English, 40 m2 in Indonesian: the regency's either way.
        ("slum area of 40,000 square metres, which level handles it?", Level.KABKOTA),
        ("kumuh 5,000 m2 siapa", Level.KABKOTA),
        # 12,5 ha (the province's) or 12 500 ha (the centre's): not guessed.
        ("kumuh 12,500 ha siapa", None),
    ],
)
def test_an_area_read_two_ways_is_answered_when_both_fall_to_one_level(question, level):
    assert area_level(question) is level


# Guards from this round's review (354 + 131 probes on 436b097 and the first version).


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Numbered facts, then the question: the facts are what is asked about.
        (
            "1. Nama desa: Sei Gohong\n2. Luas kumuh: 8 ha\n3. Siapa yang berwenang menangani?",
            ("area", "kewenangan.kumuh"),
        ),
        (
            "1. Luas kawasan 14 ha\n2. Kewenangan provinsi atau kabupaten?",
            ("area", "kewenangan.kumuh"),
        ),
    ],
)
def test_a_numbered_form_is_read_whole(question, expected):
    assert asking._agenda_item(question) is None
    assert reading(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "To do hari ini:\n1. tanyakan ke Bapperida soal DAK\n2. siapkan RAB\n3. kirim DED",
        # "Rekap KK?" is a chore with a question mark, no question word.
        "Tugas staf:\n1. Cek RTLH di SIPD\n2. Rekap KK?\n3. Kirim laporan",
    ],
)
def test_chores_alone_are_no_question_for_the_bot(question):
    assert asking._agenda_item(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sekda siapa", reading("siapa sekda")),  # a person, not whose it is
        ("lapor siapa", ("topic", "istilah.lapor")),  # to whom, not whose
        ("mbr itu siapa", ("topic", "istilah.mbr")),  # who they are
        ("operator sipd siapa", ("topic", "istilah.sipd")),
    ],
)
def test_who_someone_is_is_not_whose_it_is(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("jo lali kirim ded", "jo lali kirim ded"),  # Javanese "don't forget"
        ("mas jo sudah kirim", "mas jo sudah kirim"),  # a colleague
        ("samo jo ded", "sama dengan ded"),
        ("luas muncul nan", "luas muncul nan"),  # NaN in a form
        ("manga dicek dulu", "manga dicek dulu"),  # a slip for "mangga"
        ("nagari itu sama dengan desa?", "nagari itu sama dengan desa?"),
        ("how far? we sent our proposal", "how far? we sent our proposal"),  # asks how far along
    ],
)
def test_words_other_languages_share_are_left(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("KAK, RAB, DED itu singkatan apa?", ("topic", "istilah.kak")),  # a list, no address
        ("SK kumuh Kapuas tertulis '12 ha', ha itu kependekan dr apa ya", ("topic", "istilah.ha")),
        # A blank to fill beside an area asks its level.
        ("kumuh di bawah 10 ha = ____ ?", reading("kumuh di bawah 10 ha kewenangan siapa?")),
    ],
)
def test_a_term_asked_beside_an_area_or_a_list(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Kindly share the breakup of housing functions between Centre, Province and "
            "District. Who is doing what exactly?",
            ("topic", "kewenangan.ringkasan"),
        ),
        (
            "siapa ngerjain apa di perkim antara pusat, prov, kab?",
            ("topic", "kewenangan.ringkasan"),
        ),
        # Who does what at a meeting is the meeting's business, read as before.
        ("who does what at the rakor?", reading("what happens at the rakor?")),
    ],
)
def test_who_does_what_is_the_authority_overview(question, expected):
    assert reading(question) == expected
