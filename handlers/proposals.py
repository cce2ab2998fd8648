"""/usul: officers submit activity proposals; admins are told of each new one."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons, forms, lifecycle
from bot.domain.asides import aside_question
from bot.domain.authority import Level
from bot.domain.forms import Answers, Draft, Field, TextInput
from bot.domain.lifecycle import Actor, Status
from bot.domain.proposal import NOT_COPIED, PROPOSAL, cautions, ruling
from bot.domain.quantities import format_ha, format_rupiah_full
from bot.domain.regions import regency_by_code
from bot.domain.textsplit import shorten
from bot.services import notify
from bot.services.proposal_notices import review_button
from bot.texts import Raw, t
from handlers import deadlines, proposal_view, review
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, drafts, proposals
from storage.db import Tx
from storage.proposals import NewProposal, Proposal

log = logging.getLogger(__name__)

SUBMITTED = "diajukan"
COPY_CHOICES = 5
RETURNED_LOOKED_AT = 20  # an officer's latest proposals searched for one sent back
# Typed at "Hapus draf ...?": delete it and start anew, or (besides the form's no-words)
# keep it and go on; "batal" there cancels the deleting, not the draft.
DELETE_WORDS = forms.YES_WORDS | {"hapus", "hapus saja", "hapus aja", "mulai baru", "ya hapus"}
RESUME_WORDS = frozenset({"lanjut", "lanjutkan", "lanjutkan draf", "batal", "jangan hapus"})


class ProposalFlow(flows.FormFlow):
    """A proposal: stamped with its responsible level and a tracking code on submission."""

    form = PROPOSAL
    role = Role.OFFICER

    def __init__(self, zone: ZoneInfo, admin_ids: frozenset[int]) -> None:
        self.zone = zone  # the tracking code's year is the province's calendar year
        self.admin_ids = admin_ids

    async def refusal(self, context: Context, answers: Answers) -> str | None:
        """Past the budget year's deadline (and not reopened), proposals wait for the province."""
        if context.who.is_admin:
            return None
        closed = await deadlines.closed_deadline(context)
        return None if closed is None else await deadlines.closed_text(context, closed)

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Proposal:
        """Store the proposal with the next code of the year and its first status event."""
        year = datetime.now(self.zone).year
        proposal = await proposals.submit(
            tx, _stamped(who.user_id, answers), year=year, status=SUBMITTED
        )
        await audit.record(tx, who.user_id, "proposal.submitted", f"proposal:{proposal.code}")
        for admin_id in sorted(self.admin_ids):
            await notify.queue(
                tx,
                f"proposal-new:{proposal.code}:{admin_id}",
                admin_id,
                _admin_text(proposal, who),
                review_button(proposal.id),
                ref=f"proposal:{proposal.code}",
            )
        return proposal

    async def summary_extras(
        self, answers: Answers, lang: str, context: Context
    ) -> list[tuple[str, str]]:
        """The level the bot will stamp, so the officer confirms knowing it."""
        return _level_extras(answers, lang)

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
        context.state.wake_sender()
        await message.reply_text(text)


def _level_extras(answers: Answers, lang: str) -> list[tuple[str, str]]:
    """The summary's Kewenangan line: the level computed from the answers."""
    found = ruling(answers)
    if found is None:
        value = t(lang, "usul.level_summary_unknown")
    elif found.level is Level.PROVINSI:
        value = t(lang, "level.provinsi")
    else:
        value = t(lang, "usul.level_summary_outside", level=Raw(t(lang, f"level.{found.level}")))
    return [(t(lang, "usul.ack.label"), value)]


def _stamped(officer_id: int, answers: Answers) -> NewProposal:
    """The answers with the responsible level computed from them."""
    found = ruling(answers)
    return NewProposal(
        officer_id=officer_id,
        regency_code=answers["regency"],
        title=answers["title"],
        type=answers["type"],
        level=None if found is None else found.level.value,
        rule=None if found is None else found.rule,
        outside_authority=found is not None and found.level is not Level.PROVINSI,
        answers=answers,
    )


