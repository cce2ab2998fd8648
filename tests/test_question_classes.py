"""The classifier's classes beyond the topics, and the rules that read whose area or which
decision a question is about. The class checks compare against the matcher without the
classes, so they fail if a class stops doing its work."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

import pytest

from bot.domain import asking
from bot.domain.asking import Kind, Matcher, matcher, normalise
from bot.domain.knowledge import load


@cache
def without_classes() -> Matcher:
    """The shipped matcher minus the out-of-scope and intent examples."""
    return Matcher(replace(load(), outside=(), intents=()))


def test_the_shipped_knowledge_base_has_outside_and_intent_examples():
    kb = load()
    assert len(kb.outside) >= 150
    assert {name for name, _ in kb.intents} == {
        "status", "meeting", "deadline", "greeting", "how_to_submit",
    }  # fmt: skip


def test_a_question_like_those_no_topic_answers_is_handed_over():
    question = "sertifikat rumah sy hilang urus dmn"
    assert without_classes().understand(question).kind is Kind.TOPIC  # a near topic, wrongly
    handed = matcher().understand(question)
    assert handed.kind is Kind.UNKNOWN
    assert handed.candidates  # the handover still knows the nearest topics


def test_short_acknowledgements_the_word_rules_miss_are_greetings():
    for text in ("sama-sama pak", "ok siap 86", "okey makasih infonya ya"):
        assert without_classes().understand(text).kind is not Kind.GREETING
        assert matcher().understand(text).kind is Kind.GREETING, text


def test_a_greeting_read_from_pieces_needs_the_classifiers_yes():
    assert matcher().understand("xyz abc").kind is Kind.UNKNOWN  # gibberish: no class scores
    thanks = "oke siap pak nanti kami kabari lagi ya terima kasih"
    assert without_classes().understand(thanks).kind is not Kind.GREETING
    assert matcher().understand(thanks).kind is Kind.GREETING
    long = matcher().understand("Bagaimana suatu usulan dinilai sudah siap untuk dilaksanakan?")
    assert long.kind is not Kind.GREETING


def test_deadline_and_status_wordings():
    assert matcher().understand("tgl terakhir usulan").kind is Kind.DEADLINE
    assert matcher().understand("msh keburu gak kirim usulan").kind is Kind.DEADLINE
    assert matcher().understand("usulan plg lambat dikirim tanggal berapa").kind is Kind.DEADLINE
    assert matcher().understand("cek usulan saya dong").kind is Kind.STATUS
    assert matcher().understand("what's the progress on our proposals").kind is Kind.STATUS
    # A field check in general is not the officer's own proposal.
    general = matcher().understand("gmn provinsi verifikasi usulan kami, ada cek lapangan gk")
    assert general.kind is not Kind.STATUS
    # "anggaran kami terbatas" is a limited budget, and "kapan dibangun" no deadline: the
    # long message asks who handles its 120 rb m2 slum.
    long = matcher().understand(
        "mau tanya usulan kami tahun depan ada lokasi kumuh luasnya sekitar 120 rb m2, "
        "apakah bisa ditangani provinsi? anggaran kami terbatas dan warga tanya kapan dibangun"
    )
    assert long.kind is Kind.AREA


def test_round_35s_words_and_the_asking_sentence_decide_the_live_intent():
    """Dayak words and a phone's autocorrect are read as meant; of a report and a question,
    the question names the intent (training tables R8 and R9)."""
    assert matcher().understand("Kueh Rakor tahun tuh? Aku handak manyiapkan tiket").kind is (
        Kind.MEETING
    )
    assert matcher().understand("Provisi sudah periksa usulan kami belum?").kind is Kind.STATUS
    assert matcher().understand("Rapor bidang kawasan permukiman tanggalnya kapan?").kind is (
        Kind.MEETING
    )
    reported = matcher().understand(
        "Tadi pagi rapat internal, Kadis minta semua usulan dikirim sebelum batas waktu "
        "provinsi. Saya lupa batasnya kapan ya?"
    )
    assert reported.kind is Kind.DEADLINE
    still = "Kami baru dapat DED minggu ini. Usulan masih diterima sampai akhir bulan?"
    assert matcher().understand(still).kind is Kind.DEADLINE
    assert matcher().understand("Is submission still open?").kind is Kind.DEADLINE
    for greeting in ("Salamat pagi, kilen kabar?", "apa kabar pak", "👍👍"):
        assert matcher().understand(greeting).kind is Kind.GREETING, greeting
    assert matcher().understand("gimana kabar usulan kami?").kind is Kind.STATUS
    whether = "Can you tell me if our two proposals from last month were accepted?"
    assert matcher().understand(whether).kind is Kind.STATUS  # "if" here is "whether"


def test_transmigrant_words_and_quiz_items_are_read_as_meant():
    """Sundanese, Madurese, Balinese and Bugis words are read in Indonesian, and a forwarded
    bimtek quiz item as the question it stands for (training tables R11 and R12)."""
    assert normalise("Punten, rapat salajengna teh iraha?") == "permisi, rapat selanjutnya kapan?"
    assert normalise("usulan apa ji yang bisa, di'?") == "usulan apa saja yang bisa, ?"
    assert normalise("wajib dilampirkeun?") == "wajib dilampirkan?"
    assert normalise("abdi negara") == "abdi negara"  # Sundanese "abdi" (I) is Indonesian too
    assert matcher().understand("Om swastyastu, BSPS nika napi nggih?").topic.id == "istilah.bsps"
    quizzes = {
        "pilihan ganda: RTLH adalah a. rumah tidak layak huni b. rumah tinggal lama": (
            "istilah.rtlh"
        ),
        "isian singkat: PSU merupakan kependekan dari ....": "istilah.psu",
        "soal pre-test: penetapan lokasi kumuh merupakan kewenangan ....": "kumuh.penetapan",
    }
    for quiz, topic in quizzes.items():
        assert matcher().understand(quiz).topic.id == topic, quiz
    # Neither options nor a blank: a statement to judge, read as it stands.
    judged = "benar atau salah: kumuh 12 ha kewenangan provinsi"
    assert normalise(judged) == "kumuh 12 ha kewenangan provinsi"


def test_chat_wrappers_are_no_part_of_the_question():
    """Mentions, hashtags, a template's sender fields and labels, and Islamic courtesies
    around a question (training table R13) leave the question itself to be read."""
    templated = "Nama: Budi\nKab: Katingan\nPertanyaan: kumuh 12 ha kewenangan siapa?"
    assert normalise(templated) == "kumuh 12 ha kewenangan siapa?"
    assert normalise("@SinkronBot rakor kapan? #rakor2027") == "rakor kapan? rakor 2027"
    assert normalise("email saya budi@gmail.com") == "email saya budi@gmail.com"
    wrapped = (
        "Bismillah, afwan mau tanya bagaimana provinsi memeriksa usulan dari kabupaten? "
        "jazakallah khair"
    )
    assert matcher().understand(wrapped).topic.id == "siklus.pemeriksaan"
    doubted = "bukankah izin pengembangan kawasan permukiman itu ranah provinsi?"
    assert matcher().understand(doubted).topic.id == "kewenangan.izin"
    assert matcher().understand("iya pak").kind is Kind.GREETING


def test_a_long_form_said_to_be_checked_asks_for_the_term():
    """ "DAK itu dana alokasi khusus kan?" checks what DAK stands for (training table R14);
    the long form as an aside leaves the question to the rest."""
    assert matcher().understand("DAK itu dana alokasi khusus kan?").topic.id == "istilah.dak"
    aside = "SKBG, sertifikat kepemilikan bangunan gedung, itu diterbitkan pemerintah mana?"
    assert matcher().understand(aside).topic.id == "kewenangan.izin"


def test_the_slum_area_among_village_areas_is_computed():
    named = matcher().understand(
        "desa kami 45 ha tp delineasi kumuh di SK cm 4,5 ha, siapa yg nangani"
    )
    assert named.kind is Kind.AREA and named.area_ha == 4.5
    assert named.ruling is not None and named.ruling.level.value == "kabkota"
    after = matcher().understand("kumuh yg didelineasi cuma 12 ha walaupun luas desanya 40 ha")
    assert after.kind is Kind.AREA and after.area_ha == 12


def test_a_decision_on_a_proposal_is_not_the_term_beside_it():
    decided = matcher().understand("usulan dialihkan ke APBD kab itu maksudnya apa")
    assert decided.topic is not None and decided.topic.id == "bot.ditolak_dialihkan"
    assert matcher().understand("apa itu APBD").topic.id == "istilah.apbd"


def test_which_area_counts_and_what_funds_it_are_not_computed():
    which = matcher().understand(
        "luas yg dipake yg mana, kelurahan kami 300 ha tp kumuhnya sebagian"
    )
    assert which.kind is Kind.TOPIC and which.topic.id == "kumuh.luas_delineasi"
    funding = matcher().understand("kumuh 6 ha enaknya didanai pakai apa")
    assert funding.kind is not Kind.AREA
    level = matcher().understand("kumuh 6 ha bisa didanai provinsi?")
    assert level.kind is Kind.AREA and level.ruling.level.value == "kabkota"


def test_purpose_merging_and_other_provinces():
    purpose = matcher().understand("what is the Rakor for")
    assert purpose.topic is None or purpose.topic.id != "istilah.rakor"
    assert matcher().understand("apa itu Rakor").topic.id == "istilah.rakor"
    merged = matcher().understand("klo dua lokasi kumuh 6 ha dan 5 ha digabung biar lewat 10 ha?")
    assert merged.kind is Kind.TOPIC and merged.topic.id == "kumuh.luas_delineasi"
    other = matcher().understand("daftar lokasi kumuh yg ditangani pemprov kalsel")
    assert other.kind is Kind.UNKNOWN
    assert matcher().understand("hi, I'm new here, can you help me").kind is Kind.GREETING


def test_one_word_is_no_live_intent_and_a_meaning_is_no_status():
    for word in ("lanjut", "tidak", "batas"):
        assert matcher().understand(word).kind not in (Kind.MEETING, Kind.DEADLINE, Kind.STATUS)
    meaning = matcher().understand("What do the proposal statuses mean?")
    assert meaning.kind is Kind.TOPIC and meaning.topic.id == "bot.status"
    assert matcher().understand("proposal status please").kind is Kind.STATUS


def test_found_by_hand_new_staff_where_the_meeting_is_and_who_decides():
    assert matcher().understand("sy staf baru, bingung mulai dr mana").kind is Kind.GREETING
    assert matcher().understand("rakor thn ini dmn").kind is Kind.MEETING
    assert matcher().understand("usulan kmi udh nyampe mana min").kind is Kind.STATUS
    # Who decides is a general question, not the officer's own proposals.
    general = matcher().understand("siapa yang menentukan usulan disetujui")
    assert general.kind is not Kind.STATUS


@pytest.mark.parametrize(
    ("question", "not_kind"),
    [
        ("slum kami", Kind.STATUS),  # one word and its translation are no two words
        ("perangkat daerah sampai kapan", Kind.DEADLINE),  # no proposal in it
        ("harus dari mana?", Kind.GREETING),  # help words without a greeting
        ("petugas mana?", Kind.GREETING),
        ("my proposals, what does rejected mean", Kind.STATUS),
        ("usulan saya harus melampirkan hasil survei?", Kind.STATUS),
        ("kumuh 12 ha tersebar di seluruh desa, siapa yang tangani", Kind.TOPIC),
    ],
)
def test_found_in_review_what_a_rule_must_not_catch(question, not_kind):
    assert matcher().understand(question).kind is not not_kind


def test_found_in_review_terms_provinces_and_i_mean():
    assert matcher().understand("what is Rakor short for").topic.id == "istilah.rakor"
    assert (
        matcher().understand("RTLH itu apa, rumah yg perlu perbaikan?").topic.id == "istilah.rtlh"
    )
    assert matcher().understand("apa itu RTLH? di jateng namanya beda").topic.id == "istilah.rtlh"
    assert matcher().understand("kumuh di jawa barat siapa yang tangani").kind is Kind.UNKNOWN
    meant = matcher().understand("maksud saya, status usulan kami sampai mana?")
    assert meant.kind is Kind.STATUS


def test_a_knowledge_base_without_the_bots_topics_still_answers():
    small = replace(load(), topics=tuple(t for t in load().topics if t.id.startswith("kumuh.")))
    reader = Matcher(small)
    for question in ("cara kirim usulan lewat bot", "/usul itu apa", "rakor kapan"):
        reader.understand(question)  # no KeyError for the missing bot and cycle topics


def test_an_area_in_words_is_computed():
    spelled = matcher().understand("kumuh dua belas ha siapa yang tangani")
    assert spelled.kind is Kind.AREA and spelled.area_ha == 12
    assert spelled.ruling is not None and spelled.ruling.level.value == "provinsi"
    assert matcher().understand("kumuh sembilan koma lima ha siapa").area_ha == Decimal("9.5")


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("kumuh 12 ha kewenangan siapa", {"kewenangan.kumuh"}),
        ("kumuh 20 ha siapa", {"kewenangan.kumuh", "kewenangan.kumuh_pusat"}),
        ("kapan rakor tahun ini", {"siklus.rakor"}),
        ("apa itu RTLH?", {"istilah.rtlh"}),
        ("usulan saya sudah sampai mana?", set()),
    ],
)
def test_what_an_answer_covers(question, covered):
    """A computed level states the whole slum rule (and the centre's topic at its level); the
    meeting answer carries its topic; a status answer states no topic."""
    assert matcher().understand(question).covers() == covered


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("usulan dialihkan ke APBD kab maksudnya apa", "bot.ditolak_dialihkan"),
        ("dialihkan ke DAK maksudnya kami urus sendiri ke pusat?", "bot.ditolak_dialihkan"),
        # "apa itu DAK" beside the decision, or the term's meaning asked apart from the
        # decision, still asks for the term.
        ("usulan kami dialihkan ke DAK. apa itu DAK?", "istilah.dak"),
        ("usulan kami dialihkan ke DAK, DAK itu artinya apa", "istilah.dak"),
        ("apa arti DAK, usulan kami dialihkan", "istilah.dak"),
    ],
)
def test_what_a_decision_means_is_not_the_term_beside_it(question, topic):
    understood = matcher().understand(question)
    assert understood.topic is not None and understood.topic.id == topic


def test_an_area_alone_is_computed_only_as_a_follow_up():
    assert matcher().understand("kalau 9,5 ha gmn").kind is not Kind.AREA
    again = matcher().understand("kalau 9,5 ha gmn", after_area=True)
    assert again.kind is Kind.AREA and again.area_ha == Decimal("9.5")
    assert matcher().understand("luas desa kami 40 ha", after_area=True).kind is not Kind.AREA


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("apa bedanya rtlh sama bsps", {"istilah.rtlh", "istilah.bsps"}),
        ("what is the difference between RTLH and BSPS", {"istilah.rtlh", "istilah.bsps"}),
        ("beda dak dan apbd apa", {"istilah.dak", "istilah.apbd"}),
        ("KB KS KR itu apa", {"istilah.kb", "istilah.ks", "istilah.kr"}),
        ("apa itu RTLH, BSPS dan PSU?", {"istilah.rtlh", "istilah.bsps", "istilah.psu"}),
        ("arti rtlh sama bsps", {"istilah.rtlh", "istilah.bsps"}),
    ],
)
def test_terms_compared_or_listed_are_all_answered(question, covered):
    assert matcher().understand(question).covers() == covered


@pytest.mark.parametrize(
    "question",
    [
        "psu perumahan dan psu permukiman bedanya apa",  # one term twice: its own topic
        "bedanya DAK dan APBD utk penanganan kumuh di desa",  # more than the two terms
        "apa itu rtlh",
        # Asked for what no definition gives: a schedule, requirements, a sum, a year.
        "beda jadwal musrenbang dan rkpd",
        "beda syarat rtlh dan bsps",
        "bedanya dak dan apbd berapa",
        "beda dak dan apbd 2025",
        "bedah rtlh dan bsps",  # "bedah" is renovating, no comparison
    ],
)
def test_a_comparison_of_two_terms_needs_exactly_two_and_nothing_more(question):
    assert matcher().understand(question).also == ()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A year's figure, requirements, a document or a how-to: no definition gives them.
        ("alokasi dak ppkt kotim 2025 brp", Kind.UNKNOWN),
        ("daftar jadi penghuni rusunawa syaratnya apa", Kind.UNKNOWN),
        ("ada rekomendasi konsultan yg bisa nyusun rp2kpkp?", Kind.UNKNOWN),
        # A task or a file asked for: someone at the province can, no answer can.
        ("tolong buatkan surat undangan rapat pokja pkp kab kami", Kind.UNKNOWN),
        ("boleh minta file materi rakor kemarin?", Kind.UNKNOWN),
        ("surat pernyataan hibah isinya apa", Kind.TOPIC),
        ("tolong buatkan surat pengantar usulan", Kind.UNKNOWN),  # not "buat kan"
        # Another score than a slum's: the slum-score topics do not explain it.
        ("skor prioritas kami 70 itu bagus?", Kind.UNKNOWN),
        # The term's meaning asked: the definition.
        ("apa itu rusunawa", Kind.TOPIC),
        ("rp2kpkp itu apa", Kind.TOPIC),
    ],
)
def test_definitions_and_answers_only_where_they_answer(question, kind):
    assert matcher().understand(question).kind is kind


@pytest.mark.parametrize(
    "question",
    ["berapa jumlah penerima bantuan bsps", "rusunawa berapa kk per unit", "berapa kali rakor"],
)
def test_a_count_is_no_sum_of_money(question):
    assert not matcher().understand(question).amount


@pytest.mark.parametrize(
    "question",
    [
        "anggaran PSU provinsi tahun 2025 brp",
        "how much is the 2026 RTLH budget",
        "berapa unit rtlh yg dibangun provinsi tahun 2025",
        # A grant's size changes by year too, in English as in Indonesian (ninth try-out: the
        # RTLH conditions answered "how much is the RTLH grant").
        "how much is the RTLH grant",
        "berapa subsidi rumah dari provinsi",
    ],
)
def test_a_years_budget_or_realisation_is_handed_over(question):
    """Figures that change every year, which no topic holds: the province answers them."""
    understood = matcher().understand(question)
    assert understood.kind is Kind.UNKNOWN and understood.amount


def test_which_budget_year_is_no_sum_of_money():
    understood = matcher().understand("usulan thn ini masuk anggaran thn brp")
    assert not understood.amount


@pytest.mark.parametrize(
    "question",
    [
        "cara upload dokumen usulan",
        "Di mana saya bisa menginput usulan baru?",
    ],
)
def test_ways_of_saying_how_to_submit_point_at_usul(question):
    understood = matcher().understand(question)
    assert understood.topic is not None and understood.topic.id == "bot.usul"


def test_a_legal_basis_asked_alone_is_the_basis_of_what_was_just_answered():
    after = ("Apa target SPM perumahan provinsi?", "kewenangan.spm")
    for question in ("itu dasar hukumnya apa?", "dasarnya pasal berapa?", "sumbernya apa?"):
        followed = matcher().understand(question, after=after)
        assert followed.topic is not None and followed.topic.id == "kewenangan.spm"
        # Alone it names no subject: never a confident answer.
        assert matcher().understand(question).kind is not Kind.TOPIC
    # A basis asked with its subject is that subject's, whatever came before.
    named = matcher().understand("apa dasar hukum kewenangan kumuh", after=after)
    assert named.topic is not None and named.topic.id == "kewenangan.kumuh"


def test_a_term_asked_outright_beside_a_decision_is_the_term():
    understood = matcher().understand("apa arti DAK, usulan kami dialihkan")
    assert understood.topic is not None and understood.topic.id == "istilah.dak"


@pytest.mark.parametrize(
    ("question", "kind", "topic"),
    [
        # a greeting with who is asking, and no question yet
        ("Selamat siang, sy operator baru disperkim kab. Katingan", Kind.GREETING, None),
        # "apa yang dimaksud dengan X" asks for the term
        ("mohon dijelaskan yang dimaksud dengan RTLH", Kind.TOPIC, "istilah.rtlh"),
        # which budget year is no sum of money
        ("usulan yg dikirim tahun ini masuk tahun anggaran berapa", Kind.TOPIC, "siklus.tahunan"),
        # which of two areas counts, asked as "which number"
        (
            "kelurahan kami 55 ha, di SK kumuh 8 ha, angka yang mana dipakai?",
            Kind.TOPIC,
            "kumuh.luas_delineasi",
        ),
        # funding once the level is known: the channels, not the level again
        (
            "kumuh 7 ha bukan wewenang provinsi, alternatif pendanaannya apa",
            Kind.TOPIC,
            "pendanaan.saluran_lain",
        ),
        # "X apa masih bisa ..." is a yes/no question about X, not "what is X"
        (
            "desa kami tidak tercantum di sk kumuh apa masih bisa usul penanganan kumuh?",
            Kind.TOPIC,
            "usulan.sk_kumuh",
        ),
        ("Where do our proposals stand?", Kind.STATUS, None),
    ],
)
def test_round_12_readings(question, kind, topic):
    understood = matcher().understand(question)
    assert understood.kind is kind
    assert (understood.topic.id if understood.topic else None) == topic


def test_a_condition_not_met_is_no_deadline_unless_time_is_named():
    assert matcher().understand("blm masuk sk kumuh, masih bisa usul?").kind is not Kind.DEADLINE
    named = "blm kirim, udh lewat tgl 30, msh bs usul?"
    assert matcher().understand(named).kind is Kind.DEADLINE


@pytest.mark.parametrize(
    ("question", "topic"),
    [("de e de itu apa", "istilah.ded"), ("singkatan pe es u apa ya", "istilah.psu")],
)
def test_an_acronym_spoken_letter_by_letter_is_read_as_the_term(question, topic):
    """Voice typing writes "DED" as "de e de": joined, when the letters spell a term's name."""
    understood = matcher().understand(question)
    assert understood.topic is not None and understood.topic.id == topic


def test_whether_a_term_may_be_proposed_is_no_definition():
    """ "TPS3R bs masuk usulan prov?" asks about proposals, which a definition never says."""
    understood = matcher().understand("IPAL komunal sm TPS3R bs masuk usulan prov?")
    assert understood.topic is None or not understood.topic.id.startswith("istilah.")
    assert matcher().understand("apa itu TPS3R").topic.id == "istilah.tps3r"  # type: ignore[union-attr]


def test_found_in_review_of_round_12():
    """What an independent review of this round's diff caught, each once wrong."""
    from bot.domain.asking import same_question

    for first, second in (
        ("siapa PPK kegiatan PSU kabupaten", "kapan kegiatan PSU kabupaten"),
        ("harga semen tahun ini", "harga semen tahun lalu"),
        ("batas maksimal ukuran file", "batas minimal ukuran file"),
        ("desa boleh mengusulkan", "desa harus mengusulkan"),
        ("kabupaten ke provinsi", "provinsi ke kabupaten"),
    ):
        assert not same_question(first, second)
    assert same_question(
        "siapa nama PPK kegiatan PSU tahun ini?", "siapa nama PPK utk kegiatan PSU thn ini ya"
    )
    m = matcher()
    assert m.understand("info disperkim kapuas").kind is not Kind.GREETING  # no salutation
    assert m.understand("kemarin saya tanya, rakor kapan ya?").kind is Kind.MEETING
    assert m.understand("pagu bsps untuk kota berapa").amount  # "kota berapa" is no "TA berapa"
    assert m.understand("is there a proposal standard template?").kind is not Kind.STATUS


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # a word naming the term's kind before it ("kode KS ...") keeps it the term asked
        ("kode KS di data kumuh tu apa?", "istilah.ks"),
        # "definisinya" asks the meaning; a source named with it ("menurut UU") asks no more
        ("kumuh definisinya apa menurut UU?", "istilah.kumuh"),
        # a document's contents are no term's meaning
        ("surat pernyataan hibah dan O&P itu isinya apa?", "usulan.surat_pernyataan"),
        # a sentence of its own asking the term, beside a decision
        ("DAK itu artinya apa, usulan kami dialihkan ke sana", "istilah.dak"),
    ],
)
def test_round_13_readings(question, topic):
    understood = matcher().understand(question)
    assert understood.kind is Kind.TOPIC and understood.topic.id == topic  # type: ignore[union-attr]


