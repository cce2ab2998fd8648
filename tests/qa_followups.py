"""Follow-up questions for the Sinkron question answerer.

Written 2026-12-04 by someone who had not seen the knowledge base; only the topic list and
the domain briefs (docs/domain.md, DOMAIN.md, DOMAIN-RESEARCH.md) were read.

Each item is (first question, follow-up message, expected topic id for the follow-up). The
follow-up is short and only makes sense after the first question; the expected topic is
either the first question's own topic (asking for more detail) or a neighbouring topic. A
tuple of ids means either topic is a right answer. Follow-ups never carry slum-area numbers.

FOLLOWUPS_B is a held-out set: never read it or use it for tuning.
"""

FOLLOWUPS_A: list[tuple[str, str, str | tuple[str, ...]]] = [
    (
        "kawasan kumuh 12 ha itu kewenangan siapa?",
        "dokumennya apa aja?",
        "usulan.kesiapan",
    ),
    (
        "Siapa yang menangani kawasan kumuh di bawah 10 ha?",
        "trs klo mau minta dana, lewat mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh 20 ha kewenangan siapa ya?",
        "itu dasar hukumnya apa?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "Luas kumuh yang dihitung itu luas desa atau luas di SK?",
        "delineasi itu apa sih?",
        "istilah.delineasi",
    ),
    (
        "PSU apa saja yang dibangun Disperkimtan provinsi?",
        "trs siapa yg rawat stlh selesai?",
        "hibah.aset",
    ),
    ("PSU perumahan itu kewenangan siapa?", "kalau PSU permukiman?", "kewenangan.psu"),
    (
        "Apa syarat usulan RTLH lewat provinsi?",
        "klo tanahnya blm bersertifikat?",
        "usulan.rtlh",
    ),
    ("syarat RTLH provinsi apa aja?", "SKT itu apa?", "istilah.skt"),
    (
        "Siapa yang menetapkan lokasi kumuh?",
        "SK-nya berlaku brp lama?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    (
        "SK kumuh kami terbit 2018, masih bisa dipakai buat usulan?",
        "klo lokasinya gak ada di SK?",
        "usulan.sk_kumuh",
    ),
    ("Apa saja aspek kriteria kumuh?", "cara skornya gimana?", "kumuh.penilaian"),
    (
        "Berapa skor untuk kumuh berat?",
        "klo sedang sama ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kumuh berat di lahan legal penanganannya apa?",
        "kalau lahannya ilegal?",
        "kumuh.pola_penanganan",
    ),
    (
        "Berapa banyak kawasan kumuh di Kalteng?",
        "kebanyakan lokasinya di mana?",
        "kumuh.kalteng",
    ),
    (
        "Apa saja isi usulan kegiatan?",
        "jenisnya apa aja yg bisa diusulkan?",
        "usulan.jenis",
    ),
    (
        "Jenis usulan apa saja yang bisa diajukan ke provinsi?",
        "yg jenis rumah itu rumah apa?",
        ("kewenangan.bencana_relokasi", "usulan.jenis"),
    ),
    (
        "Data lokasi apa aja yg harus diisi di usulan?",
        "titik GPS wajib ga?",
        "usulan.lokasi",
    ),
    (
        "Sumber dana apa saja yang bisa dipilih di usulan?",
        "Bankeu itu apa?",
        "istilah.bankeu",
    ),
    ("Apa itu clean and clear?", "klo lahannya milik desa gmn?", "usulan.lahan"),
    (
        "Dokumen teknis apa saja yang perlu dilampirkan?",
        "RKS itu apa ya?",
        "istilah.rks",
    ),
    (
        "Surat pernyataan apa yang harus dibuat pemkab?",
        "O&P maksudnya apa?",
        "istilah.op",
    ),
    (
        "Aset yang dibangun provinsi nanti jadi milik siapa?",
        "dicatat pakai dokumen apa?",
        "hibah.aset",
    ),
    (
        "Usulan kami bukan kewenangan provinsi, dananya dari mana?",
        "DAK Tematik PPKT itu apa?",
        "istilah.daktematikppkt",
    ),
    (
        "Kapan Rakor bidang kawasan permukiman diadakan?",
        "yg hadir siapa aja?",
        "siklus.rakor",
    ),
    (
        "Apa tujuan Rakor kawasan permukiman?",
        "setelah rakor usulannya dibawa ke mana?",
        "siklus.rkpd_apbd",
    ),
    (
        "Bagaimana provinsi memeriksa usulan kami?",
        "brp lama nunggu verifikasinya?",
        "bot.tindak_lanjut",
    ),
    (
        "Apa arti status verifikasi di usulan saya?",
        "klo ditolak trs gmn?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Pokja PKP itu apa?",
        "dasar hukumnya apa?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        "Alamat kantor Disperkimtan provinsi di mana?",
        "Disperkimtan singkatan dari apa?",
        ("istilah.disperkimtan", "disperkimtan.kontak"),
    ),
    ("Gimana cara kirim usulan lewat bot?", "bisa lampir PDF gak?", "bot.usul"),
    ("Apa bedanya RTLH dan RLH?", "bedah rumah itu sama ga?", "istilah.bedahrumah"),
    (
        "Siapa yang menangani rumah korban bencana provinsi?",
        "klo bencananya skala kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    ("Apa target SPM perumahan provinsi?", "dasar hukumnya apa?", "kewenangan.spm"),
    (
        "Izin pembangunan perumahan itu yang terbitkan siapa?",
        "kalau SKBG?",
        "kewenangan.izin",
    ),
    (
        "Pencegahan kumuh kewenangan siapa?",
        "trs yg penataan kumuhnya?",
        "kewenangan.kumuh",
    ),
    (
        "Perumahan termasuk urusan wajib atau pilihan?",
        "dasarnya pasal berapa?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Who certifies small-capability house designers?",
        "and medium ones?",
        "kewenangan.sertifikasi",
    ),
    (
        "Does the central government handle MBR housing?",
        "what does MBR stand for?",
        "istilah.mbr",
    ),
    (
        "Can residents ask the province for a neighbourhood road?",
        "who has to know about it?",
        "usulan.psu_masyarakat",
    ),
    (
        "Pian, kumuh 11 ha tu siapa nang menangani?",
        "napa haja syarat dokumennya?",
        "usulan.kesiapan",
    ),
    ("Kaya apa siklus usulan tiap tahun?", "bilanya rakor diadakan?", "siklus.rakor"),
    ("Apa itu DED?", "trs RAB?", "istilah.rab"),
    ("Apa itu huntara?", "kalau huntap?", "istilah.huntap"),
    (
        "What do KR, KS and KB mean?",
        "what score range is KS?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Who handles housing for people relocated by a provincial programme?",
        "is that part of the SPM?",
        "kewenangan.spm",
    ),
    (
        "Siapa menangani kawasan kumuh 15 ha ke atas?",
        "dananya bisa dari mana aja?",
        "pendanaan.saluran_lain",
    ),
    ("Apa itu WIB?", "jadi jam di bot pakai itu?", "bot.cara_pakai"),
    (
        "Kumuh di bawah 10 ha kewenangan siapa?",
        "kalau pencegahannya?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kumuh 12 ha kewenangan siapa?",
        "luas yg dihitung luas desanya ya?",
        "kumuh.luas_delineasi",
    ),
    ("Usulan tahunan dikirim kapan?", "trs provinsi cek apanya?", "siklus.pemeriksaan"),
]

FOLLOWUPS_B: list[tuple[str, str, str | tuple[str, ...]]] = [
    (
        "kawasan kumuh 13,5 ha di Kotim itu kewenangan provinsi kan?",
        "SK kumuhnya wajib dilampirkan?",
        "usulan.sk_kumuh",
    ),
    (
        "Luas kumuh yg dihitung itu luas yang mana?",
        "SK kumuh itu apa?",
        ("istilah.skkumuh", "kumuh.penetapan"),
    ),
    (
        "Who designates slum locations in a regency?",
        "how often must it be reviewed?",
        "kumuh.penetapan",
    ),
    (
        "PSU apa yang dibangun Disperkimtan provinsi?",
        "bisa di pinggir jalan kabupaten?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi bisa bangun drainase di desa?",
        "asetnya nanti punya siapa?",
        "hibah.aset",
    ),
    (
        "Apa itu PSU?",
        "yg ditangani provinsi yg mana?",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    (
        "Syarat bedah rumah RTLH dari provinsi apa?",
        "penerimanya ditetapkan siapa?",
        "usulan.rtlh",
    ),
    ("RTLH singkatan dari apa?", "bisa diusulkan ke provinsi?", "usulan.rtlh"),
    (
        "Apa itu MBR?",
        "penyediaan rumah MBR urusan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    ("Apa saja tujuh aspek kumuh?", "total kriterianya ada brp?", "kumuh.aspek"),
    (
        "Skor maksimal penilaian kumuh berapa?",
        "kumuh sedang rentangnya brp?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Apa itu pemugaran dalam penanganan kumuh?",
        "bedanya sama peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Ada berapa lokasi kumuh di Kalteng?",
        "kab mana yg paling banyak?",
        "kumuh.kalteng",
    ),
    (
        "Usulan kegiatan harus berisi apa saja?",
        "jumlah KK sama jiwa wajib?",
        "usulan.penerima_biaya",
    ),
    (
        "Jumlah KK dan jiwa wajib diisi di usulan?",
        "jiwa itu maksudnya apa?",
        "istilah.jiwa",
    ),
    (
        "Biaya usulan ditulis bagaimana?",
        "sumber dananya pilihannya apa aja?",
        "usulan.penerima_biaya",
    ),
    (
        "Status lahan apa yang diterima untuk usulan PSU?",
        "clean and clear itu maksudnya?",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    ("DED wajib dilampirkan di usulan?", "DED itu singkatan apa?", "istilah.ded"),
    ("Site plan itu apa?", "harus dilampirkan ke usulan ga?", "usulan.dokumen_teknis"),
    ("Apa itu RC?", "contohnya dokumen apa aja?", "usulan.kesiapan"),
    (
        "Surat pernyataan hibah dan O&P itu isinya apa?",
        "kenapa harus ada?",
        "usulan.surat_pernyataan",
    ),
    ("Hibah itu apa?", "hibah aset provinsi ke kab gmn?", "hibah.aset"),
    ("BAST itu apa?", "stlh BAST siapa yg pelihara?", "hibah.aset"),
    (
        "Kalau bukan kewenangan provinsi, usulan didanai dari mana?",
        "CSR bisa jg?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kapan usulan tahunan dikirim ke provinsi?",
        "Rakornya biasanya bulan apa?",
        "siklus.rakor",
    ),
    ("Apa itu Musrenbang?", "hubungannya sama rakor apa?", "siklus.rkpd_apbd"),
    ("What happens to proposals after the Rakor?", "what is the RKPD?", "istilah.rkpd"),
    (
        "Provinsi cek usulan dari sisi apa aja?",
        "verifikasinya brp hari?",
        "bot.tindak_lanjut",
    ),
    (
        "Apa arti status perlu perbaikan?",
        "klo dialihkan, trs kami ngapain?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami ditolak karena bukan kewenangan, gmn?",
        "bisa diajukan ulang gak?",
        "bot.ditolak_dialihkan",
    ),
    ("LAPOR! itu apa?", "jadi usulan ditanggapi brp hari?", "bot.tindak_lanjut"),
    ("Pokja PKP itu apa?", "kalau Pokja PPAS?", "istilah.pokjappas"),
    ("Disperkimtan itu dinas apa?", "kantornya di mana?", "disperkimtan.kontak"),
    (
        "Bagaimana cara pakai bot Sinkron?",
        "jamnya pakai zona waktu apa?",
        "bot.cara_pakai",
    ),
    (
        "Cara kirim usulan lewat /usul gimana?",
        "abis itu statusnya apa aja?",
        "bot.status",
    ),
    (
        "Rumah korban bencana nasional urusan siapa?",
        "huntara itu apa ya?",
        "istilah.huntara",
    ),
    ("Who issues SKBG certificates?", "what is an SKBG exactly?", "istilah.skbg"),
    (
        "Apa kewenangan provinsi di sub-urusan perumahan?",
        "klo kabupaten?",
        "kewenangan.perumahan",
    ),
    (
        "Sub-urusan kawasan permukiman provinsi ngurus apa?",
        "izin kawasan permukiman siapa yg terbitkan?",
        "kewenangan.izin",
    ),
    (
        "What does the province do in housing and settlements overall?",
        "and the central government?",
        "kewenangan.ringkasan",
    ),
    (
        "Perumahan itu urusan wajib pelayanan dasar?",
        "SPM perumahannya apa?",
        "kewenangan.spm",
    ),
    ("Pencegahan kumuh siapa yang tangani?", "RP2KPKP itu apa?", "istilah.rp2kpkp"),
    (
        "Ulun handak betakun, PSU perumahan tu urusan siapa?",
        "amun PSU permukiman?",
        "kewenangan.psu",
    ),
    (
        "Kumuh 11 ha di kampung ulun, kaya apa mengusulkannya?",
        "SK kumuhnya harus ada kah?",
        "usulan.sk_kumuh",
    ),
    (
        "Warga minta jalan lingkungan ke provinsi bisa?",
        "harus diketahui siapa aja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Masyarakat mau minta drainase ke provinsi, caranya?",
        "bisa drainase di jalan provinsi?",
        "psu.lingkup_provinsi",
    ),
    ("kumuh 9 ha kewenangan siapa?", "APBDes bisa dipakai?", "pendanaan.saluran_lain"),
    (
        "Kawasan kumuh 16 ha ditangani siapa?",
        "dasar hukumnya apa itu?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "Sertifikasi perancang rumah tingkat kecil oleh siapa?",
        "yg tingkat besar?",
        "kewenangan.sertifikasi",
    ),
    (
        "Izin kawasan permukiman siapa yang terbitkan?",
        "pusat ngurus apa di kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
]
