"""How a proposal is shown: the review card, the full detail with its timeline and files,
status rows, and which buttons each reader gets."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputMediaDocument, InputMediaPhoto
from telegram.error import BadRequest

from bot.domain import buttons, lifecycle
from bot.domain.lifecycle import Actor, Status
from bot.domain.proposal import PROPOSAL
from bot.domain.quantities import format_datetime, format_ha, format_rupiah
from bot.domain.regions import regency_by_code
from bot.domain.textsplit import shorten, split_message
from bot.texts import Raw, t
from handlers import priorities
from handlers.plumbing import form_view
from handlers.plumbing.context import Context, Identity
from storage.proposals import Proposal, ProposalEvent

log = logging.getLogger(__name__)

SERVICE_DAYS = 3  # LAPOR!'s standard: verified within 3 working days
ICONS = {
    Status.VERIFIKASI: "🔍",
    Status.PERLU_PERBAIKAN: "↩️",
    Status.DIBAHAS_RAKOR: "🗂",
    Status.DISETUJUI: "✅",
    Status.DITOLAK: "❌",
    Status.DIALIHKAN: "🔀",
}
# "USL-2026-0002", "usl 2026 2", "2026/2", "0002", "2": year optional, sequence required.
_CODE = re.compile(r"^(?:usl)?[\s\-/.]*(?:(20\d\d)[\s\-/.]+)?0*(\d{1,5})$", re.IGNORECASE)


def read_code(text: str) -> tuple[int | None, int] | None:
    """A tracking code as officers type it: (year or None, sequence), or None."""
    found = _CODE.match(text.strip())
    if found is None or int(found[2]) == 0:
        return None
    return (int(found[1]) if found[1] else None), int(found[2])


def working_days_between(start: datetime, end: datetime) -> int:
    """Whole working days (Monday to Friday) from `start` to `end`; holidays not known."""
    days, day = 0, start.date()
    while day < end.date():
        day += timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def when(stamp: str, context: Context) -> str:
    """A stored UTC timestamp as officers read it: "28/11/2026 09.00" in the province's zone."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return format_datetime(moment.astimezone(context.state.settings.schedule.timezone))


def _stamp(proposal: Proposal, lang: str) -> str:
    if proposal.level is None:
        return t(lang, "status.level_none")
    level = t(lang, f"level.{proposal.level}")
    return level + (" ⚠️" if proposal.outside_authority else "")


def status_row(proposal: Proposal, context: Context, lang: str) -> str:
    return t(
        lang,
        "status.row",
        code=proposal.code,
        title=proposal.title,
        status=t(lang, f"proposal.{proposal.status}"),
        level=Raw(_stamp(proposal, lang)),
        when=when(proposal.updated_at, context),
    )


def event_line(event: ProposalEvent, context: Context, lang: str) -> str:
    """One step of a proposal's timeline, with its note and redirect."""
    line = t(
        lang,
        "status.event",
        when=when(event.at, context),
        status=t(lang, f"proposal.{event.to_status}"),
    )
    if event.redirect:
        line += " → " + t(lang, f"redirect.{event.redirect}")
    if event.note:
        line += "\n   " + t(lang, "review.note", note=event.note)
    return line


# What an officer can do about a proposal they cannot change themselves (fourteenth try-out:
# "saya mau ubah biaya usulan 0002, salah ketik" and "bisa diajukan ulang?" got the card only).
OFFICER_HINTS = {
    Status.DIAJUKAN: "usul.hint_change",
    Status.VERIFIKASI: "usul.hint_change",
    Status.DITOLAK: "usul.hint_rejected",
}


