"""Priority scores and the budget ranking of proposals for the yearly Rakor.

Each proposal earns points in five components; a component never exceeds its weight, points are
rounded half up to one decimal and the total is their sum (100 with the default weights). Every
component lists language-free facts ("ded", "hh:120", "cost_per_hh:12500000") that say why.

- Readiness (30): equal shares for a DED, a RAB and land that is clean and clear ("ya"); for slum
  upgrading ("kumuh") a fourth share for the SK kumuh: the location listed in it and the decree
  under 5 full years old on the scoring date. Other types split the weight over three shares.
- Reach (20): half for households, half for people, each on a log10 scale from 1 (nothing) to
  1,000 KK and 4,000 jiwa (full; about four people a household), capped there: every tenfold
  more households earns a third of the households' half.
- Cost efficiency (20): rupiah per household on a log2 scale, full at Rp 5 juta or less and
  nothing at Rp 160 juta or more: every halving of the cost per household earns a fifth.
- Authority (20): full when the province is the responsible level (UU 23/2014, as the form
  rules), nothing for the regency or the centre. RTLH has no such ruling; it gets full points
  when it meets the province's programme condition (the house on the applicant's own land,
  certificate or SKT), nothing otherwise. Undetermined levels earn nothing.
- Integration (10): a quarter for each distinct sector (drainage, roads, water...), full at 4.

A missing or unusable answer earns nothing for its part and never raises. The ranking sorts by
total, then lower cost, then proposal code, and fills the budget ("sisa pagu") in that order:
a proposal that does not fit is skipped and a cheaper one below it that still fits is funded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final

from bot.domain.authority import Level
from bot.domain.proposal import SECTORS, SK_MAX_AGE_YEARS, ruling
from bot.domain.quantities import parse_rupiah

__all__ = [
    "COST_FULL_PER_HH",
    "COST_ZERO_PER_HH",
    "FULL_SECTORS",
    "REACH_FULL_HOUSEHOLDS",
    "REACH_FULL_PEOPLE",
    "Component",
    "Ranked",
    "Score",
    "Weights",
    "parse_budget",
    "rank",
    "rank_by_regency",
    "score",
]

REACH_FULL_HOUSEHOLDS: Final = 1_000
REACH_FULL_PEOPLE: Final = 4_000
# Provincial PSU runs to some Rp 5-20 juta a household, RTLH Rp 20-35 juta a house, new houses
# for disaster victims well over Rp 100 juta: the bounds keep all of them apart.
COST_FULL_PER_HH: Final = 5_000_000
COST_ZERO_PER_HH: Final = 160_000_000
FULL_SECTORS: Final = 4

# The province's RTLH programme needs the house on the applicant's own land (docs/domain.md).
_OWN_LAND: Final = frozenset({"warga_sertifikat", "warga_skt"})
_TENTH = Decimal("0.1")
_BUDGET_LEAD = re.compile(r"\s*(?:sisa\s+)?pagu(?:\s+anggaran)?\s*[:=]?\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Weights:
    """Points per component; the defaults sum to 100. Negative, non-finite or all-zero refused."""

    readiness: float = 30
    reach: float = 20
    cost_efficiency: float = 20
    authority: float = 20
    integration: float = 10

    def __post_init__(self) -> None:
        values = [getattr(self, field.name) for field in fields(self)]
        for field, value in zip(fields(self), values, strict=True):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"weight {field.name} must be a finite number >= 0, not {value}")
        if not any(values):
            raise ValueError("at least one weight must be above zero")


@dataclass(frozen=True, slots=True)
class Component:
    """Points earned in one component (at most `max_points`) and the fact codes behind them.

    Facts are "code" or "code:value" ("ded", "hh:120"); the UI translates them.
    """

    name: str
    points: float
    max_points: float
    facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """The total and its components, in the order readiness, reach, cost, authority, integration."""

    total: float
    components: tuple[Component, ...]


@dataclass(frozen=True, slots=True)
class Ranked:
    """One proposal's place in a ranking.

    `running_total` is the budget used once this row is decided: the costs of the rows at or
    above it that are within the budget. A row that does not fit leaves it unchanged, so it never
    exceeds the budget and "sisa pagu" is always budget - running_total.
    """

    key: str
    regency: str
    cost: int
    score: Score
    running_total: int
    within_budget: bool


def score(answers: Mapping[str, Any], weights: Weights, *, today: date) -> Score:
    """The priority score of one proposal's answers; `today` dates the SK kumuh's age."""
    parts = (
        _component("readiness", weights.readiness, *_readiness(answers, today)),
        _component("reach", weights.reach, *_reach(answers)),
        _component("cost_efficiency", weights.cost_efficiency, *_cost_efficiency(answers)),
        _component("authority", weights.authority, *_authority(answers)),
        _component("integration", weights.integration, *_integration(answers)),
    )
    # Summing rounded floats leaves binary noise (30.1 + 0.2); round again to one decimal.
    return Score(_round(sum(part.points for part in parts)), parts)


def rank(
    items: Iterable[tuple[str, str, Mapping[str, Any]]],
    weights: Weights,
    *,
    budget: int,
    today: date,
) -> list[Ranked]:
    """Proposals (code, regency code, answers) best first, with the budget filled in that order.

    Order: higher total first, then lower cost, then code, so equal inputs always rank the same.
    Budget: the Rakor's "sisa pagu" practice. Going down the list, a proposal is within the
    budget when its cost fits in what is left; one that does not fit is skipped, not a stop, so
    a cheaper proposal ranked below it can still use the rest. Skipping never lets a lower
    proposal take money a higher one could have used: each is offered what is left after every
    proposal above it. A proposal without a usable cost (cost 0) is never within the budget:
    nothing unpriced can be funded. ValueError for a negative budget or a repeated code.
    """
    if budget < 0:
        raise ValueError(f"budget must be >= 0, not {budget}")
    scored = []
    seen: set[str] = set()
    for key, regency, answers in items:
        if key in seen:
            raise ValueError(f"proposal {key!r} appears twice")
        seen.add(key)
        cost = _positive_int(answers.get("cost")) or 0
        scored.append((key, regency, cost, score(answers, weights, today=today)))
    # Unpriced proposals go after priced ones of the same total: they cannot be funded anyway.
    scored.sort(key=lambda row: (-row[3].total, row[2] == 0, row[2], row[0]))
    ranked = []
    used = 0
    for key, regency, cost, found in scored:
        within = 0 < cost <= budget - used
        if within:
            used += cost
        ranked.append(Ranked(key, regency, cost, found, used, within))
    return ranked


def rank_by_regency(
    items: Iterable[tuple[str, str, Mapping[str, Any]]],
    weights: Weights,
    *,
    budget: int,
    today: date,
) -> dict[str, list[Ranked]]:
    """The province-wide ranking split by regency code (codes in ascending order).

    There is one provincial budget and no agreed split between regencies, so `within_budget` is
    the province-wide decision of rank(), unchanged: a regency sees which of its proposals make
    the provincial cut. Each list keeps the province-wide order and its `running_total` counts
    only that regency's proposals within the budget: the regency's share of the budget so far.
    """
    shares: dict[str, list[Ranked]] = {}
    for row in rank(items, weights, budget=budget, today=today):
        rows = shares.setdefault(row.regency, [])
        used = rows[-1].running_total if rows else 0
        rows.append(replace(row, running_total=used + (row.cost if row.within_budget else 0)))
    return {regency: shares[regency] for regency in sorted(shares)}


def parse_budget(text: str) -> int:
    """A budget (pagu) in whole rupiah: "Rp 25 M", "25 miliar", "25.000.000.000", "pagu 25 M".

    A leading "pagu", "pagu anggaran" or "sisa pagu" is dropped; the rest is read by
    parse_rupiah and refused with its Invalid keys (text.empty, money.not_number, ...).
    """
    return parse_rupiah(_BUDGET_LEAD.sub("", text, count=1))


# -- components -------------------------------------------------------------------------------


def _component(name: str, weight: float, share: float, facts: tuple[str, ...]) -> Component:
    """A component worth `share` (0..1) of its weight."""
    return Component(name, _round(weight * min(max(share, 0.0), 1.0)), float(weight), facts)


def _readiness(answers: Mapping[str, Any], today: date) -> tuple[float, tuple[str, ...]]:
    documents = _codes(answers.get("readiness"))
    facts = ["ded" if "ded" in documents else "no_ded", "rab" if "rab" in documents else "no_rab"]
    earned = ("ded" in documents) + ("rab" in documents)
    clean = answers.get("clean_clear")
    if clean == "ya":
        facts.append("clean_clear")
        earned += 1
    else:
        facts.append("not_clean_clear" if clean == "tidak" else "clean_clear_unknown")
    parts = 3
    # The decree only concerns slum locations; other types are not marked down for lacking one.
    if answers.get("type") == "kumuh":
        parts = 4
        valid, sk_facts = _sk(answers, today)
        earned += valid
        facts.extend(sk_facts)
    return earned / parts, tuple(facts)


def _sk(answers: Mapping[str, Any], today: date) -> tuple[bool, list[str]]:
    """Whether the SK kumuh counts (listed, dated, under the age limit) and why."""
    listed = answers.get("in_sk")
    facts = ["in_sk" if listed == "ya" else "not_in_sk" if listed == "tidak" else "in_sk_unknown"]
    issued = _iso_date(answers.get("sk_date"))
    if issued is None:
        return False, [*facts, "sk_missing"]
    if issued > today:
        return False, [*facts, "sk_future"]
    # Full years, as the form's own warning counts them: exactly 5 years old is too old.
    years = today.year - issued.year - ((today.month, today.day) < (issued.month, issued.day))
    facts.append(f"sk_age:{years}")
    if years >= SK_MAX_AGE_YEARS:
        return False, [*facts, "sk_old"]
    if listed != "ya":
        return False, facts
    return True, ["sk_valid", *facts]


def _reach(answers: Mapping[str, Any]) -> tuple[float, tuple[str, ...]]:
    households = _positive_int(answers.get("households"))
    people = _positive_int(answers.get("people"))
    facts = (
        f"hh:{households}" if households else "hh_unknown",
        f"people:{people}" if people else "people_unknown",
    )
    share = _log_share(households, REACH_FULL_HOUSEHOLDS) + _log_share(people, REACH_FULL_PEOPLE)
    return share / 2, facts


def _cost_efficiency(answers: Mapping[str, Any]) -> tuple[float, tuple[str, ...]]:
    cost = _positive_int(answers.get("cost"))
    households = _positive_int(answers.get("households"))
    if cost is None or households is None:
        return 0.0, ("cost_per_hh_unknown",)
    per_household = cost / households
    share = math.log2(COST_ZERO_PER_HH / per_household) / math.log2(
        COST_ZERO_PER_HH / COST_FULL_PER_HH
    )
    # Integer rounding half up: the fact must not depend on float formatting.
    return share, (f"cost_per_hh:{(cost + households // 2) // households}",)


def _authority(answers: Mapping[str, Any]) -> tuple[float, tuple[str, ...]]:
    kind = answers.get("type")
    found = ruling(answers) if isinstance(kind, str) else None
    if found is not None:
        if found.level is Level.PROVINSI:
            return 1.0, ("province_level", f"rule:{found.rule}")
        return 0.0, (f"level:{found.level}", f"rule:{found.rule}")
    if kind == "rtlh":
        if answers.get("land_status") in _OWN_LAND:
            return 1.0, ("rtlh_own_land",)
        return 0.0, ("rtlh_not_own_land",)
    return 0.0, ("level_unknown",)


def _integration(answers: Mapping[str, Any]) -> tuple[float, tuple[str, ...]]:
    chosen = _codes(answers.get("sectors"))
    # Known codes only, in the form's order: unknown values and repeats earn nothing.
    sectors = [sector for sector in SECTORS if sector in chosen]
    facts = tuple(f"sector:{sector}" for sector in sectors) or ("no_sectors",)
    return len(sectors) / FULL_SECTORS, facts


# -- helpers ----------------------------------------------------------------------------------


def _round(value: float) -> float:
    """Half up to one decimal, as people round (round() would give 0.2 for 0.25)."""
    return float(Decimal(repr(value)).quantize(_TENTH, ROUND_HALF_UP))


def _log_share(value: int | None, full: int) -> float:
    """log10(value) / log10(full), capped at 1; nothing for a missing value."""
    return 0.0 if value is None else min(math.log10(value) / math.log10(full), 1.0)


def _positive_int(value: object) -> int | None:
    """A stored count or amount, or None when missing, not a whole number or not above zero."""
    # bool is an int, but True households is a bug upstream, not a count.
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def _codes(value: object) -> frozenset[str]:
    """The option codes of a stored multiple choice (a JSON list), nothing for anything else."""
    if isinstance(value, list | tuple):
        return frozenset(item for item in value if isinstance(item, str))
    return frozenset()


def _iso_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
