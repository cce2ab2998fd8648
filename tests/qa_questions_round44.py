"""Round 44 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: asking for advice ("saran bapak gimana", "mending ... atau
..."); checklist checks ("sudah ada SK, foto, RAB, cukup belum?"); pointing at an attachment
or picture the bot cannot see ("(foto terlampir) ..."); rights and duties ("hak kami apa",
"wajib nggak", "siapa yang berhak"); a message broken over several short lines by Enter;
fat-finger typing (neighbouring keys, doubled or dropped letters, a missing space); humour and
laughter around the question ("wkwk", "maaf pertanyaan bodoh"); quantifiers ("apakah SEMUA
usulan ...", "minimal berapa", "cuma provinsi saja yang ..."). About one question in ten is
very polite, formal British-style English ("Would you be so kind as to clarify whether ...").
A glossary entry's questions ask what the term means. Written while round 43 was tuned on, in
styles no tuning table was given: measured at the round's start and end, never read.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND44_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pak, kami staf baru di Dinas Perkim Seruyan. Saran bapak gimana supaya kami "
            "cepat paham pembagian kewenangan perumahan dan kawasan permukiman? Secara garis "
            "besar pusat pegang apa, provinsi apa, kabupaten apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "mau tanya\nsecara umum\nbidang perkim ini\nyg diurus provinsi apa aja\nyg kabupaten "
            "apa aja\nmakasih"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "wkwk kabid kami ngotot bilang perumahan itu urusan pilihan, saya bilang urusan "
            "wajib. Siapa yang benar ya pak, dasar pasalnya apa? lumayan taruhan kopi nih "
            "hehe"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Apakah perumahan dan kawasan permukiman termasuk urusan wajib yang berkaitan "
            "dengan pelayanan dasar, sehingga setiap pemda harus menganggarkannya? Bappeda "
            "kami minta dasar hukumnya"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Apakah SEMUA kawasan kumuh di kabupaten kami bisa diusulkan ke provinsi, atau "
            "hanya yang luasnya tertentu saja? batasnya berapa ha untuk masing-masing tingkat "
            "pemerintahan?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kewenangam penangsnan kumuh itu dibagi brdasarkan luas ya? tolong jelasin "
            "batasnya utk kab, prov sm pusat"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "(screenshot berita terlampir) Di berita ini ditulis kumuh 'di atas 15 hektare' "
            "jadi urusan kementerian. Bunyi aturan sebenarnya untuk kumuh yang ditangani "
            "pusat itu gimana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh yang luasnya 15 ha atau lebih itu tanggung jawab siapa? Dan apakah "
            "ketentuan untuk level pusat ini sudah pasti bunyinya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kumuh itu kewajiban siapa? Provinsi punya program pencegahan kumuh "
            "yang bisa kami usulkan nggak?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Di Kelurahan Baamang Hulu mulai tumbuh permukiman padat di pinggir sungai, belum "
            "masuk SK kumuh. Sebaiknya upaya pencegahannya kami usulkan ke provinsi atau kami "
            "tangani sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Setahu saya di sub-urusan perumahan, kabupaten pegang izin pembangunan perumahan "
            "dan SKBG. Itu sudah semua atau masih ada yang lain? Lalu bagian provinsi di "
            "sub-urusan perumahan apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "sub urusan perumahn itu kewenanganya provinsi apa aj ya? kami bingung bedain dgn "
            "kabupatn"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Apakah penyediaan rumah untuk MBR itu hanya urusan pusat saja, atau provinsi "
            "juga boleh membangun rumah MBR?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "hehe warga minta dibangunkan rusun ke dinas kami, padahal APBD kami buat jalan "
            "aja kurang 😅 sebenarnya rusun, rumah MBR dan pembiayaan perumahan itu urusan "
            "level mana ya?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "pak\nrumah warga rusak\nkena banjir di Kapuas\nyg wajib bangun/rehab\nkabupaten\natau "
            "provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada rencana pemindahan warga bantaran sungai karena proyek pemerintah provinsi. "
            "Enaknya rumah pengganti mereka kami usulkan ke provinsi atau kami tanggung "
            "sendiri? Aturannya gimana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Siapa yang berwenang menerbitkan izin pembangunan perumahan dan SKBG, kabupaten "
            "atau provinsi? Ada developer yang nanya ke kantor kami."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Would you be so kind as to clarify which level of government is entitled to "
            "issue permits for developing a settlement area? A developer has asked us whether "
            "the province handles such permits."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "sesuai PDF nomenklatur yang saya kirim tadi, di sub-urusan kawasan permukiman "
            "itu kewenangan provinsi dan kabupaten apa saja? mohon dirangkum"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Setahu kami sub-urusan kawasan permukiman itu isinya cuma penanganan kumuh. "
            "Benar begitu, atau masih ada kewenangan lain untuk kab/kota dan pusat?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kami mau usul jalan di perumahan subsidi bangunan developer di Pangkalan Bun. "
            "Sudah ada foto dan RAB. Cukup belum? dan ini masuk PSU perumahan atau PSU "
            "permukiman, yang menangani siapa?"
        ),
        "kewenangan.psu",
    ),
    (
        "bedanya psu permukimam sama psu perumahsn apa? yg jd urusan provinsi yg mana",
        "kewenangan.psu",
    ),
    (
        (
            "PSU yang dibangun Disperkimtan provinsi itu apa saja? Apakah semua jenis PSU "
            "bisa, misal lampu jalan, taman, balai warga, atau cuma jalan lingkungan dan "
            "drainase?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Drainase di sepanjang jalan kabupaten depan Kelurahan Mendawai rusak parah. "
            "Mending kami usulkan ke Disperkimtan sebagai PSU atau ke PU? Provinsi bisa "
            "nangani drainase di tepi jalan kabupaten nggak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "psu provinsi\nbisa dibangun\ndi desa juga\natau cuma\ndi perkotaan?",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Konsultan perencana rumah dan PSU di daerah kami minta registrasi. Yang berhak "
            "memberi sertifikasi dan registrasi itu kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "wkwk ada konsultan kecil-kecilan minta 'sertifikat perancang rumah' ke kami, "
            "kami sendiri bingung 🤣 sertifikasi perancang rumah dan PSU itu kewenangan siapa, "
            "dari tingkat kemampuan kecil sampai besar?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Untuk SPM perumahan kami sudah lapor data rumah korban bencana kabupaten. Apakah "
            "itu sudah semua jenis layanan SPM kabupaten, atau masih ada yang kurang? "
            "Targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "I should be grateful to know what the minimum service standard (SPM) for housing "
            "requires of the province, and what target is set for it."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di peta delineasi yang saya kirim, kawasan kumuhnya cuma sebagian Desa Sungai "
            "Cabang. Yang dihitung untuk menentukan kewenangan itu luas kawasannya saja atau "
            "luas seluruh desa?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Apakah luas kumuh yang dipakai harus SELALU luas sesuai SK kumuh? Kalau hasil "
            "ukur ulang kami di lapangan beda dengan angka di SK, mana yang dipakai?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang berhak menetapkan lokasi kumuh? Apakah gubernur boleh mengeluarkan SK "
            "kumuh untuk lokasi di kabupaten kami?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami\nterbit 2018\napa wajib\ndireview?\nberapa tahun sekali ya",
        "kumuh.penetapan",
    ),
    (
        (
            "Untuk identifikasi kumuh kami sudah menilai kondisi bangunan, jalan lingkungan, "
            "drainase dan persampahan. Kurang aspek apa lagi ya supaya sesuai Permen PUPR "
            "14/2018?"
        ),
        "kumuh.aspek",
    ),
    (
        "kriteriaa kumuh itu ada brp aspek? tolong sebutkn satu2",
        "kumuh.aspek",
    ),
    (
        (
            "Nilai maksimal skor kumuh berapa, dan minimal skor berapa supaya lokasi masuk "
            "kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "lihat tabel skoring di file saya tadi, tiap kriteria dikasih nilai 0, 1, 3 atau "
            "5. dasar pemberian nilainya apa ya, dan total berapa baru disebut kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "hehe lokasi kami skornya 41, teman bilang ringan, saya bilang sedang 😂 "
            "sebenarnya rentang skor kumuh sedang dan kumuh ringan itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "skor 20\nitu kumuh ringan\natau sedang\nrentangnya\nbrp aja",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kumuh kami di bantaran sungai dan lahannya tidak legal. Sebaiknya pola "
            "penanganannya pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "We have already established that our site is a light slum on legal land. Would "
            "you kindly confirm which handling pattern applies, and how pemugaran, peremajaan "
            "and pemukiman kembali differ from one another?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Berapa jumlah seluruh lokasi kumuh di Kalimantan Tengah dan total luasnya? "
            "Kabupaten mana yang paling banyak lokasinya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "wkwk atasan minta data kumuh se-Kalteng buat sambutan besok pagi, saya belum "
            "siap apa-apa 🤣 ada angka berapa lokasi dan kira-kira berapa hektar totalnya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Usulan kami sudah ada judul, lokasi, foto dan perkiraan biaya. Apa lagi isi "
            "usulan kegiatan yang masih kurang?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Ini pertama kali kami mengusulkan ke provinsi. Saran ibu, data apa saja yang "
            "perlu kami siapkan untuk isi usulan, dan kenapa provinsi minta data sebanyak "
            "itu?"
        ),
        "usulan.isi",
    ),
    (
        ("Jenis usulan apa saja yang boleh diajukan ke provinsi? Apakah hanya kumuh dan PSU saja?"),
        "usulan.jenis",
    ),
    (
        (
            "Kami sudah pernah kirim usulan PSU dan RTLH. Selain dua itu, jenis usulan apa "
            "lagi yang bisa kami ajukan lewat bot ini?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "(foto peta terlampir) Untuk data lokasi usulan, selain kecamatan dan desa apa "
            "lagi yang harus diisi? titik GPS juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Nama lokasi di usulan kumuh wajib sama persis dengan nama di SK kumuh, atau "
            "boleh pakai nama kampung yang biasa dipakai warga?"
        ),
        "usulan.lokasi",
    ),
    (
        "jumlah penerima\nmanfaat ditulis\ndalam KK\natau jiwa?\natau dua2nya?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Biaya sudah kami hitung Rp 1,2 M, penerima 85 KK, jumlah rumah juga sudah. "
            "Sumber dananya diisi apa, pilihannya apa saja? boleh kombinasi APBD provinsi dan "
            "APBDes?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Usulan PSU jalan lingkungan kami: DED ada, RAB ada, foto ada. Dokumen kesiapan "
            "(readiness criteria) apa lagi yang biasanya diminta provinsi?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "We have the DED and the cost estimate ready for our drainage proposal. Could you "
            "kindly tell me what other readiness documents the province expects to accompany "
            "a PSU proposal?"
        ),
        "usulan.kesiapan",
    ),
    (
        "lahan jalannya milik desa tp blm bersertipikat, itu udh trmasuk clean and clesr blm?",
        "usulan.lahan",
    ),
    (
        (
            "Lahan untuk drainase masih sengketa sebagian dengan warga. Apakah kami dilarang "
            "mengusulkan dulu, atau lahannya wajib clean and clear sebelum diajukan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Di PDF SK kumuh yang saya lampirkan, lokasi yang mau kami usulkan ternyata tidak "
            "tercantum. Masih bisa diajukan sebagai usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami terbit 2020. Paling tua berapa tahun SK kumuh supaya masih "
            "dihitung berlaku dalam usulan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "hehe DED kami masih berupa coretan tangan konsultan 🤣 dokumen teknis apa saja "
            "sih yang dibutuhkan, DED, RAB, RKS, site plan? harus semua?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "RKS dan site plan belum ada, tapi DED dan RAB sudah. Mending kami kirim dulu "
            "atau tunggu lengkap? Dokumen teknis mana yang paling berpengaruh ke penilaian?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Apakah kabupaten wajib membuat surat pernyataan bersedia menerima hibah serta "
            "melakukan operasi dan pemeliharaan? Untuk apa surat itu?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "surat prrnyataan hibah sm O&P itu gunanya apa sih? hrs dilampirkn di usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Untuk usulan RTLH ke provinsi kami sudah punya data 20 rumah, foto dan KTP "
            "pemilik. Tanahnya sebagian cuma SKT. Cukup belum syaratnya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Apakah setiap warga miskin boleh diusulkan RTLH lewat provinsi, termasuk yang "
            "belum punya rumah sama sekali dan mau bangun baru?"
        ),
        "usulan.rtlh",
    ),
    (
        "warga RT 05\nminta jalan lingkungan\nbisa langsung\nusul ke provinsi?\nsyaratnya apa",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "(foto surat warga terlampir) Ini permohonan drainase dari warga Kelurahan "
            "Langkai. Supaya bisa diproses provinsi, surat ini harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Setelah jalan lingkungan selesai dibangun provinsi di atas tanah kabupaten, "
            "siapa yang wajib memelihara? Asetnya jadi milik siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "wkwk jangan sampai kayak dulu, jalan sudah jadi tapi tidak ada yang mau merawat "
            "😅 nanti serah terima aset dari provinsi ke kabupaten pakai dokumen apa dan siapa "
            "yang tanda tangan?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Usulan kumuh kami ternyata bukan kewenangan provinsi karena luasnya di bawah "
            "batas. Saran bapak, sebaiknya kami cari dana ke mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Should a proposal fall outside the province's authority, I should be most "
            "grateful to know which other funding channels are open to us, and which you "
            "would recommend first."
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "alur usulan\ntiap tahun\nitu gimana ya\ndari kami kirim\nsampai jadi kegiatan",
        "siklus.tahunan",
    ),
    (
        (
            "Usulan yang kami kirim tahun ini masuk tahun anggaran berapa? Apakah semua "
            "usulan selalu untuk tahun berikutnya?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Administrasi usulan kami sudah lengkap semua. Selain administrasi, provinsi "
            "memeriksa apa lagi sebelum usulan dibawa ke Rakor?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "provinssi meriksa usulan kami itu dr sisi apa aj? administrasi, teknis, atau jg "
            "kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "hehe maaf baru pindah dari dinas pendidikan, jadi masih awam 🙏 Rakor bidang "
            "kawasan permukiman itu diadakan berapa kali setahun dan di situ yang dibahas apa "
            "saja?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Apakah Rakor selalu diadakan di bulan yang sama setiap tahun? Tahun-tahun "
            "sebelumnya jatuh tanggal berapa saja?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Kalau usulan kami sudah lolos di Rakor, langkah berikutnya apa sampai "
            "benar-benar dianggarkan? Sebaiknya kami kawal di tahap mana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "sesuai bagan alur di PDF ini, usulan setelah Rakor masuk Musrenbang provinsi, "
            "lalu RKPD, lalu APBD. Urutannya memang begitu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pokja PKP di kabupaten kami sudah lama tidak aktif. Saran bapak gimana, "
            "sebenarnya peran Pokja PKP itu apa dan dasar aturannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Di kabupaten, siapa yang berhak jadi ketua Pokja PKP, sekda atau kadis perkim?",
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor\nDisperkimtan provinsi\ndi mana ya pak\nmau antar berkas",
        "disperkimtan.kontak",
    ),
    (
        (
            "As mentioned in the covering letter I attached, we intend to deliver the signed "
            "documents by hand. I should be grateful if you could tell me the address of the "
            "provincial Disperkimtan office."
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Saya sudah daftar dan sudah disetujui admin, /usul juga sudah tahu. Perintah "
            "lain di bot ini apa saja ya, ada yang belum saya tahu?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Jam yang ditampilkan bot itu semuanya WIB atau ikut zona HP saya? Saya sering "
            "dinas ke Banjarmasin yang pakai WITA."
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Foto kondisi lokasi paling banyak berapa yang bisa dilampirkan waktu isi /usul? "
            "PDF juga bisa, maksimal berapa?"
        ),
        "bot.usul",
    ),
    (
        (
            "Tahun lalu kami sudah kirim usulan yang mirip. Enaknya isi ulang dari awal atau "
            "ada fitur salin usulan lama? Kalau disalin, bagian apa yang harus diisi lagi?"
        ),
        "bot.usul",
    ),
    (
        (
            "lihat screenshot di atas, status usulan kami 'dibahas di Rakor'. artinya apa ya, "
            "berarti sudah pasti disetujui?"
        ),
        "bot.status",
    ),
    (
        (
            "wkwk status usulan kami 'perlu perbaikan', kirain ditolak sampai panik 😂 artinya "
            "apa dan kami harus ngapain?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Apa hak kami, bisa "
            "banding lewat bot atau harus bagaimana selanjutnya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan kami\nstatusnya dialihkan\nke APBN\nmaksudnya apa\ntrus kami hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Paling lama berapa hari kerja usulan yang sudah kami kirim harus mulai diperiksa "
            "provinsi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Would you be so kind as to tell me the maximum number of working days within "
            "which the province ought to verify and respond to a submitted proposal, and on "
            "what that standard is based?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Saya diundang rapat lewat bot tapi hari itu ada dinas luar. Sebaiknya saya tolak "
            "saja atau bisa diwakilkan staf? Gimana caranya di bot?"
        ),
        "bot.rapat",
    ),
    (
        "pengingay rapat di bot itu dikirim kapan aj? h-1 doang atau gmn",
        "bot.rapat",
    ),
    (
        (
            "maaf pertanyaan dasar wkwk, Perkim itu singkatan dari apa ya? nama dinas kami "
            "panjang banget soalnya"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Enaknya di surat kami tulis Perkim saja atau nama lengkapnya? Perkim itu "
            "sebenarnya singkatan dari apa sih?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu kepanjangannya apa? 'tan' di belakang itu cuma tambahan saja "
            "atau artinya pertanahan?"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "Might I trouble you to explain what the abbreviation Disperkimtan stands for? It "
            "appears in the letterhead of the invitation I forwarded earlier."
        ),
        "istilah.disperkimtan",
    ),
    (
        "PSU\nitu singkatan\ndari apa ya",
        "istilah.psu",
    ),
    (
        (
            "di surat undangan yang saya foto tadi ada tulisan 'penyelenggaraan PSU'. PSU itu "
            "maksudnya apa?"
        ),
        "istilah.psu",
    ),
    (
        "jaling itu singkatn apa? sering liat di RAB tp gk ngerti",
        "istilah.jaling",
    ),
    (
        "hehe saya kira jaling itu nama orang 🤣 ternyata istilah di usulan PSU. artinya apa ya?",
        "istilah.jaling",
    ),
    (
        (
            "(foto saluran terlampir) ini yang disebut drainase lingkungan kah? drainase itu "
            "artinya apa sebenarnya?"
        ),
        "istilah.drainase",
    ),
    (
        (
            "Could you kindly explain whether 'drainase' refers only to roadside ditches or "
            "to every drainage channel in a settlement? I am not entirely certain what the "
            "term covers."
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabl kumuh itu singkatam apa?",
        "istilah.kr",
    ),
    (
        (
            "Saran bapak, di laporan kami lebih baik tulis lengkap atau cukup KR? KR itu "
            "memang singkatan dari apa sih?"
        ),
        "istilah.kr",
    ),
    (
        "wkwk KS di laporan kumuh itu bukan Kartu Sehat kan? artinya apa ya?",
        "istilah.ks",
    ),
    (
        (
            "di excel yang saya kirim ada kolom tingkat kumuh isinya KB. KB di situ maksudnya "
            "apa ya? pasti bukan keluarga berencana 😅"
        ),
        "istilah.kb",
    ),
    (
        "SK kumh itu maksudnya surat keputusan apa ya?",
        "istilah.skkumuh",
    ),
    (
        (
            "I understand that SK stands for Surat Keputusan, and I have seen the term in our "
            "planning documents; I should be grateful to know what exactly an 'SK kumuh' is."
        ),
        "istilah.skkumuh",
    ),
    (
        "pak mau tanya\ndelineasi kumuh\nitu apaan",
        "istilah.delineasi",
    ),
    (
        (
            "hehe konsultan bilang 'delineasinya belum ada', saya cuma angguk-angguk 🤣 "
            "delineasi itu apa sih?"
        ),
        "istilah.delineasi",
    ),
    (
        "rtlh itu kepanjanganya apa sih",
        "istilah.rtlh",
    ),
    (
        "di spanduk yang saya foto tertulis 'program RTLH'. RTLH itu artinya apa?",
        "istilah.rtlh",
    ),
    (
        "kalau RTLH kan\nrumah tidak layak huni\nRLH itu\napa ya",
        "istilah.rlh",
    ),
    (
        "bedah rumah itu istilah resmi atau bahasa tv aja wkwk? maksudnya apa sebenarnya",
        "istilah.bedahrumah",
    ),
    (
        (
            "Saya sudah tahu RTLH itu rumah tidak layak huni. Kalau istilah bedah rumah itu "
            "maksudnya apa, bangun baru atau memperbaiki rumah yang ada?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "BSPS kepanjangannyaapa ya?",
        "istilah.bsps",
    ),
    (
        "Good afternoon.\nWould you be so kind\nas to tell me\nwhat BSPS stands for?",
        "istilah.bsps",
    ),
    (
        "MBR\ndi juknis\nitu maksudnya\nsiapa ya",
        "istilah.mbr",
    ),
    (
        "di petunjuk teknis yang saya kirim tadi banyak tulisan MBR. artinya apa ya?",
        "istilah.mbr",
    ),
    (
        "rusunawa itu apa sih? maaf saya orang kampung wkwk",
        "istilah.rusunawa",
    ),
    (
        (
            "Pak, warga nanya rusunawa itu apa. Enaknya saya jelaskan gimana, rusunawa itu "
            "singkatan dari apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "rusus itu singkatan dr apa? bkn salah ketik rusun kan?",
        "istilah.rusus",
    ),
    (
        (
            "(foto terlampir) ini di Desa Pulau Kaladan habis banjir, BPBD pasang bangunan "
            "yang mereka sebut huntara. huntara itu kepanjangannya apa ya pak?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "maaf pak, huntarra itu artinyaa apa? sering kedengeran pas rapat pasca banjir "
            "tapi sy blm paham"
        ),
        "istilah.huntara",
    ),
    (
        "huntap\nitu\nhunian apa\nya pak",
        "istilah.huntap",
    ),
    (
        (
            'Would you be so kind as to explain what the term "huntap" refers to in '
            "post-disaster housing? I should like to use it correctly in our report."
        ),
        "istilah.huntap",
    ),
    (
        (
            "Form usulan sudah saya isi: nama lokasi, luas, foto. Tinggal kolom KK. KK di "
            "situ maksudnya Kartu Keluarga atau apa ya? biar nggak salah isi"
        ),
        "istilah.kk",
    ),
    (
        (
            'Apakah setiap tulisan "KK" di dokumen perkim itu artinya kepala keluarga, bukan '
            "jumlah kartunya? KK itu sebenarnya singkatan apa"
        ),
        "istilah.kk",
    ),
    (
        (
            'maaf pertanyaan polos wkwk, "jiwa" di form itu maksudnya apa sih? jumlah '
            "orangnya kah? 😅"
        ),
        "istilah.jiwa",
    ),
    (
        (
            'saran bapak gimana, di laporan sebaiknya kami tulis "ha" atau "hektar"? ha itu '
            "sebenarnya satuan apa persisnya?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Kata Bappeda kami wajib menyiapkan DED sebelum mengusulkan. DED itu sebenarnya "
            "apa, kepanjangannya apa ya?"
        ),
        "istilah.ded",
    ),
    (
        (
            "hehe maaf pak saya pegawai baru, tiap rapat orang ngomong DED DED terus, itu "
            "singkatan apa sih 🤣"
        ),
        "istilah.ded",
    ),
    (
        (
            "RAB yang disebut di semua dokumen usulan itu apa sih? Rencana Anggaran Belanja "
            "atau Rencana Anggaran Biaya?"
        ),
        "istilah.rab",
    ),
    (
        "RAB itu kepanjangannyaapa ya pak? sy suka lupa trs",
        "istilah.rab",
    ),
    (
        (
            "Konsultan nanya enaknya RKS dibikin sekarang atau nanti. Sebelum saya jawab, RKS "
            "itu sebenernya dokumen apa ya pak?"
        ),
        "istilah.rks",
    ),
    (
        "RKS\nitu\nsingkatan\ndari apa",
        "istilah.rks",
    ),
    (
        (
            "Kami sudah pegang DED, RAB dan RKS. Lalu ada yang nyebut KAK juga. KAK itu apa "
            "ya, sama nggak dengan TOR?"
        ),
        "istilah.kak",
    ),
    (
        (
            "I should be grateful to know what KAK stands for, and whether it is the same "
            "thing as a Terms of Reference."
        ),
        "istilah.kak",
    ),
    (
        (
            "lihat gambar yang saya kirim tadi, yang begitu itu namanya site plan kah? site "
            "plan itu sebenarnya gambar apa ya"
        ),
        "istilah.siteplan",
    ),
    (
        "sitplan itu apa ya pak, bahasa indonesianya apa",
        "istilah.siteplan",
    ),
    (
        "RC itu apa ya pak? saya kira reinforced concrete wkwk ternyata katanya beda",
        "istilah.rc",
    ),
    (
        (
            'Di checklist DAK ada "RC utama" dan "RC teknis", apakah semua RC itu singkatan '
            "dari hal yang sama? RC artinya apa?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Di surat provinsi tertulis kabupaten berkewajiban menandatangani BAST. BAST itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.bast",
    ),
    (
        "bast\nitu\nberita acara apa\nya bu",
        "istilah.bast",
    ),
    (
        (
            "saran ibu gimana njelasin ke kades: hibah itu sebenarnya artinya apa kalau "
            "konteksnya aset pemerintah?"
        ),
        "istilah.hibah",
    ),
    (
        (
            'Could you kindly clarify what is meant by "hibah" in the letters we receive from '
            "the province? I am not entirely certain of the term."
        ),
        "istilah.hibah",
    ),
    (
        "BDM eh BMD maksudnya apa pak? barang milik apa",
        "istilah.bmd",
    ),
    (
        (
            'di PDF naskah hibah yang saya kirim tadi ada tulisan "dicatat sebagai BMD". BMD '
            "itu singkatan dari apa ya?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Apakah semua aset yang dibangun kementerian itu disebut BMN? BMN itu sendiri "
            "kepanjangannya apa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Di BAST tertulis asetnya berstatus BMN dan kami berkewajiban merawatnya. BMN itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Kami diminta membuat surat pernyataan sanggup O&P. O&P itu singkatan apa ya pak, "
            "biar kami paham itu kewajiban apa"
        ),
        "istilah.op",
    ),
    (
        (
            'Dokumen sudah lengkap: DED, RAB, foto. Cuma di daftar ada tulisan "pernyataan '
            'O&P". O&P itu apaan ya?'
        ),
        "istilah.op",
    ),
    (
        "SPM\nbidang perumahan\nitu singkatan\napa ya",
        "istilah.spm",
    ),
    (
        (
            "Would you be so kind as to tell me what SPM stands for? It keeps appearing in "
            "the provincial planning documents."
        ),
        "istilah.spm",
    ),
    (
        (
            "mending Pokja PKP di kabupaten kami dihidupkan lagi atau nggak ya. tapi "
            "sebelumnya, Pokja PKP itu sebenarnya apa sih?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "pokja pkp itu kepanjanganya apaa pak",
        "istilah.pokjapkp",
    ),
    (
        (
            '(screenshot undangan terlampir) di situ tertulis "Pokja PPAS". PPAS di situ '
            "singkatan dari apa ya pak?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "hehe tiap tahun masuk SK anggota Pokja PPAS tapi nggak tau singkatannya apa 🤣 "
            "PPAS itu apa ya"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Pokja AMPL itu apa ya? yang saya tahu cuma huruf A-nya air minum, sisanya "
            "singkatan apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "SK Pokja PKP sudah ada, SK Pokja AMPL juga sudah. Tapi jujur saya belum paham "
            "AMPL itu kepanjangannya apa"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3PK eh RP3KP itu dokumen apa ya pak",
        "istilah.rp3kp",
    ),
    (
        "Katanya kabupaten wajib punya RP3KP. Itu sebenarnya singkatan dari rencana apa?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP\nitu apa\nkepanjangannya\npanjang banget",
        "istilah.rp2kpkp",
    ),
    (
        "RP2KPKP ini singkatan apa sih pak, lidah saya sampai keseleo bacanya wkwk",
        "istilah.rp2kpkp",
    ),
    (
        "I should be most grateful if you could explain what the KOTAKU programme was.",
        "istilah.kotaku",
    ),
    (
        (
            "Saran bapak, di laporan sebaiknya kami tulis nama lengkapnya saja. KOTAKU itu "
            "singkatan dari apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        'Apakah PPKT di "DAK Tematik PPKT" itu cuma soal kumuh? PPKT itu kepanjangannya apa?',
        "istilah.daktematikppkt",
    ),
    (
        (
            'sesuai surat dari Balai yang saya fotokan tadi, ada istilah "DAK Tematik PPKT". '
            "itu maksudnya apa ya?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "APBN itu apa pak? maaf pertanyaan anak SD wkwk tapi saya disuruh jelasin ke warga",
        "istilah.apbn",
    ),
    (
        "APBM eh APBN singkatannya apa ya lengkpanya",
        "istilah.apbn",
    ),
    (
        (
            "Sumber dana sudah saya pilih APBD Kab/Kota. Tapi APBD itu kepanjangannya apa "
            "lengkapnya, buat ditulis di proposal?"
        ),
        "istilah.apbd",
    ),
    (
        "APBD\nsingkatan dari\napa ya",
        "istilah.apbd",
    ),
    (
        "Kades bilang itu hak desa, pakai dana APBDes saja. APBDes itu sebenarnya apa ya pak?",
        "istilah.apbdes",
    ),
    (
        (
            "Would you kindly explain what APBDes refers to? The village head mentioned it "
            "during our site visit."
        ),
        "istilah.apbdes",
    ),
    (
        (
            "enaknya kami minta Bankeu atau nggak ya, atasan belum yakin. Bankeu itu sendiri "
            "artinya apa sih pak?"
        ),
        "istilah.bankeu",
    ),
    (
        "bankue itu apa ya pak, bantuan keuanga dr provinsi kah",
        "istilah.bankeu",
    ),
    (
        'di screenshot grup WA tadi ada yang bilang "lewat pokir saja". pokir itu apa ya?',
        "istilah.pokir",
    ),
    (
        "Pokir itu apa? apakah cuma anggota DPRD yang punya pokir?",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu kepanjangannya apa ya? tiap tahun ikut tapi cuma kebagian snack hehe",
        "istilah.musrenbang",
    ),
    (
        "musrenbang\nitu\nmusyawarah\napa ya pak",
        "istilah.musrenbang",
    ),
    (
        (
            "Katanya usulan yang lolos jadi tanggung jawab provinsi dan masuk RKPD. RKPD itu "
            "dokumen apa ya?"
        ),
        "istilah.rkpd",
    ),
    (
        "I should be grateful to know what RKPD stands for.",
        "istilah.rkpd",
    ),
    (
        "renj itu apa pak? eh maksud saya Renja",
        "istilah.renja",
    ),
    (
        (
            "Renstra dinas sudah ada, RKA juga sudah. Yang belum saya paham tinggal Renja, "
            "itu dokumen apa ya?"
        ),
        "istilah.renja",
    ),
    (
        (
            "mending saya baca Renstra dulu kata atasan. Renstra itu sebenarnya dokumen apa, "
            "untuk berapa tahun?"
        ),
        "istilah.renstra",
    ),
    (
        "Apakah Renstra itu selalu rencana lima tahunan? maksud saya Renstra itu singkatan apa",
        "istilah.renstra",
    ),
    (
        (
            'di PDF paparan Rakor kemarin ada tulisan "RPJMD 2025-2029". RPJMD itu singkatan '
            "dari apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "RPJMD itu apa pak 😅 panjang amat singkatannya kayak nama kereta",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS\nitu apa\nya pak\nsingkatannya",
        "istilah.kuappas",
    ),
    (
        "KUA PPAS itu kepanjangannyaa apa ya? kebijakan umum anggarn gitu?",
        "istilah.kuappas",
    ),
    (
        "Tiap OPD diwajibkan menyusun RKA. RKA itu kepanjangannya apa?",
        "istilah.rka",
    ),
    (
        "Setiap tahun kami disuruh susun RKA, tapi RKA itu sendiri sebenarnya singkatan apa ya?",
        "istilah.rka",
    ),
    (
        (
            "RKA sudah dibahas, sudah ditandatangani. Tinggal DPA katanya. DPA itu dokumen "
            "apa ya pak?"
        ),
        "istilah.dpa",
    ),
    (
        "Would you be so kind as to explain what a DPA is in regional budgeting?",
        "istilah.dpa",
    ),
    (
        "SIPD itu apa sih pak, yang aplikasinya suka error pas deadline itu kan? wkwk",
        "istilah.sipd",
    ),
    (
        (
            "Atasan nyuruh saya belajar SIPD, saran bapak mulai dari mana? Paling dasar dulu "
            "deh: SIPD itu singkatan dari apa?"
        ),
        "istilah.sipd",
    ),
    (
        "bapperdia itu singkatan apa pak? dulu namanya bappeda kan",
        "istilah.bapperida",
    ),
    (
        "(foto surat) kop suratnya Bapperida Provinsi Kalteng. Bapperida itu badan apa ya?",
        "istilah.bapperida",
    ),
    (
        "OPD\nitu\norganisasi perangkat\ndaerah ya?",
        "istilah.opd",
    ),
    (
        "Apakah semua dinas itu disebut OPD? OPD sebenarnya kepanjangannya apa",
        "istilah.opd",
    ),
    (
        (
            'Di surat tertulis "SKPD pengusul berkewajiban melampirkan...". SKPD itu '
            "maksudnya apa ya?"
        ),
        "istilah.skpd",
    ),
    (
        "SPAM di dokumen perkim itu bukan email sampah kan? wkwk SPAM itu singkatan apa",
        "istilah.spam",
    ),
    (
        (
            "I should be grateful if you could tell me what SPAM denotes in the "
            "drinking-water sector."
        ),
        "istilah.spam",
    ),
    (
        (
            "IPAL sudah pernah dibangun, MCK juga. Sekarang muncul SPALD di RAB konsultan. "
            "SPALD itu apa ya, singkatan apa?"
        ),
        "istilah.spald",
    ),
    (
        "spladd itu apa ya pak, sistem pengelolaan air limbah apa gitu",
        "istilah.spald",
    ),
    (
        (
            "Warga Kel. Pager minta dibangunkan IPAL, saran bapak gimana menjelaskan ke "
            "mereka IPAL itu apa?"
        ),
        "istilah.ipal",
    ),
    (
        "IPAL\nitu instalasi\npengolahan apa\nya",
        "istilah.ipal",
    ),
    (
        "lihat foto di atas, itu bangunan TPS3R punya desa. 3R-nya itu maksudnya apa?",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu apa ya? jangan-jangan Tempat Pembuangan Sampah 3 Rupiah hehe",
        "istilah.tps3r",
    ),
    (
        "MCK itu singkatan apa? apakah selalu berarti fasilitas umum bersama?",
        "istilah.mck",
    ),
    (
        "MCk itu mandi cuci kakus bukan sih pak?",
        "istilah.mck",
    ),
    (
        (
            "Would you be so kind as to clarify what RTRW stands for? I initially took it to "
            "mean RT/RW."
        ),
        "istilah.rtrw",
    ),
    (
        (
            'Sertifikat tanah sudah ada, tidak sengketa juga. Ada satu lagi "sesuai RTRW". '
            "RTRW itu apa ya pak?"
        ),
        "istilah.rtrw",
    ),
    (
        "RDTR\nitu\nrencana detail\napa ya pak",
        "istilah.rdtr",
    ),
    (
        "enaknya kami cek RDTR dulu kata konsultan. RDTR itu sebenarnya dokumen apa?",
        "istilah.rdtr",
    ),
    (
        "PBG itu pengganti IMB ya? PBG kepanjangannyaapa",
        "istilah.pbg",
    ),
    (
        "Warga bilang rumah mereka wajib punya PBG. PBG itu apa ya pak maksudnya?",
        "istilah.pbg",
    ),
    (
        'di file PDF dari konsultan tertulis "SLF". itu dokumen apa ya?',
        "istilah.slf",
    ),
    (
        "SLF itu apa pak, Surat Layak Fungsi? wkwk saya nebak doang",
        "istilah.slf",
    ),
    (
        "SKBG itu apa ya? cuma untuk rusun saja kah atau bangunan apa pun?",
        "istilah.skbg",
    ),
    (
        "I should be grateful to learn what SKBG stands for.",
        "istilah.skbg",
    ),
    (
        (
            "Calon penerima di Desa Tumbang Kanei cuma pegang SKT, belum sertifikat. SKT itu "
            "sebenarnya surat apa ya?"
        ),
        "istilah.skt",
    ),
    (
        "SKT\nitu surat\nketerangan apa\nya bu",
        "istilah.skt",
    ),
    (
        (
            'Saran ibu, istilah "clean and clear" sebaiknya kami jelaskan ke camat bagaimana? '
            "maksudnya clean and clear itu apa persisnya?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "clean n clear itu mksudnya apa ya pak utk lahan",
        "istilah.cleanandclear",
    ),
    (
        (
            "Perusahaan sawit di Seruyan katanya punya kewajiban CSR. CSR itu singkatan dari "
            "apa sih?"
        ),
        "istilah.csr",
    ),
    (
        (
            "Apakah semua bantuan dari perusahaan sawit itu bisa disebut CSR? CSR itu "
            "kepanjangannya apa"
        ),
        "istilah.csr",
    ),
    (
        (
            "(foto spanduk terlampir) Rakor itu singkatan rapat koordinasi ya? nama lengkap "
            "Rakor bidang kawasan permukiman itu apa?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        'Would you be so kind as to explain what "Rakor" means? I am new to the department.',
        "istilah.rakor",
    ),
    (
        "LAPOR!\nitu apa\nya pak",
        "istilah.lapor",
    ),
    (
        (
            "kami mau jelasin ke warga soal LAPOR!, saran bapak gimana njelasinnya? LAPOR! "
            "itu sebenarnya apa?"
        ),
        "istilah.lapor",
    ),
    (
        "WIB itu Waktu Indonesia Barat kan? bukan Waktu Istirahat Bapak wkwk",
        "istilah.wib",
    ),
    (
        (
            "Apakah seluruh Kalteng pakai WIB? WIB itu sebenarnya singkatan dari apa, UTC "
            "plus berapa?"
        ),
        "istilah.wib",
    ),
    (
        (
            "Data RTLH sudah kami kumpulkan, data MBR juga. Sekarang diminta angka backlog. "
            "Backlog itu artinya apa ya?"
        ),
        "istilah.backlog",
    ),
    (
        'sesuai tabel di screenshot tadi ada kolom "backlog". backlog itu maksudnya apa ya pak?',
        "istilah.backlog",
    ),
    (
        'di undangan yang saya forward tadi tertulis "Bidang PKP". PKP itu singkatan apa?',
        "istilah.pkp",
    ),
    (
        "PKP\nitu\nperumahan dan\napa ya",
        "istilah.pkp",
    ),
    (
        "Apakah semua permukiman padat itu berarti kumuh? kumuh itu definisinya apa sih",
        "istilah.kumuh",
    ),
    (
        (
            'Mending kami pakai kata "kumuh" atau "tidak tertata" di laporan? sebenarnya arti '
            "kumuh itu apa ya"
        ),
        "istilah.kumuh",
    ),
    (
        "DAK itu apa sih pak, Dana Apa Kabar? wkwk maaf becanda, serius nanya",
        "istilah.dak",
    ),
    (
        "Sumber dana yang saya tahu baru APBD dan APBN. DAK itu apa ya, singkatan apa?",
        "istilah.dak",
    ),
    (
        "rusun\nitu\nrumah susun\nkan pak?",
        "istilah.rusun",
    ),
    (
        (
            'Di surat pusat disebut "pembinaan pengelolaan rusun". Rusun itu bangunan seperti '
            "apa maksudnya?"
        ),
        "istilah.rusun",
    ),
]

ROUND44_INTENTS: list[tuple[str, str]] = [
    (
        (
            "lihat screenshot tadi, usulan USL-2026-0004 kami sudah sampai mana ya? sudah "
            "diverifikasi belum?"
        ),
        "status",
    ),
    (
        "usulan2 kmi dari Katingan udh ada yg diterima blm ya?",
        "status",
    ),
    (
        "cek status\nusulan kami\nyg drainase\nSebangau Kuala",
        "status",
    ),
    (
        (
            "hehe tahun lalu saya telat datang Rakor gara-gara salah tanggal 🤣 yang tahun ini "
            "tanggal berapa dan di mana ya?"
        ),
        "meeting",
    ),
    (
        (
            "I should be grateful to know the date, time and venue of the forthcoming Rakor; "
            "I confess I turned up a day late last year, which I should rather not repeat."
        ),
        "meeting",
    ),
    (
        "rapat koordinasi berikutny kpn ya pak? tmpatnya dmn",
        "meeting",
    ),
    (
        (
            "Sebaiknya kami kirim usulan minggu ini atau masih ada waktu? Batas akhir "
            "pengajuan usulan tahun ini kapan?"
        ),
        "deadline",
    ),
    (
        "Paling lambat tanggal berapa usulan untuk tahun anggaran depan masih diterima?",
        "deadline",
    ),
    (
        "tenggat\nusulan\nkapan ya\nbiar ga telat",
        "deadline",
    ),
    (
        "makasih banyak pak, sangat membantu hehe 🙏",
        "greeting",
    ),
    (
        "slamat siang pak, mhon bantuannya",
        "greeting",
    ),
    (
        "pagi pak\nsaya dari\nDisperkim Lamandau\nmohon bantuan",
        "greeting",
    ),
    (
        "Enaknya gimana cara masukin usulan lewat bot ini? ada menunya?",
        "how_to_submit",
    ),
    (
        "Foto dan RAB sudah siap di HP. Terus langkah kirim usulannya lewat bot ini gimana?",
        "how_to_submit",
    ),
    (
        (
            "I have the photographs and the cost estimate ready on my phone. Would you be so "
            "kind as to explain how I submit the proposal through this bot?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Pak, usulan kami USL-2026-0007 (jaling Kel. Mendawai Seberang) sekarang "
            "statusnya apa ya? sudah diverifikasi atau belum?"
        ),
        "status",
    ),
    (
        "usulan\ndrainase\nkami\nudah sampai mana\npak",
        "status",
    ),
    (
        (
            "lihat screenshot di atas, itu usulan kami yang dikirim bulan lalu. sudah "
            "diterima atau malah ditolak ya?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini tanggal berapa dan di mana ya pak? biar ga telat kayak tahun lalu wkwk",
        "meeting",
    ),
    (
        "Would you be so kind as to tell me the date and venue of the forthcoming Rakor?",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya jam brapa dan tempatnyadi mana ya bu",
        "meeting",
    ),
    (
        "Usulan untuk TA 2027 paling lambat harus masuk tanggal berapa?",
        "deadline",
    ),
    (
        (
            "saran bapak, sebaiknya kami kirim minggu ini atau masih bisa bulan depan? batas "
            "akhir penerimaan usulan tahun ini kapan?"
        ),
        "deadline",
    ),
    (
        "batas\nakhir usulan\nkapan ya bu",
        "deadline",
    ),
    (
        "Selamat pagi pak, salam kenal dari Dinas Perkim Gumas 🙏",
        "greeting",
    ),
    (
        "terima kasih banyak infonya bu, sangat membantu hehe",
        "greeting",
    ),
    (
        "halo, bisa bantu saya?",
        "greeting",
    ),
    (
        "Gimana cara kirim usulan lewat bot ini pak?",
        "how_to_submit",
    ),
    (
        (
            "Foto sudah, RAB sudah, DED sudah. Sekarang langkah input usulannya di bot ini "
            "gimana ya?"
        ),
        "how_to_submit",
    ),
    (
        "I should be grateful to know how I may submit a proposal through this bot.",
        "how_to_submit",
    ),
]

ROUND44_AREAS: list[tuple[str, str]] = [
    (
        (
            "Sudah ada SK kumuh, foto dan RAB. Lokasi kumuh di Desa Sungai Bakau luasnya 8 "
            "hektar. Cukup belum untuk diusulkan ke provinsi, atau ini sebenarnya kewenangan "
            "kabupaten?"
        ),
        "kabkota",
    ),
    (
        (
            "(peta terlampir) luas kawasan kumuh di Kelurahan Ketapang menurut SK 15 hektare "
            "pas. Jadi kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Kawasan kumuh seluas 100.000 m2 di Kelurahan Menteng, tanggung jawab siapa "
            "penanganannya?"
        ),
        "provinsi",
    ),
    (
        "kumuh\n14,99 ha\nitu masih\nprovinsi kah?",
        "provinsi",
    ),
    (
        "kawasn kumuh 150.000 m² itu kewenangn siapa ya? kab, prov ato pusat?",
        "pusat",
    ),
    (
        (
            "wkwk kawasan kumuh kami cuma 3,5 ha tapi pak kadis mau ngusulin ke provinsi 🤣 "
            "sebenarnya tanggung jawab siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Kawasan kumuh 22 hektar di Kecamatan Selat itu cuma pusat saja yang berwenang "
            "menangani?"
        ),
        "pusat",
    ),
    (
        (
            "I should be grateful to know which level of government is responsible for a slum "
            "area of 11.5 hectares in Kotawaringin Timur."
        ),
        "provinsi",
    ),
    (
        (
            "Luas kumuh di Kelurahan Kumai Hulu 95.000 meter persegi. Siapa yang berhak "
            "menangani, kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "mau tanya\nlokasi kumuh\nluas 160.000 m2\nitu urusan siapa",
        "pusat",
    ),
    (
        (
            "Lokasi kumuh di Kelurahan Baamang Hulu luasnya 10 ha persis. Saran bapak, kami "
            "usulkan ke provinsi atau tangani sendiri? siapa yang berwenang?"
        ),
        "provinsi",
    ),
    (
        (
            "di SK yang saya kirim tertulis luas 4,75 hektare untuk lokasi Sungai Sekonyer, "
            "itu ditangani siapa?"
        ),
        "kabkota",
    ),
    (
        "kawasan kumuh di Kel. Pager luasnya 9,5 ha, kewenangan siapa ya pak?",
        "kabkota",
    ),
    (
        "Delineasi di SK kumuh kami pas 10 hektar. itu masuk provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        "lokasi\nkumuh\n15 ha\nurusan siapa",
        "pusat",
    ),
    (
        (
            "kumuh 14,99 hektare di Mentawa Baru Ketapang, apakah cuma provinsi yang boleh "
            "menangani?"
        ),
        "provinsi",
    ),
    (
        (
            "Would you be so kind as to tell me which level of government is responsible for "
            "a slum area of 22 hectares?"
        ),
        "pusat",
    ),
    (
        "luas kumuhnya 120.000 m2 sesuai SK, itu tanggung jawab siapa?",
        "provinsi",
    ),
    (
        (
            "(peta terlampir) delineasi kumuh di Desa Gohong 85.000 meter persegi, yang "
            "berwenang siapa ya?"
        ),
        "kabkota",
    ),
    (
        "kumuh 150.000 m² itu wewenamg pusat atau provinsi?",
        "pusat",
    ),
    (
        (
            "hehe maaf nanya lagi, kumuh 7 hektar di Kumai Hilir itu kami sendiri yang "
            "nanganin kan? biar ga salah kayak tahun lalu wkwk"
        ),
        "kabkota",
    ),
    (
        (
            "Saran bapak, kawasan kumuh 12,5 ha di Sabangau sebaiknya kami usulkan ke "
            "provinsi atau kami tangani sendiri?"
        ),
        "provinsi",
    ),
    (
        (
            "SK kumuh, peta delineasi dan foto sudah ada, luas delineasinya 16 ha. Kalau "
            "begitu penanganannya ke siapa, provinsi bisa?"
        ),
        "pusat",
    ),
    (
        "kumuh di Kel. Mendawai luasnya 9,99 hektar, siapa yang wajib menangani?",
        "kabkota",
    ),
]

ROUND44_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan provinsi untuk PSU tahun 2027?",
    "siapa pemenang tender\njalan lingkungan\ndi Kelurahan Panarung\ntahun lalu?",
    (
        "Harga satuan semen per zak yang dipakai di RAB jalan lingkungan provinsi tahun "
        "ini berapa ya?"
    ),
    "Nomor HP kepala bidang kawasan permukiman provinsi berapa ya pak? mau konfirmasi langsung",
    (
        "Syarat KPR subsidi FLPP untuk ASN di Palangka Raya apa saja? saya sendiri mau "
        "ambil rumah hehe"
    ),
    (
        "Cara reset password SIPD gimana ya? akun saya terkunci dari kemarin, padahal RKA "
        "harus diinput"
    ),
    "besok Palangka Raya hujan nggak ya? mau survei lokasi di Kalampangan",
    (
        "Pegawai kabupaten berhak pindah tugas ke Disperkimtan provinsi nggak? syarat "
        "mutasinya apa saja?"
    ),
    "(foto formulir terlampir) syarat pencairan dana BOS untuk SD negeri apa saja?",
    "siapa pemenang pilkada Kotim kemarin wkwk, kantor lagi rame bahas itu",
    (
        "Would you advise whether we had better take the early flight from Palangka Raya "
        "to Jakarta tomorrow? Which flights depart in the morning?"
    ),
    "cara perpanjang SIM online gmn pak",
    "hehe tarif hotel paling dekat Aula Disperkimtan berapa ya, biar uang harian nggak tekor 😅",
    (
        "Would you be so kind as to tell me how much the honorarium for each Rakor "
        "participant from the regencies amounts to this year, and whether every "
        "participant receives it?"
    ),
    "apakah kami wajib bayar pajak\natas honor\nnarasumber Rakor?",
    "Berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "Bantuan RTLH dari provinsi tahun ini berapa rupiah per unit ya pak?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun lalu?",
    "Nomor WA Kabid Kawasan Permukiman provinsi berapa ya pak? mau konsultasi usulan kumuh",
    "Untuk jaling lebar 3 meter, tebal minimal beton K-250 berapa cm?",
    "peserta\nRakor\ndapat uang transport\nberapa ya",
    "Besok Palangka Raya hujan nggak ya? mau survei lokasi",
    "Cara perpanjang SIM di Polres Kotim gimana?",
    "Jadwal pendaftaran CPNS 2026 kapan dibuka?",
    "Pak, TPP bulan ini kapan cair ya? hehe",
    "Could you kindly tell me the current exchange rate of the rupiah against the pound?",
    "Syarat izin pertambangan rakyat di Katingan apa saja?",
    "resep kue lapis legit yang enak apa ya bu? wkwk buat acara kantor",
    "Harga tiket pesawat Palangka Raya - Jakarta minggu depan berapaan?",
    "Aturan cuti melahirkan ASN itu berapa bulan maksimalnya?",
]
