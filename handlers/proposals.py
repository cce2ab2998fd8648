"""/usul: officers submit activity proposals; admins are told of each new one."""

from __future__ import annotations

import logging
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import forms
from bot.domain.authority import Level
from bot.domain.forms import Answers, Draft
from bot.domain.proposal import NOT_COPIED, PROPOSAL, ruling
from bot.domain.quantities import format_ha, format_rupiah
from bot.domain.regions import regency_by_code
from bot.services import notify
from bot.texts import Raw, t
from handlers import flows
from handlers.context import Context, Identity
from handlers.queries import acknowledge
from storage import audit, drafts, proposals
from storage.db import Tx
from storage.proposals import NewProposal, Proposal

log = logging.getLogger(__name__)

PREFIX = "usul|"
SUBMITTED = "diajukan"
COPY_CHOICES = 5


class ProposalFlow(flows.FormFlow):
    """A proposal: stamped with its responsible level and a tracking code on submission."""

    form = PROPOSAL

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone  # the tracking code's year is the province's calendar year

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Proposal:
        """Store the proposal with the next code of the year and its first status event."""
        found = ruling(answers)
        new = NewProposal(
            officer_id=who.user_id,
            regency_code=answers["regency"],
            title=answers["title"],
            type=answers["type"],
            level=None if found is None else found.level.value,
            rule=None if found is None else found.rule,
            outside_authority=found is not None and found.level is not Level.PROVINSI,
            answers=answers,
        )
        year = datetime.now(self.zone).year
        proposal = await proposals.submit(tx, new, year=year, status=SUBMITTED)
        await audit.record(tx, who.user_id, "proposal.submitted", f"proposal:{proposal.code}")
        return proposal

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Give the officer the tracking code; tell every admin."""
        proposal: Proposal = result
        who = context.who
        message = update.effective_message
        assert message is not None
        text = t(
            who.lang,
            "usul.submitted",
            code=proposal.code,
            level_line=Raw(_level_line(proposal, who.lang)),
        )
        await message.reply_text(text)
        await notify.send_many(
            context.bot, sorted(context.state.settings.access.admin_ids), _admin_text(proposal, who)
        )


def _level_line(proposal: Proposal, lang: str) -> str:
    if proposal.level is None:
        return t(lang, "usul.level_unknown")
    if not proposal.outside_authority:
        return t(lang, "usul.level_province")
    return t(lang, "usul.level_outside", level=Raw(t(lang, f"level.{proposal.level}")))


def _admin_text(proposal: Proposal, who: Identity) -> str:
    lang = "id"  # the province works in Indonesian
    answers = proposal.answers
    if proposal.level is None:
        level = t(lang, "usul.admin_level_unknown")
    elif proposal.outside_authority:
        level = t(lang, "usul.admin_outside", level=Raw(t(lang, f"level.{proposal.level}")))
    else:
        level = t(lang, f"level.{proposal.level}")
    return t(
        lang,
        "usul.admin_new",
        code=proposal.code,
        regency=regency_by_code(proposal.regency_code).name,
        type=t(lang, f"usul.type.{proposal.type}"),
        area=format_ha(Decimal(answers["area_ha"])),
        cost=format_rupiah(answers["cost"]),
        level=Raw(level),
        officer=who.display_name,
        title=proposal.title,
    )


async def start_proposal(update: Update, context: Context) -> None:
    """/usul: resume or restart an open draft, copy an earlier proposal, or start afresh."""
    who = context.who
    message = update.effective_message
    assert message is not None
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, who.user_id)
        earlier = await proposals.of_officer(tx, who.user_id, limit=1)
    if stored is not None and stored.form == PROPOSAL.name:
        draft = forms.fit(PROPOSAL, Draft.from_json(stored.form, stored.state))
        await message.reply_text(
            _draft_question(draft, who.lang),
            reply_markup=_buttons(who.lang, ("resume", "btn.usul_resume"), ("new", "btn.usul_new")),
        )
        return
    if stored is None and earlier:
        await message.reply_text(
            t(who.lang, "usul.start_choice"),
            reply_markup=_buttons(who.lang, ("blank", "btn.usul_blank"), ("copy", "btn.usul_copy")),
        )
        return
    await _begin(update, context)  # also resumes a draft of another form, which comes first


def _draft_question(draft: Draft, lang: str) -> str:
    applicable = PROPOSAL.applicable(draft.answers)
    answered = sum(1 for f in applicable if f.name in draft.answers)
    n, total = min(answered + 1, len(applicable)), len(applicable)
    title = draft.answers.get("title")
    if title:
        return t(lang, "usul.draft_open", title=title, n=n, total=total)
    return t(lang, "usul.draft_open_untitled", n=n, total=total)


def _buttons(lang: str, *choices: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t(lang, key), callback_data=PREFIX + op) for op, key in choices]]
    )


async def _begin(
    update: Update,
    context: Context,
    prefill: Answers | None = None,
    *,
    fresh: bool = False,
    notice: str | None = None,
) -> None:
    who = context.who
    answers = dict(prefill or {})
    locked: tuple[str, ...] = ()
    if not who.is_admin:
        # An officer proposes for their own regency only.
        if answers.get("regency") != who.officer.regency_code:
            for name in ("regency", "kecamatan", "village"):
                answers.pop(name, None)
        answers["regency"] = who.officer.regency_code
        locked = ("regency",)
    flow = context.state.flows[PROPOSAL.name]
    await flows.begin(update, context, flow, answers, locked=locked, fresh=fresh, notice=notice)


async def choose(update: Update, context: Context) -> None:
    """The buttons under /usul's question: resume, start anew, blank, copy (and which)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    op, _, arg = query.data.removeprefix(PREFIX).partition("|")
    who = context.who
    if op == "resume":
        await _begin(update, context)
    elif op == "new":
        await _begin(update, context, fresh=True, notice="usul.new_started")
    elif op == "blank":
        await _begin(update, context)
    elif op == "copy" and not arg:
        await flows.clear_buttons(query.message)
        await _offer_copies(update, context)
    elif op == "copy" and arg.isdigit():
        async with context.state.db.transaction(write=False) as tx:
            source = await proposals.by_id(tx, int(arg))
        if source is None or not _may_see(who, source):
            await flows.clear_buttons(query.message)
            await context.bot.send_message(who.chat_id, t(who.lang, "usul.copy_missing"))
            return
        prefill = {k: v for k, v in source.answers.items() if k not in NOT_COPIED}
        await _begin(update, context, prefill, fresh=True)


def _may_see(who: Identity, proposal: Proposal) -> bool:
    """Officers see their own regency's proposals only; admins see all."""
    return who.is_admin or proposal.regency_code == who.officer.regency_code


async def _offer_copies(update: Update, context: Context) -> None:
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        earlier = await proposals.of_officer(tx, who.user_id, limit=COPY_CHOICES)
    rows = [
        [InlineKeyboardButton(f"{p.code} · {p.title[:40]}", callback_data=f"{PREFIX}copy|{p.id}")]
        for p in earlier
    ]
    await context.bot.send_message(
        who.chat_id, t(who.lang, "usul.choose_copy"), reply_markup=InlineKeyboardMarkup(rows)
    )


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Proposal submission."""
    return [
        CommandHandler("usul", start_proposal),
        CallbackQueryHandler(choose, pattern=r"^usul\|(resume|new|blank|copy)(\|\d+)?$"),
    ]
