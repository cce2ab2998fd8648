"""Training table R74 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 63's styles, written by another hand for the second half of the topic list after round 63
was measured untouched: asking why a rule is so, emoji standing for words, a pasted group-chat
log, long formal nominalised sentences, an intern asking for a report, money and years beside
a question about a rule, asking for the source or a link, inverted word order; New Zealand or
Welsh English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only. Written in round 37 and left
unread for a later round.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R74_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "[07.52, 12/3/2026] Pak Camat Mantangai: warga yg kebanjiran sementara ditaruh di "
            "huntara dulu\n[07.55, 12/3/2026] Bu Kasi: siap pak\nhuntara itu maksudnya hunian "
            "apa ya? sy baru pindah ke bidang ini"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Yeah nah I keep seeing 'huntara' in the flood reports from Kapuas, what's it "
            "short for eh?"
        ),
        "istilah.huntara",
    ),
    ("🏠 huntap = hunian tetap kah? mksdnya gmn", "istilah.huntap"),
    (
        (
            "kenapa korban banjir di Pulau Petak ditaruh di huntara dulu baru huntap? dua "
            "istilah itu bedanya apa"
        ),
        ("istilah.huntara", "istilah.huntap"),
    ),
    ("di form ada kolom KK, itu kepala keluarga atau kartu keluarga? 🤔", "istilah.kk"),
    (
        (
            "Sweet as, just doing the beneficiaries bit now. KK means households, eh? Or is it "
            "something else?"
        ),
        "istilah.kk",
    ),
    ("jiwa di isian penerima manfaat itu mksdnya jumlah orang ya?", "istilah.jiwa"),
    ("kenapa hrs isi KK sama jiwa dua2nya, bedanya apa sih", ("istilah.kk", "istilah.jiwa")),
    (
        ("ha itu hektar kan? 1 ha brp meter persegi ya, mau konversi luas lokasi di Ketapang"),
        "istilah.ha",
    ),
    (
        ("tugas kuliah saya ttg permukiman kumuh, tulisan 'ha' di dokumen itu satuan apa ya kak?"),
        "istilah.ha",
    ),
    ("📐 DED itu kepanjangannya apa? konsultan bilang DED kami blm ada", "istilah.ded"),
    (
        (
            "Dalam rangka penyiapan dokumen teknis usulan Tahun Anggaran 2027, mohon "
            "penjelasan terkait pengertian Detail Engineering Design (DED) sebagaimana "
            "dimaksud."
        ),
        "istilah.ded",
    ),
    ("RAB apa sih singkatannya? pagu kita cuma Rp 850 jt buat jaling", "istilah.rab"),
    (
        ("Chur for the help bro. Quick one, what's an RAB? The Katingan lot reckon theirs is done"),
        "istilah.rab",
    ),
    ("RKS itu rencana kerja & syarat2 ya? isinya kira2 apa", "istilah.rks"),
    ("apaan itu RKS, yg diminta bareng DED sm RAB?", "istilah.rks"),
    ("KAK sama TOR itu sama aja ga?", "istilah.kak"),
    (
        ("buat laporan magang saya di Dinas Perkim Sukamara, KAK itu kepanjangannya apa ya kak 🙏"),
        "istilah.kak",
    ),
    ("site plan itu maksudnya denah lokasi ya? 🗺️", "istilah.siteplan"),
    (
        ("What's a site plan in your lingo, eh? Same as rencana tapak or a different thing?"),
        "istilah.siteplan",
    ),
    ("RC di dokumen DAK itu apa ya? readiness criteria?", "istilah.rc"),
    (
        (
            "[10.02, 5/2/2026] Pak Kabid: RC nya udah lengkap blm?\n[10.04, 5/2/2026] Rudi "
            "PSU: RC apa ya pak 😅\nnah sy jg ga ngerti, RC itu apa sih"
        ),
        "istilah.rc",
    ),
    ("BAST = berita acara serah terima? knp hrs ada BAST segala", ("istilah.bast", "hibah.aset")),
    (
        (
            "Kia ora, what does BAST stand for? It's on the handover paper for the drainage in "
            "Pahandut"
        ),
        "istilah.bast",
    ),
    ("hibah itu artinya apa dlm konteks aset? bukan hibah duit kan", "istilah.hibah"),
    (
        (
            "Kenapa jalan lingkungan yg dibangun provinsi di desa kami harus dihibahkan ke "
            "kabupaten? hibah itu maksudnya gmn"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    ("BMD singkatan dr apa", "istilah.bmd"),
    (
        (
            "Yeah nah not sure what BMD is, the asset fulla in Buntok mentioned it. Barang "
            "milik something?"
        ),
        "istilah.bmd",
    ),
    ("📦 BMD vs BMN bedanya apa", ("istilah.bmd", "istilah.bmn")),
    ("BMN itu barang milik negara ya? aset punya pusat gitu?", "istilah.bmn"),
    ("O&P itu apaan, di surat pernyataan ada tulisan kesanggupan O&P", "istilah.op"),
    ("What's O&P mean on the statement letter, eh? Operations and... ?", "istilah.op"),
    (
        "SPM itu standar pelayanan minimal ya? dasarnya di mana bisa dibaca?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        (
            "Dalam rangka penyusunan laporan penerapan SPM bidang perumahan rakyat TA 2026, "
            "mohon dijelaskan kepanjangan dan pengertian SPM."
        ),
        "istilah.spm",
    ),
    (
        "Pokja PKP itu kelompok kerja apa ya? ada link peraturannya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("singkatan Pokja PKP apa ya, mau tulis lengkap di nota dinas", "istilah.pokjapkp"),
    ("Pokja PPAS itu apa? PPAS nya singkatan dr apa", "istilah.pokjappas"),
    (
        ("The Sekda's chairing the Pokja PPAS hui in Tamiang Layang, what's PPAS stand for eh?"),
        "istilah.pokjappas",
    ),
    ("AMPL di Pokja AMPL itu air minum dan penyehatan lingkungan ya?", "istilah.pokjaampl"),
    (
        ("ketuanya disebut 'Ketua Pokja PPAS/PKP/AMPL' sekaligus, nah pokja AMPL itu sendiri apa?"),
        "istilah.pokjaampl",
    ),
    ("RP3KP kepanjangannya apa, sama gak dgn RP2KPKP?", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("RP3KP itu rencana utk berapa tahun? dasarnya di mana bisa dibaca?", "istilah.rp3kp"),
    ("buat tugas kuliah saya, RP2KPKP itu dokumen apa ya?", "istilah.rp2kpkp"),
    ("apa itu RP2KPKP, yg ada di checklist DAK?", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa dulu? yg ada BKM nya itu", "istilah.kotaku"),
    (
        ("Heard the old hands in Kotim going on about KOTAKU, what was that programme eh?"),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa? PPKT nya singkatan dr apa", "istilah.daktematikppkt"),
    (
        "kenapa kumuh kami yg 8 ha disarankan lewat DAK Tematik PPKT? itu dana apa?",
        ("istilah.daktematikppkt", "pendanaan.saluran_lain"),
    ),
    ("APBN singkatan apa ya, sy staf baru", "istilah.apbn"),
    ("anggaran 2027 katanya sebagian dr APBN, APBN itu persisnya anggaran apa?", "istilah.apbn"),
    (
        ("APBD itu anggaran pendapatan dan belanja daerah kan? APBD prov sama APBD kab beda?"),
        "istilah.apbd",
    ),
    ("📊 APBD = ?", "istilah.apbd"),
    ("Kades Buntoi bilang mau pakai APBDes, APBDes itu singkatan apa ya", "istilah.apbdes"),
    (
        (
            "[14.10, 20/4/2026] Kades Anjir Palambang: pak bisa dibantu dr APBDes aja\n[14.12, "
            "20/4/2026] Pak Yanto: ok nanti sy tanya\nAPBDes itu persisnya apa ya?"
        ),
        "istilah.apbdes",
    ),
    ("Bankeu itu bantuan keuangan dr provinsi ke kab ya?", "istilah.bankeu"),
    ("bankeu apa ya, ada di pilihan sumber dana 🤔", "istilah.bankeu"),
    ("pokir dewan itu apa sih? pokok pikiran DPRD?", "istilah.pokir"),
    (
        ("apa itu pokir, anggota DPRD dapil Kapuas bilang mau bawa usulan kami lewat pokir"),
        "istilah.pokir",
    ),
    (
        ("musrenbang itu musyawarah perencanaan pembangunan kan? jenjangnya dr desa sampai mana?"),
        "istilah.musrenbang",
    ),
    (
        ("Yeah nah what's a Musrenbang exactly? Heaps of people at the kantor mention it"),
        "istilah.musrenbang",
    ),
    ("RKPD itu dokumen rencana tahunan ya? atau yg 5 tahunan?", "istilah.rkpd"),
    ("What's RKPD stand for, eh? Our TA 2027 stuff is meant to end up in it", "istilah.rkpd"),
    ("Renja singkatan apa, beda sm Renstra?", ("istilah.renja", "istilah.renstra")),
    (
        ("Renja, what is it now? Tidy if you could tell me before the Kabid asks, isn't it."),
        "istilah.renja",
    ),
    ("renstra dinas itu rencana strategis 5 tahun ya?", "istilah.renstra"),
    (
        (
            "Dalam rangka penyusunan Renstra Perangkat Daerah periode 2026-2030, mohon "
            "penjelasan terkait pengertian Renstra."
        ),
        "istilah.renstra",
    ),
    ("RPJMD 2025-2029 itu dokumen apa sih? kepanjangannya", "istilah.rpjmd"),
    (
        (
            "RPJMD keeps coming up in the Rakor slides, what's it stand for then? Lush if you "
            "could explain, isn't it."
        ),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS apa ya singkatannya? yg sebelum RAPBD itu", "istilah.kuappas"),
    ("Where to is it in the budget, this KUA-PPAS? What does it mean, like?", "istilah.kuappas"),
    ("RKA itu rencana kerja dan anggaran ya? beda sm DPA apa", ("istilah.rka", "istilah.dpa")),
    ("📝 RKA singkatan apa", "istilah.rka"),
    (
        ("DPA itu dokumen pelaksanaan anggaran kan? kalau usulan kami masuk DPA 2027 artinya apa"),
        "istilah.dpa",
    ),
    (
        ("DPA, what's that now? The Kadis said our drainage might be in it next year, tidy."),
        "istilah.dpa",
    ),
    ("SIPD itu aplikasi apa sih? yg dipake bappeda", "istilah.sipd"),
    (
        (
            "[09.30, 7/1/2026] Bu Sekretaris: semua usulan hrs masuk SIPD ya\n[09.31, "
            "7/1/2026] Arif: siap bu\nmaaf nanya, SIPD itu singkatan apa?"
        ),
        "istilah.sipd",
    ),
    ("Bapperida kepanjangannya apa, yg ada riset & inovasinya itu?", "istilah.bapperida"),
    (
        "Bapperida, who are they then? I'm new to the dinas in Muara Teweh, see.",
        "istilah.bapperida",
    ),
    ("OPD sama SKPD sama aja kah?", ("istilah.opd", "istilah.skpd")),
    ("OPD pengusul itu maksudnya apa ya? OPD nya singkatan apa", "istilah.opd"),
    ("SKPD, what does that stand for? Isn't it the same as the dinas, like?", "istilah.skpd"),
    ("buat laporan PKL saya, SKPD kepanjangannya apa?", "istilah.skpd"),
    ("💧 SPAM itu apa? bukan spam email kan 😂", "istilah.spam"),
    ("apa itu SPAM, sistem penyediaan air minum kah?", "istilah.spam"),
    ("SPALD apa bedanya sm IPAL?", ("istilah.spald", "istilah.ipal")),
    ("SPALD singkatan apa ya, di sektor sanitasi", "istilah.spald"),
    ("IPAL komunal itu apa ya maksudnya?", "istilah.ipal"),
    ("Bu, IPAL itu instalasi pengolahan air limbah ya?", "istilah.ipal"),
    ("TPS3R itu apa? 3R nya apa", "istilah.tps3r"),
    ("kenapa namanya TPS3R bukan TPS biasa?", "istilah.tps3r"),
    ("🚽 MCK singkatan apa", "istilah.mck"),
    ("apa itu MCK, di usulan dr Desa Mintin ada MCK komunal", "istilah.mck"),
    ("RTRW itu rencana tata ruang wilayah ya? bukan RT/RW kan 😅", "istilah.rtrw"),
    ("lahan hrs sesuai RTRW katanya, tp RTRW nya sendiri itu apa?", "istilah.rtrw"),
    ("RTRW sm RDTR bedanya apa", ("istilah.rtrw", "istilah.rdtr")),
    ("RDTR apa ya kepanjangannya, rencana detail tata ruang?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? kepanjangannya apa", "istilah.pbg"),
    (
        (
            "PBG, what is it, the building approval thing? I've got to explain it to a "
            "resident now in a minute."
        ),
        "istilah.pbg",
    ),
    ("SLF itu sertifikat laik fungsi kan? buat apa", "istilah.slf"),
    ("PBG sama SLF beda apa?", ("istilah.pbg", "istilah.slf")),
    ("SKBG itu apa? sertifikat kepemilikan bangunan gedung?", "istilah.skbg"),
    ("SKBG singkatan apa, ada warga Baamang nanya ke kantor", "istilah.skbg"),
    ("SKT itu surat keterangan tanah ya? yg dikeluarkan desa?", "istilah.skt"),
    (
        ("tanah warga di Desa Tangkahen cuma punya SKT, SKT itu sbnrnya surat apa sih"),
        "istilah.skt",
    ),
    (
        "lahan clean and clear itu maksudnya gimana? kriterianya apa aja",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        ("What's clean and clear mean for the land, then? Certificate and all that, is it?"),
        "istilah.cleanandclear",
    ),
    ("CSR itu dana perusahaan ya? singkatannya apa", "istilah.csr"),
    ("🏭 CSR maksudnya apa di pilihan sumber dana", "istilah.csr"),
    (
        (
            "Rakor itu singkatan rapat koordinasi ya? nama lengkap rakor bidang kawasan "
            "permukiman apa"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("Rakor, what's it short for now? Tidy.", "istilah.rakor"),
    (
        "LAPOR! itu aplikasi pengaduan ya? kenapa dijadiin tolok ukur",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    ("apa itu LAPOR! yg ada tanda serunya itu?", "istilah.lapor"),
    ("WIB itu UTC+7 ya? dasarnya Kalteng pakai WIB di mana bisa dibaca?", "istilah.wib"),
    (
        ("WIB, is that the time zone now? Why's Kalteng on WIB and not WITA, isn't it?"),
        "istilah.wib",
    ),
    ("backlog perumahan itu maksudnya apa? kok angkanya beda2 tiap sumber", "istilah.backlog"),
    ("backlog rumah itu apa sih? tugas kuliah saya ttg perumahan MBR", "istilah.backlog"),
    ("PKP itu perumahan dan kawasan permukiman ya? bukan pengusaha kena pajak 😅", "istilah.pkp"),
    (
        (
            "Dalam rangka optimalisasi penyelenggaraan urusan PKP di Kabupaten Lamandau, mohon "
            "penjelasan terkait kepanjangan istilah PKP."
        ),
        "istilah.pkp",
    ),
    ("kumuh itu definisinya apa sih menurut aturan? jgn cuma 'kotor'", "istilah.kumuh"),
    ("apa yg dimaksud permukiman kumuh? ada dasar hukumnya?", "istilah.kumuh"),
    ("DAK singkatan dr apa? dana alokasi khusus?", "istilah.dak"),
    ("anggaran 2027 katanya ada DAK, DAK itu dana apa sih", "istilah.dak"),
    ("🏢 rusun itu rumah susun kan? bedanya sm rusunawa?", ("istilah.rusun", "istilah.rusunawa")),
    ("Rusun, what's that now? Flats, is it?", "istilah.rusun"),
]

TRAIN_R74_INTENTS: list[tuple[str, str]] = [
    ("usulan jaling kami yg USL-2026-0014 udh sampai mana ya?", "status"),
    ("📋 usulan2 Kab. Seruyan statusnya gmn, ada yg udh diverifikasi?", "status"),
    (
        (
            "Any news on our drainage proposal from Kuala Kurun? Haven't heard a thing since "
            "we sent it"
        ),
        "status",
    ),
    ("📅 rakor thn ini kpn & dmn?", "meeting"),
    ("kapan itu rapat berikutnya, jadi di aula disperkimtan lagi?", "meeting"),
    (
        (
            "[08.15, 3/9/2026] Pak Kadis: siapkan bahan rakor\n[08.17, 3/9/2026] Bu Sekdis: "
            "siap pak\nrakornya tanggal brp ya?"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2027 kpn?", "deadline"),
    ("usulan masih bisa masuk smpe tgl brp?", "deadline"),
    ("When's the cut-off for sending proposals this year, eh?", "deadline"),
    ("selamat pagi pak 🙏", "greeting"),
    ("makasih banyak infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ajukan usulan PSU dr Kec. Pangkalan Banteng, caranya gmn lwt sini?", "how_to_submit"),
    ("📤 cara input usulan di sinkron?", "how_to_submit"),
]

TRAIN_R74_AREAS: list[tuple[str, str]] = [
    (("kumuh di Kel. Pahandut Seberang luas delineasinya 9,5 ha, kewenangan siapa?"), "kabkota"),
    ("luas kawasan kumuh pas 10 hektar di Selat Hulu, siapa yg tangani?", "provinsi"),
    ("🏚️ 150.000 m2 kumuh di Baamang Hulu tanggung jawab siapa", "pusat"),
    ("kewenangan siapa itu, kumuh yg 14,99 ha di Mentawa Baru Hilir?", "provinsi"),
    (
        (
            "lokasi kumuh Desa Sungai Bakau kurang dari 10 ha, kira2 9,8 hektare. siapa yg "
            "berwenang?"
        ),
        "kabkota",
    ),
    (("kawasan kumuh 120.000 m² di Kelurahan Mendawai, Arut Selatan, kab atau prov?"), "provinsi"),
    ("tepat 15 ha, kumuh di Kel. Langkai, kewenangannya di mana?", "pusat"),
    ("kumuh 99.500 meter persegi di Buntok Kota tanggung jawab siapa ya?", "kabkota"),
    ("kumuh lebih dari 15 ha, sekitar 22 hektare di Kec. Selat, siapa yg handle?", "pusat"),
    (
        (
            "Slum area in Kumai Hilir is 11.4 ha in the SK, whose job is that, ours or the "
            "province's?"
        ),
        "provinsi",
    ),
    ("kumuh kecil aja 4.500 m2 di Desa Teluk Pulai, siapa yg tangani", "kabkota"),
    (("Who's responsible for a 16.2 hectare slum in Puruk Cahu? The centre, isn't it?"), "pusat"),
]

TRAIN_R74_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit skrg brp?",
    "cuaca Palangka Raya besok hujan ga ya, mau survei lokasi",
    "gaji PPPK bulan ini kapan cair?",
    "cara perpanjang SIM di Polres Kapuas gmn",
    "berapa jumlah RTLH di Kabupaten Katingan tahun 2025?",
    "berapa angka backlog rumah di Kalteng sekarang?",
    "bunga KPR FLPP tahun ini berapa persen?",
    "nomor HP Bupati Barito Utara ada?",
    "Where can I get my car rego sorted in Pangkalan Bun?",
    "berapa luas kumuh Kelurahan Mendawai menurut SK terbaru?",
    "berapa retribusi PBG untuk ruko 2 lantai di Palangka Raya?",
    "anak sy sakit, izin tdk masuk kantor hari ini caranya gmn",
    "harga satuan aspal hotmix di Muara Teweh TA 2027 brp per ton?",
    "Which hospital in Palangka Raya takes BPJS for dental, like?",
    "How do I reset my SIPD password, mate?",
]