REVISION = replace(
    PROPOSAL,
    name="usul_revisi",
    title="usul.revise_title",
    fields=(
        # Hidden and locked: which proposal, and the version of it that was returned.
        Field("proposal_id", "usul.title_field.label", "usul.title_field.label", in_summary=False),
        Field("returned_at", "usul.title_field.label", "usul.title_field.label", in_summary=False),
        *PROPOSAL.fields,
    ),
)


class RevisionFlow(flows.FormFlow):
    """A returned proposal revised through the same form, prefilled: same code, back to the
    province."""

    form = REVISION
    role = Role.OFFICER

    def __init__(self, admin_ids: frozenset[int]) -> None:
        self.admin_ids = admin_ids

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Store the new answers and move the proposal back to diajukan."""
        fields = {k: v for k, v in answers.items() if k not in ("proposal_id", "returned_at")}
        proposal = await proposals.by_id(tx, int(answers["proposal_id"]))
        if (
            proposal is None
            or who.is_admin  # the province returns proposals; the regency revises them
            or proposal.status != Status.PERLU_PERBAIKAN
            or proposal.updated_at != answers.get("returned_at")  # revised or returned again
            or not proposal_view.may_see(who, proposal)
        ):
            return None
        await proposals.revise(tx, proposal.id, _stamped(proposal.officer_id, fields))
        revised = await proposals.by_id(tx, proposal.id)
        assert revised is not None
        refusal = await review.apply(
            tx, who, revised, Status.DIAJUKAN, None, None, admins=self.admin_ids
        )
        return None if refusal else revised

    async def summary_extras(
        self, answers: Answers, lang: str, context: Context
    ) -> list[tuple[str, str]]:
        """As for a new proposal: a revised area may move it to another level."""
        return _level_extras(answers, lang)

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Confirm the resubmission, same code."""
        who = context.who
        if result is None:
            await context.bot.send_message(who.chat_id, t(who.lang, "usul.revise_stale"))
            return
        context.state.wake_sender()
        await context.bot.send_message(who.chat_id, t(who.lang, "usul.revised", code=result.code))


async def start_revision(update: Update, context: Context, proposal_id: int) -> None:
    """ "Perbaiki usulan": the form prefilled with the proposal, the admin's note first."""
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        proposal = await proposals.by_id(tx, proposal_id)
        history = await proposals.events(tx, proposal_id) if proposal else []
    if (
        proposal is None
        or not proposal_view.may_see(who, proposal)
        or proposal.status != Status.PERLU_PERBAIKAN
    ):
        await _reply(context, "usul.revise_stale")
        return
    flow = context.state.flows[REVISION.name]
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, who.user_id)
    if stored is not None:
        same = stored.form == REVISION.name and (
            Draft.from_json(stored.form, stored.state).answers.get("proposal_id") == proposal.id
        )
        if not same and await flows.busy_with_other_form(context):
            return  # resuming another form here would revise the wrong proposal
    note = next((e.note for e in reversed(history) if e.to_status == Status.PERLU_PERBAIKAN), "")
    await context.bot.send_message(
        who.chat_id, t(who.lang, "usul.revise_intro", code=proposal.code, note=note or "—")
    )
    prefill = {**proposal.answers, "proposal_id": proposal.id, "returned_at": proposal.updated_at}
    await flows.begin(
        update, context, flow, prefill, locked=("proposal_id", "returned_at", "regency")
    )


