"""How the matcher reads round 62's ways of asking (round 37 of tuning, read from R71 and R72):
Scots and Jamaican English, areas in millions of square metres or with English thousands, a
term asked with its years, a comma or "disitu" beside it, a line quoted at the start, and a
proposal named by its village. Every reading has checks that fail on the matcher before it
(a9af2cf); the guards pass on both."""

from __future__ import annotations

import pytest

from bot.domain.authority import Level
from bot.domain.english import dialect_written_out
from tests.readings import area_level, reading


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Whit are the seven things ye look at tae call a place a slum, ken?", "kumuh.aspek"),
        ("How mony slum locations has Kalimantan Tengah got aw thegither?", "kumuh.kalteng"),
        ("Aye, wha registers the wee design firms, the regency or the province?", None),
        ("Wha 'Perkim' stand fah?", "istilah.perkim"),
        ("Mi hear seh PBG replace IMB. Wha PBG mean?", "istilah.pbg"),
        ("Mi wan know wha SPALD is, soon come wid di proposal.", "istilah.spald"),
    ],
)
def test_scots_and_jamaican_english_are_read(question, expected):
    kind, topic = reading(question)
    assert kind == "topic"
    if expected is not None:
        assert topic == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("aye, wha registers the design firms?", "yes, who registers the design firms?"),
        ("wha rtrw stand fah, mi bredda?", "what rtrw stand for, my brother?"),
        ("mi hear seh pbg replace imb", "i hear say pbg replace imb"),
        # No Scots or Jamaican word: Indonesian "di", "mi" and O&P stay.
        ("rumah di desa, mi ayam", "rumah di desa, mi ayam"),
        ("whit is o&p", "what is o&p"),
    ],
)
def test_dialect_words_only_beside_an_unmistakable_one(text, read):
    assert dialect_written_out(text) == read


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kumuh 1 juta m2 di Kapuas Hilir itu tanggung jawab siapa?", Level.PUSAT),
        ("slum of 1 million m2, who handles it", Level.PUSAT),
        # Three decimals of a square metre are thousands: 12,5 ha.
        ("there's a slum area of 125,000 m² in Pahandut. who's responsible?", Level.PROVINSI),
        ("kumuh 125,000 m2 siapa", Level.PROVINSI),
        # Guards: hectares still read two ways; a budget in millions is no area.
        ("kumuh 12,500 ha siapa", None),
        ("anggaran 1 juta, kumuh 5 ha siapa", Level.KABKOTA),
    ],
)
def test_areas_in_millions_and_thousands_of_square_metres(question, level):
    assert area_level(question) is level


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("SPM itu apa, yg ada target 100% itu?", ("topic", "istilah.spm")),
        ("pak,RPJMD 2025-2029 itu dokumen apa ya,saya baru pindah", ("topic", "istilah.rpjmd")),
        ("what SKBG, boss? the certificate for the building?", ("topic", "istilah.skbg")),
        ("what LAPOR is? somebody say the bot follow the standard.", ("topic", "istilah.lapor")),
        (
            '"jumlah penerima manfaat: 120 KK / 450 jiwa" jiwa disitu maksudnya gimana?',
            ("topic", "istilah.jiwa"),
        ),
        ("KUA-PPAS... what's that when it's at home?", ("topic", "istilah.kuappas")),
        # Guards: more than the meaning asked.
        ("what RTLH criteria apply?", ("topic", "usulan.rtlh")),
        ('"harus ada DED sebelum usul" betul gitu pak?', ("topic", "usulan.kesiapan")),
    ],
)
def test_a_term_asked_with_its_years_a_comma_or_a_quote(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("menopo usulan jaling Desa Sido Mulyo sampun diverifikasi nggih?", ("status", None)),
        ("provinsi meriksa usulan kami itu apa aja yg dicek?", ("topic", "siklus.pemeriksaan")),
        # A village in a question about what may be proposed is no proposal of theirs.
        (
            "Mana yang lebih mungkin diterima provinsi: usulan peningkatan jalan poros desa "
            "atau jalan lingkungan plus drainase di dalam permukiman?",
            ("topic", "psu.lingkup_provinsi"),
        ),
    ],
)
def test_a_proposal_named_by_its_village_and_what_is_checked(question, expected):
    assert reading(question) == expected


# Round 63's styles, read from R73 and R74: New Zealand and Welsh English, and a figure asked
# of a term.


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("seeing 'huntara' in the flood reports, what's it short for eh?", "istilah.huntara"),
        ("Sweet as, just doing the beneficiaries bit now. KK means households, eh?", "istilah.kk"),
        ("apaan itu RKS, yg diminta bareng DED sm RAB?", "istilah.rks"),
        ("not sure what BMD is, the asset fulla said it. Barang milik something?", "istilah.bmd"),
        ("Where to is it in the budget, KUA-PPAS? What does it mean, like?", "istilah.kuappas"),
        ("What's 'perlu perbaikan' mean now, tidy? Can I still send it back in?", "bot.status"),
    ],
)
def test_new_zealand_and_welsh_ways_of_asking_a_term(question, expected):
    assert reading(question) == ("topic", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Any news on the proposals we sent in? Where are they at, eh?", ("status", None)),
        # A figure the knowledge base does not hold is handed over, not defined.
        ("berapa angka backlog rumah di Kalteng sekarang?", ("unknown", None)),
        # Guards: the term's meaning still answers; a comma does not free a term its
        # possessor holds when no meaning is asked.
        ("backlog itu apa?", ("topic", "istilah.backlog")),
        (
            "Selain jalan lingkungan dan drainase, PSU apa lagi yang dikerjakan Disperkimtan? "
            "Lampu jalan atau MCK bisa?",
            ("topic", "psu.lingkup_provinsi"),
        ),
    ],
)
def test_proposals_we_sent_and_a_figure_asked_of_a_term(question, expected):
    assert reading(question) == expected
