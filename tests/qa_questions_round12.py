"""Held-out question table, round 12.

Written on 2026-12-04 by someone who had not seen the Sinkron knowledge base, its paraphrases
or any other question table; only the topic list and the domain notes were read.

Style emphasis of this round: questions as officers type them on a cheap phone (chat
Indonesian, abbreviations, typos, some Banjar, about one in ten in English, some formal
letter-style); questions that QUOTE what someone else said or wrote ("kata kabid kami ...",
"di grup WA ada yg bilang ...", "menurut surat edaran ...", "my boss says ...") and ask
whether it is true or what it means; terse field questions of 2-6 words; practical
how/what-now questions while preparing or following up a proposal.

This is a HELD-OUT evaluation set: never read it, never use it to tune the bot, its
knowledge base, its paraphrases or its thresholds.
"""

# ruff: noqa: E501  (questions are kept whole, as officers type them)

ROUND12_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "kata kabid kmi semua urusan perkim ujung2nya provinsi yg tanggung, jd kita tinggal usul aja. bener gak sih min?",
        "kewenangan.ringkasan",
    ),
    ("pembagian urusan perumahan antara pusat prov kab gmn sih", "kewenangan.ringkasan"),
    (
        "My boss says the province is responsible for everything related to housing in our regency. Is that right?",
        "kewenangan.ringkasan",
    ),
    (
        "ulun handak tahu pembagian kewenangan PKP antara kabupaten wan provinsi kaya apa",
        "kewenangan.ringkasan",
    ),
    ("siapa ngurus apa di perkim", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "di grup WA ada yg bilang perumahan itu cuma urusan pilihan jd boleh gak dianggarkan di APBD kab. bener gitu?",
        "kewenangan.urusan_wajib",
    ),
    ("perkim urusan wajib atau pilihan", "kewenangan.urusan_wajib"),
    (
        "Dengan hormat, mohon penjelasan dasar hukum bahwa urusan perumahan rakyat dan kawasan permukiman termasuk urusan wajib yang berkaitan dengan pelayanan dasar.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kata kabid kmi kumuh yg luasnya di atas 10 ha otomatis jd urusan pusat, jd gak usah diusulkan ke prov. bener gak?",
        "kewenangan.kumuh",
    ),
    ("batas luas kumuh yg ditangani prov brp ha sih", "kewenangan.kumuh"),
    (
        "sy dr perkim Barsel, kmi ada bbrp lokasi kumuh ukurannya beda2. yg mana bisa diusulkan ke prov dan yg mana hrs kita tangani sendiri?",
        "kewenangan.kumuh",
    ),
    (
        "Which level of government handles slum upgrading, and does it depend on the size of the area?",
        "kewenangan.kumuh",
    ),
    (
        "menurut surat edaran kumuh 10-15 ha itu provinsi. yg 10 pas atau 15 pas masuk mana?",
        "kewenangan.kumuh",
    ),
    ("penanganan kumuh kewenangan siapa", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh kmi di Kapuas luasnya puluhan hektar, itu ke pusat ya? trus kmi usulnya lewat mana dong",
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    ("kumuh diatas 15 ha siapa yg tangani", "kewenangan.kumuh_pusat"),
    (
        "teman di kementerian bilang kumuh 15 ha ke atas kewenangan pusat, tp kata kabid itu blm pasti dasar hukumnya. gmn sebenarnya?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh bs diusulkan ke prov gak", "kewenangan.pencegahan_kumuh"),
    (
        "kmi mau bikin kegiatan pencegahan kumuh di kec. Mentaya Hilir Selatan, sosialisasi sama perbaikan kecil2. itu tugas kab atau bisa minta prov?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kata bu kadis pencegahan kumuh itu dibagi antara prov dan kab kyk peningkatan kualitas, bener?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("sub urusan perumahan, prov pegang apa aja", "kewenangan.perumahan"),
    (
        "pak, warga kmi banyak yg minta dibangunkan rumah. sebenarnya kewenangan provinsi di bidang perumahan itu apa aja sih? biar sy bs jelasin ke warga",
        "kewenangan.perumahan",
    ),
    (
        "What exactly is the province responsible for in the housing sub-affair?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah utk MBR urusan siapa", "kewenangan.perumahan_pusat"),
    (
        "kmi mau usul rusun utk MBR di Palangka Raya ke prov, kata teman itu bukan kewenangan prov tp pusat. bener?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "kata anggota dewan kmi pembiayaan perumahan MBR itu tugas pemda kab, jd dinas hrs anggarkan. bener gak?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga rusak berat kena banjir di Kapuas Hilir, siapa yg wajib bangunin? kab atau prov?",
        "kewenangan.bencana_relokasi",
    ),
    ("relokasi warga krn proyek prov, rumahnya siapa yg tanggung", "kewenangan.bencana_relokasi"),
    (
        "kebakaran di pemukiman tepi sungai Sampit, 30 rumah habis. bisa minta provinsi bangunkan rumahnya?",
        "kewenangan.bencana_relokasi",
    ),
    ("huntap korban bencana nasional tanggung jawab siapa", "kewenangan.bencana_relokasi"),
    (
        "pian, rumah korban longsor di Murung Raya tu provinsi kah nang menangani atau kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan developer yg terbitkan siapa, prov atau kab?", "kewenangan.izin"),
    ("SKBG siapa yg keluarkan", "kewenangan.izin"),
    (
        "ada developer tanya ke kmi, izin pengembangan kawasan permukiman itu diurus ke disperkimtan prov atau ke kabupaten?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman isinya apa aja", "kewenangan.kawasan_permukiman"),
    (
        "penyelenggaraan kawasan permukiman itu peran kab dan prov apa bedanya? di nomenklatur SIPD kok dua2nya ada",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "PSU perumahan vs PSU permukiman bedanya apa, yg mana bisa diusulkan ke prov",
        "kewenangan.psu",
    ),
    (
        "jalan di perumahan developer yg blm diserahkan ke pemda rusak parah, warga minta prov perbaiki. bisa gak?",
        "kewenangan.psu",
    ),
    (
        "kata kabid kmi semua PSU kewenangan provinsi, jd usul aja semua ke prov. gitu kah?",
        "kewenangan.psu",
    ),
    ("PSU perumahan kewenangan siapa", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("jalan kabupaten rusak bisa diusulkan lewat PSU prov gak", "psu.lingkup_provinsi"),
    ("PSU yg dibangun prov apa aja? cuma jalan dan drainase?", "psu.lingkup_provinsi"),
    (
        "warga minta lampu jalan sama taman bermain, bisa gak sy usulkan sebagai PSU ke provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "mau usul drainase di desa pedalaman Katingan, PSU prov itu cuma utk perkotaan atau perdesaan jg bisa?",
        "psu.lingkup_provinsi",
    ),
    ("pian, PSU provinsi tu kawa dibangun di aset kabupaten kah?", "psu.lingkup_provinsi"),
    (
        "Can the province build drainage along a provincial road through our town?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat kecil siapa yg keluarin", "kewenangan.sertifikasi"),
    (
        "ada konsultan perencana PSU minta registrasi ke dinas kmi, itu kewenangan kab atau hrs ke prov?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan prov itu apa aja", "kewenangan.spm"),
    (
        "kata inspektorat capaian SPM perumahan kab kmi rendah. maksudnya SPM perumahan itu apa dan apa kewajiban kab?",
        "kewenangan.spm",
    ),
    ("target SPM rumah korban bencana brp persen", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipakai itu luas desa atau luas yg di SK?", "kumuh.luas_delineasi"),
    (
        "desa kmi di Seruyan luasnya ratusan hektar tp yg kumuh cuma sebagian di pinggir sungai. yg dihitung utk kewenangan yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "kata konsultan bbrp lokasi kumuh kecil bisa digabung biar totalnya lewat 10 ha trus diusulkan ke prov. boleh gitu?",
        "kumuh.luas_delineasi",
    ),
    (
        "For the 10 hectare rule, do you count the whole village or only the delineated slum area?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("SK kumuh yg tanda tangan siapa, bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumuh kmi terbit 2018, hrs direvisi gak", "kumuh.penetapan"),
    ("cara penetapan lokasi kumuh gmn", "kumuh.penetapan"),
    (
        "kata kabid lokasi kumuh 10-15 ha hrs ditetapkan SK gubernur dulu baru prov mau tangani. bener?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh ada brp aspek", "kumuh.aspek"),
    ("7 aspek kumuh apa aja", "kumuh.aspek"),
    (
        "waktu survei baseline tim kmi ragu, proteksi kebakaran sama air minum itu masuk kriteria kumuh jg kah?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor brp yg masuk kumuh berat", "kumuh.penilaian"),
    ("nilai kekumuhan lokasi kmi 62, artinya apa", "kumuh.penilaian"),
    ("cara hitung skor kekumuhan gmn, tiap kriteria dinilai brp", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang brp", "kumuh.tingkat_sedang_ringan"),
    ("skor 30 itu kumuh ringan ya?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    (
        "lokasi kumuh kmi di bantaran sungai, lahannya gak legal. pola penanganannya apa?",
        "kumuh.pola_penanganan",
    ),
    ("beda pemugaran dan peremajaan", "kumuh.pola_penanganan"),
    ("kumuh berat lahan legal ditangani dgn apa", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp lokasi kumuh di kalteng", "kumuh.kalteng"),
    ("total luas kumuh se kalteng brp ha", "kumuh.kalteng"),
    ("kab mana yg paling banyak lokasi kumuhnya di kalteng", "kumuh.kalteng"),
    # usulan.isi
    ("usulan ke prov isinya apa aja", "usulan.isi"),
    (
        "knp sih form usulan hrs isi jumlah KK, jiwa, status lahan segala? ribet bgt",
        ("usulan.isi", "usulan.penerima_biaya"),
    ),
    (
        "Mohon informasi data apa saja yang perlu kami siapkan sebelum menyusun usulan kegiatan ke Disperkimtan Provinsi.",
        "usulan.isi",
    ),
    ("what info do i need to prepare for a proposal to the province", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yg bs dikirim", "usulan.jenis"),
    ("selain kumuh dan PSU bisa usul apa lagi ke prov", "usulan.jenis"),
    (
        "usulan kmi campuran, ada MCK komunal sama jaling. pilih jenis usulan yg mana?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("titik koordinat wajib gak", "usulan.lokasi"),
    (
        "nama lokasi di usulan hrs persis sama dgn yg tertulis di SK kumuh?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    ("perkotaan atau perdesaan di data lokasi usulan maksudnya apa", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("sumber dana usulan pilih apa klo mau minta prov", "usulan.penerima_biaya"),
    ("jumlah jiwa boleh lebih kecil dari KK?", "usulan.penerima_biaya"),
    (
        "kab kmi siap sharing dana pendamping, itu diisi di mana di usulan? sumber dana pilih kombinasi?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan PSU apa aja", "usulan.kesiapan"),
    ("kelengkapan usulan psu", "usulan.kesiapan"),
    (
        "kata teman di Katingan usulan tanpa DED tetap bisa masuk asal ada foto lokasi. bener gitu?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    (
        "kami baru punya foto sama surat bupati, dokumen lain blm. usulannya dianggap siap gak?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("lahan clean and clear syaratnya apa aja", ("usulan.lahan", "istilah.cleanandclear")),
    (
        "tanah utk drainase masih milik warga, blm dihibahkan ke pemkab. boleh diusulkan dulu?",
        "usulan.lahan",
    ),
    ("lahan cuma ada SKT, cukup?", "usulan.lahan"),
    (
        "lokasi jaling kmi ternyata sebagian masih sengketa sama perusahaan sawit. masih bisa diusulkan ke prov?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampir SK kumuh?", "usulan.sk_kumuh"),
    (
        "lokasi kmi blm masuk SK kumuh tp kondisinya kumuh bgt, bisa langsung usul ke prov?",
        "usulan.sk_kumuh",
    ),
    ("SK kumuh udh 6 th, usulan masih diterima?", ("usulan.sk_kumuh", "kumuh.penetapan")),
    # usulan.dokumen_teknis
    ("DED wajib?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu brp lembar", "usulan.dokumen_teknis"),
    (
        "dokumen teknis apa aja yg hrs dilampirkan di usulan? DED RAB doang cukup kah",
        "usulan.dokumen_teknis",
    ),
    ("site plan blm ada gmn", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah dan O&P itu apa, siapa yg ttd", "usulan.surat_pernyataan"),
    (
        "kata bu kabid kita gak perlu bikin surat kesanggupan pemeliharaan krn nanti prov yg pelihara. bener?",
        ("usulan.surat_pernyataan", "hibah.aset"),
    ),
    (
        "Do we need a signed statement that we will accept and maintain the asset?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("RTLH bisa bangun baru gak lewat prov", "usulan.rtlh"),
    ("syarat penerima bedah rumah provinsi", "usulan.rtlh"),
    (
        "ada warga di Desa Tumbang Talaken rumahnya di atas tanah ortunya, blm balik nama. bisa diusulkan RTLH ke prov?",
        "usulan.rtlh",
    ),
    ("penerima RTLH prov ditetapkan siapa", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("warga RT 05 minta jalan lingkungan langsung ke prov, boleh?", "usulan.psu_masyarakat"),
    ("proposal dr masyarakat hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    (
        "tadi ketua RT datang ke kantor bawa proposal drainase buat diteruskan ke provinsi. kmi hrs gmn?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("jalan yg dibangun prov di desa kmi asetnya siapa", "hibah.aset"),
    ("abis BAST hibah dr prov, pemeliharaan siapa", "hibah.aset"),
    (
        "kata sekda kmi aset jaling dari prov gak usah dicatat di BMD kab krn itu punya prov. bener?",
        "hibah.aset",
    ),
    (
        "drainase bangunan prov th lalu di Kel. Baamang udh retak, bisa minta prov perbaiki lagi?",
        "hibah.aset",
    ),
    ("Who maintains the road after the province hands it over to us?", "hibah.aset"),
    # pendanaan.saluran_lain
    (
        "kumuh kmi cuma 6 ha gak bisa ke prov, dananya dr mana dong",
        ("pendanaan.saluran_lain", "kewenangan.kumuh"),
    ),
    ("usulan kmi bukan kewenangan prov, alternatif dananya apa", "pendanaan.saluran_lain"),
    (
        "kata kades jaling di desanya bisa pake dana desa aja klo prov gak bisa. emang boleh?",
        "pendanaan.saluran_lain",
    ),
    ("CSR perusahaan bisa jd sumber dana penanganan kumuh?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan tahunan dr awal sampai dibangun gmn", "siklus.tahunan"),
    ("usulan th ini utk anggaran th brp", "siklus.tahunan"),
    ("kpn sebaiknya mulai siapin usulan utk th depan", "siklus.tahunan"),
    ("Can you explain the yearly proposal cycle step by step?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kmi diperiksa apa aja oleh prov", "siklus.pemeriksaan"),
    (
        "apa ada survei lapangan dr prov sebelum usulan disetujui? biar kmi siapin warga",
        "siklus.pemeriksaan",
    ),
    ("verifikasi usulan itu ngecek apa", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor itu ngapain aja", "siklus.rakor"),
    ("rakor kawasan permukiman siapa aja yg hadir", "siklus.rakor"),
    (
        "kata kadis kmi rakor cuma seremonial, usulan gak dibahas di situ. bener gak?",
        "siklus.rakor",
    ),
    ("rakor biasanya bulan apa", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("abis rakor usulan masuk ke mana", "siklus.rkpd_apbd"),
    (
        "usulan kmi udh disetujui di rakor, brarti pasti dianggarkan di APBD prov th depan kan?",
        "siklus.rkpd_apbd",
    ),
    ("hubungan rakor sama musrenbang prov apa", "siklus.rkpd_apbd"),
    ("kpn usulan kita masuk RKPD", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja PKP tugasnya apa", "koordinasi.pokja_pkp"),
    (
        "kab kmi blm punya pokja PKP, kata konsultan hrs dibentuk dulu. perlu gak sih?",
        "koordinasi.pokja_pkp",
    ),
    ("Pokja PKP biasanya diketuai siapa", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat disperkimtan prov", "disperkimtan.kontak"),
    ("kantor disperkimtan di mana", "disperkimtan.kontak"),
    (
        "bsk sy mau antar berkas langsung ke dinas prov, kantornya di jalan apa ya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("perintah bot ini apa aja", "bot.cara_pakai"),
    ("jam di bot pake WIB atau WITA?", "bot.cara_pakai"),
    ("gmn cara pake bot ini", "bot.cara_pakai"),
    ("can I use this bot in English?", "bot.cara_pakai"),
    # bot.usul
    ("/usul itu gmn", "bot.usul"),
    (
        "tadi lagi isi form usul di lapangan sinyal ilang, datanya hilang gak? hrs ulang dr awal?",
        "bot.usul",
    ),
    ("bisa salin usulan th lalu?", "bot.usul"),
    ("bisa lampir PDF DED lewat bot gak", "bot.usul"),
    # bot.status
    ("status verifikasi artinya apa", "bot.status"),
    ("dibahas di rakor itu artinya udh disetujui?", "bot.status"),
    (
        "usulan kmi statusnya perlu perbaikan. maksudnya apa trus kmi hrs ngapain?",
        "bot.status",
    ),
    ("bedanya ditolak dan dialihkan apa", ("bot.status", "bot.ditolak_dialihkan")),
    # bot.ditolak_dialihkan
    (
        "usulan kmi ditolak alasannya bukan kewenangan provinsi. trus kmi hrs gmn?",
        "bot.ditolak_dialihkan",
    ),
    ("dialihkan ke APBD kab maksudnya apa", "bot.ditolak_dialihkan"),
    ("usulan ditolak bisa banding gak", "bot.ditolak_dialihkan"),
    (
        "kata staf prov usulan yg ditolak th ini bisa dikirim ulang th depan setelah diperbaiki. bener?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("brp lama usulan diverifikasi", "bot.tindak_lanjut"),
    ("udh seminggu status masih diajukan, wajar gak?", "bot.tindak_lanjut"),
    ("standar LAPOR 3 hari kerja itu wajib buat prov?", "bot.tindak_lanjut"),
    # istilah.perkim
    ("perkim singkatan apa", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan kepanjangannya apa, tan nya itu apa", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu apa sih, sering dengar tp gak ngerti", "istilah.psu"),
    # istilah.jaling
    ("jaling tuh apa min", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan maksudnya apa, beda sama drainase jalan?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kumuh artinya?", "istilah.kr"),
    # istilah.ks
    ("di lampiran SK ada kode KS, apa itu", "istilah.ks"),
    # istilah.kb
    ("KB di data kumuh itu bukan keluarga berencana kan? apa artinya", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu apa sih", "istilah.skkumuh"),
    # istilah.delineasi
    ("kata konsultan peta delineasinya blm ada. delineasi itu apa?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH singkatan dari", "istilah.rtlh"),
    # istilah.rlh
    ("RLH apa", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu sebenarnya program apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS apa", "istilah.bsps"),
    # istilah.mbr
    ("MBR artinya", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu apa", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus itu apa, beda dgn rusun?", "istilah.rusus"),
    # istilah.huntara
    ("huntara apa", "istilah.huntara"),
    # istilah.huntap
    ("huntap itu hunian apa", "istilah.huntap"),
    # istilah.kk
    ("KK di form maksudnya kartu keluarga atau kepala keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di form itu maksudnya jumlah orang?", "istilah.jiwa"),
    # istilah.ha
    ("ha itu hektare kan? 1 ha brp meter persegi", "istilah.ha"),
    # istilah.ded
    ("DED apaan", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya", "istilah.rab"),
    # istilah.rks
    ("RKS itu dokumen apa", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR sama gak", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa, bahasa indonesianya apa", "istilah.siteplan"),
    # istilah.rc
    ("di surat prov ada tulisan 'lengkapi RC'. RC itu apa?", "istilah.rc"),
    # istilah.bast
    ("BAST singkatan apa", "istilah.bast"),
    # istilah.hibah
    ("hibah aset itu maksudnya apa", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa", "istilah.bmd"),
    # istilah.bmn
    ("BMN apa bedanya sama BMD", ("istilah.bmn", "istilah.bmd")),
    # istilah.op
    ("O&P itu singkatan apa", "istilah.op"),
    # istilah.spm
    ("SPM kepanjangannya", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja PKP kepanjangannya apa", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    # istilah.pokjappas
    ("pokja PPAS itu apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL di pokja AMPL singkatan apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP apa, beda sama RP3KP?", ("istilah.rp2kpkp", "istilah.rp3kp")),
    # istilah.kotaku
    ("KOTAKU program apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN kepanjangannya", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu provinsi itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dewan maksudnya apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang kepanjangannya", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD apa", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    # istilah.renstra
    ("renstra dinas maksudnya", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD singkatan dari apa", "istilah.rpjmd"),
    # istilah.kuappas
    ("kata bappeda usulan hrs sebelum KUA-PPAS. KUA-PPAS itu apa?", "istilah.kuappas"),
    # istilah.rka
    ("RKA apa", "istilah.rka"),
    # istilah.dpa
    ("DPA itu dokumen apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu apa, beda dgn bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("OPD artinya", "istilah.opd"),
    # istilah.skpd
    ("SKPD sama OPD beda?", ("istilah.skpd", "istilah.opd")),
    # istilah.spam
    ("SPAM di dokumen perkim maksudnya apa, bukan email kan", "istilah.spam"),
    # istilah.spald
    ("SPALD apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL singkatan apa", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa", "istilah.tps3r"),
    # istilah.mck
    ("MCK singkatan", "istilah.mck"),
    # istilah.rtrw
    ("sesuai RTRW di syarat lahan maksudnya apa, RT RW kah?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG pengganti IMB ya? apa kepanjangannya", "istilah.pbg"),
    # istilah.slf
    ("SLF apa", "istilah.slf"),
    # istilah.skbg
    ("SKBG kepanjangannya apa", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear artinya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR maksudnya apa", "istilah.csr"),
    # istilah.rakor
    ("rakor kepanjangannya", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC brp", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan maksudnya apa", "istilah.backlog"),
    # istilah.pkp
    ("PKP di sini artinya apa, bukan pengusaha kena pajak kan?", "istilah.pkp"),
    # istilah.kumuh
    ("yg dimaksud permukiman kumuh itu apa", "istilah.kumuh"),
    # istilah.dak
    ("DAK kepanjangannya", "istilah.dak"),
    # istilah.rusun
    ("What does rusun stand for?", "istilah.rusun"),
]

ROUND12_INTENTS: list[tuple[str, str]] = [
    ("usulan kmi gmn kabarnya min", "status"),
    ("cek status usulan kab Lamandau", "status"),
    ("USL-2026-0014 udh sampai mana", "status"),
    ("pian, usulan ulun sudah diperiksa kah?", "status"),
    ("has my proposal been approved yet?", "status"),
    ("usulan jaling yg sy kirim bulan lalu blm ada kabar", "status"),
    ("rakor th ini kpn", "meeting"),
    ("jadwal rapat berikutnya", "meeting"),
    ("rakor th ini tempatnya di mana", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    ("bu, rapat sinkronisasi kawasan permukiman jadinya tgl brp?", "meeting"),
    ("ada undangan rapat gak bulan ini", "meeting"),
    ("batas akhir kirim usulan kpn", "deadline"),
    ("deadline usulan TA 2027", "deadline"),
    ("masih bisa kirim usulan gak minggu depan?", "deadline"),
    ("When is the cutoff for sending proposals?", "deadline"),
    ("tenggat usulan kapan min, takut telat", "deadline"),
    ("usulan paling lambat tgl brp", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi min", "greeting"),
    ("makasih ya pak", "greeting"),
    ("bingung nih, mulai dr mana", "greeting"),
    ("hi, I'm new here", "greeting"),
    ("assalamualaikum, tolong bantu", "greeting"),
    ("cara kirim usulan di bot ini gmn", "how_to_submit"),
    ("mau usul lewat sini caranya?", "how_to_submit"),
    ("gmn ngajuin usulan baru", "how_to_submit"),
    ("how do I submit a proposal here", "how_to_submit"),
    ("kaya apa cara mengirim usulan lewat bot", "how_to_submit"),
    ("mulai isi form usulan dr mana", "how_to_submit"),
]

ROUND12_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha kewenangan siapa", "kabkota"),
    ("lokasi kumuh kmi 80.000 m2, siapa yg tangani", "kabkota"),
    ("delineasi di SK 7 hektar, bisa ke prov?", "kabkota"),
    ("slum area of 4 hectares, who is responsible?", "kabkota"),
    ("kawasan kumuh luas 99.999 m² kewenangan mana", "kabkota"),
    ("kumuh 3 ha di Pulpis, usul ke prov bisa?", "kabkota"),
    ("luas kumuh sesuai SK 9,99 hektare", "kabkota"),
    ("kumuh seluas 5.000 meter persegi ditangani siapa", "kabkota"),
    ("kumuh pas 10 ha masuk mana", "provinsi"),
    ("luas delineasi 100.000 m2 kewenangan siapa", "provinsi"),
    ("kumuh 12,5 hektar di Kotim siapa", "provinsi"),
    ("14,99 ha kumuh siapa yg tangani", "provinsi"),
    ("slum area of 11 hectares - province or regency?", "provinsi"),
    ("lokasi kumuh 13 ha sesuai SK, bisa diusulkan ke provinsi?", "provinsi"),
    ("kawasan kumuh seluas 140.000 meter persegi kewenangan siapa", "provinsi"),
    ("kumuh luasnya tepat 10 hektare, prov atau kab?", "provinsi"),
    ("kumuh 149.999 m² kewenangan siapa", "provinsi"),
    ("kumuh 15 ha pas siapa", "pusat"),
    ("luas kumuh 150.000 m2 kewenangan mana", "pusat"),
    ("kumuh 22 ha di Kapuas bisa ke prov?", "pusat"),
    ("kawasan kumuh 245,38 ha kec Selat siapa yg tangani", "pusat"),
    ("slum of exactly 15 hectares: who handles it?", "pusat"),
    ("kumuh 16 hektar bs diusulkan ke prov?", "pusat"),
    ("luas delineasi 31,77 ha kewenangan siapa", "pusat"),
    ("kumuh 1.200.000 m² ditangani siapa", "pusat"),
]

ROUND12_OUT_OF_SCOPE: list[str] = [
    "gaji PPPK bulan ini kpn cair",
    "cuaca besok di Palangka Raya gmn",
    "cara urus SPPD perjalanan dinas",
    "TPP pegawai dinas kmi telat, tanya ke mana",
    "jadwal tes CPNS 2027 kpn",
    "cara bikin sertifikat tanah pribadi di BPN",
    "kebakaran hutan lahan di Pulpis, siapa yg padamkan",
    "cara daftar BPJS kesehatan utk warga miskin",
    "jadwal kapal dari Kuala Pembuang ke Semarang",
    "atap sekolah SD di desa kmi bocor, usul ke dinas mana",
    "how do I renew my driving licence",
    "kpn libur nasional natal th ini",
    "cara reset password email dinas",
    "pilkades serentak di Barut kpn",
    "rekomendasi hotel dekat bandara Tjilik Riwut",
    "sinyal HP di desa kmi hilang terus, lapor ke mana",
    "aturan cuti melahirkan ASN brp bulan",
    "tambang emas ilegal di sungai Kahayan lapor siapa",
    "jadwal imunisasi anak di posyandu",
    "who won the football match last night",
    "cara buat KTP elektronik utk warga pindahan",
    "pupuk subsidi petani di Kapuas telat dtg",
    "izin usaha warung kopi ngurus ke mana",
    "pengangkatan honorer jadi PPPK gmn aturannya",
    "Is the new capital IKN in East Kalimantan hiring engineers?",
    "perpanjang STNK mobil dinas di mana",
    "program makan bergizi gratis di sekolah kpn mulai",
    "kapan jalan trans kalimantan palangka raya - sampit selesai diperbaiki",
]
