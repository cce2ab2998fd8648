"""Bad input at every registration step, navigation, stale buttons and restarts."""

from __future__ import annotations

import pytest

from storage import drafts
from tests.auxil.harness import ADMIN, OFFICER, OFFICER2, Harness


async def at_step(bot: Harness, step: int) -> None:
    answers = ["Budi Santoso", "Kapuas", "Staf Bidang Perumahan"]
    await bot.send(OFFICER, "/start")
    for answer in answers[: step - 1]:
        await bot.send(OFFICER, answer)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("   ", "kosong"),  # Telegram never delivers an empty text; blanks can arrive
        ("Bu", "terlalu pendek"),
        ("B" * 5000, "terlalu panjang (5000 karakter"),
        ("Budi 😀", "tidak boleh: 😀"),
        ("12345", "tidak boleh: 1 2 3 4 5"),
        ("...", "harus berisi huruf"),
        ("<script>", "tidak boleh"),
    ],
)
async def test_bad_names_are_refused_with_an_example(bot: Harness, typed, expected):
    await at_step(bot, 1)
    reply = (await bot.send(OFFICER, typed))[0]
    assert expected in reply
    assert "Contoh:" in reply
    assert "langkah 1 dari 4" in reply  # the same question again, nothing lost


async def test_unknown_regency_offers_the_closest_as_buttons(bot: Harness):
    await at_step(bot, 2)
    reply = (await bot.send(OFFICER, "Barito"))[0]
    # Not "unknown": it fits three regencies, and the reply says so.
    assert '"Barito" cocok untuk lebih dari satu kabupaten/kota' in reply
    assert "tidak dikenal" not in reply
    buttons = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert buttons[:3] == ["👉 Barito Selatan", "👉 Barito Utara", "👉 Barito Timur"]
    await bot.press(OFFICER, "Barito Utara")
    summary_next = bot.last(OFFICER).plain_text
    assert "langkah 3 dari 4" in summary_next


async def test_a_neighbouring_provinces_regency_is_named_as_such(bot: Harness):
    """ "Barito Kuala" got "tidak dikenal" beside three Barito buttons (fifteenth try-out)."""
    await at_step(bot, 2)
    reply = (await bot.send(OFFICER, "Kapuas Hulu"))[0]
    assert '"Kapuas Hulu" ada di Kalimantan Barat, bukan Kalimantan Tengah' in reply
    buttons = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert "👉 Kapuas" in buttons
    await bot.send(OFFICER, "Kapuas")
    assert "langkah 3 dari 4" in bot.last(OFFICER).plain_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nomor saya", "hanya berisi angka"),
        ("0812", "10–13 angka"),
        ("0536 322 1234", "bukan nomor HP"),
        ("+60 12 345 6789", "nomor HP Indonesia"),
        ("   ", "kosong"),
        ("0" * 5000, "bukan nomor HP"),
        ("08123", "10–13 angka"),
        ("📱📱📱", "Nomor HP"),
    ],
)
async def test_bad_phones_are_refused(bot: Harness, typed, expected):
    await at_step(bot, 4)
    reply = (await bot.send(OFFICER, typed))[0]
    assert expected in reply
    assert "langkah 4 dari 4" in reply


async def test_someone_elses_contact_is_refused(bot: Harness):
    await at_step(bot, 4)
    reply = await bot.share_contact(OFFICER, "+6281299998888", contact_user_id=555)
    assert "kontak orang lain" in reply[0]


async def test_back_skip_and_cancel(bot: Harness):
    await at_step(bot, 3)
    reply = (await bot.send(OFFICER, "/kembali"))[0]
    assert "langkah 2 dari 4" in reply
    assert "Isian sekarang: Kabupaten Kapuas" in reply
    assert "wajib diisi" in (await bot.send(OFFICER, "/lewati"))[0]
    assert "langkah 3 dari 4" in (await bot.send(OFFICER, "Kotim"))[0]
    assert "Batalkan isian ini?" in (await bot.send(OFFICER, "/batal"))[0]
    assert "ya atau tidak" in (await bot.send(OFFICER, "hmm"))[0]
    assert "dilanjutkan" in (await bot.send(OFFICER, "tidak"))[0]
    await bot.send(OFFICER, "/batal")
    assert (await bot.press(OFFICER, "Ya, batalkan"))[0].startswith("Isian dibatalkan")
    assert "Tidak ada isian" in (await bot.send(OFFICER, "/kembali"))[0]
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        assert await drafts.get(tx, OFFICER) is None


async def test_back_on_first_question_says_so(bot: Harness):
    await at_step(bot, 1)
    assert "sudah pertanyaan pertama" in (await bot.send(OFFICER, "/kembali"))[0]


