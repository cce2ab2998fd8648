"""Training table R56 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 52's styles, written by another hand for the second half of the topic list after round 52
was measured untouched: Banjar words mixed into Indonesian, hashtags and chat formatting,
passive and inverted voice, the question buried in the middle of a long message, superlatives
and comparatives, asking for an example, elongated letters and repeated words, ranges and
approximate numbers; an Indonesian officer's word-for-word English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R56_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Pian, huntara tu napa artinya kah? ulun kada paham singkatannya",
        "istilah.huntara",
    ),
    (
        (
            "Korban banjir di Kec. Kapuas Timur kurang lebih 40 KK masih tinggal di huntara. "
            "Huntara itu sebenarnya kepanjangan dari apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        "#istilah #huntap\nhuntap itu singkatan dari apa ya?",
        "istilah.huntap",
    ),
    (
        "Mana yang lebih permanen, huntara atau huntap? arti masing-masing apa sih?",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        (
            "Huntap yang disebut-sebut di rapat pascabencana kemarin itu dimaksudkan sebagai "
            "hunian apa?"
        ),
        "istilah.huntap",
    ),
    (
        "KK di form itu maksudnya apaaa? kartu keluarga atau kepala keluarga, bingung bingung",
        "istilah.kk",
    ),
    (
        "in the form there is KK, what is mean KK? kepala keluarga or kartu keluarga?",
        "istilah.kk",
    ),
    (
        (
            "Isian jiwa itu maksudnya apa ya? desa kami sekitar 300-an KK, jiwa itu jumlah "
            "orangnya kah?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Pak, tadi saya coba isi form usulan, di kolom luas ada satuan ha. Saya kira "
            "hektar tapi teman sekantor bilang lain. Sebenarnya ha itu singkatan dari apa? "
            "Btw makasih sudah bikin bot ini, lumayan membantu kami di Sukamara."
        ),
        "istilah.ha",
    ),
    (
        "DED tu napa kepanjangannya, pian? ulun handak ngisi dokumen kesiapan tapi kada tahu",
        "istilah.ded",
    ),
    (
        "DED itu dokumen macam apa? kasih contoh dong, isinya gambar-gambar teknis gitu kah?",
        "istilah.ded",
    ),
    (
        "**RAB** = ?\n- singkatan dari apa\n- maksudnya dokumen apa",
        "istilah.rab",
    ),
    (
        (
            "RAB kami kurang lebih 1,5 M untuk jaling sekitar 800 meter. RAB itu sebenarnya "
            "singkatan dari apa ya?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Yang paling sering bikin saya bingung di dokumen teknis itu RKS. RKS itu "
            "singkatan dari apa sebenarnya?"
        ),
        "istilah.rks",
    ),
    (
        "RKS dalam berkas teknis itu dimaksudkan sebagai dokumen apa? kepanjangannya apa?",
        "istilah.rks",
    ),
    (
        (
            "Selamat siang, kemarin kabid minta saya siapkan KAK untuk kegiatan drainase di "
            "Kotawaringin Lama. Saya baru pindah dari bagian umum jadi belum familiar. KAK "
            "itu apa ya, sama kah dengan TOR? Oh iya, salam buat tim provinsi, semoga sehat "
            "selalu."
        ),
        "istilah.kak",
    ),
    (
        "KAK itu apaaa sih? tolong tolong jelasin singkatannya",
        "istilah.kak",
    ),
    (
        "site plan itu maksudnya gimana? kasih contoh dong gambarnya kayak apa",
        "istilah.siteplan",
    ),
    (
        "Site plan tu napa jar pian? rencana tapak kah?",
        "istilah.siteplan",
    ),
    (
        "> RC wajib dilengkapi sebelum diverifikasi\nRC di kalimat itu maksudnya apa ya?",
        "istilah.rc",
    ),
    (
        "what is mean RC? readiness what?",
        "istilah.rc",
    ),
    (
        (
            "BAST yang diteken waktu serah terima aset itu disebut berita acara apa? "
            "kepanjangannya apa"
        ),
        "istilah.bast",
    ),
    (
        (
            "Sekitar 2-3 kali tahun lalu kami diminta teken BAST. BAST itu sebenarnya "
            "singkatan apa sih?"
        ),
        "istilah.bast",
    ),
    (
        "Arti hibah yang paling tepat kalau konteksnya aset pemerintah itu apa?",
        "istilah.hibah",
    ),
    (
        "hibah tu artinya napa kah? ulun kada paham bedanya lawan bantuan biasa",
        "istilah.hibah",
    ),
    (
        "BMD itu apa? contohnya barang apa saja yang termasuk BMD?",
        "istilah.bmd",
    ),
    (
        (
            "Selamat sore, tadi bagian aset minta kami mendata jalan lingkungan yang sudah "
            "jadi BMD kabupaten. Saya kurang paham istilahnya. BMD itu kepanjangannya apa ya? "
            "Makasih, oh iya minggu depan kantor kami pindah ke gedung baru."
        ),
        "istilah.bmd",
    ),
    (
        "BMN ituuu apa yaaa, barang milik apa?",
        "istilah.bmn",
    ),
    (
        "Lebih luas mana cakupannya, BMD atau BMN? artinya masing-masing apa?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "#OP #istilah\nO&P itu kepanjangannya apa?",
        "istilah.op",
    ),
    (
        (
            "Bu, kami lagi siapkan berkas usulan. Di daftar ada surat pernyataan kesanggupan "
            "O&P. Sebelum saya tanya atasan, O&P itu maksudnya apa ya? Operasional kah? Nanti "
            "sore saya lanjut lagi, sinyal di Puruk Cahu lagi jelek."
        ),
        "istilah.op",
    ),
    (
        "SPM yang disebut di bidang perumahan itu diartikan sebagai standar apa?",
        "istilah.spm",
    ),
    (
        "SPM tu apaaa, standar pelayanan apa ya? plisss",
        "istilah.spm",
    ),
    (
        "Pokja PKP tu napa? ulun disuruh ikut rapatnya minggu ini",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PKP itu apa? contoh gampangnya semacam forum apa gitu?",
        "istilah.pokjapkp",
    ),
    (
        "• Pokja PPAS\n• Pokja AMPL\nkeduanya kepanjangan dari apa ya?",
        ("istilah.pokjappas", "istilah.pokjaampl"),
    ),
    (
        (
            "Kemarin di rapat air minum dan sanitasi ada yang menyebut Pokja PPAS, saya catat "
            "tapi lupa tanya. PPAS itu singkatan dari apa ya? Makasih, oh iya hari ini di "
            "Buntok hujan deras terus dari pagi."
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja AMPL itu apaaa? AMPL singkatan apa yaaa",
        "istilah.pokjaampl",
    ),
    (
        "what AMPL stand for in Pokja AMPL?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Dokumen perencanaan yang paling panjang jangka waktunya di bidang perumahan "
            "katanya RP3KP. Itu kepanjangannya apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        "RP3KP itu dimaksud sebagai rencana apa?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP itu dokumen apa? misalnya isinya rencana tentang apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Bedanya RP3KP sama RP2KPKP apa? mana yang lebih khusus ke kumuh?",
        ("istilah.rp3kp", "istilah.rp2kpkp"),
    ),
    (
        "RP2KPKP tu napa kepanjangannya? panjang banar singkatannya",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Tahun 2016 sampai sekitar 2020-an kelurahan kami dapat program KOTAKU. KOTAKU "
            "itu sebenarnya singkatan apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        "_KOTAKU_ itu program apa sih? #kumuh",
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT itu dimaksudkan untuk apa? PPKT singkatan dari apa?",
        "istilah.daktematikppkt",
    ),
    (
        "what is DAK Tematik PPKT? PPKT is stand for?",
        "istilah.daktematikppkt",
    ),
    (
        "APBN tahun ini sekitar tiga ribuan triliun katanya, APBN itu kepanjangannya apa sih?",
        "istilah.apbn",
    ),
    (
        "Yang termasuk APBN itu contohnya apa? APBN artinya anggaran apa?",
        "istilah.apbn",
    ),
    (
        "#APBD\n**APBD** itu kepanjangannya apa ya?",
        "istilah.apbd",
    ),
    (
        "APBD sama APBDes bedanya apa? yang lebih kecil lingkupnya yang mana?",
        ("istilah.apbd", "istilah.apbdes"),
    ),
    (
        (
            "Pak, kepala desa Gohong di Pulang Pisau nanya ke kami soal dana buat jalan gang. "
            "Saya mau jelaskan tapi istilahnya banyak. APBDes itu persisnya apa ya? Ok "
            "makasih, nanti saya teruskan ke pak kades, beliau titip salam."
        ),
        "istilah.apbdes",
    ),
    (
        "APBDes ituuu apaa? anggaran desa kah?",
        "istilah.apbdes",
    ),
    (
        "Bankeu itu apaaa? bantuan keuangan kah? tolong tolong",
        "istilah.bankeu",
    ),
    (
        "Bankeu provinsi itu diartikan sebagai bantuan apa, dari siapa ke siapa?",
        "istilah.bankeu",
    ),
    (
        "Pokir tu napa? ulun sering dangar di Bappeda",
        "istilah.pokir",
    ),
    (
        "what is pokir? it is from DPRD?",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu apa? contohnya ada Musrenbang desa, kecamatan, gitu kah?",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu kepanjangannya apa? yang paling tinggi tingkatnya apa?",
        "istilah.musrenbang",
    ),
    (
        "> usulan akan masuk RKPD tahun depan\nRKPD itu apa ya? #perencanaan",
        "istilah.rkpd",
    ),
    (
        "RKPD itu disebut rencana kerja apa? kepanjangannya?",
        "istilah.rkpd",
    ),
    (
        "Renjaaa itu apa ya, rencana kerja siapa?",
        "istilah.renja",
    ),
    (
        (
            "Hari ini kantor kami sibuk sekali, sekretaris minta semua bidang kirim bahan "
            "Renja. Saya masih bingung, Renja itu singkatan apa dan maksudnya dokumen apa? "
            "Terima kasih pak, oh iya sekalian kabar baik, anak saya lulus kuliah kemarin."
        ),
        "istilah.renja",
    ),
    (
        "Renstra itu apa? misalnya Renstra dinas itu rencana untuk berapa tahun?",
        "istilah.renstra",
    ),
    (
        "Renja sama Renstra, mana yang lebih panjang jangka waktunya? artinya apa?",
        ("istilah.renja", "istilah.renstra"),
    ),
    (
        "RPJMD tu napa? rencana lima tahunan kah?",
        "istilah.rpjmd",
    ),
    (
        "Di paparan ada tulisan RPJMD 2025-2029, RPJMD itu rencana apa ya? singkatan dari apa?",
        "istilah.rpjmd",
    ),
    (
        "- KUA\n- PPAS\nKUA-PPAS itu singkatan dari apa semuanya?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu dimaksudkan sebagai dokumen apa dalam penganggaran?",
        "istilah.kuappas",
    ),
    (
        (
            "Kemarin bagian keuangan minta kami segera menyusun RKA untuk tahun anggaran "
            "depan. Saya pegang kegiatan jaling, belum pernah bikin. RKA itu kepanjangannya "
            "apa ya? Sudah itu saja, nanti saya kabari lagi, lagi di jalan ke Tamiang Layang."
        ),
        "istilah.rka",
    ),
    (
        "Mana yang lebih dulu ada, RKA atau DPA? artinya masing-masing apa?",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA ituuu apa sih, dokumen pelaksanaan apa?",
        "istilah.dpa",
    ),
    (
        "what is mean DPA?",
        "istilah.dpa",
    ),
    (
        "SIPD tu napa kepanjangannya? aplikasi kah?",
        "istilah.sipd",
    ),
    (
        "SIPD itu sistem apa? contohnya dipakai buat apa aja?",
        "istilah.sipd",
    ),
    (
        "Bapperida itu disebut badan apa? singkatannya dari apa",
        "istilah.bapperida",
    ),
    (
        "#Bapperida\nbadan apa itu? kepanjangannya gimana?",
        "istilah.bapperida",
    ),
    (
        "OPD itu apaaa? organisasi perangkat daerah kah?",
        "istilah.opd",
    ),
    (
        "OPD itu contohnya dinas apa saja? SKPD juga artinya sama kah?",
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        "**SKPD** kepanjangannya apa ya?",
        "istilah.skpd",
    ),
    (
        (
            "Pak, surat dari provinsi kemarin menyebut 'SKPD pengusul'. Kami di Seruyan "
            "biasanya pakai istilah OPD. SKPD itu singkatan dari apa ya? Terima kasih, mohon "
            "maaf kalau pertanyaannya dasar sekali."
        ),
        "istilah.skpd",
    ),
    (
        "SPAM di sini bukan spam email kan? SPAM itu sistem apa, contohnya apa?",
        "istilah.spam",
    ),
    (
        "SPAM in housing is mean what? not email spam right?",
        "istilah.spam",
    ),
    (
        "SPALD itu diartikan sebagai sistem pengelolaan apa?",
        "istilah.spald",
    ),
    (
        (
            "Di desa kami ada sekitar 20-an rumah yang sudah terhubung SPALD komunal katanya. "
            "SPALD itu apa sih singkatannya?"
        ),
        "istilah.spald",
    ),
    (
        "IPAL tu napa? instalasi pengolahan limbah kah?",
        "istilah.ipal",
    ),
    (
        "IPAL sama SPALD mana yang lebih luas pengertiannya? IPAL itu artinya apa?",
        ("istilah.ipal", "istilah.spald"),
    ),
    (
        "TPS3R itu apaaa, 3R nya apa aja? tolong tolong",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu tempat apa? misalnya 3R itu reduce reuse recycle kah?",
        "istilah.tps3r",
    ),
    (
        "#MCK\n_MCK_ singkatan dari apa ya?",
        "istilah.mck",
    ),
    (
        "Di desa kami ada kurang lebih 3-4 unit MCK umum, MCK itu singkatan dari apa ya?",
        "istilah.mck",
    ),
    (
        (
            "Waktu mengisi status lahan ada keterangan harus sesuai RTRW. Staf baru kami "
            "tanya RTRW itu apa, saya juga ragu menjelaskannya. RTRW kepanjangannya apa ya, "
            "bukan RT/RW kan? Terima kasih, minggu depan kami ke Palangka Raya."
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW sama RDTR, mana yang lebih rinci? artinya apa masing-masing?",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "RDTR itu dimaksudkan sebagai rencana apa?",
        "istilah.rdtr",
    ),
    (
        "RDTR tu napa jua, pian? ulun kada tahu singkatannya",
        "istilah.rdtr",
    ),
    (
        "PBG itu apaaa? pengganti IMB kah?? plisss",
        "istilah.pbg",
    ),
    (
        "#PBG #bangunan\nPBG singkatan dari apa?",
        "istilah.pbg",
    ),
    (
        "SLF itu apa? misalnya sertifikat laik fungsi gitu kah?",
        "istilah.slf",
    ),
    (
        (
            "Pak, kemarin pengembang perumahan di Arut Selatan datang ke kantor dan "
            "menyebut-nyebut SLF. Saya pura-pura paham saja. SLF itu singkatan dari apa ya "
            "sebenarnya? Terima kasih, maaf ganggu malam-malam."
        ),
        "istilah.slf",
    ),
    (
        "SKBG itu disebut sertifikat apa? kepanjangannya",
        "istilah.skbg",
    ),
    (
        "SKBG tu napa artinya, pian?",
        "istilah.skbg",
    ),
    (
        (
            "Kami sedang mendata rumah di Desa Tumbang Kanei. Banyak warga yang tidak punya "
            "sertifikat, cuma punya SKT. SKT itu sebenarnya singkatan dari apa ya? Sekian "
            "dulu, terima kasih, salam dari Katingan."
        ),
        "istilah.skt",
    ),
    (
        "Warga kami kira-kira 15 sampai 20 orang cuma pegang SKT, SKT itu surat apa ya?",
        "istilah.skt",
    ),
    (
        "> lahan harus clean and clear\nclean and clear itu maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        "what is mean clean and clear for the land?",
        "istilah.cleanandclear",
    ),
    (
        "CSR itu apa? contohnya dana CSR dari perusahaan sawit gitu kah?",
        "istilah.csr",
    ),
    (
        "CSR ituuu apa yaaa? singkatannya?",
        "istilah.csr",
    ),
    (
        "Rakor tu napa kepanjangannya? rapat koordinasi kah?",
        "istilah.rakor",
    ),
    (
        "Rakor itu diartikan sebagai rapat apa ya? singkatan dari apa?",
        "istilah.rakor",
    ),
    (
        "#LAPOR\n**LAPOR!** itu apa ya? aplikasi pengaduan kah?",
        "istilah.lapor",
    ),
    (
        (
            "Pak, di penjelasan status usulan ada tulisan tolok ukur LAPOR!. Saya baru "
            "dengar. LAPOR! itu apa ya sebenarnya? Sudah dulu pak, mau apel siang, terima "
            "kasih."
        ),
        "istilah.lapor",
    ),
    (
        "WIB is what time zone? same with Jakarta?",
        "istilah.wib",
    ),
    (
        (
            "Istilah backlog perumahan itu artinya apa? penjelasan yang paling gampang "
            "dipahami gimana?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Katanya backlog di kabupaten kami antara ribuan sampai belasan ribu unit. "
            "Backlog itu maksudnya apa?"
        ),
        "istilah.backlog",
    ),
    (
        "PKP itu apaaa? bukan pengusaha kena pajak kan wkwk",
        "istilah.pkp",
    ),
    (
        "PKP is stand for what in housing?",
        "istilah.pkp",
    ),
    (
        "kumuh itu artinya apa? contoh permukiman kumuh itu yang seperti apa?",
        "istilah.kumuh",
    ),
    (
        "kumuh tu napa artinya menurut aturan, pian?",
        "istilah.kumuh",
    ),
    (
        "DAK itu diartikan sebagai dana apa? kepanjangannya?",
        "istilah.dak",
    ),
    (
        ("Kabupaten kami dapat DAK kurang lebih belasan miliar. DAK itu singkatan apa sebenarnya?"),
        "istilah.dak",
    ),
    (
        "#rusun\nrusun itu singkatan dari apa?",
        "istilah.rusun",
    ),
    (
        (
            "Kemarin ada warga datang ke kantor tanya soal rusun di Palangka Raya, saya jawab "
            "seadanya. Rusun itu kepanjangannya apa ya, rumah susun kah? Terima kasih, mohon "
            "maaf mengganggu jam istirahat."
        ),
        "istilah.rusun",
    ),
]

TRAIN_R56_INTENTS: list[tuple[str, str]] = [
    (
        "usulan ulun USL-2026-0007 sudah sampai mana kah? sudah diperiksa lah?",
        "status",
    ),
    (
        (
            "#status\n• usulan jaling Desa Lalang\n• usulan drainase Kotawaringin Lama\nduanya "
            "sudah diverifikasi belum?"
        ),
        "status",
    ),
    (
        "my proposal is already approved or still being checked?",
        "status",
    ),
    (
        "kapaaan rakornyaaa tahun iniii",
        "meeting",
    ),
    (
        (
            "Pak, kami sedang menyusun jadwal perjalanan dinas bulan depan, ada kunjungan ke "
            "beberapa desa juga. Rakor berikutnya tanggal berapa dan di mana ya? Biar tidak "
            "bentrok. Oh iya, sekalian kabar, anak saya baru masuk SMA."
        ),
        "meeting",
    ),
    (
        "when next rakor will held and where the place?",
        "meeting",
    ),
    (
        "paling lambat kapan usulan tahun ini harus masuk?",
        "deadline",
    ),
    (
        (
            "masih ada waktu kurang lebih 2 minggu kah buat kirim usulan? batas akhirnya "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "pengiriman usulan tahun ini dibuka sampai bilamana jua? ulun handak kirim minggu depan",
        "deadline",
    ),
    (
        "Assalamualaikum pian, ulun handak minta tolong",
        "greeting",
    ),
    (
        "makasiiih banyak bapak ibu, sangat membantuuu",
        "greeting",
    ),
    (
        "**Selamat pagi** 🙏 mohon bantuannya ya",
        "greeting",
    ),
    (
        "cara masukin usulan lewat bot ini gimana? kasih contoh langkahnya dong",
        "how_to_submit",
    ),
    (
        "usulan PSU kami dimasukkan lewat menu apa di bot ini? caranya gimana?",
        "how_to_submit",
    ),
    (
        "how the way to submit proposal in this bot?",
        "how_to_submit",
    ),
]

TRAIN_R56_AREAS: list[tuple[str, str]] = [
    (
        "kumuh antara 10 sampai 14 ha kewenangan siapa?",
        "provinsi",
    ),
    (
        "kawasan kumuh kurang lebih 7 hektar, yang nangani siapa?",
        "kabkota",
    ),
    (
        "±16 ha kumuh di tepi sungai, pusat kah yang tangani?",
        "pusat",
    ),
    (
        "oleh siapa kawasan kumuh 12,5 hektare ditangani?",
        "provinsi",
    ),
    (
        "kumuh 95.000 m2 tu kewenangan siapa, pian?",
        "kabkota",
    ),
    (
        "#kumuh #kewenangan\nluas delineasi 150.000 m² siapa yang pegang?",
        "pusat",
    ),
    (
        "kumuh 10 ha pas itu kewenangan siapaaa? provinsi kah kabupaten, bingung bingung",
        "provinsi",
    ),
    (
        (
            "Kami baru revisi SK kumuh, lokasi di Kelurahan Mendawai luas delineasinya 15 ha "
            "pas. Itu kewenangan siapa untuk penanganannya? Terima kasih, sekalian info, "
            "minggu depan kabupaten kami ada MTQ."
        ),
        "pusat",
    ),
    (
        "lokasi kumuh 14,9 hektar, lebih tepat ditangani provinsi atau pusat?",
        "provinsi",
    ),
    (
        "misalnya kumuh luasnya 120.000 meter persegi, itu contoh kewenangan provinsi kah?",
        "provinsi",
    ),
    (
        "who is authority of slum 8 hectares?",
        "kabkota",
    ),
    (
        "slum area 20 ha is handled by who?",
        "pusat",
    ),
]

TRAIN_R56_OUT_OF_SCOPE: list[str] = [
    (
        "berapa pagu anggaran Disperkimtan tahun 2027 untuk penanganan kumuh? kabupaten "
        "mana yang dapat paling besar?"
    ),
    "#kontak\nnomor WA kabid kawasan permukiman provinsi berapa ya?",
    "harga semen per sak di Sampit sekarang kisaran berapa ya, 60 sampai 70 ribu kah?",
    "siapa pemenang tender jaling di Kapuas tahun iniii? penasaran bangettt",
    "ulun handak tahu, uang transport peserta Rakor barapa kah?",
    "lebar minimal jalan lingkungan ditetapkan berapa meter oleh aturan?",
    ("ukuran saluran drainase lingkungan yang standar itu berapa cm? kasih contoh dimensinya dong"),
    (
        "Pak, maaf di luar topik. Istri saya mau urus pindah faskes BPJS Kesehatan di "
        "Palangka Raya. Caranya bagaimana ya? Terima kasih, semoga persiapan rakor "
        "lancar."
    ),
    "how to apply KPR subsidi FLPP for civil servant?",
    "besok di Muara Teweh hujan gaaa? mau turun ke lapangan nih",
    "tunjangan kinerja pegawai Disperkimtan dibayarkan tanggal berapa bulan ini?",
    "hotel paling murah dekat kantor Disperkimtan di Palangka Raya yang mana ya?",
    "syarat izin usaha sarang walet itu misalnya apa saja?",
    "**info** jadwal penerimaan CPNS 2027 kapan ya?",
    "jumlah RTLH di Kabupaten Katingan sekarang berapa, kira-kira 2.000 sampai 3.000 unit kah?",
]
