"""The proposal form (usulan kegiatan): the one declaration behind questions, checks and summary.

What a proposal carries follows docs/domain.md ("Proposal contents"); the authority check uses
bot.domain.authority so the Q&A feature answers by the same rules. Stored values are JSON-safe:
areas as decimal strings ("12.5"), money and counts as ints, dates as ISO strings.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.authority import RULINGS, Level, Ruling, proposal_ruling
from bot.domain.errors import Invalid, NeedsConfirmation
from bot.domain.forms import (
    CANCEL_OPTION,
    Answers,
    Field,
    FileInput,
    Form,
    Input,
    LocationInput,
    Note,
    Option,
    Parser,
    TextInput,
    text_parser,
)
from bot.domain.parsing import parse_text
from bot.domain.places import find_kecamatan, find_village
from bot.domain.quantities import (
    format_count,
    format_date,
    format_ha,
    format_rupiah,
    format_rupiah_full,
    in_kalteng,
    parse_area_ha,
    parse_coordinates,
    parse_count,
    parse_date,
    parse_rupiah,
)
from bot.domain.regions import REGENCIES, find_regency, regency_by_code
from bot.domain.wilayah import area_by_code, kecamatan_of, villages_of

# The province lives in WIB (docs/domain.md): "today" is its date, not the server's.
PROVINCE_ZONE = ZoneInfo("Asia/Pontianak")
SK_MAX_AGE_YEARS = 5  # Permen PUPR 14/2018: slum decrees are reviewed at least every 5 years
MAX_PHOTOS = 10
MAX_DOCUMENTS = 5

TYPES = ("kumuh", "psu", "rumah", "rtlh", "lainnya")
SECTORS = (
    "air_minum",
    "sanitasi",
    "persampahan",
    "drainase",
    "jalan",
    "perumahan",
    "kebakaran",
    "rth",
)
LAND = ("pemda", "desa", "warga_sertifikat", "warga_skt", "lainnya")
READINESS = ("ded", "rab", "siteplan", "rks", "hibah_op", "kesepakatan", "surat_kepala_daerah")
FUNDING = ("apbd_prov", "apbn", "dak", "apbd_kab", "bankeu", "csr", "apbdes", "kombinasi")


def today() -> date:
    """The date in the province now."""
    return datetime.now(PROVINCE_ZONE).date()


# What officers type for a sector besides its name: abbreviations and the works it holds.
SECTOR_ALIASES = {
    "air_minum": ("spam", "air bersih"),
    "sanitasi": ("ipal", "air limbah", "jamban", "mck"),
    "persampahan": ("sampah", "tps", "tps3r"),
    "drainase": ("saluran", "drainage", "parit"),
    "jalan": ("jaling", "jalling", "jalan ling", "jalan lingk", "jalan setapak"),
    "kebakaran": ("damkar", "hidran", "hydrant", "apar"),
    "rth": ("ruang terbuka hijau", "taman"),
}


def _options(
    group: str, values: tuple[str, ...], aliases: dict[str, tuple[str, ...]] | None = None
) -> tuple[Option, ...]:
    return tuple(
        Option(v, f"usul.{group}.{v}", translate=True, aliases=(aliases or {}).get(v, ()))
        for v in values
    )


YES_NO = (Option("ya", "opt.yes", translate=True), Option("tidak", "opt.no", translate=True))


def ruling(answers: Answers) -> Ruling | None:
    """The responsible level for the answers so far (None until it can be told)."""
    kind = answers.get("type")
    return None if kind is None else proposal_ruling(kind, answers)


def outside_authority(answers: Answers) -> bool:
    """Whether the answers describe work the province is not responsible for."""
    found = ruling(answers)
    return found is not None and found.level is not Level.PROVINSI


def _is(kind: str) -> Any:
    return lambda answers: answers["type"] == kind


# --- parsers ------------------------------------------------------------------------------


def _text(min_len: int, max_len: int, *, single_line: bool = True) -> Any:
    return text_parser(
        lambda text: parse_text(text, min_len=min_len, max_len=max_len, single_line=single_line)
    )


# Words that only measure: a "title" made of numbers and these says how much, not what.
_MEASURE_WORDS = frozenset(
    {
        *("ha", "hektar", "hektare", "hectare", "hectares", "m", "meter", "persegi", "km"),
        *("unit", "unitnya", "rumah", "kk", "jiwa", "rp", "rupiah", "juta", "jt"),
        *("miliar", "milyar", "persen"),
    }
)


def _parse_title(text: str) -> str:
    """A proposal's title: free text that names something ("12,5 ha" typed at the title step,
    the area answered too early, was taken as the title (fifteenth try-out))."""
    value = parse_text(text, min_len=5, max_len=150, single_line=True)
    words = re.findall(r"[^\W\d_]+", value.casefold())
    if not [word for word in words if word not in _MEASURE_WORDS]:
        raise Invalid("usul.title_field.only_numbers", typed=value)
    return value


def _parse_sk_number(text: str) -> str:
    """A decree's number: free text, but with a digit ("188.45/123/2022"); "lupa, nanti sy
    cek" is no number, and the proposal, its review and the export would carry it as one."""
    value = parse_text(text, min_len=3, max_len=120, single_line=True)
    if not any(char.isdigit() for char in value):
        raise Invalid("usul.sk_number.no_digit")
    if len(re.findall(r"\d+", value)) < 2:
        # "188." sent half-typed reached the province that way (fourteenth try-out): a
        # decree's number carries at least its number and its year.
        raise Invalid("usul.sk_number.incomplete", number=value)
    return value


