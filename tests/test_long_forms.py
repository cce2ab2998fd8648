"""A long form checked against an abbreviation is recognised by its shape, right or wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.asking import matcher
from bot.domain.long_forms import LINKING, spells_out


@pytest.mark.parametrize(
    ("name", "guess"),
    [
        ("RTRW", "rukun tetangga rukun warga"),  # initials, a wrong long form
        ("SPM", "standard of minimum payment"),  # initials swapped, a linking word
        ("rusun", "rumah susun sewa"),  # syllables, one word too many
        ("jaling", "jalan lingkungan"),
        ("KUA-PPAS", "kebijakan umum anggaran prioritas plafon anggaran sementara"),
    ],
)
def test_a_guess_shaped_like_the_name_spells_it_out(name: str, guess: str) -> None:
    assert spells_out(name, guess.split())


@pytest.mark.parametrize(
    ("name", "guess"),
    [
        ("RTLH", "urusan provinsi"),  # a claim about the term, not its long form
        ("SK", "urusan kabupaten"),  # pieces of words spell a short name too easily
        ("APBD", "prov dan apbd kab"),  # the name again, not a long form
        ("huntara", "hunian tetap"),  # another term's long form: "ra" is not there
        ("RTLH", "rumah"),  # one word is no long form
    ],
)
def test_a_phrase_of_another_shape_does_not(name: str, guess: str) -> None:
    assert not spells_out(name, guess.split())


@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9),
        min_size=2,
        max_size=6,
    )
)
def test_the_initials_of_any_phrase_spell_them_out(words: list[str]) -> None:
    """Whatever the words, their initials (in any order) are a name they spell out, unless
    a word is a linking word or holds the name itself ("APBD prov dan APBD kab")."""
    name = "".join(word[0] for word in reversed(words))
    plain = not LINKING.intersection(words) and all(name not in word for word in words)
    if plain:
        assert spells_out(name, words)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("rusun itu rumah susun sewa ya?", "istilah.rusun"),
        ("As I know the SPM is the Standard of Minimum Payment, it is correct?", "istilah.spm"),
        # the term inside the guess is not the one asked about
        ("setahu saya huntara itu singkatan hunian tetap, benar begitu?", "istilah.huntara"),
        # a last clause asking what the one term named before it means
        ("RAB itu bukan gambar teknis kan? sebenarnya singkatan dari apa", "istilah.rab"),
        (
            "SKBG is not the certificate of the land, right? What is the meaning of it?",
            "istilah.skbg",
        ),
    ],
)
def test_a_checked_long_form_asks_what_the_term_stands_for(question: str, topic: str) -> None:
    understood = matcher().understand(question)
    assert understood.topic is not None and understood.topic.id == topic


def test_a_claim_about_the_term_is_not_a_check_of_its_long_form() -> None:
    """Whose job a term is stays an authority question, however it is tagged."""
    understood = matcher().understand("RTLH itu urusan provinsi kan?")
    assert understood.topic is None or not understood.topic.id.startswith("istilah.")
