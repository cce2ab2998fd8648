"""/siaran end to end: audience, preview, delivery, progress, report, resend to the failed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain import forms
from bot.domain.broadcast import BROADCAST
from bot.domain.forms import TextInput, View
from bot.domain.regions import REGENCIES
from handlers.broadcasts import BroadcastFlow
from handlers.plumbing import flows
from storage import officers
from tests.auxil.harness import ADMIN, OFFICER, OFFICER2, Harness

OFFICER3 = 100_003
NOTICE = (
    "Rapat koordinasi Selasa pukul 09.00 di Aula Disperkimtan. Bawa data usulan <terbaru> & RAB."
)
HEADER = "📣 Siaran Disperkimtan Provinsi"  # says whose notice it is, above what was typed
DELIVERED = f"{HEADER}\n\n{NOTICE}"


@pytest.fixture
async def province(bot: Harness) -> Harness:
    """Three approved officers: Kotim, Kapuas, Palangka Raya."""
    bot.standin.add_user(OFFICER3, "Andi")
    for user, name, regency in (
        (OFFICER, "Budi Santoso", "Kotim"),
        (OFFICER2, "Sari Dewi", "Kapuas"),
        (OFFICER3, "Andi Wijaya", "pky"),
    ):
        await bot.register(user, name=name, regency=regency)
        await bot.approve(user)
    return bot


async def broadcast_to_kotim_and_kapuas(bot: Harness) -> list[str]:
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, NOTICE)
    await bot.press(ADMIN, "Kabupaten/kota tertentu")
    await bot.press(ADMIN, "Kotawaringin Timur")
    await bot.press(ADMIN, "Kapuas")
    return await bot.press(ADMIN, "Selesai")


async def test_broadcast_reaches_the_chosen_regencies_and_reports(province: Harness):
    bot = province
    summary = (await broadcast_to_kotim_and_kapuas(bot))[-1]
    assert "Jumlah penerima: 2 petugas" in summary  # the preview
    assert "Kotawaringin Timur, Kapuas" in summary
    bot.standin.blocked.add(OFFICER2)  # Sari blocked the bot meanwhile
    await bot.press(ADMIN, "Kirim")
    await bot.report()

    assert bot.last(OFFICER).plain_text == DELIVERED  # escaped on the way, shown as typed
    assert DELIVERED not in [m.plain_text for m in bot.standin.messages_for(OFFICER3)]
    progress = [m for m in bot.standin.messages_for(ADMIN) if "📣 Siaran #1:" in m.plain_text]
    assert progress[-1].plain_text == "📣 Siaran #1: terkirim 1/2, gagal 1"
    report = bot.last(ADMIN).plain_text
    assert "Laporan siaran #1" in report
    assert "Terkirim: 1 dari 2" in report
    assert "memblokir bot: 1" in report
    assert "Sari Dewi (Kapuas): memblokir bot" in report
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        sari = await officers.get(tx, OFFICER2)
    assert sari is not None
    assert sari.status == "inactive"

    # Sari unblocks; the resend reaches her only
    bot.standin.blocked.discard(OFFICER2)
    before = len(bot.standin.messages_for(OFFICER))
    await bot.press(ADMIN, "Kirim ulang ke yang gagal (1)")
    await bot.report()
    assert bot.last(OFFICER2).plain_text == DELIVERED
    assert len(bot.standin.messages_for(OFFICER)) == before  # Budi gets nothing twice
    assert "Terkirim: 2 dari 2" in bot.last(ADMIN).plain_text
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        sari = await officers.get(tx, OFFICER2)
    assert sari is not None
    assert sari.status == "active"  # delivered again: she unblocked the bot

    history = (await bot.send(ADMIN, "/siaran riwayat"))[-1]
    assert "#1" in history
    assert "Terkirim 2/2, gagal 0" in history
    assert "Kotawaringin Timur, Kapuas" in history


async def test_blocked_officer_is_active_again_after_writing(province: Harness):
    bot = province
    bot.standin.blocked.add(OFFICER2)
    await broadcast_to_kotim_and_kapuas(bot)
    await bot.press(ADMIN, "Kirim")
    bot.standin.blocked.discard(OFFICER2)
    await bot.send(OFFICER2, "halo")
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        sari = await officers.get(tx, OFFICER2)
    assert sari is not None
    assert sari.status == "active"


async def test_broadcast_to_everyone_and_long_text_is_split(province: Harness):
    bot = province
    # Under Telegram's 4,096 as typed, over it once "&" and "<" are escaped for HTML.
    long_text = "\n\n".join(f"Paragraf {i}: " + "PSU & RTLH <info> " * 17 for i in range(12))
    assert len(long_text) < 4000
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, long_text)
    summary = (await bot.press(ADMIN, "Semua petugas aktif"))[-1]
    assert "Jumlah penerima: 3 petugas" in summary
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    for officer in (OFFICER, OFFICER2, OFFICER3):
        pieces = [
            m.plain_text for m in bot.standin.messages_for(officer) if "Paragraf" in m.plain_text
        ]
        assert len(pieces) >= 2
        assert all(len(piece) <= 4096 for piece in pieces)
        assert pieces[0].startswith(f"{HEADER}\n\nParagraf 0")
    assert "Terkirim: 3 dari 3" in bot.last(ADMIN).plain_text


async def test_broadcast_of_a_photo_with_caption(province: Harness):
    bot = province
    await bot.send(ADMIN, "/siaran")
    photo = bot.standin.photo_update(ADMIN, file_size=50_000, caption="Foto lokasi Rakor")
    await bot.process(photo)
    await bot.press(ADMIN, "Semua petugas aktif")
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    got = bot.last(OFFICER)
    assert got.kind == "photo"
    assert got.plain_text == f"{HEADER}\nFoto lokasi Rakor"


async def test_a_file_without_caption_is_pointed_out_before_sending(province: Harness):
    """Officers got only "📄 undangan.pdf" under the header, unwarned (fifteenth try-out)."""
    bot = province
    await bot.send(ADMIN, "/siaran")
    file = bot.standin.document_update(
        ADMIN, file_name="undangan.pdf", mime_type="application/pdf", file_size=80_000
    )
    await bot.process(file)
    preview = (await bot.press(ADMIN, "Semua petugas aktif"))[-1]
    assert "Berkas ini tanpa keterangan" in preview
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    assert bot.last(OFFICER).kind == "document"  # a warning, not a refusal
    await bot.send(ADMIN, "/siaran")
    await bot.process(bot.standin.photo_update(ADMIN, file_size=50_000, caption="Undangan"))
    assert "tanpa keterangan" not in (await bot.press(ADMIN, "Semua petugas aktif"))[-1]


async def test_officers_cannot_broadcast(province: Harness):
    assert "khusus admin" in (await province.send(OFFICER, "/siaran"))[0]


async def test_nobody_to_reach_is_said_plainly(bot: Harness):
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, "Tes")
    summary = (await bot.press(ADMIN, "Semua petugas aktif"))[-1]
    assert "Jumlah penerima: 0 petugas" in summary
    kept = (await bot.press(ADMIN, "Kirim"))[0]
    assert "tidak dikirim dan tidak dicatat" in kept
    # nothing numbered or listed (fifteenth try-out: "#3 ... Terkirim 0/0")
    assert "Belum ada siaran" in (await bot.send(ADMIN, "/siaran riwayat"))[-1]


async def test_restart_mid_broadcast_resumes_without_resending(province: Harness):
    bot = province
    bot.standin.response_delay = 0.05
    await broadcast_to_kotim_and_kapuas(bot)
    assert bot.app is not None
    sender = bot.app.bot_data.sender
    assert sender is not None
    # Press "Kirim" without waiting for delivery, then restart at once.
    message, data = bot.find_button(ADMIN, "Kirim")
    from telegram import Update

    update = bot.standin.callback_update(ADMIN, message.message_id, data)
    await bot.app.process_update(Update.de_json(update, bot.app.bot))
    await bot.restart()
    await bot.settle()
    for officer in (OFFICER, OFFICER2):
        assert [m.plain_text for m in bot.standin.messages_for(officer)].count(DELIVERED) == 1


async def test_photo_with_a_long_caption_resends_only_what_is_missing(province: Harness):
    bot = province
    caption = "Keterangan rakor. " * 100  # 1,800 characters: a caption and its rest
    await bot.send(ADMIN, "/siaran")
    await bot.process(bot.standin.photo_update(ADMIN, file_size=50_000, caption=caption))
    await bot.press(ADMIN, "Kabupaten/kota tertentu")
    await bot.press(ADMIN, "Kotawaringin Timur")
    await bot.press(ADMIN, "Selesai")
    bot.standin.fail_next("sendPhoto", status=400, description="Bad Request: wrong file identifier")
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    assert [m for m in bot.standin.messages_for(OFFICER) if "Keterangan" in m.plain_text] == []
    assert "Gagal: 1" in bot.last(ADMIN).plain_text
    await bot.press(ADMIN, "Kirim ulang ke yang gagal (1)")
    await bot.report()
    got = [m for m in bot.standin.messages_for(OFFICER) if "Keterangan" in m.plain_text]
    assert [m.kind for m in got] == ["photo", "text"]  # each part once, in order
    assert "Terkirim: 1 dari 1" in bot.last(ADMIN).plain_text


async def test_regencies_typed_by_their_short_names_are_the_audience(province: Harness):
    """Admins type the names officers use ("bartim, kotim", "palangka"); what is not a regency
    is named back with what to type, and what was read is ticked meanwhile (try-out 15: the
    admin typed Kotim again)."""
    bot = province
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, NOTICE)
    question = (await bot.press(ADMIN, "Kabupaten/kota tertentu"))[-1]
    assert "Bisa juga diketik, dipisah koma: Kotim, Bartim, Palangka Raya." in question
    assert "drainase" not in question  # the example is of regencies, not of sectors

    refused = (await bot.send(ADMIN, "kotim, jakarta dan sampang"))[-1]
    assert refused.startswith(
        "⚠️ Maaf, \u201cjakarta\u201d, \u201csampang\u201d tidak saya kenali sebagai kabupaten/kota."
    )
    assert "Yang saya kenali sudah saya centang" in refused
    assert "langkah 3 dari 3" in refused  # the same question again, its buttons under it
    bot.find_button(ADMIN, "☑️ Kotawaringin Timur")  # ticked while the rest is asked

    added = (await bot.send(ADMIN, "kapuas dan palangka"))[-1]
    assert "Terpilih sekarang: Kotawaringin Timur, Kapuas, Palangka Raya" in added
    summary = (await bot.press(ADMIN, "Selesai ✅"))[-1]
    assert "Kabupaten/kota: Kotawaringin Timur, Kapuas, Palangka Raya" in summary
    assert "Jumlah penerima: 3 petugas" in summary
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    for officer in (OFFICER, OFFICER2, OFFICER3):
        assert bot.last(officer).plain_text == DELIVERED


async def test_every_short_name_officers_use_is_one_regency(province: Harness):
    bot = province
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, NOTICE)
    await bot.press(ADMIN, "Kabupaten/kota tertentu")
    typed = (
        "bartim, kotim, kobar, katingan, palangka, pulpis, gumas, barsel, barut, mura, "
        "lamandau, sukamara, seruyan dan kapuas"
    )
    summary = (await bot.send(ADMIN, typed))[-1]
    assert summary.count(",") >= 13 and "Barito Timur" in summary and "Murung Raya" in summary
    assert "Jumlah penerima: 3 petugas" in summary  # the three registered officers


def at_regencies(ticked: list[str] | None = None) -> forms.Draft:
    """A broadcast draft asking for its regencies, with `ticked` ticked."""
    step = forms.start(
        BROADCAST, {"content": {"kind": "text", "text": "x"}, "audience": "kabupaten"}
    )
    assert step.draft is not None and step.draft.current == "regencies"
    return step.draft if ticked is None else replace(step.draft, partial=ticked)


def typed(text: str, draft: forms.Draft | None = None) -> forms.Step:
    return flows._handle(
        BroadcastFlow(), draft or at_regencies(), TextInput(text), rev=None, nonce=None
    )


@pytest.mark.parametrize("regency", REGENCIES, ids=lambda r: r.code)
def test_each_regency_typed_by_its_short_name_is_chosen(regency):
    step = typed(regency.aliases[0])
    assert step.view is View.SUMMARY and step.draft is not None
    assert step.draft.answers["regencies"] == [regency.code]


def test_all_regencies_typed_together_are_chosen():
    step = typed(", ".join(r.aliases[0] for r in REGENCIES))
    assert step.draft is not None
    assert step.draft.answers["regencies"] == [r.code for r in REGENCIES]


def test_an_unknown_name_asks_again_and_keeps_what_was_ticked():
    draft = at_regencies(["62.02"])
    step = typed("palangka, jakarta", draft)
    # What was read is ticked beside what was ticked before; only "jakarta" is asked again.
    assert step.view is View.ASK and step.changed
    assert step.problem is not None and step.problem.key == "regency.list_partly_unknown"
    assert step.draft is not None and step.draft.partial == ["62.02", "62.71"]
    nothing_read = typed("jakarta", draft)
    assert nothing_read.problem is not None and nothing_read.problem.key == "regency.list_unknown"
    assert nothing_read.draft is not None and nothing_read.draft.partial == ["62.02"]


def test_done_words_and_other_steps_are_left_to_the_engine():
    assert BroadcastFlow().read_choices(BROADCAST.field("audience"), "kotim") is None
    finished = typed("selesai", at_regencies(["62.71"]))
    assert finished.view is View.SUMMARY
    assert finished.draft is not None and finished.draft.answers["regencies"] == ["62.71"]


async def test_regencies_typed_at_the_audience_question_choose_them(province: Harness):
    """Console try-out: "kotim, bartim" at "Dikirim ke siapa?" was refused until "Kabupaten/
    kota tertentu" had been pressed."""
    bot = province
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, NOTICE)

    summary = (await bot.send(ADMIN, "kotim, kapuas"))[-1]

    assert "Kabupaten/kota: Kotawaringin Timur, Kapuas" in summary
    assert "Jumlah penerima: 2 petugas" in summary
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    assert bot.last(OFFICER).plain_text == DELIVERED
    assert bot.last(OFFICER2).plain_text == DELIVERED
    assert bot.last(OFFICER3).plain_text != DELIVERED


