"""Training table H for the Sinkron matcher (written 2026-12-04; never a held-out table).

Written on 2026-12-04. The writer had not seen the knowledge base or any other question table;
the writer read only the topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md,
shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md and the Kalimantan Tengah place-name list).

Style emphasis of this round (H): the topics that are hardest to tell apart. Each of
usulan.kesiapan, usulan.dokumen_teknis, usulan.isi, usulan.jenis, usulan.rtlh, kewenangan.kumuh,
kumuh.luas_delineasi, kewenangan.ringkasan, istilah.bsps, siklus.pemeriksaan,
bot.ditolak_dialihkan, siklus.rakor, siklus.rkpd_apbd and siklus.tahunan gets at least 12
questions from different angles: a case from a named village, a yes/no confirmation, a
comparison with the neighbouring topic, a one-line chat question, a formal letter-style question
and an English one. Every other topic gets at least two questions. Plain officer language, not
the topic titles; about one question in ten is in English.

This is a held-out evaluation set: This is a training set: its questions teach the bot's matcher
how officers ask.
"""

ROUNDTH_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # usulan.kesiapan
    (
        "Dokumen kesiapan apa saja yang perlu kami siapkan sebelum kirim usulan jaling ke "
        "provinsi?",
        "usulan.kesiapan",
    ),
    (
        "Kami dari Dinas Perkim Katingan mau usul drainase di Desa Tewang Baringin, tapi surat "
        "dari Bupati belum keluar. Usulannya tetap bisa dikirim?",
        "usulan.kesiapan",
    ),
    ("Apakah surat usulan dari Bupati wajib dilampirkan?", "usulan.kesiapan"),
    ("Readiness criteria untuk usulan PSU itu isinya apa saja?", "usulan.kesiapan"),
    ("Berita acara kesepakatan warga termasuk syarat kesiapan gak?", "usulan.kesiapan"),
    (
        "Kalau DED belum ada tapi RAB sudah, apakah usulan kami dianggap belum siap?",
        "usulan.kesiapan",
    ),
    (
        "Surat Wali Kota sudah ada, kesepakatan masyarakat belum. Apa lagi yang kurang supaya "
        "usulan di Kelurahan Kalampangan dianggap siap?",
        "usulan.kesiapan",
    ),
    (
        "Which readiness documents does the province expect with a settlement PSU proposal?",
        "usulan.kesiapan",
    ),
    ("mhn info kelengkapan dokumen usulan psu permukiman apa aja ya", "usulan.kesiapan"),
    (
        "Dengan hormat, mohon penjelasan persyaratan kelengkapan yang harus dipenuhi kabupaten "
        "agar usulan kegiatan dinilai siap dilaksanakan.",
        "usulan.kesiapan",
    ),
    (
        "Bedanya dokumen kesiapan dengan dokumen teknis apa? DED itu masuk kesiapan juga?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    (
        "Desa Sungai Undang di Seruyan mau diusulkan jalan lingkungan, lahan sudah clean and "
        "clear, DED ada. Dokumen pendukung apa lagi yang biasanya diminta provinsi?",
        "usulan.kesiapan",
    ),
    (
        "Is a letter from the Bupati required before the province will consider our proposal?",
        "usulan.kesiapan",
    ),
    # usulan.dokumen_teknis
    ("Foto kondisi eksisting wajib dilampirkan di usulan?", "usulan.dokumen_teknis"),
    ("Maksimal berapa foto lokasi yang bisa diunggah di usulan?", "usulan.dokumen_teknis"),
    ("RAB-nya dikirim dalam bentuk apa, bisa file PDF?", "usulan.dokumen_teknis"),
    (
        "Dokumen teknis apa saja yang dilampirkan untuk usulan drainase di Kelurahan Baamang "
        "Tengah, Sampit?",
        "usulan.dokumen_teknis",
    ),
    ("Selain DED dan RAB, perlu RKS dan site plan juga gak?", "usulan.dokumen_teknis"),
    ("Apakah site plan termasuk dokumen yang diminta provinsi?", "usulan.dokumen_teknis"),
    (
        "Do we need to attach a DED and a cost estimate (RAB) to the proposal?",
        "usulan.dokumen_teknis",
    ),
    ("file DED kami banyak, berapa dokumen PDF yg bisa dilampirkan?", "usulan.dokumen_teknis"),
    (
        "Mohon arahan terkait dokumen perencanaan teknis (DED, RAB, RKS) yang perlu disertakan "
        "pada usulan kegiatan PSU.",
        "usulan.dokumen_teknis",
    ),
    (
        "Kalau kami lampirkan DED dan RAB, apakah berpengaruh ke penilaian usulan?",
        "usulan.dokumen_teknis",
    ),
    ("RKS itu wajib juga seperti RAB untuk usulan ke prov?", "usulan.dokumen_teknis"),
    (
        "Untuk usulan drainase di Desa Pantik, Pulang Pisau, gambar site plan dan foto-foto "
        "dikirim lewat bot juga?",
        "usulan.dokumen_teknis",
    ),
    ("What photos should we send with a proposal, and how many?", "usulan.dokumen_teknis"),
    # usulan.isi
    ("Isian apa saja yang ada di form usulan?", "usulan.isi"),
    ("Kenapa usulan harus menyebut sektor, misalnya air minum atau persampahan?", "usulan.isi"),
    ("Data apa yang harus saya siapkan sebelum mulai mengisi formulir usulan?", "usulan.isi"),
    ("Justifikasi usulan itu diisi apa? ada batas panjangnya?", "usulan.isi"),
    ("What information does a proposal need to include?", "usulan.isi"),
    ("Apakah di usulan perlu dicantumkan nama, jabatan dan nomor HP pengusul?", "usulan.isi"),
    (
        "Mau usul penataan kumuh di Kelurahan Pahandut, pertanyaan di form apa aja ya?",
        "usulan.isi",
    ),
    ("Kenapa form usulan nanya banyak sekali hal, datanya untuk apa?", "usulan.isi"),
    (
        "Mohon informasi komponen data yang wajib dimuat dalam usulan kegiatan kabupaten ke "
        "Disperkimtan.",
        "usulan.isi",
    ),
    ("Apakah isian usulan RTLH berbeda dengan isian usulan kumuh?", "usulan.isi"),
    ("isi usulan minimal apa aja biar ga dikembalikan", "usulan.isi"),
    (
        "Apa beda isi formulir usulan dengan dokumen kesiapan? Yang diisi di form yang mana?",
        ("usulan.isi", "usulan.kesiapan"),
    ),
    ("Why does the proposal form ask which sectors the activity covers?", "usulan.isi"),
    # usulan.jenis
    ("Usulan apa saja yang boleh diajukan kabupaten ke provinsi?", "usulan.jenis"),
    ("Bisa gak usul rumah untuk korban bencana lewat bot ini? Masuk pilihan apa?", "usulan.jenis"),
    ("Pilihan jenis usulan kumuh, psu, rumah, rtlh, lainnya itu bedanya apa?", "usulan.jenis"),
    ("Kalau kegiatan kami tidak cocok dengan kategori mana pun, pilih jenis apa?", "usulan.jenis"),
    ("Which kinds of activities can a regency propose to the province?", "usulan.jenis"),
    (
        "Selain jalan lingkungan dan drainase, usulan jenis apa lagi yang diterima provinsi?",
        "usulan.jenis",
    ),
    (
        "Kami mau usul penataan kawasan kumuh di Desa Tehang, Kotim. Di formulir pilih jenis apa?",
        "usulan.jenis",
    ),
    (
        "Apakah usulan rumah bagi warga yang terkena relokasi program provinsi termasuk yang "
        "bisa diajukan?",
        "usulan.jenis",
    ),
    ("Apakah hanya usulan kumuh yang bisa diajukan ke provinsi?", "usulan.jenis"),
    (
        "Mohon penjelasan kategori kegiatan bidang perkim yang dapat diusulkan kabupaten/kota "
        "untuk dibiayai APBD Provinsi.",
        "usulan.jenis",
    ),
    ("jenis usulan ke prov ada brp macam?", "usulan.jenis"),
    ("Bedah rumah masuk jenis usulan tersendiri atau digabung dengan PSU?", "usulan.jenis"),
    (
        "Can we propose something other than slum upgrading, like neighbourhood drainage?",
        "usulan.jenis",
    ),
    # usulan.rtlh
    ("Apa syarat rumah yang bisa dapat bantuan RTLH dari provinsi?", "usulan.rtlh"),
    (
        "Warga Desa Bakonsu, Lamandau, tanahnya belum bersertifikat, cuma ada SKT. Masih bisa "
        "diusulkan RTLH?",
        "usulan.rtlh",
    ),
    (
        "Bisa gak bantuan RTLH provinsi dipakai untuk bangun rumah baru di tanah kosong?",
        "usulan.rtlh",
    ),
    ("Siapa yang menetapkan penerima bantuan RTLH provinsi?", "usulan.rtlh"),
    (
        "What conditions must a house meet for the province's uninhabitable-house programme?",
        "usulan.rtlh",
    ),
    ("Who decides the beneficiaries of the provincial RTLH programme?", "usulan.rtlh"),
    ("Untuk usulan RTLH, apa saja yang perlu kami siapkan?", "usulan.rtlh"),
    ("Apakah ada tim yang cek ke rumah calon penerima RTLH?", "usulan.rtlh"),
    ("Masyarakat bisa usul RTLH langsung atau harus lewat dinas kabupaten?", "usulan.rtlh"),
    (
        "Mohon informasi mekanisme pengusulan rehabilitasi rumah tidak layak huni melalui "
        "Pemerintah Provinsi Kalimantan Tengah.",
        "usulan.rtlh",
    ),
    ("rtlh provinsi, tanah hrs milik sendiri ya?", "usulan.rtlh"),
    (
        "Can a family living on someone else's land receive RTLH help from the province?",
        "usulan.rtlh",
    ),
    (
        "Di Desa Haringen, Barito Timur, ada rumah papan yang hampir roboh. Bisa diusulkan "
        "perbaikan lewat provinsi?",
        "usulan.rtlh",
    ),
    # kewenangan.kumuh
    (
        "Penanganan kawasan kumuh itu dibagi antara kabupaten, provinsi, pusat berdasarkan apa?",
        "kewenangan.kumuh",
    ),
    (
        "Kumuh yang jadi tugas provinsi itu ukuran luasnya berapa sampai berapa?",
        "kewenangan.kumuh",
    ),
    ("Batas luas kumuh yang ditangani kabupaten sampai berapa hektar?", "kewenangan.kumuh"),
    ("Who is responsible for slum upgrading, the regency or the province?", "kewenangan.kumuh"),
    (
        "Kawasan kumuh di Kelurahan Mendawai, Sukamara, belum kami ukur. Nanti yang menangani "
        "ditentukan oleh apa?",
        "kewenangan.kumuh",
    ),
    ("Apakah semua kawasan kumuh jadi kewenangan kabupaten?", "kewenangan.kumuh"),
    ("Dasar hukum pembagian urusan kumuh berdasarkan luas apa ya?", "kewenangan.kumuh"),
    ("kumuh kewenangan siapa sih sebenarnya", "kewenangan.kumuh"),
    (
        "Benarkah provinsi hanya menangani kumuh dalam rentang luas tertentu saja?",
        "kewenangan.kumuh",
    ),
    (
        "Mohon penjelasan pembagian kewenangan penataan dan peningkatan kualitas kawasan "
        "permukiman kumuh antar tingkat pemerintahan.",
        "kewenangan.kumuh",
    ),
    ("Kalau tingkat kekumuhannya berat, otomatis ditangani provinsi?", "kewenangan.kumuh"),
    ("Beda kewenangan kumuh provinsi sama pusat di mana?", "kewenangan.kumuh"),
    ("Slum areas: what size range does the province take on?", "kewenangan.kumuh"),
    # kumuh.luas_delineasi
    (
        "Luas desa kami ribuan hektar, tapi yang kumuh cuma sebagian. Luas yang dipakai untuk "
        "menentukan kewenangan yang mana?",
        "kumuh.luas_delineasi",
    ),
    ("Yang dihitung luas kawasan kumuh di SK atau luas kelurahannya?", "kumuh.luas_delineasi"),
    (
        "Di SK kumuh Kotim ada beberapa lokasi dalam satu kelurahan. Luasnya dijumlahkan atau "
        "dihitung per lokasi?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan Pahandut kumuhnya terdiri dari dua lokasi, Murjani Bawah dan Pesanggrahan. "
        "Yang jadi dasar kewenangan luas yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area decides the level: the whole village or the delineated slum area?",
        "kumuh.luas_delineasi",
    ),
    (
        "Hasil ukur kami di lapangan beda dengan luas di SK kumuh, pakai yang mana?",
        "kumuh.luas_delineasi",
    ),
    ("Apakah luas delineasi di SK kumuh yang jadi patokan kewenangan?", "kumuh.luas_delineasi"),
    (
        "SK kumuh lama pakai skala lingkungan, yang baru skala kawasan sehingga luasnya "
        "berubah. Mana yang dipakai?",
        "kumuh.luas_delineasi",
    ),
    (
        "Boleh gak kami gabungkan dua lokasi kumuh yang berdekatan di Desa Anjir Serapat Timur "
        "supaya luasnya masuk kewenangan provinsi?",
        "kumuh.luas_delineasi",
    ),
    ("luas kumuh itu diukur dari mana sih", "kumuh.luas_delineasi"),
    (
        "Mohon penegasan: luas yang digunakan untuk menentukan kewenangan penanganan kumuh "
        "apakah luas wilayah administrasi kelurahan atau luas kawasan yang ditetapkan?",
        "kumuh.luas_delineasi",
    ),
    ("Luas yang diisi di form usulan kumuh itu luas apa?", "kumuh.luas_delineasi"),
    (
        "Is the slum size counted per location in the decree or added up for the whole kecamatan?",
        "kumuh.luas_delineasi",
    ),
    (
        "Total kumuh di Kecamatan Selat besar, tapi per kelurahan lebih kecil. Kewenangan "
        "dilihat per kecamatan atau per lokasi di SK?",
        "kumuh.luas_delineasi",
    ),
    # kewenangan.ringkasan
    (
        "Secara umum apa saja tugas provinsi, kabupaten dan pusat di bidang perumahan dan "
        "kawasan permukiman?",
        "kewenangan.ringkasan",
    ),
    (
        "Boleh minta ringkasan pembagian urusan perkim antar level pemerintahan?",
        "kewenangan.ringkasan",
    ),
    (
        "Who does what in housing and settlements between the centre, the province and the "
        "regency?",
        "kewenangan.ringkasan",
    ),
    ("Apa saja yang jadi urusan provinsi di bidang perkim?", "kewenangan.ringkasan"),
    ("Urusan perkim yang dipegang kabupaten itu apa saja?", "kewenangan.ringkasan"),
    (
        "Bagaimana pembagian kewenangan menurut lampiran D UU 23 tahun 2014?",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan perkim dong", "kewenangan.ringkasan"),
    ("Apa saja yang bisa ditangani provinsi dan apa yang tidak?", "kewenangan.ringkasan"),
    (
        "Mohon gambaran umum pembagian urusan pemerintahan bidang perumahan rakyat dan kawasan "
        "permukiman.",
        "kewenangan.ringkasan",
    ),
    (
        "Saya pegawai baru di Perkim Barito Timur, bisa jelaskan singkat siapa mengerjakan apa?",
        "kewenangan.ringkasan",
    ),
    (
        "Apa bedanya tugas Disperkimtan provinsi dengan Dinas Perkim kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "Sub-urusan di bidang perkim ada apa saja dan masing-masing dipegang siapa?",
        "kewenangan.ringkasan",
    ),
    (
        "Give me an overview of provincial versus regency responsibilities in Perkim.",
        "kewenangan.ringkasan",
    ),
    # istilah.bsps
    ("BSPS itu apa?", "istilah.bsps"),
    ("BSPS singkatan dari apa?", "istilah.bsps"),
    ("What is BSPS?", "istilah.bsps"),
    ("Apa bedanya BSPS dengan program RTLH provinsi?", ("istilah.bsps", "usulan.rtlh")),
    ("Bantuan Stimulan Perumahan Swadaya itu program apa?", "istilah.bsps"),
    ("Dasar aturan BSPS apa ya?", "istilah.bsps"),
    ("bsps = bedah rumah kah?", "istilah.bsps"),
    ("Warga Desa Hayaping nanya soal BSPS, itu bantuan apa sebenarnya?", "istilah.bsps"),
    ("Mohon penjelasan pengertian BSPS dalam program perumahan.", "istilah.bsps"),
    ("Istilah BSPS sering muncul di rapat, maksudnya apa?", "istilah.bsps"),
    ("What does the 'swadaya' part of BSPS mean?", "istilah.bsps"),
    ("Stimulan perumahan swadaya, itu yang disebut BSPS kan?", "istilah.bsps"),
    # siklus.pemeriksaan
    ("Setelah usulan masuk, provinsi memeriksa apa saja?", "siklus.pemeriksaan"),
    ("Apakah provinsi turun ke lapangan untuk cek lokasi usulan?", "siklus.pemeriksaan"),
    (
        "Usulan jaling kami di Desa Kubu, Kobar, akan dicek dari sisi apa oleh provinsi?",
        "siklus.pemeriksaan",
    ),
    ("How does the province review proposals?", "siklus.pemeriksaan"),
    (
        "Verifikasi usulan itu meliputi administrasi, teknis dan kewenangan ya?",
        "siklus.pemeriksaan",
    ),
    ("Tahap verifikasi di provinsi itu ngapain aja?", "siklus.pemeriksaan"),
    ("Apa yang membuat usulan dinilai tidak lengkap secara administrasi?", "siklus.pemeriksaan"),
    (
        "Mohon informasi tahapan dan aspek penilaian usulan kegiatan oleh Disperkimtan Provinsi.",
        "siklus.pemeriksaan",
    ),
    ("Selain kelengkapan dokumen, apakah status lahan juga diperiksa?", "siklus.pemeriksaan"),
    ("prov ngecek kewenangan jg ya sebelum terima usulan?", "siklus.pemeriksaan"),
    (
        "Apakah tim provinsi melakukan survei lokasi sebelum usulan dibahas di Rakor?",
        "siklus.pemeriksaan",
    ),
    ("Apa beda pemeriksaan administrasi dan pemeriksaan teknis usulan?", "siklus.pemeriksaan"),
    (
        "Does someone from the province visit the site before a proposal is accepted?",
        "siklus.pemeriksaan",
    ),
    # bot.ditolak_dialihkan
    ("Kenapa usulan bisa ditolak?", "bot.ditolak_dialihkan"),
    (
        "Usulan kami dialihkan ke APBD kabupaten, artinya apa dan kami harus bagaimana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kumuh di Desa Lehai, Barsel, ditolak karena bukan kewenangan provinsi. Langkah "
        "selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    ("Usulan yang sudah ditolak bisa diperbaiki lalu dikirim ulang?", "bot.ditolak_dialihkan"),
    ("My proposal was redirected to DAK. What does that mean for us?", "bot.ditolak_dialihkan"),
    ("Dialihkan itu bedanya apa dengan ditolak?", "bot.ditolak_dialihkan"),
    (
        "Kalau menurut kami penolakannya keliru, bisa dibatalkan lewat bot?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Mohon penjelasan tindak lanjut atas usulan yang berstatus dialihkan ke sumber "
        "pendanaan lain.",
        "bot.ditolak_dialihkan",
    ),
    ("usulan sy ditolak, terus gmn", "bot.ditolak_dialihkan"),
    ("Apakah usulan yang dialihkan masih akan dibiayai provinsi?", "bot.ditolak_dialihkan"),
    (
        "Usulan kami dialihkan ke APBN, selanjutnya kami harus mengajukan ke mana?",
        "bot.ditolak_dialihkan",
    ),
    ("Why would a proposal be rejected, and can we try again next year?", "bot.ditolak_dialihkan"),
    (
        "Usulan yang ditolak tahun ini bisa saya salin untuk diajukan lagi tahun depan?",
        "bot.ditolak_dialihkan",
    ),
    # siklus.rakor
    ("Rakor bidang kawasan permukiman itu acara apa?", "siklus.rakor"),
    ("Siapa saja yang ikut Rakor kawasan permukiman se-Kalteng?", "siklus.rakor"),
    ("Apa yang dibahas di Rakor?", "siklus.rakor"),
    ("Rakor tahun lalu diadakan kapan dan di mana?", "siklus.rakor"),
    ("What is the Rakor for?", "siklus.rakor"),
    ("Rakor itu diadakan setahun sekali ya?", "siklus.rakor"),
    ("Apakah Rakor sama dengan Musrenbang provinsi?", "siklus.rakor"),
    ("Dinas Perkim kabupaten ikut Rakor gak, atau cuma provinsi?", "siklus.rakor"),
    (
        "Mohon informasi maksud dan tujuan penyelenggaraan Rapat Koordinasi dan Sinkronisasi "
        "Bidang Kawasan Permukiman.",
        "siklus.rakor",
    ),
    ("rakor perkim biasanya bulan apa", "siklus.rakor"),
    ("Di Rakor usulan kami ditinjau secara teknis juga?", "siklus.rakor"),
    ("Rakor 2024 dulu di mana ya, di hotel?", "siklus.rakor"),
    ("Who usually opens the Rakor and who takes part?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("Setelah Rakor, usulan yang diterima dibawa ke mana?", "siklus.rkpd_apbd"),
    ("Usulan yang disetujui kapan masuk APBD provinsi?", "siklus.rkpd_apbd"),
    ("Alur dari Rakor sampai jadi anggaran bagaimana?", "siklus.rkpd_apbd"),
    ("Apakah usulan yang disetujui di bot otomatis masuk RKPD?", "siklus.rkpd_apbd"),
    ("What happens to an approved proposal after the Rakor: RKPD, then APBD?", "siklus.rkpd_apbd"),
    ("Kalau sudah disetujui, apakah pasti dianggarkan di APBD tahun depan?", "siklus.rkpd_apbd"),
    (
        "Hubungan Rakor dengan Musrenbang provinsi apa? Mana yang duluan?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    (
        "Usulan jaling Desa Dandang di Gumas sudah dibahas di Rakor, langkah berikutnya sampai "
        "jadi anggaran gimana?",
        "siklus.rkpd_apbd",
    ),
    (
        "Mohon penjelasan mekanisme usulan yang telah disepakati pada Rakor hingga masuk "
        "dokumen perencanaan dan penganggaran provinsi.",
        "siklus.rkpd_apbd",
    ),
    ("sesudah rakor, musrenbang prov dulu baru rkpd kan?", "siklus.rkpd_apbd"),
    ("Apakah status RKPD dan APBD usulan kami bisa dipantau di bot?", "siklus.rkpd_apbd"),
    (
        "Usulan kami perlu masuk Musrenbang provinsi juga atau cukup lewat Rakor?",
        "siklus.rkpd_apbd",
    ),
    (
        "After approval, when is the money actually put into the provincial budget?",
        "siklus.rkpd_apbd",
    ),
    (
        "Status disetujui itu artinya usulan sudah pasti dapat pagu di APBD Provinsi?",
        "siklus.rkpd_apbd",
    ),
    # siklus.tahunan
    ("Bagaimana siklus pengusulan kegiatan ke provinsi dalam setahun?", "siklus.tahunan"),
    ("Usulan yang kami kirim tahun ini untuk anggaran tahun berapa?", "siklus.tahunan"),
    ("Tahapan usulan dari kabupaten sampai dibangun provinsi apa saja?", "siklus.tahunan"),
    ("Kalau kirim usulan tahun 2026, dikerjakan tahun 2027 ya?", "siklus.tahunan"),
    ("What are the steps of the yearly proposal cycle?", "siklus.tahunan"),
    ("Urutannya usul, verifikasi, Rakor, terus apa lagi sampai selesai?", "siklus.tahunan"),
    (
        "Kapan sebaiknya kabupaten mulai menyiapkan usulan untuk tahun anggaran berikutnya?",
        "siklus.tahunan",
    ),
    ("alur tahunan usulan perkim ke prov gmn", "siklus.tahunan"),
    (
        "Mohon penjelasan siklus perencanaan tahunan usulan kegiatan bidang kawasan permukiman "
        "dari kabupaten ke provinsi.",
        "siklus.tahunan",
    ),
    ("Usulan untuk TA depan dikirim tahun ini atau tahun depan?", "siklus.tahunan"),
    (
        "Saya baru pegang perencanaan di Perkim Murung Raya. Tiap tahun alurnya bagaimana, dari "
        "usul sampai serah terima aset?",
        "siklus.tahunan",
    ),
    (
        "Rakor itu cuma salah satu tahap dari siklus usulan, atau prosesnya selesai di Rakor?",
        "siklus.tahunan",
    ),
    ("Does a proposal sent in 2026 get funded in 2026 or in 2027?", "siklus.tahunan"),
    # kewenangan.urusan_wajib
    (
        "Perumahan dan kawasan permukiman itu urusan wajib atau urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    ("Is housing a mandatory basic-service affair under UU 23/2014?", "kewenangan.urusan_wajib"),
    (
        "Pasal berapa yang menyebut perumahan rakyat dan kawasan permukiman sebagai urusan "
        "wajib pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kawasan kumuh yang luasnya di atas batas provinsi ditangani siapa?",
        "kewenangan.kumuh_pusat",
    ),
    ("Kumuh lima belas hektare ke atas itu urusan kementerian ya?", "kewenangan.kumuh_pusat"),
    (
        "Apakah bunyi aturan kewenangan pusat untuk kumuh besar sudah pasti?",
        "kewenangan.kumuh_pusat",
    ),
    ("Which level takes slum areas of fifteen hectares or more?", "kewenangan.kumuh_pusat"),
    (
        "Lokasi kumuh kami besar sekali, jauh melebihi kewenangan provinsi. Harus diusulkan ke "
        "pusat?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("Pencegahan kumuh tugas siapa?", "kewenangan.pencegahan_kumuh"),
    ("Can the province fund slum prevention work in a regency?", "kewenangan.pencegahan_kumuh"),
    (
        "Apakah provinsi ikut menangani pencegahan perumahan dan permukiman kumuh di kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("Di sub-urusan perumahan, kewenangan provinsi apa saja?", "kewenangan.perumahan"),
    ("Urusan perumahan yang jadi tugas kabupaten apa saja?", "kewenangan.perumahan"),
    ("What can the province do in the housing sub-affair?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("Penyediaan rumah untuk MBR itu urusan siapa?", "kewenangan.perumahan_pusat"),
    ("Pembiayaan perumahan untuk MBR kewenangan pusat ya?", "kewenangan.perumahan_pusat"),
    (
        "Bisa gak provinsi bangunkan rumah untuk masyarakat berpenghasilan rendah di Palangka "
        "Raya?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Rumah warga korban banjir di Desa Bahaur Tengah, Pulpis, siapa yang membangun kembali?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kalau bencananya tingkat provinsi, rehabilitasi rumah warga tugas provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga yang direlokasi karena program kabupaten, rumah barunya disediakan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    ("Who provides housing for victims of a national disaster?", "kewenangan.bencana_relokasi"),
    (
        "Relokasi warga karena proyek pemerintah provinsi, rumahnya jadi tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("Izin pembangunan perumahan dikeluarkan oleh siapa?", "kewenangan.izin"),
    ("SKBG diterbitkan kabupaten atau provinsi?", "kewenangan.izin"),
    ("Izin pengembangan kawasan permukiman urusan siapa?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    ("Sub-urusan kawasan permukiman isinya apa saja?", "kewenangan.kawasan_permukiman"),
    ("Penetapan sistem kawasan permukiman itu tugas pusat?", "kewenangan.kawasan_permukiman"),
    (
        "What does the settlement-areas sub-affair cover at regency level?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan dan PSU permukiman bedanya apa, siapa yang tangani?", "kewenangan.psu"),
    (
        "Jalan di kompleks perumahan buatan developer di Jekan Raya rusak, bisa minta provinsi "
        "perbaiki?",
        "kewenangan.psu",
    ),
    ("PSU permukiman itu kewenangan provinsi kan?", "kewenangan.psu"),
    ("Who handles PSU inside housing estates?", "kewenangan.psu"),
    (
        "Drainase di dalam kompleks perumahan itu kewenangan kabupaten atau provinsi?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    ("PSU apa saja yang dibangun Disperkimtan provinsi?", "psu.lingkup_provinsi"),
    ("Provinsi bisa bangun drainase di sepanjang jalan kabupaten?", "psu.lingkup_provinsi"),
    (
        "Apakah provinsi membangun jalan lingkungan di desa juga, bukan hanya di kota?",
        "psu.lingkup_provinsi",
    ),
    ("Usulan jaling di Desa Kanamit, Pulpis, masuk lingkup PSU provinsi?", "psu.lingkup_provinsi"),
    (
        "Does the provincial PSU programme cover drainage along provincial roads?",
        "psu.lingkup_provinsi",
    ),
    (
        "Jalan lingkungan yang asetnya milik kabupaten bisa dibangun provinsi?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi perancang rumah tingkat kemampuan kecil dikeluarkan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi perencana PSU kemampuan menengah itu kewenangan provinsi?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan yang jadi tanggung jawab provinsi apa saja?", "kewenangan.spm"),
    ("Target SPM rumah layak huni korban bencana provinsi berapa persen?", "kewenangan.spm"),
    ("What are the province's minimum service standards for housing?", "kewenangan.spm"),
    # kumuh.penetapan
    ("Siapa yang menetapkan lokasi kumuh di kabupaten?", "kumuh.penetapan"),
    ("SK kumuh harus ditinjau ulang berapa tahun sekali?", "kumuh.penetapan"),
    ("SK penetapan kumuh harus dilengkapi apa saja?", "kumuh.penetapan"),
    ("Gubernur ikut menetapkan SK kumuh kabupaten?", "kumuh.penetapan"),
    ("Who signs the slum decree for a regency?", "kumuh.penetapan"),
    # kumuh.aspek
    ("Kriteria kumuh ada apa saja?", "kumuh.aspek"),
    ("Tujuh aspek kumuh itu apa saja?", "kumuh.aspek"),
    ("Is fire protection one of the slum criteria?", "kumuh.aspek"),
    # kumuh.penilaian
    ("Nilai berapa yang dikategorikan kumuh berat?", "kumuh.penilaian"),
    ("Skor kekumuhan maksimal berapa?", "kumuh.penilaian"),
    ("Bagaimana cara memberi skor tiap kriteria kumuh?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("Rentang nilai kumuh sedang berapa?", "kumuh.tingkat_sedang_ringan"),
    ("Kalau skornya 30, masuk kumuh ringan?", "kumuh.tingkat_sedang_ringan"),
    ("What score range counts as a light slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("Bedanya pemugaran dan peremajaan apa?", "kumuh.pola_penanganan"),
    ("Kumuh di lahan ilegal ditangani dengan pola apa?", "kumuh.pola_penanganan"),
    ("Kumuh ringan di lahan legal penanganannya seperti apa?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("Berapa jumlah lokasi kumuh di Kalteng?", "kumuh.kalteng"),
    ("Kabupaten mana yang paling banyak lokasi kumuhnya?", "kumuh.kalteng"),
    ("How many hectares of slums does Central Kalimantan have?", "kumuh.kalteng"),
    # usulan.lokasi
    ("Data lokasi yang harus diisi di usulan apa saja?", "usulan.lokasi"),
    ("Titik GPS lokasi wajib diisi?", "usulan.lokasi"),
    ("Kenapa harus memilih perkotaan atau perdesaan di usulan?", "usulan.lokasi"),
    ("Nama lokasi diisi sesuai SK kumuh atau nama kampung sehari-hari?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("Jumlah KK dan jiwa penerima manfaat wajib diisi?", "usulan.penerima_biaya"),
    ("Sumber dana yang bisa dipilih di usulan apa saja?", "usulan.penerima_biaya"),
    ("Perkiraan biaya ditulis dalam rupiah sesuai RAB?", "usulan.penerima_biaya"),
    ("Boleh pilih kombinasi sumber dana di usulan?", "usulan.penerima_biaya"),
    ("How do we state the cost and the funding source in a proposal?", "usulan.penerima_biaya"),
    # usulan.lahan
    ("Status lahan apa saja yang diterima untuk usulan PSU?", "usulan.lahan"),
    ("Lahan milik desa boleh untuk usulan jaling?", "usulan.lahan"),
    ("Tanah lokasi drainase belum bersertifikat, usulan tetap bisa diproses?", "usulan.lahan"),
    ("Lahan di Desa Tumbang Talaken masih sengketa, apakah usulan bisa jalan?", "usulan.lahan"),
    ("Does the land for a proposal have to be clean and clear?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("SK kumuh kami terbit 2019, masih bisa dipakai untuk usulan?", "usulan.sk_kumuh"),
    ("Lokasi tidak tercantum di SK kumuh, apakah tetap bisa diusulkan?", "usulan.sk_kumuh"),
    ("Nomor dan tanggal SK kumuh harus diisi di usulan?", "usulan.sk_kumuh"),
    ("Usulan kumuh wajib ada SK kumuh?", "usulan.sk_kumuh"),
    ("Our slum decree is six years old. Is that a problem for the proposal?", "usulan.sk_kumuh"),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah itu perlu dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa kabupaten harus membuat surat pernyataan sanggup operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    ("What is the grant and O&M statement for?", "usulan.surat_pernyataan"),
    # usulan.psu_masyarakat
    (
        "Warga mau minta perbaikan jalan lingkungan langsung ke provinsi, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    ("Usulan PSU dari masyarakat harus diketahui siapa saja?", "usulan.psu_masyarakat"),
    (
        "Can residents ask the province directly for neighbourhood drainage?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("Jalan yang dibangun provinsi di desa kami nanti jadi milik siapa?", "hibah.aset"),
    ("Setelah selesai, pemeliharaan drainase buatan provinsi tanggung jawab siapa?", "hibah.aset"),
    ("Naskah hibah dan BAST ditandatangani siapa?", "hibah.aset"),
    ("Kenapa aset buatan provinsi dihibahkan ke kabupaten?", "hibah.aset"),
    ("Who maintains assets the province builds on regency land?", "hibah.aset"),
    # pendanaan.saluran_lain
    ("Kalau bukan kewenangan provinsi, kami bisa cari dana dari mana?", "pendanaan.saluran_lain"),
    ("Apakah CSR bisa dipakai untuk penanganan kumuh?", "pendanaan.saluran_lain"),
    ("Alternatif pendanaan untuk PSU perumahan apa saja?", "pendanaan.saluran_lain"),
    ("Which funding options exist when the province can't fund it?", "pendanaan.saluran_lain"),
    (
        "Dana desa bisa dipakai untuk jalan lingkungan kalau provinsi tidak bisa?",
        "pendanaan.saluran_lain",
    ),
    # koordinasi.pokja_pkp
    ("Peran Pokja PKP di kabupaten apa?", "koordinasi.pokja_pkp"),
    ("Dasar hukum pembentukan Pokja PKP apa?", "koordinasi.pokja_pkp"),
    ("Siapa yang biasanya jadi ketua Pokja PKP kabupaten?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("Alamat kantor Disperkimtan Kalteng di mana?", "disperkimtan.kontak"),
    ("Disperkimtan provinsi itu dinas apa, tugasnya apa?", "disperkimtan.kontak"),
    ("Where is the provincial housing agency's office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("Jam di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    ("Bot ini bisa dipakai dengan bahasa Inggris?", "bot.cara_pakai"),
    ("Cara daftar sebagai petugas kabupaten di bot gimana?", "bot.cara_pakai"),
    ("Perintah-perintah apa saja yang tersedia di bot ini?", "bot.cara_pakai"),
    # bot.usul
    ("Kalau isi form /usul terputus di tengah, apakah isian saya tersimpan?", "bot.usul"),
    ("Bisa salin usulan tahun lalu biar tidak isi dari awal?", "bot.usul"),
    ("Kode USL yang muncul setelah usulan terkirim itu apa?", "bot.usul"),
    ("Usulan yang sudah terkirim bisa saya batalkan sendiri?", "bot.usul"),
    ("Can I edit a proposal after I have sent it?", "bot.usul"),
    # bot.status
    ("Status 'perlu perbaikan' artinya apa?", "bot.status"),
    ("Apa arti status verifikasi?", "bot.status"),
    ("Status 'dibahas di Rakor' maksudnya apa?", "bot.status"),
    ("What does the status 'diajukan' mean?", "bot.status"),
    ("Status disetujui itu sudah final?", "bot.status"),
    ("Urutan status usulan dari diajukan sampai disetujui bagaimana?", "bot.status"),
    # bot.tindak_lanjut
    ("Berapa lama usulan biasanya diverifikasi sejak dikirim?", "bot.tindak_lanjut"),
    ("Standar 3 hari kerja itu acuannya dari mana?", "bot.tindak_lanjut"),
    ("Is the three-working-day standard binding on Disperkimtan?", "bot.tindak_lanjut"),
    # bot.rapat
    ("Pengingat rapat dikirim kapan saja?", "bot.rapat"),
    ("Bagaimana konfirmasi kehadiran rapat lewat bot?", "bot.rapat"),
    ("Can I add the meeting invitation to my phone calendar?", "bot.rapat"),
    # istilah.perkim
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("Dinas Perkim maksudnya dinas apa?", "istilah.perkim"),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya apa?", "istilah.disperkimtan"),
    ("What does Disperkimtan stand for?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu apa?", "istilah.psu"),
    ("Prasarana, sarana dan utilitas umum disingkat PSU ya? contohnya apa?", "istilah.psu"),
    # istilah.jaling
    ("jaling itu apa?", "istilah.jaling"),
    ("Jaling singkatan dari jalan lingkungan?", "istilah.jaling"),
    # istilah.drainase
    ("Drainase lingkungan maksudnya apa?", "istilah.drainase"),
    ("Apa itu drainase dalam konteks permukiman?", "istilah.drainase"),
    # istilah.kr
    ("KR di data kumuh artinya apa?", "istilah.kr"),
    ("Apa arti singkatan KR pada tabel tingkat kekumuhan?", "istilah.kr"),
    # istilah.ks
    ("KS itu kumuh sedang?", "istilah.ks"),
    ("Kode KS di data kumuh maksudnya apa?", "istilah.ks"),
    # istilah.kb
    ("KB di data kumuh itu bukan keluarga berencana kan?", "istilah.kb"),
    ("What does KB mean in slum data?", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu apa?", "istilah.skkumuh"),
    ("Apa yang dimaksud dengan SK kumuh?", "istilah.skkumuh"),
    # istilah.delineasi
    ("Delineasi itu apa?", "istilah.delineasi"),
    ("Apa arti delineasi kawasan kumuh?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH singkatan dari apa?", "istilah.rtlh"),
    ("What does RTLH mean?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa?", "istilah.rlh"),
    ("RLH kepanjangannya apa?", "istilah.rlh"),
    # istilah.bedahrumah
    ("Bedah rumah itu program apa?", "istilah.bedahrumah"),
    ("Istilah bedah rumah maksudnya apa?", "istilah.bedahrumah"),
    # istilah.mbr
    ("MBR itu apa?", "istilah.mbr"),
    ("What is MBR?", "istilah.mbr"),
    # istilah.rusunawa
    ("Rusunawa itu apa?", "istilah.rusunawa"),
    ("Rusunawa kepanjangannya apa?", "istilah.rusunawa"),
    # istilah.rusus
    ("Rusus itu rumah apa?", "istilah.rusus"),
    ("Apa yang dimaksud rumah khusus (rusus)?", "istilah.rusus"),
    # istilah.huntara
    ("Huntara itu apa?", "istilah.huntara"),
    ("Apa arti huntara setelah bencana?", "istilah.huntara"),
    # istilah.huntap
    ("Huntap itu apa?", "istilah.huntap"),
    ("Huntap dan huntara bedanya apa?", ("istilah.huntap", "istilah.huntara")),
    # istilah.kk
    ("KK dalam form usulan maksudnya apa?", "istilah.kk"),
    ("Satuan KK itu kepala keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("Jiwa di form itu maksudnya jumlah orang?", "istilah.jiwa"),
    ("What does 'jiwa' mean in the beneficiary count?", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa?", "istilah.ha"),
    ("1 ha itu berapa meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED itu apa?", "istilah.ded"),
    ("DED kepanjangannya apa?", "istilah.ded"),
    # istilah.rab
    ("RAB itu apa?", "istilah.rab"),
    ("What is an RAB?", "istilah.rab"),
    # istilah.rks
    ("RKS singkatan apa?", "istilah.rks"),
    ("Apa itu RKS dalam dokumen teknis?", "istilah.rks"),
    # istilah.kak
    ("KAK itu apa? sama dengan TOR?", "istilah.kak"),
    ("KAK itu singkatan dari apa?", "istilah.kak"),
    # istilah.siteplan
    ("Site plan itu apa?", "istilah.siteplan"),
    ("Rencana tapak sama dengan site plan?", "istilah.siteplan"),
    # istilah.rc
    ("RC dalam usulan itu apa?", "istilah.rc"),
    ("Readiness criteria disingkat RC?", "istilah.rc"),
    # istilah.bast
    ("BAST itu apa?", "istilah.bast"),
    ("BAST kepanjangannya?", "istilah.bast"),
    # istilah.hibah
    ("Hibah itu apa dalam konteks aset pemerintah?", "istilah.hibah"),
    ("Apa yang dimaksud hibah?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa?", "istilah.bmd"),
    ("BMD singkatan apa?", "istilah.bmd"),
    # istilah.bmn
    ("BMN itu apa?", "istilah.bmn"),
    ("What is BMN?", "istilah.bmn"),
    # istilah.op
    ("O&P itu apa?", "istilah.op"),
    ("OP dalam surat pernyataan maksudnya apa?", "istilah.op"),
    # istilah.spm
    ("SPM itu apa?", "istilah.spm"),
    ("SPM singkatan dari apa?", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP itu apa?", "istilah.pokjapkp"),
    ("Pokja PKP kepanjangannya?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa?", "istilah.pokjappas"),
    ("PPAS dalam Pokja PPAS singkatan apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Pokja AMPL itu apa?", "istilah.pokjaampl"),
    ("AMPL singkatan dari?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("What is an RP3KP?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu apa?", "istilah.rp2kpkp"),
    ("RP2KPKP singkatan dari apa?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("Apa itu program Kota Tanpa Kumuh?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("PPKT singkatan apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN itu apa?", "istilah.apbn"),
    ("APBN kepanjangannya?", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa?", "istilah.apbd"),
    ("What is APBD?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa?", "istilah.apbdes"),
    ("APBDes singkatan dari?", "istilah.apbdes"),
    # istilah.bankeu
    ("Bankeu itu apa?", "istilah.bankeu"),
    ("Bantuan keuangan provinsi itu yang disebut Bankeu?", "istilah.bankeu"),
    # istilah.pokir
    ("Pokir itu apa?", "istilah.pokir"),
    ("Pokir DPRD maksudnya apa?", "istilah.pokir"),
    # istilah.musrenbang
    ("Musrenbang itu apa?", "istilah.musrenbang"),
    ("Musrenbang singkatan dari?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu apa?", "istilah.rkpd"),
    ("What does RKPD stand for?", "istilah.rkpd"),
    # istilah.renja
    ("Renja itu apa?", "istilah.renja"),
    ("Renja singkatan apa?", "istilah.renja"),
    # istilah.renstra
    ("Renstra itu apa?", "istilah.renstra"),
    ("Renstra dinas itu dokumen berapa tahun?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu apa?", "istilah.rpjmd"),
    ("RPJMD kepanjangannya?", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("What is KUA-PPAS?", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa?", "istilah.rka"),
    ("RKA singkatan dari?", "istilah.rka"),
    # istilah.dpa
    ("DPA itu apa?", "istilah.dpa"),
    ("DPA kepanjangannya apa?", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu apa?", "istilah.sipd"),
    ("SIPD singkatan dari?", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu apa?", "istilah.bapperida"),
    ("Bapperida kepanjangannya?", "istilah.bapperida"),
    # istilah.opd
    ("OPD itu apa?", "istilah.opd"),
    ("OPD singkatan apa?", "istilah.opd"),
    # istilah.skpd
    ("SKPD itu apa?", "istilah.skpd"),
    ("SKPD singkatan apa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM itu apa? bukan email spam kan", "istilah.spam"),
    ("SPAM singkatan dari?", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa?", "istilah.spald"),
    ("SPALD kepanjangannya?", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa?", "istilah.ipal"),
    ("What is an IPAL?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("TPS3R kepanjangannya?", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu apa?", "istilah.mck"),
    ("MCK singkatan dari?", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa? bukan RT/RW kan?", "istilah.rtrw"),
    ("RTRW singkatan apa?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa?", "istilah.rdtr"),
    ("RDTR kepanjangannya?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa?", "istilah.pbg"),
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa?", "istilah.slf"),
    ("SLF singkatan dari?", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu apa?", "istilah.skbg"),
    ("SKBG kepanjangannya?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa?", "istilah.skt"),
    ("SKT singkatan dari?", "istilah.skt"),
    # istilah.cleanandclear
    ("Clean and clear artinya apa?", "istilah.cleanandclear"),
    ("What does 'clean and clear' mean for land?", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa?", "istilah.csr"),
    ("CSR kepanjangannya?", "istilah.csr"),
    # istilah.rakor
    ("Rakor itu singkatan dari apa?", "istilah.rakor"),
    ("Rakor artinya apa?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("What is LAPOR!?", "istilah.lapor"),
    # istilah.wib
    ("WIB singkatan dari apa?", "istilah.wib"),
    ("WIB itu UTC plus berapa?", "istilah.wib"),
    # istilah.backlog
    ("Backlog perumahan itu apa?", "istilah.backlog"),
    ("What does housing backlog mean?", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu apa?", "istilah.pkp"),
    ("PKP singkatan dari apa di bidang perumahan?", "istilah.pkp"),
    # istilah.kumuh
    ("Kumuh itu definisinya apa?", "istilah.kumuh"),
    ("Apa yang dimaksud permukiman kumuh?", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu apa?", "istilah.dak"),
    ("DAK kepanjangannya?", "istilah.dak"),
    # istilah.rusun
    ("Rusun itu apa?", "istilah.rusun"),
    ("Rusun singkatan dari?", "istilah.rusun"),
]

ROUNDTH_INTENTS: list[tuple[str, str]] = [
    ("Usulan saya sudah sampai mana?", "status"),
    ("cek status usulan USL-2026-0012", "status"),
    ("Bagaimana perkembangan usulan drainase kami yang dikirim bulan lalu?", "status"),
    ("What's the status of my proposals?", "status"),
    ("usulan kabupaten kami ada yang sudah disetujui belum?", "status"),
    ("Tolong tampilkan daftar usulan Kotim beserta statusnya.", "status"),
    ("Kapan Rakor tahun ini?", "meeting"),
    ("Rakor berikutnya di mana dan jam berapa?", "meeting"),
    ("Ada rapat dari provinsi dalam waktu dekat?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("jadwal rakor 2026 udh ada?", "meeting"),
    ("Rapat sinkronisasi selanjutnya tanggal berapa ya?", "meeting"),
    ("Batas akhir kirim usulan kapan?", "deadline"),
    ("Tenggat usulan TA 2027 sampai tanggal berapa?", "deadline"),
    ("Masih bisa kirim usulan minggu depan, belum ditutup kan?", "deadline"),
    ("What is the deadline for proposals this year?", "deadline"),
    ("kapan usulan ditutup?", "deadline"),
    ("Berapa hari lagi pengajuan usulan ditutup?", "deadline"),
    ("Halo", "greeting"),
    ("Selamat pagi, bot ini bisa bantu apa?", "greeting"),
    ("Terima kasih infonya", "greeting"),
    ("help", "greeting"),
    ("Hi, what can you do?", "greeting"),
    ("Makasih banyak ya bot", "greeting"),
    ("Gimana cara mengajukan usulan lewat bot ini?", "how_to_submit"),
    ("Saya mau kirim usulan, mulai dari mana?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("Langkah-langkah input usulan di Sinkron bagaimana?", "how_to_submit"),
    ("mau ngusul jalan lingkungan, caranya gimana di bot?", "how_to_submit"),
    ("Perintah untuk membuat usulan baru apa?", "how_to_submit"),
]

ROUNDTH_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh 7,5 ha di Kelurahan Baamang Barat kewenangan siapa?", "kabkota"),
    ("kumuh 9,99 hektar siapa yg tangani", "kabkota"),
    ("Luas kumuh 85.000 m2, masuk kewenangan mana?", "kabkota"),
    ("A slum of 4 hectares: who handles it?", "kabkota"),
    ("Lokasi kumuh kurang dari 10 ha, tepatnya 9 ha, urusan siapa?", "kabkota"),
    ("Kawasan kumuh 2.500 meter persegi di Desa Palampai ditangani siapa?", "kabkota"),
    ("kumuh 6 hektare di Kuala Kapuas, prov atau kab?", "kabkota"),
    ("Kumuh seluas 8.2 ha di Sampit kewenangan siapa?", "kabkota"),
    ("Kumuh pas 10 ha itu kewenangan siapa?", "provinsi"),
    (
        "Lokasi kumuh tepat 10 hektar di Pangkalan Bun ditangani kabupaten atau provinsi?",
        "provinsi",
    ),
    ("Kawasan kumuh 12,5 ha di Kelurahan Pahandut, siapa yang menangani?", "provinsi"),
    ("kumuh 14,99 ha masih provinsi kan?", "provinsi"),
    ("Who handles a slum of 11.4 hectares?", "provinsi"),
    ("Luas delineasi kumuh 120.000 m² kewenangan siapa?", "provinsi"),
    ("Kumuh lebih dari 10 ha, yaitu 13 ha, ditangani siapa?", "provinsi"),
    ("Kawasan kumuh 100.000 meter persegi masuk kewenangan mana?", "provinsi"),
    ("kumuh 14,5 hektare di Muara Teweh urusan siapa", "provinsi"),
    ("Kumuh tepat 15 ha kewenangan provinsi atau pusat?", "pusat"),
    ("Kawasan kumuh lebih dari 15 ha ditangani siapa?", "pusat"),
    ("kumuh 20 hektar di Kapuas siapa yang tangani?", "pusat"),
    ("Lokasi kumuh 31,77 ha di Palangka Raya kewenangan siapa?", "pusat"),
    ("Luas kumuh 150.000 m2 masuk kewenangan mana?", "pusat"),
    ("Kumuh di atas 15 ha, sekitar 18 ha, diusulkan ke mana?", "pusat"),
    ("Who is responsible for a 75.87 hectare slum area?", "pusat"),
    ("Kawasan kumuh 245,38 ha di Kecamatan Selat kewenangan siapa?", "pusat"),
    ("kumuh 16 hektare di Tamiang Layang, prov bisa tangani?", "pusat"),
]

ROUNDTH_OUT_OF_SCOPE: list[str] = [
    "Besok Palangka Raya hujan gak?",
    "Skor pertandingan Kalteng Putra semalam berapa?",
    "Resep juhu singkah yang enak gimana?",
    "Harga tiket pesawat Palangka Raya ke Jakarta berapa?",
    "Berapa pagu anggaran Disperkimtan Kalteng tahun 2025?",
    "Harga satuan beton K-250 di Palangka Raya berapa per kubik?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun lalu?",
    "Nomor telepon Kabid Kawasan Permukiman Disperkimtan berapa?",
    "Pergub Kalimantan Timur tentang bantuan RTLH isinya apa?",
    "SIPD saya error waktu input sub kegiatan, solusinya gimana?",
    "Kapan jadwal kenaikan pangkat PNS golongan III?",
    "Tebal minimal lapis aspal jalan lingkungan berapa cm?",
    "Mutu beton untuk saluran U-ditch drainase harus K berapa?",
    "Berapa honor tenaga kontrak di Dinas Perkim?",
    "Berapa anggaran RTLH Kalteng tahun 2026?",
    "Siapa kontraktor pembangunan rusun di Palangka Raya?",
    "Minta nomor WA admin Disperkimtan dong",
    "Cara mengurus sertifikat tanah di BPN gimana?",
    "Berapa besaran bantuan BSPS per unit rumah tahun ini?",
    "Lebar minimum jalan lingkungan menurut SNI berapa meter?",
    "Berapa alokasi DAK Tematik PPKT untuk Kapuas tahun 2025?",
    "Bagaimana cara reset password akun SIPD?",
    "Jadwal Musrenbang Provinsi Jawa Tengah kapan?",
    "Who won the drainage tender in Kuala Kapuas?",
    "How much is the monthly allowance for civil servants at Disperkimtan?",
    "Siapa Kepala Dinas Perkim Barito Utara sekarang?",
    "Harga paving block per meter persegi di Sampit berapa?",
    "Kapan pengumuman mutasi pegawai Disperkimtan?",
]
