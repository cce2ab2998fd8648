"""Tests for loading and validating config.toml."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import (
    ConfigError,
    Settings,
    StorageSettings,
    bot_token,
    format_offset,
    load_config,
    parse_offset,
    webhook_secret,
)

REPO_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, {})
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


# -- finding the file -------------------------------------------------------------------------


def test_defaults_without_any_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_config(None, {})
    assert settings.source is None
    assert settings.telegram.base_url == "https://api.telegram.org/bot"
    assert settings.telegram.base_file_url == "https://api.telegram.org/file/bot"
    assert settings.access.admin_ids == frozenset()
    assert settings.storage.database == tmp_path / "data" / "sinkron.db"
    assert settings.schedule.timezone.key == "Asia/Pontianak"
    assert settings.schedule.reminder_offsets == (
        timedelta(days=7),
        timedelta(days=1),
        timedelta(hours=2),
    )
    assert settings.delivery.max_per_second == 25.0


def test_config_toml_in_cwd_is_picked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "[access]\nadmin_ids = [42]\n")
    monkeypatch.chdir(tmp_path)
    settings = load_config(None, {})
    assert settings.access.admin_ids == {42}
    assert settings.source == tmp_path / "config.toml"


def test_env_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "[access]\nadmin_ids = [1]\n")  # in the CWD, but the env var wins
    other = write(tmp_path, "[access]\nadmin_ids = [2]\n", name="other.toml")
    monkeypatch.chdir(tmp_path)
    settings = load_config(None, {"SINKRON_CONFIG": str(other)})
    assert settings.access.admin_ids == {2}
    assert settings.source == other


def test_argument_wins_over_env(tmp_path: Path) -> None:
    given = write(tmp_path, "[access]\nadmin_ids = [1]\n", name="given.toml")
    other = write(tmp_path, "[access]\nadmin_ids = [2]\n", name="other.toml")
    assert load_config(given, {"SINKRON_CONFIG": str(other)}).access.admin_ids == {1}


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.toml: file not found"):
        load_config(tmp_path / "missing.toml", {})


def test_missing_env_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"file not found.*SINKRON_CONFIG"):
        load_config(None, {"SINKRON_CONFIG": str(tmp_path / "missing.toml")})


def test_directory_is_not_a_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="directory"):
        load_config(tmp_path, {})


def test_repo_config_toml_states_the_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shipped = load_config(REPO_CONFIG, {})
    defaults = load_config(None, {})
    assert shipped.storage.database == REPO_CONFIG.parent / "data" / "sinkron.db"
    assert dataclasses.replace(shipped, storage=defaults.storage, source=None) == defaults


# -- values -----------------------------------------------------------------------------------


def test_every_key_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [telegram]
        base_url = "http://localhost:8081/bot"
        base_file_url = "http://localhost:8081/file/bot"
        [access]
        admin_ids = [111, 222, 111]
        [storage]
        database = "/var/lib/sinkron/db.sqlite"
        [schedule]
        timezone = "Asia/Jakarta"
        reminder_offsets = ["2h", "90m", "7d", "36h"]
        [delivery]
        max_per_second = 12.5
        """,
    )
    settings = load_config(path, {})
    assert settings.telegram.base_url == "http://localhost:8081/bot"
    assert settings.telegram.base_file_url == "http://localhost:8081/file/bot"
    assert settings.access.admin_ids == {111, 222}
    assert settings.storage.database == Path("/var/lib/sinkron/db.sqlite")
    assert settings.schedule.timezone.key == "Asia/Jakarta"
    assert [format_offset(o) for o in settings.schedule.reminder_offsets] == [
        "7d",
        "36h",
        "2h",
        "90m",
    ]
    assert settings.delivery.max_per_second == 12.5
    assert settings.source == path


def test_relative_database_is_resolved_against_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "etc").mkdir()
    path = write(tmp_path / "etc", '[storage]\ndatabase = "../var/sinkron.db"\n')
    monkeypatch.chdir(tmp_path)
    database = load_config(Path("etc/config.toml"), {}).storage.database
    assert database.is_absolute()
    assert database.resolve() == (tmp_path / "var" / "sinkron.db").resolve()
    # The default database also lives beside the file, not in the CWD.
    path.write_text("", encoding="utf-8")
    assert load_config(path, {}).storage.database == tmp_path / "etc" / "data" / "sinkron.db"


def test_empty_reminder_list_means_no_default_reminders(tmp_path: Path) -> None:
    path = write(tmp_path, "[schedule]\nreminder_offsets = []\n")
    assert load_config(path, {}).schedule.reminder_offsets == ()


