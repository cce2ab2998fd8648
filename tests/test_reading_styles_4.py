"""How the matcher reads rounds 48 and 49's ways of asking (round 32 of tuning): a proverb
opening the message, a pointer to an earlier chat the bot cannot see, a messenger's star
correction of a slip, British "lodge" for sending, single letters that are no question, and
an area told beside the funding asked. Every reading has checks that fail on the matcher
before it (2acba97); the guards (an opening dropped only when needed, a level asked beside
funding) and one funding phrasing pass on both."""

from __future__ import annotations

import pytest

from bot.domain.asking import Kind, matcher, normalise


def topic_of(question: str) -> str | None:
    understood = matcher().understand(question)
    return understood.topic.id if understood.kind is Kind.TOPIC and understood.topic else None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # The marker before the proverb, the question after a dash or a full stop.
        (
            "Ibarat pepatah, tak ada gading yang tak retak — siapa yang menetapkan lokasi kumuh?",
            "kumuh.penetapan",
        ),
        (
            "As the saying goes, you can't judge a book by its cover — so what are the aspects "
            "you actually score before a place gets called a slum?",
            "kumuh.aspek",
        ),
        # The marker after the proverb.
        (
            "Slow and steady wins the race, as they say, but how long does the province take "
            "to follow up a proposal?",
            "bot.tindak_lanjut",
        ),
    ],
)
def test_a_proverb_opening_the_message_is_not_asked_about(question, topic):
    assert topic_of(question) == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "Lanjutan obrolan kemarin soal jalan lingkungan di Desa Bumi Harjo ya, site plan "
            "yang dimaksud itu gambar apa?",
            "istilah.siteplan",
        ),
        ("lanjutan yg tadi pagi ya bu, APBD itu kepanjangan lengkapnya apa?", "istilah.apbd"),
    ],
)
def test_a_pointer_to_an_earlier_chat_is_read_past(question, topic):
    assert topic_of(question) == topic


def test_an_opening_is_dropped_only_when_the_whole_message_is_not_understood():
    """ "Seperti yang saya tanya kemarin, kumuh 12 ha ..." reads whole: the area is asked."""
    understood = matcher().understand("seperti yang saya tanya kemarin, kumuh 12 ha siapa?")
    assert understood.kind is Kind.AREA


def test_a_starred_word_corrects_the_slip_before_it():
    assert normalise("Pokja PKK *PKP maksudnya apa?") == "pokja pkp maksudnya apa?"
    # Not a spelling of the word before it: both stay, the star goes.
    assert normalise("usulan ke kota *kabupaten") == "usulan ke kota kabupaten"
    # A starred emphasis is no correction.
    assert normalise("ini *penting* ya") == "ini *penting* ya"
    assert topic_of("Pokja PKK *PKP itu artinya apa?") == "istilah.pokjapkp"


def test_lodging_a_proposal_is_sending_it():
    understood = matcher().understand("How do I lodge a proposal through this bot?")
    assert understood.kind is Kind.TOPIC and understood.topic is not None
    assert understood.topic.id == "bot.usul"


@pytest.mark.parametrize("text", ["a) b) c)", "x y"])
def test_single_letters_are_no_question_and_no_follow_up(text):
    understood = matcher().understand(text, after=("Alamat kantor?", "disperkimtan.kontak"))
    assert understood.kind is Kind.UNKNOWN and not understood.candidates


@pytest.mark.parametrize(
    "question",
    [
        "Kumuh di tepi sungai 16 ha, bukan jatah provinsi. Pendanaannya bisa kami cari lewat "
        "jalur apa?",
        "kumuh di bawah 10 ha kan urusan kabupaten, kenapa kami disarankan ke APBD kab, DAK PPKT "
        "atau APBDes? ada pilihan lain ga?",
        "kumuh 6 ha bukan provinsi, dananya lebih cocok dari APBD kabupaten? DAK? dana desa?",
        "Can village funds or company CSR pay for a 4 ha slum site instead of the province?",
    ],
)
def test_an_area_told_with_the_funding_asked_gets_the_funding_channels(question):
    assert topic_of(question) == "pendanaan.saluran_lain"


