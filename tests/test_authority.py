"""Tests for the authority rulings of UU 23/2014 Lampiran huruf D."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bot.domain.authority import (
    CHANNELS,
    LEVEL_ORDER,
    RULINGS,
    Level,
    Ruling,
    housing_ruling,
    proposal_ruling,
    psu_ruling,
    slum_ruling,
)

# The legal wording exactly as the domain brief quotes it.
UNDER_10 = "dengan luas di bawah 10 (sepuluh) ha"
FROM_10_TO_15 = "dengan luas 10 (sepuluh) ha sampai dengan di bawah 15 (lima belas) ha"
FROM_15 = "15 (lima belas) ha atau lebih"


@pytest.mark.parametrize(
    ("area", "level", "rule"),
    [
        ("0", Level.KABKOTA, "kumuh.under_10"),
        ("0.5", Level.KABKOTA, "kumuh.under_10"),
        ("9.99", Level.KABKOTA, "kumuh.under_10"),
        ("9.999999", Level.KABKOTA, "kumuh.under_10"),
        ("10", Level.PROVINSI, "kumuh.10_to_15"),
        ("10.000", Level.PROVINSI, "kumuh.10_to_15"),
        ("12.5", Level.PROVINSI, "kumuh.10_to_15"),
        ("14.99", Level.PROVINSI, "kumuh.10_to_15"),
        ("14.999999", Level.PROVINSI, "kumuh.10_to_15"),
        ("15", Level.PUSAT, "kumuh.15_up"),
        ("15.0", Level.PUSAT, "kumuh.15_up"),
        ("100", Level.PUSAT, "kumuh.15_up"),
    ],
)
def test_slum_area_boundaries(area: str, level: Level, rule: str) -> None:
    ruling = slum_ruling(Decimal(area))
    assert (ruling.level, ruling.rule) == (level, rule)


def test_slum_quotes_are_the_legal_wording() -> None:
    assert slum_ruling(Decimal("9")).quote == UNDER_10
    assert slum_ruling(Decimal("10")).quote == FROM_10_TO_15
    assert slum_ruling(Decimal("15")).quote == FROM_15


def test_only_the_central_slum_wording_is_unconfirmed() -> None:
    assert not slum_ruling(Decimal("9")).unconfirmed
    assert not slum_ruling(Decimal("10")).unconfirmed
    assert slum_ruling(Decimal("15")).unconfirmed


def test_slum_source_names_the_annex() -> None:
    for area in ("1", "11", "20"):
        assert slum_ruling(Decimal(area)).source.startswith("UU 23/2014 Lampiran huruf D")


@pytest.mark.parametrize("area", ["-0.01", "NaN", "Infinity", "-Infinity"])
def test_slum_area_must_be_a_real_area(area: str) -> None:
    with pytest.raises(ValueError, match="slum area"):
        slum_ruling(Decimal(area))


def test_psu() -> None:
    settlement, estate = psu_ruling("permukiman"), psu_ruling("perumahan")
    assert (settlement.level, settlement.rule) == (Level.PROVINSI, "psu.permukiman")
    assert (estate.level, estate.rule) == (Level.KABKOTA, "psu.perumahan")
    assert not settlement.unconfirmed and not estate.unconfirmed
    # The brief gives no verbatim wording for PSU: the bot must not invent one.
    assert settlement.quote is None and estate.quote is None
    with pytest.raises(ValueError, match="PSU"):
        psu_ruling("jalan")


@pytest.mark.parametrize(
    ("cause", "scale", "level", "unconfirmed"),
    [
        ("bencana", "provinsi", Level.PROVINSI, False),
        ("bencana", "kabkota", Level.KABKOTA, False),
        ("bencana", "nasional", Level.PUSAT, True),
        ("relokasi", "provinsi", Level.PROVINSI, False),
        ("relokasi", "kabkota", Level.KABKOTA, False),
        ("relokasi", "nasional", Level.PUSAT, True),
    ],
)
def test_housing(cause: str, scale: str, level: Level, unconfirmed: bool) -> None:
    ruling = housing_ruling(cause, scale)
    assert ruling.level == level
    assert ruling.rule == f"{cause}.{scale}"
    assert ruling.unconfirmed is unconfirmed
    assert ruling.quote is None
    assert "Perumahan" in ruling.source


@pytest.mark.parametrize(("cause", "scale"), [("banjir", "provinsi"), ("bencana", "desa")])
def test_housing_refuses_unknown_cases(cause: str, scale: str) -> None:
    with pytest.raises(ValueError, match="housing"):
        housing_ruling(cause, scale)


def test_every_ruling_is_consistent() -> None:
    assert len(RULINGS) == 11
    for rule, ruling in RULINGS.items():
        assert isinstance(ruling, Ruling)
        assert ruling.rule == rule
        # Better channels exactly when the job is not the province's.
        assert bool(ruling.channels) == (ruling.level != Level.PROVINSI)
        assert set(ruling.channels) <= set(CHANNELS)
        assert len(set(ruling.channels)) == len(ruling.channels)
        # Nothing said of the centre is confirmed; everything else is.
        assert ruling.unconfirmed == (ruling.level == Level.PUSAT)


def test_channels_start_with_the_responsible_level() -> None:
    assert slum_ruling(Decimal("3")).channels[0] == "apbd_kabkota"
    assert "dak_ppkt" in slum_ruling(Decimal("3")).channels
    assert slum_ruling(Decimal("30")).channels[0] == "apbn"
    assert psu_ruling("perumahan").channels[0] == "apbd_kabkota"
    assert housing_ruling("bencana", "kabkota").channels[0] == "apbd_kabkota"
    assert housing_ruling("relokasi", "nasional").channels[0] == "apbn"
    assert slum_ruling(Decimal("10")).channels == ()


def test_levels() -> None:
    assert LEVEL_ORDER == (Level.KABKOTA, Level.PROVINSI, Level.PUSAT)
    assert [str(level) for level in LEVEL_ORDER] == ["kabkota", "provinsi", "pusat"]


@pytest.mark.parametrize(
    ("proposal_type", "answers", "rule"),
    [
        ("kumuh", {"area_ha": Decimal("12.5")}, "kumuh.10_to_15"),
        ("kumuh", {"area_ha": "9.99"}, "kumuh.under_10"),
        ("kumuh", {"area_ha": " 15 "}, "kumuh.15_up"),
        ("kumuh", {"area_ha": 10}, "kumuh.10_to_15"),
        ("psu", {"psu_kind": "permukiman"}, "psu.permukiman"),
        ("psu", {"psu_kind": "perumahan"}, "psu.perumahan"),
        (
            "rumah",
            {"housing_cause": "bencana", "housing_scale": "provinsi"},
            "bencana.provinsi",
        ),
        (
            "rumah",
            {"housing_cause": "relokasi", "housing_scale": "nasional"},
            "relokasi.nasional",
        ),
    ],
)
def test_proposal_ruling(proposal_type: str, answers: dict[str, Any], rule: str) -> None:
    ruling = proposal_ruling(proposal_type, answers)
    assert ruling is not None
    assert ruling.rule == rule


@pytest.mark.parametrize(
    ("proposal_type", "answers"),
    [
        ("kumuh", {}),
        ("kumuh", {"area_ha": None}),
        ("kumuh", {"area_ha": ""}),
        ("kumuh", {"area_ha": "12,5"}),
        ("kumuh", {"area_ha": "sepuluh"}),
        ("kumuh", {"area_ha": "-3"}),
        ("kumuh", {"area_ha": "NaN"}),
        ("kumuh", {"area_ha": True}),
        ("kumuh", {"psu_kind": "permukiman"}),
        ("psu", {}),
        ("psu", {"psu_kind": "jalan"}),
        ("rumah", {}),
        ("rumah", {"housing_cause": "bencana"}),
        ("rumah", {"housing_scale": "provinsi"}),
        ("rumah", {"housing_cause": "gempa", "housing_scale": "provinsi"}),
        ("rtlh", {"area_ha": "12"}),
        ("lainnya", {"area_ha": "12", "psu_kind": "permukiman"}),
        ("unknown", {"area_ha": "12"}),
    ],
)
def test_proposal_ruling_without_a_rule(proposal_type: str, answers: dict[str, Any]) -> None:
    assert proposal_ruling(proposal_type, answers) is None
