"""The deploy/ folder: the systemd unit, install.sh, the container recipe and the production
config agree with each other and with the code they start."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot import config as bot_config
from bot.__main__ import EXIT_CONFIG, main
from bot.config import load_config

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
UNIT = DEPLOY / "sinkron.service"
INSTALL = DEPLOY / "install.sh"
CONTAINERFILE = DEPLOY / "Containerfile"
CONFIG = DEPLOY / "config.toml"
ENV_EXAMPLE = DEPLOY / "sinkron.env.example"
ADMIN_WRAPPER = DEPLOY / "sinkron-admin"

STATE = Path("/var/lib/sinkron")
INSTALLED_CONFIG = Path("/etc/sinkron/config.toml")
INSTALLED_ENV = Path("/etc/sinkron/sinkron.env")
WEBHOOK_SECRET_ENV = getattr(bot_config, "WEBHOOK_SECRET_ENV", "SINKRON_WEBHOOK_SECRET")


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as {section: {key: [values in order]}} (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, equals, value = line.partition("=")
        assert equals and current is not None, f"line {number} is not key=value: {raw!r}"
        assert not raw.endswith("\\"), f"line {number}: continuation lines are not used here"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def service() -> dict[str, list[str]]:
    return parse_unit(UNIT.read_text(encoding="utf-8"))["Service"]


def only(values: dict[str, list[str]], key: str) -> str:
    assert len(values.get(key, [])) == 1, f"{key}: {values.get(key)}"
    return values[key][0]


def scripts() -> dict[str, str]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return dict(tomllib.load(file)["project"]["scripts"])


# --- the systemd unit -------------------------------------------------------------------


def test_the_unit_runs_the_bot_as_its_own_user_with_secrets_from_a_file():
    unit = parse_unit(UNIT.read_text(encoding="utf-8"))
    assert set(unit) == {"Unit", "Service", "Install"}
    assert "network-online.target" in only(unit["Unit"], "After")
    assert only(unit["Install"], "WantedBy") == "multi-user.target"
    svc = unit["Service"]
    expected = {
        "User": "sinkron",
        "Group": "sinkron",
        "Restart": "on-failure",
        "EnvironmentFile": str(INSTALLED_ENV),  # no "-": a missing secrets file stops start-up
        "StateDirectory": "sinkron",
        "WorkingDirectory": str(STATE),
        # A configuration error exits 2: restarting in a loop cannot fix it.
        "RestartPreventExitStatus": str(EXIT_CONFIG),
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
    }
    assert {key: only(svc, key) for key in expected} == expected
    command = shlex.split(only(svc, "ExecStart"))
    assert command == ["/opt/sinkron/venv/bin/sinkron", "run", "--config", str(INSTALLED_CONFIG)]
    assert Path(command[0]).name in scripts()  # the console script pip installs
    # No token on the command line or in the unit: it would show in `ps` and `systemctl show`.
    assert "TOKEN" not in " ".join(svc.get("Environment", []) + svc["ExecStart"])


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (the INI checks above still ran)")
    # verify also checks that ExecStart exists: point it at this checkout's entry point.
    sinkron = Path(sys.executable).parent / "sinkron"
    assert sinkron.exists(), "the project's venv has no sinkron script (pip install -e .)"
    unit = tmp_path / "sinkron.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace("/opt/sinkron/venv/bin/sinkron", str(sinkron)),
        encoding="utf-8",
    )
    result = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )
    ours = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "sinkron.service" in line or str(unit) in line
    ]
    assert result.returncode == 0 and not ours, result.stdout + result.stderr


def test_the_unit_is_well_hardened_by_systemds_own_measure(tmp_path: Path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    result = subprocess.run(
        [analyze, "security", "--offline=yes", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    found = re.search(r"Overall exposure level for sinkron\.service: ([\d.]+)", result.stdout)
    if found is None:
        pytest.skip(f"this systemd-analyze cannot assess units offline: {result.stderr[:200]}")
    # 0 is a fully locked-down service, 10 an unprotected one; 2 or less reads "OK".
    assert float(found.group(1)) <= 2.0, result.stdout


# --- install.sh -------------------------------------------------------------------------


def install(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(INSTALL), *args], capture_output=True, text=True, timeout=120, check=False
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_install_dry_run_changes_nothing_and_shows_every_step(tmp_path: Path):
    root = tmp_path / "server"
    result = install("--dry-run", "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert not root.exists()
    printed = result.stdout
    assert "Dry run" in printed
    for step in (
        f"-m venv {root}/opt/sinkron/venv",
        "pip install",
        f"install -m 0644 {UNIT} {root}/etc/systemd/system/sinkron.service",
        f"install -m 0640 {CONFIG} {root}{INSTALLED_CONFIG}",
        f"create_env_file {root}{INSTALLED_ENV}",
        f"chmod 0600 {root}{INSTALLED_ENV}",
    ):
        assert step in printed, step
    assert "+ systemctl" not in printed and "+ useradd" not in printed  # host-only steps


def test_install_dry_run_on_the_host_names_the_user_and_the_service():
    result = install("--dry-run", "--skip-venv")
    assert result.returncode == 0, result.stderr
    printed = result.stdout
    assert "useradd --system" in printed or "user sinkron exists" in printed
    assert "+ systemctl daemon-reload" in printed
    assert "+ systemctl enable sinkron.service" in printed
    assert "+ chown root:root /etc/sinkron/sinkron.env" in printed


def test_install_into_a_root_lays_out_files_with_safe_modes_and_is_idempotent(tmp_path: Path):
    root = tmp_path / "server"
    first = install("--root", str(root), "--skip-venv")
    assert first.returncode == 0, first.stderr
    unit = root / "etc/systemd/system/sinkron.service"
    config = root / INSTALLED_CONFIG.relative_to("/")
    env = root / INSTALLED_ENV.relative_to("/")
    wrapper = root / "usr/local/bin/sinkron-admin"
    expected_modes = {
        unit: 0o644,
        config: 0o640,
        env: 0o600,  # the token: root only (systemd reads it before dropping privileges)
        config.parent: 0o750,
        wrapper: 0o755,
        root / STATE.relative_to("/"): 0o750,
        root / STATE.relative_to("/") / "backups": 0o750,
    }
    assert {path: mode(path) for path in expected_modes} == expected_modes
    assert unit.read_bytes() == UNIT.read_bytes()
    assert config.read_bytes() == CONFIG.read_bytes()
    # The unit finds what install.sh put in place.
    svc = service()
    assert root / only(svc, "EnvironmentFile").lstrip("/") == env
    assert root / shlex.split(only(svc, "ExecStart"))[-1].lstrip("/") == config

    # A fresh webhook secret that Telegram (and the bot's own check) accepts; no token yet.
    values = dict(
        line.split("=", 1)
        for line in env.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert values["TELEGRAM_BOT_TOKEN"] == ""
    secret = values[WEBHOOK_SECRET_ENV]
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret)
    check_secret = getattr(bot_config, "webhook_secret", None)
    if check_secret is not None:
        assert check_secret({WEBHOOK_SECRET_ENV: secret}) == secret

    # The admin edits config and secrets; a second run (an upgrade) keeps them, restores the
    # unit and the modes.
    config.write_text(CONFIG.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    env.write_text("TELEGRAM_BOT_TOKEN=1:x\n", encoding="utf-8")
    env.chmod(0o644)
    unit.write_text("stale\n", encoding="utf-8")
    second = install("--root", str(root), "--skip-venv")
    assert second.returncode == 0, second.stderr
    assert config.read_text(encoding="utf-8").endswith("# edited\n")
    assert env.read_text(encoding="utf-8") == "TELEGRAM_BOT_TOKEN=1:x\n"
    assert mode(env) == 0o600
    assert unit.read_bytes() == UNIT.read_bytes()


def test_install_refuses_what_it_does_not_know(tmp_path: Path):
    result = install("--frobnicate")
    assert result.returncode == 2
    assert "unknown option --frobnicate" in result.stderr
    old = install("--root", str(tmp_path), "--python", "python2-does-not-exist")
    assert old.returncode == 1
    assert "older than Python 3.11" in old.stderr
    assert not (tmp_path / "etc").exists()


@pytest.mark.parametrize("script", [INSTALL, ADMIN_WRAPPER])
def test_shell_scripts_parse_and_are_executable(script: Path):
    assert os.access(script, os.X_OK)
    result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_admin_wrapper_runs_as_the_service_does():
    text = ADMIN_WRAPPER.read_text(encoding="utf-8")
    svc = service()
    assert f". {only(svc, 'EnvironmentFile')}" in text
    assert f"SINKRON_CONFIG={INSTALLED_CONFIG}" in text
    assert shlex.split(only(svc, "ExecStart"))[0] in text
    assert "--reuid=sinkron" in text


# --- the container recipe ---------------------------------------------------------------


def instructions(text: str) -> list[tuple[str, str]]:
    """A Containerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    joined = re.sub(r"\\\n", " ", text)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def containerfile() -> list[tuple[str, str]]:
    return instructions(CONTAINERFILE.read_text(encoding="utf-8"))


