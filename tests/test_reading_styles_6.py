"""How the matcher reads round 54's and round 55's ways of asking (round 34 of tuning):
accented letters and invisible characters inside words, terms written out, Malaysian Malay,
Indian English and areas in English words or square metres. Every reading has checks that
fail on the matcher before it (7f5ba79); the guards pass on both."""

from __future__ import annotations

import pytest

from bot.domain.asking import Kind, matcher, normalise
from bot.domain.authority import Level
from tests.readings import area_level, reading


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kumüh itu artinya apa", ("topic", "istilah.kumuh")),
        ("Pérkim itu singkatan dari apa?", ("topic", "istilah.perkim")),
        ("ÓPD itu apa ya", ("topic", "istilah.opd")),
        ("R\u200bLH itu kepanjangannya apa?", ("topic", "istilah.rlh")),
        ("RD\u00adTR itu apa ya", ("topic", "istilah.rdtr")),
        ("Tolong bántu saya ya", ("greeting", None)),
    ],
)
def test_accents_and_invisible_characters_are_not_part_of_a_word(question, expected):
    assert reading(question) == expected


def test_an_accented_area_question_is_computed():
    understood = matcher().understand("kawasan kumüh 15 hektare pas, masuk kéwenangan mana?")
    assert understood.kind is Kind.AREA
    assert understood.ruling is not None and understood.ruling.level is Level.PUSAT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Emoji keep their skin tones and variation selectors; other scripts keep their marks.
        ("👍🏽 makasih 🙏️", "👍🏽 makasih 🙏️"),
        ("مُحَمَّد", "مُحَمَّد"),
        ("kumuh 12½ ha", "kumuh 12,5 ha"),
    ],
)
def test_folding_leaves_emoji_other_scripts_and_fractions(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The decree written out in full is the SK kumuh, not the word "kumuh".
        ("Surat Keputusan kawasan kumuh itu maksudnya surat apa?", ("topic", "istilah.skkumuh")),
        # "arti kata X": X is the term asked, not a later one.
        (
            "pertanyaan singkat saja: arti kata delineasi dalam dokumen kumuh itu apa ya?",
            ("topic", "istilah.delineasi"),
        ),
        # Guard: the decree's issuer asked is the designation topic.
        ("surat keputusan lokasi kumuh itu yang tanda tangan siapa?", ("topic", "kumuh.penetapan")),
    ],
)
def test_a_term_written_out_or_named_as_a_word(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("permohonan projek kami dah lulus ke belum?", ("status", None)),
        ("mesyuarat seterusnya bila? tempat kat mana", ("meeting", "siklus.rakor")),
        ("macam mana nak hantar permohonan projek melalui bot ni?", ("topic", "bot.usul")),
        (
            "kerajaan negeri pegang kawasan kumur yg berapa hektar ya? boleh tak terangkan had "
            "luas tiap peringkat",
            ("topic", "kewenangan.kumuh"),
        ),
        (
            "jemputan mesyuarat dlm bot ni macam mana nak sahkan kehadiran?",
            ("topic", "bot.rapat"),
        ),
        ("Kindly inform the last date for proposal submission.", ("deadline", None)),
        # Guard: square metres asked about as a unit, with no number before them.
        ("How many square metres are in one hectare?", ("topic", "istilah.ha")),
    ],
)
def test_malaysian_malay_and_indian_english(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("Slum area exactly 100 thousand square metres, which level handle ah?", Level.PROVINSI),
        ("a slum of fourteen and a half hectares, who handles it?", Level.PROVINSI),
        ("slum of half a hectare, whose authority?", Level.KABKOTA),
        ("kumuh 150000 sqm siapa yang tangani", Level.PUSAT),
    ],
)
def test_english_areas_in_words_and_square_metres(question, level):
    assert area_level(question) is level


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "saya staf baru. dokumen yg isinya rincian perkiraan biaya pekerjaan satu per satu "
            "itu namanya apa ya, disingkat apa",
            ("topic", "istilah.rab"),
        ),
        (
            "program bantuan bedah rumah dari pusat yg swadaya itu namanya apa ya, singkatannya "
            "B.. B apa gitu",
            ("topic", "istilah.bsps"),
        ),
        ("warga berpenghasilan rendah itu istilahnya apa", ("topic", "istilah.mbr")),
        ("hunian sementara buat korban banjir itu namanya apa", ("topic", "istilah.huntara")),
        # Guards: a term named before the asking is what is asked; a hesitation asks nothing.
        ("RTLH itu singkatannya apa", ("topic", "istilah.rtlh")),
        ("PBG itu pengganti IMB ya? singkatannya apa", ("topic", "istilah.pbg")),
        (
            "eee pak, anu, jadwal cuti bersama akhir tahun ini, apa namanya, udah keluar belum ya",
            ("unknown", None),
        ),
        ("program rumah subsidi dari bank namanya apa", ("unknown", None)),
    ],
)
def test_a_term_described_by_a_newcomer_is_named(question, expected):
    assert reading(question) == expected


def test_indian_english_eligibility_is_the_criteria():
    question = (
        "Kindly let me know the eligibility for RTLH through province and who is finalising "
        "the beneficiary list."
    )
    assert reading(question) == ("topic", "usulan.rtlh")


@pytest.mark.parametrize(
    "question",
    [
        "This bot got what commands ah? Like /usul, /status those one, got list or not?",
        "apa beda /usul dan /status?",
    ],
)
def test_two_commands_named_ask_about_the_commands(question):
    assert reading(question) == ("topic", "bot.cara_pakai")


def test_one_command_named_is_its_own_topic():
    assert reading("/usul itu buat apa ya?") == ("topic", "bot.usul")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Found by the independent review of round 34: each was read wrongly by a first
        # version of this round's readings.
        ("kenapa /usul saya tidak muncul di /status", ("topic", "bot.usul")),
        ("/status saya perlu perbaikan, apa harus /usul ulang?", ("topic", "bot.status")),
        ("desa yg kena banjir kemarin namanya apa ya lupa", ("unknown", None)),
        ("laporan yg harus dikirim setelah proyek selesai namanya apa", ("unknown", None)),
        (
            "surat serah terima aset namanya apa dan siapa yg tanda tangan",
            ("topic", "hibah.aset"),
        ),
        (
            "orang provinsi yang verifikasi usulan kemarin namanya apa",
            ("topic", "siklus.pemeriksaan"),
        ),
        ("kerajaan negeri Sabah siapa ketua menteri", ("unknown", None)),
        ("the last date i checked, my proposal was still pending", ("unsure", None)),
        # And what the narrowing keeps.
        (
            "what is it called when the province hands over assets to the district?",
            ("topic", "istilah.hibah"),
        ),
        ("saya operator baru, /usul sama /status itu fungsinya beda?", ("topic", "bot.cara_pakai")),
    ],
)
def test_what_the_review_found(question, expected):
    assert reading(question) == expected
