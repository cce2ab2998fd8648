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
