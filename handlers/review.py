"""/tinjau: the province's review queue, a proposal's full detail, and moving it on."""

from __future__ import annotations

import logging
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons, lifecycle
from bot.domain.errors import Invalid
from bot.domain.forms import Answers, Field, Form, Option, text_parser
from bot.domain.lifecycle import NEEDS_REASON, REDIRECTS, Actor, Status
from bot.domain.regions import regency_by_code
from bot.domain.textsplit import shorten, split_message
from bot.services import proposal_notices
from bot.texts import t
from handlers import priorities, proposal_view, statuses
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.filters import describe, read_filters, with_filters
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, proposals
from storage.db import Tx
from storage.proposals import Proposal

log = logging.getLogger(__name__)

QUEUE_STATUSES = (Status.DIAJUKAN, Status.VERIFIKASI, Status.DIBAHAS_RAKOR)
LISTED = 10
BULK_MAX = 30
LEVELS = ("kabkota", "provinsi", "pusat")


# --- forms -----------------------------------------------------------------------------------


def _target() -> Field:
    # Prefilled and locked by the handler: which proposal, from which status, to which.
    return Field("target", "review.target.label", "review.target.label", in_summary=False)


def _reason(name: str, *, optional: bool) -> Field:
    return Field(
        name, "review.reason.label", "review.reason.prompt", hint="review.reason.hint",
        optional=optional, parse=text_parser(_clean_reason),
    )  # fmt: skip


def _clean_note(text: str) -> str:
    value = text.strip()
    if not value:
        raise Invalid("text.empty")
    if len(value) > lifecycle.REASON_MAX:
        raise Invalid("text.too_long", max=lifecycle.REASON_MAX, length=len(value))
    return value


def _clean_reason(text: str) -> str:
    # The officer acts on this reason: "ok" or "tolak" tells them nothing to mend.
    value = _clean_note(text)
    if not lifecycle.says_why(value):
        raise Invalid("review.reason.vague")
    return value


_REDIRECT = Field(
    "redirect", "review.redirect.label", "review.redirect.prompt",
    options=tuple(Option(r, f"redirect.{r}", translate=True) for r in REDIRECTS),
    when=lambda a: a["to"] == Status.DIALIHKAN,
)  # fmt: skip

REASON_FORM = Form(
    name="tinjau_alasan",
    title="review.reason_title",
    fields=(
        _target(),
        Field("to", "review.to.label", "review.to.label", in_summary=False),
        _REDIRECT,
        _reason("reason", optional=False),
    ),
)

BULK_TO = (
    Status.DIBAHAS_RAKOR,
    Status.DISETUJUI,
    Status.DITOLAK,
    Status.DIALIHKAN,
    Status.PERLU_PERBAIKAN,
)


def _bulk_options(answers: Answers) -> tuple[Option, ...]:
    return tuple(Option(str(pid), label) for pid, label, *_ in answers["candidates"])


def _bulk_moves(answers: Answers) -> tuple[Option, ...]:
    """The decisions at least one chosen proposal can take (fifteenth try-out: "Disetujui"
    was offered for proposals only just sent, and then changed none)."""
    chosen = set(answers.get("chosen") or ())
    statuses = {
        Status(rest[0]) for pid, _, *rest in answers["candidates"] if rest and str(pid) in chosen
    }
    if not statuses:  # a form begun before candidates carried their status
        possible = set(BULK_TO)
    else:
        possible = {to for now in statuses for to in lifecycle.allowed(now, Actor.ADMIN)}
    # None possible (all withdrawn meanwhile): every decision is offered, and the result
    # says that none changed.
    shown = [s for s in BULK_TO if s in possible] or BULK_TO
    return tuple(Option(s, f"proposal.{s}", translate=True) for s in shown)


BULK_FORM = Form(
    name="tinjau_massal",
    title="review.bulk_title",
    fields=(
        Field("candidates", "review.target.label", "review.target.label", in_summary=False),
        Field("chosen", "review.chosen.label", "review.chosen.prompt", multi=True, min_choices=1,
              options=_bulk_options),
        Field("to", "review.to.label", "review.to.prompt", options=_bulk_moves,
              depends_on=("chosen",)),
        _REDIRECT,
        Field("reason", "review.reason.label", "review.reason.prompt", hint="review.reason.hint",
              parse=text_parser(_clean_reason), when=lambda a: a["to"] in NEEDS_REASON,
              depends_on=("to",)),
        Field("note", "review.note.label", "review.note.prompt", optional=True,
              parse=text_parser(_clean_note), when=lambda a: a["to"] not in NEEDS_REASON,
              depends_on=("to",)),
    ),
)  # fmt: skip


