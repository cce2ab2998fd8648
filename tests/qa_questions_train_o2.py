"""Training table O2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half very short fragments of two to six words typed in a hurry (abbreviations, no
question mark, a keyword and a place name); half comparisons and negated checks ('bedanya X
sama Y apa', 'mana yang tepat, X atau Y', 'kalau bukan kewenangan kabupaten, lalu siapa',
'kenapa tidak boleh ...'). About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_O2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    ("pembagian kewenangan perkim", "kewenangan.ringkasan"),
    ("pusat prov kab bagi tugas gmn", "kewenangan.ringkasan"),
    (
        "bedanya tugas provinsi sama kabupaten di bidang perkim itu apa aja",
        "kewenangan.ringkasan",
    ),
    (
        "what's the split between centre, province and regency in housing and settlements",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perkim termasuk urusan wajib", "kewenangan.urusan_wajib"),
    ("pasal 12 uu 23 perumahan rakyat", "kewenangan.urusan_wajib"),
    (
        "mana yg benar, perumahan itu urusan wajib atau urusan pilihan",
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan bukan urusan pelayanan dasar kan, cuma urusan penunjang?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh 12 ha siapa", "kewenangan.kumuh"),
    ("kewenangan kumuh Kapuas 8 ha", "kewenangan.kumuh"),
    (
        "bedanya kumuh 9 ha sama 11 ha dari sisi kewenangan apa",
        "kewenangan.kumuh",
    ),
    (
        "kalau kumuhnya cuma 7 hektar bukan urusan provinsi, lalu siapa yg tangani",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    ("kumuh 20 ha siapa yg tangani", "kewenangan.kumuh_pusat"),
    ("kawasan kumuh diatas 15 ha Sampit", "kewenangan.kumuh_pusat"),
    (
        "pas 15 ha itu masih provinsi atau sdh masuk pusat",
        "kewenangan.kumuh_pusat",
    ),
    (
        "the province can't take on a 32 ha slum area, can it? who does then",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tugas siapa", "kewenangan.pencegahan_kumuh"),
    ("slum prevention province or regency", "kewenangan.pencegahan_kumuh"),
    (
        "provinsi tdk bisa ya danai kegiatan pencegahan kumuh di Katingan",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "bedanya pencegahan kumuh dgn peningkatan kualitas kumuh soal siapa yg pegang",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("sub urusan perumahan prov apa aja", "kewenangan.perumahan"),
    ("kewenangan perumahan kab kota", "kewenangan.perumahan"),
    (
        "in housing, what does the province handle that the regency doesn't",
        "kewenangan.perumahan",
    ),
    (
        "urusan rumah itu mana bagian prov mana bagian kabupaten",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah MBR siapa yg bangun", "kewenangan.perumahan_pusat"),
    ("rusun kewenangan pusat", "kewenangan.perumahan_pusat"),
    (
        "kenapa rumah utk MBR tdk bisa diusulkan ke provinsi",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan MBR itu urusan pusat atau provinsi",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    ("rumah korban banjir Pulpis siapa", "kewenangan.bencana_relokasi"),
    ("relokasi warga program prov", "kewenangan.bencana_relokasi"),
    (
        "bedanya bencana provinsi sama bencana kabupaten utk rumah korbannya apa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "if a regency programme relocates people, the province doesn't build their houses, right?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("housing permit who issues", "kewenangan.izin"),
    ("yg terbitkan SKBG siapa", "kewenangan.izin"),
    (
        "izin pengembangan kawasan permukiman bukan di provinsi ya",
        "kewenangan.izin",
    ),
    (
        "mana yg tepat, izin pembangunan perumahan diurus ke prov atau ke kabupaten",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman", "kewenangan.kawasan_permukiman"),
    ("kawasan permukiman prov tugasnya apa", "kewenangan.kawasan_permukiman"),
    (
        "penetapan sistem kawasan permukiman bukan wewenang provinsi kan",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "under the settlement-areas sub-affair, what is the province's part vs the regency's",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan siapa", "kewenangan.psu"),
    ("kewenangan PSU permukiman", "kewenangan.psu"),
    ("bedanya PSU permukiman sama PSU perumahan apa", "kewenangan.psu"),
    (
        "jalan di perumahan developer tdk bisa ya diusulkan ke provinsi",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    ("PSU prov bangun apa aja", "psu.lingkup_provinsi"),
    ("jaling drainase desa Bahaur Basantan", "psu.lingkup_provinsi"),
    (
        "kenapa jalan kabupaten tdk boleh diusulkan sbg PSU ke provinsi",
        "psu.lingkup_provinsi",
    ),
    (
        "does Disperkimtan build drainage along provincial roads, or only neighbourhood drains?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah", "kewenangan.sertifikasi"),
    ("registrasi perencana PSU kab", "kewenangan.sertifikasi"),
    (
        "sertifikasi perencana tingkat kecil, menengah, besar bedanya siapa yg pegang",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi perencana PSU kemampuan menengah bukan di kabupaten ya",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan prov", "kewenangan.spm"),
    ("target SPM rumah korban bencana", "kewenangan.spm"),
    ("bedanya SPM perumahan provinsi dan kab kota apa", "kewenangan.spm"),
    (
        "is the provincial housing SPM target 100 percent or something lower",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    ("luas kumuh pakai luas desa", "kumuh.luas_delineasi"),
    ("luas delineasi di SK", "kumuh.luas_delineasi"),
    (
        "yg dihitung luas delineasi atau luas seluruh kelurahan",
        "kumuh.luas_delineasi",
    ),
    (
        "kenapa luas satu kelurahan tdk boleh dipakai utk menentukan kewenangan kumuh",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yg tetapkan lokasi kumuh siapa", "kumuh.penetapan"),
    ("SK kumuh direview brp thn", "kumuh.penetapan"),
    ("SK kumuh ditandatangani gubernur atau bupati", "kumuh.penetapan"),
    (
        "can the province designate a slum location itself, or only the regent or mayor?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("7 aspek kumuh", "kumuh.aspek"),
    ("kriteria kumuh apa aja", "kumuh.aspek"),
    ("air minum termasuk aspek kumuh atau tdk", "kumuh.aspek"),
    ("proteksi kebakaran bukan aspek penilaian kumuh kan", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh berat brp", "kumuh.penilaian"),
    ("nilai maks kumuh", "kumuh.penilaian"),
    ("skor 65 itu kumuh berat atau masih sedang", "kumuh.penilaian"),
    (
        "is a score of 60 already heavy slum or not yet?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang skor kumuh sedang", "kumuh.tingkat_sedang_ringan"),
    ("kumuh ringan nilainya brp", "kumuh.tingkat_sedang_ringan"),
    (
        "bedanya kumuh sedang sama kumuh ringan dari angka skornya",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("nilai 30 itu bukan kumuh sedang ya", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pola penanganan kumuh", "kumuh.pola_penanganan"),
    ("pemugaran vs peremajaan", "kumuh.pola_penanganan"),
    (
        "lahan ilegal tdk bisa dipugar ya, hrs pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "which fits a heavy slum on legal land, peremajaan or pemukiman kembali",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("jumlah lokasi kumuh kalteng", "kumuh.kalteng"),
    ("total slum hectares Kalteng", "kumuh.kalteng"),
    (
        "kab mana yg lokasi kumuhnya paling banyak, Kapuas atau Kotim",
        "kumuh.kalteng",
    ),
    (
        "kumuh di kalteng kebanyakan di tepi sungai atau di daratan",
        "kumuh.kalteng",
    ),
    # usulan.isi
    ("isi usulan apa aja", "usulan.isi"),
    ("usulan hrs memuat apa", "usulan.isi"),
    (
        "kenapa form usulan tanya banyak hal, tdk cukup judul sama foto aja",
        "usulan.isi",
    ),
    (
        "data mana yg wajib di usulan dan mana yg boleh dilewati",
        "usulan.isi",
    ),
    # usulan.jenis
    ("jenis usulan apa aja", "usulan.jenis"),
    ("kategori usulan kumuh psu rtlh", "usulan.jenis"),
    (
        "rumah korban bencana masuk jenis rumah atau lainnya",
        "usulan.jenis",
    ),
    (
        "can I propose something that isn't slum, PSU, housing or RTLH?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("lokasi usulan diisi apa", "usulan.lokasi"),
    ("titik GPS usulan wajib", "usulan.lokasi"),
    (
        "nama lokasi ditulis sesuai SK kumuh atau cukup nama desanya",
        "usulan.lokasi",
    ),
    (
        "perkotaan atau perdesaan, lokasi di Kelurahan Tumbang Rungan dipilih yg mana",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("jumlah KK jiwa usulan", "usulan.penerima_biaya"),
    ("sumber dana usulan pilihannya", "usulan.penerima_biaya"),
    (
        "biaya usulan diisi total atau per unit",
        "usulan.penerima_biaya",
    ),
    ("jumlah jiwa boleh lebih kecil dari KK tdk", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("readiness criteria usulan", "usulan.kesiapan"),
    ("dokumen kesiapan usulan PSU", "usulan.kesiapan"),
    (
        "usulan yg dokumen kesiapannya blm lengkap tetap bisa dikirim atau tdk",
        "usulan.kesiapan",
    ),
    (
        "kesiapan usulan itu bukan cuma soal DED kan, apa lagi yg dilihat",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("status lahan clean clear", "usulan.lahan"),
    ("lahan milik desa boleh", "usulan.lahan"),
    ("lahan yg msh sengketa tdk bisa ya diusulkan", "usulan.lahan"),
    (
        "lahan blm sertifikat tp ada SKT, itu sdh clean and clear atau belum",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("nomor SK kumuh di usulan", "usulan.sk_kumuh"),
    ("SK kumuh 2018 msh bisa utk usulan", "usulan.sk_kumuh"),
    (
        "lokasi tdk tercantum di SK kumuh, usulan kumuhnya tetap bisa?",
        "usulan.sk_kumuh",
    ),
    (
        "why does my slum proposal need the SK kumuh number and date, not just the area?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    ("DED RAB wajib", "usulan.dokumen_teknis"),
    ("max photos per proposal", "usulan.dokumen_teknis"),
    ("RAB saja tanpa DED cukup tdk", "usulan.dokumen_teknis"),
    (
        "perlu RKS dan site plan juga atau cukup DED sama RAB",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah O&P", "usulan.surat_pernyataan"),
    ("surat kesanggupan pelihara aset", "usulan.surat_pernyataan"),
    (
        "kenapa hrs ada surat sanggup memelihara, kan yg bangun provinsi",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan hibah dan O&P sama surat usulan bupati itu beda atau satu surat",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat RTLH prov", "usulan.rtlh"),
    ("penerima RTLH Kotim siapa tetapkan", "usulan.rtlh"),
    (
        "bangun rumah baru tdk bisa ya lewat program RTLH provinsi",
        "usulan.rtlh",
    ),
    (
        "the house is on his parents' land with no SKT, so it can't get provincial RTLH help?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    ("warga minta jaling ke prov", "usulan.psu_masyarakat"),
    ("usulan PSU dari masyarakat", "usulan.psu_masyarakat"),
    (
        "warga boleh usul drainase langsung ke prov atau hrs lewat dinas kab",
        "usulan.psu_masyarakat",
    ),
    (
        "does a residents' request for a road need the RT, Lurah and Camat to know about it?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("BAST hibah jaling", "hibah.aset"),
    ("handover of PSU assets to regency", "hibah.aset"),
    (
        "selesai dibangun, pemeliharaan jalannya tanggung jawab prov atau kab",
        "hibah.aset",
    ),
    (
        "kenapa aset yg dibangun provinsi tdk tetap jadi aset provinsi saja",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("dana selain APBD prov", "pendanaan.saluran_lain"),
    ("bukan kewenangan prov dana dr mana", "pendanaan.saluran_lain"),
    (
        "kalau bukan kewenangan provinsi, lalu sebaiknya didanai dari mana",
        "pendanaan.saluran_lain",
    ),
    (
        "DAK Tematik PPKT atau APBDes, mana yg lebih cocok utk kumuh kecil di desa",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan tiap thn", "siklus.tahunan"),
    ("usulan thn ini utk TA brp", "siklus.tahunan"),
    (
        "usulan dikirim 2026 dianggarkan 2026 atau 2027",
        "siklus.tahunan",
    ),
    (
        "is the proposal cycle once a year, or can we send proposals any time?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("usulan diperiksa apa aja", "siklus.pemeriksaan"),
    ("verifikasi teknis usulan prov", "siklus.pemeriksaan"),
    (
        "provinsi cek ke lapangan atau cuma periksa dokumen",
        "siklus.pemeriksaan",
    ),
    (
        "pemeriksaan administrasi, teknis dan kewenangan, bedanya masing2 apa",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakor kawasan permukiman", "siklus.rakor"),
    ("rakor bahas apa aja", "siklus.rakor"),
    (
        "rakor itu sebelum atau sesudah musrenbang provinsi",
        "siklus.rakor",
    ),
    (
        "is the Rakor only for provincial staff, or do regency officers take part too?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    ("setelah rakor usulan kmn", "siklus.rkpd_apbd"),
    ("usulan masuk RKPD kapan", "siklus.rkpd_apbd"),
    (
        "disetujui di rakor blm tentu masuk APBD ya",
        "siklus.rkpd_apbd",
    ),
    (
        "bedanya usulan masuk RKPD dgn masuk APBD apa buat kami",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("pokja pkp kab", "koordinasi.pokja_pkp"),
    ("SK pokja PKP perlu", "koordinasi.pokja_pkp"),
    ("pokja PKP sama forum PKP bedanya apa", "koordinasi.pokja_pkp"),
    (
        "kab kami blm punya pokja PKP, tdk masalah kan utk koordinasi",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat disperkimtan", "disperkimtan.kontak"),
    ("kantor perkim prov dmn", "disperkimtan.kontak"),
    (
        "kantor disperkimtan msh di Jl DI Panjaitan atau sdh pindah",
        "disperkimtan.kontak",
    ),
    (
        "disperkimtan itu bukan dinas PUPR ya, beda kantor?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("perintah bot apa aja", "bot.cara_pakai"),
    ("how to use this bot", "bot.cara_pakai"),
    ("jam di bot ini WIB atau WITA", "bot.cara_pakai"),
    (
        "tdk ada menu tombol ya, hrs ketik perintah pakai garis miring?",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("/usul gmn", "bot.usul"),
    ("kirim usulan lwt bot", "bot.usul"),
    (
        "usulan lewat bot sama surat fisik, mana yg dipakai provinsi",
        "bot.usul",
    ),
    (
        "isian /usul tdk hilang kan kalau sinyal putus di tengah",
        "bot.usul",
    ),
    # bot.status
    ("arti status verifikasi", "bot.status"),
    ("status perlu perbaikan", "bot.status"),
    ("dibahas rakor sama disetujui bedanya apa", "bot.status"),
    ("is 'diajukan' the same as approved?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan ditolak knp", "bot.ditolak_dialihkan"),
    ("usulan dialihkan ke APBN", "bot.ditolak_dialihkan"),
    ("ditolak sama dialihkan bedanya apa", "bot.ditolak_dialihkan"),
    (
        "usulan yg sdh ditolak tdk bisa diajukan lagi ya?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("brp lama usulan diverifikasi", "bot.tindak_lanjut"),
    ("standar 3 hari kerja", "bot.tindak_lanjut"),
    (
        "5 hari kerja itu batas verifikasi atau batas tanggapan",
        "bot.tindak_lanjut",
    ),
    (
        "is the 3-working-day follow-up a legal rule or just the bot's own standard?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("konfirmasi hadir rapat", "bot.rapat"),
    ("send a deputy to Rakor", "bot.rapat"),
    (
        "kabid tdk bisa hadir, boleh diwakilkan staf atau tdk",
        "bot.rapat",
    ),
    (
        "pengingat rapat dikirim sehari sebelumnya atau 2 jam sebelumnya",
        "bot.rapat",
    ),
    # glossary terms
    ("DAK tematik PPKT singkatan dr apa", "istilah.daktematikppkt"),
    ("PPKT in DAK Tematik stands for what", "istilah.daktematikppkt"),
    ("apbn apaan", "istilah.apbn"),
    ("arti APBD", "istilah.apbd"),
    ("APBDes itu sama dgn dana desa atau beda", "istilah.apbdes"),
    ("bankeu itu apa", "istilah.bankeu"),
    ("pokir dewan maksudnya", "istilah.pokir"),
    ("musrenbang kepanjangannya", "istilah.musrenbang"),
    ("RKPD itu rencana tahunan atau lima tahunan", "istilah.rkpd"),
    ("renja opd artinya", "istilah.renja"),
    ("renstra bukan sama dgn RPJMD kan, renstra itu apa", "istilah.renstra"),
    ("what does RPJMD stand for", "istilah.rpjmd"),
    ("KUA-PPAS singkatan", "istilah.kuappas"),
    ("rka maksudnya", "istilah.rka"),
    ("DPA itu dokumen apa, bukan RKA kan", "istilah.dpa"),
    ("SIPD itu aplikasi apa", "istilah.sipd"),
    ("bapperida itu bappeda yg ganti nama atau lain", "istilah.bapperida"),
    ("opd apa sih", "istilah.opd"),
    ("SKPD sama OPD sama aja ga", ("istilah.skpd", "istilah.opd")),
    ("what is SPAM in water supply terms", "istilah.spam"),
    ("SPALD itu apa", "istilah.spald"),
    ("IPAL itu instalasi apa", "istilah.ipal"),
    ("TPS3R kepanjangan", "istilah.tps3r"),
    ("mck itu apa", "istilah.mck"),
    ("RTRW di sini rukun tetangga atau tata ruang", "istilah.rtrw"),
    ("RDTR itu rencana apa, bukan RTRW kan", "istilah.rdtr"),
    ("PBG itu pengganti IMB atau bukan", "istilah.pbg"),
    ("arti SLF bangunan", "istilah.slf"),
    ("SKBG itu sertifikat apa", "istilah.skbg"),
    ("SKT itu sama dgn sertifikat BPN atau bukan", "istilah.skt"),
    ("clean and clear maksudnya", "istilah.cleanandclear"),
    ("what does CSR mean here", "istilah.csr"),
    ("rakor itu singkatan apa", "istilah.rakor"),
    ("LAPOR! itu apa", "istilah.lapor"),
    ("WIB itu UTC+7 atau UTC+8", "istilah.wib"),
    ("backlog perumahan artinya", "istilah.backlog"),
    ("PKP di sini pajak atau perumahan", "istilah.pkp"),
    ("definisi kumuh", "istilah.kumuh"),
    ("DAK singkatan", "istilah.dak"),
    ("rusun kepanjangannya apa", "istilah.rusun"),
    ("pokir itu usulan anggota DPRD bukan", "istilah.pokir"),
]
