"""`sinkron console`: the whole registration story typed into the terminal demo."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from bot.config import Settings
from bot.console import console_settings, persona, run_console

# An officer's registration, typed: name, regency, position, the share-my-number button, send.
REGISTERING = ["/start", "Budi Santoso", "Kotawaringin Timur", "Kasi Permukiman", "1", "✅ Kirim"]


def script(lines: Iterable[str]):
    pending = list(lines)

    async def read_line(prompt: str) -> str | None:
        return pending.pop(0) if pending else None

    return read_line


async def play(db: Path, lines: list[str]) -> str:
    out = io.StringIO()
    await run_console(console_settings(Settings(), db), script(lines), out)
    return out.getvalue()


async def test_register_approve_and_see_the_officer_menu(tmp_path: Path):
    db = tmp_path / "console.db"
    shown = await play(
        db,
        [
            "/start",
            "Ir. Budi Santoso, M.T.",
            "kotawaringin",  # ambiguous: suggestions, nothing lost
            "Kotawaringin Timur",  # a button pressed by its label
            "Kasi Permukiman",
            "1",  # the share-my-number button
            "✅ Kirim",
            "/as admin",
            "/petugas",
            "✅ Setujui #1",
            "/as officer",
            "/bantuan",
        ],
    )
    assert "langkah 1 dari 4" in shown
    assert '"kotawaringin" cocok untuk lebih dari satu kabupaten/kota' in shown
    assert "👉 Kotawaringin Timur" in shown
    assert "Nomor HP: +6281200000001" in shown
    assert "📨 1 pesan baru untuk admin" in shown  # the registration request waits for the admin
    assert "Pendaftaran petugas baru" in shown
    assert "Menunggu persetujuan: 1" in shown
    assert "pendaftaran Anda disetujui" in shown
    assert shown.count("pesan baru untuk admin2") == 1
    officer_help = shown.rsplit("Sekarang Anda: officer", 1)[1]
    assert "/petugas" not in officer_help
    assert "Anda belum terdaftar" not in officer_help

    # a new console session on the same database remembers everything
    again = await play(db, ["/start"])
    assert "Selamat datang kembali, Ir. Budi Santoso, M.T." in again


async def test_console_commands_and_mistakes(tmp_path: Path):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8" + b"0" * 100)
    shown = await play(
        tmp_path / "c.db",
        [
            "/as nobody",
            "/who",
            "/loc abc",
            "/doc /no/such/file.pdf",
            "/photo " + str(photo),
            "/loc -2.21 113.92",
            "/contact 081234567890",
            "\\1",
            "/quit",
            "/start",  # never reached
        ],
    )
    assert 'Identitas "nobody" tidak dikenal' in shown
    assert "Anda sekarang: officer (Budi)" in shown
    assert "Format: /loc LAT LON" in shown
    assert "Berkas tidak ditemukan" in shown
    assert shown.count("daftar dulu: ketik /start") == 3  # photo, location, contact
    assert "dengan kata-kata" in shown  # "1" sent as text names nothing: type words
    assert "Selamat datang di Sinkron" not in shown
    assert shown.rstrip().endswith("Sampai jumpa.")


def test_personas_are_stable_and_bounded():
    assert persona("officer") == persona("officer1")
    officer2 = persona("officer2")
    assert officer2 is not None
    assert officer2.user_id == 100_002
    admin = persona("admin")
    assert admin is not None
    assert admin.first_name == "Admin Provinsi"
    assert persona("admin4") is None
    assert persona("root") is None
    assert persona("officer" + "9" * 5000) is None
    settings = console_settings(Settings(), Path("/tmp/x.db"))
    assert {900_001, 900_002, 900_003} <= settings.access.admin_ids


def test_a_command_or_a_number_label_beats_a_button_number():
    from bot.console import Console
    from bot.standin import BotApiStandIn, SentMessage

    standin = BotApiStandIn()
    console = Console(None, standin, io.StringIO())  # type: ignore[arg-type]
    me = console.me.user_id
    buttons = [[{"text": "🔎 Tinjau", "callback_data": "tinjau|d|1"},
                {"text": "0001", "callback_data": "tinjau|c|1"}]]  # fmt: skip
    standin.sent.append(
        SentMessage(message_id=1, chat_id=me, text="x", parse_mode=None,
                    reply_markup={"inline_keyboard": buttons}, kind="text")
    )  # fmt: skip
    standin.messages[1] = standin.sent[-1]
    assert console._button_press("/tinjau") is None  # the command runs, not the button
    pressed = console._button_press("0001")  # the button labelled 0001, not button number 1
    assert pressed is not None and pressed["callback_query"]["data"] == "tinjau|c|1"
    assert console._button_press("1")["callback_query"]["data"] == "tinjau|d|1"
    # 5000 digits (an area typed at a form's step) are text to send, never a button
    assert console._button_press("9" * 5000) is None


async def test_a_ticked_box_shows_the_new_buttons(tmp_path: Path):
    """Ticking a box edits only the question's buttons: the console prints them again, marked,
    rather than nothing; buttons merely taken off a pressed message stay unprinted."""
    shown = await play(
        tmp_path / "c.db",
        [
            "/as admin",
            "/siaran",
            "Rapat koordinasi Selasa.",
            "Kabupaten/kota tertentu",
            "Kotawaringin Timur",  # a tick: the same question, its buttons redrawn
            "Kapuas",
        ],
    )
    assert shown.count("🤖 Sinkron (tombol diperbarui) → Admin Provinsi:") == 2
    after_first, after_second = shown.split("(tombol diperbarui)")[1:]
    assert "☑️ Kotawaringin Timur" in after_first and "⬜ Kapuas" in after_first
    assert "☑️ Kotawaringin Timur" in after_second and "☑️ Kapuas" in after_second
    assert "(pesan diubah)" not in shown  # the text stayed; only the buttons changed


async def test_approval_in_a_later_run_reaches_the_officer(tmp_path: Path):
    """Ninth try-out, high: the stand-in started afresh at each run, so an officer who had
    registered in an earlier run was "chat not found" (and marked inactive) when approved,
    and message ids were reused (an admin's reply mapped to another officer's question)."""
    db = tmp_path / "console.db"
    # officer (the first) is entered at every start; officer2 is not
    registering = ["/as officer2", *REGISTERING]
    await play(db, registering)
    shown = await play(db, ["/as admin", "/petugas", "✅ Setujui #1", "/petugas"])
    assert "pesan baru untuk officer2" in shown  # the approval was delivered
    assert "Petugas aktif: 1" in shown


async def test_files_the_bot_sends_are_saved_to_be_opened(tmp_path: Path):
    """The fifteenth try-out could not open an export or an .ics: the console printed only
    its name."""
    db = tmp_path / "console.db"
    shown = await play(
        db,
        [
            "/start",
            "Budi Santoso",
            "Kotim",
            "Kasi Permukiman",
            "1",
            "✅ Kirim",
            "/as admin",
            "/petugas",
            "✅ Setujui #1",
            "/rapat_baru",
            "Rakor dan Sinkronisasi",
            "besok 09.00",
            "Aula Disperkimtan, Palangka Raya",
            "/lewati",
            "Pembahasan usulan TA 2027",
            "Semua kabupaten/kota",
            "2h",
            "/lewati",
            "✅ Kirim",
            "/as officer",
        ],
    )
    saved = sorted((tmp_path / "console-files").glob("*.ics"))
    assert len(saved) == 1 and f"disimpan di {saved[0]}" in shown
    assert saved[0].read_bytes().startswith(b"BEGIN:VCALENDAR")


async def test_a_typed_line_break_sends_a_message_of_several_lines(tmp_path: Path):
    shown = await play(
        tmp_path / "c.db",
        [
            *REGISTERING,
            "/as admin",
            "/petugas",
            "✅ Setujui #1",
            "/as officer",
            # A reply quoting an earlier message: the quote is one line, the question another.
            # Typed as one line, the quote's words would outweigh the question (the yearly
            # RKPD/APBD step); as two, the question's own line asks the term.
            r"> usulan yg lolos masuk RKPD prov thn depan\nRKPD apa itu min",
        ],
    )
    answer = shown.rsplit("Sinkron → Budi:", 1)[1]  # the console does not echo what is typed
    assert "Istilah: RKPD" in answer
    assert "Rencana Kerja Pemerintah Daerah" in answer
