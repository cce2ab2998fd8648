"""An answer to a meeting invitation typed instead of pressed: "siap pak sy hadir".

Officers reply to an invitation the way they reply to a letter. A short message that only says
whether they come is read as the answer to their one open invitation; a question about
attending ("kalau tidak hadir gimana?") is not, and stays a question.
"""

from __future__ import annotations

import re

MAX_WORDS = 8  # "insya allah saya akan hadir pak, terima kasih" and no longer
# Naming who comes instead takes more words: "maaf sy berhalangan, diwakili staf sy Rina
# (Kasi PKP)".
MAX_WORDS_REPRESENTED = 16
# A word that makes the message a question or a condition, never an answer.
ASKING = frozenset(
    """
    kalau klo kalo apa apakah gimana bagaimana gmn boleh bisakah kapan dimana mana siapa berapa
    harus wajib kenapa if what how when where
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# In this order: "belum tau bisa hadir atau tdk" is not yet an answer (nothing is recorded);
# "berhalangan, diwakili staf" sends someone; "tidak bisa hadir" holds "hadir", "saya wakilkan"
# holds no "hadir" at all.
UNDECIDED = "ragu"
ANSWERS = (
    (
        UNDECIDED,
        re.compile(
            r"\b((belum|blm|masih|msh) (tau|tahu|tau pasti|pasti|bisa memastikan|konfirmasi)|"
            r"ragu\w*|kurang tau|kurang tahu|tidak tau|gak tau|ga tau|not sure|maybe|"
            r"nanti (saya |sy |kami )?(kabari|kabarin|konfirmasi|infokan)|lihat nanti)\b"
        ),
    ),
    ("wakil", re.compile(r"\b(diwakilkan|diwakili|wakilkan|mewakili|kami wakilkan)\b")),
    (
        "tidak",
        re.compile(
            r"\b((tidak|tdk|gak|ga|nggak|ndak|kada|belum|blm) (bisa |dapat |dpt |akan )?"
            r"(hadir|datang|ikut)|berhalangan( hadir)?|izin tidak hadir|absen|"
            r"(can ?not|can't|won't|will not|unable to|not able to) (attend|come|join))\b"
        ),
    ),
    ("hadir", re.compile(r"\b(hadir|datang|ikut hadir|insya ?allah hadir|attend\w*)\b")),
)
_WORD = re.compile(r"[a-z]+")


def typed_answer(text: str) -> str | None:
    """ "hadir", "tidak" or "wakil" for a short message saying whether the officer comes, or
    UNDECIDED when it says they do not know yet; None for anything else (a question, a
    longer message)."""
    said = text.casefold()
    words = _WORD.findall(said)
    if not words or "?" in said or ASKING.intersection(words):
        return None
    for answer, pattern in ANSWERS:
        longest = MAX_WORDS_REPRESENTED if answer == "wakil" else MAX_WORDS
        if pattern.search(said) is not None:
            return answer if len(words) <= longest else None
    return None
