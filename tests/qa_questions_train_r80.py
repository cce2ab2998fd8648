"""Training table R80 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 66's styles, written by another hand for the second half of the topic list after round 66
was measured untouched: Bugis or Makassar particles, Malaysian Malay words, a forwarded message
around the question, asking to confirm a claim (sometimes a wrong one), swipe-keyboard damage,
urgency, chat-note formatting with markdown and bullets, asking on behalf of a superior; Singaporean
English. A glossary entry's questions ask what the term means. Its slum-area questions are
computed by rule, not learned; they are measured here only. Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R80_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        ("tabe' pak, huntara itu apa di'? ada warga korban banjir di Mendawai Seberang tanya ki"),
        "istilah.huntara",
    ),
    (
        (
            "Huntara means what ah? Heard it during the flood briefing, is it the temporary "
            "house one?"
        ),
        "istilah.huntara",
    ),
    ("Huntap tu maksudnya apa ya? macam rumah kekal untuk mangsa bencana ke?", "istilah.huntap"),
    (
        (
            "Fwd: Diteruskan dari grup BPBD Kapuas\n> pembangunan huntap utk warga "
            "terdampak di Sei Pasah masih menunggu lahan\nini huntap kepanjangannya apa ya "
            "min?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "katanya KK di form usulan itu jumlah kartu keluarga yg difotokopi, betul gak? "
            "atau artinya lain"
        ),
        "istilah.kk",
    ),
    ("KKdiformusulan itu maksudnyaa apa ya kepalakeluarga atau kartu keluarga", "istilah.kk"),
    (
        (
            "urgent, isian 'jiwa' di tabel penerima manfaat itu maksudnya apa? besok pagi "
            "rapat sama camat"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "**Data Penerima Manfaat**\n- KK: 120\n- jiwa: ?\nyang dimaksud jiwa di sini "
            "itu apa ya, jumlah orangnya?"
        ),
        "istilah.jiwa",
    ),
    ("Pak Kadis nanya, 'ha' yg ditulis di SK kumuh itu satuan apa, hektare kah?", "istilah.ha"),
    ("The 'ha' in the slum decree is short for what ah? Hectare is it?", "istilah.ha"),
    (
        (
            "iye pak, DED itu apa singkatannya toh? disuruh ki lampirkan DED tapi belum "
            "tahu maksudnya"
        ),
        "istilah.ded",
    ),
    ("DED tu apa sebenarnya? saya tak faham, konsultan sahaja yang selalu sebut", "istilah.ded"),
    (
        (
            "> Lampiran: RAB jaling Desa Tinduk.xlsx\n> mohon dicek sebelum dikirim ke "
            "provinsi\nRAB ini singkatan dari apa ya, saya staf baru"
        ),
        "istilah.rab",
    ),
    (
        ("bener ga sih kalau RAB itu Rencana Anggaran Belanja? atau Rencana Anggaran Biaya?"),
        "istilah.rab",
    ),
    ("RKSitu apaa ya pak, singkatandaari apa", "istilah.rks"),
    (
        ("mohon cepat ya, RKS itu dokumen apa? konsultan minta kami siapkan hari ini juga"),
        "istilah.rks",
    ),
    (
        (
            "_Catatan rapat persiapan_\n• KAK harus dilampirkan\n• TOR menyusul\nKAK itu "
            "apa, sama dgn TOR kah?"
        ),
        "istilah.kak",
    ),
    ("Bu Kabid minta dijelaskan KAK itu kepanjangannya apa", "istilah.kak"),
    (
        ("What is site plan ah? The form say must attach, I not sure what kind of drawing"),
        "istilah.siteplan",
    ),
    ("site plan itu apa di'? gambar lokasi ji kah atau lain lagi", "istilah.siteplan"),
    (("RC tu singkatan apa? dalam mesej dari provinsi ada sebut 'RC belum lengkap'"), "istilah.rc"),
    (
        (
            "Diteruskan dari grup Perkim Bartim:\n> RC utama dan RC teknis wajib diunggah "
            "sblm desk konsultasi\nRC itu apa ya maksudnya?"
        ),
        "istilah.rc",
    ),
    (
        (
            "katanya BAST itu Berita Acara Serah Terima, betul gak? biar sy ga salah tulis "
            "di laporan"
        ),
        "istilah.bast",
    ),
    ("BASTitu singkatan berrita acara apa ya", "istilah.bast"),
    (
        ("asap: hibah itu artinya apa? rapat dgn DPRD jam 10, saya belum paham istilahnya"),
        "istilah.hibah",
    ),
    ("disuruh pak Bupati nanya, hibah itu pengertiannya apa sih", "istilah.hibah"),
    ("**Inventaris**\n- BMD\n- BMN\nyang BMD itu kepanjangannya apa?", "istilah.bmd"),
    ("BMD stands for what ah? The finance people keep saying BMD BMD", "istilah.bmd"),
    ("tabe', BMN itu singkatan apa di'?", "istilah.bmn"),
    ("BMN tu barang milik negara ke? maksudnya macam mana", "istilah.bmn"),
    (
        ("Fwd: surat pernyataan kesanggupan menerima hibah dan O&P\nO&P di sini maksudnya apa ya?"),
        "istilah.op",
    ),
    ("bener ga sih O&P itu Operasional dan Pengadaan?", "istilah.op"),
    ("SPMitusingkatan apa yaa, standar pelayananminimum?", "istilah.spm"),
    ("urgent pak, SPM itu kepanjangannya apa? mau isi laporan sore ini", "istilah.spm"),
    ("Bapak Kadis menanyakan, Pokja PKP itu maksudnya kelompok kerja apa", "istilah.pokjapkp"),
    ("Pokja PKP is what kind of group one? Working group for housing is it?", "istilah.pokjapkp"),
    (
        ("**SK Pokja**\n- Pokja PPAS\n- Ketua: Sekda\nPPAS di Pokja PPAS itu singkatan apa?"),
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu apa kepanjangannya toh? disebut-sebut ji di rakor air minum",
        "istilah.pokjappas",
    ),
    ("Pokja AMPL tu apa? air minum dan apa ya?", "istilah.pokjaampl"),
    (
        (
            "> Undangan rapat Pokja AMPL Kab. Gunung Mas, Kamis 09.00 WIB\nAMPL itu "
            "singkatan apa ya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        ("katanya RP3KP itu rencana lima tahunan perkim, betul gak? sebenarnya RP3KP itu apa"),
        "istilah.rp3kp",
    ),
    ("RP3KPitu apaa ya, rencana pembangunan dan apa gitu", "istilah.rp3kp"),
    ("tolong cepat, RP2KPKP kepanjangannya apa? diminta Bappeda sekarang juga", "istilah.rp2kpkp"),
    ("RP2KPKP is what ah? So long the acronym, I cannot remember", "istilah.rp2kpkp"),
    ("Bu Sekda minta info, KOTAKU itu program apa ya? singkatan dari apa", "istilah.kotaku"),
    ("KOTAKU itu apa di'? dulu ada ji di kelurahan Baamang Hulu", "istilah.kotaku"),
    (
        ("**Sumber dana alternatif**\n- APBD kab\n- DAK Tematik PPKT\nPPKT itu singkatan apa ya?"),
        "istilah.daktematikppkt",
    ),
    ("DAK Tematik PPKT tu apa maksudnya? untuk kawasan kumuh ke?", "istilah.daktematikppkt"),
    (
        (
            "Diteruskan dari grup Rakor Perkim:\n> usulan di atas 15 ha diarahkan ke APBN "
            "atau DAK\nAPBN itu apa ya, anggaran pusat kan?"
        ),
        "istilah.apbn",
    ),
    (
        ("bener ga sih APBN itu Anggaran Pendapatan dan Belanja Nasional? atau Negara"),
        "istilah.apbn",
    ),
    ("APBDitu kepanjanganya apa ya pak, anggaran penddapatan...", "istilah.apbd"),
    ("APBD means what? Is it the provincial budget or the regency one?", "istilah.apbd"),
    (
        ("cepat ya min, APBDes itu apa? kades Tumbang Runen nanya, mau sy jawab segera"),
        "istilah.apbdes",
    ),
    ("Pak Camat nitip tanya, APBDes itu singkatan dari apa", "istilah.apbdes"),
    ("Bankeu itu apa toh? bantuan keuangan dari provinsi ji kah?", "istilah.bankeu"),
    ("_Rekap sumber dana_\n• APBD Prov\n• Bankeu\n• CSR\nBankeu itu apa ya?", "istilah.bankeu"),
    ("Pokir tu apa? usulan dari ahli dewan ke?", "istilah.pokir"),
    (
        (
            "Fwd: dari WA anggota DPRD dapil Katingan\n> tolong masukkan jalan lingkungan "
            "Kasongan Baru lewat pokir\npokir itu apa sebenarnya?"
        ),
        "istilah.pokir",
    ),
    (
        ("katanya Musrenbang itu rapat khusus DPRD ya, betul gak? Musrenbang sebenarnya apa"),
        "istilah.musrenbang",
    ),
    (
        "musrenbangitu singkatan dari apa yaa musyawarah perencanaanpembangunan?",
        "istilah.musrenbang",
    ),
    ("mohon segera, RKPD itu dokumen apa? mau isi notulen sekarang", "istilah.rkpd"),
    ("RKPD is what document ah? The annual plan one or not?", "istilah.rkpd"),
    ("My boss Pak Kadis asking, Renja means what ah? Workplan of who?", "istilah.renja"),
    ("Renja itu apa di'? rencana kerja tahunan dinas ji?", "istilah.renja"),
    (
        "**Dokumen perencanaan**\n- Renstra\n- Renja\nRenstra itu maksudnya apa ya?",
        "istilah.renstra",
    ),
    ("Renstra tu pelan strategik lima tahun ke? apa maksud sebenarnya", "istilah.renstra"),
    (
        ("> RPJMD 2025–2029 menargetkan penurunan kawasan kumuh\nRPJMD itu singkatan apa ya?"),
        "istilah.rpjmd",
    ),
    ("bener ga sih RPJMD itu rencana 20 tahun daerah? RPJMD itu apa", "istilah.rpjmd"),
    ("KUAPPASitu apaa ya singkatanyaa", "istilah.kuappas"),
    (
        "urgent, KUA-PPAS itu apa? TAPD rapat besok pagi, sy harus paham istilahnya",
        "istilah.kuappas",
    ),
    ("disuruh pak Kadis nanya, RKA itu kepanjangannya apa", "istilah.rka"),
    ("RKA stands for what ah? Budget something is it?", "istilah.rka"),
    (
        ("DPA itu dokumen apa toh? kalau dibilang sudah masuk DPA itu maksudnya apa di'"),
        "istilah.dpa",
    ),
    ("**Tahapan anggaran**\n- RKA\n- DPA\nDPA itu singkatan dari apa?", "istilah.dpa"),
    ("SIPD tu singkatan apa sebenarnya? semua orang sebut tapi saya tak tahu", "istilah.sipd"),
    (
        (
            "Fwd: Info dari Bappeda Seruyan\n> batas input sub kegiatan di SIPD tgl "
            "20\nSIPD itu sistem apa ya?"
        ),
        "istilah.sipd",
    ),
    (
        "katanya Bapperida itu nama baru BPBD, betul gak? Bapperida itu badan apa",
        "istilah.bapperida",
    ),
    ("Bapperidaitu badan apaa ya, perencanaan dann riset?", "istilah.bapperida"),
    ("cepat ya, OPD itu singkatan dari apa? mau isi kolom OPD pengusul", "istilah.opd"),
    ("OPD means what? Organisasi Perangkat Daerah is it?", "istilah.opd"),
    ("Pak Sekda nanya, SKPD itu kepanjangannya apa", "istilah.skpd"),
    ("SKPD itu apa di'? orang tua-tua di kantor masih bilang SKPD ji", "istilah.skpd"),
    (
        (
            "**Komponen usulan**\n- jaling\n- SPAM\nSPAM di sini maksudnya apa ya, bukan "
            "email kan 😅"
        ),
        "istilah.spam",
    ),
    ("SPAM tu sistem penyediaan air minum ke? macam mana maksudnya", "istilah.spam"),
    (
        (
            "Diteruskan dari grup Sanitasi Pulpis:\n> SPALD-T Kelurahan Bahaur Basantan "
            "progres 60%\nSPALD itu singkatan apa?"
        ),
        "istilah.spald",
    ),
    ("bener ga sih SPALD itu cuma nama lain septic tank? SPALD artinya apa", "istilah.spald"),
    ("IPALitu instalasi pengolahan airlimbah ya? maksudnyaa apa", "istilah.ipal"),
    (
        (
            "Need answer asap lah, IPAL means what? Residents in Ketapang Sampit "
            "complaining, I must reply now"
        ),
        "istilah.ipal",
    ),
    ("Bu Kabid minta info, TPS3R itu apa kepanjangannya", "istilah.tps3r"),
    ("TPS3R is what thing? The 3R is reduce reuse recycle is it?", "istilah.tps3r"),
    ("MCK itu apa singkatannya toh? mandi cuci kakus ji kah", "istilah.mck"),
    ("_Usulan Desa Pulau Telo_\n• MCK komunal 2 unit\nMCK itu singkatan apa ya?", "istilah.mck"),
    ("RTRW tu bukan RT RW kampung kan? apa maksud sebenarnya", "istilah.rtrw"),
    (
        (
            "Fwd:\n> lahan tidak sesuai RTRW, usulan tdk dapat diproses\nRTRW itu apa ya? "
            "rencana tata ruang?"
        ),
        "istilah.rtrw",
    ),
    (
        ("Someone say RDTR is exactly the same as RTRW, is it? What RDTR actually means ah"),
        "istilah.rdtr",
    ),
    ("RDTRitu rencana detail tata ruangg? artinyaa apa", "istilah.rdtr"),
    (
        ("urgent: PBG itu singkatan apa? pengembang di Bapeang nanya, harus dijawab sore ini"),
        "istilah.pbg",
    ),
    ("PBG is what ah? Last time people call it IMB right?", "istilah.pbg"),
    ("disuruh pak Bupati nanya, SLF itu sertifikat apa", "istilah.slf"),
    ("SLF itu apa di'? sertifikat laik fungsi ji kah", "istilah.slf"),
    ("**Rusun permits**\n- PBG\n- SKBG\nSKBG stands for what ah?", "istilah.skbg"),
    ("SKBG tu sijil apa? sertifikat kepemilikan bangunan gedung ke?", "istilah.skbg"),
    ("> syarat RTLH: tanah milik sendiri, minimal SKT\nSKT itu surat apa ya?", "istilah.skt"),
    ("bener ga sih SKT itu sama dengan sertifikat BPN? SKT itu apa sih", "istilah.skt"),
    ("cleanandcler itu artinyaa apa ya untuk lahan", "istilah.cleanandclear"),
    (
        ("asap, clean and clear itu maksudnya apa untuk lahan? konsultan nunggu jawaban"),
        "istilah.cleanandclear",
    ),
    ("Bapak Kadis menanyakan, CSR itu apa sebenarnya", "istilah.csr"),
    ("CSR here means corporate social responsibility is it? What exactly ah", "istilah.csr"),
    ("Rakor itu singkatan apa toh? rapat koordinasi ji kah", "istilah.rakor"),
    (
        ("**Agenda minggu depan**\n- Rakor\n- Musrenbang\nRakor itu kepanjangannya apa ya?"),
        "istilah.rakor",
    ),
    ("LAPOR! tu apa? sistem aduan ke?", "istilah.lapor"),
    (
        (
            "Fwd from Humas group:\n> complaint about drainage came in through "
            "LAPOR!\nLAPOR! is what system ah?"
        ),
        "istilah.lapor",
    ),
    (
        (
            "My colleague say WIB is Waktu Indonesia Bagian Barat and Kalteng use WITA, "
            "correct or not?"
        ),
        "istilah.wib",
    ),
    ("WIBitu waktuindonesia barat ya? artinya apa", "istilah.wib"),
    (
        ("mohon cepat ya, backlog perumahan itu maksudnya apa? buat sambutan Bupati besok"),
        "istilah.backlog",
    ),
    ("Backlog housing means what ah? Everybody mention backlog but I blur", "istilah.backlog"),
    ("Bu Sekda minta info, PKP itu singkatan dari apa", "istilah.pkp"),
    ("PKP itu apa di'? bukan pengusaha kena pajak toh?", "istilah.pkp"),
    (
        ("**Istilah**\n- kumuh\nyang dimaksud permukiman kumuh itu apa sih definisinya?"),
        "istilah.kumuh",
    ),
    ("kumuh tu maksudnya macam kawasan setinggan ke? apa pengertian kumuh", "istilah.kumuh"),
    (
        (
            "Diteruskan dari grup Kepala Dinas se-Kalteng:\n> alokasi DAK 2027 belum "
            "turun\nDAK itu singkatan apa ya?"
        ),
        "istilah.dak",
    ),
    ("bener ga sih DAK itu Dana Anggaran Khusus?", "istilah.dak"),
    ("rusunitu rumahsusun kan? maksudnya apaa", "istilah.rusun"),
    (
        (
            "Urgent lah, reporter asking about rusun in Palangka Raya. Rusun means what ah? "
            "Like rumah pangsa?"
        ),
        "istilah.rusun",
    ),
]

TRAIN_R80_INTENTS: list[tuple[str, str]] = [
    ("tabe' pak, usulan ta' yang USL-2026-0007 sudah sampai mana di'?", "status"),
    (
        ("My proposal for jalan lingkungan Kasongan Baru status how ah? Already approve or not?"),
        "status",
    ),
    ("usulansaya yg drainase Pangkalan Bun sudahsampai manaa ya statusnyaa", "status"),
    ("urgent, Rakor tahun ini kapan dan di mana? harus ajukan SPPD besok pagi", "meeting"),
    (
        ("Pak Kadis menanyakan jadwal Rakor berikutnya, tanggal berapa dan tempatnya di mana"),
        "meeting",
    ),
    ("Rakor seterusnya bila ya? kat mana tempatnya?", "meeting"),
    (
        (
            "katanya batas kirim usulan tahun ini akhir bulan ini, betul gak? sampai kapan "
            "sebenarnya"
        ),
        "deadline",
    ),
    (
        ("**Reminder**\n- proposals for TA 2027\nUntil when can still send proposal this year ah?"),
        "deadline",
    ),
    (
        (
            "Fwd: dari grup Perkim Kotim\n> usulan ditutup sebentar lagi, segera "
            "kirim\ntenggat kirim usulan tahun ini sampai kapan ya?"
        ),
        "deadline",
    ),
    ("assalamualaikum pak, iye terima kasih banyak di' atas bantuannya", "greeting"),
    ("Hello! Thanks ah, very helpful lah this bot", "greeting"),
    ("halo bot, baru gabung nih, cara pakainyaa gimanaa", "greeting"),
    ("macam mana nak hantar usulan melalui bot ni?", "how_to_submit"),
    ("mohon cepat, cara kirim usulan lewat bot gimana? harus masuk hari ini", "how_to_submit"),
    ("Bu Kabid minta saya kirim usulan RTLH lewat bot, caranya bagaimana ya", "how_to_submit"),
]

TRAIN_R80_AREAS: list[tuple[str, str]] = [
    (
        ("tabe', kawasan kumuh di Baamang Hilir luasnya 9,99 ha di', kewenangan siapa ji itu?"),
        "kabkota",
    ),
    ("kumuhluasnya 98.000m2 di Kelurahan Selat Hilir itu kewenangansiapa ya", "kabkota"),
    (
        ("kawasan kumuh 3,5 hektar di Desa Tinduk tu kewenangan siapa ya? kabupaten sahaja ke?"),
        "kabkota",
    ),
    (
        ("> lokasi kumuh Kel. Langkai luas delineasi 8 hektare\nini kab atau prov ya yg nangani?"),
        "kabkota",
    ),
    (
        (
            "bener ga sih kumuh pas 10 ha itu masih kabupaten? lokasinya Kel. Mendawai, "
            "Pangkalan Bun"
        ),
        "provinsi",
    ),
    (
        (
            "urgent: SK kumuh kami di Mentawa Baru Hilir luas delineasinya 14,9 ha, ini "
            "ditangani siapa? besok pagi rapat"
        ),
        "provinsi",
    ),
    (
        ("**Data lokasi**\n- Kel. Panarung\n- luas: 100.000 m²\nini kewenangan provinsi atau kab?"),
        "provinsi",
    ),
    (
        (
            "Slum area in Selat Tengah about 12 hectares, which level handle one ah? "
            "Province can or not?"
        ),
        "provinsi",
    ),
    (
        (
            "Bapak Kadis menanyakan, kumuh 150.000 meter persegi di Ketapang Sampit itu "
            "kewenangan siapa"
        ),
        "pusat",
    ),
    (
        (
            "Fwd: dari grup Perkim Kapuas\n> delineasi kawasan kumuh Selat Hulu 132,25 "
            "ha\nkalau luasnya segitu yang nangani siapa ya?"
        ),
        "pusat",
    ),
    (
        (
            "Got slum area 22 ha in Kalampangan, central government handle is it? Province "
            "cannot take?"
        ),
        "pusat",
    ),
    (
        ("katanya kumuh 15 ha tepat itu masih provinsi ya, betul gak? lokasinya Pahandut Seberang"),
        "pusat",
    ),
]

TRAIN_R80_OUT_OF_SCOPE: list[str] = [
    "tabe' pak, TPP bulan ini kapan cair di'?",
    "macam mana nak tukar kata laluan email dinas? tak boleh login dari semalam",
    (
        "Fwd: dari grup Kepegawaian\n> pendaftaran PPPK tahap 2 dibuka\nsyarat umur "
        "maksimal berapa ya?"
    ),
    "katanya harga semen di Sampit naik jadi 90 ribu per sak, betul gak?",
    "printerkantor ngadat terus, gimanacara install driver epson L3210 yaa",
    "urgent, berapa tarif uang harian SPPD ke Puruk Cahu? berangkat besok pagi",
    "**Tender**\n- paket jaling Kasongan Baru\njadwal tayang di LPSE kapan ya?",
    "Bapak Kadis menanyakan berapa jumlah penduduk Kabupaten Katingan tahun ini",
    ("Which hotel near Jl. D.I. Panjaitan is cheap ah? Coming to Palangka Raya next week"),
    ("My laptop cannot open the RAB Excel file, got any way to convert to PDF or not?"),
    ("bunga KPR subsidi FLPP sekarang berapa peratus ya? adik saya nak beli rumah"),
    "proses balik nama sertifikat tanah di BPN Palangka Raya berapa lama toh?",
    "Tomorrow Kuala Kurun got rain or not ah? Want to go site survey",
    "HSPK2026 Barut untuk betonK-225 berapa per m3 yaa",
    ("mohon cepat, cara ajukan cuti tahunan di aplikasi kepegawaian gimana? berangkat lusa"),
]
