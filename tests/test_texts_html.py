"""Every message template is HTML Telegram accepts; button labels are plain text."""

from __future__ import annotations

import string

import pytest

from bot.domain.proposal import PROPOSAL
from bot.domain.registration import REGISTRATION
from bot.standin.validate import ApiError, parse_html
from bot.texts.en import TEXTS as ENGLISH
from bot.texts.id import TEXTS as INDONESIAN


def plain_label_keys() -> set[str]:
    """Keys shown on buttons (never parsed as HTML): option labels, buttons, menu entries."""
    keys = {"lang.name"}
    for form in (PROPOSAL, REGISTRATION):
        for field in form.fields:
            options = field.options if not callable(field.options) else ()
            keys |= {o.label for o in options if o.translate}
    return keys


PLAIN = plain_label_keys()


def is_plain(key: str) -> bool:
    return key in PLAIN or key.startswith(("btn.", "cmd.", "console."))


def filled(template: str) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return template.format(**{name: "x" for name in names})


@pytest.mark.parametrize(
    ("lang", "key"),
    [(lang, key) for lang, texts in (("id", INDONESIAN), ("en", ENGLISH)) for key in texts],
)
def test_message_templates_are_valid_telegram_html(lang, key):
    template = (INDONESIAN if lang == "id" else ENGLISH)[key]
    if is_plain(key):
        # Shown raw on buttons: an HTML entity there would appear literally.
        assert "&amp;" not in template and "<" not in template
        return
    try:
        parse_html(filled(template))
    except ApiError as error:
        pytest.fail(f"{lang}:{key} is not valid Telegram HTML: {error}")
