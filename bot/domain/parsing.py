"""Parsers that turn an officer's typed answer into a clean value, or refuse it with Invalid."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.domain.errors import Invalid

__all__ = [
    "parse_full_name", "parse_phone", "parse_position", "parse_representative", "parse_text",
    "strip_controls",
]  # fmt: skip

NAME_MIN, NAME_MAX, NAME_MIN_LETTERS = 3, 100, 2
# Full titles run long: "Kepala Bidang Kawasan Permukiman pada Dinas Perumahan Rakyat, Kawasan
# Permukiman dan Pertanahan Kabupaten Barito Selatan" is 120 characters.
POSITION_MIN, POSITION_MAX = 2, 160
# Local form, trunk 0 included: 0812 345 678 (10) up to 0812 3456 78901 (13).
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 10, 13

# Punctuation found in real names and titles: "Ir. Budi Santoso, S.T., M.T.", "Nur’aini",
# "O'Neil", "Abdul-Rahman". Phones turn ' into ’ (and into ‘ at the start of a word).
_NAME_PUNCTUATION = frozenset(".,'’‘-")
# Job titles add numbers, slashes, brackets and ampersands: "Kasi PKP/Perkim (Plt.)".
_POSITION_PUNCTUATION = _NAME_PUNCTUATION | frozenset("/()&:")
# Words of a sentence, never of a name: "Yth. Admin, mohon petunjuk cara mendaftar. Saya
# Drs. H. Mahmudin" is a request with a name in it, which would greet the officer ever after.
_SENTENCE_WORDS = frozenset(
    """
    yth mohon petunjuk tolong bagaimana gimana gmn cara daftar mendaftar registrasi saya sy
    nama namaku admin bot sinkron mau ingin bisa apakah kenapa please my name is register
    kapan kpn berapa brp siapa dimana dmn usulan rakor deadline
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Ways of addressing someone and academic or religious titles: a "name" of these alone ("pak",
# "Ibu", "Ir. H.") names nobody.
_ADDRESS_AND_TITLES = frozenset(
    """
    pak bapak bpk bu ibu mas mbak mba kak kakak bang abang om tante sdr saudara saudari tuan
    nyonya nona mr mrs ms sir madam ir drs dra dr h hj st mt mm msi se sh amd prof
    """.split()  # noqa: SIM905
)
# Separators, besides whitespace, people put in phone numbers: "(0812) 345-6789", "0812.3456.7890".
_PHONE_SEPARATORS = frozenset("-.()")
# Zero-width joiner and variation selectors: parts of emoji sequences, invisible on their own.
_EMOJI_GLUE = frozenset("\u200d" + "".join(map(chr, range(0xFE00, 0xFE10))))
# Most offending characters quoted back; a pasted paragraph must not be echoed.
_MAX_QUOTED = 5


# Invisible characters that reorder or hide text ("\u202e" turns "XYZ" around): a title could
# pose as something else in a list. The zero-width joiner stays: emoji sequences need it.
_CONTROLS = dict.fromkeys(
    [
        *(0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)


def strip_controls(text: str) -> str:
    """The text without bidirectional and zero-width control characters."""
    return text.translate(_CONTROLS)


def parse_text(text: str, *, max_len: int, min_len: int = 1, single_line: bool = False) -> str:
    """Free text, trimmed at both ends (line breaks inside are kept unless `single_line`, which
    folds every run of whitespace into one space: a title cannot start a fake line of its own).
    """
    if not 1 <= min_len <= max_len:
        raise ValueError(f"need 1 <= min_len <= max_len, got {min_len} and {max_len}")
    value = strip_controls(text).strip()
    if single_line:
        value = " ".join(value.split())
    if not value:
        raise Invalid("text.empty")
    if len(value) > max_len:
        raise Invalid("text.too_long", max=max_len, length=len(value))
    if len(value) < min_len:
        raise Invalid("text.too_short", min=min_len, length=len(value))
    return value


def _label(
    text: str, kind: str, min_len: int, max_len: int, punctuation: frozenset[str], *, digits: bool
) -> str:
    """Squeezed text, else Invalid text.empty, `<kind>`.too_long, .invalid_chars, .too_short."""
    value = _squeeze(text)
    if not value:
        raise Invalid("text.empty")
    if len(value) > max_len:
        raise Invalid(f"{kind}.too_long", max=max_len, length=len(value))
    bad = _offending(value, punctuation, digits=digits)
    if bad:
        raise Invalid(f"{kind}.invalid_chars", chars=bad)
    if len(value) < min_len:
        raise Invalid(f"{kind}.too_short", min=min_len, length=len(value))
    return value


def parse_full_name(text: str) -> str:
    """A person's name with any titles; runs of spaces become one.

    3 to 100 characters, at least 2 letters (any script); otherwise only spaces and . , ' ’ ‘ -.
    """
    return _person(_label(text, "name", NAME_MIN, NAME_MAX, _NAME_PUNCTUATION, digits=False))


def parse_representative(text: str) -> str:
    """Who attends in an officer's place: a name, with the position after it if wanted
    ("Rahmadi, S.T. (Kasi Perumahan)"), up to the length of a name and a position."""
    return _person(
        _label(text, "name", NAME_MIN, NAME_MAX + POSITION_MAX, _POSITION_PUNCTUATION, digits=False)
    )


def _person(value: str) -> str:
    """`value` if it reads as a person (enough letters, no sentence words), else Invalid."""
    if sum(char.isalpha() for char in value) < NAME_MIN_LETTERS:
        raise Invalid("name.no_letters", min=NAME_MIN_LETTERS)
    words = {word.strip(".,'’‘-()/&:") for word in value.casefold().split()} - {""}
    if _SENTENCE_WORDS & words:
        raise Invalid("name.sentence")
    if words <= _ADDRESS_AND_TITLES:
        raise Invalid("name.only_title")
    return value


def parse_position(text: str) -> str:
    """A job title ("Kepala Seksi Perumahan", "Staf Teknis 2"); runs of spaces become one.

    2 to 100 characters with at least one letter; digits and . , ' ’ ‘ - / ( ) & : allowed.
    """
    value = _label(text, "position", POSITION_MIN, POSITION_MAX, _POSITION_PUNCTUATION, digits=True)
    if not any(char.isalpha() for char in value):
        raise Invalid("position.no_letters")
    return value


def parse_phone(text: str) -> str:
    """An Indonesian mobile number in E.164 form, "+628…".

    Accepts 08…, 628…, +628…, 00628…, and 8… (trunk 0 left off), with spaces, dashes, dots and
    brackets anywhere and a stray trunk 0 after the country code ("+62 0812…"). The local form
    (0 8x…) must have 10 to 13 digits, and the digit after the 8 must be 1-9.
    """
    # NFKC turns full-width digits and spaces from some keyboards into ASCII ones.
    value = unicodedata.normalize("NFKC", text).strip()
    if not value:
        raise Invalid("text.empty")
    if any(char.isalpha() for char in value):
        # "wa aja 0852 4912 3344 pak": one number among words is the number.
        found = _PHONE_IN_WORDS.findall(value)
        if len(found) != 1:
            raise Invalid("phone.letters")
        value = found[0].strip()
    plus, body = value.startswith("+"), value.removeprefix("+")
    bad = _quote(c for c in body if not ("0" <= c <= "9" or c in _PHONE_SEPARATORS or c.isspace()))
    if bad:
        raise Invalid("phone.invalid_chars", chars=bad)
    digits = "".join(c for c in body if "0" <= c <= "9")

    if not plus and digits.startswith("00"):  # international call prefix, as in 0062 812…
        plus, digits = True, digits[2:]
    if plus and digits and digits[0] != "0" and not digits.startswith("62"):
        raise Invalid("phone.not_indonesian")
    # Subscriber number without the trunk 0: "812…". "+0812…" is read as a local number.
    national = digits.removeprefix("62") if digits.startswith("62") else digits
    national = national.removeprefix("0")

    if national and national[0] != "8":
        raise Invalid("phone.not_mobile")
    local_digits = len(national) + 1 if national else 0
    if not PHONE_MIN_DIGITS <= local_digits <= PHONE_MAX_DIGITS:
        raise Invalid(
            "phone.length", digits=local_digits, min=PHONE_MIN_DIGITS, max=PHONE_MAX_DIGITS
        )
    if national[1] == "0":
        raise Invalid("phone.not_mobile")
    return "+62" + national


# A phone number written among words: +62/0/8 and then digits with separators between.
_PHONE_IN_WORDS = re.compile(r"(?<![\w+])\+?[0-9][0-9 .()-]{8,}[0-9](?!\w)")


def _squeeze(text: str) -> str:
    """Trim, and turn every run of whitespace (line breaks, tabs, NBSP) into one space."""
    return " ".join(text.split())


def _offending(value: str, punctuation: frozenset[str], *, digits: bool) -> str:
    """The characters of `value` a name or title may not contain, quoted for the message."""
    return _quote(
        char
        for char in value
        if not (
            char.isalpha()
            or char == " "
            or char in punctuation
            or (digits and "0" <= char <= "9")
            or _is_accent(char)
        )
    )


def _is_accent(char: str) -> bool:
    """A combining accent, as in a decomposed "é"; the variation selectors of emoji are not."""
    return unicodedata.category(char) in ("Mn", "Mc") and char not in _EMOJI_GLUE


def _quote(chars: Iterable[str]) -> str:
    """Distinct offending characters in order, at most _MAX_QUOTED, space-separated.

    Invisible ones are written as U+XXXX so the officer can tell something is there; the
    joiners and variation selectors inside emoji are left out, as the emoji itself is quoted.
    """
    seen: dict[str, None] = {}
    hidden: dict[str, None] = {}
    for char in chars:
        if char in _EMOJI_GLUE:
            hidden.setdefault(f"U+{ord(char):04X}", None)
        elif unicodedata.category(char)[0] in "CZ":
            seen.setdefault(f"U+{ord(char):04X}", None)
        else:
            seen.setdefault(char, None)
        if len(seen) == _MAX_QUOTED:
            break
    return " ".join(seen or hidden)