def test_a_travel_claim_is_a_sum_the_province_answers():
    understood = matcher().understand("SPPD ke rakor bisa diganti brp?")
    assert understood.kind is Kind.UNKNOWN and understood.amount
    assert not matcher().understand("kalau rumah rusak diganti brp").amount  # no claim named


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # whether something may be proposed or is required: not its definition
        ("drainase jg bisa?", "psu.lingkup_provinsi"),
        ("clean and clear harus ga?", "usulan.lahan"),
        # which level handles a slum: the slum-area rule, whatever else is named ...
        ("kumuhnya kategori berat tapi kecil, tetep kabupaten yg nangani?", "kewenangan.kumuh"),
        # ... but who designates, and another authority topic, stay theirs
        ("siapa yg menetapkan lokasi kumuh, kab atau prov?", "kumuh.penetapan"),
        ("pencegahan kumuh ranah kab atau prov", "kewenangan.pencegahan_kumuh"),
        # a refused proposal's funding: the other channels, not the proposal's status
        ("usulan kami ditolak, ada alternatif pendanaan lain?", "pendanaan.saluran_lain"),
    ],
)
def test_yes_no_level_and_funding_readings(question, topic):
    understood = matcher().understand(question)
    if question == "drainase jg bisa?":
        # Three words: since training table H it is offered as choices, its topic first;
        # what this guards is that it is never the term's definition.
        assert understood.kind in (Kind.TOPIC, Kind.UNSURE)
        assert understood.candidates[0][0].id == topic
        return
    assert understood.kind is Kind.TOPIC and understood.topic.id == topic  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    ["kumuh berat yg sdh di sk, siapa yg nangani", "kumuh sedang di sk bupati, kewenangan siapa"],
)
def test_a_decree_named_is_no_question_of_who_designates(question):
    """The slum's decree named beside "who handles it" leaves the slum-area rule first."""
    understood = matcher().understand(question)
    first = understood.topic or understood.candidates[0][0]  # type: ignore[index]
    assert first.id == "kewenangan.kumuh"


