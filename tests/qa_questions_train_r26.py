"""Training table R26 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 39's styles, written by another hand for the second half of the topic list, while round
39 was written and before it was measured: quoting something read (a circular, a forwarded
message, a slide) and asking what it means, consequences and what-if-not, vague references,
a transferred officer comparing, explaining to a third party, formal-literary vocabulary,
step-by-step questions, hedged curiosity openers; careful school-textbook English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R26_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            'di laporan BPBD tertulis "pengungsi untuk sementara menempati huntara di '
            'lapangan desa", huntara itu maksudnya apa ya?'
        ),
        "istilah.huntara",
    ),
    (
        (
            "yang rumah darurat buat korban banjir sebelum dapat rumah tetap itu ada "
            "singkatannya, hun-apa gitu, artinya apa persisnya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Mohon penjelasan berkenaan dengan istilah huntap; apakah yang dimaksud adalah "
            "kediaman permanen bagi warga terdampak bencana?"
        ),
        "istilah.huntap",
    ),
    (
        "camat nanya ke saya huntap itu apa, saya jawab apa ya biar gampang dimengerti?",
        "istilah.huntap",
    ),
    (
        (
            "lagi ngisi form usulan, sudah sampai langkah jumlah penerima manfaat dan diminta "
            "isi KK. sebelum lanjut, KK di situ yang dihitung apa ya?"
        ),
        "istilah.kk",
    ),
    (
        (
            "kalau angka KK saya isi sama persis dengan jumlah jiwa berarti keliru ya? KK itu "
            "sebenarnya hitungan apa sih?"
        ),
        "istilah.kk",
    ),
    (
        (
            'penasaran aja sih, di isian penerima manfaat ada kolom "jiwa", itu maksudnya '
            "jumlah orang ya?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            'waktu di Bappeda Kalsel dulu kami pakai istilah "penduduk terlayani", di sini '
            'disebut "jiwa", artinya sama kah?'
        ),
        "istilah.jiwa",
    ),
    (
        (
            "di SK tertulis luas kawasan 12,4 ha. ha itu satuan apa ya, maaf saya dari bagian "
            "keuangan bukan orang teknik"
        ),
        "istilah.ha",
    ),
    (
        'What does the unit "ha" stand for, and how many square metres is one ha?',
        "istilah.ha",
    ),
    (
        (
            'konsultan kirim WA "DED sudah 90%, tinggal gambar detail", DED itu singkatan '
            "dari apa sih?"
        ),
        "istilah.ded",
    ),
    (
        "kades nanya DED itu barang apa, saya mau jelasin pakai bahasa sederhana, gimana ya?",
        "istilah.ded",
    ),
    (
        (
            "atasan bilang usulan tanpa RAB bakal lemah, saya jadi khawatir. Sebenarnya RAB "
            "itu dokumen apa ya, biar saya tidak salah minta ke konsultan?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Mohon kiranya dijelaskan akronim RAB yang termaktub dalam daftar kelengkapan "
            "berkas usulan."
        ),
        "istilah.rab",
    ),
    (
        (
            "saya isi form sampai bagian dokumen kesiapan, ada pilihan RKS. sebelum lanjut ke "
            "tahap berikutnya, RKS itu dokumen apa ya?"
        ),
        "istilah.rks",
    ),
    (
        (
            "dulu di Dinas PUPR Banjarbaru kami menyebutnya spek teknis, di sini kok disebut "
            "RKS, itu sama maksudnya?"
        ),
        "istilah.rks",
    ),
    (
        "sekadar memastikan, KAK itu sama dengan TOR ya? kepanjangannya apa?",
        "istilah.kak",
    ),
    (
        (
            "saya mau mulai pengadaan konsultan perencana, langkah pertama katanya bikin KAK. "
            "KAK itu apa ya?"
        ),
        "istilah.kak",
    ),
    (
        (
            "yang gambar tata letak lokasi itu lho, yang kadang disebut rencana tapak, "
            "istilah aslinya apa dan maksudnya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        "I would like to ask, what is meant by a site plan in the proposal documents?",
        "istilah.siteplan",
    ),
    (
        'di notulen rapat tertulis "RC lokasi belum terpenuhi", RC itu singkatan apa ya?',
        "istilah.rc",
    ),
    (
        "bupati minta saya jelaskan singkat apa itu RC, poinnya apa?",
        "istilah.rc",
    ),
    (
        (
            "kalau BAST-nya belum ada, berarti serah terimanya belum ada berita acaranya ya? "
            "BAST itu kepanjangannya apa persisnya?"
        ),
        "istilah.bast",
    ),
    (
        "Kindly explain what BAST stands for.",
        "istilah.bast",
    ),
    (
        (
            'di rapat ada kalimat "asetnya nanti dihibahkan ke kabupaten", hibah di sini '
            "artinya apa, diberikan cuma-cuma gitu?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "waktu saya di Dinsos dulu hibah itu uang bantuan ke lembaga, di bidang perkim "
            "arti hibah beda kah?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "saya lagi menyusun daftar aset untuk serah terima, langkah awalnya disuruh cek "
            "mana yang BMD. BMD itu sendiri apa ya?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Mohon pencerahan, apa yang dimaksud dengan BMD dalam pengelolaan aset pemerintah "
            "daerah?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "kalau di berita acara saya salah tulis BMN padahal maksudnya BMD, bisa jadi "
            "masalah kan? sebetulnya beda BMN dan BMD itu apa?"
        ),
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        'di surat Balai tertulis "aset BMN berupa jalan lingkungan", BMN itu maksudnya apa?',
        "istilah.bmn",
    ),
    (
        (
            "takutnya kalau saya salah artikan O&P, kabupaten menandatangani surat pernyataan "
            "yang keliru. O&P itu singkatan apa ya?"
        ),
        "istilah.op",
    ),
    (
        "gimana cara saya jelasin ke kepala desa apa itu O&P, biar dia ngerti istilahnya?",
        "istilah.op",
    ),
    (
        "May I know what SPM stands for in the housing sector?",
        "istilah.spm",
    ),
    (
        "yang standar pelayanan itu lho, SPM, kepanjangannya apa ya persisnya?",
        "istilah.spm",
    ),
    (
        (
            'di undangan tertulis "dihadiri unsur Pokja PKP kabupaten", Pokja PKP itu '
            "kelompok apa ya?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "waktu di Kaltim dulu ada forum perumahan, di sini sering disebut Pokja PKP, itu "
            "singkatan apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS itu kepanjangannya apa? saya kira PPAS itu yang soal plafon anggaran",
        "istilah.pokjappas",
    ),
    (
        "Sekda minta penjelasan singkat apa itu Pokja PPAS, poin pentingnya apa saja?",
        "istilah.pokjappas",
    ),
    (
        "staf baru tanya ke saya AMPL di Pokja AMPL itu apa, saya jelaskan bagaimana ya?",
        "istilah.pokjaampl",
    ),
    (
        "What is the meaning of Pokja AMPL?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu dokumen apa? singkatannya panjang banget, saya selalu lupa",
        "istilah.rp3kp",
    ),
    (
        (
            'di SE tertulis "selaras dengan RP3KP kabupaten/kota", RP3KP itu maksudnya apa '
            "buat kami?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "saya takut ketuker RP3KP dan RP2KPKP di laporan, nanti salah kutip dokumen. "
            "Bedanya dua singkatan itu apa ya?"
        ),
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        (
            "dokumen rencana pencegahan dan peningkatan kualitas kumuh itu singkatannya apa "
            "ya, RP2 apa gitu"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "waktu saya di Banjarmasin dulu sering dengar program KOTAKU, itu singkatan dari apa?",
        "istilah.kotaku",
    ),
    (
        (
            "lurah bilang dulu kelurahannya ikut KOTAKU dan nanya ke saya itu program apa. "
            "saya jelaskan singkat gimana?"
        ),
        "istilah.kotaku",
    ),
    (
        "sekadar memastikan, PPKT di DAK Tematik PPKT itu singkatan dari apa ya?",
        "istilah.daktematikppkt",
    ),
    (
        (
            'di slide bimtek ada tulisan "alternatif pendanaan: DAK Tematik PPKT", itu dana '
            "apa ya maksudnya?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "Could you explain what APBN means?",
        "istilah.apbn",
    ),
    (
        (
            "saya mau isi sumber dana di form, langkah pertama saya pahami dulu pilihannya: "
            "APBN itu anggaran siapa ya?"
        ),
        "istilah.apbn",
    ),
    (
        "APBD itu singkatan dari apa? yang provinsi sama kabupaten sama-sama disebut APBD ya?",
        "istilah.apbd",
    ),
    (
        (
            "Perkenankan saya bertanya, apa makna APBD sebagaimana tercantum dalam pilihan "
            "sumber pendanaan?"
        ),
        "istilah.apbd",
    ),
    (
        "kades nanya ke saya APBDes itu apa, saya jawab apa ya?",
        "istilah.apbdes",
    ),
    (
        'di dokumen usulan tetangga tertulis "sharing APBDes 10%", APBDes itu anggaran apa ya?',
        "istilah.apbdes",
    ),
    (
        "Mohon penjelasan perihal istilah Bankeu yang kerap disebut dalam pembahasan pendanaan.",
        "istilah.bankeu",
    ),
    (
        "I would like to know the meaning of Bankeu in the funding source options.",
        "istilah.bankeu",
    ),
    (
        (
            "waktu di kabupaten lama saya sering dengar pokir dewan, di sini pokir maksudnya "
            "juga usulan DPRD?"
        ),
        "istilah.pokir",
    ),
    (
        "Mohon dijelaskan apa yang dimaksud dengan pokok-pokok pikiran atau pokir.",
        "istilah.pokir",
    ),
    (
        (
            "saya pegawai baru, mau paham urutannya dari awal: Musrenbang itu kepanjangannya "
            "apa dan jenjangnya dari mana sampai mana?"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "anak magang tanya Musrenbang itu forum apa, tolong bantu saya merangkai "
            "penjelasan yang mudah"
        ),
        "istilah.musrenbang",
    ),
    (
        'di SE tertulis "usulan yang lolos akan dimuat dalam RKPD", RKPD itu dokumen apa?',
        "istilah.rkpd",
    ),
    (
        "RKPD itu rencana yang tahunan atau lima tahunan ya? kepanjangannya apa",
        "istilah.rkpd",
    ),
    (
        (
            "saya ditugasi bantu menyusun Renja dinas, sebelum mulai langkah pertama saya mau "
            "paham dulu: Renja itu dokumen apa?"
        ),
        "istilah.renja",
    ),
    (
        "Dalam tata perencanaan daerah, apakah gerangan yang dimaksud dengan Renja?",
        "istilah.renja",
    ),
    (
        "May I know the meaning of Renstra?",
        "istilah.renstra",
    ),
    (
        "pak kadis minta saya jelaskan ke staf baru soal Renstra, itu dokumen apa ya?",
        "istilah.renstra",
    ),
    (
        "RPJMD yang sering disebut di sambutan pembukaan rapat itu singkatan apa?",
        "istilah.rpjmd",
    ),
    (
        (
            "kalau saya keliru membedakan RPJMD dan Renstra, laporan ke pimpinan bisa salah "
            "kutip. RPJMD itu rencana apa dan bedanya dengan Renstra?"
        ),
        ("istilah.rpjmd", "istilah.renstra"),
    ),
    (
        "KUA-PPAS itu singkatannya apa? jangan-jangan ada hubungannya dengan Pokja PPAS",
        "istilah.kuappas",
    ),
    (
        'di jadwal penganggaran tertulis "pembahasan KUA-PPAS", itu maksudnya apa?',
        "istilah.kuappas",
    ),
    (
        "Pardon me, what is RKA in regional budgeting?",
        "istilah.rka",
    ),
    (
        "dulu di kota lama saya dokumennya RKA-SKPD, di sini cuma disebut RKA, artinya sama?",
        "istilah.rka",
    ),
    (
        (
            "kalau kegiatan kami belum masuk DPA, artinya belum punya dokumen apa? DPA itu "
            "kepanjangannya apa?"
        ),
        "istilah.dpa",
    ),
    (
        'kontraktor nanya "sudah ada DPA belum pak", DPA itu apa ya biar saya bisa jawab?',
        "istilah.dpa",
    ),
    (
        (
            "setelah usulan lolos katanya nanti diinput ke SIPD, sebelum saya sampai tahap "
            "itu, SIPD itu sebenarnya sistem apa?"
        ),
        "istilah.sipd",
    ),
    (
        (
            "di kabupaten lama saya masih pakai aplikasi lain, sekarang semua bilang SIPD, "
            "SIPD itu singkatan dari apa?"
        ),
        "istilah.sipd",
    ),
    (
        "Bapperida itu kepanjangannya apa? kok beda dengan Bappeda",
        "istilah.bapperida",
    ),
    (
        "waktu saya di Kalsel namanya Bappedalitbang, di Kalteng Bapperida, itu badan apa ya?",
        "istilah.bapperida",
    ),
    (
        (
            "di kementerian tempat saya dulu istilahnya satker, di pemda sini semua bilang "
            "OPD, OPD itu artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        (
            "Apakah OPD dan SKPD merujuk pada pengertian yang sama, ataukah terdapat "
            "perbedaan makna?"
        ),
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        'di form lama tertulis "SKPD pengusul", SKPD itu apa?',
        "istilah.skpd",
    ),
    (
        "What is SKPD, if I may ask?",
        "istilah.skpd",
    ),
    (
        "SPAM di sini bukan email sampah kan? SPAM dalam urusan air minum itu apa?",
        "istilah.spam",
    ),
    (
        (
            'tadi di paparan narasumber muncul kalimat "integrasi dengan SPAM perpipaan", '
            "SPAM itu artinya apa?"
        ),
        "istilah.spam",
    ),
    (
        (
            "saya sedang isi sektor terkait di form, tahap berikutnya sanitasi, dan di "
            "dokumen pendukung ada istilah SPALD. SPALD itu sistem apa?"
        ),
        "istilah.spald",
    ),
    (
        "Apakah arti SPALD yang kerap muncul dalam dokumen sanitasi?",
        "istilah.spald",
    ),
    (
        (
            "di urutan pekerjaan sanitasi desa kami nanti ada pembangunan IPAL. sebelum saya "
            "susun jadwalnya, IPAL itu singkatan dari apa ya?"
        ),
        "istilah.ipal",
    ),
    (
        "ketua RT minta saya jelaskan di pertemuan warga apa itu IPAL komunal, intinya apa ya?",
        "istilah.ipal",
    ),
    (
        (
            "langkah saya berikutnya menyusun lampiran sektor persampahan, di dokumen desa "
            "ada tulisan TPS3R. TPS3R itu apa, 3R-nya maksudnya apa?"
        ),
        "istilah.tps3r",
    ),
    (
        "May I know what TPS3R means?",
        "istilah.tps3r",
    ),
    (
        (
            "saya lagi menyusun daftar kebutuhan sarana desa, urutan pertama MCK. MCK itu "
            "kepanjangannya apa sih?"
        ),
        "istilah.mck",
    ),
    (
        (
            "saya mau sosialisasi ke ibu-ibu PKK dan perlu menjelaskan apa itu MCK, "
            "kepanjangannya apa dan fasilitas apa?"
        ),
        "istilah.mck",
    ),
    (
        "RTRW itu bukan RT/RW kan? artinya apa?",
        "istilah.rtrw",
    ),
    (
        (
            "kalau lokasi kami dibilang tidak sesuai RTRW, artinya tidak sesuai dengan apa? "
            "RTRW itu dokumen apa?"
        ),
        "istilah.rtrw",
    ),
    (
        "kalau saya campur aduk RDTR dan RTRW waktu paparan nanti malu. Bedanya apa ya?",
        ("istilah.rdtr", "istilah.rtrw"),
    ),
    (
        "dulu di Dinas PU Kalsel kami sering pakai istilah RDTR, artinya apa sih?",
        "istilah.rdtr",
    ),
    (
        "PBG itu pengganti IMB ya? kepanjangannya apa",
        "istilah.pbg",
    ),
    (
        ("kalau bangunan warga tidak punya PBG, itu artinya dia belum punya apa? PBG itu apa sih?"),
        "istilah.pbg",
    ),
    (
        "kalau gedung belum ada SLF-nya, berarti belum punya sertifikat apa?",
        "istilah.slf",
    ),
    (
        "Kindly explain the meaning of SLF.",
        "istilah.slf",
    ),
    (
        "SKBG itu surat apa? saya kira semacam sertifikat tanah",
        "istilah.skbg",
    ),
    (
        (
            'screenshot dari teman di Dinas Perkim kota: "penerbitan SKBG rumah susun". SKBG '
            "itu maksudnya apa?"
        ),
        "istilah.skbg",
    ),
    (
        (
            "kalau warga cuma punya SKT, bukan sertifikat, berarti dia pegang surat apa? SKT "
            "itu apa persisnya?"
        ),
        "istilah.skt",
    ),
    (
        (
            "ada warga calon penerima bantuan bingung waktu saya minta SKT. bagaimana saya "
            "menerangkan ke dia SKT itu surat apa?"
        ),
        "istilah.skt",
    ),
    (
        (
            "kalau verifikator bilang lahan kami belum clean and clear, berarti kurangnya "
            "apa? clean and clear itu artinya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        'di grup WA kabid ada forward: "lahan wajib C&C". C&C itu apa?',
        "istilah.cleanandclear",
    ),
    (
        (
            "tahap berikutnya di form saya disuruh pilih sumber dana, ada opsi CSR. sebelum "
            "saya klik, CSR itu dana apa? dari perusahaan ya?"
        ),
        "istilah.csr",
    ),
    (
        "What is CSR in the list of funding sources?",
        "istilah.csr",
    ),
    (
        "Rakor itu kepanjangannya apa? rapat koordinasi apa persisnya?",
        "istilah.rakor",
    ),
    (
        (
            "yang rapat tahunan provinsi dengan kabupaten itu namanya apa ya, yang ada "
            "singkatannya itu?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "di instansi lama saya pengaduan cuma lewat kotak saran, di sini bot menyebut "
            "LAPOR! pakai tanda seru, itu apa ya?"
        ),
        "istilah.lapor",
    ),
    (
        "What is LAPOR! that the bot mentions?",
        "istilah.lapor",
    ),
    (
        "WIB itu waktu apa ya? saya baru pindah dari Kaltim yang pakai WITA",
        "istilah.wib",
    ),
    (
        (
            "kalau backlog perumahan di kabupaten kami naik, artinya apa yang bertambah? "
            "backlog itu apa?"
        ),
        "istilah.backlog",
    ),
    (
        'di slide rakor ada tulisan "backlog perumahan masih tinggi", itu artinya apa?',
        "istilah.backlog",
    ),
    (
        "PKP itu singkatan apa? saya kira pengusaha kena pajak",
        "istilah.pkp",
    ),
    (
        "Dalam konteks urusan pemerintahan, apa yang dimaksud dengan PKP?",
        "istilah.pkp",
    ),
    (
        "kumuh itu definisinya apa ya, kalau boleh tahu?",
        "istilah.kumuh",
    ),
    (
        ("warga tersinggung kampungnya disebut kumuh, gimana saya jelaskan arti kumuh sebenarnya?"),
        "istilah.kumuh",
    ),
    (
        (
            "katanya kalau bukan kewenangan provinsi langkah berikutnya bisa coba lewat DAK. "
            "sebelum saya urus, DAK itu sendiri dana apa ya?"
        ),
        "istilah.dak",
    ),
    (
        "What does DAK stand for?",
        "istilah.dak",
    ),
    (
        "rusun itu singkatan dari apa, sekadar memastikan?",
        "istilah.rusun",
    ),
    (
        "di kabupaten lama saya semua disebut rusun, di sini ada rusunawa juga, bedanya apa?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

TRAIN_R26_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan kami yang jalan lingkungan di Baamang itu sudah sampai mana ya? sudah "
            "diverifikasi belum?"
        ),
        "status",
    ),
    (
        (
            "kalau boleh tahu, usulan Kabupaten Katingan yang kami kirim bulan lalu statusnya "
            "sekarang apa? diterima atau ditolak?"
        ),
        "status",
    ),
    (
        "Could you check whether our proposal USL-2026-0014 has been approved or rejected?",
        "status",
    ),
    (
        (
            "saya harus ajukan SPT perjalanan dinas dulu, jadi Rakor tahun ini tanggal berapa "
            "dan di mana tempatnya?"
        ),
        "meeting",
    ),
    (
        "penasaran aja, rapat koordinasi berikutnya jadi tanggal berapa, mulai jam berapa WIB?",
        "meeting",
    ),
    (
        (
            "yang rapat sinkronisasi itu lho, tahun ini diadakan di aula dinas lagi atau di "
            "hotel? kapan?"
        ),
        "meeting",
    ),
    (
        (
            'di grup WA ada yang bilang "usulan ditutup akhir bulan", benar begitu? '
            "sebenarnya batas akhir kirim usulan tahun ini tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "kalau usulan kami telat masuk bisa gugur ya? memangnya paling lambat kapan "
            "usulan diterima siklus ini?"
        ),
        "deadline",
    ),
    (
        "Mohon informasi tenggat penyampaian usulan untuk tahun anggaran mendatang.",
        "deadline",
    ),
    (
        "selamat pagi pak, izin bergabung",
        "greeting",
    ),
    (
        "terima kasih banyak atas penjelasannya 🙏",
        "greeting",
    ),
    (
        "halo, bisa bantu saya?",
        "greeting",
    ),
    (
        "gimana caranya kirim usulan lewat bot ini, langkah pertamanya apa?",
        "how_to_submit",
    ),
    (
        (
            "waktu di provinsi lama saya usulan dikirim lewat surat fisik, di sini katanya "
            "lewat bot, caranya gimana?"
        ),
        "how_to_submit",
    ),
    (
        "I would like to ask how to enter a new proposal through this bot.",
        "how_to_submit",
    ),
]

TRAIN_R26_AREAS: list[tuple[str, str]] = [
    (
        (
            "kira-kira kawasan kumuh di Kelurahan Mentawa Baru Hilir yang luasnya 8,7 ha itu "
            "jadi urusan siapa ya?"
        ),
        "kabkota",
    ),
    (
        (
            "apa akibatnya kalau kami usulkan ke provinsi kawasan kumuh yang luasnya 10 "
            "hektar pas? ditolak nggak karena bukan kewenangan provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "di SK kumuh kami tercantum lokasi Pulau Telo seluas 14,99 ha, penanganannya "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "yang kumuh di tepian sungai Tanjung Pinang itu luasnya 15 ha persis, itu siapa "
            "yang pegang?"
        ),
        "pusat",
    ),
    (
        (
            "delineasi kumuh kami 125.000 m2, langkah selanjutnya saya ajukan ke kabupaten "
            "sendiri atau ke provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "waktu di Kalsel, kumuh 12 hektare ditangani provinsi. di Kalteng untuk luas 12 "
            "hektare sama?"
        ),
        "provinsi",
    ),
    (
        "kades nanya kawasan kumuh di desanya cuma 3,2 ha, saya jawab itu tanggung jawab siapa?",
        "kabkota",
    ),
    (
        (
            "Berkenaan dengan permukiman kumuh seluas 150.000 meter persegi, pada tingkat "
            "pemerintahan manakah kewenangan penanganannya?"
        ),
        "pusat",
    ),
    (
        ("sekadar memastikan, lokasi kumuh 95.000 m² di Buntok Kota itu kewenangan kabupaten kan?"),
        "kabkota",
    ),
    (
        "May I know which level of government handles a slum area of 22 hectares?",
        "pusat",
    ),
    (
        (
            "untuk kawasan kumuh 40 hektar di Kuala Kapuas, urutannya harus diajukan ke mana "
            "dulu, siapa yang berwenang?"
        ),
        "pusat",
    ),
    (
        "yang kumuh 9,99 ha di Sampit itu lho, masuk kabupaten atau provinsi?",
        "kabkota",
    ),
]

TRAIN_R26_OUT_OF_SCOPE: list[str] = [
    "kalau boleh tahu, berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "yang tender jalan lingkungan di Kotim tahun lalu itu, pemenangnya siapa ya?",
    (
        "saya lagi susun RAB, langkah pertama butuh harga satuan paving block per m2 di "
        "Palangka Raya, berapa sekarang?"
    ),
    "kepala dinas kami minta nomor WA Kabid Kawasan Permukiman provinsi, ada nomornya?",
    (
        "Mohon informasi mengenai besaran kuota BSPS untuk Kabupaten Seruyan pada tahun "
        "anggaran mendatang."
    ),
    "penasaran aja, besok di Muara Teweh hujan nggak ya? mau survei lokasi",
    (
        'di SE BKD tertulis "uang harian perjalanan dinas disesuaikan", jadi untuk '
        "golongan III sekarang berapa?"
    ),
    "gimana urutan mengurus cuti tahunan lewat aplikasi kepegawaian?",
    (
        "waktu saya di Dinas ESDM dulu izin galian C diurus provinsi, di Kalteng sekarang "
        "apa syaratnya?"
    ),
    "kapal yang ke Semarang dari Kuala Pembuang itu berangkatnya hari apa ya?",
    "What is the current price of cement per sack in Sampit?",
    "apa akibatnya kalau SPJ perjalanan dinas telat dikumpulkan ke bendahara?",
    "gimana menjelaskan ke warga kenapa tarif PDAM naik bulan ini?",
    "Bagaimana perkembangan kabar pelantikan pejabat eselon di lingkungan Pemprov minggu ini?",
    (
        "kalau nilai seleksi PPPK saya kurang tahun ini, apa ruginya kalau saya ikut lagi "
        "tahun depan?"
    ),
]
