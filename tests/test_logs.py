"""Log lines: one per handled update with its ids, handler and duration, no message text, and
neither the bot token nor the webhook secret, in text and in JSON."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator

import pytest

from bot.logs import Redact, handler_name, make_handler, quiet_noisy_loggers
from storage import officers
from tests.auxil.harness import ADMIN, OFFICER, TOKEN, Harness

SECRET = "Sinkron_webhook-secret_0123456789"


@pytest.fixture
def captured(request: pytest.FixtureRequest) -> Iterator[io.StringIO]:
    """What `sinkron run` would write at INFO, in the format the test is parametrized with."""
    stream = io.StringIO()
    handler = make_handler(stream, request.param, Redact(TOKEN, SECRET))
    root = logging.getLogger()
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "apscheduler")}
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    quiet_noisy_loggers()
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, old in noisy.items():
            logging.getLogger(name).setLevel(old)


def text_fields(line: str) -> dict[str, str]:
    return dict(re.findall(r" (\w+)=(\S+)", line))


@pytest.mark.parametrize("captured", ["text"], indirect=True)
async def test_a_handled_update_is_one_text_line_with_ids_and_no_text(
    bot: Harness, captured: io.StringIO
):
    await bot.send(OFFICER, "/start")
    captured.truncate(0)
    captured.seek(0)
    update = bot.standin.text_update(OFFICER, "Budi Santoso")
    await bot.process(update)
    [line] = captured.getvalue().splitlines()  # at INFO, one line for the whole update
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d INFO bot\.logs: ", line)
    fields = text_fields(line)
    assert fields["update_id"] == str(update["update_id"])
    assert fields["user_id"] == str(OFFICER)
    assert fields["kind"] == "message"
    assert fields["handler"] == "form_input.answer_form"
    assert fields["outcome"] == "ok"
    assert float(fields["duration_ms"]) > 0
    assert "Budi" not in line


@pytest.mark.parametrize("captured", ["json"], indirect=True)
async def test_a_handled_update_is_one_json_object_with_ids_and_no_text(
    bot: Harness, captured: io.StringIO
):
    await bot.send(OFFICER, "/start")
    await bot.send(OFFICER, "Budi Santoso")
    await bot.send(OFFICER, "Kotim")
    await bot.send(OFFICER, "Kasi Permukiman")
    await bot.share_contact(OFFICER, "+62 812 3456 7890")
    entries = [json.loads(line) for line in captured.getvalue().splitlines()]
    handled = [e for e in entries if e["message"] == "update handled"]
    assert len(handled) == 5
    assert {e["user_id"] for e in handled} == {OFFICER}
    assert [e["kind"] for e in handled] == ["message"] * 5
    assert handled[0]["handler"] == "registration.start"
    assert all(isinstance(e["duration_ms"], float) for e in handled)
    assert set(handled[0]) == {
        "time",
        "level",
        "logger",
        "message",
        "update_id",
        "user_id",
        "kind",
        "handler",
        "outcome",
        "duration_ms",
    }
    written = captured.getvalue()
    for private in ("Budi", "Santoso", "Kasi", "812", "3456"):
        assert private not in written


@pytest.mark.parametrize("captured", ["json"], indirect=True)
async def test_lines_logged_while_handling_carry_the_update_and_a_failure_is_marked(
    bot: Harness, captured: io.StringIO, monkeypatch: pytest.MonkeyPatch
):
    async def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(officers, "count_active_by_regency", explode)
    update = bot.standin.text_update(ADMIN, "/petugas")
    await bot.process(update)
    entries = [json.loads(line) for line in captured.getvalue().splitlines()]
    [error] = [e for e in entries if e["level"] == "ERROR"]
    assert (error["update_id"], error["user_id"]) == (update["update_id"], ADMIN)
    assert "RuntimeError: disk on fire" in error["exception"]
    [done] = [e for e in entries if e["message"] == "update handled"]
    assert done["outcome"] == "error"
    assert done["handler"] == "officers.list_officers"


@pytest.mark.parametrize("captured", ["text"], indirect=True)
async def test_an_update_stopped_by_access_names_the_access_layer(
    bot: Harness, captured: io.StringIO
):
    await bot.send(OFFICER, "/petugas")  # an admin command from a stranger
    [line] = [x for x in captured.getvalue().splitlines() if "update handled" in x]
    assert text_fields(line)["handler"] == "access.identify"
    assert text_fields(line)["outcome"] == "ok"


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_token_and_secret_never_reach_the_output(log_format: str):
    stream = io.StringIO()
    logger = logging.getLogger("tests.redaction")
    handler = make_handler(stream, log_format, Redact(TOKEN, SECRET))
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("POST https://api.telegram.org/bot%s/setWebhook", TOKEN)
        logger.warning("secret_token=%s in the parameters", SECRET)
        logger.warning(f"as one string: {TOKEN} {SECRET}")
        try:
            raise ValueError(f"The token `{TOKEN}` was rejected; secret {SECRET}")
        except ValueError:
            logger.exception("setWebhook failed")
        logger.warning("where it was logged", stack_info=True)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    written = stream.getvalue()
    assert TOKEN not in written
    assert TOKEN.split(":")[1] not in written
    assert SECRET not in written
    assert written.count("<token>") == 3
    assert written.count("<secret>") == 3
    if log_format == "json":
        entries = [json.loads(line) for line in written.splitlines()]
        assert len(entries) == 5  # a traceback stays inside its line
        assert "ValueError: The token `<token>` was rejected" in entries[3]["exception"]


def test_handler_names_are_module_and_function():
    async def answer_form(update: object, context: object) -> None: ...

    assert handler_name(answer_form).startswith("test_logs.")
    assert handler_name(answer_form).endswith(".answer_form")
    assert handler_name(officers.get) == "officers.get"
