"""Tests for the parsers and formatters of areas, rupiah, counts, dates and coordinates."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from bot.domain.errors import Invalid
from bot.domain.forms import Label
from bot.domain.quantities import (
    HA_PER_M2,
    KALTENG_BOUNDS,
    MAX_AREA_HA,
    MAX_RUPIAH,
    format_count,
    format_date,
    format_datetime,
    format_ha,
    format_rupiah,
    format_rupiah_full,
    in_kalteng,
    parse_area_ha,
    parse_coordinates,
    parse_count,
    parse_date,
    parse_rupiah,
    spelled_numbers,
)

LONG = "1" * 5000
LONG_WORDS = "a" * 5000


def refusal(parse: Callable[[str], Any], text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        parse(text)
    return caught.value


def kk(text: str) -> int:
    return parse_count(text, "kk")


def test_constants() -> None:
    assert Decimal("0.0001") == HA_PER_M2
    assert Decimal(100_000) == MAX_AREA_HA
    assert MAX_RUPIAH == 10_000_000_000_000
    min_lat, max_lat, min_lon, max_lon = KALTENG_BOUNDS
    assert min_lat < max_lat and min_lon < max_lon


# -- area -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5 ha", "12.5"),
        ("12.5", "12.5"),
        ("12 hektar", "12"),
        ("12 hektare", "12"),
        ("12 Ha", "12"),
        ("12ha", "12"),
        ("12,5 ha.", "12.5"),  # a sentence's full stop
        ("9,99", "9.99"),
        ("1.500 ha", "1500"),  # lone dot + 3 digits: thousands
        ("12.500", "12500"),
        ("1.250,5 ha", "1250.5"),
        ("1,500.5", "1500.5"),  # both marks: the last is the decimal mark
        ("1 500", "1500"),
        ("1\u00a0500,5", "1500.5"),  # non-breaking space
        ("0,125 ha", "0.125"),  # thousands never start with 0
        ("0.500", "0.5"),
        ("1234.500", "1234.5"),  # a 4-digit first group cannot be thousands
        ("1,2345", "1.2345"),
        ("12,34565", "12.3456"),  # 4 decimals, rounded down
        ("99.999,5 m2", "9.9999"),  # never rounded up across the 10 ha threshold
        ("149.999,6 m2", "14.9999"),  # nor across 15 ha
        ("12,34564", "12.3456"),
        (",5 ha", "0.5"),
        ("125.000 m2", "12.5"),
        ("125000 m²", "12.5"),
        ("125.000 meter persegi", "12.5"),
        ("125000 mtr2", "12.5"),
        ("125000 M2", "12.5"),
        ("100.000 m2", "10"),
        ("1 m2", "0.0001"),
        ("12.500 m2", "1.25"),
        ("1,2 km2", "120"),
        ("12 are", "0.12"),
        ("± 12 ha", "12"),
        ("kurang lebih 12,5 ha", "12.5"),
        ("12 (dua belas) hektare", "12"),
        ("dua belas", "12"),  # voice typing writes the number in words
        ("dua belas setengah", "12.5"),
        ("dua belas koma lima hektar", "12.5"),
        ("seratus m2", "0.01"),
        ("+12", "12"),
        ("１２，５ ha", "12.5"),  # full-width
        ("١٢٫٥".replace("٫", ","), "12.5"),  # Arabic-Indic digits
        ("99.999,9999", "99999.9999"),
        ("12 , 5 ha", "12.5"),  # a decimal mark typed with a space on each side
        ("125 . 000 m2", "12.5"),
    ],
)
def test_area_accepted(text: str, expected: str) -> None:
    result = parse_area_ha(text)
    assert result == Decimal(expected)
    assert str(result) == expected  # no float noise, no trailing zeros, no exponent


@pytest.mark.parametrize(
    ("text", "expected"), [("9,99", "9.99"), ("10", "10"), ("14,99", "14.99"), ("15", "15")]
)
def test_area_boundaries_are_exact(text: str, expected: str) -> None:
    assert parse_area_ha(text) == Decimal(expected)
    assert parse_area_ha(text.replace(",", ".")) == Decimal(expected)
    assert parse_area_ha(text + " ha") == Decimal(expected)
    assert parse_area_ha("14,99") < Decimal(15) <= parse_area_ha("15")


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        ("  \n\t", "text.empty", {}),
        ("\u200b", "text.empty", {}),
        ("abc", "area.not_number", {}),
        ("dua belas juta", "area.not_number", {}),  # words read up to 999.999
        ("setengah", "area.not_number", {}),  # half of nothing said
        ("ha", "area.not_number", {}),
        ("12 hektaran", "area.unknown_unit", {"unit": "hektaran"}),
        ("12 acre", "area.unknown_unit", {"unit": "acre"}),
        ("12 ha 5", "area.unknown_unit", {"unit": "ha 5"}),
        # A number, then words: the words are quoted back (cut to a phone's line).
        ("12,5 hektar lebih sedikit", "area.unknown_unit", {"unit": "hektar lebih sedikit"}),
        ("12 " + "x" * 60, "area.unknown_unit", {"unit": "x" * 39 + "…"}),
        ("🙂", "area.not_number", {}),
        ("12 🙂", "area.not_number", {}),
        ("12 5", "area.not_number", {}),  # spaces group thousands only
        ("1.5.5", "area.not_number", {}),
        ("1.50.000", "area.not_number", {}),
        ("12,,5", "area.not_number", {}),
        ("1e5", "area.not_number", {}),
        ("NaN", "area.not_number", {}),
        (LONG, "area.too_large", {"max": "100.000 ha"}),  # only digits: a number, too large
        ("1" * 4999 + "x", "area.not_number", {}),
        (LONG_WORDS, "area.not_number", {}),
        ("0", "area.zero", {}),
        ("0,0 ha", "area.zero", {}),
        ("0 m2", "area.zero", {}),
        ("-12", "area.negative", {}),
        ("−12,5 ha", "area.negative", {}),  # U+2212 minus
        ("- 12", "area.negative", {}),
        ("0,4 m2", "area.too_small", {"min": "0,0001 ha"}),
        ("0,00001", "area.too_small", {"min": "0,0001 ha"}),
        ("100000", "area.too_large", {"max": "100.000 ha"}),
        ("100.000 ha", "area.too_large", {"max": "100.000 ha"}),
        ("100000,00001", "area.too_large", {"max": "100.000 ha"}),  # rounded down, still too big
        ("1.000 km2", "area.too_large", {"max": "100.000 ha"}),
        ("9" * 60, "area.too_large", {"max": "100.000 ha"}),
        ("125000 m", "area.ambiguous_unit", {"unit": "m"}),
        ("125000 meter", "area.ambiguous_unit", {"unit": "meter"}),
        ("1,500 ha", "area.ambiguous", {"typed": "1,500", "thousands": "1500", "decimal": "1,5"}),
        ("2,125", "area.ambiguous", {"typed": "2,125", "thousands": "2125", "decimal": "2,1250"}),
        (
            "12,500 m2",
            "area.ambiguous",
            {"typed": "12,500", "thousands": "12500", "decimal": "12,5"},
        ),
        (
            "1.500,000",
            "area.ambiguous",
            {"typed": "1.500,000", "thousands": "1500000", "decimal": "1500"},
        ),
    ],
)
def test_area_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_area_ha, text)
    assert (error.key, error.params) == (key, params)


@pytest.mark.parametrize(
    ("parse", "number", "unit"),
    [
        (parse_area_ha, "1,500", ""),
        (parse_area_ha, "2,125", "ha"),
        (parse_area_ha, "12,500", "m2"),
        (parse_area_ha, "1 500,000", "m2"),
        (parse_rupiah, "1,500", "jt"),
        (parse_rupiah, "1.500,000", ""),
        (kk, "1.200,000", "kk"),
    ],
)
def test_ambiguity_offers_readings_that_parse_one_way(
    parse: Callable[[str], Any], number: str, unit: str
) -> None:
    error = refusal(parse, f"{number} {unit}")
    assert error.key.endswith(".ambiguous") and error.params["typed"] == number
    thousands, decimal = (f"{error.params[name]} {unit}" for name in ("thousands", "decimal"))
    assert parse(decimal) < parse(thousands)


# -- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.500.000.000", 1_500_000_000),
        ("1500000000", 1_500_000_000),
        ("1,5 M", 1_500_000_000),
        ("1.5M", 1_500_000_000),
        ("Rp1,5M", 1_500_000_000),
        ("1,5 m", 1_500_000_000),  # M is miliar, never million
        ("1,5 miliar", 1_500_000_000),
        ("1,5 milyar", 1_500_000_000),
        ("750 juta", 750_000_000),
        ("750jt", 750_000_000),
        ("750 jt", 750_000_000),
        ("750 jt.", 750_000_000),
        ("750 juta rupiah", 750_000_000),
        ("Rp 12,3 juta", 12_300_000),
        ("Rp 12,3456 juta", 12_345_600),
        ("Rp750.000.000,00", 750_000_000),
        ("Rp. 750.000.000,-", 750_000_000),
        ("Rp 750.000,-", 750_000),
        ("RP: 750.000", 750_000),
        ("IDR 1.500.000", 1_500_000),
        ("idr1500000", 1_500_000),
        ("1.500.000 rupiah", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1 500 000", 1_500_000),
        ("1.500 juta", 1_500_000_000),  # lone dot + 3 digits: thousands
        ("2 T", 2_000_000_000_000),
        ("2 triliun", 2_000_000_000_000),
        ("9,99 T", 9_990_000_000_000),
        ("500 ribu", 500_000),
        ("500rb", 500_000),
        ("500 rb", 500_000),
        ("500k", 500_000),
        ("Rp 950.000", 950_000),
        ("Rp 1.000", 1_000),
        ("Rp 1.500,50", 1_501),  # half a rupiah rounds up
        ("Rp 1.500,49", 1_500),
        ("± Rp 2 M", 2_000_000_000),
        ("Rp\u00a01.500.000", 1_500_000),
        ("Rp 1.500.000.000 (satu miliar lima ratus juta rupiah)", 1_500_000_000),
    ],
)
def test_money_accepted(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        (" ", "text.empty", {}),
        ("Rp", "money.not_number", {}),
        ("satu juta", "money.not_number", {}),
        ("1,5 mil", "money.not_number", {}),
        ("1,5 USD", "money.not_number", {}),
        ("1 M 500 juta", "money.not_number", {}),
        ("💰 1 M", "money.not_number", {}),
        ("1 M 💰", "money.not_number", {}),
        (LONG, "money.not_number", {}),
        (LONG_WORDS, "money.not_number", {}),
        ("0", "money.zero", {}),
        ("Rp 0", "money.zero", {}),
        ("0 juta", "money.zero", {}),
        ("-500.000", "money.negative", {}),
        ("-Rp 500.000", "money.negative", {}),
        ("Rp -500.000", "money.negative", {}),
        ("1,5", "money.missing_unit", {"value": "1,5"}),
        ("Rp 1,5", "money.missing_unit", {"value": "1,5"}),
        ("750", "money.missing_unit", {"value": "750"}),
        ("999", "money.missing_unit", {"value": "999"}),
        ("0,5 ribu", "money.too_small", {"min": "Rp 1.000"}),
        ("10 T", "money.too_large", {"max": "Rp 10 T"}),
        ("10.000 M", "money.too_large", {"max": "Rp 10 T"}),
        ("Rp 10.000.000.000.000", "money.too_large", {"max": "Rp 10 T"}),
        ("9" * 70, "money.too_large", {"max": "Rp 10 T"}),
        ("1,500 jt", "money.ambiguous", {"typed": "1,500", "thousands": "1500", "decimal": "1,5"}),
        ("Rp 1,500", "money.ambiguous", {"typed": "1,500", "thousands": "1500", "decimal": "1,5"}),
        (
            "Rp 1.500,000",
            "money.ambiguous",
            {"typed": "1.500,000", "thousands": "1500000", "decimal": "1500"},
        ),
    ],
)
def test_money_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_rupiah, text)
    assert (error.key, error.params) == (key, params)


# -- counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("120", "kk", 120),
        ("120 KK", "kk", 120),
        ("120 kk", "kk", 120),
        ("120 K.K.", "kk", 120),
        ("120kk", "kk", 120),
        ("120 kepala keluarga", "kk", 120),
        ("450 jiwa", "jiwa", 450),
        ("450 orang", "jiwa", 450),
        ("1.200 jiwa", "jiwa", 1200),
        ("1,200 jiwa", "jiwa", 1200),  # a count cannot be 1,2
        ("1 200", "jiwa", 1200),
        ("10.000.000", "jiwa", 10_000_000),
        ("35 unit", "unit", 35),
        ("35 rumah", "unit", 35),
        ("35", "unit", 35),
        ("12,0", "kk", 12),
        ("+5", "kk", 5),
        ("± 40 KK", "kk", 40),
        ("４５", "jiwa", 45),
        ("120-an KK", "kk", 120),  # about 120
        ("120an", "kk", 120),
        ("lbh kurang 100 org", "jiwa", 100),  # ninth try-out
        ("450 (empat ratus lima puluh) jiwa", "jiwa", 450),  # a letter's spelled aside
        ("seratus dua puluh KK", "kk", 120),  # in words, as voice typing writes it
    ],
)
def test_count_accepted(text: str, unit: str, expected: int) -> None:
    assert parse_count(text, unit) == expected


@pytest.mark.parametrize(
    ("text", "unit", "key", "params"),
    [
        ("", "kk", "text.empty", {}),
        ("   ", "jiwa", "text.empty", {}),
        ("abc", "kk", "count.not_number", {}),
        ("ratusan", "jiwa", "count.not_number", {}),
        ("120 ekor", "kk", "count.not_number", {}),
        ("👨‍👩‍👧 12", "kk", "count.not_number", {}),
        ("12 👨‍👩‍👧", "kk", "count.not_number", {}),
        (LONG, "kk", "count.not_number", {}),
        (LONG_WORDS, "kk", "count.not_number", {}),
        ("120 jiwa", "kk", "count.wrong_unit", {"expected": "kk", "typed": "jiwa"}),
        ("450 KK", "jiwa", "count.wrong_unit", {"expected": "jiwa", "typed": "kk"}),
        ("35 rumah", "kk", "count.wrong_unit", {"expected": "kk", "typed": "unit"}),
        ("12,5", "kk", "count.not_whole", {"typed": "12,5"}),
        ("0,5 jiwa", "jiwa", "count.not_whole", {"typed": "0,5"}),
        ("0", "kk", "count.zero", {}),
        ("-3", "kk", "count.negative", {}),
        ("10.000.001", "jiwa", "count.too_large", {"max": "10.000.000"}),
        ("9" * 70, "jiwa", "count.too_large", {"max": "10.000.000"}),
        (
            "1.200,000",
            "jiwa",
            "count.ambiguous",
            {"typed": "1.200,000", "thousands": "1200000", "decimal": "1200"},
        ),
    ],
)
def test_count_refused(text: str, unit: str, key: str, params: dict[str, object]) -> None:
    with pytest.raises(Invalid) as caught:
        parse_count(text, unit)
    assert (caught.value.key, caught.value.params) == (key, params)


def test_count_unit_must_be_known() -> None:
    with pytest.raises(ValueError, match="unit"):
        parse_count("12", "ekor")


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("28-11-2026", date(2026, 11, 28)),
        ("28.11.2026", date(2026, 11, 28)),
        ("28 / 11 / 2026", date(2026, 11, 28)),
        ("28 11 2026", date(2026, 11, 28)),
        ("1/2/2026", date(2026, 2, 1)),  # day first, never US order
        ("28/11/26", date(2026, 11, 28)),
        ("28/11/69", date(2069, 11, 28)),
        ("28/11/70", date(1970, 11, 28)),
        ("12/05/98", date(1998, 5, 12)),
        ("28 November 2026", date(2026, 11, 28)),
        ("28 Nov 2026", date(2026, 11, 28)),
        ("28 nov. 2026", date(2026, 11, 28)),
        ("28-Nov-26", date(2026, 11, 28)),
        ("28nov2026", date(2026, 11, 28)),
        ("28 nopember 2026", date(2026, 11, 28)),
        ("28 NOP 2026", date(2026, 11, 28)),
        ("1 Januari 2026", date(2026, 1, 1)),
        ("1 Pebruari 2026", date(2026, 2, 1)),
        ("5 Mei 2026", date(2026, 5, 5)),
        ("5 May 2026", date(2026, 5, 5)),
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("17 Agt 2026", date(2026, 8, 17)),
        ("17 Ags 2026", date(2026, 8, 17)),
        ("17 Agus 2026", date(2026, 8, 17)),
        ("17 Aug 2026", date(2026, 8, 17)),
        ("1 Sept 2026", date(2026, 9, 1)),
        ("1 Okt 2026", date(2026, 10, 1)),
        ("1 Oct 2026", date(2026, 10, 1)),
        ("25 Des 2026", date(2026, 12, 25)),
        ("25 Dec 2026", date(2026, 12, 25)),
        ("November 28, 2026", date(2026, 11, 28)),
        ("2026-11-28", date(2026, 11, 28)),
        ("Sabtu, 28 November 2026", date(2026, 11, 28)),
        ("sabtu 28/11/2026", date(2026, 11, 28)),
        ("Jum’at, 27/11/2026", date(2026, 11, 27)),
        ("tgl. 28/11/2026", date(2026, 11, 28)),
        ("Tanggal 28 November 2026.", date(2026, 11, 28)),
        ("29/02/2028", date(2028, 2, 29)),
        ("31/12/2100", date(2100, 12, 31)),
        ("２８/１１/２０２６", date(2026, 11, 28)),
    ],
)
def test_date_accepted(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        (" ", "text.empty", {}),
        ("besok", "date.format", {}),
        ("28/11", "date.format", {}),  # which year is a guess
        ("28/11-2026", "date.format", {}),
        ("28 Novembr 2026", "date.format", {}),
        ("28/11/202", "date.format", {}),
        ("28/11/2026 09.00", "date.format", {}),
        ("📅 28/11/2026", "date.format", {}),
        ("28/11/2026 🙂", "date.format", {}),
        (LONG, "date.format", {}),
        (LONG_WORDS, "date.format", {}),
        ("31/02/2026", "date.invalid", {"day": 31, "month": 2, "year": 2026}),
        ("29/02/2026", "date.invalid", {"day": 29, "month": 2, "year": 2026}),
        ("11/28/2026", "date.invalid", {"day": 11, "month": 28, "year": 2026}),
        ("0/1/2026", "date.invalid", {"day": 0, "month": 1, "year": 2026}),
        ("1/1/1944", "date.out_of_range", {"min": 1945, "max": 2100}),
        ("1/1/2101", "date.out_of_range", {"min": 1945, "max": 2100}),
        ("1 Jan 0026", "date.out_of_range", {"min": 1945, "max": 2100}),
        (
            "Senin, 28/11/2026",
            "date.weekday_mismatch",
            {"typed": "senin", "date": "28/11/2026", "weekday": 6, "actual": Label("day.6")},
        ),
    ],
)
def test_date_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_date, text)
    assert (error.key, error.params) == (key, params)


# -- coordinates ------------------------------------------------------------------------------

PKY = (-2.21, 113.92)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-2.21, 113.92", PKY),
        ("-2.21 113.92", PKY),
        ("-2.21,113.92", PKY),
        ("-2,21; 113,92", PKY),
        ("-2,21, 113,92", PKY),
        ("-2,21 113,92", PKY),
        ("-2,21,113,92", PKY),  # only one split gives two coordinates
        ("-2.2100,113.9200", PKY),
        ("−2.21 / 113.92", PKY),
        ("Lat: -2.21, Long: 113.92", PKY),
        ("koordinat -2.21, 113.92", PKY),
        ("2°12'36\"S 113°55'12\"E", PKY),
        ("2°12'36\"S113°55'12\"E", PKY),
        ("2° 12' 36\" S, 113° 55' 12\" E", PKY),
        ("2°12'36\" LS 113°55'12\" BT", PKY),
        ("2º12’36” LS, 113º55’12” BT", PKY),  # what phones type for ° ' "
        ("2°12′36″ LS 113°55′12″ BT", PKY),
        ("2°12'36'' LS 113°55'12'' BT", PKY),
        ("2°12'36\" Lintang Selatan 113°55'12\" Bujur Timur", PKY),
        ("113°55'12\"E 2°12'36\"S", PKY),  # lettered: either order
        ("2°12.6'S 113°55.2'E", PKY),
        ("2.21° S 113.92° E", PKY),
        ("2,21 LS 113,92 BT", PKY),
        ("S 2.21 E 113.92", PKY),
        ("LS 2,21 BT 113,92", PKY),
        ("https://maps.google.com/?q=-2.21,113.92", PKY),
        ("https://www.google.com/maps?q=-2.21%2C113.92&z=15", PKY),
        ("https://www.google.com/maps/search/?api=1&query=-2.21,113.92", PKY),
        ("https://www.google.com/maps/place/-2.21,+113.92", PKY),
        ("https://www.google.com/maps/@-2.21,113.92,15z", PKY),
        (
            "https://www.google.com/maps/place/Bundaran+Besar/@-2.2,113.9,17z/"
            "data=!3m1!4b1!4m6!3m5!1s0x2dfcb3:0x1!8m2!3d-2.21!4d113.92!16s",
            PKY,
        ),
        ("lokasi: https://maps.google.com/?q=-2.21,113.92 ya pak", PKY),
        ("https://www.openstreetmap.org/?mlat=-2.21&mlon=113.92#map=15/-2.21/113.92", PKY),
        ("geo:-2.21,113.92", PKY),
        ("-2.2123456, 113.9234564", (-2.212346, 113.923456)),
        ("0, 0", (0.0, 0.0)),
        ("-0.0, 113", (0.0, 113.0)),
        ("90, 180", (90.0, 180.0)),
        ("-6.2 106.8", (-6.2, 106.8)),  # Jakarta: outside Kalteng is not an error
        ("51°30'N 0°7'W", (51.5, -0.116667)),
    ],
)
def test_coordinates_accepted(text: str, expected: tuple[float, float]) -> None:
    assert parse_coordinates(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("", "text.empty", {}),
        ("  ", "text.empty", {}),
        ("-2.21", "coords.format", {}),
        ("Palangka Raya", "coords.format", {}),
        ("2,113,92", "coords.format", {}),  # (2,113; 92) or (2; 113,92)
        ("-2.21, 113.92, 5", "coords.format", {}),
        ("2 12 36 S 113 55 12 E", "coords.format", {}),
        ("2°75'S 113°E", "coords.format", {}),  # 75 minutes
        ("2°12'75\"S 113°E", "coords.format", {}),
        ("-2°S 113°E", "coords.format", {}),  # sign and hemisphere
        ("2°S 3°N", "coords.format", {}),  # two latitudes
        ("🙂, 113.92", "coords.format", {}),
        ("-2.21 🙂 113.92", "coords.format", {}),
        ("1234.5, 12", "coords.format", {}),
        (LONG, "coords.format", {}),
        (LONG_WORDS, "coords.format", {}),
        ("https://www.google.com/maps", "coords.format", {}),
        ("https://maps.app.goo.gl/AbCdEf123", "coords.short_link", {}),
        ("https://goo.gl/maps/AbCdEf123", "coords.short_link", {}),
        ("113.92, -2.21", "coords.swapped", {"lat": "-2.21", "lon": "113.92"}),
        ("113,92 -2,21", "coords.swapped", {"lat": "-2.21", "lon": "113.92"}),
        ("95, 200", "coords.out_of_range", {"lat": "95", "lon": "200"}),
        ("-2.21, 213.92", "coords.out_of_range", {"lat": "-2.21", "lon": "213.92"}),
        ("200, 50", "coords.out_of_range", {"lat": "200", "lon": "50"}),
        ("92°S 113°E", "coords.out_of_range", {"lat": "-92", "lon": "113"}),
    ],
)
def test_coordinates_refused(text: str, key: str, params: dict[str, object]) -> None:
    error = refusal(parse_coordinates, text)
    assert (error.key, error.params) == (key, params)


@pytest.mark.parametrize(
    ("lat", "lon", "inside"),
    [
        (-2.21, 113.92, True),  # Palangka Raya
        (-2.68, 111.62, True),  # Pangkalan Bun
        (-0.63, 114.57, True),  # Puruk Cahu
        (-3.0, 110.75, True),  # Kuala Jelai, on the border with Kalimantan Barat
        (0.75, 113.5, True),  # northern edge
        (-3.6, 110.6, True),  # the box's corner is inside
        (-0.03, 109.33, False),  # Pontianak
        (-0.5, 117.15, False),  # Samarinda
        (-6.2, 106.8, False),  # Jakarta
        (2.21, 113.92, False),  # a dropped minus sign
        (113.92, -2.21, False),
    ],
)
def test_in_kalteng(lat: float, lon: float, inside: bool) -> None:
    assert in_kalteng(lat, lon) is inside


# -- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "parse",
    [parse_area_ha, parse_rupiah, kk, parse_date, parse_coordinates],
)
@pytest.mark.parametrize(
    "text",
    [
        LONG,
        LONG_WORDS,
        "1." * 2500,
        "1 " * 2500,
        "1,1 " * 30,
        "2°1'1\" " * 15,
        "https://maps.google.com/?x=" + "1," * 1000,
    ],
)
def test_huge_input_is_refused_fast(parse: Callable[[str], Any], text: str) -> None:
    started = time.perf_counter()
    with pytest.raises(Invalid):
        parse(text)
    assert time.perf_counter() - started < 0.1


# -- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.5"), "12,5 ha"),
        (Decimal("9.99"), "9,99 ha"),
        (Decimal("10"), "10 ha"),
        (Decimal("10.000"), "10 ha"),
        (Decimal("1250"), "1.250 ha"),
        (Decimal("1250.5"), "1.250,5 ha"),
        (Decimal("0.05"), "0,05 ha"),
        (Decimal("0.125"), "0,125 ha"),
        (Decimal("2.125"), "2,1250 ha"),  # "2,125" would read as ambiguous
        (Decimal("0.00005"), "0,0001 ha"),
        (Decimal("99999.9999"), "99.999,9999 ha"),
        (14.99, "14,99 ha"),
        (0.1 + 0.2, "0,3 ha"),
        (12, "12 ha"),
        (Decimal("-1.5"), "-1,5 ha"),
    ],
)
def test_format_ha(value: Decimal | float, expected: str) -> None:
    assert format_ha(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_500_000_000, "Rp 1,5 M"),
        (750_000_000, "Rp 750 juta"),
        (12_300_000, "Rp 12,3 juta"),
        (12_345_678, "Rp 12,35 juta"),
        (1_000_000, "Rp 1 juta"),
        (950_000, "Rp 950.000"),
        (999_999, "Rp 999.999"),
        (999_999_999, "Rp 1 M"),  # rounding reaches the next unit
        (2_000_000_000_000, "Rp 2 T"),
        (9_990_000_000_000, "Rp 9,99 T"),
        (1_000, "Rp 1.000"),
        (0, "Rp 0"),
        (-5_000_000, "-Rp 5 juta"),
    ],
)
def test_format_rupiah(value: int, expected: str) -> None:
    assert format_rupiah(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_500_000_000, "Rp 1.500.000.000"),
        (950_000, "Rp 950.000"),
        (1_000, "Rp 1.000"),
        (999, "Rp 999"),
        (-1_500, "-Rp 1.500"),
    ],
)
def test_format_rupiah_full(value: int, expected: str) -> None:
    assert format_rupiah_full(value) == expected


def test_format_count_date_and_datetime() -> None:
    assert format_count(1200) == "1.200"
    assert format_count(35) == "35"
    assert format_count(10_000_000) == "10.000.000"
    assert format_date(date(2026, 11, 28)) == "28/11/2026"
    assert format_date(date(2026, 1, 5)) == "05/01/2026"
    assert format_datetime(datetime(2026, 11, 28, 9, 0)) == "28/11/2026 09.00"
    assert format_datetime(datetime(2026, 11, 28, 23, 59, 59)) == "28/11/2026 23.59"


# -- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["12.5", "9.99", "10", "14.99", "15", "1250", "1250.5", "0.05", "0.125", "2.125", "0.0001"],
)
def test_area_round_trip(value: str) -> None:
    assert parse_area_ha(format_ha(Decimal(value))) == Decimal(value)


def test_area_round_trip_at_random() -> None:
    rng = random.Random(2026)
    for _ in range(1000):
        value = Decimal(rng.randrange(1, 1_000_000_000)).scaleb(-4)
        assert parse_area_ha(format_ha(value)) == value


@pytest.mark.parametrize(
    "value", [1_500_000_000, 750_000_000, 12_300_000, 12_350_000, 950_000, 2 * 10**12, 1_000]
)
def test_rupiah_short_round_trip(value: int) -> None:
    assert parse_rupiah(format_rupiah(value)) == value


def test_rupiah_full_and_count_round_trip_at_random() -> None:
    rng = random.Random(1957)
    for _ in range(1000):
        amount = rng.randrange(1_000, MAX_RUPIAH)
        assert parse_rupiah(format_rupiah_full(amount)) == amount
        count = rng.randrange(1, 10_000_001)
        assert parse_count(format_count(count), "jiwa") == count


def test_date_round_trip() -> None:
    day = date(1945, 1, 1)
    while day.year <= 2100:
        assert parse_date(format_date(day)) == day
        day = day.fromordinal(day.toordinal() + 97)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kumuh dua belas ha", "kumuh 12 ha"),
        ("sepuluh hektar", "10 hektar"),
        ("sebelas ha", "11 ha"),
        ("dua puluh lima ha", "25 ha"),
        ("seratus dua puluh ha", "120 ha"),
        ("dua ratus lima belas", "215"),
        ("sembilan koma lima ha", "9,5 ha"),
        ("sekitar sesuai seribu", "sekitar sesuai 1000"),  # "se-" words are no "satu"
        ("dua belas ribu lima ratus m2", "12500 m2"),
        ("seratus dua puluh lima ribu", "125000"),
        ("ribu", "ribu"),  # thousands of nothing said
        ("slum of twelve hectares", "slum of 12 hectares"),
        ("twenty-one ha", "21 ha"),
        ("twenty one ha", "21 ha"),
        ("fourteen point five ha", "14.5 ha"),
        ("hundred network", "hundred network"),
        ("", ""),
    ],
)
def test_numbers_in_words_are_read_as_digits(typed, read):
    assert spelled_numbers(typed) == read
