"""Proposal review end to end: queue, detail, moves with reasons, revision, withdrawal, status."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bot.domain.errors import Invalid
from handlers import proposal_view
from storage import proposals
from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, OFFICER2, Harness
from tests.auxil.proposal_steps import SLUM, SLUM_HEAD, SLUM_TAIL, play

OFFICER3 = 100_003  # a second officer of Kotim
CODE = "USL-2026-0001"


@pytest.fixture
async def submitted(bot: Harness) -> Harness:
    """Budi and Andi (Kotim), Sari (Kapuas); Budi has submitted a slum proposal."""
    bot.standin.add_user(OFFICER3, "Andi")
    for user, name, regency in (
        (OFFICER, "Budi Santoso", "Kotim"),
        (OFFICER2, "Sari Dewi", "Kapuas"),
        (OFFICER3, "Andi Wijaya", "Kotim"),
    ):
        await bot.register(user, name=name, regency=regency)
        await bot.approve(user)
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    return bot


async def returned(bot: Harness) -> Harness:
    """Budi's proposal returned by the admin for revision, with a note."""
    await bot.press(ADMIN, "Tinjau")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "RAB belum dilampirkan.")
    await bot.press(ADMIN, "Kirim")
    return bot


async def status_of(bot: Harness, code: str = CODE) -> str:
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        found = await proposals.by_code(tx, code)
    assert found is not None
    return found.status


async def test_the_whole_lifecycle_with_a_revision_and_every_step_told(submitted: Harness):
    bot = submitted
    # The alert carries "Tinjau": the detail has every field, the photos as an album, the point.
    before = len(bot.standin.sent)
    detail = await bot.press(ADMIN, "Tinjau")
    assert CODE in detail[0] and "Perkiraan biaya: Rp 1.500.000.000" in detail[0]
    kinds = [m.kind for m in bot.standin.sent[before:] if m.chat_id == ADMIN]
    assert kinds.count("photo") == 2 and "location" in kinds
    assert [c.method for c in bot.standin.calls if c.method == "sendMediaGroup"]

    # Returned with a note: both Kotim officers hear it; only the submitter gets the button.
    await bot.press(ADMIN, "Perlu perbaikan")
    # A reason that tells the officer nothing is asked again, politely.
    vague = await bot.send(ADMIN, "ok siap")
    assert "terlalu singkat" in vague[0] and "RAB belum dilampirkan" in vague[0]
    await bot.send(ADMIN, "RAB belum dilampirkan.")
    done = await bot.press(ADMIN, "Kirim")
    # the new status named (eleventh try-out: "diubah" alone)
    assert any("Status usulan USL-2026-0001 diubah menjadi perlu perbaikan" in x for x in done)
    assert await status_of(bot) == "perlu_perbaikan"
    told = bot.last(OFFICER).plain_text
    assert "Status baru: perlu perbaikan" in told and "Catatan: RAB belum dilampirkan." in told
    # the officer's list says why, so "kenapa dikembalikan" needs no second look
    listed = (await bot.send(OFFICER, "/status"))[0]
    assert "Catatan: RAB belum dilampirkan." in listed
    assert "Status baru: perlu perbaikan" in bot.last(OFFICER3).plain_text
    assert not any("USL-2026-0001" in text for text in bot.texts(OFFICER2))
    # asked how, the officer gets the way with its button (twelfth try-out: not in the
    # knowledge base)
    how = (await bot.send(OFFICER, "gmn cara perbaikinya?"))[-1]
    assert "dikembalikan provinsi untuk diperbaiki" in how
    assert bot.find_button(OFFICER, "Perbaiki usulan")[0].plain_text == how

    # The officer revises one field from the prefilled summary; same code, admins alerted.
    intro = await bot.press(OFFICER, "Perbaiki usulan")
    assert "Catatan provinsi: RAB belum dilampirkan." in intro[0]
    assert "periksa kembali" in intro[-1]
    await bot.press(OFFICER, "Perkiraan biaya")
    summary = await bot.send(OFFICER, "1,2 M")
    assert "Rp 1.200.000.000" in summary[-1]
    assert "Kewenangan: pemerintah provinsi" in summary[-1]  # as the first summary showed
    sent = await bot.press(OFFICER, "Kirim")
    assert "Perbaikan terkirim" in sent[0] and CODE in sent[0]
    assert await status_of(bot) == "diajukan"
    assert "sudah diperbaiki oleh Budi Santoso" in bot.last(ADMIN2).plain_text
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        count = await tx.scalar("SELECT COUNT(*) FROM proposals")
        stored = await proposals.by_code(tx, CODE)
    assert count == 1 and stored is not None and stored.answers["cost"] == 1_200_000_000

    # On to the Rakor and approval, from the queue; each step told.
    queue = await bot.send(ADMIN, "/tinjau")
    assert "Antrean usulan" in queue[0] and CODE in queue[0]
    card = await bot.press(ADMIN, "0001")
    assert "Kewenangan: pemerintah provinsi" in card[0]
    await bot.press(ADMIN, "Dibahas di Rakor")
    assert "Status baru: dibahas di Rakor" in bot.last(OFFICER).plain_text
    await bot.send(ADMIN, "/tinjau")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "Disetujui")
    assert await status_of(bot) == "dibahas_rakor"  # a final decision is asked once
    await bot.press(ADMIN, "Ya, setujui")
    assert "Status baru: disetujui" in bot.last(OFFICER).plain_text
    assert await status_of(bot) == "disetujui"

    timeline = (await bot.send(OFFICER, "/status 0001"))[0]
    for step in ("diajukan", "perlu perbaikan", "dibahas di Rakor", "disetujui"):
        assert step in timeline
    assert "RAB belum dilampirkan." in timeline


