"""Training table R31 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 42's styles, written by another hand for the first half of the topic list after round 42
was measured: choice questions, timing, messages that begin as if mid-conversation,
number-heavy context that is not a slum area, edge cases (a regency border, a newly split
village, land of unclear status, two funding sources), role-heavy bureaucratic preambles,
drawing a conclusion and checking it, copy-paste leftovers (a WhatsApp timestamp and name, a
signature); English sprinkled with Indonesian particles. A glossary entry's questions ask
what the term means. Its slum-area questions are computed by rule, not learned; they are
measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R31_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pembagian kewenangan perkim itu acuannya UU 23/2014 lampiran D atau Permen PUPR? "
            "terus garis besarnya pusat, provinsi, kabupaten pegang apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kabid kami minta ringkasan buat paparan ke Sekda: di bidang perumahan dan "
            "kawasan permukiman, apa saja yang jadi kewenangan provinsi dan apa yang tetap di "
            "kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "jadi perumahan rakyat dan kawasan permukiman itu urusan wajib pelayanan dasar "
            "ya, bukan urusan pilihan? pasalnya pasal 12 UU 23 kan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "[08.14, 3/3/2027] Bu Rina Bappeda Bartim: Is perkim counted as urusan wajib "
            "pelayanan dasar or not ya? Need it for the Renja narrative, thanks"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "lanjut pak, soal kumuh tadi. pembagiannya berdasarkan luas kan, batasnya persis "
            "gimana bunyinya di lampiran UU 23?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "jadi intinya kewenangan kumuh ditentukan dari luas kawasannya, bukan dari "
            "tingkat kumuhnya (ringan/sedang/berat) ya?"
        ),
        ("kewenangan.kumuh", "kumuh.penilaian"),
    ),
    (
        (
            "kawasan kumuh yang besar, yang sudah lewat batas kewenangan provinsi itu, "
            "larinya ke kementerian atau balik ke kabupaten?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "> Untuk kawasan di atas batas provinsi silakan koordinasi ke pusat\nIya pak itu "
            "yang saya tanya, berarti provinsi sama sekali nggak bisa tangani kumuh sebesar "
            "itu ya? dasar hukumnya sudah pasti?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Di Kec. Seranau ada permukiman baru tumbuh di lahan yang statusnya belum jelas, "
            "makin padat dan berpotensi jadi kumuh. Kalau mau dicegah dari sekarang, "
            "pencegahannya itu kewenangan siapa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kasi kami mau usul kegiatan pencegahan kumuh ke provinsi tahun depan. Bisa "
            "nggak, atau itu memang murni ranah kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "oh gitu, terus kalau sub-urusan perumahan, provinsi pegangnya apa saja dan "
            "kabupaten apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "So for perumahan the provinsi only handles bencana and relokasi at provincial "
            "scale lah, the rest is kabupaten or pusat?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "Penyediaan rumah untuk MBR itu kewenangan pusat, atau bisa kami usulkan ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "[07.55, 15/1/2027] Pak Sekdis: tolong tanyakan ke bot, sistem pembiayaan "
            "perumahan buat MBR itu kewenangan siapa? pemda bisa ikut atur nggak"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir bulan Maret kemarin merusak 35 rumah di Desa Tumbang Tungku, Pulau Malan, "
            "padahal usulan tahun ini sudah kami kirim. Statusnya bencana kabupaten. "
            "Perbaikan rumahnya itu tanggungan provinsi atau kami sendiri?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Kalau program relokasi pemprov baru jalan pertengahan tahun ini, penyediaan "
            "rumah untuk warga yang dipindah itu tetap provinsi yang fasilitasi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada pengembang mau bangun 150 unit rumah subsidi di Kec. Arut Selatan. Izin "
            "pembangunan perumahannya dari kabupaten atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Operator di bidang kami nanya, SKBG untuk rumah susun itu yang menerbitkan "
            "pemkab atau instansi lain?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "nah itu dia pak, sub-urusan kawasan permukiman itu isinya apa aja dan tiap "
            "tingkat pemerintahan pegang bagian mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Who sets the sistem kawasan permukiman, pusat or provinsi or us ya?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Perumahan subsidi di Kecamatan Baamang ada 240 unit, jalan dan saluran di "
            "dalamnya rusak sekitar 60%. PSU di dalam perumahan begitu yang pegang kabupaten "
            "atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jadi kesimpulannya provinsi cuma pegang PSU permukiman, sedangkan PSU perumahan "
            "balik ke kabupaten ya?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan yang mau kami usulkan itu jalan lingkungan, tapi sebagian ruasnya berimpit "
            "dengan jalan kabupaten dan drainasenya di sepanjang jalan kabupaten itu. Masih "
            "bisa masuk PSU provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Rencana kami 1,2 km jaling dan 800 m drainase di 3 RT Kelurahan Baamang Hulu, "
            "ditambah 20 titik lampu jalan dan 1 unit MCK. Yang bisa dibangun lewat PSU "
            "provinsi yang mana saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Konsultan perencana kami terdaftar di Kalsel tapi kerjanya di Barito Timur. "
            "Sertifikasi dan registrasi perancang rumah yang kemampuannya menengah itu "
            "tanggung jawab provinsi atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Our kabid asked: registrasi for konsultan perencana PSU with small capability, "
            "that one is kabupaten's job kah?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Target SPM untuk korban bencana kabupaten itu berapa persen? Tahun ini ada 48 KK "
            "terdampak, baru 30 yang dapat rumah layak huni."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Sebelum laporan SPM akhir tahun kami susun, mau cek dulu: SPM perumahan itu "
            "dasarnya PP 2/2018 pasal berapa dan standar teknisnya Permen apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Satu kawasan kumuh di SK kami melintasi dua kelurahan, Mentawa Baru Hulu dan "
            "Mentawa Baru Hilir. Luas yang dihitung untuk kewenangan itu per kelurahan atau "
            "satu kawasan sesuai delineasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "berarti yang dipakai itu luas delineasi di SK kumuh ya, bukan luas wilayah desanya?",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kecamatan Telaga Antang kan mekar dari kecamatan lain dan sebagian lokasi kumuh "
            "ikut pindah wilayah. Penetapan lokasi kumuh yang baru itu nanti oleh siapa, "
            "bupati atau gubernur?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh itu harus ditinjau ulang berapa tahun sekali? punya kami terbit 2019, "
            "belum pernah direvisi"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kasi perencanaan nanya tujuh aspek kriteria kumuh itu apa saja ya? mau dipakai "
            "buat survei baseline"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Continuing from before: the kumuh criteria got how many aspek ah, and is "
            "proteksi kebakaran one of them?"
        ),
        "kumuh.aspek",
    ),
    (
        "Hasil penilaian lokasi kami totalnya 64 dari maksimal 80. Itu sudah masuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "terus skor tiap kriteria itu gimana ngitungnya? yang 0, 1, 3, 5 itu dasarnya apa?",
        "kumuh.penilaian",
    ),
    (
        (
            "Dari 6 lokasi yang kami nilai, skornya 42, 35, 51, 28, 39 dan 58. Yang masuk "
            "kumuh sedang dan yang ringan yang mana saja?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "jadi kalau skornya cuma 20-an masih kumuh ringan ya, belum sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kawasan kumuh kami di bantaran sungai, lahannya sebagian tanah negara tanpa alas "
            "hak dan sering banjir. Penanganannya pemugaran, peremajaan, atau pemukiman "
            "kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kadis tanya bedanya pemugaran sama peremajaan itu apa, biar nggak salah tulis di "
            "dokumen usulan"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Ada berapa lokasi kumuh di Kalteng dan total luasnya berapa? dengar-dengar 111 "
            "lokasi ya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "[14.05, 2/9/2026] Pak Yanto Kapuas: Kabupaten mana yang lokasi kumuhnya paling "
            "banyak di Kalteng? kalau nggak salah kita ya"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Usulan kami masih ada 9 isian yang kosong. Sebenarnya isian usulan kegiatan itu "
            "apa saja dan kenapa masing-masing ditanya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "lanjut pak, kenapa di form usulan ditanya sektor segala, air minum, sanitasi dan "
            "seterusnya? apa gunanya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Jenis usulan yang bisa diajukan itu cuma kumuh dan PSU, atau rumah korban "
            "bencana dan RTLH juga bisa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "We have one proposal that is half kumuh half balai warga, not really fitting any "
            "category. Can we submit it as 'lainnya' kah?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Desa kami hasil pemekaran dari Desa Tumbang Lahang dan namanya belum muncul di "
            "pilihan. Data lokasi apa saja yang diminta di usulan, cukup kecamatan dan desa "
            "atau perlu titik GPS juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "kalau usulan kumuh, berarti nama lokasinya harus ditulis sama dengan yang di SK "
            "kumuh ya?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Usulan jaling kami untuk 85 KK dan 310 jiwa, biaya Rp 1,2 M. KK dan jiwa itu "
            "wajib diisi dua-duanya? jiwa boleh lebih sedikit dari KK nggak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kegiatannya didanai dua sumber: APBD kabupaten untuk drainasenya, provinsi untuk "
            "jalannya. Di usulan sumber dananya diisi apa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Dokumen kesiapan usulan PSU itu harus sudah lengkap waktu usulan dikirim, atau "
            "boleh nyusul sebelum Rakor? dokumennya apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Sekdis bilang usulan PSU tanpa DED pasti ditolak. Betul nggak? dokumen kesiapan "
            "apa saja yang sebenarnya dinilai?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan drainasenya masih tanah warga, belum sertifikat, cuma SKT, dan ada sedikit "
            "sengketa batas dengan tetangga. Itu masih bisa dianggap clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "For clean and clear lahan, is sertifikat enough or must it also be sesuai RTRW "
            "and no sengketa ya?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami tertanggal Desember 2020. Kalau usulan dikirim pertengahan 2026, "
            "masih dianggap berlaku atau sudah lewat 5 tahun?"
        ),
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    (
        (
            "berarti kalau lokasinya nggak tercantum di SK kumuh, usulan kumuhnya tetap bisa "
            "dikirim tapi kena peringatan ya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "DED sama RAB bisa dilampirkan langsung di usulan dalam bentuk PDF? maksimal "
            "berapa file?\n\nSent from my iPhone"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Foto kondisi eksisting harus diunggah saat usulan dikirim atau bisa belakangan? "
            "maksimal berapa foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Bupati sudah tanda tangan surat usulan, tapi kabag hukum nanya surat pernyataan "
            "hibah dan O&P itu isinya menyatakan apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Surat pernyataan kesediaan menerima hibah dan O&P itu harus ada sejak usulan "
            "dikirim, atau nanti saja setelah disetujui?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Ada warga di Desa Bumi Harjo, rumahnya sudah roboh total dan tanahnya masih atas "
            "nama orang tuanya yang sudah meninggal. Bisa diusulkan RTLH lewat provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Tahun ini kami data 120 rumah, 40 di antaranya RTLH, 12 berdiri di tanah "
            "pinjaman. Yang bisa diusulkan ke program RTLH provinsi yang mana saja?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "[09.47, 12/5/2026] Pak Darmawan Kel. Menteng: warga RT 04 mau minta perbaikan "
            "jalan lingkungan langsung ke provinsi, bisa dari masyarakat? syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "terus kalau yang usul kelompok warga sendiri, harus diketahui siapa saja? cukup "
            "RT atau sampai camat?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Setelah jalan lingkungan dari provinsi selesai dibangun, kapan diserahkan ke "
            "kabupaten dan pakai dokumen apa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Drainase yang dibangun provinsi tahun lalu ada di perbatasan Kelurahan Baamang "
            "Barat dengan desa tetangga beda kecamatan. Setelah serah terima, pemeliharaannya "
            "siapa yang tanggung?"
        ),
        "hibah.aset",
    ),
    (
        (
            "berarti kalau bukan kewenangan provinsi, kami harus cari dana ke DAK atau APBN "
            "ya? ada pilihan lain?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "-----Original Message-----\nIf the kumuh is under kabupaten kewenangan, which "
            "funding channels can we use ah? APBDes also can?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        ("Usulan yang kami kirim tahun ini itu untuk anggaran tahun berapa? langsung tahun depan?"),
        "siklus.tahunan",
    ),
    (
        (
            "Kami siapkan 7 usulan untuk 2027. Dari usulan kabupaten sampai masuk APBD "
            "provinsi itu lewat tahap apa saja?"
        ),
        "siklus.tahunan",
    ),
    (
        ("Pemeriksaan usulan itu dilakukan sebelum Rakor atau pas Rakor? yang diperiksa apa saja?"),
        "siklus.pemeriksaan",
    ),
    (
        "oh gitu, berarti setelah dikirim ada cek lapangan juga ya? yang diperiksa apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        ("Rakor bidang kawasan permukiman itu biasanya jatuh bulan apa? dua tahun terakhir kapan?"),
        "siklus.rakor",
    ),
    (
        (
            "Rakor tahun ini bisa bertepatan dengan masa tanggap darurat banjir di daerah "
            "kami. Sebenarnya Rakor kawasan permukiman itu tujuannya apa, yang dibahas di "
            "sana apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Setelah Rakor, usulan yang diterima masuk ke mana dulu, Musrenbang provinsi atau "
            "langsung RKPD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "jadi kalau sudah disetujui di bot belum otomatis masuk APBD ya?",
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja PKP itu forum koordinasi atau tim teknis kegiatan? dasar hukumnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Sekda kami ketua Pokja PPAS, katanya Pokja PKP juga perlu ada. Fungsinya Pokja "
            "PKP itu apa sih?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kantor Disperkimtan provinsi alamatnya di mana ya? mau antar berkas usulan hari "
            "Senin\n\n--\nSalam,\nRina\nStaf Bidang Kawasan Permukiman\nDinas Perkim Kab. Seruyan"
        ),
        "disperkimtan.kontak",
    ),
    (
        "So the Disperkimtan office is still at Jl. D.I. Panjaitan lah, not moved?",
        "disperkimtan.kontak",
    ),
    (
        "Bot ini bisa dipakai jam berapa saja? waktunya pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "lanjut, perintah apa saja yang ada di bot ini selain /usul?",
        "bot.cara_pakai",
    ),
    (
        (
            "Usulan kami kemarin sudah setengah jalan diisi di /usul terus sinyal putus di "
            "lapangan. Isian tadi hilang atau tersimpan sebagai draf?"
        ),
        "bot.usul",
    ),
    (
        (
            "Tahun lalu kami kirim 6 usulan, 4 mau diajukan lagi dengan sedikit perubahan. "
            "Bisa disalin lewat bot atau harus isi ulang dari nol?"
        ),
        "bot.usul",
    ),
    (
        "Status 'verifikasi' sama 'dibahas di Rakor' itu bedanya apa?",
        "bot.status",
    ),
    (
        (
            "Ok noted. Then status perlu perbaikan means what ya, we must resend everything "
            "or just fix the part?"
        ),
        "bot.status",
    ),
    (
        (
            "jadi kalau statusnya dialihkan, berarti usulan kami nggak mati, cuma diarahkan "
            "ke sumber dana lain ya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "PPK kami nanya, kalau usulan ditolak karena bukan kewenangan provinsi, langkah "
            "berikutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Berapa hari kerja biasanya usulan mulai diperiksa setelah dikirim?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Sudah 4 hari kerja sejak kami kirim 3 usulan dan belum ada yang diverifikasi. "
            "Standar tindak lanjutnya sebenarnya berapa hari?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kadis berhalangan di Rakor nanti, boleh diwakilkan kabid? konfirmasi "
            "kehadirannya lewat bot gimana?"
        ),
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot itu dikirim kapan saja? seminggu sebelumnya juga?",
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
        (
            "> koordinasikan dulu dengan perkim kab\nMaaf pak saya baru pindah dari dinas "
            "lain, perkim itu singkatan dari apa?"
        ),
        "istilah.perkim",
    ),
    (
        "Disperkimtan, the 'tan' at the end is for pertanahan or pertamanan ah?",
        "istilah.disperkimtan",
    ),
    (
        "oh gitu, terus Disperkimtan itu kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        "Bendahara nanya PSU itu kepanjangannya apa, biar benar di SPJ",
        "istilah.psu",
    ),
    (
        "berarti PSU itu singkatan prasarana, sarana, dan utilitas umum ya?",
        "istilah.psu",
    ),
    (
        "jaling itu jalan lingkungan atau jalan lingkar?",
        "istilah.jaling",
    ),
    (
        (
            "[16.20, 8/10/2026] Bu Sari: di notulen tertulis 'jaling 600 m Kel. Mendawai', "
            "jaling itu maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        "nah itu dia, drainase lingkungan itu yang dimaksud saluran yang mana persisnya?",
        "istilah.drainase",
    ),
    (
        (
            "In our RAB there is 'drainase 450 m, 2 sisi'. What does drainase refer to here "
            "ya, the channel for rain water?"
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel SK kumuh itu artinya kumuh ringan atau kawasan rawan?",
        "istilah.kr",
    ),
    (
        "Operator SIPD tanya kode KR di lampiran SK kumuh itu maksudnya apa",
        "istilah.kr",
    ),
    (
        "berarti KS itu kumuh sedang ya?",
        "istilah.ks",
    ),
    (
        "Di lampiran ada 12 lokasi: 5 KR, 4 KS, 3 KB. Yang KS itu singkatan apa?",
        "istilah.ks",
    ),
    (
        "Fwd: tabel lokasi kumuh 2025\n\nKB di kolom tingkat kekumuhan itu maksudnya apa ya?",
        "istilah.kb",
    ),
    (
        "KB di tabel kumuh itu kumuh berat atau keluarga berencana? hehe",
        "istilah.kb",
    ),
    (
        (
            "Kasi baru di tempat kami nanya, SK kumuh itu sebenarnya surat keputusan apa dan "
            "dari siapa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "So SK kumuh is basically the bupati's decree listing the slum locations lah?",
        "istilah.skkumuh",
    ),
    (
        "terus delineasi itu maksudnya apa pak? sering disebut di rapat",
        "istilah.delineasi",
    ),
    (
        (
            "Re: revisi SK kumuh\n> mohon lampirkan peta delineasi\nPeta delineasi itu "
            "maksudnya peta apa ya?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH singkatan dari apa ya?\n\nSent from my Samsung Galaxy",
        "istilah.rtlh",
    ),
    (
        ("> data RTLH sudah masuk?\nbelum pak. btw RTLH itu kepanjangannya apa ya, saya staf baru"),
        "istilah.rtlh",
    ),
    (
        "RLH itu rumah layak huni atau rehab layak huni?",
        "istilah.rlh",
    ),
    (
        "oh gitu, kalau RLH itu artinya apa?",
        "istilah.rlh",
    ),
    (
        "Bupati sering bilang 'bedah rumah' waktu kunjungan, itu istilah untuk apa sebenarnya?",
        "istilah.bedahrumah",
    ),
    (
        "Bedah rumah is just the everyday word for fixing RTLH lah, correct?",
        "istilah.bedahrumah",
    ),
    (
        "[11.03, 20/7/2026] Pak Rudi Kotim: BSPS itu singkatan apa pak?",
        "istilah.bsps",
    ),
    (
        "Di laporan kinerja ada 25 unit BSPS tahun 2025. BSPS itu program apa?",
        "istilah.bsps",
    ),
    (
        "MBR itu masyarakat berpenghasilan rendah atau masyarakat belum berumah?",
        "istilah.mbr",
    ),
    (
        "Sekdis minta penjelasan istilah MBR yang sering muncul di dokumen perumahan",
        "istilah.mbr",
    ),
    (
        "lanjut, rusunawa itu apa bedanya dengan rusun biasa?",
        "istilah.rusunawa",
    ),
    (
        (
            "Rusunawa di Palangka Raya katanya ada 3 twin blok, hampir 200 unit. Rusunawa itu "
            "sebenarnya singkatan apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "rusus itu rumah susun khusus atau rumah khusus?",
        "istilah.rusus",
    ),
    (
        "[13.22, 4/11/2026] Mas Andri Gumas: Rusus stands for what ah?",
        "istilah.rusus",
    ),
]

TRAIN_R31_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan jaling Kel. Menteng yang kami kirim bulan lalu sudah sampai mana ya?",
        "status",
    ),
    (
        (
            "[10.32, 6/12/2026] Pak Budi: tolong cek usulan USL-2026-0014 sudah diverifikasi "
            "atau masih diajukan"
        ),
        "status",
    ),
    (
        "Any update on our usulan ya? Kadis wants to know which ones are accepted already",
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        (
            "Kabid nanya rapat koordinasi berikutnya jam berapa, di aula Disperkimtan lagi "
            "atau di hotel?"
        ),
        "meeting",
    ),
    (
        "lanjut pak, undangan rapat minggu depan itu hari apa ya?",
        "meeting",
    ),
    (
        "Batas akhir kirim usulan untuk TA 2027 sampai kapan?",
        "deadline",
    ),
    (
        "Tenggat usulan tahun ini tanggal berapa ya? takut telat, DED belum selesai",
        "deadline",
    ),
    (
        "Until when can we still send usulan this cycle ah?",
        "deadline",
    ),
    (
        "Selamat pagi pak, izin bertanya",
        "greeting",
    ),
    (
        "Terima kasih banyak infonya pak 🙏",
        "greeting",
    ),
    (
        "halo bot, tolong bantu saya",
        "greeting",
    ),
    (
        "Cara masukin usulan lewat bot ini gimana ya?",
        "how_to_submit",
    ),
    (
        "PPTK kami mau input usulan PSU lewat Telegram, langkah-langkahnya apa?",
        "how_to_submit",
    ),
    (
        "How do I submit a new usulan through this bot, which command?",
        "how_to_submit",
    ),
]

TRAIN_R31_AREAS: list[tuple[str, str]] = [
    (
        "Kawasan kumuh di Kel. Mendawai luasnya 8,7 ha, siapa yang tangani?",
        "kabkota",
    ),
    (
        "kumuh 95.000 m² di Kel. Tumbang Tahai, bisa ditangani provinsi?",
        "kabkota",
    ),
    (
        "Kabid nanya, lokasi kumuh 4,5 hektare di Kumai Hulu itu urusan siapa?",
        "kabkota",
    ),
    (
        "berarti kumuh 9,99 ha masih kabupaten ya?",
        "kabkota",
    ),
    (
        (
            "SK kumuh kami mencantumkan 10 hektar pas untuk kawasan Pahandut Seberang. Masuk "
            "kewenangan mana?"
        ),
        "provinsi",
    ),
    (
        "Delineasi kawasan kumuh Baamang Tengah 14,99 ha, provinsi atau pusat?",
        "provinsi",
    ),
    (
        "The kumuh area is 12 hectares, so provinsi can handle lah?",
        "provinsi",
    ),
    (
        "kumuh 100.000 m2 itu kewenangan provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        "luas kumuh 15 ha persis itu kewenangan siapa ya?",
        "pusat",
    ),
    (
        (
            "[08.15, 3/4/2026] Pak Hadi Kotim: kawasan kumuh kami 31,77 hektare, larinya ke "
            "pusat kah?"
        ),
        "pusat",
    ),
    (
        "Kalau kawasan kumuhnya 160.000 meter persegi, kewenangannya di mana?",
        "pusat",
    ),
    (
        "Our kumuh location is 22 ha per the SK, who is responsible ya?",
        "pusat",
    ),
]

TRAIN_R31_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan provinsi untuk PSU tahun 2027?",
    "Harga satuan per meter jalan lingkungan paving block di Kapuas sekarang berapa?",
    "Siapa pemenang tender peningkatan kualitas kawasan kumuh di Baamang tahun lalu?",
    "Nomor WA kabid kawasan permukiman provinsi berapa ya?",
    "Berapa honor narasumber dari kabupaten di Rakor kawasan permukiman nanti?",
    "Besaran bantuan BSPS per unit tahun depan berapa juta?",
    "Cuaca di Puruk Cahu besok gimana, mau berangkat ke Palangka Raya",
    "Syarat pengajuan izin usaha perkebunan sawit di Seruyan apa saja?",
    "Jadwal kapal dari Kuala Pembuang ke Sampit hari Sabtu ada?",
    "Cara urus cuti tahunan ASN lewat SIASN gimana?",
    "Rekomendasi hotel murah dekat Jl. D.I. Panjaitan ada?",
    "[19.40, 1/8/2026] Bu Lina: ada info penerimaan CPNS di Pemprov Kalteng tahun ini?",
    "Is the road from Kasongan to Sampit already repaired ah? Want to drive there Monday",
    "Tarif air PDAM Palangka Raya per kubik sekarang berapa?",
    "SPPD perjalanan dinas ke Palangka Raya bisa dicairkan berapa hari sebelum berangkat?",
]
