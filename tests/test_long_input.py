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
    assert any("Jawaban sekarang" in text and "…" in text for text in replies)
    assert not any("Maaf" in text for text in replies)