async def test_forbidden_moves_and_other_regencies_are_refused(submitted: Harness):
    bot = submitted
    # A forged jump from diajukan straight to disetujui; the card's status must match too.
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        found = await proposals.by_code(tx, CODE)
    assert found is not None
    pin = proposal_view.version(found)
    forged = bot.standin.callback_update(ADMIN, bot.last(ADMIN).message_id,
                                         f"tinjau|y|1|diajukan|disetujui|{pin}")  # fmt: skip
    await bot.process(forged)
    assert await status_of(bot) == "diajukan"
    assert any("tidak diperbolehkan" in text for text in bot.texts(ADMIN))
    stale = bot.standin.callback_update(ADMIN, bot.last(ADMIN).message_id,
                                        f"tinjau|t|1|verifikasi|dibahas_rakor|{pin}")  # fmt: skip
    await bot.process(stale)
    assert "tidak berlaku" in bot.standin.callback_answers[-1]["text"]

    # Kapuas cannot see, revise, withdraw or review Kotim's proposal, nor learn it exists.
    for typed in ("/status USL-2026-0001", "/status 0001", "/status usl 2026 1"):
        assert "tidak ditemukan" in (await bot.send(OFFICER2, typed))[0]
    assert "tidak ditemukan" in (await bot.send(OFFICER2, "/status USL-2026-0999"))[0]
    for data in ("usul|fix|1", "usul|wd|1", "usul|wdy|1", "usul|files|1", "tinjau|d|1"):
        await bot.process(
            bot.standin.callback_update(OFFICER2, bot.last(OFFICER2).message_id, data)
        )
    assert await status_of(bot) == "diajukan"
    assert not any("Baamang" in text for text in bot.texts(OFFICER2))
    assert not [m for m in bot.standin.sent if m.chat_id == OFFICER2 and m.kind != "text"]


async def test_an_officers_status_sends_the_files_on_a_button(submitted: Harness):
    """/status CODE is one message for the officer, who checks it often on mobile data; the
    photos, PDFs and point come on "Lampiran" (eighth try-out: six messages every time)."""
    bot = submitted
    before = len(bot.standin.sent)
    detail = await bot.send(OFFICER, "/status 0001")
    assert CODE in detail[0]
    assert [m.kind for m in bot.standin.sent[before:] if m.chat_id == OFFICER] == ["text"]
    assert "Lampiran: 2 foto, titik lokasi" in str(bot.last(OFFICER).reply_markup)
    # how to change what was sent (fourteenth try-out: "mau ubah biaya, salah ketik")
    assert "tidak bisa diubah sendiri" in detail[0] and "Salin usulan lama" in detail[0]
    before = len(bot.standin.sent)
    await bot.press(OFFICER, "Lampiran: 2 foto, titik lokasi")
    kinds = [m.kind for m in bot.standin.sent[before:] if m.chat_id == OFFICER]
    assert kinds.count("photo") == 2 and "location" in kinds


