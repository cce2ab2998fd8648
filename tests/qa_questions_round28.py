"""Round 28 held-out question table for the Sinkron bot.

Written 2026-12-05 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the 46 non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: officers typing on their phones in Jakarta-office code-switching
(Indonesian with English words: "basically", "btw", "approve-nya", "deadline-nya"); yes/no
checks phrased with a negation or a guess to confirm ("bukan kewenangan prov kan?"); concrete
scenarios with numbers, real villages and years; new staff who describe a thing instead of
naming it; about one question in ten in English as a non-native writes it.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Basically pembagian urusan perkim antara pusat, prov sama kab itu diatur di mana sih? "
        "UU 23/2014 ya?",
        "kewenangan.ringkasan",
    ),
    (
        "Mau bikin slide orientasi buat staf baru: siapa ngerjain apa di bidang perumahan dan "
        "permukiman, pusat vs prov vs kab/kota. Ada ringkasannya ga?",
        "kewenangan.ringkasan",
    ),
    (
        "Could you explain how housing and settlement authority is split between central, "
        "province and regency?",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan perkim dong", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "perkim ini masuk urusan wajib pelayanan dasar kan, bukan urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "yang bilang perumahan rakyat itu urusan wajib pasal berapa ya, pasal 12 bukan sih?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing a mandatory affair for local government or just an optional one?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kumuh 12 ha di Kelurahan Baamang Tengah, Sampit, itu kewenangan prov kan?",
        "kewenangan.kumuh",
    ),
    (
        "Lokasi kumuh kita di Selat Hilir luasnya 8,5 ha. Ini bukan kewenangan prov kan, "
        "berarti kab sendiri yang handle?",
        "kewenangan.kumuh",
    ),
    ("pas 10 ha persis itu masuk mana, kab atau prov?", "kewenangan.kumuh"),
    (
        "batas luas kumuh yg jadi urusan provinsi itu dari berapa sampai berapa ha sih",
        "kewenangan.kumuh",
    ),
    ("kalau 14,9 hektar masih prov ya? takutnya udah lewat ke pusat", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("Kumuh 15 ha pas, itu udah masuk pusat bukan sih?", "kewenangan.kumuh_pusat"),
    (
        "Delineasi di SK kita 32 ha untuk satu kawasan di Pahandut. Berarti pusat ya, prov ga "
        "bisa pegang?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "slum area more than 15 hectare, who is responsible? central government?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalau kumuhnya 20 ha, prov sama sekali ga bisa bantu ya? harus ke pusat dong?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh bisa diusulin ke prov ga, atau murni kab?", "kewenangan.pencegahan_kumuh"),
    (
        "Kita mau bikin program biar kawasan baru di Pangkalan Lada ga jadi kumuh. Which level "
        "yang berwenang buat pencegahan gitu?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh = kab/kota doang kan?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("di sub urusan perumahan, prov kebagian apa aja?", "kewenangan.perumahan"),
    (
        "kewenangan kab di sub-urusan perumahan itu apa aja selain rumah korban bencana?",
        "kewenangan.perumahan",
    ),
    (
        "What is the province's job in the housing sub-affair, not the settlement one?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah buat MBR itu urusan pusat kan, bukan prov?", "kewenangan.perumahan_pusat"),
    (
        "Ada yg mau usul pembangunan rusun 2 tower di Palangka Raya. Itu bukan kewenangan prov "
        "kan? masuk pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan buat masyarakat berpenghasilan rendah, kayak subsidi KPR gitu, "
        "siapa yang pegang?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir bulan lalu di Kec. Mentaya Hulu bikin 60 rumah rusak, statusnya bencana "
        "kabupaten. Rumahnya ditangani kab atau prov?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau bencananya ditetapkan bencana provinsi, rehab rumah korban jadi tanggung jawab "
        "prov dong?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi warga gara2 proyek pemprov, yg sediain rumahnya siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "who handles houses for people relocated because of a national program?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dari developer itu diurus di prov atau kab?", "kewenangan.izin"),
    ("SKBG yang nerbitin siapa ya, prov bukan?", "kewenangan.izin"),
    (
        "Developer di Kumai nanya izin pengembangan kawasan permukiman, kita arahin ke mana? "
        "kab kan?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman isinya apa aja per level?", "kewenangan.kawasan_permukiman"),
    (
        "penyelenggaraan kawasan permukiman itu fungsi prov juga kan, selain yang kumuh 10-15 ha?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional itu yang netapin siapa", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("PSU permukiman vs PSU perumahan bedanya apa, yg mana yg prov?", "kewenangan.psu"),
    (
        "Jalan di dalam perumahan developer di Jekan Raya rusak, warga minta prov yg benerin. "
        "Ini bukan kewenangan prov kan? kan PSU perumahan",
        "kewenangan.psu",
    ),
    ("PSU perumahan masuk kab ya?", "kewenangan.psu"),
    ("so basically prov itu handle PSU yang mana sih?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "PSU dari Disperkimtan prov itu bentuknya apa aja? cuma jalan lingkungan sama drainase?",
        "psu.lingkup_provinsi",
    ),
    (
        "Bisa ga prov bangun drainase di sepanjang jalan kabupaten di Kuala Kurun? atau itu ga "
        "masuk?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kita mau usul jaling 750 m plus drainase dua sisi di Desa Talio Hulu, Pandih Batu. "
        "Itu di desa, bukan kota, tetap bisa PSU prov kan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Can the province build PSU on land owned by the regency, or only on provincial assets?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah yg tingkat kemampuan kecil itu kab kan?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi konsultan perencana PSU kelas menengah, yang ngurus prov bukan sih?",
        "kewenangan.sertifikasi",
    ),
    (
        "siapa yg ngasih sertifikat ke orang atau badan usaha yg desain rumah dan PSU",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan target-nya berapa persen buat prov?", "kewenangan.spm"),
    ("Standar pelayanan minimal bidang perumahan rakyat itu dasarnya PP berapa?", "kewenangan.spm"),
    ("SPM perumahan yg harus dipenuhi prov itu layanan apa aja", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "Luas yg dipakai buat nentuin kewenangan itu luas desanya atau luas kawasan kumuh yg di "
        "SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Desa Pulau Mambulau luasnya ratusan ha, tapi yg ditandai kumuh di peta SK cuma 11 ha. "
        "Yang dihitung yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Di SK kawasan kita kepisah 2 lokasi, 6 ha sama 7 ha. Boleh digabung jadi 13 ha biar "
        "masuk prov ga?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the 10-15 ha rule, the whole kelurahan or only the delineated slum?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("SK kumuh itu yang bikin siapa, bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumuh Kotim terakhir 2020, udah harus direview belum sih?", "kumuh.penetapan"),
    ("penetapan lokasi kumuh harus dilengkapi apa aja? peta sebaran juga?", "kumuh.penetapan"),
    ("Prov bisa netapin lokasi kumuh sendiri ga kalau kab belum punya SK?", "kumuh.penetapan"),
    # kumuh.aspek
    ("kriteria kumuh itu ada 7 aspek ya, apa aja?", "kumuh.aspek"),
    ("proteksi kebakaran termasuk aspek penilaian kumuh ga sih?", "kumuh.aspek"),
    ("What criteria are used to assess a slum? how many aspects?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh maksimal berapa, dan mulai berapa yg dianggap kumuh berat?", "kumuh.penilaian"),
    (
        "Hasil penilaian lokasi kita di Pahandut Seberang dapet 64. Itu udah kumuh berat kan?",
        "kumuh.penilaian",
    ),
    ("tiap kriteria kumuh dinilai 0, 1, 3, 5 itu dasarnya apa", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("Skor 45 itu kumuh sedang ya?", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh ringan berapa sampai berapa", "kumuh.tingkat_sedang_ringan"),
    (
        "nilai 30 masuk ringan atau sedang? fyi ini buat laporan baseline",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kumuh ringan di lahan legal, penanganannya pemugaran ya, bukan peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "kalau warganya tinggal di lahan ilegal pinggir sungai, pola penanganannya apa",
        "kumuh.pola_penanganan",
    ),
    (
        "beda pemugaran sama peremajaan apa sih? yg satu sebagian, satunya menyeluruh gitu?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("total kawasan kumuh di Kalteng ada berapa lokasi, berapa ha?", "kumuh.kalteng"),
    ("kab mana yang paling banyak lokasi kumuhnya se-Kalteng?", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan tipe apa, yg pinggir sungai gitu ya?", "kumuh.kalteng"),
    # usulan.isi
    ("Usulan ke prov isinya apa aja sih? Mau siapin dari sekarang buat TA 2028", "usulan.isi"),
    (
        "kenapa di usulan ditanya sektor segala, air minum, sampah, dll? concern-nya apa?",
        "usulan.isi",
    ),
    (
        "What information should I prepare before submitting a proposal to the province?",
        "usulan.isi",
    ),
    ("data apa aja yg harus ada di usulan kegiatan", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bisa diajuin ke prov apa aja?", "usulan.jenis"),
    ("Selain kumuh dan PSU, bisa ga kita ngusulin hal lain, misal TPS3R atau RTH?", "usulan.jenis"),
    ("usulan rumah buat korban bencana masuk jenis apa?", "usulan.jenis"),
    (
        "bisa usul bedah rumah juga ga lewat sini, atau cuma kumuh aja?",
        ("usulan.jenis", "usulan.rtlh"),
    ),
    # usulan.lokasi
    ("Di usulan lokasinya harus sampai desa ya, atau cukup kecamatan?", "usulan.lokasi"),
    ("titik GPS wajib ga? sinyal di Tumbang Marikoi susah banget", "usulan.lokasi"),
    (
        "nama lokasi di usulan harus sama persis kayak yg di SK kumuh ga?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    ("perkotaan atau perdesaan itu ngaruh ga ke usulan PSU?", "usulan.lokasi"),
    # usulan.penerima_biaya
    (
        "jumlah KK sama jiwa di usulan itu wajib? kita baru punya data 85 KK, jiwanya belum",
        "usulan.penerima_biaya",
    ),
    (
        "Estimasi biaya 1,2 M buat jaling 600 m di Desa Bahaur. Sumber dananya diisi APBD Prov "
        "aja atau kombinasi?",
        "usulan.penerima_biaya",
    ),
    ("pilihan sumber dana di usulan apa aja", "usulan.penerima_biaya"),
    ("perlu cantumin dana pendamping dari kab ga di usulan?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("readiness criteria buat usulan PSU itu apa aja?", "usulan.kesiapan"),
    (
        "dokumen kesiapan yg harus dilampirin apa aja sih, make sure ga ada yg kelewat",
        "usulan.kesiapan",
    ),
    (
        "Kalau DED belum ada, usulan tetap bisa masuk kan? cuma nilai kesiapannya kurang?",
        "usulan.kesiapan",
    ),
    (
        "RC itu yang dokumen kesiapan ya? buat usulan drainase kita isinya apa aja",
        "usulan.kesiapan",
    ),
    ("Is a letter from the Bupati needed as part of proposal readiness?", "usulan.kesiapan"),
    # usulan.lahan
    (
        "lahan clean and clear itu syaratnya apa aja buat usulan?",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    (
        "Tanah buat drainase masih punya warga, belum dihibahkan ke pemda. Masih bisa diusulin ga?",
        "usulan.lahan",
    ),
    ("status lahannya cuma SKT, bukan sertifikat. aman ga buat usulan jaling?", "usulan.lahan"),
    (
        "Lahannya lagi sengketa sama perusahaan sawit di Seruyan Hilir, berarti ga clean and "
        "clear dong?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin nomor dan tanggal SK kumuh ya?", "usulan.sk_kumuh"),
    (
        "Lokasinya ga tercantum di SK kumuh tapi kondisinya jelas kumuh. Tetep bisa diusulin ke "
        "prov?",
        "usulan.sk_kumuh",
    ),
    ("SK kumuh kita tahun 2020, kalau usul sekarang masih kepake ga?", "usulan.sk_kumuh"),
    ("SK kumuhnya udah lebih dari 5 taun, ngaruh ke penilaian usulan ga?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED sama RAB harus udah jadi sebelum submit?", "usulan.dokumen_teknis"),
    (
        "foto kondisi eksisting minimal berapa, maksimal berapa?",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    ("RKS sama site plan itu wajib juga atau opsional?", "usulan.dokumen_teknis"),
    (
        "dokumen teknis apa aja yg perlu buat usulan drainase 1,5 km di Baamang",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu yang tanda tangan siapa?",
        "usulan.surat_pernyataan",
    ),
    ("Kenapa harus ada surat pernyataan O&P segala? kan yg bangun prov", "usulan.surat_pernyataan"),
    (
        "surat yg isinya kita siap nerima aset dan ngerawatnya itu wajib dilampirin di usulan?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("RTLH lewat prov syaratnya apa aja", "usulan.rtlh"),
    (
        "Warga di Desa Henda mau bangun rumah baru karena belum punya rumah. Bisa lewat program "
        "RTLH prov ga?",
        "usulan.rtlh",
    ),
    ("penerima bantuan RTLH prov ditetapin pake SK siapa? ga cukup SK bupati ya?", "usulan.rtlh"),
    ("rumahnya berdiri di tanah orang tua, belum balik nama. Bisa dapet RTLH prov?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "warga RT 05 di Langkai minta jalan lingkungan, mereka bisa langsung usul ke prov ga?",
        "usulan.psu_masyarakat",
    ),
    ("Permintaan PSU dari masyarakat harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    ("proposal jalan dari warga cukup tanda tangan ketua RT aja kan?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("Setelah jaling dibangun prov di tanah kab, asetnya jadi milik siapa?", "hibah.aset"),
    ("BAST hibah aset dari prov itu yg tanda tangan siapa dari pihak kab?", "hibah.aset"),
    (
        "Drainase yg dibangun prov tahun lalu di Tamiang Layang udah rusak lagi. Pemeliharaannya "
        "tanggung jawab siapa?",
        "hibah.aset",
    ),
    (
        "after the handover, does the regency have to record the road as its own asset?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau ternyata bukan kewenangan prov, dananya bisa dari mana aja?", "pendanaan.saluran_lain"),
    (
        "Kumuh 6 ha di Kelurahan Raja, Pangkalan Bun, bukan kewenangan prov kan? Terus "
        "alternatif budget-nya apa?",
        ("pendanaan.saluran_lain", "kewenangan.kumuh"),
    ),
    ("DAK Tematik PPKT bisa dipake buat kumuh di bawah 10 ha ga?", "pendanaan.saluran_lain"),
    (
        "bisa pake CSR perusahaan buat jalan lingkungan ga kalo prov ga bisa?",
        "pendanaan.saluran_lain",
    ),
    ("selain APBD prov, ada jalur dana apa buat PSU perumahan?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    (
        "usulan yg kita masukin bulan ini buat anggaran tahun berapa? 2027 atau 2028?",
        "siklus.tahunan",
    ),
    ("alur usulan dari kab sampai dibangun prov itu gimana sih step by step", "siklus.tahunan"),
    ("deadline-nya kapan buat usulan TA 2028?", "siklus.tahunan"),
    ("siklus usulan tahunan", "siklus.tahunan"),
    ("What is the yearly cycle for proposals to the province?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("prov ngecek usulan kita dari sisi apa aja?", "siklus.pemeriksaan"),
    (
        "verifikasi usulan itu cuma kelengkapan dokumen atau ada cek lapangan juga?",
        "siklus.pemeriksaan",
    ),
    (
        "Pas verifikasi prov juga ngecek kewenangannya kan? jadi kalau cuma 8 ha langsung "
        "ketahuan ya",
        "siklus.pemeriksaan",
    ),
    (
        "How does the province check our proposals, is there a technical review?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("Rakor bidang kawasan permukiman tahun depan kapan? biasanya bulan apa?", "siklus.rakor"),
    (
        "yg kemarin rapat besar se-Kalteng di aula Disperkimtan itu apa namanya? tujuannya apa?",
        ("siklus.rakor", "istilah.rakor"),
    ),
    ("Rakor itu yg hadir siapa aja, wajib dari dinas perkim kab?", "siklus.rakor"),
    ("Rakor 2025 kemarin diadain di mana dan tanggal berapa?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("Habis dibahas di rakor, usulan kita lanjut ke mana? musrenbang dulu?", "siklus.rkpd_apbd"),
    ("usulan yg udah disetujui itu pasti masuk APBD prov ga?", "siklus.rkpd_apbd"),
    ("urutan dari rakor ke RKPD ke APBD gimana", "siklus.rkpd_apbd"),
    (
        "After approval, when is the project actually budgeted, in the RKPD or the APBD?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("Pokja PKP di kab itu fungsinya buat apa sih? kerjanya ngapain aja?", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan Pokja PKP apa ya, permen PUPR berapa", "koordinasi.pokja_pkp"),
    ("Pokja PKP sama Forum PKP bedanya apa?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "alamat kantor Disperkimtan prov di mana ya, mau antar berkas hardcopy",
        "disperkimtan.kontak",
    ),
    ("website disperkimtan kalteng apa", "disperkimtan.kontak"),
    ("Where is the provincial housing agency office in Palangka Raya?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("bot ini perintahnya apa aja ya? baru pertama pake", "bot.cara_pakai"),
    ("jam di bot ini pake WIB atau WITA?", "bot.cara_pakai"),
    ("gimana cara pakai Sinkron, ada menu bantuan ga?", "bot.cara_pakai"),
    # bot.usul
    ("cara kirim usulan lewat bot gimana?", "bot.usul"),
    ("Lagi isi /usul terus sinyal ilang di tengah jalan. Harus ulang dari awal ga?", "bot.usul"),
    ("bisa copy usulan tahun lalu ga biar ga ngisi ulang semua?", "bot.usul"),
    ("bisa ngusulin buat kab lain ga lewat /usul? kita mau bantu kab tetangga", "bot.usul"),
    # bot.status
    ("status usulan kita 'verifikasi' dari minggu lalu, itu artinya apa?", "bot.status"),
    ("USL-2026-0014 statusnya perlu perbaikan, terus kita harus ngapain?", "bot.status"),
    ("dibahas rakor itu berarti udah pasti disetujui ya?", "bot.status"),
    ("apa bedanya dibatalkan sama ditolak?", "bot.status"),
    (
        "Kalau udah disetujui terus ternyata ada data yg salah, statusnya bisa diubah lewat bot "
        "ga?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan kita ditolak, alasannya bukan kewenangan prov. next step-nya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan dialihkan ke APBN maksudnya gimana? kita yg harus ngusulin ulang ke pusat?",
        "bot.ditolak_dialihkan",
    ),
    ("bisa banding ga kalau ditolak? menurut kita luasnya udah pas 10 ha", "bot.ditolak_dialihkan"),
    ("alasan umum usulan ditolak apa aja, biar tahun depan ga keulang", "bot.ditolak_dialihkan"),
    (
        "our proposal was redirected to the regency budget, what should we do next?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "berapa lama biasanya usulan diverifikasi prov? udah 4 hari kerja belum ada kabar",
        "bot.tindak_lanjut",
    ),
    ("standar tindak lanjut yg acuannya LAPOR! itu gimana", "bot.tindak_lanjut"),
    (
        "3 hari kerja itu aturan resmi Disperkimtan atau cuma standar bot-nya aja?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("undangan rapat dari bot, kalau saya ga bisa hadir boleh diwakilin staf?", "bot.rapat"),
    ("reminder rapat dikirim kapan aja? H-1 doang?", "bot.rapat"),
    ("gimana cara konfirmasi kehadiran rapat di Sinkron", "bot.rapat"),
]


PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # istilah.perkim
    (
        "Perkim itu kepanjangannya apa sih? basically sama aja kayak dinas kita kan?",
        "istilah.perkim",
    ),
    # istilah.disperkimtan
    (
        "btw Disperkimtan stands for apa ya? yang 'tan' di belakang itu pertanahan bukan sih?",
        "istilah.disperkimtan",
    ),
    # istilah.pkp
    ("PKP di undangan itu maksudnya apa? bukan pengusaha kena pajak kan 😅", "istilah.pkp"),
    # istilah.psu
    ("PSU itu singkatan dari apa sih, which is prasarana sama apa lagi?", "istilah.psu"),
    ("fyi aku anak baru, PSU itu apaan ya", "istilah.psu"),
    # istilah.jaling
    ("jaling = jalan lingkungan kan?", "istilah.jaling"),
    (
        "di RAB Kumai ada tulisan 'jaling 850 m', jaling itu maksudnya apa ya",
        "istilah.jaling",
    ),
    # istilah.kb / istilah.ks / istilah.kr
    ("KB di tabel kumuh itu bukan keluarga berencana kan? artinya apa", "istilah.kb"),
    ("KS itu kumuh sedang ya?", "istilah.ks"),
    ("arti KR di lampiran kumuh Baamang apa", "istilah.kr"),
    # istilah.skkumuh
    ("SK kumuh itu basically dokumen apa sih? aku belum pernah liat wujudnya", "istilah.skkumuh"),
    (
        "yang orang kantor sebut SK kumuh itu surat keputusan apa ya lengkapnya",
        "istilah.skkumuh",
    ),
    # istilah.delineasi
    ("delineasi itu apaan? kok di SK ada peta delineasi segala", "istilah.delineasi"),
    ("What does delineasi mean in the slum decree?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH kepanjangannya apa ya", "istilah.rtlh"),
    (
        "rumah yang udah ga layak ditempatin itu ada singkatannya kan, RT-apa gitu, "
        "apa sih lengkapnya?",
        "istilah.rtlh",
    ),
    # istilah.bedahrumah
    (
        "bedah rumah itu istilah resmi atau cuma sebutan orang aja? maksudnya apa",
        "istilah.bedahrumah",
    ),
    # istilah.bsps
    ("btw BSPS stands for apa? pak kades Tumbang Malahoi nanya terus", "istilah.bsps"),
    ("BSPS itu bantuan stimulan apa gitu kan? lengkapnya apa", "istilah.bsps"),
    # istilah.mbr
    ("MBR artinya apa sih", "istilah.mbr"),
    ("sering denger 'rumah untuk MBR', MBR itu masyarakat apa ya?", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu apa? 'wa' nya itu singkatan dari apa", "istilah.rusunawa"),
    # istilah.huntara
    ("huntara itu apa ya? which is buat korban banjir gitu?", "istilah.huntara"),
    # istilah.kk
    ("KK di form itu kepala keluarga kan, bukan kartu keluarga?", "istilah.kk"),
    # istilah.ded
    ("DED itu apa? konsultan minta budget-nya khusus buat DED", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya apa", "istilah.rab"),
    ("RAB itu dokumen yang isinya itung-itungan biaya kan? singkatan dari apa", "istilah.rab"),
    # istilah.rks
    ("RKS itu apa sih, bukan RAB kan?", "istilah.rks"),
    ("what is RKS in the technical documents?", "istilah.rks"),
    # istilah.kak
    ("KAK itu sama dengan TOR bukan sih?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu maksudnya gambar apa ya? bahasa indonesianya apa", "istilah.siteplan"),
    # istilah.rc
    ("RC itu apaan sih, di checklist usulan ada kolom RC", "istilah.rc"),
    ("readiness criteria itu bahasa kita apa? kriteria apa gitu", "istilah.rc"),
    # istilah.bast
    ("BAST singkatan dari apa?", "istilah.bast"),
    ("so BAST itu berita acara apa ya lengkapnya", "istilah.bast"),
    # istilah.hibah
    ("arti kata hibah kalau konteksnya aset pemda itu apa ya?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa ya? barang milik daerah?", "istilah.bmd"),
    # istilah.op
    ("O&P itu maksudnya apa? di surat pernyataan ada kata O&P", "istilah.op"),
    ("OP singkatan dari operasi dan pemeliharaan kan?", "istilah.op"),
    # istilah.pokjapkp
    ("Pokja PKP itu apa sih, semacam tim gitu?", "istilah.pokjapkp"),
    # istilah.pokjappas
    (
        "PPAS di 'Pokja PPAS' itu kepanjangannya apa? beda sama KUA-PPAS kan",
        "istilah.pokjappas",
    ),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa ya", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP kepanjangannya apa, panjang banget singkatannya", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa sih? senior sering nyebut", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa? PPKT-nya stands for apa", "istilah.daktematikppkt"),
    ("PPKT kepanjangannya apa ya, yang DAK buat kumuh itu", "istilah.daktematikppkt"),
    # istilah.apbdes
    ("APBDes itu APBD-nya desa kan?", "istilah.apbdes"),
    # istilah.bankeu
    ("Bankeu itu apa sih? bantuan keuangan gitu?", "istilah.bankeu"),
    ("What is Bankeu?", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu apa? katanya usulan dari dewan", "istilah.pokir"),
    ("usulan titipan anggota DPRD kan disebut pokir, pokir itu pokok apa?", "istilah.pokir"),
    # istilah.kuappas
    ("KUA-PPAS itu apa, sering disebut pas bahas budget", "istilah.kuappas"),
    ("KUA PPAS stands for apa sih? yang 'PPAS' itu prioritas plafon apa", "istilah.kuappas"),
    # istilah.sipd
    ("SIPD itu sistem informasi apa ya", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu badan apa? dulu namanya Bappeda bukan?", "istilah.bapperida"),
    # istilah.skbg
    ("btw SKBG stands for apa?", "istilah.skbg"),
    (
        "sertifikat buat unit rusun yang dikeluarin kab itu SKBG ya? singkatan dari apa",
        "istilah.skbg",
    ),
    # istilah.skt
    ("SKT itu surat apa, yang dari kades itu bukan?", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear itu maksudnya lahannya yang gimana", "istilah.cleanandclear"),
    ("lahan C&C itu maksudnya apa? so harus udah sertifikat gitu?", "istilah.cleanandclear"),
    # istilah.backlog
    ("backlog rumah itu artinya apa", "istilah.backlog"),
    ("what does backlog mean for housing? my kabid keep saying it", "istilah.backlog"),
    # istilah.rakor
    ("Rakor kepanjangannya apa ya? rapat koordinasi apa gitu", "istilah.rakor"),
    (
        "yang kemarin rapat besar se-Kalteng di aula dinas itu apa ya namanya",
        ("istilah.rakor", "siklus.rakor"),
    ),
]

PART_B_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan kami udah sampai mana ya?", "status"),
    ("cek status usulan jaling Baamang yang kita submit dong", "status"),
    ("USL-2026-0014 gimana kabarnya, udah di-approve belum?", "status"),
    (
        "btw usulan drainase Kotim yang masuk bulan lalu masih verifikasi atau udah lanjut "
        "ke tahap berikutnya?",
        "status",
    ),
    ("can I see the status of my proposals?", "status"),
    ("usulan kita ada yang dikembalikan buat perbaikan ga? mau liat list-nya", "status"),
    # meeting
    ("Rakor tahun ini kapan sih?", "meeting"),
    ("rapat koordinasi berikutnya di mana, hotel atau aula dinas?", "meeting"),
    ("jadwal rapat sinkronisasi sama prov udah keluar belum? aku perlu izin atasan", "meeting"),
    ("next rakor tanggal berapa ya, jam berapa mulainya?", "meeting"),
    ("rapat besar bidang kawasan permukiman yang berikutnya kapan dan di mana?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    # deadline
    ("deadline usulan tahun ini kapan?", "deadline"),
    ("batas akhir submit usulan buat TA 2027 tanggal berapa?", "deadline"),
    ("masih bisa kirim usulan ga? kapan ditutupnya", "deadline"),
    ("what is the closing date for proposals this year?", "deadline"),
    ("usulan paling lambat masuk kapan ya, biar ga telat kayak tahun lalu", "deadline"),
    ("tenggat pengajuan usulan ke prov kapan? make sure Pulpis ga kelewatan", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("pagi min 🙏", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("help", "greeting"),
    ("bot ini basically bisa bantu apa aja sih?", "greeting"),
    ("hi, what can you do?", "greeting"),
    # how_to_submit
    ("gimana cara submit usulan lewat bot ini?", "how_to_submit"),
    ("mau ngajuin usulan jaling 600 m di Kalampangan, caranya lewat sini gimana?", "how_to_submit"),
    ("how do I send a proposal here?", "how_to_submit"),
    ("kirim usulan itu pake perintah apa ya?", "how_to_submit"),
    ("step-nya buat input usulan baru di bot gimana, dari mana mulainya", "how_to_submit"),
    ("kalau mau kirim usulan PSU via bot, klik apa dulu?", "how_to_submit"),
]

PART_B_AREAS: list[tuple[str, str]] = [
    # kabkota (under 10 ha)
    ("kumuh 8 ha di Baamang Hilir kewenangan siapa?", "kabkota"),
    ("kawasan kumuh 85.000 m2 di Kel. Pahandut, bukan kewenangan prov kan?", "kabkota"),
    ("kurang dikit dari 10 ha, sekitar 9,8 — berarti ke kab aja kan?", "kabkota"),
    ("3,5 ha kumuh di desa Sungai Bakau, yang handle siapa", "kabkota"),
    ("delineasi kumuh 99.000 m², so kewenangan kab ya?", "kabkota"),
    ("kumuh 0,8 hektar di Tumbang Rungan ditangani level mana", "kabkota"),
    ("kumuh 9,99 ha, masih kab/kota bukan sih?", "kabkota"),
    (
        "desanya total 30 ha tapi yang didelineasi kumuh di SK cuma 7 hektare. "
        "ini kewenangan siapa?",
        "kabkota",
    ),
    ("kawasan kumuh 6 hektar, 120 KK, ditangani prov atau kab?", "kabkota"),
    # provinsi (10 ha up to but not including 15 ha)
    ("kumuh pas 10 ha, masuk prov bukan?", "provinsi"),
    ("delineasi di SK 12,5 hektar, berarti yang handle siapa", "provinsi"),
    ("14,99 ha which is hampir 15, siapa yang pegang?", "provinsi"),
    ("luas kumuh 120.000 m² itu level mana", "provinsi"),
    ("lebih dari 14,5 ha tapi belum nyampe 15 ha, masuk prov ya?", "provinsi"),
    ("kumuh 10.5 ha di Selat Hulu kewenangan siapa", "provinsi"),
    ("Our slum location is 11.2 hectares, is it the province's job?", "provinsi"),
    (
        "SK kumuh bilang luasnya 13 ha, 240 KK, budget-nya sekitar 4 M. "
        "ini approve-nya di prov kan?",
        "provinsi",
    ),
    ("kawasan kumuh 100.000 meter persegi, yang tangani siapa", "provinsi"),
    ("kumuh 14 ha di Panarung, ga perlu ke pusat kan?", "provinsi"),
    # pusat (15 ha or more)
    ("tepat 15 ha kumuhnya, masih provinsi kan?", "pusat"),
    ("slum area of 16 hectares in Sampit, who handles it?", "pusat"),
    ("kumuh 22 hektare di Selat Hilir Kapuas, ini masuk pusat bukan sih?", "pusat"),
    ("150.000 meter persegi kawasan kumuh, kewenangan siapa?", "pusat"),
    (
        "kawasan kumuh 15,2 ha di Mentawa Baru Ketapang, kewenangan prov bukan? mau diusulin 2027",
        "pusat",
    ),
    ("kumuh 45 ha di Kuala Kapuas level mana yang pegang", "pusat"),
]

PART_B_OUT_OF_SCOPE: list[str] = [
    # other provinces' rules
    "Pergub Kaltim soal bantuan RTLH isinya apa aja? mau benchmarking",
    "Perda Kota Banjarmasin tentang penyerahan PSU pengembang pasal-pasalnya gimana?",
    "tarif sewa rusunawa di DKI Jakarta per bulan berapa sekarang?",
    # exact budget figures
    "pagu DAK Tematik PPKT buat Kapuas tahun 2027 berapa M?",
    "total APBD Disperkimtan tahun 2026 berapa sih? fyi buat bahan paparan",
    "kuota BSPS nasional 2027 buat Kalteng berapa unit?",
    "nilai kontrak jaling Kumai yang dikerjain 2025 berapa ya?",
    # prices
    "harga semen di Sampit sekarang berapa per sak?",
    "harga besi beton 10 mm di Pangkalan Bun per batang berapa?",
    "harga tanah per meter di Jekan Raya sekarang kira-kira berapa?",
    "tiket pesawat Palangka Raya ke Jakarta minggu depan berapaan?",
    # technical engineering specs
    "tebal perkerasan beton buat jaling minimal berapa cm? pake K-250 atau K-300?",
    "dimensi u-ditch yang standar buat drainase lingkungan ukuran berapa?",
    "campuran beton K-225 perbandingan semen pasir kerikilnya berapa?",
    "pipa HDPE buat SPAM perpipaan diameter berapa yang recommended?",
    # personal HR matters
    "cuti tahunan PNS bisa dipecah jadi dua kali ga?",
    "TPP bulan ini cair kapan ya?",
    "syarat naik pangkat jabatan fungsional perencana apa aja?",
    "gaji PPPK golongan IX sekarang berapa?",
    # IT problems with other systems
    "SIPD aku ga bisa login dari kemarin, error 500, gimana fix-nya?",
    "lupa password e-Kinerja BKN, reset-nya gimana?",
    "zoom-nya error terus, audio ga keluar, kenapa ya",
    "how to fix laptop wifi not connecting to office network?",
    # news, weather, sport, recipes
    "ada berita apa hari ini soal gubernur?",
    "cuaca Palangka Raya besok hujan ga? mau survey lapangan",
    "Kalteng Putra semalam menang ga? skornya berapa",
    "resep juhu singkah yang enak gimana?",
    "who won the World Cup 2026?",
]


ROUND28_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND28_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND28_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND28_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
