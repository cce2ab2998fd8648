"""The button codecs (bot/domain/buttons.py): what they pack they parse back, and nothing
else parses; the pattern each handler listens on admits exactly what its codec parses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain import buttons
from bot.domain.buttons import FAMILIES, MAX_BYTES, Buttons


def test_what_is_packed_parses_back_to_the_same_values():
    cases: list[tuple[Buttons, tuple[object, ...]]] = [
        (buttons.FORM, ((1 << 20, 999_999_999), "ok")),
        (buttons.FORM, ((None, 3), "e", 12)),
        (buttons.LANGUAGE, ("en",)),
        (buttons.REGISTRATION, ("ok", 10**15 - 1, 999_999, "l")),
        (buttons.REGISTRATION, ("no", 42, 1)),
        (buttons.REJECTION_REASON, ("why", 42, 1)),
        (buttons.PROPOSAL, ("copy",)),
        (buttons.PROPOSAL, ("wdy", 999_999_999)),
        (buttons.QUESTION, ("t", 7, "kewenangan.kumuh_pusat")),
        (buttons.BROADCAST, ("ulang", 3)),
        (buttons.MEETING_ANSWER, ("j", 5, "wakil")),
        (buttons.MEETING_ADMIN, ("xy", 5)),
        (buttons.REVIEW_MOVE, ("y", 12, "dibahas_rakor", "perlu_perbaikan", "zzzzzzzzzz")),
        (buttons.STATUS_PAGE, ("p", 999_990)),
        (buttons.FAQ, ("ry", 9)),
    ]
    for family, values in cases:
        data = family.pack(*values)
        assert len(data.encode()) <= MAX_BYTES, data
        assert family.pattern.fullmatch(data), data
        assert family.parse(data) == values, data


@pytest.mark.parametrize(
    "data",
    [
        "tanya|h|99999999999999999999",  # overflows SQLite's integers
        "f|²|ok",  # isdigit() says yes, int() says no
        "f|1.٣|ok",  # another script's digit
        "usul|copy|" + "9" * 20,
        "reg|ok|" + "9" * 20,
        "siaran|ulang|" + "9" * 20,
        "tinjau|t|1|diajukan|terbang|abc",  # no such status
        "tinjau|d|1|extra",
        "rapat|j|1|mungkin",
        "lang|fr",
        "faq|p|-1",
        "status|p|",
        "tanya|t|1|Kewenangan.Kumuh",  # topic ids are lower case
        "",
        "|",
    ],
)
def test_forged_data_parses_as_nothing(data):
    assert all(family.parse(data) is None for family in FAMILIES)
    assert not any(family.pattern.fullmatch(data) for family in FAMILIES)


def test_packing_refuses_what_could_not_be_parsed_back():
    with pytest.raises(ValueError, match="layout takes"):
        buttons.FAQ.pack("p", -1)
    with pytest.raises(ValueError, match="layout takes"):
        buttons.BROADCAST.pack("ulang", 10**9)  # ten digits
    with pytest.raises(ValueError, match="layout takes"):
        buttons.QUESTION.pack("t", 1, "Not A Slug")
    with pytest.raises(ValueError, match="layout takes"):
        buttons.MEETING_ANSWER.pack("j", 1, "mungkin")
    with pytest.raises(ValueError, match="layout takes"):
        buttons.LANGUAGE.pack(True)


def test_families_sharing_a_prefix_never_share_data():
    by_prefix: dict[str, list[Buttons]] = {}
    for family in FAMILIES:
        by_prefix.setdefault(family.prefix, []).append(family)
    samples = {
        "reg": ["reg|ok|1|2", "reg|why|1|2"],
        "rapat": ["rapat|j|1|hadir", "rapat|d|1"],
        "tinjau": ["tinjau|d|1", "tinjau|c|1", "tinjau|t|1|diajukan|verifikasi|a1"],
    }
    for prefix, datas in samples.items():
        for data in datas:
            matching = [f for f in by_prefix[prefix] if f.parse(data) is not None]
            assert len(matching) == 1, data


@settings(max_examples=300, derandomize=True)
@given(
    family=st.sampled_from(FAMILIES),
    tail=st.text(alphabet=st.sampled_from("|.0123456789abcdefhjlnoprstuwxyz²٣-_ "), max_size=30),
)
def test_the_pattern_admits_exactly_what_parses(family, tail):
    data = f"{family.prefix}|{tail}"
    assert (family.pattern.fullmatch(data) is not None) == (family.parse(data) is not None)
