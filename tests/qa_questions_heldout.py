"""Held-out questions for the question matcher, written independently of its tuning.

Never use these questions to tune the matcher (keywords, examples, weights, thresholds);
they only measure it, and stop being a fair measure once anything is fitted to them.
"""

HELDOUT_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- authority (kewenangan) ---
    (
        "pembagian kewenangan perkim antara prov, kab dan pusat gmn ringkasnya?",
        "kewenangan.ringkasan",
    ),
    (
        "perumahan rakyat itu masuk urusan wajib atau urusan pilihan pemda?",
        "kewenangan.urusan_wajib",
    ),
    (
        "siapa yg berwenang nangani kawasan kumuh, prov atau kab? tergantung apa ya",
        "kewenangan.kumuh",
    ),
    (
        "batas luas kumuh yg jd kewenangan provinsi itu brp ha pak?",
        ("kewenangan.kumuh", "kumuh.luas_delineasi"),
    ),
    ("which level of government is responsible for slum areas?", "kewenangan.kumuh"),
    (
        "kumuh yg luasnya melebihi batas prov ditangani siapa? pusat kah",
        "kewenangan.kumuh_pusat",
    ),
    ("kegiatan pencegahan kumuh bisa kami usulkan ke provinsi gak?", "kewenangan.pencegahan_kumuh"),
    (
        "mau bikin program cegah kumuh baru di Kotim, dananya bs dr mana?",
        ("kewenangan.pencegahan_kumuh", "pendanaan.saluran_lain"),
    ),
    ("di bidang perumahan, prov kewenangannya apa aja sih?", "kewenangan.perumahan"),
    (
        "rumah buat MBR itu kewenangan siapa ya, prov bs bantu?",
        ("kewenangan.perumahan_pusat", "istilah.mbr"),
    ),
    ("pembiayaan perumahan urusan pusat atau daerah?", "kewenangan.perumahan_pusat"),
    (
        "rumah warga korban banjir di Katingan yg bangun siapa, prov atau kab?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi warga bantaran sungai program kab. Kapuas, rumahnya bs dibantu prov tdk?",
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan diurus di prov atau di kab?", "kewenangan.izin"),
    (
        "SKBG itu terbitnya dr mana, disperkimtan prov bisa ngeluarin?",
        ("kewenangan.izin", "istilah.skbg"),
    ),
    ("sub urusan kawasan permukiman isinya apa aja?", "kewenangan.kawasan_permukiman"),
    ("PSU di komplek perumahan developer bisa minta dibangun prov?", "kewenangan.psu"),
    ("bedanya PSU permukiman sm PSU perumahan apa ya", "kewenangan.psu"),
    ("disperkimtan prov bisa bangun apa aja? jalan kabupaten bisa gak", "psu.lingkup_provinsi"),
    (
        "bisa minta drainase di pinggir jalan nasional di kab. Kapuas ke prov?",
        "psu.lingkup_provinsi",
    ),
    ("sertifikasi perancang rumah tingkat kemampuan kecil diurus dmn?", "kewenangan.sertifikasi"),
    (
        "SPM bidang perumahan utk provinsi apa ya, targetnya brp persen",
        ("kewenangan.spm", "istilah.spm"),
    ),
    # --- slum areas (kumuh) ---
    ("luas kumuh yg dipake itu luas kelurahan atau luas yg di SK?", "kumuh.luas_delineasi"),
    ("siapa yg netapin lokasi kumuh? SK nya dr bupati kah", "kumuh.penetapan"),
    (
        "SK kumuh kab hrs diperbarui brp thn sekali?",
        ("kumuh.penetapan", "usulan.sk_kumuh", "istilah.skkumuh"),
    ),
    ("kriteria kumuh ada apa aja? aspek2nya", "kumuh.aspek"),
    ("gmn cara ngitung skor kumuh, nilai maksimalnya brp", "kumuh.penilaian"),
    ("kumuh berat itu skornya brp sampai brp?", ("kumuh.penilaian", "istilah.kb")),
    ("skor brp yg msk kategori kumuh sedang?", ("kumuh.tingkat_sedang_ringan", "istilah.ks")),
    ("apa bedanya pemugaran dgn peremajaan kawasan kumuh", "kumuh.pola_penanganan"),
    ("lokasi kumuh di atas lahan ilegal penanganannya gmn?", "kumuh.pola_penanganan"),
    ("brp jumlah lokasi kumuh se kalteng skrg?", "kumuh.kalteng"),
    # --- proposals (usulan) ---
    ("usulan kegiatan ke prov hrs memuat apa aja?", "usulan.isi"),
    ("jenis usulan apa aja yg bs dikirim lewat sinkron?", "usulan.jenis"),
    ("titik koordinat lokasi usulan cara ngisinya gmn", "usulan.lokasi"),
    (
        "sumber dana yg bs dipilih di usulan apa aja? dana pendamping kab wajib kah",
        "usulan.penerima_biaya",
    ),
    (
        "KK di form usulan itu maksudnya kartu keluarga atau kepala keluarga?",
        ("istilah.kk", "usulan.penerima_biaya"),
    ),
    (
        "dokumen readiness apa aja yg hrs disiapin sblm rakor?",
        ("usulan.kesiapan", "istilah.rc"),
    ),
    ("lahan hrs clean n clear maksudnya gmn ya", ("usulan.lahan", "istilah.cleanandclear")),
    ("nomor dan tgl SK kumuh wajib diisi di usulan?", "usulan.sk_kumuh"),
    ("DED sm RAB wajib dilampirkan gak? foto maksimal brp", "usulan.dokumen_teknis"),
    ("surat pernyataan hibah dan O&P itu buat apa sih", "usulan.surat_pernyataan"),
    ("syarat bedah rumah RTLH lewat provinsi apa aja? di Barsel bnyk yg ngajuin", "usulan.rtlh"),
    (
        "warga minta jalan lingkungan, surat permohonannya hrs diketahui siapa aja?",
        "usulan.psu_masyarakat",
    ),
    (
        "stlh jalan selesai dibangun prov, asetnya punya siapa? yg pelihara siapa",
        ("hibah.aset", "istilah.hibah"),
    ),
    ("kalo bukan kewenangan prov, dananya bs dari mana lagi?", "pendanaan.saluran_lain"),
    # --- yearly cycle ---
    ("alur usulan tiap tahun gmn dari kab smp masuk APBD?", "siklus.tahunan"),
    ("usulan dr kab Seruyan nanti dicek apa aja sama prov?", "siklus.pemeriksaan"),
    ("rakor bidang kawasan permukiman thn ini kapan dan dimana?", "siklus.rakor"),
    ("abis rakor usulan masuk ke mana? RKPD dulu baru APBD?", "siklus.rkpd_apbd"),
    # --- Disperkimtan and the bot ---
    (
        "alamat kantor disperkimtan prov dmn ya?",
        ("disperkimtan.kontak", "istilah.disperkimtan"),
    ),
    ("cara pake bot ini gmn ya", "bot.cara_pakai"),
    ("how do I use this bot?", "bot.cara_pakai"),
    ("draf usulan kmrn kepotong krn sinyal ilang, bisa dilanjutin?", "bot.usul"),
    ("status 'dialihkan' itu artinya apa?", ("bot.status", "bot.ditolak_dialihkan")),
    ("usulan kami ditolak krn bukan kewenangan prov, trus hrs gmn?", "bot.ditolak_dialihkan"),
    ("brp lama usulan diverifikasi? ada standar waktunya gak", "bot.tindak_lanjut"),
    # --- glossary ---
    ("apa itu RTLH?", "istilah.rtlh"),
    ("kepanjangan BSPS apa ya", "istilah.bsps"),
    ("huntara itu apa sih", "istilah.huntara"),
    ("apa itu program KOTAKU", "istilah.kotaku"),
    ("kepanjangan RP2KPKP apa?", "istilah.rp2kpkp"),
    ("BAST itu singkatan dr apa", "istilah.bast"),
    ("DAK tematik PPKT itu dana apa ya", "istilah.daktematikppkt"),
    ("pokir itu apa ya pak", "istilah.pokir"),
    ("what does SPALD stand for?", "istilah.spald"),
    ("KUA PPAS singkatan dr apa?", "istilah.kuappas"),
    ("bedanya rusun sm rusunawa apa", ("istilah.rusun", "istilah.rusunawa")),
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("apa itu bankeu prov", "istilah.bankeu"),
    ("SIPD kepanjangannya apa", "istilah.sipd"),
    ("maksud jaling apa ya", "istilah.jaling"),
    ("Pokja PPAS itu apa? beda sama PPAS anggaran?", "istilah.pokjappas"),
    ("what is a DED?", "istilah.ded"),
    ("RPJMD kepanjangannya apa", "istilah.rpjmd"),
    ("apa yg dimaksud delineasi kumuh?", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("kepanjangan musrenbang", "istilah.musrenbang"),
]

HELDOUT_OUT_OF_SCOPE: list[str] = [
    "cara perpanjang KTP el di disdukcapil gmn?",
    "harga semen skrg brp per sak di Sampit?",
    "besok hujan gak di palangka raya?",
    "gaji PPPK paruh waktu kapan cair ya",
    "anggaran perbaikan jalan nasional Kasongan - Sampit thn ini brp?",
    "jadwal imunisasi anak di puskesmas kab. Kapuas kapan",
    "pendaftaran PPDB SMA negeri kapan dibuka?",
    "cara daftar BPJS kesehatan utk keluarga gmn",
    "TPP ASN bulan ini kok blm masuk ya",
    "ada lowongan CPNS di pemprov kalteng gak thn ini?",
    "harga tiket pesawat PKY ke jakarta brp skrg",
    "cara bayar pajak kendaraan online di kalteng",
    "stok pupuk subsidi di Kobar kosong, lapornya kemana?",
    "cuti melahirkan utk PNS laki2 brp hari ya",
    "harga TBS sawit minggu ini brp per kg?",
    "what's the rupiah to dollar exchange rate today?",
]