def at_audience() -> forms.Draft:
    step = forms.start(BROADCAST, {"content": {"kind": "text", "text": "x"}})
    assert step.draft is not None and step.draft.current == "audience"
    return step.draft


@pytest.mark.parametrize(
    ("text", "audience", "regencies"),
    [
        ("kotim, bartim", "kabupaten", ["62.02", "62.13"]),
        ("Palangka Raya", "kabupaten", ["62.71"]),
        ("semua", "semua", None),  # an option's own name is the option
        ("kabupaten/kota tertentu", "kabupaten", None),
    ],
)
def test_typed_audience_is_an_option_or_a_list_of_regencies(text, audience, regencies):
    step = flows._handle(BroadcastFlow(), at_audience(), TextInput(text), rev=None, nonce=None)

    assert step.problem is None and step.draft is not None and step.changed
    assert step.draft.answers["audience"] == audience
    assert step.draft.answers.get("regencies") == regencies


def test_typed_audience_that_is_neither_is_refused_with_the_options():
    draft = at_audience()

    step = flows._handle(BroadcastFlow(), draft, TextInput("jakarta"), rev=None, nonce=None)

    assert step.problem is not None and step.problem.key == "form.no_such_option"
    assert step.draft == draft and not step.changed
    # A list with one unknown name goes to the regencies step, which names it (fifteenth
    # try-out: the whole list was refused as no option, "xyz" unnamed).
    listed = flows._handle(
        BroadcastFlow(), draft, TextInput("kotim dan palangka, juga kab xyz"), rev=None, nonce=None
    )
    assert listed.problem is not None and listed.problem.key == "regency.list_partly_unknown"
    assert "kab xyz" in listed.problem.params["typed"]
    assert listed.draft is not None and listed.draft.partial == ["62.02", "62.71"]
    assert BroadcastFlow().read_ahead(BROADCAST.field("proposal_status"), "kotim") is None


async def test_a_deadline_only_broadcast_is_what_the_deadline_question_gets(province: Harness):
    """Twelfth try-out: seconds after a broadcast naming the deadline, "deadline usulan thn ini
    kapan?" was told none is set. With no /tenggat, the broadcast that reached the officer is
    quoted; an officer it did not reach is still told none is set."""
    bot = province
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, "Batas akhir usulan TA 2027 adalah 31 Januari 2027.")
    await bot.press(ADMIN, "Kabupaten/kota tertentu")
    await bot.press(ADMIN, "Kotawaringin Timur")
    await bot.press(ADMIN, "Selesai")
    await bot.press(ADMIN, "Kirim")
    await bot.report()
    told = (await bot.send(OFFICER, "deadline usulan thn ini kapan?"))[-1]
    assert "pengumuman provinsi pada" in told and "31 Januari 2027" in told
    other = (await bot.send(OFFICER2, "deadline usulan thn ini kapan?"))[-1]
    assert "Belum ada batas waktu" in other and "31 Januari" not in other
