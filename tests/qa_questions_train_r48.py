"""Training table R48 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 48's styles, written by another hand for the second half of the topic list after round 48
was measured untouched: a proverb or idiom opening the message, a checklist to confirm,
pointing back to an earlier chat the bot cannot see, rehearsing an answer for someone else,
emoji standing for words, two places in one message, long honorific preambles, letters dropped
or doubled; Australian or British casual English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R48_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Ibarat pepatah, sedia payung sebelum hujan, jadi sebelum musim banjir datang "
            "saya mau paham dulu: huntara itu kepanjangannya apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Cek dulu ya pemahaman saya: [v] huntara = hunian sementara [ ] atau ada arti "
            "lain? Betul begitu artinya, pak?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak, soal korban banjir di Kapuas: istilah huntap yang "
            "bapak sebut itu artinya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Kalau nanti warga Desa Tumbang Lahang tanya 'huntap itu apa, pak?', saya jawab "
            "apa biar gampang dimengerti?"
        ),
        "istilah.huntap",
    ),
    (
        "👨\u200d👩\u200d👧 KK di kolom penerima manfaat itu singkatan dari apa? 🤔",
        "istilah.kk",
    ),
    (
        (
            "Barsel isi 40 KK, Barut isi 55 KK di rekap, tapi kami beda paham: KK di sini "
            "maksudnya kepala keluarga atau kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga selalu sehat dan dalam "
            "lindungan Tuhan Yang Maha Esa. Izinkan kami bertanya, di formulir ada isian "
            "'jiwa', yang dimaksud jiwa itu apa ya?"
        ),
        "istilah.jiwa",
    ),
    (
        "jiwaa di isian usulan itu mksudnya hitungan apa ya? orang atau rumah?",
        "istilah.jiwa",
    ),
    (
        (
            "Bagai katak dalam tempurung, saya baru pindah dari bagian keuangan: ha di kolom "
            "luas itu satuan apa sih?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Quick check: [x] m2 = square metres [x] km = kilometres [ ] ha = ??? What does "
            "ha stand for in the area field, mate?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Seperti yang saya tanya minggu lalu tapi belum sempat dijawab: DED itu singkatan "
            "dari apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Besok saya presentasi di depan kepala desa se-Kecamatan Basarang, kalau ditanya "
            "DED itu apa, jawabannya apa ya?"
        ),
        "istilah.ded",
    ),
    (
        "📄 RAB = ❓ lengkapnya apa ya?",
        "istilah.rab",
    ),
    (
        (
            "Konsultan di Sampit bilang RAB-nya 1,2 M, konsultan di Pangkalan Bun bilang RAB "
            "900 juta. Sebenarnya RAB itu dokumen apa sih?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Salam sejahtera bagi kita semua, Bapak/Ibu pengelola Sinkron yang kami hormati, "
            "mohon maaf mengganggu waktunya. Kami dari Dinas Perkim Lamandau ingin bertanya, "
            "RKS itu kepanjangannya apa?"
        ),
        "istilah.rks",
    ),
    (
        "RKS itu apaa ya? dokumen spesifikasi atau jadwal kerjja?",
        "istilah.rks",
    ),
    (
        (
            "Tak ada gading yang tak retak, mohon maaf kalau pertanyaan saya dasar sekali: "
            "KAK itu maksudnya apa, dan apakah sama dengan TOR?"
        ),
        "istilah.kak",
    ),
    (
        "Dokumen saya: [v] RAB [v] DED [?] KAK. Nah, KAK ini berdiri untuk apa ya?",
        "istilah.kak",
    ),
    (
        (
            "Lanjutan obrolan kemarin soal jaling di Desa Bumi Harjo ya, site plan yang "
            "dimaksud itu gambar apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "If the village head asks me what a 'site plan' is, what do I tell him? Reckon "
            "it's just the layout drawing?"
        ),
        "istilah.siteplan",
    ),
    (
        "✅ RC 👉 artinya apa? sering muncul di grup WA tapi saya belum paham",
        "istilah.rc",
    ),
    (
        (
            "Katingan bilang RC-nya sudah 80%, Seruyan bilang RC-nya baru 50%. RC itu "
            "singkatan dari apa sebenarnya?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Yang kami muliakan Bapak/Ibu admin Disperkimtan, semoga senantiasa diberi "
            "kesehatan dan kelancaran dalam bertugas. Perkenankan kami menanyakan, BAST itu "
            "kepanjangan dari apa?"
        ),
        "istilah.bast",
    ),
    (
        "BAST itu singkattan apa ya? berita acara apa gitu?",
        "istilah.bast",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: hibah dalam urusan aset itu "
            "pengertiannya apa?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "cek pemahaman: [v] hibah = pemberian [ ] hibah = pinjaman. Yang benar yang mana "
            "untuk istilah hibah di sini?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Seperti yang dibahas pas rapat teknis kemarin, ada istilah BMD. Itu singkatan "
            "dari apa ya?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Kalau nanti auditor inspektorat tanya 'ini sudah tercatat BMD atau belum', saya "
            "harus paham dulu: BMD itu apa? Saya jawab apa?"
        ),
        "istilah.bmd",
    ),
    (
        "🏛️ BMN, what's that stand for? cheers",
        "istilah.bmn",
    ),
    (
        (
            "Jalan di Tamiang Layang katanya BMN, drainase di Buntok katanya BMD. Yang BMN "
            "itu maksudnya barang milik siapa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga dalam keadaan sehat walafiat. Mohon izin "
            "bertanya, O&P di surat pernyataan itu singkatan dari apa?"
        ),
        "istilah.op",
    ),
    (
        "O&P itu maksudnyaa apa? operasi dan pemelihraan ya?",
        "istilah.op",
    ),
    (
        (
            "Ibarat pepatah, malu bertanya sesat di jalan: SPM yang sering disebut di bidang "
            "perumahan itu singkatan apa?"
        ),
        "istilah.spm",
    ),
    (
        "Catatan saya: [v] SPM = standar ... [ ] lanjutannya lupa. SPM itu lengkapnya apa ya?",
        "istilah.spm",
    ),
    (
        "lanjutan yang kemarin pak, soal SK Pokja: Pokja PKP itu kelompok kerja apa ya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Kalau Pak Camat Sebangau Kuala tanya 'Pokja PKP itu apa?', saya jawab gimana?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "💧🚽🏠 Pokja PPAS itu kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Di Kuala Kapuas ketuanya Sekda, di Muara Teweh juga Sekda, tapi saya belum tahu: "
            "Pokja PPAS itu pokja apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Good morning and my warmest regards to the esteemed admin team, hoping you are "
            "all well and in good spirits. If I may, what does Pokja AMPL stand for?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "Pokja AMPLL itu apa ya, singkatan dari apa?",
        "istilah.pokjaampl",
    ),
    (
        "Ibarat pepatah, tak kenal maka tak sayang: RP3KP itu dokumen apa sih?",
        "istilah.rp3kp",
    ),
    (
        "cek dulu ya: [v] RTRW [v] RP2KPKP [ ] RP3KP. Yang terakhir itu rencana apa?",
        "istilah.rp3kp",
    ),
    (
        (
            "Seperti yang saya tanyakan minggu lalu, RP2KPKP itu singkatan dari apa? Panjang "
            "sekali hurufnya."
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Besok saya paparan di depan DPRD Gunung Mas, kalau ditanya RP2KPKP itu apa, "
            "jawabannya apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "🏙️🚫🏚️ KOTAKU, what's that programme name mean?",
        "istilah.kotaku",
    ),
    (
        (
            "Dulu di Pahandut ada KOTAKU, di Baamang juga ada KOTAKU. KOTAKU itu singkatan "
            "dari apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga sehat dan sukses selalu, "
            "izinkan kami bertanya: DAK Tematik PPKT itu maksudnya apa? PPKT kepanjangan dari "
            "apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT itu artinyaa apa ya? PPKT kepanjangnnya?",
        "istilah.daktematikppkt",
    ),
    (
        "Bagai air di daun talas, saya masih bingung istilah anggaran: APBN itu singkatan apa?",
        "istilah.apbn",
    ),
    (
        "anggaran: [v] APBD [v] APBDes [ ] APBN. Yang APBN itu kepanjangannya apa ya?",
        "istilah.apbn",
    ),
    (
        "lanjutan yg tadi pagi ya pak, APBD itu kepanjangan lengkapnya apa?",
        "istilah.apbd",
    ),
    (
        (
            "Kalau ketua RT tanya 'APBD itu apa pak?', saya jelaskan dengan bahasa yang "
            "gampang bagaimana?"
        ),
        "istilah.apbd",
    ),
    (
        "🏡💰 APBDes itu singkatan apa ya?",
        "istilah.apbdes",
    ),
    (
        (
            "Desa Penda Asam dan Desa Janah Jari sama-sama sebut APBDes di proposalnya, satu "
            "50 juta satu 80 juta. APBDes itu artinya apa persisnya?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "Dear esteemed admin, trust this finds you well and thriving, and apologies for "
            "the bother. What exactly is 'Bankeu'?"
        ),
        "istilah.bankeu",
    ),
    (
        "Bankeuu itu singkatan apa ya? bantuan keuangan?",
        "istilah.bankeu",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: Pokir yang sering disebut anggota "
            "dewan itu apa sih?"
        ),
        "istilah.pokir",
    ),
    (
        "jalur usulan: [v] Musrenbang [v] usulan langsung [?] Pokir. Pokir itu maksudnya apa?",
        "istilah.pokir",
    ),
    (
        "Seperti yang saya tanya kemarin sore, Musrenbang itu singkatan dari apa ya?",
        "istilah.musrenbang",
    ),
    (
        "Kalau nanti kades di Mantangai tanya musrenbang itu apa, saya terangkan bagaimana?",
        "istilah.musrenbang",
    ),
    (
        "📘 RKPD = ❓",
        "istilah.rkpd",
    ),
    (
        "Kobar sebut RKPD 2027, Kotim sebut RKPD 2026 di laporannya. RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang senantiasa sabar melayani kami, semoga sehat "
            "selalu. Mohon izin, Renja itu kepanjangannya apa?"
        ),
        "istilah.renja",
    ),
    (
        "Renjaa itu apa ya, rencana kerjja?",
        "istilah.renja",
    ),
    (
        (
            "As the old saying goes, there's no such thing as a silly question, so what's a "
            "Renstra, then?"
        ),
        "istilah.renstra",
    ),
    (
        "dokumen perencanaan dinas: [v] Renja [ ] Renstra. Renstra itu artinya apa?",
        "istilah.renstra",
    ),
    (
        "Lanjutan yang minggu lalu, soal RPJMD 2025–2029: RPJMD itu singkatan apa ya?",
        "istilah.rpjmd",
    ),
    (
        "besok saya presentasi di depan camat, kalau ditanya RPJMD itu apa, jawabannya apa?",
        "istilah.rpjmd",
    ),
    (
        "💵📑 KUA-PPAS itu kepanjangannya apa?",
        "istilah.kuappas",
    ),
    (
        (
            "Kapuas bilang KUA-PPAS sudah dibahas, Pulpis bilang belum. KUA-PPAS itu "
            "sebenarnya dokumen apa sih?"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "Yang kami hormati Bapak/Ibu admin, semoga Tuhan senantiasa melimpahkan "
            "kesehatan. Kami ingin menanyakan, RKA itu singkatan dari apa?"
        ),
        "istilah.rka",
    ),
    (
        "RKAA itu kepanjangan apa? sering dngar di bagian perencanaan",
        "istilah.rka",
    ),
    (
        "Ibarat pepatah, bertanya tidak membuat kita tersesat: DPA itu maksudnya dokumen apa?",
        "istilah.dpa",
    ),
    (
        "cek: [v] RKA [ ] DPA. DPA itu kepanjangan dari apa?",
        "istilah.dpa",
    ),
    (
        "Following on from yesterday's chat, what does SIPD actually stand for?",
        "istilah.sipd",
    ),
    (
        "Kalau staf baru tanya SIPD itu apa, saya jelaskan apa ya?",
        "istilah.sipd",
    ),
    (
        "🏢 Bapperida itu singkatan dari apa? dulu kan Bappeda",
        "istilah.bapperida",
    ),
    (
        (
            "Di provinsi namanya Bapperida, di Barito Timur masih Bappeda. Bapperida itu "
            "kepanjangannya apa?"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga sehat selalu dan dalam "
            "lindungan Tuhan. Izinkan kami bertanya, OPD itu singkatan dari apa?"
        ),
        "istilah.opd",
    ),
    (
        "OPD itu apa yaa? organisasi perangkt daerah?",
        "istilah.opd",
    ),
    (
        (
            "Bagai kacang lupa kulitnya, dulu saya pakai istilah SKPD tiap hari tapi sekarang "
            "lupa artinya. SKPD itu kepanjangannya apa?"
        ),
        "istilah.skpd",
    ),
    (
        "istilah: [v] OPD sudah paham [ ] SKPD belum. SKPD itu merujuk ke apa?",
        "istilah.skpd",
    ),
    (
        (
            "Seperti yang saya tanyakan di chat sebelumnya, SPAM di sini bukan email sampah "
            "kan? SPAM itu singkatan apa?"
        ),
        "istilah.spam",
    ),
    (
        "Kalau warga tanya 'SPAM itu apa pak?', saya jawab apa?",
        "istilah.spam",
    ),
    (
        "🚽➡️🏭 SPALD itu kepanjangannya apa ya?",
        "istilah.spald",
    ),
    (
        (
            "Palangka Raya punya SPALD skala kota, Sampit punya SPALD skala permukiman. "
            "Sebenarnya SPALD itu singkatan apa?"
        ),
        "istilah.spald",
    ),
    (
        (
            "G'day to the admin team and warmest regards, hope you're all keeping well and "
            "the office isn't too hot. Just wondering, what does IPAL mean?"
        ),
        "istilah.ipal",
    ),
    (
        "IPALL itu singkatan apa ya?",
        "istilah.ipal",
    ),
    (
        "Sambil menyelam minum air, sekalian tanya soal sampah: TPS3R itu singkatan apa?",
        "istilah.tps3r",
    ),
    (
        "cek: [v] TPS sudah tahu [?] 3R belum. Jadi TPS3R itu artinya apa?",
        "istilah.tps3r",
    ),
    (
        "lanjutan kemarin ya pak, MCK komunal yang dibahas itu MCK kepanjangannya apa?",
        "istilah.mck",
    ),
    (
        "Kalau anak magang tanya MCK itu apa, saya jawab apa?",
        "istilah.mck",
    ),
    (
        "🗺️ RTRW itu apa? bukan RT/RW kan? 😅",
        "istilah.rtrw",
    ),
    (
        (
            "Kotim pakai RTRW 2015, Seruyan pakai RTRW 2019 di lampiran. RTRW itu singkatan "
            "dari apa?"
        ),
        "istilah.rtrw",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, dengan segala hormat dan doa semoga sehat "
            "selalu, kami mohon penjelasan: RDTR itu apa kepanjangannya?"
        ),
        "istilah.rdtr",
    ),
    (
        "whats RDTR stand forr? cheers",
        "istilah.rdtr",
    ),
    (
        ("Ibarat pepatah, lain dulu lain sekarang: dulu IMB, sekarang PBG. PBG itu singkatan apa?"),
        "istilah.pbg",
    ),
    (
        "izin bangunan: [v] IMB (lama) [ ] PBG. PBG itu maksudnya apa?",
        "istilah.pbg",
    ),
    (
        "Seperti yang saya tanya minggu lalu soal gedung serbaguna, SLF itu kepanjangannya apa?",
        "istilah.slf",
    ),
    (
        "Kalau kontraktor tanya 'SLF-nya sudah ada?', saya perlu tahu dulu: SLF itu apa?",
        "istilah.slf",
    ),
    (
        "🏢📜 SKBG itu singkatan apa ya?",
        "istilah.skbg",
    ),
    (
        (
            "Rusun di Palangka Raya 3 blok dan rusun di Sampit 2 blok katanya perlu SKBG. "
            "SKBG itu maksudnya sertifikat apa?"
        ),
        "istilah.skbg",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga selalu dalam lindungan "
            "Tuhan. Izinkan kami bertanya, SKT itu singkatan apa?"
        ),
        "istilah.skt",
    ),
    (
        "SKT itu apa yaa? surat keterangan tanh?",
        "istilah.skt",
    ),
    (
        (
            "Bagai air di daun talas, saya masih bingung istilah clean and clear untuk lahan. "
            "Maksudnya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "Istilah yang sering dipakai: [v] C&C [?] clean and clear. Dua-duanya sama? Clean "
            "and clear itu artinya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "As I asked last week, what's CSR mean when it's listed as a funding source?",
        "istilah.csr",
    ),
    (
        "Kalau warga tanya CSR itu apa, saya jawab apa?",
        "istilah.csr",
    ),
    (
        "📅 Rakor itu singkatan apa? 🤔",
        "istilah.rakor",
    ),
    (
        (
            "Staf Gumas sudah ikut rakor 2 kali, staf Mura baru 1 kali, tapi keduanya tidak "
            "tahu Rakor itu singkatan dari apa. Apa ya?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga sehat dan diberi kelancaran. Izin "
            "bertanya, LAPOR! yang disebut di bot itu apa?"
        ),
        "istilah.lapor",
    ),
    (
        "LAPORR! itu apa ya? sistem pengaduan?",
        "istilah.lapor",
    ),
    (
        "As they say, time waits for no man. What does WIB mean in the meeting invites?",
        "istilah.wib",
    ),
    (
        "zona waktu: [v] WITA [v] WIT [ ] WIB. WIB itu singkatan apa?",
        "istilah.wib",
    ),
    (
        "Carrying on from the other day: what's 'backlog' mean in housing terms?",
        "istilah.backlog",
    ),
    (
        (
            "Besok saya paparan di depan Bupati, kalau ditanya backlog perumahan itu apa, "
            "jawabannya apa?"
        ),
        "istilah.backlog",
    ),
    (
        "🏠🏘️ PKP itu kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        (
            "Dinas di Kasongan nulis PKP, dinas di Kuala Pembuang nulis Perkim. Yang PKP itu "
            "singkatan apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga selalu sehat. Mohon izin bertanya hal "
            "mendasar: yang disebut permukiman kumuh itu apa pengertiannya?"
        ),
        "istilah.kumuh",
    ),
    (
        "kummuh itu pengertiannya apa sih?",
        "istilah.kumuh",
    ),
    (
        (
            "Ibarat pepatah, sekali dayung dua tiga pulau terlampaui, sekalian tanya: DAK itu "
            "singkatan apa?"
        ),
        "istilah.dak",
    ),
    (
        "sumber dana: [v] APBD [v] APBN [ ] DAK. DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "Lanjutan yang kemarin ya pak: rusun itu singkatan dari apa?",
        "istilah.rusun",
    ),
    (
        "Kalau nanti warga bantaran Sungai Mentaya tanya rusun itu apa, saya jawab apa?",
        "istilah.rusun",
    ),
]

TRAIN_R48_INTENTS: list[tuple[str, str]] = [
    (
        "📄 usulan jaling kami USL-2026-0014 ➡️ sudah sampai mana? ✅ atau ❌?",
        "status",
    ),
    (
        "usulan drainase dari Bartim sdah diterima atau masih diperiksaa?",
        "status",
    ),
    (
        (
            "Lanjutan yang minggu lalu ya pak, usulan kumuh Kotim yang kami kirim itu "
            "sekarang statusnya apa, sudah dibahas atau ditolak?"
        ),
        "status",
    ),
    (
        "📅 Rakor 2026 tanggal berapa dan 📍 di mana?",
        "meeting",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga sehat selalu. Izinkan kami "
            "menanyakan, rapat koordinasi berikutnya diadakan hari apa, jam berapa, dan "
            "bertempat di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Sedia payung sebelum hujan, pak: rakor tahun ini jadinya kapan? biar kami atur "
            "perjalanan dari Puruk Cahu."
        ),
        "meeting",
    ),
    (
        (
            "Katingan sudah kirim 3 usulan, Gunung Mas baru 1. Usulan tahun ini ditutup "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "batas akhr usulan TA 2027 sampai kapan ya?",
        "deadline",
    ),
    (
        (
            "cek dulu ya: [v] DED [v] RAB [v] foto [ ] kirim. Masih sempat? Sampai tanggal "
            "berapa usulan diterima?"
        ),
        "deadline",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin Disperkimtan, semoga selalu sehat dan dalam "
            "lindungan Tuhan. Kami dari Dinas Perkim Sukamara mohon bimbingan dan bantuannya "
            "ke depan."
        ),
        "greeting",
    ),
    (
        (
            "Tak kenal maka tak sayang: salam kenal pak admin, saya operator baru dari Pulang "
            "Pisau 🙏"
        ),
        "greeting",
    ),
    (
        "terimakasihh banyak pak atas bantuanya 🙏",
        "greeting",
    ),
    (
        (
            "Kalau kabid saya tanya cara masukin usulan lewat bot ini gimana, saya jawab "
            "langkahnya apa?"
        ),
        "how_to_submit",
    ),
    (
        (
            "cek dulu ya: [v] sudah daftar [v] sudah disetujui admin [ ] kirim usulan. "
            "Perintahnya apa dan mulai dari mana?"
        ),
        "how_to_submit",
    ),
    (
        "Following on from last week: how do I actually lodge a proposal through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R48_AREAS: list[tuple[str, str]] = [
    (
        "🏘️ kumuh 7,5 ha di Kelurahan Baamang Barat 👉 siapa yang tangani?",
        "kabkota",
    ),
    (
        (
            "Kumai 11 ha dan Arut Selatan 13,5 ha, dua lokasi kumuh di SK kami. Masing-masing "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga sehat selalu. Izinkan kami bertanya, "
            "kawasan kumuh di Kelurahan Pahandut seluas 100.000 m2 sesuai SK kumuh, itu "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "kawasn kumuh 15 hektar pas di Selat Hulu itu tanggung jawb siapa?",
        "pusat",
    ),
    (
        "📏 kumuh 149.000 m² 🤔 prov atau pusat?",
        "provinsi",
    ),
    (
        (
            "Desa Pangkut 4 ha dan Desa Nanga Mua 6,2 ha, kumuh dua-duanya. Masing-masing "
            "ditangani siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Good morning to the ever-helpful admin team, hope all's well at your end. We've "
            "got a slum area of 9.9 hectares in Kuala Kurun. Who's responsible for that one?"
        ),
        "kabkota",
    ),
    (
        "kumuh 32 hektre di Kec. Kapuas Hilir kewenngan siapa ya?",
        "pusat",
    ),
    (
        (
            "Ibarat pepatah, lain lubuk lain ikannya: kawasan kumuh 12,4 hektare di Mentawa "
            "Baru Ketapang, yang tangani provinsi atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        (
            "cek dulu ya: [v] SK kumuh ada [v] delineasi 95.000 meter persegi [ ] kewenangan? "
            "Ini masuk siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Lanjutan yang kemarin pak, lokasi kumuh di Murjani Bawah 31,77 ha itu kewenangan "
            "pusat, provinsi, atau kota?"
        ),
        "pusat",
    ),
    (
        (
            "Kalau nanti lurah tanya kawasan kumuh 16 ha di Kelurahan Kotawaringin Hilir itu "
            "urusan siapa, saya jawab apa?"
        ),
        "pusat",
    ),
]

TRAIN_R48_OUT_OF_SCOPE: list[str] = [
    "💰 pagu Disperkimtan 2026 berapa M?",
    (
        "Harga semen di Sampit 75 ribu, di Muara Teweh 90 ribu per sak. Untuk RAB kami "
        "pakai harga yang mana?"
    ),
    (
        "Yang terhormat Bapak/Ibu admin, semoga sehat selalu. Kami mohon informasi nomor "
        "WhatsApp Kepala Bidang Kawasan Permukiman."
    ),
    "siapa pemenang tendr jalan lingkungan di Jekan Raya tahun lalu?",
    "🌧️ besok Palangka Raya hujan ga? mau cek lapangan",
    (
        "Anak saya sekolah di Palangka Raya, istri kerja di Sampit. Bisa tidak saya minta "
        "mutasi ke provinsi?"
    ),
    (
        "Dengan hormat Bapak/Ibu admin yang baik hati, semoga sehat walafiat. Izinkan "
        "kami bertanya, berapa uang harian perjalanan dinas untuk peserta rakor dari "
        "kabupaten?"
    ),
    "jdwal vaksin untuk ASN bulan ini kapan ya?",
    "Ibarat pepatah, ada gula ada semut: berapa bunga KPR subsidi FLPP tahun ini?",
    "cek: [v] SIM [v] STNK [ ] pajak mobil dinas. Bayar pajak kendaraan dinas di mana?",
    (
        "Seperti yang saya tanya kemarin, penerbangan Palangka Raya–Jakarta hari Jumat "
        "ada jam berapa saja?"
    ),
    (
        "If the Kadis asks me how many houses the 3 Juta Rumah programme built in Kalteng "
        "last year, what do I tell him?"
    ),
    (
        "Sambil menyelam minum air, sekalian tanya: cara urus BPJS Kesehatan untuk "
        "keluarga bagaimana?"
    ),
    (
        "cek dulu ya: [v] jalan kabupaten rusak [v] jembatan putus [ ] biaya. Perbaikan "
        "jembatan kabupaten itu berapa biayanya per meter?"
    ),
    (
        "Further to my earlier message, what's the price of a litre of Pertalite in "
        "Palangka Raya at the moment?"
    ),
]