async def withdraw(update: Update, context: Context, proposal_id: int, *, confirmed: bool) -> None:
    """ "Tarik usulan": asked once, then the proposal is withdrawn (dibatalkan)."""
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        proposal = await proposals.by_id(tx, proposal_id)
    allowed = proposal is not None and Status.DIBATALKAN in lifecycle.allowed(
        Status(proposal.status), Actor.OFFICER
    )
    if proposal is None or not proposal_view.may_see(who, proposal) or not allowed:
        await _reply(context, "usul.withdraw_stale")
        return
    if not confirmed:
        markup = _buttons(who.lang, (("wdy", proposal.id), "btn.withdraw_yes"))
        await context.bot.send_message(
            who.chat_id,
            t(who.lang, "usul.withdraw_confirm", code=proposal.code, title=proposal.title),
            reply_markup=markup,
        )
        return
    async with context.state.db.transaction() as tx:
        refusal = await review.apply(
            tx, who, proposal, Status.DIBATALKAN, None, None,
            admins=context.state.settings.access.admin_ids,
        )  # fmt: skip
    if refusal is not None:
        await _reply(context, "usul.withdraw_stale")
        return
    context.state.wake_sender()
    await _reply(context, "usul.withdrawn")


def _level_line(proposal: Proposal, lang: str) -> str:
    if proposal.level is None:
        line = t(lang, "usul.level_unknown")
    elif not proposal.outside_authority:
        line = t(lang, "usul.level_province")
    else:
        line = t(lang, "usul.level_outside", level=Raw(t(lang, f"level.{proposal.level}")))
    return "\n".join([line, *(t(lang, key) for key in cautions(proposal.answers))])


def _admin_text(proposal: Proposal, who: Identity) -> str:
    lang = "id"  # the province works in Indonesian
    answers = proposal.answers
    if proposal.level is None:
        level = t(lang, "usul.admin_level_unknown")
    elif proposal.outside_authority:
        level = t(lang, "usul.admin_outside", level=Raw(t(lang, f"level.{proposal.level}")))
    else:
        level = t(lang, f"level.{proposal.level}")
    area = answers.get("area_ha")
    text = t(
        lang,
        "usul.admin_new",
        code=proposal.code,
        regency=regency_by_code(proposal.regency_code).name,
        type=t(lang, f"usul.type.{proposal.type}"),
        area=format_ha(Decimal(area)) if area else "—",
        cost=format_rupiah_full(answers["cost"]),
        level=Raw(level),
        officer=who.display_name,
        title=proposal.title,
    )
    # What an admin should weigh before trusting the stamped level.
    return "\n".join([text, *(t(lang, key) for key in cautions(answers))])


async def start_proposal(update: Update, context: Context) -> None:
    """/usul: resume or restart an open draft, copy an earlier proposal, or start afresh."""
    who = context.who
    message = update.effective_message
    assert message is not None
    closed = await deadlines.closed_deadline(context)
    if closed is not None and not who.is_admin:
        await message.reply_text(await deadlines.closed_text(context, closed))
        return
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, who.user_id)
        earlier = await proposals.of_officer(tx, who.user_id, limit=RETURNED_LOOKED_AT)
    returned = _returned(earlier)
    draft = (
        forms.fit(PROPOSAL, Draft.from_json(stored.form, stored.state))
        if stored is not None and stored.form == PROPOSAL.name
        else None
    )
    if draft is not None and not _typed_answers(draft):
        # A draft with nothing typed yet: nothing to keep or lose, so no question about it
        # (eleventh try-out: "usulan yang belum selesai: — (langkah 1 dari 26)").
        await _begin(update, context, fresh=True)
        return
    if draft is not None:
        markup = _buttons(
            who.lang, (("resume",), "btn.usul_resume"), (("new", draft.nonce), "btn.usul_new")
        )
        await message.reply_text(_draft_question(draft, who.lang), reply_markup=markup)
        return
    if stored is None and returned:
        # A proposal sent back for revision is what the officer most likely means to fix.
        text, markup = _revision_offer(returned, who.lang)
        await message.reply_text(text, reply_markup=markup)
        return
    if stored is None and earlier:
        context.state.start_asked.mark(who.user_id, context.state.now(), True)
        await message.reply_text(
            t(who.lang, "usul.start_choice"),
            reply_markup=_buttons(
                who.lang, (("blank",), "btn.usul_blank"), (("copy",), "btn.usul_copy")
            ),
        )
        return
    await _begin(update, context)  # also resumes a draft of another form, which comes first


