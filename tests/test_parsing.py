"""Tests for the parsers of names, positions, phone numbers and free text."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from bot.domain.errors import Invalid
from bot.domain.parsing import parse_full_name, parse_phone, parse_position, parse_text

LONG = "a" * 5000
TITLE = (
    "Kepala Bidang Kawasan Permukiman pada Dinas Perumahan Rakyat, Kawasan Permukiman dan "
    "Pertanahan Kabupaten Barito Selatan"
)


def refusal(parse: Callable[[str], str], text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        parse(text)
    return caught.value


# -- full name --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budi Santoso", "Budi Santoso"),
        ("Ir. Budi Santoso, S.T., M.T.", "Ir. Budi Santoso, S.T., M.T."),
        ("Dr. H. Ahmad Yani, M.Si.", "Dr. H. Ahmad Yani, M.Si."),
        ("Hj. Siti Nur’aini", "Hj. Siti Nur’aini"),
        ("O'Neil", "O'Neil"),
        ("‘Aisyah Putri", "‘Aisyah Putri"),
        ("Abdul-Rahman", "Abdul-Rahman"),
        ("  Siti \n  Rahayu\t ", "Siti Rahayu"),
        ("Budi\u00a0Santoso", "Budi Santoso"),
        ("Ani", "Ani"),
        ("李小龍", "李小龍"),
        ("Jose\u0301 Ramos", "Jose\u0301 Ramos"),  # decomposed accent kept as typed
        ("x" * 100, "x" * 100),
    ],
)
def test_full_name_accepted(text: str, expected: str) -> None:
    assert parse_full_name(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        ("   \n ", "text.empty", {}),
        ("Al", "name.too_short", {"min": 3, "length": 2}),
        ("A.", "name.too_short", {"min": 3, "length": 2}),
        ("x" * 101, "name.too_long", {"max": 100, "length": 101}),
        (LONG, "name.too_long", {"max": 100, "length": 5000}),
        ("...", "name.no_letters", {"min": 2}),
        ("A.-", "name.no_letters", {"min": 2}),
        ("Budi 2", "name.invalid_chars", {"chars": "2"}),
        ("Budi 🙂", "name.invalid_chars", {"chars": "🙂"}),
        ("Budi☺️", "name.invalid_chars", {"chars": "☺"}),
        ("👨‍💻 Budi", "name.invalid_chars", {"chars": "👨 💻"}),
        ("Budi_Santoso@mail", "name.invalid_chars", {"chars": "_ @"}),
        ("Budi\u200bSantoso", "name.invalid_chars", {"chars": "U+200B"}),
        ("12345678", "name.invalid_chars", {"chars": "1 2 3 4 5"}),
        ("Budi (Kasi)", "name.invalid_chars", {"chars": "( )"}),
        # a request with a name in it (eighth console try-out): it would greet the officer
        (
            "Yth. Admin Sinkron, mohon petunjuk cara mendaftar. Saya Drs. H. Mahmudin Noor, M.Si.",
            "name.sentence",
            {},
        ),
        ("nama saya Budi Santoso", "name.sentence", {}),
        ("my name is John", "name.sentence", {}),
        # a form of address or titles alone names nobody (tenth try-out: "pak" accepted)
        ("pak", "name.only_title", {}),
        ("Ibu", "name.only_title", {}),
        ("Ir. H.", "name.only_title", {}),
    ],
)
def test_full_name_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_full_name, text)
    assert (error.key, error.params) == (key, params)


# -- position ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kepala Seksi Perumahan", "Kepala Seksi Perumahan"),
        ("Kasi 2", "Kasi 2"),
        ("Kabid PKP (Plt.)", "Kabid PKP (Plt.)"),
        ("Staf Teknis  Perencanaan & PSU", "Staf Teknis Perencanaan & PSU"),
        ("Kasubag Umum/Kepegawaian", "Kasubag Umum/Kepegawaian"),
        ("PPK", "PPK"),
        ("Ka", "Ka"),
        # a whole official title (eighth console try-out: refused at 100 characters)
        (TITLE, TITLE),
    ],
)
def test_position_accepted(text: str, expected: str) -> None:
    assert parse_position(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        ("\t ", "text.empty", {}),
        ("A", "position.too_short", {"min": 2, "length": 1}),
        ("x" * 161, "position.too_long", {"max": 160, "length": 161}),
        (LONG, "position.too_long", {"max": 160, "length": 5000}),
        ("12", "position.no_letters", {}),
        ("2/3", "position.no_letters", {}),
        ("Staf 🙂", "position.invalid_chars", {"chars": "🙂"}),
        ("Kasi #1", "position.invalid_chars", {"chars": "#"}),
    ],
)
def test_position_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_position, text)
    assert (error.key, error.params) == (key, params)


# -- phone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "+6281234567890"),
        # one number among words (eighth console try-out: refused for its letters)
        ("wa aja 0852 4912 3344 pak", "+6285249123344"),
        ("nomor saya 0812 3456 7890", "+6281234567890"),
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        ("62812345678", "+62812345678"),
        ("(0812) 345 6789", "+628123456789"),
        ("+62812345678", "+62812345678"),
        ("+62 (0) 812 3456 789", "+628123456789"),
        ("0062 812 3456 7890", "+6281234567890"),
        ("812 3456 7890", "+6281234567890"),
        ("  0812 3456 7890\n", "+6281234567890"),
        ("0812345678", "+62812345678"),  # 10 digits, the shortest
        ("0812345678901", "+62812345678901"),  # 13 digits, the longest
        ("０８１２３４５６７８９０", "+6281234567890"),  # full-width digits
        ("0852 5123 4567", "+6285251234567"),
    ],
)
def test_phone_accepted(text: str, expected: str) -> None:
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        ("   ", "text.empty", {}),
        ("0812abc", "phone.letters", {}),
        ("hp 0812 3456 7890 atau 0813 1111 2222", "phone.letters", {}),  # which one?
        ("nol delapan satu dua", "phone.letters", {}),
        (LONG, "phone.letters", {}),
        ("📞 0812 3456 7890", "phone.invalid_chars", {"chars": "📞"}),
        ("0812 3456 7890 / 0813 1111 2222", "phone.invalid_chars", {"chars": "/"}),
        ("0812+3456", "phone.invalid_chars", {"chars": "+"}),
        ("08123", "phone.length", {"digits": 5, "min": 10, "max": 13}),
        ("081234567", "phone.length", {"digits": 9, "min": 10, "max": 13}),
        ("08123456789012", "phone.length", {"digits": 14, "min": 10, "max": 13}),
        ("+62 812", "phone.length", {"digits": 4, "min": 10, "max": 13}),
        ("8" * 5000, "phone.length", {"digits": 5001, "min": 10, "max": 13}),
        ("---", "phone.length", {"digits": 0, "min": 10, "max": 13}),
        ("0536 322 1234", "phone.not_mobile", {}),
        ("(0536) 3221234", "phone.not_mobile", {}),
        ("021 1234 5678", "phone.not_mobile", {}),
        ("+62 536 322 1234", "phone.not_mobile", {}),
        ("0801 2345 6789", "phone.not_mobile", {}),
        ("60 12 345 6789", "phone.not_mobile", {}),
        ("+60 12 345 6789", "phone.not_indonesian", {}),
        ("+1 415 555 0100", "phone.not_indonesian", {}),
        ("0060 12 345 6789", "phone.not_indonesian", {}),
    ],
)
def test_phone_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_phone, text)
    assert (error.key, error.params) == (key, params)


# -- free text --------------------------------------------------------------------------------


def test_text_is_trimmed_but_otherwise_kept() -> None:
    assert parse_text("  Jalan lingkungan\n\nRT 03  ", max_len=100) == "Jalan lingkungan\n\nRT 03"
    assert parse_text("🙂", max_len=5) == "🙂"


@pytest.mark.parametrize(
    ("text", "kwargs", "key", "params"),
    [
        ("", {"max_len": 10}, "text.empty", {}),
        (" \n\t ", {"max_len": 10}, "text.empty", {}),
        ("x" * 11, {"max_len": 10}, "text.too_long", {"max": 10, "length": 11}),
        (LONG, {"max_len": 500}, "text.too_long", {"max": 500, "length": 5000}),
        ("ab", {"max_len": 10, "min_len": 3}, "text.too_short", {"min": 3, "length": 2}),
    ],
)
def test_text_refused(
    text: str, kwargs: dict[str, int], key: str, params: dict[str, object]
) -> None:
    with pytest.raises(Invalid) as caught:
        parse_text(text, **kwargs)
    assert (caught.value.key, caught.value.params) == (key, params)


def test_text_bounds_are_inclusive() -> None:
    assert parse_text("abc", max_len=3, min_len=3) == "abc"


@pytest.mark.parametrize(("min_len", "max_len"), [(0, 10), (5, 4)])
def test_text_rejects_impossible_bounds(min_len: int, max_len: int) -> None:
    with pytest.raises(ValueError, match="min_len"):
        parse_text("abc", max_len=max_len, min_len=min_len)


def test_huge_input_is_cheap_everywhere() -> None:
    started = time.perf_counter()
    for text in (LONG, "🙂" * 5000, "0" * 5000, " " * 5000):
        for parse in (parse_full_name, parse_position, parse_phone):
            with pytest.raises(Invalid):
                parse(text)
    assert time.perf_counter() - started < 0.5
