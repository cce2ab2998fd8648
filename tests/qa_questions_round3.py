"""Round-3 evaluation questions for the Sinkron bot's question matching.

Written on 2026-12-02 by someone who had not seen the knowledge base (only the topic ids with their
titles and the domain notes restated in docs/domain.md). The questions imitate
how kabupaten/kota housing and settlement officers in Kalimantan Tengah type in Telegram: chat
Indonesian with abbreviations and typos, some formal Indonesian and some English.

This table measures the bot honestly and must never be used for tuning: do not add its questions to
the knowledge base, keyword lists or other tables, and do not change the bot to make these
particular questions pass.

- ROUND3_TOPICS: question -> topic id (or a tuple of ids that are all acceptable answers).
- ROUND3_INTENTS: question -> "status", "meeting", "deadline", "greeting" or "how_to_submit".
- ROUND3_AREAS: slum-area question -> responsible level "kabkota" (< 10 ha), "provinsi"
  (10 ha up to but not including 15 ha) or "pusat" (15 ha or more).
- ROUND3_OUT_OF_SCOPE: questions the knowledge base does not answer.
"""

ROUND3_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- kewenangan.ringkasan
    (
        "min bs dijelasin gak pembagian urusan perkim antara pusat, prov sm kab itu gmn",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me an overview of which government level does what in housing and "
        "settlements?",
        "kewenangan.ringkasan",
    ),
    (
        "sy pegawai baru di dinas perkim kab, msh bingung mana yg tugas kmi mana yg tugas provinsi",
        "kewenangan.ringkasan",
    ),
    # --- kewenangan.urusan_wajib
    ("perumahan tu urusan wajib atau urusan pilihan sih pak", "kewenangan.urusan_wajib"),
    (
        "dasar hukumnya apa kawasan permukiman disebut urusan wajib pelayanan dasar",
        "kewenangan.urusan_wajib",
    ),
    # --- kewenangan.kumuh
    ("kumuh luasan brp yg jd tanggung jwb provinsi", "kewenangan.kumuh"),
    (
        "lokasi kumuh yg kecil2 di desa itu sebenernya siapa yg wajib nanganin, kab atau prov",
        "kewenangan.kumuh",
    ),
    (
        "Who is in charge of upgrading a slum area? Does it depend on how big it is?",
        "kewenangan.kumuh",
    ),
    (
        "mohon penjelasan batas luasan penanganan permukiman kumuh utk kabupaten, provinsi, "
        "dan pusat",
        "kewenangan.kumuh",
    ),
    # --- kewenangan.kumuh_pusat
    (
        "kawasan kumuh yg luasnya lewat dr batas provinsi itu diusulkan ke mana ya",
        "kewenangan.kumuh_pusat",
    ),
    (
        "klo kumuhnya luas bgt itu yg pegang kementerian kan? mulai brp ha itu",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "Slum areas that are too large for the province go to the central government, is that "
        "right?",
        "kewenangan.kumuh_pusat",
    ),
    # --- kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tu kewenangan siapa, prov ikut jg kah", "kewenangan.pencegahan_kumuh"),
    (
        "desa kmi blm kumuh tp rumah2 makin padat, program biar gak jd kumuh bs minta ke prov?",
        "kewenangan.pencegahan_kumuh",
    ),
    # --- kewenangan.perumahan
    ("di sub urusan perumahan, kab/kota kebagian tugas apa aja", "kewenangan.perumahan"),
    ("urusan perumahan yg jd kewenangan provinsi itu apa aja ya bu", "kewenangan.perumahan"),
    # --- kewenangan.perumahan_pusat
    ("penyediaan rumah buat MBR itu tugasnya pusat kah?", "kewenangan.perumahan_pusat"),
    (
        "Is the housing finance system for low-income households handled by the central "
        "government?",
        "kewenangan.perumahan_pusat",
    ),
    # --- kewenangan.bencana_relokasi
    (
        "rumah warga roboh kena banjir bandang, yg wajib bangun lg itu kab apa prov",
        "kewenangan.bencana_relokasi",
    ),
    (
        "ada warga yg digusur krn proyek pemprov, rumah penggantinya difasilitasi siapa",
        "kewenangan.bencana_relokasi",
    ),
    # --- kewenangan.izin
    ("izin pembangunan perumahan dr developer itu yg nerbitin siapa", "kewenangan.izin"),
    ("SKBG yg ngeluarin pemkab atau provinsi?", "kewenangan.izin"),
    (
        "izin pengembangan kawasan permukiman ngurusnya ke prov atau cukup di kabupaten",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    # --- kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkatan pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman secara nasional wewenang siapa",
        "kewenangan.kawasan_permukiman",
    ),
    # --- kewenangan.psu
    ("bedanya PSU perumahan sm PSU permukiman apa, kok beda yg ngurus", "kewenangan.psu"),
    (
        "jalan di dalam komplek perumahan developer udh rusak, bs diusulkan ke provinsi?",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    (
        "Which PSU is the province responsible for, and which is the regency's?",
        "kewenangan.psu",
    ),
    # --- psu.lingkup_provinsi
    (
        "desa kami jalan lingkungannya rusak parah di tengah permukiman warga, bs minta prov?",
        "psu.lingkup_provinsi",
    ),
    ("disperkimtan bs bangun drainase di pinggir jalan kabupaten gak", "psu.lingkup_provinsi"),
    (
        "PSU yg dikerjakan prov cuma jalan sm drainase aja kah, lampu jalan atau taman gk bisa?",
        "psu.lingkup_provinsi",
    ),
    # --- kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah yg tingkat kemampuan kecil itu urusan kab kah",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi konsultan perencana PSU kemampuan menengah ngurusnya di mana",
        "kewenangan.sertifikasi",
    ),
    # --- kewenangan.spm
    ("SPM perumahan utk provinsi itu layanannya apa, targetnya brp persen", "kewenangan.spm"),
    (
        "Regencies must meet minimum service standards for housing. Which ones?",
        "kewenangan.spm",
    ),
    # --- kumuh.luas_delineasi
    (
        "luas kumuh yg dipake itu luas kelurahannya atau luas yg tercantum di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "kawasan kami di SK pake skala kawasan, tp ukuran di lapangan beda. yg dipake utk nentuin "
        "kewenangan yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "When deciding who handles a slum, which area counts: the whole village or the mapped "
        "boundary?",
        "kumuh.luas_delineasi",
    ),
    # --- kumuh.penetapan
    ("yg netapin lokasi kumuh itu gubernur kah?", "kumuh.penetapan"),
    (
        "SK kumuh kami dr thn 2017 blm pernah direvisi, wajib diperbarui brp thn sekali sih",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    (
        "keputusan penetapan lokasi kumuh harus dilengkapi apa, peta sebaran jg kah",
        "kumuh.penetapan",
    ),
    # --- kumuh.aspek
    ("kriteria kumuh tu ada brp aspek", "kumuh.aspek"),
    ("proteksi kebakaran ikut dinilai jg ya dlm penentuan kumuh?", "kumuh.aspek"),
    ("Slum assessment uses seven aspects, which ones are they?", "kumuh.aspek"),
    # --- kumuh.penilaian
    ("skor kumuh brp baru dianggap kumuh berat", "kumuh.penilaian"),
    (
        "nilai maksimal penilaian kekumuhan brp, tiap kriteria diskor gmn",
        "kumuh.penilaian",
    ),
    # --- kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang sm ringan brp ya", "kumuh.tingkat_sedang_ringan"),
    (
        "hasil penilaian lokasi kmi totalnya 42, itu masuk kumuh tingkat apa",
        ("kumuh.tingkat_sedang_ringan", "kumuh.penilaian"),
    ),
    # --- kumuh.pola_penanganan
    ("bedanya pemugaran sama peremajaan apa", "kumuh.pola_penanganan"),
    (
        "permukiman kumuh di bantaran sungai, tanahnya tdk legal. penanganannya hrs dipindah ya?",
        "kumuh.pola_penanganan",
    ),
    (
        "kumuh ringan di atas lahan legal biasanya ditangani pake pola apa",
        "kumuh.pola_penanganan",
    ),
    # --- kumuh.kalteng
    ("total lokasi kumuh se kalteng ada brp", "kumuh.kalteng"),
    ("kabupaten mana yg kawasan kumuhnya paling banyak di kalteng", "kumuh.kalteng"),
    # --- usulan.isi
    ("usulan kegiatan ke prov itu isinya apa aja min", "usulan.isi"),
    ("knp di usulan harus isi nama, jabatan sm no hp pengusul segala", "usulan.isi"),
    ("What information does a proposal to the province have to contain?", "usulan.isi"),
    # --- usulan.jenis
    ("jenis2 usulan apa aja yg bs diajukan ke disperkimtan", "usulan.jenis"),
    ("selain kumuh sm PSU ada usulan lain gak yg bisa masuk ke prov", "usulan.jenis"),
    # --- usulan.lokasi
    (
        "titik koordinat lokasi wajib diisi kah? trus apa lagi yg perlu soal lokasinya",
        "usulan.lokasi",
    ),
    (
        "utk data lokasi cukup kecamatan sm desa atau hrs sampe nama kawasan sesuai SK",
        "usulan.lokasi",
    ),
    # --- usulan.penerima_biaya
    ("jumlah penerima manfaat diisi dlm KK atau jiwa?", "usulan.penerima_biaya"),
    (
        "sumber dana di usulan boleh diisi gabungan apbd kab dan apbd prov gak",
        "usulan.penerima_biaya",
    ),
    (
        "apakah perlu dana pendamping dari kabupaten utk usulan yg diajukan ke prov",
        "usulan.penerima_biaya",
    ),
    # --- usulan.kesiapan
    ("readiness criteria utk usulan PSU apa aja", "usulan.kesiapan"),
    (
        "dokumen kesiapan apa aja yg hrs siap sebelum kami ngusulin jaling pak",
        "usulan.kesiapan",
    ),
    ("Before we send a proposal, which readiness documents must be ready?", "usulan.kesiapan"),
    # --- usulan.lahan
    ("lahan clean and clear itu syaratnya gmn", "usulan.lahan"),
    (
        "jalan yg mau diusulin lewat tanah warga, blm bersertifikat cuma ada SKT. bisa gak?",
        "usulan.lahan",
    ),
    (
        "tanah lokasinya msh sengketa sm ahli waris, usulan kmi tetep bs diterima?",
        "usulan.lahan",
    ),
    # --- usulan.sk_kumuh
    ("usulan penanganan kumuh wajib lampirin SK kumuh gak", "usulan.sk_kumuh"),
    (
        "lokasinya blm tercantum di SK bupati tp kondisinya kumuh bgt, tetap bisa diusulkan sbg "
        "kumuh?",
        "usulan.sk_kumuh",
    ),
    # --- usulan.dokumen_teknis
    ("DED sm RAB wajib ada pas ngusul atau bs nyusul", "usulan.dokumen_teknis"),
    ("foto kondisi skrg perlu dilampirin jg ga", "usulan.dokumen_teknis"),
    ("Do we need to attach a site plan and RKS to the proposal?", "usulan.dokumen_teknis"),
    # --- usulan.surat_pernyataan
    (
        "perlu bikin surat pernyataan sanggup memelihara bangunannya stlh selesai gak",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa provinsi minta surat kesediaan menerima hibah dr pemkab",
        "usulan.surat_pernyataan",
    ),
    # --- usulan.rtlh
    ("bedah rumah lewat provinsi syaratnya apa", "usulan.rtlh"),
    (
        "ada warga mau bangun rumah baru di tanah kosong, bs masuk program rtlh prov?",
        "usulan.rtlh",
    ),
    ("penerima rumah tidak layak huni dr provinsi ditetapkan pakai SK siapa", "usulan.rtlh"),
    # --- usulan.psu_masyarakat
    (
        "warga RT kami mau ngajuin sendiri perbaikan drainase ke prov, hrs diketahui siapa aja",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents send a request for neighbourhood roads straight to the province?",
        "usulan.psu_masyarakat",
    ),
    # --- hibah.aset
    ("jalan yg dibangun prov di lahan kabupaten nanti jd aset siapa", "hibah.aset"),
    ("stlh selesai dibangun pemeliharaannya siapa, kab atau prov", "hibah.aset"),
    ("proses serah terima hibah dr pemprov ke pemkab itu gmn, pake BAST?", "hibah.aset"),
    # --- pendanaan.saluran_lain
    (
        "klo usulan kami ditolak krn bukan kewenangan prov, dananya bs cari dr mana lg",
        "pendanaan.saluran_lain",
    ),
    ("penanganan kumuh di desa bisa pake dana desa gak", "pendanaan.saluran_lain"),
    (
        "Besides the provincial budget, what other funding sources can pay for slum upgrading?",
        "pendanaan.saluran_lain",
    ),
    (
        "DAK tematik PPKT bs jd alternatif gak buat kumuh kami yg ga masuk kewenangan prov",
        ("pendanaan.saluran_lain", "istilah.daktematikppkt"),
    ),
    # --- siklus.tahunan
    (
        "alur usulan dr kab ke prov sampe jd kegiatan itu gmn tiap tahunnya",
        "siklus.tahunan",
    ),
    ("usulan yg kami kirim thn ini dikerjain tahun brp?", "siklus.tahunan"),
    ("How does the yearly proposal cycle work?", "siklus.tahunan"),
    # --- siklus.pemeriksaan
    ("prov meriksa usulan kami dr sisi apa aja", "siklus.pemeriksaan"),
    ("verifikasi teknis tu ngecek apa, ada survei lapangan jg?", "siklus.pemeriksaan"),
    (
        "sebelum diproses usulan dicek dulu apakah memang kewenangan provinsi atau bukan ya?",
        "siklus.pemeriksaan",
    ),
    # --- siklus.rakor
    ("rakor bidang kawasan permukiman tu tujuannya apa", "siklus.rakor"),
    ("siapa aja yg biasanya diundang rakor kawasan permukiman", "siklus.rakor"),
    ("Tell me what the Rakor is for and what happens there", "siklus.rakor"),
    # --- siklus.rkpd_apbd
    ("stlh rakor usulan lanjut ke mana, musrenbang?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui itu masuk RKPD dulu atau langsung APBD", "siklus.rkpd_apbd"),
    (
        "kapan usulan kami dipastikan dapat anggaran, nunggu apbd prov disahkan kah",
        "siklus.rkpd_apbd",
    ),
    # --- koordinasi.pokja_pkp
    ("pokja pkp tu fungsinya apa di daerah", "koordinasi.pokja_pkp"),
    ("kabupaten wajib punya pokja PKP gak, dasar hukumnya apa", "koordinasi.pokja_pkp"),
    # --- disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn ya", "disperkimtan.kontak"),
    ("Where is the Disperkimtan office in Palangka Raya?", "disperkimtan.kontak"),
    # --- bot.cara_pakai
    ("perintah2 apa aja yg ada di bot ini", "bot.cara_pakai"),
    (
        "jam yg dipakai bot ini WIB atau WITA?",
        ("bot.cara_pakai", "istilah.wib"),
    ),
    # --- bot.usul
    ("/usul itu buat apa", "bot.usul"),
    ("apa aja yg ditanyain bot waktu ngisi /usul", "bot.usul"),
    # --- bot.status
    ("status 'perlu perbaikan' maksudnya apa", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    (
        "arti status dialihkan di usulan itu apa ya",
        ("bot.status", "bot.ditolak_dialihkan"),
    ),
    # --- bot.ditolak_dialihkan
    (
        "usulan kmi ditolak, biasanya alasannya apa dan kami hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    ("usulan dialihkan ke kabupaten, trus kami harus gmn", "bot.ditolak_dialihkan"),
    # --- bot.tindak_lanjut
    ("brp lama usulan diverifikasi stlh dikirim", "bot.tindak_lanjut"),
    ("ada standar waktu respon gak dr prov, kaya LAPOR gitu", "bot.tindak_lanjut"),
    # --- glossary
    ("jaling singkatan apa", "istilah.jaling"),
    ("RC di dokumen DAK maksudnya apa", "istilah.rc"),
    ("huntap tu apa, bedanya sm huntara?", ("istilah.huntap", "istilah.huntara")),
    ("BSPS kepanjangannya apa", "istilah.bsps"),
    ("MBR itu singkatan dari?", "istilah.mbr"),
    ("rusus tu apa ya", "istilah.rusus"),
    ("RP2KPKP apaan tuh", "istilah.rp2kpkp"),
    ("program KOTAKU itu program apa", "istilah.kotaku"),
    ("bankeu maksudnya bantuan keuangan dr prov ya?", "istilah.bankeu"),
    ("pokir dewan itu apa sih", "istilah.pokir"),
    ("KUA-PPAS singkatan apa", "istilah.kuappas"),
    ("SIPD itu sistem apa", "istilah.sipd"),
    ("bapperida tu badan apa", "istilah.bapperida"),
    ("what does SPALD stand for", "istilah.spald"),
    ("maksudnya TPS3R apa", "istilah.tps3r"),
    ("RDTR itu beda sm RTRW?", ("istilah.rdtr", "istilah.rtrw")),
    ("SLF apa tu", "istilah.slf"),
    ("SKT itu surat apa", "istilah.skt"),
    ("KAK dlm dokumen perencanaan itu apa", "istilah.kak"),
    ("backlog perumahan artinya apa", "istilah.backlog"),
    ("delineasi maksudnya apa ya", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("what is meant by O&P", ("istilah.op", "usulan.surat_pernyataan")),
]

ROUND3_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan kami gmn kabarnya", "status"),
    ("USL-2026-0004 udh sampe mana", "status"),
    ("tolong cek USL-2026-0012", "status"),
    ("usulan jaling kmi yg kmrn udh diverifikasi blm?", "status"),
    ("Has our proposal been approved yet?", "status"),
    ("min usulan dr dinas perkim barsel kok blm ada kabar", "status"),
    ("posisi usulan kita skrg di tahap apa ya", "status"),
    # meeting
    ("rakor thn ini kapan", "meeting"),
    ("jadwal rapat koordinasi berikutnya tgl brp", "meeting"),
    ("rakor nanti tempatnya di mana pak", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("ada rapat sama prov dlm waktu dekat gak", "meeting"),
    ("rakor 2026 jadinya bulan apa", "meeting"),
    # deadline
    ("batas akhir kirim usulan kapan", "deadline"),
    ("usulan utk anggaran thn depan paling lambat tgl brp", "deadline"),
    ("masih bs ngusul gak minggu ini", "deadline"),
    ("What's the deadline for submitting proposals?", "deadline"),
    ("kapan penutupan usulan", "deadline"),
    # greeting
    ("p", "greeting"),
    ("pagi pak", "greeting"),
    ("assalamualaikum min", "greeting"),
    ("makasih banyak infonya bu", "greeting"),
    ("mau tanya", "greeting"),
    ("tolong bantu min", "greeting"),
    ("halo", "greeting"),
    ("Good afternoon", "greeting"),
    # how_to_submit
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    ("sy mau masukin usulan jalan lingkungan, mulai dr mana?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("caranya ngajuin usulan di telegram ini gmn", "how_to_submit"),
    ("mau ngusul drainase, langkahnya apa", "how_to_submit"),
]

ROUND3_AREAS: list[tuple[str, str]] = [
    ("kumuh 8 ha siapa yg tangani", "kabkota"),
    ("lokasi kumuh kami 12,5 hektar itu kewenangan siapa", "provinsi"),
    ("klo luasnya pas 15 ha masuk mana", "pusat"),
    ("tepat 10 ha itu kab atau prov", "provinsi"),
    ("kawasan kumuh kurang dari 10 ha urusan kab ya?", "kabkota"),
    ("luas delineasi di SK 14,9 ha, bs diusulkan ke prov?", "provinsi"),
    ("kumuh seluas 95.000 m2 siapa yg nanganin", "kabkota"),
    ("kawasan 120.000 m² kewenangan siapa", "provinsi"),
    ("luas kumuhnya 150000 meter persegi, ke mana ngusulnya", "pusat"),
    ("kumuh 22 hektare di bantaran sungai ditangani siapa", "pusat"),
    ("A 9.8 hectare slum: whose job is it?", "kabkota"),
    ("Slum area of 11 hectares, who handles it?", "provinsi"),
    ("our slum site is 30 ha, can the province take it?", "pusat"),
    ("lokasi kumuh cuma 0,8 ha", "kabkota"),
    ("kumuh 10,2 ha siapa", "provinsi"),
    ("luas kawasan 14,99 hektar kewenangannya siapa", "provinsi"),
    ("kawasan kumuh 15,5 ha bs ke provinsi?", "pusat"),
    ("kumuhnya lebih dari 15 ha, siapa yg pegang", "pusat"),
    ("di bawah 10 hektar tu tanggung jawab siapa", "kabkota"),
    ("kawasan kumuh 9,99 ha masih kab kah", "kabkota"),
    ("13 ha diusulkan ke prov bisa?", "provinsi"),
    ("luasnya 100.000 m2 pas, masuk kewenangan mana", "provinsi"),
    ("kumuh 5 hektare di kecamatan kami siapa yg tangani", "kabkota"),
    ("lebih dari 10 tp kurang dari 15 ha itu siapa", "provinsi"),
    ("kumuh 45 ha di kapuas ngusulnya ke mana", "pusat"),
    ("delineasi kumuhnya 7.500 m², usul ke prov bisa gak", "kabkota"),
    ("What about a slum of exactly 15 hectares?", "pusat"),
]

ROUND3_OUT_OF_SCOPE: list[str] = [
    "gaji PPPK thn depan naik gak",
    "besok palangka raya hujan gak ya",
    "cara urus SIM yg hilang gmn",
    "tunjangan kinerja pegawai dinas perkimtan prov brp sebulan",
    "harga semen per sak di kasongan skrg brp",
    "gimana cara daftar CPNS 2027",
    "jadwal kapal dari sampit ke kuala pembuang",
    "tolong buatin surat cuti utk saya",
    "what's the dollar exchange rate today",
    "prosedur pengadaan barang lewat e-katalog gmn",
    "sertifikat tanah warga hilang, cara urus ke BPN gmn",
    "tarif PDAM naik ya thn ini",
    "cara bayar PBB online",
    "banjir di sampit udh surut blm",
    "no rekening bendahara dinas brp",
    "biaya perjalanan dinas utk ikut rakor diganti prov gak",
    "harga per meter bangun jalan beton lingkungan brp",
    "standar lebar jalan lingkungan minimal brp meter",
    "kapan pencairan dana desa tahap 2",
    "akun SIPD sy lupa password, gmn resetnya",
    "rekomendasi hotel murah dekat kantor disperkimtan",
    "bs bantu hitung PPh 21 sy bulan ini",
    "izin tambang galian C di katingan ngurus ke mana",
    "pembagian waris tanah adat menurut hukum adat dayak gmn",
    "ada contoh soal tes PPPK teknis gak",
    "translate this paragraph into English for me please",
    "who won the football match last night",
    "Can you recommend a good laptop for office work?",
    "kuota program 3 juta rumah utk kalteng brp unit",
    "jadwal musrenbang kecamatan di kapuas kapan",
    "cara cek NIK penerima bansos PKH",
    "sewa rusunawa di palangka raya per bulan brp",
]
