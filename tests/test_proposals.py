"""Proposal submission end to end through the Bot API stand-in."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from bot.domain import proposal as proposal_form
from bot.domain.errors import Invalid
from bot.domain.forms import Draft
from bot.domain.proposal import PROVINCE_ZONE, decree_age
from storage import audit, drafts, proposals
from tests.auxil.harness import ADMIN, ADMIN2, OFFICER, OFFICER2, Harness
from tests.auxil.proposal_steps import PSU, SLUM, SLUM_HEAD, SLUM_TAIL, play

# Codes carry the province's current year: tests must not break on 1 January.
YEAR = datetime.now(PROVINCE_ZONE).year
CODE1, CODE2 = f"USL-{YEAR}-0001", f"USL-{YEAR}-0002"


@pytest.fixture
async def officer(bot: Harness) -> Harness:
    """OFFICER is an approved officer of Kotawaringin Timur."""
    await bot.register(OFFICER, regency="Kotim")
    await bot.approve(OFFICER)
    return bot


async def stored(bot: Harness, code: str):
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        return await proposals.by_code(tx, code)


async def test_full_slum_proposal_gets_a_code_and_reaches_the_admins(officer: Harness):
    bot = officer
    first = await bot.send(OFFICER, "/usul")
    assert "Usulan kegiatan · langkah 1 dari" in first[-1]
    summary = await play(bot, OFFICER, SLUM)
    text = summary[-1]
    assert "periksa kembali" in text
    for expected in (
        "Kabupaten Kotawaringin Timur",
        "Kecamatan: Baamang",
        "Desa/kelurahan: Baamang Hulu",
        "Luas: 12,5 ha",
        "Sektor: Drainase, Jalan lingkungan",
        "Perkiraan biaya: Rp 1.500.000.000 (≈ Rp 1,5 M)",
        "Tanggal SK kumuh: 12/03/2023",
        "Foto kondisi: 2 foto",
        "Dokumen pendukung: — (dilewati)",
        "Titik lokasi: -2.540000, 112.950000",
    ):
        assert expected in text, expected
    assert "Kewenangan: pemerintah provinsi" in text  # computed, no acknowledgement asked

    done = await bot.press(OFFICER, "Kirim")
    assert "Usulan terkirim" in done[0]
    assert CODE1 in done[0]
    assert "Kewenangan: provinsi." in done[0]

    proposal = await stored(bot, CODE1)
    assert proposal is not None
    assert (proposal.level, proposal.rule, proposal.outside_authority) == (
        "provinsi",
        "kumuh.10_to_15",
        False,
    )
    assert proposal.status == "diajukan"
    assert proposal.regency_code == "62.02"
    assert proposal.answers["area_ha"] == "12.5"
    assert proposal.answers["cost"] == 1_500_000_000
    assert proposal.answers["village"] == "62.02.05.1003"
    assert [p["size"] for p in proposal.answers["photos"]] == [120_000, 98_000]
    assert all(p["file_id"] for p in proposal.answers["photos"])
    for admin in (ADMIN, ADMIN2):
        alert = bot.last(admin).plain_text
        assert f"Usulan baru {CODE1}" in alert
        assert "Kabupaten Kotawaringin Timur — Peningkatan kualitas kawasan kumuh" in alert
        assert "Luas: 12,5 ha · Biaya: Rp 1.500.000.000" in alert
        assert "Kewenangan: pemerintah provinsi" in alert
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        events = await proposals.events(tx, proposal.id)
        trail = await audit.for_subject(tx, f"proposal:{CODE1}")
        assert await drafts.get(tx, OFFICER) is None
    assert [(e.from_status, e.to_status, e.actor_id) for e in events] == [
        (None, "diajukan", OFFICER)
    ]
    # "Kirim" typed again a moment later (fourteenth try-out: a "did you mean" menu)
    again = (await bot.send(OFFICER, "kirim"))[-1]
    assert "tidak ada yang dikirim dua kali" in again
    assert [e.action for e in trail] == ["proposal.submitted"]


async def test_full_psu_proposal_skips_slum_questions(bot: Harness):
    await bot.register(OFFICER2, name="Sari Dewi", regency="pky")
    await bot.approve(OFFICER2)
    await bot.send(OFFICER2, "/usul")
    summary = (await play(bot, OFFICER2, PSU))[-1]
    assert "Lokasi PSU: Kawasan permukiman" in summary
    assert "SK kumuh" not in summary
    assert "Dokumen pendukung: 1 berkas" in summary
    assert "Jumlah KK: 85 KK" in summary
    done = await bot.press(OFFICER2, "Kirim")
    assert CODE1 in done[0]
    proposal = await stored(bot, CODE1)
    assert proposal is not None
    assert (proposal.level, proposal.rule) == ("provinsi", "psu.permukiman")
    assert proposal.answers["documents"][0]["name"] == "rab.pdf"


@pytest.mark.parametrize(
    ("area", "level_text", "asks_ack"),
    [
        ("9,99 ha", "Ini kewenangan pemerintah kabupaten/kota", True),
        ("8 ha", "Ini kewenangan pemerintah kabupaten/kota", True),
        ("10", "Sesuai kewenangan provinsi", False),
        ("14,99 hektar", "Sesuai kewenangan provinsi", False),
        ("15 ha", "Ini kewenangan pemerintah pusat", True),
        ("100.000 m2", "Sesuai kewenangan provinsi", False),
    ],
)
async def test_slum_area_decides_the_level(officer: Harness, area, level_text, asks_ack):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    reply = (await bot.send(OFFICER, area))[-1]
    assert level_text in reply
    assert ("Lanjutkan?" in reply) is asks_ack
    if area.startswith("15"):
        assert "belum terkonfirmasi" in reply
        assert "\u201c15 (lima belas) ha atau lebih\u201d" in reply
    if area.startswith("9,99"):
        assert (
            "luas 9,99 ha masuk ketentuan \u201cdengan luas di bawah 10 (sepuluh) ha\u201d" in reply
        )
        assert "APBD kabupaten/kota" in reply


async def test_outside_authority_can_continue_and_is_stamped(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "8 ha"), ("press", "Lanjutkan")])
    await play(bot, OFFICER, SLUM_TAIL)
    done = await bot.press(OFFICER, "Kirim")
    assert "di luar kewenangan provinsi" in done[0]
    proposal = await stored(bot, CODE1)
    assert proposal is not None
    assert (proposal.level, proposal.outside_authority) == ("kabkota", True)
    assert "di luar kewenangan provinsi" in bot.last(ADMIN).plain_text


async def test_outside_authority_can_be_cancelled(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "8 ha")])
    assert "Batalkan isian ini?" in (await bot.press(OFFICER, "Batalkan usulan"))[0]
    assert (await bot.press(OFFICER, "Ya, batalkan"))[0].startswith("Isian dibatalkan")
    assert await stored(bot, CODE1) is None


async def test_changing_the_area_from_the_summary_rechecks_authority(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "✏️ Luas")
    reply = (await bot.send(OFFICER, "20 ha"))[-1]
    assert "Ini kewenangan pemerintah pusat" in reply
    summary = (await bot.press(OFFICER, "Lanjutkan"))[-1]
    assert "Luas: 20 ha" in summary
    assert "Kewenangan: pemerintah pusat (di luar kewenangan provinsi)" in summary


async def test_an_area_in_words_is_read_and_shown_back(officer: Harness):
    """Voice typing writes numbers in words: the area is read, its authority computed, and
    the summary shows the number read."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    reply = (await bot.send(OFFICER, "dua belas setengah hektar"))[-1]
    assert "Sesuai kewenangan provinsi" in reply
    summary = (await play(bot, OFFICER, SLUM_TAIL))[-1]
    assert "Luas: 12,5 ha" in summary
    assert (await draft_answers(bot))["area_ha"] == "12.5"