async def test_withdrawal_is_confirmed_and_tells_the_province(submitted: Harness):
    bot = submitted
    detail = await bot.send(OFFICER, "/status USL 2026 0001")
    assert CODE in detail[0]
    await bot.press(OFFICER, "Tarik usulan")
    await bot.press(OFFICER, "Ya, tarik")
    assert await status_of(bot) == "dibatalkan"
    assert "ditarik oleh Budi Santoso" in bot.last(ADMIN).plain_text
    assert "Status baru: dibatalkan" in bot.last(OFFICER3).plain_text
    again = bot.standin.callback_update(OFFICER, bot.last(OFFICER).message_id, "usul|wdy|1")
    await bot.process(again)
    assert "tidak bisa ditarik lagi" in bot.last(OFFICER).plain_text


async def test_bulk_decision_after_the_rakor(submitted: Harness):
    bot = submitted
    await bot.send(OFFICER3, "/usul")
    await play(bot, OFFICER3, SLUM)
    await bot.press(OFFICER3, "Kirim")
    await bot.send(ADMIN, "/tinjau massal")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "0002")
    await bot.press(ADMIN, "Selesai")
    await bot.press(ADMIN, "Dibahas di Rakor")
    await bot.send(ADMIN, "/lewati")
    done = await bot.press(ADMIN, "Kirim")
    assert any("2 usulan diubah" in text for text in done)
    assert await status_of(bot, "USL-2026-0001") == "dibahas_rakor"
    assert await status_of(bot, "USL-2026-0002") == "dibahas_rakor"
    # Each officer told individually, about their own proposal.
    assert "USL-2026-0001" in bot.last(OFFICER).plain_text or any(
        "USL-2026-0001" in text and "dibahas" in text for text in bot.texts(OFFICER)
    )
    assert any("USL-2026-0002" in text and "dibahas" in text for text in bot.texts(OFFICER3))
    # Only the decisions the chosen can take are offered (fifteenth try-out: one none of
    # them could take was offered, and changed nothing).
    await bot.send(ADMIN, "/tinjau massal")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "Selesai")
    keyboard = bot.last(ADMIN).reply_markup["inline_keyboard"]
    offered = [b["text"].casefold() for row in keyboard for b in row]
    assert "disetujui" in offered and not any("rakor" in label for label in offered)
    refused = (await bot.send(ADMIN, "dibahas di rakor"))[0]
    assert "disetujui" in refused  # typed, it is refused with the decisions that fit
    await bot.press(ADMIN, "Disetujui")
    await bot.send(ADMIN, "/lewati")
    done = await bot.press(ADMIN, "Kirim")
    assert any("1 usulan diubah" in text for text in done)
    assert await status_of(bot, "USL-2026-0001") == "disetujui"


async def test_a_code_after_tinjau_opens_that_proposal(submitted: Harness):
    """ "/tinjau 0001" during a Rakor was refused as a filter (fifteenth try-out)."""
    bot = submitted
    card = (await bot.send(ADMIN, "/tinjau USL-2026-0001"))[0]
    assert "USL-2026-0001" in card and "Filter tidak dikenali" not in card
    assert bot.find_button(ADMIN, "Verifikasi")
    assert "Filter tidak dikenali" in (await bot.send(ADMIN, "/tinjau entah"))[0]


async def test_a_filtered_list_says_what_it_was_narrowed_by(submitted: Harness):
    """ "/tinjau kotim" read like the whole queue and suggested "/tinjau kotim" again
    (fifteenth try-out); /prioritas named config.toml to admins on their phones."""
    bot = submitted
    whole = (await bot.send(ADMIN, "/tinjau"))[0]
    assert "Persempit dengan" in whole and "Filter:" not in whole
    narrowed = (await bot.send(ADMIN, "/tinjau kotim kumuh"))[0]
    assert "Filter: Kotawaringin Timur · Peningkatan kualitas kawasan kumuh." in narrowed
    assert "Persempit" not in narrowed
    bulk = (await bot.send(ADMIN, "/tinjau massal kotim diajukan"))[0]
    assert "Filter: Kotawaringin Timur · diajukan." in bulk
    await bot.send(ADMIN, "/batal")
    ranking = "\n".join(await bot.send(ADMIN, "/prioritas kotim TA 2027"))
    assert "Filter: Kotawaringin Timur · TA 2027." in ranking
    assert "config.toml" not in ranking
    # Nothing under a filter names the filter; nothing at all names none (try-out 15).
    empty = (await bot.send(ADMIN, "/tinjau massal kapuas"))[0]
    assert "Tidak ada usulan" in empty and "Filter: Kapuas." in empty
    assert "Filter: Kapuas." in (await bot.send(ADMIN, "/prioritas kapuas"))[0]


