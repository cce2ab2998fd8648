"""The proposal lifecycle's rules: who may move a proposal where, and what a reason must say."""

from __future__ import annotations

import pytest

from bot.domain.errors import Invalid
from bot.domain.lifecycle import Actor, Status, check, says_why


def test_a_reason_must_give_the_officer_something_to_act_on() -> None:
    for vague in ("ok", "Ok siap", "tolak saja", "revisi ya", "-", "...", "lihat atas", "y"):
        assert not says_why(vague), vague
    for reason in ("RAB kurang", "duplikat", "lokasi di luar SK kumuh", "Sudah dibiayai APBN"):
        assert says_why(reason), reason


def test_a_decision_that_needs_a_reason_refuses_none() -> None:
    with pytest.raises(Invalid) as refused:
        check(Status.DIBAHAS_RAKOR, Status.DITOLAK, Actor.ADMIN, "  ")
    assert refused.value.key == "lifecycle.reason_required"
    assert check(Status.DIBAHAS_RAKOR, Status.DITOLAK, Actor.ADMIN, " RAB kurang ") == "RAB kurang"
