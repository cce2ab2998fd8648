"""Training table R68 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 60's styles, written by another hand for the second half of the topic list after round 60
was measured untouched: a Minangkabau flavour, bot commands mistyped or named inside a
sentence, a pasted table row or form fields before the question, a to-do list with the question
as one item, double negatives, the answer guessed first, emoticons and laughter, very short
questions; Irish or South African English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R68_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "huntara tu apo? di laporan banjir Kec. Seruyan Hilir ado tulisan huntara, ambo "
            "indak paham"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Would you ever tell me what a huntara is? It's all over the flood report from "
            "Mantangai, so it is."
        ),
        "istilah.huntara",
    ),
    ("huntap kepanjangannya?", "istilah.huntap"),
    (
        (
            "1. foto rumah korban banjir Tumbang Lahung\n2. tanya bot: huntap itu singkatan dr "
            "apa\n3. lapor kabid"
        ),
        "istilah.huntap",
    ),
    ("KK di form usulan itu kartu keluarga atau kepala keluarga sih? hehe", "istilah.kk"),
    (
        (
            "Nama kegiatan: Jaling RT 03 Kel. Pager\nKK: 85\nJiwa: 310\n\nKK disini maksudnya "
            "apa ya, yg dihitung apanya?"
        ),
        "istilah.kk",
    ),
    (
        ("jiwa di isian penerima manfaat itu maksudnya jumlah orang ya? bukan KK kan?"),
        "istilah.jiwa",
    ),
    (
        ("What would 'jiwa' mean on the beneficiaries part at all? Heads of people, I suppose?"),
        "istilah.jiwa",
    ),
    ("ha tu satuan apo? hektare kan? 1 ha tu bara meter persegi", "istilah.ha"),
    ("ha singkatan apa", "istilah.ha"),
    ("DED apaan sih wkwk, disuruh lampirkan tp sy blm pernah bikin", "istilah.ded"),
    (
        (
            "What's a DED when it's at home? The province keeps asking us for one, grand if "
            "you'd explain."
        ),
        "istilah.ded",
    ),
    ("RAB = rencana anggaran biaya kan? bener ya?", "istilah.rab"),
    (
        (
            "No | Dokumen | Ada\n1 | RAB | ya\n2 | DED | belum\nRAB itu sebenernya dokumen apa "
            "sih, biar sy gak salah lampir"
        ),
        "istilah.rab",
    ),
    ("rks tu apo? indak paham ambo", "istilah.rks"),
    ("RKS itu rencana kerja dan syarat-syarat bukan? tidak mungkin bukan kan :)", "istilah.rks"),
    ("KAK artinya?", "istilah.kak"),
    (
        ("Would you ever explain what KAK stands for? Is it the same thing as a TOR, so?"),
        "istilah.kak",
    ),
    ("site plan tu gambar apo? samo jo DED atau indak?", "istilah.siteplan"),
    ("siteplan = rencana tapak ya? ^_^", "istilah.siteplan"),
    ("RC di usulan maksudnya apa? bukan reinforced concrete kan wkwk", "istilah.rc"),
    ("td buka /usull ada tulisan RC, singkatan RC itu apa ya?", "istilah.rc"),
    ("BAST apa", "istilah.bast"),
    (
        (
            "What's this BAST they want signed after the works are done? Grand if you could "
            "tell me what it stands for."
        ),
        "istilah.bast",
    ),
    ("hibah itu sebenarnya artinya apa sih dlm konteks aset? bukan bansos kan?", "istilah.hibah"),
    (
        ("1. rekap aset jaling 2025\n2. tanya: hibah tu apo artinyo\n3. kirim ke bagian aset"),
        "istilah.hibah",
    ),
    ("BMD singkatan dari apa ya? barang milik daerah kah?", "istilah.bmd"),
    ("bmd artinya apa pak bot :)", "istilah.bmd"),
    ("BMN itu apa? trus bedanya sama BMD apa?", ("istilah.bmn", "istilah.bmd")),
    ("bmn tu barang milik sia? negara kan?", "istilah.bmn"),
    ("O&P tu apo? operasi dan pemeliharaan kan?", "istilah.op"),
    ("OP di surat pernyataan maksudnya apa ya, bukan operasi pasar kan hehe", "istilah.op"),
    ("spm kepanjangannya", "istilah.spm"),
    (
        ("What does SPM stand for? I'd say it's some class of standard, would I be right?"),
        "istilah.spm",
    ),
    ("pokja pkp tu apo sabananyo? kabid suruh ambo ikut rapatnyo", "istilah.pokjapkp"),
    ("Pokja PKP kepanjangannya apa? kelompok kerja ya? pasti itu kan", "istilah.pokjapkp"),
    ("PPAS di Pokja PPAS itu apa ya? jangan2 sama dgn KUA-PPAS :(", "istilah.pokjappas"),
    ("pokja ppas tu apo? urang Bapperida manyabuik itu kapatang", "istilah.pokjappas"),
    ("AMPL singkatan apa?", "istilah.pokjaampl"),
    (
        ("1. baca undangan pokja\n2. cari tau Pokja AMPL itu apa\n3. konfirmasi hadir"),
        "istilah.pokjaampl",
    ),
    ("RP3KP apaan? panjang bener singkatannya wkwk", "istilah.rp3kp"),
    ("rp3kp tu dokumen apo? rencana bara tahun?", "istilah.rp3kp"),
    ("RP2KPKP beda sama RP3KP? sy sering ketuker", ("istilah.rp2kpkp", "istilah.rp3kp")),
    (
        ("What's the RP2KPKP, would you ever tell me? Some sort of slum plan, so it is?"),
        "istilah.rp2kpkp",
    ),
    ("kotaku tu program apo?", "istilah.kotaku"),
    ("KOTAKU itu kota tanpa kumuh kan? pasti itu ya, bener?", "istilah.kotaku"),
    ("DAK Tematik PPKT tu apo? PPKT nyo singkatan apo", "istilah.daktematikppkt"),
    ("PPKT apa", "istilah.daktematikppkt"),
    ("apbn singkatan?", "istilah.apbn"),
    ("APBD apa sih kepanjangannya, malu nanya ke kabid hehe", "istilah.apbd"),
    ("apbd tu anggaran sia? provinsi atau kabupaten?", "istilah.apbd"),
    ("APBDes itu dana desa bukan?", "istilah.apbdes"),
    (
        ("Sumber dana: APBDes\nKades Tumbang Habaon nanya, APBDes itu maksudnya apa ya?"),
        "istilah.apbdes",
    ),
    ("bankeu tu apo? ado di pilihan sumber dana", "istilah.bankeu"),
    (
        ("What's Bankeu when it's at home? It's on the list of funding sources, grand."),
        "istilah.bankeu",
    ),
    ("pokir maksudnya apa? pokok pikiran dewan kan?", "istilah.pokir"),
    (
        (
            "Would you ever tell me what a pokir is? The DPRD fella from Kuala Kurun keeps on "
            "about it."
        ),
        "istilah.pokir",
    ),
    ("musrenbang kepanjangan", "istilah.musrenbang"),
    (
        (
            "1. siapkan bahan paparan\n2. musrenbang itu singkatan apa sih, mau jelasin ke "
            "staf baru\n3. print undangan"
        ),
        "istilah.musrenbang",
    ),
    ("RKPD artinya?", "istilah.rkpd"),
    ("What's an RKPD, so? Is it a yearly plan or a five-year one?", "istilah.rkpd"),
    ("renja tu apo? rencana kerja kan?", "istilah.renja"),
    ("Howzit, what's a Renja? Is it the agency's yearly workplan, is it?", "istilah.renja"),
    ("renstra apa", "istilah.renstra"),
    (
        ("Renstra bukannya tidak sama dgn RPJMD ya? renstra sendiri itu apa sebenarnya"),
        "istilah.renstra",
    ),
    ("rpjmd tu rencana bara tahun? singkatannyo apo", "istilah.rpjmd"),
    ("Sorry, what's RPJMD again? Shame, I forgot just now.", "istilah.rpjmd"),
    ("KUA-PPAS tu apo? panjang bana singkatannyo", "istilah.kuappas"),
    ("kua ppas artinya?", "istilah.kuappas"),
    ("RKA itu apa ya :)", "istilah.rka"),
    ("RKA sama DPA bedanya apa? kok dua2nya dokumen anggaran", ("istilah.rka", "istilah.dpa")),
    ("DPA singkatan apa? dokumen pelaksanaan anggaran bukan?", "istilah.dpa"),
    ("bagian keuangan minta DPA kami, DPA tu apo sabananyo?", "istilah.dpa"),
    ("sipd apaan", "istilah.sipd"),
    ("SIPD tu sistem apo? dari kemendagri kan?", "istilah.sipd"),
    ("bapperida tu apo? bukannyo bappeda?", "istilah.bapperida"),
    ("Howzit, what's Bapperida? Is it the same as Bappeda, is it?", "istilah.bapperida"),
    ("OPD artinya apa", "istilah.opd"),
    ("OPD sama SKPD sama aja kan? pasti sama ya, bener?", ("istilah.opd", "istilah.skpd")),
    ("skpd kepanjangannya", "istilah.skpd"),
    ("SPAM di usulan bukan email spam kan wkwk, artinya apa", "istilah.spam"),
    ("spam tu apo? air minum?", "istilah.spam"),
    ("SPALD apa", "istilah.spald"),
    ("spald tu singkatan apo? ado hubungannyo jo limbah?", "istilah.spald"),
    ("IPAL itu instalasi pengolahan air limbah kan? bener?", "istilah.ipal"),
    ("1. cek lokasi Desa Haringen\n2. IPAL singkatan apa\n3. foto kondisi", "istilah.ipal"),
    ("TPS3R 3R nya apa? reduce reuse recycle ya hehe", "istilah.tps3r"),
    ("What's a TPS3R? The kades in Sungai Paring wants one just now, shame.", "istilah.tps3r"),
    ("Komponen: MCK komunal 2 unit\nMCK nya kepanjangan apa ya, buat laporan", "istilah.mck"),
    ("RTRW tu bukan RT/RW kan? artinyo apo", "istilah.rtrw"),
    ("What's RTRW? Not the RT and RW neighbourhood heads, is it?", "istilah.rtrw"),
    ("RDTR apa?", "istilah.rdtr"),
    ("RDTR beda sama RTRW? dua2nya rencana tata ruang kan", ("istilah.rdtr", "istilah.rtrw")),
    ("PBG itu pengganti IMB kan? bener ya?", "istilah.pbg"),
    ("pbg tu apo? persetujuan bangunan gedung?", "istilah.pbg"),
    ("SLF apa", "istilah.slf"),
    ("slf tu sertifikat apo? laik fungsi?", "istilah.slf"),
    ("SKBG singkatan apa ya? :)", "istilah.skbg"),
    (
        ("What's SKBG, is it some kind of building certificate? Shame, these acronyms."),
        "istilah.skbg",
    ),
    ("SKT tu apo? surat keterangan tanah?", "istilah.skt"),
    ("Status lahan: warga (SKT)\nSKT itu maksudnya surat apa? yg keluarin siapa?", "istilah.skt"),
    ("clean and clear maksudnya apa", "istilah.cleanandclear"),
    (
        "What do they mean by 'clean and clear' land? Shame, I'm lost just now.",
        "istilah.cleanandclear",
    ),
    ("CSR apa", "istilah.csr"),
    ("csr tu dana apo? dari perusahaan sawit kan?", "istilah.csr"),
    ("rakor kepanjangannya apa", "istilah.rakor"),
    (
        ("Rakor tu singkatan apo? ambo baru pindah dari Padang, indak tau istilah siko"),
        "istilah.rakor",
    ),
    ("LAPOR! itu apa? aplikasi pengaduan ya?", "istilah.lapor"),
    ("What's this LAPOR! thing, is it? Some complaints system?", "istilah.lapor"),
    ("WIB tu waktu apo? kalteng WIB atau WITA?", "istilah.wib"),
    ("backlog perumahan itu apa sih", "istilah.backlog"),
    ("What's the housing backlog, is it? The Kadis mentioned it just now.", "istilah.backlog"),
    ("PKP singkatan apa? bukan pengusaha kena pajak kan wkwk", "istilah.pkp"),
    ("pkp tu apo?", "istilah.pkp"),
    (
        ("kumuh itu definisinya apa ya, yg disebut permukiman kumuh tu yg kayak gimana"),
        "istilah.kumuh",
    ),
    ("kumuh artinyo?", "istilah.kumuh"),
    ("DAK apa kepanjangannya", "istilah.dak"),
    ("DAK tu dana apo? dari pusat kan? ^_^", "istilah.dak"),
    ("rusun artinya", "istilah.rusun"),
    ("What's a rusun? Flats, is it?", "istilah.rusun"),
]

TRAIN_R68_INTENTS: list[tuple[str, str]] = [
    ("/stats usulan kami gmn? yg jaling Kel. Pager itu udh sampai mana", "status"),
    ("usulan Kab. Katingan yg kami kirim bulan lalu alah diproses atau alun?", "status"),
    ("Would you ever check where our proposals are at? USL-2026-0004 especially.", "status"),
    ("rakor kpn", "meeting"),
    ("Rapat berikutnya dima tempatnyo? di aula Disperkimtan lagi kah? ^_^", "meeting"),
    (
        ("1. siapkan paparan\n2. tanya jadwal rakor tahun ini tgl brp\n3. booking travel ke PKY"),
        "meeting",
    ),
    ("batas akhir kirim usulan tahun ini sampai tgl berapa?", "deadline"),
    ("usul/ paling lambat kapan ya? takut telat :(", "deadline"),
    ("Howzit, until when can we still send proposals? Is it closing soon?", "deadline"),
    ("assalamualaikum pak bot, salam kenal dari Bidang Perkim Lamandau hehe", "greeting"),
    ("makasih banyak ya, sangat membantu :)", "greeting"),
    ("bot ko bisa apo se? /help", "greeting"),
    ("pakai /usul atau /status ya buat kirim usulan baru?", "how_to_submit"),
    ("baa caronyo mangirim usulan lewat bot ko?", "how_to_submit"),
    (
        (
            "Nama kegiatan: Drainase Kel. Baamang Tengah\nPanjang: 400 m\nini gmn cara "
            "masukinnya ke bot, mulai dr mana?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R68_AREAS: list[tuple[str, str]] = [
    (
        (
            "kawasan kumuh di Kel. Mentawa Baru Hilir luasnya 9,5 ha, itu urusan sia? provinsi "
            "indak?"
        ),
        "kabkota",
    ),
    ("kumuh pas 10 ha di Selat Hulu, Kapuas. jawabannya kabupaten kan?", "provinsi"),
    (
        ("No | Lokasi | Luas\n1 | Kel. Pahandut | 14,99 ha\nlokasi kumuh ini kewenangan siapa?"),
        "provinsi",
    ),
    ("kumuh tepat 15 hektare di Kel. Baamang Barat, masih provinsi kan? hehe", "pusat"),
    ("delineasi kumuh di Kel. Buntok Kota 120.000 m2, siapa yg tangani?", "provinsi"),
    (
        ("kawasan kumuh 95.000 m² di Desa Lebo, Pematang Karau, Bartim: kab, prov atau pusat?"),
        "kabkota",
    ),
    (
        (
            "luas kumuh lebih dari 15 ha, kira2 18 ha di Kel. Mendawai Seberang. /usull ke "
            "provinsi bisa?"
        ),
        "pusat",
    ),
    (
        (
            "Would you ever tell me who looks after a slum area of less than 10 hectares? "
            "About 7 ha in Kasongan Lama."
        ),
        "kabkota",
    ),
    ("150.000 meter persegi kumuh di Kel. Langkai, pusat ya, bener?", "pusat"),
    (
        (
            "1. cek SK kumuh\n2. kumuh 100.000 m2 di Kel. Lanjas, Muara Teweh, kewenangan "
            "siapa\n3. kirim email"
        ),
        "provinsi",
    ),
    ("kumuh 3,2 hektar di Ds. Sungai Bakau Kumai urusan siapa :(", "kabkota"),
    (("Howzit, a slum area of 22 hectares in Tangkiling, whose responsibility is it?"), "pusat"),
]

TRAIN_R68_OUT_OF_SCOPE: list[str] = [
    "cuaca di Palangka Raya bisuak hujan indak?",
    "harga semen per sak di Sampit brp skrg?",
    "SPPD ke Jakarta uang hariannya berapa ya? :)",
    "cara urus BPJS kesehatan utk honorer gmn",
    "jumlah penduduk Kab. Seruyan tahun 2025 berapa jiwa?",
    "berapa harga per meter paving block utk jaling sekarang?",
    "kapan TPP bulan ini cair wkwk",
    "bisuak ambo cuti, baa caronyo isi form cuti di BKD?",
    "berapa pagu DAK Tematik PPKT Kab. Kapuas tahun 2027?",
    "suku bunga KPR FLPP tahun ini berapa persen?",
    "Would you ever recommend a decent hotel near the airport in Palangka Raya?",
    "Howzit, what's the exchange rate from rand to rupiah just now?",
    "berapa nilai kontrak proyek jalan lingkungan di Kuala Kurun tahun lalu?",
    "1. isi absen\n2. tanya: password SIPD sy lupa, reset dmn?\n3. rapat jam 9",
    "lomba 17an kantor tahun ini ada lomba apa aja hehe",
]
