"""Training table C for the Sinkron matcher (written 2026-12-04; never a held-out table).

It arrived as round 13 of tuning ended and was learned in round 14, after measuring it
two-fold (bench/asked.py --folds): +3 right, no change in confident wrong.

Written on 2026-12-04. The writer had not seen the knowledge base or any other question table;
they read only the topic list (ids and titles) and the domain briefs (docs/domain.md,
shared DOMAIN.md, DOMAIN-RESEARCH.md), plus the wilayah CSV for place names.

Style emphasis of this round: long messages with the background first (who is writing, which
regency and kecamatan, what happened), then the question; sometimes two questions in one
message, labelled by the main one. Scenario questions carry concrete numbers, years (2025-2028)
and place names taken from the wilayah CSV. Some questions correct a wrong assumption ("kan
semua ... ke provinsi ya?"). About a quarter are officers writing in Banjar-flavoured chat
("kaya apa", "kah", "ulun", "pian", "handak", "kada"), about a quarter are formal letter-style
Indonesian ("Dengan hormat, ..."), and about one in eight is fully in English written by a
non-native speaker. Questions are spread over ALL topic ids, at least two per topic and more for
the common ones (authority, slums, proposal contents, the yearly cycle, readiness, funding).

Areas: "kabkota" under 10 ha, "provinsi" 10 ha up to but not including 15 ha, "pusat" 15 ha
and above (exactly 10 is provinsi, exactly 15 is pusat; 1 ha = 10.000 m2).

This is a training set: its questions teach the bot's matcher how officers ask.
"""