async def test_thousands_in_words_are_read_at_the_area_step(officer: Harness):
    """ "dua belas ribu m2" (12.000 m², 1,2 ha), as an officer reading a survey aloud says it."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    reply = (await bot.send(OFFICER, "dua belas ribu m2"))[-1]
    assert "Ini kewenangan pemerintah kabupaten/kota" in reply


@pytest.mark.parametrize(
    ("step", "typed", "expected"),
    [
        ("area", "dua belas juta", "Luas harus berupa angka"),
        ("area", "-5 ha", "tidak boleh negatif"),
        ("area", "0", "tidak boleh nol"),
        ("area", "🙂", "Luas harus berupa angka"),
        ("area", "1" * 5000, "Luas terlalu besar (harus di bawah 100.000 ha)"),
        ("area", "1" * 4999 + "x", "Luas harus berupa angka"),
        ("area", "12,5 hektar lebih sedikit", "“hektar lebih sedikit” bukan satuan luas"),
        ("households", "12,5", "bilangan bulat"),
        ("households", "banyak", "angka bulat"),
        ("households", "450 jiwa", "bukan jiwa"),
    ],
)
async def test_bad_numbers_are_refused_with_an_example(officer: Harness, step, typed, expected):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    if step == "households":
        await bot.send(OFFICER, "12 ha")
    reply = (await bot.send(OFFICER, typed))[0]
    assert expected in reply
    assert "Contoh" in reply or "misalnya" in reply


async def test_bad_title_and_cost(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    assert "Terlalu panjang (5000 karakter" in (await bot.send(OFFICER, "x" * 5000))[0]
    assert "langkah 1 dari" in bot.last(OFFICER).plain_text
    # The area typed too early is no title (fifteenth try-out: "12,5 ha" was kept as one).
    refused = (await bot.send(OFFICER, "12,5 ha"))[0]
    assert "berisi angka saja" in refused and "Luas, jumlah dan biaya ditanyakan nanti" in refused
    assert "langkah 1 dari" in bot.last(OFFICER).plain_text
    steps = [*SLUM_HEAD, ("text", "12 ha"), *SLUM_TAIL[:10]]
    await play(bot, OFFICER, steps)
    assert "satuannya lupa" in (await bot.send(OFFICER, "750"))[0]
    assert "Biaya harus berupa angka" in (await bot.send(OFFICER, "mahal"))[0]
    assert "langkah" in (await bot.send(OFFICER, "750jt"))[0]


@pytest.mark.parametrize("typed", ["12,5 ha", "100 unit rumah", "Rp 750 juta", "25 KK"])
def test_a_title_of_numbers_and_units_only_is_refused(typed: str):
    with pytest.raises(Invalid) as caught:
        proposal_form._parse_title(typed)
    assert caught.value.key == "usul.title_field.only_numbers"


@pytest.mark.parametrize("typed", ["Jalan lingkungan 200 m", "RTLH 50 unit", "Drainase 2027"])
def test_a_title_naming_something_with_numbers_is_kept(typed: str):
    assert proposal_form._parse_title(typed) == typed


async def test_a_decree_number_without_digits_is_asked_again(officer: Harness):
    """ "lupa pak nnti sy cek" at the SK number is no number (eighth console try-out: it was
    kept and reached the review and export); the number typed next is kept."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12 ha"), *SLUM_TAIL[:4]])
    refused = (await bot.send(OFFICER, "lupa pak nnti sy cek"))[0]
    assert "Nomor SK berisi angka" in refused and "/usul" in refused
    # half typed (fourteenth try-out: "188." reached the province)
    assert "belum lengkap" in (await bot.send(OFFICER, "188."))[0]
    assert "langkah" in (await bot.send(OFFICER, "SK No. 050/45/2023"))[-1]
    summary = await play(bot, OFFICER, SLUM_TAIL[5:])
    assert any("SK No. 050/45/2023" in text for text in summary)
    assert not any("lupa pak" in text for text in summary)


