"""The bounded in-memory record of recent answers that follow-ups build on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.recent import Recent

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def test_an_answer_counts_for_its_window_and_is_then_forgotten():
    recent: Recent[str] = Recent(timedelta(minutes=15))
    recent.mark(1, T0, "kumuh")
    assert recent.get(1, T0 + timedelta(minutes=15)) == "kumuh"
    assert recent.get(1, T0 + timedelta(minutes=16)) is None
    assert recent.get(2, T0) is None
    recent.mark(2, T0 + timedelta(minutes=20), "rtlh")  # marking sweeps what has expired
    assert len(recent) == 1
    recent.forget(2)
    assert recent.get(2, T0 + timedelta(minutes=20)) is None and len(recent) == 0


def test_the_record_stays_bounded():
    recent: Recent[int] = Recent(timedelta(minutes=15), limit=3)
    for user in range(10):
        recent.mark(user, T0, user)
    assert len(recent) == 3
    assert recent.get(9, T0) == 9 and recent.get(0, T0) is None
