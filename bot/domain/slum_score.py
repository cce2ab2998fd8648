"""Slum scores: which level of slum (kumuh) a location's total score names.

Each of the 16 criteria of Permen PUPR 14/2018 scores 0, 1, 3 or 5, so a total is at most 80.
60 to 80 is heavy (kumuh berat): confirmed. 38 to 59 medium (sedang) and 16 to 37 light
(ringan) are in wording not yet confirmed against the regulation's text, so an answer naming
them carries the caution; under 16 falls below every band.
"""

from __future__ import annotations

from enum import StrEnum

MAX_SCORE = 80
HEAVY_FROM = 60  # confirmed
MEDIUM_FROM = 38  # unconfirmed
LIGHT_FROM = 16  # unconfirmed


class Band(StrEnum):
    """Where a total slum score falls."""

    HEAVY = "berat"
    MEDIUM = "sedang"
    LIGHT = "ringan"
    BELOW = "below"  # under the light band's lower end


def band(score: int) -> Band:
    """The band of a total score from 0 to 80; ValueError outside that range."""
    if not 0 <= score <= MAX_SCORE:
        raise ValueError(f"a slum score is 0..{MAX_SCORE}, not {score}")
    if score >= HEAVY_FROM:
        return Band.HEAVY
    if score >= MEDIUM_FROM:
        return Band.MEDIUM
    if score >= LIGHT_FROM:
        return Band.LIGHT
    return Band.BELOW


def confirmed(found: Band) -> bool:
    """Whether the band's range is confirmed against the regulation's text."""
    return found is Band.HEAVY
