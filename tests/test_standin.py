"""Tests for the Bot API stand-in, driven through PTB's real request path."""

import asyncio
import datetime as dtm
import json
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from bot.standin import BotApiStandIn, UploadedFile, serve

USER = 111
TOKEN = "123:TEST"


def mock_request(standin: BotApiStandIn) -> HTTPXRequest:
    return HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(standin.handle)})


@pytest.fixture
def standin() -> BotApiStandIn:
    standin = BotApiStandIn()
    standin.add_user(USER, "Budi", last_name="Santoso", username="budi")
    return standin


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, request=mock_request(standin), get_updates_request=mock_request(standin))
    async with bot:
        yield bot


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


async def test_get_me_and_send_message(bot: Bot, standin: BotApiStandIn) -> None:
    assert bot.username == "sinkron_bot"
    message = await bot.send_message(USER, "Halo")
    assert message.text == "Halo"
    assert message.chat.id == USER
    assert message.from_user is not None
    assert message.from_user.id == standin.bot_user.id
    [sent] = standin.messages_for(USER)
    assert (sent.message_id, sent.text, sent.kind) == (message.message_id, "Halo", "text")
    [call] = standin.calls_to("sendmessage")
    assert call.params["chat_id"] == USER


async def test_edit_updates_message_and_rejects_no_op(bot: Bot, standin: BotApiStandIn) -> None:
    message = await bot.send_message(USER, "Pilih", reply_markup=keyboard("a", "b"))
    assert message.reply_markup == keyboard("a", "b")
    edited = await bot.edit_message_text("Dipilih: a", USER, message.message_id)
    assert isinstance(edited, Message)
    assert edited.text == "Dipilih: a"
    assert edited.reply_markup is None  # omitting reply_markup removes the keyboard
    sent = standin.sent[0]
    assert (sent.text, sent.edited, sent.reply_markup) == ("Dipilih: a", True, None)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Dipilih: a", USER, message.message_id)
    await bot.edit_message_reply_markup(USER, message.message_id, reply_markup=keyboard("c"))
    assert sent.reply_markup == keyboard("c").to_dict()
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, message.message_id, reply_markup=keyboard("c"))
    assert await bot.delete_message(USER, message.message_id)
    assert sent.deleted
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", USER, message.message_id)


async def test_text_limits(bot: Bot) -> None:
    await bot.send_message(USER, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(USER, " \n ")


async def test_html_counts_visible_text(bot: Bot, standin: BotApiStandIn) -> None:
    message = await bot.send_message(USER, "<b>x</b> &lt;3", parse_mode=ParseMode.HTML)
    assert message.text == "x <3"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bold", 0, 1)]
    assert standin.sent[0].text == "<b>x</b> &lt;3"
    assert standin.sent[0].plain_text == "x <3"
    await bot.send_message(USER, f"<b>{'x' * 4096}</b>", parse_mode=ParseMode.HTML)


@pytest.mark.parametrize(
    "text",
    [
        "a < b",
        "Tom & Jerry",
        "<div>x</div>",
        "<b>unclosed",
        "<b><i>x</b></i>",
        "x</b>",
        "<br/>",
        '<span class="bold">x</span>',
        "&nbsp;",
        "x &amp y",
        "</>",
    ],
)
async def test_html_rejects_what_telegram_rejects(bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(USER, text, parse_mode=ParseMode.HTML)


async def test_html_accepts_telegram_tags(bot: Bot) -> None:
    text = (
        '<strong>a</strong> <i>b</i> <u>c</u> <s>d</s> <tg-spoiler>e</tg-spoiler> <a href="https://'
        'example.org/?a=1&amp;b=2">f</a> <code>g</code> <pre><code class="language-py">h</code>'
        "</pre> <blockquote>i</blockquote> &#65;&#x42;&quot;&gt;"
    )
    message = await bot.send_message(USER, text, parse_mode=ParseMode.HTML)
    assert message.text == 'a b c d e f g h i AB">'
    types = [e.type for e in message.entities]
    assert types == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "text_link",
        "code",
        "pre",
        "blockquote",
    ]
    assert message.entities[5].url == "https://example.org/?a=1&b=2"
    assert message.entities[7].language == "py"


async def test_callback_data_limit_is_in_bytes(bot: Bot) -> None:
    await bot.send_message(USER, "ok", reply_markup=keyboard("é" * 32))  # 64 bytes
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "x", reply_markup=keyboard("x" * 65))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "x", reply_markup=keyboard("é" * 33))
    with pytest.raises(BadRequest, match=r"(?i)Text buttons are unallowed"):
        await bot.send_message(
            USER, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("no action")]])
        )


