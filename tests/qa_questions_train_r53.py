"""Training table R53 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 51's styles, written by another hand for the first half of the topic list after round 51
was measured untouched: letters read as digits as from a scanned letter, quoting what the bot
or someone answered before, cancelling a first question and asking another, another agency
named as context, the goal first, asking what is not allowed or not responsible, hypothetical
role-play, relative time words; Kenyan and Nigerian formal English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R53_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Bappeda minta kami buat ringkasan pembagian urusan perkim antara pusat, provinsi "
            "dan kabupaten/kota untuk bahan rapat. Bisa dibantu gambaran besarnya?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "tolong jelaskan pernbagian kewenangan perumahan dan kawasan permukiman antara "
            "pusat, pr0vinsi dan kab/kota secara singkat"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "kata Pak Kabid 'perumahan itu urusan wajib pelayanan dasar'. dasarnya pasal "
            "berapa di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "In order to defend our department's allocation before the budget team, I wish to "
            "inquire whether housing and settlement areas is classified as a mandatory "
            "basic-service affair. Kindly advise on the legal basis."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "kawasan kumuh dengan luas berapa yang tidak boleh ditangani provinsi?",
        "kewenangan.kumuh",
    ),
    (
        (
            "rakor tahun ini di mana? eh skip, itu nanti. yang penting: batas luas kumuh "
            "untuk kewenangan kabupaten, provinsi, pusat itu masing-masing berapa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "seandainya delineasi kumuh kami ternyata melewati batas luas provinsi, "
            "penanganannya jadi tanggung jawab siapa? pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kumuh yang luasnya 15 ha ke atas itu ditangani Kementerian PKP/BP3KP ya, bukan "
            "Disperkimtan? mohon penjelasan aturannya"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "apakah provinsi boleh mendanai kegiatan pencegahan kumuh di kabupaten, atau itu "
            "memang bukan kewenangan provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "minggu depan kami mulai susun renja, program pencegahan perumahan dan permukiman "
            "kumuh itu masuk kewenangan siapa ya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "biar tidak salah alamat, di sub-urusan perumahan apa saja yang dipegang provinsi "
            "dan apa yang dipegang kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "kewenangan kab/k0ta di sub urusan perurnahan itu apa saja pak?",
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah untuk MBR itu ranahnya pusat kan? soalnya Dinsos kami juga "
            "sering ditanya bantuan rumah warga miskin"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Someone at Bappeda told us 'housing for MBR is purely a central government "
            "matter'. Is that correct, and what other housing functions does the centre hold?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "anggap saja banjir besar di Kapuas ditetapkan sebagai bencana provinsi, rumah "
            "warga yang rusak itu siapa yang membangun kembali? prov atau kab?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yang direlokasi karena proyek pemkab, rumah penggantinya tanggung jawab "
            "Perkim kabupaten, BPBD, atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izin pernbangunan perumahan dan SKBG itu yang menerbitkan pr0vinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    (
        (
            "seandainya kami pengembang mau bangun perumahan di Sampit, izin pembangunan dan "
            "pengembangan perumahannya diurus ke provinsi atau pemkab?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "tadi bot menyebut 'sub-urusan kawasan permukiman'. isinya apa saja, dan bagian "
            "provinsi yang mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "besok pagi rapat dengan Sekda, tolong ringkas apa saja kewenangan kabupaten di "
            "sub-urusan kawasan permukiman"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "cara kirim usulan sudah paham. pertanyaan sebenarnya: PSU perumahan dan PSU "
            "permukiman bedanya apa, mana yang dipegang provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU di kompleks perumahan itu urusan Dinas PUPR kabupaten, Perkim kabupaten, "
            "atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan apa saja yang tidak bisa diusulkan ke Disperkimtan? jalan kabupaten di "
            "depan permukiman termasuk atau tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "supaya usulan jaling kami masuk kriteria provinsi, lokasinya harus di mana dan "
            "pekerjaan apa yang biasa dibangun Disperkimtan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rurnah dan PSU tingkat kemampuan kecil itu kewenangan "
            "kabupaten ya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi perencana PSU kemampuan menengah dan besar itu bukan kewenangan "
            "kabupaten kan? lalu siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "auditor bilang 'SPM perumahan provinsi targetnya 100%'. SPM yang dimaksud itu "
            "jenis layanannya apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "akhir bulan ini setor laporan SPM perumahan, jenis pelayanan dasar yang jadi "
            "tanggung jawab kabupaten apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "mau tanya soal SK dulu... eh ga jadi. yang mau saya tanya: luas kumuh untuk "
            "menentukan kewenangan itu luas desanya atau luas lokasi yang didelineasi?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "misal kelurahan kami luas sekali tapi yang kumuh cuma beberapa RT, luas mana "
            "yang dipakai untuk hitung kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Gubernur tidak berwenang menetapkan lokasi kumuh di kabupaten ya? jadi yang "
            "menetapkan siapa?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "awal tahun depan kami mau revisi SK kumuh, siapa yang tanda tangan, perlu "
            "lampiran apa, dan berapa tahun sekali harus ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        "tujuh aspek kriteria kurnuh itu apa saja?",
        "kumuh.aspek",
    ),
    (
        (
            "In order to prepare our slum baseline survey correctly, kindly list the aspects "
            "and criteria used to assess a slum location."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "konsultan bilang 'skor 62 sudah kumuh berat'. benar begitu batasnya? nilai "
            "maksimalnya berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "nilai kekumuhan minimal berapa supaya lokasi masuk kumuh berat? di bawah itu "
            "berarti tidak berat lagi?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "pertanyaan pertama saya batal. yang benar: rentang skor kumuh ringan dan kumuh "
            "sedang itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "seandainya total nilai lokasi kami 40, itu masuk kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Bappeda tanya bedanya pemugaran, peremajaan dan pemukiman kembali untuk kawasan "
            "kumuh. mohon penjelasannya"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "permukiman kumuh di lahan ilegal dan rawan banjir, pola penanganan apa yang "
            "tidak bisa dipakai di sana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "lusa ada paparan ke DPRD, berapa jumlah lokasi kumuh dan total luasnya di Kalteng?",
        "kumuh.kalteng",
    ),
    (
        (
            "kabupaten mana yang lokasi kurnuhnya paling banyak se-Kalteng, dan mana yang "
            "paling sedikit?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "agar usulan kegiatan kami lengkap, informasi apa saja yang harus dimasukkan "
            "dalam usulan?"
        ),
        "usulan.isi",
    ),
    (
        "form bot minta 'justifikasi', itu harus diisi apa dan kenapa diperlukan?",
        "usulan.isi",
    ),
    (
        (
            "tadi mau nanya tenggat, tapi nanti saja. usulan jenis apa saja yang bisa kami "
            "ajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Suppose I am the head of a regency housing office; what categories of proposal "
            "may I submit to the province?"
        ),
        "usulan.jenis",
    ),
    (
        "data l0kasi usulan yang diminta apa saja? harus pakai titik GPS juga?",
        "usulan.lokasi",
    ),
    (
        (
            "besok pagi tim turun ke lapangan, data lokasi apa saja yang perlu dikumpulkan "
            "untuk isi usulan?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "sumber dana apa saja yang bisa dipilih di usulan? boleh gabungan APBD kab dan "
            "CSR perusahaan sawit, soalnya Bappeda sudah setuju berbagi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biar nilai jangkauan usulan kami bagus, jumlah KK dan jiwa itu diisi bagaimana? "
            "jiwa boleh lebih kecil dari KK?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biar usulan PSU kami dinilai siap, dokumen kesiapan apa saja yang sebaiknya "
            "dilampirkan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "anggap saja kami belum punya DED dan RAB, usulan tetap bisa dikirim? pengaruhnya "
            "ke penilaian kesiapan apa?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "status lahan apa yang tidak bisa dipakai untuk usulan? tanah desa atau tanah "
            "warga tanpa sertifikat gimana?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "lahan untuk drainase masih sengketa dan BPN belum terbitkan sertifikat, "
            "usulannya tetap bisa masuk?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "kalau lokasi kami tidak tercantum di SK kumuh, apakah usulan kumuhnya tidak akan "
            "diterima?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "usulan PSU nanti saja. sekarang: untuk usulan kumuh, data SK apa yang diminta? "
            "nomor, tanggal, atau lainnya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "kata Pak Sekdis 'harus ada DED', betul itu wajib? dokumen teknis lain yang "
            "diminta apa saja?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "H-3 tenggat, RAB dan site plan kami belum rampung. dokumen teknis dan foto apa "
            "yang perlu dilampirkan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "supaya serah terima aset nanti lancar, surat pernyataan apa yang harus "
            "ditandatangani pemkab dalam usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Kindly advise on the statement letter for grant acceptance and 0&M that shouId "
            "accompany our proposal."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "misal saya kepala desa, ada warga yang rumahnya tidak layak huni tapi tanahnya "
            "masih numpang keluarga. bisa diusulkan RTLH ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga yang belum punya rumah (mau bangun baru) apakah tidak bisa ikut program "
            "RTLH provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        ("anggap saja saya ketua RT, warga mau minta jalan lingkungan ke provinsi, syaratnya apa?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "masyarakat kirim proposal drainase langsung ke kantor kami dan ke Dinas PUPR, "
            "harus diketahui siapa saja supaya bisa diteruskan ke provinsi?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "tadi disebut 'aset dihibahkan ke kabupaten'. setelah serah terima, siapa yang "
            "memelihara jalannya?"
        ),
        "hibah.aset",
    ),
    (
        (
            "akhir tahun ini jalan lingkungan bantuan provinsi selesai dikerjakan, proses "
            "BAST dan hibah ke pemkab itu bagaimana dan siapa yang tanda tangan?"
        ),
        "hibah.aset",
    ),
    (
        (
            "agar kawasan kumuh kecil kami tetap tertangani walaupun bukan kewenangan "
            "provinsi, bisa cari dana dari mana saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalau usulan bukan kewenangan provinsi, sumber pendanaan lain apa yang bisa "
            "dicoba? Bappeda sempat sebut DAK Tematik dan CSR"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "alur usu1an tahunan dari kabupaten sampai masuk anggaran provinsi itu bagaimana?",
        "siklus.tahunan",
    ),
    (
        (
            "usulan yang kami kirim bulan ini nanti dibiayai tahun anggaran depan atau masih "
            "tahun ini?"
        ),
        "siklus.tahunan",
    ),
    (
        "abaikan pesan saya tadi. saya mau tanya, provinsi memeriksa usulan dari sisi apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "di pemeriksaan provinsi, hal apa yang bikin usulan tidak lolos? administrasi, "
            "teknis, atau kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "di undangan tertulis 'Rakor dan Sinkronisasi Bidang Kawasan Permukiman "
            "se-Kalimantan Tengah'. rakor itu tujuannya apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Our new staff joins next week; kindly brief on how the annual Rakor usually runs "
            "and in which months it was held in past years."
        ),
        "siklus.rakor",
    ),
    (
        (
            "setelah rakor, usulan kami lanjut ke Musrenbang provinsi di Bapperida lalu RKPD? "
            "alurnya sampai APBD bagaimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "seandainya usulan kami disetujui di Rakor, apa berarti otomatis masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        ("supaya koordinasi perkim di kabupaten berjalan, apa peran Pokja PKP dan dasar hukumnya?"),
        "koordinasi.pokja_pkp",
    ),
    (
        "p0kja PKP itu dibentuk berdasarkan permen apa, dan apa hubungannya dengan forum PKP?",
        "koordinasi.pokja_pkp",
    ),
    (
        ("besok pagi saya mau antar berkas langsung, alamat kantor Disperkimtan provinsi di mana?"),
        "disperkimtan.kontak",
    ),
    (
        "jadwal rakor nanti saja. kantor dinas provinsi yang urus perkim itu di jalan apa?",
        "disperkimtan.kontak",
    ),
    (
        "perintah apa saja yang ada di b0t ini? jam yang dipakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "anggap saya operator baru di dinas, bagaimana cara mulai memakai bot ini?",
        "bot.cara_pakai",
    ),
    (
        "di /usul berapa foto maksimal yang boleh dikirim? usulan tanpa foto tidak bisa ya?",
        "bot.usul",
    ),
    (
        "tadi ada tombol 'Salin usulan lama', bagian apa saja yang ikut tersalin?",
        "bot.usul",
    ),
    (
        "usulan kami tertulis 'dibahas di Rakor', status itu artinya apa?",
        "bot.status",
    ),
    (
        "status 'per1u perbaikan' itu maksudnya apa dan apa yang harus karni lakukan?",
        "bot.status",
    ),
    (
        (
            "usulan kami dialihkan ke APBN, berarti kami harus ke Kementerian PKP sendiri? "
            "langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan yang sudah ditolak tidak bisa diajukan lagi ya? apa yang masih bisa kami "
            "lakukan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kami kirim kemarin lusa, paling lambat kapan seharusnya sudah "
            "diverifikasi provinsi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "di bot ada tulisan 'tolok ukur LAPOR!', maksudnya provinsi wajib menanggapi "
            "dalam berapa hari kerja?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "misal kepala dinas berhalangan hadir rapat, bisa diwakilkan lewat bot? caranya gimana?",
        "bot.rapat",
    ),
    (
        "supaya tidak lupa rapat, pengingat dari bot dikirim kapan saja sebelum acaranya?",
        "bot.rapat",
    ),
    (
        "pertanyaan tadi lupakan saja. Perkim itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        "di surat dari Bappeda tertulis 'urusan Perkim', maksudnya bidang apa?",
        "istilah.perkim",
    ),
    (
        "The invitation letter says 'Disperkimtan Provinsi'. What does that name stand for?",
        "istilah.disperkimtan",
    ),
    (
        (
            "eh salah, bukan itu. maksud saya: Disperkimtan kepanjangannya apa? 'tan' di "
            "belakangnya itu apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "besok presentasi di depan camat, PSU itu kepanjangannya apa ya?",
        "istilah.psu",
    ),
    (
        "biar bisa jelaskan ke warga, PSU itu artinya apa? prasarana, sarana dan apa lagi?",
        "istilah.psu",
    ),
    (
        "ja1ing itu maksudnya apa? jalan lingkungan?",
        "istilah.jaling",
    ),
    (
        "seandainya saya orang awam baca RAB, tulisan 'jaling' itu artinya apa?",
        "istilah.jaling",
    ),
    (
        "drainase itu maksudnya apa? bukan saluran irigasi sawah kan?",
        "istilah.drainase",
    ),
    (
        "di form ada pilihan sektor 'drainase'. drainase lingkungan itu apa pengertiannya?",
        "istilah.drainase",
    ),
    (
        "skip yang tadi. KR di tabel kumuh itu singkatan dari apa?",
        "istilah.kr",
    ),
    (
        "biar bisa baca tabel baseline kiriman Bappeda, kode KR itu artinya apa?",
        "istilah.kr",
    ),
    (
        "K5 di kolom tingkat kekumuhan itu maksudnya apa?",
        "istilah.ks",
    ),
    (
        "lusa rapat, di lampiran SK ada tulisan KS di samping nama lokasi. itu artinya apa?",
        "istilah.ks",
    ),
    (
        (
            "KB di tabel kumuh ini maksudnya apa? bukan keluarga berencana kan, soalnya Dinas "
            "PPKB juga pakai singkatan itu"
        ),
        "istilah.kb",
    ),
    (
        "eh salah ketik tadi. maksud saya KB di data kekumuhan itu kepanjangannya apa?",
        "istilah.kb",
    ),
    (
        "agar tidak salah paham waktu rapat, yang disebut SK kumuh itu sebenarnya surat apa?",
        "istilah.skkumuh",
    ),
    (
        "SK kurnuh itu singkatan dan artinya apa?",
        "istilah.skkumuh",
    ),
    (
        "konsultan bilang 'lihat saja peta delineasinya'. delineasi itu apa artinya?",
        "istilah.delineasi",
    ),
    (
        "anggap saya staf baru yang belum paham, istilah delineasi itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "RTLH kepanjangannya apa? eh bukan cuma kepanjangan, artinya juga",
        "istilah.rtlh",
    ),
    (
        "Before tomorrow morning's briefing, kindly explain what RTLH stands for.",
        "istilah.rtlh",
    ),
    (
        "RTLH sudah paham, batal tanya itu. RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "Dinsos pakai istilah RLH di laporannya, itu kepanjangannya apa?",
        "istilah.rlh",
    ),
    (
        "biar tidak salah bicara ke warga, 'bedah rumah' itu sebenarnya apa?",
        "istilah.bedahrumah",
    ),
    (
        (
            "warga sering tanya 'kapan bedah rumah'. istilah bedah rumah itu maksudnya apa "
            "secara resmi?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "agar bisa jelaskan ke kepala desa, BSPS itu singkatan dari apa?",
        "istilah.bsps",
    ),
    (
        "BSPS yang sering disebut Kementerian PKP itu apa kepanjangannya?",
        "istilah.bsps",
    ),
    (
        "akhir bulan ini kami input data MBR, MBR itu singkatan dari apa?",
        "istilah.mbr",
    ),
    (
        (
            "Supposing I am a newly posted planning officer, what does MBR mean in housing "
            "documents?"
        ),
        "istilah.mbr",
    ),
    (
        "rusun tadi sudah jelas. sekarang rusunawa itu apa?",
        "istilah.rusunawa",
    ),
    (
        "rusunawa itu artinya apa? yang 'wa' itu bukan 'warga' kan?",
        "istilah.rusunawa",
    ),
    (
        (
            "seandainya ada pengembang bilang mau bangun 'rusus untuk nelayan', rusus itu "
            "maksudnya apa?"
        ),
        "istilah.rusus",
    ),
    (
        "supaya tidak keliru isi dokumen, rusus itu kepanjangannya apa?",
        "istilah.rusus",
    ),
]

TRAIN_R53_INTENTS: list[tuple[str, str]] = [
    (
        "minggu lalu kami kirim usulan drainase di Kumai, sekarang sudah sampai tahap mana?",
        "status",
    ),
    (
        "cek status usu1an kami dong, USL-2026-0007 sudah diperiksa belum?",
        "status",
    ),
    (
        (
            "In order to update my Kadis, kindly advise the current status of the proposals "
            "our regency has submitted."
        ),
        "status",
    ),
    (
        "tanya tenggat... eh ga jadi. Rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya itu minggu depan atau akhir bulan? mulai jam berapa?",
        "meeting",
    ),
    (
        (
            "Bappeda nanya ke kami, rakor kawasan permukiman tahun ini dilaksanakan di hotel "
            "atau di aula dinas?"
        ),
        "meeting",
    ),
    (
        "setelah tanggal berapa usulan tidak diterima lagi untuk tahun ini?",
        "deadline",
    ),
    (
        "kata admin 'segera kirim sebelum ditutup', batas akhirnya sebenarnya kapan?",
        "deadline",
    ),
    (
        (
            "misal kami baru bisa kirim usulan akhir bulan depan, masih keburu atau pengajuan "
            "sudah tutup?"
        ),
        "deadline",
    ),
    (
        "s3lamat pagi pak, rnohon bantuannya",
        "greeting",
    ),
    (
        "terima kasih banyak infonya bu, sangat membantu",
        "greeting",
    ),
    (
        "Good afternoon. Kindly assist.",
        "greeting",
    ),
    (
        "supaya usulan kami masuk lewat bot ini, langkah-langkahnya bagaimana?",
        "how_to_submit",
    ),
    (
        "cara input usu1an baru di bot ini gimana ya?",
        "how_to_submit",
    ),
    (
        "anggap saya operator baru, mau masukkan usulan PSU lewat bot, mulai dari menu apa?",
        "how_to_submit",
    ),
]

TRAIN_R53_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kurnuh 9,8 ha di Mentawa Baru Ketapang, kewenangan pr0v atau kab?",
        "kabkota",
    ),
    (
        (
            "tadi bot bilang 'di bawah 10 ha kab/kota'. lokasi kumuh kami pas 10 hektar, "
            "berarti tanggung jawab siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "jadwal rakor sudah tahu. yang mau saya tanya: kumuh seluas 120.000 m2 di "
            "Pahandut itu urusan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Bappeda bilang kumuh 15 hektare masih provinsi, betul? lokasi di Selat Hulu "
            "luasnya tepat 15 hektare"
        ),
        "pusat",
    ),
    (
        (
            "biar usulan tidak salah alamat, kawasan kumuh 6 ha di Kuala Pembuang sebaiknya "
            "diajukan ke level mana?"
        ),
        "kabkota",
    ),
    (
        "kumuh 14,99 hektare itu bukan kewenangan pusat kan? jadi siapa yang pegang?",
        "provinsi",
    ),
    (
        (
            "misal saya bupati Kapuas, ada kawasan kumuh 245 ha di Kecamatan Selat, siapa "
            "yang berwenang menangani?"
        ),
        "pusat",
    ),
    (
        (
            "lusa kami kirim usulan kumuh 85.000 meter persegi di Kecamatan Murung, "
            "kewenangannya siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Kindly advise which level of government is responsible for a slum area of 13 "
            "hectares in Pangkalan Bun."
        ),
        "provinsi",
    ),
    (
        (
            "I wish to inquire who handles a slum settlement measuring 18 hectares in "
            "Baamang, Sampit."
        ),
        "pusat",
    ),
    (
        "luas kurnuh di Jekan Raya 150.000 m², penanganannya kewenangan siapa?",
        "pusat",
    ),
    (
        (
            "minggu depan verifikasi lokasi kumuh 3,2 hektar di Desa Bahaur Tengah, itu "
            "tanggung jawab kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
]

TRAIN_R53_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk penanganan kumuh tahun anggaran depan?",
    "harga satuan paving block untuk jalan lingkungan di Kuala Kapuas sekarang berapa per m2?",
    "siapa pemenang tender pembangunan drainase di Palangka Raya tahun lalu?",
    "berapa jumlah rumah tidak layak huni di Kabupaten Katingan menurut data terbaru?",
    "nomor HP Kabid Kawasan Permukiman di Disperkimtan berapa ya? mau konfirmasi rakor",
    "kapan KPR subsidi FLPP untuk MBR dibuka lagi dan berapa bunganya sekarang?",
    "besok pagi di Muara Teweh hujan atau tidak? mau survei lapangan",
    "uang harian perjalanan dinas ke Palangka Raya tahun ini berapa per hari?",
    "syarat kenaikan pangkat dari golongan III/b ke III/c apa saja?",
    "jadwal kapal dari Kuala Pembuang ke Semarang minggu ini ada tidak?",
    "Kindly advise on the procedure for obtaining a mining business permit in Barito Utara.",
    "tarif air PDAM per kubik di Palangka Raya sekarang berapa?",
    "ada berita terbaru soal pelantikan kepala dinas baru di pemprov?",
    "Please advise accordingly on the school zoning rules for new student admission in Sampit.",
    "tolong buatkan surat permohonan cuti tahunan saya untuk minggu depan",
]
