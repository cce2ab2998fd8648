"""Where proposals stand: /status (paged), one proposal with its timeline, and the officer's
own moves on it: revise when returned, withdraw before a decision."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons
from bot.domain.lifecycle import Status
from bot.domain.textsplit import shorten, split_message
from bot.texts import t
from handlers import proposal_view
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import proposals
from storage.db import Tx
from storage.officers import Status as OfficerStatus
from storage.proposals import Proposal

PAGE = 10
# A returned, refused or redirected proposal's row shows the province's last note, cut here.
NOTE_SHOWN = 300
TURNED_DOWN_SHOWN = 3  # beside a general answer: the latest few, /status has the rest
WITH_NOTE = frozenset({Status.PERLU_PERBAIKAN, Status.DITOLAK, Status.DIALIHKAN})
ECHO_CHARS = 40  # what a typed code is echoed as, at most
PREFIX = "status|"


async def find_visible(context: Context, typed: str) -> Proposal | None:
    """The proposal a loosely typed code names, among those the user may see."""
    who = context.who
    read = proposal_view.read_code(typed)
    if read is None:
        return None
    year, seq = read
    async with context.state.db.transaction(write=False) as tx:
        found = await proposals.by_codes_ending(tx, year, seq)
    visible = [p for p in found if proposal_view.may_see(who, p)]
    return visible[0] if visible else None


async def show(update: Update, context: Context, code: str | None, offset: int = 0) -> None:
    """One proposal by code (with its timeline), or a page of the regency's proposals."""
    who = context.who
    if who.role is Role.GUEST:
        pending = who.officer.status is OfficerStatus.PENDING  # waiting: /start would not help
        key = "access.pending" if pending else "status.register_first"
        await context.bot.send_message(who.chat_id, t(who.lang, key))
        return
    if code is not None:
        proposal = await find_visible(context, code)
        if proposal is None:
            # Not found and not yours look alike on purpose: codes of others reveal nothing.
            typed = code if len(code) <= ECHO_CHARS else code[: ECHO_CHARS - 1] + "…"
            await context.bot.send_message(who.chat_id, t(who.lang, "status.not_found", code=typed))
            return
        async with context.state.db.transaction(write=False) as tx:
            history = await proposals.events(tx, proposal.id)
        # The officer's files come on a button: a status checked often stays one message.
        await proposal_view.send_detail(context, proposal, history, who, files=who.is_admin)
        return
    regency = None if who.is_admin else who.officer.regency_code
    async with context.state.db.transaction(write=False) as tx:
        listed, total = await proposals.regency_page(tx, regency or None, PAGE, offset)
        notes = await _last_notes(tx, listed)
    if not listed:
        key = "status.none_province" if who.is_admin else "status.none"
        await context.bot.send_message(who.chat_id, t(who.lang, key))
        return
    title = "status.title_province" if who.is_admin else "status.title"
    lines = [t(who.lang, title, first=offset + 1, last=offset + len(listed), total=total)]
    lines.extend(_rows(context, listed, notes, who.lang))
    lines.append(t(who.lang, "status.hint"))
    markup = None
    if offset + PAGE < total:
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(t(who.lang, "btn.next_page"),
                                   callback_data=buttons.STATUS_PAGE.pack("p", offset + PAGE))]]
        )  # fmt: skip
    pieces = split_message("\n\n".join(lines))
    for number, piece in enumerate(pieces, start=1):
        await context.bot.send_message(
            who.chat_id, piece, reply_markup=markup if number == len(pieces) else None
        )


async def turned_down(context: Context, lang: str) -> str:
    """The officer's regency's refused and redirected proposals with the province's last
    note on each, for "kenapa usulan kami ditolak?" beside the general answer."""
    regency = context.who.officer.regency_code or ""  # an approved officer always has one
    async with context.state.db.transaction(write=False) as tx:
        listed = await proposals.turned_down_of_regency(tx, regency, TURNED_DOWN_SHOWN)
        notes = await _last_notes(tx, listed)
    if not listed:
        return t(lang, "status.none_turned_down")
    rows = _rows(context, listed, notes, lang)
    return "\n\n".join([t(lang, "status.title_turned_down"), *rows, t(lang, "status.hint")])


async def _last_notes(tx: Tx, listed: list[Proposal]) -> dict[int, str]:
    """The province's last note on each returned, refused or redirected proposal."""
    notes: dict[int, str] = {}
    for proposal in listed:
        if proposal.status in WITH_NOTE:
            # "Kenapa dikembalikan?" is the officer's next question: the note answers it.
            noted = [e.note for e in await proposals.events(tx, proposal.id) if e.note]
            if noted:
                notes[proposal.id] = noted[-1]
    return notes


def _rows(context: Context, listed: list[Proposal], notes: dict[int, str], lang: str) -> list[str]:
    rows = []
    for proposal in listed:
        row = proposal_view.status_row(proposal, context, lang)
        if proposal.id in notes:
            row += "\n" + t(lang, "review.note", note=_short(notes[proposal.id]))
        rows.append(row)
    return rows


def _short(note: str) -> str:
    return shorten(note, NOTE_SHOWN)


async def status_command(update: Update, context: Context) -> None:
    """/status and /status USL-2026-0042 (or "2026-42", "0042")."""
    code = " ".join(context.args) if context.args else None
    await show(update, context, code)
    await flows.remind(context)


async def next_page(update: Update, context: Context) -> None:
    """ "Berikutnya": the next page of /status."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    _, offset = pressed(buttons.STATUS_PAGE, query)
    await show(update, context, None, offset=offset)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Proposal status."""
    return [
        CommandHandler("status", status_command),
        CallbackQueryHandler(next_page, pattern=buttons.STATUS_PAGE.pattern),
    ]
