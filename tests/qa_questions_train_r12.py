"""Training table R12 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 36's styles, written by another hand for the second half of the topic list: search-box
keyword queries, frustrated or sarcastic officers, orders from a superior ("sebutkan",
"rangkumkan"), bimtek and quiz items ("benar atau salah"), officers of transmigrant families
mixing in Sundanese, Madurese, Bugis or Balinese words, lowercase run-ons, ALL CAPS and
numbered background facts, terse liaison English. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R12_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "huntara singkatan arti pasca bencana",
        "istilah.huntara",
    ),
    (
        (
            "dari tadi rapat BPBD nyebut huntara huntara terus, itu apaan sih sebenernya, "
            "masa ga ada yg bisa jelasin"
        ),
        "istilah.huntara",
    ),
    (
        "jelaskan ke saya bedanya huntap sama huntara, singkat saja buat catatan kadis",
        ("istilah.huntap", "istilah.huntara"),
    ),
    (
        "isian singkat: huntap merupakan kependekan dari hunian ....",
        "istilah.huntap",
    ),
    (
        (
            "punten, KK dina formulir usulan teh maksadna naon? kartu keluarga atawa kepala "
            "keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "1. di desa Tangar ada 140 rumah 2. penduduknya sekitar 520 orang 3. ada rumah "
            "yang isinya dua keluarga. yang diisi di kolom KK itu hitungan apa sebenarnya?"
        ),
        "istilah.kk",
    ),
    (
        "jiwa meaning in proposal form, number of people or houses?",
        "istilah.jiwa",
    ),
    (
        ("isian jiwa di usulan itu maksudnya jumlah orang ya, bukan jumlah rumah? tolong pastikan"),
        "istilah.jiwa",
    ),
    (
        (
            "ini di form ditulis ha, itu hektar atau hektare, terus 1 ha berapa meter "
            "persegi? jawab cepet"
        ),
        "istilah.ha",
    ),
    (
        "tolong jelaskan satuan ha yang dipakai di SK kumuh, setara berapa m2",
        "istilah.ha",
    ),
    (
        (
            "soal pre-test: DED dalam dokumen teknis usulan adalah singkatan dari a. Desain "
            "Eksekusi Daerah b. Detail Engineering Design c. Data Evaluasi Dasar"
        ),
        "istilah.ded",
    ),
    (
        "DED itu apa di'? katanya diminta provinsi untuk usulan jaling di Kasongan",
        "istilah.ded",
    ),
    (
        (
            "rab itu apa ya pak kami disuruh lampirkan rab tapi saya pegawai baru belum paham "
            "isinya apa aja"
        ),
        "istilah.rab",
    ),
    (
        "rab kepanjangan rencana anggaran biaya",
        "istilah.rab",
    ),
    (
        "RKS apa lagi nih, udah DED udah RAB masih ada RKS, itu dokumen apaan sih",
        "istilah.rks",
    ),
    (
        "please explain RKS in the technical document list, what is it",
        "istilah.rks",
    ),
    (
        (
            "isian singkat: KAK adalah singkatan dari ... dan padanannya dalam bahasa Inggris "
            "adalah ..."
        ),
        "istilah.kak",
    ),
    (
        "KAK ponapa artinya pak? sama dengan TOR tak?",
        "istilah.kak",
    ),
    (
        "SITE PLAN ITU APA MAKSUDNYA DALAM USULAN PSU",
        "istilah.siteplan",
    ),
    (
        "site plan rencana tapak arti",
        "istilah.siteplan",
    ),
    (
        "orang balai ngomong RC RC terus, RC tuh apaan? jangan dijawab muter-muter",
        "istilah.rc",
    ),
    (
        "sebutkan arti RC dalam konteks kesiapan usulan kegiatan",
        "istilah.rc",
    ),
    (
        "benar atau salah: BAST adalah Berita Acara Serah Terima",
        "istilah.bast",
    ),
    (
        "om swastyastu, tiang mau tanya BAST itu kenken maksudnya, nggih",
        "istilah.bast",
    ),
    (
        (
            "1. provinsi bangun drainase di tanah pemkab 2. katanya nanti dihibahkan 3. saya "
            "belum paham istilahnya. hibah itu maksudnya apa?"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    (
        "hibah meaning, grant of asset?",
        "istilah.hibah",
    ),
    (
        "BMD itu apa sih? dari tadi bagian aset nanya BMD BMD saya cuma bengong",
        "istilah.bmd",
    ),
    (
        "jelaskan singkatan BMD untuk notulen rapat aset",
        "istilah.bmd",
    ),
    (
        (
            "pilihan ganda: BMN adalah a. Barang Milik Negara b. Barang Milik Nagari c. "
            "Belanja Modal Nasional"
        ),
        "istilah.bmn",
    ),
    (
        "BMN teh naon? bedana sareng BMD kumaha?",
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        "o&p itu apa artinya di surat pernyataan yang diminta provinsi mohon pencerahan",
        "istilah.op",
    ),
    (
        "OP operasi pemeliharaan singkatan",
        "istilah.op",
    ),
    (
        "udah tiga kali nanya SPM itu apa kok ga ada yang bales, bot apa patung",
        "istilah.spm",
    ),
    (
        "explain to me what SPM stands for",
        "istilah.spm",
    ),
    (
        "soal pre-test: Pokja PKP merupakan singkatan dari ...",
        "istilah.pokjapkp",
    ),
    (
        "sampeyan tahu Pokja PKP itu ponapa? bedhe SK-nya di kabupaten kami tapi saya tak paham",
        "istilah.pokjapkp",
    ),
    (
        "POKJA PPAS SINGKATAN DARI APA",
        "istilah.pokjappas",
    ),
    (
        "pokja ppas kepanjangan perumahan permukiman air minum sanitasi",
        "istilah.pokjappas",
    ),
    (
        "tolong dong Pokja AMPL apaan, pak sekda nanya saya ga bisa jawab",
        "istilah.pokjaampl",
    ),
    (
        "rangkumkan arti Pokja PPAS dan Pokja AMPL dalam dua kalimat",
        ("istilah.pokjappas", "istilah.pokjaampl"),
    ),
    (
        "benar atau salah: RP3KP adalah rencana lima tahunan pencegahan kumuh",
        "istilah.rp3kp",
    ),
    (
        "iye pak, RP3KP itu apa kepanjangannya ki'?",
        "istilah.rp3kp",
    ),
    (
        (
            "1. kami sedang menyusun dokumen perencanaan kumuh 2. konsultan menyebut RP2KPKP "
            "3. ada juga yang bilang RP3KP. RP2KPKP itu apa dan bedanya dengan RP3KP?"
        ),
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "rp2kpkp arti dokumen",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu program apa sih, masih jalan atau udah bubar? jangan jawab ga tau lagi",
        "istilah.kotaku",
    ),
    (
        "buatkan poin-poin singkat tentang program KOTAKU untuk bahan sambutan asisten",
        "istilah.kotaku",
    ),
    (
        "isian singkat: PPKT pada DAK Tematik PPKT adalah kependekan dari ...",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT teh kanggo naon atuh? kumaha maksadna?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "apbn itu anggaran pusat kan bukan provinsi mohon dijelaskan biar saya ga salah "
            "tulis di laporan"
        ),
        "istilah.apbn",
    ),
    (
        "pls advise meaning APBN",
        "istilah.apbn",
    ),
    (
        (
            "masa APBD aja harus dijelasin lagi, tapi ya sudah, APBD itu apa dan ada APBD "
            "prov sama APBD kab kan?"
        ),
        "istilah.apbd",
    ),
    (
        "sebutkan kepanjangan APBD untuk bahan paparan",
        "istilah.apbd",
    ),
    (
        "pilihan ganda: APBDes adalah anggaran milik a. kecamatan b. desa c. kabupaten",
        "istilah.apbdes",
    ),
    (
        "pak, tiang nak desa, APBDes to apa sih? sing ngerti tiang",
        "istilah.apbdes",
    ),
    (
        "BANKEU ITU APA, BANTUAN KEUANGAN DARI PROVINSI KE KABUPATEN YA?",
        "istilah.bankeu",
    ),
    (
        "bankeu provinsi arti istilah",
        "istilah.bankeu",
    ),
    (
        "anggota dewan bilang usulan kami dimasukkan pokir, pokir itu apa? jelasin yang bener",
        "istilah.pokir",
    ),
    (
        "jelaskan apa yang dimaksud pokir DPRD",
        "istilah.pokir",
    ),
    (
        "benar atau salah: Musrenbang dilaksanakan berjenjang dari desa sampai nasional",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang ponapa kepanjangannya? saya tak ngerti",
        "istilah.musrenbang",
    ),
    (
        "rkpd singkatan dari apa terus bedanya sama rpjmd apa",
        ("istilah.rkpd", "istilah.rpjmd"),
    ),
    (
        "RKPD definition annual plan",
        "istilah.rkpd",
    ),
    (
        "Renja Renstra Renja Renstra, pusing saya. Renja itu apa??",
        "istilah.renja",
    ),
    (
        "tolong list-kan arti Renja perangkat daerah",
        "istilah.renja",
    ),
    (
        "soal pre-test: Renstra perangkat daerah berlaku untuk jangka waktu ... tahun",
        "istilah.renstra",
    ),
    (
        "punten, Renstra teh naon? dokumen naon eta?",
        "istilah.renstra",
    ),
    (
        (
            "1. rakor 2024 menyinggung masalah RPJMD 2021-2026 2. sekarang ada RPJMD "
            "2025-2029. RPJMD itu dokumen apa sebenarnya?"
        ),
        "istilah.rpjmd",
    ),
    (
        "rpjmd pengertian rencana lima tahun daerah",
        "istilah.rpjmd",
    ),
    (
        (
            "KUA-PPAS itu apa sih, tiap tahun disebut di rapat anggaran tapi ga pernah ada "
            "yang jelasin"
        ),
        "istilah.kuappas",
    ),
    (
        "briefly explain KUA-PPAS for my report",
        "istilah.kuappas",
    ),
    (
        "isian singkat: RKA adalah dokumen ... anggaran perangkat daerah",
        "istilah.rka",
    ),
    (
        "RKA dengan DPA itu beda ji kah? apa artinya RKA di'?",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA SINGKATAN APA",
        "istilah.dpa",
    ),
    (
        "dpa dokumen pelaksanaan anggaran arti",
        "istilah.dpa",
    ),
    (
        "SIPD SIPD terus tiap rapat anggaran, itu sistem apa sebenernya? cepet",
        "istilah.sipd",
    ),
    (
        "sebutkan kepanjangan SIPD dan siapa yang mengelolanya",
        "istilah.sipd",
    ),
    (
        (
            "pilihan ganda: Bapperida Provinsi Kalteng adalah badan a. perencanaan "
            "pembangunan, riset dan inovasi daerah b. pengelola aset daerah c. pengawas "
            "pembangunan"
        ),
        "istilah.bapperida",
    ),
    (
        "Bapperida nika kantor apa nggih? tiang sing tau, dulu namanya Bappeda",
        "istilah.bapperida",
    ),
    (
        "opd itu apa pak sering disebut di surat tapi saya baru pindah dari bagian umum",
        "istilah.opd",
    ),
    (
        "OPD stands for what",
        "istilah.opd",
    ),
    (
        "SKPD sama OPD bedanya apa? jawab yang jelas jangan copas",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        "skpd kepanjangan satuan kerja",
        "istilah.skpd",
    ),
    (
        "jelaskan ke saya arti SPAM di bidang air minum, bukan spam email ya",
        "istilah.spam",
    ),
    (
        "benar atau salah: SPAM adalah Sistem Penyediaan Air Minum",
        "istilah.spam",
    ),
    (
        "SPALD teh naon? aya hubunganana jeung air limbah?",
        "istilah.spald",
    ),
    (
        (
            "1. desa kami di Pulau Petak belum punya pengolahan limbah 2. dinas PU mau usul "
            "SPALD. SPALD itu apa?"
        ),
        "istilah.spald",
    ),
    (
        "ipal instalasi pengolahan air limbah arti",
        "istilah.ipal",
    ),
    (
        "IPAL apaan? orang sini taunya cuma septic tank, jangan pake istilah aneh-aneh",
        "istilah.ipal",
    ),
    (
        "sebutkan kepanjangan TPS3R",
        "istilah.tps3r",
    ),
    (
        "isian singkat: TPS3R adalah tempat pengolahan sampah dengan prinsip ...",
        "istilah.tps3r",
    ),
    (
        "MCK ponapa kepanjangannya? bedhe usulan MCK dari desa",
        "istilah.mck",
    ),
    (
        "MCK KOMUNAL ITU MAKSUDNYA APA",
        "istilah.mck",
    ),
    (
        "rtrw rencana tata ruang wilayah arti",
        "istilah.rtrw",
    ),
    (
        "RTRW itu tata ruang kan, bukan RT RW kampung? masa gitu doang saya harus ngecek ke bot",
        "istilah.rtrw",
    ),
    (
        "jelaskan perbedaan RTRW dan RDTR secara singkat",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "true or false: RDTR is the detailed spatial plan",
        "istilah.rdtr",
    ),
    (
        "PBG itu apa di'? pengganti IMB kah?",
        "istilah.pbg",
    ),
    (
        "pbg sama slf itu apa bedanya saya bingung dua-duanya soal bangunan gedung",
        ("istilah.pbg", "istilah.slf"),
    ),
    (
        "slf sertifikat laik fungsi arti",
        "istilah.slf",
    ),
    (
        "what is SLF, quick pls, my boss is waiting",
        "istilah.slf",
    ),
    (
        "jelaskan apa itu SKBG",
        "istilah.skbg",
    ),
    (
        "soal pre-test: SKBG merupakan singkatan dari ...",
        "istilah.skbg",
    ),
    (
        "SKT teh naon? warga mah ngan gaduh SKT, teu acan sertipikat",
        "istilah.skt",
    ),
    (
        (
            "1. lahan warga belum bersertifikat 2. yang ada cuma surat dari kepala desa. itu "
            "yang disebut SKT? SKT itu surat apa?"
        ),
        "istilah.skt",
    ),
    (
        "clean and clear lahan arti",
        "istilah.cleanandclear",
    ),
    (
        "provinsi minta lahan clean and clear, maksudnya gimana sih, pake bahasa inggris segala",
        "istilah.cleanandclear",
    ),
    (
        "jelaskan arti CSR sebagai sumber dana kegiatan",
        "istilah.csr",
    ),
    (
        (
            "pilihan ganda: CSR adalah dana dari a. pemerintah pusat b. tanggung jawab sosial "
            "perusahaan c. pinjaman bank"
        ),
        "istilah.csr",
    ),
    (
        "Rakor nika kepanjangannya apa nggih? rapat koordinasi kan?",
        "istilah.rakor",
    ),
    (
        "RAKOR ITU SINGKATAN DARI APA DAN RAPAT APA SEBENARNYA",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "LAPOR! arti sistem pengaduan nasional",
        "istilah.lapor",
    ),
    (
        "LAPOR! itu apa hubungannya sama bot ini? kok disebut-sebut, aneh",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        "explain WIB, what time zone does Central Kalimantan use",
        "istilah.wib",
    ),
    (
        "benar atau salah: Kalimantan Tengah memakai WITA",
        "istilah.wib",
    ),
    (
        "sampeyan bisa jelaskan backlog? tak paham saya istilah itu",
        "istilah.backlog",
    ),
    (
        "backlog rumah itu apa sih kok angka pupr sama bps beda terus",
        "istilah.backlog",
    ),
    (
        "pkp kepanjangan bidang perumahan",
        "istilah.pkp",
    ),
    (
        "PKP itu apa? jangan bilang pengusaha kena pajak ya, ini bidang perumahan",
        "istilah.pkp",
    ),
    (
        "jelaskan pengertian permukiman kumuh menurut undang-undang",
        "istilah.kumuh",
    ),
    (
        (
            "benar atau salah: permukiman kumuh adalah permukiman tidak layak huni karena "
            "bangunan tidak teratur, padat, dan prasarananya tidak memenuhi syarat"
        ),
        "istilah.kumuh",
    ),
    (
        "DAK teh singkatan naon? Dana Alokasi Khusus sanes?",
        "istilah.dak",
    ),
    (
        "1. usulan kami tidak masuk kewenangan provinsi 2. disarankan cari DAK. DAK itu apa ya?",
        "istilah.dak",
    ),
    (
        "rusun meaning",
        "istilah.rusun",
    ),
    (
        "rusun, rusunawa, rusus... banyak amat singkatannya. rusun itu apa dulu?",
        "istilah.rusun",
    ),
]

TRAIN_R12_INTENTS: list[tuple[str, str]] = [
    (
        "usulan saya USL-2026-0014 sudah sampai mana ya, masih diperiksa atau sudah diputuskan?",
        "status",
    ),
    (
        ("udah seminggu kirim usulan jaling dari Katingan, diterima apa ditolak sih? kabarin dong"),
        "status",
    ),
    (
        "any update on our proposals from Kotim pls",
        "status",
    ),
    (
        "rakor tahun ini kapan dan di mana tempatnya",
        "meeting",
    ),
    (
        "RAPAT KOORDINASI BIDANG KAWASAN PERMUKIMAN BERIKUTNYA TANGGAL BERAPA DAN JAM BERAPA",
        "meeting",
    ),
    (
        "punten, rapat salajengna teh iraha? di aula disperkimtan?",
        "meeting",
    ),
    (
        "batas akhir kirim usulan tahun ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "tenggat usulan kapan ditutup, kami masih lengkapi DED, cepet jawab",
        "deadline",
    ),
    (
        "usulan untuk TA depan masih diterima sampai kapan",
        "deadline",
    ),
    (
        "selamat pagi pak, salam dari Buntok",
        "greeting",
    ),
    (
        "makasih banyak ya infonya, sangat membantu",
        "greeting",
    ),
    (
        "halo bot, mohon bantuannya",
        "greeting",
    ),
    (
        "gimana caranya input usulan lewat bot ini",
        "how_to_submit",
    ),
    (
        "tolong list-kan langkah mengirim usulan PSU lewat bot dari awal sampai selesai",
        "how_to_submit",
    ),
    (
        "how do I submit a proposal through this bot",
        "how_to_submit",
    ),
]

TRAIN_R12_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 7,5 ha di Baamang siapa yang tangani",
        "kabkota",
    ),
    (
        "slum area 3.2 hectares in Pahandut, who is responsible?",
        "kabkota",
    ),
    (
        "luas kumuh 98.500 m2 di Kelurahan Mendawai masuk kewenangan mana",
        "kabkota",
    ),
    (
        "benar atau salah: kawasan kumuh 9,9 hektare ditangani provinsi",
        "kabkota",
    ),
    (
        "luas delineasi 10 hektar pas, kewenangan prov atau kab?",
        "provinsi",
    ),
    (
        "kawasan kumuh 149.000 m² di Selat Hilir tanggung jawab siapa",
        "provinsi",
    ),
    (
        "kumuh 11 hektar di Kuala Kurun teh kewenangan saha?",
        "provinsi",
    ),
    (
        "kumuh 14,99 ha kewenangan",
        "provinsi",
    ),
    (
        "KUMUH 15 HA DI MENTAWA BARU KETAPANG KEWENANGAN SIAPA",
        "pusat",
    ),
    (
        (
            "1. SK kumuh kota terbit 2020 2. lokasi Tumbang Tahai luasnya 150.000 meter "
            "persegi. ini yang tangani pusat, provinsi atau kota?"
        ),
        "pusat",
    ),
    (
        "pls advise authority slum 25 hectares Kapuas",
        "pusat",
    ),
    (
        "kumuh 39,48 hektare di Pahandut bedhe kewenangan siapa, provinsi tak?",
        "pusat",
    ),
]

TRAIN_R12_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "nomor hp kabid kawasan permukiman berapa ya, mau konfirmasi langsung",
    "siapa pemenang tender jalan lingkungan di Kuala Kurun tahun lalu?",
    "berapa harga rumah subsidi FLPP di Palangka Raya sekarang",
    "jumlah RTLH di Kabupaten Seruyan tahun 2025 ada berapa unit?",
    "harga semen per sak di Sampit minggu ini berapa",
    "besok hujan ga di Palangka Raya? mau survei lokasi",
    "syarat izin tambang galian C di Katingan apa aja",
    "cara daftar CPNS 2026 gimana",
    "gaji 13 cair tanggal berapa tahun ini?",
    "kartu BPJS saya ga aktif, harus ke mana ya",
    "BERITA BANJIR DI KASONGAN HARI INI GIMANA",
    "honor narasumber bimtek per jam sesuai SBU provinsi berapa?",
    "what is today's USD to IDR exchange rate",
    "ada yang tau kos murah dekat jalan D.I. Panjaitan? punten, anak saya mau kuliah",
]
