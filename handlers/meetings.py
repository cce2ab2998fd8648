"""/rapat and /rapat_baru: meetings, invitations with RSVP, documents, moving and cancelling."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons
from bot.domain.forms import Answers
from bot.domain.meeting import (
    CHOSEN,
    DEFAULT_DURATION,
    DOCUMENTS_FORM,
    REPRESENTATIVE_FORM,
    due_jobs,
    invited,
    meeting_form,
    moment,
    offsets_minutes,
    reschedule_form,
)
from bot.domain.rsvp import UNDECIDED, typed_answer
from bot.domain.textsplit import shorten, split_message
from bot.services import meeting_notices
from bot.services.meeting_notices import answer_text, details, when_text
from bot.texts import Raw, t
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, meetings
from storage.db import Tx
from storage.meetings import Meeting, NewMeeting

log = logging.getLogger(__name__)

# Admins also see meetings that ended this recently: the minutes go out afterwards.
PAST_SHOWN = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Scheduled:
    """What creating a meeting did."""

    meeting: Meeting
    invited: int


class MeetingFlow(flows.TypedRegencies, flows.FormFlow):
    """/rapat_baru: the meeting is stored, invitations queued, then its alarms set."""

    role = Role.ADMIN
    chosen = CHOSEN  # the audience option of specific regencies

    def __init__(self, zone: ZoneInfo, default_offsets: tuple[timedelta, ...], state: Any) -> None:
        self.zone = zone
        self.now = state.now
        self.form = meeting_form(zone, default_offsets, clock=lambda: state.now().astimezone(zone))

    async def refusal(self, context: Context, answers: Answers) -> str | None:
        """A time typed days ago may have passed by the time the form is sent."""
        return _passed(context, answers)

    async def summary_extras(
        self, answers: Answers, lang: str, context: Context
    ) -> list[tuple[str, str]]:
        """How many officers the invitation reaches."""
        async with context.state.db.transaction(write=False) as tx:
            reached = await meeting_notices.officers_of(tx, invited(answers))
        return [(t(lang, "rapat.invitees.label"), t(lang, "rapat.invitees", n=len(reached)))]

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Scheduled:
        """Store the meeting and its documents, and queue every invitation."""
        location = answers.get("location")
        meeting = await meetings.create(
            tx,
            NewMeeting(
                title=answers["title"],
                starts_at=moment(answers["starts_at"]),
                place=answers["place"],
                agenda=answers["agenda"],
                regencies=invited(answers),
                offsets_min=offsets_minutes(answers["offsets"]),
                created_by=who.user_id,
                latitude=location[0] if location else None,
                longitude=location[1] if location else None,
            ),
            now=self.now(),
        )
        # The first file is the official letter; the rest are materials.
        for number, doc in enumerate(answers.get("documents") or []):
            kind = "undangan" if number == 0 else "materi"
            await meetings.add_document(
                tx, meeting.id, kind, doc["file_id"], doc.get("name"), doc.get("mime"),
                doc.get("size"), who.user_id,
            )  # fmt: skip
        count = await meeting_notices.invite_all(tx, meeting, self.zone)
        await audit.record(tx, who.user_id, "meeting.created", meeting.ref, str(count))
        return Scheduled(meeting, count)

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Set the reminders, then tell the admin what went out and what will."""
        done: Scheduled = result
        context.state.wake_sender()
        armed = await context.state.scheduler.plan_meeting(done.meeting.id)
        await context.bot.send_message(
            context.who.chat_id,
            t(
                context.who.lang,
                "rapat.created",
                id=done.meeting.id,
                n=done.invited,
                reminders=Raw(_reminders_text(done.meeting, armed, context.who.lang, self.zone)),
            ),
        )
        await _show_one(context, done.meeting)


def _passed(context: Context, answers: Answers) -> str | None:
    starts = answers.get("starts_at")
    if starts is None or moment(starts) > context.state.now():
        return None
    zone = context.state.settings.schedule.timezone
    who = context.who
    return t(who.lang, "rapat.time_passed", when=when_text(moment(starts), zone, who.lang))


def _reminders_text(meeting: Meeting, armed: list[Any], lang: str, zone: ZoneInfo) -> str:
    planned = {a.name for a in armed}
    lines = []
    for kind, offset, due in due_jobs(meeting.starts_at, meeting.offsets_min):
        if kind != "reminder":
            continue
        lead = meeting_notices.before_text(timedelta(minutes=offset), lang)
        key = (
            "rapat.reminder_set"
            if f"reminder:{meeting.id}:{offset}" in planned
            else ("rapat.reminder_passed")
        )
        lines.append(t(lang, key, lead=lead, when=when_text(due, zone, lang)))
    return "\n".join(lines) or t(lang, "rapat.reminder_none")