def test_what_may_be_proposed_puts_the_kinds_of_proposal_first():
    understood = matcher().understand("kami bisa ngusulin apa aja ke provinsi?")
    first = understood.topic or understood.candidates[0][0]  # type: ignore[index]
    assert first.id == "usulan.jenis"


@pytest.mark.parametrize(
    ("question", "kind", "topic"),
    [
        # how far to fill a field is no question of where a proposal stands
        ("alamat lokasi diisi sampai mana, perlu RT juga?", Kind.TOPIC, "usulan.lokasi"),
        ("usulan kami udh sampe mana", Kind.STATUS, None),
        # two statuses compared: what they mean, not the officer's own proposals
        ("beda status verifikasi sama dibahas di rakor apa", Kind.TOPIC, "bot.status"),
        # the bot's reminders of a meeting: how the bot sends them, not the meeting's date
        ("pengingat rapat dari bot dikirim kapan aja", Kind.TOPIC, "bot.rapat"),
        ("rakor kapan", Kind.MEETING, "siklus.rakor"),
        ("tgl berapa rakor, biar sy pasang pengingat", Kind.MEETING, "siklus.rakor"),
        # "dilempar", "dioper": diverted, as the decision's own word
        ("usulan kami dioper ke apbd kab maksudnya gmn", Kind.TOPIC, "bot.ditolak_dialihkan"),
        # the bands asked without a size: the slum-area rule, unless the centre is asked
        ("provinsi itu pegang kumuh yg ukuran brp", Kind.TOPIC, "kewenangan.kumuh"),
        ("kewenangan kumuh dibagi per luasan gmn", Kind.TOPIC, "kewenangan.kumuh"),
        ("kumuh melebihi batas provinsi diusulkan ke mana", Kind.TOPIC, "kewenangan.kumuh_pusat"),
        # from the fifth try-out: a forgotten code lists the officer's own proposals; what a
        # fund may pay for is no definition; an English check of the date is the meeting
        ("sy lupa kode usulan kami", Kind.STATUS, None),
        ("dana DAK bs utk jalan lingkungan ga", Kind.TOPIC, "pendanaan.saluran_lain"),
        ("the rakor is still on the 16th, right?", Kind.MEETING, "siklus.rakor"),
        # a forgotten number of something else is no list of the officer's proposals
        ("sy lupa nomor SK kumuh, usulan tetap bisa?", Kind.TOPIC, "usulan.sk_kumuh"),
        ("berkas usulan dikirim lewat apa?", Kind.TOPIC, "bot.usul"),
        ("siapa yg pegang data kumuh", Kind.TOPIC, "kumuh.kalteng"),
        # the status "dibahas di Rakor" and what it means: the statuses, not the Rakor's term
        ("status dibahas di rakor itu artinya udh disetujui ya?", Kind.TOPIC, "bot.status"),
        ("kpn hasil verifikasinya keluar", Kind.TOPIC, "bot.tindak_lanjut"),
        # which papers a proposal carries: readiness, not the works it names
        ("mau usul drainase di kota kami, berkasnya apa aja?", Kind.TOPIC, "usulan.kesiapan"),
        # round 15 of tuning:
        # one letter off in a short word, when only one known word is that close
        ("poker itu usulan dari dprd ya?", Kind.TOPIC, "istilah.pokir"),
        # a term's name typed a letter off beside "itu apa"
        ("apa itu musrembang", Kind.TOPIC, "istilah.musrenbang"),
        ("sk kumur itu apa sih", Kind.TOPIC, "istilah.skkumuh"),
        # the phone's "kumur" for "kumuh"
        ("data kawasan kumur se kalteng ada dmn", Kind.TOPIC, "kumuh.kalteng"),
        # hearsay asks whether a rule is so, not where one's own proposal stands
        ("katanya usulan kami nanti dicek ke lapangan juga ya?", Kind.TOPIC, "siklus.pemeriksaan"),
        # whether a rejected proposal may come again: the rule, not its status
        (
            "usulan kami kemarin ditolak, bisa diusulkan ulang thn depan?",
            Kind.TOPIC,
            "bot.ditolak_dialihkan",
        ),
        # the sending of the bot's reminders, asked in English
        ("when do the meeting reminders get sent out?", Kind.TOPIC, "bot.rapat"),
        # the regent's letter alone: one of the papers readiness lists
        ("usulan ke prov wajib ada surat bupati ga?", Kind.TOPIC, "usulan.kesiapan"),
        ("surat pernyataan hibah dari bupati wajib ga?", Kind.TOPIC, "usulan.surat_pernyataan"),
        # round 16 of tuning: the formal register
        # how to submit, in a letter's nouns and "through this application"
        (
            "Yth. Bapak/Ibu, mohon petunjuk tata cara penyampaian usulan melalui aplikasi ini.",
            Kind.TOPIC,
            "bot.usul",
        ),
        ("Bagaimana mekanisme pengajuan usulan kegiatan ke provinsi?", Kind.TOPIC, "bot.usul"),
        # "mekanisme" of another process is not how to submit
        (
            "Mohon penjelasan mekanisme verifikasi atas usulan yang disampaikan kabupaten.",
            Kind.TOPIC,
            "siklus.pemeriksaan",
        ),
        # a letter's closing and opening formulas alone: a greeting
        ("Demikian, atas perhatiannya kami ucapkan terima kasih.", Kind.GREETING, None),
        ("Dengan hormat, mohon izin bertanya Bapak/Ibu.", Kind.GREETING, None),
        ("Dear Sir/Madam, kind regards.", Kind.GREETING, None),
        # from the eighth console try-out: a spoken "deadline", Banjar "bila" (when), a
        # letter's "12 (dua belas) hektare", a question closing a long letter
        ("dedlen usulan kpn pak", Kind.DEADLINE, None),
        # a person's name asked: no answer names people; the province answers it
        (
            "Mohon informasi siapa nama Kepala Dinas Perkimtan Provinsi saat ini.",
            Kind.UNKNOWN,
            None,
        ),
        ("siapa yg menetapkan lokasi kumuh", Kind.TOPIC, "kumuh.penetapan"),
        # the mechanism of proposing through a term: not the term's definition
        ("Bagaimana mekanisme pengusulan melalui DAK Tematik PPKT?", Kind.UNKNOWN, None),
        ("bila rakor tuh", Kind.MEETING, "siklus.rakor"),
        ("bila usulan ditolak gmn", Kind.TOPIC, "bot.ditolak_dialihkan"),
        (
            "Mohon petunjuk, kumuh seluas 12 (dua belas) hektare kewenangan siapa?",
            Kind.AREA,
            "kewenangan.kumuh",
        ),
        (
            "Dengan hormat, bersama ini kami sampaikan bahwa di Kabupaten Barito Selatan ada "
            + "kawasan permukiman yang kondisinya memprihatinkan. "
            + "Setiap musim hujan terjadi genangan air selama beberapa hari. " * 8
            + "Mohon petunjuk, kawasan kumuh seluas 11 ha tersebut kewenangan siapa?",
            Kind.AREA,
            "kewenangan.kumuh",
        ),
    ],
)
def test_readings_of_rounds_14_to_16(question, kind, topic):
    understood = matcher().understand(question)
    assert understood.kind is kind
    assert (understood.topic.id if understood.topic else None) == topic


