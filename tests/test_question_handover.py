"""Questions handed over to the province: the context a follow-up needs, and their numbers."""

from __future__ import annotations

from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, OFFICER2, Harness


def notices(bot: Harness, admin: int = ADMIN) -> list[str]:
    return [text for text in bot.texts(admin) if "Pertanyaan dari" in text]


async def test_a_bare_follow_up_reaches_the_admin_with_the_question_before(bot: Harness):
    """ "contohnya?" alone tells the admin nothing: the notice quotes the officer's previous
    question and the topic the bot answered it with, even after a restart in between."""
    await bot.register(OFFICER, regency="Kotim")
    await bot.approve(OFFICER)
    answered = (await bot.send(OFFICER, "apa itu RTLH"))[-1]
    title = answered.split("\n", 1)[0]  # the answer opens with its topic's title
    await bot.send(OFFICER, "contohnya?")
    await bot.restart()
    await bot.press(OFFICER, "Tanya petugas provinsi")
    (notice,) = notices(bot)
    assert "contohnya?" in notice
    assert "Pertanyaan sebelumnya dari penanya ini (sebagai konteks):\napa itu RTLH" in notice
    assert f"Dijawab bot dengan topik: {title}" in notice
    assert notice.endswith("jawaban Anda diteruskan ke penanya.")  # how to answer comes last
    # /pertanyaan shows it with the same context
    listed = (await bot.send(ADMIN2, "/pertanyaan"))[-1]
    assert "contohnya?" in listed and "apa itu RTLH" in listed and title in listed


async def test_a_follow_up_of_a_follow_up_reaches_the_admin_with_the_conversation(bot: Harness):
    """Fifteenth try-out: "kalau tanahnya belum bersertifikat?" after "syaratnya apa" after
    "apa itu RTLH" reached the admin with only "syaratnya apa" before it."""
    await bot.send(OFFICER, "apa itu RTLH")
    await bot.send(OFFICER, "syarat usulan RTLH ke provinsi apa saja")
    await bot.send(OFFICER, "kalau tanahnya belum bersertifikat gimana?")
    await bot.press(OFFICER, "Tanya petugas provinsi")
    (notice,) = notices(bot)
    assert "Sebelumnya dalam percakapan ini (30 menit terakhir):\n• apa itu RTLH → " in notice
    assert "(sebagai konteks):\nsyarat usulan RTLH ke provinsi apa saja" in notice
    assert notice.count("syarat usulan RTLH") == 1  # the one in mind is not listed twice


async def test_a_question_asked_with_nothing_before_it_comes_alone(bot: Harness):
    await bot.send(OFFICER, "berapa harga semen per sak di sampit")
    await bot.press(OFFICER, "Tanya petugas provinsi")
    (notice,) = notices(bot)
    assert "berapa harga semen" in notice
    assert "sebelumnya" not in notice


async def test_a_question_that_stands_alone_comes_without_the_one_before(bot: Harness):
    """A full question on another subject does not lean on the earlier one: quoting it would
    mislead the admin (ninth try-out). A follow-up that points back keeps it."""
    await bot.send(OFFICER, "apa itu RTLH")
    await bot.send(OFFICER, "berapa harga semen per sak di sampit bulan ini ya pak")
    await bot.press(OFFICER, "Tanya petugas provinsi")
    await bot.send(OFFICER, "apa itu PSU")
    await bot.send(OFFICER, "yang tadi itu contoh kegiatannya di kabupaten kami seperti apa pak")
    await bot.press(OFFICER, "Tanya petugas provinsi")
    alone, leaning = notices(bot)
    assert "harga semen" in alone and "sebelumnya" not in alone
    assert "contoh kegiatannya" in leaning and "apa itu PSU" in leaning


async def test_an_answered_question_handed_over_tells_the_admin_the_answer_given(bot: Harness):
    """The officer got an answer and still asks the province: the admin sees which topic the
    bot answered with, the answer the officer found wanting (eighth console try-out: only an
    unrelated question before it was shown)."""
    answered = (await bot.send(OFFICER, "apa itu RTLH"))[-1]
    title = answered.split("\n", 1)[0]
    await bot.press(OFFICER, "Tanya petugas provinsi")
    (notice,) = notices(bot)
    assert f"Bot sudah menjawab pertanyaan ini dengan topik: {title}" in notice
    assert "sebelumnya" not in notice


async def test_handed_over_questions_are_numbered_without_gaps(bot: Harness):
    """The officer's receipt, the admin's notice and the answer carry one number, counted over
    the questions handed over only: those the bot answered itself leave no gap."""
    await bot.send(OFFICER, "apa itu RTLH")  # answered by the bot
    await bot.send(OFFICER, "apa itu PSU")  # answered by the bot
    await bot.send(OFFICER, "gaji pns golongan III berapa")
    first = (await bot.press(OFFICER, "Tanya petugas provinsi"))[-1]
    assert "(nomor #1)" in first
    await bot.send(OFFICER2, "cara mengurus paspor")
    second = (await bot.press(OFFICER2, "Tanya petugas provinsi"))[-1]
    assert "(nomor #2)" in second
    sent = notices(bot)
    assert "· #1:" in sent[0] and "gaji pns" in sent[0]
    assert "· #2:" in sent[1] and "paspor" in sent[1]
    listed = await bot.send(ADMIN, "/pertanyaan")
    assert listed[1].startswith("❓ #1 ") and listed[2].startswith("❓ #2 ")
    row = bot.last(ADMIN)
    await bot.process(
        bot.standin.reply_update(ADMIN, row.message_id, "Silakan ke kantor imigrasi.")
    )
    assert "atas pertanyaan Anda (#2)" in bot.last(OFFICER2).plain_text