ROUNDTC_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Ulun staf baru di Dinas Perkim Barito Utara, baru dipindah dari Dinas Pendidikan bulan "
        "tadi. Kabid manyuruh ulun baajar dulu pembagian urusan perkim. Kaya apa pembagian tugas "
        "pusat, provinsi lawan kabupaten di bidang perumahan dan kawasan permukiman tu?",
        "kewenangan.ringkasan",
    ),
    (
        "Dengan hormat, kami dari Sekretariat Dinas Perumahan dan Kawasan Permukiman Kabupaten "
        "Lamandau sedang menyusun bahan paparan untuk Bapak Bupati. Mohon penjelasan ringkas "
        "mengenai pembagian kewenangan antara Pemerintah Pusat, Provinsi, dan Kabupaten/Kota di "
        "bidang perumahan rakyat dan kawasan permukiman beserta dasar hukumnya.",
        "kewenangan.ringkasan",
    ),
    (
        "Hello, I am new staff in Perkim office of Kotawaringin Barat, Pangkalan Bun. My boss ask "
        "me to make one table which level of government is responsible for what in housing and "
        "settlement. Can you explain the division between central, province and regency?",
        "kewenangan.ringkasan",
    ),
    (
        "Kami di Kapuas selama ini mengira semua urusan perumahan dan permukiman ujungnya ke "
        "provinsi, kan semua ke provinsi ya? Atau sebenarnya ada pembagian yang jelas antara "
        "pusat, provinsi dan kabupaten? Dasarnya undang-undang apa?",
        "kewenangan.ringkasan",
    ),
    (
        "Saya lagi menyusun Renstra Dinas Perkim Pulang Pisau 2026-2031 dan perlu mengutip "
        "lampiran UU 23/2014 huruf D. Sub-urusan apa saja yang ada di bidang perumahan rakyat dan "
        "kawasan permukiman dan siapa yang pegang masing-masing?",
        "kewenangan.ringkasan",
    ),
    (
        "Pak, di rapat internal Perkim Gumas tadi ada debat: ada yang bilang provinsi cuma "
        "mengurus PSU, ada yang bilang provinsi juga mengurus kumuh dan rumah korban bencana. "
        "Sebenarnya apa saja kewenangan provinsi di bidang PKP secara keseluruhan?",
        "kewenangan.ringkasan",
    ),
    (
        "Pian, ulun diminta Sekda Murung Raya maulah ringkasan siapa maurus napa di bidang "
        "perumahan rakyat. Kawa kah pian jelaskan singkat haja, pusat napa, provinsi napa, "
        "kabupaten napa?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Di rapat Banggar DPRD Seruyan kemarin ada anggota dewan yang bilang anggaran perkim "
        "boleh dipangkas karena itu urusan pilihan. Bukannya perumahan rakyat dan kawasan "
        "permukiman itu urusan wajib pelayanan dasar? Pasal berapa di UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Pian, ulun handak batakun, perumahan lawan kawasan permukiman tu masuk urusan wajib kah "
        "urusan pilihan? Bagian perencanaan di Bapperida Murung Raya minta dasar hukumnya.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing and settlement area a mandatory affair for regional government or only "
        "optional affair? Our planning team in Barito Timur need the article number for the Renja "
        "2027.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Dengan hormat, dalam rangka penyusunan RPJMD Kabupaten Katingan, kami mohon konfirmasi "
        "apakah urusan perumahan rakyat dan kawasan permukiman tergolong urusan pemerintahan "
        "wajib yang berkaitan dengan pelayanan dasar, beserta rujukan pasalnya.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kami dari Disperkim Kotawaringin Timur. Di Kecamatan Baamang, Kelurahan Baamang Hilir, "
        "ada kawasan kumuh tepi Sungai Mentaya yang di SK kumuh luasnya 12,4 ha. Untuk TA 2027 "
        "penanganannya jadi tanggung jawab siapa, kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Berapa sebenarnya batas luas kawasan kumuh yang jadi kewenangan kabupaten, provinsi, dan "
        "pusat? Tolong kutip bunyi aturannya, soalnya di berita tulisannya beda-beda, ada yang "
        "tulis 10-15 hektare, ada yang di atas 10 hektare.",
        "kewenangan.kumuh",
    ),
    (
        "Ulun dari Perkim Kapuas. Kawasan kumuh di Selat Hilir tu luasnya pas 10 hektar, kaya "
        "apa, itu masuk kabupaten kah provinsi? Kawan ulun bilang 10 ha masih kabupaten.",
        "kewenangan.kumuh",
    ),
    (
        "Dulu pejabat kami di Kuala Kapuas pernah bilang 5 sampai 10 hektare itu kabupaten, di "
        "atas 10 hektare provinsi dan kementerian. Benar begitu? Kan semua yang di atas 10 ha ke "
        "provinsi ya?",
        "kewenangan.kumuh",
    ),
    (
        "We have slum area 14.8 hectares in Kecamatan Pahandut, Palangka Raya, according our SK. "
        "Is this still province authority or already central? Because it is almost 15.",
        "kewenangan.kumuh",
    ),
    (
        "Dengan hormat, sehubungan dengan penyusunan usulan kegiatan TA 2028, kami mohon "
        "penegasan apakah penataan dan peningkatan kualitas kawasan permukiman kumuh seluas 9,7 "
        "ha di Kecamatan Dusun Selatan, Kabupaten Barito Selatan, dapat diusulkan kepada "
        "Pemerintah Provinsi.",
        "kewenangan.kumuh",
    ),
    (
        "Kewenangan kumuh itu ditentukan oleh luas atau oleh tingkat kekumuhannya? Lokasi kami di "
        "Mentawa Baru Hilir cuma 6 ha tapi kumuh berat, skornya 64. Apakah karena kumuh berat "
        "bisa diambil provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Kawasan kumuh 11 ha di Kecamatan Kahayan Hilir, Pulang Pisau tu siapa nang harus "
        "manangani? Ulun kada yakin provinsi kah kabupaten, soalnya tahun 2025 kami sudah usul ka "
        "provinsi tapi kada jadi.",
        "kewenangan.kumuh",
    ),
    (
        "Dalam SK kumuh Kotim ada tiga lokasi: 4 ha di Ketapang, 11 ha di Baamang Tengah dan 17 "
        "ha di Mentawa Baru Hulu. Masing-masing jadi kewenangan siapa? Saya mau petakan untuk "
        "rencana 2026-2028.",
        "kewenangan.kumuh",
    ),
    (
        "Apakah benar kumuh yang luasnya persis 15 ha masih provinsi? Soalnya di sambutan pejabat "
        "bunyinya 10 sampai 15 hektare, jadi 15 kan masih termasuk?",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "Di Bukit Tunggal, Jekan Raya ada kawasan kumuh 13,2 ha yang rencananya kami usulkan "
        "2027. Sebelum repot siapkan DED, saya mau pastikan dulu: ini memang kewenangan provinsi "
        "atau kota?",
        "kewenangan.kumuh",
    ),
    (
        "Bapak, kalau kumuhnya di bawah 10 hektare, apakah provinsi sama sekali tidak boleh ikut "
        "menangani? Kami di Sukamara cuma punya lokasi-lokasi kecil 3 sampai 8 ha.",
        "kewenangan.kumuh",
    ),
    (
        "Dengan hormat, kami dari Dinas Perkim Kabupaten Barito Utara. Berdasarkan Keputusan "
        "Bupati tahun 2024, lokasi kumuh Kelurahan Melayu, Kecamatan Teweh Tengah, tercatat "
        "seluas 10,6 hektare. Mohon penegasan tingkat pemerintahan yang berwenang menanganinya "
        "pada TA 2027.",
        "kewenangan.kumuh",
    ),
    (
        "Dengan hormat, mohon penjelasan apakah tingkat kekumuhan berat pada lokasi seluas 8 "
        "hektare di Kecamatan Arut Selatan dapat menjadi dasar pengalihan kewenangan penanganan "
        "kepada Pemerintah Provinsi.",
        "kewenangan.kumuh",
    ),
    (
        "Sir, our slum location in Kecamatan Dusun Timur is 12,5 ha by the Bupati decree of 2023. "
        "We plan proposal for 2028. Is it the job of province, yes or no?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Lokasi kumuh di Kelurahan Mentawa Baru Hulu, Sampit luasnya 23 ha menurut SK 2024. "
        "Karena sudah di atas 15 ha, siapa yang menangani? Apakah provinsi masih bisa ambil "
        "sebagian?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kami dengar kawasan kumuh 15 ha ke atas itu urusan pemerintah pusat. Itu dasar hukumnya "
        "sudah pasti atau masih belum terkonfirmasi? Saya perlu kutip di dokumen RP2KPKP Barito "
        "Selatan.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "If slum area more than 15 ha, like our location in Kuala Kapuas which is 31 hectares, "
        "province can not handle it? Who is responsible then, the ministry?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kawasan kumuh ulun di Puruk Cahu 18 hektar, kada kawa lah provinsi nang manangani? Pusat "
        "kah nang baurusan?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Dengan hormat, mohon informasi mengenai kewenangan penanganan kawasan permukiman kumuh "
        "dengan luas lima belas hektare atau lebih, termasuk rumusan ketentuannya, sebagai bahan "
        "telaahan staf Dinas Perkim Kabupaten Katingan.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kelurahan Murjani Bawah di Pahandut luas kumuhnya sekitar 31 ha. Kata teman di kota itu "
        "pusat. Jadi untuk lokasi sebesar itu kewenangannya memang di kementerian ya, bukan "
        "Pemkot Palangka Raya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Dengan hormat, lokasi kumuh Kelurahan Selat Hulu, Kabupaten Kapuas, tercatat 132,25 "
        "hektare dalam revisi SK tahun 2021. Mohon penjelasan tingkat pemerintahan yang berwenang "
        "atas lokasi seluas tersebut.",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Kami mau bikin program pencegahan kumuh di perumahan-perumahan baru di Kecamatan Jekan "
        "Raya supaya tidak tumbuh kumuh baru. Ini boleh diusulkan ke provinsi atau memang tugas "
        "kota sendiri?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Pencegahan kumuh tu kewenangan siapa kah? Provinsi ada jua kah bagiannya? Ulun dari "
        "Perkim Bartim handak masukakan di Renja 2027.",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kan pencegahan kumuh juga dibagi per luasan seperti peningkatan kualitas ya? Jadi "
        "pencegahan di lokasi 10-15 ha itu juga provinsi yang pegang?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Who is responsible for slum prevention program? Province or regency? We want to avoid "
        "new slum in Pangkalan Bun.",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Dengan hormat, Pemerintah Kabupaten Pulang Pisau berencana melaksanakan kegiatan "
        "pencegahan tumbuhnya perumahan kumuh di Kecamatan Maliku pada TA 2027. Mohon penjelasan "
        "apakah kegiatan tersebut dapat diusulkan untuk dibiayai Pemerintah Provinsi.",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Apa saja kewenangan kabupaten di sub-urusan perumahan? Saya dari Gunung Mas, diminta "
        "Kabid menyusun daftar kegiatan perumahan yang memang tugas kabupaten untuk Renja 2027.",
        "kewenangan.perumahan",
    ),
    (
        "Dengan hormat, bersama ini kami mohon penjelasan pembagian kewenangan sub-urusan "
        "perumahan antara provinsi dan kabupaten/kota, khususnya kegiatan apa saja yang menjadi "
        "tugas Pemerintah Provinsi Kalimantan Tengah.",
        "kewenangan.perumahan",
    ),
    (
        "In housing sub-affair, what exactly province do and what regency do? I am confuse with "
        "the nomenclature in SIPD, there is pengembangan perumahan in both level.",
        "kewenangan.perumahan",
    ),
    (
        "Kan urusan perumahan semuanya sudah ditarik ke kementerian ya sejak ada Kementerian PKP? "
        "Jadi kabupaten sudah tidak punya kewenangan perumahan lagi?",
        "kewenangan.perumahan",
    ),
    (
        "Ulun handak tahu, di sub-urusan perumahan tu provinsi maurus napa haja? Rumah korban "
        "bencana haja kah atau ada lagi?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Bupati kami ingin membangun rumah untuk MBR, terutama pegawai honorer yang belum punya "
        "rumah, sekitar 200 unit di Kuala Kurun tahun 2027. Itu sebenarnya urusan siapa? Bisa "
        "tidak kami minta ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Rusun gasan MBR tu urusan pusat kah? Ulun handak usul rusun di Pangkalan Bun, kawa kah "
        "lewat provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who is responsible for housing finance system for low income people? Our Bappeda ask "
        "whether regency can make own housing finance program or it is central job.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kan penyediaan rumah untuk masyarakat berpenghasilan rendah itu tugas provinsi ya? Kami "
        "mau usulkan 50 unit rumah MBR di Kecamatan Dusun Timur untuk 2028.",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Bulan Maret 2026 banjir besar di Kecamatan Katingan Hilir, sekitar 45 rumah rusak berat "
        "di Kasongan Lama. Statusnya bencana kabupaten. Siapa yang wajib membangun kembali "
        "rumahnya, bisa kami usulkan ke provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Dengan hormat, terkait rencana relokasi 60 KK warga bantaran sungai di Kelurahan "
        "Pahandut Seberang akibat program penataan sungai Pemerintah Provinsi, kami mohon "
        "penjelasan pihak yang berkewajiban menyediakan rumah bagi warga terdampak.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kebakaran di Muara Teweh minggu tadi, 20 rumah habis. Ulun handak batakun, rumah korban "
        "tu siapa nang manangani, kabupaten kah provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If the flood disaster is declared national disaster, who build the houses for victims, "
        "still province or central government?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kan semua rumah korban bencana di Kalteng itu dibangun provinsi ya? Jadi korban angin "
        "puting beliung di Tamiang Layang kemarin langsung kami usulkan ke provinsi saja?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Pemkab Lamandau mau memindahkan 30 KK dari Desa Guci karena lokasinya kena proyek "
        "kabupaten. Rumah relokasinya jadi tanggungan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Dengan hormat, pascabanjir bulan Januari 2027 yang ditetapkan sebagai bencana tingkat "
        "provinsi, sebanyak 70 rumah di Kecamatan Mantangai mengalami rusak berat. Mohon "
        "penjelasan kewenangan penyediaan dan rehabilitasi rumah korban tersebut.",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Ada pengembang perumahan mau bangun 300 unit di Kecamatan Arut Selatan. Izin pembangunan "
        "perumahannya diterbitkan siapa, kabupaten atau provinsi?",
        "kewenangan.izin",
    ),
    (
        "SKBG tu nang manerbitkan siapa? Ulun kira provinsi, tapi kawan di DPMPTSP Sampit bilang "
        "kabupaten.",
        "kewenangan.izin",
    ),
    (
        "Saya dari Perkim Kotim. Izin pembangunan dan pengembangan kawasan permukiman itu "
        "kewenangan provinsi atau kami sendiri? Ada investor yang tanya.",
        "kewenangan.izin",
    ),
    (
        "Dengan hormat, kami mohon penjelasan tingkat pemerintahan yang berwenang menerbitkan "
        "izin pembangunan dan pengembangan perumahan serta sertifikat kepemilikan bangunan gedung "
        "(SKBG).",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Apa saja isi sub-urusan kawasan permukiman menurut lampiran UU 23/2014, dan bagian mana "
        "yang dipegang provinsi? Saya sedang menyusun peta kegiatan Perkim Barito Utara.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "What is the role of central government in settlement area sub-affair? Somebody in the "
        "workshop said they make the national settlement system.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Dengan hormat, mohon penjelasan kewenangan kabupaten/kota pada sub-urusan kawasan "
        "permukiman, sebagai bahan penyusunan Renja Dinas Perkim Kabupaten Sukamara Tahun 2027.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Sub-urusan kawasan permukiman tu isinya napa haja? Kumuh haja kah ada nang lain?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Jalan di dalam perumahan subsidi di Kelurahan Kalampangan rusak parah, pengembangnya "
        "sudah tidak ada. Warga minta diperbaiki. Ini PSU perumahan atau PSU permukiman, dan "
        "siapa yang berwenang?",
        "kewenangan.psu",
    ),
    (
        "Kan semua PSU itu ke provinsi ya? Jadi drainase di perumahan BTN di Sampit juga bisa "
        "kami usulkan ke Disperkimtan untuk 2027?",
        "kewenangan.psu",
    ),
    (
        "PSU perumahan lawan PSU permukiman tu napa bedanya? Nang mana kewenangan provinsi, nang "
        "mana kabupaten?",
        "kewenangan.psu",
    ),
    (
        "What is the difference between PSU perumahan and PSU permukiman, and which one is "
        "province job and which one regency job?",
        "kewenangan.psu",
    ),
    (
        "Dengan hormat, berkenaan dengan penyusunan usulan TA 2027, kami mohon penjelasan dasar "
        "pembagian kewenangan penyelenggaraan prasarana, sarana dan utilitas umum antara provinsi "
        "dan kabupaten/kota.",
        "kewenangan.psu",
    ),
    (
        "Saya dari Perkim Barito Selatan. Lingkungan permukiman lama di Buntok Kota, bukan "
        "komplek pengembang, drainasenya tidak ada sama sekali. Ini masuk PSU siapa?",
        "kewenangan.psu",
    ),
    (
        "Pengembang di Pangkalan Bun mau menyerahkan PSU perumahannya ke pemerintah. Diserahkan "
        "ke kabupaten atau ke provinsi?",
        "kewenangan.psu",
    ),
    (
        "Dear admin, I am from Perkim Kotawaringin Timur. The drainage inside a developer housing "
        "complex in Baamang is broken, the developer already gone. Can province build it, or this "
        "is regency PSU?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU apa saja yang biasanya dibangun Disperkimtan provinsi? Kami di Kapuas mau usul "
        "jaling dan drainase, tapi juga ada usulan lampu jalan dan taman. Apakah semua bisa?",
        "psu.lingkup_provinsi",
    ),
    (
        "Jalan kabupaten ruas di Tamiang Layang rusak berat, apakah bisa diusulkan sebagai PSU ke "
        "Disperkimtan provinsi? Kan itu juga lewat di permukiman.",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi kawa kah mambangun jalan lingkungan di desa? Ulun dari Kahayan Hilir, usulan "
        "gasan Desa Buntoi, bukan di kota.",
        "psu.lingkup_provinsi",
    ),
    (
        "Does province PSU program only for urban area or also for rural village? We have "
        "proposal for Desa Tumbang Tariak in Gunung Mas.",
        "psu.lingkup_provinsi",
    ),
    (
        "Apakah provinsi hanya membangun PSU di atas aset provinsi? Lahan jalan lingkungan yang "
        "mau kami usulkan di Kecamatan Jelai itu aset Pemkab Sukamara.",
        "psu.lingkup_provinsi",
    ),
    (
        "Dengan hormat, mohon penjelasan ruang lingkup PSU permukiman yang dilaksanakan "
        "Disperkimtan, khususnya apakah pembangunan drainase di sepanjang jalan provinsi termasuk "
        "di dalamnya.",
        "psu.lingkup_provinsi",
    ),
    (
        "Tahun 2028 kami mau usul jalan baru tembus antar desa di Kecamatan Timpah, panjang 3 km. "
        "Apakah ini masuk PSU yang dikerjakan provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Dengan hormat, kami bermaksud mengusulkan pembangunan jalan lingkungan sepanjang 1,2 km "
        "dan drainase 900 meter di Desa Kalampangan, Kecamatan Sabangau, pada TA 2027. Mohon "
        "penjelasan apakah jenis kegiatan tersebut termasuk lingkup PSU permukiman yang "
        "dilaksanakan Disperkimtan.",
        "psu.lingkup_provinsi",
    ),
    (
        "Sir, province can build PSU like street light, park, or only road and drainage? We are "
        "from Barito Selatan and we have many request from villages.",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Ada konsultan perencana kecil di Kasongan yang mau mendaftar sertifikasi sebagai "
        "perancang rumah. Sertifikasi dan registrasinya di kabupaten atau di provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who do the certification and registration for house and PSU designer with medium "
        "capability? Province or central?",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi perencana PSU tingkat kemampuan kecil tu kewenangan siapa kah? Ulun ditakuni "
        "asosiasi konsultan di Muara Teweh.",
        "kewenangan.sertifikasi",
    ),
    (
        "Dengan hormat, mohon penjelasan kewenangan sertifikasi dan registrasi bagi badan usaha "
        "yang melaksanakan perencanaan rumah dan PSU pada masing-masing tingkat kemampuan.",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Kami diminta Bagian Pemerintahan mengisi laporan SPM perumahan rakyat 2025. Jenis "
        "pelayanan dasar apa saja yang jadi tanggung jawab kabupaten, dan target capaiannya "
        "berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Dengan hormat, mohon informasi dasar hukum Standar Pelayanan Minimal bidang perumahan "
        "rakyat beserta jenis pelayanan dasar pada tingkat provinsi.",
        "kewenangan.spm",
    ),
    (
        "SPM housing for province, what is the service type and the target? The SPM report format "
        "from Bangda ask this for Kalteng.",
        "kewenangan.spm",
    ),
    (
        "Kan SPM perumahan itu soal RTLH ya, jadi targetnya semua RTLH di Pulang Pisau harus "
        "tertangani 100%?",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan tu isinya napa? Ulun disuruh Kabid maisi laporan tapi kada paham.",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Kelurahan Baamang Tengah luasnya ratusan hektare, tapi yang ditetapkan kumuh di SK cuma "
        "11 ha. Yang dipakai untuk menentukan kewenangan itu luas kelurahan atau luas yang di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kumuh nang dipakai tu luas desa kah luas delineasi di SK? Ulun bingung, Desa Pulau "
        "Telo tu luas banar tapi nang kumuh sapalih haja.",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh Kotim tahun 2015 pakai skala lingkungan 59,87 ha, SK 2020 pakai skala kawasan "
        "75,87 ha. Untuk usulan 2027, luas yang mana yang jadi dasar kewenangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "For deciding the authority, we use area of whole village or only the slum delineation "
        "area in the Bupati decree?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kalau dua lokasi kumuh bersebelahan di Pahandut, masing-masing 7 ha di SK, boleh "
        "dijumlah jadi 14 ha supaya masuk kewenangan provinsi?",
        "kumuh.luas_delineasi",
    ),
    (
        "Dengan hormat, mohon penjelasan luasan kawasan kumuh yang dijadikan dasar penentuan "
        "kewenangan, apakah luas wilayah administrasi kelurahan atau luas lokasi sebagaimana "
        "tercantum dalam Keputusan Bupati.",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Siapa yang berwenang menetapkan lokasi kumuh? Apakah Gubernur juga bisa menerbitkan SK "
        "kumuh untuk lokasi 10-15 ha di kabupaten kami?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh Kabupaten Katingan terakhir ditetapkan tahun 2019. Sekarang sudah akhir 2026, "
        "apakah wajib direviu? Berapa tahun sekali aturannya?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh tu harus ada lampiran napa haja? Peta kah, daftar lokasi kah? Ulun handak "
        "revisi SK Bupati Barut tahun 2027.",
        "kumuh.penetapan",
    ),
    (
        "Our Bupati decree on slum location is from 2021. How often it must be reviewed, and what "
        "attachment is needed?",
        "kumuh.penetapan",
    ),
    (
        "Dengan hormat, kami mohon penjelasan dasar hukum penetapan lokasi perumahan kumuh dan "
        "permukiman kumuh oleh Bupati/Wali Kota serta ketentuan peninjauan kembalinya.",
        "kumuh.penetapan",
    ),
    (
        "Dengan hormat, Keputusan Bupati Seruyan tentang penetapan lokasi kumuh terakhir "
        "ditetapkan pada tahun 2020. Mohon penjelasan apakah keputusan tersebut perlu ditinjau "
        "kembali sebelum kami mengajukan usulan TA 2028.",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Saya mau survei baseline kumuh di Desa Pulau Telo, Kecamatan Selat. Aspek apa saja yang "
        "dinilai? Katanya ada 7 aspek dan 16 kriteria.",
        "kumuh.aspek",
    ),
    (
        "What are the seven aspects of slum criteria in Permen PUPR 14/2018? I need it for the "
        "questionnaire in Kuala Pembuang.",
        "kumuh.aspek",
    ),
    (
        "Proteksi kebakaran masuk aspek kumuh jua kah? Ulun kira cuma jalan lawan drainase haja.",
        "kumuh.aspek",
    ),
    (
        "Apakah penyediaan air minum termasuk aspek penilaian kumuh? Di format lama tahun 2016 "
        "yang kami pakai kok tidak ada.",
        "kumuh.aspek",
    ),
    (
        "Dengan hormat, dalam rangka pendataan baseline kumuh di Kecamatan Kapuas Hilir, mohon "
        "penjelasan aspek dan kriteria yang digunakan dalam penilaian lokasi kumuh.",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Hasil penilaian lokasi kami di Mendawai Seberang totalnya 62. Itu sudah masuk kumuh "
        "berat? Berapa nilai maksimalnya?",
        "kumuh.penilaian",
    ),
    (
        "Skor per kriteria kumuh itu 0, 1, 3, 5 berdasarkan apa? Persentase luas lokasi yang "
        "terdampak?",
        "kumuh.penilaian",
    ),
    (
        "Nilai kumuh berat tu mulai berapa kah? Lokasi ulun di Tanjung Pinang dapat 58.",
        "kumuh.penilaian",
    ),
    (
        "How to calculate the slum score, the maximum is 80? We got 71 for location in Sampit, is "
        "that heavy slum?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Lokasi di Kelurahan Tumbang Rungan skornya 41. Ini kumuh sedang atau ringan? Rentangnya "
        "berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Kumuh ringan tu skornya barapa sampai barapa? Lokasi ulun di Kecamatan Jelai dapat 22.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Apakah rentang 38-59 untuk kumuh sedang itu sudah pasti dari Permen atau belum "
        "terkonfirmasi? Kami mau kutip di laporan baseline 2027.",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kawasan kumuh sedang di Selat Tengah, lahannya legal bersertifikat. Pola penanganan yang "
        "cocok pemugaran atau peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Warga menempati sempadan sungai di Kumpai Batu Bawah, lahannya tidak legal dan rawan "
        "banjir. Penanganannya seperti apa, harus pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "What is the difference between pemugaran, peremajaan and pemukiman kembali for slum "
        "handling?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kumuh ringan di atas tanah legal tu ditangani kaya apa, pemugaran kah?",
        "kumuh.pola_penanganan",
    ),
    (
        "Dengan hormat, mohon penjelasan pola penanganan yang tepat bagi kawasan kumuh berat di "
        "atas lahan legal di Kelurahan Sawahan, Kecamatan Mentawa Baru Ketapang.",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Untuk latar belakang proposal, berapa jumlah lokasi dan total luas kumuh di Kalimantan "
        "Tengah? Kabupaten mana yang paling banyak?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations in Central Kalimantan and mostly what type of location? For my "
        "presentation in Rakor.",
        "kumuh.kalteng",
    ),
    (
        "Tahun 2024 provinsi sudah manangani kumuh 10-15 hektar di mana haja? Ulun handak jadikan "
        "contoh.",
        "kumuh.kalteng",
    ),
    (
        "Dengan hormat, untuk keperluan latar belakang dokumen RP2KPKP, kami mohon data umum "
        "jumlah dan luas kawasan kumuh di Provinsi Kalimantan Tengah beserta karakteristiknya.",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Saya staf baru di Perkim Lamandau, ditugasi menyusun usulan kegiatan ke provinsi untuk "
        "TA 2027. Data apa saja yang harus saya siapkan di usulan itu?",
        "usulan.isi",
    ),
    (
        "Dengan hormat, dalam rangka penyampaian usulan kegiatan bidang kawasan permukiman "
        "Kabupaten Barito Timur, kami mohon informasi kelengkapan isi usulan yang harus "
        "disampaikan kepada Disperkimtan.",
        "usulan.isi",
    ),
    (
        "Pian, usulan ka provinsi tu isinya napa haja? Kenapa sampai ditakuni sektor segala?",
        "usulan.isi",
    ),
    (
        "What information must be in the proposal? And why the form ask so many thing like KK, "
        "jiwa, sectors?",
        "usulan.isi",
    ),
    (
        "Kenapa di usulan kita diminta memilih sektor seperti air minum, sanitasi, persampahan? "
        "Kan usulan kami di Bereng cuma jalan lingkungan.",
        "usulan.isi",
    ),
    (
        "Kan usulan ke provinsi cukup surat pengantar dan judul kegiatan saja ya, rinciannya "
        "nanti dibahas pas Rakor?",
        "usulan.isi",
    ),
    (
        "Dari isian usulan, mana yang wajib dan mana yang boleh kosong? Misalnya dokumen PDF dan "
        "titik lokasi.",
        "usulan.isi",
    ),
    (
        "Di usulan ada kolom alasan atau justifikasi. Sebaiknya apa yang ditulis di situ supaya "
        "usulan Kecamatan Sepang kami kuat?",
        "usulan.isi",
    ),
    (
        "Dengan hormat, kami mohon penjelasan mengapa usulan kegiatan memuat data penerima "
        "manfaat, status lahan dan dokumen kesiapan, agar kami dapat menjelaskan kepada pimpinan.",
        "usulan.isi",
    ),
    (
        "Dear Sir, we want to send our first proposal for 2027 from Sukamara. What data we must "
        "prepare before start the form? Name, location, cost, or more?",
        "usulan.isi",
    ),
    (
        "Dengan hormat, kami dari Dinas PUPR dan Perkim Kabupaten Murung Raya akan mengusulkan "
        "pembangunan drainase lingkungan di Kelurahan Puruk Cahu untuk TA 2028. Mohon informasi "
        "data apa saja yang perlu kami persiapkan dalam usulan tersebut.",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Jenis usulan apa saja yang bisa kami ajukan ke provinsi? Kami punya rencana kumuh, jalan "
        "lingkungan, bedah rumah, dan rumah korban kebakaran.",
        "usulan.jenis",
    ),
    (
        "Usulan jenis lainnya tu gasan napa? Ulun ada usulan MCK komunal di Jabiren Raya.",
        "usulan.jenis",
    ),
    (
        "Can regency propose RTLH to province or only PSU and slum? What types is available?",
        "usulan.jenis",
    ),
    (
        "Dengan hormat, mohon penjelasan jenis-jenis usulan kegiatan yang dapat diajukan oleh "
        "Dinas Perkim Kabupaten kepada Pemerintah Provinsi melalui bot ini.",
        "usulan.jenis",
    ),
    (
        "Sir, what kind of proposal we can choose in this bot? We want housing for fire victims "
        "in Muara Teweh and also road in village.",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Di data lokasi usulan harus diisi apa saja? Kecamatan, desa, nama lokasi, perkotaan atau "
        "perdesaan, GPS?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi di usulan harus sama persis dengan nama di SK kumuh? Di SK kami tertulis "
        "Kawasan Tepian Mentaya Baamang Hilir.",
        "usulan.lokasi",
    ),
    (
        "Titik GPS tu wajib kah? Di Kecamatan Seribu Riam sinyal kada bagus, ulun kada kawa bagi "
        "lokasi.",
        "usulan.lokasi",
    ),
    (
        "Proposal location ask perkotaan or perdesaan, why it matter? Our location is in Desa "
        "Hanjak Maju, Pulang Pisau.",
        "usulan.lokasi",
    ),
    (
        "Dengan hormat, mohon penjelasan data lokasi yang wajib dicantumkan dalam usulan, "
        "termasuk apakah koordinat GPS harus disertakan untuk lokasi di Desa Tumbang Miwan, "
        "Kecamatan Kurun.",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Di usulan diminta jumlah KK dan jiwa. Lokasi kami di Sei Pasah ada 85 KK, 310 jiwa. "
        "Harus dua-duanya diisi?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang bisa dipilih di usulan apa saja? Kami mau kombinasi APBD Provinsi dan "
        "APBD kabupaten sebagai dana pendamping.",
        "usulan.penerima_biaya",
    ),
    (
        "Biaya usulan tu ditulis perkiraan haja kah? Jalan lingkungan 1,2 km di Bereng kira-kira "
        "1,8 M, kawa kah ditulis kaya itu?",
        "usulan.penerima_biaya",
    ),
    (
        "For RTLH proposal we must fill number of unit also? We have 25 house in Desa Kalawa.",
        "usulan.penerima_biaya",
    ),
    (
        "Dengan hormat, kami mohon informasi apakah Pemerintah Kabupaten perlu mencantumkan dana "
        "pendamping dalam usulan kegiatan, serta pilihan sumber pendanaan yang dapat dicantumkan.",
        "usulan.penerima_biaya",
    ),
    (
        "Usulan drainase kami nilainya 750 juta untuk 40 KK. Apakah biaya per KK berpengaruh, dan "
        "data penerima manfaat apa saja yang perlu kami isi?",
        "usulan.penerima_biaya",
    ),
    (
        "Dear admin, in the proposal for Desa Sumber Mulya we have 60 household and 230 people, "
        "cost is Rp 900 juta. Where I put funding source, and can it be combination?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Dokumen kesiapan apa saja yang perlu dilampirkan supaya usulan PSU kami dianggap siap? "
        "Kami di Barito Timur baru punya RAB.",
        "usulan.kesiapan",
    ),
    (
        "Dengan hormat, mohon informasi readiness criteria yang dipersyaratkan untuk usulan PSU "
        "permukiman TA 2027 dari Kabupaten Kotawaringin Barat.",
        "usulan.kesiapan",
    ),
    (
        "Kesiapan usulan tu napa haja nang dinilai? Ulun baru ada foto lawan site plan gasan "
        "usulan di Kuala Kurun.",
        "usulan.kesiapan",
    ),
    (
        "What is the readiness criteria for proposal? Our team only have DED, not yet RAB, for "
        "drainage in Muara Teweh.",
        "usulan.kesiapan",
    ),
    (
        "Kalau usulan kami belum ada DED dan RAB, apakah tetap bisa dikirim atau langsung gugur?",
        "usulan.kesiapan",
    ),
    (
        "Apakah perlu surat dari Bupati dan berita acara kesepakatan warga untuk usulan jaling di "
        "Desa Mantaren I?",
        "usulan.kesiapan",
    ),
    (
        "Kan kesiapan usulan cuma dinilai dari DED ya? Yang lain-lain tidak terlalu penting?",
        "usulan.kesiapan",
    ),
    (
        "Usulan kumuh 12 ha di Jekan Raya, selain DED, RAB dan lahan, apa ada syarat kesiapan "
        "tambahan khusus untuk usulan kumuh?",
        "usulan.kesiapan",
    ),
    (
        "Dengan hormat, mohon penjelasan dokumen kesiapan yang sebaiknya disiapkan untuk usulan "
        "PSU, mengingat kami berencana mengajukan pembangunan drainase lingkungan di Kecamatan "
        "Dusun Selatan pada TA 2028.",
        "usulan.kesiapan",
    ),
    (
        "Dengan hormat, usulan drainase lingkungan kami di Kelurahan Baru, Kecamatan Arut "
        "Selatan, baru dilengkapi RAB dan foto. Mohon informasi apakah usulan tersebut tetap "
        "dapat diajukan dan dokumen kesiapan apa yang sebaiknya dilengkapi.",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan untuk drainase di Desa Sanggu masih tanah warga, belum ada sertifikat, cuma SKT. "
        "Apakah sudah dianggap clean and clear?",
        "usulan.lahan",
    ),
    (
        "Apa maksud clean and clear di isian status lahan? Kami pilih belum tahu saja boleh?",
        "usulan.lahan",
    ),
    ("Status lahan nang kawa dipilih tu napa haja? Tanah desa kawa kah?", "usulan.lahan"),
    (
        "Our land is owned by Pemkab, but there is dispute with one family. Can we say the land "
        "is clean and clear?",
        "usulan.lahan",
    ),
    (
        "Dengan hormat, kami mohon penjelasan kriteria lahan clean and clear, termasuk kesesuaian "
        "dengan RTRW, untuk rencana pembangunan jalan lingkungan di Kelurahan Raja Seberang.",
        "usulan.lahan",
    ),
    (
        "Dengan hormat, lahan rencana lokasi PSU di Desa Lembeng merupakan tanah desa yang belum "
        "bersertifikat. Mohon penjelasan apakah lahan tersebut dapat dinyatakan clean and clear.",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Usulan kumuh kami di Kotim pakai SK tahun 2020 nomor 188.45/0407/Huk-DISPERKIM/2020. "
        "Sekarang 2026, apakah SK itu masih bisa dipakai atau nanti muncul peringatan?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang mau kami usulkan ternyata belum masuk SK kumuh Kabupaten Seruyan. Bisa tetap "
        "diusulkan sebagai usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    ("Nomor lawan tanggal SK kumuh tu wajib diisi kah di usulan kumuh?", "usulan.sk_kumuh"),
    (
        "Our SK kumuh is from 2022, is it still valid for proposal we send this year for 2027?",
        "usulan.sk_kumuh",
    ),
    (
        "Dengan hormat, kami mohon informasi persyaratan Surat Keputusan penetapan lokasi kumuh "
        "yang perlu dicantumkan dalam usulan penanganan kawasan kumuh Kabupaten Kapuas.",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Foto kondisi eksisting berapa maksimal yang bisa dikirim? Dan DED serta RAB dikirim "
        "dalam bentuk apa, PDF?",
        "usulan.dokumen_teknis",
    ),
    (
        "Apakah DED wajib untuk usulan jalan lingkungan 800 meter di Desa Sababilah, atau cukup "
        "RAB dan site plan dulu?",
        "usulan.dokumen_teknis",
    ),
    ("RKS tu harus dilampirakan jua kah? Ulun kira cukup DED lawan RAB.", "usulan.dokumen_teknis"),
    (
        "What technical documents needed: DED, RAB, RKS, site plan? Do we need all for one "
        "drainage proposal?",
        "usulan.dokumen_teknis",
    ),
    (
        "Dengan hormat, mohon penjelasan dokumen teknis yang perlu dilampirkan dalam usulan PSU, "
        "antara lain DED, RAB, RKS, site plan dan foto kondisi eksisting.",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Apakah kabupaten harus membuat surat pernyataan kesediaan menerima hibah dan melakukan "
        "operasi dan pemeliharaan? Untuk apa sebenarnya?",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan O&P tu gasan napa? Wajib kah dilampirakan di usulan jaling?",
        "usulan.surat_pernyataan",
    ),
    (
        "Dengan hormat, mohon penjelasan fungsi surat pernyataan kesediaan menerima hibah serta "
        "operasi dan pemeliharaan dalam usulan kegiatan PSU.",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Ada warga di Desa Sidorejo mau bedah rumah lewat provinsi, tapi rumahnya sudah roboh "
        "total dan mau bangun baru. Bisa tidak?",
        "usulan.rtlh",
    ),
    (
        "Syarat RTLH lewat provinsi apa saja? Tanah warga kami di Kecamatan Pandih Batu banyak "
        "yang cuma SKT, belum sertifikat.",
        "usulan.rtlh",
    ),
    ("Penerima RTLH provinsi tu ditetapkan siapa kah? Bupati kah Gubernur?", "usulan.rtlh"),
    (
        "Resident want RTLH help but he live on land of his brother, not his own land. Can we "
        "propose him to province?",
        "usulan.rtlh",
    ),
    (
        "Kan RTLH itu kewenangan provinsi ya sesuai UU 23? Jadi semua RTLH di Barsel tahun 2027 "
        "kami kirim ke provinsi saja?",
        "usulan.rtlh",
    ),
    (
        "Dengan hormat, kami bermaksud mengusulkan peningkatan kualitas 30 unit RTLH di Kecamatan "
        "Bulik. Mohon informasi persyaratan dan mekanisme penetapan penerima melalui program "
        "provinsi.",
        "usulan.rtlh",
    ),
    (
        "Dear admin, our regency want to propose 40 RTLH in Kecamatan Pangkalan Lada for 2027. "
        "What is condition of the province RTLH program?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kelurahan Langkai mau mengusulkan perbaikan drainase langsung ke provinsi. "
        "Apa syaratnya?",
        "usulan.psu_masyarakat",
    ),
    (
        "Masyarakat kawa kah maminta jalan lingkungan langsung ka provinsi? Harus diketahui siapa "
        "haja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can community group send PSU request directly to province? They ask me what signature is "
        "needed.",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Tahun 2025 provinsi membangun jalan lingkungan di Desa Pamait, Barsel. Setelah selesai, "
        "asetnya milik siapa dan siapa yang memelihara?",
        "hibah.aset",
    ),
    (
        "BAST hibah aset PSU dari provinsi ke kabupaten itu maksudnya bagaimana? Siapa yang jadi "
        "penerima?",
        "hibah.aset",
    ),
    ("Amun jalan nang dibangun provinsi di Kurun rusak, siapa nang mamperbaiki?", "hibah.aset"),
    (
        "After province build drainage in our regency, do we must record it as our asset? How is "
        "the handover?",
        "hibah.aset",
    ),
    (
        "Kan jalan yang dibangun provinsi tetap aset provinsi ya, jadi pemeliharaan tahun 2028 "
        "nanti juga provinsi?",
        "hibah.aset",
    ),
    (
        "Dengan hormat, mohon penjelasan mekanisme hibah aset hasil pembangunan Pemerintah "
        "Provinsi di atas lahan kabupaten beserta kewajiban pemeliharaannya.",
        "hibah.aset",
    ),
    (
        "Dengan hormat, Pemerintah Provinsi telah menyelesaikan pembangunan jalan lingkungan di "
        "Kelurahan Tanjung Pinang pada tahun 2025. Mohon penjelasan proses serah terima dan "
        "pencatatan aset tersebut oleh Pemerintah Kota Palangka Raya.",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan kumuh kami 7 ha di Kecamatan Pahandut ternyata kewenangan kota. Selain APBD kota, "
        "sumber dana apa lagi yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kawasan kumuh 20 ha di Sampit bukan kewenangan provinsi. Lewat jalur pendanaan apa kami "
        "bisa dapat dana untuk TA 2028?",
        "pendanaan.saluran_lain",
    ),
    (
        "Amun kada kawa lewat provinsi, duitnya dari mana kah? APBDes kawa jua kah?",
        "pendanaan.saluran_lain",
    ),
    (
        "If our proposal is not province authority, which funding channel we can use? DAK or CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        "Dengan hormat, kami mohon informasi alternatif sumber pendanaan bagi PSU perumahan yang "
        "bukan merupakan kewenangan Pemerintah Provinsi.",
        "pendanaan.saluran_lain",
    ),
    (
        "Untuk rumah korban bencana skala kabupaten di Kapuas, selain APBD kabupaten bisa pakai "
        "APBN atau dana desa?",
        "pendanaan.saluran_lain",
    ),
    (
        "DAK Tematik PPKT itu bisa dipakai untuk kumuh di bawah 10 ha di Kecamatan Kumai?",
        "pendanaan.saluran_lain",
    ),
    (
        "Perusahaan sawit di Kecamatan Danau Sembuluh menawarkan CSR. Bisa tidak CSR dipakai "
        "untuk perbaikan drainase yang bukan kewenangan provinsi?",
        "pendanaan.saluran_lain",
    ),
    (
        "Dengan hormat, usulan kami untuk kawasan kumuh seluas 6,2 hektare di Kecamatan Kapuas "
        "Hilir dinyatakan bukan kewenangan provinsi. Mohon informasi sumber pendanaan lain yang "
        "dapat kami tempuh pada TA 2028.",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Usulan yang kami kirim Desember 2026 itu untuk tahun anggaran berapa? 2027 atau 2028?",
        "siklus.tahunan",
    ),
    (
        "Bisa dijelaskan alur tahunan usulan dari kabupaten sampai masuk APBD provinsi? Saya baru "
        "pegang program di Perkim Sukamara.",
        "siklus.tahunan",
    ),
    (
        "Siklus usulan ka provinsi tu kaya apa? Mulai kapan ulun harus manyiapkan?",
        "siklus.tahunan",
    ),
    (
        "How is the yearly cycle of proposal to province? From the preparation until budget and "
        "handover.",
        "siklus.tahunan",
    ),
    (
        "Dengan hormat, kami mohon penjelasan tahapan siklus usulan kegiatan bidang kawasan "
        "permukiman, mulai dari penyusunan oleh kabupaten/kota hingga pelaksanaan dan serah "
        "terima aset.",
        "siklus.tahunan",
    ),
    ("Kalau kami kirim usulan Maret 2027, apakah itu untuk anggaran 2028?", "siklus.tahunan"),
    (
        "Kan usulan yang disetujui di Rakor langsung jadi anggaran tahun itu juga ya?",
        "siklus.tahunan",
    ),
    (
        "Apakah ada pengingat sebelum pengiriman usulan ditutup? Tahun lalu Perkim Barut hampir "
        "terlambat.",
        "siklus.tahunan",
    ),
    (
        "Dengan hormat, kami Dinas Perkim Kabupaten Lamandau baru pertama kali menggunakan bot "
        "ini. Mohon penjelasan alur tahunan usulan kegiatan hingga dapat didanai Pemerintah "
        "Provinsi pada TA 2028.",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Setelah usulan kami masuk, apa saja yang diperiksa provinsi? Administrasi saja atau juga "
        "teknis dan kewenangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Provinsi mamariksa usulan tu kaya apa? Ada dicek lahan lawan kesiapan jua kah?",
        "siklus.pemeriksaan",
    ),
    (
        "How the province rank the proposals? We hear there is priority score.",
        "siklus.pemeriksaan",
    ),
    (
        "Skor prioritas usulan dihitung dari apa saja? Usulan kami 1,5 M untuk 120 KK di "
        "Kecamatan Mendawai, apakah biaya per KK berpengaruh?",
        "siklus.pemeriksaan",
    ),
    (
        "Dengan hormat, kami mohon penjelasan mekanisme verifikasi administrasi, teknis dan "
        "kewenangan atas usulan kegiatan yang disampaikan kabupaten/kota.",
        "siklus.pemeriksaan",
    ),
    (
        "Kalau pagu provinsi tidak cukup, usulan mana yang didahulukan? Apakah yang paling murah?",
        "siklus.pemeriksaan",
    ),
    (
        "Dengan hormat, mohon penjelasan kriteria yang digunakan Disperkimtan dalam menyusun "
        "urutan prioritas usulan kabupaten/kota.",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Rakor Bidang Kawasan Permukiman itu acara apa dan siapa yang biasanya hadir? Kadis kami "
        "di Kuala Pembuang minta saya yang berangkat.",
        "siklus.rakor",
    ),
    (
        "Tahun-tahun lalu Rakor dilaksanakan kapan dan di mana? Apakah tanggalnya selalu sama "
        "setiap tahun?",
        "siklus.rakor",
    ),
    ("Rakor tu gasan napa sebenarnya? Usulan dibahas di situ kah?", "siklus.rakor"),
    (
        "What is the purpose of Rakor Kawasan Permukiman every year? Is it before or after the "
        "Musrenbang?",
        "siklus.rakor",
    ),
    (
        "Dengan hormat, mohon penjelasan kedudukan Rapat Koordinasi dan Sinkronisasi Bidang "
        "Kawasan Permukiman se-Kalimantan Tengah dalam proses perencanaan usulan kegiatan.",
        "siklus.rakor",
    ),
    (
        "Kan Rakor itu selalu bulan November ya, seperti tahun 2025? Jadi kami siapkan usulan "
        "bulan Oktober saja.",
        "siklus.rakor",
    ),
    (
        "Dengan hormat, kami mohon informasi tujuan penyelenggaraan Rakor Bidang Kawasan "
        "Permukiman serta pihak-pihak yang lazimnya diundang.",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Usulan kami sudah dibahas di Rakor 2026 dan disetujui. Setelah itu masuk ke mana? RKPD "
        "dulu atau langsung APBD?",
        "siklus.rkpd_apbd",
    ),
    ("Habis Rakor, usulan masuk Musrenbang provinsi kah?", "siklus.rkpd_apbd"),
    (
        "After approved, when our proposal become APBD provinsi? Does this bot follow until the "
        "budget?",
        "siklus.rkpd_apbd",
    ),
    (
        "Apakah status disetujui di bot berarti sudah pasti masuk APBD Provinsi 2028?",
        "siklus.rkpd_apbd",
    ),
    (
        "Dengan hormat, mohon penjelasan tahapan yang dilalui usulan setelah disepakati dalam "
        "Rakor hingga tercantum dalam APBD Provinsi.",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Kabupaten Barito Selatan mau membentuk Pokja PKP tahun 2027. Dasar hukumnya apa dan "
        "fungsinya apa?",
        "koordinasi.pokja_pkp",
    ),
    ("What is Pokja PKP and who usually chair it in the regency?", "koordinasi.pokja_pkp"),
    ("Pokja PKP lawan Forum PKP tu napa bedanya?", "koordinasi.pokja_pkp"),
    (
        "Dengan hormat, mohon penjelasan dasar hukum dan peran Kelompok Kerja Perumahan dan "
        "Kawasan Permukiman (Pokja PKP) di daerah.",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan Provinsi Kalteng di mana? Kami mau antar berkas usulan fisik "
        "minggu depan dari Nanga Bulik.",
        "disperkimtan.kontak",
    ),
    (
        "What is the full name of Disperkimtan and where is the office located?",
        "disperkimtan.kontak",
    ),
    ("Kantor Disperkimtan tu di jalan napa? Ulun handak ka sana Senin.", "disperkimtan.kontak"),
    (
        "Dengan hormat, kami bermaksud menyampaikan surat usulan secara langsung. Mohon informasi "
        "alamat lengkap kantor Dinas Perumahan, Kawasan Permukiman dan Pertanahan Provinsi "
        "Kalimantan Tengah.",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Saya baru disetujui di bot ini. Perintah apa saja yang bisa saya pakai sebagai petugas "
        "kabupaten?",
        "bot.cara_pakai",
    ),
    (
        "Jam di pengingat rapat itu pakai WIB atau WITA? Saya sering dinas ke Banjarmasin, jadi "
        "bingung.",
        "bot.cara_pakai",
    ),
    ("Bot ini kawa bahasa Inggris kah? Kawan ulun di kantor handak mamakai.", "bot.cara_pakai"),
    ("How to use this bot? Which commands, and what timezone is used for time?", "bot.cara_pakai"),
    (
        "Dengan hormat, mohon penjelasan tata cara penggunaan bot Sinkron bagi petugas kabupaten, "
        "termasuk zona waktu yang dipakai untuk jadwal.",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Saya sudah mulai isi usulan lewat /usul kemarin tapi sinyal putus di tengah. Apakah "
        "isian saya hilang?",
        "bot.usul",
    ),
    (
        "Bisa tidak saya menyalin usulan tahun lalu supaya tidak mengisi ulang dari awal?",
        "bot.usul",
    ),
    ("Foto nang kawa dikirim lewat /usul tu barapa banyak kah? PDF kawa jua?", "bot.usul"),
    ("When I send with /usul, what code I get? And the budget year is which one?", "bot.usul"),
    (
        "Bisakah saya mengusulkan untuk kabupaten tetangga? Saya di Kotim tapi mau bantu usulan "
        "Seruyan lewat akun saya.",
        "bot.usul",
    ),
    (
        "Dengan hormat, mohon penjelasan apakah dokumen PDF seperti DED dan surat pengantar dapat "
        "dilampirkan saat mengirim usulan melalui perintah /usul, dan berapa batas jumlahnya.",
        "bot.usul",
    ),
    # bot.status
    ("Apa arti status verifikasi dan dibahas di Rakor pada usulan kami?", "bot.status"),
    (
        "Usulan kami statusnya perlu perbaikan. Maksudnya apa dan apa yang harus saya lakukan?",
        "bot.status",
    ),
    ("Status dibatalkan tu napa artinya? Kawa kah ulun mambatalkan usulan saurang?", "bot.status"),
    ("What is the meaning of each status, from diajukan until disetujui?", "bot.status"),
    (
        "Kalau usulan sudah disetujui ternyata ada kesalahan, bisakah statusnya diubah lagi lewat "
        "bot?",
        "bot.status",
    ),
    (
        "Dengan hormat, mohon penjelasan arti masing-masing status usulan yang ditampilkan bot, "
        "khususnya status dialihkan dan dibatalkan.",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami USL-2026-0014 ditolak dengan alasan bukan kewenangan provinsi. Apa langkah "
        "selanjutnya?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Beda ditolak dan dialihkan apa? Usulan kumuh kami dialihkan ke DAK Tematik PPKT.",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan ulun dialihkan ka APBD kabupaten, artinya napa? Kawa kah diajukan lagi?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was rejected, can we submit again next year with the same location?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Dengan hormat, usulan kami untuk Kecamatan Pulau Malan dinyatakan ditolak. Mohon "
        "penjelasan kemungkinan alasan penolakan dan upaya yang dapat kami tempuh.",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Usulan kami sudah seminggu statusnya masih diajukan. Berapa lama seharusnya provinsi "
        "menindaklanjuti?",
        "bot.tindak_lanjut",
    ),
    (
        "How many days is the standard for province to respond a proposal? Like LAPOR?",
        "bot.tindak_lanjut",
    ),
    (
        "Tiga hari kerja tu aturan wajib Disperkimtan kah atau standar bot haja?",
        "bot.tindak_lanjut",
    ),
    (
        "Dengan hormat, mohon informasi standar waktu tindak lanjut atas usulan yang telah kami "
        "sampaikan melalui bot.",
        "bot.tindak_lanjut",
    ),
    # istilah.perkim
    (
        "Saya baru mutasi dari Dinas Pertanian ke Dinas Perkim Katingan. Di surat dari Bapperida "
        "tertulis urusan Perkim. Perkim itu singkatan dari apa sebenarnya?",
        "istilah.perkim",
    ),
    (
        "Dengan hormat, kami dari Bagian Organisasi Setda Sukamara sedang menata nomenklatur "
        "perangkat daerah. Mohon penjelasan kepanjangan istilah Perkim yang lazim dipakai.",
        "istilah.perkim",
    ),
    # istilah.disperkimtan
    (
        "Disperkimtan tu singkatan napa? Kenapa ada tan di balakang, lain lawan Disperkim "
        "kabupaten ulun di Kuala Kapuas?",
        "istilah.disperkimtan",
    ),
    (
        "Dengan hormat, mohon penjelasan kepanjangan nama Disperkimtan Provinsi Kalimantan Tengah "
        "untuk penulisan alamat tujuan surat usulan kami.",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    (
        "Ulun staf honor baru di Perkim Barsel, tiap hari mandangar PSU. PSU tu kepanjangannya "
        "napa, contohnya napa haja?",
        "istilah.psu",
    ),
    (
        "Dengan hormat, dalam penyusunan Renja 2027 kami menemukan istilah PSU. Mohon penjelasan "
        "kepanjangan dan pengertian PSU tersebut.",
        "istilah.psu",
    ),
    (
        "What is PSU stand for? I see it in every proposal from Kapuas but nobody explain me.",
        "istilah.psu",
    ),
    # istilah.jaling
    (
        "Di RAB konsultan untuk Desa Bereng tertulis jaling 650 m. Jaling itu apa ya, singkatan "
        "dari apa?",
        "istilah.jaling",
    ),
    ("Jaling tu napa pian? Ulun baru mandangar pas rapat di Pulang Pisau.", "istilah.jaling"),
    # istilah.drainase
    (
        "Waktu survei di Kelurahan Menteng kami ditanya warga soal drainase lingkungan. Drainase "
        "yang dimaksud dalam usulan itu apa persisnya?",
        "istilah.drainase",
    ),
    (
        "Dengan hormat, mohon penjelasan pengertian drainase lingkungan sebagaimana dimaksud "
        "dalam usulan PSU permukiman.",
        "istilah.drainase",
    ),
    # istilah.kr
    ("Di tabel lokasi kumuh Kapuas ada kolom KR, KS, KB. KR itu apa maksudnya?", "istilah.kr"),
    (
        "KR di daftar kumuh tu singkatan napa? Ulun maisi tabel baseline Kecamatan Basarang.",
        "istilah.kr",
    ),
    # istilah.ks
    (
        "Kode KS di lampiran SK kumuh Barito Utara itu artinya apa? Saya harus menjelaskan ke "
        "camat Teweh Tengah.",
        "istilah.ks",
    ),
    (
        "Dengan hormat, dalam tabel lampiran Keputusan Bupati tentang lokasi kumuh tercantum kode "
        "KS. Mohon penjelasan arti kode tersebut.",
        "istilah.ks",
    ),
    # istilah.kb
    (
        "KB di kolom tingkat kekumuhan artinya apa? Bukan keluarga berencana kan? Kepala desa di "
        "Sungai Undang sampai salah paham.",
        "istilah.kb",
    ),
    ("KB tu napa di tabel kumuh? Ulun kira KB tu program kesehatan.", "istilah.kb"),
    # istilah.skkumuh
    (
        "Teman di Bappeda Gumas sering menyebut SK kumuh tapi saya belum pernah lihat dokumennya. "
        "SK kumuh itu SK apa tepatnya?",
        "istilah.skkumuh",
    ),
    ("SK kumuh tu napa? Surat dari Gubernur kah dari Bupati?", "istilah.skkumuh"),
    # istilah.delineasi
    (
        "Delineasi itu artinya apa? Di lampiran SK kumuh Palangka Raya ada peta delineasi dan "
        "konsultan menyebutnya terus.",
        "istilah.delineasi",
    ),
    (
        "Delineasi tu napa? Ulun ditakuni konsultan pas maulah peta di Sabangau.",
        "istilah.delineasi",
    ),
    # istilah.rtlh
    (
        "Kepala Desa Dadahup terus bertanya soal RTLH dan saya malu tidak tahu kepanjangannya. "
        "RTLH itu singkatan dari apa?",
        "istilah.rtlh",
    ),
    (
        "Dengan hormat, mohon penjelasan pengertian Rumah Tidak Layak Huni (RTLH) sebagaimana "
        "digunakan dalam program Disperkimtan.",
        "istilah.rtlh",
    ),
    # istilah.rlh
    (
        "Di laporan capaian Disperkimtan ada tulisan RTLH menjadi RLH. RLH itu apa bedanya dengan "
        "RTLH?",
        "istilah.rlh",
    ),
    ("RLH tu napa? Rumah layak huni kah?", "istilah.rlh"),
    # istilah.bedahrumah
    (
        "Warga Desa Sungai Perlu minta program bedah rumah. Bedah rumah itu istilah resmi atau "
        "cuma sebutan sehari-hari? Maksudnya apa?",
        "istilah.bedahrumah",
    ),
    ("Bedah rumah tu napa sabujurnya? Sama lawan RTLH kah?", "istilah.bedahrumah"),
    # istilah.bsps
    (
        "Dengan hormat, masyarakat di Kecamatan Tamban Catur menanyakan program BSPS. Mohon "
        "penjelasan kepanjangan BSPS beserta dasar pengaturannya.",
        "istilah.bsps",
    ),
    ("BSPS tu napa? Warga di Tamban Catur minta bantuan BSPS, ulun kada paham.", "istilah.bsps"),
    # istilah.mbr
    (
        "MBR singkatan dari apa? Sering muncul di surat edaran kementerian yang masuk ke Perkim "
        "Mura.",
        "istilah.mbr",
    ),
    (
        "Dengan hormat, mohon penjelasan pengertian istilah MBR dalam kebijakan perumahan.",
        "istilah.mbr",
    ),
    # istilah.rusunawa
    (
        "Pemkot Palangka Raya punya rusun dekat kampus. Ada yang menyebutnya rusunawa. Rusunawa "
        "itu apa bedanya dengan rusun biasa?",
        "istilah.rusunawa",
    ),
    ("Rusunawa tu napa? Rumah susun sewa kah?", "istilah.rusunawa"),
    # istilah.rusus
    (
        "Di daftar program Disperkimtan ada rusun dan rusus. Rusus itu kepanjangannya apa?",
        "istilah.rusus",
    ),
    ("Rusus tu napa? Ulun baca di laporan tahunan.", "istilah.rusus"),
    # istilah.huntara
    (
        "Setelah banjir di Kasongan Baru tahun 2026 ada pejabat yang menyebut huntara untuk "
        "pengungsi. Huntara itu apa?",
        "istilah.huntara",
    ),
    ("Huntara tu napa? Hunian sementara kah?", "istilah.huntara"),
    # istilah.huntap
    (
        "Dengan hormat, dalam rapat penanganan pascabencana di Kabupaten Katingan muncul istilah "
        "huntap dan huntara. Mohon penjelasan arti huntap.",
        "istilah.huntap",
    ),
    ("Huntap tu napa? Bida kah lawan huntara?", "istilah.huntap"),
    # istilah.kk
    (
        "Di formulir usulan diminta jumlah KK. KK itu kepala keluarga atau kartu keluarga? Data "
        "kami di Kelurahan Selat Hilir pakai kartu keluarga.",
        "istilah.kk",
    ),
    ("KK tu maksudnya napa di isian penerima manfaat?", "istilah.kk"),
    # istilah.jiwa
    (
        "Jiwa di formulir usulan maksudnya jumlah orang ya? Lokasi kami di Muara Ripung ada 120 "
        "KK, jiwanya saya belum hitung.",
        "istilah.jiwa",
    ),
    ("Jiwa tu maksudnya napa di usulan? Jumlah warga kah?", "istilah.jiwa"),
    # istilah.ha
    (
        "Singkatan ha itu hektare kan? Satu ha berapa meter persegi? Data lokasi dari desa kami "
        "dalam meter persegi.",
        "istilah.ha",
    ),
    (
        "Dengan hormat, mohon penjelasan satuan ha beserta konversinya ke meter persegi untuk "
        "pengisian luas lokasi usulan.",
        "istilah.ha",
    ),
    # istilah.ded
    (
        "DED singkatan apa? Konsultan di Buntok bilang usulan kita harus punya DED dulu.",
        "istilah.ded",
    ),
    ("DED tu napa? Gambar kah?", "istilah.ded"),
    # istilah.rab
    ("RAB itu singkatan dari apa? Bendahara minta RAB sebelum usulan dikirim.", "istilah.rab"),
    (
        "Dengan hormat, mohon penjelasan kepanjangan dan pengertian RAB yang diminta sebagai "
        "dokumen teknis usulan.",
        "istilah.rab",
    ),
    # istilah.rks
    ("RKS tu singkatan napa? Ulun baru mandangar dari PPK.", "istilah.rks"),
    (
        "Apa kepanjangan RKS yang diminta dalam dokumen teknis? Konsultan kami di Tamiang Layang "
        "juga ragu.",
        "istilah.rks",
    ),
    # istilah.kak
    (
        "Dengan hormat, dalam dokumen perencanaan sering tercantum KAK dan TOR. Mohon penjelasan "
        "kepanjangan KAK dan apakah sama dengan TOR.",
        "istilah.kak",
    ),
    ("KAK tu napa? Sama kah lawan TOR?", "istilah.kak"),
    # istilah.siteplan
    (
        "Site plan itu sama dengan rencana tapak? Konsultan kami di Nanga Bulik hanya kirim denah "
        "lokasi.",
        "istilah.siteplan",
    ),
    ("Site plan tu napa? Gambar denah lokasi kah?", "istilah.siteplan"),
    # istilah.rc
    (
        "RC dalam konteks usulan itu apa? Bukan beton RC kan? Teknisi kami di Sampit mengira itu "
        "jenis beton.",
        "istilah.rc",
    ),
    (
        "Dengan hormat, dalam surat Disperkimtan tercantum istilah RC. Mohon penjelasan "
        "kepanjangan istilah tersebut dalam konteks usulan.",
        "istilah.rc",
    ),
    # istilah.bast
    ("BAST itu singkatan dari apa? Bagian aset Pemkab Kotim minta salinan BAST.", "istilah.bast"),
    ("BAST tu napa? Ulun disuruh manyimpan BAST jalan lingkungan.", "istilah.bast"),
    # istilah.hibah
    (
        "Dengan hormat, mohon penjelasan pengertian hibah dalam konteks penyerahan aset PSU dari "
        "Pemerintah Provinsi kepada Pemerintah Kabupaten.",
        "istilah.hibah",
    ),
    ("Hibah tu napa maksudnya? Duit kah barang?", "istilah.hibah"),
    # istilah.bmd
    (
        "BMD itu apa? Bagian aset Setda Lamandau sering menyebutnya saat rekonsiliasi.",
        "istilah.bmd",
    ),
    ("BMD tu napa? Barang milik daerah kah?", "istilah.bmd"),
    # istilah.bmn
    (
        "BMN itu singkatan dari apa dan bedanya dengan BMD? Balai bilang jalan di Kurun itu BMN.",
        "istilah.bmn",
    ),
    (
        "Dengan hormat, mohon penjelasan istilah BMN sebagaimana disebut dalam naskah hibah dari "
        "Balai kepada Pemerintah Kabupaten Gunung Mas.",
        "istilah.bmn",
    ),
    # istilah.op
    (
        "O&P itu singkatan apa? Ada di surat pernyataan yang harus kami tanda tangani.",
        "istilah.op",
    ),
    ("O&P tu napa? Operasi lawan pemeliharaan kah?", "istilah.op"),
    # istilah.spm
    ("SPM tu singkatan napa? Ulun disuruh Kabid maisi laporan SPM.", "istilah.spm"),
    ("SPM itu singkatan dari apa? Apakah sama dengan SPM di bagian keuangan?", "istilah.spm"),
    # istilah.pokjapkp
    (
        "Dengan hormat, mohon penjelasan kepanjangan istilah Pokja PKP yang tercantum dalam "
        "undangan rapat dari Bapperida.",
        "istilah.pokjapkp",
    ),
    ("Pokja PKP tu singkatan napa?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa? Saya diundang rapatnya oleh Bapperida Kalteng.", "istilah.pokjappas"),
    ("Pokja PPAS tu napa? Ulun kira sama lawan Pokja PKP.", "istilah.pokjappas"),
    # istilah.pokjaampl
    (
        "Pokja AMPL kepanjangannya apa? Ada di SK Bupati Barito Timur yang lama.",
        "istilah.pokjaampl",
    ),
    ("Dengan hormat, mohon penjelasan kepanjangan Pokja AMPL.", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa? Berapa tahun jangka waktunya?", "istilah.rp3kp"),
    ("RP3KP tu napa? Ulun disuruh manyusun tahun 2027.", "istilah.rp3kp"),
    # istilah.rp2kpkp
    (
        "Dengan hormat, kami diminta memperbarui dokumen RP2KPKP Kabupaten Barito Utara. Mohon "
        "penjelasan kepanjangan RP2KPKP dan perbedaannya dengan RP3KP.",
        "istilah.rp2kpkp",
    ),
    ("RP2KPKP tu napa?", "istilah.rp2kpkp"),
    # istilah.kotaku
    (
        "KOTAKU itu program apa? Dulu ada BKM di Kelurahan Menteng yang ikut program itu.",
        "istilah.kotaku",
    ),
    ("KOTAKU tu program napa? Masih ada kah?", "istilah.kotaku"),
    # istilah.daktematikppkt
    (
        "DAK Tematik PPKT itu apa? Kepanjangannya apa? Ada yang menyebutnya DAK Integrasi.",
        "istilah.daktematikppkt",
    ),
    ("Dengan hormat, mohon penjelasan pengertian DAK Tematik PPKT.", "istilah.daktematikppkt"),
    # istilah.apbn
    (
        "Dengan hormat, untuk keperluan pengisian sumber dana usulan, mohon penjelasan "
        "kepanjangan APBN.",
        "istilah.apbn",
    ),
    ("APBN tu napa?", "istilah.apbn"),
    # istilah.apbd
    (
        "APBD singkatan apa? Di pilihan sumber dana ada APBD Provinsi dan APBD Kab/Kota.",
        "istilah.apbd",
    ),
    ("APBD tu napa?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa? Kepala Desa Mintin tanya apakah bisa ikut mendanai.", "istilah.apbdes"),
    ("APBDes tu napa? Dana desa kah?", "istilah.apbdes"),
    # istilah.bankeu
    (
        "Bankeu itu maksudnya apa? Di pilihan sumber dana ada bantuan keuangan provinsi.",
        "istilah.bankeu",
    ),
    (
        "Dengan hormat, mohon penjelasan istilah Bankeu yang tercantum pada pilihan sumber "
        "pendanaan usulan.",
        "istilah.bankeu",
    ),
    # istilah.pokir
    (
        "Pokir itu apa? Anggota DPRD dari dapil kami sering bilang mau memasukkan lewat pokir.",
        "istilah.pokir",
    ),
    ("Pokir tu napa?", "istilah.pokir"),
    # istilah.musrenbang
    (
        "Dengan hormat, kami mohon penjelasan kepanjangan Musrenbang serta jenjang pelaksanaannya "
        "dari desa hingga nasional.",
        "istilah.musrenbang",
    ),
    ("Musrenbang tu napa?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu singkatan apa?", "istilah.rkpd"),
    ("Dengan hormat, mohon penjelasan kepanjangan RKPD.", "istilah.rkpd"),
    # istilah.renja
    (
        "Dengan hormat, mohon penjelasan pengertian Renja dan perbedaannya dengan RKPD.",
        "istilah.renja",
    ),
    ("Renja tu napa?", "istilah.renja"),
    # istilah.renstra
    (
        "Dengan hormat, kami mohon penjelasan kepanjangan Renstra beserta jangka waktunya.",
        "istilah.renstra",
    ),
    ("Renstra tu napa?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu dokumen apa?", "istilah.rpjmd"),
    ("Dengan hormat, mohon penjelasan pengertian RPJMD.", "istilah.rpjmd"),
    # istilah.kuappas
    ("Dengan hormat, mohon penjelasan kepanjangan KUA-PPAS.", "istilah.kuappas"),
    ("KUA-PPAS tu napa? Ulun sering mandangar pas pembahasan anggaran.", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa? Beda dengan DPA?", "istilah.rka"),
    ("RKA tu napa?", "istilah.rka"),
    # istilah.dpa
    ("Dengan hormat, mohon penjelasan kepanjangan DPA.", "istilah.dpa"),
    ("DPA tu napa?", "istilah.dpa"),
    # istilah.sipd
    (
        "SIPD itu singkatan dari apa? Operator kami di Pulang Pisau selalu sibuk dengan SIPD.",
        "istilah.sipd",
    ),
    ("Dengan hormat, mohon penjelasan kepanjangan SIPD.", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu apa? Dulu namanya Bappeda kan?", "istilah.bapperida"),
    ("Bapperida tu napa?", "istilah.bapperida"),
    # istilah.opd
    (
        "Dengan hormat, mohon penjelasan kepanjangan OPD yang digunakan dalam surat-menyurat "
        "pemerintah daerah.",
        "istilah.opd",
    ),
    ("OPD tu napa?", "istilah.opd"),
    # istilah.skpd
    (
        "Dengan hormat, mohon penjelasan apakah istilah SKPD sama pengertiannya dengan OPD.",
        "istilah.skpd",
    ),
    ("SKPD tu napa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM itu singkatan apa dalam urusan air minum? Bukan email sampah kan?", "istilah.spam"),
    ("Dengan hormat, mohon penjelasan kepanjangan SPAM dalam bidang air minum.", "istilah.spam"),
    # istilah.spald
    (
        "Dengan hormat, dalam dokumen SSK Kabupaten Seruyan tercantum SPALD. Mohon penjelasan "
        "kepanjangannya.",
        "istilah.spald",
    ),
    ("SPALD tu napa?", "istilah.spald"),
    # istilah.ipal
    (
        "Dengan hormat, warga Kelurahan Pahandut Seberang mengajukan permohonan IPAL komunal. "
        "Mohon penjelasan pengertian IPAL tersebut.",
        "istilah.ipal",
    ),
    ("IPAL tu napa?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa? Warga Kalampangan minta dibangunkan TPS3R.", "istilah.tps3r"),
    ("TPS3R tu napa?", "istilah.tps3r"),
    # istilah.mck
    (
        "Dengan hormat, mohon penjelasan kepanjangan MCK sebagaimana dipakai dalam program "
        "sanitasi.",
        "istilah.mck",
    ),
    ("MCK tu napa?", "istilah.mck"),
    # istilah.rtrw
    ("RTRW di kriteria clean and clear itu maksudnya apa? Bukan RT RW kan?", "istilah.rtrw"),
    (
        "Dengan hormat, mohon penjelasan istilah RTRW sebagaimana disebut dalam kriteria lahan "
        "clean and clear.",
        "istilah.rtrw",
    ),
    # istilah.rdtr
    (
        "Dengan hormat, mohon penjelasan pengertian RDTR dan perbedaannya dengan RTRW.",
        "istilah.rdtr",
    ),
    ("RDTR tu napa?", "istilah.rdtr"),
    # istilah.pbg
    ("Dengan hormat, mohon penjelasan kepanjangan PBG dan kaitannya dengan IMB.", "istilah.pbg"),
    ("PBG tu napa?", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa?", "istilah.slf"),
    ("Dengan hormat, mohon penjelasan kepanjangan SLF.", "istilah.slf"),
    # istilah.skbg
    ("Dengan hormat, mohon penjelasan kepanjangan SKBG.", "istilah.skbg"),
    ("SKBG tu napa?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu singkatan dari apa? Warga di Desa Kalahien hanya punya SKT.", "istilah.skt"),
    ("SKT tu napa? Surat tanah dari desa kah?", "istilah.skt"),
    # istilah.cleanandclear
    (
        "Dengan hormat, mohon penjelasan pengertian istilah clean and clear terkait status lahan "
        "calon lokasi kegiatan.",
        "istilah.cleanandclear",
    ),
    ("Clean and clear tu napa artinya?", "istilah.cleanandclear"),
    # istilah.csr
    (
        "Dengan hormat, terdapat perusahaan tambang di Kabupaten Barito Utara yang menawarkan "
        "dana CSR. Mohon penjelasan pengertian CSR tersebut.",
        "istilah.csr",
    ),
    ("CSR tu napa?", "istilah.csr"),
    # istilah.rakor
    (
        "Dengan hormat, mohon penjelasan kepanjangan Rakor yang tercantum dalam undangan "
        "Disperkimtan.",
        "istilah.rakor",
    ),
    ("Rakor tu napa?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa? Di penjelasan bot disebut tolok ukur LAPOR!.", "istilah.lapor"),
    ("What is LAPOR!? The bot mention it but I dont know.", "istilah.lapor"),
    # istilah.wib
    ("WIB itu singkatan apa, dan berapa selisihnya dengan UTC?", "istilah.wib"),
    ("WIB tu napa? Kalteng pakai WIB kah WITA?", "istilah.wib"),
    # istilah.backlog
    ("Backlog perumahan itu maksudnya apa? Data BPS dan PUPR kok beda?", "istilah.backlog"),
    ("What is housing backlog? The number from BPS and PUPR is different.", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu singkatan dari apa? Bukan pengusaha kena pajak kan?", "istilah.pkp"),
    ("PKP tu napa dalam urusan perumahan?", "istilah.pkp"),
    # istilah.kumuh
    (
        "Dengan hormat, mohon penjelasan definisi permukiman kumuh menurut undang-undang, untuk "
        "bahan sosialisasi di Kecamatan Mentawa Baru Ketapang.",
        "istilah.kumuh",
    ),
    ("What is kumuh? Is it only dirty place?", "istilah.kumuh"),
    # istilah.dak
    ("Dengan hormat, mohon penjelasan kepanjangan DAK.", "istilah.dak"),
    ("DAK tu napa?", "istilah.dak"),
    # istilah.rusun
    ("Dengan hormat, mohon penjelasan kepanjangan istilah rusun.", "istilah.rusun"),
    ("Rusun tu napa?", "istilah.rusun"),
]

ROUNDTC_INTENTS: list[tuple[str, str]] = [
    # status
    (
        "Ulun dari Perkim Katingan, handak tahu usulan ulun nang dikirim bulan tadi sudah sampai "
        "mana?",
        "status",
    ),
    ("Tolong cek status usulan USL-2026-0031 punya kami, jaling Desa Buntoi.", "status"),
    (
        "Dengan hormat, mohon informasi perkembangan usulan-usulan Kabupaten Seruyan yang telah "
        "kami sampaikan untuk TA 2027.",
        "status",
    ),
    (
        "Please check my proposals status, we send 3 proposals from Kapuas last month and no news "
        "yet.",
        "status",
    ),
    (
        "Usulan drainase Kelurahan Langkai yang saya kirim kemarin sudah diverifikasi belum?",
        "status",
    ),
    (
        "Lihat daftar usulan saya dong, mana yang masih diajukan mana yang sudah disetujui.",
        "status",
    ),
    ("Kaya apa kabar usulan kami, sudah dibahas di Rakor kah balum?", "status"),
    (
        "Ada usulan Barito Timur yang dikembalikan untuk perbaikan tidak? Saya mau cek semua.",
        "status",
    ),
    # meeting
    (
        "Rakor kawasan permukiman tahun ini kapan dan di mana tempatnya? Kadis mau atur "
        "perjalanan dari Puruk Cahu.",
        "meeting",
    ),
    ("Kapan rapat berikutnya dengan provinsi?", "meeting"),
    ("Rakor 2027 tu kapan kah, di mana tempatnya? Ulun handak pesan tiket.", "meeting"),
    ("When is the next coordination meeting and where is the venue?", "meeting"),
    (
        "Dengan hormat, mohon informasi jadwal dan tempat pelaksanaan Rapat Koordinasi dan "
        "Sinkronisasi Bidang Kawasan Permukiman yang akan datang.",
        "meeting",
    ),
    ("Ada jadwal rapat dengan Disperkimtan dalam waktu dekat? Saya mau ajukan cuti.", "meeting"),
    ("Jam berapa Rakor besok mulai, dan di aula mana?", "meeting"),
    ("Pertemuan sinkronisasi berikutnya tanggal berapa ya?", "meeting"),
    # deadline
    ("Batas akhir kirim usulan untuk TA 2028 kapan?", "deadline"),
    ("Tenggat usulan tu sampai tanggal barapa kah? Ulun balum manyiapakan RAB.", "deadline"),
    ("What is the deadline to send proposal for next budget year?", "deadline"),
    (
        "Dengan hormat, mohon informasi batas waktu penyampaian usulan kegiatan Kabupaten/Kota "
        "kepada Pemerintah Provinsi untuk tahun anggaran mendatang.",
        "deadline",
    ),
    (
        "Masih sempat kirim usulan minggu depan tidak? Kepala dinas kami baru tanda tangan surat "
        "pengantar.",
        "deadline",
    ),
    ("Kapan pengiriman usulan ditutup?", "deadline"),
    ("Deadline usulan tahun ini sudah lewat belum? Kami dari Gunung Mas.", "deadline"),
    (
        "Sampai kapan kami bisa kirim usulan jalan lingkungan untuk tahun anggaran depan?",
        "deadline",
    ),
    # greeting
    ("Selamat pagi", "greeting"),
    ("Halo bot, apa kabar?", "greeting"),
    ("Terima kasih banyak atas informasinya, sangat membantu.", "greeting"),
    ("Bot ini bisa bantu apa saja untuk petugas kabupaten?", "greeting"),
    ("Assalamualaikum, pian kawa mambantu napa haja?", "greeting"),
    ("Hi, what can you do for me?", "greeting"),
    ("Makasih pian, nyaman banar.", "greeting"),
    ("Tolong bantu, saya bingung harus mulai dari mana di bot ini.", "greeting"),
    # how_to_submit
    ("Bagaimana cara mengirim usulan lewat bot ini?", "how_to_submit"),
    ("Kaya apa cara mangirim usulan di bot ni? Ulun handak usul jaling.", "how_to_submit"),
    ("How I can submit a new proposal here?", "how_to_submit"),
    (
        "Dengan hormat, mohon petunjuk tata cara penyampaian usulan kegiatan melalui bot Sinkron.",
        "how_to_submit",
    ),
    ("Saya mau kirim usulan baru untuk Kecamatan Dusun Hilir, mulai dari mana?", "how_to_submit"),
    ("Perintah apa yang dipakai untuk mengajukan usulan?", "how_to_submit"),
    ("Saya mau input usulan drainase di bot, caranya gimana?", "how_to_submit"),
    ("gmn cara usul lewat sini?", "how_to_submit"),
]

ROUNDTC_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh di Baamang Hilir luasnya 9,5 ha, kewenangan siapa?", "kabkota"),
    ("Lokasi kumuh di Selat Hulu pas 10 ha, siapa yang menangani?", "provinsi"),
    ("Kumuh tepat 15 hektar di Kelurahan Ketapang masuk kewenangan mana?", "pusat"),
    ("Luas kumuh di SK kami 14,99 ha, masih provinsi kah?", "provinsi"),
    ("Lokasi kumuh Pahandut Seberang 125.000 m2, siapa yang berwenang?", "provinsi"),
    ("Kawasan kumuh seluas 80.000 meter persegi di Kuala Pembuang kewenangan siapa?", "kabkota"),
    ("Slum area 16.5 hectares in Sampit, which level is responsible?", "pusat"),
    ("Kumuh lebih dari 15 ha, tepatnya 15,2 ha di Puruk Cahu, ditangani siapa?", "pusat"),
    ("Kawasan kumuh kurang dari 10 ha, sekitar 7,3 hektare di Kumai, urusan siapa?", "kabkota"),
    ("Kumuh di atas 10 ha, yaitu 10,4 ha di Kasongan Lama, kewenangan provinsi?", "provinsi"),
    ("Lokasi kumuh 150.000 m² di Mentawa Baru Hulu kewenangan siapa?", "pusat"),
    ("Kumuh 99.000 m2 di Kelurahan Sawahan masuk mana?", "kabkota"),
    ("Slum location 12 hectares in Buntok, province or regency?", "provinsi"),
    ("Kumuh di bawah 10 hektar, cuma 4 ha di Desa Sanggu, siapa nang manangani?", "kabkota"),
    ("Kumuh Murjani Bawah 31,77 ha kewenangan siapa?", "pusat"),
    ("Kawasan kumuh Pesanggrahan 7,71 ha ditangani siapa?", "kabkota"),
    ("Slum area of 11.40 ha in Tamiang Layang, who handle it?", "provinsi"),
    ("Kumuh 0,8 ha di RT 03 Kelurahan Langkai, kewenangan mana?", "kabkota"),
    ("Lokasi kumuh seluas 100.000 meter persegi, provinsi atau kabupaten?", "provinsi"),
    ("Kumuh 14.66 ha di Pulang Pisau, masih masuk provinsi?", "provinsi"),
    ("Kawasan kumuh Kotim 75,87 ha kewenangan siapa?", "pusat"),
    ("Kumuh 13 hektar di Kuala Kurun tu kewenangan siapa kah?", "provinsi"),
    ("Slum area 9.99 ha in Pangkalan Bun, is it province?", "kabkota"),
    (
        "Dengan hormat, lokasi kumuh seluas 10,5 hektare di Kecamatan Bulik menjadi kewenangan "
        "siapa?",
        "provinsi",
    ),
    ("Kumuh 20 ha di Kuala Kapuas ditangani pemerintah mana?", "pusat"),
    ("Luas kumuh pas 15 hektare persis, masih provinsi atau sudah pusat?", "pusat"),
]

ROUNDTC_OUT_OF_SCOPE: list[str] = [
    "Besok di Palangka Raya hujan tidak ya? Saya mau survei lapangan.",
    "Skor pertandingan Kalteng Putra semalam berapa?",
    "Resep juhu singkah yang enak bagaimana?",
    "Harga tiket pesawat Palangka Raya ke Jakarta minggu depan berapa?",
    "Ada rekomendasi hotel murah di Sampit?",
    "Who win the football match last night?",
    "Cara membuat akun Instagram untuk kantor bagaimana?",
    "Hari ini tanggal merah tidak?",
    "Berapa pagu anggaran Disperkimtan Kalteng untuk tahun 2027?",
    "Berapa total anggaran PSU provinsi tahun 2026 untuk Kabupaten Kapuas?",
    "Harga satuan beton K-250 per meter kubik di Kuala Kapuas berapa?",
    "Berapa harga semen per sak di Muara Teweh sekarang?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun 2026?",
    "Siapa kontraktor pelaksana drainase di Pahandut tahun 2025?",
    "Nomor HP Kabid Kawasan Permukiman Disperkimtan berapa?",
    "Minta nomor WhatsApp admin Disperkimtan yang bisa dihubungi.",
    "Bagaimana aturan Pergub Kalimantan Selatan tentang penanganan kumuh?",
    "Perda kumuh Kota Samarinda isinya apa saja?",
    "Syarat rutilahu di Jawa Barat apa saja?",
    "SIPD saya error waktu input sub kegiatan, muncul pesan gagal simpan. Bagaimana mengatasinya?",
    "Lupa password SIPD, reset ke mana?",
    "Kapan jadwal kenaikan pangkat PNS periode Oktober?",
    "Bagaimana cara mengajukan cuti tahunan di BKD?",
    "Saya mau mutasi dari Perkim Lamandau ke provinsi, prosedurnya bagaimana?",
    "Berapa gaji tenaga honorer di Disperkimtan?",
    "Tebal perkerasan rabat beton jalan lingkungan yang standar berapa cm?",
    "Berapa lebar minimal saluran drainase lingkungan menurut SNI?",
    "Spesifikasi pipa HDPE untuk SPAM perdesaan apa saja?",
    "Bagaimana menghitung volume galian tanah untuk saluran drainase 500 meter?",
    "Mutu baja tulangan apa yang dipakai untuk plat duiker?",
    "Berapa alokasi DAK Tematik PPKT Kabupaten Kotawaringin Timur tahun 2027?",
    "Berapa dana desa yang diterima Desa Kalawa tahun 2027?",
    "Berapa unit RTLH yang ditangani provinsi di Katingan tahun 2026?",
    "Berapa nilai kontrak pembangunan rusun di Palangka Raya?",
    "Bagaimana cara mengurus sertifikat tanah di BPN Kapuas?",
    "Kapan pencairan termin kedua kontraktor jalan lingkungan kami?",
    "Format laporan SPJ perjalanan dinas ke Palangka Raya seperti apa?",
    "Berapa bunga KPR subsidi di bank tahun ini?",
    "Syarat KPR FLPP untuk pegawai honorer apa saja?",
    "Berapa tarif retribusi PBG untuk rumah tinggal di Sampit?",
    "Cara membuat laporan keuangan LKPD bagaimana?",
    "Jadwal pendaftaran CPNS 2027 kapan dibuka?",
    "Bagaimana cara mendaftar akun e-katalog untuk penyedia?",
    "Berapa harga satuan pekerjaan paving block per meter persegi di Kuala Kurun?",
    "Siapa saja anggota DPRD Kalteng dari dapil Barito?",
    "Can you give me the email of the head of Disperkimtan?",
    "What is the unit price for drainage U-ditch in Palangka Raya?",
    "How to fix SIPD error when I upload RKA?",
    "Data jumlah penduduk miskin Kabupaten Seruyan tahun 2026 berapa?",
    "Kapan Kementerian PKP membuka pendaftaran BSPS tahun 2027 dan berapa kuotanya untuk Kalteng?",
]
