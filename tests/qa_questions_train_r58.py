"""Training table R58 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 53's styles, written by another hand for the second half of the topic list after round 53
was measured untouched: imperatives as in an exam, parenthetical asides, Dayak Ngaju words
mixed in, metaphors for being stuck or moving, a file name or link in the message, the bot's
commands named inside a sentence, email-style subject lines, text emoticons; Australian
English. A glossary entry's questions ask what the term means. Its slum-area questions are
computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R58_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Narai artinya huntara? aku dengar waktu rapat banjir di Pulang Pisau kemarin",
        "istilah.huntara",
    ),
    (
        "Perihal: istilah pascabencana — huntara itu singkatan dari apa ya, Pak?",
        "istilah.huntara",
    ),
    (
        "huntap itu kepanjangannya apa sih? beda sama huntara kah? ^^",
        ("istilah.huntap", "istilah.huntara"),
    ),
    (
        "Jelaskan pengertian huntap dalam konteks rumah korban bencana.",
        "istilah.huntap",
    ),
    (
        (
            "di form /usul ada isian jumlah KK, KK di situ maksudnya kartu keluarga atau "
            "kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        "Saya masih ngambang, KK dalam data penerima manfaat itu sebenarnya menghitung apa?",
        "istilah.kk",
    ),
    (
        (
            "Di tabel Data_Penerima_Kec_Kahayan_Kuala.xlsx ada kolom 'jiwa', itu maksudnya "
            "jumlah apa?"
        ),
        "istilah.jiwa",
    ),
    (
        "G'day, new bloke here :) what does 'ha' stand for in those slum area figures?",
        "istilah.ha",
    ),
    (
        "Sebutkan kepanjangan DED dan artinya.",
        "istilah.ded",
    ),
    (
        "dari tadi aku mentok baca singkatan DED di juknis, DED itu dokumen apa?",
        "istilah.ded",
    ),
    (
        "Re: Fwd: kelengkapan berkas — RAB itu singkatan dari apa, Bu?",
        "istilah.rab",
    ),
    (
        "Quick one mate, the /usul form keeps mentioning RAB, what's RAB short for?",
        "istilah.rab",
    ),
    (
        "RKS (bukan RAB ya, yang satunya lagi) itu artinya apa?",
        "istilah.rks",
    ),
    (
        "ikau tau narai RKS? aku kira selama ini sama dengan RAB",
        "istilah.rks",
    ),
    (
        "di file KAK_Penataan_Jaling_2027.docx judulnya KAK, itu kepanjangannya apa ya?",
        "istilah.kak",
    ),
    (
        "KAK itu sama dengan TOR bukan? bingung o_O",
        "istilah.kak",
    ),
    (
        "Coba terangkan maksud site plan, dan apa padanan bahasa Indonesianya.",
        "istilah.siteplan",
    ),
    (
        "Pemahaman saya soal site plan masih mandek, itu gambar apa sebenarnya?",
        "istilah.siteplan",
    ),
    (
        "Subject: singkatan RC — RC dalam penilaian kesiapan usulan itu maksudnya apa?",
        "istilah.rc",
    ),
    (
        "kalau di /status ada catatan soal RC, RC itu kependekan dari apa?",
        "istilah.rc",
    ),
    (
        "Narai kepanjangan BAST? aku baru pindah ke bidang perkim",
        "istilah.bast",
    ),
    (
        "Explain what a BAST is, cheers.",
        "istilah.bast",
    ),
    (
        "hibah (dalam urusan aset, bukan hibah uang ke ormas) itu pengertiannya apa?",
        "istilah.hibah",
    ),
    (
        "arti kata hibah di dunia perkim apa ya? :D",
        "istilah.hibah",
    ),
    (
        (
            "Sesuai Daftar_Aset_BMD_2026.xlsx yang dikirim bagian aset, BMD itu sebenarnya "
            "singkatan apa?"
        ),
        "istilah.bmd",
    ),
    (
        "masih nyangkut di kepala saya, BMD itu barang milik apa ya?",
        "istilah.bmd",
    ),
    (
        "RE: serah terima aset dari Balai — apa yang dimaksud BMN?",
        "istilah.bmn",
    ),
    (
        "BMN jituh narai artinya? beda kah dengan BMD?",
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        "di surat pernyataan pada menu /usul ada kata O&P, O&P itu apa?",
        "istilah.op",
    ),
    (
        "O&P = ? operasi dan apa gitu ya T_T",
        "istilah.op",
    ),
    (
        "Uraikan apa yang dimaksud dengan SPM.",
        "istilah.spm",
    ),
    (
        "SPM (bukan Surat Perintah Membayar ya) di bidang perumahan itu singkatan dari apa?",
        "istilah.spm",
    ),
    (
        "Dari kemarin saya jalan di tempat memahami Pokja PKP, itu kelompok kerja apa?",
        "istilah.pokjapkp",
    ),
    (
        (
            "Di folder Undangan/2026/Pokja ada surat dari Pokja PKP, Pokja PKP itu "
            "kepanjangannya apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Narai Pokja PPAS? aku diminta Pak Sekda jadi anggota",
        "istilah.pokjappas",
    ),
    (
        "Subject: Pokja PPAS — what does PPAS stand for?",
        "istilah.pokjappas",
    ),
    (
        "AMPL dalam Pokja AMPL itu singkatan apa ya? ^^",
        "istilah.pokjaampl",
    ),
    (
        "Coba terangkan arti Pokja AMPL.",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP (dokumen 20 tahunan kalau tidak salah) itu kepanjangannya apa?",
        "istilah.rp3kp",
    ),
    (
        "/tanya RP3KP artinya apa",
        "istilah.rp3kp",
    ),
    (
        "Singkatan RP2KPKP bikin saya mentok, P-nya banyak sekali, artinya apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Dokumen RP2KPKP_Kota_Palangka_Raya.pdf itu sebenarnya rencana apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Perihal: program lama — KOTAKU itu apa?",
        "istilah.kotaku",
    ),
    (
        "aku sering dengar KOTAKU dari fasilitator di kelurahan, narai maksudnya?",
        "istilah.kotaku",
    ),
    (
        "Jelaskan kepanjangan DAK Tematik PPKT.",
        "istilah.daktematikppkt",
    ),
    (
        "PPKT di DAK Tematik itu singkatan apa sih :(",
        "istilah.daktematikppkt",
    ),
    (
        "waktu buka /status ada tulisan APBN di catatan usulan kami, APBN itu apa?",
        "istilah.apbn",
    ),
    (
        "APBN (sorry, still learning the acronyms) — what does it stand for?",
        "istilah.apbn",
    ),
    (
        "Singkatan APBD nyantol di tiap rapat, apa sebenarnya kepanjangannya?",
        "istilah.apbd",
    ),
    (
        "Sebutkan arti APBD, sekalian apa bedanya APBD provinsi dengan APBD kabupaten.",
        "istilah.apbd",
    ),
    (
        "APBDes jituh narai? kepala desa di Gohong nanya ke aku",
        "istilah.apbdes",
    ),
    (
        "Dalam lampiran Sumber_Dana_Usulan.pdf ada pilihan APBDes, apa artinya?",
        "istilah.apbdes",
    ),
    (
        "Fwd: sumber pendanaan — Bankeu itu maksudnya bantuan apa?",
        "istilah.bankeu",
    ),
    (
        "Bankeu (yang dari provinsi ke kabupaten itu) singkatan dari apa?",
        "istilah.bankeu",
    ),
    (
        "pokir itu apa ya? dengar di gedung DPRD kemarin XD",
        "istilah.pokir",
    ),
    (
        "My head's going round in circles on 'pokir', mate — what's it mean?",
        "istilah.pokir",
    ),
    (
        "Tuliskan kepanjangan Musrenbang.",
        "istilah.musrenbang",
    ),
    (
        "habis ketik /status bot nyebut Musrenbang, itu musyawarah apa?",
        "istilah.musrenbang",
    ),
    (
        "Katanya usulan harus lolos sampai RKPD, RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "narai RKPD? ikau bisa jelaskan singkat?",
        "istilah.rkpd",
    ),
    (
        "di drive Perencanaan/Renja_2027 ada file Renja, Renja itu apa sih?",
        "istilah.renja",
    ),
    (
        "Perihal: dokumen perencanaan dinas — yang dimaksud Renja apa?",
        "istilah.renja",
    ),
    (
        "Renstra (katanya yang lima tahunan) itu singkatan dari apa?",
        "istilah.renstra",
    ),
    (
        "Renstra itu apa ya kak ^^",
        "istilah.renstra",
    ),
    (
        "Uraikan arti RPJMD.",
        "istilah.rpjmd",
    ),
    (
        (
            "Saw RPJMD_Kalteng_2025-2029.pdf in the shared drive, what does RPJMD actually "
            "stand for?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Saya selalu nyangkut di istilah KUA-PPAS, itu apa?",
        "istilah.kuappas",
    ),
    (
        "menu tanya bisa jelaskan KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    (
        "aku disuruh nyusun RKA, tapi narai RKA jituh?",
        "istilah.rka",
    ),
    (
        "RE: penyusunan anggaran — RKA kepanjangannya apa?",
        "istilah.rka",
    ),
    (
        "DPA (yang keluar sesudah APBD disahkan itu) maksudnya apa?",
        "istilah.dpa",
    ),
    (
        "DPA itu apa -_- dari tadi disebut terus",
        "istilah.dpa",
    ),
    (
        "link sipd.kemendagri.go.id sudah saya buka, tapi SIPD sendiri itu singkatan apa?",
        "istilah.sipd",
    ),
    (
        "Jelaskan apa itu SIPD.",
        "istilah.sipd",
    ),
    (
        "Bapperida jituh narai? dulu kan namanya Bappeda",
        "istilah.bapperida",
    ),
    (
        "what's Bapperida when it's at home? :)",
        "istilah.bapperida",
    ),
    (
        "tiap surat dari provinsi nyantol kata OPD, OPD itu apa ya?",
        "istilah.opd",
    ),
    (
        "waktu daftar di bot lewat /start ditanya asal OPD, OPD itu maksudnya apa?",
        "istilah.opd",
    ),
    (
        "SKPD (istilah lama, katanya) itu apa dan bedanya dengan OPD?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        "SPAM di sini bukan email sampah kan? XD artinya apa?",
        "istilah.spam",
    ),
    (
        "Sebutkan kepanjangan SPAM dalam bidang air minum.",
        "istilah.spam",
    ),
    (
        "Subject: istilah sanitasi — SPALD itu kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "narai SPALD? aku taunya cuma septic tank",
        "istilah.spald",
    ),
    (
        "di gambar DED_IPAL_Komunal.pdf, IPAL itu singkatan apa?",
        "istilah.ipal",
    ),
    (
        "IPAL (yang komunal di kampung itu) artinya apa ya?",
        "istilah.ipal",
    ),
    (
        "Otak saya mandek baca TPS3R, 3R itu apa?",
        "istilah.tps3r",
    ),
    (
        "Explain TPS3R for me, mate — no worries if it's a long one.",
        "istilah.tps3r",
    ),
    (
        "waktu pilih sektor di /usul kepikiran MCK, MCK itu singkatan apa sebenarnya?",
        "istilah.mck",
    ),
    (
        "MCK itu kepanjangannya apa ya :)",
        "istilah.mck",
    ),
    (
        "Jelaskan arti RTRW, bukan RT/RW kampung ya.",
        "istilah.rtrw",
    ),
    (
        "RTRW jituh narai? toto kah itu rencana tata ruang?",
        "istilah.rtrw",
    ),
    (
        "RDTR (lebih detail dari RTRW katanya) kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "Perihal: kesesuaian tata ruang — apa itu RDTR?",
        "istilah.rdtr",
    ),
    (
        "Masih ngambang saya, PBG yang gantikan IMB itu singkatan apa?",
        "istilah.pbg",
    ),
    (
        "di berkas Syarat_PBG.pdf ada istilah PBG, artinya persetujuan apa?",
        "istilah.pbg",
    ),
    (
        "SLF itu apa? o_O",
        "istilah.slf",
    ),
    (
        "RE: building docs — what's an SLF, mate?",
        "istilah.slf",
    ),
    (
        "Coba terangkan SKBG itu sertifikat apa.",
        "istilah.skbg",
    ),
    (
        "SKBG kepanjangannya narai? are toto singkatan di perkim jituh",
        "istilah.skbg",
    ),
    (
        "SKT (yang dibuat kepala desa untuk tanah warga) itu singkatan apa?",
        "istilah.skt",
    ),
    (
        "form /usul nanya status lahan sertifikat atau SKT, SKT itu apa?",
        "istilah.skt",
    ),
    (
        (
            "Lahan kami katanya belum clean and clear makanya mentok — istilah clean and "
            "clear itu maksudnya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "clean and clear itu artinya apa ya, bukan merek sabun kan :D",
        "istilah.cleanandclear",
    ),
    (
        "Fwd: alternatif pendanaan — CSR itu maksudnya apa?",
        "istilah.csr",
    ),
    (
        "narai CSR? aku lihat di pilihan sumber dana",
        "istilah.csr",
    ),
    (
        "Tuliskan arti singkatan Rakor.",
        "istilah.rakor",
    ),
    (
        "di undangan Undangan_Rakor.pdf tertulis 'Rakor', itu singkatan dari apa ya?",
        "istilah.rakor",
    ),
    (
        "di menu bantuan ada tulisan LAPOR!, itu apa?",
        "istilah.lapor",
    ),
    (
        "LAPOR! (yang pakai tanda seru itu) sebenarnya apa?",
        "istilah.lapor",
    ),
    (
        "WIB jituh narai kepanjangannya? jam di undangan tertulis 09.00 WIB",
        "istilah.wib",
    ),
    (
        "Angka backlog perumahan katanya masih mandek tinggi, backlog itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "Explain 'backlog' in housing speak, reckon I've never got it.",
        "istilah.backlog",
    ),
    (
        "Perihal: singkatan bidang — PKP itu kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        "PKP = perumahan dan ... ? lupa :(",
        "istilah.pkp",
    ),
    (
        "kumuh (sebagai istilah resmi, bukan sekadar kotor) definisinya apa?",
        "istilah.kumuh",
    ),
    (
        "narai arti kumuh menurut aturan? toto kah cuma soal kotor?",
        "istilah.kumuh",
    ),
    (
        "Di Juknis_DAK_2027.pdf, DAK itu dana apa sebetulnya?",
        "istilah.dak",
    ),
    (
        "Coba jelaskan singkat DAK itu dana alokasi apa.",
        "istilah.dak",
    ),
    (
        "pemahamanku masih ngambang antara rusun dan rusunawa, bedanya apa?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "RE: Fwd: data hunian vertikal — rusun itu singkatan dari apa?",
        "istilah.rusun",
    ),
]

TRAIN_R58_INTENTS: list[tuple[str, str]] = [
    (
        "usulan PSU kami dari Katingan nyangkut di mana ya? sudah sebulan belum ada kabar",
        "status",
    ),
    (
        "USL-2026-0014 (yang drainase di Kasongan itu) sekarang posisinya sampai mana?",
        "status",
    ),
    (
        "any news on our proposals, mate? been waiting heaps :(",
        "status",
    ),
    (
        "Perihal: Rakor tahun ini — kapan dan di mana dilaksanakan?",
        "meeting",
    ),
    (
        "Rakor berikutnya di kueh? di hituh Palangka Raya kah, tanggal berapa?",
        "meeting",
    ),
    (
        "Sebutkan jadwal rapat koordinasi berikutnya, jam berapa mulainya.",
        "meeting",
    ),
    (
        "/usul masih bisa dipakai sampai tanggal berapa untuk TA 2027?",
        "deadline",
    ),
    (
        "batas akhir kirim usulan tahun ini kapan ya? takut telat T_T",
        "deadline",
    ),
    (
        "When's the cut-off (the final one, not the soft one) for proposals this round?",
        "deadline",
    ),
    (
        "selamat pagi pak, terima kasih banyak bantuannya kemarin :)",
        "greeting",
    ),
    (
        "halo, aku perlu bantuan ikau",
        "greeting",
    ),
    (
        "G'day mate, I'm a bit stuck, can you give us a hand?",
        "greeting",
    ),
    (
        "berkas di folder Usulan/2027/Kumuh sudah siap, cara masukkannya ke bot gimana?",
        "how_to_submit",
    ),
    (
        "cara kirim usulan lewat /usul itu langkahnya bagaimana?",
        "how_to_submit",
    ),
    (
        "jelaskan langkah memasukkan usulan RTLH lewat bot ini",
        "how_to_submit",
    ),
]

TRAIN_R58_AREAS: list[tuple[str, str]] = [
    (
        (
            "Jelaskan siapa yang berwenang menangani kawasan kumuh seluas 8,5 ha di Kelurahan "
            "Mendawai."
        ),
        "kabkota",
    ),
    (
        "kumuh di Sidorejo (luasnya 100.000 m2 sesuai SK) itu tanggung jawab siapa?",
        "provinsi",
    ),
    (
        "kumuh 14,9 hektare hituh di Kuala Kapuas, kewenangan narai? provinsi toto kah?",
        "provinsi",
    ),
    (
        "Usulan kumuh 15 ha kami mentok di provinsi, sebenarnya itu kewenangan siapa?",
        "pusat",
    ),
    (
        "sesuai peta di Delineasi_Kumuh_Sampit.shp luasnya 22 hektar, siapa yang tangani?",
        "pusat",
    ),
    (
        (
            "sebelum saya /usul: kawasan kumuh 95.000 m² di Tumbang Kanei itu urusan "
            "kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "Perihal: kewenangan kumuh — lokasi 12 ha di Kotawaringin Lama ditangani level mana?",
        "provinsi",
    ),
    (
        "kumuh 3 hektar aja, itu urusan siapa ya? :)",
        "kabkota",
    ),
    (
        "Subject: slum area in Sampit — 11.5 hectares, who's responsible, mate?",
        "provinsi",
    ),
    (
        (
            "kawasan kumuh (yang di bantaran Sungai Kahayan) seluas 150.000 meter persegi, "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        "aku ada lokasi kumuh 9,99 ha, narai level yang tangani?",
        "kabkota",
    ),
    (
        "lokasi kumuh 40 Ha di Pulau Hanaut masih ngambang, siapa sebenarnya yang pegang?",
        "pusat",
    ),
]

TRAIN_R58_OUT_OF_SCOPE: list[str] = [
    "Perihal: pagu — berapa total anggaran Disperkimtan untuk penanganan kumuh tahun 2027?",
    "Sebutkan harga satuan semen per sak di Muara Teweh untuk RAB jaling kami.",
    "tender drainase di Kasongan yang bulan lalu itu mandek, siapa pemenangnya?",
    "narai nomor HP Kabid Kawasan Permukiman? aku perlu telepon beliau",
    "berapa jumlah rumah (kira-kira saja) yang sudah dibedah di Seruyan tahun lalu?",
    "besok Palangka Raya hujan kah? mau berangkat rapat :(",
    "List the best spots for a feed near Jl. Yos Sudarso, mate.",
    "link pendaftaran CPNS 2026 ada di mana ya?",
    "sambil nunggu /status, mau tanya: cara urus perpanjangan SIM di Sampit gimana?",
    "gaji PPPK (yang paruh waktu) di pemprov sekarang berapa?",
    "ikau tau jadwal kapal Sampit ke Semarang minggu depan?",
    "Izin tambang galian C di Katingan mandek, siapa yang berwenang menerbitkan?",
    "who won the footy last night? :D",
    "di Perda_Retribusi_Pasar.pdf tarif sewa kios berapa ya?",
    "RE: dana desa — berapa besar Dana Desa Tumbang Atei tahun ini?",
]
