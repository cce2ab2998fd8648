"""Forged button data is refused as a stale button: no crash, no error alert to admins."""

from __future__ import annotations

import pytest

from tests.auxil.harness import ADMIN, OFFICER, Harness

TWENTY = "9" * 20

FORGED = [
    f"tanya|h|{TWENTY}",
    "f|².0|ok",
    "f|1.²|o|1",
    f"f|1.1|o|{TWENTY}",
    f"usul|copy|{TWENTY}",
    f"reg|ok|{TWENTY}",
    f"siaran|ulang|{TWENTY}",
    "rapat|j|99999999999|hadir",
    f"rapat-adm|x|{TWENTY}",
    f"tinjau|d|{TWENTY}",
    f"status|p|{TWENTY}",
    "tanya|ex|٣",
]


@pytest.mark.parametrize("data", FORGED)
async def test_forged_presses_are_stale_buttons_not_errors(bot: Harness, data: str):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    for user in (OFFICER, ADMIN):
        await bot.send(user, "/start")
        before = len(bot.standin.callback_answers)
        await bot.process(bot.standin.callback_update(user, bot.last(user).message_id, data))
        answers = bot.standin.callback_answers[before:]
        assert answers, f"{data!r} from {user} got no answer"
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        alerts = await tx.scalar("SELECT COUNT(*) FROM outbox WHERE key LIKE 'alert:%'")
    assert alerts == 0, f"{data!r} raised an error"