async def test_edit_from_summary_returns_to_summary(bot: Harness):
    await at_step(bot, 4)
    await bot.send(OFFICER, "081234567890")
    await bot.press(OFFICER, "✏️ Jabatan")
    assert "Isian sekarang: Staf Bidang Perumahan" in bot.last(OFFICER).plain_text
    replies = await bot.send(OFFICER, "Kepala Seksi Permukiman")
    assert "periksa kembali" in replies[-1]
    assert "Kepala Seksi Permukiman" in replies[-1]
    assert "Staf Bidang Perumahan" not in replies[-1]


async def test_stale_summary_button_does_nothing_harmful(bot: Harness):
    await at_step(bot, 4)
    await bot.send(OFFICER, "081234567890")
    old_summary, submit = bot.find_button(OFFICER, "Kirim")
    await bot.press(OFFICER, "✏️ Nama lengkap")  # back to a question: the summary is stale
    sent = await bot.process(bot.standin.callback_update(OFFICER, old_summary.message_id, submit))
    texts = [m.plain_text for m in sent]
    assert any("pesan lama" in text for text in texts)
    assert bot.standin.messages_for(ADMIN) == []  # nothing was submitted


async def test_summary_typing_points_to_buttons(bot: Harness):
    await at_step(bot, 4)
    await bot.send(OFFICER, "081234567890")
    assert "Tekan Kirim" in (await bot.send(OFFICER, "sudah benar"))[0]


async def test_draft_survives_application_restart(bot: Harness):
    await at_step(bot, 3)
    await bot.restart()
    reply = (await bot.send(OFFICER, "Kasi Permukiman"))[0]
    assert "langkah 4 dari 4" in reply
    await bot.send(OFFICER, "0812-3456-7890")
    summary = bot.last(OFFICER).plain_text
    assert "Budi Santoso" in summary
    assert "Kabupaten Kapuas" in summary
    assert "+6281234567890" in summary


async def test_start_during_registration_resumes_it(bot: Harness):
    await at_step(bot, 2)
    replies = await bot.send(OFFICER, "/start")
    assert "belum selesai" in replies[-1]
    assert "langkah 2 dari 4" in replies[-1]


async def test_two_users_register_at_once_without_mixing(bot: Harness):
    await bot.send(OFFICER, "/start")
    await bot.send(OFFICER2, "/start")
    await bot.send(OFFICER, "Budi Santoso")
    await bot.send(OFFICER2, "Sari Dewi")
    await bot.send(OFFICER2, "pky")
    await bot.send(OFFICER, "kobar")
    assert "Sari" not in bot.last(OFFICER).plain_text
    await bot.send(OFFICER, "Staf")
    await bot.send(OFFICER2, "Kasi")
    await bot.send(OFFICER, "081111111111")
    await bot.send(OFFICER2, "082222222222")
    assert "Kabupaten Kotawaringin Barat" in bot.last(OFFICER).plain_text
    assert "Kota Palangka Raya" in bot.last(OFFICER2).plain_text
    assert "+6282222222222" in bot.last(OFFICER2).plain_text


async def test_edited_message_is_not_taken_as_an_answer(bot: Harness):
    await at_step(bot, 2)
    update = bot.standin.text_update(OFFICER, "Budi Santoso, S.T.")
    message = update.pop("message")
    message["edit_date"] = message["date"] + 5
    update["edited_message"] = message
    sent = await bot.process(update)
    assert [m.plain_text for m in sent] == [
        "Pesan yang diubah tidak saya baca ulang. Untuk mengganti jawaban, ketik /kembali "
        "atau pakai tombol ubah di ringkasan."
    ]
    assert "langkah 3 dari 4" in (await bot.send(OFFICER, "Kapuas"))[0]  # still at step 2


async def test_draft_saved_by_an_older_form_still_resumes(bot: Harness):
    """A deploy that renames a field must not lock its users out."""
    await at_step(bot, 3)
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction() as tx:
        stored = await drafts.get(tx, OFFICER)
        state = stored.state.replace('"current":"position"', '"current":"jabatan_lama"')
        state = state.replace('"regency"', '"kabupaten_lama"')
        await drafts.save(tx, OFFICER, stored.form, state)
    replies = await bot.send(OFFICER, "/start")
    assert "langkah 2 dari 4" in replies[-1]  # the renamed answer is asked again
    assert "langkah 3 dari 4" in (await bot.send(OFFICER, "Kapuas"))[0]


async def test_back_from_the_phone_question_does_not_claim_it_was_noted(bot: Harness):
    await at_step(bot, 4)
    replies = await bot.send(OFFICER, "/kembali")
    assert replies[0] == "Baik."
    assert "langkah 3 dari 4" in replies[1]


async def test_a_sticker_in_a_form_gets_the_question_again(bot: Harness):
    await at_step(bot, 2)
    update = bot.standin.text_update(OFFICER, "x")
    message = update["message"]
    del message["text"]
    message["sticker"] = {
        "file_id": "CAACAgIAAxkBAAE",
        "file_unique_id": "AgAD",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    sent = [m.plain_text for m in await bot.process(update)]
    assert sent[0].startswith("Pesan jenis itu (stiker, suara, video)")
    assert "langkah 2 dari 4" in sent[1]
