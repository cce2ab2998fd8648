"""Training table R41 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 46's styles, written by another hand for the second half of the topic list after round 46
was written: speech-to-text dictation (acronyms spelt out, numbers in words), two opinions to
settle, urgency, a signature after the question, the civil servants' "izin" register, fill-in-
the-blank and multiple choice, weighing two options, the topic fronted with "kah" or an inverted
order; Singapore and Malaysian English. A glossary entry's questions ask what the term means.
Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R41_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "huntara itu singkatan dari apa ya pak tanda tanya",
        "istilah.huntara",
    ),
    (
        (
            "Di grup WA ada yg bilang huntara itu barak pekerja proyek, betul nggak? Setahu "
            "saya huntara itu istilah pascabencana. Artinya apa sebenarnya?"
        ),
        "istilah.huntara",
    ),
    (
        "URGENT pak, kadis nanya di tengah rapat: huntap itu kepanjangannya apa?",
        "istilah.huntap",
    ),
    (
        (
            "Mohon dijelaskan arti istilah huntap yang dipakai untuk korban bencana. — "
            "Yohana, staf Bidang Perumahan Disperkim Katingan"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Izin bertanya pak, huntara dan huntap itu bedanya apa dari sisi istilahnya? "
            "Masing-masing singkatan apa?"
        ),
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        "Izin bertanya pak, KK di kolom penerima manfaat itu maksudnya apa ya?",
        "istilah.kk",
    ),
    (
        "KK dalam isian jumlah penerima = K_____ K_______ ? mohon dilengkapi",
        "istilah.kk",
    ),
    (
        "Jiwa di form itu maksudnya jumlah orang atau jumlah rumah tangga ya?",
        "istilah.jiwa",
    ),
    (
        "Jiwa, apakah artinya jumlah penduduk per orang di isian penerima manfaat?",
        "istilah.jiwa",
    ),
    (
        "satuan ha di luas lokasi itu kepanjangannya apa pak hektar ya",
        "istilah.ha",
    ),
    (
        (
            "Kata PPK DED itu Detail Engineering Design, kata konsultan Desain Enjiniring "
            "Dasar. Yang betul yang mana ya?"
        ),
        "istilah.ded",
    ),
    (
        "cepat ya pak, 5 menit lagi paparan: DED itu singkatan apa dan dokumen macam apa?",
        "istilah.ded",
    ),
    (
        (
            "RAB itu apa ya? Saya baru dipindah ke perencanaan. ttd. Dimas / operator "
            "Disperkim Lamandau"
        ),
        "istilah.rab",
    ),
    (
        "Siap, izin konfirmasi: RAB itu kepanjangannya Rencana Anggaran Biaya, betul pak?",
        "istilah.rab",
    ),
    (
        "RKS = Rencana K____ dan S________ ? tolong dilengkapi",
        "istilah.rks",
    ),
    (
        "RKS itu lebih ke dokumen gambar atau dokumen spesifikasi teknis ya?",
        "istilah.rks",
    ),
    (
        "KAK, what is that ah? Same as TOR or not?",
        "istilah.kak",
    ),
    (
        "ka a ka itu apa pak kepanjangannya sama tidak dengan te o er",
        "istilah.kak",
    ),
    (
        (
            "Pak sekdin bilang site plan itu sama dengan peta lokasi, pak kabid bilang "
            "rencana tapak. Istilah yang tepat yang mana?"
        ),
        "istilah.siteplan",
    ),
    (
        "ditunggu kadis sekarang: site plan itu artinya apa dalam bahasa kita?",
        "istilah.siteplan",
    ),
    (
        (
            "Yang dimaksud RC di daftar kelengkapan itu apa ya pak? — Fitri, perencana "
            "Disperkimtan Kab. Pulang Pisau"
        ),
        "istilah.rc",
    ),
    (
        "Mohon petunjuk pak, RC yang disebut di rapat teknis kemarin itu singkatan dari apa?",
        "istilah.rc",
    ),
    (
        (
            "BAST singkatan dari: a) Berita Acara Serah Terima b) Bukti Administrasi Serah "
            "Tanah c) Berkas Aset Tetap?"
        ),
        "istilah.bast",
    ),
    (
        "BAST is document for handover or for payment ah?",
        "istilah.bast",
    ),
    (
        "Hibah, apa sih artinya kalau dalam urusan aset daerah?",
        "istilah.hibah",
    ),
    (
        "hibah itu maksudnya apa ya pak kalau yang dihibahkan itu jalan lingkungan",
        "istilah.hibah",
    ),
    (
        (
            "Teman di bagian aset bilang BMD itu Barang Milik Daerah, tapi ada yang bilang "
            "Belanja Modal Daerah. Yang bener yang mana?"
        ),
        "istilah.bmd",
    ),
    (
        "URGENT, lagi isi form aset: BMD kepanjangannya apa?",
        "istilah.bmd",
    ),
    (
        "BMN itu singkatan apa ya? Tks. — Agus, Kasi Perumahan Perkim Barito Utara",
        "istilah.bmn",
    ),
    (
        "Izin bertanya, BMN yang sering disebut orang balai itu artinya apa?",
        "istilah.bmn",
    ),
    (
        "BMD and BMN what's the difference ah? Both also government property right?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "O&P in the statement letter = Operation and ______ ?",
        "istilah.op",
    ),
    (
        ("OP di surat pernyataan itu maksudnya operasi dan pemeliharaan, atau operator pelaksana?"),
        "istilah.op",
    ),
    (
        "SPM yang di bidang perumahan itu, apa kepanjangannya?",
        "istilah.spm",
    ),
    (
        "es pe em itu apa kepanjangannya pak yang di perumahan",
        "istilah.spm",
    ),
    (
        (
            "Kata kabid Pokja PKP itu panitia lelang perumahan, kata teman kelompok kerja "
            "koordinasi. Yang benar mana?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "besok pagi harus lapor ke sekda: Pokja PKP itu apa sih sebenarnya?",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS itu apa ya, PPAS-nya singkatan apa? — Lestari, staf Perkim Gunung Mas",
        "istilah.pokjappas",
    ),
    (
        (
            "Izin bertanya pak, PPAS dalam nama Pokja PPAS itu singkatan dari apa? Bukan yang "
            "KUA-PPAS kan?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja AMPL: AMPL = Air Minum dan P__________ L________ ?",
        "istilah.pokjaampl",
    ),
    (
        (
            "AMPL di Pokja AMPL itu air minum dan penyehatan lingkungan atau air minum dan "
            "pengelolaan limbah?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu, dokumen apakah?",
        "istilah.rp3kp",
    ),
    (
        "er pe tiga ka pe itu apa ya pak singkatannya",
        "istilah.rp3kp",
    ),
    (
        (
            "Di grup ada yang bilang RP2KPKP sama saja dengan RP3KP, betul nggak? RP2KPKP itu "
            "sebenarnya apa?"
        ),
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "cepat ya pak, lagi rapat: RP2KPKP singkatannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU was what programme ah? — Hendra, PSU Disperkim Kapuas",
        "istilah.kotaku",
    ),
    (
        "Mohon arahan, KOTAKU yang sering disebut di pelatihan itu kepanjangannya apa?",
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT, PPKT itu = P__________ P__________ K____ T_______ ?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "PPKT di DAK Tematik itu maksudnya pengentasan kumuh terpadu atau penataan "
            "kawasan tertentu?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "APBN itu, anggaran punya siapa sebenarnya?",
        "istilah.apbn",
    ),
    (
        "a pe be en itu kepanjangannya apa ya",
        "istilah.apbn",
    ),
    (
        (
            "Kata teman APBD itu cuma anggaran provinsi, kata kasubag kabupaten juga punya "
            "APBD. Jadi APBD itu artinya apa?"
        ),
        "istilah.apbd",
    ),
    (
        "ditunggu 10 menit: APBD kepanjangannya apa ya?",
        "istilah.apbd",
    ),
    (
        "APBDes itu singkatan apa ya? ttd. Rudi / operator Disperkim Barito Timur",
        "istilah.apbdes",
    ),
    (
        "Izin konfirmasi, APBDes itu anggaran pendapatan dan belanja desa ya pak?",
        "istilah.apbdes",
    ),
    (
        "Bankeu = Bantuan ________ ? yang dari provinsi ke kabupaten itu",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu maksudnya bantuan keuangan dari provinsi atau semacam bantuan dari bank?",
        "istilah.bankeu",
    ),
    (
        "Pokir is what one ah, the DPRD thing?",
        "istilah.pokir",
    ),
    (
        "pokir itu apa ya pak yang katanya dari anggota dewan",
        "istilah.pokir",
    ),
    (
        (
            "Di grup ada yang bilang Musrenbang itu rapat internal Bappeda saja, betul nggak? "
            "Musrenbang itu sebenarnya apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "URGENT: Musrenbang kepanjangannya apa? mau ditulis lengkap di laporan",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu dokumen apa? — Sari, Perencana Disperkim Sukamara",
        "istilah.rkpd",
    ),
    (
        "Izin bertanya, RKPD itu singkatan dari apa nggih pak?",
        "istilah.rkpd",
    ),
    (
        "Renja itu rencana ____ dinas (tahunan / lima tahunan)?",
        "istilah.renja",
    ),
    (
        "Renja is yearly plan or five-year one ah?",
        "istilah.renja",
    ),
    (
        "Renstra, dokumen apakah itu?",
        "istilah.renstra",
    ),
    (
        "renstra dinas itu artinya apa pak rencana strategis kah",
        "istilah.renstra",
    ),
    (
        (
            "Pak sekdin bilang RPJMD itu rencana 5 tahun, kasubag bilang 20 tahun. Sebenarnya "
            "RPJMD itu apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "cepat pak, mau rapat di Bapperida: RPJMD singkatan dari apa?",
        "istilah.rpjmd",
    ),
    (
        (
            "KUA-PPAS itu apa ya? Sering dengar tapi belum paham. — Wahyu, Sekretariat "
            "Disperkim Kotim"
        ),
        "istilah.kuappas",
    ),
    (
        "Mohon petunjuk, KUA PPAS kepanjangannya apa ya pak?",
        "istilah.kuappas",
    ),
    (
        "RKA = Rencana K____ dan A_______ ?",
        "istilah.rka",
    ),
    (
        "RKA itu dokumen usulan anggaran atau dokumen pelaksanaan anggaran?",
        "istilah.rka",
    ),
    (
        "DPA itu, dokumen apa sebenarnya?",
        "istilah.dpa",
    ),
    (
        "de pe a itu singkatan apa ya pak",
        "istilah.dpa",
    ),
    (
        "RKA sama DPA, apakah bedanya dua dokumen itu?",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        (
            "Kata teman SIPD itu aplikasi punya Kemenkeu, kata kabid punya Kemendagri. "
            "Sebenarnya SIPD itu apa?"
        ),
        "istilah.sipd",
    ),
    (
        "Urgent pls, boss waiting: SIPD stands for what?",
        "istilah.sipd",
    ),
    (
        "Bapperida itu badan apa ya? — Nurul, staf Perkim Palangka Raya",
        "istilah.bapperida",
    ),
    (
        "Izin bertanya pak, Bapperida singkatan dari apa?",
        "istilah.bapperida",
    ),
    (
        "OPD = Organisasi P__________ D_____ ?",
        "istilah.opd",
    ),
    (
        "OPD itu artinya dinas milik pemda atau instansi vertikal pusat?",
        "istilah.opd",
    ),
    (
        "SKPD itu, singkatan apa ya?",
        "istilah.skpd",
    ),
    (
        "es ka pe de itu apa sama tidak dengan o pe de",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        (
            "Di grup ada yang bilang SPAM itu sistem pengelolaan air minum, ada yang bilang "
            "penyediaan air minum. Artinya apa sih?"
        ),
        "istilah.spam",
    ),
    (
        "URGENT, SPAM itu apa? bukan email spam ya maksudnya 😅",
        "istilah.spam",
    ),
    (
        "SPALD itu singkatan apa? ttd. Irma / staf sanitasi Perkim Kobar",
        "istilah.spald",
    ),
    (
        "Izin konfirmasi, SPALD itu sistem pengelolaan air limbah domestik, betul?",
        "istilah.spald",
    ),
    (
        "IPAL = Instalasi P__________ Air L_____ ?",
        "istilah.ipal",
    ),
    (
        "IPAL itu bangunan pengolah air limbah atau pengolah air bersih?",
        "istilah.ipal",
    ),
    (
        "TPS3R, apa itu 3R-nya?",
        "istilah.tps3r",
    ),
    (
        "te pe es tiga er itu apa artinya pak",
        "istilah.tps3r",
    ),
    (
        (
            "Kata teman MCK itu Mandi Cuci Kakus, kata yang lain Mandi Cuci Kamar. Yang benar "
            "yang mana?"
        ),
        "istilah.mck",
    ),
    (
        "cepat pak: MCK kepanjangannya apa, mau ditulis di proposal",
        "istilah.mck",
    ),
    (
        "RTRW itu apa ya? bukan RT/RW kan? — Bayu, Disperkim Seruyan",
        "istilah.rtrw",
    ),
    (
        "Mohon petunjuk, RTRW kepanjangannya apa?",
        "istilah.rtrw",
    ),
    (
        "RDTR = Rencana D_____ T___ R_____ ?",
        "istilah.rdtr",
    ),
    (
        "RDTR itu rencana tata ruang yang lebih rinci atau yang lebih umum?",
        "istilah.rdtr",
    ),
    (
        (
            "Apa beda istilah RTRW dan RDTR? Mohon penjelasan singkat. — Nia, staf Tata Ruang "
            "Perkim Katingan"
        ),
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "PBG yang menggantikan IMB itu, apa kepanjangannya?",
        "istilah.pbg",
    ),
    (
        "pe be ge itu apa pak",
        "istilah.pbg",
    ),
    (
        (
            "My kabid say SLF is Sertifikat Laik Fungsi, my friend say Surat Layak Fisik. "
            "Which one correct ah?"
        ),
        "istilah.slf",
    ),
    (
        "URGENT: SLF itu apa?",
        "istilah.slf",
    ),
    (
        "SKBG itu singkatan dari apa? — Anton, Kabid Perumahan Disperkim Murung Raya",
        "istilah.skbg",
    ),
    (
        "Izin bertanya, SKBG itu sertifikat apa ya pak?",
        "istilah.skbg",
    ),
    (
        "SKT di pilihan status lahan = Surat K__________ T____ ?",
        "istilah.skt",
    ),
    (
        "SKT itu surat keterangan tanah dari desa atau sertifikat tanah dari BPN?",
        "istilah.skt",
    ),
    (
        "Clean and clear for land means what ah?",
        "istilah.cleanandclear",
    ),
    (
        "klin en klir itu maksudnya apa pak kalau untuk lahan",
        "istilah.cleanandclear",
    ),
    (
        "Di grup ada yg bilang CSR itu dana hibah pemerintah, betul gak? CSR itu apa sih?",
        "istilah.csr",
    ),
    (
        "cepat ya pak mau rapat: CSR kepanjangannya apa?",
        "istilah.csr",
    ),
    (
        "Rakor itu singkatan apa ya? Saya baru pindah tugas. — Mega, staf Perkim Pulang Pisau",
        "istilah.rakor",
    ),
    (
        "Izin bertanya, Rakor yang diselenggarakan Disperkimtan itu kepanjangannya apa?",
        "istilah.rakor",
    ),
    (
        (
            "LAPOR! itu: a) aplikasi pengaduan nasional b) laporan keuangan dinas c) format "
            "laporan bulanan?"
        ),
        "istilah.lapor",
    ),
    (
        "LAPOR! itu sistem pengaduan masyarakat atau aplikasi pelaporan kegiatan internal?",
        "istilah.lapor",
    ),
    (
        "WIB in the bot schedule is what time zone ah?",
        "istilah.wib",
    ),
    (
        "backlog perumahan itu artinya apa ya pak",
        "istilah.backlog",
    ),
    (
        (
            "Kata teman backlog itu jumlah RTLH, kata kabid kekurangan rumah. Yang benar arti "
            "backlog mana?"
        ),
        "istilah.backlog",
    ),
    (
        "URGENT pak: PKP itu kepanjangannya apa? ditanya pimpinan",
        "istilah.pkp",
    ),
    (
        "PKP itu apa ya? bukan pengusaha kena pajak kan? — Rahmat, Disperkim Barito Selatan",
        "istilah.pkp",
    ),
    (
        "Izin bertanya pak, yang dimaksud permukiman kumuh itu apa pengertiannya?",
        "istilah.kumuh",
    ),
    (
        "Permukiman kumuh adalah permukiman yang ______ ______ . Isiannya apa?",
        "istilah.kumuh",
    ),
    (
        "DAK itu maksudnya dana alokasi khusus dari pusat atau dana dari provinsi?",
        "istilah.dak",
    ),
    (
        "DAK itu, singkatan apa?",
        "istilah.dak",
    ),
    (
        "rusun itu apa kepanjangannya pak",
        "istilah.rusun",
    ),
    (
        "My friend say rusun is rumah susun, another one say rumah sewa umum. Which one lah?",
        "istilah.rusun",
    ),
]

TRAIN_R41_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan saya yang jalan lingkungan di desa tumbang anoi sudah sampai mana pak "
            "sudah diterima belum"
        ),
        "status",
    ),
    (
        (
            "Usulan USL-2026-0007 kami statusnya apa sekarang? Masih diverifikasi atau sudah "
            "dibahas? — Rina, staf PSU Perkim Seruyan"
        ),
        "status",
    ),
    (
        "Our drainage proposal got accepted or rejected already ah? Or still checking?",
        "status",
    ),
    (
        "URGENT pak, Rakor tahun ini tanggal berapa dan di mana? harus lapor kadis sore ini",
        "meeting",
    ),
    (
        "Rakor berikutnya, kapankah dilaksanakan dan jam berapa mulainya?",
        "meeting",
    ),
    (
        (
            "Kata teman Rakor nanti di Aula Disperkimtan, kata kabid di hotel. Yang benar "
            "rapat berikutnya di mana?"
        ),
        "meeting",
    ),
    (
        "Izin bertanya pak, batas akhir pengiriman usulan tahun ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Tenggat usulan siklus ini: a) akhir bulan ini b) minggu depan c) sudah tutup?",
        "deadline",
    ),
    (
        "usulan untuk tahun anggaran depan masih bisa dikirim sampai kapan ya pak",
        "deadline",
    ),
    (
        (
            "Selamat pagi pak, terima kasih banyak atas bantuannya kemarin. — Budi, operator "
            "Disperkim Kapuas"
        ),
        "greeting",
    ),
    (
        "Izin pak, mohon bantuannya 🙏",
        "greeting",
    ),
    (
        "hello boss, thanks ah",
        "greeting",
    ),
    (
        (
            "Usulan lebih baik dikirim lewat bot ini atau diantar ke kantor? Kalau lewat bot "
            "langkahnya gimana?"
        ),
        "how_to_submit",
    ),
    (
        "Input usulan baru lewat bot, bagaimanakah caranya?",
        "how_to_submit",
    ),
    (
        "cepat ya pak, mau rapat: cara masukin usulan PSU ke bot ini gimana?",
        "how_to_submit",
    ),
]

TRAIN_R41_AREAS: list[tuple[str, str]] = [
    (
        "kumuh dua belas hektar itu kewenangan siapa pak",
        "provinsi",
    ),
    (
        (
            "Kata kabid kawasan kumuh pas 10 ha itu masih kabupaten, kata teman sudah "
            "provinsi. Yang benar mana?"
        ),
        "provinsi",
    ),
    (
        "URGENT: lokasi kumuh 15 hektare di SK kami, yang tangani siapa?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh di Kelurahan Mendawai, Arut Selatan luasnya 8,5 ha, kewenangan "
            "siapa ya? — Rina, staf Perkim Kobar"
        ),
        "kabkota",
    ),
    (
        "Izin konfirmasi pak, delineasi kumuh kami 125.000 m2, itu masuk kewenangan provinsi?",
        "provinsi",
    ),
    (
        "kumuh 14,99 ha kewenangan ____ ? (kabupaten / provinsi / pusat)",
        "provinsi",
    ),
    (
        (
            "Lokasi kumuh 95.000 m² lebih baik ditangani kabupaten sendiri atau diusulkan ke "
            "provinsi?"
        ),
        "kabkota",
    ),
    (
        "Kumuh 22 hektar, pusatkah yang urus?",
        "pusat",
    ),
    (
        "the slum 18 hectares is province one or central one ah?",
        "pusat",
    ),
    (
        "luas kumuh seratus lima puluh ribu meter persegi itu yang tangani siapa",
        "pusat",
    ),
    (
        "our slum area only 4.2 hectares, who handle ah, kabupaten or province?",
        "kabkota",
    ),
    (
        "cepat pak, kumuh 3 ha di Desa Lupak Dalam wewenang siapa?",
        "kabkota",
    ),
]

TRAIN_R41_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan Kalteng tahun 2026 untuk PSU jalan lingkungan?",
    "Izin pak, nomor HP Kabid Kawasan Permukiman provinsi berapa ya?",
    "harga semen per sak di palangka raya sekarang berapa pak",
    "Tender paket drainase di Kapuas tahun lalu, pemenangnya siapa ya?",
    "Besok di Puruk Cahu hujan nggak ya? mau survei lokasi. — Dedi, staf Perkim Murung Raya",
    "Syarat sertifikasi halal untuk UMKM apa saja: a) NIB b) PIRT c) semua?",
    "Izin pak, saya mau ajukan cuti tahunan, formulirnya ke bagian mana?",
    "Ada berita terbaru soal pelantikan kadis baru, benarkah minggu depan?",
    "URGENT: jumlah RTLH di Kabupaten Katingan tahun ini ada berapa unit?",
    "Bantuan BSPS per unit rumah tahun 2026 berapa juta ya?",
    "Honor narasumber di Rakor nanti berapa per jam, ikut standar provinsi atau kabupaten?",
    "Kata teman gaji ke-13 ASN cair bulan Juni, kata yang lain Juli. Yang benar kapan?",
    "What's the exchange rate rupiah to ringgit today ah?",
    "Pesawat Palangka Raya ke Jakarta besok pagi, jam berapakah yang paling awal?",
    "cara daftar cpns tahun ini gimana pak",
]
