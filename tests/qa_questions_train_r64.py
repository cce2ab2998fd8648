"""Training table R64 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 57's styles, written by another hand for the second half of the topic list after round 57 was
measured untouched: old spelling ("djalan", "oesoelan", "jang"), correcting the bot's last
answer and asking again, asking what is not allowed or the exceptions, relative time words,
vowel-less abbreviations, a reply quoting with ">" lines, Roman numerals and ordinals, nested
conditionals; Filipino or Nigerian English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R64_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("huntara itoe apa ja pak? dengar di rapat BPBD kmrn, singkatan dari apa", "istilah.huntara"),
    (
        (
            "Ma'am, good morning po. What po is huntara? It was mentioned in the post-flood "
            "meeting in Mantangai po."
        ),
        "istilah.huntara",
    ),
    (
        (
            "> warga korban banjir Mantangai Hulu nanti dipindah ke huntap\nhuntap itu "
            "maksudnja apa min?"
        ),
        "istilah.huntap",
    ),
    (
        ("bukan itu maksud saya min, yg sy tanya huntap, bukan huntara. huntap artinya apa"),
        "istilah.huntap",
    ),
    ("KK di isian usln itu kepala keluarga atau kartu keluarga sih?", "istilah.kk"),
    ("pak, KK itoe pandjangnja apa? staf baroe sy bingung isi formnja", "istilah.kk"),
    ("jiwa itu maksudnja djumlah orang ja? bukan djumlah KK?", "istilah.jiwa"),
    ("> isi jumlah KK dan jiwa penerima manfaat\narti jiwa disini apa min", "istilah.jiwa"),
    ("ha itoe singkatan apa? hektar kan, 1 ha brp meter persegi", "istilah.ha"),
    ("salah paham min, sy bukan tanya kwngn, sy cuma tanya satuan ha itu apa", "istilah.ha"),
    ("DED itoe apa pandjangnja? diminta lengkapi sblm rkr", "istilah.ded"),
    (
        (
            "Sir, kindly advise po what DED means. The engineer said we need it before the "
            "Rakor ke-III po."
        ),
        "istilah.ded",
    ),
    ("RAB singkatan dr apa ya? kabid minta dilengkapi H-7 rkr", "istilah.rab"),
    ("bukan itu maksud sy, yg sy tanya RAB nya bukan DED. RAB itu apa", "istilah.rab"),
    ("rks tu apa ya pak, diminta utk usln tahap II", "istilah.rks"),
    ("> lampirkan DED, RAB dan RKS paling lambat lusa\nRKS itu dokumen apa ya?", "istilah.rks"),
    ("KAK itoe apa? sama dgn TOR boekan", "istilah.kak"),
    (
        (
            "Good day ma'am, may I ask po what KAK stands for? Our kadis asked me to prepare "
            "one by end of this month po."
        ),
        "istilah.kak",
    ),
    ("site plan itoe gambar apa ja? rentjana tapak kah", "istilah.siteplan"),
    (
        (
            "kalau kami sdh ada DED, tapi konsultan bilang msh perlu site plan, terus site "
            "plan itu sebenarnya apa?"
        ),
        "istilah.siteplan",
    ),
    ("RC dlm dokumen kesiapan usln itu singkatan apa", "istilah.rc"),
    ("> RC utama hrs lengkap sebelum tahap II\nRC itu apa ya maksudnja?", "istilah.rc"),
    ("BAST pandjangnja apa pak", "istilah.bast"),
    (
        (
            "Sir, for your kind guidance po, what does BAST mean? It is needed after the jalan "
            "lingkungan is finished po."
        ),
        "istilah.bast",
    ),
    ("hibah itoe artinja apa sih", "istilah.hibah"),
    (
        ("salah paham min, yg saya tanya arti kata hibah aja, bukan prosedur serah terimanya"),
        "istilah.hibah",
    ),
    ("BMD itu apa? brg milik daerah ja?", "istilah.bmd"),
    ("bmd itoe singkatannja apa ja pak, sering ditoelis di berita atjara", "istilah.bmd"),
    ("BMN itoe singkatan dari apa", "istilah.bmn"),
    (
        ("Ma'am, what po is BMN? The Balai said the drainage in Kurun is still BMN po."),
        "istilah.bmn",
    ),
    ("O&P itu maksudnja apa pak", "istilah.op"),
    ("> surat pernyataan kesanggupan O&P\nOP itu apa ya?", "istilah.op"),
    ("SPM tu singkatan apa min, ada di bahan rkr kemarin", "istilah.spm"),
    (
        ("Sir, I would like to ask po the meaning of SPM, for your kind reference po."),
        "istilah.spm",
    ),
    ("pokdja PKP itoe apa ja?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("Pokja PKP singkatan dr apa? ada undangan rapatnya pekan depan", "istilah.pokjapkp"),
    ("PPAS di Pokja PPAS itu singkatan apa? bukan PPAS anggaran kan", "istilah.pokjappas"),
    ("> undangan rapat Pokja PPAS lusa di lantai 2\nPokja PPAS itu apa ya", "istilah.pokjappas"),
    ("AMPL itoe singkatan apa, jang pokdja AMPL", "istilah.pokjaampl"),
    ("Ma'am, what po does Pokja AMPL mean? Our Sekda is the chair po.", "istilah.pokjaampl"),
    ("RP3KP itoe dokoemen apa", "istilah.rp3kp"),
    ("rp3kp kpnjangan nya apa, rencana brp thn", "istilah.rp3kp"),
    (
        ("kalau RP3KP sdh ada, tapi diminta jg RP2KPKP, terus RP2KPKP itu rencana apa?"),
        "istilah.rp2kpkp",
    ),
    (
        ("bukan itu maksud saya, saya tanya RP2KPKP yg ada KP dua kali itu, artinya apa"),
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itoe program apa ja pak? doeloe ada di kel kami", "istilah.kotaku"),
    (
        ("Ma'am, what po is KOTAKU? Kelurahan Langkai was under that program before po."),
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT itu apa, PPKT singkatan dr apa? mau dipakai utk usln kmh",
        "istilah.daktematikppkt",
    ),
    ("> sumber dana: DAK Tematik PPKT\nppkt nya tu apa min", "istilah.daktematikppkt"),
    ("APBN itoe anggaran siapa ja, pandjangnja apa", "istilah.apbn"),
    ("Sir, sorry to bother po, what does APBN mean?", "istilah.apbn"),
    ("apbd tu apa sih, yg prov sm kab sama2 disebut apbd?", "istilah.apbd"),
    ("> dana pendamping APBD Kab/Kota\nAPBD itu singkatan apa", "istilah.apbd"),
    ("APBDes itoe apa min, anggaran desa ja?", "istilah.apbdes"),
    (
        (
            "kalau desa Bahaur Hilir mau ikut danai jaling, tapi lewat APBDes, terus APBDes "
            "itu sebenarnya apa?"
        ),
        "istilah.apbdes",
    ),
    ("bankeu itoe apa pak", "istilah.bankeu"),
    (
        (
            "Ma'am, what po is Bankeu? Is it a kind of financial aid from the province po? For "
            "your kind clarification."
        ),
        "istilah.bankeu",
    ),
    (
        ("pokir itu singkatan apa? anggota dewan sering sebut waktu reses triwulan II"),
        "istilah.pokir",
    ),
    ("bukan itu maksud sy min, sy tanya pokir DPRD itu apa artinya", "istilah.pokir"),
    ("Musrenbang pandjangnja apa ja", "istilah.musrenbang"),
    (
        ("Sir, kindly explain po what Musrenbang is. I am new in Dinas Perkim Sukamara po."),
        "istilah.musrenbang",
    ),
    ("RKPD itoe dokoemen apa ja", "istilah.rkpd"),
    ("> usulan yg lolos masuk RKPD prov thn depan\nRKPD apa itu min", "istilah.rkpd"),
    ("Renja itoe apa pak, rentjana kerdja?", "istilah.renja"),
    ("Please sir, what is Renja? I wish to know before our meeting next week.", "istilah.renja"),
    ("renstra itoe apa, brp tahoen djangkanja", "istilah.renstra"),
    ("> sesuai Renstra dinas 2025-2029\nrenstra itu maksudnya apa", "istilah.renstra"),
    ("RPJMD singkatan dr apa? ada di bahan rakor besok pagi", "istilah.rpjmd"),
    ("salah paham min, yg sy tanya RPJMD, bukan RKPD. apa artinya", "istilah.rpjmd"),
    ("KUA-PPAS itoe apa ja, kepandjangannja gmn", "istilah.kuappas"),
    (
        (
            "Please sir, I wish to enquire the meaning of KUA-PPAS. Our finance people mention "
            "it every triwulan IV."
        ),
        "istilah.kuappas",
    ),
    ("RKA tu apa min, dibahas tiap triwulan IV", "istilah.rka"),
    ("> RKA dinas sdh diinput akhir bulan ini\nRKA itu singkatan dari apa?", "istilah.rka"),
    ("DPA itoe dokoemen apa ja", "istilah.dpa"),
    ("Please sir, what does DPA stand for? Well done for the help so far.", "istilah.dpa"),
    ("SIPD itoe sistim apa, operator kab blm paham", "istilah.sipd"),
    ("> usln jg hrs diinput di SIPD\nSIPD tu apa ya pak", "istilah.sipd"),
    ("Bapperida prov itu apa, dulu Bappeda ya?", "istilah.bapperida"),
    ("bukan itu maksud sy, sy tanya Bapperida itu badan apa, singkatannja", "istilah.bapperida"),
    ("> semua OPD terkait diundang rkr pekan depan\nOPD itu apa sih", "istilah.opd"),
    ("OPD itoe singkatan dari apa ja", "istilah.opd"),
    ("skpd itoe apa ja", "istilah.skpd"),
    ("> nama SKPD pengusul\nSKPD tu maksudnya apa min", "istilah.skpd"),
    ("SPAM di dok usln perkim itu apa? bukan spam email kan", "istilah.spam"),
    (
        ("Please sir, SPAM in this water context, what does it mean? Not email spam abi?"),
        "istilah.spam",
    ),
    ("SPALD itu apa pak, disebut di rkr ke-II kemarin", "istilah.spald"),
    ("spald kpnjangan nya apa, utk air limbah kah", "istilah.spald"),
    ("IPAL itoe apa ja", "istilah.ipal"),
    ("bukan itu maksud saya, IPAL nya yg sy tanya, artinya apa", "istilah.ipal"),
    (
        ("di Kel Ketapang mau bangun TPS3R tahap II, TPS3R itu apa sih, 3R nya singkatan apa"),
        "istilah.tps3r",
    ),
    ("Please sir, I wish to enquire what TPS3R means. The camat mentioned it.", "istilah.tps3r"),
    ("MCK tu singkatan apa ya, mau isi usln lusa", "istilah.mck"),
    ("> bangun MCK komunal di Pahandut Seberang\nMCK itu apa sih kepanjangannya", "istilah.mck"),
    ("rtrw itu apa? boekan RT RW kan", "istilah.rtrw"),
    ("Please sir, RTRW, is it RT/RW or something else? Kindly explain.", "istilah.rtrw"),
    ("RDTR itoe apa", "istilah.rdtr"),
    (
        (
            "kalau RTRW sdh tau, tapi RDTR itu apa? terus kalau kab kami blm punya RDTR gmn, "
            "itu dokumen apa sih sebenarnya"
        ),
        "istilah.rdtr",
    ),
    ("PBG itu apa, pengganti IMB?", "istilah.pbg"),
    ("> bangunan hrs ada PBG dulu\nPBG tu singkatan apa min", "istilah.pbg"),
    ("SLF tu singkatan apa, ditanya kabid besok pagi", "istilah.slf"),
    ("> gedung wajib punya SLF\nSLF maksudnja apa", "istilah.slf"),
    ("SKBG itoe apa", "istilah.skbg"),
    ("SKBG apa ya, sertifikat apa itu, dengar di rapat pekan lalu", "istilah.skbg"),
    ("SKT itoe soerat keterangan tanah ja?", "istilah.skt"),
    (
        ("salah paham min, SKT yg sy tanya itu surat tanah, bukan yg lain. artinya apa"),
        "istilah.skt",
    ),
    (
        "clean and clear itu maksudnya apa sih, hrs diisi di usln",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("lahan 'C&C' itoe artinja apa ja", "istilah.cleanandclear"),
    ("CSR itoe apa pak? perusahaan sawit di Seruyan mau bantu", "istilah.csr"),
    ("Please sir, what does CSR mean? Well done for the prompt replies.", "istilah.csr"),
    ("Rakor itoe singkatan apa", "istilah.rakor"),
    ("> Rakor ke-III bidang kawasan permukiman\nrkr itu kepanjangannya apa sih", "istilah.rakor"),
    (
        ("LAPOR! itu apa, aplikasi pengaduan ya? disebut kabid di rapat lantai 2 tadi"),
        "istilah.lapor",
    ),
    ("Please sir, I wish to enquire what LAPOR! is.", "istilah.lapor"),
    ("WIB itoe apa, kita di Kalteng pakai WIB kan, boekan WITA?", "istilah.wib"),
    (
        ("Please sir, the invitation says 09.00 WIB. What is WIB? I am in Tamiang Layang."),
        "istilah.wib",
    ),
    ("backlog peroemahan itoe maksudnja apa", "istilah.backlog"),
    ("salah paham min, backlog yg sy tanya itu istilah perumahan, artinya apa", "istilah.backlog"),
    ("PKP itoe singkatan dr apa ja pak", "istilah.pkp"),
    ("> urusan PKP adalah urusan wajib pelayanan dasar\nPKP nya singkatan apa", "istilah.pkp"),
    ("bukan itu maksud sy min, sy tanya definisi kumuh itu sendiri apa", "istilah.kumuh"),
    ("kmh itoe artinja apa dlm istilah perkim?", "istilah.kumuh"),
    ("DAK itoe singkatan apa pak, jang biasa boekan jang tematik", "istilah.dak"),
    ("> pakai dana DAK saja\nDAK itu apa ya min", "istilah.dak"),
    ("rusun itoe singkatan dari apa", "istilah.rusun"),
    (
        ("bukan itu maksud saya, yg sy tanya rusun biasa bukan rusunawa. rusun itu apa"),
        "istilah.rusun",
    ),
]

TRAIN_R64_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0004 sdh sampai mana ya", "status"),
    (("> usln jaling Kurun kemarin masih diajukan\ncek lagi dong skrg statusnya gmn"), "status"),
    ("Please sir, how far with our proposals? Have they been reviewed?", "status"),
    ("rkr ke-III tahun ini kapan dan dimana", "meeting"),
    ("rapat pekan depan jadi ga, jam brp mulainya", "meeting"),
    ("Ma'am, when po is the next Rakor? For our travel request po.", "meeting"),
    ("batas akhir kirim usulan TA 2027 kapan", "deadline"),
    ("masih bisa masukin usln sampai akhir bulan ini?", "deadline"),
    ("Sir, until when can we still submit proposals po?", "deadline"),
    ("selamat pagi min", "greeting"),
    ("terima kasih banyak pak, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn tjara kirim usulan lewat bot ini", "how_to_submit"),
    ("mau input usln baru, mulai dari mana ya", "how_to_submit"),
    ("Kindly advise po how to submit our proposal through this bot.", "how_to_submit"),
]

TRAIN_R64_AREAS: list[tuple[str, str]] = [
    ("kawasan kmh 9,8 ha di Baamang Tengah, kwngn siapa?", "kabkota"),
    ("luasnya pas 10 hektar, siapa yg tangani", "provinsi"),
    ("kalau delineasi di SK tepat 15 ha, masuk kwngn prov atau pusat?", "pusat"),
    ("kumuh 125.000 m2 di Mentawa Baru Hilir itu urusan siapa", "provinsi"),
    ("loeas kawasan koemoeh 95.000 m² siapa jang berwenang", "kabkota"),
    ("kawasan kumuh lebih dari 20 hektare di Selat Hulu, siapa yg pegang", "pusat"),
    ("kmh kurang dari 5 ha di Sukamara, prov bisa bantu ga atau kab", "kabkota"),
    ("kalau luasnya 14,99 ha, masih provinsi kan?", "provinsi"),
    ("kawasan kumuh 150.000 meter persegi kewenangan siapa", "pusat"),
    ("> luas kumuh Panarung 100.000 m2\nitu tanggung jawab siapa ya", "provinsi"),
    (
        ("Please sir, a slum area of 7 hectares in Muara Teweh, which level is responsible?"),
        "kabkota",
    ),
    ("kawasan koemoeh 11 hektar di Dahirang, kewenangan siapa", "provinsi"),
]

TRAIN_R64_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit minggu ini brp ya",
    "cuaca Palangka Raya besok pagi hujan ga min",
    "cara urus cuti tahunan ASN gmn ya pak",
    "brp jumlah RTLH di Kab Katingan tahun 2025",
    "harga per meter jalan paving di Kasongan brp ya, buat RAB",
    "ada lowongan CPNS di Disperkimtan thn ini?",
    "cara reset password akun SIPD sy gmn, lupa",
    "tarif air PDAM Palangka Raya per kubik brp",
    "skor kekumuhan desa Tumbang Tangoi berapa ya",
    "Please sir, how do I claim my BPJS Kesehatan?",
    "jadwal Musrenbang Kab Kapuas tahun depan tgl brp",
    "brp pagu anggaran Disperkimtan prov tahun 2027",
    "kapan TPP bulan ini cair min",
    "nomor rekening bendahara dinas kab apa ya",
    "Ma'am, what po is the bus schedule from Sampit to Pangkalan Bun?",
]