# --- moving a proposal -----------------------------------------------------------------------


async def apply(
    tx: Tx,
    who: Identity,
    proposal: Proposal,
    to: Status,
    note: str | None,
    redirect: str | None,
    *,
    admins: frozenset[int],
    seen: str | None = None,
) -> Invalid | None:
    """Check and apply one move inside `tx`, telling the regency (and admins for an officer's
    move); returns why it was refused, or None when done."""
    actor = Actor.ADMIN if who.is_admin else Actor.OFFICER
    try:
        cleaned = lifecycle.check(Status(proposal.status), to, actor, note)
    except Invalid as problem:
        return problem
    moved = await proposals.transition(
        tx, proposal.id, proposal.status, to, who.user_id, cleaned, redirect, seen=seen
    )
    if moved is None:
        return Invalid("review.changed_meanwhile", code=proposal.code)
    updated, event = moved
    await audit.record(
        tx, who.user_id, f"proposal.{to.value}", f"proposal:{proposal.code}", cleaned
    )
    await proposal_notices.tell_regency(tx, updated, event)
    if actor is Actor.OFFICER:
        await proposal_notices.tell_admins(tx, admins, updated, event, who.display_name)
    return None


def refused_text(problem: Invalid, lang: str) -> str:
    """Why a move was refused, with status values shown as their labels."""
    params = {
        name: t(lang, f"proposal.{value}") if name in ("frm", "to") else value
        for name, value in problem.params.items()
    }
    return t(lang, problem.key, **params)


class ReasonFlow(flows.FormFlow):
    """The reason (and redirect) for returning, rejecting or redirecting one proposal."""

    form = REASON_FORM
    role = Role.ADMIN

    def __init__(self, admins: frozenset[int]) -> None:
        self.admins = admins

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Apply the move unless the proposal changed meanwhile."""
        target = answers["target"]
        proposal = await proposals.by_id(tx, int(target["id"]))
        if proposal is None or proposal.status != target["from"]:
            code = target.get("code", "")
            return Invalid("review.changed_meanwhile", code=code), code, answers["to"]
        refusal = await apply(
            tx, who, proposal, Status(answers["to"]), answers.get("reason"),
            answers.get("redirect"), admins=self.admins, seen=target.get("seen"),
        )  # fmt: skip
        return refusal, proposal.code, answers["to"]

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Say what happened."""
        refusal, code, to = result
        who = context.who
        if refusal is None:
            context.state.wake_sender()
            done = t(who.lang, "review.done", code=code, to=t(who.lang, f"proposal.{to}"))
            await context.bot.send_message(who.chat_id, done)
        else:
            await context.bot.send_message(who.chat_id, refused_text(refusal, who.lang))


class BulkFlow(flows.FormFlow):
    """After the Rakor: one decision and one reason for several proposals at once."""

    form = BULK_FORM
    role = Role.ADMIN

    def __init__(self, admins: frozenset[int]) -> None:
        self.admins = admins

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Apply the move to each chosen proposal that allows it; count the rest."""
        to = Status(answers["to"])
        note = answers.get("reason") or answers.get("note")
        done: list[str] = []
        skipped: list[str] = []
        for raw_id in answers["chosen"]:
            proposal = await proposals.by_id(tx, int(raw_id))
            if proposal is None:
                continue
            refusal = await apply(
                tx, who, proposal, to, note, answers.get("redirect"), admins=self.admins
            )
            (skipped if refusal else done).append(proposal.code)
        return to, done, skipped

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Report how many moved and which could not."""
        to, done, skipped = result
        who = context.who
        context.state.wake_sender()
        # Nothing moved: no ✅, and no officer was told anything (fifteenth try-out).
        key = "review.bulk_done" if done else "review.bulk_none"
        text = t(who.lang, key, n=len(done), status=t(who.lang, f"proposal.{to}"))
        if skipped:
            text += "\n" + t(who.lang, "review.bulk_skipped", codes=", ".join(skipped))
        await context.bot.send_message(who.chat_id, text)


# --- the queue -------------------------------------------------------------------------------


