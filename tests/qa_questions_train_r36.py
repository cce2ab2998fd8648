"""Training table R36 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 44's styles, written by another hand for the second half of the topic list after round 44
was written: asking for advice, checklists of what the officer already has, pointing at an
attachment the bot cannot see, rights and duties, Enter pressed instead of space, fat-finger
typing, humour and laughter around the question, quantifiers (all, every, only, at least);
formal British English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R36_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "(foto terlampir) di papan proyek pasca banjir Katingan tertulis 'pembangunan "
            "huntara', huntara itu maksudnya apa ya pak?"
        ),
        "istilah.huntara",
    ),
    (
        "maaf pertanyaan receh wkwk, huntara itu hunian sementara atau hunian tambahan sih? 🤣",
        "istilah.huntara",
    ),
    (
        (
            "yang saya tahu huntara = hunian sementara. nah huntap itu singkatan apa, betul "
            "nggak kalau hunian tetap? atau masih kurang pemahaman saya"
        ),
        "istilah.huntap",
    ),
    (
        "huntap itu apaan yaa, ada di lapran pasca bencnaa kami tapi ga ada kepanjangannya",
        "istilah.huntap",
    ),
    (
        (
            "di form ada isian KK, yang wajib kami isi itu maksudnya kepala keluarga atau "
            "kartu keluarga? KK di sini artinya apa"
        ),
        "istilah.kk",
    ),
    (
        "KK\ndi usulan itu\nartinya apa ya pak",
        "istilah.kk",
    ),
    (
        (
            "jumlah jiwa itu maksudnya semua orang termasuk anak-anak, atau cuma orang dewasa "
            "saja? jiwa di sini artinya apa"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "saran bapak gimana, di kolom luas kami tulis 'ha', itu singkatan hektare kan? "
            "biar nggak salah paham satuannya"
        ),
        "istilah.ha",
    ),
    (
        (
            "Would you be so kind as to tell me what the abbreviation 'ha' stands for in the "
            "slum area figures?"
        ),
        "istilah.ha",
    ),
    (
        (
            "gambar kerja sama RAB sudah saya siapkan, tapi orang provinsi nanya DED terus. "
            "DED itu sebenarnya kepanjangannya apa dan dokumen macam apa?"
        ),
        "istilah.ded",
    ),
    (
        "satu-satunya istilah di juknis yang belum saya pahami tinggal DED, artinya apa ya?",
        "istilah.ded",
    ),
    (
        "RAB itu kepanjanganya apa ya, rencana anggran biaya bukan?",
        "istilah.rab",
    ),
    (
        (
            "I should be grateful if you could tell me what 'RAB' stands for in the proposal "
            "documents."
        ),
        "istilah.rab",
    ),
    (
        (
            "di file yang saya kirim tadi ada dokumen berjudul RKS, itu maksudnya dokumen apa "
            "ya pak?"
        ),
        "istilah.rks",
    ),
    (
        "sebelum bahas siapa yang wajib menyusun, RKS itu sendiri singkatan dari apa dulu ya?",
        "istilah.rks",
    ),
    (
        "KAK\nitu apa ya\nsama dengan TOR kah",
        "istilah.kak",
    ),
    (
        (
            "enaknya gimana ya bu, atasan minta KAK segera tapi saya malah belum ngerti KAK "
            "itu kepanjangannya apa"
        ),
        "istilah.kak",
    ),
    (
        "site plan itu apa sih? jangan-jangan denah rumah pak kades wkwk",
        "istilah.siteplan",
    ),
    (
        (
            "site plan itu mencakup semua gambar lokasi atau cuma gambar tata letaknya saja? "
            "pengertian site plan apa"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "usulan kami sudah ada DED, RAB, foto. tadi di grup ada yang bilang 'lengkapi "
            "RC-nya', RC itu maksudnya apa?"
        ),
        "istilah.rc",
    ),
    (
        "RC itu singkatn dr apa ya? readines criteria?",
        "istilah.rc",
    ),
    (
        "lihat screenshot di atas, di pojok kanan ada tulisan BAST, itu singkatan dari apa ya?",
        "istilah.bast",
    ),
    (
        "katanya kewajiban kami menyimpan BAST, tapi BAST itu kepanjangannya apa ya bu?",
        "istilah.bast",
    ),
    (
        "mending saya tanya dulu biar aman: hibah dalam konteks aset PSU ini artinya apa sih?",
        "istilah.hibah",
    ),
    (
        "hibah\nitu artinya\napa ya bu",
        "istilah.hibah",
    ),
    (
        "BMD itu apa ya, bukan Badan Musyawarah Desa kan hehe",
        "istilah.bmd",
    ),
    (
        "BMD itu apa? apakah setiap barang milik pemda disebut BMD?",
        "istilah.bmd",
    ),
    (
        (
            "saya sudah paham BMD = barang milik daerah. BMN apa? bener nggak kalau N-nya itu "
            "negara?"
        ),
        "istilah.bmn",
    ),
    (
        "Would you be so kind as to clarify what BMN refers to?",
        "istilah.bmn",
    ),
    (
        "O&P itu maksudny apa yaa, operasional dan perawatan?",
        "istilah.op",
    ),
    (
        "(foto terlampir) di surat pernyataan ada kalimat 'kesanggupan O&P', O&P itu apa ya?",
        "istilah.op",
    ),
    (
        "SPM itu apa sih pak? kata kabid itu kewajiban pemda, tapi singkatannya saya lupa",
        "istilah.spm",
    ),
    (
        "SPM\nsingkatan dari\napa ya",
        "istilah.spm",
    ),
    (
        (
            "saran ibu gimana, saya diutus ikut rapat Pokja PKP minggu depan, Pokja PKP itu "
            "sebenarnya apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Pokja PKP itu kelompok kerja apa? jangan-jangan kelompok ngopi pegawai perkim wkwk",
        "istilah.pokjapkp",
    ),
    (
        "PPAS di 'Pokja PPAS' itu SEMUA hurufnya singkatan apa aja?",
        "istilah.pokjappas",
    ),
    (
        (
            "di SK Bupati ada Pokja PKP, Pokja AMPL, Pokja PPAS. PKP sama AMPL sudah saya "
            "tahu, kurang yang PPAS, itu apa ya?"
        ),
        "istilah.pokjappas",
    ),
    (
        "sesuai PDF ini ada Pokja AMPL, AMPL itu singkatan apa?",
        "istilah.pokjaampl",
    ),
    (
        "pokja ampl itu aapa ya pak",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu dokumen apa? katanya pemda wajib punya, tapi saya belum tahu kepanjangannya",
        "istilah.rp3kp",
    ),
    (
        "RP3KP\nkepanjangannya\napa ya pak",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP ini singkatan apa sih, pusing bacanya kebanyakan huruf P 🤣",
        "istilah.rp2kpkp",
    ),
    (
        "sebaiknya saya pahami dulu: RP2KPKP itu apa dan bedanya dengan RP3KP?",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "yang saya tahu KOTAKU itu nama program, tapi kepanjangannya apa dan program dari mana?",
        "istilah.kotaku",
    ),
    (
        "I should be grateful to know what the KOTAKU programme was.",
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT itu apa? PPKT-nya masing-masing huruf singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "di file yang saya kirim tadi ada tulisan 'DAK Tematik PPKT', maksudnya apa ya?",
        "istilah.daktematikppkt",
    ),
    (
        "apbn itu singkatan apa ya, anggran dari pusat kan?",
        "istilah.apbn",
    ),
    (
        "APBN\nitu apa\nkepanjangannya",
        "istilah.apbn",
    ),
    (
        "APBD itu apa tepatnya, punya siapa: provinsi atau kabupaten?",
        "istilah.apbd",
    ),
    (
        "maaf pertanyaan bodoh wkwk, APBD itu apa ya, saya baru pindah dari dinas kesehatan",
        "istilah.apbd",
    ),
    (
        "mending saya tanya dulu bu, APBDes itu apa, sama dengan dana desa kah?",
        "istilah.apbdes",
    ),
    (
        "APBDes itu apa? apakah setiap desa punya APBDes sendiri-sendiri?",
        "istilah.apbdes",
    ),
    (
        (
            "di pilihan sumber dana ada APBN, DAK, CSR, Bankeu. yang lain sudah paham, Bankeu "
            "itu apa?"
        ),
        "istilah.bankeu",
    ),
    (
        "bankue itu apa ya? bantuan keuangam?",
        "istilah.bankeu",
    ),
    (
        "lihat screenshot di atas, ada tulisan 'usulan pokir', pokir itu apa?",
        "istilah.pokir",
    ),
    (
        "pokir itu apa ya? saya kira 'pokoknya mikir' hehe",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu singkatan apa? katanya kami wajib hadir setiap tahun",
        "istilah.musrenbang",
    ),
    (
        "Would you kindly explain what Musrenbang stands for?",
        "istilah.musrenbang",
    ),
    (
        "RKPD\nitu apa ya\nbu",
        "istilah.rkpd",
    ),
    (
        "sebaiknya saya paham dulu sebelum rapat, RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "Renja itu apa? rencana kerja satu tahun saja atau lima tahun?",
        "istilah.renja",
    ),
    (
        "renaj itu apa ya, rencana kerja?",
        "istilah.renja",
    ),
    (
        "di dinas kami ada Renja dan Renstra, Renja sudah paham, Renstra belum. apa itu?",
        "istilah.renstra",
    ),
    (
        "(foto terlampir) di sampul dokumen tertulis Renstra 2025-2029, Renstra itu apa ya?",
        "istilah.renstra",
    ),
    (
        "RPJMD itu apa sih? panjang banget singkatannya kayak nama lengkap saya wkwk",
        "istilah.rpjmd",
    ),
    (
        "Would you be so kind as to explain what the RPJMD is?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS\nitu\nsingkatan apa",
        "istilah.kuappas",
    ),
    (
        (
            "enaknya saya tanya di sini aja: KUA-PPAS itu apa sih? yang jelas bukan kantor "
            "urusan agama kan"
        ),
        "istilah.kuappas",
    ),
    (
        "rka itu apaa ya? renacana kerja anggaran?",
        "istilah.rka",
    ),
    (
        "RKA itu apa, dan apakah setiap OPD punya RKA sendiri?",
        "istilah.rka",
    ),
    (
        "sesuai PDF ini kegiatan kami sudah masuk DPA, DPA itu dokumen apa ya?",
        "istilah.dpa",
    ),
    (
        "RKA sudah saya pahami, tinggal DPA yang belum, itu artinya apa?",
        "istilah.dpa",
    ),
    (
        "SIPD itu sistem apa? katanya kami wajib input perencanaan ke situ",
        "istilah.sipd",
    ),
    (
        "SIPD itu apa ya, tiap tahun dipakai tapi singkatannya aja saya belum tau wkwk",
        "istilah.sipd",
    ),
    (
        "Bapperida\nitu apa\nbeda sama Bappeda?",
        "istilah.bapperida",
    ),
    (
        (
            "saran bapak, sebelum saya tulis surat, Bapperida itu kepanjangannya apa biar "
            "nggak salah tulis?"
        ),
        "istilah.bapperida",
    ),
    (
        "OPD itu apa, apakah semua dinas termasuk OPD?",
        "istilah.opd",
    ),
    (
        "OPd itu singktan apa ya",
        "istilah.opd",
    ),
    (
        "OPD sudah paham, SKPD belum, artinya apa dan sama nggak dengan OPD?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        "I should be most grateful if you could explain what SKPD means.",
        "istilah.skpd",
    ),
    (
        (
            "di file yang saya kirim tadi ada program SPAM desa, maksudnya apa? bukan email "
            "sampah kan"
        ),
        "istilah.spam",
    ),
    (
        "SPAM di dokumen perkim itu apa ya, pasti bukan spam WA hehe",
        "istilah.spam",
    ),
    (
        "sebelum nanya kewajiban kami soal limbah, SPALD itu singkatan dari apa?",
        "istilah.spald",
    ),
    (
        "SPALD\nitu\napa ya pak",
        "istilah.spald",
    ),
    (
        "mending tanya di sini daripada salah, IPAL itu apa?",
        "istilah.ipal",
    ),
    (
        "ipal itu instalsi apa yaa",
        "istilah.ipal",
    ),
    (
        "TPS3R itu apa? 3R-nya itu tiga-tiganya singkatan apa saja?",
        "istilah.tps3r",
    ),
    (
        "TPS saya tahu, 3R-nya yang kurang paham. jadi TPS3R lengkapnya apa?",
        "istilah.tps3r",
    ),
    (
        "(foto terlampir) ini bangunan MCK di Desa Dayu, MCK itu singkatan apa sih?",
        "istilah.mck",
    ),
    (
        "MCK itu mandi cuci kakus kan? atau mandi cuci ketawa wkwk",
        "istilah.mck",
    ),
    (
        "RTRW itu apa? katanya lokasi harus sesuai RTRW, tapi artinya dulu, bukan RT/RW kan?",
        "istilah.rtrw",
    ),
    (
        "RTRW\nitu\nrencana apa ya",
        "istilah.rtrw",
    ),
    (
        "saran bapak gimana biar saya nggak salah paham, RDTR itu apa dan bedanya dengan RTRW?",
        ("istilah.rdtr", "istilah.rtrw"),
    ),
    (
        "Could you kindly tell me what RDTR stands for?",
        "istilah.rdtr",
    ),
    (
        "PBG itu pengganti IMB ya? singkatanyaa apa",
        "istilah.pbg",
    ),
    (
        "PBG itu apa, cuma nama baru dari IMB saja atau beda?",
        "istilah.pbg",
    ),
    (
        "PBG sudah paham, SLF yang belum, itu sertifikat apa ya?",
        "istilah.slf",
    ),
    (
        "lihat screenshot di atas ada 'SLF', itu singkatan apa?",
        "istilah.slf",
    ),
    (
        "SKBG itu apa? semacam bukti hak kepemilikan bangunan kah?",
        "istilah.skbg",
    ),
    (
        "SKBG itu apa ya 😂 kirain SKB ganda",
        "istilah.skbg",
    ),
    (
        "SKT\nitu surat\napa ya",
        "istilah.skt",
    ),
    (
        "sebaiknya saya paham dulu, SKT itu surat apa? warga kami kebanyakan cuma pegang itu",
        "istilah.skt",
    ),
    (
        (
            "clean and clear itu maksudnya apa? harus terpenuhi semua: sertifikat, sesuai "
            "tata ruang, tidak sengketa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "cleab and clear lahan itu artinya apa ya",
        "istilah.cleanandclear",
    ),
    (
        "APBN, APBD, APBDes sudah tau semua. kalau CSR itu apa?",
        "istilah.csr",
    ),
    (
        "Would you be so kind as to explain what CSR means among the funding options?",
        "istilah.csr",
    ),
    (
        "sesuai undangan PDF ini ada kata Rakor, Rakor itu singkatan apa lengkapnya?",
        "istilah.rakor",
    ),
    (
        "Rakor itu rapat koordinasi kan? atau rapat kopi rutin wkwk",
        "istilah.rakor",
    ),
    (
        "LAPOR! itu sistem apa? katanya hak warga untuk mengadu lewat situ",
        "istilah.lapor",
    ),
    (
        "LAPOR!\nitu\napa ya bu",
        "istilah.lapor",
    ),
    (
        "jam rapat ditulis WIB, biar aman saya pastikan dulu, WIB itu singkatan waktu apa?",
        "istilah.wib",
    ),
    (
        "Might I ask what WIB stands for in the meeting times?",
        "istilah.wib",
    ),
    (
        (
            "backlog perumahan itu maksudnya apa? apakah semua keluarga yang belum punya "
            "rumah dihitung?"
        ),
        "istilah.backlog",
    ),
    (
        "baklog itu artinya apa ya di perumahan",
        "istilah.backlog",
    ),
    (
        "di SK ada 'bidang PKP'. Perkim saya tahu, PKP kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        "PKP itu apa ya, bukan Pengusaha Kena Pajak kan wkwk",
        "istilah.pkp",
    ),
    (
        (
            "(foto terlampir) ini rumah-rumah di bantaran sungai Kumai, yang disebut 'kumuh' "
            "itu pengertiannya apa sih?"
        ),
        "istilah.kumuh",
    ),
    (
        "kumuh itu pengertiannya apa menurut aturan? biar jelas dulu sebelum bahas hak kami",
        "istilah.kumuh",
    ),
    (
        "DAK\nitu\nsingkatan apa",
        "istilah.dak",
    ),
    (
        "I should be grateful to know what DAK stands for.",
        "istilah.dak",
    ),
    (
        "rusun itu apa? apakah semua rumah susun disebut rusun atau cuma yang disewakan?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "rusn itu kepanjanganny apa",
        "istilah.rusun",
    ),
]

TRAIN_R36_INTENTS: list[tuple[str, str]] = [
    (
        "usulan kami USL-2026-0004 sudah sampai mana ya? masih diverifikasi atau sudah dibahas?",
        "status",
    ),
    (
        "usulan\njaling Kotim\nyang kami kirim bulan lalu\nditerima atau ditolak pak?",
        "status",
    ),
    (
        "I should be grateful to know whether any of our proposals have been approved yet.",
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana ya pak? biar bisa atur perjalanan dari Puruk Cahu",
        "meeting",
    ),
    (
        "rapat koordnasi berikutnya jam brp ya bu",
        "meeting",
    ),
    (
        "Might I ask when and where the forthcoming Rakor is to be held?",
        "meeting",
    ),
    (
        (
            "batas akhir kirim usulan tahun ini tanggal berapa? jangan sampai telat kayak "
            "tahun lalu hehe"
        ),
        "deadline",
    ),
    (
        "usulan untuk TA 2027 ditutup kapan?",
        "deadline",
    ),
    (
        "minggu depan masih bisa kirim usulan nggak? paling lambat sampai kapan dibukanya",
        "deadline",
    ),
    (
        "selamat pagi pak 🙏",
        "greeting",
    ),
    (
        "terima kasih banyak infonya bu, sangat membantu",
        "greeting",
    ),
    (
        "halo, bisa bantu saya?",
        "greeting",
    ),
    (
        "cara input usulan lewat bot ini gimana ya? dari mana mulainya",
        "how_to_submit",
    ),
    (
        "mau kirim usulan PSU lewat sini, sudah ada foto dan RAB, langkah pertamanya apa?",
        "how_to_submit",
    ),
    (
        "Would you be so kind as to explain how I submit a proposal through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R36_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh di Kel. Ketapang luas delineasinya 9,8 ha, kewenangan siapa ya?",
        "kabkota",
    ),
    (
        "(peta delineasi terlampir) luasnya pas 100.000 m2, itu ditangani siapa?",
        "provinsi",
    ),
    (
        "kumh di Selat Hulu 13 hektr itu kewenangn provinsi bukan?",
        "provinsi",
    ),
    (
        "lokasi\nkumuh\n15 hektar\nsiapa yg tangani pak",
        "pusat",
    ),
    (
        (
            "desanya luas 40 ha tapi yang didelineasi kumuh di SK cuma 12 ha, jadi tanggung "
            "jawab siapa?"
        ),
        "provinsi",
    ),
    (
        "saran bapak gimana, kumuh kami 7 hektare, sebaiknya diusulkan ke siapa?",
        "kabkota",
    ),
    (
        "maaf nanya lagi wkwk, kawasan kumuh 14,99 ha itu masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        (
            "Would you be so kind as to confirm which level is responsible for a slum area of "
            "18 hectares?"
        ),
        "pusat",
    ),
    (
        (
            "apakah setiap kawasan kumuh seluas 95.000 m² pasti jadi urusan kabupaten saja? "
            "punya kami segitu"
        ),
        "kabkota",
    ),
    (
        (
            "lihat screenshot SK di atas, kawasan kumuhnya 150.000 meter persegi, siapa yang "
            "berwenang?"
        ),
        "pusat",
    ),
    (
        "sudah ada SK kumuh, peta, foto. luasnya 10 ha persis, masuk kewenangan siapa?",
        "provinsi",
    ),
    (
        "kumuh 3,5 ha di Mendawai Seberang wajib ditangani siapa?",
        "kabkota",
    ),
]

TRAIN_R36_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan Kalteng tahun 2027?",
    "nomor WA kabid kawasan permukiman provinsi berapa ya pak?",
    "harga semen per sak di Puruk Cahu sekarang berapa?",
    "tender drainase di Sampit tahun ini siapa pemenangnya?",
    "besok di Palangka Raya hujan nggak ya, mau survei lapangan",
    "syarat izin usaha pertambangan rakyat apa saja?",
    "cara mengajukan cuti tahunan PNS gimana ya",
    "ada berita terbaru soal pergantian Kadis?",
    "Would you be so kind as to tell me the current fuel price in Muara Teweh?",
    "hasil pertandingan sepak bola semalam gimana? wkwk",
    "berapa total anggaran RTLH provinsi untuk tahun depan?",
    "jumlah rumah tidak layak huni di Kapuas sekarang ada berapa unit?",
    "harga satuan per meter jalan lingkungan cor beton standar provinsi berapa?",
    "angka backlog perumahan Kalteng tahun ini berapa?",
    "kapan pencairan BSPS tahap 2 di Katingan?",
]
