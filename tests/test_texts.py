"""The message catalogues: complete in both languages and safe to format."""

from __future__ import annotations

import pathlib
import re
import string

import pytest

from bot.texts import Raw, language_of, t
from bot.texts.en import TEXTS as ENGLISH
from bot.texts.id import TEXTS as INDONESIAN


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys():
    assert set(INDONESIAN) == set(ENGLISH)


@pytest.mark.parametrize("key", sorted(INDONESIAN))
def test_translations_use_the_same_placeholders(key):
    assert placeholders(INDONESIAN[key]) == placeholders(ENGLISH[key])


def test_user_values_are_escaped_but_raw_html_is_kept():
    assert t("id", "start.officer", name="<b>Budi</b> & co") == (
        "Selamat datang kembali, &lt;b&gt;Budi&lt;/b&gt; &amp; co! 👋"
    )
    assert "<b>x</b>" in t("id", "reg.stamped", request=Raw("<b>x</b>"), stamp="y")


def test_unknown_language_falls_back_to_indonesian():
    assert t("fr", "form.skipped") == "Dilewati."


def test_new_users_get_english_only_when_their_app_is_english():
    assert language_of("en-GB") == "en"
    assert language_of("id") == "id"
    assert language_of(None) == "id"
    assert language_of("ms") == "id"


def test_every_key_the_code_uses_exists():
    """Keys are spelt in code as literals; a typo would only show at run time."""
    root = pathlib.Path(__file__).resolve().parent.parent
    used: set[str] = set()
    # Every prefix the catalogue uses: a new feature's keys are checked without editing this.
    prefixes = "|".join(sorted({key.split(".", 1)[0] for key in INDONESIAN}))
    pattern = re.compile(rf"""["']((?:{prefixes})\.[a-z0-9_.]+)["']""")
    for folder in ("bot", "handlers"):
        for path in (root / folder).rglob("*.py"):
            if path.parent.name == "texts":
                continue
            used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    # audit actions and a file name that look like text keys
    not_texts = {"access.denied", "console.db", "proposal.submitted"}
    missing = {key for key in used - not_texts if key not in INDONESIAN}
    assert not missing
    assert len(used) > 60


def test_keys_built_at_run_time_exist():
    """Keys put together with f-strings escape the scan above: build them from their sources."""
    from bot.domain.authority import RULINGS
    from bot.domain.proposal import PROPOSAL
    from bot.domain.registration import REGISTRATION
    from storage.officers import Status

    keys: set[str] = set()
    for form in (PROPOSAL, REGISTRATION):
        keys.add(form.title)
        for field in form.fields:
            keys |= {field.label, field.prompt} | ({field.hint} if field.hint else set())
    for field in PROPOSAL.fields:
        if not callable(field.options):  # computed options: place names, shown as is
            keys |= {option.label for option in field.options if option.translate}
    for ruling in RULINGS.values():
        keys |= {f"rule.{ruling.rule}", f"level.{ruling.level}"}
        keys |= {f"channel.{c}" for c in ruling.channels}
    keys |= {f"status.{status}" for status in Status}
    for kind in ("photo", "document"):
        keys |= {f"form.{kind}_received", f"form.n_{kind}s", f"form.send_{kind}"}
        keys.add(f"form.current_{kind}s")
    assert len(keys) > 150
    for catalogue in (INDONESIAN, ENGLISH):
        assert not keys - set(catalogue)


def test_every_command_has_a_description_in_both_languages():
    from handlers.plumbing.commands import COMMANDS
    from handlers.plumbing.context import Role

    for command in COMMANDS:
        for role in Role:
            assert command.help_key_for(role) in INDONESIAN
            assert command.help_key_for(role) in ENGLISH
