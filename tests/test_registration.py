"""Registration and approval, end to end through the Bot API stand-in."""

from __future__ import annotations

from storage import audit, officers
from storage.officers import Status
from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, OFFICER2, Harness


async def stored(bot: Harness, user_id: int):
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        return await officers.get(tx, user_id)


async def test_new_user_registers_and_admin_approves(bot: Harness):
    replies = await bot.send(OFFICER, "/start")
    assert "Selamat datang" in replies[0]
    assert "langkah 1 dari 4" in replies[1]

    assert "langkah 2 dari 4" in (await bot.send(OFFICER, "Ir. Budi Santoso, M.T."))[0]
    assert "langkah 3 dari 4" in (await bot.send(OFFICER, "kotim"))[0]
    phone_q = await bot.send(OFFICER, "Kasi Kawasan Permukiman")
    assert "langkah 4 dari 4" in phone_q[0]
    assert bot.last(OFFICER).reply_markup == {
        "keyboard": [[{"text": "📱 Kirim nomor HP saya", "request_contact": True}]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }
    summary = await bot.share_contact(OFFICER, "6281234567890")
    assert summary[0] == "✔️ Tercatat."  # the share-number keyboard is removed
    assert "Kabupaten Kotawaringin Timur" in summary[1]
    assert "+6281234567890" in summary[1]

    done = await bot.press(OFFICER, "Kirim")
    assert "terkirim ke admin" in done[0]
    officer = await stored(bot, OFFICER)
    assert officer is not None
    assert officer.status is Status.PENDING
    assert (officer.full_name, officer.regency_code, officer.position, officer.phone) == (
        "Ir. Budi Santoso, M.T.",
        "62.02",
        "Kasi Kawasan Permukiman",
        "+6281234567890",
    )
    for admin in (ADMIN, ADMIN2):
        request = bot.last(admin)
        assert "Pendaftaran petugas baru" in request.plain_text
        assert "Ir. Budi Santoso, M.T." in request.plain_text

    await bot.approve(OFFICER, ADMIN)
    assert "Disetujui oleh Admin" in bot.last(ADMIN).plain_text
    assert bot.last(ADMIN).reply_markup is None
    welcome = bot.last(OFFICER).plain_text
    assert "disetujui" in welcome
    assert "/bantuan" in welcome
    officer = await stored(bot, OFFICER)
    assert officer is not None
    assert officer.status is Status.ACTIVE
    assert officer.decided_by == ADMIN
    # the officer's own menu is set for their chat
    assert any('"chat_id":100001' in scope for scope, _ in bot.standin.commands)

    # the second admin's copy is stale now: a press is answered, nothing changes twice
    await bot.approve(OFFICER, ADMIN2)
    assert "sudah diputuskan" in bot.standin.callback_answers[-1]["text"]
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        events = await audit.for_subject(tx, f"user:{OFFICER}")
    assert [e.action for e in events] == ["registration.submitted", "registration.approved"]


async def test_rejected_user_is_told_and_may_register_again(bot: Harness):
    await bot.register(OFFICER)
    message, _ = bot.find_button(ADMIN, "Tolak")
    await bot.process(bot.standin.callback_update(ADMIN, message.message_id, f"reg|no|{OFFICER}"))
    assert "tidak disetujui" in bot.last(OFFICER).plain_text
    assert (await stored(bot, OFFICER)).status is Status.REJECTED
    replies = await bot.send(OFFICER, "/start")
    assert "daftar ulang" in replies[0]
    assert "langkah 1 dari 4" in replies[1]


async def test_special_characters_reach_html_safely(bot: Harness):
    bot.standin.add_user(777, "<Ani> & Co")
    replies = await bot.send(777, "/start")
    assert "Selamat datang di Sinkron, <Ani> & Co!" in replies[0]
    await bot.send(777, "Ani Wulandari")
    await bot.send(777, "Kapuas")
    await bot.send(777, "Kasi P&P (Plt.)")
    summary = (await bot.send(777, "081234567890"))[-1]
    assert "Jabatan: Kasi P&P (Plt.)" in summary
    await bot.press(777, "Kirim")
    assert "Jabatan: Kasi P&P (Plt.)" in bot.last(ADMIN).plain_text


async def test_decision_survives_a_press_telegram_calls_too_old(bot: Harness):
    await bot.register(OFFICER)
    bot.standin.fail_next(
        "answerCallbackQuery",
        status=400,
        description="Bad Request: query is too old and response timeout expired",
    )
    await bot.approve(OFFICER)
    assert "disetujui" in bot.last(OFFICER).plain_text  # the officer was told all the same
    assert "Disetujui oleh" in bot.last(ADMIN).plain_text


async def test_form_button_survives_a_press_telegram_calls_too_old(bot: Harness):
    await bot.send(OFFICER, "/start")
    await bot.send(OFFICER, "Budi Santoso")
    bot.standin.fail_next(
        "answerCallbackQuery", status=400, description="Bad Request: query is too old"
    )
    replies = await bot.press(OFFICER, "Kapuas")
    assert "langkah 3 dari 4" in replies[-1]


async def test_stale_press_in_the_officer_list_keeps_the_other_buttons(bot: Harness):
    await bot.register(OFFICER)
    await bot.register(OFFICER2, name="Sari Dewi")
    await bot.send(ADMIN, "/petugas")
    listing = bot.last(ADMIN)
    await bot.approve(OFFICER, ADMIN2)  # another admin decides #1 from the request
    await bot.process(bot.standin.callback_update(ADMIN, listing.message_id, f"reg|ok|{OFFICER}|l"))
    assert "sudah diputuskan" in bot.standin.callback_answers[-1]["text"]
    assert "disetujui (aktif)" in bot.standin.callback_answers[-1]["text"]
    assert listing.reply_markup is not None  # #2's buttons are still there
    await bot.process(
        bot.standin.callback_update(ADMIN, listing.message_id, f"reg|ok|{OFFICER2}|l")
    )
    assert bot.last(ADMIN).plain_text == "✅ Sari Dewi disetujui sebagai petugas."


async def test_registration_with_no_admins_configured_is_logged_loudly(tmp_path, caplog):
    from bot.config import Settings, StorageSettings

    harness = Harness(Settings(storage=StorageSettings(tmp_path / "x.db")))
    await harness.start()
    try:
        assert "admin_ids is empty" in caplog.text
        await harness.register(OFFICER)
        assert "reaches no admin" in caplog.text
        assert "terkirim ke admin" in harness.last(OFFICER).plain_text
    finally:
        await harness.stop()


async def test_a_decision_button_decides_only_the_request_it_was_made_for(bot: Harness):
    await bot.register(OFFICER, name="Budi Santoso", regency="Kotim")
    first_copy, first_data = bot.find_button(ADMIN2, "Setujui")
    # Rejected from /petugas; the same person registers again, for another regency.
    await bot.send(ADMIN, "/petugas")
    await bot.press(ADMIN, "Tolak #1")
    await bot.register(OFFICER, name="Budi S.", regency="Kapuas")
    # ADMIN2 presses "Setujui" on their copy of the first request.
    await bot.process(bot.standin.callback_update(ADMIN2, first_copy.message_id, first_data))
    assert "diganti pendaftaran baru" in bot.standin.callback_answers[-1]["text"]
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        budi = await officers.get(tx, OFFICER)
    assert budi is not None and budi.status == "pending" and budi.regency_code == "62.03"
    await bot.approve(OFFICER, admin=ADMIN2)  # the second request's own button works
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        budi = await officers.get(tx, OFFICER)
    assert budi is not None and budi.status == "active"
    # Both outcomes reached Budi, even within one second: each request has its own message.
    told = bot.texts(OFFICER)
    assert any("tidak disetujui" in text for text in told)
    assert any("pendaftaran Anda disetujui" in text for text in told)


async def test_a_rejection_can_carry_a_reason_to_the_applicant(bot: Harness):
    await bot.register(OFFICER, name="Budi Santoso", regency="Kotim")
    await bot.press(ADMIN, "Tolak")
    await bot.press(ADMIN, "Tulis alasan")
    await bot.send(ADMIN, "Nomor HP tidak aktif.")
    sent = await bot.press(ADMIN, "Kirim")
    assert any("Alasan dikirim" in text for text in sent)
    assert "Alasan dari admin provinsi: Nomor HP tidak aktif." in bot.last(OFFICER).plain_text


async def test_cancel_at_the_phone_step_asks_first_and_keeps_its_keyboard(bot: Harness):
    """/batal at the share-number step: "Baik." came first and read as if the form were
    already cancelled (fourteenth try-out); "eh jangan dulu pak" goes back to the step."""
    await bot.send(OFFICER, "/start")
    for answer in ("Ir. Budi Santoso, M.T.", "Kotim", "Kasi Permukiman"):
        await bot.send(OFFICER, answer)
    asked = await bot.send(OFFICER, "/batal")
    assert asked[0].startswith("Batalkan isian ini?") and "Baik." not in asked
    kept = await bot.send(OFFICER, "eh jangan dulu pak")
    assert kept[0].startswith("Baik, isian dilanjutkan")
    assert "langkah 4 dari 4" in kept[-1]


async def test_kirim_typed_at_a_text_step_is_not_the_answer(bot: Harness):
    """ "Kirim" typed at the name step was saved as the name (fourteenth try-out)."""
    await bot.send(OFFICER, "/start")
    refused = await bot.send(OFFICER, "Kirim")
    assert "sepertinya tombol Kirim" in refused[0]
    assert "langkah 2 dari 4" in (await bot.send(OFFICER, "Ir. Budi Santoso, M.T."))[0]
