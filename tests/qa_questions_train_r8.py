"""Training table R8 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: people in other roles asking as they would (a camat, a kepala desa or lurah, a DPRD
member's staffer, a journalist, a skripsi student, a programme facilitator, a site engineer),
Dayak Ngaju words mixed into Indonesian, phone autocorrect damage and emoji, chit-chat first
with the question at the end, time-anchored phrasing and numbers written as words, simple
or non-native English (round 35's styles, taught once round 35 had been measured).

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R8_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Selamat pagi pak 🙏 kemarin rapat sama dewan banyak yg bingung. Kalau dirangkum "
        "pembagian kewenangan perkim pusat, provinsi, kabupaten itu gimana? mau sy bikin slide "
        "satu halaman",
        "kewenangan.ringkasan",
    ),
    (
        "Aku camat baru di Kahayan Hilir. En bagian provinsi, en bagian kabupaten, en bagian "
        "pusat soal perumahan dan permukiman? supaya aku jida salah alamat",
        "kewenangan.ringkasan",
    ),
    (
        "Hello, I am with a donor mission this week. Can you explain shortly which level of "
        "government does what in housing and settlements here?",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan PKP menurut UU 23/2014 secara umum apa aja?", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "perumahan dan kawasan permukiman itu masuk urusan wajib atau urusan pilihan ya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Kak saya mahasiswa skripsi di UPR 🙏 pasal berapa di UU 23/2014 yg bilang perkim "
        "termasuk urusan wajib pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Staf fraksi nih. Anggota dewan tanya kenapa anggaran perumahan jangan dipangkas habis, "
        "katanya karena urusan wajib yang berkaitan dengan pelayanan dasar. Betul kah begitu?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing a compulsory basic service for the regions, or an optional affair?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kawasan kumis 12 hektar itu tugas siapa ya 😅 maksudnya kumuh", "kewenangan.kumuh"),
    (
        "Kumuh di kelurahan kami luasnya delapan hektar, yg tangani kabupaten atau provisi?",
        "kewenangan.kumuh",
    ),
    ("pire hektar kumuh yang tau ditangani provinsi?", "kewenangan.kumuh"),
    (
        "Saya wartawan di Sampit, mau konfirmasi bunyi aturannya: kumuh yang jadi kewenangan "
        "provinsi itu persisnya berapa hektar? pas sepuluh hektar masuk provinsi atau "
        "kabupaten?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    ("kalau luas kumuhnya dua puluh hektar lebih, siapa yang pegang?", "kewenangan.kumuh_pusat"),
    (
        "For a slum area of thirty hectares, is it the province or the national ministry that "
        "is responsible?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Pas lima belas hektar persis itu masih provinsi atau udh pusat??? 🙏🏻🙏🏻",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Pak hujan terus di Kuala Kapuas, jalan ke kantor banjir 😅 Oh iya, kawasan Selat kan "
        "luasnya ratusan hektar, itu berarti kewenangan pusat ya bukan provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "pencegahan kumuh itu urusan siapa, bisa diusulkan ke provinsi kah?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Saya kades di pinggir Sungai Kahayan. Desa kami belum kumuh tapi rumah makin padat. "
        "Supaya jida jadi kumuh, siapa yang bertanggung jawab mencegahnya, kabupaten atau "
        "provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kegiatan pencegahan perumahan dan permukiman kumuh itu nomenklaturnya cuma ada di "
        "kabupaten kan? provinsi ga punya?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Tahun depan kami mau program supaya kumuh baru tidak muncul di bantaran. Itu boleh "
        "minta dana provinsi atau memang tugas kabupaten sendiri? 🙏",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("Sub urusan perumahan, provinsi kewenangannya apa aja?", "kewenangan.perumahan"),
    (
        "kabupaten di sub urusan perumahan pegang apa saja pak? selain rumah korban bencana",
        "kewenangan.perumahan",
    ),
    (
        "Saya sedang skripsi tentang desentralisasi perumahan. Menurut lampiran D UU 23/2014, "
        "isi sub-urusan perumahan di tingkat provinsi dan kabupaten/kota bedanya di mana?",
        "kewenangan.perumahan",
    ),
    (
        "👍 mau tanya, urusan perumahan (bukan kawasan permukiman ya) provinsi tu cuma soal "
        "bencana & relokasi kah??",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah untuk MBR itu kewenangan siapa ya? bisa usul ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kami mau bangun rusun sewa buat pekerja di Sampit, itu ngusulnya ke provinsi atau ke "
        "pusat? 🙏",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who is in charge of housing for low-income families and the housing finance system? "
        "Central government?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Selamat siang, sy staf anggota DPRD dapil Kotim. Konstituen banyak minta rumah murah "
        "utk warga berpenghasilan rendah. Jalurnya pusat ya, bukan Disperkimtan?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Rumah warga rusak kena banjir besar bulan lalu di Katingan. Perbaikan rumahnya tugas "
        "kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalo statusnya bencana provinsi, rumah korban siapa yang bangun?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga kena relokasi karena proyek provinsi, rumah penggantinya difasilitasi siapa? 🙏",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kebakaran pemukiman di Baamang bulan kemarin dua puluh lima rumah hangus 😢 yang wajib "
        "menyediakan rumah layak huni buat korbannya pemkab atau pemprov?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Sebelum lebaran ada developer minta izin bangun perumahan lima puluh unit di Jekan "
        "Raya. Izinnya memang dari pemkot ya, bukan provinsi? 🙏",
        "kewenangan.izin",
    ),
    ("SKBG itu diterbitkan siapa pak?", "kewenangan.izin"),
    (
        "Sy site engineer pengembang di Pangkalan Bun. Izin pengembangan kawasan permukiman "
        "untuk proyek kami ngurusnya ke kabupaten atau ke provinsi?",
        "kewenangan.izin",
    ),
    ("izin2 perumahan & SKBG urusan provinsi jg kah?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa saja untuk provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Penyelenggaraan kawasan permukiman katanya fungsi provinsi, maksudnya apa ya? beda dgn "
        "kabupaten apa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional itu siapa yang menetapkan? kabupaten ikut kah?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "What does the province do under the settlement area (kawasan permukiman) sub-affair, "
        "compared with the regency?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan vs PSU permukiman, mana yang provinsi?", "kewenangan.psu"),
    (
        "Jalan di dalam perumahan subsidi developer udah rusak parah, itu PSU siapa? provinsi "
        "bisa bantu kah?",
        "kewenangan.psu",
    ),
    (
        "Pak, penyelenggaraan PSU permukaan itu provinsi ya? maksud saya permukiman 🙏 hp saya "
        "suka ganti kata sendiri",
        "kewenangan.psu",
    ),
    (
        "Ikau tau jelaskan kilen dasar pembagian PSU antara provinsi dan kabupaten? nomenklatur "
        "SIPD nya apa",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yang dibangun Disperkimtan provinsi itu apa aja? bisa sampai lampu jalan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Jalan kabupaten di depan pasar Kasongan berlubang semua. Bisa minta Disperkimtan "
        "perbaiki sebagai PSU?",
        "psu.lingkup_provinsi",
    ),
    (
        "Drainase di desa juga bisa atau cuma di kota? kami perdesaan di Mantangai",
        "psu.lingkup_provinsi",
    ),
    (
        "Saya pelaksana lapangan kontraktor. Kalau lahannya aset kabupaten, Disperkimtan masih "
        "boleh bangun jalan lingkungan di situ?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah kemampuan kecil itu di kabupaten ya?", "kewenangan.sertifikasi"),
    (
        "Konsultan perencana PSU mau registrasi tingkat kemampuan menengah, ke provinsi kah? 🙏",
        "kewenangan.sertifikasi",
    ),
    ("Who certifies and registers firms that design houses and PSU?", "kewenangan.sertifikasi"),
    (
        "Sy engineer konsultan kecil di Buntok, mau daftar resmi sebagai perencana rumah dan "
        "PSU. Registrasinya kueh?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM bidang perumahan rakyat itu isinya apa? targetnya berapa persen?", "kewenangan.spm"),
    ("dasar hukum SPM perumahan, PP berapa dan permen berapa?", "kewenangan.spm"),
    (
        "Laporan SPM perumahan kabupaten kami harus masuk minggu depan 😅 jenis pelayanan dasar "
        "dan indikatornya apa saja ya?",
        "kewenangan.spm",
    ),
    (
        "What are the minimum service standards for housing that the province must meet?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    ("Luas kumuhnya pakai luas desa atau luas yang di SK kumuh?", "kumuh.luas_delineasi"),
    (
        "Kelurahan kami totalnya tiga ratus hektar tapi yang kumuh cuma sebagian. Untuk "
        "menentukan kewenangan, luas yang dihitung yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK lama pakai skala lingkungan, SK baru skala kawasan, luasnya jadi beda jauh. Yang "
        "dipakai provinsi luas yang mana? 🤔",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the 10 hectare threshold: the whole village, or only the "
        "delineated slum location?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yang menetapkan lokasi kumuh itu gubernur atau bupati?", "kumuh.penetapan"),
    ("SK kumuh wajib ditinjau ulang tiap berapa tahun sih?", "kumuh.penetapan"),
    (
        "Saya lurah Pahandut Seberang. Warga protes kok wilayah kami masuk daftar kumuh. Siapa "
        "sebenarnya yang menetapkan itu?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh itu isinya apa aja? harus ada tabel lokasi dan peta sebaran juga kah?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh ada berapa aspek?", "kumuh.aspek"),
    (
        "En aja aspek yang dinilai untuk menentukan kumuh? proteksi kebakaran termasuk kah?",
        "kumuh.aspek",
    ),
    (
        "Saya skripsi tentang permukiman tepi sungai di Murjani Bawah. Tujuh aspek dan enam "
        "belas kriteria kumuh itu rinciannya apa saja?",
        "kumuh.aspek",
    ),
    ("What criteria are used to decide whether a neighbourhood is a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("nilai kumuh maksimal berapa? kumuh berat mulai skor berapa?", "kumuh.penilaian"),
    ("skor tiap kriteria 0, 1, 3, 5 itu berdasarkan apa?", "kumuh.penilaian"),
    ("Lokasi kami skornya enam puluh dua, berarti kumuh berat kah? 🙏", "kumuh.penilaian"),
    (
        "How is the slum score calculated, and from what score is it called heavy slum?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang itu berapa sampai berapa?", "kumuh.tingkat_sedang_ringan"),
    ("skor 30 masuk kumuh ringan atau sedang?", "kumuh.tingkat_sedang_ringan"),
    (
        "Kalau total nilainya di bawah enam belas masih dihitung kumuh ringan kah?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Dulu sy fasilitator di program kumuh 😅 sekarang lupa. Batas skor kumuh ringan dan "
        "kumuh sedang menurut Permen PUPR 14/2018 berapa ya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    ("beda pemugaran sama peremajaan apa?", "kumuh.pola_penanganan"),
    (
        "Kumuh di atas tanah ilegal di bantaran sungai, penanganannya apa? dipindah kah?",
        "kumuh.pola_penanganan",
    ),
    ("Kumuh ringan di lahan legal biasanya ditangani dengan pola apa?", "kumuh.pola_penanganan"),
    (
        "What are the handling options for slums? I read about pemugaran, peremajaan and "
        "resettlement.",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("berapa total kawasan kumuh di Kalteng?", "kumuh.kalteng"),
    (
        "Saya wartawan, lagi nulis soal kumuh tepi sungai. Luas kumuh se-Kalteng pire hektar ya?",
        "kumuh.kalteng",
    ),
    ("Kabupaten mana yang paling banyak lokasi kumuhnya di Kalteng?", "kumuh.kalteng"),
    ("How many slum locations are there in Central Kalimantan?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan ke provinsi itu isinya apa aja sih?", "usulan.isi"),
    (
        "Kenapa harus isi jumlah KK, status lahan, foto segala? ribet bgt 😅 buat apa aja itu?",
        "usulan.isi",
    ),
    (
        "Sebelum lebaran kami mau mulai siapkan usulkan ke provinsi. Data apa saja yang perlu "
        "dikumpulkan dari awal?",
        "usulan.isi",
    ),
    (
        "Kadis baru tanya ke saya, satu usulan kegiatan ke Disperkimtan itu minimal memuat apa "
        "dan kenapa tiap bagian diminta?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("jenis usulan yang bisa diajukan ke Disperkimtan apa aja?", "usulan.jenis"),
    (
        "Di pilihan jenis usulan ada kumuh, psu, rumah, rtlh, lainnya. En bedanya rumah dan rtlh?",
        "usulan.jenis",
    ),
    ("bisa usulkan jenis lain selain kumuh dan PSU?", "usulan.jenis"),
    (
        "What kinds of proposals can a regency send to the provincial housing agency?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("lokasi usulan harus sampai desa kah atau cukup kecamatan?", "usulan.lokasi"),
    ("Titik GPS wajib kah? sinyal di lokasi lemah bgt 😅", "usulan.lokasi"),
    ("Nama lokasi diisi sesuai apa? kami ada beberapa RT dalam satu kawasan", "usulan.lokasi"),
    (
        "perkotaan atau perdesaan di data lokasi itu maksudnya apa? desa Tumbang Talaken di "
        "Gumas masuk perdesaan kan",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("jumlah KK sama jiwa diisi dua-duanya?", "usulan.penerima_biaya"),
    (
        "Sumber dana usulan boleh diisi kombinasi? APBD prov ditambah APBD kab",
        "usulan.penerima_biaya",
    ),
    (
        "RAB belum jadi, biaya perkiraan boleh diisi kira2 dulu? sekitar dua miliar lima ratus",
        "usulan.penerima_biaya",
    ),
    (
        "Penerima manfaatnya empat puluh KK, seratus enam puluh jiwa, dua belas unit rumah. "
        "Semua angka itu dimasukkan di bagian mana?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan PSU apa aja?", "usulan.kesiapan"),
    (
        "Dokumen kesiapan apa saja yang harus ada biar usulan kami dianggap siap dikerjakan?",
        "usulan.kesiapan",
    ),
    (
        "Usulan jalan lingkungan tiga ratus meter di Bukit Batu, dokumen apa yang wajib "
        "dilampirkan supaya tidak dikembalikan? 🙏🏻",
        "usulan.kesiapan",
    ),
    (
        "Bulan lalu usulan drainase kami kata tim provinsi 'belum siap'. Kesiapan itu dinilai "
        "dari dokumen apa saja?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("status lahan di usulan pilihannya apa saja? kenapa ditanya?", "usulan.lahan"),
    (
        "Lahan jalan masih milik warga, belum dihibahkan ke desa. Usulan tetap bisa masuk kah?",
        "usulan.lahan",
    ),
    (
        "Lahannya belum clean and clear, baru SKT dan belum dicek RTRW. Usulan kami jadi lemah "
        "kah?",
        "usulan.lahan",
    ),
    (
        "Sy site engineer. Di lapangan ternyata tanah rencana drainase masih sengketa ahli "
        "waris. Ini berpengaruh ke usulan ke provinsi?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2019, masih bisa dipakai buat usulan tahun depan?", "usulan.sk_kumuh"),
    (
        "Lokasinya belum masuk SK kumis bupati 😅 kumuh maksudnya. Bisa diusulkan dulu ke "
        "provinsi?",
        "usulan.sk_kumuh",
    ),
    (
        "Di usulan kumuh, nomor dan tanggal SK diisi, terus yang dicek provinsi dari SK itu apa "
        "saja?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    ("DED harus sudah ada waktu usul atau boleh nyusul?", "usulan.dokumen_teknis"),
    ("RAB, RKS, site plan itu wajib semua? 😅😅", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu berapa lembar?", "usulan.dokumen_teknis"),
    (
        "Saya dari konsultan perencana. Dinas minta kami siapkan dokumen teknis untuk usulan "
        "drainase ke provinsi, isinya apa saja standarnya?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah dan O&P itu yang tanda tangan siapa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa harus ada surat pernyataan pemeliharaan? kan yang bangun provinsi",
        "usulan.surat_pernyataan",
    ),
    (
        "Ada contoh isi surat pernyataan hibah & operasi pemeliharaan kah? kami mau siapkan "
        "sebelum akhir bulan",
        "usulan.surat_pernyataan",
    ),
    (
        "Do we have to sign a statement that we accept the asset as a grant and will maintain it?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat bedah rumah dari provinsi apa saja?", "usulan.rtlh"),
    (
        "Warga mau bangun rumah baru di tanah kosong, bisa lewat program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Aku kepala desa di Tumbang Mantuhe. Ada sepuluh rumah warga reyot, tanah cuma SKT. Tau "
        "kah diusulkan ke provinsi?",
        "usulan.rtlh",
    ),
    ("penerima RTLH provinsi ditetapkan lewat apa? SK bupati atau SK gubernur?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "Warga RT kami mau minta jalan lingkungan langsung ke provinsi, bisa kah?",
        "usulan.psu_masyarakat",
    ),
    ("Proposal masyarakat untuk drainase harus diketahui siapa saja? 🙏", "usulan.psu_masyarakat"),
    (
        "Saya camat Jekan Raya. Ada proposal warga minta jaling ke Disperkimtan, perlu tanda "
        "tangan saya juga kah?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can the residents themselves ask the province for a neighbourhood road, without the "
        "regency?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan yang dibangun provinsi di desa kami nanti punya siapa? yang pelihara siapa?",
        "hibah.aset",
    ),
    (
        "Selamat sore, baru selesai rapat anggaran, capek 😅 Titip tanya: BAST hibah jalan dari "
        "provinsi nanti yang tanda tangan dari pihak kabupaten siapa, bupati atau kadis?",
        "hibah.aset",
    ),
    (
        "Aset PSU provinsi yang selesai tahun lalu belum diserahterimakan ke kabupaten, "
        "prosesnya kilen?",
        "hibah.aset",
    ),
    (
        "After the province builds drainage in our district, who owns it and who pays for upkeep?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan provinsi, dananya dari mana lagi?", "pendanaan.saluran_lain"),
    (
        "Kumuh kami cuma tujuh hektar jadi bukan provinsi. Selain APBD kab ada sumber lain kah?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kumuh di kecamatan kami dua puluh hektar, masuknya pusat. Jalur pendanaannya lewat apa "
        "saja?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kami LSM pendamping di Seruyan. Desa mau perbaiki drainase kecil pakai dana desa dan "
        "CSR perusahaan sawit karena provinsi jida bisa. Jalur begitu sah kah?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan tiap tahun gimana dari awal sampai dibangun?", "siklus.tahunan"),
    ("Usulan yang kami kirim tahun ini untuk anggaran tahun berapa?", "siklus.tahunan"),
    (
        "Pak kabid baru pulang diklat, nanya ke saya: siklus usulan ke provinsi itu setahun "
        "tahapannya apa saja? 🙏",
        "siklus.tahunan",
    ),
    (
        "Can you explain the yearly cycle of proposals from the regency up to the province?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("provinsi cek usulan kami dari sisi apa aja?", "siklus.pemeriksaan"),
    (
        "Pagi pak, kemarin ada dua orang dari provinsi datang ke Pulang Pisau foto-foto jalan "
        "yang kami usulkan. Itu bagian dari pemeriksaan usulan ya? memang ada survei lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Usulan kami diperiksa administrasi dulu baru teknis ya? en beda keduanya?",
        "siklus.pemeriksaan",
    ),
    ("How does the province check whether a proposal is acceptable?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("Rakor bidang kawasan permukiman itu tujuannya apa?", "siklus.rakor"),
    (
        "Rakor kawasan permukiman se-Kalteng biasanya diikuti dinas apa saja dari kabupaten?",
        "siklus.rakor",
    ),
    ("rakor tiap tahun bulannya beda-beda ya? tahun kemarin kapan dan dimana?", "siklus.rakor"),
    (
        "Wartawan nih 🙏 sebenarnya apa yang dibahas di Rakor dan Sinkronisasi Kawasan "
        "Permukiman tiap tahun? cuma seremonial kah?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk ke mana? musrenbang dulu?", "siklus.rkpd_apbd"),
    ("Usulan yang disetujui kapan masuk APBD provinsi?", "siklus.rkpd_apbd"),
    (
        "Dari Rakor ke Musrenbang provinsi, lalu RKPD, baru APBD. Urutannya begitu kah? 🙏",
        "siklus.rkpd_apbd",
    ),
    (
        "After a proposal is agreed at the Rakor, when does it actually get money in the "
        "provincial budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("Pokja PKP kabupaten itu tugasnya apa?", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan Pokja PKP apa ya?", "koordinasi.pokja_pkp"),
    (
        "Kabupaten kami belum punya Pokja PKP, perlu dibentuk kah? siapa biasanya ketuanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Kami fasilitator program air minum & sanitasi. Pokja PKP itu forum yang sama dengan "
        "Pokja PPAS/AMPL atau beda?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor Disperkimtan provinsi dimana?", "disperkimtan.kontak"),
    ("Disperkimtan kueh kantornya? aku mau antar berkas besok pagi", "disperkimtan.kontak"),
    ("website resmi Disperkimtan Kalteng apa?", "disperkimtan.kontak"),
    (
        "Where is the office of the provincial housing agency in Palangka Raya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("bot ini bisa perintah apa aja?", "bot.cara_pakai"),
    ("jam di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    (
        "Baru install telegram di hp dinas 😅 cara pakai bot Sinkron ini gimana, ketik apa dulu?",
        "bot.cara_pakai",
    ),
    ("How do I use this bot? Is there a list of commands?", "bot.cara_pakai"),
    # bot.usul
    ("cara kirim usulkan lewat /usul gimana?", "bot.usul"),
    ("Isi form /usul terputus karena sinyal hilang, harus ulang dari awal kah? 😭", "bot.usul"),
    ("Di /usul bisa lampirkan PDF DED dan RAB kah?", "bot.usul"),
    ("Bisa salin usulan tahun lalu biar ga ngetik ulang semua di /usul?", "bot.usul"),
    # bot.status
    ("status 'perlu perbaikan' artinya apa?", "bot.status"),
    ("Usulan kami statusnya dibahas rakor, itu artinya sudah pasti disetujui kah?", "bot.status"),
    ("en arti status verifikasi?", "bot.status"),
    ("What do the different proposal statuses in this bot mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak alasannya bukan kewenangan provinsi, terus harus gimana?",
        "bot.ditolak_dialihkan",
    ),
    ("Dialihkan ke APBD kab maksudnya apa? usulan kami hilang kah?", "bot.ditolak_dialihkan"),
    (
        "Usulan yg ditolak kemarin bisa diajukan lagi tahun depan setelah diperbaiki?",
        "bot.ditolak_dialihkan",
    ),
    ("My proposal was redirected to DAK. What should I do next?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("berapa lama usulan biasanya diverifikasi provinsi?", "bot.tindak_lanjut"),
    ("Sudah seminggu usulan masih 'diajukan' aja, wajar kah? 🙏", "bot.tindak_lanjut"),
    (
        "Standar tindak lanjut bot ini ngikut LAPOR ya? tiga hari kerja itu mengikat dinas kah?",
        "bot.tindak_lanjut",
    ),
    ("How fast should the province respond after we submit a proposal?", "bot.tindak_lanjut"),
    # bot.rapat
    ("saya tidak bisa hadir rapat, boleh diwakilkan staf?", "bot.rapat"),
    ("undangan rapat masuk di bot, konfirmasi hadirnya gimana?", "bot.rapat"),
    ("pengingat rapat dikirim kapan saja?", "bot.rapat"),
    (
        "Kabid kami dinas luar pas rapat, staf yang berangkat perlu didaftarkan di bot kah? "
        "🙏🏻🙏🏻",
        "bot.rapat",
    ),
    # istilah (glossary terms)
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("PKP kepanjangannya apa ya? sering muncul di surat", "istilah.pkp"),
    ("Disperkimtan itu singkatan apa? 'tan' nya apa?", "istilah.disperkimtan"),
    ("What does PSU stand for?", "istilah.psu"),
    ("jaling itu apa pak? di RAB kontraktor ditulis jaling", "istilah.jaling"),
    ("KR itu apa ya di tabel kumuh? 🙏", "istilah.kr"),
    ("KS sama KB di daftar lokasi kumuh artinya apa?", ("istilah.ks", "istilah.kb")),
    ("en arti delineasi?", "istilah.delineasi"),
    ("Delineasi itu istilah apa sih? dosen pembimbing saya nanya 😅", "istilah.delineasi"),
    ("RTLH singkatan dari?", "istilah.rtlh"),
    ("RLH itu apa, lawannya RTLH kah?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa sebenarnya?", "istilah.bedahrumah"),
    ("BSPS kepanjangannya apa ya?", "istilah.bsps"),
    ("MBR itu apa? 🙏", "istilah.mbr"),
    ("What is MBR? I keep seeing it in housing reports.", "istilah.mbr"),
    ("rusunawa itu apa bedanya dengan rusun biasa?", "istilah.rusunawa"),
    ("rusus artinya apa?", "istilah.rusus"),
    ("huntara itu singkatan apa? habis banjir warga disuruh ke huntara", "istilah.huntara"),
    ("DED itu apa ya? 😅", "istilah.ded"),
    ("KAK itu sama dengan TOR kah?", "istilah.kak"),
    ("site plan itu bahasa indonesianya apa?", "istilah.siteplan"),
    ("RC di usulan DAK itu maksudnya apa?", "istilah.rc"),
    ("BAST singkatan dari apa?", "istilah.bast"),
    ("BMD sama BMN bedanya apa? 🙏", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu kepanjangannya apa?", "istilah.op"),
    ("Pokja PPAS itu apa?", "istilah.pokjappas"),
    ("Pokja AMPL kepanjangannya apa ya?", "istilah.pokjaampl"),
    ("RP2KPKP itu dokumen apa? panjang bgt singkatannya 😅", "istilah.rp2kpkp"),
    ("What is KOTAKU? Is it a national programme?", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("Bankeu itu apa pak?", "istilah.bankeu"),
    (
        "Saya staf dewan, masih baru 🙏 pokir yang sering disebut di rapat itu singkatan apa?",
        "istilah.pokir",
    ),
    ("KUA-PPAS itu apa sih?", "istilah.kuappas"),
    ("SIPD singkatan apa?", "istilah.sipd"),
    ("Bapperida itu dinas apa?", "istilah.bapperida"),
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("SPALD itu kepanjangan dari apa ya?", "istilah.spald"),
    ("PBG itu pengganti IMB kah? singkatan apa?", "istilah.pbg"),
    ("backlog perumahan itu artinya apa?", "istilah.backlog"),
    ("LAPOR! itu apa? 🤔", "istilah.lapor"),
    ("RDTR itu apa bedanya sama RTRW?", ("istilah.rdtr", "istilah.rtrw")),
]