def officer_buttons(
    proposal: Proposal, lang: str, *, files: bool = False
) -> InlineKeyboardMarkup | None:
    """What the regency's officer may do with it now: revise, withdraw; with `files`, see its
    photos, PDFs and point when it has any."""
    status = Status(proposal.status)
    rows = []
    if files and (count := _files_count(proposal.answers, lang)):
        button = InlineKeyboardButton(
            t(lang, "btn.files", what=count),
            callback_data=buttons.PROPOSAL.pack("files", proposal.id),
        )
        rows.append([button])
    row = []
    if status is Status.PERLU_PERBAIKAN:
        row.append(
            InlineKeyboardButton(
                t(lang, "btn.revise"), callback_data=buttons.PROPOSAL.pack("fix", proposal.id)
            )
        )
    if Status.DIBATALKAN in lifecycle.allowed(status, Actor.OFFICER):
        row.append(
            InlineKeyboardButton(
                t(lang, "btn.withdraw"), callback_data=buttons.PROPOSAL.pack("wd", proposal.id)
            )
        )
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows) if rows else None


def _files_count(answers: Mapping[str, Any], lang: str) -> str:
    """ "3 foto, 2 PDF, titik lokasi": what the files button sends; "" when nothing."""
    parts = []
    if photos := len(answers.get("photos") or []):
        parts.append(t(lang, "files.photos", n=photos))
    if documents := len(answers.get("documents") or []):
        parts.append(t(lang, "files.documents", n=documents))
    if answers.get("gps"):
        parts.append(t(lang, "files.point"))
    return ", ".join(parts)


def may_see(who: Identity, proposal: Proposal) -> bool:
    """Officers see their own regency's proposals only; admins see all."""
    return who.is_admin or proposal.regency_code == who.officer.regency_code


def queue_line(proposal: Proposal, lang: str, context: Context, submitted: str | None) -> str:
    """One proposal in the queue: code, regency, status, cost, title, and a flag if overdue."""
    waited = _overdue(proposal, context, submitted)
    return t(
        lang,
        "review.queue_row",
        code=proposal.code,
        regency=regency_by_code(proposal.regency_code).short_name,
        status=t(lang, f"proposal.{proposal.status}"),
        cost=format_rupiah(proposal.answers["cost"]) if "cost" in proposal.answers else "—",
        title=shorten(proposal.title, 60),
        flag=f" ⏰{waited}" if waited else "",
    )


def _overdue(proposal: Proposal, context: Context, submitted: str | None) -> int:
    """Working days waited for the province beyond the standard (0 when within it)."""
    if submitted is None or proposal.status not in lifecycle.WAITING_FOR_PROVINCE:
        return 0
    zone = context.state.settings.schedule.timezone  # working days are the province's days
    since = datetime.fromisoformat(submitted.replace("Z", "+00:00")).astimezone(zone)
    waited = working_days_between(since, context.state.now().astimezone(zone))
    return waited if waited > SERVICE_DAYS else 0


def card(
    proposal: Proposal, lang: str, context: Context, submitted: str | None
) -> tuple[str, InlineKeyboardMarkup]:
    """A compact line-up of one proposal with its allowed moves and "Detail"."""
    answers = proposal.answers
    area = answers.get("area_ha")
    level = t(lang, f"level.{proposal.level}") if proposal.level else "—"
    lines = [
        t(
            lang,
            "review.card",
            code=proposal.code,
            regency=regency_by_code(proposal.regency_code).short_name,
            type=t(lang, f"usul.type.{proposal.type}"),
            status=t(lang, f"proposal.{proposal.status}"),
            title=proposal.title,
            cost=format_rupiah(answers["cost"]) if "cost" in answers else "—",
            households=answers.get("households", "—"),
            area=format_ha(Decimal(area)) if area else "—",
            level=Raw(level + (" ⚠️" if proposal.outside_authority else "")),
        )
    ]
    waited = _overdue(proposal, context, submitted)
    if waited:
        lines.append(t(lang, "review.overdue", days=waited, max=SERVICE_DAYS))
    return "\n".join(lines), admin_moves(proposal, lang)


def version(proposal: Proposal) -> str:
    """The proposal's last change as a short token: a button made before a later change
    (a revision, another admin's move) is refused, even if the status name matches again."""
    moment = datetime.fromisoformat(proposal.updated_at.replace("Z", "+00:00"))
    number, digits = int(moment.timestamp() * 1000), ""
    while True:
        number, rest = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
        if not number:
            return digits


