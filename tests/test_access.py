"""Who may do what: unregistered, pending and non-admin users are refused politely."""

from __future__ import annotations

from storage import audit, officers
from tests.auxil.harness import ADMIN, OFFICER, OFFICER2, Harness


async def test_unregistered_user_cannot_use_admin_commands(bot: Harness):
    replies = await bot.send(OFFICER2, "/petugas")
    assert replies == ["Maaf, perintah atau tombol ini khusus admin provinsi."]


async def test_forged_admin_button_is_refused_logged_and_audited(bot: Harness, caplog):
    await bot.register(OFFICER)
    # OFFICER2 crafts the admin's approve button for OFFICER's registration.
    bot.standin.add_user(OFFICER2, "Sari")
    await bot.send(OFFICER2, "/start")
    own_message = bot.last(OFFICER2)
    forged = bot.standin.callback_update(OFFICER2, own_message.message_id, f"reg|ok|{OFFICER}")
    await bot.process(forged)
    answer = bot.standin.callback_answers[-1]
    assert answer["text"] == "Maaf, perintah atau tombol ini khusus admin provinsi."
    assert answer["show_alert"] is True
    assert "refused admin action" in caplog.text
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        denied = await audit.by_action(tx, "access.denied")
        officer = await officers.get(tx, OFFICER)
    assert [e.actor_id for e in denied] == [OFFICER2]
    assert denied[0].detail == f"reg|ok|{OFFICER}"
    assert officer.status == "pending"  # nothing was approved


async def test_pending_user_sees_waiting_message(bot: Harness):
    await bot.register(OFFICER)
    replies = await bot.send(OFFICER, "/start")
    assert "menunggu persetujuan" in replies[0]
    help_text = (await bot.send(OFFICER, "/bantuan"))[0]
    assert "/petugas" not in help_text
    assert "menunggu persetujuan" in help_text
    # their proposals and the meetings wait too; /start would not help (tenth try-out)
    for text in ("/status", "rakor kapan?"):
        reply = (await bot.send(OFFICER, text))[-1]
        assert "menunggu persetujuan" in reply and "/start" not in reply, text
    # a question the bot cannot place says what the account waits for (twelfth try-out)
    unsure = (await bot.send(OFFICER, "halo pak, sdh bs dipake blm?"))[-1]
    assert unsure.startswith("⏳ Pendaftaran Anda masih menunggu persetujuan")


async def test_admin_sees_admin_commands_and_pending_list(bot: Harness):
    await bot.register(OFFICER)
    help_text = (await bot.send(ADMIN, "/bantuan"))[0]
    assert "/petugas" in help_text
    # registered users are not told to register with /start (thirteenth try-out)
    assert "/start — Sapaan dan daftar perintah Anda" in help_text
    assert "daftar sebagai petugas" not in help_text
    listing = (await bot.send(ADMIN, "/petugas"))[-1]
    assert "Menunggu persetujuan: 1" in listing
    assert "Ir. Budi Santoso, M.T." in listing
    assert "Kotawaringin Timur: 0" in listing
    # one regency's list says a registration from there waits (fifteenth try-out: "0" alone)
    one = (await bot.send(ADMIN, "/petugas kotim"))[-1]
    assert "Menunggu persetujuan dari sini: 1 (Ir. Budi Santoso, M.T.)" in one
    await bot.press(ADMIN, "Setujui #1")
    listing = (await bot.send(ADMIN, "/petugas"))[-1]
    assert "Menunggu persetujuan: 0" in listing
    assert "Kotawaringin Timur: 1" in listing
    one = (await bot.send(ADMIN, "/petugas sampit"))[-1]
    assert "Petugas aktif Kabupaten Kotawaringin Timur: 1" in one
    assert "+6281234567890" in one and "Menunggu" not in one
    unknown = (await bot.send(ADMIN, "/petugas barito"))[-1]
    assert "tidak dikenal" in unknown
    assert "Barito Selatan" in unknown


async def test_approved_officer_menu_and_help(bot: Harness):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    replies = await bot.send(OFFICER, "/start")
    assert "Selamat datang kembali, Ir. Budi Santoso, M.T." in replies[0]
    assert "/petugas" not in replies[0]


async def test_unknown_command_and_chatter_get_guidance(bot: Harness):
    assert "tidak dikenal" in (await bot.send(OFFICER2, "/foo"))[0]
    # A question typed after a slash, as to a search box, is answered as the question.
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    asked = (await bot.send(OFFICER, "/rtlh syarat"))[-1]
    assert "tidak dikenal" not in asked and "RTLH" in asked.split("\n")[0]
    assert "tidak dikenal" in (await bot.send(OFFICER, "/abc def"))[0]
    assert "/start" in (await bot.send(OFFICER2, "halo"))[0]
    sticker_like = bot.standin.location_update(OFFICER2, -2.2, 113.9)
    sent = await bot.process(sticker_like)
    assert "/start" in sent[0].plain_text


async def test_language_switch_to_english_persists(bot: Harness):
    await bot.send(OFFICER, "/bahasa")
    replies = await bot.press(OFFICER, "English")
    assert replies == ["Language changed to English."]
    replies = await bot.send(OFFICER, "/start")
    assert replies[0].startswith("Welcome to Sinkron")
    assert "step 1 of 4" in replies[1]
    await bot.restart()
    assert "Empty" not in (await bot.send(OFFICER, "x"))[0]
    assert "too short" in bot.last(OFFICER).plain_text


