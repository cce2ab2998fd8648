"""Held-out question table, round 18.

Written 2026-12-04 by someone who had not seen the knowledge base, its paraphrases or any
other question table; only the topic list and the domain briefs (docs/domain.md,
shared DOMAIN.md and DOMAIN-RESEARCH.md) were read.

Style emphasis of this round: officers new to the job who describe the situation instead of
using the technical term (a house about to collapse, an alley that floods, street lights in a
developer's estate); questions wrapped in context, such as a forwarded message or a sentence of
background naming a real regency, kecamatan or kelurahan/desa of Kalimantan Tengah; formal
letter register ("Dengan hormat, mohon informasi ...") mixed with casual chat; mentions of
years, numbers and documents (Perda, Pergub, SK, RKPD, Renja); about a fifth very short with
chat spelling (gmn, brp, sy, udh, blm, yg, kpn, bs); about one in ten in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND18_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Dengan hormat, mohon informasi pembagian kewenangan bidang perumahan dan kawasan "
        "permukiman antara pemerintah pusat, provinsi dan kabupaten/kota menurut Lampiran D UU "
        "23/2014.",
        "kewenangan.ringkasan",
    ),
    (
        "sy baru seminggu di dinas perkim, msh bingung mana yg urusan kabupaten mana yg urusan "
        "provinsi. ada ringkasannya ga?",
        "kewenangan.ringkasan",
    ),
    ("pembagian urusan perkim", "kewenangan.ringkasan"),
    (
        "In housing and settlements, who does what: the central government, the province or the "
        "regency?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Perumahan rakyat dan kawasan permukiman itu termasuk urusan wajib pelayanan dasar atau "
        "urusan pilihan? Dasarnya pasal berapa?",
        "kewenangan.urusan_wajib",
    ),
    ("perkim urusan wajib bkn?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "Kawasan kumuh itu yang nanganin kabupaten atau provinsi sih? tergantung apanya?",
        "kewenangan.kumuh",
    ),
    (
        "Pak Lurah Selat Hulu (Kec. Selat, Kapuas) minta kampungnya yang padat dan kumuh "
        "ditangani provinsi saja. Sebenarnya provinsi pegang kumuh yang ukuran berapa?",
        "kewenangan.kumuh",
    ),
    ("batas luas kumuh prov brp ha?", "kewenangan.kumuh"),
    (
        "Which slum areas are the province's responsibility, and how is that decided?",
        "kewenangan.kumuh",
    ),
    (
        'Diteruskan dari grup kabid: "provinsi cuma nangani kumuh 10-15 ha". Betul begitu? '
        "Kalau pas 15 ha masih provinsi atau bukan?",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "Di berita tahun 2021 ada pejabat Kapuas bilang 5 sampai 10 hektare kewenangan kabupaten, "
        "di atas 10 hektare provinsi dan kementerian. Itu sudah sesuai aturan belum?",
        "kewenangan.kumuh",
    ),
    ("kumuh kecil siapa yg tangani", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "Kawasan kumuh yang luasnya di atas 15 hektar itu ditangani siapa? Apa wording aturannya "
        "sudah pasti?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh yg gede2 ke pusat ya?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    (
        "Untuk pencegahan tumbuhnya perumahan dan permukiman kumuh baru, apakah provinsi ikut "
        "menangani atau hanya kabupaten/kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Di Kasongan banyak rumah baru berdiri rapat2 di pinggir Sungai Katingan, takutnya nanti "
        "jadi kumuh. Mencegah itu tugas siapa ya?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("Di sub-urusan perumahan, kewenangan provinsi itu apa saja?", "kewenangan.perumahan"),
    (
        "Mohon penjelasan, dalam sub-urusan perumahan apa saja yang menjadi tugas Pemkab "
        "dibandingkan Pemprov?",
        "kewenangan.perumahan",
    ),
    (
        "In the housing sub-affair, what exactly is the province in charge of?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Penyediaan rumah untuk masyarakat berpenghasilan rendah, misalnya rumah subsidi buat "
        "honorer, itu kewenangan provinsi juga?",
        "kewenangan.perumahan_pusat",
    ),
    ("pembiayaan perumahan buat MBR urusan siapa?", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "Bulan lalu banjir besar di Kecamatan Katingan Hilir, beberapa rumah warga rusak berat. "
        "Pembangunan kembali rumahnya tanggung jawab kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga yang kena relokasi karena program pemprov, rumah penggantinya siapa yang "
        "fasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana siapa?", "kewenangan.bencana_relokasi"),
    ("Who provides houses for victims of a national disaster?", "kewenangan.bencana_relokasi"),
    # kewenangan.izin
    (
        "Ada developer mau bangun perumahan di Kecamatan Jekan Raya. Izin pembangunan "
        "perumahannya keluar dari provinsi atau dari Pemkot?",
        "kewenangan.izin",
    ),
    ("SKBG yg nerbitin siapa?", "kewenangan.izin"),
    (
        "Izin pembangunan dan pengembangan kawasan permukiman itu diterbitkan oleh siapa?",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan kawasan permukiman mencakup apa saja di tiap tingkatan pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman nasional itu kewenangan siapa?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Lampu jalan di perumahan developer di Sampit banyak yang mati, warga minta provinsi yang "
        "perbaiki. Itu urusan provinsi atau kabupaten?",
        "kewenangan.psu",
    ),
    ("Bedanya PSU permukiman sama PSU perumahan apa? Yang mana punya provinsi?", "kewenangan.psu"),
    ("PSU perumahan kewenangan siapa", "kewenangan.psu"),
    (
        "Is fixing the roads inside a developer's housing estate the province's job?",
        "kewenangan.psu",
    ),
    (
        "Jalan dan taman di kompleks perumahan yang developernya sudah kabur, bisa diusulkan ke "
        "Disperkimtan provinsi?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Gang di RT 05 Kelurahan Pahandut Seberang becek tiap hujan, airnya ga ngalir ke "
        "mana-mana. Bisa diusulkan ke provinsi?",
        ("psu.lingkup_provinsi", "kewenangan.psu"),
    ),
    (
        "Provinsi bangun PSU apa saja? Cuma jalan lingkungan dan drainase atau ada yang lain?",
        "psu.lingkup_provinsi",
    ),
    (
        "Jalan kabupaten yang jadi poros desa di Kecamatan Dusun Selatan rusak parah. Bisa masuk "
        "usulan PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    ("psu prov apa aja?", "psu.lingkup_provinsi"),
    (
        "Dengan hormat, apakah pembangunan jalan lingkungan oleh provinsi hanya untuk kawasan "
        "perkotaan, atau permukiman perdesaan juga dapat diusulkan?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi dan registrasi perancang rumah dan perencana PSU, kabupaten pegang tingkat "
        "kemampuan apa dan provinsi yang mana?",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan perencana perumahan kecil di Pangkalan Bun mau registrasi, ke provinsi atau ke "
        "kabupaten?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM bidang perumahan rakyat untuk provinsi isinya apa dan targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Pak, Bappeda minta laporan capaian SPM perumahan tahun 2026. Jenis pelayanan dasar untuk "
        "kabupaten itu apa saja? Dasarnya PP 2/2018 kan?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kawasan kumuh yang dipakai buat menentukan kewenangan itu luas kelurahan seluruhnya "
        "atau luas delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan Ketapang di Sampit luasnya ratusan hektar, tapi yang masuk SK kumuh cuma "
        "sebagian. Yang dihitung buat kewenangan yang mana?",
        "kumuh.luas_delineasi",
    ),
    ("luas kumuh ngitungnya dr mana?", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    (
        "Siapa yang berwenang menetapkan lokasi permukiman kumuh di kabupaten, Gubernur atau "
        "Bupati?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh itu isinya apa aja selain daftar lokasi? dan harus ditinjau ulang berapa tahun "
        "sekali?",
        "kumuh.penetapan",
    ),
    (
        "Who designates the slum locations in a regency, and how often is it reviewed?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("Apa saja tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018?", "kumuh.aspek"),
    (
        "Rumah-rumah di pinggir Sungai Kahayan rapat banget, ga ada hidran, sampah dibuang ke "
        "sungai, WC cemplung. Itu kena aspek kumuh yang mana saja?",
        "kumuh.aspek",
    ),
    ("kriteria kumuh ada brp?", "kumuh.aspek"),
    # kumuh.penilaian
    (
        "Skor kekumuhan maksimal berapa, dan mulai nilai berapa disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    ("nilai 65 kumuh berat?", "kumuh.penilaian"),
    ("How is a location scored, and what score makes it a heavy slum?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    (
        "Hasil penilaian lokasi kami di Kecamatan Baamang skornya 42. Masuk kumuh sedang atau "
        "ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("rentang nilai kumuh ringan brp?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("Bedanya pemugaran, peremajaan dan pemukiman kembali itu apa?", "kumuh.pola_penanganan"),
    (
        "Permukiman di bantaran sungai di Kelurahan Mendawai, tanahnya tidak legal. Penanganannya "
        "pakai pola apa?",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan lahan legal diapain?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("Berapa jumlah lokasi kumuh di Kalimantan Tengah dan total luasnya?", "kumuh.kalteng"),
    (
        "kabupaten mana yg lokasi kumuhnya paling banyak di kalteng? kebanyakan di pinggir sungai "
        "kah?",
        "kumuh.kalteng",
    ),
    ("How many slum locations does Central Kalimantan have?", "kumuh.kalteng"),
    # usulan.isi
    (
        "Dengan hormat, mohon informasi data apa saja yang perlu kami siapkan untuk mengajukan "
        "usulan kegiatan ke Disperkimtan Provinsi.",
        "usulan.isi",
    ),
    (
        "Kenapa di form usulan kita ditanya sektor air minum, sanitasi, persampahan segala? Kan "
        "usulannya cuma jalan.",
        "usulan.isi",
    ),
    ("isi usulan apa aja?", "usulan.isi"),
    ("What information does a proposal need to contain, and why?", "usulan.isi"),
    (
        "Kabid nyuruh saya siapin usulan buat TA 2027 padahal saya belum pernah. Yang ditanya di "
        "form itu apa saja dan gunanya buat apa?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("Jenis usulan apa saja yang bisa diajukan ke provinsi lewat bot ini?", "usulan.jenis"),
    ("bs usul apa aja ke prov?", "usulan.jenis"),
    (
        "Selain kumuh dan PSU, bisa tidak usul rumah untuk warga korban kebakaran?",
        ("usulan.jenis", "kewenangan.bencana_relokasi"),
    ),
    # usulan.lokasi
    (
        "Lokasinya di Desa Tumbang Talaken, Kec. Manuhing, Gumas, sinyal susah. Titik GPS di "
        "usulan wajib diisi atau boleh dilewati?",
        "usulan.lokasi",
    ),
    ("Kenapa di data lokasi usulan harus milih perkotaan atau perdesaan?", "usulan.lokasi"),
    # usulan.penerima_biaya
    (
        "Jumlah KK dan jiwa penerima manfaat diisi gimana? Jiwa boleh lebih sedikit dari KK?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang bisa dipilih di usulan apa saja? Boleh kombinasi APBD kabupaten dan "
        "provinsi?",
        "usulan.penerima_biaya",
    ),
    ("nulis biaya usulan gmn?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("Readiness criteria untuk usulan PSU itu dokumennya apa saja?", "usulan.kesiapan"),
    ("dokumen kesiapan apa aja?", "usulan.kesiapan"),
    ("Which readiness documents should a PSU proposal have?", "usulan.kesiapan"),
    # usulan.lahan
    (
        "Lahan untuk jalan lingkungan di Desa Pangkoh masih tanah warga, belum sertifikat, baru "
        "SKT. Bisa tetap diusulkan?",
        "usulan.lahan",
    ),
    (
        "Perda RTRW Kab. Lamandau belum memuat lokasi kami sebagai permukiman. Apa itu "
        "berpengaruh ke status clean and clear usulan?",
        "usulan.lahan",
    ),
    ("clean and clear wajib ga?", "usulan.lahan"),
    # usulan.sk_kumuh
    (
        "SK kumuh Bupati kami terbit Desember 2020. Untuk usulan yang dikirim tahun 2026 masih "
        "bisa dipakai?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    (
        "Lokasi yang kami usulkan belum masuk SK kumuh, tapi kondisinya jelas kumuh. Tetap bisa "
        "diusulkan sebagai kumuh ke provinsi?",
        "usulan.sk_kumuh",
    ),
    ("usulan kumuh wajib SK?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    (
        "DED dan RAB belum ada, usulan boleh dikirim dulu?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    (
        "Foto kondisi eksisting yang dilampirkan berapa banyak dan fotonya harus gimana?",
        "usulan.dokumen_teknis",
    ),
    ("perlu site plan sm RKS jg?", "usulan.dokumen_teknis"),
    ("Which technical documents should be attached: DED, RAB, RKS?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "Apakah usulan perlu dilampiri surat pernyataan kesediaan menerima hibah dan melakukan "
        "operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan O&P buat apa?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    (
        "Ada rumah warga di Kecamatan Lahei yang udah mau roboh, dindingnya lapuk dan atapnya "
        "bocor. Bisa minta bantuan perbaikan ke provinsi?",
        "usulan.rtlh",
    ),
    ("Syarat usulan RTLH lewat provinsi apa saja? Tanahnya harus sertifikat?", "usulan.rtlh"),
    (
        "Ada warga mau bangun rumah baru di tanah kosong miliknya. Bisa masuk program RTLH "
        "provinsi?",
        "usulan.rtlh",
    ),
    (
        "Penerima bantuan bedah rumah dari provinsi ditetapkan pakai Pergub atau SK Gubernur?",
        "usulan.rtlh",
    ),
    (
        "Can the province repair an uninhabitable house on land the owner has no papers for?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 03 Kelurahan Langkai bikin proposal semenisasi gang, mau langsung dikirim ke "
        "Disperkimtan provinsi. Syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    ("proposal warga hrs diketahui siapa?", "usulan.psu_masyarakat"),
    ("Can residents send a drainage request straight to the province?", "usulan.psu_masyarakat"),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi di atas tanah kabupaten nanti jadi aset siapa, "
        "dan siapa yang merawat?",
        "hibah.aset",
    ),
    ("BAST hibah dari provinsi itu fungsinya apa buat kami di kabupaten?", "hibah.aset"),
    ("drainase bantuan prov rusak, siapa yg perbaiki?", "hibah.aset"),
    # pendanaan.saluran_lain
    (
        "Usulan kita ternyata bukan kewenangan provinsi. Terus dananya bisa dicari dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kumuh 6 ha di Kec. Mentawa Baru Ketapang tidak bisa ke provinsi. Alternatif pendanaannya "
        "apa saja?",
        "pendanaan.saluran_lain",
    ),
    (
        "If it is not the province's job, where else can the money come from?",
        "pendanaan.saluran_lain",
    ),
    ("selain APBD prov dana dr mana?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    (
        "Alur usulan dari kabupaten ke provinsi tiap tahun itu gimana, dari awal sampai akhir?",
        "siklus.tahunan",
    ),
    ("Usulan yang kami kirim November 2026 itu untuk tahun anggaran berapa?", "siklus.tahunan"),
    ("siklus usulan tahunan", "siklus.tahunan"),
    (
        "Dengan hormat, mohon dijelaskan tahapan usulan bidang kawasan permukiman dari "
        "kabupaten/kota ke provinsi dalam satu tahun.",
        "siklus.tahunan",
    ),
    ("How does the yearly proposal cycle work?", "siklus.tahunan"),
    ("usulan thn ini utk anggaran kpn?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("Usulan yang masuk diperiksa provinsi dari sisi apa saja?", "siklus.pemeriksaan"),
    (
        "Apakah provinsi turun survei lapangan dulu ke lokasi sebelum usulan diputuskan?",
        "siklus.pemeriksaan",
    ),
    ("verifikasi usulan gmn?", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        "Rakor Bidang Kawasan Permukiman se-Kalteng itu acara apa dan siapa saja yang ikut?",
        "siklus.rakor",
    ),
    ("Rakor tahun 2024 kemarin diadakan tanggal berapa? Yang 2025 di mana?", "siklus.rakor"),
    ("rakor setaun sekali?", "siklus.rakor"),
    ("What is the Rakor for?", "siklus.rakor"),
    # siklus.rkpd_apbd
    (
        "Setelah Rakor, usulan yang disetujui masuk ke mana? Musrenbang dulu atau langsung APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        'Kalau usulan kami sudah "disetujui" di bot, berarti pasti masuk RKPD dan APBD Provinsi '
        "2027?",
        "siklus.rkpd_apbd",
    ),
    ("rakor ke RKPD alurnya?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di kabupaten itu fungsinya apa dan dasar hukumnya Permen berapa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Sekda minta kami aktifkan lagi Pokja PKP Kabupaten Barito Selatan. Sebenarnya Pokja itu "
        "kerjanya ngapain?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan Provinsi Kalteng di mana ya? Mau antar berkas.",
        "disperkimtan.kontak",
    ),
    ("web disperkimtan prov apa?", "disperkimtan.kontak"),
    ("Where is the provincial Disperkimtan office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("Perintah apa saja yang bisa dipakai di bot Sinkron?", "bot.cara_pakai"),
    (
        "Jam di pengingat bot ini pakai WIB atau WITA? Saya sering dinas ke Banjarmasin.",
        "bot.cara_pakai",
    ),
    ("daftar perintah bot", "bot.cara_pakai"),
    # bot.usul
    ("Lewat /usul bisa lampirkan PDF DED ga? Maksimal berapa file dan berapa foto?", "bot.usul"),
    (
        "Tadi isi /usul kepotong karena sinyal hilang di jalan. Datanya hilang atau masih "
        "tersimpan?",
        "bot.usul",
    ),
    ("Bisa salin usulan tahun lalu biar ga ngetik ulang dari awal?", "bot.usul"),
    # bot.status
    ('Status "perlu perbaikan" di usulan kami artinya apa dan kami harus ngapain?', "bot.status"),
    ("Bedanya status verifikasi sama dibahas di Rakor apa?", "bot.status"),
    ("status dibatalkan itu apa?", "bot.status"),
    ("What does the status 'dialihkan' mean?", ("bot.status", "bot.ditolak_dialihkan")),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Bisa diajukan ulang atau "
        "bagaimana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan drainase kami dialihkan ke DAK Tematik PPKT. Langkah kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    ("knp usulan ditolak?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    (
        "Sudah seminggu usulan kami belum diverifikasi juga. Standarnya berapa hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "Berapa lama provinsi harus menanggapi usulan? Ada standar kayak LAPOR! gitu?",
        "bot.tindak_lanjut",
    ),
    # istilah.perkim
    (
        "Saya baru dilantik jadi staf di Dinas Perkim Kab. Murung Raya, malu nanya ke atasan: "
        "Perkim itu singkatan dari apa ya?",
        "istilah.perkim",
    ),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya apa? kok ada 'tan'-nya?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu apa?", "istilah.psu"),
    # istilah.jaling
    ("jaling apaan?", "istilah.jaling"),
    # istilah.drainase
    ("Apa yang dimaksud drainase lingkungan?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kumuh artinya?", "istilah.kr"),
    # istilah.ks
    ("KS maksudnya apa di data kumuh?", "istilah.ks"),
    # istilah.kb
    ("Di lampiran SK kumuh ada kolom KB. Itu keluarga berencana atau apa?", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi artinya apa?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH singkatan dari?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa, bedanya dengan RTLH?", ("istilah.rlh", "istilah.rtlh")),
    # istilah.bedahrumah
    ("bedah rumah maksudnya apa? rumahnya dioperasi?", "istilah.bedahrumah"),
    # istilah.bsps
    (
        "Kepala desa di Kecamatan Tewah tanya soal program BSPS dari pusat. BSPS itu "
        "kepanjangannya apa?",
        "istilah.bsps",
    ),
    # istilah.mbr
    ("MBR apa?", "istilah.mbr"),
    # istilah.rusunawa
    (
        "Di Renstra dinas kami ada kegiatan pengelolaan rusunawa. Rusunawa itu apa bedanya dengan "
        "rumah biasa?",
        "istilah.rusunawa",
    ),
    # istilah.rusus
    ("rusus itu rumah apa?", "istilah.rusus"),
    # istilah.huntara
    (
        "Pengungsi banjir di Buntok katanya mau dibuatkan huntara. Huntara itu apa?",
        "istilah.huntara",
    ),
    # istilah.huntap
    ("What is a huntap?", "istilah.huntap"),
    # istilah.kk
    ("KK di form usulan maksudnya jumlah kartu keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di data penerima manfaat maksudnya apa?", "istilah.jiwa"),
    # istilah.ha
    ("1 ha itu berapa meter persegi?", "istilah.ha"),
    # istilah.ded
    (
        "Dengan hormat, mohon dijelaskan apa yang dimaksud dengan DED dalam dokumen usulan.",
        "istilah.ded",
    ),
    # istilah.rab
    ("RAB singkatan?", "istilah.rab"),
    # istilah.rks
    (
        "Pak, konsultan minta kami siapkan RKS juga selain gambar. RKS itu dokumen apa?",
        "istilah.rks",
    ),
    # istilah.kak
    ("KAK sama TOR itu sama ga?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa, sama dengan denah?", "istilah.siteplan"),
    # istilah.rc
    ("Teman di Bappeda bilang RC usulan harus lengkap. RC itu apa?", "istilah.rc"),
    # istilah.bast
    ("BAST kepanjangan?", "istilah.bast"),
    # istilah.hibah
    ("Hibah itu apa maksudnya kalau dalam urusan aset pemda?", "istilah.hibah"),
    # istilah.bmd
    ("Bagian aset BPKAD bilang jalan itu nanti dicatat sebagai BMD. BMD itu apa?", "istilah.bmd"),
    # istilah.bmn
    ("What does BMN stand for?", "istilah.bmn"),
    # istilah.op
    ("O&P artinya?", "istilah.op"),
    # istilah.spm
    ("Di Pergub ada istilah SPM bidang perumahan rakyat. SPM itu singkatan apa?", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP kepanjangannya apa?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    # istilah.pokjappas
    (
        "Undangan Rakor Air Minum dan Sanitasi 2025 ditujukan ke Ketua Pokja PPAS. Pokja PPAS itu "
        "apa?",
        "istilah.pokjappas",
    ),
    # istilah.pokjaampl
    ("AMPL di Pokja AMPL singkatan dari apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    (
        "Kabupaten Kotawaringin Barat lagi menyusun RP3KP. Itu dokumen apa dan untuk jangka "
        "berapa tahun?",
        "istilah.rp3kp",
    ),
    # istilah.rp2kpkp
    ("RP2KPKP apa, bedanya sama RP3KP?", ("istilah.rp2kpkp", "istilah.rp3kp")),
    # istilah.kotaku
    ("KOTAKU itu program apa? masih jalan?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan apa", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("Camat Jelai bilang jalan gang bisa pakai APBDes. APBDes itu dana apa?", "istilah.apbdes"),
    # istilah.bankeu
    ("Bankeu prov itu apa?", "istilah.bankeu"),
    # istilah.pokir
    (
        "Anggota DPRD dapil Katingan mau masukkan jalan lingkungan lewat pokir. Pokir itu apa "
        "maksudnya?",
        "istilah.pokir",
    ),
    # istilah.musrenbang
    ("Musrenbang itu apa dan jenjangnya dari mana saja?", "istilah.musrenbang"),
    # istilah.rkpd
    (
        "Dengan hormat, mohon penjelasan apa yang dimaksud dengan RKPD dalam perencanaan daerah.",
        "istilah.rkpd",
    ),
    # istilah.renja
    ("Renja apa bedanya sama Renstra?", ("istilah.renja", "istilah.renstra")),
    # istilah.renstra
    ("Renstra dinas itu apa?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu rencana berapa tahun?", "istilah.rpjmd"),
    # istilah.kuappas
    (
        "Bappeda bilang usulan harus masuk sebelum KUA-PPAS 2027 dibahas. KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    # istilah.rka
    ("RKA itu apa", "istilah.rka"),
    # istilah.dpa
    ("What is a DPA?", "istilah.dpa"),
    # istilah.sipd
    ("Semua kegiatan harus diinput di SIPD katanya. SIPD itu singkatan dari apa?", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu badan apa? dulu namanya Bappeda kan?", "istilah.bapperida"),
    # istilah.opd
    ("OPD artinya", "istilah.opd"),
    # istilah.skpd
    ("SKPD sama OPD itu sama ga?", ("istilah.skpd", "istilah.opd")),
    # istilah.spam
    ("SPAM di dokumen perkim bukan email spam kan? itu apa?", "istilah.spam"),
    # istilah.spald
    ("Di dokumen SSK Kabupaten Pulang Pisau ada program SPALD. SPALD itu apa?", "istilah.spald"),
    # istilah.ipal
    ("IPAL apa", "istilah.ipal"),
    # istilah.tps3r
    (
        "Desa di Kecamatan Maliku dapat bantuan TPS3R. TPS3R itu kepanjangannya apa?",
        "istilah.tps3r",
    ),
    # istilah.mck
    ("MCK itu apa", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa? bukan RT/RW kan?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    # istilah.slf
    ("Gedung kantor kecamatan baru diminta punya SLF. SLF itu apa?", "istilah.slf"),
    # istilah.skbg
    ("SKBG singkatan apa?", "istilah.skbg"),
    # istilah.skt
    ("Warga di Tamiang Layang cuma pegang SKT dari kepala desa. SKT itu surat apa?", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear maksudnya apa?", "istilah.cleanandclear"),
    # istilah.csr
    ("Perusahaan sawit di Seruyan mau bantu lewat CSR. CSR itu apa?", "istilah.csr"),
    # istilah.rakor
    ("Rakor singkatan dari?", "istilah.rakor"),
    # istilah.lapor
    ("Dengan hormat, yang dimaksud dengan LAPOR! itu sistem apa?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC plus berapa?", "istilah.wib"),
    # istilah.backlog
    (
        "In the RPJMD there is a target on the housing backlog. What does backlog mean?",
        "istilah.backlog",
    ),
    # istilah.pkp
    ("PKP di sini maksudnya apa? Pengusaha Kena Pajak?", "istilah.pkp"),
    # istilah.kumuh
    ("Menurut UU 1/2011, permukiman kumuh itu definisinya apa?", "istilah.kumuh"),
    # istilah.dak
    ("Pembahasan Renja 2027 menyebut DAK bidang perumahan. DAK itu dana apa?", "istilah.dak"),
    # istilah.rusun
    ("rusun?", "istilah.rusun"),
]

ROUND18_INTENTS: list[tuple[str, str]] = [
    ("usulan kami sampai mana ya?", "status"),
    (
        "Dengan hormat, mohon informasi perkembangan usulan Kabupaten Barito Timur yang kami "
        "kirim bulan lalu.",
        "status",
    ),
    ("cek status USL-2026-0012", "status"),
    ("What's the status of our proposals?", "status"),
    ("usulan jalan lingkungan Desa Anjir udh diverifikasi blm?", "status"),
    ("sy mau liat daftar usulan kab kami", "status"),
    ("rakor tahun ini kapan?", "meeting"),
    ("Kapan dan di mana rapat koordinasi berikutnya?", "meeting"),
    ("jadwal rapat berikutnya", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    (
        "Mohon informasi jadwal Rakor Bidang Kawasan Permukiman 2026, kami akan menugaskan staf.",
        "meeting",
    ),
    ("rakor nanti diadakan di mana?", "meeting"),
    ("batas akhir kirim usulan kpn?", "deadline"),
    ("Dengan hormat, sampai tanggal berapa usulan untuk TA 2027 masih diterima?", "deadline"),
    ("tenggat usulan", "deadline"),
    ("What is the deadline for sending proposals?", "deadline"),
    ("usulan masih bisa dikirim minggu depan ga? takut udh ditutup", "deadline"),
    ("kapan penutupan usulan tahun ini?", "deadline"),
    ("Selamat pagi", "greeting"),
    ("halo bot", "greeting"),
    ("Terima kasih banyak atas infonya, Pak", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("Assalamualaikum, saya staf baru Dinas Perkim Kab. Sukamara", "greeting"),
    ("cara input usulan baru gmn?", "how_to_submit"),
    ("Saya mau mengajukan usulan jalan lingkungan, mulai dari mana?", "how_to_submit"),
    ("mau kirim usulan", "how_to_submit"),
    ("How do I submit a new proposal?", "how_to_submit"),
    (
        "Dengan hormat, bagaimana prosedur memasukkan usulan kegiatan melalui aplikasi ini?",
        "how_to_submit",
    ),
    ("usul drainase di Kec. Pahandut caranya?", "how_to_submit"),
]

ROUND18_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh di Kelurahan Selat Hulu luasnya 9,8 ha, itu kewenangan siapa?", "kabkota"),
    ("kumuh 12 ha siapa yg tangani?", "provinsi"),
    ("Luas delineasi lokasi kumuh di SK Kotim 75,87 ha. Itu kewenangan siapa?", "pusat"),
    ("kumuh pas 10 ha masuk prov atau kab?", "provinsi"),
    ("Kawasan kumuh tepat 15 hektare itu kewenangan provinsi atau pusat?", "pusat"),
    ("Lokasi kumuh kami 14,99 ha. Apakah masih ditangani provinsi?", "provinsi"),
    ("A slum area of 12.5 hectares: whose responsibility is it?", "provinsi"),
    ("kumuh 95.000 m2 kewenangan mana", "kabkota"),
    ("Luas kawasan kumuh di SK 125.000 m², bisa ditangani provinsi?", "provinsi"),
    ("Kawasan kumuh 150.000 meter persegi, siapa yang berwenang menangani?", "pusat"),
    ("kumuh 7 hektar di Kec. Kumai, bs ke provinsi?", "kabkota"),
    (
        "Dengan hormat, kawasan kumuh Murjani Bawah seluas 31,77 ha menjadi kewenangan siapa?",
        "pusat",
    ),
    ("Lokasi kumuh Pesanggrahan 7,71 ha, kewenangan siapa?", "kabkota"),
    ("kumuh 10,5 ha di Pulang Pisau ditangani siapa?", "provinsi"),
    ("Who handles a slum of 9.99 ha?", "kabkota"),
    ("Kawasan kumuh 100.000 m2 itu urusan provinsi bukan?", "provinsi"),
    ("kumuh 14,5 ha lebih dikit, blm sampai 15 ha. siapa yg pegang?", "provinsi"),
    ("kumuh 16 hektar kewenangan siapa", "pusat"),
    ("Slum area of 20 hectares, is that the province's job?", "pusat"),
    (
        "Kawasan kumuh seluas 3,2 ha di Kelurahan Lanjas, Muara Teweh, siapa yang tangani?",
        "kabkota",
    ),
    ("luas kumuh 11,4 ha kewenangan siapa?", "provinsi"),
    ('Diteruskan: "lokasi kumuh Selat Tengah 41,23 ha". Itu kewenangan pusat ya?', "pusat"),
    ("kumuh 0,8 ha siapa?", "kabkota"),
    ("Kawasan kumuh 13 hektare di Kuala Pembuang, kewenangan kabupaten atau provinsi?", "provinsi"),
    ("kumuh lebih dari 15 ha kewenangan siapa?", "pusat"),
]

ROUND18_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan Provinsi untuk jalan lingkungan tahun 2027?",
    "Harga satuan paving block per m2 di SSH Kabupaten Katingan 2026 berapa?",
    "Siapa pemenang tender pembangunan drainase di Sampit tahun ini?",
    "Berapa jumlah RTLH di Kabupaten Lamandau menurut pendataan 2026?",
    "Perda kumuh Kota Banjarmasin itu nomor berapa tahun berapa?",
    "Syarat KPR rumah subsidi FLPP di bank apa saja?",
    "Aplikasi SIPD error waktu input sub kegiatan, muncul tulisan gagal simpan. Solusinya?",
    "Standar lebar jalan lingkungan dan tebal cor betonnya berapa cm?",
    "Nomor WA Kabid Kawasan Permukiman provinsi berapa?",
    "Berapa anggaran BSPS untuk Kalimantan Tengah tahun 2027?",
    "Berapa harga semen per sak di Muara Teweh sekarang?",
    "Berapa biaya sertifikat tanah di BPN untuk tanah 500 m2?",
    "cuaca Palangka Raya besok gimana",
    "Cara mengajukan cuti tahunan ASN lewat aplikasi kepegawaian?",
    "Kapan gaji PPPK bulan ini cair?",
    "printer kantor ga bisa ngeprint, kenapa ya",
    "jadwal pesawat Palangka Raya ke Jakarta besok",
    "berita banjir di Sampit hari ini",
    "kurs dolar hari ini brp",
    "Siapa gubernur Kalimantan Selatan sekarang?",
    "Rekomendasi tempat makan dekat Bundaran Besar Palangka Raya",
    "Bagaimana cara mengurus kenaikan pangkat ke golongan III/b?",
    "password wifi kantor apa",
    "Berapa tunjangan kinerja pegawai Pemprov Kalteng?",
    "How do I renew my passport?",
    "Cara lapor SPT tahunan pajak pribadi",
    "hasil liga inggris semalam",
    "Kapan pelantikan bupati Seruyan yang baru?",
]
