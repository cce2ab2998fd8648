#!/bin/sh
# Installs or upgrades Sinkron as a systemd service from this checkout; safe to run again.
#
#   sudo deploy/install.sh            install or upgrade, enable the service (and restart it
#                                     when it was running)
#   deploy/install.sh --dry-run       print every step, change nothing
#   deploy/install.sh --root DIR      install the files under DIR instead of / (no user, no
#                                     ownership, no systemctl: those belong to a real host)
#   --skip-venv                       leave the virtual environment as it is
#   --python PYTHON                   interpreter for the virtual environment (3.11 or newer)
#
# Lays out: /opt/sinkron/venv (the package), /etc/sinkron/config.toml (kept once there),
# /etc/sinkron/sinkron.env (0600 root, created once with a fresh webhook secret),
# /etc/systemd/system/sinkron.service, /usr/local/bin/sinkron-admin, /var/lib/sinkron.
set -eu

usage() {
    sed -n '2,12s/^# \{0,1\}//p' "$0" >&2
    exit "${1:-2}"
}

ROOT=""
DRY_RUN=0
SKIP_VENV=0
PYTHON=python3
while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) DRY_RUN=1 ;;
        --skip-venv) SKIP_VENV=1 ;;
        --root) [ $# -ge 2 ] || usage; ROOT=$2; shift ;;
        --root=*) ROOT=${1#--root=} ;;
        --python) [ $# -ge 2 ] || usage; PYTHON=$2; shift ;;
        --python=*) PYTHON=${1#--python=} ;;
        -h | --help) usage 0 ;;
        *) echo "install.sh: unknown option $1" >&2; usage ;;
    esac
    shift
done
case "$ROOT" in
    "" | /*) ;;
    *) ROOT=$(pwd)/$ROOT ;;
esac
ROOT=${ROOT%/}

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
USER_NAME=sinkron
OPT=$ROOT/opt/sinkron
VENV=$OPT/venv
ETC=$ROOT/etc/sinkron
UNIT_DIR=$ROOT/etc/systemd/system
BIN_DIR=$ROOT/usr/local/bin
STATE=$ROOT/var/lib/sinkron

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

# Every change goes through run: printed always, executed unless --dry-run.
run() {
    say "+ $*"
    if [ "$DRY_RUN" -eq 0 ]; then
        "$@"
    fi
}

on_host() { [ -z "$ROOT" ]; }

# Ownership flags for install(1): only on a real host, where the user exists.
owned_by() {
    if on_host; then
        printf '%s\n' "-o $1 -g $2"
    fi
}

create_env_file() {
    secret=$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')
    (
        umask 077
        sed "s/^SINKRON_WEBHOOK_SECRET=\$/SINKRON_WEBHOOK_SECRET=$secret/" \
            "$HERE/sinkron.env.example" >"$1"
    )
    chmod 0600 "$1"
}

# pip builds a local directory in place (leaving build/ in the checkout): build a copy.
install_package() {
    staging=$(mktemp -d)
    trap 'rm -rf "$staging"' EXIT # also when pip fails (set -e leaves at once)
    cp -R "$1/pyproject.toml" "$1/README.md" "$1/bot" "$1/handlers" "$1/storage" "$staging"
    "$2/bin/pip" install --quiet "$staging"
    rm -rf "$staging"
    trap - EXIT
}

if on_host && [ "$DRY_RUN" -eq 0 ] && [ "$(id -u)" -ne 0 ]; then
    die "run it as root (sudo), or see what it would do with --dry-run"
fi
if [ "$SKIP_VENV" -eq 0 ]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null ||
        die "$PYTHON is missing or older than Python 3.11 (use --python)"
fi
[ "$DRY_RUN" -eq 1 ] && say "Dry run: nothing is changed."

say "== user"
if ! on_host; then
    say "skipped under --root: create the system user $USER_NAME on the real host"
elif id -u "$USER_NAME" >/dev/null 2>&1; then
    say "user $USER_NAME exists"
else
    run useradd --system --user-group --home-dir /var/lib/sinkron --no-create-home \
        --shell /usr/sbin/nologin "$USER_NAME"
fi

say "== directories"
run install -d -m 0755 "$OPT" "$UNIT_DIR" "$BIN_DIR"
# shellcheck disable=SC2046 # owned_by prints separate words on purpose
run install -d -m 0750 $(owned_by root "$USER_NAME") "$ETC"
# shellcheck disable=SC2046
run install -d -m 0750 $(owned_by "$USER_NAME" "$USER_NAME") "$STATE" "$STATE/backups"

say "== package"
if [ "$SKIP_VENV" -eq 1 ]; then
    say "skipped (--skip-venv)"
else
    if [ ! -x "$VENV/bin/python" ]; then
        run "$PYTHON" -m venv "$VENV"
    fi
    run "$VENV/bin/pip" install --quiet --upgrade pip
    run install_package "$REPO" "$VENV"
fi

say "== files"
run install -m 0644 "$HERE/sinkron.service" "$UNIT_DIR/sinkron.service"
run install -m 0755 "$HERE/sinkron-admin" "$BIN_DIR/sinkron-admin"
if [ -e "$ETC/config.toml" ]; then
    say "kept $ETC/config.toml (yours; compare with $HERE/config.toml after an upgrade)"
else
    # shellcheck disable=SC2046
    run install -m 0640 $(owned_by root "$USER_NAME") "$HERE/config.toml" "$ETC/config.toml"
fi
if [ -e "$ETC/sinkron.env" ]; then
    say "kept $ETC/sinkron.env"
else
    run create_env_file "$ETC/sinkron.env"
fi
run chmod 0600 "$ETC/sinkron.env"
if on_host; then
    run chown root:root "$ETC/sinkron.env"
fi

say "== service"
if ! on_host; then
    say "skipped under --root: systemctl daemon-reload, enable sinkron.service"
else
    run systemctl daemon-reload
    run systemctl enable sinkron.service
    if systemctl is-active --quiet sinkron.service; then
        run systemctl restart sinkron.service
    fi
fi

say "Done. Next: put the bot token in $ETC/sinkron.env, set webhook_url and admin_ids in"
say "$ETC/config.toml, then: systemctl start sinkron && sinkron-admin doctor"
