"""Training table R14 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 37's styles, written by another hand for the second half of the topic list:
WhatsApp-group habits (@mentions, hashtags, "FYI", forwarded headers), people outside the
agency asking, requests to simplify, "alay" texting spelling, the Islamic-polite register,
messages to the bot as to a social-media account, template-shaped messages, rhetorical and
double-negative phrasing. Its slum-area questions are computed by rule, not learned; they are
measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R14_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "@admin prov izin tanya, huntara itu singkatan dari apa ya? di grup desa pada "
            "nyebut huntara habis banjir kemarin #info"
        ),
        "istilah.huntara",
    ),
    (
        "huntara tu hunian sementara kah? bedanya sm rumah biasa ap, plisss jelasin",
        "istilah.huntara",
    ),
    (
        "min, bedanya huntara sama huntap apa sih? suka ketuker",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        (
            "Selamat siang, saya wartawan media lokal di Kuala Kapuas. Di siaran pers pemda "
            "ada istilah huntap untuk korban banjir. Huntap itu maksudnya hunian tetap, atau "
            "apa?"
        ),
        "istilah.huntap",
    ),
    (
        "bukankah huntap itu hunian tetap sesudah bencana, bukan tenda di pengungsian?",
        "istilah.huntap",
    ),
    (
        (
            "Pertanyaan: di kolom penerima manfaat ada isian KK. KK di situ artinya kartu "
            "keluarga atau kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        "KK di form usulan itu maksudnya apa, satu kalimat aja",
        "istilah.kk",
    ),
    (
        (
            "Assalamualaikum, afwan mau tanya, satuan jiwa di data penerima manfaat itu "
            "menghitung orang per orang ya? jazakallah khair"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "In the beneficiary section there is a count in 'jiwa'. What does jiwa mean here, "
            "individual people?"
        ),
        "istilah.jiwa",
    ),
    (
        "ha tu singkatan hektar y? 1 ha brp m2 sih, lupa4 trs",
        "istilah.ha",
    ),
    (
        (
            "Mohon maaf, saya mahasiswa PWK yang sedang menyusun skripsi. Satuan 'ha' di SK "
            "kumuh itu hektare kan, dan setara berapa meter persegi?"
        ),
        "istilah.ha",
    ),
    (
        "min, DED itu apaan ya? disuruh lampirin DED sama kabid tp sy gk ngerti",
        "istilah.ded",
    ),
    (
        "Dear admin, kindly inform what DED stands for in the proposal documents.",
        "istilah.ded",
    ),
    (
        'fwd: "mohon lampirkan RAB" -- rekan2 RAB itu kepanjangannya apa ya, mohon pencerahan',
        "istilah.rab",
    ),
    (
        "RAB itu apa sih? versi awam dong, sy bukan orang teknik",
        "istilah.rab",
    ),
    (
        (
            "Perihal: istilah RKS\nMohon info terkait: RKS itu singkatan dari apa dan isinya "
            "tentang apa?"
        ),
        "istilah.rks",
    ),
    (
        "RKS itu bukannya rencana kerja dan syarat-syarat? atau saya yang salah ingat ya",
        "istilah.rks",
    ),
    (
        (
            "Saya dari CV konsultan perencana, biasanya dinas kasih KAK atau TOR sebelum "
            "pekerjaan. KAK di sini sama dengan kerangka acuan kerja kan?"
        ),
        "istilah.kak",
    ),
    (
        "KAK tu ap y? kak = kakak ato singkatan? wkwk serius nanya",
        "istilah.kak",
    ),
    (
        (
            "Assalamualaikum warahmatullah, mohon pencerahannya, site plan itu sama dengan "
            "rencana tapak ya? barakallah"
        ),
        "istilah.siteplan",
    ),
    (
        "site plan itu gambar apa? jelaskan pakai bahasa sederhana ya",
        "istilah.siteplan",
    ),
    (
        "halo bot, RC itu singkatan apa? bukan remote control kan 😅",
        "istilah.rc",
    ),
    (
        (
            "cc @Bu Rina, tadi di rapat disebut RC harus lengkap. RC = readiness criteria "
            "kah? #usulan2027"
        ),
        "istilah.rc",
    ),
    (
        "Nama: Hendra\nKab: Barito Utara\nPertanyaan: BAST itu kepanjangannya apa?",
        "istilah.bast",
    ),
    (
        (
            "Quick question from a thesis student: what is a BAST in Indonesian local "
            "government documents?"
        ),
        "istilah.bast",
    ),
    (
        "apa iya hibah itu cuma berupa uang? bukannya barang atau aset juga bisa dihibahkan?",
        "istilah.hibah",
    ),
    (
        (
            "Kami dari LSM pemerhati anggaran, sering membaca kata hibah di dokumen perkim. "
            "Pengertian hibah dalam konteks ini apa ya?"
        ),
        "istilah.hibah",
    ),
    (
        "BMD tu ap? barang milik d4erah kah?",
        "istilah.bmd",
    ),
    (
        "intinya BMD itu apa, singkat padat",
        "istilah.bmd",
    ),
    (
        "@admin prov BMN itu barang milik negara ya? kemarin aset dari balai disebut BMN",
        "istilah.bmn",
    ),
    (
        "What's the difference between BMD and BMN? Both show up in our asset records.",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "kak admin, O&P itu apa ya? ada tulisan O&P di surat pernyataan",
        "istilah.op",
    ),
    (
        "Afwan, O&P itu singkatan dari operasi dan pemeliharaan kah? mohon pencerahannya",
        "istilah.op",
    ),
    (
        "Tanya: SPM itu kepanjangannya apa?",
        "istilah.spm",
    ),
    (
        (
            "Saya staf anggota DPRD Provinsi. Pimpinan saya menanyakan arti SPM di bidang "
            "perumahan, bisa dijelaskan singkat?"
        ),
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Pokja PKP itu bukankah kelompok kerja perumahan dan kawasan permukiman?",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PKP itu apa, jelasin kayak ke orang awam",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Diteruskan: undangan rapat Pokja PPAS kabupaten. Rekan2, PPAS kepanjangannya apa ya?",
        "istilah.pokjappas",
    ),
    (
        "pokja ppas tuh ap? prmhan prmukiman air minum sanitasi kah",
        "istilah.pokjappas",
    ),
    (
        (
            "Saya pendamping desa di Kecamatan Teweh Timur. Saya sering diundang rapat Pokja "
            "AMPL, AMPL itu singkatan apa ya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Assalamualaikum, AMPL pada Pokja AMPL itu air minum dan penyehatan lingkungan "
            "kan? jazakallah"
        ),
        "istilah.pokjaampl",
    ),
    (
        "Mohon info terkait: RP3KP (kepanjangan dan jangka waktunya)",
        "istilah.rp3kp",
    ),
    (
        "Kindly explain what RP3KP is. Is it a 20-year housing plan?",
        "istilah.rp3kp",
    ),
    (
        "mimin, RP2KPKP itu dokumen apa? panjang bgt singkatannya",
        "istilah.rp2kpkp",
    ),
    (
        "RP2KPKP bukannya sama aja dengan RP3KP? masa sih beda?",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        (
            "Saya jurnalis. Program KOTAKU yang dulu ada di kelurahan-kelurahan itu singkatan "
            "dari apa dan program siapa?"
        ),
        "istilah.kotaku",
    ),
    (
        "KOTAKU tu kota tanpa kumuhhh kan? msh jalan gk programnya",
        "istilah.kotaku",
    ),
    (
        "FYI rekan2 ada info DAK Tematik PPKT. @admin prov PPKT itu singkatan apa ya?",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT itu apa? intinya aja",
        "istilah.daktematikppkt",
    ),
    (
        "Afwan, APBN itu anggaran pemerintah pusat ya? mohon pencerahannya",
        "istilah.apbn",
    ),
    (
        "Tanya singkat -- APBN itu kepanjangannya apa?",
        "istilah.apbn",
    ),
    (
        "apa iya APBD itu ada APBD provinsi dan APBD kabupaten? bukannya cuma satu?",
        "istilah.apbd",
    ),
    (
        "guys what's APBD again? need it for my report lol",
        "istilah.apbd",
    ),
    (
        (
            "Saya pendamping desa di Desa Tumbang Baringei. APBDes yang sering disebut di "
            "rapat dinas itu sebenarnya apa?"
        ),
        "istilah.apbdes",
    ),
    (
        "apbdes = anggaran pendapatan belanja desa y? s7 gk?",
        "istilah.apbdes",
    ),
    (
        "min mau nanya dong, Bankeu itu apa?",
        "istilah.bankeu",
    ),
    (
        "@Pak Yudi bankeu itu bantuan keuangan provinsi ke kabupaten ya? cc admin",
        "istilah.bankeu",
    ),
    (
        (
            "Saya staf anggota DPRD Kabupaten Kapuas. Istilah pokir yang dipakai dinas itu "
            "maksudnya pokok-pokok pikiran dewan?"
        ),
        "istilah.pokir",
    ),
    (
        "pokir itu apa, jelasin satu kalimat",
        "istilah.pokir",
    ),
    (
        (
            "Assalamualaikum, mohon pencerahan, Musrenbang itu kepanjangannya apa dan "
            "berjenjang dari mana saja?"
        ),
        "istilah.musrenbang",
    ),
    (
        "What is Musrenbang? I keep seeing it in the planning documents for my research.",
        "istilah.musrenbang",
    ),
    (
        "Perihal: singkatan\nRKPD itu apa ya?",
        "istilah.rkpd",
    ),
    (
        "RKPD itu rencana tahunan kan? tidak mungkin lima tahunan kan?",
        "istilah.rkpd",
    ),
    (
        "renja tuh ap sih? rencana kerja dinas kah",
        "istilah.renja",
    ),
    (
        "up.. masih nunggu jawaban, Renja itu dokumen apa ya rekan2?",
        "istilah.renja",
    ),
    (
        "halo kak admin, Renstra itu rencana strategis 5 tahunan ya?",
        "istilah.renstra",
    ),
    (
        (
            "Untuk skripsi saya perlu definisi Renstra dalam perencanaan daerah. Renstra itu "
            "dokumen apa dan siapa yang menyusunnya?"
        ),
        "istilah.renstra",
    ),
    (
        "RPJMD itu apa, versi awam",
        "istilah.rpjmd",
    ),
    (
        "Barakallah fiikum, sedikit tanya: RPJMD kepanjangannya apa ya?",
        "istilah.rpjmd",
    ),
    (
        "Tanya: KUA-PPAS itu apa, dan posisinya sebelum RAPBD kah?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS bukannya sama dengan Pokja PPAS? kok sama2 PPAS",
        ("istilah.kuappas", "istilah.pokjappas"),
    ),
    (
        "#info RKA itu rencana kerja dan anggaran ya? @admin prov",
        "istilah.rka",
    ),
    (
        "What is the difference between RKA and DPA in the regional budget?",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA tuh dokumen pelaksanaan anggaran kah? plisss",
        "istilah.dpa",
    ),
    (
        "DPA apa sih, singkat aja",
        "istilah.dpa",
    ),
    (
        "mimin, SIPD itu aplikasi apa ya?",
        "istilah.sipd",
    ),
    (
        (
            "Saya peneliti di LSM transparansi anggaran. SIPD yang disebut dinas itu sistem "
            "apa dan milik siapa?"
        ),
        "istilah.sipd",
    ),
    (
        "Assalamualaikum, Bapperida itu sama dengan Bappeda ya? afwan baru dengar",
        "istilah.bapperida",
    ),
    (
        "Dear admin, what does Bapperida stand for?",
        "istilah.bapperida",
    ),
    (
        "Pertanyaan singkat: OPD itu apa?",
        "istilah.opd",
    ),
    (
        "OPD tu organisasi prngkat d4erah y",
        "istilah.opd",
    ),
    (
        "SKPD itu bukannya sama saja dengan OPD?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        'Diteruskan dari grup kab: "SKPD pengusul wajib tanda tangan". SKPD itu apa ya rekan2?',
        "istilah.skpd",
    ),
    (
        "halo bot, SPAM di dokumen perkim itu bukan spam email kan? artinya apa",
        "istilah.spam",
    ),
    (
        (
            "Saya mahasiswa teknik lingkungan. Di bidang permukiman, SPAM itu singkatan "
            "Sistem Penyediaan Air Minum ya?"
        ),
        "istilah.spam",
    ),
    (
        "SPALD itu apa, bahasa sederhana aja",
        "istilah.spald",
    ),
    (
        (
            "Afwan Pak, SPALD itu sistem pengelolaan air limbah domestik ya? insyaAllah mau "
            "saya masukkan di laporan"
        ),
        "istilah.spald",
    ),
    (
        "IPAL tu ap? instalasi pengolahan air limbahhh?",
        "istilah.ipal",
    ),
    (
        "bukankah IPAL itu bagian dari SPALD? apa bedanya keduanya?",
        ("istilah.ipal", "istilah.spald"),
    ),
    (
        "@admin prov TPS3R itu apa? 3R nya reduce reuse recycle kah",
        "istilah.tps3r",
    ),
    (
        "What does TPS3R mean? Is it some kind of waste site?",
        "istilah.tps3r",
    ),
    (
        "min MCK itu mandi cuci kakus kan?",
        "istilah.mck",
    ),
    (
        (
            "Saya pendamping desa di Desa Mintin, warga minta dibangunkan MCK komunal. MCK "
            "itu sebenarnya fasilitas apa?"
        ),
        "istilah.mck",
    ),
    (
        "Perihal: RTRW\nMohon dijelaskan RTRW itu apa (bukan RT/RW kampung ya)",
        "istilah.rtrw",
    ),
    (
        "RTRW itu apa? satu kalimat",
        "istilah.rtrw",
    ),
    (
        "apa iya RDTR itu lebih rinci dari RTRW?",
        ("istilah.rdtr", "istilah.rtrw"),
    ),
    (
        "rdtr kpnjangannya ap y",
        "istilah.rdtr",
    ),
    (
        "Saya kontraktor bangunan. PBG yang sekarang menggantikan IMB itu singkatan apa?",
        "istilah.pbg",
    ),
    (
        "Assalamualaikum, PBG itu persetujuan bangunan gedung ya? mohon pencerahan",
        "istilah.pbg",
    ),
    (
        "kak admin, SLF itu sertifikat apa?",
        "istilah.slf",
    ),
    (
        "Kindly inform: what does SLF stand for?",
        "istilah.slf",
    ),
    (
        "cc @Bu Wati, SKBG itu sertifikat kepemilikan bangunan gedung kah?",
        "istilah.skbg",
    ),
    (
        "SKBG itu apa sih? jelasin singkat padat",
        "istilah.skbg",
    ),
    (
        "SKT tu surat ket tanah y? yg ngluarin d4ri desa kah?",
        "istilah.skt",
    ),
    (
        "Nama: Yanti\nKab: Katingan\nTanya: SKT itu surat apa ya?",
        "istilah.skt",
    ),
    (
        (
            "masa sih clean and clear cuma soal sertifikat? bukannya juga harus sesuai RTRW "
            "dan tidak sengketa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "Untuk penelitian saya, apa definisi lahan clean and clear dalam usulan "
            "infrastruktur permukiman?"
        ),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "mimin, CSR itu apa? katanya bisa jadi sumber dana",
        "istilah.csr",
    ),
    (
        "Afwan, CSR itu dana tanggung jawab sosial perusahaan ya? jazakallah khair",
        "istilah.csr",
    ),
    (
        "#info rekan2, Rakor itu singkatan rapat koordinasi ya? @admin prov",
        "istilah.rakor",
    ),
    (
        "Journalist here - what exactly is the 'Rakor' your office holds with the regencies?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Kami dari LSM pengawasan pelayanan publik. LAPOR! yang dirujuk bot ini sistem apa ya?",
        "istilah.lapor",
    ),
    (
        "LAPOR! itu apa? versi awam aja",
        "istilah.lapor",
    ),
    (
        "jam d bot tu WIB y? WIB tu utc+7 kan",
        "istilah.wib",
    ),
    (
        "bukankah Kalteng itu WITA? kok jadwalnya pakai WIB?",
        "istilah.wib",
    ),
    (
        "Mohon info terkait: pengertian backlog perumahan",
        "istilah.backlog",
    ),
    (
        (
            "Can you explain what 'housing backlog' means? The numbers I found don't match "
            "each other."
        ),
        "istilah.backlog",
    ),
    (
        "halo bot, PKP itu singkatan apa? bukan pengusaha kena pajak kan",
        "istilah.pkp",
    ),
    (
        "PKP itu apa, intinya aja",
        "istilah.pkp",
    ),
    (
        (
            "Assalamualaikum, mohon pencerahan, istilah kumuh itu maksudnya apa ya menurut "
            "aturan perkim?"
        ),
        "istilah.kumuh",
    ),
    (
        "kumuh tu sbnrnya ap sih definisinya? jgn2 cm rumah jelek doang",
        "istilah.kumuh",
    ),
    (
        "FYI ada surat minat DAK masuk. @admin prov DAK itu dana alokasi khusus kan?",
        "istilah.dak",
    ),
    (
        "DAK itu bukannya dana dari pusat? tidak mungkin kan dari APBD?",
        "istilah.dak",
    ),
    (
        "Saya wartawan. Apa yang dimaksud rusun, dan apa bedanya dengan rusunawa?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "rusun = rumah susun? sm aja kah kyk apartemen",
        "istilah.rusun",
    ),
]

TRAIN_R14_INTENTS: list[tuple[str, str]] = [
    (
        (
            "@admin prov usulan jaling kami di Kec. Kumai sudah sampai mana ya? belum ada "
            "kabar sejak bulan lalu"
        ),
        "status",
    ),
    (
        (
            "Assalamualaikum, afwan, usulan kami USL-2026-0007 sudah diverifikasi atau masih "
            "diajukan?"
        ),
        "status",
    ),
    (
        (
            "Dear admin, could you tell me whether our drainage proposals from Barito Timur "
            "were accepted or rejected?"
        ),
        "status",
    ),
    (
        "min, Rakor tahun ini kapan & di mana? biar bisa atur SPPD",
        "meeting",
    ),
    (
        "Pertanyaan: rapat koordinasi berikutnya tanggal berapa dan mulai jam berapa?",
        "meeting",
    ),
    (
        "rakor nnt jd d4dakan d aula disperkimtan gk? tgl brp",
        "meeting",
    ),
    (
        "Mohon info terkait batas akhir pengiriman usulan untuk TA 2027",
        "deadline",
    ),
    (
        "usulan paling lambat masuk kapan ya rekan2? takut telat #usulan2027",
        "deadline",
    ),
    (
        "bukankah usulan masih bisa dikirim sampai akhir bulan? kapan sebenarnya ditutup?",
        "deadline",
    ),
    (
        "Assalamualaikum warahmatullah wabarakatuh, selamat pagi min",
        "greeting",
    ),
    (
        "makasih banyak bot, sangat membantu 🙏",
        "greeting",
    ),
    (
        "halo, tolong bantu saya dong",
        "greeting",
    ),
    (
        "min, cara input usulan lewat bot ini gimana ya?",
        "how_to_submit",
    ),
    (
        (
            "Nama: Rudi\nKab: Seruyan\nPertanyaan: bagaimana langkah mengirim usulan PSU lewat "
            "Sinkron?"
        ),
        "how_to_submit",
    ),
    (
        "How do I submit a proposal through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R14_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 7,5 ha di Kel. Mendawai, kewenangan siapa ya?",
        "kabkota",
    ),
    (
        "luasan delineasinya 85.000 m2, itu ditangani kab atau prov?",
        "kabkota",
    ),
    (
        (
            "@admin prov kawasan kumuh 9,99 hektare di Desa Batanjung, siapa yang berwenang "
            "menangani?"
        ),
        "kabkota",
    ),
    (
        "Who is responsible for a slum area of 4 hectares?",
        "kabkota",
    ),
    (
        (
            "Assalamualaikum, afwan, kumuh seluas 10 ha pas masuk kewenangan provinsi atau "
            "kabupaten?"
        ),
        "provinsi",
    ),
    (
        "min, delineasi kumuhnya 125.000 meter persegi, itu urusan siapa?",
        "provinsi",
    ),
    (
        "kumuh 14,8 hektar d kec Kapuas Hilir kwngan s4pa?",
        "provinsi",
    ),
    (
        "bukankah kumuh 110.000 m² itu masih urusan kabupaten? atau sudah provinsi?",
        "provinsi",
    ),
    (
        "Kawasan kumuh tepat 15 ha, apakah masih kewenangan provinsi?",
        "pusat",
    ),
    (
        (
            "Perihal: kumuh Kel. Baamang Hulu\nLuas: 23 hektare\nPertanyaan: penanganannya "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        "A slum area of 18.5 hectares in Sampit - is that the province's responsibility?",
        "pusat",
    ),
    (
        "kumuh 160.000 m2 intinya siapa yang tangani? satu kalimat aja",
        "pusat",
    ),
]

TRAIN_R14_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng tahun 2027?",
    "min, nomor WA kabid kawasan permukiman berapa ya?",
    "Harga satuan paving block per m2 di Sampit sekarang berapa?",
    "Siapa pemenang tender jalan lingkungan di Kuala Pembuang tahun ini?",
    "besok di Palangka Raya hujan gk ya? mau berangkat rakor pagi2",
    "Kindly inform the salary scale for honorary staff at the agency.",
    "Syarat KPR subsidi FLPP untuk ASN apa saja ya?",
    "Berapa jumlah RTLH yang sudah dibedah di Kabupaten Lamandau tahun 2025?",
    "Luas kumuh khusus Kelurahan Baamang Hulu menurut SK Bupati Kotim berapa ya?",
    "Cara mengurus balik nama sertifikat tanah di BPN gimana?",
    "Ada info lowongan PPPK di Disperkimtan tahun ini?",
    "Assalamualaikum, afwan, apakah makan siang peserta Rakor nanti disediakan panitia?",
    "Berapa tarif retribusi sampah rumah tangga di Palangka Raya per bulan?",
    "How many people attended last year's Rakor?",
    "tolong buatkan surat izin sakit buat atasan saya dong min",
]