def test_the_container_runs_as_a_non_root_user_created_in_it():
    steps = containerfile()
    assert re.fullmatch(r"python:3\.1[1-9]-slim", steps[0][1]), steps[0]
    users = [args for keyword, args in steps if keyword == "USER"]
    assert users, "no USER: the container would run as root"
    user = users[-1]
    assert user not in ("root", "0") and not user.startswith(("root:", "0:"))
    creates = [args for keyword, args in steps if keyword == "RUN" and "useradd" in args]
    assert creates and re.search(rf"\b{user}$", creates[0].split("&&")[0].strip())
    # Nothing after USER runs as root again, and the entry point comes after it.
    keywords = [keyword for keyword, _ in steps]
    assert keywords.index("ENTRYPOINT") > len(keywords) - 1 - keywords[::-1].index("USER")


def test_the_container_keeps_its_data_in_a_volume_the_config_points_to():
    steps = containerfile()
    volumes = [v for keyword, args in steps if keyword == "VOLUME" for v in json.loads(args)]
    assert str(STATE) in volumes
    database = Path(tomllib.loads(CONFIG.read_text(encoding="utf-8"))["storage"]["database"])
    assert database.parent == STATE
    env = " ".join(args for keyword, args in steps if keyword == "ENV")
    assert f"SINKRON_CONFIG={INSTALLED_CONFIG}" in env
    exposed = [args for keyword, args in steps if keyword == "EXPOSE"]
    port = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["telegram"]["port"]
    assert exposed == [str(port)]


