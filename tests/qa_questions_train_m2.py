"""Training table M2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: checks of something half-remembered or heard ("katanya sekarang SK kumuh
harus diperbarui ya?"), "why" and "what if" questions, questions asking for the legal basis;
some formal ("Mohon izin bertanya"), some chatty with abbreviations; one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_M2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Mohon izin bertanya, secara garis besar pembagian urusan perkim antara pusat, "
        "provinsi dan kab/kota itu seperti apa? Saya dengar semuanya diatur di UU 23/2014.",
        "kewenangan.ringkasan",
    ),
    (
        "td rapat ada yg bilang hampir semua urusan perumahan itu ke kab/kota, prov cuma "
        "sedikit. bener gk sih? prov sebenarnya pegang apa aja",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me the overall split of housing and settlement responsibilities "
        "between the centre, the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    (
        "dasar hukum pembagian kewenangan bidang perumahan rakyat dan kawasan permukiman "
        "itu lampiran yg mana ya? huruf apa",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Dengan hormat, apakah benar perumahan dan kawasan permukiman termasuk urusan "
        "wajib pelayanan dasar? Pasal berapa yang mengaturnya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "katanya perkim itu urusan wajib, bukan urusan pilihan. emang apa bedanya buat "
        "kami di daerah?",
        "kewenangan.urusan_wajib",
    ),
    (
        "kalau perkim masuk urusan wajib pelayanan dasar, brarti pemda gk boleh "
        "mengosongkan anggarannya dong?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Pimpinan minta saya cek: perumahan rakyat itu urusan konkuren yang wajib atau "
        "yang pilihan? Mohon disertai dasar pasalnya.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Mohon konfirmasi, pembagian penanganan kawasan kumuh antara kab/kota, provinsi "
        "dan pusat itu patokannya luas ya? Batasnya berapa saja?",
        "kewenangan.kumuh",
    ),
    (
        "sy pernah dengar versi pejabat: 5-10 ha itu kab, di atas 10 ha prov dan "
        "kementerian. itu yg bener gmn sih?",
        "kewenangan.kumuh",
    ),
    (
        "Kenapa penanganan kumuh dibagi berdasarkan luas kawasan, bukan berdasarkan "
        "tingkat kekumuhannya?",
        "kewenangan.kumuh",
    ),
    (
        "Where exactly is it written that the province handles slum areas from 10 ha up "
        "to under 15 ha?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "katanya kawasan kumuh yg 15 ha ke atas itu urusan kementerian. itu sdh pasti "
        "aturannya atau msh katanya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Mohon izin, kawasan kumuh yang luasnya 15 ha atau lebih itu ditangani siapa, "
        "dan dasar aturannya apa?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalau kawasan kumuh kami besar bgt, lewat 15 ha, prov sama sekali gk bisa bantu? "
        "hrs ke pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Why doesn't the province take slum areas of 15 ha or more? Is that the central "
        "government's job?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Mohon penjelasan, pencegahan tumbuhnya kawasan kumuh baru itu kewenangan siapa? "
        "Apakah provinsi juga ikut?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kami mau usul kegiatan pencegahan kumuh ke prov, bisa gk? atau itu tetap tugas kab?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "dulu kayaknya pencegahan kumuh bisa dibantu prov, skrg msh? dasar hukumnya apa",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kenapa pencegahan kumuh hanya jadi urusan kabupaten/kota, padahal peningkatan "
        "kualitasnya dibagi sampai provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Mohon izin bertanya, di sub-urusan perumahan itu provinsi sebenarnya memegang "
        "kegiatan apa saja?",
        "kewenangan.perumahan",
    ),
    (
        "apa bener prov cuma ngurus rumah korban bencana sama relokasi? trus sisanya di kab semua?",
        "kewenangan.perumahan",
    ),
    (
        "Dasar hukum pembagian sub-urusan perumahan antara provinsi dan kab/kota itu di "
        "mana ya, Pak?",
        "kewenangan.perumahan",
    ),
    (
        "utk sub urusan perumahan, tugas kab/kota apa aja dibanding prov? mau sy cocokkan "
        "dgn nomenklatur",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Mohon konfirmasi, penyediaan rumah untuk MBR itu kewenangan pusat ya? Provinsi "
        "tidak bisa menganggarkan?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "kami ada rencana bangun rusun utk pekerja, itu diusulkan ke prov atau langsung "
        "ke kementerian?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "katanya sistem pembiayaan perumahan MBR itu urusan pusat, dasarnya apa ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Why can't the province fund new houses for low-income families (MBR)? Who does?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Dengan hormat, rumah warga yang rusak akibat bencana berskala kabupaten, "
        "perbaikannya tanggung jawab provinsi atau kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau warga kena relokasi krn proyek prov, rumah penggantinya yg fasilitasi siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "yg nentuin rumah korban bencana itu ditanggung prov atau kab apa? soalnya kata "
        "teman tergantung level bencananya",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If a national-scale disaster destroys houses in our regency, who rebuilds them: "
        "the province or the centre?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Mohon izin, penerbitan izin pembangunan perumahan oleh pengembang itu masih di "
        "kabupaten atau sudah ditarik ke provinsi?",
        "kewenangan.izin",
    ),
    (
        "SKBG itu yg nerbitin siapa sih? kami ditanya pengembang rusun, takut salah jawab",
        "kewenangan.izin",
    ),
    (
        "izin pengembangan kawasan permukiman itu kewenangan kab ya? dasarnya apa",
        "kewenangan.izin",
    ),
    (
        "A developer asked us whether the province issues housing development permits. Does it?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Mohon penjelasan, sub-urusan kawasan permukiman itu isinya apa saja dan "
        "pembagiannya antara pusat, provinsi, kab/kota bagaimana?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penyelenggaraan kawasan permukiman kan disebut fungsi prov ya? maksudnya itu "
        "mencakup apa aja",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "siapa yg menetapkan sistem kawasan permukiman? prov ada perannya gk?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Apa beda sub-urusan kawasan permukiman dengan sub-urusan perumahan? Kami sering "
        "tertukar waktu menyusun renja.",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Mohon konfirmasi, PSU permukiman itu provinsi dan PSU perumahan itu kabupaten/kota, "
        "betul begitu? Dasar hukumnya apa?",
        "kewenangan.psu",
    ),
    (
        "knp jalan di komplek yg dibangun pengembang gk bisa diusulkan ke prov? kan "
        "sama2 jalan lingkungan",
        "kewenangan.psu",
    ),
    (
        "bedanya PSU perumahan sama PSU permukiman apa sih? biar gk salah pilih di form",
        "kewenangan.psu",
    ),
    (
        "If the drainage sits inside a housing estate built by a developer, is that "
        "provincial PSU or the regency's?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Mohon izin bertanya, PSU yang dibangun Disperkimtan provinsi itu hanya jalan "
        "lingkungan dan drainase, atau bisa juga air minum dan sanitasi?",
        "psu.lingkup_provinsi",
    ),
    (
        "katanya prov gk mau bangun drainase di pinggir jalan kabupaten, bener? kenapa?",
        "psu.lingkup_provinsi",
    ),
    (
        "kalau desanya di pedalaman, bukan di kota, msh bisa dapat jaling dari prov?",
        "psu.lingkup_provinsi",
    ),
    (
        "Apakah provinsi bisa membangun jalan lingkungan di atas aset milik kabupaten, "
        "atau hanya di aset provinsi sendiri?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Mohon penjelasan, sertifikasi dan registrasi konsultan perencana rumah dan PSU "
        "itu kewenangan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "kab kami cuma boleh registrasi perancang yg kemampuan kecil ya? yg menengah ke prov?",
        "kewenangan.sertifikasi",
    ),
    (
        "dasar hukum registrasi perencana PSU tingkat kemampuan kecil di kab/kota itu apa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies large-capability house and PSU design firms, and is that rule confirmed?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Dengan hormat, SPM bidang perumahan rakyat untuk provinsi itu jenis layanannya "
        "apa saja dan targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan dasar hukumnya PP 2/2018 ya? pasal brp, trs standar teknisnya permen apa?",
        "kewenangan.spm",
    ),
    (
        "kalau capaian SPM perumahan kab kami blm 100%, gmn? itu target wajib kan?",
        "kewenangan.spm",
    ),
    (
        "Untuk SPM perumahan, layanan dasar yang jadi kewajiban kabupaten itu apa, "
        "bedanya dengan yang provinsi?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Mohon konfirmasi, luas kumuh yang dipakai untuk menentukan kewenangan itu luas "
        "satu kelurahan atau luas yang didelineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas lokasi di SK kumuh kami kecil, tp kalau diukur satu desa jauh lebih luas. "
        "yg dipakai yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kalau SK lama memakai skala lingkungan dan SK baru memakai skala kawasan sehingga "
        "luasnya berubah, mana yang dipakai provinsi?",
        "kumuh.luas_delineasi",
    ),
    (
        "boleh gk beberapa lokasi kumuh kecil di satu kecamatan dijumlah luasnya biar "
        "masuk kewenangan prov?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "SK kumuh kami terbit 2018, wajib direviu ulang gk? tiap brp thn dan dasarnya apa",
        "kumuh.penetapan",
    ),
    (
        "Mohon izin, yang berwenang menetapkan lokasi kumuh itu bupati atau gubernur? "
        "Lokasi kami luasnya masuk kewenangan provinsi.",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh itu wajib dilampiri apa aja? cukup daftar lokasi atau perlu peta juga?",
        "kumuh.penetapan",
    ),
    (
        "Who signs the slum-location decree, and which regulation says so?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Mohon penjelasan, kriteria kumuh itu ada berapa aspek? Seingat saya dulu tidak "
        "ada aspek air minum.",
        "kumuh.aspek",
    ),
    (
        "7 aspek kumuh itu apa aja ya? sy lupa, yg pasti ada jalan sama drainase",
        "kumuh.aspek",
    ),
    (
        "kenapa proteksi kebakaran ikut jadi kriteria kumuh? dasarnya permen apa?",
        "kumuh.aspek",
    ),
    (
        "How many criteria sit under the seven slum aspects? Some say 16, others 19.",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Mohon izin, skor maksimal penilaian kumuh itu berapa dan mulai nilai berapa "
        "dianggap kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "tiap kriteria kumuh itu dinilai 0, 1, 3, 5 ya? itu dihitung dari apa",
        "kumuh.penilaian",
    ),
    (
        "skor lokasi kami 62, itu sdh masuk kumuh berat kan? aturannya yg mana",
        "kumuh.penilaian",
    ),
    (
        "Apakah ambang 60 sampai 80 untuk kumuh berat itu angka resmi atau hanya kebiasaan "
        "di lapangan?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Mohon konfirmasi, rentang skor kumuh sedang dan kumuh ringan itu berapa? Apakah "
        "sudah pasti dari permen?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "skor 20 itu msh kumuh ringan atau sdh dianggap tdk kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "pedoman lama beda batasnya ya? skrg kumuh sedang itu range brp",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What score range counts as a light slum (kumuh ringan)?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Mohon penjelasan, kapan kawasan kumuh ditangani dengan pemugaran, kapan "
        "peremajaan, dan kapan pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "lokasi kumuh kami di bantaran sungai, lahannya tdk legal. apa hrs direlokasi?",
        "kumuh.pola_penanganan",
    ),
    (
        "beda pemugaran sama peremajaan apa sih? yg satu sebagian, yg satu total ya?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kalau kumuh sedang tapi lahannya legal, pola penanganannya apa? Aturannya di mana?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Mohon izin, berapa jumlah lokasi dan total luas kawasan kumuh di Kalimantan Tengah "
        "menurut data Disperkimtan?",
        "kumuh.kalteng",
    ),
    (
        "katanya kumuh di kalteng kebanyakan di pinggir sungai ya? ada datanya?",
        "kumuh.kalteng",
    ),
    (
        "kab mana yg lokasi kumuhnya paling banyak se-kalteng?",
        "kumuh.kalteng",
    ),
    (
        "How much slum area does Central Kalimantan have in total?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Mohon izin, dalam satu usulan kegiatan itu informasi apa saja yang harus diisi? "
        "Dan kenapa sampai ditanya jumlah KK dan jiwa?",
        "usulan.isi",
    ),
    (
        "knp usulan hrs isi sektor segala? kan kami cuma minta jalan",
        "usulan.isi",
    ),
    (
        "isian usulan ke prov itu ada format resminya? atau acuannya dari mana",
        "usulan.isi",
    ),
    (
        "Why does a proposal ask for so many details, like the setting and the sector tags?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Mohon penjelasan, jenis usulan apa saja yang bisa diajukan ke provinsi di bidang perkim?",
        "usulan.jenis",
    ),
    (
        "selain kumuh sama PSU, bisa gk usulkan yg lain? mis. rumah korban bencana",
        "usulan.jenis",
    ),
    (
        "kalau usulan kami gk cocok di kategori manapun, pilih 'lainnya' aja gpp?",
        "usulan.jenis",
    ),
    (
        "Perbaikan RTLH dan penanganan kumuh itu diajukan sebagai jenis usulan yang "
        "terpisah atau boleh digabung?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Mohon izin, data lokasi usulan itu harus sampai tingkat apa? Kecamatan, desa, "
        "atau koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "nama lokasi di usulan kumuh hrs sama persis dgn penamaan di SK ya? kenapa?",
        "usulan.lokasi",
    ),
    (
        "titik GPS lokasi wajib gk? di Tumbang Kanei sinyal susah",
        "usulan.lokasi",
    ),
    (
        "Kenapa di usulan ditanya lokasinya perkotaan atau perdesaan? Apa pengaruhnya?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Mohon penjelasan, penerima manfaat dalam usulan dihitung dalam KK atau jiwa? "
        "Atau keduanya?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana di usulan boleh diisi kombinasi gk? mis sebagian APBD kab sebagian prov",
        "usulan.penerima_biaya",
    ),
    (
        "perkiraan biaya di usulan hrs dari RAB atau boleh taksiran kasar dulu?",
        "usulan.penerima_biaya",
    ),
    (
        "Apakah kabupaten wajib menyediakan dana pendamping kalau mengusulkan ke provinsi?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Mohon izin, dokumen kesiapan (readiness criteria) apa saja yang sebaiknya sudah "
        "ada sebelum usulan dikirim?",
        "usulan.kesiapan",
    ),
    (
        "DED blm ada, RAB jg msh disusun. tetap bisa ngusul atau tunggu lengkap dulu?",
        "usulan.kesiapan",
    ),
    (
        "utk usulan PSU jaling, dokumen pendukung apa aja yg diminta prov? acuannya dari mana",
        "usulan.kesiapan",
    ),
    (
        "Apakah usulan yang DED dan RAB-nya sudah siap lebih diprioritaskan dibanding yang belum?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Mohon penjelasan, yang dimaksud lahan clean and clear dalam usulan itu syaratnya "
        "apa saja?",
        "usulan.lahan",
    ),
    (
        "lahan lokasi kami msh tanah warga, blm diserahkan ke pemda. usulannya bisa diterima gk?",
        "usulan.lahan",
    ),
    (
        "kenapa status lahan ditanya terus? kalau tanahnya blm bersertifikat gmn",
        "usulan.lahan",
    ),
    (
        "If the land is still disputed with a neighbour, can we still submit the proposal?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Mohon izin, untuk usulan kumuh apakah nomor dan tanggal SK kumuh wajib dicantumkan?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami sdh lewat 5 thn, usulan kumuhnya msh bisa diproses?",
        "usulan.sk_kumuh",
    ),
    (
        "lokasi yg mau kami usulkan ternyata gk tercantum di SK kumuh, gmn tuh?",
        "usulan.sk_kumuh",
    ),
    (
        "Kenapa untuk usulan kumuh ke provinsi tetap diminta SK bupati, tidak cukup surat "
        "dari dinas saja?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Mohon penjelasan, dokumen teknis seperti DED, RAB, RKS dan site plan itu wajib "
        "semua atau sebagian saja?",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting hrs yg terbaru gk? foto tahun lalu boleh?",
        "usulan.dokumen_teknis",
    ),
    (
        "RKS itu perlu jg ya utk usulan jaling? buat apa",
        "usulan.dokumen_teknis",
    ),
    (
        "Is a site plan needed even for a simple drainage channel?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Mohon izin, apakah kabupaten wajib membuat surat pernyataan kesediaan menerima "
        "hibah dan melaksanakan O&P? Siapa yang menandatangani?",
        "usulan.surat_pernyataan",
    ),
    (
        "knp hrs ada surat pernyataan O&P? takut nanti jalannya dibangun prov trs gk ada "
        "yg rawat ya?",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan hibah dan O&P ada contohnya gk? dasarnya aturan apa",
        "usulan.surat_pernyataan",
    ),
    (
        "Bagaimana kalau pemkab belum bersedia menandatangani pernyataan pemeliharaan aset? "
        "Usulannya masih bisa jalan?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Mohon konfirmasi, bantuan RTLH dari provinsi bisa untuk bangun rumah baru di lahan "
        "kosong atau harus perbaikan rumah yang sudah ada?",
        "usulan.rtlh",
    ),
    (
        "warga cuma punya SKT, blm sertifikat. msh bisa diusulkan RTLH ke prov?",
        "usulan.rtlh",
    ),
    (
        "penerima RTLH prov itu ditetapkan siapa? katanya hrs ada SK gubernur",
        "usulan.rtlh",
    ),
    (
        "Kenapa RTLH tidak ada di pembagian kewenangan UU 23, tapi provinsi tetap punya "
        "program RTLH?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Mohon izin, kalau warga mau mengajukan sendiri perbaikan jalan lingkungan ke "
        "provinsi, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "ada kelompok warga di Pahandut Seberang minta drainase, cukup tanda tangan RT aja "
        "atau hrs sampai camat?",
        "usulan.psu_masyarakat",
    ),
    (
        "permintaan PSU dari satu dua warga aja bisa diterima gk?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents send a road or drainage request straight to the province without "
        "going through the regency?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Mohon penjelasan, jalan lingkungan yang dibangun provinsi di wilayah kami nanti "
        "statusnya aset siapa?",
        "hibah.aset",
    ),
    (
        "BAST hibah dari prov itu yg tanda tangan bupati langsung ya? atau cukup kadis?",
        "hibah.aset",
    ),
    (
        "stlh diserahkan, kalau jalannya rusak siapa yg perbaiki? prov msh tanggung?",
        "hibah.aset",
    ),
    (
        "What is the legal basis for the province handing over assets it built to a regency?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Mohon izin, jika usulan kami ternyata bukan kewenangan provinsi, sumber pendanaan "
        "lain apa yang bisa kami coba?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh di bawah 10 ha kan urusan kab, tp APBD kami terbatas. ada jalur dana lain gk?",
        "pendanaan.saluran_lain",
    ),
    (
        "apa dana desa boleh dipakai utk jaling yg bukan kewenangan prov? atau hrs APBD kab?",
        "pendanaan.saluran_lain",
    ),
    (
        "Could CSR money from a plantation company fund a slum project the province can't take on?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Mohon penjelasan alur tahunan usulan ke provinsi: usulan yang dikirim tahun ini "
        "untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        "kalau kami usul skrg, paling cepat dikerjakan kapan? tahun depan ya?",
        "siklus.tahunan",
    ),
    (
        "urutan prosesnya gmn sih dari usulan masuk sampai jadi kegiatan? mau lapor pimpinan",
        "siklus.tahunan",
    ),
    (
        "Usulan ke provinsi itu mengikuti siklus setahun sekali atau bisa dikirim kapan "
        "saja sepanjang tahun?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Mohon izin, usulan yang masuk diperiksa provinsi dari sisi apa saja? Administrasi "
        "saja atau ada survei lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "katanya prov cek kewenangan dulu sblm cek teknis? kalo bukan kewenangan langsung "
        "berhenti?",
        "siklus.pemeriksaan",
    ),
    (
        "apa ada verifikasi lapangan utk usulan jaling? siapa yg turun ke lokasi",
        "siklus.pemeriksaan",
    ),
    (
        "Atas dasar apa provinsi menyatakan usulan lolos pemeriksaan teknis?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Mohon izin bertanya, Rakor Bidang Kawasan Permukiman itu tujuannya apa dan siapa "
        "saja yang biasanya hadir?",
        "siklus.rakor",
    ),
    (
        "rakor itu tiap thn pasti ada ya? knp tanggalnya pindah2 terus",
        "siklus.rakor",
    ),
    (
        "apa gunanya usulan dibahas di rakor? kan nanti ada musrenbang jg",
        "siklus.rakor",
    ),
    (
        "Sebenarnya apa yang diputuskan di Rakor kawasan permukiman? Apakah usulan langsung "
        "disetujui di sana?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Mohon penjelasan, setelah usulan disepakati di Rakor, tahapan berikutnya apa sampai "
        "masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "usulan yg sdh disetujui itu otomatis masuk RKPD prov gk?",
        "siklus.rkpd_apbd",
    ),
    (
        "kapan usulan kami benar2 pasti dapat anggaran? waktu disetujui atau waktu APBD diketok?",
        "siklus.rkpd_apbd",
    ),
    (
        "After the Rakor, how does an accepted proposal make its way into the provincial "
        "RKPD and budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Mohon izin, apa dasar hukum pembentukan Pokja PKP di daerah? Apakah wajib dibentuk?",
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja PKP itu sebenarnya tugasnya apa? di kab kami SK-nya ada tp jarang rapat",
        "koordinasi.pokja_pkp",
    ),
    (
        "ketua pokja PKP kab itu biasanya siapa? sekda ya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Is the Pokja PKP the same body as the Pokja PPAS or AMPL, or a separate team?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Mohon izin, alamat kantor Disperkimtan Provinsi Kalteng sekarang di mana? Masih "
        "di Jl. D.I. Panjaitan?",
        "disperkimtan.kontak",
    ),
    (
        "website resmi disperkimtan kalteng apa ya? mau cek pengumuman",
        "disperkimtan.kontak",
    ),
    (
        "disperkimtan prov itu ada bidang apa aja? yg pegang PSU bidang mana",
        "disperkimtan.kontak",
    ),
    (
        "Kalau kami mau antar berkas usulan langsung, kantor Disperkimtan provinsi itu "
        "letaknya di mana?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Mohon izin, perintah apa saja yang tersedia di bot Sinkron ini?",
        "bot.cara_pakai",
    ),
    (
        "jam di bot ini pakai WIB ya? soalnya kami kadang ketuker sama WITA",
        "bot.cara_pakai",
    ),
    (
        "bot ini bisa dipakai di luar jam kerja gk? atau cuma jam kantor",
        "bot.cara_pakai",
    ),
    (
        "Can I use this bot in English, or does it only understand Indonesian?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "kalau lagi isi /usul trs sinyal hilang, isian tadi hilang semua gk?",
        "bot.usul",
    ),
    (
        "Mohon izin, apakah usulan tahun lalu bisa disalin lewat /usul supaya tidak "
        "mengetik ulang semuanya?",
        "bot.usul",
    ),
    (
        "di /usul foto maksimal brp? PDF DED bisa dilampirkan jg?",
        "bot.usul",
    ),
    (
        "knp waktu /usul sy ketik luasnya besar, bot minta konfirmasi ulang?",
        "bot.usul",
    ),
    # bot.status
    (
        "Mohon penjelasan, status 'perlu perbaikan' pada usulan artinya apa dan apa yang "
        "harus kami lakukan?",
        "bot.status",
    ),
    (
        "status dibahas di rakor itu brarti sdh pasti disetujui?",
        "bot.status",
    ),
    (
        "kalau statusnya msh 'diajukan' terus, artinya blm dibuka sama prov ya?",
        "bot.status",
    ),
    (
        "Usulan yang sudah berstatus disetujui apakah masih bisa berubah? Bagaimana kalau "
        "ternyata keputusannya keliru?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Mohon izin, usulan kami berstatus dialihkan. Maksudnya dialihkan ke mana dan "
        "langkah kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan ditolak dgn alasan bukan kewenangan prov. bisa keberatan gk?",
        "bot.ditolak_dialihkan",
    ),
    (
        "bedanya ditolak sama dialihkan apa? dua2nya berarti gk dibiayai prov kan?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau usulan kami ditolak, boleh diajukan lagi tahun depan dengan dokumen yang "
        "lebih lengkap?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Mohon izin, berapa lama biasanya usulan kami ditindaklanjuti setelah dikirim?",
        "bot.tindak_lanjut",
    ),
    (
        "katanya standarnya 3 hari kerja kayak LAPOR!, itu aturan resmi disperkimtan atau "
        "cuma patokan bot?",
        "bot.tindak_lanjut",
    ),
    (
        "usulan kami sdh seminggu blm diverifikasi, wajar gk? patokannya apa",
        "bot.tindak_lanjut",
    ),
    (
        "Do the three working days count weekends and public holidays?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Mohon izin, kalau saya tidak bisa hadir rapat, boleh diwakilkan staf? Caranya "
        "lewat bot bagaimana?",
        "bot.rapat",
    ),
    (
        "pengingat rapat dikirim kapan aja sih? H-1 doang?",
        "bot.rapat",
    ),
    (
        "konfirmasi kehadiran undangan rapat di bot itu wajib gk? kalo gk konfirmasi knp",
        "bot.rapat",
    ),
    (
        "I accepted a meeting invitation by mistake. Can I change my answer to not attending?",
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    (
        "Mohon izin, DAK Tematik PPKT itu kepanjangannya apa ya? Saya dengar dulu namanya "
        "DAK Integrasi.",
        "istilah.daktematikppkt",
    ),
    ("APBN itu singkatan dari apa persisnya? mau sy tulis lengkap di laporan", "istilah.apbn"),
    ("What does APBD stand for?", "istilah.apbd"),
    ("di pilihan sumber dana ada 'APBD Kab/Kota', APBD itu anggaran apa sih?", "istilah.apbd"),
    ("APBDes itu anggaran desa kan? kepanjangannya apa", "istilah.apbdes"),
    ("bankeu yg sering disebut di rapat itu maksudnya apa? bantuan prov ya?", "istilah.bankeu"),
    ("Dengan hormat, istilah pokir DPRD itu apa artinya?", "istilah.pokir"),
    ("musrenbang itu singkatan dari apa sih, sy selalu lupa", "istilah.musrenbang"),
    ("RKPD itu kepanjangannya apa? beda sama renja kan?", "istilah.rkpd"),
    ("Mohon penjelasan, Renja itu dokumen apa ya?", "istilah.renja"),
    ("Renstra dinas itu artinya apa? rencana lima tahunan ya?", "istilah.renstra"),
    ("Could you spell out RPJMD for me?", "istilah.rpjmd"),
    ("KUA-PPAS itu singkatan apa, panjang bgt", "istilah.kuappas"),
    ("RKA itu maksudnya apa ya? yg disusun sebelum DPA kan?", "istilah.rka"),
    ("DPA itu apa artinya? Dokumen Pelaksanaan Anggaran bukan?", "istilah.dpa"),
    ("Mohon izin, SIPD itu sistem apa dan singkatan dari apa?", "istilah.sipd"),
    ("bapperida itu nama baru bappeda ya? kepanjangannya apa", "istilah.bapperida"),
    ("OPD itu singkatan dari apa ya?", "istilah.opd"),
    ("SKPD itu sama dgn OPD gk? singkatannya apa", "istilah.skpd"),
    ("SPAM di dokumen perkim itu maksudnya apa? bukan spam email kan wkwk", "istilah.spam"),
    ("Dengan hormat, SPALD itu singkatan dari apa?", "istilah.spald"),
    ("IPAL itu instalasi apa ya?", "istilah.ipal"),
    ("TPS3R kepanjangannya apa? 3R itu reduce reuse recycle kan?", "istilah.tps3r"),
    ("What is an MCK?", "istilah.mck"),
    ("RTRW itu kepanjangannya apa? bukan RT/RW kan", "istilah.rtrw"),
    ("Mohon izin, RDTR itu apa dan bedanya dengan RTRW?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? singkatannya apa", "istilah.pbg"),
    ("SLF itu sertifikat apa?", "istilah.slf"),
    ("SKBG itu singkatan dari apa?", "istilah.skbg"),
    ("SKT itu surat apa ya? yg dikeluarkan desa itu bukan?", "istilah.skt"),
    ("lahan clean and clear itu maksudnya apa persisnya?", "istilah.cleanandclear"),
    ("CSR maksudnya dana dari perusahaan itu ya? singkatan apa", "istilah.csr"),
    ("Rakor yg dimaksud di bot ini lengkapnya rapat apa?", "istilah.rakor"),
    ("LAPOR! yg disebut bot itu apa? aplikasi pengaduan ya?", "istilah.lapor"),
    ("WIB itu singkatan waktu apa? kalteng pakai WIB kan, bukan WITA?", "istilah.wib"),
    ("What does 'backlog' mean when people talk about housing?", "istilah.backlog"),
    ("katanya backlog rumah di kalteng tinggi, backlog itu maksudnya apa?", "istilah.backlog"),
    ("What does PKP mean in this context?", "istilah.pkp"),
    ("Secara aturan, yg disebut permukiman kumuh itu apa sih definisinya?", "istilah.kumuh"),
    ("DAK itu kepanjangannya apa ya?", "istilah.dak"),
    ("rusun itu singkatan rumah susun kan? artinya apa persisnya", "istilah.rusun"),
]
