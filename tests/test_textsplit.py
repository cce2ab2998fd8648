"""split_message / split_caption: Telegram HTML cut into pieces that each fit one message."""

from __future__ import annotations

import random
import re

import pytest

from bot.domain.textsplit import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    MIN_LIMIT,
    shorten,
    split_caption,
    split_message,
)
from bot.standin.validate import parse_html

HREF = "https://sinkron.example/usulan?id=12&amp;tab=ringkasan"
INDONESIAN = (
    "Usulan <b>penanganan kawasan kumuh</b> di Kelurahan Pahandut sudah diterima 🏘️. "
    "Luas kawasan <i>8,5 ha</i> &amp; jumlah rumah tidak layak huni 120 unit; "
    'mohon lengkapi <a href="https://sinkron.example/usulan?id=12&amp;tab=ringkasan">'
    "dokumen pendukung</a> sebelum Rakor 📅! Apakah data &quot;RT/RW&quot; sudah benar? "
    "Terima kasih 🙏\n"
)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_pieces(text: str, pieces: list[str], limit: int) -> list[str]:
    """The invariants every split must keep; returns the pieces' visible texts."""
    visible_pieces = []
    for piece in pieces:
        assert utf16_len(piece) <= limit, piece
        assert piece == piece.strip() or pieces == [text]  # a text that fits is left alone
        visible, _ = parse_html(piece)  # raises ApiError on invalid Telegram HTML
        assert visible.strip(), piece
        visible_pieces.append(visible)
    original, _ = parse_html(text)
    assert squeeze("".join(visible_pieces)) == squeeze(original)
    # Nothing is lost or duplicated at a cut: each piece continues where the last one stopped.
    position = 0
    for visible in visible_pieces:
        found = original.find(visible, position)
        assert found >= 0 and not original[position:found].strip(), visible
        position = found + len(visible)
    return visible_pieces


# --- short texts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Halo",
        "  <b>Halo</b> dunia  \n",
        INDONESIAN,
        "x" * MESSAGE_LIMIT,
        "😀" * (MESSAGE_LIMIT // 2),
    ],
)
def test_text_that_fits_is_one_unchanged_piece(text):
    assert split_message(text) == [text]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "<b> </b>\n", "<i>\n</i>  <b></b>"])
def test_blank_text_gives_no_pieces(text):
    assert split_message(text) == []
    assert split_caption(text) == ("", [])


