"""Round-7 evaluation questions for the Sinkron question matcher.

Written on 2026-12-03 by someone who had not seen the knowledge base (only the topic ids with
their titles and the domain notes restated in docs/domain.md, plus the shared domain brief and
research notes). The questions imitate regency/city housing officers typing on cheap phones: chat
Indonesian with abbreviations and typos, some formal Indonesian, some English, situations rather
than topic names, extra irrelevant detail, missing spaces and regency names.

This is a held-out set: never read it or use it for tuning: do not add its questions to the
knowledge base, paraphrases, keyword lists or other tables, and do not change the bot to make
these particular questions pass.

- ROUND7_TOPICS: question -> topic id, or a tuple of ids that would all be a right answer.
- ROUND7_INTENTS: question -> intent ("status", "meeting", "deadline", "greeting",
  "how_to_submit").
- ROUND7_AREAS: slum-area question -> level ("kabkota" < 10 ha, "provinsi" 10 to < 15 ha,
  "pusat" >= 15 ha), by the delineated area stated in the question.
- ROUND7_OUT_OF_SCOPE: plausible officer questions that no topic answers.
"""

ROUND7_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak sy staf baru di dinas perkim Sukamara, bs dijelasin singkat urusan perumahan itu "
            "dibagi gmn antara pusat prov dan kab?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "Who is in charge of what for housing and settlements here: central, province or regency?",
        "kewenangan.ringkasan",
    ),
    (
        "pembagian urusan pkp antar tingkatan pemerintah menurut uu pemda apa aja",
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan rakyat itu urusan wajib ato pilihan sih? kabag hukum kami nanya buat naskah "
            "perda"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Apakah urusan perumahan dan kawasan permukiman termasuk urusan pemerintahan wajib "
            "yang berkaitan dengan pelayanan dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    ("kawasan kumuh yg luasnya brp yg bs ditangani provinsi?", "kewenangan.kumuh"),
    ("dasar hukum pembagian penanganan kumuh berdasarkan luasan apa ya", "kewenangan.kumuh"),
    (
        "how does the size of a slum decide whether the regency or the province fixes it",
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh di bantaran sungai Mentaya luasnya udh lewat lima belas hektar, itu jd urusan "
            "kementerian ya?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "klo kawasannya gede bgt, diatas 15ha, siapa yg pegang? prov angkat tangan katanya",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "program pencegahan supaya gk muncul kumuh baru itu tugas siapa? bs minta dana prov gk",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kmi mau bikin kegiatan cegah kumuh di perumahan baru dkt Pangkalan Bun, bs diusulkan "
            "ke provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Is preventing new slums something the province does, or only the regency?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("sub urusan perumahan itu provinsi kebagian apa aja", "kewenangan.perumahan"),
    (
        (
            "Mohon penjelasan pembagian kewenangan sub-urusan perumahan antara pemerintah provinsi "
            "dan kabupaten."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "rumah utk masyarakat berpenghasilan rendah itu siapa yg sediain, pusat ya? bupati kmi "
            "nanya"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembangunan rusun buat pekerja di Kotim bs minta ke prov atau hrs ke kementerian?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "does the central government handle housing finance like subsidised mortgages?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "rumah warga hanyut kena banjir di Katingan, yg bangun lagi kab ato prov?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yg direlokasi krn program provinsi, rumahnya difasilitasi siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "who rebuilds houses after a disaster that the province declared",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan oleh developer di Palangka Raya yg ngeluarin siapa? prov "
            "ato pemkot"
        ),
        "kewenangan.izin",
    ),
    ("SKBG sarusun itu diterbitkan oleh siapa", ("kewenangan.izin", "istilah.skbg")),
    (
        "izin pembangunan dan pengembangan kawasan permukiman kewenangan tingkat mana",
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman isinya apa aja bagi prov n kab",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "siapa yg menetapkan sistem permukiman nasional, trus kab kebagian apa di kawasan "
            "permukiman"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU di perumahan developer yg blm diserahkan, itu kewenangan kab ya bukan prov?",
        "kewenangan.psu",
    ),
    ("bedanya psu permukiman sm psu perumahan apa, mana yg bs ke provinsi", "kewenangan.psu"),
    (
        "Which level handles PSU in housing estates versus in ordinary settlements?",
        "kewenangan.psu",
    ),
    (
        "disperkimtan prov bs bangun apa aja sih utk psu? jalan lingkungan doang?",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan kabupaten depan kantor camat rusak parah, bs diusulkan ke perkim prov gk",
        "psu.lingkup_provinsi",
    ),
    ("drainase di desa pedalaman Mura, bukan kota, bs diusulin ke prov?", "psu.lingkup_provinsi"),
    ("sertifikasi perancang rumah kemampuan kecil itu siapa yg ngurus", "kewenangan.sertifikasi"),
    (
        "registrasi tenaga perencana PSU tingkat menengah ke prov atau pusat?",
        "kewenangan.sertifikasi",
    ),
    ("SPM bidang perumahan itu utk kabupaten indikatornya apa", ("kewenangan.spm", "istilah.spm")),
    (
        "target capaian standar pelayanan minimal rumah layak huni bagi korban bencana brp persen",
        "kewenangan.spm",
    ),
    (
        "minimum service standard for housing: what exactly does the regency have to deliver?",
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipake itu luas kelurahan atau luas yg di SK? kelurahan kami 300 ha tp "
            "yg kumuh cm sebagian"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "for the 10 ha rule, which area counts, the whole village or only the mapped slum part?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh kmi terbit 2019, hrs direvisi gk? brp thn sekali ditinjau",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("yg berwenang menetapkan lokasi kumuh itu bupati ya? pake keputusan apa", "kumuh.penetapan"),
    ("who signs the decree that designates slum locations in a regency", "kumuh.penetapan"),
    ("kriteria kumuh itu apa aja sih, ada 7 aspek kan", "kumuh.aspek"),
    ("pas survei kumuh yg dinilai apa aja? bangunan, jalan, air minum, trs apa lg", "kumuh.aspek"),
    ("skor kumuh brp baru dianggap kumuh berat", "kumuh.penilaian"),
    (
        "cara ngitung nilai kumuh gmn, tiap kriteria dikasih angka 0 1 3 5 ya? maksimal brp",
        "kumuh.penilaian",
    ),
    (
        "nilai kumuh lokasi kami 45, itu masuk sedang ato ringan?",
        ("kumuh.tingkat_sedang_ringan", "kumuh.penilaian"),
    ),
    ("rentang skor kumuh ringan itu dr brp sampai brp", "kumuh.tingkat_sedang_ringan"),
    ("bedanya pemugaran, peremajaan sm pemukiman kembali apa", "kumuh.pola_penanganan"),
    (
        "kumuh di sempadan sungai yg lahannya ilegal, penanganannya hrs dipindah ya?",
        "kumuh.pola_penanganan",
    ),
    ("ada data brp lokasi kumuh se kalteng gk", "kumuh.kalteng"),
    ("Total luas kawasan kumuh di Provinsi Kalimantan Tengah berapa hektar?", "kumuh.kalteng"),
    ("isi usulan ke prov apa aja yg hrs diisi", "usulan.isi"),
    (
        "knp sih form usulan nanya bnyk bgt, kk, jiwa, gps, biaya... buat apa semua itu",
        "usulan.isi",
    ),
    ("what information does a proposal need to include?", "usulan.isi"),
    ("jenis usulan yg bs diajukan ke provinsi apa aja", "usulan.jenis"),
    ("bs gk usul selain kumuh, misal psu atau rumah korban bencana?", "usulan.jenis"),
    ("di form lokasi usulan diminta apa aja, titik gps wajib?", "usulan.lokasi"),
    (
        (
            "lokasi usulan hrs sebut desa dan kecamatan ya, sm nama lokasi sesuai SK? "
            "perkotaan/perdesaan jg?"
        ),
        "usulan.lokasi",
    ),
    (
        "penerima manfaat diisi jumlah KK atau jiwa? trus biaya sm sumber dana ngisinya gmn",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana usulan boleh gabungan apbd kab dan prov gk, ada sharing dr kabupaten",
        "usulan.penerima_biaya",
    ),
    ("dokumen kesiapan apa aja yg hrs dilampirkan biar usulan dianggap siap", "usulan.kesiapan"),
    ("readiness criteria utk usulan PSU itu apa aja", ("usulan.kesiapan", "istilah.rc")),
    (
        "klo blm ada DED boleh tetep ngusul? konsultan blm dibayar soalnya",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("lahannya masih tanah warga blm bersertifikat, bs diusulkan utk jaling?", "usulan.lahan"),
    ("apa maksud lahan clean and clear di usulan", ("usulan.lahan", "istilah.cleanandclear")),
    ("tanah lokasinya msh sengketa sm perusahaan sawit, ngaruh gk ke usulan kami", "usulan.lahan"),
    ("usulan kumuh wajib lampir SK kumuh? lokasi kami blm masuk SK bupati", "usulan.sk_kumuh"),
    ("nomor dan tanggal SK kumuh di usulan itu buat apa", "usulan.sk_kumuh"),
    ("DED RAB RKS wajib semua? kmi cm punya RAB sm foto", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting brp lembar yg diperlukan utk usulan", "usulan.dokumen_teknis"),
    (
        "site plan perlu dilampirkan ke usulan jalan lingkungan?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    (
        "surat pernyataan kesediaan menerima hibah dan memelihara itu yg tanda tangan siapa",
        "usulan.surat_pernyataan",
    ),
    (
        "hrs ada surat kesanggupan operasi dan pemeliharaan ya? isinya apa",
        "usulan.surat_pernyataan",
    ),
    ("bedah rumah lewat prov syaratnya apa aja", "usulan.rtlh"),
    ("warga numpang di tanah keluarga, rumahnya udh reyot, bs dpt RTLH provinsi?", "usulan.rtlh"),
    (
        (
            "can we propose building a brand new house for a poor family under the province's RTLH "
            "programme?"
        ),
        "usulan.rtlh",
    ),
    (
        "warga RT 05 minta jalan setapak dicor, mereka mau ajukan sendiri, hrs lewat siapa",
        "usulan.psu_masyarakat",
    ),
    ("permohonan PSU dr masyarakat hrs diketahui lurah dan camat ya?", "usulan.psu_masyarakat"),
    ("jalan lingkungan yg dibangun prov thn lalu skrg udh retak, yg perbaiki siapa", "hibah.aset"),
    ("BAST hibah aset dr provinsi ke kabupaten gmn prosesnya", ("hibah.aset", "istilah.bast")),
    ("after the province builds drainage in our village, who owns and maintains it?", "hibah.aset"),
    ("kalo bukan kewenangan prov, kmi bs cari dana dr mana lg?", "pendanaan.saluran_lain"),
    (
        "kumuh 6 ha enaknya didanai pakai apa, DAK bs?",
        ("pendanaan.saluran_lain", "kewenangan.kumuh"),
    ),
    (
        "selain apbd provinsi, sumber pendanaan lain utk perkim apa aja, csr bisa?",
        "pendanaan.saluran_lain",
    ),
    ("alur usulan dr kab sampe jd kegiatan di prov gmn dlm setahun", "siklus.tahunan"),
    ("usulan yg kmi kirim thn ini itu utk anggaran thn kapan", "siklus.tahunan"),
    ("explain the yearly proposal cycle pls", "siklus.tahunan"),
    ("usulan diperiksa apa aja sm prov? administrasi, teknis?", "siklus.pemeriksaan"),
    ("gmn provinsi verifikasi usulan kami, ada cek lapangan gk", "siklus.pemeriksaan"),
    (
        "rakor bidang kawasan permukiman itu ngapain aja, wajib dtg?",
        ("siklus.rakor", "istilah.rakor"),
    ),
    (
        "apa tujuan rapat koordinasi dan sinkronisasi perkim se kalteng",
        ("siklus.rakor", "istilah.rakor"),
    ),
    ("abis rakor, usulan masuk kemana? musrenbang trs rkpd?", "siklus.rkpd_apbd"),
    ("kapan usulan yg disetujui masuk APBD provinsi", "siklus.rkpd_apbd"),
    (
        "pokja pkp di kabupaten itu anggotanya siapa aja dan tugasnya apa",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        "kmi blm punya kelompok kerja perumahan dan kawasan permukiman, perlu dibentuk gk?",
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov dmn ya, mau antar berkas", "disperkimtan.kontak"),
    ("no telp dinas perkim provinsi kalteng brp", "disperkimtan.kontak"),
    ("where is the provincial housing agency office in Palangka Raya", "disperkimtan.kontak"),
    ("perintah2 di bot ini apa aja", "bot.cara_pakai"),
    ("jam di bot ini pake WIB ya? kmi di Barut", ("bot.cara_pakai", "istilah.wib")),
    ("what commands does this bot have", "bot.cara_pakai"),
    ("klo pakai /usul trs ditengah jalan sinyal ilang, datanya hilang gk", "bot.usul"),
    ("bs lampirin pdf RAB lewat /usul? maksimal brp file", "bot.usul"),
    ("status 'perlu perbaikan' artinya apa, hrs ngapain", "bot.status"),
    ("bedanya status verifikasi sm dibahas rakor apa", "bot.status"),
    ("what does the status dialihkan mean", ("bot.status", "bot.ditolak_dialihkan")),
    (
        "usulan kami ditolak, alasannya bukan kewenangan provinsi, trus gmn",
        ("bot.ditolak_dialihkan", "pendanaan.saluran_lain"),
    ),
    (
        "usulan dialihkan ke APBD kab itu maksudnya apa, msh bs diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    ("standar waktu respon usulan dr admin prov brp hari kerja", "bot.tindak_lanjut"),
    ("ada standar kyk LAPOR gk utk tindak lanjut usulan", ("bot.tindak_lanjut", "istilah.lapor")),
    ("perkim itu singkatan apa", "istilah.perkim"),
    ("PSU kepanjangannya apa", "istilah.psu"),
    ("jaling tu apa", "istilah.jaling"),
    ("KB dlm istilah kumuh artinya apa", ("istilah.kb", "istilah.kumuh")),
    ("delineasi maksudnya apa", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("RTLH singkatan dr apa", "istilah.rtlh"),
    ("BSPS itu program apa ya", "istilah.bsps"),
    ("apa itu rusus", "istilah.rusus"),
    ("huntara vs huntap bedanya apa", ("istilah.huntara", "istilah.huntap")),
    ("RKS di dokumen pengadaan itu apa", "istilah.rks"),
    ("KAK sama TOR itu sama gk", "istilah.kak"),
    ("BMD itu apa", "istilah.bmd"),
    ("What is O&P?", "istilah.op"),
    ("pokja ppas apa", "istilah.pokjappas"),
    ("RP2KPKP itu dokumen apa sih", "istilah.rp2kpkp"),
    ("program KOTAKU itu apa", "istilah.kotaku"),
    ("DAK tematik PPKT itu utk apa", "istilah.daktematikppkt"),
    ("bankeu prov ke kab itu apa", "istilah.bankeu"),
    ("pokir dewan maksudnya apa", "istilah.pokir"),
    ("KUA PPAS apaan", "istilah.kuappas"),
    ("SIPD itu aplikasi apa", "istilah.sipd"),
    ("bapperida itu dulunya bappeda ya?", "istilah.bapperida"),
    ("SPALD sama IPAL beda gk", ("istilah.spald", "istilah.ipal")),
    ("TPS3R singkatan apa", "istilah.tps3r"),
    ("PBG itu pengganti IMB kan?", "istilah.pbg"),
    ("SKT itu surat apa", "istilah.skt"),
    ("backlog perumahan artinya apa", "istilah.backlog"),
    ("what does MBR stand for", "istilah.mbr"),
    ("rusunawa apa bedanya sm rusun biasa", ("istilah.rusunawa", "istilah.rusun")),
    ("KK di form itu kepala keluarga ya bukan kartu keluarga?", "istilah.kk"),
]

ROUND7_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg jalan lingkungan di Tamiang Layang udh sampai mana ya", "status"),
    ("cek status usulan USL-2026-0031", "status"),
    ("ada kabar gk ttg usulan2 dr Pulpis?", "status"),
    ("what's the progress on our proposals", "status"),
    ("usulan yg kmrn sy kirim udh diverifikasi blm", "status"),
    ("rakor thn ini kapan dan dimana", "meeting"),
    ("jadwal rapat berikutnya sm provinsi kapan ya", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    ("rapat sinkronisasi kawasan permukiman taun ini di aula mana, tgl brp", "meeting"),
    ("ada undangan rapat dr prov gk bulan ini", "meeting"),
    ("batas akhir kirim usulan kapan", "deadline"),
    ("tenggat pengajuan usulan utk TA 2028 tgl brp", "deadline"),
    ("msh bs ngusul gk skrg, udh tutup blm", "deadline"),
    ("what's the deadline for submitting proposals", "deadline"),
    ("usulan plg lambat dikirim tanggal berapa pak", "deadline"),
    ("halo pak, selamat pagi", "greeting"),
    ("makasih banyak infonya 🙏", "greeting"),
    ("hi there", "greeting"),
    ("tolong bantu, sy bingung mulai dr mana", "greeting"),
    ("assalamualaikum", "greeting"),
    ("thanks!", "greeting"),
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    ("sy mau ngusulin drainase di desa, mulai dr mana di bot?", "how_to_submit"),
    ("how do I submit a proposal here", "how_to_submit"),
    ("cara input usulan baru dgn hp gmn", "how_to_submit"),
    ("mau masukin usulan baru ke sistem, klik apa", "how_to_submit"),
]

ROUND7_AREAS: list[tuple[str, str]] = [
    ("kumuh di kel. Pahandut 7 ha kewenangan siapa", "kabkota"),
    ("lokasi kumuh kami 13,4 hektar, bs ke provinsi?", "provinsi"),
    ("kawasan kumuh seluas 100.000 m2 ditangani siapa", "provinsi"),
    ("delineasi kumuhnya 99.000 meter persegi, kab atau prov", "kabkota"),
    ("kumuh 15 ha pas, masih prov kan?", "pusat"),
    ("luas kumuh 14,99 ha siapa yg tangani", "provinsi"),
    ("who handles a slum area of 22 hectares", "pusat"),
    ("kumuh luasnya kurang dari 10 ha wewenang siapa", "kabkota"),
    ("kumuh lebih dari 15 hektar itu tanggung jawab siapa", "pusat"),
    ("slum of exactly 10 ha, province or regency?", "provinsi"),
    ("desa kami 45 ha tp delineasi kumuh di SK cm 4,5 ha, siapa yg nangani", "kabkota"),
    ("kawasan kumuh 160.000 m² di Sampit kewenangan pusat atau prov", "pusat"),
    ("kumuh 0,75 ha dipinggir sungai Kapuas, bs minta prov?", "kabkota"),
    ("kumuh 11 hektare di Kotim masuk kewenangan mana", "provinsi"),
    ("lokasi kumuh 9,9 ha apakah kewenangan provinsi", "kabkota"),
    ("Kawasan permukiman kumuh dengan luas 18,25 ha menjadi kewenangan siapa?", "pusat"),
    ("slum area 6 hectares, regency or province?", "kabkota"),
    ("kumuh lebih dari 10 ha tp kurang dari 15 ha siapa yg pegang", "provinsi"),
    ("kumuh 30 ha di Palangka Raya dipegang siapa", "pusat"),
    ("kmi punya kumuh 10,5 ha di Buntok, bs diusulkan ke provinsi gk", "provinsi"),
    ("kumuh seluas 125.000 meter persegi kewenangan siapa", "provinsi"),
]

ROUND7_OUT_OF_SCOPE: list[str] = [
    "cara ngajuin cuti tahunan lewat aplikasi kepegawaian gmn",
    "harga semen per sak di Puruk Cahu skrg brp",
    "tarif SBU hotel perjalanan dinas ke Palangka Raya utk eselon 4 brp",
    "kartu keluarga warga hilang kena banjir, urusnya ke dukcapil atau kecamatan?",
    "jadwal pencairan TPP bulan ini kapan ya",
    "cara bikin SPJ kegiatan swakelola yg bener",
    "brp UMP kalteng thn 2027",
    "sertifikat halal utk umkm binaan desa ngurusnya dimana",
    "izin tambang galian C pasir di sungai Kahayan siapa yg keluarin",
    "what's the weather forecast for Sampit tomorrow",
    "cara reset password email dinas",
    "berapa jumlah penduduk Kabupaten Lamandau terbaru",
    "kapan cuti bersama akhir tahun",
    "analisa harga satuan beton K-225 per m3 utk AHSP 2027 brp",
    "cara daftar seleksi PPPK teknis",
    "gmn cara upload dokumen penawaran ke LPSE utk tender konstruksi",
    "harga tiket speedboat Kuala Kapuas ke Banjarmasin",
    "pembagian dana desa per desa di Bartim thn ini brp",
    "jadwal vaksin rabies anjing di kecamatan kami kapan",
    "can you translate this letter into English for me",
    "siapa pemenang lelang proyek drainase kota Sampit thn lalu",
    "brp tinggi muka air sungai Barito hari ini, mau survei lokasi",
    "cara pasang panel surya di kantor desa",
    "format nota dinas yg benar ke sekda gmn",
    "gaji tenaga fasilitator lapangan BSPS brp per bulan",
    "rekomendasi aplikasi gambar denah rumah di hp yg gratis",
]
