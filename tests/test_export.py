"""The Rakor export: XLSX read back cell by cell, CSV parsed back, the chart decoded."""

from __future__ import annotations

import csv
import io
import struct
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from matplotlib.image import imread

from bot.domain.lifecycle import Status
from bot.domain.proposal import PROPOSAL
from bot.domain.regions import REGENCIES
from bot.services.export import (
    STATUS_COLOURS,
    proposals_csv,
    proposals_xlsx,
    status_chart_png,
)
from bot.texts import t
from storage.proposals import Proposal

ZONE = ZoneInfo("Asia/Pontianak")  # WIB, UTC+7
M = 1_000_000_000
PHOTO = {"file_id": "AgACAgUAAxkBAAIB", "name": None, "size": 120_000, "mime": "image/jpeg"}
PDF = {"file_id": "BQACAgUAAxkBAAIC", "name": "rab.pdf", "size": 80_000, "mime": "application/pdf"}
KOTIM, PALANGKA_RAYA, KAPUAS = "62.02", "62.71", "62.03"


def proposal(
    seq: int,
    status: str,
    answers: dict[str, Any],
    *,
    level: str | None = "provinsi",
    outside: bool = False,
    created: str = "2026-03-01T02:00:00Z",
    updated: str = "2026-03-05T17:30:00Z",
    budget_year: int | None = 2027,
) -> Proposal:
    return Proposal(
        id=seq,
        code=f"USL-2026-{seq:04d}",
        year=2026,
        officer_id=100 + seq,
        regency_code=answers["regency"],
        title=answers["title"],
        type=answers["type"],
        level=level,
        rule=None,
        outside_authority=outside,
        status=status,
        answers=answers,
        created_at=created,
        updated_at=updated,
        budget_year=budget_year,
    )