async def show_queue(update: Update, context: Context) -> None:
    """/tinjau [kabupaten] [jenis] [tingkat] [status]; /tinjau massal for several at once."""
    who = context.who
    try:
        filters = read_filters(list(context.args or ()), ("massal", "prioritas"))
    except Invalid:
        typed = " ".join(context.args or ())
        if any(char.isdigit() for char in typed):
            # "/tinjau USL-2026-0003", "/tinjau 0003": that proposal's card, as /status
            # gives it (fifteenth try-out: refused as a filter during a Rakor).
            await statuses.show(update, context, typed)
            return
        await context.bot.send_message(who.chat_id, t(who.lang, "review.bad_filter"))
        return
    bulk = filters.get("massal", False)
    by_priority = filters.get("prioritas", False)
    wanted = (filters["status"],) if "status" in filters else QUEUE_STATUSES
    shown = BULK_MAX if bulk else LISTED
    where: dict[str, Any] = {
        "regency_code": filters.get("regency"),
        "type_": filters.get("type"),
        "level": filters.get("level"),
    }
    async with context.state.db.transaction(write=False) as tx:
        if by_priority:
            listed, total = await _best_first(context, tx, wanted, where, shown)
        else:
            listed, total = await proposals.review_queue(tx, wanted, limit=shown, **where)
        submitted = {p.id: await proposals.submitted_at(tx, p.id) for p in listed}
    if not listed:
        empty = with_filters(t(who.lang, "review.queue_empty"), filters, who.lang)
        await context.bot.send_message(who.chat_id, empty)
        return
    if bulk:
        if await flows.busy_with_other_form(context):
            return
        head = t(who.lang, "review.bulk_head", shown=len(listed), total=total)
        await context.bot.send_message(
            who.chat_id, head + " " + _filter_line(filters, who.lang, "review.bulk_narrow")
        )
        candidates = [[p.id, _bulk_label(p), p.status] for p in listed]
        flow = context.state.flows[BULK_FORM.name]
        await flows.begin(update, context, flow, {"candidates": candidates},
                          locked=("candidates",))  # fmt: skip
        return
    # One message: a line per proposal and a button per proposal opening its card. Ten cards
    # would be ten messages, paced by the rate limiter to a third of a second.
    head = "review.queue_head_priority" if by_priority else "review.queue_head"
    lines = [t(who.lang, head, shown=len(listed), total=total)]
    lines[0] += " " + _filter_line(filters, who.lang, "review.queue_narrow")
    keyboard = []
    for proposal in listed:
        line = proposal_view.queue_line(proposal, who.lang, context, submitted.get(proposal.id))
        if by_priority:
            score = priorities.proposal_score(proposal, context).total
            line += "\n" + t(who.lang, "review.queue_score", score=priorities.points(score))
        lines.append(line)
        keyboard.append(
            InlineKeyboardButton(
                proposal.code.rsplit("-", 1)[-1],
                callback_data=buttons.REVIEW_CARD.pack("c", proposal.id),
            )
        )
    rows = [keyboard[i : i + 5] for i in range(0, len(keyboard), 5)]
    for piece in split_message("\n\n".join(lines)):
        await context.bot.send_message(who.chat_id, piece, reply_markup=InlineKeyboardMarkup(rows))


def _filter_line(filters: dict[str, Any], lang: str, hint_key: str) -> str:
    """The filters a list was narrowed by, or how to narrow it when it was not."""
    shown = describe(filters, lang)
    return t(lang, "list.filtered", filters=shown) if shown else t(lang, hint_key)


