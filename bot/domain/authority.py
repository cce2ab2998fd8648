"""Which level of government is responsible for a housing or settlement matter (UU 23/2014)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType
from typing import Any

__all__ = [
    "CHANNELS",
    "LEVEL_ORDER",
    "RULINGS",
    "SLUM_CENTRE_FROM_HA",
    "SLUM_PROVINCE_FROM_HA",
    "Level",
    "Ruling",
    "housing_ruling",
    "proposal_ruling",
    "psu_ruling",
    "slum_ruling",
]


class Level(StrEnum):
    """A level of government."""

    KABKOTA = "kabkota"
    PROVINSI = "provinsi"
    PUSAT = "pusat"


# From the regency up to the centre: the order in which slum area thresholds hand work upwards.
LEVEL_ORDER: tuple[Level, ...] = (Level.KABKOTA, Level.PROVINSI, Level.PUSAT)

# Funding channels for work that is not the province's (docs/domain.md).
CHANNELS: tuple[str, ...] = ("apbd_kabkota", "apbn", "dak_ppkt", "apbdes", "csr")


@dataclass(frozen=True, slots=True)
class Ruling:
    """Who is responsible, by which rule, in which legal words, and where else to seek funds.

    `quote` is the Indonesian legal wording, None where none is known; `unconfirmed` marks
    wording or facts the bot must not present as settled law; `channels` lists better funding
    channels (ids from CHANNELS, most fitting first) and is empty exactly when the province is
    responsible.
    """

    level: Level
    rule: str
    quote: str | None
    source: str
    unconfirmed: bool
    channels: tuple[str, ...]


# Thresholds of the slum rule, in hectares of the location delineated in the regency's SK kumuh:
# "10 ha sampai dengan di bawah 15 ha" makes exactly 10 provincial and exactly 15 central.
SLUM_PROVINCE_FROM_HA = Decimal(10)
SLUM_CENTRE_FROM_HA = Decimal(15)

# The slum thresholds sit in the Kawasan Permukiman sub-affair beside the settlement permits and
# the national settlement system; the separate slum sub-affair only covers prevention.
_SOURCE_SETTLEMENT = "UU 23/2014 Lampiran huruf D (Sub-urusan Kawasan Permukiman)"
_SOURCE_HOUSING = "UU 23/2014 Lampiran huruf D (Sub-urusan Perumahan)"
_SOURCE_PSU = "UU 23/2014 Lampiran huruf D (Sub-urusan Prasarana, Sarana dan Utilitas Umum)"

# Where a regency-scale job can be funded instead: its own budget first, then central money.
_REGENCY_SLUM = ("apbd_kabkota", "dak_ppkt", "apbdes", "csr")
_REGENCY_HOUSING = ("apbd_kabkota", "apbn", "apbdes", "csr")
_REGENCY_PSU = ("apbd_kabkota", "apbn", "csr")
_CENTRE_SLUM = ("apbn", "dak_ppkt", "apbd_kabkota", "csr")
_CENTRE_HOUSING = ("apbn", "apbd_kabkota", "csr")


def _rule(
    rule: str,
    level: Level,
    source: str,
    channels: tuple[str, ...] = (),
    *,
    quote: str | None = None,
    unconfirmed: bool = False,
) -> Ruling:
    return Ruling(level, rule, quote, source, unconfirmed, channels)


# Every ruling the functions below return, by rule id. The province and regency columns are
# confirmed (SIPD nomenclature, Disperkimtan); everything the centre is said to do is not.
RULINGS: Mapping[str, Ruling] = MappingProxyType(
    {
        ruling.rule: ruling
        for ruling in (
            _rule(
                "kumuh.under_10",
                Level.KABKOTA,
                _SOURCE_SETTLEMENT,
                _REGENCY_SLUM,
                quote="dengan luas di bawah 10 (sepuluh) ha",
            ),
            _rule(
                "kumuh.10_to_15",
                Level.PROVINSI,
                _SOURCE_SETTLEMENT,
                quote="dengan luas 10 (sepuluh) ha sampai dengan di bawah 15 (lima belas) ha",
            ),
            _rule(
                "kumuh.15_up",
                Level.PUSAT,
                _SOURCE_SETTLEMENT,
                _CENTRE_SLUM,
                quote="15 (lima belas) ha atau lebih",
                unconfirmed=True,
            ),
            _rule("psu.permukiman", Level.PROVINSI, _SOURCE_PSU),
            _rule("psu.perumahan", Level.KABKOTA, _SOURCE_PSU, _REGENCY_PSU),
            _rule("bencana.provinsi", Level.PROVINSI, _SOURCE_HOUSING),
            _rule("bencana.kabkota", Level.KABKOTA, _SOURCE_HOUSING, _REGENCY_HOUSING),
            _rule(
                "bencana.nasional",
                Level.PUSAT,
                _SOURCE_HOUSING,
                _CENTRE_HOUSING,
                unconfirmed=True,
            ),
            _rule("relokasi.provinsi", Level.PROVINSI, _SOURCE_HOUSING),
            _rule("relokasi.kabkota", Level.KABKOTA, _SOURCE_HOUSING, _REGENCY_HOUSING),
            _rule(
                "relokasi.nasional",
                Level.PUSAT,
                _SOURCE_HOUSING,
                _CENTRE_HOUSING,
                unconfirmed=True,
            ),
        )
    }
)

_PSU_KINDS = frozenset({"permukiman", "perumahan"})
_HOUSING_CAUSES = frozenset({"bencana", "relokasi"})
_HOUSING_SCALES = frozenset({"provinsi", "kabkota", "nasional"})


def slum_ruling(area_ha: Decimal) -> Ruling:
    """The level responsible for upgrading a slum location of this delineated area (hectares).

    Under 10 ha: regency/city; 10 up to but not including 15 ha: province; 15 ha or more: centre
    (unconfirmed wording). ValueError for a negative or non-finite area.
    """
    if not area_ha.is_finite() or area_ha < 0:
        raise ValueError(f"slum area must be a finite number of hectares >= 0, not {area_ha}")
    if area_ha < SLUM_PROVINCE_FROM_HA:
        return RULINGS["kumuh.under_10"]
    if area_ha < SLUM_CENTRE_FROM_HA:
        return RULINGS["kumuh.10_to_15"]
    return RULINGS["kumuh.15_up"]


def psu_ruling(kind: str) -> Ruling:
    """PSU "permukiman" (settlements) is provincial, "perumahan" (housing estates) the regency's.

    ValueError for any other kind.
    """
    if kind not in _PSU_KINDS:
        raise ValueError(f"unknown PSU kind {kind!r}")
    return RULINGS[f"psu.{kind}"]


def housing_ruling(cause: str, scale: str) -> Ruling:
    """Housing for disaster victims ("bencana") or people relocated by a programme ("relokasi").

    The scale of the disaster or programme decides: "provinsi" -> province, "kabkota" ->
    regency/city, "nasional" -> centre (unconfirmed wording). ValueError for other values.
    """
    if cause not in _HOUSING_CAUSES or scale not in _HOUSING_SCALES:
        raise ValueError(f"unknown housing case {cause!r}/{scale!r}")
    return RULINGS[f"{cause}.{scale}"]


def proposal_ruling(proposal_type: str, answers: Mapping[str, Any]) -> Ruling | None:
    """The ruling for a proposal so far, or None if its answers do not settle one yet.

    "kumuh" reads answers["area_ha"] (Decimal, int or decimal string), "psu" answers["psu_kind"],
    "rumah" answers["housing_cause"] and answers["housing_scale"]; missing or unusable
    answers give None. "rtlh" and "lainnya" always give None: the annex assigns no RTLH duty to
    the province (its housing duty is provincial disasters and relocation; housing for
    low-income households is the centre's, in unconfirmed wording), so the province's RTLH
    programme is judged by its own conditions (house on the applicant's land with at least an
    SKT, beneficiaries fixed by SK Gubernur), not by a ruling on authority.
    """
    if proposal_type == "kumuh":
        area = _as_decimal(answers.get("area_ha"))
        if area is None or not area.is_finite() or area < 0:
            return None
        return slum_ruling(area)
    if proposal_type == "psu":
        kind = answers.get("psu_kind")
        return psu_ruling(kind) if kind in _PSU_KINDS else None
    if proposal_type == "rumah":
        cause, scale = answers.get("housing_cause"), answers.get("housing_scale")
        if cause in _HOUSING_CAUSES and scale in _HOUSING_SCALES:
            return housing_ruling(cause, scale)
        return None
    return None


def _as_decimal(value: object) -> Decimal | None:
    """A stored answer as a Decimal, or None if it is not one."""
    if isinstance(value, Decimal):
        return value
    # bool is an int, but True hectares is a bug upstream, not an area.
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return None
    return None