async def test_old_slum_decree_warns(officer: Harness, monkeypatch):
    monkeypatch.setattr(proposal_form, "today", lambda: date(2026, 11, 28))
    bot = officer
    await bot.send(OFFICER, "/usul")
    steps = [*SLUM_HEAD, ("text", "12 ha"), *SLUM_TAIL[:4], ("text", "188/2/2018")]
    await play(bot, OFFICER, steps)
    reply = (await bot.send(OFFICER, "1 Maret 2018"))[0]
    assert "SK ini sudah berumur 8 tahun" in reply  # on the pinned date below
    assert "Permen PUPR 14/2018" in reply


async def test_point_outside_the_province_asks_for_confirmation(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12 ha"), *SLUM_TAIL[:12]])
    doubt = (await bot.send(OFFICER, "2.54, 112.95"))[-1]  # a dropped minus sign
    assert "di luar Kalimantan Tengah" in doubt
    again = (await bot.press(OFFICER, "Ubah"))[-1]
    assert "kirim jawaban yang benar" in again
    assert "Kirim foto" in (await bot.send(OFFICER, "-2.54, 112.95"))[-1]


async def test_only_pdfs_are_taken_as_documents_and_images_as_photos(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12 ha"), *SLUM_TAIL[:13]])
    word = bot.standin.document_update(
        OFFICER, file_name="rab.docx", mime_type="application/msword", file_size=10
    )
    refused = await bot.process(word)
    assert "bukan foto" in refused[-1].plain_text
    image = bot.standin.document_update(
        OFFICER, file_name="foto.jpg", mime_type="image/jpeg", file_size=10
    )
    accepted = await bot.process(image)
    assert "Foto ke-1 diterima" in accepted[-1].plain_text
    await bot.press(OFFICER, "Selesai")
    refused = await bot.process(word)
    assert "berkas PDF" in refused[-1].plain_text


async def test_village_of_another_kecamatan_is_pointed_out(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:5])
    # a village typed at the kecamatan: its kecamatan offered (fourteenth try-out)
    offered = (await bot.send(OFFICER, "baamang hulu"))[0]
    assert "adalah desa/kelurahan di Kecamatan Baamang" in offered
    await bot.press(OFFICER, "Baamang")
    await bot.send(OFFICER, "/kembali")
    await bot.send(OFFICER, "baamang")
    reply = (await bot.send(OFFICER, "Ketapang"))[0]
    assert "ada di Kecamatan Mentawa Baru Ketapang" in reply


async def test_an_answer_sent_twice_is_not_the_next_steps_answer(officer: Harness):
    """ "Kasongan Lama" sent twice on a weak line saved the village as the location name,
    which must match the slum decree (fourteenth try-out); sent a third time, it is meant."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:6])
    asked = (await bot.send(OFFICER, "baamang hulu"))[-1]
    assert "nama lokasi" in asked.lower()
    resent = await bot.send(OFFICER, "Baamang  Hulu")
    assert "terkirim dua kali" in resent[0] and "Desa/kelurahan" in resent[0]
    assert "nama lokasi" in resent[-1].lower()
    meant = (await bot.send(OFFICER, "baamang hulu"))[-1]
    assert "perkotaan atau perdesaan" in meant  # the next step: the location's name was taken
    assert (await draft_answers(bot))["location_name"] == "baamang hulu"


async def test_proposal_draft_survives_restart(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12,5 ha"), *SLUM_TAIL[:6]])
    await bot.restart()
    summary = await play(bot, OFFICER, SLUM_TAIL[6:])
    assert "Luas: 12,5 ha" in summary[-1]
    assert "Desa/kelurahan: Baamang Hulu" in summary[-1]
    assert CODE1 in (await bot.press(OFFICER, "Kirim"))[0]


async def test_usul_with_a_draft_offers_resume_or_new(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:3])
    offer = (await bot.send(OFFICER, "/usul"))[0]
    assert "belum selesai" in offer
    assert "Peningkatan kualitas kawasan kumuh Baamang Hulu" in offer
    resumed = await bot.press(OFFICER, "Lanjutkan draf")
    assert "Sektor apa saja" in resumed[-1]
    await bot.send(OFFICER, "/usul")
    ask = await bot.press(OFFICER, "Mulai baru")
    assert "Hapus draf Peningkatan kualitas kawasan kumuh Baamang Hulu (2 jawaban)" in ask[-1]
    fresh = await bot.press(OFFICER, "Ya, hapus draf")
    assert "Draf lama dihapus" in fresh[-1]
    assert "langkah 1 dari" in fresh[-1]
    # a draft with nothing typed in it is no draft to ask about (eleventh try-out)
    again = (await bot.send(OFFICER, "/usul"))[0]
    assert "belum selesai" not in again and "langkah 1 dari" in again


async def test_typed_words_at_delete_draft_question_answer_it(officer: Harness):
    """Typed at "Hapus draf ...?", text answers that question, never the draft's step."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:3])
    await bot.send(OFFICER, "/usul")
    await bot.press(OFFICER, "Mulai baru")
    unclear = await bot.send(OFFICER, "gimana ya")
    assert "Draf belum dihapus" in unclear[-1]
    kept = await bot.send(OFFICER, "tidak")
    assert "Sektor apa saja" in kept[-1]
    assert "Draf lama dihapus" not in kept[-1]
    await bot.send(OFFICER, "/usul")
    await bot.press(OFFICER, "Mulai baru")
    fresh = await bot.send(OFFICER, "ya")
    assert "Draf lama dihapus" in fresh[-1] and "langkah 1 dari" in fresh[-1]
    # once answered, "ya" is the new draft's answer again, not a second deletion
    title = await bot.send(OFFICER, "Jalan lingkungan Desa Sungai Paring")
    assert "Draf lama dihapus" not in title[-1]


async def test_a_title_typed_at_the_start_choice_begins_a_new_proposal(officer: Harness):
    """Thirteenth try-out: at "Usulan baru / Salin usulan lama" the officer typed the title;
    it and every answer after it went to the questions. Typed, it is the new title; a
    question typed there is still answered as one."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    offer = (await bot.send(OFFICER, "/usul"))[-1]
    assert "salin dari usulan lama" in offer
    typed = await bot.send(OFFICER, "Penataan kawasan kumuh tepian Sungai Mentaya")
    assert "langkah 2 dari" in typed[-1]
    await bot.send(OFFICER, "/batal")
    await bot.press(OFFICER, "Ya, batalkan")
    await bot.send(OFFICER, "/usul")
    asked = (await bot.send(OFFICER, "kalau salin usulan lama, fotonya ikut?"))[-1]
    assert "langkah" not in asked


async def test_stale_start_new_button_cannot_wipe_a_later_draft(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:2])
    await bot.send(OFFICER, "/usul")
    old_offer, start_new = bot.find_button(OFFICER, "Mulai baru")
    await bot.press(OFFICER, "Lanjutkan draf")
    # The draft is finished and a new one begun; the old offer's button must do nothing.
    await bot.send(OFFICER, "/batal")
    await bot.send(OFFICER, "ya")
    await bot.send(OFFICER, "/usul")
    await bot.send(OFFICER, "Judul usulan baru yang lain")
    sent = await bot.process(bot.standin.callback_update(OFFICER, old_offer.message_id, start_new))
    assert any("tidak berlaku" in m.plain_text for m in sent)
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        stored = await drafts.get(tx, OFFICER)
    assert stored is not None
    assert "Judul usulan baru yang lain" in stored.state


async def test_stale_summary_button_after_an_edit_does_not_submit(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    old, submit = bot.find_button(OFFICER, "Kirim")
    await bot.press(OFFICER, "✏️ Judul")
    sent = await bot.process(bot.standin.callback_update(OFFICER, old.message_id, submit))
    assert any("pesan lama" in m.plain_text for m in sent)
    assert await stored(bot, CODE1) is None


async def test_back_while_changing_one_answer_returns_to_the_summary(officer: Harness):
    """Eighth try-out: /kembali after "✏️ Judul" at the summary walked into the form."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "✏️ Judul")
    back = "\n".join(await bot.send(OFFICER, "/kembali"))
    assert "Kembali ke ringkasan." in back and "periksa kembali" in back
    assert "langkah" not in back  # no earlier question asked
    sent = (await bot.send(OFFICER, "kirim"))[0]  # the button typed (ninth try-out)
    assert CODE1 in sent


async def test_two_officers_submitting_at_once_get_distinct_codes(officer: Harness):
    bot = officer
    await bot.register(OFFICER2, name="Sari Dewi", regency="Kotim")
    await bot.approve(OFFICER2)
    await bot.send(OFFICER, "/usul")
    await bot.send(OFFICER2, "/usul")
    for step in SLUM:  # interleaved, answer by answer
        await play(bot, OFFICER, [step])
        await play(bot, OFFICER2, [step])
    first = (await bot.press(OFFICER2, "Kirim"))[0]
    second = (await bot.press(OFFICER, "Kirim"))[0]
    assert CODE1 in first
    assert CODE2 in second
    one, two = await stored(bot, CODE1), await stored(bot, CODE2)
    assert (one.officer_id, two.officer_id) == (OFFICER2, OFFICER)


async def test_copy_an_earlier_proposal(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    choice = (await bot.send(OFFICER, "/usul"))[0]
    assert "salin dari usulan lama" in choice
    await bot.press(OFFICER, "Salin usulan lama")
    listing = await bot.press(OFFICER, CODE1)
    assert "langkah 1 dari" in listing[-1]  # the title is asked anew
    asked = (await bot.send(OFFICER, "Lanjutan penanganan kumuh Baamang Hulu tahap 2"))[-1]
    # Left there, /usul's offer names the step resuming shows (eighth console try-out: a
    # copied draft offered "langkah 20", then showed 19).
    step = re.search(r"langkah \d+ dari \d+", asked)
    assert step is not None
    assert step.group(0) in (await bot.send(OFFICER, "/usul"))[0]
    assert step.group(0) in (await bot.press(OFFICER, "Lanjutkan draf"))[-1]
    steps = [("text", "/lewati"), ("photo", 1000), ("press", "Selesai"), ("text", "/lewati")]
    await play(bot, OFFICER, steps)  # location, photos and documents are asked anew
    summary = bot.last(OFFICER).plain_text
    assert "Judul: Lanjutan penanganan kumuh Baamang Hulu tahap 2" in summary
    assert "Desa/kelurahan: Baamang Hulu" in summary
    assert "Perkiraan biaya: Rp 1.500.000.000 (≈ Rp 1,5 M)" in summary
    assert "Titik lokasi: — (dilewati)" in summary
    assert "Foto kondisi: 1 foto" in summary
    assert CODE2 in (await bot.press(OFFICER, "Kirim"))[0]


async def test_unapproved_users_cannot_propose(bot: Harness):
    assert "daftar" in (await bot.send(OFFICER, "/usul"))[0]
    await bot.register(OFFICER)
    assert "menunggu persetujuan" in (await bot.send(OFFICER, "/usul"))[0]


async def test_ticking_sectors_edits_the_question_in_place(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:2])
    before = len(bot.standin.messages_for(OFFICER))
    await bot.press(OFFICER, "Drainase")
    await bot.press(OFFICER, "Air minum")
    await bot.press(OFFICER, "Air minum")  # untick
    assert len(bot.standin.messages_for(OFFICER)) == before
    buttons = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert "☑️ Drainase" in buttons
    assert "⬜ Air minum" in buttons


async def test_housing_for_regency_disaster_victims_is_the_regencys(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    steps = [
        ("text", "Rumah bagi korban banjir Mentawa Baru Ketapang"),
        ("press", "Rumah korban bencana"),
        ("press", "Korban bencana"),
        ("press", "Kabupaten/kota"),
        ("press", "Perumahan"),
        ("press", "Selesai"),
        ("text", "Mentawa Baru Ketapang"),
        ("text", "Ketapang"),
        ("text", "Lokasi relokasi RT 02"),
        ("press", "Perkotaan"),
    ]
    await play(bot, OFFICER, steps)
    reply = (await bot.send(OFFICER, "2 ha"))[-1]
    assert "Ini kewenangan pemerintah kabupaten/kota" in reply
    assert "korban bencana kabupaten/kota adalah urusan kabupaten/kota" in reply
    assert "Sub-urusan Perumahan" in reply
    assert (await play(bot, OFFICER, [("press", "Lanjutkan")]))[-1].startswith("Usulan kegiatan")
    assert (
        "Berapa unit rumah"
        in (await play(bot, OFFICER, [("text", "35"), ("text", "120 jiwa")]))[-1]
    )
    assert "Yang ditanyakan jumlah unit rumah, bukan KK" in (await bot.send(OFFICER, "40 KK"))[0]


async def test_admin_chooses_the_regency(bot: Harness):
    await bot.send(ADMIN, "/usul")
    await play(bot, ADMIN, SLUM_HEAD[:5])
    question = bot.last(ADMIN).plain_text
    assert "Usulan dari kabupaten/kota mana?" in question
    await bot.press(ADMIN, "Palangka Raya")
    reply = (await bot.send(ADMIN, "baamang"))[0]
    assert "tidak ada di Kota Palangka Raya" in reply
    assert "langkah" in (await bot.send(ADMIN, "Pahandut"))[0]


async def test_longest_answers_still_give_a_summary_with_a_submit_button(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    steps = [("text", "J" * 150), *SLUM_HEAD[1:7], ("text", "L" * 200), *SLUM_HEAD[8:]]
    tail = [*SLUM_TAIL[:-1], ("text", "Alasan " * 428)]  # 2,996 characters
    await play(bot, OFFICER, [*steps, ("text", "12 ha"), *tail])
    last = bot.last(OFFICER)
    assert len(last.plain_text) <= 4096
    assert "Kirim" in str(last.reply_markup)
    assert "Alasan/urgensi: Alasan Alasan" in last.plain_text
    assert "…" in last.plain_text
    assert CODE1 in (await bot.press(OFFICER, "Kirim"))[0]
    proposal = await stored(bot, CODE1)
    assert len(proposal.answers["justification"]) == len(("Alasan " * 428).strip())


async def test_doubtful_numbers_are_confirmed_not_swallowed(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    doubt = (await bot.send(OFFICER, "12.500"))[-1]  # m² typed without a unit
    assert "besar sekali" in doubt
    await bot.press(OFFICER, "Ubah")
    assert "Sesuai kewenangan provinsi" in (await bot.send(OFFICER, "125.000 m2"))[-1]
    await bot.send(OFFICER, "120 KK")
    refused = (await bot.send(OFFICER, "80 jiwa"))[0]
    assert "tidak mungkin lebih kecil dari jumlah KK (120)" in refused
    await play(bot, OFFICER, [("text", "450 jiwa"), *SLUM_TAIL[2:10]])
    doubt = (await bot.send(OFFICER, "1.500"))[-1]
    assert "kecil sekali" in doubt
    assert "Rp 1.500" in doubt
    await bot.press(OFFICER, "Ubah")
    # "T" typed for "M" (eighth console try-out: Rp 9 T was taken as it came)
    doubt = (await bot.send(OFFICER, "9 T"))[-1]
    assert "besar sekali" in doubt and "bukan triliun (T)" in doubt
    await bot.press(OFFICER, "Ubah")
    assert "langkah" in (await bot.send(OFFICER, "9 M"))[-1]


async def test_admin_is_told_when_the_location_is_not_in_the_sk(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    tail = [*SLUM_TAIL[:6], ("press", "Tidak"), *SLUM_TAIL[7:]]
    summary = (await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12 ha"), *tail]))[-1]
    assert "Tercantum di SK: Tidak" in summary
    done = (await bot.press(OFFICER, "Kirim"))[0]
    assert "Lokasi belum tercantum dalam SK kumuh" in done
    assert "Lokasi belum tercantum dalam SK kumuh" in bot.last(ADMIN).plain_text


async def test_typing_batal_again_confirms_the_cancel(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await bot.send(OFFICER, "Judul usulan percobaan")
    await bot.send(OFFICER, "/batal")
    assert (await bot.send(OFFICER, "batal"))[0].startswith("Isian dibatalkan")


async def test_officer_no_longer_approved_cannot_submit_an_open_draft(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction() as tx:
        await tx.execute("UPDATE officers SET status = 'rejected' WHERE user_id = ?", (OFFICER,))
    refused = await bot.press(OFFICER, "Kirim")
    assert "tidak berhak mengirim" in refused[-1]
    assert await stored(bot, CODE1) is None


async def test_a_question_mid_form_is_answered_and_the_form_is_remembered(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await bot.send(OFFICER, "Judul usulan percobaan")
    replies = await bot.send(OFFICER, "/tanya apa itu RTLH")
    assert "Rumah Tidak Layak Huni" in replies[0]
    assert "Isian Usulan kegiatan Anda masih terbuka" in replies[-1]
    again = await bot.press(OFFICER, "Lihat pertanyaan isian")
    assert "Pilih jenis usulan" in again[-1]
    intro = (await bot.send(OFFICER, "/tanya"))[0]
    assert "Selama isian masih terbuka" in intro
    assert "Isian Usulan kegiatan" in (await bot.send(OFFICER, "/status"))[-1]


async def draft_answers(bot: Harness, user_id: int = OFFICER) -> dict:
    assert bot.app is not None
    async with bot.app.bot_data.db.transaction(write=False) as tx:
        stored_draft = await drafts.get(tx, user_id)
    assert stored_draft is not None
    return dict(Draft.from_json(stored_draft.form, stored_draft.state).answers)


async def test_choice_steps_take_the_abbreviations_officers_type(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD[:-1], ("text", "kota"), ("text", "12,5 ha")])
    await play(bot, OFFICER, SLUM_TAIL[:2])
    assert "Apa status lahannya?" in bot.last(OFFICER).plain_text
    await play(bot, OFFICER, [("text", "aset pemda"), *SLUM_TAIL[3:11]])
    assert "Sumber dana yang diusulkan?" in bot.last(OFFICER).plain_text
    # "apbd" fits two buttons: asked again with both named, nothing picked.
    unsure = (await bot.send(OFFICER, "apbd"))[-1]
    assert "“apbd” cocok dengan lebih dari satu pilihan: APBD Provinsi, APBD Kab/Kota" in unsure
    assert "funding" not in await draft_answers(bot)
    buttons = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert buttons[:2] == ["👉 APBD Provinsi", "👉 APBD Kab/Kota"]
    summary = (await play(bot, OFFICER, [("text", "apbd prov"), *SLUM_TAIL[12:]]))[-1]
    assert "Perkotaan/perdesaan: Perkotaan" in summary
    assert "Status lahan: Aset pemda kab/kota" in summary
    assert "Sumber dana: APBD Provinsi" in summary
    assert CODE1 in (await bot.press(OFFICER, "Kirim"))[0]
    proposal = await stored(bot, CODE1)
    assert proposal is not None
    answers = proposal.answers
    assert (answers["setting"], answers["land_status"], answers["funding"]) == (
        "perkotaan",
        "pemda",
        "apbd_prov",
    )


async def test_kota_typed_for_the_scale_of_a_disaster(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    steps = [
        ("text", "Rumah bagi korban banjir Mentawa Baru Ketapang"),
        ("press", "Rumah korban bencana"),
        ("press", "Korban bencana"),
    ]
    await play(bot, OFFICER, steps)
    reply = (await bot.send(OFFICER, "kota"))[-1]
    assert "Sektor apa saja" in reply
    assert (await draft_answers(bot))["housing_scale"] == "kabkota"
    refused = (await bot.send(OFFICER, "/kembali"), await bot.send(OFFICER, "pemprov"))[1][-1]
    assert "“pemprov” tidak cocok dengan pilihan yang ada: Provinsi, Kabupaten/kota, Nasional" in (
        refused
    )


async def test_a_typed_sector_is_added_to_the_ticked_ones(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD[:2], ("press", "Drainase")])
    reply = (await bot.send(OFFICER, "jalan"))[-1]
    assert "Ditambahkan: Jalan lingkungan." in reply
    assert "Terpilih sekarang: Drainase, Jalan lingkungan" in reply
    buttons = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert "☑️ Drainase" in buttons and "☑️ Jalan lingkungan" in buttons
    # A second typed sector, and one already ticked: nothing dropped, nothing moved on.
    assert (
        "Terpilih sekarang: Air minum, Drainase, Jalan lingkungan"
        in (await bot.send(OFFICER, "air minum"))[-1]
    )
    assert "Sudah terpilih: Drainase." in (await bot.send(OFFICER, "drainase"))[-1]
    await bot.press(OFFICER, "Selesai")
    assert (await draft_answers(bot))["sectors"] == ["air_minum", "drainase", "jalan"]


async def test_a_typed_document_whose_label_has_an_ampersand_is_said_back(officer: Harness):
    """ "Surat pernyataan hibah & O&P" said back in a formatted message is escaped (the sixth
    try-out: Telegram refused the message and the officer got the error apology)."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12,5 ha"), *SLUM_TAIL[:7], ("press", "DED")])
    reply = (await bot.send(OFFICER, "surat hibah"))[-1]
    assert "kesalahan" not in reply
    assert "Terpilih sekarang: DED, Surat pernyataan hibah & O&P" in reply
    await bot.press(OFFICER, "Selesai")
    assert (await draft_answers(bot))["readiness"] == ["ded", "hibah_op"]


async def test_a_question_typed_as_the_justification_is_answered_not_saved(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM[:-1])
    replies = await bot.send(OFFICER, "btw rakor thn ini kpn ya?")
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert "tidak saya simpan sebagai isian Alasan/urgensi" in replies[0]
    assert any("Belum ada rapat" in text for text in replies[1:-1])  # answered on the way
    assert "Kembali ke isian" in replies[-1]
    assert "Tuliskan alasan dan urgensi usulan ini." in replies[-1]
    assert "justification" not in await draft_answers(bot)
    # A justification asking something in passing is the answer.
    long_one = (
        "Drainase tersumbat, kenapa? Sedimen menumpuk sejak 2019 dan 120 KK terdampak banjir"
        " setiap musim hujan."
    )
    summary = (await bot.send(OFFICER, long_one))[-1]
    assert "periksa kembali" in summary
    assert (await draft_answers(bot))["justification"] == long_one


async def test_a_question_at_a_number_step_is_answered_and_an_area_is_still_an_area(
    officer: Harness,
):
    """The seventh try-out: "klo kumuhnya 16 ha gmn pak" at the area step got "Luas harus
    berupa angka"; it is answered, and "12 ha?" there is still the area."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    replies = await bot.send(OFFICER, "klo kumuhnya 16 ha gmn pak")
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert any("pusat" in text.lower() for text in replies[1:-1])  # answered: the centre's
    assert replies[-1].startswith("↩️ Kembali ke isian.") and "kirim lagi" not in replies[-1]
    assert "slum_area" not in await draft_answers(bot) and "area" not in await draft_answers(bot)
    await bot.send(OFFICER, "12 ha?")
    assert any(v == "12" or str(v).startswith("12") for v in (await draft_answers(bot)).values())


async def test_a_long_account_ending_in_a_question_at_a_number_step_is_answered(
    officer: Harness,
):
    """An account of the site and a question at its end, typed at the area step, was refused
    as no number (too long to be an aside); the step could never take it, so it is answered
    and the step asked again. The same text at a free-text step would be the answer."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD)
    account = (
        "Assalamualaikum pak, mohon maaf mengganggu. Kami sudah survei ke lokasi bersama "
        "lurah dan tokoh masyarakat, drainase tersumbat dan rumah warga banyak yang rusak, "
        "jalan lingkungan juga becek tiap hujan. Hasil delineasi sementara belum final. "
        "Kalau luasnya 12 ha, kewenangan siapa?"
    )
    replies = await bot.send(OFFICER, account)
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert any("kewenangan pemerintah provinsi" in text for text in replies[1:-1])
    assert replies[-1].startswith("↩️ Kembali ke isian.")
    assert "slum_area" not in await draft_answers(bot) and "area" not in await draft_answers(bot)
    await bot.send(OFFICER, "12,5 ha")
    assert any(str(v).startswith("12") for v in (await draft_answers(bot)).values())


async def test_a_question_at_a_choice_step_is_answered_and_the_choice_asked_again(
    officer: Harness,
):
    """A question typed at a button step got "doesn't match the options" (the seventh
    try-out); an answer the step takes is still the answer."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12,5 ha"), *SLUM_TAIL[:3]])
    replies = await bot.send(OFFICER, "clean and clear tu maksudnya apa?")
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert replies[-1].startswith("↩️ Kembali ke isian.")
    assert "clean_clear" not in await draft_answers(bot)
    await bot.send(OFFICER, "iya pak")
    assert (await draft_answers(bot))["clean_clear"] == "ya"


async def test_a_question_without_a_question_word_is_kept_out_of_a_text_step(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:7])
    replies = await bot.send(OFFICER, "ini hrs sama persis dgn sk ya pak")
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert "location_name" not in await draft_answers(bot)


async def test_a_question_at_the_title_step_is_kept_out_of_the_title(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    replies = await bot.send(OFFICER, "apa itu RTLH?")
    assert "Sepertinya itu pertanyaan" in replies[0]
    assert any("Rumah Tidak Layak Huni" in text for text in replies)
    assert "langkah 1 dari" in replies[-1]
    assert "title" not in await draft_answers(bot)


async def test_a_revision_can_replace_the_photos_and_says_new_ones_are_added(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    await bot.press(ADMIN, "Tinjau")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "Foto kurang jelas, mohon diganti.")
    await bot.press(ADMIN, "Kirim")

    await bot.press(OFFICER, "Perbaiki usulan")
    question = (await bot.press(OFFICER, "Foto kondisi"))[-1]
    assert "kirim isian baru untuk mengganti" not in question
    assert "Sudah ada 2 foto. Foto yang Anda kirim ditambahkan" in question
    cleared = (await bot.press(OFFICER, "Hapus lampiran yang ada"))[-1]
    assert "2 lampiran dihapus dari isian ini" in cleared
    assert "Sudah ada" not in cleared
    await play(bot, OFFICER, [("photo", 321_000)])
    summary = (await bot.press(OFFICER, "Selesai"))[-1]
    assert "Foto kondisi: 1 foto" in summary
    sent = await bot.press(OFFICER, "Kirim")
    assert "Perbaikan terkirim" in sent[0]
    proposal = await stored(bot, CODE1)
    assert proposal is not None
    assert [p["size"] for p in proposal.answers["photos"]] == [321_000]


async def test_a_revision_adds_photos_unless_the_old_ones_are_removed(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)
    await bot.press(OFFICER, "Kirim")
    await bot.press(ADMIN, "Tinjau")
    await bot.press(ADMIN, "Perlu perbaikan")
    await bot.send(ADMIN, "Tambahkan foto dari sisi sungai.")
    await bot.press(ADMIN, "Kirim")

    await bot.press(OFFICER, "Perbaiki usulan")
    await bot.press(OFFICER, "Foto kondisi")
    received = await play(bot, OFFICER, [("photo", 55_000)])
    assert "Foto ke-3 diterima" in received[-1]
    summary = (await bot.send(OFFICER, "selesai"))[-1]
    assert "Foto kondisi: 3 foto" in summary
    await bot.press(OFFICER, "Kirim")
    proposal = await stored(bot, CODE1)
    assert proposal is not None
    assert [p["size"] for p in proposal.answers["photos"]] == [120_000, 98_000, 55_000]


def ticks(bot: Harness, user_id: int = OFFICER) -> list[str]:
    """The ticked boxes of the newest question."""
    keyboard = bot.last(user_id).reply_markup["inline_keyboard"]
    return [b["text"][2:].strip() for row in keyboard for b in row if b["text"].startswith("☑️")]


async def test_back_from_half_ticked_documents_never_skips_them(bot: Harness):
    """Console try-out (a): RAB and the hibah letter ticked without "Selesai", /kembali to step
    13, answered: the documents step came no more, and /kembali from cost went back to 13."""
    await bot.register(OFFICER2, name="Sari Dewi", regency="pky")
    await bot.approve(OFFICER2)
    await bot.send(OFFICER2, "/usul")
    await play(bot, OFFICER2, [*PSU[:13], ("press", "RAB")])
    assert "langkah 14 dari" in (await bot.send(OFFICER2, "surat hibah"))[-1]
    assert "langkah 13 dari" in (await bot.send(OFFICER2, "/kembali"))[-1]

    again = (await bot.send(OFFICER2, "belum tahu"))[-1]

    assert "langkah 14 dari" in again and "Dokumen kesiapan apa saja" in again
    assert ticks(bot, OFFICER2) == ["RAB", "Surat pernyataan hibah & O&P"]
    assert "readiness" not in await draft_answers(bot, OFFICER2)
    assert "langkah 13 dari" in (await bot.send(OFFICER2, "/kembali"))[-1]
    assert "langkah 14 dari" in (await bot.press(OFFICER2, "Belum tahu"))[-1]
    assert "langkah 15 dari" in (await bot.press(OFFICER2, "Selesai"))[-1]
    assert "langkah 14 dari" in (await bot.send(OFFICER2, "/kembali"))[-1]
    assert ticks(bot, OFFICER2) == ["RAB", "Surat pernyataan hibah & O&P"]
    assert (await draft_answers(bot, OFFICER2))["readiness"] == ["rab", "hibah_op"]


async def test_back_after_an_error_at_the_documents_step_walks_back_step_by_step(
    officer: Harness,
):
    """Console try-out (b): an error at the documents step, then /kembali from cost went to
    the step before the documents, and answering it jumped to cost again."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, [*SLUM_HEAD, ("text", "12,5 ha"), *SLUM_TAIL[:7], ("press", "DED")])
    refused = (await bot.send(OFFICER, "1,5 M"))[-1]  # the cost, typed a step too early
    assert "langkah 16 dari" in refused
    # Its typing example names documents, not sectors.
    assert "misalnya DED, RAB" in refused and "drainase" not in refused
    assert "langkah 15 dari" in (await bot.send(OFFICER, "/kembali"))[-1]
    assert "langkah 16 dari" in (await bot.send(OFFICER, "ya"))[-1]
    assert ticks(bot) == ["DED"]
    assert "langkah 17 dari" in (await bot.press(OFFICER, "Selesai"))[-1]
    assert "langkah 18 dari" in (await bot.send(OFFICER, "1,5 M"))[-1]
    for step in (17, 16, 15):
        assert f"langkah {step} dari" in (await bot.send(OFFICER, "/kembali"))[-1]
    # Answered again, the step goes on to the first question without an answer; from there
    # /kembali is again the step just before it.
    assert "langkah 18 dari" in (await bot.send(OFFICER, "ya"))[-1]
    assert "langkah 17 dari" in (await bot.send(OFFICER, "/kembali"))[-1]


async def test_a_question_without_a_question_mark_is_kept_out_of_the_justification(
    officer: Harness,
):
    """Console try-out: "klo kumuhnya 16 ha gmn pak" at the justification was saved as it."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM[:-1])

    replies = await bot.send(OFFICER, "klo kumuhnya 16 ha gmn pak")

    assert "Sepertinya itu pertanyaan" in replies[0]
    assert any("pemerintah pusat" in text for text in replies[1:-1])  # answered on the way
    assert "Tuliskan alasan dan urgensi usulan ini." in replies[-1]
    assert "justification" not in await draft_answers(bot)
    summary = (await bot.send(OFFICER, "Genangan setiap hujan, warga kesulitan akses"))[-1]
    assert "periksa kembali" in summary
    answers = await draft_answers(bot)
    assert answers["justification"] == "Genangan setiap hujan, warga kesulitan akses"


async def test_an_answer_kept_out_as_a_question_is_saved_when_sent_again(officer: Harness):
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM[:-1])
    meant = "Warga bingung harus mengadu ke siapa"
    kept_out = await bot.send(OFFICER, meant)
    assert "Sepertinya itu pertanyaan" in kept_out[0]
    assert "kirim lagi pesan yang sama persis" in kept_out[-1]

    summary = (await bot.send(OFFICER, meant))[-1]

    assert "periksa kembali" in summary
    assert (await draft_answers(bot))["justification"] == meant


async def test_a_question_at_the_summary_is_answered_without_the_summary_again(
    officer: Harness,
):
    """Console try-out: a question typed at the summary got "Semua pertanyaan sudah terjawab"
    and the 25-line summary again."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM)

    replies = await bot.send(OFFICER, "kumuh 16 ha kewenangan siapa?")

    assert any("pemerintah pusat" in text for text in replies[:-1])
    assert not any("Semua pertanyaan sudah terjawab" in text for text in replies)
    assert not any("periksa kembali" in text for text in replies)
    waiting = replies[-1]
    assert "Ringkasan Usulan kegiatan masih menunggu" in waiting
    assert waiting.count("\n") == 0  # one line
    labels = [b["text"] for row in bot.last(OFFICER).reply_markup["inline_keyboard"] for b in row]
    assert labels == ["✅ Kirim", "📋 Lihat ringkasan", "✖️ Batal"]
    assert "periksa kembali" in (await bot.press(OFFICER, "Lihat ringkasan"))[-1]
    await bot.send(OFFICER, "rakor kapan ya")  # without "?"
    assert CODE1 in (await bot.press(OFFICER, "Kirim"))[0]


async def test_choices_typed_with_honorifics_synonyms_and_typos(officer: Harness):
    """Console try-out: "iya pak sdh", "kesepakatan warga" and "air mnum" were refused."""
    bot = officer
    await bot.send(OFFICER, "/usul")
    await play(bot, OFFICER, SLUM_HEAD[:2])
    assert "✔️ Sektor: Air minum, Drainase." in (await bot.send(OFFICER, "air mnum, drainase"))[0]
    await play(bot, OFFICER, [*SLUM_HEAD[5:], ("text", "12,5 ha"), *SLUM_TAIL[:6]])
    assert "Dokumen kesiapan apa saja" in (await bot.send(OFFICER, "iya pak sdh"))[-1]
    chosen = (await bot.send(OFFICER, "kesepakatan warga"))[-1]
    assert "✔️ Dokumen kesiapan: Kesepakatan masyarakat." in chosen
    assert "Berapa perkiraan biayanya?" in chosen
    answers = await draft_answers(bot)
    assert answers["sectors"] == ["air_minum", "drainase"]
    assert (answers["in_sk"], answers["readiness"]) == ("ya", ["kesepakatan"])


def test_the_decree_year_named_in_a_question_and_its_age() -> None:
    assert decree_age("SK kumuh kami tahun 2019 masih berlaku?", 2026) == (2019, 7)
    # Of several years the earliest not in the future: the other is the proposal's.
    assert decree_age("sk thn 2021 masih bisa utk usulan 2027?", 2026) == (2021, 5)
    assert decree_age("SK 188.45/123/2023 masih bisa?", 2026) == (2023, 3)
    assert decree_age("SK kumuh masih berlaku?", 2026) is None
    assert decree_age("SK nomor 12345 tahun 2030", 2026) is None
