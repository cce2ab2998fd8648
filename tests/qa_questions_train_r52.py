"""Training table R52 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 50's styles, written by another hand for the second half of the topic list after round 50
was measured untouched: a weak signal with the message in broken pieces, vowels dropped as in
old SMS, asking whether something changed since last year, asking what the bot can do first, a
newly transferred officer, numbers written in words or fractions, speech-to-text mishearings,
one clause per line; Philippine English. A glossary entry's questions ask what the term means.
Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R52_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "pak maaf sinyal lg jelek di lapangan... mau tanya... huntara itu... maksudnya apa ya",
        "istilah.huntara",
    ),
    (
        "hntr tu sngktn dr ap y pk? sy dpt istlh itu d lprn bncn",
        "istilah.huntara",
    ),
    (
        (
            "tahun lalu di laporan pasca banjir ditulis huntap, tahun ini istilahnya masih "
            "itu? huntap sendiri artinya apa sih?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "bot, kamu ngerti singkatan2 perumahan pascabencana nggak? kalau ngerti: huntap "
            "itu kepanjangannya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "saya baru mutasi ke bidang perkim minggu ini, mohon maaf kalau dasar banget: di "
            "form usulan ada isian KK, itu maksudnya KK apa ya?"
        ),
        "istilah.kk",
    ),
    (
        (
            "di data penerima tertulis tiga ratus dua puluh KK, KK di situ artinya apa ya, "
            "orangnya atau keluarganya?"
        ),
        "istilah.kk",
    ),
    (
        "isian ji wa di form itu artinya apa ya, maksudnya jumlah orang atau gimana",
        "istilah.jiwa",
    ),
    (
        "pak\ndi SK tertulis 12 ha\nsaya kurang paham\nha itu satuan apa ya?",
        "istilah.ha",
    ),
    (
        "halo bot.. maaf kuota tinggal dikit.. DED itu.. apa ya kepanjangannya.. buru2",
        "istilah.ded",
    ),
    (
        "DED tu sngktn dr ap, mksdny dkmn ap y?",
        "istilah.ded",
    ),
    (
        (
            "dari dulu kami nyebutnya RAB, sekarang istilahnya masih sama? RAB itu sebenarnya "
            "singkatan apa?"
        ),
        "istilah.rab",
    ),
    (
        "er a be itu apa ya kepanjangannya, yang diminta di kelengkapan",
        "istilah.rab",
    ),
    (
        "bot ini bisa jelasin istilah teknis nggak? kalau bisa: RKS itu apa?",
        "istilah.rks",
    ),
    (
        (
            "mohon maaf saya baru pindah dari bagian umum ke perkim, belum paham istilah "
            "teknis. RKS itu dokumen apa ya maksudnya?"
        ),
        "istilah.rks",
    ),
    (
        (
            "dua minggu lalu atasan minta saya bikin KAK, tapi jujur saya belum ngerti KAK "
            "itu singkatan apa"
        ),
        "istilah.kak",
    ),
    (
        "pak\nmau tanya istilah\nKAK itu apa?\nsama dengan TOR kah?",
        "istilah.kak",
    ),
    (
        "pak.. sinyal putus2 nih.. site plan.. itu maksudnya gambar apa ya",
        "istilah.siteplan",
    ),
    (
        (
            "Good day po. Can this bot explain technical terms? If yes, may I know what a "
            "site plan is?"
        ),
        "istilah.siteplan",
    ),
    (
        "RC tu ap y? sy lht d cklst usln",
        "istilah.rc",
    ),
    (
        "ar si itu apa ya maksudnya, ada di daftar kelengkapan usulan",
        "istilah.rc",
    ),
    (
        (
            "tahun kemarin waktu serah terima jaling ada istilah BAST, itu sebenarnya "
            "singkatan apa? sekarang masih disebut begitu?"
        ),
        "istilah.bast",
    ),
    (
        "sudah setengah tahun saya dengar kata BAST terus di kantor, artinya apa sih?",
        "istilah.bast",
    ),
    (
        (
            "maaf pertanyaan dasar, saya pegawai baru di perkim: hibah itu artinya apa kalau "
            "soal aset?"
        ),
        "istilah.hibah",
    ),
    (
        "pak\naset jalan dari provinsi\nkatanya dihibahkan\nhibah itu maksudnya apa ya",
        "istilah.hibah",
    ),
    (
        "BMD tu sngktn ap pk?",
        "istilah.bmd",
    ),
    (
        "be em de itu apa ya, tadi disebut waktu rapat aset",
        "istilah.bmd",
    ),
    (
        "bot paham istilah aset pemerintah nggak? BMN itu singkatan dari apa?",
        "istilah.bmn",
    ),
    (
        "Hi po\njust for clarification\nwhat does BMN stand for?",
        "istilah.bmn",
    ),
    (
        (
            "pak mhn maaf jaringan di kecamatan jelek... O&P... itu apa ya... ada di surat "
            "pernyataan"
        ),
        "istilah.op",
    ),
    (
        "di surat pernyataan ada dua huruf O dan P, itu singkatan dari apa ya?",
        "istilah.op",
    ),
    (
        (
            "SPM yang sering disebut dari tahun lalu itu masih sama artinya? SPM "
            "kepanjangannya apa ya?"
        ),
        "istilah.spm",
    ),
    (
        "es pe em itu apa ya artinya di bidang perumahan",
        "istilah.spm",
    ),
    (
        (
            "saya baru mutasi minggu ini dan langsung dimasukkan ke Pokja PKP, maaf nanya "
            "dasar: Pokja PKP itu apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "pkj PKP tu ap y? sy dpt SK anggtny",
        "istilah.pokjapkp",
    ),
    (
        "pak\nada undangan Pokja PPAS\nPPAS itu singkatan apa\nbiar nggak salah kirim orang",
        "istilah.pokjappas",
    ),
    (
        "pokja pe pe a es itu apa ya",
        "istilah.pokjappas",
    ),
    (
        "bot, tau Pokja AMPL? kalau tau tolong jelaskan AMPL itu kepanjangannya apa",
        "istilah.pokjaampl",
    ),
    (
        "sudah dua kali ikut rapat Pokja AMPL, tapi AMPL itu singkatan dari apa ya",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu istilah lama atau masih dipakai? sebenarnya RP3KP itu apa?",
        "istilah.rp3kp",
    ),
    (
        "pak.. maaf putus2.. er pe tiga.. eh RP3KP.. itu apa ya..",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP tu ap y pk, pnjg bgt sngktnny",
        "istilah.rp2kpkp",
    ),
    (
        "Good day po.\nWe are updating our plan documents.\nMay I know what RP2KPKP means?",
        "istilah.rp2kpkp",
    ),
    (
        "kota ku itu program apa ya, dengar dari kawan di kelurahan",
        "istilah.kotaku",
    ),
    (
        "dulu ada KOTAKU, sekarang masih ada nggak? KOTAKU itu sebenarnya apa?",
        "istilah.kotaku",
    ),
    (
        "saya baru di perkim, maaf: DAK Tematik PPKT itu maksudnya apa? PPKT singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "PPKT itu kan empat huruf, masing2 singkatan apa ya? yang DAK Tematik PPKT",
        "istilah.daktematikppkt",
    ),
    (
        "pak\nAPBN itu\nsingkatan apa ya\nmau saya jelaskan ke kades",
        "istilah.apbn",
    ),
    (
        "APBN tu ap sbnrny pk",
        "istilah.apbn",
    ),
    (
        "bot ini ngerti istilah anggaran? APBD itu apa?",
        "istilah.apbd",
    ),
    (
        "pak... koneksi lemot... APBD... artinya apa ya singkatnya",
        "istilah.apbd",
    ),
    (
        "a pe be des itu apa artinya ya",
        "istilah.apbdes",
    ),
    (
        (
            "Hello po, I'm newly assigned to the housing unit, sorry for the basic question: "
            "what is APBDes?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "tahun lalu ada istilah Bankeu provinsi, itu sebenarnya apa? masih sama artinya "
            "tahun ini?"
        ),
        "istilah.bankeu",
    ),
    (
        "bang keu itu apa ya maksudnya",
        "istilah.bankeu",
    ),
    (
        "ada dua usulan dari pokir dewan, pokir itu kepanjangannya apa ya",
        "istilah.pokir",
    ),
    (
        "pak\nsering dengar pokir\ndari DPRD\nitu apa artinya",
        "istilah.pokir",
    ),
    (
        "maaf saya baru mutasi, mohon pencerahan: Musrenbang itu singkatan dari apa?",
        "istilah.musrenbang",
    ),
    (
        "msrnbng tu sngktn ap y",
        "istilah.musrenbang",
    ),
    (
        "pak sinyal jelek... RKPD itu... apa ya... singkatan",
        "istilah.rkpd",
    ),
    (
        "er ka pe de itu apa ya artinya",
        "istilah.rkpd",
    ),
    (
        "bot bisa jelaskan istilah perencanaan? Renja itu apa?",
        "istilah.renja",
    ),
    (
        "renja itu rencana untuk satu tahun atau lima tahun? apa arti renja sebenarnya",
        "istilah.renja",
    ),
    (
        (
            "katanya ada Renstra baru, istilah Renstra sendiri masih sama artinya? Renstra "
            "itu apa ya"
        ),
        "istilah.renstra",
    ),
    (
        "pak\nRenstra dinas\nitu maksudnya apa\nsaya belum paham",
        "istilah.renstra",
    ),
    (
        "RPJMD tu sngktn ap y pk",
        "istilah.rpjmd",
    ),
    (
        "Good day po, is the RPJMD a five-year plan? Kindly explain what RPJMD stands for.",
        "istilah.rpjmd",
    ),
    (
        "kua pe pas itu apa ya, ada di jadwal anggaran",
        "istilah.kuappas",
    ),
    (
        "saya masih baru di bidang ini, maaf nanya: KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    (
        "pak.. maaf.. lagi di jalan.. RKA itu apa ya.. kepanjangannya",
        "istilah.rka",
    ),
    (
        "kamu ngerti dokumen anggaran? RKA itu apa sih",
        "istilah.rka",
    ),
    (
        "ada perubahan istilah nggak soal DPA? DPA itu kepanjangannya apa ya",
        "istilah.dpa",
    ),
    (
        "DPA tu ap y pk, dkmn ap",
        "istilah.dpa",
    ),
    (
        "sip de itu apa ya, sistem apa",
        "istilah.sipd",
    ),
    (
        "pak\nusulan kami\nkatanya harus masuk SIPD\nSIPD itu apa ya",
        "istilah.sipd",
    ),
    (
        "dulu kan Bappeda, sekarang Bapperida, itu kepanjangannya apa ya?",
        "istilah.bapperida",
    ),
    (
        "sudah dua bulan saya dengar Bapperida disebut di rapat, Bapperida itu apa ya",
        "istilah.bapperida",
    ),
    (
        "bot bisa jelaskan singkatan birokrasi? OPD itu apa",
        "istilah.opd",
    ),
    (
        "pak... maaf kuota mau habis.. OPD artinya apa ya",
        "istilah.opd",
    ),
    (
        "SKPD tu sngktn ap, sm ga dgn OPD?",
        "istilah.skpd",
    ),
    (
        "maaf pertanyaan dasar, baru mutasi: SKPD itu apa ya?",
        "istilah.skpd",
    ),
    (
        "es pam itu apa ya, bukan spam email kan",
        "istilah.spam",
    ),
    (
        (
            "Good day po. SPAM appears in our old documents, does it still mean the same? "
            "What does SPAM mean in this context?"
        ),
        "istilah.spam",
    ),
    (
        "pak\nSPALD\nitu apa ya\nsering muncul di dokumen sanitasi",
        "istilah.spald",
    ),
    (
        "SPALD itu lima huruf, kepanjangannya apa ya",
        "istilah.spald",
    ),
    (
        "halo.. sinyal naik turun.. IPAL itu.. apa ya..",
        "istilah.ipal",
    ),
    (
        "IPAL tu sngktn ap y",
        "istilah.ipal",
    ),
    (
        "te pe es tiga er itu apa ya",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu ada angka tiganya, tiga R itu apa? TPS3R artinya apa",
        "istilah.tps3r",
    ),
    (
        "bot ngerti istilah sanitasi? MCK itu singkatan dari apa?",
        "istilah.mck",
    ),
    (
        "maaf saya baru di dinas, MCK itu kepanjangannya apa ya pak",
        "istilah.mck",
    ),
    (
        (
            "RTRW yang tahun lalu disebut di rapat itu, masih sama maksudnya? RTRW sendiri "
            "apa artinya? bukan RT RW kan?"
        ),
        "istilah.rtrw",
    ),
    (
        "pak\nRTRW itu\napa ya\nyang soal tata ruang itu",
        "istilah.rtrw",
    ),
    (
        "er de te er itu apa ya",
        "istilah.rdtr",
    ),
    (
        "RDTR tu ap, bd ny ap dgn RTRW",
        "istilah.rdtr",
    ),
    (
        "dulu kan IMB, sekarang katanya PBG, PBG itu singkatan apa?",
        "istilah.pbg",
    ),
    (
        "hello po... sorry weak signal... what is PBG... thanks",
        "istilah.pbg",
    ),
    (
        "SLF itu tiga huruf kepanjangannya apa ya",
        "istilah.slf",
    ),
    (
        "bot ini paham istilah bangunan gedung? SLF artinya apa",
        "istilah.slf",
    ),
    (
        "saya baru di perkim, SKBG itu maksudnya apa ya?",
        "istilah.skbg",
    ),
    (
        "es ka be ge itu apa ya",
        "istilah.skbg",
    ),
    (
        "pak\nwarga cuma punya SKT\nSKT itu\nsingkatan apa ya",
        "istilah.skt",
    ),
    (
        "SKT tu sngktn ap y pk",
        "istilah.skt",
    ),
    (
        "klin en klir itu maksudnya apa ya untuk lahan",
        "istilah.cleanandclear",
    ),
    (
        "istilah clean and clear masih dipakai? sebenarnya clean and clear itu artinya apa",
        "istilah.cleanandclear",
    ),
    (
        "bot ngerti soal pendanaan? CSR itu apa ya",
        "istilah.csr",
    ),
    (
        "perusahaan sawit mau bantu setengah biayanya lewat CSR, CSR itu apa sih artinya",
        "istilah.csr",
    ),
    (
        (
            "saya baru mutasi ke bidang kawasan permukiman, mohon maaf: rakor itu "
            "kepanjangannya apa?"
        ),
        "istilah.rakor",
    ),
    (
        "rak or itu apa ya maksudnya",
        "istilah.rakor",
    ),
    (
        "pak.. sinyal... LAPOR! itu... apa ya.. yang ada tanda serunya",
        "istilah.lapor",
    ),
    (
        "Hello po, does this bot know government terms? If yes, may I know what LAPOR! is?",
        "istilah.lapor",
    ),
    (
        "pak\njadwal di bot\npakai WIB\nWIB itu apa ya",
        "istilah.wib",
    ),
    (
        "bcklg prmhn tu mksdny ap y",
        "istilah.backlog",
    ),
    (
        "angka backlog katanya beda2 tiap tahun, backlog itu sebenarnya artinya apa sih",
        "istilah.backlog",
    ),
    (
        "di dokumen ada tiga huruf PKP, itu singkatan apa ya",
        "istilah.pkp",
    ),
    (
        "good day po, for clarification, what does pee kay pee mean? the bidang pee kay pee",
        "istilah.pkp",
    ),
    (
        "kumu itu artinya apa ya, permukiman kumu",
        "istilah.kumuh",
    ),
    (
        "baru mutasi, maaf nanya dasar sekali: yang disebut kumuh itu apa sebenarnya?",
        "istilah.kumuh",
    ),
    (
        "bot tau DAK? DAK itu singkatan dari apa",
        "istilah.dak",
    ),
    (
        "pak... maaf putus2... DAK itu... apa ya",
        "istilah.dak",
    ),
    (
        "pak\nada program rusun\nrusun itu\nkepanjangannya apa",
        "istilah.rusun",
    ),
    (
        "rsn tu sngktn ap y",
        "istilah.rusun",
    ),
]

TRAIN_R52_INTENTS: list[tuple[str, str]] = [
    (
        "usln kmi yg jln lngkngn d Kumai sdh smp mn y? dtrm ap blm",
        "status",
    ),
    (
        "pak\nusulan drainase kami\nUSL-2026-0004\nsudah diverifikasi belum?",
        "status",
    ),
    (
        "hello po... sorry signal... our proposal from Pulang Pisau... is it approved already?",
        "status",
    ),
    (
        "rak or tahun ini kapan ya dan di mana tempatnya",
        "meeting",
    ),
    (
        "rapat berikutnya tanggal berapa? kata teman dua minggu lagi di aula dinas, benar?",
        "meeting",
    ),
    (
        (
            "bot bisa kasih tau jadwal rapat nggak? kalau bisa: rakor berikutnya kapan dan "
            "jam berapa?"
        ),
        "meeting",
    ),
    (
        (
            "tahun lalu usulan ditutup sebelum rakor, tahun ini batas akhir kirim usulan "
            "sampai kapan?"
        ),
        "deadline",
    ),
    (
        "pak.. sinyal putus2.. mau tanya.. usulan.. ditutup kapan",
        "deadline",
    ),
    (
        "Hi po, newly assigned here. May I know until when proposals are accepted this year?",
        "deadline",
    ),
    (
        "selamat pagi pak, terima kasih banyak atas bantuannya kemarin",
        "greeting",
    ),
    (
        "pak\nselamat siang\nmohon bantuannya",
        "greeting",
    ),
    (
        "Good day po, thank you so much!",
        "greeting",
    ),
    (
        (
            "saya baru mutasi ke perkim minggu ini, mohon maaf: gimana cara masukin usulan "
            "lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        "crny krm usln lwt bot gmn y",
        "how_to_submit",
    ),
    (
        "bot ini bisa dipakai buat ngusulin kegiatan? kalau bisa, langkahnya gimana?",
        "how_to_submit",
    ),
]

TRAIN_R52_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh setengah hektar di desa Sungai Bakau, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "luas delineasinya dua belas koma lima hektare, yang tangani provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "kmh 9,9 ha d Pahandut tu kwngn spa?",
        "kabkota",
    ),
    (
        (
            "tahun lalu kumuh 10 ha masuk provinsi, tahun ini masih sama? lokasi kami luasnya "
            "pas 10 hektar"
        ),
        "provinsi",
    ),
    (
        "kumu lima belas hektar pas itu kewenangan siapa ya",
        "pusat",
    ),
    (
        "pak.. sinyal jelek.. kumuh.. 14,99 ha.. provinsi atau pusat..",
        "provinsi",
    ),
    (
        "pak\nlokasi kumuh di Baamang\nluasnya 120.000 m2\nitu ditangani siapa?",
        "provinsi",
    ),
    (
        "bot bisa hitung kewenangan? kalau bisa: kumuh 95.000 m² itu urusan siapa?",
        "kabkota",
    ),
    (
        "Good day po, may I know who handles a slum area of 18 hectares in Sampit?",
        "pusat",
    ),
    (
        (
            "maaf saya baru mutasi: kawasan kumuh dua puluh lima ribu meter persegi itu "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        "kawasan kumuh seratus lima puluh ribu meter persegi di Selat, siapa yang berwenang?",
        "pusat",
    ),
    (
        "kmh 32 hektare d Kpuas hrs dtngni sp?",
        "pusat",
    ),
]

TRAIN_R52_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk penanganan kumuh tahun depan?",
    "nomor WA kabid kawasan permukiman provinsi berapa ya pak?",
    "pak\nikut rakor dari Murung Raya\nuang harian perjalanan dinasnya\nberapa ya?",
    "siapa pemenang tender pembangunan drainase di Sampit tahun ini?",
    "hrg smn per sak d Puruk Cahu brp y, buat RAB jaling",
    "berapa bunga KPR subsidi di bank tahun ini?",
    "cuaca besok di Palangka Raya hujan nggak?",
    "cara urus cuti tahunan ASN gimana ya?",
    "syarat izin usaha pertambangan di Barito Utara apa aja?",
    "pak.. maaf sinyal.. TPP bulan ini.. cair kapan ya..",
    "Good day po, may I know the flight schedule from Palangka Raya to Jakarta tomorrow?",
    "ada berita terbaru soal banjir di Katingan?",
    "jadwal imunisasi anak di puskesmas Kasongan kapan ya?",
    "hrg tnh prmtr d Pngkln Bun brp skrng?",
    "siapa kepala dinas perkim Kabupaten Gunung Mas sekarang?",
]
