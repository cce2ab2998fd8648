"""Tests for the Rakor priority scores, the budget ranking and budget parsing."""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from typing import Any

import pytest

from bot.domain.errors import Invalid
from bot.domain.priority import (
    Component,
    Score,
    Weights,
    parse_budget,
    rank,
    rank_by_regency,
    score,
)
from bot.domain.quantities import parse_rupiah

TODAY = date(2026, 7, 1)
W = Weights()
M = 1_000_000_000  # Rp 1 miliar

# The known dataset. Hand-computed expectations sit beside each proposal:
# reach = 10*log10(hh)/log10(1000) + 10*log10(people)/log10(4000);
# cost = 20*log2(160 juta / cost per KK)/5, clamped to [0, 20].
KUMUH_A: dict[str, Any] = {  # everything right: 100
    "type": "kumuh",
    "area_ha": "12.5",  # 10 to under 15 ha: the province's
    "sectors": ["drainase", "jalan", "air_minum", "sanitasi", "persampahan"],
    "households": 1000,
    "people": 4000,
    "cost": 5 * M,  # Rp 5 juta per KK: full
    "readiness": ["ded", "rab", "siteplan"],
    "clean_clear": "ya",
    "in_sk": "ya",
    "sk_date": "2023-03-01",
    "land_status": "pemda",
}
PSU_B: dict[str, Any] = {  # 10 + 13.9 + 12 + 20 + 5 = 60.9
    "type": "psu",
    "psu_kind": "permukiman",
    "area_ha": "2",
    "sectors": ["drainase", "jalan"],
    "households": 100,  # 6.667
    "people": 400,  # 7.224
    "cost": 2 * M,  # Rp 20 juta per KK: 3 halvings from 160 -> 3/5
    "readiness": ["ded"],
    "clean_clear": "belum_tahu",
    "land_status": "desa",
}
RTLH_C: dict[str, Any] = {  # 30 + 7.8 + 8 + 20 + 2.5 = 68.3
    "type": "rtlh",
    "sectors": ["perumahan"],
    "households": 10,  # 3.333
    "people": 40,  # 4.448
    "units": 10,
    "cost": 400_000_000,  # Rp 40 juta per KK: 2/5
    "readiness": ["ded", "rab"],
    "clean_clear": "ya",
    "land_status": "warga_skt",
}
KUMUH_D: dict[str, Any] = {  # 22.5 + 13.9 + 13.3 + 0 + 7.5 = 57.2
    "type": "kumuh",
    "area_ha": "8",  # under 10 ha: the regency's
    "sectors": ["drainase", "jalan", "sanitasi"],
    "households": 100,
    "people": 400,
    "cost": 1_600_000_000,  # Rp 16 juta per KK: log2(10)/5 = 0.664
    "readiness": ["ded", "rab"],
    "clean_clear": "ya",
    "in_sk": "ya",
    "sk_date": "2021-07-01",  # exactly 5 years before TODAY: too old
}
OLD_E: dict[str, Any] = {"type": "psu", "psu_kind": "permukiman", "cost": 1 * M}  # 20

ITEMS = [
    ("USL-2026-0001", "62.71", KUMUH_A),
    ("USL-2026-0002", "62.71", PSU_B),
    ("USL-2026-0003", "62.02", RTLH_C),
    ("USL-2026-0004", "62.02", KUMUH_D),
    ("USL-2026-0005", "62.03", OLD_E),
]


def points(found: Score) -> dict[str, float]:
    return {part.name: part.points for part in found.components}


def facts(found: Score, name: str) -> tuple[str, ...]:
    return next(part.facts for part in found.components if part.name == name)


# -- scores -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "expected", "total"),
    [
        (KUMUH_A, (30.0, 20.0, 20.0, 20.0, 10.0), 100.0),
        (PSU_B, (10.0, 13.9, 12.0, 20.0, 5.0), 60.9),
        (RTLH_C, (30.0, 7.8, 8.0, 20.0, 2.5), 68.3),
        (KUMUH_D, (22.5, 13.9, 13.3, 0.0, 7.5), 57.2),
        (OLD_E, (0.0, 0.0, 0.0, 20.0, 0.0), 20.0),
    ],
)
def test_component_points_and_total(answers, expected, total) -> None:
    found = score(answers, W, today=TODAY)
    names = ("readiness", "reach", "cost_efficiency", "authority", "integration")
    assert points(found) == dict(zip(names, expected, strict=True))
    assert [part.max_points for part in found.components] == [30.0, 20.0, 20.0, 20.0, 10.0]
    assert found.total == total


