"""Tests for the regency list, regency recognition and the kecamatan/desa data."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from bot.domain import wilayah
from bot.domain.errors import Invalid
from bot.domain.regions import REGENCIES, find_regencies, find_regency, regency_by_code

KOBAR, KOTIM, KAPUAS, BARSEL, BARUT = "62.01", "62.02", "62.03", "62.04", "62.05"
KATINGAN, SERUYAN, SUKAMARA, LAMANDAU, GUMAS = "62.06", "62.07", "62.08", "62.09", "62.10"
PULPIS, MURA, BARTIM, PKY = "62.11", "62.12", "62.13", "62.71"


def refused(text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        find_regency(text)
    return caught.value


# -- the list and the data file ---------------------------------------------------------------


def test_regencies_equal_the_csv_rows() -> None:
    rows = [a for a in wilayah.areas() if a.level == "kabupaten_kota"]
    assert [(r.code, r.name) for r in REGENCIES] == [(a.code, a.name) for a in rows]
    assert all(a.parent == "62" for a in rows)


def test_regency_table_matches_the_domain_brief() -> None:
    by_code = {r.code: (r.short_name, r.capital) for r in REGENCIES}
    assert by_code[KATINGAN] == ("Katingan", "Kasongan")
    assert by_code[SERUYAN] == ("Seruyan", "Kuala Pembuang")
    assert by_code[MURA] == ("Murung Raya", "Puruk Cahu")
    assert by_code[BARTIM] == ("Barito Timur", "Tamiang Layang")
    assert by_code[PKY] == ("Palangka Raya", "Palangka Raya")
    for regency in REGENCIES:
        assert regency.name.endswith(regency.short_name)
        assert all("," not in alias for alias in regency.aliases)  # stored comma-joined


def test_regency_by_code() -> None:
    assert regency_by_code(KOTIM).short_name == "Kotawaringin Timur"
    with pytest.raises(KeyError):
        regency_by_code("62.99")


def test_area_counts() -> None:
    counts = Counter(area.level for area in wilayah.areas())
    assert counts == {"kabupaten_kota": 14, "kecamatan": 136, "kelurahan": 139, "desa": 1432}


def test_kecamatan_and_villages() -> None:
    assert sum(len(wilayah.kecamatan_of(r.code)) for r in REGENCIES) == 136
    kotim = wilayah.kecamatan_of(KOTIM)
    assert len(kotim) == 17
    assert all(k.level == "kecamatan" and k.parent == KOTIM for k in kotim)
    all_villages = [
        v
        for r in REGENCIES
        for k in wilayah.kecamatan_of(r.code)
        for v in wilayah.villages_of(k.code)
    ]
    assert len(all_villages) == 1571
    assert {v.level for v in all_villages} == {"desa", "kelurahan"}
    pky_villages = [v for k in wilayah.kecamatan_of(PKY) for v in wilayah.villages_of(k.code)]
    assert len(pky_villages) == 30
    assert {v.level for v in pky_villages} == {"kelurahan"}


def test_area_by_code() -> None:
    jabiren = wilayah.area_by_code("62.11.07")
    assert (jabiren.name, jabiren.level, jabiren.parent) == ("Jabiren Raya", "kecamatan", PULPIS)
    assert wilayah.area_by_code("62.07.02.2018").name == "Panyumpa"
    with pytest.raises(KeyError):
        wilayah.area_by_code("62.99")


def test_children_need_the_right_level() -> None:
    with pytest.raises(KeyError):
        wilayah.kecamatan_of("62.11.07")  # a kecamatan, not a regency
    with pytest.raises(KeyError):
        wilayah.villages_of(PULPIS)  # a regency, not a kecamatan
    with pytest.raises(KeyError):
        wilayah.kecamatan_of("62.99")


# -- recognising what officers type -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kab. Kapuas", KAPUAS),
        ("kab kapuas", KAPUAS),
        ("Kabupaten Kapuas", KAPUAS),
        ("KAPUAS", KAPUAS),
        ("  kapuas  ", KAPUAS),
        ("Kab.Kapuas", KAPUAS),
        ("KabKapuas", KAPUAS),
        ("Kuala Kapuas", KAPUAS),
        ("kota palangka raya", PKY),
        ("Kota Palangka Raya", PKY),
        ("palangkaraya", PKY),
        ("Palangka Raya", PKY),
        ("PALANGKA RAYA", PKY),
        ("Kota Palangkaraya", PKY),
        ("pky", PKY),
        ("PKY", PKY),
        ("Kotim", KOTIM),
        ("kotawaringin timur", KOTIM),
        ("Kota Waringin Timur", KOTIM),
        ("Kab. Kotawaringin Timur", KOTIM),
        ("Kotawaringin-Timur", KOTIM),
        ("Sampit", KOTIM),
        ("Kobar", KOBAR),
        ("Kotawaringin Barat", KOBAR),
        ("Kota Waringin Barat", KOBAR),
        ("Pangkalan Bun", KOBAR),
        ("Barsel", BARSEL),
        ("Barito Selatan", BARSEL),
        ("Buntok", BARSEL),
        ("Barut", BARUT),
        ("Barito Utara", BARUT),
        ("Muara Teweh", BARUT),
        ("Katingan", KATINGAN),
        ("Kasongan", KATINGAN),
        ("Seruyan", SERUYAN),
        ("Kuala Pembuang", SERUYAN),
        ("Sukamara", SUKAMARA),
        ("Lamandau", LAMANDAU),
        ("Nanga Bulik", LAMANDAU),
        ("Gumas", GUMAS),
        ("Gunung Mas", GUMAS),
        ("gunungmas", GUMAS),
        ("Kuala Kurun", GUMAS),
        ("Pulpis", PULPIS),
        ("Pulang Pisau", PULPIS),
        ("pulangpisau", PULPIS),
        ("Mura", MURA),
        ("Murung Raya", MURA),
        ("Puruk Cahu", MURA),
        ("Bartim", BARTIM),
        ("Barito Timur", BARTIM),
        ("Tamiang Layang", BARTIM),
        ("62.02", KOTIM),
        ("6271", PKY),
    ],
)
def test_typical_forms(text: str, code: str) -> None:
    assert find_regency(text).code == code


def test_every_name_and_alias_resolves() -> None:
    for regency in REGENCIES:
        names = (regency.name, regency.short_name, regency.capital, *regency.aliases)
        for name in names:
            for form in (name, name.upper(), name.lower(), f"Kab. {name}", f" {name}. "):
                assert find_regency(form) == regency, form


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kotawarigin Timur", KOTIM),
        ("Kotwaringin Barat", KOBAR),
        ("Katingam", KATINGAN),
        ("Barito Utra", BARUT),
        ("Barito Selatn", BARSEL),
        ("Gunung Emas", GUMAS),
        ("Seruyn", SERUYAN),
        ("Lamandu", LAMANDAU),
        ("Pulang Pisou", PULPIS),
        ("Palangka", PKY),  # the start of one name only
        ("Gunun", GUMAS),
    ],
)
def test_clear_typos_and_starts_are_accepted(text: str, code: str) -> None:
    assert find_regency(text).code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Kotawaringin", (KOBAR, KOTIM)),
        ("Kota Waringin", (KOBAR, KOTIM)),
        ("Kab. Kotawaringin", (KOBAR, KOTIM)),
        ("Barito", (BARSEL, BARUT, BARTIM)),
        ("Kabupaten Barito", (BARSEL, BARUT, BARTIM)),
        ("barito ", (BARSEL, BARUT, BARTIM)),
        ("Kuala", (KAPUAS, SERUYAN, GUMAS)),
        ("Timur", (KOTIM, BARTIM)),
        ("Raya", (MURA, PKY)),
    ],
)
def test_ambiguous_input_is_refused_with_the_candidates(text: str, codes: tuple[str, ...]) -> None:
    error = refused(text)
    assert error.key == "regency.ambiguous"
    assert error.suggestions == codes
    assert error.params == {"typed": text.strip()}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Bart", BARTIM),  # Bartim or a typo for Barut: too close to call
        ("Pul", PULPIS),
        ("Katingan Hilir", KATINGAN),  # a kecamatan
        ("Utara", BARUT),  # a word of one name, not a name
        ("P. Raya", PKY),
    ],
)
def test_unclear_input_is_refused_with_suggestions(text: str, first: str) -> None:
    error = refused(text)
    assert error.key == "regency.unknown"
    assert error.suggestions[0] == first
    assert 1 <= len(error.suggestions) <= 3
    assert len(set(error.suggestions)) == len(error.suggestions)


@pytest.mark.parametrize(
    ("text", "province", "first"),
    [
        ("Kapuas Hulu", "Kalimantan Barat", KAPUAS),
        ("Kab. Barito Kuala", "Kalimantan Selatan", None),
        ("kota banjarmasin", "Kalimantan Selatan", None),
        ("Kutai Barat", "Kalimantan Timur", None),
    ],
)
def test_a_neighbouring_provinces_regency_is_named_as_such(
    text: str, province: str, first: str | None
) -> None:
    """ "Barito Kuala" was just "unknown" beside three Barito buttons (fifteenth try-out)."""
    error = refused(text)
    assert error.key == "regency.other_province"
    assert error.params == {"typed": text, "province": province}
    if first is not None:
        assert error.suggestions[0] == first


def test_bart_is_between_bartim_and_barut() -> None:
    assert set(refused("Bart").suggestions[:2]) == {BARTIM, BARUT}


@pytest.mark.parametrize("text", ["asdfgh", "🙂", "x", "ab", "🙂🙂🙂", "12345", "???"])
def test_gibberish_is_refused(text: str) -> None:
    error = refused(text)
    assert error.key == "regency.unknown"
    assert error.suggestions == ()
    assert error.params == {"typed": text}


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_input(text: str) -> None:
    error = refused(text)
    assert error.key == "regency.empty"
    assert error.suggestions == ()


def test_long_input_is_refused_quickly_and_quoted_short() -> None:
    started = time.perf_counter()
    for text in ("a" * 5000, "Kapuas " * 700, "🙂" * 5000, " " * 4000 + "xyz" * 400):
        error = refused(text)
        assert len(str(error.params["typed"])) <= 40
    assert time.perf_counter() - started < 0.5


def test_typed_param_is_trimmed_and_whitespace_collapsed() -> None:
    assert refused("  asdf \n  ghij ").params == {"typed": "asdf ghij"}
    typed = str(refused("q" * 100).params["typed"])
    assert len(typed) == 40
    assert typed.endswith("…")


# -- typed lists of regencies (/siaran, /rapat_baru) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("bartim, kotim", (BARTIM, KOTIM)),
        ("kobar", (KOBAR,)),
        ("katingan", (KATINGAN,)),
        ("palangka", (PKY,)),
        ("pulpis, gumas, barsel, barut, mura", (PULPIS, GUMAS, BARSEL, BARUT, MURA)),
        ("lamandau dan sukamara serta seruyan", (LAMANDAU, SUKAMARA, SERUYAN)),
        ("Kapuas; Kab. Katingan & kota palangka raya", (KAPUAS, KATINGAN, PKY)),
        ("Kotawaringin Timur, Kotawaringin Barat", (KOTIM, KOBAR)),
        ("kotim\nbartim", (KOTIM, BARTIM)),
        ("kotim bartim", (KOTIM, BARTIM)),  # no separator, but every word is a regency
        # ... or every run of words: none dropped for the one a fuzzy match would keep
        ("mura palangkaraya", (MURA, PKY)),
        ("pky muara teweh", (PKY, BARUT)),
        ("pky kuala kapuas", (PKY, KAPUAS)),
        ("sampit dan buntok", (KOTIM, BARSEL)),  # capitals name their regencies
        ("kotim, Kotim, kab kotim", (KOTIM,)),  # once each
    ],
)
def test_a_typed_list_of_short_names_is_read(text: str, codes: tuple[str, ...]) -> None:
    assert find_regencies(text) == codes


def test_a_typed_list_names_every_part_it_does_not_know() -> None:
    with pytest.raises(Invalid) as caught:
        find_regencies("jakarta, kotim dan seruyan hilir")
    # The parts read travel with the refusal, for a tick-box step to keep (try-out 15).
    assert caught.value.key == "regency.list_partly_unknown"
    assert caught.value.params == {
        "typed": "\u201cjakarta\u201d, \u201cseruyan hilir\u201d",
        "known": (KOTIM,),
    }
    with pytest.raises(Invalid) as ambiguous:
        find_regencies("barito, kapuas")
    assert ambiguous.value.params == {"typed": "\u201cbarito\u201d", "known": (KAPUAS,)}
    with pytest.raises(Invalid) as none_known:
        find_regencies("jakarta, bandung")
    assert none_known.value.key == "regency.list_unknown"
    assert none_known.value.params["known"] == ()
    assert set(ambiguous.value.suggestions) == {BARSEL, BARUT, BARTIM}


@pytest.mark.parametrize("text", ["", " , ", "\n;\n"])
def test_a_typed_list_of_nothing_is_refused_as_empty(text: str) -> None:
    with pytest.raises(Invalid) as caught:
        find_regencies(text)
    assert caught.value.key == "regency.empty"


def test_a_long_typed_list_is_read_quickly() -> None:
    started = time.perf_counter()
    assert find_regencies("kotim, " * 2000) == (KOTIM,)
    with pytest.raises(Invalid):
        find_regencies("asdfgh, " * 2000)
    assert time.perf_counter() - started < 1.0
