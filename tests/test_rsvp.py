"""Answers to an invitation typed instead of pressed."""

from __future__ import annotations

import pytest

from bot.domain.rsvp import typed_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("siap pak sy hadir", "hadir"),
        ("insya allah hadir", "hadir"),
        ("mohon maaf tidak bisa hadir pak", "tidak"),
        ("saya berhalangan", "tidak"),
        ("kami wakilkan ke kasi", "wakil"),
        # twelfth try-out: "belum tau" was recorded as coming; a named stand-in was too long
        ("belum tau bisa hadir atau tdk", "ragu"),
        ("blm tau pak", "ragu"),
        ("nanti sy kabari lagi", "ragu"),
        ("maaf sy berhalangan, diwakili staf sy Rina (Kasi PKP)", "wakil"),
        # fourteenth try-out: in English
        ("yes I will attend the rakor", "hadir"),
        ("sorry, I cannot attend", "tidak"),
        ("I won't come, sorry", "tidak"),
        # questions about attending, and longer messages, are no answers
        ("kalau tidak hadir gimana?", None),
        ("hadir jam berapa", None),
        ("peserta yang hadir berapa orang", None),
        ("saya hadir tapi mungkin telat karena pesawat dari Sampit baru tiba siang", None),
        ("kumuh 12 ha", None),
    ],
)
def test_typed_answer(text, answer):
    assert typed_answer(text) == answer