async def test_waiting_more_than_three_working_days_is_flagged(submitted: Harness):
    bot = submitted
    assert "⏰" not in (await bot.send(ADMIN, "/tinjau"))[0].split("hari kerja.", 1)[1]
    bot.travel_to(bot.now() + timedelta(days=7))
    queue = (await bot.send(ADMIN, "/tinjau"))[0]
    assert "· Rp 1,5 M ⏰5" in queue
    card = await bot.press(ADMIN, "0001")
    assert "Menunggu 5 hari kerja (standar 3 hari)" in card[0]


async def test_the_database_refuses_unknown_statuses(submitted: Harness):
    bot = submitted
    assert bot.app is not None
    with pytest.raises(sqlite3.IntegrityError, match="unknown proposal status"):
        async with bot.app.bot_data.db.transaction() as tx:
            await tx.execute("UPDATE proposals SET status = 'approved' WHERE id = 1")
    assert await status_of(bot) == "diajukan"


async def test_status_pages_through_the_regency(submitted: Harness):
    bot = submitted
    listing = await bot.send(OFFICER3, "/status")
    assert "(1–1 dari 1)" in listing[0]
    assert "kewenangan: pemerintah provinsi" in listing[0]


async def test_priority_ranking_shows_where_the_budget_runs_out(submitted: Harness):
    bot = submitted
    await bot.send(OFFICER3, "/usul")
    await play(bot, OFFICER3, SLUM)
    await bot.press(OFFICER3, "Kirim")
    ranking = "\n".join(await bot.send(ADMIN, "/prioritas pagu indikatif, Rp 2 M"))
    assert "pagu indikatif Rp 2 M" in ranking
    # Equal scores: the tie goes to the lower code; the second no longer fits the Rp 2 M.
    first = ranking.index("✅ USL-2026-0001")
    second = ranking.index("✂️ USL-2026-0002")
    assert first < second
    assert "Masuk pagu: 1 dari 2 usulan, terpakai Rp 1,5 M, sisa Rp 500 juta" in ranking
    assert "Kotawaringin Timur: 1/2 usulan, Rp 1,5 M" in ranking
    # A long title is cut at a word's end, never mid-word ("... kumuh Baama").
    assert "Peningkatan kualitas kawasan kumuh…" in ranking and "Baam" not in ranking
    bad = (await bot.send(ADMIN, "/prioritas pagu banyak"))[0]
    assert "Pagu tidak dikenali" in bad
    bare = (await bot.send(ADMIN, "/prioritas pagu 500"))[0]
    assert "Pagu 500 apa satuannya?" in bare and "/prioritas pagu 500 juta" in bare
    # A proposal outside the province's authority never takes a share of its budget
    # (thirteenth try-out: a PSU in a housing estate was funded, a slum of 12,5 ha cut).
    await bot.send(OFFICER3, "/usul")
    await bot.press(OFFICER3, "Usulan baru")
    await play(bot, OFFICER3, [*SLUM_HEAD, ("text", "8 ha"), ("press", "Lanjutkan"), *SLUM_TAIL])
    await bot.press(OFFICER3, "Kirim")
    ranking = "\n".join(await bot.send(ADMIN, "/prioritas pagu Rp 2 M"))
    assert "USL-2026-0003" not in ranking.split("⚠️ 1 usulan bukan kewenangan provinsi")[0]
    assert "tidak dihitung dalam pagu: USL-2026-0003." in ranking
    assert "Masuk pagu: 1 dari 2 usulan" in ranking
    detail = await bot.press(ADMIN, "Tinjau")
    assert "Skor prioritas" in detail[0] and "kesiapan" in detail[0]