def test_and_then_carries_the_subject_on():
    """ "trus ..." right after an answer is read with the question before when that lands on
    the subject, though the words alone name another topic confidently."""
    before = ("hibah aset dari provinsi ke kabupaten gimana", "hibah.aset")
    # (Learned batches move what a follow-up alone names: "trus siapa yg tanda tangan?" came
    # to land on the asset grant itself, and after R35-R38 "trus yg ttd siapa?" on no topic,
    # so the check needs one whose words alone still name another.)
    alone = matcher().understand("trus siapa yang tanda tangan?")
    assert alone.kind is Kind.TOPIC and alone.topic.id != "hibah.aset"  # type: ignore[union-attr]
    after = matcher().understand("trus siapa yang tanda tangan?", after=before)
    assert after.kind is Kind.TOPIC and after.topic.id == "hibah.aset"  # type: ignore[union-attr]
    # a follow-up naming its own subject asks about that ("terus DED itu apa?")
    term = ("apa itu RTLH", "istilah.rtlh")
    assert matcher().understand("terus DED itu apa?", after=term).topic.id == "istilah.ded"  # type: ignore[union-attr]
    rule = ("syarat usulan psu apa aja", "usulan.kesiapan")
    named = matcher().understand("trus kewenangan kumuh gimana", after=rule)
    assert named.topic is not None and named.topic.id == "kewenangan.kumuh"
    # without "trus" the words' own reading stands
    plain = matcher().understand("siapa yg tanda tangan surat pernyataan?", after=before)
    assert plain.topic.id == "usulan.surat_pernyataan"  # type: ignore[union-attr]


