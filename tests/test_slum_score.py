"""Slum score bands, and score questions answered with the band first."""

from __future__ import annotations

import pytest

from bot.domain.asking import matcher
from bot.domain.slum_score import Band, band, confirmed
from tests.auxil.harness import OFFICER, Harness


@pytest.mark.parametrize(
    ("score", "expected"),
    [(80, Band.HEAVY), (60, Band.HEAVY), (59, Band.MEDIUM), (38, Band.MEDIUM),
     (37, Band.LIGHT), (16, Band.LIGHT), (15, Band.BELOW), (0, Band.BELOW)],
)  # fmt: skip
def test_bands_at_their_edges(score, expected):
    assert band(score) is expected


def test_only_the_heavy_band_is_confirmed_and_scores_stay_in_range():
    assert [confirmed(b) for b in Band] == [True, False, False, False]
    for wrong in (-1, 81):
        with pytest.raises(ValueError, match=r"0\.\.80"):
            band(wrong)


@pytest.mark.parametrize(
    ("question", "topic", "score"),
    [
        ("lokasi kami skornya 63, masuk kategori apa?", "kumuh.penilaian", 63),
        ("skornya cuma 12, masih dihitung kumuh gak?", "kumuh.tingkat_sedang_ringan", 12),
        ("our slum score is 45, what level is that", "kumuh.tingkat_sedang_ringan", 45),
        # The scale itself (several numbers), a count of criteria, or a number above the
        # maximum are no total score to place.
        ("skor kumuh 0 1 3 5 maksudnya apa", "kumuh.penilaian", None),
        ("skor dihitung dari 16 kriteria ya", None, None),
        ("skor 90 itu apa", None, None),
        # Not a slum's total: a single criterion, counts, money, the bot's other scores, a
        # question about handling, a negative number, or no slum or location named.
        ("skor kriteria drainase kami 5, artinya apa", None, None),
        ("skor kumuh 3 lokasi", None, None),
        ("nilai total bantuan rtlh 50 rumah", None, None),
        ("total nilai usulan kami 2 miliar", None, None),
        ("skor prioritas lokasi kami 70", None, None),
        ("skor kesiapan 30", None, None),
        ("lokasi kami kumuh berat skor 65, pemugaran atau peremajaan?", None, None),
        ("skor kumuh -5", None, None),
        ("skor 65 masuk apa", None, None),
    ],
)
def test_a_total_score_is_placed_in_its_band(question, topic, score):
    understood = matcher().understand(question)
    assert understood.score == score
    if topic is not None:
        assert understood.topic is not None and understood.topic.id == topic


async def test_the_band_leads_the_answer_with_its_caution(bot: Harness):
    heavy = (await bot.send(OFFICER, "skor kumuh kami 63 masuk apa"))[-1]
    assert heavy.startswith("📊 Skor total 63 termasuk kumuh berat")
    assert "Permen PUPR 14/2018" in heavy
    medium = (await bot.send(OFFICER, "skornya 45 termasuk kumuh apa?"))[-1]
    assert medium.startswith("📊 Menurut rentang yang belum terkonfirmasi, skor total 45 termasuk")
    assert "kumuh sedang" in medium.split("\n")[0]
    below = (await bot.send(OFFICER, "skornya cuma 12, masih kumuh gak?"))[-1]
    assert "di bawah semua rentang yang tercatat" in below.split("\n")[0]
