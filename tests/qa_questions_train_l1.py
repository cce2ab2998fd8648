"""Training table L1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: officers who do not know the official words describe the thing instead
("rumah warga yang reyot", "kampung padat di pinggir sungai"), build the question on a wrong
belief to be corrected, or add a condition or an exception. About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_L1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Sebenarnya pembagian tugas soal rumah dan kampung itu gimana sih, mana yg dikerjakan "
        "pusat, provinsi, mana yg kami di kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "sy kira semua urusan rumah rakyat sdh diserahkan ke kabupaten, provinsi cuma koordinasi "
        "aja. bener gitu?",
        "kewenangan.ringkasan",
    ),
    (
        "Ada gambaran singkat nggak siapa pegang apa di bidang perumahan & permukiman, biar kami "
        "nggak salah alamat kirim usulan?",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me a quick overview of which level of government is in charge of what in "
        "housing and settlements?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Pimpinan bilang urusan perumahan itu cuma urusan pilihan, jadi boleh tidak dianggarkan. "
        "Betul begitu?",
        "kewenangan.urusan_wajib",
    ),
    (
        "urusan rumah dan kawasan tempat tinggal warga ini termasuk yang wajib pelayanan dasar "
        "atau bukan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Dasar hukumnya apa kalau saya mau yakinkan TAPD bahwa urusan permukiman tidak boleh "
        "dicoret waktu anggaran lagi seret?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing something regional governments must provide by law, or is it optional for "
        "them?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kampung padat di pinggir sungai, rumahnya dempet-dempetan, luasnya kira2 12 hektar. Itu "
        "tanggungan siapa?",
        "kewenangan.kumuh",
    ),
    (
        "kan semua kawasan kumuh urusan provinsi ya? jadi kami tinggal usulkan saja semua lokasi "
        "yg ada",
        "kewenangan.kumuh",
    ),
    (
        "Kalau kawasan becek dan rumahnya berhimpitan cuma sekitar 7 ha, provinsi masih mau "
        "mengerjakan?",
        "kewenangan.kumuh",
    ),
    (
        "Lokasi kami pas 10 hektar, tidak lebih tidak kurang. Masuk provinsi atau masih kabupaten?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Permukiman tepi sungai di Kuala Kapuas luasnya 18 ha, provinsi bisa pegang nggak?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalo luasnya pas 15 ha masih provinsi dong? kan aturannya 10 sampai 15",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kawasan yang di atas lima belas hektar itu larinya ke kementerian ya? Bukan ke gubernur?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Our riverside slum covers about 40 hectares. Is that still something the province can "
        "take on?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Supaya kampung baru di pinggiran kota tidak berubah jadi kumuh, programnya dari provinsi "
        "atau kami sendiri?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kan provinsi juga ikut mencegah kumuh ya, khususnya untuk yang luasnya 10-15 ha?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kawasan ini belum kumuh tapi mulai padat dan semrawut. Siapa yang wajib mencegah supaya "
        "tidak makin parah?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "bisa minta dana provinsi buat kegiatan pencegahan permukiman kumuh di kota kami?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Untuk urusan rumahnya sendiri, bukan kawasannya, provinsi sebenarnya punya tugas apa "
        "saja?",
        "kewenangan.perumahan",
    ),
    ("Apa saja yang jadi kewenangan kabupaten di sub urusan perumahan?", "kewenangan.perumahan"),
    (
        "Kami kira provinsi boleh bangunkan rumah baru untuk siapa saja yang belum punya rumah, "
        "betul tidak?",
        "kewenangan.perumahan",
    ),
    (
        "In the housing sub-affair itself, what is the province actually allowed to do?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Rumah murah buat warga yang gajinya pas-pasan itu urusan siapa? Bisa minta ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Gedung bertingkat tempat warga sewa unit (rumah susun) itu yang membangun provinsi kah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "skema kredit rumah bersubsidi buat orang kecil itu wilayahnya pemerintah pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kami mau usul rumah susun untuk pekerja. Kalau lahannya sudah kami siapkan, tetap harus "
        "lewat pusat?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Rumah warga hanyut waktu banjir besar. Yang bangun lagi rumahnya siapa, provinsi atau "
        "kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ada warga yang harus pindah karena proyek jalan provinsi. Rumah pengganti mereka "
        "tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau bencananya cuma status bencana kabupaten, provinsi tetap bantu rumahnya kan?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "A fire burned down dozens of houses in Sampit. Who is responsible for rehousing the "
        "victims?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Developer mau bikin komplek perumahan baru, izinnya diurus ke provinsi atau ke kabupaten?",
        "kewenangan.izin",
    ),
    (
        "Sertifikat kepemilikan untuk bangunan rumah susun itu siapa yang menerbitkan?",
        "kewenangan.izin",
    ),
    ("Izin mengembangkan kawasan permukiman baru kan dari gubernur ya?", "kewenangan.izin"),
    (
        "Who issues the permit when a developer wants to build a new housing estate here?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Di urusan kawasan permukiman, pembagiannya gimana? Provinsi pegang apa, kabupaten pegang "
        "apa?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Siapa yang menetapkan sistem kawasan permukiman secara nasional?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Provinsi kan cuma urus rumah, kalau penataan kawasan tempat tinggal semua dikembalikan "
        "ke kabupaten, benar?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Menurut provinsi, menyelenggarakan kawasan permukiman itu termasuk tugas provinsi atau "
        "bukan?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Jalan dan got di dalam komplek yang dibangun developer sudah rusak, perbaikannya bisa "
        "minta ke provinsi?",
        "kewenangan.psu",
    ),
    (
        "Prasarana di kampung lama yang tumbuh sendiri, bukan komplek pengembang, itu siapa yang "
        "berwenang?",
        "kewenangan.psu",
    ),
    (
        "Fasilitas umum di perumahan BTN kami rusak. Kan semua fasilitas umum itu urusan provinsi "
        "ya?",
        "kewenangan.psu",
    ),
    (
        "bedanya prasarana di perumahan sama di permukiman apa, mana yg jatah provinsi?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Provinsi biasanya bangun apa saja untuk prasarana kampung? Jalan kecil antar rumah sama "
        "parit masuk hitungan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Bisa nggak provinsi mengaspal jalan kabupaten yang lewat di depan kampung kami?",
        "psu.lingkup_provinsi",
    ),
    (
        "Selain jalan gang dan saluran air, kami bisa usul lampu jalan atau taman bermain ke "
        "Disperkimtan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Does the province also build neighbourhood paths and drains in rural villages, or only "
        "in towns?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Konsultan yang merancang rumah dan prasarana lingkungan harus terdaftar di mana, "
        "kabupaten atau provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Pendaftaran perencana rumah yang skala usahanya kecil itu kewenangan kami di kabupaten "
        "ya?",
        "kewenangan.sertifikasi",
    ),
    (
        "kalau perencana PSU kemampuannya menengah, sertifikasinya dikeluarkan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies the people or firms that design houses and neighbourhood infrastructure?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Standar layanan paling minimal di bidang perumahan itu isinya apa? Target provinsi "
        "berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Kami kira SPM perumahan itu dihitung dari jumlah rumah reyot yang diperbaiki, ternyata "
        "bukan ya?",
        "kewenangan.spm",
    ),
    (
        "Indikator pelayanan dasar perumahan yang harus dicapai kabupaten apa saja?",
        "kewenangan.spm",
    ),
    (
        "aturan standar pelayanan minimal perumahan rakyat ada di PP dan permen nomor berapa?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kumuh yang dihitung itu luas seluruh desa, atau cuma bagian kampung yang "
        "benar-benar kumuh?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan kami luasnya 300 ha tapi yang kumuh cuma sebagian di tepi sungai, angka mana "
        "yang dipakai?",
        "kumuh.luas_delineasi",
    ),
    (
        "Hasil ukur ulang di lapangan beda dengan angka di surat keputusan bupati. Untuk "
        "menentukan siapa yang menangani, pakai yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Boleh nggak dua lokasi kumuh yang berdekatan kami jumlahkan supaya luasnya tembus 10 ha?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Yang berhak menyatakan suatu kampung itu resmi kumuh siapa? Gubernur kan?",
        "kumuh.penetapan",
    ),
    (
        "Keputusan bupati soal lokasi kumuh kami terbit 2017, perlu diperbarui nggak?",
        "kumuh.penetapan",
    ),
    (
        "Selain daftar lokasi, lampiran apa yang wajib ada di keputusan penetapan lokasi kumuh?",
        "kumuh.penetapan",
    ),
    (
        "Who officially declares an area a slum, and how often does that decree have to be "
        "reviewed?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Apa saja yang dinilai untuk menyebut kampung itu kumuh? Cuma kondisi rumahnya kan?",
        "kumuh.aspek",
    ),
    (
        "Kalau kampung sering kebakaran dan tidak ada hidran sama sekali, itu ikut dinilai dalam "
        "kekumuhan?",
        "kumuh.aspek",
    ),
    (
        "sampah numpuk dan limbah rumah tangga dibuang langsung ke sungai, itu masuk kriteria "
        "kumuh juga?",
        "kumuh.aspek",
    ),
    (
        "What aspects are looked at when deciding whether a neighbourhood counts as a slum?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("Berapa skor supaya sebuah kampung dinyatakan kumuh berat?", "kumuh.penilaian"),
    (
        "Nilai maksimal penilaian kumuh itu berapa, dan tiap kriteria diberi angka berapa saja?",
        "kumuh.penilaian",
    ),
    (
        "Kalau kumuhnya sudah parah sekali, otomatis jadi urusan provinsi kan, walaupun luasnya "
        "kecil?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    ("Lokasi kami dapat total nilai 63 waktu survei, itu artinya apa?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    (
        "Rentang nilai untuk kumuh yang sedang itu dari berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Total skor kampung kami 25. Masuk kumuh ringan atau sudah sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kalau nilainya di bawah 16, kampungnya masih dianggap kumuh nggak?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What score range counts as a light slum, and what range is a medium one?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kampung yang berdiri di atas tanah yang bukan hak warga, cara menanganinya gimana? "
        "Dibongkar total?",
        "kumuh.pola_penanganan",
    ),
    (
        "Bedanya menata ulang sebagian dengan menata ulang total kawasan kumuh itu apa, dan kapan "
        "dipakai masing-masing?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kalau kumuhnya ringan dan tanahnya legal, cukup ditata sebagian atau warganya harus "
        "dipindah?",
        "kumuh.pola_penanganan",
    ),
    (
        "Rumah warga di bantaran yang rawan longsor, harus dipindahkan atau cukup diperbaiki di "
        "tempat?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("Di Kalteng ini ada berapa lokasi kumuh dan total luasnya berapa?", "kumuh.kalteng"),
    ("Kabupaten mana yang kampung kumuhnya paling banyak se-Kalteng?", "kumuh.kalteng"),
    (
        "Kumuh di Kalteng kebanyakan jenis apa? Yang rumah panggung di tepi sungai ya?",
        "kumuh.kalteng",
    ),
    ("tahun 2024 kemarin provinsi menata kawasan kumuh di kabupaten mana saja?", "kumuh.kalteng"),
    # usulan.isi
    (
        "Kalau mau minta bantuan ke provinsi, apa saja yang harus kami tulis di usulan, dan "
        "kenapa ditanya sebanyak itu?",
        "usulan.isi",
    ),
    (
        "Kenapa harus isi sektor-sektor segala, air minum, sampah, kebakaran? Kan yang kami minta "
        "cuma jalan.",
        "usulan.isi",
    ),
    ("usulan kegiatan ke provinsi minimal isinya apa aja sih", "usulan.isi"),
    ("What information does a proposal to the province have to contain?", "usulan.isi"),
    # usulan.jenis
    ("Jenis kegiatan apa saja yang bisa kami mintakan ke provinsi lewat usulan?", "usulan.jenis"),
    (
        "Kalau kegiatannya tidak masuk kumuh, prasarana, atau rumah, masih bisa diusulkan dengan "
        "kategori lain?",
        "usulan.jenis",
    ),
    ("Usulan memperbaiki rumah warga yang reyot masuk golongan apa di formulir?", "usulan.jenis"),
    (
        "Rumah untuk korban banjir yang kena program provinsi, diusulkan sebagai jenis apa?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data tempat kegiatan yang harus diisi apa saja? Titik koordinat wajib atau tidak?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi ditulis pakai nama kampung sehari-hari atau harus persis seperti di SK?",
        "usulan.lokasi",
    ),
    (
        "Kalau lokasinya kampung di pedalaman Katingan Hulu, perlu ditandai perdesaan atau "
        "perkotaan, dan apa pengaruhnya?",
        "usulan.lokasi",
    ),
    ("Luas lokasi harus ditulis dalam hektar, atau boleh meter persegi saja?", "usulan.lokasi"),
    # usulan.penerima_biaya
    (
        "Jumlah yang merasakan manfaat itu dihitung per kepala keluarga atau per orang?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang boleh kami tulis di usulan apa saja? Boleh campuran beberapa sumber?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkiraan biaya harus sudah pasti, atau taksiran kasar dulu juga boleh?",
        "usulan.penerima_biaya",
    ),
    (
        "Kalau jalan gang itu melayani warga dua RT, yang dihitung penerima manfaatnya siapa saja?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("Dokumen apa saja yang menunjukkan usulan kami sudah siap dikerjakan?", "usulan.kesiapan"),
    (
        "Untuk usulan jalan lingkungan dan saluran air, syarat kesiapan apa saja yang dinilai?",
        "usulan.kesiapan",
    ),
    (
        "Kalau berkas pendukung belum lengkap semua, apakah usulan langsung gugur?",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents should we attach so the province sees our proposal as ready to "
        "build?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Tanahnya masih milik warga, belum diserahkan ke pemda. Masih bisa diusulkan?",
        "usulan.lahan",
    ),
    (
        "Maksudnya lahan harus bersih tanpa masalah itu gimana? Harus sudah bersertifikat?",
        "usulan.lahan",
    ),
    (
        "Lahan untuk drainase sedang sengketa dengan perusahaan sawit, boleh tetap diusulkan?",
        "usulan.lahan",
    ),
    (
        "The land belongs to the village but does not match the spatial plan. Is that a problem?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Untuk usulan penataan kumuh, nomor dan tanggal keputusan bupati wajib diisi?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi kami jelas kumuh tapi belum tercantum di daftar SK bupati. Tetap bisa diusulkan?",
        "usulan.sk_kumuh",
    ),
    ("SK kumuh kami umurnya sudah 6 tahun, ada pengaruhnya ke usulan nggak?", "usulan.sk_kumuh"),
    (
        "Kalau usulannya cuma jalan lingkungan biasa, bukan penataan kumuh, tetap perlu lampirkan "
        "SK kumuh?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Gambar rencana detail dan hitungan biaya harus sudah ada waktu kami mengusulkan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Dokumen syarat-syarat teknis pekerjaan itu wajib dilampirkan atau boleh menyusul?",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi sekarang harus berapa banyak yg dikirim?", "usulan.dokumen_teknis"),
    (
        "Denah penataan lokasi harus dibuat konsultan, atau cukup sketsa buatan kami sendiri?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat kesediaan menerima hasil pembangunan dan merawatnya itu ditandatangani siapa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa kami harus berjanji merawat jalan yang dibangun provinsi? Kan provinsi yang "
        "bangun.",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat kesanggupan memelihara bangunan setelah selesai itu wajib ada di usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Do we need to sign a statement that we will accept and maintain what the province builds?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Bisa usul bantuan bangun rumah baru untuk warga yang belum punya rumah sama sekali?",
        "usulan.rtlh",
    ),
    (
        "Rumah warga yang reyot, tanahnya cuma punya SKT belum sertifikat, bisa dibantu provinsi?",
        "usulan.rtlh",
    ),
    ("Siapa yang menetapkan daftar warga penerima perbaikan rumah dari provinsi?", "usulan.rtlh"),
    (
        "Kecuali yang sudah pernah dapat BSPS, warga lain yang rumahnya tak layak huni bisa kami "
        "usulkan ke provinsi?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT kami mau minta gang dicor, boleh langsung kirim permohonan sendiri ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permintaan saluran air dari masyarakat harus diketahui siapa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Kalau yang minta cuma satu dua orang warga, apa permohonannya bisa diterima?",
        "usulan.psu_masyarakat",
    ),
    (
        "Kelompok warga Kelurahan Mendawai mau ajukan perbaikan parit tanpa lewat dinas, "
        "syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Setelah jalan kecil antar rumah selesai dibangun provinsi, asetnya milik siapa dan siapa "
        "yang merawat?",
        "hibah.aset",
    ),
    (
        "Berita acara serah terima dari provinsi ke kabupaten itu ditandatangani siapa saja?",
        "hibah.aset",
    ),
    (
        "Kan yang bangun provinsi, jadi kalau nanti rusak provinsi juga yang memperbaiki ya?",
        "hibah.aset",
    ),
    (
        "Once the province finishes the drains in our village, who owns them and who looks after "
        "them?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Lokasi kumuh kami cuma 5 ha, berarti bukan provinsi. Terus dananya bisa dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kalau usulan kami ternyata bukan kewenangan provinsi, ada jalur pendanaan lain?",
        "pendanaan.saluran_lain",
    ),
    (
        "boleh nggak pakai dana desa buat perbaiki jalan kecil antar rumah di desa?",
        "pendanaan.saluran_lain",
    ),
    (
        "A palm-oil company near the village wants to help. Can that money fund slum upgrading?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("Alur usulan ke provinsi setiap tahunnya itu dari mana ke mana saja?", "siklus.tahunan"),
    ("Usulan yang kami kirim tahun ini nanti dianggarkan untuk tahun berapa?", "siklus.tahunan"),
    (
        "Kami kira kalau disetujui, kegiatannya bisa langsung jalan tahun ini juga. Benar begitu?",
        "siklus.tahunan",
    ),
    (
        "Can you walk me through the yearly proposal cycle, from sending it in to getting funded?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("Usulan kami diperiksa provinsi dari sisi apa saja?", "siklus.pemeriksaan"),
    (
        "Apakah petugas provinsi akan turun ke lapangan melihat lokasi dan lahannya?",
        "siklus.pemeriksaan",
    ),
    (
        "Yang dicek provinsi cuma kelengkapan berkas kan? Soal siapa yang berwenang nanti-nanti "
        "saja?",
        "siklus.pemeriksaan",
    ),
    (
        "Pemeriksaan teknis itu sebenarnya menilai apa? Lokasi, lahan, kesiapan dokumen?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Pertemuan tahunan bidang kawasan permukiman se-Kalteng itu isinya membahas apa?",
        "siklus.rakor",
    ),
    (
        "Siapa saja yang ikut rapat koordinasi provinsi itu? Harus kepala dinas yang datang?",
        "siklus.rakor",
    ),
    ("tanggal rakor tiap tahun tetap kan, bulan oktober terus?", "siklus.rakor"),
    (
        "What is the point of the annual coordination meeting if we already sent our proposals?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Setelah disepakati di rapat koordinasi, usulan kami lanjut ke mana sampai jadi anggaran?",
        "siklus.rkpd_apbd",
    ),
    ("Usulan yang lolos di rakor berarti pasti dapat dana, kan?", "siklus.rkpd_apbd"),
    (
        "Apa hubungannya rapat koordinasi kawasan permukiman dengan musyawarah perencanaan "
        "tingkat provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Kapan usulan kami masuk ke dokumen rencana kerja provinsi lalu ke anggarannya?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Kelompok kerja lintas dinas untuk perumahan dan permukiman di kabupaten itu tugasnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Apa setiap kabupaten wajib punya tim kerja perumahan seperti itu? Dasar aturannya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Tim koordinasi perumahan yang diketuai sekda itu sama saja dengan tim air minum dan "
        "sanitasi kan?",
        "koordinasi.pokja_pkp",
    ),
    (
        "What does the housing and settlements working group actually do at regency level?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("Alamat kantor dinas perumahan provinsi di mana ya?", "disperkimtan.kontak"),
    (
        "Dinas provinsi yang urus perumahan ini juga pegang urusan pertanahan?",
        "disperkimtan.kontak",
    ),
    (
        "Kalau mau konsultasi tatap muka dengan provinsi, kami datang ke kantor mana di Palangka "
        "Raya?",
        "disperkimtan.kontak",
    ),
    (
        "Website resmi dinas perumahan dan permukiman provinsi apa alamatnya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("Perintah apa saja yang bisa saya ketik di bot ini?", "bot.cara_pakai"),
    (
        "Jam yang muncul di bot pakai waktu mana? Kami sering rapat dengan Kalsel yang pakai WITA.",
        "bot.cara_pakai",
    ),
    (
        "Kalau saya tanya pakai kalimat biasa tanpa garis miring, bot tetap paham?",
        "bot.cara_pakai",
    ),
    ("Can I use this bot in English, and which commands does it understand?", "bot.cara_pakai"),
    # bot.usul
    (
        "Kalau mengisi formulir usulan di bot terputus di tengah jalan karena sinyal, datanya "
        "hilang?",
        "bot.usul",
    ),
    ("Bisa salin usulan tahun lalu supaya tidak mengisi dari awal lagi?", "bot.usul"),
    ("Foto wajib dilampirkan waktu kirim usulan lewat bot? Maksimal berapa?", "bot.usul"),
    ("After I finish the /usul form, what do I get back, a tracking number?", "bot.usul"),
    # bot.status
    ("Apa arti tulisan perlu perbaikan di usulan saya?", "bot.status"),
    ("Bedanya status verifikasi dengan dibahas di rakor apa?", "bot.status"),
    ("Kalau sudah disetujui, masih bisa berubah jadi ditolak?", "bot.status"),
    (
        "What do the different proposal statuses mean, from submitted through to approved?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Terus kami harus bagaimana?",
        "bot.ditolak_dialihkan",
    ),
    ("Usulan kami katanya dialihkan ke APBD kabupaten, maksudnya apa?", "bot.ditolak_dialihkan"),
    ("bisa banding nggak kalau usulan sudah ditolak?", "bot.ditolak_dialihkan"),
    (
        "Kenapa usulan bisa dipindahkan ke program pusat, padahal kami kirimnya ke provinsi?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("Berapa lama biasanya usulan ditanggapi sejak kami kirim?", "bot.tindak_lanjut"),
    (
        "Sudah seminggu usulan saya belum diperiksa sama sekali, apa itu terlambat?",
        "bot.tindak_lanjut",
    ),
    ("Patokan 3 hari kerja itu aturan resmi dinas atau cuma standar bot?", "bot.tindak_lanjut"),
    ("How quickly should the province respond once we send a proposal?", "bot.tindak_lanjut"),
    # bot.rapat
    ("Saya dapat undangan rapat lewat bot tapi berhalangan, boleh diwakilkan staf?", "bot.rapat"),
    ("Gimana cara konfirmasi hadir atau tidak untuk undangan rapat di bot?", "bot.rapat"),
    ("Pengingat rapat dari bot dikirim kapan saja?", "bot.rapat"),
    ("Undangan rapat dari bot bisa dimasukkan ke kalender di HP?", "bot.rapat"),
    # glossary terms (istilah.*)
    ("DAK Tematik PPKT itu kepanjangannya apa? Beda dengan DAK biasa?", "istilah.daktematikppkt"),
    ("Orang Balai sering sebut PPKT, singkatan dari apa itu?", "istilah.daktematikppkt"),
    ("APBN itu dana dari mana sebenarnya?", "istilah.apbn"),
    (
        "Kami kira APBD itu cuma anggaran provinsi, kabupaten juga punya? Artinya apa sih?",
        "istilah.apbd",
    ),
    ("APBDes itu maksudnya dana desa yang dari pusat itu ya?", "istilah.apbdes"),
    ("Bankeu dari provinsi ke kabupaten itu maksudnya bantuan apa?", "istilah.bankeu"),
    ("Pokir yang sering disebut anggota dewan itu artinya apa?", "istilah.pokir"),
    ("Musrenbang singkatan dari apa ya?", "istilah.musrenbang"),
    ("What does RKPD stand for?", "istilah.rkpd"),
    ("Renja itu dokumen apa? Sama dengan rencana kerja pemda?", "istilah.renja"),
    ("Renstra dinas itu kepanjangannya apa?", "istilah.renstra"),
    ("RPJMD itu apa, rencana lima tahunan ya?", "istilah.rpjmd"),
    ("KUA-PPAS itu singkatan dari apa? Kepanjangannya panjang sekali katanya", "istilah.kuappas"),
    ("Arti RKA apa?", "istilah.rka"),
    ("DPA yang sering diminta bagian keuangan itu maksudnya apa?", "istilah.dpa"),
    ("SIPD itu aplikasi apa?", "istilah.sipd"),
    ("Bapperida itu badan apa? Dulu namanya Bappeda kan?", "istilah.bapperida"),
    ("OPD artinya apa?", "istilah.opd"),
    ("What is an SKPD?", "istilah.skpd"),
    (
        "SPAM itu apa, bukan email sampah kan? Dalam konteks air minum maksudnya apa?",
        "istilah.spam",
    ),
    ("Di dokumen sanitasi ada tulisan SPALD, itu apa ya?", "istilah.spald"),
    ("IPAL itu apa sih", "istilah.ipal"),
    ("TPS3R kepanjangannya apa? Sama dengan TPS biasa?", "istilah.tps3r"),
    ("MCK umum yang dibangun di kampung itu kepanjangannya apa?", "istilah.mck"),
    ("RTRW di sini maksudnya rukun tetangga rukun warga kah?", "istilah.rtrw"),
    ("Apa kepanjangan RDTR?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? Kepanjangannya apa?", "istilah.pbg"),
    ("What does SLF mean for a building?", "istilah.slf"),
    ("SKBG itu sertifikat apa?", "istilah.skbg"),
    ("SKT itu sama dengan sertifikat BPN kan? Kepanjangannya apa?", "istilah.skt"),
    ("Istilah clean and clear untuk lahan itu artinya apa?", "istilah.cleanandclear"),
    ("CSR itu apa?", "istilah.csr"),
    ("Rakor itu singkatan apa, rapat apa lengkapnya?", "istilah.rakor"),
    ("LAPOR! itu sistem apa? Punya siapa?", "istilah.lapor"),
    ("WIB kepanjangannya apa ya?", "istilah.wib"),
    ("Apa yang dimaksud backlog perumahan?", "istilah.backlog"),
    ("PKP itu singkatan dari apa? Sama dengan Perkim?", "istilah.pkp"),
    ("Sebenarnya yang disebut kumuh itu apa? Asal rumahnya jelek sudah kumuh?", "istilah.kumuh"),
    ("What does DAK mean in Indonesian budgeting?", "istilah.dak"),
    ("rusun itu maksudnya apa, sama dengan apartemen?", "istilah.rusun"),
]
