"""/siaran: admins broadcast to officers through the outbox, watch progress, resend failures."""

from __future__ import annotations

import html
import logging
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons
from bot.domain.broadcast import BROADCAST
from bot.domain.forms import Answers
from bot.domain.regions import regency_by_code
from bot.domain.textsplit import CAPTION_LIMIT, shorten, split_caption, split_message
from bot.services import notify
from bot.services.reporter import progress_text, tally
from bot.texts import t
from handlers import proposal_view
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, broadcasts, outbox
from storage.broadcasts import Broadcast
from storage.db import Tx

log = logging.getLogger(__name__)

LISTED = 10


def audience_of(answers: Answers) -> dict[str, Any]:
    """The recipients' description as stored with the broadcast."""
    kind = answers["audience"]
    if kind == "kabupaten":
        return {"kind": kind, "regencies": list(answers["regencies"])}
    if kind == "status":
        return {"kind": kind, "status": answers["proposal_status"]}
    return {"kind": "semua"}


async def queue_broadcast(
    tx: Tx, broadcast: Broadcast, chats: list[int], content: dict[str, Any]
) -> None:
    """Queue one copy per recipient (the text is split once, not once per recipient)."""
    # Admins type plain text: escaped, so "<" or "&" in it cannot break the HTML message. The
    # header tells officers the message is the province's notice, not a reply to them (eighth
    # try-out); officers' notices are in Indonesian, as the admin writes them.
    typed = html.escape(content.get("text") or "", quote=False)
    header = t("id", "siaran.header")
    if content["kind"] == "text":
        pieces = split_message(f"{header}\n\n{typed}")
        for chat_id in chats:
            key = f"broadcast:{broadcast.id}:{chat_id}"
            await notify.queue_pieces(tx, key, chat_id, pieces, ref=broadcast.ref, bulk=True)
        return
    # A caption too long for one message is split at its last break: the header gets no line
    # of its own there, or it would be all the photo carries.
    joined = (
        f"{header}\n{typed}"
        if len(header) + len(typed) < CAPTION_LIMIT - 2
        else f"{header} — {typed}"
    )
    caption, rest = split_caption(joined if typed else header)
    for chat_id in chats:
        key = f"broadcast:{broadcast.id}:{chat_id}"
        await outbox.enqueue(
            tx,
            key,
            chat_id,
            caption or None,
            kind=content["kind"],
            file_id=content["file_id"],
            ref=broadcast.ref,
            bulk=True,
        )
        for number, piece in enumerate(rest, start=2):  # a caption's rest: key#2, key#3...
            await outbox.enqueue(
                tx, f"{key}#{number}", chat_id, piece, ref=broadcast.ref, bulk=True
            )


class BroadcastFlow(flows.TypedRegencies, flows.FormFlow):
    """A broadcast: the message and its audience, then one queued copy per recipient."""

    form = BROADCAST
    role = Role.ADMIN
    chosen = "kabupaten"  # the audience option of specific regencies

    async def refusal(self, context: Context, answers: Answers) -> str | None:
        """Nobody to reach: not sent, numbered or listed in the history; the form stays open
        for another audience (fifteenth try-out: "#3, Terkirim 0/0" in /siaran riwayat)."""
        async with context.state.db.transaction(write=False) as tx:
            reached = await broadcasts.recipients(tx, audience_of(answers))
        return None if reached else t(context.who.lang, "siaran.nobody_kept")

    async def summary_extras(
        self, answers: Answers, lang: str, context: Context
    ) -> list[tuple[str, str]]:
        """How many officers it will reach (the preview the admin confirms)."""
        async with context.state.db.transaction(write=False) as tx:
            reached = await broadcasts.recipients(tx, audience_of(answers))
        extras = [
            (t(lang, "siaran.recipients.label"), t(lang, "siaran.recipients", n=len(reached)))
        ]
        content = answers["content"]
        if content["kind"] != "text" and not (content.get("text") or "").strip():
            # A file alone reaches officers as "📄 undangan.pdf" under the header, with nothing
            # saying what to do with it (fifteenth try-out): worth a second look before sending.
            extras.append(("⚠️", t(lang, "siaran.no_caption")))
        return extras

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Record the broadcast and queue every copy, in one transaction."""
        audience = audience_of(answers)
        chats = [chat for _, chat in await broadcasts.recipients(tx, audience)]
        content = answers["content"]
        broadcast = await broadcasts.create(
            tx,
            who.user_id,
            content["kind"],
            content.get("text") or "",
            content.get("file_id"),
            audience,
            len(chats),
        )
        await queue_broadcast(tx, broadcast, chats, content)
        await audit.record(tx, who.user_id, "broadcast.sent", broadcast.ref, str(len(chats)))
        if not chats:
            await broadcasts.mark_reported(tx, broadcast.id)
        return broadcast

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Show the progress message the reporter keeps up to date."""
        broadcast: Broadcast = result
        who = context.who
        message = update.effective_message
        assert message is not None
        if broadcast.recipients == 0:
            await message.reply_text(t(who.lang, "siaran.nobody"))
            return
        context.state.wake_sender()
        await _progress_message(context, broadcast)


