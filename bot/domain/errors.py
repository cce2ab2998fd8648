"""The one exception domain parsers raise when they refuse an answer."""

from __future__ import annotations


class Invalid(Exception):  # noqa: N818 - reads as "raise Invalid(...)" in parsers
    """An answer was refused.

    `key` names the user-facing message in `bot.texts` (so the domain stays language-free),
    `params` fill its placeholders, and `suggestions` are option values worth offering as
    buttons (for example the regency codes closest to a misspelt name).
    """

    def __init__(self, key: str, /, *, suggestions: tuple[str, ...] = (), **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        self.suggestions = suggestions


class NeedsConfirmation(Exception):  # noqa: N818 - "raise NeedsConfirmation(...)" reads right
    """An answer that parses but looks wrong (a point outside the province): ask before keeping.

    `value` is what would be stored; `key` and `params` describe the doubt to the user.
    """

    def __init__(self, key: str, value: object, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.value = value
        self.params = params