async def test_export_sends_a_workbook_and_a_chart(submitted: Harness):
    import io

    from openpyxl import load_workbook

    bot = submitted
    sent_before = len(bot.standin.sent)
    await bot.send(ADMIN, "/ekspor kotim")
    new = [m for m in bot.standin.sent[sent_before:] if m.chat_id == ADMIN]
    document, chart = new[-2], new[-1]
    assert (
        document.kind == "document"
        and document.media["file_name"] == "usulan-kotawaringin-timur.xlsx"
    )
    workbook = load_workbook(io.BytesIO(bot.standin.uploads[document.file_id]))
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert "Skor prioritas" in headers
    row = {h: c.value for h, c in zip(headers, sheet[2], strict=False)}
    assert CODE in row.values()
    assert chart.kind == "photo"
    assert "Sheet kedua" in document.plain_text
    assert "Filter tidak dikenali" in (await bot.send(ADMIN, "/ekspor entah"))[0]
    empty = (await bot.send(ADMIN, "/ekspor kapuas"))[0]
    assert "Tidak ada usulan" in empty and "Filter: Kapuas" in empty
    # A CSV has one table: its caption names no second sheet (thirteenth try-out).
    await bot.send(ADMIN, "/ekspor csv")
    table = [m for m in bot.standin.sent if m.chat_id == ADMIN and m.kind == "document"][-1]
    assert table.media["file_name"].endswith(".csv")
    assert "Sheet kedua" not in table.plain_text and "satu baris per usulan" in table.plain_text


async def test_old_cards_and_forms_never_act_on_a_newer_version(submitted: Harness):
    bot = submitted
    await bot.press(ADMIN, "Tinjau")
    old_card, data = bot.find_button(ADMIN, "verifikasi")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "RAB kurang.")
    await bot.press(ADMIN, "Kirim")
    # Budi opens the revision and leaves it; Andi revises and sends it first.
    await bot.press(OFFICER, "Perbaiki usulan")
    await bot.send(OFFICER3, "/status 0001")
    await bot.press(OFFICER3, "Perbaiki usulan")
    await bot.press(OFFICER3, "Kirim")
    assert await status_of(bot) == "diajukan"
    # The card from before the return says "diajukan" again, but is for an older version.
    await bot.process(bot.standin.callback_update(ADMIN, old_card.message_id, data))
    assert await status_of(bot) == "diajukan"
    assert "tidak berlaku" in bot.standin.callback_answers[-1]["text"]
    # Returned again; Budi's stale revision form cannot overwrite Andi's answers.
    await bot.send(ADMIN, "/tinjau")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "Foto kurang jelas.")
    await bot.press(ADMIN, "Kirim")
    refused = await bot.press(OFFICER, "Kirim")
    assert "tidak sedang menunggu perbaikan" in refused[0]
    assert await status_of(bot) == "perlu_perbaikan"


async def test_a_decision_never_lands_on_a_form_left_open(submitted: Harness):
    bot = submitted
    await bot.send(OFFICER3, "/usul")
    await play(bot, OFFICER3, SLUM)
    await bot.press(OFFICER3, "Kirim")
    await bot.send(ADMIN, "/tinjau")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "ditolak")  # left open: no reason typed
    await bot.send(ADMIN, "/tinjau")
    await bot.press(ADMIN, "0002")
    replies = await bot.press(ADMIN, "Perlu perbaikan")
    assert any("masih punya isian lain" in text for text in replies)
    await bot.send(ADMIN, "Bukan kewenangan provinsi.")
    await bot.press(ADMIN, "Kirim")
    assert await status_of(bot, "USL-2026-0001") == "ditolak"
    assert await status_of(bot, "USL-2026-0002") == "diajukan"


async def test_the_province_can_close_a_proposal_never_revised(submitted: Harness):
    bot = submitted
    await bot.press(ADMIN, "Tinjau")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "Lengkapi RAB.")
    await bot.press(ADMIN, "Kirim")
    await bot.send(ADMIN, "/tinjau perlu_perbaikan")
    await bot.press(ADMIN, "0001")
    await bot.press(ADMIN, "ditolak")
    await bot.send(ADMIN, "Tidak diperbaiki sampai batas waktu.")
    await bot.press(ADMIN, "Kirim")
    assert await status_of(bot) == "ditolak"
    # what the officer can still do: a new proposal from a copy (fourteenth try-out)
    assert "Salin usulan lama" in bot.last(OFFICER).plain_text
    card = (await bot.send(OFFICER, "/status 0001"))[0]
    assert "tidak dibuka lagi" in card and "tidak bisa diubah sendiri" not in card
    assert "tidak dibuka lagi" not in (await bot.send(ADMIN, "/status 0001"))[0]


def test_filters_read_the_way_admins_type_them():
    from handlers.plumbing.filters import read_filters

    assert read_filters(["palangka", "raya", "perlu", "perbaikan"]) == {
        "regency": "62.71",
        "status": "perlu_perbaikan",
    }
    assert read_filters(["TA", "2027", "kab", "kotim", "csv"], ("csv",)) == {
        "budget_year": 2027,
        "regency": "62.02",
        "csv": True,
    }
    assert read_filters(["kumuh", "provinsi", "dibahas", "di", "rakor"]) == {
        "type": "kumuh",
        "level": "provinsi",
        "status": "dibahas_rakor",
    }
    with pytest.raises(Invalid):
        read_filters(["entah"])


