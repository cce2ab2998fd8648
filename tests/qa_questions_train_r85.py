"""Training table R85 for the Sinkron matcher (written 2026-12-08; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 68's styles, for the first half of the topic list: Manado or Ambon Malay, Palembang
words, spreadsheet rows or table cells pasted beside the question, meeting minutes with
"Pertanyaan:" lines, legal-drafting phrasing, an officer near retirement with a long
backstory first, words run together or joined by underscores; New Zealand English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only. Written and read in round 39.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R85_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Tolong jelaskan gambaran besar pembagian urusan perkim: apa yg "
            "dipegang pusat, apa yg provinsi, apa yg kab/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kia ora. Could you give me the big picture of who does what in housing"
            " and settlements - central govt, the province, and us at the district?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "perumahan rakyat itu urusan wajib pelayanan dasar atau urusan pilihan sih?",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Mohon penegasan berdasarkan ketentuan UU 23/2014: apakah perumahan "
            "rakyat dan kawasan permukiman in casu termasuk urusan pemerintahan "
            "wajib yang berkaitan dengan pelayanan dasar, vide Pasal 12 ayat (1)?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "batas luas kumuh yg jadi urusan kab, provinsi, sama pusat itu brp ha masing2?",
        "kewenangan.kumuh",
    ),
    (
        (
            "Kita mo tanya, penanganan kawasan kumuh itu dibagi kewenangan menurut "
            "luas bagimana? Torang di Kapuas masih bingung."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh yang luasnya 15 ha ke atas itu jadi urusan pusat ya? "
            "bunyi aturannya sudah pasti atau belum?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "Our biggest slum zone is well over 15 ha. Does that one sit with "
            "central government rather than the province, eh?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kegiatan pencegahan kumuh (biar tdk muncul kumuh baru) bisa diusulkan "
            "ke provinsi atau itu urusan kabupaten sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("Pencegahan permukiman kumuh tu kewenangan siapo? Provinsi galak dak nanganinyo?"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Di sub-urusan perumahan, kewenangan provinsi apa saja dan kab/kota apa saja?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Under the housing sub-affair, what exactly is the province responsible"
            " for, compared with the district council?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("Penyediaan rumah untuk MBR itu tanggung jawab siapa? bisa kami usulkan ke prov?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "pembangunan rusun utk masyarakat berpenghasilan rendah dan sistem "
            "pembiayaan perumahannya itu ranah pemerintah pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah warga korban banjir di Kec. Mantangai banyak yg rusak berat. "
            "Bantuan rumahnya urusan provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Notulen Rapat Teknis Dinas Perkim Kab. Seruyan\nPertanyaan: warga yg "
            "kena relokasi program pemda provinsi, penyediaan rumahnya difasilitasi"
            " siapa?\nTindak lanjut: ditanyakan ke bot"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan dari developer itu diterbitkan siapa, "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        ("SKBG untuk rusun dan izin pengembangan kawasan permukiman itu kewenangan level mana?"),
        "kewenangan.izin",
    ),
    (
        ("Sub-urusan kawasan permukiman itu isinya apa aja? pembagian prov dan kab/kota gimana?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kewenangan_provinsi di sub_urusan kawasan_permukiman itu apa saja ya",
        "kewenangan.kawasan_permukiman",
    ),
    ("Bedanya PSU permukiman sama PSU perumahan apa, yang mana bagian provinsi?", "kewenangan.psu"),
    (
        (
            "Jalan di kompleks perumahan developer di Kel. Sidorejo rusak. Itu PSU "
            "perumahan kan, jadi tanggung jawab kabupaten bukan provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU yg biasa dibangun Disperkimtan provinsi itu apa saja? bisa lampu "
            "jalan atau sumur bor juga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "No | Kegiatan | Lokasi | Ket\n3 | Pengaspalan ruas jalan kabupaten | "
            "Kec. Kota Besi | ?\nIni bisa masuk PSU provinsi tdk? jalannya status "
            "jalan kabupaten"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("Sertifikasi dan registrasi perancang rumah tingkat kemampuan menengah itu diurus siapa?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Who certifies and registers the folks who design houses and plan PSU -"
            " is that us or the province?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("SPM perumahan rakyat utk provinsi itu jenis layanannya apa, targetnya berapa persen?"),
        "kewenangan.spm",
    ),
    (
        (
            "Berdasarkan ketentuan PP 2/2018 Pasal 8 jo. Permen PUPR 29/2018 "
            "Lampiran II, jenis pelayanan dasar SPM perumahan yang menjadi "
            "kewajiban daerah provinsi apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Luas kumuh yg dipakai utk tentukan kewenangan itu luas kelurahan atau "
            "luas lokasi di SK? Kelurahan Ketapang kan luas sekali"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas kawasan di SK deng luas desa beda jauh. Mana yang dipake for "
            "hitung kewenangan? Nyanda jelas torang."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yg menetapkan lokasi kumuh, gubernur atau bupati? berapa tahun "
            "sekali harus ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Who actually declares a place a slum area here, and how often does "
            "that decree have to be reviewed?"
        ),
        "kumuh.penetapan",
    ),
    ("aspek penilaian kumuh itu apa aja? katanya ada 7", "kumuh.aspek"),
    (
        (
            "Kriteria kumuh tu apo bae? Aku jingok di Permen PUPR 14/2018 ado tujuh"
            " aspek, apo bae nian?"
        ),
        "kumuh.aspek",
    ),
    ("Skor berapa sebuah lokasi disebut kumuh berat? nilai maksimalnya berapa?", "kumuh.penilaian"),
    (
        ("Lokasi\tNilai\tTingkat\nBaamang Hilir\t64\t?\nNilai 64 ini sudah masuk kumuh berat?"),
        "kumuh.penilaian",
    ),
    ("Rentang nilai kumuh sedang sama kumuh ringan berapa?", "kumuh.tingkat_sedang_ringan"),
    (
        ("Hasil skoring Kel. Mentawa Baru Hulu totalnya 29. Itu kumuh ringan atau sedang?"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("Kapan penanganan kumuh pakai pemugaran, kapan peremajaan, kapan pemukiman kembali?"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "If a slum sits on land the residents don't legally hold, what kind of "
            "treatment applies - do they get resettled?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("Berapa jumlah lokasi kumuh se-Kalteng dan total luasnya?", "kumuh.kalteng"),
    ("kabupaten mana yg paling banyak lokasi kumuhnya di kalteng?", "kumuh.kalteng"),
    (
        (
            "Data apa saja yg diminta waktu isi usulan kegiatan ke provinsi, dan "
            "kenapa ditanya begitu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Saya sudah 31 tahun di Dinas Perkim Barito Timur, dulu usulan cukup "
            "surat satu lembar dibawa ke Palangka Raya. Awal tahun depan saya "
            "pensiun dan mau wariskan ke staf muda. Sekarang isian usulan itu apa "
            "saja dan gunanya apa?"
        ),
        "usulan.isi",
    ),
    ("Jenis usulan apa saja yg bisa diajukan ke Disperkimtan?", "usulan.jenis"),
    (
        (
            "Usulan apa-apa saja yang bole torang kase masuk ke provinsi? Kumuh, "
            "PSU, RTLH, atau laeng?"
        ),
        "usulan.jenis",
    ),
    ("Lokasi usulan harus diisi sampai desa? perlu titik GPS juga?", "usulan.lokasi"),
    (
        ("isian_lokasi di usulan itu apa saja? nama_lokasi harus sama dengan di SK kumuh?"),
        "usulan.lokasi",
    ),
    (
        ("Jumlah KK dan jiwa penerima manfaat wajib diisi? sumber dana apa saja yg bisa dipilih?"),
        "usulan.penerima_biaya",
    ),
    (
        ("di usulan, biaya ditulis gimana dan boleh sumber dananya kombinasi APBD kab + CSR?"),
        "usulan.penerima_biaya",
    ),
    (
        ("Dokumen kesiapan (readiness criteria) untuk usulan PSU apa saja yang diminta provinsi?"),
        "usulan.kesiapan",
    ),
    (
        (
            "What readiness documents does the province want before it'll look at a"
            " drainage proposal? Sweet as if you can list them."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Tanah utk jalan lingkungan di Desa Jaar masih atas nama warga, belum "
            "dihibahkan ke pemda. Usulan masih bisa masuk?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan jalan lingkungan tu belum besertifikat, ado sengketo dikit. "
            "Status lahan untuk usulan harus clean and clear nian dak?"
        ),
        "usulan.lahan",
    ),
    (
        ("Usulan kumuh wajib cantumkan nomor SK kumuh? kalau lokasinya tidak ada di SK bagaimana?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami terbit 6 tahun lalu, usulan kumuhnya masih bisa dikirim "
            "atau kena masalah?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "DED, RAB, RKS dan site plan itu wajib dilampirkan semua? foto kondisi "
            "eksisting berapa lembar?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Do we need a full DED and RAB before submitting, or can those come "
            "later? And how many photos of the site?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        ("Surat pernyataan kesediaan terima hibah dan O&P itu wajib? yang tanda tangan siapa?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Mohon petunjuk perihal surat pernyataan kesanggupan menerima hibah "
            "serta melaksanakan operasi dan pemeliharaan; apakah berlaku mutatis "
            "mutandis bagi usulan PSU di atas aset kabupaten?"
        ),
        "usulan.surat_pernyataan",
    ),
    ("Syarat usulan RTLH lewat provinsi apa saja? boleh untuk bangun rumah baru?", "usulan.rtlh"),
    (
        (
            "Beta pe warga di Desa Sungai Pasir rumah so rusak, tanah cuma ada SKT."
            " Bisa usul perbaikan rumah lewat provinsi ka seng?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga satu RT mau minta jalan lingkungan langsung ke provinsi, bisa? "
            "harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "A bunch of residents in Kelurahan Langkai want to ask the province "
            "directly for drainage. What do they need - sign-off from the RT, the "
            "Lurah?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Setelah jalan lingkungan dibangun provinsi di tanah kabupaten, asetnya"
            " jadi milik siapa? pemeliharaannya siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Notulen Rapat Internal Perkim Kotim\nPertanyaan: BAST dan naskah hibah "
            "aset PSU dari provinsi ditandatangani siapa?\nTindak lanjut: Kabid cek "
            "ke bot"
        ),
        "hibah.aset",
    ),
    (
        ("Kalau usulan kami bukan kewenangan provinsi, dananya bisa dicari dari mana lagi?"),
        "pendanaan.saluran_lain",
    ),
    (
        ("Usulan kito dak masuk kewenangan provinsi. Jadi cak mano, duitnyo biso dari mano bae?"),
        "pendanaan.saluran_lain",
    ),
    (
        ("Alur usulan dalam setahun itu bagaimana? usulan tahun ini untuk anggaran tahun berapa?"),
        "siklus.tahunan",
    ),
    (
        (
            "How does the yearly cycle run? If we put a proposal in this year, "
            "which budget year does it land in?"
        ),
        "siklus.tahunan",
    ),
    (
        "Provinsi periksa usulan dari sisi apa saja? administrasi, teknis, kewenangan?",
        "siklus.pemeriksaan",
    ),
    ("caraprovinsi memeriksa usulan itu gmn? adasurvei lapangan gak?", "siklus.pemeriksaan"),
    (
        "Rakor bidang kawasan permukiman itu acara apa, siapa yg ikut, tujuannya apa?",
        "siklus.rakor",
    ),
    (
        (
            "Saya ikut Rakor waktu di hotel tahun 2023 dan 2024. Bulan depan saya "
            "purna tugas, pengganti saya belum pernah ikut sama sekali. Rakor "
            "kawasan permukiman itu sebenarnya untuk apa dan biasanya jatuh di "
            "bulan-bulan apa?"
        ),
        "siklus.rakor",
    ),
    (
        "Sesudah dibahas di Rakor, usulan lanjut ke mana? Musrenbang, RKPD, lalu APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        ("usulan yg sudah disetujui itu otomatis masuk APBD provinsi atau masih lewat tahap lain?"),
        "siklus.rkpd_apbd",
    ),
    ("Kabupaten perlu punya Pokja PKP? biasanya yang jadi ketuanya siapa?", "koordinasi.pokja_pkp"),
    (
        (
            "Pertanyaan: apa peran Pokja PKP kabupaten dan apa hubungannya dengan "
            "Forum PKP?\nTindak lanjut: Sekretariat Pokja menyiapkan draf SK"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("Alamat kantor Disperkimtan provinsi di mana ya?", "disperkimtan.kontak"),
    (
        (
            "Where's the provincial housing office in Palangka Raya? Need to drop "
            "off some hard copies."
        ),
        "disperkimtan.kontak",
    ),
    ("daftar perintah bot ini apa aja? jam di bot pakai WIB atau WITA?", "bot.cara_pakai"),
    ("perintahbot_utk lihat usulan dan rapat apa ya? /menu atau apa", "bot.cara_pakai"),
    (
        ("Setelah kirim lewat /usul, kode usulannya formatnya apa? bisa salin usulan tahun lalu?"),
        "bot.usul",
    ),
    ("Di form /usul foto wajib ya? maksimal berapa foto dan berapa file PDF?", "bot.usul"),
    ("Status 'verifikasi' sama 'dialihkan' itu artinya apa?", "bot.status"),
    (
        (
            "What do the statuses actually mean - 'perlu perbaikan', 'dibahas di "
            "Rakor'? Which ones are final?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak krn bukan kewenangan provinsi. Bisa diajukan "
            "ulang? langkah berikutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan torang so dialihkan ke APBD kab, itu artinya apa? Masih bisa ba"
            " ubah atau so final?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("Standar waktu tindak lanjut usulan di bot ini berapa hari kerja? katanya ngikut LAPOR!"),
        "bot.tindak_lanjut",
    ),
    (
        "Provinsi mestinya verifikasi usulan dalam berapa hari? sabtu minggu dihitung?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kalau saya tidak bisa hadir rapat, boleh diwakilkan? konfirmasi "
            "kehadirannya gimana di bot?"
        ),
        "bot.rapat",
    ),
    ("Pengingat undangan rapat dari bot dikirim kapan saja? bisa diatur?", "bot.rapat"),
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("What does 'Perkim' stand for? Keep seeing it on the letterheads.", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? 'tan' di belakangnya itu apa?", "istilah.disperkimtan"),
    ("arti_singkatan Disperkimtan apa", "istilah.disperkimtan"),
    ("PSU itu singkatan apa?", "istilah.psu"),
    ("Kita baru pindah ke dinas, PSU tu apa dang?", "istilah.psu"),
    ("jaling itu maksudnya apa?", "istilah.jaling"),
    ("Sorry, what's 'jaling'? Heard it heaps at the meeting.", "istilah.jaling"),
    ("Yang dimaksud drainase lingkungan itu apa?", "istilah.drainase"),
    ("Drainase tu apo artinyo?", "istilah.drainase"),
    ("KR di data kumuh itu singkatan apa?", "istilah.kr"),
    ("Kode | Lokasi | Tingkat\n01 | Selat Dalam | KR\nKR itu singkatan apa?", "istilah.kr"),
    ("KS di tabel tingkat kekumuhan artinya apa?", "istilah.ks"),
    ("In the slum data, what does 'KS' stand for?", "istilah.ks"),
    ("KB pada tingkat kekumuhan itu maksudnya apa? bukan keluarga berencana kan?", "istilah.kb"),
    ("arti KB di daftar lokasi kumuh?", "istilah.kb"),
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    ("What's an 'SK kumuh'? Pretty new to this job.", "istilah.skkumuh"),
    ("delineasi itu artinya apa?", "istilah.delineasi"),
    ("Delineasi tu apa artinya? Kita nyanda tau.", "istilah.delineasi"),
    ("RTLH singkatan dari apa?", "istilah.rtlh"),
    (
        (
            "Saya dari 1994 di bagian umum, baru dua tahun ini dipindah ke bidang "
            "perumahan, sebentar lagi pensiun tapi tiap hari dengar singkatan baru."
            " RTLH itu kepanjangannya apa persisnya?"
        ),
        "istilah.rtlh",
    ),
    ("RLH kepanjangannya apa?", "istilah.rlh"),
    ("What does RLH mean in your reports?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("Bedah rumah tu apo maksudnyo?", "istilah.bedahrumah"),
    ("BSPS singkatan apa?", "istilah.bsps"),
    ("What's BSPS short for?", "istilah.bsps"),
    ("MBR itu apa?", "istilah.mbr"),
    ("MBR_artinya apa", "istilah.mbr"),
    ("rusunawa singkatan dari apa?", "istilah.rusunawa"),
    ("Rusunawa tu apa dang?", "istilah.rusunawa"),
    ("rusus itu singkatan apa?", "istilah.rusus"),
    ("What's a 'rusus'? Is that some kind of housing?", "istilah.rusus"),
]

TRAIN_R85_INTENTS: list[tuple[str, str]] = [
    ("usulan saya USL-2026-0002 sudah sampai mana?", "status"),
    (
        (
            "Kode | Judul\nUSL-2026-0007 | Drainase Kel. Panarung\nusulan kami ini "
            "sudah sampai tahap apa?"
        ),
        "status",
    ),
    ("Any update on our drainage proposal? Haven't heard back yet.", "status"),
    ("Rakor kawasan permukiman taun ini kapan nian? Di mano tempatnyo?", "meeting"),
    ("jadwal_rakor berikutnya kapan ya", "meeting"),
    (
        (
            "Tindak lanjut: konfirmasi tanggal dan tempat Rakor berikutnya.\n"
            "Pertanyaan: Rakor selanjutnya kapan dan di mana?"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan tahun ini tanggal berapa?", "deadline"),
    ("Sampai kapan usulan untuk TA 2027 masih bisa masuk?", "deadline"),
    ("When's the cut-off for getting proposals in this round?", "deadline"),
    ("Selamat pagi pak", "greeting"),
    ("makasih banyak infonya, sangat membantu", "greeting"),
    ("Kia ora! What can this bot help me with?", "greeting"),
    ("gimana cara ngajukan usulan lewat bot ini?", "how_to_submit"),
    ("Mau kirim usulan RTLH dari HP, langkahnya di sini bagaimana?", "how_to_submit"),
    ("Bagimana cara kase masuk usulan di bot ini? Kita baru pertama kali.", "how_to_submit"),
]

TRAIN_R85_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh di Kelurahan Langkai luas delineasinya 9,8 ha, kewenangan siapa?", "kabkota"),
    (
        (
            "Slum area in Kelurahan Panarung is 8 hectares according to the SK. Is "
            "that ours or the province's?"
        ),
        "kabkota",
    ),
    ("Kumuh 95.000 meter persegi di Desa Bahaur, Seruyan, ditangani siapa?", "kabkota"),
    ("lokasi kumuh Kel. Kasongan Baru cuma 4 hektar, kab atau prov?", "kabkota"),
    ("kumuh pas 10 ha di Kel. Baamang Hilir Sampit ditangani prov atau kab?", "provinsi"),
    (
        ("Kalau kumuhnya 14,99 ha di Kel. Mendawai Seberang, Pangkalan Bun, masih provinsi kah?"),
        "provinsi",
    ),
    (
        (
            "Torang pe kawasan kumuh di Kelurahan Jingah, Barito Utara, luas 11 ha."
            " Sapa yang tangani?"
        ),
        "provinsi",
    ),
    (
        (
            "Lokasi | Kecamatan | Luas (m²)\nBereng | Kahayan Hilir | 140.000\nKumuh "
            "seluas ini kewenangan siapa?"
        ),
        "provinsi",
    ),
    (("Luas lokasi kumuh Selat Hulu di Kapuas 132,25 hektar, level mana yang berwenang?"), "pusat"),
    (
        (
            "Bahwa in casu luas delineasi kawasan kumuh di Kelurahan Pahandut "
            "Seberang sebagaimana tercantum dalam SK kumuh adalah tepat 15 (lima "
            "belas) ha; mohon penegasan tingkat pemerintahan yang berwenang."
        ),
        "pusat",
    ),
    ("Kumuh di Kel. Kuala Pembuang II luasnyo 16 hektare, siapo yang nanganinyo?", "pusat"),
    (
        (
            "The slum pocket along the river in Kelurahan Ketapang, Sampit covers "
            "22 hectares. Who handles that one?"
        ),
        "pusat",
    ),
]

TRAIN_R85_OUT_OF_SCOPE: list[str] = [
    "Harga semen per sak di Sampit sekarang berapa?",
    "Cuaca di Puruk Cahu besok hujan tidak?",
    "Gaji PPPK golongan IX tahun ini berapa ya?",
    "Berapa suku bunga KPR BTN bulan ini?",
    "Sertifikat tanah pribadi saya hilang, urus ke BPN gimana caranya?",
    "harga rumah subsidi di Pangkalan Bun tahun ini berapa?",
    "Upah tukang bangunan harian di Muara Teweh sekarang berapa?",
    ("Sewa rumah kontrakan dekat Jalan Yos Sudarso Palangka Raya kira2 berapa sebulan?"),
    "Pendaftaran CPNS 2027 dibuka kapan?",
    "Program bantuan bibit sawit dari Dinas Perkebunan syaratnya apa?",
    (
        "Berdasarkan ketentuan PP disiplin PNS, sanksi bagi pegawai yang tidak "
        "masuk kerja 10 hari berturut-turut apa, quod non ada alasan sah?"
    ),
    (
        "Saya sudah 33 tahun jadi PNS, mulai dari staf di Kuala Kurun sampai "
        "jadi kasubag. Bulan Maret nanti saya pensiun. Cara klaim tabungan hari"
        " tua di Taspen itu bagaimana ya?"
    ),
    "Kia ora, what's the weather looking like in Palangka Raya this weekend?",
    "What's the per diem rate for a work trip to Jakarta? Keen to sort my claim.",
    ("Notulen\nPertanyaan: jadwal speedboat dari Kuala Kapuas ke Banjarmasin jam berapa?"),
]
