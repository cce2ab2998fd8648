"""Training table R35 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 44's styles, written by another hand for the first half of the topic list after round 44
was written: asking for advice, checklists of what the officer already has, pointing at an
attachment the bot cannot see, rights and duties, Enter pressed instead of space, fat-finger
typing, humour and laughter around the question, quantifiers (all, every, only, at least);
formal British English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R35_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pak, kami staf baru di Dinas Perkim Kabupaten Seruyan. Saran bapak gimana supaya "
            "kami cepat paham pembagian kewenangan perumahan dan kawasan permukiman antara "
            "pusat, provinsi dan kabupaten? ada ringkasannya nggak?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "apakah SEMUA urusan perumahan dan kawasan permukiman itu dipegang provinsi, atau "
            "cuma sebagian? minta gambaran besarnya siapa pegang apa"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Perumahan rakyat dan kawasan permukiman itu urusan wajib atau urusan pilihan ya? "
            "wajib nggak pemda menyelenggarakannya menurut UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "With reference to the slide I attached earlier, would you be so kind as to "
            "confirm whether housing and settlement areas are classed as a mandatory affair "
            "related to basic services under Law 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pembagian kewenangam penanganan kumuh berdasarkan luasnya gmn ya? batas "
            "provinssi mulai brp ha sampai brp ha"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "SK kumuh sudah ada, peta sebaran ada, luas tiap lokasi juga sudah kami hitung. "
            "Buat nentuin itu jatah kabupaten, provinsi atau pusat, patokan batas luasnya apa "
            "saja? itu aja yang kurang"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh skala besar yang disebut kewenangan pemerintah pusat itu dasar "
            "hukumnya apa, dan bunyi aturannya sudah pasti atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "wkwk pak, kawasan kumuh yang luasnya masuk jatah pusat itu provinsi beneran "
            "nggak bisa bantu sama sekali? biar kepala dinas kami nggak ngarep lagi 😅"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan tumbuhnya permukiman kumuh baru itu kewajiban provinsi atau "
            "kabupaten/kota? Bappeda minta kami bikin program pencegahan"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Apakah cuma kabupaten/kota saja yang menangani pencegahan kumuh? provinsi sama "
            "sekali nggak punya kegiatan pencegahan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "sub urusan\nperumahan\nitu provinsi\npegang apa aja\npak?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Sebaiknya kami pahami dulu batasnya: di sub-urusan perumahan, apa saja yang jadi "
            "bagian provinsi dan apa bagian kabupaten? biar usulan rumah dari Lamandau nggak "
            "salah alamat"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "hehe maaf nanya lagi pak, penyediaan rumah buat MBR sama pembangunan rusun itu "
            "sebenarnya urusan pusat ya? kadis kami ngotot mau minta ke provinsi 😅"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "I should be grateful to know whether the provision of housing for low-income "
            "households (MBR) and the financing system for such housing are the "
            "responsibility of the central government rather than the province."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "(foto terlampir) rumah warga di Desa Teluk Timbau rusak berat kena banjir "
            "kemarin. pembangunan kembali rumah korban bencana itu ditangani kabupaten atau "
            "provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Apakah setiap warga yang direlokasi boleh minta rumah ke provinsi, atau hanya "
            "yang terkena relokasi program pemprov saja?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izinpembangunan perumahan sama SKBG itu yg nerbitin siapa ya, prov ato kab?",
        "kewenangan.izin",
    ),
    (
        (
            "berkas developer sudah lengkap: site plan, sertifikat tanah, PBG. tinggal izin "
            "pembangunan dan pengembangan perumahannya, itu kami ajukan ke provinsi atau "
            "cukup di pemkab?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Di sub-urusan kawasan permukiman, apa saja kewenangan provinsi dan apa saja "
            "kewenangan kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "wkwk saya masih suka ketuker perumahan sama kawasan permukiman. khusus sub "
            "urusan kawasan permukiman, provinsi ngurus apa, kabupaten ngurus apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "mending jalan di perumahan bekas developer kami usulkan ke provinsi atau kami "
            "tangani sendiri? katanya PSU perumahan beda urusan dengan PSU permukiman"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU permukimsn sm PSU perumahan bedanya apa dr sisi kewenangan? yg jatah "
            "provinsi yg mana"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Apakah SEMUA jenis PSU bisa dibangun Disperkimtan provinsi, atau hanya jalan "
            "lingkungan dan drainase saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "lihat screenshot peta di atas pak, saluran yang mau kami usulkan ada di "
            "sepanjang jalan kabupaten. drainase di pinggir jalan kabupaten begitu bisa "
            "dibangun provinsi nggak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah dan perencana PSU itu siapa yang "
            "berhak mengeluarkan? konsultan lokal kami masih tingkat kemampuan kecil"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Would you kindly clarify whether only the central government may certify and "
            "register designers of houses and PSU, or whether each tier handles a particular "
            "capability level?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Target SPM perumahan untuk provinsi itu harus 100% ya? minimal berapa persen "
            "korban bencana provinsi yang wajib dapat rumah layak huni?"
        ),
        "kewenangan.spm",
    ),
    (
        "SPM\nbidang perumahan\nkewajiban provinsi\napa aja pak\ndasar hukumnya apa",
        "kewenangan.spm",
    ),
    (
        (
            "Di PDF SK kumuh yang saya kirim tadi, luas kelurahannya 40 ha tapi yang kumuh "
            "cuma sebagian. Luas yang dipakai buat nentuin kewenangan itu luas kelurahan atau "
            "luas yang didelineasi?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Saran ibu gimana, kami hitung luas kumuh pakai luas satu desa atau pakai luas "
            "kawasan sesuai delineasi di SK? takut salah kewenangan"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Yang berhak menetapkan lokasi permukiman kumuh itu Bupati/Wali Kota atau "
            "Gubernur? dan SK-nya wajib ditinjau ulang berapa tahun sekali?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "sk kumuh kmi terbit 2017, apa hrus direvisi? brp thn sekali ditinjau ulangnya, "
            "trs yg tanda tangan siapa"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kami sudah menilai kondisi bangunan, jalan lingkungan, drainase sama "
            "persampahan. Aspek kriteria kumuh apa lagi yang belum kami nilai?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "What would you advise we cover in our field survey? Specifically, I should be "
            "grateful for the seven aspects used to judge whether a settlement is a slum."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Skor kumuh maksimal berapa, dan minimal nilai berapa supaya lokasi masuk "
            "kategori kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "nilai lokasi kami 63 hehe, itu udah masuk kumuh berat belum ya? semoga nggak "
            "salah hitung lagi kayak tahun lalu 🤣"
        ),
        "kumuh.penilaian",
    ),
    (
        "rentan skor kumuh sedang sm kumuh ringan brp ya pak",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "sesuai tabel penilaian di foto ini, total skor Kelurahan Tanah Mas 41. Itu masuk "
            "kumuh sedang atau kumuh ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kami kumuh ringan dan lahannya legal. Sebaiknya pola penanganannya "
            "pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kalau warga kumuh tinggal di lahan ilegal atau lokasi rawan bencana, wajib "
            "dipindahkan lewat pemukiman kembali atau masih bisa dipugar?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("Ada berapa lokasi kumuh di seluruh Kalimantan Tengah, dan total luasnya berapa hektare?"),
        "kumuh.kalteng",
    ),
    (
        "Kabupaten mana yang paling banyak lokasi kumuhnya di Kalteng? semoga bukan kami wkwk",
        "kumuh.kalteng",
    ),
    (
        (
            "Usulan kami sudah ada judul, lokasi, jumlah KK sama perkiraan biaya. Isi usulan "
            "yang diminta provinsi itu apa saja, masih kurang apa lagi?"
        ),
        "usulan.isi",
    ),
    (
        (
            "I should be grateful to know what information we are obliged to include in a "
            "proposal to the province, and why each item is required."
        ),
        "usulan.isi",
    ),
    (
        "jenis usulan\nyang bisa\ndiajukan ke prov\napa aja ya",
        "usulan.jenis",
    ),
    (
        (
            "Enaknya gimana pak, kegiatan rumah untuk warga yang direlokasi program provinsi "
            "itu kami masukkan ke jenis usulan apa? pilihannya ada apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        "data lokadi usulan yg diminta apa aja? kecamatan, desa sm koordinat gps wajib smua?",
        "usulan.lokasi",
    ),
    (
        (
            "Titik lokasinya sudah saya share di atas. Untuk data lokasi usulan, selain "
            "kecamatan dan desa, perlu isi nama lokasi sesuai SK dan perkotaan/perdesaan "
            "juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Sudah kami isi 120 KK, biaya Rp 1,5 M, jiwanya kami tulis 100. Begitu boleh "
            "nggak? sumber dananya juga boleh lebih dari satu?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Di usulan kami wajib isi jumlah KK, jiwa dan perkiraan biaya ya? sumber dana apa "
            "saja yang boleh kami cantumkan?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Untuk usulan PSU kami sudah siapkan DED, RAB, foto kondisi eksisting dan surat "
            "Bupati. Dokumen kesiapan apa lagi yang kurang?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "In the checklist attached to my previous message you will find the documents we "
            "hold. Would you be so kind as to tell me which readiness documents the province "
            "expects for a PSU proposal?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan untuk jalan lingkungan itu wajib clean and clear ya? syarat clean and "
            "clear itu apa saja?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "lahannya masih punya warga dan cuma ada SKT hehe, status lahan begitu masih bisa "
            "dimasukkan di usulan nggak pak?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Apakah semua usulan kumuh harus ada SK kumuh? lokasi yang belum tercantum di SK "
            "boleh tetap diusulkan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Untuk usulan kumuh kami sudah cantumkan nomor dan tanggal SK kumuh terbitan "
            "2019, lokasinya juga ada di daftar SK. Itu sudah cukup, atau SK setua itu jadi "
            "masalah?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "DED\nRAB\nRKS\nsite plan\nitu wajib semua ya pak\nbuat usulan?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "RAB sudah saya lampirkan di atas ya pak. Selain RAB, dokumen teknis apa lagi "
            "yang biasanya diminta? DED, RKS, site plan, foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Berkas kami: surat Bupati, DED, RAB, foto. Surat pernyataan kesediaan menerima "
            "hibah dan O&P juga perlu dilampirkan? isinya menyatakan apa saja?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Mending surat pernyataan hibah dan operasi pemeliharaan kami siapkan sekarang "
            "bareng usulan atau nunggu usulan disetujui dulu?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Calon penerima RTLH kami rumahnya memang tidak layak huni, tanahnya ada SKT, KTP "
            "dan KK lengkap. Sudah cukup belum untuk diusulkan ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "pak boleh nggak usul RTLH buat bangun rumah baru dari nol? rumahnya udah roboh "
            "total, tinggal tiang wkwk kasian"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Would you be so kind as to confirm whether every RTLH beneficiary must hold a "
            "land certificate, or whether at least an SKT suffices, and who finally "
            "determines the recipients?"
        ),
        "usulan.rtlh",
    ),
    (
        "warga minta\ndrainase ke provinsi\nlangsung\nboleh ga pak\nsyaratnya apa",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Kalau masyarakat mengajukan sendiri jalan lingkungan, wajib diketahui siapa "
            "saja? cukup RT/RW atau harus sampai Lurah dan Camat?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Setelah provinsi membangun jaling di tanah kabupaten, asetnya jadi milik siapa "
            "dan siapa yang wajib memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST hibah aset dr provinsi ditandatangani siapa aja ya? bupati langsung ato "
            "cukup kadis?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Forgive what may be a rather silly question (our finance section had a good "
            "laugh at me): once the province hands over the drainage it built, is the upkeep "
            "ours to bear?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Usulan kumuh kami ternyata bukan kewenangan provinsi. Enaknya kami cari dana "
            "dari mana, APBD kabupaten, DAK atau CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau bukan kewenangan provinsi, apakah satu-satunya pilihan dana cuma APBD "
            "kabupaten? atau masih ada saluran lain?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "alur usulan\ndari awal sampai\ndisetujui\nsetahun itu\ngimana pak",
        "siklus.tahunan",
    ),
    (
        (
            "tahun lalu kami telat terus wkwk, sebenarnya siklus usulan tahunan ke provinsi "
            "itu urutannya gimana sih?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Usulan sudah kami kirim bulan ini, tahun 2026. Dengan begitu sudah benar untuk "
            "anggaran tahun 2027, atau kurang apa biar masuk tahun depannya?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Administrasi dan foto usulan sudah kami lengkapi semua. Nanti provinsi periksa "
            "apa lagi, teknis, lahan, kewenangan juga?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "usulan kmi dicek provinsi gmn caranya? ada survei lapangan gk",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Siapa saja yang wajib hadir di Rakor Bidang Kawasan Permukiman, dan apa "
            "sebenarnya tujuan Rakor itu?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "What would you advise our delegation to prepare for the annual Rakor on "
            "settlement areas? I should be most grateful for an explanation of its purpose."
        ),
        "siklus.rakor",
    ),
    (
        (
            "Sesuai bagan alur yang saya kirim tadi, setelah Rakor usulan lanjut ke "
            "Musrenbang lalu RKPD dan APBD ya? tahap mana yang benar-benar menentukan "
            "dananya?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "hehe pak, usulan yang sudah dibahas di Rakor itu otomatis langsung cair di APBD "
            "nggak sih?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "pokja pkp itu apa sih, fungsinya apa di kabupaten? dasar hukumnyaapa",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Saran bapak, sebaiknya usulan perumahan kami dibahas di Pokja PKP dulu? Pokja "
            "PKP itu sebenarnya forum apa dan siapa saja anggotanya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Surat usulan asli (scan terlampir) mau kami antar langsung ke Palangka Raya. "
            "Alamat kantor Disperkimtan Provinsi di mana ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "kantor\ndisperkimtan prov\nalamatnya\ndimana pak",
        "disperkimtan.kontak",
    ),
    (
        "perintah2 di bot ini apa sja? sy baru dftar kmrn",
        "bot.cara_pakai",
    ),
    (
        (
            "Might I ask whether all the times shown by this bot are in WIB, or whether any "
            "are given in WITA?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Foto yang bisa dilampirkan di /usul paling banyak berapa? dokumen PDF maksimal "
            "berapa file?"
        ),
        "bot.usul",
    ),
    (
        (
            "Form /usul sudah saya isi sampai foto, tinggal titik GPS. GPS itu wajib atau "
            "boleh dilewati? terus kode usulannya nanti muncul di mana?"
        ),
        "bot.usul",
    ),
    (
        (
            "status usulan 'perlu perbaikan' itu artinya apa, dan kami berhak memperbaiki "
            "lalu kirim ulang dengan kode yang sama nggak?"
        ),
        "bot.status",
    ),
    (
        (
            "maaf pertanyaan bodoh wkwk, 'dialihkan' sama 'dibatalkan' di status usulan itu "
            "bedanya apa ya?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Apa yang paling "
            "aman kami lakukan selanjutnya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "lihat screenshot di atas, usulan kami dialihkan ke DAK Tematik PPKT. maksudnya "
            "gimana dan kami harus ngapain?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Paling lama berapa hari kerja usulan kami harus sudah diperiksa provinsi sejak "
            "diajukan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "usulan udah masuk\nberapa hari kerja\nbiasanya diverifikasi\npak",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kalau saya berhalangan hadir rapat, boleh diwakilkan staf? apa kewajiban kami "
            "setelah menerima undangan rapat di bot?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Undangan rapat di bot sudah saya terima dan sudah saya jawab hadir. Ada lagi "
            "yang perlu saya lakukan? pengingatnya nanti dikirim kapan saja?"
        ),
        "bot.rapat",
    ),
    (
        "wkwk maaf baru pindah dari dinas pendidikan, Perkim itu singkatan dari apa ya?",
        "istilah.perkim",
    ),
    (
        "di kop surat yang saya foto ini tertulis Disperkimtan, kepanjangannya apa ya?",
        "istilah.disperkimtan",
    ),
    (
        "Good afternoon.\nWhat does\nDisperkimtan\nstand for, please?",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu kepanjangnnya apa ya? prasarana sarana ... lupa sy",
        "istilah.psu",
    ),
    (
        (
            "Saya sudah baca formnya, ada PSU perumahan dan PSU permukiman. Yang belum saya "
            "ngerti, PSU sendiri artinya apa?"
        ),
        "istilah.psu",
    ),
    (
        "jaling\nitu maksudnya\njalan apa ya pak",
        "istilah.jaling",
    ),
    (
        "jaling itu artinya semua jalan di desa, atau cuma jalan lingkungan permukiman saja?",
        "istilah.jaling",
    ),
    (
        (
            "Di gambar DED terlampir ada tulisan 'drainase lingkungan', itu maksudnya saluran "
            "apa ya?"
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh itu artinya apa? kumuh rin... apa ya",
        "istilah.kr",
    ),
    (
        (
            "Biar laporan kami nggak salah tulis, saran bapak gimana, KR di daftar lokasi "
            "kumuh itu sebenarnya singkatan apa?"
        ),
        "istilah.kr",
    ),
    (
        "KS di tabel kumuh itu apa ya? saya kira Kartu Sehat hehe",
        "istilah.ks",
    ),
    (
        "KS\ndi daftar lokasi\nartinya\napa pak",
        "istilah.ks",
    ),
    (
        "KB di data kumuh maksudnya apa? bukan keluarga berencana kan 🤣",
        "istilah.kb",
    ),
    (
        (
            "In the spreadsheet I forwarded, several locations are marked 'KB'. I should be "
            "grateful to know what this abbreviation refers to."
        ),
        "istilah.kb",
    ),
    (
        (
            "(foto terlampir) ini yang orang-orang sebut SK kumuh bukan ya? SK kumuh itu "
            "sebenarnya surat keputusan tentang apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Sebaiknya saya tanya dulu biar nggak malu di rapat: yang dimaksud SK kumuh itu "
            "apa ya pak?"
        ),
        "istilah.skkumuh",
    ),
    (
        "delineaso itu apa sih artinya",
        "istilah.delineasi",
    ),
    (
        (
            "Kami sudah punya peta lokasi dan foto udara, tapi diminta 'peta delineasi'. "
            "Delineasi itu artinya apa sebenarnya?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH\nitu singkatan\ndari apa\npak",
        "istilah.rtlh",
    ),
    (
        (
            "Would you be so kind as to explain what RTLH stnads for? I am rather new to the "
            "housing secton."
        ),
        "istilah.rtlh",
    ),
    (
        "RLH itu artinya rumah layak huni ya? apakah setiap rumah yang bukan RTLH disebut RLH?",
        "istilah.rlh",
    ),
    (
        "bedah rumah itu istilah resmi atau bahasa gaul sih wkwk, maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Di berita yang linknya saya kirim tadi ada kata 'bedah rumah'. Itu maksudnya apa "
            "persisnya?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu kpanjangannya apa ya?",
        "istilah.bsps",
    ),
    (
        (
            "Our file lists BSPS alongside RTLH and RLH, and I have looked up the latter two "
            "already. I should be grateful to know what BSPS refers to."
        ),
        "istilah.bsps",
    ),
    (
        (
            "Sebaiknya kami pahami dulu istilahnya: MBR yang sering disebut di aturan "
            "perumahan itu artinya apa?"
        ),
        "istilah.mbr",
    ),
    (
        "MBR\nitu\nmasyarakat apa\nya",
        "istilah.mbr",
    ),
    (
        "rusunawa\nsama rusun\nbeda artinya?",
        "istilah.rusunawa",
    ),
    (
        "rusunawa itu rumah susun yang semuanya disewakan ya? artinya apa persisnya?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu apa ya, rumah khsus?",
        "istilah.rusus",
    ),
    (
        (
            "Di dokumen tertulis 'kewajiban pembinaan pengelolaan rusus', tapi kami nggak "
            "paham istilahnya. Rusus itu maksudnya rumah apa?"
        ),
        "istilah.rusus",
    ),
]

TRAIN_R35_INTENTS: list[tuple[str, str]] = [
    (
        "usulan jaling kmi USL-2026-0014 udh smpe mana ya pak",
        "status",
    ),
    (
        (
            "pak usulan drainase kami yang kemarin nasibnya gimana ya hehe, diterima atau "
            "ditolak? deg-degan"
        ),
        "status",
    ),
    (
        (
            "Would you kindly tell me whether all of the proposals we submitted from Katingan "
            "this year have been checked yet?"
        ),
        "status",
    ),
    (
        "rakor\ntahun ini\nkapan\ndimana pak",
        "meeting",
    ),
    (
        (
            "Undangan di grup nggak kebuka, fotonya buram. Rapat berikutnya tanggal berapa "
            "dan jam berapa ya?"
        ),
        "meeting",
    ),
    (
        (
            "Mending kami pesan tiket dari Puruk Cahu sekarang atau nanti? Rakor berikutnya "
            "jadinya tanggal berapa dan di mana ya?"
        ),
        "meeting",
    ),
    (
        "paling lambat kapan usulan TA 2027 masih bisa dikirim?",
        "deadline",
    ),
    (
        "batss akhir kirim usulan tahun ini tgl brp ya",
        "deadline",
    ),
    (
        "Might I ask until what date we are entitled to submit proposals in the present cycle?",
        "deadline",
    ),
    (
        "selamat pagi pak, izin ganggu hehe 🙏",
        "greeting",
    ),
    (
        "selamat\nsiang\npak",
        "greeting",
    ),
    (
        "trims bnyk infonya pak 🙏",
        "greeting",
    ),
    (
        (
            "Saya sudah terdaftar dan sudah disetujui admin. Untuk memasukkan usulan lewat "
            "bot ini langkahnya gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Sebagai operator dinas saya yang bertanggung jawab input usulan. Cara kirim "
            "usulan ke provinsi lewat bot ini bagaimana pak?"
        ),
        "how_to_submit",
    ),
    (
        "cara ngajuin usulsn lwt bot gmn?",
        "how_to_submit",
    ),
]

TRAIN_R35_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha kewenangn siapa ya pak",
        "kabkota",
    ),
    (
        (
            "Sesuai peta delineasi terlampir, luas kawasan kumuh kami 95.000 m2. Itu "
            "ditangani siapa?"
        ),
        "kabkota",
    ),
    (
        "Kawasan kumuh kami 9,99 hektare, apakah hanya kabupaten yang berwenang menanganinya?",
        "kabkota",
    ),
    (
        "kawasan kumuh kami cuma 3 hektar wkwk, bisa minta provinsi yang tangani nggak?",
        "kabkota",
    ),
    (
        "Lokasi kumuh di SK luasnya pas 10 ha, tanggung jawab provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "kumuh\n12,5 hektare\nitu kewenangan\nsiapa pak",
        "provinsi",
    ),
    (
        (
            "SK kumuh ada, delineasi ada, luas kawasannya 140.000 m². Itu sudah masuk "
            "kewenangan provinsi kan, atau kurang apa?"
        ),
        "provinsi",
    ),
    (
        (
            "We have a riverside slum area of 12 hectares in Sampit. I should be grateful for "
            "your advice as to which tier of government is responsible for it."
        ),
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh tepian sungai kami 150.000 meter persegi. Saran bapak, itu "
            "sebaiknya diusulkan ke mana, siapa yang berwenang?"
        ),
        "pusat",
    ),
    (
        "kumhu 15 hektar pas itu kewenangan prov ato pusat?",
        "pusat",
    ),
    (
        "kawasan kumuh 22 hektare hehe gede banget, itu urusan siapa pak?",
        "pusat",
    ),
    (
        (
            "Would you be so kind as to confirm which level of government is responsible for "
            "a slum area of 40 hectares, and whether only the central government may handle "
            "it?"
        ),
        "pusat",
    ),
]

TRAIN_R35_OUT_OF_SCOPE: list[str] = [
    (
        "Berapa pagu anggaran Disperkimtan untuk PSU tahun 2027? minimal berapa yang "
        "dialokasikan per kabupaten?"
    ),
    "harga satuan cor beton jaling per m3 di Palangkaraya brp ya skrg",
    "Nomor HP kabid kawasan permukiman provinsi berapa? kami berhak minta kontak langsung kan?",
    "siapa pemenang tender drainase di Kotim tahun lalu wkwk, kontraktornya kok lambat banget",
    "Di foto terlampir rusunawa di Palangka Raya, sewa per bulannya berapa ya?",
    (
        "I should be grateful for your advice on how much BSPS assistance each household "
        "receives this year."
    ),
    (
        "lihat screenshot ini, tarif PDAM naik lagi. tarif air minum itu yang menetapkan "
        "siapa dan berapa kenaikannya?"
    ),
    "besok\nhujan nggak\ndi Buntok\nmau survei lokasi",
    (
        "Berkas cuti tahunan saya sudah ada formulir dan tanda tangan atasan, kurang apa "
        "lagi untuk diajukan ke BKD?"
    ),
    "cara daftar\nPPPK\ntahun ini\ngimana",
    "pak kalau mancing di Sungai Kahayan bagusnya umpan apa hehe",
    "Saran bapak, sebaiknya saya ikut diklat PKA dulu atau lanjut S2 buat karier di dinas?",
    "Apakah semua ASN wajib ikut apel pagi setiap Senin di kantor gubernur?",
    "hak cuti melahirkan ASN itu berapa bulan ya?",
    "hasil\npilkada Kalteng\nsudah keluar\nbelum",
]