def test_who_signs_with_nothing_named_is_asked_of_the_subject():
    """ "siapa yg tanda tangan?" names nothing signed: after the asset grant, the grant; after
    a computed slum level, no topic of its own words (a community request's) is a guess, and
    the bot asks which was meant. "trus dasar hukumnya?" is the basis of what came before."""
    grant = ("hibah aset dari provinsi ke kabupaten gimana", "hibah.aset")
    assert matcher().understand("siapa yg tanda tangan?", after=grant).topic.id == "hibah.aset"  # type: ignore[union-attr]
    slum = ("kumuh 12 ha", "kewenangan.kumuh")
    assert matcher().understand("siapa yg tanda tangan?", after=slum).kind is Kind.UNSURE
    basis = matcher().understand("trus dasar hukumnya?", after=slum)
    assert basis.topic is not None and basis.topic.id == "kewenangan.kumuh"
    named = matcher().understand("siapa yg tanda tangan surat pernyataan?", after=slum)
    assert named.topic is not None and named.topic.id == "usulan.surat_pernyataan"


def test_an_area_in_english_words_is_computed():
    understood = matcher().understand("a slum of twelve hectares, who handles it?")
    assert understood.kind is Kind.AREA and understood.area_ha == 12


def test_a_village_name_is_no_word_of_the_question():
    """Words of a name after "desa", "kec" are left out, so an unknown name does not make
    the question look like another subject; known words after it still count."""
    read = matcher()._terms("usul jalan di desa Sei Gohong kec Bukit Batu", correct=True)
    assert "gohong" not in read and "usul" in read and "jalan" in read
    assert "drainase" in matcher()._terms("desa kami perlu drainase", correct=True)
    # a known word typed wrong after "desa" is still a word, not a name
    assert matcher()._unknown_name("gohong") and not matcher()._unknown_name("kumh")
    assert not matcher()._unknown_name("brsertifikat")


def test_no_cue_is_defined_twice():
    """A second definition of a cue's name silently replaces the first for every reader."""
    import collections
    import inspect

    from bot.domain import cues

    names = re.findall(r"^([A-Z_]+) = ", inspect.getsource(cues), re.MULTILINE)
    assert [name for name, n in collections.Counter(names).items() if n > 1] == []


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a condition not met before "still accepted?" asks who may propose, also for the
        # classifier's deadline ...
        ("kalau RAB belum ada, usulan masih bisa diterima?", Kind.TOPIC),
        # ... but not yet sent is the deadline question itself
        ("blm kirim usulan, masih bisa?", Kind.DEADLINE),
        ("usulan masih bisa dikirim ga?", Kind.DEADLINE),
        # how long a step usually takes is a norm, not the officer's own status
        ("usulan kami blm diverifikasi, standarnya berapa hari?", Kind.TOPIC),
    ],
)
def test_unmet_conditions_and_norms_are_no_live_intents(question, kind):
    assert matcher().understand(question).kind is kind


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # the province's time zone, asked any way; the bot's own times are how to use it
        ("palangka raya itu masuk WITA bukan?", "istilah.wib"),
        ("which time zone does central kalimantan use", "istilah.wib"),
        ("jam di pengingat bot itu WIB?", "bot.cara_pakai"),
        # two regencies' slums, each its own level: the rule with every band
        ("kumuh di kobar 8 ha dan di kotim 16 ha, masing2 ke siapa", "kewenangan.kumuh"),
        # one slum's two areas: which one counts
        ("SK-nya 25 ha tapi yang ditangani 12 ha", "kumuh.luas_delineasi"),
    ],
)
def test_time_zones_and_several_regencies(question, topic):
    understood = matcher().understand(question)
    assert understood.kind is Kind.TOPIC and understood.topic.id == topic  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # a readiness document missing, and whether the proposal may go ahead anyway: what a
        # proposal must carry, not the cost beside the RAB or the refusal
        ("kalau RAB belum ada, usulan masih bisa diterima?", "usulan.dokumen_teknis"),
        ("usulan tanpa DED masih bs diproses gak?", "usulan.kesiapan"),
    ],
)
def test_a_missing_document_asks_what_a_proposal_must_carry(question, topic):
    understood = matcher().understand(question)
    assert understood.kind is Kind.TOPIC and understood.topic.id == topic  # type: ignore[union-attr]


