"""Every bot command with the role it needs: one table for access, menus and /bantuan."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain import buttons
from handlers.plumbing.context import Role


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """A command, who may use it, and whether it appears in the menu."""

    name: str
    role: Role
    in_menu: bool = True
    # Description for users who are already registered, where it differs (e.g. /start)
    member_key: str | None = None

    @property
    def help_key(self) -> str:
        """Text key of its one-line description."""
        return f"cmd.{self.name}"

    def help_key_for(self, role: Role) -> str:
        """Text key of its description as a user of that role reads it."""
        if self.member_key is not None and role >= Role.OFFICER:
            return self.member_key
        return self.help_key


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("start", Role.GUEST, member_key="cmd.start_member"),
    CommandSpec("bantuan", Role.GUEST),
    CommandSpec("bahasa", Role.GUEST),
    CommandSpec("tanya", Role.GUEST),
    CommandSpec("usul", Role.OFFICER),
    CommandSpec("status", Role.OFFICER),
    CommandSpec("rapat", Role.OFFICER),
    # form navigation: explained in /bantuan and under every question, not in the menu
    CommandSpec("kembali", Role.GUEST, in_menu=False),
    CommandSpec("lewati", Role.GUEST, in_menu=False),
    CommandSpec("batal", Role.GUEST, in_menu=False),
    # English aliases for users who guess them
    CommandSpec("help", Role.GUEST, in_menu=False),
    CommandSpec("language", Role.GUEST, in_menu=False),
    CommandSpec("tinjau", Role.ADMIN),
    CommandSpec("prioritas", Role.ADMIN),
    CommandSpec("ekspor", Role.ADMIN),
    CommandSpec("petugas", Role.ADMIN),
    CommandSpec("pertanyaan", Role.ADMIN),
    CommandSpec("faq", Role.ADMIN),
    CommandSpec("siaran", Role.ADMIN),
    CommandSpec("rapat_baru", Role.ADMIN),
    CommandSpec("tenggat", Role.ADMIN),
)

_BY_NAME = {spec.name: spec for spec in COMMANDS}

# Callback data starts with a feature prefix naming who may press it: the roles come from the
# button families (bot/domain/buttons.py), the same objects that draw and parse the buttons. A
# test checks that every registered command and button pattern appears in these tables.
CALLBACK_ROLES: dict[str, Role] = {
    f"{family.prefix}|": Role[family.role.upper()] for family in buttons.FAMILIES
}


def required_role(command: str) -> Role:
    """The role a command needs (unknown commands only get "unknown command", for anyone)."""
    spec = _BY_NAME.get(command)
    return Role.GUEST if spec is None else spec.role


def callback_role(data: str) -> Role:
    """The role a button needs (unknown prefixes only get "stale button", for anyone)."""
    for prefix, role in CALLBACK_ROLES.items():
        if data.startswith(prefix):
            return role
    return Role.GUEST


def commands_for(role: Role, *, menu_only: bool = False) -> list[CommandSpec]:
    """The commands a role may use, in table order."""
    return [c for c in COMMANDS if c.role <= role and (c.in_menu or not menu_only)]