SLUM = {  # as the form stores tests.auxil.proposal_steps.SLUM
    "title": "Peningkatan kualitas kawasan kumuh Baamang Hulu",
    "type": "kumuh",
    "sectors": ["drainase", "jalan"],
    "regency": KOTIM,
    "kecamatan": "62.02.05",  # Baamang
    "village": "62.02.05.1003",  # Baamang Hulu
    "location_name": "Kawasan Tepian Sungai Mentaya RT 05",
    "setting": "perkotaan",
    "area_ha": "12.5",
    "households": 120,
    "people": 450,
    "land_status": "pemda",
    "clean_clear": "ya",
    "sk_number": "188.45/123/2023",
    "sk_date": "2023-03-12",
    "in_sk": "ya",
    "readiness": ["ded", "rab"],
    "cost": 1_500_000_000,
    "funding": "apbd_prov",
    "gps": [-2.54, 112.95],
    "photos": [PHOTO, PHOTO],
    "documents": None,  # skipped
    "justification": "Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak.",
}
PSU = {
    "title": "Pembangunan jalan lingkungan dan drainase Pahandut Seberang",
    "type": "psu",
    "psu_kind": "permukiman",
    "sectors": ["drainase", "jalan"],
    "regency": PALANGKA_RAYA,
    "kecamatan": "62.71.01",  # Pahandut
    "village": "62.71.01.1005",  # Pahandut Seberang
    "location_name": "Gang Rukun RT 03",
    "setting": "perkotaan",
    "area_ha": "3.2",
    "households": 85,
    "people": 310,
    "land_status": "pemda",
    "clean_clear": "belum_tahu",
    "readiness": [],
    "cost": 750_000_000,
    "funding": "apbd_prov",
    "gps": [-2.2136, 113.9108],
    "photos": [PHOTO],
    "documents": [PDF],
    "justification": "Jalan tanah becek saat hujan, akses sekolah terputus.",
}
RTLH = {
    "title": "Perbaikan RTLH Kelurahan Baamang Hulu",
    "type": "rtlh",
    "area_ha": "4",  # left over from when the type was "kumuh": no longer asked
    "sectors": ["perumahan"],
    "regency": KOTIM,
    "kecamatan": "62.02.05",
    "village": "62.02.05.1003",
    "location_name": "RT 02 Baamang Hulu",
    "setting": "perkotaan",
    "households": 35,
    "people": 140,
    "units": 35,
    "land_status": "warga_sertifikat",
    "clean_clear": "ya",
    "readiness": ["rab"],
    "cost": 700_000_000,
    "funding": "apbd_prov",
    "gps": None,  # skipped
    "photos": [PHOTO],
    "justification": "Rumah warga miskin rusak berat, atap bocor dan dinding lapuk.",
}
SMALL_SLUM = {
    **SLUM,
    "title": "Penanganan kumuh Mentawa Baru Hulu",
    "area_ha": "7.25",
    "authority_ack": "lanjut",
    "cost": 900_000_000,
    "gps": [-2.5312, 112.9487],
}
HOUSING = {
    "title": "Pembangunan rumah korban banjir Selat Hulu",
    "type": "rumah",
    "housing_cause": "bencana",
    "housing_scale": "provinsi",
    "sectors": ["perumahan"],
    "regency": KAPUAS,
    "kecamatan": "62.03.01",  # Selat
    "village": "62.03.01.1009",  # Selat Hulu
    "location_name": "Bantaran Sungai Kapuas",
    "setting": "perkotaan",
    "area_ha": "1.2345",
    "households": 40,
    "people": 160,
    "units": 40,
    "land_status": "pemda",
    "clean_clear": "ya",
    "readiness": ["ded"],
    "cost": 2 * M,
    "funding": "apbd_prov",
    "gps": [-3.0012, 114.3891],
    "photos": [PHOTO, PHOTO, PHOTO],
    "justification": "Rumah warga hanyut diterjang banjir bandang.",
}
OTHER = {
    "title": "=1+1 Penataan drainase Jekan Raya",  # would be a formula if written as is
    "type": "lainnya",
    "sectors": ["drainase"],
    "regency": PALANGKA_RAYA,
    "kecamatan": "62.71.01",
    "village": "62.71.01.1001",
    "location_name": "Jalan Tjilik Riwut km 2",
    "setting": "perkotaan",
    "area_ha": "0.5",
    "households": 1_200,
    "people": 4_800,
    "land_status": "pemda",
    "clean_clear": "tidak",
    "readiness": [],
    "cost": 50_000_000,
    "funding": "apbd_kab",
    "gps": [-2.2, 113.9],
    "photos": [PHOTO],
    "justification": "Saluran tersumbat.\nAir menggenangi jalan setiap hujan deras.",
}

ROWS = (
    proposal(1, "diajukan", SLUM),
    proposal(2, "disetujui", PSU),
    proposal(3, "verifikasi", RTLH, level=None),
    proposal(4, "dialihkan", SMALL_SLUM, level="kabkota", outside=True),
    proposal(5, "dibatalkan", HOUSING, budget_year=None),
    proposal(6, "diajukan", OTHER),
)
SCORES = {"USL-2026-0001": 73.5, "USL-2026-0002": 61.25}
EXTRA = (("<b>Skor</b> prioritas", lambda p: SCORES.get(p.code)),)  # HTML from t() is removed
MAP = "https://www.google.com/maps?q=-2.54,112.95"


@pytest.fixture(scope="module")
def workbook() -> Any:
    data = proposals_xlsx(ROWS, "id", zone=ZONE, extra_columns=EXTRA)
    return openpyxl.load_workbook(io.BytesIO(data))


def cells(sheet: Any, code: str) -> dict[str, Any]:
    """The cells of one proposal's row by header."""
    headers = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == code:
            return dict(zip(headers, row, strict=True))
    raise AssertionError(code)


def expected_headers(lang: str, tail: list[str]) -> list[str]:
    fields = [f for f in PROPOSAL.fields if f.in_summary and f.name != "regency"]
    return [*tail[:3], *(t(lang, f.label) for f in fields), *tail[3:]]


