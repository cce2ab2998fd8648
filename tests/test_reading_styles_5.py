"""How the matcher reads round 51's ways of asking (round 33 of tuning): a first question taken
back before the real one, letters a scanned letter or a worn keyboard misprinted as digits or
"rn", words someone said quoted beside what the officer asks, a band of slum areas, and Kenyan
English intents. Every reading has checks that fail on the matcher before it (22be495); the
guards pass on both."""

from __future__ import annotations

import pytest

from bot.domain.asking import Kind, Matcher, matcher
from bot.domain.authority import Level
from tests.readings import area_level, reading


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "rakor kapan ya? eh nggak jadi deh, itu nanti saja. yang penting: RTLH itu "
            "singkatan apa?",
            ("topic", "istilah.rtlh"),
        ),
        (
            "Jadwal rakor sudah tahu. Yang mau saya tanyakan: siapa yang menetapkan lokasi kumuh?",
            ("topic", "kumuh.penetapan"),
        ),
        (
            "cara kirim usulan lewat bot sudah paham. pertanyaan saya sebenarnya: BAST itu "
            "dokumen apa?",
            ("topic", "istilah.bast"),
        ),
        (
            "When is the coordination meeting? Never mind, my actual question is what DED "
            "stands for.",
            ("topic", "istilah.ded"),
        ),
    ],
)
def test_a_question_taken_back_gives_way_to_the_next(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "tidak jadi kumuh" (does not become a slum) takes nothing back.
        (
            "provinsi bisa bantu program pencegahan supaya desa kami tidak jadi kumuh?",
            ("topic", "kewenangan.pencegahan_kumuh"),
        ),
        # "sudah tahu" without a break after it takes nothing back.
        ("saya sudah tahu syaratnya, tapi kapan batas akhir usulan?", ("deadline", None)),
        ("Terima kasih, sudah jelas.", ("greeting", None)),
    ],
)
def test_only_a_mark_that_takes_something_back_cuts_the_message(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    "text", ["eh nggak jadi deh", "rakor kapan? eh ga jadi", "never mind, thanks", "skip"]
)
def test_a_question_taken_back_with_nothing_after_is_a_closing(text):
    """Not a topic its words happen to share ("nggak jadi deh" was slum prevention)."""
    assert reading(text) == ("greeting", None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "kewenangan pr0vinsi di sub urusan perurnahan apa saja?",
            ("topic", "kewenangan.perumahan"),
        ),
        ("SK kurnuh itu dokumen apa?", ("topic", "istilah.skkumuh")),
        ("usu1an karni sudah sampai mana?", ("status", None)),
        ("rak0r tahun ini kapan?", ("meeting", "siklus.rakor")),
    ],
)
def test_misprinted_letters_are_read_as_the_word_meant(question, expected):
    assert reading(question) == expected


def test_misprints_are_read_only_into_known_words():
    m = Matcher(matcher().kb)
    assert m._misprinted("usu1an") == "usulan"
    assert m._misprinted("kurnuh") == "kumuh"
    assert m._misprinted("pernah") is None  # a word of its own with "rn" in it
    assert m._misprinted("12ha") is None  # an area typed without its space
    assert m._misprinted("2026") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "tadi bot tanya 'apakah lahan sudah clean and clear?', clean and clear itu "
            "artinya apa sih?",
            ("topic", "istilah.cleanandclear"),
        ),
        (
            "Kata Pak Kadis 'rumah korban bencana itu masuk SPM', SPM yang dimaksud beliau "
            "itu apa ya?",
            ("topic", "istilah.spm"),
        ),
        (
            "kata admin 'segera kirim sebelum ditutup', batas akhir kirim usulan tanggal berapa?",
            ("deadline", None),
        ),
    ],
)
def test_what_is_asked_outside_a_quote_is_answered(question, expected):
    assert reading(question) == expected


def test_a_quoted_area_rule_gives_way_to_the_officers_own_area():
    understood = matcher().understand(
        "tadi bot bilang 'di bawah 10 ha kab/kota'. kumuh kami pas 10 hektar, siapa yang berwenang?"
    )
    assert understood.kind is Kind.AREA
    assert understood.ruling is not None and understood.ruling.level is Level.PROVINSI


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A question relayed in quotes, with nothing asked outside it but how to answer.
        (
            "ada warga nanya: 'pak, rumah saya tidak layak huni bisa dibantu provinsi?' "
            "jawabnya gimana?",
            ("topic", "usulan.rtlh"),
        ),
        # One quoted word is the term asked about.
        (
            "bendahara tanya, 'hibah' dalam urusan aset PSU itu artinya apa?",
            ("topic", "istilah.hibah"),
        ),
    ],
)
def test_a_quote_stays_the_subject_when_nothing_else_is_asked(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kumuh antara 10 sampai 14 ha kewenangan siapa?", Level.PROVINSI),
        ("luas kumuhnya antara 16 hingga 20 hektar, siapa yang berwenang?", Level.PUSAT),
        ("slum between 2 and 8 hectares, who is the authority?", Level.KABKOTA),
        ("kumuh sekitar 12-an hektar urusan siapa?", Level.PROVINSI),
    ],
)
def test_a_band_of_areas_within_one_level_gets_that_level(question, level):
    assert area_level(question) is level


