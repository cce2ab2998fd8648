"""Training table P1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half quote something first and then ask (a line forwarded from a WhatsApp group, a
sentence of a letter, circular or regulation, a meeting note); half start from a concrete
number or date of the officer's own work (an area, a score, a cost, a count of houses, the year
an SK was signed) and ask what it means for them. About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_P1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Di grup WA Perkim ada yang nulis: 'urusan perkim itu dibagi tiga, pusat, prov, "
        "kab/kota'. Bisa dijelaskan pembagiannya secara garis besar?",
        "kewenangan.ringkasan",
    ),
    (
        "Waktu rapat di Bappeda Kapuas pimpinan bilang 'cek dulu lampiran D UU 23/2014'. "
        "Isinya soal perumahan dan permukiman itu apa saja?",
        "kewenangan.ringkasan",
    ),
    (
        "Di Renja 2026 kami ada 6 kegiatan perkim. Gimana cara tau mana yg kewenangan "
        "kabupaten, mana provinsi, mana pusat secara umum?",
        "kewenangan.ringkasan",
    ),
    (
        "Our Bupati's 2025 letter says 'sesuai pembagian kewenangan UU 23/2014'. Could you "
        "give me the overall split between centre, province and regency for housing?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Dalam surat edaran Sekda tertulis 'perumahan rakyat dan kawasan permukiman "
        "merupakan urusan wajib pelayanan dasar'. Apa artinya buat dinas kami?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Di notulen rapat TAPD dicatat 'PKP bukan urusan pilihan'. Betul begitu? Dasar "
        "pasalnya yang mana?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Anggaran perkim kami 2025 cuma sekitar 2% dari APBD. Kalau perumahan itu urusan "
        "wajib pelayanan dasar, apakah seharusnya diprioritaskan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Di draf LKPJ 2024, perumahan ditaruh di kolom 'wajib pelayanan dasar', bukan "
        "'wajib non pelayanan dasar'. Kenapa begitu?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Di grup WA ada info: 'kumuh 10 sampai 15 hektare itu provinsi'. Jadi yang di "
        "bawah 10 ha siapa yang tangani?",
        "kewenangan.kumuh",
    ),
    (
        "Lokasi kumuh kami di Kel. Mentawa Baru Hilir luasnya 12,4 ha. Itu jadi kewenangan siapa?",
        "kewenangan.kumuh",
    ),
    (
        "Kawasan kumuh di Desa Kubu, Kec. Kumai tercatat 7,8 ha. Bisa diusulkan ke "
        "provinsi atau harus ditangani kabupaten sendiri?",
        "kewenangan.kumuh",
    ),
    (
        "Pak Kabid bilang di rapat: 'yang pas 10 hektare itu masih punya kabupaten'. Betul tidak?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Menurut berita online, 'kawasan kumuh di atas 15 hektare ditangani kementerian'. "
        "Kalau kawasan kami persis 15,0 ha gimana?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kawasan kumuh tepian sungai di Kuala Kapuas tercatat 32 ha di SK. Siapa yang "
        "berwenang menanganinya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Our SK lists a 22 ha riverside slum in Sampit. Since it's over 15 ha, is that the "
        "central government's job, and is that wording official?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Surat balasan dari Balai menyebut 'kawasan dengan luas 15 ha atau lebih menjadi "
        "kewenangan Pemerintah Pusat'. Berarti provinsi sama sekali tdk bisa bantu?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Di nomenklatur SIPD kami ada kegiatan 'Pencegahan Perumahan dan Kawasan "
        "Permukiman Kumuh pada Daerah Kabupaten/Kota'. Provinsi juga punya kegiatan "
        "pencegahan tidak?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Ada yang bilang di grup dinas: 'pencegahan kumuh bisa minta dana provinsi'. Benar gak?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Tahun 2026 kami mau mencegah 3 permukiman baru di Pulang Pisau supaya tidak jadi "
        "kumuh. Itu tugas siapa sebenarnya?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Ada 5 kawasan di kabupaten kami yang rawan jadi kumuh tapi belum masuk SK. "
        "Pencegahannya tanggung jawab kami atau provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Di lampiran UU 23/2014 ada 'sub-urusan perumahan'. Apa saja bagian provinsi di "
        "sub-urusan itu?",
        "kewenangan.perumahan",
    ),
    (
        "Kode program 1.04.02 Pengembangan Perumahan muncul di DPA provinsi dan juga di "
        "DPA kami. Bedanya kewenangan masing2 apa?",
        "kewenangan.perumahan",
    ),
    (
        "Notulen rapat Bappeda: 'perumahan itu sepenuhnya urusan kabupaten'. Apa provinsi "
        "memang tidak punya kewenangan di sub-urusan perumahan?",
        "kewenangan.perumahan",
    ),
    (
        "Tahun 2025 kami menganggarkan 3 sub kegiatan perumahan. Dalam sub-urusan "
        "perumahan, mana yang bagian kab/kota dan mana yang bagian prov?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Di grup WA: 'rumah untuk MBR itu urusan pusat, bukan daerah'. Betul begitu?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Warga MBR di Kec. Jekan Raya yang belum punya rumah ada sekitar 300 KK. "
        "Penyediaan rumah MBR itu kewenangan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pembangunan rusun 2 tower di Palangka Raya dikerjakan kementerian. Apakah rusun "
        "dan pembiayaan perumahan memang urusan pemerintah pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "A consultant told us 'housing finance for low-income families is a central "
        "matter'. What exactly is the central government's role in housing?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir Januari 2025 merusak 65 rumah di Desa Tumbang Magin, Seruyan, statusnya "
        "bencana kabupaten. Siapa yang wajib menyediakan rumahnya?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ada surat Gubernur menetapkan 'status tanggap darurat bencana provinsi'. Apakah "
        "rehab rumah korbannya otomatis jadi tugas provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Program provinsi akan memindahkan 28 KK dari bantaran sungai di Pulang Pisau. "
        "Siapa yang harus memfasilitasi rumah untuk mereka?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Proyek jalan kabupaten akan merelokasi 50 KK. Siapa yang wajib menyediakan rumah "
        "baru mereka: kabupaten, provinsi, atau pusat?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pengembang minta izin pembangunan dan pengembangan perumahan untuk 120 unit di "
        "Kec. Baamang. Izinnya dikeluarkan provinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    (
        "Di WA beredar: 'SKBG rusun sekarang diurus di provinsi'. Benar begitu?",
        "kewenangan.izin",
    ),
    (
        "Ada permohonan izin pengembangan kawasan permukiman seluas 25 ha di Kasongan. "
        "Siapa yang berwenang menerbitkan izinnya?",
        "kewenangan.izin",
    ),
    (
        "A developer's letter says 'mohon diterbitkan SKBG' for their rusun units. Is "
        "issuing SKBG the province's job or ours?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Dalam lampiran D UU 23/2014 ada 'sub-urusan kawasan permukiman'. Isinya apa saja "
        "untuk tiap tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Narasumber Rakor bilang 'penetapan sistem kawasan permukiman itu pusat'. Lalu "
        "provinsi dan kabupaten kebagian apa di sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Program 1.04.03 Kawasan Permukiman di DPA kami 2025 nilainya Rp 1,2 M. Di "
        "program itu, apa saja kewenangan kabupaten dibanding provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Renstra 2026–2031 kami punya bab sub-urusan kawasan permukiman. Tugas pusat, "
        "provinsi dan kabupaten di situ apa saja?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Di surat Disperkimtan tertulis 'provinsi menangani PSU permukiman sedangkan "
        "kabupaten/kota menangani PSU perumahan'. Bedanya apa?",
        "kewenangan.psu",
    ),
    (
        "Jalan di perumahan subsidi 150 unit di Sampit rusak, pengembangnya sudah tidak "
        "ada. PSU perumahan begitu kewenangan siapa?",
        "kewenangan.psu",
    ),
    (
        "Kami mau usul drainase 800 m di kompleks perumahan developer di Jekan Raya. Itu "
        "masuk PSU perumahan atau PSU permukiman?",
        "kewenangan.psu",
    ),
    (
        "Perumahan 80 unit di Muara Teweh butuh drainase dan lampu jalan. Itu PSU "
        "provinsi atau PSU kabupaten?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Di grup WA: 'provinsi hanya bangun jaling dan drainase'. Apa benar PSU yang "
        "dibangun Disperkimtan cuma itu?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kami ingin usul jalan 1,5 km di pinggir ruas jalan provinsi dekat Kuala Kurun. "
        "Bisa masuk PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Desa kami di Kec. Dusun Timur itu perdesaan, bukan kota. Apakah provinsi mau "
        "bangun jalan lingkungan 600 m di desa?",
        "psu.lingkup_provinsi",
    ),
    (
        "Besides neighbourhood roads and drains, could we propose a 20 m footbridge or "
        "street lighting as provincial PSU?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Di nomenklatur tertulis 'sertifikasi dan registrasi bagi orang atau badan hukum "
        "yang melaksanakan perancangan rumah ... tingkat kemampuan kecil'. Itu tugas "
        "siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Ada 12 konsultan perencana rumah di Kotim minta registrasi. Sertifikatnya "
        "diterbitkan kabupaten atau provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Perusahaan perencana PSU kualifikasi menengah, berdiri 2019, tanya soal "
        "sertifikasi. Apakah mereka harus ke provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan kualifikasi besar (3 proyek rusun) tanya ke mana sertifikasi dan registrasi "
        "perancang rumah dan PSU: pusat, provinsi, atau kami?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Dalam PP 2/2018 Pasal 8 disebut SPM perumahan rakyat. Isi SPM perumahan untuk "
        "provinsi dan kabupaten itu apa saja?",
        "kewenangan.spm",
    ),
    (
        "Capaian SPM perumahan kami tahun 2024 cuma 60%. Targetnya sebenarnya berapa dan "
        "indikatornya apa?",
        "kewenangan.spm",
    ),
    (
        "Inspektorat menulis di LHP: 'SPM bidang perumahan rakyat belum dilaporkan'. SPM "
        "perumahan itu mencakup layanan apa?",
        "kewenangan.spm",
    ),
    (
        "Laporan SPM 2025 kami mencatat 35 KK terkena relokasi program kabupaten. Itu "
        "indikator SPM siapa, dan targetnya berapa?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Camat bilang 'luas desanya kan 300 ha, jadi kumuhnya masuk pusat'. Apa luas yang "
        "dihitung itu luas desa?",
        "kumuh.luas_delineasi",
    ),
    (
        "Desa kami luasnya 2.400 ha, tapi yang didelineasi di SK kumuh hanya 11 ha. Angka "
        "mana yang dipakai untuk menentukan kewenangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "Di SK kumuh 2020 kawasan kami 75 ha (skala kawasan), tapi kalau per lingkungan "
        "cuma 12 ha. Yang dihitung yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "The village map shows 180 ha but the slum decree delineates only 13.5 ha. Which "
        "figure decides who handles it?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Di surat Bappeda tertulis 'lokasi kumuh ditetapkan dengan Keputusan Gubernur'. "
        "Benar yang menetapkan Gubernur?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh Kabupaten Katingan ditandatangani tahun 2019. Sekarang sudah wajib "
        "ditinjau ulang belum?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami memuat 9 lokasi tapi tidak ada peta sebarannya. Apa saja yang "
        "seharusnya ada dalam SK penetapan lokasi kumuh?",
        "kumuh.penetapan",
    ),
    (
        "Our slum decree was signed in March 2018. How often must it be reviewed, and who "
        "signs the new one?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Form penilaian kumuh dari konsultan menyebut '7 aspek'. Aspek apa saja itu?",
        "kumuh.aspek",
    ),
    (
        "Di lokasi kami 70% rumah belum punya akses air minum aman. Air minum itu "
        "termasuk aspek penilaian kumuh? Aspek lainnya apa saja?",
        "kumuh.aspek",
    ),
    (
        "Di catatan survei tertulis 'aspek proteksi kebakaran: tidak tersedia'. Kenapa "
        "kebakaran masuk kriteria kumuh, dan apa aspek yang lain?",
        "kumuh.aspek",
    ),
    (
        "Lembar skoring kami memuat 16 kriteria. Ke-16 kriteria itu dikelompokkan ke "
        "dalam aspek apa saja?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Hasil skoring kumuh Kelurahan Ketapang totalnya 64. Berarti tingkatnya apa?",
        "kumuh.penilaian",
    ),
    (
        "Konsultan menulis 'nilai maksimal 80, 60 ke atas kumuh berat'. Skor 0/1/3/5 per "
        "kriteria itu dihitung dari apa?",
        "kumuh.penilaian",
    ),
    (
        "Satu kriteria kondisinya mengenai 55% luas lokasi. Skornya berapa, dan total "
        "berapa baru disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Our assessment came out at 61 out of 80. Does that count as a heavy slum?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor kekumuhan kawasan kami 42. Masuk kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Nilai kekumuhan lokasi di Kelurahan Panamas cuma 20. Itu termasuk kumuh ringan ya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Di data baseline tertulis 'KS: 38–59, KR: 16–37'. Rentang itu resmi dari "
        "peraturan atau bukan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Satu lokasi dapat skor 30 di checklist. Itu ringan atau sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Dalam RP2KPKP kami tertulis 'pola penanganan: peremajaan'. Apa bedanya dengan pemugaran?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kawasan kumuh sedang 12 ha ini di atas tanah ilegal di bantaran sungai. Pola "
        "penanganannya yang cocok apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Lokasi kumuh ringan skor 25, lahannya bersertifikat semua. Penanganannya "
        "pemugaran, peremajaan atau pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "The minutes say 'pemukiman kembali untuk permukiman tepi sungai'. When is "
        "resettlement chosen over upgrading on site?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Kepala Dinas pernah bilang 'ada 111 kawasan kumuh di Kalteng'. Totalnya berapa "
        "hektare, dan kabupaten mana yang paling banyak?",
        "kumuh.kalteng",
    ),
    (
        "Kapuas katanya punya 27 lokasi kumuh. Berapa jumlah lokasi kumuh se-Kalteng semuanya?",
        "kumuh.kalteng",
    ),
    (
        "Di berita April 2024: 'provinsi menangani kumuh 10–15 ha di Palangka Raya dan "
        "Kotim'. Gambaran kawasan kumuh di Kalteng umumnya seperti apa?",
        "kumuh.kalteng",
    ),
    (
        "For our 2026 presentation: how many hectares of slums does Central Kalimantan "
        "have in total?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Di surat undangan tertulis 'usulan kegiatan agar dilengkapi data pendukung'. Apa "
        "saja isi usulan yang diminta provinsi?",
        "usulan.isi",
    ),
    (
        "Tahun ini kami siapkan 5 usulan untuk TA 2027. Informasi apa saja yang harus ada "
        "di tiap usulan, dan kenapa diminta?",
        "usulan.isi",
    ),
    (
        "Di form usulan ada tulisan 'pilih minimal 1 sektor'. Kenapa usulan perlu diberi "
        "sektor seperti air minum, sanitasi, persampahan?",
        "usulan.isi",
    ),
    (
        "Tahun lalu 2 usulan kami dikembalikan karena nomor HP dan jabatan pengusul "
        "kosong. Kenapa data itu perlu ada di usulan?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Di form usulan ada pilihan 'kumuh, PSU, rumah, RTLH, lainnya'. Masing-masing "
        "maksudnya apa?",
        "usulan.jenis",
    ),
    (
        "Kami punya 4 rencana: drainase, rumah korban kebakaran, RTLH, dan taman kota. "
        "Jenis usulan apa saja yang bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        "Bisa tidak mengusulkan rumah untuk 15 KK korban longsor yang ditetapkan bencana "
        "provinsi? Masuk jenis usulan apa?",
        "usulan.jenis",
    ),
    (
        "Our Kadis wrote in a memo 'hanya yang sesuai kewenangan provinsi'. What kinds of "
        "proposals can we actually send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Lokasinya di RT 03 Kel. Tumbang Tahai, Kec. Bukit Batu. Data lokasi apa lagi yang "
        "perlu diisi selain kecamatan dan kelurahan?",
        "usulan.lokasi",
    ),
    (
        "Di petunjuk pengisian tertulis 'nama lokasi sesuai SK kumuh'. Maksudnya nama yang mana?",
        "usulan.lokasi",
    ),
    (
        "Titik koordinat lokasi kami -2,21 dan 113,92. Koordinat GPS itu wajib dicantumkan "
        "di usulan?",
        "usulan.lokasi",
    ),
    (
        "The form asks 'perkotaan atau perdesaan'. Why does that matter, and what other "
        "location details does a proposal need?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Lokasi kami dihuni 120 KK dan 410 jiwa. Dua-duanya perlu diisi? Apa bedanya?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkiraan biaya jalan lingkungan kami Rp 1,5 M. Sumber dana yang bisa dipilih di "
        "usulan apa saja?",
        "usulan.penerima_biaya",
    ),
    (
        "Di template usulan ada kolom 'dana pendamping kabupaten'. Itu wajib diisi?",
        "usulan.penerima_biaya",
    ),
    (
        "RAB kami total Rp 850 juta untuk 60 KK. Bagaimana mengisi penerima manfaat, "
        "biaya dan sumber dananya?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Provinsi minta 'readiness criteria terpenuhi'. Dokumen kesiapan apa saja yang dimaksud?",
        "usulan.kesiapan",
    ),
    (
        "Untuk usulan PSU drainase 900 m kami baru punya RAB dan foto. Dokumen kesiapan "
        "apa lagi yang perlu disiapkan?",
        "usulan.kesiapan",
    ),
    (
        "Di WA: 'tanpa surat Bupati usulan tidak diproses'. Surat Bupati/Wali Kota itu "
        "termasuk dokumen kesiapan?",
        "usulan.kesiapan",
    ),
    (
        "Dokumen kesiapan kami baru 2, DED dan RAB. Apa lagi yang dihitung sebagai "
        "kesiapan untuk usulan PSU?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Di berita acara verifikasi tertulis 'lahan belum clean and clear'. Maksudnya apa "
        "dan apa yang harus kami lengkapi?",
        "usulan.lahan",
    ),
    (
        "Lahan untuk jalan kami 3.000 m² milik desa, belum bersertifikat. Status lahan "
        "begitu memenuhi syarat tidak?",
        "usulan.lahan",
    ),
    (
        "Di trase drainase ada 2 bidang tanah yang masih sengketa waris. Masih bisa diusulkan?",
        "usulan.lahan",
    ),
    (
        "The land for our project only has an SKT from 2012. Does that count as clean and clear?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "SK kumuh kami nomor 188.45/215/2019 tanggal Agustus 2019. Masih bisa dipakai "
        "untuk usulan kumuh tahun 2026?",
        "usulan.sk_kumuh",
    ),
    (
        "Verifikator menulis 'lokasi tidak tercantum dalam SK kumuh'. Apa akibatnya bagi "
        "usulan kami?",
        "usulan.sk_kumuh",
    ),
    (
        "Usulan kumuh kami untuk lokasi 11 ha. Data SK kumuh apa saja yang harus "
        "dicantumkan di usulan?",
        "usulan.sk_kumuh",
    ),
    (
        "Our slum decree is dated 2 January 2022. For a slum proposal, is it still fine, "
        "and what if the site isn't listed in it?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Di daftar kelengkapan tertulis 'DED, RAB, RKS, site plan dan foto kondisi "
        "eksisting'. Semuanya wajib?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi lokasi kami ada 25 lembar. Berapa yang perlu dikirim, dan dokumen "
        "teknis apa lagi yang dilampirkan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Kami belum punya DED untuk jalan 1,2 km. Usulan tetap bisa masuk tanpa DED?",
        "usulan.dokumen_teknis",
    ),
    (
        "The checklist mentions 'RKS'. Do we need an RKS as well as the DED and RAB for a "
        "drainage proposal?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Di format usulan ada 'surat pernyataan kesediaan menerima hibah dan melaksanakan "
        "O&P'. Siapa yang tanda tangan dan buat apa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Jalan yang dibangun provinsi nanti nilainya sekitar Rp 2 M. Kenapa kami harus "
        "buat surat pernyataan siap memelihara sebelum dibangun?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kabag Hukum tanya: 'surat pernyataan O&P itu wajib atau tidak?'. Untuk usulan ke "
        "provinsi perlu dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Do we need a signed statement about accepting the grant and doing operation and "
        "maintenance for our 2027 PSU proposal?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Di WA ada info: 'bedah rumah provinsi bisa untuk bangun rumah baru'. Benar?",
        "usulan.rtlh",
    ),
    (
        "Ada 30 rumah tidak layak huni di Desa Mekar Tani, Mendawai. Syaratnya apa supaya "
        "bisa diusulkan ke program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Satu dari 12 calon penerima RTLH tinggal di tanah pinjaman tetangga. Masih bisa "
        "masuk usulan?",
        "usulan.rtlh",
    ),
    (
        "Who fixes the final list of RTLH beneficiaries? Our 2025 list of 18 names is "
        "still waiting.",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga menyerahkan surat: 'kami mohon pembangunan jalan lingkungan Gang Damai'. "
        "Bisakah masyarakat mengusulkan PSU langsung ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    (
        "Ada petisi dari 45 KK minta drainase. Syarat apa supaya permintaan warga ini "
        "bisa diterima?",
        "usulan.psu_masyarakat",
    ),
    (
        "Surat permintaan jalan dari warga RT 05 cuma ditandatangani Ketua RT. Perlu "
        "diketahui Lurah dan Camat juga?",
        "usulan.psu_masyarakat",
    ),
    (
        "Kelompok warga menyurati kami minta jalan lingkungan 300 m. Apa yang harus "
        "mereka penuhi sebelum bisa dibawa ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Di draf BAST tertulis 'pihak kedua bertanggung jawab atas pemeliharaan'. "
        "Artinya setelah dihibahkan, kabupaten yang memelihara?",
        "hibah.aset",
    ),
    (
        "Drainase 700 m yang dibangun provinsi tahun 2024 di Buntok belum juga diserahkan. "
        "Bagaimana proses hibahnya ke kabupaten?",
        "hibah.aset",
    ),
    (
        "Nilai aset jalan lingkungan dari provinsi Rp 3,2 M. Siapa yang tanda tangan "
        "naskah hibah dan BAST-nya?",
        "hibah.aset",
    ),
    (
        "Aset Pemprov di lokasi kami tercatat 'BMD provinsi' sejak 2023. Harusnya kapan "
        "dicatat jadi aset kabupaten, dan siapa yang merawat?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan kami dijawab 'bukan kewenangan provinsi, silakan cari sumber lain'. Sumber "
        "dana apa saja yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kawasan kumuh 6 ha di Kec. Kumai tidak bisa ke provinsi. Dananya sebaiknya dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kawasan 18 ha di Baamang masuk kewenangan pusat. Saluran pendanaan apa yang bisa "
        "kami tempuh?",
        "pendanaan.saluran_lain",
    ),
    (
        "The Kades wrote 'desa siap berkontribusi' for a 4 ha slum site. Can village funds "
        "or company CSR pay for it instead of the province?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Surat Kadis bilang 'usulan untuk tahun anggaran berikutnya disampaikan tahun "
        "ini'. Siklus usulan tiap tahunnya gimana?",
        "siklus.tahunan",
    ),
    (
        "Kalau kami kirim usulan bulan Maret 2026, itu untuk tahun anggaran berapa?",
        "siklus.tahunan",
    ),
    (
        "Di WA: 'usulan dulu, lalu Rakor, lalu masuk RKPD'. Bisa dijelaskan urutan "
        "lengkapnya dari usulan sampai aset diserahkan?",
        "siklus.tahunan",
    ),
    (
        "We sent 3 proposals in 2025. Can you walk me through the yearly cycle: when are "
        "they checked, discussed and funded?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Di surat provinsi: 'usulan akan diverifikasi secara administrasi dan teknis'. "
        "Apa saja yang dicek?",
        "siklus.pemeriksaan",
    ),
    (
        "Tim provinsi mau survei lokasi kami tanggal 14 Mei. Apa saja yang mereka periksa "
        "di lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Dari 6 usulan kami, 2 dinilai tidak sesuai kewenangan. Bagaimana provinsi "
        "memeriksa usulan, termasuk soal kewenangannya?",
        "siklus.pemeriksaan",
    ),
    (
        "Our Kabid said 'they check administrative, technical and authority'. How exactly "
        "does the province check our proposals?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Di undangan tertulis 'Rakor dan Sinkronisasi Bidang Kawasan Permukiman "
        "se-Kalimantan Tengah'. Rakor itu sebenarnya untuk apa?",
        "siklus.rakor",
    ),
    (
        "Rakor 2024 tanggal 11 September, Rakor 2025 tanggal 18 November. Memang "
        "tanggalnya pindah-pindah tiap tahun?",
        "siklus.rakor",
    ),
    (
        "Tahun lalu kabupaten kami kirim 2 orang ke Rakor. Sebenarnya siapa saja "
        "pesertanya dan apa yang dibahas di sana?",
        "siklus.rakor",
    ),
    (
        "The 2023 Rakor was on 30 October at a hotel. What actually happens at this "
        "yearly meeting?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Notulen Rakor: 'hasil sinkronisasi dibawa ke Musrenbang Provinsi'. Setelah itu "
        "usulan kami masuk ke mana?",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan kami disepakati di Rakor November 2025. Kapan masuk RKPD dan APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan senilai Rp 900 juta sudah masuk RKPD 2026. Apa itu berarti pasti "
        "dianggarkan di APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "After the 18 November Rakor agrees on a proposal, how does it get into the "
        "RKPD and then the provincial budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "SK Bupati tahun 2024 membentuk 'Pokja PKP Kabupaten'. Tugas Pokja PKP itu sebenarnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP kami beranggotakan 15 orang tapi tidak pernah rapat sejak 2022. Apa "
        "peran Pokja PKP dan dasar hukumnya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Di surat Bapperida: 'agar dikoordinasikan melalui Pokja PKP'. Apa hubungannya "
        "Pokja PKP dengan usulan perkim kami?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Our Sekda has chaired the Pokja PKP since 2021. What is that working group "
        "supposed to do?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Di kop surat tertulis 'Jl. D.I. Panjaitan No. 5'. Itu kantor Disperkimtan Provinsi?",
        "disperkimtan.kontak",
    ),
    (
        "Kami mau antar berkas usulan hari Senin jam 09.00. Alamat kantor Disperkimtan "
        "Provinsi di mana?",
        "disperkimtan.kontak",
    ),
    (
        "Tanggal 20 nanti kami ke Palangka Raya. Bagaimana menghubungi Disperkimtan "
        "Provinsi, ada websitenya?",
        "disperkimtan.kontak",
    ),
    (
        "Rekan menulis 'kantornya di bekas RS Kalawa Atei'. Persisnya kantor Disperkimtan "
        "Provinsi di mana?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Teman di grup bilang 'ketik /start dulu di Sinkron'. Setelah itu perintah apa "
        "saja yang bisa saya pakai?",
        "bot.cara_pakai",
    ),
    (
        "Pengingat dari bot tertulis jam 07.00. Itu jam WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "Saya daftar tanggal 3 kemarin dan sudah disetujui. Apa saja yang bisa saya "
        "lakukan di bot ini?",
        "bot.cara_pakai",
    ),
    (
        "I got access to Sinkron on Monday 12 May. How do I use it, and which commands are there?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Di pengumuman tertulis 'usulan disampaikan melalui perintah /usul'. Langkah-"
        "langkahnya bagaimana?",
        "bot.usul",
    ),
    (
        "Saya punya 10 foto dan 2 PDF untuk satu usulan. Bagaimana mengirimnya lewat /usul?",
        "bot.usul",
    ),
    (
        "Saya mau kirim 3 usulan sekaligus lewat /usul. Harus satu per satu atau bisa "
        "sekali jalan?",
        "bot.usul",
    ),
    (
        "My Kabid said 'pakai /usul saja'. What are the steps to submit a proposal "
        "through the bot?",
        "bot.usul",
    ),
    # bot.status
    (
        "Bot bilang status usulan saya 'dibahas di Rakor'. Artinya apa?",
        "bot.status",
    ),
    (
        "Usulan USL-2026-0004 statusnya 'perlu perbaikan'. Maksudnya apa, dan apa yang "
        "harus saya lakukan?",
        "bot.status",
    ),
    (
        "Sudah 2 minggu usulan kami masih 'diajukan'. Status 'diajukan' dengan "
        "'verifikasi' itu bedanya apa?",
        "bot.status",
    ),
    (
        "Satu dari 4 usulan kami berstatus 'dibatalkan'. Apa bedanya 'dibatalkan', "
        "'ditolak' dan 'disetujui'?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami dialihkan dengan catatan 'arahkan ke DAK Tematik PPKT'. Langkah "
        "selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Alasan penolakan tertulis: 'luas 8 ha, bukan kewenangan provinsi'. Bisa diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan USL-2025-0011 ditolak. Bisa minta ditinjau ulang atau harus kirim usulan baru?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was 'dialihkan' to APBD kabupaten on 5 May. What does redirected "
        "mean, and what should we do now?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Di WA: 'provinsi wajib balas usulan dalam 3 hari kerja'. Benar ada aturan itu?",
        "bot.tindak_lanjut",
    ),
    (
        "Usulan kami masuk Kamis lalu, sudah 4 hari kerja belum diverifikasi. Standar "
        "tindak lanjutnya berapa lama?",
        "bot.tindak_lanjut",
    ),
    (
        "Di penjelasan bot ada kalimat 'mengacu pada LAPOR!'. Maksudnya apa untuk tindak "
        "lanjut usulan kami?",
        "bot.tindak_lanjut",
    ),
    (
        "Kami kirim usulan Jumat 7 Maret. Paling lambat kapan provinsi seharusnya menindaklanjuti?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Bot kirim pesan: 'Anda diundang ke Rakor, mohon konfirmasi kehadiran'. Caranya "
        "konfirmasi gimana?",
        "bot.rapat",
    ),
    (
        "Saya tidak bisa hadir rapat tanggal 18 karena dinas luar. Bisa diwakilkan staf lewat bot?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat datang 7 hari dan 1 hari sebelumnya. Itu bisa diatur atau dimatikan?",
        "bot.rapat",
    ),
    (
        "Sinkron mengundang 2 orang dari kantor kami ke rapat. Bagaimana memberi tahu "
        "siapa yang benar-benar hadir?",
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    (
        "Di kop surat dinas kami tertulis 'Dinas Perkim'. Perkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "Surat undangan Rakor 2025 dari 'Disperkimtan'. Disperkimtan kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        "Di notulen tertulis 'usulan PSU 2 paket'. PSU itu maksudnya apa?",
        "istilah.psu",
    ),
    (
        "Di WA ada pesan: 'usulan jaling 750 m sudah masuk'. Jaling itu apa?",
        "istilah.jaling",
    ),
    (
        "RAB kami ada item drainase 400 m. Drainase di sini maksudnya drainase apa?",
        "istilah.drainase",
    ),
    (
        "Di tabel baseline ada kode 'KR' di 5 lokasi. KR itu artinya apa?",
        "istilah.kr",
    ),
    (
        "Lampiran SK menulis 'tingkat kekumuhan: KS'. KS itu singkatan apa?",
        "istilah.ks",
    ),
    (
        "Ada 2 lokasi yang ditandai 'KB' di peta kumuh kami. KB maksudnya apa?",
        "istilah.kb",
    ),
    (
        "Verifikator minta 'lampirkan SK kumuh'. SK kumuh itu surat apa persisnya?",
        "istilah.skkumuh",
    ),
    (
        "Konsultan bilang 'peta delineasi belum final'. Delineasi itu apa?",
        "istilah.delineasi",
    ),
    (
        "Data kami ada 214 unit RTLH. RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "Di laporan tertulis '84 unit RTLH menjadi RLH'. RLH artinya apa?",
        "istilah.rlh",
    ),
    (
        "Warga sering bilang 'bedah rumah'. Istilah itu maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "Desa kami dapat BSPS 20 unit tahun 2024. BSPS itu singkatan dari apa?",
        "istilah.bsps",
    ),
    (
        "Syarat penerima tertulis 'diprioritaskan bagi MBR'. MBR itu apa?",
        "istilah.mbr",
    ),
    (
        "Di Palangka Raya ada rusunawa 2 blok. Rusunawa itu kepanjangannya apa?",
        "istilah.rusunawa",
    ),
    (
        "Pusat menawarkan 'bantuan rusus untuk nelayan'. Rusus itu apa?",
        "istilah.rusus",
    ),
    (
        "Korban banjir 40 KK sekarang tinggal di huntara. Huntara itu apa?",
        "istilah.huntara",
    ),
    (
        "Di surat BPBD tertulis 'pembangunan huntap tahap II'. Huntap maksudnya apa?",
        "istilah.huntap",
    ),
    (
        "Di form ada isian jumlah KK, misalnya 120 KK. KK di situ maksudnya apa?",
        "istilah.kk",
    ),
    (
        "Kolom penerima manfaat minta '... jiwa'. Jiwa itu dihitung per apa?",
        "istilah.jiwa",
    ),
    (
        "Di SK tertulis luasnya 12,5 ha. Ha itu satuan apa, berapa meter persegi?",
        "istilah.ha",
    ),
    (
        "Konsultan minta waktu 2 bulan untuk bikin DED. DED itu singkatan dari apa?",
        "istilah.ded",
    ),
    (
        "Di checklist ada 'RAB'. RAB itu kepanjangannya apa?",
        "istilah.rab",
    ),
    (
        "Pokja pengadaan minta 'RKS sudah ada?'. RKS itu dokumen apa?",
        "istilah.rks",
    ),
    (
        "Bappeda minta KAK untuk kegiatan perencanaan 2026. KAK itu apa?",
        "istilah.kak",
    ),
    (
        "Di daftar kelengkapan tertulis 'site plan'. Site plan itu apa dalam bahasa kita?",
        "istilah.siteplan",
    ),
    (
        "The Balai's email says 'RC belum lengkap'. What does RC stand for?",
        "istilah.rc",
    ),
    (
        "Di surat provinsi tertulis 'BAST akan ditandatangani Desember'. BAST itu apa?",
        "istilah.bast",
    ),
    (
        "Aset jalan Rp 1,8 M katanya akan 'dihibahkan'. Hibah itu artinya apa?",
        "istilah.hibah",
    ),
    (
        "Bagian aset bilang jalan itu 'belum tercatat BMD'. BMD itu apa?",
        "istilah.bmd",
    ),
    (
        "Hibah dari kementerian tahun 2023 dicatat sebagai 'BMN'. BMN itu apa?",
        "istilah.bmn",
    ),
    (
        "Di surat pernyataan ada kata 'O&P'. O&P itu singkatan dari apa?",
        "istilah.op",
    ),
    (
        "Laporan capaian SPM kami harus masuk 31 Januari. SPM itu kepanjangannya apa?",
        "istilah.spm",
    ),
    (
        "Undangan rapat ditujukan ke 'anggota Pokja PKP'. Pokja PKP itu apa?",
        "istilah.pokjapkp",
    ),
    (
        "Di notulen Rakor air minum 2025 ada 'Pokja PPAS'. Itu kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        "An old 2015 SK mentions 'Pokja AMPL'. What does AMPL stand for?",
        "istilah.pokjaampl",
    ),
    (
        "Dokumen RP3KP kami disusun tahun 2017 untuk 20 tahun. RP3KP itu apa?",
        "istilah.rp3kp",
    ),
    (
        "Di checklist DAK ada 'RP2KPKP'. Itu singkatan dari apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Our kelurahan got KOTAKU funds back in 2018. What does KOTAKU mean?",
        "istilah.kotaku",
    ),
]
