"""Training table R83 for the Sinkron matcher (written 2026-12-08; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 67's styles, for the first half of the topic list: voice typing with punctuation spoken
as words, fat-finger typos on neighbouring keys, text pasted from a PDF or regulation before
the question, Chinese-Indonesian chat, testing or doubting the bot, young interns' slang,
dates and times in many formats; Australian English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only. Written and read in round 39.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R83_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pembagian kewenangan perkim antara pusat, provinsi sama kab/kota itu "
            "gmn sih garis besarnya?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "G'day, can you give me the big picture on who does what in housing and"
            " settlements - centre, province and regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 23 TAHUN 2014 - 12 - Pasal 12 "
            "(1) Urusan Pemerintahan Wajib yang ber- kaitan dengan Pelayanan Dasar "
            "... d. perumahan rakyat dan kawasan permukiman;3 -- jadi perkim ini "
            "masuk urusan wajib ya, bukan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "perumahan rakyat itu termasuk urusan wajib pelayanan dasar atau urusan"
            " pilihan buat pemda?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewenangan penanganan kawasan kumuh itu dibagi menurut luas ya koma "
            "batasnya berapa hektar untuk kabupaten koma provinsi dan pusat tanda "
            "tanya"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg 15 ha atau lebih itu beneran kewenangan pusat? katanya bunyi "
            "aturannya blm terkonfirmasi"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "koh, kawasan kumuh yg gede2 di atas 15 hektar itu yg pegang siapa sih?"
            " masa sih provinsi ga bisa ikut?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "pencegahan kumuh bisa diusulkan ke provinsi gak, atau itu urusan kab sendiri?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("kegiatan pencegajan permukiman kumuh itu kewenanfan siapa ya", "kewenangan.pencegahan_kumuh"),
    (
        ("di sub urusan perumahan, provinsi sebenernya pegang apa aja? kabupaten apa aja?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "What's the province actually responsible for on the housing side, "
            "compared with us at the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("penyediaan rumah buat MBR itu tugas pusat ya? bisa gak kami usulkan ke provinsi"),
        "kewenangan.perumahan_pusat",
    ),
    (
        "btw sistem pembiayaan perumahan buat MBR sama rusun itu ranah pusat kan, cmiiw",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga korban banjir di Mantangai rusak berat, yg bangun kembali "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "If families get relocated because of a provincial project, who's meant"
            " to sort out their new houses?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan dari developer itu terbitnya di provinsi atau kabupaten?"),
        "kewenangan.izin",
    ),
    (
        "yg berwenang nerbitin SKBG sama izin pengembangan kawasan permukiman siapa",
        "kewenangan.izin",
    ),
    (
        (
            "sub urusan kawasan permukiman itu isinya apa saja koma mana yang "
            "provinsi mana yang kabupaten tanda tanya"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "penetapan sistem kawasan permukiman itu kewenangan siapa? terus "
            "provinsi di sub urusan kawasan permukiman ngapain aja"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("bedanya PSU permukiman sama PSU perumahan apa? yg mana punya provinsi", "kewenangan.psu"),
    (
        (
            "cik, jalan di dalam perumahan developer di Sampit rusak semua, itu PSU"
            " perumahan kan? provinsi bisa bantu ga sih, gimana sih aturannya"
        ),
        "kewenangan.psu",
    ),
    (
        ("PSU yg dibangun dinas provinsi itu apa aja sih? cuma jalan lingkungan sama drainase?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di sepanjang jalan provinsi ruas Kuala Kurun bisa masuk "
            "usulan PSU ke Disperkimtan gak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah tingkat kemampuan kecil itu kewenangan kab"
            " kan? kalau menengah siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Who registers the folks who design houses and PSU - is that us at the "
            "regency or the province?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM bidang perumahan rakyat itu layanannya apa aja utk provinsi, "
            "targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "PERATURAN PEMERINTAH NOMOR 2 TAHUN 2018 ... Pasal 8 (1) Jenis "
            "Pelayanan Dasar pada SPM perumahan rak- yat Daerah provinsi terdiri "
            "atas: ... hal. 7 dari 24 -- ini isinya apa aja ya utk prov, sama "
            "kab/kota bedanya apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipake buat nentuin kewenangan itu luas desa keseluruhan"
            " atau luas kawasan di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Our kelurahan is about 40 ha all up but the slum pocket mapped in the "
            "SK is smaller. Which area do you go by?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "...hasil penilaian lokasi sebagaimana dimaksud pada ayat (5) diveri- "
            "fikasi dan ditetapkan oleh bupati/wali kota.12 Pasal 36 ayat (6) -- "
            "jadi penetapan lokasi kumuh bukan gubernur ya? dan berapa tahun sekali"
            " ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "penetapan lokasi kumuh harus dilengkapi apa aja, ada tabel daftar "
            "lokasi sama peta sebaran ya?"
        ),
        "kumuh.penetapan",
    ),
    ("kriteria kumuh itu ada berapa aspek koma tolong sebutin satu satu titik", "kumuh.aspek"),
    (
        (
            "gaskeun, aspek penilaian kumuh tuh apa aja? literally aku cuma inget "
            "jalan sama drainase"
        ),
        "kumuh.aspek",
    ),
    (
        ("bot ini beneran ngerti aturan kumuh ga? coba: skor berapa baru dibilang kumuh berat?"),
        "kumuh.penilaian",
    ),
    (
        (
            "cara ngitung skor kumuh gmn, tiap kriteria dikasih nilai 0 1 3 5 trus "
            "maksimalnya 80 ya?"
        ),
        "kumuh.penilaian",
    ),
    ("skor kawasan kami 45, itu masuk kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    ("What score range counts as a light slum versus a medium one?", "kumuh.tingkat_sedang_ringan"),
    ("bedanya pemugaran sama peremajaan apa, kapan pakai yg mana", "kumuh.pola_penanganan"),
    (
        (
            "permukiman di bantaran sungai lahannya ilegal, penanganannya harus "
            "pemukiman kembali ya?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("ada berapa lokasi kumuh di kalteng, total luasnya berapa?", "kumuh.kalteng"),
    (
        ("Roughly how much slum area has Central Kalimantan got all up, and where is most of it?"),
        "kumuh.kalteng",
    ),
    ("usulan kegiatan ke provinsi itu harus berisi apa aja?", "usulan.isi"),
    (
        (
            "kenapa sih form usulan nanya macem2, sektor, KK, jiwa, GPS... buat apa"
            " semua? jangan ngarang ya"
        ),
        "usulan.isi",
    ),
    ("jenis usulan yg bisa kami ajukan ke provinsi apa aja?", "usulan.jenis"),
    ("Besides slums and PSU, what other kinds of proposals can we put in?", "usulan.jenis"),
    ("data lokasi di usulan itu apa aja yg diisi, titik GPS wajib ga?", "usulan.lokasi"),
    ("kecamatan sama desanya harus pilih dr daftar ya? nama lokaainya bebas ga", "usulan.lokasi"),
    (
        ("jumlah KK sama jiwa di usulan diisi gimana, trus sumber dananya boleh kombinasi?"),
        "usulan.penerima_biaya",
    ),
    (
        ("How should we put the cost in - rupiah total? And which funding sources can we pick?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "dokumen kesiapan atau readiness criteria apa aja yg perlu disiapin "
            "buat usulan PSU jaling?"
        ),
        "usulan.kesiapan",
    ),
    (
        ("What paperwork do we need ready before the province will take a PSU proposal seriously?"),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan buat jalan lingkungan masih punya warga, blm ada sertifikat, "
            "usulannya tetap bisa?"
        ),
        "usulan.lahan",
    ),
    (
        ("di form usulan ditanya lahan clean and clear ya/tidak/belum tahu, itu yg dicek apa aja?"),
        "usulan.lahan",
    ),
    ("SK kumuh kami tgl 28/12/2020, masih bisa dipakai buat usulan kumuh gak?", "usulan.sk_kumuh"),
    (
        ("lokasi yg mau kami usulkan blm tercantum di SK kumuh bupati, masih bisa diusulin?"),
        "usulan.sk_kumuh",
    ),
    ("DED sama RAB wajib dilampirkan atau boleh nyusul? RKS juga?", "usulan.dokumen_teknis"),
    (
        ("Can we send the site plan as a PDF, and how many photos of the site can we attach?"),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan kesediaan menerima hibah dan O&P itu perlu dibuat? yg"
            " tanda tangan siapa"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "perlu surat pernyataan sanggup memelihara bangunan setelah selesai "
            "dibangun provinsi ga tanda tanya"
        ),
        "usulan.surat_pernyataan",
    ),
    ("syarat bedah rumah lewat provinsi apa aja? warga mau bangun rumah baru bisa?", "usulan.rtlh"),
    (
        (
            "rumah tidak layak huni di Desa Tarung Manuah tanahnya cuma SKT, bisa "
            "masuk program RTLH provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        "warga RT kami mau minta jalan lingkungan langsung ke provinsi, caranya gimana?",
        "usulan.psu_masyarakat",
    ),
    (
        "usulan PSU dari masyarakat harus diketahui siapa aja? RT RW, lurah, camat?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan yg dibangun provinsi di tanah kabupaten nanti asetnya punya "
            "siapa, yg pelihara siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Once the province finishes the drains, how does the handover to the "
            "regency work - is there a BAST to sign?"
        ),
        "hibah.aset",
    ),
    (
        (
            "selain APBD provinsi, sumber dana apa lagi buat kegiatan perkim yg "
            "bukan kewenangan provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "usulan kami ditolak krn bukan kewenangan prov, trus bisa cari dana dari mana?",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "alur usulan dari kabupaten ke provinsi dalam setahun itu gimana tahapannya?",
        "siklus.tahunan",
    ),
    ("usulan yg kami kirim tahun 2026 ini nanti utk anggaran tahun berapa?", "siklus.tahunan"),
    (
        ("bot ini bisa jawab ga: provinsi meriksa usulan dari sisi apa aja? jangan ngarang ya"),
        "siklus.pemeriksaan",
    ),
    (
        ("verifikasi usulan itu cuma cek administrasi atau sampai cek teknis dan kewenangan juga?"),
        "siklus.pemeriksaan",
    ),
    (
        ("rakor bidang kawasan permukiman itu acara apa sih, tujuannya apa dan siapa yg ikut?"),
        "siklus.rakor",
    ),
    (
        (
            "kok tgl rakor tiap tahun beda2 ya, 30 Okt '23, 11/9/24, terus 18 Nov "
            "'25. emang ga ada jadwal tetap?"
        ),
        "siklus.rakor",
    ),
    (
        "setelah rakor usulan masuk musrenbang provinsi trus RKPD ya? kapan masuk APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "usulan yg udah disetujui itu otomatis masuk APBD provinsi tahun dpn "
            "atau masih lewat RKPD dulu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "pokja PKP di kabupaten itu tugasnya apa dan dasar hukumnya permen berapa?",
        "koordinasi.pokja_pkp",
    ),
    (
        ("Our regency wants to get its Pokja PKP going again - what's that group actually for?"),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan provinsi dimana ya?", "disperkimtan.kontak"),
    (
        (
            "Need to drop off some hard copies Thursday arvo, 17/12 - where's the "
            "provincial housing office again?"
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja? yg pake garis miring itu", "bot.cara_pakai"),
    ("jam di bot ini pake WIB ya? bukan WITA kan", "bot.cara_pakai"),
    (
        ("kalau isi /usul keputus di tengah jalan krn sinyal jelek, isiannya kesimpan gak?"),
        "bot.usul",
    ),
    ("bisa salin usulan lama di /usul biar ga ngetik ulang semua?", "bot.usul"),
    ("status 'dibahas di Rakor' itu artinya apa?", "bot.status"),
    ("status perlu perbaikam itu maksudnya apa, kami harus ngapain", "bot.status"),
    (
        (
            "usulan kami statusnya dialihkan ke APBD kab, itu maksudnya gimana dan "
            "langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "berapa lama usulan diverifikasi setelah dikirim? ada standar waktunya "
            "kayak LAPOR! gitu?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "kirim usulan tgl 1/12, skrg udah 8/12 masih 'diajukan', wajar gak sih?"
            " standarnya berapa hari kerja"
        ),
        "bot.tindak_lanjut",
    ),
    ("undangan rapat tgl 12 Jan '27 saya dinas luar, boleh diwakilkan staf?", "bot.rapat"),
    (
        ("When does the bot send meeting reminders, and can I confirm I'm coming through it?"),
        "bot.rapat",
    ),
    ("perkim itu singkatan dari apa?", "istilah.perkim"),
    ("Sorry, new here - what does 'Perkim' stand for?", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa, kok ada 'tan' nya?", "istilah.disperkimtan"),
    ("disperkimtam itu apa singkatannya", "istilah.disperkimtan"),
    ("psu itu singkatan dari apa titik", "istilah.psu"),
    ("btw PSU tuh apaan ya, literally baru denger cmiiw", "istilah.psu"),
    ("jaling maksudnya apa?", "istilah.jaling"),
    ("koh, jaling itu apa sih? jalan keliling ya? hehe", "istilah.jaling"),
    ("drainase artinya apa?", "istilah.drainase"),
    ("What do they mean by 'drainase' in these proposals - stormwater drains?", "istilah.drainase"),
    ("KR di tabel kumuh itu maksudnya apa", "istilah.kr"),
    ("kode KR di data baseline kumuh itu singkatan apa ya?", "istilah.kr"),
    ("KS di kolom tingkat kumuh itu apa", "istilah.ks"),
    (
        (
            "Tabel 3.2 Tingkat Kekumuhan per Lokasi ... Lokasi A : KS4 ... Sumber: "
            "hasil analisis, 2025 -- KS itu singkatan apa ya?"
        ),
        "istilah.ks",
    ),
    ("KB dalam data kumuh itu bukan keluarga berencana kan? artinya apa", "istilah.kb"),
    ("KB di lampiran SK kumuh artinya apq", "istilah.kb"),
    ("SK kumuh itu apa sih maksudnya", "istilah.skkumuh"),
    ("What exactly is an 'SK kumuh'? Someone keeps asking us for it.", "istilah.skkumuh"),
    ("delineasi itu apa ya artinya", "istilah.delineasi"),
    ("delineasi tuh which is apa sih, anjay istilahnya ribet", "istilah.delineasi"),
    ("RTLH singkatan dari apa?", "istilah.rtlh"),
    ("rtlh itu kepanjangannya apa tanda tanya", "istilah.rtlh"),
    ("RLH itu apa artinya?", "istilah.rlh"),
    ("kalau RLH kepanjangannya apa", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa sih", "istilah.bedahrumah"),
    ("cik, bedah rumah itu artinya rumahnya dibongkar ya? gimana sih", "istilah.bedahrumah"),
    ("BSPS itu singkatan apa", "istilah.bsps"),
    ("What's BSPS short for?", "istilah.bsps"),
    ("MBR artinya apa", "istilah.mbr"),
    ("mbr itu sungkatan dr apa", "istilah.mbr"),
    ("rusunawa itu kepanjangannya apa?", "istilah.rusunawa"),
    ("rusunawa artinya apa koma yang awa itu sewa ya tanda tanya", "istilah.rusunawa"),
    ("rusus maksudnya apa?", "istilah.rusus"),
    ("gaskeun nanya: rusus itu apaan btw", "istilah.rusus"),
]

TRAIN_R83_INTENTS: list[tuple[str, str]] = [
    ("usulan saya USL-2026-0014 udah sampai mana ya?", "status"),
    (
        (
            "cik, usulan jaling dari kami yg di Tewah itu udah diproses belum ya? "
            "gimana sih kabarnya"
        ),
        "status",
    ),
    (("Any update on where our proposals are at? Haven't heard a thing this fortnight."), "status"),
    ("rakor tahun depan kapan dan di mana?", "meeting"),
    (
        ("rapat koordinasi berikutnya jadwalnya tanggal berapa dan tempatnya di mana tanda tanya"),
        "meeting",
    ),
    ("rakor kawasan permukiman 2027 udah ada tanggalnya blm? minggu dpn kah?", "meeting"),
    ("batas akhir kirim usulan tanggal berapa?", "deadline"),
    ("masih bisa kirim usulan besok lusa gak, atau udah ditutup?", "deadline"),
    ("When's the cut-off for getting our proposals in this year?", "deadline"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("halo bot, kamu bisa bantu apa aja?", "greeting"),
    ("cara ngirim usulan lewat bot ini gimana?", "how_to_submit"),
    ("mau input usulan baru, mulainya dari mana ya?", "how_to_submit"),
    ("How do I lodge a proposal through this bot?", "how_to_submit"),
]

TRAIN_R83_AREAS: list[tuple[str, str]] = [
    (
        (
            "kawasan kumuh di Kel. Ketapang, Kec. Mentawa Baru Ketapang luasnya 8,4"
            " ha. itu kewenangan siapa ya?"
        ),
        "kabkota",
    ),
    (
        ("lokasi kumuh Selat Tengah di SK luasnya 12,3 hektar, bisa diusulkan ke provinsi kan?"),
        "provinsi",
    ),
    (
        ("kumuh di Pahandut Seberang pas 10 ha, masuk provinsi atau masih kabupaten/kota?"),
        "provinsi",
    ),
    (
        ("kawasan di Baamang Hilir luas delineasinya 14,99 ha, masih provinsi atau udah pusat?"),
        "provinsi",
    ),
    (
        (
            "kalo tepat 15 hektare kayak lokasi kumuh kami di Mentawa Baru Hilir, "
            "kewenangannya siapa?"
        ),
        "pusat",
    ),
    ("delineasi kumuh di Kel. Sei Pasah 95.000 m2, kewenangan siapa?", "kabkota"),
    ("120.000 m² kawasan kumuh tepi sungai di Kelurahan Menteng, ditangani provinsi?", "provinsi"),
    (("The slum area at Kuala Pembuang I is 23 hectares in the SK - whose job is that?"), "pusat"),
    (
        (
            "kawasan kumuh di kelurahan mendawai arut selatan luasnya sembilan koma"
            " sembilan hektar itu urusan provinsi atau kabupaten tanda tanya"
        ),
        "kabkota",
    ),
    ("kumuh seluas 150.000 meter persegi di Kel. Tanjung Pinang siapa yg nanganin?", "pusat"),
    ("kumuj di Muara Tuhup luasnyq 11 ha kewenanfan siapa ya", "provinsi"),
    (
        (
            "We've got a slum pocket in Buntok Kota of about 6 hectares, under the "
            "10 ha line - that's ours to handle, yeah?"
        ),
        "kabkota",
    ),
]

TRAIN_R83_OUT_OF_SCOPE: list[str] = [
    "bot ini bisa jawab ga: harga semen di Sampit sekarang brp per sak?",
    "besok lusa Palangka Raya hujan gak ya? mau survei lapangan",
    "gaji PPPK golongan IX sekarang berapa?",
    "bayar PBB rumah pribadi bisa online gak di Kapuas?",
    "jadwal cuti bersama natal 2026 tgl berapa aja?",
    "sertifikat tanah warga hilang, ngurus penggantinya ke BPN gimana?",
    "harga sewa rusunawa di Palangka Raya per bulan berapa sekarang?",
    "uang harian SPPD ke Palangka Raya utk staf berapa ya?",
    "pendaftaran CPNS 2027 kapan dibuka?",
    "tarif air PDAM per kubik di Kuala Kapuas berapa?",
    "What's the going rate for a tradie to re-roof a house in Sampit?",
    "Any decent spots for lunch near the Disperkimtan office?",
    "izin usaha toko bangunan lewat OSS caranya gimana? anjay ribet bgt",
    "program bantuan sembako dinsos bulan ini kapan cair?",
    "Reckon you could tell me the current KPR interest rates at the big banks?",
]
