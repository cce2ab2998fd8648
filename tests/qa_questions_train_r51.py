"""Training table R51 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 50's styles, written by another hand for the first half of the topic list after round 50
was measured untouched: a weak signal with the message in broken pieces, vowels dropped as in
old SMS, asking whether something changed since last year, asking what the bot can do first, a
newly transferred officer, numbers written in words or fractions, speech-to-text mishearings,
one clause per line; Philippine English. A glossary entry's questions ask what the term means.
Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R51_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak maaf sinyal lagi jelek... mau tanya... pembagian kewenangan perkim... pusat, "
            "provinsi, kabupaten... secara umumnya gimana ya"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "mhn pnjlsn scr ringks, urusn prmhn dn kwsn prmkmn it dbgi kwngnny antr pst, prov "
            "dn kab/kt sprt ap?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "tahun lalu di Rakor disebut perumahan rakyat dan kawasan permukiman itu urusan "
            "wajib pelayanan dasar. sampai sekarang masih berlaku nggak ketentuan itu, "
            "dasarnya pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bot ini bisa jelaskan pembagian penanganan kawasan kumuh berdasarkan luasnya "
            "nggak? kalau bisa, batas hektar untuk kabupaten, provinsi dan pusat itu berapa "
            "saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "saya baru mutasi ke bidang perkim minggu ini, maaf kalau dasar sekali: penataan "
            "kawasan kumuh itu sebenarnya tugas siapa, betul tergantung luasnya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kalau kawasan kumuhnya lima belas hektar ke atas, berarti sudah bukan urusan "
            "provinsi lagi ya? semuanya dilempar ke pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kawasan kumu yang luasnya lima belas hektar atau lebih itu ditangani kementerian "
            "pusat ya, aturannya sudah pasti atau masih belum jelas"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "izin tanya\nsoal pencegahan kumuh\nbukan peningkatan kualitas ya\nitu provinsi ikut "
            "menangani\natau murni kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "halo pak.. maaf kuota tinggal dikit.. langsung aja.. kegiatan pencegahan "
            "permukiman kumuh bisa diusulkan ke prov ga.. atau itu kab sendiri"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "sb urusn prmhn, kwngn prov ap sj? trs kab/kt pgng ap?",
        "kewenangan.perumahan",
    ),
    (
        (
            "dulu katanya provinsi di sub-urusan perumahan cuma pegang rumah korban bencana "
            "dan relokasi. sekarang ada aturan baru yang nambah kewenangan provinsi di "
            "perumahan atau masih begitu?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "kamu ngerti soal rumah untuk MBR? penyediaan rumah bagi masyarakat "
            "berpenghasilan rendah itu sebenarnya kewenangan siapa, bisa kami usulkan ke "
            "provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Hi po, I was just transferred to the housing office last week so sorry for the "
            "basic question. Who handles rusun and housing for low-income families (MBR), is "
            "it the national government?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "di Desa Tumbang Talaken kebakaran kemarin, dua puluh tiga rumah habis, statusnya "
            "bencana kabupaten. rumah penggantinya tanggungan provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "rumah korban ben cana provinsi itu dis per kim tan provinsi yang tangani ya, "
            "kalau warga yang kena relo kasi program provinsi juga sama"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "pak mau konfirmasi\nada developer minta izin bangun perumahan\nsekalian SKBG "
            "nya\nitu yang terbitkan siapa?\nprovinsi atau kami di kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "maaf putus2 sinyalnya... izin pembangunan dan pengembangan kawasan permukiman... "
            "yg terbitkan prov atau kab ya"
        ),
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    (
        "sb urusn kwsn prmkmn it isiny ap sj? mn bgn pst, mn bgn prov, mn bgn kab?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "ada perubahan nggak soal sub-urusan kawasan permukiman dibanding tahun lalu? "
            "penetapan sistem kawasan permukiman masih dipegang pusat?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "bot bisa jawab soal PSU nggak? kalau bisa: bedanya PSU permukiman sama PSU "
            "perumahan apa, dan masing-masing kewenangan siapa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "maaf saya baru pindah dari BPBD ke dinas perkim, masih bingung: PSU di kompleks "
            "perumahan yang dibangun developer itu tanggung jawab kabupaten atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan lingkungan sepanjang satu koma dua kilometer plus drainase kiri kanan di "
            "kampung nelayan Sungai Cabang, itu masuk PSU yang dibangun provinsi kah?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "pe es u yang dikerjakan provinsi itu cuma jaling sama drai nase ya, kalau "
            "saluran di pinggir jalan kabupaten bisa dikerjakan juga nggak"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "mau tanya\nsertifikasi dan registrasi perancang rumah\nsama perencana PSU\nyang "
            "tingkat kemampuan kecil\nitu kewenangan kabupaten kan?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "pak.. sinyal di kantor jelek bgt.. registrasi konsultan perencana PSU yg tingkat "
            "menengah.. itu diurus prov ya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM prmhn rkyt tu jns lynn dsrny ap sj utk prov? trgtny brp prsn?",
        "kewenangan.spm",
    ),
    (
        (
            "Permen PUPR 29/2018 soal SPM perumahan masih jadi acuan tahun ini? isinya untuk "
            "provinsi itu apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Hi, can this bot help me understand how slum area is counted? For clarification, "
            "the area used to decide authority, is it the whole village or only the "
            "delineated area in the SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "mohon maaf pertanyaan dasar, saya baru masuk seksi kawasan permukiman: luas "
            "kumuh yang dihitung untuk kewenangan itu diambil dari mana, luas desa atau luas "
            "di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK penetapan lokasi kumuh itu wajib ditinjau ulang paling lambat lima tahun "
            "sekali kah? yang tanda tangan bupati?"
        ),
        "kumuh.penetapan",
    ),
    (
        "es ka kumu itu yang netapkan siapa ya, gubernur atau bupati",
        "kumuh.penetapan",
    ),
    (
        (
            "pak\nkriteria kumuh itu\nada berapa aspek?\ntolong sebutkan semuanya\nbuat bahan "
            "sosialisasi ke desa"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "maaf sinyal hilang timbul.. aspek2 penilaian kumuh.. yg dipakai di permen 14 "
            "itu.. apa aja pak"
        ),
        "kumuh.aspek",
    ),
    (
        "skr kmh brt it mlai brp? nl mksmlny brp?",
        "kumuh.penilaian",
    ),
    (
        (
            "tahun lalu batas kumuh berat di aplikasi kami masih 71 ke atas, sekarang sudah "
            "berubah belum ambangnya?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "kamu tahu rentang nilai kumuh sedang dan kumuh ringan? lokasi kami skornya 42, "
            "masuk yang mana?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Good day po, newly assigned here in the housing office. May I know the score "
            "range for kumuh ringan and kumuh sedang?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "lokasi kumuh ringan, kira-kira setengahnya berdiri di lahan ilegal di bantaran "
            "sungai, pola penanganannya pemugaran atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "pe remajaan sama pe mugaran bedanya apa, terus pemukiman kembali itu dipakai "
            "kalau kondisi lahannya gimana"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "data kumuh Kalteng\nada berapa lokasi\ntotal luasnya berapa hektar?\nbuat laporan "
            "pimpinan"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "pak tolong... lagi di lapangan sinyal satu bar... kabupaten mana yg paling "
            "banyak lokasi kumuh di kalteng"
        ),
        "kumuh.kalteng",
    ),
    (
        "usln kgtn hrs brs ap sj? alsn kbthnny dtls dmn?",
        "usulan.isi",
    ),
    (
        (
            "tahun lalu kami cuma kirim proposal sama RAB. sekarang usulan harus memuat apa "
            "saja, dan kenapa ada kolom alasan kebutuhan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "bot ini bisa terima usulan apa aja? maksud saya jenis usulan yang boleh diajukan "
            "ke provinsi itu apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "saya baru ditempatkan di perkim, belum paham: selain kumuh dan PSU, jenis usulan "
            "apa lagi yang boleh kami ajukan?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "titik koordinat lokasi usulan harus diisi berapa titik? cukup satu atau tiap dua "
            "ratus meter?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "data lokasi usulan itu apa aja yang ditanya, kecamatan, desa, titik ji pi es, "
            "perkotaan atau perdesaan juga"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "ini soal isian\njumlah KK sama jiwa\nwajib diisi dua-duanya?\nsumber dananya\nboleh "
            "kombinasi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "halo pak... maaf sinyal lemot... sumber dana yg bisa dipilih di usulan.. apa aja "
            "ya.. apbd prov.. apbn.. csr?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "dkmn ksiapn utk usln PSU ap sj? RC nya hrs lngkp smw?",
        "usulan.kesiapan",
    ),
    (
        (
            "tahun lalu kriteria kesiapan cukup DED dan RAB, sekarang masih segitu atau "
            "nambah dokumen lain?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "bisa tanya soal lahan? lokasi usulan kami di tanah desa, belum bersertifikat, "
            "itu dianggap clean and clear nggak?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "mohon maaf saya pegawai baru di bidang pertanahan: status lahan untuk usulan itu "
            "harus seperti apa supaya memenuhi syarat?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Our SK kumuh was issued four years and eleven months ago. Is it still valid po "
            "for this year's slum proposal?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "usulan kumu wajib isi nomor es ka sama tanggalnya ya, kalau lokasinya belum "
            "tercantum di es ka gimana"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "mau nanya\ndokumen teknis\nDED RAB RKS\nsite plan\nitu wajib semua atau boleh nyusul?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "pak... maaf sinyal putus2... DED sama RAB itu... wajib dilampirkan dua2nya... "
            "atau RAB aja cukup?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "srt prnytn ksdn mnrm hbh dn O&P it wjb? yg ttd sp?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "apa sekarang ada ketentuan baru harus lampirkan surat pernyataan kesanggupan "
            "operasi dan pemeliharaan? tahun lalu kami nggak pakai"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "bot, kamu bisa jelaskan syarat usulan RTLH lewat provinsi? rumah warga kami "
            "sudah roboh total, boleh dibangun baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "maaf saya baru seminggu di dinas perkim: penerima bantuan RTLH dari provinsi itu "
            "ditetapkan lewat apa, SK bupati atau SK gubernur?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "ada dua puluh lima warga RT 03 Kelurahan Pahandut Seberang mau minta jalan "
            "lingkungan langsung ke provinsi, syaratnya apa biar diterima?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "permintaan pe es u dari masyarakat harus diketahui pak er te er we sama lurah "
            "ya, camat juga perlu"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau jalan lingkungan\ndibangun provinsi\ndi atas tanah kabupaten\nsetelah selesai "
            "asetnya punya siapa?\nterus yang pelihara siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "hello po, sorry my signal is weak... the BAST for the drainage handed over by "
            "the province... who signs it on our side po? the Bupati?"
        ),
        "hibah.aset",
    ),
    (
        "klu usln kmi bkn kwngn prov, altrntf pndnaanny ap sj? DAK, APBDes, CSR bs?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "tahun lalu usulan yang bukan kewenangan provinsi kami arahkan ke APBD kab saja. "
            "sekarang ada pilihan sumber dana lain nggak, misal DAK Tematik PPKT atau CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "bot ini paham alur tahunan usulan? dari kabupaten kirim usulan sampai jadi "
            "kegiatan provinsi itu urutannya bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "saya baru mutasi ke perkim, maaf nanya yang mendasar: usulan yang kami kirim "
            "tahun ini itu untuk anggaran tahun ini atau tahun depan?"
        ),
        "siklus.tahunan",
    ),
    (
        "setelah usulan masuk, provinsi memeriksa apa saja? ada berapa tahap, dua atau tiga?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "tim feri fikasi provinsi itu ngecek apa aja dari usulan kami, administrasi sama "
            "teknis ya, kewenangan juga dicek"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "Good day po\nmay I ask about the Rakor\nwhat is its purpose\nand who are invited?",
        "siklus.rakor",
    ),
    (
        (
            "maaf pak sinyal ilang2... rakor itu.. fungsinya buat apa sih.. nentuin usulan "
            "atau cuma sosialisasi"
        ),
        "siklus.rakor",
    ),
    (
        "stlh rkr, usln yg dstjui msk k RKPD dl ya? kpn jd APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "alur dari Rakor ke Musrenbang provinsi lalu RKPD dan APBD masih sama seperti "
            "tahun lalu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "bot ngerti soal Pokja PKP? apa perannya dalam koordinasi perumahan dan kawasan "
            "permukiman di daerah, dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "saya baru ditunjuk jadi anggota Pokja PKP kabupaten, mohon maaf masih awam: "
            "Forum PKP itu apa hubungannya dengan pokja?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "alamat Disperkimtan provinsi di Jalan D.I. Panjaitan nomor lima ya? besok mau "
            "antar berkas dua rangkap"
        ),
        "disperkimtan.kontak",
    ),
    (
        "kantor dis per kim tan provinsi di mana ya, mau antar surat langsung",
        "disperkimtan.kontak",
    ),
    (
        "halo\nsaya baru pakai bot ini\nperintahnya apa aja?\njamnya pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "pak sinyal lg jelek... bot sinkron ini.. perintah2nya apa aja ya.. ada daftar command?",
        "bot.cara_pakai",
    ),
    (
        "d /usul bs lmprkn brp ft? pdf bs?",
        "bot.usul",
    ),
    (
        (
            "tahun lalu usulan kami masuk lewat bot juga. sekarang bisa salin usulan lama itu "
            "biar nggak ngetik ulang dari awal?"
        ),
        "bot.usul",
    ),
    (
        (
            "bot, kamu bisa jelaskan arti status usulan? 'perlu perbaikan' sama 'dibahas di "
            "Rakor' itu maksudnya apa?"
        ),
        "bot.status",
    ),
    (
        (
            "saya baru dipindah ke bidang kawasan permukiman, maaf dasar: status 'verifikasi' "
            "pada usulan itu artinya sedang diapakan?"
        ),
        "bot.status",
    ),
    (
        (
            "Kindly explain po, two of our proposals were marked dialihkan to APBD kabupaten. "
            "What does it mean and what is our next step?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kami di tolak alasan nya bukan kewe nangan provinsi, bisa ajukan banding "
            "lewat bot nggak"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "pak\nusulan sudah dikirim\nbiasanya berapa lama\nbaru diverifikasi provinsi?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "maaf sinyal kurang... katanya ada standar kayak LAPOR... tiga hari kerja itu.. "
            "maksudnya gimana ya"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "klu sy g bs hdr rpt, bs dwklkn? cr knfrmsny d bot gmn?",
        "bot.rapat",
    ),
    (
        (
            "Good day po. Last year we got the reminder only one day before the meeting. Is "
            "it still the same this year, or are there more reminders now po?"
        ),
        "bot.rapat",
    ),
    (
        "kamu ngerti istilah-istilah dinas? Perkim itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        (
            "maaf saya baru mutasi dari dinas kesehatan, sering dengar kata 'Perkim', itu "
            "singkatan dari apa ya?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu singkatan dari apa saja? kan tiga bidang: perumahan, kawasan "
            "permukiman, terus satu lagi apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "pe es u itu singkatan dari apa ya",
        "istilah.psu",
    ),
    (
        "maaf nanya\ndi undangan ada tulisan PSU\nitu kepanjangannya apa?",
        "istilah.psu",
    ),
    (
        "pak.. sinyal lemah.. jaling itu.. maksudnya jalan apa ya",
        "istilah.jaling",
    ),
    (
        "jlng it ap? sm dgn jln lngkngn?",
        "istilah.jaling",
    ),
    (
        (
            "tahun lalu kami nyebutnya parit, di form sekarang ditulis 'drainase'. drainase "
            "itu artinya sama dengan parit?"
        ),
        "istilah.drainase",
    ),
    (
        "bisa jelaskan istilah teknis? drainase itu artinya apa?",
        "istilah.drainase",
    ),
    (
        "maaf pegawai baru: di tabel SK kumuh ada kode KR, itu singkatan apa?",
        "istilah.kr",
    ),
    (
        "dari sebelas lokasi di tabel, tujuh ditandai KR. KR itu maksudnya apa?",
        "istilah.kr",
    ),
    (
        "ka es di kolom tingkat kekumuhan itu artinya apa",
        "istilah.ks",
    ),
    (
        (
            "di peta sebaran\nada warna merah\nketerangannya KB\nKB itu apa ya? bukan keluarga "
            "berencana kan"
        ),
        "istilah.kb",
    ),
    (
        "maaf pak sinyal... SK kumuh itu.. surat keputusan apa sebenarnya",
        "istilah.skkumuh",
    ),
    (
        "SK kmh it mksdny ap?",
        "istilah.skkumuh",
    ),
    (
        (
            "konsultan tahun lalu pakai istilah 'peta kawasan', sekarang di form disebut "
            "delineasi. delineasi itu artinya apa sih, sama saja?"
        ),
        "istilah.delineasi",
    ),
    (
        "can this bot explain terms po? what does delineasi mean?",
        "istilah.delineasi",
    ),
    (
        "saya baru mutasi, mohon maaf: RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "di data kami ada seratus dua belas unit RTLH, RTLH itu singkatan dari apa persisnya?",
        "istilah.rtlh",
    ),
    (
        "er el ha itu apa, beda sama er te el ha?",
        "istilah.rlh",
    ),
    (
        "warga sering nanya\nprogram bedah rumah\nitu maksudnya apa sih?",
        "istilah.bedahrumah",
    ),
    (
        "halo pak maaf kuota tipis.. bedah rumah itu istilah apa ya..",
        "istilah.bedahrumah",
    ),
    (
        "BSPS it kpnjngnny ap?",
        "istilah.bsps",
    ),
    (
        "bot bisa jelaskan singkatan program? BSPS itu kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "kamu tahu arti MBR?",
        "istilah.mbr",
    ),
    (
        (
            "I'm new in the housing division po, sorry for the basic question. What does MBR "
            "stand for?"
        ),
        "istilah.mbr",
    ),
    (
        "rusunawa empat lantai yang di Palangka Raya itu, rusunawa singkatan dari apa?",
        "istilah.rusunawa",
    ),
    (
        "ru sun awa itu apa bedanya sama rusun biasa",
        "istilah.rusunawa",
    ),
    (
        "mau tanya istilah\nrusus\nitu rumah apa?",
        "istilah.rusus",
    ),
]

TRAIN_R51_INTENTS: list[tuple[str, str]] = [
    (
        (
            "pak maaf sinyal lagi jelek... usulan kami yg jalan lingkungan... sudah sampai "
            "mana ya prosesnya"
        ),
        "status",
    ),
    (
        "usln kmi USL-2026-0004 gmn sttsny? sdh dvrfks blm?",
        "status",
    ),
    (
        "tahun lalu usulan kami ditolak semua. yang tahun ini sudah ada yang disetujui belum?",
        "status",
    ),
    (
        (
            "bot ini bisa kasih info jadwal rapat? kalau bisa, rakor tahun ini tanggal berapa "
            "dan di mana?"
        ),
        "meeting",
    ),
    (
        (
            "saya baru mutasi ke perkim, belum pernah ikut: rakor berikutnya kapan dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "rapat koordinasi yang akan datang mulai jam berapa? jadinya dua minggu lagi kah?",
        "meeting",
    ),
    (
        "batas akhir us ulan tahun ini tanggal berapa",
        "deadline",
    ),
    (
        "pak\nusulan untuk TA 2027\nditutup kapan?\nmasih bisa kirim minggu depan?",
        "deadline",
    ),
    (
        (
            "hi po sorry choppy signal here... until when can we still submit proposals this "
            "cycle po?"
        ),
        "deadline",
    ),
    (
        "slmt pgi pk, trmksh bnyk ats bntnny",
        "greeting",
    ),
    (
        "selamat pagi\nterima kasih pak\ninfonya sangat membantu",
        "greeting",
    ),
    (
        "selamat siang pak, te ri ma kasih banyak ya",
        "greeting",
    ),
    (
        "mohon maaf saya baru di bidang ini, cara memasukkan usulan lewat bot ini gimana ya?",
        "how_to_submit",
    ),
    (
        "Can this bot accept proposals po? If yes, how do I submit one?",
        "how_to_submit",
    ),
    (
        (
            "tahun lalu usulan masih dikirim lewat surat, sekarang kalau lewat bot cara "
            "masukinnya gimana?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R51_AREAS: list[tuple[str, str]] = [
    (
        "pak.. sinyal jelek.. kawasan kumuh kami.. 9,8 ha.. kewenangan siapa ya",
        "kabkota",
    ),
    (
        "kmh lsny 12 hktr, kwngn sp?",
        "provinsi",
    ),
    (
        (
            "tahun lalu lokasi kumuh kami tercatat 8 ha, setelah revisi SK jadi 10 ha pas. "
            "kewenangannya pindah ke provinsi atau masih kabupaten?"
        ),
        "provinsi",
    ),
    (
        (
            "Can this bot compute authority po? Our slum area is exactly 15 hectares, who is "
            "responsible?"
        ),
        "pusat",
    ),
    (
        "saya baru mutasi, maaf: kawasan kumuh seluas 100.000 m2 itu ditangani siapa?",
        "provinsi",
    ),
    (
        (
            "kawasan kumuh seluas dua belas koma lima hektare, yang menangani provinsi atau "
            "kabupaten?"
        ),
        "provinsi",
    ),
    (
        "luas delineasi kumuh di SK kami cuma setengah hektar, itu urusan siapa?",
        "kabkota",
    ),
    (
        "luas dell in easy kumu di bantaran sungai kami dua puluh hektar, yang tangani siapa",
        "pusat",
    ),
    (
        "lokasi kumuh\ndi Kelurahan Baamang Tengah\nluasnya 95.000 m²\nitu kewenangan siapa?",
        "kabkota",
    ),
    (
        "kmh 14,99 ha msk kwngn prov kn?",
        "provinsi",
    ),
    (
        (
            "kumuh seratus lima puluh ribu meter persegi, yang pegang kabupaten, provinsi "
            "atau pusat?"
        ),
        "pusat",
    ),
    (
        "kumu tujuh koma dua lima hektare di Desa Sungai Cabang kewenangan kabupaten ya",
        "kabkota",
    ),
]

TRAIN_R51_OUT_OF_SCOPE: list[str] = [
    ("pak maaf sinyal jelek... pagu anggaran disperkimtan provinsi tahun 2027... berapa miliar ya"),
    "hrg aspl pr drm utk jln lngkngn d Kasongan brp skrg?",
    "tahun lalu uang saku peserta rakor berapa? tahun ini naik nggak?",
    (
        "bot bisa bantu soal kepegawaian? kalau bisa, jadwal usul kenaikan pangkat "
        "periode April kapan?"
    ),
    "saya baru mutasi ke perkim, siapa pemenang tender drainase di Sampit tahun ini?",
    "cuaca di Palangka Raya dua hari lagi hujan nggak?",
    "jadwal pesawat ke pu ruk ca hu besok ada jam berapa aja",
    "mau tanya\njumlah RTLH\ndi Kecamatan Kurun\nper desa ada data terbarunya?",
    "Good day po, may I know the requirements for a KPR subsidi FLPP housing loan?",
    "nmr hp kabid kwsn prmkmn prov brp ya?",
    "ada aturan baru soal tunjangan kinerja PNS daerah tahun ini?",
    "berapa harga semen per sak di Muara Teweh sekarang? kami butuh tiga ratus sak",
    "hasil pil ka da kemarin siapa yang menang ya",
    "pak\nbesok saya mau cuti\ngimana ngajuinnya\ndi aplikasi e-kinerja?",
    "halo pak... maaf sinyal putus2... tunjangan hari raya pegawai cair kapan ya",
]