def test_a_score_asked_which_band_right_after_the_bands_is_placed():
    """Found in the fifth try-out: "skornya 63 masuk apa" after the heavy band's answer gave
    the topic again without placing 63 (no slum is named in it, so alone it is no score)."""
    after = ("brp skor kumuh yg masuk kategori berat?", "kumuh.penilaian")
    understood = matcher().understand("skornya 63 masuk apa", after=after)
    assert understood.score == 63 and understood.topic.id == "kumuh.penilaian"  # type: ignore[union-attr]
    assert matcher().understand("klo 40 termasuk kategori mana?", after=after).score == 40


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # found in review: a target or a condition after "masih bisa masuk" is no deadline
        ("usulan yg ditolak masih bisa masuk ke DAK?", Kind.TOPIC),
        ("usulan belum kami kirim, masih bisa diterima?", Kind.DEADLINE),
        # a clock time's zone is the event's time, not the time zone: since R15 to R18 were
        # learned, offered as the bot's use (its times are WIB) beside the documents, never
        # the WIB entry alone
        ("batas upload dokumen jam 16.00 WIB kah?", Kind.UNSURE),
        # "kak" addresses someone; it is no missing KAK document
        ("ga tau kak, usulan masih bisa diproses kalau lahan belum bersertifikat?", Kind.TOPIC),
        # "sesuai standar" asks about the officer's own proposal
        ("usulan kami sudah sesuai standar belum?", Kind.STATUS),
    ],
)
def test_found_in_review_of_round_13(question, kind):
    understood = matcher().understand(question)
    assert understood.kind is kind
    assert understood.topic is None or understood.topic.id != "istilah.wib"
    if kind is Kind.UNSURE:  # offered, the WIB entry is not the first choice
        assert understood.candidates[0][0].id != "istilah.wib"


def test_who_counts_as_a_term_gets_its_definition():
    assert matcher().understand("MBR itu siapa aja yg termasuk?").topic.id == "istilah.mbr"  # type: ignore[union-attr]


def test_one_letter_off_is_corrected_only_when_one_known_word_is_that_close():
    reading = matcher()
    assert reading._corrected("poker") == "pokir"
    assert reading._term_typo("musrembang") == "musrenbang"
    assert reading._term_typo("rumah") == "rumah"  # a known word is never a typo
    assert reading._one_edit("zzzzzz") is None


@pytest.mark.parametrize(
    ("question", "kind", "topic"),
    [
        # what comes after a decision, or the statuses in turn, is no look at one's own list
        ("urutan status usulan dari diajukan sampai disetujui gimana?", Kind.TOPIC, "bot.status"),
        ("status usulan apa aja sih", Kind.TOPIC, "bot.status"),
        ("usulan kami ditolak, langkah selanjutnya apa?", Kind.TOPIC, "bot.ditolak_dialihkan"),
        (
            "proposal kami rejected, bisa submit again tahun depan?",
            Kind.TOPIC,
            "bot.ditolak_dialihkan",
        ),
        ("usulan ulun ditolak, kawa diajukan pulang kah?", Kind.TOPIC, "bot.ditolak_dialihkan"),
        (
            "beda ditolak sama dialihkan apa? usulan kami dialihkan",
            Kind.TOPIC,
            "bot.ditolak_dialihkan",
        ),
        # RKPD and APBD come after the Rakor's decision: the planning cycle
        ("usulan kami sudah disetujui, kapan masuk RKPD?", Kind.TOPIC, "siklus.rkpd_apbd"),
        (
            "dibahas di rakor dan disetujui, lalu masuk RKPD atau APBD?",
            Kind.TOPIC,
            "siklus.rkpd_apbd",
        ),
        ("after the rakor, what happens to our proposal?", Kind.TOPIC, "siklus.rkpd_apbd"),
        ("habis disetujui di rakor, rakor berikutnya kapan?", Kind.MEETING, "siklus.rakor"),
        # how the priority score is made is the review topic; a score to rate is handed over
        ("skor prioritas usulan dihitung dari apa aja", Kind.TOPIC, "siklus.pemeriksaan"),
        ("skor prioritas kami 70 itu bagus?", Kind.UNKNOWN, None),
        # Banjar "napa" after "tu" is "apa"; "stand for" asks the meaning
        ("SPALD tu napa", Kind.TOPIC, "istilah.spald"),
        ("what does SKBG stand for", Kind.TOPIC, "istilah.skbg"),
        # which area counts, asked without a number; a channel asked beside an area
        ("luasan kawasan kumuh dihitungnya dari mana", Kind.TOPIC, "kumuh.luas_delineasi"),
        ("luas di form usulan kumuh itu luas apa?", Kind.TOPIC, "kumuh.luas_delineasi"),
        ("kumuh 6 ha sebaiknya didanai dari sumber apa?", Kind.TOPIC, "pendanaan.saluran_lain"),
        ("CSR bisa dipakai utk kumuh di bawah 10 ha?", Kind.TOPIC, "pendanaan.saluran_lain"),
        ("kumuh 6 ha kewenangan siapa?", Kind.AREA, "kewenangan.kumuh"),
        (
            "desa kami 40 ha, yg kumuh di SK 12 ha. yg dipakai utk kewenangan yg mana?",
            Kind.TOPIC,
            "kumuh.luas_delineasi",
        ),
        ("kumuh 12 ha, yg dipakai aturan yg mana?", Kind.AREA, "kewenangan.kumuh"),
        # what a body does or what a meeting discusses is its topic, not the term
        ("What does the Pokja PKP do?", Kind.TOPIC, "koordinasi.pokja_pkp"),
        ("What is discussed at the Rakor?", Kind.TOPIC, "siklus.rakor"),
        ("pokja pkp itu apa", Kind.TOPIC, "istilah.pokjapkp"),
        # asking to be guided through sending one is how to submit
        ("tolong pandu sy bikin usulan", Kind.TOPIC, "bot.usul"),
        ("mau daftarkan usulan jalan lingkungan, lewat menu apa", Kind.TOPIC, "bot.usul"),
        # what a tracking code is, asked with no proposal of one's own, is how sending works
        ("kode USL-2026-0005 itu artinya apa", Kind.TOPIC, "bot.usul"),
        ("USL-2026-0005 gmn kabarnya", Kind.STATUS, None),
        # "terus gmn" after a rejection asks what now
        ("usulan sy ditolak, terus gmn", Kind.TOPIC, "bot.ditolak_dialihkan"),
        # past the province's band with no number: the centre's slums
        ("kumuh puluhan hektar bukan wewenang prov kan", Kind.TOPIC, "kewenangan.kumuh_pusat"),
        ("kumuh di atas batas provinsi ditangani siapa?", Kind.TOPIC, "kewenangan.kumuh_pusat"),
        ("kumuh belasan hektar kewenangan siapa", Kind.TOPIC, "kewenangan.kumuh"),
        ("desa kami ratusan ha, dihitung yg mana?", Kind.TOPIC, "kumuh.luas_delineasi"),
        # and one's own proposals still get their list
        ("usulan kami udah disetujui belum?", Kind.STATUS, None),
        ("usulan kami ditolak ya?", Kind.STATUS, None),
    ],
)
def test_round_17_of_tuning_readings(question, kind, topic):
    understood = matcher().understand(question)
    assert understood.kind is kind
    assert (understood.topic.id if understood.topic else None) == topic


def test_a_bare_what_about_a_term_the_answer_covers_asks_the_same_of_it():
    first = "Izin pembangunan perumahan itu yang terbitkan siapa?"
    after = (first, "kewenangan.izin")
    assert matcher().understand(first).subject() == "kewenangan.izin"
    assert matcher().understand("kalau SKBG?", after=after).topic.id == "kewenangan.izin"  # type: ignore[union-attr]
    # alone, or asking what it means, it is the term
    assert matcher().understand("kalau SKBG?").topic.id == "istilah.skbg"  # type: ignore[union-attr]
    assert matcher().understand("kalau SKBG itu apa?", after=after).topic.id == "istilah.skbg"  # type: ignore[union-attr]
    # a narrower neighbour the words name is theirs
    band = ("Berapa skor untuk kumuh berat?", "kumuh.penilaian")
    assert (
        matcher().understand("klo sedang sama ringan?", after=band).topic.id  # type: ignore[union-attr]
        == "kumuh.tingkat_sedang_ringan"
    )


