"""Training table R30 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 41's styles, written by another hand for the second half of the topic list after round 41
was measured: checking a belief with one detail wrong, negation and exclusion, where or to whom
to go, phone predictive text (Every Word Capitalised, no space after punctuation), whether a
rule is still in force, how long / how many / how often, statements of confusion instead of
questions, asking for the answer's format; stiff machine-translated English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R30_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "setahu saya huntara itu singkatan hunian tetap buat korban banjir, benar begitu?",
        "istilah.huntara",
    ),
    (
        "masih bingung bedanya huntara sama huntap",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        "Huntap Itu Kepanjangan Dari Apa Ya,Sering Muncul Di Laporan Pasca Bandar Kemarin",
        "istilah.huntap",
    ),
    (
        "huntap artinya apa? jawab singkat saja",
        "istilah.huntap",
    ),
    (
        "KK di isian penerima manfaat itu bukan kartu keluarga ya? maksudnya apa",
        "istilah.kk",
    ),
    (
        "The KK is counting how many of the person, or it is meaning the head of the family?",
        "istilah.kk",
    ),
    (
        "belum paham maksud kolom jiwa di data penerima manfaat",
        "istilah.jiwa",
    ),
    (
        "jiwa itu dihitung per orang atau per rumah tangga? maksud kolom jiwa apa",
        "istilah.jiwa",
    ),
    (
        "1 ha itu berapa meter persegi ya? singkatan ha sendiri apa",
        "istilah.ha",
    ),
    (
        "Ha Di Kolom Luas Itu Hektare Atau Apa?Maaf Masih Baru Di Bidang Perkin",
        "istilah.ha",
    ),
    (
        "istilah DED masih dipakai untuk usulan 2027 atau sudah ganti nama? DED itu artinya apa",
        "istilah.ded",
    ),
    (
        "kepanjangan DED apa? satu kalimat saja buat slide sosialisasi",
        "istilah.ded",
    ),
    (
        "RAB itu bukan gambar teknis kan? sebenarnya singkatan dari apa",
        "istilah.rab",
    ),
    (
        "Still confused about the meaning of RAB in the documents of the proposal",
        "istilah.rab",
    ),
    (
        "RKS itu Rencana Kerja Sementara, betul?",
        "istilah.rks",
    ),
    (
        "arti RKS tolong pakai poin: kepanjangannya dan isinya tentang apa",
        "istilah.rks",
    ),
    (
        "sekarang masih disebut KAK atau sudah diganti TOR? KAK itu artinya apa sebenarnya",
        "istilah.kak",
    ),
    (
        "Kak Itu Singkatan Apa Ya Bu,Di Surat Dari Provinsi Tertulis Kak/Tor.Saya Kira Kakak",
        "istilah.kak",
    ),
    (
        "mohon pencerahan, site plan itu bahasa Indonesianya apa",
        "istilah.siteplan",
    ),
    (
        "site plan itu tidak sama dengan DED kan? site plan sendiri maksudnya apa",
        "istilah.siteplan",
    ),
    (
        "RC di daftar persyaratan itu maksudnya Rencana Kegiatan ya?",
        "istilah.rc",
    ),
    (
        "What is the meaning of RC in the proposal? Please answer in one sentence only.",
        "istilah.rc",
    ),
    (
        "Bast Itu Apa Ya,Kepanjangannya Berita Acara Serah Terima Atau Serah Tanah?",
        "istilah.bast",
    ),
    (
        "BAST itu apa, jawab singkat",
        "istilah.bast",
    ),
    (
        "hibah dalam urusan aset PSU itu bukan bantuan uang tunai ya? maksud istilahnya apa",
        "istilah.hibah",
    ),
    (
        (
            "Please give the enlightenment about the meaning of the word hibah in the "
            "handover of the asset"
        ),
        "istilah.hibah",
    ),
    (
        "BMD itu tercatat sebagai barang milik siapa, desa atau daerah? artinya apa",
        "istilah.bmd",
    ),
    (
        "masih rancu antara BMD dan BMN, dua-duanya barang milik",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "BMN itu barang milik siapa tepatnya, pemerintah pusat atau provinsi?",
        "istilah.bmn",
    ),
    (
        (
            "Bmn Singkatan Dari Apa Pak,Barang Milik Negeri?Soalnya Aset Balai Mau Dihibahkan "
            "Ke Pemkot"
        ),
        "istilah.bmn",
    ),
    (
        "O&P di surat pernyataan itu bukan soal pengadaan ya? artinya apa",
        "istilah.op",
    ),
    (
        "O&P kepanjangannya apa, jawab satu baris",
        "istilah.op",
    ),
    (
        "istilah SPM perumahan itu masih dipakai tahun 2027? SPM itu singkatan apa",
        "istilah.spm",
    ),
    (
        "As I know the SPM is the Standard of Minimum Payment, it is correct?",
        "istilah.spm",
    ),
    (
        "Pokja PKP itu kelompok kerja apa dan tempatnya di mana, di bawah pemda? maksudnya apa",
        "istilah.pokjapkp",
    ),
    (
        "belum paham apa itu Pokja PKP, sering disebut waktu rapat di Bappeda",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS itu gabungan berapa bidang? P-P-A-S nya apa saja",
        "istilah.pokjappas",
    ),
    (
        "PPAS di Pokja PPAS itu sama dengan PPAS di KUA-PPAS kan?",
        "istilah.pokjappas",
    ),
    (
        "Apa Arti Ampl Dalam Pokja Ampl,Tadi Disebut Sama Pak Sekdes Waktu Rapat",
        "istilah.pokjaampl",
    ),
    (
        "AMPL is not about the electricity, right? What is the meaning of Pokja AMPL?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu rencana untuk jangka berapa tahun, dan singkatannya apa",
        "istilah.rp3kp",
    ),
    (
        "RP3KP itu rencana penanganan kumuh kan?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP itu singkatan dari berapa kata sih, panjang sekali? artinya apa",
        "istilah.rp2kpkp",
    ),
    (
        "RP2KPKP itu bukan rencana 20 tahun pembangunan perumahan kan? isinya soal apa",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU masih jalan tidak programnya? KOTAKU itu apa sih",
        "istilah.kotaku",
    ),
    (
        "The KOTAKU program is belong to which level, the central or the regency? What is it?",
        "istilah.kotaku",
    ),
    (
        "DAK Tematik PPKT artinya apa? poin2 saja: kepanjangan dan tujuannya",
        "istilah.daktematikppkt",
    ),
    (
        "PPKT itu Penanganan Perumahan Kawasan Tertinggal ya?",
        "istilah.daktematikppkt",
    ),
    (
        "APBN itu anggaran punya siapa, pusat atau provinsi? artinya apa",
        "istilah.apbn",
    ),
    (
        "Apbn Kepanjangan Nya Apa,Anggaran Pendapatan Dan Belanja Nasi?",
        "istilah.apbn",
    ),
    (
        "saya masih kurang paham maksud APBD prov dan APBD kab, kan sama-sama APBD",
        "istilah.apbd",
    ),
    (
        "APBD kepanjangannya saja, singkat",
        "istilah.apbd",
    ),
    (
        "kalau ditulis sumber dana APBDes, itu uangnya dari kas mana? maksud istilahnya apa",
        "istilah.apbdes",
    ),
    (
        "APBDes itu anggaran kecamatan, betul?",
        "istilah.apbdes",
    ),
    (
        "Bankeu itu bantuan keuangan dari siapa ke siapa? maksudnya apa",
        "istilah.bankeu",
    ),
    (
        "Bankeu Itu Singkatan Dari Bank Keuangan Atau Apa,Mohon Penjelasan Pak Kadus",
        "istilah.bankeu",
    ),
    (
        "pokir itu usulan yang datang dari siapa? maksud istilahnya apa",
        "istilah.pokir",
    ),
    (
        ("Pokir is not the proposal from the village head, yes? What is the meaning of the pokir?"),
        "istilah.pokir",
    ),
    (
        "Musrenbang itu ada berapa tingkatan? singkatannya apa",
        "istilah.musrenbang",
    ),
    (
        "kepanjangan musrenbang? singkat saja",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu dokumen milik pemda atau milik dinas? apa artinya",
        "istilah.rkpd",
    ),
    (
        "RKPD itu masih nama yang sama sekarang atau sudah ganti istilah? kepanjangannya apa",
        "istilah.rkpd",
    ),
    (
        "Renja itu bukan rencana lima tahunan kan? artinya apa",
        "istilah.renja",
    ),
    (
        (
            "Renja Itu Maksudnya Apa,Rencana Kerja Dinas Atau Rencana Kerja Daerah?Mohon Maaf "
            "Bertanya Lagu"
        ),
        "istilah.renja",
    ),
    (
        "Renstra itu untuk berapa tahun? kepanjangannya apa ya",
        "istilah.renstra",
    ),
    (
        "Renstra itu rencana strategis punya provinsi secara keseluruhan ya?",
        "istilah.renstra",
    ),
    (
        "ragu soal arti RPJMD, apakah itu sama dengan Renstra dinas",
        "istilah.rpjmd",
    ),
    (
        "RPJMD kepanjangannya apa, satu kalimat untuk bahan paparan",
        "istilah.rpjmd",
    ),
    (
        "mohon pencerahan maksud KUA-PPAS",
        "istilah.kuappas",
    ),
    (
        "As my understanding the KUA-PPAS is the final budget of the region, is it right?",
        "istilah.kuappas",
    ),
    (
        "RKA itu bukan dokumen pelaksanaan anggaran ya? lalu apa",
        "istilah.rka",
    ),
    (
        "bingung bedanya RKA sama DPA",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "Dpa Itu Apa Pak,Dokumen Pelaksanaan Anggaran Atau Dokumen Perencanaan Akhir?",
        "istilah.dpa",
    ),
    (
        "DPA itu masih istilah yang dipakai di SIPD sekarang? DPA artinya apa",
        "istilah.dpa",
    ),
    (
        "SIPD itu sistem milik kementerian mana? maksudnya apa",
        "istilah.sipd",
    ),
    (
        "Sipd Kepanjangannya Apa,Sistem Informasi Pemerintah Desa?Tolong Dikoreksi",
        "istilah.sipd",
    ),
    (
        "Bappeda provinsi sekarang sudah jadi Bapperida ya? Bapperida itu singkatan apa",
        "istilah.bapperida",
    ),
    (
        "Bapperida itu kantor apa, ada di level provinsi atau kabupaten?",
        "istilah.bapperida",
    ),
    (
        "OPD itu apa, jawab satu kalimat",
        "istilah.opd",
    ),
    (
        "I am still not understand what is the OPD written in the letter from the province",
        "istilah.opd",
    ),
    (
        "SKPD itu istilah lama ya, sekarang masih dipakai? artinya apa",
        "istilah.skpd",
    ),
    (
        "SKPD itu bukan nama satu dinas tertentu kan? maksudnya apa",
        "istilah.skpd",
    ),
    (
        "SPAM itu sistem pengelolaan air limbah kan?",
        "istilah.spam",
    ),
    (
        (
            "Spam Itu Singkatan Apa Ya,Di Dokumen Air Minum Disebut Spam Terus.Bukan Email "
            "Sampan Kan"
        ),
        "istilah.spam",
    ),
    (
        "mohon penjelasan istilah SPALD",
        "istilah.spald",
    ),
    (
        "SPALD it is what? Answer with the bullet points please.",
        "istilah.spald",
    ),
    (
        "IPAL itu tidak sama dengan septic tank biasa kan? artinya apa",
        "istilah.ipal",
    ),
    (
        "IPAL itu singkatan dari empat kata apa saja?",
        "istilah.ipal",
    ),
    (
        "3R di TPS3R itu tiga hal apa saja?",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu tempat apa, masuk urusan sampah atau air limbah?",
        "istilah.tps3r",
    ),
    (
        "Mck Itu Kepanjangannya Apa,Mandi Cuci Kakus Ya?Maaf Pertanyaan Dasar Bu Kabut",
        "istilah.mck",
    ),
    (
        "The MCK term is still used now or already changed to other name? What it means?",
        "istilah.mck",
    ),
    (
        "RTRW di syarat lahan itu rukun tetangga rukun warga kan?",
        "istilah.rtrw",
    ),
    (
        "belum paham beda RTRW dan RDTR",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "RDTR itu dokumen tata ruang tingkat mana? artinya apa",
        "istilah.rdtr",
    ),
    (
        "RDTR bukan singkatan dari rencana daerah tahunan kan? yang benar apa",
        "istilah.rdtr",
    ),
    (
        "PBG itu pengganti IMB ya, sudah berlaku? PBG kepanjangannya apa",
        "istilah.pbg",
    ),
    (
        "PBG artinya? singkat saja",
        "istilah.pbg",
    ),
    (
        "saya masih bingung SLF itu sertifikat apa",
        "istilah.slf",
    ),
    (
        "SLF itu masih dipakai sebagai istilah atau sudah diganti? sertifikat apa sebenarnya",
        "istilah.slf",
    ),
    (
        "Skbg Itu Singkatan Dari Apa,Sertifikat Kepemilikan Bangunan Gedung Atau Gudang",
        "istilah.skbg",
    ),
    (
        "SKBG is not the certificate of the land, right? What is the meaning of it?",
        "istilah.skbg",
    ),
    (
        "SKT itu surat yang dikeluarkan siapa, desa atau BPN? maksudnya apa",
        "istilah.skt",
    ),
    (
        "SKT itu sama dengan sertifikat hak milik kan?",
        "istilah.skt",
    ),
    (
        "clean and clear maksudnya apa? tolong pakai poin",
        "istilah.cleanandclear",
    ),
    (
        "lahan disebut clean and clear itu harus memenuhi berapa unsur? artinya apa",
        "istilah.cleanandclear",
    ),
    (
        "CSR itu bukan dana pemerintah kan? kepanjangannya apa",
        "istilah.csr",
    ),
    (
        "Csr Itu Apa Ya,Dana Dari Perusahaan Swasta Begitu?Mau Saya Jelaskan Ke Pak Camar",
        "istilah.csr",
    ),
    (
        "The Rakor is the meeting of which field and which office? What is the long form of it?",
        "istilah.rakor",
    ),
    (
        "belum paham kepanjangan lengkap Rakor bidang kawasan permukiman",
        "istilah.rakor",
    ),
    (
        "LAPOR! itu aplikasi punya instansi mana? artinya apa",
        "istilah.lapor",
    ),
    (
        "LAPOR! masih aktif sebagai kanal pengaduan? maksud istilah LAPOR! di bot ini apa",
        "istilah.lapor",
    ),
    (
        "WIB itu selisih berapa jam dari UTC? WIB sendiri singkatan apa",
        "istilah.wib",
    ),
    (
        "WIB itu Waktu Indonesia Bagian Tengah kan?",
        "istilah.wib",
    ),
    (
        "istilah backlog perumahan sekarang masih dipakai pemerintah? artinya apa",
        "istilah.backlog",
    ),
    (
        "Backlog Itu Artinya Apa,Tadi Dibahas Di Rakit Soal Kekurangan Rumah",
        "istilah.backlog",
    ),
    (
        "PKP itu Pengusaha Kena Pajak kan?",
        "istilah.pkp",
    ),
    (
        "PKP singkatan apa, jawab satu kalimat",
        "istilah.pkp",
    ),
    (
        "kumuh itu ada berapa tingkatan istilahnya? kumuh sendiri artinya apa",
        "istilah.kumuh",
    ),
    (
        "kumuh itu bukan cuma soal rumah jelek kan? arti istilah kumuh sebenarnya apa",
        "istilah.kumuh",
    ),
    (
        "istilah DAK Integrasi sudah ganti nama ya? DAK sendiri artinya apa",
        "istilah.dak",
    ),
    (
        "What is DAK? Please give the answer short, the long form only.",
        "istilah.dak",
    ),
    (
        "rusun itu rumah susun sewa ya?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "istilah rusun masih dipakai di program perumahan sekarang? rusun itu artinya apa",
        "istilah.rusun",
    ),
]

TRAIN_R30_INTENTS: list[tuple[str, str]] = [
    (
        "usulan jaling kami USL-2027-0012 sudah disetujui kan? soalnya belum ada kabar masuk",
        "status",
    ),
    (
        (
            "Usulan Drainase Dari Kotim Kemarin Sudah Sampai Mana Ya,Masih Verifikasi Atau "
            "Sudah Dibahas Rakit?"
        ),
        "status",
    ),
    (
        "mohon info usulan kami yang dikirim bulan lalu, cukup jawab diterima atau ditolak",
        "status",
    ),
    (
        "rakor bidang kawasan permukiman tahun ini diadakan di mana?",
        "meeting",
    ),
    (
        (
            "When the next coordination meeting will be held, what date and from what hour "
            "until what hour?"
        ),
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya tinggal berapa hari lagi, tanggal berapa persisnya?",
        "meeting",
    ),
    (
        "masih berapa lama lagi usulan tahun ini dibuka sebelum ditutup?",
        "deadline",
    ),
    (
        "tenggat usulan tahun ini masih sama dengan tahun lalu? sampai tanggal berapa",
        "deadline",
    ),
    (
        "Penutupan Usulan Kapan Pak,Kami Masih Lengkapi Rab Dan Foto",
        "deadline",
    ),
    (
        "Selamat Pagi Pak,Izin Bertanya Sebentar",
        "greeting",
    ),
    (
        "terima kasih banyak atas penjelasannya 🙏",
        "greeting",
    ),
    (
        "halo, saya masih bingung, mohon bantuannya pak",
        "greeting",
    ),
    (
        "cara input usulan lewat bot ini gimana? langkahnya pakai poin ya",
        "how_to_submit",
    ),
    (
        "saya mau ajukan usulan RTLH dari Katingan, mulai dari menu mana di sini",
        "how_to_submit",
    ),
    (
        "belum paham cara kirim usulan lewat Sinkron",
        "how_to_submit",
    ),
]

TRAIN_R30_AREAS: list[tuple[str, str]] = [
    (
        (
            "kumuh di Kelurahan Pahandut Seberang luasnya 12,5 ha, untuk usulan 2028 masih "
            "kewenangan provinsi?"
        ),
        "provinsi",
    ),
    (
        "Luas Delineasi Kumuh Kami 9,8 Hektar,Ditangani Provinsi Atau Kabupaten?",
        "kabkota",
    ),
    (
        "setahu saya kumuh yang pas 10 ha itu masih urusan kabupaten ya?",
        "provinsi",
    ),
    (
        "kawasan kumuh 15 hektare tepat, masih masuk provinsi kan?",
        "pusat",
    ),
    (
        "lokasi kumuh di Desa Bapinang Hilir 95.000 m2, penanganannya kami ajukan ke siapa?",
        "kabkota",
    ),
    (
        "kumuh seluas 100.000 m² itu kewenangan provinsi bukan? jawab ya/tidak",
        "provinsi",
    ),
    (
        (
            "The slum area in Sampit is 14,99 hectares, it is not the authority of the "
            "center, right? Then of whom?"
        ),
        "provinsi",
    ),
    (
        "kumuh 22 ha di Kuala Kapuas itu bukan urusan kabupaten kan? lalu urusan siapa",
        "pusat",
    ),
    (
        "masih bingung, kumuh 7 hektar di Kecamatan Kumai itu kewenangan mana",
        "kabkota",
    ),
    (
        "kumuh 150.000 meter persegi di Palangka Raya, tahun 2027 masih pusat yang tangani?",
        "pusat",
    ),
    (
        "Kumuh Di Desa Talio Cuma 0,8 Ha,Itu Tanggung Jawab Pemkab Kan?",
        "kabkota",
    ),
    (
        (
            "ada kumuh 11,2 hektare di Kelurahan Panarung, berapa level pemerintah yang "
            "terlibat atau cukup satu yang tangani?"
        ),
        "provinsi",
    ),
]

TRAIN_R30_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "siapa pemenang tender drainase kawasan kumuh di Sampit tahun ini?",
    "harga satuan rabat beton per meter untuk jalan lingkungan sekarang berapa?",
    "berapa jumlah RTLH yang belum tertangani di Kabupaten Katingan per desa?",
    "nomor WA kabid kawasan permukiman provinsi berapa ya?",
    "Berapa Bunga Kpr Subsidi Flpp Tahun Ini,Ada Warga Yang Tanya Ke Kantor Kamu",
    "besok Palangka Raya tidak hujan kan? mau survei lokasi",
    "cuti tahunan PNS diurus lewat aplikasi apa? jawab singkat",
    "jadwal pencairan TPP bulan ini masih sama atau berubah?",
    (
        "As I know the new connection of PLN electricity for the office can be done "
        "online only, is it correct?"
    ),
    "syarat izin usaha tambang galian C di Gunung Mas yang tidak wajib apa saja?",
    "aturan dana BOS untuk sekolah dasar masih sama tidak tahun 2027",
    "berapa lama perpanjangan STNK mobil dinas di Samsat Kuala Kurun",
    "saya masih bingung soal pembagian jadwal piket kantor minggu depan",
    "skor akreditasi puskesmas di Kuala Kurun berapa? jawab singkat",
]