async def test_default_and_admin_menus_are_registered(bot: Harness):
    scopes = {scope for scope, _ in bot.standin.commands}
    assert '{"type":"default"}' in scopes
    default_id = bot.standin.commands[('{"type":"default"}', "")]
    assert [c["command"] for c in default_id] == ["start", "bantuan", "bahasa", "tanya"]
    english = bot.standin.commands[('{"type":"default"}', "en")]
    assert english[1]["description"] == "Commands and how to use the bot"
    admin_menu = bot.standin.commands[(f'{{"chat_id":{ADMIN},"type":"chat"}}', "")]
    assert "petugas" in [c["command"] for c in admin_menu]
    assert admin_menu[0]["description"] == "Sapaan dan daftar perintah Anda"
    assert default_id[0]["description"] == "Mulai / daftar sebagai petugas"


def test_every_registered_command_and_button_has_a_declared_role(bot: Harness):
    """Access is decided from handlers.plumbing.commands: a handler missing there would be open."""
    from telegram.ext import CallbackQueryHandler, CommandHandler

    from bot.domain.buttons import FAMILIES
    from handlers.plumbing.commands import CALLBACK_ROLES, COMMANDS

    declared = {c.name for c in COMMANDS}
    families = {family.pattern: family for family in FAMILIES}
    assert bot.app is not None
    for group in bot.app.handlers.values():
        for handler in group:
            if isinstance(handler, CommandHandler):
                assert handler.commands <= declared, handler.commands - declared
            if isinstance(handler, CallbackQueryHandler) and handler.pattern is not None:
                # Every button handler matches exactly one declared family's data...
                family = families.get(handler.pattern)  # type: ignore[arg-type]
                assert family is not None, handler.pattern
                # ...and the access table gives that family's prefix its role.
                assert f"{family.prefix}|" in CALLBACK_ROLES


async def test_approved_officer_is_still_refused_admin_actions(bot: Harness):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    await bot.register(OFFICER2, name="Sari Dewi")
    assert (await bot.send(OFFICER, "/petugas")) == [
        "Maaf, perintah atau tombol ini khusus admin provinsi."
    ]
    own = bot.last(OFFICER)
    await bot.process(bot.standin.callback_update(OFFICER, own.message_id, f"reg|ok|{OFFICER2}"))
    assert bot.standin.callback_answers[-1]["show_alert"] is True
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        assert (await officers.get(tx, OFFICER2)).status == "pending"


async def test_language_switch_changes_the_menu_and_reshows_an_open_form(bot: Harness):
    await bot.send(OFFICER, "/start")
    await bot.send(OFFICER, "/bahasa")
    replies = await bot.press(OFFICER, "English")
    assert replies[0] == "Language changed to English."
    assert "Officer registration · step 1 of 4" in replies[1]
    menu = bot.standin.commands[(f'{{"chat_id":{OFFICER},"type":"chat"}}', "")]
    assert menu[0]["description"] == "Start / register as an officer"


async def test_a_stale_chat_menu_is_refreshed_on_the_next_message(bot: Harness):
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction() as tx:
        # as after a deploy that added a command
        await tx.execute(
            "UPDATE officers SET menu = 'OFFICER:id:old' WHERE user_id = ?", (OFFICER,)
        )
    calls = len(bot.standin.calls_to("setMyCommands"))
    await bot.send(OFFICER, "/bantuan")
    assert len(bot.standin.calls_to("setMyCommands")) == calls + 1
    await bot.send(OFFICER, "/bantuan")
    assert len(bot.standin.calls_to("setMyCommands")) == calls + 1  # once, not every message
    menu = bot.standin.commands[(f'{{"chat_id":{OFFICER},"type":"chat"}}', "")]
    assert "usul" in [c["command"] for c in menu]


async def test_strangers_leave_nothing_in_memory(bot: Harness):
    """PTB keeps a user_data dict per user forever once touched: the bot never touches it."""
    for stranger in range(555_000, 555_020):
        bot.standin.add_user(stranger, "Tamu")
        await bot.send(stranger, "halo")
        await bot.send(stranger, "/tinjau")  # refused
    assert bot.app is not None
    assert not any(bot.app.user_data.get(s) for s in range(555_000, 555_020))
    assert len(bot.app.user_data) == 0


async def test_a_stranger_is_slowed_down_and_stores_nothing_past_the_allowance(bot: Harness):
    stranger = 555_100
    bot.standin.add_user(stranger, "Tamu")
    replies = []
    for number in range(25):
        replies += await bot.send(stranger, f"pertanyaan panjang nomor {number} " + "x" * 200)
    assert sum("Terlalu banyak pesan" in text for text in replies) == 1
    for _ in range(5):
        replies += await bot.send(stranger, "/tinjau")  # refused, and past the allowance
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        stored = await tx.scalar("SELECT COUNT(*) FROM questions WHERE asker_id = ?", (stranger,))
        denied = await tx.scalar(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'access.denied' AND actor_id = ?",
            (stranger,),
        )
    assert stored == 20 and denied == 0
    # An approved officer is never slowed down.
    await bot.register(OFFICER)
    await bot.approve(OFFICER)
    for number in range(25):
        assert await bot.send(OFFICER, f"apa itu RTLH {number}")
