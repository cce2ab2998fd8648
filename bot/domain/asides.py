"""Whether a message typed at a free-text form step is a question to the bot, not the answer.

At "Tuliskan alasan dan urgensi" any text would be saved, so "btw rakor thn ini kpn ya?" must be
caught before it is. The reading is conservative: a message is an aside when it opens with a
marker officers use to change the subject ("btw", "eh", "oh ya", "mau tanya") and is not long,
or when it is short and ends with a question mark. A justification that asks something in
passing ("... apakah bisa ditangani? Karena ...") or ends a long text with "?" is an answer.
"""

from __future__ import annotations

import re

# A question typed on its own is short; a justification that ends with "?" is longer.
SHORT_QUESTION_CHARS = 120
# Past this, a text opening with "btw" or "eh" is an answer that happens to start so.
ASIDE_MAX_CHARS = 300

_MARKERS = (
    "btw", "by the way", "eh", "ehh", "ehm", "oh ya", "oh iya", "o iya", "o ya", "oya", "ohya",
    "omong-omong", "ngomong-ngomong", "ngomong2", "mau tanya", "mo tanya", "mw tanya",
    "maaf mau tanya", "maaf, mau tanya", "izin tanya", "ijin tanya", "numpang tanya",
    "sekalian tanya", "tanya dong", "tanya dulu", "mau nanya", "sekalian nanya", "nanya dong",
    "pak mau tanya", "bu mau tanya", "pak, mau tanya", "bu, mau tanya", "sorry mau tanya",
    "oh iya pak", "oh ya pak",
)  # fmt: skip
# The longest marker first, so "oh ya pak" is taken whole rather than "oh ya".
_OPENING = re.compile(
    r"^(?:" + "|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True)) + r")"
    r"(?![\w-])[\s,.:;!…-]*",
    re.IGNORECASE,
)
# A question mark at the end, maybe followed by more marks, closing brackets or emoji.
_ENDS_ASKING = re.compile(r"\?[\s?!.)\]\W]*$")


def aside_question(text: str) -> str | None:
    """The question to answer when `text` is an aside to the bot (its opener dropped), else
    None: then `text` is the step's answer."""
    said = " ".join(text.split())
    if not said:
        return None
    opening = _OPENING.match(said)
    if opening is not None and len(said) <= ASIDE_MAX_CHARS:
        rest = said[opening.end() :]
        return rest if any(char.isalpha() for char in rest) else said
    if len(said) <= SHORT_QUESTION_CHARS and _ENDS_ASKING.search(said):
        return said
    return None