def test_facts_explain_each_component() -> None:
    found = score(PSU_B, W, today=TODAY)
    assert facts(found, "readiness") == ("ded", "no_rab", "clean_clear_unknown")
    assert facts(found, "reach") == ("hh:100", "people:400")
    assert facts(found, "cost_efficiency") == ("cost_per_hh:20000000",)
    assert facts(found, "authority") == ("province_level", "rule:psu.permukiman")
    assert facts(found, "integration") == ("sector:drainase", "sector:jalan")
    assert facts(score(KUMUH_D, W, today=TODAY), "authority") == (
        "level:kabkota",
        "rule:kumuh.under_10",
    )
    # Cost per KK is rounded half up to whole rupiah: 1,000,000,000 / 3 = 333,333,333.3.
    odd = score({"cost": 1 * M, "households": 3}, W, today=TODAY)
    assert facts(odd, "cost_efficiency") == ("cost_per_hh:333333333",)


def test_missing_or_unusable_answers_earn_nothing() -> None:
    for answers in (
        {},
        {
            "type": None,
            "households": "100",  # not an int
            "people": True,  # a bool is no count
            "cost": -5,
            "sectors": "drainase",  # not a list
            "readiness": [{"ded": True}, None],
            "clean_clear": "mungkin",
            "sk_date": 20210101,
        },
    ):
        found = score(answers, W, today=TODAY)
        assert found.total == 0.0
        assert [part.facts for part in found.components] == [
            ("no_ded", "no_rab", "clean_clear_unknown"),
            ("hh_unknown", "people_unknown"),
            ("cost_per_hh_unknown",),
            ("level_unknown",),
            ("no_sectors",),
        ]


def test_readiness_shares() -> None:
    # Three equal shares outside slums; DED and land but no RAB: 20.
    psu = {"type": "psu", "readiness": ["ded", "rks"], "clean_clear": "ya"}
    assert points(score(psu, W, today=TODAY))["readiness"] == 20.0
    # "tidak" and an unknown answer both earn nothing, with different facts.
    assert facts(score({"clean_clear": "tidak"}, W, today=TODAY), "readiness")[2] == (
        "not_clean_clear"
    )
    # Other types are not judged on an SK kumuh even when one is stored.
    stray = {**RTLH_C, "sk_date": "2000-01-01", "in_sk": "tidak"}
    assert points(score(stray, W, today=TODAY))["readiness"] == 30.0


@pytest.mark.parametrize(
    ("changes", "today", "readiness", "sk_facts"),
    [
        ({"sk_date": "2021-07-02"}, TODAY, 30.0, ("sk_valid", "in_sk", "sk_age:4")),
        ({"sk_date": "2021-07-01"}, TODAY, 22.5, ("in_sk", "sk_age:5", "sk_old")),
        ({"sk_date": "2026-07-01"}, TODAY, 30.0, ("sk_valid", "in_sk", "sk_age:0")),
        ({"sk_date": "2026-07-02"}, TODAY, 22.5, ("in_sk", "sk_future")),
        # A leap-day decree turns 5 on 1 March in a common year.
        ({"sk_date": "2020-02-29"}, date(2025, 2, 28), 30.0, ("sk_valid", "in_sk", "sk_age:4")),
        ({"sk_date": "2020-02-29"}, date(2025, 3, 1), 22.5, ("in_sk", "sk_age:5", "sk_old")),
        ({"in_sk": "tidak"}, TODAY, 22.5, ("not_in_sk", "sk_age:3")),
        ({"in_sk": None}, TODAY, 22.5, ("in_sk_unknown", "sk_age:3")),
        ({"sk_date": None}, TODAY, 22.5, ("in_sk", "sk_missing")),
        ({"sk_date": "kemarin"}, TODAY, 22.5, ("in_sk", "sk_missing")),
    ],
)
def test_sk_kumuh_must_be_listed_and_under_five_years(changes, today, readiness, sk_facts) -> None:
    answers = {key: value for key, value in {**KUMUH_A, **changes}.items() if value is not None}
    found = score(answers, W, today=today)
    assert points(found)["readiness"] == readiness
    assert facts(found, "readiness")[3:] == sk_facts


@pytest.mark.parametrize(
    ("households", "people", "reach"),
    [
        (1, 1, 0.0),  # the bottom of the log scale
        (10, 4000, 13.3),  # a third of the households' half
        (1000, 4000, 20.0),
        (50_000, 900_000, 20.0),  # capped
        (100, None, 6.7),  # the missing half earns nothing
    ],
)
def test_reach_is_logarithmic_and_saturates(households, people, reach) -> None:
    answers = {"households": households, "people": people}
    assert points(score(answers, W, today=TODAY))["reach"] == reach