async def explain_revision(context: Context) -> bool:
    """ "gmn cara perbaikinya?" from an officer with a proposal sent back for revision: how,
    with its button, as /usul offers it. False when none of theirs waits for revision."""
    who = context.who
    if who.is_admin or who.role is not Role.OFFICER:
        return False
    async with context.state.db.transaction(write=False) as tx:
        earlier = await proposals.of_officer(tx, who.user_id, limit=RETURNED_LOOKED_AT)
    returned = _returned(earlier)
    if not returned:
        return False
    text, markup = _revision_offer(returned, who.lang)
    await context.bot.send_message(who.chat_id, text, reply_markup=markup)
    return True


def _returned(earlier: list[Proposal]) -> list[Proposal]:
    """Of an officer's latest proposals, those sent back for revision."""
    return [p for p in earlier if p.status == Status.PERLU_PERBAIKAN]


def _revision_offer(returned: list[Proposal], lang: str) -> tuple[str, InlineKeyboardMarkup]:
    """What waits for revision, with "Perbaiki usulan" when it is one, and "Usulan baru"."""
    first = returned[0]
    fix = ((("fix", first.id), "btn.revise"),) if len(returned) == 1 else ()
    key = "usul.returned_one" if fix else "usul.returned_many"
    text = t(lang, key, code=first.code, title=first.title, n=len(returned))
    return text, _buttons(lang, *fix, (("blank",), "btn.usul_blank"))


def _typed_answers(draft: Draft) -> int:
    """How many answers the officer gave in a draft (a locked one, their regency, is not)."""
    return sum(
        1 for name, value in draft.answers.items() if value is not None and name not in draft.locked
    )


def _draft_question(draft: Draft, lang: str) -> str:
    if draft.current is None:
        where = t(lang, "usul.at_summary")
    else:  # the step the form shows on resuming, counted as it counts them
        n, total = forms.progress(PROPOSAL, draft, PROPOSAL.field(draft.current))
        where = t(lang, "usul.at_step", n=n, total=total)
    title = draft.answers.get("title") or "—"
    return t(lang, "usul.draft_open", title=title, where=where)


