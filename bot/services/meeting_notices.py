"""What meetings say: invitations, updates, reminders and summaries, queued in the outbox.

Every message is queued in the caller's transaction with a key that names what it is about,
so the same invitation, reminder or nudge can never be queued twice for one officer:

- `invite:<meeting>:<user>` (then `#ics` the .ics, `#doc3`… the documents: the text itself
  may be split into `#2`, `#3`…)
- `moved:<meeting>:<sequence>:<user>`, `cancelled:<meeting>:<user>`, `doc:<meeting>:<doc>:<user>`
- `reminder:<meeting>:<offset min>:<due>:<user>`, `nudge-auto:<meeting>:<user>`,
  `nudge:<meeting>:<when>:<user>`, `attendance:<meeting>:<due>:<admin>`
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain import buttons
from bot.domain.calendar_file import CalendarEvent, ics_filename, meeting_ics
from bot.domain.meeting import DEFAULT_DURATION
from bot.domain.quantities import format_datetime
from bot.domain.regions import REGENCIES, regency_by_code
from bot.services import notify
from bot.texts import Raw, t
from storage import attachments, meetings, outbox, proposals
from storage.db import Tx
from storage.deadlines import Deadline
from storage.meetings import Document, Meeting, Rsvp, to_stamp
from storage.officers import Officer, Status, list_by_status
from storage.officers import get as get_officer

ANSWERS = ("hadir", "tidak", "wakil")
ICON = {"hadir": "✅", "tidak": "❌", "wakil": "👥", None: "❔"}
UID_DOMAIN = "sinkron.disperkimtan.kalteng"
LISTED_PROPOSALS = 5


def when_text(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """ "Rabu, 18/11/2026 09.00 WIB" in `zone`."""
    local = moment.astimezone(zone)
    day = t(lang, f"day.{local.isoweekday()}")
    return f"{day}, {format_datetime(local)} {local.tzname() or ''}".strip()


def duration_text(span: timedelta, lang: str) -> str:
    """ "1 hari 3 jam", "2 jam", "45 menit": days, hours and minutes, rounded to the minute."""
    minutes = max(1, round(span.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        t(lang, f"unit.{unit}", n=count)
        for unit, count in (("days", days), ("hours", hours), ("minutes", minutes))
        if count
    ]
    return " ".join(parts)


def before_text(offset: timedelta, lang: str) -> str:
    """A reminder's offset: "7 hari sebelumnya"."""
    return t(lang, "rapat.before", span=duration_text(offset, lang))


def left_text(span: timedelta, lang: str) -> str:
    """The time really left when a message goes out: "2 jam lagi" (never the planned offset,
    which is wrong for a reminder sent late after a restart)."""
    return t(lang, "rapat.left", span=duration_text(span, lang))


def rsvp_markup(meeting_id: int, lang: str) -> InlineKeyboardMarkup:
    """Hadir / Tidak hadir / Diwakilkan."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, f"btn.rsvp_{answer}"),
                    callback_data=buttons.MEETING_ANSWER.pack("j", meeting_id, answer),
                )
                for answer in ANSWERS
            ]
        ]
    )


def details(meeting: Meeting, zone: ZoneInfo, lang: str) -> str:
    """Time, place (with a map link) and agenda."""
    lines = [
        t(lang, "rapat.line_when", when=when_text(meeting.starts_at, zone, lang)),
        t(lang, "rapat.line_place", place=meeting.place),
    ]
    if meeting.latitude is not None and meeting.longitude is not None:
        lines.append(t(lang, "rapat.line_map", lat=meeting.latitude, lon=meeting.longitude))
    lines.append(t(lang, "rapat.line_agenda", agenda=meeting.agenda))
    return "\n".join(lines)


def answer_text(rsvp: Rsvp | None, lang: str) -> str:
    """An officer's answer as shown to them and to admins."""
    if rsvp is None:
        return t(lang, "rapat.answer_none")
    if rsvp.answer == "wakil":
        who = rsvp.representative or t(lang, "rapat.rep_unnamed")
        return t(lang, "rapat.answer_wakil_named", name=who)
    return t(lang, f"rapat.answer_{rsvp.answer}")


async def officers_of(tx: Tx, regencies: Iterable[str]) -> list[Officer]:
    """The active officers of these regencies."""
    wanted = set(regencies)
    return [o for o in await list_by_status(tx, Status.ACTIVE) if o.regency_code in wanted]


async def invitees(tx: Tx, meeting: Meeting) -> list[Officer]:
    """The active officers of the regencies a meeting invites."""
    return await officers_of(tx, meeting.regencies)


