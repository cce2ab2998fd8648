"""Rows pasted from a spreadsheet, read with their column's unit.

Officers paste a row with its header from the regency's slum list ("Lokasi | Luas (ha)" over
"Kumai Hilir | 3,5") and ask which level handles it: the unit is in the header, the number in
the row. Each number under a unit-bearing header is given its unit, so the row reads as
"Kumai Hilir | 3,5 ha", as an officer typing it would write it.
"""

from __future__ import annotations

import re

CELL_BREAK = re.compile(r"[ \t]*[|\t][ \t]*")
_UNITS = r"ha|hektar\w*|hectares?|m2|meter persegi"
# "Luas (ha)", "luas kumuh m2", "Luas (meter persegi)": the slum's own area column and its
# unit. "Luas Desa (ha)" or "Luas Bangunan (m2)" is other land (review, round 39).
UNIT_HEADER = re.compile(
    rf"luas\w*(?: (?:kumuh|delineasi|kawasan kumuh|lokasi))?\s*[(\[]?\s*(?P<unit>{_UNITS})\s*[)\]]?"
)
# Any area column: a row with two is left as typed (which one counts is asked).
AREA_HEADER = re.compile(rf"luas\w*\b.*\b({_UNITS})\b")
NUMBER_CELL = re.compile(r"\d[\d.,]*")


def _cells(line: str) -> list[str]:
    """A row's cells, without the empty ones outer pipes leave ("| a | b |")."""
    cells = CELL_BREAK.split(line.strip())
    return cells[1:-1] if len(cells) > 2 and not cells[0] and not cells[-1] else cells


def with_units(text: str) -> str:
    """Lower-case text with each number under an area column given the column's unit."""
    lines = text.split("\n")
    unit_at: tuple[int, str, int] | None = None  # column, unit, cell count of the header
    for at, line in enumerate(lines):
        if "|" not in line and "\t" not in line:
            unit_at = None  # a table ends at a line that is no row
            continue
        cells = _cells(line)
        if unit_at is not None and len(cells) == unit_at[2]:
            column, unit, _ = unit_at
            if NUMBER_CELL.fullmatch(cells[column]):
                cells[column] = f"{cells[column]} {unit}"
                lines[at] = " | ".join(cells)
            continue
        if sum(AREA_HEADER.search(cell) is not None for cell in cells) > 1:
            continue  # "Luas Desa (ha) | Luas Kumuh (ha)": which one counts is asked
        for column, cell in enumerate(cells):
            if (header := UNIT_HEADER.fullmatch(cell)) is not None:
                unit_at = (column, header.group("unit"), len(cells))
                break
    return "\n".join(lines)
