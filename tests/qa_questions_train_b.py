"""Training table B for the Sinkron matcher (written 2026-12-04; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (the topic ids and titles) and the domain briefs (docs/domain.md, the project's
DOMAIN.md, DOMAIN-RESEARCH.md and the wilayah CSV for place names).

Style emphasis of this round: how different people ask. A new staff member in the first week
("maaf saya baru seminggu..."), a head of division (kabid) writing formally ("Mohon
penjelasan..."), an auditor or DPRD staff asking for the legal basis ("atas dasar apa..."), a
consultant helping a regency prepare documents, a village head (kades) asking through the
regency officer ("ada kades nanya..."), an officer checking something heard at a meeting
("bener ga...", "kata pak kabid..."); permission questions ("boleh gak", "bisa tidak",
"apakah diperbolehkan"), who-decides / who-signs questions, what-to-attach questions and
comparison questions ("X sama Y bedanya apa", labelled with both ids). Chat spelling for most,
formal Indonesian for some, about one question in ten in English. Questions are spread over
all topic ids, at least two per topic, more for the common ones (authority, slums, proposal
contents, readiness, funding, the yearly cycle).

This is a training set: its questions teach the bot's matcher how officers ask
(bench/asked.py writes them into bot/data/asked.toml); its own figure measures nothing.
"""

