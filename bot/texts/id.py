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
    "cmd.usul": "Kirim usulan kegiatan baru (atau lanjutkan draf)",
    "cmd.tanya": "Tanya soal kewenangan dan aturan",
    "cmd.status": "Status usulan kabupaten/kota Anda",
    "cmd.pertanyaan": "Pertanyaan yang menunggu jawaban",
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
    "form.too_many_files": "Sudah {max}, batas maksimal. Tekan <b>Selesai</b> untuk lanjut.",
    "form.need_file": "Kirim paling sedikit satu dulu, lalu tekan <b>Selesai</b>.",
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
    # --- shared options ---
    "opt.yes": "Ya",
    "opt.no": "Tidak",
    "opt.unknown": "Belum tahu",
    # --- authority (UU 23/2014 Lampiran huruf D) ---
    "level.kabkota": "pemerintah kabupaten/kota",
    "level.provinsi": "pemerintah provinsi",
    "level.pusat": "pemerintah pusat",
    "channel.apbd_kabkota": "APBD kabupaten/kota",
    "channel.apbn": "APBN (program pemerintah pusat)",
    "channel.dak_ppkt": "DAK Tematik PPKT (penanganan kumuh terpadu)",
    "channel.apbdes": "Dana Desa (APBDes)",
    "channel.csr": "CSR",
    "rule.kumuh.under_10": "Kawasan kumuh dengan luas di bawah 10 ha ditangani kabupaten/kota — {source}.",
    "rule.kumuh.10_to_15": "Kawasan kumuh seluas 10 ha sampai di bawah 15 ha ditangani provinsi — {source}.",
    "rule.kumuh.15_up": "Kawasan kumuh seluas 15 ha atau lebih ditangani pemerintah pusat — {source}.",
    "rule.psu.permukiman": "PSU di kawasan permukiman adalah urusan provinsi — {source}.",
    "rule.psu.perumahan": "PSU di kawasan perumahan adalah urusan kabupaten/kota; provinsi menangani PSU permukiman — {source}.",
    "rule.bencana.provinsi": "Rumah bagi korban bencana provinsi adalah urusan provinsi — {source}.",
    "rule.bencana.kabkota": "Rumah bagi korban bencana kabupaten/kota adalah urusan kabupaten/kota — {source}.",
    "rule.bencana.nasional": "Rumah bagi korban bencana nasional adalah urusan pemerintah pusat — {source}.",
    "rule.relokasi.provinsi": "Rumah bagi warga yang dipindahkan oleh program provinsi adalah urusan provinsi — {source}.",
    "rule.relokasi.kabkota": "Rumah bagi warga yang dipindahkan oleh program kabupaten/kota adalah urusan kabupaten/kota — {source}.",
    "rule.relokasi.nasional": "Rumah bagi warga yang dipindahkan oleh program pemerintah pusat adalah urusan pemerintah pusat — {source}.",
    # --- proposal form ---
    "usul.title": "Usulan kegiatan",
    "usul.title_field.label": "Judul",
    "usul.title_field.prompt": "Apa judul usulan kegiatan ini?",
    "usul.title_field.hint": "Contoh: <i>Peningkatan kualitas kawasan kumuh Kelurahan Baamang Hulu</i>",
    "usul.type.label": "Jenis usulan",
    "usul.type.prompt": "Pilih jenis usulan:",
    "usul.type.kumuh": "Peningkatan kualitas kawasan kumuh",
    "usul.type.psu": "PSU (jalan lingkungan, drainase, dll.)",
    "usul.type.rumah": "Rumah korban bencana / relokasi",
    "usul.type.rtlh": "Perbaikan RTLH",
    "usul.type.lainnya": "Lainnya",
    "usul.psu_kind.label": "Lokasi PSU",
    "usul.psu_kind.prompt": "PSU ini untuk kawasan mana?\n• <b>Permukiman</b>: kampung/kelurahan/desa yang sudah dihuni\n• <b>Perumahan</b>: kompleks perumahan (pengembang/developer)",
    "usul.psu_kind.permukiman": "Kawasan permukiman",
    "usul.psu_kind.perumahan": "Kawasan perumahan",
    "usul.housing_cause.label": "Penyebab",
    "usul.housing_cause.prompt": "Rumah ini untuk siapa?",
    "usul.housing_cause.bencana": "Korban bencana",
    "usul.housing_cause.relokasi": "Warga yang direlokasi",
    "usul.housing_scale.label": "Skala bencana/program",
    "usul.housing_scale.prompt": "Bencana atau program relokasinya berskala apa?",
    "usul.housing_scale.provinsi": "Provinsi",
    "usul.housing_scale.kabkota": "Kabupaten/kota",
    "usul.housing_scale.nasional": "Nasional",
    "usul.sectors.label": "Sektor",
    "usul.sectors.prompt": "Sektor apa saja yang ditangani? Pilih satu atau lebih, lalu tekan <b>Selesai</b>.",
    "usul.sectors.air_minum": "Air minum",
    "usul.sectors.sanitasi": "Sanitasi/air limbah",
    "usul.sectors.persampahan": "Persampahan",
    "usul.sectors.drainase": "Drainase",
    "usul.sectors.jalan": "Jalan lingkungan",
    "usul.sectors.perumahan": "Perumahan",
    "usul.sectors.kebakaran": "Proteksi kebakaran",
    "usul.sectors.rth": "RTH",
    "usul.regency.label": "Kabupaten/kota",
    "usul.regency.prompt": "Usulan dari kabupaten/kota mana?",
    "usul.kecamatan.label": "Kecamatan",
    "usul.kecamatan.prompt": "Di kecamatan mana lokasinya?",
    "usul.kecamatan.hint": "Pilih tombol atau ketik nama kecamatannya.",
    "usul.village.label": "Desa/kelurahan",
    "usul.village.prompt": "Di desa/kelurahan mana?",
    "usul.village.hint": "Pilih tombol atau ketik nama desa/kelurahannya.",
    "usul.location_name.label": "Nama lokasi",
    "usul.location_name.prompt": "Apa nama lokasinya?{extra}",
    "usul.location_name.kumuh": " Tulis <b>sama persis dengan SK kumuh</b>.",
    "usul.location_name.hint": "Contoh: <i>Kawasan Tepian Sungai Mentaya RT 05</i>",
    "usul.setting.label": "Perkotaan/perdesaan",
    "usul.setting.prompt": "Lokasinya di perkotaan atau perdesaan?",
    "usul.setting.perkotaan": "Perkotaan",
    "usul.setting.perdesaan": "Perdesaan",
    "usul.area.label": "Luas",
    "usul.area.prompt": "Berapa luas lokasinya (untuk kumuh: luas sesuai delineasi SK kumuh)?",
    "usul.area.hint": "Contoh: <i>12,5 ha</i>, <i>12 hektar</i> atau <i>125.000 m2</i>",
    "usul.area.in_authority": "✅ Sesuai kewenangan provinsi: kawasan kumuh \u201c{quote}\u201d — {source}.",
    "usul.ack.label": "Kewenangan",
    "usul.ack.prompt": "⚖️ <b>Ini kewenangan {level}, bukan provinsi.</b>\n{basis}{unconfirmed}\n\nSaluran yang lebih tepat: {channels}.\n\nUsulan tetap bisa dikirim, tetapi akan dicatat <b>di luar kewenangan provinsi</b>. Lanjutkan?",
    "usul.ack.basis_quote": "Menurut {source}, provinsi menangani kawasan kumuh “{province}”; luas {area} masuk ketentuan “{quote}”.",
    "usul.ack.unconfirmed": "\n<i>Catatan: rumusan ketentuan untuk tingkat ini belum terkonfirmasi; periksa naskah resminya.</i>",
    "usul.ack.continue": "Lanjutkan (di luar kewenangan)",
    "usul.ack.cancel": "Batalkan usulan",
    "usul.households.label": "Jumlah KK",
    "usul.households.prompt": "Berapa kepala keluarga (KK) penerima manfaat?",
    "usul.households.hint": "Contoh: <i>120 KK</i>",
    "usul.people.label": "Jumlah jiwa",
    "usul.people.prompt": "Berapa jiwa penerima manfaat?",
    "usul.people.hint": "Contoh: <i>450 jiwa</i>",
    "usul.units.label": "Jumlah rumah",
    "usul.units.prompt": "Berapa unit rumah?",
    "usul.units.hint": "Contoh: <i>35 unit</i>",
    "usul.land.label": "Status lahan",
    "usul.land.prompt": "Apa status lahannya?",
    "usul.land.pemda": "Aset pemda kab/kota",
    "usul.land.desa": "Tanah desa",
    "usul.land.warga_sertifikat": "Tanah warga (sertifikat)",
    "usul.land.warga_skt": "Tanah warga (SKT)",
    "usul.land.lainnya": "Lainnya",
    "usul.clean_clear.label": "Clean and clear",
    "usul.clean_clear.prompt": "Apakah lahannya <i>clean and clear</i>?",
    "usul.clean_clear.hint": "Clean and clear: bersertifikat/berdokumen, sesuai tata ruang (RTRW/RDTR), tidak dalam sengketa.",
    "usul.sk_number.label": "Nomor SK kumuh",
    "usul.sk_number.prompt": "Berapa nomor SK Bupati/Wali Kota tentang lokasi kumuh?",
    "usul.sk_number.hint": "Contoh: <i>188.45/123/2022</i>",
    "usul.sk_date.label": "Tanggal SK kumuh",
    "usul.sk_date.prompt": "Tanggal SK kumuh tersebut?",
    "usul.sk_date.hint": "Contoh: <i>28/11/2022</i> atau <i>28 November 2022</i>",
    "usul.sk_date.future": "Tanggal {date} masih di masa depan. Ketik tanggal terbit SK, misalnya <i>28/11/2022</i>.",
    "usul.sk_date.old": "⚠️ SK ini sudah berumur {years} tahun. SK kumuh ditinjau paling lambat setiap {max} tahun (Permen PUPR 14/2018); siapkan SK pembaruannya bila ada.",
    "usul.in_sk.label": "Tercantum di SK",
    "usul.in_sk.prompt": "Apakah lokasi ini tercantum dalam SK kumuh tersebut?",
    "usul.in_sk.not_listed": "⚠️ Provinsi menangani lokasi yang tercantum dalam SK kumuh kabupaten/kota. Usulan tetap tercatat, tetapi sebaiknya lokasi dimasukkan dulu ke SK.",
    "usul.readiness.label": "Dokumen kesiapan",
    "usul.readiness.prompt": "Dokumen kesiapan apa saja yang sudah ada? Pilih semua yang ada (boleh kosong), lalu tekan <b>Selesai</b>.",
    "usul.readiness.hint": "Surat pernyataan: kesediaan menerima hibah dan melakukan operasi &amp; pemeliharaan (O&amp;P).",
    "usul.readiness.ded": "DED",
    "usul.readiness.rab": "RAB",
    "usul.readiness.siteplan": "Site plan",
    "usul.readiness.rks": "RKS",
    "usul.readiness.hibah_op": "Surat pernyataan hibah & O&P",
    "usul.cost.label": "Perkiraan biaya",
    "usul.cost.prompt": "Berapa perkiraan biayanya?",
    "usul.cost.hint": "Contoh: <i>Rp 1.500.000.000</i>, <i>1,5 M</i> atau <i>750 juta</i>",
    "usul.funding.label": "Sumber dana",
    "usul.funding.prompt": "Sumber dana yang diusulkan?",
    "usul.funding.apbd_prov": "APBD Provinsi",
    "usul.funding.apbn": "APBN",
    "usul.funding.dak": "DAK",
    "usul.funding.apbd_kab": "APBD Kab/Kota",
    "usul.funding.bankeu": "Bantuan keuangan provinsi",
    "usul.funding.csr": "CSR",
    "usul.funding.apbdes": "APBDes",
    "usul.funding.kombinasi": "Kombinasi",
    "usul.gps.label": "Titik lokasi",
    "usul.gps.prompt": "Kirim titik lokasi (tekan tombol <b>Kirim lokasi saya</b> saat berada di lokasi), atau ketik koordinatnya.",
    "usul.gps.hint": "Contoh: <i>-2.21, 113.92</i>. Tidak punya? Ketik /lewati.",
    "usul.gps.expected": "Mohon kirim lokasi lewat tombol, atau ketik koordinat seperti <i>-2.21, 113.92</i>.",
    "usul.gps.outside": "📍 Titik {lat}, {lon} berada <b>di luar Kalimantan Tengah</b>. Apakah sudah benar? (Periksa tanda minus pada lintang.)",
    "usul.photos.label": "Foto kondisi",
    "usul.photos.prompt": "Kirim foto kondisi lokasi saat ini (bisa beberapa foto). Tekan <b>Selesai</b> setelah semua terkirim.",
    "usul.photos.hint": "Maksimal 10 foto.",
    "usul.photos.not_image": "Berkas itu bukan foto. Kirim foto (JPG/PNG), lalu tekan <b>Selesai</b>.",
    "usul.documents.label": "Dokumen pendukung",
    "usul.documents.prompt": "Kirim dokumen pendukung dalam PDF (DED, RAB, SK, surat pernyataan), lalu tekan <b>Selesai</b>. Tidak ada? Ketik /lewati.",
    "usul.documents.hint": "Maksimal 5 berkas PDF.",
    "usul.documents.not_pdf": "Mohon kirim berkas PDF. Berkas lain (Word, Excel) simpan dulu sebagai PDF.",
    "usul.justification.label": "Alasan/urgensi",
    "usul.justification.prompt": "Tuliskan alasan dan urgensi usulan ini.",
    "usul.justification.hint": "Contoh: <i>Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak.</i>",
    # --- proposal parsers ---
    "area.not_number": "Luas harus berupa angka. Contoh: <i>12,5 ha</i> atau <i>125.000 m2</i>",
    "area.ambiguous": "\u201c{typed}\u201d bisa dibaca {thousands} atau {decimal}. Ketik salah satunya, misalnya <i>12,5 ha</i>.",
    "area.ambiguous_unit": "Satuan \u201c{unit}\u201d adalah panjang, bukan luas. Pakai <i>ha</i> atau <i>m2</i>, misalnya <i>125.000 m2</i>.",
    "area.zero": "Luas tidak boleh nol. Contoh: <i>12,5 ha</i>",
    "area.negative": "Luas tidak boleh negatif. Contoh: <i>12,5 ha</i>",
    "area.too_small": "Luas terlalu kecil (minimal {min}). Contoh: <i>0,5 ha</i>",
    "area.too_large": "Luas terlalu besar (harus di bawah {max}). Periksa lagi angkanya, misalnya <i>12,5 ha</i>.",
    "money.not_number": "Biaya harus berupa angka rupiah. Contoh: <i>Rp 1.500.000.000</i>, <i>1,5 M</i> atau <i>750 juta</i>",
    "money.ambiguous": "\u201c{typed}\u201d bisa dibaca {thousands} atau {decimal}. Ketik salah satunya, misalnya <i>1,5 M</i> atau <i>Rp 1.500.000</i>.",
    "money.zero": "Biaya tidak boleh nol. Contoh: <i>750 juta</i>",
    "money.negative": "Biaya tidak boleh negatif. Contoh: <i>750 juta</i>",
    "money.missing_unit": "Rp {value} terlalu kecil; mungkin satuannya lupa? Contoh: <i>{value} M</i> atau <i>{value} juta</i>",
    "money.too_small": "Biaya terlalu kecil (minimal {min}). Contoh: <i>750 juta</i>",
    "money.too_large": "Biaya terlalu besar (harus di bawah {max}). Contoh: <i>1,5 M</i>",
    "count.not_number": "Mohon ketik angka bulat. Contoh: <i>120 KK</i> atau <i>450 jiwa</i>",
    "count.wrong_unit": "Yang ditanyakan jumlah {expected}, bukan {typed}. Ketik angkanya saja, misalnya <i>120</i>.",
    "count.ambiguous": "\u201c{typed}\u201d bisa dibaca {thousands} atau {decimal}. Ketik angka bulat, misalnya <i>1.200</i>.",
    "count.zero": "Jumlah tidak boleh nol. Contoh: <i>120</i>",
    "count.negative": "Jumlah tidak boleh negatif. Contoh: <i>120</i>",
    "count.not_whole": "Jumlah harus bilangan bulat (bukan {typed}). Contoh: <i>120</i>",
    "count.too_large": "Jumlah terlalu besar (maksimal {max}). Periksa lagi angkanya.",
    "date.format": "Tanggal tidak dikenali. Contoh: <i>28/11/2022</i>, <i>28-11-2022</i> atau <i>28 November 2022</i>",
    "date.out_of_range": "Tahun harus antara {min} dan {max}. Contoh: <i>28/11/2022</i>",
    "date.invalid": "Tanggal {day}/{month}/{year} tidak ada di kalender. Urutannya hari/bulan/tahun, misalnya <i>28/11/2022</i>.",
    "date.weekday_mismatch": "{date} bukan hari yang Anda sebut. Ketik tanggalnya saja, misalnya <i>28/11/2022</i>.",
    "coords.format": "Koordinat tidak dikenali. Contoh: <i>-2.21, 113.92</i> (lintang, bujur), atau tekan tombol <b>Kirim lokasi saya</b>.",
    "coords.short_link": "Tautan pendek Google Maps tidak bisa dibaca. Tekan tombol <b>Kirim lokasi saya</b>, atau ketik koordinat seperti <i>-2.21, 113.92</i>.",
    "coords.swapped": "Sepertinya urutannya terbalik (bujur dulu). Ketik lintang dulu, misalnya <i>{lat}, {lon}</i>.",
    "coords.out_of_range": "Koordinat {lat}, {lon} di luar rentang koordinat yang mungkin. Contoh: <i>-2.21, 113.92</i>",
    "kecamatan.unknown": "Kecamatan \u201c{typed}\u201d tidak ada di {regency}. Pilih tombol (yang bertanda 👉 paling mirip) atau ketik nama lain.",
    "village.unknown": "Desa/kelurahan \u201c{typed}\u201d tidak ada di Kecamatan {kecamatan}. Pilih tombol (yang bertanda 👉 paling mirip) atau ketik nama lain.",
    "village.other_kecamatan": "\u201c{typed}\u201d ada di Kecamatan {kecamatan}, bukan di kecamatan yang dipilih. Ketik /kembali untuk mengganti kecamatan, atau pilih desa dari tombol.",
    # --- /usul ---
    "usul.draft_open": "Anda punya usulan yang belum selesai: <b>{title}</b> ({where}). Lanjutkan atau mulai baru?",
    "usul.start_choice": "Buat usulan baru dari awal, atau salin dari usulan lama (lokasi, data dan biaya ikut tersalin; judul, titik lokasi, foto dan dokumen diisi baru)?",
    "usul.choose_copy": "Pilih usulan yang akan disalin:",
    "usul.copy_missing": "Usulan itu tidak ditemukan atau bukan dari kabupaten/kota Anda.",
    "usul.new_started": "Draf lama dihapus. Kita mulai usulan baru.",
    "btn.usul_resume": "▶️ Lanjutkan draf",
    "btn.usul_new": "🆕 Mulai baru",
    "btn.usul_blank": "🆕 Usulan baru",
    "btn.usul_copy": "📋 Salin usulan lama",
    "usul.submitted": "✅ <b>Usulan terkirim.</b>\nKode: <code>{code}</code>\nStatus: diajukan\n{level_line}\n\nSelanjutnya Disperkimtan memeriksa kelengkapan dan kesiapan (verifikasi), lalu usulan dibahas di Rakor. Setiap perubahan status akan diberitahukan di chat ini. Cek status kapan saja: <code>/status {code}</code>.",
    "usul.level_province": "Kewenangan: provinsi.",
    "usul.level_outside": "⚖️ Dicatat <b>di luar kewenangan provinsi</b> (kewenangan {level}).",
    "usul.level_unknown": "Kewenangan: akan diperiksa Disperkimtan.",
    "usul.admin_new": "📥 <b>Usulan baru {code}</b>\n{regency} — {type}\nLuas: {area} · Biaya: {cost}\nKewenangan: {level}\nDari: {officer}\nJudul: {title}",
    "usul.admin_level_unknown": "belum ditentukan",
    "usul.admin_outside": "{level} (di luar kewenangan provinsi)",
    # --- questions (/tanya) ---
    "qa.intro": "Tanyakan apa saja soal kewenangan dan aturan perumahan &amp; kawasan permukiman: ketik <code>/tanya</code> lalu pertanyaannya, atau ketik pertanyaannya langsung. Contoh (tekan untuk mencoba):",
    "qa.hello": "Halo, {name}! 👋 Ketik pertanyaan Anda, atau /bantuan untuk daftar perintah.",
    "qa.hello_guest": "Halo, {name}! 👋 Ketik pertanyaan Anda, atau /start untuk mendaftar sebagai petugas.",
    "qa.source": "📚 Sumber: {source}",
    "qa.unconfirmed": "<i>⚠️ Sebagian rumusan di sini belum terkonfirmasi dengan naskah resmi; periksa naskahnya sebelum dijadikan dasar.</i>",
    "qa.unsure": "Saya belum yakin maksud pertanyaan Anda. Apakah salah satu ini? Atau teruskan ke petugas provinsi.",
    "qa.unknown": "Maaf, pertanyaan ini belum ada di basis pengetahuan saya, dan saya tidak mau menebak. Teruskan ke petugas provinsi? Jawabannya akan dikirim ke chat ini.",
    "qa.area": "⚖️ Kawasan kumuh seluas <b>{area}</b> menjadi kewenangan <b>{level}</b>.",
    "qa.area_basis": "Dasar: {source}, ketentuan \u201c{quote}\u201d. Luas yang dihitung adalah luas lokasi sesuai delineasi dalam SK kumuh.",
    "qa.area_propose": "Usulkan penanganannya ke provinsi dengan /usul.",
    "qa.area_channels": "Bukan kewenangan provinsi. Saluran yang lebih tepat: {channels}.",
    "qa.sent": "🙋 Pertanyaan Anda sudah diteruskan ke petugas provinsi. Jawabannya akan dikirim di chat ini.",
    "qa.already_sent": "Pertanyaan ini sudah diteruskan sebelumnya.",
    "qa.admin_question": "❓ <b>Pertanyaan dari {name}</b> ({regency}):\n{question}\n\n<i>Balas (reply) pesan ini untuk menjawab; jawaban Anda diteruskan ke penanya.</i>",
    "qa.province_answer": "💬 <b>Jawaban petugas provinsi</b> atas pertanyaan Anda:\n<i>{question}</i>\n\n{answer}",
    "qa.answer_relayed": "✅ Jawaban terkirim ke {name}.",
    "qa.answer_undelivered": "⚠️ Jawaban tersimpan, tetapi tidak bisa dikirim ke {name} (mungkin memblokir bot).",
    "qa.answer_failed": "Jawaban tidak bisa dicatat untuk pertanyaan ini.",
    "qa.open_title": "<b>Pertanyaan menunggu jawaban: {n}</b>\nBalas (reply) salah satu pesan di bawah untuk menjawabnya.",
    "qa.open_row": "❓ #{id} ({when})\n{question}",
    "btn.ask_province": "🙋 Tanya petugas provinsi",
    # --- proposal status ---
    "status.title": "<b>Usulan kabupaten/kota Anda ({n} terbaru):</b>",
    "status.row": "<code>{code}</code> — {title}\nStatus: <b>{status}</b> · perubahan terakhir {when}",
    "status.none": "Belum ada usulan dari kabupaten/kota Anda. Kirim usulan dengan /usul.",
    "status.not_found": "Usulan {code} tidak ditemukan di kabupaten/kota Anda. Periksa kodenya, misalnya <code>USL-2026-0001</code>.",
    "status.register_first": "Status usulan hanya untuk petugas terdaftar. Ketik /start untuk mendaftar.",
    "proposal.diajukan": "diajukan",
    "proposal.verifikasi": "verifikasi",
    "proposal.dibahas_rakor": "dibahas di Rakor",
    "proposal.disetujui": "disetujui",
    "proposal.ditolak": "ditolak",
    "proposal.dialihkan": "dialihkan",
    "proposal.perlu_perbaikan": "perlu perbaikan",
    "proposal.dibatalkan": "dibatalkan",
    "form.no_longer_allowed": "Maaf, akun Anda saat ini tidak berhak mengirim isian ini (mungkin belum/tidak lagi disetujui). Draf tetap tersimpan; hubungi admin provinsi.",
    "usul.area.large": "Luas {area} besar sekali (seluruh lokasi kumuh Kalteng sekitar 7.000 ha). Sudah benar, atau maksudnya m2? Contoh: <i>12.500 m2</i>",
    "usul.cost.small": "Biaya {cost} kecil sekali untuk kegiatan fisik. Sudah benar, atau satuannya lupa? Contoh: <i>750 juta</i>",
    "usul.people.fewer_than_households": "Jumlah jiwa ({people}) tidak mungkin lebih kecil dari jumlah KK ({households}); setiap KK paling sedikit satu jiwa. Ketik jumlah jiwa, misalnya <i>450 jiwa</i>.",
    "usul.readiness.kesepakatan": "Kesepakatan masyarakat",
    "usul.readiness.surat_kepala_daerah": "Surat Bupati/Wali Kota",
    "usul.land.rtlh_own_land": "⚠️ RTLH lewat provinsi mensyaratkan rumah di atas tanah milik penerima sendiri (paling sedikit SKT); penerima ditetapkan dengan SK Gubernur.",
    "usul.caution.not_in_sk": "⚠️ Lokasi belum tercantum dalam SK kumuh.",
    "usul.caution.old_sk": "⚠️ SK kumuh berumur lebih dari 5 tahun.",
    "usul.caution.rtlh_land": "⚠️ RTLH bukan di atas tanah milik penerima.",
    "usul.level_summary_unknown": "akan diperiksa Disperkimtan",
    "usul.level_summary_outside": "{level} (di luar kewenangan provinsi)",
    "usul.no_draft": "Tidak ada draf usulan. Ketik /usul untuk mulai.",
    "btn.usul_delete": "🗑 Ya, hapus draf",
    "usul.confirm_delete": "Hapus draf <b>{title}</b> ({n} jawaban) dan mulai dari awal? Jawaban yang terhapus tidak bisa dikembalikan.",
    "usul.copy_draft_open": "Anda masih punya draf usulan. Selesaikan dulu, atau ketik /usul lalu pilih <b>Mulai baru</b>.",
    "usul.at_summary": "tinggal diperiksa dan dikirim",
    "usul.at_step": "langkah {n} dari {total}",
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
