"""Training table R29 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 41's styles, written by another hand for the first half of the topic list after round 41
was measured: checking a belief with one detail wrong, negation and exclusion, where or to whom
to go, phone predictive text (Every Word Capitalised, no space after punctuation), whether a
rule is still in force, how long / how many / how often, statements of confusion instead of
questions, asking for the answer's format; stiff machine-translated English. A glossary
entry's questions ask what the term means. Its slum-area questions are computed by rule, not
learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R29_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Tolong rangkum pembagian kewenangan perkim antara pusat, provinsi dan kab/kota, "
            "pakai poin saja"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Please explain the division of authority of housing and settlement area between "
            "the centre, the province and the regency, answer with points only."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "setahu saya perumahan dan kawasan permukiman itu cuma urusan pilihan ya, bukan "
            "urusan wajib? mohon dikoreksi kalau salah"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Sejak ada Kementerian PKP yang baru, perkim masih tergolong urusan wajib "
            "pelayanan dasar atau statusnya sudah berubah?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kalau ada kawasan kumuh di Kelurahan Baamang Hilir, penanganannya dibawa ke "
            "level mana, kab atau prov? tergantung apa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Pembagian kewenangan kumuh berdasarkan luas itu masih sama seperti di lampiran "
            "UU 23/2014 atau sudah direvisi?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang sudah 15 ha lebih itu bukan tanggungan provinsi lagi kan? "
            "lalu siapa yang pegang"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Ketentuan kumuh 15 hektar ke atas jadi urusan pemerintah pusat itu masih berlaku "
            "untuk tahun anggaran 2027?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pencegahan kumuh itu dibagi dua ya antara provinsi dan kabupaten, provinsi "
            "pegang yang skala besar, betul begitu?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kegiatan Pencegahan Kumuh Apakah Bisa Dianggap Provinsi,Atau Hanya Kab/Kota Saja "
            "Yang Boleh Menganggarkan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Urusan perumahan apa saja yang tidak termasuk kewenangan provinsi?",
        "kewenangan.perumahan",
    ),
    (
        "kewenangan provinsi di sub urusan perumahan apa aja? singkat saja 2-3 poin",
        "kewenangan.perumahan",
    ),
    (
        "Penyediaan rumah untuk MBR itu tanggung jawab level mana, kami harus minta ke siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Penyediaan rusun untuk MBR itu sekarang masih dipegang pusat atau sudah "
            "dilimpahkan ke provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "As I know, the house of the flood victims that is set as regency disaster is "
            "handled by the province, is it right?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Untuk rumah korban bencana dan warga yang direlokasi, ada berapa level "
            "pemerintah yang terlibat dan masing-masing pegang yang mana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan dan pengembangan perumahan dari pengembang itu diterbitkan oleh "
            "siapa, pemkab atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        "Penerbitan Skbg Itu Kewenangan Siapa Ya Pal,Provinsi Atau Kabupaten/Kota?",
        "kewenangan.izin",
    ),
    (
        "di sub urusan kawasan permukiman, bagian mana yang bukan tugas provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Mohon pencerahan terkait isi sub urusan kawasan permukiman untuk tiap tingkat "
            "pemerintahan"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU perumahan itu kewenangan provinsi dan PSU permukiman kewenangan kabupaten, "
            "benar begitu?"
        ),
        "kewenangan.psu",
    ),
    (
        "belum paham bedanya PSU perumahan dengan PSU permukiman dari sisi siapa yang berwenang",
        "kewenangan.psu",
    ),
    (
        (
            "Jalan apa saja yang tidak bisa dibangun Disperkimtan lewat program PSU? misalnya "
            "ruas jalan kabupaten, boleh atau tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "PSU yang dikerjakan provinsi itu mencakup berapa jenis pekerjaan? cuma jalan "
            "lingkungan dan drainase atau ada yang lain"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi perancang rumah tingkat kemampuan kecil itu didaftarkan ke mana, "
            "dinas kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "ada berapa tingkatan kemampuan untuk registrasi perencana PSU dan masing-masing "
            "ditangani pemerintah mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "Target capaian SPM perumahan untuk korban bencana provinsi itu berapa persen?",
        "kewenangan.spm",
    ),
    (
        (
            "SPM bidang perumahan rakyat masih mengacu Permen PUPR 29/2018 atau sudah ada "
            "pengganti yang baru?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "setahu saya luas kumuh untuk menentukan kewenangan itu luas seluruh desa, bukan "
            "cuma kawasan kumuhnya. cmiiw ya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "ragu soal luas mana yang dipakai, apakah luas kawasan sesuai SK kumuh atau luas "
            "wilayah kelurahannya"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "SK penetapan lokasi kumuh itu ditandatangani siapa? Gubernur atau Bupati/Wali Kota?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh harus ditinjau ulang setiap berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "kriteria kumuh itu sebenarnya ada berapa aspek ya, dan kriterianya total berapa?",
        "kumuh.aspek",
    ),
    (
        "Sebutkan aspek-aspek penilaian kumuh menurut Permen PUPR 14/2018, pakai poin",
        "kumuh.aspek",
    ),
    (
        "How much is the minimum score for one location to be called as heavy slum?",
        "kumuh.penilaian",
    ),
    (
        (
            "Lokasi kami skornya 55, berarti tidak masuk kumuh berat ya? nilai maksimalnya "
            "sendiri berapa"
        ),
        "kumuh.penilaian",
    ),
    (
        "kalau tidak salah skor kekumuhan 45 itu masuk kumuh ringan, betul?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Rentang Nilai Kumuh Sedang Dan Ringan Itu Berapa Sajak,Mohon Infonya Pak",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Saya belum paham kapan pakai pemugaran, kapan peremajaan, kapan pemukiman kembali",
        "kumuh.pola_penanganan",
    ),
    (
        "Pola penanganan apa yang tidak cocok dipakai untuk kumuh di atas lahan ilegal?",
        "kumuh.pola_penanganan",
    ),
    (
        "Berapa jumlah lokasi kumuh di Kalteng dan total luasnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        "data 111 lokasi kumuh se-Kalteng itu masih jadi acuan atau sudah ada pemutakhiran?",
        "kumuh.kalteng",
    ),
    (
        (
            "mohon pencerahan, apa saja yang perlu diisi dalam usulan kegiatan ke provinsi "
            "dan kenapa data itu diminta"
        ),
        "usulan.isi",
    ),
    (
        "Isi usulan kegiatan itu apa saja? jawab pakai poin ya, buat saya teruskan ke staf",
        "usulan.isi",
    ),
    (
        "Ada berapa jenis usulan yang bisa kami ajukan ke Disperkimtan provinsi?",
        "usulan.jenis",
    ),
    (
        "Selain Kumuh Dan Psu,Usulan Jenis Apa Lagi Yang Bisa Diajak Ke Provinsi?",
        "usulan.jenis",
    ),
    (
        (
            "How many data of location must be filled in the proposal, until the village "
            "level or only the sub-district?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Data Lokasi Usulan Harus Sampai Desa/Kelurahan Atau Cukup Kecamatan,Titik Gps "
            "Wajah Diisi Juga Tidak?"
        ),
        "usulan.lokasi",
    ),
    (
        "Penerima Manfaat Di Usulan Diisi Jumlah Kk Atau Jiwa,Atau Dua Duanya?Mohon Arahan Pal",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang boleh dipilih di usulan apa saja? sebutkan saja daftarnya",
        "usulan.penerima_biaya",
    ),
    (
        "Dokumen kesiapan mana yang tidak wajib dilampirkan untuk usulan PSU?",
        "usulan.kesiapan",
    ),
    (
        "apa saja readiness criteria untuk usulan PSU permukiman? singkat saja pakai poin",
        "usulan.kesiapan",
    ),
    (
        (
            "Menurut saya lahan sudah clean and clear asal bersertifikat, tidak perlu dicek "
            "hal lain lagi. Benar begitu?"
        ),
        "usulan.lahan",
    ),
    (
        "masih bingung lahan milik desa itu bisa dipakai untuk usulan atau harus lahan pemda",
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kabupaten kami terbit 2019, apakah masih bisa dipakai untuk usulan "
            "kumuh tahun ini?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Kalau lokasinya tidak tercantum di SK kumuh, usulan kumuhnya tidak bisa diproses "
            "sama sekali ya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Dokumen teknis yang dilampirkan di usulan itu ada berapa macam? DED, RAB, lalu "
            "apa lagi?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Ded Dan Rab Wajib Sudah Ada Waktu Mengusulkan?Kalau Belum Ada Apakah Usulan "
            "Langsung Ditolong"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "belum paham fungsi surat pernyataan kesediaan menerima hibah dan operasi "
            "pemeliharaan di usulan kami"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "apakah surat pernyataan hibah dan O&P masih diminta untuk usulan TA 2027 atau "
            "sudah tidak dipakai?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Untuk RTLH lewat provinsi boleh bangun rumah baru di tanah sewaan kan, asal "
            "warganya memang tidak mampu?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Penerima bantuan RTLH dari provinsi itu ditetapkan lewat SK siapa? Bupati atau "
            "Gubernur?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga Desa Tahai Baru minta dibangunkan jalan lingkungan, permohonannya harus "
            "diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Apakah Masyarakat Boleh Mengusulkan Psu Langsung Ke Provinsi,Tanpa Lewat Dinas "
            "Kabupaten?Mohon Pencernaan"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di lahan kabupaten tahun lalu sekarang "
            "masih tercatat aset provinsi atau sudah harus dihibahkan ke kami?"
        ),
        "hibah.aset",
    ),
    (
        "BAST hibah aset PSU dari provinsi itu ditandatangani oleh siapa di pihak kabupaten?",
        "hibah.aset",
    ),
    (
        (
            "If our proposal is not the authority of the province, through which channel the "
            "funding can be searched?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau bukan kewenangan provinsi, sumber dana selain APBD provinsi yang masih "
            "bisa dicoba apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "dalam setahun, tahapan usulan dari kabupaten sampai diputuskan provinsi itu ada "
            "berapa langkah?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Usulan yang kami kirim tahun 2026 ini masuk anggaran tahun ini atau baru berlaku "
            "tahun depan?"
        ),
        "siklus.tahunan",
    ),
    (
        "I am still confused in what way the province is checking our proposal from the regency",
        "siklus.pemeriksaan",
    ),
    (
        "Usulan Yang Masuk Diperiksa Provinsi Dari Sisi Apa Saja,Administrasi Atau Teknis Juga?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kalau tidak keliru Rakor kawasan permukiman diadakan tiap semester ya, jadi dua "
            "kali setahun?"
        ),
        "siklus.rakor",
    ),
    (
        "Tujuan Rakor bidang kawasan permukiman se-Kalteng apa? satu kalimat saja buat slide",
        "siklus.rakor",
    ),
    (
        (
            "saya masih bingung alur setelah Rakor, usulan masuk Musrenbang provinsi dulu "
            "atau langsung ke APBD"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Setelah dibahas di Rakor, usulan kami dimasukkan ke dokumen perencanaan apa?",
        "siklus.rkpd_apbd",
    ),
    (
        "Apakah dasar hukum Pokja PKP tetap Permen PUPR 12/2020 sampai sekarang?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP itu bukan OPD pelaksana kegiatan kan? lalu fungsinya sebagai apa",
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Disperkimtan provinsi di mana ya? mau antar dokumen usulan langsung",
        "disperkimtan.kontak",
    ),
    (
        "Kantor Disperkimtan Prov Kalteng Di Jalan Apa Ya,Saya Mau Antar Surat Besok Pagu",
        "disperkimtan.kontak",
    ),
    (
        "Daftar perintah yang bisa dipakai di bot ini apa saja? pakai poin",
        "bot.cara_pakai",
    ),
    (
        (
            "jam di bot ini masih pakai WIB atau sudah berubah? ada teman yang bilang Kalteng "
            "sekarang ikut WITA"
        ),
        "bot.cara_pakai",
    ),
    (
        "Di /usul foto kondisi lokasi maksimal berapa lembar, dokumen PDF berapa file?",
        "bot.usul",
    ),
    (
        "Waktu pakai salin usulan lama, bagian mana saja yang tidak ikut tersalin?",
        "bot.usul",
    ),
    (
        "belum paham arti status verifikasi dan dibahas di Rakor, bedanya di mana",
        "bot.status",
    ),
    (
        "What is the meaning of the status 'dialihkan'? Please answer in one sentence.",
        "bot.status",
    ),
    (
        "usulan kami dialihkan ke APBD kabupaten, selanjutnya kami harus bawa ke mana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan yang sudah berstatus ditolak masih bisa berubah lagi atau sudah final?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Berapa hari kerja paling lama usulan kami harus sudah diverifikasi provinsi?",
        "bot.tindak_lanjut",
    ),
    (
        "standar 3 hari kerja itu aturan wajib Disperkimtan kan, bukan cuma patokan bot?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kalau saya berhalangan hadir rapat, bisa diwakilkan ke rekan dan konfirmasinya "
            "lewat mana?"
        ),
        "bot.rapat",
    ),
    (
        "Pengingat undangan rapat di bot dikirim berapa kali sebelum acara?",
        "bot.rapat",
    ),
    (
        "Saya masih bingung Perkim itu singkatan dari apa",
        "istilah.perkim",
    ),
    (
        "Perkim Itu Kepanjangannya Apa Ya Bu,Maaf Masih Baru Di Dinar Ini",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu Dinas Perumahan, Kawasan Permukiman dan Pertamanan kan?",
        "istilah.disperkimtan",
    ),
    (
        "kepanjangan Disperkimtan apa? tulis lengkap saja tanpa penjelasan",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu terdiri dari berapa unsur dan apa kepanjangannya?",
        "istilah.psu",
    ),
    (
        "PSU is not standing for Public Service Unit, right? What is the real stand for?",
        "istilah.psu",
    ),
    (
        "jaling itu bukan jalan lingkar kan? artinya apa sebenarnya",
        "istilah.jaling",
    ),
    (
        "Jaling Itu Maksudnya Apa Pak,Sering Muncul Di Rapat Tapi Sata Kurang Paham",
        "istilah.jaling",
    ),
    (
        "Drainase lingkungan artinya apa? jelaskan satu kalimat",
        "istilah.drainase",
    ),
    (
        "KR di data kumuh itu singkatan kawasan rawan ya?",
        "istilah.kr",
    ),
    (
        "mohon pencerahan maksud kode KR di tabel data kumuh",
        "istilah.kr",
    ),
    (
        "KS di kolom tingkat kekumuhan jelas bukan Kawasan Strategis, lalu kepanjangannya apa?",
        "istilah.ks",
    ),
    (
        (
            "Kode KS di daftar lokasi kumuh masih berarti hal yang sama dengan dulu atau "
            "sudah ganti arti?"
        ),
        "istilah.ks",
    ),
    (
        "KB di daftar lokasi kumuh artinya apa? jawab singkat",
        "istilah.kb",
    ),
    (
        "What Is The Meaning Of Kb In The Table Of Slum,Is It Family Planing?",
        "istilah.kb",
    ),
    (
        "belum paham yang dimaksud SK kumuh itu surat apa",
        "istilah.skkumuh",
    ),
    (
        (
            "SK kumuh itu merujuk ke keputusan apa? saya diminta nomornya tapi tidak tahu "
            "dokumen yang dimaksud"
        ),
        "istilah.skkumuh",
    ),
    (
        "ragu soal arti kata delineasi yang ada di dokumen kumuh",
        "istilah.delineasi",
    ),
    (
        "Delineasi Itu Artinya Apa,Apakah Sama Dengan Batas Kawan?",
        "istilah.delineasi",
    ),
    (
        "RTLH itu Rumah Tinggal Layak Huni, benar tidak?",
        "istilah.rtlh",
    ),
    (
        "Still not understand what is the meaning of RTLH in the housing programme",
        "istilah.rtlh",
    ),
    (
        "Belum paham beda istilah RLH dan RTLH",
        ("istilah.rlh", "istilah.rtlh"),
    ),
    (
        "RLH singkatan apa? singkat saja",
        "istilah.rlh",
    ),
    (
        (
            "istilah bedah rumah itu sekarang masih sama maksudnya dengan perbaikan RTLH atau "
            "sudah beda arti?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah itu artinya membongkar rumah lalu bangun baru total kan?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu bantuan yang ditujukan kepada siapa, singkatan dari apa?",
        "istilah.bsps",
    ),
    (
        "Bsps Itu Kepanjangannya Apa Ya,Bantuan Stimulan Perumahan Swadaya Atau Swasta?",
        "istilah.bsps",
    ),
    (
        "MBR itu apa? jawab satu kalimat",
        "istilah.mbr",
    ),
    (
        "mohon pencerahan soal istilah MBR yang sering disebut di rapat",
        "istilah.mbr",
    ),
    (
        "Rusunawa is the flat that is owned by the resident, is it correct?",
        "istilah.rusunawa",
    ),
    (
        "Kata rusunawa dibentuk dari berapa kata, dan masing-masing artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "Yang dimaksud rusus itu apa? yang pasti bukan rumah susun kan",
        "istilah.rusus",
    ),
    (
        "Arti rusus apa? satu baris saja",
        "istilah.rusus",
    ),
]

TRAIN_R29_INTENTS: list[tuple[str, str]] = [
    (
        "usulan jaling kami di Kecamatan Seranau sudah sampai mana prosesnya ya?",
        "status",
    ),
    (
        "Cek status usulan kami USL-2026-0007 dong, sudah diverifikasi belum",
        "status",
    ),
    (
        "Usulan drainase Kab. Lamandau yang kami kirim bulan lalu sudah diterima atau ditolak?",
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana ya?",
        "meeting",
    ),
    (
        "Rapat koordinasi berikutnya mulai jam berapa? tempatnya masih di aula Disperkimtan?",
        "meeting",
    ),
    (
        "When is the next coordination meeting will be held and in what place?",
        "meeting",
    ),
    (
        "batas akhir pengiriman usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "Usulan Untuk Ta 2027 Masih Diterima Sampai Kapan Pak?",
        "deadline",
    ),
    (
        "kalau kirim usulan minggu depan masih keburu gak sebelum ditutup?",
        "deadline",
    ),
    (
        "Selamat pagi pak, izin bertanya",
        "greeting",
    ),
    (
        "makasih banyak infonya min 🙏",
        "greeting",
    ),
    (
        "halo, tolong bantu saya",
        "greeting",
    ),
    (
        "gimana cara input usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Langkah mengirim usulan PSU dari HP bagaimana? saya baru pertama pakai bot ini",
        "how_to_submit",
    ),
    (
        "How to submit the proposal through this bot?",
        "how_to_submit",
    ),
]

TRAIN_R29_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha di Kelurahan Baamang Tengah kewenangan siapa?",
        "kabkota",
    ),
    (
        "Kawasan kumuh seluas 10 hektar pas, itu ditangani provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "luas delineasi di SK 14,99 ha masuk kewenangan mana?",
        "provinsi",
    ),
    (
        "Kumuh 15 Hektare Di Selat Hulu Ditangani Siapa?",
        "pusat",
    ),
    (
        "lokasi kumuh 120.000 m2 di Sampit tanggung jawab level mana?",
        "provinsi",
    ),
    (
        "kalau luas kumuhnya 95.000 m² siapa yang berwenang menangani?",
        "kabkota",
    ),
    (
        "Who is responsible for the slum area of 22 hectares in Palangka Raya?",
        "pusat",
    ),
    (
        "kawasan kumuh tepian sungai 3 hektar di Pulang Pisau urusan siapa ya",
        "kabkota",
    ),
    (
        (
            "SK kumuh kami mencatat 150.000 meter persegi untuk satu lokasi, itu kewenangan "
            "pusat atau provinsi?"
        ),
        "pusat",
    ),
    (
        "kumuh 31 ha di Buntok bisa ditangani provinsi atau harus pusat?",
        "pusat",
    ),
    (
        "Luas kumuh 100.000 m2 itu kab atau prov?",
        "provinsi",
    ),
    (
        "kumuh berat luas 9,9 hektare, kewenangan provinsi kah?",
        "kabkota",
    ),
]

TRAIN_R29_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "Nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "Harga satuan drainase U-ditch per meter di Kalteng sekarang berapa?",
    "Siapa pemenang tender peningkatan kualitas kawasan kumuh di Sampit tahun lalu?",
    "progres fisik pembangunan jaling di Desa Linau sudah berapa persen?",
    "Cuaca di Palangka Raya besok hujan tidak?",
    "Cara urus kenaikan pangkat PNS golongan III/b gimana?",
    "Syarat pengajuan dana BOS untuk SD di desa apa saja?",
    "jadwal speedboat dari Kuala Kurun ke Palangka Raya jam berapa?",
    "What is the exchange rate of rupiah to dollar today?",
    "Bagaimana prosedur izin tambang galian C di Katingan?",
    "Berapa uang harian perjalanan dinas ke Palangka Raya untuk staf eselon IV?",
    "Hotel murah dekat kantor Disperkimtan untuk peserta Rakor dari Puruk Cahu apa ya?",
    "Berita terbaru soal gubernur hari ini apa?",
    "Kapan TPP bulan ini cair?",
]
