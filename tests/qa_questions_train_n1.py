"""Training table N1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: half formal messages to a superior office ("Mohon izin bertanya", "Dengan
hormat, sehubungan dengan ..."), half voice-typed messages (no punctuation, numbers spelled out,
words split or run together, acronyms typed as heard); one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_N1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Mohon izin bertanya, Bapak/Ibu. Kami staf baru di Dinas Perkim Kabupaten Seruyan dan "
        "masih perlu memahami pembagian tugas. Secara garis besar, apa saja yang menjadi "
        "kewenangan pusat, provinsi, dan kabupaten/kota di bidang perumahan dan kawasan "
        "permukiman?",
        "kewenangan.ringkasan",
    ),
    (
        "tolong jelaskan pembagian kewe nangan perumahan dan kawasan permukiman antara pusat "
        "propinsi dan kabupatenkota secara singkat saja",
        "kewenangan.ringkasan",
    ),
    (
        "Dengan hormat, sehubungan dengan penyusunan bahan paparan untuk Bapak Sekda, kami "
        "mohon penjelasan ringkas mengenai peta kewenangan bidang perumahan rakyat dan kawasan "
        "permukiman sesuai Lampiran huruf D UU 23 Tahun 2014. Urusan apa saja yang dipegang "
        "provinsi dan apa yang tetap di kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "hi can you give me an overview of which level of government handles what in housing "
        "and settlements under law twenty three of twenty fourteen",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Mohon izin bertanya, apakah urusan perumahan rakyat dan kawasan permukiman termasuk "
        "urusan wajib yang berkaitan dengan pelayanan dasar, dan pasal berapa dalam UU 23/2014 "
        "yang mengaturnya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan itu urusan wajib atau urusan pilihan ya soalnya tadi ditanya sama anggota dewan",
        "kewenangan.urusan_wajib",
    ),
    (
        "Dengan hormat, sehubungan dengan pembahasan anggaran di DPRD Kabupaten Barito Timur, "
        "muncul pertanyaan apakah bidang kawasan permukiman harus tetap dianggarkan setiap "
        "tahun. Kami mohon penjelasan mengenai kedudukan urusan perumahan sebagai urusan wajib "
        "pelayanan dasar.",
        "kewenangan.urusan_wajib",
    ),
    (
        "pasal dua belas ayat satu huruf de itu isinya soal perumahan kan jadi masuk urusan "
        "wajib pelayanan da sar betul begitu",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Mohon izin bertanya, kami di Kabupaten Kapuas memiliki kawasan kumuh seluas 12,4 ha "
        "di Kecamatan Kapuas Hilir sesuai SK kumuh. Apakah penanganannya menjadi kewenangan "
        "provinsi atau tetap kabupaten?",
        "kewenangan.kumuh",
    ),
    (
        "kawasan kumuh delapan koma lima hek tar di kecamatan cempaga itu kewenangan siapa ya "
        "kabupaten atau profinsi",
        "kewenangan.kumuh",
    ),
    (
        "Good afternoon. Could you clarify which level of government is responsible for a slum "
        "area of exactly 10 hectares? Our team disagrees on whether it falls to the regency or "
        "the province.",
        "kewenangan.kumuh",
    ),
    (
        "kalau luas kumuhnya empat belas koma sembilan sembilan hektar masih masuk provinsi "
        "atau sudah pusat",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Dengan hormat, sehubungan dengan kawasan kumuh di tepian Sungai Kahayan yang luas "
        "delineasinya 18 ha, kami mohon penjelasan siapa yang berwenang menanganinya dan "
        "apakah provinsi masih dapat ikut menangani.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh dua puluh dua hektar di pahandut itu urusan pusar ya bukan provinsi lagi",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Mohon izin bertanya, untuk kawasan kumuh dengan luas tepat 15 ha, apakah masih "
        "menjadi kewenangan provinsi atau sudah beralih ke Pemerintah Pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalau kawasan kumuhnya lima belas hektar lebih siapa yang tangani kami di kota besi "
        "ada yang tiga puluh hektar",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Mohon izin bertanya, kegiatan pencegahan tumbuhnya perumahan kumuh dan permukiman "
        "kumuh baru itu menjadi tanggung jawab siapa? Apakah provinsi juga memiliki kewenangan "
        "di bidang pencegahan?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan kumuh itu ke wenangan kabupaten saja atau provinsi juga ikut",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "is slum prevention something the province does or is it only the regency",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Dengan hormat, sehubungan dengan rencana Dinas Perkim Kabupaten Lamandau menyusun "
        "program pencegahan permukiman kumuh di kawasan yang mulai padat, kami mohon "
        "penjelasan tingkat pemerintahan mana yang berwenang atas kegiatan pencegahan "
        "tersebut.",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Mohon izin bertanya, dalam sub-urusan perumahan, kewenangan apa saja yang dipegang "
        "oleh pemerintah provinsi dan apa yang menjadi bagian kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    ("sub urusan perumahan itu provinsi pegang apa saja sih", "kewenangan.perumahan"),
    (
        "Dengan hormat, sehubungan dengan penyusunan Renstra Dinas Perkim Kabupaten Murung "
        "Raya, kami mohon penjelasan pembagian kewenangan sub-urusan perumahan menurut UU "
        "23/2014 antara pusat, provinsi, dan kabupaten.",
        "kewenangan.perumahan",
    ),
    (
        "urusan perumahan yang jadi tugas kabupaten itu apa saja menurut undang undang dua "
        "puluh tiga",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Mohon izin bertanya, penyediaan rumah bagi masyarakat berpenghasilan rendah itu "
        "kewenangan siapa? Banyak warga kami di Kuala Kurun yang menanyakan bantuan rumah "
        "untuk MBR.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembangunan rusun untuk em be er itu urusan pusat ya bukan dinas provinsi",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Dear Sir/Madam, who is in charge of housing finance schemes for low-income "
        "households? Is that the province or the central government?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "kalau mau minta rumah susun di palangkaraya usulnya ke siapa pusat atau provinsi",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Dengan hormat, sehubungan dengan banjir besar yang melanda beberapa desa di Kecamatan "
        "Kapuas Tengah dan telah ditetapkan sebagai bencana kabupaten, kami mohon penjelasan "
        "pemerintah mana yang berwenang membangun kembali rumah warga yang rusak.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "rumah korban bencana provinsi siapa yang bangun kembali dinas provinsi atau kabupaten",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Mohon izin bertanya, warga yang harus pindah karena terkena relokasi program "
        "pemerintah provinsi, misalnya pelebaran jalan provinsi, difasilitasi rumahnya oleh "
        "siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau relo kasi karena program pusat rumah penggantinya jadi urusan siapa",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Mohon izin bertanya, penerbitan izin pembangunan dan pengembangan perumahan bagi "
        "pengembang itu kewenangan provinsi atau kabupaten/kota?",
        "kewenangan.izin",
    ),
    ("izin kawasan permukiman itu yang keluarkan kabupaten atau provinsi", "kewenangan.izin"),
    (
        "Dengan hormat, sehubungan dengan permohonan Sertifikat Kepemilikan Bangunan Gedung "
        "untuk satuan rumah susun di wilayah kami, kami mohon penjelasan instansi mana yang "
        "berwenang menerbitkannya.",
        "kewenangan.izin",
    ),
    ("es ka be ge itu terbitnya di kabupaten ya bukan di dinas provinsi", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "Mohon izin bertanya, apa saja cakupan sub-urusan kawasan permukiman menurut UU "
        "23/2014, dan bagian mana yang menjadi tugas provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penyelenggaraan kawasan permukiman itu provinsi punya kewenangan apa saja",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "what does the settlement area sub affair cover for the province and who sets the "
        "national settlement system",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Dengan hormat, sehubungan dengan penyusunan dokumen perencanaan bidang kawasan "
        "permukiman, kami mohon penjelasan perbedaan peran pusat, provinsi, dan kabupaten/kota "
        "dalam sub-urusan kawasan permukiman.",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Mohon izin bertanya, apa perbedaan PSU permukiman dan PSU perumahan, dan "
        "masing-masing menjadi kewenangan siapa?",
        "kewenangan.psu",
    ),
    (
        "pe es u di komplek perumahan pengembang itu kewenangan kabupaten atau provinsi",
        "kewenangan.psu",
    ),
    (
        "Dengan hormat, sehubungan dengan adanya jalan di kompleks perumahan di Kecamatan "
        "Baamang yang dibangun pengembang namun belum diserahkan, kami mohon penjelasan apakah "
        "perbaikan PSU perumahan tersebut termasuk kewenangan provinsi.",
        "kewenangan.psu",
    ),
    (
        "penyelenggaraan psu permukiman itu tugasnya prov insi ya kalau psu perumahan tugas "
        "kabupaten",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Mohon izin bertanya, PSU apa saja yang dibangun oleh Disperkimtan Provinsi? Apakah "
        "hanya jalan lingkungan dan drainase, atau dapat juga berupa jaringan air bersih dan "
        "penerangan jalan?",
        "psu.lingkup_provinsi",
    ),
    (
        "kalau jalan kabupaten yang rusak bisa diusulkan ke psu provinsi tidak atau hanya "
        "jalan ling kungan saja",
        "psu.lingkup_provinsi",
    ),
    (
        "Hello, does the provincial PSU programme also cover drainage along a regency road, or "
        "only neighbourhood drainage inside settlements?",
        "psu.lingkup_provinsi",
    ),
    (
        "psu provinsi bisa dibangun di desa juga atau cuma di perkotaan saja",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Mohon izin bertanya, sertifikasi dan registrasi bagi perancang rumah serta perencana "
        "prasarana, sarana dan utilitas umum itu diselenggarakan oleh siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "serti fikasi perancang rumah tingkat kemampuan kecil itu urusan kabupaten kan",
        "kewenangan.sertifikasi",
    ),
    (
        "Dengan hormat, sehubungan dengan adanya konsultan perencana lokal yang ingin "
        "memperoleh registrasi sebagai perencana PSU dengan tingkat kemampuan menengah, kami "
        "mohon penjelasan apakah hal tersebut dilayani oleh provinsi.",
        "kewenangan.sertifikasi",
    ),
    ("registrasi perencana psu yang kemampuannya besar itu ke pusat ya", "kewenangan.sertifikasi"),
    # kewenangan.spm
    (
        "Mohon izin bertanya, apa saja jenis pelayanan dasar dalam SPM bidang perumahan rakyat "
        "untuk provinsi dan berapa target capaiannya?",
        "kewenangan.spm",
    ),
    ("es pe em perumahan kabupaten itu apa saja indikatornya", "kewenangan.spm"),
    (
        "Dengan hormat, sehubungan dengan penyusunan laporan penerapan SPM tahun ini, kami "
        "mohon penjelasan dasar hukum SPM perumahan rakyat, apakah PP 2 Tahun 2018 dan Permen "
        "PUPR 29 Tahun 2018 masih menjadi acuan.",
        "kewenangan.spm",
    ),
    (
        "what are the minimum service standards for housing that the province has to meet",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Mohon izin bertanya, untuk menentukan kewenangan penanganan kawasan kumuh, luas yang "
        "dipakai itu luas seluruh kelurahan atau hanya luas delineasi lokasi kumuh yang "
        "tercantum dalam SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "desanya luas sekali tapi yang kumuh cuma sebagian pinggir sungai jadi luas mana yang "
        "dihitung",
        "kumuh.luas_delineasi",
    ),
    (
        "Dengan hormat, sehubungan dengan perbedaan angka luas antara peta delineasi kumuh dan "
        "luas wilayah administrasi Kelurahan Mendawai, kami mohon penjelasan angka mana yang "
        "menjadi acuan dalam usulan penanganan kumuh.",
        "kumuh.luas_delineasi",
    ),
    (
        "luas kumuh yang dipakai untuk kewenangan itu dari sk kumuh atau hasil ukur ulang di "
        "lapangan",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Mohon izin bertanya, siapa yang berwenang menetapkan lokasi perumahan kumuh dan "
        "permukiman kumuh, dan berapa lama sekali penetapan tersebut harus ditinjau ulang?",
        "kumuh.penetapan",
    ),
    ("es ka kumuh itu yang tanda tangan bu pati atau gubernur", "kumuh.penetapan"),
    (
        "Dengan hormat, sehubungan dengan SK kumuh Kabupaten Barito Utara yang terbit tahun "
        "2018, kami mohon penjelasan apakah SK tersebut wajib direvisi dan lampiran apa saja "
        "yang harus menyertai penetapan lokasi kumuh.",
        "kumuh.penetapan",
    ),
    ("who issues the slum decree and how often does it need to be reviewed", "kumuh.penetapan"),
    # kumuh.aspek
    (
        "Mohon izin bertanya, aspek apa saja yang dinilai untuk menentukan suatu lokasi "
        "termasuk kumuh menurut Permen PUPR 14/2018?",
        "kumuh.aspek",
    ),
    ("tujuh aspek kriteria kumuh itu apa saja ya saya lupa", "kumuh.aspek"),
    (
        "Dengan hormat, sehubungan dengan pendataan baseline kumuh di Kecamatan Pulau Hanaut, "
        "kami mohon penjelasan apakah proteksi kebakaran dan air minum termasuk aspek yang "
        "dinilai, serta ada berapa kriteria seluruhnya.",
        "kumuh.aspek",
    ),
    (
        "kriteria kumuh itu ada enam belas ya terus aspek apa saja yang dinilai kondisi "
        "bangunan jalan lingkungan apa lagi",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Mohon izin bertanya, bagaimana cara menghitung skor kekumuhan suatu lokasi, dan "
        "berapa nilai minimal agar digolongkan kumuh berat?",
        "kumuh.penilaian",
    ),
    ("nilai kumuhnya enam puluh dua itu masuk kumuh berat tidak", "kumuh.penilaian"),
    (
        "Good morning. How is each slum criterion scored, and what is the maximum total score "
        "a location can get?",
        "kumuh.penilaian",
    ),
    (
        "skor tiap kriteria kumuh itu nol satu tiga lima berdasarkan persen luasan yang "
        "terdampak ya",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Mohon izin bertanya, berapa rentang nilai untuk kategori kumuh sedang dan kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("nilai kumuh empat puluh lima itu masuk sedang atau ringan", "kumuh.tingkat_sedang_ringan"),
    (
        "Dengan hormat, sehubungan dengan hasil penilaian lokasi di Kelurahan Tumbang Tahai "
        "yang memperoleh total skor 30, kami mohon penjelasan termasuk tingkat kekumuhan apa "
        "lokasi tersebut dan apakah batas nilainya sudah baku.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "di bawah enam belas itu berarti sudah tidak kumuh ya terus kumuh ringan mulai dari "
        "berapa sampe berapa",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Mohon izin bertanya, apa perbedaan pemugaran, peremajaan, dan pemukiman kembali dalam "
        "penanganan kawasan kumuh?",
        "kumuh.pola_penanganan",
    ),
    (
        "kumuh sedang di lahan legal itu penanganannya peremajaan atau pemugaran",
        "kumuh.pola_penanganan",
    ),
    (
        "Dengan hormat, sehubungan dengan lokasi kumuh di bantaran sungai yang berdiri di atas "
        "lahan yang tidak legal, kami mohon penjelasan pola penanganan yang sesuai untuk "
        "lokasi tersebut.",
        "kumuh.pola_penanganan",
    ),
    ("which slum handling method applies to light slums on legal land", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    (
        "Mohon izin bertanya, berapa jumlah lokasi dan total luas kawasan kumuh di Kalimantan "
        "Tengah berdasarkan data Disperkimtan?",
        "kumuh.kalteng",
    ),
    ("kumuh di kalteng itu ada berapa lokasi totalnya berapa hektar", "kumuh.kalteng"),
    (
        "Dengan hormat, sehubungan dengan penyusunan latar belakang dokumen RP2KPKP, kami "
        "mohon informasi gambaran umum kondisi permukiman kumuh di Kalimantan Tengah, termasuk "
        "tipologi yang paling dominan.",
        "kumuh.kalteng",
    ),
    (
        "kabupaten mana yang paling banyak lokasi kumuhnya se kalteng dan mana yang paling sedikit",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Mohon izin bertanya, informasi apa saja yang harus kami siapkan untuk satu usulan "
        "kegiatan ke provinsi, dan mengapa data tersebut diperlukan?",
        "usulan.isi",
    ),
    ("isi usulan itu apa saja yang ditanya nanti biar saya siapkan dulu datanya", "usulan.isi"),
    (
        "Dengan hormat, sehubungan dengan persiapan usulan tahun anggaran mendatang, kami "
        "mohon penjelasan mengapa dalam usulan diminta sektor terkait seperti air minum dan "
        "persampahan, padahal yang kami usulkan hanya jalan lingkungan.",
        "usulan.isi",
    ),
    (
        "what information goes into a proposal to the province and why do you need the "
        "justification part",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Mohon izin bertanya, jenis usulan apa saja yang dapat diajukan kabupaten/kota kepada "
        "Disperkimtan Provinsi?",
        "usulan.jenis",
    ),
    ("usulan jenis lainnya itu maksudnya apa bisa usul apa saja", "usulan.jenis"),
    (
        "Dengan hormat, sehubungan dengan rencana pengusulan kegiatan yang tidak termasuk "
        "penanganan kumuh maupun PSU, kami mohon penjelasan kategori jenis usulan yang "
        "tersedia dan kapan sebaiknya memilih jenis lainnya.",
        "usulan.jenis",
    ),
    ("pilihan jenis usulan itu ada kumuh psu rumah er te el ha apalagi", "usulan.jenis"),
    # usulan.lokasi
    (
        "Mohon izin bertanya, data lokasi apa saja yang perlu diisi dalam usulan, dan apakah "
        "titik koordinat GPS wajib dicantumkan?",
        "usulan.lokasi",
    ),
    ("nama lokasi di usulan itu harus sama persis dengan nama di sk kumuh ya", "usulan.lokasi"),
    (
        "Dengan hormat, sehubungan dengan lokasi usulan kami yang berada di perbatasan "
        "Kelurahan Hampatung dan kelurahan sebelahnya, kami mohon penjelasan bagaimana mengisi "
        "kecamatan, kelurahan, serta keterangan perkotaan atau perdesaan pada usulan.",
        "usulan.lokasi",
    ),
    (
        "titik lokasi usulan bisa pakai share lokasi dari hp saja kan tidak perlu ketik koordinat",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Mohon izin bertanya, dalam usulan perlu dicantumkan jumlah penerima manfaat dalam KK "
        "dan jiwa. Apakah keduanya wajib diisi dan bagaimana jika datanya belum pasti?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana di usulan boleh pilih kombinasi apbd provinsi sama apbd kabupaten tidak",
        "usulan.penerima_biaya",
    ),
    (
        "Dengan hormat, sehubungan dengan penyusunan perkiraan biaya usulan jalan lingkungan "
        "di Kecamatan Jelai, kami mohon penjelasan apakah kabupaten juga perlu mencantumkan "
        "dana pendamping dan sumber dana yang diusulkan.",
        "usulan.penerima_biaya",
    ),
    (
        "how many beneficiaries and what cost should i put in the proposal and which funding "
        "sources can i choose",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Mohon izin bertanya, dokumen kesiapan apa saja yang perlu dilampirkan dalam usulan "
        "PSU agar dinilai siap dilaksanakan?",
        "usulan.kesiapan",
    ),
    ("readiness kriteria usulan itu apa saja yang harus ada", "usulan.kesiapan"),
    (
        "Dengan hormat, sehubungan dengan usulan kami yang dokumen kesiapannya belum lengkap, "
        "kami mohon penjelasan apakah usulan tetap dapat dikirim dan sejauh mana kelengkapan "
        "kriteria kesiapan memengaruhi penilaiannya.",
        "usulan.kesiapan",
    ),
    (
        "surat bupati sama kesepakatan warga itu termasuk dokumen kesiapan juga ya",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Mohon izin bertanya, bagaimana kami memastikan lahan lokasi usulan sudah clean and "
        "clear, dan apa akibatnya bila status lahannya belum jelas?",
        "usulan.lahan",
    ),
    ("lahannya masih sengketa sama perusahaan sawit bisa diusulkan tidak", "usulan.lahan"),
    (
        "Dengan hormat, sehubungan dengan rencana drainase yang melintasi tanah desa yang "
        "belum bersertifikat, kami mohon penjelasan status lahan apa saja yang dapat diterima "
        "dalam usulan ke provinsi.",
        "usulan.lahan",
    ),
    (
        "status lahan pilihannya apa saja pemda desa warga terus kalau warganya cuma punya es "
        "ka te bagaimana",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Mohon izin bertanya, dalam usulan penanganan kumuh, data SK kumuh apa saja yang harus "
        "diisi, dan bagaimana jika SK kami sudah berumur lebih dari lima tahun?",
        "usulan.sk_kumuh",
    ),
    (
        "lokasi kami belum masuk sk kumuh tapi kondisinya kumuh sekali masih bisa diusulkan ke "
        "provinsi",
        "usulan.sk_kumuh",
    ),
    (
        "Dear team, our slum decree dates from 2019. Can we still use it for a slum proposal "
        "this year, or do we need a revised one first?",
        "usulan.sk_kumuh",
    ),
    (
        "nomor dan tanggal sk kumuh wajib diisi di usulan kumuh ya kalau lupa nomornya bagaimana",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Mohon izin bertanya, dokumen teknis apa saja yang sebaiknya dilampirkan pada usulan, "
        "seperti DED, RAB, RKS, dan site plan?",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi eksisting berapa banyak yang harus dilampirkan", "usulan.dokumen_teknis"),
    (
        "Dengan hormat, sehubungan dengan keterbatasan anggaran perencanaan di Kabupaten "
        "Sukamara, kami mohon penjelasan apakah RAB dapat disusun sederhana tanpa DED lengkap "
        "untuk keperluan usulan.",
        "usulan.dokumen_teknis",
    ),
    ("rks sama site plan itu wajib juga atau cukup de e de dan rab saja", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "Mohon izin bertanya, apa isi surat pernyataan kesediaan menerima hibah serta "
        "melakukan operasi dan pemeliharaan, dan siapa yang menandatanganinya?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan o dan p itu wajib dilampirkan di usulan ya", "usulan.surat_pernyataan"),
    (
        "Dengan hormat, sehubungan dengan permintaan kelengkapan usulan PSU, kami mohon "
        "penjelasan mengapa kabupaten perlu membuat surat pernyataan kesanggupan menerima "
        "hibah dan memelihara aset sebelum kegiatan dilaksanakan.",
        "usulan.surat_pernyataan",
    ),
    (
        "do we need a signed statement that the regency will accept the grant and maintain the "
        "road afterwards",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Mohon izin bertanya, apa saja syarat usulan bedah rumah tidak layak huni melalui "
        "provinsi, dan siapa yang menetapkan penerima bantuannya?",
        "usulan.rtlh",
    ),
    (
        "rtlh lewat provinsi bisa untuk bangun rumah baru tidak warga kami belum punya rumah",
        "usulan.rtlh",
    ),
    (
        "Dengan hormat, sehubungan dengan banyaknya warga di Kecamatan Tasik Payawan yang "
        "rumahnya tidak layak huni namun tanahnya hanya berbekal SKT, kami mohon penjelasan "
        "apakah mereka dapat diusulkan sebagai penerima RTLH provinsi.",
        "usulan.rtlh",
    ),
    (
        "penerima rtlh provinsi ditetapkan pakai sk gubernur ya terus ada verifikasi lapangan dulu",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Mohon izin bertanya, apakah masyarakat dapat mengajukan permohonan jalan lingkungan "
        "langsung ke Disperkimtan, dan apa syaratnya?",
        "usulan.psu_masyarakat",
    ),
    (
        "warga erte lima minta drainase apa harus diketahui lurah sama camat dulu",
        "usulan.psu_masyarakat",
    ),
    (
        "Good evening. A group of residents wants to ask the province for a drainage channel. "
        "What do they need before their request is accepted?",
        "usulan.psu_masyarakat",
    ),
    (
        "proposal jalan dari kelompok warga bisa langsung ke dinas provinsi atau harus lewat "
        "kabupaten dulu",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Mohon izin bertanya, setelah provinsi membangun jalan lingkungan di atas lahan milik "
        "kabupaten, bagaimana proses penyerahan asetnya dan siapa yang memeliharanya?",
        "hibah.aset",
    ),
    (
        "bast hiba aset dari provinsi itu yang tanda tangan siapa bupati atau kepala dinas",
        "hibah.aset",
    ),
    (
        "Dengan hormat, sehubungan dengan drainase yang dibangun provinsi tahun lalu di "
        "Kelurahan Raja yang kini mulai rusak, kami mohon penjelasan apakah pemeliharaannya "
        "menjadi tanggung jawab kabupaten setelah asetnya dihibahkan.",
        "hibah.aset",
    ),
    (
        "aset hasil pembangunan provinsi nanti dicatat jadi barang milik daerah kabupaten "
        "setelah serah terima ya",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Mohon izin bertanya, apabila usulan kami ternyata bukan kewenangan provinsi, sumber "
        "pendanaan lain apa saja yang dapat kami tempuh?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh enam hektar tidak bisa ke provinsi terus dananya bisa cari dari mana saja",
        "pendanaan.saluran_lain",
    ),
    (
        "Dengan hormat, sehubungan dengan kawasan kumuh seluas 20 ha di wilayah kami yang "
        "berada di luar kewenangan provinsi, kami mohon penjelasan skema pendanaan yang dapat "
        "diakses, misalnya DAK Tematik PPKT atau APBN.",
        "pendanaan.saluran_lain",
    ),
    (
        "if the province cant fund our project what other funding options do we have like csr "
        "or village funds",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Mohon izin bertanya, bagaimana alur tahunan pengusulan kegiatan ke provinsi, mulai "
        "dari penyusunan usulan sampai pelaksanaan dan serah terima?",
        "siklus.tahunan",
    ),
    ("usulan yang dikirim tahun ini itu untuk anggaran tahun depan ya", "siklus.tahunan"),
    (
        "Dengan hormat, sehubungan dengan penyusunan jadwal kerja bidang kawasan permukiman, "
        "kami mohon penjelasan tahapan siklus usulan kegiatan ke Disperkimtan Provinsi dalam "
        "satu tahun.",
        "siklus.tahunan",
    ),
    (
        "urutannya itu usulan terus diperiksa terus rakor terus masuk anggaran betul begitu",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Mohon izin bertanya, setelah usulan kami kirim, pemeriksaan apa saja yang dilakukan "
        "oleh provinsi sebelum usulan dibahas?",
        "siklus.pemeriksaan",
    ),
    ("apa provinsi turun survei lapangan dulu untuk cek lokasi usulan", "siklus.pemeriksaan"),
    (
        "Hello, how does the province assess the proposals we send: is it only an "
        "administrative check, or also a technical and authority review?",
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan itu yang dicek kelengkapan dokumen saja atau kewenangannya juga",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Mohon izin bertanya, apa tujuan Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah "
        "dan siapa saja yang biasanya hadir?",
        "siklus.rakor",
    ),
    (
        "rakor kawasan permukiman itu diadakan setahun sekali kan apa saja yang dibahas di sana",
        "siklus.rakor",
    ),
    (
        "Dengan hormat, sehubungan dengan penugasan kami untuk mengikuti Rakor dan "
        "Sinkronisasi Bidang Kawasan Permukiman, kami mohon penjelasan apa yang perlu kami "
        "persiapkan dan bagaimana usulan kabupaten dibahas dalam forum tersebut.",
        "siklus.rakor",
    ),
    (
        "di rakor nanti kabupaten diminta paparan usulan atau cuma mendengarkan paparan dari "
        "provinsi",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Mohon izin bertanya, setelah usulan disepakati dalam Rakor, bagaimana kelanjutannya "
        "hingga masuk anggaran provinsi?",
        "siklus.rkpd_apbd",
    ),
    ("usulan yang disetujui itu masuk er ka pe de provinsi dulu baru apbd ya", "siklus.rkpd_apbd"),
    (
        "Dengan hormat, sehubungan dengan pertanyaan pimpinan kami mengenai kapan kepastian "
        "anggaran atas usulan yang telah dibahas di Rakor, kami mohon penjelasan hubungan "
        "antara Rakor, Musrenbang Provinsi, RKPD, dan APBD.",
        "siklus.rkpd_apbd",
    ),
    (
        "after the rakor how does an approved proposal end up in the provincial budget",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Mohon izin bertanya, apa peran Pokja PKP di kabupaten dan apakah keberadaannya "
        "berkaitan dengan usulan ke provinsi?",
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja pkp itu dasar hukumnya apa dan siapa yang biasanya jadi ketuanya",
        "koordinasi.pokja_pkp",
    ),
    (
        "Dengan hormat, sehubungan dengan rencana pembentukan kembali Kelompok Kerja Perumahan "
        "dan Kawasan Permukiman di Kabupaten Pulang Pisau, kami mohon penjelasan tugas dan "
        "dasar pembentukan pokja tersebut.",
        "koordinasi.pokja_pkp",
    ),
    ("forum pkp sama pokja pkp itu beda ya bagaimana hubungan keduanya", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "Mohon izin bertanya, di mana alamat kantor Disperkimtan Provinsi Kalimantan Tengah? "
        "Kami berencana berkunjung untuk konsultasi usulan.",
        "disperkimtan.kontak",
    ),
    ("kantor dinas perumahan provinsi itu di jalan apa di palangka raya", "disperkimtan.kontak"),
    (
        "Could you tell me the full name of the provincial housing agency and where its office "
        "is located?",
        "disperkimtan.kontak",
    ),
    ("website disperkim tan kalteng alamatnya apa ya", "disperkimtan.kontak"),
    # bot.cara_pakai
    (
        "Mohon izin bertanya, jam yang ditampilkan dalam bot Sinkron ini memakai zona waktu "
        "apa? Kami perlu memastikannya untuk jadwal kegiatan.",
        "bot.cara_pakai",
    ),
    (
        "daftar perintah bot sinkron ini apa saja kok saya cuma tahu garis miring usul",
        "bot.cara_pakai",
    ),
    (
        "Dengan hormat, sehubungan dengan akun Telegram kami yang baru saja didaftarkan di bot "
        "Sinkron, kami mohon penjelasan apakah kami perlu menunggu persetujuan admin sebelum "
        "dapat memakai seluruh fiturnya.",
        "bot.cara_pakai",
    ),
    ("can i switch this bot to english and how do the commands work", "bot.cara_pakai"),
    # bot.usul
    (
        "Mohon izin bertanya, apabila pengisian formulir melalui perintah /usul terputus "
        "karena sinyal hilang, apakah isian yang sudah diketik tetap tersimpan?",
        "bot.usul",
    ),
    ("di slash usul bisa kirim berapa foto maksimal", "bot.usul"),
    (
        "Dengan hormat, sehubungan dengan usulan tahun lalu yang ingin kami ajukan kembali "
        "dengan sedikit perubahan, kami mohon penjelasan apakah tersedia fitur untuk menyalin "
        "usulan lama pada perintah /usul.",
        "bot.usul",
    ),
    ("setelah usulan terkirim dapat kode u es el itu gunanya untuk apa", "bot.usul"),
    # bot.status
    (
        "Mohon izin bertanya, apa arti status dibahas di Rakor pada usulan, dan apakah itu "
        "berarti usulan sudah pasti disetujui?",
        "bot.status",
    ),
    ("status perlu per baikan itu maksudnya saya harus apa", "bot.status"),
    (
        "Hi, what is the difference between the statuses verifikasi and diajukan on a proposal?",
        "bot.status",
    ),
    ("kalau usulan sudah disetujui statusnya masih bisa berubah lagi tidak", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Dengan hormat, sehubungan dengan usulan kami yang berstatus ditolak dengan alasan "
        "bukan kewenangan provinsi, kami mohon penjelasan langkah apa yang dapat kami tempuh "
        "selanjutnya.",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan saya dialihkan ke apbd kabupaten artinya bagaimana apa sudah diteruskan otomatis",
        "bot.ditolak_dialihkan",
    ),
    (
        "Mohon izin bertanya, apakah usulan yang sudah ditolak dapat diajukan ulang setelah "
        "kami melengkapi kekurangannya?",
        "bot.ditolak_dialihkan",
    ),
    ("alasan penolakan usulan itu bisa dilihat dimana", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    (
        "Mohon izin bertanya, berapa lama biasanya usulan yang kami kirim mulai "
        "ditindaklanjuti oleh provinsi?",
        "bot.tindak_lanjut",
    ),
    ("tiga hari kerja itu standar dari mana katanya mengikuti lapor", "bot.tindak_lanjut"),
    (
        "Dear admin, is there a service standard for how quickly the province responds to a "
        "submitted proposal?",
        "bot.tindak_lanjut",
    ),
    ("apakah batas tiga hari kerja itu termasuk sabtu minggu dan hari libur", "bot.tindak_lanjut"),
    # bot.rapat
    (
        "Mohon izin bertanya, apabila kepala dinas berhalangan hadir pada rapat yang diundang "
        "melalui Sinkron, bagaimana cara menunjuk perwakilan?",
        "bot.rapat",
    ),
    ("konfirmasi kehadiran rapat di bot caranya bagaimana", "bot.rapat"),
    (
        "Dengan hormat, sehubungan dengan undangan rapat yang kami terima melalui bot, kami "
        "mohon penjelasan kapan saja pengingat rapat dikirimkan kepada peserta.",
        "bot.rapat",
    ),
    (
        "i already said i would attend the meeting but now i cant how do i change my answer",
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    (
        "Mohon izin bertanya, apa kepanjangan dari DAK Tematik PPKT yang sering disebut dalam "
        "rapat koordinasi?",
        "istilah.daktematikppkt",
    ),
    ("apbn itu kepanjangannya apa", "istilah.apbn"),
    (
        "Dengan hormat, kami mohon penjelasan apa yang dimaksud dengan APBD yang tercantum "
        "pada pilihan sumber dana.",
        "istilah.apbd",
    ),
    ("apbe des itu anggaran apa ya", "istilah.apbdes"),
    ("What does Bankeu mean in the list of funding options?", "istilah.bankeu"),
    ("pokir itu apa sih yang sering disebut anggota dewan", "istilah.pokir"),
    ("Mohon izin bertanya, Musrenbang itu singkatan dari apa?", "istilah.musrenbang"),
    ("rkpd itu singkatan dari apa ya pak", "istilah.rkpd"),
    ("Mohon izin bertanya, apa yang dimaksud dengan Renja perangkat daerah?", "istilah.renja"),
    ("renstra dinas itu maksudnya rencana apa", "istilah.renstra"),
    (
        "Dengan hormat, kami pegawai baru dan sering mendengar istilah RPJMD. Mohon penjelasan "
        "apa kepanjangan dan maksud istilah tersebut.",
        "istilah.rpjmd",
    ),
    ("kua ppas itu kepanjangannya apa", "istilah.kuappas"),
    (
        "Mohon izin bertanya, apa yang dimaksud dengan RKA dalam proses penganggaran?",
        "istilah.rka",
    ),
    ("de pe a itu dokumen apa ya", "istilah.dpa"),
    ("what does sipd stand for", "istilah.sipd"),
    (
        "Mohon izin bertanya, Bapperida itu badan apa? Dahulu kami mengenalnya dengan nama "
        "Bappeda.",
        "istilah.bapperida",
    ),
    ("opd itu artinya organisasi perangkat daerah kan", "istilah.opd"),
    ("Mohon izin bertanya, apa kepanjangan dari SKPD?", "istilah.skpd"),
    ("spam di dokumen air minum itu singkatan apa bukan spam email kan", "istilah.spam"),
    ("Mohon izin bertanya, SPALD itu singkatan dari apa?", "istilah.spald"),
    ("ipal itu apa artinya", "istilah.ipal"),
    ("Hello, what does TPS3R stand for?", "istilah.tps3r"),
    ("mck umum itu kepanjangannya apa", "istilah.mck"),
    (
        "Dengan hormat, kami mohon penjelasan apa yang dimaksud dengan RTRW yang sering "
        "disebut dalam persyaratan lahan.",
        "istilah.rtrw",
    ),
    ("er de te er itu rencana apa", "istilah.rdtr"),
    ("Mohon izin bertanya, PBG itu singkatan dari apa? Apakah itu pengganti IMB?", "istilah.pbg"),
    ("slf itu sertifikat apa", "istilah.slf"),
    ("what is an skbg", "istilah.skbg"),
    (
        "Mohon izin bertanya, apa yang dimaksud dengan SKT pada pilihan status lahan?",
        "istilah.skt",
    ),
    ("klin and klir itu maksudnya apa ya", "istilah.cleanandclear"),
    ("Mohon izin bertanya, apa yang dimaksud dengan dana CSR?", "istilah.csr"),
    ("rakor itu kepanjangannya apa", "istilah.rakor"),
    ("Mohon izin bertanya, apa itu LAPOR! yang kadang disebut dalam pesan bot?", "istilah.lapor"),
    ("wib itu singkatan waktu indonesia apa", "istilah.wib"),
    ("What does backlog mean in housing statistics?", "istilah.backlog"),
    ("Mohon izin bertanya, apa kepanjangan PKP dalam nomenklatur bidang kami?", "istilah.pkp"),
    ("arti kumuh itu apa secara resmi", "istilah.kumuh"),
    (
        "Dengan hormat, kami mohon penjelasan mengenai pengertian perumahan kumuh dan "
        "permukiman kumuh.",
        "istilah.kumuh",
    ),
    ("dak itu dana apa", "istilah.dak"),
    ("Mohon izin bertanya, rusun itu singkatan dari apa?", "istilah.rusun"),
]