class RescheduleFlow(flows.FormFlow):
    """Moving a meeting: invitees told, a new .ics, reminders re-planned."""

    role = Role.ADMIN

    def __init__(self, zone: ZoneInfo, state: Any) -> None:
        self.zone = zone
        self.now = state.now
        self.form = reschedule_form(zone, clock=lambda: state.now().astimezone(zone))

    async def refusal(self, context: Context, answers: Answers) -> str | None:
        """A time typed days ago may have passed by the time the form is sent; the time it
        already has moves nothing (every invitee was told of a "change" to the same time)."""
        meeting = await _meeting_for(context, answers["meeting"])
        if meeting is not None and moment(answers["starts_at"]) == meeting.starts_at:
            zone, lang = context.state.settings.schedule.timezone, context.who.lang
            return t(lang, "rapat.same_time", when=when_text(meeting.starts_at, zone, lang))
        return _passed(context, answers)

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Move the meeting and queue the notices; None if it is no longer scheduled."""
        before = await meetings.get(tx, answers["meeting"])
        if before is None or before.cancelled:
            return None
        moved = await meetings.reschedule(
            tx, before.id, moment(answers["starts_at"]), now=self.now()
        )
        if moved is None:  # pragma: no cover - checked just above in the same transaction
            return None
        count = await meeting_notices.announce_move(tx, moved, before.starts_at, self.zone)
        await audit.record(
            tx, who.user_id, "meeting.moved", moved.ref, f"{before.starts_at.isoformat()}"
        )
        return Scheduled(moved, count)

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Re-plan the reminders and tell the admin."""
        who = context.who
        if result is None:
            await context.bot.send_message(who.chat_id, t(who.lang, "rapat.not_scheduled"))
            return
        done: Scheduled = result
        context.state.wake_sender()
        armed = await context.state.scheduler.plan_meeting(done.meeting.id)
        await context.bot.send_message(
            who.chat_id,
            t(
                who.lang,
                "rapat.moved_ok",
                when=when_text(done.meeting.starts_at, self.zone, who.lang),
                n=done.invited,
                reminders=Raw(_reminders_text(done.meeting, armed, who.lang, self.zone)),
            ),
        )


class DocumentsFlow(flows.FormFlow):
    """Adding files to a meeting (materials, or the minutes afterwards): invitees get them."""

    form = DOCUMENTS_FORM
    role = Role.ADMIN

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Store the files and queue them for every invitee."""
        meeting = await meetings.get(tx, answers["meeting"])
        if meeting is None or meeting.cancelled:
            return None
        docs = []
        for f in answers["files"]:
            docs.append(
                await meetings.add_document(
                    tx, meeting.id, answers["kind"], f["file_id"], f.get("name"),
                    f.get("mime"), f.get("size"), who.user_id,
                )
            )  # fmt: skip
        count = await meeting_notices.send_documents(tx, meeting, docs)
        await audit.record(tx, who.user_id, f"meeting.{answers['kind']}", meeting.ref, str(count))
        return count

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Say how many officers get the files."""
        who = context.who
        if result is None:
            await context.bot.send_message(who.chat_id, t(who.lang, "rapat.not_scheduled"))
            return
        context.state.wake_sender()
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.docs_sent", n=result))


class RepresentativeFlow(flows.FormFlow):
    """ "Diwakilkan": who will attend in the officer's place."""

    form = REPRESENTATIVE_FORM
    role = Role.OFFICER

    def __init__(self, state: Any) -> None:
        self.clock = state.now

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Record the representative's name, if the meeting is still ahead and the officer's
        answer is still "Diwakilkan"."""
        meeting = await meetings.get(tx, answers["meeting"])
        current = (await meetings.answers(tx, answers["meeting"])).get(who.user_id)
        if (
            meeting is None
            or meeting.cancelled
            or meeting.starts_at <= self.clock()
            or current is None
            or current.answer != "wakil"
        ):
            return None
        await meetings.answer(tx, meeting.id, who.user_id, "wakil", answers["name"])
        return answers["name"]

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Confirm."""
        who = context.who
        key = "rapat.rep_not_saved" if result is None else "rapat.rep_saved"
        await context.bot.send_message(who.chat_id, t(who.lang, key, name=result or ""))


