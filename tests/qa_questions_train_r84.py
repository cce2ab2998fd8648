"""Training table R84 for the Sinkron matcher (written 2026-12-08; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 67's styles, for the second half of the topic list: voice typing with punctuation spoken
as words, fat-finger typos on neighbouring keys, text pasted from a PDF or regulation before
the question, Chinese-Indonesian chat, testing or doubting the bot, young interns' slang,
dates and times in many formats; South African English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only. Written and read in round 39.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R84_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "huntara itu singkatan dari apa ya? sering muncul di laporan banjir Kapuas",
        "istilah.huntara",
    ),
    ("huntara artinya apa tanda tanya", "istilah.huntara"),
    ("Koh, huntap itu maksudnya apa sih? hunian apa gitu ya lho", "istilah.huntap"),
    (
        (
            "Sorry hey, what does huntap stand for? Saw it in a post-flood report "
            "from Katingan just now."
        ),
        "istilah.huntap",
    ),
    ("KK di kolom penerima manfaat itu maksudnya kepala keluarga kah?", "istilah.kk"),
    ("kk tu apaan sih btw, kartu keluarga apa gimana cmiiw", "istilah.kk"),
    ("yang dimaksud 'jiwa' di isian usulan itu apa, hitungan orangnya?", "istilah.jiwa"),
    ("What is meant by jiwa in the beneficiary count, is it people?", "istilah.jiwa"),
    ("ha itu singkatan apa? hektare ya?", "istilah.ha"),
    ("singkatan ha itu apa koma hektar atau bukan titik", "istilah.ha"),
    ("DED itu kepanjangannya apa ya?", "istilah.ded"),
    (
        (
            '"...usulan dilengkapi doku- men DED dan RAB yang telah disahkan¹" Hal.'
            " 4 dari 12. Mohon info DED di sini maksudnya apa?"
        ),
        "istilah.ded",
    ),
    ("rab itu apa sih, rencana anggaran apa gitu?", "istilah.rab"),
    ("RAB artinya apaa, rencana angfaran biaya kah", "istilah.rab"),
    ("RKS tuh singkatan apa? dokumen syarat teknis ya", "istilah.rks"),
    ("Howzit, what is an RKS? Our consultant in Buntok keeps asking for one.", "istilah.rks"),
    ("KAK itu apa, sama dengan TOR kah?", "istilah.kak"),
    ("literally apa sih KAK itu? bukan kakak kan wkwk, serius nanya", "istilah.kak"),
    ("site plan itu maksudnya apa, rencana tapak ya?", "istilah.siteplan"),
    ("site plan itu apa titik bahasa indonesianya apa tanda tanya", "istilah.siteplan"),
    ("RC di dokumen DAK itu kepanjangannya apa?", "istilah.rc"),
    ("cik, RC itu apa sih? readiness apa gitu ya lho", "istilah.rc"),
    ("BAST itu singkatan dari apa", "istilah.bast"),
    (
        (
            'Pasal 9 ayat (2) "penyerahan aset dibuktikan dengan BAST³ yang '
            'ditanda- tangani kedua pihak". bast itu apa ya?'
        ),
        "istilah.bast",
    ),
    ("hibah itu artinya apa kalau soal aset pemerintah?", "istilah.hibah"),
    ("What does hibah mean exactly? Is it like a donation, ja?", "istilah.hibah"),
    ("BMD itu apa? barang milik daerah?", "istilah.bmd"),
    ("bmd itu kepanjangannya apa yaa, barang mulik daerah?", "istilah.bmd"),
    ("BMN singkatan apa?", "istilah.bmn"),
    ("bmn itu artinya apa tanda tanya barang punya negara kah", "istilah.bmn"),
    ("O&P itu maksudnya apa? sering ditulis di surat pernyataan", "istilah.op"),
    ("Quick one, what does O&P stand for in these grant letters?", "istilah.op"),
    ("SPM tu singkatan apa ya? standar pelayanan ...", "istilah.spm"),
    ("bot bisa jelasin ga SPM itu apa? jangan ngarang ya", "istilah.spm"),
    ("pokja pkp itu kepanjangannya apa", "istilah.pokjapkp"),
    ("btw Pokja PKP itu which is kelompok kerja apa sih", "istilah.pokjapkp"),
    ("Pokja PPAS itu singkatan dari apa ya? PPAS = ...?", "istilah.pokjappas"),
    ("Pokja PPAS itu kepanjangannya apa sih, haiya lupa lagi", "istilah.pokjappas"),
    ("AMPL di Pokja AMPL itu artinya apa?", "istilah.pokjaampl"),
    ("pokja AMPL itu apa ysa kepanjangannya", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa, singkatan dari apa?", "istilah.rp3kp"),
    (
        (
            'BAB II DASAR HUKUM -- 3 -- "...berpedoman pada RP3KP² kabupa- ten". '
            "Yang dimaksud RP3KP itu apa ya?"
        ),
        "istilah.rp3kp",
    ),
    ("rp2kpkp artinya apa ya, panjang banget singkatannya", "istilah.rp2kpkp"),
    ("What does RP2KPKP stand for? Eish, it's a mouthful.", "istilah.rp2kpkp"),
    ("KOTAKU itu apa? program kota tanpa kumuh kah?", "istilah.kotaku"),
    ("kotaku itu maksudnya apa koma program apa titik", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa ya, PPKT-nya singkatan apa?", "istilah.daktematikppkt"),
    ("ppkt tuh literally apa sih, dak tematik ppkt anjay panjang", "istilah.daktematikppkt"),
    ("APBN itu kepanjangannya apa", "istilah.apbn"),
    ("Sorry, what's APBN again? The national budget, is it?", "istilah.apbn"),
    ("APBD apa sih artinya", "istilah.apbd"),
    ("apbd itu singkatan apa tanda tanya", "istilah.apbd"),
    ("APBDes itu apa? anggaran desa ya?", "istilah.apbdes"),
    ("apbdea itu maksudnya apa, anggaran desa kah", "istilah.apbdes"),
    ("bankeu itu apa sih", "istilah.bankeu"),
    ("cik, Bankeu itu bantuan keuangan ya lho? maksudnya gimana sih", "istilah.bankeu"),
    ("pokir itu maksudnya apa? pokok pikiran siapa?", "istilah.pokir"),
    ("What is a pokir, hey? Someone from the DPRD mentioned it.", "istilah.pokir"),
    ("musrenbang singkatan dari apa", "istilah.musrenbang"),
    ("musrenbang itu artinya apa koma musyawarah apa tanda tanya", "istilah.musrenbang"),
    ("RKPD itu apa ya", "istilah.rkpd"),
    (
        (
            '"...selanjutnya dimuat dalam RKPD⁴ Provinsi Tahun 2028" -- Hal 7 -- '
            "RKPD itu singkatan apa min?"
        ),
        "istilah.rkpd",
    ),
    ("renja itu rencana kerja apa?", "istilah.renja"),
    ("btw renja tuh apaan cmiiw", "istilah.renja"),
    ("renstra kepanjangannya?", "istilah.renstra"),
    ("renstea itu apa ya, rencana strategis?", "istilah.renstra"),
    ("RPJMD itu kepanjangannya apa, rencana jangka menengah ya?", "istilah.rpjmd"),
    ("What does RPJMD mean? Is it the five-year plan?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa ya?", "istilah.kuappas"),
    ("kua ppas itu singkatan dari apa tanda tanya", "istilah.kuappas"),
    ("RKA itu singkatan apa", "istilah.rka"),
    ("RKA itu apa sih koh, rencana kerja anggaran ya?", "istilah.rka"),
    ("DPA itu dokumen apa? kepanjangannya apa", "istilah.dpa"),
    ("Ja, quick question: what does DPA stand for?", "istilah.dpa"),
    ("SIPD itu apa?", "istilah.sipd"),
    ("bot, kamu tau ga SIPD itu singkatan apa? jgn ngasal", "istilah.sipd"),
    ("Bapperida itu singkatan dari apa ya", "istilah.bapperida"),
    ("What is Bapperida? Is that the planning agency?", "istilah.bapperida"),
    ("OPD itu maksudnya apa", "istilah.opd"),
    ("skpd tu apa ya", "istilah.skpd"),
    ("OPD sama SKPD itu artinya apa? sama aja kah?", ("istilah.opd", "istilah.skpd")),
    ("SPAM di sini bukan email spam kan wkwk, artinya apa?", "istilah.spam"),
    ("spam itu sistem penyediaan air minum ya? kepanjangannya apa", "istilah.spam"),
    ("SPALD kepanjangannya apa", "istilah.spald"),
    ("SPALD itu apa yaa, sistem pengolaham air limbah?", "istilah.spald"),
    ("IPAL itu apa", "istilah.ipal"),
    ("What's an IPAL? Something for wastewater, is it?", "istilah.ipal"),
    ("TPS3R itu apa, 3R nya apa?", "istilah.tps3r"),
    ("tps tiga r itu artinya apa tanda tanya", "istilah.tps3r"),
    ("MCK artinya apa", "istilah.mck"),
    ("MCK itu singkatan apa sih cik? masa sih mandi cuci kakus", "istilah.mck"),
    ("RTRW itu apa? bukan RT RW kan", "istilah.rtrw"),
    (
        (
            '"lokasi harus sesuai RTRW⁵ dan tidak dalam seng- keta" (Lampiran I '
            "hlm. 3). RTRW itu singkatan dari apa?"
        ),
        "istilah.rtrw",
    ),
    ("RDTR singkatan apa", "istilah.rdtr"),
    ("gaskeun nanya, RDTR tuh apa sih which is beda ga sama tata ruang biasa", "istilah.rdtr"),
    ("PBG itu kepanjangannya apa", "istilah.pbg"),
    ("What does PBG mean, hey? Building approval of some sort?", "istilah.pbg"),
    ("What's an SLF? Our buildings section mentioned it just now.", "istilah.slf"),
    ("slf itu sertifikat laik fungai kah? artinya apa", "istilah.slf"),
    ("SKBG itu singkatan apa", "istilah.skbg"),
    ("skbg itu apa tanda tanya sertifikat apa", "istilah.skbg"),
    ("SKT itu surat apa", "istilah.skt"),
    ("koh, SKT tanah itu maksudnya apa ya lho? surat keterangan?", "istilah.skt"),
    ("lahan clean and clear itu maksudnya gimana", "istilah.cleanandclear"),
    ("clean n clear tuh literally artinya apa sih, anjay istilahnya", "istilah.cleanandclear"),
    ("CSR itu apa", "istilah.csr"),
    ("What is CSR in this context? Company money, is it?", "istilah.csr"),
    ("rakor itu singkatan apa ya", "istilah.rakor"),
    ("rajor itu apa kepanjangannya, rapat koordinasi?", "istilah.rakor"),
    ("LAPOR! itu apa sih? sistem pengaduan ya", "istilah.lapor"),
    ("bot ini bisa jawab ga, LAPOR! itu apa? jangan ngarang", "istilah.lapor"),
    ("WIB itu kepanjangannya apa", "istilah.wib"),
    ("What does WIB stand for? Western Indonesia Time?", "istilah.wib"),
    ("What does backlog mean when we talk about housing, hey?", "istilah.backlog"),
    (
        (
            '"angka backlog¹ kepemilikan rumah masih tinggi" -- Renstra hal. 22 -- '
            "backlog itu maksudnya apa?"
        ),
        "istilah.backlog",
    ),
    ("PKP itu singkatan apa", "istilah.pkp"),
    ("pkp itu artinya apa koma perumahan dan apa titik", "istilah.pkp"),
    ("kumuh itu definisinya apa sih", "istilah.kumuh"),
    ("cik, yang disebut kumuh itu artinya apa ya lho? gimana sih", "istilah.kumuh"),
    ("DAK itu dana apa?", "istilah.dak"),
    ("dak itu kepanjangannya apa, dana alokasi khudus?", "istilah.dak"),
    ("rusun itu apa", "istilah.rusun"),
    ("What is a rusun? Flats, like a block of flats?", "istilah.rusun"),
]

TRAIN_R84_INTENTS: list[tuple[str, str]] = [
    ("usulan saya USL-2026-0014 sampai mana ya statusnya", "status"),
    (("cek usulan kami dari Kab. Seruyan yg dikirim 12/11 kemarin udh diverifikasi blm"), "status"),
    (("Howzit, has our Sukamara proposal moved yet or is it still sitting at diajukan?"), "status"),
    ("rakor tahun ini kapan dan di mana ya? minggu dpn kah?", "meeting"),
    ("rapat koordinasi berikutnya tanggal berapa koma tempatnya di mana tanda tanya", "meeting"),
    ("cik, rakor berikutnya jadi 12 Jan '27 atau mundur ya lho? di aula mana", "meeting"),
    ("batas akhir kirim usulan TA 2027 tgl brp?", "deadline"),
    ("usulan masih bisa dikirim sampai kapan? Q1 masih keburu kah", "deadline"),
    ("deadline usulan kapan sih, gaskeun kirim besok lusa masih aman ga", "deadline"),
    ("selamat pagi min", "greeting"),
    ("makasih banyak ya bot, sangat membantu", "greeting"),
    ("Morning! What can this bot help me with?", "greeting"),
    ("gimana cara kirim usulan lewat bot ini?", "how_to_submit"),
    (
        ("mau ajukan usulan jalan lingkungan di Desa Sungai Undang, langkahnya di bot ini gmn"),
        "how_to_submit",
    ),
    ("How do I lodge a proposal through this bot, hey?", "how_to_submit"),
]

TRAIN_R84_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh 8,5 ha di Kel. Ketapang Sampit kewenangan siapa?", "kabkota"),
    ("luas delineasi 95.000 m2 di Selat Hulu, Kapuas, itu urusan prov atau kab?", "kabkota"),
    (
        (
            "kumuh di pahandut seberang luasnya 9 koma 9 hektar titik itu ditangani"
            " siapa tanda tanya"
        ),
        "kabkota",
    ),
    (
        (
            "Eish, a slum area of 4 hectares in Kuala Pembuang II, is that the "
            "regency's job or the province's?"
        ),
        "kabkota",
    ),
    ("pas 10 ha kumuhnya, di Mendawai Seberang Pangkalan Bun, masuk prov kan?", "provinsi"),
    ("Slum of 12,3 hectares in Baamang Tengah, Sampit: who handles it?", "provinsi"),
    ("120.000 m² kawasan kumuh di Lanjas, Muara Teweh: kab, prov, atau pusat?", "provinsi"),
    ("14,99 ha kumuh di Kel. Langkai masih provinsi ga? jgn ngarang ya", "provinsi"),
    ("kawasan kumuh tepat 15 hektar di Kasongan Baru, kewenangan prov atau pusat?", "pusat"),
    ("luas kumuh 150.000 meter persegi di Buntok Kota itu ditangani level mana", "pusat"),
    ("koh, kumuh Selat Tengah 41,23 ha itu yg pegang siapa sih? masa provinsi", "pusat"),
    (
        (
            "Which level handles a 22 hectares slum at Kalampangan, Palangka Raya? "
            "Province or national?"
        ),
        "pusat",
    ),
]

TRAIN_R84_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit minggu ini berapa ya?",
    "Is it going to rain in Muara Teweh tomorrow? We have a site visit now now.",
    "TPP bulan Desember kapan cair ya min",
    "cara ajukan KPR subsidi FLPP di bank gimana, buat rumah pribadi",
    "gaji PPPK paruh waktu di Pemprov Kalteng berapa sih?",
    "nomor kantor BPN Kotawaringin Barat buat urus sertifikat tanah pribadi ada?",
    "cuti bersama akhir tahun 2026 tanggal berapa aja",
    "harga tiket pesawat Palangka Raya ke Jakarta tgl 20/12 berapa",
    "Eish, where can I hire a bakkie in Pangkalan Bun for a site visit on Friday?",
    "cara lapor SPT tahunan pribadi lewat online gimana",
    "bansos PKH di Desa Hampalit kapan cair?",
    "tarif listrik PLN per kWh buat rumah 900 VA sekarang brp",
    "rekomendasi kontraktor jalan lingkungan yg murah di Kuala Kurun dong, gaskeun",
    ("How much does it cost to build a 36 square metre house in Palangka Raya these days?"),
    "cik, tanah kavling di Jekan Raya sekarang harganya brp per meter ya lho",
]