def test_the_container_entry_point_is_the_installed_command(capsys: pytest.CaptureFixture[str]):
    steps = dict(containerfile())
    entrypoint = json.loads(steps["ENTRYPOINT"])
    assert entrypoint == ["sinkron"] and entrypoint[0] in scripts()
    command = json.loads(steps["CMD"])
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])  # a real subcommand of the CLI
    assert exit_info.value.code == 0
    assert "--config" in capsys.readouterr().out


def test_the_container_copies_every_package_the_project_ships():
    with (REPO / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)
    packages = {
        pattern.rstrip("*")
        for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]
    }
    copied: set[str] = set()
    for keyword, args in containerfile():
        if keyword == "COPY":
            *sources, _target = args.split()
            for source in sources:
                assert (REPO / source).exists(), f"COPY {source}: not in the repository"
                copied.add(source)
    assert packages <= copied
    assert {"pyproject.toml", project["project"]["readme"]} <= copied


# --- the production config --------------------------------------------------------------


def test_the_production_config_loads_in_webhook_mode_with_data_in_the_state_directory():
    settings = load_config(CONFIG, {})
    assert settings.storage.database == STATE / "sinkron.db"
    telegram = settings.telegram
    assert telegram.mode == "webhook"
    assert telegram.webhook_url is not None and telegram.webhook_url.startswith("https://")
    assert (telegram.listen, telegram.port) == ("127.0.0.1", 8080)


def test_the_env_example_names_the_variables_the_bot_reads():
    names = {
        line.split("=", 1)[0]
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert names == {bot_config.TOKEN_ENV, WEBHOOK_SECRET_ENV}


def test_the_container_health_check_asks_the_webhook_servers_health_route():
    steps = containerfile()
    checks = [args for keyword, args in steps if keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    telegram = load_config(CONFIG, {}).telegram
    path = getattr(telegram, "health_path", "/healthz")
    assert f"http://127.0.0.1:{telegram.port}{path}'" in checks[0]
    command = json.loads(checks[0].split(" CMD ", 1)[1])
    assert command[:2] == ["python", "-c"]
    compile(command[2], "HEALTHCHECK", "exec")  # the probe is valid Python
