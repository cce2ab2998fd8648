"""Training table R60 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 54's styles, written by another hand for the second half of the topic list after round 54
was measured untouched: terms written out in full instead of their acronyms, the legal basis
asked along with the answer, religious courtesies, keywords separated by slashes or pipes, a
nickname for the bot, a disaster or an event as the setting, unusual number formats and units,
accented or look-alike characters; a foreign consultant's English with Dutch or German turns.
A glossary entry's questions ask what the term means. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R60_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Hunian Sementara atau yang biasa disingkat huntara itu maksudnya bangunan seperti apa?",
        "istilah.huntara",
    ),
    (
        "Mohon dijelaskan pengertian huntara, sekalian sumber rujukannya dari mana ya",
        "istilah.huntara",
    ),
    (
        (
            "Assalamualaikum wr wb. Mohon pencerahan, huntap itu kepanjangannya apa? Terima "
            "kasih, wassalamualaikum"
        ),
        "istilah.huntap",
    ),
    (
        "huntap -> singkatan dari? artinya?",
        "istilah.huntap",
    ),
    (
        "Min, KK di kolom penerima manfaat itu Kepala Keluarga atau Kartu Keluarga sih?",
        "istilah.kk",
    ),
    (
        (
            "Pasca kebakaran di Baamang korban didata 37 KK. Dalam pendataan begitu, KK itu "
            "menunjuk ke apa?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Isian kami 1.250 jiwa dan 310 KK. Yang dihitung sebagai jiwa itu apa persisnya, "
            "orangnya atau rumahnya?"
        ),
        "istilah.jiwa",
    ),
    (
        "arti kata “jiwa” di data penerima manfaat itu apa ya?",
        "istilah.jiwa",
    ),
    (
        "Hektare itu yang ditulis ha ya? satu hektare itu setara berapa meter persegi?",
        "istilah.ha",
    ),
    (
        (
            "What does ha mean exactly in the forms? Is it so that it is the same as hectare, "
            "and where is this written?"
        ),
        "istilah.ha",
    ),
    (
        "Bismillah, izin bertanya, DED itu singkatan dari apa njih?",
        "istilah.ded",
    ),
    (
        "DED = ? kepanjangan & isinya apa",
        "istilah.ded",
    ),
    (
        "Bang Bot, saya staf baru di bidang perkim, RAB itu apaan ya?",
        "istilah.rab",
    ),
    (
        (
            "Besok Pak Gubernur kunjungan ke lokasi jaling dan atasan minta RAB disiapkan. "
            "Sebenarnya RAB itu dokumen apa?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Untuk lokasi ±2,5 Ha di Jekan Raya kami diminta lampirkan RKS, itu kepanjangan "
            "dari apa?"
        ),
        "istilah.rks",
    ),
    (
        "yang dimaksud dg ＲＫＳ itu apa ya kak?",
        "istilah.rks",
    ),
    (
        "Kerangka Acuan Kegiatan itu sama dengan KAK atau TOR? pengertiannya apa?",
        "istilah.kak",
    ),
    (
        "KAK itu apa sebenarnya? kalau ada rujukannya tolong disebutkan",
        "istilah.kak",
    ),
    (
        (
            "Good morning and Shalom. Please can you tell what is meant with the site plan in "
            "the proposal documents?"
        ),
        "istilah.siteplan",
    ),
    (
        "site plan / rencana tapak / maksudnya gambar apa?",
        "istilah.siteplan",
    ),
    (
        "Kak Sinkron, RC itu kepanjangannya apa?",
        "istilah.rc",
    ),
    (
        (
            "Lagi siapkan bahan untuk kunjungan tim Balai besok, mereka nanya soal RC. RC itu "
            "merujuk ke apa?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Jaling di kawasan 12½ ha sudah rampung, katanya tinggal BAST. BAST itu "
            "kepanjangannya apa?"
        ),
        "istilah.bast",
    ),
    (
        "BAST itu kepanjángannya apa ya",
        "istilah.bast",
    ),
    (
        "Di Naskah Perjanjian Hibah Daerah ada kata hibah, arti hibah itu sendiri apa?",
        "istilah.hibah",
    ),
    (
        "Hibah itu definisinya apa? menurut aturan apa?",
        "istilah.hibah",
    ),
    (
        (
            "Alhamdulillah jalan lingkungan sudah jadi. Mau tanya, BMD yang disebut di berita "
            "acara itu singkatan apa?"
        ),
        "istilah.bmd",
    ),
    (
        "BMD | arti | contohnya apa?",
        "istilah.bmd",
    ),
    (
        "Pak Robot, what is BMN? The letter from the Balai mentions it.",
        "istilah.bmn",
    ),
    (
        (
            "Ada protes warga soal jalan yang katanya berstatus BMN. BMN itu maksudnya barang "
            "milik siapa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Tiga titik drainase total 1.500 M2, kami diminta surat pernyataan O&P. Singkatan "
            "O&P itu apa?"
        ),
        "istilah.op",
    ),
    (
        "O＆P tuh maksudnya apa ya",
        "istilah.op",
    ),
    (
        "Standar Pelayanan Minimum yang sering disebut SPM itu pengertiannya apa?",
        "istilah.spm",
    ),
    (
        "SPM itu apa? tolong sebutkan dasar hukumnya, pasal berapa",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Salam sejahtera. Boleh tahu Pokja PKP itu apa?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "pokja pkp / kepanjangannya?",
        "istilah.pokjapkp",
    ),
    (
        "Mbak Bot, PPAS di Pokja PPAS itu singkatan apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Waktu rapat penanganan banjir kemarin Sekda menyebut Pokja PPAS. Itu kelompok "
            "kerja apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "SK Pokja AMPL kami isinya ± 15 org anggota, tapi AMPL itu sendiri kepanjangannya apa?",
        "istilah.pokjaampl",
    ),
    (
        "Pokja ÁMPL itu apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Pemukiman itu dokumen "
            "apa? yang disingkat RP3KP"
        ),
        "istilah.rp3kp",
    ),
    (
        "What is RP3KP? Please can you tell also the regulation it comes from.",
        "istilah.rp3kp",
    ),
    (
        "Bismillahirrahmanirrahim, maaf mau nanya RP2KPKP itu kepanjangannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        "RP2KPKP | dokumen apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Min, KOTAKU itu program apa ya? masih ada nggak?",
        "istilah.kotaku",
    ),
    (
        (
            "Waktu banjir di Kuala Kapuas dulu ada fasilitator KOTAKU turun. KOTAKU itu "
            "singkatan dari apa?"
        ),
        "istilah.kotaku",
    ),
    (
        "Katanya lokasi 14,5 ha di Baamang dapat DAK Tematik PPKT. PPKT itu singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik\xa0PPKT itu maksudnya apa ya?",
        "istilah.daktematikppkt",
    ),
    (
        "Anggaran Pendapatan dan Belanja Nasional itu yang disingkat APBN ya? artinya gimana?",
        "istilah.apbn",
    ),
    (
        "APBN itu apa? sumber definisinya dari mana?",
        "istilah.apbn",
    ),
    (
        "Insya Allah saya mau paham istilahnya dulu: APBD itu kepanjangannya apa?",
        "istilah.apbd",
    ),
    (
        "apbd/kepanjangan/arti",
        "istilah.apbd",
    ),
    (
        "Sobat Sinkron, APBDes itu anggaran punya siapa?",
        "istilah.apbdes",
    ),
    (
        (
            "Tebing sungai di Desa Sei Pasah longsor, kades bilang bisa pakai APBDes. APBDes "
            "itu apa ya?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "Tahun lalu kabupaten kami terima Bankeu Rp 1,5 M. Bankeu itu sebenarnya "
            "singkatan dari apa?"
        ),
        "istilah.bankeu",
    ),
    (
        "Bankéu itu artinya apa ya",
        "istilah.bankeu",
    ),
    (
        "Pokok-Pokok Pikiran Dewan itu yang disebut pokir ya? maksudnya apa?",
        "istilah.pokir",
    ),
    (
        "Pokir itu apa? istilah itu menurut aturan apa?",
        "istilah.pokir",
    ),
    (
        "Shalom. Musrenbang itu singkatan dari apa ya?",
        "istilah.musrenbang",
    ),
    (
        "musrenbang | kepanjangan | tingkatannya apa saja?",
        "istilah.musrenbang",
    ),
    (
        "Bang Bot, what means RKPD? Is it a plan for one year or for five years?",
        "istilah.rkpd",
    ),
    (
        (
            "Setelah kunjungan Wagub ke Pulang Pisau ada yang bilang usulan masuk RKPD. RKPD "
            "itu dokumen apa sih?"
        ),
        "istilah.rkpd",
    ),
    (
        "Renja 2027 kami ada 14 kegiatan, tapi jujur saya belum paham Renja itu singkatan apa",
        "istilah.renja",
    ),
    (
        "Rénja tuh dokumen apaan?",
        "istilah.renja",
    ),
    (
        "Rencana Strategis Dinas itu yang disebut Renstra? dokumen jangka berapa tahun?",
        "istilah.renstra",
    ),
    (
        "Renstra artinya apa? sumbernya?",
        "istilah.renstra",
    ),
    (
        "Assalamualaikum, RPJMD itu kepanjangannya apa ya pak?",
        "istilah.rpjmd",
    ),
    (
        "RPJMD / apa / berapa tahunan?",
        "istilah.rpjmd",
    ),
    (
        "Min, tolong jelaskan istilah KUA-PPAS",
        "istilah.kuappas",
    ),
    (
        (
            "Di tengah banjir begini kami malah diminta ikut bahas KUA-PPAS. Itu sebenarnya "
            "dokumen apa?"
        ),
        "istilah.kuappas",
    ),
    (
        "RKA kami nilainya Rp 750 jt, tapi saya belum tahu RKA itu singkatan apa",
        "istilah.rka",
    ),
    (
        "ＲＫＡ itu apa ya?",
        "istilah.rka",
    ),
    (
        "Dokumen Pelaksanaan Anggaran itu apa? yang disingkat DPA",
        "istilah.dpa",
    ),
    (
        "DPA itu dokumen apa? aturannya di mana?",
        "istilah.dpa",
    ),
    (
        "Alhamdulillah sudah bisa login. SIPD itu sebenarnya singkatan dari apa?",
        "istilah.sipd",
    ),
    (
        "SIPD | what is it | who runs it?",
        "istilah.sipd",
    ),
    (
        "Kak Sinkron, Bapperida itu badan apa ya?",
        "istilah.bapperida",
    ),
    (
        ("Waktu aksi warga di depan kantor gubernur ada yang menyebut Bapperida. Itu lembaga apa?"),
        "istilah.bapperida",
    ),
    (
        "Di kabupaten kami ada 32 OPD, OPD itu maksudnya apa persisnya?",
        "istilah.opd",
    ),
    (
        "ÓPD itu apa ya",
        "istilah.opd",
    ),
    (
        "Satuan Kerja Perangkat Daerah itu sama dengan SKPD? artinya apa?",
        "istilah.skpd",
    ),
    (
        "SKPD itu apa? menurut aturan apa?",
        "istilah.skpd",
    ),
    (
        "Bismillah, SPAM itu apa ya? bukan spam email kan",
        "istilah.spam",
    ),
    (
        "SPAM/air minum/singkatan?",
        "istilah.spam",
    ),
    (
        "Pak Robot, saya masih bingung dengan istilah SPALD",
        "istilah.spald",
    ),
    (
        (
            "After the flood in Pulang Pisau the consultant says the SPALD is damaged. What "
            "is SPALD, please?"
        ),
        "istilah.spald",
    ),
    (
        "IPAL komunal kapasitas 50 KK itu apa sih? IPAL sendiri singkatan apa?",
        "istilah.ipal",
    ),
    (
        "IPÁL itu apa",
        "istilah.ipal",
    ),
    (
        (
            "Tempat Pengolahan Sampah Reduce Reuse Recycle itu yang disebut TPS3R ya? "
            "maksudnya fasilitas apa?"
        ),
        "istilah.tps3r",
    ),
    (
        "TPS3R itu apa? ada dasar hukumnya?",
        "istilah.tps3r",
    ),
    (
        "Salam sejahtera, MCK itu kepanjangannya apa?",
        "istilah.mck",
    ),
    (
        "MCK | arti",
        "istilah.mck",
    ),
    (
        "Min, RTRW itu apa? bukan RT/RW kan?",
        "istilah.rtrw",
    ),
    (
        (
            "Ada rencana kunjungan Menteri ke lokasi, kami ditanya soal RTRW. RTRW itu "
            "merujuk ke apa?"
        ),
        "istilah.rtrw",
    ),
    (
        "RDTR skala 1:5.000 itu maksudnya apa? RDTR kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "RD\u200bTR itu apa ya",
        "istilah.rdtr",
    ),
    (
        "Persetujuan Bangunan Gedung itu yang gantiin IMB? artinya apa?",
        "istilah.pbg",
    ),
    (
        "PBG itu apa? dasar hukumnya apa?",
        "istilah.pbg",
    ),
    (
        "Om swastiastu, SLF itu singkatan apa?",
        "istilah.slf",
    ),
    (
        "SLF / what does it stand for?",
        "istilah.slf",
    ),
    (
        "Mbak Bot, SKBG itu apa ya?",
        "istilah.skbg",
    ),
    (
        "Setelah kebakaran di rusun, penghuni tanya soal SKBG. SKBG itu sertifikat apa?",
        "istilah.skbg",
    ),
    (
        "Tanah warga ± 3 are cuma pegang SKT, SKT itu surat apa?",
        "istilah.skt",
    ),
    (
        "SKT itu maksudnyá apa",
        "istilah.skt",
    ),
    (
        "Lahan Bersih dan Jelas alias clean and clear itu maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        "What does clean and clear mean for land? Please give also the source.",
        "istilah.cleanandclear",
    ),
    (
        "Alhamdulillah ada perusahaan sawit mau bantu. CSR itu singkatan dari apa?",
        "istilah.csr",
    ),
    (
        "CSR|apa",
        "istilah.csr",
    ),
    (
        "Sobat Sinkron, Rakor itu kepanjangannya apa?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Habis banjir kami belum sempat ikut rakor. Rakor itu rapat apa sebenarnya?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Ada 3 aduan warga masuk lewat LAPOR!, LAPOR! itu apa sih?",
        "istilah.lapor",
    ),
    (
        "What is LAPOR! exactly? The officers write it always with the ‘!’",
        "istilah.lapor",
    ),
    (
        "Western Indonesian Time, that is WIB? How many hours from UTC is it?",
        "istilah.wib",
    ),
    (
        "WIB itu apa? Kalteng pakai WIB menurut aturan apa?",
        "istilah.wib",
    ),
    (
        "Assalamualaikum, backlog perumahan itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "backlog / housing / what means it?",
        "istilah.backlog",
    ),
    (
        "Min, PKP itu singkatan apa?",
        "istilah.pkp",
    ),
    (
        "Ada kunjungan DPRD, mereka sebut urusan PKP. PKP itu apa?",
        "istilah.pkp",
    ),
    (
        "Di kelurahan kami 120 rumah dibilang kumuh, pengertian kumuh itu apa?",
        "istilah.kumuh",
    ),
    (
        "kumüh itu artinya apa",
        "istilah.kumuh",
    ),
    (
        "Dana Alokasi Khusus itu apa? yang disebut DAK",
        "istilah.dak",
    ),
    (
        "DAK itu apa, sumbernya?",
        "istilah.dak",
    ),
    (
        "Shalom, rusun itu kepanjangannya apa ya?",
        "istilah.rusun",
    ),
    (
        "rusun | arti",
        "istilah.rusun",
    ),
]

TRAIN_R60_INTENTS: list[tuple[str, str]] = [
    (
        "Min, usulan jaling kami dari Katingan sudah sampai mana ya? sudah diverifikasi belum?",
        "status",
    ),
    (
        "usulan | USL-2026-0014 | statusnya gimana?",
        "status",
    ),
    (
        (
            "Is it so that our proposals from Murung Raya are already approved, or are they "
            "still being checked?"
        ),
        "status",
    ),
    (
        "Bismillah, Rakor tahun ini jadinya tanggal berapa dan di mana ya?",
        "meeting",
    ),
    (
        "rakór berikutnya kapan? jam berapa mulainya?",
        "meeting",
    ),
    (
        (
            "Habis banjir ini apakah rapat koordinasi bidang kawasan permukiman tetap jalan? "
            "kapan dan tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "Until when is it possible to send proposals for the next budget year?",
        "deadline",
    ),
    (
        "Batas akhir pengiriman usulan tahun ini sampai tanggal berapa? surat edarannya ada?",
        "deadline",
    ),
    (
        "Kak Sinkron, usulan untuk TA 2027 paling lambat masuk kapan?",
        "deadline",
    ),
    (
        "Assalamualaikum wr wb, selamat pagi bapak ibu admin",
        "greeting",
    ),
    (
        "Makasih banyak ya Bang Bot, sangat membantu 🙏",
        "greeting",
    ),
    (
        "Tolong bántu saya ya",
        "greeting",
    ),
    (
        "Bagaimana cara memasukkan usulan Prasarana Sarana dan Utilitas lewat bot ini?",
        "how_to_submit",
    ),
    (
        "cara kirim usulan / lewat bot / langkahnya?",
        "how_to_submit",
    ),
    (
        "Please can you tell how I put in a proposal through this bot? Step by step, please.",
        "how_to_submit",
    ),
]

TRAIN_R60_AREAS: list[tuple[str, str]] = [
    (
        (
            "Kawasan Permukiman Kumuh seluas 9,8 hektare di Kecamatan Selat itu kewenangan "
            "Pemerintah Kabupaten atau Provinsi?"
        ),
        "kabkota",
    ),
    (
        "kumuh luas pas 10 ha, kewenangan siapa? sertakan dasar hukumnya ya",
        "provinsi",
    ),
    (
        (
            "Alhamdulillah SK kumuh sudah terbit, lokasi di Mentawa Baru Ketapang 15 hektar, "
            "itu ditangani siapa?"
        ),
        "pusat",
    ),
    (
        "kumuh/125.000 m2/kewenangan?",
        "provinsi",
    ),
    (
        "Min, kumuh 7 ha di Pahandut itu tanggungan kabupaten/kota kan?",
        "kabkota",
    ),
    (
        (
            "Setelah banjir besar, kawasan kumuh tepi sungai di Kuala Pembuang seluas 18 ha "
            "makin parah. Siapa yang berwenang menangani?"
        ),
        "pusat",
    ),
    (
        "lokasi kumuh 14,99 Ha, masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        "Kawasan kumuh 1.200 are di Kumai, kewenangannya di level mana?",
        "provinsi",
    ),
    (
        "kumüh 95.000 m² itu kéwenangan siapa?",
        "kabkota",
    ),
    (
        (
            "How is it with a slum area of 16 hectares, who is responsible, the province or "
            "the centre?"
        ),
        "pusat",
    ),
    (
        "kumuh ± 9ha di Pulau Petak dikelola siapa?",
        "kabkota",
    ),
    (
        (
            "Salam sejahtera, kawasan kumuh 200.000 meter persegi di Sampit apakah kewenangan "
            "provinsi?"
        ),
        "pusat",
    ),
]

TRAIN_R60_OUT_OF_SCOPE: list[str] = [
    (
        "Berapa pagu APBD Disperkimtan untuk penanganan kumuh tahun anggaran 2027? "
        "sumbernya dari mana?"
    ),
    "Min, siapa pemenang tender jalan lingkungan di Kumai tahun ini?",
    "harga satuan / paving block / per m2 / Kapuas?",
    "Berapa jumlah Rumah Tidak Layak Huni di Kabupaten Lamandau menurut data terbaru?",
    "Honor narasumber Rakór tahun lalu berapa per jam ya?",
    "Siapa Kepala Dinas Perkim Kabupaten Barito Utara sekarang dan berapa nomor WA-nya?",
    "Besok cuaca di Palangka Raya hujan nggak? mau survei lokasi pagi",
    "Bismillah, cara mengurus BPJS Kesehatan untuk pegawai honorer bagaimana?",
    "Kapal dari Kuala Pembuang ke Sampit hari ini berangkat jam berapa?",
    "Mbak Bot, ada info lowongan CPNS Pemprov Kalteng 2027?",
    "Harga tiket pesawat Palangka Raya–Jakarta untuk 2 org minggu depan berapa?",
    "Setelah banjir, bagaimana prosedur klaim asuransi mobil dinas yang terendam?",
    "Izin tambang galian C di Katingan diurus ke mana dan syaratnya apa?",
    "Berapa besar tunjangan kinerja ASN golongan III di Pemprov Kalteng?",
    "Please can you tell what is the exchange rate of the euro to rupiah today?",
]