async def test_reply_keyboard_is_recorded_but_not_returned(
    bot: Bot, standin: BotApiStandIn
) -> None:
    markup = ReplyKeyboardMarkup(
        [[KeyboardButton("Kirim nomor", request_contact=True)]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )
    message = await bot.send_message(USER, "Nomor HP?", reply_markup=markup)
    assert message.reply_markup is None
    assert standin.sent[0].reply_markup == markup.to_dict()


async def test_chat_errors(bot: Bot, standin: BotApiStandIn) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "x")
    standin.blocked.add(USER)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(USER, "x")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(USER, "typing")


async def test_fail_next(bot: Bot, standin: BotApiStandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # RetryAfter.retry_after without a warning
    standin.fail_next(
        "sendMessage", status=429, description="Too Many Requests: retry after 7", retry_after=7
    )
    standin.blocked.add(USER)  # injected faults come before validation
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "x")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)
    standin.blocked.clear()
    await bot.send_message(USER, "x")
    assert len(standin.calls_to("sendMessage")) == 2


async def test_unknown_method_is_not_found(bot: Bot, standin: BotApiStandIn) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("fooBar")
    assert standin.calls[-1].method == "fooBar"


async def test_get_updates_and_offset(bot: Bot, standin: BotApiStandIn) -> None:
    first, second = standin.text_update(USER, "satu"), standin.text_update(USER, "dua")
    standin.push(first)
    standin.push(second)
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["satu", "dua"]
    assert [u.update_id for u in await bot.get_updates(offset=second["update_id"])] == [
        second["update_id"]
    ]
    assert await bot.get_updates(offset=second["update_id"] + 1) == ()
    assert standin.pending == []


async def test_long_poll_times_out(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 2


async def test_long_poll_wakes_on_push(bot: Bot, standin: BotApiStandIn) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.05)
    assert not poll.done()
    standin.push(standin.text_update(USER, "bangun"))
    updates = await asyncio.wait_for(poll, 2)
    assert updates[0].message is not None
    assert updates[0].message.text == "bangun"
    assert time.monotonic() - started < 1


async def test_text_and_command_updates(bot: Bot, standin: BotApiStandIn) -> None:
    update = Update.de_json(standin.text_update(USER, "/start@sinkron_bot kode"), bot)
    assert update.message is not None
    assert update.message.text == "/start@sinkron_bot kode"
    [entity] = update.message.entities
    assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, 18)
    assert update.effective_user is not None
    assert update.effective_user.username == "budi"
    assert update.effective_chat is not None
    assert update.effective_chat.id == USER
    assert update.effective_chat.type == "private"
    plain = Update.de_json(standin.text_update(USER, "halo"), bot)
    assert plain.message is not None
    assert plain.message.entities == ()
    assert plain.update_id > update.update_id
    with pytest.raises(KeyError):
        standin.text_update(12345, "siapa?")


async def test_callback_update_and_answer(bot: Bot, standin: BotApiStandIn) -> None:
    sent = await bot.send_message(
        USER, "<b>Pilih</b>", parse_mode="HTML", reply_markup=keyboard("y")
    )
    update = Update.de_json(standin.callback_update(USER, sent.message_id, "y"), bot)
    query = update.callback_query
    assert query is not None
    assert query.data == "y"
    assert query.from_user.id == USER
    assert isinstance(query.message, Message)
    assert query.message.message_id == sent.message_id
    assert query.message.reply_markup == keyboard("y")
    assert query.message.text == "Pilih"
    assert await bot.answer_callback_query(query.id, text="Oke")
    assert standin.callback_answers == [{"callback_query_id": query.id, "text": "Oke"}]
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("nope")
    with pytest.raises(KeyError):
        standin.callback_update(USER, 424242, "y")


async def test_contact_location_photo_document_updates(bot: Bot, standin: BotApiStandIn) -> None:
    contact = Update.de_json(standin.contact_update(USER, "+6281234567890"), bot).message
    assert contact is not None
    assert contact.contact is not None
    assert (contact.contact.user_id, contact.contact.phone_number) == (USER, "+6281234567890")
    assert contact.contact.first_name == "Budi"

    location = Update.de_json(standin.location_update(USER, -2.21, 113.92), bot).message
    assert location is not None
    assert location.location is not None
    assert (location.location.latitude, location.location.longitude) == (-2.21, 113.92)

    photo = Update.de_json(standin.photo_update(USER, file_size=250_000, caption="Rumah"), bot)
    assert photo.message is not None
    thumb, full = photo.message.photo
    assert (full.width, full.height, full.file_size) == (1280, 960, 250_000)
    assert thumb.width < full.width
    assert len({thumb.file_id, full.file_id, thumb.file_unique_id, full.file_unique_id}) == 4
    assert photo.message.caption == "Rumah"

    document = Update.de_json(
        standin.document_update(
            USER, file_name="usulan.pdf", mime_type="application/pdf", file_size=1024
        ),
        bot,
    ).message
    assert document is not None
    assert document.document is not None
    assert document.document.file_name == "usulan.pdf"
    assert document.document.mime_type == "application/pdf"

    # File ids the stand-in issued can be sent back, as with Telegram.
    resent = await bot.send_photo(USER, full.file_id, caption="Diterima")
    assert resent.photo[-1].file_id == full.file_id
    assert resent.caption == "Diterima"
    assert standin.sent[-1].kind == "photo"
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_photo(USER, "not-a-file-id")
    with pytest.raises(BadRequest, match=r"(?i)type of file mismatch"):
        await bot.send_document(USER, full.file_id)


