"""Training table R16 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 38's styles, written by another hand for the second half of the topic list: asking why
or for the legal basis, emoji-heavy messages, tech-shy senior officers, place-heavy messages,
misremembered or garbled acronyms, requests for examples or lists, a preamble about what just
happened, Jakarta-style Indonesian-English mixing. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R16_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "🏕️ huntara itu apa sih? 🙏 kemarin pas banjir di Kasongan sering disebut2 🌊❓",
        "istilah.huntara",
    ),
    (
        "huntra tuh kepanjangannya apa ya? hunian sementara bukan? yg buat pengungsi",
        "istilah.huntara",
    ),
    (
        (
            "Mohon maaf nak, bapak ini sudah mau pensiun jadi kurang mengikuti "
            "singkatan-singkatan baru. Di surat dari BPBD tertulis huntap untuk korban "
            "banjir, itu maksudnya apa ya nak? Terima kasih sebelumnya."
        ),
        "istilah.huntap",
    ),
    (
        (
            "Warga korban longsor di Desa Tumbang Habaon, Kec. Tewah rencananya dipindah dulu "
            "ke huntara lalu ke huntap. Huntap sama huntara itu bedanya apa?"
        ),
        ("istilah.huntap", "istilah.huntara"),
    ),
    (
        (
            "kenapa di form usulan diminta jumlah KK, bukan jumlah rumah saja? KK itu "
            "sebenarnya dihitung apa"
        ),
        "istilah.kk",
    ),
    (
        (
            "btw KK di form itu literally kepala keluarga ya, bukan kartu keluarga? biar gue "
            "ga salah input"
        ),
        "istilah.kk",
    ),
    (
        "👨\u200d👩\u200d👧\u200d👦 isian 'jiwa' itu ngitung apa ya? 🤔 anak2 ikut dihitung? 🙏",
        "istilah.jiwa",
    ),
    (
        (
            "Habis ketemu lurah tadi siang, beliau kasih data 320 jiwa di lokasi. Jiwa di "
            "isian usulan itu artinya total orang ya, bukan rumah?"
        ),
        "istilah.jiwa",
    ),
    (
        "1 ha itu berapa meter persegi? kasih contoh konversinya dong, misal 2,5 ha",
        "istilah.ha",
    ),
    (
        "What does 'ha' stand for in the area field, and how many square metres is one?",
        "istilah.ha",
    ),
    (
        "Sebutkan kepanjangan DED dan dokumen itu dipakai untuk apa di usulan",
        "istilah.ded",
    ),
    (
        (
            "Dik, maaf mengganggu malam-malam. Bapak diminta Kabid menyiapkan DED untuk jalan "
            "lingkungan, tapi bapak kurang paham DED itu dokumen apa. Apakah sama dengan "
            "gambar rencana biasa yang dulu kami buat?"
        ),
        "istilah.ded",
    ),
    (
        "RAB tuh basically rencana anggaran biaya kan? yg isinya hitungan biaya per item gitu?",
        "istilah.rab",
    ),
    (
        (
            "Untuk saluran drainase di Kel. Baamang Tengah yang sering tergenang depan pasar, "
            "Sampit, konsultan minta kami bikin RAB dulu. RAB itu apa persisnya?"
        ),
        "istilah.rab",
    ),
    (
        "RKKS itu apa ya? rencana kerja syarat2 gitu? di checklist tertulis RKS",
        "istilah.rks",
    ),
    (
        (
            "kenapa RKS ikut diminta, bukannya DED dan RAB sudah cukup? RKS itu dokumen apa "
            "memangnya"
        ),
        "istilah.rks",
    ),
    (
        "📄 KAK itu apa ya? sama kayak TOR? 🙏😅",
        "istilah.kak",
    ),
    (
        (
            "Tadi Kabid WA minta KAK kegiatan penataan kumuh segera dikirim hari ini juga. "
            "KAK itu kepanjangannya apa ya, biar saya ga salah susun?"
        ),
        "istilah.kak",
    ),
    (
        "site plan itu kayak denah lokasi gitu ya? or ada istilah indonesianya, rencana tapak?",
        "istilah.siteplan",
    ),
    (
        (
            "Ananda, mohon dijelaskan pelan-pelan, yang dimaksud site plan itu apa? Bapak "
            "hanya punya sketsa lokasi gambar tangan dari pak kades, apa itu bisa disebut "
            "site plan?"
        ),
        "istilah.siteplan",
    ),
    (
        "RC di daftar kesiapan itu apa ya? reading criteria?",
        "istilah.rc",
    ),
    (
        "readiness criteria atau RC itu apa saja yang termasuk? kasih contoh dokumennya",
        ("istilah.rc", "usulan.kesiapan"),
    ),
    (
        ("Kenapa setelah pekerjaan selesai harus ada BAST segala? BAST itu apa dan fungsinya apa?"),
        ("istilah.bast", "hibah.aset"),
    ),
    (
        (
            "Jaling yang dibangun provinsi di Desa Pangkalan Rekan, Basarang sudah rampung, "
            "katanya nanti ada BAST dengan Pemkab Kapuas. BAST itu singkatan apa?"
        ),
        "istilah.bast",
    ),
    (
        "🎁 hibah itu maksudnya apa ya kalau soal aset jalan lingkungan? 🤔🏘️",
        "istilah.hibah",
    ),
    (
        (
            "So 'hibah' here means the province hands the asset over to the regency, not a "
            "cash grant?"
        ),
        "istilah.hibah",
    ),
    (
        "BDM itu barang milik daerah kan? atau saya salah tulis",
        "istilah.bmd",
    ),
    (
        "BMD itu contohnya apa aja? jalan lingkungan sama drainase termasuk BMD gak?",
        "istilah.bmd",
    ),
    (
        "What's BMN? It shows up in the handover papers from the ministry's regional office.",
        "istilah.bmn",
    ),
    (
        "Kok aset dari kementerian disebut BMN, bukan BMD? bedanya di mana?",
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        "🔧 O&P itu apa ya? 🙏 yang ada di surat pernyataan itu lho 📄",
        "istilah.op",
    ),
    (
        (
            "Maaf dik, di surat pernyataan ada tulisan O dan P, bapak kira itu singkatan nama "
            "pejabat. Ternyata bukan ya? Kalau boleh tahu apa artinya, maklum mata sudah "
            "rabun baca singkatan."
        ),
        "istilah.op",
    ),
    (
        "SMP perumahan itu apa ya? eh maksud saya SPM, standar apa gitu",
        "istilah.spm",
    ),
    (
        "SPM tuh standar pelayanan minimal kan? which is berlaku juga buat urusan perumahan?",
        "istilah.spm",
    ),
    (
        (
            "Baru dapat undangan dari Bapperida untuk rapat Pokja PKP minggu depan. Pokja PKP "
            "itu sebenarnya kelompok apa ya?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "Di Kuala Kurun, Gunung Mas, katanya belum ada SK Pokja PKP. Pokja PKP itu "
            "kelompok kerja apa dan dasar aturannya apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "Tadi masuk WA undangan rapat Pokja PPAS dari Setda. PPAS di situ singkatan apa "
            "ya, bukan yang anggaran kan?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu mencakup urusan apa saja? perumahan, permukiman, terus apa lagi?",
        "istilah.pokjappas",
    ),
    (
        "💧🚽 Pokja AMPL itu apa ya? 🙏",
        "istilah.pokjaampl",
    ),
    (
        "AMPL itu kepanjangannya apa, kenapa di kabupaten Sekda yang jadi ketua pokjanya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Mohon maaf nak, saya ditunjuk ikut tim penyusun RP3KP. Itu dokumen apa ya, untuk "
            "jangka berapa tahun? Maklum baru pindah dari dinas pertanian, belum paham "
            "istilah perkim."
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Kabupaten Seruyan di Kuala Pembuang katanya belum punya RP3KP. Itu rencana apa "
            "dan berlaku berapa tahun?"
        ),
        "istilah.rp3kp",
    ),
    (
        "RP2KP-KP itu apa, beda gak sama RP3KP?",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "RP2KPKP itu isinya tentang apa aja? rencana pencegahan kumuh gitu?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Dulu di Kelurahan Mendawai, Pangkalan Bun ada program KOTAKU pakai BKM di tiap "
            "kelurahan. KOTAKU itu program apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        "KOTAKU masih jalan gak sih sekarang? btw itu program apa literally",
        "istilah.kotaku",
    ),
    (
        "DAK tematik PKT itu apa ya? apa PPKT? buat kumuh kan",
        "istilah.daktematikppkt",
    ),
    (
        "What exactly is DAK Tematik PPKT? Is it a central grant for slum areas?",
        "istilah.daktematikppkt",
    ),
    (
        "APBN, APBD, APBDes itu bedanya apa aja? kasih list singkat",
        ("istilah.apbn", "istilah.apbd", "istilah.apbdes"),
    ),
    (
        "Quick one: APBN means the national state budget, right?",
        "istilah.apbn",
    ),
    (
        "APBD itu ada berapa macam? provinsi sama kab/kota beda kan?",
        "istilah.apbd",
    ),
    (
        (
            "Tadi Pak Sekdis bilang usulan ini nanti masuk APBD. APBD itu anggaran apa "
            "sebenarnya, yang provinsi atau kabupaten?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "Kades Tumbang Tariak, Kec. Kurun menyebut-nyebut APBDes waktu musdes kemarin. "
            "APBDes itu anggaran apa ya?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "Maaf ananda, bapak mau tanya, APBDes itu anggaran milik siapa ya? Kepala desa di "
            "kampung bapak sering menyebutnya kalau ada rapat, bapak cuma angguk-angguk saja."
        ),
        "istilah.apbdes",
    ),
    (
        "Bankeu tuh apa sih? kayak transfer duit dari provinsi ke kabupaten gitu?",
        "istilah.bankeu",
    ),
    (
        (
            "Ananda, bapak sering mendengar istilah bankeu provinsi di rapat-rapat, tapi "
            "selama ini malu bertanya. Bankeu itu sebenarnya apa ya?"
        ),
        "istilah.bankeu",
    ),
    (
        "Pokir itu apa dan kok bisa jadi jalur usulan ke provinsi?",
        "istilah.pokir",
    ),
    (
        "🏛️ pokir dewan itu apa ya? 🙏📝",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu ada tingkatan apa saja? sebutin urutannya dari bawah",
        "istilah.musrenbang",
    ),
    (
        "musrembang itu singkatan dari apa ya",
        "istilah.musrenbang",
    ),
    (
        "Baru keluar dari rapat di Bappeda, semua orang bahas RKPD dari tadi. RKPD itu apa sih?",
        "istilah.rkpd",
    ),
    (
        "RKPD itu basically rencana kerja tahunan pemda ya? biar gue ga salah paham",
        "istilah.rkpd",
    ),
    (
        "Is the Renja the same thing as the agency's annual work plan?",
        "istilah.renja",
    ),
    (
        (
            "Dik, maaf bertanya hal yang mungkin dasar sekali. Tiap tahun kantor kami "
            "menyusun Renja, tapi bapak tidak paham betul posisinya. Renja itu dokumen apa?"
        ),
        "istilah.renja",
    ),
    (
        "📘 Renstra itu apa? berapa tahun sekali? 🤔",
        "istilah.renstra",
    ),
    (
        (
            "Dinas Perkim Barito Timur di Tamiang Layang lagi menyusun Renstra baru. Renstra "
            "itu dokumen apa dan untuk berapa tahun?"
        ),
        "istilah.renstra",
    ),
    (
        "What is the RPJMD? The Rakor slides kept mentioning RPJMD 2025–2029.",
        "istilah.rpjmd",
    ),
    (
        "Kenapa usulan harus nyambung dengan RPJMD? RPJMD itu apa?",
        "istilah.rpjmd",
    ),
    (
        "KUAPAS itu apa ya? kebijakan umum anggaran gitu",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu terdiri dari apa aja? dua dokumen kan?",
        "istilah.kuappas",
    ),
    (
        "RKA itu apa sih, literally rencana kerja anggaran?",
        "istilah.rka",
    ),
    (
        "Barusan ditelpon bagian keuangan, RKA harus masuk minggu ini. RKA itu dokumen apa ya?",
        "istilah.rka",
    ),
    (
        "📑 DPA itu apa? 🙏 beda sama RKA? ❓",
        ("istilah.dpa", "istilah.rka"),
    ),
    (
        (
            "Maaf nak, bapak mau tanya, DPA itu singkatan apa? Sudah puluhan tahun kerja tapi "
            "tetap lupa terus, mohon dimaklumi."
        ),
        "istilah.dpa",
    ),
    (
        "SIPD itu dipakai untuk apa saja? sebutkan fungsinya",
        "istilah.sipd",
    ),
    (
        (
            "Operator di Kecamatan Kapuas Hilir bilang usulan dari Kelurahan Barimba diinput "
            "di SIPD. SIPD itu sistem apa?"
        ),
        "istilah.sipd",
    ),
    (
        "kok sekarang namanya Bapperida, bukan Bappeda lagi? itu badan apa",
        "istilah.bapperida",
    ),
    (
        (
            "Bapperida Provinsi di Palangka Raya mengundang kami ke forum perangkat daerah. "
            "Bapperida itu singkatan dari apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "OPD itu contohnya apa aja? Disperkimtan termasuk OPD?",
        "istilah.opd",
    ),
    (
        "What does OPD mean? Our consultant uses it in every sentence.",
        "istilah.opd",
    ),
    (
        "Tadi surat edaran dari provinsi ditujukan ke 'Kepala SKPD'. SKPD itu maksudnya apa ya?",
        "istilah.skpd",
    ),
    (
        "🏢 SKPD itu singkatan apa ya? 🙏😅",
        "istilah.skpd",
    ),
    (
        "SPAM di sini bukan email spam kan wkwk. itu apa?",
        "istilah.spam",
    ),
    (
        (
            "Di Desa Sei Ahas, Mantangai air bersih susah banget, ada rencana bangun SPAM "
            "desa. SPAM itu singkatan dari apa?"
        ),
        "istilah.spam",
    ),
    (
        "SPLAD itu sistem apa ya? di dokumen sanitasi",
        "istilah.spald",
    ),
    (
        (
            "Nak, mohon bantu bapak. Di dokumen sanitasi ada istilah SPALD, bapak bingung. "
            "Apakah itu sama dengan septic tank biasa?"
        ),
        "istilah.spald",
    ),
    (
        "🚱 IPAL itu apa ya? 🏭❓",
        "istilah.ipal",
    ),
    (
        (
            "Habis kunjungan ke rusunawa, pengelolanya bilang IPAL-nya rusak. IPAL itu "
            "instalasi apa ya?"
        ),
        "istilah.ipal",
    ),
    (
        (
            "Di Kel. Kalampangan, Sabangau ada rencana TPS3R dekat kebun sayur warga. TPS3R "
            "itu fasilitas apa?"
        ),
        "istilah.tps3r",
    ),
    (
        "Kenapa disebut TPS3R, 3R-nya itu apa?",
        "istilah.tps3r",
    ),
    (
        (
            "Di bantaran Sungai Kahayan, Kel. Pahandut Seberang warga masih pakai jamban "
            "apung, mau diusulkan MCK. MCK itu singkatan apa?"
        ),
        "istilah.mck",
    ),
    (
        "what's an MCK exactly? keeps popping up in the sanitation list",
        "istilah.mck",
    ),
    (
        "RTRW tuh rencana tata ruang kan, bukan RT/RW kampung? ribet sih singkatannya",
        "istilah.rtrw",
    ),
    (
        "Kenapa lokasi usulan harus sesuai RTRW? RTRW itu sebenarnya apa?",
        "istilah.rtrw",
    ),
    (
        "RDRT itu apa ya? rencana detail tata ruang?",
        "istilah.rdtr",
    ),
    (
        (
            "Tadi kami survei bareng PUPR, katanya lokasi harus dicek dulu di RDTR. RDTR itu "
            "apa dan bedanya dengan RTRW?"
        ),
        ("istilah.rdtr", "istilah.rtrw"),
    ),
    (
        "PBG itu apa, kenapa IMB diganti jadi PBG?",
        "istilah.pbg",
    ),
    (
        (
            "Ananda, bapak masih ingat dulu namanya IMB. Sekarang katanya PBG. Tolong "
            "jelaskan PBG itu apa ya nak, supaya bapak bisa jawab kalau ditanya warga."
        ),
        "istilah.pbg",
    ),
    (
        "🏠✅ SLF itu apa ya? sertifikat apa? 🤔",
        "istilah.slf",
    ),
    (
        "SLF tuh sertifikat laik fungsi ya? so basically bangunan udah boleh dipakai gitu?",
        "istilah.slf",
    ),
    (
        "SKGB itu apa? sertifikat kepemilikan bangunan?",
        "istilah.skbg",
    ),
    (
        "Ada penghuni rusun di Kel. Palangka, Jekan Raya nanya soal SKBG. SKBG itu apa?",
        "istilah.skbg",
    ),
    (
        (
            "Barusan verifikasi RTLH di Kel. Bereng, Kahayan Hilir, warganya cuma pegang SKT. "
            "SKT itu surat apa sebenarnya?"
        ),
        "istilah.skt",
    ),
    (
        "SKT tuh surat keterangan tanah atau surat keterangan terdaftar? di syarat RTLH",
        "istilah.skt",
    ),
    (
        "clean and clear itu maksudnya apa, lahannya literally bersih gitu?",
        "istilah.cleanandclear",
    ),
    (
        "Syarat lahan clean and clear itu apa saja? sebutkan satu-satu",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "🏭💰 CSR itu apa? dana perusahaan ya? 🙏",
        "istilah.csr",
    ),
    (
        "Is CSR here the same as corporate social responsibility money from companies?",
        "istilah.csr",
    ),
    (
        "rakorr itu singkatan apa? rapat kordinasi ya?",
        "istilah.rakor",
    ),
    (
        (
            "Mohon maaf nak, bapak baru ditugaskan ke bidang perkim. Yang namanya Rakor itu "
            "rapat apa ya, siapa saja yang biasanya hadir?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "LAPOR! itu apa, dan kenapa dipakai jadi patokan tindak lanjut usulan?",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        "LAPOR! itu aplikasi pengaduan ya? kayak kanal aduan nasional gitu?",
        "istilah.lapor",
    ),
    (
        (
            "Undangan tertulis jam 09.00 WIB, saya dari Muara Teweh. WIB itu sama dengan jam "
            "di sini kan, bukan WITA?"
        ),
        "istilah.wib",
    ),
    (
        "Kenapa Kalteng pakai WIB, bukan WITA? dasarnya apa",
        "istilah.wib",
    ),
    (
        "backlog perumahan tuh maksudnya apa? kayak kekurangan rumah gitu?",
        "istilah.backlog",
    ),
    (
        "Backlog itu dihitung pakai apa aja? kok angka PUPR dan BPS bisa beda",
        "istilah.backlog",
    ),
    (
        "PKP itu perumahan dan kawasan permukiman atau pengusaha kena pajak? 😅",
        "istilah.pkp",
    ),
    (
        (
            "Barusan nerima disposisi dari Kadis perihal 'urusan PKP'. PKP itu kepanjangannya "
            "apa ya?"
        ),
        "istilah.pkp",
    ),
    (
        "Apa definisi kumuh menurut undang-undang? UU berapa yang mengatur?",
        "istilah.kumuh",
    ),
    (
        (
            "Rumah-rumah di tepi Sungai Mentaya, Kel. Mentawa Baru Hilir rapat-rapat di atas "
            "air. Itu yang dimaksud kumuh ya? Kumuh itu artinya apa secara resmi?"
        ),
        "istilah.kumuh",
    ),
    (
        "💵 DAK itu apa? dana alokasi khusus? 🤔",
        "istilah.dak",
    ),
    (
        "Tadi rapat di Bapperida bahas DAK fisik, saya ga ngerti. DAK itu apa ya?",
        "istilah.dak",
    ),
    (
        (
            "Dik, mohon maaf bapak ini agak gaptek. Rusun itu rumah susun ya? Bedanya dengan "
            "rusunawa apa?"
        ),
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "What is a rusun?",
        "istilah.rusun",
    ),
]

TRAIN_R16_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Usulan jaling kami yang USL-2026-0004 sudah sampai mana ya? masih verifikasi "
            "atau sudah dibahas?"
        ),
        "status",
    ),
    (
        (
            "📄 usulan2 dari Kotim yg kami kirim bulan lalu gimana nasibnya? diterima atau "
            "ditolak? 🙏"
        ),
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana ya? Jam berapa mulainya?",
        "meeting",
    ),
    (
        "Hey, when's the next coordination meeting? I need to book transport from Puruk Cahu.",
        "meeting",
    ),
    (
        "Batas akhir kirim usulan untuk tahun anggaran depan sampai tanggal berapa?",
        "deadline",
    ),
    (
        "usulan masih bisa masuk sampai kapan nih? takut telat 😅⏰",
        "deadline",
    ),
    (
        "Selamat pagi, terima kasih banyak atas bantuannya kemarin 🙏",
        "greeting",
    ),
    (
        "Halo bot, tolong bantu saya",
        "greeting",
    ),
    (
        "Gimana cara masukin usulan lewat bot ini? langkahnya apa aja?",
        "how_to_submit",
    ),
    (
        "Maaf nak, bapak mau mengirim usulan RTLH dari Kapuas, caranya lewat sini bagaimana ya?",
        "how_to_submit",
    ),
]

TRAIN_R16_AREAS: list[tuple[str, str]] = [
    (
        (
            "Kawasan kumuh di Kel. Mentawa Baru Hilir luasnya 9,8 ha menurut SK, itu "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Lokasi kumuh 75.000 m² di Kel. Baamang Hulu, Sampit — yang nangani kabupaten "
            "atau provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "delineasi di SK kumuh kami persis 10 hektar pas, jadi tanggung jawab provinsi "
            "atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        (
            "📐 kumuh tepian sungai di Kel. Selat Hulu luasnya 149.900 meter persegi, siapa yg "
            "berwenang? 🤔"
        ),
        "provinsi",
    ),
    (
        "If a slum area is exactly 15 hectares, which level of government is responsible?",
        "pusat",
    ),
    (
        "kawasan kumuh Murjani Bawah, Pahandut 31,77 hektare itu urusan siapa ya?",
        "pusat",
    ),
]

TRAIN_R16_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng tahun 2026?",
    "Nomor HP Kabid Kawasan Permukiman provinsi berapa ya? mau konfirmasi langsung",
    "Harga semen per sak di Muara Teweh sekarang berapa?",
    "Siapa pemenang tender jalan lingkungan di Kumai tahun lalu?",
    "Besok Palangka Raya hujan gak ya? mau survei lokasi",
    "Syarat pengajuan KUR di bank apa saja?",
    "Cara mengurus cuti tahunan PNS gimana ya?",
    "Berapa harga satuan per meter jalan lingkungan cor beton di Kalteng tahun ini?",
    "Sudah berapa rumah RTLH yang dibedah di Katingan sepanjang 2025?",
    "What's the rupiah to dollar exchange rate today?",
]