def test_a_band_across_levels_gets_the_whole_rule():
    assert reading("kumuh 8 sampai 12 ha kewenangan siapa?") == ("topic", "kewenangan.kumuh")
    assert reading("kumuh 10-15 ha siapa") == ("topic", "kewenangan.kumuh")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kindly advise the closing date for submissions this cycle.", ("deadline", None)),
        ("I wish to inquire whether our proposals have moved since last week.", ("status", None)),
        ("setelah tanggal berapa usulan tidak diterima lagi tahun ini?", ("deadline", None)),
        # "LAPOR!" ends no sentence: the question after the report is read whole.
        (
            "Pak, di surat tertulis pengaduan lewat LAPOR!. Saya baru dengar. LAPOR! itu apa "
            "ya? Sudah dulu pak, mau apel.",
            ("topic", "istilah.lapor"),
        ),
        (
            "Terima kasih, penjelasan soal 'kewenangan provinsi' sudah jelas sekali",
            ("greeting", None),
        ),
    ],
)
def test_round_51s_intents_in_kenyan_english_and_around_a_report(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A take-back only at the start or after a break, with a break or the end after it.
        ("rapat besok jadi atau ga jadi", ("meeting", "siklus.rakor")),
        ("usulan PSU kami di Kapuas sudah jelas", ("status", None)),
        ("DED nya boleh di skip?", ("topic", "istilah.ded")),
        (
            "Status lahan sudah jelas, clean and clear. Apa lagi yang perlu dilengkapi?",
            ("topic", "usulan.lahan"),
        ),
        ("OK never mind, I found it", ("greeting", None)),
        ("ga jadi pak, udah ketemu jawabannya", ("greeting", None)),
        # "tidak diterima lagi" is a deadline only with a time asked.
        ("Kenapa usulan kami tidak diterima lagi tahun ini?", ("topic", "bot.ditolak_dialihkan")),
        ("proposals no longer accepted after what date?", ("deadline", None)),
        ("We moved the location of our proposal, what do we do?", ("topic", "usulan.lokasi")),
        # Who said the quote names no term asked about.
        ("staf Pokja PKP bilang 'usulan RTLH tidak perlu SKT', apa iya?", ("topic", "istilah.skt")),
        # A count before a word is no misprint.
        ("usulan untuk 5rt di desa kami bisa?", ("unknown", None)),
        # A band of the village's area beside the slum's: which one counts.
        ("kumuh 12 ha, luas desa 20-30 ha, siapa?", ("topic", "kumuh.luas_delineasi")),
        # About a limit may fall either side of it.
        ("kumuh sekitar 10-an hektar, kabupaten atau provinsi?", ("topic", "kewenangan.kumuh")),
    ],
)
def test_the_narrowing_the_round_33_review_asked_for(question, expected):
    assert reading(question) == expected


def test_only_a_band_is_said_back_as_one():
    corrected = matcher().understand("kumuh 12 ha, eh salah 13 ha, siapa?")
    assert corrected.kind is Kind.AREA and corrected.area_to is None
    statute = matcher().understand("kumuh 10 s.d. 14 ha kewenangan siapa?")
    assert (statute.area_ha, statute.area_to) == (10, 14)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A term the command's form names, asked beside the command.
        ("form /usul nanya status lahan SKT, SKT itu apa?", ("topic", "istilah.skt")),
        ("habis buka /status ada tulisan APBN, APBN itu singkatan apa?", ("topic", "istilah.apbn")),
        # A rule read as surely without the command.
        (
            "Waktu isi /usul ada pilihan PSU permukiman atau PSU perumahan. Yang jadi "
            "kewenangan provinsi yang mana?",
            ("topic", "kewenangan.psu"),
        ),
        # The command itself asked about.
        ("/usul itu buat apa?", ("topic", "bot.usul")),
        ("di /usul nanti nama desanya diketik manual?", ("topic", "bot.usul")),
    ],
)
def test_a_command_named_beside_another_subject_gives_way_to_it(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A file's name or a folder's path is where something is, not what is asked.
        (
            "Di lampiran Sumber_Dana_Usulan.pdf ada pilihan APBDes, itu apa artinya?",
            ("topic", "istilah.apbdes"),
        ),
        # A link keeps its site's name.
        (
            "link sipd.kemendagri.go.id sudah dibuka, tapi SIPD sendiri itu singkatan apa?",
            ("topic", "istilah.sipd"),
        ),
        ("apa itu lapor.go.id?", ("topic", "istilah.lapor")),
        # Dayak Ngaju "ikau" (kamu), "jituh" (ini) and "narai" (apa).
        (
            "Ikau tahu kah, urusan perumahan jituh narai bagian provinsi dan narai bagian "
            "kabupaten?",
            ("topic", "kewenangan.perumahan"),
        ),
        # Stuck, asked after: the officer's own proposals; beside an area's authority, not.
        ("usulan RTLH kami nyangkut di mana ya?", ("status", None)),
        (
            "Usulan kumuh 15 ha kami mentok di provinsi, sebenarnya kewenangan siapa?",
            ("area", "kewenangan.kumuh_pusat"),
        ),
    ],
)
def test_round_53s_files_links_dayak_words_and_stuck_proposals(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "area", "level"),
    [
        ("kumuh 12½ ha di Baamang kewenangan siapa?", "12.5", Level.PROVINSI),
        ("kumuh 9¾ hektar siapa", "9.75", Level.KABKOTA),
    ],
)
def test_a_fraction_sign_is_part_of_the_area(question, area, level):
    """NFKC spells "12½" as "121⁄2", which was read as 2 ha: the regency's, a wrong level."""
    understood = matcher().understand(question)
    assert understood.kind is Kind.AREA and str(understood.area_ha) == area
    assert understood.ruling is not None and understood.ruling.level is level
