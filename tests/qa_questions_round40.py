"""Round 40 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: regency nicknames and local abbreviations with dates and numbers
("Kotim", "Barsel", "TA 2027", "tw II"); people new to Telegram bots typing as to a command
line or search box ("/rtlh syarat", "ketik apa ya kalau mau nanya ..."); two questions in one
message, one outside the domain docs; proofreading a sentence of their own draft; chains of
conditions before the question; a misremembered name for the right thing ("musrenbang
provinsi" for the Rakor); complaining about an earlier answer and asking again; long
unpunctuated lines with the question word last. About one question in ten is in a regency
officer's English that keeps Indonesian terms and word order. A glossary entry's questions
ask what the term means.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND40_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Buat paparan Barut tw I nanti, tolong jelaskan peta kewenangan perumahan dan "
            "kawasan permukiman: mana bagian pusat, provinsi, dan kab/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "/kewenangan perkim -> pembagian urusan pusat provinsi kabupaten secara umum gimana",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Di slide saya tulis 'Perumahan rakyat dan kawasan permukiman merupakan urusan "
            "pilihan daerah.' Ini benar atau harus diganti?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Perumahan and kawasan permukiman is urusan wajib pelayanan dasar or not? Which "
            "pasal in UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "kumuh batas luas -> kab, prov, pusat masing2 mulai berapa ha?",
        "kewenangan.kumuh",
    ),
    (
        (
            "Draf surat ke Bupati: 'penanganan kawasan kumuh dengan luas 10-15 hektare "
            "merupakan kewenangan provinsi'. Redaksinya sudah sesuai aturan atau perlu "
            "diperbaiki?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kotim punya kawasan kumuh yang besar sekali. Kawasan kumuh yang jadi kewenangan "
            "pusat itu batasnya mulai berapa hektar, dan bunyi aturannya apa? buat laporan "
            "per 31/12."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh yang masuk kewenangan pemerintah pusat itu yang seperti apa, dan "
            "ketentuannya sudah pasti belum? Sekalian, alokasi APBN untuk kumuh di Kalteng "
            "tahun ini berapa?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Seruyan mau usul kegiatan pencegahan kumuh untuk TA 2027, bisa diajukan ke "
            "provinsi atau itu murni urusan kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan permukiman kumuh kewenangan siapa",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "/perumahan urusan provinsi di sub-urusan perumahan apa aja",
        "kewenangan.perumahan",
    ),
    (
        "In sub-urusan perumahan, what is tugas provinsi and what is tugas kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Penyediaan rumah untuk MBR itu sebenarnya kewenangan siapa? terus kuota rumah "
            "subsidi FLPP untuk Kalteng tahun ini berapa unit?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Di Gumas banyak keluarga MBR belum punya rumah. Pengembangan sistem pembiayaan "
            "perumahan bagi MBR itu ranah provinsi atau pusat? mau kami angkat di Rakor "
            "minggu ke-2 Nov."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir di Katingan Hilir minggu ke-2 Maret, banyak rumah rusak berat. Kalau "
            "status bencananya bencana kabupaten, yang wajib menyediakan rumah layak huni "
            "siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Saya tulis di telaahan: 'Fasilitasi penyediaan rumah bagi warga yang terkena "
            "relokasi program pemerintah kabupaten menjadi kewenangan provinsi.' Ada yang "
            "keliru?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izin pembangunan dan pengembangan perumahan siapa yg terbitkan? kab atau prov",
        "kewenangan.izin",
    ),
    (
        (
            "SKBG itu diterbitkan oleh kabupaten atau provinsi? sekalian, tarif retribusinya "
            "di Palangka Raya berapa ya?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Sub-urusan kawasan permukiman, the izin pembangunan kawasan permukiman is given "
            "by who, and what is the pusat part?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Di Renja kami tulis 'penetapan sistem kawasan permukiman dilaksanakan oleh "
            "pemerintah provinsi.' Sudah tepat belum?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Bartim mau usul PSU di perumahan subsidi buatan developer di Tamiang Layang, itu "
            "masuk PSU perumahan atau permukiman? provinsi bisa tangani?"
        ),
        "kewenangan.psu",
    ),
    (
        "bot tolong jawab: beda PSU permukiman dan PSU perumahan itu apa dari sisi kewenangan?",
        "kewenangan.psu",
    ),
    (
        (
            "Drainase di sepanjang jalan kabupaten bisa dibangun Disperkimtan provinsi nggak? "
            "sekalian, harga U-ditch per meter sekarang berapa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Di surat usulan saya tulis 'mohon peningkatan jalan lingkungan dan drainase di "
            "kawasan permukiman perdesaan Desa Buntoi'. Provinsi memang menangani PSU di "
            "perdesaan juga, atau cuma perkotaan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "/sertifikasi perancang rumah tingkat kemampuan kecil siapa yg urus",
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Registrasi for badan usaha perencana PSU with tingkat kemampuan menengah, that "
            "is provinsi or pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Laporan SPM tw II Pulpis: jenis pelayanan dasar perumahan yang jadi tanggung "
            "jawab kabupaten apa saja, targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di laporan SPM tertulis 'target rumah layak huni bagi korban bencana provinsi "
            "ditetapkan 80%'. Angka itu benar?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Lokasi kumuh di Baamang Hilir, Kotim: yang dipakai untuk menentukan kewenangan "
            "itu luas delineasi di SK atau luas seluruh kelurahan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas kumuh yang dihitung untuk kewenangan itu diambil dari mana? sekalian, jasa "
            "pemetaan drone per hektar kira-kira berapa?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "ketik apa ya kalau mau nanya siapa yang berwenang menetapkan lokasi kumuh dan "
            "berapa tahun sekali penetapannya ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Saya tulis: 'Lokasi permukiman kumuh di Kabupaten Kapuas ditetapkan dengan "
            "Keputusan Gubernur Kalimantan Tengah.' Benar begitu?"
        ),
        "kumuh.penetapan",
    ),
    (
        "/kriteria kumuh ada berapa aspek, apa saja",
        "kumuh.aspek",
    ),
    (
        (
            "The aspek for menilai kumuh in Permen PUPR 14/2018, can you list them? How many "
            "kriteria in total?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Hasil survei Maret di Puruk Cahu skor kumuhnya 64, sudah masuk kumuh berat? skor "
            "tiap kriteria itu dinilai bagaimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Di dokumen baseline kami tertulis 'nilai maksimal kekumuhan adalah 100 dan "
            "kategori berat dimulai dari 70'. Benar nggak?"
        ),
        "kumuh.penilaian",
    ),
    (
        "menu > kumuh ringan skornya dari berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Skor 45 itu kumuh sedang atau ringan? Oh iya, konsultan penyusun baseline yang "
            "bagus di Palangka Raya siapa ya?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kumuh ringan di Kuala Pembuang I, Seruyan, lahannya legal. Pola "
            "penanganannya pemugaran atau peremajaan? mau masuk RKPD 2027."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "If the kawasan kumuh is on lahan ilegal or daerah rawan bencana, the pola "
            "penanganan is what?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kalteng punya berapa lokasi kumuh dan total luasnya berapa? sekalian, jumlah "
            "penduduk miskin Kalteng 2025 berapa?"
        ),
        "kumuh.kalteng",
    ),
    (
        "/data kumuh kalteng jumlah lokasi dan hektar",
        "kumuh.kalteng",
    ),
    (
        (
            "bot tolong jawab: usulan kegiatan ke provinsi itu isinya apa aja, dan kenapa "
            "ditanya sedetail itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Di surat pengantar saya tulis 'bersama ini kami sampaikan usulan berupa judul "
            "kegiatan dan nilai anggaran'. Sudah cukup atau ada isian lain yang harus ada?"
        ),
        "usulan.isi",
    ),
    (
        "Lamandau mau kirim usulan TA 2027. Jenis usulan apa saja yang bisa dipilih?",
        "usulan.jenis",
    ),
    (
        (
            "What jenis usulan is possible to send, only kumuh and PSU or also RTLH and rumah "
            "korban bencana?"
        ),
        "usulan.jenis",
    ),
    (
        "/lokasi usulan: kecamatan, desa, titik GPS wajib semua?",
        "usulan.lokasi",
    ),
    (
        (
            "Data lokasi yang harus diisi di usulan apa saja? terus aplikasi GPS yang paling "
            "akurat di HP Android apa ya?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Usulan drainase Kobar TA 2027: penerima manfaat diisi KK, jiwa atau unit? sumber "
            "dananya boleh kombinasi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Saya isi di usulan 'penerima manfaat 120 KK, 80 jiwa'. Bisa diterima begitu atau "
            "ada yang salah?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Usulan PSU from Barsel, which dokumen kesiapan must we have ready before sending?",
        "usulan.kesiapan",
    ),
    (
        "/rc kriteria kesiapan usulan apa saja",
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan untuk drainase itu tanah warga yang cuma pegang SKT, bisa dibilang clean "
            "and clear? sekalian, biaya urus sertifikat di BPN berapa?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Di form saya tulis 'status lahan clean and clear, hanya masih ada sengketa batas "
            "dengan warga sebelah'. Itu kontradiktif nggak?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh Kapuas terbit 2019, mau dipakai untuk usulan TA 2027. Masih bisa "
            "dipakai atau harus direviu dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "sk kumuh -> lokasi usulan tidak tercantum di SK, tetap bisa diajukan?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "Daftar lampiran usulan saya: 'DED, RAB, dan foto kondisi eksisting'. Apa masih "
            "kurang RKS dan site plan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Dokumen teknis apa yang perlu disiapkan untuk usulan jaling? sekalian, HSPK "
            "Kalteng 2027 sudah terbit belum?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Pulpis diminta melampirkan surat pernyataan hibah dan O&P untuk usulan jaling "
            "2027. Surat itu isinya menyatakan apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan kesediaan menerima hibah and O&P, why province need it in our usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        "rtlh provinsi > syarat rumah dan tanahnya apa? penerimanya ditetapkan siapa?",
        "usulan.rtlh",
    ),
    (
        (
            "Warga di Buntok Kota, Barsel, mau bangun rumah baru di lahan kosong. Bisa "
            "diusulkan lewat RTLH provinsi 2027?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Di draf surat: 'calon penerima bantuan RTLH provinsi ditetapkan dengan SK Bupati "
            "Barito Utara'. Benar begitu?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 Kelurahan Langkai mau minta jalan lingkungan langsung ke provinsi, "
            "syaratnya apa? sekalian, nomor WA Pak Lurah Langkai ada?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "psu usulan masyarakat harus diketahui siapa aja",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jaling bangunan provinsi di Muara Teweh selesai Des 2026, setelah itu siapa yang "
            "pelihara? pakai BAST juga?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Nota dinas saya: 'Aset PSU yang dibangun provinsi di atas lahan kabupaten tetap "
            "dicatat dan dipelihara oleh provinsi.' Sudah benar?"
        ),
        "hibah.aset",
    ),
    (
        "bukan kewenangan provinsi -> cari dana ke mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Our usulan kumuh is not kewenangan provinsi, so what other sumber dana we can try?",
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan yang kami kirim Juni 2026 itu untuk TA berapa? dan siklus setahunnya bagaimana?",
        "siklus.tahunan",
    ),
    (
        (
            "Alur usulan tahunan dari kabupaten sampai dibiayai provinsi gimana? terus "
            "pelantikan kadis baru jadinya kapan?"
        ),
        "siklus.tahunan",
    ),
    (
        "/verifikasi usulan diperiksa dari sisi apa saja",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Di laporan saya tulis 'usulan diperiksa provinsi dari kelengkapan administrasi "
            "saja'. Kurang lengkap nggak kalimatnya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Sukamara baru pertama kali ikut Rakor Bidang Kawasan Permukiman. Rakor itu "
            "sebenarnya untuk apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "In the Rakor kawasan permukiman se-Kalteng, what is discussed, only usulan or "
            "also sinkronisasi program?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Saya tulis di slide: 'usulan yang disepakati di Rakor langsung masuk APBD "
            "Provinsi.' Urutannya sudah benar?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Setelah Rakor usulan lanjut ke mana dulu, Musrenbang atau RKPD? sekalian, pagu "
            "indikatif Disperkimtan 2027 berapa?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Gumas mau bentuk Pokja PKP tahun ini. Dasar hukumnya apa dan fungsinya untuk apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Di kabupaten, Pokja PKP biasanya diketuai siapa? sekalian, honor anggota pokja "
            "per bulan berapa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor disperkimtan prov kalteng",
        "disperkimtan.kontak",
    ),
    (
        (
            "Kantor Disperkimtan Provinsi di jalan apa? sekalian, nomor rekening bendahara "
            "dinasnya berapa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "/help perintah bot ini apa saja? jamnya pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "This bot the jam is WIB or WITA? And which perintah I can type?",
        "bot.cara_pakai",
    ),
    (
        (
            "Kirim usulan jaling Kobar TA 2027 lewat /usul: foto maksimal berapa, dan boleh "
            "lampir PDF RAB?"
        ),
        "bot.usul",
    ),
    (
        (
            "Di juknis saya tulis 'kode usulan berformat USL-tahun-nomor, dan tahun "
            "anggarannya sama dengan tahun pengiriman'. Benar nggak?"
        ),
        "bot.usul",
    ),
    (
        "/status arti 'dibahas di Rakor' itu apa",
        "bot.status",
    ),
    (
        (
            "Saya lapor ke Kabid: 'status perlu perbaikan artinya usulan sudah ditolak "
            "final.' Betul begitu?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan Barsel TA 2027 ditolak dengan alasan bukan kewenangan provinsi. Kami "
            "harus ngapain selanjutnya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan dialihkan, that means what? We can still revise or it is final?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Standarnya berapa hari kerja usulan harus diverifikasi provinsi? terus kalau mau "
            "lapor ke Ombudsman nomornya berapa?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "/sla tindak lanjut usulan berapa hari",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Undangan Rakor sudah masuk di bot. Pengingatnya dikirim kapan aja, H-7 saja atau "
            "ada lagi?"
        ),
        "bot.rapat",
    ),
    (
        "rapat -> pengingat 2 jam sebelum mulai ada juga?",
        "bot.rapat",
    ),
    (
        "/istilah perkim",
        "istilah.perkim",
    ),
    (
        "Perkim itu singkatan dari apa? sekalian, Kadis Perkim Kotim sekarang siapa ya?",
        "istilah.perkim",
    ),
    (
        (
            "Di kop surat saya tulis 'Dinas Perumahan dan Kawasan Permukiman Tanah "
            "(Disperkimtan)'. Kepanjangan Disperkimtan yang benar apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan stands for what? The 'tan' is pertanahan?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Saya tulis 'PSU (Prasarana, Sarana dan Utilitas Umum)' di laporan, "
            "kepanjangannya sudah benar?"
        ),
        "istilah.psu",
    ),
    (
        "Di notulen rapat Pokja PKY sering muncul kata 'PSU', itu maksudnya apa ya?",
        "istilah.psu",
    ),
    (
        "jaling artinya apa",
        "istilah.jaling",
    ),
    (
        "Di RAB Bartim ada item 'jaling 250 m', jaling itu apa?",
        "istilah.jaling",
    ),
    (
        (
            "Drainase lingkungan itu maksudnya apa? sekalian, harga pipa PVC 8 inci di Buntok "
            "berapa?"
        ),
        "istilah.drainase",
    ),
    (
        "/istilah drainase",
        "istilah.drainase",
    ),
    (
        "Tabel kumuh Kapuas ada kolom KR. KR itu apa?",
        "istilah.kr",
    ),
    (
        "KR kumuh artinya?",
        "istilah.kr",
    ),
    (
        "Di laporan saya tulis 'KS = kumuh sementara'. Benar singkatannya?",
        "istilah.ks",
    ),
    (
        "In data kumuh there is kode KS, KS means what?",
        "istilah.ks",
    ),
    (
        (
            "KB di data kumuh itu singkatan apa, bukan Keluarga Berencana kan? Sekalian, dana "
            "desa Tumbang Rungan tahun ini berapa?"
        ),
        "istilah.kb",
    ),
    (
        "Rekap kumuh Mura per 31/12: 3 lokasi berstatus KB. KB itu maksudnya apa?",
        "istilah.kb",
    ),
    (
        "/apa itu SK kumuh",
        "istilah.skkumuh",
    ),
    (
        (
            "Di glosarium saya tulis 'SK kumuh: surat keputusan camat yang berisi lokasi "
            "kumuh'. Sudah tepat definisinya?"
        ),
        "istilah.skkumuh",
    ),
    (
        "Delineasi itu artinya apa? sekalian, software GIS gratis yang bagus apa?",
        "istilah.delineasi",
    ),
    (
        "Di lampiran SK kumuh Kotim ada 'peta delineasi'. Delineasi itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "RTLH singkatan apa",
        "istilah.rtlh",
    ),
    (
        "Data RTLH Katingan 2026 sudah masuk. RTLH itu kepanjangannya apa sih, saya staf baru.",
        "istilah.rtlh",
    ),
    (
        "Saya tulis 'RLH (Rumah Layak Hunian)'. Benar kepanjangannya?",
        "istilah.rlh",
    ),
    (
        "/istilah rlh",
        "istilah.rlh",
    ),
    (
        ("Bedah rumah itu istilah untuk apa? terus acara bedah rumah di TV itu daftarnya ke mana?"),
        "istilah.bedahrumah",
    ),
    (
        "Di Pulpis orang bilang 'program bedah rumah', maksudnya itu apa ya?",
        "istilah.bedahrumah",
    ),
    (
        "What is BSPS? The kepanjangan please.",
        "istilah.bsps",
    ),
    (
        "bsps itu apa",
        "istilah.bsps",
    ),
    (
        (
            "Di proposal saya tulis 'MBR (Masyarakat Berpendapatan Rendah)'. Sudah benar atau "
            "seharusnya 'Berpenghasilan'?"
        ),
        "istilah.mbr",
    ),
    (
        "Bupati Lamandau minta data MBR untuk TA 2027. MBR itu singkatan apa ya?",
        "istilah.mbr",
    ),
    (
        "rusunawa artinya",
        "istilah.rusunawa",
    ),
    (
        (
            "Rusunawa itu apa, beda dengan rusun biasa di mana? sekalian, sewa rusunawa di "
            "Palangka Raya per bulan berapa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Di laporan Kobar ada 'rusus nelayan', rusus itu apa?",
        "istilah.rusus",
    ),
    (
        "Saya tulis 'rusus (rumah susun khusus)' di notulen. Kepanjangan rusus sudah benar?",
        "istilah.rusus",
    ),
    (
        (
            "hunian darurat yang dibangun habis banjir itu orang sini nyebutnya huntap, "
            "padahal kayaknya bukan ya, yang sementara itu istilah resminya apa dan "
            "kepanjangannya apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "tadi di grup bpbd kabupaten ada yang nulis pembangunan huntara untuk warga "
            "terdampak longsor di tanah siang saya kurang paham singkatannya huntara itu "
            "kepanjangan dari apa"
        ),
        "istilah.huntara",
    ),
    (
        (
            "kata teman di BPBD huntap itu hunian tahap, katanya ada tahap 1 tahap 2, tapi "
            "saya ragu, huntap sebenarnya singkatan apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "If the korban banjir already move from huntara to huntap, the huntap is what "
            "meaning exactly, permanent house or still temporary?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "kalau di form diminta jumlah KK, terus satu rumah isinya dua keluarga, terus "
            "yang satu belum punya kartu keluarga sendiri, KK di situ maksudnya kepala "
            "keluarga atau kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "kemarin waktu isi usulan teman saya kira kolom jiwa itu jumlah rumah, saya "
            "bilang bukan, tapi kami jadi debat, jiwa di sini artinya apa sebenarnya?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "In the form the luas must in ha, but our data from desa is in meter, ha is "
            "hektare or what, and 1 ha is how many m2?"
        ),
        "istilah.ha",
    ),
    (
        (
            "kalau luas lokasi di SK ditulis dalam ha, terus di peta konsultan dalam are, "
            "terus warga bilangnya hektar, ha itu satuan apa persisnya?"
        ),
        "istilah.ha",
    ),
    (
        (
            "gambar kerja lengkap dari konsultan yang orang kantor sebut gambar bestek itu, "
            "di form ditulisnya DED, DED itu singkatan dari apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "pak kami mau usul jalan lingkungan di kecamatan baamang tapi dari tadi disebut "
            "harus ada DED saya staf baru belum pernah pegang dokumen itu DED itu dokumen apa "
            "ya"
        ),
        "istilah.ded",
    ),
    (
        (
            "kalau konsultan belum ada, terus angka biaya cuma perkiraan kasar dari teman PU, "
            "terus belum dirinci per item, RAB itu sebenarnya dokumen apa sih isinya?"
        ),
        "istilah.rab",
    ),
    (
        (
            "di grup ada yang bilang RAB itu rencana anggaran belanja, ada yang bilang "
            "rencana anggaran biaya, jadi yang benar yang mana?"
        ),
        "istilah.rab",
    ),
    (
        (
            "RKS itu rencana kerja satuan kan? yang isinya spesifikasi teknis pekerjaan itu "
            "lho, kepanjangan yang betul apa?"
        ),
        "istilah.rks",
    ),
    (
        (
            "the RKS in dokumen teknis list I see many times but nobody in my office can "
            "explain so the RKS is stand for what"
        ),
        "istilah.rks",
    ),
    (
        (
            "kalau konsultan minta KAK, terus orang PU bilangnya TOR, padahal kita sudah "
            "punya RAB, KAK itu apa sebenarnya, sama dengan TOR?"
        ),
        "istilah.kak",
    ),
    (
        (
            "bos saya minta siapkan kak untuk perencanaan drainase di pulang pisau saya kira "
            "kakak ternyata nama dokumen jadi kak itu singkatan dari apa"
        ),
        "istilah.kak",
    ),
    (
        (
            "gambar tata letak jalan sama saluran di lokasi yang diminta itu peta delineasi "
            "kan? atau namanya site plan? site plan itu gambar apa persisnya?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "kemarin katanya site plan itu sama saja dengan DED, tapi konsultan kami bilang "
            "beda jauh, jadi site plan itu maksudnya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "kemarin saya tanya RC dijawabnya soal rencana kerja, tapi di juknis DAK ada RC "
            "utama dan RC teknis, RC itu singkatan apa sebenarnya?"
        ),
        "istilah.rc",
    ),
    (
        (
            "tadi zoom sama balai disebut rc kabupaten kami belum lengkap semua orang "
            "mengangguk saya saja yang bingung rc itu artinya apa"
        ),
        "istilah.rc",
    ),
    (
        (
            "berita acara serah tanah atau serah terima sih BAST itu? yang ditandatangani "
            "waktu jalan lingkungan diserahkan ke kabupaten"
        ),
        "istilah.bast",
    ),
    (
        (
            "My kabid say we need BAST after the jaling finish, but my friend say BAST is "
            "only for tanah. What is BAST actually, the kepanjangan?"
        ),
        "istilah.bast",
    ),
    (
        (
            "kalau jalan dibangun provinsi di atas tanah kabupaten, terus setelah selesai "
            "diserahkan ke kita, terus dicatat di aset kita, kata hibah di situ artinya apa "
            "persisnya?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "ada yang bilang hibah itu cuma uang bantuan ke ormas atau yayasan, tapi provinsi "
            "bilang jalan juga dihibahkan, jadi hibah itu artinya apa sebenarnya?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "di laporan aset kabupaten ada kolom bmd dan saya disuruh cek apakah jalan "
            "lingkungan di sepang sudah tercatat bmd itu singkatan dari apa ya"
        ),
        "istilah.bmd",
    ),
    (
        (
            "aset yang dicatat pengurus barang pemda itu BMD, barang milik dinas kan? apa "
            "memang begitu kepanjangannya?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "andaikan jalan dibangun balai pakai APBN, terus belum diserahkan ke pemkab, "
            "terus katanya statusnya masih BMN, BMN itu apa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "kata pengurus barang kami BMN sama BMD itu sama saja cuma beda sebutan, benar "
            "gak? sebenarnya arti BMN dan BMD itu apa?"
        ),
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        (
            "O&P itu operasional dan perawatan kan? yang ada di surat pernyataan hibah itu, "
            "singkatannya yang betul apa?"
        ),
        "istilah.op",
    ),
    (
        (
            "seandainya di surat pernyataan tertulis O&P, terus di surat bupati cuma ditulis "
            "OP, terus di juknis lain ditulis OM, itu semua maksudnya sama? O&P itu artinya "
            "apa?"
        ),
        "istilah.op",
    ),
    (
        (
            "bendahara bilang SPM itu surat perintah membayar, tapi di dokumen bidang "
            "perumahan SPM artinya lain, yang bener apa?"
        ),
        "istilah.spm",
    ),
    (
        (
            "di laporan kinerja dinas ada target spm perumahan seratus persen untuk korban "
            "bencana tapi saya belum pernah dengar istilahnya spm di bidang perumahan itu "
            "kepanjangannya apa"
        ),
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        (
            "kalau di kabupaten sudah ada Pokja AMPL, terus bupati mau teken SK pokja baru "
            "lagi, terus namanya Pokja PKP, itu pokja apa sebenarnya?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "kelompok kerja yang mengoordinasikan pembangunan perumahan dan kawasan "
            "permukiman di daerah itu namanya pokja perkim ya? nama resminya dan artinya apa?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "undangan dari bapperida untuk rapat pokja ppas minggu depan sampai ke meja saya "
            "katanya saya wakil dinas perkim padahal saya nggak tahu pokja ppas itu apa"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "kemarin ada yang bilang PPAS di Pokja PPAS itu sama dengan PPAS di KUA-PPAS, kok "
            "saya ragu, Pokja PPAS itu singkatan apa sebenarnya?"
        ),
        "istilah.pokjappas",
    ),
    (
        "pokja ampel yang ngurus air minum itu, AMPL itu singkatan dari apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Pokja AMPL, I think A is air minum and P is perumahan, correct? What is the real "
            "kepanjangan?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "di rapat kemarin disebut RP3KP itu rencana lima tahunan, tapi di dokumen "
            "tertulis 20 tahun, RP3KP itu sebenarnya dokumen apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "bapperida minta kami perbarui rp3kp kabupaten katingan tapi saya bingung karena "
            "di lemari ada juga dokumen rp2kpkp jadi rp3kp itu kepanjangannya apa"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "dokumen RP3KP yang isinya rencana pencegahan dan peningkatan kualitas perumahan "
            "kumuh itu, nama dokumen yang benar dan kepanjangannya apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "kalau kabupaten sudah punya SK kumuh, terus mau ikut DAK, terus diminta "
            "melampirkan RP2KPKP juga, RP2KPKP itu dokumen apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "program kota kumuh dulu itu, yang ada BKM di tiap kelurahan, KOTAKU singkatan "
            "apa sih sebenarnya?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "dulu di kelurahan pahandut ada program kotaku yang bangun jalan paving sama bkm "
            "sekarang sudah nggak kedengaran lagi kotaku itu program apa sebenarnya"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "kemarin dijawab DAK PPKT itu untuk jalan provinsi, kayaknya salah deh, PPKT itu "
            "singkatan apa sih?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT, my team call it DAK kumuh provinsi, the PPKT stand for what?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "ini mungkin pertanyaan dasar tapi anak magang tanya ke saya dan saya mau jawab "
            "yang tepat apbn itu kepanjangan dari apa"
        ),
        "istilah.apbn",
    ),
    (
        (
            "kalau sumber dana usulan saya pilih APBN, terus kegiatannya dikerjakan balai "
            "kementerian, APBN itu maksudnya anggaran apa?"
        ),
        "istilah.apbn",
    ),
    (
        (
            "APBD itu anggaran pembangunan daerah ya? yang ada versi provinsi dan versi "
            "kab/kota itu, kepanjangan lengkapnya apa?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "teman bilang APBD itu cuma anggaran kabupaten, tapi saya lihat ada APBD provinsi "
            "juga, jadi APBD itu artinya apa?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "seandainya desa mau ikut danai jalan lingkungan, terus uangnya dari anggaran "
            "desa, itu yang disebut APBDes? APBDes artinya apa?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "kades di tumbang bukoi bilang bisa bantu dari apbdes untuk drainase tapi saya "
            "kurang paham apbdes itu kepanjangannya apa dan beda dengan dana desa atau tidak"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "bansos provinsi ke kabupaten yang ada di pilihan sumber dana itu namanya bankeu "
            "ya, maksudnya apa bankeu itu?"
        ),
        "istilah.bankeu",
    ),
    (
        (
            "di form sumber dana ada pilihan bankeu saya kira itu bank kalteng ternyata bukan "
            "jadi bankeu itu singkatan dari apa"
        ),
        "istilah.bankeu",
    ),
    (
        (
            "kemarin dijelaskan pokir itu usulan warga biasa, tapi kok yang ngurus "
            "sekretariat DPRD, pokir itu singkatan apa sebenarnya?"
        ),
        "istilah.pokir",
    ),
    (
        (
            "jika usulan jalan lingkungan datang dari anggota DPRD, terus dibawa waktu reses, "
            "terus masuk SIPD, itu yang dinamakan pokir kan? pokir itu apa kepanjangannya?"
        ),
        "istilah.pokir",
    ),
    (
        (
            "rapat perencanaan tahunan dari desa sampai provinsi yang orang sini bilang "
            "musbang itu, nama lengkapnya musrenbang kan, artinya apa persisnya?"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "in my kabupaten every year there is musrenbang kecamatan then kabupaten then "
            "provinsi but nobody explain to me the word so musrenbang is what"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "tadi kabid bilang usulan yang lolos nanti masuk rkpd provinsi saya angguk angguk "
            "saja padahal nggak ngerti rkpd itu maksudnya dokumen apa"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "waktu saya jelaskan ke kepala seksi, saya bilang RKPD itu rencana kerja "
            "perangkat daerah, terus dia koreksi katanya salah, RKPD itu kepanjangannya apa "
            "to?"
        ),
        "istilah.rkpd",
    ),
    (
        (
            "kalau dinas sudah punya Renstra lima tahun, terus tiap tahun masih harus bikin "
            "dokumen lagi namanya Renja, Renja itu apa ya?"
        ),
        "istilah.renja",
    ),
    (
        "renja itu rencana kerja anggaran ya? yang tahunan per dinas, artinya apa sebenarnya?",
        "istilah.renja",
    ),
    (
        (
            "kepala dinas minta saya ngecek apakah usulan kumuh kita sudah ada di renstra "
            "dinas tapi saya baru pindah dari bagian umum renstra itu dokumen apa"
        ),
        "istilah.renstra",
    ),
    (
        (
            "menurut senior saya Renstra dan RPJMD itu satu dokumen, kasubag program "
            "membantah, saya jadi ragu, Renstra itu dokumen apa?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "kata teman RPJMD itu rencana 20 tahun, tapi di berita rakor disebut RPJMD "
            "2025-2029, jadi RPJMD itu sebenarnya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        (
            "misal gubernur baru dilantik, terus visi misinya dituangkan ke dokumen lima "
            "tahunan, itu RPJMD kan? RPJMD kepanjangannya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        (
            "KUA-PPAS itu kebijakan umum anggaran dan prioritas pagu anggaran sementara kan? "
            "yang benar PPAS itu apa?"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "bagian keuangan bilang usulan kita kena pagu di kua ppas jadi mungkin dipotong "
            "saya tidak paham kua ppas itu apa"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "kemarin ada yang jelaskan RKA dan DPA itu sama saja cuma beda tahun, beneran? "
            "RKA sama DPA itu sebenarnya apa?"
        ),
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        (
            "kalau usulan kami sudah masuk RKPD, terus dinas provinsi mulai susun RKA, terus "
            "nanti dibahas dengan TAPD, RKA itu singkatan dari apa?"
        ),
        "istilah.rka",
    ),
    (
        (
            "daftar pelaksanaan anggaran atau dokumen pelaksanaan anggaran sih DPA itu? yang "
            "jadi dasar kegiatan fisik mulai jalan"
        ),
        "istilah.dpa",
    ),
    (
        (
            "kabid bilang kegiatan fisik baru boleh jalan kalau dpa sudah turun dari bpkad "
            "saya iya kan saja padahal belum tahu dpa itu dokumen apa"
        ),
        "istilah.dpa",
    ),
    (
        (
            "aplikasi SIMDA yang dipakai input usulan ke kemendagri itu, yang sekarang "
            "disebut SIPD, SIPD itu singkatan apa?"
        ),
        "istilah.sipd",
    ),
    (
        (
            "operator kami bilang usulan harus diinput ke sipd juga selain lewat bot ini saya "
            "bingung sipd itu sebenarnya apa"
        ),
        "istilah.sipd",
    ),
    (
        ("Bappeda provinsi sekarang katanya ganti nama jadi bapperida ya, kepanjangannya apa sih?"),
        "istilah.bapperida",
    ),
    (
        (
            "kata orang Bapperida itu badan penelitian daerah saja, bukan perencanaan, benar "
            "begitu? Bapperida itu apa?"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "di surat dari provinsi ditulis opd pengusul tapi di form lama tertulis skpd "
            "pengusul apakah opd dan skpd itu sama artinya atau beda"
        ),
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        (
            "kalau di form ditanya OPD pengusul, terus saya dari Dinas Perkim kabupaten, "
            "terus yang tanda tangan kepala dinas, OPD itu artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        "satuan kerja perangkat dinas, itu kan SKPD? atau apa sih kepanjangannya yang benar?",
        "istilah.skpd",
    ),
    (
        (
            "misalnya di arsip surat tahun 2015 tertulis SKPD, terus kop suratnya masih nama "
            "dinas lama, terus saya mau salin ke form, SKPD itu singkatan dari apa ya?"
        ),
        "istilah.skpd",
    ),
    (
        (
            "kemarin dijawab SPAM itu sistem pengelolaan air minum, tapi di dokumen PU "
            "ditulis penyediaan, mana yang benar?"
        ),
        "istilah.spam",
    ),
    (
        (
            "di usulan kami ada sektor air minum dan pak camat bilang sebaiknya nyambung ke "
            "spam ibukota kecamatan saya tidak paham spam di sini maksudnya apa"
        ),
        "istilah.spam",
    ),
    (
        (
            "sistem septic tank komunal yang di dokumen kumuh kami ditulis SPAM itu, yang "
            "buat air limbah rumah tangga bukan air minum, nama singkatan yang betul apa dan "
            "artinya apa?"
        ),
        "istilah.spald",
    ),
    (
        (
            "kalau lokasi kumuhnya belum ada septic tank komunal, terus PU mau bangun SPALD, "
            "terus kami diminta ikut usulkan, SPALD itu apa?"
        ),
        "istilah.spald",
    ),
    (
        (
            "warga di jekan raya minta dibangunkan ipal komunal karena limbah rumah tangga "
            "semua dibuang ke parit ipal itu sebenarnya apa"
        ),
        "istilah.ipal",
    ),
    (
        "IPAL is like the SPALD, same thing with different name? What is each one meaning?",
        ("istilah.ipal", "istilah.spald"),
    ),
    (
        (
            "tempat olah sampah di kelurahan yang disebut TPS 3 RT itu, eh tulisannya TPS3R, "
            "itu singkatan apa?"
        ),
        "istilah.tps3r",
    ),
    (
        "kata grup lain TPS3R sama dengan TPA, cuma lebih kecil, jadi sebenarnya TPS3R itu apa?",
        "istilah.tps3r",
    ),
    (
        (
            "jadi di lokasi kumuh warga masih buang air di sungai, terus diusulkan bangun MCK "
            "komunal, MCK itu kepanjangannya apa?"
        ),
        "istilah.mck",
    ),
    (
        (
            "kemarin dijawab clean and clear itu harus sesuai RTRW, RTRW yang dimaksud itu "
            "apa? bukan RT/RW kampung kan?"
        ),
        "istilah.rtrw",
    ),
    (
        (
            "pertanahan bilang lokasi usulan kami di kapuas hilir tidak sesuai rtrw jadi "
            "nggak bisa saya masih belum jelas rtrw itu dokumen apa"
        ),
        "istilah.rtrw",
    ),
    (
        (
            "rencana tata ruang versi rinci per kawasan yang orang tata ruang sebut RTRW "
            "detail itu, ternyata namanya RDTR, RDTR itu apa?"
        ),
        "istilah.rdtr",
    ),
    (
        "If kota already have RTRW and also RDTR, what is the different meaning of the two?",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        (
            "kata kontraktor PBG itu pajak bangunan gedung, kok rasanya salah, PBG itu apa "
            "sebenarnya?"
        ),
        "istilah.pbg",
    ),
    (
        (
            "dulu kan namanya IMB, terus sekarang sudah berubah, terus di desa pun ditanya "
            "PBG, PBG itu singkatan apa?"
        ),
        "istilah.pbg",
    ),
    (
        (
            "gedung serbaguna yang baru selesai di muara teweh kata dinas pupr belum punya "
            "slf jadi belum boleh dipakai slf itu apa ya"
        ),
        "istilah.slf",
    ),
    (
        (
            "buat gedung yang sudah selesai dibangun katanya perlu surat PBG supaya "
            "dinyatakan laik dipakai, eh bukan PBG ya, yang setelah bangunan jadi itu "
            "singkatannya apa dan artinya apa?"
        ),
        "istilah.slf",
    ),
    (
        (
            "SKBG yang buat unit rusun itu surat keterangan bangunan gedung ya, atau apa nama "
            "resminya?"
        ),
        "istilah.skbg",
    ),
    (
        "Someone in grup say SKBG is same with sertifikat tanah. I think not. SKBG is what?",
        "istilah.skbg",
    ),
    (
        (
            "kemarin dibilang RTLH minimal punya SKT, tapi kata kades SKT itu surat "
            "keterangan tinggal, yang bener SKT itu apa?"
        ),
        "istilah.skt",
    ),
    (
        (
            "warga calon penerima di desa bajarum cuma pegang surat dari kepala desa yang "
            "disebut skt belum sertifikat skt itu surat apa"
        ),
        "istilah.skt",
    ),
    (
        (
            "kalau lahannya punya pemkab, sudah bersertifikat, tapi masih ada warga yang "
            "klaim sebagian, istilah clean and clear itu sebenarnya artinya apa?"
        ),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "di form ada pertanyaan clean and clear, kata teman itu artinya lahan sudah "
            "dibersihkan dari semak, bener gitu? maksudnya apa?"
        ),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "perusahaan sawit di danau sembuluh katanya mau bantu lewat csr buat drainase "
            "desa saya kurang paham csr itu singkatan apa"
        ),
        "istilah.csr",
    ),
    (
        (
            "dana sosial perusahaan yang orang sebut dana hibah swasta itu kan CSR, CSR itu "
            "kepanjangannya apa?"
        ),
        "istilah.csr",
    ),
    (
        (
            "Musrenbang provinsi bidang perkim yang tiap tahun di Palangka Raya itu, yang di "
            "undangan ditulis rakor, kepanjangannya apa?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        (
            "kata kasi saya Rakor itu rapat koordinasi biasa saja, tapi di undangan tertulis "
            "rakor dan sinkronisasi, jadi Rakor yang dimaksud itu singkatan dari apa?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        (
            "kalau bot bilang tindak lanjut mengikuti standar LAPOR!, terus saya belum pernah "
            "pakai, terus atasan tanya, LAPOR! itu apa sih?"
        ),
        "istilah.lapor",
    ),
    (
        (
            "di jawaban bot tadi ada tulisan standar lapor pakai tanda seru saya kira salah "
            "ketik ternyata nama sistem jadi lapor itu apa"
        ),
        "istilah.lapor",
    ),
    (
        (
            "The undangan say 09.00 WIB, but my friend from Kaltim say must be WITA. WIB is "
            "what, the kepanjangan?"
        ),
        "istilah.wib",
    ),
    (
        (
            "kata orang bappeda backlog itu tunggakan pekerjaan, tapi di berita perumahan kok "
            "artinya lain, jadi backlog perumahan itu apa?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "di paparan kepala dinas ada angka backlog rumah yang besar sekali dan beda "
            "dengan angka bps saya belum paham backlog itu maksudnya apa"
        ),
        "istilah.backlog",
    ),
    (
        (
            "di surat provinsi ada tulisan urusan PKP, setahu saya PKP itu pengusaha kena "
            "pajak, di bidang perumahan PKP maksudnya apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "nama bidang di dinas kami perkim, terus di surat provinsi tertulis urusan PKP, "
            "terus di SIPD juga lain lagi, PKP itu singkatan apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "kemarin dibilang kumuh itu cuma rumah jelek, tapi kok ada kriteria segala, kumuh "
            "itu sebenarnya apa pengertiannya?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "in the SK there is many lokasi called kumuh along the sungai but for me it is "
            "just old kampung so kumuh in the aturan is meaning what"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "tahun depan katanya kabupaten barito timur dapat dak perumahan saya staf baru "
            "belum paham dak itu apa sih sebenarnya"
        ),
        "istilah.dak",
    ),
    (
        (
            "kalau ada DAK reguler, terus ada DAK Tematik PPKT, terus ada juga yang nyebut "
            "DAK integrasi, DAK itu sendiri artinya apa?"
        ),
        "istilah.dak",
    ),
    (
        (
            "apartemen murah pemerintah yang orang sini sebut flat itu namanya rusun kan, "
            "rusun kepanjangannya apa?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "jawaban di grup perkim: rusun ya rusunawa, tidak ada bedanya. Saya kurang yakin, "
            "arti rusun dan rusunawa masing-masing apa?"
        ),
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

ROUND40_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan jaling kami dari Kotim kemarin sudah sampai mana ya? sudah diverifikasi belum?",
        "status",
    ),
    (
        "/cek usulan USL-2026-0014 statusnya apa sekarang",
        "status",
    ),
    (
        "Any news for our usulan from Gumas? Already accepted or still being checked?",
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "rapat berikutnya kapan? jam berapa WIB?",
        "meeting",
    ),
    (
        (
            "bot tolong jawab: Rakor Bidang Kawasan Permukiman yang akan datang diadakan di "
            "gedung mana, mulai jam berapa?"
        ),
        "meeting",
    ),
    (
        "Batas akhir kirim usulan untuk TA 2027 sampai tanggal berapa?",
        "deadline",
    ),
    (
        "/tenggat usulan kapan ditutup",
        "deadline",
    ),
    (
        "Masih bisa kirim usulan minggu ke-2 Desember nggak, atau penerimaannya sudah tutup?",
        "deadline",
    ),
    (
        "Selamat pagi pak, izin bertanya",
        "greeting",
    ),
    (
        "makasih banyak infonya 🙏",
        "greeting",
    ),
    (
        "halo bot, bisa bantu saya?",
        "greeting",
    ),
    (
        "Gimana caranya input usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "ketik apa ya kalau mau masukin usulan baru?",
        "how_to_submit",
    ),
    (
        "How to submit usulan from our kabupaten in this bot?",
        "how_to_submit",
    ),
    (
        (
            "kalau usulan drainase kami sudah dikirim bulan lalu, terus belum ada kabar, "
            "terus kabid mau lapor ke bupati minggu ini, usulan kami sekarang posisinya di "
            "mana?"
        ),
        "status",
    ),
    (
        (
            "kemarin teman di provinsi bilang usulan jaling Kotim sudah disetujui, tapi di "
            "bot kok belum berubah, sebenarnya usulan kami statusnya apa?"
        ),
        "status",
    ),
    (
        (
            "i want check my usulan USL-2026-0014 from bartim the one for drainase it is "
            "still verifikasi or already disetujui or what"
        ),
        "status",
    ),
    (
        (
            "musrenbang perkim provinsi tahun ini jadinya tanggal berapa dan di mana? yang "
            "rakor kawasan permukiman itu maksud saya"
        ),
        "meeting",
    ),
    (
        (
            "kami dari pulpis mau atur mobil dinas sama sppd ke palangka jadi rakor tahun ini "
            "kapan dan tempatnya di mana"
        ),
        "meeting",
    ),
    (
        (
            "di grup ada yang bilang rakor mundur ke desember, ada yang bilang tetap "
            "november, yang betul rakor berikutnya kapan?"
        ),
        "meeting",
    ),
    (
        (
            "kalau usulan kami baru siap minggu depan, terus DED masih dikerjakan konsultan, "
            "batas akhir pengiriman usulan tahun ini sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "kata kasi di provinsi usulan ditutup akhir bulan ini, tapi teman bilang masih "
            "lama, sebenarnya tenggat usulan sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "kami masih nunggu tanda tangan bupati untuk surat pengantar jadi mungkin agak "
            "telat penutupan usulan untuk tahun anggaran depan itu sampai kapan"
        ),
        "deadline",
    ),
    (
        (
            "assalamualaikum pak selamat pagi saya dari dinas perkim kabupaten seruyan baru "
            "didaftarkan kemarin mohon bimbingannya"
        ),
        "greeting",
    ),
    (
        (
            "kalau begitu sudah jelas pak, soal SK kumuh tadi juga sudah paham, terima kasih "
            "banyak ya"
        ),
        "greeting",
    ),
    (
        "halo bot perkimtan, eh maksud saya Sinkron, tolong bantu saya ya",
        "greeting",
    ),
    (
        (
            "cara kirim proposal bedah kawasan lewat bot ini gimana? maksud saya usulan "
            "kegiatan ke provinsi"
        ),
        "how_to_submit",
    ),
    (
        (
            "kalau saya sudah terdaftar, terus sudah disetujui admin, terus file DED sudah "
            "ada dalam PDF, gimana cara memasukkan usulan lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "How I can input the proposal, I mean the usulan, in this bot? Which perintah and "
            "step by step?"
        ),
        "how_to_submit",
    ),
]

ROUND40_AREAS: list[tuple[str, str]] = [
    (
        "Kawasan kumuh di Kelurahan Mendawai Seberang luasnya 8,4 ha, kewenangan siapa?",
        "kabkota",
    ),
    (
        "kumuh 10 ha pas, masuk provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "Luas delineasi kumuh Baamang Tengah 14,99 hektare, yang menangani siapa?",
        "provinsi",
    ),
    (
        "Kalau kawasan kumuhnya persis 15 hektar, itu kewenangan provinsi atau pusat?",
        "pusat",
    ),
    (
        "lokasi kumuh 95.000 m2 di Sei Pasah, tanggung jawab siapa?",
        "kabkota",
    ),
    (
        "Kumuh seluas 120.000 m² di Pahandut, kab/kota atau provinsi yang tangani?",
        "provinsi",
    ),
    (
        "Slum area 22 hectares in Kuala Kapuas, who is responsible?",
        "pusat",
    ),
    (
        "Kawasan kumuh 100.000 meter persegi, kewenangannya di level mana?",
        "provinsi",
    ),
    (
        "/kumuh 3,75 ha kewenangan?",
        "kabkota",
    ),
    (
        "Kawasan kumuh tepian sungai di Lanjas 31,5 hektare, ditangani pusat kah?",
        "pusat",
    ),
    (
        "Kumuh 9,9 ha di Tamiang Layang, itu tanggung jawab provinsi atau kabupaten?",
        "kabkota",
    ),
    (
        "For the lokasi in SK kumuh of 150.000 m2 in Kumai, the kewenangan is at which level?",
        "pusat",
    ),
    (
        (
            "kalau delineasi di SK kumuh luasnya 9,8 ha, terus lokasinya di pinggir sungai "
            "Kahayan, terus tingkatnya kumuh berat, yang tangani siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "kemarin dibilang kumuh 10 hektar pas itu masih kabupaten, tapi kata orang balai "
            "itu provinsi, yang benar kawasan kumuh tepat 10 hektar kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "lokasi kumuh di kelurahan baamang menurut sk bupati luasnya 125.000 m2 jadi kira "
            "kira masuk kewenangan kabupaten provinsi atau pusat"
        ),
        "provinsi",
    ),
    (
        (
            "If kawasan kumuh in Mentawa Baru Ketapang is 14,99 hectares, provinsi or pusat "
            "must handle?"
        ),
        "provinsi",
    ),
    (
        (
            "di SK bupati kumuh tahun 2022 tertulis satu lokasi tepian sungai seluas 15 "
            "hektare pas, penanganannya kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "kalau luas kawasan kumuhnya 150.000 meter persegi, dan semua masuk SK, dan sudah "
            "ada DED, siapa yang bertanggung jawab menangani?"
        ),
        "pusat",
    ),
    (
        (
            "desa kami ada kumuh sekitar 7.500 m² di rt 03 dan kades minta provinsi turun "
            "tangan itu sebenarnya urusan siapa"
        ),
        "kabkota",
    ),
    (
        (
            "kata grup lain kumuh 23 ha itu masih provinsi karena di bawah 25 ha, benar "
            "tidak? kewenangan siapa sebenarnya?"
        ),
        "pusat",
    ),
    (
        (
            "program bedah kawasan provinsi bisa ambil lokasi kumuh 99.990 m2 di Kecamatan "
            "Selat? atau itu urusan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "kalau kawasan kumuhnya 12,4 hektar, tapi luas desanya sendiri 300 hektar, terus "
            "desanya masuk SK, siapa yang menangani kumuhnya?"
        ),
        "provinsi",
    ),
    (
        (
            "lokasi kumuh murjani bawah yang di sk tertulis 31,77 ha itu sebenarnya "
            "kewenangan siapa ya"
        ),
        "pusat",
    ),
    (
        (
            "kemarin bot bilang kumuh 85.000 m² itu provinsi, tapi teman bilang itu belum 10 "
            "ha, jadi sebenarnya siapa yang pegang?"
        ),
        "kabkota",
    ),
]

ROUND40_OUT_OF_SCOPE: list[str] = [
    "Berapa total anggaran Disperkimtan Provinsi untuk penanganan kumuh tahun 2027?",
    "Kontraktor pemenang tender jalan lingkungan di Sampit tahun 2026 siapa ya?",
    "Berapa harga satuan per meter jalan lingkungan rabat beton di Kalteng tahun ini?",
    "Berapa unit RTLH yang dialokasikan provinsi untuk Barsel tahun 2027?",
    "Nomor telepon kantor Disperkimtan Provinsi berapa?",
    "Syarat KPR subsidi FLPP untuk PNS apa saja?",
    "Cuaca di Puruk Cahu besok hujan gak?",
    "Gaji PPPK paruh waktu golongan IX berapa sekarang?",
    "Jadwal kapal dari Kuala Pembuang ke Semarang minggu depan ada?",
    "Siapa yang menang Pilkada Kotim kemarin?",
    "Cara cairkan TPP bulan ini lewat aplikasi apa?",
    "Resep kue bingka khas Banjar gimana ya?",
    "Izin cuti tahunan ASN harus diajukan berapa hari sebelumnya?",
    "Aturan dana BOS untuk rehab ruang kelas SD gimana?",
    "How much the tiket pesawat Palangka Raya to Jakarta this Friday?",
    (
        "kalau usulan kami lolos Rakor, terus masuk RKPD, kira-kira pagu APBD provinsi "
        "untuk penanganan kumuh tahun 2027 totalnya berapa?"
    ),
    (
        "konsultan kami pakai harga paving Rp 150 ribu per m2 dan katanya kemahalan, "
        "standar harga satuan provinsi untuk jalan lingkungan sebenarnya berapa?"
    ),
    (
        "bupati tanya berapa unit rtlh di kabupaten katingan yang dapat bantuan provinsi "
        "tahun 2026 ini tolong angkanya berapa"
    ),
    (
        "kata panitia tahun lalu uang transport peserta Rakor ditanggung provinsi, tapi "
        "sekarang katanya tidak, jadi yang benar gimana?"
    ),
    (
        "KPR bedah rumah untuk MBR itu, eh maksud saya KPR subsidi FLPP, syarat untuk "
        "pegawai honorer apa saja dan cicilannya berapa per bulan?"
    ),
    (
        "saya perlu konfirmasi langsung ke admin bidang kawasan permukiman provinsi nomor "
        "wa atau hp nya berapa"
    ),
    (
        "lelang proyek drainase lingkungan provinsi di Baamang tahun ini, yang e-katalog "
        "itu, siapa pemenangnya?"
    ),
    (
        "kalau saya berangkat dari Buntok besok pagi, terus lewat jalan darat, cuaca di "
        "Palangka Raya besok hujan nggak?"
    ),
    (
        "saya baru pertama kali dinas luar ke provinsi cara mengurus sppd dan "
        "pertanggungjawaban biaya perjalanan dinas gimana"
    ),
    ("kata bendahara TPP bulan ini telat, teman bilang sudah cair, sebenarnya TPP ASN kapan cair?"),
    (
        "kalau warga mau buka galian C di Kapuas, terus lokasinya di tanah adat, syarat "
        "izin tambangnya apa saja?"
    ),
    "jadwal tes CPNS, eh maksud saya seleksi PPPK tahun ini kapan dibuka?",
    (
        "toko bangunan di kuala kurun naikkan harga semen lagi sebenarnya harga semen per "
        "sak di sana sekarang berapa"
    ),
    "cuti hamil, eh cuti melahirkan untuk PNS itu berapa bulan?",
    (
        "My friend say the new bupati of Kotim already dilantik last week, other say not "
        "yet. Who win the pilkada actually?"
    ),
]