def test_utf8_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf[delivery]\nmax_per_second = 5\n")
    assert load_config(path, {}).delivery.max_per_second == 5.0


def test_settings_are_frozen_and_replaceable(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path, "[access]\nadmin_ids = [1]\n"), {})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.delivery.max_per_second = 1.0  # type: ignore[misc]
    console = settings.with_database(tmp_path / "scratch.db").with_admin(7)
    assert console.storage.database == tmp_path / "scratch.db"
    assert console.access.admin_ids == {1, 7}
    assert settings.access.admin_ids == {1}
    replaced = dataclasses.replace(settings, storage=StorageSettings(tmp_path / "x.db"))
    assert replaced.storage.database == tmp_path / "x.db"
    assert isinstance(Settings(), Settings)


# -- errors -----------------------------------------------------------------------------------


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    message = load_error(tmp_path, '[delivery]\nmax_per_second = 25\nbase_url = "x\n')
    assert "TOML syntax error" in message
    assert "line 3" in message


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[storage]\ndatabase = "caf\xe9.db"\n')
    with pytest.raises(ConfigError, match="UTF-8"):
        load_config(path, {})


def test_unknown_table(tmp_path: Path) -> None:
    message = load_error(tmp_path, "[telegam]\n")
    assert "[telegam]: unknown table (did you mean telegram?)" in message
    assert "[schedule]" in message


def test_top_level_key_is_an_unknown_table(tmp_path: Path) -> None:
    assert "[debug]: unknown table" in load_error(tmp_path, "debug = true\n")


def test_table_written_as_a_value(tmp_path: Path) -> None:
    assert "delivery = 25: expected a table" in load_error(tmp_path, "delivery = 25\n")


def test_unknown_key(tmp_path: Path) -> None:
    message = load_error(tmp_path, '[telegram]\nbase_uri = "https://x"\n')
    assert "[telegram] base_uri: unknown key (did you mean base_url?)" in message
    assert "base_url, base_file_url" in message


def test_nested_table_is_an_unknown_key(tmp_path: Path) -> None:
    assert "[storage] extra: unknown key" in load_error(tmp_path, "[storage.extra]\nx = 1\n")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('admin_ids = "123"', 'admin_ids = "123"'),
        ("admin_ids = 123", "admin_ids = 123"),
        ("admin_ids = [true]", "admin_ids = [true]"),
        ("admin_ids = [0]", "admin_ids = [0]"),
        ("admin_ids = [-5]", "admin_ids = [-5]"),
        ('admin_ids = ["123"]', 'admin_ids = ["123"]'),
        ("admin_ids = [1.5]", "admin_ids = [1.5]"),
    ],
)
def test_admin_ids_must_be_positive_integers(tmp_path: Path, text: str, shown: str) -> None:
    message = load_error(tmp_path, f"[access]\n{text}\n")
    assert f"[access] {shown}: " in message
    assert "positive whole numbers" in message


@pytest.mark.parametrize(
    "value", ['"api.telegram.org/bot"', '"ftp://x/bot"', '"https://"', "42", '" https://x/bot"']
)
@pytest.mark.parametrize("key", ["base_url", "base_file_url"])
def test_urls_must_be_http(tmp_path: Path, key: str, value: str) -> None:
    message = load_error(tmp_path, f"[telegram]\n{key} = {value}\n")
    assert f"[telegram] {key} = " in message
    assert "https://" in message


@pytest.mark.parametrize("value", ['""', '"   "', "1", "false", "[]"])
def test_database_must_be_a_non_empty_string(tmp_path: Path, value: str) -> None:
    message = load_error(tmp_path, f"[storage]\ndatabase = {value}\n")
    assert "[storage] database = " in message
    assert '"data/sinkron.db"' in message


@pytest.mark.parametrize("value", ['"WIB"', '"Asia/Pontianac"', '"UTC+7"', '"../etc"', '""', "7"])
def test_unknown_time_zone(tmp_path: Path, value: str) -> None:
    message = load_error(tmp_path, f"[schedule]\ntimezone = {value}\n")
    assert "[schedule] timezone = " in message
    assert '"Asia/Pontianak"' in message


