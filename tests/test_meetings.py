"""Meetings end to end: scheduling, invitations with RSVP and .ics, reminders across restarts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.standin import SentMessage
from storage import meetings, outbox
from tests.auxil.harness import ADMIN, OFFICER, OFFICER2, Harness

WIB = ZoneInfo("Asia/Pontianak")
OFFICER3 = 100_003


@pytest.fixture
async def province(bot: Harness) -> Harness:
    """Budi (Kotim) and Sari (Kapuas), approved."""
    for user, name, regency in (
        (OFFICER, "Budi Santoso", "Kotim"),
        (OFFICER2, "Sari Dewi", "Kapuas"),
    ):
        await bot.register(user, name=name, regency=regency)
        await bot.approve(user)
    return bot


def tomorrow_at_nine() -> datetime:
    local = datetime.now(WIB) + timedelta(days=1)
    return local.replace(hour=9, minute=0, second=0, microsecond=0)


async def send_pdf(bot: Harness, user: int, name: str) -> None:
    await bot.process(
        bot.standin.document_update(
            user, file_name=name, mime_type="application/pdf", file_size=90_000
        )
    )


async def up_to_the_agenda(bot: Harness, when: str = "besok 09.00") -> None:
    """An admin opens /rapat_baru and answers up to its agenda: the Rakor, `when`, the hall,
    no map point."""
    await bot.send(ADMIN, "/rapat_baru")
    await bot.press(ADMIN, "Rakor dan Sinkronisasi")
    await bot.send(ADMIN, when)
    await bot.send(ADMIN, "Aula Disperkimtan, Palangka Raya")
    await bot.send(ADMIN, "/lewati")


async def schedule(
    bot: Harness,
    *,
    when: str = "besok 09.00",
    offsets: str = "2h",
    audience: tuple[str, ...] = (),
    agenda: str = "Pembahasan usulan TA 2027",
    files: tuple[str, ...] = (),
    send: bool = True,
) -> list[str]:
    """An admin walks /rapat_baru to its end; the replies to the last step."""
    await up_to_the_agenda(bot, when)
    await bot.send(ADMIN, agenda)
    if audience:
        await bot.press(ADMIN, "Kabupaten/kota tertentu")
        for name in audience:
            await bot.press(ADMIN, name)
        await bot.press(ADMIN, "Selesai")
    else:
        await bot.press(ADMIN, "Semua kabupaten/kota")
    await bot.send(ADMIN, offsets)
    for name in files:
        await send_pdf(bot, ADMIN, name)
    last = await (bot.press(ADMIN, "Selesai") if files else bot.send(ADMIN, "/lewati"))
    return await bot.press(ADMIN, "Kirim") if send else last


def documents(bot: Harness, chat_id: int) -> list[SentMessage]:
    return [m for m in bot.standin.messages_for(chat_id) if m.kind == "document"]


def calendar_of(bot: Harness, message: SentMessage) -> Calendar:
    assert message.file_id is not None
    return Calendar.from_ical(bot.standin.uploads[message.file_id])


async def reminders_queued(bot: Harness, within: float = 5.0) -> list[str]:
    """Wait for reminder rows to appear in the outbox; their keys."""
    assert bot.app is not None
    deadline = asyncio.get_running_loop().time() + within
    while True:
        async with bot.app.bot_data.db.transaction(write=False) as tx:
            rows = await outbox.by_ref(tx, "meeting:1")
        keys = [r.key for r in rows if r.key.startswith("reminder:")]
        if keys or asyncio.get_running_loop().time() > deadline:
            return keys
        await asyncio.sleep(0.02)


async def test_invitation_reaches_officers_with_rsvp_buttons_and_a_calendar_file(
    province: Harness,
):
    bot = province
    done = await schedule(bot, offsets="7d, 1d, 2h")
    assert any("Rapat #1 dijadwalkan" in text and "2 petugas" in text for text in done)
    start = tomorrow_at_nine()
    # A meeting tomorrow: the 7-day and 1-day reminders are already past and say so.
    assert any("sudah lewat, tidak dikirim" in text for text in done)

    for officer in (OFFICER, OFFICER2):
        invitation = next(
            m for m in bot.standin.messages_for(officer) if "Undangan:" in m.plain_text
        )
        assert "Rakor dan Sinkronisasi Bidang Kawasan Permukiman" in invitation.plain_text
        assert f"{start:%d/%m/%Y} 09.00 WIB" in invitation.plain_text
        assert "Aula Disperkimtan" in invitation.plain_text
        labels = [b["text"] for row in invitation.reply_markup["inline_keyboard"] for b in row]
        assert labels == ["✅ Hadir", "❌ Tidak hadir", "👥 Diwakilkan"]
        (ics,) = documents(bot, officer)
        event = calendar_of(bot, ics).walk("VEVENT")[0]
        assert event.decoded("DTSTART") == start
        assert str(event["DTSTART"].params["TZID"]) == "Asia/Pontianak"
        assert int(event["SEQUENCE"]) == 0
        triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
        assert triggers == [-timedelta(days=7), -timedelta(days=1), -timedelta(hours=2)]
    # The .ics was uploaded once per language, then re-sent by Telegram's file id.
    uploads = [c for c in bot.standin.calls_to("sendDocument") if "document" in c.params]
    assert len(bot.standin.uploads) == 1
    assert len(uploads) == 2


async def test_a_question_typed_for_the_representative_is_answered_not_saved(province: Harness):
    """Ninth try-out: "batas akhir usulan kpn" was saved as the representative's name; and a
    position in brackets, which the prompt invites, was refused."""
    bot = province
    await schedule(bot)
    await bot.press(OFFICER2, "Diwakilkan")
    replies = "\n".join(await bot.send(OFFICER2, "batas akhir usulan kpn"))
    assert "diwakilkan oleh" not in replies
    assert "Sepertinya itu pertanyaan" in replies  # answered as the question it is
    await bot.send(OFFICER2, "Rahmadi, S.T. (Kasi Perumahan)")
    saved = await bot.press(OFFICER2, "Kirim")
    assert any("diwakilkan oleh Rahmadi, S.T. (Kasi Perumahan)" in text for text in saved)


async def test_answers_are_recorded_and_shown_to_admins(province: Harness):
    bot = province
    await schedule(bot)
    await bot.press(OFFICER, "Tidak hadir")
    await bot.press(OFFICER2, "Diwakilkan")
    await bot.send(OFFICER2, "Andi Wijaya, S.T.")
    saved = await bot.press(OFFICER2, "Kirim")
    assert any("diwakilkan oleh Andi Wijaya, S.T." in text for text in saved)

    cards = await bot.send(ADMIN, "/rapat")
    assert any("#1 Rakor" in card for card in cards)
    attendance = await bot.press(ADMIN, "Kehadiran")
    summary = attendance[-1]
    assert "Hadir 0 · ❌ Tidak 1 · 👥 Diwakilkan 1 · ❔ Belum menjawab 0" in summary
    assert "Kotawaringin Timur: Budi Santoso ❌" in summary or "Kotim: Budi Santoso ❌" in summary
    assert "Sari Dewi 👥 (Andi Wijaya, S.T.)" in summary

    mine = await bot.send(OFFICER, "/rapat")
    assert any("Jawaban Anda: ❌ tidak hadir" in text for text in mine)


async def test_reminder_fires_once_at_its_time_across_a_restart_and_skips_decliners(
    province: Harness,
):
    bot = province
    await schedule(bot, offsets="2h")
    await bot.press(OFFICER2, "Tidak hadir")
    due = tomorrow_at_nine() - timedelta(hours=2)

    # The bot restarts shortly before the reminder is due: the alarm is re-created from the
    # database and rings at its time.
    bot.travel_to(due - timedelta(seconds=0.4))
    await bot.restart()
    assert await reminders_queued(bot, within=0.2) == []  # not early
    keys = await reminders_queued(bot)
    assert keys == [f"reminder:1:120:{due.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}:{OFFICER}"]
    await bot.settle()
    reminder = bot.last(OFFICER).plain_text
    assert "Pengingat: Rakor dan Sinkronisasi" in reminder
    assert "2 jam lagi" in reminder
    assert "Aula Disperkimtan" in reminder
    assert not any("Pengingat:" in text for text in bot.texts(OFFICER2))  # declined

    # Another restart after it fired: nothing is queued twice.
    await bot.restart()
    await asyncio.sleep(0.2)
    assert await reminders_queued(bot) == keys


async def test_a_reminder_missed_while_down_is_sent_at_start_unless_the_meeting_began(
    province: Harness,
):
    bot = province
    await schedule(bot, offsets="2h")
    start = tomorrow_at_nine()
    bot.travel_to(start - timedelta(minutes=30))  # the 2h reminder passed while stopped
    await bot.restart()
    assert len(await reminders_queued(bot)) == 2

    await bot.stop()
    await bot.start()
    assert bot.app is not None
    # A second meeting whose reminder passed after the meeting had begun: skipped and recorded.
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        first = await meetings.get(tx, 1)
    assert first is not None
    bot.travel_to(start + timedelta(minutes=5))
    await bot.restart()
    await asyncio.sleep(0.1)
    assert len(await reminders_queued(bot)) == 2  # nothing new for the meeting that began


async def test_reschedule_moves_reminders_and_resends_the_calendar(province: Harness):
    bot = province
    await schedule(bot, offsets="2h")
    await bot.send(ADMIN, "/rapat")
    await bot.press(ADMIN, "Ubah jadwal")
    # The time it already has changes nothing: no "schedule changed" to every invitee
    # (fourteenth try-out).
    await bot.send(ADMIN, f"{tomorrow_at_nine():%d/%m/%Y} 09.00")
    same = await bot.press(ADMIN, "Kirim")
    assert "sudah dijadwalkan" in same[0] and "tidak ada pemberitahuan" in same[0]
    assert not any("Jadwal berubah" in m.plain_text for m in bot.standin.messages_for(OFFICER))
    await bot.press(ADMIN, "Waktu")
    new_start = tomorrow_at_nine() + timedelta(days=1, hours=4)
    await bot.send(ADMIN, f"{new_start:%d/%m/%Y} 13.00")
    moved = await bot.press(ADMIN, "Kirim")
    assert any("Jadwal diubah" in text for text in moved)

    notice = next(m for m in bot.standin.messages_for(OFFICER) if "Jadwal berubah" in m.plain_text)
    assert f"{new_start:%d/%m/%Y} 13.00 WIB" in notice.plain_text
    ics = documents(bot, OFFICER)[-1]
    event = calendar_of(bot, ics).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == new_start

    old_due = tomorrow_at_nine() - timedelta(hours=2)
    bot.travel_to(old_due + timedelta(seconds=1))
    await bot.restart()
    assert await reminders_queued(bot, within=0.3) == []  # the old time rings nothing
    bot.travel_to(new_start - timedelta(hours=2) - timedelta(seconds=0.3))
    await bot.restart()
    assert len(await reminders_queued(bot)) == 2


async def test_cancel_tells_invitees_and_stops_reminders(province: Harness):
    bot = province
    await schedule(bot, offsets="2h")
    await bot.send(ADMIN, "/rapat")
    await bot.press(ADMIN, "Batalkan rapat")
    done = await bot.press(ADMIN, "Ya, batalkan")
    assert any("Rapat dibatalkan" in text for text in done)
    assert any("Rapat dibatalkan: Rakor" in text for text in bot.texts(OFFICER))
    cancelling = documents(bot, OFFICER)[-1]
    cancelled = calendar_of(bot, cancelling).walk("VEVENT")[0]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    # not "save the meeting to your calendar" (fourteenth try-out)
    assert "menghapus rapat dari kalender" in cancelling.plain_text
    bot.travel_to(tomorrow_at_nine() - timedelta(hours=2, seconds=0.2))
    await bot.restart()
    assert await reminders_queued(bot, within=0.5) == []
    assert "Belum ada rapat" in (await bot.send(OFFICER, "/rapat"))[0]


async def test_an_officer_approved_later_gets_the_invitation(province: Harness):
    bot = province
    await schedule(bot, audience=("Kotawaringin Timur",))
    assert not any("Undangan:" in text for text in bot.texts(OFFICER2))  # Kapuas not invited
    # asked, not "no meeting is scheduled" (fourteenth try-out)
    told = (await bot.send(OFFICER2, "rakor kapan pak?"))[0]
    assert "tidak termasuk yang diundang" in told and "Rakor" in told
    bot.standin.add_user(OFFICER3, "Andi")
    await bot.register(OFFICER3, name="Andi Wijaya", regency="Kotim")
    await bot.approve(OFFICER3)
    assert any("Undangan: Rakor" in text for text in bot.texts(OFFICER3))
    assert documents(bot, OFFICER3)  # the .ics too


async def test_bad_times_and_offsets_get_an_example(bot: Harness):
    await bot.send(ADMIN, "/rapat_baru")
    await bot.press(ADMIN, "Rakor dan Sinkronisasi")
    impossible = (await bot.send(ADMIN, "31/02/2027 09.00"))[0]
    assert "tidak ada di kalender" in impossible
    assert "2022" not in impossible  # no example already past (fourteenth try-out)
    ahead = datetime.now(WIB) + timedelta(days=14)
    named = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    wrong_day = named[(ahead.weekday() + 1) % 7]
    mismatch = (await bot.send(ADMIN, f"{wrong_day} {ahead:%d/%m/%Y} 09.00"))[0]
    assert f"jatuh pada hari {named[ahead.weekday()]}" in mismatch
    nonsense = (await bot.send(ADMIN, "secepatnya"))[0]
    example = f"{(datetime.now(WIB) + timedelta(days=14)):%d/%m/%Y} 09.00"
    assert f"misalnya {example}" in nonsense  # a date ahead, never one already past
    assert f"Contoh: {example}" in nonsense
    past = (await bot.send(ADMIN, "01/01/2020 09.00"))[0]
    assert "sudah lewat" in past
    await bot.send(ADMIN, f"18 November {datetime.now(WIB).year + 1} pukul 09:00")
    await bot.send(ADMIN, "Aula")
    skipped = await bot.send(ADMIN, "/lewati")  # the location: nothing noted, so not "Tercatat"
    assert "✔️ Tercatat." not in skipped and skipped[0] == "Dilewati."
    assert "Baik." not in skipped and "Dilewati." not in skipped[1]  # said once (tenth try-out)
    await bot.send(ADMIN, "Agenda")
    await bot.press(ADMIN, "Semua kabupaten/kota")
    bad = (await bot.send(ADMIN, "seminggu sekali"))[0]
    assert "7d, 1d, 2h" in bad
    accepted = await bot.send(ADMIN, "30m")
    assert any("Kirim surat undangan" in text for text in accepted)


async def test_meeting_questions_answer_from_the_schedule(province: Harness):
    bot = province
    none = (await bot.send(OFFICER, "rakor kapan?"))[0]
    assert "Belum ada rapat" in none
    await schedule(bot)
    answer = (await bot.send(OFFICER, "jadwal rapat koordinasi"))[0]
    assert "Rapat berikutnya: Rakor dan Sinkronisasi" in answer
    assert f"{tomorrow_at_nine():%d/%m/%Y} 09.00 WIB" in answer
    english = (await bot.send(OFFICER, "when is the rakor"))[0]
    assert "Rakor dan Sinkronisasi" in english
    assert "Next meeting" in english  # an English question is answered in English
    # the agenda is the scheduled meeting's, asked outright or right after its date
    assert "Rapat berikutnya" in (await bot.send(OFFICER, "agenda rakor apa"))[0]
    assert "Rapat berikutnya" in (await bot.send(OFFICER, "acaranya apa aja"))[0]
    # right after the date, where and when alone ask about the same meeting
    await bot.send(OFFICER, "rakor kpn")
    assert "Rapat berikutnya" in (await bot.send(OFFICER, "dmn tempatnya"))[0]
    # a past Rakor is not the next one: the yearly cycle's dates answer it
    past = (await bot.send(OFFICER, "rakor taun lalu kpn ya"))[0]
    assert "Rapat berikutnya" not in past and "Rakor" in past


async def test_the_rakor_asked_for_when_only_its_preparation_is_scheduled(province: Harness):
    """ "rakor kpn" while only a preparatory meeting is scheduled: the Rakor is not yet, and
    the next meeting is named as such (the sixth try-out took it for the Rakor)."""
    bot = province
    await bot.send(ADMIN, "/rapat_baru")
    await bot.send(ADMIN, "Rapat persiapan Rakor & verifikasi usulan")
    for answer in ("besok 09.00", "Aula Disperkimtan", "/lewati", "Agenda"):
        await bot.send(ADMIN, answer)
    await bot.press(ADMIN, "Semua kabupaten/kota")
    await bot.send(ADMIN, "2h")
    await bot.send(ADMIN, "/lewati")
    await bot.press(ADMIN, "Kirim")
    answer = (await bot.send(OFFICER, "rakor kpn ya pak"))[0]
    assert answer.startswith("📅 Rakor tahun ini belum dijadwalkan")
    assert "Rapat berikutnya: Rapat persiapan Rakor & verifikasi usulan" in answer
    # asked for any meeting, the preparatory one is simply the next
    assert (await bot.send(OFFICER, "rapat berikutnya kapan"))[0].startswith(
        "📅 Rapat berikutnya: Rapat persiapan"
    )


async def test_documents_go_with_the_invitation_and_minutes_after(province: Harness):
    bot = province
    await schedule(bot, offsets="tanpa", files=("undangan.pdf",))
    names = [m.media["file_name"] for m in documents(bot, OFFICER)]
    assert names[-1] == "undangan.pdf"  # after the .ics

    await bot.send(ADMIN, "/rapat")
    await bot.press(ADMIN, "Tambah dokumen")
    await bot.press(ADMIN, "Notulen")
    await send_pdf(bot, ADMIN, "notulen.pdf")
    await bot.press(ADMIN, "Selesai")
    sent = await bot.press(ADMIN, "Kirim")
    assert any("sedang dikirim ke 2 petugas" in text for text in sent)
    assert documents(bot, OFFICER2)[-1].media["file_name"] == "notulen.pdf"
    assert documents(bot, OFFICER2)[-1].plain_text.startswith("📝 Notulen")

    listed = await bot.send(OFFICER, "/rapat")
    assert any("#1" in text for text in listed)
    again = await bot.press(OFFICER, "Dokumen (2)")
    assert again == ["📄 Surat undangan: Rakor dan Sinkronisasi Bidang Kawasan Permukiman " +
                     f"{datetime.now(WIB).year}", f"📝 Notulen: Rakor dan Sinkronisasi Bidang "
                     f"Kawasan Permukiman {datetime.now(WIB).year}"]  # fmt: skip
    # A file Telegram no longer knows is said so, and the other still comes (twelfth try-out:
    # the press ended in "terjadi kesalahan").
    (gone,) = [key for key, (_, media) in bot.standin.files.items()
               if isinstance(media, dict) and media.get("file_name") == "undangan.pdf"]  # fmt: skip
    del bot.standin.files[gone]
    again = await bot.press(OFFICER, "Dokumen (2)")
    assert "tidak dapat dikirim ulang" in again[0] and again[1].startswith("📝 Notulen")


async def test_the_day_before_admins_get_attendance_and_the_silent_get_one_nudge(
    province: Harness,
):
    bot = province
    start = tomorrow_at_nine() + timedelta(days=2)
    await schedule(bot, when=f"{start:%d/%m/%Y} 09.00", offsets="2h")
    await bot.press(OFFICER, "Hadir")
    bot.travel_to(start - timedelta(days=1, seconds=0.3))
    await bot.restart()
    await asyncio.sleep(0.5)
    await bot.settle()
    summary = bot.last(ADMIN).plain_text
    assert "Kehadiran: Rakor" in summary
    assert "✅ Hadir 1" in summary and "Belum menjawab 1" in summary
    assert "🔔 Mohon konfirmasi kehadiran Anda di" in bot.last(OFFICER2).plain_text
    assert not any("🔔" in text for text in bot.texts(OFFICER))
    await bot.restart()  # once only, across restarts
    await asyncio.sleep(0.2)
    await bot.settle()
    assert sum("🔔" in text for text in bot.texts(OFFICER2)) == 1


async def test_reminders_missed_while_down_send_only_the_latest_with_the_real_time_left(
    province: Harness,
):
    bot = province
    start = tomorrow_at_nine() + timedelta(days=8)
    await schedule(bot, when=f"{start:%d/%m/%Y} 09.00", offsets="7d, 1d, 2h")
    bot.travel_to(start - timedelta(hours=1))  # all three passed while the bot was down
    await bot.restart()
    keys = await reminders_queued(bot)
    await asyncio.sleep(0.2)
    keys = await reminders_queued(bot)
    assert keys and all(":120:" in key for key in keys)  # only the 2-hour one
    await bot.settle()
    (reminder,) = [text for text in bot.texts(OFFICER) if "Pengingat:" in text]
    assert "1 jam lagi" in reminder and "hari lagi" not in reminder


async def test_a_time_that_passed_before_sending_is_refused_and_the_draft_kept(bot: Harness):
    await schedule(bot, offsets="30m", send=False)
    bot.travel_to(tomorrow_at_nine() + timedelta(days=1))
    refused = await bot.press(ADMIN, "Kirim")
    assert "sudah lewat" in refused[0] and "Ubah Waktu" in refused[0]
    assert "Belum ada rapat" in (await bot.send(ADMIN, "/rapat"))[0]
    await bot.press(ADMIN, "Waktu")
    await bot.send(ADMIN, "besok 10.00")
    done = await bot.press(ADMIN, "Kirim")
    assert any("Rapat #1 dijadwalkan" in text for text in done)


async def test_a_button_for_one_meeting_never_resumes_a_form_about_another(province: Harness):
    bot = province
    await schedule(bot)
    await schedule(bot, when="lusa 09.00", audience=("Kapuas",))
    cards = await bot.send(ADMIN, "/rapat")
    assert len([c for c in cards if "📅 #" in c]) == 2
    await bot.press(ADMIN, "Tambah dokumen")  # on meeting #2, the newest card: left open
    first_card = next(
        m for m in bot.standin.messages_for(ADMIN) if m.plain_text.startswith("📅 #1")
    )
    data = next(
        b["callback_data"]
        for row in first_card.reply_markup["inline_keyboard"]
        for b in row
        if "Ubah jadwal" in b["text"]
    )
    replies = await bot.process(bot.standin.callback_update(ADMIN, first_card.message_id, data))
    assert any("masih punya isian lain" in m.plain_text for m in replies)


async def test_officers_keep_a_past_meetings_minutes_and_guests_learn_nothing(
    province: Harness,
):
    bot = province
    await schedule(bot)
    bot.travel_to(tomorrow_at_nine() + timedelta(minutes=1))
    listed = await bot.send(OFFICER, "/rapat")
    # just begun is "in progress", not "past" (fifteenth try-out)
    assert any("#1" in text and "sedang berlangsung" in text for text in listed)
    bot.travel_to(tomorrow_at_nine() + timedelta(hours=5))
    listed = await bot.send(OFFICER, "/rapat")
    assert any("#1" in text and "sudah lewat" in text for text in listed)
    bot.standin.add_user(777, "Tamu")
    assert "petugas terdaftar" in (await bot.send(777, "rakor kapan?"))[0]


async def test_an_agenda_of_a_dash_is_asked_again(province: Harness):
    """Thirteenth try-out: "-" was taken as the agenda every invited officer would read."""
    bot = province
    await up_to_the_agenda(bot)
    refused = (await bot.send(ADMIN, "-"))[-1]
    assert "minimal 5 karakter" in refused
    taken = (await bot.send(ADMIN, "Pembahasan usulan TA 2027"))[-1]
    assert "Siapa yang diundang" in taken


async def test_a_long_agenda_with_ampersands_keeps_the_letter_and_the_card(province: Harness):
    bot = province
    agenda = "A" + "&" * 1499  # the longest agenda, almost all of it escaped as "&amp;"
    done = await schedule(bot, agenda=agenda, offsets="tanpa", files=("undangan.pdf",))
    assert any("Rapat #1 dijadwalkan" in text for text in done)
    assert not any("Maaf" in text for text in done)
    names = [m.media["file_name"] for m in documents(bot, OFFICER)]
    assert "undangan.pdf" in names


async def test_a_representative_named_after_changing_the_answer_is_not_recorded(
    province: Harness,
):
    bot = province
    await schedule(bot)
    await bot.press(OFFICER, "Diwakilkan")
    await bot.send(OFFICER, "/rapat")
    await bot.press(OFFICER, "Hadir")
    await bot.send(OFFICER, "Andi Wijaya")
    replies = await bot.press(OFFICER, "Kirim")
    assert any("tidak disimpan" in text for text in replies)
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        answer = (await meetings.answers(tx, 1))[OFFICER]
    assert answer.answer == "hadir"


async def test_invited_regencies_may_be_typed_by_their_short_names(province: Harness):
    bot = province
    await up_to_the_agenda(bot)
    await bot.send(ADMIN, "Pembahasan usulan TA 2027")
    question = (await bot.press(ADMIN, "Kabupaten/kota tertentu"))[-1]
    assert "Kotim, Bartim, Palangka Raya" in question
    refused = (await bot.send(ADMIN, "kotim dan kalbar"))[-1]
    assert "\u201ckalbar\u201d tidak saya kenali" in refused
    assert "Yang saya kenali sudah saya centang" in refused  # Kotim stays ticked
    assert (
        "Terpilih sekarang: Kotawaringin Timur, Barito Timur"
        in (await bot.send(ADMIN, "bartim"))[-1]
    )
    next_step = await bot.press(ADMIN, "Selesai ✅")
    assert any("Pengingat" in text or "pengingat" in text for text in next_step)
    await bot.send(ADMIN, "2h")
    summary = (await bot.send(ADMIN, "/lewati"))[-1]
    assert "Kotawaringin Timur, Barito Timur" in summary
    assert "Diundang: Kabupaten/kota tertentu" in summary  # reads as a fact, not a button
    assert "1 petugas aktif" in summary  # Budi of Kotim; nobody registered for Bartim


async def test_a_question_at_the_representatives_summary_is_answered_briefly(
    province: Harness,
):
    bot = province
    await schedule(bot)
    await bot.press(OFFICER2, "Diwakilkan")
    await bot.send(OFFICER2, "Andi Wijaya, S.T.")

    replies = await bot.send(OFFICER2, "rakor kapan ya pak")

    assert any("Rakor dan Sinkronisasi" in text for text in replies[:-1])  # answered
    assert not any("Semua pertanyaan sudah terjawab" in text for text in replies)
    assert "Ringkasan Perwakilan rapat masih menunggu" in replies[-1]
    saved = await bot.press(OFFICER2, "Kirim")
    assert any("diwakilkan oleh Andi Wijaya, S.T." in text for text in saved)


async def test_invited_regencies_typed_before_choosing_to_pick_them(province: Harness):
    bot = province
    await up_to_the_agenda(bot)
    await bot.send(ADMIN, "Pembahasan usulan TA 2027")

    next_step = (await bot.send(ADMIN, "kotim, bartim"))[-1]

    assert "Kabupaten/kota: Kotawaringin Timur, Barito Timur." in next_step  # said back
    assert "pengingat" in next_step.casefold()
    await bot.send(ADMIN, "2h")
    summary = (await bot.send(ADMIN, "/lewati"))[-1]
    assert "Kotawaringin Timur, Barito Timur" in summary
    assert "Diundang: Kabupaten/kota tertentu" in summary  # reads as a fact, not a button
    assert "1 petugas aktif" in summary


async def test_a_meeting_draft_resumed_says_how_to_start_over(bot: Harness):
    """/rapat_baru with a draft open resumes it and says how to start over (tenth try-out:
    "Lanjutkan draf" was typed and kept as the agenda)."""
    await bot.send(ADMIN, "/rapat_baru")
    await bot.press(ADMIN, "Rakor dan Sinkronisasi")
    resumed = (await bot.send(ADMIN, "/rapat_baru"))[0]
    assert "belum selesai" in resumed and "/batal, lalu perintahnya lagi" in resumed
    await bot.send(ADMIN, "/batal")
    await bot.press(ADMIN, "Ya, batalkan")
    fresh = (await bot.send(ADMIN, "/rapat_baru"))[0]
    assert "belum selesai" not in fresh


async def test_a_bare_where_or_when_means_the_meeting_ahead(province: Harness):
    """ "di mana tempatnya" with no question before it (after a reminder, or days later) is
    about the meeting the officer is invited to (twelfth try-out: not in the knowledge
    base); with no meeting ahead it stays a question for the province."""
    bot = province
    before = (await bot.send(OFFICER, "di mana tempatnya"))[-1]
    assert "Rapat berikutnya" not in before
    await schedule(bot)
    where = (await bot.send(OFFICER, "di mana tempatnya"))[-1]
    assert where.startswith("📅 Rapat berikutnya: Rakor")


async def test_an_answer_typed_to_the_one_open_invitation_is_recorded(province: Harness):
    """ "siap pak sy hadir" typed, not pressed (eleventh try-out: answered with the help
    topic on invitations); a question about attending stays a question."""
    bot = province
    before = (await bot.send(OFFICER, "siap pak sy hadir"))[-1]
    assert "tercatat" not in before  # no invitation to answer: read as a message
    await schedule(bot)
    saved = (await bot.send(OFFICER, "siap pak sy hadir"))[-1]
    assert "jawaban Anda untuk Rakor" in saved and "tercatat: ✅ hadir" in saved
    changed = (await bot.send(OFFICER, "mohon maaf tidak bisa hadir"))[-1]
    assert "tercatat: ❌ tidak hadir" in changed
    asked = (await bot.send(OFFICER, "kalau tidak hadir gimana?"))[-1]
    assert "tercatat" not in asked
    # not known yet: nothing recorded, the buttons offered again (twelfth try-out: "hadir")
    unsure = (await bot.send(OFFICER, "belum tau bisa hadir atau tdk"))[-1]
    assert "belum dicatat" in unsure
    assert bot.find_button(OFFICER, "Hadir")[0].plain_text == unsure
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        (meeting,) = await meetings.upcoming(tx, datetime.now(WIB))
        assert (await meetings.answers(tx, meeting.id))[OFFICER].answer == "tidak"


async def test_an_answer_typed_with_two_invitations_open_asks_which(province: Harness):
    """Two meetings ahead: "mohon maaf tidak bisa hadir" was read as a question and nothing
    recorded (fourteenth try-out); now it asks which meeting, and the button records it."""
    bot = province
    await schedule(bot)
    await schedule(bot, when="lusa 13.00", agenda="Rapat teknis PSU")
    which = (await bot.send(OFFICER, "mohon maaf tidak bisa hadir pak"))[-1]
    assert "rapat yang mana" in which and "tidak hadir" in which
    markup = bot.last(OFFICER).reply_markup or {}
    labels = [row[0]["text"] for row in markup["inline_keyboard"]]
    assert len(labels) == 2 and all("(" in label for label in labels)
    saved = (await bot.press(OFFICER, labels[1]))[-1]
    assert "tercatat: ❌ tidak hadir" in saved
    unsure = (await bot.send(OFFICER, "blm tau pak"))[-1]
    assert "belum ada yang dicatat" in unsure and "/rapat" in unsure
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        first, second = await meetings.upcoming(tx, datetime.now(WIB))
        assert OFFICER not in await meetings.answers(tx, first.id)
        assert (await meetings.answers(tx, second.id))[OFFICER].answer == "tidak"