async def test_send_document_upload(bot: Bot, standin: BotApiStandIn) -> None:
    upload = InputFile(b"%PDF-1.4 laporan", filename="laporan.pdf")
    message = await bot.send_document(
        USER, upload, caption="Laporan <b>Rakor</b>", parse_mode="HTML"
    )
    assert message.document is not None
    assert message.document.file_name == "laporan.pdf"
    assert message.document.file_size == len(b"%PDF-1.4 laporan")
    assert message.caption == "Laporan Rakor"
    [call] = standin.calls_to("sendDocument")
    assert call.params["chat_id"] == USER
    assert call.params["document"] == UploadedFile(
        "laporan.pdf", b"%PDF-1.4 laporan", "application/pdf"
    )
    sent = standin.sent[-1]
    assert (sent.kind, sent.text, sent.file_id) == (
        "document",
        "Laporan <b>Rakor</b>",
        message.document.file_id,
    )
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await bot.send_document(USER, message.document.file_id, caption="x" * 1025)


async def test_commands_by_scope_and_language(bot: Bot, standin: BotApiStandIn) -> None:
    commands = [BotCommand("start", "Mulai"), BotCommand("usulan", "Ajukan usulan")]
    scope = BotCommandScopeChat(USER)
    assert await bot.set_my_commands(commands, scope=scope, language_code="id")
    key = (json.dumps({"chat_id": USER, "type": "chat"}, separators=(",", ":")), "id")
    assert standin.commands == {
        key: [
            {"command": "start", "description": "Mulai"},
            {"command": "usulan", "description": "Ajukan usulan"},
        ]
    }
    assert await bot.get_my_commands(scope=scope, language_code="id") == tuple(commands)
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])
    assert await bot.delete_my_commands(scope=scope, language_code="id")
    assert standin.commands == {}


async def test_over_loopback_http(standin: BotApiStandIn) -> None:
    server = await serve(standin, port=0)
    try:
        bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{server.port}/bot")
        async with bot:
            assert (await bot.get_me()).username == "sinkron_bot"
            message = await bot.send_message(USER, "Halo lewat HTTP", reply_markup=keyboard("a"))
            assert message.reply_markup == keyboard("a")
            poll = asyncio.create_task(bot.get_updates(timeout=5))
            await asyncio.sleep(0.05)
            standin.push(standin.text_update(USER, "balas"))
            [update] = await asyncio.wait_for(poll, 2)
            assert update.message is not None
            assert update.message.text == "balas"
        async with httpx.AsyncClient() as client:
            response = await client.post(f"{server.base_url}{TOKEN}/fooBar")
            assert response.status_code == 404
            assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    finally:
        await server.close()
    assert [call.method for call in standin.calls][:3] == ["getMe", "getMe", "sendMessage"]


async def test_drives_a_polling_application(standin: BotApiStandIn) -> None:
    welcomed, pressed = asyncio.Event(), asyncio.Event()

    async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Selamat datang", reply_markup=keyboard("ok"))
        welcomed.set()

    async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Lanjut")
        pressed.set()

    app = (
        Application.builder()
        .token(TOKEN)
        .request(mock_request(standin))
        .get_updates_request(mock_request(standin))
        .build()
    )
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(CallbackQueryHandler(on_press))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=5)
        standin.push(standin.text_update(USER, "/start"))
        await asyncio.wait_for(welcomed.wait(), 2)
        [welcome] = standin.messages_for(USER)
        assert welcome.text == "Selamat datang"
        standin.push(standin.callback_update(USER, welcome.message_id, "ok"))
        await asyncio.wait_for(pressed.wait(), 2)
        assert (welcome.text, welcome.edited, welcome.reply_markup) == ("Lanjut", True, None)
        assert len(standin.callback_answers) == 1
        await app.updater.stop()
        await app.stop()


