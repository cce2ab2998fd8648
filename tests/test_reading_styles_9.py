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
        ("mi hear seh pbg replace imb. wha pbg mean", "i hear say pbg replace imb. what pbg mean"),
        # "seh" alone is Indonesian "sih"; two Indonesian words keep a message as it is.
        ("apaan seh, di mana", "apaan seh, di mana"),
        ("wha? yang di bawah 10 ha itu siapa", "wha? yang di bawah 10 ha itu siapa"),
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


# Round 64's styles, read from R75 and R76: American Southern English, Sundanese words, a
# question drafted for an FAQ or a quiz, two questions with the one that matters marked, and a
# proposal's own code.


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What all do y'all need in a proposal, and why're y'all askin' for all them fields?",
            ("topic", "usulan.isi"),
        ),
        (
            "Fixin' to fill out the beneficiaries part. When y'all write KK, what's that "
            "stand for?",
            ("topic", "istilah.kk"),
        ),
        (
            "Heard the old hands in Kotim going on about KOTAKU, what was that programme eh?",
            ("topic", "istilah.kotaku"),
        ),
        (
            "Rusunawa is like public rental housing estate in HK one ah?",
            ("topic", "istilah.rusunawa"),
        ),
        ("naon kapanjangan Disperkimtan teh?", ("topic", "istilah.disperkimtan")),
        ("Q: Jaling = ?\nA: ?\n(draft glosarium utk staf baru)", ("topic", "istilah.jaling")),
        ("Pertanyaan untuk FAQ dinas: SPM = ...? (di bidang perumahan)", ("topic", "istilah.spm")),
        ("Pertanyaan untuk FAQ dinas: Rakor = Rapat ...?", ("topic", "istilah.rakor")),
        (
            "1) DED tu singkatan napa? 2) Rakor thn ini jadi kapan? yg penting no 1 dulu lah",
            ("topic", "istilah.ded"),
        ),
        (
            "1. kumuh 12 ha siapa?\n2. syarat RTLH apa aja?\nterutama yang kedua ya",
            ("topic", "usulan.rtlh"),
        ),
        ("mohon cek status USL-2026-0012, sdh dibahas Rakor blm?", ("status", None)),
        # Guards: a decision's meaning, and "yg penting" with no numbered questions.
        (
            "my proposal was redirected to APBN, what does that mean",
            ("topic", "bot.ditolak_dialihkan"),
        ),
        ("1) DED tu singkatan napa? 2) Rakor thn ini jadi kapan?", ("meeting", "siklus.rakor")),
    ],
)
def test_southern_english_sundanese_faq_drafts_and_marked_questions(question, expected):
    assert reading(question) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "y'all need the ded up front, or can we send 'em on later?",
            "you need the ded up front, or can we send them on later?",
        ),
        ("why're y'all askin' for all them fields", "why're you asking for all them fields"),
        # No "y'all" or "fixin'": an apostrophe's "in'" and "reckon" stay.
        ("i reckon the rakor is in' june", "i reckon the rakor is in' june"),
    ],
)
def test_southern_english_only_beside_its_marks(text, read):
    assert dialect_written_out(text) == read


# Guards from this round's review (457 probes on a9af2cf and df77896: 47 worse, all mended).


@pytest.mark.parametrize(
    ("question", "level"),
    [
        # "aye" (Betawi "saya"), "seh" ("sih"), "inna lillahi": no Scots or Jamaican pass, and
        # "di bawah" keeps its bound.
        ("aye mau tanya, kumuh di bawah 10 ha ditangani siapa?", Level.KABKOTA),
        ("kumuh di bawah 10 ha siapa yang tangani seh?", Level.KABKOTA),
        ("inna lillahi, kawasan kumuh di bawah 10 ha di desa kami terbakar, siapa?", Level.KABKOTA),
        ("wee question: the slum di bawah 10 ha, who handles it?", Level.KABKOTA),
        # A price per square metre is no area.
        ("kumuh 12 ha, anggaran 2,5 jt m2, provinsi mampu?", Level.PROVINSI),
        (
            "biaya pembangunan jaling sekitar 1 jt m2, kumuhnya 6 ha, siapa yang tangani?",
            Level.KABKOTA,
        ),
    ],
)
def test_indonesian_beside_a_stray_mark_and_prices_per_square_metre(question, level):
    assert area_level(question) is level


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rakor tahun ini di mana ya pak? aye mau ikut", ("meeting", "siklus.rakor")),
        (
            "what DED, RAB and RKS do we need for a road proposal?",
            ("topic", "usulan.dokumen_teknis"),
        ),
        ("what SK kumuh, ours is from 2019, is it still valid?", ("topic", "usulan.sk_kumuh")),
        (
            "DED itu apa, wajib dilampirkan gak di usulan jaling?",
            ("topic", "usulan.dokumen_teknis"),
        ),
        ("delineasi itu apa, yang dihitung luas yang mana?", ("topic", "kumuh.luas_delineasi")),
        ("kumuh di situ apa penanganannya?", ("topic", "kumuh.pola_penanganan")),
        ("Rakor 2025 itu apa jadi diadakan?", ("topic", "siklus.rakor")),
        (
            "usulan desa yg sudah masuk musrenbang perlu dikirim lagi ke provinsi?",
            ("topic", "siklus.rkpd_apbd"),
        ),
        ("usulan kami sudah dicek belum? apa aja yg dicek?", ("status", None)),
        (
            '"Usulan PSU harus mencantumkan jumlah KK dan jiwa" kalau belum ada data jiwa gimana?',
            ("topic", "usulan.penerima_biaya"),
        ),
    ],
)
def test_what_the_review_found_reaching_too_far(question, expected):
    assert reading(question) == expected
