"""Training table R34 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 43's styles, written by another hand for the second half of the topic list while round 43
was written: self-correction inside the message, institutions and nicknames in place of the
levels, figurative language and idioms, asking the bot what it knows around the real
question, concrete things on the ground instead of category names, young officers' slang,
relaying someone else's question word for word, rhetorical or argumentative questions;
texting English with SMS shorthand. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R34_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "habis banjir di Tumbang Samba warga ditaruh di bangunan papan beratap seng buat "
            "sementara, di laporan ditulis huntara. huntara itu maksudnya apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        "btw huntara tuh kepanjangannya apa sih? jujurly baru denger",
        "istilah.huntara",
    ),
    (
        (
            "kades di Kapuas Murung nanya ke saya: 'pak, yang dimaksud huntap di surat "
            "kabupaten itu apa?' enaknya saya jawab gimana?"
        ),
        "istilah.huntap",
    ),
    (
        "huntara itu apa, eh salah, maksud saya huntap, itu singkatan dari apa?",
        "istilah.huntap",
    ),
    (
        (
            "form dari orang prov minta isi jumlah KK, KK di situ maksudnya apa? kartu "
            "keluarga atau apa?"
        ),
        "istilah.kk",
    ),
    (
        "does KK in the form mean household? u know wat it stands 4?",
        "istilah.kk",
    ),
    (
        (
            "lho kok ada kolom jiwa terpisah dari KK? bukannya sama aja? jiwa itu artinya apa "
            "sih di data penerima?"
        ),
        "istilah.jiwa",
    ),
    (
        ("hitung kepala satu-satu gitu ya? yang disebut 'jiwa' di isian usulan itu persisnya apa?"),
        "istilah.jiwa",
    ),
    (
        "bot, ha yang ditulis di SK kumuh itu satuan apa ya?",
        "istilah.ha",
    ),
    (
        "ha itu hektare kan? fix satuan luas? spill dong artinya",
        "istilah.ha",
    ),
    (
        "mau nanya soal RAB... eh sori salah ketik, yang mau saya tanyain DED. DED itu apa ya?",
        "istilah.ded",
    ),
    (
        (
            "konsultan kirim gambar kerja super detail buat jalan setapak antar rumah, mereka "
            "sebut DED. DED itu apa persisnya?"
        ),
        "istilah.ded",
    ),
    (
        "plis jelasin RAB itu apaan, auto bingung liat lampiran usulan",
        "istilah.rab",
    ),
    (
        "staf baru nanya ke saya 'pak, RAB itu singkatan apa?', gimana jelasinnya biar gampang?",
        "istilah.rab",
    ),
    (
        "Bappeda minta lampiran RKS, RKS itu apaan ya?",
        "istilah.rks",
    ),
    (
        "wat does RKS stand 4? u know?",
        "istilah.rks",
    ),
    (
        "bukannya KAK itu sama aja dengan TOR? sebenarnya KAK itu kepanjangannya apa?",
        "istilah.kak",
    ),
    (
        "di sini bisa tanya istilah? KAK itu maksudnya apa ya",
        "istilah.kak",
    ),
    (
        (
            "ada gambar denah letak MCK, gang dan parit di kampung kami, katanya itu site "
            "plan. site plan itu apa sih?"
        ),
        "istilah.siteplan",
    ),
    (
        "gambar yang namanya DED, koreksi, bukan DED tapi site plan, itu maksudnya gambar apa?",
        "istilah.siteplan",
    ),
    (
        "bestie, RC itu kependekan apa? kuy bahas, sering banget disebut pas rapat",
        "istilah.rc",
    ),
    (
        "orang balai bilang RC kami masih bolong, RC itu singkatan dari apa?",
        "istilah.rc",
    ),
    (
        "kepala desa tanya 'BAST itu surat apa pak?', jawabannya apa ya?",
        "istilah.bast",
    ),
    (
        "BAST itu ibarat serah terima kunci rumah ya? kepanjangannya apa sebenarnya?",
        "istilah.bast",
    ),
    (
        "emang hibah itu artinya dikasih cuma-cuma? istilah hibah di sini maksudnya apa sih?",
        "istilah.hibah",
    ),
    (
        "pak gub sering bilang aset 'dihibahkan' ke Pemkab, hibah itu artinya apa ya?",
        "istilah.hibah",
    ),
    (
        "kamu tahu nggak BMD itu apa?",
        "istilah.bmd",
    ),
    (
        "tolong jelasin BMN. ralat: BMD, beda satu huruf doang. BMD itu apa?",
        "istilah.bmd",
    ),
    (
        "wat is BMN? pls explain, thx",
        "istilah.bmn",
    ),
    (
        (
            "jalan lingkungan yang dibangun kementerian di desa kami tercatat sebagai BMN, "
            "BMN itu artinya apa?"
        ),
        "istilah.bmn",
    ),
    (
        "O&P itu artinya apa sih? tanda & nya bikin penasaran wkwk",
        "istilah.op",
    ),
    (
        (
            "jangan sampai bangunannya jadi monumen mangkrak, katanya harus ada O&P. istilah "
            "O&P itu maksudnya apa?"
        ),
        "istilah.op",
    ),
    (
        "Kementerian PKP sering nyebut SPM, SPM itu kepanjangannya apa?",
        "istilah.spm",
    ),
    (
        "anggota dewan tanya ke kadis kami 'SPM itu apa sih?', kami jawab apa biar pas?",
        "istilah.spm",
    ),
    (
        "Pokja AMPL, eh bukan, Pokja PKP maksudnya, itu singkatan dari apa?",
        "istilah.pokjapkp",
    ),
    (
        "bot bisa jelasin Pokja PKP itu apa?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PPAS tuh apa ya, spill kepanjangannya dong",
        "istilah.pokjappas",
    ),
    (
        "pokja di daerah banyak banget kayak gado-gado, yang namanya Pokja PPAS itu apa sih?",
        "istilah.pokjappas",
    ),
    (
        "lho Pokja AMPL itu bukannya udah ganti nama? AMPL itu sebenarnya singkatan dari apa?",
        "istilah.pokjaampl",
    ),
    (
        "wat does AMPL in pokja AMPL mean? pls",
        "istilah.pokjaampl",
    ),
    (
        "Bappeda nanyain dokumen RP3KP kami, RP3KP itu apa?",
        "istilah.rp3kp",
    ),
    (
        "kemarin rapat bahas RP2KPKP, lho salah, RP3KP maksud saya, itu dokumen apa sebenernya?",
        "istilah.rp3kp",
    ),
    (
        "singkatannya panjang kayak gerbong kereta, RP2KPKP itu apa sih?",
        "istilah.rp2kpkp",
    ),
    (
        "konsultan nanya 'RP2KPKP itu dokumen apa ya pak?' saya harus bilang apa?",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU katanya program yang bikin kampung naik kelas, tapi sebenarnya KOTAKU itu apa?",
        "istilah.kotaku",
    ),
    (
        (
            "di kelurahan Mendawai dulu ada papan proyek KOTAKU di mulut gang, KOTAKU itu "
            "singkatan dari apa?"
        ),
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT tuh apaan? jujurly singkatannya bikin pusing",
        "istilah.daktematikppkt",
    ),
    (
        "wat is DAK tematik PPKT? ppl from the ministry kept mentioning it",
        "istilah.daktematikppkt",
    ),
    (
        "bukannya APBN itu duit pusat? APBN itu singkatan apa persisnya?",
        "istilah.apbn",
    ),
    (
        "warga nanya 'APBN itu apa pak?', jawab gimana yang gampang dimengerti?",
        "istilah.apbn",
    ),
    (
        "dana dari Pemprov itu disebut APBD ya? APBD itu artinya apa?",
        "istilah.apbd",
    ),
    (
        "artinya APBDes... ehh ralat, APBD aja yang level daerah, kepanjangannya apa?",
        "istilah.apbd",
    ),
    (
        "saluran depan balai desa katanya dibangun pakai APBDes, APBDes itu apa?",
        "istilah.apbdes",
    ),
    (
        "ada info soal arti APBDes?",
        "istilah.apbdes",
    ),
    (
        "biar nggak jadi anak tiri, kabupaten sering ngarep Bankeu. Bankeu itu artinya apa?",
        "istilah.bankeu",
    ),
    (
        "gaskeun nanya: Bankeu itu sebenernya singkatan dari apa ygy?",
        "istilah.bankeu",
    ),
    (
        "orang DPRD bilang usulan ini masuk lewat pokir, pokir itu apa sih?",
        "istilah.pokir",
    ),
    (
        "bukankah pokir itu cuma titipan dewan? sebenarnya pokir itu kepanjangannya apa?",
        "istilah.pokir",
    ),
    (
        (
            "ketua RT di Panarung tanya ke saya 'Musrenbang itu apa pak?', saya jelasinnya "
            "gimana ya?"
        ),
        "istilah.musrenbang",
    ),
    (
        "u know wat musrenbang means? pls",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu rencana apa? tadi saya ketik RPJMD, keliru, yang saya tanya RKPD",
        "istilah.rkpd",
    ),
    (
        "di sini bisa tanya arti RKPD nggak?",
        "istilah.rkpd",
    ),
    (
        "pertanyaan saya soal Renstra, eh koreksi, Renja yang tahunan itu, Renja artinya apa?",
        "istilah.renja",
    ),
    (
        "dinas kami disuruh nyusun Renja, Renja itu kepanjangannya apa?",
        "istilah.renja",
    ),
    (
        "Renstra itu kayak peta jalan lima tahunan dinas ya? artinya apa sih?",
        "istilah.renstra",
    ),
    (
        "lho Renstra itu beda ya sama rencana pemda? Renstra itu sebenernya apa?",
        "istilah.renstra",
    ),
    (
        "pak camat nanya ke saya 'RPJMD itu apa to?', harus saya jawab gimana?",
        "istilah.rpjmd",
    ),
    (
        "wat's RPJP, sorry, i mean RPJMD, wat does it stand 4?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu apaan? anjir panjang amat singkatannya",
        "istilah.kuappas",
    ),
    (
        "bot, kamu bisa jelasin apa itu KUA-PPAS?",
        "istilah.kuappas",
    ),
    (
        "DPA, eh bukan, RKA maksud saya, itu dokumen apa?",
        "istilah.rka",
    ),
    (
        "Pemkab minta RKA dinas kami, RKA itu singkatan apa ya?",
        "istilah.rka",
    ),
    (
        "katanya kalau sudah masuk DPA ibarat tiket sudah di tangan, DPA itu apa sih?",
        "istilah.dpa",
    ),
    (
        "bendahara nanya 'DPA itu dokumen apa bu?', saya jawab gimana?",
        "istilah.dpa",
    ),
    (
        "SIPD itu nama sistem apa ya? fix aplikasi kemendagri kah? spill dong",
        "istilah.sipd",
    ),
    (
        "u know wat SIPD is? wat does it stand 4?",
        "istilah.sipd",
    ),
    (
        ("dulu namanya Bappeda, sekarang di Palangka jadi Bapperida, Bapperida itu singkatan apa?"),
        "istilah.bapperida",
    ),
    (
        "bukannya Bapperida sama Bappeda itu sama aja? Bapperida itu apa sih?",
        "istilah.bapperida",
    ),
    (
        "tiap surat dari Pemprov lempar bola ke 'OPD terkait', OPD itu maksudnya apa sih?",
        "istilah.opd",
    ),
    (
        "kamu punya penjelasan soal arti OPD?",
        "istilah.opd",
    ),
    (
        "bukankah SKPD itu istilah lama? SKPD itu singkatan apa sih?",
        "istilah.skpd",
    ),
    (
        "mahasiswa magang nanya ke saya 'SKPD itu apa bu?', enaknya dijawab gimana?",
        "istilah.skpd",
    ),
    (
        (
            "kran air umum di desa Tumbang Rungan dialiri dari jaringan pipa, katanya itu "
            "SPAM. SPAM itu apa?"
        ),
        "istilah.spam",
    ),
    (
        "SPAM itu apa? tadi sempat nulis SPALD, keliru, yang saya tanyain SPAM",
        "istilah.spam",
    ),
    (
        "septic tank komunal di gang belakang rumah warga disebut SPALD, SPALD itu apa sih?",
        "istilah.spald",
    ),
    (
        "mager nyari sendiri, SPALD itu kependekan dari apa? plis",
        "istilah.spald",
    ),
    (
        "orang PUPR nyebut IPAL komunal, IPAL itu apa ya?",
        "istilah.ipal",
    ),
    (
        "my kabid asked me 'wat is IPAL?' hw do i answer him?",
        "istilah.ipal",
    ),
    (
        (
            "tempat pilah sampah di ujung desa yang ada mesin pencacahnya, itu TPS3R ya? "
            "TPS3R artinya apa?"
        ),
        "istilah.tps3r",
    ),
    (
        "lho TPS3R itu beda sama TPS biasa? sebenernya TPS3R itu apa?",
        "istilah.tps3r",
    ),
    (
        (
            "bangunan toilet bareng plus tempat cuci di pinggir sungai Kahayan, di proposal "
            "disebut MCK, MCK itu kepanjangannya apa?"
        ),
        "istilah.mck",
    ),
    (
        "ibu-ibu PKK nanya 'MCK itu apa to pak?', saya jawab apa?",
        "istilah.mck",
    ),
    (
        "istilah RT RW... bukan, maksudnya RTRW yang tata ruang, bukan RT RW kampung. itu apa?",
        "istilah.rtrw",
    ),
    (
        "bukannya RTRW sama RDTR itu sama aja? bedanya apa sih dua istilah itu?",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "Pemkot bilang lokasi harus sesuai RDTR, RDTR itu singkatan apa?",
        "istilah.rdtr",
    ),
    (
        "di sini bisa tanya istilah tata ruang? RDTR itu apa?",
        "istilah.rdtr",
    ),
    (
        "PBG itu IMB ganti baju ya? PBG artinya apa sih?",
        "istilah.pbg",
    ),
    (
        (
            "warga mau bangun rumah panggung baru terus ditanya PBG-nya sama petugas, PBG itu "
            "apa ya?"
        ),
        "istilah.pbg",
    ),
    (
        "pemilik ruko nanya ke saya 'SLF itu apa pak?', saya harus bilang apa?",
        "istilah.slf",
    ),
    (
        "wat is SLF? u know?",
        "istilah.slf",
    ),
    (
        "mau tanya arti SKGB, eh salah ketik, SKBG maksudnya. itu apa?",
        "istilah.skbg",
    ),
    (
        "dinas kami dapat pertanyaan soal SKBG, itu istilah apa sih?",
        "istilah.skbg",
    ),
    (
        (
            "rumah panggung di pinggir sungai cuma punya surat dari desa, katanya itu SKT. "
            "SKT itu apa?"
        ),
        "istilah.skt",
    ),
    (
        "SKT itu ibarat KTP-nya tanah ya? sebenarnya SKT itu apa?",
        "istilah.skt",
    ),
    (
        (
            "clean and clear itu kunci utamanya lahan nggak bermasalah ya? sebenarnya istilah "
            "itu artinya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "emang clean and clear itu cuma soal sertifikat? istilah clean and clear "
            "sebenarnya maksudnya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "kamu tahu CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        (
            "perusahaan sawit dekat Danau Sembuluh bantu pasang lampu jalan pakai dana CSR, "
            "CSR itu maksudnya apa?"
        ),
        "istilah.csr",
    ),
    (
        "rakor tuh singkatan apa sih? rapat koordinasi kan? valid?",
        "istilah.rakor",
    ),
    (
        "bot bisa jelasin apa itu Rakor Bidang Kawasan Permukiman?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "orang Jakarta suka bilang 'lapor aja ke LAPOR!', LAPOR! itu apa sih?",
        "istilah.lapor",
    ),
    (
        "isnt LAPOR! just a complaint app? wat is it exactly?",
        "istilah.lapor",
    ),
    (
        "lho jam rapat ditulis WIB, emang kita bukan WITA? WIB itu singkatan apa?",
        "istilah.wib",
    ),
    (
        "backlog perumahan itu ibarat utang rumah ya? artinya apa sih?",
        "istilah.backlog",
    ),
    (
        "wartawan tanya ke saya 'backlog perumahan itu maksudnya apa bu?', saya jawab gimana?",
        "istilah.backlog",
    ),
    (
        "PKB, eh typo, PKP maksud saya, itu singkatan apa?",
        "istilah.pkp",
    ),
    (
        "wat does PKP stand 4 in housing context?",
        "istilah.pkp",
    ),
    (
        (
            "rumah papan rapat-rapat di pinggir sungai, becek, sampah numpuk di kolong, itu "
            "yang disebut kumuh? kumuh itu artinya apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "masa sih semua rumah jelek disebut kumuh? sebenarnya istilah kumuh itu maksudnya apa?",
        "istilah.kumuh",
    ),
    (
        "tiap tahun pintu masuk dananya lewat DAK katanya, DAK itu singkatan dari apa?",
        "istilah.dak",
    ),
    (
        "kades nanya 'DAK itu dana apa pak?', saya jawab gimana?",
        "istilah.dak",
    ),
    (
        (
            "gedung empat lantai tempat warga tinggal di Palangka yang orang sebut rusun, "
            "rusun itu kepanjangannya apa?"
        ),
        "istilah.rusun",
    ),
    (
        "wat is rusun? pls explain",
        "istilah.rusun",
    ),
]

TRAIN_R34_INTENTS: list[tuple[str, str]] = [
    (
        "usulan kami USL-2026-0014 udah sampai mana ya? masih verifikasi atau sudah dibahas?",
        "status",
    ),
    (
        "spill dong status usulan PSU dari Kotim, udah diterima atau auto ditolak?",
        "status",
    ),
    (
        "any update on our proposals? r they approved or still being checked? thx",
        "status",
    ),
    (
        "rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        (
            "eh rakor kemarin... bukan, yang berikutnya, jam berapa mulainya dan tempatnya di "
            "aula mana?"
        ),
        "meeting",
    ),
    (
        (
            "kamu tahu nggak jadwal rapat koordinasi yang akan datang? biar kami atur SPPD "
            "dari Puruk Cahu"
        ),
        "meeting",
    ),
    (
        "batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        (
            "sampai kapan usulan masih dibuka? jangan sampai kami ketinggalan kereta kayak "
            "tahun lalu"
        ),
        "deadline",
    ),
    (
        "wat's the deadline 4 proposals this yr? pls",
        "deadline",
    ),
    (
        "selamat pagi bapak ibu admin Disperkimtan",
        "greeting",
    ),
    (
        "makasih banyak infonya ya bot, sangat membantu",
        "greeting",
    ),
    (
        "halo, bisa bantu saya?",
        "greeting",
    ),
    (
        "gimana cara masukin usulan lewat bot ini? langkahnya dari mana?",
        "how_to_submit",
    ),
    (
        "pintu masuknya lewat mana kalau mau input usulan jalan lingkungan di sini?",
        "how_to_submit",
    ),
    (
        "hw 2 submit usulan via this bot pls",
        "how_to_submit",
    ),
]

TRAIN_R34_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 9,5 ha di Mendawai itu, eh koreksi, pas 10 ha, jadi siapa yang pegang?",
        "provinsi",
    ),
    (
        "lokasi kumuh di bantaran Kahayan luasnya 85.000 m2, Pemprov atau Pemkot yang tangani?",
        "kabkota",
    ),
    (
        "ada kawasan kumuh 150.000 m² di Baamang, ini masuk orang Jakarta ya?",
        "pusat",
    ),
    (
        "slum area 14.9 hectares in Sampit, who's responsible? prov or kab?",
        "provinsi",
    ),
    (
        "setengah hektar kumuh di gang belakang pasar, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "kamu bisa hitung nggak, kumuh 12 hektar di Kuala Kapuas masuk kewenangan mana?",
        "provinsi",
    ),
    (
        ("kades tanya ke saya 'pak, kampung kami kumuh 20 ha, siapa yang benahi?' saya jawab apa?"),
        "pusat",
    ),
    (
        "kumuh 15 hektare pas ini jangan jadi bola panas, dilempar ke prov atau pusat?",
        "pusat",
    ),
    (
        "lho kok kumuh 7 ha nggak bisa ke provinsi? bukannya semua kumuh urusan prov?",
        "kabkota",
    ),
    (
        (
            "rumah panggung semua di tepi sungai, delineasi kumuhnya 100.000 meter persegi, "
            "itu siapa yang tangani?"
        ),
        "provinsi",
    ),
    (
        "bestie kumuh 9,99 ha tuh masih kabupaten kan? valid no debat?",
        "kabkota",
    ),
    (
        "kawasan kumuh 16,25 hektar di Pahandut, kewenangan siapa?",
        "pusat",
    ),
]

TRAIN_R34_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan tahun 2026 buat PSU jalan lingkungan?",
    "siapa pemenang tender peningkatan kawasan kumuh di Katingan tahun ini?",
    "nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "berapa jumlah RTLH di Kabupaten Seruyan tahun 2025?",
    "suku bunga KPR subsidi FLPP sekarang berapa persen?",
    "harga semen per sak di Muara Teweh sekarang berapa?",
    "besok di Palangka hujan nggak? mau berangkat pagi",
    "gimana cara ngajuin cuti tahunan ASN lewat aplikasi BKN?",
    "aturan pembagian dana BOS sekolah gimana sih?",
    "jadwal imunisasi di puskesmas Kasongan kapan ya?",
    "uang harian SPPD ke Palangka Raya berapa per hari?",
    "gaji PPPK paruh waktu bulan ini kapan cair?",
    "berita terbaru soal pilkada Kalteng apa?",
    "how much is a flight from Sampit to Jakarta nxt week?",
    "rekomendasi warung makan enak dekat Jl. D.I. Panjaitan dong",
]