@pytest.mark.parametrize(
    ("cost", "households", "expected"),
    [
        (500_000_000, 100, 20.0),  # Rp 5 juta per KK: full
        (100_000_000, 100, 20.0),  # cheaper still: capped
        (1 * M, 100, 16.0),  # Rp 10 juta: four halvings below 160
        (8 * M, 100, 4.0),  # Rp 80 juta: one halving
        (16 * M, 100, 0.0),  # Rp 160 juta: nothing
        (90 * M, 100, 0.0),  # dearer: nothing, never negative
        (1 * M, None, 0.0),
        (None, 100, 0.0),
    ],
)
def test_cost_efficiency_bounds(cost, households, expected) -> None:
    answers = {"cost": cost, "households": households}
    assert points(score(answers, W, today=TODAY))["cost_efficiency"] == expected


@pytest.mark.parametrize(
    ("answers", "expected", "fact"),
    [
        ({"type": "kumuh", "area_ha": "10"}, 20.0, "province_level"),
        ({"type": "kumuh", "area_ha": "15"}, 0.0, "level:pusat"),
        ({"type": "psu", "psu_kind": "perumahan"}, 0.0, "level:kabkota"),
        (
            {"type": "rumah", "housing_cause": "bencana", "housing_scale": "provinsi"},
            20.0,
            "province_level",
        ),
        ({"type": "rtlh", "land_status": "warga_sertifikat"}, 20.0, "rtlh_own_land"),
        ({"type": "rtlh", "land_status": "desa"}, 0.0, "rtlh_not_own_land"),
        ({"type": "rtlh"}, 0.0, "rtlh_not_own_land"),
        ({"type": "lainnya"}, 0.0, "level_unknown"),
        ({"type": "kumuh"}, 0.0, "level_unknown"),  # no area yet
        ({"type": "kumuh", "area_ha": "luas"}, 0.0, "level_unknown"),
    ],
)
def test_authority_full_for_the_province_only(answers, expected, fact) -> None:
    found = score(answers, W, today=TODAY)
    assert points(found)["authority"] == expected
    assert facts(found, "authority")[0] == fact


def test_integration_counts_distinct_known_sectors_up_to_four() -> None:
    def integration(sectors: list[str]) -> float:
        return points(score({"sectors": sectors}, W, today=TODAY))["integration"]

    assert integration(["jalan"]) == 2.5
    assert integration(["jalan", "jalan", "kolam_renang"]) == 2.5  # repeats and unknowns
    assert integration(["jalan", "drainase", "air_minum", "sanitasi"]) == 10.0
    assert integration([*KUMUH_A["sectors"], "rth", "kebakaran"]) == 10.0


def test_points_round_half_up_and_the_total_is_their_sum() -> None:
    # Weight 1: one sector is 0.25 (0.3, where round() gives 0.2), three are 0.75 (0.8).
    tiny = Weights(readiness=0, reach=0, cost_efficiency=0, authority=0, integration=1)
    assert score({"sectors": ["jalan"]}, tiny, today=TODAY).total == 0.3
    three = score({"sectors": ["jalan", "drainase", "sanitasi"]}, tiny, today=TODAY)
    assert three.total == 0.8
    # The rounded components add up to the total exactly, without float noise.
    for _, _, answers in ITEMS:
        found = score(answers, W, today=TODAY)
        assert found.total == round(sum(part.points for part in found.components), 1)
        assert all(0 <= part.points <= part.max_points for part in found.components)


def test_custom_weights_scale_each_component() -> None:
    weights = Weights(readiness=10, reach=0, cost_efficiency=0, authority=40, integration=0)
    found = score(PSU_B, weights, today=TODAY)
    assert points(found) == {
        "readiness": 3.3,
        "reach": 0.0,
        "cost_efficiency": 0.0,
        "authority": 40.0,
        "integration": 0.0,
    }
    assert found.total == 43.3
    assert found.components[0] == Component("readiness", 3.3, 10.0, facts(found, "readiness"))


# -- weights ----------------------------------------------------------------------------------


def test_default_weights_sum_to_100() -> None:
    assert sum(getattr(W, f.name) for f in dataclasses.fields(W)) == 100


@pytest.mark.parametrize(
    "changes",
    [
        {"reach": -1},
        {"authority": math.nan},
        {"integration": math.inf},
        {"readiness": 0, "reach": 0, "cost_efficiency": 0, "authority": 0, "integration": 0},
    ],
)
def test_weights_refuse_negative_non_finite_and_all_zero(changes) -> None:
    with pytest.raises(ValueError, match="weight"):
        Weights(**changes)


def test_weights_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        W.reach = 50  # type: ignore[misc]


# -- ranking ----------------------------------------------------------------------------------