async def open_card(update: Update, context: Context) -> None:
    """A number under the queue: that proposal's card with its moves."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    await acknowledge(query)
    _, proposal_id = pressed(buttons.REVIEW_CARD, query)
    async with context.state.db.transaction(write=False) as tx:
        proposal = await proposals.by_id(tx, proposal_id)
        submitted = await proposals.submitted_at(tx, proposal.id) if proposal else None
    if proposal is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "review.not_found"))
        return
    text, markup = proposal_view.card(proposal, who.lang, context, submitted)
    await context.bot.send_message(who.chat_id, text, reply_markup=markup)


async def _best_first(
    context: Context, tx: Tx, statuses: tuple[str, ...], where: dict[str, Any], shown: int
) -> tuple[list[Proposal], int]:
    """The queue by priority score, highest first. Scores are cached per proposal version and
    day, so only proposals changed since the last look are read and scored."""
    versions = await proposals.queue_versions(tx, statuses, **where)
    unscored = [
        i for i, changed in versions if priorities.cached_score(context, i, changed) is None
    ]
    for proposal in await proposals.by_ids(tx, unscored):
        priorities.proposal_score(proposal, context)

    def total(version: tuple[int, str]) -> float:
        found = priorities.cached_score(context, *version)
        return found.total if found is not None else 0.0

    ranked = sorted(versions, key=lambda v: (-total(v), v[0]))[:shown]
    return await proposals.by_ids(tx, [i for i, _ in ranked]), len(versions)


def _bulk_label(proposal: Proposal) -> str:
    short = regency_by_code(proposal.regency_code).short_name
    title = shorten(proposal.title, 28)
    return f"{proposal.code[-4:]} {short}: {title}"


async def move(update: Update, context: Context) -> None:
    """A move button on a card: approval asked once, a reason asked first, others at once."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    op, proposal_id, frm, to_text, pin = pressed(buttons.REVIEW_MOVE, query)
    to = Status(to_text)
    async with context.state.db.transaction(write=False) as tx:
        proposal = await proposals.by_id(tx, proposal_id)
    if proposal is None or proposal.status != frm or proposal_view.version(proposal) != pin:
        now = t(who.lang, f"proposal.{proposal.status}") if proposal else "—"
        await acknowledge(query, t(who.lang, "review.stale", status=now), alert=True)
        return
    await acknowledge(query)
    waits = to in NEEDS_REASON or (to is Status.DISETUJUI and op == "t")
    # Both open something that waits for the admin: never on top of another open form, whose
    # answers would then be applied to this proposal.
    if waits and await flows.busy_with_other_form(context):
        return
    if to is Status.DISETUJUI and op == "t":
        confirm = InlineKeyboardButton(
            t(who.lang, "btn.approve_yes"),
            callback_data=buttons.REVIEW_MOVE.pack("y", proposal.id, frm, to.value, pin),
        )
        await context.bot.send_message(
            who.chat_id,
            t(who.lang, "review.approve_confirm", code=proposal.code, title=proposal.title),
            reply_markup=InlineKeyboardMarkup([[confirm]]),
        )
        return
    if to in NEEDS_REASON:
        await context.bot.send_message(
            who.chat_id,
            t(who.lang, "review.reason_for", code=proposal.code, title=proposal.title,
              to=t(who.lang, f"proposal.{to.value}")),
        )  # fmt: skip
        flow = context.state.flows[REASON_FORM.name]
        target = {"id": proposal.id, "from": frm, "code": proposal.code,
                  "seen": proposal.updated_at}  # fmt: skip
        await flows.begin(update, context, flow, {"target": target, "to": to.value},
                          locked=("target", "to"))  # fmt: skip
        return
    async with context.state.db.transaction() as tx:
        refusal = await apply(
            tx, who, proposal, to, None, None, admins=context.state.settings.access.admin_ids,
            seen=proposal.updated_at,
        )  # fmt: skip
    if refusal is not None:
        await context.bot.send_message(who.chat_id, refused_text(refusal, who.lang))
        return
    context.state.wake_sender()
    await flows.clear_buttons(query.message)
    done = t(who.lang, "review.done", code=proposal.code, to=t(who.lang, f"proposal.{to.value}"))
    await context.bot.send_message(who.chat_id, done)


async def detail(update: Update, context: Context) -> None:
    """Every field, the photos (as an album), the documents and the map point."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    await acknowledge(query)
    _, proposal_id = pressed(buttons.REVIEW_DETAIL, query)
    async with context.state.db.transaction(write=False) as tx:
        proposal = await proposals.by_id(tx, proposal_id)
        history = await proposals.events(tx, proposal.id) if proposal else []
        submitted = await proposals.submitted_at(tx, proposal.id) if proposal else None
    if proposal is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "review.not_found"))
        return
    await proposal_view.send_detail(context, proposal, history, who, submitted)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Review."""
    return [
        CommandHandler("tinjau", show_queue),
        CallbackQueryHandler(detail, pattern=buttons.REVIEW_DETAIL.pattern),
        CallbackQueryHandler(open_card, pattern=buttons.REVIEW_CARD.pattern),
        CallbackQueryHandler(move, pattern=buttons.REVIEW_MOVE.pattern),
    ]
