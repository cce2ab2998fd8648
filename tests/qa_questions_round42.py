"""Round 42 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: choice questions ("kabupaten atau provinsi?"); timing (which
month, before or after what); messages that begin as if mid-conversation ("terus kalau ...",
"oh gitu, berarti ..."); number-heavy context that is not a slum area (counts of houses,
budgets, percentages); edge cases (a location on a regency border, a newly split village,
land of unclear status, two funding sources); role-heavy bureaucratic preambles (kadis,
sekdis, PPK, PPTK, operator SIPD); drawing a conclusion and checking it ("berarti kami nggak
bisa usul lagi dong?"); copy-paste leftovers (a WhatsApp timestamp and name, an email
signature, "Sent from my phone"). About one question in ten is English sprinkled with
Indonesian particles ("The usulan PSU can be from desa also kah?"). A glossary entry's
questions ask what the term means.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND42_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pembagian kewenangan perkim antara pusat, provinsi dan kabupaten/kota yang "
            "berlaku sekarang itu sejak UU tahun berapa, dan garis besarnya siapa pegang apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "oke pak paham soal kumuhnya. terus secara garis besar, peta kewenangan perumahan "
            "dan kawasan permukiman antara pusat, provinsi dan kabupaten/kota itu gimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Perumahan rakyat dan kawasan permukiman itu masuk urusan wajib pelayanan dasar, "
            "wajib non pelayanan dasar, atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Our Bappeda asks, perumahan is urusan wajib pelayanan dasar or not ah? Which "
            "pasal in UU 23/2014 says that?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Pembagian kewenangan penanganan kumuh itu dilihat dari luas kawasannya atau dari "
            "tingkat kekumuhannya (ringan, sedang, berat)?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "oh gitu, berarti rentang luas kumuh yang masuk kewenangan provinsi itu dari "
            "berapa ha sampai berapa ha persisnya, dan bunyi aturannya gimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Di berita ada yang tulis kumuh 'di atas 15 ha' itu pusat, ada juga yang '15 ha "
            "atau lebih'. Yang benar yang mana, dan itu sudah pasti bunyi aturannya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "lanjut pak, yang kumuh skala besar jadi urusan pemerintah pusat itu, kenapa "
            "disebut belum terkonfirmasi bunyinya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kegiatan pencegahan permukiman kumuh itu kewenangan provinsi, kabupaten, atau "
            "bisa dua-duanya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "terus kalau yang kami mau bukan penanganan tapi pencegahan, supaya kawasan baru "
            "tidak tumbuh jadi kumuh, itu bisa diusulkan ke Disperkimtan provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Di Renja kami ada 9 kegiatan sub-urusan perumahan, total Rp 4,2 M. Supaya tidak "
            "dobel dengan provinsi, apa saja sebenarnya kewenangan provinsi di sub-urusan "
            "perumahan?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "nah itu dia, di sub-urusan perumahan itu bagian kabupaten/kota apa saja pak, "
            "selain rumah korban bencana?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di kabupaten kami masih ada sekitar 3.200 KK MBR yang belum punya rumah. "
            "Penyediaan rumah untuk MBR itu sebenarnya tugas pemerintah yang mana?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "The sistem pembiayaan perumahan for MBR, that one is pusat's job ya, not provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir bulan lalu di Kecamatan Mantangai merusak 86 rumah, 23 rusak berat, dan "
            "statusnya bencana kabupaten. Rehab dan pembangunan kembali rumahnya jadi "
            "tanggungan provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Penyediaan rumah layak huni untuk korban bencana provinsi itu dilakukan kapan, "
            "waktu tanggap darurat atau di masa pasca bencana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang kena relokasi karena program pemerintah pusat, rumah penggantinya "
            "disediakan pusat atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Tahun ini ada 6 pengembang mengajukan izin pembangunan perumahan, totalnya 1.450 "
            "unit. Izinnya diterbitkan kabupaten atau harus ke provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "lanjut pak, yang soal SKBG sama izin pengembangan kawasan permukiman, itu yang "
            "terbitkan pemda mana?"
        ),
        "kewenangan.izin",
    ),
    (
        "Penetapan sistem kawasan permukiman itu ranah pusat atau provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Dinas kami baru pisah jadi 3 bidang. Untuk sub-urusan kawasan permukiman, tugas "
            "kabupaten/kota apa saja dan mana yang provinsi, biar pembagian bidangnya pas?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Developer mau serahkan PSU perumahan 320 unit: jalan 2,4 km dan saluran 1,8 km. "
            "PSU perumahan begitu masuk kewenangan kabupaten atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "oh gitu, berarti PSU permukiman sama PSU perumahan itu beda kewenangan ya? "
            "bedanya di mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kalau usul PSU ke Disperkimtan, yang bisa itu jalan lingkungan dan drainase "
            "saja, atau lampu jalan, taman, dan MCK juga bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kami mau usul drainase 1.200 meter di sisi jalan kabupaten poros Sampit–Kota "
            "Besi, plus jaling 800 m di dalam permukiman Desa Bapeang. Dua-duanya bisa masuk "
            "PSU provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah dan perencana PSU itu diterbitkan "
            "kabupaten, provinsi, atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "terus konsultan perencana PSU yang kemampuannya menengah, registrasinya ke "
            "provinsi atau ke mana pak?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Capaian SPM rumah korban bencana kabupaten kami baru 45 dari 75 KK, kira-kira "
            "60%. Targetnya sebenarnya berapa persen dan dasar aturannya apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "SPM perumahan rakyat itu diatur di PP 2/2018 atau di Permen PUPR 29/2018? Dan "
            "jenis layanan dasar provinsi apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas desanya, luas "
            "kecamatan, atau luas hasil delineasi di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kelurahan kami luasnya 340 ha dengan 2.100 rumah, tapi yang masuk SK kumuh cuma "
            "sebagian wilayah. Untuk hitungan kewenangan, luas yang dipakai yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "SK penetapan lokasi kumuh itu harus ditinjau ulang paling lambat berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami memuat 14 lokasi di 6 kecamatan. Yang berhak menetapkan SK itu "
            "siapa, dan lampirannya wajib memuat apa saja?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kriteria kumuh itu 7 aspek 16 kriteria atau 7 aspek 19 kriteria? Dokumen lama "
            "kami beda-beda."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "lanjut, yang dinilai untuk menentukan kawasan itu kumuh atau tidak itu aspek apa "
            "saja ya?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Lokasi di Baamang Hulu total nilainya 64 dari maksimal 80, itu sudah termasuk "
            "kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        "How is the skor kumuh calculated ah, and from what score it counts as kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        (
            "Hasil penilaian lokasi kami skornya 41, yang satunya lagi 29. Masing-masing "
            "masuk kumuh sedang atau ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "oke, kalau kumuh berat sudah jelas. terus batas nilai kumuh sedang dan kumuh "
            "ringan itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Untuk kumuh ringan di atas lahan legal, penanganannya pemugaran, peremajaan, "
            "atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "nah itu dia masalahnya, permukiman di bantaran sungai itu lahannya ilegal. kalau "
            "begitu pola penanganannya apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Data 111 lokasi kumuh se-Kalteng yang sering dikutip itu data sekitar tahun "
            "berapa, dan totalnya berapa hektar?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "For my paparan, how many kawasan kumuh in Kalteng altogether ah, and which "
            "kabupaten got the most?"
        ),
        "kumuh.kalteng",
    ),
    (
        ("terus di usulan kegiatan itu apa saja yang harus diisi pak? dari judul sampai lampiran."),
        "usulan.isi",
    ),
    (
        (
            "oh gitu, tapi kenapa waktu isi usulan harus pilih sektor segala, air minum, "
            "sanitasi, persampahan? gunanya apa?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Jenis usulan yang bisa kami ajukan ke provinsi cuma kumuh dan PSU, atau RTLH dan "
            "rumah korban bencana juga bisa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Tahun ini kami punya 5 rencana: 2 paket jaling, 1 kawasan kumuh, 1 rumah korban "
            "kebakaran, 1 pembangunan pos damkar. Masing-masing masuk jenis usulan yang mana?"
        ),
        "usulan.jenis",
    ),
    (
        "Untuk data lokasi usulan, cukup nama desa saja atau harus ada titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        (
            "lanjut pak, data lokasi apa saja yang ditanya di usulan? perkotaan atau "
            "perdesaan juga harus dipilih?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Usulan jaling kami melayani 230 KK atau 870 jiwa, biayanya sekitar Rp 2,3 M. "
            "Sumber dana yang bisa dipilih di usulan apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Penerima manfaat di usulan itu dihitung per KK, per jiwa, atau per unit rumah?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Dokumen kesiapan seperti DED, RAB, dan site plan itu harus sudah ada waktu "
            "usulan dikirim, atau boleh menyusul belakangan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Dari 7 dokumen kesiapan untuk usulan PSU, kami baru punya 3: DED, RAB, dan surat "
            "bupati. Yang lain apa saja dan pengaruhnya apa kalau belum ada?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Sertifikat lahannya harus sudah terbit sebelum usulan dikirim, atau kalau masih "
            "proses di BPN pun sudah boleh diusulkan? Status lahan apa saja yang diterima?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "terus kalau status lahannya belum clean and clear, sebagian masih sengketa "
            "batas, usulan tetap bisa masuk?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami tertanggal 28 Desember 2020. Untuk usulan yang dikirim tahun "
            "depan, SK itu masih dianggap berlaku atau sudah harus diperbarui?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Di usulan kumuh, yang diminta itu nomor dan tanggal SK saja, atau juga apakah "
            "lokasinya tercantum di SK?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "Foto kondisi eksisting maksimal berapa lembar? Kami punya 25 foto dan 3 file PDF DED.",
        "usulan.dokumen_teknis",
    ),
    (
        "The DED, RAB, RKS and site plan, we attach as PDF in the usulan kah, or send hardcopy?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Surat pernyataan kesediaan menerima hibah dan O&P itu dilampirkan waktu "
            "mengusulkan, atau nanti saat serah terima aset?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "oh gitu, berarti kami juga harus bikin surat pernyataan sanggup operasi dan "
            "pemeliharaan setelah dibangun? itu untuk apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Di Desa Talio ada 120 rumah, 40 di antaranya RTLH, dan 12 tanahnya belum "
            "bersertifikat tapi punya SKT. Yang 40 itu bisa diusulkan semua ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "RTLH yang rumahnya sudah roboh total bisa dibangun baru lewat program provinsi, "
            "atau harus masih ada bangunannya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Penerima bantuan RTLH provinsi itu ditetapkan kapan, sebelum atau sesudah tim "
            "verifikasi turun ke lapangan? Dan ditetapkan dengan SK siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kalau warga mau minta jalan lingkungan langsung ke provinsi, cukup surat dari RT "
            "atau harus diketahui Lurah dan Camat juga?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Can the permintaan PSU come from masyarakat directly kah, not through dinas? "
            "What they need ah?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Setelah drainase selesai dibangun provinsi di lahan kami, kapan diserahkan ke "
            "kabupaten dan siapa yang tanda tangan BAST-nya?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Provinsi bangun jaling 1,5 km senilai Rp 2,1 M di atas lahan kabupaten. Setelah "
            "selesai, biaya pemeliharaannya jadi tanggungan siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Usulan PSU perumahan kami dinyatakan bukan kewenangan provinsi. Kebutuhannya Rp "
            "1,8 M, APBD kabupaten cuma sanggup Rp 400 juta. Sisanya bisa cari ke mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau bukan kewenangan provinsi, usulan kumuh kecil itu lebih cocok kami arahkan "
            "ke APBD kabupaten, DAK Tematik PPKT, APBDes, atau CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan yang kami kirim tahun 2026 ini untuk anggaran tahun 2026 juga atau tahun 2027?",
        "siklus.tahunan",
    ),
    (
        (
            "oke pak, terus alur usulan dalam setahun itu gimana? dari kami kirim sampai jadi "
            "kegiatan di lapangan."
        ),
        "siklus.tahunan",
    ),
    (
        "Pemeriksaan usulan oleh provinsi itu dilakukan sebelum Rakor atau sesudahnya?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "When provinsi checks our usulan, they only check administrasi or also teknis and "
            "kewenangan? Got site survey also kah?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor Bidang Kawasan Permukiman itu biasanya jatuh di bulan apa? Tahun-tahun "
            "sebelumnya kapan saja?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor kawasan permukiman itu diadakan sebelum atau sesudah Musrenbang provinsi, "
            "dan tujuannya apa?"
        ),
        "siklus.rakor",
    ),
    (
        "Setelah usulan disetujui di Rakor, masuk RKPD dulu baru APBD, atau langsung APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "nah, kalau usulan kami sudah berstatus disetujui, berarti otomatis sudah pasti "
            "dapat anggaran di APBD tahun depan?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Dasar pembentukan Pokja PKP itu Permen PUPR 12/2020 atau Permen PUPR 14/2018?",
        "koordinasi.pokja_pkp",
    ),
    (
        "terus Pokja PKP di kabupaten itu fungsinya apa, dan biasanya siapa yang jadi ketuanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kantor Disperkimtan provinsi itu di Jl. D.I. Panjaitan atau Jl. RTA Milono? Mau "
            "antar berkas."
        ),
        "disperkimtan.kontak",
    ),
    (
        "Where is the Disperkimtan Kalteng office exactly ah? And the website address?",
        "disperkimtan.kontak",
    ),
    (
        (
            "Jam rapat yang tertulis di bot itu pakai zona waktu apa? Teman dari Kalsel "
            "bingung karena mereka pakai WITA."
        ),
        "bot.cara_pakai",
    ),
    (
        "oke, terus perintah-perintah apa saja yang bisa saya pakai di bot ini?",
        "bot.cara_pakai",
    ),
    (
        "Kode usulan USL-2027-0014 itu tahunnya tahun kirim atau tahun anggaran?",
        "bot.usul",
    ),
    (
        (
            "tadi waktu isi /usul sinyal putus di tengah jalan. isian saya hilang atau masih "
            "tersimpan?"
        ),
        "bot.usul",
    ),
    (
        (
            "Usulan tahun lalu mau saya pakai lagi, bisa disalin lewat /usul atau harus isi "
            "ulang semua dari awal?"
        ),
        "bot.usul",
    ),
    (
        "Bedanya status 'verifikasi' dengan 'dibahas di Rakor' apa?",
        "bot.status",
    ),
    (
        "Kalau status usulan 'perlu perbaikan', kapan statusnya balik lagi ke 'diajukan'?",
        "bot.status",
    ),
    (
        (
            "Usulan yang statusnya dialihkan itu masih bisa diajukan ulang ke provinsi, atau "
            "harus cari sumber dana lain?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "nah itu dia, usulan kami ditolak dengan alasan bukan kewenangan provinsi. "
            "langkah selanjutnya apa yang harus kami lakukan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Setelah usulan terkirim, berapa lama biasanya sampai diverifikasi provinsi?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Usulan kami sudah 4 hari kerja di status diajukan. Standar tindak lanjutnya "
            "sebenarnya berapa hari kerja, dan itu aturan mengikat atau bukan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "Pengingat rapat dari bot itu dikirim berapa hari sebelumnya?",
        "bot.rapat",
    ),
    (
        (
            "Kalau kadis berhalangan, paling lambat kapan kami konfirmasi kehadiran di bot, "
            "dan boleh diwakilkan ke kabid?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Perkim itu singkatan perumahan dan kawasan permukiman, atau perumahan dan "
            "permukiman saja?"
        ),
        "istilah.perkim",
    ),
    (
        "oh gitu, berarti Perkim yang sering disebut itu sama artinya dengan PKP?",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu kepanjangannya apa? 'tan'-nya pertanahan atau pertamanan?",
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan stands for what ah? The 'tan' part I always lupa.",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu singkatan prasarana, sarana dan utilitas umum, atau prasarana sarana umum?",
        "istilah.psu",
    ),
    (
        "lanjut pak, PSU yang sering muncul di surat-surat provinsi itu maksudnya apa?",
        "istilah.psu",
    ),
    (
        "Di RAB tertulis jaling 450 m x 3 m rabat beton. Jaling itu singkatan apa?",
        "istilah.jaling",
    ),
    (
        "terus jaling yang dari tadi disebut itu maksudnya jalan yang mana?",
        "istilah.jaling",
    ),
    (
        "Drainase di usulan itu maksudnya saluran air hujan atau saluran limbah rumah tangga?",
        "istilah.drainase",
    ),
    (
        "Drainase means the saluran for rain water ya? Just want to make sure the meaning.",
        "istilah.drainase",
    ),
    (
        "KR di tabel SK kumuh itu artinya apa, kumuh ringan atau kawasan rawan?",
        "istilah.kr",
    ),
    (
        "Dari 9 lokasi di tabel lampiran, 6 ditandai KR. Kode KR itu maksudnya apa?",
        "istilah.kr",
    ),
    (
        "Kode KS di daftar lokasi kumuh itu kumuh sedang ya, bukan kawasan strategis?",
        "istilah.ks",
    ),
    (
        "oke, kalau yang KS itu singkatan dari apa?",
        "istilah.ks",
    ),
    (
        "KB di kolom tingkat kekumuhan itu kumuh berat atau kawasan budidaya?",
        "istilah.kb",
    ),
    (
        (
            "Dokumen baseline kami ada 3 lokasi berlabel KB dari total 11. KB itu "
            "kepanjangannya apa?"
        ),
        "istilah.kb",
    ),
    (
        "terus SK kumuh yang dari tadi disebut itu sebenarnya surat keputusan tentang apa?",
        "istilah.skkumuh",
    ),
    (
        "SK kumuh refers to what document exactly ah?",
        "istilah.skkumuh",
    ),
    (
        "Delineasi itu maksudnya peta batas kawasan, atau luas total wilayah desa?",
        "istilah.delineasi",
    ),
    (
        "nah, yang namanya delineasi itu apa sih pak? sering dengar tapi kurang paham.",
        "istilah.delineasi",
    ),
    (
        "Data kami mencatat 312 RTLH di 4 kecamatan. RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "RTLH itu singkatan rumah tidak layak huni atau rumah tinggal layak huni?",
        "istilah.rtlh",
    ),
    (
        (
            "Di laporan capaian tertulis '35 RTLH menjadi RLH'. Huruf L di RLH itu singkatan "
            "layak atau lama, jadi RLH artinya apa?"
        ),
        "istilah.rlh",
    ),
    (
        "oh, terus RLH yang disebut di laporan itu artinya apa? kebalikan RTLH?",
        "istilah.rlh",
    ),
    (
        (
            "Katanya tahun ini ada 84 unit bedah rumah se-Kalteng. Bedah rumah itu istilah "
            "resmi atau sebutan sehari-hari, maksudnya apa persisnya?"
        ),
        "istilah.bedahrumah",
    ),
    (
        ("Bedah rumah means what ah, build totally new or just repair the rumah tidak layak huni?"),
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu bantuan stimulan perumahan swadaya atau bantuan sosial perumahan sederhana?",
        "istilah.bsps",
    ),
    (
        "Tahun lalu 27 rumah di desa kami dapat BSPS. BSPS itu sebenarnya program apa?",
        "istilah.bsps",
    ),
    (
        "Dari 150 KK di lokasi, katanya 90 KK termasuk MBR. MBR itu singkatan apa?",
        "istilah.mbr",
    ),
    (
        "oh gitu, MBR yang dimaksud di aturan itu siapa sebenarnya?",
        "istilah.mbr",
    ),
    (
        (
            "Pemkot punya 2 blok rusunawa isi 96 unit. Rusunawa itu kepanjangannya apa, rumah "
            "susun sewa atau milik?"
        ),
        "istilah.rusunawa",
    ),
    (
        "lanjut, rusunawa itu apa? beda dengan rusun biasa?",
        "istilah.rusunawa",
    ),
    (
        "Rusus is short for what ya? Rumah khusus?",
        "istilah.rusus",
    ),
    (
        "Di daftar aset ada 2 blok rusun dan 48 unit rusus. Rusus itu maksudnya apa?",
        "istilah.rusus",
    ),
    (
        (
            "Ada desa hasil pemekaran di Kec. Mantangai yang kebanjiran bulan ini, camat "
            "minta segera dibuatkan huntara. Huntara itu sebenarnya singkatan dari apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "[07.45, 14/2/2026] Pak Yanto BPBD: yang darurat dibangun huntara dulu, sisanya "
            "menyusul\n\nMaaf numpang tanya, huntara di pesan itu maksudnya apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Huntap itu hunian tetap kan? berarti rumah permanen buat korban bencana, bukan "
            "yang darurat. Betul begitu?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Sorry, in the BPBD report for the longsor victims in Tewah there is this word "
            "'huntap'. What is huntap ya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Bendahara kami bingung lihat kolom KK di isian penerima manfaat. KK di situ "
            "maksudnya Kartu Keluarga atau Kepala Keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Jadi 120 KK itu artinya 120 kepala keluarga, bukan 120 orang ya? mohon dikoreksi "
            "kalau saya salah tangkap"
        ),
        "istilah.kk",
    ),
    (
        (
            "> jumlah penerima manfaat: ... KK / ... jiwa\n\nyang 'jiwa' ini maksudnya apa "
            "pak?\n\nSent from my Samsung Galaxy"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Di Kel. Danau Tundai satu rumah bisa dihuni dua keluarga sekaligus. Kalau di "
            "data tertulis 'jiwa', itu yang dimaksud apa sebenarnya, orangnya atau "
            "keluarganya?"
        ),
        "istilah.jiwa",
    ),
    (
        "PPTK nanya, satuan 'ha' di tabel luas kawasan itu singkatan dari apa?",
        "istilah.ha",
    ),
    (
        "ha itu hektare kan? jadi satu ha sama dengan 10.000 meter persegi, benar ya?",
        "istilah.ha",
    ),
    (
        (
            "Kabid minta DED dilengkapi sebelum Rakor. Maaf kami staf baru, DED itu "
            "kepanjangannya apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "---------- Forwarded message ---------\nDari: Seksi Perencanaan\nPerihal: "
            "kelengkapan DED\n\nIzin bertanya, DED itu dokumen apa "
            "persisnya?\n\nSalam,\nRini\nDinas Perkim Kab. Seruyan"
        ),
        "istilah.ded",
    ),
    (
        (
            "RAB itu rencana anggaran biaya kan? isinya rincian hitungan biaya tiap item "
            "pekerjaan, gitu?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Jaling kami di perbatasan Kec. Pahandut dan Sabangau, dananya sebagian APBD kota "
            "sebagian mau minta provinsi. Konsultan bilang bikin satu RAB gabungan. RAB itu "
            "apa sih sebenarnya?"
        ),
        "istilah.rab",
    ),
    (
        "PPK kegiatan bilang RKS-nya belum ada. RKS itu singkatan dari apa ya?",
        "istilah.rks",
    ),
    (
        (
            "The konsultan put RKS in the document list. What is RKS actually, the technical "
            "spec kah?"
        ),
        "istilah.rks",
    ),
    (
        (
            "[13.02, 9/7/2026] Bu Sari Bappeda: tolong kirim KAK-nya sore ini ya\n\nKAK itu apa "
            "ya maksudnya?"
        ),
        "istilah.kak",
    ),
    (
        (
            "KAK sama TOR itu sebenarnya sama aja kan? yang satu bahasa Indonesia, yang satu "
            "bahasa Inggris?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Lahan drainase kami statusnya belum jelas, antara tanah desa atau tanah warga, "
            "tapi konsultan tetap minta site plan. Site plan itu sebetulnya gambar apa?"
        ),
        "istilah.siteplan",
    ),
    (
        "Sekdis nanya, site plan yang dimaksud itu apa? sama dengan rencana tapak bukan?",
        "istilah.siteplan",
    ),
    (
        (
            "Re: kelengkapan usulan PSU\n> mohon RC segera dilengkapi\n\nRC itu singkatan apa "
            "ya?\n\nDikirim dari iPhone saya"
        ),
        "istilah.rc",
    ),
    (
        (
            "RC di sini readiness criteria ya, artinya kriteria kesiapan? bukan reinforced "
            "concrete kan? 😅"
        ),
        "istilah.rc",
    ),
    (
        "Kasi Aset nanya ke saya BAST itu kepanjangannya apa, saya juga lupa",
        "istilah.bast",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di desa pemekaran baru di Kec. Seruyan "
            "Raya katanya nanti ada BAST-nya. BAST itu dokumen apa sebenarnya?"
        ),
        "istilah.bast",
    ),
    (
        ("In the rapat everybody keeps saying 'hibah'. What does hibah mean here ya, like a gift?"),
        "istilah.hibah",
    ),
    (
        (
            "Jadi hibah itu artinya pemberian uang atau barang tanpa imbalan, betul? kalau di "
            "perkim lebih ke aset ya?"
        ),
        "istilah.hibah",
    ),
    (
        "Pengurus barang di kantor kami tanya, BMD itu singkatan apa?",
        "istilah.bmd",
    ),
    (
        (
            "[16.20, 2/5/2026] Pak Dodi Aset: nanti itu dicatat jadi BMD kita\n\nBMD yang "
            "dimaksud Pak Dodi itu apa ya?"
        ),
        "istilah.bmd",
    ),
    (
        "BMN itu barang milik negara kan? berarti asetnya punya pemerintah pusat?",
        "istilah.bmn",
    ),
    (
        (
            "Jalan yang dibangun balai pusat di Kec. Kurun lalu diserahkan ke kabupaten, di "
            "berita acaranya tertulis BMN. BMN itu apa?"
        ),
        "istilah.bmn",
    ),
    (
        "PPTK kami nanya, di surat pernyataan ada kata O&P. O&P itu singkatan dari apa?",
        "istilah.op",
    ),
    (
        "What is O&P ya? The provinsi asked for a statement letter about O&P.",
        "istilah.op",
    ),
    (
        (
            "SPM di sini standar pelayanan minimal ya? bukan surat perintah membayar? soalnya "
            "bendahara kami taunya SPM yang itu"
        ),
        "istilah.spm",
    ),
    (
        (
            "Bapak/Ibu, di notulen kemarin tertulis 'capaian SPM perumahan'. SPM itu apa "
            "ya?\n\n--\nKasubbag Program\nDisperkim Kab. Lamandau"
        ),
        "istilah.spm",
    ),
    (
        "Kadis minta kami aktifkan lagi Pokja PKP. Pokja PKP itu apa sebenarnya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Pokja PKP itu kelompok kerja perumahan dan kawasan permukiman ya? bukan pokja "
            "pengadaan barang/jasa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "[09.10, 30/9/2025] Ajudan Sekda: undangan rapat Pokja PPAS hari Kamis jam "
            "9\n\nPPAS di situ kepanjangannya apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "Pokja PPAS itu gabungan perumahan, permukiman, air minum dan sanitasi kan? jadi "
            "beda sama PPAS yang di KUA-PPAS?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Kabid Cipta Karya bilang ini ranahnya Pokja AMPL. AMPL itu apa?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Undangan rapat Pokja AMPL terlampir [lampiran.pdf]\n\nAMPL itu kepanjangannya apa "
            "ya?\n--\nSent from my phone"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Kabupaten kami belum punya RP3KP dan ada kawasan di perbatasan Kapuas–Pulpis "
            "yang mau kami usulkan. Sebelum ke situ, RP3KP itu dokumen apa sih?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "RP3KP itu rencana 20 tahunan pembangunan perumahan dan kawasan permukiman kan? "
            "atau yang 5 tahunan?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Konsultan perencana bilang RP2KPKP kita sudah lama. RP2KPKP itu singkatan apa "
            "pak? panjang sekali"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Subject: RE: Dokumen RP2KPKP Kab. Katingan\n> terlampir dokumennya\n\nMaaf, RP2KPKP "
            "itu sebenarnya rencana tentang apa?\n\nSent from my phone"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "My senior said this kelurahan got KOTAKU before. What is KOTAKU lah?",
        "istilah.kotaku",
    ),
    (
        "KOTAKU itu program kota tanpa kumuh dari pusat kan? bukan program provinsi?",
        "istilah.kotaku",
    ),
    (
        "Kabid Perencanaan nyuruh saya cek DAK Tematik PPKT. PPKT itu kepanjangannya apa?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "Kawasan kumuh kami di Baamang luasnya pas di batas, ada yang bilang lewat DAK "
            "Tematik PPKT saja. Sebelum lanjut, DAK Tematik PPKT itu apa sih?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "[10.05, 1/4/2026] Operator: sumber dananya pilih APBN?\n\nAPBN itu anggaran apa ya "
            "persisnya, punya siapa?"
        ),
        "istilah.apbn",
    ),
    (
        "APBN = anggaran pendapatan dan belanja negara, jadi itu uangnya pusat ya?",
        "istilah.apbn",
    ),
    (
        (
            "Kasubbag Keuangan baru masuk, dia nanya APBD itu singkatan apa. Biar saya "
            "jelaskan dengan benar"
        ),
        "istilah.apbd",
    ),
    (
        (
            "APBD itu anggaran daerah, dan provinsi maupun kabupaten masing-masing punya APBD "
            "sendiri, benar?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "Desa Henda kan baru ada pemekaran dusun, kadesnya bilang bisa bantu drainase "
            "dari APBDes. APBDes itu anggaran apa?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "APBDes itu anggaran pendapatan dan belanja desa kan, yang dikelola pemerintah "
            "desa, bukan kabupaten?"
        ),
        "istilah.apbdes",
    ),
    (
        "[11.30, 20/8/2026] Bu Lia Keuangan: pakai bankeu provinsi aja\n\nBankeu itu apa ya?",
        "istilah.bankeu",
    ),
    (
        "Sekdis minta dicek peluang Bankeu. Bankeu itu singkatan dari apa?",
        "istilah.bankeu",
    ),
    (
        "Pokir itu usulan dari anggota DPRD kan? pokok-pokok pikiran gitu?",
        "istilah.pokir",
    ),
    (
        "The DPRD member says he will bring our jaling as his pokir. What is pokir actually?",
        "istilah.pokir",
    ),
    (
        "Kasi kami disuruh ikut Musrenbang kecamatan. Musrenbang itu kepanjangannya apa?",
        "istilah.musrenbang",
    ),
    (
        (
            "Undangan: Musrenbang Provinsi Kalimantan Tengah [tautan]\n\nMusrenbang itu forum "
            "apa sebenarnya? maaf pertanyaan dasar"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "RKPD itu rencana kerja pemerintah daerah untuk satu tahun ya? jadi beda sama "
            "RPJMD yang lima tahun?"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "Usulan kami dananya gabungan APBD kabupaten dan provinsi, katanya harus "
            "tercantum di RKPD. RKPD itu apa?"
        ),
        "istilah.rkpd",
    ),
    (
        "PPTK nanya, Renja itu dokumen apa?",
        "istilah.renja",
    ),
    (
        (
            "> mohon Renja 2027 segera dikirim\n\nRenja itu singkatan apa? terima "
            "kasih\n\n--\nStaf Program\nDisperkimtan Kab. Gunung Mas"
        ),
        "istilah.renja",
    ),
    (
        (
            "[08.55, 19/1/2026] Pak Kabid: tolong sesuaikan dengan Renstra dinas\n\nRenstra itu "
            "dokumen apa ya?"
        ),
        "istilah.renstra",
    ),
    (
        "Renstra = rencana strategis dinas untuk lima tahun, betul ya?",
        "istilah.renstra",
    ),
    (
        "Kadis tadi menyebut target RPJMD di sambutannya. RPJMD itu kepanjangannya apa?",
        "istilah.rpjmd",
    ),
    (
        (
            "Daerah hasil pemekaran yang masih baru katanya belum punya RPJMD sendiri. RPJMD "
            "itu dokumen apa sih?"
        ),
        "istilah.rpjmd",
    ),
    (
        (
            "[14.40, 22/6/2026] Pak Heri TAPD: tunggu KUA-PPAS dulu baru bisa\n\nKUA-PPAS itu "
            "apa ya?"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "KUA itu kebijakan umum anggaran, PPAS itu prioritas dan plafon anggaran "
            "sementara. Benar begitu singkatannya?"
        ),
        "istilah.kuappas",
    ),
    (
        "Operator SIPD minta RKA diinput minggu ini. RKA itu apa?",
        "istilah.rka",
    ),
    (
        "RKA itu rencana kerja dan anggaran kan? yang masih usulan, sebelum jadi DPA?",
        "istilah.rka",
    ),
    (
        "Bendahara says we cannot spend anything before the DPA comes out. What is DPA ya?",
        "istilah.dpa",
    ),
    (
        (
            "Kegiatan drainase kami dananya dari dua sumber, APBD kabupaten dan provinsi, dan "
            "katanya harus ada di DPA masing-masing. DPA itu singkatan apa?"
        ),
        "istilah.dpa",
    ),
    (
        "Saya operator baru, semua orang bilang 'input di SIPD'. SIPD itu apa sih?",
        "istilah.sipd",
    ),
    (
        "[08.03, 5/1/2026] Pak Arif: sudah masuk SIPD belum?\n\nSIPD itu kepanjangannya apa?",
        "istilah.sipd",
    ),
    (
        (
            "Kop surat: BAPPERIDA PROVINSI KALIMANTAN TENGAH\n[lampiran: "
            "undangan.pdf]\n\nBapperida itu badan apa ya? kepanjangannya apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "Kadis suruh kami koordinasi ke Bapperida provinsi. Bapperida itu badan apa?",
        "istilah.bapperida",
    ),
    (
        "OPD stands for what ah? Everyone in the rapat says 'OPD teknis'.",
        "istilah.opd",
    ),
    (
        (
            "Kegiatan di perbatasan Kec. Jekan Raya dan Bukit Batu katanya melibatkan "
            "beberapa OPD. OPD itu artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        "SKPD itu istilah lama untuk OPD kan? sama-sama dinas atau badan di pemda?",
        "istilah.skpd",
    ),
    (
        (
            "Yth. Bapak/Ibu,\nDi formulir tertulis 'SKPD pengusul'. SKPD itu apa ya?\n\nHormat "
            "kami,\nBidang Perkim DPUPR Kab. Sukamara"
        ),
        "istilah.skpd",
    ),
    (
        "Kasi Air Minum tanya, SPAM di dokumen itu singkatan apa? jangan-jangan email spam haha",
        "istilah.spam",
    ),
    (
        (
            "Di desa hasil pemekaran di Kec. Mendawai ada SPAM yang dananya dari dua sumber, "
            "APBN dan APBDes. SPAM yang dimaksud di situ apa ya?"
        ),
        "istilah.spam",
    ),
    (
        "What is SPALD? I see it next to IPAL in the sanitasi plan.",
        "istilah.spald",
    ),
    (
        ("Kawasan kumuh di atas air di Kec. Seranau mau dipasang SPALD. SPALD itu apa sebenarnya?"),
        "istilah.spald",
    ),
    (
        "[15.55, 11/11/2025] Pak Gusti: IPAL komunal sudah ada di lokasi\n\nIPAL itu apa ya?",
        "istilah.ipal",
    ),
    (
        "IPAL itu instalasi pengolahan air limbah kan? jadi bangunan pengolahnya?",
        "istilah.ipal",
    ),
    (
        "Kabid minta data TPS3R. TPS3R itu kepanjangannya apa?",
        "istilah.tps3r",
    ),
    (
        (
            "Di desa yang lahannya masih sengketa sudah ada TPS3R dibangun duluan. TPS3R itu "
            "fasilitas apa sih?"
        ),
        "istilah.tps3r",
    ),
    (
        "Kasi Sanitasi tanya MCK itu singkatan apa, mau ditulis lengkap di laporan",
        "istilah.mck",
    ),
    (
        "> rencana MCK komunal 2 unit\n\nMCK itu singkatan apa?\n\nTerkirim dari Galaxy saya",
        "istilah.mck",
    ),
    (
        "RTRW di sini maksudnya rencana tata ruang wilayah ya, bukan RT/RW kampung?",
        "istilah.rtrw",
    ),
    (
        "PPK nanya RTRW itu apa, soalnya di syarat lahan disebut harus sesuai RTRW",
        "istilah.rtrw",
    ),
    (
        (
            "Lokasi kami di perbatasan Kec. Pahandut dan Jekan Raya, katanya RDTR-nya belum "
            "ada. RDTR itu apa?"
        ),
        "istilah.rdtr",
    ),
    (
        "RDTR itu rencana detail tata ruang, lebih rinci dari RTRW ya?",
        "istilah.rdtr",
    ),
    (
        "Kasi Tata Bangunan tanya, PBG itu singkatan dari apa? pengganti IMB kah?",
        "istilah.pbg",
    ),
    (
        "What is PBG? The developer said they need PBG before they can build.",
        "istilah.pbg",
    ),
    (
        "[10.18, 7/3/2026] Pak Rudi: jangan lupa SLF-nya\n\nSLF itu apa ya?",
        "istilah.slf",
    ),
    (
        (
            "Gedung TPS3R di lahan yang statusnya belum jelas di Kec. Kahayan Hilir katanya "
            "belum punya SLF. SLF itu apa?"
        ),
        "istilah.slf",
    ),
    (
        "Sekdis nanya SKBG itu kepanjangannya apa.",
        "istilah.skbg",
    ),
    (
        (
            "Rusun di Palangka Raya berdiri di atas tanah sewa, katanya penghuninya bisa "
            "pegang SKBG. SKBG itu sertifikat apa?"
        ),
        "istilah.skbg",
    ),
    (
        "SKT itu surat keterangan tanah dari desa atau kecamatan kan, bukan sertifikat BPN?",
        "istilah.skt",
    ),
    (
        (
            "Tanah warga di Desa Talio Hulu statusnya belum jelas, cuma ada SKT lama. SKT itu "
            "sebenarnya surat apa?"
        ),
        "istilah.skt",
    ),
    (
        "Clean and clear for the land means what ya? Just no dispute kah?",
        "istilah.cleanandclear",
    ),
    (
        ("Kabid bilang lahannya harus clean and clear. Istilah clean and clear itu maksudnya apa?"),
        "istilah.cleanandclear",
    ),
    (
        ("[12.12, 28/4/2026] Bu Wati: coba cari CSR perusahaan sawit\n\nCSR itu apa ya persisnya?"),
        "istilah.csr",
    ),
    (
        (
            "Perusahaan sawit di perbatasan Seruyan dan Kotim mau bantu jaling lewat CSR, "
            "padahal lahannya belum jelas punya siapa. CSR itu sebenarnya apa?"
        ),
        "istilah.csr",
    ),
    (
        "Saya staf baru, Kabid bilang kita wajib ikut Rakor. Rakor itu singkatan apa?",
        "istilah.rakor",
    ),
    (
        (
            "Rakor itu rapat koordinasi kan? lengkapnya rapat koordinasi dan sinkronisasi "
            "bidang kawasan permukiman, betul?"
        ),
        "istilah.rakor",
    ),
    (
        "LAPOR! itu sistem pengaduan nasional kan? yang ada nomor tiketnya?",
        "istilah.lapor",
    ),
    (
        (
            "> standar tindak lanjut mengacu LAPOR!\n\nLAPOR! yang dimaksud itu apa ya?\n\nSent "
            "from my phone"
        ),
        "istilah.lapor",
    ),
    (
        "WIB stands for what ah? My friend from Kaltim always writes WITA.",
        "istilah.wib",
    ),
    (
        (
            "Rekan dari Balai di Banjarbaru tulis jam rapat pakai WITA, kami di sini pakai "
            "WIB. WIB itu kepanjangannya apa?"
        ),
        "istilah.wib",
    ),
    (
        "Kadis sering sebut angka backlog rumah di Kalteng. Backlog itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        (
            "Backlog itu kekurangan rumah dibanding kebutuhan ya? jadi bukan antrean usulan "
            "yang belum diproses?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Yth. Admin,\nPKP di nama bidang kami itu kepanjangannya apa ya?\n\nSalam,\nStaf "
            "Bidang PKP Kab. Barito Timur"
        ),
        "istilah.pkp",
    ),
    (
        "PKP di sini perumahan dan kawasan permukiman, bukan pengusaha kena pajak ya? 😅",
        "istilah.pkp",
    ),
    (
        (
            "Kumuh itu artinya permukiman yang tidak layak huni karena bangunannya tidak "
            "teratur, padat, dan sarananya buruk, kan?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Permukiman di tepi Sungai Kahayan di Kel. Pahandut Seberang sering disebut "
            "kumuh. Secara istilah, kumuh itu apa sih?"
        ),
        "istilah.kumuh",
    ),
    (
        "Bendahara nanya DAK itu singkatan dari apa.",
        "istilah.dak",
    ),
    (
        "[09.48, 15/3/2026] Pak Andi: usulkan ke DAK saja\n\nDAK itu dana apa ya?",
        "istilah.dak",
    ),
    (
        (
            "[19.05, 2/10/2026] Pak Hendra: rusun di Jekan Raya sudah penuh\n\nRusun itu "
            "singkatan dari apa ya pak?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "Ada bangunan rusun bekas program pusat di Kel. Langkai yang belum jelas "
            "diserahkan ke siapa. Rusun itu sebenarnya singkatan dari apa?"
        ),
        "istilah.rusun",
    ),
]

ROUND42_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan kami USL-2026-0007 sudah sampai tahap mana ya? Sudah diverifikasi atau belum?",
        "status",
    ),
    (
        "Pak, usulan-usulan Kotim yang kami kirim bulan lalu ada yang disetujui atau ditolak?",
        "status",
    ),
    (
        "Our usulan drainase from Barsel, already accepted or still under checking ah?",
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana tempatnya?",
        "meeting",
    ),
    (
        (
            "lanjut pak, rapat koordinasi berikutnya mulai jam berapa? di aula Disperkimtan "
            "lagi kah?"
        ),
        "meeting",
    ),
    (
        "Kapan jadwal rapat berikutnya dengan provinsi?",
        "meeting",
    ),
    (
        "Batas akhir pengiriman usulan tahun ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Masih bisa kirim usulan minggu depan atau penerimaannya sudah ditutup?",
        "deadline",
    ),
    (
        "Usulan untuk TA 2027 diterima sampai kapan, pak?",
        "deadline",
    ),
    (
        "Selamat pagi pak, salam dari Dinas Perkim Kabupaten Katingan",
        "greeting",
    ),
    (
        "Terima kasih banyak infonya, sangat membantu",
        "greeting",
    ),
    (
        "Halo, minta tolong dibantu ya",
        "greeting",
    ),
    (
        "Gimana caranya memasukkan usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        (
            "Saya mau kirim usulan jalan lingkungan untuk Desa Tahawa, mulainya dari mana di "
            "bot ini?"
        ),
        "how_to_submit",
    ),
    (
        "How do I input our usulan through this bot ah? Which menu?",
        "how_to_submit",
    ),
    (
        "Usulan kami USL-2026-0007 sudah sampai mana ya? masih verifikasi atau sudah dibahas?",
        "status",
    ),
    (
        (
            "[08.12, 3/3/2026] Bu Rina: Kadis minta dicek usulan jaling Kotim yang kita kirim "
            "bulan lalu, ada yang ditolak nggak?"
        ),
        "status",
    ),
    (
        "Is our usulan for Pulpis already approved or still being checked kah?",
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "Sekdis mau bikin SPT, rapat koordinasi berikutnya mulai jam berapa ya?",
        "meeting",
    ),
    (
        "When is the next Rakor ya? undangannya sudah ada?",
        "meeting",
    ),
    (
        "Batas akhir kirim usulan untuk TA 2027 kapan ya?",
        "deadline",
    ),
    (
        "Kalau baru kirim usulan minggu depan masih keburu nggak? tutupnya tanggal berapa?",
        "deadline",
    ),
    (
        (
            "> mohon usulan segera dikirim\nsampai kapan usulan tahun ini masih diterima "
            "pak?\n\nSent from my phone"
        ),
        "deadline",
    ),
    (
        "Selamat pagi Pak, Bu 🙏",
        "greeting",
    ),
    (
        "halo bot, mohon bantuannya ya",
        "greeting",
    ),
    (
        "Cara masukin usulan lewat bot ini gimana?",
        "how_to_submit",
    ),
    (
        "Kabid suruh saya kirim usulan drainase lewat sini. Langkahnya apa saja ya?",
        "how_to_submit",
    ),
    (
        "How do I submit a usulan through this bot ah?",
        "how_to_submit",
    ),
]

ROUND42_AREAS: list[tuple[str, str]] = [
    (
        ("Kawasan kumuh di Kelurahan Baamang Hulu luas delineasinya 8,7 ha, itu kewenangan siapa?"),
        "kabkota",
    ),
    (
        "Lokasi kumuh kami pas 10 hektar, yang tangani provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        (
            "Di SK tertulis luas kawasan kumuh Mendawai Seberang 146.500 m2, jadi tanggung "
            "jawab siapa?"
        ),
        "provinsi",
    ),
    (
        "kumuh 15 hektare persis itu masuk kewenangan mana?",
        "pusat",
    ),
    (
        "Delineasi kumuh Pahandut Seberang 23,4 ha, itu ranah pusat ya?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh tepian sungai seluas 95.000 meter persegi, siapa yang berwenang "
            "menangani?"
        ),
        "kabkota",
    ),
    (
        "kumuh 14,99 ha kewenangan prov kan?",
        "provinsi",
    ),
    (
        "The kumuh area in Ketapang is 11 hectares, provinsi can handle or not ah?",
        "provinsi",
    ),
    (
        "Luas kumuh di Desa Talio cuma 4 ha, siapa yang bertanggung jawab menanganinya?",
        "kabkota",
    ),
    (
        "Kawasan kumuh 250.000 m² di Kecamatan Selat itu kewenangan pemerintah mana?",
        "pusat",
    ),
    (
        "Ada lokasi kumuh 9,99 hektar, masih kabupaten atau sudah provinsi?",
        "kabkota",
    ),
    (
        "Kumuh seluas 100.000 m² di Sabangau, penanganannya oleh siapa?",
        "provinsi",
    ),
    (
        (
            "[10.32, 6/12/2026] Pak Budi: delineasi kumuh di Kel. Baamang Tengah 9,8 ha, itu "
            "kewenangan kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "Kabid tanya, kawasan kumuh yang di SK luasnya pas 100.000 m2, siapa yang menangani?",
        "provinsi",
    ),
    (
        "Kumuh 15 hektare persis, berarti masih masuk provinsi dong?",
        "pusat",
    ),
    (
        "Luas delineasi kumuh di Kec. Selat 14,99 ha, kewenangan provinsi atau pusat?",
        "provinsi",
    ),
    (
        "Kawasan kumuh 95.000 m² di Kel. Pahandut Seberang, siapa yang berwenang?",
        "kabkota",
    ),
    (
        "The kumuh area near Sampit is 22 hectares, so who handles it ya, pusat kah?",
        "pusat",
    ),
    (
        (
            "Luas desanya 40 ha tapi yang masuk delineasi SK kumuh cuma 8 ha. Penanganan "
            "kumuhnya kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "PPK nanya: kumuh 12,5 hektar di perbatasan Kec. Kapuas Hilir dan Kapuas Timur, "
            "provinsi yang tangani?"
        ),
        "provinsi",
    ),
    (
        "luas kawasan kumuh 150.000 meter persegi, tanggung jawab pemerintah mana?",
        "pusat",
    ),
    (
        "Kumuh ringan 3 ha di Desa Sungai Cabang, jadi kesimpulannya kabupaten yang tangani ya?",
        "kabkota",
    ),
    (
        (
            "> kumuh 11 ha di Kel. Puruk Cahu\nitu yang pegang provinsi atau kabupaten?\n\nSent "
            "from my phone"
        ),
        "provinsi",
    ),
    (
        ("Kawasan kumuh tepian sungai 37,5 hektare di Kuala Kapuas, yang bertanggung jawab siapa?"),
        "pusat",
    ),
]

ROUND42_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan provinsi untuk bidang kawasan permukiman tahun 2027?",
    "Nomor WA admin Disperkimtan yang bisa dihubungi berapa ya?",
    "Harga semen per sak di Kuala Kurun sekarang berapa?",
    "Siapa pemenang tender paket jalan lingkungan di Sampit tahun lalu?",
    "Besok di Palangka Raya hujan tidak ya?",
    "Syarat izin usaha tambang galian C di Kapuas apa saja?",
    "Saya mau ajukan cuti tahunan minggu depan, formulirnya ke bagian kepegawaian mana?",
    "Berapa harga rumah subsidi FLPP di Pangkalan Bun tahun ini?",
    "Ada kabar terbaru soal pemindahan ASN ke IKN?",
    "Berapa jumlah RTLH di Kabupaten Seruyan per tahun 2025?",
    "Berapa nilai DAK Tematik PPKT yang diterima Kotim tahun ini?",
    "Bengkel langganan untuk servis mobil dinas di Muara Teweh yang bagus di mana ya?",
    "Jadwal penerbangan Palangka Raya ke Jakarta besok pagi jam berapa?",
    "Syarat daftar BPJS Kesehatan PBI untuk warga miskin apa saja?",
    "How much is the hotel rate near Aula Disperkimtan ah, for peserta Rakor from Puruk Cahu?",
    "Pagu indikatif Disperkimtan provinsi untuk penanganan kumuh TA 2027 berapa miliar?",
    "Berapa jumlah rumah RTLH yang sudah dibedah di Kabupaten Seruyan sepanjang 2025?",
    "Bantuan BSPS tahun ini nilainya berapa juta per unit rumah?",
    "Siapa kontraktor pemenang tender jalan lingkungan di Kuala Kurun tahun lalu?",
    "Nomor WA Kabid Kawasan Permukiman provinsi berapa ya? mau konfirmasi langsung",
    "Syarat KPR subsidi FLPP untuk MBR yang gajinya di atas 8 juta gimana?",
    "Cuaca di Muara Teweh besok hujan nggak ya? mau survei lokasi",
    "Harga semen per sak di Sampit sekarang berapa?",
    "Uang harian perjalanan dinas ke Palangka Raya untuk golongan III berapa?",
    "Cara mengurus cuti melahirkan untuk PPPK gimana ya?",
    "Tolong buatkan kata sambutan Bupati untuk peresmian jembatan desa",
    "Ada berita terbaru soal banjir di Katingan hari ini?",
    "Izin tambang galian C untuk ambil tanah urug itu ngurusnya ke mana?",
    "What is the USD to rupiah exchange rate today ya?",
    "Jadwal speedboat dari Kuala Kapuas ke Palangka Raya jam berapa saja?",
]
