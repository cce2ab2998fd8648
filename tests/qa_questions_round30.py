"""Round 30 held-out question table for the Sinkron bot.

Written 2026-12-05 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: messages relayed for someone else ("Pak Kades nanya ..."),
comparisons and choices between two things, negated checks ("bukan ... kan?"), numbers in
words or loose ("belasan hektar", "sekitar dua ratus KK"), English as a non-native writes it.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

# Held-out evaluation table, round 30, part A (topics).
# Style: relayed questions, comparisons/negations, loose numbers and relative dates,
# some English and short chat messages.

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Pak Sekda minta ringkasan: di urusan perkim ini apa saja yang dikerjakan provinsi, "
        "apa yang kabupaten, apa yang pusat?",
        "kewenangan.ringkasan",
    ),
    (
        "A new DPRD member asked me who does what in housing and settlements between "
        "kabupaten, provinsi and pusat. Is there a short overview?",
        "kewenangan.ringkasan",
    ),
    ("pembagian tugas perkim prov, kab, pusat secara garis besar gmn?", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "Kata anggota dewan, perumahan itu cuma urusan pilihan jadi boleh dikurangi anggarannya. "
        "Bukan begitu kan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Kepala bappeda kami nanya, perumahan rakyat dan kawasan permukiman itu masuk urusan "
        "wajib pelayanan dasar atau bukan? Dasar pasalnya apa?",
        "kewenangan.urusan_wajib",
    ),
    ("Bukannya perumahan itu urusan pilihan ya? Kok disebut wajib?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "Pak Kades Bahaur nanya, kumuh di desanya sekitar dua belas hektar itu jadi urusan "
        "siapa, kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Bedanya kumuh yang ditangani kabupaten sama yang ditangani provinsi itu di mana sih, "
        "batas luasnya berapa?",
        "kewenangan.kumuh",
    ),
    (
        "kawasan kumuh kami cuma tujuh hektaran, bukan kewenangan prov kan?",
        "kewenangan.kumuh",
    ),
    (
        "Kalau luasnya pas sepuluh hektar persis, masuk kabupaten atau sudah provinsi?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Bupati nanya, kawasan kumuh pinggir sungai kita hampir dua puluh hektar, berarti "
        "sudah bukan urusan provinsi lagi ya? Siapa yang pegang?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh di atas 15 ha itu kewenangan pusat ya? yg pas 15 ha gmn?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Our slum area is around thirty hectares. Who is responsible for areas that big?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Anggota DPRD bilang kumuh belasan hektar yang lewat lima belas itu tetap bisa diusulkan "
        "ke provinsi. Betul tidak?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Pak Camat tanya, program pencegahan supaya kampung tidak jadi kumuh itu tugas "
        "provinsi atau kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Pencegahan kumuh tidak bisa diusulkan ke Disperkimtan provinsi ya? Hanya peningkatan "
        "kualitas saja?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Who is in charge of preventing new slums from forming, the province or the regency?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Atasan saya minta penjelasan: di sub-urusan perumahan, apa saja yang jadi kewenangan "
        "provinsi dan apa yang kabupaten?",
        "kewenangan.perumahan",
    ),
    (
        "kewenangan prov di bidang perumahan itu apa aja? bukan bangun rumah utk semua warga kan?",
        "kewenangan.perumahan",
    ),
    (
        "Bedanya tugas provinsi sama kabupaten/kota di urusan perumahan apa? Kok kata orang "
        "provinsi cuma sedikit?",
        "kewenangan.perumahan",
    ),
    (
        "In the housing sub-affair, what exactly can the regency do that the province can't?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Warga nanya soal rumah buat MBR dan rusun, itu yang urus pusat ya, bukan provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kata anggota dewan mau minta pembangunan rusunawa untuk pekerja. Itu lewat pemerintah "
        "pusat atau provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan utk masyarakat berpenghasilan rendah itu kewenangan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pusat itu perannya apa saja di bidang perumahan? Rusun dan rumah MBR urusan "
        "pusat semua kah?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Pak Lurah Tumbang Talaken lapor, belasan rumah warganya hanyut kena banjir bulan lalu. "
        "Siapa yang wajib membangunkan rumahnya, kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kalau warga dipindah karena program relokasi provinsi, rumah barunya ditanggung "
        "provinsi kan, bukan kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Bedanya bencana skala kabupaten sama skala provinsi apa pengaruhnya ke siapa yang "
        "menangani rumah korban?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who rebuilds houses for victims of a national-scale disaster, pusat or provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pengembang perumahan nanya ke kami, izin pembangunan perumahan itu diurus di "
        "provinsi atau di kabupaten?",
        "kewenangan.izin",
    ),
    (
        "SKBG rusun itu diterbitkan provinsi ya? Atau bukan?",
        "kewenangan.izin",
    ),
    (
        "izin pengembangan kawasan permukiman yg terbitkan siapa, kab atau prov?",
        "kewenangan.izin",
    ),
    (
        "A developer asked whether the housing development permit comes from the regency or "
        "from Disperkimtan Kalteng.",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Kepala dinas saya tanya, di sub-urusan kawasan permukiman apa tugas kabupaten, "
        "provinsi dan pusat?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem permukiman nasional itu diatur pusat ya, bukan daerah?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Pak Asisten nanya, penyelenggaraan kawasan permukiman itu sebenarnya wewenang "
        "provinsi di bagian mana saja?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Bedanya PSU permukiman sama PSU perumahan apa? Yang mana yang bisa ke provinsi?",
        "kewenangan.psu",
    ),
    (
        "Ketua RT di kompleks perumahan pengembang minta jalan kompleksnya diaspal provinsi. "
        "PSU perumahan begitu bukan kewenangan provinsi kan?",
        "kewenangan.psu",
    ),
    (
        "PSU di perumahan yg dibangun developer itu tanggung jawab kab/kota ya?",
        "kewenangan.psu",
    ),
    (
        "Pak Kabid nanya, PSU yang kewenangan provinsi itu yang permukiman atau yang perumahan?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Pak Lurah nanya, kalau PSU dari Disperkimtan itu wujudnya apa saja? Bisa bangun "
        "balai warga atau cuma jalan sama drainase?",
        "psu.lingkup_provinsi",
    ),
    (
        "Drainase di pinggir jalan kabupaten tidak bisa diusulkan ke prov ya?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kata anggota dewan, jalan lingkungan di desa juga bisa dibangun provinsi, tidak hanya "
        "di kota. Benar begitu?",
        "psu.lingkup_provinsi",
    ),
    (
        "jaling yg dikerjakan prov itu di aset siapa? hrs aset prov atau boleh aset kab?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Asosiasi perancang nanya, sertifikasi perancang rumah kemampuan menengah itu "
        "diterbitkan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi perencana PSU tingkat kecil itu di kabupaten kan, bukan di provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers house designers with large capability?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Inspektorat nanya soal SPM perumahan, indikator provinsi itu apa saja dan targetnya "
        "berapa persen?",
        "kewenangan.spm",
    ),
    (
        "SPM bidang perumahan rakyat utk kab/kota isinya apa? dasar hukumnya PP brp?",
        "kewenangan.spm",
    ),
    (
        "Bedanya SPM perumahan provinsi dengan SPM perumahan kabupaten apa?",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan prov targetnya 100 persen ya? Utk korban bencana saja atau ada yg lain?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Pak Kades bilang desanya luasnya ratusan hektar jadi kumuhnya masuk pusat. Yang "
        "dihitung luas desa atau luas kumuhnya saja?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas delineasi di SK kan, "
        "bukan luas kelurahan?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas kawasan kumuh dihitung dr mana? dari peta delineasi atau survei sendiri?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the 10 ha and 15 ha thresholds: the whole village or the "
        "delineated slum location?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Anggota dewan nanya, yang menetapkan lokasi kumuh itu siapa? Gubernur atau Bupati?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami terbit enam tahun lalu. Harus ditinjau ulang tidak? Berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "Isi SK penetapan lokasi kumuh itu apa saja? Cukup daftar lokasi atau perlu peta juga?",
        "kumuh.penetapan",
    ),
    (
        "sk kumuh yg tanda tangan siapa? tiap brp thn diperbarui?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Tim survei nanya, aspek apa saja yang dinilai untuk menentukan suatu kawasan kumuh?",
        "kumuh.aspek",
    ),
    (
        "kriteria kumuh itu ada 7 aspek kan? proteksi kebakaran termasuk?",
        "kumuh.aspek",
    ),
    (
        "What are the seven aspects in the slum criteria of Permen PUPR 14/2018?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Pak Kabid nanya, skor kumuh di lokasi kita enam puluhan. Itu sudah masuk kumuh berat "
        "atau belum?",
        "kumuh.penilaian",
    ),
    (
        "Cara menghitung skor kumuh gimana? Nilai maksimalnya berapa?",
        "kumuh.penilaian",
    ),
    (
        "Tiap kriteria kumuh dinilai 0, 1, 3, 5 itu berdasarkan apa?",
        "kumuh.penilaian",
    ),
    (
        "Kalau tingkat kumuhnya berat, berarti otomatis jadi kewenangan provinsi kan?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor lokasi kami sekitar empat puluh lima, itu kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Bedanya kumuh ringan sama kumuh sedang dari sisi rentang skor berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang nilai KR brp sampai brp?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Kata konsultan skor tiga puluhan itu masih kumuh ringan. Batas atas kumuh ringan berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Warga bantaran sungai nanya, apakah mereka pasti dipindah kalau kampungnya ditangani "
        "sebagai kumuh? Ada pilihan lain selain pindah?",
        "kumuh.pola_penanganan",
    ),
    (
        "Bedanya pemugaran sama peremajaan apa? Kapan pakai yang mana?",
        "kumuh.pola_penanganan",
    ),
    (
        "Lokasi kumuh di atas lahan yang tidak legal, penanganannya bukan pemugaran kan?",
        "kumuh.pola_penanganan",
    ),
    (
        "When is resettlement (pemukiman kembali) used instead of upgrading a slum in place?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Anggota DPRD minta data: ada berapa lokasi kumuh di Kalteng dan totalnya kira-kira "
        "berapa ribu hektar?",
        "kumuh.kalteng",
    ),
    (
        "kumuh di kalteng kebanyakan di mana? bantaran sungai ya?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations does Kalimantan Tengah have, and how big in total?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Kepala dinas nanya, usulan ke provinsi itu isinya apa saja dan kenapa harus selengkap "
        "itu?",
        "usulan.isi",
    ),
    (
        "Data apa aja yg hrs disiapkan sebelum isi usulan di bot?",
        "usulan.isi",
    ),
    (
        "Kenapa usulan harus pakai judul, sektor, jumlah KK dan justifikasi segala? Tidak cukup "
        "surat pengantar saja?",
        "usulan.isi",
    ),
    (
        "What information goes into a proposal, and why does the province ask for each part?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Pak Bupati nanya, jenis kegiatan apa saja yang bisa kita usulkan ke Disperkimtan?",
        "usulan.jenis",
    ),
    (
        "selain kumuh sama PSU, ada jenis usulan lain gak?",
        "usulan.jenis",
    ),
    (
        "Kalau kegiatannya tidak masuk kumuh, PSU, rumah atau RTLH, masih bisa diusulkan "
        "sebagai lainnya kah?",
        "usulan.jenis",
    ),
    (
        "usulan RTLH sama usulan rumah korban bencana beda jenis ya?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data lokasi usulan itu cukup nama desa saja atau perlu titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "Untuk usulan jalan lingkungan di Kelurahan Danau Tundai, apa saja keterangan lokasi "
        "yang harus diisi?",
        "usulan.lokasi",
    ),
    (
        "lokasi usulan hrs isi perkotaan atau perdesaan juga ya?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Kades Tamban Luar nanya, usulannya untuk sekitar dua ratus KK. Jumlah jiwa juga "
        "wajib ditulis tidak?",
        "usulan.penerima_biaya",
    ),
    (
        "Biaya usulan hampir setengah miliar, sumber dananya ditulis APBD provinsi atau "
        "boleh kombinasi dengan APBD kabupaten?",
        "usulan.penerima_biaya",
    ),
    (
        "penerima manfaat cukup ditulis jmlh KK atau hrs jmlh unit rumah jg?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Pak Sekda tanya, readiness criteria usulan PSU itu dokumen apa saja yang harus siap?",
        "usulan.kesiapan",
    ),
    (
        "Usulan tanpa DED tidak langsung gugur kan? Dokumen kesiapan mana yang paling penting?",
        "usulan.kesiapan",
    ),
    (
        "kesiapan usulan itu dinilai dr apa aja?",
        "usulan.kesiapan",
    ),
    (
        "Bedanya dokumen kesiapan sama dokumen teknis apa? Surat Bupati masuk yang mana?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan untuk jalan lingkungannya masih tanah warga dan belum bersertifikat. Itu "
        "dianggap belum clean and clear ya?",
        "usulan.lahan",
    ),
    (
        "Pak Kades nanya, tanah desa yang belum ada sertifikat tapi tidak sengketa boleh "
        "dipakai untuk lokasi usulan?",
        "usulan.lahan",
    ),
    (
        "clean and clear itu syaratnya apa aja? cukup tdk sengketa?",
        "usulan.lahan",
    ),
    (
        "Lahan harus milik pemda atau boleh tanah desa untuk usulan PSU? Mana yang lebih aman?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Usulan kumuh kami lokasinya belum tercantum di SK kumuh. Masih bisa diajukan tidak?",
        "usulan.sk_kumuh",
    ),
    (
        "Waktu isi usulan kumuh, nomor dan tanggal SK kumuh wajib diisi ya?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami terbit sekitar lima tahun lalu, apa berpengaruh ke penilaian usulan "
        "tahun anggaran berikutnya?",
        "usulan.sk_kumuh",
    ),
    (
        "For a slum proposal, why does the province need the SK kumuh details?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Konsultan nanya, DED dan RAB untuk usulan jalan lingkungan harus sudah final atau "
        "boleh versi sederhana dulu?",
        "usulan.dokumen_teknis",
    ),
    (
        "Selain foto kondisi sekarang, dokumen teknis apa lagi yang dilampirkan? RKS perlu juga?",
        "usulan.dokumen_teknis",
    ),
    (
        "site plan wajib ga utk usulan drainase?",
        "usulan.dokumen_teknis",
    ),
    (
        "Which technical documents should be attached: DED, RAB, RKS, site plan, photos?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Kabag hukum nanya, surat pernyataan kesediaan menerima hibah dan O&P itu yang tanda "
        "tangan siapa dan isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan operasi dan pemeliharaan itu harus dilampirkan waktu usul, bukan "
        "nanti setelah dibangun kan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa kabupaten harus buat surat pernyataan siap merawat hasil pembangunan provinsi?",
        "usulan.surat_pernyataan",
    ),
    (
        "Tidak perlu surat pernyataan O&P kalau lokasinya di aset pemkab sendiri, kan?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Pak Kades Henda nanya, warganya mau bangun rumah baru di tanah kosong, bisa masuk "
        "program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Rumah tidak layak huni yang berdiri di tanah orang lain tidak bisa dibantu provinsi ya?",
        "usulan.rtlh",
    ),
    (
        "penerima bedah rumah dr prov ditetapkan pakai SK siapa?",
        "usulan.rtlh",
    ),
    (
        "Mending usulkan RTLH lewat provinsi atau lewat BSPS pusat? Syarat provinsi apa saja?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Ada warga RT 05 langsung minta jalan gang dibangun provinsi. Boleh masyarakat "
        "mengajukan sendiri?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permintaan drainase dari warga harus diketahui siapa saja? Cukup Pak RT?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents ask Disperkimtan directly for a neighbourhood road, or must it go "
        "through the kelurahan and kecamatan?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "BPKAD nanya, jalan lingkungan yang dibangun provinsi tahun lalu itu asetnya punya "
        "siapa sekarang? Kapan diserahkan?",
        "hibah.aset",
    ),
    (
        "Bedanya BAST sama naskah hibah apa? Yang tanda tangan Bupati atau kepala dinas?",
        "hibah.aset",
    ),
    (
        "drainase bantuan prov rusak, yg perbaiki siapa? prov atau kab?",
        "hibah.aset",
    ),
    (
        "After the province builds PSU on our land, who records the asset and maintains it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kumuh kami cuma lima hektar jadi bukan kewenangan provinsi. Mending lewat APBD "
        "kabupaten atau DAK Tematik PPKT?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kata Pak Kades, kalau provinsi tidak bisa, apa ada sumber dana lain? Dana desa atau "
        "CSR perusahaan sawit boleh?",
        "pendanaan.saluran_lain",
    ),
    (
        "klo bukan kewenangan prov, dananya bisa dr mana aja?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province isn't responsible, which funding channels should we try instead?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Kadis baru nanya alurnya: usulan yang kita kirim tahun ini dibiayai tahun kapan?",
        "siklus.tahunan",
    ),
    (
        "Siklus usulan ke provinsi itu gimana dari awal sampai dibangun?",
        "siklus.tahunan",
    ),
    (
        "usulan yg dikirim bulan depan itu masuk TA brp?",
        "siklus.tahunan",
    ),
    (
        "Pak Sekda nanya, tahapan tahunan usulan ke prov itu urutannya apa saja?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Anggota dewan nanya, usulan kita diperiksa provinsi dari sisi apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        "Provinsi tidak cek lapangan kan? Cuma periksa berkas?",
        "siklus.pemeriksaan",
    ),
    (
        "Verifikasi usulan oleh provinsi itu meliputi administrasi, teknis dan kewenangan ya?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Pak Kadis nanya, Rakor Bidang Kawasan Permukiman itu tujuannya apa dan siapa saja "
        "yang diundang?",
        "siklus.rakor",
    ),
    (
        "Rakor kawasan permukiman biasanya diadakan bulan apa? Tahun lalu kapan?",
        "siklus.rakor",
    ),
    (
        "Bedanya Rakor sama Musrenbang provinsi apa? Yang duluan yang mana?",
        "siklus.rakor",
    ),
    (
        "What happens at the Rakor, and why should our regency attend?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Usulan yang sudah disetujui di Rakor otomatis masuk APBD kan? Atau masih ada tahap lain?",
        "siklus.rkpd_apbd",
    ),
    (
        "Anggota DPRD nanya, setelah Rakor usulan kita dibawa ke mana? Musrenbang, RKPD, "
        "terus APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "stlh disetujui, kapan masuk RKPD dan APBD prov?",
        "siklus.rkpd_apbd",
    ),
    (
        "How does a proposal go from the Rakor into the provincial RKPD and budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Sekda minta saya cari tahu, Pokja PKP itu fungsinya apa dan dasar hukumnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Bedanya Pokja PKP dengan Pokja PPAS apa? Perlu dua-duanya dibentuk?",
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja pkp itu wajib dibentuk di kab ga?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP di daerah itu isinya siapa saja dan kerjanya apa?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Pak Camat mau antar surat langsung, kantor Disperkimtan provinsi alamatnya di mana?",
        "disperkimtan.kontak",
    ),
    (
        "Disperkimtan Kalteng itu dinas apa saja tugasnya? Bukan cuma urus rumah kan?",
        "disperkimtan.kontak",
    ),
    (
        "website resmi disperkimtan kalteng apa ya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Atasan saya minta diajari pakai bot ini. Perintah apa saja yang tersedia?",
        "bot.cara_pakai",
    ),
    (
        "Jam yang ditampilkan bot itu WIB ya, bukan WITA?",
        "bot.cara_pakai",
    ),
    (
        "daftar perintah bot apa aja? /bantuan ada?",
        "bot.cara_pakai",
    ),
    (
        "How do I use this bot? Which commands are there besides /start?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Kalau lagi isi /usul terus sinyal putus, datanya hilang atau tersimpan sebagai draf?",
        "bot.usul",
    ),
    (
        "Lewat /usul bisa lampirkan berapa foto dan PDF? Tidak perlu kirim hardcopy lagi kan?",
        "bot.usul",
    ),
    (
        "Usulan tahun lalu mau saya ajukan lagi, bisa salin usulan lama di /usul?",
        "bot.usul",
    ),
    (
        "Habis kirim lewat /usul dapat kode USL-... itu buat apa? Tahun anggarannya tahun depan?",
        "bot.usul",
    ),
    # bot.status
    (
        "Kepala dinas nanya, status 'verifikasi' itu artinya apa? Bedanya sama 'diajukan'?",
        "bot.status",
    ),
    (
        "arti status perlu perbaikan apa? hrs ngapain?",
        "bot.status",
    ),
    (
        "Status 'dibahas di Rakor' belum berarti disetujui kan?",
        "bot.status",
    ),
    (
        "status dibatalkan itu artinya apa? siapa yg bisa batalin?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Pak Kadis nanya, "
        "langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Bedanya ditolak sama dialihkan apa? Kalau dialihkan ke DAK, kami harus ngapain?",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan yg sdh ditolak bisa diajukan ulang gak?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was redirected to APBN. Does that mean the province won't fund it at all?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Anggota dewan nanya, berapa lama usulan kita harus ditanggapi provinsi? Ada standarnya?",
        "bot.tindak_lanjut",
    ),
    (
        "Sudah lebih dari seminggu usulan masih diajukan, belum diverifikasi. Standar "
        "tindak lanjutnya berapa hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "standar 3 hari kerja itu aturan wajib disperkimtan atau bukan?",
        "bot.tindak_lanjut",
    ),
    (
        "What is the follow-up standard for proposals, the one borrowed from LAPOR!?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Saya tidak bisa hadir rapat minggu depan. Boleh diwakilkan staf? Caranya di bot gimana?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot dikirim kapan saja? Sehari sebelumnya juga?",
        "bot.rapat",
    ),
    (
        "konfirmasi hadir undangan rapat di bot gmn?",
        "bot.rapat",
    ),
    (
        "My boss asks: if I reply 'tidak hadir' to a meeting invitation, who gets told?",
        "bot.rapat",
    ),
]

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("Pak Kades nanya, rtlh itu singkatan dari apa ya?", "istilah.rtlh"),
    ("rlh itu apa? kebalikannya rtlh kah", "istilah.rlh"),
    (
        "Bu Camat tanya kata delineasi di lampiran peta SK kumuh itu artinya apa",
        "istilah.delineasi",
    ),
    ("bsps apaan ya? bantuan dr pusat bukan?", "istilah.bsps"),
    ("what does MBR stand for in housing programmes?", "istilah.mbr"),
    ("rusus itu rumah susun khusus kan?", "istilah.rusus"),
    ("ada warga korban banjir nanya huntara itu apa, sy jg kurang paham", "istilah.huntara"),
    ("huntap sama huntara bedanya apa ya", ("istilah.huntap", "istilah.huntara")),
    ("KK di isian penerima manfaat itu kepala keluarga atau kartu keluarga?", "istilah.kk"),
    ("jumlah jiwa maksudnya gmn, dihitung orang atau rumah?", "istilah.jiwa"),
    ("ha itu hektar kan, bukan are?", "istilah.ha"),
    ("DED tu apa singkatannya", "istilah.ded"),
    ("Pak Lurah nanya rab itu apa kepanjangannya", "istilah.rab"),
    ("rks itu dokumen apa ya", "istilah.rks"),
    ("KAK sama TOR itu sama aja bukan?", "istilah.kak"),
    ("siteplan maksudnya apa? denah lokasi?", "istilah.siteplan"),
    ("RC di daftar syarat itu apa, bukan beton bertulang kan?", "istilah.rc"),
    ("what's a BAST? the province keeps mentioning it", "istilah.bast"),
    ("hibah aset itu artinya apa, asetnya dikasih cuma2?", "istilah.hibah"),
    ("bmd vs bmn apa bedanya", ("istilah.bmd", "istilah.bmn")),
    ("O&P itu singkatan apa, operasional dan perawatan?", "istilah.op"),
    ("SPM singkatan dari apa", "istilah.spm"),
    ("Pokja PKP itu kelompok kerja apa", "istilah.pokjapkp"),
    (
        "pokja ppas kepanjangannya apa, beda sama pokja ampl?",
        ("istilah.pokjappas", "istilah.pokjaampl"),
    ),
    ("Pak Sekda minta dijelaskan AMPL di nama pokja itu kepanjangannya apa", "istilah.pokjaampl"),
    ("rp3kp tuh dokumen apa", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apa? panjang bgt singkatannya", "istilah.rp2kpkp"),
    ("kotaku itu program apa, kota tanpa kumuh kah?", "istilah.kotaku"),
    ("yg namanya DAK Tematik PPKT itu artinya apa", "istilah.daktematikppkt"),
    ("dak itu dana apa sih", "istilah.dak"),
    ("what is APBN?", "istilah.apbn"),
    ("apbd singkatan dari apa ya, lupa sy", "istilah.apbd"),
    ("kades nanya apbdes itu sama dgn dana desa bukan?", "istilah.apbdes"),
    ("bankeu itu maksudnya apa", "istilah.bankeu"),
    ("pokir dewan itu apa sih, sering dengar pas musrenbang", "istilah.pokir"),
    ("musrenbang kepanjangannya apa", "istilah.musrenbang"),
    ("rkpd sm renja bedanya apa", ("istilah.rkpd", "istilah.renja")),
    ("Renstra itu rencana strategis kan? rencana punya siapa", "istilah.renstra"),
    ("rpjmd singkatan dr apa", "istilah.rpjmd"),
    ("kua ppas itu apa? sering disebut waktu bahas anggaran", "istilah.kuappas"),
    ("dpa kepanjangannya apa? yg disahkan sesudah apbd itu", "istilah.dpa"),
    ("what does SIPD stand for?", "istilah.sipd"),
    ("bapperida itu dulunya bappeda kan? kepanjangannya skrg apa", "istilah.bapperida"),
    ("skpd maksudnya apa, istilah itu masih dipakai?", "istilah.skpd"),
    ("spam di sini bukan email sampah kan? spam air minum itu apa", "istilah.spam"),
    ("what is an IPAL? is it a sewage plant?", "istilah.ipal"),
    ("tps3r tu apa? 3R nya singkatan apa", "istilah.tps3r"),
    ("MCK singkatan dari apa ya, ditanya warga", "istilah.mck"),
    ("rtrw yg dimaksud bukan RT/RW kampung kan? artinya apa", "istilah.rtrw"),
    ("pbg itu pengganti IMB ya? kepanjangannya apa", "istilah.pbg"),
    ("skbg apa artinya", "istilah.skbg"),
    ("skt itu surat apa? warga cuma pegang itu utk tanahnya", "istilah.skt"),
    ("lahan clean and clear itu maksudnya gmn", "istilah.cleanandclear"),
    ("CSR itu apa? ada perusahaan sawit mau bantu", "istilah.csr"),
    ("Rakor itu singkatan rapat apa lengkapnya", "istilah.rakor"),
    ("LAPOR! yg disebut2 itu apa", "istilah.lapor"),
    ("WIB itu waktu indonesia barat kan, bukan WITA?", "istilah.wib"),
    ("what is the housing backlog people keep talking about?", "istilah.backlog"),
    ("PKP itu singkatan apa", "istilah.pkp"),
    ("Perkim kepanjangannya apa", "istilah.perkim"),
    ("disperkimtan singkatan dari apa, yg 'tan' itu apa", "istilah.disperkimtan"),
    ("in the proposal form, what do they mean by PSU?", "istilah.psu"),
    ("jaling itu apa", "istilah.jaling"),
    ("drainase lingkungan itu maksudnya saluran yg mana", "istilah.drainase"),
    ("kr itu kumuh ringan ya?", "istilah.kr"),
    ("KS di kolom tingkat kekumuhan maksudnya apa", "istilah.ks"),
    ("KB itu bukan keluarga berencana kan, di data kumuh artinya apa", "istilah.kb"),
    ("arti kata kumuh dalam urusan perumahan itu apa", "istilah.kumuh"),
    ("SK kumuh itu maksudnya surat keputusan apa ya", "istilah.skkumuh"),
    ("bedah rumah itu istilah resminya apa", "istilah.bedahrumah"),
    ("rusun apa kepanjangannya", "istilah.rusun"),
    ("what is a rusunawa exactly?", "istilah.rusunawa"),
]

# Intents: status, meeting, deadline, greeting, how_to_submit (6 each)
PART_B_INTENTS: list[tuple[str, str]] = [
    ("usulan jaling kami sdh diverifikasi blm?", "status"),
    ("Pak Kadis nanya usulan2 kita tahun ini posisinya sampai mana", "status"),
    ("USL-2026-0014 punya kami masih diproses atau udah ditolak?", "status"),
    ("can you check the status of the proposals we sent?", "status"),
    ("usulan kami udah masuk bahasan rakor belum, atau masih di verifikasi?", "status"),
    ("ada usulan kami yg dikembalikan utk diperbaiki gak?", "status"),
    ("rakor tahun ini kapan & dmn?", "meeting"),
    ("Bu Kabid nanya rapat koordinasi berikutnya tanggal brp", "meeting"),
    ("rapat selanjutnya di aula disperkimtan atau di hotel?", "meeting"),
    ("when is the next Rakor?", "meeting"),
    ("jadwal rakor kawasan permukiman yg akan datang sdh ada blm", "meeting"),
    ("ada rapat lagi gak dlm waktu dekat? mau atur jadwal kadis", "meeting"),
    ("batas akhir kirim usulan tgl brp", "deadline"),
    ("Pak Sekdis nanya usulan utk TA depan paling lambat masuk kapan", "deadline"),
    ("masih bisa kirim usulan minggu depan gak, atau sdh tutup?", "deadline"),
    ("what is the last day to send in proposals?", "deadline"),
    ("tenggat usulan itu akhir bulan ini atau bulan depan?", "deadline"),
    ("kapan hari terakhir usulan diterima provinsi", "deadline"),
    ("selamat pagi", "greeting"),
    ("makasih ya infonya, sangat membantu", "greeting"),
    ("halo bot, kamu bisa bantu apa aja?", "greeting"),
    ("hi there, what can this bot do?", "greeting"),
    ("tolong, sy baru pakai, menu bantuannya yg mana", "greeting"),
    ("assalamualaikum, permisi pak", "greeting"),
    ("gmn caranya kirim usulan lewat bot ini", "how_to_submit"),
    ("Pak Kades nitip usulan jalan desa, cara masukinnya ke sini gimana", "how_to_submit"),
    ("usulan dikirim lewat chat sini atau hrs lewat email?", "how_to_submit"),
    ("how do I submit a proposal through this bot?", "how_to_submit"),
    ("perintah utk ajukan usulan baru apa ya", "how_to_submit"),
    ("mau input usulan drainase di bot, mulainya dr mana", "how_to_submit"),
]

# Areas: slum size -> kabkota (<10 ha), provinsi (10 to <15 ha), pusat (>=15 ha)
PART_B_AREAS: list[tuple[str, str]] = [
    (
        "Pak Camat Pahandut nanya kumuh di Kel. Panarung luasnya 8,5 ha, itu urusan siapa",
        "kabkota",
    ),
    ("kumuh 12 hektar di Baamang Hilir, wewenang prov kan bukan kab?", "provinsi"),
    ("luas delineasinya pas 10 ha, masuk provinsi atau kabupaten?", "provinsi"),
    ("kawasan kumuh persis 15 hektare, pusat atau provinsi yg tangani?", "pusat"),
    ("sedikit di bawah 15 ha, tepatnya 14,9 ha, siapa yg berwenang", "provinsi"),
    ("lokasi kumuh lebih dari 14,5 ha, kira2 14,7 ha, masih prov kan?", "provinsi"),
    ("a 9.8 hectare slum area in Kuala Pembuang II, who is responsible?", "kabkota"),
    ("kumuh 25.000 m2 di Selat Hilir kewenangan siapa", "kabkota"),
    ("120.000 m² kawasan kumuh di Mentawa Baru Hilir tanggung jawab siapa", "provinsi"),
    ("luasnya 160.000 meter persegi, bukan kewenangan provinsi kan?", "pusat"),
    ("kumuhnya belasan hektar, sekitar 13 ha, ditangani siapa", "provinsi"),
    ("dua puluh hektare kumuh di Puruk Cahu, siapa yg pegang", "pusat"),
    ("tujuh setengah hektar kumuh di Kasongan Lama, itu kab atau prov", "kabkota"),
    ("lokasi kumuh 9,99 ha itu masih kabupaten ya?", "kabkota"),
    ("Kel. Langkai kumuhnya 10,2 ha dgn sekitar dua ratus KK, kewenangan siapa", "provinsi"),
    ("kumuh 15.5 ha di Sampit, pusat ya?", "pusat"),
    ("which level handles an 11.3 ha slum in Buntok Kota?", "provinsi"),
    ("the SK kumuh lists 17 hectares for Jelapat, is that central government?", "pusat"),
    ("kumuh 3 ha di desa Henda, bukan urusan provinsi kan?", "kabkota"),
    ("delineasi kumuh 100.000 m2, jadi persis sepuluh hektar, siapa yg tangani", "provinsi"),
    ("Pak Lurah Mendawai nanya kumuh 14 ha lebih sedikit, kab atau prov", "provinsi"),
    ("kumuh 30 ha di Murung Keramat tanggungan siapa", "pusat"),
    ("kumuh cuma 0,8 ha di Tanah Mas kewenangan siapa", "kabkota"),
    ("kira2 enam hektare kumuh di Kurun, siapa yg nangani", "kabkota"),
    ("kumuh 150.000 m2 di Ketapang, prov atau pusat?", "pusat"),
]

# Out of scope: the knowledge base cannot answer; the bot should hand over
PART_B_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan utk jalan lingkungan tahun 2027?",
    "Pak Kadis nanya alokasi buat Kapuas di APBD provinsi 2027 brp",
    "CV yg ngerjain drainase di Bereng tahun lalu itu kontraktor resmi bukan?",
    "minta no hp Kabid Kawasan Permukiman dong, mau koordinasi langsung",
    "can you give me the WhatsApp number of the staff who handles RTLH?",
    "tebal beton utk jalan lingkungan sebaiknya 12 cm atau 15 cm?",
    "u-ditch ukuran 40 atau 60 yg lebih cocok utk drainase gang sempit",
    "syarat bantuan RTLH dari Pemprov Kalsel apa aja, sama gak dgn di sini?",
    "SIPD error terus pas input sub kegiatan, muncul pesan gagal simpan, gmn ngatasinya",
    "akun SIPD sy terkunci, siapa yg bisa reset?",
    "kenaikan pangkat periode april berkasnya dikirim kemana ya",
    "sy mau mutasi ke dinas provinsi, syaratnya apa aja",
    "TPP bulan ini kok blm cair ya",
    "harga semen per sak di Muara Teweh brp skrg",
    "progres fisik drainase di Panarung udh brp persen?",
    "siapa pemenang tender jalan lingkungan di Sampit tahun lalu",
    "Pak Bupati nanya kapan gubernur kunjungan kerja ke Kuala Kurun",
    "besok di Palangka Raya hujan gak ya",
    "ada rekomendasi warung makan dekat kantor disperkimtan?",
    "what's the rupiah to dollar exchange rate today?",
    "how much did the province spend on RTLH in Katingan in 2025?",
    "berapa jumlah RTLH di Kabupaten Seruyan tahun ini",
    "anggaran PSU Kotim vs Kobar 2026 lebih besar yg mana",
    "uang harian perjalanan dinas ke Palangka Raya brp per hari",
    "hasil audit BPK Disperkimtan 2025 ada temuan apa aja",
    "sy lupa password email dinas, bisa bantu reset?",
    "skor kumuh Kelurahan Pahandut Seberang di SK tahun lalu brp ya",
    "termin kedua kontraktor rusun di Palangka Raya cairnya kapan",
    "sisa cuti tahunan sy tinggal brp hari ya",
    "who won the football match last night?",
]


ROUND30_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND30_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND30_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND30_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