ROUNDTB_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "maaf saya baru seminggu di bidang perkim, gampangnya pusat, prov sama kab itu pegang "
        "apa aja ya?",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon penjelasan singkat mengenai pembagian kewenangan bidang perumahan dan kawasan "
        "permukiman antara Pemerintah Pusat, Provinsi, dan Kabupaten/Kota.",
        "kewenangan.ringkasan",
    ),
    (
        "atas dasar apa urusan perkim dibagi2 antara prov dan kab? dasar hukumnya UU apa",
        "kewenangan.ringkasan",
    ),
    (
        "kami konsultan yg bantu pemkab gumas nyusun dokumen, boleh minta gambaran siapa "
        "ngurus apa di PKP?",
        "kewenangan.ringkasan",
    ),
    (
        "In short, which level of government handles what in housing and settlements?",
        "kewenangan.ringkasan",
    ),
    (
        "bedanya tugas prov sama tugas kab di bidang perumahan permukiman apa aja sih",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "perumahan rakyat itu masuk urusan wajib atau urusan pilihan sih?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Anggota DPRD menanyakan atas dasar apa perumahan disebut urusan wajib pelayanan "
        "dasar, pasal berapa ya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "bener ga kata pak kabid perkim itu urusan wajib yg berkaitan dgn pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("batas luas kumuh yg jadi jatah provinsi itu berapa ha sampe berapa ha?", "kewenangan.kumuh"),
    (
        "Mohon dijelaskan pembagian penanganan kawasan kumuh berdasarkan luasan antara "
        "kabupaten, provinsi, dan pusat.",
        "kewenangan.kumuh",
    ),
    (
        "kata pak kabid kumuh yg 10 sampe 15 hektar itu urusan provinsi, bener ga?",
        "kewenangan.kumuh",
    ),
    (
        "boleh gak kab usul kumuh yg luasnya kecil ke prov? atau memang harus ditangani sendiri",
        "kewenangan.kumuh",
    ),
    (
        "atas dasar apa prov cuma mau nangani kumuh dengan luasan tertentu? mana aturannya",
        "kewenangan.kumuh",
    ),
    (
        "Who is responsible for upgrading a slum area, and does its size decide it?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh yg gede banget, lewat batas provinsi, itu siapa yg pegang?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Apakah penanganan permukiman kumuh seluas 15 ha atau lebih merupakan kewenangan "
        "Pemerintah Pusat? Mohon disertai dasarnya.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh yg luas banget itu larinya ke kementerian ya, bukan ke disperkimtan?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("kegiatan pencegahan kumuh bisa diusulkan ke prov gak?", "kewenangan.pencegahan_kumuh"),
    (
        "kalo kegiatannya sifatnya mencegah biar kampung ga jadi kumuh, itu tugas siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Auditor menanyakan atas dasar apa pencegahan permukiman kumuh dianggarkan di "
        "kabupaten, bukan di provinsi.",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("di sub urusan perumahan, provinsi sebenernya pegang apa aja?", "kewenangan.perumahan"),
    (
        "kab/kota di urusan perumahan kewenangannya apa aja selain rumah korban bencana?",
        "kewenangan.perumahan",
    ),
    (
        "Mohon informasi pembagian kewenangan sub-urusan perumahan antara provinsi dan "
        "kabupaten/kota.",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah buat MBR bisa diusulkan ke prov ga? atau itu bagian pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "bangun rusun buat warga berpenghasilan rendah itu kewenangan siapa sih?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan buat masyarakat berpenghasilan rendah itu urusan pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Does the province build houses for low-income families, or is that the central "
        "government?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga kebanjiran di Kapuas rusak berat, yg nanganin prov atau kab?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "ada kades nanya lewat saya: rumah warganya habis kena longsor, siapa yg wajib bantu "
        "bangun lagi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "siapa yg harus nyediain rumah buat warga yg kena relokasi proyek pemprov?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Mohon penjelasan, untuk bencana berskala provinsi siapa yang bertanggung jawab "
        "menyediakan dan merehabilitasi rumah korban?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana nasional itu ditangani level mana?", "kewenangan.bencana_relokasi"),
    (
        "Who rebuilds houses for people moved out by a regency relocation programme?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan dari developer itu yg nerbitin prov atau kab?",
        "kewenangan.izin",
    ),
    ("sertifikat kepemilikan bangunan gedung itu yg keluarin pemda mana?", "kewenangan.izin"),
    ("boleh gak provinsi nerbitin izin pengembangan kawasan permukiman?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja buat kab/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional itu yg netapin siapa?", "kewenangan.kawasan_permukiman"),
    (
        "di sub-urusan kawasan permukiman, provinsi kebagian tugas apa aja?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan sama PSU permukiman bedanya apa? yg mana bagian prov", "kewenangan.psu"),
    (
        "jalan di dalem komplek perumahan developer rusak, bisa diusulin ke prov gak?",
        "kewenangan.psu",
    ),
    (
        "Mohon penjelasan pembagian kewenangan penyelenggaraan PSU antara Pemerintah Provinsi "
        "dan Pemerintah Kabupaten/Kota.",
        "kewenangan.psu",
    ),
    (
        "kata pak kabid prov cuma pegang PSU permukiman, yg perumahan kab, bener ga?",
        "kewenangan.psu",
    ),
    (
        "kami konsultan, PSU buat kompleks perumahan itu masuk kewenangan siapa ya?",
        "kewenangan.psu",
    ),
    (
        "Which level is responsible for PSU in housing estates versus settlement areas?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    ("PSU dari prov itu bentuknya apa aja? jaling sama drainase doang?", "psu.lingkup_provinsi"),
    (
        "bisa tidak jalan kabupaten yg rusak diusulkan ke disperkimtan lewat program PSU?",
        "psu.lingkup_provinsi",
    ),
    ("boleh gak usul drainase di pinggir jalan provinsi ke disperkimtan?", "psu.lingkup_provinsi"),
    (
        "Apakah PSU dari provinsi dapat dilaksanakan di kawasan perdesaan, atau hanya di "
        "perkotaan?",
        "psu.lingkup_provinsi",
    ),
    (
        "kalau lahannya aset pemkab, prov bisa bangun jalan lingkungan di situ gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "Does Disperkimtan build anything besides neighbourhood roads and drainage?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat kecil itu kewenangan kab ya?", "kewenangan.sertifikasi"),
    (
        "registrasi badan usaha perencana PSU kemampuan menengah itu ngurusnya ke provinsi?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan buat provinsi itu layanannya apa aja?", "kewenangan.spm"),
    (
        "atas dasar apa provinsi wajib nyediain rumah layak huni buat korban bencana? SPM nya "
        "aturan mana",
        "kewenangan.spm",
    ),
    ("target capaian SPM rumah korban bencana itu berapa persen?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipake itu luas desanya atau luas yg di SK?", "kumuh.luas_delineasi"),
    (
        "desa kami luasnya ratusan ha tapi yg kumuh cuma sebagian, yg dihitung yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kawasan yang menjadi dasar pembagian kewenangan itu mengacu pada dokumen apa?",
        "kumuh.luas_delineasi",
    ),
    (
        "di SK kumuh luasnya segini tapi di lapangan kayaknya lebih luas, yg dipake yg mana?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("SK kumuh itu yg tanda tangan siapa? bupati atau gubernur?", "kumuh.penetapan"),
    ("How often does the SK kumuh have to be reviewed?", "kumuh.penetapan"),
    (
        "kata orang di rapat SK kumuh kita yg 2018 udah basi, harus diperbarui, bener ga?",
        "kumuh.penetapan",
    ),
    ("Lampiran SK penetapan lokasi kumuh itu wajib memuat apa saja?", "kumuh.penetapan"),
    (
        "atas dasar apa lokasi kumuh ditetapkan pake keputusan bupati? permennya apa",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh itu ada berapa aspek, apa aja?", "kumuh.aspek"),
    ("proteksi kebakaran termasuk kriteria kumuh juga?", "kumuh.aspek"),
    ("What are the seven aspects used to assess a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor berapa baru dibilang kumuh berat?", "kumuh.penilaian"),
    ("nilai maksimal penilaian kumuh itu berapa?", "kumuh.penilaian"),
    ("tiap kriteria kumuh dinilai 0, 1, 3, 5 itu maksudnya gimana?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("kumuh sedang itu skornya dari berapa sampe berapa?", "kumuh.tingkat_sedang_ringan"),
    ("skor totalnya 20, itu masuk kumuh ringan ya?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pemugaran sama peremajaan bedanya apa?", "kumuh.pola_penanganan"),
    ("Which handling pattern applies to a slum on illegal land?", "kumuh.pola_penanganan"),
    (
        "Untuk kumuh ringan di atas lahan legal, pola penanganan yang sesuai apa?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("kalteng ada berapa lokasi kumuh sih totalnya?", "kumuh.kalteng"),
    ("kabupaten mana yg paling banyak lokasi kumuhnya di kalteng?", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan di mana, pinggir sungai ya?", "kumuh.kalteng"),
    # usulan.isi
    ("maaf saya staf baru, usulan kegiatan ke provinsi itu isinya apa aja?", "usulan.isi"),
    ("Dalam menyusun usulan ke Disperkimtan, data apa saja yang perlu dimuat?", "usulan.isi"),
    (
        "kami konsultan yg bantu pemkab katingan, usulan ke prov harus berisi apa aja?",
        "usulan.isi",
    ),
    ("kenapa isian usulan banyak banget, buat apa aja sih semua data itu?", "usulan.isi"),
    ("What information does a proposal to the province need to contain?", "usulan.isi"),
    ("apa aja yg perlu disiapin sebelum ngisi usulan biar ga bolak balik?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke prov?", "usulan.jenis"),
    ("selain kumuh sama PSU, bisa usul apa lagi ke disperkimtan?", "usulan.jenis"),
    ("kalau usulan kami ga cocok sama jenis yg ada, pilih jenis apa?", "usulan.jenis"),
    (
        "Mohon informasi kategori usulan kegiatan yang dapat diajukan kabupaten ke provinsi.",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("data lokasi usulan harus sampe desa atau cukup kecamatan?", "usulan.lokasi"),
    ("titik koordinat lokasi wajib diisi ga?", "usulan.lokasi"),
    ("nama lokasi usulan kumuh harus sama persis kayak di SK?", "usulan.lokasi"),
    ("Apakah lokasi usulan perlu dibedakan antara perkotaan dan perdesaan?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah penerima manfaat ditulis pake KK atau jiwa?", "usulan.penerima_biaya"),
    ("sumber dana yg bisa dipilih di usulan apa aja?", "usulan.penerima_biaya"),
    ("biaya usulan cukup perkiraan aja atau harus persis?", "usulan.penerima_biaya"),
    ("boleh gak sumber dananya gabungan, APBD prov plus APBD kab?", "usulan.penerima_biaya"),
    (
        "Should the proposal mention regency co-funding alongside the cost estimate?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan ke prov itu apa aja?", "usulan.kesiapan"),
    ("dokumen kesiapan apa yg harus dilampirin biar usulan dianggap siap?", "usulan.kesiapan"),
    (
        "Mohon arahan, kelengkapan dokumen apa yang diperlukan agar usulan PSU permukiman "
        "dinilai siap?",
        "usulan.kesiapan",
    ),
    ("surat usulan dari bupati itu perlu dilampirkan ga?", "usulan.kesiapan"),
    (
        "kata pak kabid tanpa bukti kesepakatan warga usulan ga bakal dianggap siap, bener ga?",
        "usulan.kesiapan",
    ),
    ("What readiness documents should a regency attach to its proposal?", "usulan.kesiapan"),
    # usulan.lahan
    ("clean and clear itu syaratnya apa aja?", "usulan.lahan"),
    ("lahannya cuma ada SKT, bisa dianggap clean and clear ga?", "usulan.lahan"),
    ("Apakah diperbolehkan mengusulkan lokasi yang lahannya masih bersengketa?", "usulan.lahan"),
    ("status lahan apa aja yg bisa dipilih di usulan?", "usulan.lahan"),
    ("Apakah lahan harus sesuai RTRW agar dinyatakan clean and clear?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin SK kumuh ga?", "usulan.sk_kumuh"),
    ("lokasinya ga ada di SK kumuh, masih bisa diusulkan?", "usulan.sk_kumuh"),
    ("SK kumuh kami umurnya 6 tahun, ngaruh ke usulan ga?", "usulan.sk_kumuh"),
    ("Does a slum proposal need the SK kumuh number and date?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED sama RAB harus udah jadi pas ngusul?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu dilampirkan berapa banyak?", "usulan.dokumen_teknis"),
    ("site plan wajib dilampirkan juga ga?", "usulan.dokumen_teknis"),
    ("Dokumen teknis apa saja yang sebaiknya dilampirkan dalam usulan?", "usulan.dokumen_teknis"),
    ("RKS perlu ga buat usulan jalan lingkungan?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan hibah itu isinya apa dan siapa yg tanda tangan?",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa kita harus bikin surat kesanggupan operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan O&P itu wajib ga buat usulan PSU?", "usulan.surat_pernyataan"),
    (
        "Does the regency have to sign a statement that it will accept and maintain the asset?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat usulan RTLH lewat provinsi apa aja?", "usulan.rtlh"),
    ("Can the provincial RTLH programme pay for a brand-new house?", "usulan.rtlh"),
    ("penerima bedah rumah dari prov itu ditetapin siapa?", "usulan.rtlh"),
    ("ada kades nanya, warganya numpang di tanah orang, bisa dapat RTLH prov ga?", "usulan.rtlh"),
    ("apakah cukup SKT buat syarat kepemilikan lahan RTLH?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("warga mau minta jalan lingkungan langsung ke prov, bisa ga?", "usulan.psu_masyarakat"),
    (
        "ada kades mau usul drainase ke disperkimtan, harus diketahui siapa aja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Apakah permohonan PSU dari masyarakat harus diketahui RT/RW, lurah, dan camat?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("jalan yg dibangun prov di tanah kab nanti jadi aset siapa?", "hibah.aset"),
    ("setelah selesai dibangun, siapa yg pelihara jalan lingkungan dari provinsi?", "hibah.aset"),
    ("BAST hibah aset itu ditandatangani siapa aja?", "hibah.aset"),
    ("After the handover, whose asset register does the new road go into?", "hibah.aset"),
    (
        "Apakah aset PSU yang dibangun Pemprov di lahan kabupaten diserahkan ke Pemkab?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau usulan bukan kewenangan prov, dananya bisa cari ke mana?", "pendanaan.saluran_lain"),
    ("kumuh kecil di bawah batas prov bisa didanai dari mana aja?", "pendanaan.saluran_lain"),
    (
        "ada kades nanya, apakah diperbolehkan pake APBDes buat nangani kumuh di desanya?",
        "pendanaan.saluran_lain",
    ),
    (
        "Apa alternatif sumber pendanaan untuk kawasan kumuh yang menjadi kewenangan pusat?",
        "pendanaan.saluran_lain",
    ),
    ("selain APBD, bisa ga minta CSR buat kegiatan perkim?", "pendanaan.saluran_lain"),
    (
        "What funding options are there if the province says it's not their job?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan tahunan ke prov itu gimana dari awal sampe akhir?", "siklus.tahunan"),
    ("usulan yg kita kirim tahun ini itu buat anggaran tahun kapan?", "siklus.tahunan"),
    ("tahapan setelah usulan masuk ke prov apa aja?", "siklus.tahunan"),
    (
        "Mohon penjelasan siklus usulan kegiatan perkim dari kabupaten sampai pelaksanaan.",
        "siklus.tahunan",
    ),
    ("How does the yearly proposal cycle work?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kita diperiksa apa aja sama prov?", "siklus.pemeriksaan"),
    ("yg verifikasi usulan di prov ngecek apa? administrasi doang?", "siklus.pemeriksaan"),
    ("kata pak kabid prov juga ngecek kewenangan pas verifikasi, bener ga?", "siklus.pemeriksaan"),
    (
        "Apakah provinsi melakukan pemeriksaan teknis lokasi dan lahan dalam menilai usulan?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu acara apa sih?", "siklus.rakor"),
    ("siapa aja yg ikut rakor perkim se-kalteng?", "siklus.rakor"),
    ("rakor itu tiap tahun tanggalnya sama ga?", "siklus.rakor"),
    ("rakor 2024 dulu diadain di mana?", "siklus.rakor"),
    ("Apa tujuan Rakor dan Sinkronisasi Bidang Kawasan Permukiman?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("habis rakor usulan kita masuk ke mana?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui masuk RKPD dulu baru APBD ya?", "siklus.rkpd_apbd"),
    ("apa hubungan rakor sama musrenbang provinsi?", "siklus.rkpd_apbd"),
    (
        "Setelah usulan disetujui, bagaimana prosesnya hingga masuk APBD Provinsi?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("pokja PKP itu tugasnya apa?", "koordinasi.pokja_pkp"),
    ("siapa yg biasanya jadi ketua pokja PKP di kabupaten?", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan pokja PKP apa ya?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "saya mau antar berkas langsung, alamat kantor disperkimtan prov di mana?",
        "disperkimtan.kontak",
    ),
    ("website disperkimtan kalteng apa alamatnya?", "disperkimtan.kontak"),
    ("Where is the provincial housing agency's office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah di bot ini ada daftarnya ga?", "bot.cara_pakai"),
    ("jam yg muncul di bot ini pake WIB atau WITA?", "bot.cara_pakai"),
    ("bot ini bisa dipake pake bahasa inggris ga?", "bot.cara_pakai"),
    (
        "saya kabid, mohon petunjuk perintah-perintah yang tersedia di bot Sinkron.",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("pas ngisi /usul foto wajib ga, maksimal berapa?", "bot.usul"),
    ("Can I copy last year's proposal instead of filling in the form again?", "bot.usul"),
    ("kode USL itu dapetnya kapan?", "bot.usul"),
    ("kalau usulan di luar kewenangan prov, /usul tetap mau nerima?", "bot.usul"),
    ("isian /usul bisa ditinggal dulu terus dilanjut nanti ga?", "bot.usul"),
    # bot.status
    ("status 'perlu perbaikan' artinya apa?", "bot.status"),
    ("dibahas rakor itu maksudnya usulan udah disetujui?", "bot.status"),
    ("beda dibatalkan sama ditolak apa?", "bot.status"),
    ("What does the status 'dialihkan' mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak karena bukan kewenangan provinsi, terus harus gimana?",
        "bot.ditolak_dialihkan",
    ),
    ("kalau usulan dialihkan ke APBD kab, artinya apa buat kita?", "bot.ditolak_dialihkan"),
    (
        "kami konsultan pemkab, usulan yg udah ditolak boleh gak diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Mohon penjelasan alasan umum usulan ditolak atau dialihkan ke sumber dana lain.",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("How long should the province take to verify our proposal?", "bot.tindak_lanjut"),
    ("standar 3 hari kerja itu aturan siapa?", "bot.tindak_lanjut"),
    ("kok usulan kami seminggu ga ada respon, standarnya berapa hari sih?", "bot.tindak_lanjut"),
    # istilah.perkim
    ("perkim itu kepanjangannya apa?", "istilah.perkim"),
    (
        "maaf saya baru masuk, orang sini sering bilang 'perkim', itu maksudnya apa?",
        "istilah.perkim",
    ),
    # istilah.perkim + istilah.disperkimtan
    (
        "dinas perkim kab sama disperkimtan prov itu beda ga sih?",
        ("istilah.perkim", "istilah.disperkimtan"),
    ),
    # istilah.disperkimtan
    ("disperkimtan singkatan dari apa?", "istilah.disperkimtan"),
    ("'tan' di belakang disperkimtan itu artinya apa?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu kepanjangannya apa?", "istilah.psu"),
    ("What does PSU stand for?", "istilah.psu"),
    # istilah.jaling
    ("di notulen ada kata jaling, maksudnya apa?", "istilah.jaling"),
    ("jaling itu singkatan apa ya", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu maksudnya apa?", "istilah.drainase"),
    ("drainase itu apa sih, got gitu?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kumuh itu apa?", "istilah.kr"),
    ("di lampiran SK ada kode KR, artinya apa?", "istilah.kr"),
    # istilah.ks
    ("KS itu kumuh sedang ya?", "istilah.ks"),
    ("kata pak kabid lokasi kita KS, itu maksudnya apa?", "istilah.ks"),
    # istilah.kb
    ("KB di data kumuh artinya apa? bukan keluarga berencana kan", "istilah.kb"),
    ("In the slum table, what does KB mean?", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu surat apa sih?", "istilah.skkumuh"),
    ("konsultan bilang kita butuh SK kumuh, itu sebenernya dokumen apa?", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi itu apa?", "istilah.delineasi"),
    ("peta delineasi kumuh maksudnya gimana?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH singkatan apa?", "istilah.rtlh"),
    ("What is an RTLH?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH artinya apa?", "istilah.rlh"),
    ("di laporan capaian ada RLH, itu apa ya?", "istilah.rlh"),
    # istilah.rtlh + istilah.rlh
    ("RTLH sama RLH bedanya apa?", ("istilah.rtlh", "istilah.rlh")),
    # istilah.bedahrumah
    ("bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("bedah rumah itu istilah resmi atau bahasa sehari2 aja?", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu program apa?", "istilah.bsps"),
    ("BSPS kepanjangannya apa?", "istilah.bsps"),
    # istilah.mbr
    ("MBR itu maksudnya siapa?", "istilah.mbr"),
    ("Who counts as MBR?", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu apa?", "istilah.rusunawa"),
    ("'sewa' di rusunawa itu maksudnya disewakan ya?", "istilah.rusunawa"),
    # istilah.rusun + istilah.rusunawa
    ("bedanya rusun sama rusunawa apa?", ("istilah.rusun", "istilah.rusunawa")),
    # istilah.rusus
    ("rusus itu apa?", "istilah.rusus"),
    ("rusus singkatan apa?", "istilah.rusus"),
    # istilah.huntara
    ("huntara itu apa?", "istilah.huntara"),
    ("pas rapat bencana ada kata huntara, artinya?", "istilah.huntara"),
    # istilah.huntara + istilah.huntap
    ("huntara sama huntap bedanya apa?", ("istilah.huntara", "istilah.huntap")),
    # istilah.huntap
    ("huntap singkatan apa?", "istilah.huntap"),
    ("What is a huntap?", "istilah.huntap"),
    # istilah.kk
    ("KK di form usulan itu kepala keluarga atau kartu keluarga?", "istilah.kk"),
    ("isian KK itu ngitungnya gimana?", "istilah.kk"),
    # istilah.jiwa
    ("isian 'jiwa' itu ngitung apa?", "istilah.jiwa"),
    ("jiwa di form itu maksudnya jumlah orang?", "istilah.jiwa"),
    # istilah.kk + istilah.jiwa
    ("bedanya KK sama jiwa di usulan apa?", ("istilah.kk", "istilah.jiwa")),
    # istilah.ha
    ("ha itu hektare ya? 1 ha berapa m2?", "istilah.ha"),
    ("satu hektar itu berapa meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED itu apa?", "istilah.ded"),
    ("What is a DED in a proposal?", "istilah.ded"),
    # istilah.rab
    ("RAB itu apa?", "istilah.rab"),
    ("RAB singkatan apa?", "istilah.rab"),
    # istilah.rks
    ("RKS itu apa isinya?", "istilah.rks"),
    ("RKS kepanjangannya apa?", "istilah.rks"),
    # istilah.kak
    ("KAK itu sama dengan TOR?", "istilah.kak"),
    ("KAK singkatan apa?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa?", "istilah.siteplan"),
    ("rencana tapak itu maksudnya apa?", "istilah.siteplan"),
    # istilah.rc
    ("RC itu apa? readiness criteria?", "istilah.rc"),
    ("kata orang balai RC kita belum lengkap, RC itu apa?", "istilah.rc"),
    # istilah.bast
    ("BAST itu apa?", "istilah.bast"),
    ("BAST kepanjangannya apa?", "istilah.bast"),
    # istilah.hibah
    ("hibah itu maksudnya apa?", "istilah.hibah"),
    ("arti hibah dalam urusan aset pemda apa?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa?", "istilah.bmd"),
    ("BMD singkatan apa?", "istilah.bmd"),
    # istilah.bmd + istilah.bmn
    ("bedanya BMD sama BMN apa?", ("istilah.bmd", "istilah.bmn")),
    # istilah.bmn
    ("BMN singkatan apa?", "istilah.bmn"),
    ("What is BMN?", "istilah.bmn"),
    # istilah.op
    ("O&P itu apa?", "istilah.op"),
    ("OP di surat pernyataan artinya apa?", "istilah.op"),
    # istilah.spm
    ("SPM itu singkatan dari apa?", "istilah.spm"),
    ("What does SPM stand for?", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    ("PKP di pokja PKP itu singkatan apa?", "istilah.pokjapkp"),
    # istilah.pokjapkp + koordinasi.pokja_pkp
    ("pokja pkp itu apa sih?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    # istilah.pokjappas
    ("pokja PPAS itu apa?", "istilah.pokjappas"),
    ("PPAS di pokja PPAS singkatan apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("pokja AMPL itu apa?", "istilah.pokjaampl"),
    ("AMPL kepanjangannya apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("RP3KP kepanjangannya apa?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu apa?", "istilah.rp2kpkp"),
    ("RP2KPKP singkatan apa?", "istilah.rp2kpkp"),
    # istilah.rp3kp + istilah.rp2kpkp
    ("RP3KP sama RP2KPKP beda ga?", ("istilah.rp3kp", "istilah.rp2kpkp")),
    # istilah.kotaku
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("KOTAKU singkatan apa?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("PPKT kepanjangannya apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN itu apa?", "istilah.apbn"),
    ("APBN singkatan apa?", "istilah.apbn"),
    # istilah.apbd
    ("APBD singkatan apa?", "istilah.apbd"),
    ("What is the APBD?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa?", "istilah.apbdes"),
    ("APBDes itu anggaran desa ya?", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa?", "istilah.bankeu"),
    ("bankeu provinsi maksudnya apa?", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu apa?", "istilah.pokir"),
    ("pokir dewan maksudnya apa?", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang itu apa?", "istilah.musrenbang"),
    ("musrenbang singkatan apa?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu apa?", "istilah.rkpd"),
    ("RKPD kepanjangannya apa?", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa?", "istilah.renja"),
    ("renja singkatan apa?", "istilah.renja"),
    # istilah.renja + istilah.renstra
    ("renja sama renstra bedanya apa?", ("istilah.renja", "istilah.renstra")),
    # istilah.renstra
    ("renstra itu apa?", "istilah.renstra"),
    ("renstra itu rencana berapa tahun?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu apa?", "istilah.rpjmd"),
    ("RPJMD kepanjangannya apa?", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("KUA PPAS singkatan apa?", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa?", "istilah.rka"),
    ("RKA singkatan apa?", "istilah.rka"),
    # istilah.rka + istilah.dpa
    ("RKA sama DPA bedanya apa?", ("istilah.rka", "istilah.dpa")),
    # istilah.dpa
    ("DPA singkatan apa?", "istilah.dpa"),
    ("DPA itu dokumen apa?", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu apa?", "istilah.sipd"),
    ("SIPD singkatan apa?", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu apa?", "istilah.bapperida"),
    ("bapperida itu sama dengan bappeda ya?", "istilah.bapperida"),
    # istilah.opd
    ("OPD itu apa?", "istilah.opd"),
    ("OPD singkatan apa?", "istilah.opd"),
    # istilah.opd + istilah.skpd
    ("OPD sama SKPD beda ga?", ("istilah.opd", "istilah.skpd")),
    # istilah.skpd
    ("SKPD singkatan apa?", "istilah.skpd"),
    ("SKPD itu apa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM di dokumen perkim itu apa? bukan email spam kan", "istilah.spam"),
    ("SPAM kepanjangannya apa?", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa?", "istilah.spald"),
    ("SPALD singkatan apa?", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa?", "istilah.ipal"),
    ("What is an IPAL?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("3R di TPS3R artinya apa?", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu apa?", "istilah.mck"),
    ("MCK singkatan apa?", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa? bukan RT/RW kan", "istilah.rtrw"),
    ("RTRW singkatan apa?", "istilah.rtrw"),
    # istilah.rtrw + istilah.rdtr
    ("RTRW sama RDTR bedanya apa?", ("istilah.rtrw", "istilah.rdtr")),
    # istilah.rdtr
    ("RDTR singkatan apa?", "istilah.rdtr"),
    ("RDTR itu apa?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa, pengganti IMB?", "istilah.pbg"),
    ("PBG kepanjangannya apa?", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa?", "istilah.slf"),
    ("SLF singkatan apa?", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu apa?", "istilah.skbg"),
    ("SKBG singkatan apa?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa?", "istilah.skt"),
    ("SKT kepanjangannya apa?", "istilah.skt"),
    # istilah.cleanandclear
    ("C&C di dokumen lahan itu singkatan apa?", "istilah.cleanandclear"),
    ("clean and clear itu bahasa indonesianya apa?", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa?", "istilah.csr"),
    ("CSR singkatan apa?", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan apa?", "istilah.rakor"),
    ("kepanjangan rakor itu rapat koordinasi ya?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("aplikasi LAPOR itu apa sih?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC plus berapa?", "istilah.wib"),
    ("kalteng pake WIB atau WITA sih?", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan itu apa?", "istilah.backlog"),
    ("What does housing backlog mean?", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("PKP singkatan dari apa?", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh itu definisinya apa?", "istilah.kumuh"),
    ("apa yg disebut permukiman kumuh?", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu apa?", "istilah.dak"),
    ("DAK singkatan apa?", "istilah.dak"),
    # istilah.rusun
    ("rusun itu apa?", "istilah.rusun"),
    ("rusun singkatan dari apa?", "istilah.rusun"),
]

ROUNDTB_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan kami yg kemarin udah sampe mana ya?", "status"),
    ("cek status usulan kab kotim dong", "status"),
    ("USL-2026-0004 statusnya apa sekarang?", "status"),
    ("Mohon informasi perkembangan usulan yang telah kami sampaikan.", "status"),
    ("usulan jaling di desa tumbang nusa udah diverifikasi belum?", "status"),
    ("What's the status of our proposals?", "status"),
    ("kata pak kabid usulan kita udah masuk rakor, bener ga? tolong cekin", "status"),
    ("liat daftar usulan saya dong", "status"),
    # meeting
    ("rakor tahun ini kapan?", "meeting"),
    ("rapat berikutnya tanggal berapa dan di mana?", "meeting"),
    ("Mohon info jadwal Rakor Bidang Kawasan Permukiman yang terdekat.", "meeting"),
    ("kata pak kabid rakornya bulan depan, bener ga? tanggal brp", "meeting"),
    ("rapat koordinasi selanjutnya di aula disperkimtan atau di hotel?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("ada jadwal rapat dari prov ga dalam waktu dekat?", "meeting"),
    ("rakor perkim berikutnya jam berapa mulainya?", "meeting"),
    # deadline
    ("batas akhir kirim usulan kapan?", "deadline"),
    ("tenggat usulan TA 2027 tanggal berapa?", "deadline"),
    ("masih bisa kirim usulan ga? deadline nya kapan", "deadline"),
    ("Mohon informasi batas waktu penyampaian usulan kegiatan tahun ini.", "deadline"),
    ("kata orang di rapat pengusulan ditutup akhir bulan ini, bener ga?", "deadline"),
    ("When is the deadline for proposals?", "deadline"),
    ("usulan paling lambat masuk tanggal berapa?", "deadline"),
    ("sampai kapan pengusulan ke prov dibuka?", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("Assalamualaikum, saya staf baru di Dinas Perkim Lamandau", "greeting"),
    ("thanks!", "greeting"),
    ("terima kasih banyak atas bantuannya", "greeting"),
    # how_to_submit
    ("gimana cara ngajuin usulan lewat bot ini?", "how_to_submit"),
    ("mau kirim usulan kegiatan, mulainya dari mana?", "how_to_submit"),
    ("Bagaimana prosedur menyampaikan usulan melalui aplikasi ini?", "how_to_submit"),
    ("saya mau input usulan PSU di sini, caranya gimana?", "how_to_submit"),
    ("cara upload usulan di sinkron gmn", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("kami konsultan yg bantu pemkab, input usulan di bot ini caranya gimana?", "how_to_submit"),
    ("langkah2 bikin usulan baru di bot apa aja?", "how_to_submit"),
]

ROUNDTB_AREAS: list[tuple[str, str]] = [
    ("kumuh 8 ha di Baamang kewenangan siapa?", "kabkota"),
    ("luas kumuhnya 12,5 hektar, masuk prov ga?", "provinsi"),
    ("kawasan kumuh pas 10 ha itu urusan siapa?", "provinsi"),
    ("lokasi kumuh tepat 15 hektare, masih provinsi?", "pusat"),
    ("kumuh 14,99 ha siapa yg nangani?", "provinsi"),
    ("kumuh lebih dari 15 ha kewenangan siapa ya?", "pusat"),
    ("kalau kumuhnya kurang dari 10 ha, itu urusan siapa?", "kabkota"),
    ("kumuh di Selat luas delineasinya 120.000 m2, masuk mana?", "provinsi"),
    ("luas delineasi 95.000 m² itu kewenangan siapa?", "kabkota"),
    ("A slum area of 16 hectares: who handles it?", "pusat"),
    ("kumuh 9.8 ha di Pulpis boleh diusulkan ke prov?", "kabkota"),
    ("luas kawasan kumuh 150.000 meter persegi, siapa yg tangani?", "pusat"),
    ("kumuh di atas 20 ha masuk kewenangan mana?", "pusat"),
    ("kumuh di bawah 5 hektar di desa kami siapa yg pegang?", "kabkota"),
    (
        "Mohon konfirmasi, kawasan kumuh seluas 10,5 hektare di Pahandut menjadi kewenangan siapa?",
        "provinsi",
    ),
    ("Slum area of 11.2 hectares in Sampit, is that provincial?", "provinsi"),
    ("kumuh Murjani Bawah 31,77 ha itu wewenang siapa?", "pusat"),
    ("lokasi kumuh 7,71 ha, bisa ke prov?", "kabkota"),
    ("kawasan kumuh 100.000 m2 siapa yg nangani?", "provinsi"),
    ("kata pak kabid kumuh 45 ha bisa ke disperkimtan, bener ga?", "pusat"),
    ("kumuh 13 hektare di Kuala Kapuas kewenangan siapa?", "provinsi"),
    ("ada kades nanya kumuh 2 ha di desanya siapa yg nanganin", "kabkota"),
    ("luas di SK kumuh 14.5 ha, masuk provinsi?", "provinsi"),
    ("kumuh 99.999 m² itu kewenangan kab atau prov?", "kabkota"),
    ("Atas dasar apa kumuh seluas tepat 10 hektar menjadi kewenangan provinsi?", "provinsi"),
    ("kumuh lebih dari 10 ha tapi kurang dari 15 ha siapa yang pegang?", "provinsi"),
]

ROUNDTB_OUT_OF_SCOPE: list[str] = [
    "cuaca palangka raya besok hujan ga?",
    "skor persib tadi malam berapa?",
    "resep juhu singkah gimana?",
    "kurs dollar hari ini berapa?",
    "rekomendasi hotel murah dekat bandara tjilik riwut dong",
    "Who won the football match last night?",
    "pagu anggaran disperkimtan tahun 2027 berapa?",
    "berapa total anggaran RTLH provinsi tahun 2026?",
    "APBD kabupaten Kapuas 2026 totalnya berapa?",
    "kuota BSPS kalteng tahun depan berapa unit?",
    "harga satuan paving block per m2 di Kapuas berapa?",
    "harga semen per sak di Sampit sekarang berapa?",
    "HSPK jalan beton tahun ini berapa per meter?",
    "harga aspal di e-katalog berapa?",
    "siapa pemenang tender jalan lingkungan di Sampit tahun 2025?",
    "kontraktor mana yg bagus buat drainase di Pulpis?",
    "nomor hp kabid kawasan permukiman provinsi berapa?",
    "minta nomor WA admin disperkimtan dong",
    "kenapa SIPD error pas input sub kegiatan?",
    "lupa password SIPD, gimana resetnya?",
    "aturan penanganan kumuh di Kalimantan Selatan gimana?",
    "perda RTRW Kaltim tahun berapa?",
    "Jawa Timur pakai aturan kumuh yg mana?",
    "tebal beton jalan lingkungan standarnya berapa cm?",
    "mutu beton K-250 itu campurannya gimana?",
    "lebar minimal jalan lingkungan menurut SNI berapa meter?",
    "ukuran U-ditch buat drainase lingkungan yg standar berapa?",
    "cara hitung volume galian saluran gimana?",
    "gaji honorer di dinas perkim berapa?",
    "kapan mutasi pejabat eselon III di pemprov?",
    "SK PPK saya kapan keluar?",
    "tunjangan kinerja ASN disperkimtan berapa?",
    "cuti tahunan PNS maksimal berapa hari?",
    "jadwal seleksi CPNS 2027 kapan?",
    "cara daftar KPR subsidi FLPP gimana?",
    "syarat beli rumah subsidi apa aja?",
    "harga tanah per meter di Palangka Raya berapa?",
    "kapan pencairan termin proyek jalan lingkungan kami?",
    "cara bikin SPJ perjalanan dinas gimana?",
    "daftar nama penerima RTLH di desa Bahu Palawa tahun 2025 siapa aja?",
    "retribusi PBG untuk ruko 2 lantai berapa?",
    "berapa lama proses terbit PBG di Palangka Raya?",
    "How much is the 2027 budget ceiling for slum upgrading in Kotim?",
    "What is the unit price for drainage work per metre in Kalteng?",
    "Can you give me the phone number of the head of Disperkimtan?",
    "What concrete grade should we use for neighbourhood roads?",
    "tolong buatin surat undangan rapat dong",
    "translate surat ini ke bahasa inggris bisa?",
    "pinjol yg legal apa aja?",
    "cara klaim asuransi rumah kebanjiran gimana?",
]