# --- /rapat -----------------------------------------------------------------------------------


def _may_see(who: Identity, meeting: Meeting) -> bool:
    return who.is_admin or (who.officer.regency_code in meeting.regencies)


async def show_meetings(update: Update, context: Context) -> None:
    """/rapat: upcoming meetings with the user's answer; admins also manage them."""
    who = context.who
    now = context.state.now()
    async with context.state.db.transaction(write=False) as tx:
        # Meetings that ended recently stay listed: their documents and minutes are there.
        recent = await meetings.recent(tx, now - PAST_SHOWN)
    listed = [m for m in recent if _may_see(who, m) and (who.is_admin or not m.cancelled)]
    if not listed:
        key = "rapat.none_admin" if who.is_admin else "rapat.none"
        await context.bot.send_message(who.chat_id, t(who.lang, key))
    for meeting in listed:
        await _show_one(context, meeting)
    await flows.remind(context)


async def _show_one(context: Context, meeting: Meeting) -> None:
    who = context.who
    zone = context.state.settings.schedule.timezone
    now = context.state.now()
    async with context.state.db.transaction(write=False) as tx:
        answers = await meetings.answers(tx, meeting.id)
        docs = await meetings.documents(tx, meeting.id)
    if meeting.cancelled:
        state_key = "rapat.state_cancelled"
    elif meeting.starts_at > now:
        state_key = "rapat.state_upcoming"
    elif now < meeting.starts_at + DEFAULT_DURATION:
        # Just begun is not "past" (fifteenth try-out: "sudah lewat" a minute after the start).
        state_key = "rapat.state_ongoing"
    else:
        state_key = "rapat.state_past"
    text = t(
        who.lang,
        "rapat.card",
        id=meeting.id,
        title=meeting.title,
        state=Raw(t(who.lang, state_key)),
        details=Raw(details(meeting, zone, who.lang)),
    )
    rows: list[list[InlineKeyboardButton]] = []
    open_ = not meeting.cancelled and meeting.starts_at > now
    if not who.is_admin:
        text += "\n\n" + t(
            who.lang,
            "rapat.your_answer",
            answer=Raw(answer_text(answers.get(who.user_id), who.lang)),
        )
        if open_:
            rows += [
                list(row)
                for row in meeting_notices.rsvp_markup(meeting.id, who.lang).inline_keyboard
            ]
    if docs:
        rows.append(
            [
                _button(
                    who.lang,
                    "btn.rapat_docs",
                    buttons.MEETING_DOCUMENTS.pack("d", meeting.id),
                    n=len(docs),
                )
            ]
        )
    if who.is_admin and not meeting.cancelled:
        rows.append(
            [_button(who.lang, "btn.rapat_attendance", buttons.MEETING_ADMIN.pack("a", meeting.id))]
        )
        if open_:
            rows.append(
                [
                    _button(
                        who.lang, "btn.rapat_move", buttons.MEETING_ADMIN.pack("u", meeting.id)
                    ),
                    _button(
                        who.lang, "btn.rapat_cancel", buttons.MEETING_ADMIN.pack("x", meeting.id)
                    ),
                ]
            )
            rows.append(
                [_button(who.lang, "btn.rapat_nudge", buttons.MEETING_ADMIN.pack("n", meeting.id))]
            )
        rows.append(
            [_button(who.lang, "btn.rapat_add_docs", buttons.MEETING_ADMIN.pack("f", meeting.id))]
        )
    markup = InlineKeyboardMarkup(rows) if rows else None
    pieces = split_message(text)
    for number, piece in enumerate(pieces, start=1):
        await context.bot.send_message(
            who.chat_id, piece, reply_markup=markup if number == len(pieces) else None
        )