@pytest.mark.parametrize(
    ("value", "culprit"),
    [
        ('"7d"', None),
        ('["7x"]', '"7x"'),
        ('["0d"]', '"0d"'),
        ('["-1d"]', '"-1d"'),
        ('["7"]', '"7"'),
        ('["1.5d"]', '"1.5d"'),
        ('["7D"]', '"7D"'),
        ('["366d"]', '"366d"'),
        ('["99999999999999999999d"]', None),
        ("[7]", "7 is not an offset"),
        ('["7d", "1d", "7d"]', '"7d" repeats'),
        ('["1d", "24h"]', '"24h" repeats'),
    ],
)
def test_bad_reminder_offsets(tmp_path: Path, value: str, culprit: str | None) -> None:
    message = load_error(tmp_path, f"[schedule]\nreminder_offsets = {value}\n")
    assert "[schedule] reminder_offsets = " in message
    assert '["7d", "1d", "2h"]' in message
    if culprit:
        assert culprit in message


@pytest.mark.parametrize("value", ["-1", "0", "0.0", "31", "30.5", "true", '"25"', "nan", "inf"])
def test_bad_max_per_second(tmp_path: Path, value: str) -> None:
    message = load_error(tmp_path, f"[delivery]\nmax_per_second = {value}\n")
    assert message.endswith(
        f"[delivery] max_per_second = {value}: expected a number greater than 0 and at most 30 "
        "(messages per second), e.g. 25"
    )


def test_max_per_second_bounds_are_inclusive_at_30(tmp_path: Path) -> None:
    path = write(tmp_path, "[delivery]\nmax_per_second = 30\n")
    assert load_config(path, {}).delivery.max_per_second == 30.0


def test_long_values_are_shortened_in_messages(tmp_path: Path) -> None:
    message = load_error(tmp_path, f'[telegram]\nbase_url = "{"x" * 500}"\n')
    assert "..." in message
    assert len(message) < 300


# -- offsets and token -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", timedelta(days=7)),
        ("36h", timedelta(hours=36)),
        ("90m", timedelta(minutes=90)),
        (" 2h ", timedelta(hours=2)),
        ("365d", timedelta(days=365)),
    ],
)
def test_parse_offset(text: str, expected: timedelta) -> None:
    assert parse_offset(text) == expected


@pytest.mark.parametrize("text", ["", "d", "7", "7x", "0d", "-1d", "+1d", "1.5h", "7 d", "8761h"])
def test_parse_offset_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="offset"):
        parse_offset(text)


@pytest.mark.parametrize(
    ("offset", "text"),
    [
        (timedelta(days=7), "7d"),
        (timedelta(hours=48), "2d"),
        (timedelta(hours=36), "36h"),
        (timedelta(minutes=90), "90m"),
        (timedelta(minutes=120), "2h"),
    ],
)
def test_format_offset(offset: timedelta, text: str) -> None:
    assert format_offset(offset) == text
    assert parse_offset(text) == offset


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(minutes=-5), timedelta(seconds=30)])
def test_format_offset_refuses(offset: timedelta) -> None:
    with pytest.raises(ValueError, match="minutes"):
        format_offset(offset)


def test_bot_token() -> None:
    assert bot_token({"TELEGRAM_BOT_TOKEN": "  123:abc \n"}) == "123:abc"
    assert bot_token({"TELEGRAM_BOT_TOKEN": "   "}) is None
    assert bot_token({}) is None


# -- webhook mode ------------------------------------------------------------------------------


