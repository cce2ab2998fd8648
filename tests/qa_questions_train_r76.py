"""Training table R76 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 64's styles, written by another hand for the second half of the topic list after round 64
was measured untouched: Banjar words, a signature block or greeting header, a link, phone
number or file path beside the question, two questions with the one that matters marked,
Sundanese words, bureaucratic abbreviations with dots and slashes, a quiz or FAQ draft, a
photo or site visit described; American Southern or Hong Kong English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only. Written and read in round 37.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R76_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Ds. Tumbang Tarusan kena banjir, kata camat warga ditaruh di huntara dulu. "
            "huntara tu napa kepanjangannya pian?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Y'all, folks at the flood post in Kasongan keep sayin' \"huntara\". What's that "
            "word mean? Reckon it's some kind of shelter?"
        ),
        "istilah.huntara",
    ),
    ("Pertanyaan untuk FAQ dinas:\nQ: Huntap itu apa?\nA: ?", "istilah.huntap"),
    (
        ("abdi teu ngartos, huntap teh naon nya? aya dina laporan pasca bencana ti kecamatan"),
        "istilah.huntap",
    ),
    (
        "huntap sama huntara bedanya napa? ulun sering tatukar dua kata ni",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        ("Fixin' to fill out the beneficiaries part. When y'all write KK, what's that stand for?"),
        "istilah.kk",
    ),
    (
        (
            "Salam,\nMohon info, KK di isian penerima manfaat itu maksudnya kepala keluarga "
            "atau kartu keluarga?\nTtd. Kasi Perumahan Dinas Perkim Kab. Barsel"
        ),
        "istilah.kk",
    ),
    (
        (
            "isian jiwa tu maksudnya napa pian? hitungan per orang kah per rumah? data ulun "
            "ada di D:/usulan/penerima_manfaat.xlsx"
        ),
        "istilah.jiwa",
    ),
    (
        (
            'Q: Dlm usulan, yg dimaksud "jiwa" itu apa?\nA: ?\n(draft FAQ utk staf baru Kab. '
            "Sukamara)"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "warga Kel. Baamang Tengah 120 KK tapi orangnya jauh lebih banyak, KK sama jiwa tu "
            "bedanya napa?"
        ),
        ("istilah.kk", "istilah.jiwa"),
    ),
    ("ha tu hektare kan? 1 ha brp meter persegi, ulun lupa", "istilah.ha"),
    ("naon ari ha dina luasan kumuh teh? satuan naon kitu?", "istilah.ha"),
    (
        (
            "Boss man says we gotta have a DED 'fore we send anything up to the province. What "
            "in the world is a DED?"
        ),
        "istilah.ded",
    ),
    (
        ("1) DED tu singkatan napa? 2) Rakor thn ini jadi kapan? yg penting no 1 dulu lah"),
        "istilah.ded",
    ),
    ("RAB ni napa lah? kawan di Kec. Kurun bilang wajib dilampir", "istilah.rab"),
    (
        ("Pertanyaan untuk FAQ dinas: apa kepanjangan RAB dan secara umum isinya apa?"),
        "istilah.rab",
    ),
    (
        (
            "What's an RKS, y'all? Got a file here D:/usulan/final2/RKS_jaling.docx from the "
            "consultant and I ain't sure what it even is."
        ),
        "istilah.rks",
    ),
    ("mohon penjelasan ttg RKS, singkatan dr apa dsb. ulun kada paham", "istilah.rks"),
    ("KAK tu napa? sama kah dgn TOR?", "istilah.kak"),
    (
        (
            "Kepada Yth. Admin Sinkron\nc.q. Bidang Kawasan Permukiman\nMohon dijelaskan apa "
            "yg dimaksud dgn KAK. Terima kasih."
        ),
        "istilah.kak",
    ),
    ("site plan tu napa bahasa indonesianya? rencana tapak kah?", "istilah.siteplan"),
    (
        (
            "tadi konsultan kirim gambar denah rumah2 + jalan + saluran di Ds. Hanjak Maju, "
            "katanya itu site plan. site plan tu persisnya napa?"
        ),
        "istilah.siteplan",
    ),
    ("RC di dokumen DAK itu singkatan apa pian?", "istilah.rc"),
    (("kumaha atuh, naon ari RC? readiness naon kitu? abdi teu acan kantos nguping"), "istilah.rc"),
    (
        (
            "Reckon y'all can tell me what a BAST is? The province fella said we'd sign one "
            "once the road's done."
        ),
        "istilah.bast",
    ),
    (
        ("BAST = Berita Acara apa ya?\nSalam, Rudi — Disperkim Kab. Lamandau\nHP 0813-4821-5570"),
        "istilah.bast",
    ),
    ("hibah tu secara istilah artinya napa pian? ulun handak jelasin ke kades", "istilah.hibah"),
    (
        ("Q: Apa yang dimaksud dengan hibah?\nA: ?\n(draft FAQ utk kawan2 Kec. Pulau Hanaut)"),
        "istilah.hibah",
    ),
    ("BMD tu barang milik daerah kah? kepanjangannya napa", "istilah.bmd"),
    ("abdi nembe dipindah ka bagian aset, BMD teh naon nya?", "istilah.bmd"),
    (
        (
            "What's BMN stand for? Heard it at a meetin' in Muara Teweh, somethin' 'bout state "
            "property I reckon."
        ),
        "istilah.bmn",
    ),
    ("bmn tu napa? trus bedanya sama bmd? terutama yg pertama", "istilah.bmn"),
    ("O&P tu singkatan napa? di draft surat pernyataan kami ada kata2 itu", "istilah.op"),
    ("OP tu operasi dan pemeliharaan kah? ulun handak mastiin haja", "istilah.op"),
    ("SPM tu singkatan napa pian? bukan surat perintah membayar kan", "istilah.spm"),
    ("Pertanyaan untuk FAQ dinas: SPM = ...? (di bidang perumahan)", "istilah.spm"),
    (
        (
            "kepanjangan Pokja PKP apa ya? cek di https://jdih.example/sk-pokja-pkp-2024.pdf "
            "tapi kada disebut"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Pokja PKP tu napa, isinya siapa aja bubuhannya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("PPAS di Pokja PPAS itu singkatan apa? bukan KUA-PPAS kan", "istilah.pokjappas"),
    (
        ("Sekda kami jadi ketua Pokja PPAS, naon eta teh? Perumahan, Permukiman, terusna naon?"),
        "istilah.pokjappas",
    ),
    ("What's the AMPL in Pokja AMPL, y'all? Might could be water somethin'?", "istilah.pokjaampl"),
    (
        ("Pokja AMPL itu singkatan dari ...?\nTtd. Kasi PKP Dinas Perkim Kab. Sukamara"),
        "istilah.pokjaampl",
    ),
    ("RP3KP itu dokumen apa? panjang bener singkatannya", "istilah.rp3kp"),
    (
        (
            "rp3kp = ? ulun kada hafal. sdh buka https://jdih.example/perda/rp3kp-kapuas.pdf "
            "tapi pdfnya kada kawa dibuka"
        ),
        "istilah.rp3kp",
    ),
    ("RP2KPKP tu napa? (RP3KP nanti aja, yg ini dulu)", "istilah.rp2kpkp"),
    (
        (
            "mohon dijelaskan ttg RP2KPKP, ybs dokumen rencana penanganan kumuh kah?\nu.p. "
            "Kabid Kawasan Permukiman"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Y'all ever heard of KOTAKU? Old timers 'round Pangkalan Bun keep talkin' about "
            "it. What was it?"
        ),
        "istilah.kotaku",
    ),
    ("KOTAKU tu program napa? masih ada kah wayah pang?", "istilah.kotaku"),
    ("DAK Tematik PPKT tu napa? PPKT tu singkatan dari napa?", "istilah.daktematikppkt"),
    ("abdi bade naros, PPKT dina DAK Tematik PPKT teh naon hartosna?", "istilah.daktematikppkt"),
    ("APBN tu anggaran pusat kan? singkatan lengkapnya napa", "istilah.apbn"),
    (
        ("Q: APBN singkatan dari?\nA: ?\n(utk kuis pegawai baru Disperkim Kab. Gumas)"),
        "istilah.apbn",
    ),
    ("APBD tu kepanjangannya napa? ada APBD prov ada APBD kab jua kah?", "istilah.apbd"),
    ("kaya apa pian menjelaskan APBD ke kepala desa yg baru? artinya napa", "istilah.apbd"),
    ("Reckon APBDes is the village money? What's it stand for exactly?", "istilah.apbdes"),
    (
        (
            "Kades Ds. Jaar nanya, APBDes tu istilahnya napa persisnya? nomor beliau "
            "wa.me/6281251447730"
        ),
        "istilah.apbdes",
    ),
    ("bankeu tu napa? bantuan keuangan dari provinsi kah?", "istilah.bankeu"),
    ("sbb: 1. arti Bankeu? 2. siapa yg kasih? terutama no 1", "istilah.bankeu"),
    (
        (
            'What in tarnation is a "pokir"? Our councilman says his pokir might could fund a '
            "drain in Buntok."
        ),
        "istilah.pokir",
    ),
    ("Pokir DPRD tu maksudnya napa? bubuhan dewan sering nyebut", "istilah.pokir"),
    (
        "Musrenbang tu singkatan napa? ulun pegawai baru di Disperkim Kab. Bartim",
        "istilah.musrenbang",
    ),
    ("naon ari musrenbang? ti desa dugi ka provinsi kitu?", "istilah.musrenbang"),
    ("RKPD tu dokumen napa pian?", "istilah.rkpd"),
    (
        (
            "RKPD stands for what ah? Boss keep saying must go inside RKPD, but I don't know "
            "what it is."
        ),
        "istilah.rkpd",
    ),
    ("Renja tu rencana kerja tahunan dinas kah? singkatannya napa", "istilah.renja"),
    (
        (
            "Selamat pagi,\nRenja singkatan apa? Bedanya dgn RKPD? yg penting pertanyaan "
            "pertama.\nAndi — Disperkim Kab. Katingan\nHP 0812-5034-7781"
        ),
        "istilah.renja",
    ),
    ("Renstra is what ah? Our Kadis ask me prepare one, can help me explain?", "istilah.renstra"),
    ("renstra tu rencana 5 tahunan kah? artinya napa", "istilah.renstra"),
    ("RPJMD tu napa? sering disebut waktu Rakor", "istilah.rpjmd"),
    (
        (
            "RPJMD kepanjangannya apa? sdh cek D:/bahan_rakor/rpjmd_2025_2029.pdf tapi kada "
            "ada singkatannya"
        ),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS means what? Very long, confuse lah.", "istilah.kuappas"),
    ("KUA-PPAS tu dokumen napa, dibuat sebelum APBD kah sesudah?", "istilah.kuappas"),
    ("RKA singkatan napa pian?", "istilah.rka"),
    ("RKA sareng DPA bedana naon? nu penting RKA heula", "istilah.rka"),
    (
        ("DPA tu napa? kata bubuhan keuangan kalau sdh masuk DPA berarti pasti dikerjakan"),
        "istilah.dpa",
    ),
    ("What is DPA ah? Not data protection right?", "istilah.dpa"),
    ("SIPD is what system ah? Finance team keep asking me input there.", "istilah.sipd"),
    ("SIPD tu aplikasi napa? dari Kemendagri kah?", "istilah.sipd"),
    ("Bapperida tu dulu Bappeda kah? kepanjangannya napa?", "istilah.bapperida"),
    (
        (
            "Kepada Yth. Admin\nu.p. Sekretariat\nBapperida itu badan apa ya? Trims.\nTtd. "
            "Staf Perencanaan Dinas Perkim Kab. Barut"
        ),
        "istilah.bapperida",
    ),
    ("OPD tu singkatan napa? ulun kada yakin", "istilah.opd"),
    ("Pertanyaan untuk FAQ dinas: apa arti OPD?", "istilah.opd"),
    (
        ("SKPD tu singkatan napa? surat lama dari Pemkab Pulpis masih pakai istilah SKPD"),
        "istilah.skpd",
    ),
    (
        "SKPD and OPD same thing meh? Old letter say SKPD, new one say OPD.",
        ("istilah.opd", "istilah.skpd"),
    ),
    ("SPAM di sini bukan email spam kan 😅 artinya napa?", "istilah.spam"),
    (
        (
            "tadi ke lokasi Ds. Tewang Kadamba, ada tandon air + pipa ke rumah2, kata kades "
            "itu SPAM desa. SPAM tu singkatan napa?"
        ),
        "istilah.spam",
    ),
    ("SPALD tu napa pian?", "istilah.spald"),
    ("SPALD is what ah? The sanitasi guy mention it, can explain?", "istilah.spald"),
    ("IPAL means what? Got one at the rusun site, want to know lah.", "istilah.ipal"),
    (
        (
            "IPAL kepanjangannya apa ya? tadi foto bak beton besar di belakang puskesmas Kel. "
            "Menteng, plangnya IPAL"
        ),
        "istilah.ipal",
    ),
    ("TPS3R tu napa? 3R nya tu apa haja?", "istilah.tps3r"),
    (
        ("di Kel. Tanjung Pinang ada bangunan pilah sampah, plangnya TPS3R. itu artinya apa?"),
        "istilah.tps3r",
    ),
    ("MCK singkatan napa? ulun tahu bangunannya tapi kada tahu kepanjangannya", "istilah.mck"),
    ("naon ari MCK teh? sok aya dina usulan sanitasi", "istilah.mck"),
    ("RTRW tu napa? bukan RT/RW kan? 😂", "istilah.rtrw"),
    ("RTRW is what ah? They say land must follow RTRW, but what is RTRW itself?", "istilah.rtrw"),
    ("RDTR vs RTRW different how? Mainly want know what RDTR is first.", "istilah.rdtr"),
    ("RDTR singkatan dari apa pian?\nTtd. Kasi Tata Ruang Kab. Seruyan", "istilah.rdtr"),
    ("PBG tu pengganti IMB kah? kepanjangannya napa", "istilah.pbg"),
    ("Pertanyaan untuk FAQ dinas: PBG = ? (yg dulu IMB)", "istilah.pbg"),
    ("SLF means what ah? Some building permit thing?", "istilah.slf"),
    (
        ("SLF singkatan apa ya?\nsalam, Kasi Bangunan Gedung Kab. Bartim\nHP 0821-5390-2214"),
        "istilah.slf",
    ),
    ("SKBG tu napa? sertifikat napa?", "istilah.skbg"),
    ("abdi teu acan terang SKBG teh naon, sertipikat bangunan nya?", "istilah.skbg"),
    ("SKT tu surat keterangan tanah kah? siapa yg biasanya mengeluarkan?", "istilah.skt"),
    (
        (
            "tadi foto rumah warga di Ds. Batampang, surat tanahnya cuma selembar dari kades, "
            "katanya SKT. SKT tu persisnya napa?"
        ),
        "istilah.skt",
    ),
    ("clean and clear tu maksudnya napa utk lahan pian?", "istilah.cleanandclear"),
    (
        "Clean and clear land means what ah? Must have certificate meh?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR tu napa? dana perusahaan kah?", "istilah.csr"),
    ("CSR here means what? Same as company charity lah?", "istilah.csr"),
    ("Rakor tu singkatan napa pian?", "istilah.rakor"),
    (
        ("Pertanyaan untuk FAQ dinas: Rakor = Rapat ...? (yg tiap tahun diadakan provinsi)"),
        "istilah.rakor",
    ),
    ("LAPOR! tu aplikasi napa? yg pakai tanda seru tu", "istilah.lapor"),
    (
        ("What is LAPOR! ah? Bot say follow LAPOR! standard, so what is this LAPOR! thing?"),
        "istilah.lapor",
    ),
    ("WIB is what timezone ah? Our Kalteng same as Jakarta meh?", "istilah.wib"),
    ("WIB tu singkatan napa? bukannya Kalteng WITA? ulun dulu di Banjarmasin", "istilah.wib"),
    ("backlog perumahan tu maksudnya napa?", "istilah.backlog"),
    (
        ("Backlog means what ah? Kadis keep say our backlog high, can help me understand?"),
        "istilah.backlog",
    ),
    ("PKP tu singkatan napa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    (
        (
            "Salam,\nmohon info PKP dlm nama bidang PKP tsb kepanjangannya apa\nTtd. Kasubag "
            "Program Disperkim Kota Palangka Raya"
        ),
        "istilah.pkp",
    ),
    (
        ("kumuh secara aturan artinya napa? jangan2 semua kampung pinggir sungai dianggap kumuh"),
        "istilah.kumuh",
    ),
    (
        (
            "tadi survei ke Kel. Mentawa Baru Hilir, rumah rapat2, jalan titian papan lapuk, "
            "sampah di bawah rumah. yg disebut kumuh tu definisinya napa sebenarnya?"
        ),
        "istilah.kumuh",
    ),
    ("DAK tu singkatan napa?", "istilah.dak"),
    ("naon ari DAK teh? sanes DAK tematik, nu umum wae", "istilah.dak"),
    ("rusun tu napa? rumah susun kah?", "istilah.rusun"),
    ("Q: Apa itu rusun?\nA: ?\n(utk FAQ Dinas Perkim Kab. Kotim)", "istilah.rusun"),
    ("Rusun is what ah? Same as rusunawa meh?", ("istilah.rusun", "istilah.rusunawa")),
]

TRAIN_R76_INTENTS: list[tuple[str, str]] = [
    ("usulan ulun yg jaling Ds. Pamait kaya apa kabarnya? sdh diverifikasi kah?", "status"),
    (
        (
            "Salam,\nmohon cek status USL-2026-0012 a.n. Dinas Perkim Kab. Barsel, sdh dibahas "
            "Rakor blm?\nTtd. Kasi PSU"
        ),
        "status",
    ),
    ("Can help me check our 3 proposals from Kapuas, already approve or not?", "status"),
    ("Rakor thn ini jadinya kapan pian? tempatnya di mana?", "meeting"),
    (("abdi hoyong terang, rapat sareng provinsi salajengna iraha? di mana tempatna?"), "meeting"),
    ("When's the next Rakor fixin' to happen, and where at?", "meeting"),
    ("usulan TA 2027 paling lambat dikirim tanggal brp?", "deadline"),
    (
        ("batas waktu pengiriman usulan s.d. kapan ya? kami masih nunggu DED dr konsultan"),
        "deadline",
    ),
    ("Deadline for submit proposal when ah? Still got time or not?", "deadline"),
    ("Assalamualaikum pian, selamat pagi 🙏", "greeting"),
    ("makasih banyak lah pian, sangat membantu", "greeting"),
    ("Hello! This bot can do what one?", "greeting"),
    ("kaya apa cara mengirim usulan lewat bot ni?", "how_to_submit"),
    ("kumaha carana ngirim usulan ngaliwatan bot ieu? abdi nembe daftar", "how_to_submit"),
    ("How do I send a proposal through this here bot? First time usin' it.", "how_to_submit"),
]

TRAIN_R76_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Mentawa Baru Hilir luasnya 8,4 ha, kewenangan siapa nih?", "kabkota"),
    (
        (
            "lokasi kumuh Ds. Sei Pasah Kec. Kapuas Hilir pas 10 hektar, yg tangani pemprov "
            "kah pemkab?"
        ),
        "provinsi",
    ),
    (
        (
            "kawasan kumuh Kel. Pahandut Seberang luas delineasinya 125.000 m2, tanggung jawab "
            "siapa?"
        ),
        "provinsi",
    ),
    ("kumuh tepian sungai Kel. Baamang Hulu tepat 15 ha, kewenangan sapa pian?", "pusat"),
    (
        (
            "di SK kumuh Kotim lokasi Kel. Ketapang tercatat 14,99 hektare. masuk provinsi "
            "atau pusat?"
        ),
        "provinsi",
    ),
    ("kumuh di Kel. Panarung lebih dari 20 ha, siapa yang harus menangani?", "pusat"),
    ("kawasan kumuh Ds. Kalahien kurang dari 5 hektar, kewenangan provinsi kah?", "kabkota"),
    (("kumuh 95.000 meter persegi di Kel. Madurejo, Kab. Kobar — siapa yg berwenang?"), "kabkota"),
    ("luas kumuh Kel. Lanjas 150.000 m², kumaha, saha nu tanggung jawab?", "pusat"),
    (
        (
            "We got a slum spot 'bout 11.2 hectares down by the river in Sampit. Who's "
            "responsible for it, y'all reckon?"
        ),
        "provinsi",
    ),
    ("kumuh Kel. Tanjung Pinang lebih dari 15 ha, kira2 17 ha. kewenangan siapa?", "pusat"),
    ("kumuh kecil di Ds. Jaar cuma 3.200 m2, ini urusan kabupaten kah provinsi?", "kabkota"),
]

TRAIN_R76_OUT_OF_SCOPE: list[str] = [
    "harga semen sak 50 kg di Muara Teweh wayah pang brp?",
    "besok Palangka Raya hujan kah? ulun handak turun ke lokasi",
    "kumaha carana ngurus cuti tahunan ASN? abdi bade mudik ka Garut",
    "berapa jumlah RTLH di Kab. Seruyan tahun 2025?",
    "TPP bulan ini kapan cair pian?",
    "jadwal pesawat Palangka Raya–Jakarta hari Jumat ada jam brp aja?",
    ("sertifikat tanah warga Ds. Buntoi hilang kena banjir, ngurus penggantinya ke BPN kaya apa?"),
    "pagu DAK Tematik PPKT utk Kab. Katingan TA 2027 berapa?",
    "harga satuan beton K-225 per m3 di Kasongan brp utk RAB?",
    "kuota rumah subsidi FLPP di Sampit tahun ini ada brp unit?",
    "siapa pemenang tender jalan lingkungan Ds. Jelapat tahun lalu?",
    "tarif air PDAM Palangka Raya per m3 skrg brp?",
    "Y'all know a good place to grab lunch near the Disperkimtan office?",
    ("How much is the per diem for travel to Palangka Raya ah? Finance never tell me."),
    "angka backlog perumahan Kab. Gunung Mas tahun 2024 brp unit?",
]