def _button(lang: str, key: str, data: str, **params: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(t(lang, key, **params), callback_data=data)


async def start_meeting(update: Update, context: Context) -> None:
    """/rapat_baru: the scheduling form."""
    await flows.begin(update, context, context.state.flows["rapat"])


# --- officers' buttons ------------------------------------------------------------------------


async def _meeting_for(context: Context, meeting_id: int) -> Meeting | None:
    async with context.state.db.transaction(write=False) as tx:
        meeting = await meetings.get(tx, meeting_id)
    if meeting is None or not _may_see(context.who, meeting):
        return None
    return meeting


async def answer_invitation(update: Update, context: Context) -> None:
    """Hadir / Tidak hadir / Diwakilkan, from an invitation, a reminder or /rapat."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    _, meeting_id, answer = pressed(buttons.MEETING_ANSWER, query)
    meeting = await _meeting_for(context, meeting_id)
    if meeting is None or who.is_admin:
        key = "rapat.admin_no_rsvp" if who.is_admin else "rapat.not_invited"
        await acknowledge(query, t(who.lang, key), alert=True)
        return
    if meeting.cancelled or meeting.starts_at <= context.state.now():
        await acknowledge(query, t(who.lang, "rapat.answer_closed"), alert=True)
        return
    await acknowledge(query, t(who.lang, f"rapat.answer_{answer}"))
    await _record_answer(update, context, meeting, answer)


async def answer_typed(update: Update, context: Context, text: str) -> bool:
    """ "siap pak sy hadir", "mohon maaf tidak bisa hadir" typed by an officer with an open
    invitation: recorded as its button would (with several, after asking which). False when
    it is no such answer, or there is no invitation it could answer (then it is read as a
    question)."""
    who = context.who
    answer = typed_answer(text)
    if answer is None or who.is_admin or who.role is Role.GUEST:
        return False
    async with context.state.db.transaction(write=False) as tx:
        open_ = await meetings.upcoming(tx, context.state.now(), who.officer.regency_code)
    if not open_:
        return False
    if len(open_) > 1:
        await _ask_which(context, open_, answer)
        return True
    if answer == UNDECIDED:
        # "belum tau bisa hadir atau tdk": nothing to record yet; the buttons wait.
        markup = meeting_notices.rsvp_markup(open_[0].id, who.lang)
        text = t(who.lang, "rapat.answer_undecided", title=open_[0].title)
        await context.bot.send_message(who.chat_id, text, reply_markup=markup)
        return True
    await _record_answer(update, context, open_[0], answer)
    return True


async def _ask_which(context: Context, open_: list[Meeting], answer: str) -> None:
    """A typed answer with several invitations open: which meeting it is for, one button
    each that records it (fourteenth try-out: it was read as a question, and nothing was
    recorded). Not knowing yet records nothing: /rapat lists them when they do."""
    who = context.who
    if answer == UNDECIDED:
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.answer_undecided_many"))
        return
    zone = context.state.settings.schedule.timezone
    rows = [
        [
            InlineKeyboardButton(
                # plain text (no HTML escaping): the title and its day, in no language
                f"{shorten(meeting.title, 40)} ({meeting.starts_at.astimezone(zone):%d/%m})",
                callback_data=buttons.MEETING_ANSWER.pack("j", meeting.id, answer),
            )
        ]
        for meeting in open_
    ]
    said = Raw(t(who.lang, f"rapat.answer_{answer}"))
    await context.bot.send_message(
        who.chat_id,
        t(who.lang, "rapat.answer_which", answer=said),
        reply_markup=InlineKeyboardMarkup(rows),
    )


async def _record_answer(update: Update, context: Context, meeting: Meeting, answer: str) -> None:
    """Keep an officer's answer to an invitation and say so (a representative's name is
    asked next for "wakil")."""
    who = context.who
    async with context.state.db.transaction() as tx:
        previous = (await meetings.answers(tx, meeting.id)).get(who.user_id)
        keep = previous.representative if previous and previous.answer == "wakil" else None
        await meetings.answer(tx, meeting.id, who.user_id, answer, keep)
        await audit.record(tx, who.user_id, f"meeting.rsvp.{answer}", meeting.ref)
    if answer == "wakil":
        flow = context.state.flows[REPRESENTATIVE_FORM.name]
        if await flows.has_draft(context):
            await context.bot.send_message(who.chat_id, t(who.lang, "rapat.rep_later"))
            return
        await flows.begin(
            update, context, flow, {"meeting": meeting.id}, locked=("meeting",),
            keep_buttons=True,  # the answer can still be changed from the invitation
        )  # fmt: skip
        return
    await context.bot.send_message(
        who.chat_id,
        t(who.lang, "rapat.answer_saved", title=meeting.title,
          answer=Raw(t(who.lang, f"rapat.answer_{answer}"))),
    )  # fmt: skip


async def send_documents(update: Update, context: Context) -> None:
    """ "Dokumen": the meeting's files again, from Telegram's copies."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    _, meeting_id = pressed(buttons.MEETING_DOCUMENTS, query)
    meeting = await _meeting_for(context, meeting_id)
    if meeting is None:
        await acknowledge(query, t(who.lang, "rapat.not_invited"), alert=True)
        return
    await acknowledge(query)
    async with context.state.db.transaction(write=False) as tx:
        docs = await meetings.documents(tx, meeting.id)
    if not docs:
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.no_documents"))
    for doc in docs:
        caption = t(who.lang, f"rapat.doc_caption_{doc.kind}", title=meeting.title)
        try:
            await context.bot.send_document(who.chat_id, doc.file_id, caption=caption)
        except BadRequest as error:
            # A file id Telegram no longer knows (another bot token, a purged file): say so,
            # and go on with the other files, rather than fail the whole press.
            log.warning("document of %s could not be re-sent: %s", meeting.ref, error)
            await context.bot.send_message(who.chat_id, t(who.lang, "rapat.document_unavailable"))


