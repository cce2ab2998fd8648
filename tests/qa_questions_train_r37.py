"""Training table R37 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 45's styles, written by another hand for the first half of the topic list after round 45
was written: asking the bot to act with the real question inside, complaints about the app or
the signal, group voices, then and now (an old rule against the current one), heavy
punctuation and emphasis, who is typing told first, a yes/no question with a fallback,
telegraphic notes; note-style English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R37_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "tolong rangkumkan buat bahan laporan ke kadis: pembagian kewenangan perkim "
            "antara pusat, provinsi dan kabupaten/kota itu garis besarnya bagaimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "aplikasinya tadi keluar sendiri, saya tanya lagi ya: urusan perumahan dan "
            "kawasan permukiman itu dibagi ke pusat, provinsi, kab/kota seperti apa petanya?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "kami di bidang perencanaan lagi diskusi, perumahan rakyat dan kawasan permukiman "
            "itu termasuk urusan wajib pelayanan dasar atau bukan ya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "dulu perkim sering dianggap urusan pilihan, sekarang menurut UU 23/2014 "
            "statusnya apa? pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "batas luas kumuh yang jadi 'kewenangan' provinsi itu BERAPA sih??? yang "
            "kabupaten sampai berapa???"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "saya staf perencanaan Dinas Perkim Barsel, mau tanya pembagian penanganan "
            "kawasan kumuh menurut luasnya, batas-batas angkanya apa saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang luasnya melewati batas provinsi itu ditangani pusat? kalau "
            "iya, mulai dari berapa hektare dan apa bunyi aturannya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "Slum 15 ha and above -> central govt? legal wording?",
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "sekalian cek ya: kegiatan pencegahan kumuh di perumahan baru bisa kami usulkan "
            "ke provinsi, atau itu tugas kabupaten sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sinyal di Puruk Cahu timbul tenggelam, singkat saja: pencegahan perumahan dan "
            "permukiman kumuh itu kewenangan siapa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "tim kami di bidang perumahan Kotim bingung, di sub-urusan perumahan apa saja "
            "yang dipegang provinsi dan apa yang dipegang kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "sebelum ada UU Pemda yang sekarang, provinsi masih bangun macam-macam rumah. "
            "sekarang di sub-urusan perumahan provinsi tinggal mengurus apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "penyediaan rumah untuk MBR itu urusan PUSAT ya?? bukan provinsi??",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "I'm the new planning officer in Sampit. Which housing tasks stay with the "
            "central government, like low-income housing (MBR) and housing finance?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga rusak berat kena banjir di Kapuas, bisa minta provinsi yang bangun "
            "kembali? kalau tidak, siapa yang tanggung?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "Relocation by regency programme -> who provides the houses? province or regency?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "tolong teruskan ke bagian hukum ya, ada pengembang tanya: izin pembangunan "
            "perumahan dan SKBG itu terbitnya di kabupaten atau di provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "maaf tadi pesan saya gagal terkirim. izin pembangunan dan pengembangan kawasan "
            "permukiman itu yang mengeluarkan siapa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "kami berdua dari bidang kawasan permukiman Katingan mau tahu, di sub-urusan "
            "kawasan permukiman tugas pusat, provinsi dan kabupaten masing-masing apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "dulu kami kira penetapan sistem kawasan permukiman itu tugas provinsi, sekarang "
            "katanya pusat. jadi yang benar bagaimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU 'permukiman' vs PSU 'perumahan'.... bedanya apa dan masing-masing siapa yang "
            "PEGANG???"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "saya operator Dinas Perkim Seruyan, atas nama kabid. PSU di komplek perumahan "
            "yang dibangun developer itu tanggung jawab kabupaten atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "drainase di sepanjang jalan kabupaten termasuk PSU yang dibangun Disperkimtan? "
            "kalau tidak, yang bisa dibangun provinsi apa saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "PSU prov — fisiknya apa aja? jaling + drainase doang?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provincial PSU: rural settlements ok, or urban only?",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "bisa bantu jelaskan ke konsultan perencana kami? sertifikasi dan registrasi "
            "perancang rumah dan perencana PSU itu dikeluarkan siapa, tergantung tingkat "
            "kemampuannya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "kami se-bidang perumahan Gumas lagi susun laporan SPM. SPM perumahan bagian "
            "provinsi isinya apa saja dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "dulu laporan SPM perumahan pakai aturan lama, sekarang dasarnya PP 2/2018 dan "
            "Permen PUPR 29/2018 ya? jenis layanan dasarnya apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        "luas yang dihitung itu luas DESA-nya atau cuma luas kawasan kumuhnya saja??",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "saya staf magang di Disperkim Kapuas. luas kumuh untuk menentukan kewenangan itu "
            "diambil dari mana, dari SK atau diukur sendiri di lapangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh boleh ditetapkan gubernur? kalau bukan, siapa yang berhak menetapkan?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh — review tiap berapa tahun? wajib ada peta sebaran?",
        "kumuh.penetapan",
    ),
    (
        (
            "ingatkan saya lagi dong, tujuh aspek penilaian kumuh itu apa saja? mau dipakai "
            "tim survei besok pagi"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "koneksi lemot banget dari tadi... pertanyaannya: kriteria kumuh menurut Permen "
            "PUPR 14/2018 ada berapa aspek dan berapa kriteria?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "tim survei kami berdebat: total skor berapa yang sudah masuk kumuh berat? nilai "
            "maksimalnya 80 kan?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "waktu masih pakai Permen 2/2016 ambang kumuh berat beda angkanya, sekarang di "
            "Permen 14/2018 kumuh berat mulai skor berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "skor 45 itu kumuh SEDANG atau ringan??? rentangnya berapa sampai berapa???",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "ini pakai HP pak camat ya. lokasi kami total skornya 20, masuk kumuh ringan? "
            "rentang skor kumuh ringan itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "lahannya ilegal di bantaran sungai, masih bisa ditangani dengan pemugaran? kalau "
            "tidak, pola penanganannya apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Pemugaran vs peremajaan vs pemukiman kembali — what's the difference?",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "tolong carikan datanya: jumlah lokasi kumuh di Kalimantan Tengah ada berapa dan "
            "total luasnya berapa hektare?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "tadi muncul tulisan 'terjadi kesalahan', saya ulang: kawasan kumuh di Kalteng "
            "itu kebanyakan tipe apa, di tepian sungai ya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "kami bertiga lagi menyusun usulan pertama kali. apa saja yang harus diisi dalam "
            "usulan kegiatan ke provinsi, dan kenapa data itu diminta?"
        ),
        "usulan.isi",
    ),
    (
        (
            "tahun-tahun lalu usulan cukup surat pengantar plus proposal, sekarang isian "
            "usulan kegiatan itu apa saja?"
        ),
        "usulan.isi",
    ),
    (
        "jenis usulan apa aja yang BISA diajukan ke provinsi?? rtlh masuk ga??",
        "usulan.jenis",
    ),
    (
        (
            "saya kasubag program di Nanga Bulik. pilihan kategori usulan di formulir itu ada "
            "apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Is a GPS point mandatory for the proposal location? If not, what location data "
            "is required?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "data lokasi usulan -> kecamatan, desa, nama lokasi, luas... apa lagi? "
            "perkotaan/perdesaan perlu?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "bantu cek dulu sebelum saya kirim: jumlah KK, jumlah jiwa, biaya dan sumber dana "
            "di usulan itu diisinya bagaimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "maaf, pilihan sumber dana di layar saya kepotong. sumber dana yang bisa dipilih "
            "di usulan itu apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "kami di seksi PSU Barut mau tanya: dokumen kesiapan (readiness criteria) untuk "
            "usulan jalan lingkungan dan drainase itu apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "dulu usulan PSU cukup foto dan RAB, sekarang katanya harus ada readiness "
            "criteria. dokumen kesiapan yang dimaksud apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        "lahan harus 'clean and clear'?!! maksudnya syarat lahannya seperti apa????",
        "usulan.lahan",
    ),
    (
        (
            "saya staf baru di Dinas Perkim Pulpis. status lahan untuk usulan pilihannya apa "
            "saja, lahan milik desa boleh?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami terbit tahun 2018, masih bisa dipakai untuk usulan kumuh? kalau "
            "sudah lewat 5 tahun, bagaimana?"
        ),
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    (
        "usulan kumuh — nomor SK, tanggal SK, lokasi tercantum di SK — wajib semua?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "tolong kirimkan daftar dokumen teknis yang perlu dilampirkan: DED, RAB, RKS, "
            "site plan, foto... mana yang wajib?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "file PDF DED saya gagal diunggah terus. dokumen teknis itu memang harus "
            "dilampirkan sekarang atau boleh menyusul?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "mewakili teman-teman se-Barito Raya: surat pernyataan kesediaan menerima hibah "
            "dan O&P itu yang tanda tangan siapa dan isinya apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "dulu tidak pernah diminta surat pernyataan O&P, sekarang usulan PSU harus "
            "melampirkan surat pernyataan hibah juga?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "RTLH lewat provinsi: rumahnya HARUS sudah ada? bangun baru tidak bisa???",
        "usulan.rtlh",
    ),
    (
        (
            "saya pendamping desa di Katingan. warga yang tanahnya cuma punya SKT bisa dapat "
            "bantuan RTLH provinsi? penerimanya ditetapkan siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga satu RT di kelurahan kami minta jalan lingkungan, boleh mengusulkan "
            "langsung ke provinsi? kalau boleh, syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "proposal jalan dari masyarakat — harus diketahui RT/RW, lurah, camat?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "tolong sampaikan ke kabid juga: jalan lingkungan yang dibangun provinsi di tanah "
            "kabupaten nanti asetnya diserahkan ke siapa dan siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "chat saya tadi hilang semua. BAST dan naskah hibah aset dari provinsi itu "
            "ditandatangani siapa saja?"
        ),
        "hibah.aset",
    ),
    (
        (
            "tim kami di Mura: usulan kami ternyata bukan kewenangan provinsi. alternatif "
            "pendanaannya lewat mana saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "dulu kalau tidak masuk kewenangan provinsi ya berhenti di situ. sekarang ada "
            "saluran lain? DAK Tematik PPKT atau CSR bisa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "alur usulan dalam setahun itu GIMANA.... dari kabupaten sampai jadi kegiatan "
            "provinsi???"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "saya PPTK baru di Sukamara. usulan yang kami kirim tahun ini itu untuk tahun "
            "anggaran kapan?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "usulan cuma diperiksa kewenangannya? kalau tidak, pemeriksaan apa lagi yang "
            "dilakukan provinsi?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan di provinsi — administrasi, teknis, kewenangan? urutannya?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "bisa jelaskan singkat buat kadis kami: Rakor Bidang Kawasan Permukiman "
            "se-Kalteng itu rapat apa dan tujuannya apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "videonya tadi putus-putus jadi saya ketik: Rakor itu pesertanya siapa saja dan "
            "yang dibahas apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "kami berempat di subbag perencanaan bingung: sesudah Rakor, usulan yang diterima "
            "masuk ke mana? Musrenbang, RKPD, APBD urutannya bagaimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "tahun-tahun lalu hasil Rakor langsung jadi kegiatan, sekarang masih harus lewat "
            "Musrenbang provinsi dan RKPD dulu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "'Pokja PKP' itu sebenarnya forum apa??? dasar aturannya apa???",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "saya sekretaris Pokja PPAS di Bartim. Pokja PKP itu tugasnya apa dan dasar "
            "hukumnya Permen yang mana?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "kantor Disperkimtan provinsi masih di Jl. D.I. Panjaitan? kalau sudah pindah, "
            "alamat barunya di mana?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "Disperkimtan Kalteng — alamat kantor + website resmi?",
        "disperkimtan.kontak",
    ),
    (
        "Please show me the list of commands I can use in this bot.",
        "bot.cara_pakai",
    ),
    (
        (
            "jam di bot ini beda sama jam HP saya, padahal saya di Sampit. bot ini pakai zona "
            "waktu apa?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "kami mau input usulan lewat /usul, bisa menyalin usulan tahun lalu supaya tidak "
            "isi dari awal lagi?"
        ),
        "bot.usul",
    ),
    (
        (
            "dulu nomor usulan kami tulis manual di surat, sekarang keluar kode "
            "USL-2026-0003. kode itu dibuat dari mana?"
        ),
        "bot.usul",
    ),
    (
        "status 'perlu perbaikan' itu ARTINYA apa??? terus saya harus ngapain???",
        "bot.status",
    ),
    (
        (
            "saya admin data di Dinas Perkim Barut. status 'dibahas di Rakor' sama "
            "'verifikasi' itu bedanya apa?"
        ),
        "bot.status",
    ),
    (
        (
            "usulan yang sudah ditolak bisa diajukan ulang? kalau tidak bisa, langkah "
            "selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "status dialihkan -> artinya? dialihkan ke mana?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "sekalian saya tanya: standar waktu verifikasi usulan di bot ini berapa hari "
            "kerja? katanya ikut LAPOR!"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "dari kemarin notif dari bot tidak masuk, jadi saya tanya saja: paling lambat "
            "berapa hari usulan harus sudah ditanggapi provinsi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "kami berdua dapat undangan rapat lewat bot, tapi kabid berhalangan. boleh "
            "diwakilkan staf, dan konfirmasinya bagaimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "dulu undangan Rakor datang lewat surat fisik, sekarang lewat bot. pengingat "
            "rapatnya dikirim kapan saja?"
        ),
        "bot.rapat",
    ),
    (
        "'Perkim' itu singkatan dari APA???",
        "istilah.perkim",
    ),
    (
        "saya staf magang dari kampus, masih awam. Perkim itu kepanjangannya apa ya?",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu sama dengan Disperkim? kalau beda, kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan = ? (huruf 'tan' itu apa)",
        "istilah.disperkimtan",
    ),
    (
        "bantu jelaskan ke kepala desa kami: PSU itu singkatan dari apa?",
        "istilah.psu",
    ),
    (
        "keyboard HP saya error tadi, maaf. PSU itu artinya apa ya?",
        "istilah.psu",
    ),
    (
        (
            "teman-teman di lapangan sering menulis 'jaling' di laporan mingguan, itu "
            "maksudnya apa ya?"
        ),
        "istilah.jaling",
    ),
    (
        "jaling — meaning?",
        "istilah.jaling",
    ),
    (
        (
            "dulu orang sini bilangnya parit atau got, sekarang di dokumen ditulis 'drainase "
            "lingkungan'. drainase itu maksudnya apa persisnya?"
        ),
        "istilah.drainase",
    ),
    (
        "saya operator baru. di tabel lokasi ada kode KR, itu singkatan dari apa?",
        "istilah.kr",
    ),
    (
        "KR di daftar lokasi kumuh itu kumuh ringan? kalau bukan, artinya apa?",
        "istilah.kr",
    ),
    (
        "KS — kumuh sedang?",
        "istilah.ks",
    ),
    (
        "tolong jelaskan singkatan KS di lampiran SK kumuh ini, saya mau isi tabel",
        "istilah.ks",
    ),
    (
        "lampirannya tidak kebuka penuh, cuma kebaca kode 'KB' di kolom tingkat. KB itu apa?",
        "istilah.kb",
    ),
    (
        (
            "kami di seksi data sempat mengira KB itu keluarga berencana. di data kumuh KB "
            "maksudnya apa?"
        ),
        "istilah.kb",
    ),
    (
        (
            "dulu istilahnya 'penetapan lokasi kumuh', sekarang semua orang bilang 'SK "
            "kumuh'. SK kumuh itu maksudnya apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "'SK kumuh' itu apa sih sebenarnya??? surat apa???",
        "istilah.skkumuh",
    ),
    (
        (
            "saya staf magang jurusan teknik sipil. delineasi itu artinya apa kalau di "
            "konteks kumuh?"
        ),
        "istilah.delineasi",
    ),
    (
        "delineasi itu sama dengan garis batas kawasan di peta? kalau bukan, apa?",
        "istilah.delineasi",
    ),
    (
        "RTLH = kepanjangan?",
        "istilah.rtlh",
    ),
    (
        "tolong bantu jelaskan ke warga: RTLH itu kepanjangannya apa",
        "istilah.rtlh",
    ),
    (
        "bot tadi jawab pakai istilah RLH, saya tidak paham. RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "New staff here from Lamandau. What does RLH stand for?",
        "istilah.rlh",
    ),
    (
        "ibu-ibu PKK di desa kami tanya 'bedah rumah' itu maksudnya apa, sama dengan RTLH?",
        "istilah.bedahrumah",
    ),
    (
        (
            "dulu bedah rumah itu nama acara TV, sekarang di program pemerintah istilah bedah "
            "rumah artinya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu singkatan dari APA??? program apa itu???",
        "istilah.bsps",
    ),
    (
        "saya kades Tumbang Tungku, pakai HP sekdes. BSPS itu kepanjangannya apa ya?",
        "istilah.bsps",
    ),
    (
        "MBR itu masyarakat berpenghasilan rendah? kalau bukan, apa?",
        "istilah.mbr",
    ),
    (
        "MBR -> arti?",
        "istilah.mbr",
    ),
    (
        "tolong jelaskan dulu sebelum saya isi formulir: rusunawa itu kepanjangannya apa?",
        "istilah.rusunawa",
    ),
    (
        "Our team keeps mixing it up: what does rusunawa mean?",
        "istilah.rusunawa",
    ),
    (
        "tadi autocorrect ganti jadi 'rusak'... maksud saya 'rusus', itu singkatan apa ya?",
        "istilah.rusus",
    ),
    (
        "dulu kami cuma kenal rusun, sekarang muncul istilah rusus. itu artinya apa?",
        "istilah.rusus",
    ),
]

TRAIN_R37_INTENTS: list[tuple[str, str]] = [
    (
        "tolong cek usulan kami USL-2026-0007 sudah sampai mana prosesnya?",
        "status",
    ),
    (
        (
            "sinyal hilang timbul, cuma mau tahu: usulan drainase Kotim yang kami kirim "
            "kemarin sudah diverifikasi atau belum?"
        ),
        "status",
    ),
    (
        "Our Katingan proposals — approved, refused, or still under review?",
        "status",
    ),
    (
        "Rakor tahun ini tanggal BERAPA??? tempatnya di mana???",
        "meeting",
    ),
    (
        (
            "kami se-bidang kawasan mau atur perjalanan dari Muara Teweh, rapat koordinasi "
            "berikutnya jam berapa dan di mana tempatnya?"
        ),
        "meeting",
    ),
    (
        "Next Rakor — date? venue?",
        "meeting",
    ),
    (
        "ingatkan saya tenggat pengiriman usulan tahun ini sampai tanggal berapa",
        "deadline",
    ),
    (
        (
            "tahun lalu usulan masih diterima sampai akhir tahun, tahun ini penerimaannya "
            "ditutup kapan?"
        ),
        "deadline",
    ),
    (
        "usulan masih bisa dikirim minggu depan? kalau tidak, batas terakhirnya hari apa?",
        "deadline",
    ),
    (
        "selamat pagi admin... salam kenal dari Kuala Kurun!!!",
        "greeting",
    ),
    (
        "saya operator baru dari Dinas Perkim Gunung Mas, mohon bantuannya ya",
        "greeting",
    ),
    (
        (
            "kami bertiga dari Tamiang Layang mengucapkan terima kasih banyak, infonya sangat "
            "membantu"
        ),
        "greeting",
    ),
    (
        "gimana caranya input usulan kegiatan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "menu kirim usulan tidak muncul di HP saya, cara mengajukan usulan di sini bagaimana?",
        "how_to_submit",
    ),
    (
        "How do I submit a proposal through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R37_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 12 ha -> siapa?",
        "provinsi",
    ),
    (
        (
            "tolong cek kewenangannya: kawasan kumuh di Kelurahan Baamang Hulu luas "
            "delineasinya 8,5 hektar, itu ditangani kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "tim kami debat: lokasi kumuh Mendawai Seberang luasnya pas 10 ha, masuk provinsi "
            "atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        "Slum area 150.000 m2 — whose authority?",
        "pusat",
    ),
    (
        (
            "saya staf magang. ada kawasan kumuh 96.000 m² di Pahandut, siapa yang berwenang "
            "menangani?"
        ),
        "kabkota",
    ),
    (
        "kumuh 15 hektare pas, masih provinsi? kalau tidak, siapa?",
        "pusat",
    ),
    (
        "sinyal jelek, singkat saja: kumuh 14,99 ha kewenangan siapa",
        "provinsi",
    ),
    (
        (
            "dulu katanya 5 sampai 10 hektare itu kabupaten, sekarang lokasi kumuh 7 hektar "
            "masih kewenangan kabupaten?"
        ),
        "kabkota",
    ),
    (
        "kumuh seluas 125.000 meter persegi di Kumai itu tanggung jawab SIAPA???",
        "provinsi",
    ),
    (
        "Slum 4 hectares in Sukamara: regency or province?",
        "kabkota",
    ),
    (
        (
            "mewakili teman-teman se-Barito Raya: kawasan kumuh 20 ha di Buntok, provinsi "
            "bisa tangani?"
        ),
        "pusat",
    ),
    (
        (
            "tolong teruskan ke kabid: kumuh tepian sungai di Selat Hulu 132,25 ha, itu "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
]

TRAIN_R37_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan Kalteng untuk tahun 2027?",
    "nomor WA kabid kawasan permukiman provinsi berapa ya? mau konfirmasi langsung",
    "harga semen per sak di Sampit sekarang BERAPA???",
    "tender jalan lingkungan di Kapuas tahun ini siapa pemenangnya?",
    "besok Palangka Raya hujan tidak? kami mau berangkat pagi dari Buntok",
    "saya honorer di dinas, syarat pengajuan KUR di bank itu apa saja?",
    "dulu CPNS dibuka tiap tahun, tahun depan ada formasi lagi?",
    "gaji tenaga honorer dinas perkim naik tahun depan? kalau tidak, ada tunjangan lain?",
    "berapa honor narasumber Rakor untuk peserta dari kabupaten?",
    "HP saya hilang kemarin, cara urus SIM C yang hilang di Kuala Kapuas gimana?",
    "izin galian C untuk tanah urug — dinas mana?",
    "tolong carikan lowongan konsultan pengawas untuk proyek rusun di Palangka Raya",
    "harga TBS sawit hari ini di Kotim berapa?",
    "anak saya sakit, tolong sampaikan ke atasan saya tidak ikut apel pagi",
    (
        "kami di kantor lagi debat: harga satuan jalan beton per meter untuk RAB di "
        "Barito Utara itu berapa?"
    ),
]