async def calendar_attachment(tx: Tx, meeting: Meeting, zone: ZoneInfo, lang: str) -> int:
    """The meeting's .ics as it stands now (one file per version and language)."""
    event = CalendarEvent(
        uid=f"rapat-{meeting.id}@{UID_DOMAIN}",
        # Some calendar apps ignore STATUS:CANCELLED: the title says it too.
        title=t(lang, "rapat.ics_cancelled", title=Raw(meeting.title))
        if meeting.cancelled
        else meeting.title,
        start=meeting.starts_at.astimezone(zone),
        duration=DEFAULT_DURATION,
        place=meeting.place,
        description=t(lang, "rapat.ics_description", agenda=Raw(meeting.agenda)),
        alarms=tuple(timedelta(minutes=m) for m in meeting.offsets_min),
        sequence=meeting.sequence,
        stamp=meeting.scheduled_at,
        zone=zone,
        latitude=meeting.latitude,
        longitude=meeting.longitude,
        cancelled=meeting.cancelled,
    )
    return await attachments.put(
        tx,
        f"ics:{meeting.id}:{meeting.sequence}:{lang}",
        ics_filename(meeting.title, meeting.starts_at.astimezone(zone)),
        "text/calendar",
        meeting_ics(event),
    )


async def _queue_ics(tx: Tx, key: str, officer: Officer, meeting: Meeting, zone: ZoneInfo) -> None:
    attachment_id = await calendar_attachment(tx, meeting, zone, officer.language)
    # A cancelled meeting's file removes it from the calendar: its caption says so.
    caption = "rapat.ics_caption_cancelled" if meeting.cancelled else "rapat.ics_caption"
    await outbox.enqueue(
        tx,
        key,
        officer.chat_id,
        t(officer.language, caption),
        kind="document",
        attachment_id=attachment_id,
        ref=meeting.ref,
    )


async def _queue_documents(
    tx: Tx, key: str, first: int, officer: Officer, meeting: Meeting, docs: Sequence[Document]
) -> None:
    for number, doc in enumerate(docs, start=first):
        caption = t(officer.language, f"rapat.doc_caption_{doc.kind}", title=meeting.title)
        await outbox.enqueue(
            tx, f"{key}#doc{number}", officer.chat_id, caption, kind="document",
            file_id=doc.file_id, ref=meeting.ref,
        )  # fmt: skip


async def invite(tx: Tx, meeting: Meeting, officer: Officer, zone: ZoneInfo) -> bool:
    """Queue one officer's invitation: the text with RSVP buttons, the .ics, the documents."""
    lang = officer.language
    key = f"invite:{meeting.id}:{officer.user_id}"
    text = t(
        lang,
        "rapat.invitation",
        title=meeting.title,
        details=Raw(details(meeting, zone, lang)),
    )
    queued = await notify.queue(
        tx, key, officer.chat_id, text, rsvp_markup(meeting.id, lang), ref=meeting.ref
    )
    if not queued:
        return False
    await _queue_ics(tx, f"{key}#ics", officer, meeting, zone)
    docs = [d for d in await meetings.documents(tx, meeting.id) if d.kind != "notulen"]
    await _queue_documents(tx, key, 3, officer, meeting, docs)
    return True


async def invite_all(tx: Tx, meeting: Meeting, zone: ZoneInfo) -> int:
    """Queue every invitee's invitation; how many were queued."""
    count = 0
    for officer in await invitees(tx, meeting):
        count += await invite(tx, meeting, officer, zone)
    return count


async def invite_new_officer(tx: Tx, officer: Officer, now: datetime, zone: ZoneInfo) -> int:
    """An officer approved after invitations went out gets those of upcoming meetings."""
    count = 0
    if officer.regency_code is None:
        return 0
    for meeting in await meetings.upcoming(tx, now, officer.regency_code):
        count += await invite(tx, meeting, officer, zone)
    return count


async def announce_move(tx: Tx, meeting: Meeting, old_start: datetime, zone: ZoneInfo) -> int:
    """Tell every invitee the new time, with a fresh .ics (its SEQUENCE bumped)."""
    answers = await meetings.answers(tx, meeting.id)
    count = 0
    for officer in await invitees(tx, meeting):
        lang = officer.language
        key = f"moved:{meeting.id}:{meeting.sequence}:{officer.user_id}"
        text = t(
            lang,
            "rapat.moved",
            title=meeting.title,
            old=when_text(old_start, zone, lang),
            details=Raw(details(meeting, zone, lang)),
            answer=Raw(answer_text(answers.get(officer.user_id), lang)),
        )
        if await notify.queue(
            tx, key, officer.chat_id, text, rsvp_markup(meeting.id, lang), ref=meeting.ref
        ):
            await _queue_ics(tx, f"{key}#ics", officer, meeting, zone)
            count += 1
    return count