@pytest.mark.parametrize(
    "question",
    [
        "kumuh di kampung kami luasnya kada sampai 10 ha, siapa nang menangani",
        "kumuh tidak sampai 10 ha siapa yg tangani",
        "kumuh gak nyampe 10 ha kewenangan siapa",
        "kumuh blm sampai 10 hektar",
        "kumuh luasnya hampir 10 ha",
        "kumuh cuma 10 ha kurang dikit",
        "kumuh maksimal 8 ha siapa",
    ],
)
def test_under_a_limit_said_in_words_is_under_it(question):
    """Ninth try-out, high: each of these was ruled the province's (10 ha) instead of the
    regency's."""
    understood = matcher().understand(question)
    assert understood.kind is Kind.AREA
    assert understood.ruling is not None and understood.ruling.level.name == "KABKOTA"


def test_at_most_a_bands_limit_is_the_whole_rule():
    for question in ("kumuh maksimal 10 ha", "kumuh kada lebih 10 ha"):
        understood = matcher().understand(question)
        assert (understood.kind, understood.topic.id) == (Kind.TOPIC, "kewenangan.kumuh")  # type: ignore[union-attr]
    assert matcher().understand("kumuh tidak sampai 15 ha").ruling.level.name == "PROVINSI"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # who holds an office is a person's name: handed over (ninth try-out)
        ("siapa kepala dinas perkimtan prov skrg", Kind.UNKNOWN),
        ("kadis perkim siapa", Kind.UNKNOWN),
        # "what is the deadline": the proposals' closing date, even unnamed
        ("what is the deadline", Kind.DEADLINE),
        ("tenggat kpn?", Kind.DEADLINE),
        ("deadline rakor kapan", Kind.MEETING),
        # a proposal's number with its zeros is its status; a year is not a number
        ("usulan 0001 gmn kabarnya", Kind.STATUS),
        ("usulan 2027 kapan dibuka", Kind.DEADLINE),
        # the word alone (training table R7): the command's subject, not what it means
        ("status?", Kind.STATUS),
        ("cek status dong", Kind.STATUS),
        ("batas waktu?", Kind.DEADLINE),
        ("batas waktu dibalas?", Kind.TOPIC),  # how soon the province replies
    ],
)
def test_found_in_the_ninth_try_out(question, kind):
    assert matcher().understand(question).kind is kind


def test_which_office_signs_is_no_persons_name():
    question = "surat pernyataan hibah itu ditandatangani siapa, kepala dinas atau bupati?"
    assert matcher().understand(question).kind is not Kind.UNKNOWN


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # what to wear, where to stay, travel costs at a meeting: the province's, handed over
        ("dress code rakor pakai batik atau PDH?", Kind.UNKNOWN),
        ("peserta rakor dapat penginapan ga", Kind.UNKNOWN),
        ("uang saku rakor ada?", Kind.UNKNOWN),
        # ... unless the meeting's date or place is asked too
        ("rakor 2027 kapan, di mana tempatnya? mau pesan tiket", Kind.MEETING),
        ("rakor nanti di hotel mana", Kind.MEETING),
    ],
)
def test_asks_beside_the_subject_are_handed_over(question, kind):
    assert matcher().understand(question).kind is kind


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "Assalamualaikum pak. Kami di Dinas Perkim Katingan sedang menyusun laporan untuk "
            "Sekda minggu depan tentang rencana kerja tahun 2027. Bagaimana cara skoring kumuh?",
            "kumuh.penilaian",
        ),
        (
            # (Without the failed calls the apology alone no longer outweighs it: R10 taught
            # questions wrapped in apologies.)
            "Maaf mengganggu malam-malam pak. Kami dari Sukamara sudah mencoba menelepon kantor "
            "dinas berkali-kali tapi tidak tersambung. Apa isi minimal sebuah usulan?",
            "usulan.isi",
        ),
    ],
)
def test_a_long_message_is_read_by_the_sentences_that_ask(question, topic):
    """The greeting and the situation told first outweigh the question in the words."""
    assert matcher()._understand(question).kind is Kind.UNKNOWN  # the whole message alone
    understood = matcher().understand(question)
    assert (understood.kind, understood.topic.id) == (Kind.TOPIC, topic)  # type: ignore[union-attr]


def test_the_sentences_that_ask_are_those_with_a_question_word_or_tag():
    from bot.domain.asking import asked_sentences

    message = "Selamat pagi Bu. Kami dari Kab. Kapuas. Luasnya 12 ha. Kewenangan siapa ya?"
    assert asked_sentences(message) == "Kewenangan siapa ya?"
    assert asked_sentences("Kapan rakor? Di mana?") is None  # every sentence asks
    assert asked_sentences("Selamat pagi. Terima kasih.") is None  # none does


def test_an_area_alone_after_another_subject_offers_the_slum_rule():
    """ "kalau 12 ha?" after a definition is no question about the term just defined (tenth
    try-out: the huntara definition again); after the slum rule it is computed."""
    for before in (("apa itu huntara", "istilah.huntara"), ("syarat usulan", "usulan.isi")):
        understood = matcher().understand("kalau 12 ha?", after=before)
        assert understood.kind is Kind.UNSURE
        assert understood.candidates[0][0].id == "kewenangan.kumuh"
    computed = matcher().understand("klo 12 ha gmn", after=("kumuh", "kewenangan.kumuh"))
    assert computed.kind is Kind.AREA and computed.area_ha == Decimal("12")


def test_a_meeting_of_a_past_year_is_the_record_not_the_next_one():
    """ "rakor 2025 kmrn dmn ya" (tenth try-out: answered with the next meeting)."""
    from bot.domain.proposal import today

    year = today().year
    for question in (f"rakor {year - 1} kmrn dmn ya", f"rakor {year - 1} dimana"):
        understood = matcher().understand(question)
        assert (understood.kind, understood.topic.id) == (Kind.TOPIC, "siklus.rakor")  # type: ignore[union-attr]
    for question in (f"rakor {year} kapan", f"rakor {year + 1} dimana"):
        assert matcher().understand(question).kind is Kind.MEETING


def test_and_then_where_after_the_meeting_is_the_meetings_place():
    """ "trs dmn tempatnya?" right after the Rakor (tenth try-out: handed over)."""
    understood = matcher().understand("trs dmn tempatnya?", after=("rakor kpn", "siklus.rakor"))
    assert understood.kind is Kind.MEETING


@pytest.mark.parametrize(
    ("question", "kind", "topic"),
    [
        # whose job a work of PSU is: the PSU rule, not the term's definition (tenth try-out)
        ("IPAL komunal kewenangan siapa", Kind.TOPIC, "kewenangan.psu"),
        ("TPS3R urusan siapa", Kind.TOPIC, "kewenangan.psu"),
        ("apa itu IPAL", Kind.TOPIC, "istilah.ipal"),
        # when an event happens: never its definition ("kpn" is "kapan")
        ("musrenbang prov kpn", Kind.UNKNOWN, None),
    ],
)
def test_a_term_beside_another_question_is_not_its_definition(question, kind, topic):
    understood = matcher().understand(question)
    assert understood.kind is kind
    assert (understood.topic.id if understood.topic else None) == topic


def test_a_persons_phone_number_is_not_the_contacts_answer():
    """The tuning tables hand over a person's number ("minta nomor WA admin Disperkimtan");
    a forgotten one is offered the contacts among choices, not answered with them alone."""
    understood = matcher().understand("lupa no hp admin yg urus usulan")
    assert understood.kind is Kind.UNSURE
    assert "disperkimtan.kontak" in [topic.id for topic, _ in understood.candidates]


