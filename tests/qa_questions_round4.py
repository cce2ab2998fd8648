"""Round-4 evaluation questions for the Sinkron bot's question matching.

Written on 2026-12-02 by someone who had not seen the knowledge base (only the topic ids with their
titles and the domain notes restated in docs/domain.md), playing several officers of the
14 kabupaten/kota of Kalimantan Tengah: an older formal one, a young one typing fast in chat
spelling, one with a Banjar/Dayak flavour, and one writing in English.

This is a second held-out set: it must never be read or used for tuning: do not add its questions
to the knowledge base, keyword lists or other tables, and do not change the bot to make these
particular questions pass. It only measures how honestly the bot matches questions it has not seen.

Tables:

- ``ROUND4_TOPICS``: question and the topic id that should answer it (a tuple when two topics would
  both be a right answer).
- ``ROUND4_INTENTS``: question and its expected kind: "status", "meeting", "deadline", "greeting" or
  "how_to_submit".
- ``ROUND4_AREAS``: slum-area question and the level that handles it: "kabkota" (under 10 ha),
  "provinsi" (10 ha up to but not including 15 ha) or "pusat" (15 ha or more).
- ``ROUND4_OUT_OF_SCOPE``: plausible officer questions the topic list does not answer.
"""

ROUND4_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- kewenangan.ringkasan ---
    (
        "Mohon informasi Bapak/Ibu, secara garis besar bagaimana pembagian urusan perumahan dan "
        "kawasan permukiman antara pusat, provinsi dan kabupaten/kota?",
        "kewenangan.ringkasan",
    ),
    (
        "sy msh bingung bgt, intinya provinsi ngurus ap aja sih, kabupaten ap aja?",
        "kewenangan.ringkasan",
    ),
    (
        "Who is responsible for what in housing and settlements between the national government, "
        "the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    # --- kewenangan.urusan_wajib ---
    (
        "Apakah perumahan rakyat dan kawasan permukiman termasuk urusan wajib pelayanan dasar atau "
        "urusan pilihan? Mohon disampaikan dasar hukumnya.",
        "kewenangan.urusan_wajib",
    ),
    ("perkim tu urusan wajib kah? pasal brp di UU 23/2014 ya", "kewenangan.urusan_wajib"),
    # --- kewenangan.kumuh ---
    (
        "Bagaimana pembagian kewenangan penanganan kawasan kumuh antara kabupaten, provinsi dan "
        "pusat berdasarkan luasnya?",
        "kewenangan.kumuh",
    ),
    (
        "Pian, kawasan kumuh nang kecil-kecil tu tanggung jawab kabupaten kah, atau kawa minta "
        "provinsi?",
        "kewenangan.kumuh",
    ),
    # --- kewenangan.kumuh_pusat ---
    (
        "Kawasan kumuh di tepian sungai kami sangat luas, jauh melebihi batas kewenangan provinsi. "
        "Ke mana kami harus mengusulkan penanganannya?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "kumuh yg paling gede2 itu kewenangan pusat kan? bunyi aturannya gmna persisnya",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Is the central government in charge of the largest slum areas, and is that wording "
        "actually confirmed in the law?",
        "kewenangan.kumuh_pusat",
    ),
    # --- kewenangan.pencegahan_kumuh ---
    (
        "Kami ingin mencegah kampung baru di pinggir kota tumbuh menjadi kumuh. Apakah program "
        "pencegahan kumuh bisa dibiayai provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh kewenangan siapa sih kk?", "kewenangan.pencegahan_kumuh"),
    # --- kewenangan.perumahan ---
    (
        "Apa saja kewenangan kabupaten/kota di sub-urusan perumahan menurut lampiran UU 23/2014?",
        "kewenangan.perumahan",
    ),
    ("urusan perumahan tu provinsi pegang ap aja? yg kabupaten ap?", "kewenangan.perumahan"),
    # --- kewenangan.perumahan_pusat ---
    (
        "Penyediaan rumah untuk masyarakat berpenghasilan rendah itu tugas siapa, pusat atau "
        "daerah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pemkab mau bangun rusun buat warga MBR, itu sbnrnya kewenangan siapa ya?",
        "kewenangan.perumahan_pusat",
    ),
    # --- kewenangan.bencana_relokasi ---
    (
        "Desa kami dilanda banjir besar dan puluhan rumah rusak berat. Siapa yang membangun "
        "kembali rumah warga, kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "rmh warga yg kena gusur krn proyek provinsi (normalisasi sungai) yg fasilitasi rumah "
        "barunya siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ulun handak batakun, rumah warga nang tebakar di kampung kawa dibantu provinsi kah?",
        "kewenangan.bencana_relokasi",
    ),
    # --- kewenangan.izin ---
    (
        "Ada pengembang yang mau membangun perumahan di kota kami. Izin pembangunan dan "
        "pengembangan perumahannya diterbitkan oleh siapa?",
        "kewenangan.izin",
    ),
    ("SKBG buat rusun tu yg nerbitin provinsi ato kabupaten?", "kewenangan.izin"),
    # --- kewenangan.kawasan_permukiman ---
    (
        "Di sub-urusan kawasan permukiman, apa saja yang menjadi kewenangan pusat, provinsi dan "
        "kabupaten/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    ("siapa yg netapin sistem kawasan permukiman nasional?", "kewenangan.kawasan_permukiman"),
    # --- kewenangan.psu ---
    (
        "Apa perbedaan PSU perumahan dan PSU permukiman, dan siapa yang berwenang atas "
        "masing-masing?",
        "kewenangan.psu",
    ),
    (
        "jalan di komplek perumahan developer udh ancur, provinsi bs bantu gk? ato itu urusan "
        "kabupaten",
        "kewenangan.psu",
    ),
    # --- psu.lingkup_provinsi ---
    ("PSU apa saja yang biasanya dibangun Disperkimtan provinsi?", "psu.lingkup_provinsi"),
    (
        "Jalan kabupaten yang menghubungkan dua kecamatan di tempat kami rusak parah. Apakah bisa "
        "diusulkan ke Disperkimtan provinsi sebagai PSU?",
        "psu.lingkup_provinsi",
    ),
    ("bsa gk provinsi bangun drainase di desa? kan bkn kota", "psu.lingkup_provinsi"),
    # --- kewenangan.sertifikasi ---
    (
        "Konsultan perencana rumah di daerah kami menanyakan sertifikasi dan registrasi. Untuk "
        "tingkat kemampuan kecil itu kewenangan siapa?",
        "kewenangan.sertifikasi",
    ),
    ("registrasi perancang PSU tingkat menengah ke provinsi kah?", "kewenangan.sertifikasi"),
    # --- kewenangan.spm ---
    (
        "Apa saja jenis pelayanan dasar dalam SPM perumahan rakyat untuk provinsi, dan berapa "
        "targetnya?",
        "kewenangan.spm",
    ),
    ("SPM perumahan dasar hukumnya ap? PP 2/2018 pasal brp?", "kewenangan.spm"),
    # --- kumuh.luas_delineasi ---
    (
        "Luas yang dipakai untuk menentukan kewenangan itu luas seluruh kelurahan atau luas "
        "kawasan kumuh yang tercantum di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "kumuh kami di SK lama sm SK baru luasnya beda krn cara deliniasinya beda, jd yg dipake "
        "yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "When deciding who handles a slum, which area counts: the whole village or the mapped "
        "area in the decree?",
        "kumuh.luas_delineasi",
    ),
    # --- kumuh.penetapan ---
    (
        "Siapa yang berwenang menetapkan lokasi permukiman kumuh di kabupaten?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami terbit thn 2016, hrs direvisi kah? brp thn sekali?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    # --- kumuh.aspek ---
    (
        "Apa saja aspek yang dinilai untuk menentukan suatu kawasan termasuk permukiman kumuh?",
        "kumuh.aspek",
    ),
    ("proteksi kebakaran masuk kriteria kumuh gk sih?", "kumuh.aspek"),
    # --- kumuh.penilaian ---
    ("Bagaimana cara menghitung nilai kekumuhan suatu lokasi?", "kumuh.penilaian"),
    ("nilai brp baru dibilang kumuh berat?", "kumuh.penilaian"),
    # --- kumuh.tingkat_sedang_ringan ---
    (
        "Total nilai kekumuhan lokasi kami 45. Itu termasuk kumuh sedang atau kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("rentang skor kumuh ringan tu dr brp smp brp ya", "kumuh.tingkat_sedang_ringan"),
    (
        "skor kampung ulun cuma 12, masih dihitung kumuh kah atau sudah tidak kumuh?",
        ("kumuh.tingkat_sedang_ringan", "kumuh.penilaian"),
    ),
    # --- kumuh.pola_penanganan ---
    (
        "Apa perbedaan pemugaran, peremajaan dan pemukiman kembali dalam penanganan kumuh?",
        "kumuh.pola_penanganan",
    ),
    (
        "Rumah-rumah di bantaran sungai berdiri di atas tanah yang bukan hak warga dan setiap "
        "tahun kebanjiran. Pola penanganan kumuh apa yang cocok?",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan di lahan legal penanganannya ap kk?", "kumuh.pola_penanganan"),
    # --- kumuh.kalteng ---
    (
        "Ada berapa lokasi kumuh di Kalimantan Tengah dan kabupaten mana yang paling banyak?",
        "kumuh.kalteng",
    ),
    ("kumuh di kalteng tu kebanyakan di tepi sungai kah?", "kumuh.kalteng"),
    (
        "Which slum sites did the province work on in 2024?",
        "kumuh.kalteng",
    ),
    # --- usulan.isi ---
    (
        "Mohon informasi, data apa saja yang harus dicantumkan dalam usulan kegiatan ke provinsi?",
        "usulan.isi",
    ),
    ("knp sih di usulan hrs isi nama, jabatan sm no hp segala?", "usulan.isi"),
    # --- usulan.jenis ---
    (
        "Jenis kegiatan apa saja yang dapat kami usulkan ke Disperkimtan provinsi?",
        "usulan.jenis",
    ),
    ("selain kumuh sm jalan lingkungan ada jenis usulan lain gk?", "usulan.jenis"),
    (
        "Usulan kami menyangkut air minum dan sanitasi sekaligus. Bisakah diberi tanda lebih dari "
        "satu sektor?",
        ("usulan.jenis", "usulan.isi"),
    ),
    # --- usulan.lokasi ---
    (
        "Untuk data lokasi usulan, apakah wajib ada titik koordinat GPS dan nama lokasi sesuai SK "
        "kumuh?",
        "usulan.lokasi",
    ),
    ("lokasi usulan hrs diisi smpe desa/kelurahan kah? kecamatannya jg?", "usulan.lokasi"),
    # --- usulan.penerima_biaya ---
    (
        "Jumlah penerima manfaat di usulan dihitung dalam KK, jiwa atau unit rumah?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana yg bs dipilih di usulan ap aja? boleh gabungan APBD kab sm provinsi?",
        "usulan.penerima_biaya",
    ),
    (
        "Do we have to state a cost estimate and our own co-funding in the proposal?",
        "usulan.penerima_biaya",
    ),
    # --- usulan.kesiapan ---
    (
        "Dokumen kesiapan apa saja yang perlu kami siapkan untuk usulan PSU jalan lingkungan?",
        "usulan.kesiapan",
    ),
    ("readiness criteria tu mksdnya ap aja sih isinya", ("usulan.kesiapan", "istilah.rc")),
    # --- usulan.lahan ---
    (
        "Lahan untuk drainase masih milik warga dan belum bersertifikat. Apakah usulan kami bisa "
        "diterima?",
        "usulan.lahan",
    ),
    (
        "clean and clear tu syaratnya ap aja? sertifikat, rtrw, gk sengketa?",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    (
        "Tanah lokasi jalan lingkungan masih bersengketa antara desa dan perusahaan sawit. Bisa "
        "diusulkan kah?",
        "usulan.lahan",
    ),
    # --- usulan.sk_kumuh ---
    (
        "Lokasi yang kami usulkan belum tercantum dalam SK kumuh bupati. Apakah usulan penanganan "
        "kumuh tetap bisa diajukan?",
        "usulan.sk_kumuh",
    ),
    ("nomor sm tgl SK kumuh wajib diisi di usulan kumuh kah?", "usulan.sk_kumuh"),
    # --- usulan.dokumen_teknis ---
    ("Apakah DED dan RAB wajib dilampirkan saat mengajukan usulan?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu dilampirin gk? dr hp aja bs?", "usulan.dokumen_teknis"),
    (
        "We have a cost estimate but no detailed engineering design yet. Can we still submit?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    # --- usulan.surat_pernyataan ---
    (
        "Apakah surat pernyataan kesediaan menerima hibah serta melakukan operasi dan pemeliharaan "
        "wajib dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan O&P tu buat ap sih?", ("usulan.surat_pernyataan", "istilah.op")),
    (
        "Pemkab harus bikin surat kesanggupan memelihara jalan yang nanti dibangun provinsi kah?",
        ("usulan.surat_pernyataan", "hibah.aset"),
    ),
    # --- usulan.rtlh ---
    (
        "Ada warga yang ingin dapat bantuan bedah rumah dari provinsi, tetapi rumahnya berdiri di "
        "tanah milik keluarga lain. Apakah bisa?",
        "usulan.rtlh",
    ),
    ("rtlh lwt provinsi bs bangun rmh baru gk? warga blm pny rumah", "usulan.rtlh"),
    ("Siapa yang menetapkan penerima bantuan RTLH provinsi?", "usulan.rtlh"),
    # --- usulan.psu_masyarakat ---
    (
        "Warga satu RT datang ke kantor minta jalan gang mereka diperbaiki dan ingin mengusulkan "
        "langsung ke provinsi. Apa syaratnya?",
        "usulan.psu_masyarakat",
    ),
    (
        "masyarakat boleh usul drainase sendiri ke provinsi kah? hrs diketahui lurah sm camat?",
        "usulan.psu_masyarakat",
    ),
    # --- hibah.aset ---
    (
        "Setelah jalan lingkungan selesai dibangun provinsi di atas lahan kabupaten, asetnya "
        "tercatat milik siapa dan siapa yang memelihara?",
        "hibah.aset",
    ),
    ("hibah aset dr provinsi ke pemkab perlu persetujuan DPRD gk?", "hibah.aset"),
    ("drainase bantuan provinsi thn lalu udh rusak, yg wajib perbaiki siapa skrg?", "hibah.aset"),
    # --- pendanaan.saluran_lain ---
    (
        "Usulan kami ternyata bukan kewenangan provinsi. Adakah sumber pendanaan lain yang bisa "
        "kami coba?",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "DAK tematik PPKT bs dipake buat kumuh kami gk?",
        ("pendanaan.saluran_lain", "istilah.daktematikppkt"),
    ),
    (
        "jalan lingkungan boleh didanai dana desa atau CSR perusahaan kah?",
        "pendanaan.saluran_lain",
    ),
    # --- siklus.tahunan ---
    (
        "Bagaimana alur tahunan usulan kegiatan, mulai dari kabupaten menyusun usulan sampai "
        "kegiatannya dibangun?",
        "siklus.tahunan",
    ),
    ("usulan yg kami kirim thn ini tu utk anggaran thn depan ya?", "siklus.tahunan"),
    (
        "Can you walk me through the yearly proposal cycle, from preparing proposals to handing "
        "over the assets?",
        "siklus.tahunan",
    ),
    # --- siklus.pemeriksaan ---
    ("Apa saja yang diperiksa provinsi terhadap usulan kami?", "siklus.pemeriksaan"),
    (
        "Usulan kami katanya diverifikasi administrasi dan teknis. Maksudnya bagaimana, apakah ada "
        "peninjauan ke lapangan?",
        "siklus.pemeriksaan",
    ),
    # --- siklus.rakor ---
    (
        "Rakor Bidang Kawasan Permukiman itu kegiatan apa, dan siapa saja pesertanya?",
        "siklus.rakor",
    ),
    ("ap tujuan rakor sinkronisasi tiap thn tu?", "siklus.rakor"),
    (
        "Di rakor tu usulan kami dibahas teknis kah atau cuma sosialisasi aja?",
        "siklus.rakor",
    ),
    # --- siklus.rkpd_apbd ---
    (
        "Setelah dibahas di Rakor, usulan kami melalui tahap apa saja sampai dianggarkan dalam "
        "APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    ("hubungan rakor sm musrenbang provinsi ap?", ("siklus.rkpd_apbd", "siklus.rakor")),
    ("How does an accepted proposal end up in the provincial budget?", "siklus.rkpd_apbd"),
    # --- koordinasi.pokja_pkp ---
    (
        "Di kabupaten kami belum terbentuk Pokja PKP. Apa dasar hukum dan fungsinya?",
        "koordinasi.pokja_pkp",
    ),
    ("pokja pkp sm forum pkp beda ap?", "koordinasi.pokja_pkp"),
    # --- disperkimtan.kontak ---
    ("Alamat kantor Disperkimtan Provinsi Kalteng di mana ya?", "disperkimtan.kontak"),
    ("website resmi disperkimtan kalteng ap?", "disperkimtan.kontak"),
    # --- bot.cara_pakai ---
    ("Perintah apa saja yang bisa dipakai di bot ini?", "bot.cara_pakai"),
    ("jam di bot ni pake WIB ya? kan kalteng", "bot.cara_pakai"),
    ("gmna cara pake bot sinkron ni kk? br gabung grup", "bot.cara_pakai"),
    # --- bot.usul ---
    (
        "Saat mengisi /usul, bisakah saya mengirim titik lokasi dengan fitur bagikan lokasi "
        "Telegram?",
        ("bot.usul", "usulan.lokasi"),
    ),
    (
        "di /usul nnti nama kecamatan sm desanya diketik manual ato milih?",
        "bot.usul",
    ),
    (
        "foto kondisi jalan bs dikirim lwt /usul kah?",
        ("bot.usul", "usulan.dokumen_teknis"),
    ),
    # --- bot.status ---
    ("Apa arti status 'perlu perbaikan' pada usulan?", "bot.status"),
    ("status dialihkan sm ditolak bedanya ap?", ("bot.status", "bot.ditolak_dialihkan")),
    ("What does the status 'dibahas di Rakor' mean?", "bot.status"),
    # --- bot.ditolak_dialihkan ---
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Langkah apa yang sebaiknya "
        "kami lakukan?",
        ("bot.ditolak_dialihkan", "pendanaan.saluran_lain"),
    ),
    ("usulan sy dialihkan ke kabupaten, mksdnya gmna tuh?", "bot.ditolak_dialihkan"),
    ("ap aja alasan usulan bs ditolak?", "bot.ditolak_dialihkan"),
    # --- bot.tindak_lanjut ---
    (
        "Berapa lama biasanya usulan diverifikasi dan ditanggapi setelah dikirim?",
        "bot.tindak_lanjut",
    ),
    (
        "Apakah setiap usulan mendapat nomor pelacakan seperti laporan di LAPOR!?",
        "bot.tindak_lanjut",
    ),
    # --- glossary ---
    ("jaling tu singkatan ap?", "istilah.jaling"),
    ("KB di data kumuh tu maksudnya ap? bukan keluarga berencana kan", "istilah.kb"),
    ("BSPS itu apa ya, Pak?", "istilah.bsps"),
    ("huntara sm huntap ap bedanya?", ("istilah.huntara", "istilah.huntap")),
    ("RKS kepanjangannya apa?", "istilah.rks"),
    ("KAK itu sama dengan TOR kah?", "istilah.kak"),
    ("BAST singkatan dr ap?", "istilah.bast"),
    ("What do BMD and BMN stand for?", ("istilah.bmd", "istilah.bmn")),
    ("RP2KPKP tu dokumen ap sih", "istilah.rp2kpkp"),
    ("RP3KP apa bedanya dengan RP2KPKP?", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("Program KOTAKU itu program apa?", "istilah.kotaku"),
    ("bankeu tu maksudnya bantuan keuangan provinsi kah?", "istilah.bankeu"),
    ("pokir tu ap? yg dr anggota dewan itu kah", "istilah.pokir"),
    ("TPS3R mksdnya ap", "istilah.tps3r"),
    ("SLF singkatan dari apa?", "istilah.slf"),
    ("SKT tu surat ap ya, sm kaya sertifikat kah?", "istilah.skt"),
    ("What does 'backlog' mean in housing?", "istilah.backlog"),
    ("rusus tu rumah ap?", "istilah.rusus"),
    ("Bapperida itu badan apa?", "istilah.bapperida"),
    ("delineasi artinya ap kk", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("RC dalam dokumen usulan maksudnya apa?", ("istilah.rc", "usulan.kesiapan")),
]

ROUND4_INTENTS: list[tuple[str, str]] = [
    # status: where the officer's own proposals stand
    ("Usulan kami yang kemarin sudah sampai mana ya?", "status"),
    ("cek status usulan sy dong", "status"),
    (
        "Mohon informasi, bagaimana perkembangan usulan jalan lingkungan Kabupaten Katingan yang "
        "kami kirim bulan lalu?",
        "status",
    ),
    ("usulan drainase ulun sudah diverifikasi kah?", "status"),
    ("Has our proposal been approved yet?", "status"),
    ("usulan kami kok blm ada kabar y", "status"),
    # meeting: when/where is the next Rakor/meeting
    ("Rakor tahun ini kapan dan di mana?", "meeting"),
    ("kpn rapat koordinasi berikutnya kk?", "meeting"),
    (
        "Mohon informasi jadwal rapat koordinasi bidang kawasan permukiman yang berikutnya.",
        "meeting",
    ),
    ("When is the next coordination meeting?", "meeting"),
    ("rakor nanti tempatnya di mana kah?", "meeting"),
    ("ada rapat minggu dpn gk?", "meeting"),
    # deadline: until when proposals can be sent
    ("Batas akhir pengiriman usulan tahun ini tanggal berapa?", "deadline"),
    ("usulan paling lambat kpn dikirim?", "deadline"),
    ("Sampai kapan usulan untuk anggaran tahun depan masih bisa kami kirim?", "deadline"),
    ("masih kawa kirim usulan kah, sudah tutup belum?", "deadline"),
    ("What is the deadline for submitting proposals?", "deadline"),
    ("dl usulan kpn y", "deadline"),
    # greeting
    ("assalamualaikum", "greeting"),
    ("p", "greeting"),
    ("Selamat pagi Bapak/Ibu.", "greeting"),
    ("mau tanya", "greeting"),
    ("ok makasih kk", "greeting"),
    ("Terima kasih banyak atas informasinya, Pak.", "greeting"),
    ("halo min", "greeting"),
    ("thanks!", "greeting"),
    # how_to_submit: how to send a proposal through the bot
    ("Bagaimana cara mengirim usulan lewat bot ini?", "how_to_submit"),
    ("gmna cr kirim usulan di sini", "how_to_submit"),
    ("Saya mau mengajukan usulan jalan lingkungan, mulainya dari mana ya?", "how_to_submit"),
    ("How do I submit a proposal through this bot?", "how_to_submit"),
    ("ulun handak mengusulkan drainase, caranya kaya apa lewat bot?", "how_to_submit"),
    ("mau input usulan baru, perintahnya ap?", "how_to_submit"),
]

ROUND4_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh kami luasnya 8,5 ha, itu kewenangan siapa?", "kabkota"),
    ("luas delineasi di SK 12 hektar, masuk provinsi kah?", "provinsi"),
    ("kumuhnya pas 10 ha, siapa yg nanganin?", "provinsi"),
    (
        "Mohon informasi, lokasi kumuh kami luasnya tepat 15 hektare. Kewenangan siapa?",
        "pusat",
    ),
    ("kalo 14,99 ha msh provinsi kan?", "provinsi"),
    ("luas 9,9 ha ditangani siapa?", "kabkota"),
    ("kawasan kumuh seluas 75.000 m2 diusulkan ke mana?", "kabkota"),
    ("luas kumuhnya 120.000 m², provinsi bisa tangani?", "provinsi"),
    ("kumuh 200 rb m2 kewenangan siapa kk", "pusat"),
    ("luasnya kira-kira 130 ribu meter persegi, siapa yang menangani?", "provinsi"),
    ("Our slum area is 11 hectares. Who handles it?", "provinsi"),
    ("Who is responsible for a 3.2 ha slum site?", "kabkota"),
    ("A riverside slum of 18 hectares: province or national government?", "pusat"),
    ("SK kumuh bilang luasnya 39,48 ha, bisa diusulkan ke provinsi kah?", "pusat"),
    ("kumuh 2 ha di pinggir sungai, provinsi bs bantu?", "kabkota"),
    ("kumuh ulun 13 ha, siapa nang menangani kah?", "provinsi"),
    ("Lokasi kumuh dengan luas di bawah 10 ha (sekitar 7 ha) kewenangan siapa?", "kabkota"),
    ("kumuh lebih dari 15 ha, kira2 20 ha, ke provinsi atau pusat?", "pusat"),
    ("luas kumuh 10,5 hektare masuk kewenangan mana?", "provinsi"),
    ("kumuh seluas 1,2 ha di bantaran sungai siapa yg urus?", "kabkota"),
    ("luasnya 16 ha, provinsi masih bisa?", "pusat"),
    ("Kawasan kumuh 14 hektar di kelurahan kami, bisa diusulkan ke provinsi?", "provinsi"),
    ("kumuh 5000 m2 aja, ke kabupaten ya?", "kabkota"),
    ("A slum of exactly 10 hectares - does the province take it?", "provinsi"),
    ("Kalau luas kumuhnya 25 ha siapa yang berwenang?", "pusat"),
    ("luas kawasan 95 rb m2 siapa yg tangani", "kabkota"),
]

ROUND4_OUT_OF_SCOPE: list[str] = [
    "Kapan TPP bulan ini cair?",
    "gaji PPPK th dpn naik gk sih?",
    "Mohon informasi tata cara pengajuan cuti tahunan bagi ASN di lingkungan pemprov.",
    "berapa uang harian SPPD ke Jakarta utk eselon IV?",
    "printer di kantor gk mau nyetak, kertasnya nyangkut trs, gmna ya?",
    "Password akun SIPD saya terkunci, siapa yang bisa reset?",
    "wifi kantor lemot bgt, bs lapor ke siapa?",
    "Besok Palangka Raya hujan kah?",
    "What is the air quality index in Sampit today because of the haze?",
    "Harga tiket pesawat Palangka Raya - Jakarta minggu depan berapa?",
    "Cara mengurus balik nama sertifikat tanah di BPN bagaimana?",
    "pendaftaran PTSL di desa kami kpn dibuka?",
    "Berapa bunga KPR subsidi FLPP tahun ini?",
    "Berapa besar bantuan BSPS per rumah untuk tahun depan?",
    "Berapa retribusi PBG untuk rumah dua lantai di Palangka Raya?",
    "harga satuan beton K-250 di Kapuas brp skrg?",
    "Siapa pemenang tender jalan lingkungan di Kotim tahun ini?",
    "PDAM di kompleks kami airnya mati tiga hari, lapor ke mana?",
    "listrik PLN di desa sering padam, siapa yg tanggung jawab?",
    "Dana desa boleh dipakai untuk honor perangkat desa kah?",
    "Bagaimana hukum waris tanah adat Dayak kalau ahli warisnya tinggal di luar daerah?",
    "cara bikin akta cerai di pengadilan agama gmna kk",
    "Syarat pendaftaran CPNS formasi teknik sipil tahun ini apa saja?",
    "How do I renew my vehicle tax at Samsat in Palangka Raya?",
    "Izin HGU perkebunan sawit diterbitkan oleh siapa?",
    "laptop kantor kena virus, file RAB sy gk bs dibuka, ada solusi?",
    "Nomor rekening kas daerah provinsi untuk setor pengembalian sisa SPPD berapa?",
    "anak sy demam tinggi, puskesmas terdekat dr Jl Tjilik Riwut di mana ya?",
    "Kapan pelantikan pejabat eselon III pemprov berikutnya?",
    "Jadwal penerbangan ke Puruk Cahu ada tiap hari kah?",
    "Cara mengaktifkan BPJS Kesehatan yang nonaktif bagaimana?",
]
