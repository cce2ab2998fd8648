"""Held-out question table, round 17.

Written 2026-12-04 by someone who had not seen the knowledge base, its paraphrases or any
other question table; only the topic list and the domain briefs (docs/domain.md,
shared DOMAIN.md and DOMAIN-RESEARCH.md) were read.

Style emphasis of this round: voice-typed messages (no punctuation, run-on sentences, words
split or merged, numbers spelled out, homophone slips); yes/no checks of a claim the officer
heard, some of them wrong; a bureaucratic register from planning and finance colleagues
(Bappeda, BPKAD, inspektorat, DPRD staff); messages with two concerns but one clear main one
(labelled by the main one); about a fifth very short with chat spelling and typos; about one
in ten in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND17_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pembagian kewenangan perkim antara pusat provinsi sama kabupaten itu intinya gimana "
        "sih pak",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon penjelasan ringkas pembagian urusan bidang perumahan rakyat dan kawasan "
        "permukiman antar tingkatan pemerintahan sesuai Lampiran huruf D UU 23/2014.",
        "kewenangan.ringkasan",
    ),
    (
        "Who does what in housing and settlements between the centre, the province and the "
        "regencies?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "benar gak kalau perumahan dan kawasan permukiman itu urusan wajib pelayanan dasar "
        "bukan urusan pilihan",
        "kewenangan.urusan_wajib",
    ),
    (
        "Dari staf Komisi DPRD: pasal berapa dalam UU 23/2014 yang menggolongkan perumahan "
        "rakyat dan kawasan permukiman sebagai urusan wajib pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    ("perkim urusan wajib kah", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "kawasan kumuh dua belas koma lima hektar itu kewenangan siapa ya kabupaten atau provinsi",
        "kewenangan.kumuh",
    ),
    (
        "katanya semua kumuh di atas 10 hektar itu ditangani provinsi ya berapapun luasnya",
        "kewenangan.kumuh",
    ),
    (
        "Apa betul batas kewenangan kabupaten untuk kumuh itu 5 sampai 10 hektare, lalu di "
        "atas 10 ha provinsi dan kementerian?",
        "kewenangan.kumuh",
    ),
    ("kumuh kwenangan siapa", "kewenangan.kumuh"),
    (
        "Dalam rangka penyusunan rancangan RKPD, mohon konfirmasi rentang luasan kawasan "
        "permukiman kumuh yang menjadi kewenangan pemerintah provinsi.",
        "kewenangan.kumuh",
    ),
    (
        "lokasi kumuh kami kan 8 ha itu masih kewenangan kabupaten kan bukan provinsi, oh iya "
        "sekalian rakor tahun ini jadi kan",
        "kewenangan.kumuh",
    ),
    (
        "kalau luasnya pas sepuluh hektar itu udah masuk provinsi atau masih kabupaten",
        "kewenangan.kumuh",
    ),
    (
        "Which government level handles a slum area, and does the size decide it?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kumuh lima belas hektar lebih itu siapa yang pegang apa provinsi juga",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "apa benar kumuh di atas 15 ha itu urusan kementerian bukan provinsi lagi",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh 15 ha keatas", ("kewenangan.kumuh_pusat", "kewenangan.kumuh")),
    (
        "Is a slum area of 20 hectares something the central government handles?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    (
        "pencegahan kumuh itu tugas provinsi juga kah atau cuma kabupaten",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Bersama ini kami dari BPKAD menanyakan apakah kegiatan pencegahan perumahan dan "
        "kawasan permukiman kumuh dapat dianggarkan oleh pemerintah provinsi.",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh siapa", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    (
        "kewenangan provinsi di sub urusan perumahan itu apa aja sih",
        "kewenangan.perumahan",
    ),
    (
        "Mohon informasi kegiatan pada sub-urusan perumahan yang menjadi kewenangan daerah "
        "provinsi dan yang menjadi kewenangan kabupaten/kota.",
        "kewenangan.perumahan",
    ),
    ("sub urusan perumahan", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    (
        "bikin rumah buat MBR itu bisa diusulkan ke provinsi gak ya atau bukan",
        "kewenangan.perumahan_pusat",
    ),
    (
        "katanya penyediaan rumah MBR sekarang udah jadi urusan provinsi ya",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Does the province build rusun or finance housing for low-income households?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga yang rusak kena banjir besar siapa yang wajib bangun lagi provinsi atau "
        "kabupaten tergantung apa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yang kena relokasi proyek pemprov rumahnya siapa yg fasilitasi",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If a disaster is declared at provincial level, who provides the replacement houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan dari developer itu diurusnya ke provinsi kan",
        "kewenangan.izin",
    ),
    ("yang nerbitin SKBG siapa", "kewenangan.izin"),
    (
        "izin pembangunan dan pengembangan kawasan permukiman itu kewenangan kabupaten atau "
        "provinsi",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkatan pemerintahnya",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman nasional itu siapa yang pegang",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "PSU perumahan sama PSU permukiman bedanya apa kalau dilihat dari kewenangannya",
        "kewenangan.psu",
    ),
    (
        "bener ga PSU di perumahan developer bisa diusulkan ke provinsi juga",
        "kewenangan.psu",
    ),
    ("psu perumahan tanggung jwb siapa", "kewenangan.psu"),
    (
        "pe es u permukiman itu punya provinsi kan yang perumahan punya kabupaten",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "disperkimtan bisa bangun jalan lingkungan sama drenase di desa juga gak atau cuma di kota",
        "psu.lingkup_provinsi",
    ),
    (
        "Apakah saluran drainase di sepanjang ruas jalan provinsi dapat diusulkan sebagai "
        "kegiatan PSU kepada Disperkimtan?",
        "psu.lingkup_provinsi",
    ),
    ("psu provinsi apa aja", "psu.lingkup_provinsi"),
    (
        "kami mau usul lampu jalan sama taman itu bisa masuk psu yang dibangun provinsi ga",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil itu siapa yg keluarin",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi badan usaha perencana PSU dengan tingkat kemampuan menengah menjadi "
        "kewenangan provinsi, apakah benar demikian?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "spm perumahan buat provinsi itu jenis pelayanannya apa aja terus targetnya berapa",
        "kewenangan.spm",
    ),
    (
        "Untuk penyusunan laporan penerapan SPM, mohon dijelaskan jenis pelayanan dasar bidang "
        "perumahan rakyat yang menjadi tanggung jawab kabupaten/kota.",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "luas yang dihitung itu luas desanya seluruhnya atau cuma luas kawasan kumuhnya aja",
        "kumuh.luas_delineasi",
    ),
    (
        "desanya 40 hektar tapi di sk kumuh lokasinya cuma 12 hektar jadi pakai angka yang "
        "mana buat nentuin kewenangan",
        "kumuh.luas_delineasi",
    ),
    (
        "katanya luas kumuh itu dihitung per kelurahan ya bukan per lokasi",
        "kumuh.luas_delineasi",
    ),
    (
        "For the 10 to 15 ha rule, which area counts: the whole village or the delineated "
        "slum location?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "yang netapin lokasi kumuh itu gubernur kan pak",
        "kumuh.penetapan",
    ),
    ("sk kumuh harus diperbarui brp tahun sekali", "kumuh.penetapan"),
    (
        "Siapa pejabat yang berwenang menetapkan lokasi perumahan kumuh dan permukiman kumuh, "
        "dan apa saja lampiran keputusannya?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("tujuh aspek kumuh apa aja", "kumuh.aspek"),
    (
        "proteksi kebakaran itu termasuk kriteria kumuh gak sih",
        "kumuh.aspek",
    ),
    (
        "berapa jumlah kriteria kumuh menurut permen pupr empat belas tahun dua ribu delapan belas",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor brp dianggap kumuh berat", "kumuh.penilaian"),
    (
        "nilai maksimal penilaian kumuh itu 80 ya terus tiap kriteria dinilai 0 1 3 5",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang berapa sampai berapa", "kumuh.tingkat_sedang_ringan"),
    (
        "skor lokasi kami 30 itu masuk kumuh ringan atau sedang",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sama peremajaan apa", "kumuh.pola_penanganan"),
    (
        "kalau lahannya ilegal penanganannya harus pemukiman kembali ya bukan pemugaran",
        "kumuh.pola_penanganan",
    ),
    ("pola penanganan kumuh", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("berapa jumlah lokasi kumuh di kalteng sekarang", "kumuh.kalteng"),
    (
        "Kabupaten mana yang lokasi kumuhnya paling banyak di Kalimantan Tengah?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "apa aja yang harus diisi kalau mau ngusulin kegiatan ke provinsi",
        "usulan.isi",
    ),
    ("isi usulan apa aj", "usulan.isi"),
    (
        "Mohon informasi data minimal yang harus dimuat dalam usulan kegiatan kabupaten kepada "
        "Disperkimtan Provinsi beserta alasannya.",
        "usulan.isi",
    ),
    (
        "usulan kegiatan itu isinya apa saja terus satu lagi kalau rakornya di aula kami "
        "bawa laptop atau tidak",
        "usulan.isi",
    ),
    (
        "What information does a proposal to the province have to contain?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "jenis usulan yang bisa diajukan ke provinsi apa aja selain psu",
        "usulan.jenis",
    ),
    (
        "bisa gak kami ngusulin rumah untuk korban bencana provinsi atau cuma kumuh sama psu",
        "usulan.jenis",
    ),
    ("jenis usulan", "usulan.jenis"),
    # usulan.lokasi
    (
        "data lokasi usulan harus sampai nama kecamatan desa sama titik gps gak",
        "usulan.lokasi",
    ),
    (
        "nama lokasi di usulan harus sama persis dengan yang ada di sk kumuh ya",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    # usulan.penerima_biaya
    ("jumlah kk sama jiwa wajib diisi ya", "usulan.penerima_biaya"),
    (
        "sumber dana yang bisa dipilih waktu ngisi usulan apa aja",
        "usulan.penerima_biaya",
    ),
    (
        "Apakah dalam usulan perlu dicantumkan estimasi biaya dan dana pendamping dari APBD "
        "kabupaten?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "readiness criteria usulan itu dokumennya apa aja",
        "usulan.kesiapan",
    ),
    (
        "dokumen kesiapan buat usulan psu jalan lingkungan apa aja yang perlu disiapin",
        "usulan.kesiapan",
    ),
    (
        "kalau belum punya DED apa usulan tetap bisa masuk atau harus lengkap dulu",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    (
        "What readiness documents should we attach to a PSU proposal?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "tanah buat drainase masih punya warga belum diserahkan ke pemda boleh diusulkan",
        "usulan.lahan",
    ),
    (
        "lahannya masih sengketa sama warga sebelah bisa tetap diusulin ga",
        "usulan.lahan",
    ),
    (
        "syarat lahan clean and clear untuk usulan itu apa aja",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan sk kumuh?", "usulan.sk_kumuh"),
    (
        "lokasi kami tidak tercantum di sk kumuh apa masih bisa usul penanganan kumuh ke provinsi",
        "usulan.sk_kumuh",
    ),
    (
        "sk kumuhnya udh enam tahun ngaruh gak ke usulan kami",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    ("DED RAB RKS site plan wajib semua?", "usulan.dokumen_teknis"),
    (
        "foto kondisi eksisting perlu dilampirkan gak terus maksimal berapa",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    (
        "Do we need a DED, a RAB and a site plan before proposing?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "perlu surat pernyataan siap menerima hibah sama pemeliharaan gak di usulan",
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah usulan wajib disertai surat pernyataan kesediaan menerima hibah serta "
        "melaksanakan operasi dan pemeliharaan aset?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "bisa gak program rtlh provinsi dipakai buat bangun rumah baru di tanah kosong",
        "usulan.rtlh",
    ),
    ("rtlh tanahnya cuma SKT boleh?", "usulan.rtlh"),
    (
        "penerima rtlh dari provinsi itu ditetapkan pakai sk siapa ya",
        "usulan.rtlh",
    ),
    (
        "What are the conditions for getting RTLH help from the province?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga mau minta jalan lingkungan langsung ke provinsi boleh ga tanpa lewat dinas",
        "usulan.psu_masyarakat",
    ),
    (
        "proposal warga untuk drainase harus diketahui siapa aja rt rw lurah camat gitu",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jalan lingkungan yang dibangun provinsi nanti asetnya jadi punya siapa",
        "hibah.aset",
    ),
    (
        "setelah selesai dibangun pemeliharaannya jadi tanggungan kabupaten ya",
        "hibah.aset",
    ),
    (
        "Bagaimana mekanisme penyerahan aset PSU hasil pembangunan provinsi kepada pemerintah "
        "kabupaten dan dokumen apa yang menjadi dasar pencatatannya di neraca kami?",
        "hibah.aset",
    ),
    (
        "Who maintains the drainage after the province hands it over to the regency?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kalau ternyata bukan kewenangan provinsi terus dananya bisa dari mana",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami cuma enam hektar ditolak provinsi terus cari dana kemana lagi ya",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "bisa pakai dana desa gak buat nangani kumuh yang kecil kecil",
        "pendanaan.saluran_lain",
    ),
    ("alternatif pendanaan", "pendanaan.saluran_lain"),
    (
        "If the province cannot fund it, what other funding sources can we try?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "alur usulan dari kabupaten sampai jadi kegiatan itu gimana dalam setahun",
        "siklus.tahunan",
    ),
    (
        "usulan yang kami kirim tahun ini itu untuk anggaran tahun depan kan bukan tahun ini",
        "siklus.tahunan",
    ),
    ("siklus usulan", "siklus.tahunan"),
    (
        "urutan nya itu dari usul terus di periksa terus rakor terus apa lagi sampai dibangun",
        "siklus.tahunan",
    ),
    ("How does the yearly proposal cycle work?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi meriksa usulan itu apa aja yang dicek", "siklus.pemeriksaan"),
    (
        "verifikasi usulan ada cek lapangannya gak atau cuma berkas",
        "siklus.pemeriksaan",
    ),
    (
        "Dari Inspektorat: apakah penelaahan usulan oleh provinsi mencakup aspek kewenangan "
        "selain kelengkapan administrasi dan teknis?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "rakor kawasan permukiman itu tujuannya apa sih buat kabupaten",
        "siklus.rakor",
    ),
    (
        "katanya rakor itu selalu tiap bulan november ya tanggalnya tetap",
        "siklus.rakor",
    ),
    (
        "siapa aja yang ikut rakor bidang kawasan permukiman se kalteng",
        "siklus.rakor",
    ),
    ("What is the annual Rakor for?", "siklus.rakor"),
    # siklus.rkpd_apbd
    (
        "setelah rakor usulan masuk kemana musrenbang dulu atau langsung apbd",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan yang disepakati pada Rakor apakah otomatis masuk RKPD Provinsi dan APBD tahun "
        "berikutnya?",
        "siklus.rkpd_apbd",
    ),
    ("dr rakor ke musrenbang", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "pokja pkp kabupaten perannya apa dan dasar hukumnya apa",
        "koordinasi.pokja_pkp",
    ),
    (
        "apa betul pokja pkp itu dibentuk sama provinsi bukan sama kabupaten",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan provinsi dimana ya", "disperkimtan.kontak"),
    ("kantor perkim prov dmn", "disperkimtan.kontak"),
    ("Where is the provincial Disperkimtan office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    (
        "jam jadwal di bot ini pakai wib atau wita soalnya kami bingung",
        ("bot.cara_pakai", "istilah.wib"),
    ),
    (
        "bot nya bisa dipakai pakai bahasa inggris juga gak",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "di form usul bisa lampirin pdf gak terus maksimal berapa file",
        "bot.usul",
    ),
    (
        "bisa salin usulan tahun lalu biar gak ngisi dari awal lagi",
        "bot.usul",
    ),
    (
        "kalau lagi ngisi form sinyal hilang isiannya ilang gak",
        "bot.usul",
    ),
    (
        "kode USL yang muncul setelah kirim usulan itu buat apa",
        ("bot.usul", "bot.status"),
    ),
    # bot.status
    ("arti status dibahas rakor apa", "bot.status"),
    (
        "status perlu perbaikan itu maksudnya apa terus kami harus ngapain",
        "bot.status",
    ),
    (
        "usulan yang sudah disetujui bisa berubah lagi gak statusnya",
        "bot.status",
    ),
    (
        "What do the proposal statuses in the bot mean?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak alasannya bukan kewenangan provinsi terus langkah kami gimana",
        "bot.ditolak_dialihkan",
    ),
    (
        "dialihkan ke apbd kabupaten itu maksudnya gimana usulan kami tidak dipakai",
        "bot.ditolak_dialihkan",
    ),
    ("usulan ditolak hrs gmn", "bot.ditolak_dialihkan"),
    (
        "My proposal was redirected to another funding source. What should I do now?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "berapa lama biasanya usulan mulai diverifikasi sama provinsi",
        "bot.tindak_lanjut",
    ),
    (
        "katanya ada standar tiga hari kerja ya buat usulan ditanggapi itu aturan resmi provinsi",
        "bot.tindak_lanjut",
    ),
    # istilah.*
    ("perkim itu singkatan dari apa ya pak", "istilah.perkim"),
    ("disperkimtan kepanjangannya", "istilah.disperkimtan"),
    ("PSU itu apa", "istilah.psu"),
    ("jaling apaan", "istilah.jaling"),
    (
        "drainase lingkungan yang dimaksud di usulan itu saluran yang mana sih",
        "istilah.drainase",
    ),
    (
        "di tabel data kumuh ada kode kr ks kb itu artinya apa ya",
        ("istilah.kr", "istilah.ks", "istilah.kb"),
    ),
    (
        "KB di data kumuh itu bukan keluarga berencana kan maksudnya apa",
        "istilah.kb",
    ),
    ("orang bappeda nanya sk kumuh itu sebenarnya surat apa", "istilah.skkumuh"),
    ("deliniasi itu apa", "istilah.delineasi"),
    ("RTLH singkatan dari apa", "istilah.rtlh"),
    ("kalau RLH kebalikannya RTLH gitu ya artinya apa", "istilah.rlh"),
    ("bedah rumah yang sering disebut di berita itu istilah untuk apa", "istilah.bedahrumah"),
    ("BSPS itu bantuan apa dan dari siapa", "istilah.bsps"),
    ("MBR artinya", "istilah.mbr"),
    (
        "rusunawa itu beda sama rusun biasa dimananya",
        ("istilah.rusunawa", "istilah.rusun"),
    ),
    ("rusus itu rumah apa", "istilah.rusus"),
    (
        "What is the difference between huntara and huntap?",
        ("istilah.huntara", "istilah.huntap"),
    ),
    ("huntap itu singkatan dari hunian apa ya", "istilah.huntap"),
    ("KK di form itu maksudnya kartu keluarga atau kepala keluarga", "istilah.kk"),
    ("jiwa di isian penerima manfaat itu hitungan orang ya", "istilah.jiwa"),
    ("satuan ha di form itu hektar kan bukan hektometer", "istilah.ha"),
    ("de e de itu singkatan dari apa", "istilah.ded"),
    ("rab singkatan", "istilah.rab"),
    ("RKS itu dokumen apa dan isinya kira kira apa", "istilah.rks"),
    ("KAK sama TOR itu sama gak", "istilah.kak"),
    ("site plan atau rencana tapak itu gambar apa sih", "istilah.siteplan"),
    ("RC yang disebut di readiness itu singkatan dari apa", "istilah.rc"),
    ("BAST kepanjangannya apa", "istilah.bast"),
    ("hibah itu maksudnya apa kalau dalam konteks aset pemerintah", "istilah.hibah"),
    ("bedanya BMD dan BMN", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu singkatan apa", "istilah.op"),
    ("What does SPM stand for in the housing sector?", "istilah.spm"),
    ("pokja pkp itu apa", "istilah.pokjapkp"),
    ("pokja ppas itu kepanjangannya apa ya kelompok kerja apa", "istilah.pokjappas"),
    ("ampl di pokja ampl itu singkatan apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen perencanaan apa", "istilah.rp3kp"),
    ("bedanya RP3KP dan RP2KPKP", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("program kotaku yang dulu itu sebenarnya program apa", "istilah.kotaku"),
    ("DAK tematik PPKT itu dana apa ya", "istilah.daktematikppkt"),
    ("What does APBN mean?", "istilah.apbn"),
    ("apbd singkatan", "istilah.apbd"),
    ("apbdes itu sama dengan dana desa?", "istilah.apbdes"),
    ("bankeu yang sering disebut bappeda itu bantuan keuangan apa", "istilah.bankeu"),
    ("pokir dewan itu maksudnya apa", "istilah.pokir"),
    ("musrenbang singkatan dari", "istilah.musrenbang"),
    ("RKPD itu dokumen apa", "istilah.rkpd"),
    ("renja sama renstra beda apa", ("istilah.renja", "istilah.renstra")),
    ("rpjmd", "istilah.rpjmd"),
    ("KUA-PPAS itu apa dan disusun kapan", "istilah.kuappas"),
    ("RKA itu singkatan dari apa", "istilah.rka"),
    ("dpa dinas itu maksudnya dokumen apa", "istilah.dpa"),
    ("SIPD itu sistem apa punya siapa", "istilah.sipd"),
    ("bapperida itu sama dengan bappeda ya", "istilah.bapperida"),
    ("OPD sama SKPD sama aja?", ("istilah.opd", "istilah.skpd")),
    ("SPAM di sini maksudnya bukan pesan sampah kan", "istilah.spam"),
    ("spald apa", "istilah.spald"),
    ("IPAL itu instalasi apa", "istilah.ipal"),
    ("TPS3R itu tempat sampah yang gimana", "istilah.tps3r"),
    ("mck kepanjangannya", "istilah.mck"),
    ("RTRW di sini tata ruang atau rt rw", "istilah.rtrw"),
    ("rdtr itu rencana apa", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya", "istilah.pbg"),
    ("SLF itu sertifikat apa", "istilah.slf"),
    ("SKBG itu singkatan dari apa", "istilah.skbg"),
    ("SKT itu surat apa yang ngeluarin siapa", "istilah.skt"),
    ("What does clean and clear mean for land?", "istilah.cleanandclear"),
    ("csr itu maksudnya dana dari perusahaan ya", "istilah.csr"),
    ("rakor kepanjangannya apa", "istilah.rakor"),
    ("LAPOR! itu aplikasi apa", "istilah.lapor"),
    ("WIB itu UTC plus berapa", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa", "istilah.backlog"),
    ("PKP dalam perumahan itu singkatan apa bukan pengusaha kena pajak", "istilah.pkp"),
    ("definisi kumuh", "istilah.kumuh"),
    ("DAK itu dana apa", "istilah.dak"),
    ("rusun artinya", "istilah.rusun"),
]

ROUND17_INTENTS: list[tuple[str, str]] = [
    ("usulan sy udh sampai mana", "status"),
    ("cek status usulan kami", "status"),
    (
        "gimana kabar usulan jalan lingkungan kami yang dikirim bulan lalu udah diproses belum",
        "status",
    ),
    ("Where does our proposal stand now?", "status"),
    ("usulan USL-2026-0007 statusnya apa", "status"),
    ("usulan drainase kami sudah diverifikasi blm ya", "status"),
    ("rakor tahun ini kpn", "meeting"),
    ("jadwal rapat koordinasi berikutnya", "meeting"),
    ("rakor nya diadakan dimana tempatnya", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    (
        "rapat sinkronisasi kawasan permukiman tahun ini tanggal berapa dan di mana",
        "meeting",
    ),
    ("Mohon informasi jadwal rakor bidang kawasan permukiman terdekat.", "meeting"),
    ("batas akhir kirim usulan kapan", "deadline"),
    ("deadline usulan", "deadline"),
    ("tenggat pengajuan usulan untuk tahun anggaran depan tanggal berapa", "deadline"),
    ("What's the deadline for sending proposals?", "deadline"),
    ("usulan paling lambat masuk kpn ya", "deadline"),
    ("masih bisa kirim usulan minggu depan gak atau udah ditutup", "deadline"),
    ("selamat pagi pak", "greeting"),
    ("terima kasih banyak infonya", "greeting"),
    ("halo bot", "greeting"),
    ("cara pakai bot ini gimana", "greeting"),
    ("help", "greeting"),
    ("makasih ya", "greeting"),
    ("mau input usulan baru gmn", "how_to_submit"),
    ("cara mengajukan usulan kegiatan lewat bot ini", "how_to_submit"),
    ("How do I submit a new proposal?", "how_to_submit"),
    ("sy mau usul jalan lingkungan caranya gmn", "how_to_submit"),
    ("buat usulan baru", "how_to_submit"),
    ("gimana cara masukin usulan drainase ke provinsi lewat sini", "how_to_submit"),
]

ROUND17_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha kewenangan siapa", "kabkota"),
    ("kawasan kumuh seluas 12 hektar ditangani siapa", "provinsi"),
    ("lokasi kumuh 15 hektare kewenangan mana", "pusat"),
    ("kumuh pas 10 ha itu provinsi atau kabupaten", "provinsi"),
    ("kumuh tepat 15 hektare masih provinsi?", "pusat"),
    ("kumuh 14,99 ha siapa yang tangani", "provinsi"),
    ("luas kumuh 85.000 m2 siapa yang tangani", "kabkota"),
    ("kawasan kumuh 120.000 meter persegi kewenangan siapa", "provinsi"),
    ("kumuh 150.000 m² itu urusan siapa", "pusat"),
    ("kumuh sepuluh koma dua hektar kewenangan siapa", "provinsi"),
    ("kawasan kumuh dua puluh hektar yang pegang siapa", "pusat"),
    ("A slum area of 11.3 hectares: who is responsible?", "provinsi"),
    ("Whose job is a 7 ha slum area?", "kabkota"),
    ("kumuh 3,75 ha kewenangan kab atau prov", "kabkota"),
    ("kawasan kumuh kami 18 ha apa bisa diusulkan ke provinsi", "pusat"),
    ("kumuh 10,0 ha masuk mana", "provinsi"),
    ("kumuh 9,99 hektare kewenangan siapa", "kabkota"),
    ("kumuh 25 ha siapa yg tangani", "pusat"),
    ("delineasi di sk kumuh 13,4 ha itu kewenangan provinsi kan", "provinsi"),
    ("99.500 m2 kumuh kewenangan siapa", "kabkota"),
    ("kumuh 100.000 m2 kewenangan siapa", "provinsi"),
    ("kumuh kurang dari 10 ha siapa yang nangani", "kabkota"),
    ("luasnya 145.000 m² kawasan kumuh siapa yang berwenang", "provinsi"),
    ("kumuh lima belas koma lima hektar kewenangan siapa", "pusat"),
    ("kumuh 1,5 ha", "kabkota"),
]

ROUND17_OUT_OF_SCOPE: list[str] = [
    "pagu anggaran PSU provinsi tahun 2027 berapa",
    "harga satuan paving block per meter persegi di palangka raya berapa sekarang",
    "berapa unit rtlh yang dapat bantuan di katingan tahun ini",
    "nomor hp kabid kawasan permukiman provinsi berapa",
    "kapan pencairan termin kontraktor jalan lingkungan di kapuas",
    "aturan batas luas kumuh di kalimantan selatan gimana",
    "siapa kontraktor pemenang tender drainase di sampit",
    "standar tebal beton rabat jalan lingkungan itu berapa cm",
    "harga rumah subsidi di palangkaraya tahun ini berapa",
    "nomor SK kumuh kota palangka raya yang terbaru berapa",
    "berapa alokasi DAK tematik PPKT untuk kalteng tahun 2027",
    "cuaca palangka raya besok gimana",
    "aplikasi SIPD saya error gak bisa login dari tadi",
    "cara reset password e-kinerja",
    "jadwal kapal ke kuala pembuang minggu ini",
    "pengajuan cuti tahunan PNS gimana caranya",
    "berita terbaru gubernur kalteng hari ini apa",
    "kurs dolar hari ini berapa",
    "cara urus kenaikan pangkat reguler",
    "rekomendasi hotel murah dekat kantor gubernur",
    "harga semen di muara teweh sekarang",
    "skor bola tadi malam",
    "bagaimana cara mengisi SPT pajak tahunan",
    "Can you translate this letter into English for me?",
    "What is the exchange rate of the rupiah to the US dollar today?",
    "printer kantor macet gimana benerinnya",
    "kapan jadwal tes CPNS 2027",
    "email dinas kami tidak bisa kirim lampiran besar kenapa ya",
]
