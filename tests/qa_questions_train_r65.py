"""Training table R65 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 58's styles, written by another hand for the first half of the topic list after round 58
was measured untouched: asking on behalf of someone else, asking for the legal basis,
comparing two things, the purpose first, a formal letter's wrapping, impatience around the
question, areas in other units and shapes, dates and times written many ways; Australian
English or American officialese. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R65_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "atasan saya nanya, scr garis besar pembagian kewenangan perkim antara pusat, "
            "provinsi sama kab/kota itu kyk apa? ringkasannya aja, ga usah panjang2"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "G'day mate, what's the quick rundown on who looks after what in housing and "
            "settlements between the centre, the province and the regencies?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perkim itu masuk urusan wajib pelayanan dasar atau urusan pilihan sih? pasal "
            "berapa yg ngatur"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "lagi nyusun telaahan staf nih, perlu kutipan bahwa perumahan rakyat & kawasan "
            "permukiman termasuk urusan wajib yg berkaitan dgn pelayanan dasar. UU-nya pasal "
            "brp ayat brp huruf apa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("bedanya kumuh yg ditangani kab sama yg ditangani provinsi apa? patokannya luas kan"),
        "kewenangan.kumuh",
    ),
    (
        (
            "kata pak kadis tolong dicek, bunyi aturan pembagian penanganan kawasan kumuh per "
            "luasan itu persisnya gimana? biar ga salah kutip di paparan besok"
        ),
        "kewenangan.kumuh",
    ),
    (
        ("kumuh yg luasnya 15 hektar ke atas itu udah bukan urusan prov kan? trs siapa yg pegang"),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, mohon penjelasan terkait kawasan permukiman "
            "kumuh berskala besar (15 ha atau lebih): apakah penanganannya menjadi kewenangan "
            "Pemerintah Pusat, dan apakah rumusan aturannya sudah pasti? Demikian disampaikan, "
            "atas perhatiannya diucapkan terima kasih."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "bos minta info, kegiatan pencegahan tumbuhnya kumuh baru itu kewenangan level "
            "mana? ada regulasinya ga"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Reckon the province would chip in for slum prevention work, or is that strictly "
            "the regency's job?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("sub urusan perumahan tuh provinsi pegang apa aja, kab/kota apa aja?", "kewenangan.perumahan"),
    (
        (
            "utk bahan rapat internal, tolong jelaskan pembagian sub-urusan perumahan (yg "
            "bukan kawasan permukiman) antara prov dan kab, dasar hukumnya sekalian"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah buat masyarakat berpenghasilan rendah itu tugas pusat ya? prov "
            "ga ada andil?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "ada warga yg tanya ke saya, kalau mau ada rusun di Sampit itu yg bangun siapa, "
            "kementerian atau pemprov?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah korban banjir di Kec. Mantangai kmrn bisa dibantu provinsi ga? status "
            "bencananya cuma level kabupaten"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Mate, after a disaster who's on the hook for rebuilding people's houses, the "
            "province or the regency?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan sama SKBG itu yg nerbitin kab/kota atau prov?", "kewenangan.izin"),
    (
        (
            "pengembang di Pangkalan Bun nanya ke kami, izin pengembangan kawasan permukiman "
            "ngurusnya ke level pemerintahan mana? dasar hukumnya apa"
        ),
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman itu isinya apa aja per level pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman itu wewenang siapa? pusat kah",
        "kewenangan.kawasan_permukiman",
    ),
    ("bedanya PSU perumahan sama PSU permukiman apa? yg mana jatah provinsi", "kewenangan.psu"),
    (
        (
            "lagi nyiapin usulan, saya perlu tahu jalan & saluran di dalam perumahan developer "
            "di Kel. Ketapang itu bisa diusulkan ke prov atau harus kab sendiri?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "drainase di pinggir jalan provinsi ruas masuk Kasongan bisa diusulin ke "
            "Disperkimtan ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Does the province only do neighbourhood roads and drains in town, or out in the "
            "villages as well? Just checking before the arvo meeting."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah & perencana PSU itu yg keluarin siapa? ada konsultan "
            "kecil di kabupaten kami mau daftar"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi perencana PSU tingkat kemampuan menengah itu di provinsi ya? kalau yg "
            "besar ke mana"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat utk provinsi itu jenis layanannya apa aja, targetnya berapa "
            "persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "dasar hukum SPM bidang perumahan apa? PP 2/2018 pasal berapa, permen PUPR-nya "
            "nomor berapa"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh itu dihitung dari luas seluruh kelurahan atau cuma bagian yg ada di "
            "SK? Kel. Baamang Hilir kan luas bgt"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "atasan saya nanya, kalau desa luasnya 40 ha tapi yg didelineasi kumuh cuma "
            "sebagian, angka mana yg dipakai buat nentuin kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK kumuh yg tanda tangan siapa, bupati atau gubernur? berapa tahun sekali harus "
            "ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    ("permen mana yg atur penetapan lokasi kumuh? pasal berapa", "kumuh.penetapan"),
    (
        (
            "buat bahan sosialisasi ke kelurahan, aspek2 penilaian kumuh apa saja & diatur di "
            "permen berapa?"
        ),
        "kumuh.aspek",
    ),
    (
        ("What are the seven things they look at to call a neighbourhood a slum, mate?"),
        "kumuh.aspek",
    ),
    ("skor kumuh maksimal berapa? kumuh berat mulai nilai berapa?", "kumuh.penilaian"),
    (
        ("hasil penilaian lokasi di Kel. Pasir Putih dapet total 63, itu masuk tingkat apa ya?"),
        "kumuh.penilaian",
    ),
    (
        "rentang nilai kumuh ringan sama kumuh sedang berapa2? nilai kami kmrn 41",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("skor 30 itu ringan atau sedang", "kumuh.tingkat_sedang_ringan"),
    (
        ("bedanya pemugaran, peremajaan sama pemukiman kembali apa? kapan pakai yg mana"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "lokasi kumuh kami di bantaran sungai dekat Kel. Mambulau, tanahnya ga legal. "
            "penanganannya harus dipindah ya?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "buat laporan ke pimpinan besok, ada data kumuh se-Kalteng ga? berapa lokasi, "
            "total luasnya, kab mana yg paling banyak"
        ),
        "kumuh.kalteng",
    ),
    ("How many slum sites has Central Kalimantan got all up, roughly?", "kumuh.kalteng"),
    ("usulan ke prov itu isinya apa aja sih? biar ga bolak-balik revisi", "usulan.isi"),
    (
        ("kenapa di form usulan ditanya sektor segala? kata pimpinan ga perlu, itu buat apa"),
        "usulan.isi",
    ),
    (
        ("jenis usulan yg bisa diajukan ke provinsi apa aja? pilihan 'lainnya' itu buat apa"),
        "usulan.jenis",
    ),
    (
        ("What kinds of projects can we put up to the province, mate? Is it just slums and roads?"),
        "usulan.jenis",
    ),
    ("data lokasi yg harus diisi di usulan apa aja? titik GPS wajib ga?", "usulan.lokasi"),
    (
        (
            "lokasi usulan kami di Kel. Kalampangan, perlu isi perkotaan/perdesaan jg ya? itu "
            "gunanya apa"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "jumlah KK sama jiwa penerima manfaat wajib diisi dua2nya? terus sumber dana pilih "
            "apa kalo mau sharing APBD kab"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "atasan saya nanya, biaya usulan ditulis total estimasi aja? sumber dananya boleh "
            "kombinasi ga"
        ),
        "usulan.penerima_biaya",
    ),
    ("dokumen kesiapan utk usulan PSU apa aja yg harus disiapin?", "usulan.kesiapan"),
    (
        (
            "lagi nyusun checklist nih, kriteria kesiapan (readiness) usulan ke prov itu "
            "isinya apa aja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan utk usulan jaling di Desa Sungai Tendang masih tanah warga, blm "
            "bersertifikat. masih bisa diusulkan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Does the land have to be owned by the regency, or can the works go on a "
            "resident's block?"
        ),
        "usulan.lahan",
    ),
    (
        ("SK kumuh kami terbit 2019, masih bisa dipakai buat usulan kumuh tahun ini ga?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi yg mau diusulkan blm tercantum di SK kumuh bupati, tetep bisa diajukan sbg "
            "usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    ("dokumen teknis yg dilampirkan di usulan apa aja? DED wajib kah?", "usulan.dokumen_teknis"),
    (
        (
            "dari kemarin nanya ga dijawab2: usulan drainase kami perlu lampirkan RAB, RKS, "
            "site plan semua? foto kondisi eksisting jg?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan kesediaan terima hibah dan O&P itu wajib dilampirkan ga? dari "
            "pemkab kan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kata pak kadis tolong dicek, surat pernyataan sanggup memelihara aset stlh "
            "dibangun prov itu perlu dibuat dari sekarang?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Can a bloke get his house fixed up under the province's RTLH program if it sits "
            "on someone else's land?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "ada warga yg tanya ke saya, rumahnya di tanah sendiri tp blm ada sertifikat, cuma "
            "SKT. bisa dapet bantuan RTLH prov? penerimanya siapa yg netapin"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Menteng mau minta jalan lingkungan dibangun prov, caranya "
            "gimana? hrs diketahui siapa aja"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Please advise whether residents may submit a request for neighborhood drainage "
            "directly to the provincial agency, and what endorsements are required."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yg dibangun prov di tanah pemkab nanti asetnya punya siapa? yg "
            "pelihara siapa"
        ),
        "hibah.aset",
    ),
    (
        (
            "With respect to assets constructed by the province on regency land, please advise "
            "how ownership is transferred and which party bears maintenance responsibility."
        ),
        "hibah.aset",
    ),
    (
        ("kalau kumuh di bawah 10 ha bukan jatah prov, sumber dana alternatifnya apa aja?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "lebih baik lewat DAK Tematik PPKT atau APBD kab sendiri buat usulan yg bukan "
            "kewenangan provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("usulan yg kami kirim tahun ini tuh masuk anggaran tahun berapa?", "siklus.tahunan"),
    (
        (
            "Please outline the annual proposal cycle, from regency submission through "
            "provincial budgeting."
        ),
        "siklus.tahunan",
    ),
    ("provinsi meriksa usulan kami dari sisi apa aja? administrasi doang?", "siklus.pemeriksaan"),
    (
        (
            "untuk persiapan rapat internal, tolong jelaskan tahapan verifikasi usulan di "
            "prov: cek administrasi, teknis, kewenangan, lapangan?"
        ),
        "siklus.pemeriksaan",
    ),
    ("rakor bidang kawasan permukiman itu acara apa sih, siapa aja yg ikut?", "siklus.rakor"),
    ("Rakor sama Musrenbang provinsi mana yg duluan?", ("siklus.rakor", "siklus.rkpd_apbd")),
    (
        ("setelah disetujui di rakor, usulan masuk RKPD terus APBD gitu? prosesnya gmn"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Please advise how a proposal endorsed at the Rakor proceeds into the RKPD and, "
            "subsequently, the provincial budget."
        ),
        "siklus.rkpd_apbd",
    ),
    ("pokja PKP itu tugasnya apa & dasar hukumnya permen berapa?", "koordinasi.pokja_pkp"),
    ("kab kami blm punya pokja PKP, perlu dibentuk ga? fungsinya buat apa", "koordinasi.pokja_pkp"),
    ("alamat kantor Disperkimtan prov di mana ya? mau antar berkas", "disperkimtan.kontak"),
    (
        (
            "Kindly provide the office address of the provincial housing, settlement and land "
            "agency in Palangka Raya."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja?", "bot.cara_pakai"),
    (
        ("masa ginian aja susah, menu bot ini gimana makainya sih? jamnya pake WIB atau WITA"),
        "bot.cara_pakai",
    ),
    ("bisa salin usulan tahun lalu biar ga ngetik ulang dari awal?", "bot.usul"),
    (
        (
            "Please advise the maximum number of photographs and PDF attachments permitted "
            "when submitting through /usul."
        ),
        "bot.usul",
    ),
    ("status 'perlu perbaikan' itu maksudnya apa? kami harus ngapain", "bot.status"),
    ("bedanya status diajukan sama verifikasi apa?", "bot.status"),
    (
        "usulan kami statusnya dialihkan, artinya apa & langkah selanjutnya gimana?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Pursuant to a rejection notice, may a regency appeal the decision or resubmit the "
            "same proposal?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "tolong cepat ya udah ditunggu pimpinan: standarnya berapa lama usulan harus "
            "ditanggapi admin? udah seminggu blm ada kabar"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "standar waktu verifikasi di bot ini ngikut LAPOR! ya? berapa hari kerja",
        "bot.tindak_lanjut",
    ),
    (
        ("kalau saya berhalangan hadir rapat, boleh diwakilkan staf? konfirmasinya lewat bot gmn"),
        "bot.rapat",
    ),
    (
        (
            "Please advise how attendance is to be confirmed for meeting invitations issued "
            "through Sinkron."
        ),
        "bot.rapat",
    ),
    ("bos nanya, Perkim itu kepanjangannya apa", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? 'tan'-nya itu apa", "istilah.disperkimtan"),
    (
        (
            "Kindly clarify, for purposes of our official correspondence, the full name behind "
            "the acronym Disperkimtan."
        ),
        "istilah.disperkimtan",
    ),
    ("PSU itu singkatan dr apa?", "istilah.psu"),
    (
        ("lagi ngetik surat pengantar, PSU kepanjangan resminya gimana? takut salah tulis"),
        "istilah.psu",
    ),
    ("jaling itu apa ya, sering muncul di dokumen", "istilah.jaling"),
    (
        ("Please clarify the meaning of the term jaling as used in proposal documents."),
        "istilah.jaling",
    ),
    ("drainase lingkungan maksudnya apa sih", "istilah.drainase"),
    ("KR di tabel kumuh itu artinya apa?", "istilah.kr"),
    ("kata kabid lokasi kami KR, itu maksudnya?", "istilah.kr"),
    ("kode KS di data kumuh artinya?", "istilah.ks"),
    ("KB di kolom tingkat kekumuhan itu apa, bukan keluarga berencana kan", "istilah.kb"),
    ("lokasi Murung Keramat ditulis KB di lampiran SK, maksudnya apa?", "istilah.kb"),
    ("SK kumuh itu apa?", "istilah.skkumuh"),
    ("Please define the term SK kumuh.", "istilah.skkumuh"),
    ("delineasi artinya apa?", "istilah.delineasi"),
    ("ada warga yg tanya ke saya, peta delineasi itu maksudnya apa", "istilah.delineasi"),
    ("RTLH kepanjangannya?", "istilah.rtlh"),
    ("buat laporan ke pimpinan, RTLH itu singkatan resminya apa ya", "istilah.rtlh"),
    ("RLH itu apa? beda sama RTLH?", ("istilah.rlh", "istilah.rtlh")),
    ("bedah rumah itu istilah resmi atau apa? maksudnya apa", "istilah.bedahrumah"),
    ("warga sering bilang 'program bedah rumah', itu artinya apa sih", "istilah.bedahrumah"),
    ("BSPS singkatan apa", "istilah.bsps"),
    ("Please advise what BSPS stands for.", "istilah.bsps"),
    ("MBR itu apa?", "istilah.mbr"),
    ("atasan saya nanya, MBR di dokumen perumahan kepanjangannya apa", "istilah.mbr"),
    ("rusunawa artinya apa", "istilah.rusunawa"),
    ("kata pak sekdis tolong dicek, rusunawa itu singkatan dari apa ya", "istilah.rusunawa"),
    ("rusus itu rumah apa", "istilah.rusus"),
    (
        (
            "Yth. Admin, dengan hormat, mohon dijelaskan arti istilah rusus yang tercantum "
            "dalam bahan rapat. Demikian disampaikan, atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "istilah.rusus",
    ),
]

TRAIN_R65_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0012 udah sampe mana ya? kirimnya tgl 3/4 kmrn", "status"),
    (
        (
            "tolong cek progres usulan jaling Kec. Baamang yg kami ajukan semester 1 kemarin, "
            "udah diverifikasi blm?"
        ),
        "status",
    ),
    (
        (
            "Has our drainage proposal from Buntok been looked at yet, mate? Sent it in a "
            "fortnight ago."
        ),
        "status",
    ),
    ("rakor thn ini jadinya kapan & dmn? kata kabid semester 2", "meeting"),
    ("ada rapat minggu depan ga? Kamis 12-3-2027 jam 09.00 WIB itu jadi?", "meeting"),
    (
        (
            "Please advise the date and venue of the next coordination meeting at your "
            "earliest convenience."
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan utk TA thn dpn kapan?", "deadline"),
    ("masih bisa ngusul sebelum lebaran ga? tenggatnya tgl berapa", "deadline"),
    (
        (
            "bos minta info, usulan buat anggaran 2028 paling lambat masuk kapan, akhir bulan "
            "ini masih keburu?"
        ),
        "deadline",
    ),
    ("selamat pagi min", "greeting"),
    ("makasih banyak infonya pak, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja? baru gabung nih", "greeting"),
    ("cara masukin usulan lewat bot gmn?", "how_to_submit"),
    ("gimana langkah2 kirim usulan kegiatan lewat Sinkron? mulai dari mana", "how_to_submit"),
    ("How do I lodge a proposal through this bot?", "how_to_submit"),
]

TRAIN_R65_AREAS: list[tuple[str, str]] = [
    (
        ("kawasan kumuh di Kel. Mentawa Baru Hilir luasnya 125 are, itu kewenangan siapa?"),
        "kabkota",
    ),
    (
        (
            "luas delineasi kumuh di Kel. Jelapat hampir 10 ha (9,8 ha), jadi kurang dari 10, "
            "yg nangani prov atau kab?"
        ),
        "kabkota",
    ),
    ("kumuh 95.000 m² di Kel. Lanjas Muara Teweh tanggung jawab level mana?", "kabkota"),
    ("A 1.5 ha slum pocket in Kumai Hulu, whose call is that, mate?", "kabkota"),
    ("lokasi kumuh seluas 0,12 km2 di Pahandut Seberang siapa yg tangani?", "provinsi"),
    ("kawasan kumuh pas 10 hektare di Selat Hulu masuk kewenangan siapa", "provinsi"),
    (
        (
            "luas kumuh di Kel. Mendawai Seberang antara 11 sampai 13 ha, kab atau prov yg "
            "berwenang?"
        ),
        "provinsi",
    ),
    ("atasan saya nanya, kumuh 1.425 are di Kel. Kasongan Lama itu urusan siapa?", "provinsi"),
    ("kumuh tepat 15 ha di Kel. Pasir Putih, kewenangan provinsi bukan?", "pusat"),
    (
        (
            "With respect to a slum area in excess of 15 hectares in Tamiang Layang, please "
            "advise which level of government is responsible."
        ),
        "pusat",
    ),
    (
        ("kawasan kumuh 0,2 km persegi di Kel. Kereng Bangkirai siapa yg berwenang menangani?"),
        "pusat",
    ),
    ("kumuh 160.000 m2 di Kel. Mambulau itu kewenangan kab, prov atau pusat?", "pusat"),
]

TRAIN_R65_OUT_OF_SCOPE: list[str] = [
    "harga semen sekarang di Sampit berapa per sak?",
    "besok Palangka Raya hujan ga ya? mau survei lapangan",
    "cara perpanjang KTP elektronik di Disdukcapil gimana?",
    "gaji ke-13 PNS cair tanggal berapa tahun ini?",
    "berapa jumlah RTLH di Kab. Katingan per 2025?",
    "alokasi DAK Tematik PPKT utk Kapuas tahun 2027 berapa miliar?",
    "siapa pemenang tender jalan lingkungan di Kec. Kumai tahun lalu?",
    "berapa harga tanah per meter di Jekan Raya sekarang?",
    "berapa anggaran Disperkimtan prov tahun 2026 totalnya?",
    "cara daftar CPNS formasi teknik sipil gimana min?",
    "jadwal kapal dari Kuala Pembuang ke Semarang minggu ini kapan?",
    "tarif air PDAM di Muara Teweh per kubik berapa?",
    ("What's the going rate for a builder's labourer in Palangka Raya these days?"),
    ("Please advise the current backlog figure for housing in Kotawaringin Timur as of this year."),
    ("saya mau cuti melahirkan, pengajuannya ke BKD atau ke atasan langsung dulu?"),
]
