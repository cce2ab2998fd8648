"""Training table R27 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 40's styles, written by another hand for the first half of the topic list after round 40
was measured: regency nicknames and local abbreviations with dates and numbers, typing as to
a command line or search box, two questions in one message with one outside the domain docs,
proofreading a sentence of a draft, chains of conditions, a misremembered name for the right
thing, complaining about an earlier answer and asking again, long unpunctuated lines; a
regency officer's English that keeps Indonesian terms. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R27_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Kobar lagi susun renja TA 2027, boleh minta ringkasan pembagian kewenangan "
            "perkim antara pusat, prov dan kab itu gimana aja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "/kewenangan perkim dibagi apa saja antara pusat provinsi dan kabkota",
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan dan kawasan permukiman itu urusan wajib pelayanan dasar atau urusan "
            "pilihan? sekalian, gaji PPPK di Barsel tahun ini naik berapa ya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "saya tulis di LKjIP 'urusan perumahan rakyat dan kawasan permukiman merupakan "
            "urusan pilihan daerah', sudah benar belum kalimatnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kalau kawasannya sudah masuk SK bupati, terus mau minta ditangani provinsi, tapi "
            "kami belum yakin masuk batas mana, sebenarnya luas kumuh yang jadi kewenangan "
            "provinsi itu dari berapa sampai berapa ha?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "pembagian kumuh per hektar menurut PP pemda itu gimana, kabupaten di bawah "
            "berapa, provinsi berapa, pusat berapa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "di berita ditulis kumuh yang sangat luas itu urusan kementerian, kata kabid kami "
            "tetap bisa diusulkan ke provinsi, jadi sebenarnya kawasan kumuh yang di atas "
            "batas provinsi itu siapa yang pegang?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "di Kapuas ada kawasan kumuh tepian sungai yang luasnya jauh melewati batas "
            "provinsi katanya bukan urusan kita lagi jadi kalau begitu yang menangani kawasan "
            "sebesar itu siapa"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "Bartim ask: pencegahan kumuh for TA 2027, provinsi can also handle or only kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan kumuh — provinsi ikut pegang tidak atau murni kab/kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sub urusan perumahan itu kewenangan provinsi apa saja sebenarnya? sekalian, ada "
            "nomor WA pak kabid perumahan gak?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "di draf renstra saya tulis 'pemerintah provinsi berwenang menyediakan rumah bagi "
            "seluruh MBR di kabupaten/kota', betul gak kalimat itu?"
        ),
        ("kewenangan.perumahan", "kewenangan.perumahan_pusat"),
    ),
    (
        (
            "kalau warganya MBR, belum punya rumah sama sekali, dan minta dibangunkan rumah "
            "baru, itu ranahnya pusat ya bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "program sejuta rumah buat MBR sama sistem pembiayaan perumahannya itu yang "
            "pegang pemprov atau kementerian?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "kemarin bot bilang rumah korban banjir urusan kabupaten, tapi kata orang dinsos "
            "itu provinsi, jadi sebenarnya rumah korban bencana siapa yang tangani?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "banjir kemarin di Katingan rumah warga rusak berat statusnya bencana kabupaten "
            "terus ada juga warga yang harus pindah karena program jalan provinsi nah rumah "
            "mereka itu masing masing jadi tanggungan siapa"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Sampit, developer mau urus izin pembangunan perumahan minggu ke-2 Maret, izinnya "
            "ke provinsi atau ke pemkab Kotim?"
        ),
        "kewenangan.izin",
    ),
    (
        "/izin skbg diterbitkan oleh siapa",
        "kewenangan.izin",
    ),
    (
        (
            "sub urusan kawasan permukiman itu isinya apa saja untuk kab dan prov? terus "
            "sekalian, ada lowongan tenaga kontrak di dinas gak tahun ini?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "saya tulis di slide paparan 'izin pembangunan dan pengembangan kawasan "
            "permukiman diterbitkan oleh Gubernur', sudah tepat belum?"
        ),
        ("kewenangan.kawasan_permukiman", "kewenangan.izin"),
    ),
    (
        (
            "kalau jalannya di dalam komplek yang dibangun developer, sudah diserahkan ke "
            "pemkab, dan sekarang rusak parah, itu masuk PSU yang mana dan bisa diusulkan ke "
            "prov gak?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU perumahan and PSU permukiman, which one is kewenangan provinsi and which one "
            "kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kata grup WA sebelah Disperkimtan bisa bangun jalan kabupaten asal diusulkan, "
            "bener gak? PSU yang dibangun provinsi itu sebenarnya apa aja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "kami mau usul jalan lingkungan di desa pedalaman Gumas bukan perkotaan apa itu "
            "masih termasuk yang bisa dibangun provinsi atau cuma yang di kota"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Barut TA 2027: sertifikasi dan registrasi perancang rumah tingkat kemampuan "
            "kecil itu kewenangan kab atau prov?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "For sertifikasi and registrasi perencana PSU tingkat kemampuan menengah, it is "
            "kewenangan who?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "spm perumahan — jenis layanan dasar provinsi apa saja dan targetnya berapa?",
        "kewenangan.spm",
    ),
    (
        (
            "SPM perumahan rakyat itu dasar hukumnya PP berapa dan targetnya berapa persen? "
            "sekalian, batas input laporan SPM di aplikasi Kemendagri tanggal berapa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "di proposal saya tulis 'luas kawasan kumuh 320 ha sesuai luas wilayah Kelurahan "
            "Selat Hulu', luas yang dipakai begitu sudah benar?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kalau SK kumuh kami pakai skala kawasan, tapi desanya jauh lebih luas, dan "
            "delineasinya cuma beberapa RT, yang dipakai buat menentukan kewenangan itu luas "
            "yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK gubernur kumuh untuk lokasi di kabupaten itu sebenarnya yang tanda tangan "
            "siapa, terus berapa tahun sekali harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "ada yang bilang lokasi kumuh ditetapkan provinsi, ada yang bilang kementerian, "
            "jadi yang benar siapa yang menetapkan lokasi kumuh?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "lagi isi form penilaian lokasi di Kapuas Murung bingung kriterianya ada bangunan "
            "jalan air minum terus apa lagi sebenarnya aspek kumuh itu ada berapa"
        ),
        "kumuh.aspek",
    ),
    (
        "The kriteria kumuh in Permen PUPR 14/2018, there are how many aspek and what only?",
        "kumuh.aspek",
    ),
    (
        (
            "Pulpis, hasil penilaian lokasi di Jabiren Raya skornya 64, sudah masuk kumuh "
            "berat belum?"
        ),
        "kumuh.penilaian",
    ),
    (
        "/skor kumuh maksimal berapa dan kumuh berat mulai nilai berapa",
        "kumuh.penilaian",
    ),
    (
        (
            "rentang nilai kumuh sedang itu berapa sampai berapa? sekalian, tarif hotel dekat "
            "kantor Disperkimtan di Palangka Raya berapa semalam?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "saya tulis di laporan baseline 'total nilai 30 termasuk kategori kumuh sedang', "
            "sudah benar belum?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "kalau lokasinya kumuh ringan, lahannya legal bersertifikat, dan bukan daerah "
            "rawan bencana, pola penanganannya apa, pemugaran atau peremajaan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "pola 'penataan ulang total' untuk kumuh sedang di lahan legal itu namanya "
            "pemugaran kan? atau apa istilah resminya"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "di satu berita ditulis 111 lokasi kumuh di Kalteng, di sumber lain angkanya "
            "beda, sebenarnya data kumuh Kalteng itu berapa lokasi dan berapa hektar?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "buat bahan sambutan pimpinan tentang kondisi kumuh di provinsi kita kabupaten "
            "mana yang lokasinya paling banyak dan totalnya berapa hektar"
        ),
        "kumuh.kalteng",
    ),
    (
        "Lamandau TA 2027, usulan kegiatan itu isinya apa saja yang harus diisi?",
        "usulan.isi",
    ),
    (
        "ketik apa ya kalau mau nanya isi usulan itu apa saja dan kenapa data itu diminta",
        "usulan.isi",
    ),
    (
        (
            "jenis usulan apa saja yang bisa diajukan ke provinsi? sekalian minta nama PPK "
            "kegiatan PSU tahun ini dong"
        ),
        "usulan.jenis",
    ),
    (
        "What jenis usulan we can ajukan to provinsi, only kumuh and PSU or RTLH also can?",
        "usulan.jenis",
    ),
    (
        (
            "di form saya isi lokasinya cuma 'Kec. Arut Selatan', sudah cukup belum atau "
            "harus sampai desa dan titik GPS?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "kalau lokasi usulan di perbatasan dua desa, nama lokasinya di SK kumuh beda "
            "dengan nama kampung sekarang, dan titik GPS belum diambil, data lokasinya diisi "
            "bagaimana?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "kolom 'pagu usulan' sama 'penerima bantuan' di form itu diisi apa ya, KK atau "
            "jiwa, terus sumber dananya boleh pilih apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "tadi dijawab jumlah jiwa boleh lebih kecil dari KK, masa sih? penerima manfaat "
            "di usulan itu sebenarnya dihitung gimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "mau usul PSU drainase di Kuala Kurun tapi pimpinan tanya dokumen kesiapan yang "
            "harus sudah siap sebelum dikirim ke provinsi itu apa saja"
        ),
        "usulan.kesiapan",
    ),
    (
        "For usulan PSU, the dokumen kesiapan what only? DED must already have or not?",
        "usulan.kesiapan",
    ),
    (
        (
            "Seruyan per 31/12 lahannya masih tanah desa belum bersertifikat, bisa dianggap "
            "clean and clear gak?"
        ),
        "usulan.lahan",
    ),
    (
        "/lahan clean and clear itu syaratnya apa saja",
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami terbit tahun 2019, masih bisa dipakai untuk usulan kumuh tahun "
            "ini? sekalian, biaya cetak peta ukuran A0 di Palangka Raya berapa ya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "saya tulis di surat pengantar 'lokasi usulan belum tercantum dalam SK kumuh "
            "namun akan dimasukkan pada revisi berikutnya', usulan kumuh seperti itu masih "
            "bisa diterima?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "kalau DED belum ada, RAB masih hitungan kasar, tapi foto dan site plan sudah "
            "ada, dokumen teknisnya dianggap cukup belum?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "berkas 'gambar kerja dan hitungan biaya' buat usulan itu maksudnya DED sama RAB "
            "ya? dokumen teknis apa lagi yang diminta?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "kata kabid kami surat pernyataan O&P tidak perlu, kata teman di Kobar wajib, "
            "jadi sebenarnya surat pernyataan hibah dan O&P itu perlu dilampirkan atau tidak?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "pimpinan minta saya siapkan surat pernyataan bersedia terima hibah dan melakukan "
            "pemeliharaan tapi saya belum pernah buat itu isinya apa dan untuk apa"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Mura mau usul RTLH TA 2027 buat 12 unit, syaratnya apa aja kalau lewat provinsi?",
        "usulan.rtlh",
    ),
    (
        (
            "bedah rumah provinsi syaratnya apa ya, boleh bangun rumah baru di tanah kosong "
            "punya warga?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "bot tolong jawab: warga RT kami mau minta jalan lingkungan langsung ke provinsi, "
            "bisa gak?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "masyarakat boleh usul drainase langsung ke Disperkimtan? harus diketahui siapa "
            "saja? sekalian, kontraktor mana yang biasa dapat proyek drainase di PKY?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "saya tulis di draf kesepakatan 'aset hasil pembangunan PSU tetap menjadi milik "
            "dan tanggung jawab pemeliharaan pemerintah provinsi', benar gak begitu?"
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau jalannya sudah selesai dibangun provinsi, BAST belum ditandatangani, tapi "
            "sudah mulai rusak, nanti yang pelihara siapa dan BAST-nya ditandatangani siapa "
            "saja?"
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau ternyata bukan kewenangan provinsi, dana alokasi khusus kumuh terpadu itu "
            "namanya apa ya dan selain itu ada sumber dana apa lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "usulan kami dibilang bukan kewenangan provinsi lalu disuruh cari pendanaan lain, "
            "maksudnya dana apa saja yang bisa dicoba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "saya baru pindah ke bidang perkim jadi belum paham usulan yang kami kirim tahun "
            "ini itu untuk anggaran tahun berapa dan alurnya dalam setahun seperti apa"
        ),
        "siklus.tahunan",
    ),
    (
        "Kapuas, usulan yang dikirim tw II 2026 nanti masuk anggaran TA berapa?",
        "siklus.tahunan",
    ),
    (
        "menu pemeriksaan usulan. provinsi periksa usulan kami dari sisi apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        "After we kirim usulan, provinsi check what? administrasi, teknis, or kewenangan also?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor bidang kawasan permukiman itu sebenarnya tujuannya apa dan siapa saja "
            "pesertanya? sekalian, uang harian peserta rakor berapa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "musrenbang provinsi bidang kawasan permukiman yang diadakan Disperkimtan tiap "
            "tahun itu sebenarnya forum apa, usulan kabupaten dibahas di situ juga?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "saya tulis di notulen 'usulan yang disepakati dalam Rakor otomatis masuk APBD "
            "provinsi', sudah benar belum?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "kalau usulan kami sudah disepakati di Rakor, sudah masuk Musrenbang, tapi belum "
            "kelihatan di RKPD, tahap berikutnya apa sampai jadi anggaran?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "kata orang bappeda pokja PKP itu sama saja dengan TAPD, bener gak? pokja PKP "
            "sebenarnya apa dan dasar aturannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "bupati minta kami bentuk tim koordinasi perumahan dan permukiman yang anggotanya "
            "lintas opd di kabupaten itu namanya pokja pkp kah dan dasar hukumnya apa"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "PKY, mau antar berkas usulan minggu ke-2 Maret, kantor Disperkimtan provinsi "
            "alamatnya di mana ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "alamat kantor Disperkimtan Kalteng di jalan apa? sekalian, harga sewa mobil dari "
            "Sampit ke Palangka Raya berapa sekali jalan?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "menu. perintah bot ini apa aja ya?",
        "bot.cara_pakai",
    ),
    (
        "This bot can be used at malam or only jam kantor? The jam follow WIB or WITA?",
        "bot.cara_pakai",
    ),
    (
        (
            "saya tulis di petunjuk untuk staf 'foto kondisi lokasi boleh dikosongkan waktu "
            "kirim /usul', bener gak?"
        ),
        "bot.usul",
    ),
    (
        (
            "kalau usulan tahun lalu mau dikirim lagi, lokasinya sama, cuma judul dan fotonya "
            "beda, bisa disalin dari usulan lama di /usul?"
        ),
        "bot.usul",
    ),
    (
        (
            "status 'dibahas musrenbang' di bot itu maksudnya apa? terus bedanya 'dialihkan' "
            "sama 'dibatalkan' apa?"
        ),
        "bot.status",
    ),
    (
        (
            "kemarin dijawab 'perlu perbaikan' itu sama saja dengan ditolak, yang bener arti "
            "status perlu perbaikan itu apa?"
        ),
        "bot.status",
    ),
    (
        (
            "usulan kumuh kami dialihkan ke APBD kab katanya bukan kewenangan provinsi terus "
            "kami harus ngapain selanjutnya dan bisa diajukan ulang gak"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan we got status ditolak, can we ajukan again or what the next step?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Kotim kirim usulan hari Senin, paling lambat berapa hari kerja biasanya sudah "
            "diverifikasi provinsi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "/tindaklanjut standar respon usulan berapa hari",
        "bot.tindak_lanjut",
    ),
    (
        (
            "kalau saya berhalangan hadir rapat yang undangannya dari bot, boleh diwakilkan "
            "staf? sekalian, nama pejabat yang buka Rakor tahun ini siapa?"
        ),
        "bot.rapat",
    ),
    (
        (
            "saya tulis di grup kantor 'pengingat rapat dari bot cuma dikirim sehari "
            "sebelumnya', sudah benar belum?"
        ),
        "bot.rapat",
    ),
    (
        (
            "kalau di surat tertulis Dinas Perkim kabupaten, terus di kop provinsi beda lagi, "
            "dan di nomenklatur ada PKP, Perkim itu sendiri singkatan dari apa?"
        ),
        "istilah.perkim",
    ),
    (
        "Perkim stands for what?",
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu dinas perumahan, kimia dan pertanian ya? kepanjangan sebenarnya "
            "apa sih"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "tiap undangan rakor kopnya Disperkimtan tapi di tempat kami dinasnya cuma Perkim "
            "itu tan nya singkatan apa dan Disperkimtan lengkapnya apa"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "kata teman PSU itu prasarana dan sarana umum, kata yang lain ada utilitasnya, "
            "kepanjangan PSU yang benar apa?"
        ),
        "istilah.psu",
    ),
    (
        "/psu artinya apa",
        "istilah.psu",
    ),
    (
        "Barsel, di RAB tw II ada item 'jaling 300 m', jaling itu apa ya?",
        "istilah.jaling",
    ),
    (
        (
            "jaling itu singkatan dari apa? sekalian harga paving block per m2 di Buntok "
            "berapa sekarang?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "saya tulis di glosarium 'drainase adalah saluran air bersih ke rumah warga', "
            "benar gak pengertian itu?"
        ),
        "istilah.drainase",
    ),
    (
        "Drainase lingkungan, the meaning is what exactly?",
        "istilah.drainase",
    ),
    (
        (
            "di tabel baseline kumuh kolom tingkat kekumuhan ada isian KR KS KB untuk lokasi "
            "kami tertulis KR itu artinya apa"
        ),
        "istilah.kr",
    ),
    (
        "KR di data kumuh = ?",
        "istilah.kr",
    ),
    (
        "KS di data kumuh itu kumuh sementara ya? atau apa",
        "istilah.ks",
    ),
    (
        "Gumas, di lampiran SK kumuh lokasi Kuala Kurun tercantum 'KS', maksudnya KS apa?",
        "istilah.ks",
    ),
    (
        (
            "kata staf baru KB di tabel kumuh itu keluarga berencana, kayaknya salah deh, KB "
            "di situ artinya apa?"
        ),
        "istilah.kb",
    ),
    (
        "KB di daftar lokasi kumuh maksudnya apa? sekalian, nomor HP admin bot ini berapa?",
        "istilah.kb",
    ),
    (
        (
            "saya tulis di daftar istilah laporan 'SK kumuh = surat keterangan kumuh dari "
            "lurah', sudah benar?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "kalau ada yang namanya SK kumuh, terus ada perda kumuh, dan ada juga peta "
            "sebaran, yang disebut SK kumuh itu sebenarnya dokumen apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "konsultan minta peta delineasi kawasan untuk dilampirkan di usulan delineasi itu "
            "maksudnya apa sih"
        ),
        "istilah.delineasi",
    ),
    (
        "What is delineasi? I see the word in peta SK kumuh.",
        "istilah.delineasi",
    ),
    (
        "ketik apa ya kalau mau nanya RTLH itu kepanjangannya apa",
        "istilah.rtlh",
    ),
    (
        "Katingan per 31/12 tercatat 450 RTLH, RTLH itu singkatan apa persisnya?",
        "istilah.rtlh",
    ),
    (
        "RLH itu apa, bedanya sama RTLH? sekalian, berapa anggaran RLH Kalteng tahun depan?",
        "istilah.rlh",
    ),
    (
        "rumah laik hunian, RLH itu ya? maksudnya apa sebenarnya",
        "istilah.rlh",
    ),
    (
        (
            "kata warga bedah rumah itu dibangunkan rumah baru gratis, sebenarnya istilah "
            "bedah rumah itu maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "saya tulis di rilis berita 'bedah rumah atau peningkatan kualitas RTLH', "
            "istilahnya sudah pas belum?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "kalau ada program BSPS, terus ada RTLH provinsi, dan ada juga bedah rumah, BSPS "
            "itu kepanjangannya apa?"
        ),
        "istilah.bsps",
    ),
    (
        "BSPS is abbreviation of what?",
        "istilah.bsps",
    ),
    (
        (
            "di juknis bantuan rumah selalu ditulis sasarannya MBR dan kami sering pakai di "
            "laporan tapi belum pernah tau kepanjangannya MBR itu apa"
        ),
        "istilah.mbr",
    ),
    (
        "/mbr itu apa",
        "istilah.mbr",
    ),
    (
        "rusunami yang disewakan pemerintah itu rusunawa ya? sebenarnya rusunawa itu apa",
        "istilah.rusunawa",
    ),
    (
        "PKY, rusunawa di Palangka Raya itu singkatan dari apa ya?",
        "istilah.rusunawa",
    ),
    (
        (
            "tadi bot jawab rusus itu rumah susun, kata teman rumah khusus, yang bener rusus "
            "itu apa?"
        ),
        "istilah.rusus",
    ),
    (
        "rusus itu apa? sekalian, berapa unit rusus yang dibangun di Mura tahun lalu?",
        "istilah.rusus",
    ),
]

TRAIN_R27_INTENTS: list[tuple[str, str]] = [
    (
        "usulan kami USL-2026-0014 sudah sampai mana ya?",
        "status",
    ),
    (
        "Kobar kirim 3 usulan bulan lalu, sudah ada yang disetujui belum?",
        "status",
    ),
    (
        "cek usulan saya dong, masih diverifikasi atau sudah ditolak?",
        "status",
    ),
    (
        "rakor tahun ini kapan dan di mana?",
        "meeting",
    ),
    (
        "/rapat berikutnya tanggal berapa jam berapa ya",
        "meeting",
    ),
    (
        "When is the next Rakor, the tempat where?",
        "meeting",
    ),
    (
        "batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "usulan TA 2027 masih dibuka sampai kapan ya",
        "deadline",
    ),
    (
        "tenggat usulan kapan min, takut telat",
        "deadline",
    ),
    (
        "selamat pagi bot",
        "greeting",
    ),
    (
        "terima kasih infonya pak",
        "greeting",
    ),
    (
        "halo, mohon bantuannya",
        "greeting",
    ),
    (
        "gimana cara masukin usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "mau input usulan baru, mulai dari mana?",
        "how_to_submit",
    ),
    (
        "How to kirim usulan through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R27_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 9,5 ha di Kec. Selat kewenangan siapa?",
        "kabkota",
    ),
    (
        "kawasan kumuh pas 10 hektar di Pahandut itu provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "luas delineasi di SK 14,99 ha, masih provinsi kan?",
        "provinsi",
    ),
    (
        "kawasan kumuh tepat 15 hektare, siapa yang tangani?",
        "pusat",
    ),
    (
        "SK kumuh kami lokasi 85.000 m2, itu ditangani siapa?",
        "kabkota",
    ),
    (
        "kumuh 120.000 m² di Kumai Hulu kewenangan prov bukan?",
        "provinsi",
    ),
    (
        "slum area 22 hectares in Kapuas, who is responsible, provinsi or pusat?",
        "pusat",
    ),
    (
        "lokasi kumuh 31,77 ha Murjani Bawah kewenangan mana?",
        "pusat",
    ),
    (
        "kumuh seluas 150.000 meter persegi siapa yang tangani",
        "pusat",
    ),
    (
        "kawasan kumuh 7 hektare di Pulau Hanaut bisa ke provinsi? kewenangan siapa",
        "kabkota",
    ),
    (
        "lokasi kumuh 11,4 ha di Arut Selatan, kewenangan prov atau kab?",
        "provinsi",
    ),
    (
        "kumuh 2,5 ha di desa Satiung kewenangan siapa ya",
        "kabkota",
    ),
]

TRAIN_R27_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan Kalteng tahun 2027?",
    "siapa pemenang tender jalan lingkungan di Kotim tahun ini?",
    "berapa unit RTLH yang sudah selesai dibangun provinsi tahun 2025?",
    "rumah subsidi FLPP di Palangka Raya sekarang harganya berapa?",
    "SIPD error terus waktu login, solusinya gimana?",
    "harga semen per sak di Kuala Kapuas berapa sekarang?",
    "cuaca di Muara Teweh besok gimana, mau survei lokasi",
    "cara daftar CPNS 2027 gimana?",
    "syarat izin tambang galian C di Katingan apa saja?",
    "tunjangan kinerja pegawai Pemprov Kalteng berapa per bulan?",
    "jalan nasional Palangka Raya ke Kasongan rusak, kapan diperbaiki Balai Jalan?",
    "ada info banjir terbaru di Kapuas hari ini?",
    "besok cuti bersama atau tetap masuk kantor?",
    "kapan jadwal pencairan dana desa tahap 2?",
    "format laporan perjalanan dinas yang baru seperti apa ya?",
]