ID_HEADERS = expected_headers(
    "id",
    [
        "Kode",
        "Tahun anggaran",
        "Kabupaten/kota",
        "Kewenangan (hasil pemeriksaan)",
        "Di luar kewenangan provinsi",
        "Status",
        "Diajukan pada",
        "Perubahan terakhir",
        "Tautan peta",
        "Skor prioritas",
    ],
)


def test_proposals_sheet_has_a_header_per_form_field_in_form_order(workbook):
    assert workbook.sheetnames == ["Usulan", "Ringkasan"]
    sheet = workbook["Usulan"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == ID_HEADERS
    assert headers[3:6] == ["Judul", "Jenis usulan", "Lokasi PSU"]
    assert "Perkiraan biaya" in headers
    assert headers.count("Kabupaten/kota") == 1  # the form's regency is the third column
    assert "Kewenangan" not in headers  # the acknowledgement step: the level column says it
    assert sheet.max_row == len(ROWS) + 1
    header = sheet["A1"]
    assert header.font.b
    assert header.fill.fgColor.rgb == "FFDDEBF7"


def test_proposals_sheet_is_frozen_filtered_and_sized(workbook):
    sheet = workbook["Usulan"]
    assert sheet.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(ID_HEADERS))
    assert sheet.auto_filter.ref == f"A1:{last}7"
    widths = {cell.value: sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]}
    assert widths["Kode"] == len("USL-2026-0001") + 1
    assert widths["Judul"] == 50  # capped: longer text wraps
    assert widths["Alasan/urgensi"] == 50
    assert all(8 <= width <= 50 for width in widths.values())


def test_text_and_option_values_are_the_summary_texts(workbook):
    row = cells(workbook["Usulan"], "USL-2026-0001")
    assert row["Tahun anggaran"].value == 2027
    assert row["Kabupaten/kota"].value == "Kabupaten Kotawaringin Timur"
    assert row["Judul"].value == "Peningkatan kualitas kawasan kumuh Baamang Hulu"
    assert row["Jenis usulan"].value == "Peningkatan kualitas kawasan kumuh"
    assert row["Sektor"].value == "Drainase, Jalan lingkungan"
    assert row["Kecamatan"].value == "Baamang"
    assert row["Desa/kelurahan"].value == "Baamang Hulu"
    assert row["Status lahan"].value == "Aset pemda kab/kota"
    assert row["Dokumen kesiapan"].value == "DED, RAB"
    assert row["Titik lokasi"].value == "-2.540000, 112.950000"
    assert row["Kewenangan (hasil pemeriksaan)"].value == "Pemerintah provinsi"
    assert row["Di luar kewenangan provinsi"].value == "Tidak"
    assert row["Status"].value == "Diajukan"
    assert row["Lokasi PSU"].value is None  # not asked for a slum
    psu = cells(workbook["Usulan"], "USL-2026-0002")
    assert psu["Lokasi PSU"].value == "Kawasan permukiman"
    assert psu["Clean and clear"].value == "Belum tahu"
    assert psu["Dokumen kesiapan"].value == "— (tidak ada)"
    assert psu["Status"].value == "Disetujui"


def test_numbers_stay_numbers(workbook):
    row = cells(workbook["Usulan"], "USL-2026-0001")
    cost = row["Perkiraan biaya"]
    assert cost.value == 1_500_000_000
    assert type(cost.value) is int
    assert cost.number_format == "#,##0"
    assert (row["Jumlah KK"].value, row["Jumlah jiwa"].value) == (120, 450)
    area = row["Luas"]
    assert area.value == pytest.approx(12.5)
    assert area.number_format == '#,##0.00## "ha"'  # 2 to 4 decimals
    assert (row["Foto kondisi"].value, row["Dokumen pendukung"].value) == (2, 0)
    assert row["Skor prioritas"].value == pytest.approx(73.5)
    other = cells(workbook["Usulan"], "USL-2026-0006")
    assert other["Jumlah jiwa"].value == 4_800
    assert other["Jumlah jiwa"].number_format == "#,##0"
    assert other["Skor prioritas"].value is None
    housing = cells(workbook["Usulan"], "USL-2026-0005")
    assert housing["Luas"].value == pytest.approx(1.2345)
    assert housing["Jumlah rumah"].value == 40
    assert housing["Tahun anggaran"].value == 2027  # the year after, when not stored


