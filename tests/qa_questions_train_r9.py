"""Training table R9 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

What is not a knowledge-base topic: the live intents (the officer's own proposals, the next
meeting, the deadline, greetings, how to send through the bot), questions to hand over that
use the topics' own words, and topic questions in the same words beside them; in round 35's
styles (other roles, Dayak Ngaju words, autocorrect damage, emoji, chit-chat first).

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R9_INTENTS: list[tuple[str, str]] = [
    # --- status: the officer's own proposals ---
    (
        "Usulan jalan lingkungan kami dari Kotim yang dikirim bulan lalu sudah sampai mana ya?",
        "status",
    ),
    ("USL-2026-0007 statusnya apa skrg?", "status"),
    ("Pak, usulkan kami yang drainase di Baamang udah diverifikasi belum? 🙏", "status"),
    ("Kilen kabar usulan kumuh Kapuas ikei? Jida ada kabar sejak September", "status"),
    (
        "Lagi di lapangan nih, hujan deras dari pagi, jalan ke Tumbang Manjul putus lagi 😅. "
        "Oh iya sekalian, usulan RTLH dua puluh lima unit yang kami kirim sebelum lebaran itu "
        "diterima atau ditolak ya?",
        "status",
    ),
    (
        "Hello, I support the Pulang Pisau housing office. Can you tell me if our two "
        "proposals from last month were accepted?",
        "status",
    ),
    ("cek status usulan", "status"),
    (
        "Usulan kami yang kemarin dikembalikan sudah kami betulkan dan kirim lagi, sekarang "
        "posisinya di tahap mana?",
        "status",
    ),
    ("Dari usulan Barut yang kami kirim, ada yang masuk daftar bahasan Rakor gak?", "status"),
    (
        "Pak admin, usulan PSU Desa Talio punya kami itu akhirnya ditolak atau dialihkan? "
        "Di HP saya belum muncul notifnya",
        "status",
    ),
    ("Provisi sudah periksa usulan kami belum? sudah dua minggu lebih 🙏🏻🙏🏻", "status"),
    ("Tolong tampilkan semua usulan Katingan yang sudah kami ajukan tahun ini", "status"),
    ("Pire usulan aku je jadi disetujui?", "status"),
    (
        "Saya staf baru di Dinas Perkim Gumas, menggantikan pak Yanto yang pensiun. Mau lihat "
        "usulan-usulan yang dulu beliau kirim, statusnya masing-masing gimana?",
        "status",
    ),
    ("usulan 0012 gmn?", "status"),
    (
        "Yang kumuh Mentawa Baru Ketapang sebelas koma lima hektar yang kami usulkan itu "
        "sudah lolos verifikasi?",
        "status",
    ),
    (
        "Is proposal USL-2026-0003 from Seruyan still in verification or already approved?",
        "status",
    ),
    (
        "Tadi rapat sama Sekda, beliau tanya progres usulan kita ke provinsi 😅 tolong info "
        "usulan kami yang mana saja yg sudah disetujui ???",
        "status",
    ),
    ("Usulan kami untuk anggaran tahun depan ada yang diminta perbaikan tidak?", "status"),
    ("Kueh ije usulan ikei je masih menunggu verifikasi?", "status"),
    # --- meeting: the next Rakor / coordination meeting ---
    ("Rakor tahun ini jadinya tanggal berapa?", "meeting"),
    ("Rakor kawasan permukiman berikutnya di mana tempatnya? Aula dinas atau hotel?", "meeting"),
    ("Rapor bidang kawasan permukiman sudah ada tanggal pastinya belum? Mau urus SPPD", "meeting"),
    ("Kueh Rakor tahun tuh? Aku handak manyiapkan tiket ka Palangka", "meeting"),
    (
        "When is the next coordination meeting with the regencies? Our mission stays in "
        "Palangka Raya until the end of October.",
        "meeting",
    ),
    ("rakor kapan", "meeting"),
    (
        "Selamat siang bu, kemarin kami dengar dari teman Barsel katanya Rakor diundur ke "
        "bulan depan, benar? sudah fix belum tanggalnya 🙏",
        "meeting",
    ),
    (
        "Pak, rapat koordinasi sebelum Musrenbang provinsi untuk tahun depan sudah "
        "dijadwalkan belum?",
        "meeting",
    ),
    ("Jam berapa mulai rapat koordinasi minggu depan? Pagi atau siang?", "meeting"),
    (
        "Kabid kami tanya, Rakor sinkronisasi tahun ini jadi di Palangka Raya atau di luar kota?",
        "meeting",
    ),
    ("Ada jadwal rapat lagi gak dalam waktu dekat sama provinsi?", "meeting"),
    (
        "Baru pulang dari Kuala Kurun, jalannya rusak parah 😅 capek. Btw rakor bulan "
        "November itu sudah pasti atau masih rencana?",
        "meeting",
    ),
    (
        "Tanggal rakor sudah dikonfirmasi? kami harus lapor ke Bupati sebelum akhir bulan ini",
        "meeting",
    ),
    ("Rakor tanggal pire?", "meeting"),
    (
        "Will the Rakor be in September again this year, or later? We need to plan our "
        "field visit around it.",
        "meeting",
    ),
    ("Rapat koordinasi perkim berikutnya lokasinya di hotel mana?", "meeting"),
    (
        "Saya wartawan lokal di Sampit, mau liput rakor kawasan permukiman. Kapan dan di mana "
        "acaranya tahun ini?",
        "meeting",
    ),
    ("Ada info rapat sinkronisasi usulan dengan kab/kota bulan depan? 📅", "meeting"),
    ("Acara rakornya masih sesuai jadwal kah? Kami belum dengar kabar lagi", "meeting"),
    ("Rakor tahun depan kira-kira bulan apa?", "meeting"),
    # --- deadline: last day to send proposals this cycle ---
    ("Batas akhir kirim usulan tahun ini tanggal berapa?", "deadline"),
    ("Masih bisa kirim usulan gak sekarang? atau sudah tutup?", "deadline"),
    ("deadline usulan kapan", "deadline"),
    ("Kapan terakhir usulkan masuk ke provisi? 🙏", "deadline"),
    ("Pire andau hindai tenggat usulan?", "deadline"),
    ("What is the last day to submit proposals for next year's budget?", "deadline"),
    (
        "Pak, kami baru dapat DED dari konsultan minggu ini. Usulan masih diterima sampai "
        "akhir bulan, atau sudah lewat tenggatnya?",
        "deadline",
    ),
    ("Tenggat usulan sampai jam berapa? jam 12 malam atau jam kantor?", "deadline"),
    ("Kalau kirim usulan besok pagi masih masuk hitungan tahun ini kah?", "deadline"),
    ("Usulan untuk anggaran 2027 ditutup tanggal berapa ya bu?", "deadline"),
    ("Sebelum lebaran sudah harus masuk semua usulan atau masih bisa sesudahnya?", "deadline"),
    (
        "Tadi pagi rapat internal, Kadis minta semua usulan PSU dikirim sebelum batas waktu "
        "provinsi. Saya lupa batasnya kapan ya? 😅",
        "deadline",
    ),
    ("Pengiriman usulan masih dibuka minggu ini?", "deadline"),
    ("Aku hindai kirim usulan, sampai kapan masih tau dikirim?", "deadline"),
    ("Is submission still open? 🙏", "deadline"),
    (
        "Batas pengiriman usulan diperpanjang gak? Kami masih nunggu tanda tangan Bupati 🙏🏻🙏🏻",
        "deadline",
    ),
    ("Tenggak usulan tanggal berapa pak?", "deadline"),
    (
        "Usulan yang masuk sesudah tanggal tutup masih diproses, atau harus tunggu siklus "
        "tahun depan?",
        "deadline",
    ),
    ("Sisa berapa hari lagi sebelum usulan ditutup?", "deadline"),
    (
        "Saya fasilitator program, mau bantu kabupaten dampingan siapkan berkas. Sampai kapan "
        "usulan untuk tahun depan bisa dikirim ke provinsi?",
        "deadline",
    ),
    # --- greeting: hello, thanks, help, what can you do, goodbye ---
    ("Selamat pagi", "greeting"),
    ("Terima kasih banyak pak infonya 🙏", "greeting"),
    ("ok siap", "greeting"),
    ("Halo bot, kamu bisa bantu apa saja?", "greeting"),
    ("Tabe, aku petugas perkim Katingan. Ikau tau mambantu en bih?", "greeting"),
    ("Hi, I am with a donor mission. What can this bot do?", "greeting"),
    ("help", "greeting"),
    ("Makasih ya, sudah jelas 👍", "greeting"),
    ("Assalamualaikum, selamat siang", "greeting"),
    ("Sampai jumpa, saya offline dulu", "greeting"),
    ("Malam pak, maaf ganggu. Ini bot apa ya? Saya dikasih link sama kabid", "greeting"),
    ("👍👍", "greeting"),
    ("Siap laksanakan 🙏🏻🙏🏻", "greeting"),
    ("Thank you very much for your help, good bye", "greeting"),
    ("Pagi bu, ini pertama kali saya pakai. Fitur apa saja yang ada?", "greeting"),
    ("Oke mantap, terima kasih", "greeting"),
    ("Bantuan dong, saya bingung mulai dari mana 😅", "greeting"),
    ("Salamat pagi, kilen kabar?", "greeting"),
    ("Good morning! Is anyone there?", "greeting"),
    ("Baik pak, nanti saya kabari lagi. Selamat sore", "greeting"),
    # --- how_to_submit: sending or fixing a proposal through this bot ---
    ("Gimana cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("Perintah untuk mengajukan usulan apa ya?", "how_to_submit"),
    ("Foto kondisi jalan dilampirkan di bagian mana waktu isi usulan?", "how_to_submit"),
    ("Kilen aku tau masukkan usulan drainase hong bot tuh?", "how_to_submit"),
    ("How do I send a proposal through this chatbot? Is there a form?", "how_to_submit"),
    (
        "Usulan kami dikembalikan, statusnya perlu perbaikan. Cara memperbaikinya di bot "
        "bagaimana?",
        "how_to_submit",
    ),
    ("Bisa lampirkan PDF DED dan RAB di bot? Maksimal berapa file?", "how_to_submit"),
    (
        "Tadi lagi isi usulan sinyal hilang 😅 harus ulang dari awal atau bisa lanjut?",
        "how_to_submit",
    ),
    ("Salah ketik luas di usulan yang sudah terkirim, bisa diedit?", "how_to_submit"),
    ("/usul itu gimana pakainya?", "how_to_submit"),
    ("Langkah-langkah isi usulan kumuh di sini apa aja?", "how_to_submit"),
    ("Titik GPS lokasi dikirim gimana caranya pas ngisi usulan?", "how_to_submit"),
    (
        "Mau ajukan usulan RTLH lima belas unit, mulai dari mana di bot ini?",
        "how_to_submit",
    ),
    ("Bisa nggak copy usulan tahun lalu biar gak ngetik ulang?", "how_to_submit"),
    (
        "Usulan sudah terkirim tapi salah pilih jenis, bisa dibatalkan lalu kirim ulang?",
        "how_to_submit",
    ),
    (
        "Saya staf perencanaan Bartim, pimpinan minta usulan jaling dikirim lewat Sinkron "
        "saja. Caranya gimana ya, ada format khusus? 🙏",
        "how_to_submit",
    ),
    ("How do I attach site photos when I send a proposal here?", "how_to_submit"),
    ("Buat usulkan baru gimana caranya di sini?", "how_to_submit"),
    ("kirim usulan", "how_to_submit"),
    ("Berapa maksimal foto yang bisa dilampirkan di usulan?", "how_to_submit"),
]

TRAIN_R9_OUT_OF_SCOPE: list[str] = [
    # --- hand over: named places and cases, contractors, people, phone numbers ---
    (
        "Jalan lingkungan di Desa Luwuk Bunter yang dibangun provinsi tahun lalu sudah "
        "retak-retak, siapa kontraktornya dan kapan diperbaiki?"
    ),
    "Nomor WA pak kabid kawasan permukiman berapa ya? mau konfirmasi soal usulan kumuh",
    "Kumis di Kelurahan Baamang Tengah luasnya berapa hektar menurut SK kumuh terbaru Kotim?",
    ("Kenapa usulan RTLH nenek saya di Desa Henda tidak dapat, padahal rumahnya sudah mau roboh?"),
    "CV kami kerjakan drainase di Sampit tahun ini, termin kedua kapan dibayar?",
    "Bisa minta file DED drainase Kelurahan Panarung yang dibuat provinsi tahun 2024?",
    ("Hibah aset jalan lingkungan di Desa Anjir Pulang Pisau sudah ditandatangani belum BAST-nya?"),
    "Siapa nama konsultan perencana yang bikin DED kumuh Mentawa Baru tahun lalu?",
    (
        "Pak camat kami tanya, jalan lingkungan gang Damai di Kelurahan Pahandut Seberang "
        "masuk daftar pembangunan tahun depan gak?"
    ),
    "Tolong sambungkan ke pak Andi yang dulu Plt Kadis, nomornya masih yang lama?",
    "Apakah CV Karya Mandiri masuk daftar hitam Disperkimtan?",
    "Skor kekumuhan Desa Sumber Makmur hasil survei tahun lalu berapa?",
    "SK kumuh Kabupaten Lamandau yang terbaru nomor berapa dan tanggal berapa?",
    (
        "Kontraktor drainase di depan rumah saya kerjanya asal-asalan, air malah masuk ke "
        "halaman 😡 siapa yang tanggung jawab?"
    ),
    (
        "Usulan pokir pak dewan dapil Katingan untuk drainase Kasongan Lama lolos di APBD "
        "perubahan tidak? Saya staf beliau"
    ),
    "Kapan jembatan gantung di Tumbang Hentas dibangun?",
    "Tolong cek apakah nama saya terdaftar penerima BSPS tahun 2026",
    (
        "Kami LSM pendamping, mau minta daftar nama penerima RTLH provinsi di Pulang Pisau "
        "tahun ini 🙏"
    ),
    ("Kilen kabar proyek jaling Desa Rantau Asem? Kueh kontraktor e, jida tuntas sampai wayah tuh"),
    "Siapa pemenang tender drainase Kuala Pembuang tahun ini?",
    "Siapa yang jadi Kadis Perkim Kabupaten Sukamara sekarang?",
    "Can you give me the mobile number of the person who checks RTLH proposals?",
    (
        "DED yang dibuat konsultan kami ditolak Balai waktu pengajuan DAK kumuh, kenapa ya? "
        "Padahal sudah revisi dua kali"
    ),
    (
        "Kami mau pinjam excavator provinsi buat normalisasi drainase di Buntok, sudah jelas "
        "itu kewenangan kabupaten, bisa?"
    ),
    (
        "Saya site engineer di proyek jaling Kumai Hilir. Direksi keet harus dibongkar "
        "sebelum PHO atau sesudah? Pengawas provinsi bilang beda-beda"
    ),
    # --- hand over: budget figures, allocations, prices ---
    "Pagu PSU untuk Kabupaten Katingan tahun 2027 berapa miliar?",
    "Berapa kuota BSPS untuk Seruyan tahun depan?",
    "Berapa total anggaran Disperkimtan tahun 2026?",
    "How much did the province spend on slum upgrading in Kotawaringin Timur last year?",
    "Harga satuan cor beton K-250 untuk jaling di Kuala Kurun berapa per kubik?",
    "Berapa harga paving block per meter persegi di Pangkalan Bun sekarang?",
    "Berapa rupiah per unit bantuan RTLH provinsi tahun ini? Lima puluh juta kah?",
    "Berapa rumah RTLH yang sudah dibangun provinsi di Gunung Mas sejak 2020?",
    "RAB jalan lingkungan lima ratus meter kira-kira habis berapa juta?",
    (
        "Berapa nilai hibah jalan dan drainase yang diserahkan provinsi ke Kota Palangka Raya "
        "tahun 2025?"
    ),
    "Pire duit je dinon Kapuas akan penanganan kumuh tahun tuh?",
    "Berapa persen capaian SPM perumahan Kalteng tahun lalu?",
    "Berapa jumlah backlog rumah di Kabupaten Murung Raya?",
    (
        "Saya mahasiswa skripsi di UPR, bisa minta data mentah skor kumuh per RT di Palangka "
        "Raya? Buat bab empat 🙏🏻🙏🏻"
    ),
    "What was the exact drainage budget for Palangka Raya in 2025?",
    # --- hand over: construction specifications ---
    "Tebal perkerasan jalan lingkungan standar provinsi berapa cm? lebarnya berapa meter?",
    "Drainase lingkungan pakai U-ditch ukuran berapa, 40 atau 60?",
    "Berapa ukuran minimal rumah untuk bantuan RTLH, tiga puluh enam meter persegi?",
    "Umur rencana jalan lingkungan beton itu sepuluh atau dua puluh tahun?",
    "Tolong hitung volume galian saluran drainase 300 m x 0,6 m x 0,8 m",
    "What slope should a neighbourhood drain have? One percent?",
    # --- hand over: other provinces and countries ---
    "Kalau di Kalimantan Selatan, Rakor perkimnya biasanya bulan apa?",
    "Di Jawa Timur syarat bedah rumah apa aja? Saya mau bandingkan",
    "Di Kaltim ada rusunawa berapa tower dan tarif sewanya berapa?",
    "How do the Philippines handle informal settlements compared to Indonesia?",
    # --- hand over: SIPD / e-planning errors ---
    ("SIPD error terus waktu input sub kegiatan kumuh, muncul 'data tidak ditemukan'. Solusinya?"),
    "E-planning Bappeda kabupaten kami tidak bisa login sejak kemarin, bisa dibantu reset?",
    "Di SIPD kode rekening belanja hibah untuk PSU yang benar yang mana?",
    "Kode sub kegiatan SIPD untuk pembangunan MCK komunal apa ya?",
    "Formulir PBG online di kabupaten kami error, nomor helpdesknya berapa?",
    # --- hand over: personal civil-service matters ---
    "SK mutasi saya ke Dinas Perkim belum keluar padahal sudah tiga bulan, ke siapa tanya?",
    "Tunjangan kinerja pegawai Disperkimtan bulan ini kapan cair?",
    "Ada lowongan tenaga honorer atau PPPK di Disperkimtan?",
    "Kenaikan pangkat saya ke III/c berkasnya dikirim ke provinsi atau BKD?",
    "Uang harian peserta rakor dari kabupaten dibayar provinsi atau pakai SPPD sendiri?",
    # --- hand over: news, events, past meetings ---
    "Benar nggak kemarin Gubernur resmikan rusun di Pangkalan Bun? Berapa unit?",
    "Apa benar ada OTT di proyek PSU salah satu kabupaten bulan lalu?",
    (
        "I heard the province rebuilt houses after the Kapuas flood last month. How many "
        "families got one?"
    ),
    "Saya dengar BPK temukan kelebihan bayar di proyek drainase provinsi, benar?",
    "Ada kabar banjir rob di Kumai minggu ini? rumah warga yang rusak berapa?",
    "Bisa kirim materi paparan narasumber rakor kemarin? Kami tidak sempat foto slidenya",
    "Does the World Bank still fund KOTAKU in Palangka Raya next year?",
    (
        "Kemarin ada demo warga bantaran sungai di depan kantor gubernur soal penggusuran. "
        "Provinsi ambil sikap apa?"
    ),
    "Kewenangan izin tambang pasir di Sungai Kahayan itu siapa?",
    (
        "Sertifikat tanah saya di BPN lama banget prosesnya, bisa dibantu bidang pertanahan "
        "Disperkimtan?"
    ),
    # --- off-topic ---
    "Cuaca di Palangka Raya besok hujan gak?",
    "Jadwal pertandingan Kalteng Putra minggu ini kapan?",
    "What is the dollar to rupiah rate today?",
    "Resep juhu singkah yang enak gimana?",
    "Kapan hari libur nasional berikutnya?",
    "Pulsa saya habis, bisa isi lewat bot?",
    "Translate to English please: jalan lingkungan rusak berat",
    "Kueh aku tau mambeli semen murah hong Kasongan?",
    "Who won the regent election in Kotawaringin Barat?",
    "Ada rekomendasi hotel murah dekat Jalan D.I. Panjaitan? 😅",
]

TRAIN_R9_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- boundary: same words as the hand-over messages, but a topic answers them ---
    (
        "Kumuh di kelurahan kami pas sepuluh hektar menurut SK, itu masuk provinsi atau kabupaten?",
        "kewenangan.kumuh",
    ),
    (
        "Kalau kawasan kumis luasnya dua puluh tiga hektar, siapa yang tangani? 😅",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Syarat usulan RTLH lewat provinsi apa saja? Rumah di tanah warisan yang cuma ada SKT "
        "bisa masuk?",
        "usulan.rtlh",
    ),
    ("BSPS itu kepanjangannya apa?", "istilah.bsps"),
    (
        "DED, RAB sama RKS wajib dilampirkan semua di usulan jalan lingkungan?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    ("SK kumuh kami terbit tahun 2018, masih bisa dipakai buat usulan kumuh?", "usulan.sk_kumuh"),
    (
        "Who owns and maintains a road the province builds on regency land once it is finished?",
        "hibah.aset",
    ),
    (
        "Rakor bidang kawasan permukiman itu sebenarnya forum untuk apa? Siapa pesertanya?",
        "siklus.rakor",
    ),
    (
        "Kumuh kami cuma enam hektar, bukan kewenangan provinsi. Terus bisa cari dana ke mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Developer perumahan belum serahkan PSU ke pemda, itu urusan provinsi atau kabupaten?",
        "kewenangan.psu",
    ),
    (
        "Warga RT kami mau minta jaling ke provinsi, prosedurnya gimana? Perlu tau lurah?",
        "usulan.psu_masyarakat",
    ),
    (
        "Jalan kabupaten yang rusak bisa diusulkan jadi PSU ke Disperkimtan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Izin pembangunan perumahan itu kewenangan siapa, provisi atau kabupaten?",
        "kewenangan.izin",
    ),
    ("Skor kumuh enam puluh dua termasuk tingkat apa?", "kumuh.penilaian"),
    ("Nilai kekumuhan empat puluh itu kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    (
        "Rumah warga rusak kena bencana yang ditetapkan bencana provinsi, yang wajib bangun "
        "kembali provinsi atau kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who is responsible for housing for low-income families (MBR) and rusun in Indonesia?",
        "kewenangan.perumahan_pusat",
    ),
    ("Status dialihkan di bot itu artinya apa?", "bot.status"),
    (
        "Kalau usulan ditolak karena bukan kewenangan provinsi, langkah kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    ("Berapa hari kerja paling lama provinsi menanggapi usulan yang masuk?", "bot.tindak_lanjut"),
    ("Pokja PKP itu isinya siapa saja dan kerjanya apa?", "koordinasi.pokja_pkp"),
    (
        "Kantor Disperkimtan Provinsi kueh? Aku handak ngantar berkas langsung",
        "disperkimtan.kontak",
    ),
    ("What are the seven aspects used to judge whether an area is a slum?", "kumuh.aspek"),
    ("Pire lokasi kumuh se-Kalteng dan berapa total luasnya?", "kumuh.kalteng"),
    (
        "Kumuh di bantaran sungai tanahnya tidak legal, penanganannya pemugaran atau apa?",
        "kumuh.pola_penanganan",
    ),
    ("SPM perumahan yang jadi tanggung jawab provinsi itu apa saja?", "kewenangan.spm"),
    (
        "Sertifikasi perancang rumah dan PSU tingkat kemampuan kecil dikeluarkan siapa?",
        "kewenangan.sertifikasi",
    ),
    ("Kegiatan pencegahan kumuh bisa diusulkan ke provinsi gak?", "kewenangan.pencegahan_kumuh"),
    (
        "Luas yang dipakai untuk menentukan kewenangan itu luas desa atau luas delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    ("Yang menetapkan lokasi kumuh itu Gubernur atau Bupati?", "kumuh.penetapan"),
    (
        "Sesudah rakor, usulan yang diterima masuk Musrenbang, RKPD lalu APBD, alurnya gimana?",
        "siklus.rkpd_apbd",
    ),
    ("Provinsi memeriksa usulan kami dari sisi apa saja?", "siklus.pemeriksaan"),
    ("Usulan yang dikirim tahun ini itu untuk anggaran tahun kapan?", "siklus.tahunan"),
    ("Jenis usulan apa saja yang bisa kami ajukan ke provinsi? RTLH termasuk?", "usulan.jenis"),
    ("Lahan clean and clear itu maksudnya gimana, harus sertifikat?", "usulan.lahan"),
    (
        "Surat pernyataan bersedia terima hibah dan O&P itu ditandatangani siapa?",
        "usulan.surat_pernyataan",
    ),
    ("Jam di bot ini pakai WIB kah? Kami kadang bingung sama WITA", "bot.cara_pakai"),
    (
        "Kalau saya tidak bisa hadir rapat yang diundang lewat bot, boleh diwakilkan staf?",
        "bot.rapat",
    ),
    (
        "Saya mahasiswa skripsi, perumahan itu termasuk urusan wajib pelayanan dasar ya "
        "menurut UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Secara umum pembagian kewenangan perkim antara pusat, provinsi dan kabupaten itu "
        "seperti apa?",
        "kewenangan.ringkasan",
    ),
]
