"""Training table R78 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 65's styles, written by another hand for the second half of the topic list after round 65
was measured: Betawi and Jakarta slang, a question after thanks for an earlier answer, numbers
and units glued or spaced oddly, a colleague's case or a role play, a term spelled out letter
by letter, an instruction about the answer's form, old-fashioned polite letters,
Indonesian-English code-switching; Pakistani English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only. Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R78_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        ("h-u-n-t-a-r-a itu singkatan apa ya? di laporan BPBD Katingan ada tulisan itu"),
        "istilah.huntara",
    ),
    (
        (
            "Jee, what is the full form of huntara? BPBD people are using this word in "
            "every meeting, kindly tell."
        ),
        "istilah.huntara",
    ),
    ("bang, huntap entu ape sih artinye? aye denger pas rapat banjir di Kapuas", "istilah.huntap"),
    (
        ("makasih pak penjelasan soal SK kumuh kemarin. btw huntap itu kepanjangannya apa ya?"),
        "istilah.huntap",
    ),
    (
        (
            "di form sy isi 120KK , 450 jiwa. KK di sini maksudnya kepala keluarga atau "
            "kartu keluarga?"
        ),
        "istilah.kk",
    ),
    ("KK dalam usulan itu artinya apa? jawab 1 kalimat aja", "istilah.kk"),
    (
        ("teman sy di Pulpis bingung, kolom 'jiwa' di usulan itu maksudnya apa? jumlah orang kah?"),
        "istilah.jiwa",
    ),
    (
        ("kolom jiwa itu basically jumlah orang ya, or something else? soalnya beda sama KK"),
        "istilah.jiwa",
    ),
    ("ha itu satuan apa sih? 1ha = 10.000m2 atau 1.000 m2?", "istilah.ha"),
    ("h.a. di kolom luas itu singkatan apa min", "istilah.ha"),
    (
        (
            "What is the full form of DED? Consultant is saying DED is must for the "
            "proposal, please tell."
        ),
        "istilah.ded",
    ),
    ("D E D itu apa ya pak, dokumen apaan itu", "istilah.ded"),
    (
        (
            "Dengan hormat, bersama ini kami mohon penjelasan mengenai apa yang dimaksud "
            "dengan RAB dalam dokumen usulan. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "istilah.rab",
    ),
    ("RAB entu kepanjangannye ape bang? aye kagak ngarti", "istilah.rab"),
    ("RKS itu stands for apa ya? rencana kerja something gitu", "istilah.rks"),
    ("rks artinya apa? pakai poin ya", "istilah.rks"),
    ("K-A-K itu apaan? bukan kakak kan wkwk", "istilah.kak"),
    (
        ("misal saya staf perencanaan baru nih, disuruh bikin KAK. KAK itu singkatan apa sih?"),
        "istilah.kak",
    ),
    (
        ("Terima kasih infonya td pagi. Oh ya, site plan itu maksudnya gambar apa ya?"),
        "istilah.siteplan",
    ),
    (
        ("Kindly explain what is meant by site plan, is it same to same as rencana tapak?"),
        "istilah.siteplan",
    ),
    ("R.C. itu apa ya, di bahan rapat ada tulisan 'RC belum lengkap'", "istilah.rc"),
    ("RC itu readiness criteria ya? artinya apa exactly?", "istilah.rc"),
    ("BAST entu ape sih? kate orang provinsi ntar ade BAST-nye", "istilah.bast"),
    (
        (
            "Dengan hormat, mohon dijelaskan kepanjangan dari BAST yang disebut dalam surat "
            "dinas. Demikian disampaikan, atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.bast",
    ),
    (
        ("kades di Tumbang Kajuei nanya ke saya, hibah itu artinya apa sih? sy jg kurang paham"),
        "istilah.hibah",
    ),
    ("arti hibah apa? satu kalimat aja", "istilah.hibah"),
    (
        (
            "Dengan hormat, mohon dijelaskan apa yang dimaksud dengan BMD. Demikian "
            "disampaikan, atas perhatiannya kami ucapkan terima kasih."
        ),
        "istilah.bmd",
    ),
    (
        (
            "What is BMD? Our finance section is saying asset will become BMD, please tell "
            "the meaning."
        ),
        "istilah.bmd",
    ),
    (
        ("Makasih min udah bantu kemarin. Mau tanya lagi, BMN itu singkatan dari apa?"),
        "istilah.bmn",
    ),
    ("BMN itu artinya apa sih, is it the same thing as aset negara?", "istilah.bmn"),
    ("O dan P, atau O & P, itu maksudnya apa ya", "istilah.op"),
    ("O&P entu ape ye? kate orang dinas kudu ade surat O&P", "istilah.op"),
    ("SPM perumahan target 100 %, SPM-nya itu singkatan apa pak?", "istilah.spm"),
    ("Acha, SPM means what exactly? Kindly share the full form.", "istilah.spm"),
    (
        (
            "Dengan hormat, bersama ini kami mohon penjelasan mengenai apa yang dimaksud "
            "dengan Pokja PKP. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.pokjapkp",
    ),
    ("teman di Bappeda Bartim nanya, Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    ("Pokja PPAS itu apa ya, PPAS itu stands for what?", "istilah.pokjappas"),
    ("Pokja PPAS artinya apa, jawab singkat aja", "istilah.pokjappas"),
    ("A-M-P-L di Pokja AMPL itu singkatan apa?", "istilah.pokjaampl"),
    ("Pokja AMPL entu ape bang? aye diundang rapatnye ame Sekda", "istilah.pokjaampl"),
    ("di Renstra ada target 'RP3KP 1dok' , RP3KP itu apa sih kepanjangannya?", "istilah.rp3kp"),
    ("What is the full form of RP3KP? Please tell, it is coming in our Renstra.", "istilah.rp3kp"),
    (
        "makasih jawabannya td. btw RP2KPKP itu singkatan apa? beda sama RP3KP ga?",
        "istilah.rp2kpkp",
    ),
    ("RP2KPKP itu dokumen apa sih, what does it stand for?", "istilah.rp2kpkp"),
    (
        ("misal saya ditanya warga Pahandut, KOTAKU itu program apa, jawabnya gimana?"),
        "istilah.kotaku",
    ),
    ("KOTAKU entu ape sih? dulu di kelurahan aye ade BKM-nye", "istilah.kotaku"),
    ("P.P.K.T di DAK Tematik PPKT itu singkatan apa?", "istilah.daktematikppkt"),
    (
        "DAK Tematik PPKT itu apa? pakai poin ya, sy mau masukin ke bahan paparan",
        "istilah.daktematikppkt",
    ),
    ("Kindly tell what is APBN, I am new in the department and sir is asking.", "istilah.apbn"),
    ("APBN entu ape artinye? duit dari mane?", "istilah.apbn"),
    ("APBD itu singkatan dari apa? I always forget the full name", "istilah.apbd"),
    (
        (
            "Dengan hormat, sehubungan dengan penyusunan laporan, mohon dijelaskan "
            "kepanjangan APBD. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.apbd",
    ),
    ("APBDes desa kami cuma 1.2 M , APBDes itu maksudnya apa ya?", "istilah.apbdes"),
    (
        ("makasih kemarin sdh dijawab, lanjut ya: APBDes itu maksudnya apa, anggaran desa kah?"),
        "istilah.apbdes",
    ),
    ("Makasih pak kemarin. Bankeu itu apa ya, bank apa?", "istilah.bankeu"),
    ("What is meant by Bankeu? Is it some bank? Kindly revert back.", "istilah.bankeu"),
    (
        ("anggota dewan dapil Kapuas bilang mau masukin lewat pokir, pokir itu apa ya?"),
        "istilah.pokir",
    ),
    ("Pokir itu apa? jawab singkat saja ya", "istilah.pokir"),
    ("makasih infonya. btw musrenbang itu kepanjangannya apa ya lengkapnya?", "istilah.musrenbang"),
    (
        (
            "Dengan hormat, sehubungan dengan undangan dari kecamatan, mohon dijelaskan apa "
            "yang dimaksud dengan Musrenbang. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "Dengan hormat, mohon kiranya dapat dijelaskan pengertian RKPD. Demikian atas "
            "perhatiannya diucapkan terima kasih."
        ),
        "istilah.rkpd",
    ),
    ("RKPD itu annual plan ya? artinya apa exactly?", "istilah.rkpd"),
    ("Renja entu ape? rencana kerja ye?", "istilah.renja"),
    (
        (
            "My colleague in Lamandau is asking what is Renja, is it yearly work plan of "
            "the dinas? Please tell."
        ),
        "istilah.renja",
    ),
    ("Renstra artinya apa, satu kalimat aja", "istilah.renstra"),
    (
        "kabid saya minta saya update renstra, tapi renstra itu sebenarnya apa sih?",
        "istilah.renstra",
    ),
    ("R P J M D kepanjangannya apa ya", "istilah.rpjmd"),
    ("trims infonya kemarin. sekalian, RPJMD itu apa?", "istilah.rpjmd"),
    (
        "KUA-PPAS itu apa sih, kayak budget ceiling gitu kan? what's the full form",
        "istilah.kuappas",
    ),
    ("What is the full form of KUA-PPAS? Kindly do the needful.", "istilah.kuappas"),
    ("RKA entu ape? aye disuruh nyusun ame kasubag", "istilah.rka"),
    (
        (
            "Dengan hormat, mohon penjelasan mengenai kepanjangan dan pengertian RKA. "
            "Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.rka",
    ),
    (
        (
            "Dengan hormat, mohon kiranya dijelaskan apa yang dimaksud dengan DPA dalam "
            "penganggaran. Demikian atas perhatian Bapak/Ibu diucapkan terima kasih."
        ),
        "istilah.dpa",
    ),
    ("apa itu DPA? poin2 aja", "istilah.dpa"),
    ("S-I-P-D itu kepanjangannya apa?", "istilah.sipd"),
    (
        (
            "My operator in Muara Teweh is asking SIPD is which system, what is its full "
            "form? Please tell."
        ),
        "istilah.sipd",
    ),
    ("What is Bapperida? Same as Bappeda only?", "istilah.bapperida"),
    (
        "makasih min. btw Bapperida itu singkatan apa ya? dulu kan namanya Bappeda",
        "istilah.bapperida",
    ),
    ("makasih bang kemarin. btw OPD itu singkatan apa?", "istilah.opd"),
    ("OPD itu basically dinas ya? what does it stand for", "istilah.opd"),
    (
        (
            "Dengan hormat, bersama ini kami mohon penjelasan arti SKPD yang masih "
            "digunakan dalam beberapa surat. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "istilah.skpd",
    ),
    ("arti SKPD, jawab pendek aja", "istilah.skpd"),
    ("teman di PDAM Sampit bilang SPAM, itu bukan spam email kan? SPAM itu apa?", "istilah.spam"),
    ("What is SPAM in water supply context? Kindly tell full form.", "istilah.spam"),
    ("S.P.A.L.D itu singkatan dari apa", "istilah.spald"),
    ("SPALD itu apa ya, something about wastewater kan?", "istilah.spald"),
    (
        (
            "Dengan hormat, mohon penjelasan kepanjangan dari IPAL. Demikian atas "
            "perhatiannya diucapkan terima kasih."
        ),
        "istilah.ipal",
    ),
    ("makasih jawabannya. btw IPAL itu kepanjangannya apa?", "istilah.ipal"),
    ("TPS 3 R atau TPS3R itu apa ya? 3R nya apa aja", "istilah.tps3r"),
    ("What is TPS3R, what does 3R stand for? Please tell.", "istilah.tps3r"),
    ("Makasih jawabannya kemarin. MCK itu kepanjangannya apa ya?", "istilah.mck"),
    ("MCK itu singkatan apa? jawab singkat", "istilah.mck"),
    ("RTRW (bukan RT RW ya) itu spatial plan kan? apa full name-nya?", "istilah.rtrw"),
    ("misal sy ditanya Camat Kahayan Hilir, RTRW itu apa, jawab gmn?", "istilah.rtrw"),
    ("R-D-T-R itu singkatan apa", "istilah.rdtr"),
    (
        (
            "Dengan hormat, mohon penjelasan mengenai pengertian RDTR yang disyaratkan "
            "dalam kesesuaian lahan. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.rdtr",
    ),
    ("P-B-G itu apa? pengganti IMB ya?", "istilah.pbg"),
    ("PBG itu what exactly? kepanjangannya apa sih", "istilah.pbg"),
    ("S L F itu singkatan apa", "istilah.slf"),
    ("What is SLF? Builder is saying SLF is pending, kindly explain meaning.", "istilah.slf"),
    ("SKBG entu ape? sertifikat ape gitu ye?", "istilah.skbg"),
    ("What is SKBG? Kindly answer in 2-3 points only.", "istilah.skbg"),
    ("warga di Desa Pararapak cuma punya SKT, SKT itu sebenarnya surat apa ya?", "istilah.skt"),
    ("Terima kasih atas infonya kemarin. SKT itu kepanjangannya apa ya?", "istilah.skt"),
    ("clean and clear itu maksudnya apa ya for lahan?", "istilah.cleanandclear"),
    ("clean and clear entu maksudnye ape sih? lahan kudu bersih gitu?", "istilah.cleanandclear"),
    ("What is CSR? One sentence please, no need of long answer.", "istilah.csr"),
    (
        ("Thank you for yesterday's reply. One more thing, what is the full form of CSR?"),
        "istilah.csr",
    ),
    (
        (
            "Dengan hormat, mohon penjelasan apa kepanjangan dari Rakor yang tercantum "
            "dalam undangan. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.rakor",
    ),
    ("Rakor itu singkatan apa? jawab 1 kalimat", "istilah.rakor"),
    ("L-A-P-O-R pakai tanda seru itu apa sih?", "istilah.lapor"),
    ("temen di Kasongan bilang 'lapor aja ke LAPOR!', itu apaan ya LAPOR! itu?", "istilah.lapor"),
    ("undangan jam 09.00WIB, WIB itu singkatan apa ya?", "istilah.wib"),
    ("Meeting is at 09.00WIB, what is the full form of WIB? Kindly clarify.", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa? like kekurangan rumah gitu?", "istilah.backlog"),
    ("makasih pak. btw istilah backlog itu artinya apa ya?", "istilah.backlog"),
    ("P K P itu singkatan apa ya", "istilah.pkp"),
    ("PKP entu ape? bukan pengusaha kena pajak kan?", "istilah.pkp"),
    ("arti kumuh dalam istilah perkim apa, jawab singkat", "istilah.kumuh"),
    ("What is meant by kumuh? Please tell in English only.", "istilah.kumuh"),
    (
        ("kabupaten kami dpt DAK 1,5M thn lalu, DAK itu kepanjangannya apa sih sebenarnya?"),
        "istilah.dak",
    ),
    ("misal saya jelasin ke kades, DAK itu apa, gimana bahasanya?", "istilah.dak"),
    ("rusun 5 lantai 80unit itu, rusun singkatan apa sih?", "istilah.rusun"),
    ("rusun itu apa sih, like apartment gitu?", "istilah.rusun"),
]

TRAIN_R78_INTENTS: list[tuple[str, str]] = [
    ("bang, usulan aye yang jaling Desa Tewang Panjang udeh sampe mane ye?", "status"),
    (
        (
            "Kindly revert back with the status of our proposal USL-2026-0007, it is "
            "pending since long."
        ),
        "status",
    ),
    (("makasih kemarin. btw usulan drainase kami dr Kotim udah diverifikasi belum ya?"), "status"),
    (
        (
            "Dengan hormat, mohon informasi kapan dan di mana Rakor Bidang Kawasan "
            "Permukiman tahun ini dilaksanakan. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "meeting",
    ),
    ("rakor tahun ini kapan & dmn? jawab singkat aja", "meeting"),
    ("Rakor next-nya kapan ya? saya perlu book tiket dari Puruk Cahu", "meeting"),
    ("usulan utk TA 2027 paling lambat tgl brp? 30/06 atau 31-07?", "deadline"),
    (("teman sy di Sukamara nanya, batas akhir kirim usulan tahun ini sampai kapan?"), "deadline"),
    (
        ("Please tell till what date we can submit proposals this year, is there any last date?"),
        "deadline",
    ),
    ("assalamualaikum bang, aye baru gabung nih. salam kenal ye", "greeting"),
    ("makasih banyak ya min, sangat membantu 🙏", "greeting"),
    ("halo, bot ini cara pakainya gimana? jelasin pakai poin ya", "greeting"),
    ("perintah /u-s-u-l itu buat ngirim usulan kan? langkahnya gimana?", "how_to_submit"),
    (
        (
            "misal saya mau ajukan usulan PSU jaling utk Desa Sei Dusun, lewat bot ini "
            "caranya gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "What is the procedure of submitting proposal through this bot? Kindly guide "
            "step by step."
        ),
        "how_to_submit",
    ),
]

TRAIN_R78_AREAS: list[tuple[str, str]] = [
    ("luas delineasi 9 , 8 hektar itu kab atau prov?", "kabkota"),
    (
        (
            "teman sy di Katingan punya kawasan kumuh 98.500 m² di Kasongan Lama, itu siapa "
            "yg pegang?"
        ),
        "kabkota",
    ),
    (
        (
            "Dengan hormat, kawasan kumuh di Kelurahan Ketapang, Sampit, seluas 7,5 hektare "
            "mohon informasi kewenangan penanganannya. Demikian atas perhatiannya diucapkan "
            "terima kasih."
        ),
        "kabkota",
    ),
    (
        ("Jee, slum location is 96,000 m2 in Kuala Kurun, it comes under province or district?"),
        "kabkota",
    ),
    ("kawasan kumuh 12ha di Kel. Baru Pangkalan Bun itu kewenangan siapa?", "provinsi"),
    ("kumuh 10 ha pas, entu urusan kabupaten ape provinsi bang?", "provinsi"),
    (
        ("makasih infonya kemarin. btw kumuh 14,9 ha di Pahandut itu masih provinsi kan?"),
        "provinsi",
    ),
    ("kumuh luas 100.000 meter persegi, yg nangani siapa? jawab 1 kata aja", "provinsi"),
    (
        ("Slum area is 15 hectares exactly, which level of government will handle? Kindly revert."),
        "pusat",
    ),
    (
        ("luas kumuhnya around 1,250,000 m2 di Selat Hulu, itu masuk pusat or still provinsi?"),
        "pusat",
    ),
    ("kumuh 15,2 ha lebih dikit dari 15, entu ke mane bang?", "pusat"),
    (
        ("misal sy kabid di Bartim, ada kumuh 22 , 4 Ha di Tamiang Layang, siapa yg tangani?"),
        "pusat",
    ),
]

TRAIN_R78_OUT_OF_SCOPE: list[str] = [
    "akun S-I-P-D sy terkunci krn salah password 3x, cara resetnya gmn?",
    (
        "Dengan hormat, mohon informasi kapan TPP ASN bulan ini dicairkan. Demikian "
        "atas perhatiannya diucapkan terima kasih."
    ),
    (
        "harga semen per sak di Puruk Cahu thn ini brp ya? buat nyusun RAB, 50kg "
        "kisaran 90rb atau 110.000?"
    ),
    ("syarat pinjaman di koperasi pegawai kantor gubernur apa aja? is there any maximum limit?"),
    "Kindly tell the procedure of getting NPWP for our consultant firm.",
    ("teman sy di Barsel mau urus sertifikat tanah warga di BPN, prosedurnya gimana ya?"),
    ("makasih infonya kemarin. btw besaran bantuan BSPS per unit tahun 2026 berapa ya?"),
    "laptop kantor aye kena virus, gimane cara instal ulang windows-nye?",
    "aturan cuti tahunan PNS bisa digabung cuti besar ga? jawab singkat aja",
    "Standar honor narasumber rakor berapa per jam? need it for the SPJ asap",
    ("misal saya PPK, cara daftar akun e-katalog LKPP buat pengadaan konsultan DED gimana?"),
    (
        "What is the rate of interest for personal loan at Bank Kalteng for government "
        "employees? Please tell."
    ),
    "ade lowongan CPNS di Disperkimtan taun depan kagak?",
    ("jalan lingkungan itu harus pakai beton mutu K-250 atau K-300? tebal 15cm cukup ga?"),
    ("notif Telegram di HP android sy ga muncul sama sekali, setting-nya gimana? pakai poin ya"),
]