def test_dates_and_instants_are_real_dates_in_the_zone(workbook):
    row = cells(workbook["Usulan"], "USL-2026-0001")
    sk_date = row["Tanggal SK kumuh"]
    assert sk_date.is_date
    assert sk_date.value == datetime(2023, 3, 12)
    assert sk_date.number_format == "dd/mm/yyyy"
    submitted, changed = row["Diajukan pada"], row["Perubahan terakhir"]
    assert submitted.value == datetime(2026, 3, 1, 9, 0)  # 02:00 UTC is 09:00 WIB
    assert changed.value == datetime(2026, 3, 6, 0, 30)  # 17:30 UTC is past midnight in WIB
    assert submitted.number_format == changed.number_format == "dd/mm/yyyy hh:mm"
    assert submitted.value.tzinfo is None


def test_map_link_is_a_hyperlink(workbook):
    link = cells(workbook["Usulan"], "USL-2026-0001")["Tautan peta"]
    assert link.value == MAP
    assert link.hyperlink.target == MAP
    assert link.font.u == "single"
    rtlh = cells(workbook["Usulan"], "USL-2026-0003")
    assert rtlh["Tautan peta"].value is None  # no point given
    assert rtlh["Tautan peta"].hyperlink is None
    assert rtlh["Titik lokasi"].value is None


def test_only_questions_the_form_asks_are_exported(workbook):
    rtlh = cells(workbook["Usulan"], "USL-2026-0003")
    assert rtlh["Luas"].value is None  # a stale answer from an earlier type
    assert rtlh["Nomor SK kumuh"].value is None
    assert rtlh["Jumlah rumah"].value == 35
    assert rtlh["Kewenangan (hasil pemeriksaan)"].value == "Belum ditentukan"


def test_outside_authority_is_flagged(workbook):
    row = cells(workbook["Usulan"], "USL-2026-0004")
    assert row["Kewenangan (hasil pemeriksaan)"].value == "Pemerintah kabupaten/kota"
    assert row["Di luar kewenangan provinsi"].value == "Ya"
    assert row["Status"].value == "Dialihkan"


def test_typed_text_is_never_a_formula_and_long_text_wraps(workbook):
    row = cells(workbook["Usulan"], "USL-2026-0006")
    assert row["Judul"].value == OTHER["title"]
    assert row["Judul"].data_type == "s"
    reason = row["Alasan/urgensi"]
    assert reason.value == OTHER["justification"]
    assert reason.alignment.wrap_text


SUMMARY_HEADERS = [
    "Kabupaten/kota",
    "Diajukan",
    "Verifikasi",
    "Perlu perbaikan",
    "Dibahas di Rakor",
    "Disetujui",
    "Ditolak",
    "Dialihkan",
    "Dibatalkan",
    "Jumlah",
    "Total biaya (Rp)",
]


