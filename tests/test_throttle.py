"""The allowance of actions per user in a sliding window."""

from __future__ import annotations

from bot.services.throttle import Throttle, Verdict


def test_allows_warns_once_then_drops_and_forgets():
    now = [0.0]
    throttle = Throttle(limit=2, window=10.0, clock=lambda: now[0], sweep_above=1)
    assert [throttle.check("a") for _ in range(4)] == [
        Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN, Verdict.DROP,
    ]  # fmt: skip
    now[0] = 10.0  # the window has passed
    assert throttle.check("a") is Verdict.ALLOW
    throttle.check("b")
    now[0] = 30.0
    throttle.check("c")  # more keys than sweep_above: idle ones are forgotten
    assert len(throttle) == 1
