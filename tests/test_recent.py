"""The bounded in-memory record of recent answers that follow-ups build on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.recent import Recent

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def test_an_answer_counts_for_its_window_and_is_then_forgotten():
    recent = Recent(timedelta(minutes=15))
    recent.mark(1, T0)
    assert recent.within(1, T0 + timedelta(minutes=15))
    assert not recent.within(1, T0 + timedelta(minutes=16))
    assert not recent.within(2, T0)
    recent.mark(2, T0 + timedelta(minutes=20))  # marking sweeps what has expired
    assert len(recent) == 1
    recent.forget(2)
    assert not recent.within(2, T0 + timedelta(minutes=20)) and len(recent) == 0


def test_the_record_stays_bounded():
    recent = Recent(timedelta(minutes=15), limit=3)
    for user in range(10):
        recent.mark(user, T0)
    assert len(recent) == 3
    assert recent.within(9, T0) and not recent.within(0, T0)
