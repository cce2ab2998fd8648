"""Echoes of long input are cut so the reply still fits one message (issue 11's two cases)."""

from __future__ import annotations

from tests.auxil.harness import ADMIN, OFFICER, Harness


async def test_a_4080_character_code_gets_a_short_not_found(bot: Harness):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    reply = (await bot.send(OFFICER, "/status " + "x" * 4080))[0]
    assert "tidak ditemukan" in reply
    assert len(reply) < 400


async def test_editing_a_long_broadcast_from_its_summary_fits(bot: Harness):
    await bot.send(ADMIN, "/siaran")
    await bot.send(ADMIN, "a" * 3990)
    await bot.press(ADMIN, "Semua petugas")
    replies = await bot.press(ADMIN, "Pesan")  # edit the message from the summary
    assert any("Isian sekarang" in text and "…" in text for text in replies)
    assert not any("Maaf" in text for text in replies)


async def test_the_longest_answers_pass_through_summary_edit_and_status(bot: Harness):
    """Every free-text proposal field at its maximum, through the summary, an edit of each (which
    echoes the current answer), submission, /status and the detail: never a refused message."""
    from tests.auxil.proposal_steps import SLUM, play

    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    longest = {
        "Peningkatan kualitas kawasan kumuh Baamang Hulu": "J" * 150,
        "Kawasan Tepian Sungai Mentaya RT 05": "L" * 200,
        "188.45/123/2023": "188.45/" + "1" * 113,
        "Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak.": "<&>" * 1000,
    }
    steps = [(kind, longest.get(value, value)) if kind == "text" else (kind, value)
             for kind, value in SLUM]  # fmt: skip
    await bot.send(OFFICER, "/usul")
    replies = await play(bot, OFFICER, steps)
    for label, value in zip(("Judul", "Nama lokasi", "Nomor SK", "Alasan"), longest.values(),
                            strict=True):  # fmt: skip
        replies += await bot.press(OFFICER, label)  # the question echoes the current answer
        replies += await bot.send(OFFICER, value)  # the same again: back to the summary
    replies += await bot.press(OFFICER, "Kirim")
    replies += await bot.send(OFFICER, "/status")
    replies += await bot.send(OFFICER, "/status 0001")
    replies += await bot.press(ADMIN, "Tinjau")
    assert not any("Maaf" in text for text in replies + bot.texts(ADMIN))
