"""Bahasa Indonesia: every user-facing text of the bot (the default language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- commands (menu and /bantuan) ---
    "cmd.start": "Mulai / daftar sebagai petugas",
    "cmd.bantuan": "Daftar perintah dan cara pakai",
    "cmd.bahasa": "Ganti bahasa (Indonesia/English)",
    "cmd.kembali": "Kembali ke pertanyaan sebelumnya",
    "cmd.lewati": "Lewati pertanyaan yang tidak wajib",
    "cmd.batal": "Batalkan isian yang sedang berjalan",
    "cmd.help": "Daftar perintah (sama dengan /bantuan)",
    "cmd.language": "Ganti bahasa (sama dengan /bahasa)",
    "cmd.petugas": "Petugas dan pendaftaran yang menunggu",
    # --- greetings ---
    "start.new": (
        "Selamat datang di <b>Sinkron</b>, {name}! 👋\n"
        "Layanan Disperkimtan Provinsi Kalimantan Tengah untuk petugas perumahan dan "
        "kawasan permukiman kabupaten/kota.\n\n"
        "Sebelum mulai, mohon daftar dulu (4 pertanyaan singkat). "
        "Setelah admin provinsi menyetujui, Anda bisa memakai semua layanan."
    ),
    "start.rejected": (
        "Halo {name}. Pendaftaran Anda sebelumnya tidak disetujui. "
        "Silakan daftar ulang dengan data yang benar."
    ),
    "start.pending": (
        "Halo {name}. Pendaftaran Anda sudah kami terima dan sedang menunggu persetujuan "
        "admin provinsi. Anda akan diberi tahu lewat chat ini."
    ),
    "start.officer": "Selamat datang kembali, {name}! 👋",
    "start.admin": "Selamat datang, {name}. Anda masuk sebagai <b>admin provinsi</b>.",
    # --- help ---
    "help.commands_title": "<b>Perintah yang bisa Anda pakai:</b>",
    "help.forms": (
        "<b>Saat mengisi formulir:</b>\n"
        "/kembali — ke pertanyaan sebelumnya\n"
        "/lewati — lewati pertanyaan yang tidak wajib\n"
        "/batal — batalkan isian\n"
        "Jawaban Anda tersimpan setiap langkah; jika koneksi putus, lanjutkan saja kapan pun."
    ),
    "help.guest": "Anda belum terdaftar. Ketik /start untuk mendaftar.",
    "help.pending": "Pendaftaran Anda sedang menunggu persetujuan admin provinsi.",
    # --- language ---
    "lang.name": "🇮🇩 Bahasa Indonesia",
    "lang.choose": "Pilih bahasa:",
    "lang.set": "Bahasa diganti ke Bahasa Indonesia.",
    # --- access (plain text: also shown as a pop-up, max 200 characters) ---
    "access.admin_only": "Maaf, perintah atau tombol ini khusus admin provinsi.",
    "access.pending": (
        "Pendaftaran Anda masih menunggu persetujuan admin provinsi. "
        "Sementara itu Anda bisa membaca /bantuan."
    ),
    "access.rejected": "Pendaftaran Anda tidak disetujui. Ketik /start untuk mendaftar ulang.",
    "access.register_first": "Fitur ini untuk petugas terdaftar. Ketik /start untuk mendaftar.",
    # --- general ---
    "general.unknown_command": "Perintah itu tidak dikenal. Ketik /bantuan untuk daftar perintah.",
    "general.register_hint": "Untuk memakai Sinkron, daftar dulu: ketik /start.",
    "general.edit_ignored": "Pesan yang diubah tidak saya baca ulang. Untuk mengganti jawaban, ketik /kembali atau pakai tombol ubah di ringkasan.",
    "general.not_understood": (
        "Maaf, pesan itu belum bisa saya proses. Ketik /bantuan untuk melihat apa yang bisa "
        "dilakukan."
    ),
    "error.user": (
        "Maaf, terjadi kesalahan di sistem kami. Data yang sudah Anda kirim tetap aman; "
        "silakan coba lagi sebentar lagi."
    ),
    "error.admin": "⚠️ Galat di Sinkron (detail di log server):\n<code>{error}</code>",
    # --- form engine ---
    "form.progress": "<b>{title}</b> · langkah {n} dari {total}",
    "form.current_answer": "Jawaban sekarang: <i>{value}</i> (kirim jawaban baru untuk mengganti)",
    "form.nav_required": "<i>/kembali · /batal</i>",
    "form.nav_optional": "<i>/kembali · /lewati (tidak wajib) · /batal</i>",
    "form.summary": (
        "<b>{title}</b> — periksa kembali:\n\n{rows}\n\n"
        "Tekan <b>Kirim</b> bila sudah benar, atau pilih bagian yang ingin diubah."
    ),
    "form.summary_row": "• <b>{label}</b>: {value}",
    "form.skipped_value": "— (dilewati)",
    "form.confirm_cancel": "Batalkan isian ini? Semua jawaban yang sudah diisi akan dihapus.",
    "form.cancelled": "Isian dibatalkan. Tidak ada data yang dikirim.",
    "form.cancel_aborted": "Baik, isian dilanjutkan.",
    "form.answer_yes_no": "Mohon jawab <b>ya</b> atau <b>tidak</b> (atau tekan tombol).",
    "form.resumed": "Anda punya isian yang belum selesai. Kita lanjutkan dari sini:",
    "form.noted": "✔️ Tercatat.",
    "form.stale": "Tombol itu dari pesan lama. Ini pertanyaan yang sedang berjalan:",
    "form.stale_button": "Tombol ini sudah tidak berlaku. Silakan pakai pesan terbaru.",
    "form.stale_option": "Pilihan itu sudah tidak berlaku. Silakan pilih dari tombol terbaru.",
    "form.at_first": "Ini sudah pertanyaan pertama.",
    "form.nothing_to_skip": "Tidak ada pertanyaan untuk dilewati; periksa ringkasan di bawah.",
    "form.cannot_skip": "Pertanyaan ini wajib diisi, tidak bisa dilewati.",
    "form.skipped": "Dilewati.",
    "form.finish_first": "Jawab dulu pertanyaan yang sedang berjalan.",
    "form.use_summary_buttons": (
        "Semua pertanyaan sudah terjawab. Tekan <b>Kirim</b>, atau pilih bagian yang ingin diubah."
    ),
    "form.use_buttons": "Silakan pilih salah satu tombol di bawah.",
    "form.expect_text": "Untuk pertanyaan ini, mohon ketik jawaban berupa teks.",
    "form.none_open": "Tidak ada isian yang sedang berjalan.",
    "form.file_received": "Diterima.",
    "form.enter_again": "Baik, silakan kirim jawaban yang benar.",
    "form.choose_at_least": "Pilih paling sedikit {min}, lalu tekan <b>Selesai</b>.",
    "form.use_buttons_multi": "Tekan tombol untuk memilih (bisa lebih dari satu), lalu tekan <b>Selesai</b>. Atau ketik pilihan dipisah koma, misalnya <i>drainase, jalan lingkungan</i>.",
    "form.too_many_files": "Sudah {max} berkas, batas maksimal. Tekan <b>Selesai</b> untuk lanjut.",
    "form.need_file": "Kirim paling sedikit satu berkas dulu, lalu tekan <b>Selesai</b>.",
    "form.send_photo": "Kirim foto (lewat ikon 📎 → Galeri/Kamera), lalu tekan <b>Selesai</b>.",
    "form.send_document": "Kirim berkas PDF (lewat ikon 📎 → Berkas), lalu tekan <b>Selesai</b>.",
    "form.photo_received": "📷 Foto ke-{n} diterima. Kirim foto lain, atau tekan <b>Selesai</b>.",
    "form.document_received": "📄 Berkas ke-{n} diterima. Kirim berkas lain, atau tekan <b>Selesai</b>.",
    "form.n_photos": "{n} foto",
    "form.n_documents": "{n} berkas",
    "form.none_chosen": "— (tidak ada)",
    "btn.yes_right": "✅ Ya, benar",
    "btn.no_change": "✏️ Ubah",
    "btn.done": "Selesai ✅",
    "btn.share_location": "📍 Kirim lokasi saya",
    "status.guest": "belum mendaftar",
    "status.pending": "menunggu persetujuan",
    "status.active": "disetujui (aktif)",
    "status.rejected": "ditolak",
    "status.inactive": "tidak aktif",
    "form.moving_on": "Baik.",
    # --- buttons ---
    "btn.back": "⬅️ Kembali",
    "btn.skip": "Lewati ⏭",
    "btn.cancel": "✖️ Batal",
    "btn.submit": "✅ Kirim",
    "btn.edit": "✏️ {label}",
    "btn.yes_cancel": "Ya, batalkan",
    "btn.no_continue": "Tidak, lanjutkan",
    "btn.share_phone": "📱 Kirim nomor HP saya",
    "btn.approve": "✅ Setujui",
    "btn.reject": "❌ Tolak",
    "btn.approve_n": "✅ Setujui #{n}",
    "btn.reject_n": "❌ Tolak #{n}",
    # --- parsers ---
    "text.empty": "Jawaban masih kosong. Mohon ketik jawaban Anda.",
    "text.too_long": "Terlalu panjang ({length} karakter); maksimal {max} karakter.",
    "text.too_short": "Terlalu pendek; minimal {min} karakter.",
    "name.too_short": "Nama terlalu pendek (minimal {min} huruf). Contoh: <i>Budi Santoso</i>",
    "name.too_long": (
        "Nama terlalu panjang ({length} karakter; maksimal {max}). Contoh: <i>Budi Santoso, S.T.</i>"
    ),
    "name.no_letters": "Nama harus berisi huruf. Contoh: <i>Budi Santoso</i>",
    "name.invalid_chars": (
        "Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung "
        "(tidak boleh: {chars}). Contoh: <i>Ir. Budi Santoso, M.T.</i>"
    ),
    "position.too_short": "Jabatan terlalu pendek (minimal {min} karakter). Contoh: <i>Kasi Permukiman</i>",
    "position.too_long": (
        "Jabatan terlalu panjang ({length} karakter; maksimal {max}). "
        "Contoh: <i>Kepala Bidang Kawasan Permukiman</i>"
    ),
    "position.no_letters": "Jabatan harus berisi huruf. Contoh: <i>Staf Bidang Perumahan</i>",
    "position.invalid_chars": (
        "Jabatan berisi tanda yang tidak dipakai ({chars}). Contoh: <i>Kasi Permukiman</i>"
    ),
    "phone.letters": (
        "Nomor HP hanya berisi angka. Contoh: <i>0812 3456 7890</i>, atau tekan tombol "
        "<b>Kirim nomor HP saya</b>."
    ),
    "phone.invalid_chars": "Nomor HP berisi tanda yang tidak dipakai ({chars}). Contoh: <i>0812 3456 7890</i>",
    "phone.length": (
        "Nomor HP harus 10–13 angka (diawali 08); yang Anda ketik {digits} angka. "
        "Contoh: <i>0812 3456 7890</i>"
    ),
    "phone.not_mobile": (
        "Itu bukan nomor HP (nomor HP diawali 08 atau +62 8). Contoh: <i>0812 3456 7890</i>"
    ),
    "phone.not_indonesian": (
        "Mohon pakai nomor HP Indonesia (+62). Contoh: <i>0812 3456 7890</i> atau "
        "<i>+62 812 3456 7890</i>"
    ),
    "phone.not_own": (
        "Itu kontak orang lain. Mohon kirim nomor Anda sendiri: tekan tombol "
        "<b>Kirim nomor HP saya</b> atau ketik nomornya."
    ),
    "phone.expected": "Mohon ketik nomor HP Anda, atau tekan tombol <b>Kirim nomor HP saya</b>.",
    "regency.empty": "Mohon pilih kabupaten/kota dari tombol atau ketik namanya, misalnya <i>Kotim</i>.",
    "regency.unknown": (
        'Kabupaten/kota "{typed}" tidak dikenal. Pilih dari tombol (yang bertanda 👉 paling mirip), '
        "atau ketik nama atau singkatannya, misalnya <i>Kotim</i>, <i>Kab. Kapuas</i>, "
        "<i>Palangka Raya</i>."
    ),
    # --- registration ---
    "reg.title": "Pendaftaran petugas",
    "reg.full_name.label": "Nama lengkap",
    "reg.full_name.prompt": "Siapa nama lengkap Anda (dengan gelar bila ada)?",
    "reg.full_name.hint": "Contoh: <i>Ir. Budi Santoso, M.T.</i>",
    "reg.regency.label": "Kabupaten/kota",
    "reg.regency.prompt": "Anda bertugas di kabupaten/kota mana?",
    "reg.regency.hint": "Pilih tombol, atau ketik nama/singkatan: <i>Kotim</i>, <i>Kab. Kapuas</i>.",
    "reg.position.label": "Jabatan",
    "reg.position.prompt": "Apa jabatan Anda di dinas?",
    "reg.position.hint": "Contoh: <i>Kasi Kawasan Permukiman, Dinas Perkim Kab. Kapuas</i>",
    "reg.phone.label": "Nomor HP",
    "reg.phone.prompt": "Berapa nomor HP Anda yang bisa dihubungi?",
    "reg.phone.hint": "Tekan tombol <b>Kirim nomor HP saya</b>, atau ketik: <i>0812 3456 7890</i>",
    "reg.submitted": (
        "Terima kasih! Pendaftaran Anda sudah terkirim ke admin provinsi. "
        "Anda akan diberi tahu di chat ini setelah diperiksa."
    ),
    "reg.admin_request": (
        "🆕 <b>Pendaftaran petugas baru</b>\n"
        "Nama: {name}\nKabupaten/kota: {regency}\nJabatan: {position}\nHP: {phone}\n"
        "ID Telegram: <code>{user_id}</code>"
    ),
    "reg.stamped": "{request}\n\n{stamp}",
    "reg.stamp_ok": "✅ Disetujui oleh {admin}",
    "reg.stamp_no": "❌ Ditolak oleh {admin}",
    "reg.decided_ok": "Pendaftaran disetujui.",
    "reg.decided_no": "Pendaftaran ditolak.",
    "reg.already_decided": "Pendaftaran ini sudah diputuskan sebelumnya (status: {status}).",
    "reg.approved": "🎉 {name}, pendaftaran Anda <b>disetujui</b>. Selamat bergabung di Sinkron!",
    "reg.listed_ok": "✅ {name} disetujui sebagai petugas.",
    "reg.listed_no": "❌ Pendaftaran {name} ditolak.",
    "reg.rejected": (
        "Mohon maaf, {name}, pendaftaran Anda <b>tidak disetujui</b> oleh admin provinsi. "
        "Bila ada data yang keliru, ketik /start untuk mendaftar ulang, atau hubungi "
        "Disperkimtan Provinsi Kalimantan Tengah."
    ),
    # --- /petugas ---
    "officers.pending_title": "<b>Menunggu persetujuan: {n}</b>",
    "officers.pending_row": "#{number} {name} — {regency} — {position} — {phone}",
    "officers.active_title": "<b>Petugas aktif: {n}</b>",
    "officers.count_row": "• {regency}: {n}",
    "officers.hint": "Ketik <i>/petugas Kotim</i> untuk daftar petugas satu kabupaten/kota.",
    "officers.of_regency": "<b>Petugas aktif {regency}: {n}</b>",
    "officers.row": "• {name} — {position} — {phone}",
    "officers.unknown_regency": (
        'Kabupaten/kota "{typed}" tidak dikenal. Contoh: <i>/petugas Kotim</i>'
    ),
    "officers.unknown_regency_suggest": (
        'Kabupaten/kota "{typed}" tidak dikenal. Maksud Anda: {names}? '
        "Contoh: <i>/petugas Kotim</i>"
    ),
    # --- console (the terminal demo) ---
    "console.banner": (
        "Sinkron console — bot asli, Telegram tiruan. Basis data: {db}\n"
        "Anda: officer (Budi). Ketik /start untuk mulai.\n"
        "Perintah konsol: /as admin | /as officer2 (ganti identitas), /who, "
        "/contact [NOMOR], /loc LAT LON, /photo PATH, /doc PATH, /help, /quit.\n"
        "Tombol: ketik nomornya [1] atau labelnya; awali dengan \\ untuk mengirim teks apa adanya."
    ),
    "console.help": (
        "/as NAMA (officer, officer2…, admin, admin2, admin3) · /who · /contact [NOMOR] · "
        "/loc LAT LON · /photo PATH · /doc PATH · /quit\n"
        "Tombol: ketik nomor atau label; \\teks mengirim teks apa adanya."
    ),
    "console.you_are": "Anda sekarang: {key} ({name}).",
    "console.switched": "— Sekarang Anda: {key} ({name}) —",
    "console.bad_persona": 'Identitas "{key}" tidak dikenal. Pakai officer, officer2…, admin, admin2 atau admin3.',
    "console.bad_loc": "Format: /loc LAT LON, misalnya /loc -2.21 113.92",
    "console.no_file": "Berkas tidak ditemukan: {path}",
    "console.from_bot": "🤖 Sinkron → {name}:",
    "console.edited": "🤖 Sinkron (pesan diubah) → {name}:",
    "console.toast": "   (notifikasi) {text}",
    "console.waiting": "📨 {n} pesan baru untuk {key} (ketik /as {key})",
    "console.bye": "Sampai jumpa.",
}
