"""Training table R2 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: requests to explain, list, summarise or teach rather than plain questions ("tolong
jelaskan ke staf baru saya ...", "sebutkan apa saja ...", "buatkan poin-poin ...", "apa
bedanya X dan Y", "urutannya gimana"), formal and chat spelling, about one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

# Training table R2: requests to explain, list, summarise or teach.
# Labels are topic ids from topic_list.txt; glossary questions use istilah.* ids.

TRAIN_R2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Tolong jelaskan ke staf baru saya secara ringkas pembagian kewenangan perumahan "
        "dan kawasan permukiman antara pusat, provinsi dan kabupaten/kota.",
        "kewenangan.ringkasan",
    ),
    (
        "buatkan poin2 siapa ngerjain apa di bidang perkim: pusat, prov, kab/kota",
        "kewenangan.ringkasan",
    ),
    (
        "Saya mau presentasi ke pak bupati Seruyan soal pembagian urusan perkim menurut "
        "UU 23/2014, isinya apa saja ya?",
        "kewenangan.ringkasan",
    ),
    (
        "Can you summarise how housing and settlement responsibilities are split between "
        "the centre, the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Tolong jelaskan kenapa perumahan rakyat dan kawasan permukiman disebut urusan wajib "
        "pelayanan dasar, dan pasal berapa dasarnya.",
        "kewenangan.urusan_wajib",
    ),
    (
        "rangkum singkat dong status urusan perkim di UU 23/2014, itu wajib atau pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Untuk bahan sambutan kadis, sebutkan dasar hukum bahwa perkim termasuk urusan wajib "
        "yang berkaitan dengan pelayanan dasar.",
        "kewenangan.urusan_wajib",
    ),
    (
        "apa bedanya urusan wajib pelayanan dasar sama urusan pilihan? perkim masuk yg mana",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Tolong jelaskan pembagian penanganan kawasan kumuh berdasarkan luasnya, batas "
        "hektarenya berapa saja untuk tiap tingkat pemerintahan.",
        "kewenangan.kumuh",
    ),
    (
        "buatin tabel singkat: kumuh di bawah 10 ha, 10 sampai 15 ha, masing2 tanggung jawab siapa",
        "kewenangan.kumuh",
    ),
    (
        "Staf saya berdebat soal kawasan kumuh yang luasnya pas 10 hektare, masuk kabupaten "
        "atau provinsi. Tolong jelaskan bunyi aturannya.",
        "kewenangan.kumuh",
    ),
    (
        "Please explain how slum upgrading is divided between the regency and the province "
        "according to the size of the area.",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Tolong jelaskan siapa yang menangani kawasan kumuh yang luasnya 15 ha ke atas, "
        "dan apa dasarnya.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh yg luasnya lebih dr 15 hektar itu urusan pusat kan? jelasin dong, trmsk "
        "kalau pas 15",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kami punya kawasan kumuh besar di Kecamatan Selat. Sebutkan level pemerintah yang "
        "berwenang untuk kawasan seluas lima belas hektare atau lebih, dan apakah bunyi "
        "aturannya sudah pasti.",
        "kewenangan.kumuh_pusat",
    ),
    ("rangkum aturan kumuh skala besar (15 ha lebih) buat bahan rapat", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    (
        "Tolong jelaskan siapa yang bertanggung jawab atas pencegahan perumahan dan "
        "permukiman kumuh, provinsi ikut atau tidak.",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh itu tugas siapa sih, jelasin singkat", "kewenangan.pencegahan_kumuh"),
    (
        "Saya mau presentasi ke pak wali kota soal program pencegahan kumuh, tolong jelaskan "
        "kewenangannya ada di level mana.",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Can you explain whether the province funds slum prevention, or is that only the "
        "regency's job?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Tolong sebutkan apa saja kewenangan provinsi dan kabupaten/kota di sub-urusan perumahan.",
        "kewenangan.perumahan",
    ),
    (
        "rangkum dong isi sub urusan perumahan di lampiran UU 23, prov dapet apa kab dapet apa",
        "kewenangan.perumahan",
    ),
    (
        "Untuk staf baru di seksi perumahan, jelaskan dalam poin-poin tugas kabupaten pada "
        "sub-urusan perumahan.",
        "kewenangan.perumahan",
    ),
    (
        "What does the province actually have authority over in the housing sub-affair? "
        "A short list please.",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Tolong jelaskan peran pemerintah pusat di bidang perumahan, khususnya penyediaan rumah "
        "untuk MBR dan sistem pembiayaannya.",
        "kewenangan.perumahan_pusat",
    ),
    ("rumah buat MBR itu urusannya siapa ya? jelasin singkat", "kewenangan.perumahan_pusat"),
    (
        "Sebutkan urusan perumahan apa saja yang dipegang pemerintah pusat, misalnya rusun "
        "dan pembiayaan perumahan.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Ada permintaan warga supaya dibangunkan rusun di Palangka Raya, tolong terangkan itu "
        "masuk kewenangan pusat atau daerah.",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Tolong jelaskan siapa yang menyediakan rumah bagi korban bencana, provinsi atau "
        "kabupaten, dan tergantung apa.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalo ada warga kena relokasi program pemprov, rumahnya siapa yg fasilitasi? jelasin",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Setelah banjir besar di Kapuas, pimpinan minta penjelasan. Sebutkan pembagian "
        "kewenangan rehabilitasi rumah korban bencana menurut skala bencananya.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Explain who rebuilds people's homes after a disaster: the regency, the province or "
        "the central government?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Tolong jelaskan siapa yang menerbitkan izin pembangunan dan pengembangan perumahan.",
        "kewenangan.izin",
    ),
    (
        "SKBG itu yg nerbitin siapa? sekalian izin kawasan permukiman, tolong dirangkum",
        "kewenangan.izin",
    ),
    (
        "Ada pengembang di Sampit yang mengurus izin perumahan ke provinsi. Tolong jelaskan ke "
        "saya seharusnya ke mana dan apa dasarnya.",
        "kewenangan.izin",
    ),
    (
        "Buatkan poin-poin perizinan di bidang perkim yang menjadi kewenangan kabupaten/kota.",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Tolong rangkum isi sub-urusan kawasan permukiman: apa tugas pusat, provinsi dan "
        "kabupaten.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sebutin dong kewenangan di sub urusan kawasan permukiman, selain soal kumuh ada apa aja",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Untuk materi bimtek, jelaskan apa saja yang diatur dalam sub-urusan kawasan permukiman "
        "di lampiran UU 23/2014.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Could you outline the settlement-areas sub-affair and what belongs to each level of "
        "government?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Tolong jelaskan bedanya PSU permukiman dan PSU perumahan, dan masing-masing jadi "
        "kewenangan siapa.",
        "kewenangan.psu",
    ),
    ("psu di perumahan developer itu tanggung jawab prov atau kab? jelasin ya", "kewenangan.psu"),
    (
        "Saya mau presentasi ke pak bupati Katingan soal pembagian urusan PSU antara provinsi "
        "dan kabupaten, isinya apa saja?",
        "kewenangan.psu",
    ),
    (
        "Buatkan ringkasan satu paragraf tentang pembagian penyelenggaraan PSU menurut UU 23/2014.",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Tolong sebutkan jenis PSU apa saja yang biasanya dibangun Disperkimtan provinsi.",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan lingkungan sm drainase yg dibangun prov itu lokasinya di mana aja? di desa bisa? "
        "tolong jelasin",
        "psu.lingkup_provinsi",
    ),
    (
        "Kami berencana mengusulkan drainase di sepanjang jalan provinsi di Buntok. Tolong "
        "terangkan dulu batasan PSU yang boleh dikerjakan provinsi.",
        "psu.lingkup_provinsi",
    ),
    (
        "List the kinds of infrastructure Disperkimtan builds as provincial PSU, and what is "
        "left out.",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Tolong jelaskan pembagian sertifikasi dan registrasi perancang rumah dan perencana PSU "
        "berdasarkan tingkat kemampuannya.",
        "kewenangan.sertifikasi",
    ),
    (
        "konsultan perencana rumah yg kemampuannya kecil itu registrasinya ke kab atau prov? "
        "jelasin singkat",
        "kewenangan.sertifikasi",
    ),
    (
        "Sebutkan siapa yang mengurus sertifikasi tingkat kecil, menengah dan besar untuk badan "
        "usaha perencanaan perumahan.",
        "kewenangan.sertifikasi",
    ),
    (
        "Rangkum untuk saya sub-urusan sertifikasi, kualifikasi, klasifikasi dan registrasi di "
        "bidang perkim.",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Tolong jelaskan SPM bidang perumahan rakyat untuk provinsi: jenis layanannya apa dan "
        "targetnya berapa persen.",
        "kewenangan.spm",
    ),
    (
        "standar pelayanan minimal perumahan itu isinya apa aja? yg buat kab/kota jg ya",
        "kewenangan.spm",
    ),
    (
        "Buatkan poin-poin dasar hukum SPM perumahan, PP dan Permen PUPR yang mengaturnya.",
        "kewenangan.spm",
    ),
    (
        "Summarise the minimum service standard for housing that the province has to meet.",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Tolong jelaskan luas kumuh yang dipakai untuk menentukan kewenangan itu luas yang mana, "
        "luas desanya atau luas di SK.",
        "kumuh.luas_delineasi",
    ),
    (
        "kelurahan Ketapang kan luas, tapi yg kumuh cuma sebagian. yg dihitung yg mana? "
        "jelasin dong",
        "kumuh.luas_delineasi",
    ),
    (
        "Sebutkan acuan luas kawasan kumuh yang dipakai provinsi saat menilai usulan, dan kenapa "
        "bukan luas wilayah administratif.",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for a slum proposal, the whole village or the delineated location? "
        "Please explain.",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Tolong jelaskan proses penetapan lokasi kumuh: siapa yang menetapkan, lampirannya apa, "
        "dan berapa tahun sekali ditinjau.",
        "kumuh.penetapan",
    ),
    (
        "sk kumuh itu yg tanda tangan bupati ya? jelasin dong aturan penetapannya",
        "kumuh.penetapan",
    ),
    (
        "Urutannya gimana dari pendataan sampai lokasi kumuh resmi ditetapkan di kabupaten?",
        "kumuh.penetapan",
    ),
    (
        "Saya mau presentasi ke pak bupati Barito Timur soal perlunya memperbarui SK kumuh, "
        "isinya apa saja?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Sebutkan tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018.",
        "kumuh.aspek",
    ),
    ("tlg buatin poin2 aspek penilaian kumuh, mau dibagi ke tim survei", "kumuh.aspek"),
    (
        "Tolong jelaskan ke staf baru saya aspek apa saja yang dinilai saat menentukan suatu "
        "permukiman kumuh, termasuk jumlah kriterianya.",
        "kumuh.aspek",
    ),
    (
        "Contohnya apa kriteria kumuh di aspek drainase dan proteksi kebakaran? Tolong diuraikan.",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Tolong jelaskan cara skoring kumuh: nilai per kriteria berapa dan total "
        "maksimalnya berapa.",
        "kumuh.penilaian",
    ),
    ("skor brp baru disebut kumuh berat? jelasin cara ngitungnya", "kumuh.penilaian"),
    (
        "Buatkan ringkasan cara menentukan nilai kekumuhan dari persentase lokasi yang terdampak.",
        "kumuh.penilaian",
    ),
    (
        "Hasil survei kami totalnya 64. Tolong terangkan artinya dan bagaimana nilai itu didapat.",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Tolong sebutkan rentang skor untuk kumuh sedang dan kumuh ringan.",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("nilai 45 itu masuk kumuh sedang ya? jelasin batas2 nilainya", "kumuh.tingkat_sedang_ringan"),
    (
        "Apa bedanya kumuh ringan dan kumuh sedang kalau dilihat dari nilai skornya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Explain the score bands for light and medium slums, please.",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Tolong jelaskan bedanya pemugaran, peremajaan dan pemukiman kembali dalam "
        "penanganan kumuh.",
        "kumuh.pola_penanganan",
    ),
    (
        "kumuh di tanah ilegal atau bantaran yg rawan longsor itu penanganannya apa? "
        "jelasin polanya",
        "kumuh.pola_penanganan",
    ),
    (
        "Buatkan poin-poin pola penanganan kumuh berdasarkan tingkat kekumuhan dan "
        "status lahannya.",
        "kumuh.pola_penanganan",
    ),
    (
        "Contohnya seperti apa penanganan kumuh dengan cara peremajaan? Saya mau menjelaskan ke "
        "warga di Pahandut.",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Tolong rangkum data kawasan kumuh di Kalimantan Tengah: ada berapa lokasi dan berapa "
        "hektare totalnya.",
        "kumuh.kalteng",
    ),
    (
        "kumuh di kalteng kebanyakan di mana sih? pinggir sungai ya? tolong ceritain datanya",
        "kumuh.kalteng",
    ),
    (
        "Untuk bahan paparan ke pimpinan, sebutkan gambaran umum permukiman kumuh se-Kalteng dan "
        "kabupaten mana yang lokasinya paling banyak.",
        "kumuh.kalteng",
    ),
    ("Give me the overall slum figures for Central Kalimantan.", "kumuh.kalteng"),
    # usulan.isi
    (
        "Tolong jelaskan ke staf baru saya apa saja isi sebuah usulan kegiatan ke provinsi dan "
        "kenapa tiap bagian itu ditanyakan.",
        "usulan.isi",
    ),
    ("buatin checklist isian usulan dong, dr judul sampe justifikasi", "usulan.isi"),
    (
        "Sebutkan data apa saja yang perlu kami siapkan sebelum menyusun usulan, supaya tidak "
        "bolak-balik.",
        "usulan.isi",
    ),
    (
        "Could you walk me through what information a proposal to the province has to contain, "
        "and why?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Sebutkan jenis-jenis usulan yang bisa diajukan kabupaten ke Disperkimtan provinsi.",
        "usulan.jenis",
    ),
    ("usulan apa aja sih yg bisa masuk ke prov? kumuh, psu, rtlh... ada lg?", "usulan.jenis"),
    (
        "Tolong jelaskan bedanya jenis usulan kumuh, PSU, rumah, RTLH dan lainnya.",
        "usulan.jenis",
    ),
    (
        "Buatkan daftar kategori usulan yang diterima provinsi beserta contoh kegiatannya.",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Tolong jelaskan data lokasi apa saja yang harus diisi di usulan: kecamatan, desa, "
        "titik GPS dan sebagainya.",
        "usulan.lokasi",
    ),
    (
        "luas lokasi di usulan diisi pake hektar atau m2? sekalian koordinatnya gmn ngisinya",
        "usulan.lokasi",
    ),
    (
        "Sebutkan informasi lokasi yang diminta di usulan, termasuk perkotaan atau perdesaan, "
        "untuk lokasi kami di Kelurahan Kuala Pembuang II.",
        "usulan.lokasi",
    ),
    ("What location details do I need to give in a proposal?", "usulan.lokasi"),
    # usulan.penerima_biaya
    (
        "Tolong jelaskan cara mengisi jumlah penerima manfaat (KK dan jiwa) serta perkiraan "
        "biaya di usulan.",
        "usulan.penerima_biaya",
    ),
    ("sumber dana yg bisa dipilih di usulan apa aja? sebutin", "usulan.penerima_biaya"),
    (
        "Apa bedanya jumlah KK, jumlah jiwa dan jumlah unit rumah di usulan, dan kapan "
        "masing-masing diisi?",
        "usulan.penerima_biaya",
    ),
    (
        "Buatkan poin-poin bagian biaya dan sumber pendanaan di usulan, termasuk dana "
        "pendamping dari kabupaten.",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Tolong jelaskan dokumen kesiapan (readiness criteria) apa saja yang perlu dilampirkan "
        "untuk usulan PSU.",
        "usulan.kesiapan",
    ),
    ("checklist RC usulan dong, biar usulan kami dianggap siap", "usulan.kesiapan"),
    (
        "Sebutkan kelengkapan kesiapan yang membuat usulan kami lebih siap dilaksanakan menurut "
        "penilaian provinsi.",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents should go with a proposal to the province?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Tolong jelaskan apa yang dimaksud lahan clean and clear dan kenapa status lahan "
        "penting di usulan.",
        "usulan.lahan",
    ),
    (
        "lahannya punya desa tp blm sertifikat. gmn tuh? jelasin syarat status lahan di usulan",
        "usulan.lahan",
    ),
    (
        "Sebutkan pilihan status lahan di usulan dan apa syaratnya supaya lahan dianggap "
        "clean and clear.",
        "usulan.lahan",
    ),
    (
        "Sebagian lahan jalan lingkungan yang mau kami usulkan di Tamiang Layang masih "
        "sengketa. Tolong terangkan dampaknya ke usulan.",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Tolong jelaskan kenapa usulan kumuh harus mencantumkan nomor dan tanggal SK kumuh.",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami terbit 2019, masih bisa dipakai buat usulan gak? jelasin aturannya",
        "usulan.sk_kumuh",
    ),
    (
        "Sebutkan data SK kumuh yang diminta ketika mengusulkan penanganan kawasan kumuh.",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi kami belum tercantum di SK kumuh. Tolong jelaskan apa akibatnya kalau tetap "
        "kami usulkan.",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Tolong jelaskan bedanya DED, RAB dan RKS, dan mana yang sebaiknya ada di usulan.",
        "usulan.dokumen_teknis",
    ),
    ("buatin checklist dokumen teknis buat usulan jalan lingkungan", "usulan.dokumen_teknis"),
    (
        "Foto kondisi eksisting untuk usulan perlu berapa banyak dan seperti apa? Sekalian "
        "jelaskan perlu site plan atau tidak.",
        "usulan.dokumen_teknis",
    ),
    (
        "Please list the technical documents, DED, RAB and the rest, that a proposal should carry.",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Tolong jelaskan isi surat pernyataan kesediaan menerima hibah dan melakukan operasi "
        "dan pemeliharaan.",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan O&P itu yg tanda tangan siapa, dan kenapa diminta? jelasin dong",
        "usulan.surat_pernyataan",
    ),
    (
        "Sebutkan surat-surat pernyataan dari pemkab yang biasanya dilampirkan di usulan PSU.",
        "usulan.surat_pernyataan",
    ),
    (
        "Buatkan contoh poin-poin surat pernyataan kesanggupan pemeliharaan untuk usulan "
        "drainase di Nanga Bulik.",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Tolong jelaskan syarat usulan RTLH lewat provinsi dan siapa saja yang bisa menjadi "
        "penerimanya.",
        "usulan.rtlh",
    ),
    ("bedah rumah dr prov syaratnya apa aja? tanahnya hrs sertifikat?", "usulan.rtlh"),
    (
        "Urutannya gimana usulan RTLH dari desa sampai penerima bantuannya ditetapkan?",
        "usulan.rtlh",
    ),
    (
        "Ada warga di Puruk Cahu yang ingin dibangunkan rumah baru di tanah kosong. Tolong "
        "jelaskan kenapa itu tidak bisa lewat program RTLH provinsi.",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Tolong jelaskan bagaimana masyarakat bisa meminta jalan lingkungan atau drainase "
        "langsung ke provinsi.",
        "usulan.psu_masyarakat",
    ),
    (
        "warga RT 05 minta semenisasi gang, boleh usul sendiri ke prov? syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Sebutkan siapa saja yang harus mengetahui permohonan PSU dari warga sebelum dikirim.",
        "usulan.psu_masyarakat",
    ),
    (
        "Residents want to ask the province directly for a drainage channel. Explain what they "
        "need to do.",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Tolong jelaskan proses hibah aset hasil pembangunan provinsi ke kabupaten, termasuk "
        "BAST-nya.",
        "hibah.aset",
    ),
    ("jalan yg dibangun prov di tanah kab nanti jd aset siapa? yg merawat siapa?", "hibah.aset"),
    (
        "Urutannya gimana dari pekerjaan selesai dibangun sampai asetnya "
        "diserahterimakan ke pemkab?",
        "hibah.aset",
    ),
    (
        "Buatkan poin-poin kewajiban kabupaten setelah menerima hibah drainase dari provinsi.",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Tolong sebutkan sumber pendanaan lain kalau usulan kami ternyata bukan "
        "kewenangan provinsi.",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami cuma 6 ha, berarti gak bisa ke prov. trus dananya bisa dr mana aja? sebutin",
        "pendanaan.saluran_lain",
    ),
    (
        "Apa bedanya DAK Tematik PPKT, APBDes dan CSR sebagai alternatif pendanaan penanganan "
        "permukiman?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province cannot fund our proposal, which other funding channels are open to us?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Tolong jelaskan urutan siklus usulan tahunan dari kabupaten ke provinsi, dari awal "
        "sampai akhir.",
        "siklus.tahunan",
    ),
    (
        "usulan yg dikirim tahun ini itu utk anggaran tahun berapa? jelasin alurnya setahun",
        "siklus.tahunan",
    ),
    (
        "Buatkan timeline singkat siklus usulan perkim setiap tahun untuk ditempel di ruangan.",
        "siklus.tahunan",
    ),
    ("Summarise the yearly proposal cycle for me, step by step.", "siklus.tahunan"),
    # siklus.pemeriksaan
    (
        "Tolong jelaskan bagaimana provinsi memeriksa usulan yang masuk, aspek apa saja "
        "yang dicek.",
        "siklus.pemeriksaan",
    ),
    (
        "usulan kami lagi diverifikasi, itu dicek apanya aja? administrasi? teknis?",
        "siklus.pemeriksaan",
    ),
    (
        "Sebutkan tahapan pemeriksaan usulan di provinsi, termasuk pengecekan kewenangan dan "
        "peninjauan lokasi.",
        "siklus.pemeriksaan",
    ),
    (
        "Supaya lolos verifikasi, buatkan checklist hal-hal yang biasanya diperiksa tim provinsi.",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Tolong jelaskan tujuan Rakor dan Sinkronisasi Bidang Kawasan Permukiman dan siapa saja "
        "pesertanya.",
        "siklus.rakor",
    ),
    (
        "rakor perkim itu tiap tahun ya? biasanya sekitar bulan apa dan ngapain aja di sana",
        "siklus.rakor",
    ),
    (
        "Saya baru pertama kali ikut Rakor kawasan permukiman, tolong rangkum apa saja yang "
        "biasanya dibahas.",
        "siklus.rakor",
    ),
    (
        "What happens at the annual Rakor, and why does it matter for our proposals?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Tolong jelaskan alur usulan setelah Rakor: masuk Musrenbang, lalu RKPD, lalu APBD.",
        "siklus.rkpd_apbd",
    ),
    ("abis dibahas di rakor, kapan masuk anggaran? urutannya gmn", "siklus.rkpd_apbd"),
    (
        "Apa bedanya RKPD dan APBD dalam perjalanan usulan yang kami kirim ke provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Buatkan bagan alur dari Rakor sampai usulan benar-benar didanai APBD provinsi.",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Tolong jelaskan peran Pokja PKP di daerah dan apa dasar hukumnya.",
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja pkp itu anggotanya siapa aja dan kerjanya ngapain? jelasin singkat",
        "koordinasi.pokja_pkp",
    ),
    (
        "Apa bedanya Pokja PKP dengan Forum PKP? Saya diminta menyusun SK-nya di kabupaten.",
        "koordinasi.pokja_pkp",
    ),
    (
        "Explain what the Pokja PKP does and whether our regency needs one.",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Tolong sebutkan alamat kantor Disperkimtan Provinsi Kalteng dan alamat websitenya.",
        "disperkimtan.kontak",
    ),
    ("kantor dinas perkimtan prov di mana ya? mau antar berkas", "disperkimtan.kontak"),
    (
        "Jelaskan singkat profil Disperkimtan Provinsi Kalteng: tugasnya apa dan "
        "berkantor di mana.",
        "disperkimtan.kontak",
    ),
    (
        "Where is the provincial housing agency's office in Palangka Raya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Tolong buatkan panduan singkat memakai Sinkron untuk operator baru di dinas kami, "
        "perintah-perintahnya apa saja.",
        "bot.cara_pakai",
    ),
    ("sebutin dong daftar perintah garis miring di bot sinkron", "bot.cara_pakai"),
    (
        "Jam yang ditampilkan bot ini pakai zona waktu apa? Tolong jelaskan, saya sering "
        "koordinasi dengan rekan yang pakai WITA.",
        "bot.cara_pakai",
    ),
    (
        "Can you list the bot's commands with a one-line explanation for each?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Tolong jelaskan langkah-langkah mengirim usulan lewat perintah /usul.",
        "bot.usul",
    ),
    ("/usul itu nanti ditanya apa aja? biar sy siapin dulu datanya", "bot.usul"),
    (
        "Kalau sedang mengisi /usul lalu sinyal putus, bagaimana? Tolong jelaskan cara "
        "melanjutkan atau membatalkannya.",
        "bot.usul",
    ),
    (
        "Walk me through submitting a proposal with /usul, from the first step to the "
        "tracking code.",
        "bot.usul",
    ),
    # bot.status
    (
        "Tolong jelaskan arti masing-masing status usulan: diajukan, verifikasi, perlu "
        "perbaikan, dan seterusnya.",
        "bot.status",
    ),
    ("status 'dibahas di rakor' itu artinya apa? udah pasti disetujui?", "bot.status"),
    (
        "Urutannya gimana status usulan dari baru dikirim sampai keputusan akhir?",
        "bot.status",
    ),
    (
        "What does 'perlu perbaikan' mean on my proposal, and what am I supposed to do?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Tolong jelaskan kenapa usulan bisa ditolak atau dialihkan, dan apa yang harus kami "
        "lakukan sesudahnya.",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan sy statusnya dialihkan ke APBD kab. maksudnya gmn, trus langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Sebutkan alasan-alasan yang umum membuat usulan ditolak provinsi, supaya tahun depan "
        "tidak terulang.",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami ditolak karena bukan kewenangan provinsi. Bisa diajukan ulang tidak? "
        "Tolong jelaskan.",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Tolong jelaskan berapa lama usulan biasanya ditindaklanjuti provinsi setelah dikirim "
        "lewat bot.",
        "bot.tindak_lanjut",
    ),
    (
        "udh 4 hari kerja usulan blm diverifikasi, standarnya brp hari sih? jelasin",
        "bot.tindak_lanjut",
    ),
    (
        "Sebutkan standar waktu tindak lanjut usulan di Sinkron dan dari mana acuannya.",
        "bot.tindak_lanjut",
    ),
    (
        "Explain the follow-up standard for proposals and how it relates to LAPOR!.",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Tolong jelaskan cara konfirmasi kehadiran untuk undangan rapat yang dikirim lewat bot.",
        "bot.rapat",
    ),
    ("sy berhalangan hadir rapat, bisa diwakilkan? caranya gmn di bot", "bot.rapat"),
    (
        "Sebutkan kapan saja bot mengirim pengingat sebelum rapat dimulai.",
        "bot.rapat",
    ),
    (
        "How do meeting invitations in the bot work: confirming attendance, sending a deputy, "
        "reminders?",
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    ("Tolong jelaskan ke staf baru saya, singkatan Perkim itu apa.", "istilah.perkim"),
    ("kepanjangan disperkimtan apa sih? yg 'tan' di belakang itu apa", "istilah.disperkimtan"),
    ("jaling itu singkatan dari apa? sering dengar di rapat", "istilah.jaling"),
    (
        "KB di tabel kumuh itu maksudnya apa? bukan keluarga berencana kan, tolong jelaskan",
        "istilah.kb",
    ),
    ("Tolong jelaskan arti kode KR di kolom tingkat kekumuhan.", "istilah.kr"),
    ("KS di data baseline kumuh artinya apa ya", "istilah.ks"),
    ("Tolong jelaskan arti kata delineasi dalam konteks lokasi kumuh.", "istilah.delineasi"),
    ("RLH itu singkatan dari apa? tolong jelasin", "istilah.rlh"),
    ("Tolong terangkan BSPS itu program apa dan apa kepanjangannya.", "istilah.bsps"),
    ("What does MBR stand for?", "istilah.mbr"),
    ("apa bedanya rusunawa dan rusus? jelasin artinya", ("istilah.rusunawa", "istilah.rusus")),
    (
        "Jelaskan arti huntara dan huntap yang sering muncul setelah bencana.",
        ("istilah.huntara", "istilah.huntap"),
    ),
    ("KAK itu sama dengan TOR bukan? jelasin kepanjangannya", "istilah.kak"),
    (
        "Di grup sering ada yang bilang 'RC-nya sudah lengkap'. RC itu singkatan apa?",
        "istilah.rc",
    ),
    ("BAST singkatan dari apa ya? tolong jelaskan", "istilah.bast"),
    ("Apa bedanya BMD dan BMN? Tolong jelaskan singkatannya.", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu singkatan apa? tolong dijelasin", "istilah.op"),
    ("Sebutkan kepanjangan Pokja PPAS.", "istilah.pokjappas"),
    ("What is a Pokja AMPL? Please spell out the abbreviation.", "istilah.pokjaampl"),
    ("Tolong jelaskan RP3KP itu dokumen apa, kepanjangannya apa.", "istilah.rp3kp"),
    ("rp2kpkp kepanjangannya apa, singkatannya panjang bgt", "istilah.rp2kpkp"),
    ("Program KOTAKU itu apa ya? Tolong jelaskan singkat.", "istilah.kotaku"),
    ("Tolong uraikan kepanjangan DAK Tematik PPKT.", "istilah.daktematikppkt"),
    ("APBDes itu apa? jelasin buat staf desa yg baru", "istilah.apbdes"),
    ("bankeu itu maksudnya apa ya dalam perencanaan?", "istilah.bankeu"),
    ("Tolong jelaskan arti Pokir DPRD.", "istilah.pokir"),
    ("Musrenbang kepanjangannya apa? sy mau jelasin ke kader", "istilah.musrenbang"),
    ("Renstra dinas itu maksudnya apa? tolong dijelaskan", "istilah.renstra"),
    ("Explain what RPJMD means.", "istilah.rpjmd"),
    ("Tolong jabarkan singkatan KUA-PPAS, saya selalu lupa.", "istilah.kuappas"),
    ("DPA itu dokumen apa? singkatan dari apa?", "istilah.dpa"),
    ("SIPD kepanjangannya apa ya", "istilah.sipd"),
    ("Sebutkan kepanjangan Bapperida.", "istilah.bapperida"),
    ("Tolong jelaskan singkatan SPALD.", "istilah.spald"),
    ("TPS3R itu apa? 3R-nya apa aja, sebutin", "istilah.tps3r"),
    ("PBG yang menggantikan IMB itu singkatan dari apa?", "istilah.pbg"),
    ("What is an SLF in building permits?", "istilah.slf"),
    ("SKT di pilihan status lahan itu apa ya? jelasin", "istilah.skt"),
    (
        "Tolong jelaskan apa itu LAPOR! yang disebut-sebut sebagai acuan.",
        "istilah.lapor",
    ),
    ("WIB itu waktu apa? tolong jelaskan singkat", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa? sering muncul di paparan", "istilah.backlog"),
    ("Site plan itu bahasa Indonesianya apa? tolong jelaskan.", "istilah.siteplan"),
    ("Tolong jelaskan singkatan PKP yang ada di nomenklatur dinas.", "istilah.pkp"),
]