def test_limit_is_counted_in_utf16_units():
    text = "😀" * (MESSAGE_LIMIT // 2 + 1)  # fits in code points, not in UTF-16 units
    pieces = split_message(text)
    assert len(pieces) == 2
    check_pieces(text, pieces, MESSAGE_LIMIT)


@pytest.mark.parametrize("limit", [0, MIN_LIMIT - 1])
def test_too_small_limit_is_refused(limit):
    with pytest.raises(ValueError, match="limit"):
        split_message("Halo dunia", limit)


# --- where the cuts go ----------------------------------------------------------------------


def test_paragraphs_split_at_blank_lines():
    rng = random.Random(1)
    paragraphs = [
        f"Paragraf {number}. " + " ".join("kata" * rng.randint(1, 3) for _ in range(60))
        for number in range(20)
    ]
    text = "\n\n".join(paragraphs)
    assert len(text) > 10_000
    pieces = split_message(text)
    assert len(pieces) == 3
    check_pieces(text, pieces, MESSAGE_LIMIT)
    for piece in pieces:
        assert all(part in paragraphs for part in piece.split("\n\n"))
    assert "\n\n".join(pieces) == text


def test_lines_split_at_line_breaks_when_there_are_no_paragraphs():
    lines = [f"{number}. Kecamatan Pahandut, kelurahan nomor {number}" for number in range(300)]
    text = "\n".join(lines)
    pieces = split_message(text, 1000)
    check_pieces(text, pieces, 1000)
    assert "\n".join(pieces) == text


def test_huge_paragraph_splits_at_sentence_ends():
    sentences = [
        f"Kalimat nomor {number} membahas rumah tidak layak huni di kawasan tepian sungai"
        + "!?.;"[number % 4]
        for number in range(400)
    ]
    text = " ".join(sentences)
    assert len(text) > 3 * MESSAGE_LIMIT and "\n" not in text
    pieces = split_message(text)
    check_pieces(text, pieces, MESSAGE_LIMIT)
    assert len(pieces) == 8
    for piece in pieces:
        assert piece[-1] in "!?.;"
        assert piece.startswith("Kalimat nomor")


def test_sentence_end_inside_quotes_counts():
    text = 'Dia berkata "Sudah selesai." Lalu pulang ke rumah sendiri'
    assert split_message(text, 40) == [
        'Dia berkata "Sudah selesai."',
        "Lalu pulang ke rumah sendiri",
    ]


def test_decimal_point_is_not_a_sentence_end():
    text = "Luas 8.5 ha untuk kawasan ini dan luas lainnya 3.25 ha juga"
    pieces = split_message(text, 30)
    check_pieces(text, pieces, 30)
    assert all(not piece.endswith(("8.", "3.")) for piece in pieces)


def test_words_split_at_spaces():
    text = " ".join(f"kata{number}" for number in range(2000))
    pieces = split_message(text)
    check_pieces(text, pieces, MESSAGE_LIMIT)
    assert " ".join(pieces) == text


def test_single_huge_word_is_hard_cut():
    text = "a" * 9000
    assert split_message(text) == ["a" * 4096, "a" * 4096, "a" * 808]


def test_hard_cut_keeps_emoji_whole_and_within_limit():
    text = "😀" * 5000
    pieces = split_message(text, 101)
    check_pieces(text, pieces, 101)
    assert all(piece == "😀" * 50 for piece in pieces)


def test_hard_cut_avoids_splitting_combining_marks():
    text = "e\u0301" * 100  # e + combining acute accent
    pieces = split_message(text, 11)
    check_pieces(text, pieces, 11)
    assert all(not piece.startswith("\u0301") for piece in pieces)


@pytest.mark.parametrize("limit", [MIN_LIMIT, 9, 10, 11, 12, 13, 50, 97])
def test_entities_are_never_cut(limit):
    text = "&amp;&lt;&gt;&quot;x" * 300
    pieces = split_message(text, limit)
    check_pieces(text, pieces, limit)
    entity = re.compile(r"&(amp|lt|gt|quot);")
    for piece in pieces:
        assert "&" not in entity.sub("", piece)


# --- formatting across a cut ----------------------------------------------------------------


def test_bold_spanning_a_cut_is_closed_and_reopened():
    text = "Awal kata <b>" + " ".join(["tebal"] * 30) + "</b> akhir."
    pieces = split_message(text, 80)
    check_pieces(text, pieces, 80)
    assert pieces[0].startswith("Awal kata <b>tebal")
    assert all(piece.endswith("</b>") for piece in pieces[:-1])
    assert all(piece.startswith("<b>") for piece in pieces[1:])
    assert pieces[-1].endswith("</b> akhir.")


def test_link_spanning_a_cut_keeps_its_href_in_every_piece():
    text = f'Lihat <a href="{HREF}">' + " ".join(["dokumen"] * 40) + "</a>."
    pieces = split_message(text, 150)
    check_pieces(text, pieces, 150)
    assert len(pieces) >= 3
    for piece in pieces:
        _, entities = parse_html(piece)
        links = [entity for entity in entities if entity["type"] == "text_link"]
        assert [link["url"] for link in links] == [HREF.replace("&amp;", "&")]


def test_nested_tags_are_reopened_in_order():
    text = (
        '<blockquote><i>Kutipan <span class="tg-spoiler">rahasia '
        + "sekali " * 30
        + "</span> selesai</i></blockquote>"
    )
    pieces = split_message(text, 120)
    check_pieces(text, pieces, 120)
    for piece in pieces[1:-1]:
        assert piece.startswith('<blockquote><i><span class="tg-spoiler">')
        assert piece.endswith("</span></i></blockquote>")


def test_code_block_keeps_its_language():
    code = "\n".join(f"    baris_{number} = {number} * 2" for number in range(60))
    text = f'<pre><code class="language-python">{code}</code></pre>'
    pieces = split_message(text, 300)
    check_pieces(text, pieces, 300)
    for piece in pieces:
        assert piece.startswith('<pre><code class="language-python">')
        _, entities = parse_html(piece)
        assert entities[0]["language"] == "python"


def test_cut_before_a_tag_leaves_no_empty_formatting():
    text = "kata " * 10 + "<b>tebal</b> <i>miring</i> " + "kata " * 10
    for limit in range(20, 80):
        pieces = split_message(text, limit)
        check_pieces(text, pieces, limit)
        assert not any(re.search(r"<(\w+)[^>]*></\1>", piece) for piece in pieces)


def test_markup_too_long_to_reopen_falls_back_to_plain_text():
    href = "https://sinkron.example/" + "x" * 200
    text = f'<a href="{href}">' + "tautan " * 100 + "</a>"
    pieces = split_message(text, 240)
    visible_pieces = check_pieces(text, pieces, 240)
    assert len(visible_pieces) > 2


def test_indonesian_text_with_emoji():
    text = INDONESIAN * 3
    check_pieces(text, split_message(text, MIN_LIMIT), MIN_LIMIT)
    text = INDONESIAN * 30
    for limit in (60, 333, CAPTION_LIMIT, MESSAGE_LIMIT):
        check_pieces(text, split_message(text, limit), limit)


# --- captions -------------------------------------------------------------------------------


def test_split_caption_of_a_long_text():
    text = INDONESIAN * 9 + "Catatan tambahan untuk petugas. " * 2
    assert 3000 <= len(text) <= 3100
    caption, rest = split_caption(text)
    assert utf16_len(caption) <= CAPTION_LIMIT
    assert rest and len(rest) == 1
    check_pieces(text, [caption, *rest], MESSAGE_LIMIT)
    assert caption.endswith("🙏")  # cut at a line break


def test_split_caption_uses_the_message_limit_after_the_caption():
    text = "\n\n".join(["kata " * 150] * 20)
    caption, rest = split_caption(text)
    assert utf16_len(caption) <= CAPTION_LIMIT
    assert all(utf16_len(piece) <= MESSAGE_LIMIT for piece in rest)
    assert max(utf16_len(piece) for piece in rest) > CAPTION_LIMIT
    check_pieces(text, [caption, *rest], MESSAGE_LIMIT)


def test_split_caption_of_a_short_text_is_unchanged():
    assert split_caption(INDONESIAN) == (INDONESIAN, [])


def test_split_caption_falling_back_to_plain_text():
    text = f'<a href="https://x.example/{"y" * 600}">' + "tautan " * 300 + "</a>"
    caption, rest = split_caption(text)
    assert utf16_len(caption) <= CAPTION_LIMIT
    check_pieces(text, [caption, *rest], MESSAGE_LIMIT)


# --- random texts ---------------------------------------------------------------------------

WORDS = ["rumah", "kumuh", "😀", "🏘️", "&amp;", "&lt;", "&quot;", "Kalteng", "e\u0301", "a" * 30]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "; ", "! ", "? ", "", "\u00a0"]
TAGS = ["b", "strong", "i", "em", "u", "s", "code"]