def _buttons(lang: str, *choices: tuple[tuple[str | int, ...], str]) -> InlineKeyboardMarkup:
    """One row: each choice is (the button's values, its label's text key)."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(lang, key), callback_data=buttons.PROPOSAL.pack(*values))
                for values, key in choices
            ]
        ]
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
    op, *rest = pressed(buttons.PROPOSAL, query)
    number: int | None = rest[0] if rest else None
    who = context.who
    context.state.start_asked.forget(who.user_id)  # chosen by a press
    draft = await _open_draft(context)
    if op == "resume":
        context.state.restart_asked.forget(who.user_id)
        if draft is None:
            await _reply(context, "usul.no_draft")
        else:
            await _begin(update, context)
    elif op == "new":
        # Deleting answers is never one tap away: ask first, naming what would be lost.
        if draft is None or draft.nonce != number:
            await _reply(context, "form.stale_button")
            return
        await flows.clear_buttons(query.message)
        markup = _buttons(
            who.lang, (("del", draft.nonce), "btn.usul_delete"), (("resume",), "btn.usul_resume")
        )
        context.state.restart_asked.mark(who.user_id, context.state.now(), draft.nonce)
        text = t(
            who.lang,
            "usul.confirm_delete",
            title=draft.answers.get("title", "—"),
            n=_typed_answers(draft),
        )
        await context.bot.send_message(who.chat_id, text, reply_markup=markup)
    elif op == "del":
        context.state.restart_asked.forget(who.user_id)
        if draft is None or draft.nonce != number:
            await _reply(context, "form.stale_button")
            return
        await _begin(update, context, fresh=True, notice="usul.new_started")
    elif op == "blank":
        await _begin(update, context)
    elif op == "fix" and number is not None:
        await flows.clear_buttons(query.message)
        await start_revision(update, context, number)
    elif op in ("wd", "wdy") and number is not None:
        await flows.clear_buttons(query.message)
        await withdraw(update, context, number, confirmed=op == "wdy")
    elif op == "files" and number is not None:
        async with context.state.db.transaction(write=False) as tx:
            shown = await proposals.by_id(tx, number)
        if shown is None or not proposal_view.may_see(who, shown):
            await _reply(context, "usul.copy_missing")
            return
        await proposal_view.send_files(context, shown, who)
    elif op == "copy" and number is None:
        await flows.clear_buttons(query.message)
        await _offer_copies(update, context)
    elif op == "copy" and number is not None:
        if draft is not None:
            await _reply(context, "usul.copy_draft_open")
            return
        async with context.state.db.transaction(write=False) as tx:
            source = await proposals.by_id(tx, number)
        if source is None or not proposal_view.may_see(who, source):
            await _reply(context, "usul.copy_missing")
            return
        await flows.clear_buttons(query.message)
        prefill = {k: v for k, v in source.answers.items() if k not in NOT_COPIED}
        await _begin(update, context, prefill)


async def answer_restart(update: Update, context: Context, text: str) -> bool:
    """Text typed while "Hapus draf ...?" waits: "ya" deletes the draft as its button does,
    "tidak" goes back to it, anything else asks again; none of it becomes the answer to the
    draft's current step. False when no such question waits."""
    state, who = context.state, context.who
    nonce = state.restart_asked.get(who.user_id, state.now())
    if nonce is None:
        return False
    state.restart_asked.forget(who.user_id)
    draft = await _open_draft(context)
    if draft is None or draft.nonce != nonce:
        return False  # answered, submitted or cancelled meanwhile
    word = text.strip().strip(".!").casefold()
    if word in DELETE_WORDS:
        await _begin(update, context, fresh=True, notice="usul.new_started")
    elif word in forms.NO_WORDS or word in RESUME_WORDS:
        await _begin(update, context)
    else:
        state.restart_asked.mark(who.user_id, state.now(), nonce)
        await _reply(context, "usul.confirm_delete_typed")
    return True


async def answer_start_choice(update: Update, context: Context, text: str) -> bool:
    """Text typed at /usul's "Usulan baru / Salin usulan lama" instead of a press: unless it
    is a question, the officer began a new proposal by typing its title (thirteenth try-out:
    the title and every answer after it went to the questions). False otherwise."""
    state, who = context.state, context.who
    if not state.start_asked.get(who.user_id, state.now()):
        return False
    state.start_asked.forget(who.user_id)
    if aside_question(text) is not None or await _open_draft(context) is not None:
        return False
    await _begin(update, context)
    await flows.feed(update, context, TextInput(text))
    return True


async def _open_draft(context: Context) -> Draft | None:
    async with context.state.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, context.who.user_id)
    if stored is None or stored.form != PROPOSAL.name:
        return None
    return Draft.from_json(stored.form, stored.state)


async def _reply(context: Context, key: str) -> None:
    await context.bot.send_message(context.who.chat_id, t(context.who.lang, key))


async def _offer_copies(update: Update, context: Context) -> None:
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        earlier = await proposals.of_officer(tx, who.user_id, limit=COPY_CHOICES)
    rows = [
        [
            InlineKeyboardButton(
                f"{p.code} · {shorten(p.title, 40)}",
                callback_data=buttons.PROPOSAL.pack("copy", p.id),
            )
        ]
        for p in earlier
    ]
    await context.bot.send_message(
        who.chat_id, t(who.lang, "usul.choose_copy"), reply_markup=InlineKeyboardMarkup(rows)
    )


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Proposal submission."""
    return [
        CommandHandler("usul", start_proposal),
        CallbackQueryHandler(choose, pattern=buttons.PROPOSAL.pattern),
    ]
