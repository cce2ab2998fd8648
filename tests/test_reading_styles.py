"""How the matcher reads round 43's ways of asking (round 29 of tuning): texting English, a
term or an area corrected in place, another person's question quoted, a term named before a
clause saying which one, fractions of a hectare. Each check fails on the matcher before it."""

from __future__ import annotations

import pytest

from bot.domain.asking import Kind, matcher
from bot.domain.authority import Level
from bot.domain.english import texting_written_out
from bot.domain.quantities import spelled_numbers


def test_texting_english_is_written_out_only_where_it_is_english():
    assert texting_written_out("wat r the docs needed b4 rakor") == (
        "what are the docs needed before rakor"
    )
    assert texting_written_out("hw 2 submit usulan psu pls") == "how to submit usulan psu pls"
    assert texting_written_out("ok so rtlh stands 4 wat? asking 4 a friend") == (
        "ok so rtlh stands for what? asking for a friend"
    )
    # Indonesian shorthand keeps its "u" (untuk) and its numbers.
    assert texting_written_out("usulan u 2 kab sudah dikirim") == "usulan u 2 kab sudah dikirim"
    assert texting_written_out("proposals from 4 kab, 2 unit each") == (
        "proposals from 4 kab, 2 unit each"
    )


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("wat does RKS stand 4? u know?", "istilah.rks"),
        ("u know wat musrenbang means? pls", "istilah.musrenbang"),
        ("wat is BMN? pls explain, thx", "istilah.bmn"),
    ],
)
def test_a_term_asked_in_texting_english_is_its_glossary_entry(question, topic):
    understood = matcher().understand(question)
    assert understood.kind is Kind.TOPIC and understood.topic.id == topic


def test_a_term_or_an_area_corrected_in_place_keeps_the_question_around_it():
    swapped = matcher().understand("syarat usulan RTLH, eh salah, maksud saya PSU, apa aja?")
    assert swapped.topic is not None and not swapped.topic.id.startswith("istilah.")
    assert "rtlh" not in swapped.topic.id
    term = matcher().understand("KB di tabel itu apa, eh salah, KR maksud saya, kepanjangannya?")
    assert term.topic is not None and term.topic.id == "istilah.kr"
    pointed = matcher().understand("RAB itu singkatan apa? eh ralat, yang di daftar itu RKS")
    assert pointed.topic is not None and pointed.topic.id == "istilah.rks"
    area = matcher().understand(
        "kawasan kumuh di Baamang luasnya 9,5 ha, eh koreksi, 10,5 ha, itu kewenangan siapa?"
    )
    assert area.kind is Kind.AREA and area.ruling is not None
    assert area.ruling.level is Level.PROVINSI
    # More than a term put right: what follows the mark is read alone, as before.
    more = matcher().understand(
        "Peningkatan kualitas kumuh... eh salah, yang saya maksud pencegahan kumuh: "
        "siapa yang berwenang?"
    )
    assert more.topic is not None and more.topic.id == "kewenangan.pencegahan_kumuh"


def test_a_quoted_question_relayed_from_someone_else_is_the_one_answered():
    relayed = matcher().understand(
        "pak lurah tanya 'KR di tabel kumuh itu artinya apa?', jelasinnya gimana?"
    )
    assert relayed.topic is not None and relayed.topic.id == "istilah.kr"


def test_a_term_named_before_a_clause_saying_which_one_is_the_term_asked():
    named = matcher().understand("BSPS yang dari Kementerian PKP itu singkatan apa?")
    assert named.topic is not None and named.topic.id == "istilah.bsps"
    document = matcher().understand(
        "SK kumuh yang dikeluarkan pak bupati itu sebenarnya dokumen apa?"
    )
    assert document.topic is not None and document.topic.id == "istilah.skkumuh"
    # Its requirements, or what a description is called, are more than its meaning.
    beyond = matcher().understand("RTLH itu syaratnya apa")
    assert beyond.topic is None or beyond.topic.id != "istilah.rtlh"
    called = matcher().understand("rumah susun yang disewain itu namanya apa")
    assert called.topic is not None and called.topic.id == "istilah.rusunawa"


def test_a_fraction_of_a_hectare_is_an_area():
    assert spelled_numbers("kumuh setengah hektar") == "kumuh 0,5 hektar"
    assert spelled_numbers("satu setengah ha") == "1,5 ha"
    assert spelled_numbers("setengah jam") == "setengah jam"
    half = matcher().understand("setengah hektar kumuh di gang belakang pasar, kewenangan siapa?")
    assert half.kind is Kind.AREA and half.ruling is not None
    assert half.ruling.level is Level.KABKOTA


def test_a_figure_of_speech_is_no_travel_question():
    figurative = matcher().understand(
        "katanya kalau sudah masuk DPA ibarat tiket sudah di tangan, DPA itu apa sih?"
    )
    assert figurative.topic is not None and figurative.topic.id == "istilah.dpa"


def test_an_article_or_exactly_between_the_cue_and_the_term_still_asks_its_meaning():
    kak = matcher().understand(
        "Sorry, what is a KAK? the consultant keeps mentioning it with the budget"
    )
    assert kak.topic is not None and kak.topic.id == "istilah.kak"
    skt = matcher().understand("what is a SKT for land, the village head gave us one")
    assert skt.topic is not None and skt.topic.id == "istilah.skt"
    # "Persisnya itu artinya apa?" asks only what the term named before it means: read by
    # that rule (sure), not left to how much its words share with the entry's examples.
    exactly = matcher().understand(
        "Waktu rapat camat menyebut MBR berkali-kali soal rumah warga. Persisnya itu artinya apa?"
    )
    assert exactly.topic is not None and exactly.topic.id == "istilah.mbr"
    assert exactly.confidence == 1.0
    # What it does is more than what it means.
    does = matcher().understand("What does a Pokja PKP do, and how does it relate to Pokja PPAS?")
    assert does.topic is not None and does.topic.id == "koordinasi.pokja_pkp"