def test_webhook_keys_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [telegram]
        mode = "webhook"
        webhook_url = "https://bot.kalteng.go.id:8443/telegram/sinkron_bot"
        listen = "0.0.0.0"
        port = 9000
        health_path = "/sehat"
        """,
    )
    telegram = load_config(path, {}).telegram
    assert telegram.mode == "webhook"
    assert telegram.webhook_url == "https://bot.kalteng.go.id:8443/telegram/sinkron_bot"
    assert telegram.webhook_path == "/telegram/sinkron_bot"
    assert (telegram.listen, telegram.port, telegram.health_path) == ("0.0.0.0", 9000, "/sehat")


def test_polling_is_the_default_and_needs_no_webhook(tmp_path: Path) -> None:
    telegram = load_config(write(tmp_path, "[telegram]\n"), {}).telegram
    assert (telegram.mode, telegram.webhook_url) == ("polling", None)
    assert (telegram.listen, telegram.port, telegram.health_path) == ("127.0.0.1", 8080, "/healthz")


def test_webhook_mode_needs_a_webhook_url(tmp_path: Path) -> None:
    message = load_error(tmp_path, '[telegram]\nmode = "webhook"\n')
    assert "[telegram] webhook_url: required" in message
    assert "https://" in message


@pytest.mark.parametrize("value", ['"Webhook"', '"push"', "true", '""'])
def test_mode_is_polling_or_webhook(tmp_path: Path, value: str) -> None:
    message = load_error(tmp_path, f"[telegram]\nmode = {value}\n")
    assert f"[telegram] mode = {value}: " in message
    assert '"polling" or "webhook"' in message


@pytest.mark.parametrize(
    "value",
    [
        "http://bot.kalteng.go.id/hook",  # plain HTTP to the internet
        "http://10.0.0.5/hook",
        "https://bot.kalteng.go.id",  # no path to serve
        "https://bot.kalteng.go.id/",
        "https://bot.kalteng.go.id/hook?x=1",
        "https://bot.kalteng.go.id/hook#x",
        "https://user:pass@bot.kalteng.go.id/hook",
        "https://bot.kalteng.go.id:99999/hook",
        "https://bot.kalteng.go.id:port/hook",
        "https://bot.kalteng.go.id/ho.ok",  # a regex character in the served path
        "https:///hook",
        "bot.kalteng.go.id/hook",
    ],
)
def test_webhook_url_must_be_https_with_a_plain_path(tmp_path: Path, value: str) -> None:
    message = load_error(tmp_path, f'[telegram]\nmode = "webhook"\nwebhook_url = "{value}"\n')
    assert "[telegram] webhook_url = " in message
    assert "https://" in message


@pytest.mark.parametrize(
    "value", ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:88/a/b"]
)
def test_plain_http_webhook_is_accepted_on_loopback(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, f'[telegram]\nmode = "webhook"\nwebhook_url = "{value}"\n')
    assert load_config(path, {}).telegram.webhook_url == value


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("listen", '"localhost"', "IP address"),
        ("listen", '"0.0.0.0:80"', "IP address"),
        ("listen", "127", "IP address"),
        ("port", "0", "1 to 65535"),
        ("port", "65536", "1 to 65535"),
        ("port", '"8080"', "1 to 65535"),
        ("port", "true", "1 to 65535"),
        ("health_path", '"healthz"', "path of letters"),
        ("health_path", '"/health.json"', "path of letters"),
        ("health_path", '"/telegram/sinkron"', "must differ from webhook_url's path"),
    ],
)
def test_bad_webhook_server_keys(tmp_path: Path, key: str, value: str, expected: str) -> None:
    text = f'[telegram]\nwebhook_url = "https://x.go.id/telegram/sinkron"\n{key} = {value}\n'
    message = load_error(tmp_path, text)
    assert f"[telegram] {key} = {value}: " in message
    assert expected in message


def test_webhook_secret_follows_telegrams_rule_and_is_never_shown() -> None:
    good = "Sinkron_secret-0123456789"
    assert webhook_secret({"SINKRON_WEBHOOK_SECRET": f"  {good}\n"}) == good
    assert webhook_secret({"SINKRON_WEBHOOK_SECRET": "  "}) is None
    assert webhook_secret({}) is None
    for bad in ("short_secret", "has spaces in it 0123", "umlaut-ä-0123456789", "x" * 257):
        with pytest.raises(ConfigError) as caught:
            webhook_secret({"SINKRON_WEBHOOK_SECRET": bad})
        message = str(caught.value)
        assert message.startswith("SINKRON_WEBHOOK_SECRET: expected 16 to 256 characters")
        assert bad not in message


def test_priority_weights_and_deadline_offsets_are_read_and_checked(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[priority]\nreadiness = 50\nreach = 0\n[schedule]\ndeadline_offsets = ["2d"]\n',
    )
    settings = load_config(path, {})
    assert (settings.priority.readiness, settings.priority.reach) == (50.0, 0.0)
    assert settings.priority.authority == 20.0  # unset keys keep their default
    assert settings.schedule.deadline_offsets == (timedelta(days=2),)
    assert "[priority] reach = -1: expected a number of points" in load_error(
        tmp_path, "[priority]\nreach = -1\n"
    )
    assert "[priority] bonus: unknown key" in load_error(tmp_path, "[priority]\nbonus = 1\n")
    zero = "[priority]\n" + "".join(
        f"{name} = 0\n"
        for name in ("readiness", "reach", "cost_efficiency", "authority", "integration")
    )
    assert "at least one weight" in load_error(tmp_path, zero)
    assert "[schedule] deadline_offsets" in load_error(
        tmp_path, '[schedule]\ndeadline_offsets = ["soon"]\n'
    )


def test_retention_days_are_read_and_checked(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path, "[retention]\nguest_days = 30\n"), {})
    assert (settings.retention.guest_days, settings.retention.outbox_days) == (30, 180)
    assert "[retention] outbox_days = -1: expected a whole number of days" in load_error(
        tmp_path, "[retention]\noutbox_days = -1\n"
    )