async def _progress_message(context: Context, broadcast: Broadcast) -> None:
    who = context.who
    async with context.state.db.transaction(write=False) as tx:
        counts = tally(broadcast, await broadcasts.outcomes(tx, broadcast))
    sent = await context.bot.send_message(who.chat_id, progress_text(broadcast, counts))
    async with context.state.db.transaction() as tx:
        await broadcasts.set_progress_message(tx, broadcast.id, sent.chat_id, sent.message_id)


async def start_broadcast(update: Update, context: Context) -> None:
    """/siaran starts the form; /siaran riwayat lists recent broadcasts and their reports."""
    if context.args and context.args[0].lower() in ("riwayat", "history", "laporan"):
        await _history(update, context)
        return
    await flows.begin(update, context, context.state.flows[BROADCAST.name])


async def _history(update: Update, context: Context) -> None:
    who = context.who
    message = update.effective_message
    assert message is not None
    async with context.state.db.transaction(write=False) as tx:
        latest = [
            (b, await broadcasts.outcomes(tx, b)) for b in await broadcasts.recent(tx, LISTED)
        ]
    if not latest:
        await message.reply_text(t(who.lang, "siaran.history_none"))
        return
    lines = [t(who.lang, "siaran.history_title")]
    for broadcast, outcomes in latest:
        counts = tally(broadcast, outcomes)
        preview = shorten(broadcast.text, 60)
        lines.append(
            t(
                who.lang,
                "siaran.history_row",
                id=broadcast.id,
                when=proposal_view.when(broadcast.created_at, context),
                audience=_audience_text(broadcast, who.lang),
                sent=counts["sent"],
                total=broadcast.recipients,
                failed=counts["failed"],
                blocked=counts["blocked"],
                preview=preview or "📎",
            )
        )
    await message.reply_text("\n\n".join(lines))


def _audience_text(broadcast: Broadcast, lang: str) -> str:
    audience = broadcast.audience
    if audience["kind"] == "kabupaten":
        return ", ".join(regency_by_code(code).short_name for code in audience["regencies"])
    if audience["kind"] == "status":
        return t(lang, "siaran.audience_status", status=t(lang, f"proposal.{audience['status']}"))
    return t(lang, "siaran.audience.semua")


async def resend_failed(update: Update, context: Context) -> None:
    """ "Kirim ulang ke yang gagal": queue the broadcast again for its failed recipients only."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    who = context.who
    _, broadcast_id = pressed(buttons.BROADCAST, query)
    async with context.state.db.transaction() as tx:
        broadcast = await broadcasts.get(tx, broadcast_id)
        if broadcast is None:
            return
        outcomes = await broadcasts.outcomes(tx, broadcast)
        failed = [o.chat_id for o in outcomes if o.state == "failed"]
        if failed:
            # Fresh keys for the resend (the failed rows keep their story), and only the parts
            # each recipient has not received: nobody gets a part twice.
            round_tag = "r" + outbox.now_stamp()
            for chat_id in failed:
                await broadcasts.requeue_failed_parts(tx, broadcast, chat_id, round_tag)
            await broadcasts.reopen(tx, broadcast.id)
            await audit.record(tx, who.user_id, "broadcast.resent", broadcast.ref, str(len(failed)))
    await flows.clear_buttons(query.message)
    if not failed:
        await context.bot.send_message(who.chat_id, t(who.lang, "siaran.nothing_to_resend"))
        return
    context.state.wake_sender()
    await context.bot.send_message(who.chat_id, t(who.lang, "siaran.resending", n=len(failed)))
    await _progress_message(context, broadcast)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Broadcasts."""
    return [
        CommandHandler("siaran", start_broadcast),
        CallbackQueryHandler(resend_failed, pattern=buttons.BROADCAST.pattern),
    ]
