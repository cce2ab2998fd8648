"""Training table R86 for the Sinkron matcher (written 2026-12-08; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 68's styles, for the second half of the topic list: Manado or Ambon Malay, Palembang
words, spreadsheet rows or table cells pasted beside the question, meeting minutes with
"Pertanyaan:" lines, legal-drafting phrasing, an officer near retirement with a long
backstory first, words run together or joined by underscores; Ghanaian English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only. Written and read in round 39.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R86_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("huntara itu apa? di laporan banjir Katingan Hilir ada tulisan huntara", "istilah.huntara"),
    ("Kita mo tanya, huntara itu kepanjangan apa dang?", "istilah.huntara"),
    (
        ("Please what does huntap stand for? I saw it in the flood report from Pulang Pisau."),
        "istilah.huntap",
    ),
    ("arti_huntap apa ya min", "istilah.huntap"),
    ("Isian KK di form itu maksudnya apa? kepala keluarga kah?", "istilah.kk"),
    (
        ("Desa | KK | Jiwa\nTumbang Talaken | 84 | 301\nkolom KK ini maksudnya apa persisnya?"),
        "istilah.kk",
    ),
    ("jiwa di isian penerima manfaat itu hitungannya apa? orang per orang?", "istilah.jiwa"),
    ("Cak mano maksud 'jiwa' di form tu, wong sikok-sikok apo?", "istilah.jiwa"),
    ("ha itu satuan apa? hektar kah?", "istilah.ha"),
    ("Please, the 'ha' they wrote for the area, what does it mean? Is it hectares?", "istilah.ha"),
    ("DED itu singkatan dari apa ya?", "istilah.ded"),
    (
        (
            "Saya ini tinggal 8 bulan lagi pensiun. Dulu kami cuma bikin gambar "
            "tangan untuk jalan desa di Dusun Selatan, tidak ada yang ribut soal "
            "dokumen. Sekarang anak-anak muda sebut DED terus. DED itu sebenarnya "
            "apa?"
        ),
        "istilah.ded",
    ),
    ("Kindly, RAB stands for what?", "istilah.rab"),
    ("rab=rencanaanggaranbiaya kah?", "istilah.rab"),
    ("No\tDokumen\tAda/Tidak\n3\tRKS\tBelum\nRKS itu dokumen apa ya?", "istilah.rks"),
    ("Kindly, what is RKS? My boss says we need it but I don't know the meaning.", "istilah.rks"),
    ("KAK itu apa? sama dengan TOR?", "istilah.kak"),
    ("ngana tau nyanda, KAK itu singkatan apa?", "istilah.kak"),
    ("site plan itu apa, rencana tapak kah?", "istilah.siteplan"),
    ("Aku dak tau nian, site plan tu apo artinyo?", "istilah.siteplan"),
    ("RC di daftar kelengkapan itu maksudnya apa ya?", "istilah.rc"),
    (
        (
            "Mohon penjelasan, istilah 'RC' sebagaimana dimaksud dalam daftar "
            "kelengkapan usulan, in casu usulan drainase, merujuk pada pengertian "
            "apa?"
        ),
        "istilah.rc",
    ),
    ("BAST itu kepanjangannya apa?", "istilah.bast"),
    (
        (
            "Notulen rapat Dinas Perkim Kab. Gunung Mas\nPertanyaan: apa yang "
            "dimaksud dengan BAST?\nTindak lanjut: ditanyakan ke bot Sinkron"
        ),
        "istilah.bast",
    ),
    ("hibah itu maksudnya apa sih? pemberian cuma-cuma kah?", "istilah.hibah"),
    ("Beta mau tau, kata hibah tu arti apa?", "istilah.hibah"),
    ("BMD itu apa?", "istilah.bmd"),
    ("Please what is the full meaning of BMD?", "istilah.bmd"),
    ("BMN singkatan dari apa ya", "istilah.bmn"),
    (
        (
            "Berdasarkan ketentuan pengelolaan aset, apakah yang dimaksud dengan "
            "BMN? Mohon pengertiannya."
        ),
        "istilah.bmn",
    ),
    ("O&P itu maksudnya apa?", "istilah.op"),
    ("O_dan_P artinya apa, operasi dan pemeliharaan kah?", "istilah.op"),
    ("SPM itu singkatan apa?", "istilah.spm"),
    ("Apo itu SPM? Aku dengar di rapat tapi dak paham.", "istilah.spm"),
    ("Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    ("Please, what does Pokja PKP mean? Is it a committee?", "istilah.pokjapkp"),
    ("Pokja PPAS itu apa ya?", "istilah.pokjappas"),
    ("pokjappas itu singkatan apa", "istilah.pokjappas"),
    ("AMPL di Pokja AMPL itu singkatan apa?", "istilah.pokjaampl"),
    (
        ("Kita so dapa undangan Pokja AMPL, mar nyanda tau itu apa. Pokja AMPL itu apa dang?"),
        "istilah.pokjaampl",
    ),
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("What is RP3KP, please? The letters are too many for me oo.", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apa", "istilah.rp2kpkp"),
    (
        (
            "Pertanyaan: apa yang dimaksud RP2KPKP? (Kabid Perkim, Kab. Kapuas)\n"
            "Tindak lanjut: menunggu penjelasan"
        ),
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    (
        (
            "Dulu waktu saya masih staf muda di Palangka Raya ada program dari "
            "pusat, orang sebut KOTAKU, ada BKM di kelurahan. Sekarang saya mau "
            "pensiun dan anak buah tanya. KOTAKU itu sebenarnya singkatan apa?"
        ),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("Please what is DAK Tematik PPKT? What does PPKT stand for?", "istilah.daktematikppkt"),
    ("APBN itu singkatan dari apa?", "istilah.apbn"),
    ("Apo kepanjangan APBN tu?", "istilah.apbn"),
    ("APBD maksudnya apa?", "istilah.apbd"),
    ("apbd_itu_apa", "istilah.apbd"),
    ("APBDes itu apa?", "istilah.apbdes"),
    ("Beta staf di Kecamatan Sematu Jaya, beta mau tanya APBDes tu apa?", "istilah.apbdes"),
    ("Bankeu itu singkatan apa ya?", "istilah.bankeu"),
    (
        (
            "Mohon dijelaskan pengertian 'Bankeu' sebagaimana tercantum dalam "
            "pilihan sumber dana, vide isian formulir usulan."
        ),
        "istilah.bankeu",
    ),
    ("Pokir itu apa?", "istilah.pokir"),
    ("Please, what is pokir? They said it's from the DPRD members.", "istilah.pokir"),
    ("Musrenbang kepanjangannya apa?", "istilah.musrenbang"),
    ("Cak mano artinyo Musrenbang tu? Aku galak lupo.", "istilah.musrenbang"),
    ("RKPD itu dokumen apa?", "istilah.rkpd"),
    ("apaituRKPD", "istilah.rkpd"),
    ("Renja itu apa ya?", "istilah.renja"),
    ("Torang pe kepala dinas suru bikin Renja. Renja itu apa dang?", "istilah.renja"),
    ("Renstra singkatan dari apa?", "istilah.renstra"),
    (
        ("Dokumen | Periode | Status\nRenstra | 5 tahun | draft\nRenstra ini maksudnya apa ya?"),
        "istilah.renstra",
    ),
    ("RPJMD itu apa?", "istilah.rpjmd"),
    ("Please what does RPJMD mean?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("kuappas singkatannya apa ya", "istilah.kuappas"),
    ("RKA itu singkatan apa?", "istilah.rka"),
    (
        (
            "Berdasarkan ketentuan perencanaan anggaran daerah, apakah yang "
            "dimaksud dengan RKA? Mohon pengertian istilah tersebut."
        ),
        "istilah.rka",
    ),
    ("DPA itu dokumen apa?", "istilah.dpa"),
    ("DPA tu apo? Jingok di surat ado tulisan DPA.", "istilah.dpa"),
    ("Please, SIPD, what is its meaning?", "istilah.sipd"),
    ("Kita mo tanya, SIPD itu singkatan dari apa?", "istilah.sipd"),
    ("Bapperida itu apa, pengganti Bappeda kah?", "istilah.bapperida"),
    ("Please, Bapperida, what is the meaning?", "istilah.bapperida"),
    ("OPD itu singkatan apa?", "istilah.opd"),
    ("Beta bingung, OPD tu apa?", "istilah.opd"),
    ("SKPD kepanjangannya apa?", "istilah.skpd"),
    ("skpd_artinya_apa", "istilah.skpd"),
    ("SPAM di bidang air minum itu singkatan apa?", "istilah.spam"),
    ("Please what is SPAM here? Not email spam oo, the water one.", "istilah.spam"),
    ("Please, SPALD means what?", "istilah.spald"),
    (
        ("Pertanyaan: SPALD itu singkatan dari apa?\nTindak lanjut: Sekretaris menanyakan ke bot"),
        "istilah.spald",
    ),
    ("IPAL itu apa ya?", "istilah.ipal"),
    ("IPAL tu apo nian?", "istilah.ipal"),
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("Please what does TPS3R mean? What is the 3R?", "istilah.tps3r"),
    ("MCK kepanjangannya apa?", "istilah.mck"),
    (
        (
            "Saya dari tahun 1991 di Kurun, dulu bangun WC umum di pinggir sungai "
            "Kahayan. Sekarang di dokumen tertulis MCK. MCK itu singkatan apa "
            "tepatnya?"
        ),
        "istilah.mck",
    ),
    ("RTRW itu apa? bukan RT RW kan?", "istilah.rtrw"),
    (
        (
            "Mohon penjelasan mengenai pengertian RTRW, quod non dimaksudkan "
            "sebagai rukun tetangga/rukun warga."
        ),
        "istilah.rtrw",
    ),
    ("RDTR itu singkatan apa?", "istilah.rdtr"),
    ("RDTR itu apa dang? kita nyanda tau.", "istilah.rdtr"),
    ("PBG itu apa, pengganti IMB kah?", "istilah.pbg"),
    ("Please what is PBG? Is it the new building permit?", "istilah.pbg"),
    ("Please, SLF means what?", "istilah.slf"),
    ("slf_singkatan_apa", "istilah.slf"),
    ("SKBG kepanjangannya apa?", "istilah.skbg"),
    ("SKBG tu apo artinyo?", "istilah.skbg"),
    ("SKT itu surat apa?", "istilah.skt"),
    (
        (
            "Warga di Desa Sungai Cabang banyak yang cuma pegang SKT. Saya sudah "
            "mau pensiun tapi masih bingung: SKT itu sebenarnya singkatan dari apa?"
        ),
        "istilah.skt",
    ),
    ("clean and clear itu maksudnya apa?", "istilah.cleanandclear"),
    ("Please what is the meaning of clean and clear for land?", "istilah.cleanandclear"),
    ("CSR itu apa?", "istilah.csr"),
    ("Beta mau tanya, CSR tu apa ka?", "istilah.csr"),
    ("Rakor itu singkatan dari apa?", "istilah.rakor"),
    ("rakor=rapatkoordinasi kah?", "istilah.rakor"),
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("Please, what is this LAPOR! thing?", "istilah.lapor"),
    ("WIB itu apa?", "istilah.wib"),
    ("Kita dari Arut Selatan, WIB itu maksudnya apa dang?", "istilah.wib"),
    ("backlog perumahan itu artinya apa?", "istilah.backlog"),
    (
        (
            "Dalam naskah akademik yang sedang kami susun terdapat frasa 'backlog "
            "perumahan'. Mohon dijelaskan pengertiannya."
        ),
        "istilah.backlog",
    ),
    ("PKP di bidang perumahan itu singkatan apa? bukan pajak kan", "istilah.pkp"),
    ("PKP tu apo? Aku dak paham nian.", "istilah.pkp"),
    ("kumuh itu artinya apa menurut aturan?", "istilah.kumuh"),
    ("Please what is the meaning of kumuh? Is it slum?", "istilah.kumuh"),
    ("DAK itu singkatan dari apa?", "istilah.dak"),
    ("Sumber Dana\tNilai\nDAK\t1,2 M\ninfo DAK itu kepanjangannya apa?", "istilah.dak"),
    ("rusun itu apa?", "istilah.rusun"),
    ("Please, what is rusun? Is it flats?", "istilah.rusun"),
]

TRAIN_R86_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Usulan kami jalan lingkungan di Kelurahan Ketapang, Kotim, sudah "
            "sampai mana ya prosesnya?"
        ),
        "status",
    ),
    (
        (
            "Please, how far with our proposals? We sent three from Kurun, Gunung "
            "Mas, and nobody has called us oo."
        ),
        "status",
    ),
    ("Kode\tJudul\nUSL-2026-0007\tDrainase Kel. Bereng\nini status terakhirnya apa?", "status"),
    (
        ("Rakor bidang kawasan permukiman tahun ini jadinya tanggal berapa, di mana tempatnya?"),
        "meeting",
    ),
    (
        (
            "Kita mo tanya, rapat koordinasi berikut kapan dang? torang dari "
            "Tamiang Layang musti pigi ka Palangka."
        ),
        "meeting",
    ),
    (
        (
            "Tindak lanjut: menunggu jadwal Rakor berikutnya dari provinsi.\n"
            "Pertanyaan: kapan dan di mana rapat koordinasinya?"
        ),
        "meeting",
    ),
    ("Batas akhir pengiriman usulan tahun ini sampai tanggal berapa?", "deadline"),
    ("Sampai kapan usulan masih biso dikirim? Aku takut telat nian.", "deadline"),
    ("deadline_usulan sampai kapan", "deadline"),
    ("Selamat pagi, bot ini bisa bantu apa saja?", "greeting"),
    ("Good morning please. Thank you very much for the help, God bless.", "greeting"),
    ("makasih ya min", "greeting"),
    ("Gimana caranya kirim usulan lewat bot ini?", "how_to_submit"),
    (
        (
            "Saya ini sudah tua, tahun depan pensiun. Biasanya usulan saya antar "
            "sendiri pakai map ke Palangka Raya naik travel dari Buntok Kota. "
            "Sekarang katanya lewat Telegram. Bagaimana cara mengajukan usulan di "
            "bot ini?"
        ),
        "how_to_submit",
    ),
    ("Beta mau kase masuk usulan lewat bot, caranya bagaimana?", "how_to_submit"),
]

TRAIN_R86_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh di Kelurahan Pahandut luasnya 7 ha, itu kewenangan siapa?", "kabkota"),
    ("kumuh 12,5 hektar di Selat Hulu, Kapuas, ditangani provinsi atau kabupaten?", "provinsi"),
    ("Luas delineasi kumuh di Mentawa Baru Hilir pas 10 ha, masuk kewenangan mana?", "provinsi"),
    ("kalau luasnya 15 ha persis, kumuh di Kelurahan Baamang Tengah ditangani siapa?", "pusat"),
    ("kumuh 95.000 m2 di Kelurahan Tumbang Talaken, kewenangan siapa?", "kabkota"),
    ("luas kumuh 120.000 m² di Kelurahan Ketapang, Kotim, itu urusan provinsi kah?", "provinsi"),
    ("kawasan kumuh 150.000 meter persegi di Kelurahan Panarung, siapa yang tangani?", "pusat"),
    ("kumuh 14,99 ha di Pulau Petak masih provinsi atau sudah pusat?", "provinsi"),
    ("9,9 ha kumuh di Kelurahan Mendawai, Arut Selatan, kewenangan provinsi bukan?", "kabkota"),
    (
        ("Lokasi | Luas (ha) | Kewenangan\nKumai Hilir | 3,5 | ?\nisi kolom kewenangannya apa?"),
        "kabkota",
    ),
    (
        (
            "Please, a slum of 18 hectares at Selat Tengah, Kapuas, which level of "
            "government is responsible?"
        ),
        "pusat",
    ),
    (
        (
            "Berdasarkan ketentuan Lampiran huruf D UU 23/2014, kawasan permukiman "
            "kumuh seluas 11 ha, in casu di Kelurahan Menteng, Palangka Raya, "
            "menjadi kewenangan tingkat pemerintahan mana?"
        ),
        "provinsi",
    ),
]

TRAIN_R86_OUT_OF_SCOPE: list[str] = [
    "Harga semen per sak di Teweh Tengah sekarang berapa?",
    "Besok cuaca di Baamang hujan kah? mau survei lapangan",
    "TPP bulan ini kapan cair ya?",
    (
        "Please how do I apply for the subsidised KPR mortgage for my own "
        "house? What is the interest rate?"
    ),
    "Cara daftar PTSL sertifikat tanah gratis di BPN gimana?",
    "berapa tarif PDAM per kubik di Kuala Pembuang?",
    "Kita mo pinjam doi di bank for renovasi rumah sandiri, bunga brapa dang?",
    "Jadwal pendaftaran CPNS 2027 kapan dibuka?",
    "Please, how do I pay my property rate (PBB) online?",
    (
        "Pertanyaan: berapa standar biaya hotel SPPD ke Jakarta untuk eselon "
        "IV?\nTindak lanjut: cek ke BPKAD"
    ),
    "Harga rumah subsidi di Palangka Raya tu berapo sekarang?",
    (
        "Please, my leave days for this year, how many are remaining? I want to"
        " travel for my father's funeral."
    ),
    "Program Kartu Huma Betang Sejahtera syaratnya apa dan daftarnya di mana?",
    "Aplikasi Sikasep untuk KPR subsidi error terus, gimana solusinya?",
    (
        "Saya sudah 35 tahun jadi PNS di Dinas Perkim Barito Timur, bulan Maret"
        " pensiun. Berkas Taspen saya kapan cair dan berapa besarnya?"
    ),
]