async def announce_cancel(tx: Tx, meeting: Meeting, zone: ZoneInfo) -> int:
    """Tell every invitee the meeting is off, with a cancelling .ics."""
    count = 0
    for officer in await invitees(tx, meeting):
        lang = officer.language
        key = f"cancelled:{meeting.id}:{officer.user_id}"
        text = t(
            lang,
            "rapat.cancelled",
            title=meeting.title,
            when=when_text(meeting.starts_at, zone, lang),
        )
        if await notify.queue(tx, key, officer.chat_id, text, ref=meeting.ref):
            await _queue_ics(tx, f"{key}#ics", officer, meeting, zone)
            count += 1
    return count


async def send_documents(tx: Tx, meeting: Meeting, docs: Sequence[Document]) -> int:
    """New files for a meeting (materials, or the minutes afterwards) to every invitee."""
    count = 0
    for officer in await invitees(tx, meeting):
        key = f"doc:{meeting.id}:{docs[0].id}:{officer.user_id}"
        caption = t(officer.language, "rapat.docs_new", title=meeting.title, n=len(docs))
        if await notify.queue(tx, key, officer.chat_id, caption, ref=meeting.ref):
            await _queue_documents(tx, key, 2, officer, meeting, docs)
            count += 1
    return count


async def agenda_lines(tx: Tx, regency_code: str | None, lang: str) -> str:
    """A regency's proposals awaiting a decision: what the meeting will discuss for it."""
    if regency_code is None:
        return ""
    waiting = await proposals.undecided_of_regency(tx, regency_code, LISTED_PROPOSALS + 1)
    name = regency_by_code(regency_code).short_name
    if not waiting:
        return t(lang, "rapat.agenda_none", regency=name)
    rows = [
        t(
            lang,
            "rapat.agenda_row",
            code=p.code,
            title=p.title,
            status=t(lang, f"proposal.{p.status}"),
        )
        for p in waiting[:LISTED_PROPOSALS]
    ]
    if len(waiting) > LISTED_PROPOSALS:
        rows.append(t(lang, "rapat.agenda_more"))
    return t(lang, "rapat.agenda_head", regency=name) + "\n" + "\n".join(rows)


async def remind(
    tx: Tx, meeting: Meeting, offset_min: int, due: datetime, zone: ZoneInfo, now: datetime
) -> int:
    """The reminder at one offset, to every invitee who has not declined."""
    answers = await meetings.answers(tx, meeting.id)
    count = 0
    for officer in await invitees(tx, meeting):
        rsvp = answers.get(officer.user_id)
        if rsvp is not None and rsvp.answer == "tidak":
            continue
        lang = officer.language
        text = t(
            lang,
            "rapat.reminder",
            title=meeting.title,
            lead=left_text(meeting.starts_at - now, lang),
            details=Raw(details(meeting, zone, lang)),
            answer=Raw(answer_text(rsvp, lang)),
            agenda=Raw(await agenda_lines(tx, officer.regency_code, lang)),
        )
        key = f"reminder:{meeting.id}:{offset_min}:{to_stamp(due)}:{officer.user_id}"
        markup = rsvp_markup(meeting.id, lang) if rsvp is None else None
        count += await notify.queue(tx, key, officer.chat_id, text, markup, ref=meeting.ref)
    return count


async def nudge(tx: Tx, meeting: Meeting, zone: ZoneInfo, tag: str) -> int:
    """Ask every invitee who has not answered yet to answer (once per `tag`)."""
    answers = await meetings.answers(tx, meeting.id)
    count = 0
    for officer in await invitees(tx, meeting):
        if officer.user_id in answers:
            continue
        lang = officer.language
        text = t(
            lang,
            "rapat.nudge",
            title=meeting.title,
            when=when_text(meeting.starts_at, zone, lang),
        )
        key = f"{tag}:{meeting.id}:{officer.user_id}"
        count += await notify.queue(
            tx, key, officer.chat_id, text, rsvp_markup(meeting.id, lang), ref=meeting.ref
        )
    return count