def test_ranking_fills_the_rest_of_the_budget() -> None:
    ranked = rank(ITEMS, W, budget=7 * M, today=TODAY)
    assert [(r.key, r.score.total, r.running_total, r.within_budget) for r in ranked] == [
        ("USL-2026-0001", 100.0, 5 * M, True),
        ("USL-2026-0003", 68.3, 5_400_000_000, True),
        # Rp 2 M no longer fits in the Rp 1,6 M left: skipped, the budget used stays.
        ("USL-2026-0002", 60.9, 5_400_000_000, False),
        # The cheaper one below it still fits, to the last rupiah (used == budget is within).
        ("USL-2026-0004", 57.2, 7 * M, True),
        ("USL-2026-0005", 20.0, 7 * M, False),
    ]
    assert [r.cost for r in ranked] == [5 * M, 400_000_000, 2 * M, 1_600_000_000, 1 * M]
    assert ranked[0].regency == "62.71"
    assert ranked[0].score == score(KUMUH_A, W, today=TODAY)


def test_ranking_budget_extremes() -> None:
    assert not any(r.within_budget for r in rank(ITEMS, W, budget=0, today=TODAY))
    everything = rank(ITEMS, W, budget=100 * M, today=TODAY)
    assert all(r.within_budget for r in everything)
    assert everything[-1].running_total == 10 * M
    assert rank([], W, budget=M, today=TODAY) == []
    with pytest.raises(ValueError, match="budget"):
        rank(ITEMS, W, budget=-1, today=TODAY)
    with pytest.raises(ValueError, match="twice"):
        rank([*ITEMS, ITEMS[0]], W, budget=M, today=TODAY)


def test_ties_go_to_lower_cost_then_code() -> None:
    # Rp 20,001 juta per KK rounds to the same 12.0 cost points as Rp 20 juta: equal totals.
    dearer = {**PSU_B, "cost": 2_000_100_000}
    assert score(dearer, W, today=TODAY).total == score(PSU_B, W, today=TODAY).total
    items = [("C", "62.01", PSU_B), ("A", "62.01", dearer), ("Z", "62.01", PSU_B)]
    for order in (items, items[::-1]):
        assert [r.key for r in rank(order, W, budget=M, today=TODAY)] == ["C", "Z", "A"]


def test_unpriced_proposals_rank_after_priced_ties_and_are_never_funded() -> None:
    priced = {"type": "psu", "psu_kind": "permukiman", "cost": M}
    unpriced = {"type": "psu", "psu_kind": "permukiman"}
    ranked = rank([("A", "62.01", unpriced), ("B", "62.01", priced)], W, budget=M, today=TODAY)
    assert [(r.key, r.cost, r.running_total, r.within_budget) for r in ranked] == [
        ("B", M, M, True),
        ("A", 0, M, False),
    ]


def test_rank_by_regency_keeps_the_province_wide_cut_off() -> None:
    by_regency = rank_by_regency(ITEMS, W, budget=7 * M, today=TODAY)
    assert list(by_regency) == ["62.02", "62.03", "62.71"]
    summary = {
        regency: [(r.key, r.running_total, r.within_budget) for r in rows]
        for regency, rows in by_regency.items()
    }
    assert summary == {
        "62.02": [("USL-2026-0003", 400_000_000, True), ("USL-2026-0004", 2 * M, True)],
        "62.03": [("USL-2026-0005", 0, False)],
        # 62.71's second proposal is out: the provincial budget ran short, not a regency quota.
        "62.71": [("USL-2026-0001", 5 * M, True), ("USL-2026-0002", 5 * M, False)],
    }
    province = {r.key: r for r in rank(ITEMS, W, budget=7 * M, today=TODAY)}
    for rows in by_regency.values():
        for row in rows:
            assert dataclasses.replace(row, running_total=0) == dataclasses.replace(
                province[row.key], running_total=0
            )


# -- budget text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 25 M", 25 * M),
        ("25 miliar", 25 * M),
        ("25.000.000.000", 25 * M),
        ("pagu 25 M", 25 * M),
        ("Pagu: Rp 25 M", 25 * M),
        ("pagu anggaran Rp 25.000.000.000,-", 25 * M),
        ("sisa pagu 3,5 M", 3_500_000_000),
        ("750 juta", 750_000_000),
    ],
)
def test_parse_budget(text, expected) -> None:
    assert parse_budget(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "text.empty"),
        ("pagu", "text.empty"),
        ("pagu banyak", "money.not_number"),
        ("pagu -5 M", "money.negative"),
        ("0", "money.zero"),
        ("1,500 M", "money.ambiguous"),
        ("25", "money.missing_unit"),
        ("20 T", "money.too_large"),
    ],
)
def test_parse_budget_refuses_with_parse_rupiah_keys(text, key) -> None:
    with pytest.raises(Invalid) as caught:
        parse_budget(text)
    assert caught.value.key == key
    if not text.lower().startswith("pagu"):
        with pytest.raises(Invalid) as same:
            parse_rupiah(text)
        assert same.value.key == key
