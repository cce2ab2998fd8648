"""Training table R62 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 55's styles, written by another hand for the second half of the topic list after rounds 55 and
56 were measured untouched: phone autocorrect swapping a word for a real but wrong one,
Malaysian Malay spelling and words, a wrong premise or a guess to confirm, fill-in-the-blank
and multiple choice, Telegram formatting left in, hypotheticals, voice typing (spoken
punctuation, numbers as words), a newcomer describing a thing instead of naming it; Indian or
Singapore/Malaysian English. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R62_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("huntara itu singkatan dari apa tanda tanya yang buat korban banjir itu", "istilah.huntara"),
    (
        (
            "Andaikan nanti banjir besar lagi di Katingan Tengah dan warga ditempatkan dulu di "
            "*huntara*,\nhuntara tu maksudnya hunian apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        ("setahu saya huntap itu hunian tahap awal sebelum huntara, betul tidak? bedanya apa sih"),
        ("istilah.huntara", "istilah.huntap"),
    ),
    ("What is the full form of huntap? Kindly revert at the earliest.", "istilah.huntap"),
    ("di form ditanya jumlah KK, itu kartu keluarga kah atau kepala keluarga?", "istilah.kk"),
    ("jumlah kaka di isian penerima manfaat itu maksudnya apa", "istilah.kk"),
    (
        (
            "seumpama satu rumah isinya 5 org, dihitungnya 5 jiwa ya? jiwa tu hitungan apa "
            "sebenarnya"
        ),
        "istilah.jiwa",
    ),
    ("ha di kolom luas tu apa? hektar ke? satu ha brp m2", "istilah.ha"),
    ("DED kepanjangannya apa? diminta utk kelengkapan usulkan kami", "istilah.ded"),
    (
        (
            "Kindly explain what is meant by DED, the province is asking for it along with our "
            "proposal from Pangkalan Bun."
        ),
        "istilah.ded",
    ),
    ("rab itu rencana anggaran belanja kan? betul tidak", "istilah.rab"),
    (
        (
            "saya staf baru. dokumen yg isinya rincian perkiraan biaya pekerjaan satu per satu "
            "itu namanya apa ya, disingkat apa"
        ),
        "istilah.rab",
    ),
    ("RKS = Rencana Kerja dan ___ ?", "istilah.rks"),
    ("er ka es itu dokumen apa koma yang diminta provinsi bareng de e de", "istilah.rks"),
    (
        ("kak di dokumen perencanaan itu maksudnya apa, bukan panggilan kakak kan wkwk"),
        "istilah.kak",
    ),
    ("Sir, what is meant by KAK? Is it same as ToR only? Please clarify.", "istilah.kak"),
    ("site plan tu apa? rencana tapak ke?", "istilah.siteplan"),
    (
        (
            "gambar yg nunjukin letak rumah, jalan sama saluran di lokasi itu istilahnya apa "
            "ya, yg kadang diminta bareng DED"
        ),
        "istilah.siteplan",
    ),
    ("RC di dokumen DAK tu apa? readiness criteria kah, artinya apa", "istilah.rc"),
    (
        ("Kindly tell the full form of RC mentioned in DAK documents and what it signifies."),
        "istilah.rc",
    ),
    ("BAST singkatan dari apa? berita acara apa gitu", "istilah.bast"),
    (
        (
            "abis jalan lingkungan selesai ada dokumen *BAST* yg ditandatangani pak bupati. "
            "itu dokumen apaan ya?"
        ),
        ("istilah.bast", "hibah.aset"),
    ),
    ("hibah itu artinya apa sih, beda sama bantuan biasa?", "istilah.hibah"),
    ("Kindly explain the meaning of the word hibah in simple terms.", "istilah.hibah"),
    ("BMD itu barang milik daerah ya? maksudnya apa aja yg termasuk", "istilah.bmd"),
    ("bedanya BMD sama BMN apa? pusing liat singkatan", ("istilah.bmd", "istilah.bmn")),
    ("BMN = barang milik ___\na. nasional\nb. negara\nc. negeri", "istilah.bmn"),
    ("Kindly clarify the expansion of BMN, I am having one doubt.", "istilah.bmn"),
    ("O&P tu apa? operasi dan pemeliharaan ke?", "istilah.op"),
    ("o dan p itu apa kepanjangannya tanda tanya yang di surat pernyataan", "istilah.op"),
    ("SPM itu kepanjangannya apa? standar pelayanan maksimal ya", "istilah.spm"),
    ("Kindly explain the term SPM, our Kadis mentioned it in the meeting.", "istilah.spm"),
    ("pokja pkp tu apa ye? kelompok kerja apa?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    (
        "Kindly explain what is Pokja PKP and what is its role.",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("Pokja PPAS kepanjangannya apa? yg ada air minum sanitasinya itu kan", "istilah.pokjappas"),
    ("misal kami diundang rapat pokja ppas, itu pokja apa sih sebenarnya", "istilah.pokjappas"),
    ("AMPL di pokja AMPL itu singkatan dari apa", "istilah.pokjaampl"),
    ("pokja ampel itu apa ya", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa? rencana berapa tahun?", "istilah.rp3kp"),
    (
        "Kindly share the full form of RP3KP. Is it same as RP2KPKP?",
        ("istilah.rp3kp", "istilah.rp2kpkp"),
    ),
    ("rp2kpkp tu apa, panjang sangat singkatannya", "istilah.rp2kpkp"),
    (
        ("dokumen rencana pencegahan dan peningkatan kualitas kumur itu singkatannya apa ya"),
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itu program apa? kota tanpa kumuh kah", "istilah.kotaku"),
    (
        ("program pusat yg dulu ada BKM di kelurahan buat nangani kumuh itu namanya apa ya"),
        "istilah.kotaku",
    ),
    ("PPKT di DAK tematik PPKT tu singkatan apa?", "istilah.daktematikppkt"),
    ("DAK Tematik PPKT itu apa, sama dgn DAK integrasi bukan?", "istilah.daktematikppkt"),
    ("APBN = Anggaran Pendapatan dan Belanja ___", "istilah.apbn"),
    ("What is APBN? Kindly explain in brief.", "istilah.apbn"),
    ("apbd itu yg punya daerah kan? apbd prov sama apbd kab itu sama2 apbd?", "istilah.apbd"),
    ("a p b d itu kepanjangannya apa ya", "istilah.apbd"),
    ("APBDes tu apa? bajet kampung ke?", "istilah.apbdes"),
    (
        (
            "seumpama desa Jabiren mau ikut danai drainase pakai APBDes, APBDes itu anggaran "
            "apa ya maksudnya"
        ),
        "istilah.apbdes",
    ),
    ("bankeu itu nama bank ya? td liat di pilihan sumber dana", "istilah.bankeu"),
    ("Kindly explain the term Bankeu mentioned under funding source.", "istilah.bankeu"),
    ("pokir itu apa sih, usulan dewan ya?", "istilah.pokir"),
    ("usulan dari anggota DPRD yg dititip waktu reses itu istilahnya apa", "istilah.pokir"),
    ("musren bang itu kepanjangannya apa ya", "istilah.musrenbang"),
    ("musrenbang tu mesyuarat apa? ada peringkat desa sampai provinsi ke?", "istilah.musrenbang"),
    ("RKPD itu dokumen tahunan atau lima tahunan? singkatan dari apa", "istilah.rkpd"),
    ("Kindly revert with the full form of RKPD.", "istilah.rkpd"),
    ("renja = rencana ___\na. kerja\nb. jangka\nc. jalan", "istilah.renja"),
    ("Renja is what ah? Same as Renstra or not?", ("istilah.renja", "istilah.renstra")),
    ("renstra itu rencana strategis ya? brp tahun", "istilah.renstra"),
    (
        ("rencana lima tahunan punya dinas sendiri itu namanya apa, renstra atau rpjmd?"),
        "istilah.renstra",
    ),
    ("rpjmd tu apa? pelan lima tahun kerajaan negeri ke?", "istilah.rpjmd"),
    ("R P J M D kepanjangannya apa tanda tanya", "istilah.rpjmd"),
    ("KUA-PPAS itu apa? yg dibahas sama DPRD sebelum APBD itu kan", "istilah.kuappas"),
    ("KUA PPAS what is it ah? Got relation with APBD or not?", "istilah.kuappas"),
    ("RKA = Rencana Kerja dan ___ ?", "istilah.rka"),
    ("rka sama dpa bedanya apa", ("istilah.rka", "istilah.dpa")),
    ("DPA tu dokumen apa? dokumen pelaksanaan anggaran kah", "istilah.dpa"),
    ("Kalau seandainya usulan kami masuk DPA, DPA itu artinya apa", "istilah.dpa"),
    ("SIPD itu aplikasi apa? yg punya kemendagri ya", "istilah.sipd"),
    ("sipd singkatan dari sistem informasi pembangunan daerah kan?", "istilah.sipd"),
    ("bapperida itu bappeda yg baru ya? singkatannya apa", "istilah.bapperida"),
    ("Bapperida is what agency ah? The planning one is it?", "istilah.bapperida"),
    ("OPD itu apa sih? sering disebut di surat edaran", "istilah.opd"),
    ("o p d kepanjangannya apa koma sama dengan skpd bukan", ("istilah.opd", "istilah.skpd")),
    ("SKPD tu apa? satuan kerja perangkat daerah ke?", "istilah.skpd"),
    ("SKPD still use this term or not already? What does it mean?", "istilah.skpd"),
    ("SPAM di dokumen air minum itu apa, bukan spam email kan 😂", "istilah.spam"),
    ("*SPAM* = Sistem ___ Air Minum?", "istilah.spam"),
    ("SPALD itu apa? ada hubungannya sama air limbah?", "istilah.spald"),
    ("spal d itu singkatan apa", "istilah.spald"),
    ("IPAL tu apa? loji rawatan air sisa ke?", "istilah.ipal"),
    ("IPAL means what ah? Wastewater plant is it?", "istilah.ipal"),
    ("TPS3R itu apa? 3R nya apa aja", "istilah.tps3r"),
    (
        ("tempat olah sampah yg pakai reduce reuse recycle di desa itu istilahnya apa ya"),
        "istilah.tps3r",
    ),
    ("MCK tu singkatan apa? tandas awam ke?", "istilah.mck"),
    ("MCK is what ah? Public toilet is it?", "istilah.mck"),
    ("RTRW itu RT RW ya? rukun tetangga rukun warga", "istilah.rtrw"),
    ("RTRW tu pelan tata ruang ke? macam mana maksudnya", "istilah.rtrw"),
    ("RDTR apa bedanya dengan RTRW", ("istilah.rdtr", "istilah.rtrw")),
    ("RDTR = Rencana Detail Tata ___", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? singkatan dari apa", "istilah.pbg"),
    ("PBG means what ah? Like building permit is it?", "istilah.pbg"),
    ("SLF tu apa? sijil layak fungsi ke?", "istilah.slf"),
    ("es el ef itu apa ya koma yang buat bangunan gedung", "istilah.slf"),
    ("SKBG itu surat keterangan bangunan gedung kan?", "istilah.skbg"),
    ("SKBG is what ah, for rusun one is it?", "istilah.skbg"),
    ("SKT itu surat keterangan tanah ya? yg dari desa?", "istilah.skt"),
    ("seumpama warga di Pujon cuma punya SKT, SKT itu surat apa persisnya", "istilah.skt"),
    ("lahan klin en klir maksudnya apa sih", ("istilah.cleanandclear", "usulan.lahan")),
    (
        "Clean and clear means what ah? The land must have cert already is it?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu apa? dana dari perusahaan sawit kah?", "istilah.csr"),
    ("csr tu tanggungjawab sosial syarikat ke?", "istilah.csr"),
    ("raker eh rakor itu singkatan dari apa", ("istilah.rakor", "siklus.rakor")),
    (
        "rapat besar tahunan sama provinsi yg disebut rakor itu kepanjangannya apa",
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("LAPOR! itu aplikasi apa? yg buat pengaduan itu kah", "istilah.lapor"),
    ("LAPOR with exclamation mark is what ah? Complaint system is it?", "istilah.lapor"),
    ("WIB tu waktu indonesia barat kan? kalteng pakai WIB ke WITA?", "istilah.wib"),
    (
        ("backlog perumahan itu maksudnya apa, kata pak kabid backlog di kab kami tinggi"),
        "istilah.backlog",
    ),
    ("backlog means what ah in housing context?", "istilah.backlog"),
    ("PKP itu pengusaha kena pajak kan?", "istilah.pkp"),
    ("P K P itu singkatan apa di bidang perkim", "istilah.pkp"),
    ("kumur itu maksudnya apa di bidang permukiman, kawasan kumur", "istilah.kumuh"),
    ("Kumuh means what ah? Slum is it?", "istilah.kumuh"),
    ("DAK itu dana apa? dana alokasi khusus ya", "istilah.dak"),
    ("DAK tu peruntukan kerajaan pusat ke?", "istilah.dak"),
    ("rusun itu apa, rumah susun ya? beda sama rusunawa?", ("istilah.rusun", "istilah.rusunawa")),
    (
        ("seandainya dibangun rusun di Sampit, rusun itu maksudnya bangunan macam mana"),
        "istilah.rusun",
    ),
]

TRAIN_R62_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0003 sudah sampai mana ya", "status"),
    ("Boleh semak permohonan projek jalan lingkungan kami dah sampai mana?", "status"),
    (
        ("proposal yg kami kirim bulan lalu udah diverifikasi blm? blm ada kabar sama sekali"),
        "status",
    ),
    ("rapor tahun ini kapan dan di mana pak?", "meeting"),
    ("bila mesyuarat seterusnya dengan provinsi?", "meeting"),
    ("When is the next Rakor lah, already got date or not?", "meeting"),
    ("batas akhir kirim usulkan utk TA depan tgl brp?", "deadline"),
    ("sampai kapan usulan masih bisa dimasukkan? takut telat", "deadline"),
    ("Kindly inform the last date for proposal submission.", "deadline"),
    ("selamat pagi pak, terima kasih atas bantuannya kemarin", "greeting"),
    ("halo bot ini bisa bantu apa aja?", "greeting"),
    ("Terima kasih banyak ya 🙏", "greeting"),
    ("gimana caranya ngirim usulan lewat bot ini?", "how_to_submit"),
    ("macam mana nak hantar permohonan projek melalui bot ni?", "how_to_submit"),
    (
        ("misal saya mau masukin usulan drainase di Kurun lewat sinkron, langkahnya apa aja"),
        "how_to_submit",
    ),
]

TRAIN_R62_AREAS: list[tuple[str, str]] = [
    (("kawasan kumuh di Kel. Mendawai Seberang luasnya 9,8 ha itu kewenangan siapa"), "kabkota"),
    ("pas 10 hektar kumuh di Ketapang Sampit, provinsi atau kab?", "provinsi"),
    (
        ("andaikan hasil delineasi di SK kumuh untuk Selat Hilir 14,99 ha, yg nangani siapa"),
        "provinsi",
    ),
    (("kumuh tepat 15 hektare di Kalampangan itu kewarganegaraan eh kewenangan siapa?"), "pusat"),
    ("luas kumuh di Langkai 125.000 m2, masuk kewenangan mana?", "provinsi"),
    ("kawasan kumuh Buntok Kota 98.500 m² itu urusan siapa", "kabkota"),
    (
        (
            "kawasan kumuh di mambulau seratus lima puluh ribu meter persegi itu kewenangan "
            "siapa tanda tanya"
        ),
        "pusat",
    ),
    ("kumuh di Baamang Hulu lebih dari 20 ha, itu provinsi kan ya?", "pusat"),
    (
        ("kumuh 1,2 ha di Tamiang Layang kewenangan ___\na. pusat\nb. provinsi\nc. kab/kota"),
        "kabkota",
    ),
    (
        (
            "kawasan kumuh seluas 11 hektar di Kumai Hilir, kerajaan negeri ke kerajaan pusat "
            "yang tanggung?"
        ),
        "provinsi",
    ),
    (
        (
            "Kindly tell which level handles a slum area of fourteen and a half hectares in "
            "Pahandut Seberang."
        ),
        "provinsi",
    ),
    (
        (
            "• lokasi: Kel. Lanjas, Muara Teweh\n• luas delineasi: kurang dari 10 ha (sekitar "
            "8,7)\nini ditangani siapa?"
        ),
        "kabkota",
    ),
]

TRAIN_R62_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit skrg brp?",
    "cuaca besok di Palangka Raya hujan kah?",
    "jadwal pencairan gaji ke-13 ASN kapan ya",
    "berapa pagu anggaran Disperkimtan tahun 2027?",
    "berapa jumlah RTLH di Kab. Lamandau tahun ini?",
    "cara urus sertifikat tanah ke BPN gimana?",
    "nomor WA pak kadis yg baru berapa?",
    "izin cuti tahunan saya diajukan ke siapa ya",
    "Can recommend a good hotel near Palangka Raya airport or not?",
    "Kindly share the SSH rate for paving block for 2026.",
    "berapa tarif PDAM per kubik di Kuala Kapuas?",
    "kapan tes CPNS dibuka lagi?",
    "berapa harga tiket speedboat dari Kuala Kapuas ke Pulang Pisau?",
    "berapa banyak kawasan kumuh di Kalbar sekarang?",
    "siapa nama bupati Katingan sekarang?",
]
