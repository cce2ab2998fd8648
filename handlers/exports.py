"""/ekspor: every proposal as an XLSX (or CSV) for the Rakor, with a chart per regency."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

from telegram import InputFile, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.domain.errors import Invalid
from bot.domain.priority import Weights, score
from bot.domain.regions import regency_by_code
from bot.texts import t
from handlers.plumbing.context import Context
from handlers.plumbing.filters import read_filters, with_filters
from handlers.priorities import COMPONENTS, today_in
from storage import proposals
from storage.proposals import Proposal

PROGRESS_AFTER_S = 1.0  # show "preparing…" only when the export takes longer than this
_YEAR = re.compile(r"^20\d\d$")


def _score_columns(
    weights: Weights, context: Context, lang: str
) -> list[tuple[str, Callable[[Proposal], object]]]:
    today = today_in(context)
    cache: dict[int, Any] = {}

    def result(proposal: Proposal) -> Any:
        if proposal.id not in cache:
            cache[proposal.id] = score(proposal.answers, weights, today=today)
        return cache[proposal.id]

    columns: list[tuple[str, Callable[[Proposal], object]]] = [
        (t(lang, "export.score"), lambda p: result(p).total)
    ]

    def component(index: int) -> Callable[[Proposal], object]:
        return lambda proposal: result(proposal).components[index].points

    for index, name in enumerate(COMPONENTS):
        label = t(lang, "export.component", name=t(lang, f"priority.{name}"))
        columns.append((label, component(index)))
    return columns


async def export(update: Update, context: Context) -> None:
    """/ekspor [tahun] [kabupaten] [status] [csv] [prioritas]."""
    who = context.who
    try:
        options = read_filters(list(context.args or ()), ("csv", "prioritas"))
    except Invalid:
        await context.bot.send_message(who.chat_id, t(who.lang, "export.bad_filter"))
        return
    async with context.state.db.transaction(write=False) as tx:
        rows = await proposals.for_export(
            tx,
            budget_year=options.get("budget_year"),
            regency_code=options.get("regency"),
            status=options.get("status"),
        )
    if not rows:
        none = with_filters(t(who.lang, "export.none"), options, who.lang)
        await context.bot.send_message(who.chat_id, none)
        return
    zone = context.state.settings.schedule.timezone
    columns = _score_columns(context.state.settings.priority, context, who.lang)

    # Imported here: openpyxl and matplotlib take most of a second to load, which every start
    # of the bot would pay for a command admins use a few times a year.
    from bot.services.export import proposals_csv, proposals_xlsx, status_chart_png

    def build() -> tuple[bytes, bytes]:
        if options.get("prioritas"):  # scoring thousands of proposals: off the event loop too
            total = columns[0][1]
            rows.sort(key=lambda p: -float(str(total(p))))
        make = proposals_csv if options.get("csv") else proposals_xlsx
        return make(rows, who.lang, zone=zone, extra_columns=columns), status_chart_png(
            rows, who.lang
        )

    # Big exports run off the event loop, so other officers are answered meanwhile.
    job = asyncio.ensure_future(asyncio.to_thread(build))
    done, _ = await asyncio.wait({job}, timeout=PROGRESS_AFTER_S)
    progress = None
    if not done:
        progress = await context.bot.send_message(
            who.chat_id, t(who.lang, "export.progress", n=len(rows))
        )
    data, chart = await job
    name = _file_name(options, "csv" if options.get("csv") else "xlsx")
    # A CSV file is one table: no summary sheet to point to (thirteenth try-out).
    caption_key = "export.caption_csv" if options.get("csv") else "export.caption"
    await context.bot.send_document(
        who.chat_id,
        InputFile(data, filename=name),
        caption=t(who.lang, caption_key, n=len(rows)),
    )
    await context.bot.send_photo(
        who.chat_id, InputFile(chart, filename="grafik.png"), caption=t(who.lang, "export.chart")
    )
    if progress is not None:
        await progress.delete()


def _file_name(options: dict[str, Any], extension: str) -> str:
    parts = ["usulan"]
    if "budget_year" in options:
        parts.append(f"ta{options['budget_year']}")
    if "regency" in options:
        parts.append(regency_by_code(options["regency"]).short_name.lower().replace(" ", "-"))
    if "status" in options:
        parts.append(options["status"])
    return "-".join(parts) + f".{extension}"


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Exports."""
    return [CommandHandler("ekspor", export)]
