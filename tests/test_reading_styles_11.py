"""How the matcher reads round 67's and round 68's ways of asking (round 39 of tuning, read
from R83 to R86): a slum's area beside the rule's limit, rows pasted from a spreadsheet with
the unit in the header, Palembang and Manado or Ambon Malay, a term set equal to its long form,
"sedang" as "now doing", an SK's age, no reply yet and Australian
English. Every reading has checks that fail on the matcher before it (bd64794); the guards
pass on both."""

from __future__ import annotations

import pytest

from bot.domain.authority import Level
from bot.domain.pasted_table import with_units
from tests.readings import area_level, reading


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kumuh 6 ha, di bawah batas 10 ha, itu kewenangan kami kan?", Level.KABKOTA),
        ("slum of about 6 hectares, under the 10 ha line - that's ours, yeah?", Level.KABKOTA),
        ("kumuh 16 ha, di atas ambang 15 ha, ke pusat ya?", Level.PUSAT),
        # Guards: the limits alone are the rule asked about, not an area.
        ("batas 10 ha dan 15 ha itu dari mana", None),
        ("kumuh dibagi by luas ya? batasnya 10 ha & 15 ha?", None),
    ],
)
def test_an_area_beside_the_rules_limit(question, level):
    assert area_level(question) is level


@pytest.mark.parametrize(
    ("question", "level"),
    [
        (
            "Lokasi | Kecamatan | Luas (m²)\nBereng | Kahayan Hilir | 140.000\nKumuh ini siapa?",
            Level.PROVINSI,
        ),
        (
            "Lokasi | Luas (ha) | Kewenangan\nKumai Hilir | 3,5 | ?\nisi kewenangannya?",
            Level.KABKOTA,
        ),
        ("No\tLokasi\tLuas kumuh (Ha)\n1\tMentaya Hilir\t16\nsiapa yang tangani?", Level.PUSAT),
    ],
)
def test_a_pasted_rows_area_takes_its_headers_unit(question, level):
    assert area_level(question) is level


def test_only_numbers_under_an_area_header_get_its_unit():
    pasted = "no | lokasi | luas (ha)\n1 | desa 2 | 3,5\nkewenangan?"
    assert with_units(pasted) == "no | lokasi | luas (ha)\n1 | desa 2 | 3,5 ha\nkewenangan?"
    # A row of another width, or a line that is no row, is left as typed.
    assert with_units("luas (ha) | x\n4 | 5 | 6\n7") == "luas (ha) | x\n4 | 5 | 6\n7"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Usulan kito dak masuk kewenangan provinsi. Jadi cak mano, duitnyo biso dari mano bae?",
            ("topic", "pendanaan.saluran_lain"),
        ),
        ("Beta mau kase masuk usulan lewat bot, caranya bagaimana?", ("topic", "bot.usul")),
        ("rab=rencanaanggaranbiaya kah?", ("topic", "istilah.rab")),
        ("rakor=rapatkoordinasi kah?", ("topic", "istilah.rakor")),
        (
            "Dalam naskah akademik yang sedang kami susun terdapat frasa 'backlog perumahan'. "
            "Mohon dijelaskan pengertiannya.",
            ("topic", "istilah.backlog"),
        ),
        # Guards: "sedang" after a slum word is the band; "=" before a number is a sum.
        ("kumuh sedang ditangani siapa?", ("topic", "kumuh.tingkat_sedang_ringan")),
        ("Jaling = ?", ("topic", "istilah.jaling")),
    ],
)
def test_regional_malay_a_term_set_equal_and_sedang_as_now_doing(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "SK kumuh kami terbit 6 tahun lalu, usulan kumuhnya masih bisa dikirim atau kena "
            "masalah?",
            ("topic", "usulan.sk_kumuh"),
        ),
        ("Any update on our drainage proposal? Haven't heard back yet.", ("status", None)),
        ("usulan drainase kami gimana? belum dengar kabar", ("status", None)),
        ("How do I lodge a proposal through this bot, hey?", ("topic", "bot.usul")),
        (
            "Need to drop off some hard copies Thursday arvo, 17/12 - where's the provincial "
            "housing office again?",
            ("topic", "disperkimtan.kontak"),
        ),
        (
            "tenggat usulan tahun ini masih sama dengan tahun lalu? sampai tanggal berapa",
            ("deadline", None),
        ),
        # Guards: hearsay still asks whether a rule is so; a date asked to set a reminder is
        # the meeting's; the deadline asked beside a recent SK is the deadline.
        ("dengar2 usulan kami ditolak ya?", ("topic", "bot.ditolak_dialihkan")),
        ("kapan rakor? tolong kirim pengingat", ("meeting", "siklus.rakor")),
        (
            "usulan kumuh masih bisa dikirim sampai kapan? SK kumuh kami terbit 2025",
            ("deadline", None),
        ),
    ],
)
def test_an_sks_age_no_reply_yet_the_bots_reminders_and_australian_english(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Pokja PKP is what kind of group one? Working group for housing is it?",
            "istilah.pokjapkp",
        ),
        ("Saw https://www.lapor.go.id in the slide, LAPOR! is what system ah?", "istilah.lapor"),
        (
            "Is there a list of the commands for this yoke anywhere? I only know /usul.",
            "bot.cara_pakai",
        ),
        ("What does the province do for slum areas?", "kewenangan.kumuh"),
        # Guard: "is what date" asks when.
        ("eh, rakor is what date ah?", "siklus.rakor"),
    ],
)
def test_singlish_is_what_a_list_of_commands_and_the_provinces_part_in_slums(question, expected):
    assert reading(question)[1] == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "usulan drainase yang kita kirim bulan lalu, sekarang posisinya di mana?",
            ("status", None),
        ),
        ("kumuh7 hektardi desa Sei Pasah kewenangan siapaa", ("area", "kewenangan.kumuh")),
        # Guards: how to send what is being prepared is the walk-through; "hektaran" is one word.
        ("cara kirim usulan yang kami siapkan?", ("topic", "bot.usul")),
        ("kumuh 14 hektaran siapa", ("topic", "kewenangan.kumuh")),
    ],
)
def test_a_proposal_already_sent_and_words_run_together_around_an_area(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "total kumuh di Kalteng brp sih? ada yg bilang 6.998ha, mana yg bener?",
            ("topic", "kumuh.kalteng"),
        ),
        (
            "How many slum locations has Central Kalimantan all together, is the total around "
            "6.998 hectares?",
            ("topic", "kumuh.kalteng"),
        ),
        (
            "kumuh kami 8 ha, setelah revisi SK jadi 10 ha. kewenangan siapa?",
            ("area", "kewenangan.kumuh"),
        ),
        # Guards: one slum in the province is computed; so is an example whose level is asked.
        ("kumuh 16 ha di Kalimantan Tengah siapa?", ("area", "kewenangan.kumuh_pusat")),
        ("total kumuh kami 12 ha di Kalteng, siapa?", ("area", "kewenangan.kumuh")),
        ("misalnya kumuh 12 ha, itu provinsi?", ("area", "kewenangan.kumuh")),
    ],
)
def test_the_provinces_total_and_an_area_after_a_revision(question, expected):
    assert reading(question) == expected


def test_an_area_after_a_revision_is_the_one_that_stands():
    assert area_level("kumuh kami 8 ha, setelah revisi SK jadi 10 ha. kewenangan siapa?") is (
        Level.PROVINSI
    )
