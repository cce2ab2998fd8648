"""Training table R66 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 58's styles, written by another hand for the second half of the topic list after round 58
was measured untouched: asking on behalf of someone else, asking for the legal basis,
comparing two things, the purpose first, a formal letter's wrapping, impatience around the
question, areas in other units and shapes, dates and times written many ways; Australian
English or American officialese. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R66_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        ("atasan sy nanya huntara itu singkatan apa sih, mau dipake di laporan banjir Katingan"),
        "istilah.huntara",
    ),
    (
        (
            "warga Desa Tumbang Kalemei pada nanya 'huntara' yg dibilang petugas itu apa, "
            "tolong jelasin singkat aja"
        ),
        "istilah.huntara",
    ),
    (
        "bedanya huntara sama huntap apa? mana yg duluan dibangun abis bencana",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        ("Mate, what's a 'huntap' when it's at home? Bloke from Pulang Pisau keeps saying it"),
        "istilah.huntap",
    ),
    (
        (
            "kata pak kadis tolong dicek, huntap itu hunian tetap ya maksudnya? buat korban "
            "kebakaran di Kel. Pasir Putih"
        ),
        "istilah.huntap",
    ),
    ("KK di isian usulan itu kartu keluarga atau kepala keluarga sih", "istilah.kk"),
    (
        ("buat bahan laporan ke pimpinan besok, saya perlu tahu KK itu ngitungnya per apa"),
        "istilah.kk",
    ),
    ("jiwa itu sama dengan KK bukan? bingung ngisi penerima manfaat", "istilah.jiwa"),
    (
        (
            "Reckon 'jiwa' just means people, like a headcount? Doing a form for Kuala Kurun "
            "this arvo"
        ),
        "istilah.jiwa",
    ),
    ("ha itu satuan apa? sama kayak hektar?", "istilah.ha"),
    (
        ("masa ginian aja susah, 'ha' di kolom luas itu maksudnya apa, berapa meter persegi??"),
        "istilah.ha",
    ),
    ("DED kepanjangannya apa? kata pak kadis tolong dicek", "istilah.ded"),
    (
        (
            "lagi nyusun telaahan staf nih utk usulan jaling di Kumai Hulu, DED itu dokumen "
            "apa persisnya"
        ),
        "istilah.ded",
    ),
    ("pak kabid minta dijelasin ke honorer baru, RAB itu singkatan dr apa ya min", "istilah.rab"),
    ("No worries if it's a dumb one mate, but what's an RAB?", "istilah.rab"),
    ("RKS apaan sih, beda ga sama RAB?", "istilah.rks"),
    (
        ("konsultan perencana nanya ke saya RKS itu maksudnya apa, saya jg ga yakin. tolong"),
        "istilah.rks",
    ),
    ("KAK itu sama dgn TOR bukan?", "istilah.kak"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, mohon penjelasan arti singkatan KAK yang "
            "tercantum dalam dokumen perencanaan kami. Demikian disampaikan, atas perhatiannya "
            "diucapkan terima kasih."
        ),
        "istilah.kak",
    ),
    ("site plan itu apa, bahasa indonesianya apa ya", "istilah.siteplan"),
    (
        ("kabid minta sy jelasin ke staf baru maksud 'rencana tapak', itu sama dgn site plan kah"),
        "istilah.siteplan",
    ),
    ("bos minta info, site plan sama DED bedanya apa", ("istilah.siteplan", "istilah.ded")),
    ("RC di berkas DAK itu singkatan apa", "istilah.rc"),
    ("Oi mate, what does RC stand for in these readiness papers?", "istilah.rc"),
    ("BAST kepanjangannya apa ya", "istilah.bast"),
    ("dari kemarin nanya ga dijawab2, BAST itu berita acara apa??", "istilah.bast"),
    ("ada warga yg nanya ke saya, hibah itu artinya apa sih", "istilah.hibah"),
    (
        (
            "hibah maksudnya apa dlm urusan aset jalan lingkungan yg dibangun provinsi di "
            "Tumbang Talaken"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    ("BMD itu singkatan apa", "istilah.bmd"),
    ("untuk persiapan rapat internal soal aset, apa yg dimaksud BMD?", "istilah.bmd"),
    ("bedanya BMD sm BMN apa?", ("istilah.bmd", "istilah.bmn")),
    ("BMN artinya apa? aset dari Balai di Gumas katanya BMN", "istilah.bmn"),
    ("G'day, quick one - BMN, what's that short for?", "istilah.bmn"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, mohon penjelasan maksud istilah O&P yang "
            "tertulis pada surat pernyataan. Demikian disampaikan, atas perhatiannya diucapkan "
            "terima kasih."
        ),
        "istilah.op",
    ),
    ("kata pak sekdis OP itu operasi dan pemeliharaan, bener ga?", "istilah.op"),
    ("SPM itu singkatan apa? bukan surat perintah membayar kan", "istilah.spm"),
    (
        (
            "untuk persiapan rapat internal, tolong jelaskan apa itu SPM perumahan dan dasar "
            "hukumnya PP berapa"
        ),
        ("istilah.spm", "kewenangan.spm"),
    ),
    ("Pokja PKP itu apa, dasar hukumnya permen mana", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    (
        "Mate, what's this Pokja PKP mob the Sekda wants us to join?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("sekda Gumas mau bentuk Pokja PPAS, bos minta info kepanjangannya apa", "istilah.pokjappas"),
    ("bedanya Pokja PPAS sama Pokja PKP apa, di Bartim dua2nya ada SK nya", "istilah.pokjappas"),
    (
        "kata pak sekda Bartim tolong dicek, AMPL di Pokja AMPL itu singkatan apa",
        "istilah.pokjaampl",
    ),
    ("Reckon you could tell me what Pokja AMPL means? Boss in Buntok asked", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa, aturannya di permen mana", "istilah.rp3kp"),
    ("RP3KP sm RP2KPKP bedanya apa? sering ketuker", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("RP2KPKP singkatan dari apa", "istilah.rp2kpkp"),
    ("lagi nyusun telaahan staf nih buat Kapuas, butuh arti RP2KPKP yg lengkap", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa, dasar hukumnya SE dirjen nomor berapa", "istilah.kotaku"),
    (
        (
            "No worries if you don't know mate, but what was KOTAKU? Old hands at Sampit keep "
            "mentioning it"
        ),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa ya, PPKT singkatan apa", "istilah.daktematikppkt"),
    ("bos minta info: apa itu DAK PPKT? sama dgn DAK integrasi bukan?", "istilah.daktematikppkt"),
    ("APBN kepanjangannya?", "istilah.apbn"),
    ("Mate, APBN - that's the national budget, yeah?", "istilah.apbn"),
    ("ada warga yg tanya ke saya, APBD itu duit siapa sih maksudnya", "istilah.apbd"),
    ("APBD itu apa, trus APBD prov sama APBD kab beda ga", "istilah.apbd"),
    ("APBDes itu sama dgn dana desa bukan? singkatan dr apa sih", "istilah.apbdes"),
    (
        ("kades Henda nanya APBDes itu maksudnya anggaran apa, tolong jelasin biar sy terusin"),
        "istilah.apbdes",
    ),
    ("bankeu itu apa sih, kata kabid bisa jd sumber dana", "istilah.bankeu"),
    ("Bankeu - what's that short for, mate? Seen it in the funding options", "istilah.bankeu"),
    (
        ("tolong cepat ya, pokir dewan itu maksudnya apa, mau ketemu anggota DPRD jam 2 siang"),
        "istilah.pokir",
    ),
    ("atasan saya nanya pokir itu kepanjangannya apa, td di rapat DPRD disebut2", "istilah.pokir"),
    ("musrenbang itu singkatan apa, jenjangnya dr desa smp mana?", "istilah.musrenbang"),
    (
        ("Reckon you can explain Musrenbang in plain English? New bloke here in Nanga Bulik"),
        "istilah.musrenbang",
    ),
    ("RKPD itu apa ya", "istilah.rkpd"),
    ("Mate, what's RKPD? Keep seeing it in the planning emails", "istilah.rkpd"),
    ("Renja kepanjangannya? buat bahan laporan sore ini", "istilah.renja"),
    ("renja sama renstra bedanya apa", ("istilah.renja", "istilah.renstra")),
    ("Renstra dinas itu dokumen utk brp tahun?", "istilah.renstra"),
    ("With respect to the term 'Renstra', kindly advise what it denotes.", "istilah.renstra"),
    ("RPJMD singkatan apa, periodenya brp tahun", "istilah.rpjmd"),
    ("RPJMD sama Renstra dinas itu sama bukan?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa, tolong cepat ya udah ditunggu pimpinan", "istilah.kuappas"),
    ("Pursuant to the budget preparation schedule, please define KUA-PPAS.", "istilah.kuappas"),
    ("Yth. Admin, mohon info kepanjangan RKA. Terima kasih.", "istilah.rka"),
    ("mana yg duluan, RKA atau DPA?", ("istilah.rka", "istilah.dpa")),
    (
        ("DPA itu dokumen apa ya? kata pak kadis usulan baru pasti kalau sdh masuk DPA"),
        "istilah.dpa",
    ),
    ("Kindly advise what the acronym DPA refers to in regional budgeting.", "istilah.dpa"),
    ("SIPD itu aplikasi apa?", "istilah.sipd"),
    ("kata operator SIPD lg down, emang SIPD singkatan apa sih", "istilah.sipd"),
    ("Bapperida itu apa? dulu namanya Bappeda kan?", "istilah.bapperida"),
    ("Please advise what Bapperida stands for at your earliest convenience.", "istilah.bapperida"),
    ("OPD artinya apa", "istilah.opd"),
    ("OPD sama SKPD itu sama bukan?", ("istilah.opd", "istilah.skpd")),
    ("SKPD singkatan dari?", "istilah.skpd"),
    ("In the provincial correspondence, what does 'SKPD' denote?", "istilah.skpd"),
    ("SPAM di dokumen air minum itu apa, bukan email spam kan wkwk", "istilah.spam"),
    (
        (
            "Yth. Admin, dengan hormat, mohon dijelaskan kepanjangan SPAM yang disebut dalam "
            "rakor air minum kemarin. Demikian disampaikan, terima kasih."
        ),
        "istilah.spam",
    ),
    ("untuk bahan paparan ke pimpinan, SPALD itu kepanjangannya apa", "istilah.spald"),
    ("bedanya SPALD sama IPAL apa?", ("istilah.spald", "istilah.ipal")),
    ("dari tadi nunggu jawaban, IPAL singkatan dari apa sih", "istilah.ipal"),
    (
        ("With respect to the proposal for Kelurahan Pahandut, please clarify what an IPAL is."),
        "istilah.ipal",
    ),
    ("TPS3R itu apa, 3R nya apa aja", "istilah.tps3r"),
    ("kata pak camat Jekan Raya mau bangun TPS3R, itu maksudnya tempat apa ya", "istilah.tps3r"),
    ("MCK kepanjangan nya", "istilah.mck"),
    ("Please advise what an MCK facility is.", "istilah.mck"),
    ("RTRW itu bukan RT/RW kan? maksudnya apa", "istilah.rtrw"),
    ("RTRW sm RDTR bedanya apa", ("istilah.rtrw", "istilah.rdtr")),
    ("kata org PUPR lokasi hrs sesuai RDTR, RDTR itu singkatan apa", "istilah.rdtr"),
    ("Pursuant to the land readiness check, what is meant by RDTR?", "istilah.rdtr"),
    ("PBG itu apa, pengganti IMB ya?", "istilah.pbg"),
    ("bos minta info PBG kepanjangannya apa", "istilah.pbg"),
    ("PBG sama SLF mana yg duluan?", ("istilah.pbg", "istilah.slf")),
    ("SLF apaan? kata konsultan wajib punya", "istilah.slf"),
    ("Kindly advise what an SLF is with respect to buildings.", "istilah.slf"),
    ("SKBG itu sertifikat apa?", "istilah.skbg"),
    ("kata kadis tolong dicek SKBG kepanjangannya apa, buat telaahan rusun", "istilah.skbg"),
    ("SKT itu surat apa? warga di Desa Talio Hulu cuma punya SKT", "istilah.skt"),
    ("SKT sama sertifikat bedanya apa", "istilah.skt"),
    (
        "masa ginian aja susah dicari, lahan clean and clear maksudnya gmn sih",
        "istilah.cleanandclear",
    ),
    ("Please advise what is meant by land being 'clean and clear'.", "istilah.cleanandclear"),
    ("lebih baik minta CSR atau APBDes? eh CSR itu singkatan apa dulu", "istilah.csr"),
    ("ada warga yg tanya, dana CSR itu maksudnya dana apa", "istilah.csr"),
    ("Rakor singkatan apa", "istilah.rakor"),
    ("atasan sy nanya, 'rakor' di undangan itu kepanjangannya apa", "istilah.rakor"),
    ("warga Kel. Langkai bilang mau ngadu lewat LAPOR!, itu aplikasi apa ya", "istilah.lapor"),
    ("Please advise what LAPOR! refers to.", "istilah.lapor"),
    ("WIB itu singkatan apa, Kalteng pake WIB ya?", "istilah.wib"),
    ("jam di bot itu WIB, maksudnya UTC plus berapa?", "istilah.wib"),
    ("buat telaahan staf ke pak kadis, backlog perumahan itu maksudnya apa", "istilah.backlog"),
    ("With respect to housing, what does the term 'backlog' mean?", "istilah.backlog"),
    ("PKP kepanjangannya apa", "istilah.pkp"),
    ("PKP itu sama dengan Perkim bukan?", ("istilah.pkp", "istilah.perkim")),
    ("kumuh itu definisinya apa menurut UU", "istilah.kumuh"),
    ("Kindly advise the definition of 'kumuh' as used in your correspondence.", "istilah.kumuh"),
    ("atasan saya nanya, DAK yg dari pusat itu singkatan apa", "istilah.dak"),
    ("DAK sama DAK tematik PPKT itu beda ya?", ("istilah.dak", "istilah.daktematikppkt")),
    ("rusun itu apa", "istilah.rusun"),
    (
        "Please advise what 'rusun' means; is it the same as a rusunawa?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

TRAIN_R66_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg dikirim tgl 3/4 kemarin udah sampai mana ya, ada kabar?", "status"),
    ("cek status USL-2026-0014 dong, pak kabid nanya", "status"),
    (
        (
            "Yth. Admin, mohon info posisi usulan jaling Kab. Seruyan yang kami ajukan "
            "semester 2 lalu, apakah sudah diverifikasi? Terima kasih."
        ),
        "status",
    ),
    ("rakor thn dpn kapan dan dimana?", "meeting"),
    ("Kamis 12-3-2027 jadi ada rapat ga? jam 09.00 WIB di aula?", "meeting"),
    (
        ("Mate, when's the next coordination meeting? Need to book flights before lebaran"),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2028 sampai tgl berapa", "deadline"),
    ("masih bisa ngusul sebelum lebaran ga? tenggatnya kapan", "deadline"),
    (
        (
            "kata bos usulan hrs masuk paling lambat akhir bulan, bener ga? sampai kapan "
            "sebenernya penutupan usulan"
        ),
        "deadline",
    ),
    ("selamat pagi min", "greeting"),
    ("makasih banyak ya bot, sangat membantu 🙏", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini", "how_to_submit"),
    ("mau input usulan RTLH dari Kasongan, mulai dari mana ya di sini?", "how_to_submit"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, kami mohon petunjuk langkah-langkah mengajukan "
            "usulan kegiatan melalui bot ini. Demikian disampaikan, atas perhatiannya "
            "diucapkan terima kasih."
        ),
        "how_to_submit",
    ),
]

TRAIN_R66_AREAS: list[tuple[str, str]] = [
    (
        ("kawasan kumuh di Kel. Baamang Tengah luasnya seperempat hektar, itu urusan siapa ya"),
        "kabkota",
    ),
    (
        ("Yth admin, kumuh di Selat Hulu hasil delineasi SK 1.200 are, kewenangan prov atau kab?"),
        "provinsi",
    ),
    ("atasan nanya: kumuh Pahandut Seberang 0,15 km2, siapa yg tangani?", "pusat"),
    (
        ("lokasi kumuh tepian sungai di Mentawa Baru Hilir pas 10 hektare, masuk kewenangan mana"),
        "provinsi",
    ),
    ("kumuh tepat 15 ha di Kel. Selat Dalam, provinsi bisa nanganin ga?", "pusat"),
    (
        ("luas kawasan kumuh 98.000 meter persegi di Desa Sungai Cabang Kumai, kewenangan siapa"),
        "kabkota",
    ),
    ("kurang lebih 14 ha kumuh di Kel. Mendawai Pangkalan Bun, itu ranah siapa", "provinsi"),
    (("kumuh Tamiang Layang luasnya hampir 10 ha tp blm sampe, siapa yg berwenang?"), "kabkota"),
    (
        (
            "buat bahan rapat: kumuh di Kel. Melayu Muara Teweh antara 11 sampai 13 ha "
            "(delineasi blm final), yg pegang siapa"
        ),
        "provinsi",
    ),
    ("135.000 m² kumuh di Kel. Ketapang Sampit kewenangan pusat, prov, atau kab?", "provinsi"),
    (
        ("Slum area of 0.2 km² in Kasongan Lama - which level of government is responsible?"),
        "pusat",
    ),
    ("kumuh 1.5 ha di Desa Henda Pulpis, provinsi ato kabupaten?", "kabkota"),
]

TRAIN_R66_OUT_OF_SCOPE: list[str] = [
    "harga semen sekarang di Sampit brp per sak?",
    "besok Palangka Raya hujan ga ya, mau survei lapangan",
    "berapa total anggaran Disperkimtan prov utk TA 2027?",
    "jumlah RTLH di Kab. Kapuas tahun ini berapa unit?",
    "cara perpanjang KTP elektronik yg hilang gmn",
    "tolong bantu hitungkan gaji PPPK golongan IX",
    "atasan saya nanya nilai pagu DAK Tematik PPKT buat Kotim 2027 berapa",
    "besaran bantuan BSPS per unit tahun ini berapa juta?",
    "harga tanah per meter di Jekan Raya kisaran brp",
    "saya mau ajukan cuti tahunan, formnya ke siapa ya",
    "backlog rumah di Kalteng angkanya berapa skrg?",
    "What's the current interest rate for subsidised home loans at state banks?",
    "jadwal pencairan dana desa tahap 2 kapan?",
    "tiket pesawat Palangka Raya - Jakarta minggu depan yg murah maskapai apa",
    "harga sawit TBS di Kobar hari ini brp per kilo",
]