def test_found_in_the_eleventh_try_out():
    slum = ("kumuh 12 ha", "kewenangan.kumuh")
    # an exact area right after a level is computed, "pas" and all
    exact = matcher().understand("klo pas 10 ha?", after=slum, after_area=True)
    assert exact.kind is Kind.AREA and exact.area_ha == Decimal("10")
    # what a proposal of it must carry, right after whose a slum is
    needs = matcher().understand("trs syaratnya apa", after=slum, after_area=True)
    assert (needs.kind, needs.topic.id) == (Kind.TOPIC, "usulan.kesiapan")  # type: ignore[union-attr]
    # ... after the centre's slums, no proposal to the province fits: the other channels
    centre = ("kumuh 20 ha", "kewenangan.kumuh_pusat")
    other = matcher().understand("trs syaratnya apa", after=centre, after_area=True)
    assert other.topic is not None and other.topic.id == "pendanaan.saluran_lain"
    # a definition is never given again as the answer to a follow-up naming another term
    again = matcher().understand(
        "pokir dprd bisa masuk usulan ini?", after=("hibah", "istilah.hibah")
    )
    assert again.topic is None or again.topic.id != "istilah.hibah"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("kamu ini bot apa", "bot.cara_pakai"),  # eleventh try-out: greeted instead
        ("who are you", "bot.cara_pakai"),
        # what the bot can do (training table R7: "What can you do?" was handed over)
        ("What can you do?", "bot.cara_pakai"),
        ("kamu bisa apa?", "bot.cara_pakai"),
        ("bot ini bisa bantu apa aja?", "bot.cara_pakai"),
        ("kriteria kumuh itu apa aja", "kumuh.aspek"),  # eleventh try-out: the definition
        ("syarat rtlh itu apa", "usulan.rtlh"),
        ("kumuh itu apa", "istilah.kumuh"),
    ],
)
def test_what_the_bot_is_and_a_terms_parts_are_their_topics(question, topic):
    understood = matcher().understand(question)
    assert (understood.kind, understood.topic.id) == (Kind.TOPIC, topic)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("kewenangan.perumahan", "Bagaimana dengan bagian kabupaten/kota?"),
        ("kewenangan.kawasan_permukiman", "And the central government's part?"),
        ("kewenangan.perumahan_pusat", "berarti itu ranah pusat ya?"),
        ("kewenangan.psu", "kenapa bukan provinsi?"),
    ],
)
def test_a_follow_up_naming_only_a_level_asks_the_authority_answer_before(before, follow_up):
    """Each authority answer states every level's part (follow-ups table C: the overview or
    the centre's slum topic came instead); a level with a subject of its own is not so read."""
    understood = matcher().understand(follow_up, after=("tadi", before))
    assert (understood.kind, understood.topic.id) == (Kind.TOPIC, before)  # type: ignore[union-attr]
    other = matcher().understand(
        "kalau rumah korban bencana bagian kabupaten?", after=("tadi", before)
    )
    assert other.topic is None or other.topic.id != before


def test_a_past_meetings_decision_is_never_answered():
    """What a meeting decided is the province's to tell: handed over, or choices with the
    handover button (learning training tables R6 and R7 moved it from the first to the
    second); never the next meeting or a topic given as its answer."""
    understood = matcher().understand("what was decided at the 2nd meeting?")
    assert understood.kind in (Kind.UNKNOWN, Kind.UNSURE)


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("kewenangan.kumuh", "maksudnya gimana tuh?"),
        ("bot.ditolak_dialihkan", "trs gmn dong?"),
        ("bot.tindak_lanjut", "itu patokannya dari mana?"),
    ],
)
def test_a_follow_up_asking_more_of_the_answer_gets_it_again(before, follow_up):
    """A follow-up naming nothing but "more of it" is the answer just given, with its example
    and source (follow-ups table C: handed over); alone it is still not answered."""
    understood = matcher().understand(follow_up, after=("tadi", before))
    assert (understood.kind, understood.topic.id) == (Kind.TOPIC, before)  # type: ignore[union-attr]
    assert matcher().understand(follow_up).kind in (Kind.UNKNOWN, Kind.UNSURE)
    other = matcher().understand("nomor hp petugasnya berapa?", after=("tadi", before))
    assert other.topic is None or other.topic.id != before


def test_a_question_the_classifier_nearly_hands_over_is_offered_choices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A vague question whose "no topic answers this" class scores within OUTSIDE_MARGIN of
    the classifier's best (round 23: that margin hands over 8 more of 949 out-of-scope
    questions, leave-one-out, for 7 of 10,816 right answers) is offered with the best topics
    first, never answered alone and never left without them. Which questions sit inside the
    shipped margin moves with every learned table ("dokumennya banyak ga?", then "dokumen yg
    diminta banyak ga", were this test's examples until R29 to R32 were learned), so the
    margin is widened here to put one inside it, and the shipped margin is measured by the
    bench. Banjar "napa haja syarat dokumennya?" (what all) reads as "apa saja", with the
    documents of a proposal first: answered outright once R11 to R14 were learned, offered
    first among choices since R43 to R46 were."""
    assert normalise("napa haja syarat dokumennya?") == "apa saja syarat dokumennya?"
    banjar = matcher().understand("napa haja syarat dokumennya?")
    assert banjar.kind in (Kind.TOPIC, Kind.UNSURE)
    assert (banjar.topic or banjar.candidates[0][0]).id == "usulan.kesiapan"
    question = "lampirannya banyak ga?"
    monkeypatch.setattr(asking, "OUTSIDE_MARGIN", 0.0)
    answered = matcher().understand(question)
    assert answered.kind is Kind.TOPIC and answered.topic.id == "usulan.dokumen_teknis"
    monkeypatch.setattr(asking, "OUTSIDE_MARGIN", 10.0)
    offered = matcher().understand(question)
    assert offered.kind is Kind.UNSURE
    assert offered.candidates[0][0].id == "usulan.dokumen_teknis"


def test_what_r10s_voices_asked_is_read_as_meant():
    """How far a rule reaches is no proposal's progress; how the province checks is the way
    it checks; an area corrected before the question is the one computed; an expansion is
    asked of the abbreviation, not of a word beside the cue (training table R10)."""
    reach = matcher().understand(
        "Batas kewenangan provinsi di sub-urusan perumahan sebenarnya sampai mana?"
    )
    assert reach.kind is Kind.TOPIC and reach.topic.id == "kewenangan.perumahan"
    way = matcher().understand(
        "Staf Perkim Sukamara ini ingin tahu bagaimana tim provinsi memeriksa usulan yang masuk."
    )
    assert way.kind is Kind.TOPIC and way.topic.id == "siklus.pemeriksaan"
    corrected = matcher().understand(
        "Kawasan kumuh kami luasnya 8 ha... eh tunggu, setelah dicek ulang ternyata 11 ha. "
        "Kalau 11 ha, penanganannya jadi tanggung jawab pemerintah yang mana?"
    )
    assert corrected.kind is Kind.AREA and corrected.area_ha == 11
    # Told, not corrected: which of the two counts is the question.
    told = matcher().understand(
        "SK kumuh kami 25 ha. Tapi yang kami tangani cuma 12 ha, itu kewenangan siapa?"
    )
    assert told.kind is Kind.TOPIC and told.topic.id == "kumuh.luas_delineasi"
    expansion = matcher().understand(
        "Saya penasaran, DAK Tematik PPKT yang katanya untuk kumuh itu kepanjangannya apa..."
    )
    assert expansion.topic is not None and expansion.topic.id == "istilah.daktematikppkt"
    assert matcher().understand("kumuh itu singkatan apa").topic.id == "istilah.kumuh"


def test_another_status_named_after_the_statuses_is_that_list():
    """ "klo dibahas di Rakor?" right after what a status means: the list just given, not
    what the Rakor is; a question of its own about a status is read for itself."""
    after = ("Apa arti status perlu perbaikan?", "bot.status")
    named = matcher().understand("klo dibahas di Rakor?", after=after)
    assert named.kind is Kind.TOPIC and named.topic.id == "bot.status" and named.on_screen
    again = matcher().understand("klo ditolak bisa ngajuin lagi?", after=after)
    assert again.topic is not None and again.topic.id == "bot.ditolak_dialihkan"


def test_round_41_and_42_styles_are_read_as_meant() -> None:
    """Confusion stated around a comparison still compares; a choice of channels is how to
    send, not the officer's own proposals (round 28 of tuning, a console pass)."""
    compared = matcher().understand("saya masih bingung soal beda RTLH dan BSPS")
    assert compared.topic is not None and compared.topic.id == "istilah.rtlh"
    assert [topic.id for topic in compared.also] == ["istilah.bsps"]
    channel = matcher().understand(
        "kadis minta saya cek, usulan drainase lewat bot atau surat resmi?"
    )
    assert channel.kind is not Kind.STATUS
    own = matcher().understand("usulan kami yang dikirim lewat bot sudah sampai mana?")
    assert own.kind is Kind.STATUS
