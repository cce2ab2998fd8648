"""Free text cannot fake structure: one-line fields fold newlines, controls are removed,
superscript digits are refused (issue 11, item 5)."""

from __future__ import annotations

import pytest

from bot.domain.errors import Invalid
from bot.domain.parsing import parse_text, strip_controls
from bot.domain.quantities import parse_area_ha
from tests.auxil.harness import ADMIN, OFFICER, Harness
from tests.auxil.proposal_steps import SLUM, play

FORGED_TITLE = "Drainase Baamang\nStatus: disetujui ✅\u202eXYZ"


def test_one_line_fields_fold_newlines_and_drop_controls():
    assert parse_text(FORGED_TITLE, max_len=150, single_line=True) == (
        "Drainase Baamang Status: disetujui ✅XYZ"
    )
    assert parse_text("a\u200b\u200fb\nc", max_len=10) == "ab\nc"  # multi-line keeps lines
    assert strip_controls("👨\u200d👩") == "👨\u200d👩"  # the emoji joiner stays


@pytest.mark.parametrize("typed", ["12²", "12² ha", "1²0.000 m2"])
def test_superscript_digits_are_refused(typed):
    with pytest.raises(Invalid) as refusal:
        parse_area_ha(typed)
    assert refusal.value.key == "number.superscript"


def test_m2_with_a_superscript_unit_still_reads():
    assert str(parse_area_ha("120.000 m²")) == "12"


async def test_a_forged_title_shows_as_one_line_everywhere(bot: Harness):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [("text", FORGED_TITLE), *SLUM[1:]])
    await bot.press(OFFICER, "Kirim")
    listing = (await bot.send(OFFICER, "/status"))[0]
    assert "\nStatus: disetujui" not in listing
    assert "\u202e" not in listing
    alert = next(t for t in bot.texts(ADMIN) if "Usulan baru" in t)
    assert "\nStatus: disetujui" not in alert
    asked = (await bot.send(OFFICER, "kumuh 12² ha kewenangan siapa"))[0]
    assert "Tulis angkanya biasa" in asked
