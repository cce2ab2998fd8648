"""Training table R45 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Styles no round had asked for as a set, written for the second half of the topic list during
round 31 of tuning: frustration or sarcasm at the bot, a statement to be confirmed, numbered
sub-questions about one subject, shouting and cramped typing, legal references quoted, a named
desa or kecamatan, a past story ending in a question, unusual cases (a border between regencies,
part of an area already handled); British formal English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R45_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "katanya bot pintar, coba jawab: huntara itu kepanjangannya apa? jangan muter-muter",
        "istilah.huntara",
    ),
    (
        (
            "Setahu saya huntara itu hunian sementara untuk korban bencana selama menunggu "
            "rumah tetap, betul begitu artinya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "mau tanya soal istilah huntap: 1) huntap itu singkatan apa 2) yang dimaksud "
            "hunian seperti apa 3) artinya beda dengan huntara di mana?"
        ),
        ("istilah.huntap", "istilah.huntara"),
    ),
    (
        "PAK,HUNTAP ITU ARTINYA APA?DI SURAT BPBD TERTULIS HUNTAP 40UNIT",
        "istilah.huntap",
    ),
    (
        (
            "Di lampiran Permenpera 05/2013 ada kolom jumlah kepala keluarga (KK). KK di form "
            "usulan bot ini maksudnya sama, kepala keluarga, bukan kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Untuk Desa Tampa, Kec. Paku, Barito Timur kami tulis penerima 85 KK. KK itu "
            "sebenarnya menghitung apa ya, rumah tangga atau kartu keluarganya?"
        ),
        "istilah.kk",
    ),
    (
        (
            "tahun lalu kolom jiwa kami isi sama dengan jumlah rumah, ternyata dibilang "
            "keliru. jadi sebenarnya 'jiwa' di isian penerima manfaat itu artinya apa?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "kalau satu rumah dihuni tiga keluarga, istilah 'jiwa' di form itu menunjuk "
            "orangnya satu per satu atau keluarganya?"
        ),
        "istilah.jiwa",
    ),
    (
        "dari tadi bot nulis 'ha' terus, saya tanya sekali lagi: ha itu singkatan dari apa?",
        "istilah.ha",
    ),
    (
        (
            "I should be grateful if you could confirm that the abbreviation 'ha' used in the "
            "proposal form stands for hectare."
        ),
        "istilah.ha",
    ),
    (
        (
            "soal DED: 1) DED itu singkatan apa 2) bahasa Indonesianya apa 3) dokumen itu "
            "isinya gambar atau hitungan?"
        ),
        "istilah.ded",
    ),
    (
        "DED ITU APA SIH?KONSULTAN KAMI SEBUT2 DED TERUS",
        "istilah.ded",
    ),
    (
        (
            "Juknis DAK Tematik PPKT mencantumkan RAB di daftar readiness criteria. RAB itu "
            "kepanjangannya apa?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Kami di Kelurahan Raja, Arut Selatan, Kobar sedang menyusun RAB drainase. "
            "Sekadar memastikan, RAB itu singkatan dari apa dan maksudnya dokumen apa?"
        ),
        "istilah.rab",
    ),
    (
        (
            "waktu usulan 2025 kami lampirkan DED dan RAB, ternyata diminta RKS juga. jadi "
            "RKS itu sebenarnya apa?"
        ),
        "istilah.rks",
    ),
    (
        (
            "kalau konsultan kami menyebutnya 'spesifikasi teknis' bukan RKS, apakah itu hal "
            "yang sama? RKS itu singkatan apa sebenarnya?"
        ),
        "istilah.rks",
    ),
    (
        "jangan jawab template ya. KAK itu apa? kepanjangannya saja belum pernah dijelaskan",
        "istilah.kak",
    ),
    (
        (
            "Could you kindly confirm whether KAK is simply the Indonesian term for Terms of "
            "Reference (TOR)?"
        ),
        "istilah.kak",
    ),
    (
        (
            "tentang site plan: 1) artinya apa 2) istilah Indonesianya apa 3) sama tidak "
            "dengan rencana tapak?"
        ),
        "istilah.siteplan",
    ),
    (
        "SITE PLAN ITU MAKSUDNYA GAMBAR APA YA?",
        "istilah.siteplan",
    ),
    (
        (
            "Surat Setjen PUPR soal DAK menyebut RC diunggah ke eMonitoring DAK. RC di situ "
            "singkatan dari apa?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Tim kami di Kec. Kurun, Gunung Mas bingung dengan singkatan RC di checklist "
            "provinsi. RC itu apa ya?"
        ),
        "istilah.rc",
    ),
    (
        (
            "dulu pas jalan lingkungan selesai dibangun, kami disodori BAST untuk diteken. "
            "sampai sekarang saya belum paham, BAST itu kepanjangannya apa?"
        ),
        "istilah.bast",
    ),
    (
        (
            "kalau yang tanda tangan BAST ternyata bukan bupati tapi kepala dinas, itu tetap "
            "disebut BAST? sebenarnya BAST itu berita acara apa?"
        ),
        "istilah.bast",
    ),
    (
        "bot ini tiap jawab pakai kata hibah, hibah itu maksudnya apa sih sebenarnya?",
        "istilah.hibah",
    ),
    (
        (
            "Kami pahami bahwa hibah di konteks ini artinya pemberian aset atau barang, bukan "
            "uang tunai, mohon konfirmasi arti istilahnya."
        ),
        "istilah.hibah",
    ),
    (
        "istilah BMD: 1) singkatan apa 2) milik siapa barangnya 3) bedanya dengan BMN apa?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "BMD ITU BARANG MILIK APA?",
        "istilah.bmd",
    ),
    (
        (
            "PP 27/2014, as amended by PP 28/2020, governs both BMN and BMD. Could you kindly "
            "advise what BMN stands for?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Di Desa Tumbang Habangoi, Kec. Petak Malai, Katingan ada jembatan yang katanya "
            "BMN. BMN itu artinya barang milik siapa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "tahun lalu kami tanda tangan surat kesanggupan O&P tanpa paham. sekarang mau "
            "tanya, O&P itu singkatan apa?"
        ),
        "istilah.op",
    ),
    (
        "kalau di dokumen tertulis OP tanpa tanda &, apakah itu sama dengan O&P? artinya apa?",
        "istilah.op",
    ),
    (
        "udah tiga kali nanya nggak dijawab: SPM itu singkatan apa?",
        "istilah.spm",
    ),
    (
        (
            "Setahu saya SPM itu Standar Pelayanan Minimal, bukan Surat Perintah Membayar, "
            "betul begitu di konteks perumahan?"
        ),
        "istilah.spm",
    ),
    (
        "soal Pokja PKP: 1) Pokja itu kepanjangannya apa 2) PKP-nya apa 3) itu badan apa?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "POKJA PKP ITU APAAN?",
        "istilah.pokjapkp",
    ),
    (
        (
            "Permen PUPR 12/2020 menyebut Pokja PKP, tapi di undangan Bapperida tertulis "
            "Pokja PPAS. PPAS itu kepanjangannya apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Kelurahan Rantau Pulut, Kec. Seruyan Tengah, Seruyan diundang rapat Pokja PPAS. "
            "Pokja PPAS itu maksudnya kelompok kerja apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "dulu di kabupaten kami ada Pokja AMPL, sekarang katanya ganti nama. jadi AMPL "
            "itu dulu singkatan dari apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "kalau dalam satu SK tertulis 'Pokja PPAS/PKP/AMPL', AMPL di situ artinya apa?",
        "istilah.pokjaampl",
    ),
    (
        "katanya bot ini ngerti istilah perkim. coba, RP3KP itu singkatan apa?",
        "istilah.rp3kp",
    ),
    (
        (
            "Setahu saya RP3KP itu rencana 20 tahunan perumahan dan kawasan permukiman, betul "
            "itu artinya?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "tentang RP2KPKP: 1) kepanjangannya apa 2) rencana tentang apa 3) bedanya dengan "
            "RP3KP apa?"
        ),
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "RP2KPKP ITU APA?PANJANG BANGET SINGKATANNYA",
        "istilah.rp2kpkp",
    ),
    (
        (
            "SE Dirjen Cipta Karya 40/SE/DC/2016 mentions KOTAKU. Could you kindly explain "
            "what KOTAKU refers to?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "Kelurahan Sawahan, Kec. Mentawa Baru Ketapang, Kotim dulu pernah dapat KOTAKU. "
            "KOTAKU itu sebenarnya program apa?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "tahun lalu kami ditawari ikut DAK Tematik PPKT tapi tidak paham. PPKT itu "
            "kepanjangannya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "kalau orang Balai menyebut 'DAK Integrasi', apakah itu sama dengan DAK Tematik "
            "PPKT? sebenarnya DAK Tematik PPKT itu apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "ah bot ini, masa APBN aja harus dijelaskan? ya sudah, APBN itu singkatan apa "
            "lengkapnya?"
        ),
        "istilah.apbn",
    ),
    (
        (
            "I understand APBN refers to the national state budget; I should be grateful if "
            "you could confirm its full name."
        ),
        "istilah.apbn",
    ),
    (
        (
            "soal APBD: 1) singkatan apa 2) ada APBD provinsi dan APBD kab/kota, maksudnya "
            "apa 3) itu anggaran siapa?"
        ),
        "istilah.apbd",
    ),
    (
        "APBD ITU ANGGARAN APA?SAYA ORANG TEKNIS BUKAN KEUANGAN",
        "istilah.apbd",
    ),
    (
        (
            "UU Desa menyebut APBDes. Dalam daftar sumber dana di bot ada APBDes juga; itu "
            "singkatan dari apa?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "Desa Gohong, Kec. Kahayan Hilir, Pulang Pisau bilang mau bantu dari APBDes. "
            "APBDes itu anggaran apa persisnya?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "tahun lalu ada yang bilang usulan kami bisa lewat Bankeu, tapi saya tidak paham. "
            "Bankeu itu kependekan dari apa?"
        ),
        "istilah.bankeu",
    ),
    (
        (
            "kalau di daftar sumber dana ada 'Bankeu' dan 'BKK', apakah dua-duanya artinya "
            "sama? Bankeu itu apa?"
        ),
        "istilah.bankeu",
    ),
    (
        "dari tadi jawabannya 'lewat pokir', pokir itu apa dulu?",
        "istilah.pokir",
    ),
    (
        (
            "Kami pahami bahwa Pokir adalah usulan dari anggota DPRD, mohon konfirmasi "
            "kepanjangannya."
        ),
        "istilah.pokir",
    ),
    (
        "tentang musrenbang: 1) kepanjangannya 2) itu forum apa 3) ada di tingkat mana saja?",
        "istilah.musrenbang",
    ),
    (
        "MUSRENBANG ITU SINGKATAN APA YA PAK",
        "istilah.musrenbang",
    ),
    (
        "Di Permendagri 86/2017 sering disebut RKPD. RKPD itu dokumen apa, singkatan dari apa?",
        "istilah.rkpd",
    ),
    (
        (
            "Usulan jaling Desa Pendreh, Kec. Teweh Tengah, Barut katanya harus tercantum di "
            "RKPD. RKPD itu kepanjangannya apa?"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "waktu rapat internal kemarin kabid minta kami sesuaikan dengan Renja, saya diam "
            "saja karena tidak tahu. Renja itu apa?"
        ),
        "istilah.renja",
    ),
    (
        (
            "kalau dinas kami gabungan PUPR dan Perkim, Renja itu rencana kerja siapa? maksud "
            "istilahnya apa?"
        ),
        "istilah.renja",
    ),
    (
        (
            "With respect, I have now asked twice without a proper answer: could you kindly "
            "tell me what Renstra stands for?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "Setahu saya Renstra itu rencana strategis lima tahunan milik dinas, bukan milik "
            "daerah, betul begitu?"
        ),
        "istilah.renstra",
    ),
    (
        "soal RPJMD: 1) singkatan apa 2) berapa tahun 3) itu rencananya siapa?",
        "istilah.rpjmd",
    ),
    (
        "RPJMD ITU APA?YG 2025-2029 ITU",
        "istilah.rpjmd",
    ),
    (
        "PP 12/2019 menyebut KUA dan PPAS sebelum RAPBD. KUA-PPAS itu kepanjangannya apa ya?",
        "istilah.kuappas",
    ),
    (
        (
            "Pak, teman di Kec. Sabangau, Palangka Raya bilang drainase mereka nunggu "
            "KUA-PPAS. Saya orang teknis, KUA-PPAS itu maksudnya apa?"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "tahun kemarin kami diminta isi RKA di SIPD, saya kira itu RAB. ternyata beda. "
            "jadi RKA itu apa?"
        ),
        "istilah.rka",
    ),
    (
        (
            "kalau dalam satu surat Bappeda muncul RKA dan DPA sekaligus, dua singkatan itu "
            "artinya apa masing-masing?"
        ),
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "jawab yang jelas ya, bukan copas: DPA itu dokumen apa?",
        "istilah.dpa",
    ),
    (
        (
            "Kami pahami DPA adalah Dokumen Pelaksanaan Anggaran dinas, mohon konfirmasi "
            "apakah itu artinya."
        ),
        "istilah.dpa",
    ),
    (
        (
            "Could you kindly clarify, regarding SIPD: 1) what it stands for 2) which "
            "ministry runs it 3) what it is used for?"
        ),
        "istilah.sipd",
    ),
    (
        "SIPD ITU SINGKATAN APA?",
        "istilah.sipd",
    ),
    (
        (
            "Menurut Pergub SOTK Kalteng, Bappeda provinsi sekarang bernama Bapperida. "
            "Bapperida itu singkatan dari apa?"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "Desa Murutuwu, Kec. Paju Epat, Barito Timur didata oleh Bapperida untuk air "
            "minum. Bapperida itu badan apa?"
        ),
        "istilah.bapperida",
    ),
    (
        ("dulu di surat lama ditulis SKPD, sekarang ditulis OPD. jadi OPD itu kepanjangannya apa?"),
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        (
            "kalau dinas kami di kabupaten bukan dinas perkim tapi bidang di PUPR, itu tetap "
            "disebut OPD? OPD itu artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        "bot, jangan jawab 'lihat menu'. SKPD itu singkatan apa?",
        "istilah.skpd",
    ),
    (
        "Setahu saya SKPD itu Satuan Kerja Perangkat Daerah, betul begitu?",
        "istilah.skpd",
    ),
    (
        (
            "soal SPAM di dokumen perkim: 1) singkatan apa 2) bukan spam email kan 3) itu "
            "sistem untuk apa?"
        ),
        "istilah.spam",
    ),
    (
        "SPAM ITU SISTEM APA?ADA DI RPJMD",
        "istilah.spam",
    ),
    (
        "Permen PUPR 4/2017 mentions SPALD. Could you kindly advise what SPALD stands for?",
        "istilah.spald",
    ),
    (
        (
            "Desa Sebangau Jaya, Kec. Katingan Kuala, Katingan ada rencana SPALD. SPALD itu "
            "maksudnya sistem apa?"
        ),
        "istilah.spald",
    ),
    (
        (
            "tahun lalu warga kami dibangunkan IPAL komunal, tapi saya tidak tahu "
            "singkatannya. IPAL itu apa?"
        ),
        "istilah.ipal",
    ),
    (
        (
            "kalau IPAL-nya hanya untuk satu RT, masih disebut IPAL? IPAL itu sebenarnya "
            "artinya apa?"
        ),
        "istilah.ipal",
    ),
    (
        "dari tadi muter-muter terus. TPS3R itu apa?",
        "istilah.tps3r",
    ),
    (
        "Setahu saya 3R di TPS3R itu reduce, reuse, recycle, betul begitu? TPS-nya apa?",
        "istilah.tps3r",
    ),
    (
        "soal MCK: 1) singkatannya 2) itu fasilitas apa 3) biasanya milik pribadi atau umum?",
        "istilah.mck",
    ),
    (
        "MCK ITU APA YA?ORANG DESA KAMI MINTA MCK",
        "istilah.mck",
    ),
    (
        "UU 26/2007 tentang Penataan Ruang menyebut RTRW. RTRW itu kepanjangannya apa?",
        "istilah.rtrw",
    ),
    (
        (
            "Lahan di Kelurahan Petuk Katimpun, Jekan Raya, Palangka Raya katanya harus "
            "sesuai RTRW. RTRW itu apa?"
        ),
        "istilah.rtrw",
    ),
    (
        (
            "tahun lalu lokasi kami dibilang tidak sesuai RDTR. jadi RDTR itu singkatan apa "
            "sebenarnya?"
        ),
        "istilah.rdtr",
    ),
    (
        (
            "kalau kabupaten belum punya RDTR tapi sudah ada RTRW, dua istilah itu artinya "
            "apa masing-masing?"
        ),
        ("istilah.rdtr", "istilah.rtrw"),
    ),
    (
        "bot katanya canggih, PBG itu apa? yang gantinya IMB itu",
        "istilah.pbg",
    ),
    (
        "Kami pahami PBG adalah Persetujuan Bangunan Gedung, mohon konfirmasi.",
        "istilah.pbg",
    ),
    (
        (
            "I should be grateful for clarification on SLF: 1) what it stands for 2) what the "
            "certificate attests to."
        ),
        "istilah.slf",
    ),
    (
        "SLF ITU SERTIFIKAT APA?",
        "istilah.slf",
    ),
    (
        "Menurut UU 23/2014 lampiran D, kabupaten menerbitkan SKBG. SKBG itu singkatan apa?",
        "istilah.skbg",
    ),
    (
        (
            "Warga Kelurahan Mengkatip, Kec. Dusun Hilir, Barito Selatan tanya soal SKBG. "
            "SKBG itu sertifikat apa sebenarnya?"
        ),
        "istilah.skbg",
    ),
    (
        (
            "dulu waktu usul RTLH, warga cuma punya SKT dari desa. sampai sekarang saya belum "
            "tahu persis, SKT itu surat apa?"
        ),
        "istilah.skt",
    ),
    (
        (
            "kalau suratnya dikeluarkan camat bukan kepala desa, apakah masih disebut SKT? "
            "SKT itu kepanjangannya apa?"
        ),
        "istilah.skt",
    ),
    (
        "jangan jawab template ya: clean and clear itu maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        (
            "Setahu saya clean and clear itu artinya lahan bersertifikat, sesuai tata ruang "
            "dan tidak sengketa, betul begitu?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "tentang CSR: 1) singkatan apa 2) artinya dana dari mana 3) bahasa Indonesianya apa?",
        "istilah.csr",
    ),
    (
        "CSR ITU APA?ADA DI PILIHAN SUMBER DANA",
        "istilah.csr",
    ),
    (
        "Di surat undangan tertulis Rakor dan Sinkronisasi. Rakor itu kependekan dari apa?",
        "istilah.rakor",
    ),
    (
        (
            "Saya pegawai baru, wilayah tugas Kec. Bulik Timur, Lamandau. Yang sering disebut "
            "Rakor itu singkatan apa?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "Last year we were told this bot follows the LAPOR! standard, and I confess I did "
            "not follow; could you kindly explain what LAPOR! refers to?"
        ),
        "istilah.lapor",
    ),
    (
        (
            "kalau warga mengadu lewat LAPOR! bukan lewat bot ini, itu sebenarnya sistem apa? "
            "LAPOR! itu apa?"
        ),
        "istilah.lapor",
    ),
    (
        "bot nulis jam pakai WIB terus, WIB itu singkatan apa sih?",
        "istilah.wib",
    ),
    (
        (
            "I understand 'backlog' in housing refers to the shortfall between homes needed "
            "and homes available; could you kindly confirm?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "soal backlog perumahan: 1) artinya apa 2) kenapa angkanya beda-beda 3) backlog "
            "itu hitungan rumah atau keluarga?"
        ),
        "istilah.backlog",
    ),
    (
        "PKP ITU SINGKATAN APA?BUKAN PENGUSAHA KENA PAJAK KAN",
        "istilah.pkp",
    ),
    (
        "UU 1/2011 tentang PKP. PKP di judul undang-undang itu kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        (
            "Kelurahan Mendawai, Arut Selatan, Kobar masuk daftar kumuh. Yang dimaksud "
            "'kumuh' itu sebenarnya apa, definisinya?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "tahun lalu warga protes kampungnya disebut kumuh. jadi arti 'permukiman kumuh' "
            "itu apa sebenarnya?"
        ),
        "istilah.kumuh",
    ),
    (
        "kalau ada DAK fisik dan DAK nonfisik, DAK sendiri itu singkatan apa?",
        "istilah.dak",
    ),
    (
        "dari tadi disebut DAK DAK terus, DAK itu apa?",
        "istilah.dak",
    ),
    (
        (
            "Setahu saya rusun itu rumah susun, sama dengan flat atau apartemen sederhana, "
            "betul begitu?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "Could you kindly explain, regarding 'rusun': 1) what the word stands for 2) "
            "whether it means the same as rusunawa?"
        ),
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

TRAIN_R45_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Sesuai tolok ukur LAPOR! verifikasi 3 hari kerja, usulan kami USL-2026-0007 "
            "sudah seminggu. Statusnya sekarang apa?"
        ),
        "status",
    ),
    (
        "USULAN JALING KAMI DITERIMA ATAU DITOLAK?SUDAH 2MINGGU BELUM ADA KABAR",
        "status",
    ),
    (
        (
            "bulan lalu kami kirim tiga usulan drainase untuk Kotim, sampai sekarang sepi. "
            "jadi usulan kami sekarang masih diperiksa atau sudah dibahas?"
        ),
        "status",
    ),
    (
        (
            "Setahu saya Rakor tahun ini diadakan lagi di Aula Disperkimtan, betul begitu? "
            "tanggal berapa ya?"
        ),
        "meeting",
    ),
    (
        "soal Rakor berikutnya: 1) tanggal berapa 2) mulai jam berapa 3) tempatnya di mana?",
        "meeting",
    ),
    (
        (
            "Could you kindly advise when and where the next coordination meeting with the "
            "province will be held?"
        ),
        "meeting",
    ),
    (
        "jangan jawab template ya, usulan tahun ini paling lambat masuk kapan?",
        "deadline",
    ),
    (
        (
            "kalau SK kumuh kami baru terbit minggu depan, masih sempat? batas akhir "
            "pengiriman usulan siklus ini sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Permendagri 86/2017 bilang usulan harus masuk sebelum Musrenbang. Untuk siklus "
            "ini, usulan ke provinsi diterima sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "PAGI PAK,MOHON BANTUANNYA",
        "greeting",
    ),
    (
        (
            "Selamat siang, saya operator Dinas Perkim Kec. Dusun Timur, Barito Timur, baru "
            "pertama pakai bot ini, mohon bantuannya"
        ),
        "greeting",
    ),
    (
        "oke makasih banyak bot, ternyata pinter juga 🙏",
        "greeting",
    ),
    (
        (
            "Kami dari Desa Tumbang Getas, Kec. Bukit Santuai, Kotim mau usul drainase "
            "lingkungan. Cara memasukkan usulannya lewat bot ini gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "tahun lalu usulan kami antar pakai surat fisik ke Palangka Raya, ternyata "
            "sekarang harus lewat bot. jadi cara input usulannya bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "mau kirim usulan lewat sini: 1) ketik perintah apa 2) foto lokasinya dikirim di "
            "langkah mana 3) bisa disimpan dulu kalau belum lengkap?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R45_AREAS: list[tuple[str, str]] = [
    (
        "PAK,KUMUH 9,8HA ITU SIAPA YG TANGANI?",
        "kabkota",
    ),
    (
        (
            "Kami pahami bahwa kawasan kumuh seluas tepat 10 hektar masuk kewenangan "
            "provinsi, mohon konfirmasi."
        ),
        "provinsi",
    ),
    (
        (
            "Menurut UU 23/2014 lampiran D, kawasan kumuh yang luasnya pas 15 hektare itu "
            "kewenangan provinsi atau pusat?"
        ),
        "pusat",
    ),
    (
        (
            "Kelurahan Baamang Barat, Kec. Baamang, Kotim punya lokasi kumuh 125.000 m2 di SK "
            "kumuh. Siapa yang berwenang menangani?"
        ),
        "provinsi",
    ),
    (
        (
            "tahun lalu kami usul kumuh 14,99 ha ke provinsi, ternyata diminta cek ulang "
            "luasnya. jadi sekarang 14,99 ha itu masih provinsi kan?"
        ),
        "provinsi",
    ),
    (
        (
            "kalau SK kumuh hasil revisi mencatat delineasi tinggal 8 ha karena sebagian "
            "kawasan sudah ditangani pusat, sisa 8 ha itu kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Could you kindly advise which level of government is responsible for a slum area "
            "of 17 hectares?"
        ),
        "pusat",
    ),
    (
        (
            "katanya bot pintar, kumuh 95.000 meter persegi itu kewenangan siapa? jangan "
            "jawab template"
        ),
        "kabkota",
    ),
    (
        (
            "lokasi kumuh kami luasnya 40.000 m²: 1) masuk kewenangan siapa 2) boleh "
            "diusulkan ke provinsi atau tidak 3) kalau tidak, ke level mana?"
        ),
        "kabkota",
    ),
    (
        (
            "kalau luas delineasinya 150.000 m2 tapi tingkat kumuhnya cuma ringan, "
            "penanganannya tetap jadi urusan siapa?"
        ),
        "pusat",
    ),
    (
        "KUMUH 22HEKTAR DI KEC.BAAMANG KEWENANGAN SIAPA?",
        "pusat",
    ),
    (
        (
            "Desa Pangkalan Dewa, Kec. Pangkalan Lada, Kobar: lokasi kumuhnya 10,5 ha menurut "
            "SK. Ini ditangani kabupaten atau provinsi?"
        ),
        "provinsi",
    ),
]

TRAIN_R45_OUT_OF_SCOPE: list[str] = [
    "Menurut Perda APBD Kalteng 2026, berapa pagu anggaran Disperkimtan untuk tahun depan?",
    "dari tadi nggak dijawab, nomor HP kabid kawasan permukiman provinsi berapa?",
    "HARGA SEMEN PER SAK DI KUALA KURUN SEKARANG BERAPA?",
    (
        "Siapa pemenang tender jalan lingkungan di Kelurahan Sawahan, Kec. Mentawa Baru "
        "Ketapang, Kotim tahun ini?"
    ),
    "cuaca: 1) besok di Palangka Raya hujan tidak 2) jam berapa biasanya mulai hujan?",
    (
        "I should be grateful if you could confirm whether flights from Palangka Raya to "
        "Jakarta are operating tomorrow."
    ),
    "Permen ESDM 26/2018 soal izin pertambangan rakyat, syaratnya apa saja?",
    (
        "tahun lalu saya cuti melahirkan dan tunjangan dipotong, ternyata ada aturan "
        "baru. jadi sekarang cuti melahirkan ASN berapa bulan?"
    ),
    "TPP BULAN INI CAIR KAPAN?",
    (
        "kalau harga satuan beton U-ditch naik di tengah tahun, berapa harga per meter "
        "yang berlaku di Kalteng sekarang?"
    ),
    (
        "Setahu saya jumlah RTLH di Kabupaten Katingan tahun 2025 sekitar dua ribu unit, "
        "betul angkanya segitu?"
    ),
    (
        "dulu Kota Palangka Raya dapat program KOTAKU, ternyata sudah selesai. jadi "
        "totalnya dulu dapat dana berapa miliar?"
    ),
    "Skor kumuh Kelurahan Mendawai, Kec. Arut Selatan, Kobar hasil penilaian terakhir berapa?",
    (
        "kalau banjir di Katingan makin parah minggu ini, berita terbarunya bagaimana? "
        "jalan ke Kasongan masih tergenang?"
    ),
    "soal dana BOS: 1) aturan terbarunya apa 2) boleh untuk rehab kelas atau tidak?",
]