async def attendance(tx: Tx, meeting: Meeting, zone: ZoneInfo, lang: str) -> str:
    """Per-regency attendance: who confirmed, declined, sent a representative, or is silent."""
    answers = await meetings.answers(tx, meeting.id)
    people = await invitees(tx, meeting)
    counts = dict.fromkeys(("hadir", "tidak", "wakil", "none"), 0)
    by_regency: dict[str, list[str]] = {}
    for officer in people:
        rsvp = answers.get(officer.user_id)
        counts[rsvp.answer if rsvp is not None else "none"] += 1
        entry = f"{officer.full_name or officer.user_id} {ICON[rsvp.answer if rsvp else None]}"
        if rsvp is not None and rsvp.answer == "wakil" and rsvp.representative:
            entry += f" ({rsvp.representative})"
        by_regency.setdefault(officer.regency_code or "", []).append(entry)
    lines = [
        t(
            lang,
            "rapat.attendance_head",
            title=meeting.title,
            when=when_text(meeting.starts_at, zone, lang),
            hadir=counts["hadir"],
            tidak=counts["tidak"],
            wakil=counts["wakil"],
            none=counts["none"],
        )
    ]
    empty = []
    for regency in REGENCIES:
        if regency.code not in meeting.regencies:
            continue
        entries = by_regency.get(regency.code)
        if not entries:
            empty.append(regency.short_name)  # one line for them all: short on a phone
            continue
        lines.append(
            t(lang, "rapat.attendance_row", regency=regency.short_name, entries=", ".join(entries))
        )
    if empty:
        lines.append(t(lang, "rapat.attendance_no_officer", regencies=", ".join(empty)))
    return "\n".join(lines)


async def attendance_for_admins(
    tx: Tx, meeting: Meeting, admins: Iterable[int], due: datetime, zone: ZoneInfo
) -> int:
    """The day-before summary for every admin, in their language."""
    count = 0
    for admin_id in sorted(admins):
        known = await get_officer(tx, admin_id)
        lang = known.language if known is not None else "id"
        text = await attendance(tx, meeting, zone, lang)
        key = f"attendance:{meeting.id}:{to_stamp(due)}:{admin_id}"
        count += await notify.queue(tx, key, admin_id, text, ref=meeting.ref)
    return count


async def deadline_reminder(
    tx: Tx,
    officer: Officer,
    deadline: Deadline,
    offset_min: int,
    due: datetime,
    zone: ZoneInfo,
    now: datetime,
) -> int:
    """Remind an officer whose regency has sent nothing for the budget year yet."""
    lang = officer.language
    text = t(
        lang,
        "tenggat.reminder",
        year=deadline.budget_year,
        when=when_text(deadline.closes_at, zone, lang),
        lead=left_text(deadline.closes_at - now, lang),
        regency=regency_by_code(officer.regency_code or "").short_name,
    )
    return await _queue_deadline(tx, deadline, officer, f"{offset_min}:{to_stamp(due)}", text)


async def _queue_deadline(tx: Tx, deadline: Deadline, officer: Officer, tag: str, text: str) -> int:
    """Queue a notice about a deadline for one officer, once per `tag`: 1 if queued now."""
    year = deadline.budget_year
    key = f"deadline:{year}:{tag}:{officer.user_id}"
    return int(await notify.queue(tx, key, officer.chat_id, text, ref=f"deadline:{year}"))


async def closed_with_draft(
    tx: Tx, officer: Officer, deadline: Deadline, zone: ZoneInfo, due: datetime
) -> int:
    """Tell an officer with a proposal still open that sending has closed; it stays kept."""
    text = t(
        officer.language,
        "tenggat.closed_notice",
        year=deadline.budget_year,
        when=when_text(deadline.closes_at, zone, officer.language),
    )
    return await _queue_deadline(tx, deadline, officer, f"closed:{to_stamp(due)}", text)


async def announce_deadline(
    tx: Tx, deadline: Deadline, was: datetime | None, zone: ZoneInfo, now: datetime
) -> int:
    """Tell every active officer a budget year's deadline (and the one it replaced), once
    per deadline: a second press queues nothing new."""
    count = 0
    stamp = to_stamp(deadline.closes_at)
    for officer in await list_by_status(tx, Status.ACTIVE):
        lang = officer.language
        change = (
            "" if was is None else t(lang, "tenggat.announce_was", was=when_text(was, zone, lang))
        )
        text = t(
            lang,
            "tenggat.announce",
            year=deadline.budget_year,
            when=when_text(deadline.closes_at, zone, lang),
            lead=left_text(deadline.closes_at - now, lang),
            change=Raw(change),
        )
        count += await _queue_deadline(tx, deadline, officer, f"announce:{stamp}", text)
    return count
