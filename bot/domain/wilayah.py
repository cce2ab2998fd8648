"""Kalimantan Tengah's official kabupaten/kota, kecamatan and desa/kelurahan, from package data."""

from __future__ import annotations

import csv
import functools
import io
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Literal, cast

__all__ = ["Area", "Level", "area_by_code", "areas", "kecamatan_of", "villages_of"]

Level = Literal["kabupaten_kota", "kecamatan", "kelurahan", "desa"]

_LEVELS: frozenset[str] = frozenset({"kabupaten_kota", "kecamatan", "kelurahan", "desa"})
_DATA = "data/kalteng-wilayah.csv"


@dataclass(frozen=True, slots=True)
class Area:
    """One administrative unit: Kemendagri code ("62.02.06"), name, level and parent code."""

    code: str
    name: str
    level: Level
    parent: str


@dataclass(frozen=True, slots=True)
class _Index:
    rows: tuple[Area, ...]
    by_code: dict[str, Area]
    children: dict[str, tuple[Area, ...]]


def areas() -> tuple[Area, ...]:
    """Every unit in the file, sorted by code."""
    return _index().rows


def area_by_code(code: str) -> Area:
    """The unit with this code; KeyError if there is none."""
    return _index().by_code[code]


def kecamatan_of(regency_code: str) -> tuple[Area, ...]:
    """The kecamatan of a kabupaten/kota, by code; KeyError if it is not a kabupaten/kota code."""
    return _children(regency_code, "kabupaten_kota")


def villages_of(kecamatan_code: str) -> tuple[Area, ...]:
    """The desa and kelurahan of a kecamatan, by code; KeyError if it is not a kecamatan code."""
    return _children(kecamatan_code, "kecamatan")


def _children(code: str, level: Level) -> tuple[Area, ...]:
    index = _index()
    parent = index.by_code[code]
    if parent.level != level:
        raise KeyError(f"{code} is a {parent.level}, not a {level}")
    return index.children.get(code, ())


@functools.cache
def _index() -> _Index:
    """Read the CSV once, on first use (never at import)."""
    text = resources.files("bot").joinpath(_DATA).read_text(encoding="utf-8")
    rows: list[Area] = []
    for row in csv.DictReader(io.StringIO(text)):
        level = row["tingkat"]
        if level not in _LEVELS:
            raise ValueError(f"{_DATA}: unknown tingkat {level!r} for {row['kode']}")
        rows.append(Area(row["kode"], row["nama"], cast(Level, level), row["induk"]))
    rows.sort(key=lambda area: area.code)
    children: defaultdict[str, list[Area]] = defaultdict(list)
    for area in rows:
        children[area.parent].append(area)
    return _Index(
        rows=tuple(rows),
        by_code={area.code: area for area in rows},
        children={code: tuple(kids) for code, kids in children.items()},
    )