async def test_the_queue_sorted_by_priority_puts_the_best_first(submitted: Harness):
    bot = submitted
    cheaper = [("text", "500 juta") if step == ("text", "1,5 M") else step for step in SLUM]
    await bot.send(OFFICER3, "/usul")
    await play(bot, OFFICER3, cheaper)
    await bot.press(OFFICER3, "Kirim")
    oldest_first = (await bot.send(ADMIN, "/tinjau"))[0]
    assert oldest_first.index("USL-2026-0001") < oldest_first.index("USL-2026-0002")
    best_first = (await bot.send(ADMIN, "/tinjau prioritas"))[0]
    assert best_first.index("USL-2026-0002") < best_first.index("USL-2026-0001")
    assert "Skor prioritas" in best_first
    again = (await bot.send(ADMIN, "/tinjau prioritas"))[0]  # from the cache: same order
    assert again == best_first


async def test_a_part_named_at_the_summary_opens_it(submitted: Harness):
    """ "ubah judul" typed at the summary is that part's button (tenth try-out: typed text
    there only showed the summary again); other text says how to change a part."""
    bot = await returned(submitted)
    await bot.press(OFFICER, "Perbaiki usulan")
    typed = await bot.send(OFFICER, "Peningkatan kualitas kawasan kumuh Mentawa Baru Hulu")
    assert "ketik ubah dan nama bagiannya" in typed[0]
    asked = await bot.send(OFFICER, "\\ubah judul")
    assert "Apa judul usulan kegiatan ini?" in asked[0]
    summary = await bot.send(OFFICER, "Penataan kawasan kumuh Mentawa Baru Hulu")
    assert "• Judul: Penataan kawasan kumuh Mentawa Baru Hulu" in summary[-1]
    assert "Berapa perkiraan biayanya?" in (await bot.send(OFFICER, "ganti biaya"))[0]
    await bot.send(OFFICER, "/kembali")
    # the part first, then that it changes (eleventh try-out)
    assert "Berapa luas lokasinya" in (await bot.send(OFFICER, "luasnya ganti 12,8 ha"))[0]


async def test_usul_points_to_a_proposal_sent_back(submitted: Harness):
    """/usul with a proposal returned for revision offers to revise it first (tenth try-out:
    /usul started a blank proposal)."""
    bot = await returned(submitted)
    offered = (await bot.send(OFFICER, "/usul"))[0]
    assert f"Usulan {CODE}" in offered and "dikembalikan provinsi" in offered
    intro = await bot.press(OFFICER, "Perbaiki usulan")
    assert "Catatan provinsi: RAB belum dilampirkan." in intro[0]


async def test_why_our_proposal_was_refused_shows_the_regencys_own_with_the_note(
    submitted: Harness,
):
    bot = submitted
    # Nothing refused yet: said so, then why proposals are refused in general.
    before = (await bot.send(OFFICER3, "kenapa usulan kami ditolak?"))[0]
    assert "Belum ada usulan kabupaten/kota Anda yang ditolak" in before
    await bot.press(ADMIN, "Tinjau")
    await bot.press(ADMIN, "ditolak")
    await bot.send(ADMIN, "Lokasi di luar delineasi SK kumuh.")
    await bot.press(ADMIN, "Kirim")
    assert await status_of(bot) == "ditolak"
    # Another Kotim officer asks: the refused proposal and the province's note come first.
    asked = (await bot.send(OFFICER3, "knp usulan kita ditolak ya pak?"))[0]
    first, _, rest = asked.partition(CODE)
    assert (
        "kabupaten/kota Anda yang ditolak" in first and "Lokasi di luar delineasi SK kumuh." in rest
    )
    assert "/status" in rest
    # Asked in general, or from another regency: no regency's list.
    general = (await bot.send(OFFICER3, "kenapa usulan bisa ditolak?"))[0]
    assert CODE not in general and "kabupaten/kota Anda yang ditolak" not in general
    other = (await bot.send(OFFICER2, "kenapa usulan kami ditolak?"))[0]
    assert CODE not in other and "Belum ada usulan kabupaten/kota Anda" in other
