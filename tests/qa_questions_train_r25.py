"""Training table R25 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 39's styles, written by another hand for the first half of the topic list, while round
39 was written and before it was measured: quoting something read (a circular, a forwarded
message, a slide) and asking what it means, consequences and what-if-not, vague references,
a transferred officer comparing, explaining to a third party, formal-literary vocabulary,
step-by-step questions, hedged curiosity openers; careful school-textbook English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R25_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "di slide bimtek kemarin ada tabel tiga kolom pusat, provinsi, kab/kota untuk "
            "urusan perumahan dan permukiman. itu maksudnya gimana buat kami di dinas "
            "kabupaten, bagian kami yang mana saja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "May I know, in general, how housing and settlement affairs are divided between "
            "the central government, the province and the regencies?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Sekda minta penjelasan singkat kenapa perumahan dan kawasan permukiman disebut "
            "urusan wajib pelayanan dasar, dasar hukumnya apa ya pak?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Apakah urusan papan dan tempat bermukim rakyat tergolong urusan pemerintahan "
            "wajib yang berkaitan dengan pelayanan dasar, dan di mana hal itu termaktub?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "yang soal 10 ha itu lho, batas pembagian kumuh antara kabupaten sama provinsi "
            "persisnya gimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Waktu saya di Disperkim Kalsel pembagian penanganan kumuh juga berdasarkan luas. "
            "Di Kalteng pembagiannya sama tidak antara kab/kota, provinsi dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "risikonya apa kalau kawasan kumuh yang luasnya sudah 15 ha ke atas tetap kami "
            "ajukan ke provinsi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Delineasi kumuh kami di SK lebih dari lima belas hektar. Langkah pertama saya "
            "untuk penanganannya ke mana, langsung ke pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kades di Kecamatan Kahayan Hilir tanya apakah provinsi bisa bantu program "
            "pencegahan supaya desanya tidak jadi kumuh. Saya jawab apa ya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Upaya preventif agar suatu lingkungan hunian tidak tumbuh menjadi kawasan kumuh "
            "itu berada dalam kewenangan pemerintah tingkat mana?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Di SE yang diteruskan ke grup tertulis kira-kira 'untuk sub-urusan perumahan, "
            "provinsi hanya menangani rumah korban bencana dan relokasi skala provinsi'. "
            "Maksudnya gimana buat kami di kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penasaran aja sih, di sub-urusan perumahan itu kabupaten pegang apa saja dan "
            "provinsi pegang apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "yang program rumah buat warga berpenghasilan rendah itu lho, itu ranah pusat ya, "
            "bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "apa ruginya kalau pembangunan rusun untuk MBR kami usulkan ke provinsi, bukan ke "
            "kementerian?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir bulan lalu merusak puluhan rumah di Kapuas Kuala dan statusnya bencana "
            "kabupaten. Urutannya gimana, siapa yang harus menyediakan atau merehab rumah "
            "korbannya?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang kena relokasi proyek pemprov tanya ke saya siapa yang wajib "
            "memfasilitasi rumah penggantinya. Saya harus jawab provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Di kabupaten lama saya izin pembangunan perumahan dikeluarkan dinas kabupaten. "
            "Di Kalteng provinsi ikut menerbitkan izin perumahan juga atau tidak?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Penerbitan sertifikat kepemilikan bangunan gedung serta perizinan pengembangan "
            "kawasan hunian itu menjadi wewenang pemerintah tingkat apa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "kalau boleh tahu, sub-urusan kawasan permukiman itu isinya apa saja dan provinsi "
            "kebagian yang mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "di paparan narasumber ada poin 'penetapan sistem kawasan permukiman oleh "
            "pemerintah pusat', itu artinya apa buat kami di daerah?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("yang PSU dua macam itu, satu punya provinsi satu punya kabupaten, yang mana ke mana ya?"),
        "kewenangan.psu",
    ),
    (
        (
            "kalau jalan di dalam kompleks perumahan yang dibangun developer kami usulkan ke "
            "provinsi, bakal gimana? bukannya itu PSU perumahan?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Sebelum menyusun usulan PSU saya mau pastikan dulu komponennya: yang dibangun "
            "Disperkimtan itu apa saja, jalan lingkungan dan drainase saja atau ada yang "
            "lain?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kalau yang kami usulkan drainase di sepanjang jalan kabupaten di Sampit, apa "
            "bisa dikerjakan provinsi atau nanti ditolak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Mohon pencerahan berkenaan dengan sertifikasi dan registrasi para perancang "
            "hunian serta perencana prasarana lingkungan: tingkat kemampuan mana yang menjadi "
            "kewenangan provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "I would like to ask who certifies and registers house designers and PSU planners "
            "with a small capability level."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Bupati minta penjelasan singkat soal SPM bidang perumahan rakyat, poin apa saja "
            "yang jadi kewajiban kabupaten?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di format laporan SPM ada kolom 'target 100%' untuk rumah layak huni korban "
            "bencana. Maksudnya apa buat provinsi dan buat kami?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas yang dipakai itu yang mana sih, luas satu kelurahan atau yang digaris di "
            "peta lampiran SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Waktu di Banjarmasin dulu luas kumuh dihitung per kelurahan. Di sini katanya "
            "pakai delineasi di SK kumuh, benar begitu?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kabupaten kami mau menyusun SK kumuh baru. Urutannya dari awal gimana, siapa "
            "yang menetapkan dan apa saja lampirannya?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Siapakah pejabat yang berwenang menetapkan lokasi permukiman kumuh, dan seberapa "
            "sering penetapan tersebut wajib ditinjau kembali?"
        ),
        "kumuh.penetapan",
    ),
    (
        "kira-kira tujuh aspek penilaian kumuh itu apa saja ya?",
        "kumuh.aspek",
    ),
    (
        (
            "The village head asked me what makes a settlement count as a slum. What are the "
            "aspects that I can explain to him?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Di tabel baseline tertulis 'nilai 64 - kumuh berat'. Skor berapa sebenarnya yang "
            "masuk kategori berat, dan nilai maksimalnya berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "kalau skor kekumuhan lokasi kami sudah masuk kumuh berat, apa otomatis jadi "
            "tanggung jawab provinsi?"
        ),
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    (
        "yang sedang sama yang ringan itu batas nilainya berapa ya, saya lupa",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Di provinsi lama saya nilai 38 masih dianggap kumuh ringan. Di sini rentang skor "
            "untuk kumuh sedang dan ringan bagaimana?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kami kumuh ringan dan lahannya legal. Tahap penanganan yang cocok apa, "
            "pemugaran atau peremajaan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Bilamana permukiman kumuh berdiri di atas lahan ilegal atau lokasi yang tidak "
            "aman, pola penanganan apa yang lazim ditempuh?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "sekadar ingin tahu, berapa jumlah lokasi kumuh di Kalteng dan total luasnya kira-kira?",
        "kumuh.kalteng",
    ),
    (
        (
            "My head of division wants a short summary of slum data in Central Kalimantan for "
            "a presentation. How many locations are there and where are most of them?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Kabid minta saya jelaskan ke staf baru apa saja isi usulan kegiatan dan kenapa "
            "tiap isian itu ditanyakan. Poinnya apa?"
        ),
        "usulan.isi",
    ),
    (
        "itu lho isian yang banyak di usulan, kenapa harus ada jumlah KK, jiwa, sektor segala?",
        "usulan.isi",
    ),
    (
        (
            "Waktu di Dinas PU Kalsel dulu kami bisa usul apa saja ke provinsi. Di Kalteng "
            "jenis usulan apa yang bisa diajukan?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Saya mau mulai isi usulan, tahap pertama kan pilih jenis usulan. Pilihannya apa "
            "saja dan bedanya apa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Saya sedang isi usulan dan sampai di bagian lokasi. Setelah pilih kecamatan dan "
            "desa, tahap berikutnya isi apa saja: nama lokasi, perkotaan atau perdesaan, "
            "luas?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Di Kalsel dulu titik koordinat lokasi wajib diisi. Di sini GPS lokasi usulan "
            "wajib atau boleh dikosongkan?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "kalau jumlah penerima manfaat atau perkiraan biaya tidak saya isi, nanti gimana "
            "nasib usulannya?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Berkenaan dengan pembiayaan, sumber dana apa saja yang dapat dicantumkan dalam "
            "usulan, dan bagaimana menyatakan jumlah penerima manfaatnya?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "itu tuh, dokumen kesiapan yang harus dilampirkan buat usulan PSU, apa saja?",
        "usulan.kesiapan",
    ),
    (
        (
            "I would like to ask which readiness documents must be prepared for a PSU "
            "proposal to the province."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Pak Camat tanya apakah tanah desa boleh dipakai untuk lokasi jalan lingkungan "
            "yang kami usulkan dan syarat lahannya apa saja. Saya jawab apa ke beliau?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "kalau lahan untuk drainase belum bersertifikat dan masih ada sengketa dengan "
            "warga, risikonya apa buat usulan kami?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Untuk usulan kumuh, data SK apa saja yang harus saya masukkan? nomor, tanggal, "
            "terus apa lagi?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami sudah berumur enam tahun. Kalau tetap dipakai sebagai dasar "
            "usulan, apa akibatnya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "apa ruginya kalau usulan kami tanpa DED dan RAB, cuma foto kondisi saja?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Di kabupaten lama saya cukup kirim foto dan RAB. Di Kalteng dokumen teknis yang "
            "diminta apa saja?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Di grup WA ada pesan 'jangan lupa lampirkan surat pernyataan kesanggupan', itu "
            "surat pernyataan apa maksudnya dan isinya tentang apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Apakah pemerintah kabupaten perlu menyertakan pernyataan kesediaan menerima "
            "hibah dan memelihara prasarana setelah selesai dibangun?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Warga minta rumahnya dibangun baru lewat program RTLH provinsi, padahal tanahnya "
            "numpang di tanah keluarga. Gimana saya jelaskan syaratnya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Saya mau usulkan RTLH ke provinsi. Urutannya dari awal gimana sampai penerimanya "
            "ditetapkan?"
        ),
        "usulan.rtlh",
    ),
    (
        "yang permintaan jalan dari warga langsung itu, harus diketahui siapa saja ya?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau warga kirim sendiri permintaan drainase ke provinsi tanpa diketahui RT/RW, "
            "lurah dan camat, nanti gimana?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "apa akibatnya bagi kabupaten setelah jalan lingkungan yang dibangun provinsi di "
            "tanah kami selesai? pemeliharaannya jadi tanggungan siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Di undangan tertulis 'penandatanganan naskah hibah dan BAST aset PSU'. Itu "
            "maksudnya apa buat kabupaten kami, siapa yang tanda tangan?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kades tanya kalau penanganan kumuh di desanya bukan kewenangan provinsi, bisa "
            "dibiayai dari mana saja. Saya jawab apa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If our proposal is not under provincial authority, may I know what other funding "
            "sources we can use?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Saya baru pegang perencanaan. Siklus usulan tahunan ke provinsi itu urutannya "
            "gimana dari awal sampai masuk anggaran?"
        ),
        "siklus.tahunan",
    ),
    (
        "yang kami kirim sekarang itu nanti dikerjakan tahun depan atau dua tahun lagi?",
        "siklus.tahunan",
    ),
    (
        (
            "kalau usulan kami ternyata kurang lengkap waktu diperiksa provinsi, nanti "
            "gimana? sebenarnya dicek dari sisi apa saja?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Di provinsi lama saya usulan hanya dicek kelengkapan berkasnya. Di Disperkimtan "
            "Kalteng pemeriksaannya seperti apa?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Forum koordinasi dan sinkronisasi tahunan bidang kawasan permukiman itu "
            "sesungguhnya bertujuan apa, dan pemangku kepentingan mana saja yang hadir?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Di surat edaran tertulis 'kab/kota diharapkan membawa usulan untuk dibahas "
            "secara teknis pada Rakor'. Maksudnya Rakor itu fungsinya apa dalam siklus "
            "usulan?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Usulan kami sudah dibahas di Rakor. Setelah itu tahap berikutnya apa, masuk "
            "Musrenbang lalu RKPD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kepala dinas minta penjelasan singkat: usulan yang disetujui itu lewat jalur apa "
            "sampai masuk RKPD dan APBD provinsi?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Dalam rangka koordinasi lintas pemangku kepentingan, wadah Pokja PKP itu "
            "berperan apa dan berlandaskan regulasi apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Di kabupaten lama saya ada Pokja PPAS yang diketuai Sekda. Di sini Pokja PKP itu "
            "fungsinya sama atau beda?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "kantor dinas provinsi yang ngurus perkim itu di jalan apa ya?",
        "disperkimtan.kontak",
    ),
    (
        (
            "I will deliver some documents to the provincial housing office next week. Where "
            "is the office of Disperkimtan Central Kalimantan located?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "Saya baru disetujui admin. Langkah pertama pakai bot ini apa, perintahnya apa saja?",
        "bot.cara_pakai",
    ),
    (
        "kalau boleh tahu, jam yang ditampilkan bot ini pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "kalau saya sedang isi formulir /usul lalu sinyal putus, apa isian saya hilang?",
        "bot.usul",
    ),
    (
        (
            "Di pesan bot ada tombol 'Salin usulan lama'. Itu maksudnya apa, bagian mana saja "
            "yang ikut tersalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "Di notifikasi bot muncul kata 'verifikasi' dan 'dibahas di Rakor'. Itu maksudnya "
            "tahap apa?"
        ),
        "bot.status",
    ),
    (
        (
            "Mohon uraian makna masing-masing status usulan: diajukan, perlu perbaikan, "
            "dialihkan, dan dibatalkan."
        ),
        "bot.status",
    ),
    (
        "Usulan kami dialihkan ke APBD kabupaten. Setelah itu saya harus ngapain?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau usulan sudah berstatus ditolak, apa masih bisa diubah lagi atau diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Di materi sosialisasi bot tertulis 'tindak lanjut mengacu standar LAPOR!'. "
            "Maksudnya dalam berapa hari usulan kami harus sudah ditanggapi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "kalau usulan kami lebih dari 3 hari kerja belum diverifikasi, apa yang terjadi?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kabid saya tidak bisa hadir di rapat yang diundang lewat bot. Bisa diwakilkan "
            "staf? gimana saya sampaikan?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Setelah dapat undangan rapat di bot, saya harus ngapain? konfirmasi hadir dulu, "
            "lalu nanti diingatkan lagi atau tidak?"
        ),
        "bot.rapat",
    ),
    (
        "orang-orang sering sebut 'Perkim', itu singkatan apa sih?",
        "istilah.perkim",
    ),
    (
        "May I know what Perkim stands for?",
        "istilah.perkim",
    ),
    (
        "Apakah kepanjangan dari nomenklatur Disperkimtan?",
        "istilah.disperkimtan",
    ),
    (
        "Warga tanya Disperkimtan itu dinas apa. Gimana saya jelaskan singkat?",
        "istilah.disperkimtan",
    ),
    (
        "Di surat tertulis 'usulan PSU permukiman', PSU itu kepanjangannya apa?",
        "istilah.psu",
    ),
    (
        "Di tempat kerja lama istilahnya sarpras lingkungan. PSU di sini itu artinya apa?",
        "istilah.psu",
    ),
    (
        "yang jaling-jaling itu maksudnya apa ya?",
        "istilah.jaling",
    ),
    (
        "In a WhatsApp message I read 'usulan jaling 2 ruas'. What is the meaning of jaling?",
        "istilah.jaling",
    ),
    (
        "Apa yang dimaksud dengan drainase lingkungan dalam konteks prasarana permukiman?",
        "istilah.drainase",
    ),
    (
        "Gimana jelaskan ke warga apa itu drainase dengan bahasa sederhana?",
        "istilah.drainase",
    ),
    (
        "Di tabel data kumuh ada kolom tingkat berisi 'KR'. KR itu apa?",
        "istilah.kr",
    ),
    (
        "penasaran, KR di data kumuh itu singkatan dari apa ya?",
        "istilah.kr",
    ),
    (
        "yang KS di kolom tingkat itu apa ya?",
        "istilah.ks",
    ),
    (
        (
            "Di daerah lama saya ditulis 'kumuh sedang' lengkap, di sini ditulis KS. Itu "
            "artinya sama?"
        ),
        "istilah.ks",
    ),
    (
        "Di baseline kumuh ada tulisan KB, itu bukan keluarga berencana kan? artinya apa?",
        "istilah.kb",
    ),
    (
        "What is the meaning of KB in the slum level column, if I may ask?",
        "istilah.kb",
    ),
    (
        "Apa yang dimaksud dengan Surat Keputusan kumuh?",
        "istilah.skkumuh",
    ),
    (
        "Kades tanya SK kumuh itu surat apa. Saya jawab apa ya?",
        "istilah.skkumuh",
    ),
    (
        "mungkin bisa dibantu, delineasi itu artinya apa?",
        "istilah.delineasi",
    ),
    (
        "Di peta ada garis bertuliskan 'batas delineasi'. Itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "singkatan buat rumah yang tidak layak itu, RTLH ya? kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        (
            "A resident asked me what RTLH means. What does RTLH stand for, so I can explain "
            "it to him?"
        ),
        "istilah.rtlh",
    ),
    (
        "sekadar memastikan, RLH itu apa dan bedanya dengan RTLH?",
        "istilah.rlh",
    ),
    (
        (
            "Di kantor lama istilahnya rumah layak huni saja, di sini sering ditulis RLH. Itu "
            "maksudnya itu juga?"
        ),
        "istilah.rlh",
    ),
    (
        "yang buat rumah rusak dibenerin itu, istilah 'bedah rumah' itu maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "Gimana cara saya jelaskan ke warga bahwa 'bedah rumah' itu artinya apa?",
        "istilah.bedahrumah",
    ),
    (
        "Apakah kepanjangan BSPS dan apa yang dimaksud dengan bantuan tersebut?",
        "istilah.bsps",
    ),
    (
        (
            "In my previous office in South Kalimantan we used the term BSPS a lot. What does "
            "BSPS stand for exactly?"
        ),
        "istilah.bsps",
    ),
    (
        "sekadar memastikan, MBR itu singkatan dari apa?",
        "istilah.mbr",
    ),
    (
        (
            "Waktu saya di Bappeda Kalsel istilah MBR sering muncul. Di sini artinya sama? "
            "MBR itu kepanjangannya apa?"
        ),
        "istilah.mbr",
    ),
    (
        "rusun yang disewa itu namanya rusunawa ya? artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "Di Surabaya dulu banyak rusunawa. Persisnya itu singkatan apa?",
        "istilah.rusunawa",
    ),
    (
        "Istilah rusus dalam ranah perumahan merujuk pada apa?",
        "istilah.rusus",
    ),
    (
        "kira-kira rusus itu singkatan apa ya?",
        "istilah.rusus",
    ),
]

TRAIN_R25_INTENTS: list[tuple[str, str]] = [
    (
        "usulan jalan lingkungan yang kami kirim bulan lalu itu sudah sampai mana ya?",
        "status",
    ),
    (
        "kalau boleh tahu, usulan USL-2026-0007 dari Katingan sudah diverifikasi atau belum?",
        "status",
    ),
    (
        ("May I know whether our drainage proposal for Kuala Kurun has been accepted or rejected?"),
        "status",
    ),
    (
        "kira-kira Rakor Bidang Kawasan Permukiman tahun ini jatuh tanggal berapa?",
        "meeting",
    ),
    (
        (
            "saya mau atur perjalanan dari Puruk Cahu, rapat koordinasi berikutnya di mana "
            "dan jam berapa mulainya?"
        ),
        "meeting",
    ),
    (
        "yang rapat tahunan sama provinsi itu kapan lagi ya diadakan?",
        "meeting",
    ),
    (
        "kalau telat kirim usulan nanti gimana? sebenarnya batas akhirnya tanggal berapa?",
        "deadline",
    ),
    (
        (
            "Hingga tanggal berapakah penyampaian usulan kegiatan untuk tahun anggaran "
            "mendatang masih dapat diterima?"
        ),
        "deadline",
    ),
    (
        "Until when can we still submit proposals for this cycle?",
        "deadline",
    ),
    (
        "Selamat pagi Pak/Bu admin",
        "greeting",
    ),
    (
        "terima kasih banyak infonya, sangat membantu",
        "greeting",
    ),
    (
        "halo, mohon bantuannya ya",
        "greeting",
    ),
    (
        "Saya mau kirim usulan drainase lewat bot ini, langkah pertamanya apa?",
        "how_to_submit",
    ),
    (
        (
            "Kabid minta saya yang input usulan kumuh Baamang ke provinsi, caranya lewat bot "
            "ini gimana?"
        ),
        "how_to_submit",
    ),
    (
        "Bagaimana tata cara menyampaikan usulan kegiatan melalui aplikasi Sinkron ini?",
        "how_to_submit",
    ),
]

TRAIN_R25_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha di Kelurahan Baamang Hulu itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "lokasi kumuh 95.000 m2 di desa kami, yang tangani kabupaten atau provinsi?",
        "kabkota",
    ),
    (
        "kalau kumuhnya 9,9 hektar, nyaris sepuluh, tanggung jawab siapa?",
        "kabkota",
    ),
    (
        (
            "Kawasan kumuh seluas 3 hektare di tepian sungai Kahayan, siapakah yang berwenang "
            "menanganinya?"
        ),
        "kabkota",
    ),
    (
        "kawasan kumuh 10 hektar persis, masuk provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        "di SK tertulis luas delineasi 14,99 ha, itu jadi kewenangan siapa?",
        "provinsi",
    ),
    (
        "kawasan kumuh 120.000 meter persegi di Pahandut, ranah siapa ya?",
        "provinsi",
    ),
    (
        "May I know who is responsible for a slum area of 11 hectares?",
        "provinsi",
    ),
    (
        "kumuh 15 hektare di Mentawa Baru Ketapang, siapa yang menangani?",
        "pusat",
    ),
    (
        "lokasi kumuh 230.000 m² di Kecamatan Selat tanggung jawab siapa?",
        "pusat",
    ),
    (
        ("Our slum location is 27 hectares based on the SK. Which level of government handles it?"),
        "pusat",
    ),
    (
        "kawasan kumuh seluas 150.000 m2, kewenangan pusat atau provinsi?",
        "pusat",
    ),
]

TRAIN_R25_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan Kalteng untuk PSU tahun 2027?",
    "Harga satuan per meter jalan lingkungan cor beton di Sampit tahun ini berapa?",
    "Kuota BSPS untuk Kabupaten Katingan tahun depan berapa unit?",
    "Berapa honor konsultan pengawas untuk pekerjaan penataan kawasan kumuh?",
    "Siapa pemenang tender pembangunan drainase di Kuala Kurun tahun lalu?",
    "nomor WA admin Disperkimtan berapa ya?",
    "Syarat KPR subsidi FLPP untuk ASN golongan II apa saja?",
    "Besok di Palangka Raya hujan tidak ya? kami mau survei lapangan.",
    "Bagaimana cara mengurus kenaikan pangkat dari III/b ke III/c?",
    "Kapan TPP pegawai bulan ini cair?",
    "Aturan dana BOS untuk rehab ruang kelas sekolah seperti apa?",
    "Could you tell me the price of cement in Muara Teweh this month?",
    "Ada berita terbaru soal banjir di Kapuas hari ini?",
    "Syarat izin pertambangan rakyat di Kalteng apa saja?",
    "Rekomendasi hotel murah dekat bandara Tjilik Riwut di mana ya?",
]
