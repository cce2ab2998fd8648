"""Round 25 held-out question table for the Sinkron bot.

Written 2026-12-04. The writer had not seen the knowledge base or any other question table;
they read only the topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md,
shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: officers typing on a phone whose autocorrect mangles words
("kumuh" -> "kumur", "usulan" -> "usulkan", "rakor" -> "rakit", "kewenangan" -> "kemenangan",
"lahan" -> "lahar", "pokir" -> "poker", "tenggat" -> "tenggak"; the meaning stays recoverable
by a human reader); questions that forward what someone else said ("kata pak camat ...",
"warga nanya ...", "ada info dari grup WA ..."); questions comparing this year with last year
or with another regency ("tahun lalu kan ..., tahun ini gimana", "di Kotim bisa, kami bisa
ga?"); and very short two-to-four-word questions. About one question in ten is in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND25_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pembagian kemenangan perkim antara pusat, prov sama kab itu gmn sih",
        "kewenangan.ringkasan",
    ),
    ("urusan perkim mana aja yg jadi tugas provinsi?", "kewenangan.ringkasan"),
    (
        "kata pak kabid semua usulan perkim bisa dibawa ke provinsi, bener gitu?",
        "kewenangan.ringkasan",
    ),
    ("Which level of government handles what in housing and settlements?", "kewenangan.ringkasan"),
    ("dasar pembagian kewenangan PKP dari UU mana ya", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perumahan itu urusan wajib atau pilihan?", "kewenangan.urusan_wajib"),
    (
        "ada info dr grup WA katanya perkim bukan urusan pelayanan dasar, bener ga?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("penanganan kumur itu dibagi menurut luas ya? batasnya gmn", "kewenangan.kumuh"),
    (
        "di Kotim bisa dapat penataan kumuh dr provinsi, kami di Barsel bisa ga?",
        "kewenangan.kumuh",
    ),
    (
        "tahun lalu kumuh kami ditangani kab sendiri, tahun ini luasnya nambah, "
        "bisa pindah ke prov?",
        "kewenangan.kumuh",
    ),
    ("kata pak camat kumuh di kelurahan kami urusan provinsi semua, betul?", "kewenangan.kumuh"),
    ("kewenangan kumuh per luas", "kewenangan.kumuh"),
    ("Which slum areas fall under the province?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kumuh yg luas bgt siapa yg pegang, pusat kah?", "kewenangan.kumuh_pusat"),
    (
        "kawasan kumuh yg lewat batas provinsi itu jatah kementerian ya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kapuas kan kumuhnya sampai ratusan hektar, itu yg nangani pusat?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumur siapa yg tangani?", "kewenangan.pencegahan_kumuh"),
    ("bisa usul kegiatan pencegahan kumuh ke prov ga", "kewenangan.pencegahan_kumuh"),
    (
        "tahun lalu kami usul pencegahan kumuh ke provinsi ga masuk, kenapa ya?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("sub urusan perumahan, prov kebagian apa aja?", "kewenangan.perumahan"),
    (
        "kewenangan kab di bidang perumahan apa aja selain rumah korban bencana?",
        "kewenangan.perumahan",
    ),
    ("urusan perumahan di provinsi cuma bencana sama relokasi kah?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah MBR itu kemenangan siapa", "kewenangan.perumahan_pusat"),
    (
        "warga nanya bantuan rumah buat masyarakat berpenghasilan rendah bisa lewat prov ga?",
        "kewenangan.perumahan_pusat",
    ),
    ("pembiayaan perumahan buat MBR urusan pusat kah?", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rumah korban banjir di Pulpis yg rusak, siapa yg bangun?", "kewenangan.bencana_relokasi"),
    (
        "warga direlokasi krn proyek provinsi, rumahnya siapa yg fasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana nasional tanggung jawab siapa", "kewenangan.bencana_relokasi"),
    (
        "kebakaran permukiman di Sampit statusnya bencana kabupaten, rumah korbannya "
        "ditangani siapa?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dikeluarkan siapa?", "kewenangan.izin"),
    ("SKBG terbitnya di kab atau prov", "kewenangan.izin"),
    ("izin pengembangan kawasan permukiman itu kewenangan mana?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub-urusan kawasan permukiman isinya apa aja buat tiap level?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional yg netapin siapa?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan vs PSU permukiman bedanya apa, siapa yg pegang?", "kewenangan.psu"),
    ("jalan di komplek perumahan developer bisa diusulkan ke prov?", "kewenangan.psu"),
    ("PSU mana yg jadi jatah provinsi", "kewenangan.psu"),
    ("Is PSU in housing estates the province's job or the regency's?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("provinsi bangun PSU apa aja? jalan lingkungan sm drainase aja kah", "psu.lingkup_provinsi"),
    ("bisa usul perbaikan jalan kabupaten lewat PSU prov?", "psu.lingkup_provinsi"),
    ("PSU prov bisa di desa ga atau cuma di perkotaan?", "psu.lingkup_provinsi"),
    (
        "kata kadis bisa usul drainase di pinggir jalan provinsi ke disperkimtan, benar?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat kecil siapa yg keluarin", "kewenangan.sertifikasi"),
    (
        "registrasi konsultan perencana PSU kemampuan menengah di prov kah?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan buat provinsi jenis layanannya apa", "kewenangan.spm"),
    ("target SPM rumah korban bencana provinsi berapa persen?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh dihitung dari luas desa atau yg di SK?", "kumuh.luas_delineasi"),
    (
        "kelurahan kami luas bgt tp yg kumuh cuma sebagian, luas mana yg dipakai buat "
        "nentuin kewenangan?",
        "kumuh.luas_delineasi",
    ),
    ("luas delinasi di SK itu yg jadi patokan ya?", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("yg netapin lokasi kumuh itu bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumur harus ditinjau ulang tiap berapa tahun?", "kumuh.penetapan"),
    ("SK penetapan kumuh isinya apa aja, pakai peta juga?", "kumuh.penetapan"),
    # kumuh.aspek
    ("aspek kriteria kumuh ada brp", "kumuh.aspek"),
    ("kriteria kumuh apa aja, air minum termasuk?", "kumuh.aspek"),
    ("What are the seven aspects used to judge a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh berat mulai brp", "kumuh.penilaian"),
    ("nilai maksimal penilaian kumuh berapa, tiap kriteria skornya gmn?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumur sedang?", "kumuh.tingkat_sedang_ringan"),
    ("total skor 20 itu masuk kumuh ringan kah?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pemugaran sama peremajaan bedanya apa", "kumuh.pola_penanganan"),
    ("kumuh di lahan ilegal ditangani pakai pola apa?", "kumuh.pola_penanganan"),
    (
        "kata konsultan lokasi kami harus pemukiman kembali, maksudnya gimana?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("jumlah kawasan kumur di kalteng brp ya", "kumuh.kalteng"),
    ("total luas kumuh se-Kalteng berapa hektar?", "kumuh.kalteng"),
    # usulan.isi
    ("usulkan kegiatan itu isinya apa aja?", "usulan.isi"),
    ("data apa aja yg hrs disiapin sblm ngisi usulan?", "usulan.isi"),
    (
        "tahun lalu usulan kami cuma surat + proposal, tahun ini isinya apa aja yg diminta?",
        "usulan.isi",
    ),
    ("What information does a proposal need to include?", "usulan.isi"),
    ("kenapa di usulan ditanya sektor segala, air minum, sampah dll?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bisa diajukan ke prov apa aja", "usulan.jenis"),
    ("selain kumuh dan PSU bisa usul apa lagi?", "usulan.jenis"),
    ("pilihan 'lainnya' di jenis usulan itu buat apa?", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan perlu titik GPS juga ga?", "usulan.lokasi"),
    ("nama lokasi di usulan harus sama persis dgn di SK kumuh?", "usulan.lokasi"),
    ("perkotaan atau perdesaan di data lokasi itu ngaruh ga?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah KK sama jiwa wajib diisi ya? buat apa?", "usulan.penerima_biaya"),
    ("sumber dana di usulan boleh gabungan APBD kab + prov?", "usulan.penerima_biaya"),
    ("biaya usulan boleh perkiraan dulu ga?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("readiness criteria usulan apa aja", "usulan.kesiapan"),
    (
        "dokumen kesiapan usulan kami blm lengkap, tetap bisa kirim?",
        "usulan.kesiapan",
    ),
    (
        "tahun lalu cukup proposal, sekarang kok diminta kriteria kesiapan segala?",
        "usulan.kesiapan",
    ),
    ("Which readiness documents should a PSU proposal have?", "usulan.kesiapan"),
    ("surat bupati perlu ga buat usulan ke prov?", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan clean and clear syaratnya apa aja", "usulan.lahan"),
    ("lahar milik desa bisa dipakai buat usulan PSU?", "usulan.lahan"),
    ("tanah buat drainase masih sengketa, masih bisa diusulkan?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin SK kumur?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2019, masih bisa dipakai buat usulan sekarang?", "usulan.sk_kumuh"),
    ("lokasi kami ga tercantum di SK kumuh, bisa tetap diusulkan?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED sama RAB wajib dilampirin?", "usulan.dokumen_teknis"),
    ("foto kondisi lokasi perlu dilampirkan ga di usulan?", "usulan.dokumen_teknis"),
    ("RKS sama site plan harus ada juga kah", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah dan O&P itu wajib ga?", "usulan.surat_pernyataan"),
    (
        "kata pak sekdis perlu surat kesanggupan memelihara aset, itu surat apa?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("bedak rumah lewat provinsi syaratnya apa?", "usulan.rtlh"),
    ("RTLH prov boleh bangun baru ga kalau rumahnya udh roboh?", "usulan.rtlh"),
    (
        "warga nanya rumahnya numpang di tanah keluarga, bisa dapat RTLH provinsi?",
        "usulan.rtlh",
    ),
    ("penerima RTLH provinsi ditetapkan pakai SK apa?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("warga mau usul jalan lingkungan langsung ke prov, bisa?", "usulan.psu_masyarakat"),
    ("proposal PSU dr masyarakat harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    (
        "ketua RT minta drainase ke provinsi, prosedurnya gmn biar diterima?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("Who owns a road the province builds on our land?", "hibah.aset"),
    ("setelah selesai dibangun provinsi, pemeliharaannya siapa?", "hibah.aset"),
    (
        "tahun lalu drainase dari prov blm diserahkan ke kami, serah terimanya gimana?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan prov, dananya cari dmn?", "pendanaan.saluran_lain"),
    ("kumuh kecil di desa kami bisa pakai dana desa ga?", "pendanaan.saluran_lain"),
    ("di Kotim dpt DAK kumuh, kami di Seruyan bisa juga ga?", "pendanaan.saluran_lain"),
    ("selain APBD kab, sumber dana lain buat PSU perumahan apa?", "pendanaan.saluran_lain"),
    (
        "Where else can we get funding if it isn't the province's responsibility?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan dari kab sampai jadi anggaran prov gmn?", "siklus.tahunan"),
    ("usulan yg kami kirim thn ini buat anggaran tahun berapa?", "siklus.tahunan"),
    ("siklus usulan tahunan tahapannya apa aja", "siklus.tahunan"),
    ("kalau usul sekarang, dibangunnya kapan?", "siklus.tahunan"),
    ("urutan usulan tiap tahun", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulkan kami diperiksa apa aja sama prov?", "siklus.pemeriksaan"),
    ("verifikasi teknis itu ngecek apa?", "siklus.pemeriksaan"),
    (
        "kata teman di Kobar usulannya dicek sampai ke lapangan, memang gitu ya?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakit bidang kawasan permukiman itu acara apa?", "siklus.rakor"),
    ("2024 rakor bulan september, 2025 november, kok pindah2 terus?", "siklus.rakor"),
    ("rakor gunanya apa buat kab?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk ke mana?", "siklus.rkpd_apbd"),
    ("usulan disetujui berarti langsung masuk APBD?", "siklus.rkpd_apbd"),
    ("hubungan rakor sama musrenbang provinsi apa?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja PKP tugasnya apa, dasar aturannya apa?", "koordinasi.pokja_pkp"),
    ("kab kami blm punya pokja PKP, perlu dibentuk ga?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("kantor disperkimtan prov alamatnya dimana", "disperkimtan.kontak"),
    ("mau antar berkas langsung, disperkimtan di jalan apa?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("jam di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    ("bot ini bisa bahasa inggris?", "bot.cara_pakai"),
    ("perintah garis miring apa aja yg bisa saya pakai?", "bot.cara_pakai"),
    # bot.usul
    ("bisa salin usulan tahun lalu biar ga ngetik ulang?", "bot.usul"),
    ("foto di /usul maksimal brp?", "bot.usul"),
    ("kode USL itu dapatnya kapan?", "bot.usul"),
    # bot.status
    ("status 'dibahas di rakit' artinya apa?", "bot.status"),
    ("perlu perbaikan itu maksudnya harus kirim ulang dari awal?", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan kami dialihkan ke APBD kab, terus kami harus apa?", "bot.ditolak_dialihkan"),
    (
        "usulkan ditolak alasannya bukan kewenangan prov, bisa dibuka lagi ga?",
        "bot.ditolak_dialihkan",
    ),
    ("tahun lalu usulan kami ditolak, tahun ini boleh diajukan lagi?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("standar waktu tindak lanjut usulan di bot ini brp hari?", "bot.tindak_lanjut"),
    (
        "kata pak kadis usulan wajib direspon 3 hari kerja, itu aturan resmi?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("When are the meeting reminders sent?", "bot.rapat"),
    ("saya ga bisa hadir rakor, bisa diwakilkan staf?", "bot.rapat"),
    ("cara konfirmasi hadir undangan rapat di bot gmn", "bot.rapat"),
    # istilah.perkim
    ("perkim singkatan apa", "istilah.perkim"),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu apa?", "istilah.psu"),
    # istilah.jaling
    ("jaling artinya", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu apa", "istilah.drainase"),
    # istilah.kr
    ("KR di data kumuh?", "istilah.kr"),
    # istilah.ks
    ("KS itu kumuh apa", "istilah.ks"),
    # istilah.kb
    ("KB di tabel kumur artinya?", "istilah.kb"),
    # istilah.skkumuh
    ("apa itu SK kumur", "istilah.skkumuh"),
    # istilah.delineasi
    ("deliniasi itu apa", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH kepanjangannya", "istilah.rtlh"),
    # istilah.rlh
    ("RLH artinya?", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu program apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS apaan", "istilah.bsps"),
    # istilah.mbr
    ("meaning of MBR?", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu apa", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus maksudnya rumah apa?", "istilah.rusus"),
    # istilah.huntara
    ("arti huntara", "istilah.huntara"),
    # istilah.huntap
    ("hunt ap itu apa sih", "istilah.huntap"),
    # istilah.kk
    ("KK maksudnya kepala keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("'jiwa' di form itu maksudnya orang?", "istilah.jiwa"),
    # istilah.ha
    ("1 ha = brp m2?", "istilah.ha"),
    # istilah.ded
    ("What is a DED?", "istilah.ded"),
    # istilah.rab
    ("RAB singkatan", "istilah.rab"),
    # istilah.rks
    ("apa itu RKS", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR sama ga?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa", "istilah.siteplan"),
    # istilah.rc
    ("RC artinya?", "istilah.rc"),
    # istilah.bast
    ("What does BAST stand for?", "istilah.bast"),
    # istilah.hibah
    ("hibah maksudnya apa di sini", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa", "istilah.bmd"),
    # istilah.bmn
    ("BMN singkatan apa", "istilah.bmn"),
    # istilah.op
    ("O&P itu apa", "istilah.op"),
    # istilah.spm
    ("SPM kepanjangannya", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja PKP apaan", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("pokja PPAS?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Pokja AMPL itu apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu dokumen apa", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("program KOTAKU itu apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("apbn singkatan", "istilah.apbn"),
    # istilah.apbd
    ("APBD artinya", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu dana apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu provinsi itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("poker DPRD itu apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrembang itu apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD?", "istilah.rkpd"),
    # istilah.renja
    ("renja apa", "istilah.renja"),
    # istilah.renstra
    ("renstra maksudnya", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD singkatan", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA PPAS itu apa", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu", "istilah.rka"),
    # istilah.dpa
    ("DPA apa", "istilah.dpa"),
    # istilah.sipd
    ("What is SIPD?", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida apa", "istilah.bapperida"),
    # istilah.opd
    ("OPD artinya", "istilah.opd"),
    # istilah.skpd
    ("SKPD sama OPD sama?", ("istilah.skpd", "istilah.opd")),
    # istilah.spam
    ("SPAM di perkim maksudnya apa", "istilah.spam"),
    # istilah.spald
    ("SPALD apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu", "istilah.ipal"),
    # istilah.tps3r
    ("what is TPS3R?", "istilah.tps3r"),
    # istilah.mck
    ("MCK singkatan", "istilah.mck"),
    # istilah.rtrw
    ("RTRW maksudnya rencana tata ruang?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu pengganti IMB?", "istilah.pbg"),
    # istilah.slf
    ("What is an SLF?", "istilah.slf"),
    # istilah.skbg
    ("SKBG singkatan dari apa", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("arti clean n clear", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    # istilah.rakor
    ("rakor kepanjangannya", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC brp", "istilah.wib"),
    # istilah.backlog
    ("what does backlog mean in housing?", "istilah.backlog"),
    # istilah.pkp
    ("PKP artinya", "istilah.pkp"),
    # istilah.kumuh
    ("apa itu permukiman kumuh", "istilah.kumuh"),
    # istilah.dak
    ("DAK apa", "istilah.dak"),
    # istilah.rusun
    ("what's a rusun?", "istilah.rusun"),
]

ROUND25_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulkan saya statusnya apa skrg?", "status"),
    ("cek status usulan kab kami", "status"),
    ("usulan drainase Baamang udh sampai mana", "status"),
    ("What's the status of my proposals?", "status"),
    ("tahun lalu usulan kami lama bgt diproses, yg sekarang gimana statusnya?", "status"),
    ("USL-2026-0004 gmn kabarnya", "status"),
    # meeting
    ("rakit tahun ini kapan?", "meeting"),
    ("tahun lalu rakor di aula disperkimtan, tahun ini dimana?", "meeting"),
    ("jadwal rapat berikutnya", "meeting"),
    ("ada info dr grup WA rakor dimajukan, tanggal brp jadinya?", "meeting"),
    ("When is the next Rakor?", "meeting"),
    ("rapat koordinasi selanjutnya tgl brp", "meeting"),
    # deadline
    ("batas akhir usulan kapan", "deadline"),
    ("tenggak usulan tahun ini kapan ya", "deadline"),
    ("tahun lalu ditutup akhir bulan, tahun ini deadline nya kapan?", "deadline"),
    ("kata pak camat usulan ditutup minggu depan, bener?", "deadline"),
    ("What's the deadline for proposals?", "deadline"),
    ("sampai tgl brp masih bisa ngirim usulan?", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak ya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("hi, what can you do?", "greeting"),
    ("help", "greeting"),
    # how_to_submit
    ("cara kirim usulkan lewat bot gmn?", "how_to_submit"),
    ("mau ngajuin usulan di sini caranya?", "how_to_submit"),
    ("tahun lalu kirim lewat surat, sekarang lewat bot ini gimana?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("langkah input usulan baru", "how_to_submit"),
    ("kata kabid usulan wajib lewat bot, mulainya dari mana?", "how_to_submit"),
]

ROUND25_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,8 ha di Baamang Hulu kewenangan siapa", "kabkota"),
    ("luas delineasi pas 10 hektar, ditangani siapa?", "provinsi"),
    ("kumur tepat 15 ha masuk mana", "pusat"),
    ("kawasan kumuh 14,99 ha itu urusan siapa?", "provinsi"),
    ("kumuh 125.000 m2 di Selat Hulu kewenangan siapa", "provinsi"),
    ("lokasi kumuh 95.000 m² siapa yg tangani", "kabkota"),
    ("kumuh 150.000 meter persegi jatah siapa?", "pusat"),
    ("kumuhnya lebih dari 15 ha, tepatnya 17,3 ha, kewenangan siapa?", "pusat"),
    ("kumuh kurang dari 10 ha, sekitar 8 ha, siapa yg pegang", "kabkota"),
    ("A slum area of 12.4 hectares, who is responsible?", "provinsi"),
    ("who handles a 6 hectare slum?", "kabkota"),
    ("slum of 20 hectares: province or centre?", "pusat"),
    ("kawasan kumuh 11,25 hektare kewenangan mana", "provinsi"),
    ("kumuh di atas 15 ha, 16 ha persisnya, siapa?", "pusat"),
    ("kumuh di bawah 10 ha yaitu 7,5 ha ditangani siapa", "kabkota"),
    ("kumuh 100.000 m2 pas, kewenangan siapa?", "provinsi"),
    ("kumuh 99.999 m2 siapa yg pegang", "kabkota"),
    ("kumur tepian sungai 13 hektar di Mentawa Baru Hilir jatah siapa?", "provinsi"),
    ("kumuh 0,8 ha di desa kami kemenangan siapa", "kabkota"),
    ("kumuh 45 ha di SK kami siapa yg tangani", "pusat"),
    ("luas kumuh 10,0 ha masuk prov atau kab?", "provinsi"),
    ("kumuh 14.5 ha kewenangan siapa", "provinsi"),
    ("kumuh 3,2 hektare di Kasongan Lama siapa yg urus", "kabkota"),
    ("SK revisi luas kumuhnya jadi 10,5 ha, sekarang kewenangan siapa?", "provinsi"),
    ("di Kotim dapat dari provinsi, kumuh kami 12 ha bisa juga?", "provinsi"),
    ("kumuh 150 ha di Selat siapa yg pegang", "pusat"),
]

ROUND25_OUT_OF_SCOPE: list[str] = [
    "cuaca Palangka Raya besok gmn",
    "hasil Kalteng Putra semalam berapa?",
    "pagu APBD prov 2027 buat PSU brp?",
    "harga satuan paving block per m2 di Sampit brp",
    "siapa pemenang tender jalan lingkungan Baamang 2025?",
    "nomor WA kabid kawasan permukiman berapa?",
    "Pergub Kaltim soal bantuan RTLH isinya apa?",
    "SIPD error 'sesi berakhir' terus, gimana?",
    "kapan kenaikan pangkat saya diproses BKD?",
    "mutu beton K berapa buat saluran drainase?",
    "tebal aspal jalan lingkungan standarnya brp cm?",
    "dana DAK PPKT Katingan 2026 dapat brp miliar?",
    "kapan termin kedua kontraktor cair?",
    "formasi CPNS perkim 2026 ada?",
    "resep soto banjar dong",
    "kurs dolar hari ini",
    "tahun lalu Kalteng dapat berapa unit BSPS dari pusat, tahun ini brp?",
    "harga rumah subsidi di Palangka Raya sekarang brp?",
    "berapa gaji PPPK di dinas perkim?",
    "cara daftar akun e-katalog LKPP",
    "spesifikasi pipa PVC buat SPAM desa yg standar apa?",
    "Perda kumuh Kota Banjarmasin nomor brp?",
    "What's the unit price of a neighbourhood road per metre in Kalteng?",
    "TPP ASN disperkimtan bulan ini telat kenapa?",
    "lebar minimal jalan lingkungan menurut SNI brp meter?",
    "ada info grup WA anggaran RTLH 2027 dipotong 30%, bener?",
    "jadwal pilkada ulang Kotim kapan?",
    "password SIPD saya lupa, reset kemana?",
]
