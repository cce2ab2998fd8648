"""Training table R44 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Styles no round had asked for as a set, written for the second half of the topic list during
round 31 of tuning: a voice note typed out with its fillers, a formal letter's register, someone
else's question passed on, autocorrect damage and swapped letters, very short queries, chains of
conditions, numbers and money inside the question, Indonesian-English code-switching; casual
American English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R44_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "uh hey so, um, what's, like, what's huntara? I keep seeing huntara in the "
            "disaster housing stuff, what does that even stand for"
        ),
        "istilah.huntara",
    ),
    (
        "huntara artinya",
        "istilah.huntara",
    ),
    (
        (
            "Sehubungan dengan adanya istilah huntap dalam dokumen penanganan pascabencana di "
            "Kabupaten Barito Utara, bersama ini kami mohon penjelasan mengenai kepanjangan "
            "dan pengertian huntap tersebut."
        ),
        "istilah.huntap",
    ),
    (
        "kalau huntara itu yang sementara, terus huntap itu hunian apa ya, yang tetap gitu?",
        "istilah.huntap",
    ),
    (
        (
            "my kepala bidang asked me what KK means on the proposal form, is it kartu "
            "keluarga or something else?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Di isian usulan saya tulis 85 KK dan 310 jiwa untuk Desa Sungai Kaki, KK di situ "
            "maksudnya apa sih, kartu keluarga atau kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        "di fomr usulan ada kolom jiwa, itu mksudnya jiwa apa ya?",
        "istilah.jiwa",
    ),
    (
        "kolom 'jiwa' di form itu meaning-nya apa sih, jumlah orang gitu ya?",
        "istilah.jiwa",
    ),
    (
        "singkatan ha",
        "istilah.ha",
    ),
    (
        (
            "eee pak, anu, satuan ha yang di kolom luas itu, ha itu, apa namanya, "
            "kepanjangannya hektare ya? soalnya staf baru nanya gitu loh"
        ),
        "istilah.ha",
    ),
    (
        (
            "kalau konsultan bilang harus ada DED dulu baru bisa bikin RAB, terus DED itu "
            "sendiri singkatan dari apa ya?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Menindaklanjuti arahan tim verifikasi, perlu kami tanyakan pengertian DED "
            "sebagaimana disebut dalam daftar dokumen kesiapan usulan."
        ),
        "istilah.ded",
    ),
    (
        (
            "usulan jaling kami nilainya Rp 850 juta, katanya harus dilampiri RAB. RAB itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.rab",
    ),
    (
        (
            "ada kades dari Tamban Jaya nanya ke saya, RAB itu apa sih pak, dia taunya cuma "
            "anggaran aja"
        ),
        "istilah.rab",
    ),
    (
        "RKS itu stands for apa ya? aku familiar-nya cuma RAB",
        "istilah.rks",
    ),
    (
        "RSK eh RKS itu singkatan dri apa?",
        "istilah.rks",
    ),
    (
        (
            "anu pak, eee, itu loh KAK, KAK yang kadang disebut TOR juga, itu apa namanya, "
            "kepanjangannya apa ya"
        ),
        "istilah.kak",
    ),
    (
        "kepanjangan KAK",
        "istilah.kak",
    ),
    (
        (
            "Bersama ini kami mohon penjelasan mengenai pengertian site plan (rencana tapak) "
            "yang tercantum pada kelengkapan dokumen teknis."
        ),
        "istilah.siteplan",
    ),
    (
        (
            "quick q: if someone says 'site plan' and they don't mean the DED, what does that "
            "term actually refer to?"
        ),
        "istilah.siteplan",
    ),
    (
        "Pak sekdis nanya ke saya RC itu singkatan apa, katanya sering muncul di rapat DAK",
        "istilah.rc",
    ),
    (
        "Di checklist ada 4 butir RC yang harus dipenuhi, RC itu artinya apa ya?",
        "istilah.rc",
    ),
    (
        "what does BAST stnad for? saw it in the grant paperwork",
        "istilah.bast",
    ),
    (
        "BAST itu apa sih full form-nya? handover something gitu ya?",
        "istilah.bast",
    ),
    (
        "pengertian hibah aset",
        "istilah.hibah",
    ),
    (
        (
            "eee jadi gini pak, anu, kata hibah, hibah itu, apa namanya, artinya apa ya kalau "
            "soal aset"
        ),
        "istilah.hibah",
    ),
    (
        (
            "kalau aset yang dibangun provinsi dicatat sebagai BMD, terus BMD itu sendiri "
            "kepanjangannya apa?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Menindaklanjuti surat terkait penatausahaan aset, perlu kami tanyakan apa yang "
            "dimaksud dengan BMD."
        ),
        "istilah.bmd",
    ),
    (
        "the Balai's Rp 2 billion drainage asset is listed as BMN, what does BMN mean?",
        "istilah.bmn",
    ),
    (
        "ada kawan dari bagian aset Setda tanya, BMN itu kepanjangannya apa",
        "istilah.bmn",
    ),
    (
        "O&P itu stand for apa ya? sering banget muncul di surat pernyataan",
        "istilah.op",
    ),
    (
        "O&P tuh artinay apa? Operasi dan pmeliharaan?",
        "istilah.op",
    ),
    (
        (
            "eee pak mau nanya, anu, SPM, SPM itu kepanjangannya apa ya, soalnya di bidang "
            "perumahan juga disebut-sebut gitu"
        ),
        "istilah.spm",
    ),
    (
        "SPM singkatan dari",
        "istilah.spm",
    ),
    (
        (
            "Sehubungan dengan rencana pembentukan kelompok kerja di daerah kami, bersama ini "
            "kami mohon penjelasan apa yang dimaksud dengan Pokja PKP."
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "kalau ada Pokja PKP, terus ada lagi Forum PKP, yang namanya Pokja PKP itu "
            "sebenarnya apa ya?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "pak asisten nanya, Pokja PPAS itu singkatan apa? ada di undangan rapat air minum",
        "istilah.pokjappas",
    ),
    (
        (
            "Saya ditunjuk jadi anggota di 3 pokja sekaligus, salah satunya Pokja PPAS. PPAS "
            "itu kepanjangannya apa ya?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja AMLP eh AMPL itu singkatan apa ya",
        "istilah.pokjaampl",
    ),
    (
        "Pokja AMPL itu meaning-nya apa? acronym-nya stands for what",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP meaning",
        "istilah.rp3kp",
    ),
    (
        "anu pak, eee, RP3KP, RP3KP itu, apa namanya, dokumen apa sih, panjangannya apa",
        "istilah.rp3kp",
    ),
    (
        "kalau RP3KP itu rencana 20 tahunan, terus yang RP2KPKP itu kepanjangannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Menindaklanjuti persyaratan DAK yang mencantumkan RP2KPKP, perlu kami tanyakan "
            "kepanjangan dan maksud dokumen RP2KPKP tersebut."
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Tahun 2019 Kelurahan Pager dapat bantuan KOTAKU sekitar Rp 500 juta, KOTAKU itu "
            "singkatan apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "warga di grup WA nanya KOTAKU itu apa, katanya dulu pernah ada program itu di "
            "kampungnya"
        ),
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT itu stands for apa? PPKT-nya yang bikin bingung",
        "istilah.daktematikppkt",
    ),
    (
        "PPTK eh maksud saya PPKT di DAK Tematik itu singktan apa",
        "istilah.daktematikppkt",
    ),
    (
        (
            "eee itu pak, anu, APBN, kepanjangannya, apa namanya, anggaran pendapatan dan "
            "belanja negara kan ya?"
        ),
        "istilah.apbn",
    ),
    (
        "APBN stands for",
        "istilah.apbn",
    ),
    (
        (
            "Dengan hormat, sehubungan dengan penyusunan usulan kegiatan, bersama ini kami "
            "mohon penjelasan mengenai pengertian APBD."
        ),
        "istilah.apbd",
    ),
    (
        (
            "kalau ada APBD provinsi, terus ada APBD kab/kota juga, APBD itu sendiri "
            "singkatan apa ya?"
        ),
        "istilah.apbd",
    ),
    (
        "pak kades Henda tanya APBDes itu apa, dia kira sama aja dengan dana desa",
        "istilah.apbdes",
    ),
    (
        "Desa kami punya APBDes Rp 1,2 miliar setahun, APBDes itu kepanjangannya apa?",
        "istilah.apbdes",
    ),
    (
        "bankue itu artinya apa pak? bantuan keuangan ya?",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu apa ya full term-nya? sering denger di rapat budget",
        "istilah.bankeu",
    ),
    (
        "arti pokir DPRD",
        "istilah.pokir",
    ),
    (
        "eee pak, ini loh, anu, pokir, pokir dewan itu, apa namanya, maksudnya apa sih",
        "istilah.pokir",
    ),
    (
        (
            "kalau usulan dibahas di Rakor dulu terus lanjut ke Musrenbang, nah Musrenbang "
            "itu kepanjangannya apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "Menindaklanjuti undangan dari Bapperida, perlu kami tanyakan kepanjangan dari "
            "Musrenbang."
        ),
        "istilah.musrenbang",
    ),
    (
        "usulan kita 2 paket katanya masuk RKPD 2027, RKPD itu singkatan apa?",
        "istilah.rkpd",
    ),
    (
        "kasubag program nanya ke saya RKPD itu apa, saya sendiri juga kurang paham",
        "istilah.rkpd",
    ),
    (
        "Renja itu apa ya in full? dokumen planning tahunan OPD kan?",
        "istilah.renja",
    ),
    (
        "Renja itu singkatan dri apa ya",
        "istilah.renja",
    ),
    (
        "anu pak, eee, Renstra itu, Renstra dinas itu loh, apa namanya, artinya apa",
        "istilah.renstra",
    ),
    (
        "kepanjangan Renstra",
        "istilah.renstra",
    ),
    (
        (
            "Sehubungan dengan rujukan RPJMD 2025-2029 dalam bahan Rakor, bersama ini kami "
            "mohon penjelasan mengenai kepanjangan RPJMD."
        ),
        "istilah.rpjmd",
    ),
    (
        "seandainya yang diminta bukan Renstra tapi RPJMD, RPJMD itu maksudnya dokumen apa?",
        "istilah.rpjmd",
    ),
    (
        "staf keuangan nanya ke saya, KUA-PPAS itu kepanjangannya apa",
        "istilah.kuappas",
    ),
    (
        "Sebelum RAPBD 2027 ada KUA-PPAS dengan plafon Rp 4 triliun, KUA-PPAS itu artinya apa?",
        "istilah.kuappas",
    ),
    (
        "RAK eh RKA itu singkatan apa",
        "istilah.rka",
    ),
    (
        "RKA itu stands for apa sih? bikin pusing tiap akhir tahun",
        "istilah.rka",
    ),
    (
        "kepanjangan DPA",
        "istilah.dpa",
    ),
    (
        (
            "eee gini pak, anu, DPA, yang kalau udah ada DPA baru kegiatan bisa jalan itu, "
            "DPA itu apa namanya, singkatan apa"
        ),
        "istilah.dpa",
    ),
    (
        "kalau usulan sudah diinput di SIPD, SIPD itu sebenarnya sistem apa ya?",
        "istilah.sipd",
    ),
    (
        (
            "Bersama ini kami mohon penjelasan mengenai singkatan SIPD yang digunakan dalam "
            "proses perencanaan dan penganggaran daerah."
        ),
        "istilah.sipd",
    ),
    (
        (
            "Ada surat undangan dari Bapperida untuk 2 orang perwakilan, Bapperida itu "
            "singkatan apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "kepala desa Pahawan nanya ke saya Bapperida itu kantor apa, kok bukan Bappeda",
        "istilah.bapperida",
    ),
    (
        "OPD itu stands for apa? orang sering bilang OPD teknis",
        "istilah.opd",
    ),
    (
        "OPD itu artinya apa, kdang ditulis PD aja",
        "istilah.opd",
    ),
    (
        "eee pak anu, SKPD itu, SKPD, apa namanya, kepanjangannya apa ya",
        "istilah.skpd",
    ),
    (
        "SKPD kepanjangannya",
        "istilah.skpd",
    ),
    (
        (
            "Menindaklanjuti rapat integrasi air minum, perlu kami tanyakan kepanjangan SPAM "
            "yang dimaksud dalam bahan rapat."
        ),
        "istilah.spam",
    ),
    (
        (
            "kalau di aspek air minum disebut SPAM, itu bukan spam email kan? SPAM itu "
            "singkatan apa?"
        ),
        "istilah.spam",
    ),
    (
        "konsultan nanya SPALD itu singkatan apa, ada di dokumen sanitasi",
        "istilah.spald",
    ),
    (
        "Ada rencana sanitasi untuk 40 KK pakai SPALD komunal, SPALD itu kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "IPLA eh IPAL itu artinya apa",
        "istilah.ipal",
    ),
    (
        "IPAL itu apa ya, full name-nya? yang buat limbah kan",
        "istilah.ipal",
    ),
    (
        "arti TPS3R",
        "istilah.tps3r",
    ),
    (
        "uh hey, so like, TPS3R, um, what does TPS3R stand for, the 3R part especially",
        "istilah.tps3r",
    ),
    (
        "kalau di lokasi kumuh ada MCK umum, MCK itu singkatan apa?",
        "istilah.mck",
    ),
    (
        (
            "Sehubungan dengan rencana fasilitas sanitasi di Desa Jaya Makmur, bersama ini "
            "kami mohon penjelasan pengertian MCK."
        ),
        "istilah.mck",
    ),
    (
        "Lahan 2 hektare kami katanya harus sesuai RTRW, RTRW itu kepanjangannya apa?",
        "istilah.rtrw",
    ),
    (
        "pak lurah nanya ke saya RTRW itu bukan RT/RW kan? artinya apa",
        "istilah.rtrw",
    ),
    (
        "what's RDTR? someone brought it up with the zoning stuff",
        "istilah.rdtr",
    ),
    (
        "RDRT eh RDTR itu singkatan apa ya",
        "istilah.rdtr",
    ),
    (
        "eee pak, anu, PBG itu, yang gantiin IMB itu loh, apa namanya, kepanjangannya apa",
        "istilah.pbg",
    ),
    (
        "singkatan PBG",
        "istilah.pbg",
    ),
    (
        (
            "Bersama ini kami mohon penjelasan mengenai pengertian SLF dalam kaitannya dengan "
            "bangunan gedung."
        ),
        "istilah.slf",
    ),
    (
        "kalau gedung sudah punya PBG, terus ada lagi SLF, SLF itu artinya apa?",
        "istilah.slf",
    ),
    (
        "ada pengembang nanya ke saya SKBG itu apa, katanya ada kaitannya sama rusun",
        "istilah.skbg",
    ),
    (
        "Di rusun 5 lantai itu tiap unit punya SKBG, SKBG itu singkatan apa?",
        "istilah.skbg",
    ),
    (
        "SKT itu ksingkatan apa",
        "istilah.skt",
    ),
    (
        "SKT itu meaning-nya apa? surat tanah dari desa gitu?",
        "istilah.skt",
    ),
    (
        "maksud clean and clear",
        "istilah.cleanandclear",
    ),
    (
        (
            "eee pak, anu, katanya lahan harus clean and clear, nah clean and clear itu, apa "
            "namanya, maksudnya apa sih"
        ),
        "istilah.cleanandclear",
    ),
    (
        "if a company wants to chip in through CSR, what does CSR even stand for?",
        "istilah.csr",
    ),
    (
        (
            "Menindaklanjuti tawaran kerja sama dari perusahaan perkebunan, perlu kami "
            "tanyakan pengertian CSR."
        ),
        "istilah.csr",
    ),
    (
        (
            "Setiap tahun kami kirim 2 orang ke Rakor di Palangka Raya, Rakor itu singkatan "
            "dari apa sebenarnya?"
        ),
        "istilah.rakor",
    ),
    (
        "staf baru nanya ke saya Rakor itu apa kepanjangannya",
        "istilah.rakor",
    ),
    (
        "LAPOR! itu apa ya? kayak complaint system gitu?",
        "istilah.lapor",
    ),
    (
        "what's LAPRO! - LAPOR! i mean - what is that",
        "istilah.lapor",
    ),
    (
        "eee pak anu, WIB, WIB yang ditulis di jadwal itu, apa namanya, singkatan apa sih",
        "istilah.wib",
    ),
    (
        "WIB stands for what",
        "istilah.wib",
    ),
    (
        (
            "Sehubungan dengan paparan data perumahan, bersama ini kami mohon penjelasan "
            "mengenai istilah backlog."
        ),
        "istilah.backlog",
    ),
    (
        "if folks keep saying there's a housing backlog, what does backlog actually mean here?",
        "istilah.backlog",
    ),
    (
        "pak kabid nanya ke saya PKP itu kepanjangannya apa",
        "istilah.pkp",
    ),
    (
        "Anggaran urusan PKP kita tahun ini Rp 3 miliar, PKP itu singkatan apa ya?",
        "istilah.pkp",
    ),
    (
        "pengertian kmuh itu apa",
        "istilah.kumuh",
    ),
    (
        "kumuh itu definition-nya apa ya secara istilah?",
        "istilah.kumuh",
    ),
    (
        "DAK singkatan dari",
        "istilah.dak",
    ),
    (
        (
            "eee pak, anu, DAK, DAK yang biasa itu, bukan yang tematik, apa namanya, "
            "kepanjangannya apa"
        ),
        "istilah.dak",
    ),
    (
        "kalau rusunawa itu yang disewakan, rusun itu sendiri singkatan apa?",
        "istilah.rusun",
    ),
    (
        (
            "Menindaklanjuti surat dari kementerian mengenai rumah susun, perlu kami tanyakan "
            "apa yang dimaksud dengan istilah rusun."
        ),
        "istilah.rusun",
    ),
]

TRAIN_R44_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Pak kadis nanya ke saya, usulan jaling kita yang di Kasongan itu udah diterima "
            "provinsi belum ya?"
        ),
        "status",
    ),
    (
        "usluan saya USL-2026-0007 statusnya gmn, masih diverifikasi?",
        "status",
    ),
    (
        (
            "hey any update on our drainage proposal? is it still being checked or did it get "
            "rejected?"
        ),
        "status",
    ),
    (
        "eee pak, rakor tahun ini, anu, jadinya tanggal berapa ya, terus tempatnya di mana gitu",
        "meeting",
    ),
    (
        "jadwal rakor berikutnya",
        "meeting",
    ),
    (
        "meeting koordinasi berikutnya di mana dan jam berapa ya?",
        "meeting",
    ),
    (
        (
            "Sehubungan dengan penyusunan usulan kegiatan TA 2027, bersama ini kami mohon "
            "informasi batas akhir penerimaan usulan oleh provinsi."
        ),
        "deadline",
    ),
    (
        (
            "kalau usulan kami baru siap akhir bulan depan, masih keburu nggak, sampai kapan "
            "usulan diterima tahun ini?"
        ),
        "deadline",
    ),
    (
        "submit usulan paling lambat by when ya tahun ini?",
        "deadline",
    ),
    (
        "selamat pagi pak",
        "greeting",
    ),
    (
        "pagi pak, saya disuruh pak kabid hubungi bot ini, mohon bantuannya ya",
        "greeting",
    ),
    (
        "thanks a lot, that helps!",
        "greeting",
    ),
    (
        "Mau masukin usulan drainase 600 meter lewat bot ini, caranya gimana?",
        "how_to_submit",
    ),
    (
        "cara kirim usluan lewat bot gmn ya",
        "how_to_submit",
    ),
    (
        "step-nya gimana buat submit usulan via bot ini?",
        "how_to_submit",
    ),
]

TRAIN_R44_AREAS: list[tuple[str, str]] = [
    (
        (
            "eee pak, anu, kawasan kumuh di Kelurahan Pager luasnya, apa namanya, 9,5 ha, itu "
            "kewenangan siapa ya"
        ),
        "kabkota",
    ),
    (
        (
            "Sehubungan dengan penetapan lokasi kumuh seluas 12,3 hektar di Kecamatan Mentawa "
            "Baru Ketapang, bersama ini kami mohon penjelasan tingkat pemerintahan yang "
            "berwenang menanganinya."
        ),
        "provinsi",
    ),
    (
        "Pak camat Selat nanya, kumuh di wilayahnya 245 hektare itu urusan siapa",
        "pusat",
    ),
    (
        "kumuh 10 ha pas itu kewenagnan siapa",
        "provinsi",
    ),
    (
        "kumuh 15 ha siapa",
        "pusat",
    ),
    (
        (
            "kalau delineasi kumuhnya di SK 14,99 ha, tapi desanya sendiri 40 ha, terus "
            "kewenangannya siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh 95.000 m2 di Desa Sei Dusun, penanganannya kewenangan kabupaten "
            "atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "kumuh 100.000 m² itu authority-nya siapa ya?",
        "provinsi",
    ),
    (
        "hey quick q, we got a slum area of 16 hectares in Sampit, who's in charge of that?",
        "pusat",
    ),
    (
        "150.000 meter persegi kumuh di Kuala Kapuas kewenangan siapa",
        "pusat",
    ),
    (
        "who's supposed to handle a 7 hectares slum, the regency or the province?",
        "kabkota",
    ),
    (
        "Kumuh 11 hektare dengan 320 KK di Pulang Pisau, itu ditangani pemerintah yang mana?",
        "provinsi",
    ),
]

TRAIN_R44_OUT_OF_SCOPE: list[str] = [
    (
        "Sehubungan dengan penyusunan Renja, bersama ini kami mohon informasi besaran "
        "pagu anggaran Disperkimtan Provinsi untuk TA 2027."
    ),
    "ada kontraktor tanya ke saya, tender jaling di Kuala Kurun tahun lalu yang menang siapa ya",
    (
        "Harga satuan paving block per m2 untuk jaling di Sampit tahun ini berapa? Rp 120 "
        "ribu masih wajar nggak?"
    ),
    "nomer hp kabid kawasan permukimam provinsi berapa ya",
    (
        "Dari 111 lokasi kumuh di Kalteng, berapa persen yang sudah tuntas ditangani "
        "sampai akhir 2025?"
    ),
    "foto-foto dokumentasi Rakor 2025 kemarin bisa di-download di mana ya?",
    "cuaca Palangka Raya besok",
    "eee pak, anu, jadwal cuti bersama akhir tahun ini, apa namanya, udah keluar belum ya",
    "hey do you know a good place to grab lunch near the governor's office?",
    "istri saya nanya cara perpanjang SIM di Sampit gimana, bisa dibantu?",
    "TPP ASN bulan ini katanya turun Rp 500 ribu, kenapa ya?",
    (
        "Menindaklanjuti rencana pembukaan kebun sawit warga, perlu kami tanyakan "
        "persyaratan izin usaha perkebunan di Kabupaten Seruyan."
    ),
    "tarif PDMA Palangka Raya per kubik brp sekarang",
    (
        "kalau laptop kantor rusak, terus garansinya udah habis, servis yang bagus di "
        "Palangka Raya di mana?"
    ),
    "exchange rate dollar hari ini berapa ya? buat laporan perjalanan dinas",
]