def random_html(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.15 and depth < 3:
            tag = rng.choice(TAGS)
            parts.append(f"<{tag}>{random_html(rng, depth + 1)}</{tag}>")
        elif roll < 0.2 and depth < 3:
            parts.append(f'<a href="https://x.example/?q={rng.randint(0, 99)}&amp;r=1">')
            parts.append(random_html(rng, depth + 1) + "</a>")
        elif roll < 0.23 and depth < 3:
            parts.append(f'<span class="tg-spoiler">{random_html(rng, depth + 1)}</span>')
        else:
            parts.append(rng.choice(WORDS))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(60))
def test_random_html_keeps_the_invariants(seed):
    rng = random.Random(seed)
    text = "".join(random_html(rng) for _ in range(rng.randint(1, 6)))
    parse_html(text)  # the generator makes valid HTML
    limit = rng.choice([MIN_LIMIT, 16, 30, 64, 100, 200, 500])
    pieces = split_message(text, limit)
    check_pieces(text, pieces, limit)
    if utf16_len(text) <= limit and parse_html(text)[0].strip():
        assert pieces == [text]


def test_shorten_cuts_at_a_word_end_and_keeps_short_texts_whole() -> None:
    title = "Peningkatan kualitas kawasan kumuh Baamang Hulu"
    assert shorten(title, 40) == "Peningkatan kualitas kawasan kumuh…"
    assert shorten(title, 60) == title
    assert shorten("  dua\nbaris  ", 20) == "dua baris"
    # One long word: cut inside it rather than leave almost nothing.
    assert shorten("Kotawaringinbaratselatanutara raya", 12) == "Kotawaringi…"
    # Punctuation left dangling before the cut goes.
    assert shorten("Drainase, jalan lingkungan", 14) == "Drainase…"
    for limit in range(2, 50):
        assert len(shorten(title, limit)) <= limit
