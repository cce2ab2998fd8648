"""/prioritas: proposals ranked by their priority score, and where an indicative budget ends."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.domain.errors import Invalid
from bot.domain.lifecycle import Status
from bot.domain.priority import Ranked, Score, Weights, parse_budget, rank, score
from bot.domain.quantities import format_rupiah
from bot.domain.regions import REGENCIES, regency_by_code
from bot.domain.textsplit import shorten, split_message
from bot.texts import t
from handlers.plumbing.context import Context
from handlers.plumbing.filters import describe, read_filters, with_filters
from storage import proposals
from storage.proposals import Proposal

# What competes for the budget: everything not rejected, redirected, withdrawn or returned.
CANDIDATES = (Status.DIAJUKAN, Status.VERIFIKASI, Status.DIBAHAS_RAKOR, Status.DISETUJUI)
COMPONENTS = ("readiness", "reach", "cost_efficiency", "authority", "integration")
LISTED = 60
SCORE_CACHE_MAX = 50_000
_YEAR = re.compile(r"^20\d\d$")
_MONEY_WORDS = frozenset(
    {"pagu", "rp", "rp.", "m", "miliar", "milyar", "juta", "jt", "t", "triliun"}
)


def points(value: float) -> str:
    """A score the Indonesian way: "62,5"."""
    return f"{value:.1f}".replace(".", ",")


def components_text(result: Score, lang: str) -> str:
    """ "kesiapan 30 · jangkauan 14,2 · …": every component beside the total."""
    return " · ".join(
        f"{t(lang, f'priority.{c.name}')} {points(c.points)}/{points(c.max_points)}"
        for c in result.components
    )


def today_in(context: Context) -> date:
    """The province's date."""
    return context.state.now().astimezone(context.state.settings.schedule.timezone).date()


def cached_score(context: Context, proposal_id: int, updated_at: str) -> Score | None:
    """A score computed before for this version of the proposal today, if any."""
    key = (proposal_id, updated_at, today_in(context).toordinal())
    found: Score | None = context.state.score_cache.get(key)
    return found


def proposal_score(proposal: Proposal, context: Context) -> Score:
    """One proposal's score with the configured weights (remembered until it or the day
    changes: sorting the whole queue by priority scores thousands of proposals)."""
    today = today_in(context)
    key = (proposal.id, proposal.updated_at, today.toordinal())
    cache: dict[tuple[int, str, int], Score] = context.state.score_cache
    found = cache.get(key)
    if found is None:
        if len(cache) > SCORE_CACHE_MAX:
            cache.clear()
        found = cache[key] = score(proposal.answers, context.state.settings.priority, today=today)
    return found


async def candidates(
    context: Context, regency: str | None, budget_year: int | None
) -> list[Proposal]:
    """The proposals that compete for the budget."""
    async with context.state.db.transaction(write=False) as tx:
        found = await proposals.for_export(tx, budget_year=budget_year, regency_code=regency)
    return [p for p in found if p.status in CANDIDATES]


def ranked(found: list[Proposal], weights: Weights, budget: int, today: date) -> list[Ranked]:
    """The ranking of `found` against `budget` (0: no budget given)."""
    items = [(p.code, p.regency_code, p.answers) for p in found]
    return rank(items, weights, budget=budget, today=today)


async def show_priorities(update: Update, context: Context) -> None:
    """/prioritas [pagu] [tahun] [kabupaten]: the ranked list with running total and cut-off."""
    who = context.who
    lang = who.lang
    words = list(context.args or ())
    # Money words go to the budget ("pagu indikatif, Rp 25 M", "2,5 miliar"); the others are
    # filters ("TA 2027", "palangka raya").
    money, other = [], []
    for word in words:
        plain = word.casefold().strip(",.:")
        if plain in ("indikatif", "anggaran"):
            continue
        if _YEAR.match(plain) or plain in ("ta", "tahun"):
            other.append(word)
        elif any(ch.isdigit() for ch in plain) or plain in _MONEY_WORDS:
            money.append(word)
        else:
            other.append(word)
    try:
        filters = read_filters(other)
        budget = parse_budget(" ".join(money)) if money else 0
    except Invalid as refusal:
        # "pagu 500": a number without its unit is asked back with both readings (fifteenth
        # try-out: it was "not recognised", as if the number were wrong).
        bare = refusal.key == "money.missing_unit"
        key = "priority.bare_budget" if bare else "priority.bad_budget"
        typed = refusal.params.get("value", "")
        await context.bot.send_message(who.chat_id, t(lang, key, typed=typed))
        return
    regency, year = filters.get("regency"), filters.get("budget_year")
    found = await candidates(context, regency, year)
    if not found:
        none = with_filters(t(lang, "priority.none"), filters, lang)
        await context.bot.send_message(who.chat_id, none)
        return
    by_code = {p.code: p for p in found}
    # The province's budget funds only what is the province's to do: a proposal marked
    # outside its authority (a PSU in a housing estate, a slum under 10 ha) never takes a
    # share of the pagu, whatever its score (thirteenth try-out: one did).
    outside = [p for p in found if p.outside_authority] if budget else []
    competing = [p for p in found if p not in outside]
    ranking = ranked(competing, context.state.settings.priority, budget, today_in(context))
    lines = [
        t(lang, "priority.head_budget" if budget else "priority.head", n=len(ranking),
          budget=format_rupiah(budget)),
        t(lang, "priority.legend"),
    ]  # fmt: skip
    if shown := describe(filters, lang):
        lines.insert(1, t(lang, "list.filtered", filters=shown))
    for place, row in enumerate(ranking[:LISTED], start=1):
        mark = ("✅" if row.within_budget else "✂️") if budget else ""
        lines.append(
            t(
                lang,
                "priority.row",
                place=place,
                code=row.key,
                regency=regency_by_code(row.regency).short_name,
                title=shorten(by_code[row.key].title, 40),
                score=points(row.score.total),
                cost=format_rupiah(row.cost),
                total=format_rupiah(row.running_total) if budget else "—",
                mark=mark,
            )
        )
    if len(ranking) > LISTED:
        lines.append(t(lang, "priority.more", n=len(ranking) - LISTED))
    if outside:
        codes = ", ".join(p.code for p in outside)
        lines.append(t(lang, "priority.outside", n=len(outside), codes=codes))
    if budget:
        lines.append("")
        lines.append(_summary(ranking, budget, lang))
    for piece in split_message("\n".join(lines)):
        await context.bot.send_message(who.chat_id, piece)


def _summary(ranking: list[Ranked], budget: int, lang: str) -> str:
    used = max((r.running_total for r in ranking), default=0)
    lines = [
        t(
            lang,
            "priority.summary",
            funded=sum(r.within_budget for r in ranking),
            n=len(ranking),
            used=format_rupiah(used),
            left=format_rupiah(budget - used),
        )
    ]
    for regency in REGENCIES:
        mine = [r for r in ranking if r.regency == regency.code]
        if not mine:
            continue
        lines.append(
            t(
                lang,
                "priority.regency_row",
                regency=regency.short_name,
                funded=sum(r.within_budget for r in mine),
                n=len(mine),
                amount=format_rupiah(sum(r.cost for r in mine if r.within_budget)),
            )
        )
    return "\n".join(lines)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Priorities."""
    return [CommandHandler("prioritas", show_priorities)]
