"""The `sinkron` command line: clear one-line refusals and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SINKRON_CONFIG", raising=False)
    monkeypatch.delenv("SINKRON_WEBHOOK_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)


WEBHOOK_CONFIG = '[telegram]\nmode = "webhook"\nwebhook_url = "https://x.go.id/telegram/sinkron"\n'


def test_webhook_mode_without_a_secret_is_refused_in_one_line(monkeypatch, tmp_path, capsys):
    (tmp_path / "config.toml").write_text(WEBHOOK_CONFIG, encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC")
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "SINKRON_WEBHOOK_SECRET" in err and 'mode = "webhook"' in err


def test_a_malformed_webhook_secret_is_refused_without_showing_it(monkeypatch, tmp_path, capsys):
    (tmp_path / "config.toml").write_text(WEBHOOK_CONFIG, encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC")
    monkeypatch.setenv("SINKRON_WEBHOOK_SECRET", "rahasia kantor!")
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "SINKRON_WEBHOOK_SECRET: expected 16 to 256 characters" in err
    assert "rahasia" not in err


def test_log_format_is_text_or_json(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--log-format", "xml"])
    assert exit_info.value.code == 2
    assert "json" in capsys.readouterr().err


def test_run_without_token_explains_how_to_set_it(capsys):
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN=" in err
    assert "sinkron console" in err


def test_bad_config_stops_with_one_line_naming_the_key(tmp_path: Path, capsys):
    config = tmp_path / "bad.toml"
    config.write_text('[schedule]\nreminder_offsets = ["7x"]\n', encoding="utf-8")
    assert main(["run", "--config", str(config)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "reminder_offsets" in err
    assert "7x" in err


def test_missing_config_file_is_an_error(capsys):
    assert main(["console", "--config", "nope.toml"]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_env_config_is_used(monkeypatch, tmp_path: Path, capsys):
    config = tmp_path / "env.toml"
    config.write_text("[delivery]\nmax_per_second = -1\n", encoding="utf-8")
    monkeypatch.setenv("SINKRON_CONFIG", str(config))
    assert main(["run"]) == 2
    assert "max_per_second" in capsys.readouterr().err


def test_subcommand_is_required(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def test_unusable_database_is_one_line_not_a_traceback(tmp_path: Path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["console", "--db", str(blocker / "console.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sinkron: database error: cannot open database")
    assert "Traceback" not in err
    assert err.count("\n") == 0


def test_database_from_newer_code_is_refused(tmp_path: Path, capsys):
    import sqlite3

    db = tmp_path / "new.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["console", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "schema version 999" in err


async def test_second_bot_on_the_same_database_is_refused(tmp_path: Path):
    from storage.db import Database, StorageError

    first = await Database.open(tmp_path / "one.db", exclusive=True)
    try:
        with pytest.raises(StorageError, match="in use by another Sinkron process"):
            await Database.open(tmp_path / "one.db", exclusive=True)
    finally:
        await first.close()
    second = await Database.open(tmp_path / "one.db", exclusive=True)  # free again
    await second.close()
