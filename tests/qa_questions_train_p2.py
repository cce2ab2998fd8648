"""Training table P2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half polite Javanese-flavoured Indonesian as officers transferred from Java write
(nggih, monggo, matur nuwun, mboten, pripun), some long and roundabout; half two subjects in
one message where only the last sentence is the real question. About one in eight in English.

Half of what the writer sent was written in Krama Javanese itself ("Nyuwun sewu, kula pindahan
saking Klaten ... Pripun nggih ...") rather than Indonesian with a Javanese touch: those 105
questions were left out (officers write to the province in Indonesian; a message wholly in
Javanese is handed over to a person). The 119 kept are the two-subjects half and the lightly
Javanese-flavoured rest.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_P2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Minggu lalu kepala dinas kami baru dilantik dan minta bahan paparan. Yang saya "
        "butuhkan sekarang: ringkasan siapa mengerjakan apa di sektor perumahan dan "
        "permukiman, per tingkat pemerintahan.",
        "kewenangan.ringkasan",
    ),
    (
        "We just finished our internal budget review at Bappeda Seruyan. My actual "
        "question: could you give me an overview of how housing and settlement "
        "responsibilities are split between the centre, the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    (
        "Tadi pagi ada pembahasan pemotongan anggaran di TAPD Kotim. Intinya saya mau "
        "memastikan: perumahan rakyat itu statusnya urusan wajib pelayanan dasar, kan? "
        "Pasal berapa di UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Rekan-rekan di Bapperida sedang menyusun prioritas tahun depan, dan bidang kami "
        "terancam digeser. Pertanyaan saya, apakah urusan PKP termasuk urusan wajib yang "
        "terkait pelayanan dasar sehingga tidak bisa dikesampingkan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Kemarin kami survei bantaran Sungai Kahayan bareng kecamatan, capek juga. Nah, "
        "yang mau saya tanyakan: pembagian penanganan kumuh berdasarkan luas itu "
        "bagaimana, dan kalau luasnya pas 10 ha masuk siapa?",
        "kewenangan.kumuh",
    ),
    (
        "Our team mapped a riverside slum of about 12 hectares in Pulang Pisau last "
        "month. Which level of government is responsible for handling a slum of that "
        "size?",
        "kewenangan.kumuh",
    ),
    (
        "Rapat pokja kemarin ramai membahas data baseline. Yang ingin saya pastikan, "
        "untuk kawasan kumuh seluas 40 ha di Kuala Kapuas, itu kewenangan pusat ya, bukan"
        " provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Camat Mentawa Baru Ketapang sudah kirim surat soal genangan dan rumah padat. "
        "Pertanyaan saya: kalau delineasinya 18 ha, siapa yang berwenang menangani "
        "kumuhnya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Sosialisasi PHBS di kelurahan kami sudah selesai minggu lalu. Lanjut ke soal "
        "lain: kegiatan pencegahan terhadap tumbuhnya permukiman kumuh baru itu "
        "kewenangan tingkat mana?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "We have already drafted the regency's slum upgrading plan. Is preventing new "
        "slums from forming something the province does, or is that left to the regency?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Laporan SPM kami sudah dikirim ke Bagian Pemerintahan. Sekarang saya ingin tahu,"
        " di sub-urusan perumahan itu kegiatan apa saja yang menjadi tugas provinsi dan "
        "apa yang jadi tugas kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "Kemarin ada kunjungan dari balai, mereka cerita soal program rumah. Pertanyaan "
        "saya sederhana: urusan perumahan yang jadi tanggung jawab Pemprov Kalteng itu "
        "sebatas apa saja?",
        "kewenangan.perumahan",
    ),
    (
        "Bank daerah sempat menawarkan kerja sama KPR subsidi ke pemkab kami. Yang mau "
        "saya tanyakan: sistem pembiayaan perumahan untuk MBR itu memang ranahnya "
        "pemerintah pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Our regent wants a rental flat block for low-income workers in Palangka Raya. Is"
        " housing for low-income households, including rusun, a central government job "
        "rather than the province's?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Banjir awal tahun di Katingan Hilir sudah surut dan bantuan logistik selesai. "
        "Sekarang, untuk rehabilitasi rumah korban bencana berskala kabupaten, itu "
        "kewenangan siapa: kami atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Jalan provinsi di Kasongan akan dilebarkan dan beberapa rumah terdampak. Rumah "
        "bagi warga yang direlokasi karena program pemprov itu disediakan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Pengembang perumahan di Pangkalan Bun sudah presentasi site plan ke kami. Lalu "
        "izin pengembangan kawasan permukiman untuk proyek mereka itu diterbitkan oleh "
        "tingkat pemerintahan yang mana?",
        "kewenangan.izin",
    ),
    (
        "A developer asked us about permits for a new housing estate near Sampit. Who "
        "issues housing development permits and building ownership certificates (SKBG)?",
        "kewenangan.izin",
    ),
    (
        "Kami sudah menyusun ulang nomenklatur kegiatan di SIPD. Pertanyaannya, dalam "
        "sub-urusan kawasan permukiman, apa saja tugas kabupaten/kota selain penanganan "
        "kumuh di bawah 10 ha?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Kemarin Sekda menanyakan struktur bidang di dinas kami. Yang saya perlukan: "
        "siapa yang mengatur sistem permukiman nasional dan apa peran provinsi di sub-"
        "urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Tim kami sudah mendata PSU di perumahan-perumahan subsidi di Buntok. Sekarang "
        "saya ingin tahu pembagiannya: PSU di kawasan permukiman dan PSU di perumahan itu"
        " masing-masing tanggung jawab siapa?",
        "kewenangan.psu",
    ),
    (
        "We inventoried roads and drains across our settlements last quarter. Which level"
        " is responsible for PSU in settlement areas versus PSU inside housing estates?",
        "kewenangan.psu",
    ),
    (
        "Musyawarah desa di Basarang kemarin minta lampu jalan dan jaling sekaligus. Yang"
        " saya tanyakan, jenis PSU apa saja yang biasanya dibangun provinsi, dan apakah "
        "permukiman perdesaan juga bisa?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kami sudah menghitung kebutuhan drainase di Kelurahan Langkai. Pertanyaannya, "
        "apakah pembangunan drainase oleh provinsi boleh di atas aset milik pemkot, atau "
        "harus aset provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Asosiasi konsultan sudah audiensi ke kepala dinas kami. Nah, yang mau saya "
        "tanyakan: registrasi perancang rumah dan perencana PSU tingkat menengah itu "
        "dilakukan oleh provinsi atau pusat?",
        "kewenangan.sertifikasi",
    ),
    (
        "A local design firm in Muara Teweh asked us about getting registered. Who "
        "certifies and registers planners of houses and PSU, and does it depend on the "
        "firm's capability level?",
        "kewenangan.sertifikasi",
    ),
    (
        "Inspektorat baru saja memeriksa capaian kinerja kami. Sekarang saya mau tahu, "
        "standar pelayanan minimal perumahan untuk provinsi itu mencakup layanan apa "
        "saja?",
        "kewenangan.spm",
    ),
    (
        "Kemarin Bagian Tapem minta data penerapan SPM semua OPD. Khusus perumahan, "
        "aturan teknisnya Permen PUPR nomor berapa dan apa yang diukur?",
        "kewenangan.spm",
    ),
    (
        "Data luas wilayah kelurahan dari BPS sudah kami rekap. Tapi untuk usulan kumuh, "
        "luas mana yang dipakai: luas kelurahan atau luas lokasi sesuai batas di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "We have two different area figures for the same slum site in Kuala Pembuang. "
        "Which one counts when deciding authority, the whole village or the delineated "
        "area in the SK kumuh?",
        "kumuh.luas_delineasi",
    ),
    (
        "Tim teknis kami sudah selesai verifikasi lapangan di beberapa RT. Langkah "
        "berikutnya, bagaimana prosedur penetapan lokasi kumuh lewat SK Bupati dan "
        "lampiran apa yang wajib ada?",
        "kumuh.penetapan",
    ),
    (
        "Bupati baru ingin memperbarui daftar kawasan kumuh. Pertanyaan saya: penetapan "
        "SK kumuh itu kewenangan bupati sendiri atau perlu persetujuan gubernur?",
        "kumuh.penetapan",
    ),
    (
        "Enumerator kami sudah dilatih memakai aplikasi survei. Yang perlu saya pastikan:"
        " aspek apa saja yang dinilai untuk menentukan suatu lokasi kumuh, dan berapa "
        "jumlah kriterianya?",
        "kumuh.aspek",
    ),
    (
        "We are preparing a field checklist for slum assessment in Tamiang Layang. What "
        "are the seven aspects used in the slum criteria?",
        "kumuh.aspek",
    ),
    (
        "Hasil survei baseline sudah masuk semua ke spreadsheet. Pertanyaannya: nilai "
        "tiap kriteria itu berdasarkan persentase yang terdampak ya, lalu batas kumuh "
        "berat di angka berapa?",
        "kumuh.penilaian",
    ),
    (
        "Kemarin konsultan bilang total skornya 71 dari maksimal 80. Singkat saja, apa "
        "arti skor setinggi itu untuk tingkat kekumuhan lokasinya?",
        "kumuh.penilaian",
    ),
    (
        "Rekap skor dari lima kelurahan sudah saya kirim ke kabid. Sekarang saya butuh "
        "batas bawah dan batas atas skor untuk kategori ringan, biar tabelnya benar.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "One of our sites scored 30. Which score bands define a medium slum and a light slum?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Rapat dengan konsultan RP2KPKP sudah dua kali. Nah, yang mau saya tanyakan: "
        "untuk kumuh ringan di lahan legal, pola penanganan yang biasa dipakai itu apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Camat minta kawasan padat di Baamang ditata total. Kapan penanganan kumuh "
        "memakai peremajaan dan kapan cukup pemugaran saja?",
        "kumuh.pola_penanganan",
    ),
    (
        "Draft latar belakang proposal sudah hampir rampung. Yang kurang tinggal angka: "
        "berapa luas total permukiman kumuh di provinsi Kalteng menurut Disperkimtan?",
        "kumuh.kalteng",
    ),
    (
        "For a presentation to a donor, I need the big picture: how many slum locations "
        "does Central Kalimantan have, and what is their total area?",
        "kumuh.kalteng",
    ),
    (
        "Kami sudah punya daftar kebutuhan dari musrenbang kecamatan. Sebelum diketik, "
        "data apa saja yang harus dimuat dalam satu usulan kegiatan ke provinsi?",
        "usulan.isi",
    ),
    (
        "Staf baru di bidang kami akan menyiapkan berkas. Tolong jelaskan komponen isi "
        "usulan dan alasan tiap bagian itu diminta.",
        "usulan.isi",
    ),
    (
        "Tahun lalu kami hanya mengusulkan drainase. Tahun ini, kategori usulan apa saja "
        "yang bisa kami pilih waktu mengajukan ke Disperkimtan?",
        "usulan.jenis",
    ),
    (
        "Before we start drafting, what kinds of proposals can a regency send to the "
        "province for housing and settlements?",
        "usulan.jenis",
    ),
    (
        "Tim survei sudah ambil titik koordinat pakai HP. Pertanyaan saya, informasi "
        "lokasi apa saja yang perlu dicantumkan di usulan supaya tidak dikembalikan?",
        "usulan.lokasi",
    ),
    (
        "Kelurahan Mendawai Seberang pernah kami usulkan, tapi alamatnya ditulis "
        "seadanya. Bagaimana cara menuliskan data lokasi usulan yang benar?",
        "usulan.lokasi",
    ),
    (
        "Angka RAB sementara sudah keluar dari konsultan. Selanjutnya, bagaimana mengisi "
        "jumlah penerima manfaat, perkiraan biaya, dan sumber dana di usulan kami?",
        "usulan.penerima_biaya",
    ),
    (
        "In our proposal, do we need to state the number of households and people who "
        "benefit, the estimated cost, and where the money should come from?",
        "usulan.penerima_biaya",
    ),
    (
        "Usulan kami tahun lalu kalah prioritas dengan kabupaten lain. Kali ini kami mau "
        "lebih siap: kelengkapan apa saja yang dinilai sebagai kesiapan usulan?",
        "usulan.kesiapan",
    ),
    (
        "Bappeda sudah memberi lampu hijau untuk usulan drainase. Sebelum dikirim, apa "
        "saja dokumen RC yang sebaiknya sudah ada di tangan?",
        "usulan.kesiapan",
    ),
    (
        "Sengketa batas tanah di desa itu sudah dimediasi camat. Pertanyaannya, syarat "
        "lahan supaya dianggap clean and clear untuk usulan ke provinsi itu apa saja?",
        "usulan.lahan",
    ),
    (
        "The land for our proposed road belongs to the village. What land status does the"
        " province expect, and what does clean and clear mean for it?",
        "usulan.lahan",
    ),
    (
        "Lokasi yang mau kami usulkan ternyata belum masuk daftar SK kumuh. Yang mau saya"
        " tanyakan: apakah usulan kumuh untuk lokasi di luar SK tetap bisa diproses?",
        "usulan.sk_kumuh",
    ),
    (
        "Bagian Hukum baru selesai menggandakan salinan SK. Untuk usulan kumuh, data SK "
        "apa saja yang perlu diisi dan berapa lama SK itu dianggap masih berlaku?",
        "usulan.sk_kumuh",
    ),
    (
        "Konsultan perencana baru kontrak bulan depan. Sementara itu, dokumen teknis apa "
        "saja yang perlu kami lampirkan di usulan PSU, dan berapa foto yang diminta?",
        "usulan.dokumen_teknis",
    ),
    (
        "Our engineer finished the cost estimate yesterday. Which technical documents "
        "should go with a proposal: DED, RAB, RKS, site plan, photos?",
        "usulan.dokumen_teknis",
    ),
    (
        "Surat pengantar bupati sudah kami siapkan. Tinggal satu: surat pernyataan "
        "sanggup menerima hibah dan memelihara aset itu wajib disertakan di usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kemarin Kabag Aset tanya soal tanggung jawab perawatan. Untuk usulan ke "
        "provinsi, apa maksud surat pernyataan hibah dan operasi-pemeliharaan itu?",
        "usulan.surat_pernyataan",
    ),
    (
        "Data RTLH dari desa-desa di Pulau Petak sudah masuk. Pertanyaannya, untuk bedah "
        "rumah lewat provinsi, penerima harus punya bukti tanah apa, dan siapa yang "
        "memverifikasi di lapangan?",
        "usulan.rtlh",
    ),
    (
        "We have a list of dilapidated homes in Sukamara. What conditions must a "
        "household meet to get RTLH improvement through the provincial programme?",
        "usulan.rtlh",
    ),
    (
        "Ketua RT kami rajin sekali minta semenisasi gang. Yang ingin saya tahu, "
        "bagaimana aturan permohonan PSU yang datang langsung dari masyarakat?",
        "usulan.psu_masyarakat",
    ),
    (
        "Reses anggota dewan kemarin banyak menampung keluhan jalan becek. Kalau warga "
        "mau mengajukan sendiri permintaan PSU, apa yang harus mereka lengkapi?",
        "usulan.psu_masyarakat",
    ),
    (
        "Drainase bantuan provinsi di Kelurahan Menteng sudah selesai dikerjakan. Lalu "
        "bagaimana proses serah terima dan hibah asetnya ke pemkot?",
        "hibah.aset",
    ),
    (
        "The province finished a drainage channel in our regency last year. Who owns and "
        "maintains it now, and how is the handover recorded?",
        "hibah.aset",
    ),
    (
        "Rapat internal kami menyimpulkan kegiatan ini bukan kewenangan provinsi. "
        "Sekarang, selain APBD kabupaten, jalur pendanaan apa lagi yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    (
        "Perusahaan sawit di Seruyan menawarkan bantuan. Kalau kegiatan kami bukan "
        "wewenang provinsi, apakah CSR, APBDes atau DAK bisa jadi alternatif pendanaan?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kalender kerja dinas kami untuk tahun ini sudah disusun. Supaya pas, tolong "
        "jelaskan tahapan siklus usulan kegiatan ke provinsi dari awal sampai akhir.",
        "siklus.tahunan",
    ),
    (
        "I joined the housing office in Kuala Kurun only last month. How does the yearly "
        "proposal cycle with the province work, step by step?",
        "siklus.tahunan",
    ),
    (
        "Berkas usulan sudah lengkap kami kirim minggu lalu. Pertanyaan saya, tahapan "
        "verifikasi di provinsi itu meliputi pemeriksaan apa saja: administrasi, teknis, "
        "kewenangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Kepala bidang kami penasaran bagaimana usulan dinilai layak atau tidak. Apa saja"
        " yang diperiksa provinsi sebelum usulan dibawa ke rapat?",
        "siklus.pemeriksaan",
    ),
    (
        "Kemarin kami rapat soal persiapan Hari Perumahan Nasional. Lain hal, apa "
        "sebenarnya tujuan Rakor kawasan permukiman dan apa yang dibahas di sana?",
        "siklus.rakor",
    ),
    (
        "What happens at the annual Rakor on settlement areas, and why does it take place"
        " before the provincial Musrenbang?",
        "siklus.rakor",
    ),
    (
        "Hasil Rakor tahun lalu sudah kami laporkan ke bupati. Sekarang saya ingin "
        "memahami, bagaimana usulan yang diterima bisa sampai masuk RKPD lalu APBD "
        "provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Musrenbang kabupaten kami sudah lewat bulan Maret. Lantas kapan usulan hasil "
        "Rakor itu dibahas di Musrenbang provinsi dan ditetapkan anggarannya?",
        "siklus.rkpd_apbd",
    ),
    (
        "SK tim koordinasi sanitasi kami sudah kedaluwarsa. Terkait itu, apa peran Pokja "
        "PKP dalam koordinasi pembangunan perumahan dan permukiman di daerah?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Our Sekda asked whether the housing working group should merge with the water "
        "and sanitation one. What does a Pokja PKP do, and how does it relate to Pokja "
        "PPAS?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Besok saya dinas luar ke Palangka Raya untuk urusan BPKAD. Sekalian mau mampir, "
        "kantor Disperkimtan Kalteng itu di jalan apa?",
        "disperkimtan.kontak",
    ),
    (
        "Surat kami ke gubernur sudah diterima Biro Umum. Kalau mau mengirim surat "
        "langsung ke dinas perumahan provinsi, ditujukan ke mana dan alamatnya di mana?",
        "disperkimtan.kontak",
    ),
    (
        "HP saya baru ganti dan Telegram-nya sudah login lagi. Di bot ini, perintah apa "
        "saja yang tersedia untuk petugas kabupaten?",
        "bot.cara_pakai",
    ),
    (
        "Sinyal di kantor kecamatan lemah jadi saya sering terputus. Untuk bot ini, "
        "apakah semua jam yang tertulis memakai waktu Palangka Raya, dan bagaimana cara "
        "membatalkan perintah yang sedang jalan?",
        "bot.cara_pakai",
    ),
    (
        "Usulan tahun lalu isinya mirip sekali dengan yang sekarang. Di /usul apakah ada "
        "cara menyalin usulan lama supaya tidak mengetik ulang?",
        "bot.usul",
    ),
    (
        "I started /usul and it asks for the area in hectares but our survey used square "
        "metres. How should I type it, and can I share the GPS point from my phone?",
        "bot.usul",
    ),
    (
        "Atasan saya minta laporan mingguan posisi usulan. Supaya tidak salah tafsir, apa"
        " bedanya status diajukan, disetujui dan dibatalkan di Sinkron?",
        "bot.status",
    ),
    (
        "Kemarin ada notifikasi masuk ke HP saya pas rapat. Secara umum, status yang "
        "sudah final di bot ini yang mana saja, dan bisakah diubah lagi?",
        "bot.status",
    ),
    (
        "Bupati sudah menanyakan nasib usulan kumuh kami. Kalau usulan ditolak, apakah "
        "alasan penolakan selalu dicantumkan dan apa langkah kami selanjutnya?",
        "bot.ditolak_dialihkan",
    ),
    (
        "One of our proposals was redirected to the regency budget. What does a "
        "redirection mean and what should we do next?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Di kabupaten kami pengaduan warga dijawab maksimal lima hari. Untuk usulan di "
        "Sinkron, berapa hari kerja standar provinsi memverifikasinya?",
        "bot.tindak_lanjut",
    ),
    (
        "Laporan ke LAPOR! soal banjir sudah ditanggapi kemarin. Ngomong-ngomong, standar"
        " tindak lanjut usulan di bot ini apakah mengikat dinas provinsi?",
        "bot.tindak_lanjut",
    ),
    (
        "Agenda dinas minggu depan sudah penuh. Soal undangan di Sinkron, bisakah jawaban"
        " hadir saya ubah jadi tidak hadir kalau jadwal bentrok?",
        "bot.rapat",
    ),
    (
        "I got a meeting invitation in the bot. Can I add it to my phone calendar, and "
        "can I turn off the reminders?",
        "bot.rapat",
    ),
    ("Kemarin Bappeda menyebut APBN terus. Maaf, APBN itu singkatan dari apa ya?", "istilah.apbn"),
    (
        "Kades Bukit Tunggal cerita soal dana desa. Omong-omong, APBDes itu apa artinya?",
        "istilah.apbdes",
    ),
    ("What does Bankeu stand for?", "istilah.bankeu"),
    (
        "Anggota dewan kami rajin sekali titip usulan. Sebenarnya Pokir itu kepanjangan dari apa?",
        "istilah.pokir",
    ),
    (
        "Dokumen perencanaan tahunan sudah kami upload. Tapi saya masih ragu, RKPD itu apa?",
        "istilah.rkpd",
    ),
    ("Renja niku menapa nggih, Pak? Matur nuwun.", "istilah.renja"),
    (
        "Renstra dinas kami habis masa berlakunya tahun ini. Apa arti istilah Renstra itu"
        " sebenarnya?",
        "istilah.renstra",
    ),
    ("What is an RPJMD?", "istilah.rpjmd"),
    (
        "Bendahara sedang sibuk input anggaran. Istilah RKA yang dia sebut itu apa ya?",
        "istilah.rka",
    ),
    ("What is a DPA in regional budgeting?", "istilah.dpa"),
    (
        "Password aplikasi perencanaan saya baru direset. Ngomong-ngomong, SIPD itu "
        "singkatan dari apa?",
        "istilah.sipd",
    ),
    ("Apa kepanjangan OPD?", "istilah.opd"),
    (
        "PDAM kami sedang memperluas jaringan pipa. Yang saya belum paham, SPAM itu artinya apa?",
        "istilah.spam",
    ),
    ("What does IPAL mean?", "istilah.ipal"),
    (
        "Bank sampah di kelurahan kami sudah jalan. Lalu TPS3R itu kepanjangannya apa?",
        "istilah.tps3r",
    ),
    (
        "Revisi tata ruang kabupaten masih dibahas di DPRD. Pertanyaan sederhana: RTRW itu apa?",
        "istilah.rtrw",
    ),
    (
        "Kami dulu mengurus IMB, sekarang katanya diganti. PBG itu singkatan dari apa?",
        "istilah.pbg",
    ),
    ("Gedung serbaguna kami diminta punya SLF. Itu apa?", "istilah.slf"),
    ("Developers keep mentioning SKBG for flats. What is it?", "istilah.skbg"),
    (
        "Kami sudah ukur ulang lahannya. Tapi istilah clean and clear untuk lahan itu "
        "maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        "Perusahaan tambang di Murung Raya menawarkan dana CSR. Sebenarnya CSR itu apa, Bu?",
        "istilah.csr",
    ),
    (
        "Undangan dari provinsi sudah saya teruskan ke kabid. Rakor yang dimaksud itu "
        "kepanjangannya apa ya?",
        "istilah.rakor",
    ),
    ("WIB stands for what?", "istilah.wib"),
    ("Nomenklatur dinas kami baru berubah. Singkatan PKP itu sebenarnya apa?", "istilah.pkp"),
    (
        "Dana transfer tahun ini turun lagi. Omong-omong, DAK itu kepanjangan dari apa?",
        "istilah.dak",
    ),
    (
        "Rusunawa di Palangka Raya sudah penuh penghuni katanya. Lalu kalau rusun saja, "
        "itu singkatan dari apa?",
        "istilah.rusun",
    ),
    (
        "Surat edaran dari kementerian sudah kami terima. Maaf, istilah DAK Tematik PPKT "
        "itu artinya apa?",
        "istilah.daktematikppkt",
    ),
]
