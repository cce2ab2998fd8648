"""Training table R28 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 40's styles, written by another hand for the second half of the topic list after round 40
was measured: regency nicknames and local abbreviations with dates and numbers, typing as to
a command line or search box, two questions in one message with one outside the domain docs,
proofreading a sentence of a draft, chains of conditions, a misremembered name for the right
thing, complaining about an earlier answer and asking again, long unpunctuated lines; a
regency officer's English that keeps Indonesian terms. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R28_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Kobar kemarin banjir Kotawaringin Lama, di laporan BPBD tgl 14/2 tertulis 'butuh "
            "huntara 35 unit', huntara itu singkatan apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "tadi rapat sama camat ada yg bilang hunsem, eh maksud saya huntara, itu "
            "sebenarnya hunian apa sih"
        ),
        "istilah.huntara",
    ),
    (
        "/huntap artinya",
        "istilah.huntap",
    ),
    (
        (
            "di draf laporan saya tulis 'huntap = hunian tanggap darurat', sudah benar belum "
            "singkatannya?"
        ),
        "istilah.huntap",
    ),
    (
        "kalau di form ditulis 120 KK, KK itu maksudnya kartu keluarga atau kepala keluarga?",
        "istilah.kk",
    ),
    (
        (
            "kemarin teman bilang KK di usulan itu jumlah kartu keluarga, di grup lain "
            "katanya beda, jadi KK itu sebenarnya apa"
        ),
        "istilah.kk",
    ),
    (
        (
            "Barut usulan jaling Teweh Tengah TA 2027 ada isian 'jumlah jiwa', jiwa di situ "
            "maksudnya apa ya"
        ),
        "istilah.jiwa",
    ),
    (
        "bot tolong jawab: satuan jiwa dalam data penerima manfaat itu artinya apa?",
        "istilah.jiwa",
    ),
    (
        "In the form the luas kawasan is in ha, ha that is what unit exactly?",
        "istilah.ha",
    ),
    (
        (
            "saya ketik luasnya 2,5 tapi di formnya minta satuan ha ini singkatan dari apa ya "
            "maaf orang baru"
        ),
        "istilah.ha",
    ),
    (
        "/ded itu apa",
        "istilah.ded",
    ),
    (
        (
            "sekalian tanya, DED itu kepanjangannya apa? terus konsultan DED yang biasa "
            "dipakai Pemkab Kotim siapa namanya?"
        ),
        "istilah.ded",
    ),
    (
        (
            "saya tulis di nota dinas 'RAB (Rencana Anggaran Belanja) terlampir', betul gak "
            "kepanjangannya?"
        ),
        "istilah.rab",
    ),
    (
        (
            "kalau dokumen kesiapan minta RAB padahal kami cuma punya taksiran kasar dari PPK "
            "terus belum dihitung konsultan sebenarnya RAB itu dokumen apa"
        ),
        "istilah.rab",
    ),
    (
        "RKS itu singkatan apa ya? rencana kerja ... syarat? lupa saya",
        "istilah.rks",
    ),
    (
        (
            "Gumas minggu ke-2 Maret mau kirim berkas, di checklist ada RKS, itu dokumen apa "
            "maksudnya"
        ),
        "istilah.rks",
    ),
    (
        (
            "kemarin dijawab KAK itu kerangka anggaran kegiatan, tapi kata kasubag KAK itu "
            "lain, yang bener kepanjangannya apa"
        ),
        "istilah.kak",
    ),
    (
        "What is KAK? Same with TOR or not?",
        "istilah.kak",
    ),
    (
        "/siteplan maksudnya apa",
        "istilah.siteplan",
    ),
    (
        (
            "kalau lokasinya cuma satu ruas jalan terus sudah ada gambar DED tapi belum ada "
            "denah kawasan, site plan itu sebenarnya gambar apa sih"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "di slide Balai ada tulisan 'RC terpenuhi', RC itu singkatan apa ya, bukan "
            "reinforced concrete kan"
        ),
        "istilah.rc",
    ),
    (
        (
            "saya tulis di telaahan staf 'RC (Rencana Kegiatan) sudah lengkap', sudah tepat "
            "belum istilahnya?"
        ),
        "istilah.rc",
    ),
    (
        "BAST itu apa ya? sekalian nomor WA bagian aset provinsi ada gak",
        "istilah.bast",
    ),
    (
        (
            "Pulpis per 31/12 katanya harus ada BAST aset jalan lingkungan, BAST itu "
            "singkatan dari apa"
        ),
        "istilah.bast",
    ),
    (
        "pengertian hibah dalam konteks aset PSU itu apa ya",
        "istilah.hibah",
    ),
    (
        (
            "grup sebelah bilang hibah itu cuma uang bantuan sosial, padahal di sini dipakai "
            "untuk aset, jadi hibah itu artinya apa sebenarnya"
        ),
        "istilah.hibah",
    ),
    (
        "/bmd",
        "istilah.bmd",
    ),
    (
        (
            "saya tulis di laporan aset 'jalan tersebut tercatat sebagai BMD (Barang Milik "
            "Desa)', bener gak sih?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "kalau asetnya dibangun Balai pakai APBN terus ada di lahan Pemkab Katingan terus "
            "belum diserahkan, BMN itu maksudnya apa ya"
        ),
        "istilah.bmn",
    ),
    (
        "BMN stands for what? The aset from pusat in Lamandau they call it BMN",
        "istilah.bmn",
    ),
    (
        "surat pernyataan sanggup O&P, O&P itu singkatan dari apa?",
        "istilah.op",
    ),
    (
        (
            "kemarin bot jawab OP itu operasi pasar, kan bukan itu maksud saya, OP di surat "
            "pernyataan hibah itu apa"
        ),
        "istilah.op",
    ),
    (
        "SPM bidang perumahan itu apa artinya? bukan surat perintah membayar kan",
        "istilah.spm",
    ),
    (
        "ketik apa ya kalau mau nanya arti SPM perumahan",
        "istilah.spm",
    ),
    (
        "Kapuas tw II mau bentuk Pokja PKP lagi, Pokja PKP itu sebenarnya kelompok apa",
        "istilah.pokjapkp",
    ),
    (
        (
            "di undangan tertulis 'rapat kelompok kerja perumahan', itu maksudnya Pokja PKP "
            "ya? Pokja PKP itu apa"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS itu singkatan apa? terus ketuanya di Kalteng sekarang siapa namanya",
        "istilah.pokjappas",
    ),
    (
        (
            "saya tulis di SK 'Pokja PPAS (Perumahan, Permukiman, Air dan Sampah)', betul gak "
            "kepanjangannya"
        ),
        "istilah.pokjappas",
    ),
    (
        "/ampl pokja artinya apa",
        "istilah.pokjaampl",
    ),
    (
        (
            "dulu ada Pokja AMPL sekarang sering disebut PPAS terus ada juga PKP jadi bingung "
            "yang AMPL itu kepanjangannya apa"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu dokumen apa ya?",
        "istilah.rp3kp",
    ),
    (
        (
            "kata narasumber bimtek RP3KP itu rencana 5 tahun penanganan kumuh, bener gak? "
            "sebenarnya RP3KP itu apa"
        ),
        "istilah.rp3kp",
    ),
    (
        "What is RP2KPKP, the long one, the kepanjangan?",
        "istilah.rp2kpkp",
    ),
    (
        ("Barsel lagi susun dokumen RP2KP eh RP2KPKP TA 2026, singkatan itu artinya apa persisnya"),
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu program apa ya? dulu di Palangka Raya sering dengar",
        "istilah.kotaku",
    ),
    (
        (
            "kalau di kelurahan dulu ada BKM terus dapat BPM terus ada fasilitator, program "
            "KOTAKU itu maksudnya apa"
        ),
        "istilah.kotaku",
    ),
    (
        "/dak ppkt artinya",
        "istilah.daktematikppkt",
    ),
    (
        (
            "saya tulis di paparan 'DAK Tematik PPKT (Penanganan Permukiman Kumuh Terpadu)', "
            "sudah benar belum?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "APBN itu kepanjangannya apa ya, sekalian harga aspal per ton di Muara Teweh "
            "sekarang berapa"
        ),
        "istilah.apbn",
    ),
    (
        "pengertian APBN apa",
        "istilah.apbn",
    ),
    (
        "APBD itu singkatan dari apa? anggaran pendapatan dan belanja daerah kan?",
        "istilah.apbd",
    ),
    (
        (
            "kalau dibilang sumber dananya APBD, itu APBD provinsi atau kabupaten atau "
            "dua-duanya, APBD itu sebenarnya apa"
        ),
        "istilah.apbd",
    ),
    (
        "Seruyan desa Sembuluh mau ikut danai pakai APBDes 2027, APBDes itu apa ya persisnya",
        "istilah.apbdes",
    ),
    (
        (
            "kemarin dibilang APBDes itu sama dengan dana desa, di grup lain katanya beda, "
            "APBDes itu sebenarnya apa"
        ),
        "istilah.apbdes",
    ),
    (
        "menu istilah bankeu",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu maksudnya bantuan keuangan dari siapa ke siapa ya? sama BKK itu sama?",
        "istilah.bankeu",
    ),
    (
        (
            "saya tulis di laporan 'usulan ini berasal dari Pokir (Pokok Kebijakan Rakyat)', "
            "bener gak?"
        ),
        "istilah.pokir",
    ),
    (
        "Pokir is what? Pokir from DPRD they say",
        "istilah.pokir",
    ),
    (
        (
            "kalau di desa ada musdes terus naik ke kecamatan terus kabupaten terus provinsi, "
            "Musrenbang itu singkatan dari apa"
        ),
        "istilah.musrenbang",
    ),
    (
        "/musrenbang artinya",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu dokumen apa? sekalian kapan Kalteng umumkan CPNS tahun ini",
        "istilah.rkpd",
    ),
    (
        (
            "kemarin dijawab RKPD rencana kerja perangkat daerah, padahal itu kan Renja ya, "
            "jadi RKPD itu sebenarnya apa"
        ),
        "istilah.rkpd",
    ),
    (
        ("Mura tw I kami susun Renja Dinas Perkim 2027, Renja itu kepanjangannya apa ya persisnya"),
        "istilah.renja",
    ),
    (
        "apa bedanya istilah Renja dengan RKPD, Renja itu sendiri artinya apa",
        "istilah.renja",
    ),
    (
        "Renstra artinya?",
        "istilah.renstra",
    ),
    (
        ("saya tulis di paparan 'Renstra = rencana strategis daerah 20 tahun', sudah benar belum?"),
        "istilah.renstra",
    ),
    (
        "RPJMD 2025-2029 itu singkatan apa",
        "istilah.rpjmd",
    ),
    (
        (
            "di kantor ada yang nyebut RPJM daerah ada yang RPJMD ada yang renstra daerah itu "
            "sama gak sih sebenarnya RPJMD itu apa"
        ),
        "istilah.rpjmd",
    ),
    (
        "/kuappas",
        "istilah.kuappas",
    ),
    (
        (
            "KUA-PPAS itu kepanjangannya apa ya, sekalian tanggal sidang paripurna DPRD Kotim "
            "bulan ini"
        ),
        "istilah.kuappas",
    ),
    (
        "RKA itu apa?",
        "istilah.rka",
    ),
    (
        (
            "kalau usulan sudah masuk RKPD terus sudah KUA-PPAS tapi belum DPA, RKA yang "
            "disusun dinas itu dokumen apa ya"
        ),
        "istilah.rka",
    ),
    (
        "DPA singkatan dari apa ya",
        "istilah.dpa",
    ),
    (
        "In Bartim the kegiatan already in DPA they say, DPA meaning what?",
        "istilah.dpa",
    ),
    (
        "SIPD itu singkatan apa ya? aplikasinya Kemendagri kan",
        "istilah.sipd",
    ),
    (
        (
            "kemarin operator bilang SIPD itu sistem informasi perencanaan daerah, katanya "
            "bukan, jadi SIPD kepanjangannya apa"
        ),
        "istilah.sipd",
    ),
    (
        "Bapperida itu apa ya? dulunya Bappeda kan",
        "istilah.bapperida",
    ),
    (
        "bot tolong jawab: Bapperida singkatan dari apa",
        "istilah.bapperida",
    ),
    (
        "di surat usulan ada kolom OPD pengusul OPD itu maksudnya apa",
        "istilah.opd",
    ),
    (
        (
            "saya tulis di laporan 'OPD (Organisasi Pemerintah Desa)', sudah benar belum "
            "kepanjangannya?"
        ),
        "istilah.opd",
    ),
    (
        "/skpd apa",
        "istilah.skpd",
    ),
    (
        "SKPD itu sama dengan OPD gak? SKPD kepanjangannya apa",
        "istilah.skpd",
    ),
    (
        "SPAM itu apa ya di bidang air minum, bukan email spam kan",
        "istilah.spam",
    ),
    (
        (
            "Katingan mau usul perpipaan di Kasongan TA 2027, katanya masuknya SPAM, SPAM itu "
            "singkatan apa"
        ),
        "istilah.spam",
    ),
    (
        "SPALD itu apa? sekalian berapa harga septic tank biofil di Palangka",
        "istilah.spald",
    ),
    (
        (
            "kemarin dijawab SPALD itu saluran drainase, tapi kata orang Cipta Karya beda, "
            "SPALD itu sebenarnya apa"
        ),
        "istilah.spald",
    ),
    (
        "IPAL artinya apa",
        "istilah.ipal",
    ),
    (
        (
            "kalau limbah rumah tangga satu kawasan dikumpulkan terus diolah dulu sebelum "
            "dibuang ke sungai bangunan IPAL itu kepanjangannya apa"
        ),
        "istilah.ipal",
    ),
    (
        "/tps3r itu apa",
        "istilah.tps3r",
    ),
    (
        "saya tulis di paparan 'TPS3R = Tempat Pembuangan Sampah 3 Rayon', bener gak sih?",
        "istilah.tps3r",
    ),
    (
        "MCK itu singkatan apa ya",
        "istilah.mck",
    ),
    (
        "What is MCK? In desa Lamandau they ask MCK komunal",
        "istilah.mck",
    ),
    (
        (
            "RTRW itu maksudnya rukun tetangga rukun warga atau yang tata ruang? di syarat "
            "lahan sesuai RTRW"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW kabupaten itu dokumen apa sih? sekalian nomor telepon dinas PUPR Kapuas",
        "istilah.rtrw",
    ),
    (
        "RDTR itu apa?",
        "istilah.rdtr",
    ),
    (
        (
            "kalau RTRW sudah ada terus kecamatan kota punya peta zonasi lebih detail itu "
            "namanya RDTR ya, RDTR kepanjangannya apa"
        ),
        "istilah.rdtr",
    ),
    (
        "PBG itu singkatan apa ya, pengganti IMB?",
        "istilah.pbg",
    ),
    (
        (
            "saya tulis di laporan 'bangunan sudah memiliki PBG (Perizinan Bangunan Gedung)', "
            "sudah benar belum?"
        ),
        "istilah.pbg",
    ),
    (
        "/slf artinya",
        "istilah.slf",
    ),
    (
        (
            "kemarin dijawab SLF itu surat layak fungsi, tapi kata teman sertifikat, yang "
            "bener kepanjangan SLF apa"
        ),
        "istilah.slf",
    ),
    (
        "SKBG itu apa ya",
        "istilah.skbg",
    ),
    (
        (
            "rusun di Sampit katanya penghuninya dapat SKBG bukan sertifikat tanah SKBG itu "
            "kepanjangannya apa"
        ),
        "istilah.skbg",
    ),
    (
        "SKT itu surat apa? yang dari kepala desa kan",
        "istilah.skt",
    ),
    (
        (
            "kalau warga belum punya sertifikat terus cuma pegang surat dari desa terus "
            "diketahui camat, itu yang disebut SKT ya, SKT itu singkatan apa"
        ),
        "istilah.skt",
    ),
    (
        "clean and clear itu maksudnya apa untuk lahan",
        "istilah.cleanandclear",
    ),
    (
        "Kotim mau usul TA 2027, lahannya katanya harus C&C, C&C itu apa ya maksudnya",
        "istilah.cleanandclear",
    ),
    (
        (
            "CSR itu apa artinya? sekalian perusahaan sawit di Seruyan yang punya CSR "
            "perumahan apa aja"
        ),
        "istilah.csr",
    ),
    (
        "/csr",
        "istilah.csr",
    ),
    (
        "Rakor itu singkatan dari apa",
        "istilah.rakor",
    ),
    (
        (
            "atasan saya selalu bilang musrenbang provinsi perkim padahal di undangan "
            "tulisannya Rakor, Rakor itu sendiri artinya apa"
        ),
        "istilah.rakor",
    ),
    (
        "LAPOR! itu apa? yang pakai tanda seru",
        "istilah.lapor",
    ),
    (
        (
            "saya tulis di SOP 'mengacu standar LAPOR! (layanan pengaduan online provinsi)', "
            "bener gak itu punya provinsi?"
        ),
        "istilah.lapor",
    ),
    (
        "jam di bot ini pakai WIB, WIB itu singkatan apa ya",
        "istilah.wib",
    ),
    (
        (
            "kemarin ada yang bilang Kalteng WITA sama kayak Kalsel terus jam rapat jadi "
            "salah, WIB itu sebenarnya waktu apa"
        ),
        "istilah.wib",
    ),
    (
        "backlog perumahan itu maksudnya apa",
        "istilah.backlog",
    ),
    (
        "What does backlog mean? In the paparan Bapperida the backlog rumah is written",
        "istilah.backlog",
    ),
    (
        "PKP itu singkatan apa? bukan pengusaha kena pajak ya",
        "istilah.pkp",
    ),
    (
        (
            "saya tulis di kop surat 'Bidang PKP (Perumahan dan Kawasan Pemukiman)', sudah "
            "tepat belum?"
        ),
        "istilah.pkp",
    ),
    (
        "kumuh itu definisinya apa ya menurut aturan",
        "istilah.kumuh",
    ),
    (
        (
            "kalau rumahnya padat terus jalannya tanah terus drainase gak ada terus air "
            "bersih susah pengertian kawasan kumuh itu apa sebenarnya"
        ),
        "istilah.kumuh",
    ),
    (
        "/dak artinya",
        "istilah.dak",
    ),
    (
        "DAK itu kepanjangannya apa? sekalian pagu DAK Kalteng 2027 berapa",
        "istilah.dak",
    ),
    (
        "rusun itu apa ya, sama kayak apartemen?",
        "istilah.rusun",
    ),
    (
        "Palangka Raya kan ada rusun di Jalan Tjilik Riwut, rusun itu kepanjangannya apa",
        "istilah.rusun",
    ),
]

TRAIN_R28_INTENTS: list[tuple[str, str]] = [
    (
        "/status usulan kami dari Kotim yang jaling Baamang udah sampai mana",
        "status",
    ),
    (
        "usulan drainase Pulpis yang kami kirim Februari kemarin diterima atau ditolak ya?",
        "status",
    ),
    (
        "Our usulan from Barsel, it is still verifikasi or already dibahas?",
        "status",
    ),
    (
        "Rakor berikutnya kapan dan di mana?",
        "meeting",
    ),
    (
        "rapat koordinasi perkim tahun ini jadinya tanggal berapa jam berapa ya, mau atur SPPD",
        "meeting",
    ),
    (
        "kemarin dengar rakor diundur, jadi sebenarnya rakornya kapan",
        "meeting",
    ),
    (
        "usulan untuk TA 2027 paling lambat masuk kapan?",
        "deadline",
    ),
    (
        "/deadline usulan",
        "deadline",
    ),
    (
        "batas akhir kirim usulan siklus ini sampai tanggal berapa ya bot",
        "deadline",
    ),
    (
        "selamat pagi",
        "greeting",
    ),
    (
        "terima kasih banyak infonya pak",
        "greeting",
    ),
    (
        "tolong bantu saya",
        "greeting",
    ),
    (
        "cara input usulan lewat bot ini gimana?",
        "how_to_submit",
    ),
    (
        "ketik apa ya kalau mau masukin usulan PSU baru",
        "how_to_submit",
    ),
    (
        "How I submit usulan through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R28_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh di Mentawa Baru Ketapang luasnya 7,5 ha, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "Kumuh 9,9 hektar di Kuala Kapuas, who is responsible?",
        "kabkota",
    ),
    (
        "lokasi kumuh 85.000 m2 di Pangkalan Bun yang tangani provinsi atau kabupaten",
        "kabkota",
    ),
    (
        "delineasi kumuh kami pas 10 ha, masuk kewenangan mana ya",
        "provinsi",
    ),
    (
        "/kumuh 12 hektare siapa",
        "provinsi",
    ),
    (
        "kalau kawasan kumuhnya 140.000 meter persegi di Buntok itu urusan siapa?",
        "provinsi",
    ),
    (
        "kumuh seluas 14,8 ha di tepi Sungai Kahayan kewenangannya siapa",
        "provinsi",
    ),
    (
        "luas kawasan 105.000 m² di Sampit, ditangani provinsi bukan?",
        "provinsi",
    ),
    (
        "kawasan kumuh tepat 15 ha di Muara Teweh itu tanggung jawab siapa?",
        "pusat",
    ),
    (
        "Slum area 22 hectares in Palangka Raya, the kewenangan is who?",
        "pusat",
    ),
    (
        "kumuh 180.000 m2 di Kasongan yang berwenang siapa ya",
        "pusat",
    ),
    (
        "kalau luasnya 31 hektar, masih provinsi atau sudah pusat?",
        "pusat",
    ),
]

TRAIN_R28_OUT_OF_SCOPE: list[str] = [
    "berapa total anggaran Disperkimtan Kalteng tahun 2026?",
    "nomor HP kepala bidang kawasan permukiman provinsi berapa ya",
    "harga semen per sak di Kuala Kurun sekarang berapa?",
    "tender jalan lingkungan paket Kotim kemarin yang menang siapa?",
    "besok di Palangka Raya hujan gak ya?",
    "cara mengurus cuti melahirkan untuk ASN gimana",
    "berita terbaru soal banjir Katingan minggu ini apa?",
    "jadwal kapal ke Kumai hari Senin jam berapa",
    "aturan izin tambang galian C di Barut seperti apa",
    "berapa rupiah satuan harga rumah BSPS per unit tahun 2027?",
    "berapa jumlah rumah RTLH di Kabupaten Lamandau per 31/12 kemarin",
    (
        "siapa saja peserta yang hadir di Rakor tahun lalu dari Kabupaten Seruyan, ada "
        "daftar namanya?"
    ),
    "kontraktor yang bagus buat bangun rusun di Sampit siapa ya",
    "usulan kumuh Kapuas yang ditolak tahun 2023 berapa banyak totalnya",
    "gaji tenaga pendamping BSPS berapa per bulan?",
]