def _regency(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.use_buttons")
    return find_regency(event.text).code


def _kecamatan(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.use_buttons")
    return find_kecamatan(answers["regency"], event.text).code


def _village(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.use_buttons")
    return find_village(answers["kecamatan"], event.text).code


# Above this a typed area is more likely m² without a unit ("12.500") than a real site: Kalteng's
# 111 slum locations total about 6,998 ha.
LARGE_AREA_HA = Decimal(100)
# Below this a cost is more likely a missing "juta" than a real housing activity.
SMALL_COST = 10_000_000
# Above this (Rp 100 M) one activity is more likely "T" typed for "M": asked to confirm.
LARGE_COST = 100_000_000_000


def _area(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.expect_text")
    area = parse_area_ha(event.text)
    if area > LARGE_AREA_HA:
        raise NeedsConfirmation("usul.area.large", str(area), area=format_ha(area))
    return str(area)


def _cost(event: Input, answers: Answers) -> int:
    if not isinstance(event, TextInput):
        raise Invalid("form.expect_text")
    cost = parse_rupiah(event.text)
    if cost < SMALL_COST:
        raise NeedsConfirmation("usul.cost.small", cost, cost=format_rupiah_full(cost))
    if cost > LARGE_COST:
        raise NeedsConfirmation("usul.cost.large", cost, cost=format_rupiah_full(cost))
    return cost


_UNIT_WORDS = {"kk": "KK", "jiwa": "jiwa", "unit": "unit rumah"}


def _people(event: Input, answers: Answers) -> int:
    people: int = _count("jiwa")(event, answers)
    households = answers.get("households")
    if isinstance(households, int) and people < households:
        # Every household has at least one member.
        raise Invalid("usul.people.fewer_than_households", people=people, households=households)
    return people


def _count(unit: str) -> Any:
    def parse(text: str) -> int:
        try:
            return parse_count(text, unit)
        except Invalid as problem:
            if problem.key != "count.wrong_unit":
                raise
            # The parser names units by code ("kk"); officers read them as words ("KK").
            expected = _UNIT_WORDS.get(str(problem.params["expected"]), "")
            typed = _UNIT_WORDS.get(str(problem.params["typed"]), "")
            raise Invalid("count.wrong_unit", expected=expected, typed=typed) from problem

    return text_parser(parse)


def _sk_date(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.expect_text")
    value = parse_date(event.text)
    if value > today():
        raise Invalid("usul.sk_date.future", date=format_date(value))
    return value.isoformat()


def point_parser(expected: str, outside: str) -> Parser:
    """A map point, shared or typed ("-2.21, 113.92"); refused with `expected` for anything
    else, and confirmed with `outside` when it lies outside Kalimantan Tengah."""

    def parse(event: Input, answers: Answers) -> list[float]:
        if isinstance(event, LocationInput):
            lat, lon = round(event.latitude, 6), round(event.longitude, 6)
        elif isinstance(event, TextInput):
            lat, lon = parse_coordinates(event.text)
        else:
            raise Invalid(expected)
        if not in_kalteng(lat, lon):
            # A dropped minus sign puts a site in another hemisphere: ask, don't refuse.
            raise NeedsConfirmation(outside, [lat, lon], lat=lat, lon=lon)
        return [lat, lon]

    return parse


_gps = point_parser("usul.gps.expected", "usul.gps.outside")


def _photo(event: Input, answers: Answers) -> dict[str, Any]:
    # Officers often send photos "as file" to keep the quality: accept images either way.
    if not isinstance(event, FileInput):
        raise Invalid("form.send_photo")
    if event.kind == "document" and not (event.mime_type or "").startswith("image/"):
        raise Invalid("usul.photos.not_image")
    return event.record()


def _pdf(event: Input, answers: Answers) -> dict[str, Any]:
    if not isinstance(event, FileInput) or event.kind != "document":
        raise Invalid("form.send_document")
    if event.mime_type != "application/pdf" and not (event.name or "").lower().endswith(".pdf"):
        raise Invalid("usul.documents.not_pdf")
    return event.record()


# --- checks and prompt parameters ----------------------------------------------------------


def _area_note(value: str, answers: Answers) -> Note | None:
    found = ruling(answers)
    if found is None or found.level is not Level.PROVINSI or found.quote is None:
        return None
    return Note("usul.area.in_authority", {"quote": found.quote, "source": found.source})


def _sk_age_note(value: str, answers: Answers) -> Note | None:
    issued = date.fromisoformat(value)
    now = today()
    years = now.year - issued.year - ((now.month, now.day) < (issued.month, issued.day))
    if years >= SK_MAX_AGE_YEARS:
        return Note("usul.sk_date.old", {"years": years, "max": SK_MAX_AGE_YEARS})
    return None


# A year a question names ("SK kami thn 2019", "SK 188.45/123/2023"): 1980 to 2099.
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")


def decree_age(question: str, this_year: int) -> tuple[int, int] | None:
    """The year of the slum decree a question names and its age in calendar years by
    `this_year` ("SK kumuh kami tahun 2019 masih berlaku?" in 2026: (2019, 7)); of several
    years, the earliest not in the future (the other is usually the proposal's); None if none.
    Only the year is known, so an age of exactly SK_MAX_AGE_YEARS may still be a year less."""
    years = sorted(y for y in map(int, _YEAR.findall(question)) if y <= this_year)
    return (years[0], this_year - years[0]) if years else None


def _in_sk_note(value: str, answers: Answers) -> Note | None:
    return Note("usul.in_sk.not_listed") if value == "tidak" else None


def _rtlh_land_note(value: str, answers: Answers) -> Note | None:
    # RTLH through the province needs the house on the applicant's own land (at least an SKT).
    if answers.get("type") == "rtlh" and value not in ("warga_sertifikat", "warga_skt"):
        return Note("usul.land.rtlh_own_land")
    return None


def cautions(answers: Answers) -> list[str]:
    """Text keys of what an admin should know before trusting the stamped level."""
    found = []
    if answers.get("in_sk") == "tidak":
        found.append("usul.caution.not_in_sk")
    sk_date = answers.get("sk_date")
    if sk_date and _sk_age_note(sk_date, answers) is not None:
        found.append("usul.caution.old_sk")
    if answers.get("type") == "rtlh" and answers.get("land_status") not in (
        "warga_sertifikat",
        "warga_skt",
    ):
        found.append("usul.caution.rtlh_land")
    return found


def _ack_params(answers: Answers) -> dict[str, object]:
    found = ruling(answers)
    assert found is not None  # asked only when a ruling exists
    area = format_ha(Decimal(answers["area_ha"])) if "area_ha" in answers else ""
    province = RULINGS["kumuh.10_to_15"].quote
    basis = (
        Note(
            "usul.ack.basis_quote",
            {"quote": found.quote, "source": found.source, "area": area, "province": province},
        )
        if found.quote is not None
        else Note(f"rule.{found.rule}", {"source": found.source})
    )
    return {
        "level": Note(f"level.{found.level}"),
        "basis": basis,
        "unconfirmed": Note("usul.ack.unconfirmed") if found.unconfirmed else "",
        "channels": tuple(Note(f"channel.{c}") for c in found.channels),
    }


def _location_params(answers: Answers) -> dict[str, object]:
    return {"extra": Note("usul.location_name.kumuh") if answers.get("type") == "kumuh" else ""}


def _kecamatan_options(answers: Answers) -> tuple[Option, ...]:
    return tuple(Option(k.code, k.name) for k in kecamatan_of(answers["regency"]))


def _village_options(answers: Answers) -> tuple[Option, ...]:
    return tuple(Option(v.code, v.name) for v in villages_of(answers["kecamatan"]))


def _cost_shown(value: int) -> str:
    full = format_rupiah_full(value)
    short = format_rupiah(value)
    return full if short == full else f"{full} (≈ {short})"


def _place_name(code: str) -> str:
    return area_by_code(code).name


PROPOSAL = Form(
    name="usul",
    title="usul.title",
    fields=(
        Field("title", "usul.title_field.label", "usul.title_field.prompt",
              hint="usul.title_field.hint", parse=text_parser(_parse_title), free_text=True),
        Field("type", "usul.type.label", "usul.type.prompt", options=_options("type", TYPES)),
        Field("psu_kind", "usul.psu_kind.label", "usul.psu_kind.prompt", when=_is("psu"),
              options=_options("psu_kind", ("permukiman", "perumahan"))),
        Field("housing_cause", "usul.housing_cause.label", "usul.housing_cause.prompt",
              when=_is("rumah"), options=_options("housing_cause", ("bencana", "relokasi"))),
        Field("housing_scale", "usul.housing_scale.label", "usul.housing_scale.prompt",
              when=_is("rumah"),
              options=_options("housing_scale", ("provinsi", "kabkota", "nasional"))),
        Field("sectors", "usul.sectors.label", "usul.sectors.prompt",
              options=_options("sectors", SECTORS, SECTOR_ALIASES), multi=True, min_choices=1,
              typed_answers_from=2),  # "jaling" alone: ticked, more may follow
        Field("regency", "usul.regency.label", "usul.regency.prompt",
              options=tuple(Option(r.code, r.short_name) for r in REGENCIES), parse=_regency,
              show=lambda code: regency_by_code(code).name),
        Field("kecamatan", "usul.kecamatan.label", "usul.kecamatan.prompt",
              hint="usul.kecamatan.hint", parse=_kecamatan, options=_kecamatan_options,
              show=_place_name, depends_on=("regency",)),
        Field("village", "usul.village.label", "usul.village.prompt", hint="usul.village.hint",
              parse=_village, options=_village_options, show=_place_name,
              depends_on=("kecamatan",)),
        Field("location_name", "usul.location_name.label", "usul.location_name.prompt",
              hint="usul.location_name.hint", parse=_text(3, 200),
              prompt_params=_location_params, free_text=True),
        Field("setting", "usul.setting.label", "usul.setting.prompt",
              options=_options("setting", ("perkotaan", "perdesaan"))),
        Field("area_ha", "usul.area.label", "usul.area.prompt", hint="usul.area.hint",
              when=lambda a: a["type"] != "rtlh", parse=_area,
              show=lambda v: format_ha(Decimal(v)), check=_area_note),
        Field("authority_ack", "usul.ack.label", "usul.ack.prompt",
              when=outside_authority, prompt_params=_ack_params, in_summary=False,
              options=(Option("lanjut", "usul.ack.continue", translate=True),
                       Option(CANCEL_OPTION, "usul.ack.cancel", translate=True)),
              depends_on=("type", "psu_kind", "housing_cause", "housing_scale", "area_ha")),
        Field("households", "usul.households.label", "usul.households.prompt",
              hint="usul.households.hint", parse=_count("kk"),
              show=lambda v: f"{format_count(v)} KK"),
        Field("people", "usul.people.label", "usul.people.prompt", hint="usul.people.hint",
              parse=_people, show=lambda v: f"{format_count(v)} jiwa",
              depends_on=("households",)),
        Field("units", "usul.units.label", "usul.units.prompt", hint="usul.units.hint",
              when=lambda a: a["type"] in ("rumah", "rtlh"), parse=_count("unit"),
              show=lambda v: f"{format_count(v)} unit"),
        Field("land_status", "usul.land.label", "usul.land.prompt",
              options=_options("land", LAND), check=_rtlh_land_note),
        Field("clean_clear", "usul.clean_clear.label", "usul.clean_clear.prompt",
              hint="usul.clean_clear.hint",
              options=(*YES_NO, Option("belum_tahu", "opt.unknown", translate=True))),
        Field("sk_number", "usul.sk_number.label", "usul.sk_number.prompt",
              hint="usul.sk_number.hint", when=_is("kumuh"),
              parse=text_parser(_parse_sk_number),
              free_text=True),
        Field("sk_date", "usul.sk_date.label", "usul.sk_date.prompt", hint="usul.sk_date.hint",
              when=_is("kumuh"), parse=_sk_date, check=_sk_age_note,
              show=lambda v: format_date(date.fromisoformat(v))),
        Field("in_sk", "usul.in_sk.label", "usul.in_sk.prompt", when=_is("kumuh"),
              options=YES_NO, check=_in_sk_note),
        Field("readiness", "usul.readiness.label", "usul.readiness.prompt",
              hint="usul.readiness.hint", options=_options("readiness", READINESS), multi=True),
        Field("cost", "usul.cost.label", "usul.cost.prompt", hint="usul.cost.hint",
              parse=_cost, show=_cost_shown),
        Field("funding", "usul.funding.label", "usul.funding.prompt",
              options=_options("funding", FUNDING)),
        Field("gps", "usul.gps.label", "usul.gps.prompt", hint="usul.gps.hint", optional=True,
              parse=_gps, request_location=True, show=lambda v: f"{v[0]:.6f}, {v[1]:.6f}"),
        Field("photos", "usul.photos.label", "usul.photos.prompt", hint="usul.photos.hint",
              collect="photo", parse=_photo, max_items=MAX_PHOTOS),
        Field("documents", "usul.documents.label", "usul.documents.prompt",
              hint="usul.documents.hint", collect="document", parse=_pdf, optional=True,
              max_items=MAX_DOCUMENTS),
        Field("justification", "usul.justification.label", "usul.justification.prompt",
              hint="usul.justification.hint", parse=_text(20, 3000, single_line=False),
              free_text=True),
    ),
)  # fmt: skip

# Not carried over by "salin usulan": what must be new for every site and every proposal.
NOT_COPIED = frozenset({"title", "photos", "documents", "gps", "authority_ack"})
