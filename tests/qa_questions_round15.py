"""Held-out question table, round 15.

Written 2026-12-04 by someone who had not seen the knowledge base, its paraphrases or any
other question table; only the topic list (/tmp/topic_list.txt) and the domain briefs
(docs/domain.md, DOMAIN.md, DOMAIN-RESEARCH.md) were read.

Style emphasis of this round: officers at different moments of the yearly cycle (preparing
a proposal, just after sending it, after the Rakor, after a decision, during implementation:
asset handover, O&P, land); questions that mention two things and ask about one, and
comparisons ("bedanya X sama Y"); quotes of a document, a WhatsApp message from the province
or a news headline, asking what it means; short questions from a supervisor (kabid, kadis,
sekda) and long ones from a new staff member who explains too much. Mostly colloquial chat
Indonesian with abbreviations, some formal Indonesian, some Banjar-flavoured Indonesian,
about one in ten in English, a few very short ones.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND15_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Pak, bisa dirangkum pembagian kewenangan perkim antara pusat, provinsi dan kab/kota?",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan PKP?", "kewenangan.ringkasan"),
    (
        (
            "Selamat siang, sy staf baru di bidang perkim dinas kabupaten, baru masuk "
            "bulan lalu pindahan dari kecamatan jadi blm paham sama sekali. Kabid "
            "minta sy pelajari dulu mana yg urusan provinsi, mana yg urusan kabupaten, "
            "mana yg pusat di bidang perumahan dan kawasan permukiman sebelum ikut "
            "nyusun usulan. Boleh dijelaskan garis besarnya?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "In housing and settlements, which jobs belong to the province and which to the regency?",
        "kewenangan.ringkasan",
    ),
    ("perumahan itu urusan wajib atau urusan pilihan sih?", "kewenangan.urusan_wajib"),
    (
        (
            "Mohon konfirmasi, apakah perumahan rakyat dan kawasan permukiman termasuk "
            "urusan wajib yang berkaitan dengan pelayanan dasar? Pasal berapa "
            "dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    ("Sekda nanya: PKP masuk urusan wajib pelayanan dasar kah?", "kewenangan.urusan_wajib"),
    ("kewenangan kumuh dibagi berdasarkan luasnya ya? batas2nya gmn?", "kewenangan.kumuh"),
    (
        "Pian, kawasan kumuh nang kayapa yang ditangani provinsi? ulun masih bingung batasnya",
        "kewenangan.kumuh",
    ),
    (
        (
            "Ada judul berita 'Provinsi tangani kumuh 10-15 hektare'. Jadi kalau "
            "luasnya pas 15 ha masih provinsi atau bukan?"
        ),
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "kumuh yg luasnya 15 ha ke atas itu urusan pusat kan? aturannya udh pasti blm?",
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kawasan kumuh kami besar banget, jauh di atas 15 ha. masih bisa minta ke "
            "provinsi atau harus ke pusat?"
        ),
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    (
        "Are slum areas of fifteen hectares and above the central government's job?",
        "kewenangan.kumuh_pusat",
    ),
    ("pencegahan kumuh itu tugas siapa? provinsi ikut gak?", "kewenangan.pencegahan_kumuh"),
    (
        (
            "Selain peningkatan kualitas kawasan kumuh, apakah provinsi juga bisa "
            "mendanai kegiatan pencegahan kumuh di kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Ada WA dari kabid: 'tolong cek, pencegahan kumuh bisa minta bantuan prov "
            "kah?' gmn jawabannya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("di sub urusan perumahan, kewenangan provinsi apa aja?", "kewenangan.perumahan"),
    (
        "kalo sub urusan perumahan (bukan kawasan permukiman), kab/kota pegang apa aja?",
        "kewenangan.perumahan",
    ),
    ("What authority does the province have in the housing sub-affair?", "kewenangan.perumahan"),
    (
        "rumah utk MBR itu kewenangan siapa? bisa diusulkan ke prov kah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembangunan rusun buat masyarakat berpenghasilan rendah ranahnya pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "sistem pembiayaan perumahan bagi MBR itu diurus level pemerintahan mana?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "rumah warga rusak berat kena banjir bulan lalu, yg bangun ulang nanti prov atau kab?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang terkena relokasi program pemerintah provinsi, penyediaan "
            "rumahnya difasilitasi siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau bencananya skala nasional, rumah korbannya siapa yg tangani?",
        ("kewenangan.bencana_relokasi", "kewenangan.perumahan_pusat"),
    ),
    (
        "habis kebakaran permukiman di Sampit, rumah korbannya bisa diusulkan ke provinsi gak?",
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan yg nerbitin siapa?", "kewenangan.izin"),
    ("SKBG diterbitkan prov atau kab?", "kewenangan.izin"),
    (
        (
            "Pengembang nanya, izin pengembangan kawasan permukiman ngurusnya ke "
            "kabupaten atau ke provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman isinya apa aja, pembagiannya antar level gmn?",
        "kewenangan.kawasan_permukiman",
    ),
    ("penetapan sistem kawasan permukiman itu kewenangan siapa?", "kewenangan.kawasan_permukiman"),
    (
        "In the settlement-areas sub-affair, what does each level of government handle?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kalau PSU perumahan bukan urusan prov, PSU permukiman gimana? siapa yg pegang?",
        "kewenangan.psu",
    ),
    ("bedanya PSU perumahan sama PSU permukiman dari sisi kewenangan apa?", "kewenangan.psu"),
    ("PSU di perumahan yg dibangun pengembang bisa diusulkan ke prov?", "kewenangan.psu"),
    ("PSU perumahan siapa?", "kewenangan.psu"),
    (
        "PSU yg dikerjakan disperkimtan prov itu apa aja? jalan lingkungan aja kah?",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan kabupaten di depan pasar rusak parah, bisa masuk usulan PSU provinsi gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "selain jaling dan drainase, bisa gak usul lampu jalan atau taman lewat PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    ("PSU provinsi bisa dibangun di desa jg atau cuma di perkotaan?", "psu.lingkup_provinsi"),
    (
        (
            "Di nomenklatur tertulis provinsi itu 'penyelenggaraan PSU permukiman'. "
            "Dalam praktiknya yang dibangun apa aja?"
        ),
        ("psu.lingkup_provinsi", "kewenangan.psu"),
    ),
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil kewenangan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi badan usaha perencana PSU kemampuan menengah ke provinsi kah?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers house and PSU designers with large capability?",
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan provinsi indikatornya apa? targetnya brp persen?", "kewenangan.spm"),
    ("dasar hukum SPM perumahan rakyat apa? PP 2/2018 pasal brp ya", "kewenangan.spm"),
    ("jenis pelayanan dasar SPM perumahan utk kab/kota apa aja?", "kewenangan.spm"),
    (
        "luas kumuh yg dipakai itu luas kelurahan seluruhnya atau luas yg tercantum di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kelurahan kami luasnya besar tapi delineasi kumuhnya di SK cuma sebagian. "
            "Buat nentuin kewenangan, yg dihitung yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas mana yang jadi patokan kewenangan: hasil ukur ulang kami tahun ini "
            "atau delineasi di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapkan lokasi kumuh siapa? gubernur kah?", "kumuh.penetapan"),
    ("SK kumuh harus direviu tiap brp tahun?", "kumuh.penetapan"),
    ("SK penetapan lokasi kumuh wajib dilengkapi apa aja? peta sebaran perlu?", "kumuh.penetapan"),
    ("kriteria kumuh itu aspeknya apa aja?", "kumuh.aspek"),
    ("7 aspek kumuh sebutin dong", "kumuh.aspek"),
    ("proteksi kebakaran masuk kriteria kumuh gak?", "kumuh.aspek"),
    ("What score makes a location kumuh berat?", "kumuh.penilaian"),
    ("nilai maksimal penilaian kumuh berapa?", "kumuh.penilaian"),
    ("tiap kriteria kumuh dinilai 0, 1, 3, 5 itu berdasarkan apa?", "kumuh.penilaian"),
    ("rentang nilai kumuh sedang brp?", "kumuh.tingkat_sedang_ringan"),
    ("skor lokasi kami 30, itu masuk kumuh ringan atau sedang?", "kumuh.tingkat_sedang_ringan"),
    ("bedanya kumuh ringan sama kumuh sedang dari skornya gmn?", "kumuh.tingkat_sedang_ringan"),
    ("What is the difference between pemugaran and peremajaan?", "kumuh.pola_penanganan"),
    (
        "lokasi kumuh di bantaran sungai, lahannya ilegal. pola penanganannya apa?",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan di lahan legal ditangani dgn cara apa?", "kumuh.pola_penanganan"),
    ("ada brp lokasi kumuh di kalteng totalnya?", "kumuh.kalteng"),
    (
        (
            "Judul berita lama: 'Disperkimtan catat 111 kawasan kumuh di Kalteng'. "
            "Luas totalnya berapa ha?"
        ),
        "kumuh.kalteng",
    ),
    ("tahun 2024 provinsi tangani kumuh di kab/kota mana aja?", "kumuh.kalteng"),
    ("usulan kegiatan itu isinya harus apa aja?", "usulan.isi"),
    ("kenapa form usulan nanya banyak hal, KK, jiwa, sektor segala? buat apa sih?", "usulan.isi"),
    ("What should a proposal to the province contain?", "usulan.isi"),
    ("jenis usulan yg bisa diajukan ke provinsi apa aja?", "usulan.jenis"),
    ("selain kumuh, apa lagi yg bisa kami usulkan ke prov?", "usulan.jenis"),
    (
        (
            "ulun handak batakun, kawa kah mengusulkan rumah korban bencana lawan RTLH "
            "jua, atau kumuh haja?"
        ),
        "usulan.jenis",
    ),
    ("data lokasi usulan yg diminta apa aja? perlu titik GPS gak?", "usulan.lokasi"),
    (
        "nama lokasi di usulan harus sama persis dgn yg di SK kumuh kah?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    ("kenapa di usulan ditanya lokasinya perkotaan atau perdesaan?", "usulan.lokasi"),
    ("penerima manfaat diisi dlm KK atau jiwa?", "usulan.penerima_biaya"),
    ("sumber dana usulan boleh diisi kombinasi gak?", "usulan.penerima_biaya"),
    ("perlu cantumkan dana pendamping dari kabupaten di usulan?", "usulan.penerima_biaya"),
    ("readiness criteria utk usulan PSU apa aja yg hrs siap?", "usulan.kesiapan"),
    (
        (
            "lagi nyiapin usulan drainase buat tahun depan, dokumen kesiapan apa aja "
            "yg perlu dilampirkan biar kuat?"
        ),
        "usulan.kesiapan",
    ),
    ("Dokumen kesiapan apa saja yang menambah nilai prioritas usulan?", "usulan.kesiapan"),
    ("tanah lokasinya masih sengketa sama ahli waris, tetap bisa diusulkan?", "usulan.lahan"),
    (
        (
            "Di surat edaran tertulis 'lahan harus clean and clear'. Lahan kami tanah "
            "desa belum bersertifikat, gmn tuh?"
        ),
        "usulan.lahan",
    ),
    ("status lahan di usulan pilihannya apa aja?", "usulan.lahan"),
    (
        "Our SK kumuh was issued in 2019. Can we still use it for this year's proposal?",
        "usulan.sk_kumuh",
    ),
    ("lokasinya tdk tercantum di SK kumuh, bisa diusulkan ke prov?", "usulan.sk_kumuh"),
    ("usulan kumuh wajib mencantumkan nomor dan tanggal SK kumuh kah?", "usulan.sk_kumuh"),
    ("DED sama RAB wajib ada pas ngusul atau boleh nyusul?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu brp banyak?", ("usulan.dokumen_teknis", "bot.usul")),
    (
        "RKS dan site plan perlu dilampirkan di usulan jalan lingkungan?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu wajib? siapa yg tanda tangan?",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa kami harus bikin surat pernyataan sanggup operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan hibah perlu?", "usulan.surat_pernyataan"),
    ("usulan RTLH lewat provinsi syaratnya apa aja?", "usulan.rtlh"),
    (
        "warga mau bangun rumah baru di tanah kosong, bisa masuk program RTLH provinsi?",
        "usulan.rtlh",
    ),
    ("penerima bantuan RTLH provinsi ditetapkan siapa?", "usulan.rtlh"),
    (
        "rumahnya numpang di tanah mertua, gak ada SKT. bisa dapat bedah rumah dari prov?",
        "usulan.rtlh",
    ),
    (
        "warga satu RT minta jalan lingkungan dibeton, bisa ngajukan langsung ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    ("proposal PSU dari masyarakat harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    (
        (
            "Warga kampung kami bikin proposal drainase sendiri, ditandatangani "
            "puluhan warga. Apa lagi yang kurang supaya bisa diterima provinsi?"
        ),
        "usulan.psu_masyarakat",
    ),
    ("Once the province finishes a neighbourhood road on our land, who owns it?", "hibah.aset"),
    (
        (
            "proyek drainase prov di kelurahan kami udh selesai. BAST-nya gimana dan "
            "yg pelihara siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Notulen rakor: 'aset yang dibangun di atas lahan kab/kota akan "
            "dihibahkan'. Berarti biaya pemeliharaannya dari kami?"
        ),
        "hibah.aset",
    ),
    (
        "Ulun handak batakun, drainase nang dibangun provinsi tu kaina siapa nang mamaliharanya?",
        "hibah.aset",
    ),
    ("kalau bukan kewenangan provinsi, dananya bisa dari mana aja?", "pendanaan.saluran_lain"),
    (
        (
            "usulan kumuh kecil kami ditolak karena di bawah batas provinsi, "
            "alternatif pendanaannya apa?"
        ),
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "selain APBD provinsi, sumber dana lain utk PSU perumahan apa aja?",
        "pendanaan.saluran_lain",
    ),
    ("alur usulan dari awal sampai dibangun gimana?", "siklus.tahunan"),
    ("usulan yg dikirim tahun ini utk anggaran tahun brp?", ("siklus.tahunan", "bot.usul")),
    ("Could you walk me through the yearly proposal cycle?", "siklus.tahunan"),
    ("setelah usulan masuk, provinsi ngecek apa aja?", "siklus.pemeriksaan"),
    (
        "usulan kami baru terkirim kemarin sore. abis ini diperiksa gmn sama prov?",
        "siklus.pemeriksaan",
    ),
    ("verifikasi teknis usulan itu meliputi apa?", "siklus.pemeriksaan"),
    ("fungsi Rakor buat usulan kami apa?", "siklus.rakor"),
    ("rakor kawasan permukiman tanggalnya tiap tahun tetap gak?", "siklus.rakor"),
    ("siapa aja yg hadir di Rakor bidang kawasan permukiman?", "siklus.rakor"),
    ("habis Rakor usulan kami lanjut ke mana?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui masuk RKPD dulu atau langsung APBD?", "siklus.rkpd_apbd"),
    ("hubungan Rakor dgn Musrenbang provinsi apa?", ("siklus.rkpd_apbd", "siklus.rakor")),
    ("dasar hukum Pokja PKP apa?", "koordinasi.pokja_pkp"),
    (
        "Pokja PKP di kabupaten kami blm jalan, sebenarnya tugasnya ngapain?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    ("siapa biasanya ketua Pokja PKP di kabupaten?", "koordinasi.pokja_pkp"),
    ("alamat disperkimtan?", "disperkimtan.kontak"),
    ("website resmi disperkimtan kalteng apa?", "disperkimtan.kontak"),
    ("Where is the provincial Disperkimtan office?", "disperkimtan.kontak"),
    ("jam di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    ("kalau sy ketik jam pakai WITA, bot ngerti gak?", "bot.cara_pakai"),
    ("daftar perintah di bot sinkron apa aja?", "bot.cara_pakai"),
    ("di /usul foto wajib? maksimal brp?", "bot.usul"),
    ("bisa salin usulan tahun lalu biar gak ngetik ulang semua?", "bot.usul"),
    ("kode USL-2026-0003 di balasan bot itu maksudnya apa?", "bot.usul"),
    ("luas di form /usul boleh diisi m2 kah atau harus hektar?", "bot.usul"),
    (
        (
            "Ada WA dari prov: 'usulan Pulpis statusnya perlu perbaikan, mohon "
            "dilengkapi'. Maksudnya kami harus ngapain?"
        ),
        "bot.status",
    ),
    ("arti status 'dibahas di Rakor' apa?", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    ("status dibatalkan itu maksudnya apa, siapa yg bisa batalin?", "bot.status"),
    (
        "Our proposal was redirected to the regency budget. What does that mean for us?",
        "bot.ditolak_dialihkan",
    ),
    (
        "ditolak dgn alasan bukan kewenangan provinsi, trus kami harus gmn?",
        "bot.ditolak_dialihkan",
    ),
    (
        "kalau keputusan ditolak ternyata keliru, bisa diubah lewat bot gak?",
        "bot.ditolak_dialihkan",
    ),
    ("How long does the province usually take to verify a proposal?", "bot.tindak_lanjut"),
    ("standar tindak lanjut usulan di bot ini ngikut apa?", "bot.tindak_lanjut"),
    ("3 hari kerja itu aturan wajib buat disperkimtan kah?", "bot.tindak_lanjut"),
    ("Perkim singkatan dari apa?", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa?", "istilah.disperkimtan"),
    ("PSU itu apa sih?", "istilah.psu"),
    ("jaling itu maksudnya apa?", "istilah.jaling"),
    ("KB di SK kumuh artinya apa? bukan keluarga berencana kan?", "istilah.kb"),
    ("kalau di tabel baseline tertulis KR, maksudnya?", "istilah.kr"),
    ("SK kumuh itu apa?", "istilah.skkumuh"),
    ("apa itu delineasi", "istilah.delineasi"),
    ("bedanya RTLH sama RLH apa?", ("istilah.rtlh", "istilah.rlh")),
    ("What does RLH stand for?", "istilah.rlh"),
    ("bedah rumah itu istilah buat apa?", "istilah.bedahrumah"),
    ("BSPS itu program apa?", "istilah.bsps"),
    ("MBR itu singkatan apa?", "istilah.mbr"),
    ("rusunawa artinya apa?", "istilah.rusunawa"),
    ("rusus itu apa?", "istilah.rusus"),
    ("bedanya huntara dan huntap?", ("istilah.huntara", "istilah.huntap")),
    ("KK di form itu maksudnya kepala keluarga ya?", "istilah.kk"),
    ("ha itu satuan apa? sama dengan brp m2?", "istilah.ha"),
    ("DED kepanjangannya apa?", "istilah.ded"),
    ("RAB itu apa?", "istilah.rab"),
    ("RKS singkatan dari?", "istilah.rks"),
    ("KAK sama TOR itu sama kah?", "istilah.kak"),
    ("site plan itu apa, sama dgn rencana tapak?", "istilah.siteplan"),
    ("RC itu?", "istilah.rc"),
    ("BAST itu apa?", "istilah.bast"),
    ("hibah dalam konteks aset daerah itu maksudnya apa?", "istilah.hibah"),
    ("bedanya BMD sama BMN?", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu singkatan apa?", "istilah.op"),
    ("SPM itu apa?", "istilah.spm"),
    ("Pokja PKP itu apa?", "istilah.pokjapkp"),
    ("Pokja PPAS singkatan dari?", "istilah.pokjappas"),
    ("bedanya RP3KP sama RP2KPKP?", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("DAK itu apa?", "istilah.dak"),
    ("APBN singkatan dari?", "istilah.apbn"),
    ("APBDes apa itu?", "istilah.apbdes"),
    ("Bankeu itu maksudnya apa?", "istilah.bankeu"),
    ("pokir itu apa? sering dengar dari anggota dewan", "istilah.pokir"),
    ("Musrenbang kepanjangannya apa?", "istilah.musrenbang"),
    ("RKPD itu dokumen apa?", "istilah.rkpd"),
    ("bedanya Renja sama Renstra?", ("istilah.renja", "istilah.renstra")),
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("RKA dan DPA bedanya apa?", ("istilah.rka", "istilah.dpa")),
    ("SIPD itu sistem apa?", "istilah.sipd"),
    ("Bapperida itu badan apa?", "istilah.bapperida"),
    ("OPD sama SKPD sama aja kah?", ("istilah.opd", "istilah.skpd")),
    ("SPAM itu apa? bukan spam email kan", "istilah.spam"),
    ("SPALD kepanjangannya apa?", "istilah.spald"),
    ("IPAL itu apa?", "istilah.ipal"),
    ("TPS3R maksudnya?", "istilah.tps3r"),
    ("RTRW sama RDTR beda apa?", ("istilah.rtrw", "istilah.rdtr")),
    ("PBG itu apa, pengganti IMB kah?", "istilah.pbg"),
    ("SKBG kepanjangannya apa?", "istilah.skbg"),
    ("SKT itu surat apa?", "istilah.skt"),
    ("clean and clear itu maksudnya apa?", "istilah.cleanandclear"),
    ("What is CSR?", "istilah.csr"),
    ("Rakor itu singkatan dari?", "istilah.rakor"),
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("WIB itu UTC plus brp?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa?", "istilah.backlog"),
    ("PKP singkatan dari apa?", "istilah.pkp"),
    ("What does 'kumuh' mean?", "istilah.kumuh"),
    ("rusun itu apa?", "istilah.rusun"),
]

ROUND15_INTENTS: list[tuple[str, str]] = [
    ("usulan kami gimana kabarnya?", "status"),
    ("USL-2026-0004 sudah sampai mana?", "status"),
    ("usulan jaling yg sy kirim minggu lalu udh diverifikasi blm?", "status"),
    ("Where are our proposals now?", "status"),
    ("usulan kabupaten kami ada yg disetujui blm?", "status"),
    ("cek usulan kami dong", "status"),
    ("rakor tahun ini kapan?", "meeting"),
    ("jadwal rakor berikutnya di mana pak?", "meeting"),
    ("Kapan Rapat Koordinasi Bidang Kawasan Permukiman tahun ini dilaksanakan?", "meeting"),
    ("When is the next Rakor?", "meeting"),
    ("rakor 2026 jadinya tanggal brp?", "meeting"),
    ("kapan ulun harus ke Palangka Raya gasan rakor?", "meeting"),
    ("batas akhir kirim usulan kpn?", "deadline"),
    ("tenggat usulan TA 2027 tanggal berapa?", "deadline"),
    ("masih bisa kirim usulan gak? ditutup kapan?", "deadline"),
    ("What's the deadline for proposals?", "deadline"),
    ("paling lambat usulan masuk tanggal brp?", "deadline"),
    ("kapan penutupan penerimaan usulan tahun ini?", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak ya infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("assalamualaikum, sy baru didaftarkan admin", "greeting"),
    ("hi, how does this bot work?", "greeting"),
    ("gmn cara ngirim usulan di sini?", "how_to_submit"),
    ("mau ajukan usulan lewat bot caranya gmn?", "how_to_submit"),
    ("langkah-langkah input usulan di bot ini apa aja?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("cara masukin usulan ke sinkron?", "how_to_submit"),
    ("ulun handak mengusulkan jalan lingkungan, lewat bot ini kayapa caranya?", "how_to_submit"),
]

ROUND15_AREAS: list[tuple[str, str]] = [
    ("kumuh 8 ha kewenangan siapa?", "kabkota"),
    ("lokasi kumuh kami luasnya 12,5 hektar, itu provinsi kah?", "provinsi"),
    ("kalau pas 10 ha kumuhnya masuk mana?", "provinsi"),
    ("kawasan kumuh tepat 15 hektare kewenangan siapa?", "pusat"),
    ("delineasi kumuh di SK 14,99 ha, siapa yg tangani?", "provinsi"),
    ("kawasan kumuh 95.000 m2 siapa yg tangani?", "kabkota"),
    ("kumuh seluas 120.000 m² kewenangan siapa?", "provinsi"),
    ("A slum area of 16.2 hectares: who is responsible?", "pusat"),
    ("Di SK kami, lokasi di Kelurahan Mendawai tercatat 9,8 ha kumuh. bisa ke prov?", "kabkota"),
    ("kumuh lebih dari 15 ha, kira2 22 ha, itu urusan siapa?", "pusat"),
    ("kurang dari 10 hektar, persisnya 9,99 ha, kewenangan mana?", "kabkota"),
    ("kumuh persis 10,0 hektare ditangani siapa?", "provinsi"),
    ("150.000 meter persegi kawasan kumuh itu kewenangan siapa?", "pusat"),
    ("kawasan kumuh 3 ha di pinggir sungai Kahayan siapa yg tangani?", "kabkota"),
    ("kumuh sedang luas 11.4 ha kewenangan siapa?", "provinsi"),
    ("Kumuh 40 ha siapa?", "pusat"),
    ("kumuh 100.000 m2, berarti siapa yang berwenang?", "provinsi"),
    ("ulun ada kawasan kumuh 7,25 hektar, kewenangan siapa kah?", "kabkota"),
    ("Is a 13 ha slum the province's or the regency's?", "provinsi"),
    ("kumuh cuma 0,8 ha kewenangan siapa?", "kabkota"),
    ("kumuh 149.999 m2 masuk kewenangan siapa?", "provinsi"),
    ("Lokasi kumuh seluas 15,5 ha di Sampit ditangani siapa?", "pusat"),
    ("kawasan kumuh berat seluas 10,5 ha di bantaran, kewenangan siapa?", "provinsi"),
    ("kumuh 60.000 meter persegi siapa yg berwenang?", "kabkota"),
    ("kawasan kumuh yang luasnya 18 hectares, kewenangan siapa?", "pusat"),
]

ROUND15_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan tahun 2027?",
    "nomor WA kadis disperkimtan brp?",
    "harga satuan beton K-250 di Palangka Raya sekarang brp?",
    "gimana cara urus sertifikat tanah warga di BPN?",
    "gaji PPPK di dinas perkim kabupaten berapa?",
    "kenapa aplikasi SIPD sy error terus waktu login?",
    "Pergub Jawa Barat tentang RTLH isinya apa?",
    "berapa kuota BSPS utk Kabupaten Katingan tahun depan?",
    "cara daftar KPR subsidi FLPP gimana?",
    "jadwal cuti bersama akhir tahun kapan?",
    "HP sy gak bisa kirim foto di Telegram, kenapa ya?",
    "berapa harga rumah subsidi di Sampit tahun ini?",
    "siapa pemenang tender jalan lingkungan di Kapuas tahun lalu?",
    "progres pembangunan SPAM regional di Kalteng udh brp persen?",
    "cara hitung tebal perkerasan rigid utk jalan lingkungan gmn?",
    "boleh gak sy mutasi ke dinas PU provinsi? prosedurnya apa?",
    "izin tambang galian C di Barito Utara ngurusnya ke mana?",
    "kapan pencairan dana desa tahap 2?",
    "berapa persen rumah di Murung Raya yang sudah teraliri listrik PLN?",
    "How much is the travel allowance for officers coming to Palangka Raya?",
    "lupa password email dinas, gmn resetnya?",
    "nomor telepon BPBD Kalteng brp kalau mau lapor banjir?",
    "prosedur pengadaan langsung konsultan penyusun DED gimana?",
    "berapa harga per meter U-ditch 60x60 di Kotim?",
    "aturan PBG di Kota Banjarmasin gimana?",
    "siapa nama bupati Seruyan sekarang?",
    "ada pelatihan sertifikasi ahli K3 konstruksi di Palangka Raya bulan depan?",
    "berapa besar tunjangan kinerja pegawai disperkimtan provinsi?",
]