def test_an_area_whose_level_is_asked_beside_funding_is_still_computed():
    understood = matcher().understand("kumuh 12 ha dananya dari APBD provinsi kan? siapa?")
    assert understood.kind is Kind.AREA


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # Vowels dropped as in an old SMS, written out where the word rules read them.
        ("urusn prmhn, kwngn prov apa saja?", "kewenangan.perumahan"),
        ("kalau tidak bisa hadir rapat, bs dwklkn?", "bot.rapat"),
        # A word voice typing cut in pieces, whole again.
        ("ru sun awa itu apa bedanya sama rusun biasa", "istilah.rusunawa"),
        ("rak or itu apa ya maksudnya", "istilah.rakor"),
        # Letters said one by one, the English way or typed apart, into any word of a term.
        ("ar si itu apa ya maksudnya", "istilah.rc"),
        ("pokja pe pe a es itu apa ya", "istilah.pokjappas"),
        ("what does pee kay pee mean? the bidang pee kay pee", "istilah.pkp"),
        # A weak signal apologised for, and dots trailing off between the pieces.
        (
            "maaf sinyal hilang timbul.. aspek2 penilaian kumuh.. yg dipakai di permen 14 itu.. "
            "apa aja pak",
            "kumuh.aspek",
        ),
        # Whether the bot can answer, asked before the question itself.
        (
            "Good day po. Can this bot explain technical terms? If yes, may I know what a site "
            "plan is?",
            "istilah.siteplan",
        ),
        (
            "Good day po, newly assigned here in the housing office. May I know the score range "
            "for kumuh ringan and kumuh sedang?",
            "kumuh.tingkat_sedang_ringan",
        ),
    ],
)
def test_round_50s_ways_of_typing_are_read(question, topic):
    assert topic_of(question) == topic


def test_shorthand_and_pieces_are_written_out_only_into_the_knowledge_bases_words():
    reader = matcher()
    assert reader._unjoined("kmh lsny 12 hktr, kwngn sp?") == "kmh lsny 12 hektare, kewenangan sp?"
    assert reader._unjoined("us ulan ke dis per kim tan") == "usulan ke disperkimtan"
    # Two words of their own stay apart, whatever they make together.
    assert reader._unjoined("usulan di tolak") == "usulan di tolak"


def test_an_area_typed_in_shorthand_is_computed():
    understood = matcher().understand("kmh lsny 12 hktr, kwngn sp?")
    assert understood.kind is Kind.AREA and understood.area_ha == 12


def test_a_status_asked_in_pieces_is_the_officers_own():
    question = "pak maaf sinyal lagi jelek... usulan kami yg jalan lingkungan... sudah sampai mana"
    assert matcher().understand(question).kind is Kind.STATUS
    assert normalise("maaf kuota tipis.. rakor kapan") == "rakor kapan"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # Three consonants may be many words ("pst": pasti or pusat): never written out.
        ("pst bisa kan usulan drainase diajukan ke provinsi?", Kind.TOPIC),
        # An unknown acronym still weighs against answering: the province is asked.
        ("lpj bantuan rtlh dikumpulkan ke mana?", Kind.UNKNOWN),
        # Dots between sentences still end the first: the question after it is read alone.
        ("Rakor sudah lewat... kapan batas akhir usulan?", Kind.DEADLINE),
        # The level asked beside the funding keeps the computed level.
        ("kumuh 12 ha kewenangan siapa? dananya dari APBD prov atau DAK?", Kind.AREA),
        ("Who is responsible for a 9 ha slum, and can village funds pay for it?", Kind.AREA),
    ],
)
def test_the_narrowing_the_round_32_review_asked_for(question, kind):
    assert matcher().understand(question).kind is kind


def test_dots_between_digits_are_no_pause():
    assert normalise("kumuh 12..5 ha") == "kumuh 12..5 ha"
    assert matcher().understand("kumuh 10...15 ha kewenangan siapa?").kind is not Kind.AREA


def test_letters_typed_apart_join_with_the_mark_after_them_kept():
    reader = matcher()
    assert reader._lettered("apa itu r l h?") == "apa itu rlh?"
    assert reader._lettered("a, b, c") == "a, b, c"  # a list, not a term
    assert topic_of("apa itu r l h?") == "istilah.rlh"
