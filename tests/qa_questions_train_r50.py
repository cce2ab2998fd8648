"""Training table R50 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 49's styles, written by another hand for the second half of the topic list after round 49
was measured untouched: forwarded chats with their headers, a messenger correction of one's own
typo, search-engine keyword queries, a format request, addressing a named person or handle
first, a confident wrong assumption, guessing the possible answers in a row, Gen-Z chat slang
with English fillers; Singaporean or Malaysian English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R50_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "[Diteruskan] [09.42, 3/3] Bu Yuli BPBD Katingan: di laporan pasca banjir Samba "
            "Kahayan ada tulisan huntara, itu maksudnya apa ya? tolong tanyakan ke bot"
        ),
        "istilah.huntara",
    ),
    (
        (
            "kan huntara itu sama aja dengan rusunawa ya, rumah sewa buat warga? terus "
            "kepanjangan huntara yang sebenarnya apa?"
        ),
        "istilah.huntara",
    ),
    (
        "huntap adalah singkatan dari",
        "istilah.huntap",
    ),
    (
        "huntap itu hunian tetap, hunian tahap, atau hunian tapak? yg mana",
        "istilah.huntap",
    ),
    (
        (
            "maksud KK di isian usulan itu apa ya, jumlah kartu keluarga atau jumlah kepa;a "
            "*kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        "gaes KK di form itu literally kartu keluarga atau apaan sih wkwk",
        "istilah.kk",
    ),
    (
        "satu kalimat aja: 'jiwa' di kolom penerima manfaat itu artinya apa?",
        "istilah.jiwa",
    ),
    (
        "@admin_prov what does 'jiwa' mean in the beneficiary part ah? Same thing as KK or not?",
        "istilah.jiwa",
    ),
    (
        "ha satuan luas artinya",
        "istilah.ha",
    ),
    (
        "ha di form itu kan singkatan hak atas tanah ya? atau sebenarnya ha itu maksudnya apa?",
        "istilah.ha",
    ),
    (
        (
            "Pak Kabid, izin bertanya, DED yang diminta di dokumen kesiapan itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.ded",
    ),
    (
        "DED itu singkatan dari detail engi*engineering design bukan? artinya apa",
        "istilah.ded",
    ),
    (
        "RAB itu rencana anggaran biaya, rincian alokasi belanja, atau rekap anggaran bulanan?",
        "istilah.rab",
    ),
    (
        "btw RAB tuh apaan sih gaes, aku anak baru di perkim plis jelasin",
        "istilah.rab",
    ),
    (
        (
            "Forwarded from grup Perkim Kab. Seruyan: [14.05] Rizal: RKS itu apa sih? siapa "
            "tau ada yg ngerti, tanyain ke bot dong"
        ),
        "istilah.rks",
    ),
    (
        "jawab singkat ya: RKS kepanjangannya apa?",
        "istilah.rks",
    ),
    (
        "kak tor pengertian dokumen perencanaan",
        "istilah.kak",
    ),
    (
        "KAK is the same thing as the contract right? So what does KAK actually stand for ah?",
        "istilah.kak",
    ),
    (
        "Mas operator, site plan itu maksudnya gambar apa ya?",
        "istilah.siteplan",
    ),
    (
        "apa arti site plna *site plan di daftar dokumen?",
        "istilah.siteplan",
    ),
    (
        "RC di usulan itu maksudnya readiness criteria, rencana kerja, atau rekomendasi camat?",
        "istilah.rc",
    ),
    (
        "anjir RC tuh singkatan apa gaes? temenku bilang readiness sesuatu gitu",
        "istilah.rc",
    ),
    (
        (
            "[Diteruskan] [10.20, 15/9] Pak Hendra Aset Kobar: BAST itu singkatan dari apa? "
            "mohon ditanyakan ke bot Sinkron"
        ),
        "istilah.bast",
    ),
    (
        "poin-poin aja ya: BAST itu apa dan kepanjangannya apa?",
        "istilah.bast",
    ),
    (
        (
            "hibah itu kan semacam pinjaman yang nanti dikembalikan ke provinsi ya? "
            "sebenarnya arti hibah itu apa sih?"
        ),
        "istilah.hibah",
    ),
    (
        "pengertian hibah aset pemerintah daerah",
        "istilah.hibah",
    ),
    (
        "Bu Sekdis izin, BMD itu kepanjangannya apa ya?",
        "istilah.bmd",
    ),
    (
        "BDM *BMD sama BMN itu singkatan apa aja sih, bedanya di mana?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "BMN itu barang milik negara, badan milik negara, atau bank milik negara?",
        "istilah.bmn",
    ),
    (
        "bro what's BMN ah, literally no idea lol",
        "istilah.bmn",
    ),
    (
        (
            "Forwarded from grup Perkim Barsel: [07.55] Bu Ani: di surat pernyataan ada "
            "tulisan O&P, O&P itu apa ya?"
        ),
        "istilah.op",
    ),
    (
        "singkat aja: O&P artinya?",
        "istilah.op",
    ),
    (
        "spm singkatan bidang perumahan rakyat arti",
        "istilah.spm",
    ),
    (
        (
            "SPM itu kan standar pembangunan maksimal ya? atau saya salah, sebenarnya SPM itu "
            "singkatan apa?"
        ),
        "istilah.spm",
    ),
    (
        "@admin_prov Pokja PKP itu apa ya? kelompok kerja apa maksudnya?",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PKK *PKP maksudnya, itu artinya apa?",
        "istilah.pokjapkp",
    ),
    (
        (
            "Pokja PPAS itu singkatan dari perumahan permukiman air minum sanitasi, atau "
            "prioritas plafon anggaran sementara?"
        ),
        "istilah.pokjappas",
    ),
    (
        "gaes Pokja PPAS tuh apa sih fr aku bingung",
        "istilah.pokjappas",
    ),
    (
        (
            "[Diteruskan] [13.10, 2/5] Pak Dedi Bappeda Bartim: kepanjangan Pokja AMPL apa "
            "ya? coba tanya ke bot"
        ),
        "istilah.pokjaampl",
    ),
    (
        "satu kalimat pak: Pokja AMPL itu apa?",
        "istilah.pokjaampl",
    ),
    (
        "rp3kp adalah dokumen",
        "istilah.rp3kp",
    ),
    (
        "RP3KP is the yearly budget plan right? What does it stand for actually?",
        "istilah.rp3kp",
    ),
    (
        "Pak Kabid, RP2KPKP itu dokumen apa ya? bedanya sama RP3KP apa?",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        (
            "RP2KPKP itu rencana pencegahan dan peningkatan kualitas perumahan kum*kumuh dan "
            "permukiman kumuh kah? tolong jelaskan artinya"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu program kota tanpa kumuh, kota layak huni, atau nama aplikasi?",
        "istilah.kotaku",
    ),
    (
        "btw KOTAKU tuh apa ya, sering denger dari senior wkwk",
        "istilah.kotaku",
    ),
    (
        (
            "Forwarded from grup Perkim Kapuas: [16.22] Yanto: DAK Tematik PPKT itu maksudnya "
            "apa? PPKT kepanjangannya apa ya"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "tolong dalam poin-poin: arti DAK Tematik PPKT",
        "istilah.daktematikppkt",
    ),
    (
        "apbn singkatan",
        "istilah.apbn",
    ),
    (
        "Mr admin, APBN stands for what ah?",
        "istilah.apbn",
    ),
    (
        "APBD itu kan anggaran dari pusat ya? jadi APBD singkatan dari apa sih sebenarnya?",
        "istilah.apbd",
    ),
    (
        "APDB *APBD itu artinya apa ya",
        "istilah.apbd",
    ),
    (
        "APBDes itu anggaran desa, anggaran kecamatan, atau anggaran kabupaten?",
        "istilah.apbdes",
    ),
    (
        "plis APBDes tuh maksudnya apa gaes",
        "istilah.apbdes",
    ),
    (
        (
            "[Diteruskan] [11.03, 20/8] Bu Rina Keuangan Gumas: Bankeu itu apa ya maksudnya? "
            "tlg tanyakan ke bot"
        ),
        "istilah.bankeu",
    ),
    (
        "jawab singkat: Bankeu itu kepanjangannya apa?",
        "istilah.bankeu",
    ),
    (
        "pokir dprd artinya",
        "istilah.pokir",
    ),
    (
        "Mas operator, pokir itu istilah apa ya?",
        "istilah.pokir",
    ),
    (
        (
            "Musrenbang itu kan rapat tahunan khusus punya Disperkimtan ya, jadi singkatan "
            "Musrenbang itu apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "what is Musrembang *Musrenbang ah, stands for what?",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu rencana kerja pemerintah daerah, rencana kegiatan perangkat daerah, atau apa?",
        "istilah.rkpd",
    ),
    (
        "RKPD tuh apaan sih no cap aku lupa",
        "istilah.rkpd",
    ),
    (
        "Forwarded from grup Perkim Mura: [08.30] Pak Sony: Renja itu artinya apa ya rekan2?",
        "istilah.renja",
    ),
    (
        "satu kalimat aja: Renja itu apa?",
        "istilah.renja",
    ),
    (
        "renstra opd pengertian",
        "istilah.renstra",
    ),
    (
        "Bu Sekdis, Renstra itu dokumen apa ya?",
        "istilah.renstra",
    ),
    (
        "RPJMD itu kan rencana satu tahunan ya? jadi kepanjangan RPJMD yang benar apa?",
        "istilah.rpjmd",
    ),
    (
        "RPMJD *RPJMD itu singkatan apa?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu kebijakan umum anggaran, kartu usulan anggaran, atau apa ya?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS is what ah, literally cannot get it lah",
        "istilah.kuappas",
    ),
    (
        (
            "[Diteruskan] [15.47, 11/6] Pak Agus PUPR Barut: RKA itu kepanjangannya apa? "
            "mohon tanya ke bot"
        ),
        "istilah.rka",
    ),
    (
        "ya atau tidak saja: RKA itu rencana kerja dan anggaran?",
        "istilah.rka",
    ),
    (
        "dpa dokumen pelaksanaan anggaran arti",
        "istilah.dpa",
    ),
    (
        "@admin_prov DPA itu apa ya?",
        "istilah.dpa",
    ),
    (
        "SIPD itu kan aplikasi buat kirim usulan ke provinsi ya, jadi SIPD kepanjangannya apa?",
        "istilah.sipd",
    ),
    (
        "SPID *SIPD itu sistem apa ya",
        "istilah.sipd",
    ),
    (
        "Bapperida itu sama dengan Bappeda, Bapenda, atau badan lain?",
        "istilah.bapperida",
    ),
    (
        "gaes Bapperida tuh apaan, kok beda sama Bappeda wkwk",
        "istilah.bapperida",
    ),
    (
        "Forwarded from grup Perkim Lamandau: [09.15] Dina: OPD itu singkatan dari apa ya?",
        "istilah.opd",
    ),
    (
        "short answer please: OPD means what?",
        "istilah.opd",
    ),
    (
        "skpd kepanjangan",
        "istilah.skpd",
    ),
    (
        "Pak Kabid, SKPD itu kepanjangannya apa ya?",
        "istilah.skpd",
    ),
    (
        "kan SPAM itu sistem pengolahan sampah ya, jadi singkatannya apa persisnya?",
        "istilah.spam",
    ),
    (
        "SPAM di usulan itu maksudnya apa, sistem penyedia*penyediaan air minum kah?",
        "istilah.spam",
    ),
    (
        (
            "SPALD itu sistem pengelolaan air limbah domestik, saluran pembuangan air "
            "lingkungan, atau apa?"
        ),
        "istilah.spald",
    ),
    (
        "btw SPALD tuh apa gaes, kayak IPAL gitu?",
        "istilah.spald",
    ),
    (
        (
            "[Diteruskan] [10.05, 22/1] Pak Fajar DLH PKY: IPAL itu kepanjangannya apa ya? "
            "tanyakan ke bot"
        ),
        "istilah.ipal",
    ),
    (
        "jawab singkat aja ya: IPAL itu apa?",
        "istilah.ipal",
    ),
    (
        "tps3r artinya singkatan",
        "istilah.tps3r",
    ),
    (
        "Mas operator, TPS3R means what ah?",
        "istilah.tps3r",
    ),
    (
        "MCK itu kan cuma WC umum ya, jadi MCK singkatan dari apa?",
        "istilah.mck",
    ),
    (
        "MKC *MCK itu kepanjangannya apa?",
        "istilah.mck",
    ),
    (
        "RTRW itu rukun tetangga rukun warga, atau rencana tata ruang wilayah?",
        "istilah.rtrw",
    ),
    (
        "RTRW tuh bukan RT RW kan gaes? anjir bingung",
        "istilah.rtrw",
    ),
    (
        (
            "Forwarded from grup Perkim Sukamara: [11.40] Pak Joko: RDTR itu apa ya? ada yg "
            "tau kepanjangannya?"
        ),
        "istilah.rdtr",
    ),
    (
        "tolong satu kalimat: RDTR artinya?",
        "istilah.rdtr",
    ),
    (
        "pbg pengganti imb artinya",
        "istilah.pbg",
    ),
    (
        "Bu Sekdis izin bertanya, PBG itu singkatan dari apa?",
        "istilah.pbg",
    ),
    (
        "SLF itu kan surat lahan fisik ya? atau apa kepanjangannya yang benar?",
        "istilah.slf",
    ),
    (
        "SLF means what ah, sertifikat laik fung *fungsi is it?",
        "istilah.slf",
    ),
    (
        (
            "SKBG itu sertifikat kepemilikan bangunan gedung, surat keterangan bangun gedung, "
            "atau apa?"
        ),
        "istilah.skbg",
    ),
    (
        "SKBG tuh apaan sih gaes, plis",
        "istilah.skbg",
    ),
    (
        (
            "[Diteruskan] [08.05, 9/7] Pak Imam Desa Maliku Baru: SKT itu singkatan dari apa "
            "ya pak? tolong tanyakan ke bot"
        ),
        "istilah.skt",
    ),
    (
        "ya atau tidak: SKT itu surat keterangan tanah?",
        "istilah.skt",
    ),
    (
        "arti clean and clear lahan",
        "istilah.cleanandclear",
    ),
    (
        (
            "clean and clear itu kan artinya lahannya sudah dibersihkan dari semak ya? maksud "
            "sebenarnya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "@admin_prov CSR itu apa ya maksudnya?",
        "istilah.csr",
    ),
    (
        "CSR means corporate social responsibility or some government fund ah?",
        "istilah.csr",
    ),
    (
        "Rakro *Rakor itu kepanjangan dari apa?",
        "istilah.rakor",
    ),
    (
        "Rakor tuh singkatan apa sih gaes wkwk",
        "istilah.rakor",
    ),
    (
        (
            "Forwarded from grup Perkim Kotim: [19.12] Bu Sari: LAPOR! itu apa sih? kok pakai "
            "tanda seru"
        ),
        "istilah.lapor",
    ),
    (
        "satu kalimat aja pak: LAPOR! itu sistem apa?",
        "istilah.lapor",
    ),
    (
        "wib kepanjangan zona waktu",
        "istilah.wib",
    ),
    (
        "WIB itu kan waktu Indonesia bagian tengah ya? WIB itu singkatan apa sebenarnya?",
        "istilah.wib",
    ),
    (
        "Pak Kabid, backlog perumahan itu maksudnya apa ya?",
        "istilah.backlog",
    ),
    (
        (
            "backlog means the queue of our proposals not yet checked right? Or what does "
            "backlog mean in housing?"
        ),
        "istilah.backlog",
    ),
    (
        "PKP itu perumahan dan kawasan permukiman, pengusaha kena pajak, atau apa?",
        "istilah.pkp",
    ),
    (
        "PKK *PKP itu singkatan apa ya di bidang perumahan",
        "istilah.pkp",
    ),
    (
        "btw kumuh tuh definisinya apa sih gaes? fr",
        "istilah.kumuh",
    ),
    (
        (
            "[Diteruskan] [14.30, 4/4] Pak Lurah Mungku Baru: yg dimaksud permukiman kumuh "
            "itu apa ya? tolong tanyakan ke bot"
        ),
        "istilah.kumuh",
    ),
    (
        "singkat aja: DAK itu apa?",
        "istilah.dak",
    ),
    (
        "dak dana alokasi khusus pengertian",
        "istilah.dak",
    ),
    (
        "tolong jawab satu kalimat: rusun itu apa?",
        "istilah.rusun",
    ),
    (
        "rusun is rumah susun or rumah sederhana ah?",
        "istilah.rusun",
    ),
]

TRAIN_R50_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Pak admin, usulan jaling kami dari Kec. Arut Selatan sudah sampai mana ya? sudah "
            "diverifikasi belum?"
        ),
        "status",
    ),
    (
        "usulan USL-2026-0014 kami gimana? diterima? ditolak? masih diperiksa?",
        "status",
    ),
    (
        (
            "bro our drainage proposal from Kumai approved or not ah, literally waiting since "
            "last month"
        ),
        "status",
    ),
    (
        (
            "[Diteruskan] [07.30, 2/9] Pak Rudi Bappeda Pulpis: tolong tanyakan ke bot, Rakor "
            "tahun ini tanggal berapa dan di mana?"
        ),
        "meeting",
    ),
    (
        "jadwal rakor kawasan permukiman kalteng terbaru tempat jam",
        "meeting",
    ),
    (
        "jawab singkat: rapat koordinasi berikutnya kapan, jam berapa?",
        "meeting",
    ),
    (
        "usulan untuk TA 2027 masih dibuka sampai kapa *kapan ya?",
        "deadline",
    ),
    (
        (
            "karena pengusulan kan dibuka sepanjang tahun, batas akhirnya untuk siklus ini "
            "sebenarnya tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "deadline for proposals this round is end of month, end of next month, or already "
            "closed ah?"
        ),
        "deadline",
    ),
    (
        "halo gaes eh halo bot wkwk, plis bantuin aku dong",
        "greeting",
    ),
    (
        "Selamat pagi Pak admin, izin minta bantuan",
        "greeting",
    ),
    (
        "terima kasih banyak pak, sangat memban*membantu",
        "greeting",
    ),
    (
        (
            "kan usulan dikirim lewat email ke dinas ya, terus caranya input usulan di bot "
            "ini gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "kirim usulan PSU ke provinsi itu lewat bot, lewat email, atau diantar langsung? "
            "caranya gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Forwarded from grup Perkim Barito Selatan: [10.10] Pak Made: cara masukin usulan "
            "baru lewat bot Sinkron gimana ya? ada perintahnya?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R50_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha kewenangan siapa kabupaten atau provinsi",
        "kabkota",
    ),
    (
        "kan kumuh 95.000 m2 sudah pasti provinsi ya, jadi kami usulkan ke prov saja kan?",
        "kabkota",
    ),
    (
        (
            "bro slum area 4 hectares in Pahandut, who handle ah? kabupaten/kota or province, "
            "no cap confused"
        ),
        "kabkota",
    ),
    (
        "jawab singkat: kawasan kumuh luas 9,99 hektar di Kumai itu kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "[Diteruskan] [13.25, 18/3] Pak Yosef Perkim Kotim: kawasan kumuh Baamang "
            "delineasinya 12 hektare, itu kewenangan prov atau bukan? tolong tanyakan ke bot"
        ),
        "provinsi",
    ),
    (
        "kumuh luas 10 ha pas, kewenangan kab*kabupaten atau provinsi?",
        "provinsi",
    ),
    (
        (
            "luas kumuh 140.000 meter persegi di Kec. Selat, yang tangani kabupaten? "
            "provinsi? pusat?"
        ),
        "provinsi",
    ),
    (
        ("@admin_prov slum location 11 hectares in Mentawa Baru Ketapang, province handle or not?"),
        "provinsi",
    ),
    (
        "Pak Kabid, kumuh di Kapuas Hilir luasnya 15 ha tepat, siapa yg berwenang?",
        "pusat",
    ),
    (
        (
            "kan kumuh 22 hektar masih provinsi ya karena batasnya 25, jadi kami ajukan ke "
            "provinsi kan?"
        ),
        "pusat",
    ),
    (
        "kewenangan kumuh 165.000 m² provinsi pusat",
        "pusat",
    ),
    (
        "gaes kumuh 18,4 hektare di Sampit tuh kewenangan siapa sih anjir",
        "pusat",
    ),
]

TRAIN_R50_OUT_OF_SCOPE: list[str] = [
    "harga per unit bantuan rtlh provinsi kalteng 2027 berapa juta",
    "Pak Kabid, nomor HP Kabid Kawasan Permukiman provinsi berapa ya?",
    (
        "[Diteruskan] [09.00, 5/2] Pak Wawan Perkim Barut: siapa pemenang tender drainase "
        "lingkungan Muara Teweh tahun ini? tolong tanyakan ke bot"
    ),
    (
        "kan pagu Disperkimtan 2027 sudah ditetapkan ya, berapa total anggarannya untuk "
        "penanganan kumuh?"
    ),
    "interest rate for FLPP subsidised housing loan this year is 5%, 7% or what ah?",
    "jawab singkat: berapa rumah BSPS yang dibangun di Katingan tahun lalu?",
    "gaes besok Palangka Raya hujan gak ya? mau survei lapangan wkwk",
    "izin cuti tahunan ASN harus diajukan berapa hari sebel*sebelumnya?",
    "Bu Sekdis, TPP bulan ini kapan cair ya?",
    "syarat izin tambang galian c kalteng",
    "ya atau tidak saja: tarif PDAM Sampit sudah naik jadi 7 ribu per meter kubik?",
    (
        "Forwarded from Perkim Kobar group: [20.15] Andi: anyone know the flight schedule "
        "Pangkalan Bun to Palangka Raya this week? ask the bot lah"
    ),
    (
        "kan sertifikat tanah sekarang bisa diurus online ya, berapa biaya balik nama "
        "sertifikat di BPN?"
    ),
    "btw gaji honorer perkim naik gak sih tahun depan gaes, fr nanya",
    "berapa jumlah rtlh di Pulang Pisa *Pulang Pisau menurut data terbaru?",
]