async def test_http_server_edges(standin: BotApiStandIn) -> None:
    async with await serve(standin) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(
            b"POST /bot1:A/sendMessage HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        await writer.drain()
        answer = await reader.read()  # the server closes after refusing a chunked body
        assert answer.startswith(b"HTTP/1.1 411 Length Required\r\n")
        writer.close()
        await writer.wait_closed()

        # A long poll still waiting when the server closes must not hang the shutdown.
        async with httpx.AsyncClient() as client:
            poll = asyncio.create_task(
                client.post(f"{server.base_url}{TOKEN}/getUpdates", data={"timeout": "30"})
            )
            await asyncio.sleep(0.05)
            await server.close()
            # A clean close or a reset, depending on timing: either way the poll ends.
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                await poll


class Receiver:
    """A bot's webhook server in miniature: records each post, answers the statuses given."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.posts: list[tuple[dict[str, str], dict[str, object]]] = []
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/hook"

    async def __aenter__(self) -> "Receiver":
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while request_line := await reader.readline():
                assert request_line.startswith(b"POST /hook ")
                headers = {}
                while (line := await reader.readline()).strip():
                    name, _, value = line.decode().partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers["content-length"]))
                self.posts.append((headers, json.loads(body)))
                status = self.statuses.pop(0) if self.statuses else 200
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Length: 0\r\n\r\n".encode())
                await writer.drain()
        finally:
            writer.close()


async def test_webhook_delivers_in_order_with_the_secret_and_retries(
    bot: Bot, standin: BotApiStandIn
) -> None:
    standin.webhook_retry_s = 0.01
    async with Receiver([500]) as receiver:
        assert await bot.set_webhook(receiver.url, secret_token="s3cret_-X", max_connections=5)
        info = await bot.get_webhook_info()
        assert (info.url, info.max_connections, info.last_error_date) == (receiver.url, 5, None)
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        first = standin.text_update(USER, "satu")
        second = standin.text_update(USER, "dua")
        standin.push(first)
        standin.push(second)
        for _ in range(200):
            if len(receiver.posts) == 3 and not standin.pending:
                break
            await asyncio.sleep(0.01)
        # Refused once with a 500, then posted again, in order.
        assert [body["update_id"] for _, body in receiver.posts] == [
            first["update_id"],
            first["update_id"],
            second["update_id"],
        ]
        headers, body = receiver.posts[-1]
        assert headers["x-telegram-bot-api-secret-token"] == "s3cret_-X"
        assert headers["content-type"] == "application/json"
        assert Update.de_json(body, bot).message.text == "dua"  # type: ignore[union-attr]
        info = await bot.get_webhook_info()
        assert info.pending_update_count == 0
        assert info.last_error_message == "Wrong response from the webhook: 500 X"
        assert standin.webhook is not None
        assert [d.status for d in standin.webhook.deliveries] == [500, 200, 200]

        assert await bot.delete_webhook()
        assert (await bot.get_webhook_info()).url == ""
        standin.push(standin.text_update(USER, "tiga"))
        [update] = await bot.get_updates()  # polling works again; nothing more is posted
        assert update.message is not None and update.message.text == "tiga"
        assert len(receiver.posts) == 3


async def test_set_webhook_checks_what_telegram_checks(bot: Bot, standin: BotApiStandIn) -> None:
    with pytest.raises(BadRequest, match="Secret token contains unallowed characters"):
        await bot.set_webhook("http://127.0.0.1:9/hook", secret_token="not secret!")
    with pytest.raises(BadRequest, match="Bad webhook"):
        await bot.set_webhook("ftp://127.0.0.1/hook")
    with pytest.raises(BadRequest, match="Invalid max_connections"):
        await bot.set_webhook("http://127.0.0.1:9/hook", max_connections=101)
    assert standin.webhook is None
    # An unreachable webhook keeps the update and records why.
    standin.webhook_retry_s = 0.01
    assert await bot.set_webhook("http://127.0.0.1:9/hook", drop_pending_updates=True)
    standin.push(standin.text_update(USER, "halo"))
    for _ in range(100):
        if (await bot.get_webhook_info()).last_error_message:
            break
        await asyncio.sleep(0.01)
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 1
    assert info.last_error_message is not None
    assert info.last_error_message.startswith("Connection failed")
    await standin.close_webhook()


def test_ids_can_continue_above_those_of_an_earlier_run():
    from bot.standin import BotApiStandIn

    standin = BotApiStandIn()
    standin.continue_ids_after(5_000)
    assert standin.next_message_id() == 5_001
    assert "00005001" in standin.document("a.pdf", "application/pdf", 10)["file_id"]
    standin.continue_ids_after(10)  # never backwards
    assert standin.next_message_id() == 5_002