# --- admins' buttons --------------------------------------------------------------------------


async def manage(update: Update, context: Context) -> None:
    """Admin buttons on a meeting card: attendance, move, cancel, nudge, documents."""
    query = update.callback_query
    assert query is not None and query.data is not None
    who = context.who
    op, meeting_id = pressed(buttons.MEETING_ADMIN, query)
    meeting = await _meeting_for(context, meeting_id)
    zone = context.state.settings.schedule.timezone
    if meeting is None:
        await acknowledge(query, t(who.lang, "rapat.not_scheduled"), alert=True)
        return
    await acknowledge(query)
    if op == "a":
        async with context.state.db.transaction(write=False) as tx:
            text = await meeting_notices.attendance(tx, meeting, zone, who.lang)
        for piece in split_message(text):
            await context.bot.send_message(who.chat_id, piece)
        return
    if meeting.cancelled or (op != "f" and meeting.starts_at <= context.state.now()):
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.not_scheduled"))
        return
    if op in ("f", "u"):
        # One form at a time: resuming another open form here would apply this button's work
        # to the wrong meeting.
        if await flows.busy_with_other_form(context):
            return
        await context.bot.send_message(
            who.chat_id, t(who.lang, "rapat.form_for", id=meeting.id, title=meeting.title)
        )
        name = DOCUMENTS_FORM.name if op == "f" else "rapat_ubah"
        await flows.begin(
            update, context, context.state.flows[name], {"meeting": meeting.id},
            locked=("meeting",),
        )  # fmt: skip
    elif op == "x":
        markup = InlineKeyboardMarkup(
            [
                [
                    _button(
                        who.lang,
                        "btn.rapat_cancel_yes",
                        buttons.MEETING_ADMIN.pack("xy", meeting.id),
                    )
                ]
            ]
        )
        await context.bot.send_message(
            who.chat_id,
            t(who.lang, "rapat.cancel_confirm", title=meeting.title),
            reply_markup=markup,
        )
    elif op == "xy":
        await _cancel(context, meeting)
    elif op == "n":
        tag = f"nudge:{context.state.now():%Y%m%dT%H%M}"
        async with context.state.db.transaction() as tx:
            count = await meeting_notices.nudge(tx, meeting, zone, tag)
            await audit.record(tx, who.user_id, "meeting.nudged", meeting.ref, str(count))
        context.state.wake_sender()
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.nudged", n=count))


async def _cancel(context: Context, meeting: Meeting) -> None:
    who = context.who
    zone = context.state.settings.schedule.timezone
    async with context.state.db.transaction() as tx:
        cancelled = await meetings.cancel(tx, meeting.id, now=context.state.now())
        count = 0
        if cancelled is not None:
            count = await meeting_notices.announce_cancel(tx, cancelled, zone)
            await audit.record(tx, who.user_id, "meeting.cancelled", meeting.ref, str(count))
    if cancelled is None:
        await context.bot.send_message(who.chat_id, t(who.lang, "rapat.not_scheduled"))
        return
    await context.state.scheduler.plan_meeting(meeting.id)  # drops its alarms
    context.state.wake_sender()
    await context.bot.send_message(who.chat_id, t(who.lang, "rapat.cancelled_ok", n=count))


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Meetings."""
    return [
        CommandHandler("rapat", show_meetings),
        CommandHandler("rapat_baru", start_meeting),
        CallbackQueryHandler(answer_invitation, pattern=buttons.MEETING_ANSWER.pattern),
        CallbackQueryHandler(send_documents, pattern=buttons.MEETING_DOCUMENTS.pattern),
        CallbackQueryHandler(manage, pattern=buttons.MEETING_ADMIN.pattern),
    ]
