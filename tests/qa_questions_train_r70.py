"""Training table R70 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 61's styles, written by another hand for the second half of the topic list after round 61
was measured untouched: "alay" writing, words run together or split, hashtags and mentions,
asking for an example, a story of the day first, counting days, honorifics and kinship words,
Dayak Ngaju words; Singaporean or Nigerian English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R70_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("huntara tu singkatan dr 4p4 ya kak", "istilah.huntara"),
    (
        (
            "My boss say after the flood at Pulau Hanaut must build huntara first. Huntara is "
            "what ah?"
        ),
        "istilah.huntara",
    ),
    ("huntap ituuu kepanjangannya apaaa plisss", "istilah.huntap"),
    (
        "narai bedanya huntara dengan huntap? aku masih bingung jituh",
        ("istilah.huntara", "istilah.huntap"),
    ),
    ("KK di form usulan maksudnya kartu keluarga atau apa bang?", "istilah.kk"),
    (
        (
            "tadi isi data penerima manfaat buat Desa Batu Belaman, staf baru nanya KK itu "
            "maksudnya apa, sy jg ragu. jd KK itu apa sih"
        ),
        "istilah.kk",
    ),
    ("kolom jiwa itu ngitung apa ya mas admin, orangnya atau rumahnya?", "istilah.jiwa"),
    ("In the form got 'jiwa', means what one? Number of people is it?", "istilah.jiwa"),
    ("ha itu satuan apa sih ndan, hektare kah?", "istilah.ha"),
    ("#tanya di SK kumuh Kapuas tertulis '12 ha', ha itu kependekan dr apa ya", "istilah.ha"),
    ("D E D apaan sih, konsultan di Kasongan nyebut2 terus", "istilah.ded"),
    ("DED kepanjangannya narai pak sekdis?", "istilah.ded"),
    ("r4b itu 4p4 ya min", "istilah.rab"),
    ("RAB means what ah? Cost estimate is it?", "istilah.rab"),
    ("RKS singkatan apa bang, cc @kabid", "istilah.rks"),
    (
        (
            "tadi pagi rapat sm konsultan di Kuala Kurun, listrik mati pula, trus dia bilang "
            "RKS nya belum ada. sebenernya RKS itu dokumen apa?"
        ),
        "istilah.rks",
    ),
    ("KAK itu narai? sama kah dengan TOR", "istilah.kak"),
    ("kak, KAK itu singkatan apa ya kak 😅", "istilah.kak"),
    ("siteplan tu ap? rencanatapak kah", "istilah.siteplan"),
    ("siteplan contohnya kayak gimana sih, gambar apa itu", "istilah.siteplan"),
    ("RC itu singkatan apa, kok disebut2 terus waktu rapat DAK #bingung", "istilah.rc"),
    ("What is RC ah? My Bapperida friend keep saying RC RC only", "istilah.rc"),
    ("BAST kepanjangannya apa ndan", "istilah.bast"),
    ("b4st tu 4p4 sihhh, berita acara apa?", "istilah.bast"),
    ("kata hibbbah tu maksudnya apa sih, dikasih gratis gt?", "istilah.hibah"),
    ("hibah itu apa, kasih contoh dong bu kabid", "istilah.hibah"),
    ("BMD = ?? barangmilikdaerah bukan sih kak", "istilah.bmd"),
    ("BMD misalnya kayak gimana, contohnya apa aja", "istilah.bmd"),
    ("bmn singkatan narai", "istilah.bmn"),
    ("BMN and BMD got difference or not?", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu maksudnya apa mas, operasi dan ...?", "istilah.op"),
    ("di surat pernyataan ada kata OP, OP itu apa kak", "istilah.op"),
    ("SPM kepanjangannya apa dinda", "istilah.spm"),
    ("SPM stand for what ah?", ("istilah.spm", "kewenangan.spm")),
    ("Pokja PKP itu apa ya bu kabid", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("@admin_perkim pokjapkp tu kelompok kerja apa sih", "istilah.pokjapkp"),
    ("#pokjappas PPAS nya singkatan dari apa", "istilah.pokjappas"),
    (
        (
            "kemarin di Tamiang Layang ada undangan pokja ppas, katanya sekda kami ketuanya. "
            "pokja ppas itu apa sih"
        ),
        "istilah.pokjappas",
    ),
    ("AMPL itu apa bang, pokja AMPL", "istilah.pokjaampl"),
    ("Pokja AMPL means what one?", "istilah.pokjaampl"),
    ("RP3KP singkatan apa ya #tanya", "istilah.rp3kp"),
    ("rp3kp itu dokumen perencanaan apa? utk berapa tahun", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apaa, panjang bgt hurufnya", "istilah.rp2kpkp"),
    ("RP2KP KP itu dokumen apa sih kanda", "istilah.rp2kpkp"),
    (
        ("KOTAKU itu program narai dulu? di Kelurahan Mentawa Baru Hilir masih ada plangnya"),
        "istilah.kotaku",
    ),
    ("Last time got KOTAKU programme in Sampit, what is that ah?", "istilah.kotaku"),
    (
        "DAKtematik PPKT itu apa? PPKT singkatan apa, kasih contoh kegiatannya dong",
        "istilah.daktematikppkt",
    ),
    ("dak integrasi = dak ppkt? itu apa sebenernya #tanya", "istilah.daktematikppkt"),
    ("APBN tu apa ya dek, lupa aku", "istilah.apbn"),
    ("apbn is what ah, national budget is it?", "istilah.apbn"),
    ("APBD itu apa, beda apbd prov sama apbd kab apa?", "istilah.apbd"),
    ("4PBD kepanjangannya 4p4", "istilah.apbd"),
    (
        ("kades di Tumbang Kanei nanya APBDes itu sama dgn dana desa? APBDes artinya apa sih"),
        "istilah.apbdes",
    ),
    ("APBDes means what actually lah?", "istilah.apbdes"),
    ("bankeu tu apa sih bang", "istilah.bankeu"),
    ("Bankeu means bantuan keuangan from province is it?", "istilah.bankeu"),
    ("pokir itu apa kak? anggota dewan Barut sering bilang pokir", "istilah.pokir"),
    ("Please I want to ask, what is Pokir?", "istilah.pokir"),
    ("musrenbang kepanjangannya? PENTING BGT bsk mau presentasi", "istilah.musrenbang"),
    ("musren bang itu apa bang", "istilah.musrenbang"),
    ("tadi ditelpon bapperida, disuruh cek RKPD. aku dia tahu RKPD itu narai 😭", "istilah.rkpd"),
    ("rkpd singkatan narai", "istilah.rkpd"),
    ("Renja itu apa? rencanakerja ya? cc @kabid", "istilah.renja"),
    ("Abeg, wetin be Renja? I want to ask", "istilah.renja"),
    ("renstra itu artinya apa pak sekdis, berapa tahun jangkanya", "istilah.renstra"),
    ("Kindly what does Renstra stand for sir?", "istilah.renstra"),
    ("RPJMD itu singkatan apaaa, dr td dicari ga ketemu", "istilah.rpjmd"),
    ("rpjmd = rencana jangka menengah daerah kah? jelasin dong mas", "istilah.rpjmd"),
    ("KUA-PPAS itu apa ya kanda", "istilah.kuappas"),
    ("KUA PPAS tu sblm APBD kan? apa sih itu sebenarnya", "istilah.kuappas"),
    ("rka itu singkatan dari apa? #anggaran", "istilah.rka"),
    ("Please how far, what is RKA for budget matters?", "istilah.rka"),
    ("DPA itu apa bang? katanya kegiatan udh masuk DPA", "istilah.dpa"),
    ("d p a kepanjangannya", "istilah.dpa"),
    ("S1PD itu aplikasi 4pa sih", "istilah.sipd"),
    ("sipd singkatan apa ya, yg dari kemendagri itu", "istilah.sipd"),
    ("Bapperida itu dulunya Bappeda ya? apa kepanjangannya", "istilah.bapperida"),
    ("ba pperida tu badan apa sih kak", "istilah.bapperida"),
    ("OPD artinya apa, misalnya dinas mana aja yg termasuk OPD", "istilah.opd"),
    ("Well done sir. I want to ask, OPD means what?", "istilah.opd"),
    ("SKPD sm OPD sama ga?", ("istilah.opd", "istilah.skpd")),
    ("skpd kepanjangannya apa kak", "istilah.skpd"),
    ("SPAM di dokumen air minum itu apa, bukan spam email kan 😂", "istilah.spam"),
    ("SPAM tu singkatan narai, di RPJMD banyak disebut", "istilah.spam"),
    ("SPALD itu apa dinda, sistem pengelolaan apa?", "istilah.spald"),
    ("spald contohnya kayak gimana", "istilah.spald"),
    ("IPALLL itu apa siiih", "istilah.ipal"),
    ("Abeg what is IPAL?", "istilah.ipal"),
    ("TPS3R itu apa bang, 3R nya apa", "istilah.tps3r"),
    ("tps 3r maksudnya apa ya", "istilah.tps3r"),
    ("#tanya MCK itu kepanjangannya apa sih", "istilah.mck"),
    ("mck komunal tu apa, misalnya kayak gimana", "istilah.mck"),
    ("RTRW itu rt rw kah? atau narai", "istilah.rtrw"),
    ("Kindly explain RTRW sir, is it the spatial plan?", "istilah.rtrw"),
    ("RDTR apa sih, beda sm RTRW?", ("istilah.rdtr", "istilah.rtrw")),
    ("rdtr kepanjangannya apa ndan", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya bang? apa kepanjangannya", "istilah.pbg"),
    ("p b g artinya apa", "istilah.pbg"),
    (
        ("kemarin gedung aula di Nanga Bulik katanya belum punya SLF. SLF itu apa sih"),
        "istilah.slf",
    ),
    ("Please I want to ask, SLF stand for wetin?", "istilah.slf"),
    ("SKBG kepanjangannya apa @admin_perkim", "istilah.skbg"),
    ("skbg itu sertifikat apa ya kak", "istilah.skbg"),
    ("SKT itu surat apa kak? yg dari desa itu", "istilah.skt"),
    ("tadi warga di Tumbang Tahai bilang tanahnya cuma ada SKT, SKT jituh narai?", "istilah.skt"),
    ("cleanandclear itu maksudnya apa kalau soal lahan", "istilah.cleanandclear"),
    ("lahan C&C tu maksudnya narai", "istilah.cleanandclear"),
    ("CSR itu apa, contohnya kayak gimana di perumahan", "istilah.csr"),
    ("Please sir, what does CSR mean?", "istilah.csr"),
    ("rakooor singkatan apa yaaa", "istilah.rakor"),
    ("r4k0r itu ap4 sih kepanjangannya", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu aplikasi apa ya mas admin", "istilah.lapor"),
    ("lapor yg pake tanda seru itu apa sih", "istilah.lapor"),
    ("WIB itu jam mana sih, sama kyk jakarta? soalnya aku kira kalteng WITA", "istilah.wib"),
    ("The bot time says WIB, what is WIB please?", "istilah.wib"),
    (
        ("tadi bu kadis pidato soal backlog perumahan, aku dia paham. backlog itu artinya apa?"),
        "istilah.backlog",
    ),
    ("backlog tu apa, kasih contoh dong", "istilah.backlog"),
    ("PKP itu kepanjangannya apa bang", "istilah.pkp"),
    ("pkp artinya apa, bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("kum0h itu definisinya apa secara aturan", "istilah.kumuh"),
    ("Please how far, kumuh means what?", "istilah.kumuh"),
    ("DAK itu dana apa ya bang", "istilah.dak"),
    ("d4k singkatan ap4", "istilah.dak"),
    ("rusun itu apa sih, contohnya yg kayak gimana", "istilah.rusun"),
    ("rusun beda sama rusunawa ga", ("istilah.rusun", "istilah.rusunawa")),
]

TRAIN_R70_INTENTS: list[tuple[str, str]] = [
    ("usulan sy USL-2026-0004 udh smp mana ya min", "status"),
    (
        ("#tanya usulan jaling kami yg di Pandih Batu statusnya gmn bang, udh diverifikasi blm?"),
        "status",
    ),
    ("Please how far with our proposals from Kotim? Have they been verified?", "status"),
    ("H-berapa rakor taun ini kak? sama tempatnya di mana", "meeting"),
    ("rak or berikutnya tgl brp ndan, di aula disperkimtan lagi kah?", "meeting"),
    (
        (
            "tadi pagi bos nanya terus, sy dia tahu jawab. rapat koordinasi berikutnya kapan "
            "dan kueh tempatnya?"
        ),
        "meeting",
    ),
    ("sisa waktu ngusulin berapa hari lagi bang", "deadline"),
    ("batas akhir kirim usulan TA depan sampai tanggal berapa? #deadline", "deadline"),
    ("Until when can we still submit proposals ah? Got deadline or not?", "deadline"),
    ("halooo selamat pagi mas admin 🙏", "greeting"),
    ("makasih banyak bang, sangat membantu 👍", "greeting"),
    ("bot jituh bisa bantu narai bih?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini kak", "how_to_submit"),
    ("usulansaya mau dimasukin lewat sini, caranya kanampi?", "how_to_submit"),
    ("Kindly how do I submit a proposal through this bot sir?", "how_to_submit"),
]

TRAIN_R70_AREAS: list[tuple[str, str]] = [
    ("kum0h di Baamang Hulu luasnya 9,5 ha, kewenangan siapa?", "kabkota"),
    (("kawasan kumuh di Kelurahan Selat Hilir pas 10 hektar, yg nanganin siapa bang"), "provinsi"),
    ("delineasi kumuh kami 120.000 m2, masuk kewenangan mana?", "provinsi"),
    ("luas kawasan kumuh 150.000 m² di Mentawa Baru Hilir, siapa yang tangani?", "pusat"),
    ("lokasi kumuh tepat 15 hektare di Pahandut, itu provinsi atau pusat?", "pusat"),
    ("kumuh 14,99 ha di Kumai Hilir tanggung jawab siapa ndan", "provinsi"),
    ("luasnya kurang dari 10 ha, kira2 8 ha di Desa Runtu. siapa yg pegang?", "kabkota"),
    (("kawasan kumuh lebih dari 15 ha, sekitar 22 ha di Mandomai, kewenangan pusat kah?"), "pusat"),
    (("kumuh 95.000 meter persegi di Kelurahan Ketapang Sampit, siapa yg berwenang?"), "kabkota"),
    ("Slum area 13 hectares at Kalampangan, who is in charge ah?", "provinsi"),
    (
        (
            "Please I want to ask, slum area of 40,000 square metres in Muara Teweh, which "
            "level handles it?"
        ),
        "kabkota",
    ),
    ("#tanya kumuh 180.000 m2 di Tanjung Pinang itu urusan siapa kak", "pusat"),
]

TRAIN_R70_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Buntok skrg brp ya bang",
    "besok di Muara Teweh hujan ga ya, mau survei lokasi",
    "cara ngajuin cuti tahunan ASN gmn kak",
    "uang harian SPPD ke Palangka Raya berapa sih skrg",
    "tarif PDAM Sampit per kubik brp ya",
    "gaji ke-13 kapan cair ndan? PENTING BGT",
    "pagu DAK fisik Kotim tahun 2027 berapa miliar?",
    "jumlah RTLH di Seruyan tahun ini ada berapa unit?",
    "password akun SIPD sy lupa, gmn resetnya kak",
    "siapa nama kadis perkim kabupaten Lamandau skrg",
    "harga tanah per meter di Kasongan kisaran berapa",
    "jadwal kapal dari Kuala Pembuang ke Sampit jam brp",
    "Can book the aula for my daughter's wedding or not ah?",
    "Please how far, when will the CPNS registration open?",
    "mas admin, bunga KPR subsidi di bank sekarang berapa persen?",
]