def test_summary_counts_every_regency_by_status_with_totals(workbook):
    sheet = workbook["Ringkasan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == SUMMARY_HEADERS
    assert [row[0] for row in rows[1:15]] == [r.name for r in REGENCIES]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["Kabupaten Kotawaringin Timur"] == (1, 1, 0, 0, 0, 0, 1, 0, 3, 3_100_000_000)
    assert by_name["Kota Palangka Raya"] == (1, 0, 0, 0, 1, 0, 0, 0, 2, 800_000_000)
    assert by_name["Kabupaten Kapuas"] == (0, 0, 0, 0, 0, 0, 0, 1, 1, 2 * M)
    assert by_name["Kabupaten Seruyan"] == (0,) * 9 + (0,)
    assert len(rows) == 16  # header, 14 regencies, totals
    assert rows[-1] == ("Jumlah", 2, 1, 0, 0, 1, 0, 1, 1, 6, 5_900_000_000)
    assert sheet["K3"].number_format == "#,##0"
    assert sheet["A16"].font.b
    assert sheet.freeze_panes == "B2"


def test_csv_parses_back_with_the_same_headers_and_values():
    data = proposals_csv(ROWS, "id", zone=ZONE, extra_columns=EXTRA)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ID_HEADERS
    assert len(rows) == len(ROWS) + 1
    by_code = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    slum = by_code["USL-2026-0001"]
    assert slum["Kabupaten/kota"] == "Kabupaten Kotawaringin Timur"
    assert slum["Sektor"] == "Drainase, Jalan lingkungan"
    assert slum["Perkiraan biaya"] == "1500000000"
    assert slum["Luas"] == "12,5"  # the decimal comma of Indonesian Excel
    assert slum["Tanggal SK kumuh"] == "12/03/2023"
    assert slum["Diajukan pada"] == "01/03/2026 09:00"
    assert slum["Perubahan terakhir"] == "06/03/2026 00:30"
    assert slum["Tautan peta"] == MAP
    assert slum["Titik lokasi"] == "-2.540000, 112.950000"  # a minus sign, not a formula
    assert slum["Skor prioritas"] == "73,5"
    assert slum["Dokumen pendukung"] == "0"
    assert by_code["USL-2026-0002"]["Skor prioritas"] == "61,25"
    rtlh = by_code["USL-2026-0003"]
    assert (rtlh["Luas"], rtlh["Tautan peta"], rtlh["Skor prioritas"]) == ("", "", "")
    other = by_code["USL-2026-0006"]
    assert other["Judul"] == f"'{OTHER['title']}"  # kept text when Excel opens it
    assert other["Alasan/urgensi"] == OTHER["justification"]  # line break kept, quoted


def test_english_export_has_english_headers_and_labels():
    data = proposals_xlsx(ROWS[:1], "en", zone=ZONE)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Proposals", "Summary"]
    sheet = workbook["Proposals"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:5] == ["Code", "Budget year", "Regency/city", "Title", "Proposal type"]
    assert headers[-6:] == [
        "Authority (as checked)",
        "Outside provincial authority",
        "Status",
        "Submitted at",
        "Last changed",
        "Map link",
    ]
    row = cells(sheet, "USL-2026-0001")
    assert row["Proposal type"].value == "Slum upgrading (kawasan kumuh)"
    assert row["Sectors"].value == "Drainage, Neighbourhood roads"
    assert row["Status"].value == "Submitted"
    assert row["Outside provincial authority"].value == "No"
    summary = [cell.value for cell in workbook["Summary"][1]]
    assert summary[:2] == ["Regency/city", "Submitted"]
    assert summary[-2:] == ["Total", "Total cost (Rp)"]
    csv_header = proposals_csv(ROWS[:1], "en", zone=ZONE).decode("utf-8-sig").splitlines()[0]
    assert csv_header.startswith("Code;Budget year;Regency/city;Title;")


def test_empty_export_still_opens():
    workbook = openpyxl.load_workbook(io.BytesIO(proposals_xlsx([], "id", zone=ZONE)))
    sheet = workbook["Usulan"]
    assert sheet.max_row == 1
    assert sheet.auto_filter.ref.endswith("1")
    totals = list(workbook["Ringkasan"].iter_rows(values_only=True))[-1]
    assert totals == ("Jumlah", *(0,) * 10)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_chart_is_a_phone_sized_png_that_decodes():
    data = status_chart_png(ROWS, "id")
    assert png_size(data) == (960, 720)  # 8 x 6 in at 120 dpi
    pixels = imread(io.BytesIO(data), format="png")
    assert pixels.shape[:2] == (720, 960)
    assert data == status_chart_png(ROWS, "id")  # same data, same picture
    assert png_size(status_chart_png([], "en")) == (960, 720)


def test_every_status_has_its_own_colour():
    assert set(STATUS_COLOURS) == set(Status)
    assert len(set(STATUS_COLOURS.values())) == len(Status)
