"""Tests for recognising the kecamatan and desa/kelurahan names officers type."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.domain import places, wilayah
from bot.domain.errors import Invalid
from bot.domain.places import find_kecamatan, find_village, places_asked, suggest_villages
from bot.domain.wilayah import Area

KOBAR, KOTIM, KAPUAS, BARSEL, KATINGAN = "62.01", "62.02", "62.03", "62.04", "62.06"
SERUYAN, PULPIS, MURA, BARTIM, PKY = "62.07", "62.11", "62.12", "62.13", "62.71"
KUMAI, ARUT_SELATAN = "62.01.01", "62.01.02"
GN_BINTANG_AWAI = "62.04.05"
SUNGAI_CABANG, KUMAI_HULU, KUMAI_HILIR = "62.01.01.2001", "62.01.01.1012", "62.01.01.1013"
PATAS_I, PATAS_II = "62.04.05.2009", "62.04.05.2010"


def kecamatan_refusal(regency: str, text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        find_kecamatan(regency, text)
    return caught.value


def village_refusal(kecamatan: str, text: str) -> Invalid:
    with pytest.raises(Invalid) as caught:
        find_village(kecamatan, text)
    return caught.value


def regencies() -> list[Area]:
    return [area for area in wilayah.areas() if area.level == "kabupaten_kota"]


# -- kecamatan --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regency", "text", "code"),
    [
        (KOTIM, "Mentawa Baru Ketapang", "62.02.06"),
        (KOTIM, "Kec. Mentawa Baru Ketapang", "62.02.06"),
        (KOTIM, "kecamatan baamang", "62.02.05"),
        (KOTIM, "KEC.BAAMANG", "62.02.05"),
        (KOTIM, "  Kecamatan   Kota Besi ", "62.02.01"),
        (KOTIM, "Kotabesi", "62.02.01"),
        (BARSEL, "Gn. Bintang Awai", GN_BINTANG_AWAI),
        (BARSEL, "Gunung Bintang Awai", GN_BINTANG_AWAI),
        (BARSEL, "gn bintang awai", GN_BINTANG_AWAI),
        ("62.05", "Gn. Timang", "62.05.02"),
        ("62.05", "Gunung Timang", "62.05.02"),
        (PKY, "Jekanraya", "62.71.03"),
        (PKY, "jekan raya", "62.71.03"),
        (MURA, "Sei Babuat", "62.12.08"),
    ],
)
def test_kecamatan_as_typed(regency: str, text: str, code: str) -> None:
    assert find_kecamatan(regency, text).code == code


@pytest.mark.parametrize(
    ("regency", "text", "code"),
    [
        (KOTIM, "Baamng", "62.02.05"),
        (KOTIM, "Mentaya Hilir Utra", "62.02.07"),
        (KOTIM, "Mentaya Hilir Selatn", "62.02.08"),
        (KAPUAS, "Kapuas Hilr", "62.03.02"),
        (KAPUAS, "Kec. Kapaus Barat", "62.03.05"),
    ],
)
def test_kecamatan_typos(regency: str, text: str, code: str) -> None:
    assert find_kecamatan(regency, text).code == code


def test_kecamatan_shared_start_is_not_guessed() -> None:
    refusal = kecamatan_refusal(KAPUAS, "Kapuas")
    assert refusal.key == "kecamatan.unknown"
    assert len(refusal.suggestions) == 3
    assert all(wilayah.area_by_code(code).name.startswith("Kapuas") for code in refusal.suggestions)
    refusal = kecamatan_refusal(KOTIM, "Mentaya Hilir")
    assert set(refusal.suggestions[:2]) == {"62.02.07", "62.02.08"}


def test_kecamatan_part_of_a_name_is_suggested() -> None:
    refusal = kecamatan_refusal(KOTIM, "Ketapang")
    assert refusal.suggestions[0] == "62.02.06"
    # also the name of a kelurahan of that kecamatan: offered as its kecamatan
    assert refusal.params == {"typed": "Ketapang", "kecamatan": "Mentawa Baru Ketapang"}
    refusal = kecamatan_refusal(KOTIM, "Mentawa")
    assert refusal.suggestions[0] == "62.02.06"
    assert refusal.params == {"typed": "Mentawa", "regency": "Kabupaten Kotawaringin Timur"}


def test_kecamatan_of_another_regency_is_refused() -> None:
    refusal = kecamatan_refusal(KOBAR, "Baamang")
    assert refusal.key == "kecamatan.unknown"
    assert refusal.params["regency"] == "Kabupaten Kotawaringin Barat"
    assert "62.02.05" not in refusal.suggestions


def test_a_village_typed_at_the_kecamatan_offers_its_kecamatan() -> None:
    """Fourteenth try-out: "kasongan lama" was refused with unrelated suggestions."""
    refusal = kecamatan_refusal(KOTIM, "kel. baamang hulu")
    assert (refusal.key, refusal.suggestions) == ("kecamatan.is_village", ("62.02.05",))
    assert refusal.params == {"typed": "kel. baamang hulu", "kecamatan": "Baamang"}


def test_kecamatan_nonsense() -> None:
    refusal = kecamatan_refusal(KOTIM, "qwzx")
    assert (refusal.key, refusal.suggestions) == ("kecamatan.unknown", ())


def test_kecamatan_unknown_regency_code() -> None:
    with pytest.raises(KeyError):
        find_kecamatan("62.99", "Baamang")
    with pytest.raises(KeyError):
        find_kecamatan(KUMAI, "Baamang")


# -- desa and kelurahan -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kecamatan", "text", "code"),
    [
        (KUMAI, "Sungai Cabang", SUNGAI_CABANG),
        (KUMAI, "Desa Sungai Cabang", SUNGAI_CABANG),
        (KUMAI, "desa sungai cabang", SUNGAI_CABANG),
        (KUMAI, "Ds. Sungai Cabang", SUNGAI_CABANG),
        (KUMAI, "Ds Sei Cabang", SUNGAI_CABANG),
        (KUMAI, "Sei. Cabang", SUNGAI_CABANG),
        (KUMAI, "Kel. Kumai Hulu", KUMAI_HULU),
        (KUMAI, "Kelurahan Kumai Hulu", KUMAI_HULU),
        (KUMAI, "kel.kumai hulu", KUMAI_HULU),
        (KUMAI, "KUMAIHULU", KUMAI_HULU),
        # "Sei." is in official names; "Sungai" finds it too.
        ("62.11.02", "Sei. Rungun", "62.11.02.2006"),
        ("62.11.02", "Sei Rungun", "62.11.02.2006"),
        ("62.11.02", "Sungai Rungun", "62.11.02.2006"),
        ("62.11.02", "Papuyu 2 Sungai Barunai", "62.11.02.2002"),
        ("62.11.02", "papuyu ii sei barunai", "62.11.02.2002"),
        ("62.11.02", "Papuyu III Sei Pudak", "62.11.02.2014"),
        (PKY + ".02", "Sungai Gohong", "62.71.02.1005"),
        # "Tj." for Tanjung.
        ("62.07.08", "Tj. Hara", "62.07.08.2002"),
        ("62.07.08", "Tj Paring", "62.07.08.2003"),
        ("62.07.08", "Tanjung Rangas 2", "62.07.08.2004"),
        ("62.07.08", "Tj. Rangas II", "62.07.08.2004"),
        # Apostrophes, typographic or none.
        ("62.03.15", "Karetau Manta'a", "62.03.15.2004"),
        ("62.03.15", "Karetau Mantaa", "62.03.15.2004"),
        ("62.03.15", "Karetau Manta’a", "62.03.15.2004"),
        ("62.12.01", "Muara Jaan", "62.12.01.2007"),
        ("62.12.01", "Panuut", "62.12.01.2005"),
        # Spaces.
        (PKY + ".03", "Bukittunggal", "62.71.03.1003"),
        (PKY + ".03", "Kel. Bukit  Tunggal", "62.71.03.1003"),
        ("62.13.02", "Pasar Panas Taniran", "62.13.02.1001"),
        # Roman numerals and digits.
        (GN_BINTANG_AWAI, "Patas I", PATAS_I),
        (GN_BINTANG_AWAI, "Patas 1", PATAS_I),
        (GN_BINTANG_AWAI, "Patas II", PATAS_II),
        (GN_BINTANG_AWAI, "patas 2", PATAS_II),
        (GN_BINTANG_AWAI, "Desa Patas 02", PATAS_II),
    ],
)
def test_village_as_typed(kecamatan: str, text: str, code: str) -> None:
    assert find_village(kecamatan, text).code == code


@pytest.mark.parametrize(
    ("kecamatan", "text", "code"),
    [
        (KUMAI, "Sungai Cabag", SUNGAI_CABANG),
        (KUMAI, "Desa Sungia Cabang", SUNGAI_CABANG),
        (KUMAI, "Kumai Hulo", KUMAI_HULU),
        (KUMAI, "Kumai Hillir", KUMAI_HILIR),
        ("62.03.15", "Karetau Manta", "62.03.15.2004"),
        (GN_BINTANG_AWAI, "Pattas II", PATAS_II),
    ],
)
def test_village_typos(kecamatan: str, text: str, code: str) -> None:
    assert find_village(kecamatan, text).code == code


def test_village_start_shared_by_two_is_not_guessed() -> None:
    refusal = village_refusal(KUMAI, "Kumai")
    assert refusal.key == "village.unknown"
    assert set(refusal.suggestions[:2]) == {KUMAI_HULU, KUMAI_HILIR}
    assert refusal.params == {"typed": "Kumai", "kecamatan": "Kumai"}


@pytest.mark.parametrize("text", ["Patas", "Patas III", "Patas 3", "Desa Patas"])
def test_village_numeral_is_never_guessed(text: str) -> None:
    refusal = village_refusal(GN_BINTANG_AWAI, text)
    assert refusal.key == "village.unknown"
    assert set(refusal.suggestions) == {PATAS_I, PATAS_II}


def test_village_contrast_word_is_never_swapped() -> None:
    # There is no "Kumai Tengah": it must not become Kumai Hulu or Kumai Hilir.
    refusal = village_refusal(KUMAI, "Kumai Tengah")
    assert refusal.key == "village.unknown"
    assert KUMAI_HULU in refusal.suggestions


def test_village_too_far_from_any_name_is_refused() -> None:
    # "Tumbang Bulan" is ratio-close to "Tumbang Puan" only through the shared "Tumbang".
    refusal = village_refusal("62.10.09", "Tumbang Bulan")
    assert refusal.key == "village.unknown"


def test_village_typo_as_close_to_a_village_elsewhere_is_not_guessed() -> None:
    # Tumbang Lawang is in Pulau Malan, Tumbang Lahang in Katingan Tengah: both one letter away.
    refusal = village_refusal("62.06.04", "Tumbang Laang")
    assert refusal.key == "village.unknown"
    assert refusal.suggestions[0] == "62.06.04.2008"


@pytest.mark.parametrize(
    ("kecamatan", "text", "code"),
    [
        ("62.03.15", "Karetau", "62.03.15.2004"),
        ("62.13.02", "Taniran", "62.13.02.1001"),
        ("62.13.02", "Kel. Pasar Panas", "62.13.02.1001"),
        (KUMAI, "Sungai Cabang, Kec. Kumai", SUNGAI_CABANG),
    ],
)
def test_village_part_of_a_name_is_suggested(kecamatan: str, text: str, code: str) -> None:
    refusal = village_refusal(kecamatan, text)
    assert refusal.key == "village.unknown"
    assert refusal.suggestions[0] == code


# -- a village of another kecamatan -----------------------------------------------------------


def test_village_in_another_kecamatan() -> None:
    refusal = village_refusal(ARUT_SELATAN, "Desa Sungai Cabang")
    assert refusal.key == "village.other_kecamatan"
    assert refusal.suggestions == (SUNGAI_CABANG,)
    assert refusal.params == {"typed": "Desa Sungai Cabang", "kecamatan": "Kumai"}


def test_misspelt_village_in_another_kecamatan() -> None:
    refusal = village_refusal(ARUT_SELATAN, "Sei Cabag")
    assert (refusal.key, refusal.suggestions) == ("village.other_kecamatan", (SUNGAI_CABANG,))


def test_village_name_without_numeral_is_elsewhere() -> None:
    # Seruyan has Tanjung Rangas (Seruyan Hilir) and Tanjung Rangas II (Danau Seluluk).
    refusal = village_refusal("62.07.08", "Tanjung Rangas")
    assert refusal.key == "village.other_kecamatan"
    assert refusal.suggestions == ("62.07.01.2007",)
    assert refusal.params["kecamatan"] == "Seruyan Hilir"


def test_village_name_in_two_other_kecamatan() -> None:
    # Kapuas has a Sidomulyo in Mantangai and one in Tamban Catur.
    refusal = village_refusal("62.03.01", "Sidomulyo")
    assert refusal.key == "village.other_kecamatan"
    assert refusal.suggestions == ("62.03.09.2034", "62.03.13.2009")
    assert refusal.params["kecamatan"] == "Mantangai, Tamban Catur"
    refusal = village_refusal("62.02.01", "Sumber Makmr")
    assert refusal.suggestions == ("62.02.04.2009", "62.02.07.2006", "62.02.14.2003")


def test_village_name_shared_with_another_kecamatan_is_the_one_here() -> None:
    assert find_village("62.03.09", "Sidomulyo").code == "62.03.09.2034"
    assert find_village("62.03.13", "sidomulyo").code == "62.03.13.2009"
    assert find_village("62.13.10", "Kandris").code == "62.13.10.2007"


def test_village_of_another_regency_is_unknown() -> None:
    refusal = village_refusal(ARUT_SELATAN, "Karetau Manta'a")
    assert refusal.key == "village.unknown"
    # But Kobar's own "Sido Mulyo" (Pangkalan Banteng) is found whatever the spacing.
    refusal = village_refusal(ARUT_SELATAN, "Sidomulyo")
    assert refusal.key == "village.other_kecamatan"
    assert refusal.suggestions == ("62.01.06.2005",)


def test_village_unknown_kecamatan_code() -> None:
    with pytest.raises(KeyError):
        find_village("62.01.99", "Sungai Cabang")
    with pytest.raises(KeyError):
        find_village(KOBAR, "Sungai Cabang")


# -- suggestions across the regency ----------------------------------------------------------


def test_suggest_villages() -> None:
    found = suggest_villages(KAPUAS, "Sidomulyo")
    assert [area.code for area in found[:2]] == ["62.03.09.2034", "62.03.13.2009"]
    assert len(found) == 3
    assert suggest_villages(KOBAR, "Sei Cabag", limit=1)[0].code == SUNGAI_CABANG
    assert len(suggest_villages(KOTIM, "Sumber Makmur", limit=5)) == 5
    assert all(area.level in ("desa", "kelurahan") for area in suggest_villages(KOTIM, "Baru"))


def test_suggest_villages_empty() -> None:
    assert suggest_villages(KOBAR, "") == ()
    assert suggest_villages(KOBAR, "   ") == ()
    assert suggest_villages(KOBAR, "Sungai Cabang", limit=0) == ()
    assert suggest_villages(KOBAR, "🏠") == ()
    with pytest.raises(KeyError):
        suggest_villages("62.99", "Sungai Cabang")


# -- hostile input ----------------------------------------------------------------------------

FINDERS: list[tuple[Callable[[str, str], Area], str]] = [
    (find_kecamatan, KOTIM),
    (find_village, KUMAI),
]


@pytest.mark.parametrize(("find", "scope"), FINDERS)
@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank(find: Callable[[str, str], Area], scope: str, text: str) -> None:
    with pytest.raises(Invalid) as caught:
        find(scope, text)
    refusal = caught.value
    assert (refusal.key, refusal.params, refusal.suggestions) == ("text.empty", {}, ())


@pytest.mark.parametrize(("find", "scope"), FINDERS)
@pytest.mark.parametrize("text", ["🏠", "🏠🏠🏠", "...", "Kec.", "Desa"])
def test_no_name(find: Callable[[str, str], Area], scope: str, text: str) -> None:
    with pytest.raises(Invalid) as caught:
        find(scope, text)
    assert caught.value.key.endswith(".unknown")
    assert caught.value.params["typed"] == text


def test_emoji_around_a_name() -> None:
    assert find_village(KUMAI, "🏠 Sungai Cabang 🏠").code == SUNGAI_CABANG
    assert find_kecamatan(KOTIM, "📍Baamang").code == "62.02.05"


@pytest.mark.parametrize(("find", "scope"), FINDERS)
def test_very_long_input(find: Callable[[str, str], Area], scope: str) -> None:
    with pytest.raises(Invalid) as caught:
        find(scope, "Sungai Cabang " * 400)
    assert len(str(caught.value.params["typed"])) == 40
    assert str(caught.value.params["typed"]).endswith("…")
    assert len(caught.value.suggestions) <= 3


def test_accents_and_full_width_letters() -> None:
    assert find_village(KUMAI, "Súngai Cábang").code == SUNGAI_CABANG
    assert find_kecamatan(KOTIM, "Ｂａａｍａｎｇ").code == "62.02.05"


# -- the whole data set -----------------------------------------------------------------------


def test_every_kecamatan_by_its_official_name() -> None:
    for regency in regencies():
        for kecamatan in wilayah.kecamatan_of(regency.code):
            for text in (kecamatan.name, kecamatan.name.lower(), kecamatan.name.upper()):
                assert find_kecamatan(regency.code, text) == kecamatan


def test_every_village_by_its_official_name() -> None:
    # Guards against two villages of one kecamatan normalising to the same key.
    count = 0
    for regency in regencies():
        for kecamatan in wilayah.kecamatan_of(regency.code):
            for village in wilayah.villages_of(kecamatan.code):
                for text in (village.name, village.name.lower(), "Desa " + village.name):
                    assert find_village(kecamatan.code, text) == village
                count += 1
    assert count == 1571


def deletions(name: str) -> Iterator[str]:
    """The name with one letter left out, at every position."""
    for index, char in enumerate(name):
        if char.isalpha():
            yield name[:index] + name[index + 1 :]


@pytest.mark.parametrize("regency", [KOBAR, PULPIS, BARTIM])
def test_a_typo_never_finds_another_village(regency: str) -> None:
    for kecamatan in wilayah.kecamatan_of(regency):
        for village in wilayah.villages_of(kecamatan.code):
            for typo in deletions(village.name):
                try:
                    found = find_village(kecamatan.code, typo)
                except Invalid:
                    continue
                # Dropping a letter can spell another real name ("Patas II" -> "Patas I").
                assert found == village or places._words(found.name) == places._words(typo)


# -- normalised names that collide -------------------------------------------------------------


@pytest.fixture
def colliding_villages(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Area, Area]]:
    """Gn. Bintang Awai with a made-up "Sei Lunuk" beside a "Sungai Lunuk"."""
    first = Area("62.04.05.9001", "Sei Lunuk", "desa", GN_BINTANG_AWAI)
    second = Area("62.04.05.9002", "Sungai Lunuk", "desa", GN_BINTANG_AWAI)
    real = wilayah.villages_of

    def villages_of(code: str) -> tuple[Area, ...]:
        return (*real(code), first, second) if code == GN_BINTANG_AWAI else real(code)

    monkeypatch.setattr(wilayah, "villages_of", villages_of)
    clear = (places._village_names, places._regency_village_names)
    for cached in clear:
        cached.cache_clear()
    yield first, second
    for cached in clear:
        cached.cache_clear()


def test_colliding_names_are_refused_with_both(colliding_villages: tuple[Area, Area]) -> None:
    first, second = colliding_villages
    for text in ("Sei Lunuk", "Sungai Lunuk", "Sungai Lunuuk"):
        refusal = village_refusal(GN_BINTANG_AWAI, text)
        assert refusal.key == "village.unknown"
        assert refusal.suggestions == (first.code, second.code)


def test_indexes_are_built_once() -> None:
    find_village(KUMAI, "Sungai Cabang")
    before = places._village_names.cache_info().misses
    find_village(KUMAI, "Kumai Hulu")
    find_village(KUMAI, "Sungai Cabag")
    assert places._village_names.cache_info().misses == before


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("Desa Hampalit itu masuk kecamatan apa ya?", ["62.06.02.2008"]),
        ("kel. langkai di kec mana", ["62.71.01.1003"]),
        ("Tewah masuk kabupaten apa", ["62.10.03.1005", "62.10.03"]),  # a kelurahan and a kecamatan
        ("which regency is Tumbang Talaken in", ["62.10.06.1001"]),
        ("desa baru di kecamatan mana ya", []),  # a new village, not "Baru"
        ("kumuh 12 ha kewenangan siapa", []),  # no place asked about
        ("Hampalit itu desa yang bagus", []),  # a place, but not where it lies
    ],
)
def test_where_a_named_place_lies_is_found(question: str, codes: list[str]) -> None:
    """Fourteenth try-out: "Desa Hampalit masuk kecamatan apa?" got the form-filling topic."""
    assert [area.code for area in places_asked(question)] == codes
