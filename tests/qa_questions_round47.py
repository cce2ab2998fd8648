"""Round 47 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: a pantun or rhyme opening ("Buah duku buah salak, mau tanya
boleh tidak?"); analogies with other sectors or programmes ("kayak dana BOS di sekolah");
emotional pleading or pressure from citizens ("kasihan warga, sudah tiga tahun menunggu");
edge bargaining to fit a rule (rounding, splitting or merging areas or proposals); comparing
with another regency ("Kotim bisa, kenapa kami tidak?"); Kotawaringin / Pangkalan Bun Malay
words ("kamek", "kitak", "macam mane"); dates and times in many formats ("tgl 5/3", "H-7
rakor"); double negation and hedging ("bukannya tidak boleh ya?"). About one question in ten
is Indian English ("Kindly clarify ...", "please do the needful"). A glossary entry's
questions ask what the term means. Written at the end of round 30 of tuning and measured
untouched on its last matcher, for the next round.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND47_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Buah duku buah salak, dibeli orang di pasar Kahayan; mau tanya boleh tidak, peta "
            "kewenangan perkim itu pembagiannya bagaimana antara pusat, provinsi dan "
            "kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kayak di pendidikan ada pembagian SD-SMP ke kabupaten dan SMA ke provinsi, nah "
            "di bidang perumahan dan kawasan permukiman secara garis besar siapa pegang apa "
            "saja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Tolong dong pak, pimpinan kami mau memangkas anggaran perkim karena katanya "
            "bukan urusan penting. Perumahan itu termasuk urusan wajib pelayanan dasar bukan? "
            "Pasal berapa dasarnya, biar saya bisa jelaskan ke beliau."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Kindly clarify whether housing and settlement areas are a mandatory basic "
            "service affair under UU 23/2014, and which article says so."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Bunyi aturan pembagian penanganan kumuh berdasarkan luas itu persisnya "
            "bagaimana? Kami mau atur lokasi supaya pas, jadi tolong sebutkan batas bawah dan "
            "batas atas yang jadi kewenangan provinsi."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Di Barsel katanya kumuh berapa pun luasnya bisa minta ke provinsi, memang aturan "
            "kewenangan penanganan kawasan kumuh menurut luas itu seperti apa sih?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Untuk kawasan kumuh yang 15 ha ke atas kan bukan provinsi, lalu usulannya "
            "diarahkan ke mana dan sumber dana apa yang paling cocok?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Sebelum rapat tgl 12/8 saya perlu kepastian: kumuh 15 hektare atau lebih itu "
            "bunyi aturannya sudah pasti jadi urusan pusat, atau masih belum terkonfirmasi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kumuh itu bukannya tidak bisa diusulkan ke provinsi ya? Atau "
            "sebenarnya provinsi ikut pegang pencegahan juga?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Naik klotok ke Kuala Kurun, singgah sebentar di Tewah; sebelum kumuhnya "
            "turun-temurun, upaya pencegahan kumuh itu tugas pemerintah yang mana ya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Mirip Dinas Sosial yang tugasnya dibagi per jenjang, di sub-urusan perumahan itu "
            "provinsi kebagian tugas apa saja dan kabupaten/kota apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Warga kami terus menagih janji soal rumah, kasihan sekali mereka pak. Sebenarnya "
            "di sub-urusan perumahan, kewenangan provinsi itu sebatas apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Kalau penyediaan rumah untuk MBR kami tempelkan saja ke usulan PSU permukiman "
            "biar ikut masuk provinsi, bisa? Atau rumah MBR memang tetap urusan pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "What is the role of the central government in housing, specifically housing for "
            "low-income households (MBR) and housing finance? Please revert."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Waktu banjir di Katingan katanya provinsi yang bangun rumah korbannya, tapi kami "
            "di Mura kena longsor malah disuruh tangani sendiri. Rumah korban bencana itu "
            "sebenarnya ditangani siapa?"
        ),
        ("kewenangan.bencana_relokasi", "kewenangan.perumahan"),
    ),
    (
        (
            "Kamek mau tanya, rumah warga yang kena relokasi program pemda tu sape yang "
            "nanggung, provinsi ke kabupaten? Macam mane aturannya?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada pengembang mau datang Senin depan urus izin pembangunan perumahan, izinnya "
            "itu keluar dari provinsi atau kabupaten ya?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Tidak salah kan kalau sertifikat kepemilikan bangunan gedung (SKBG) itu "
            "diterbitkan kabupaten/kota, bukan provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Anak itik berenang di kolam, induknya menunggu di tepi parit; sub-urusan kawasan "
            "permukiman itu isinya apa saja, dan bagian provinsi yang mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kalau di Dinas PU ada sub-urusan jalan, jembatan dan seterusnya, di sub-urusan "
            "kawasan permukiman pembagian tugas pusat, provinsi dan kab/kota itu bagaimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Tolong pak, warga perumahan BTN di Baamang demo terus karena jalan di "
            "kompleksnya hancur. PSU di perumahan seperti itu bisa ditangani provinsi atau "
            "harus kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kalau PSU perumahan kami tulis saja sebagai PSU permukiman supaya bisa masuk "
            "provinsi, boleh? Sebenarnya beda keduanya dari sisi kewenangan apa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kotim dapat jalan lingkungan dari provinsi, kenapa usulan kami memperbaiki ruas "
            "jalan kabupaten di pinggir kota ditolak? PSU yang dibangun Disperkimtan itu "
            "sebenarnya apa saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Ape provinsi bisa bangun drainase di kampung perdesaan juga, atau cuma di kota? "
            "Kamek di Kotawaringin Lama."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Mulai triwulan III ada konsultan perencana rumah yang mau daftar sertifikasi, "
            "untuk tingkat kemampuan kecil registrasinya di kabupaten atau di provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Sertifikasi perancang PSU tingkat kemampuan menengah bukannya bukan urusan "
            "provinsi ya? Saya ragu siapa yang pegang."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Sungai Kahayan airnya tenang, perahu lewat membawa rotan; SPM perumahan itu "
            "isinya apa, dan target provinsi berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kindly explain the Standar Pelayanan Minimal for housing: what exactly is the "
            "province obliged to provide, and under which regulation?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kayak ngitung luas sawah untuk bantuan pupuk, untuk kumuh ini yang dihitung itu "
            "luas seluruh kelurahan atau hanya luasan yang tercantum di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Desa kami luasnya 40 ha tapi yang kumuh cuma sebagian. Boleh tidak kami pakai "
            "luas desa saja biar angkanya besar? Luas kumuh yang dipakai itu yang mana "
            "sebenarnya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Tolong pak, warga bantaran sungai sudah bertahun-tahun minta kampungnya "
            "ditetapkan kumuh supaya bisa dibantu. Yang berwenang menetapkan lokasi kumuh itu "
            "siapa, gubernur atau bupati?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami terbit 14 Februari 2020, paling lambat kapan harus ditinjau ulang? "
            "Aturannya berapa tahun sekali?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Di Kapuas katanya kriteria kumuh cuma lihat bangunan dan jalan, kok kami disuruh "
            "isi banyak sekali? Sebenarnya kriteria kumuh itu ada berapa aspek?"
        ),
        "kumuh.aspek",
    ),
    (
        "Kamek ndak paham, aspek-aspek kumuh tu ape saja? Proteksi kebakaran masuk juga kah?",
        "kumuh.aspek",
    ),
    (
        (
            "Skor 62 itu nggak mungkin nggak masuk kumuh berat kan? Batas skor kumuh berat "
            "berapa ya?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Buah rambutan buah kuini, dipetik pagi di kebun paman; cara memberi skor kumuh "
            "itu bagaimana, nilai maksimalnya berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Skor lokasi kami 37, kalau dibulatkan ke 38 jadi kumuh sedang kan? Rentang skor "
            "kumuh sedang dan ringan itu dari berapa sampai berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What is the score range for kumuh sedang and kumuh ringan? Please do the needful.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Seperti rehab sekolah ada rehab ringan, sedang, berat, kalau kawasan kumuh pola "
            "penanganannya apa saja? Pemugaran dan peremajaan bedanya di mana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Warga yang tinggal di sempadan sungai takut digusur, kasihan mereka. Kalau "
            "kumuhnya di lahan yang tidak legal, penanganannya pakai pola apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kata orang Kapuas paling banyak lokasi kumuhnya se-Kalteng, benar begitu? Berapa "
            "sebenarnya jumlah lokasi kumuh dan total luasnya di Kalimantan Tengah?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Untuk paparan hari Kamis pekan ke-2 saya butuh data kumuh Kalteng: ada berapa "
            "lokasi dan total berapa hektar?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Kamek baru pertama kali ngusul, ape saja yang harus diisi dalam usulan kegiatan "
            "tu? Ngape pula banyak benar yang ditanya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Nggak mungkin nggak ada isian wajibnya kan? Data apa saja yang harus ada di satu "
            "usulan kegiatan, dan gunanya untuk apa?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Pisang goreng pisang kepok, enak dimakan waktu hujan; usulan ke provinsi itu "
            "jenisnya ada apa saja, bisa usul selain kumuh?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Mirip proposal hibah di Kesra yang ada kategorinya, usulan di Sinkron ini bisa "
            "jenis apa saja? Rumah untuk korban bencana bisa masuk?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Tolong pak, di lokasi kami sinyal susah sekali, titik GPS itu wajib atau tidak? "
            "Data lokasi usulan yang diminta apa saja?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "What location details are required for a proposal: kecamatan, village, "
            "coordinates, urban or rural? Kindly clarify."
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Jumlah jiwa kami tercatat 180 tapi KK-nya 200 karena ada KK ganda, boleh diisi "
            "begitu saja? Penerima manfaat dan biaya di usulan itu diisinya bagaimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Barut boleh mencantumkan sumber dana kombinasi, kami juga bisa kah? Pilihan "
            "sumber dana di usulan itu apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Dokumen kesiapan untuk usulan PSU tu ape saja yang kitak minta? Readiness "
            "criteria tu macam mane?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Usulan mau kami kirim akhir bulan ini (30/4), dokumen kesiapan apa saja yang "
            "sebaiknya sudah ada supaya tidak dikembalikan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan yang masih sengketa bukannya tidak masalah ya asal ada surat dari desa? "
            "Status lahan yang dianggap clean and clear itu yang bagaimana?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Burung enggang terbang tinggi, hinggap di dahan pohon jati; status lahan lokasi "
            "usulan itu harus seperti apa, milik siapa yang boleh?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Seperti laporan BOS yang wajib ada SK kepala sekolah, usulan kumuh ke provinsi "
            "juga wajib SK kumuh? Data SK apa saja yang ditanyakan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami umurnya 5 tahun 2 bulan, kalau dianggap 5 tahun pas masih bisa "
            "dipakai kan? Lokasinya juga cuma sebagian yang tercantum di SK."
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Pak tolong, kami belum punya DED karena anggaran perencanaan dipotong habis. "
            "Usulan tanpa DED dan RAB masih bisa diproses? Dokumen teknis apa saja yang "
            "diperlukan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Which technical documents should be attached to the proposal, like DED, RAB, RKS "
            "and site plan? Are photos of the existing condition mandatory?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Pulpis katanya tidak pakai surat pernyataan hibah waktu usul tahun lalu, apa "
            "kami wajib? Surat pernyataan apa saja yang perlu dilampirkan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Surat pernyataan O&P tu untuk ape, sape yang mesti tanda tangan, dan wajib ndak "
            "dilampirkan di usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Pendataan RTLH kami mulai tanggal 3 Juni. Syarat rumah yang bisa diusulkan RTLH "
            "lewat provinsi apa saja? Kalau rumahnya belum ada, bisa dibangun baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Tidak salah kan kalau penerima bantuan RTLH dari provinsi cukup ditetapkan "
            "dengan SK Bupati, bukan SK Gubernur?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Ke pasar Kahayan beli kerupuk, pulangnya mampir minum kopi; warga mau usul jalan "
            "lingkungan sendiri, syaratnya apa supaya permintaan warga itu bisa diterima?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Kasihan warga RT 05 sudah tiga tahun menunggu drainase, mereka mau langsung "
            "minta ke provinsi. Permintaan PSU dari masyarakat harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Mirip barang dari dana BOS yang akhirnya dicatat sebagai aset sekolah, jalan "
            "lingkungan yang dibangun provinsi di lahan kami nanti jadi aset siapa, dan siapa "
            "yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau naskah hibah dan BAST-nya cukup ditandatangani Kadis kami saja, tidak usah "
            "Bupati, bisa? Siapa sebenarnya yang tanda tangan?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Bartim katanya usulan kumuhnya dialihkan ke DAK, kami bisa begitu juga? Kalau "
            "bukan kewenangan provinsi, dananya bisa dicari lewat jalur apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If a proposal does not fall under provincial authority, what alternative funding "
            "channels are available? Kindly advise."
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kamek baru pindah ke bidang perkim. Siklus usulan ke provinsi tu tiap tahun "
            "macam mane alurnya?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Usulan yang kami kirim bulan Mei 2026 itu untuk tahun anggaran berapa? Alur "
            "tahunannya dari awal sampai akhir bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Provinsi nggak mungkin nggak cek lapangan kan? Usulan kami diperiksa dari sisi "
            "apa saja?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Ikan patin ikan baung, dimasak santan di Kuala Kapuas; usulan kami diperiksa "
            "provinsi itu bagaimana caranya, apa saja yang dinilai?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kayak rakor Musrenbang di Bappeda, Rakor Bidang Kawasan Permukiman itu "
            "sebenarnya rapat apa, tujuannya apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Tahun lalu teman dari Kobar bilang Rakor itu cuma seremonial saja, benar? Apa "
            "sebenarnya fungsi Rakor Bidang Kawasan Permukiman se-Kalteng?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Warga terus tanya kapan jalannya dibangun, saya sudah tidak enak hati. Setelah "
            "dibahas di Rakor, usulan kami masuk ke mana lagi sampai jadi anggaran?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Habis Rakor tu usulan masuk Musrenbang dulu ke RKPD dulu, baru APBD? Kamek "
            "bingung urutannye."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pokja PKP dan Pokja AMPL di kabupaten kami rencananya digabung saja. Sebenarnya "
            "Pokja PKP itu apa dan apa dasar hukumnya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pokja PKP itu bukan sekadar forum formalitas kan? Tugasnya apa dan aturan yang "
            "mendasarinya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Rencananya kami antar berkas hari Rabu 10/9, alamat kantor Disperkimtan Provinsi "
            "di mana ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "What is the office address and website of Disperkimtan Kalimantan Tengah?",
        "disperkimtan.kontak",
    ),
    (
        (
            "Buah manggis buah mentega, dibeli di pasar Sampit; bot Sinkron ini cara pakainya "
            "bagaimana, perintahnya apa saja?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Kalau bot menulis pukul 09.00, itu WIB atau WITA? Kami sering koordinasi dengan "
            "teman di Banjarmasin jadi suka tertukar."
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Seperti aplikasi e-proposal di Bappeda yang ada batas lampiran, kalau lewat "
            "/usul ini foto dan PDF bisa dilampirkan berapa banyak?"
        ),
        "bot.usul",
    ),
    (
        (
            "Usulan tahun lalu hampir sama persis, boleh saya salin saja lalu ganti judulnya? "
            "Apa saja yang ikut tersalin dan apa yang harus diisi ulang?"
        ),
        "bot.usul",
    ),
    (
        (
            "Pak, warga terus bertanya dan saya bingung menjelaskan: status 'verifikasi' itu "
            "artinya apa, dan bedanya dengan 'dibahas di Rakor'?"
        ),
        "bot.status",
    ),
    (
        "Status 'perlu perbaikan' tu ape artinya? Kamek masih bisa ubah usulan ke ndak?",
        "bot.status",
    ),
    (
        (
            "Usulan Seruyan dialihkan, usulan kami ditolak. Bedanya ditolak dan dialihkan itu "
            "apa, dan sesudah itu kami harus bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan yang sudah ditolak itu nggak berarti nggak ada jalan lain kan? Langkah "
            "selanjutnya apa kalau usulan ditolak karena bukan kewenangan provinsi?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan saya kirim Jumat sore, kalau dihitung hari kerja, paling lambat kapan "
            "mestinya sudah diverifikasi? Standar tindak lanjutnya berapa hari?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "What is the service standard for follow-up of proposals? Is it the same as "
            "LAPOR!, verification within 3 working days?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Pergi ke hulu naik speedboat, singgah makan di Tumbang Samba; undangan rapat di "
            "bot ini ada pengingatnya kah, berapa kali diingatkan sebelum rapat?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Tolong pak, Kabid kami sakit dan tidak bisa hadir. Bagaimana cara menyatakan "
            "kehadiran atau mengirim perwakilan lewat undangan rapat di bot?"
        ),
        "bot.rapat",
    ),
    (
        "Kalau PU itu Pekerjaan Umum, Perkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "Perkim tu ape kepanjangannye? Kamek sering dengar tapi ndak tau artinya.",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu bukan Dinas Perkim dan Pertamanan kan? Kepanjangan yang benar apa?",
        "istilah.disperkimtan",
    ),
    (
        "What does Disperkimtan stand for?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Jalan-jalan ke Sampit, beli ikan di pasar Mentaya; PSU itu singkatan dari apa "
            "ya, mohon dijelaskan saja?"
        ),
        "istilah.psu",
    ),
    (
        (
            "Tolong pak, besok saya sosialisasi ke warga tapi saya sendiri masih bingung, PSU "
            "itu apa artinya?"
        ),
        "istilah.psu",
    ),
    (
        "Orang Kotim menulis 'jaling' di usulan mereka, itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "Di notulen rapat tgl 5/3 ada tulisan 'jaling 1,2 km', jaling itu apa ya?",
        "istilah.jaling",
    ),
    (
        (
            "Drainase itu sama dengan gorong-gorong di jalan PU atau lain? Apa yang dimaksud "
            "drainase di bidang perkim?"
        ),
        "istilah.drainase",
    ),
    (
        "Drainase tu ape sebenarnye? Parit depan rumah kamek termasuk ke ndak?",
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh itu bukan singkatan kumuh rawan kan? Artinya apa?",
        "istilah.kr",
    ),
    (
        (
            "Ikan seluang digoreng garing, dimakan hangat bersama nasi; KR di tabel data "
            "kumuh itu maksudnya apa?"
        ),
        "istilah.kr",
    ),
    (
        "Tabel dari Kapuas pakai kode KS, kami tidak pernah pakai. KS itu singkatan apa?",
        "istilah.ks",
    ),
    (
        "What does KS refer to in the slum data table?",
        "istilah.ks",
    ),
    (
        (
            "Pak, bupati tanya apa itu KB di data kumuh, saya takut salah jawab di depan "
            "beliau. KB di situ singkatan dari apa? Bukan Keluarga Berencana kan?"
        ),
        "istilah.kb",
    ),
    (
        "Di lampiran SK yang terbit 12-01-2021 ada kolom KB, itu artinya apa?",
        "istilah.kb",
    ),
    (
        (
            "SK kumuh itu semacam SK penetapan penerima bansos PKH ya? Yang dimaksud SK kumuh "
            "itu apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "SK kumuh tu ape? Kamek baru dengar istilah tu.",
        "istilah.skkumuh",
    ),
    (
        "Delineasi itu bukan sekadar peta biasa kan? Artinya apa?",
        "istilah.delineasi",
    ),
    (
        "Kapal tongkang lewat Mentaya, membawa kayu ke muara; delineasi itu artinya apa ya?",
        "istilah.delineasi",
    ),
    (
        "Warga banyak tanya soal RTLH, kasihan saya tidak bisa jawab. RTLH itu singkatan apa?",
        "istilah.rtlh",
    ),
    (
        "Kindly tell me the full form of RTLH.",
        "istilah.rtlh",
    ),
    (
        "Di laporan Barsel ada istilah RLH, beda dengan RTLH? RLH itu apa?",
        "istilah.rlh",
    ),
    (
        (
            "Di laporan capaian semester I ada tulisan 'RTLH menjadi RLH', RLH itu "
            "kepanjangannya apa?"
        ),
        "istilah.rlh",
    ),
    (
        (
            "Bedah rumah itu maksudnya kayak acara TV itu ya? Istilah bedah rumah di perkim "
            "artinya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Bedah rumah tu ape maksudnye? Kamek kira operasi di rumah sakit.",
        "istilah.bedahrumah",
    ),
    (
        (
            "BSPS itu bukan singkatan Bantuan Sosial Perumahan Sederhana kan? Kepanjangan "
            "yang benar apa?"
        ),
        "istilah.bsps",
    ),
    (
        (
            "Beli rotan di Tumbang Samba, dianyam jadi tikar pandan; BSPS itu apa ya, tolong "
            "dijabarkan singkatannya."
        ),
        "istilah.bsps",
    ),
    (
        (
            "Warga miskin di sini selalu disebut MBR oleh petugas, mereka jadi tersinggung. "
            "Sebenarnya MBR itu artinya apa?"
        ),
        "istilah.mbr",
    ),
    (
        "What is meant by MBR?",
        "istilah.mbr",
    ),
    (
        (
            "Palangka Raya punya rusunawa, kami belum. Rusunawa itu apa sih, bedanya dengan "
            "rusun biasa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Besok Kamis 09.00 ada kunjungan ke rusunawa, rusunawa itu singkatan dari apa ya?",
        "istilah.rusunawa",
    ),
    (
        (
            "Seperti di sekolah ada rumah dinas guru, di perkim ada istilah rusus. Rusus itu "
            "apa artinya?"
        ),
        "istilah.rusus",
    ),
    (
        "Rusus tu ape? Lain ke dengan rusun?",
        "istilah.rusus",
    ),
    (
        (
            "Jalan-jalan ke Pangkalan Bun, singgah makan di Kumai Hilir. Maaf pak mau tanya "
            "dulu: huntara itu singkatan dari apa sih?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Kayak tenda darurat di posko BPBD gitu kah yang disebut huntara? istilah huntara "
            "itu sebenarnya maksudnya apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Tolong pak, warga korban banjir di Mantangai tanya terus soal 'huntap', kami "
            "sendiri bingung jelasinnya. Huntap itu artinya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Kalau huntara dipakai sampai lima tahun, apa sebutannya sudah bisa dianggap "
            "huntap saja? sebenarnya huntap itu artinya apa dan bedanya dengan huntara?"
        ),
        ("istilah.huntap", "istilah.huntara"),
    ),
    (
        (
            "Di Kotim formnya tulis 'jumlah KK', di Barsel katanya 'rumah tangga'. KK dalam "
            "usulan itu maksudnya apa sebenarnya, Kartu Keluarga kah?"
        ),
        "istilah.kk",
    ),
    (
        "Kamek nak isi kolom KK, tapi ape maksud KK tu? kartu keluarga ke kepala keluarga?",
        "istilah.kk",
    ),
    (
        (
            "Rekap penerima harus masuk tgl 14/2, nah di kolom 'jiwa' itu maksudnya apa ya, "
            "jumlah orang atau jumlah rumah?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Tulisan 'ha' di SK kumuh itu nggak salah kan kalau saya baca hektare? atau "
            "bukannya ada arti lain? ha itu singkatan satuan apa sebenarnya?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Pisang goreng pisang kepok, dimakan hangat di pagi hari. Maaf kalau kami "
            "terkesan sok, DED yang selalu diminta provinsi itu kepanjangannya apa ya?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Seperti di Dinas PU ada gambar kerja, apakah DED itu sama dengan gambar kerja? "
            "DED itu singkatan dari apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Pak tolong, kepala desa sudah nunggu di kantor dan saya malu kalau tidak tahu: "
            "RAB itu singkatan apa?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Kalau RAB kami pecah per lokasi jadi dua berkas, masing-masing tetap disebut RAB "
            "kan? sebenarnya RAB itu kepanjangannya apa?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Katingan waktu itu melampirkan RKS, kami di Gumas belum pernah dengar. RKS itu "
            "dokumen apa ya?"
        ),
        "istilah.rks",
    ),
    (
        "Ape itu RKS? kamek baru dengar dari konsultan, kepanjangannya macam mane?",
        "istilah.rks",
    ),
    (
        (
            "Rapat persiapan Kamis depan jam 09.00, atasan minta kami bawa KAK. KAK itu "
            "maksudnya dokumen apa?"
        ),
        "istilah.kak",
    ),
    (
        (
            "KAK sama TOR itu nggak beda kan? bukannya cuma beda bahasa? KAK itu "
            "kepanjangannya apa sih?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Ke Palangka naik travel, singgah makan di Kasongan. Kalau boleh saya bertanya, "
            "site plan itu artinya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Mirip denah sekolah yang dilampirkan di laporan dana BOS ya? site plan itu "
            "maksudnya apa sih?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Pak, kami sudah dikejar warga terus, eh provinsi malah nanya 'RC-nya sudah?'. RC "
            "itu apa maksudnya, tolong dijelaskan"
        ),
        "istilah.rc",
    ),
    (
        (
            "Boleh saya sederhanakan RC jadi 'kelengkapan berkas' saja di nota dinas? atau "
            "sebenarnya RC itu singkatan yang artinya lain?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Di Barut katanya BAST sudah ditandatangani, kami di Mura belum paham istilahnya. "
            "BAST itu kepanjangannya apa?"
        ),
        "istilah.bast",
    ),
    (
        "Kamek dapat surat dari provinsi, ade tulisan BAST. BAST tu ape artinye?",
        "istilah.bast",
    ),
    (
        (
            "Awal triwulan III nanti katanya ada hibah aset ke kabupaten. Kata hibah di sini "
            "maksudnya apa ya?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Hibah itu tidak sama dengan bantuan biasa kan? nggak salah kan kalau saya bilang "
            "hibah itu pemberian? artinya yang tepat apa?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Burung pipit terbang ke hutan, hinggap sebentar di dahan jati. BMD itu singkatan "
            "apa, mohon tuntunan dari bapak yang baik hati."
        ),
        "istilah.bmd",
    ),
    (
        (
            "Like school assets under the education department are recorded as government "
            "property, kindly clarify what is meant by BMD?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Tolong dijelaskan pak, warga protes jalan yang dibangun pusat katanya 'aset BMN' "
            "jadi tidak bisa diapa-apakan. BMN itu apa artinya?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Kalau asetnya separuh dari pusat separuh dari daerah, disebut BMN saja semua "
            "boleh? sebenarnya BMN itu kepanjangannya apa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Kapuas bilang O&P itu cuma bahasa lain dari pemeliharaan. Di Bartim kami belum "
            "pernah pakai istilah itu. O&P itu singkatan apa?"
        ),
        "istilah.op",
    ),
    (
        "O&P ni ape maksudnye? kamek ndak ngerti singkatan yang ade tanda dan tu",
        "istilah.op",
    ),
    (
        (
            "H-3 rapat evaluasi, saya disuruh bikin paparan soal SPM perumahan. SPM itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.spm",
    ),
    (
        (
            "SPM di bidang perumahan itu bukan Surat Perintah Membayar kan? nggak mungkin "
            "sama kan? artinya apa?"
        ),
        "istilah.spm",
    ),
    (
        (
            "Ikan patin ikan baung, dimasak santan di dapur ibu. Sebelum kepala dinas "
            "bertanya ke ujung, Pokja PKP itu apa ya, supaya saya tahu?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Mirip tim koordinasi PKH di Dinsos ya? Pokja PKP itu kelompok apa sebenarnya?",
        "istilah.pokjapkp",
    ),
    (
        (
            "Pak, Sekda kami ditunjuk jadi ketua Pokja PPAS dan kami staf disuruh menjelaskan "
            "ke camat. PPAS itu singkatan dari apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Pokja PPAS sama Pokja AMPL digabung saja jadi satu istilah bisa kan? tapi "
            "sebenarnya PPAS itu kepanjangannya apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Di Pulpis ada Pokja AMPL, di Lamandau katanya ndak ada. AMPL itu singkatan apa ya?",
        "istilah.pokjaampl",
    ),
    (
        "Kitak tau ndak Pokja AMPL tu ape? kamek disuruh ikut rapatnye",
        "istilah.pokjaampl",
    ),
    (
        (
            "Sebelum 31/12 kami disuruh merevisi RP3KP. RP3KP itu dokumen apa ya, "
            "kepanjangannya apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        "RP3KP is not the same as the RTRW, isn't it? Kindly clarify what RP3KP stands for.",
        "istilah.rp3kp",
    ),
    (
        (
            "Buah duku buah salak, mau tanya boleh tidak? RP2KPKP itu singkatan dari apa, "
            "panjang sekali hurufnya"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "Kayak RPJM Desa tapi khusus kumuh ya? RP2KPKP itu sebenarnya apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Warga di Baamang masih ingat program KOTAKU dan terus menanyakannya ke kami. "
            "KOTAKU itu program apa sih?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "Boleh saya tulis KOTAKU di laporan cukup sebagai 'program kumuh pusat' saja? "
            "atau sebenarnya kepanjangan KOTAKU itu apa?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "Kobar dengar-dengar dapat DAK Tematik PPKT, kami di Sukamara belum. PPKT itu "
            "singkatan apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT tu ape? kamek cuma tau DAK biase",
        "istilah.daktematikppkt",
    ),
    (
        (
            "On 02-03-2026 our Bupati asked me about APBN funding and I could not reply. What "
            "is the full form of APBN please?"
        ),
        "istilah.apbn",
    ),
    (
        (
            "APBN itu bukan anggaran daerah kan? nggak salah kalau saya bilang itu anggaran "
            "pusat? kepanjangannya apa persisnya?"
        ),
        "istilah.apbn",
    ),
    (
        (
            "Kapal klotok di Sungai Kahayan, pelan-pelan menuju ke hulu. Maaf pertanyaan saya "
            "dasar, APBD itu kepanjangannya apa, saya masih baru?"
        ),
        "istilah.apbd",
    ),
    (
        "Kayak RAPBS di sekolah ya, APBD itu apa maksudnya?",
        "istilah.apbd",
    ),
    (
        "Tolong pak, kades di Pulau Malan ngotot minta dijelaskan, APBDes itu apa artinya?",
        "istilah.apbdes",
    ),
    (
        (
            "APBDes sama ADD itu disamakan saja pengertiannya boleh? APBDes itu sebenarnya "
            "singkatan apa?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "Barsel dapat Bankeu katanya, kenapa kami belum pernah? eh tapi Bankeu itu "
            "sendiri apa ya artinya?"
        ),
        "istilah.bankeu",
    ),
    (
        "Bankeu tu ape? nama bank ke ape? kamek bingung",
        "istilah.bankeu",
    ),
    (
        "Reses DPRD pekan ke-2 April nanti, katanya akan ada Pokir. Pokir itu apa?",
        "istilah.pokir",
    ),
    (
        "Pokir itu bukan usulan masyarakat biasa kan? bukannya dari dewan? maksudnya apa?",
        "istilah.pokir",
    ),
    (
        (
            "Anak dara menumbuk padi, padinya ditampi di tepi kali. Sebelum lupa tanya sekali "
            "lagi, Musrenbang itu kepanjangannya apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu mirip rembug warga di PNPM dulu ya? artinya apa?",
        "istilah.musrenbang",
    ),
    (
        (
            "Pak, kami dituduh warga tidak memperjuangkan usulan masuk RKPD, padahal kami "
            "sendiri kurang paham. RKPD itu apa?"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "RKPD itu untuk satu tahun saja atau bisa dipecah dua tahun sekaligus? maksud "
            "RKPD itu apa sebenarnya?"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "Di Palangka Raya Renja disusun tiap dinas, di Seruyan katanya semua dibuat "
            "Bappeda. Renja itu apa artinya?"
        ),
        "istilah.renja",
    ),
    (
        "Renja tu singkatan ape ye? kamek disuruh isi",
        "istilah.renja",
    ),
    (
        (
            "Renstra 2025-2029 is due by 30th June it seems. What exactly is a Renstra, "
            "kindly explain."
        ),
        "istilah.renstra",
    ),
    (
        "Renstra itu tidak sama dengan RPJMD kan? Renstra itu maksudnya apa?",
        "istilah.renstra",
    ),
    (
        (
            "Pergi ke Buntok membeli rotan, rotan dianyam dijadikan tikar. Mohon maaf kalau "
            "saya kurang paham, RPJMD itu singkatan apa, biar saya tidak salah ucap?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Kayak rencana lima tahunan di perusahaan ya? RPJMD itu apa sebenarnya?",
        "istilah.rpjmd",
    ),
    (
        "Aduh pak, saya dimarahi atasan karena tidak tahu KUA-PPAS. Apa kepanjangannya?",
        "istilah.kuappas",
    ),
    (
        "KUA dan PPAS itu satu dokumen atau dipisah jadi dua? maksud KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    (
        (
            "In Kotim they say RKA is prepared early, in our office nobody explains. What "
            "does RKA stand for? Please revert."
        ),
        "istilah.rka",
    ),
    (
        "RKA tu ape? kamek mesti isi di aplikasi tapi ndak tau artinye",
        "istilah.rka",
    ),
    (
        "DPA kami terbit tgl 2 Januari. DPA itu kepanjangannya apa ya?",
        "istilah.dpa",
    ),
    (
        "DPA itu bukan RKA kan? nggak sama kan? apa artinya DPA?",
        "istilah.dpa",
    ),
    (
        (
            "Makan lontong di warung Bu Tini, sambil minum kopi hitam pekat. SIPD itu "
            "singkatan apa sih, kami sudah pakai tiap hari?"
        ),
        "istilah.sipd",
    ),
    (
        "Mirip Dapodik di dinas pendidikan kah? SIPD itu sistem apa?",
        "istilah.sipd",
    ),
    (
        (
            "Pak tolong, orang Bapperida telepon terus tapi saya tidak tahu itu instansi apa. "
            "Bapperida kepanjangannya apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "Bapperida itu Bappeda ditambah Balitbang yang digabung ya? jadi sebenarnya badan apa?",
        "istilah.bapperida",
    ),
    (
        "Di Kapuas disebut OPD, di Katingan masih ada yang bilang SKPD. OPD itu singkatan apa?",
        "istilah.opd",
    ),
    (
        "OPD tu ape? kamek dengar terus di rapat",
        "istilah.opd",
    ),
    (
        "Di surat tertanggal 3/9 masih tertulis SKPD. SKPD itu singkatan dari apa?",
        "istilah.skpd",
    ),
    (
        "SKPD is not a different thing from OPD, no? Kindly tell what SKPD exactly means.",
        "istilah.skpd",
    ),
    (
        (
            "Ada ikan di dalam lubuk, ditangkap orang pakai jala. SPAM itu bukan email sampah "
            "kan, artinya apa?"
        ),
        "istilah.spam",
    ),
    (
        "Seperti PDAM ya yang disebut SPAM itu? SPAM itu kepanjangannya apa?",
        "istilah.spam",
    ),
    (
        (
            "Warga di Jekan Raya mengeluh soal limbah dan orang dinas bilang 'SPALD'. Tolong "
            "jelaskan SPALD itu apa?"
        ),
        "istilah.spald",
    ),
    (
        (
            "SPALD itu istilah untuk satu instalasi besar saja, atau septic tank per rumah "
            "juga bisa dihitung? artinya apa sih SPALD?"
        ),
        "istilah.spald",
    ),
    (
        (
            "Seruyan has an IPAL near the market, our side also people are asking. What is "
            "IPAL, kindly clarify."
        ),
        "istilah.ipal",
    ),
    (
        "IPAL tu ape bende? kamek liat di gambar konsultan",
        "istilah.ipal",
    ),
    (
        "Tanggal 20 bulan depan ada peresmian TPS3R di desa. TPS3R itu singkatan apa ya?",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu bukan TPS biasa kan? 3R itu artinya apa?",
        "istilah.tps3r",
    ),
    (
        (
            "Jalan-jalan ke Tamiang Layang, jangan lupa bawa payung. MCK itu kepanjangannya "
            "apa, saya bingung."
        ),
        "istilah.mck",
    ),
    (
        "Kayak toilet umum di pasar ya? MCK itu singkatan apa?",
        "istilah.mck",
    ),
    (
        (
            "Pak, warga minta jalan tapi katanya tidak sesuai RTRW, kami bingung menjelaskan. "
            "RTRW itu apa, bukan RT/RW kan?"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW sama RDTR itu disatukan saja pengertiannya bisa? RTRW itu artinya apa sebenarnya?",
        "istilah.rtrw",
    ),
    (
        "Palangka Raya katanya sudah punya RDTR, Pulpis belum. RDTR itu kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "RDTR tu ape maksudnye? kamek dengar di Bapperida",
        "istilah.rdtr",
    ),
    (
        (
            "Mulai 1 Agustus kantor perizinan tidak pakai IMB lagi, katanya diganti PBG. PBG "
            "itu apa kepanjangannya?"
        ),
        "istilah.pbg",
    ),
    (
        "PBG itu bukan IMB yang ganti nama saja kan? Sebenarnya PBG itu apa?",
        "istilah.pbg",
    ),
    (
        (
            "Burung enggang di atas dahan, terbang tinggi ke arah utara. SLF itu artinya apa, "
            "ada yang bisa jelaskan kepada saya?"
        ),
        "istilah.slf",
    ),
    (
        (
            "Similar to the fitness certificate for vehicles in the transport department, is "
            "SLF like that? What is the meaning of SLF?"
        ),
        "istilah.slf",
    ),
    (
        "Penghuni rusun terus menanyakan SKBG ke kami, kasihan mereka. SKBG itu singkatan apa?",
        "istilah.skbg",
    ),
    (
        (
            "SKBG itu sama saja dengan sertifikat tanah, digabung aja sebutannya? atau "
            "artinya beda? SKBG itu apa?"
        ),
        "istilah.skbg",
    ),
    (
        "Di Barut SKT dikeluarkan kades, di Kobar katanya camat. SKT itu singkatan apa?",
        "istilah.skt",
    ),
    (
        "SKT tu ape? tanah kamek cuma ade SKT",
        "istilah.skt",
    ),
    (
        (
            "Lampiran disetor sebelum H-7 rakor, salah satunya disebut 'clean and clear'. "
            "Istilah itu maksudnya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "Clean and clear itu bukan cuma soal lahan bersih dari sampah kan? maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        (
            "Dari Kuala Kurun ke Tewah, naik speedboat menyusur sungai. Mohon maaf bertanya "
            "lagi, CSR itu kepanjangannya apa?"
        ),
        "istilah.csr",
    ),
    (
        (
            "Like the social fund of the palm oil companies here, is that what CSR means? "
            "Kindly clarify the meaning of CSR."
        ),
        "istilah.csr",
    ),
    (
        (
            "Pak, kepala desa marah karena saya bilang tunggu Rakor, dia tidak tahu Rakor itu "
            "apa. Rakor itu singkatan apa biar saya jelaskan?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "Kalau rapat internal dinas kami gabung dengan pertemuan provinsi, itu disebut "
            "Rakor juga? Rakor itu sebenarnya kepanjangannya apa?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "Di Bartim warga sudah pakai LAPOR!, di Kobar belum pernah dengar. LAPOR! itu "
            "sistem apa?"
        ),
        "istilah.lapor",
    ),
    (
        "LAPOR! tu ape? pakai tanda seru pula, kamek kira cuma kata biase",
        "istilah.lapor",
    ),
    (
        "Jadwalnya pukul 13.00 WIB Senin 05-05. WIB itu singkatan dari apa ya?",
        "istilah.wib",
    ),
    (
        (
            "Backlog itu bukan tumpukan berkas yang belum diproses kan kalau di perumahan? "
            "artinya apa?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Pucuk pakis pucuk paku, dimasak santan enak sekali. Dalam perumahan, backlog itu "
            "maksudnya apa, tolong jelaskan sekali lagi?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Kayak PKP di pajak (Pengusaha Kena Pajak)? PKP di dinas perumahan itu "
            "kepanjangannya apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "Tolong pak, saya baru dimutasi dari dinas lain, semua orang bilang 'bidang PKP'. "
            "PKP itu apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "Boleh saya sederhanakan 'kumuh' jadi 'rumah jelek' saja waktu sosialisasi? atau "
            "pengertian kumuh yang sebenarnya apa?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Di Sampit kawasan pinggir sungai disebut kumuh, di Kuala Kurun katanya tidak. "
            "Sebenarnya kumuh itu definisinya apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "DAK tu ape? kamek dengar 'dana DAK' terus tapi ndak tau singkatannye",
        "istilah.dak",
    ),
    (
        (
            "Next week Tuesday, 10.00 am there is a DAK meeting in Bapperida. What is the "
            "full form of DAK?"
        ),
        "istilah.dak",
    ),
    (
        (
            "Rusun itu bukan apartemen kan? nggak salah kalau saya bilang rumah bertingkat? "
            "maksud rusun apa?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "Pergi ke pasar membeli kain, kainnya dijahit jadi sarung. Maaf pak satu lagi, "
            "rusun itu apa kepanjangannya?"
        ),
        "istilah.rusun",
    ),
]

ROUND47_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan kamek yang jaling di Kumai tu dah sampai mane? Diterima ke ndak?",
        "status",
    ),
    (
        (
            "Usulan yang saya kirim tgl 2/9 kemarin sekarang posisinya di mana ya? Masih "
            "diperiksa atau sudah diputuskan?"
        ),
        "status",
    ),
    (
        (
            "Kindly update me on the status of the proposals our district submitted last "
            "month, whether accepted or rejected."
        ),
        "status",
    ),
    (
        (
            "Dari Buntok ke Muara Teweh, naik kapal menyusur Barito; Rakor tahun ini jadinya "
            "kapan dan di mana ya?"
        ),
        "meeting",
    ),
    (
        (
            "Kabupaten sebelah sudah dapat kabar rapat, kami belum. Rapat koordinasi "
            "berikutnya tanggal berapa, jam berapa, tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Rakor berikutnya jatuh pekan ke-3 November atau awal Desember? Mohon info "
            "tanggal dan tempatnya."
        ),
        "meeting",
    ),
    (
        (
            "Tolong pak, kami masih menunggu tanda tangan Bupati. Usulan tahun ini paling "
            "lambat diterima sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "Batas akhir pengiriman usulan belum lewat kan? Sampai kapan masih dibuka?",
        "deadline",
    ),
    (
        (
            "Kalau kami kirim lewat sehari dari batas, masih bisa ditoleransi? Sebenarnya "
            "tenggat usulan siklus ini sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "Pagi-pagi minum teh manis, jangan lupa sarapan pisang; selamat pagi bapak ibu "
            "admin, semoga sehat selalu."
        ),
        "greeting",
    ),
    (
        "Makaseh banyak ye atas bantuannye, kamek dah paham.",
        "greeting",
    ),
    (
        "Good morning sir, need your kind help please.",
        "greeting",
    ),
    (
        "Kayak input usulan di SIPD, kalau mau memasukkan usulan lewat bot ini caranya gimana?",
        "how_to_submit",
    ),
    (
        "Macam mane caranya kamek ngirim usulan lewat bot ni?",
        "how_to_submit",
    ),
    (
        (
            "Tolong bantu pak, saya sudah dikejar pimpinan. Bagaimana langkah-langkah "
            "mengirim usulan lewat Sinkron ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Jalan-jalan ke Kuala Kapuas, beli ikan di pasar pagi. Usulan jaling kami yang di "
            "Selat itu sudah sampai mana ya, diterima atau belum?"
        ),
        "status",
    ),
    (
        "Kamek nak tau usulan kamek dah diperiksa ke belum, ape statusnye sekarang?",
        "status",
    ),
    (
        (
            "Kindly update the status of the proposals we submitted from Katingan, whether "
            "accepted or rejected. Please revert."
        ),
        "status",
    ),
    (
        (
            "Rakor tahun ini jadinya tanggal berapa dan di mana? kemarin ada yang bilang "
            "pekan ke-3 November"
        ),
        "meeting",
    ),
    (
        (
            "Tolong pak infokan jadwal rapat berikutnya, kami dari Puruk Cahu harus pesan "
            "tiket jauh hari"
        ),
        "meeting",
    ),
    (
        (
            "Rakor berikutnya nggak mungkin nggak diadakan kan? jam berapa mulainya dan di "
            "mana tempatnya?"
        ),
        "meeting",
    ),
    (
        (
            "Kalau kami kirim telat sehari dari batas, masih diterima? sebenarnya batas akhir "
            "usulan siklus ini tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Di Kotim katanya masih bisa kirim usulan sampai akhir bulan, kami juga kan? "
            "sampai kapan usulan tahun ini diterima?"
        ),
        "deadline",
    ),
    (
        "Kayak pendaftaran PPDB ada batas waktunya, usulan ke provinsi tahun ini ditutup kapan?",
        "deadline",
    ),
    (
        "Buah kedondong buah rambutan, selamat siang bapak ibu sekalian 🙏",
        "greeting",
    ),
    (
        "Makaseh banyak ye, kamek dah paham",
        "greeting",
    ),
    (
        "Tolong bantu kami pak 🙏",
        "greeting",
    ),
    (
        "Macam mane cara kamek masukkan usulan lewat bot ni?",
        "how_to_submit",
    ),
    (
        (
            "What is the procedure for submitting a proposal through this bot? Please do the "
            "needful."
        ),
        "how_to_submit",
    ),
    (
        "Seperti input di aplikasi SIPD kah cara memasukkan usulan di sini? langkahnya gimana?",
        "how_to_submit",
    ),
]

ROUND47_AREAS: list[tuple[str, str]] = [
    (
        (
            "Kawasan kumuh kami 9,8 ha, kalau dibulatkan jadi 10 ha bisa ke provinsi? "
            "Sebenarnya dengan luas 9,8 ha itu kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Jalan-jalan ke Pulang Pisau, beli gula di Bahaur; kumuh seluas 12,5 hektar di "
            "Kahayan Hilir itu tanggung jawab siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Seperti SMA yang pindah ke provinsi, kawasan kumuh 100.000 m2 sesuai delineasi "
            "SK kami itu masuk kewenangan mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Warga Mentawa Baru Hilir sudah berkali-kali demo, kawasan kumuhnya 15 hektare "
            "pas. Siapa yang wajib menangani?"
        ),
        "pusat",
    ),
    (
        (
            "Kotim dapat penanganan provinsi, kami punya kumuh 14,99 ha di Selat. Itu "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Kumuh kamek di Kumai Hilir luasnye 85.000 meter persegi, sape yang tangani? "
            "Provinsi ke kabupaten?"
        ),
        "kabkota",
    ),
    (
        (
            "Untuk bahan Rakor tgl 18/11, lokasi kumuh 22 ha di Jekan Raya itu kewenangan "
            "pusat, provinsi, atau kota?"
        ),
        "pusat",
    ),
    (
        (
            "Kumuh yang luasnya 10 ha persis bukannya bukan kewenangan provinsi ya? Jadi "
            "siapa yang bertanggung jawab?"
        ),
        "provinsi",
    ),
    (
        (
            "Kindly clarify which level of government is responsible for a slum area of 11.2 "
            "hectares in Buntok."
        ),
        "provinsi",
    ),
    (
        (
            "Kalau kumuh 7 ha di Baamang kami gabung dengan kumuh 7 ha di Mentawa Baru, "
            "padahal di SK delineasinya dua lokasi terpisah, masing-masing lokasi itu jadi "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Mirip program KOTAKU dulu, kumuh 43.000 m² di Tanjung Pinang itu tanggung jawab "
            "pemerintah yang mana?"
        ),
        "kabkota",
    ),
    (
        (
            "Di Barsel katanya kumuh 18 hektar ditangani provinsi, kami juga punya yang 18 "
            "hektar, sebenarnya kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Kawasan kumuh di Kelurahan Mendawai luasnya 9,8 ha, kalau dibulatkan jadi 10 ha "
            "bisa masuk provinsi? jadi sebenarnya siapa yang berwenang?"
        ),
        "kabkota",
    ),
    (
        "Kamek ade lokasi kumuh 85.000 m2 di Kumai, kewenangan sape tu?",
        "kabkota",
    ),
    (
        (
            "Ikan seluang digoreng garing, dimakan bersama nasi hangat. Kumuh 7 hektare di "
            "Baamang, yang menangani siapa ya, pusat, provinsi atau kabupaten?"
        ),
        "kabkota",
    ),
    (
        (
            "Slum area of 6 hectares in Jekan Raya, to be discussed on 12/08. Kindly clarify "
            "which level of government is responsible."
        ),
        "kabkota",
    ),
    (
        (
            "Kumuh yang luasnya tepat 10 ha itu bukannya tidak masuk kabupaten ya? jadi "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Kotim bisa dapat penanganan kumuh dari provinsi, kami di Pulpis ada kumuh 12,5 "
            "hektar, siapa yang berwenang?"
        ),
        "provinsi",
    ),
    (
        (
            "Mirip pembagian jalan nasional, provinsi, kabupaten di PU, kawasan kumuh 140.000 "
            "m² itu masuk kewenangan level mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Tolong pak, warga di Muara Teweh sudah 3 tahun menunggu, luas kumuhnya 14,99 "
            "hektare, siapa yang harus tangani?"
        ),
        "provinsi",
    ),
    (
        (
            "Kumuh di SK kami luasnya pas 15 ha, masih bisa dianggap provinsi atau sudah "
            "lewat? siapa yang berwenang?"
        ),
        "pusat",
    ),
    (
        (
            "Untuk rapat Selasa depan: kawasan kumuh 250.000 meter persegi di Selat, "
            "kewenangan pusat, provinsi atau kabupaten?"
        ),
        "pusat",
    ),
    (
        (
            "In Barito Selatan one slum site of 18 hectares is there, Kotim got provincial "
            "help so why not us? Which level is responsible for it?"
        ),
        "pusat",
    ),
    (
        "Kumuh 160.000 m² di Kuala Kapuas tu kewenangan sape ye?",
        "pusat",
    ),
]

ROUND47_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng untuk TA 2027?",
    "Siapa pemenang tender pembangunan drainase di Kuala Kapuas tahun ini?",
    "Harga satuan per meter jalan lingkungan paving block di Sampit sekarang berapa?",
    ("Peserta Rakor dapat uang transport berapa ya? Penginapannya ditanggung provinsi atau tidak?"),
    "Berapa unit rumah BSPS yang dibangun di Gunung Mas sepanjang 2025?",
    "Besok ujan ke ndak di Puruk Cahu? Kamek mau survei lokasi.",
    "Syarat pengajuan KUR di bank untuk usaha warung kelontong apa saja?",
    "Kindly share the procedure for renewing my driving licence (SIM) in Palangka Raya.",
    "Nomor telepon kantor BPN Kotawaringin Timur berapa ya?",
    "Cuti bersama akhir tahun ini mulai tanggal berapa sampai tanggal berapa?",
    (
        "Pak, istri saya mau melahirkan minggu depan, cuti untuk ASN laki-laki yang "
        "istrinya melahirkan itu berapa hari?"
    ),
    "Kabar terbaru banjir di Katingan bagaimana, sudah surut belum airnya?",
    "Tarif retribusi parkir di pasar Kasongan sekarang berapa?",
    ("Kayak dana BOS, boleh tidak dana BOS dipakai untuk honor guru honorer sampai berapa persen?"),
    (
        "Pergi ke Kasongan naik travel, singgah makan di Tumbang Samba; hotel yang dekat "
        "Aula Disperkimtan mana ya, dan tarif per malamnya berapa?"
    ),
    "Berapa pagu anggaran Disperkimtan Provinsi untuk tahun 2027?",
    "Nomor WA admin Disperkimtan berapa ya? mau telepon langsung",
    "Siapa pemenang tender paket jalan lingkungan di Sei Rahayu tahun lalu?",
    "Buah duku buah salak, harga semen per sak di Puruk Cahu sekarang berapa ya?",
    "Besok di Palangka Raya hujan ndak ya? kamek mau berangkat rakor",
    "Uang harian perjalanan dinas ke Palangka Raya untuk ikut Rakor berapa ya sesuai SBU?",
    "Syarat KPR subsidi FLPP untuk ASN golongan II apa saja?",
    "Berapa nilai bantuan BSPS per unit rumah tahun ini, kasihan warga mau tahu?",
    "Kindly share the list of contractors empanelled with Disperkimtan for drainage works.",
    "Jadwal pencairan TPP ASN Pemprov bulan ini tgl berapa?",
    (
        "Cara mengurus cuti melahirkan untuk PNS gimana ya? kayak di dinas lain "
        "prosedurnya sama kah?"
    ),
    "Skor kumuh Kelurahan Pahandut Seberang hasil pendataan 2024 berapa ya?",
    "Siapa juara Liga 1 musim ini? bukannya Borneo FC ya?",
    (
        "Jalan provinsi Kasongan–Tumbang Samba yang rusak itu kapan diperbaiki Dinas PU? "
        "di Kotim sudah mulus"
    ),
    "What is the airfare from Jakarta to Palangka Raya next week? Please revert.",
]
