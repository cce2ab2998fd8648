"""Training table K1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: long messages wrapped over several lines as a phone sends them, with the
situation first and the question at the end; greetings, apologies and thanks around it.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_K1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        (
            "Selamat pagi Bu. Saya baru dua minggu dipindah ke Dinas Perkim Kabupaten Sukamara, "
            "sebelumnya di BPKAD, jadi masih buta soal bidang ini. Kepala dinas minta saya bikin "
            "ringkasan satu halaman: di urusan perumahan dan kawasan permukiman itu pembagian "
            "tugas antara pusat, provinsi dan kabupaten seperti apa ya? Terima kasih banyak."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Siang admin. Besok ada rapat internal di Kuala Kurun soal rencana kerja 2027, Pak "
            "Kabid minta saya menjelaskan ke 6 staf baru siapa memegang apa di bidang perkim "
            "menurut lampiran UU 23/2014. Bisa dijabarkan per tingkat pemerintahan secara garis "
            "besar?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Good afternoon. I'm a planner at the Palangka Raya city housing office and I'm "
            "drafting a briefing for a visiting NGO team on Thursday. Could you give me an "
            "overview of how housing and settlement responsibilities are split between the "
            "central government, the province and the regencies/cities? Thanks in advance."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Assalamualaikum pak. Di kantor kami (Perkim Barito Timur) sering debat, ada yang "
            "bilang provinsi wajib bantu semua urusan perumahan sampai ke desa. Sebelum saya "
            "jawab ke atasan, tolong petakan dulu secara umum kewenangan pusat, provinsi dan "
            "kabupaten/kota di bidang PKP itu apa saja."
        ),
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        (
            "Selamat pagi. Waktu pembahasan KUA-PPAS minggu lalu di Tamiang Layang, ada anggota "
            "TAPD bilang perumahan itu urusan pilihan jadi anggarannya bisa dipangkas duluan. "
            "Saya ragu. Sebenarnya perumahan dan kawasan permukiman itu termasuk urusan wajib "
            "pelayanan dasar atau bukan? Pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Halo min, saya operator SIPD di Dinas Perkim Kotim. Pak Sekdis minta dasar hukum "
            "bahwa PKP itu urusan wajib yg berkaitan dgn pelayanan dasar, mau dipakai buat "
            "lampiran telaahan staf ke Bupati. Boleh dibantu? Makasih"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Sore Bu, izin bertanya. Ada wacana di Lamandau dinas kami mau digabung ke dinas "
            "lain tahun 2026 dan porsinya dikecilkan. Kami mau berargumen bahwa urusan perumahan "
            "rakyat ini wajib dan terkait layanan dasar. Benar begitu menurut UU Pemda, dan apa "
            "konsekuensinya bagi daerah?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Pagi pak, dari Kapuas. Atasan saya bilang klasifikasi perumahan sebagai urusan "
            "wajib pelayanan dasar itu penting untuk prioritas anggaran kami tahun depan. Maksud "
            "klasifikasi 'wajib pelayanan dasar' itu apa ya, dan bedanya dengan urusan wajib "
            "yang bukan pelayanan dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        (
            "Pagi Pak. Di SK kumuh Kabupaten Kapuas ada lokasi di Kelurahan Dahirang, Kecamatan "
            "Kapuas Hilir, luasnya 12,4 ha. Kabid saya bilang itu bisa diusulkan ke provinsi. "
            "Benar ya luas segitu masuk kewenangan provinsi? Tolong dijelaskan juga batas-batas "
            "luasnya."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Selamat siang, saya dari bidang kawasan permukiman Barito Selatan. Kawasan kumuh "
            "kami di Desa Pamait, Dusun Selatan, cuma sekitar 6 ha di SK. Kalau luasnya segitu "
            "siapa yang wajib menangani, kabupaten sendiri atau masih bisa minta ke provinsi?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Assalamualaikum. Mau tanya aturan pembagian penanganan kawasan permukiman kumuh "
            "berdasarkan luas, dari kabupaten sampai provinsi. Soalnya angka 10 ha yang dipakai "
            "bos saya di Muara Teweh kadang disebut 'di atas 10', kadang 'mulai 10'. Bunyi "
            "aturannya yang benar gimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Tabe admin. Ada lokasi kumuh di tepian Sungai Kahayan, Kecamatan Pahandut, luasnya "
            "pas 10,0 ha menurut SK wali kota. Kami berdebat di kantor, yang pas 10 ha itu "
            "kewenangan provinsi atau masih kota? Terima kasih sebelumnya."
        ),
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        (
            "Selamat pagi Bu. Lokasi kumuh kami di Kelurahan Mentawa Baru Hilir luasnya 18,3 ha "
            "sesuai SK Bupati Kotim tahun 2022. Staf provinsi bilang itu lewat dari batas "
            "provinsi. Jadi kawasan 15 ha ke atas itu kewenangan siapa dan kami harus "
            "mengusulkan ke mana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Hello, I work in the Katingan housing office. We have a riverside slum area of "
            "about 21 hectares in Katingan Hilir. Which level of government is responsible for "
            "slum areas of 15 ha or more, and is that rule firmly confirmed in the regulation?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pak, mohon info cepat. Di Pulang Pisau ada kawasan kumuh yang luas delineasinya "
            "persis 15 ha, tidak lebih tidak kurang. Apakah 15 ha pas itu masih provinsi atau "
            "sudah masuk kewenangan pemerintah pusat? Atasan minta jawaban sebelum Jumat."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Siang min. Pak Kadis Kapuas lagi menyiapkan surat ke kementerian untuk kawasan "
            "kumuh besar di Kecamatan Selat, luasnya ratusan hektare. Sebelum surat dikirim, "
            "saya mau pastikan: kawasan kumuh yang luas begitu memang urusan pusat ya? Apa bunyi "
            "ketentuannya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        (
            "Selamat pagi. Tahun 2026 kami di Perkim Seruyan mau bikin program pencegahan supaya "
            "permukiman baru di pinggiran Kuala Pembuang tidak jadi kumuh. Kegiatan pencegahan "
            "kumuh begini bisa dibiayai provinsi, atau memang murni tugas kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Halo admin, saya staf perencanaan di Kobar. Di Renja kami ada sub kegiatan "
            "pencegahan perumahan dan kawasan permukiman kumuh. Bos nanya, provinsi punya peran "
            "di pencegahan atau tidak? Mohon penjelasannya."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Sore Bu. Ada perumahan swadaya yang mulai padat di Kelurahan Bukit Tunggal, Jekan "
            "Raya, belum masuk SK kumuh tapi tanda-tandanya sudah ada: gang sempit, genangan. "
            "Siapa yang berwenang mencegah supaya tidak berkembang jadi kawasan kumuh?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Pagi pak, salam dari Puruk Cahu. Bupati Murung Raya minta ada program supaya tidak "
            "tumbuh kumuh baru di sekitar ibu kota kabupaten. Pak Kabid tanya apakah pencegahan "
            "kumuh itu bisa dikerjakan bareng provinsi atau memang hanya kewenangan "
            "kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        (
            "Pagi Pak. Saya diminta Kabid Perumahan di Kasongan menyusun daftar kewenangan "
            "sub-urusan perumahan untuk bahan Renstra 2025-2029. Untuk provinsi dan kabupaten, "
            "masing-masing apa saja tugasnya di sub-urusan perumahan itu?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Selamat siang. Di sub urusan perumahan, apa bedanya tugas provinsi dengan "
            "kabupaten/kota? Kami di Gumas sering dapat permintaan warga soal rumah, jadi "
            "bingung mana yang bisa diteruskan ke Disperkimtan dan mana yang harus kami tangani "
            "sendiri."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Assalamualaikum min. Kadis kami di Pulang Pisau minta dicek: khusus bidang "
            "perumahan (bukan kawasan permukiman), kabupaten itu pegang apa saja selain rumah "
            "korban bencana? Ada izin atau sertifikat juga? Terima kasih."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Halo Bu, pegawai baru di Dinas Perkim Barito Utara. Dalam sub-urusan perumahan "
            "menurut lampiran UU 23/2014, bagian provinsi itu apa saja dan apa yang tetap di "
            "kabupaten? Saya perlu untuk matriks kewenangan yang diminta Sekda."
        ),
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        (
            "Selamat pagi Bu. Banyak warga berpenghasilan rendah di Sampit datang ke kantor "
            "minta dibangunkan rumah murah, sudah ada 40-an surat. Saya mau jelaskan penyediaan "
            "rumah untuk MBR itu ranah siapa. Apakah pusat? Provinsi bisa bantu atau tidak?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Siang Pak, Pemkot Palangka Raya ingin ada rusun tambahan buat pekerja dan "
            "mahasiswa. Pembangunan rumah susun itu biasanya peran pemerintah pusat ya? Apa saja "
            "sebenarnya peran pusat di bidang perumahan?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Halo admin. Ada bank di Buntok tanya ke kantor kami soal skema pembiayaan perumahan "
            "bersubsidi untuk warga. Setahu saya sistem pembiayaan perumahan itu bukan "
            "kewenangan daerah. Benar dipegang pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Tabe. Pak Sekda Katingan bertanya apakah kabupaten boleh membangun rumah untuk "
            "masyarakat berpenghasilan rendah dari APBD atau harus menunggu program kementerian. "
            "Mohon dijelaskan peran pusat untuk perumahan MBR dan rusun."
        ),
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        (
            "Pagi Pak. Banjir Januari 2026 merendam puluhan rumah di Desa Tumbang Habaon, "
            "Kecamatan Tewah, Gunung Mas; 23 rumah rusak berat. Siapa yang wajib menyediakan "
            "rumah pengganti untuk korban, kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Selamat siang. Ada rencana relokasi warga bantaran sungai di Kecamatan Seranau "
            "karena proyek pemerintah kabupaten Kotim, sekitar 60 KK. Fasilitasi rumah untuk "
            "warga yang direlokasi itu tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Good afternoon. A fire destroyed 15 houses in Kelurahan Panarung, Pahandut, last "
            "month. If the disaster is handled at city level, who has to provide or rebuild "
            "housing for the victims? And what would change if it were declared a provincial "
            "disaster?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Assalamualaikum. Kalau bencananya skala provinsi, misalnya banjir besar yang "
            "ditangani gubernur, lalu rumah korban di Kapuas Murung rusak, apakah Disperkimtan "
            "yang menangani rehabilitasi rumahnya? Bagaimana kalau warga direlokasi karena "
            "program provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        (
            "Selamat pagi. Ada pengembang mau bangun 150 unit perumahan di Kecamatan Arut "
            "Selatan, dekat Pangkalan Bun. Mereka tanya izin pembangunan perumahan itu diurus ke "
            "provinsi atau ke kabupaten? Terima kasih."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Siang min. Saya di Perkim Kota Palangka Raya. Ada penghuni rumah susun minta SKBG "
            "untuk unitnya. Penerbitan sertifikat kepemilikan bangunan gedung itu kewenangan "
            "kota atau provinsi ya?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Halo Bu, izin tanya. Untuk izin pembangunan dan pengembangan kawasan permukiman di "
            "wilayah eks transmigrasi Pangkalan Banteng, siapa yang menerbitkan? Pak Kabid kira "
            "harus ke provinsi."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Hello from Seruyan. A private developer wants to build a housing estate near Kuala "
            "Pembuang. Which level of government issues housing development permits and "
            "settlement-area permits, and who issues the SKBG?"
        ),
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        (
            "Selamat pagi Bu. Di nomenklatur SIPD ada program kawasan permukiman. Saya mau tahu "
            "isi sub-urusan kawasan permukiman itu untuk kabupaten, provinsi dan pusat, biar "
            "penempatan sub kegiatan di Renja Barsel 2027 tidak salah."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Pagi Pak, Kadis Murung Raya minta saya jelaskan bedanya sub-urusan kawasan "
            "permukiman dengan sub-urusan perumahan. Di sub-urusan kawasan permukiman itu apa "
            "saja kewenangan masing-masing tingkat?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Halo admin. Disperkimtan sering menyebut 'penyelenggaraan kawasan permukiman' "
            "sebagai tugas provinsi. Itu cakupannya apa saja ya? Kami di Sukamara ingin paham "
            "batasnya sebelum menyusun usulan."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Siang, saya sedang menyusun Renja di Lamandau. Di sub-urusan kawasan permukiman "
            "menurut UU 23/2014, selain kumuh berdasarkan luas, ada apa lagi? Katanya pusat juga "
            "menetapkan sistem kawasan permukiman nasional, betul?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        (
            "Selamat pagi. Jalan dan saluran di perumahan KPR di Kecamatan Baamang belum "
            "diserahkan pengembang, warga minta diperbaiki provinsi. Setahu saya PSU perumahan "
            "itu kabupaten, PSU permukiman itu provinsi. Bedanya apa ya persisnya dan siapa "
            "pegang yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Siang Pak. Pak Kabid Perkim Kapuas tanya, dalam sub-urusan PSU di UU 23/2014, "
            "provinsi menyelenggarakan PSU yang mana dan kabupaten/kota yang mana? Mohon "
            "penjelasan singkat buat bahan rapat Senin."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Halo min, saya dari Bartim. Kami mau usul perbaikan jalan dan saluran di dalam "
            "kompleks perumahan bersubsidi di Tamiang Layang, ada 200-an rumah. Itu bisa masuk "
            "kewenangan provinsi atau memang kami sendiri yang tangani?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Good morning. Could you explain the difference between PSU perumahan and PSU "
            "permukiman in terms of who is responsible? Our team in Kotawaringin Timur keeps "
            "mixing them up when drafting proposals for 2027."
        ),
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        (
            "Selamat pagi Bu. Tahun depan kami di Katingan mau usul jalan lingkungan dan saluran "
            "di Desa Tewang Rangas. Sebenarnya PSU yang dibangun Disperkimtan itu jenis apa "
            "saja? Apa bisa juga lampu jalan, MCK atau balai warga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Siang Pak. Jalan poros kabupaten yang melintas Kecamatan Dusun Selatan rusak parah, "
            "drainase di kiri-kanannya juga. Bisa tidak diusulkan sebagai PSU ke provinsi, atau "
            "jalan kabupaten memang tidak termasuk?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Assalamualaikum. Desa kami di Kecamatan Sepang itu perdesaan, bukan kota. Apakah "
            "PSU provinsi berupa jalan lingkungan dan drainase hanya untuk kawasan perkotaan, "
            "atau permukiman di desa juga bisa? Pak Camat tanya terus."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Halo admin, dari Pulang Pisau. Sebenarnya apa saja yang dibangun provinsi lewat "
            "program PSU? Bos saya mengira semua jenis jalan bisa, saya pikir hanya jalan "
            "lingkungan dan drainase di permukiman. Mana yang benar?"
        ),
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        (
            "Pagi Bu. Ada konsultan perencana lokal di Buntok mau terdaftar sebagai perancang "
            "rumah dan perencana PSU. Sertifikasi dan registrasi untuk tingkat kemampuan kecil "
            "itu diurus di kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Selamat siang. Kami di Kota Palangka Raya dapat pertanyaan dari asosiasi arsitek: "
            "kalau badan usaha perencanaan PSU tingkat kemampuan menengah, registrasinya ke "
            "mana? Lalu yang besar ke mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Halo admin. Sub-urusan sertifikasi, kualifikasi, klasifikasi dan registrasi di "
            "bidang PKP itu isinya apa ya, dan pembagiannya antar tingkat pemerintahan "
            "bagaimana? Ditanya bos untuk evaluasi Renstra Kobar."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Tabe Pak. Ada tukang gambar perorangan di Nanga Bulik yang biasa merancang rumah "
            "warga, dia tanya perlu sertifikat dan registrasi atau tidak, dan siapa yang "
            "mengeluarkan. Bisa dibantu penjelasan kewenangannya?"
        ),
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        (
            "Selamat pagi. Kami sedang susun laporan penerapan SPM tahun 2025 untuk Kabupaten "
            "Gunung Mas. SPM bidang perumahan rakyat itu jenis pelayanan dasarnya apa saja untuk "
            "kabupaten dan provinsi, dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Siang Bu. Inspektorat di Kapuas menanyakan capaian SPM perumahan kami tahun lalu. "
            "Dasar hukum SPM perumahan itu PP dan Permen apa ya? Dan apa yang jadi kewajiban "
            "provinsi di situ?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Hello, I'm preparing the minimum service standard (SPM) report for Barito Timur. "
            "What basic housing services must each level provide under the SPM, and is the "
            "target really 100 percent?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Assalamualaikum min, Pak Bupati Seruyan minta kami pastikan SPM perumahan terpenuhi "
            "tahun ini. Yang diukur itu apa saja sebenarnya? Apakah perbaikan RTLH masuk SPM, "
            "atau hanya rumah korban bencana dan relokasi?"
        ),
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        (
            "Pagi Pak. Desa Sei Jangkit di Kecamatan Bataguh luas wilayahnya sekitar 900 ha, "
            "tapi yang dinyatakan kumuh di SK cuma sebagian. Untuk menentukan kewenangan, luas "
            "yang dihitung yang mana: luas desa atau luas kawasan kumuhnya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Selamat siang. SK kumuh Barsel tahun 2017 dan revisi 2023 luas lokasinya beda "
            "karena cara deliniasinya berubah. Kalau kami usul ke provinsi, luas yang dipakai "
            "untuk menentukan kewenangan itu mengacu ke mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Good morning. Our slum location in Kelurahan Jingah, Teweh Baru, covers 11 ha on "
            "the SK map, but the whole kelurahan is much bigger. When deciding which level "
            "handles it, do you use the delineated area in the SK or the area of the village?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Assalamualaikum Bu. Kalau satu kawasan kumuh di SK terbentang di dua kelurahan yang "
            "berdampingan di Pahandut, luas yang dipakai untuk menentukan kewenangan itu luas "
            "hasil delineasi di SK atau luas masing-masing kelurahan? Mohon arahan."
        ),
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        (
            "Selamat pagi. Kami di Lamandau belum punya SK kumuh yang baru sejak pemekaran "
            "kecamatan. Yang berwenang menetapkan lokasi kumuh itu siapa, bupati atau gubernur? "
            "Dan apa saja yang harus ada di SK itu?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Siang Pak. SK kumuh Kabupaten Barito Utara terbit tahun 2019. Pak Kabid tanya "
            "apakah SK itu wajib ditinjau ulang, berapa tahun sekali, dan apa dasar aturannya?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Halo min. Tahun ini Pemkab Pulang Pisau mau revisi penetapan lokasi kumuh. Proses "
            "penetapannya bagaimana dan lampirannya apa saja, cukup daftar lokasi atau perlu "
            "peta juga?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Sore Bu, dari Sukamara. Kami sempat minta ke Biro Hukum provinsi supaya gubernur "
            "menerbitkan SK kumuh untuk kabupaten kami, tapi katanya bukan mereka. Sebenarnya "
            "siapa yang menandatangani penetapan lokasi kumuh dan seberapa sering harus "
            "diperbarui?"
        ),
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        (
            "Selamat pagi Bu. Minggu depan kami survei di Desa Teluk Bogam, Kumai, untuk "
            "pendataan kumuh. Aspek apa saja yang dinilai dalam kriteria kumuh? Biar formulir "
            "tim kami lengkap dan tidak bolak-balik."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Pagi admin, konsultan kami bilang ada tujuh aspek kriteria kekumuhan. Boleh "
            "disebutkan apa saja aspeknya dan ada berapa kriteria di dalamnya menurut Permen "
            "PUPR 14/2018?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Assalamualaikum. Apakah air minum dan proteksi kebakaran juga termasuk aspek "
            "penilaian kumuh? Tim verifikasi di Kuala Kurun ragu karena formulir lama tahun 2016 "
            "tidak ada aspek air minum."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Hello, I'm training 12 enumerators in Barito Selatan next week. What aspects are "
            "used to assess whether a settlement is a slum under the PUPR regulation, and how "
            "many criteria are there in total?"
        ),
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        (
            "Pagi Pak. Hasil penilaian lokasi kumuh di Kelurahan Mendawai, Arut Selatan, "
            "totalnya 63. Itu masuk kategori kumuh berat ya? Nilai maksimalnya berapa sih?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Selamat siang. Bagaimana cara skoring kumuh itu, apa benar tiap kriteria dapat "
            "nilai 0, 1, 3 atau 5 tergantung persentase yang terdampak? Kami di Kapuas mau cek "
            "ulang baseline 2025."
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Hi, our team scored a location in Kecamatan Dusun Timur at 72 points. What is the "
            "maximum score, and from what score is a location classed as heavy slum (kumuh "
            "berat)?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Assalamualaikum Bu. Di aplikasi lama kami ada yang pakai batas kumuh berat 71 ke "
            "atas. Yang benar menurut aturan sekarang berapa? Pak Kadis Kobar minta angka yang "
            "bisa dipertanggungjawabkan di depan dewan."
        ),
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        (
            "Selamat pagi. Lokasi di Desa Kalumpang, Mantangai, skornya 45. Apakah itu kumuh "
            "sedang? Berapa rentang nilai untuk kumuh sedang dan kumuh ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Siang admin. Skor kekumuhan lokasi kami di Kecamatan Tewah cuma 20 poin. Itu masuk "
            "kumuh ringan atau malah tidak kumuh? Mohon rentang skor untuk ringan dan sedang."
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Halo Pak, kalau nilai total 37, itu ringan atau sedang? Tim kami di Sampit beda "
            "pendapat, separuh bilang sedang. Rentang nilainya bagaimana dan apakah angkanya "
            "sudah pasti?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Sore Bu, salam dari Palangka Raya. Lokasi di Kecamatan Sabangau dapat skor 39 dan "
            "kami belum yakin labelnya. Batas bawah dan atas kumuh sedang itu berapa, lalu kumuh "
            "ringan mulai dari angka berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        (
            "Selamat pagi Bu. Kawasan kumuh ringan di Kelurahan Hampatung, lahannya legal dan "
            "bersertifikat. Pola penanganan yang cocok apa, pemugaran atau peremajaan? Mau "
            "dimasukkan ke dokumen perencanaan 2027."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Pagi Pak. Ada permukiman di lahan sempadan sungai di Kecamatan Teweh Tengah, "
            "statusnya ilegal dan rawan banjir tiap tahun. Penanganan kumuh seperti ini pakai "
            "pola apa ya?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Assalamualaikum. Apa beda pemugaran, peremajaan dan pemukiman kembali dalam "
            "penanganan kumuh? Pak Kabid Katingan minta penjelasan sederhana untuk bahan "
            "sosialisasi ke warga bulan depan."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Hi, a question from Seruyan. For a medium-level slum on legally held land, which "
            "handling approach applies: pemugaran, peremajaan or resettlement? And how does land "
            "legality change the choice?"
        ),
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        (
            "Selamat pagi. Pak Kadis Barut mau sambutan di acara Hari Habitat, minta data kumuh "
            "se-Kalimantan Tengah. Ada berapa lokasi kumuh di provinsi ini dan total luasnya "
            "berapa hektare?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Siang min, kabupaten mana di Kalteng yang paling banyak lokasi kumuhnya? Dan "
            "umumnya kumuh kita itu tipe apa, tepian sungai kah? Buat bahan paparan di Kuala "
            "Kapuas hari Rabu."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Halo Bu, saya staf baru di Perkim Pulpis. Kabid minta saya cari angka jumlah "
            "kawasan kumuh di seluruh Kalteng untuk pembanding data kabupaten. Apakah ada data "
            "dari Disperkimtan?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Hello, could you share the overall slum figures for Central Kalimantan? I need the "
            "number of locations and the total hectares for a presentation to our DPRD in Muara "
            "Teweh next week."
        ),
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        (
            "Selamat pagi Pak. Tahun ini Perkim Sukamara pertama kali mau mengusulkan kegiatan "
            "ke provinsi, dulu-dulu lewat Bappeda saja. Sebenarnya usulan kegiatan itu harus "
            "berisi apa saja, dan kenapa data-data itu diminta?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Siang admin. Kabid saya agak kesal, tanya kenapa usulan ke provinsi harus sampai "
            "mengisi jumlah KK, jiwa, status lahan, foto, macam-macam. Apa alasan di balik tiap "
            "isian itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Assalamualaikum. Saya diminta menyiapkan draf usulan Kapuas untuk TA 2027, "
            "targetnya 5 usulan. Bisa diberi gambaran isi minimal sebuah usulan supaya tidak "
            "bolak-balik diperbaiki?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Halo Bu, dari Gunung Mas. Oh ya, selamat atas kantor barunya kemarin. Mau tanya, "
            "informasi apa saja yang wajib ada dalam sebuah usulan ke provinsi dan apa gunanya "
            "masing-masing waktu usulan dinilai?"
        ),
        "usulan.isi",
    ),
    # usulan.jenis
    (
        (
            "Selamat pagi Bu. Usulan ke provinsi itu jenisnya apa saja yang bisa diajukan? Kami "
            "di Lamandau punya rencana jalan lingkungan, rumah untuk korban banjir, dan "
            "perbaikan RTLH."
        ),
        "usulan.jenis",
    ),
    (
        (
            "Pagi Pak. Kalau usulan kami tidak termasuk kumuh, PSU, rumah korban bencana, atau "
            "RTLH, misalnya penataan ruang terbuka di tepi sungai Kasongan, masih bisa diajukan "
            "sebagai jenis lainnya?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Halo min. Pak Kadis Pulpis minta daftar kategori usulan yang diterima Disperkimtan "
            "supaya kami bisa memilah hasil Musrenbang kecamatan yang jumlahnya 60-an. Apa saja "
            "kategorinya?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Good morning. What categories of proposal can a regency send to the provincial "
            "housing agency? We're sorting about twenty ideas in Katingan for next year and want "
            "to group them properly."
        ),
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        (
            "Selamat siang. Saat mengisi lokasi usulan untuk Desa Sumber Rejo, Kecamatan "
            "Pematang Karau, data apa saja yang perlu disiapkan? Titik koordinat wajib tidak? HP "
            "kantor kami GPS-nya kurang akurat."
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Pagi Bu. Nama lokasi di usulan kumuh itu harus sama persis dengan nama di SK kumuh "
            "atau boleh nama kampung sehari-hari? Di Kumai nama di SK beda dengan sebutan warga."
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Assalamualaikum. Untuk usulan di Kelurahan Beriwit, Puruk Cahu, apakah kami harus "
            "memilih perkotaan atau perdesaan, dan luasnya ditulis dalam hektare atau meter "
            "persegi?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Pagi pak, maaf ganggu hari Minggu. Lokasi usulan kami di Desa Tumbang Tariak, "
            "Kecamatan Kurun. Keterangan lokasi apa saja yang harus diisi, sampai RT atau cukup "
            "desa? Bos juga tanya apakah titik GPS harus dikirim."
        ),
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        (
            "Selamat pagi. Untuk usulan drainase di Desa Bangun Jaya, Katingan Kuala, kami "
            "hitung penerima manfaatnya 85 KK dan 310 jiwa. Data penerima manfaat apa lagi yang "
            "dibutuhkan, dan biaya ditulis seperti apa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Siang Pak. Di isian sumber dana usulan, pilihan apa saja yang bisa ditulis? "
            "Kabupaten Barsel siap menyediakan dana pendamping dari APBD, apa bisa dicantumkan "
            "sebagai kombinasi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Halo admin. Perkiraan biaya usulan kami Rp 1,8 M untuk 120 KK di Kecamatan "
            "Manuhing. Apakah ada ketentuan menulis estimasi biaya dan jumlah penerima, misalnya "
            "jumlah unit rumah juga harus disebut?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Good afternoon from Kotawaringin Barat. For the beneficiaries and cost part of a "
            "proposal, what should we report: households, people, houses? And which funding "
            "sources can we propose?"
        ),
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        (
            "Selamat pagi Bu. Pak Kabid Kotim bilang usulan PSU kita tahun lalu kalah karena "
            "kurang siap. Dokumen kesiapan apa saja yang sebaiknya dilampirkan untuk usulan PSU "
            "supaya dinilai siap?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Pagi admin. Apa yang dimaksud kriteria kesiapan usulan dan dokumen apa saja yang "
            "dihitung? Kami di Gunung Mas baru punya RAB, DED belum ada karena anggaran "
            "perencanaan terpotong."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Assalamualaikum. Untuk usulan jalan lingkungan di Desa Rodok, Dusun Tengah, apakah "
            "perlu surat dari Bupati dan kesepakatan warga sebagai bagian kesiapan? Apa saja "
            "daftar lengkapnya?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Hi, what readiness documents should accompany a proposal, PSU proposals included? "
            "We're in Murung Raya and our boss wants this year's package to be complete before "
            "the Rakor."
        ),
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        (
            "Selamat pagi. Lahan untuk jalan lingkungan di Desa Tampu Langit masih tanah warga, "
            "belum ada hibah ke desa atau pemda. Status lahan seperti ini jadi masalah tidak "
            "untuk usulan ke provinsi?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Siang Pak. Syarat lahan clean and clear untuk usulan itu apa saja? Di Kecamatan "
            "Sebangau Kuala ada lahan yang sudah sertifikat tapi belum sesuai RTRW."
        ),
        "usulan.lahan",
    ),
    (
        (
            "Halo Bu. Lokasi usulan kami di Kapuas Barat sedang ada sengketa batas dengan "
            "perusahaan sawit. Pak Kadis tanya apakah usulan tetap bisa diproses kalau lahannya "
            "belum clean and clear."
        ),
        "usulan.lahan",
    ),
    (
        (
            "Sore min, dari Lamandau. Status lahan apa saja yang bisa dipilih di usulan: tanah "
            "pemda, tanah desa, tanah warga bersertifikat atau SKT? Dan kalau kami jawab 'belum "
            "tahu' soal clean and clear, pengaruhnya apa?"
        ),
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        (
            "Selamat pagi. Usulan kumuh 11 ha kami di Kelurahan Baru, Arut Selatan, SK kumuhnya "
            "tahun 2019. Apakah SK lama itu masih bisa dipakai untuk usulan tahun ini atau harus "
            "diperbarui dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Siang admin, kalau lokasi yang kami usulkan ternyata tidak tercantum di SK kumuh "
            "Bupati Kapuas, apakah usulan kumuhnya tetap bisa diterima provinsi?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Assalamualaikum Bu. Untuk usulan penataan kumuh, data SK kumuh apa saja yang harus "
            "dicantumkan: nomor, tanggal, atau juga lampiran daftar lokasinya? Pak Kabid Pulpis "
            "mau siapkan dari sekarang."
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Hi, we're preparing a slum upgrading proposal in Barito Timur. What do you need to "
            "know about our SK kumuh in the proposal, and what happens if the decree is more "
            "than five years old?"
        ),
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        (
            "Selamat pagi Pak. Untuk usulan drainase di Desa Sabuai, Kumai, kami baru punya foto "
            "kondisi. DED dan RAB wajib dilampirkan atau boleh menyusul setelah dianggarkan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Siang Bu. Dokumen teknis apa saja yang biasanya dilampirkan: DED, RAB, RKS, site "
            "plan? Pak Kabid Barut minta daftar lengkap biar konsultan mengerjakan sekaligus."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Halo min. Berapa foto kondisi eksisting yang perlu dikirim dan apa yang sebaiknya "
            "terlihat di foto? Lokasi kami di Desa Tumbang Samui jauh, 5 jam perjalanan, jadi "
            "sekali jalan harus lengkap."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Pagi pak, tim teknik kami di Sampit mau mulai menggambar bulan depan. Untuk usulan "
            "ke provinsi, gambar dan dokumen teknis apa saja yang diharapkan terlampir? Apakah "
            "site plan dan RKS juga perlu?"
        ),
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        (
            "Selamat pagi. Provinsi minta surat pernyataan kesediaan menerima hibah dan O&P. Itu "
            "isinya apa dan ditandatangani siapa? Kami di Sukamara belum pernah membuat surat "
            "seperti itu."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Siang Pak. Pak Sekda Gumas tanya kenapa kabupaten harus membuat pernyataan sanggup "
            "memelihara jalan lingkungan yang nanti dibangun provinsi. Apa maksud dan gunanya "
            "surat itu?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Assalamualaikum. Surat pernyataan hibah serta operasi dan pemeliharaan itu perlu "
            "untuk semua jenis usulan atau hanya PSU? Kami di Pulang Pisau mau siapkan dari "
            "sekarang biar tidak terlambat."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Halo Bu, Barsel di sini. Atasan saya minta contoh surat pernyataan kesanggupan "
            "menerima aset dan mengoperasikan serta memelihara hasil pembangunan provinsi. "
            "Poin-poin apa yang harus ada di dalamnya?"
        ),
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        (
            "Selamat pagi Bu. Di Desa Lawang Kamah, Timpah, ada 14 rumah warga yang sudah lapuk "
            "dan miring. Apa saja syaratnya kalau mau diusulkan perbaikan RTLH lewat provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Siang Pak. Ada warga di Kecamatan Cempaga minta dibangunkan rumah baru di tanah "
            "kosong miliknya, rumah lamanya sudah roboh total. Bisa masuk program RTLH provinsi "
            "tidak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Halo admin. Warga kami di Desa Nanga Kemujan tanahnya belum bersertifikat, cuma ada "
            "SKT dari desa. Apakah tetap bisa jadi penerima RTLH provinsi? Lalu penerimanya "
            "ditetapkan oleh siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Good afternoon. What are the conditions for RTLH (uninhabitable house) proposals "
            "through the province, and who decides the final list of beneficiaries? We have 30 "
            "candidates in Kotawaringin Lama."
        ),
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        (
            "Selamat pagi. Warga RT 05 di Kelurahan Panjehang, Rakumpit, mau langsung "
            "mengusulkan perbaikan jalan lingkungan ke Disperkimtan. Apakah masyarakat boleh "
            "mengusul sendiri dan syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Siang Bu. Ketua RT di Desa Karya Bhakti, Rungan, kirim proposal drainase ke kantor "
            "kami minta diteruskan ke provinsi. Proposal warga begitu harus diketahui siapa saja "
            "supaya bisa diproses?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Assalamualaikum. Kalau cuma dua keluarga yang minta jalan setapak depan rumahnya "
            "dibangun, apakah bisa diusulkan sebagai permintaan PSU dari masyarakat ke provinsi? "
            "Pak Lurah nanya."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Pagi min, dari Seruyan Hilir. Warga Desa Sungai Undang sudah kumpulkan tanda tangan "
            "70 KK untuk minta saluran drainase. Permintaan PSU dari masyarakat seperti ini "
            "ketentuannya bagaimana?"
        ),
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        (
            "Selamat pagi Pak. Jalan lingkungan yang dibangun provinsi tahun 2024 di Kelurahan "
            "Bukit Tunggal sudah selesai dan dipakai warga. Bagaimana proses serah terimanya ke "
            "pemkot, dan setelah itu siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Siang Bu. Aset drainase dari provinsi di Kapuas belum bisa kami catat di neraca "
            "karena belum ada BAST. Siapa yang menandatangani BAST dan naskah hibahnya, dan "
            "bagaimana urutannya?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Assalamualaikum. Kenapa PSU yang dibangun provinsi di atas tanah kabupaten harus "
            "dihibahkan ke kabupaten? Pak Kabid Bartim khawatir beban pemeliharaannya jadi "
            "tanggungan kami semua."
        ),
        "hibah.aset",
    ),
    (
        (
            "Hello from Kotawaringin Timur. After the province builds drainage on regency land, "
            "how is the asset handed over to us, and who is responsible for maintaining it "
            "afterwards?"
        ),
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        (
            "Selamat pagi. Lokasi kumuh kami di Kecamatan Kapuas Kuala cuma 4,5 ha jadi bukan "
            "kewenangan provinsi. Kalau begitu sumber dananya bisa dari mana saja selain APBD "
            "kabupaten?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Siang Pak. Usulan perbaikan jalan di dalam kompleks perumahan di Pangkalan Bun "
            "tidak bisa dibiayai provinsi karena itu PSU perumahan. Alternatif pendanaannya apa, "
            "bisa minta CSR perusahaan sawit?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Halo min. Kawasan kumuh 30 ha di Sampit katanya urusan pusat. Jalur dananya lewat "
            "mana saja, APBN langsung, DAK Tematik PPKT, atau masih bisa APBD kabupaten?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Hi, if a proposal turns out not to be the province's responsibility, what other "
            "funding channels can a regency like Barito Utara use? Village funds, CSR, DAK?"
        ),
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        (
            "Selamat pagi Bu. Saya baru tiga bulan di Perkim Katingan. Bisa dijelaskan alur "
            "tahunan usulan ke provinsi dari awal sampai jadi kegiatan? Usulan yang dikirim "
            "tahun 2026 itu untuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Siang Pak. Kalau kami kirim usulan bulan Maret 2026 ini, kira-kira kapan "
            "dikerjakan? Pak Kadis Barut pikir bisa langsung dibangun tahun ini juga, saya "
            "kurang yakin."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Assalamualaikum. Urutan siklusnya bagaimana: usulan, diperiksa, Rakor, lalu apa "
            "lagi sampai dibangun dan diserahkan? Saya mau bikin jadwal internal setahun di "
            "Dinas Perkim Lamandau."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Pagi min, dari Sukamara. Maaf pertanyaannya dasar sekali. Tiap tahun kan ada usulan "
            "ke provinsi; siklusnya dari persiapan usulan di kabupaten sampai masuk anggaran "
            "provinsi itu seperti apa?"
        ),
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        (
            "Selamat pagi. Setelah usulan masuk, provinsi memeriksa apa saja? Usulan kami dari "
            "Pulpis tahun lalu lama sekali tidak ada kabar, jadi kami ingin tahu tahapannya."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Siang Bu. Apakah tim provinsi turun ke lapangan untuk cek lokasi usulan? Pak Kabid "
            "Kobar mau siapkan staf pendamping kalau memang ada survei ke Kotawaringin Lama."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Halo admin. Pemeriksaan usulan di provinsi itu meliputi administrasi, teknis, dan "
            "kewenangan ya? Bisa dijelaskan masing-masing apa yang dicek?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Hello, how does the province review the proposals it receives? I want to brief my "
            "team in Murung Raya on what you check, so we can fix weak points before sending."
        ),
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        (
            "Selamat pagi Pak. Pak Kadis Gumas baru dilantik bulan lalu, beliau tanya Rakor "
            "Bidang Kawasan Permukiman itu acara apa, siapa yang diundang, dan apa manfaatnya "
            "buat kabupaten?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Siang Bu. Di Rakor dan Sinkronisasi itu usulan kabupaten dibahas satu per satu atau "
            "hanya paparan umum? Kami di Barsel mau persiapkan bahan dan orang yang tepat."
        ),
        "siklus.rakor",
    ),
    (
        (
            "Assalamualaikum. Saya lihat Rakor tahun 2024 bulan September, tahun 2025 November. "
            "Apakah Rakor memang diadakan sekali setahun dengan tanggal yang berubah-ubah? Apa "
            "fungsinya sebelum Musrenbang?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Halo min, tim kami di Palangka Raya baru dibentuk. Rapat koordinasi dan "
            "sinkronisasi kawasan permukiman se-Kalteng itu sebenarnya membahas apa dan kenapa "
            "kabupaten/kota perlu hadir?"
        ),
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        (
            "Selamat pagi. Usulan Kapuas yang dibahas di Rakor kemarin, setelah itu masuk ke "
            "mana? Musrenbang provinsi, RKPD, lalu APBD? Bisa dijelaskan alurnya?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Siang Pak. Usulan kami sudah berstatus disetujui. Apakah itu berarti pasti ada di "
            "APBD provinsi tahun depan? Pak Kabid Seruyan minta kepastian untuk laporan ke "
            "Bupati."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Halo Bu. Hubungan Rakor dengan Musrenbang provinsi itu bagaimana? Apakah usulan "
            "yang dibahas di Rakor otomatis masuk RKPD, dan RKPD itu sama dengan APBD atau beda "
            "tahap?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Good afternoon from Lamandau. After the Rakor, how does an accepted proposal move "
            "into the provincial RKPD and then the APBD? Does the bot track that part too?"
        ),
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        (
            "Selamat pagi. Kabupaten Sukamara belum punya Pokja PKP. Siapa yang membentuk dan "
            "apa tugasnya? Pak Sekda minta saya menyiapkan draf SK pembentukannya bulan ini."
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Siang Pak. Apa fungsi Pokja PKP di kabupaten dan dasar hukumnya apa? Di Bartim "
            "pokjanya sudah vakum sejak 2021 dan mau kami aktifkan lagi."
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Assalamualaikum. Di Muara Teweh, Pokja PKP kelihatannya digabung dengan Pokja PPAS "
            "dan AMPL yang diketuai Sekda. Boleh seperti itu? Sebenarnya peran Pokja PKP sendiri "
            "apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Halo Bu, dari Katingan. Pokja PKP itu kerjanya apa saja dalam pembangunan perumahan "
            "dan permukiman, dan apakah provinsi berharap tiap kabupaten punya pokja yang aktif?"
        ),
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        (
            "Selamat pagi. Saya mau antar surat usulan dari Kuala Pembuang langsung ke kantor "
            "Disperkimtan Provinsi minggu depan. Alamat kantornya di mana ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Siang min, website resmi Disperkimtan Kalteng apa alamatnya? Pak Kadis Lamandau mau "
            "lihat berita kegiatan provinsi dan bahan Rakor."
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Halo Bu, saya baru pindah tugas dari Kalsel ke Perkim Kotim. Disperkimtan Provinsi "
            "itu sebenarnya dinas yang menangani apa saja, dan kalau mau datang langsung "
            "kantornya di mana?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Hi, how can I contact the provincial housing agency directly? Our Bupati's office "
            "in Puruk Cahu wants to send an official letter and needs the address."
        ),
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        (
            "Selamat pagi. Saya baru disetujui jadi petugas Kabupaten Barito Selatan di bot ini "
            "kemarin sore. Perintah apa saja yang bisa saya pakai di sini?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Siang. Jam di pengingat dan undangan dari bot ini pakai WIB atau WITA? Teman di "
            "Bartim sempat telat sejam karena mengira WITA."
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Assalamualaikum. Saya pegawai Perkim Seruyan, bagaimana cara mulai memakai bot "
            "Sinkron ini, perlu daftar dulu? Atasan minta semua staf bidang kawasan permukiman "
            "pakai."
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Halo min, bot ini saya buka dari HP dengan sinyal pas-pasan di Kasongan. Ada daftar "
            "perintah singkat yang bisa saya ketik, misalnya untuk usul, lihat usulan, dan "
            "rapat?"
        ),
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        (
            "Selamat pagi. Waktu isi /usul dari Desa Tumbang Kanei sinyal hilang di tengah "
            "jalan. Apakah isian saya hilang atau bisa dilanjutkan dari tempat terakhir?"
        ),
        "bot.usul",
    ),
    (
        (
            "Siang min. Usulan tahun lalu mirip dengan yang mau saya kirim tahun ini, cuma "
            "lokasinya lain di Kumai. Bisa disalin dari usulan lama di /usul biar tidak isi "
            "ulang semua?"
        ),
        "bot.usul",
    ),
    (
        (
            "Halo. Di /usul boleh lampirkan berapa foto dan dokumen PDF? DED kami ada 3 file, "
            "RAB 1 file, fotonya 15 lembar."
        ),
        "bot.usul",
    ),
    (
        (
            "Hi, when I send a proposal with /usul, can I attach our DED as a PDF, and what "
            "happens after I press submit? Do I get a tracking code?"
        ),
        "bot.usul",
    ),
    # bot.status
    (
        (
            "Selamat pagi. Usulan kami statusnya 'perlu perbaikan'. Artinya apa ya dan apa yang "
            "harus saya lakukan? Kabid Kapuas panik, dikira ditolak."
        ),
        "bot.status",
    ),
    (
        (
            "Siang Pak. Apa beda status 'verifikasi' dan 'dibahas di Rakor'? Mau saya laporkan "
            "ke atasan di Kasongan besok pagi."
        ),
        "bot.status",
    ),
    (
        (
            "Assalamualaikum. Kalau status usulan sudah 'disetujui', masih bisa berubah? Dan "
            "status 'dibatalkan' itu artinya siapa yang membatalkan?"
        ),
        "bot.status",
    ),
    (
        (
            "Sore Bu, dari Pangkalan Bun. Pak Kadis minta saya jelaskan arti tiap status usulan "
            "di Sinkron, mulai dari diajukan sampai yang terakhir. Bisa dijabarkan satu per "
            "satu?"
        ),
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        (
            "Selamat pagi. Usulan jalan lingkungan kami di Desa Aruk ditolak dengan alasan bukan "
            "kewenangan provinsi. Kami harus bagaimana sekarang? Bisa diajukan ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Siang Bu. Usulan Barut statusnya 'dialihkan' ke APBD kab/kota. Maksudnya apa, dan "
            "apakah provinsi masih membantu dalam bentuk lain?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Halo min, Pak Kadis Kobar tidak terima usulan kita ditolak, katanya data luasnya "
            "salah baca. Kalau menurut kami keputusan itu keliru, bagaimana cara memperbaikinya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Pagi pak, usulan Gumas kami dialihkan ke DAK. Apa arti dialihkan itu untuk kami, "
            "dan langkah selanjutnya apa supaya kegiatannya tetap jalan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        (
            "Selamat pagi. Usulan kami dari Pulpis sudah seminggu masih 'diajukan'. Berapa lama "
            "biasanya provinsi menindaklanjuti? Ada standar waktunya?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Siang Pak. Saya dengar bot ini pakai ukuran seperti LAPOR! untuk tindak lanjut. "
            "Maksudnya berapa hari kerja? Apakah itu aturan yang mengikat Disperkimtan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Assalamualaikum. Hitungan 3 hari kerja untuk tindak lanjut itu termasuk Sabtu atau "
            "tidak? Usulan kami masuk Kamis sore, jadi saya mau tahu kapan wajar menanyakan."
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Halo Bu, ini sudah empat hari kerja sejak usulan Katingan kami kirim. Sebenarnya "
            "ada standar berapa cepat provinsi merespons usulan yang masuk lewat bot ini?"
        ),
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        (
            "Selamat pagi. Saya dapat undangan rapat di Sinkron tapi hari itu ada tugas ke Desa "
            "Tabulang, Tanah Siang. Bisa diwakilkan ke staf lain? Caranya bagaimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Siang Bu. Pengingat rapat dari bot dikirim kapan saja? Pak Kabid Kotim minta "
            "diingatkan sehari sebelumnya."
        ),
        "bot.rapat",
    ),
    (
        (
            "Halo min, bagaimana konfirmasi kehadiran untuk undangan rapat yang masuk lewat bot? "
            "Kami dua orang dari Bartim mau hadir."
        ),
        "bot.rapat",
    ),
    (
        (
            "Hi, I received a meeting invitation through Sinkron. How do I confirm attendance, "
            "and can I send a colleague from the Sukamara office instead?"
        ),
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    (
        (
            "Selamat pagi Bu. Saya dari Inspektorat Barsel, baru diperbantukan ke dinas sejak "
            "Januari. Orang sini sering sebut 'Perkim' untuk dinas maupun bidangnya. Perkim itu "
            "singkatan dari apa ya?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Siang min, di kop surat provinsi tertulis Disperkimtan. Saya paham Perkim, tapi "
            "akhiran 'tan' itu apa? Kepanjangan lengkap Disperkimtan apa? Mau saya tulis benar "
            "di surat Bupati Lamandau."
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "Halo Pak, anak magang di kantor kami di Kasongan tanya terus soal PSU di dokumen "
            "Renstra. PSU itu kepanjangannya apa, saya juga kadang lupa urutannya."
        ),
        "istilah.psu",
    ),
    (
        (
            "Hi there. I keep seeing the word 'jaling' in the proposal spreadsheets from Kapuas, "
            "for example 'jaling 350 m Desa Palangkai'. What does jaling stand for?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Assalamualaikum. Di daftar kegiatan PSU provinsi ada kata drainase. Drainase yang "
            "dimaksud itu drainase apa, saluran besar kota atau yang di lingkungan? Pak Camat "
            "Sepang tanya."
        ),
        "istilah.drainase",
    ),
    (
        (
            "Pagi Bu. Di tabel baseline kumuh Kapuas kolom tingkatnya diisi KR, KS, KB. Saya "
            "mulai dari yang pertama dulu: KR itu singkatan apa?"
        ),
        "istilah.kr",
    ),
    (
        (
            "Siang Pak, masih soal tabel baseline kumuh tadi. Kalau kode KS di kolom tingkat "
            "kekumuhan itu artinya apa ya? Lokasi di Desa Tarantang diberi kode itu."
        ),
        "istilah.ks",
    ),
    (
        (
            "Sore admin, agak lucu pertanyaan saya. Di rekap kumuh Kotim ada kode KB, atasan "
            "saya kira keluarga berencana. Dalam konteks kumuh, KB itu maksudnya apa?"
        ),
        "istilah.kb",
    ),
    (
        (
            "Selamat pagi. Saya sering dengar 'SK kumuh' waktu rapat di Bappeda Gumas tapi malu "
            "bertanya. SK kumuh itu sebenarnya surat keputusan apa dan dari siapa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Halo Bu, konsultan RP2KPKP kami di Buntok menulis 'peta delineasi' di laporannya. "
            "Delineasi itu artinya apa ya dalam urusan kumuh?"
        ),
        "istilah.delineasi",
    ),
    (
        (
            "Assalamualaikum Pak. Saya staf keuangan yang baru dipindah ke Perkim Sukamara. Di "
            "DPA ada singkatan RTLH. Kepanjangannya apa?"
        ),
        "istilah.rtlh",
    ),
    (
        (
            "Pagi min. Di laporan capaian 2025 ada kalimat 'RTLH menjadi RLH 84 unit'. RLH itu "
            "apa ya? Mau saya masukkan ke bahan pidato Pak Bupati Katingan."
        ),
        "istilah.rlh",
    ),
    (
        (
            "Siang Bu, warga di Desa Kayu Bulan selalu bilang 'bedah rumah'. Itu istilah resmi "
            "program atau sebutan saja? Sebenarnya maksud bedah rumah itu apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "Halo Pak, saya dengar dari Kadis Pulpis soal program BSPS dari kementerian. BSPS "
            "itu singkatan dari apa? Mau saya catat untuk notulen rapat tadi."
        ),
        "istilah.bsps",
    ),
    (
        (
            "Good morning. I'm new at the Barito Utara housing office and the documents keep "
            "mentioning MBR, for example 'rumah untuk MBR'. What does MBR mean?"
        ),
        "istilah.mbr",
    ),
    (
        (
            "Selamat pagi. Pemkot Palangka Raya punya beberapa rusunawa. Rusunawa itu "
            "kepanjangannya apa dan bedanya dengan rusun biasa apa ya? Ditanya wartawan lokal."
        ),
        "istilah.rusunawa",
    ),
    (
        (
            "Pagi Bu. Di berita kementerian ada bantuan 'rusus' untuk nelayan di Kumai. Rusus "
            "itu singkatan apa ya? Kami kira salah ketik rusun."
        ),
        "istilah.rusus",
    ),
    (
        (
            "Siang Pak. Setelah banjir di Tewah kemarin, BPBD menyebut akan dibangun huntara "
            "untuk 23 KK. Huntara itu apa ya maksudnya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Halo min, lanjut dari huntara tadi. Pak Kadis Gumas juga menyebut huntap untuk "
            "tahap berikutnya. Huntap itu kepanjangannya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Assalamualaikum. Di form usulan ada isian jumlah KK. Yang dimaksud KK itu kartu "
            "keluarga atau kepala keluarga? Satu rumah di Desa Aruk ada yang isinya tiga "
            "keluarga."
        ),
        "istilah.kk",
    ),
    (
        (
            "Selamat sore. Isian 'jiwa' di form usulan itu maksudnya jumlah orang ya, termasuk "
            "anak-anak? Kami di Kapuas Hulu mau hitung ulang datanya."
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Pagi Pak, staf baru saya di Sukamara tanya satuan 'ha' di SK kumuh itu apa dan "
            "berapa meter persegi. Saya jawab hektare tapi dia minta dipastikan."
        ),
        "istilah.ha",
    ),
    (
        (
            "Hello, quick terminology question from Seruyan. Our consultant says we need a DED "
            "before the province will look at our drainage plan. What does DED stand for?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Siang Bu. Di checklist kelengkapan usulan ada RAB. RAB itu singkatan apa ya? "
            "Bendahara kami di Tamiang Layang minta penjelasan."
        ),
        "istilah.rab",
    ),
    (
        (
            "Halo admin, konsultan kami di Kobar sebut dokumen RKS harus disiapkan. RKS itu "
            "kepanjangannya apa? Saya cuma tahu DED dan RAB."
        ),
        "istilah.rks",
    ),
    (
        (
            "Pagi Pak. Bappeda Murung Raya minta kami kirim KAK untuk kegiatan perencanaan jalan "
            "lingkungan. KAK itu apa, sama dengan TOR bukan?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Assalamualaikum Bu. Di daftar dokumen teknis ada 'site plan'. Site plan itu bahasa "
            "Indonesianya apa dan maksudnya gambar seperti apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Hi, in the DAK guidance I read that proposals need an RC. I'm preparing documents "
            "for Kotawaringin Timur. What does RC mean here?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Selamat pagi. Aset jalan dari provinsi di Kapuas mau diserahkan, mereka minta kami "
            "siapkan BAST. BAST itu singkatan apa ya?"
        ),
        "istilah.bast",
    ),
    (
        (
            "Siang Pak, bendahara barang kami di Nanga Bulik tanya, 'hibah' dalam urusan aset "
            "PSU itu artinya apa? Apakah sama dengan hibah uang untuk ormas?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Halo Bu. Bidang aset BPKAD Barut menyebut jalan lingkungan yang sudah diserahkan "
            "akan dicatat sebagai BMD. BMD itu kepanjangannya apa?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Pagi min. Kalau BMD sudah saya paham, lalu BMN yang disebut di naskah hibah "
            "kementerian ke Gunung Mas itu apa? Kepanjangannya tolong."
        ),
        "istilah.bmn",
    ),
    (
        (
            "Assalamualaikum. Di surat pernyataan ada singkatan O&P. Kami di Pulang Pisau kurang "
            "yakin kepanjangannya, O&P itu apa ya?"
        ),
        "istilah.op",
    ),
    (
        (
            "Selamat sore. Inspektorat Palangka Raya sering menyebut SPM waktu audit. Saya "
            "lupa-lupa ingat, SPM itu singkatan dari apa?"
        ),
        "istilah.spm",
    ),
    (
        (
            "Pagi Pak. Di undangan dari Bappeda Katingan ada rapat 'Pokja PKP'. Pokja PKP itu "
            "kepanjangannya apa? Saya diminta mewakili Kabid."
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "Siang Bu. Kadis Bartim diangkat jadi anggota Pokja PPAS. PPAS di situ singkatan apa "
            "ya? Jangan sampai tertukar dengan KUA-PPAS."
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Hello, our regional secretary in Sampit chairs something called 'Pokja AMPL'. What "
            "does AMPL stand for? I need it for the meeting minutes."
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Halo admin. Dokumen RP3KP Kabupaten Kobar katanya harus diperbarui. RP3KP itu "
            "kepanjangannya apa ya? Hurufnya banyak sekali."
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Assalamualaikum Pak. Kalau RP2KPKP itu singkatan dari apa? Kota Palangka Raya "
            "katanya sudah punya dari dulu dan kami di Kapuas belum."
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Selamat pagi Bu. Dulu di Kuala Kapuas ada program KOTAKU dengan fasilitator "
            "kelurahan. KOTAKU itu singkatan dari apa?"
        ),
        "istilah.kotaku",
    ),
]