def admin_moves(proposal: Proposal, lang: str) -> InlineKeyboardMarkup:
    """The moves an admin may make now, each pinned to this version of the proposal."""
    status = Status(proposal.status)
    pin = version(proposal)
    keyboard = [
        InlineKeyboardButton(
            f"{ICONS.get(to, '')} {t(lang, f'proposal.{to.value}')}".strip(),
            callback_data=buttons.REVIEW_MOVE.pack("t", proposal.id, status.value, to.value, pin),
        )
        for to in lifecycle.allowed(status, Actor.ADMIN)
    ]
    rows = [keyboard[i : i + 2] for i in range(0, len(keyboard), 2)]
    rows.append(
        [
            InlineKeyboardButton(
                t(lang, "btn.detail"), callback_data=buttons.REVIEW_DETAIL.pack("d", proposal.id)
            )
        ]
    )
    return InlineKeyboardMarkup(rows)


async def send_detail(
    context: Context,
    proposal: Proposal,
    history: list[Any],
    who: Identity,
    submitted: str | None = None,
    *,
    files: bool = True,
) -> None:
    """The full proposal for whoever may see it; admins also get the move buttons. Without
    `files` its photos, PDFs and point come on a button's press instead (an officer checking
    a status on mobile data gets the text, not every file again)."""
    lang = who.lang
    answers = proposal.answers
    rows = [
        t(lang, "form.summary_row", label=t(lang, f.label), value=form_view.shown(f, answers, lang))
        for f in PROPOSAL.applicable(answers)
        if f.in_summary and f.name in answers
    ]
    head = t(
        lang, "review.detail_head", code=proposal.code, title=proposal.title,
        status=t(lang, f"proposal.{proposal.status}"),
    )  # fmt: skip
    if who.is_admin:
        result = priorities.proposal_score(proposal, context)
        rows.append(
            t(lang, "priority.detail", score=priorities.points(result.total),
              components=priorities.components_text(result, lang))
        )  # fmt: skip
    timeline = [event_line(e, context, lang) for e in history]
    body = "\n".join([head, "", *rows, "", t(lang, "review.timeline"), *timeline])
    hint = None if who.is_admin else OFFICER_HINTS.get(Status(proposal.status))
    if hint is not None:
        body += "\n\n" + t(lang, hint)
    pieces = split_message(body)
    markup: InlineKeyboardMarkup | None = (
        admin_moves(proposal, lang)
        if who.is_admin
        else officer_buttons(proposal, lang, files=not files)
    )
    for number, piece in enumerate(pieces, start=1):
        await context.bot.send_message(
            who.chat_id, piece, reply_markup=markup if number == len(pieces) else None
        )
    if files:
        await send_files(context, proposal, who)


async def send_files(context: Context, proposal: Proposal, who: Identity) -> None:
    """A proposal's photos, PDFs and point, as albums where there are several."""
    lang, answers = who.lang, proposal.answers
    photos = [p["file_id"] for p in answers.get("photos") or []]
    documents = [d["file_id"] for d in answers.get("documents") or []]
    try:
        if len(photos) == 1:
            await context.bot.send_photo(who.chat_id, photos[0])
        elif photos:
            await context.bot.send_media_group(
                who.chat_id, [InputMediaPhoto(file_id) for file_id in photos[:10]]
            )
        if len(documents) == 1:
            await context.bot.send_document(who.chat_id, documents[0])
        elif documents:
            await context.bot.send_media_group(
                who.chat_id, [InputMediaDocument(file_id) for file_id in documents[:10]]
            )
    except BadRequest as error:
        # A file id Telegram no longer knows (another bot token, a purged file): say so
        # rather than fail the whole detail.
        log.warning("files of %s could not be re-sent: %s", proposal.code, error)
        await context.bot.send_message(who.chat_id, t(lang, "review.files_unavailable"))
    gps = answers.get("gps")
    if gps:
        await context.bot.send_location(who.chat_id, latitude=gps[0], longitude=gps[1])
