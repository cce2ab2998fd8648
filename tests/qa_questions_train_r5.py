"""Training table R5 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: the boundary a third time, both sides specific: the topic question names a real village,
kelurahan or regency, a number, a year or a role and still asks the rule applied to that case;
the out-of-scope one asks that case's own facts, progress or a decision only the province's
staff can give; also the bot's features (topic) against its faults and other people's data;
WhatsApp slang, voice-typed run-ons, capitals, Javanese- and Banjar-flavoured, English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R5_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "mas sy staf baru bidang perkim Kab Sukamara, tolong jelasin singkat dong "
        "pembagian kewenangan pusat prov kab di urusan perkim",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "bupati lamandau mau nyebut di sambutan musrenbang 2026 bahwa perumahan itu "
        "urusan wajib pelayanan dasar bener gak gitu dasar hukumnya apa",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh 12,4 ha di Kel. Baamang Tengah Sampit itu kewenangan siapa ya", "kewenangan.kumuh"),
    # kewenangan.kumuh
    (
        "ulun handak batakun, lokasi kumuh di Desa Sungai Bakau Kumai luasnya 9,8 ha, "
        "kawa kah diusulkan ke provinsi",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh
    (
        "KUMUH PAS 10 HA DI KEL PAHANDUT SEBERANG ITU MASUK PROVINSI ATAU MASIH KABUPATEN KOTA",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh Selat Hulu di Kapuas itu 132 ha, berarti bukan prov ya tp pusat?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.kumuh_pusat
    (
        "delineasi kumuh di Kel Menteng Jekan Raya hasilnya pas 15,0 ha, itu jatuhnya "
        "pusat atau masih provinsi",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Pulpis mau bikin kegiatan pencegahan kumuh di Kec Kahayan Hilir th 2027, bisa "
        "minta dana prov gak sih",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "sub urusan perumahan itu provinsi pegang apa aja? Kab Barito Utara lg nyusun "
        "renstra 2026-2030, butuh rujukannya",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "banyak warga MBR di Kel Ketapang Sampit minta dibangunin rumah, sebenernya itu "
        "urusan pemda atau pusat",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "banjir Katingan Hilir januari 2026 banyak rumah rusak berat, rumah korbannya yg "
        "nangani kab atau prov",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.bencana_relokasi
    (
        "warga desa tumbang nusa kena relokasi karena proyek jalan provinsi fasilitasi "
        "rumahnya jadi kewajiban siapa ya pak",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "a developer wants to build 200 units in Jekan Raya, do they get the housing "
        "development permit from the city or from the province",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja, mana yg bagian prov mana yg "
        "bagian Kab Gunung Mas",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "jalan di perumahan BTN Kel Palangka yg diserahin developer udh rusak, itu PSU "
        "perumahan kan, siapa yg wajib benerin",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "provinsi bisa bangun jalan lingkungan di Desa Pangkalan Banteng gak? jalannya "
        "nyambung ke jalan kabupaten",
        "psu.lingkup_provinsi",
    ),
    # psu.lingkup_provinsi
    (
        "drainase 800 m di pinggir jalan provinsi di Kuala Kurun itu masuk PSU yg "
        "dibangun Disperkimtan gak",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "a house-design consultant in Muara Teweh with medium capability wants to get "
        "registered, is that the province's job",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM perumahan yg jadi tanggung jawab prov itu apa aja dan targetnya brp persen? "
        "kami di Barsel lg isi laporan SPM 2025",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Desa Mandomai luasnya sekitar 300 ha tp yg kumuh cuma sebagian, yg dipake buat "
        "nentuin kewenangan itu luas yg mana",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "SK kumuh Seruyan niku sing netepke bupati nopo gubernur mas? kami arep revisi th 2026",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "tim survei kami mau nilai kekumuhan di Kec Mentaya Hilir Selatan, 7 aspeknya apa aja ya",
        "kumuh.aspek",
    ),
    # kumuh.aspek
    (
        "drainase yg tiap hujan tergenang di Kel Tumbang Rungan itu masuk aspek kumuh yg mana",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "our slum score for a location in Pahandut came out at 62, does that already "
        "count as kumuh berat",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "lokasi di Desa Basawang skornya 41 dr 80, itu masuk kumuh sedang atau ringan",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "kumuh ringan neng bantaran kali Kel Mendawai, tanahe legal, polane pemugaran opo"
        " peremajaan yo",
        "kumuh.pola_penanganan",
    ),
    # kumuh.pola_penanganan
    (
        "kumuh berat di atas air Desa Pulau Telo Baru, tanahnya gak legal, berarti "
        "polanya pemukiman kembali kah",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "how many slum locations and how many hectares does Kalteng have in total? need "
        "it for the Kapuas regent's presentation",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "usulan perkim dari Kab Murung Raya utk TA 2027 harus memuat apa aja sih dan "
        "kenapa itu diminta",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "bubuhan kami di Bartim kawa mengusulkan apa haja ke provinsi? jaling, rtlh, "
        "kumuh, rumah korban bencana kah",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "ngisi lokasi usulan di Desa Tamiang Kec Bulik, perlu titik GPS, luas, sm "
        "perkotaan/perdesaan juga kah",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "usulan jaling Desa Bereng Jun 1,5 km biayanya kira2 2 M, jumlah KK nya jg diisi?"
        " sumber dananya ditulis apa",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "mau usul drainase 1,2 km di Desa Talio, readiness criteria nya apa aja yg harus siap",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "lahan buat jaling di Desa Kinipan masih tanah adat blm bersertifikat, itu masih "
        "bisa disebut clean and clear gak",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "SK kumuh Kotim kami terbit Desember 2020, masih bisa dipake buat usulan kumuh th 2026 gak",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED, RAB, RKS buat usulan jaling Kel Menteng harus lengkap semua pas ngusul atau"
        " boleh nyusul",
        "usulan.dokumen_teknis",
    ),
    # usulan.dokumen_teknis
    (
        "foto kondisi eksisting sama site plan buat usulan jaling Desa Garantung itu wajib ya",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan hibah dan O&P buat usulan Kab Katingan 2027 itu isinya apa, yg "
        "tanda tangan siapa",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "warga Desa Pamait punya rumah reyot tapi tanahnya numpang punya keluarga, bisa "
        "diusulkan RTLH ke prov gak",
        "usulan.rtlh",
    ),
    # usulan.rtlh
    (
        "can we propose RTLH help for a family in Tumbang Liting who only has an empty "
        "plot and wants to build from scratch",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "WARGA RT 05 KEL LANGKAI MAU MINTA DRAINASE LANGSUNG KE PROV, SYARATNYA APA AJA",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jaling yg dibangun prov di Desa Sebabi th 2025 nanti jadi aset siapa, yg ngerawat siapa",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kumuh 6 ha di Kel Kumpai Batu Atas kan bukan kewenangan prov, terus dananya bisa"
        " dicari dr mana aja",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "usulan yg dikirim th 2026 itu utk anggaran th brp? alurnya dari ngusul sampe "
        "dikerjain gmn",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "provinsi meriksa usulan dari Kab Kapuas itu apa aja yg dicek, administrasi doang"
        " atau sampe lapangan",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "rakor bidang kawasan permukiman itu sebenernya buat apa dan dari bartim perlu "
        "bawa apa aja",
        "siklus.rakor",
    ),
    # siklus.rakor
    (
        "Rakor kawasan permukiman se-Kalteng itu pesertanya siapa aja, Kab Seruyan wajib ikut kah",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "once a proposal passes the November 2026 Rakor, does it go into the RKPD first "
        "and then the APBD",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di Kab Pulpis blm dibentuk, fungsinya apa sih dan dasar hukumnya apa",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "kantor disperkimtan prov di jalan apa ya, kami dari Puruk Cahu mau antar berkas",
        "disperkimtan.kontak",
    ),
    # disperkimtan.kontak
    (
        "what does Disperkimtan Kalteng actually handle? I'm new at the housing office in"
        " Nanga Bulik",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("bot ini perintahnya apa aja? sy operator perkim Barsel baru diapprove", "bot.cara_pakai"),
    # bot.cara_pakai
    (
        "jam yg tertulis di bot itu WIB atau WITA? undangan tertulis 09.00, saya di Tamiang Layang",
        "bot.cara_pakai",
    ),
    # bot.cara_pakai
    (
        "can I use this bot in English? I'm the new planner at the Kobar housing office",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "kalo ngirim usulan drainase Desa Sei Asam lewat /usul, fotonya maksimal brp dan "
        "PDF bisa dilampirin gak",
        "bot.usul",
    ),
    # bot.usul
    (
        "sy pegang Kapuas, bisa gak pake /usul buat ngisiin usulan Kab Pulang Pisau, "
        "mereka minta tolong",
        "bot.usul",
    ),
    # bot.status
    (
        "status usulan USL-2026-0031 'dibahas di Rakor' itu artinya apa, udh pasti dapat kah",
        "bot.status",
    ),
    # bot.status
    (
        "usulan jaling Desa Lembeng kena status perlu perbaikan, maksudnya gmn, harus ngapain",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan kumuh 7 ha Desa Sumber Makmur ditolak alasannya bukan kewenangan prov, "
        "trus kami harus gimana",
        "bot.ditolak_dialihkan",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan jaling Bartim statusnya dialihkan ke APBD kab, langkah kami selanjutnya apa",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "our PSU proposal from Kotim has been 'diajukan' for 4 working days, what is the "
        "follow-up standard",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "dapet undangan rakor di bot tp hari itu kabid kami ke lapangan, boleh diwakilin "
        "staf Gumas lain gak",
        "bot.rapat",
    ),
    # bot.rapat
    (
        "pengingat rapat 18 november itu dikirim kapan aja, sy dari Tamiang Layang mau "
        "siap2 berangkat",
        "bot.rapat",
    ),
    # bot.rapat
    (
        "gmn cara konfirmasi hadir rapat koordinasi di bot, undangannya buat Kab Murung Raya",
        "bot.rapat",
    ),
    # istilah.rtlh
    ("RTLH singkatan apa sih, kades Tumbang Marak nanya ke sy", "istilah.rtlh"),
    # istilah.bsps
    ("BSPS itu apa ya, banyak warga Kec Dusun Selatan nanya soal itu", "istilah.bsps"),
    # istilah.mbr
    ("MBR artinya apa? ada di form usulan Kab Sukamara", "istilah.mbr"),
    # istilah.huntara
    (
        "huntara sama huntap bedanya apa? abis banjir di Desa Tumbang Mangkutup ada yg "
        "nyebut dua2nya",
        ("istilah.huntara", "istilah.huntap"),
    ),
    # istilah.ded
    ("DED itu singkatan dr apa mas, diminta buat usulan Desa Pantik", "istilah.ded"),
    # istilah.rks
    ("RKS itu apa sih? konsultan di Muara Teweh nyebut terus pas rapat", "istilah.rks"),
    # istilah.bast
    ("BAST ki opo to mas, bendahara Kab Lamandau bilang harus ada", "istilah.bast"),
    # istilah.op
    ("O&P di surat pernyataan Kab Kotim itu maksudnya apa", "istilah.op"),
    # istilah.pokir
    ("POKIR ITU APA YA, ANGGOTA DPRD DAPIL KATINGAN MAU NITIP USULAN JALING", "istilah.pokir"),
    # istilah.bankeu
    ("bankeu singkatan apa, ada pilihan itu pas isi sumber dana usulan Gumas", "istilah.bankeu"),
    # istilah.daktematikppkt
    (
        "DAK tematik PPKT tuh apaan, disaranin buat kumuh 20 ha di Kec Selat",
        "istilah.daktematikppkt",
    ),
    # istilah.skt
    ("SKT tu surat apa pian? warga Desa Lehai cuma punya itu gasan tanahnya", "istilah.skt"),
    # istilah.tps3r
    ("TPS3R singkatan apa? ada di rencana penanganan kumuh Sampit", "istilah.tps3r"),
    # istilah.rp2kpkp
    (
        "RP2KPKP tuh apa, beda sm RP3KP? Kab Barut disuruh nyusun dua2nya",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    # istilah.backlog
    (
        "what does backlog perumahan mean? Bappeda Palangka Raya asked us about it for the RPJMD",
        "istilah.backlog",
    ),
    # istilah.kotaku
    ("KOTAKU itu program apa sih, dulu katanya ada di Kel Pahandut", "istilah.kotaku"),
    # istilah.rusus
    ("rusus maksudnya apa? ada rusus nelayan di Kec Teluk Sampit", "istilah.rusus"),
    # istilah.mck
    ("MCK komunal di usulan Desa Danau Tundai itu singkatan apa", "istilah.mck"),
    # siklus.rakor
    (
        "rakor kawasan permukiman biasanya digelar bulan apa sih, tanggalnya kok pindah2 tiap "
        "tahun? Kab Seruyan mau atur jadwal dinas",
        "siklus.rakor",
    ),
    # usulan.penerima_biaya
    (
        "usulan jaling Desa Sembuluh I mau pake kombinasi APBD kab sama CSR, boleh ditulis "
        "gitu di sumber dana?",
        "usulan.penerima_biaya",
    ),
]

TRAIN_R5_OUT_OF_SCOPE: list[str] = [
    # kewenangan.ringkasan
    (
        "SK penempatan saya di dinas perkim Sukamara kok blm keluar2 ya, bisa tolong "
        "dicekin ke BKD provinsi"
    ),
    # kewenangan.urusan_wajib
    "berapa persen APBD Lamandau 2026 yg dialokasikan buat urusan perkim, ada angkanya gak",
    # kewenangan.kumuh
    "kumuh 12,4 ha di Baamang Tengah jadi ditangani provinsi th 2027 gak, udh masuk daftar blm",
    # kewenangan.kumuh
    (
        "pak kadis waktu kunjungan bilang Sungai Bakau bakal dibantu, janji beliau itu "
        "kapan realisasinya"
    ),
    # kewenangan.kumuh
    (
        "lokasi Pahandut Seberang itu tahun lalu udh pernah dikerjain provinsi, segmen "
        "mana aja yg udh"
    ),
    # kewenangan.kumuh_pusat
    "Selat Hulu 132 ha udh masuk daftar garapan BP3KP Kalimantan I tahun 2026 atau blm",
    # kewenangan.kumuh_pusat
    "tim kementerian PKP jadi turun ke lokasi kumuh Menteng tanggal berapa, siapa ketua timnya",
    # kewenangan.pencegahan_kumuh
    "anggaran pencegahan kumuh di APBD Pulang Pisau 2027 dapet berapa, udh diketok DPRD blm",
    # kewenangan.perumahan
    "saya mau mutasi dari dinas perkim Barut ke Disperkimtan prov, prosedur sama syaratnya gmn",
    # kewenangan.perumahan_pusat
    "how many FLPP subsidised houses does Kotim get in 2026, and which bank handles them",
    # kewenangan.bencana_relokasi
    "data rumah rusak akibat banjir Katingan Hilir januari yg udh diverifikasi BPBD ada brp unit",
    # kewenangan.bencana_relokasi
    "ganti rugi lahan warga Tumbang Nusa utk proyek jalan itu kapan dibayar dan berapa per meter",
    # kewenangan.izin
    "izin perumahan PT Borneo Griya Lestari di Jekan Raya udh terbit blm ya, nomornya brp",
    # kewenangan.kawasan_permukiman
    "luas kawasan permukiman Kec Kurun menurut RDTR Gumas yg baru itu berapa ha",
    # kewenangan.psu
    "developer perumahan di Kel Palangka udh nyerahin PSU nya ke pemkot belum, BAST nya nomor brp",
    # psu.lingkup_provinsi
    (
        "paket jaling Pangkalan Banteng tahun ini udh tayang di LPSE prov blm, kontraktor"
        " lokal pada nanya"
    ),
    # psu.lingkup_provinsi
    "siapa kontraktor yg ngerjain drainase di Kuala Kurun tahun 2025, baru setahun udh retak",
    # kewenangan.sertifikasi
    "CV Teweh Mandiri udh terdaftar sbg perencana rumah di provinsi blm, nomor registrasinya apa",
    # kewenangan.spm
    "capaian SPM perumahan Barito Selatan tahun 2025 brp persen menurut catatan provinsi",
    # kumuh.luas_delineasi
    "do you keep the shapefile of the Mandomai slum delineation that the consultant made in 2022",
    # kumuh.penetapan
    "draf revisi SK kumuh Seruyan 2026 yg kami kirim udh dikoreksi bagian hukum prov blm",
    # kumuh.aspek
    (
        "hasil survei kumuh Mentaya Hilir Selatan yg dikirim tim kami bulan lalu dapat "
        "skor brp dari provinsi"
    ),
    # kumuh.aspek
    "warga Tumbang Rungan banyak kena DBD abis banjir, puskesmas mana yg buka 24 jam",
    # kumuh.penilaian
    "skor baseline kumuh Kel Pahandut tahun 2024 sebenarnya brp, ada yg punya datanya",
    # kumuh.tingkat_sedang_ringan
    "Desa Basawang dulu pernah dapat bantuan penanganan kumuh dari prov blm, th brp",
    # kumuh.pola_penanganan
    "berapa KK di Kel Mendawai yg mau dipindah dan lokasi barunya di mana rencananya",
    # kumuh.pola_penanganan
    "musim kemarau tahun ini mulai bulan apa ya, biar survei ke Pulau Telo gak kena pasang",
    # kumuh.kalteng
    "luas kumuh yg udh tuntas ditangani di Kab Kapuas sampai akhir 2025 ada brp ha",
    # usulan.isi
    (
        "usulan mura ta 2027 yang kami antar langsung ke kantor provinsi februari kemarin"
        " itu diterima siapa ya"
    ),
    # usulan.jenis
    "th 2026 Bartim dapat jatah brp paket dari provinsi, kok kayaknya dikit bgt",
    # usulan.lokasi
    "batas resmi Desa Tamiang sama Desa Guci yg bener yg mana, lagi ribut soal batas desa",
    # usulan.penerima_biaya
    "HARGA SATUAN RABAT BETON PER M3 DI GUNUNG MAS TAHUN 2026 BRP SIH",
    # usulan.kesiapan
    "tim provinsi yg survei ke Talio kemarin siapa namanya, kami mau konfirmasi hasil survei",
    # usulan.lahan
    "the land for the Kinipan road is being contested in court by the heirs, what are our chances",
    # usulan.sk_kumuh
    "Kel Baamang Hilir ada gak di lampiran SK kumuh Kotim 2020? tolong dicekin dong",
    # usulan.dokumen_teknis
    "ada konsultan yg bisa bikinin DED jaling Kel Menteng murah gak, rekomendasiin dong",
    # usulan.dokumen_teknis
    "mas, hp android sing kamerane apik nggo foto lapangan rego ngisor 3 juta opo yo",
    # usulan.surat_pernyataan
    "Kaltim pake format surat pernyataan hibah yg kaya apa, ada contoh punya mereka kah",
    # usulan.rtlh
    "nama2 penerima RTLH prov th 2026 di Desa Pamait udh ada SK gubernurnya blm",
    # usulan.rtlh
    "how much money did the RTLH recipient in Tumbang Liting actually receive last year",
    # usulan.psu_masyarakat
    "ketua RT 05 Langkai katanya udh kirim proposal drainase ke gubernur, nyampe gak ya",
    # hibah.aset
    "BAST hibah jaling Sebabi 2025 itu kapan ditandatangani, kok kami blm terima salinannya",
    # pendanaan.saluran_lain
    "dana CSR sawit yg masuk Kobar th 2025 totalnya brp dan udh dipake buat apa aja",
    # siklus.tahunan
    "usulan Sukamara 2025 yg katanya disetujui kok gak muncul di DPA prov 2026, siapa yg nyoret",
    # siklus.pemeriksaan
    "why has nobody answered the proposal from Kapuas that we emailed two weeks ago",
    # siklus.rakor
    "notulen rakor 2025 kemarin udh dibagiin blm? kami dari Bartim gak dapet",
    # siklus.rakor
    "malam ini ada nobar timnas di Palangka Raya gak, sekalian abis rakor",
    # siklus.rkpd_apbd
    "SIPD kami error pas input sub kegiatan RKPD 2027, muncul 'gagal simpan', gmn solusinya",
    # koordinasi.pokja_pkp
    "siapa ketua Pokja PKP Kab Pulpis sekarang, SK nya nomor brp",
    # disperkimtan.kontak
    "nomor HP pak kabid kawasan permukiman prov brp, mau telpon langsung aja",
    # disperkimtan.kontak
    (
        "is the Disperkimtan office open on Saturday 14 March? I want to drop off a "
        "letter from Nanga Bulik"
    ),
    # bot.cara_pakai
    "tadi jam 10 WIB sy kirim pesan ke bot kok gak dibales sampe skrg, pesannya ilang kah",
    # bot.cara_pakai
    "jadwal sholat jumat di Masjid Raya Darussalam Palangka Raya jam brp WIB",
    # bot.cara_pakai
    "who won the Persija match last night",
    # bot.usul
    "/usul saya macet pas upload foto ke 4, drafnya ilang semua, bisa dibalikin gak",
    # bot.usul
    "tolong tampilin usulan Kab Pulpis yg dikirim minggu lalu isinya apa aja",
    # bot.status
    "usulan USL-2026-0031 nanti dikerjain bulan apa dan siapa pelaksananya",
    # bot.status
    (
        "catatan perbaikan usulan Lembeng cuma 'lengkapi dokumen', dokumen yg mana "
        "persisnya yg kurang"
    ),
    # bot.ditolak_dialihkan
    "pak kadis prov bisa dilobi gak biar usulan Sumber Makmur yg ditolak kemarin diterima aja",
    # bot.ditolak_dialihkan
    "DAK tematik PPKT 2027 Bartim oleh piro mas",
    # bot.tindak_lanjut
    "staf prov yg pegang verifikasi usulan Kotim lg cuti ya, kok lama bgt gak gerak",
    # bot.rapat
    "pak kadis kami gak dapet undangan di akun telegramnya, padahal sy dapet, akunnya kenapa",
    # bot.rapat
    (
        "tanggal 18 november di Palangka Raya kira2 hujan kah kada, ulun handak bamotor "
        "matan Tamiang Layang"
    ),
    # bot.rapat
    "hotel dekat aula disperkimtan yg murah apa ya, mau nginep 2 malam pas rapat",
    # istilah.rtlh
    "jumlah RTLH di Kec Katingan Tengah per 2025 ada brp unit",
    # istilah.bsps
    "what's the 2026 BSPS quota for Barito Selatan and which villages get it",
    # istilah.mbr
    "gaji sy 4,5 juta sebulan di Sukamara, masuk MBR gak buat ambil KPR subsidi",
    # istilah.huntara
    "brp unit huntara yg dibangun BPBD Kapuas pasca banjir Mantangai 2025",
    # istilah.ded
    "file DED Desa Pantik dr konsultan ilang, provinsi nyimpen salinannya gak",
    # istilah.rks
    "mutu beton buat saluran drainase di Muara Teweh minimal K berapa dan campurannya gmn",
    # istilah.bast
    "BAST pekerjaan jaling Nanga Bulik 2024 ditandatangani tgl brp, kami perlu buat SPJ",
    # istilah.op
    "how much does PUPR Kotim budget each year for maintaining the drainage in Sampit",
    # istilah.pokir
    "pokir anggota DPRD prov dapil Katingan th 2026 isinya apa aja, ada jaling gak",
    # istilah.bankeu
    "Gumas th 2026 dapet bankeu provinsi brp M, buat apa aja",
    # istilah.daktematikppkt
    "syarat DAK PPKT di Jawa Tengah sama gak dgn yg dipake Kalteng",
    # istilah.skt
    "biaya ngurus SKT di kantor desa Lehai brp sih, kok tiap orang beda",
    # istilah.tps3r
    "TPS3R di Kel Baamang Hilir kok mangkrak, pengelolanya siapa skrg",
    # istilah.rp2kpkp
    "brp biaya nyusun RP2KPKP Barut kalo pake konsultan, ada yg bisa dikenalin",
    # istilah.backlog
    "angka backlog rumah Kota Palangka Raya th 2025 brp unit",
    # istilah.kotaku
    "what was the name of the KOTAKU facilitator in Palangka Raya, can I still reach them",
    # istilah.rusus
    "rusus nelayan di Ujung Pandaran masih ada unit kosong gak, bisa disewa?",
    # istilah.mck
    "anak sy diare terus abis minum air sumur, obatnya apa ya",
    # siklus.rakor
    "cuti bersama idul adha 2026 tgl brp aja, mau atur jadwal dinas Seruyan",
    # usulan.penerima_biaya
    "ada yg tau resep juhu umbut rotan gak, mau masak buat tamu dari Sembuluh",
]
