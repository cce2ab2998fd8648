"""Training table R38 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 45's styles, written by another hand for the second half of the topic list after round 45
was written: asking the bot to act with the real question inside, complaints about the app or
the signal, group voices, then and now (an old rule against the current one), heavy
punctuation and emphasis, who is typing told first, a yes/no question with a fallback,
telegraphic notes; note-style English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R38_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "tolong sekalian jelaskan dong, huntara itu maksudnya apa? mau saya tulis di "
            "laporan pasca banjir Kapuas"
        ),
        "istilah.huntara",
    ),
    (
        (
            "aplikasinya lemot banget dari tadi, saya ketik ulang aja: huntara itu singkatan "
            "dari apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "kami bertiga di seksi perumahan Katingan lagi tebak-tebakan: huntap itu "
            "kepanjangannya apa sih?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "waktu banjir dulu orang cuma bilang 'rumah pengganti', sekarang di surat "
            "tertulis huntap. huntap itu artinya apa?"
        ),
        "istilah.huntap",
    ),
    (
        "KK di form itu maksudnya apa??? Kartu Keluarga atau Kepala Keluarga???",
        "istilah.kk",
    ),
    (
        (
            "saya staf magang di Perkim Sukamara, izin bertanya: KK yang diminta di isian "
            "penerima manfaat itu merujuk ke apa?"
        ),
        "istilah.kk",
    ),
    (
        ("jiwa di kolom penerima manfaat itu artinya jumlah orang ya? kalau bukan, maksudnya apa?"),
        "istilah.jiwa",
    ),
    (
        "ha -> singkatan apa?",
        "istilah.ha",
    ),
    (
        (
            "tolong jelaskan ke anak magang kami, satuan 'ha' yang ditulis di luas lokasi itu "
            "apa kepanjangannya"
        ),
        "istilah.ha",
    ),
    (
        (
            "tadi error pas buka lampiran, jadi saya tanya di sini saja: DED itu kepanjangan "
            "dari apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "tim teknis kami lagi debat, DED itu sebenarnya dokumen apa? Detail Engineering "
            "Design atau yang lain?"
        ),
        "istilah.ded",
    ),
    (
        (
            "tahun-tahun lalu kami cuma sebut 'hitungan biaya', sekarang di persyaratan "
            "ditulis RAB. RAB itu apa?"
        ),
        "istilah.rab",
    ),
    (
        "RAB itu apa ya??? malu mau nanya langsung ke kabid....",
        "istilah.rab",
    ),
    (
        "saya operator dinas, mengetik atas nama kabid: RKS itu singkatan dari apa?",
        "istilah.rks",
    ),
    (
        "RKS itu sama dengan spesifikasi teknis? kalau bukan, artinya apa?",
        "istilah.rks",
    ),
    (
        "KAK / TOR — artinya?",
        "istilah.kak",
    ),
    (
        "sebelum saya kirim berkas, sekalian jelaskan dong KAK itu kepanjangannya apa",
        "istilah.kak",
    ),
    (
        (
            "sinyal di Tumbang Kanei putus-putus, saya ulang ya: site plan itu yang dimaksud "
            "gambar apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "kami di bidang kawasan Kobar lagi bahas, 'site plan' itu pengertiannya apa? sama "
            "dengan rencana tapak?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "dulu istilahnya cuma 'kesiapan lokasi', sekarang di undangan ada kata RC. RC itu "
            "singkatan apa?"
        ),
        "istilah.rc",
    ),
    (
        "RC!!! dari tadi disebut terus di grup, itu apa sih maksudnya???",
        "istilah.rc",
    ),
    (
        "ini pakai HP istri saya, HP kantor lagi mati. BAST itu kepanjangan dari apa ya?",
        "istilah.bast",
    ),
    (
        "BAST itu semacam berita acara ya? kalau bukan, apa sebenarnya?",
        "istilah.bast",
    ),
    (
        "Hibah — meaning?",
        "istilah.hibah",
    ),
    (
        "tolong bantu ya, di surat dari provinsi ada kata 'hibah', itu artinya apa?",
        "istilah.hibah",
    ),
    (
        "tombol menunya ga muncul, jadi saya ketik aja: BMD itu kepanjangannya apa?",
        "istilah.bmd",
    ),
    (
        "kami bertiga di bagian aset lagi ragu, BMD itu pengertiannya apa persisnya?",
        "istilah.bmd",
    ),
    (
        (
            "dulu kami sebut 'inventaris negara', sekarang di berita acara tertulis BMN. BMN "
            "itu apa?"
        ),
        "istilah.bmn",
    ),
    (
        "BMN... itu 'barang milik' SIAPA???",
        "istilah.bmn",
    ),
    (
        "saya staf baru di Disperkim Lamandau, O&P itu singkatan apa ya?",
        "istilah.op",
    ),
    (
        "O&P sama OP itu sama? kalau sama, kepanjangannya apa?",
        "istilah.op",
    ),
    (
        "SPM = ? (bukan surat perintah membayar ya)",
        "istilah.spm",
    ),
    (
        "Please forward to your team if needed: what does SPM stand for here?",
        "istilah.spm",
    ),
    (
        "tadi ke-logout, ulang ya: Pokja PKP itu apa?",
        "istilah.pokjapkp",
    ),
    (
        "mewakili teman-teman se-Barito Raya: yang disebut Pokja PKP itu kelompok kerja apa?",
        "istilah.pokjapkp",
    ),
    (
        (
            "dulu yang kami kenal cuma Pokja AMPL, sekarang muncul Pokja PPAS. PPAS itu "
            "singkatan apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu apa??? bukan KUA-PPAS kan???",
        "istilah.pokjappas",
    ),
    (
        "saya sekretaris bidang, disuruh kadis nanya: Pokja AMPL itu kepanjangannya apa?",
        "istilah.pokjaampl",
    ),
    (
        "AMPL di Pokja AMPL itu air minum dan penyehatan lingkungan? kalau salah, artinya apa?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP -> kepanjangan?",
        "istilah.rp3kp",
    ),
    (
        "ingatkan saya dong arti RP3KP, tiap rapat saya lupa terus",
        "istilah.rp3kp",
    ),
    (
        "aplikasinya force close terus, singkat aja: RP2KPKP itu apa?",
        "istilah.rp2kpkp",
    ),
    (
        "tim kami lagi debat soal RP2KPKP, itu sebenarnya nama rencana apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "dulu ada program KOTAKU di kelurahan kami, sekarang jarang terdengar. KOTAKU itu "
            "singkatan dari apa?"
        ),
        "istilah.kotaku",
    ),
    (
        "KOTAKU itu 'Kota Tanpa Kumuh' kan??? programnya apa maksudnya??",
        "istilah.kotaku",
    ),
    (
        "saya operator Bappeda Pulpis, PPKT di DAK Tematik PPKT itu singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT itu dana khusus untuk kumuh terpadu? kalau bukan, artinya apa?",
        "istilah.daktematikppkt",
    ),
    (
        "APBN — kepanjangan?",
        "istilah.apbn",
    ),
    (
        "Remind me: APBN stands for what?",
        "istilah.apbn",
    ),
    (
        "sinyal lemah, singkat aja ya: APBD artinya apa?",
        "istilah.apbd",
    ),
    (
        "kami bertiga pegawai baru di dinas, mohon dijelaskan APBD itu apa",
        "istilah.apbd",
    ),
    (
        "dulu kami cuma dengar 'dana desa', sekarang sering ditulis APBDes. APBDes itu apa?",
        "istilah.apbdes",
    ),
    (
        "APBDes... 'Des' nya itu DESA??? lengkapnya apa",
        "istilah.apbdes",
    ),
    (
        "ini pakai HP anak saya. Bankeu itu kependekan dari apa?",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu bantuan keuangan dari provinsi ya? kalau bukan, maksudnya apa?",
        "istilah.bankeu",
    ),
    (
        "Pokir DPRD -> maksudnya?",
        "istilah.pokir",
    ),
    (
        "tolong sampaikan ke admin sekalian, saya mau tahu Pokir itu singkatan apa",
        "istilah.pokir",
    ),
    (
        "tadi gagal kirim, saya ulang: Musrenbang kepanjangannya apa?",
        "istilah.musrenbang",
    ),
    (
        "Our team at Dinas Perkim Bartim asks: what does Musrenbang mean?",
        "istilah.musrenbang",
    ),
    (
        (
            "dulu sebelum pakai SIPD kami sebut 'rencana tahunan daerah', sekarang RKPD. RKPD "
            "itu singkatan apa?"
        ),
        "istilah.rkpd",
    ),
    (
        "RKPD itu apa sih??? rencana KERJA atau rencana kegiatan???",
        "istilah.rkpd",
    ),
    (
        "saya staf perencanaan di Kotim, Renja itu kepanjangannya apa?",
        "istilah.renja",
    ),
    (
        "Renja itu sama dengan RKPD? kalau beda, Renja itu artinya apa?",
        "istilah.renja",
    ),
    (
        "Renstra = ? (yang 5 tahun itu?)",
        "istilah.renstra",
    ),
    (
        "bisa bantu jelaskan ke kasi saya? dia tanya Renstra itu singkatan apa",
        "istilah.renstra",
    ),
    (
        "loading lama terus, saya ketik saja: RPJMD itu apa?",
        "istilah.rpjmd",
    ),
    (
        "Our section in Gumas: RPJMD — what's that exactly?",
        "istilah.rpjmd",
    ),
    (
        "dulu KUA dan PPAS dibahas terpisah, sekarang orang bilang KUA-PPAS. itu artinya apa?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu apa????? bukan kantor urusan agama kan 😅",
        "istilah.kuappas",
    ),
    (
        "saya operator keuangan di Disperkim Seruyan, RKA itu singkatan dari apa?",
        "istilah.rka",
    ),
    (
        "RKA itu rencana kerja dan anggaran? kalau iya, dokumen apa maksudnya?",
        "istilah.rka",
    ),
    (
        "DPA — artinya?",
        "istilah.dpa",
    ),
    (
        "Could you check for me: DPA = which document?",
        "istilah.dpa",
    ),
    (
        "SIPD nya lagi down, jadi nanya ke bot saja: SIPD itu singkatan apa?",
        "istilah.sipd",
    ),
    (
        "kami berlima operator se-Kapuas penasaran, SIPD itu sistem apa sebenarnya?",
        "istilah.sipd",
    ),
    (
        "dulu namanya Bappeda, sekarang Bapperida. Bapperida itu kepanjangannya apa?",
        "istilah.bapperida",
    ),
    (
        "Bapperida itu 'badan' apa???",
        "istilah.bapperida",
    ),
    (
        "saya honorer baru di kantor kecamatan Pulau Hanaut, OPD itu maksudnya apa?",
        "istilah.opd",
    ),
    (
        "OPD sama dengan dinas? kalau bukan, artinya apa?",
        "istilah.opd",
    ),
    (
        "SKPD -> kepanjangan?",
        "istilah.skpd",
    ),
    (
        "bantu jawab ya, teman di sebelah saya nanya: SKPD itu apa?",
        "istilah.skpd",
    ),
    (
        "tadi pesan saya hilang, saya ulang: SPAM itu kepanjangannya apa? bukan spam email kan",
        "istilah.spam",
    ),
    (
        "Water team here: SPAM means which system?",
        "istilah.spam",
    ),
    (
        "dulu kami bilang 'IPAL komunal' saja, sekarang di dokumen ada SPALD. SPALD itu apa?",
        "istilah.spald",
    ),
    (
        "SPALD itu apa??? sistem pengelolaan 'air limbah' domestik???",
        "istilah.spald",
    ),
    (
        "saya teknisi lapangan, bukan orang perencanaan. IPAL itu singkatan apa?",
        "istilah.ipal",
    ),
    (
        "IPAL itu instalasi pengolahan air limbah? kalau bukan, apa?",
        "istilah.ipal",
    ),
    (
        "TPS3R — what's the 3R?",
        "istilah.tps3r",
    ),
    (
        "cekkan dong, TPS3R itu maksudnya tempat apa?",
        "istilah.tps3r",
    ),
    (
        "chat saya tadi dobel, maaf. MCK itu singkatan apa?",
        "istilah.mck",
    ),
    (
        "Our field team asks: MCK means?",
        "istilah.mck",
    ),
    (
        "dulu pakai istilah 'tata guna lahan', sekarang yang dirujuk RTRW. RTRW itu apa?",
        "istilah.rtrw",
    ),
    (
        "RTRW itu bukan RT/RW kampung kan??? artinya apa",
        "istilah.rtrw",
    ),
    (
        "saya staf magang di bidang tata ruang, RDTR itu apa ya?",
        "istilah.rdtr",
    ),
    (
        "RDTR itu turunan dari RTRW? kalau iya, kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "PBG = ? (pengganti IMB?)",
        "istilah.pbg",
    ),
    (
        "tolong jelaskan sekalian ke bagian umum kami: PBG itu singkatan apa",
        "istilah.pbg",
    ),
    (
        "jaringan di Kuala Kurun jelek, singkat saja: SLF itu apa?",
        "istilah.slf",
    ),
    (
        "kami di Disperkim Barut lagi debat: SLF itu sertifikat apa?",
        "istilah.slf",
    ),
    (
        "dulu kami cuma kenal sertifikat tanah, sekarang ada SKBG. SKBG itu kepanjangannya apa?",
        "istilah.skbg",
    ),
    (
        "SKBG itu apa??? 'sertifikat' kepemilikan apa??",
        "istilah.skbg",
    ),
    (
        "saya pendamping desa, pinjam HP pak kasi. SKT itu artinya apa?",
        "istilah.skt",
    ),
    (
        "SKT itu surat keterangan tanah ya? kalau bukan, apa?",
        "istilah.skt",
    ),
    (
        "clean and clear -> artinya?",
        "istilah.cleanandclear",
    ),
    (
        "bisa bantu jelaskan? istilah 'clean and clear' untuk lahan itu maksudnya apa",
        "istilah.cleanandclear",
    ),
    (
        "tadi bot ga bales, saya tanya lagi: CSR itu apa?",
        "istilah.csr",
    ),
    (
        "Team here in Sampit: CSR means what in this context?",
        "istilah.csr",
    ),
    (
        "dulu namanya rapat teknis, sekarang disebut Rakor. Rakor itu kepanjangannya apa?",
        "istilah.rakor",
    ),
    (
        "RAKOR itu singkatan dari apa sih???",
        "istilah.rakor",
    ),
    (
        "saya operator pengaduan di kantor bupati. LAPOR! itu apa?",
        "istilah.lapor",
    ),
    (
        "LAPOR! itu nama aplikasi pengaduan? kalau bukan, apa artinya?",
        "istilah.lapor",
    ),
    (
        "WIB — singkatan?",
        "istilah.wib",
    ),
    (
        "tolong jelaskan ke kadis kami: backlog perumahan itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "sinyal putus lagi, ulang: istilah backlog itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        "kami di bidang kawasan Seruyan mau tanya, PKP itu singkatan dari apa?",
        "istilah.pkp",
    ),
    (
        "Used to say 'perkim', now it's PKP everywhere — what does PKP stand for?",
        "istilah.pkp",
    ),
    (
        "KUMUH itu definisinya apa???",
        "istilah.kumuh",
    ),
    (
        "saya mahasiswa magang di Disperkim Palangka Raya, pengertian 'kumuh' itu apa?",
        "istilah.kumuh",
    ),
    (
        "DAK itu dana alokasi khusus? kalau bukan, apa?",
        "istilah.dak",
    ),
    (
        "DAK -> kepanjangan?",
        "istilah.dak",
    ),
    (
        "sekalian tanya ya: rusun itu singkatan apa?",
        "istilah.rusun",
    ),
    (
        "App keeps crashing, so typing here: rusun = ?",
        "istilah.rusun",
    ),
]

TRAIN_R38_INTENTS: list[tuple[str, str]] = [
    (
        (
            "tolong cek usulan kami USL-2026-0014 sudah sampai mana? masih verifikasi atau "
            "sudah dibahas?"
        ),
        "status",
    ),
    (
        (
            "tadi error pas buka daftar, usulan jaling Kotim yang kami kirim bulan lalu "
            "statusnya apa sekarang?"
        ),
        "status",
    ),
    (
        "Our drainage proposal from Barsel — accepted or rejected yet?",
        "status",
    ),
    (
        "kami bertiga dari Bartim mau pesan tiket, Rakor tahun ini tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "tahun lalu Rakor bulan November, tahun ini kapan???",
        "meeting",
    ),
    (
        "Rakor berikutnya -> tanggal? tempat? jam?",
        "meeting",
    ),
    (
        "usulan untuk TA depan paling LAMBAT kapan???",
        "deadline",
    ),
    (
        "saya operator, atas nama kadis: batas akhir kirim usulan siklus ini tanggal berapa?",
        "deadline",
    ),
    (
        (
            "masih bisa kirim usulan minggu depan? kalau sudah tutup, sampai kapan sebenarnya "
            "batasnya?"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak admin, mohon bantuannya",
        "greeting",
    ),
    (
        "terima kasih banyak infonya!!!",
        "greeting",
    ),
    (
        "halo, saya baru pertama pakai bot ini, bisa dibantu?",
        "greeting",
    ),
    (
        "gimana caranya input usulan lewat bot ini? saya belum pernah",
        "how_to_submit",
    ),
    (
        (
            "dulu usulan dikirim pakai surat fisik ke provinsi, sekarang lewat bot, mulainya "
            "dari mana?"
        ),
        "how_to_submit",
    ),
    (
        "How do I submit a proposal here?",
        "how_to_submit",
    ),
]

TRAIN_R38_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha di Mendawai -> siapa?",
        "kabkota",
    ),
    (
        "kawasan kumuh kami luasnya 10 hektar PAS, itu kewenangan provinsi atau kabupaten???",
        "provinsi",
    ),
    (
        "Slum 15 hectares — whose authority?",
        "pusat",
    ),
    (
        "tolong cek dong, lokasi kumuh 120.000 m2 di Kelurahan Sidorejo itu kewenangan siapa?",
        "provinsi",
    ),
    (
        "sinyal jelek, saya ulang: kumuh 14,99 ha tanggung jawab siapa?",
        "provinsi",
    ),
    (
        "kami di Kapuas punya delineasi kumuh 95.000 m² di SK, yang menangani siapa?",
        "kabkota",
    ),
    (
        (
            "dulu katanya 10-15 ha itu provinsi, sekarang kawasan kumuh 15 hektare pas masih "
            "provinsi?"
        ),
        "pusat",
    ),
    (
        (
            "saya operator Disperkim Mura: kawasan kumuh 4 ha di Puruk Cahu, urusan kabupaten "
            "ya? kalau bukan, siapa?"
        ),
        "kabkota",
    ),
    (
        "kumuh 150.000 meter persegi bisa diusulkan ke provinsi? kalau tidak, ke mana?",
        "pusat",
    ),
    (
        "Slum area 12 hectares in Sampit: prov?",
        "provinsi",
    ),
    (
        "mewakili tim Kapuas: KUMUH 32 hektar di Selat itu kewenangan siapa???",
        "pusat",
    ),
    (
        "kumuh 9,99 hektare — kab/kota?",
        "kabkota",
    ),
]

TRAIN_R38_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan tahun 2026 untuk bidang kawasan permukiman?",
    "tolong kasih nomor HP kabid kawasan permukiman provinsi, mau saya telepon langsung",
    "siapa pemenang tender jalan lingkungan di Kapuas tahun ini???",
    "berapa harga satuan paving block per m2 di standar harga Kalteng 2026?",
    "jumlah RTLH di Kalteng tahun 2025 ada berapa unit?",
    "harga semen per sak di Muara Teweh sekarang berapa?",
    "besok cuaca di Palangka Raya hujan atau tidak? mau survei lokasi",
    "saya honorer, tunjangan kinerja golongan III di pemprov berapa ya?",
    "syarat perpanjangan STNK mobil dinas gimana?",
    "izin tambang galian C buat material urugan -> ke mana?",
    "sinyal jelek, singkat aja: ada formasi CPNS teknik sipil bulan depan?",
    "rekomendasi tempat makan dekat kantor Disperkimtan dong",
    "How do I claim my BPJS Ketenagakerjaan?",
    "berita terbaru soal banjir di Katingan apa?",
    "kami bertiga dari Gumas mau tanya, jadwal vaksin di puskesmas Kuala Kurun kapan?",
]
