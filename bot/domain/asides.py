"""Whether a message typed at a free-text form step is a question to the bot, not the answer.

At "Tuliskan alasan dan urgensi" any text would be saved, so "btw rakor thn ini kpn ya?" must be
caught before it is. The reading is conservative: a message is an aside when it opens with a
marker officers use to change the subject ("btw", "eh", "oh ya", "mau tanya") and is not long,
when it is short and ends with a question mark, or when it is very short and reads as a chat
question without the mark ("klo kumuhnya 16 ha gmn pak", "kumuh 16 ha kewenangan siapa"): a
question word opening or closing it (honorifics and particles after it aside), a chat spelling
of one anywhere ("gmn", "brp", "kpn"), "bisa ga" / "atau belum" at its end, or "-kah" on its
first or last word. A justification that asks something in passing ("... apakah bisa ditangani?
Karena ...") or ends a long text with "?" is an answer, and so is a title or a justification
that merely contains a question word ("Belum tahu apa penyebabnya, tiap hujan tergenang").
"""

from __future__ import annotations

import re

# A question typed on its own is short; a justification that ends with "?" is longer.
SHORT_QUESTION_CHARS = 120
# Past this, a text opening with "btw" or "eh" is an answer that happens to start so.
ASIDE_MAX_CHARS = 300
# A question without "?" is read from its words only this short: a title or a justification
# with a question word in it is rarely this short and rarely opens or closes with one.
WORDED_QUESTION_CHARS = 60

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

# Question words that ask when they open or close a short message.
_QUESTION_WORDS = frozenset(
    {
        "apa", "apakah", "apakh", "gimana", "gmn", "gmna", "gmana", "bgmn", "bagaimana",
        "brp", "brapa", "berapa", "kpn", "kapan", "siapa", "kenapa", "knp", "mengapa",
        "dimana", "dmn", "mana",
    }
)  # fmt: skip
# Chat spellings of question words: no title or justification is written with them.
_CHAT_QUESTION_WORDS = frozenset(
    {"gmn", "gmna", "gmana", "bgmn", "brp", "brapa", "kpn", "knp", "dmn"}
)
# "bisa ga", "boleh gak", "ya ga", "udah belum", "masuk atau tidak" closing a message.
_ASKING_BEFORE_NO = frozenset(
    {
        "bisa", "bs", "boleh", "blh", "ya", "iya", "sudah", "udah", "udh", "sdh", "mau", "perlu",
        "harus", "masuk", "termasuk", "ada", "benar", "bener", "betul", "jadi", "atau", "ato",
        "apa", "kan",
    }
)  # fmt: skip
_NO_WORDS = frozenset(
    {"ga", "gak", "gk", "nggak", "ngga", "enggak", "engga", "tidak", "tdk", "ndak", "nda",
     "belum", "blm", "bukan"}
)  # fmt: skip
# Words after a question's last word that leave it a question: "gmn pak", "kapan ya bu".
_TRAILING = frozenset(
    {
        "pak", "bu", "bapak", "ibu", "kak", "mas", "mbak", "mba", "min", "bang", "gan", "om",
        "ya", "yah", "yaa", "sih", "dong", "nih", "deh", "tuh", "kira-kira",
    }
)  # fmt: skip
# "apa bisa", "apakah boleh", "bisa ga", "boleh gak": asking wherever they stand (the chat
# "ga", never the "tidak" of "agar bisa tidak tergenang").
_ASKING_PAIR = re.compile(
    r"\b(?:apa|apakah|apkh)\s+(?:bisa|bs|boleh|harus|perlu|masih|sudah|udah|udh|sdh|termasuk"
    r"|masuk|benar|betul|wajib|cukup)\b"
    r"|\b(?:bisa|bs|boleh|blh)\s+(?:ga|gak|gk|nggak|ngga|enggak|engga|ndak)\b"
)
# Words ending in "-kah" that are not a question's "-kah": places and names are typed here.
_NOT_KAH = frozenset(
    {
        "berkah", "barokah", "barakah", "mubarokah", "mubarakah", "langkah", "selangkah",
        "nikah", "sedekah", "nafkah", "tingkah", "rekah", "merekah", "mekah", "makkah",
        "kakah",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# "sk yg lama msh blh dipake gk", "ini hrs sama persis dgn sk ya pak": a modal anywhere and a
# yes/no tag at the end (honorifics aside) asks, though no question word does.
_MODALS = frozenset(
    {"bisa", "bs", "boleh", "blh", "harus", "hrs", "perlu", "wajib", "masih", "msh", "mesti"}
)
_TAGS = _NO_WORDS | {"ya", "yah", "kan", "kah"}
# How officers address the admin ("... ya pak"); the matcher's cues share them.
HONORIFICS = frozenset(
    {"pak", "bu", "bapak", "ibu", "kak", "mas", "mbak", "mba", "min", "bang", "gan", "om"}
)


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
    if len(said) <= WORDED_QUESTION_CHARS and reads_as_question(said):
        return said
    return None


def ends_asking(text: str) -> bool:
    """Whether a text of any length closes with a question mark: at a step that takes only a
    number, a date or a choice, even a long account ending "... kewenangan siapa?" is a
    question (the step would refuse it anyway); at a free-text step it may be the answer."""
    return _ENDS_ASKING.search(text.rstrip()) is not None


def reads_as_question(text: str) -> bool:
    """Whether a short text without "?" asks by its words: "klo 16 ha gmn pak", "siapa yang
    menangani kumuh 8 ha", "bisa ga diusulkan", "sudah masuk atau belum", "bisakah"."""
    lowered = text.casefold()
    words = _WORD.findall(lowered)
    if not words:
        return False
    if _CHAT_QUESTION_WORDS.intersection(words) or _ASKING_PAIR.search(lowered):
        return True
    if words[0] in _QUESTION_WORDS or _asks_by_kah(words[0]):
        return True  # "siapa yang menangani ...", "bisakah RTLH diusulkan"
    addressed = list(words)
    while len(addressed) > 1 and addressed[-1] in HONORIFICS:
        addressed.pop()
    if addressed[-1] in _TAGS and _MODALS.intersection(addressed[:-1]):
        return True  # "... msh blh dipake gk", "... hrs sama persis dgn sk ya pak"
    body = list(words)
    while len(body) > 1 and body[-1] in _TRAILING:
        body.pop()
    last = body[-1]
    if last in _QUESTION_WORDS:
        return True
    if len(body) > 1 and last in _NO_WORDS and body[-2] in _ASKING_BEFORE_NO:
        return True
    return last == "kah" or _asks_by_kah(last)


def _asks_by_kah(word: str) -> bool:
    """ "bisakah", "perlukah", "termasukkah": a question's "-kah" (not "berkah", "langkah")."""
    return word.endswith("kah") and len(word) > 5 and word not in _NOT_KAH
