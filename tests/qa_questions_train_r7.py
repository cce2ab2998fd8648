"""Training table R7 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

The boundary between the bot's live intents and its topics: 24 messages per intent (the
officer's own proposals, the next meeting, the deadline, greetings, how to send a proposal
through the bot), and about 80 questions in the same words that a general topic answers
(what a status means, what the Rakor is, what a proposal must hold). Chat spelling, formal,
very short and long; about one in eight in English; no regional words, no deliberate typos.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R7_INTENTS: list[tuple[str, str]] = [
    # status: the officer's OWN proposals (where they stand, accepted or not, why rejected)
    ("usulan saya USL-2026-0014 sudah sampai mana?", "status"),
    ("status?", "status"),
    (
        "Mohon info, bagaimana perkembangan usulan jalan lingkungan Kelurahan Pahandut "
        "yang kami kirim bulan lalu?",
        "status",
    ),
    ("usulan kami yg drainase di Baamang Hulu udh diverifikasi blm?", "status"),
    ("kenapa usulan kami ditolak ya? alasannya apa", "status"),
    ("usulan kumuh Kotim yg kami kirim diterima gak?", "status"),
    ("cek status usulan Kapuas dong", "status"),
    ("Is our proposal USL-2026-0021 approved yet?", "status"),
    (
        "Kami dari Dinas Perkim Katingan. Tiga usulan sudah kami kirim sejak awal bulan dan "
        "sampai sekarang belum ada kabar. Apakah ada yang perlu diperbaiki?",
        "status",
    ),
    ("usulan 0007 kok dialihkan? dialihkan ke mana?", "status"),
    ("daftar usulan kab kami yg sudah masuk apa aja?", "status"),
    ("usl 2026 3 gmn kabarnya", "status"),
    (
        "Apakah usulan RTLH Kecamatan Kahayan Hulu Utara yang kami ajukan sudah dibahas di Rakor?",
        "status",
    ),
    ("usulan kami yg dikembalikan itu catatan perbaikannya apa?", "status"),
    (
        "Selamat siang, saya mau tanya usulan PSU Desa Teluk Pulai yang kami ajukan sudah "
        "disetujui atau belum?",
        "status",
    ),
    ("udh 2 minggu usulan kami blm ada kabar, masih diajukan aja statusnya?", "status"),
    ("What's the status of the proposals we sent from Barito Utara?", "status"),
    ("brp usulan Gumas yg sudah disetujui tahun ini?", "status"),
    ("usulan terakhir saya statusnya apa sekarang", "status"),
    (
        "Mohon konfirmasi apakah usulan penanganan kawasan kumuh 12 ha di Mentawa Baru Hilir "
        "sudah lolos verifikasi.",
        "status",
    ),
    ("dari usulan kami, mana aja yg masuk pembahasan rakor?", "status"),
    ("Why was our drainage proposal for Tanah Mas rejected?", "status"),
    (
        "tolong cek usulan Pulpis yg dikirim pak Kabid kemarin, udh diterima sistem belum?",
        "status",
    ),
    ("usulan jaling Kanarakan kami ada yg ditolak gak?", "status"),
    # meeting: when/where the NEXT Rakor or coordination meeting is, confirmed or not
    ("rakor kpn?", "meeting"),
    ("Rakor tahun ini jadi dilaksanakan tanggal berapa?", "meeting"),
    ("rakor nanti di gedung mana? biar saya pesan penginapan dekat situ", "meeting"),
    ("rakor nanti jam brp mulainya?", "meeting"),
    (
        "Apakah jadwal Rakor Bidang Kawasan Permukiman tahun ini sudah pasti atau masih tentatif?",
        "meeting",
    ),
    ("When is the next coordination meeting?", "meeting"),
    ("rapat minggu depan jadi gak?", "meeting"),
    ("rakor taun ini di aula disperkimtan lagi atau di hotel?", "meeting"),
    (
        "Kami dari Barito Timur perlu mengajukan SPPD ke pimpinan, jadi mohon info pasti "
        "kapan dan di mana Rakor berikutnya.",
        "meeting",
    ),
    ("ada rapat dgn provinsi dlm waktu dekat gak?", "meeting"),
    ("jadwal rapat berikutnya?", "meeting"),
    ("sesi pembahasan usulan kabupaten di rakor nanti jam berapa?", "meeting"),
    ("undangan rakor udh keluar blm?", "meeting"),
    ("Rapat sinkronisasi berikutnya hari apa ya?", "meeting"),
    ("Is the Rakor date confirmed already?", "meeting"),
    ("Rakor dan Sinkronisasi 2026 diadakan hari apa ya?", "meeting"),
    ("rakor nanti mulai pagi atau siang?", "meeting"),
    ("Mohon informasi waktu dan lokasi rapat koordinasi yang akan datang.", "meeting"),
    ("Rakor bulan depan jadi atau diundur?", "meeting"),
    ("acara rakor nanti sampai jam brp selesainya?", "meeting"),
    ("ada info rapat terbaru gak utk kab/kota?", "meeting"),
    ("Where will the next Rakor be held?", "meeting"),
    ("rapat yg baru diumumkan itu tgl brp ya, saya lupa", "meeting"),
    ("tahun ini rakornya bulan apa?", "meeting"),
    # deadline: the last day/time to send proposals this cycle, whether sending is still open
    ("deadline usulan kpn?", "deadline"),
    ("tanggal penutupan usulan udh diumumkan belum?", "deadline"),
    ("masih bisa kirim usulan gak?", "deadline"),
    ("Usulan untuk TA 2027 paling lambat dikirim kapan?", "deadline"),
    ("What is the deadline for proposals this year?", "deadline"),
    ("tenggat usulan jam brp tutupnya? sampai tengah malam atau jam kantor?", "deadline"),
    ("pengiriman usulan udh ditutup blm?", "deadline"),
    (
        "Kami masih menunggu tanda tangan Bupati untuk surat usulan. Sampai kapan usulan "
        "masih bisa dikirim?",
        "deadline",
    ),
    ("batas waktu?", "deadline"),
    ("tgl terakhir masukin usulan?", "deadline"),
    ("Are you still accepting proposals for next year's budget?", "deadline"),
    ("kalau kirim usulan besok masih diterima kah?", "deadline"),
    ("Mohon informasi batas waktu penyampaian usulan kegiatan tahun ini.", "deadline"),
    ("tinggal brp hari lagi usulan ditutup?", "deadline"),
    ("penerimaan usulan ditutup sebelum rakor atau masih boleh nyusul?", "deadline"),
    ("kemarin ada pengingat H-3, berarti penutupan usulan tgl brp?", "deadline"),
    ("Kab Seruyan belum kirim usulan sama sekali, apakah masih ada waktu?", "deadline"),
    ("penerimaan usulan masih dibuka sampai akhir bulan ini?", "deadline"),
    ("deadline usulan diperpanjang gak?", "deadline"),
    ("Pada hari terakhir, penerimaan usulan ditutup pukul berapa WIB?", "deadline"),
    ("Until when can we still send proposals?", "deadline"),
    ("usulan utk tahun anggaran depan udh bisa dikirim? sampai kapan?", "deadline"),
    ("udh lewat batas belum ya kalau kirim usulan skrg?", "deadline"),
    (
        "kami baru dapat data lokasi hari ini, keburu gak kalau usulan dikirim minggu depan?",
        "deadline",
    ),
    # greeting: hello, thanks, good morning, what can you do, help, ok siap, goodbye
    ("halo", "greeting"),
    ("Selamat pagi", "greeting"),
    ("terima kasih banyak infonya", "greeting"),
    ("makasih ya", "greeting"),
    ("ok siap", "greeting"),
    ("siap, dimengerti", "greeting"),
    ("Hi there", "greeting"),
    ("saya baru pertama pakai, bot ini bisa bantu apa?", "greeting"),
    ("help", "greeting"),
    ("bantuan", "greeting"),
    ("Assalamualaikum", "greeting"),
    ("selamat siang pak", "greeting"),
    ("sampai jumpa", "greeting"),
    ("Thanks, that helps.", "greeting"),
    ("oke noted, trims", "greeting"),
    ("selamat sore, salam kenal, saya petugas baru dari Lamandau", "greeting"),
    ("pagi min", "greeting"),
    ("What can you do?", "greeting"),
    ("Baik, terima kasih atas bantuannya. Selamat malam.", "greeting"),
    ("sip", "greeting"),
    ("tes", "greeting"),
    ("permisi, boleh tanya-tanya?", "greeting"),
    ("udah dulu ya, makasih", "greeting"),
    ("Hai Sinkron", "greeting"),
    # how_to_submit: sending a proposal THROUGH THIS BOT (command, steps, files, fixing it)
    ("ngusul lewat bot ini langkahnya gmn? mulai dari mana", "how_to_submit"),
    ("Bagaimana langkah-langkah mengajukan usulan melalui Sinkron?", "how_to_submit"),
    ("perintahnya apa buat ngusul?", "how_to_submit"),
    ("bisa lampirkan file PDF RAB di usulan gak?", "how_to_submit"),
    ("How do I submit a proposal through this bot?", "how_to_submit"),
    ("usulan yg udh saya kirim ada salah angka biaya, bisa diedit gak?", "how_to_submit"),
    ("foto lokasi dikirim di bagian mana pas isi usulan?", "how_to_submit"),
    ("mau ngusul drainase buat Kelurahan Menteng, mulainya dari mana?", "how_to_submit"),
    (
        "Kalau pengisian formulir usulan terputus karena sinyal hilang, apakah harus "
        "mengulang dari awal?",
        "how_to_submit",
    ),
    ("bisa bikin usulan baru dgn menyalin usulan tahun lalu?", "how_to_submit"),
    ("Can I attach the DED drawings to my proposal?", "how_to_submit"),
    (
        "usulan kami dikembalikan utk perbaikan, cara kirim ulang revisinya gimana?",
        "how_to_submit",
    ),
    (
        "Titik GPS lokasi usulan bisa dikirim lewat fitur bagikan lokasi Telegram?",
        "how_to_submit",
    ),
    ("kirim usulan", "how_to_submit"),
    (
        "Saya ingin mengajukan usulan PSU jalan lingkungan untuk Desa Sungai Bakau, mohon dipandu.",
        "how_to_submit",
    ),
    ("usulan salah kirim, bisa saya batalkan sendiri gak?", "how_to_submit"),
    ("brp foto maksimal yg bisa diupload di usulan?", "how_to_submit"),
    ("mau input usulan baru, ketik apa?", "how_to_submit"),
    ("Is there a way to change a proposal after I've sent it?", "how_to_submit"),
    ("dokumen pendukungnya lebih dari 5 file, gimana ngirimnya?", "how_to_submit"),
    (
        "Setelah semua pertanyaan di formulir usulan terjawab, bagaimana cara mengirimkannya "
        "secara final?",
        "how_to_submit",
    ),
    ("cara ajukan usulan RTLH lewat sini gmn?", "how_to_submit"),
    ("tadi isi usulan baru setengah jalan, gimana lanjutinnya?", "how_to_submit"),
    ("bisa kirim usulan dari Telegram di laptop, gak harus dari HP?", "how_to_submit"),
]

TRAIN_R7_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # bot.status: what each proposal status means in general
    ("status 'verifikasi' itu artinya apa?", "bot.status"),
    ("apa beda status diajukan dengan verifikasi?", "bot.status"),
    ("status usulan di bot ini ada apa aja?", "bot.status"),
    ("kalau statusnya 'dibahas di Rakor' maksudnya gimana?", "bot.status"),
    ("What does the status 'perlu perbaikan' mean?", "bot.status"),
    ("usulan yg statusnya sudah disetujui bisa berubah lagi gak?", "bot.status"),
    ("Status dibatalkan itu untuk usulan yang bagaimana?", "bot.status"),
    ("urutan status usulan dari awal kirim sampai disetujui gmn?", "bot.status"),
    ("Apakah status diajukan berarti usulan sudah diterima provinsi?", "bot.status"),
    # bot.ditolak_dialihkan: what rejected/redirected means and what to do next
    ("kalau usulan ditolak, langkah selanjutnya apa?", "bot.ditolak_dialihkan"),
    (
        "usulan dialihkan ke DAK atau APBN itu artinya provinsi gak danai?",
        "bot.ditolak_dialihkan",
    ),
    ("alasan usulan ditolak biasanya apa aja?", "bot.ditolak_dialihkan"),
    ("usulan yg ditolak boleh diajukan lagi tahun depan?", "bot.ditolak_dialihkan"),
    ("What happens to a proposal that is redirected?", "bot.ditolak_dialihkan"),
    ("apa bedanya ditolak dengan dialihkan?", "bot.ditolak_dialihkan"),
    (
        "Jika sebuah usulan dialihkan ke APBD kabupaten, apa yang sebaiknya dilakukan "
        "dinas pengusul?",
        "bot.ditolak_dialihkan",
    ),
    ("kalau keputusan ditolak ternyata keliru, bisa dikoreksi gak?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut: the follow-up standard in general
    ("berapa lama biasanya usulan diverifikasi provinsi?", "bot.tindak_lanjut"),
    ("ada standar waktu tindak lanjut usulan gak?", "bot.tindak_lanjut"),
    ("kenapa bot pakai patokan LAPOR! untuk tindak lanjut usulan?", "bot.tindak_lanjut"),
    ("Is there a service standard for how fast proposals get a response?", "bot.tindak_lanjut"),
    # bot.rapat: meeting invitations in the bot (attendance, representatives, reminders)
    ("kalau saya gak bisa hadir rakor, boleh diwakilkan?", "bot.rapat"),
    ("pengingat rapat dikirim brp kali sebelum acara?", "bot.rapat"),
    ("cara konfirmasi kehadiran rapat di bot gmn?", "bot.rapat"),
    ("undangan rapat dari bot bisa dimasukkan ke kalender HP?", "bot.rapat"),
    ("How do I tell the bot who will represent our office at a meeting?", "bot.rapat"),
    # siklus.rakor: what the Rakor is, in general
    ("rakor itu apa?", "siklus.rakor"),
    ("Rakor Bidang Kawasan Permukiman biasanya membahas apa saja?", "siklus.rakor"),
    ("siapa aja peserta rakor?", "siklus.rakor"),
    ("rakor diadakan brp kali setahun?", "siklus.rakor"),
    ("apa tujuan rakor sinkronisasi kawasan permukiman?", "siklus.rakor"),
    (
        "Does the Rakor decide which proposals get funded?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    ("rakor tahun-tahun sebelumnya diadakan kapan aja?", "siklus.rakor"),
    ("Kenapa tanggal Rakor tidak sama setiap tahun?", "siklus.rakor"),
    # siklus.tahunan and siklus.rkpd_apbd: the yearly cycle in general
    ("siklus usulan tiap tahun itu gmn alurnya?", "siklus.tahunan"),
    ("usulan yg dikirim tahun ini utk tahun anggaran brp?", "siklus.tahunan"),
    ("Biasanya kapan kabupaten mulai menyiapkan usulan untuk tahun berikutnya?", "siklus.tahunan"),
    ("tahapan dari nyusun usulan sampai aset diserahkan apa aja?", "siklus.tahunan"),
    ("setelah rakor, usulan yg disetujui masuk ke mana?", "siklus.rkpd_apbd"),
    ("hubungan rakor dengan musrenbang provinsi apa?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui pasti dapat anggaran di APBD?", "siklus.rkpd_apbd"),
    ("kapan usulan masuk RKPD provinsi?", "siklus.rkpd_apbd"),
    # siklus.pemeriksaan: how the province checks proposals
    ("apa saja yg dicek provinsi waktu verifikasi usulan?", "siklus.pemeriksaan"),
    (
        "Apakah provinsi melakukan peninjauan lapangan sebelum usulan diputuskan?",
        "siklus.pemeriksaan",
    ),
    ("How does the province check a proposal?", "siklus.pemeriksaan"),
    # disperkimtan.kontak: who at the province handles proposals
    ("alamat kantor Disperkimtan Kalteng di mana?", "disperkimtan.kontak"),
    (
        "Bidang apa di Disperkimtan yang menangani usulan kawasan permukiman?",
        "disperkimtan.kontak",
    ),
    ("kalau mau konsultasi langsung soal usulan, datang ke mana?", "disperkimtan.kontak"),
    ("Who at the province handles our proposals?", "disperkimtan.kontak"),
    # usulan.*: what a proposal must contain and its documents
    ("usulan harus berisi apa aja?", "usulan.isi"),
    ("Why does the form ask for so much detail about each proposal?", "usulan.isi"),
    ("jenis usulan apa aja yg bisa diajukan ke provinsi?", "usulan.jenis"),
    ("selain kumuh dan PSU, usulan jenis apa lagi yg bisa dikirim?", "usulan.jenis"),
    ("dokumen apa aja yg wajib dilampirkan di usulan?", "usulan.kesiapan"),
    ("readiness criteria usulan PSU apa aja?", "usulan.kesiapan"),
    ("surat dari Bupati perlu dilampirkan di usulan gak?", "usulan.kesiapan"),
    ("DED sama RAB wajib ada sebelum ngusul?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting yg dilampirkan harus seperti apa?", "usulan.dokumen_teknis"),
    ("Do we need a site plan for a drainage proposal?", "usulan.dokumen_teknis"),
    ("lahan usulan harus clean and clear maksudnya gmn?", "usulan.lahan"),
    ("status lahan untuk usulan harus milik pemda?", "usulan.lahan"),
    ("usulan kumuh wajib pakai SK kumuh?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2019, masih bisa dipakai untuk usulan?", "usulan.sk_kumuh"),
    ("surat pernyataan hibah dan O&P di usulan itu isinya apa?", "usulan.surat_pernyataan"),
    (
        "Siapa yang menandatangani surat pernyataan kesanggupan pemeliharaan untuk usulan?",
        "usulan.surat_pernyataan",
    ),
    ("data lokasi apa aja yg perlu diisi di usulan?", "usulan.lokasi"),
    ("titik koordinat lokasi usulan wajib ada gak?", "usulan.lokasi"),
    ("sumber dana yg bisa dipilih di usulan apa aja?", "usulan.penerima_biaya"),
    ("kenapa jumlah KK dan jiwa harus diisi di usulan?", "usulan.penerima_biaya"),
    ("syarat usulan RTLH ke provinsi apa aja?", "usulan.rtlh"),
    ("warga mau minta jalan lingkungan langsung ke provinsi, bisa gak?", "usulan.psu_masyarakat"),
    # bot.cara_pakai and bot.usul: how the bot works in general
    ("jam yg dipakai bot ini WIB atau WITA?", "bot.cara_pakai"),
    ("gimana cara daftar jadi petugas di Sinkron?", "bot.cara_pakai"),
    ("Can I use the bot in English?", "bot.cara_pakai"),
    (
        "saya udh daftar tapi blm bisa kirim usulan maupun lihat status, kenapa ya?",
        "bot.cara_pakai",
    ),
    ("daftar perintah yg bisa dipakai petugas kab/kota apa aja?", "bot.cara_pakai"),
    ("arti kode USL-2026-0005 itu apa?", "bot.usul"),
    ("usulan yg bukan kewenangan provinsi tetap bisa dikirim lewat /usul?", "bot.usul"),
    ("kenapa pertanyaan di /usul beda-beda tiap jenis usulan?", "bot.usul"),
    # other topics asked in the same words
    (
        "kenapa usulan kumuh di bawah 10 ha biasanya ditolak provinsi?",
        ("kewenangan.kumuh", "bot.ditolak_dialihkan"),
    ),
    ("usulan jalan di perumahan developer masuk kewenangan siapa?", "kewenangan.psu"),
    ("usulan yg bukan kewenangan provinsi bisa didanai dari mana?", "pendanaan.saluran_lain"),
    ("setelah usulan selesai dibangun, asetnya jadi milik siapa?", "hibah.aset"),
    ("selain rakor, ada forum koordinasi PKP lain gak di kabupaten?", "koordinasi.pokja_pkp"),
    ("rakor kepanjangannya apa?", "istilah.rakor"),
]
